"""The reference store: every official figure of a reference-data folder, validated, with lookups."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import TypeAdapter, ValidationError

from factcheck.dating.calendar import ReleaseCalendar
from factcheck.errors import DataError, pydantic_problems
from factcheck.models import Figure, Source
from factcheck.reference.cache import cached
from factcheck.reference.events import Events
from factcheck.reference.gazetteer import Gazetteer
from factcheck.reference.schema import FIGURE_COLUMNS, DatasetMeta, FigureRow
from factcheck.reference.vocabulary import Vocabulary
from factcheck.yamltext import safe_load

def bundled(name: str) -> Path:
    """A data folder shipped with factcheck: inside the installed package, or at the repository's top."""
    package = Path(__file__).resolve().parents[1]
    installed = package / name
    return installed if installed.is_dir() else package.parent / name


DEFAULT_DIR = bundled("reference_data")


@dataclass(frozen=True)
class Dataset:
    """A dataset folder: its metadata and the path of its figures."""

    meta: DatasetMeta
    folder: Path


def _read_meta(path: Path) -> tuple[DatasetMeta | None, list[str]]:
    try:
        raw = safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        return None, [f"{path}: cannot read ({e.strerror})"]
    except yaml.YAMLError as e:
        return None, [f"{path}: not valid YAML ({str(e).splitlines()[0]})"]
    if not isinstance(raw, dict):
        return None, [f"{path}: expected a mapping of dataset fields"]
    try:
        return DatasetMeta(**raw), []
    except ValidationError as e:
        return None, pydantic_problems(str(path), e)


