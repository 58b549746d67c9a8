"""From quantities to claims: what each number counts, its kind, direction, place, date and speaker."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from bisect import bisect_right
from dataclasses import dataclass

from factcheck.claims.speakers import attribute_quotes, find_quotes, reported_speaker
from factcheck.dates import (DATE_PHRASE, ReleaseCalendar, add_months, infer_published, iso_month, months_mentioned,
                             parse_date_phrase, statistics_date)
from factcheck.models import Claim, Dating, Document, Quantity
from factcheck.quantities.quantulum_adapter import word_number_value
from factcheck.reference.gazetteer import NATIONAL, Gazetteer
from factcheck.reference.vocabulary import Vocabulary

# Words before a number that make it a change, and the direction they give.
_CHANGE_BEFORE = re.compile(
    r"(?P<p>\b(?:(?:fell|fallen|falls?|falling|dropped|drops?|dropping|decreased|decreasing|declined|declining|reduced|shrunk|shrank|cut|down|slumped|plummeted)\s+by(?:\s+an\s+average\s+of)?"
    r"|(?:rose|risen|rises?|rising|increased|increasing|grew|grown|growing|up|jumped|climbed)\s+by(?:\s+an\s+average\s+of)?|(?:(?<=,\s)|(?<=[–—(]\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bnow\s)|(?<=\bbeen\s))(?:up|down)"
    r"|(?:an?\s+)?(?:fall|drop|decrease|decline|reduction|cut|loss|slump|rise|increase|growth|boost|jump|uplift|net\s+gain|net\s+loss|gain)\s+(?:of|in|on)"
    r"|(?:an?\s+)?(?:extra|additional|further)|lost|losing|loses|gained|gaining|gains|shed|axed)\s+)$",
    re.I)
# Verbs that make a number a change without being part of its surface ("has recruited 229 officers").
_ACQUIRE_BEFORE = re.compile(r"\b(?:recruited|recruiting|recruit|hired|hiring|added|adding|lost|gained)\s+(?:\w+\s+)?$", re.I)
_CHANGE_AFTER = re.compile(r"^\s+(?P<p>more|fewer|less|extra|additional|new|higher|lower|up|down"
                           r"|of\s+(?:these|the|those|its|their)\s+(?:new|extra|additional))\b", re.I)
_UP = re.compile(r"\b(?:rose|risen|rise|rises|increas\w*|grew|grown|growth|up|jump\w*|climb\w*|extra|additional|more|gain\w*|"
                 r"boost\w*|recruit\w*|hired|added|adding|new|further|higher|uplift|record|doubled|tripled|trebled)\b", re.I)
_DOWN = re.compile(r"\b(?:fell|fall(?:s|en|ing)?|drop\w*|decreas\w*|declin\w*|reduc\w*|cut|cuts|down|fewer|less|lost|los\w*|"
                   r"shed|axed?|scrap\w*|disappear\w*|slump\w*|plummet\w*|lower|halved|shrunk|shrank)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall|going to|to recruit|to deliver|to get|to reach|to hire|to meet|to bring|"
                     r"target|targets|allocation|allocated|pledge\w*|promis\w*|commitment|committed|forecast\w*|plan\w*|"
                     r"expect\w*|aim\w*|intend\w*|wants?|wanted|ambition|could|set to|on track|need to|needs to|by (?:the end of )?(?:march|april|20\d\d))\b", re.I)
_PAST_RECRUIT = re.compile(r"\b(?:recruited|hired|have been recruited|has recruited|have recruited|joined|already)\b", re.I)
# A rate follows its number, perhaps after the noun it counts: "25 per month", "275 officers per 100,000",
# "20 bobbies on the beat for every 100,000" — but "officers a year ago" is a date, not a rate.
_RATE = re.compile(
    r"^(?P<gap>(?:\s+(?!(?:was|were|is|are|has|have|had|been|will|would|in|to|from|by|at|and|or|than|since|of|a|per|each|every|for)\b)[a-z-]+){0,4}?)"
    r"\s*(?:a|per|each|every|for\s+every|to\s+every)\s+(?P<per>month|year|week|day|officer|police officer|[\d,]+|head|person|resident|100,000|1,000)\b"
    r"(?!\s+(?:ago|earlier|before|later|on)\b)", re.I)
_RATE_NAMED_BEFORE = re.compile(r"\b(?:number|ratio|rate)\s+of\s+(?P<what>[a-z]+)\s+(?:per|for\s+every|to\s+each)\s+"
                                r"(?P<per>police\s+officer|officer|head|person|resident|[\d,]+)\b[^.;]{0,100}$", re.I)
_DURATION = re.compile(r"^[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b", re.I)
_CHANGE_NOUN_BEFORE = re.compile(r"\b(?:increase|rise|fall|drop|decrease|reduction|growth|cut|loss|gain|change)\s+(?:in|of)\b[^.;]{0,80}(?:\b(?:was|is|were|of|by|at)|\()\s*$", re.I)
# A participle after the counted noun makes a number a change: "22,000 … jobs axed since 2010", "19 had been recruited"
_PARTICIPLE_AFTER = re.compile(r"^\s*(?:[A-Za-z(’'][\w()’'-]*\s+){0,12}?(?P<p>axed|cut|lost|shed|gone|recruited|hired|added|transferred|outsourced|seconded)\b(?!(?<!transferred)(?<!outsourced)(?<!seconded)\s+(?:to|by)\b(?!\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?\d|\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))", re.I)
_UP_AND_DOWN = re.compile(r"\bup\s+and\s+down\b", re.I)
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)
_IDIOM_AFTER = re.compile(r"^\s+(?:of\s+(?:the|our|its|their|those|these|us|them)\b|thing\b|day\b|way\b|another\b|by\s+one\b|off\b|time\b)", re.I)
_NOT_A_CLAIM_BEFORE = re.compile(r"\b(?:page|table|figure|chart|section|paragraph|question|item|step|number|no\.|tier|level|phase|grade|band|chapter|article|clause)\s*$", re.I)
_PERIOD_BACK = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+(?:(?:last|past|previous)\s+|(?=decade\b))(?:(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+)?(?P<u>years?|months?|decade|quarter)\b"
    r"|\b(?P<ayear>in\s+a\s+year|a\s+year\s+(?:earlier|before|ago)|year[- ]on[- ]year|on\s+(?:the\s+)?(?:last|previous)\s+year|this\s+time\s+last\s+year)\b", re.I)
_DATA_SHOW = re.compile(r"\b(?:data|figures|statistics|numbers)\s+(?:shows?|showed|reveals?|revealed)\b", re.I)
_FLOW = re.compile(r"\b(?:recruit(?:ed|s|ing)?|hired|joined|joiners?|new\s+(?:officers|recruits|starters)|leavers?|left)\b", re.I)
_SINCE = re.compile(r"\bsince\s+(?:(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d{2})\b|(?P<rel>the\s+(?:last\s+)?(?:general\s+)?election|records\s+began))", re.I)
# an event an article dates once and may name again: "since the recruitment campaign launched in
# 2019", "when he took over as Commissioner in 2016" … "there were 1859 when I took over"
_EVENT_VERB = (r"(?:took\s+(?:over|office)|(?:was|were)\s+(?:elected|appointed|launched|introduced|set\s+up|formed)"
               r"|came\s+into\s+office|launched|began|started)")
_EVENT_IN_YEAR = re.compile(rf"\b(?P<verb>{_EVENT_VERB})\b[^.;\d]{{0,50}}?\bin\s+(?P<year>(?:19|20)\d{{2}})\b(?!\s*[/–-]\s*\d)", re.I)
_SINCE_OR_WHEN_EVENT = re.compile(rf"\b(?P<how>since|when)\s+(?:[\w’'-]+\s+){{1,6}}?(?P<verb>{_EVENT_VERB})\b"
                                  rf"(?:[^.;\d]{{0,50}}?\bin\s+(?P<year>(?:19|20)\d{{2}})\b(?!\s*[/–-]\s*\d))?", re.I)


def _event_key(verb: str) -> str:
    """One name for an event however it is tensed: "took over", "was elected"."""
    return " ".join(re.sub(r"^(?:was|were)\s+", "", verb.lower()).split())


# "in the year to March 2021", "the six months to September 2023", "the two years ending March 2020"
_YEAR_TO = re.compile(r"\b(?:(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+"
                      r"(?P<u>months?|years?)|year)\s+(?:to|ending|up\s+to)\s+(?:the\s+end\s+of\s+)?"
                      r"(?P<d>(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:19|20)\d{2})", re.I)
_FISCAL = re.compile(r"\b(?P<y>(?:19|20)\d{2})\s*[/–-]\s*(?P<y2>(?:19|20)?\d{2})\b")
_YEAR_ONLY = re.compile(r"\b(?:in|at|by|during|for|of|from|to|when)\s+(?P<year>(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)", re.I)
# A date right after a number or its noun: "1186 in 2009-10", "20,343 in 2012", "1,441 officers at the end of March 2023"
_DATE_AFTER = re.compile(
    r"(?:\s+(?!(?:since|from|between|over|during|than|and|but|or)\b)[\w’'-]+){0,4}?\s+(?:in|at|on|as\s+at|as\s+of)\s+(?:the\s+end\s+of\s+)?"
    r"(?P<when>(?:19|20)\d{2}\s*[/–-]\s*(?:19|20)?\d{2}\b|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\.?,?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?:19|20)\d{2}\b"
    r"|(?:19|20)\d{2}\b(?!\s*[/–-]\s*\d)|[A-Z][a-z]+\s+(?:this|last)\s+year\b)")
_CHANGE_FROM_DATE = re.compile(r"\s+(?:on|from|compared\s+(?:with|to))\s+(?P<when>(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:19|20)\d{2}|"
                               r"(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)")
_BETWEEN_DATES = re.compile(r"\b[Bb]etween\s+(?P<a>(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?(?:19|20)\d{2})\s+and\s+(?P<b>(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)")
# "was at its lowest in 2012-13, at 1103": the date, then the number
_DATE_BEFORE = re.compile(r"\bin\s+(?P<when>(?:19|20)\d{2}\s*[/–-]\s*(?:19|20)?\d{2})\s*,?\s+(?:at|with|of|to)\s+$", re.I)
# "by the end of December 2021, forces had recruited …": what had happened by then, not a deadline
_HAD_AFTER = re.compile(r"[^.;]*\bhad\b", re.I)
_BY_YEAR = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?P<year>(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)", re.I)
_PERIOD_AHEAD = re.compile(r"\b(?:over|in|within|during)\s+the\s+(?:next|coming)\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+years\b", re.I)
# "now total 493", "there are currently 1135": the level at the present, whatever period the sentence spans
_NOW_BEFORE = re.compile(r"\b(?:now|currently|at\s+present|presently)\s+(?:[a-z]+\s+){0,2}$", re.I)
_SINCE_MONTH = re.compile(r"\b[Ss]ince\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?(?P<when>[A-Z][a-z]+(?:\s+(?:this|last)\s+year)?)\b(?!\s+\d)")
_COMPARED_TO_YEAR = re.compile(r"\bcompared\s+(?:to|with)\s+(?P<year>(?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)", re.I)
_SHARE_OF = re.compile(r"^\s*(?:of|of\s+(?:the|their|its|our|all|his|her)(?:\s+\w+)?)\s+(?P<noun>[a-z][a-z\s-]{2,40}?)(?:[.,;:)]|\s+(?:were|was|are|is|have|has|had|in|by|from|at|who|which|that|and)\b|$)", re.I)
_NATIONAL_CUES = re.compile(
    r"\b(?:across|in|throughout)\s+(?:england\s+and\s+wales|the\s+country)\b|\bnationally\b|\bnationwide\b|\b43\s+forces\b"
    r"|\benglish\s+and\s+welsh\b"
    # "than the national average" compares rather than places: see _compares_with_nation
    r"|\bnational(?!\s+(?:statistics|insurance|living|audit|police\s+chiefs|crime\s+agency|lottery))\b", re.I)
_COMPARED_WITH_NATION = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|worst|best|most|least|greatest|fastest|slowest|\w+est)\b[^.\x00]{0,30}\x00"
    r"|(?:than|above|below|under|over|with|to)\s+(?:the\s+)?\x00|\x00\s+(?:average|figure|rate|picture|trend)\b", re.I)
_NATIONAL_FIGURE_BEFORE = re.compile(r"\b(?:national|england\s+and\s+wales)\s+(?:average|total|figure)\s+(?:of|is|was|at|stood\s+at)?\s*$", re.I)


def _compares_with_nation(text: str, start: int, end: int) -> bool:
    return bool(_COMPARED_WITH_NATION.search(text[max(0, start - 40):start] + "\x00" + text[end:end + 12]))


_FORCE_ANAPHORA = re.compile(r"\b(?:the\s+force|this\s+force|the\s+constabulary|our\s+force|force's|force’s|locally|"
                             r"force\s+area|the\s+county|(?:in|within|across)\s+the\s+area)\b", re.I)
# Where a clause ends inside a sentence: strong punctuation, a spaced dash, or a comma that opens a new
# clause ("…, which is 34 higher than the target", "…, but we don't yet know …").
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:–—]|\s-\s|,\s*(?=(?:which|while|whilst|but|although|though|meaning|whereas|so|as|after|before|"
    r"despite|with|when)\b)|\s(?=(?:but|while|whilst|whereas|meaning|although)\s)"
    r"|\s(?=and\s+(?:\w+ly\s+)?(?:expects?|expected|will|would|could|says?|said|is|are|was|were|has|have|had)\b))\s*", re.I)
_COMPARED_WITH = re.compile(r"\b(?:on|over|above|below|against|compared\s+(?:with|to))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                            r"(?:[\w-]+\s+){0,2}[\w-]+", re.I)
_DASH = re.compile(r"[–—-]")
_CONTINUES = re.compile(r"^\W*(?:(?:however|but|and|so|yet|still|overall),?\s+)?(?:that|this|these|those|they|it|the\s+figures?|"
                        r"the\s+increase|the\s+rise|the\s+fall|the\s+total)\b", re.I)


@dataclass(frozen=True)
class _Article:
    """What every claim of one article shares: its quotes, places, parse, the force it is about
    (`focus`) and the date relative periods resolve against (`reference`, with its precision)."""

    doc: Document
    sentences: list
    quotes: list
    places: list
    token_at: Callable  # the parsed token starting at a character, or None
    focus: str | None
    national: bool  # about England and Wales as a whole: no force in focus, and national words
    reference: tuple[dt.date, str] | None
    published: dt.date | None  # the publication date, or for an undated article the earliest it can be
    events: dict[str, str]  # the year the article gives each event it names ("took over" → "2016")


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


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str


def _clause(sent: _Sentence, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of a sentence that holds text[start:end]: what a future tense, an
    estimate or a programme word must share with a number to speak of it."""
    lo, hi = sent.start, sent.end
    breaks = list(_CLAUSE_BREAK.finditer(sent.text))
    before = [m for m in breaks if sent.start + m.end() <= start]
    for m in breaks:
        a, b = sent.start + m.start(), sent.start + m.end()
        if b <= start:
            lo = b
        elif a >= end:
            hi = a
            break
    # "the wastage rate – which is … – has increased …": the clause goes on past a dashed aside
    if len(before) >= 2 and _DASH.fullmatch(before[-1].group(0).strip()) and _DASH.fullmatch(before[-2].group(0).strip()):
        lo = sent.start + (before[-3].end() if len(before) >= 3 else 0)
    return lo, hi


