"""A reviewer's decisions: kept in reviews.yaml, applied on every run, surviving edits, never lost."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.errors import DataError
from factcheck.models import Claim, Document, Report, Verdict, summarise
from factcheck.reviews import Review, apply_reviews, fingerprint, load_reviews, record, save_reviews

SENTENCE = "Officer numbers in the county rose by 200 in the year to March 2021, the chair said."
TEXT = f"Headline\n\n{SENTENCE}\n"


def _report(text: str = TEXT, sentence: str = SENTENCE, label: str = "contradicted", source: str = "a.txt") -> Report:
    start = text.index("rose by 200")
    claim = Claim(id="c1", start=start, end=start + 11, surface="rose by 200", sentence=sentence, sentence_start=0,
                  value=200, bounds=(200, 200), kind="change", checkable=True,
                  verdict=Verdict(label=label, rule="FC002", explanation="Claimed rose by 200; official 91."))
    doc = Document(source=source, text=text, sha256=str(hash(text)))
    return Report(factcheck="0", document=doc, claims=[claim], summary=summarise([claim]))


def _review(report: Report, **changes) -> Review:
    c = report.claims[0]
    fields = dict(fingerprint=fingerprint(c.sentence, c.surface), article="a.txt", article_sha256=report.document.sha256,
                  surface=c.surface, sentence=c.sentence, decision="override", label="unverifiable",
                  original="contradicted", reason="the force's own count", reviewer="J. Smith",
                  date=dt.date(2026, 12, 1))
    return Review(**{**fields, **changes})


def test_a_fingerprint_ignores_spacing_case_quotes_and_dashes():
    assert fingerprint("The chair’s count – 200 ", "rose by 200") == fingerprint("the  chair's count - 200", "Rose by 200")
    assert fingerprint(SENTENCE, "rose by 200") != fingerprint(SENTENCE, "rose by 250")


def test_an_override_sets_the_label_and_says_who_and_why():
    report = _report()
    reviewed = apply_reviews(report, [_review(report)])
    v = reviewed.claims[0].verdict
    assert v.label == "unverifiable" and v.review.original == "contradicted"
    assert v.review.text(v.label) == ("reviewed: overridden from contradicted to unverifiable — the force's own count "
                                      "(J. Smith, 2026-12-01)")
    assert reviewed.summary["contradicted"] == 0 and reviewed.summary["unverifiable"] == 1
    assert reviewed.stale_reviews == []


def test_an_accepted_verdict_keeps_its_label_until_the_checker_changes_it():
    report = _report()
    accepted = apply_reviews(report, [_review(report, decision="accept", label=None)])
    assert accepted.claims[0].verdict.label == "contradicted" and accepted.claims[0].verdict.review.decision == "accept"
    changed = apply_reviews(_report(label="supported"), [_review(report, decision="accept", label=None)])
    assert changed.claims[0].verdict.review is None
    assert "no longer applies: the checker now says supported" in changed.stale_reviews[0]


def test_a_review_survives_an_edit_elsewhere_and_a_word_changed_in_its_sentence():
    review = _review(_report())
    edited = SENTENCE.replace("the chair said", "the chair told a meeting")
    text = f"A new headline\n\nA new first paragraph.\n\n{edited}\n"
    reviewed = apply_reviews(_report(text, edited), [review])  # another SHA-256, the same file name
    assert reviewed.claims[0].verdict.label == "unverifiable"


def test_a_review_whose_claim_is_gone_is_reported_not_dropped():
    review = _review(_report())
    other = SENTENCE.replace("Officer numbers in the county", "Staff numbers in the city of Leeds, said the council,")
    reviewed = apply_reviews(_report(TEXT.replace(SENTENCE, other), other), [review])
    assert reviewed.claims[0].verdict.label == "contradicted"
    assert "matches no claim of this article any more" in reviewed.stale_reviews[0]
    # a review of another article is not this one's to report, nor of another text on standard input
    assert apply_reviews(_report(source="b.txt", text=TEXT + " "), [review]).stale_reviews == []
    piped = _review(_report(source="-"), article="-")
    assert apply_reviews(_report(source="-", text=TEXT + " "), [piped]).stale_reviews == []


def test_a_review_made_everywhere_covers_the_same_claim_in_another_article():
    review = _review(_report(), everywhere=True)
    other = _report(text=TEXT + "More.", source="b.txt")
    assert apply_reviews(other, [review]).claims[0].verdict.label == "unverifiable"
    assert apply_reviews(other, [_review(_report())]).claims[0].verdict.label == "contradicted"


def test_the_file_round_trips_sorted_and_a_new_decision_replaces_the_old(tmp_path):
    path = tmp_path / "reviews.yaml"
    first = _review(_report())
    again = _review(_report(), label="supported", reason="checked with the force")
    save_reviews(path, record(record([], first), again))
    assert load_reviews(path) == [again]
    # a decision on the same claim after its sentence was edited replaces the earlier one too
    edited = SENTENCE.replace("the chair said", "the chair told us")
    later = _review(_report(), sentence=edited, fingerprint=fingerprint(edited, "rose by 200"), reason="re-checked")
    assert record([again], later) == [later]
    assert path.read_text(encoding="utf-8").startswith("# factcheck reviews")


def test_a_bad_reviews_file_names_every_problem_and_where(tmp_path):
    path = tmp_path / "reviews.yaml"
    entry = _review(_report()).model_dump(mode="json")
    bad_label = {**entry, "label": "wrongish"}
    no_label = {**entry, "label": None}
    path.write_text(json.dumps({"reviews": [entry, bad_label, no_label, "text"]}), encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_reviews(path)
    problems = e.value.problems
    assert any(p.startswith(f"{path} → reviews → 1 → label") for p in problems)
    assert any(f"{path} → reviews → 2" in p and "an override needs the label" in p for p in problems)
    assert any(p == f"{path} → reviews → 3: expected a mapping of review fields" for p in problems)
    path.write_text("reviews: [", encoding="utf-8")
    with pytest.raises(DataError, match="not valid YAML"):
        load_reviews(path)
    assert load_reviews(tmp_path / "none.yaml") == []


@pytest.mark.slow
def test_a_review_changes_the_verdict_in_every_format_on_rerun(tmp_path, monkeypatch):
    from factcheck.cli import main

    monkeypatch.chdir(tmp_path)
    article = tmp_path / "tv.txt"
    source = Path(__file__).parents[1] / "examples" / "harbourside-thames-valley-officers.txt"
    article.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    run = CliRunner().invoke
    r = run(main, ["review", str(article), "rose by 200", "--set", "unverifiable", "--reason", "the force's July count",
                   "--reviewer", "J. Smith"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "reports" / "reviews.yaml").exists()
    doc = json.loads(run(main, ["check", str(article), "--format", "json"]).stdout)
    claim = next(c for c in doc["claims"] if c["surface"] == "rose by 200")
    assert claim["verdict"]["label"] == "unverifiable" and claim["verdict"]["review"]["reviewer"] == "J. Smith"
    assert "reviewed: overridden from contradicted to unverifiable" in run(main, ["check", str(article), "--format",
                                                                                  "html"]).stdout
    assert "reviewed: overridden from contradicted" in run(main, ["check", str(article), "--format", "md"]).stdout
    reviews = json.loads(run(main, ["check", str(article), "--format", "claimreview"]).stdout)
    mine = next(x for x in reviews if "rose by 200" in x["claimReviewed"])
    assert mine["author"] == {"@type": "Person", "name": "J. Smith"} and mine["datePublished"] == str(dt.date.today())
    # an edit elsewhere keeps it; the claim removed, it is reported
    article.write_text(article.read_text(encoding="utf-8") + "\nA paragraph added later.\n", encoding="utf-8")
    assert run(main, ["check", str(article)]).exit_code == 0
    article.write_text(article.read_text(encoding="utf-8").replace("rose by 200", "rose by 90"), encoding="utf-8")
    r = run(main, ["check", str(article), "--format", "json"])
    assert "matches no claim of this article any more" in json.loads(r.stdout)["stale_reviews"][0]
    # a broken file stops the run with its place named (exit 2)
    (tmp_path / "reports" / "reviews.yaml").write_text("reviews:\n- decision: maybe\n", encoding="utf-8")
    r = run(main, ["check", str(article)])
    assert r.exit_code == 2 and "reviews.yaml → reviews → 0" in r.output
