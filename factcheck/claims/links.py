"""Resolvers that tie numbers together across an article: a national sentence, a figure named again
("the 256"), a number whose noun is left out, a share and its part, "over the same period", and the
levels a change ran between ("from 1,724 … to 1,343")."""

from __future__ import annotations

import re

from factcheck.claims import cues
from factcheck.claims.reading import UNTRACKED
from factcheck.models import Claim, Period, When
from factcheck.reference.gazetteer import NATIONAL


def national_by_size(claims: list[Claim], found_by: dict[str, str]) -> list[Claim]:
    """A sentence with a national figure ("fell by 402 from 149,566") is about the nation: its other
    figures, placed only by the article's context, are national too."""
    national = {c.sentence_start for c in claims if found_by.get(c.id) == "size"}
    return [c.model_copy(update={"geography": NATIONAL, "place_read": "context"}) if c.sentence_start in national
            and found_by.get(c.id) == "context" and c.geography != NATIONAL and c.kind != "target" else c
            for c in claims]


def inherit_metrics(claims: list[Claim]) -> list[Claim]:
    """A number whose noun is left out ("compared to 2011, when there were 336") counts what the claim
    before it, in its sentence or the one before, counts."""
    out: list[Claim] = []
    for c in claims:
        if c.metric == "other" and c.reason == UNTRACKED and c.kind in ("count", "change", "percentage"):
            prev = next((p for p in reversed(out) if p.metric not in ("other", "money_gbp") and p.kind != "target"
                         and c.sentence_start - p.sentence_start <= 400), None)
            if prev is not None:
                c = c.model_copy(update={"metric": prev.metric, "checkable": True, "reason": None, "metric_read": "context"})
        out.append(c)
    return out


def same_subject(claims: list[Claim], text: str) -> list[Claim]:
    """A change in a clause that leaves out its subject ("numbers for the 43 forces have decreased by
    4,001 … and have decreased by 2,262") counts what the sentence's first change counts, not the
    nearest noun ("forces")."""
    out = list(claims)
    for i, c in enumerate(out):
        if c.kind != "change" or c.metric_read == "stated":
            continue
        first = next((p for p in out[:i] if p.sentence_start == c.sentence_start and p.kind == "change"
                      and p.metric_read == "stated" and p.metric not in ("other", "money_gbp")), None)
        if first is not None and cues.ELIDED_SUBJECT.search(text[first.end:c.start]):
            out[i] = c.model_copy(update={"metric": first.metric, "metric_read": "stated", "checkable": first.checkable,
                                          "reason": first.reason})
    return out


def restated(claims: list[Claim], text: str) -> list[Claim]:
    """"The 256 is …" names a figure given before: it counts what that figure counts."""
    out: list[Claim] = []
    for c in claims:
        if c.metric == "other" and re.search(r"\b(?:the|this|that|these|those)\s+$", text[max(0, c.start - 8):c.start], re.I):
            first = next((p for p in out if p.value == c.value and p.unit == c.unit and p.metric != "other"), None)
            if first is not None:
                c = c.model_copy(update={"metric": first.metric, "metric_read": first.metric_read, "kind": first.kind,
                                         "checkable": first.checkable,
                                         "direction": first.direction,
                                         "reason": first.reason, "geography": c.geography or first.geography,
                                         "period": first.period})
        out.append(c)
    return out


def link_shares(claims: list[Claim], text: str) -> list[Claim]:
    """A share ("229 …, which is over half of their allocation") gets the part it is a share of, and a
    percentage that restates a figure ("The 256 is 4.2 percent …") what that figure counts; both
    speak of the figure's date."""
    out = []
    for c in claims:
        if c.kind in ("proportion", "percentage"):
            parts = [p for p in claims if p.sentence_start == c.sentence_start and p.id != c.id
                     and p.kind in ("count", "change", "target") and p.start < c.start and p.unit is None
                     and cues.SHARE_LINK.match(text[p.end:c.start])]
            if parts:
                # "fell by 381 or 22.09 per cent" restates a change; only "… of X" makes it a share of a whole
                part = parts[-1]
                c = c.model_copy(update={"part": part.id if c.share_of else None,
                                         # a change restated as a share keeps its direction; a share of a level has none
                                         "direction": part.direction if c.direction == "none" and part.kind == "change" else c.direction,
                                         "metric": part.metric if c.metric == "other" or c.share_of else c.metric,
                                         "metric_read": part.metric_read if c.metric == "other" or c.share_of
                                         else c.metric_read,
                                         "period": part.period or c.period,
                                         "checkable": part.checkable, "reason": None if part.checkable else c.reason})
        out.append(c)
    return out


