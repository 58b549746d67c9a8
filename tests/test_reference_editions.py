"""The newer Home Office tables: every edition kept, the figures the issue names, broken copies refused
with their place, and rounded copies that confirm a quoted number but never enter a sum."""

import csv
import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.errors import DataError
from factcheck.models import Document
from factcheck.reference.refresh import import_file
from factcheck.reference.store import DEFAULT_DIR, ReferenceStore

HOME_OFFICE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "home_office"


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("args,value,published", [
    (["police_officers", "-g", "Thames Valley", "--as-of", "2023-03-31", "--measure", "fte"], 4957.34, "2023-07-26"),
    (["police_officers", "-g", "Cumbria", "--as-of", "2023-03-31", "--measure", "headcount"], 1391, "2023-07-26"),
    (["pcsos", "-g", "Thames Valley", "--as-of", "2023-03-31", "--measure", "headcount"], 272, "2023-07-26"),
    (["police_staff", "-g", "West Midlands", "--as-of", "2023-03-31", "--measure", "fte"], 3643.35, "2023-07-26"),
    (["special_constables", "-g", "Lancashire", "--as-of", "2023-03-31", "--measure", "headcount"], 96, "2023-07-26"),
    (["police_officers", "-g", "Thames Valley", "--as-of", "2020-09-30", "--measure", "fte"], 4415.27, "2021-01-28"),
    (["police_officers", "-g", "Kent", "--as-of", "2025-03-31", "--measure", "fte"], 4168.18, "2026-01-28"),
    # a figure the Home Office revised: as first published, then as the latest edition has it
    (["police_officers", "-g", "Bedfordshire", "--as-of", "2019-03-31", "--measure", "fte",
      "--published-by", "2020-01-01"], 1163.92, "2019-07-18"),
    (["police_officers", "-g", "Bedfordshire", "--as-of", "2019-03-31", "--measure", "fte"], 1180.92, "2023-07-26"),
    (["police_officers", "--as-of", "2023-03-31", "--measure", "fte", "--published-by", "2023-08-01"], 147429.62, "2023-07-26"),
    (["police_officers", "--as-of", "2023-03-31", "--measure", "fte"], 147434, "2024-07-24"),
    # the whole workforce, summed at import from its four parts
    (["police_workforce", "--as-of", "2023-03-31", "--measure", "fte", "--published-by", "2023-08-01"], 233832, "2023-07-26"),
    # per force before the main table starts: the ethnicity table, a supplementary source
    (["police_officers", "-g", "Bedfordshire", "--as-of", "2005-03-31", "--measure", "headcount"], None, "2021-07-28"),
    (["police_constables", "--as-of", "2023-03-31", "--measure", "headcount"], 117778, "2023-07-26"),
])
def test_show_gives_each_figure_with_its_edition(args, value, published):
    r = run("refs", "show", *args, "--format", "json")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    if value is not None:
        assert doc["value"] == pytest.approx(value)
    assert doc["source"]["published"] == published and doc["source"]["locator"]


def test_a_revision_keeps_both_editions(store):
    history = store.editions("police_officers", "England and Wales", dt.date(2023, 3, 31), "fte")
    values = {(f.source.published.isoformat(), round(f.value)) for f in history}
    assert ("2023-07-26", 147430) in values and ("2024-07-24", 147434) in values
    # the 2022 and 2023 open data tables overlap: one figure, two editions
    tv = store.editions("police_officers", "Thames Valley", dt.date(2021, 3, 31), "headcount")
    assert [f.edition for f in tv] == ["2022-07-27", "2023-07-26"] and {f.value for f in tv} == {4494}
    assert "sheet Data" in tv[-1].locator and "Total (headcount)" in tv[-1].locator


def test_supplementary_figures_only_where_nothing_primary_is_held(store):
    # chief officers: the main table from 2007 (the Met's 2015 adjustment), the ethnicity table before
    met = store.editions("chief_officers", "Metropolitan Police", dt.date(2015, 3, 31), "headcount")
    assert {f.value for f in met} == {26} and not any(f.supplementary for f in met)
    early = store.lookup("chief_officers", "Metropolitan Police", dt.date(2004, 3, 31), "headcount")
    assert early is not None and early.supplementary


def test_rounded_copies_confirm_a_quoted_number_and_never_enter_a_sum(checker, store):
    sep24 = dt.date(2024, 9, 30)
    f = store.lookup("police_officers", "Cleveland", sep24, "fte")
    assert f is not None and f.rounded and f.value == 1510
    assert store.lookup("police_officers", "Cleveland", sep24, "fte", exact=True) is None
    assert store.lookup("police_officers", "England and Wales", sep24, "fte") is None  # no national total built
    shown = run("refs", "show", "police_officers", "-g", "Cleveland", "--as-of", "2024-09-30", "--measure", "fte")
    assert "rounded copy" in shown.stdout
    doc = Document(source="t.txt", text="Cleveland Police had 1,510 full-time equivalent officers at the end of "
                                        "September 2024.", published=dt.date(2025, 2, 1), sha256="0")
    claim = next(c for c in checker.check(doc).claims if c.value == 1510)
    assert claim.verdict.label == "supported" and "rounded" in claim.verdict.sources[0].title
    # a change between two dates held only in rounded copies, or a rank among forces, is never computed from them
    doc = Document(source="t.txt", text="Cleveland Police officer numbers fell by 6 between September 2024 and "
                                        "September 2025. Cleveland is the 20th largest force in England and Wales, "
                                        "with 1,510 officers at the end of September 2024.",
                   published=dt.date(2026, 2, 1), sha256="0")
    for claim in checker.check(doc).claims:
        if claim.value in (6, 20):
            assert not any("rounded" in s.title for s in claim.verdict.sources), claim