def _events(text: str) -> dict[str, str]:
    """The year an article first gives for each event it names."""
    events: dict[str, str] = {}
    for m in _EVENT_IN_YEAR.finditer(text):
        events.setdefault(_event_key(m.group("verb")), m.group("year"))
    return events


def _plural(noun: str) -> str:
    """A pattern for a noun and its plural: "officer(s)", "bobby/bobbies"."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return re.escape(noun[:-1]) + "(?:y|ies)"
    return re.escape(noun) + "(?:s|es)?"


def _number_at(q: Quantity) -> int:
    """Where the bare number starts ("609" in "over 609"): the token the parse is asked about."""
    return q.number_start if q.number_start is not None else q.start


def _token_lookup(nlp_doc) -> Callable:
    """The parsed token at a character: parsed on demand when the pipeline defers its parse
    (`doc._.parses`), else from the document as it is (a blank pipeline in tests has no parse)."""
    parses = nlp_doc._.parses if nlp_doc.has_extension("parses") else None
    if parses is not None:
        return parses.token_at
    return {t.idx: t for t in nlp_doc}.get


def _sentences(nlp_doc) -> list[_Sentence]:
    return [_Sentence(s.start_char, s.end_char, s.text) for s in nlp_doc.sents]


class ClaimExtractor:
    """Turns the quantities of a parsed document into claims, using the domain's vocabulary and places."""

    def __init__(self, vocabulary: Vocabulary, gazetteer: Gazetteer,
                 force_scale: dict[str, tuple[float, float]] | None = None,
                 releases: ReleaseCalendar | None = None, metric_releases: dict[str, ReleaseCalendar] | None = None):
        self.vocabulary = vocabulary
        self.gazetteer = gazetteer
        # when official figures appear (ReferenceStore.release_calendar): dates undated articles; and
        # per metric, the latest release out when a dated article appeared
        self.releases = releases or ReleaseCalendar()
        self.metric_releases = metric_releases or {}
        # per metric, the largest level and change any one force has had (ReferenceStore.force_scale)
        self.force_scale = force_scale or {}
        forms = [f for f in gazetteer.surface_forms if len(f) > 2 or f.isupper()]
        # acronyms ("TVP", "GMP") match case-sensitively; names case-insensitively
        names = [re.escape(f) for f in forms if not f.isupper()]
        acronyms = [re.escape(f) for f in forms if f.isupper()]
        self._place_rx = re.compile(rf"(?i:\b(?:{'|'.join(names)})\b)|\b(?:{'|'.join(acronyms)})\b")
        self._nouns = sorted(((n.lower(), name) for name, m in vocabulary.metrics.items() for n in m.nouns),
                             key=lambda x: -len(x[0]))
        self._refinements = [(name, m) for name, m in vocabulary.metrics.items() if m.refines]
        # the first vocabulary noun within two words, the longest at that place ("nine forces saw officer
        # numbers fall" counts forces): one pattern, tried on every number
        self._noun_after = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:"
                                      + "|".join(f"(?P<n{i}>{_plural(n)})" for i, (n, _) in enumerate(self._nouns))
                                      + r")\b")
        self._measure_rx = {
            measure: re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.I)
            for measure, terms in vocabulary.measure_terms.items()
        }

    # -- the whole document ----------------------------------------------------------------------
    def date_from_text(self, text: str) -> Dating | None:
        """When an undated article appeared, at the earliest, by the dates its text speaks of."""
        earliest = infer_published(text, self.releases)
        return Dating(earliest=earliest, basis="text") if earliest else None

    def extract(self, doc: Document, nlp_doc, quantities: list[Quantity], dating: Dating | None = None) -> list[Claim]:
        """The claims of a document; an undated one is placed in time by `dating` (else by its text)."""
        text = doc.text
        sentences = _sentences(nlp_doc)
        starts = [s.start for s in sentences]
        places = [(m.start(), m.end(), self.gazetteer.resolve(m.group(0))) for m in self._place_rx.finditer(text)]
        # "the highest drop in the country" and "the national average" compare with the nation; they
        # do not place the figure there
        places = [p for p in places if p[2] and not (p[2] == NATIONAL and _compares_with_nation(text, p[0], p[1]))]
        focus = _focus(places)
        if doc.published:
            dating = None
        elif dating is None:
            dating = self.date_from_text(text)
        published = doc.published or (dating.earliest if dating else None)
        article = _Article(doc=doc, sentences=sentences, quotes=attribute_quotes(text, find_quotes(text)),
                           places=places, token_at=_token_lookup(nlp_doc), focus=focus,
                           national=focus is None and (any(p[2] == NATIONAL for p in places)
                                                       or bool(_NATIONAL_CUES.search(text))),
                           reference=_reference(doc, published, dating.figures_as_at if dating else None),
                           published=published, events=_events(text))
        at = [max(0, bisect_right(starts, q.start) - 1) for q in quantities]
        by_words = [self._noun_from_words(q, text, sentences[si]) for q, si in zip(quantities, at, strict=True)]
        parses = nlp_doc._.parses if nlp_doc.has_extension("parses") else None
        if parses is not None:
            # one parse pass over just the sentences where the words do not say what a number counts
            parses.prefetch([_number_at(q) for q, (_, decided) in zip(quantities, by_words, strict=True) if not decided])
        claims: list[Claim] = []
        found_by: dict[str, str] = {}
        for n, (q, si, words) in enumerate(zip(quantities, at, by_words, strict=True)):
            claim, found_by[f"c{n + 1}"] = self._claim(f"c{n + 1}", article, q, si, words)
            claims.append(claim)
        # a number inside another claim is part of it: the "100,000" of "275 officers per 100,000",
        # the "one" of "one PCSO to 10 officers"
        claims = [c for c in claims if not any(o is not c and o.start <= c.start and c.end <= o.end
                                               and (o.start, o.end) != (c.start, c.end) for o in claims)]
        claims = _national_by_size(claims, found_by)
        claims = _relate_pairs(_link_shares(_inherit_metrics(_restated(claims, text)), text), text)
        # "over the same period" takes a period the pairs above may have set, then splits into its own pair
        return _relate_pairs(_same_period(claims), text)

    # -- one claim ---------------------------------------------------------------------------------
    def _claim(self, cid, article: _Article, q: Quantity, si: int,
               by_words: tuple[str | None, bool]) -> tuple[Claim, str]:
        doc, sentences = article.doc, article.sentences
        sent = sentences[si]
        text = doc.text
        before = text[max(sent.start, q.start - 60):q.start]
        after = text[q.end:min(sent.end, q.end + 80)]
        start, end = q.start, q.end
        cm = _CHANGE_BEFORE.search(before)
        ca = _CHANGE_AFTER.match(after)
        if cm:
            start = q.start - len(cm.group("p"))
        if ca:
            end = q.end + ca.end()
        change_words = (cm.group("p") if cm else "") + " " + (ca.group("p") if ca else "")
        am = _ACQUIRE_BEFORE.search(before)
        if am:
            change_words += " " + am.group(0)
        if not change_words.strip():
            # "the reduction in police civilian staff … was about 500", "jobs axed since 2010"
            noun = _CHANGE_NOUN_BEFORE.search(text[max(sent.start, q.start - 140):q.start])
            part = _PARTICIPLE_AFTER.match(text[q.end:sent.end])
            change_words = noun.group(0) if noun else part.group("p") if part else ""
        unit_m = _RATE.match(after) or _DURATION.match(after)
        if unit_m and not ca:
            end = q.end + unit_m.end()
        counted = self._counted_noun(q, sent, by_words, article.token_at)
        metric = counted or "other"
        kind, unit, reason = self._kind(q, text, sent, after, change_words, metric)
        ratio = _ONE_TO_BEFORE.search(before)
        if ratio and q.unit is None:
            # "one PCSO to 10 warranted officers": 10 officers per PCSO
            start = q.start - len(ratio.group(0))
            what = self._noun_metric(ratio.group("per").lower()) or "other"
            kind, unit, reason = "rate", f"{_UNIT_WORD.get(metric, 'people')}_per_{_UNIT_WORD.get(what, what).rstrip('s')}", None
        if kind == "money":
            metric = "money_gbp"
        metric = self._refine(metric, kind, sent, q, text)
        if kind == "target" and metric in ("police_officers", "other"):
            metric = self._programme_by_deadline(text[slice(*_clause(sent, q.start, q.end))]) or metric
        direction = self._direction(q, change_words, sent, kind, text)
        if kind == "other" and unit in ("month", "year", "week", "day", "hour", "minute", "decade", "quarter"):
            metric = "other"
        share_of = None
        if kind in ("proportion", "percentage"):
            sm = _SHARE_OF.match(text[q.end:sent.end])
            if sm:
                share_of = self._metric_of_phrase(sm.group("noun"))
                whole = self.vocabulary.metrics.get(share_of or "")
                if whole is not None and not whole.measures:
                    metric = share_of  # "14 per cent of the population" is about the population
        spec = self.vocabulary.metrics.get(metric)
        if spec is not None and spec.kind:
            kind = spec.kind
        if metric == "uplift_recruits" and kind in ("count", "target"):
            kind = "change"
        # "full-time" speaks of the number it is next to, not of every number in the sentence
        near = text[max(sent.start, q.start - 40):min(sent.end, q.end + 50)]
        measure = next((m for m, rx in self._measure_rx.items() if rx.search(near)), None)
        speaker = self._speaker(q, sent, article.quotes)
        geography, found_by = self._geography(q, sent, article, speaker, sentences[si - 1].start if si else None,
                                              kind, metric)
        as_of = self._as_of(q, sent, article, kind, unit, metric)
        checkable, reason = self._checkable(q, kind, unit, metric, sent, before, after, reason)
        return Claim(id=cid, start=start, end=end, surface=text[start:end], sentence=sent.text.strip(),
                     sentence_start=sent.start, value=q.value, value_high=q.value_high, unit=unit, hedge=q.hedge,
                     bounds=q.bounds, resolution=q.resolution, kind=kind, direction=direction, metric=metric,
                     measure=measure, geography=geography, as_of=as_of, speaker=speaker, checkable=checkable,
                     reason=reason, share_of=share_of), found_by

    def _metric_of_noun(self, phrase: str) -> str | None:
        """The metric of the longest vocabulary noun in a phrase."""
        phrase = " " + phrase.lower() + " "
        for noun, name in self._nouns:
            if re.search(rf"\b{_plural(noun)}\b", phrase):
                return name
        return None

    def _metric_of_phrase(self, phrase: str) -> str | None:
        phrase = " " + phrase.lower() + " "
        for noun, name in self._nouns:
            if re.search(rf"\b{re.escape(noun)}s?\b", phrase):
                return name
        for name, m in self._refinements:
            if any(re.search(rf"\b{re.escape(c)}\b", phrase) for c in m.cues):
                return name
        return None

    def _noun_from_words(self, q: Quantity, text: str, sent: _Sentence) -> tuple[str | None, bool]:
        """The metric of the noun right after the number, and whether the words decided it (a noun of
        ours, or another plural noun it counts); when they did not, the parse is asked."""
        window = text[q.end:min(sent.end, q.end + 60)].lower()
        # "a 5% increase in full-time police officers": the change's noun is what it counts
        window = _CHANGE_IN.sub(" ", window, count=1)
        window = re.sub(r"^\s*(?:(?:more|fewer|less|extra|additional|new|further|full-time|full time|fte|"
                        r"of\s+(?:the|their|its|our|all)|of|in|uniformed|warranted|serving|frontline|front-line|"
                        r"trainee|student|police(?=\s))\b)?\s*", " ", window, count=1)
        hit = self._noun_after.match(window)
        if hit:
            return self._nouns[int(hit.lastgroup[1:])][1], True
        own = _OWN_NOUN.match(window)
        if own and own.group("noun") not in _NOT_A_COUNTED_NOUN:
            return None, True  # "three main themes", "two nations": it counts something else
        return None, False

    def _counted_noun(self, q: Quantity, sent: _Sentence, by_words: tuple[str | None, bool], token_at) -> str | None:
        """The metric of the noun the number counts: the words right after it (`_noun_from_words`),
        else the parse."""
        name, decided = by_words
        if decided:
            return name
        # the parse: the noun the number's token modifies ("229 extra officers", "fell by 29")
        tok = token_at(_number_at(q))
        if tok is not None:
            # up the parse: the noun the number modifies, then the subject of the first verb above it
            # ("fell by 29", "the number of officers … reached an all-time high of 138,155")
            node = tok
            for _ in range(5):
                if node.head is node:
                    break
                node = node.head
                name = self._noun_metric(node.text.lower())  # plurals are the vocabulary's own forms
                if name:
                    return name
                if node.tag_.startswith("VB") or node.tag_ == "MD":
                    for child in node.children:
                        if child.dep_ in ("nsubj", "nsubjpass"):
                            # the subject as a phrase, longest noun first and without the names of
                            # forces: "Police staff jobs" is staff, "Humberside Police" is a place
                            subject = " ".join(t.text.lower() for t in child.subtree)
                            name = self._metric_of_noun(self._place_rx.sub(" ", subject))
                            if name:
                                return name
                    break
        # else the metric noun nearest the number in its sentence: whole nouns ("special constables",
        # not its "constables"), and not inside a force's name ("Humberside Police")
        low = self._place_rx.sub(lambda m: " " * len(m.group(0)), sent.text.lower())
        rel = q.start - sent.start
        found = [(m.start(), m.end(), name) for noun, name in self._nouns
                 for m in re.finditer(rf"\b{_plural(noun)}\b", low)]
        whole = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0] for o in found)]
        best = min(((min(abs(a - rel), abs(b - rel)), name) for a, b, name in whole), default=None)
        if best and best[0] < 120:
            return best[1]
        return None

    def _noun_metric(self, word: str) -> str | None:
        for noun, name in self._nouns:
            if word in (noun, noun + "s", noun + "es") or (noun.endswith("y") and word == noun[:-1] + "ies"):
                return name
        return None

    def _kind(self, q: Quantity, text, sent, after, change_words, metric):
        unit = q.unit
        if unit in ("GBP", "USD", "EUR", "GBX"):
            return "money", unit, None
        if unit in ("percent", "percentage_point"):
            return "percentage", unit, None
        if unit == "fraction":
            return "proportion", None, None
        if unit == "multiple":
            if q.value < 1:
                return "proportion", None, None
            return "other", "multiple", None
        if unit in ("rank", "record"):
            return "rank_record", unit, None
        if unit in ("month", "year", "week", "day", "hour", "minute", "decade", "quarter"):
            if not _RATE.match(after):
                return "other", unit, "a duration"
        rm = _RATE.match(after)
        if rm:
            return "rate", self._rate_unit(rm, metric), None
        named = _RATE_NAMED_BEFORE.search(text[sent.start:q.start])
        if named and not _OWN_NOUN.match(after.lower()):
            # "the number of citizens per officer has risen from 379 to 493": the numbers are that rate
            what = self._noun_metric(named.group("what").lower()) or named.group("what").lower()
            what = "people" if what in ("citizens", "residents", "people", "inhabitants") else _UNIT_WORD.get(what, what)
            per = named.group("per").lower().replace("police ", "").replace(",", "")
            return "rate", f"{what}_per_{per if not per.isdigit() else per + '_population'}", None
        local = text[slice(*_clause(sent, q.start, q.end))]
        just_before = text[max(sent.start, q.start - 40):q.start]
        if _REACHED_BEFORE.search(just_before) or _ALL_OF_BEFORE.search(just_before):
            return "count", None, None  # "rose to 3,610"; "all 150 PCSOs … will go" is the stock there is
        if change_words.strip():
            planned = _FUTURE.search(local) and not _PAST_RECRUIT.search(local)
            if planned or _WHOLE_BEFORE.search(just_before):
                return "target", None, None
            return "change", None, None
        if _FUTURE.search(local) and not _PAST_RECRUIT.search(local):
            return "target", None, None
        if _GOAL_BEFORE.search(just_before):
            return "target", None, None  # "… so far, and needs 25 a month to reach its 609 officers"
        return "count", None, None

    def _rate_unit(self, rate: re.Match, metric: str) -> str:
        """"officers_per_month", "officers_per_100k_population", "people_per_officer": what is counted
        (the noun after the number, else the claim's metric) per what."""
        gap = rate.group("gap").split()
        noun = gap[0].lower() if gap else ""
        what = "people" if noun in ("people", "residents", "inhabitants") else self._noun_metric(noun) or metric
        what = _UNIT_WORD.get(what, what)
        per = rate.group("per").lower().replace(",", "")
        per = {"100000": "100k_population", "1000": "1k_population", "police officer": "officer",
               "head": "person", "resident": "person"}.get(per, per)
        if per.isdigit():
            per = f"{per}_population"
        return f"{what}_per_{per}"

    def _refine(self, metric: str, kind: str, sent: _Sentence, q: Quantity, text: str) -> str:
        """The sharper metric a cue in the number's clause gives ("recruited" officers are uplift recruits)."""
        lo, hi = _clause(sent, q.start, q.end)
        if lo > sent.start and re.match(r"\W*(?:which|that)\b", text[lo:hi], re.I):
            # ", which is at an all-time high" says it of the clause before
            lo = _clause(sent, lo - 2, lo - 1)[0]
        # what the number is compared with after it is not what it counts: "149,164 … an increase on the
        # baseline"; "34 higher than the uplift target" is a difference from it, and is about it
        after = _COMPARED_WITH.sub(" ", text[q.end:hi].lower())
        window = _EVERYONE.sub(" ", text[lo:q.end].lower() + after)
        for name, spec in self._refinements:
            # a target-only metric ("uplift_target") may also sharpen a number with no noun: "the national 20,000"
            if spec.refines != metric and not (metric == "other" and spec.kind and spec.kind == kind):
                continue
            if spec.kinds and kind not in spec.kinds:
                continue
            if any(re.search(rf"\b{re.escape(c)}\b", window) for c in spec.cues):
                return name
        return metric

    def _programme_by_deadline(self, clause: str) -> str | None:
        """A target due by a programme's end date is that programme's ("598 officers by March 2023")."""
        for m in re.finditer(r"\bby\s+(?:the\s+end\s+of\s+)?", clause, re.I):
            date = DATE_PHRASE.match(clause, m.end())
            parsed = parse_date_phrase(date.group(0)) if date else None
            if parsed:
                for name, spec in self._refinements:
                    if spec.kind == "target" and spec.default_as_of == iso_month(parsed[0]):
                        return name
        return None

    def _direction(self, q: Quantity, change_words: str, sent: _Sentence, kind: str, text: str) -> str:
        """The direction the text asserts for this figure: of a change, or of the level a change reached."""
        if q.unit == "multiple":
            return "down" if q.value < 1 else "up"
        words = change_words.strip()
        if words:
            if _DOWN.search(words):
                return "down"
            if _UP.search(words):
                return "up"
        before = text[max(sent.start, q.start - 60):q.start]
        after = text[q.end:min(sent.end, q.end + 90)]
        # "a 19% decrease", "fallen dramatically by 27.8%", "1,324 officers - down from 1,426", "a drop of 70"
        nearby = _BY_AFTER_VERB.search(before) or _LOCAL_CHANGE_AFTER.match(after)
        if nearby:
            return "down" if _DOWN.search(nearby.group(0)) else "up"
        if kind == "target":
            return "up"
        if kind == "count" and re.search(r"\b(?:record|all-time\s+high|highest)\b", before + after, re.I):
            return "up"
        if kind == "count":
            # what the clause says becomes of the number: "all 150 PCSOs … will disappear"
            own = text[q.end:_clause(sent, q.start, q.end)[1]]
            if _DOWN.search(own) and not _UP.search(own) and not re.search(r"\d", own):  # not another number's change
                return "down"
        if kind == "money":
            window = text[max(sent.start, q.start - 50):min(sent.end, q.end + 50)]
            if _MONEY_DOWN.search(window):
                return "down"
        if kind in ("change", "rank_record"):
            said = _UP_AND_DOWN.sub(" ", sent.text)  # "up and down the country" says neither
            ups, downs = len(_UP.findall(said)), len(_DOWN.findall(said))
            if downs > ups:
                return "down"
            if ups > downs:
                return "up"
        return "none"

    def _geography(self, q: Quantity, sent: _Sentence, article: _Article, speaker: str | None,
                   prev_start: int | None, kind: str, metric: str) -> tuple[str | None, str]:
        """The place a figure is about, and how it was found ("size", "named", "cue", "context")."""
        if self._beyond_any_force(q, kind, metric):
            return NATIONAL, "size"  # "141,000 officers": more than any one force has ever had
        if _NATIONAL_FIGURE_BEFORE.search(article.doc.text[max(sent.start, q.start - 40):q.start]):
            return NATIONAL, "named"  # "above the national average of 467"
        places = article.places
        in_sent = [p for p in places if sent.start <= p[0] < sent.end]
        if kind == "target" and self._beyond_any_force(q, "count", metric):
            # "the 20,000 officers …": larger than any force's target, so no force's; national when the
            # sentence says so, else (as a pledge with no place) none
            said = _NATIONAL_CUES.search(sent.text) or any(p[2] == NATIONAL for p in in_sent)
            return (NATIONAL if said else None), "target size"  # says nothing of the sentence's other numbers
        if in_sent:
            # "Cleveland has seen a fall of 234 whilst Durham …": the place named before the number
            before = [p for p in in_sent if p[0] < q.start]
            if before:
                return before[-1][2], "named"
            # a place after the number places it only from within its clause ("655 fewer officers in Avon"),
            # and not when "the area" before it has placed it already
            lo, hi = _clause(sent, q.start, q.end)
            after = [p for p in in_sent if p[0] < hi]
            placed = any(m.start() < q.start - sent.start for m in _FORCE_ANAPHORA.finditer(sent.text))
            if after and not placed:
                return after[0][2], "named"
        # a national word before the number, or after it within its clause, as a named place would
        rel = q.start - sent.start
        clause_end = _clause(sent, q.start, q.end)[1] - sent.start
        national = [abs(m.start() - rel) for m in _NATIONAL_CUES.finditer(sent.text)
                    if rel - 100 <= m.start() < clause_end and not _compares_with_nation(sent.text, m.start(), m.end())]
        local = [abs(m.start() - rel) for m in _FORCE_ANAPHORA.finditer(sent.text)]
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
        if earlier and _CONTINUES.match(sent.text) and prev_start is not None and earlier[-1][0] >= prev_start:
            return earlier[-1][2], "context"
        # "we" and "our" in the words of a force's spokesperson are that force
        if speaker and _WE.search(sent.text):
            for m in self._place_rx.finditer(speaker):
                place = self.gazetteer.resolve(m.group(0))
                if place:
                    return place, "context"
        # else the force the article is about, or the nation when the article is about the nation;
        # a pledge with no place is not given one
        if kind == "target":
            return None, "context"
        return article.focus or (NATIONAL if article.national else None), "context"

    def _beyond_any_force(self, q: Quantity, kind: str, metric: str) -> bool:
        scale = self.force_scale.get(metric)
        if not scale or q.unit is not None or kind not in ("count", "change"):
            return False
        level, change = scale
        limit = level if kind == "count" else (change or level)
        return limit > 0 and q.value > limit

    def _as_of(self, q: Quantity, sent: _Sentence, article: _Article, kind: str,
               unit: str | None, metric: str) -> str | None:
        # a metric with an official series, or a number whose noun is left out (it inherits one later)
        tracked = metric == "other" or bool(getattr(self.vocabulary.metrics.get(metric), "measures", None))
        published, precision = article.reference if article.reference else (None, None)
        if not tracked and precision == "month" and article.published:
            # the statistics an article reports date their own series; other figures ("applications
            # in the past twelve months") run to the day it appeared
            published, precision = article.published, ("day" if article.doc.published else "year")

        def point(d: dt.date) -> str:
            return str(d.year) if precision == "year" else iso_month(d)

        if kind == "other" and unit in ("month", "year", "week", "day", "hour", "minute", "decade", "quarter", "multiple"):
            return None
        s = sent.text
        # "in March", "the end of last year": named relative to the day the article appeared
        dates = [(a, (d, p)) for a, _, d, p in months_mentioned(s, article.published)]
        rel = q.start - sent.start

        def year(y: str | int) -> str:
            # "in 2011" for a workforce count in an article about March figures is March 2011
            sm = self.vocabulary.series_month
            if tracked and sm and precision != "year" and published and published.month == int(sm):
                return f"{y}-{sm}"
            return str(y)

        # a change measured from a date: "a drop of 70 on March 2017", "down 130 from 2017" runs from then
        # to the date the sentence gives its level (the same month of a later year), else to now
        compared = _CHANGE_FROM_DATE.match(s, q.end - sent.start) if kind in ("change", "percentage") else None
        if compared and published:
            found = months_mentioned(compared.group("when"), article.published)
            later = [(pos, d) for pos, (d, p) in dates if p != "year" and pos != compared.start("when")]
            end = min(later, key=lambda x: abs(x[0] - rel))[1] if later else None
            if found:
                start = iso_month(found[0][2])
            elif end:
                start = f"{compared.group('when')}-{end.month:02d}"
            else:
                start = year(compared.group("when"))
            return f"{start}/{iso_month(end) if end else point(published)}"
        # a date attached to the number: "1186 in 2009-10", "20,343 in 2012", "16,918 in March 2010"
        attached = _DATE_AFTER.match(s, q.end - sent.start)
        if attached and kind != "target":
            when = attached.group("when")
            fy = _FISCAL.match(when)
            if fy:
                return f"{fy.group('y')}-04/{int(fy.group('y')) + 1}-03"
            found = months_mentioned(when, article.published)
            if found:
                d, p = found[0][2], found[0][3]
                return d.isoformat() if p == "day" else iso_month(d)
            if re.fullmatch(r"(?:19|20)\d{2}", when):
                # "1,426 at the end of 2013" is December's figure
                return f"{when}-12" if re.search(r"\bend\s+of\s+$", attached.group(0)[:-len(when)]) else year(when)
        before = _DATE_BEFORE.search(s[:rel])
        if before and kind != "target":
            fy = _FISCAL.fullmatch(before.group("when"))
            if fy and int(fy.group("y2")[-2:]) == (int(fy.group("y")) + 1) % 100:
                return f"{fy.group('y')}-04/{int(fy.group('y')) + 1}-03"
        between = _BETWEEN_DATES.search(s)
        if between and kind in ("change", "percentage", "proportion", "count"):
            ends = [months_mentioned(between.group(g), article.published) for g in ("a", "b")]
            if ends[0] and ends[1]:
                return f"{iso_month(ends[0][0][2])}/{iso_month(ends[1][0][2])}"
            if not any(ends) and between.group("a").isdigit() and between.group("b").isdigit():
                return f"{between.group('a')}/{between.group('b')}"  # "between 2010 and 2017"
        # a period named in another clause, or a level said to be "now", is not this number's period
        lo, hi = _clause(sent, q.start, q.end)
        cs = sent.text[lo - sent.start:hi - sent.start]
        if _NOW_BEFORE.search(s[max(0, rel - 30):rel]):
            cs = ""
        back = _PERIOD_BACK.search(cs)
        if back and published and kind in ("change", "percentage", "proportion", "rate", "count", "money"):
            if back.group("ayear"):
                months = 12
            else:
                n = back.group("n")
                n = int(n) if n and n.isdigit() else int(word_number_value(n) or 1) if n else 1
                u = back.group("u").lower()
                months = n * (12 if u.startswith("year") else 120 if u == "decade" else 3 if u == "quarter" else 1)
            end = published
            quote = next((t for t in article.quotes if t.start <= q.start < t.end), None)
            if quote and precision == "month" and article.doc.published and \
                    not months_mentioned(article.doc.text[quote.start:quote.end], article.published):
                # a speaker's "in the past twelve months" runs to the day they spoke, unless their own
                # words name the statistics' month
                return f"{iso_month(add_months(article.doc.published, -months))}/{iso_month(article.doc.published)}"
            if precision == "month" and _DATA_SHOW.search(s):
                # "data shows that over the past three years …": the statistics' own period, to their
                # month; officers recruited in it count from the month after its start, a change of
                # level from the level at its start
                start = add_months(end, -months + (1 if _FLOW.search(cs) else 0))
                return f"{iso_month(start)}/{iso_month(end)}"
            if precision == "year" or months >= 24 and back.group("u").lower() == "years":
                # "in the past eight years" is counted in years, up to the year the article speaks in
                end = article.published or published
                return f"{end.year - max(1, months // 12)}/{end.year}"
            return f"{iso_month(add_months(end, -months))}/{iso_month(end)}"
        year_to = _YEAR_TO.search(cs)
        if year_to and kind in ("change", "percentage", "count"):
            parsed = parse_date_phrase(year_to.group("d"))
            if parsed:
                end = parsed[0]
                n = year_to.group("n")
                n = (int(n) if n.isdigit() else int(word_number_value(n) or 1)) if n else 1
                months = n * (12 if not year_to.group("u") or year_to.group("u").lower().startswith("year") else 1)
                return f"{iso_month(add_months(end, -months))}/{iso_month(end)}"
        since_month = _SINCE_MONTH.search(cs)
        if since_month and published and kind in ("change", "percentage", "proportion"):
            found = months_mentioned(since_month.group(0), article.published)
            by = [d for pos, (d, _) in dates if re.search(r"\bby\s+(?:the\s+end\s+of\s+)?$", s[max(0, pos - 20):pos], re.I)]
            if found:
                return f"{iso_month(found[0][2])}/{iso_month(by[0]) if by else point(published)}"
        # "hired since the campaign launched in 2019", "1859 when I took over": an event is dated to its year
        event = _SINCE_OR_WHEN_EVENT.search(cs)
        if event and published and not (event.group("how").lower() == "when" and _NOW_AFTER.match(s[q.end - sent.start:])):
            y = event.group("year") or article.events.get(_event_key(event.group("verb")))
            if y and event.group("how").lower() == "since":
                # like "since 2010": counted in years when the article names no statistics it rests on
                return f"{y}/{published.year if precision == 'day' else point(published)}"
            if y:
                return y
        since = _SINCE.search(cs) or _COMPARED_TO_YEAR.search(cs)
        if since and since.group("year") and published:
            start = since.group("year")
            if "month" in since.groupdict() and since.group("month"):
                parsed = parse_date_phrase(f"{since.group('month')}{since.group('year')}")
                if parsed:
                    start = iso_month(parsed[0])
            elif precision == "day":
                # an article that names no statistics it rests on: "since 2010" is counted in years
                return f"{start}/{published.year}"
            elif self.vocabulary.series_month and tracked and kind in ("change", "percentage", "proportion"):
                # "lost 21,300 officers since 2010" compares the official series from its 2010 edition
                start = f"{start}-{self.vocabulary.series_month}"
            return f"{start}/{point(published)}"
        spec = self.vocabulary.metrics.get(metric)
        ahead = _PERIOD_AHEAD.search(cs)
        if ahead and published and kind == "money":
            return _years_ahead(ahead, published)  # "a further £42.5m … over the next two years"
        if kind == "target":
            # a deadline: "by March 2023", "by 2023"; "by the end of December 2021, forces had recruited" is
            # a count's date, not the target's
            by = [(pos, d) for pos, d in dates if re.search(r"\bby\s+(?:the\s+end\s+of\s+)?$", s[max(0, pos - 20):pos], re.I)
                  and not _HAD_AFTER.match(s[pos:])]
            if by:
                d, precision = min(by, key=lambda x: abs(x[0] - rel))[1]
                return d.isoformat() if precision == "day" else iso_month(d)
            by_year = [m for m in _BY_YEAR.finditer(cs) if not _HAD_AFTER.match(cs[m.end():])]
            if by_year:
                return by_year[0].group("year")
            if ahead and published:
                return _years_ahead(ahead, published)
            # a stage of the programme named instead of a date: "the first tranche of 6,000"
            phase = next((d for cue, d in (spec.phases.items() if spec else ())
                          if re.search(rf"\b{re.escape(cue)}\b", cs, re.I)), None)
            if phase:
                return phase
            if spec and spec.default_as_of:
                return spec.default_as_of
        if dates:
            pos, (d, precision) = min(dates, key=lambda x: abs(x[0] - rel))
            return d.isoformat() if precision == "day" else iso_month(d)
        fy = _FISCAL.search(s)
        if fy:
            y = int(fy.group("y"))
            return f"{y}-04/{y + 1}-03"
        years = list(_YEAR_ONLY.finditer(s))
        if years:
            nearest = min(years, key=lambda m: abs(m.start() - rel))
            y = nearest.group("year")
            if kind in ("change", "percentage") and published and int(y) < published.year and \
                    not (lo - sent.start <= nearest.start() < hi - sent.start):
                # "In 2010, this figure stood at 4,500, meaning that … 1,000 fewer": a change from
                # a year another clause names to now
                return f"{year(y)}/{point(published)}"
            return year(y)
        if spec and spec.default_as_of and kind == (spec.kind or kind):
            return spec.default_as_of  # a figure dated by definition: "a baseline of 128,433 officers"
        if published and kind not in ("other",):
            # a figure stated without a date is the latest known when the article appeared: for an
            # official series, the latest release out by then
            # a metric without figures of its own is published with the rest (neighbourhood officers)
            calendar = self.metric_releases.get(metric) or (self.releases if tracked else None)
            release = calendar.latest(published) if calendar and precision == "day" else None
            if release:
                return iso_month(release)
            return point(published)
        return None

    def _speaker(self, q: Quantity, sent: _Sentence, quotes) -> str | None:
        for quote in quotes:
            if quote.start <= q.start < quote.end:
                return quote.speaker
        return reported_speaker(sent.text, q.start - sent.start)

    def _checkable(self, q, kind, unit, metric, sent, before, after, reason):
        if reason:
            return False, reason
        if kind == "other":
            return False, "not a statistic (a duration, a multiple or a count of something else)"
        if _NOT_A_CLAIM_BEFORE.search(before):
            return False, "a label (page, table, item), not a statistic"
        if q.value == 1 and q.unit is None and _IDIOM_AFTER.match(after):
            return False, "an idiom, not a statistic"
        lo, hi = _clause(sent, q.start, q.end)
        local = sent.text[lo - sent.start:hi - sent.start]
        official_target = getattr(self.vocabulary.metrics.get(metric), "kind", None) == "target"
        if kind == "target" and not official_target:
            return False, "a forecast or local plan, not an official statistic"
        if kind == "rate" and unit and unit.endswith(("_per_month", "_per_year", "_per_week")) and _FUTURE.search(local):
            return False, "a projection, not an official statistic"
        if re.search(r"\b(?:could|might|may|would|if)\b", local) and kind in ("count", "target", "money") and not official_target:
            return False, "a hypothetical"
        if re.search(r"\b(?:initial\s+estimates?|estimates?\s+of|expects?|expected)\b", local, re.I) and kind in ("count", "target", "money"):
            return False, "an estimate or expectation, not an official statistic"
        if kind == "money" and re.search(r"\b(?:to\s+cost|to\s+spend|will\s+cost|will\s+spend|projected|forecast)\b", local, re.I):
            return False, "a forecast, not an official statistic"
        # last, so that a claim whose metric is inherited later (_inherit_metrics) passed every other test
        spec = self.vocabulary.metrics.get(metric)
        if spec is None or not spec.measures:
            return False, _UNTRACKED
        return True, None


