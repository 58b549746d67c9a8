"""What to look at first: every claim called wrong, then the unverifiable ones most worth a call."""

from __future__ import annotations

from factcheck.models import Claim, Document, Report, Verdict
from factcheck.report.priority import MOST_UNVERIFIABLE, lede_end, look_first, one_line

TEXT = ("Force numbers rise\n\nThe force has 4,000 officers, the chief said.\n\n"
        "Later it had 12 fewer staff, and 3,100 PCSOs, and 150,000 across the country, and 7 vans.\n")


def _claim(i: int, surface: str, label: str, *, value: float, speaker: str | None = None, rule: str | None = "FC001",
           checkable: bool = True) -> Claim:
    start = TEXT.index(surface)
    return Claim(id=f"c{i}", start=start, end=start + len(surface), surface=surface, sentence="", sentence_start=0,
                 value=value, bounds=(value, value), kind="count", speaker=speaker, checkable=checkable,
                 verdict=Verdict(label=label, rule=rule, explanation=f"Reason for {surface}. More detail."))


def _report(claims: list[Claim]) -> Report:
    return Report(factcheck="0", document=Document(source="t.txt", text=TEXT, sha256="0" * 64), claims=claims,
                  summary={})


def test_called_wrong_comes_first_then_the_unverifiable_most_worth_checking():
    claims = [_claim(0, "7", "unverifiable", value=7, rule=None),
              _claim(1, "3,100", "unverifiable", value=3100),
              _claim(2, "4,000", "unverifiable", value=4000, speaker="the chief"),
              _claim(3, "12", "contradicted", value=12),
              _claim(4, "150,000", "supported", value=150000)]
    items = look_first(_report(claims))
    assert [i["surface"] for i in items] == ["12", "4,000", "3,100", "7"]
    assert items[0]["why_listed"] == ["called wrong"]
    # a rule for it, a named speaker and the first paragraph: three reasons to look
    assert items[1]["why_listed"] == ["an official statistic", "said by the chief", "in the headline or first paragraph"]
    assert items[3]["why_listed"] == ["not verified"]
    assert items[1]["reason"] == "Reason for 4,000."
    assert all(i["id"] for i in items) and "150,000" not in [i["surface"] for i in items]


def test_the_larger_number_comes_first_among_equals_and_the_list_stays_short():
    surfaces = ["12", "3,100", "150,000", "7"]
    claims = [_claim(i, s, "unverifiable", value=float(s.replace(",", ""))) for i, s in enumerate(surfaces)]
    claims += [_claim(9, "4,000", "not_checkable", value=4000, checkable=False)]
    assert [i["surface"] for i in look_first(_report(claims))] == ["150,000", "3,100", "12", "7"]
    many = [_claim(i, "12", "unverifiable", value=12) for i in range(MOST_UNVERIFIABLE + 3)]
    assert len(look_first(_report(many))) == MOST_UNVERIFIABLE


def test_nothing_to_look_at_when_every_claim_holds():
    assert look_first(_report([_claim(0, "4,000", "supported", value=4000)])) == []


def test_the_lede_is_the_headline_and_first_paragraph():
    assert TEXT[:lede_end(TEXT)].endswith("the chief said.")
    assert lede_end("One line\nSecond line\nThird") == len("One line\nSecond line")


def test_a_reason_is_its_first_sentence_cut_at_a_word():
    assert one_line("Claimed 4.5%; the figure is 4.4%. Source: X.") == "Claimed 4.5%; the figure is 4.4%."
    long = "word " * 100
    assert len(one_line(long)) <= 220 and one_line(long).endswith("…")
