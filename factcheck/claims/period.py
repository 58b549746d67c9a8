"""Resolver of when a figure is: a date attached to the number, a period the sentence names ("in the
last year", "since 2010", "between 2010 and 2017", "the year to March 2021"), a deadline for a target,
an event the article dates, else the latest official release out when the article appeared.

The readings are tried in order, each a small function that gives a date or period (as an `as_of`
string: `2023`, `2023-03`, `2023-03-31` or `start/end`) or passes; each says how its date is known:
stated in the text, from the reporting context, or a fallback guess."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factcheck.claims import cues
from factcheck.claims.article import Article, clause
from factcheck.claims.lexicon import DomainLexicon
from factcheck.claims.reading import DURATIONS, Reading
from factcheck.dates import add_months, iso_month, months_mentioned, parse_date_phrase
from factcheck.models import How, Period
from factcheck.quantities.patterns import LEVEL_REACHED
from factcheck.quantities.quantulum_adapter import how_many


def read_period(r: Reading, a: Article, lex: DomainLexicon) -> None:
    r.as_of, r.period_how = as_of(r, a, lex)


@dataclass
class _When:
    """What every reading of one number's date shares."""

    r: Reading
    a: Article
    lex: DomainLexicon
    tracked: bool  # a metric with an official series, or a number whose noun is left out
    published: dt.date | None  # the date relative periods resolve against
    precision: str | None  # of `published`: day, month (the statistics' month) or year (inferred)
    dates: list  # every date the sentence names: (position, (date, precision))
    rel: int  # the number's position in its sentence
    lo: int  # its clause, as offsets into the text
    hi: int
    cs: str  # its clause's text (empty for a level said to be "now")
    now: bool  # a level said to be "now", "currently", "the latest": the release the article reports

    @property
    def s(self) -> str:
        return self.r.sent.text

    def point(self, d: dt.date) -> str:
        return str(d.year) if self.precision == "year" else iso_month(d)

    def until_now(self) -> str:
        """Where a period that runs to "now" ends: the month of the statistics the article reports;
        in a dated article that names none, the latest release of the series out when it appeared."""
        if self.precision == "day":
            calendar = self.lex.metric_releases.get(self.r.metric) or (self.lex.releases if self.tracked else None)
            release = calendar.latest(self.published) if calendar else None
            if release:
                return iso_month(release)
        return self.point(self.published)

    def year(self, y: str | int) -> str:
        """"in 2011" for a workforce count in an article about March figures is March 2011."""
        sm = self.lex.vocabulary.series_month
        if self.tracked and sm and self.precision != "year" and self.published and self.published.month == int(sm):
            return f"{y}-{sm}"
        return str(y)


def _context(r: Reading, a: Article, lex: DomainLexicon) -> _When:
    tracked = r.metric == "other" or bool(getattr(lex.vocabulary.metrics.get(r.metric), "measures", None))
    published, precision = a.reference if a.reference else (None, None)
    if not tracked and precision == "month" and a.published:
        # the statistics an article reports date their own series; other figures ("applications
        # in the past twelve months") run to the day it appeared
        published, precision = a.published, ("day" if a.doc.published else "year")
    s = r.sent.text
    # "in March", "the end of last year": named relative to the day the article appeared
    dates = [(pos, (d, p)) for pos, _, d, p in months_mentioned(s, a.published)]
    rel = r.q.start - r.sent.start
    lo, hi = clause(r.sent, r.q.start, r.q.end)
    cs = s[lo - r.sent.start:hi - r.sent.start]
    # a period named in another clause, or a level said to be "now", is not this number's period
    now = r.kind == "count" and bool(cues.NOW_BEFORE.search(s[max(0, rel - 30):rel])
                                     or cues.LATEST_BEFORE.search(s[max(0, rel - 60):rel])
                                     or cues.NOW_AFTER.match(r.text[r.q.end:hi]))
    if now or cues.NOW_BEFORE.search(s[max(0, rel - 30):rel]):
        cs = ""
    return _When(r, a, lex, tracked, published, precision, dates, rel, lo, hi, cs, now)


