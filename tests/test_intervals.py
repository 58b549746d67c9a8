"""The interval policy written once: hedges and written precision."""

import pytest

from factcheck.intervals import claim_interval, contains


@pytest.mark.parametrize("value,hedge,resolution,expected", [
    (2144, "exact", 1, (2143.5, 2144.5)),
    (4.2, "exact", 0.1, (4.15, 4.25)),
    (1_500_000, "exact", 100_000, (1_450_000, 1_550_000)),
    (20_000, "exact", 10_000, (19_000, 21_000)),  # rounded, capped at ±5 %
    (600, "exact", 100, (570, 630)),
    (11_000, "over", 1000, (11_000, None)),
    (300, "up_to", 100, (None, 300)),
    (6000, "almost", 1000, (5400, 6000)),
    (800, "about", 100, (760, 840)),
])
def test_claim_interval(value, hedge, resolution, expected):
    lo, hi = claim_interval(value, hedge, resolution)
    assert (lo, hi) == pytest.approx(expected) if None not in expected else (lo, hi) == expected


def test_over_excludes_its_own_bound():
    assert not contains((0.5, None), 0.5, open_low=True)
    assert contains((0.5, None), 0.51, open_low=True)
