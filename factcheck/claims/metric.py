"""Resolvers of what a number counts: the noun after it or above it in the parse, the sharper metric a
cue in its clause gives, the whole a share is of, and the measure (headcount or full-time equivalent)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from factcheck.claims import cues
from factcheck.claims.article import Article, Sentence, clause, number_at
from factcheck.claims.lexicon import DomainLexicon
from factcheck.claims.reading import Reading
from factcheck.dates import DATE_PHRASE, iso_month, parse_date_phrase
from factcheck.models import How, Quantity


def noun_from_words(q: Quantity, text: str, sent: Sentence, lex: DomainLexicon) -> tuple[str | None, bool]:
    """The metric of the noun right after the number, and whether the words decided it (a noun of
    ours, or another plural noun it counts); when they did not, the parse is asked."""
    window = text[q.end:min(sent.end, q.end + 60)].lower()
    # "a 5-area command structure", "a three-year plan": a number joined to a word counts that word
    joined = re.match(r"^-(?P<word>[a-z]+)\b", window)
    if joined:
        return lex.noun_metric(joined.group("word")), True
    # "a 5% increase in full-time police officers": the change's noun is what it counts
    window = cues.CHANGE_IN.sub(" ", window, count=1)
    window = re.sub(r"^\s*(?:(?:more|fewer|less|extra|additional|new|further|full-time|full time|fte|"
                    r"of\s+(?:the|their|its|our|all)|of|in|uniformed|warranted|serving|frontline|front-line|"
                    r"trainee|student|police(?=\s))\b)?\s*", " ", window, count=1)
    # "11,048 of the 20,000 additional police officers": the part counts what the whole does
    window = re.sub(r"^\s*[\d,.]+\s+", " ", window, count=1) if re.match(r"^\s*of\b", text[q.end:q.end + 4]) else window
    hit = lex.noun_after.match(window)
    if hit:
        return lex.nouns[int(hit.lastgroup[1:])][1], True
    own = cues.OWN_NOUN.match(window)
    if own and own.group("noun") not in cues.NOT_A_COUNTED_NOUN:
        return None, True  # "three main themes", "two nations": it counts something else
    return None, False


def read_counted(r: Reading, a: Article, lex: DomainLexicon) -> None:
    """The metric of the noun the number counts, or "other"; a metric only from the nearest metric
    noun of its sentence is read from context, not from its own words."""
    metric, r.metric_read = counted_noun(r.q, r.sent, r.words, a.token_at, lex)
    r.metric = metric or "other"


def counted_noun(q: Quantity, sent: Sentence, by_words: tuple[str | None, bool], token_at: Callable,
                 lex: DomainLexicon) -> tuple[str | None, How]:
    """The metric of the noun the number counts: the words right after it (`noun_from_words`),
    else the parse, else the nearest metric noun of the sentence; and how it was read."""
    name, decided = by_words
    if decided:
        return name, "stated"
    # the parse: the noun the number's token modifies ("229 extra officers", "fell by 29")
    tok = token_at(number_at(q))
    if tok is not None:
        found = _up_the_parse(tok, lex)
        if found:
            return found, "stated"
    # else the metric noun nearest the number in its sentence: whole nouns ("special constables",
    # not its "constables"), and not inside a force's name ("Humberside Police")
    low, nouns = lex.nouns_in(sent.text)
    rel = q.start - sent.start
    found = [(a, b, name) for a, b, noun, name in nouns if not _one_of(low[a:b], a, noun, low, q)]
    whole = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0] for o in found)]
    best = min(((min(abs(a - rel), abs(b - rel)), name) for a, b, name in whole), default=None)
    if best and best[0] < 120:
        return best[1], "context"
    return None, "default"


def _one_of(word: str, at: int, noun: str, low: str, q: Quantity) -> bool:
    """A singular countable noun after "the", "a", "its" ("worked for the force") names one thing,
    which a number of many does not count."""
    return (q.value != 1 and word == noun and noun.split()[-1] not in cues.COLLECTIVE_NOUNS
            and bool(cues.SINGULAR_BEFORE.search(low[:at])))


def _up_the_parse(tok, lex: DomainLexicon) -> str | None:
    """Up the parse: the noun the number modifies, then the subject of the first verb above it
    ("fell by 29", "the number of officers … reached an all-time high of 138,155")."""
    node = tok
    for _ in range(5):
        if node.head is node:
            break
        node = node.head
        name = lex.noun_metric(node.text.lower())  # plurals are the vocabulary's own forms
        if name:
            # the noun with the words before it in its phrase: "Special Constables" are specials, not constables
            phrase = " ".join(t.text.lower() for t in node.doc[node.left_edge.i:node.i + 1])
            return lex.metric_of_noun(lex.place_rx.sub(" ", phrase)) or name
        if node.tag_.startswith("VB") or node.tag_ == "MD":
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    # the subject as a phrase, longest noun first and without the names of
                    # forces: "Police staff jobs" is staff, "Humberside Police" is a place
                    subject = " ".join(t.text.lower() for t in child.subtree)
                    name = lex.metric_of_noun(lex.place_rx.sub(" ", subject))
                    if name:
                        return name
            break
    return None


def read_refined(r: Reading, a: Article, lex: DomainLexicon) -> None:
    """The sharper metric a cue in the clause gives; a target due by a programme's deadline is the programme's."""
    r.metric = refine(r.metric, r.kind, r.sent, r.q, r.text, lex, a.doc.published)
    if r.kind == "target" and r.metric in ("police_officers", "other"):
        r.metric = programme_by_deadline(r.text[slice(*clause(r.sent, r.q.start, r.q.end))], lex) or r.metric


def refine(metric: str, kind: str, sent: Sentence, q: Quantity, text: str, lex: DomainLexicon,
           published: dt.date | None = None) -> str:
    """The sharper metric a cue in the number's clause gives ("recruited" officers are uplift recruits)."""
    lo, hi = clause(sent, q.start, q.end)
    if lo > sent.start and re.match(r"\W*(?:which|that)\b", text[lo:hi], re.I):
        # ", which is at an all-time high" says it of the clause before
        lo = clause(sent, lo - 2, lo - 1)[0]
    # what the number is compared with after it is not what it counts: "149,164 … an increase on the
    # baseline"; "34 higher than the uplift target" is a difference from it, and is about it
    after = cues.COMPARED_WITH.sub(" ", text[q.end:hi].lower())
    window = cues.EVERYONE.sub(" ", text[lo:q.end].lower() + after)
    for name, spec in lex.refinements:
        # a target-only metric ("uplift_target") may also sharpen a number with no noun: "the national 20,000"
        if spec.refines != metric and not (metric == "other" and spec.kind and spec.kind == kind):
            continue
        if spec.kinds and kind not in spec.kinds:
            continue
        if spec.since and published and published.isoformat()[:7] < spec.since:
            continue  # a programme that had not begun when the article was written
        if any(re.search(rf"\b{re.escape(c)}\b", window) for c in spec.cues):
            return name
    return metric


