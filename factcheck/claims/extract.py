"""From quantities to claims: each number read by small resolvers in order (what it counts, its kind
and direction, what it is a share of, its measure, who says it, where, when, whether it is checkable),
then the numbers of the article tied together."""

from __future__ import annotations

from bisect import bisect_right

from factcheck.claims import cues, links
from factcheck.claims.article import Article, number_at, read_article
from factcheck.claims.checkable import read_checkable
from factcheck.claims.kind import read_change_words, read_direction, read_kind
from factcheck.claims.lexicon import DomainLexicon
from factcheck.claims.metric import noun_from_words, read_counted, read_measure, read_refined, read_share
from factcheck.claims.period import read_period
from factcheck.claims.place import read_place
from factcheck.claims.reading import Reading
from factcheck.claims.speakers import reported_speaker
from factcheck.dating import ReleaseCalendar, infer_published
from factcheck.models import Claim, Dating, Document, Quantity
from factcheck.reference.events import Events
from factcheck.reference.gazetteer import NATIONAL, Gazetteer
from factcheck.reference.vocabulary import Vocabulary


def read_speaker(r: Reading, a: Article, lex: DomainLexicon) -> None:
    """Who says the number: the speaker of the quote it is in, else the one its sentence reports."""
    quote = next((t for t in a.quotes if t.start <= r.q.start < t.end), None)
    r.speaker = quote.speaker if quote else reported_speaker(r.sent.text, r.q.start - r.sent.start)


#: The questions asked of every number, in order: each resolver may use what those before it decided.
RESOLVERS = (read_change_words, read_counted, read_kind, read_refined, read_direction, read_share, read_measure,
             read_speaker, read_place, read_period, read_checkable)


class ClaimExtractor:
    """Turns the quantities of a parsed document into claims, using the domain's vocabulary and places."""

    def __init__(self, vocabulary: Vocabulary, gazetteer: Gazetteer,
                 force_scale: dict[str, tuple[float, float]] | None = None,
                 releases: ReleaseCalendar | None = None, metric_releases: dict[str, ReleaseCalendar] | None = None,
                 events: Events | None = None, scale_of_forces: dict[tuple[str, str], tuple[float, float]] | None = None):
        self.lexicon = DomainLexicon(vocabulary, gazetteer, force_scale, releases, metric_releases, events,
                                     scale_of_forces)
        self.vocabulary = vocabulary
        self.gazetteer = gazetteer
        self.releases = self.lexicon.releases
        self.metric_releases = self.lexicon.metric_releases

    def date_from_text(self, text: str) -> Dating | None:
        """When an undated article appeared, at the earliest, by the dates its text speaks of."""
        earliest = infer_published(text, self.releases, after=self.lexicon.events.bounds(text))
        return Dating(earliest=earliest, basis="text") if earliest else None

    def extract(self, doc: Document, nlp_doc, quantities: list[Quantity], dating: Dating | None = None) -> list[Claim]:
        """The claims of a document; an undated one is placed in time by `dating` (else by its text)."""
        text, lex = doc.text, self.lexicon
        # "the highest drop in the country" and "the national average" compare with the nation; they
        # do not place the figure there
        places = [p for p in lex.places_in(text)
                  if p[2] and not (p[2] == NATIONAL and cues.compares_with_nation(text, p[0], p[1]))]
        if doc.published:
            dating = None
        elif dating is None:
            dating = self.date_from_text(text)
        article = read_article(doc, nlp_doc, places, dating)
        sentences = article.sentences
        starts = [s.start for s in sentences]
        at = [max(0, bisect_right(starts, q.start) - 1) for q in quantities]
        by_words = [noun_from_words(q, text, sentences[si], lex) for q, si in zip(quantities, at, strict=True)]
        parses = nlp_doc._.parses if nlp_doc.has_extension("parses") else None
        if parses is not None:
            # one parse pass over just the sentences where the words do not say what a number counts
            parses.prefetch([number_at(q) for q, (_, decided) in zip(quantities, by_words, strict=True) if not decided])
        readings = []
        for n, (q, si, words) in enumerate(zip(quantities, at, by_words, strict=True)):
            r = Reading(f"c{n + 1}", q, sentences[si], text, words, sentences[si - 1].start if si else None)
            for resolve in RESOLVERS:
                resolve(r, article, lex)
            readings.append(r)
        found_by = {r.id: r.found_by for r in readings}
        claims = [r.claim() for r in readings]
        # a number inside another claim is part of it: the "100,000" of "275 officers per 100,000",
        # the "one" of "one PCSO to 10 officers"
        claims = _outermost(claims)
        claims = links.national_by_size(claims, found_by)
        claims = links.same_subject(links.inherit_metrics(links.restated(claims, text)), text)
        claims = links.relate_pairs(links.link_shares(claims, text), text)
        # "over the same period" takes a period the pairs above may have set, then splits into its own pair
        claims = links.relate_pairs(links.same_period(claims), text)
        return links.restated_change(links.continued(claims))


def _outermost(claims: list[Claim]) -> list[Claim]:
    """The claims that no other claim's span holds (one sweep in order of start: linear, where
    comparing every pair took minutes on a text of thousands of numbers)."""
    inside = set()
    reach: tuple[int, int] | None = None  # (end, start) of the span reaching furthest so far
    for i in sorted(range(len(claims)), key=lambda i: (claims[i].start, -claims[i].end)):
        c = claims[i]
        if reach and reach[0] >= c.end and (reach[1], reach[0]) != (c.start, c.end):
            inside.add(i)
        if reach is None or c.end > reach[0]:
            reach = (c.end, c.start)
    return [c for i, c in enumerate(claims) if i not in inside]
