"""The metric vocabulary of a domain (metrics.yaml): names, aliases, and the words that signal them."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck.errors import DataError, pydantic_problems
from factcheck.yamltext import safe_load


class MetricSpec(BaseModel):
    """One metric: how articles name it and which measures official tables give."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    description: str
    nouns: list[str] = Field(default_factory=list)
    refines: str | None = None
    cues: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    kind: str | None = None  # the kind of claim its figures are ("target" for an allocation)
    kinds: list[str] = Field(default_factory=list)  # the claim kinds it may sharpen (empty: any)
    default_as_of: str | None = None  # the date a figure refers to when an article gives none
    # stages of a programme an article names instead of a date ("first tranche" → its deadline)
    phases: dict[str, str] = Field(default_factory=dict)
    # the series of each phase's own figure (one year's tranche): a target due by a phase's deadline is
    # checked against it, not against the whole programme's
    phase_series: str | None = None
    measures: list[str] = Field(default_factory=list)
    # the series that counted the same thing by an older definition (police_officers →
    # police_officers_strength): used, and said so, for a date only it holds
    earlier_series: str | None = None
    # the metrics this one is the sum of, as the publisher totals it (the whole workforce); computed at
    # import for every place and date whose parts are all held
    sum_of: list[str] = Field(default_factory=list)
    # counted for the nation as a whole (the forces themselves): a figure with no place named is national
    national_only: bool = False
    # the number of places a table lists (the 43 territorial forces): counted at import for every date
    # and edition that lists them all
    counts_places: bool = False
    # when a programme began ("2019-07"): its cues do not sharpen a number of an article written before
    since: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}$")
    # the word a rate's unit uses for it ("officers" in officers_per_pcso, "pcso" singular)
    unit_word: str | None = None


class VocabularyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    series_month: str | None = Field(default=None, pattern=r"^(0[1-9]|1[0-2])$")
    measure_terms: dict[str, list[str]] = Field(default_factory=dict)
    metrics: dict[str, MetricSpec]


class Vocabulary:
    """Metric names and their aliases, plus the lexicon the claim stage matches in text."""

    def __init__(self, spec: VocabularyFile):
        self.metrics = spec.metrics
        self.measure_terms = spec.measure_terms
        self.series_month = spec.series_month
        self._alias = {a: name for name, m in self.metrics.items() for a in m.aliases}

    @classmethod
    def load(cls, path: Path) -> Vocabulary:
        try:
            raw = safe_load(path.read_text(encoding="utf-8"))
        except OSError as e:
            raise DataError([f"{path}: cannot read the metric vocabulary ({e.strerror})"]) from None
        except yaml.YAMLError as e:
            raise DataError([f"{path}: not valid YAML ({str(e).splitlines()[0]})"]) from None
        try:
            spec = VocabularyFile(**(raw or {}))
        except ValidationError as e:
            raise DataError(pydantic_problems(str(path), e)) from None
        problems = [
            f"{path} → metrics → {name} → refines: unknown metric {m.refines!r}"
            for name, m in spec.metrics.items()
            if m.refines and m.refines not in spec.metrics
        ] + [
            f"{path} → metrics → {name} → phase_series: unknown metric {m.phase_series!r}"
            for name, m in spec.metrics.items() if m.phase_series and m.phase_series not in spec.metrics
        ] + [
            f"{path} → metrics → {name} → sum_of: unknown metric {part!r}"
            for name, m in spec.metrics.items() for part in m.sum_of if part not in spec.metrics
        ]
        if problems:
            raise DataError(problems)
        return cls(spec)

    def metric_of_unit_word(self, word: str) -> str | None:
        """The metric a rate's unit names on one side ("officers", "pcso")."""
        for name, m in self.metrics.items():
            if m.unit_word and word in (m.unit_word, m.unit_word.rstrip("s")):
                return name
        return None

    def place_counts(self) -> list[str]:
        """The metrics that are the number of places a table lists."""
        return [name for name, m in self.metrics.items() if m.counts_places]

    def sums(self) -> dict[str, list[str]]:
        """Each metric that is the sum of others, with its parts."""
        return {name: list(m.sum_of) for name, m in self.metrics.items() if m.sum_of}

    def canonical(self, metric: str) -> str | None:
        """The metric's own name when `metric` is a name or an alias, else None."""
        if metric in self.metrics:
            return metric
        return self._alias.get(metric)
