"""The reference-data file formats: dataset metadata, figure rows and the gazetteer, as schemas."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

FIGURE_COLUMNS = [
    "metric",
    "geography",
    "geography_code",
    "as_of",
    "period",
    "measure",
    "value",
    "dataset",
    "edition",
    "locator",
]


class Strict(BaseModel):
    """Unknown keys are an error: a typo in a data file must not pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Edition(Strict):
    """One publication of a dataset: a release, a revision, or a report that reproduces one."""

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    url: str = Field(min_length=1)
    published: dt.date | None = None
    tier: Literal["official", "reported"] = "official"
    publisher: str | None = None
    reported_by: str | None = None  # reported tier: who reproduced the official figure
    origin: str | None = None  # reported tier: the official publisher it is attributed to
    revises: str | None = None  # the edition id this one revises
    notes: str | None = None
    # figures rounded to whole numbers (or with forces missing): they confirm a quoted number, but no
    # rule adds, subtracts or ranks them, and no national total is built from them
    rounded: bool = False

    @model_validator(mode="after")
    def _reported_needs_both_sources(self) -> Edition:
        if self.tier == "reported" and not (self.reported_by and self.origin):
            raise ValueError("a reported edition needs both reported_by and origin")
        return self


class DatasetMeta(Strict):
    """The metadata file that every dataset folder carries (dataset.yaml)."""

    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    url: str = Field(min_length=1)
    licence: str = Field(min_length=1)
    notes: str | None = None
    # supplementary: used only where no primary dataset holds the figure (the ethnicity open data table,
    # which the Home Office says to use only where ethnicity is needed, or before the main table starts)
    role: Literal["primary", "supplementary"] = "primary"
    editions: list[Edition] = Field(min_length=1)

    @field_validator("editions")
    @classmethod
    def _unique_editions(cls, editions: list[Edition]) -> list[Edition]:
        seen: set[str] = set()
        for e in editions:
            if e.id in seen:
                raise ValueError(f"edition id {e.id!r} is listed twice")
            seen.add(e.id)
        return editions


#: The longest locator (row, column and the cell's words) a figure may carry: provenance, not a text.
MAX_LOCATOR = 2000


class FigureRow(Strict):
    """One row of a dataset's figures.csv; provenance (dataset, edition, locator) is required."""

    metric: str = Field(min_length=1, max_length=100, pattern=r"^[a-z][a-z0-9_]*$")
    geography: str = Field(min_length=1, max_length=200)
    geography_code: str | None = Field(default=None, max_length=40)
    as_of: dt.date
    period: str | None = Field(default=None, max_length=100)
    measure: str = Field(min_length=1, max_length=40)
    value: float
    dataset: str = Field(min_length=1, max_length=100)
    edition: str = Field(min_length=1, max_length=100)
    locator: str = Field(min_length=1, max_length=MAX_LOCATOR)

    @field_validator("geography_code", "period", mode="before")
    @classmethod
    def _empty_is_none(cls, v: object) -> object:
        return None if v == "" else v

    @field_validator("value")
    @classmethod
    def _finite(cls, v: float) -> float:
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError("value must be a finite number")
        return v

    @model_validator(mode="after")
    def _not_negative(self) -> FigureRow:
        if self.value < 0 and self.period is None:
            raise ValueError(f"value {self.value:g}: a count at a date cannot be negative (a change needs its period)")
        return self


class Place(Strict):
    """A row of the gazetteer: a force or the national total, with the names people use for it."""

    name: str = Field(min_length=1)
    code: str = Field(min_length=1)
    kind: Literal["force", "national"]
    region: str | None = None
    aliases: list[str] = Field(default_factory=list)

    @field_validator("aliases", mode="before")
    @classmethod
    def _split(cls, v: object) -> object:
        if isinstance(v, str):
            return [a.strip() for a in v.split("|") if a.strip()]
        return v

    @field_validator("region", mode="before")
    @classmethod
    def _empty_region(cls, v: object) -> object:
        return None if v == "" else v