_LOCAL_CHANGE_AFTER = re.compile(
    r"^\)?(?:\s*(?:per\s+cent|percent|%))?\)?(?:\s+[a-z-]+){0,2}?\s*[-–—,]?\s*(?:an?\s+)?"
    r"(?:increase|rise|jump|growth|decrease|fall|drop|decline|reduction|cut|down\s+from|up\s+from)\b"
    # "2,597 full-time officers in Avon and Somerset – a drop of 70", "2,319 officers …, down 130"
    r"|^[^\d.;:]{0,70}?[-–—,]\s*(?:an?\s+)?(?:increase|rise|jump|decrease|fall|drop|decline|reduction|cut|down|up)\b", re.I)
_BY_AFTER_VERB = re.compile(
    r"\b(?:fell|fallen|falling|falls|dropped|dropping|decreased|declined|reduced|cut|rose|risen|rising|increased|"
    r"increasing|grown|grew|jumped)\s+(?:\w+\s+){0,2}?by\s+(?:an?\s+average\s+of\s+|around\s+|some\s+)?$", re.I)
_MONEY_DOWN = re.compile(r"\b(?:withdrawn|withdraws?|cuts?|reductions?|savings?|saved|lost|loses|shortfall|slashed|deficit)\b", re.I)


_UNTRACKED = "not about a tracked official series"
_EVERYONE = re.compile(r"\b(?:men\s+and\s+women|women\s+and\s+men)\b")
# "a 5% increase in full-time police officers": the noun of the change is what its number counts
_CHANGE_IN = re.compile(r"^\s*(?:increase|rise|fall|drop|decrease|decline|reduction|cut|jump|growth)\s+in\s+"
                        r"(?:the\s+(?:number|numbers)\s+of\s+)?", re.I)
