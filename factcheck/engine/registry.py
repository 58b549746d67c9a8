"""Registered strategies (how the official figure is found) and comparisons (how it is judged).

Each is a small function under a versioned name; a rule may only name registered ones, and changed
behaviour gets a new version so that old reports stay reproducible.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from factcheck.dates import add_months, month_end
from factcheck.intervals import claim_interval, contains, distance
from factcheck.models import Claim, Document, Figure, Period, When
from factcheck.reference.gazetteer import NATIONAL

STRATEGIES: dict[str, Callable] = {}
COMPARISONS: dict[str, Callable] = {}


def strategy(name: str):
    def register(fn):
        STRATEGIES[name] = fn
        return fn
    return register


def comparison(name: str):
    def register(fn):
        COMPARISONS[name] = fn
        return fn
    return register


@dataclass
class Context:
    """What a strategy may use: the claim, the other claims of the article, and the figures."""

    claim: Claim
    claims: list[Claim]
    document: Document
    store: object  # ReferenceStore (kept loose to avoid an import cycle)
    metric: str
    geography: str | None
    window_days: int = 0
    official_only: bool = False

    def lookup(self, metric: str, geography: str, date: dt.date, measure: str | None, *, exact: bool = False):
        """The figure for exactly that date, in the edition out when the article appeared; with `exact`,
        never a rounded copy (for figures that are added, subtracted, divided or ranked)."""
        return self.store.lookup(metric, geography, date, measure, published_by=self.document.published,
                                 official_only=self.official_only, exact=exact)


@dataclass
class Evidence:
    """An official value comparable with the claim, how it was reached, or what is missing."""

    value: float | None = None
    figures: list[Figure] = field(default_factory=list)
    arithmetic: str | None = None
    as_of: str | None = None
    measure: str | None = None
    missing: str | None = None
    internal: bool = False  # computed from the article's own numbers: a miss is an inconsistency
    note: str | None = None
    scale: float = 1.0  # the claim's value times this is in the official figure's units
    # the value a later edition (published after the article) gives, and that edition's figure
    revised: tuple[float, Figure] | None = None
    # the outcome when the check is not "does the value lie in the claim's interval" (parts a total includes)
    judged: str | None = None


def fmt(v: float | None) -> str:
    """A figure as a journalist writes it: 4,494; 140,228.33; 37.6%."""
    if v is None:
        return "?"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def snapshot(when: When) -> dt.date:
    """The official snapshot a date names: its day, the end of its month, or for a bare year its
    31 March (workforce snapshots are as at 31 March)."""
    if when.precision == "year":
        return dt.date(when.year, 3, 31)
    return when.last_day()


def claim_dates(period: Period | None) -> tuple[dt.date, dt.date] | None:
    """The snapshots at the start and the end of a claim's period (the same one twice for a point)."""
    if period is None:
        return None
    end = snapshot(period.end)
    return (snapshot(period.start) if period.start else end), end


def _latest_on_or_before(ctx: Context, metric: str, geography: str, date: dt.date, measure: str,
                         window_days: int, *, exact: bool = False) -> Figure | None:
    dates = [d for d in ctx.store.dates(metric, geography, measure) if d <= date and (date - d).days <= window_days]
    for d in reversed(dates):
        f = ctx.lookup(metric, geography, d, measure, exact=exact)
        if f is not None:
            return f
    return None


def _latest_edition(ctx: Context, f: Figure) -> Figure:
    """The same figure in the latest edition held (lookups otherwise take what was out by the article)."""
    return ctx.store.lookup(f.metric, f.geography, f.as_of, f.measure, official_only=ctx.official_only) or f


def _measures(ctx: Context, metric: str, geography: str) -> list[str]:
    held = ctx.store.measures(metric, geography)
    if ctx.claim.measure:
        return [ctx.claim.measure] if ctx.claim.measure in held else [ctx.claim.measure]
    return held or ["headcount"]


def _missing(ctx: Context, metric: str, geography: str, when: str, measure: str | None = None) -> Evidence:
    held = ctx.store.dates(metric, geography, measure)
    what = f"{metric} for {geography}" + (f" ({measure})" if measure else "") + f" at {when}"
    if held:
        span = f"{held[0]:%d %b %Y} to {held[-1]:%d %b %Y}"
        return Evidence(missing=f"no official figure for {what}; figures held: {len(held)} dates, {span}")
    return Evidence(missing=f"no official figure for {what} in the reference data")


