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