def same_period(claims: list[Claim]) -> list[Claim]:
    """"Reduced by 17% over the same period": the period of the last figure before that had one."""
    out: list[Claim] = []
    for c in claims:
        # only where the sentence names no date or period of its own
        if not ends(c) and c.kind in ("change", "percentage", "count") and cues.SAME_PERIOD.search(c.sentence) \
                and not re.search(r"\b(?:19|20)\d{2}\b", c.sentence) and not cues.PERIOD_BACK.search(c.sentence):
            earlier = [p for p in out if p.sentence_start < c.sentence_start and ends(p)]
            if earlier:
                period = earlier[-1].period
                if c.kind == "count" and not cues.FLOW.search(c.sentence):
                    # a level is as it stood at the period's start ("from 83,843 …") or its end
                    # ("… has fallen by over 200 to 1899")
                    before = c.sentence[:max(0, c.start - c.sentence_start)]
                    period = Period(end=period.start if cues.FROM_BEFORE.search(before) else period.end, how=period.how)
                c = c.model_copy(update={"period": period})
        out.append(c)
    return out


def continued(claims: list[Claim]) -> list[Claim]:
    """A sentence that goes on with the one before ("And 1,062 fewer …", "There were also 960 fewer
    PCSOs"): a change in it with no period of its own has the period of the change before it, when that
    went the same way. (Its place is left as read: taking the one before's moved the dev set's places
    the right way and the check set's the wrong way.)"""
    out = list(claims)
    for i, c in enumerate(out):
        if not cues.GOES_ON.search(c.sentence[:c.sentence.find(c.surface)] if c.surface in c.sentence else ""):
            continue
        before = [p for p in out[:i] if p.sentence_start < c.sentence_start]
        last = [p for p in before if p.sentence_start == before[-1].sentence_start] if before else []
        if not last:
            continue
        change = next((p for p in reversed(last) if _changes(p) and ends(p) and p.direction == c.direction), None)
        if change and _changes(c) and not ends(c):
            out[i] = c.model_copy(update={"period": change.period})
    return out


def restated_change(claims: list[Claim]) -> list[Claim]:
    """A change given with no period ("Essex has lost more than 600 officers", a headline) that the
    article gives again with one ("641 fewer than there were in 2010"): the same metric, place and
    direction, and a value within a tenth of it, is likely the same comparison, over its period: a
    guess, which can confirm the claim but never call it wrong."""
    def key(c: Claim) -> tuple:
        return c.kind, c.metric, c.geography, c.direction

    with_period: dict[tuple, list[Claim]] = {}  # grouped once: no pass over every claim for each claim
    for p in claims:
        if ends(p) and p.value:
            with_period.setdefault(key(p), []).append(p)
    out = list(claims)
    for i, c in enumerate(out):
        if not _changes(c) or ends(c) or not c.value:
            continue
        same = [p for p in with_period.get(key(c), ())
                if abs(p.value - c.value) <= 0.1 * max(abs(p.value), abs(c.value))]
        if same:
            nearest = min(same, key=lambda p: abs(p.value - c.value))
            out[i] = c.model_copy(update={"period": nearest.period.model_copy(update={"how": "default"})})
    return out


def _changes(c: Claim) -> bool:
    return c.kind == "change" or (c.kind in ("percentage", "proportion") and c.direction != "none")


def ends(c: Claim) -> tuple[When, When] | None:
    """The two ends of a claim's period (None for a point in time or no date)."""
    return c.period.ends() if c.period else None


def _at(when: When, like: Period) -> Period:
    """A point in time read as part of another reading (one end of a period)."""
    return Period(end=when, how=like.how)


def relate_pairs(claims: list[Claim], text: str) -> list[Claim]:
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
            levels = _levels(a, b, between, text)
            if levels is not None:
                _tie_levels(out, i, j, *levels, text)
                break
            if a.kind == "change" and b.kind in ("count", "change") and cues.CHANGE_FROM_LEVEL.fullmatch(between) \
                    and ends(a):
                # "fell by 402 from 149,566": the level the change started from
                out[j] = b.model_copy(update={"kind": "count", "direction": "none", "period": _at(ends(a)[0], a.period),
                                              "geography": b.geography or a.geography})
                out[i] = a.model_copy(update={"from_level": b.id})
                break
            if _changes(a) and b.kind == a.kind and b.unit == a.unit and b.direction == "none" \
                    and cues.COMPARED_CHANGE.search(between):
                # "rose by 10% … compared with a national average of less than 2%": the same change elsewhere
                out[j] = b.model_copy(update={"direction": a.direction, "period": a.period or b.period,
                                              "metric": a.metric, "metric_read": a.metric_read})
                break
            if cues.RESTATES.match(between) and a.kind == "change" and b.kind in ("percentage", "proportion"):
                # "960 fewer PCSOs (a 7.5% fall)": the same change, of the same thing, said as a share
                own = b.metric_read == "stated" and b.metric != "other"
                out[j] = b.model_copy(update={"direction": b.direction if b.direction != "none" else a.direction,
                                              "geography": a.geography or b.geography, "period": a.period or b.period,
                                              "metric": b.metric if own else a.metric,
                                              "metric_read": b.metric_read if own else a.metric_read})
                continue  # "down 1,304 or 0.9% from 147,746": the level it started from may follow
    return out


