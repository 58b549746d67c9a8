"""The domain's words as the claim reader matches them: places (names, aliases, acronyms), the nouns
that name each metric, the cue words that sharpen one, and the measure words; built once per checker."""

from __future__ import annotations

import re

from factcheck.dating.calendar import ReleaseCalendar
from factcheck.reference.events import Events
from factcheck.reference.gazetteer import Gazetteer
from factcheck.reference.vocabulary import Vocabulary


def plural(noun: str) -> str:
    """A pattern for a noun and its plural: "officer(s)", "bobby/bobbies"."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return re.escape(noun[:-1]) + "(?:y|ies)"
    return re.escape(noun) + "(?:s|es)?"


class DomainLexicon:
    """The vocabulary and gazetteer compiled for reading: one pattern per question, tried on every number."""

    def __init__(self, vocabulary: Vocabulary, gazetteer: Gazetteer,
                 force_scale: dict[str, tuple[float, float]] | None = None,
                 releases: ReleaseCalendar | None = None, metric_releases: dict[str, ReleaseCalendar] | None = None,
                 events: Events | None = None, scale_of_forces: dict[tuple[str, str], tuple[float, float]] | None = None):
        self.vocabulary = vocabulary
        self.events = events or Events([])  # public events a change may be counted from
        self.gazetteer = gazetteer
        # when official figures appear (ReferenceStore.release_calendar): dates undated articles; and
        # per metric, the latest release out when a dated article appeared
        self.releases = releases or ReleaseCalendar()
        self.metric_releases = metric_releases or {}
        # per metric, the largest level and change any one force has had (ReferenceStore.force_scale)
        self.force_scale = force_scale or {}
        # per metric and force, its own largest level and change (ReferenceStore.scale_of_forces)
        self.scale_of_forces = scale_of_forces or {}
        forms = [f for f in gazetteer.surface_forms if len(f) > 2 or f.isupper()]
        # acronyms ("TVP", "GMP") match case-sensitively; names case-insensitively
        names = [re.escape(f) for f in forms if not f.isupper()]
        acronyms = [re.escape(f) for f in forms if f.isupper()]
        self.place_rx = re.compile(rf"(?i:\b(?:{'|'.join(names)})\b)|\b(?:{'|'.join(acronyms)})\b")
        self.nouns = sorted(((n.lower(), name) for name, m in vocabulary.metrics.items() for n in m.nouns),
                            key=lambda x: -len(x[0]))
        self.refinements = [(name, m) for name, m in vocabulary.metrics.items() if m.refines]
        self._nouns_in: dict[str, tuple[str, list]] = {}
        # the first vocabulary noun within two words, the longest at that place ("nine forces saw officer
        # numbers fall" counts forces): one pattern, tried on every number
        self.noun_after = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:"
                                     + "|".join(f"(?P<n{i}>{plural(n)})" for i, (n, _) in enumerate(self.nouns))
                                     + r")\b")
        self.measure_rx = {
            measure: re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.I)
            for measure, terms in vocabulary.measure_terms.items()
        }

    def nouns_in(self, sentence: str) -> tuple[str, list[tuple[int, int, str, str]]]:
        """Every vocabulary noun of a sentence as (start, end, noun, metric), outside the names of
        forces ("Humberside Police"), with the lower-cased, place-blanked text they were found in:
        found once per sentence, whatever the number of numbers in it."""
        found = self._nouns_in.get(sentence)
        if found is None:
            low = self.place_rx.sub(lambda m: " " * len(m.group(0)), sentence.lower())
            found = (low, [(m.start(), m.end(), noun, name) for noun, name in self.nouns
                           for m in re.finditer(rf"\b{plural(noun)}\b", low)])
            if len(self._nouns_in) > 256:
                self._nouns_in.clear()
            self._nouns_in[sentence] = found
        return found

    def places_in(self, text: str) -> list[tuple[int, int, str | None]]:
        """Every place named in a text, as (start, end, canonical name or None)."""
        return [(m.start(), m.end(), self.gazetteer.resolve(m.group(0))) for m in self.place_rx.finditer(text)]

    def metric_of_noun(self, phrase: str) -> str | None:
        """The metric of the longest vocabulary noun in a phrase."""
        phrase = " " + phrase.lower() + " "
        for noun, name in self.nouns:
            if re.search(rf"\b{plural(noun)}\b", phrase):
                return name
        return None

    def metric_of_phrase(self, phrase: str) -> str | None:
        """The metric a phrase names by its noun, else by a refinement's cue word."""
        phrase = " " + phrase.lower() + " "
        for noun, name in self.nouns:
            if re.search(rf"\b{re.escape(noun)}s?\b", phrase):
                return name
        for name, m in self.refinements:
            if any(re.search(rf"\b{re.escape(c)}\b", phrase) for c in m.cues):
                return name
        return None

    def noun_metric(self, word: str) -> str | None:
        """The metric one word names, in the vocabulary's own singular and plural forms."""
        for noun, name in self.nouns:
            if word in (noun, noun + "s", noun + "es") or (noun.endswith("y") and word == noun[:-1] + "ies"):
                return name
        return None
