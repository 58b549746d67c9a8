"""The one place dateparser is called, on short date phrases only, always against the publication date.

dateparser's `search_dates` over whole texts is slow and reads words such as "we" or "may" as dates;
here it only ever sees a phrase a pattern already took for a date, and its result is checked.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import lru_cache

from factcheck.quantities.lexicon import UNITS_WORDS

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH_RX = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
#: A full or partial date written in an article: "31 December 2021", "December 31 2021", "March 2023".
DATE_PHRASE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RX}\.?,?\s+(?:19|20)\d{{2}}"
    rf"|{_MONTH_RX}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    rf"|{_MONTH_RX}\.?,?\s+(?:19|20)\d{{2}})\b", re.I)


def _month_number(name: str) -> int:
    """1–12 for a month name or its abbreviation ("Sept" → 9)."""
    name = name.strip().lower()[:3]
    return next(i for i, full in enumerate(MONTHS, 1) if full.startswith(name))


_PLAIN_DATE = re.compile(
    rf"\s*(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_RX})\.?,?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<m2>{_MONTH_RX})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}})"
    rf"|(?P<m3>{_MONTH_RX})\.?,?\s+(?P<y3>(?:19|20)\d{{2}}))\s*", re.I)


def _plain_date(phrase: str) -> tuple[dt.date, str] | None:
    """The usual written forms ("31 March 2023", "December 31 2021", "March 2023") read directly;
    dateparser, which takes half a second to load its language data, is left the rest."""
    m = _PLAIN_DATE.fullmatch(phrase)
    if not m:
        return None
    g = m.groupdict()
    month = _month_number(g["m1"] or g["m2"] or g["m3"])
    year = int(g["y1"] or g["y2"] or g["y3"])
    day = g["d1"] or g["d2"]
    if day is None:
        return month_end(year, month), "month"
    try:
        return dt.date(year, month, int(day)), "day"
    except ValueError:
        return None


@lru_cache(maxsize=2048)
def parse_date_phrase(phrase: str) -> tuple[dt.date, str] | None:
    """A date phrase as (date, precision) with precision "day" or "month", or None."""
    plain = _plain_date(phrase)
    if plain is not None or _PLAIN_DATE.fullmatch(phrase):
        return plain
    import dateparser

    has_day = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"(?:19|20)\d{2}", "", phrase)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(phrase, languages=["en"],
                                  settings={"PREFER_DAY_OF_MONTH": "last", "DATE_ORDER": "DMY",
                                            "REQUIRE_PARTS": ["month", "year"]})
    if parsed is None:
        return None
    return parsed.date(), ("day" if has_day else "month")


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def add_months(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, month_end(y, m).day))


def iso_month(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


# A month named without its year: "in March this year", "March last year", "by September", "in March".
_MONTH_NO_YEAR = re.compile(
    rf"\b(?P<month>{_MONTH_RX})\b(?:\s+(?P<rel>this|last|next)\s+year\b)?(?!\.?,?\s+\d)", re.I)
_MONTH_CONTEXT = re.compile(r"\b(?:in|by|since|of|until|to|from|at|as\s+at|as\s+of|between|and|end\s+of)\s+(?:the\s+)?$", re.I)


_PAST = re.compile(r"\b(?:had|fell|rose|dropped|grew|was|were|been)\b", re.I)
_YEAR_END = re.compile(r"\b(?:the\s+)?end\s+of\s+(?:(?P<rel>last|this)\s+year|(?P<year>(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d))", re.I)


def months_mentioned(text: str, reference: dt.date | None) -> list[tuple[int, int, dt.date, str]]:
    """Every date a text names, as (start, end, date, precision): full dates, and months without a
    year resolved against `reference` ("in March this year"; a bare "in March" is the last March on
    or before it; "by September" the next September)."""
    found = []
    for m in DATE_PHRASE.finditer(text):
        parsed = parse_date_phrase(m.group(0))
        if parsed:
            found.append((m.start(), m.end(), *parsed))
    if reference is None:
        return found
    # "at the end of last year", "the end of 2013": December
    for m in _YEAR_END.finditer(text):
        year = int(m.group("year")) if m.group("year") else reference.year - (m.group("rel").lower() == "last")
        found.append((m.start(), m.end(), dt.date(year, 12, 31), "month"))
    taken = [(a, b) for a, b, _, _ in found]
    for m in _MONTH_NO_YEAR.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        before = text[max(0, m.start() - 16):m.start()]
        if not (m.group("rel") or _MONTH_CONTEXT.search(before)):
            continue  # "may" the verb, "March" the verb or a name
        if m.group("month").lower() == "may" and not m.group("rel") and not re.search(r"\b(?:in|by|since)\s+$", before, re.I):
            continue
        month = _month_number(m.group("month"))
        rel = (m.group("rel") or "").lower()
        year = reference.year - (rel == "last") + (rel == "next")
        if not rel:
            # "by September" looks ahead, unless the clause tells what had happened by then
            window = text[max(0, m.start() - 80):m.end() + 40]
            forward = re.search(r"\b(?:by|until|to)\s+(?:the\s+end\s+of\s+)?$", before, re.I) and \
                (_FUTURE.search(window) or not _PAST.search(window))
            if forward and month < reference.month:
                year += 1
            elif not forward and month > reference.month:
                year -= 1
        found.append((m.start(), m.end(), month_end(year, month), "month"))
    return sorted(found)


def statistics_date(text: str, published: dt.date) -> dt.date | None:
    """The month of the statistics an article reports: the latest month it names in the 18 months
    up to its publication ("figures for December" in a February release). Relative periods ("in
    the last year") and undated figures refer to it rather than to the day of publication."""
    earliest = add_months(published, -18)
    months = [d for a, b, d, _ in months_mentioned(text, published)
              if earliest <= d <= month_end(published.year, published.month)
              and not re.search(r"\b(?:by|until|till|before|next)\s+(?:the\s+end\s+of\s+)?$", text[max(0, a - 24):a], re.I)]
    return max(months) if months else None


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
        """The day figures as at `as_at` appeared (known) or would have (typical lag)."""
        return self.known.get(as_at, as_at + self.lag)

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


_YEAR_MENTION = re.compile(r"\b(?:in|of|during|since|at|for|from|and|until)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)", re.I)
_TARGET_BEFORE = re.compile(r"\b(?:by|until|till|before|to|next|from)\s+(?:the\s+end\s+of\s+)?$", re.I)
_FISCAL_MENTION = re.compile(r"\b(?:in|for|of|during|from|since)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?"
                             r"(?P<a>(?:19|20)\d{2})\s*[-/–]\s*(?P<b>\d{2})\b(?!\d)", re.I)
# a clause that speaks of the future: its dates are deadlines and plans, not the present
_FUTURE = re.compile(r"\b(?:will|would|shall|set\s+to|expect(?:s|ed)?\s+to|plan(?:s|ned)?\s+to|aim(?:s|ed)?\s+to"
                     r"|on\s+(?:target|track|course)\s+to|going\s+to|could|should|must|next|forecast|onwards)\b", re.I)
_CLAUSE = re.compile(r"[^;:–—.!?]+?(?=[;:–—]|[.!?](?:\s|$)|,\s+(?:this|which|meaning|but|while|whereas)\b|$)", re.S)
# "a drop of 70 on March 2017", "down 130 from 2017", "compared to 2011": the figures are later
_ANCHOR = re.compile(rf"\b(?:drop|fall|fell|rise|rose|increase|decrease|down|up|fewer|more|higher|lower|cut)\b[^.;]{{0,40}}?"
                     rf"\b(?:on|from|compared\s+(?:to|with)|than(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?"
                     rf"(?P<m>{_MONTH_RX}\s+)?(?P<y>(?:19|20)\d{{2}})\b(?!\s*(?:[-/–]|to\b|onwards))", re.I)
# "In 2010 ... eight years of austerity", "ten years on", "five years later"
_YEARS_ON = re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years\s+"
                       r"(?:of|on|later|after)\b", re.I)
