"""Registered comparisons: how a claim's interval is judged against an official value."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.engine.registry import comparison
from factcheck.intervals import claim_interval, contains, distance
from factcheck.models import Claim


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
