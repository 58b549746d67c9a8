"""The fuzz run (`python -m pytest -m fuzz`, left out of the default run for its length): 100,000
generated texts through `find_quantities` and 3,000 documents through the full check, dated and undated,
with no exception and the invariants held. Derandomized: every run tries the same cases."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.models import Document
from factcheck.quantities import find_quantities
from test_properties import FRAGMENTS, texts

pytestmark = [pytest.mark.fuzz, pytest.mark.slow]

# whole sentences of the domain around the fragments, so the claim reader and the engine are reached
SENTENCES = ["Thames Valley Police has 4,957 officers.", "Officer numbers fell by 29 in the last year.",
             "Kent recruited 300 of its 400 allocation, over half.", "PCSOs were cut by 27.8% since 2015.",
             "The Home Secretary said 20,000 officers will be recruited by March 2023.",
             "There are 43 forces in England and Wales.", "\"We have lost 750 officers since 2010,\" she said."]
documents = st.tuples(
    st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(FRAGMENTS), st.text(max_size=20)),
             max_size=25).map(" ".join),
    st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))),
)
FUZZ = dict(derandomize=True, deadline=None, database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@settings(max_examples=100_000, **FUZZ)
@given(texts)
def test_find_quantities_on_100000_texts(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text) and q.text == text[q.start:q.end]
        assert math.isfinite(q.value) and (q.value_high is None or math.isfinite(q.value_high))
        lo, hi = q.bounds
        assert lo is None or hi is None or lo <= hi


@settings(max_examples=3_000, **FUZZ)
@given(documents)
def test_the_full_check_on_3000_documents(checker, document):
    text, published = document
    if not text.strip():
        return
    report = checker.check(Document(source="fuzz", text=text, published=published, sha256="0" * 64))
    for c in report.claims:
        assert 0 <= c.start < c.end <= len(text) and c.surface == text[c.start:c.end]
        assert math.isfinite(c.value) and c.verdict is not None and c.verdict.label != "error"
        assert c.period is None or c.period.start is None or c.period.start.last_day() <= c.period.end.last_day()
