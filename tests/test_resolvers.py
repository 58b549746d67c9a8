"""Each resolver of the claim reader on sentences written for it: what a number counts, where, when,
and whether the reading is the number's own or only a guess."""

import datetime as dt

from conftest import one


def test_a_national_adjective_is_not_a_place(extract):
    claims = extract("Suffolk Constabulary had 1,168 officers when national recruitment began in March 2020 – "
                     "compared to 1,246 in March 2010.", published=dt.date(2021, 1, 28))
    assert one(claims, "1,246").geography == "Suffolk"
    # a national word in the number's own clause still places it
    claims = extract("Nationally, there were 143,734 officers in March 2010.", published=dt.date(2011, 1, 1))
    assert one(claims, "143,734").geography == "England and Wales"


def test_a_count_of_forces_is_national_when_no_place_is_named(extract):
    claims = extract("Nine forces saw their officer numbers fall last year, the figures show.")
    assert one(claims, "Nine").geography == "England and Wales"
    assert one(claims, "Nine").read["geography"] == "context"


def test_a_sentence_that_is_an_ellipsis_of_the_one_before_takes_its_place(extract):
    claims = extract("Kent Police has 3,900 officers. Kent lost staff too. There are 9,000 fewer police staff in England "
                     "and Wales than in 2010. And 1,100 fewer than this time last year.", published=dt.date(2016, 1, 28))
    assert one(claims, "1,100 fewer").geography == "England and Wales"
    claims = extract("Kent Police has 3,900 officers. Kent lost staff too. There are 9,000 fewer police staff in England "
                     "and Wales than in 2010. And the force has 1,100 fewer than last year.", published=dt.date(2016, 1, 28))
    assert one(claims, "1,100 fewer").geography == "Kent"  # a subject of its own: "the force"


def test_an_article_that_names_no_place_is_about_the_nation(extract):
    claims = extract("Cutting 700 neighbourhood officers is reckless. Some 2,100 officers have gone since 2010.",
                     published=dt.date(2018, 8, 1))
    assert {one(claims, s).geography for s in ("700", "Some 2,100")} == {"England and Wales"}
    # one place named anywhere: a number the text does not place stays unplaced
    claims = extract("Cutting 700 neighbourhood officers is reckless. Kent is worried.", published=dt.date(2018, 8, 1))
    assert one(claims, "700").geography is None


def test_a_level_with_no_date_in_a_dated_article_is_read_from_the_reporting_context(extract):
    claims = extract("Cumbria Constabulary has 1,391 officers.", published=dt.date(2023, 8, 1))
    assert one(claims, "1,391").read["period"] == "context"
    # with no date for the article, the same reading is only a guess
    claims = extract("Cumbria Constabulary has 1,391 officers, up 60 since 2019.", published=None)
    assert one(claims, "up 60").read["period"] == "default"


def test_a_level_said_to_be_current_is_the_reported_release_not_another_date_of_its_sentence(extract):
    claims = extract("Figures show Essex Police currently has 2,965 officers, 641 fewer than in March 2010.",
                     published=dt.date(2016, 1, 28))
    assert one(claims, "2,965").as_of != "2010-03"
    claims = extract("The latest headcount of 1,224 officers is short of the numbers recorded in 2010.",
                     published=dt.date(2021, 1, 28))
    assert one(claims, "1,224").as_of != "2010"


def test_a_date_that_opens_the_clause_dates_its_level(extract):
    claims = extract("In 2010 the force had 973 officers and the previous high was 1,051 in March 2007.",
                     published=dt.date(2024, 10, 1))
    assert one(claims, "973").as_of == "2010"
    assert one(claims, "1,051").as_of == "2007-03"


def test_fewer_than_in_a_year_is_a_change_from_then(extract):
    claims = extract("Essex Police has 2,965 officers, 641 fewer than there were in 2010.", published=dt.date(2016, 1, 28))
    assert one(claims, "641 fewer").as_of.startswith("2010/")
    claims = extract("There are 1,000 more officers than in March 2019.", published=dt.date(2023, 5, 1))
    assert one(claims, "1,000 more").as_of.startswith("2019-03/")


def test_a_change_since_a_public_event_runs_from_its_date(checker):
    from factcheck.models import Document

    doc = Document(source="t.txt", text="Cumbria Constabulary has lost 110 officers since the last general election.",
                   published=dt.date(2013, 2, 1), sha256="0" * 64)
    claim = next(c for c in checker.check(doc).claims if c.value == 110)
    assert claim.as_of.startswith("2010-05/") and claim.read["period"] == "context"
    # the engine counts from the last official snapshot before the event
    assert claim.verdict.official_as_of.startswith("2010-03-31/")
    doc = doc.model_copy(update={"text": "PCSO numbers have dropped by 28 per cent since the Coalition government came "
                                         "into power.", "published": dt.date(2014, 6, 1)})
    claim = next(c for c in checker.check(doc).claims if c.value == 28)
    assert claim.as_of.startswith("2010-05/")


