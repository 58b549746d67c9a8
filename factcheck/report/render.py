"""Reports: a plain context is built from a Report, then laid out as JSON, text, Markdown or HTML."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from rich.console import Console
from rich.table import Table

from factcheck.engine.evaluate import interval_text
from factcheck.errors import DataError
from factcheck.engine.registry import fmt, words
from factcheck.models import LABEL_SEVERITY, Claim, Report
from factcheck.report.chart import series_chart, verdict_bar
from factcheck.report.claimreview import jsonld_for_html, to_jsonld
from factcheck.report.priority import look_first
from factcheck.report.safe import finalize, markdown_text, printable, web_link

LABEL_ICONS = {"supported": "✔", "close": "≈", "contradicted": "✘", "inconsistent": "≠", "unverifiable": "?",
               "not_checkable": "–", "error": "!"}


def to_json(report: Report) -> dict:
    """The JSON document: the contract documented in the README."""
    doc = report.document
    return {
        "factcheck": report.factcheck,
        "document": {"source": doc.source, "title": doc.title,
                     "published": doc.published.isoformat() if doc.published else None,
                     "published_from": doc.published_from, "encoding": doc.encoding, "sha256": doc.sha256,
                     "url": doc.url, "body_start": doc.body_start},
        "dating": report.dating.model_dump(mode="json") if report.dating else None,
        "claims": [claim_json(c) for c in report.claims],
        "summary": report.summary,
        "look_first": look_first(report),
        "stale_reviews": report.stale_reviews,
    }


def claim_json(c: Claim) -> dict:
    """A claim as JSON: its period written as `as_of` ("2023-03", "2022-03/2023-03"), and `read`, how
    its metric, place and period were read (stated, context or default)."""
    out = {}
    for key, value in c.model_dump(mode="json", exclude={"sentence_start", "resolution", "metric_read",
                                                          "place_read"}).items():
        if key == "verdict":
            out["read"] = c.read
        out[key if key != "period" else "as_of"] = c.as_of if key == "period" else value
    return out


def published_text(report: Report) -> str:
    """The publication date, or for an undated article what it was taken to be and why."""
    doc, dating = report.document, report.dating
    if doc.published:
        return f"{doc.published.isoformat()} ({doc.published_from})"
    if dating is None:
        return "unknown — no date was found in it, so relative dates are unresolved (use --date)"
    why = ("by the official figures it quotes" if dating.basis == "figures"
           else "by the latest date its text speaks of as past")
    return f"unknown — taken as on or after {dating.earliest.isoformat()}, {why} (use --date to set it)"


def worst_of(labels) -> str | None:
    """The most severe of some verdict labels (None for none)."""
    return max(labels, key=lambda label: LABEL_SEVERITY[label], default=None)


def worst_label(report: Report) -> str | None:
    return worst_of(c.verdict.label for c in report.claims if c.verdict)


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 22nd."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _as_fraction(c: Claim) -> bool:
    """A share or percentage compared as a fraction (0.029 for 2.9%), so written in per cent."""
    v = c.verdict
    if c.kind == "proportion":
        return True
    # the claimed bounds are a hundredth of the number said (2.85%–2.95% held as 0.0285–0.0295; 0.4% as 0.004)
    bounds = [x for x in (v.claimed if v and v.claimed else ()) if x is not None]
    return c.kind == "percentage" and c.value != 0 and bool(bounds) and \
        all(abs(x) <= abs(c.value) / 50 for x in bounds)


def _percent(fraction: float) -> str:
    return f"{fraction * 100:,.2f}".rstrip("0").rstrip(".") + "%"


def official_text(c: Claim) -> str:
    """The official figure as a reader writes it: a share in per cent, a rank as "ranks 1st"."""
    v = c.verdict
    if v is None or v.official is None:
        return ""
    if c.kind in ("proportion", "percentage") and (c.part or _as_fraction(c)):
        shown = _percent(v.official)
    elif c.kind == "rank_record":
        shown = f"ranks {ordinal(round(v.official))}"
    else:
        shown = fmt(v.official)
    return shown + (f" ({v.official_measure}, {v.official_as_of})" if v.official_as_of and v.official_measure
                    else f" ({v.official_as_of})" if v.official_as_of else "")


def claimed_text(c: Claim) -> str:
    """The interval the claim was read as, in the official figure's units ("more than 11,000", "25% to 35%")."""
    v = c.verdict
    if v is None or not v.claimed:
        return ""
    lo, hi = v.claimed
    if c.kind == "rank_record" and lo is not None and lo == hi:
        return f"ranks {ordinal(round(lo))}" + (" (a record)" if lo == 1 and c.unit != "rank" else "")
    return interval_text(v.claimed, 0.01 if _as_fraction(c) else 1)  # shares are compared as fractions


def source_text(c: Claim) -> str:
    v = c.verdict
    if v is None or not v.sources:
        return ""
    s = v.sources[0]
    return s.title + (f" [reported by {s.reported_by}]" if s.kind == "reported" else "")


