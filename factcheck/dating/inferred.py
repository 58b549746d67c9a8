"""When an undated article appeared, from what its text says, and the month of the statistics it reports."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.dates import DATE_PHRASE, FUTURE, MONTH_RX, add_months, month_end, month_number, months_mentioned, parse_date_phrase
from factcheck.dating.calendar import ReleaseCalendar
from factcheck.quantities.lexicon import UNITS_WORDS


def statistics_date(text: str, published: dt.date) -> dt.date | None:
    """The month of the statistics an article reports: the latest month it names in the 18 months
    up to its publication ("figures for December" in a February release), not a deadline and not the
    start a change is measured from ("compared with March 2012", "since March"). Relative periods
    ("in the last year") and undated figures refer to it rather than to the day of publication."""
    earliest = add_months(published, -18)
    months = [d for a, b, d, _ in months_mentioned(text, published)
              if earliest <= d <= month_end(published.year, published.month)
              and not _NOT_THE_STATISTICS.search(text[max(0, a - 30):a])]
    return max(months) if months else None


# a deadline, or the start of a comparison: not the month the statistics are as at
_NOT_THE_STATISTICS = re.compile(r"\b(?:by|until|till|before|next|compared\s+(?:with|to)|since|than(?:\s+in)?)\s+"
                                 r"(?:the\s+(?:end|start)\s+of\s+)?$", re.I)


_YEAR_MENTION = re.compile(r"\b(?:in|of|during|since|at|for|from|and|until)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)", re.I)
_TARGET_BEFORE = re.compile(r"\b(?:by|until|till|before|to|next|from)\s+(?:the\s+end\s+of\s+)?$", re.I)
_FISCAL_MENTION = re.compile(r"\b(?:in|for|of|during|from|since)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?"
                             r"(?P<a>(?:19|20)\d{2})\s*[-/–]\s*(?P<b>\d{2})\b(?!\d)", re.I)
# a clause that speaks of the future: its dates are deadlines and plans, not the present
_CLAUSE = re.compile(r"[^;:–—.!?]+?(?=[;:–—]|[.!?](?:\s|$)|,\s+(?:this|which|meaning|but|while|whereas)\b|$)", re.S)
# "a drop of 70 on March 2017", "down 130 from 2017", "compared to 2011": the figures are later
_ANCHOR = re.compile(rf"\b(?:drop|fall|fell|rise|rose|increase|decrease|down|up|fewer|more|higher|lower|cut)\b[^.;]{{0,40}}?"
                     rf"\b(?:on|from|compared\s+(?:to|with)|than(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?"
                     rf"(?P<m>{MONTH_RX}\s+)?(?P<y>(?:19|20)\d{{2}})\b(?!\s*(?:[-/–]|to\b|onwards))", re.I)
# a comparison's start named by its year alone: "since 2019", "up from 2,900 in 2019", "than in 2010";
# the figures compared with it are of a later year
_BASELINE_YEAR = re.compile(r"\b(?:since|(?:from|than|compared\s+(?:to|with))\s+(?:there\s+were\s+)?[\d,.]+"
                            r"(?:\s+[a-z]+){0,3}?\s+in|than\s+(?:there\s+were\s+)?in)\s+(?P<y>(?:19|20)\d{2})\b"
                            r"(?!\s*(?:[-/–]|to\b|onwards))", re.I)
# "In 2010 ... eight years of austerity", "ten years on", "five years later"
_YEARS_ON = re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years\s+"
                       r"(?:of|on|later|after)\b", re.I)
# the article's own day, written without its year: "today (26 April)", "said today, 23 June"
_TODAY = re.compile(rf"\btoday\W{{1,3}}(?:\w+day\W{{1,3}})?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH_RX})\b(?!\s+\d)", re.I)


def infer_published(text: str, calendar: ReleaseCalendar | None = None,
                    after: list[dt.date] | tuple[dt.date, ...] = ()) -> dt.date | None:
    """When an undated article appeared, at the earliest: after every date it speaks of as past or
    present (plans and deadlines are left out), after the release of any figures it cites, after
    the year a comparison is made with ("down 130 from 2017", "since 2019", "up from 2,900 in 2019"),
    after the days in `after` (the dates of official figures it quotes), and on the day it calls "today"."""
    calendar = calendar or ReleaseCalendar()
    bounds: list[dt.date] = list(after)
    for clause in _CLAUSE.findall(text):
        if FUTURE.search(clause):
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
        for m in _BASELINE_YEAR.finditer(clause):
            bounds.append(dt.date(int(m.group("y")) + 1, 1, 1))
        for m in _ANCHOR.finditer(clause):
            y = int(m.group("y")) + 1
            if m.group("m"):
                month = month_number(m.group("m"))
                bounds.append(calendar.published(month_end(y, month)))
            else:
                bounds.append(dt.date(y, 1, 1))
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        on = _YEARS_ON.search(sentence)
        years = list(_YEAR_MENTION.finditer(sentence[:on.start()])) if on else []
        if on and years and not FUTURE.search(sentence):
            n = on.group("n").lower()
            bounds.append(dt.date(int(years[-1].group("y")) + (int(n) if n.isdigit() else UNITS_WORDS[n]), 1, 1))
    if not bounds:
        return None
    earliest = max(bounds)
    today = _TODAY.search(text)
    if today:
        month = month_number(today.group("m"))
        day = dt.date(earliest.year, month, min(int(today.group("d")), month_end(earliest.year, month).day))
        return day if day >= earliest else dt.date(day.year + 1, day.month, day.day)
    return earliest
