"""The engine's judgement on sentences written for it: what decides a verdict, and what is never
enough to call a claim wrong."""

import datetime as dt

import pytest

from factcheck.models import Document


@pytest.fixture(scope="module")
def judge(checker):
    def run(text, published=dt.date(2024, 2, 1)):
        doc = Document(source="t.txt", text=text, published=published, sha256="0" * 64)
        return {c.surface: c for c in checker.check(doc).claims}
    return run


def test_a_september_figure_is_never_stood_in_for_by_a_march_one(judge):
    claims = judge("Between September 2022 and September 2023, the number of police officers in Dorset rose by 80.")
    v = claims["rose by 80"].verdict
    assert v.label == "unverifiable" and "30 Sep 2023" in v.explanation


def test_a_contradiction_on_a_guessed_date_is_not_called_wrong(judge):
    v = judge("The commissioner was elected in 2023. Warwickshire Police now have 1,300 officers.",
              published=None)["1,300"].verdict
    assert v.label == "unverifiable" and v.explanation.startswith("Not called wrong, because its date is not stated")


def test_a_figure_known_only_as_reported_never_makes_a_claim_wrong(judge):
    v = judge("Thames Valley Police was allocated 700 officers under the uplift by March 2023.",
              published=dt.date(2023, 6, 1))["700"].verdict
    assert v.label == "unverifiable" and "known here only as reproduced by PA Media" in v.explanation
    assert v.official == 609  # the nearest figure is still given


def test_the_number_of_forces_is_counted_from_the_tables(judge):
    claims = judge("Officer numbers for the 43 English and Welsh forces fell by 4,001 in the year to September 2012.",
                   published=dt.date(2013, 2, 1))
    assert claims["43"].verdict.label == "supported" and claims["43"].verdict.rule == "FC015"
    # forces that rose or fell are counted over every force's figures; "the nine forces that …" is neither
    claims = judge("Twenty forces saw officer numbers fall in the year to March 2018.", published=dt.date(2018, 8, 1))
    assert claims["Twenty"].verdict.rule == "FC013"
    claims = judge("The nine forces that lost officers are all in the north.", published=dt.date(2018, 8, 1))
    assert claims["nine"].verdict.label != "contradicted"


def test_a_figure_the_same_at_every_date_needs_no_date(judge):
    """An article with no date at all: the count of forces is one value at every date held, so it is
    judged, saying so; a workforce that changes with time is not."""
    claims = judge("All 43 territorial police forces in England and Wales replied.", published=None)
    v = claims["43"].verdict
    assert v.label == "supported" and "at every one of the" in v.explanation
    v = judge("Cumbria Constabulary has 1,300 officers.", published=None)["1,300"].verdict
    assert v.label == "unverifiable"


def test_a_target_due_by_a_phase_is_checked_against_that_phase(judge):
    claims = judge("The first tranche of 6,000 officers is due by March 2021.", published=dt.date(2019, 11, 1))
    v = claims["6,000"].verdict
    assert v.label == "supported" and v.official == 6000 and "tranche" in v.explanation


def test_a_level_far_from_the_official_one_counts_something_else(judge):
    claims = judge("Suffolk Constabulary had 54 officers at 31 March 2021.", published=dt.date(2021, 8, 1))
    v = claims["54"].verdict
    assert v.label == "unverifiable" and "count of something else" in v.explanation
    # a level near the official figure but wrong is still called wrong
    claims = judge("Suffolk Constabulary had 1,400 officers at 31 March 2021.", published=dt.date(2021, 8, 1))
    assert claims["1,400"].verdict.label == "contradicted"


def test_a_record_over_a_span_and_a_change_of_a_rank(judge):
    claims = judge("There are 320 fewer constables in Nottinghamshire than in 2010.", published=dt.date(2018, 8, 1))
    assert claims["320 fewer"].verdict.rule == "FC002" and claims["320 fewer"].verdict.label == "supported"
    claims = judge("Nationally, officer numbers at the end of March 2018 were at their lowest level in two years.",
                   published=dt.date(2018, 7, 20))
    v = claims["lowest level in two years"].verdict
    assert v.rule == "FC008" and "since 31 Mar 2016" in v.explanation


def test_an_undated_article_quoting_a_first_published_figure_is_judged_on_that_edition(judge):
    """11,809 PCSOs is September 2015's count as first published (a later edition revised it to
    11,817): the article was written before that revision, and its change is judged on the figures
    out then, not on the revised ones."""
    claims = judge("There were 11,809 PCSOs in England and Wales at the end of September 2015, new figures show. "
                   "That is 960 fewer than a year earlier.", published=None)
    assert claims["11,809"].verdict.label == "supported"
    assert claims["960 fewer"].verdict.label == "supported"
    assert "11,809.44 − 12,769.59" in claims["960 fewer"].verdict.arithmetic


def test_the_edition_an_undated_article_read_is_said_in_its_dating(checker):
    text = "There were 11,809 PCSOs in England and Wales at the end of September 2015, new figures show."
    dating = checker.check(Document(source="t.txt", text=text, published=None, sha256="0" * 64)).dating
    assert dating.read_before == dt.date(2017, 1, 25)
    assert any("first published" in line and "11,817.23" in line for line in dating.evidence)


def test_a_change_since_an_event_counts_from_the_snapshot_before_it_in_an_undated_article(judge):
    """An undated article's "since the Coalition came to power" runs from May 2010, a month with no
    snapshot: it is counted from the last one before (31 March 2010), not left unverifiable."""
    claims = judge("Surrey Police has 1,882 officers, new figures show. "
                   "The force has lost 8 officers since the Coalition came to power.", published=None)
    change = claims["lost 8"]
    assert change.period.start.iso == "2010-05" and change.verdict.label == "supported"
    assert "31 Mar 2010 to 31 Mar 2019" in change.verdict.arithmetic


def test_a_level_between_its_headcount_and_fte_is_not_called_wrong(judge):
    """Police staff, 31 March 2010: 86,763 headcount, 79,596 FTE. A figure between them may be a count
    on another definition; one above both is wrong."""
    between = judge("In March 2010 there were 83,843 police staff in England and Wales.", dt.date(2019, 8, 1))
    assert between["83,843"].verdict.label == "unverifiable"
    assert "lies between the official headcount (86,763) and fte" in between["83,843"].verdict.explanation
    above = judge("In March 2010 there were 90,843 police staff in England and Wales.", dt.date(2019, 8, 1))
    assert above["90,843"].verdict.label == "contradicted"