def as_of(r: Reading, a: Article, lex: DomainLexicon) -> tuple[str | None, How]:
    """The figure's date or period, by the first reading that gives one, and how it is known."""
    if r.kind == "other" and r.unit in (*DURATIONS, "multiple"):
        return None, "stated"
    w = _context(r, a, lex)
    for reading, how in _READINGS:
        found = reading(w)
        if found is not None and "/" in found and r.kind == "count" and \
                LEVEL_REACHED.search(w.s[max(0, w.rel - 60):w.rel]):
            # "fell by 120 to 2,400 in the year to March": the level is the change's end
            found = found.split("/")[1]
        if found is not None and _ordered(found):
            # in an article whose date is only inferred, a period that runs to "now" ends on a guess
            return found, ("default" if reading in _TO_NOW and not a.doc.published else how)
    return None, "default"


def _ordered(as_of: str) -> bool:
    """A period that ends before it starts is a misreading, caught here: the next reading is tried."""
    try:
        Period.parse(as_of)
    except ValueError:
        return False
    return True


def _changed_from_date(w: _When) -> str | None:
    """A change measured from a date: "a drop of 70 on March 2017", "down 130 from 2017" runs from then
    to the date the sentence gives its level (the same month of a later year), else to now."""
    r = w.r
    compared = cues.CHANGE_FROM_DATE.match(w.s, r.q.end - r.sent.start) if r.kind in ("change", "percentage") else None
    if not (compared and w.published):
        return None
    found = months_mentioned(compared.group("when"), w.a.published)
    later = [(pos, d) for pos, (d, p) in w.dates if p != "year" and pos != compared.start("when")]
    end = min(later, key=lambda x: abs(x[0] - w.rel))[1] if later else None
    if found:
        start = iso_month(found[0][2])
    elif end:
        start = f"{compared.group('when')}-{end.month:02d}"
    else:
        start = w.year(compared.group("when"))
    return f"{start}/{iso_month(end) if end else w.until_now()}"


def _compared_with_month(w: _When) -> str | None:
    """A change "compared with September 2011", said after the number in its clause: from then to now."""
    r = w.r
    if not (w.published and r.kind in ("change", "percentage", "proportion") and r.direction != "none"):
        return None
    compared = cues.COMPARED_WITH_MONTH.search(w.cs[r.q.end - w.lo:] if w.cs else "")
    found = months_mentioned(compared.group("when"), w.a.published) if compared else None
    return f"{iso_month(found[0][2])}/{w.until_now()}" if found else None


def _attached(w: _When) -> str | None:
    """A date attached to the number: "1186 in 2009-10", "20,343 in 2012", "16,918 in March 2010"."""
    r = w.r
    attached = cues.DATE_AFTER.match(w.s, r.q.end - r.sent.start)
    if attached and r.kind != "target":
        when = attached.group("when")
        fy = cues.FISCAL.match(when)
        if fy:
            return f"{fy.group('y')}-04/{int(fy.group('y')) + 1}-03"
        found = months_mentioned(when, w.a.published)
        if found:
            d, p = found[0][2], found[0][3]
            return d.isoformat() if p == "day" else iso_month(d)
        if re.fullmatch(r"(?:19|20)\d{2}", when):
            # "1,426 at the end of 2013" is December's figure
            return f"{when}-12" if re.search(r"\bend\s+of\s+$", attached.group(0)[:-len(when)]) else w.year(when)
    before = cues.DATE_BEFORE.search(w.s[:w.rel])
    if before and r.kind != "target":
        fy = cues.FISCAL.fullmatch(before.group("when"))
        if fy and int(fy.group("y2")[-2:]) == (int(fy.group("y")) + 1) % 100:
            return f"{fy.group('y')}-04/{int(fy.group('y')) + 1}-03"
    return None


def _between(w: _When) -> str | None:
    """"between September 2022 and September 2023", "between 2010 and 2017"."""
    between = cues.BETWEEN_DATES.search(w.s)
    if between and w.r.kind in ("change", "percentage", "proportion", "count"):
        ends = [months_mentioned(between.group(g), w.a.published) for g in ("a", "b")]
        if ends[0] and ends[1]:
            return f"{iso_month(ends[0][0][2])}/{iso_month(ends[1][0][2])}"
        if not any(ends) and between.group("a").isdigit() and between.group("b").isdigit():
            return f"{between.group('a')}/{between.group('b')}"
    return None