# the article's own day, written without its year: "today (26 April)", "said today, 23 June"
_TODAY = re.compile(rf"\btoday\W{{1,3}}(?:\w+day\W{{1,3}})?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_RX})\b(?!\s+\d)", re.I)


def infer_published(text: str, calendar: ReleaseCalendar | None = None,
                    after: list[dt.date] | tuple[dt.date, ...] = ()) -> dt.date | None:
    """When an undated article appeared, at the earliest: after every date it speaks of as past or
    present (plans and deadlines are left out), after the release of any figures it cites, after
    the year a comparison is made with ("down 130 from 2017"), after the days in `after` (the
    dates of official figures it quotes), and on the day it calls "today"."""
    calendar = calendar or ReleaseCalendar()
    bounds: list[dt.date] = list(after)
    for clause in _CLAUSE.findall(text):
        if _FUTURE.search(clause):
            continue
        for m in DATE_PHRASE.finditer(clause):
            before = clause[max(0, m.start() - 24):m.start()]
            # "by the end of December 2021, forces had recruited" is the past, not a deadline
            if _TARGET_BEFORE.search(before) and not re.search(r"\bhad\b", clause[m.end():]):
                continue
            parsed = parse_date_phrase(m.group(0))
            if parsed:
                bounds.append(calendar.published(parsed[0]))
        for m in _FISCAL_MENTION.finditer(clause):
            a = int(m.group("a"))
            if int(m.group("b")) == (a + 1) % 100:
                bounds.append(calendar.published(dt.date(a + 1, 3, 31)))
        for m in _YEAR_MENTION.finditer(clause):
            if not m.group(0).lower().startswith(("until", "from")):
                bounds.append(dt.date(int(m.group("y")), 1, 1))
        for m in _ANCHOR.finditer(clause):
            y = int(m.group("y")) + 1
            if m.group("m"):
                month = _month_number(m.group("m"))
                bounds.append(calendar.published(month_end(y, month)))
            else:
                bounds.append(dt.date(y, 1, 1))
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        on = _YEARS_ON.search(sentence)
        years = list(_YEAR_MENTION.finditer(sentence[:on.start()])) if on else []
        if on and years and not _FUTURE.search(sentence):
            n = on.group("n").lower()
            bounds.append(dt.date(int(years[-1].group("y")) + (int(n) if n.isdigit() else UNITS_WORDS[n]), 1, 1))
    if not bounds:
        return None
    earliest = max(bounds)
    today = _TODAY.search(text)
    if today:
        month = _month_number(today.group("m"))
        day = dt.date(earliest.year, month, min(int(today.group("d")), month_end(earliest.year, month).day))
        return day if day >= earliest else dt.date(day.year + 1, day.month, day.day)
    return earliest
