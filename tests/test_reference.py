"""The reference store: lookups with provenance, validation, and re-importing the shared tables."""

import csv
import datetime as dt
import shutil

import pytest

from factcheck.errors import DataError
from factcheck.reference.refresh import import_file
from factcheck.reference.store import DEFAULT_DIR, ReferenceStore


@pytest.mark.parametrize("metric,geo,date,measure,value", [
    ("police_officers", "Thames Valley", "2021-03-31", "headcount", 4494),
    ("police_officers", "England and Wales", "2022-03-31", "fte", 140228.33),
    ("police_officers", "England and Wales", "2010-03-31", "headcount", 146030),
    ("uplift_recruits", "England and Wales", "2021-12-31", None, 11048),
    ("uplift_target", "England and Wales", "2023-03-31", None, 20000),
])
def test_lookup(store, metric, geo, date, measure, value):
    f = store.lookup(metric, geo, dt.date.fromisoformat(date), measure)
    assert f is not None and f.value == pytest.approx(value)
    assert f.source.url.startswith("http") and f.locator


def test_allocation_is_reported_and_can_be_left_out(store):
    f = store.lookup("uplift_allocation", "Thames Valley", dt.date(2023, 3, 31))
    assert f.value == 609 and f.source.kind == "reported" and "PA" in f.source.reported_by
    assert store.lookup("uplift_allocation", "Thames Valley", dt.date(2023, 3, 31), official_only=True) is None


def test_every_force_and_the_nation_are_covered(store):
    places = {f.geography for f in store.figures if f.metric == "police_officers"}
    assert len(places) == 44 and "England and Wales" in places


def test_corrupted_row_is_refused_with_file_and_row(corrupted_reference):
    # a value that is not a number, and a row with no locator: no provenance
    root, path = corrupted_reference("police-workforce-open-data", {(5, 6): "lots", (9, 9): ""})
    with pytest.raises(DataError) as e:
        ReferenceStore.load(root)
    text = "\n".join(e.value.problems)
    assert f"{path} → row 6 → value" in text
    assert f"{path} → row 10 → locator" in text


def test_negative_overlong_and_conflicting_figures_are_refused(corrupted_reference):
    root, path = corrupted_reference("police-workforce-open-data", {(5, 6): "-5", (9, 9): "x" * 3000})
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    twin = list(rows[12])
    twin[6] = str(float(twin[6]) + 1)
    with path.open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(twin)
    with pytest.raises(DataError) as e:
        ReferenceStore.load(root)
    text = "\n".join(e.value.problems)
    assert f"{path} → row 6" in text and "cannot be negative" in text
    assert f"{path} → row 10 → locator" in text
    assert f"{path} → row {len(rows) + 1} → value" in text and "same figure and edition as row 13" in text


def test_figures_that_are_not_utf8_are_a_located_error(corrupted_reference):
    root, path = corrupted_reference("police-workforce-open-data", {})
    with path.open("ab") as f:
        f.write(b"chief_officers,Caf\xe9,,2007-03-31,,fte,4,x,y,z\n")
    with pytest.raises(DataError) as e:
        ReferenceStore.load(root)
    assert any(p.startswith(f"{path} → after row") and "not UTF-8" in p for p in e.value.problems)


def _fresh_root(tmp_path):
    """A reference-data folder with the domain's gazetteer, metrics and import settings but no datasets."""
    root = tmp_path / "reference_data"
    root.mkdir()
    for name in ("gazetteer.csv", "metrics.yaml", "import.yaml"):
        shutil.copy(DEFAULT_DIR / name, root / name)
    return root


@pytest.mark.slow
def test_reimport_reproduces_shipped_data(tmp_path, shared):
    src = shared / "reference"
    root = _fresh_root(tmp_path)
    tables = sorted((src / "home_office").iterdir()) + [src / "reference_figures.csv"]
    for path in tables:
        import_file(path, root)
    shipped = sorted(p.name for p in DEFAULT_DIR.iterdir() if (p / "dataset.yaml").is_file())
    assert sorted(p.name for p in root.iterdir() if p.is_dir()) == shipped
    for folder in shipped:
        for name in ("dataset.yaml", "figures.csv"):
            assert (root / folder / name).read_text() == (DEFAULT_DIR / folder / name).read_text(), f"{folder}/{name}"


