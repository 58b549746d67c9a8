"""Dating an undated article by the official figures it quotes, on the shipped reference data and a
blank English pipeline (sentencizer + our quantity component)."""

import datetime as dt

import pytest
import spacy

import factcheck.nlp  # noqa: F401  registers the factcheck_quantities component
from factcheck.dating.figures import distinctive
from factcheck.models import Document
from factcheck.report.render import render_text, to_json


@pytest.fixture(scope="module")
def read(checker):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factcheck_quantities")

    def run(text, published=None):
        doc = Document(source="-", text=text, published=published, sha256="0" * 64)
        return checker.read(doc, nlp(text))

    return run


def test_only_distinctive_whole_numbers_date_anything():
    assert [distinctive(v) for v in (338, 2415, 1450, 11053)] == [True] * 4
    assert [distinctive(v) for v in (300, 20000, 99, 2415.5, 1500)] == [False] * 5


def test_a_quoted_figure_dates_an_undated_article(read):
    # Kent's uplift recruits at 31 March 2023 are 532 in the reference data (PA's table of the Home
    # Office release of 26 April 2023); the text alone says no later than 2019
    claims, dating = read("Kent Police said today (3 May) that an extra 532 officers have been recruited "
                          "since the uplift began in 2019.")
    assert dating.basis == "figures" and dating.earliest == dt.date(2023, 5, 3)  # "today (3 May)" after March 2023
    assert dating.figures_as_at == dt.date(2023, 3, 31)
    assert len(dating.evidence) == 1 and "“an extra 532”" in dating.evidence[0] and "Kent" in dating.evidence[0]
    c = next(c for c in claims if c.value == 532)
    assert c.as_of == "2019/2023-03"  # read again as reporting the March 2023 statistics


def test_a_figure_of_another_stated_date_or_a_round_one_does_not(read):
    _, dating = read("In March 2019 Kent had recruited 532 officers.")
    assert dating is None or dating.basis == "text"  # the sentence dates it to 2019, the figure is of 2023
    _, dating = read("Essex has recruited 500 extra officers since 2019.")  # Essex's 500 is round
    assert dating is None or dating.basis == "text"


def test_a_dated_article_is_not_redated(read):
    claims, dating = read("Kent Police has recruited an extra 532 officers.", published=dt.date(2021, 6, 1))
    assert dating is None


def test_the_report_says_what_dated_it(checker, read):
    text = "Kent Police said that an extra 532 officers have been recruited since the uplift began in 2019."
    doc = Document(source="-", text=text, sha256="0" * 64)
    report = checker.check(doc)
    assert to_json(report)["dating"]["basis"] == "figures"
    out = render_text(report)
    assert "taken as on or after 2023-03-31, by the official figures it quotes" in out and "Kent" in out


def test_an_allocation_does_not_date_an_article_to_its_deadline(read):
    # Thames Valley's uplift allocation is 609 "by March 2023"; articles quoted it from 2019 on
    _, dating = read("Thames Valley Police will get 609 more officers under the uplift programme.")
    assert dating is None or dating.basis == "text"


