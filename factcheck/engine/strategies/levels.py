"""Strategies that compare a claim with official figures as they stand at a date: a level, a record in
its series, a force's rank, a share of a whole or of a workforce, a ratio of two workforces."""

from __future__ import annotations

import re

from factcheck.engine.lookups import latest_edition, latest_on_or_before, measures_for, missing, series_at
from factcheck.engine.registry import Context, Evidence, claim_dates, fmt, strategy, words
from factcheck.engine.strategies.article import stated_parts, stated_ratio
from factcheck.models import Period
from factcheck.quantities.quantulum_adapter import how_many
from factcheck.reference.gazetteer import NATIONAL


def _figures_at(ctx: Context, metric: str, geography: str, date, out: list[Evidence]):
    """The latest figure on or before `date` in each measure held; for a measure with none, what is
    missing goes to `out` instead."""
    for measure in measures_for(ctx, metric, geography):
        f = latest_on_or_before(ctx, metric, geography, date, measure, ctx.window_days)
        if f is None:
            out.append(missing(ctx, metric, geography, f"{date:%d %b %Y}", measure))
        else:
            yield f


@strategy("level.v1")
def level_v1(ctx: Context) -> list[Evidence]:
    """The figure for the claim's date (the end of a period), in each measure held; with a window,
    the latest figure published for a date on or before it ("over 11,000 … already recruited")."""
    geography = ctx.geography or NATIONAL
    dates = claim_dates(ctx.claim.period)
    if dates is None:
        return _same_at_every_date(ctx, geography) or [
            Evidence(missing=f"the claim gives no date, so no official figure for {ctx.metric_words} can be chosen")]
    date = dates[1]
    metric, series_note = series_at(ctx, geography, date)
    out = []
    for f in _figures_at(ctx, metric, geography, date, out):
        published, article = f.source.published, ctx.document.published
        notes = [n for n in (series_note, None if f.as_of == date else
                             f"the latest official figure on or before {date:%d %b %Y} is for {f.as_of:%d %b %Y}",
                             f"the first edition held of this figure was published on {published:%d %b %Y}, after the article"
                             if published and article and published > article else None) if n]
        latest = latest_edition(ctx, f)
        out.append(Evidence(value=f.value, figures=[f], as_of=f.as_of.isoformat(), measure=f.measure,
                            note="; ".join(notes) or None,
                            revised=(latest.value, latest) if latest.value != f.value else None,
                            arithmetic=f"official {fmt(f.value)} ({f.measure}, {f.as_of:%d %b %Y})"))
    return stated_parts(ctx) + out


#: Dates a series must hold, all with one value, before a claim with no date can be judged on it.
INVARIANT_DATES = 10


def _same_at_every_date(ctx: Context, geography: str) -> list[Evidence]:
    """A series with one value at every date held (the 43 territorial forces): the claim's date does
    not matter, so a claim that gives none is judged on it, saying so."""
    out = []
    for measure in measures_for(ctx, ctx.metric, geography):
        series = ctx.store.series(ctx.metric, geography, measure, official_only=ctx.official_only)
        if len(series) < INVARIANT_DATES or len({f.value for f in series}) > 1:
            return []
        first, last = series[0], series[-1]
        out.append(Evidence(value=last.value, figures=[last], as_of=last.as_of.isoformat(), measure=measure,
                            note=f"the claim gives no date, but the official figure is {fmt(last.value)} at every "
                                 f"one of the {len(series)} dates held, {first.as_of:%d %b %Y} to {last.as_of:%d %b %Y}",
                            arithmetic=f"official {fmt(last.value)} ({measure}, every date held)"))
    return out


_LOW = re.compile(r"\b(?:low|lowest|fewest|smallest|least)\b", re.I)
_SINCE_YEARS = re.compile(r"\b(?:in|for)\s+(?:a|one|(?P<n>[\w-]+))\s+(?P<u>decade|years?)\b"
                          r"|\b(?P<n2>\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?P<u2>year)\s+(?:high|low)\b", re.I)


def _window_years(surface: str) -> int | None:
    """The years a record spans ("the lowest in two years", "an 11-year low", "in a decade")."""
    span = _SINCE_YEARS.search(surface)
    if span is None:
        return None
    n, unit = span.group("n") or span.group("n2"), span.group("u") or span.group("u2")
    return how_many(n) * (10 if unit.lower() == "decade" else 1)


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
        return [Evidence(missing=f"the claim gives no date, so no official {ctx.metric_words} figure can be ranked")]
    date = dates[1]
    start = dates[0] if dates[0] != dates[1] else None
    years = _window_years(claim.surface)
    if years and start is None:
        start = date.replace(year=date.year - years)
    low = bool(_LOW.search(claim.surface))
    metric, series_note = series_at(ctx, geography, date)
    out = []
    for f in _figures_at(ctx, metric, geography, date, out):
        measure = f.measure
        others = [g for g in ctx.store.series(metric, geography, measure, official_only=ctx.official_only)
                  if g.as_of < f.as_of and (start is None or g.as_of > start)]
        if not others:
            out.append(Evidence(missing=f"no earlier official {words(metric)} figure for {geography} ({measure}) "
                                        "to compare with"))
            continue
        better = [g for g in others if (g.value < f.value if low else g.value > f.value)]
        rank = 1 + len(better)
        best = min(others, key=lambda g: g.value) if low else max(others, key=lambda g: g.value)
        word = "lowest" if low else "highest"
        window = f"since {start:%d %b %Y}" if start else f"since the series began ({others[0].as_of:%d %b %Y})"
        # a record is the first of its window, whatever span of years its words give
        out.append(Evidence(value=rank, figures=[f, best], as_of=f.as_of.isoformat(), measure=measure,
                            judged="supported" if rank == 1 else "contradicted",
                            note=series_note,
                            arithmetic=f"{fmt(f.value)} ({measure}, {f.as_of:%d %b %Y}) against {len(others)} earlier "
                                       f"official figures {window}: the {word} of them is {fmt(best.value)} "
                                       f"({best.as_of:%d %b %Y}), so it ranks {rank}"))
    return out


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
        f = latest_on_or_before(ctx, whole_metric, geography, when[1], "headcount", 3660, exact=True)
        if f is not None and f.value:
            ratio = part.value / f.value
            out.append(Evidence(value=ratio, figures=[f], as_of=f.as_of.isoformat(), measure=f.measure, scale=scale,
                                arithmetic=f"{fmt(part.value)} of {fmt(f.value)} ({whole_metric}, {geography}) is {ratio:.1%}"))
    if not out:
        out.append(Evidence(missing=f"no figure for the whole ({whole_metric} for {geography}) in the article or the reference data"))
    return out