# A number right after "to reach", "to get to" is a goal whatever else its clause says has happened,
# but "rose to reach 4,500" is where a change ended (_REACHED_BEFORE).
_REACHED_BEFORE = re.compile(r"\b(?:rose|grew|risen|climbed|increased|fell|fallen|dropped|declined)\s+to\s+(?:reach\s+)?"
                             r"(?:an?\s+(?:record|all-time)?\s*(?:high|low)\s+of\s+)?$", re.I)
_GOAL_BEFORE = re.compile(r"\bto\s+(?:reach|get\s+to|hit|achieve)\s+(?:the\s+|its\s+|their\s+|our\s+|a\s+total\s+of\s+)?$", re.I)
_ALL_OF_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\s)all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|our\s+)?$", re.I)
# "11,048 of the 20,000 additional officers": the second number is the whole, the target
_WHOLE_BEFORE = re.compile(r"\d\s+(?:out\s+)?of\s+(?:the|its|their|our|his|her)\s+(?:\w+\s+)?$", re.I)
# A plural noun right after a number is what it counts ("three main themes"), unless it is a unit or a verb.
_OWN_NOUN = re.compile(r"^\s*(?:[a-z]+\s+)?(?P<noun>[a-z]+[^s\W]s)\b")
_NOT_A_COUNTED_NOUN = {"per", "percent", "times", "years", "months", "weeks", "days", "hours", "minutes", "decades",
                       "was", "has", "is", "this", "its", "his", "as", "thus", "plus", "minus", "across", "pounds",
                       "points", "pence", "means", "remains", "includes", "represents", "shows", "makes", "equates"}
