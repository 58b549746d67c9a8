"""Applying the rules: each checkable claim gets the verdict of the first rule that applies to it."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable

import factcheck.engine.strategies  # noqa: F401  registers the strategies the rules name
from factcheck.engine.comparisons import Outcome, claimed_interval
from factcheck.engine.registry import COMPARISONS, STRATEGIES, Context, Evidence, fmt, words
from factcheck.engine.rules import Rule
from factcheck.models import Claim, Document, Source, Verdict

log = logging.getLogger(__name__)
_RANK = {"supported": 0, "close": 1, "contradicted": 2}


# for a rule that gives no message of its own for an inconsistency found in the article's numbers
_INCONSISTENT = "Claimed {claimed} ({interval}), but the article's own numbers give {arithmetic}."


class _Fields(dict):
    """Message fields; a field a message names but a verdict lacks reads as "?" rather than failing."""

    def __missing__(self, key):
        return "?"


class Engine:
    """Holds the rules and the reference store; judges the claims of one document at a time."""

    def __init__(self, rules: list[Rule], store, *, official_only: bool = False, close_margin: float | None = None):
        self.rules = rules
        self.store = store
        self.official_only = official_only
        self.close_margin = close_margin

    def rule_for(self, claim: Claim, text: str | None = None) -> Rule | None:
        """The first rule whose `applies_to` matches the claim (`text`: the article, for the words
        that follow the number beyond its sentence)."""
        for rule in self.rules:
            a = rule.applies_to
            if not claim.checkable and not a.not_checkable:
                continue
            if claim.kind not in a.kinds:
                continue
            if a.metrics and claim.metric not in {self.store.vocabulary.canonical(m) for m in a.metrics}:
                continue
            if a.units and claim.unit not in a.units:
                continue
            if a.directions and claim.direction not in a.directions:
                continue
            if a.needs_part and not claim.part:
                continue
            if a.needs_levels and not (claim.from_level and claim.to_level):
                continue
            if not _words_around(claim, a, text):
                continue
            return rule
        return None

    def judge(self, claims: list[Claim], doc: Document, *, read_before: dt.date | None = None) -> list[Claim]:
        """Each claim with its verdict; an undated article known to predate a revision (`read_before`)
        is judged on the editions out before it."""
        return [c.model_copy(update={"verdict": self.verdict(c, claims, doc, read_before)}) for c in claims]

    def verdict(self, claim: Claim, claims: list[Claim], doc: Document, read_before: dt.date | None = None) -> Verdict:
        rule = self.rule_for(claim, doc.text)
        if not claim.checkable and rule is None:
            return Verdict(label="not_checkable", explanation=f"Not checked: {claim.reason or 'not a statistical claim'}.")
        if rule is None:
            return Verdict(label="unverifiable",
                           explanation=f"No rule checks a {words(claim.kind)} of {words(claim.metric)} "
                                       f"yet, so “{claim.surface}” "
                                       "cannot be verified.")
        try:
            verdict = self._apply(rule, claim, claims, doc, read_before)
            if not claim.checkable and verdict.label == "unverifiable":
                # the article lacks what its own arithmetic needs: it stays what it was, not a statistic
                return Verdict(label="not_checkable", explanation=f"Not checked: {claim.reason or 'not a statistical claim'}.")
            return verdict
        except Exception as e:  # noqa: BLE001 - one failing rule must not stop the article
            log.exception("rule %s failed on %s", rule.id, claim.surface)
            return Verdict(label="error", rule=rule.id, rule_version=rule.version,
                           explanation=f"Rule {rule.id} ({rule.name}) failed on this claim: {type(e).__name__}: {e}")

    def _apply(self, rule: Rule, claim: Claim, claims: list[Claim], doc: Document, read_before: dt.date | None) -> Verdict:
        metric = self.store.vocabulary.canonical(rule.reference.metric or claim.metric) or claim.metric
        ctx = Context(claim=claim, claims=claims, document=doc, store=self.store, metric=metric,
                      geography=claim.geography or rule.reference.geography, window_days=rule.reference.window_days,
                      official_only=self.official_only, published_by=doc.published or read_before)
        evidences: list[Evidence] = STRATEGIES[rule.reference.strategy](ctx)
        compare = COMPARISONS[rule.compare.comparison]
        margin = self.close_margin if self.close_margin is not None else rule.compare.close_margin
        judged = [(e, Outcome(e.judged, None, None, claimed_interval(claim, e.scale)) if e.judged
                   else compare(claim, e.value, margin, e.scale)) for e in evidences if e.value is not None]
        fields = _Fields(claimed=claim.surface, metric=words(metric), geography=ctx.geography or "England and Wales",
                         as_of=claim.as_of or "no date")
        # the article's own numbers disagree beyond the rule's margin (a rounding slip such as 22.09 for
        # 22.10 per cent is not an inconsistency)
        internal_miss = [(e, o) for e, o in judged if e.internal and o.label == "contradicted"]
        official = [(e, o) for e, o in judged if not e.internal]
        if internal_miss:
            e, o = internal_miss[0]
            label, (e, o) = "inconsistent", (e, o)
        elif official:
            e, o = min(official, key=lambda eo: (_RANK[eo[1].label], abs(eo[1].difference or 0)))
            label = o.label
            fields.update(between=_between_measures(official))
        elif judged and not any(e.missing for e in evidences):
            e, o = judged[0]  # a rule of the article's own arithmetic only
            label = o.label
        else:
            missing = "; ".join(dict.fromkeys(e.missing for e in evidences if e.missing)) or "no official figure"
            fields.update(missing=missing)
            explanation = rule.messages.unverifiable.format_map(fields)
            if judged:  # the article's own numbers agree, but that is not an official check
                explanation += f" The article's own numbers agree: {judged[0][0].arithmetic}."
            return Verdict(label="unverifiable", rule=rule.id, rule_version=rule.version, explanation=explanation)
        return self._judged(rule, claim, e, o, label, fields, lambda v: compare(claim, v, margin, e.scale).label)

    def _judged(self, rule: Rule, claim: Claim, e: Evidence, o: Outcome, label: str, fields: _Fields,
                relabel: Callable[[float], str]) -> Verdict:
        """The verdict of the evidence chosen, with its explanation, sources and series; a contradiction
        resting on a guess or on a reported figure only is said, but not called wrong."""
        sources = [f.source for f in e.figures]
        as_share = e.scale != 1 or claim.kind == "proportion"
        fields.update(official=f"{e.value:.1%}" if as_share else fmt(e.value),
                      official_as_of=e.as_of or "?", measure=e.measure or "", arithmetic=e.arithmetic or "",
                      interval=interval_text(o.claimed, e.scale if e.scale != 1 else (0.01 if as_share else 1)),
                      difference=f"{o.difference * 100:+.1f} percentage points" if as_share and o.difference is not None
                      else fmt(o.difference),
                      source=_cite(sources), note=(f" Note: {e.note}." if e.note else ""))
        template = getattr(rule.messages, label) or (_INCONSISTENT if label == "inconsistent" else rule.messages.contradicted)
        explanation = template.format_map(fields)
        if e.revised:
            value, figure = e.revised
            later = relabel(value)
            shown = f"{value:.1%}" if as_share else fmt(value)
            published = f", published {figure.source.published:%d %b %Y}" if figure.source.published else ""
            explanation += (f" A later edition ({figure.source.title}{published}) revised this to {shown}, which "
                            + (f"would make the claim {later}." if later != label else "does not change the verdict."))
        if any(s.kind == "reported" for s in sources):
            explanation += (" This rests on a reported figure: the official number as reproduced by "
                            + ", ".join(sorted({s.reported_by for s in sources if s.reported_by})) + ".")
        doubt = "; ".join(filter(None, (doubt_of(claim, sources, e.value if e.scale == 1 else None),
                                        fields.get("between")))) if label == "contradicted" and not e.internal else None
        if doubt:
            label, explanation = "unverifiable", f"Not called wrong, because {doubt}. {explanation}"
        series = []
        if e.figures and not e.internal:
            f = e.figures[-1]
            series = [(g.as_of.isoformat(), g.value)
                      for g in self.store.series(f.metric, f.geography, f.measure, official_only=self.official_only)]
        return Verdict(label=label, rule=rule.id, rule_version=rule.version, series=series,
                       official=round(e.value, 6), official_as_of=e.as_of, official_measure=e.measure,
                       claimed=o.claimed, difference=o.difference, tolerance=o.tolerance,
                       arithmetic=e.arithmetic, explanation=explanation, sources=sources,
                       basis="article" if e.internal else "official")


def _between_measures(official: list[tuple[Evidence, Outcome]]) -> str | None:
    """A claim that does not say its measure and lies between two of them (above the FTE figure, below
    the headcount) may count some other way, such as a strength on another definition: not wrong."""
    by_measure = {e.measure: (e.value, o.difference) for e, o in official if e.measure and o.difference}
    above = [(m, v) for m, (v, d) in by_measure.items() if d > 0]
    below = [(m, v) for m, (v, d) in by_measure.items() if d < 0]
    if not (above and below):
        return None
    (m1, v1), (m2, v2) = above[0], below[0]
    return f"it lies between the official {m1} ({fmt(v1)}) and {m2} ({fmt(v2)}) figures, so may count another way"


_GUESSED = {"period": "its date is not stated (read as {as_of}, a guess)",
            "geography": "its place is not stated (read as {geography})",
            "metric": "what it counts is not stated (read as {metric})"}


#: A level this many times larger or smaller than the official one is not a wrong count of the same
#: thing but a count of something else ("the 54 officers promised" against a force's 1,286).
SCALE_APART = 4.0


def doubt_of(claim: Claim, sources: list[Source], official: float | None = None) -> str | None:
    """Why an official figure that disagrees with a claim does not make it wrong: a date, place or
    metric that was only guessed, a level so far from the official one that it must count something
    else, or an official figure known here only as a news agency reproduced it. None when the claim
    can be called wrong."""
    guessed = [_GUESSED[f].format(as_of=claim.as_of or "none", geography=claim.geography or "nowhere",
                                  metric=words(claim.metric)) for f in claim.guessed]
    if claim.kind == "count" and official and claim.value > 0 and \
            max(official / claim.value, claim.value / official) >= SCALE_APART:
        guessed.append(f"a level {claim.value / official:.2g} times the official one is a count of something "
                       "else, not a wrong count of the same thing")
    if sources and all(s.kind == "reported" for s in sources):
        via = ", ".join(sorted({s.reported_by for s in sources if s.reported_by}))
        guessed.append(f"the official figure is known here only as reproduced by {via}")
    return "; ".join(guessed) or None


def _followed_by(claim: Claim, words: list[str], text: str | None) -> bool:
    """One of `words` follows the number in its sentence (or, given the article, in the next one)."""
    if text is not None:
        after = text[claim.end:claim.end + 300]
        after = re.split(r"(?<=[.!?])\s+", after, maxsplit=2)
        after = " ".join(after[:2])
    else:
        at = claim.sentence.find(claim.surface)
        after = claim.sentence[at + len(claim.surface):] if at >= 0 else claim.sentence
    return bool(re.search(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", after, re.I))


def _words_around(claim: Claim, a, text: str | None) -> bool:
    """The rule's word conditions around the number hold (`followed_by`, `preceded_by` and their negations)."""
    return ((not a.followed_by or _followed_by(claim, a.followed_by, text))
            and not (a.not_followed_by and _followed_by(claim, a.not_followed_by, None))
            and (not a.preceded_by or _preceded_by(claim, a.preceded_by))
            and not (a.not_preceded_by and _preceded_by(claim, a.not_preceded_by)))


