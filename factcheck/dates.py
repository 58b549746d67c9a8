"""The one place dateparser is called, on short date phrases only, always against the publication date.

dateparser's `search_dates` over whole texts is slow and reads words such as "we" or "may" as dates;
here it only ever sees a phrase a pattern already took for a date, and its result is checked.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import lru_cache

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_RX = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
#: A full or partial date written in an article: "31 December 2021", "December 31 2021", "March 2023".
DATE_PHRASE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RX}\.?,?\s+(?:19|20)\d{{2}}"
    rf"|{MONTH_RX}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    rf"|{MONTH_RX}\.?,?\s+(?:19|20)\d{{2}})\b", re.I)


def month_number(name: str) -> int:
    """1–12 for a month name or its abbreviation ("Sept" → 9)."""
    name = name.strip().lower()[:3]
    return next(i for i, full in enumerate(MONTHS, 1) if full.startswith(name))


_PLAIN_DATE = re.compile(
    rf"\s*(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_RX})\.?,?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<m2>{MONTH_RX})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}})"
    rf"|(?P<m3>{MONTH_RX})\.?,?\s+(?P<y3>(?:19|20)\d{{2}}))\s*", re.I)


def _plain_date(phrase: str) -> tuple[dt.date, str] | None:
    """The usual written forms ("31 March 2023", "December 31 2021", "March 2023") read directly;
    dateparser, which takes half a second to load its language data, is left the rest."""
    m = _PLAIN_DATE.fullmatch(phrase)
    if not m:
        return None
    g = m.groupdict()
    month = month_number(g["m1"] or g["m2"] or g["m3"])
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
    rf"\b(?P<month>{MONTH_RX})\b(?:\s+(?P<rel>this|last|next)\s+year\b)?(?!\.?,?\s+\d)", re.I)
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
        month = month_number(m.group("month"))
        rel = (m.group("rel") or "").lower()
        year = reference.year - (rel == "last") + (rel == "next")
        if not rel:
            # "by September" looks ahead, unless the clause tells what had happened by then
            window = text[max(0, m.start() - 80):m.end() + 40]
            forward = re.search(r"\b(?:by|until|to)\s+(?:the\s+end\s+of\s+)?$", before, re.I) and \
                (FUTURE.search(window) or not _PAST.search(window))
            if forward and month < reference.month:
                year += 1
            elif not forward and month > reference.month:
                year -= 1
        found.append((m.start(), m.end(), month_end(year, month), "month"))
    return sorted(found)


#: A clause that speaks of the future: its dates are deadlines and plans, not the present.
FUTURE = re.compile(r"\b(?:will|would|shall|set\s+to|expect(?:s|ed)?\s+to|plan(?:s|ned)?\s+to|aim(?:s|ed)?\s+to"
                     r"|on\s+(?:target|track|course)\s+to|going\s+to|could|should|must|next|forecast|onwards)\b", re.I)