# -- broken copies are refused with their place ------------------------------------------------------
def _write_ods(path: Path, sheets: dict[str, list[list[object]]]) -> None:
    """A minimal OpenDocument spreadsheet (the format the Home Office publishes)."""
    def cell(v):
        if isinstance(v, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'
    body = "".join(f'<table:table table:name="{name}">' + "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows) + "</table:table>"
        for name, rows in sheets.items())
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest='
                   '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
                   'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                   'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
                                  f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body>'
                                  '</office:document-content>')


_JULY_2023_HEADER = ["As at 31 March...", "Geo code", "Force Name", "Region", "Sex", "Rank description", "Worker type",
                     "Total (headcount)", "Total (FTE)"]


def _rows(year, force, fte):
    return [[year, "E23000029", force, "South East", "Female", "Constable", "Police Officer", 700, fte],
            [year, "E23000029", force, "South East", "Male", "Constable", "Police staff", 900, 880.5]]


@pytest.fixture
def root(tmp_path):
    root = tmp_path / "ref"
    shutil.copytree(DEFAULT_DIR, root)
    return root


def test_an_open_data_workbook_in_the_july_2023_layout_imports(tmp_path, root):
    path = tmp_path / "open-data-table-police-workforce-new.ods"
    _write_ods(path, {"Notes": [["", "Police workforce, England and Wales"]],
                      "Data": [_JULY_2023_HEADER, *_rows(2024, "Thames Valley", 650.5)]})
    import_file(path, root, published=dt.date(2024, 7, 24), url="https://example.org/t.ods")
    store = ReferenceStore.load(root)
    f = store.lookup("police_constables", "Thames Valley", dt.date(2024, 3, 31), "fte")
    assert f.value == pytest.approx(650.5) and f.source.published == dt.date(2024, 7, 24)
    assert "sheet Data" in f.locator and "Rank description = Constable" in f.locator


@pytest.mark.parametrize("broken,where", [
    ({(1, 8): "lots"}, "sheet Data → row 2 → column 'Total (FTE)': 'lots' is not a number"),
    ({(2, 2): "Atlantis"}, "sheet Data → row 3 → column 'Force Name': 'Atlantis' is not a known force"),
    ({(1, 6): "Police Horse"}, "sheet Data → row 2 → column 'Worker type': unknown worker type 'Police Horse'"),
    ({(2, 0): "last year"}, "sheet Data → row 3 → column 'As at 31 March...': cannot read 'last year' as a year"),
])
def test_a_broken_open_data_workbook_is_refused_with_its_place(tmp_path, root, broken, where):
    rows = [_JULY_2023_HEADER, *_rows(2024, "Thames Valley", 650.5)]
    for (r, c), v in broken.items():
        rows[r][c] = v
    path = tmp_path / "broken.ods"
    _write_ods(path, {"Data": rows})
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    r = run("--reference-data", str(root), "refs", "import", str(path), "--published", "2024-07-24", "--url", "https://x.org")
    assert r.exit_code == 2 and f"{path} → {where}" in r.stderr
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def _broken_copy(tmp_path: Path, name: str, row: int, column: str, value: str) -> Path:
    """A copy of a shared table (same file name, so import.yaml describes it) with one cell replaced."""
    with (HOME_OFFICE / name).open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    rows[row - 1][rows[0].index(column)] = value
    path = tmp_path / "copies" / name
    path.parent.mkdir(exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


@pytest.mark.parametrize("name,row,column,value,why", [
    ("police-officers-fte-by-force-mar2007-sep2020.csv", 5, "officers", "many", "'many' is not a number"),
    ("police-officers-fte-by-force-mar2007-sep2020.csv", 9, "force_name", "Atlantis", "'Atlantis' is not a known force"),
    ("police-officers-fte-by-force-mar2007-sep2020.csv", 3, "date", "soon", "cannot read 'soon' as a date"),
    ("police-officers-fte-by-force-31mar2025.csv", 4, "officer_fte", "-12", "'-12' is negative"),
    ("police-officers-pcso-fte-by-force-sep2024-mar2025-sep2025-rounded.csv", 7, "PCSO_Mar25", "n.a.",
     "'n.a.' is not a number"),
    ("police-workforce-ethnicity-open-data-2021-officers-by-rank-2003-2006-extract.csv", 10, "Total (FTE)", "x",
     "'x' is not a number"),
    ("police-workforce-ethnicity-open-data-2021-chief-officers-2003-2021-extract.csv", 12, "Force Name", "Gotham",
     "'Gotham' is not a known force"),
])
def test_a_broken_copy_of_a_new_table_is_refused_with_file_row_and_column(tmp_path, root, shared, name, row, column,
                                                                          value, why):
    path = _broken_copy(tmp_path, name, row, column, value)
    r = run("--reference-data", str(root), "refs", "import", str(path))
    assert r.exit_code == 2
    assert f"{path} → row {row} → column {column!r}: {why}" in r.stderr
    with pytest.raises(DataError):
        import_file(path, root)
