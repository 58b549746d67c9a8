"""The one place quantulum3 is called: the values of spelled-out numbers in candidate spans.

quantulum3 is run on short candidate spans only, never on whole texts, and its known faults are
corrected here: a lone "one" not read at all, "a dozen" read as 1 dozen, "£2.5m" read as metres, "20k" as kelvin, ranges returned
as their mean, and ordinals ("fifth") read as fractions.
"""

from __future__ import annotations

import logging
import warnings
from functools import lru_cache

import re

from factcheck.quantities.lexicon import COUNT_NOUNS, MULTIPLIER_WORDS, TENS_WORDS, UNITS_WORDS

log = logging.getLogger(__name__)

#: The longest number name read ("one hundred and twenty-three thousand four hundred and fifty-six" is 10
#: words): a longer chain of number words is no quantity, and reading it is bounded.
MAX_NUMBER_WORDS = 20


@lru_cache(maxsize=1)
def _parser():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
    return parser


@lru_cache(maxsize=4096)
def word_number_value(span: str) -> float | None:
    """The value of a spelled-out number ("one hundred and five", "twenty thousand"), or None when
    quantulum3 does not read the whole span as one number."""
    text = span.strip()
    low = text.lower()
    if len(low.split()) > MAX_NUMBER_WORDS:
        return None  # "dozen dozen dozen …": no number is named in that many words
    if low in UNITS_WORDS or low in TENS_WORDS:
        # quantulum3 skips a lone "one" (it reads it as an article); single words are ours
        return float(UNITS_WORDS.get(low, TENS_WORDS.get(low, 0)))
    for noun, n in COUNT_NOUNS.items():
        # quantulum3 reads "a dozen" as one dozen of a unit called dozen: count nouns are ours
        if low in (noun, f"a {noun}", f"one {noun}"):
            return float(n)
        if low.endswith((f" {noun}", f" {noun}s")):  # "two dozen", "three hundred dozens"
            head = word_number_value(low.rsplit(" ", 1)[0])
            return None if head is None else head * n
    composed = _compose(low)
    if composed is not None:
        return composed
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = _parser().parse(text)
    except Exception as e:  # noqa: BLE001 - a parser fault must not stop an article
        log.debug("quantulum3 failed on %r: %s", text, e)
        return None
    if len(found) != 1:
        return None
    q = found[0]
    if q.span[0] > 1 or q.span[1] < len(text) - 1:
        return None  # it read only part of the span
    if q.unit.name not in ("dimensionless",) and q.unit.entity.name not in ("dimensionless",):
        return None
    if getattr(q, "uncertainty", None):
        return None  # a range read as its mean: ranges are ours
    return float(q.value)


def how_many(n: str | None) -> int:
    """The count a period or span names: "3", "three", or none written (one): "in the last three years",
    "the lowest in a decade"."""
    return (int(n) if n.isdigit() else int(word_number_value(n) or 1)) if n else 1


def _compose(low: str) -> float | None:
    """The regular English number names ("one hundred and five", "twenty-three thousand", "a hundred")
    composed word by word; None for anything else, which goes to quantulum3. Most spans are regular, and
    quantulum3 takes two seconds to load its unit tables on first use."""
    words = [w for w in re.split(r"[\s-]+", low) if w and w != "and"]
    if not words:
        return None
    if words[0] == "a" and len(words) > 1 and words[1] in MULTIPLIER_WORDS:
        words[0] = "one"
    total = current = 0.0
    seen = False
    for w in words:
        if w in UNITS_WORDS or w in TENS_WORDS:
            current += UNITS_WORDS.get(w, TENS_WORDS.get(w, 0))
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in MULTIPLIER_WORDS:
            total += (current or 1) * MULTIPLIER_WORDS[w]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None