def _series_at(ctx: Context, geography: str, date: dt.date) -> tuple[str, str | None]:
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


_INCLUDES = re.compile(r"\b(?:includ(?:ed|es|ing)|compris(?:ed|es|ing)|made\s+up\s+of|of\s+whom|of\s+which)\b", re.I)


def _stated_parts(ctx: Context) -> list[Evidence]:
    """A total against the parts the article lists for it ("more than 212,000 people … That included
    3,243 …, 11,037 … and 63,105 …"): listed parts "included" in it must not add up to more than it; a
    whole "made up of" its parts must equal their sum. The article's own arithmetic: a miss is an
    inconsistency."""
    claim, text = ctx.claim, ctx.document.text
    if claim.kind != "count" or claim.unit is not None:
        return []
    sentences = sorted({c.sentence_start for c in ctx.claims if c.sentence_start >= claim.sentence_start})
    near = set(sentences[:2])
    later = [c for c in ctx.claims if c.start >= claim.end and c.sentence_start in near]
    if not later or later[0].kind != "count" or later[0].unit is not None:
        return []
    words = _INCLUDES.search(text[claim.end:later[0].start])
    if words is None:
        return []
    parts = [later[0]]
    for c in later[1:]:
        if c.sentence_start != parts[-1].sentence_start or c.kind != "count" or c.unit is not None \
                or not re.fullmatch(r"[^.;:\d]{0,60}?(?:,|\band\b)[^.;:\d]{0,60}", text[parts[-1].end:c.start]):
            break
        parts.append(c)
    if len(parts) < 2:
        return []
    total = sum(c.value for c in parts)
    sums = " + ".join(fmt(c.value) for c in parts) + f" = {fmt(total)}"
    if words.group(0).lower().startswith(("compris", "made")):
        return [Evidence(value=total, internal=True, as_of=claim.as_of,
                         arithmetic=f"the parts it is made of add up to {sums}")]
    # parts "included" in a total may leave some out: only adding up to more than it is a contradiction
    hi = claimed_interval(claim)[1]
    within = hi is None or total <= hi
    return [Evidence(value=total, internal=True, as_of=claim.as_of, judged="supported" if within else "contradicted",
                     arithmetic=f"the parts listed as included in it add up to {sums}, "
                                + ("no more than it" if within else "more than it"))]


@strategy("level.v1")
def level_v1(ctx: Context) -> list[Evidence]:
    """The figure for the claim's date (the end of a period), in each measure held; with a window,
    the latest figure published for a date on or before it ("over 11,000 … already recruited")."""
    geography = ctx.geography or NATIONAL
    dates = claim_dates(ctx.claim.period)
    if dates is None:
        return [Evidence(missing=f"the claim gives no date, so no official figure for {ctx.metric} can be chosen")]
    date = dates[1]
    metric, series_note = _series_at(ctx, geography, date)
    out = []
    for measure in _measures(ctx, metric, geography):
        f = _latest_on_or_before(ctx, metric, geography, date, measure, ctx.window_days)
        if f is None:
            out.append(_missing(ctx, metric, geography, f"{date:%d %b %Y}", measure))
            continue
        published, article = f.source.published, ctx.document.published
        notes = [n for n in (series_note, None if f.as_of == date else
                             f"the latest official figure on or before {date:%d %b %Y} is for {f.as_of:%d %b %Y}",
                             f"the first edition held of this figure was published on {published:%d %b %Y}, after the article"
                             if published and article and published > article else None) if n]
        latest = _latest_edition(ctx, f)
        out.append(Evidence(value=f.value, figures=[f], as_of=f.as_of.isoformat(), measure=f.measure,
                            note="; ".join(notes) or None,
                            revised=(latest.value, latest) if latest.value != f.value else None,
                            arithmetic=f"official {fmt(f.value)} ({f.measure}, {f.as_of:%d %b %Y})"))
    return _stated_parts(ctx) + out


_LOW = re.compile(r"\b(?:low|lowest|fewest|smallest|least)\b", re.I)
_SINCE_YEARS = re.compile(r"\bin\s+(?:a|one|(?P<n>\w+))\s+(?P<u>decade|years?)\b", re.I)


