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
    ("two dozen new PCSOs", "two dozen", 24, None, "exact"),
    ("half a million pounds", "half a million", 500_000, None, "exact"),
    ("two thirds of a million calls", "two thirds of a million", 2_000_000 / 3, None, "exact"),
    ("three and a half years", "three and a half", 3.5, "year", "exact"),
    ("one million and a half residents", "one million and a half", 1_500_000, None, "exact"),
    ("two point four million people", "two point four million", 2_400_000, None, "exact"),
    ("a ⅓ share", "⅓", 1 / 3, "fraction", "exact"),
    ("seven-eighths of forces", "seven-eighths", 7 / 8, "fraction", "exact"),
    ("a budget of 48.5 MGBP", "48.5 MGBP", 48_500_000, "GBP", "exact"),
    ("GBP 350 per officer", "GBP 350", 350, "GBP", "exact"),
    ("it costs 20 dollars 43 cents", "20 dollars 43 cents", 20.43, "USD", "exact"),
    ("a fine of £3 and 50p", "£3 and 50p", 3.5, "GBP", "exact"),
    ("a 10 grand bonus", "10 grand", 10_000, "GBP", "exact"),
    ("5,000 or more volunteers", "5,000 or more", 5000, None, "at_least"),
    ("about 500 or fewer", "500 or fewer", 500, None, "at_most"),
    ("lower than 7 per cent", "lower than 7 per cent", 7, "percent", "under"),
    ("4 thousand 3 hundred and 21 officers", "4 thousand 3 hundred and 21", 4321, None, "exact"),
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


def test_or_more_than_is_not_a_post_hedge():
    found = find_quantities("scores of 200 or more than 190")
    assert [(q.value, q.hedge) for q in found] == [(200, "exact"), (190, "over")]


def test_a_percentage_then_an_amount_is_not_a_range():
    found = find_quantities("down 0.6% to 309,381 homes")
    assert [(q.value, q.unit, q.value_high) for q in found] == [(0.6, "percent", None), (309381, None, None)]


def test_year_before_a_counted_noun_is_a_number():
    assert [q.value for q in find_quantities("the force has 2010 officers")] == [2010]


def test_readme_example_is_true():
    import doctest
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    example = readme.split("### The quantity layer on its own", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    test = doctest.DocTestParser().get_doctest(example, {}, "README", "README.md", 0)
    result = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE).run(test)
    assert result.attempted and not result.failed


def test_a_grand_total_is_not_a_thousand_pounds():
    found = find_quantities("a grand total of 5,000 officers, and a bonus of 2 grand a year")
    assert [(q.text, q.value, q.unit) for q in found] == [("5,000", 5000, None), ("2 grand", 2000, "GBP")]


def test_a_change_then_the_level_it_reached_are_two_quantities():
    assert [q.text for q in find_quantities("numbers fell by 120 to 2,400")] == ["120", "2,400"]
    assert [q.text for q in find_quantities("officers have fallen by over 200 to 1899.")] == ["over 200", "1899"]
    assert [q.text for q in find_quantities("numbers rose from 1,380 to 1460 last year")] == ["1,380", "1460"]
    assert [q.text for q in find_quantities("the plan was cut by 200 officers to 2019")] == ["200"]
    assert [q.hedge for q in find_quantities("expected to rise by 10 to 20 per cent")] == ["range"]
