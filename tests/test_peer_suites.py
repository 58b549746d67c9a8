"""find_quantities on number, percent, money and range cases written by other projects
(Recognizers-Text, Duckling, quantulum3), read in place from ../shared/peer_suites."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from factcheck import find_quantities

pytestmark = pytest.mark.slow  # the real CLI and reference data, end to end

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def peer(shared):
    spec = importlib.util.spec_from_file_location("peer_suites", ROOT / "tools" / "peer_suites.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module, shared / "peer_suites"


def test_in_scope_items_are_found_with_their_values(peer):
    module, folder = peer
    items, per_suite = module.score(folder)
    ok = sum(i.ok for i in items if not i.out_of_scope)
    n = sum(1 for i in items if not i.out_of_scope)
    missed = [f"{i.suite}: {i.span!r}" for i in items if not i.out_of_scope and not i.ok]
    assert n > 500, "the in-scope set shrank: check the scope rules"
    assert ok / n >= 0.95, f"{ok}/{n}; missed: {missed}"
    for suite, (found, total) in per_suite.items():
        assert total and found / total >= 0.90, (suite, found, total)


def test_every_out_of_scope_item_has_a_stated_reason(peer):
    module, folder = peer
    items, _ = module.score(folder)
    reasons = {i.out_of_scope for i in items if i.out_of_scope}
    assert all(len(r) > 20 for r in reasons)  # a reason a reader can check, not a code


def test_peer_error_cases_do_not_crash(peer):
    _, folder = peer
    for line in (folder / "quantulum3_errors.jsonl").read_text(encoding="utf-8").splitlines():
        find_quantities(json.loads(line)["input"])