@strategy("record.v1")
def record_v1(ctx: Context) -> list[Evidence]:
    """A record ("an all-time high of 138,155", "the highest since 2010", "the lowest in a decade"):
    the official figure at the claim's date ranked among every official figure of the same series
    from the start of the claim's window (its "since" date, the decade, or the whole series) up to
    it. The value compared is that rank: 1 is the record."""
    claim = ctx.claim
    geography = ctx.geography or NATIONAL
    dates = claim_dates(claim.period)
    if dates is None:
        return [Evidence(missing=f"the claim gives no date, so no official {ctx.metric} figure can be ranked")]
    date = dates[1]
    start = dates[0] if dates[0] != dates[1] else None
    span = _SINCE_YEARS.search(claim.surface)
    if span and start is None:
        n = span.group("n")
        years = 10 if span.group("u").lower() == "decade" else (int(n) if n and n.isdigit() else 1)
        start = date.replace(year=date.year - years)
    low = bool(_LOW.search(claim.surface))
    metric, series_note = _series_at(ctx, geography, date)
    out = []
    for measure in _measures(ctx, metric, geography):
        f = _latest_on_or_before(ctx, metric, geography, date, measure, ctx.window_days)
        if f is None:
            out.append(_missing(ctx, metric, geography, f"{date:%d %b %Y}", measure))
            continue
        others = [g for g in ctx.store.series(metric, geography, measure, official_only=ctx.official_only)
                  if g.as_of < f.as_of and (start is None or g.as_of > start)]
        if not others:
            out.append(Evidence(missing=f"no earlier official {metric} figure for {geography} ({measure}) to compare with"))
            continue
        better = [g for g in others if (g.value < f.value if low else g.value > f.value)]
        rank = 1 + len(better)
        best = min(others, key=lambda g: g.value) if low else max(others, key=lambda g: g.value)
        word = "lowest" if low else "highest"
        window = f"since {start:%d %b %Y}" if start else f"since the series began ({others[0].as_of:%d %b %Y})"
        out.append(Evidence(value=rank, figures=[f, best], as_of=f.as_of.isoformat(), measure=measure,
                            note=series_note,
                            arithmetic=f"{fmt(f.value)} ({measure}, {f.as_of:%d %b %Y}) against {len(others)} earlier "
                                       f"official figures {window}: the {word} of them is {fmt(best.value)} "
                                       f"({best.as_of:%d %b %Y}), so it ranks {rank}"))
    return out


def _period_ends(ctx: Context, metric: str, geography: str, measure: str) -> tuple[Figure, Figure, str | None] | Evidence:
    """The official snapshots at the two ends of the claim's period, or what is missing. An end the
    article names to the month ("between September 2022 and September 2023") must be that month's
    snapshot: a March figure never stands in for a September one. An end it does not name so (a year,
    "now") is the latest snapshot on or before it, and the start then a period's length before that."""
    period = ctx.claim.period
    start, end = claim_dates(period)
    if ctx.document.published and end > ctx.document.published:
        # "risen by 8,000 since 2019" in February 2022 runs to the figures out then, not to March 2022's
        end = ctx.document.published
    named_end = _named_to_the_month(period, period.end) and end == claim_dates(period)[1]
    months = (end.year - start.year) * 12 + end.month - start.month
    f_end = _latest_on_or_before(ctx, metric, geography, end, measure, 0 if named_end else max(ctx.window_days, 0),
                                 exact=True)
    if f_end is None:
        return _missing(ctx, metric, geography, f"{end:%d %b %Y}", measure)
    # the period's own start when a figure is held for it ("since March 2010"); for an event the article
    # counts from ("since the election" of May 2010), the last snapshot before it; else a period's
    # length before the snapshot found for its end ("in the last year"), unless the article named its start
    start_date = month_end(start.year, start.month)
    f_start = ctx.lookup(metric, geography, start_date, measure, exact=True)
    if f_start is None and not _named_to_the_month(period, period.start):
        if period.how == "context":
            f_start = _latest_on_or_before(ctx, metric, geography, start_date, measure, max(ctx.window_days, 0),
                                           exact=True)
        if f_start is None:
            start_date = add_months(f_end.as_of, -months)
            start_date = month_end(start_date.year, start_date.month)
            f_start = ctx.lookup(metric, geography, start_date, measure, exact=True)
    if f_start is None:
        return _missing(ctx, metric, geography, f"{start_date:%d %b %Y}", measure)
    note = None if f_end.as_of == end else (
        f"the article's period ends {end:%b %Y}; the nearest official snapshots are {f_start.as_of:%d %b %Y} "
        f"and {f_end.as_of:%d %b %Y}")
    return f_start, f_end, note


