"""Strategies that compare a claim with official figures over a period: a change, a percentage or
fractional change, how many forces rose or fell."""

from __future__ import annotations

import re

from factcheck.dates import month_end
from factcheck.engine.lookups import over_period
from factcheck.engine.registry import Context, Evidence, claim_dates, fmt, strategy
from factcheck.engine.strategies.article import stated_ends
from factcheck.models import Figure


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
    return stated_ends(ctx) + over_period(ctx, evidence)


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
    return stated_ends(ctx) + over_period(ctx, evidence)


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
            out.append(Evidence(missing=f"{ctx.metric_words} ({measure}) is held for {len(held)} of the {len(forces)} forces "
                                        f"at both {start:%d %b %Y} and {end:%d %b %Y}"))
            continue
        moved = [b.geography for a, b in held if (b.value > a.value if up else b.value < a.value)]
        out.append(Evidence(value=len(moved), figures=[held[0][1]], as_of=f"{start.isoformat()}/{end.isoformat()}",
                            measure=measure,
                            arithmetic=f"{len(moved)} of the {len(forces)} forces had {'more' if up else 'fewer'} "
                                       f"{ctx.metric_words} ({measure}) at {end:%d %b %Y} than at {start:%d %b %Y}"))
    return out