def programme_by_deadline(clause_text: str, lex: DomainLexicon) -> str | None:
    """A target due by a programme's end date is that programme's ("598 officers by March 2023")."""
    for m in re.finditer(r"\bby\s+(?:the\s+end\s+of\s+)?", clause_text, re.I):
        date = DATE_PHRASE.match(clause_text, m.end())
        parsed = parse_date_phrase(date.group(0)) if date else None
        if parsed:
            for name, spec in lex.refinements:
                if spec.kind == "target" and spec.default_as_of == iso_month(parsed[0]):
                    return name
    return None


def read_share(r: Reading, a: Article, lex: DomainLexicon) -> None:
    """The whole a share is of ("of the population"), and the kind the metric's own figures are."""
    if r.kind in ("proportion", "percentage"):
        sm = cues.SHARE_OF.match(r.text[r.q.end:r.sent.end])
        if sm:
            r.share_of = lex.metric_of_phrase(sm.group("noun"))
            whole = lex.vocabulary.metrics.get(r.share_of or "")
            if whole is not None and not whole.measures:
                r.metric = r.share_of  # "14 per cent of the population" is about the population
    spec = lex.vocabulary.metrics.get(r.metric)
    if spec is not None and spec.kind:
        r.kind = spec.kind
    if r.metric == "uplift_recruits" and r.kind in ("count", "target"):
        r.kind = "change"


def read_measure(r: Reading, a: Article, lex: DomainLexicon) -> None:
    """"full-time" speaks of the number it is next to, not of every number in the sentence."""
    near = r.text[max(r.sent.start, r.q.start - 40):min(r.sent.end, r.q.end + 50)]
    r.measure = next((m for m, rx in lex.measure_rx.items() if rx.search(near)), None)
