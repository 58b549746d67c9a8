"""Shared fixtures: the project's own data, the real pipeline, and ../shared when it is present."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder beside the repository; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository (seeds, dev set and reference tables live there)")
    return SHARED


@pytest.fixture(scope="session")
def checker():
    from factcheck.pipeline import Checker

    return Checker.load()


@pytest.fixture(scope="session")
def store(checker):
    return checker.store


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/*.json from the current extractor; review the diff before committing")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def corrupted_reference(tmp_path):
    """A copy of the shipped reference data with some cells of one dataset's figures.csv replaced:
    `corrupted_reference("dataset", {(csv_row_index, column_index): value})` → (root, figures path)."""
    from factcheck.reference.store import DEFAULT_DIR

    def make(dataset: str, cells: dict[tuple[int, int], str]):
        root = tmp_path / "ref"
        shutil.copytree(DEFAULT_DIR, root)
        path = root / dataset / "figures.csv"
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        for (r, c), value in cells.items():
            rows[r][c] = value
        with path.open("w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)
        return root, path

    return make