def _named_to_the_month(period: Period, when: When | None) -> bool:
    """An end of a period the article itself names to the month or the day."""
    return when is not None and period.how == "stated" and when.precision != "year"


def _over_period(ctx: Context, evidence: Callable[[Figure, Figure, str, str | None], Evidence]) -> list[Evidence]:
    """For each measure held, the evidence `evidence(start, end, measure, note)` makes of the official
    snapshots at the two ends of the claim's period, or what is missing."""
    dates = claim_dates(ctx.claim.period)
    if dates is None or dates[0] == dates[1]:
        return [Evidence(missing=f"the claim does not say over which period {ctx.metric} changed")]
    geography = ctx.geography or NATIONAL
    metric, series_note = _series_at(ctx, geography, dates[1])
    out = []
    for measure in _measures(ctx, metric, geography):
        ends = _period_ends(ctx, metric, geography, measure)
        if isinstance(ends, Evidence):
            out.append(ends)
            continue
        note = "; ".join(n for n in (series_note, ends[2]) if n) or None
        found = evidence(ends[0], ends[1], measure, note)
        start, end = (_latest_edition(ctx, f) for f in ends[:2])
        if found.value is not None and (start.value, end.value) != (ends[0].value, ends[1].value):
            later = evidence(start, end, measure, None).value
            if later is not None and later != found.value:
                found.revised = (later, end if end.value != ends[1].value else start)
        out.append(found)
    return out


def _stated_ends(ctx: Context) -> list[Evidence]:
    """A change against the levels the article says it ran between ("fell by 402 from 149,566 to
    149,164"): the article's own arithmetic, so a miss is an inconsistency whatever the official figures."""
    claim = ctx.claim
    by_id = {c.id: c for c in ctx.claims}
    a, b = by_id.get(claim.from_level or ""), by_id.get(claim.to_level or "")
    if a is None or b is None or a.unit != b.unit:
        return []
    quoted = f"(both stated in the article: “{a.surface}”, “{b.surface}”)"
    diff = b.value - a.value
    if claim.kind in ("percentage", "proportion"):
        if not a.value:
            return []
        ratio = diff / a.value
        sign = -1 if claim.direction == "down" else 1  # in the direction the claim asserts, as percent_change.v1
        scale = 0.01 if claim.unit in ("percent", "percentage_point") else 1.0
        return [Evidence(value=sign * ratio, internal=True, scale=scale, as_of=claim.as_of,
                         arithmetic=f"({fmt(b.value)} − {fmt(a.value)}) ÷ {fmt(a.value)} = {ratio:+.1%} {quoted}")]
    return [Evidence(value=diff, internal=True, as_of=claim.as_of,
                     arithmetic=f"{fmt(b.value)} − {fmt(a.value)} = {fmt(diff)} {quoted}")]


@strategy("stated_parts.v1")
def stated_parts_v1(ctx: Context) -> list[Evidence]:
    """Only the article's own arithmetic of a total and the parts it lists."""
    return _stated_parts(ctx) or [Evidence(missing="the article does not list the parts of this total")]


@strategy("stated_change.v1")
def stated_change_v1(ctx: Context) -> list[Evidence]:
    """Only the article's own arithmetic of a change and the levels it ran between."""
    return _stated_ends(ctx) or [Evidence(missing="the article does not state the levels the change ran between")]


@strategy("change.v1")
def change_v1(ctx: Context) -> list[Evidence]:
    """The difference between the official figures at the start and the end of the claim's period
    (and, first, against the levels the article itself states)."""
    def evidence(f_start: Figure, f_end: Figure, measure: str, note: str | None) -> Evidence:
        diff = f_end.value - f_start.value
        return Evidence(value=diff, figures=[f_start, f_end], measure=measure,
                        as_of=f"{f_start.as_of.isoformat()}/{f_end.as_of.isoformat()}", note=note,
                        arithmetic=f"{fmt(f_end.value)} − {fmt(f_start.value)} = {fmt(diff)} ({measure}, "
                                   f"{f_start.as_of:%d %b %Y} to {f_end.as_of:%d %b %Y})")
    return _stated_ends(ctx) + _over_period(ctx, evidence)


