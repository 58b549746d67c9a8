"""The command line end to end: the real pipeline, real reference data, exit codes and outputs."""

import pytest
import json
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import main

pytestmark = pytest.mark.slow  # the real pipeline, CLI or browser, end to end

ROOT = Path(__file__).resolve().parents[1]
SEED_TV = "seeds/000_acb0216e755ecabc.txt"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def claims_by_surface(doc):
    return {c["surface"]: c for c in doc["claims"]}


def test_thames_valley_seed(shared):
    r = run("check", str(shared / SEED_TV), "--format", "json")
    assert r.exit_code == 1, r.output  # "over half" is contradicted by the article's own numbers
    doc = json.loads(r.stdout)
    assert doc["document"]["published"] == "2022-02-02"
    values = [c["value"] for c in doc["claims"]]
    for v in (609, 29, 229, 25, 15, 20000, 11000, 0.5, 598, 14.2, 49.8, 1650):
        assert v in values, v
    assert values.count(20000) == 2
    by = claims_by_surface(doc)
    assert by["over half"]["verdict"]["label"] in ("inconsistent", "contradicted")
    # what to look at first: the claim called wrong, by its id
    assert doc["look_first"][0]["id"] == by["over half"]["id"] and doc["look_first"][0]["why_listed"] == ["called wrong"]
    eleven = next(c for c in doc["claims"] if c["value"] == 11000)
    assert eleven["hedge"] == "over" and eleven["verdict"]["label"] == "supported"
    assert eleven["verdict"]["official"] == 11048 and eleven["verdict"]["official_as_of"] == "2021-12-31"
    targets = [c for c in doc["claims"] if c["value"] == 20000]
    assert all(c["verdict"]["label"] == "supported" for c in targets)
    first = doc["claims"][0]
    assert first["value"] == 609 and first["verdict"]["label"] == "supported"
    assert first["verdict"]["sources"][0]["kind"] == "reported" and "reported figure" in first["verdict"]["explanation"]
    for c in doc["claims"]:
        if c["verdict"]["label"] in ("supported", "close", "contradicted"):
            assert c["verdict"]["sources"] or c["verdict"]["basis"] == "article", c["surface"]
    # a projection is not an official statistic, but its arithmetic is the article's own
    rate = by["25 per month"]
    assert not rate["checkable"] and rate["verdict"]["label"] == "supported" and rate["verdict"]["basis"] == "article"
    assert "609 − 229 = 380" in rate["verdict"]["arithmetic"]


def test_json_offsets_point_into_the_text(shared):
    path = shared / SEED_TV
    text = path.read_text(encoding="utf-8")
    doc = json.loads(run("check", str(path), "--format", "json").stdout)
    for c in doc["claims"]:
        assert text[c["start"]:c["end"]] == c["surface"]


def test_stdin_with_date():
    r = run("check", "-", "--date", "2022-02-02", "--format", "json",
            input="Over 11,000 additional officers are already recruited across England and Wales.")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["document"]["published"] == "2022-02-02"
    assert doc["claims"][0]["verdict"]["label"] == "supported"


def test_missing_file_is_one_line_and_exit_2():
    r = run("check", "no/such/file.txt")
    assert r.exit_code == 2
    assert r.stderr.strip() == "factcheck: error: no/such/file.txt: no such file"


def test_bad_date_is_a_usage_error():
    r = run("check", "-", "--date", "yesterday", input="x")
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.stderr


def test_bad_rules_folder_exits_2(tmp_path):
    r = run("--rules", str(tmp_path / "none"), "check", str(ROOT / "examples" / "harbourside-national-picture.txt"))
    assert r.exit_code == 2 and "rules folder not found" in r.stderr


def test_example_text_table_and_fail_on_never():
    r = run("check", str(ROOT / "examples" / "harbourside-thames-valley-officers.txt"), "--fail-on", "never")
    assert r.exit_code == 0
    assert "4,494" in r.stdout and "supported" in r.stdout and "contradicted" in r.stdout


