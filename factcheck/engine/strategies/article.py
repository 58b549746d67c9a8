"""Strategies on the article's own numbers: a total against the parts it lists, a change against the
levels it says it ran between, a rate needed to reach a target, a ratio of two levels it states. A
miss is an inconsistency, whatever the official figures."""

from __future__ import annotations

import re

from factcheck.engine.comparisons import claimed_interval
from factcheck.engine.registry import Context, Evidence, fmt, strategy


_INCLUDES = re.compile(r"\b(?:includ(?:ed|es|ing)|compris(?:ed|es|ing)|made\s+up\s+of|of\s+whom|of\s+which)\b", re.I)


def stated_parts(ctx: Context) -> list[Evidence]:
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


def stated_ends(ctx: Context) -> list[Evidence]:
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
    return stated_parts(ctx) or [Evidence(missing="the article does not list the parts of this total")]


@strategy("stated_change.v1")
def stated_change_v1(ctx: Context) -> list[Evidence]:
    """Only the article's own arithmetic of a change and the levels it ran between."""
    return stated_ends(ctx) or [Evidence(missing="the article does not state the levels the change ran between")]


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


def stated_ratio(ctx: Context, top: str, per: str) -> list[Evidence]:
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
