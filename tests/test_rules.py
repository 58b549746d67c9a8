"""Every example of every rule runs here: adding a rule never needs new test code."""

import datetime as dt
import shutil

import pytest

from factcheck.engine.rules import load_rules
from factcheck.errors import DataError
from factcheck.ingest import read_document
from factcheck.pipeline import DEFAULT_RULES_DIR, Checker

_checker = Checker.load()
EXAMPLES = [(r.id, i, ex) for r in _checker.engine.rules for i, ex in enumerate(r.examples)]


@pytest.mark.parametrize("rule_id,n,example", EXAMPLES, ids=[f"{r}-{n}" for r, n, _ in EXAMPLES])
def test_rule_example(rule_id, n, example):
    doc = read_document("-", stdin_text=example.text, published=example.date)
    report = _checker.check(doc)
    hits = [c for c in report.claims if example.claim in c.surface]
    assert hits, f"no claim {example.claim!r} found in {example.text!r}"
    verdict = hits[0].verdict
    assert verdict.label == example.expect, verdict.explanation
    if verdict.label in ("supported", "close", "contradicted"):
        assert verdict.rule == rule_id, "a verdict names its rule"
        assert verdict.sources or verdict.basis == "article", "a verdict names its source, or rests on the article's own numbers"


def test_at_least_one_passing_and_one_failing_example_per_rule():
    for rule in _checker.engine.rules:
        labels = {e.expect for e in rule.examples}
        assert "supported" in labels and labels - {"supported"}


def test_broken_rule_is_refused_with_file_and_field(tmp_path, store):
    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    path = folder / "FC001-officer-level-at-date.yaml"
    text = path.read_text().replace("close_margin: 0.02", "close_margin: -1\n  colour: red", 1)
    path.write_text(text)
    with pytest.raises(DataError) as e:
        load_rules(folder, store.vocabulary)
    problems = "\n".join(e.value.problems)
    assert f"{path} → compare → close_margin" in problems
    assert f"{path} → compare → colour" in problems


def test_figure_as_published_by_the_article_and_a_later_revision_is_said():
    """31 March 2019 officer FTE: 123,170.86 as first published, later revised to 123,188.86."""
    text = "There were 123,171 police officers (full-time equivalent) in England and Wales on 31 March 2019."
    report = _checker.check(read_document("-", stdin_text=text, published=dt.date(2020, 3, 1)))
    verdict = next(c for c in report.claims if c.surface == "123,171").verdict
    assert verdict.label == "supported" and verdict.official == pytest.approx(123170.86)
    assert "revised this to 123,188.86, which would make the claim close" in verdict.explanation
    report = _checker.check(read_document("-", stdin_text=text, published=dt.date(2023, 3, 1)))
    assert next(c for c in report.claims if c.surface == "123,171").verdict.label == "close"


def test_rule_messages_name_known_fields_only_and_odd_files_are_refused(tmp_path, store):
    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    path = folder / "FC001-officer-level-at-date.yaml"
    text = path.read_text()
    text = text.replace("{official}", "{official.__class__}", 1)
    text = text.replace("small difference of {difference}. Source: {source}", "small difference of {difference}. Source: {sauce}")
    path.write_text(text)
    (folder / "FC099-new.yml").write_text("id: FC099\n")
    (folder / "FC098-folder.yaml").mkdir()
    (folder / "FC097-cp1252.yaml").write_bytes(b"id: FC097\nname: caf\xe9\n")
    with pytest.raises(DataError) as e:
        load_rules(folder, store.vocabulary)
    problems = "\n".join(e.value.problems)
    assert f"{path} → messages → supported" in problems and "unknown field {official.__class__}" in problems
    assert "unknown field {sauce}" in problems
    assert "FC099-new.yml: a rule file must end in .yaml" in problems
    assert "FC098-folder.yaml: not a file" in problems
    assert "FC097-cp1252.yaml: not UTF-8 text" in problems
