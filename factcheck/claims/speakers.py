"""Who says a number: quotes and their attribution, reported speech ("X said", "according to X")."""

from __future__ import annotations

import re
from dataclasses import dataclass

SPEECH_VERBS = r"(?:said|says|say|added|adds|told|explained|commented|stated|claimed|claims|insisted|warned|argued|revealed|reveals|announced|announces|confirmed|noted|suggested|suggests|shows|showed|has shown|wrote|writes|pointed out|cited|cites|highlighted)"
_NAME = r"(?:[A-Z][\w’'.&-]*|of|the|for|and|de|van|von|on)"
# "Anja Schaefer, chair of Buckingham Constituency Liberal Democrats, said:" / "A Home Office spokesperson said"
_WHO_BEFORE = re.compile(
    rf"(?P<who>(?:(?:A|An|The)\s+)?[A-Z][\w’'.&-]*(?:\s+{_NAME})*(?:\s+(?:spokesperson|spokeswoman|spokesman|spokespeople|leader|chair|"
    rf"chairman|commissioner|minister|secretary|officer|constable|analysis|report|figures|statistics))?"
    # an apposition: "Ché Donald, of the Police Federation, said", "Police and Crime Commissioner, Sue Mountstevens, said"
    rf"(?:,\s+(?:(?:the\s+|a\s+)?[a-z][\w’'\s-]*?(?:\s+{_NAME})*|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}),?)?)"
    rf"(?:\s*\([^()]{{1,40}}\))?\s+(?:has\s+|have\s+|had\s+)?{SPEECH_VERBS}\b",
)
_ROLE_BEFORE = re.compile(
    rf"(?P<who>(?:(?:A|An|The)\s+)?(?:[A-Z][\w’'&-]*\s+)*(?:[A-Z][\w’'&-]*|police)\s+(?:spokesperson|spokeswoman|spokesman)|"
    rf"(?:the|a|an)\s+(?:[a-z]+\s+)?(?:spokesperson|spokeswoman|spokesman)|[Ss]he|[Hh]e|[Tt]hey)\s+(?:has\s+|had\s+)?{SPEECH_VERBS}\b")
_VERB_THEN_WHO = re.compile(
    rf"\b(?:said|says|say|added|[Aa]ccording to|claimed|claim|warned)\s+(?P<who>(?:the\s+|a\s+)?[A-Z][\w’'.&-]*(?:\s+{_NAME})*)")
_ACCORDING = re.compile(rf"\b[Aa]ccording to\s+(?P<who>(?:the\s+|a\s+)?[A-Z][\w’'.&-]*(?:\s+{_NAME})*)")
_BY_WHO = re.compile(rf"\b(?:analysis|research|report|survey|study)\s+(?:[\w\s]+?\s+)?by\s+(?P<who>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+{_NAME})*)\s+(?:has|have|had|shows?|showed|shown|reveals?|revealed|suggests?)")
_PRONOUNS = {"he", "she", "they", "it"}
_OPEN = "“\"‘"
_CLOSE = "”\"’"


@dataclass(frozen=True)
class Quote:
    """A quoted passage [start, end) and who it is attributed to (None when nobody is named)."""

    start: int
    end: int
    speaker: str | None


def clean_speaker(who: str) -> str | None:
    who = re.sub(r"\s+", " ", who).strip(" ,.:;")
    who = re.sub(r"^(?:A|An|The|a|an|the)\s+", "", who)
    who = re.sub(r"\s+(?:has|have|had)$", "", who)
    if not who or who.lower() in _PRONOUNS or len(who) < 3:
        return None
    return who