class ReferenceStore:
    """Official figures indexed by (metric, geography); each figure keeps its edition and source."""

    def __init__(self, root: Path, figures: list[Figure], gazetteer: Gazetteer, vocabulary: Vocabulary,
                 datasets: list[Dataset], events: Events | None = None):
        self.root = root
        self.events = events or Events([])
        self.figures = figures
        self.gazetteer = gazetteer
        self.vocabulary = vocabulary
        self.datasets = datasets
        self._index: dict[tuple[str, str], list[Figure]] = defaultdict(list)
        for f in figures:
            self._index[(f.metric, f.geography)].append(f)

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, root: Path | str = DEFAULT_DIR) -> ReferenceStore:
        """Load and validate a reference-data folder; every problem is reported at once."""
        root = Path(root)
        if not root.is_dir():
            raise DataError([f"{root}: reference data folder not found"])
        problems: list[str] = []
        gazetteer = vocabulary = None
        try:
            gazetteer = Gazetteer.load(root / "gazetteer.csv")
        except DataError as e:
            problems += e.problems
        try:
            vocabulary = Vocabulary.load(root / "metrics.yaml")
        except DataError as e:
            problems += e.problems
        events = None
        try:
            events = Events.load(root / "events.yaml")
        except DataError as e:
            problems += e.problems
        if problems:
            raise DataError(problems)
        datasets, figures = [], []
        for meta_path in sorted(root.glob("*/dataset.yaml")):
            meta, errs = _read_meta(meta_path)
            problems += errs
            if meta is None:
                continue
            if meta.id != meta_path.parent.name:
                problems.append(f"{meta_path} → id: {meta.id!r} differs from its folder {meta_path.parent.name!r}")
            datasets.append(Dataset(meta, meta_path.parent))
            csv_path = meta_path.parent / "figures.csv"
            rows, errs = cached(f"figures-{meta.id}", [csv_path, meta_path, root / "gazetteer.csv", root / "metrics.yaml"],
                                lambda: _read_figures(csv_path, meta, gazetteer, vocabulary))
            figures += _from_rows(rows, meta)
            problems += errs
        if not datasets:
            problems.append(f"{root}: no dataset folders (each needs dataset.yaml and figures.csv)")
        if problems:
            raise DataError(problems)
        return cls(root, figures, gazetteer, vocabulary, datasets, events)

    # -- queries -------------------------------------------------------------------------------
    def editions(self, metric: str, geography: str, as_of: dt.date, measure: str | None = None, *,
                 official_only: bool = False, exact: bool = False) -> list[Figure]:
        """Every edition of the figure for exactly that date, oldest publication first; a supplementary
        dataset's only where no primary one holds it, and rounded copies left out when `exact`."""
        metric = self.vocabulary.canonical(metric) or metric
        hits = [f for f in self._index.get((metric, geography), [])
                if f.as_of == as_of and (measure is None or f.measure == measure)
                and not (official_only and f.origin.kind != "official") and not (exact and f.rounded)]
        if any(not f.supplementary and f.origin.kind == "official" for f in hits):
            hits = [f for f in hits if not f.supplementary]
        return sorted(hits, key=lambda f: (f.origin.published or dt.date.min, f.origin.kind == "official", f.rounded))

    def lookup(self, metric: str, geography: str, as_of: dt.date, measure: str | None = None, *,
               published_by: dt.date | None = None, official_only: bool = False, exact: bool = False) -> Figure | None:
        """The figure for that date: official before reported, then the latest edition published
        on or before `published_by` (when given), else the latest edition. Never another date. With
        `exact`, never a rounded copy: for figures that are added, subtracted or ranked."""
        hits = self.editions(metric, geography, as_of, measure, official_only=official_only, exact=exact)
        if not hits:
            return None
        if published_by is not None:
            out_by = [f for f in hits if f.origin.published is None or f.origin.published <= published_by]
            if not out_by:
                # nothing held was out by then: the first edition published after is the nearest to what
                # the article could cite (the verdict says when it was published)
                return ([f for f in hits if f.origin.kind == "official"] or hits)[0]
            hits = out_by
        pool = [f for f in hits if f.origin.kind == "official"] or hits
        latest = pool[-1]
        # a later release that only rounds a figure ("140,228" for 140,228.33) does not revise it
        finer = [f for f in pool if f.value != latest.value and abs(f.value - latest.value) < 0.5]
        return finer[-1] if finer and latest.value == round(latest.value) else latest

    def series(self, metric: str, geography: str, measure: str, *, official_only: bool = False) -> list[Figure]:
        """One figure per date (the best edition), in date order, for charts and records."""
        metric = self.vocabulary.canonical(metric) or metric
        dates = sorted({f.as_of for f in self._index.get((metric, geography), []) if f.measure == measure})
        out = []
        for d in dates:
            f = self.lookup(metric, geography, d, measure, official_only=official_only)
            if f is not None:
                out.append(f)
        return out

    def with_value(self, metric: str, geography: str, value: float) -> list[Figure]:
        """Every figure, of any date and edition, that reads as `value` when written as a whole
        number (an FTE of 2,414.6 is quoted as 2,415)."""
        metric = self.vocabulary.canonical(metric) or metric
        return [f for f in self._index.get((metric, geography), []) if abs(f.value - value) < 0.5]

    def dates(self, metric: str, geography: str, measure: str | None = None) -> list[dt.date]:
        """The dates for which a figure is held, to say what is missing when a date is not."""
        metric = self.vocabulary.canonical(metric) or metric
        return sorted({f.as_of for f in self._index.get((metric, geography), [])
                       if measure is None or f.measure == measure})

    def force_scale(self) -> dict[str, tuple[float, float]]:
        """For each metric, the largest level any single force has held and the largest change any
        force's series has shown: a figure beyond them can only be national."""
        levels: dict[str, float] = defaultdict(float)
        changes: dict[str, float] = defaultdict(float)
        for (metric, _force), (level, change) in self.scale_of_forces().items():
            levels[metric] = max(levels[metric], level)
            changes[metric] = max(changes[metric], change)
        return {m: (levels[m], changes[m]) for m in levels}

    def scale_of_forces(self) -> dict[tuple[str, str], tuple[float, float]]:
        """For each metric and force, the largest level its series holds and the largest change it has
        shown (its highest less its lowest): a figure far beyond them is not that force's."""
        national = self.gazetteer.resolve("England and Wales")
        out: dict[tuple[str, str], tuple[float, float]] = {}
        for (metric, geography), figures in self._index.items():
            if geography == national:
                continue
            by_measure: dict[str, list[float]] = defaultdict(list)
            for f in figures:
                by_measure[f.measure].append(f.value)
            out[(metric, geography)] = (max(max(v) for v in by_measure.values()),
                                        max(max(v) - min(v) for v in by_measure.values()))
        return out

    def release_calendar(self) -> ReleaseCalendar:
        """When each official edition appeared, and the latest date it holds figures for."""
        return _calendar(self.figures)

    def release_calendars(self) -> dict[str, ReleaseCalendar]:
        """One release calendar per metric: series are published on their own schedules."""
        by_metric: dict[str, list[Figure]] = defaultdict(list)
        for f in self.figures:
            by_metric[f.metric].append(f)
        return {m: _calendar(figures) for m, figures in sorted(by_metric.items())}

    def measures(self, metric: str, geography: str) -> list[str]:
        metric = self.vocabulary.canonical(metric) or metric
        return sorted({f.measure for f in self._index.get((metric, geography), [])})


def _calendar(figures: list[Figure]) -> ReleaseCalendar:
    latest: dict[str, tuple[dt.date, dt.date]] = {}
    unknown: list[dt.date] = []
    as_ats: set[dt.date] = set()
    for f in figures:
        published = f.origin.published
        if f.origin.kind != "official":
            continue
        as_ats.add(f.as_of)
        if published is None:
            unknown.append(f.as_of)
        elif f.as_of <= published:
            held = latest.get(f.edition)
            if held is None or f.as_of > held[0]:
                latest[f.edition] = (f.as_of, published)
    return ReleaseCalendar(list(latest.values()), unknown, sorted(as_ats))


