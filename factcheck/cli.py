"""The command line: thin click commands over the pipeline; data on stdout, diagnostics on stderr."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import click

from factcheck import __version__
from factcheck.errors import DataError
from factcheck.ingest import SUFFIXES, read_document
from factcheck.models import LABEL_SEVERITY, Report
from factcheck.pipeline import DEFAULT_REFERENCE_DIR, DEFAULT_RULES_DIR, Checker
from factcheck.report.render import render, render_html, render_index, to_json, worst_label, write_atomic

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2
FAIL_ON = {"contradicted": {"contradicted", "inconsistent", "error"},
           "unverifiable": {"contradicted", "inconsistent", "error", "unverifiable"},
           "never": set()}


def fail(message: str) -> None:
    """A one-line error on stderr and exit code 2: the tool could not do its job."""
    click.echo(f"factcheck: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def fail_data(e: DataError, limit: int = 20) -> None:
    """Rules or reference data that do not load: the first problem as the error line, the others
    (up to `limit`) indented above it."""
    for line in e.problems[1:limit]:
        click.echo(f"  {line}", err=True)
    fail(e.one_line())


def _checker(ctx: click.Context) -> Checker:
    o = ctx.obj
    try:
        return Checker.load(o["reference_data"], o["rules"], official_only=o["official_only"])
    except DataError as e:
        fail_data(e)


def _exit_code(reports: list[Report], fail_on: str) -> int:
    bad = FAIL_ON[fail_on]
    return EXIT_FAILED if any(c.verdict and c.verdict.label in bad for r in reports for c in r.claims) else EXIT_OK


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.option("--reference-data", type=click.Path(path_type=Path), default=DEFAULT_REFERENCE_DIR, show_default=False,
              help="Reference data folder (default: the project's reference_data/).")
@click.option("--rules", type=click.Path(path_type=Path), default=DEFAULT_RULES_DIR, show_default=False,
              help="Rules folder (default: the project's rules/).")
@click.option("--official-only", is_flag=True, help="Leave out reported figures (official statistics reproduced by the press).")
@click.pass_context
def main(ctx: click.Context, reference_data: Path, rules: Path, official_only: bool) -> None:
    """Fact-check the numbers in press releases against official statistics."""
    ctx.obj = {"reference_data": reference_data, "rules": rules, "official_only": official_only}


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


@main.command()
@click.argument("path")
@click.option("--date", "published", callback=_date, help="Publication date, YYYY-MM-DD (else detected from the text).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html", "md", "claimreview"]), default="text",
              show_default=True, help="claimreview: a JSON-LD list of schema.org ClaimReview objects.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the report to this file instead of stdout.")
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)), default="contradicted", show_default=True,
              help="Exit 1 when a claim is at or above this level.")
@click.pass_context
def check(ctx, path: str, published, fmt: str, output: Path | None, fail_on: str) -> None:
    """Check one article: a .txt, .md or .html file, or - for standard input."""
    try:
        stdin_text = sys.stdin.read() if path == "-" else None
        doc = read_document(path, stdin_text=stdin_text, published=published)
    except DataError as e:
        fail(e.one_line())
    report = _checker(ctx).check(doc)
    out = render(report, fmt)
    if output:
        write_atomic(output, out)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(out, nl=False)
    sys.exit(_exit_code([report], fail_on))


def _page_name(source: Path, root: Path, used: set[str]) -> str:
    """A safe, unique file name for an article's page."""
    rel = str(source.relative_to(root)) if source.is_relative_to(root) else source.name
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", rel).strip("._") or "article"
    name, n = f"{base}.html", 1
    while name in used:
        n += 1
        name = f"{base}-{n}.html"
    used.add(name)
    return name


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", type=click.Path(path_type=Path), default=Path("reports"), show_default=True,
              help="Folder for index.html, one page per article and results.jsonl.")
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)), default="contradicted", show_default=True)
@click.pass_context
def batch(ctx, folder: Path, outdir: Path, fail_on: str) -> None:
    """Check every .txt, .md and .html file below FOLDER."""
    if not folder.is_dir():
        fail(f"{folder}: not a folder")
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    checker = _checker(ctx)
    outdir.mkdir(parents=True, exist_ok=True)
    rows, failures, reports, used = [], [], [], set()
    results = (outdir / "results.jsonl").open("w", encoding="utf-8")
    with results:
        for n, path in enumerate(files, start=1):
            click.echo(f"[{n}/{len(files)}] {path}", err=True)
            try:
                doc = read_document(path)
                report = checker.check(doc)
            except DataError as e:
                failures.append({"source": str(path), "reason": e.one_line()})
                click.echo(f"factcheck: skipped {e.one_line()}", err=True)
                continue
            except Exception as e:  # noqa: BLE001 - one bad article must not stop the batch
                failures.append({"source": str(path), "reason": f"{type(e).__name__}: {e}"})
                click.echo(f"factcheck: skipped {path}: {type(e).__name__}: {e}", err=True)
                continue
            page = _page_name(path, folder, used)
            write_atomic(outdir / page, render_html(report))
            results.write(json.dumps(to_json(report), ensure_ascii=False) + "\n")
            results.flush()
            reports.append(report)
            rows.append({"title": doc.title or doc.source, "published": doc.published.isoformat() if doc.published else None,
                         "source": str(path), "page": page, "summary": report.summary, "worst": worst_label(report)})
    write_atomic(outdir / "index.html", render_index(rows, failures, None))
    counts = {k: sum(r["summary"].get(k, 0) for r in rows) for k in LABEL_SEVERITY}
    click.echo(f"{len(rows)} articles checked, {len(failures)} skipped; "
               + ", ".join(f"{v} {k}" for k, v in counts.items() if v) + f"; wrote {outdir / 'index.html'}", err=True)
    sys.exit(_exit_code(reports, fail_on))


from factcheck import refs_cli  # noqa: E402,F401  registers `factcheck refs` on main
from factcheck import rules_cli  # noqa: E402,F401  registers `factcheck rules` on main