def _months_back(back: re.Match) -> int:
    if back.group("ayear"):
        return 12
    n = how_many(back.group("n"))
    u = back.group("u").lower()
    return n * (12 if u.startswith("year") else 120 if u == "decade" else 3 if u == "quarter" else 1)


def _period_back(w: _When) -> str | None:
    """"in the last year", "over the past three years", "year on year": back from the statistics'
    month (or, in a speaker's words, from the day they spoke)."""
    r, a = w.r, w.a
    back = cues.PERIOD_BACK.search(w.cs)
    if not (back and w.published and r.kind in ("change", "percentage", "proportion", "rate", "count", "money")):
        return None
    months = _months_back(back)
    end = w.published
    quote = next((t for t in a.quotes if t.start <= r.q.start < t.end), None)
    if quote and w.precision == "month" and a.doc.published and \
            not months_mentioned(a.doc.text[quote.start:quote.end], a.published):
        # a speaker's "in the past twelve months" runs to the day they spoke, unless their own
        # words name the statistics' month
        return f"{iso_month(add_months(a.doc.published, -months))}/{iso_month(a.doc.published)}"
    if w.precision == "month" and cues.DATA_SHOW.search(w.s):
        # "data shows that over the past three years …": the statistics' own period, to their
        # month; officers recruited in it count from the month after its start, a change of
        # level from the level at its start
        start = add_months(end, -months + (1 if cues.FLOW.search(w.cs) else 0))
        return f"{iso_month(start)}/{iso_month(end)}"
    if w.precision == "year" or months >= 24 and back.group("u").lower() == "years":
        # "in the past eight years" is counted in years, up to the year the article speaks in
        end = a.published or w.published
        return f"{end.year - max(1, months // 12)}/{end.year}"
    return f"{iso_month(add_months(end, -months))}/{iso_month(end)}"


def _year_to(w: _When) -> str | None:
    """"in the year to March 2021", "the six months to September 2023"."""
    year_to = cues.YEAR_TO.search(w.cs)
    if year_to and w.r.kind in ("change", "percentage", "count"):
        parsed = parse_date_phrase(year_to.group("d"))
        if parsed:
            end = parsed[0]
            months = how_many(year_to.group("n")) * (12 if not year_to.group("u") or year_to.group("u").lower().startswith("year") else 1)
            return f"{iso_month(add_months(end, -months))}/{iso_month(end)}"
    return None


def _by(w: _When, pos: int) -> bool:
    return bool(re.search(r"\bby\s+(?:the\s+end\s+of\s+)?$", w.s[max(0, pos - 20):pos], re.I))


def _since_month(w: _When) -> str | None:
    """"since March", "since the start of last year": to the date the sentence gives it by, else now."""
    since_month = cues.SINCE_MONTH.search(w.cs)
    if since_month and w.published and w.r.kind in ("change", "percentage", "proportion"):
        found = months_mentioned(since_month.group(0), w.a.published)
        by = [d for pos, (d, _) in w.dates if _by(w, pos)]
        if found:
            return f"{iso_month(found[0][2])}/{iso_month(by[0]) if by else w.until_now()}"
    return None


def _since_event(w: _When) -> str | None:
    """"since the last general election", "since the Coalition came to power": from the month of the
    event (events.yaml, the reporting context) to now; the engine counts from the last official
    snapshot before it."""
    if not (w.published and w.r.kind in ("change", "percentage", "proportion")):
        return None
    for m in re.finditer(r"\bsince\s+", w.cs, re.I):
        found = w.lex.events.since(w.cs[m.end():], w.published)
        if found:
            return f"{iso_month(found[1])}/{w.until_now()}"
    return None


def _event(w: _When) -> str | None:
    """"hired since the campaign launched in 2019", "1859 when I took over": an event is dated to its year."""
    event = cues.SINCE_OR_WHEN_EVENT.search(w.cs)
    r = w.r
    if event and w.published and not (event.group("how").lower() == "when"
                                      and cues.NOW_AFTER.match(w.s[r.q.end - r.sent.start:])):
        y = event.group("year") or w.a.events.get(cues.event_key(event.group("verb")))
        if y and event.group("how").lower() == "since":
            # like "since 2010": counted in years when the article names no statistics it rests on
            return f"{y}/{w.published.year if w.precision == 'day' else w.point(w.published)}"
        if y:
            return y
    return None