_ROWS = TypeAdapter(list[FigureRow])


def _read_figures(path: Path, meta: DatasetMeta, gazetteer: Gazetteer,
                  vocabulary: Vocabulary) -> tuple[list[tuple], list[str]]:
    """Rows of one figures.csv, validated, as the plain tuples `_from_rows` makes Figures of; a row
    without full provenance is refused, with its place."""
    try:
        f = path.open(encoding="utf-8", newline="")
    except OSError as e:
        return [], [f"{path}: cannot read ({e.strerror})"]
    with f:
        reader = csv.reader(f)
        header = next(reader, [])
        missing = [c for c in FIGURE_COLUMNS if c not in header]
        if missing:
            return [], [f"{path}: missing column(s) {', '.join(missing)}"]
        at = [header.index(c) for c in FIGURE_COLUMNS]
        raw, numbers, problems = [], [], []
        n = 1
        try:
            for n, cells in enumerate(reader, start=2):
                if len(cells) != len(header):
                    problems.append(f"{path} → row {n}: wrong number of fields")
                    continue
                raw.append(dict(zip(FIGURE_COLUMNS, (cells[i] for i in at), strict=True)))
                numbers.append(n)
        except UnicodeDecodeError as e:
            problems.append(f"{path} → after row {n}: not UTF-8 text ({e.reason}); the rest is not read")
        except csv.Error as e:  # a field over csv's limit, a NUL byte
            problems.append(f"{path} → row {n + 1}: {e}; the rest is not read")
    try:
        rows = _ROWS.validate_python(raw)  # one pass over every row, in pydantic's core
    except ValidationError:
        rows, numbers = _rows_one_by_one(path, raw, numbers, problems)
    return _figures(path, meta, rows, numbers, gazetteer, vocabulary, problems)


def _rows_one_by_one(path: Path, raw: list[dict], numbers: list[int], problems: list[str]
                     ) -> tuple[list[FigureRow], list[int]]:
    """The rows that validate, and a problem with its place for each that does not: so that one bad
    cell does not hide the others, or the problems of the good rows."""
    rows, kept = [], []
    for r, n in zip(raw, numbers, strict=True):
        try:
            rows.append(FigureRow(**r))
            kept.append(n)
        except ValidationError as e:
            problems += pydantic_problems(f"{path} → row {n}", e)
    return rows, kept


def _origins(meta: DatasetMeta) -> dict[str, Source]:
    """Each edition's source, shared by all its figures."""
    return {e.id: Source(title=e.title, url=e.url, published=e.published, kind=e.tier,
                         publisher=e.origin or meta.publisher, reported_by=e.reported_by, edition=e.id)
            for e in meta.editions}


def _from_rows(rows: list[tuple], meta: DatasetMeta) -> list[Figure]:
    """Figures from the plain rows the cache keeps (their dataset and sources come from dataset.yaml)."""
    origins, supplementary = _origins(meta), meta.role == "supplementary"
    return [Figure(metric, geography, code, as_of, period, measure, value, meta.id, edition, locator, origins[edition],
                   rounded, supplementary)
            for metric, geography, code, as_of, period, measure, value, edition, locator, rounded in rows]


def _figures(path: Path, meta: DatasetMeta, rows: list[FigureRow], numbers: list[int], gazetteer: Gazetteer,
             vocabulary: Vocabulary, problems: list[str]) -> tuple[list[tuple], list[str]]:
    """Validated rows as plain tuples, once their dataset, edition, metric and place are known."""
    editions = {e.id: e for e in meta.editions}
    out: list[tuple] = []
    first: dict[tuple, tuple[int, float]] = {}  # a figure's key in its edition → (row, value)
    for row, n in zip(rows, numbers, strict=True):
        where = f"{path} → row {n}"
        key = (row.metric, row.geography, row.as_of, row.period, row.measure, row.edition)
        if key in first and first[key][1] != row.value:
            problems.append(f"{where} → value: {row.value:g} for the same figure and edition as row {first[key][0]} "
                            f"({first[key][1]:g}); an edition gives one value")
            continue
        first.setdefault(key, (n, row.value))
        if row.dataset != meta.id:
            problems.append(f"{where} → dataset: {row.dataset!r} is not this folder's dataset {meta.id!r}")
            continue
        edition = editions.get(row.edition)
        if edition is None:
            problems.append(f"{where} → edition: {row.edition!r} is not listed in dataset.yaml")
            continue
        if vocabulary.canonical(row.metric) != row.metric:
            problems.append(f"{where} → metric: {row.metric!r} is not in metrics.yaml")
            continue
        if row.geography not in gazetteer.by_name:
            problems.append(f"{where} → geography: {row.geography!r} is not in gazetteer.csv")
            continue
        out.append((row.metric, row.geography, row.geography_code, row.as_of, row.period, row.measure, row.value,
                    row.edition, row.locator, edition.rounded))
    return out, problems
