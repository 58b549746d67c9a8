"""Resolver of where a figure is: a force named before it (or after it, in its clause), a national
word, "the force" meaning the last force named, a figure too large for any force, or the article's
own force or nation."""

from __future__ import annotations

from factcheck.claims import cues
from factcheck.claims.article import Article, clause
from factcheck.claims.lexicon import DomainLexicon
from factcheck.claims.reading import Reading
from factcheck.models import Quantity
from factcheck.reference.gazetteer import NATIONAL


#: How far beyond a force's own largest level (or change) a figure must be before it cannot be that force's.
BEYOND_THE_FORCE = 1.5


def read_place(r: Reading, a: Article, lex: DomainLexicon) -> None:
    r.geography, r.found_by = _geography(r, a, lex)
    if r.found_by == "context" and r.geography and beyond_the_force(r.q, r.kind, r.metric, r.geography, lex):
        # "the force" an article is about cannot have lost 1,893 officers in a year: the nation did
        r.geography, r.found_by = NATIONAL, "size"


def beyond_the_force(q: Quantity, kind: str, metric: str, force: str, lex: DomainLexicon) -> bool:
    """A level or change far larger than this force has ever held or shown."""
    scale = lex.scale_of_forces.get((metric, force))
    if not scale or q.unit is not None or kind not in ("count", "change"):
        return False
    level, change = scale
    limit = level if kind == "count" else (change or level)
    return limit > 0 and q.value > BEYOND_THE_FORCE * limit


def _geography(r: Reading, article: Article, lex: DomainLexicon) -> tuple[str | None, str]:
    """The place a figure is about, and how it was found ("size", "named", "cue", "context")."""
    q, sent, kind, metric = r.q, r.sent, r.kind, r.metric
    spec = lex.vocabulary.metrics.get(metric)
    if spec is not None and spec.national_only and kind == "count":
        return NATIONAL, "context"  # the forces are counted for the nation, whichever force the sentence names
    if beyond_any_force(q, kind, metric, lex):
        return NATIONAL, "size"  # "141,000 officers": more than any one force has ever had
    if cues.NATIONAL_FIGURE_BEFORE.search(article.doc.text[max(sent.start, q.start - 40):q.start]):
        return NATIONAL, "named"  # "above the national average of 467"
    places = article.places
    in_sent = [p for p in places if sent.start <= p[0] < sent.end]
    if kind == "target" and beyond_any_force(q, "count", metric, lex):
        # "the 20,000 officers …": larger than any force's target, so no force's; national when the
        # sentence says so, else (as a pledge with no place) none
        said = cues.NATIONAL_CUES.search(sent.text) or any(p[2] == NATIONAL for p in in_sent)
        return (NATIONAL if said else None), "target size"  # says nothing of the sentence's other numbers
    named = _named_in_sentence(r, in_sent)
    if named:
        return named, "named"
    # a national word before the number, or after it within its clause, as a named place would
    rel = q.start - sent.start
    clause_end = clause(sent, q.start, q.end)[1] - sent.start
    national = [abs(m.start() - rel) for m in cues.NATIONAL_CUES.finditer(sent.text)
                if rel - 100 <= m.start() < clause_end and not cues.compares_with_nation(sent.text, m.start(), m.end())]
    local = [abs(m.start() - rel) for m in cues.FORCE_ANAPHORA.finditer(sent.text)]
    # "within the area … a 5% increase …, for 20,000 more officers nationally": the nearer cue places it
    if national and not (local and min(local) < min(national)):
        return NATIONAL, "cue"
    earlier = [p for p in places if p[0] < sent.start]
    if local:
        # "the force", "the county": the last force named before, else the article's force
        forces = [p for p in earlier if p[2] != NATIONAL]
        if forces or article.focus:
            return (forces[-1][2] if forces else article.focus), "context"
    # "That included 3,243 …" goes on from the sentence before
    if earlier and cues.CONTINUES.match(sent.text) and r.prev_start is not None and earlier[-1][0] >= r.prev_start:
        return earlier[-1][2], "context"
    # "we" and "our" in the words of a force's spokesperson are that force
    if r.speaker and cues.WE.search(sent.text):
        for m in lex.place_rx.finditer(r.speaker):
            place = lex.gazetteer.resolve(m.group(0))
            if place:
                return place, "context"
    # else the force the article is about, or the nation when the article is about the nation;
    # a pledge with no place is not given one
    if kind == "target":
        return None, "context"
    return article.focus or (NATIONAL if article.national else None), "context"


def _named_in_sentence(r: Reading, in_sent: list) -> str | None:
    """A place the sentence names for the number: the last one before it ("Cleveland has seen a fall
    of 234 whilst Durham …"), else one after it within its clause ("655 fewer officers in Avon"),
    unless "the area" before the number has placed it already."""
    q, sent = r.q, r.sent
    if not in_sent:
        return None
    before = [p for p in in_sent if p[0] < q.start]
    if before:
        return before[-1][2]
    lo, hi = clause(sent, q.start, q.end)
    after = [p for p in in_sent if p[0] < hi]
    placed = any(m.start() < q.start - sent.start for m in cues.FORCE_ANAPHORA.finditer(sent.text))
    if after and not placed:
        return after[0][2]
    return None


def beyond_any_force(q: Quantity, kind: str, metric: str, lex: DomainLexicon) -> bool:
    """Larger than any level (or change) a single force has had: a national figure."""
    scale = lex.force_scale.get(metric)
    if not scale or q.unit is not None or kind not in ("count", "change"):
        return False
    level, change = scale
    limit = level if kind == "count" else (change or level)
    return limit > 0 and q.value > limit
