"""Dates an article names or implies: release calendars, undated articles, months without a year."""

import datetime as dt

from factcheck.dates import months_mentioned
from factcheck.dating import ReleaseCalendar, infer_published

D = dt.date

# Home Office releases as the reference data records them: 31 March figures in late July,
# 30 September figures in late January
WORKFORCE = ReleaseCalendar([
    (D(2015, 9, 30), D(2016, 1, 28)), (D(2016, 9, 30), D(2017, 1, 26)), (D(2017, 9, 30), D(2018, 1, 25)),
    (D(2022, 3, 31), D(2022, 7, 27)), (D(2023, 3, 31), D(2023, 7, 26)), (D(2024, 3, 31), D(2024, 7, 24)),
])


def test_calendar_learns_the_regular_months_and_lag():
    assert WORKFORCE.months == (3, 9)
    assert 110 <= WORKFORCE.lag.days <= 125


def test_latest_release_is_known_or_estimated():
    assert WORKFORCE.latest(D(2024, 10, 14)) == D(2024, 3, 31)  # known: out on 24 July 2024
    assert WORKFORCE.latest(D(2024, 7, 1)) == D(2023, 9, 30)  # 2024-03 not out yet; Sept 2023 by the lag
    assert WORKFORCE.latest(D(2006, 3, 23)) == D(2005, 9, 30)  # no release recorded: the typical lag


def test_a_release_of_old_figures_is_not_a_release_date():
    # a parliamentary answer in 2007 reprinting 2003 figures says nothing about when they first appeared
    cal = ReleaseCalendar([(D(2003, 3, 31), D(2007, 11, 26))])
    assert cal.known == {}


def test_figures_of_unknown_publication_make_the_latest_uncertain():
    cal = ReleaseCalendar([(D(2021, 3, 31), D(2021, 4, 29)), (D(2021, 6, 30), D(2021, 7, 28))],
                          unknown=[D(2021, 12, 31)])
    assert cal.latest(D(2021, 11, 1)) == D(2021, 6, 30)
    assert cal.latest(D(2022, 2, 2)) is None


def test_undated_article_is_after_the_figures_it_cites():
    text = "The force had 1,343 officers in September 2014. It expects to recruit 320 by March 2016."
    assert infer_published(text, WORKFORCE) == D(2014, 9, 30) + WORKFORCE.lag


def test_plans_and_deadlines_do_not_date_an_article():
    text = ("Officer numbers rose between September 2022 and September 2023. "
            "Between then and March 2024 the force is set to employ 106 more. A campaign will launch in 2024.")
    assert infer_published(text).replace(day=1) == D(2023, 9, 1)


def test_past_perfect_by_is_the_past():
    assert infer_published("By the end of December 2021, forces had recruited 11,048 officers.") == D(2021, 12, 31)


def test_a_financial_year_and_a_comparison_move_the_date_on():
    assert infer_published("The most recent figures for 2018-19 show 1,135 officers.") == D(2019, 3, 31)
    assert infer_published("In March there were 2,597 officers, a drop of 70 on March 2017.") == D(2018, 3, 31)
    assert infer_published("In 2010 the force had 4,500 officers; eight years of cuts later it has 3,500.") \
        == D(2018, 1, 1)


def test_a_comparison_with_a_year_alone_is_made_a_year_later_at_least():
    # the start of a comparison is the past of the figures compared with it
    assert infer_published("Officer numbers in the county have risen by 800 since 2019.") == D(2020, 1, 1)
    assert infer_published("The force now has 3,400 officers, up from 2,900 in 2019.") == D(2020, 1, 1)
    assert infer_published("There are 600 fewer officers than there were in 2010.") == D(2011, 1, 1)
    # with a month, the comparison can be with an earlier release of the same year
    assert infer_published("Numbers have risen since March 2019.") < D(2020, 1, 1)


def test_today_with_a_day_and_month_fixes_the_day():
    text = "In 2006 the ratio rose. The chief constable said today, 23 June, that demand was high."
    assert infer_published(text) == D(2006, 6, 23)
    assert infer_published("In 2016 there were 4,624 officers. The force said today (23 June) it was stretched.") \
        == D(2016, 6, 23)


def test_months_without_a_year():
    found = months_mentioned("1,426 at the end of 2013 and 1,324 at the end of last year", D(2015, 1, 24))
    assert [d for _, _, d, _ in found] == [D(2013, 12, 31), D(2014, 12, 31)]
    # "by September" looks ahead in a plan, back in what had happened
    plan = months_mentioned("The force will recruit 50 officers by September.", D(2024, 1, 24))
    done = months_mentioned("19 had been recruited by September.", D(2024, 1, 24))
    assert plan[0][2] == D(2024, 9, 30) and done[0][2] == D(2023, 9, 30)