def test_a_number_joined_to_a_word_counts_that_word(extract):
    claims = extract("Residents were asked about a move to a 5-area Force command structure.")
    assert one(claims, "5").metric == "other" and not one(claims, "5").checkable


def test_the_forces_of_the_nation_are_a_fact_whatever_the_clause_plans(extract):
    claims = extract("He said that together the 43 forces in England and Wales could save more than £800 million.",
                     published=dt.date(2009, 5, 14))
    forces = one(claims, "43")
    assert (forces.kind, forces.metric, forces.geography, forces.checkable) == \
        ("count", "police_forces", "England and Wales", True)
    # a planned number of forces stays a plan
    claims = extract("The plan could cut the number of forces from 43 to about 24.", published=dt.date(2006, 3, 23))
    assert not one(claims, "about 24").checkable
    # a force named in the sentence does not make the number of forces that force's
    claims = extract("Hertfordshire has the fifth lowest crime rate among all the 43 police force areas.")
    assert one(claims, "43").geography == "England and Wales"


def test_the_part_counts_what_the_whole_counts(extract):
    claims = extract("By the end of December 2021, forces had recruited 11,048 of the 20,000 additional police officers.")
    assert one(claims, "11,048").metric == "uplift_recruits"


def test_a_deadline_of_another_clause_is_another_figures(extract):
    claims = extract("The campaign to recruit 20,000 additional officers over three years is ahead of schedule, with "
                     "the 54 officers promised for Suffolk by March already in place.", published=dt.date(2021, 1, 28))
    assert one(claims, "20,000 additional").as_of == "2023-03"


def test_a_change_noun_after_the_number_makes_it_a_change(extract):
    claims = extract("There has also been a 1,893 fall in police officer numbers since this time last year.")
    c = one(claims, "1,893 fall")
    assert (c.kind, c.direction) == ("change", "down")


def test_a_sentence_that_goes_on_takes_the_period_of_the_change_before(extract):
    claims = extract("Officer numbers fell by 1,893 in the year to September 2015. There were also 960 fewer PCSOs.",
                     published=dt.date(2016, 1, 28))
    assert one(claims, "960 fewer").as_of == one(claims, "fell by 1,893").as_of == "2014-09/2015-09"


def test_a_change_compared_with_a_month_and_its_elided_twin(extract):
    claims = extract("Officer numbers have decreased by 4,001 officers compared with September 2011 and have decreased "
                     "by 2,262 compared with March 2012 across the 43 forces.", published=dt.date(2013, 1, 31))
    first, second = one(claims, "decreased by 4,001"), one(claims, "decreased by 2,262")
    assert first.as_of.startswith("2011-09/") and second.as_of.startswith("2012-03/")
    # the clause that leaves out its subject counts what the first counts, not the nearest noun ("forces")
    assert second.metric == first.metric == "police_officers"
    # the start of a comparison is not the month of the statistics the article reports
    assert first.period.end.iso == second.period.end.iso != "2012-03"


def test_an_event_an_undated_article_counts_from_dates_it(checker):
    from factcheck.models import Document

    doc = Document(source="t.txt", text="PCSO numbers in Hertfordshire have dropped by 28 per cent since the Coalition "
                                        "government came into power.", sha256="0" * 64)
    _, dating = checker.read(doc)
    assert dating is not None and dating.earliest >= dt.date(2010, 5, 11)


def test_a_change_compared_with_an_average_is_the_same_change_elsewhere(extract):
    claims = extract("In Essex, officer numbers increased by 10% since 2004 compared with a national average of less "
                     "than 2%.", published=dt.date(2009, 5, 14))
    avg = one(claims, "less than 2%")
    assert (avg.direction, avg.geography, avg.as_of) == ("up", "England and Wales", one(claims, "increased by 10%").as_of)


def test_constables_are_the_rank_and_special_constables_the_volunteers(extract, checker):
    claims = extract("The number of constables fell by 320 last year.", published=dt.date(2019, 8, 1))
    assert one(claims, "fell by 320").metric == "police_constables"
    from factcheck.models import Document

    doc = Document(source="t.txt", text="There were 722 fewer Special Constables (a 4.3% drop) in the year.",
                   published=dt.date(2016, 1, 28), sha256="0" * 64)
    assert {c.metric for c in checker.claims(doc) if c.value in (722, 4.3)} == {"special_constables"}


