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
_MONTH_RX = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
#: A full or partial date written in an article: "31 December 2021", "December 31 2021", "March 2023".
DATE_PHRASE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RX}\.?,?\s+(?:19|20)\d{{2}}"
    rf"|{_MONTH_RX}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    rf"|{_MONTH_RX}\.?,?\s+(?:19|20)\d{{2}})\b", re.I)


@lru_cache(maxsize=2048)
def parse_date_phrase(phrase: str) -> tuple[dt.date, str] | None:
    """A date phrase as (date, precision) with precision "day" or "month", or None."""
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
    taken = [(a, b) for a, b, _, _ in found]
    for m in _MONTH_NO_YEAR.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        before = text[max(0, m.start() - 16):m.start()]
        if not (m.group("rel") or _MONTH_CONTEXT.search(before)):
            continue  # "may" the verb, "March" the verb or a name
        if m.group("month").lower() == "may" and not m.group("rel") and not re.search(r"\b(?:in|by|since)\s+$", before, re.I):
            continue
        month = MONTHS.index(next(n for n in MONTHS if n.startswith(m.group("month").lower()[:3]))) + 1
        rel = (m.group("rel") or "").lower()
        year = reference.year - (rel == "last") + (rel == "next")
        if not rel:
            forward = re.search(r"\b(?:by|until|to)\s+(?:the\s+end\s+of\s+)?$", before, re.I)
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


_YEAR_MENTION = re.compile(r"\b(?:in|of|during|since|at|for|from|and|until)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)", re.I)
_TARGET_BEFORE = re.compile(r"\b(?:by|until|till|before|to|next|from)\s+(?:the\s+end\s+of\s+)?$", re.I)


def latest_date_mentioned(text: str) -> tuple[dt.date, str] | None:
    """The latest date an undated article mentions, as (date, precision "day"|"month"|"year"):
    the best stand-in for its publication date when resolving "in the last year" or "currently".
    Deadlines ("by March 2023") are not the present and are left out."""
    found: list[tuple[dt.date, str]] = []
    for m in DATE_PHRASE.finditer(text):
        if _TARGET_BEFORE.search(text[max(0, m.start() - 24):m.start()]):
            continue
        parsed = parse_date_phrase(m.group(0))
        if parsed:
            found.append(parsed)
    for m in _YEAR_MENTION.finditer(text):
        if m.group(0).lower().startswith(("until", "from")):
            continue
        found.append((dt.date(int(m.group("y")), 12, 31), "year"))
    if not found:
        return None
    # a year mention stands for its own year, not for its last day, when a dated mention is later
    return max(found, key=lambda f: (f[0].year, f[1] != "year", f[0]))