# How a rate's unit names what it counts: "officers_per_pcso", "people_per_officer"
_UNIT_WORD = {"police_officers": "officers", "uplift_recruits": "officers", "police_officer_joiners": "officers",
              "other": "officers", "residents": "people", "pcsos": "pcsos", "police_staff": "staff",
              "special_constables": "specials"}
# "one PCSO to 10 warranted officers", "one officer for every 500 people": the ratio's first side
_ONE_TO_BEFORE = re.compile(r"\b(?:one|a|an|each|1)\s+(?P<per>[A-Za-z-]+)\s+(?:to|for\s+every|for\s+each)\s+$", re.I)


def _years_ahead(ahead: re.Match, published: dt.date) -> str:
    """"over the next three years" from the year the article appeared."""
    n = ahead.group("n")
    n = int(n) if n.isdigit() else int(word_number_value(n) or 1)
    return f"{published.year}/{published.year + n}"


def _national_by_size(claims: list[Claim], found_by: dict[str, str]) -> list[Claim]:
    """A sentence with a national figure ("fell by 402 from 149,566") is about the nation: its other
    figures, placed only by the article's context, are national too."""
    national = {c.sentence_start for c in claims if found_by.get(c.id) == "size"}
    return [c.model_copy(update={"geography": NATIONAL}) if c.sentence_start in national
            and found_by.get(c.id) == "context" and c.geography != NATIONAL and c.kind != "target" else c
            for c in claims]