def _who(m: re.Match) -> str | None:
    """The speaker an attribution names. "…in England and Wales, a forum volunteer claimed" names
    the volunteer: an apposition not closed by a comma before the verb is the subject itself."""
    who = m.group("who")
    apposition = re.match(r"^(?P<before>.+?),\s+(?P<role>(?:a|an|the)\s+[^,]+)$", who.strip())
    if apposition and not who.rstrip().endswith(","):
        return clean_speaker(apposition.group("role"))
    return clean_speaker(who)


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted passages. A quote left open at the end of a paragraph goes on in the next paragraph
    when that paragraph opens with a quote mark, as in British newspaper style."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        opening = ch in "“" or (ch in "\"‘" and (i == 0 or not text[i - 1].isalnum()))
        if ch == "‘" and i + 1 < n and not text[i + 1].isupper():
            opening = False  # an apostrophe or a scare quote, not speech
        if not opening:
            i += 1
            continue
        j = i + 1
        while j < n:
            c = text[j]
            if c in "”" or (c in "\"’" and c != "’") or (c == "’" and text[i] == "‘" and (j + 1 == n or not text[j + 1].isalnum())):
                break
            if c == "\n" and j + 1 < n and text[j + 1] == "\n":
                break  # the quote runs to the end of its paragraph
            j += 1
        out.append((i, min(j + 1, n)))
        i = j + 1
    return out


def attribute_quotes(text: str, quotes: list[tuple[int, int]]) -> list[Quote]:
    """Give each quote its speaker: named just before it ("X said: “…”"), just after it
    ("“…,” X said"), or the same as the quote before it when the quotes run on."""
    result: list[Quote] = []
    prev: str | None = None
    prev_end = -10
    for a, b in quotes:
        para_start = text.rfind("\n\n", 0, a) + 1
        para_end = text.find("\n\n", b)
        para_end = len(text) if para_end < 0 else para_end
        before = text[max(para_start, a - 200):a]
        after = text[b:min(para_end, b + 160)]
        who = None
        last = list(_WHO_BEFORE.finditer(before))
        m = last[-1] if last else None  # the attribution nearest the quote
        if m and before[m.end():].strip(" :,\n") == "":
            who = _who(m)
        if who is None:
            m2 = re.match(rf"^[\s,]*(?P<who>(?:[A-Z][\w’'.&-]*|the|a|an)(?:\s+{_NAME}|\s+[a-z]+)*?)\s+{SPEECH_VERBS}\b", after)
            m3 = re.match(rf"^[\s,]*{SPEECH_VERBS}\s+(?P<who>(?:the\s+|a\s+)?[A-Z][\w’'.&-]*(?:\s+{_NAME})*)", after)
            hit = m2 or m3
            if hit:
                who = clean_speaker(hit.group("who"))
        pronoun = (m is not None and re.search(r"\b(?:he|she|they)\b", m.group("who"), re.I)) or \
            re.match(rf"^[\s,]*(?:he|she|they)\s+{SPEECH_VERBS}\b", after, re.I)
        if who is None and pronoun:
            # "he said" is the person last named as speaking, in a quote or in reported speech
            who = _last_named_speaker(text, a) or prev
        if who is None and prev is not None:
            # a quote that runs on from the one before, unless someone else was named in between
            gap = text[prev_end:a]
            if gap.strip(" \n.,") == "" or ("\n" in gap and len(gap) < 400 and not _WHO_BEFORE.search(gap)):
                who = prev
        result.append(Quote(a, b, who))
        if who:
            prev = who
        prev_end = b
    return result


def _last_named_speaker(text: str, pos: int) -> str | None:
    """The last person or body named as speaking before `pos` ("Mr Llywelyn said …")."""
    for m in reversed(list(_WHO_BEFORE.finditer(text, max(0, pos - 3000), pos))):
        who = _who(m)
        if who:
            return who
    return None


def reported_speaker(sentence: str, offset_in_sentence: int) -> str | None:
    """The speaker of reported speech in a sentence ("A Home Office spokesperson said the …",
    "…, say Buckingham Liberal Democrats", "according to the Police Federation")."""
    for rx in (_BY_WHO, _ROLE_BEFORE, _WHO_BEFORE):
        for m in rx.finditer(sentence):
            if m.end() <= offset_in_sentence + 1:
                who = _who(m)
                if who:
                    return who
    # an attribution later in the sentence covers it too ("229 …, the Lib Dem analysis suggests …")
    for rx in (_BY_WHO, _WHO_BEFORE, _ROLE_BEFORE):
        for m in rx.finditer(sentence):
            who = _who(m)
            if who:
                return who
    for rx in (_VERB_THEN_WHO, _ACCORDING):
        for m in rx.finditer(sentence):
            # "…, say Buckingham Liberal Democrats." closes the sentence it attributes
            if m.start() >= offset_in_sentence or rx is _ACCORDING:
                who = _who(m)
                if who:
                    return who
    return None
