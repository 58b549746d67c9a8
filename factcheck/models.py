"""The typed hand-overs between stages: document → quantities → claims → figures → verdicts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Hedge = Literal["exact", "over", "under", "at_least", "at_most", "about", "almost", "up_to", "range"]
Kind = Literal["count", "change", "percentage", "proportion", "rate", "money", "target", "rank_record", "other"]
Direction = Literal["up", "down", "none"]
Measure = Literal["headcount", "fte"]
Tier = Literal["official", "reported"]
Label = Literal["supported", "close", "contradicted", "inconsistent", "unverifiable", "not_checkable", "error"]

#: Verdicts in order of how much a journalist needs to look at them (worst first).
LABEL_SEVERITY: dict[str, int] = {
    "error": 6,
    "contradicted": 5,
    "inconsistent": 5,
    "unverifiable": 3,
    "close": 2,
    "supported": 1,
    "not_checkable": 0,
}


class Frozen(BaseModel):
    """Base for values passed between stages: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(Frozen):
    """An article as read: its text exactly as decoded, and what we know about it."""

    source: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_from: str | None = None  # how the date was found: option, header, date line, dateline, metadata
    encoding: str | None = None  # the text encoding a file was read in (None for PDF)
    sha256: str
    url: str | None = None  # where the article was published, from its metadata header
    body_start: int = 0  # where `text` begins in the decoded file: after its metadata header


class Quantity(Frozen):
    """A number written in text, with its hedge as an interval; `text[start:end]` is its surface."""

    start: int
    end: int
    text: str
    value: float
    value_high: float | None = None
    unit: str | None = None  # None (a plain count), percent, percentage_point, GBP, fraction, multiple, rank, …
    hedge: Hedge = "exact"
    bounds: tuple[float | None, float | None]
    resolution: float | None = None  # unit of the last written digit (0 = an exact word such as "half")
    number_start: int | None = None  # where the bare number starts (after hedge and direction words)


class Source(Frozen):
    """Where an official figure was published; `kind` says if it reaches us first hand or as reported."""

    title: str
    url: str
    published: dt.date | None = None
    locator: str | None = None
    kind: Tier = "official"
    publisher: str | None = None
    reported_by: str | None = None  # for the reported tier: the agency or paper that reproduced it
    edition: str | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """One official figure: a metric for a place at a date, with its provenance. A plain dataclass:
    tens of thousands are loaded at every start, each row already validated as a `FigureRow`."""

    metric: str
    geography: str
    geography_code: str | None
    as_of: dt.date
    period: str | None
    measure: str
    value: float
    dataset: str
    edition: str
    locator: str | None
    origin: Source  # the edition it was published in (shared by its figures): title, URL, date, tier
    # rounded to whole numbers (or from a copy with places missing): confirms a quoted number, never
    # enters a sum, a difference or a ranking
    rounded: bool = False
    # from a supplementary dataset: used only where no primary dataset holds this figure
    supplementary: bool = False

    @property
    def source(self) -> Source:
        """Where this figure was published, down to its cell."""
        return self.origin.model_copy(update={"locator": self.locator})


class ReviewNote(Frozen):
    """A person's decision on a verdict (reviews.yaml): accepted as it stands, or overridden."""

    decision: Literal["accept", "override"]
    original: Label  # the verdict the checker gave
    reason: str
    reviewer: str
    date: dt.date

    def text(self, label: str) -> str:
        """"reviewed: overridden from contradicted — the force's own count, accept it (J. Smith, 2026-12-01)"."""
        what = "accepted" if self.decision == "accept" else f"overridden from {self.original} to {label}"
        return f"reviewed: {what} — {self.reason} ({self.reviewer}, {self.date.isoformat()})"


class Verdict(Frozen):
    """A claim's reconciliation with the official figures, carrying its evidence."""

    label: Label
    rule: str | None = None
    rule_version: int | None = None
    official: float | None = None
    official_as_of: str | None = None
    official_measure: str | None = None
    claimed: tuple[float | None, float | None] | None = None
    difference: float | None = None
    tolerance: float | None = None
    arithmetic: str | None = None
    explanation: str
    sources: list[Source] = Field(default_factory=list)
    # what the verdict rests on: official figures, or the article's own numbers (no source needed)
    basis: Literal["official", "article"] | None = None
    # the official series the figure used belongs to (same metric, place and measure): [date, value] pairs
    series: list[tuple[str, float]] = Field(default_factory=list)
    review: ReviewNote | None = None  # a person's decision on it, from reviews.yaml


Precision = Literal["day", "month", "year"]
#: How a reading was made: from the claim's own words, from the reporting context (the release the
#: article reports, a metric's definition, the force the article is about), or as a fallback guess.
How = Literal["stated", "context", "default"]