def test_a_programme_is_not_read_into_an_article_written_before_it(extract):
    before = extract("The police service could recruit 20,000 extra officers within the next few years.",
                     published=dt.date(2009, 5, 14))
    assert one(before, "20,000 extra").metric != "uplift_target" and not one(before, "20,000 extra").checkable
    after = extract("The government will recruit 20,000 extra officers by March 2023.", published=dt.date(2019, 10, 1))
    assert one(after, "20,000 extra").metric == "uplift_target"


def test_a_figure_far_beyond_the_force_an_article_is_about_is_national(extract):
    text = ("Essex Police has 2,965 officers. Essex lost 641 officers since 2010. "
            "There has also been a 1,893 fall in police officer numbers since this time last year.")
    scale = {("police_officers", "Essex"): (3700.0, 800.0)}
    from factcheck.claims import ClaimExtractor
    from factcheck.reference.gazetteer import Gazetteer
    from factcheck.reference.store import DEFAULT_DIR
    from factcheck.reference.vocabulary import Vocabulary
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factcheck_quantities")
    extractor = ClaimExtractor(Vocabulary.load(DEFAULT_DIR / "metrics.yaml"), Gazetteer.load(DEFAULT_DIR / "gazetteer.csv"),
                               scale_of_forces=scale)
    from factcheck.models import Document

    doc = Document(source="-", text=text, published=dt.date(2016, 1, 28), sha256="0" * 64)
    parsed = nlp(text)
    claims = extractor.extract(doc, parsed, parsed._.quantities)
    assert one(claims, "1,893 fall").geography == "England and Wales"
    assert one(claims, "lost 641").geography == "Essex"


def test_records_over_a_span_of_years(extract):
    claims = extract("Police numbers in West Mercia have fallen to an 11-year low. Nationally, officer numbers are at "
                     "their lowest level in two years.", published=dt.date(2018, 7, 20))
    low = one(claims, "an 11-year low")
    assert (low.kind, low.value, low.unit) == ("rank_record", 11, "record")
    assert one(claims, "lowest level in two years").value == 2


def test_forces_that_did_something_are_counted_and_a_level_down_from_shares_the_place(extract):
    claims = extract("Nine forces lost officers in the year to March 2018.", published=dt.date(2018, 7, 20))
    assert (one(claims, "Nine").kind, one(claims, "Nine").geography) == ("count", "England and Wales")
    claims = extract("West Mercia Police is smaller now. The force had 2,014 officers at the end of March 2018, down "
                     "from 2,400 in 2010.", published=dt.date(2018, 7, 20))
    assert one(claims, "2,400").geography == "West Mercia"


def test_a_date_another_number_stands_nearer_is_that_numbers(extract):
    claims = extract("Home Office figures for March 2025 were published on Wednesday. "
                     "The Metropolitan Police had 33,293 officers, down from 34,000 in March 2024.",
                     published=dt.date(2025, 7, 24))
    assert one(claims, "34,000").as_of == "2024-03" and one(claims, "33,293").as_of == "2025-03"


def test_the_level_a_change_started_from_after_its_percentage(extract):
    claims = extract("There were 146,442 officers as at March 31 2025, down 1,304 or 0.9% from 147,746 a year earlier.",
                     published=dt.date(2025, 7, 24))
    assert one(claims, "147,746").as_of == "2024-03"


def test_a_number_of_many_does_not_count_a_singular_noun_after_the(extract):
    """"262 who worked for the force": the force is one; what 262 counts is the PCSOs before it."""
    claims = extract("There are now 190 PCSOs working for the constabulary, compared to 262 who worked for the force in 2010.")
    assert one(claims, "262").metric == "pcsos"


def test_a_collective_noun_after_the_still_counts_many(extract):
    claims = extract("Ministers say there are 3,000 more, which will please the police.")
    assert one(claims, "3,000 more").metric == "police_officers"


def test_a_change_and_the_level_it_reached_are_two_claims(extract):
    """"fell by 120 to 2,400": the change, and the level at its end, not one range from 120 to 2,400;
    a level reached is a number even when it looks like a year ("to 1899")."""
    claims = extract("Figures for March 2025 were published on Thursday. The number of police officers in Kent "
                     "fell by 120 to 2,400 in the year to March 2025, and in Essex by over 200 to 1899.")
    assert one(claims, "fell by 120").as_of == "2024-03/2025-03"
    assert one(claims, "2,400").kind == "count" and one(claims, "2,400").as_of == "2025-03"
    assert any(c.value == 1899 for c in claims)


