"""Finding official figures for a claim: the latest on or before a date, the snapshots at a period's
two ends, the series a date belongs to, and what to say when a figure is missing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from factcheck.dates import add_months, month_end
from factcheck.engine.registry import Context, Evidence, claim_dates, words
from factcheck.models import Figure, Period, When
from factcheck.reference.gazetteer import NATIONAL


def latest_on_or_before(ctx: Context, metric: str, geography: str, date: dt.date, measure: str,
                         window_days: int, *, exact: bool = False) -> Figure | None:
    dates = [d for d in ctx.store.dates(metric, geography, measure) if d <= date and (date - d).days <= window_days]
    for d in reversed(dates):
        f = ctx.lookup(metric, geography, d, measure, exact=exact)
        if f is not None:
            return f
    return None


def latest_edition(ctx: Context, f: Figure) -> Figure:
    """The same figure in the latest edition held (lookups otherwise take what was out by the article)."""
    return ctx.store.lookup(f.metric, f.geography, f.as_of, f.measure, official_only=ctx.official_only) or f


def measures_for(ctx: Context, metric: str, geography: str) -> list[str]:
    """The measures to look in: the claim's own ("full-time equivalent"), even when it is not held (the
    verdict then says so), else every one held; a metric held in neither headcount nor FTE (the number
    of forces) has only its own measure, whatever words stand near the claim."""
    held = ctx.store.measures(metric, geography)
    if ctx.claim.measure and (not held or {"headcount", "fte"} & set(held)):
        return [ctx.claim.measure]
    return held or ["headcount"]


def missing(ctx: Context, metric: str, geography: str, when: str, measure: str | None = None) -> Evidence:
    held = ctx.store.dates(metric, geography, measure)
    what = f"{words(metric)} for {geography}" + (f" ({measure})" if measure else "") + f" at {when}"
    if len(held) == 1:
        return Evidence(missing=f"no official figure for {what}; the one figure held is of {held[0]:%d %b %Y}")
    if held:
        span = f"{held[0]:%d %b %Y} to {held[-1]:%d %b %Y}"
        return Evidence(missing=f"no official figure for {what}; figures held: {len(held)} dates, {span}")
    return Evidence(missing=f"no official figure for {what} in the reference data")


def series_at(ctx: Context, geography: str, date: dt.date) -> tuple[str, str | None]:
    """The metric whose series holds `date`: the claim's, or the older series it continues
    (`earlier_series` in metrics.yaml) when only that one holds the date, with a note saying so."""
    spec = ctx.store.vocabulary.metrics.get(ctx.metric)
    earlier = getattr(spec, "earlier_series", None)
    if earlier and date not in ctx.store.dates(ctx.metric, geography) and date in ctx.store.dates(earlier, geography):
        return earlier, (f"no {ctx.metric} figure is published for {date:%d %b %Y}; the {earlier} series, counted by "
                         "an older definition and not comparable with today's, is")
    # a target due by one phase's deadline ("the first tranche of 6,000", by March 2021) is that phase's own
    phase = getattr(spec, "phase_series", None)
    if phase and spec.default_as_of and date < claim_dates(Period.parse(spec.default_as_of))[1]:
        return phase, f"a target due by {date:%d %b %Y}, before the programme's end, is that year's tranche"
    return ctx.metric, None


def period_ends(ctx: Context, metric: str, geography: str, measure: str) -> tuple[Figure, Figure, str | None] | Evidence:
    """The official snapshots at the two ends of the claim's period, or what is missing. An end the
    article names to the month ("between September 2022 and September 2023") must be that month's
    snapshot: a March figure never stands in for a September one. An end it does not name so (a year,
    "now") is the latest snapshot on or before it, and the start then a period's length before that."""
    period = ctx.claim.period
    start, end = claim_dates(period)
    if ctx.document.published and end > ctx.document.published:
        # "risen by 8,000 since 2019" in February 2022 runs to the figures out then, not to March 2022's
        end = ctx.document.published
    named_end = named_to_the_month(period, period.end) and end == claim_dates(period)[1]
    months = (end.year - start.year) * 12 + end.month - start.month
    f_end = latest_on_or_before(ctx, metric, geography, end, measure, 0 if named_end else max(ctx.window_days, 0),
                                 exact=True)
    if f_end is None:
        return missing(ctx, metric, geography, f"{end:%d %b %Y}", measure)
    # the period's own start when a figure is held for it ("since March 2010"); for an event the article
    # counts from ("since the election" of May 2010), the last snapshot before it; else a period's
    # length before the snapshot found for its end ("in the last year"), unless the article named its start
    start_date = month_end(start.year, start.month)
    f_start = ctx.lookup(metric, geography, start_date, measure, exact=True)
    if f_start is None and not named_to_the_month(period, period.start):
        if period.how != "stated":  # an event's date, or a start the article did not name itself
            f_start = latest_on_or_before(ctx, metric, geography, start_date, measure, max(ctx.window_days, 0),
                                           exact=True)
        if f_start is None:
            start_date = add_months(f_end.as_of, -months)
            start_date = month_end(start_date.year, start_date.month)
            f_start = ctx.lookup(metric, geography, start_date, measure, exact=True)
    if f_start is None:
        return missing(ctx, metric, geography, f"{start_date:%d %b %Y}", measure)
    note = None if f_end.as_of == end else (
        f"the article's period ends {end:%b %Y}; the nearest official snapshots are {f_start.as_of:%d %b %Y} "
        f"and {f_end.as_of:%d %b %Y}")
    return f_start, f_end, note


def named_to_the_month(period: Period, when: When | None) -> bool:
    """An end of a period the article itself names to the month or the day."""
    return when is not None and period.how == "stated" and when.precision != "year"


def over_period(ctx: Context, evidence: Callable[[Figure, Figure, str, str | None], Evidence]) -> list[Evidence]:
    """For each measure held, the evidence `evidence(start, end, measure, note)` makes of the official
    snapshots at the two ends of the claim's period, or what is missing."""
    dates = claim_dates(ctx.claim.period)
    if dates is None or dates[0] == dates[1]:
        return [Evidence(missing=f"the claim does not say over which period {ctx.metric} changed")]
    geography = ctx.geography or NATIONAL
    metric, series_note = series_at(ctx, geography, dates[1])
    out = []
    for measure in measures_for(ctx, metric, geography):
        ends = period_ends(ctx, metric, geography, measure)
        if isinstance(ends, Evidence):
            out.append(ends)
            continue
        note = "; ".join(n for n in (series_note, ends[2]) if n) or None
        found = evidence(ends[0], ends[1], measure, note)
        start, end = (latest_edition(ctx, f) for f in ends[:2])
        if found.value is not None and (start.value, end.value) != (ends[0].value, ends[1].value):
            later = evidence(start, end, measure, None).value
            if later is not None and later != found.value:
                found.revised = (later, end if end.value != ends[1].value else start)
        out.append(found)
    return out