def _levels(a: Claim, b: Claim, between: str, text: str) -> tuple[Claim, Claim] | None:
    """The level at the start and the level at the end, when two numbers of a sentence are those."""
    if cues.FROM_BEFORE.search(text[max(0, a.start - 30):a.start]) and cues.TO_BETWEEN.match(between):
        return a, b
    if cues.UP_DOWN_FROM.match(between) and a.kind not in ("change", "percentage") and a.unit == b.unit:
        # "153 special constables …, up from 143 the year before": the same thing, a year apart
        place = {} if b.place_read == "stated" else {"geography": a.geography, "place_read": a.place_read}
        return b.model_copy(update={"metric": a.metric, "metric_read": a.metric_read, "checkable": a.checkable,
                                    "reason": a.reason, **place}), a
    if a.kind == "count" and b.kind == "count" and a.unit == b.unit and cues.THEN_NOW.match(between) \
            and cues.NOW_AFTER.match(text[b.end:b.end + 40]):
        # "there were 1859 … when I took over and there are 1930 now"
        return a, b
    return None


def _tie_levels(out: list[Claim], i: int, j: int, start_level: Claim, end_level: Claim, text: str) -> None:
    """The two levels get the period's ends and the trend the numbers show; a change said just before
    them ("a 19% decrease in officers, down from 5,687 in 2006 to 4,624 in 2016") spans them."""
    b = out[j]
    k, m = j if start_level.id == b.id else i, j if end_level.id == b.id else i
    trend = "up" if end_level.value > start_level.value else "down" if end_level.value < start_level.value else "none"
    start_update: dict = {"direction": "none"}
    end_update: dict = {"direction": trend}
    both = ends(start_level) if start_level.as_of == end_level.as_of else None
    if both:
        start_update["period"], end_update["period"] = (_at(w, start_level.period) for w in both)
    elif ends(end_level) and not ends(start_level):
        end_update["period"] = _at(ends(end_level)[1], end_level.period)  # "from 18,421 in 2011 to 9,174 this year"
    elif ends(start_level) and not ends(end_level):
        start_update["period"] = _at(ends(start_level)[0], start_level.period)
    elif end_level.period and start_level.as_of == end_level.as_of and \
            cues.YEAR_BEFORE_AFTER.match(text[start_level.end:start_level.end + 40]) \
            and end_level.period.start is None and end_level.period.end.precision == "month":
        end = end_level.period.end
        start_update["period"] = _at(When(year=end.year - 1, month=end.month), end_level.period)
    if start_level.kind == "change" and not cues.CHANGE_BEFORE.search(text[max(0, start_level.start - 40):start_level.start]):
        start_update["kind"] = "count"
    out[k] = start_level.model_copy(update=start_update)
    out[m] = end_level.model_copy(update=end_update)
    start, end = start_update.get("period", start_level.period), end_update.get("period", end_level.period)
    _change_spanning(out, k, m, start_level, end_level, start, end, text)


def _change_spanning(out: list[Claim], k: int, m: int, start_level: Claim, end_level: Claim, start: Period | None,
                     end: Period | None, text: str) -> None:
    """"almost halved, from … to …": the change said before the levels (at `k` and `m`) runs between
    them; "fell by 381 or 22.09 per cent - from 1,724 … to 1,343": both words for it do."""
    change = out[k - 1] if 0 < k < m else None
    if not (change and change.sentence_start == start_level.sentence_start
            and (change.kind in ("change", "percentage") or change.direction != "none")
            and re.match(r"^[^.;\d]{0,80}?\bfrom\s+$", text[change.end:start_level.start])):
        return
    update = {"from_level": start_level.id, "to_level": end_level.id}
    spanned = _span(start, end)
    if spanned and not ends(change):
        update["period"] = spanned
    out[k - 1] = change.model_copy(update=update)
    said = out[k - 2] if k >= 2 else None
    if said and said.sentence_start == change.sentence_start and said.kind in ("change", "percentage") \
            and cues.RESTATES.match(text[said.end:change.start]):
        out[k - 2] = said.model_copy(update={**update, "period": update.get("period", said.period)})


def _span(start: Period | None, end: Period | None) -> Period | None:
    """The period from one level's date to the other's (None when either is undated, they are the same
    date, or the second comes before the first)."""
    if not (start and end) or start.as_of == end.as_of or start.start or end.start:
        return None
    try:
        return Period(start=start.end, end=end.end, how="stated" if "stated" in (start.how, end.how) else start.how)
    except ValueError:
        return None