class When(Frozen):
    """A date as precisely as the text gives it: a day, a month or a year."""

    year: int
    month: int | None = None
    day: int | None = None

    @model_validator(mode="after")
    def _exists(self) -> When:
        if self.month is not None and not 1 <= self.month <= 12 or self.day is not None and self.month is None:
            raise ValueError(f"not a date: {self.iso}")
        if self.day is not None:
            dt.date(self.year, self.month, self.day)  # raises ValueError for 30 February
        return self

    @property
    def precision(self) -> Precision:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def iso(self) -> str:
        """"2023", "2023-03" or "2023-03-31"."""
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    @classmethod
    def parse(cls, text: str) -> When:
        parts = [int(p) for p in text.strip().split("-")]
        if not 1 <= len(parts) <= 3:
            raise ValueError(f"not a date: {text!r}")
        return cls(**dict(zip(("year", "month", "day"), parts, strict=False)))

    def last_day(self) -> dt.date:
        """The last day it covers (a year is taken whole)."""
        if self.day:
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


class Period(Frozen):
    """When a figure is: a point in time (`start` is None) or the period from `start` to `end`, and how
    it was read. An inverted period is an error where it is made, never a comparison."""

    start: When | None = None
    end: When
    how: How = "stated"

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.start is not None and self.start.last_day() > self.end.last_day():
            raise ValueError(f"the period {self.as_of} ends before it starts")
        return self

    @property
    def as_of(self) -> str:
        """The period as written in JSON: "2023-03", or "2022-03/2023-03"."""
        return f"{self.start.iso}/{self.end.iso}" if self.start else self.end.iso

    @classmethod
    def parse(cls, as_of: str, how: How = "stated") -> Period:
        start, _, end = as_of.partition("/")
        return cls(start=When.parse(start), end=When.parse(end), how=how) if end else cls(end=When.parse(start), how=how)

    def ends(self) -> tuple[When, When] | None:
        """The two ends of a period (None for a point)."""
        return (self.start, self.end) if self.start else None


class Claim(Frozen):
    """A quantity that says something: what it counts, where, when, who says it, and its verdict."""

    id: str
    start: int
    end: int
    surface: str
    sentence: str
    sentence_start: int
    value: float
    value_high: float | None = None
    unit: str | None = None
    hedge: Hedge = "exact"
    bounds: tuple[float | None, float | None]
    resolution: float | None = None
    kind: Kind
    direction: Direction = "none"
    metric: str = "other"
    measure: Measure | None = None
    geography: str | None = None
    period: Period | None = None
    speaker: str | None = None
    checkable: bool = False
    reason: str | None = None  # why a claim is not checkable
    share_of: str | None = None  # for shares: the metric of the whole ("of their allocation")
    part: str | None = None  # for shares: the id of the claim giving the part in the same sentence
    # for a change: the ids of the levels the article says it ran between ("fell by 402 from 149,566 to 149,164")
    from_level: str | None = None
    to_level: str | None = None
    # how what it counts and where it is were read (its period says its own): from its words, from the
    # context (the force the article is about, the number before it), or as a fallback guess
    metric_read: How = "stated"
    place_read: How = "stated"
    verdict: Verdict | None = None

    @property
    def read(self) -> dict[str, How]:
        """How each of the three things a verdict rests on was read."""
        return {"metric": self.metric_read, "geography": self.place_read,
                "period": self.period.how if self.period else "default"}

    @property
    def guessed(self) -> list[str]:
        """What was only guessed: a claim is never called wrong on a guess."""
        return [field for field, how in self.read.items() if how == "default"]

    @property
    def as_of(self) -> str | None:
        """The claim's date or period as a string ("2023-03", "2022-03/2023-03"), as JSON writes it."""
        return self.period.as_of if self.period else None


class Dating(Frozen):
    """When an undated article appeared, at the earliest, and what says so: the dates its text
    speaks of, or the official figures it quotes, which it cannot have quoted before the day they count."""

    earliest: dt.date
    basis: Literal["text", "figures"]
    figures_as_at: dt.date | None = None  # the latest date of the figures it quotes
    # it quotes a figure as first published, which a later edition revised: it was written before that
    # edition, so the figures it is judged against are those out by this day
    read_before: dt.date | None = None
    evidence: list[str] = Field(default_factory=list)  # each quoted figure, its date and release


class Report(Frozen):
    """Everything known about one checked document, ready to render."""

    factcheck: str
    document: Document
    claims: list[Claim]
    summary: dict[str, int]
    reference_data: str | None = None
    generated: str | None = None
    dating: Dating | None = None  # for an undated document, when it is taken to have appeared
    # the rules the verdicts name, so a report can explain them: id → name, version, description, rationale
    rules: dict[str, dict[str, str]] = Field(default_factory=dict)
    # reviews of this article whose claim it no longer has: reported, never silently dropped
    stale_reviews: list[str] = Field(default_factory=list)


def summarise(claims: list[Claim]) -> dict[str, int]:
    """The count of claims, of checkable ones, and of each verdict."""
    summary = {"claims": len(claims), "checkable": sum(c.checkable for c in claims)}
    for label in LABEL_SEVERITY:
        summary[label] = sum(1 for c in claims if c.verdict and c.verdict.label == label)
    return summary
