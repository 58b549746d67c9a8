"""When official figures become public: the release calendar built from the reference data."""

from __future__ import annotations

import datetime as dt

from factcheck.dates import month_end


class ReleaseCalendar:
    """When official figures become public. `known` holds each release as (the latest date it has
    figures for, the day it first appeared); a date without a known release is taken to appear after
    the typical lag of the known ones, in the months the series is regularly as at. An article cannot
    cite figures before they appear, and an undated figure in a dated article is the latest one out."""

    def __init__(self, known: list[tuple[dt.date, dt.date]] | None = None, unknown: list[dt.date] | None = None,
                 held: list[dt.date] | None = None):
        # as-at dates held from sources that do not say when they appeared: the calendar cannot tell
        # whether they were out on a given day
        self.unknown = sorted(set(unknown or []))
        first: dict[dt.date, dt.date] = {}
        for as_at, published in known or []:
            # a release of current figures, not a later answer or report that reprints old ones
            if as_at <= published <= as_at + dt.timedelta(days=366):
                first[as_at] = min(published, first.get(as_at, published))
        self.known = dict(sorted(first.items()))
        years: dict[int, set[int]] = {}
        # a table reprinting years of March figures shows March is a regular month, though only the
        # release of its latest date is known
        for as_at in [*self.known, *(held or [])]:
            years.setdefault(as_at.month, set()).add(as_at.year)
        # the series' regular months: those with releases in at least three different years
        self.months = tuple(sorted(m for m, ys in years.items() if len(ys) >= 3))
        lags = sorted((p - a).days for a, p in self.known.items() if a.month in self.months)
        self.lag = dt.timedelta(days=lags[len(lags) // 2] if lags else 0)

    def published(self, as_at: dt.date) -> dt.date:
        """The day figures as at `as_at` appeared (known) or would have: the typical lag in the series'
        regular months; in another month (the quarterly updates of December and June come out within
        weeks, not months) the shortest lag that month has had in other years, else none, so that an
        article is never placed after figures it may have quoted."""
        if as_at in self.known:
            return self.known[as_at]
        if as_at.month in self.months:
            return as_at + self.lag
        lags = [p - a for a, p in self.known.items() if a.month == as_at.month]
        return as_at + min(lags, default=dt.timedelta(0))

    def latest(self, day: dt.date) -> dt.date | None:
        """The latest as-at date whose figures were out on `day`; None when figures of a later date,
        of unknown publication, may already have been."""
        candidates = [a for a, p in self.known.items() if p <= day]
        for year in (day.year - 1, day.year):
            for month in self.months:
                as_at = month_end(year, month)
                if as_at not in self.known and as_at + self.lag <= day:
                    candidates.append(as_at)
        if not candidates:
            return None
        latest = max(candidates)
        if any(latest < a <= day for a in self.unknown):
            return None
        return latest
