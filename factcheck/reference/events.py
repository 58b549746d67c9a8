"""Public events articles count from ("since the last general election", "since the Coalition came to
power"), each with the dates it happened and where that is recorded (`events.yaml`)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml
from pydantic import Field, ValidationError

from factcheck.errors import DataError, pydantic_problems
from factcheck.reference.schema import Strict
from factcheck.yamltext import safe_load


class EventSource(Strict):
    title: str = Field(min_length=1)
    url: str = Field(min_length=1, pattern=r"^https?://")


class Event(Strict):
    """An event and the words articles name it by; "the last" one is the latest before an article."""

    name: str = Field(min_length=1)
    phrases: list[str] = Field(min_length=1)
    dates: list[dt.date] = Field(min_length=1)
    source: EventSource


class Term(Strict):
    name: str = Field(min_length=1)
    start: dt.date
    end: dt.date | None = None  # None: in office still


class Office(Strict):
    """A public office and who held it when: "Home Secretary Priti Patel", written of her as the
    holder, was written in her term."""

    titles: list[str] = Field(min_length=1)
    holders: list[Term] = Field(min_length=1)
    source: EventSource


class Era(Strict):
    """Something an article can only name once it exists (an office, a programme, a disease): an
    undated article that names it was written after `start`, the first day the name was in use."""

    name: str = Field(min_length=1)
    phrases: list[str] = Field(min_length=1)
    start: dt.date
    source: EventSource


class EventsFile(Strict):
    events: list[Event] = Field(default_factory=list)
    offices: list[Office] = Field(default_factory=list)
    eras: list[Era] = Field(default_factory=list)


def _holder_pattern(titles: list[str], name: str) -> re.Pattern:
    """The holder named with the title: "Home Secretary Priti Patel", "Home Secretary, Priti Patel" or
    "Priti Patel, Home Secretary" (a caption or a signature), not "former", "then", "shadow" or "deputy"
    (a shadow office is an office of its own, with its own holders)."""
    title = "(?:" + "|".join(re.escape(x) for x in sorted(titles, key=len, reverse=True)) + ")"
    not_now = r"(?<!former )(?<!then )(?<!ex-)(?<!late )(?<!shadow )(?<!deputy )"
    who = re.escape(name)
    # "Diane Abbott MP, Labour's Shadow Home Secretary": a title after the name, its party's or "the"
    after = rf"\b{who}(?:\s+MP)?,\s+(?:the\s+|\w+['’]s\s+)?(?!(?:former|then|shadow|deputy)\s+{title}){title}\b"
    return re.compile(rf"{not_now}\b{title},?\s+{who}\b|{after}", re.I)


class Events:
    """The events of a domain, matched in the words after "since"."""

    def __init__(self, events: list[Event], offices: list[Office] | None = None, eras: list[Era] | None = None):
        self.events = events
        self.offices = offices or []
        self.eras = [(era, re.compile(r"\b(?:" + "|".join(re.escape(p) for p in era.phrases) + r")\b", re.I))
                     for era in eras or []]
        # the title right before the name, not "former", "then" or "ex-" (a past holder named now),
        # nor a "shadow" or "deputy" one (another office)
        # a holder with two terms (Yvette Cooper, shadow home secretary twice) dates nothing before the first
        first: dict[tuple[int, str], dt.date] = {}
        for i, office in enumerate(self.offices):
            for term in office.holders:
                first[i, term.name] = min(first.get((i, term.name), term.start), term.start)
        self._holders = [(start, _holder_pattern(self.offices[i].titles, name)) for (i, name), start in first.items()]
        self._rx = [(e, re.compile(r"^(?:the\s+)?(?:(?:start|beginning)\s+of\s+(?:the\s+)?)?(?:(?P<last>last|previous)\s+)?"
                                   r"(?:" + "|".join(re.escape(p) for p in sorted(e.phrases, key=len, reverse=True))
                                   + r")\b", re.I)) for e in events]

    @classmethod
    def load(cls, path: Path) -> Events:
        if not path.is_file():
            return cls([])
        try:
            raw = safe_load(path.read_text(encoding="utf-8")) or {}
            parsed = EventsFile(**raw)
            return cls(parsed.events, parsed.offices, parsed.eras)
        except yaml.YAMLError as e:
            raise DataError([f"{path}: not valid YAML ({str(e).splitlines()[0]})"]) from None
        except ValidationError as e:
            raise DataError(pydantic_problems(str(path), e)) from None
        except (OSError, UnicodeDecodeError, TypeError) as e:
            raise DataError([f"{path}: cannot read the events ({e})"]) from None

    def bounds(self, text: str) -> list[dt.date]:
        """For dating an undated article: it cannot be older than the first time an event it counts
        from happened ("since the Coalition came to power" was written after May 2010), nor than the
        start of the term of an office holder it names by title ("Home Secretary Priti Patel"), nor than
        the first day of an office or programme it names (`eras`)."""
        out = []
        for m in re.finditer(r"\bsince\s+", text, re.I):
            for event, rx in self._rx:
                if rx.match(text[m.end():]):
                    out.append(min(event.dates))
                    break
        # "Prime Minister Boris Johnson": written in his term, so not before it began
        out += [start for start, rx in self._holders if rx.search(text)]
        # "the Police Uplift Programme", "Covid": written once the thing existed
        out += [era.start for era, rx in self.eras if rx.search(text)]
        return out

    def since(self, words: str, before: dt.date) -> tuple[Event, dt.date] | None:
        """The event `words` (what follows "since") names, and its latest date before `before`."""
        for event, rx in self._rx:
            if rx.match(words):
                dates = [d for d in event.dates if d <= before]
                if dates:
                    return event, max(dates)
        return None
