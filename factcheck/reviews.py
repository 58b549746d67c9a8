"""A reviewer's decisions on verdicts, kept in a plain YAML file beside the reports (reviews.yaml) and
applied on every run, so a false alarm checked once by a person stays settled.

A review is keyed by a fingerprint of its claim: the number as written and its sentence, normalised
(case, spacing, quotes and dashes), not the article's bytes, so it survives a re-run and an edit
elsewhere in the article. The article it was made on is recorded by name and SHA-256; a review made
"everywhere" covers the same claim in every article (the same figure quoted by several releases),
found by the same number in a sentence rapidfuzz finds close. A review of an article whose claim is
gone is reported, never silently dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path, PurePath
from typing import Literal

import yaml
from pydantic import ValidationError, field_validator, model_validator
from rapidfuzz import fuzz

from factcheck.errors import DataError, pydantic_problems
from factcheck.models import Claim, Frozen, Label, Report, ReviewNote, summarise
from factcheck.yamltext import safe_load

#: How close (rapidfuzz ratio, 0–100) a sentence must be to the reviewed one, with the same number,
#: for the review to cover it: an edited word or two, not another sentence with the same figure.
SIMILAR = 90
_FORMAT_NOTE = ("# factcheck reviews: a person's decision on a verdict, applied on every run.\n"
                "# Written by `factcheck review`; plain YAML, one entry per claim, safe to edit by hand.\n")


def normalise(text: str) -> str:
    """A sentence or surface as compared: NFKC, lower case, one kind of quote and dash, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[‘’‚‛′]", "'", re.sub(r"[“”„‟″]", '"', text))
    text = re.sub(r"[‐‑‒–—―−]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def fingerprint(sentence: str, surface: str) -> str:
    return hashlib.sha256(f"{normalise(sentence)}\x00{normalise(surface)}".encode()).hexdigest()[:16]


class Review(Frozen):
    """One decision: which claim (by fingerprint, sentence and surface), on which article, and what."""

    fingerprint: str
    article: str  # the article's file name when reviewed
    article_sha256: str
    surface: str
    sentence: str
    decision: Literal["accept", "override"]
    label: Label | None = None  # the verdict it is set to (override only)
    original: Label  # the verdict the checker gave when it was reviewed
    reason: str
    reviewer: str
    date: dt.date
    everywhere: bool = False  # covers the same claim in every article, not only this one

    @field_validator("reason", "reviewer")
    @classmethod
    def _said(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    @model_validator(mode="after")
    def _label_fits_decision(self) -> Review:
        if self.decision == "override" and self.label is None:
            raise ValueError("an override needs the label it sets the verdict to")
        if self.decision == "accept" and self.label is not None:
            raise ValueError("an accepted verdict keeps its label: give no label, or make it an override")
        return self

    def on_article(self, source: str, sha256: str) -> bool:
        """Made on this article: the same bytes, or a file of the same name (standard input has none)."""
        return sha256 == self.article_sha256 or (source != "-" and PurePath(source).name == self.article)

    def covers(self, claim: Claim) -> float:
        """How well the claim matches this review (0 for no match): its fingerprint, else the same number
        in a sentence at least SIMILAR close."""
        if normalise(claim.surface) != normalise(self.surface):
            return 0.0
        if fingerprint(claim.sentence, claim.surface) == self.fingerprint:
            return 101.0
        score = fuzz.ratio(normalise(claim.sentence), normalise(self.sentence))
        return score if score >= SIMILAR else 0.0

    def note(self) -> ReviewNote:
        return ReviewNote(decision=self.decision, original=self.original, reason=self.reason,
                          reviewer=self.reviewer, date=self.date)


def load_reviews(path: Path) -> list[Review]:
    """The reviews in a file (none when it does not exist); every bad entry is a located error."""
    if not path.exists():
        return []
    try:
        raw = safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise DataError([f"{path}: not valid YAML ({str(e).splitlines()[0]})"]) from None
    except (UnicodeDecodeError, OSError) as e:
        raise DataError([f"{path}: cannot read ({e})"]) from None
    if raw is None:
        return []
    if not isinstance(raw, dict) or not isinstance(raw.get("reviews"), list):
        raise DataError([f"{path}: expected a mapping with a list under 'reviews'"])
    reviews, problems = [], []
    for i, entry in enumerate(raw["reviews"]):
        if not isinstance(entry, dict):
            problems.append(f"{path} → reviews → {i}: expected a mapping of review fields")
            continue
        try:
            reviews.append(Review(**entry))
        except ValidationError as e:
            problems += pydantic_problems(f"{path} → reviews → {i}", e)
    if problems:
        raise DataError(problems)
    return reviews


def save_reviews(path: Path, reviews: list[Review]) -> None:
    """The file, sorted by article and claim so that a change to it is a small diff."""
    from factcheck.report.render import write_atomic

    ordered = sorted(reviews, key=lambda r: (r.article, r.sentence, r.surface))
    entries = [r.model_dump(mode="json", exclude_none=True) for r in ordered]
    write_atomic(path, _FORMAT_NOTE + yaml.safe_dump({"reviews": entries}, sort_keys=False, allow_unicode=True,
                                                     width=100))


def record(reviews: list[Review], review: Review) -> list[Review]:
    """The reviews with this one added, replacing an earlier decision on the same claim of the same article
    (the same fingerprint, or the same number in a sentence since edited)."""
    def same_claim(r: Review) -> bool:
        return r.article == review.article and (r.fingerprint == review.fingerprint or (
            normalise(r.surface) == normalise(review.surface)
            and fuzz.ratio(normalise(r.sentence), normalise(review.sentence)) >= SIMILAR))
    return [*[r for r in reviews if not same_claim(r)], review]


def apply_reviews(report: Report, reviews: list[Review]) -> Report:
    """The report with each review applied to the claim it covers (the best match, one claim per review
    of this article; every match for a review made everywhere), its summary recounted, and the reviews
    of this article that cover no claim listed as stale."""
    doc = report.document
    here = [r for r in reviews if r.on_article(doc.source, doc.sha256)]
    elsewhere = [r for r in reviews if r.everywhere and r not in here]
    decided: dict[str, Review] = {}
    stale = []
    for review in sorted(here, key=lambda r: r.date):  # of two decisions on one claim, the later stands
        score, best = max(((review.covers(c), c) for c in report.claims), key=lambda sc: sc[0], default=(0.0, None))
        if not score:
            stale.append(f"the review of “{review.surface}” ({review.reviewer}, {review.date}) matches no claim "
                         f"of this article any more: “{review.sentence[:120]}”")
            continue
        if review.decision == "accept" and best.verdict and best.verdict.label != review.original:
            stale.append(f"the review accepting “{review.surface}” as {review.original} ({review.reviewer}, "
                         f"{review.date}) no longer applies: the checker now says {best.verdict.label}")
            continue
        decided[best.id] = review
    for review in elsewhere:
        for claim in report.claims:
            if claim.id not in decided and review.covers(claim):
                decided[claim.id] = review
    claims = [_reviewed(c, decided[c.id]) if c.id in decided and c.verdict else c for c in report.claims]
    return report.model_copy(update={"claims": claims, "summary": summarise(claims), "stale_reviews": stale})


def _reviewed(claim: Claim, review: Review) -> Claim:
    verdict = claim.verdict
    label = review.label if review.decision == "override" else verdict.label
    note = review.note().model_copy(update={"original": verdict.label})
    return claim.model_copy(update={"verdict": verdict.model_copy(update={"label": label, "review": note})})