@strategy("percent_change.v1")
def percent_change_v1(ctx: Context) -> list[Evidence]:
    """A rise or fall in per cent or as a fraction ("up 4.8% in the year to March 2020", "reduced by
    more than half"): the official change over the
    claim's period divided by the level at its start. The value is taken in the direction the claim
    asserts (a fall as a positive fall), so a claimed fall that was in fact a rise is contradicted."""
    sign = -1 if ctx.claim.direction == "down" else 1
    scale = 0.01 if ctx.claim.unit in ("percent", "percentage_point") else 1.0  # "more than half" is a fraction

    def evidence(f_start: Figure, f_end: Figure, measure: str, note: str | None) -> Evidence:
        if not f_start.value:
            return Evidence(missing=f"the official figure at {f_start.as_of:%d %b %Y} is zero")
        change = (f_end.value - f_start.value) / f_start.value
        return Evidence(value=sign * change, figures=[f_start, f_end], measure=measure, scale=scale,
                        as_of=f"{f_start.as_of.isoformat()}/{f_end.as_of.isoformat()}", note=note,
                        arithmetic=f"({fmt(f_end.value)} − {fmt(f_start.value)}) ÷ {fmt(f_start.value)} = "
                                   f"{change:+.1%} ({measure}, {f_start.as_of:%d %b %Y} to {f_end.as_of:%d %b %Y})")
    return _stated_ends(ctx) + _over_period(ctx, evidence)


@strategy("share.v1")
def share_v1(ctx: Context) -> list[Evidence]:
    """A share of a whole: the part stated in the same sentence, over the whole stated elsewhere in
    the article (an inconsistency when they disagree) or else the official figure for the whole."""
    claim = ctx.claim
    scale = 0.01 if claim.unit == "percent" else 1.0
    part = next((c for c in ctx.claims if c.id == claim.part), None)
    if part is None or not claim.share_of:
        return [Evidence(missing="the article does not say what the share is of, or of how many")]
    whole_metric = claim.share_of
    geography = claim.geography or part.geography or NATIONAL
    stated = [c for c in ctx.claims if c.metric == whole_metric and c.id not in (claim.id, part.id)
              and (c.geography or NATIONAL) == geography and c.unit is None and c.hedge == "exact"]
    out = []
    for whole in stated:
        ratio = part.value / whole.value if whole.value else None
        if ratio is None:
            continue
        out.append(Evidence(value=ratio, internal=True, as_of=claim.as_of, scale=scale,
                            arithmetic=f"{fmt(part.value)} of {fmt(whole.value)} is {ratio:.1%} "
                                       f"(both stated in the article: “{part.surface}”, “{whole.surface}”)"))
    dates = claim_dates(claim.period)
    spec_date = None
    spec = ctx.store.vocabulary.metrics.get(whole_metric)
    if spec and spec.default_as_of:
        spec_date = claim_dates(Period.parse(spec.default_as_of))
    when = (spec_date or dates)
    if when:
        f = _latest_on_or_before(ctx, whole_metric, geography, when[1], "headcount", 3660, exact=True)
        if f is not None and f.value:
            ratio = part.value / f.value
            out.append(Evidence(value=ratio, figures=[f], as_of=f.as_of.isoformat(), measure=f.measure, scale=scale,
                                arithmetic=f"{fmt(part.value)} of {fmt(f.value)} ({whole_metric}, {geography}) is {ratio:.1%}"))
    if not out:
        out.append(Evidence(missing=f"no figure for the whole ({whole_metric} for {geography}) in the article or the reference data"))
    return out


_MONTHS_IN = {"month": 1.0, "year": 12.0, "week": 12 / 52, "day": 12 / 365, "quarter": 3.0}