def render_text(report: Report, *, width: int = 160) -> str:
    """A readable table for a terminal: claim, verdict, official figure, source."""
    buf = io.StringIO()
    # no markup: a title's "[/]" is text; and no control characters for the terminal to act on
    console = Console(file=buf, width=width, force_terminal=False, color_system=None, markup=False, highlight=False,
                      emoji=False)
    doc = report.document
    url = f"   {doc.url}" if doc.url else ""
    console.print(printable(f"{doc.title or doc.source}\nsource: {doc.source}{url}   published: {published_text(report)}"))
    for line in report.dating.evidence if report.dating else ():
        console.print(printable(f"  {line}"))
    first = look_first(report)
    if first:
        console.print("What to look at:")
    for item in first:
        console.print(printable(f"  {LABEL_ICONS[item['label']]} {item['label']}: {item['surface']} "
                                f"({'; '.join(item['why_listed'])}). {item['reason']}"))
    table = Table(show_lines=False, expand=False)
    for col in ("claim", "verdict", "official figure", "source"):
        table.add_column(col, overflow="fold")
    for c in report.claims:
        label = c.verdict.label if c.verdict else "—"
        reviewed = " (reviewed)" if c.verdict and c.verdict.review else ""
        table.add_row(*(printable(x) for x in (c.surface, f"{LABEL_ICONS.get(label, '')} {label}{reviewed}",
                                                 official_text(c), source_text(c))))
    console.print(table)
    for c in report.claims:
        if c.verdict and c.verdict.review:
            console.print(printable(f"{c.surface}: {c.verdict.review.text(c.verdict.label)}"))
    for line in report.stale_reviews:
        console.print(printable(f"warning: {line}"))
    s = report.summary
    counts = ", ".join(f"{s[k]} {k}" for k in LABEL_SEVERITY if s.get(k))
    console.print(f"{s['claims']} claims, {s['checkable']} checkable: {counts or 'none judged'}")
    return buf.getvalue()


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=PackageLoader("factcheck.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, finalize=finalize)
    env.filters["num"] = fmt
    env.filters["md"] = markdown_text
    env.filters["words"] = words
    env.globals.update(icons=LABEL_ICONS, official_text=official_text, source_text=source_text, chart=series_chart,
                       claimed_text=claimed_text, web_link=web_link, bar=verdict_bar)
    return env


def _segments(report: Report) -> list[tuple[str, Claim | None]]:
    """The article text cut into plain runs and claim highlights (claims never overlap)."""
    text, out, pos = report.document.text, [], 0
    for c in sorted(report.claims, key=lambda c: c.start):
        if c.start < pos:
            continue
        out.append((text[pos:c.start], None))
        out.append((text[c.start:c.end], c))
        pos = c.end
    out.append((text[pos:], None))
    return out


def context(report: Report) -> dict:
    return {"report": report, "doc": report.document, "claims": report.claims, "summary": report.summary,
            "segments": _segments(report), "labels": list(LABEL_SEVERITY), "worst": worst_label(report),
            "look_first": look_first(report),
            "claimreview": Markup(jsonld_for_html(report)), "published": published_text(report)}


def render_html(report: Report) -> str:
    return _env().get_template("article.html.j2").render(**context(report))


def render_markdown(report: Report) -> str:
    return _env().get_template("article.md.j2").render(**context(report))


def _index_script() -> tuple[Markup, str]:
    """The batch index's sort-and-filter script and its CSP hash: the page runs this script and no other."""
    script = (Path(__file__).parent / "templates" / "_index.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return Markup(script), f"sha256-{digest}"


def render_index(rows: list[dict], failures: list[dict], generated: dt.datetime | None,
                 duplicates: list[dict] | None = None) -> str:
    totals = {label: sum(r["summary"].get(label, 0) for r in rows) for label in LABEL_SEVERITY}
    script, script_hash = _index_script()
    return _env().get_template("index.html.j2").render(rows=rows, failures=failures, totals=totals,
                                                       duplicates=duplicates or [],
                                                       labels=list(LABEL_SEVERITY), generated=generated,
                                                       severity=LABEL_SEVERITY, script=script,
                                                       script_hash=script_hash)


def render(report: Report, fmt_name: str) -> str:
    if fmt_name == "json":
        return json.dumps(to_json(report), ensure_ascii=False, indent=2) + "\n"
    if fmt_name == "html":
        return render_html(report)
    if fmt_name == "md":
        return render_markdown(report)
    if fmt_name == "claimreview":
        return to_jsonld(report)
    return render_text(report)


def write_atomic(path: Path, content: str) -> None:
    """Write through a temporary file of a unique name and rename, so no half-written report is ever
    left and two writers never share one; never through a symlink, onto a device or a folder. A
    failure is a DataError naming the path, and leaves nothing behind."""
    import os
    import stat
    import tempfile

    if path.is_symlink():
        raise DataError([f"{path}: is a symbolic link; the report is not written through it"])
    try:
        mode = path.stat().st_mode if path.exists() else None
        if mode is not None and not stat.S_ISREG(mode):
            kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a device, FIFO or socket)"
            raise DataError([f"{path}: is {kind}; the report is written only to a file"])
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise DataError([f"{path}: cannot write ({e.strerror or e})"]) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise DataError([f"{path}: cannot write ({e.strerror or e})"]) from None