def _preceded_by(claim: Claim, words: list[str]) -> bool:
    at = claim.sentence.find(claim.surface)
    before = claim.sentence[:at] if at >= 0 else ""
    return bool(re.search(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+$", before, re.I))


def interval_text(bounds, scale: float) -> str:
    """A claimed interval as a reader says it ("more than 11,000", "1.9% to 2.1%"); a scale other
    than 1 means the bounds are fractions shown in per cent."""
    lo, hi = bounds
    unit = "%" if scale != 1 else ""
    k = 100 if scale != 1 else 1
    if lo is None and hi is None:
        return "any value"
    if lo is None:
        return f"at most {fmt(hi * k)}{unit}"
    if hi is None:
        return f"more than {fmt(lo * k)}{unit}"
    if lo == hi:
        return f"{fmt(lo * k)}{unit}"
    a, b = fmt(lo * k), fmt(hi * k)
    if a == b:  # "22.09" is 22.085 to 22.095: show the digits that tell them apart
        a, b = (f"{v * k:,.4f}".rstrip("0").rstrip(".") for v in (lo, hi))
    return f"{a}{unit} to {b}{unit}"


def _cite(sources: list[Source]) -> str:
    parts = []
    # two figures of one table (the two ends of a change) are one source
    for s in {(s.publisher, s.title, s.published, s.kind, s.reported_by): s for s in sources}.values():
        when = f", {s.published:%d %b %Y}" if s.published else ""
        via = f", as reported by {s.reported_by}" if s.kind == "reported" and s.reported_by else ""
        parts.append(f"{s.publisher or s.title}: {s.title}{when}{via}")
    return "; ".join(parts)