def _inherit_metrics(claims: list[Claim]) -> list[Claim]:
    """A number whose noun is left out ("compared to 2011, when there were 336") counts what the claim
    before it, in its sentence or the one before, counts."""
    out: list[Claim] = []
    for c in claims:
        if c.metric == "other" and c.reason == _UNTRACKED and c.kind in ("count", "change", "percentage"):
            prev = next((p for p in reversed(out) if p.metric not in ("other", "money_gbp") and p.kind != "target"
                         and c.sentence_start - p.sentence_start <= 400), None)
            if prev is not None:
                c = c.model_copy(update={"metric": prev.metric, "checkable": True, "reason": None})
        out.append(c)
    return out


def _restated(claims: list[Claim], text: str) -> list[Claim]:
    """"The 256 is …" names a figure given before: it counts what that figure counts."""
    out: list[Claim] = []
    for c in claims:
        if c.metric == "other" and re.search(r"\b(?:the|this|that|these|those)\s+$", text[max(0, c.start - 8):c.start], re.I):
            first = next((p for p in out if p.value == c.value and p.unit == c.unit and p.metric != "other"), None)
            if first is not None:
                c = c.model_copy(update={"metric": first.metric, "kind": first.kind, "checkable": first.checkable,
                                         "direction": first.direction,
                                         "reason": first.reason, "geography": c.geography or first.geography,
                                         "as_of": first.as_of})
        out.append(c)
    return out


