"""Golden files: every claim the extractor finds in the examples, field by field, on the real
pipeline. A change to the extractor shows up here as a diff to review; after reviewing it,
regenerate with `python -m pytest tests/test_golden.py --update-golden` and commit the files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.ingest import read_document

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"
FIELDS = ("surface", "start", "end", "value", "value_high", "unit", "hedge", "kind", "direction", "metric",
          "measure", "geography", "as_of", "speaker", "checkable", "share_of")


def _claims(checker, path: Path) -> list[dict]:
    claims = checker.claims(read_document(path))
    return [{f: getattr(c, f) for f in FIELDS} for c in claims]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_extractor_matches_its_golden_file(checker, example, update_golden):
    golden = GOLDEN / f"{example.stem}.json"
    found = _claims(checker, example)
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert golden.is_file(), f"{golden} is missing: run pytest tests/test_golden.py --update-golden"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert len(found) == len(expected), [c["surface"] for c in found]
    for got, want in zip(found, expected, strict=True):
        assert got == want, f"claim {want['surface']!r} changed"
