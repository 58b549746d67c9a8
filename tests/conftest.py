"""Shared fixtures: the project's own data, the real pipeline, and ../shared when it is present."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pytest_configure(config):
    """The reference-data cache of this test run is its own (and the CLI subprocesses' too)."""
    import os
    import tempfile

    if not os.environ.get("FACTCHECK_CACHE_DIR"):
        config._factcheck_cache = tempfile.mkdtemp(prefix="factcheck-cache-")
        os.environ["FACTCHECK_CACHE_DIR"] = config._factcheck_cache


def pytest_unconfigure(config):
    import os

    folder = getattr(config, "_factcheck_cache", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("FACTCHECK_CACHE_DIR", None)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder beside the repository; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository (seeds, dev set and reference tables live there)")
    return SHARED


PUBLISHED = dt.date(2022, 2, 2)


@pytest.fixture(scope="session")
def extract():
    """The claim stage on a blank English pipeline (sentencizer + our quantity component):
    `extract(text, published=…, force_scale=…)` → claims, without the trained model."""
    import spacy

    import factcheck.nlp  # noqa: F401  registers the factcheck_quantities component
    from factcheck.claims import ClaimExtractor
    from factcheck.models import Document
    from factcheck.reference.gazetteer import Gazetteer
    from factcheck.reference.store import DEFAULT_DIR
    from factcheck.reference.vocabulary import Vocabulary

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factcheck_quantities")
    extractor = ClaimExtractor(Vocabulary.load(DEFAULT_DIR / "metrics.yaml"), Gazetteer.load(DEFAULT_DIR / "gazetteer.csv"))

    def run(text, published=PUBLISHED, force_scale=None):
        doc = Document(source="-", text=text, published=published, sha256="0" * 64)
        parsed = nlp(text)
        use = extractor if force_scale is None else ClaimExtractor(extractor.vocabulary, extractor.gazetteer, force_scale)
        return use.extract(doc, parsed, parsed._.quantities)

    return run


def one(claims, surface):
    """The one claim with this surface."""
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, [c.surface for c in claims]
    return found[0]


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