def test_a_range_after_by_with_its_unit_written_once_stays_a_range(extract):
    claims = extract("Officer numbers are expected to rise by 10 to 20 per cent.")
    assert one(claims, "rise by 10 to 20 per cent").value_high == 20


def test_a_level_over_the_same_period_is_as_at_its_end_or_its_start(extract):
    claims = extract("Between March 2010 and March 2019 the force lost 300 officers. Over the same period the "
                     "number of police staff fell from 2,500 to 2,100.")
    assert one(claims, "2,500").as_of == "2010-03" and one(claims, "2,100").as_of == "2019-03"


def test_a_by_date_already_past_is_no_plan(extract):
    """"as low as 1,092 by March 2018" in a 2020 article is a past level; "by March 2026" is a plan."""
    claims = extract("The force had 1,168 officers in March 2020, and as low as 1,092 by March 2018.",
                     published=dt.date(2020, 6, 1))
    assert one(claims, "1,092").kind == "count" and one(claims, "1,092").checkable
    claims = extract("The force will have 1,300 officers by March 2026.", published=dt.date(2020, 6, 1))
    assert one(claims, "1,300").kind == "target"


def test_a_past_change_after_despite_is_no_plan(extract):
    claims = extract("Under the formula Surrey would gain 258 officers despite losing 80 officers since 2010.",
                     published=dt.date(2019, 8, 1))
    assert one(claims, "losing 80").kind == "change" and one(claims, "losing 80").checkable


def test_a_new_subject_after_and_starts_a_clause(extract):
    """"… have been lost since 2010 and cuts on this scale are going to …": the future is the cuts'."""
    claims = extract("Over 3,000 police officers have been lost since 2010 and cuts on this scale are going to hurt.",
                     published=dt.date(2018, 8, 1))
    assert one(claims, "Over 3,000").kind == "change" and one(claims, "Over 3,000").checkable


def test_a_share_over_the_next_years_is_a_plan_due_at_the_programmes_end(extract):
    """"over the next 3 years", written in October 2019, is the uplift's March 2023; five years is not."""
    claims = extract("Our share of the national 20,000 over the next 3 years is not yet known.",
                     published=dt.date(2019, 10, 10))
    assert one(claims, "20,000").kind == "target" and one(claims, "20,000").as_of == "2023-03"
    claims = extract("The government will recruit 20,000 extra officers over the next five years.",
                     published=dt.date(2019, 10, 10))
    assert one(claims, "20,000 extra").as_of == "2019/2024"


def test_a_change_given_again_with_a_period_is_over_that_period_as_a_guess(extract):
    """A headline's "lost more than 600" is the body's "641 fewer than in 2010"; a guess, never red."""
    claims = extract("Essex has lost more than 600 officers.\n\nEssex Police has 2,965 officers, 641 fewer officers "
                     "than there were in 2010. Kent has lost 90 officers.", published=dt.date(2015, 11, 1))
    headline, body = one(claims, "lost more than 600"), one(claims, "641 fewer")
    assert headline.as_of == body.as_of and headline.as_of.startswith("2010")
    assert headline.read["period"] == "default"
    assert not (one(claims, "lost 90").as_of or "").startswith("2010")  # not the same comparison


def test_a_number_lost_since_a_date_is_a_past_change_whatever_the_clause_plans(extract):
    """"… to replace the 750 officers lost since 2010": the loss happened; the replacing is the plan."""
    claims = extract("We call on the Government to replace the 750 officers lost since 2010.", published=dt.date(2019, 8, 1))
    assert one(claims, "750").kind == "change" and one(claims, "750").checkable
    claims = extract("We will recruit 100 officers to replace those lost since 2010.", published=dt.date(2019, 8, 1))
    assert one(claims, "100").kind == "target"


def test_a_change_that_could_happen_is_a_hypothetical_not_a_statistic(extract):
    claims = extract("The plan may mean a 5% increase in staff numbers. "
                     "Officer numbers fell by 200 last year, and staff numbers rose by 5% the year before.")
    may = claims[0]
    assert (may.kind, may.checkable, may.reason) == ("percentage", False, "a hypothetical")
    assert one(claims, "fell by 200").checkable and one(claims, "rose by 5%").checkable


def test_a_number_a_clause_plans_or_has_money_for_is_not_yet_a_statistic(extract):
    claims = extract("The force planned to bring its number of officers to 2,300 by the end of the year. "
                     "There is enough money to employ an additional 40 PCSOs. "
                     "The force had 2,300 officers in March and 40 more PCSOs than a year before.")
    planned, money = claims[0], claims[1]
    assert not planned.checkable and not money.checkable
    assert money.reason == "a plan, not an official statistic"
    assert one(claims, "40 more").checkable
