"""The cache of validated figures: the same figures as reading the files, never stale, never in the way."""

from __future__ import annotations

import csv
import shutil

from factcheck.reference.store import DEFAULT_DIR, ReferenceStore


def _figures(root, monkeypatch, cache):
    if cache is None:
        monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    else:
        monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
        monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(cache))
    return ReferenceStore.load(root).figures


def test_cached_figures_are_the_figures_the_files_give(tmp_path, monkeypatch):
    read = _figures(DEFAULT_DIR, monkeypatch, None)
    first = _figures(DEFAULT_DIR, monkeypatch, tmp_path / "cache")  # builds the cache
    assert list((tmp_path / "cache").glob("figures-*.pickle"))
    again = _figures(DEFAULT_DIR, monkeypatch, tmp_path / "cache")  # reads it
    assert read == first == again and len(read) > 10_000


def test_a_changed_figure_is_read_from_its_file_not_the_cache(tmp_path, monkeypatch):
    root = tmp_path / "ref"
    shutil.copytree(DEFAULT_DIR, root)
    cache = tmp_path / "cache"
    before = _figures(root, monkeypatch, cache)
    path = root / "home-office-figures" / "figures.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    value = rows[0].index("value")
    rows[1][value] = str(float(rows[1][value]) + 1)
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    after = _figures(root, monkeypatch, cache)
    assert len(after) == len(before) and after != before
    changed = set(after) - set(before)
    assert [f.value for f in changed] == [float(rows[1][value])]


def test_a_damaged_or_unwritable_cache_is_passed_over(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    good = _figures(DEFAULT_DIR, monkeypatch, cache)
    for entry in cache.glob("figures-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert _figures(DEFAULT_DIR, monkeypatch, cache) == good
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert _figures(DEFAULT_DIR, monkeypatch, blocked) == good