def test_no_date_found_is_said(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("There were 4,494 officers in Thames Valley Police.", encoding="utf-8")
    r = run("check", str(p))
    assert "published: unknown" in r.stdout


def test_html_and_markdown(tmp_path):
    src = ROOT / "examples" / "harbourside-thames-valley-officers.txt"
    out = tmp_path / "r.html"
    run("check", str(src), "--format", "html", "-o", str(out))
    html = out.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and 'class="claim v-contradicted"' in html
    # no executable script: the one script element is the ClaimReview JSON-LD data block
    assert html.count("<script") == 1 and '<script type="application/ld+json">' in html
    md = run("check", str(src), "--format", "md").stdout
    assert md.count("\n|") >= 5
    # what to look at, in every format: the contradicted change, first
    look = md.split("## What to look at", 1)[1].split("## Claims", 1)[0]
    assert look.strip().startswith("1. ✘ contradicted: **rose by 200** (called wrong)")
    assert '<nav class="look-first"' in html and html.index("look-first") < html.index('<div class="article">')
    text = run("check", str(src)).stdout
    assert "What to look at:\n  ✘ contradicted: rose by 200 (called wrong)." in text


def test_batch_on_seeds(tmp_path, shared):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in (shared / "seeds").glob("*.txt"):
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "broken.txt").write_bytes(b"\x00\x01bad\xff")  # binary
    r = run("batch", str(folder), "-o", str(tmp_path / "out"), "--fail-on", "never", "--jobs", "1")
    assert r.exit_code == 3, r.output  # finished, but one input could not be processed
    out = tmp_path / "out"
    pages = [p for p in out.glob("*.html") if p.name != "index.html"]
    assert len(pages) == 5
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and all(json.loads(x)["claims"] is not None for x in lines)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "broken.txt" in index and "binary" in index


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quickstart", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in block.strip().splitlines() if line.strip()]
    assert len(commands) == 2
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_rules_lists_and_explains():
    r = run("rules", "--format", "json")
    rules = json.loads(r.stdout)
    assert r.exit_code == 0 and len(rules) >= 5
    assert all(rule["examples"] and rule["description"] for rule in rules)
    r = run("rules", "fc001")
    assert r.exit_code == 0 and r.stdout.startswith("FC001 workforce-level-at-date") and "Why:" in r.stdout
    assert "[supported]" in r.stdout and "[contradicted]" in r.stdout
    assert run("rules", "XX999").exit_code == 2


def test_broken_rule_file_names_the_file_and_field(tmp_path):
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "FC001-officer-level-at-date.yaml"
    path.write_text(path.read_text().replace("compare:\n", "compare:\n  colse_margin: 0.5\n"))
    r = run("--rules", str(rules), "rules")
    assert r.exit_code == 2 and f"{path} → compare → colse_margin" in r.stderr


def test_bbc_2004_record_and_components(shared):
    """Seed 004: the December 2003 "all-time high of 138,155" is checked in the strength series it
    belongs to; the components nobody publishes for that date are unverifiable, saying what is missing."""
    r = run("check", str(shared / "seeds" / "004_f4308d2512a2b080.txt"), "--format", "json", "--fail-on", "never")
    by = claims_by_surface(json.loads(r.stdout))
    record, level = by["an all-time high"]["verdict"], by["138,155"]["verdict"]
    assert record["label"] == "supported" and record["rule"] == "FC008" and "ranks 1" in record["arithmetic"]
    assert level["label"] == "supported" and level["official_measure"] == "strength" and "older definition" in level["explanation"]
    assert by["an increase of almost 6,000"]["verdict"]["label"] == "supported"
    for surface in ("3,243", "11,037", "63,105", "more than 212,000"):
        v = by[surface]["verdict"]
        assert v["label"] == "unverifiable" and "no official figure for" in v["explanation"] and "31 Dec 2003" in v["explanation"]
    # the parts the article lists for its total do not add up to more than it
    assert "3,243 + 11,037 + 63,105 = 77,385, no more than it" in by["more than 212,000"]["verdict"]["explanation"]
