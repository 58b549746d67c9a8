"""The one interval policy: what range of true values a written number with its hedge stands for."""

from __future__ import annotations

Bounds = tuple[float | None, float | None]

#: "about", "around", "some": at least ±5 %.
ABOUT = 0.05
#: "almost", "nearly": up to 10 % below.
ALMOST = 0.10
#: A round number is read as rounded to its last non-zero digit, but never wider than this.
ROUNDING_CAP = 0.05


def hedge_bounds(value: float, hedge: str, value_high: float | None = None) -> Bounds:
    """The interval a hedge alone gives (None = open end), before the written precision is counted."""
    if hedge == "range":
        return (value, value_high if value_high is not None else value)
    if hedge in ("over", "at_least"):
        return (value, None)
    if hedge in ("under", "at_most", "up_to"):
        return (None, value)
    if hedge == "almost":
        return (value * (1 - ALMOST), value)
    if hedge == "about":
        return (value * (1 - ABOUT), value * (1 + ABOUT))
    return (value, value)


def rounding_half_width(value: float, resolution: float | None) -> float:
    """Half a unit of the last written digit ("2,144" ±0.5, "1.5 million" ±50,000), capped at 5 %."""
    if not resolution:
        return 0.0
    return min(resolution / 2, abs(value) * ROUNDING_CAP)


def claim_interval(value: float, hedge: str, resolution: float | None = None,
                   value_high: float | None = None) -> Bounds:
    """Hedge and written precision together, statcheck-style: the values the claim is true for."""
    half = rounding_half_width(value, resolution)
    lo, hi = hedge_bounds(value, hedge, value_high)
    if hedge == "exact":
        return (value - half, value + half)
    if hedge == "about":
        width = max(abs(value) * ABOUT, half)
        return (value - width, value + width)
    if hedge == "range":
        return (lo - rounding_half_width(lo, resolution), hi + rounding_half_width(hi, resolution))
    # open-ended hedges keep their bound as written: "over 11,000" is anything above 11,000
    return (lo, hi)


def contains(bounds: Bounds, x: float, *, open_low: bool = False) -> bool:
    """Whether x lies in the interval; `open_low` makes "over v" exclude v itself."""
    lo, hi = bounds
    if lo is not None and (x < lo or (open_low and x == lo)):
        return False
    return hi is None or x <= hi


def distance(bounds: Bounds, x: float) -> float:
    """How far x lies outside the interval (0 inside)."""
    lo, hi = bounds
    if lo is not None and x < lo:
        return lo - x
    if hi is not None and x > hi:
        return x - hi
    return 0.0