def test_no_dev_article_is_dated_by_its_figures_after_it_appeared(checker, shared):
    """Every article of the development set, read without its date: the figures it quotes may place
    it later than its text does, but never after the day it appeared (or the annotators' inference)."""
    import json

    from factcheck.nlp import load_pipeline

    nlp, dated = load_pipeline(), []
    for path in sorted((shared / "dev" / "corpus").glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
        gold = json.loads((shared / "dev" / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        appeared = gold.get("date") or gold.get("date_inferred")
        _, dating = checker.read(Document(source=path.name, text=body, sha256="0" * 64), nlp(body))
        if dating and dating.basis == "figures":
            dated.append(path.stem)
            assert dating.earliest.isoformat()[:len(appeared)] <= appeared, (path.stem, dating.evidence)
    assert dated  # the mechanism is exercised: some undated articles say their date only by their figures


def test_an_office_holder_named_by_title_dates_an_undated_article(read):
    """"Prime Minister Boris Johnson" was written in his term (from 24 July 2019): a change "since
    2010" then runs to the figures out by then, not to 2010."""
    claims, dating = read("Prime Minister Boris Johnson was urged to replace the 750 officers Lancashire has lost since 2010.")
    assert dating.earliest >= dt.date(2019, 7, 24)
    assert claims[0].period.end.iso >= "2019"


def test_a_former_or_shadow_holder_does_not_date_it(checker):
    events = checker.extractor.lexicon.events
    # a shadow office is an office of its own: her first term as shadow home secretary, not her term
    # as Home Secretary (from 2024)
    assert events.bounds("Shadow home secretary Yvette Cooper said the cuts were too deep.") == [dt.date(2011, 1, 20)]
    assert events.bounds("Former Home Secretary Theresa May said so.") == []
    assert events.bounds("Home Secretary Theresa May said so.") == [dt.date(2010, 5, 12)]


def test_an_allocation_announced_before_its_deadline_dates_an_undated_article(read):
    """Avon & Somerset's first-year uplift allocation, 137 officers, was announced on 9 October 2019 (the
    Home Office's first-year targets): an article quoting it was written on or after that day, though its
    deadline (March 2021) dates nothing."""
    claims, dating = read("Avon and Somerset Constabulary has been allocated 137 officers out of the first "
                          "tranche of 6,000 under the uplift.")
    assert dating.basis == "figures" and dating.earliest == dt.date(2019, 10, 9)
    assert dating.figures_as_at is None  # an announcement is no month of statistics
    assert len(dating.evidence) == 1 and "announced on 09 Oct 2019" in dating.evidence[0]


def test_a_named_programme_or_office_is_the_earliest_an_article_can_be(checker):
    events = checker.extractor.lexicon.events
    assert events.bounds("Recruits under Operation Uplift joined in their hundreds.") == [dt.date(2019, 7, 24)]
    assert events.bounds("The Police and Crime Commissioner set the precept.") == [dt.date(2010, 5, 11)]
    assert events.bounds("Sickness rose during Covid.") == [dt.date(2020, 2, 11)]
    assert events.bounds("The police will uplift their pay offer.") == []  # the word alone names nothing
    assert events.bounds("The chief constable spoke to the police authority.") == []


def test_an_office_holder_named_after_the_title_or_before_it_with_a_comma(checker):
    events = checker.extractor.lexicon.events
    assert events.bounds("Jacqui Smith, Home Secretary, replied.") == [dt.date(2007, 6, 28)]
    assert events.bounds("The Home Secretary, Jacqui Smith, replied.") == [dt.date(2007, 6, 28)]
    assert events.bounds("Jacqui Smith, the former Home Secretary, replied.") == []
    assert events.bounds("Diane Abbott MP, Labour’s Shadow Home Secretary, said so.") == [dt.date(2016, 10, 6)]


def test_a_month_outside_the_regular_releases_is_never_given_their_long_lag():
    """March and September figures come out about four months later; a quarterly December update within
    weeks. "As of 31 December 2021" in an undated article places it after late January 2022, not after
    the next March release's lag (late April), which could be after the day it appeared."""
    from factcheck.dating.calendar import ReleaseCalendar

    d = dt.date
    known = [(d(y, 3, 31), d(y, 7, 25)) for y in (2019, 2020, 2021)] + [(d(y, 9, 30), d(y + 1, 1, 25)) for y in (2019, 2020)]
    cal = ReleaseCalendar(known + [(d(2020, 12, 31), d(2021, 1, 28))])
    assert cal.published(d(2022, 3, 31)) == d(2022, 3, 31) + cal.lag and cal.lag.days > 100
    assert cal.published(d(2021, 12, 31)) == d(2022, 1, 28)  # December's own lag, from 2020
    assert cal.published(d(2021, 6, 30)) == d(2021, 6, 30)  # a month with no release known: no lag
    assert cal.published(d(2020, 12, 31)) == d(2021, 1, 28)  # a known release is its own day
