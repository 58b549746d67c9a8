"""Property-based tests (Hypothesis): the quantity layer and the date resolver never raise on any text,
and what they return is well formed. Derandomized, so every run tries the same examples."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.dates import months_mentioned, parse_date_phrase
from factcheck.dating import infer_published, statistics_date
from factcheck.quantities import find_quantities

# pieces of the language the layer reads, so random text reaches its patterns and not only its fast path
FRAGMENTS = ["over", "more than", "almost", "nearly", "around", "up to", "between", "and", "to", "-", "–", "/",
             "1", "20", "609", "1,000", "11,000", "2.5", "0.5", "1.5 million", "20k", "£", "£2.5m", "£1bn", "$",
             "%", "per cent", "percentage points", "half", "a third", "two-thirds", "one in four", "three out of five",
             "twenty thousand", "a dozen", "one hundred and five", "doubled", "halved", "second biggest",
             "all-time high", "highest since 2003", "lowest in a decade", "2021/22", "2008-09", "March", "May",
             "31 March 2023", "December 31 2021", "in the last year", "since 2010", "by March 2023", "999", "101",
             "10:00am", "6pm", "No.", "1)", "(", ")", ",", ".", " ", "\n", "officers", "PCSOs", "a", "the", "fell by",
             "rose", "1e309", "9" * 40, "0.000000001", "−", "½", "٣", "¼"]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=30).map("".join),
)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
PROPERTY = settings(max_examples=300, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(texts)
def test_find_quantities_is_total_and_well_formed(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.text == text[q.start:q.end]
        assert math.isfinite(q.value)
        assert q.value_high is None or math.isfinite(q.value_high)
        lo, hi = q.bounds
        assert lo is None or math.isfinite(lo)
        assert hi is None or math.isfinite(hi)
        assert lo is None or hi is None or lo <= hi
        assert q.number_start is None or q.start <= q.number_start <= q.end


@PROPERTY
@given(texts, dates)
def test_date_resolver_is_total_and_well_formed(text, published):
    parsed = parse_date_phrase(text)
    assert parsed is None or (isinstance(parsed[0], dt.date) and parsed[1] in ("day", "month", "year"))
    for start, end, when, precision in months_mentioned(text, published):
        assert 0 <= start < end <= len(text)
        assert isinstance(when, dt.date) and precision in ("day", "month", "year")
    stats = statistics_date(text, published)
    assert stats is None or stats <= published + dt.timedelta(days=31)
    inferred = infer_published(text)
    assert inferred is None or isinstance(inferred, dt.date)