@strategy("rate_to_target.v1")
def rate_to_target_v1(ctx: Context) -> list[Evidence]:
    """A rate needed to reach a target ("25 per month over the next 15 months to get to the 609"):
    what remains (the target less what the same sentence says is done) over the stated time, in the
    rate's own unit. Computed from the article's numbers only: a miss is an inconsistency."""
    claim = ctx.claim
    per = claim.unit.rsplit("_per_", 1)[-1] if claim.unit and "_per_" in claim.unit else None
    same = [c for c in ctx.claims if c.sentence_start == claim.sentence_start and c.id != claim.id]
    duration = next((c for c in same if c.kind == "other" and c.unit in _MONTHS_IN and c.start > claim.start), None)
    target = next((c for c in same if c.kind == "target" and c.unit is None), None)
    done = next((c for c in same if c.kind in ("change", "count") and c.unit is None and c is not target), None)
    if per not in _MONTHS_IN or duration is None or target is None:
        return [Evidence(missing="the sentence does not give the time and the target a rate to reach it needs")]
    periods = duration.value * _MONTHS_IN[duration.unit] / _MONTHS_IN[per]
    remaining = target.value - (done.value if done else 0)
    needed = remaining / periods
    sums = f"{fmt(target.value)} − {fmt(done.value)} = {fmt(remaining)}" if done else f"{fmt(remaining)}"
    return [Evidence(value=needed, internal=True, as_of=claim.as_of,
                     arithmetic=f"({sums}) ÷ {fmt(periods)} {per}s = {needed:,.1f} per {per} "
                                f"(from the article: “{target.surface}”" + (f", “{done.surface}”" if done else "")
                                + f", “{duration.surface}”)")]


@strategy("subgroup_share.v1")
def subgroup_share_v1(ctx: Context) -> list[Evidence]:
    """The share a group is of the whole it belongs to ("a third of officers were women"): the official
    figure for the group (a metric that `refines` another in metrics.yaml) over the figure for the
    whole, for the same place, date and measure."""
    claim = ctx.claim
    spec = ctx.store.vocabulary.metrics.get(ctx.metric)
    whole = getattr(spec, "refines", None)
    if whole is None:
        return [Evidence(missing=f"{ctx.metric} is not a part of a larger series, so its share cannot be computed")]
    geography = ctx.geography or NATIONAL
    dates = claim_dates(claim.period)
    if dates is None:
        return [Evidence(missing="the claim gives no date, so no official figures can be divided")]
    if dates[0] != dates[1]:
        # "49.8 per cent of new recruits in the past twelve months": a share of those who joined, not of the
        # workforce at a date
        return [Evidence(missing=f"the share is of a period ({claim.as_of}), not of the workforce at a date; "
                                 f"no official figures for {ctx.metric} among joiners are held")]
    scale = 0.01 if claim.unit == "percent" else 1.0
    out = []
    for measure in _measures(ctx, ctx.metric, geography):
        part = _latest_on_or_before(ctx, ctx.metric, geography, dates[1], measure, ctx.window_days, exact=True)
        if part is None:
            out.append(_missing(ctx, ctx.metric, geography, f"{dates[1]:%d %b %Y}", measure))
            continue
        total = ctx.lookup(whole, geography, part.as_of, measure, exact=True)
        if total is None or not total.value:
            out.append(_missing(ctx, whole, geography, f"{part.as_of:%d %b %Y}", measure))
            continue
        share = part.value / total.value
        out.append(Evidence(value=share, figures=[part, total], as_of=part.as_of.isoformat(), measure=measure, scale=scale,
                            arithmetic=f"{fmt(part.value)} {ctx.metric} of {fmt(total.value)} {whole} is {share:.1%} "
                                       f"({geography}, {measure}, {part.as_of:%d %b %Y})"))
    return out


