"""`factcheck review`: record a person's decision on a verdict in reviews.yaml, or list the decisions."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from pathlib import Path

import click

from factcheck.cli.common import DEFAULT_REVIEWS, fail, load_checker, load_reviews_or_fail, main, parse_date
from factcheck.errors import DataError
from factcheck.ingest import read_document
from factcheck.models import LABEL_SEVERITY
from factcheck.report.safe import printable

_SETTABLE = [label for label in LABEL_SEVERITY if label != "error"]


def _reviewer() -> str:
    """Who is reviewing: $FACTCHECK_REVIEWER, else the login name."""
    try:
        return os.environ.get("FACTCHECK_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown reviewer"


def _find(report, claim: str):
    """The claim named by its id ("c3") or by its number as written ("rose by 200"), or a clear error."""
    from factcheck.reviews import normalise

    by_id = [c for c in report.claims if c.id == claim]
    found = by_id or [c for c in report.claims if normalise(c.surface) == normalise(claim)]
    if len(found) == 1:
        return found[0]
    listed = "; ".join(f"{c.id} “{c.surface}”" for c in report.claims) or "none"
    if not found:
        fail(f"{report.document.source}: no claim {claim!r}; its claims are: {listed}")
    fail(f"{report.document.source}: {len(found)} claims read “{claim}”; name one by its id: "
         + "; ".join(f"{c.id} ({c.sentence[:60]}…)" for c in found))


@main.command()
@click.argument("article", required=False)
@click.argument("claim", required=False)
@click.option("--accept", "decision", flag_value="accept", help="The verdict stands: a person checked it.")
@click.option("--set", "label", type=click.Choice(_SETTABLE), help="Override the verdict with this label.")
@click.option("--reason", help="Why (shown in every report beside the verdict).")
@click.option("--reviewer", default=None, help="Who decides (default: $FACTCHECK_REVIEWER, else the login name).")
@click.option("--everywhere", is_flag=True,
              help="Cover the same claim (same number, a close sentence) in every article, not only this one.")
@click.option("--date", "published", callback=parse_date, help="The article's publication date, as for `check`.")
@click.option("--file", "path", type=click.Path(path_type=Path), default=DEFAULT_REVIEWS, show_default=True,
              help="The reviews file (batch reads OUTDIR/reviews.yaml).")
@click.option("--list", "listing", is_flag=True, help="List the decisions in the file.")
@click.pass_context
def review(ctx, article: str | None, claim: str | None, decision: str | None, label: str | None, reason: str | None,
           reviewer: str | None, everywhere: bool, published, path: Path, listing: bool) -> None:
    """Record a decision on one claim's verdict: ARTICLE, then CLAIM (its id, such as c3, or its number as
    written), then --accept or --set LABEL, with --reason."""
    from factcheck.reviews import Review, fingerprint, record, save_reviews

    reviews = load_reviews_or_fail(path, announce=False)
    if listing:
        for r in reviews:
            what = "accepted" if r.decision == "accept" else f"{r.original} → {r.label}"
            scope = " (everywhere)" if r.everywhere else ""
            click.echo(printable(f"{r.article}: “{r.surface}” {what}{scope} — {r.reason} ({r.reviewer}, {r.date})"))
        return
    if not (article and claim):
        fail("name the ARTICLE and the CLAIM to review (or use --list)")
    if bool(decision) == bool(label):
        fail("give either --accept or --set LABEL")
    if not reason or not reason.strip():
        fail("give the --reason for the decision; it is shown beside the verdict")
    try:
        doc = read_document(article, published=published)
    except DataError as e:
        fail(e.one_line())
    report = load_checker(ctx).check(doc)
    found = _find(report, claim)
    entry = Review(fingerprint=fingerprint(found.sentence, found.surface), article=Path(doc.source).name,
                   article_sha256=doc.sha256, surface=found.surface, sentence=" ".join(found.sentence.split()),
                   decision="accept" if decision else "override", label=label, original=found.verdict.label,
                   reason=reason.strip(), reviewer=reviewer or _reviewer(), date=dt.date.today(),
                   everywhere=everywhere)
    try:
        save_reviews(path, record(reviews, entry))
    except DataError as e:
        fail(e.one_line())
    what = f"accepted as {found.verdict.label}" if decision else f"overridden from {found.verdict.label} to {label}"
    click.echo(printable(f"{found.id} “{found.surface}”: {what}; recorded in {path}"), err=True)
