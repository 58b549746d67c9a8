"""Resolver of whether a number is an official statistic to check: not a duration, a label, an idiom,
a local plan or forecast, a hypothetical, an estimate, or a count of something no series covers."""

from __future__ import annotations

import re

from factcheck.claims import cues
from factcheck.claims.article import Article, clause
from factcheck.claims.lexicon import DomainLexicon
from factcheck.claims.reading import UNTRACKED, Reading


def read_checkable(r: Reading, a: Article, lex: DomainLexicon) -> None:
    r.checkable, r.reason = _checkable(r, lex)


def _checkable(r: Reading, lex: DomainLexicon) -> tuple[bool, str | None]:
    q, kind, unit, metric, sent = r.q, r.kind, r.unit, r.metric, r.sent
    if r.reason:
        return False, r.reason
    if kind == "other":
        return False, "not a statistic (a duration, a multiple or a count of something else)"
    if cues.NOT_A_CLAIM_BEFORE.search(r.before):
        return False, "a label (page, table, item), not a statistic"
    if q.value == 1 and q.unit is None and cues.IDIOM_AFTER.match(r.after):
        return False, "an idiom, not a statistic"
    lo, hi = clause(sent, q.start, q.end)
    local = sent.text[lo - sent.start:hi - sent.start]
    spec = lex.vocabulary.metrics.get(metric)
    official_target = getattr(spec, "kind", None) == "target"
    if spec is not None and spec.national_only and kind == "count" and cues.DEFINITE_BEFORE.search(r.before):
        return True, None  # "the 43 forces": a fact of the structure, not of the clause's plans
    if kind == "target" and not official_target:
        return False, "a forecast or local plan, not an official statistic"
    if kind == "rate" and unit and unit.endswith(("_per_month", "_per_year", "_per_week")) and cues.FUTURE.search(local):
        return False, "a projection, not an official statistic"
    if re.search(r"\b(?:could|might|may|would|if)\b", local) and not official_target and \
            kind in ("count", "target", "money", "change", "percentage"):
        return False, "a hypothetical"
    if cues.PLAN.search(local) and not official_target and kind in ("count", "change", "percentage", "money"):
        return False, "a plan, not an official statistic"
    if re.search(r"\b(?:initial\s+estimates?|estimates?\s+of|expects?|expected)\b", local, re.I) \
            and kind in ("count", "target", "money"):
        return False, "an estimate or expectation, not an official statistic"
    if kind == "money" and re.search(r"\b(?:to\s+cost|to\s+spend|will\s+cost|will\s+spend|projected|forecast)\b",
                                     local, re.I):
        return False, "a forecast, not an official statistic"
    # last, so that a claim whose metric is inherited later (inherit_metrics) passed every other test
    if spec is None or not spec.measures:
        return False, UNTRACKED
    return True, None
