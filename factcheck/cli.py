"""The command line: thin click commands over the pipeline; data on stdout, diagnostics on stderr."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import time
from pathlib import Path

import click

from factcheck import __version__
from factcheck.errors import DataError
from factcheck.ingest import read_document
from factcheck.models import LABEL_SEVERITY, Report
from factcheck.pipeline import DEFAULT_REFERENCE_DIR, DEFAULT_RULES_DIR, Checker
from factcheck.report.render import render, write_atomic

EXIT_OK, EXIT_FAILED, EXIT_ERROR, EXIT_PARTIAL = 0, 1, 2, 3
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


def _size(ctx, param, value) -> int:
    """"5MB", "500kB", "2000000" → bytes."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*", str(value), re.I)
    if not m:
        raise click.BadParameter(f"{value!r} is not a size; write it as 5MB, 500kB or a number of bytes")
    scale = {"b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9}[(m.group(2) or "b").lower()]
    return int(float(m.group(1)) * scale)


@main.command()
@click.argument("path")
@click.option("--date", "published", callback=_date, help="Publication date, YYYY-MM-DD (else detected from the text).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html", "md", "claimreview"]), default="text",
              show_default=True, help="claimreview: a JSON-LD list of schema.org ClaimReview objects.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the report to this file instead of stdout.")
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)), default="contradicted", show_default=True,
              help="Exit 1 when a claim is at or above this level.")
@click.option("--max-size", callback=_size, default="5MB", show_default=True, help="Refuse larger files.")
@click.pass_context
def check(ctx, path: str, published, fmt: str, output: Path | None, fail_on: str, max_size: int) -> None:
    """Check one article: a .txt, .md, .html or .pdf file, or - for standard input."""
    try:
        stdin_text = sys.stdin.read() if path == "-" else None
        doc = read_document(path, stdin_text=stdin_text, published=published, max_bytes=max_size)
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


def _progress(enabled: bool):
    """A rich progress bar on stderr (files done, claims, errors, rate, ETA), or nothing."""
    if not enabled:
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[claims]} claims · {task.fields[errors]} errors · {task.fields[rate]}"),
                        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                        console=Console(stderr=True), transient=False)
    task = progress.add_task("batch", total=None, claims=0, errors=0, rate="")
    started = time.monotonic()

    def update(counts: dict) -> None:
        elapsed = max(time.monotonic() - started, 1e-6)
        progress.update(task, total=counts["total"], completed=counts["done"], claims=counts["claims"],
                        errors=counts["errors"], rate=f"{counts['done'] / elapsed:.1f} articles/s")

    return progress, update


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", type=click.Path(path_type=Path), default=Path("reports"), show_default=True,
              help="Folder for index.html, one page per article and results.jsonl.")
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)), default="contradicted", show_default=True)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="the machine's cores",
              help="Worker processes; each loads the model once.")
@click.option("--resume", is_flag=True, help="Keep the results already in OUTPUT and skip articles whose content they hold.")
@click.option("--no-progress", is_flag=True, help="No progress bar (it is also off when stderr is not a terminal).")
@click.option("--max-size", callback=_size, default="5MB", show_default=True, help="Skip larger files, with the reason.")
@click.option("--cluster", metavar="ADDRESS",
              help="Run on a Dask cluster: its scheduler's address (tcp://host:8786), or 'local' for one on this "
                   "machine with --jobs workers. Needs `pip install factcheck[dask]`.")
@click.pass_context
def batch(ctx, folder: Path, outdir: Path, fail_on: str, jobs: int, resume: bool, no_progress: bool, max_size: int,
          cluster: str | None) -> None:
    """Check every .txt, .md, .html and .pdf file below FOLDER."""
    from factcheck.batch import Options, PoolRunner, Runner, remember_checker, run_batch

    if not folder.is_dir():
        fail(f"{folder}: not a folder")
    o = ctx.obj
    options = Options(str(o["reference_data"]), str(o["rules"]), o["official_only"])
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        fail(f"{outdir}: cannot write reports there ({e.strerror})")
    # local workers start loading their models now, while this process checks the rules and data
    runner = PoolRunner(jobs, options) if jobs > 1 and not cluster else Runner()
    try:
        checker = _checker(ctx)  # rules or reference data that do not load stop the run here (exit 2)
    finally:
        if sys.exc_info()[0] is not None:
            runner.close()
    if jobs == 1 and not cluster:
        remember_checker(options, checker)  # a one-job run checks in this process, with this checker
    del checker  # else the workers check; this process only reads inputs and writes outputs
    if cluster:
        try:
            from factcheck.distributed import DaskRunner
            runner = DaskRunner(None if cluster == "local" else cluster, jobs)
        except ImportError:
            fail("--cluster needs Dask: pip install 'factcheck[dask]'")
        except OSError as e:
            fail(f"cannot reach the Dask scheduler at {cluster} ({e})")
    progress, update = _progress(not no_progress and sys.stderr.isatty())
    try:
        if progress:
            with progress:
                outcome = run_batch(folder, outdir, options, runner, resume=resume, max_bytes=max_size,
                                    on_progress=update)
        else:
            outcome = run_batch(folder, outdir, options, runner, resume=resume, max_bytes=max_size)
    except KeyboardInterrupt:
        click.echo(f"factcheck: interrupted; the finished articles are in {outdir / 'results.jsonl'}: "
                   f"run again with --resume to go on", err=True)
        sys.exit(130)
    for f in outcome.failures:
        click.echo(f"factcheck: skipped {f['reason']}", err=True)
    counts = {k: sum(r["summary"].get(k, 0) for r in outcome.rows) for k in LABEL_SEVERITY}
    extra = [f"{outcome.resumed} already done" if outcome.resumed else "",
             f"{len(outcome.duplicates)} duplicates" if outcome.duplicates else "",
             f"{outcome.ignored} other files ignored" if outcome.ignored else ""]
    click.echo(f"{outcome.checked} articles checked in {outcome.seconds:.1f}s, {len(outcome.failures)} could not be "
               f"processed" + "".join(f", {e}" for e in extra if e) + "; "
               + ", ".join(f"{v} {k}" for k, v in counts.items() if v) + f"; wrote {outdir / 'index.html'}", err=True)
    if outcome.failures:
        sys.exit(EXIT_PARTIAL)
    bad = FAIL_ON[fail_on]
    sys.exit(EXIT_FAILED if outcome.worst_labels & bad else EXIT_OK)


from factcheck import refs_cli  # noqa: E402,F401  registers `factcheck refs` on main
from factcheck import rules_cli  # noqa: E402,F401  registers `factcheck rules` on main
