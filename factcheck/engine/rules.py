"""Rules as data: the schema of a rule file, and loading a rules folder with every problem reported."""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

import factcheck.engine.comparisons  # noqa: F401  registers the comparisons
import factcheck.engine.strategies  # noqa: F401  registers the strategies
from factcheck.engine.registry import COMPARISONS, STRATEGIES
from factcheck.errors import DataError, pydantic_problems
from factcheck.reference.vocabulary import Vocabulary
from factcheck.yamltext import safe_load


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AppliesTo(_Strict):
    """Which claims a rule judges: by kind and metric (empty = any), and whether it needs a place."""

    kinds: list[str] = Field(min_length=1)
    metrics: list[str] = Field(default_factory=list)
    units: list[str | None] = Field(default_factory=list)
    directions: list[Literal["up", "down", "none"]] = Field(default_factory=list)  # empty = any
    needs_part: bool = False
    needs_levels: bool = False  # only changes the article gives with their two levels (from_level/to_level)
    # also judge claims that are not official statistics (a projection such as "25 per month over the
    # next 15 months"), from the article's own numbers only
    not_checkable: bool = False
    # words around the number that decide whether the rule reads it: after it in its sentence (or the
    # next), and right before it ("40 of the 43 forces increased …" is a count of forces that rose;
    # "the 43 forces in England and Wales" is every force; "the nine forces that lost officers" neither)
    followed_by: list[str] = Field(default_factory=list)
    not_followed_by: list[str] = Field(default_factory=list)
    preceded_by: list[str] = Field(default_factory=list)
    not_preceded_by: list[str] = Field(default_factory=list)


class Reference(_Strict):
    """How the official figure is found: a registered strategy and its settings."""

    strategy: str
    metric: str | None = None  # look up this metric instead of the claim's own
    geography: str | None = None  # default place when the claim names none
    window_days: int = Field(default=0, ge=0)  # how far back a "currently" figure may be

    @field_validator("strategy")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in STRATEGIES:
            raise ValueError(f"unknown strategy {v!r}; registered: {', '.join(sorted(STRATEGIES))}")
        return v


class Compare(_Strict):
    comparison: str
    close_margin: float = Field(default=0.02, ge=0, le=1)

    @field_validator("comparison")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in COMPARISONS:
            raise ValueError(f"unknown comparison {v!r}; registered: {', '.join(sorted(COMPARISONS))}")
        return v


#: The fields a rule's message may name: what the engine fills in for every verdict.
MESSAGE_FIELDS = frozenset({"claimed", "interval", "official", "official_as_of", "measure", "arithmetic",
                            "difference", "source", "note", "missing", "metric", "geography", "as_of"})


def _message_fields(template: str) -> str:
    """A message names only known fields, by name alone: no "{official.__class__}" or "{0}" that
    str.format would evaluate, no typo that would print "?" in every verdict."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as e:
        raise ValueError(f"not a valid message ({e})") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in MESSAGE_FIELDS:
            raise ValueError(f"unknown field {{{name}}}; a message may name {', '.join(sorted(MESSAGE_FIELDS))}")
        if spec or conversion:
            raise ValueError(f"field {{{name}}} takes no format or conversion")
    return template


class Messages(_Strict):
    supported: str
    close: str
    contradicted: str
    unverifiable: str
    inconsistent: str | None = None

    @field_validator("supported", "close", "contradicted", "unverifiable", "inconsistent")
    @classmethod
    def _fields(cls, v: str | None) -> str | None:
        return v if v is None else _message_fields(v)


class Link(_Strict):
    title: str
    url: str


class Example(_Strict):
    """A piece of article text and the verdict the rule must give the claim `claim` in it."""

    text: str = Field(min_length=1)
    date: dt.date
    claim: str = Field(min_length=1)  # the claim's surface, or a part of it
    expect: Literal["supported", "close", "contradicted", "inconsistent", "unverifiable", "not_checkable"]


class Rule(_Strict):
    id: str = Field(pattern=r"^[A-Z]{2}\d{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: int = Field(ge=1)
    aliases: list[str] = Field(default_factory=list)
    description: str = Field(min_length=1)
    rationale: str = Field(min_length=1)
    applies_to: AppliesTo
    reference: Reference
    compare: Compare
    messages: Messages
    references: list[Link] = Field(default_factory=list)
    examples: list[Example] = Field(min_length=2)

    @field_validator("examples")
    @classmethod
    def _pass_and_fail(cls, examples: list[Example]) -> list[Example]:
        labels = {e.expect for e in examples}
        if "supported" not in labels or not labels - {"supported"}:
            raise ValueError("needs at least one passing (supported) and one failing example")
        return examples


def load_rules(folder: Path | str, vocabulary: Vocabulary) -> list[Rule]:
    """Every rules/*.yaml, validated; unknown keys, strategies and metrics are all reported at once."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataError([f"{folder}: rules folder not found"])
    problems: list[str] = []
    rules: list[Rule] = []
    for path in sorted(folder.glob("*.yml")):
        problems.append(f"{path}: a rule file must end in .yaml, or it would be silently ignored")
    for path in sorted(folder.glob("*.yaml")):
        if not path.is_file():
            problems.append(f"{path}: not a file (a rule is one .yaml file)")
            continue
        try:
            raw = safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            problems.append(f"{path}: not valid YAML ({str(e).splitlines()[0]})")
            continue
        except UnicodeDecodeError as e:
            problems.append(f"{path}: not UTF-8 text (byte {e.start}: {e.reason})")
            continue
        except OSError as e:
            problems.append(f"{path}: cannot read ({e.strerror})")
            continue
        if not isinstance(raw, dict):
            problems.append(f"{path}: expected a mapping of rule fields")
            continue
        try:
            rule = Rule(**raw)
        except ValidationError as e:
            problems += pydantic_problems(str(path), e)
            continue
        for i, metric in enumerate(rule.applies_to.metrics):
            if vocabulary.canonical(metric) is None:
                problems.append(f"{path} → applies_to → metrics → {i}: unknown metric {metric!r}")
        if rule.reference.metric and vocabulary.canonical(rule.reference.metric) is None:
            problems.append(f"{path} → reference → metric: unknown metric {rule.reference.metric!r}")
        if path.stem != rule.id and not path.stem.startswith(rule.id + "-"):
            problems.append(f"{path} → id: the file name must start with the rule id {rule.id!r}")
        rules.append(rule)
    seen: dict[str, str] = {}
    for rule in rules:
        for key in [rule.id, *rule.aliases]:
            if key in seen:
                problems.append(f"{folder}: rule id {key!r} is used by {seen[key]} and {rule.name}")
            seen[key] = rule.name
    if not rules and not problems:
        problems.append(f"{folder}: no rule files (*.yaml)")
    if problems:
        raise DataError(problems)
    return rules
