"""Placing an undated article in time by the official figures it quotes.

An article cannot quote a count before the day it counts. A distinctive number that the rules compare
with a figure as it stands ("has 2,415 officers", "an extra 338 officers recruited"), and that equals
the figure of one date for that metric and place, dates the article after that day and says which
month's statistics it reports.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.dating.calendar import ReleaseCalendar
from factcheck.dating.inferred import infer_published
from factcheck.models import Claim, Dating, Figure

_QUOTES_AS_IS = "level.v1"  # the strategy that compares a claim with one figure, unchanged
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def distinctive(value: float) -> bool:
    """A whole number with three or more significant digits (338, 2,415, 11,053): round numbers
    (300, 20,000) and small ones are shared by too many dates and places to date anything."""
    if value < 100 or value != round(value):
        return False
    return len(str(int(value)).rstrip("0")) >= 3


def _dated_otherwise(claim: Claim, as_of: dt.date) -> bool:
    """The sentence dates the claim to another date than the figure's ("1,441 officers at the end of
    March 2023" is not the figure of March 2024 that happens to be the same number), or to a period
    starting after it."""
    period = claim.period
    if period is None or not _YEAR.search(claim.sentence):
        return False
    day = as_of.isoformat()
    if period.start:
        return day[:len(period.start.iso)] < period.start.iso
    return not day.startswith(period.end.iso)


def quoted_figures(claims: list[Claim], engine, text: str | None = None) -> list[tuple[Claim, list[Figure]]]:
    """The claims that quote a figure of exactly one date, each with that date's matching figures
    (not targets and allocations: their date is a deadline, quoted before it comes)."""
    store = engine.store
    quoted = []
    for claim in claims:
        if not claim.checkable or claim.hedge != "exact" or not distinctive(claim.value) or claim.kind == "target":
            continue
        rule = engine.rule_for(claim, text)
        if rule is None or rule.reference.strategy != _QUOTES_AS_IS:
            continue
        metric = store.vocabulary.canonical(rule.reference.metric or claim.metric) or claim.metric
        spec = store.vocabulary.metrics.get(metric)
        if spec and spec.kind == "target":
            continue  # a target's date is its deadline, which articles quote years ahead
        geography = claim.geography or rule.reference.geography
        figures = store.with_value(metric, geography, claim.value) if geography else []
        if figures and len({f.as_of for f in figures}) == 1 and not _dated_otherwise(claim, figures[0].as_of):
            quoted.append((claim, figures))
    return quoted


def announced_figures(claims: list[Claim], engine) -> list[tuple[Claim, Figure, dt.date]]:
    """The targets and allocations an article quotes, each with the day its figure was first published:
    an article cannot quote a force's allocation ("256 officers out of the first tranche") before it was
    announced, though it quotes it long before its deadline. A distinctive number only, as for levels,
    and only a figure held from a publication before its deadline (its announcement)."""
    store, out = engine.store, []
    for claim in claims:
        if not claim.checkable or claim.kind != "target" or not distinctive(claim.value) or not claim.geography:
            continue
        metric = store.vocabulary.canonical(claim.metric) or claim.metric
        spec = store.vocabulary.metrics.get(metric)
        series = [metric, *([spec.phase_series] if spec and spec.phase_series else [])]
        # published before its deadline: the announcement (a table of outcomes after the deadline
        # restates it, long after it was first quoted)
        figures = [f for m in series for f in store.with_value(m, claim.geography, claim.value)
                   if _published(f) and _published(f) < f.as_of]
        if figures:
            first = min(figures, key=_published)
            out.append((claim, first, _published(first)))
    return out


def _published(f: Figure) -> dt.date | None:
    return f.origin.published or f.source.published


def _revised_after(store, claim: Claim, figures: list[Figure]) -> Figure | None:
    """The first edition, published after the one the article quotes, that gives the figure another
    value: the article was written before it (it quotes 125,185, the first-published count, not the
    125,574 of the later tables)."""
    f = figures[0]
    quoted = [g.origin.published for g in figures if g.origin.published]
    if not quoted:
        return None
    for later in store.editions(f.metric, f.geography, f.as_of, f.measure, official_only=True, exact=True):
        if later.origin.published and later.origin.published > max(quoted) and round(later.value) != claim.value:
            return later
    return None


def vintage(claims: list[Claim], engine, text: str | None = None) -> tuple[dt.date | None, list[str]]:
    """The day before the earliest revision of a figure the undated article quotes as first published
    (None when it quotes none), and what says so."""
    bound, evidence = None, []
    for claim, figures in quoted_figures(claims, engine, text):
        later = _revised_after(engine.store, claim, figures)
        if later is None:
            continue
        day = later.origin.published - dt.timedelta(days=1)
        if bound is None or day < bound:
            bound = day
            evidence = [f"“{claim.surface}” is the figure as first published; {later.source.title} "
                        f"({later.origin.published:%d %b %Y}) revised it to {later.value:,.2f}, so the article is "
                        f"judged on the figures out before then"]
    return bound, evidence


def date_by_figures(text: str, claims: list[Claim], engine, releases: dict[str, ReleaseCalendar],
                    calendar: ReleaseCalendar, text_dating: Dating | None) -> Dating | None:
    """A dating of an undated article from the figures it quotes, when it is later than its text
    gives (`text_dating`); it also says which month's statistics the article reports."""
    quoted = quoted_figures(claims, engine, text)
    announced = announced_figures(claims, engine)
    if not quoted and not announced:
        return None
    days, evidence = [], []
    for claim, figures in quoted:
        f = figures[0]
        # the bound is the figure's own date: a force may give its count before the official release
        days.append(f.as_of)
        out = [g.source.published for g in figures if g.source.published]
        metric_calendar = releases.get(f.metric)
        release = min([*out, *([metric_calendar.published(f.as_of)] if metric_calendar else [])], default=None)
        evidence.append(f"“{claim.surface}” is the {f.metric.replace('_', ' ')} figure for {f.geography} as at "
                        f"{f.as_of:%d %b %Y}" + (f", out by {release:%d %b %Y}" if release else "")
                        + f" ({f.source.title})")
    for claim, f, day in {(c.surface, f.metric, f.geography): (c, f, d) for c, f, d in announced}.values():
        evidence.append(f"“{claim.surface}” is the {f.metric.replace('_', ' ')} for {f.geography} announced on "
                        f"{day:%d %b %Y} ({f.source.title})")
    earliest = infer_published(text, calendar, after=days + [day for _, _, day in announced])
    if text_dating and earliest <= text_dating.earliest:
        return None
    # the figures pushed the date past all the text allows, so the latest of them is the article's news
    return Dating(earliest=earliest, basis="figures", figures_as_at=max(days, default=None), evidence=evidence)
