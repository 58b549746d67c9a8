"""What the reference data holds, per metric and measure: which places and dates, and from which tier
(primary official tables, a supplementary table, rounded copies, or only as reported by the press)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from factcheck.models import Figure

#: How a cell of the grid is drawn: how many places are held at that date, from the primary tables; or
#: the weakest source some of them need (a supplementary table, rounded copies, the press only).
MARKS = {"all": "●", "some": "◐", "national": "○", "supplementary": "s", "rounded": "~", "reported": "r", "none": "·"}
LEGEND = ("● every force and England and Wales · ◐ some forces · ○ England and Wales only · "
          "s some need a supplementary table · ~ some only in rounded copies · r only as reported by the press · "
          "· nothing")


@dataclass
class DateHeld:
    """One date of one series: the places held there, and the weakest tier of source any of them needs."""

    date: dt.date
    tier: str  # primary, supplementary, rounded, reported
    forces: int
    national: bool

    def mark(self, n_forces: int) -> str:
        if self.tier != "primary":
            return MARKS[self.tier]
        if self.forces >= n_forces:
            return MARKS["all"]
        return MARKS["some"] if self.forces else MARKS["national"]


@dataclass
class Series:
    """Coverage of one metric in one measure."""

    metric: str
    measure: str
    places: set[str] = field(default_factory=set)
    dates: dict[dt.date, DateHeld] = field(default_factory=dict)
    figures: int = 0


def _tier(f: Figure) -> str:
    if f.origin.kind != "official":
        return "reported"
    if f.supplementary:
        return "supplementary"
    return "rounded" if f.rounded else "primary"


_ORDER = ["primary", "supplementary", "rounded", "reported"]


def coverage(figures: list[Figure], forces: set[str], national: str, *, metric: str | None = None,
             official_only: bool = False) -> list[Series]:
    """Coverage of every metric and measure (or of one metric), sorted by metric and measure."""
    held: dict[tuple[str, str], dict[dt.date, dict[str, set[str]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    series: dict[tuple[str, str], Series] = {}
    for f in figures:
        if (metric and f.metric != metric) or (official_only and f.origin.kind != "official"):
            continue
        key = (f.metric, f.measure)
        s = series.setdefault(key, Series(f.metric, f.measure))
        s.places.add(f.geography)
        s.figures += 1
        held[key][f.as_of][_tier(f)].add(f.geography)
    for key, by_date in held.items():
        for date, tiers in by_date.items():
            official = {t: places for t, places in tiers.items() if t != "reported"}
            if not official:
                places, weakest = tiers["reported"], "reported"
            else:
                # each place by the best tier that holds it; the cell shows the weakest of those
                best: dict[str, str] = {}
                for t in sorted(official, key=_ORDER.index, reverse=True):
                    best.update(dict.fromkeys(official[t], t))
                places, weakest = set(best), max(best.values(), key=_ORDER.index)
            series[key].dates[date] = DateHeld(date, weakest, len(places & forces), national in places)
    return [series[k] for k in sorted(series)]


def grid_years(all_series: list[Series], first: int = 2003) -> range:
    """The years a grid shows: from 2003 (the start of today's FTE series; earlier dates are counted
    as other dates) to the latest year held."""
    return range(first, max([first, *(d.year for s in all_series for d in s.dates)]) + 1)


def grid_row(s: Series, years: range, n_forces: int) -> tuple[str, int]:
    """One series as its grid cells (a March and a September mark per year, a space between years),
    and how many of its dates fall elsewhere (quarterly uplift updates, December strength figures)."""
    cells = []
    for y in years:
        pair = ""
        for month, day in ((3, 31), (9, 30)):
            d = s.dates.get(dt.date(y, month, day))
            pair += d.mark(n_forces) if d else MARKS["none"]
        cells.append(pair)
    other = sum(1 for d in s.dates if (d.month, d.day) not in ((3, 31), (9, 30)) or d.year not in years)
    return " ".join(cells), other
