"""The typed period: a date as precisely as written, a period that cannot end before it starts, and
how each claim's date was read (its own words, the reporting context, or a guess)."""

import datetime as dt

import pytest
from conftest import one

from factcheck.models import Period, When


@pytest.mark.parametrize("as_of,start,end", [
    ("2023", None, dt.date(2023, 12, 31)),
    ("2023-03", None, dt.date(2023, 3, 31)),
    ("2024-02", None, dt.date(2024, 2, 29)),
    ("2023-03-31", None, dt.date(2023, 3, 31)),
    ("2010-03/2023-09", dt.date(2010, 3, 31), dt.date(2023, 9, 30)),
    ("2010/2019-03", dt.date(2010, 12, 31), dt.date(2019, 3, 31)),
])
def test_a_period_reads_and_writes_as_json_does(as_of, start, end):
    p = Period.parse(as_of)
    assert p.as_of == as_of and p.end.last_day() == end
    assert (p.start.last_day() if p.start else None) == start


@pytest.mark.parametrize("bad", ["2002/2001", "2023-09/2023-03", "2023-13", "2023-02-30", "March 2023"])
def test_an_inverted_or_impossible_period_is_an_error_where_it_is_made(bad):
    with pytest.raises(ValueError):
        Period.parse(bad)


def test_precision_follows_what_was_written():
    assert [When.parse(s).precision for s in ("2023", "2023-03", "2023-03-31")] == ["year", "month", "day"]


def test_a_reading_that_would_end_before_it_starts_gives_way_to_the_next(extract):
    claims = extract("Cumbria's officer numbers rose by 50 between 2012 and 2011, the force said.")
    period = one(claims, "rose by 50").period
    assert period is None or period.start is None or period.start.last_day() <= period.end.last_day()


def test_how_a_date_was_read(extract):
    claims = extract("Cumbria had 1,200 officers in March 2021. It now has 1,391 officers.", published=dt.date(2023, 8, 1))
    assert one(claims, "1,200").period.how == "stated"
    # no date of its own: the figure reads as of the article, a guess until the release calendar says more
    assert one(claims, "1,391").period.how in ("context", "default")

