"""The quantity layer on its own: values, units, hedges, ranges, and what is not a quantity."""

import pytest

from factcheck import find_quantities

CASES = [
    ("fell by 29 in the last year", "29", 29, None, "exact"),
    ("Over 11,000 additional officers", "Over 11,000", 11000, None, "over"),
    ("14.2 per cent of all new officers", "14.2 per cent", 14.2, "percent", "exact"),
    ("a £2.5m campaign", "£2.5m", 2_500_000, "GBP", "exact"),
    ("£100m spent", "£100m", 100_000_000, "GBP", "exact"),
    ("£1bn", "£1bn", 1e9, "GBP", "exact"),
    ("20k officers", "20k", 20_000, None, "exact"),
    ("1.5 million people", "1.5 million", 1_500_000, None, "exact"),
    ("twenty thousand officers", "twenty thousand", 20_000, None, "exact"),
    ("one hundred and five staff", "one hundred and five", 105, None, "exact"),
    ("a dozen forces", "a dozen", 12, None, "exact"),
    ("over half of their allocation", "over half", 0.5, "fraction", "over"),
    ("two-thirds of forces", "two-thirds", 2 / 3, "fraction", "exact"),
    ("one in four officers", "one in four", 0.25, "fraction", "exact"),
    ("3 percentage points", "3 percentage points", 3, "percentage_point", "exact"),
    ("between 500 and 600 officers", "between 500 and 600", 500, None, "range"),
    ("up to 300 officers", "up to 300", 300, None, "up_to"),
    ("almost 6,000 in a year", "almost 6,000", 6000, None, "almost"),
    ("around 800 officers", "around 800", 800, None, "about"),
    ("at least 40 officers", "at least 40", 40, None, "at_least"),
    ("the second biggest fall", "second biggest", 2, "rank", "exact"),
    ("an all-time high of 138,155", "an all-time high", 1, "record", "exact"),
]


@pytest.mark.parametrize("text,surface,value,unit,hedge", CASES)
def test_quantity(text, surface, value, unit, hedge):
    found = find_quantities(text)
    hit = next(q for q in found if q.text == surface)
    assert hit.value == pytest.approx(value)
    assert hit.unit == unit
    assert hit.hedge == hedge
    assert text[hit.start:hit.end] == surface


def test_range_has_high_value_and_bounds():
    (q,) = find_quantities("between 500 and 600 officers")
    assert (q.value, q.value_high, q.bounds) == (500, 600, (500, 600))


@pytest.mark.parametrize("text", [
    "since 2010", "in the 2021/22 financial year", "2008-09", "on 31 March 2003", "December 31 2021",
    "at 6pm", "call 101 or 999 in an emergency", "COVID-19", "date 2022-02-02", "https://example.org/plan_2023_2026.pdf",
])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_year_before_a_counted_noun_is_a_number():
    assert [q.value for q in find_quantities("the force has 2010 officers")] == [2010]
