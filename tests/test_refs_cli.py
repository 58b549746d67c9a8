"""`factcheck refs` end to end on the shipped reference data: list, show, coverage, validate, import."""

import json
import shutil

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.reference.store import DEFAULT_DIR

pytestmark = pytest.mark.slow  # the real CLI and reference data, end to end


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("args,value,published", [
    (["police_officers", "--geography", "Thames Valley", "--as-of", "2021-03-31", "--measure", "headcount"], 4494, "2023-07-26"),
    (["police_officers", "--as-of", "2022-03-31", "--measure", "fte"], 140228.33, "2023-07-26"),
    (["police_officers", "--as-of", "2010-03-31", "--measure", "headcount", "--published-by", "2023-01-01"], 146030,
     "2022-07-27"),
    (["uplift_allocation", "--geography", "TVP"], 609, "2023-04-26"),
    (["uplift_recruits", "--as-of", "2021-12-31"], 11048, None),
    (["pcsos", "-g", "the Met", "--as-of", "2015-09-30", "--measure", "fte"], 1696.92, "2017-01-26"),
])
def test_show_json_answers_with_its_source(args, value, published):
    r = run("refs", "show", *args, "--format", "json")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["value"] == pytest.approx(value)
    assert doc["source"]["url"].startswith("http") and doc["source"]["locator"]
    if published:
        assert doc["source"]["published"] == published


def test_show_text_names_the_tier_and_the_revisions():
    r = run("refs", "show", "police_officers", "--as-of", "2019-03-31", "--measure", "fte")
    assert r.exit_code == 0 and "123,188.86" in r.stdout and "123,170.86" in r.stdout  # first published, then revised
    r = run("refs", "show", "uplift_allocation", "-g", "Thames Valley")
    assert "reported by PA Media" in r.stdout


def test_show_never_uses_another_date():
    r = run("refs", "show", "police_officers", "-g", "Thames Valley", "--as-of", "2021-06-30")
    assert r.exit_code == 1 and r.stdout == ""
    assert "nearest before: 2021-03-31" in r.stderr and "nearest after: 2022-03-31" in r.stderr
    r = run("--official-only", "refs", "show", "uplift_allocation", "-g", "Thames Valley")
    assert r.exit_code == 1 and "official tier" in r.stderr


def test_show_unknown_metric_or_place_is_an_error():
    assert run("refs", "show", "bobbies").exit_code == 2
    r = run("refs", "show", "police_officers", "-g", "Atlantis")
    assert r.exit_code == 2 and "Atlantis" in r.stderr


def test_list_and_coverage():
    r = run("refs", "list", "--format", "json")
    datasets = {d["id"]: d for d in json.loads(r.stdout)}
    assert datasets["police-workforce-september-tables"]["editions"] == 7
    assert datasets["reported-figures"]["tiers"] == ["reported"]
    r = run("refs", "coverage", "--metric", "police_officers", "--format", "json")
    rows = {row["measure"]: row for row in json.loads(r.stdout)}
    assert rows["headcount"]["forces"] == 43 and rows["headcount"]["national"]
    assert rows["fte"]["all_forces_dates"] == "31 Mar 2007–2023, 2025; 30 Sep 2014–2020"
    # per force before 2007 only the ethnicity table; after March 2024 only rounded copies
    assert rows["fte"]["secondary_dates"] == "31 Mar 2003–2006; 30 Sep 2024–2025"
    r = run("refs", "coverage")
    assert r.exit_code == 0 and "● every force" in r.stdout
    grid = next(line for line in r.stdout.splitlines() if line.startswith("police_officers fte "))
    header = next(line for line in r.stdout.splitlines() if line.strip().startswith("03 04"))
    cell = lambda year: grid[header.index(f"{year % 100:02d}"):][:2]  # noqa: E731 - 31 March, then 30 September
    assert cell(2005) == "s·" and cell(2016) == "●●" and cell(2024) == "○~" and cell(2025) == "●~"


def test_validate_lists_every_problem_with_file_and_row(corrupted_reference):
    assert run("refs", "validate").exit_code == 0
    root, path = corrupted_reference("police-workforce-september-tables", {(3, 6): "n/a", (7, 1): "Atlantis"})
    r = run("refs", "validate", "--reference-data", str(root))
    assert r.exit_code == 2
    assert f"{path} → row 4 → value" in r.stderr and f"{path} → row 8 → geography: 'Atlantis'" in r.stderr


def test_import_goes_on_after_a_bad_file(tmp_path, shared):
    root = tmp_path / "ref"
    shutil.copytree(DEFAULT_DIR, root)
    shutil.rmtree(root / "police-workforce-september-tables")
    bad = tmp_path / "notes.csv"
    bad.write_text("a,b\n1,2\n")
    good = shared / "reference" / "home_office" / "police-workforce-sep19-tables.ods"
    r = run("--reference-data", str(root), "refs", "import", str(bad), str(good))
    assert r.exit_code == 2 and "notes.csv: not a table factcheck can import" in r.stderr
    assert "1,287 figures" in r.stdout
    r = run("--reference-data", str(root), "refs", "show", "special_constables", "-g", "Dorset", "--as-of", "2019-09-30",
            "--format", "json")
    assert json.loads(r.stdout)["value"] == 111