@strategy("ratio.v1")
def ratio_v1(ctx: Context) -> list[Evidence]:
    """One workforce to another ("one PCSO to 10 warranted officers" is 10 officers per PCSO): first the
    two levels the article itself states for them, then the official figures of both for the claim's
    place and date (the latest on or before it, the second at the same date and measure), divided."""
    claim = ctx.claim
    vocabulary = ctx.store.vocabulary
    top, _, per = (claim.unit or "").partition("_per_")
    metrics = vocabulary.metric_of_unit_word(top), vocabulary.metric_of_unit_word(per)
    if None in metrics:
        return [Evidence(missing=f"no official series counts both sides of {claim.unit or 'the ratio'}")]
    geography = ctx.geography or NATIONAL
    out = _stated_ratio(ctx, *metrics)
    dates = claim_dates(claim.period)
    if dates is None:
        return out + [Evidence(missing="the claim gives no date, so no official figures can be divided")]
    for measure in _measures(ctx, metrics[0], geography):
        a = _latest_on_or_before(ctx, metrics[0], geography, dates[1], measure, ctx.window_days, exact=True)
        b = ctx.lookup(metrics[1], geography, a.as_of, measure, exact=True) if a else None
        if a is None or b is None or not b.value:
            out.append(_missing(ctx, metrics[0] if a is None else metrics[1], geography, f"{dates[1]:%d %b %Y}", measure))
            continue
        out.append(Evidence(value=a.value / b.value, figures=[a, b], as_of=a.as_of.isoformat(), measure=measure,
                            arithmetic=f"{fmt(a.value)} {metrics[0]} ÷ {fmt(b.value)} {metrics[1]} = "
                                       f"{a.value / b.value:,.1f} ({geography}, {measure}, {a.as_of:%d %b %Y})"))
    return out


def _stated_ratio(ctx: Context, top: str, per: str) -> list[Evidence]:
    """The ratio of two levels the article states for the same place (its own arithmetic)."""
    place = ctx.claim.geography
    levels = {m: next((c for c in ctx.claims if c.metric == m and c.kind == "count" and c.unit is None
                       and c.geography == place and c.hedge == "exact"), None) for m in (top, per)}
    a, b = levels[top], levels[per]
    if a is None or b is None or not b.value:
        return []
    return [Evidence(value=a.value / b.value, internal=True, as_of=ctx.claim.as_of,
                     arithmetic=f"{fmt(a.value)} ÷ {fmt(b.value)} = {a.value / b.value:,.1f} "
                                f"(both stated in the article: “{a.surface}”, “{b.surface}”)")]


_ROSE = re.compile(r"\b(?:increased?|increasing|rose|risen|rise|grew|grown|growing|gained|up)\b", re.I)
_FELL = re.compile(r"\b(?:decreased?|decreasing|fell|fallen|fall|falling|cut|cuts|lost|lose|shrank|shrunk|dropped|drop|down|reduced)\b", re.I)


@strategy("forces_changed.v1")
def forces_changed_v1(ctx: Context) -> list[Evidence]:
    """How many forces saw a rise (or a fall) over a period ("40 of the 43 forces increased their
    officer numbers"): counted from every force's official figures at the period's two ends. The
    direction is the verb after the number."""
    claim = ctx.claim
    dates = claim_dates(claim.period)
    if dates is None or dates[0] == dates[1]:
        return [Evidence(missing="the claim does not say over which period the forces' numbers changed")]
    at = claim.sentence.find(claim.surface)
    after = claim.sentence[at + len(claim.surface):] if at >= 0 else ""
    if at >= 0 and re.search(r"\bof\s+(?:the\s+|all\s+(?:the\s+)?)?$", claim.sentence[:at], re.I):
        return [Evidence(missing="it is the number of forces the count is out of (“of the 43”), not a count of "
                                 "forces that changed")]
    rose, fell = _ROSE.search(after), _FELL.search(after)
    if not (rose or fell):
        return [Evidence(missing="the sentence does not say whether the forces' numbers rose or fell")]
    up = bool(rose) and (not fell or rose.start() < fell.start())
    forces = [p.name for p in ctx.store.gazetteer.places if p.kind == "force"]
    start, end = (month_end(d.year, d.month) for d in dates)
    out = []
    for measure in ctx.store.measures(ctx.metric, forces[0]) or ["headcount"]:
        pairs = [(ctx.lookup(ctx.metric, f, start, measure, exact=True), ctx.lookup(ctx.metric, f, end, measure, exact=True))
                 for f in forces]
        held = [(a, b) for a, b in pairs if a is not None and b is not None]
        if len(held) < len(forces):
            out.append(Evidence(missing=f"{ctx.metric} ({measure}) is held for {len(held)} of the {len(forces)} forces "
                                        f"at both {start:%d %b %Y} and {end:%d %b %Y}"))
            continue
        moved = [b.geography for a, b in held if (b.value > a.value if up else b.value < a.value)]
        out.append(Evidence(value=len(moved), figures=[held[0][1]], as_of=f"{start.isoformat()}/{end.isoformat()}",
                            measure=measure,
                            arithmetic=f"{len(moved)} of the {len(forces)} forces had {'more' if up else 'fewer'} "
                                       f"{ctx.metric} ({measure}) at {end:%d %b %Y} than at {start:%d %b %Y}"))
    return out