@strategy("subgroup_share.v1")
def subgroup_share_v1(ctx: Context) -> list[Evidence]:
    """The share a group is of the whole it belongs to ("a third of officers were women"): the official
    figure for the group (a metric that `refines` another in metrics.yaml) over the figure for the
    whole, for the same place, date and measure."""
    claim = ctx.claim
    spec = ctx.store.vocabulary.metrics.get(ctx.metric)
    whole = getattr(spec, "refines", None)
    if whole is None:
        return [Evidence(missing=f"{ctx.metric_words} is not a part of a larger series, so its share cannot be computed")]
    geography = ctx.geography or NATIONAL
    dates = claim_dates(claim.period)
    if dates is None:
        return [Evidence(missing="the claim gives no date, so no official figures can be divided")]
    if dates[0] != dates[1]:
        # "49.8 per cent of new recruits in the past twelve months": a share of those who joined, not of the
        # workforce at a date
        return [Evidence(missing=f"the share is of a period ({claim.as_of}), not of the workforce at a date; "
                                 f"no official figures for {ctx.metric_words} among joiners are held")]
    scale = 0.01 if claim.unit == "percent" else 1.0
    out = []
    for measure in measures_for(ctx, ctx.metric, geography):
        part = latest_on_or_before(ctx, ctx.metric, geography, dates[1], measure, ctx.window_days, exact=True)
        if part is None:
            out.append(missing(ctx, ctx.metric, geography, f"{dates[1]:%d %b %Y}", measure))
            continue
        total = ctx.lookup(whole, geography, part.as_of, measure, exact=True)
        if total is None or not total.value:
            out.append(missing(ctx, whole, geography, f"{part.as_of:%d %b %Y}", measure))
            continue
        share = part.value / total.value
        out.append(Evidence(value=share, figures=[part, total], as_of=part.as_of.isoformat(), measure=measure, scale=scale,
                            arithmetic=f"{fmt(part.value)} {ctx.metric_words} of {fmt(total.value)} {whole} is {share:.1%} "
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
    out = stated_ratio(ctx, *metrics)
    dates = claim_dates(claim.period)
    if dates is None:
        return out + [Evidence(missing="the claim gives no date, so no official figures can be divided")]
    for measure in measures_for(ctx, metrics[0], geography):
        a = latest_on_or_before(ctx, metrics[0], geography, dates[1], measure, ctx.window_days, exact=True)
        b = ctx.lookup(metrics[1], geography, a.as_of, measure, exact=True) if a else None
        if a is None or b is None or not b.value:
            out.append(missing(ctx, metrics[0] if a is None else metrics[1], geography, f"{dates[1]:%d %b %Y}", measure))
            continue
        out.append(Evidence(value=a.value / b.value, figures=[a, b], as_of=a.as_of.isoformat(), measure=measure,
                            arithmetic=f"{fmt(a.value)} {metrics[0]} ÷ {fmt(b.value)} {metrics[1]} = "
                                       f"{a.value / b.value:,.1f} ({geography}, {measure}, {a.as_of:%d %b %Y})"))
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
    for measure in measures_for(ctx, ctx.metric, ctx.geography):
        f = latest_on_or_before(ctx, ctx.metric, ctx.geography, dates[1], measure, ctx.window_days, exact=True)
        if f is None:
            out.append(missing(ctx, ctx.metric, ctx.geography, f"{dates[1]:%d %b %Y}", measure))
            continue
        field = [g for g in (ctx.lookup(ctx.metric, force, f.as_of, measure, exact=True) for force in forces)
                 if g is not None]
        if len(field) < len(forces):
            out.append(Evidence(missing=f"{ctx.metric_words} ({measure}) at {f.as_of:%d %b %Y} is held for {len(field)} of "
                                        f"the {len(forces)} forces, too few to rank"))
            continue
        order = sorted(field, key=lambda g: g.value if low else -g.value)
        rank = 1 + sum(1 for g in field if (g.value < f.value if low else g.value > f.value))
        top = ", ".join(f"{_nth(i)} {g.geography} {fmt(g.value)}" for i, g in enumerate(order[:3], start=1))
        top += ", …" if rank > 4 else ""
        word = "lowest" if low else "highest"
        out.append(Evidence(value=rank, figures=[f], as_of=f.as_of.isoformat(), measure=measure,
                            arithmetic=f"{ctx.geography} has {fmt(f.value)} {ctx.metric_words} ({measure}, {f.as_of:%d %b %Y}), "
                                       f"the {_nth(rank)} {word} of the {len(field)} forces ({top})"))
    return out
