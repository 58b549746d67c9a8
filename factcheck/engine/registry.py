"""The engine's registry: strategies (how the official figure is found) and comparisons (how it is
judged) under versioned names, and the types they hand over (Context, Evidence).

Each is a small function under a versioned name (`factcheck/engine/strategies/`,
`factcheck/engine/comparisons.py`); a rule may only name registered ones, and changed behaviour gets a
new version so that old reports stay reproducible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from factcheck.models import Claim, Document, Figure, Period, When

STRATEGIES: dict[str, Callable] = {}
COMPARISONS: dict[str, Callable] = {}


def strategy(name: str):
    def register(fn):
        STRATEGIES[name] = fn
        return fn
    return register


def comparison(name: str):
    def register(fn):
        COMPARISONS[name] = fn
        return fn
    return register


@dataclass
class Context:
    """What a strategy may use: the claim, the other claims of the article, and the figures."""

    claim: Claim
    claims: list[Claim]
    document: Document
    store: object  # ReferenceStore (kept loose to avoid an import cycle)
    metric: str
    geography: str | None
    window_days: int = 0
    official_only: bool = False
    published_by: dt.date | None = None  # the editions out by then (the article's date, or what bounds it)

    @property
    def metric_words(self) -> str:
        """The metric as a reader writes it (police officers), for explanations."""
        return words(self.metric)

    def lookup(self, metric: str, geography: str, date: dt.date, measure: str | None, *, exact: bool = False):
        """The figure for exactly that date, in the edition out when the article appeared; with `exact`,
        never a rounded copy (for figures that are added, subtracted, divided or ranked)."""
        return self.store.lookup(metric, geography, date, measure, published_by=self.published_by,
                                 official_only=self.official_only, exact=exact)


@dataclass
class Evidence:
    """An official value comparable with the claim, how it was reached, or what is missing."""

    value: float | None = None
    figures: list[Figure] = field(default_factory=list)
    arithmetic: str | None = None
    as_of: str | None = None
    measure: str | None = None
    missing: str | None = None
    internal: bool = False  # computed from the article's own numbers: a miss is an inconsistency
    note: str | None = None
    scale: float = 1.0  # the claim's value times this is in the official figure's units
    # the value a later edition (published after the article) gives, and that edition's figure
    revised: tuple[float, Figure] | None = None
    # the outcome when the check is not "does the value lie in the claim's interval" (parts a total includes)
    judged: str | None = None


def words(name: str) -> str:
    """An id as a reader writes it: police_officers is "police officers", rank_record "rank record"."""
    return str(name).replace("_", " ")


def fmt(v: float | None) -> str:
    """A figure as a journalist writes it: 4,494; 140,228.33; 37.6%."""
    if v is None:
        return "?"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def snapshot(when: When) -> dt.date:
    """The official snapshot a date names: its day, the end of its month, or for a bare year its
    31 March (workforce snapshots are as at 31 March)."""
    if when.precision == "year":
        return dt.date(when.year, 3, 31)
    return when.last_day()


def claim_dates(period: Period | None) -> tuple[dt.date, dt.date] | None:
    """The snapshots at the start and the end of a claim's period (the same one twice for a point)."""
    if period is None:
        return None
    end = snapshot(period.end)
    return (snapshot(period.start) if period.start else end), end