_ORDINAL = {1: "st", 2: "nd", 3: "rd"}


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else _ORDINAL.get(n % 10, 'th')}"


@strategy("rank.v1")
def rank_v1(ctx: Context) -> list[Evidence]:
    """A rank among the forces ("the second largest force", "the third lowest number of PCSOs"):
    the force's official figure at the latest date on or before the claim's, ranked among every
    force's figure for that same date. The value compared is that rank."""
    claim = ctx.claim
    if not ctx.geography or not ctx.store.gazetteer.is_force(ctx.geography):
        return [Evidence(missing="the claim does not say which force is ranked")]
    dates = claim_dates(claim.period)
    if dates is None:
        return [Evidence(missing="the claim gives no date, so no official figures can be ranked")]
    low = bool(_LOW.search(claim.surface))
    forces = [p.name for p in ctx.store.gazetteer.places if p.kind == "force"]
    out = []
    for measure in _measures(ctx, ctx.metric, ctx.geography):
        f = _latest_on_or_before(ctx, ctx.metric, ctx.geography, dates[1], measure, ctx.window_days, exact=True)
        if f is None:
            out.append(_missing(ctx, ctx.metric, ctx.geography, f"{dates[1]:%d %b %Y}", measure))
            continue
        field = [g for g in (ctx.lookup(ctx.metric, force, f.as_of, measure, exact=True) for force in forces)
                 if g is not None]
        if len(field) < len(forces):
            out.append(Evidence(missing=f"{ctx.metric} ({measure}) at {f.as_of:%d %b %Y} is held for {len(field)} of "
                                        f"the {len(forces)} forces, too few to rank"))
            continue
        order = sorted(field, key=lambda g: g.value if low else -g.value)
        rank = 1 + sum(1 for g in field if (g.value < f.value if low else g.value > f.value))
        top = ", ".join(f"{_nth(i)} {g.geography} {fmt(g.value)}" for i, g in enumerate(order[:3], start=1))
        top += ", …" if rank > 4 else ""
        word = "lowest" if low else "highest"
        out.append(Evidence(value=rank, figures=[f], as_of=f.as_of.isoformat(), measure=measure,
                            arithmetic=f"{ctx.geography} has {fmt(f.value)} {ctx.metric} ({measure}, {f.as_of:%d %b %Y}), "
                                       f"the {_nth(rank)} {word} of the {len(field)} forces ({top})"))
    return out


# -- comparisons -----------------------------------------------------------------------------------
@dataclass
class Outcome:
    label: str
    difference: float | None
    tolerance: float | None
    claimed: tuple[float | None, float | None]


def claimed_interval(claim: Claim, scale: float = 1.0) -> tuple[float | None, float | None]:
    """The claim's interval in the units of the official figure (percentages as fractions for shares)."""
    lo, hi = claim_interval(claim.value, claim.hedge, claim.resolution, claim.value_high)
    signed = -1 if claim.kind == "change" and claim.direction == "down" else 1
    lo = None if lo is None else lo * scale * signed
    hi = None if hi is None else hi * scale * signed
    if signed < 0:
        lo, hi = hi, lo
    return lo, hi


@comparison("interval.v1")
def interval_v1(claim: Claim, official: float, close_margin: float, scale: float = 1.0) -> Outcome:
    """Supported when the official value lies in the claim's interval; close when it lies within
    `close_margin` (relative) of it; contradicted beyond."""
    interval = claimed_interval(claim, scale)
    open_low = claim.hedge == "over"
    if contains(interval, official, open_low=open_low):
        return Outcome("supported", 0.0, 0.0, interval)
    gap = distance(interval, official)
    if open_low and gap == 0:
        gap = abs(official) * 1e-9 or 1e-9
    tolerance = abs(official) * close_margin
    signed = -1 if claim.kind == "change" and claim.direction == "down" else 1
    return Outcome("close" if gap <= tolerance else "contradicted", official - claim.value * scale * signed,
                   tolerance, interval)
