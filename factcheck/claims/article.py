"""What every number of one article is read against: its sentences and clauses, quotes, the places it
names, the force it is about, the events it dates, and the date relative periods resolve against."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from factcheck.claims import cues
from factcheck.claims.speakers import attribute_quotes, find_quotes
from factcheck.dating import statistics_date
from factcheck.models import Dating, Document, Quantity
from factcheck.reference.gazetteer import NATIONAL


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """What every claim of one article shares: its quotes, places, parse, the force it is about
    (`focus`) and the date relative periods resolve against (`reference`, with its precision)."""

    doc: Document
    sentences: list[Sentence]
    quotes: list
    places: list  # (start, end, canonical place) of every place named, in text order
    token_at: Callable  # the parsed token starting at a character, or None
    focus: str | None
    national: bool  # about England and Wales as a whole: no force in focus, and national words
    reference: tuple[dt.date, str] | None
    published: dt.date | None  # the publication date, or for an undated article the earliest it can be
    events: dict[str, str]  # the year the article gives each event it names ("took over" → "2016")


def read_article(doc: Document, nlp_doc, places: list, dating: Dating | None) -> Article:
    """The article's shared context; an undated one is placed in time by `dating`."""
    text = doc.text
    focus = _focus(places)
    published = doc.published or (dating.earliest if dating else None)
    return Article(doc=doc, sentences=sentences(nlp_doc), quotes=attribute_quotes(text, find_quotes(text)),
                   places=places, token_at=token_lookup(nlp_doc), focus=focus,
                   # an article that names no place at all speaks of the nation's police
                   national=focus is None and (not places or any(p[2] == NATIONAL for p in places)
                                               or bool(cues.NATIONAL_CUES.search(text))),
                   reference=_reference(doc, published, dating.figures_as_at if dating else None),
                   published=published, events=_events(text))


def _reference(doc: Document, published: dt.date | None, quoted_as_at: dt.date | None = None
               ) -> tuple[dt.date, str] | None:
    """The date relative periods and undated figures resolve against, with its precision: the month
    of the statistics the article reports (the latest it names, or of the figures it was found to
    quote), else its publication date — known to the day, or for an undated article inferred from
    the text and known only to the year."""
    if published is None:
        return None
    stats = max(filter(None, (statistics_date(doc.text, published), quoted_as_at)), default=None)
    if stats:
        return stats, "month"
    return published, ("day" if doc.published else "year")


def _focus(places) -> str | None:
    """The force an article is about: the one it names most (at least twice, and more than any other)."""
    counts: dict[str, int] = {}
    for p in places:
        if p[2] != NATIONAL:
            counts[p[2]] = counts.get(p[2], 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


@lru_cache(maxsize=512)
def _clause_breaks(text: str) -> list:
    """Where a sentence's clauses break, found once per sentence, not once per number in it."""
    return list(cues.CLAUSE_BREAK.finditer(text))


def clause(sent: Sentence, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of a sentence that holds text[start:end]: what a future tense, an
    estimate or a programme word must share with a number to speak of it."""
    lo, hi = sent.start, sent.end
    breaks = _clause_breaks(sent.text)
    before = [m for m in breaks if sent.start + m.end() <= start]
    for m in breaks:
        a, b = sent.start + m.start(), sent.start + m.end()
        if b <= start:
            lo = b
        elif a >= end:
            hi = a
            break
    # "the wastage rate – which is … – has increased …": the clause goes on past a dashed aside
    if len(before) >= 2 and cues.DASH.fullmatch(before[-1].group(0).strip()) \
            and cues.DASH.fullmatch(before[-2].group(0).strip()):
        lo = sent.start + (before[-3].end() if len(before) >= 3 else 0)
    return lo, hi


def _events(text: str) -> dict[str, str]:
    """The year an article first gives for each event it names."""
    events: dict[str, str] = {}
    for m in cues.EVENT_IN_YEAR.finditer(text):
        events.setdefault(cues.event_key(m.group("verb")), m.group("year"))
    return events


def number_at(q: Quantity) -> int:
    """Where the bare number starts ("609" in "over 609"): the token the parse is asked about."""
    return q.number_start if q.number_start is not None else q.start


def token_lookup(nlp_doc) -> Callable:
    """The parsed token at a character: parsed on demand when the pipeline defers its parse
    (`doc._.parses`), else from the document as it is (a blank pipeline in tests has no parse)."""
    parses = nlp_doc._.parses if nlp_doc.has_extension("parses") else None
    if parses is not None:
        return parses.token_at
    return {t.idx: t for t in nlp_doc}.get


#: Longer than any sentence of prose: a "sentence" past it (a table flattened to one line, a list of
#: numbers) is read in pieces of this size, so each number is read against bounded text and the
#: article's reading stays linear in its length.
MAX_SENTENCE = 1000


def sentences(nlp_doc) -> list[Sentence]:
    out = []
    for s in nlp_doc.sents:
        start, text = s.start_char, s.text
        while len(text) > MAX_SENTENCE:
            cut = text.rfind(" ", MAX_SENTENCE // 2, MAX_SENTENCE) + 1 or MAX_SENTENCE
            out.append(Sentence(start, start + cut, text[:cut]))
            start, text = start + cut, text[cut:]
        out.append(Sentence(start, s.end_char, text))
    return out
