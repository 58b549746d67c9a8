"""Resolvers of what sort of figure a number is: a change or a level (and the words saying so), a rate,
a share, money, a target; and the direction the text asserts for it."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.claims import cues
from factcheck.claims.article import Article, clause
from factcheck.claims.lexicon import DomainLexicon
from factcheck.claims.reading import DURATIONS, Reading
from factcheck.dates import DATE_PHRASE, parse_date_phrase

# How a rate's unit names what it counts: "officers_per_pcso", "people_per_officer"
UNIT_WORD = {"police_officers": "officers", "uplift_recruits": "officers", "police_officer_joiners": "officers",
             "other": "officers", "residents": "people", "pcsos": "pcsos", "police_staff": "staff",
             "special_constables": "specials"}


def read_change_words(r: Reading, a: Article, lex: DomainLexicon) -> None:
    """The words that make the number a change ("fell by", "more", "recruited", "jobs axed"), taken
    into its surface when they sit beside it; a rate or duration after it joins the surface too."""
    q, text, sent = r.q, r.text, r.sent
    before, after = r.before, r.after
    cm = cues.CHANGE_BEFORE.search(before)
    ca = cues.CHANGE_AFTER.match(after) or (q.unit is None and cues.A_BEFORE.search(before)
                                            and cues.CHANGE_NOUN_AFTER.match(after))
    if cm:
        r.start = q.start - len(cm.group("p"))
    if ca:
        r.end = q.end + ca.end()
    r.change_after = bool(ca)
    change_words = (cm.group("p") if cm else "") + " " + (ca.group("p") if ca else "")
    am = cues.ACQUIRE_BEFORE.search(before)
    if am:
        change_words += " " + am.group(0)
    if not change_words.strip():
        # "the reduction in police civilian staff … was about 500", "jobs axed since 2010"
        noun = cues.CHANGE_NOUN_BEFORE.search(text[max(sent.start, q.start - 140):q.start])
        part = cues.PARTICIPLE_AFTER.match(text[q.end:sent.end])
        change_words = noun.group(0) if noun else part.group("p") if part else ""
    r.change_words = change_words
    unit_m = cues.RATE.match(after) or cues.DURATION.match(after)
    if unit_m and not ca:
        r.end = q.end + unit_m.end()


def read_kind(r: Reading, a: Article, lex: DomainLexicon) -> None:
    """The kind of figure, its unit, and a reason it is not checkable when its kind says so."""
    r.kind, r.unit, r.reason = _kind(r, lex, a.published)
    ratio = cues.ONE_TO_BEFORE.search(r.before)
    if ratio and r.q.unit is None:
        # "one PCSO to 10 warranted officers": 10 officers per PCSO
        r.start = r.q.start - len(ratio.group(0))
        what = lex.noun_metric(ratio.group("per").lower()) or "other"
        r.kind, r.unit, r.reason = ("rate", f"{UNIT_WORD.get(r.metric, 'people')}_per_"
                                    f"{UNIT_WORD.get(what, what).rstrip('s')}", None)
    if r.kind == "money":
        r.metric = "money_gbp"


def planned(local: str, published: dt.date | None) -> bool:
    """Future words in the clause: "will", "plans", "by March 2023", but not a "by" date already past
    when the article appeared ("as low as 1,092 by March 2018", written in 2020, is a past level)."""
    return any(not _past_deadline(local, m, published) for m in cues.FUTURE.finditer(local)) \
        or bool(cues.PERIOD_AHEAD.search(local))  # "our share of the 20,000 over the next 3 years"


def _past_deadline(local: str, m: re.Match, published: dt.date | None) -> bool:
    if published is None or not m.group(0).lower().startswith("by "):
        return False
    rest = re.sub(r"^the\s+end\s+of\s+", "", local[m.start() + 3:], flags=re.I)
    named = DATE_PHRASE.match(rest)
    if named:
        parsed = parse_date_phrase(named.group(0))
        return parsed is not None and parsed[0] < published
    year = re.match(r"(?:19|20)\d{2}\b", rest)
    return bool(year) and dt.date(int(year.group(0)), 12, 31) < published


def _kind(r: Reading, lex: DomainLexicon, published: dt.date | None = None) -> tuple[str, str | None, str | None]:
    q, text, sent, after = r.q, r.text, r.sent, r.after
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
    if unit in DURATIONS:
        if not cues.RATE.match(after):
            return "other", unit, "a duration"
    rm = cues.RATE.match(after)
    if rm:
        return "rate", rate_unit(rm, r.metric, lex), None
    named = cues.RATE_NAMED_BEFORE.search(text[sent.start:q.start])
    if named and not cues.OWN_NOUN.match(after.lower()):
        # "the number of citizens per officer has risen from 379 to 493": the numbers are that rate
        what = lex.noun_metric(named.group("what").lower()) or named.group("what").lower()
        what = "people" if what in ("citizens", "residents", "people", "inhabitants") else UNIT_WORD.get(what, what)
        per = named.group("per").lower().replace("police ", "").replace(",", "")
        return "rate", f"{what}_per_{per if not per.isdigit() else per + '_population'}", None
    local = text[slice(*clause(sent, q.start, q.end))]
    just_before = text[max(sent.start, q.start - 40):q.start]
    spec = lex.vocabulary.metrics.get(r.metric)
    if spec is not None and spec.national_only:
        if not r.change_words.strip() and cues.DEFINITE_BEFORE.search(just_before):
            return "count", None, None  # "the 43 forces … could save": what the nation has, whatever its clause plans
        if r.words == (r.metric, True) and (r.start, r.end) == (q.start, q.end) and not planned(local, published):
            return "count", None, None  # "nine forces lost officers": a count of the forces that did
    if cues.REACHED_BEFORE.search(just_before) or cues.ALL_OF_BEFORE.search(just_before):
        return "count", None, None  # "rose to 3,610"; "all 150 PCSOs … will go" is the stock there is
    if r.change_words.strip():
        if cues.LOST_SINCE_AFTER.match(after):
            return "change", None, None  # "replace the 750 officers lost since 2010": a past loss
        if (planned(local, published) and not cues.PAST_RECRUIT.search(local)) or cues.WHOLE_BEFORE.search(just_before):
            return "target", None, None
        return "change", None, None
    if planned(local, published) and not cues.PAST_RECRUIT.search(local):
        return "target", None, None
    if cues.GOAL_BEFORE.search(just_before):
        return "target", None, None  # "… so far, and needs 25 a month to reach its 609 officers"
    return "count", None, None


def rate_unit(rate: re.Match, metric: str, lex: DomainLexicon) -> str:
    """"officers_per_month", "officers_per_100k_population", "people_per_officer": what is counted
    (the noun after the number, else the claim's metric) per what."""
    gap = rate.group("gap").split()
    noun = gap[0].lower() if gap else ""
    what = "people" if noun in ("people", "residents", "inhabitants") else lex.noun_metric(noun) or metric
    what = UNIT_WORD.get(what, what)
    per = rate.group("per").lower().replace(",", "")
    per = {"100000": "100k_population", "1000": "1k_population", "police officer": "officer",
           "head": "person", "resident": "person"}.get(per, per)
    if per.isdigit():
        per = f"{per}_population"
    return f"{what}_per_{per}"


def read_direction(r: Reading, a: Article, lex: DomainLexicon) -> None:
    """The direction the text asserts for this figure; a duration counts nothing."""
    r.direction = _direction(r)
    if r.kind == "other" and r.unit in DURATIONS:
        r.metric = "other"


def _direction(r: Reading) -> str:
    """The direction the text asserts for this figure: of a change, or of the level a change reached."""
    q, sent, kind, text = r.q, r.sent, r.kind, r.text
    if q.unit == "multiple":
        return "down" if q.value < 1 else "up"
    words = r.change_words.strip()
    if words:
        if cues.DOWN.search(words):
            return "down"
        if cues.UP.search(words):
            return "up"
    before = text[max(sent.start, q.start - 60):q.start]
    after = text[q.end:min(sent.end, q.end + 90)]
    # "a 19% decrease", "fallen dramatically by 27.8%", "1,324 officers - down from 1,426", "a drop of 70"
    nearby = cues.BY_AFTER_VERB.search(before) or cues.LOCAL_CHANGE_AFTER.match(after)
    if nearby:
        return "down" if cues.DOWN.search(nearby.group(0)) else "up"
    if kind == "target":
        return "up"
    if kind == "count" and re.search(r"\b(?:record|all-time\s+high|highest)\b", before + after, re.I):
        return "up"
    if kind == "count":
        # what the clause says becomes of the number: "all 150 PCSOs … will disappear"
        own = text[q.end:clause(sent, q.start, q.end)[1]]
        if cues.DOWN.search(own) and not cues.UP.search(own) and not re.search(r"\d", own):  # not another number's change
            return "down"
    if kind == "money":
        window = text[max(sent.start, q.start - 50):min(sent.end, q.end + 50)]
        if cues.MONEY_DOWN.search(window):
            return "down"
    if kind in ("change", "rank_record"):
        said = cues.UP_AND_DOWN.sub(" ", sent.text)  # "up and down the country" says neither
        ups, downs = len(cues.UP.findall(said)), len(cues.DOWN.findall(said))
        if downs > ups:
            return "down"
        if ups > downs:
            return "up"
    return "none"