def _since(w: _When) -> str | None:
    """"since 2010", "since March 2010", "compared to 2011": from then to now."""
    since = cues.SINCE.search(w.cs) or cues.COMPARED_TO_YEAR.search(w.cs)
    if not (since and since.group("year") and w.published):
        return None
    start = since.group("year")
    if "month" in since.groupdict() and since.group("month"):
        parsed = parse_date_phrase(f"{since.group('month')}{since.group('year')}")
        if parsed:
            start = iso_month(parsed[0])
    elif w.precision == "day":
        # an article that names no statistics it rests on: "since 2010" is counted in years
        return f"{start}/{w.published.year}"
    elif w.lex.vocabulary.series_month and w.tracked and w.r.kind in ("change", "percentage", "proportion"):
        # "lost 21,300 officers since 2010" compares the official series from its 2010 edition
        start = f"{start}-{w.lex.vocabulary.series_month}"
    return f"{start}/{w.until_now()}"


def _than(w: _When) -> str | None:
    """A change "than there were in 2010", "than in March 2010": from then to now."""
    than = cues.THAN_DATE.search(w.cs)
    if not (than and w.published and w.r.kind in ("change", "percentage", "proportion")):
        return None
    start = than.group("year")  # a bare year is the series' own snapshot of that year (claim_dates)
    if than.group("month"):
        parsed = parse_date_phrase(f"{than.group('month')}{than.group('year')}")
        start = iso_month(parsed[0]) if parsed else start
    return f"{start}/{w.until_now()}"


def _years_ahead(ahead: re.Match, published: dt.date) -> str:
    """"over the next three years" from the year the article appeared."""
    return f"{published.year}/{published.year + how_many(ahead.group('n'))}"


def _programme_within(ahead: re.Match, published: dt.date, spec) -> str | None:
    """"our share of the national 20,000 over the next 3 years", written in October 2019: the
    programme's own deadline (March 2023) when it falls within a year of the loose window's end."""
    if not (spec and spec.default_as_of) or "/" in spec.default_as_of:
        return None
    end = add_months(published, 12 * how_many(ahead.group("n")))
    deadline = dt.date.fromisoformat(spec.default_as_of + "-01")
    return spec.default_as_of if published <= deadline and abs((deadline - end).days) <= 366 else None


def _money_ahead(w: _When) -> str | None:
    """"a further £42.5m … over the next two years"."""
    ahead = cues.PERIOD_AHEAD.search(w.cs)
    if ahead and w.published and w.r.kind == "money":
        return _years_ahead(ahead, w.published)
    return None


def _deadline(w: _When) -> str | None:
    """A target's deadline: "by March 2023", "by 2023", "over the next 3 years", a programme's phase
    ("the first tranche"). "By the end of December 2021, forces had recruited" is a count's date, not
    a target's."""
    if w.r.kind != "target":
        return None
    # a "by" date of another clause is another figure's deadline ("… 20,000 over three years, with the
    # 54 promised for Suffolk by March")
    in_clause = [(pos, d) for pos, d in w.dates if w.lo - w.r.sent.start <= pos < w.hi - w.r.sent.start]
    by = [(pos, d) for pos, d in in_clause if _by(w, pos) and not cues.HAD_AFTER.match(w.s[pos:])]
    if by:
        d, precision = min(by, key=lambda x: abs(x[0] - w.rel))[1]
        return d.isoformat() if precision == "day" else iso_month(d)
    by_year = [m for m in cues.BY_YEAR.finditer(w.cs) if not cues.HAD_AFTER.match(w.cs[m.end():])]
    if by_year:
        return by_year[0].group("year")
    spec = w.lex.vocabulary.metrics.get(w.r.metric)
    ahead = cues.PERIOD_AHEAD.search(w.cs)
    if ahead and w.published:
        return _programme_within(ahead, w.published, spec) or _years_ahead(ahead, w.published)
    phase = next((d for cue, d in (spec.phases.items() if spec else ())
                  if re.search(rf"\b{re.escape(cue)}\b", w.cs, re.I)), None)
    return phase


def _programme_end(w: _When) -> str | None:
    """A target with no deadline of its own is due by its programme's end (metrics.yaml `default_as_of`)."""
    spec = w.lex.vocabulary.metrics.get(w.r.metric)
    return spec.default_as_of if w.r.kind == "target" and spec and spec.default_as_of else None