def test_september_tables_keep_every_release_as_an_edition(store):
    """The 30 September 2015 Met PCSO FTE figure as first published and as revised a year later."""
    history = store.editions("pcsos", "Metropolitan Police", dt.date(2015, 9, 30), "fte")
    assert [(f.source.published, f.value) for f in history] == [
        (dt.date(2016, 1, 28), pytest.approx(1689.13)), (dt.date(2017, 1, 26), pytest.approx(1696.92))]
    assert store.lookup("pcsos", "Metropolitan Police", dt.date(2015, 9, 30), "fte",
                        published_by=dt.date(2016, 6, 1)).value == pytest.approx(1689.13)
    assert "Table_3" in history[0].locator and "Metropolitan Police" in history[0].locator
    # "Total 43 forces" is England and Wales; regional subtotals and the BTP are not forces
    national = store.lookup("police_officers", "England and Wales", dt.date(2019, 9, 30), "headcount")
    assert national is not None and national.source.url.endswith("police-workforce-sep19-tables.ods")
    assert not [f for f in store.figures if f.geography in ("North East", "British Transport Police")]


@pytest.mark.slow
def test_title_case_open_data_table_imports_as_a_new_edition(tmp_path, shared):
    """The open data table as newer editions write it (title-case headers), alongside the older edition."""
    root = tmp_path / "ref"
    shutil.copytree(DEFAULT_DIR, root)
    src = shared / "reference" / "home_office" / "police-workforce-open-data-2007-2022.csv"
    titled = tmp_path / "open-data-table-police-workforce-title-case.csv"
    with src.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    names = {"date": "As at 31 March", "geo_code": "Geocode", "force_name": "Force Name", "region": "Region",
             "sex": "Sex", "rank_description": "Rank Description", "worker_type": "Worker Type",
             "total_headcount": "Total Headcount", "total_fte": "Total FTE"}
    rows[0] = [names[h] for h in rows[0]]
    with titled.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(r for r in rows if r is rows[0] or r[0].startswith("2021"))
    with pytest.raises(DataError, match="--published"):
        import_file(titled, root, url="https://example.org/t.csv")
    import_file(titled, root, published=dt.date(2023, 1, 1), url="https://example.org/t.csv")
    store = ReferenceStore.load(root)
    history = store.editions("police_officers", "Thames Valley", dt.date(2021, 3, 31), "headcount")
    assert [f.edition for f in history] == ["2022-07-27", "2023-01-01", "2023-07-26"] and {f.value for f in history} == {4494}


def test_a_bad_table_changes_nothing(tmp_path):
    root = tmp_path / "ref"
    shutil.copytree(DEFAULT_DIR, root)
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    bad = tmp_path / "bad.csv"
    bad.write_text("date,geo_code,force_name,worker_type,total_headcount,total_fte\n2023-03-01,E23000099,Atlantis,police officer,5,5\n")
    with pytest.raises(DataError, match=r"bad.csv → row 2 → column 'force_name': 'Atlantis' is not a known force"):
        import_file(bad, root, published=dt.date(2023, 7, 26), url="https://example.org/bad.csv")
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before
    with pytest.raises(DataError, match="not a table factcheck can import"):
        import_file(DEFAULT_DIR / "gazetteer.csv", root)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Force Name,Worker Type\nSt Albans Caf\xe9,x\n".encode("latin-1"))
    with pytest.raises(DataError, match="latin.csv: not UTF-8"):
        import_file(latin, root)
    with pytest.raises(DataError, match="broken.ods: cannot read the workbook"):
        (tmp_path / "broken.ods").write_bytes(b"PK\x03\x04 not really a zip")
        import_file(tmp_path / "broken.ods", root)


def test_restated_baseline_is_one_figure_with_editions_and_strength_is_its_own_series(store):
    history = store.editions("uplift_baseline", "England and Wales", dt.date(2019, 3, 31), "headcount")
    assert [f.value for f in history] == [128434, 128453, 128433]
    strength = store.lookup("police_officers_strength", "England and Wales", dt.date(2003, 12, 31))
    assert strength.value == 138155 and strength.source.kind == "reported" and strength.measure == "strength"
    assert store.lookup("police_officers", "England and Wales", dt.date(2003, 12, 31)) is None


def test_lookup_by_publication_date(store):
    when = dt.date(2019, 3, 31)
    assert store.lookup("police_officers", "England and Wales", when, "fte").value == pytest.approx(123188.86)
    # as out by February 2020, and (nothing held being out yet) as first published after July 2019
    for by in (dt.date(2020, 2, 1), dt.date(2019, 8, 1)):
        assert store.lookup("police_officers", "England and Wales", when, "fte", published_by=by).value == pytest.approx(123170.86)


def test_a_place_listed_twice_or_an_alias_of_two_places_is_refused(tmp_path):
    from factcheck.reference.gazetteer import Gazetteer

    path = tmp_path / "gazetteer.csv"
    rows = (DEFAULT_DIR / "gazetteer.csv").read_text(encoding="utf-8").splitlines()
    header, first, second = rows[0], rows[1], rows[2]
    path.write_text("\n".join([header, first, first, second]) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as e:
        Gazetteer.load(path)
    assert any("row 3" in p and "is listed twice" in p for p in e.value.problems)
