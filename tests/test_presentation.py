"""Figures as a reader writes them: shares in per cent, ranks in words, no internal ids, right plurals."""

from __future__ import annotations

import datetime as dt

from factcheck.engine.lookups import missing
from factcheck.models import Claim, Document, Report, Verdict, summarise
from factcheck.report.render import claimed_text, official_text, ordinal, render_html


def _claim(kind: str, value: float, official: float, claimed, **extra) -> Claim:
    verdict = Verdict(label="supported", rule="FC001", official=official, official_as_of="2021-03-31",
                      official_measure="fte", claimed=claimed, explanation="Claimed it.")
    return Claim(id="c1", start=0, end=5, surface="12.5%", sentence="", sentence_start=0, value=value,
                 bounds=claimed, kind=kind, metric="police_officers", verdict=verdict, **extra)


def test_a_percentage_change_compared_as_a_fraction_is_written_in_per_cent():
    c = _claim("percentage", 2.9, 0.0294, (0.0285, 0.0295))
    assert official_text(c) == "2.94% (fte, 2021-03-31)" and claimed_text(c) == "2.85% to 2.95%"
    assert official_text(_claim("percentage", 19, -0.196, (0.185, 0.195))).startswith("-19.6%")
    small = _claim("percentage", 0.4, 0.0043, (0.0035, 0.0045))  # a share under one per cent
    assert official_text(small).startswith("0.43%") and claimed_text(small) == "0.35% to 0.45%"
    points = _claim("percentage", 2.9, 3.1, (2.85, 2.95))  # compared in its own units: written as it is
    assert official_text(points).startswith("3.1 ") and claimed_text(points) == "2.85 to 2.95"


def test_a_record_is_a_rank_in_words():
    c = _claim("rank_record", 1, 1, (1, 1))
    assert official_text(c) == "ranks 1st (fte, 2021-03-31)" and claimed_text(c) == "ranks 1st (a record)"
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]


def test_the_reads_as_line_has_words_not_ids():
    c = _claim("rank_record", 1, 1, (1, 1))
    report = Report(factcheck="0", document=Document(source="a.txt", text="12.5% of it", sha256="0" * 64),
                    claims=[c], summary=summarise([c]))
    html = render_html(report)
    assert "rank record of police officers" in html and "police_officers" not in html.split("<main>")[1]


def test_one_date_held_is_said_in_the_singular():
    class Store:
        def dates(self, metric, geography, measure):
            return [dt.date(2023, 3, 31)]

    class Ctx:
        store = Store()

    e = missing(Ctx(), "uplift_recruits", "Dorset", "30 Sep 2023", "headcount")
    assert e.missing == ("no official figure for uplift recruits for Dorset (headcount) at 30 Sep 2023; "
                         "the one figure held is of 31 Mar 2023")