def _fronted(w: _When) -> str | None:
    """A level whose clause opens with its date: "In 2010 the force had 973 officers" (and not the
    "March 2007" of the clause after it)."""
    r = w.r
    if r.kind != "count" or w.now:
        return None
    fronted = cues.FRONTED_DATE.match(r.text[w.lo:r.q.start])
    if fronted is None:
        return None
    when = fronted.group("when")
    found = months_mentioned(when, w.a.published)
    if found:
        d, p = found[0][2], found[0][3]
        return d.isoformat() if p == "day" else iso_month(d)
    return w.year(when)


def _anothers(w: _When, pos: int) -> bool:
    """A date that another number stands between it and this one belongs to that number ("33,293
    officers, down from 34,000 in March 2024": March 2024 is the 34,000's)."""
    a, b = sorted((w.rel + (w.r.q.end - w.r.q.start), pos)) if pos > w.rel else (pos, w.rel)
    return bool(re.search(r"\d", cues.YEARS.sub(" ", w.s[a:b])))


def _named_date(w: _When) -> str | None:
    """The date the sentence names nearest the number, or its financial year (not for a level said to
    be as it stands now: the other dates of its sentence are what it is compared with)."""
    if w.now:
        return None
    dates = [(pos, d) for pos, d in w.dates if not _anothers(w, pos)]
    if dates:
        pos, (d, precision) = min(dates, key=lambda x: abs(x[0] - w.rel))
        return d.isoformat() if precision == "day" else iso_month(d)
    fy = cues.FISCAL.search(w.s)
    if fy:
        y = int(fy.group("y"))
        return f"{y}-04/{y + 1}-03"
    return None


def _named_year(w: _When) -> str | None:
    """The year the sentence names nearest the number (not for a level said to be as it stands now)."""
    years = list(cues.YEAR_ONLY.finditer(w.s))
    if not years or w.now:
        return None
    nearest = min(years, key=lambda m: abs(m.start() - w.rel))
    y = nearest.group("year")
    r = w.r
    if r.kind in ("change", "percentage") and w.published and int(y) < w.published.year and \
            not (w.lo - r.sent.start <= nearest.start() < w.hi - r.sent.start):
        # "In 2010, this figure stood at 4,500, meaning that … 1,000 fewer": a change from
        # a year another clause names to now
        return f"{w.year(y)}/{w.point(w.published)}"
    return w.year(y)


def _by_definition(w: _When) -> str | None:
    """A figure dated by definition ("a baseline of 128,433 officers")."""
    spec = w.lex.vocabulary.metrics.get(w.r.metric)
    return spec.default_as_of if spec and spec.default_as_of and w.r.kind == (spec.kind or w.r.kind) else None


def _latest_release(w: _When) -> str | None:
    """A figure stated without a date is the latest known when the article appeared: for an official
    series, the latest release out by then (a metric without figures of its own, such as
    neighbourhood officers, is published with the rest)."""
    if not (w.published and w.r.kind != "other" and w.precision == "day"):
        return None
    calendar = w.lex.metric_releases.get(w.r.metric) or (w.lex.releases if w.tracked else None)
    release = calendar.latest(w.published) if calendar else None
    return iso_month(release) if release else None


def _around_publication(w: _When) -> str | None:
    """Else the month it appeared: a figure as it stood then (in an undated article, a guess)."""
    return w.point(w.published) if w.published and w.r.kind != "other" else None


#: The readings that count back from, or up to, the day the article appeared.
_TO_NOW = {_changed_from_date, _compared_with_month, _period_back, _since_month, _since_event, _event, _since, _than, _money_ahead, _around_publication}

_READINGS = ((_changed_from_date, "stated"), (_compared_with_month, "stated"), (_attached, "stated"), (_between, "stated"), (_period_back, "stated"),
             (_year_to, "stated"), (_since_month, "stated"), (_since_event, "context"), (_event, "stated"), (_since, "stated"), (_than, "stated"),
             (_money_ahead, "stated"), (_deadline, "stated"), (_programme_end, "context"), (_fronted, "stated"),
             (_named_date, "stated"), (_named_year, "stated"), (_by_definition, "context"), (_latest_release, "context"),
             (_around_publication, "context"))
