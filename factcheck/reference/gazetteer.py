"""Places: the forces and the national total, found by name, alias or a close spelling (rapidfuzz)."""

from __future__ import annotations

import csv
import re
from functools import cached_property
from pathlib import Path

from pydantic import ValidationError
from rapidfuzz import fuzz, process

from factcheck.errors import DataError, pydantic_problems
from factcheck.reference.schema import Place

NATIONAL = "England and Wales"
# Words that follow a force's name without changing which force it is.
_FORCE_SUFFIX = re.compile(r"\s+(police( service)?|constabulary|force)$", re.I)


def _key(name: str) -> str:
    name = name.lower().replace("&", "and").replace("’", "'")
    name = re.sub(r"^the\s+", "", name)
    name = _FORCE_SUFFIX.sub("", name)
    return re.sub(r"[^a-z0-9]+", " ", name).strip()


class Gazetteer:
    """The places of a domain, loaded from `gazetteer.csv`."""

    def __init__(self, places: list[Place]):
        self.places = places
        self.by_name = {p.name: p for p in places}

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        problems, places = [], []
        try:
            with path.open(encoding="utf-8", newline="") as f:
                for n, row in enumerate(csv.DictReader(f), start=2):
                    try:
                        places.append(Place(**row))
                    except ValidationError as e:
                        problems += pydantic_problems(f"{path} → row {n}", e)
                    except TypeError as e:
                        problems.append(f"{path} → row {n}: {e}")
        except OSError as e:
            raise DataError([f"{path}: cannot read the gazetteer ({e.strerror})"]) from None
        except UnicodeDecodeError as e:
            problems.append(f"{path}: not UTF-8 text (byte {e.start}: {e.reason})")
        except csv.Error as e:
            problems.append(f"{path}: not a readable CSV ({e})")
        problems += _duplicates(path, places)
        if problems:
            raise DataError(problems)
        return cls(places)

    @cached_property
    def _keys(self) -> dict[str, str]:
        keys: dict[str, str] = {}
        for p in self.places:
            for alias in [p.name, *p.aliases]:
                keys.setdefault(_key(alias), p.name)
        return keys

    @cached_property
    def surface_forms(self) -> list[str]:
        """Every name and alias as written, longest first, for matching in text."""
        forms = {a for p in self.places for a in [p.name, *p.aliases]}
        return sorted(forms, key=len, reverse=True)

    def resolve(self, text: str, *, min_score: float = 90) -> str | None:
        """The canonical name of the place `text` names, or None; exact aliases first, then fuzzy."""
        key = _key(text)
        if not key:
            return None
        if key in self._keys:
            return self._keys[key]
        hit = process.extractOne(key, list(self._keys), scorer=fuzz.ratio, score_cutoff=min_score)
        return self._keys[hit[0]] if hit else None

    def code(self, name: str) -> str | None:
        place = self.by_name.get(name)
        return place.code if place else None

    def is_force(self, name: str) -> bool:
        place = self.by_name.get(name)
        return bool(place and place.kind == "force")


def _duplicates(path: Path, places: list[Place]) -> list[str]:
    """A place listed twice, or a name or alias given to two places: either would make a name in an
    article resolve by the order of the file's rows."""
    problems, owner = [], {}
    for n, p in enumerate(places, start=2):
        for alias in dict.fromkeys([p.name, *p.aliases]):
            key = _key(alias)
            if key in owner and owner[key][0] != p.name:
                problems.append(f"{path} → row {n}: {alias!r} also names {owner[key][0]} (row {owner[key][1]})")
            elif key in owner and alias == p.name:
                problems.append(f"{path} → row {n}: {p.name!r} is listed twice (row {owner[key][1]})")
            owner.setdefault(key, (p.name, n))
    return problems