_SHARE_LINK = re.compile(r"^[^\d.;:]{0,50}?(?:,\s*)?(?:which\s+is|which\s+was|that\s+is|or|equivalent\s+to|representing|making\s+up)\s*$"
                         r"|^\s+(?:is|was|are|were)\s+(?:just\s+)?$", re.I)


def _link_shares(claims: list[Claim], text: str) -> list[Claim]:
    """A share ("229 …, which is over half of their allocation") gets the part it is a share of, and a
    percentage that restates a figure ("The 256 is 4.2 percent …") what that figure counts; both
    speak of the figure's date."""
    out = []
    for c in claims:
        if c.kind in ("proportion", "percentage"):
            parts = [p for p in claims if p.sentence_start == c.sentence_start and p.id != c.id
                     and p.kind in ("count", "change", "target") and p.start < c.start and p.unit is None
                     and _SHARE_LINK.match(text[p.end:c.start])]
            if parts:
                # "fell by 381 or 22.09 per cent" restates a change; only "… of X" makes it a share of a whole
                part = parts[-1]
                c = c.model_copy(update={"part": part.id if c.share_of else None,
                                         # a change restated as a share keeps its direction; a share of a level has none
                                         "direction": part.direction if c.direction == "none" and part.kind == "change" else c.direction,
                                         "metric": part.metric if c.metric == "other" or c.share_of else c.metric,
                                         "as_of": part.as_of or c.as_of,
                                         "checkable": part.checkable, "reason": None if part.checkable else c.reason})
        out.append(c)
    return out


