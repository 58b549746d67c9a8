"""The reference store: lookups with provenance, validation, and re-importing the shared tables."""

import csv
import datetime as dt
import shutil

import pytest
import yaml

from factcheck.errors import DataError
from factcheck.reference.importers import import_figures_csv, import_open_data_table
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


def test_corrupted_row_is_refused_with_file_and_row(tmp_path):
    root = tmp_path / "ref"
    shutil.copytree(DEFAULT_DIR, root)
    path = root / "police-workforce-open-data" / "figures.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows[5][6] = "lots"
    rows[9][9] = ""  # no locator: no provenance
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    with pytest.raises(DataError) as e:
        ReferenceStore.load(root)
    text = "\n".join(e.value.problems)
    assert f"{path} → row 6 → value" in text
    assert f"{path} → row 10 → locator" in text


def test_reimport_reproduces_shipped_data(tmp_path, shared, store):
    src = shared / "reference"
    meta = yaml.safe_load((DEFAULT_DIR / "police-workforce-open-data" / "dataset.yaml").read_text())
    ed = meta["editions"][0]
    import_open_data_table(src / "home_office" / "police-workforce-open-data-2007-2022.csv", tmp_path,
                           store.gazetteer, edition=ed["id"], published=ed["published"], url=ed["url"])
    config = yaml.safe_load((DEFAULT_DIR / "import.yaml").read_text())["figures_csv"]
    import_figures_csv(src / "reference_figures.csv", tmp_path, store.gazetteer, config)
    for folder in ("police-workforce-open-data", "home-office-figures", "reported-figures"):
        for name in ("dataset.yaml", "figures.csv"):
            assert (tmp_path / folder / name).read_text() == (DEFAULT_DIR / folder / name).read_text(), f"{folder}/{name}"
