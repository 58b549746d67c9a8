"""What every command shares: the `factcheck` group and its options, exit codes, one-line errors, the
checker, and option parsers. A leaf module: the commands import it, it imports none of them."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import click

from factcheck import __version__
from factcheck.errors import DataError
from factcheck.ingest import PUBLISHED_YEARS, plausible_date
from factcheck.models import Report
from factcheck.pipeline import DEFAULT_REFERENCE_DIR, DEFAULT_RULES_DIR, Checker

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


def load_checker(ctx: click.Context) -> Checker:
    o = ctx.obj
    try:
        return Checker.load(o["reference_data"], o["rules"], official_only=o["official_only"])
    except DataError as e:
        fail_data(e)


def exit_code(reports: list[Report], fail_on: str) -> int:
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


def parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None
    if not plausible_date(date):
        raise click.BadParameter(f"{value!r} is not a publication date this tool can place "
                                 f"(years {PUBLISHED_YEARS[0]}–{PUBLISHED_YEARS[1]})")
    return date


def parse_size(ctx, param, value) -> int:
    """"5MB", "500kB", "2000000" → bytes."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*", str(value), re.I)
    if not m:
        raise click.BadParameter(f"{value!r} is not a size; write it as 5MB, 500kB or a number of bytes")
    scale = {"b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9}[(m.group(2) or "b").lower()]
    return int(float(m.group(1)) * scale)


#: Where reviews are kept when no --reviews is given: beside the reports (batch's default OUTDIR).
DEFAULT_REVIEWS = Path("reports") / "reviews.yaml"


def load_reviews_or_fail(path: Path | None, announce: bool = True) -> list:
    """The reviews in `path` (a bad file is exit 2 with every located problem listed); says on stderr
    how many it applies, so a reviewed verdict is never a surprise."""
    from factcheck.reviews import load_reviews

    if path is None:
        return []
    try:
        reviews = load_reviews(path)
    except DataError as e:
        fail_data(e)
    if reviews and announce:
        click.echo(f"factcheck: applying {len(reviews)} review{'s' if len(reviews) != 1 else ''} from {path}", err=True)
    return reviews