_THEN_NOW = re.compile(r"^[^;.\d]{0,80}\b(?:when|then|in\s+(?:19|20)\d{2})\b[^;.\d]{0,60}\b(?:and|but|while)\b[^;.\d]{0,30}$", re.I)
_NOW_AFTER = re.compile(r"^(?:\s+[a-z’']+){0,4}?\s+(?:now|today|currently)\b", re.I)
_SAME_PERIOD = re.compile(r"\b(?:over|in|during|across)\s+(?:the\s+)?same\s+(?:period|time|years?)\b", re.I)


def _same_period(claims: list[Claim]) -> list[Claim]:
    """"Reduced by 17% over the same period": the period of the last figure before that had one."""
    out: list[Claim] = []
    for c in claims:
        # only where the sentence names no date or period of its own
        if not _period_ends(c.as_of) and c.kind in ("change", "percentage", "count") and _SAME_PERIOD.search(c.sentence) \
                and not re.search(r"\b(?:19|20)\d{2}\b", c.sentence) and not _PERIOD_BACK.search(c.sentence):
            earlier = [p for p in out if p.sentence_start < c.sentence_start and _period_ends(p.as_of)]
            if earlier:
                c = c.model_copy(update={"as_of": earlier[-1].as_of})
        out.append(c)
    return out


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+(?:total|peak|high|low)\s+of\s+)?$", re.I)
_TO_BETWEEN = re.compile(r"^[^;]{0,80}?\bto\s+(?:an?\s+(?:total|peak|high|low)\s+of\s+|just\s+|about\s+|around\s+)?$", re.I)
_UP_DOWN_FROM = re.compile(r"^[^;]{0,80}?\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from\s+$", re.I)
# "fell by 381 or 22.09 per cent", "lost 21,300 – that’s a drop of 15%"
_RESTATES = re.compile(r"^(?:\s+(?:[a-z’']+|(?:19|20)\d{2}))*?\s*(?:,\s*)?(?:or|\(|,|[–—-])\s*"
                       r"(?:(?:that[’']s|that\s+is|which\s+is)\s+)?$", re.I)
_YEAR_BEFORE_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,3}?(?:the\s+year\s+before|a\s+year\s+(?:earlier|before|ago)|"
                                r"the\s+previous\s+year|twelve\s+months\s+earlier|12\s+months\s+earlier)", re.I)


def _period_ends(as_of: str | None) -> tuple[str, str] | None:
    if as_of and "/" in as_of:
        start, end = as_of.split("/", 1)
        return start, end
    return None


def _relate_pairs(claims: list[Claim], text: str) -> list[Claim]:
    """Numbers that the text ties together: "from 1,724 … to 1,343" (the first is the level at the
    start of the period, the second the level at its end, rising or falling as the numbers do);
    "153 … up from 143 the year before"; "fell by 381 or 22.09 per cent" (one change said twice)."""
    out = list(claims)
    for i, a in enumerate(out):
        for j in range(i + 1, min(i + 3, len(out))):
            b = out[j]
            if b.sentence_start != a.sentence_start:
                break
            between = text[a.end:b.start]
            if _FROM_BEFORE.search(text[max(0, a.start - 30):a.start]) and _TO_BETWEEN.match(between):
                start_level, end_level = a, b
            elif _UP_DOWN_FROM.match(between) and a.kind not in ("change", "percentage") and a.unit == b.unit:
                # "153 special constables …, up from 143 the year before": the same thing, a year apart
                start_level, end_level = b.model_copy(update={"metric": a.metric, "checkable": a.checkable,
                                                              "reason": a.reason}), a
            elif a.kind == "count" and b.kind == "count" and a.unit == b.unit and _THEN_NOW.match(between) \
                    and _NOW_AFTER.match(text[b.end:b.end + 40]):
                # "there were 1859 … when I took over and there are 1930 now"
                start_level, end_level = a, b
            elif a.kind == "change" and b.kind in ("count", "change") and re.fullmatch(r"\s+from\s+", between) \
                    and _period_ends(a.as_of):
                # "fell by 402 from 149,566": the level the change started from
                out[j] = b.model_copy(update={"kind": "count", "direction": "none", "as_of": _period_ends(a.as_of)[0],
                                              "geography": b.geography or a.geography})
                out[i] = a.model_copy(update={"from_level": b.id})
                break
            elif _RESTATES.match(between) and a.kind == "change" and b.kind in ("percentage", "proportion"):
                out[j] = b.model_copy(update={"direction": b.direction if b.direction != "none" else a.direction,
                                              "geography": a.geography or b.geography, "as_of": a.as_of or b.as_of})
                break
            else:
                continue
            k, m = j if start_level.id == b.id else i, j if end_level.id == b.id else i
            trend = "up" if end_level.value > start_level.value else "down" if end_level.value < start_level.value else "none"
            start_update: dict = {"direction": "none"}
            end_update: dict = {"direction": trend}
            ends = _period_ends(start_level.as_of) if start_level.as_of == end_level.as_of else None
            if ends:
                start_update["as_of"], end_update["as_of"] = ends
            elif _period_ends(end_level.as_of) and not _period_ends(start_level.as_of):
                end_update["as_of"] = _period_ends(end_level.as_of)[1]  # "from 18,421 in 2011 to 9,174 this year"
            elif _period_ends(start_level.as_of) and not _period_ends(end_level.as_of):
                start_update["as_of"] = _period_ends(start_level.as_of)[0]
            elif end_level.as_of and start_level.as_of == end_level.as_of and \
                    _YEAR_BEFORE_AFTER.match(text[start_level.end:start_level.end + 40]) and len(end_level.as_of) == 7:
                year, month = map(int, end_level.as_of.split("-"))
                start_update["as_of"] = iso_month(add_months(dt.date(year, month, 1), -12))
            if start_level.kind == "change" and not _CHANGE_BEFORE.search(text[max(0, start_level.start - 40):start_level.start]):
                start_update["kind"] = "count"
            out[k] = start_level.model_copy(update=start_update)
            out[m] = end_level.model_copy(update=end_update)
            # "a 19% decrease in officers, down from 5,687 in 2006 to 4,624 in 2016", "almost halved, from …
            # to …": the change spans them
            start, end = start_update.get("as_of", start_level.as_of), end_update.get("as_of", end_level.as_of)
            change = out[k - 1] if 0 < k < m else None
            if change and change.sentence_start == start_level.sentence_start \
                    and (change.kind in ("change", "percentage") or change.direction != "none") \
                    and re.match(r"^[^.;\d]{0,80}?\bfrom\s+$", text[change.end:start_level.start]):
                update = {"from_level": start_level.id, "to_level": end_level.id}
                if start and end and start != end and not _period_ends(change.as_of):
                    update["as_of"] = f"{start}/{end}"
                out[k - 1] = change.model_copy(update=update)
                # "fell by 381 or 22.09 per cent - from 1,724 … to 1,343": both say the one change
                said = out[k - 2] if k >= 2 else None
                if said and said.sentence_start == change.sentence_start and said.kind in ("change", "percentage") \
                        and _RESTATES.match(text[said.end:change.start]):
                    out[k - 2] = said.model_copy(update={**update, "as_of": update.get("as_of", said.as_of)})
            break
    return out
