"""The Home Office police workforce open data table, in any of its editions (and the ethnicity open
data table, which has the same layout and an ethnicity column): one row per force × sex × rank ×
worker type, summed to each force, its subgroups (women, ranks, minority-ethnic officers), England and
Wales, and the whole workforce. Column names, worker types and subgroups come from `import.yaml`."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import DataError
from factcheck.reference.gazetteer import Gazetteer
from factcheck.reference.importers import (ImportResult, dataset_meta, derived_totals, figure_row, forces_listed,
                                           merge_dataset, national_sums)
from factcheck.reference.tables import Sheet, find_table, header_key, number, text

MEASURES = ("headcount", "fte")


def _spellings(spec: dict) -> dict[str, set[str]]:
    return {key: {header_key(s) for s in names} for key, names in spec["columns"].items()}


def is_open_data_header(row: list[str], spec: dict) -> bool:
    """A header row with every column the table must have, in any edition's spelling."""
    found = {header_key(h) for h in row}
    spellings = _spellings(spec)
    return all(spellings[key] & found for key in spec["required"])


def find_open_data(path: Path, spec: dict) -> Sheet | None:
    return find_table(path, lambda row: is_open_data_header(row, spec))


@dataclass
class _Group:
    """The rows summed into one figure: their total, how many there were, and how many held a number
    (a group of dashes only, such as North Wales's FTE for 2003, is a figure not given, not a nil)."""

    total: float = 0.0
    rows: int = 0
    numbers: int = 0
    filters: str = ""


@dataclass
class _Reading:
    sheet: Sheet
    columns: dict[str, int]
    headers: dict[str, str]
    groups: dict[tuple, _Group] = field(default_factory=lambda: defaultdict(_Group))
    codes: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _columns(sheet: Sheet, spec: dict) -> tuple[dict[str, int], dict[str, str]]:
    header = [text(c) for c in sheet.rows[0]]
    spellings = _spellings(spec)
    columns, headers = {}, {}
    for key, names in spellings.items():
        idx = next((j for j, h in enumerate(header) if header_key(h) in names), None)
        if idx is not None:
            columns[key], headers[key] = idx, header[idx]
    return columns, headers


def _year(cell: object) -> int | None:
    """The snapshot's year: the table writes 2023, "2023-03-01" or "31 March 2023"; every one is as at 31 March."""
    m = re.search(r"(?:19|20)\d{2}", text(cell))
    return int(m.group(0)) if m else None


def _read_row(reading: _Reading, i: int, row: list, spec: dict, gazetteer: Gazetteer, result: ImportResult) -> None:
    """Add one row's headcount and FTE to the figures of its worker type and of each subgroup it is in."""
    col, head, sheet = reading.columns, reading.headers, reading.sheet
    cell = lambda key: row[col[key]] if col[key] < len(row) else None  # noqa: E731
    worker = text(cell("worker_type"))
    metric = spec["worker_types"].get(worker.lower())
    if metric is None:
        reading.problems.append(f"{sheet.where(i, head['worker_type'])}: unknown worker type {worker!r} "
                                f"(known: {', '.join(spec['worker_types'])})")
        return
    force_name = text(cell("force"))
    if force_name in spec.get("not_forces", []):
        result.skipped[f"{force_name}: not one of the 43 territorial forces"] += 1
        return
    force = gazetteer.resolve(force_name)
    if force is None or not gazetteer.is_force(force):
        reading.problems.append(f"{sheet.where(i, head['force'])}: {force_name!r} is not a known force")
        return
    year = _year(cell("date"))
    if year is None:
        reading.problems.append(f"{sheet.where(i, head['date'])}: cannot read {text(cell('date'))!r} as a year")
        return
    if "geo_code" in col:
        reading.codes[force] = text(cell("geo_code"))
    filters = f"{head['worker_type']} = {worker}"
    groups = [(metric, filters)]
    for column, values in (spec.get("subgroups") or {}).get(metric, {}).items():
        sub = values.get(text(cell(column)).lower()) if column in col else None
        if sub:
            groups.append((sub, f"{filters}, {head[column]} = {text(cell(column))}"))
    for measure in MEASURES:
        if measure == "fte" and metric in spec.get("no_fte", []):
            result.skipped["FTE of volunteers (the table writes 0 or N/A: they have none)"] += 1
            continue
        raw = cell(measure)
        try:
            value = number(raw)
        except ValueError:
            reading.problems.append(f"{sheet.where(i, head[measure])}: {text(raw)!r} is not a number")
            continue
        if value is not None and value < 0:
            reading.problems.append(f"{sheet.where(i, head[measure])}: {text(raw)!r} is negative")
            continue
        for m, where in groups:
            g = reading.groups[(m, force, year, measure)]
            g.rows += 1
            g.filters = g.filters or where
            if value is not None:
                g.total += value
                g.numbers += text(raw) not in ("-", "–", "—")


def _figures(reading: _Reading, spec: dict, gazetteer: Gazetteer, dataset: str, edition: str) -> tuple[list, dict]:
    """Each force's figures, and the description of each (metric, date, measure) for national sums."""
    sheet, head = reading.sheet, reading.headers
    parents = {sub: metric for metric, columns in (spec.get("subgroups") or {}).items()
               for values in columns.values() for sub in values.values()}
    rows, what = [], {}
    for (metric, force, year, measure), g in sorted(reading.groups.items()):
        parent = reading.groups.get((parents.get(metric, metric), force, year, measure))
        if parent is None or not parent.numbers:
            continue  # no figure given for the worker type (all dashes): its subgroups are not nil either
        as_of = dt.date(year, 3, 31).isoformat()
        column = f"column {head[measure]!r}"
        where = f"{sheet.label()}: the rows with {g.filters}, {head['date']} = {year}; {column}"
        what[(metric, as_of, measure)] = where
        rows.append(figure_row(metric, force, as_of, measure, g.total, dataset, edition,
                               f"{sheet.label()}: sum of the {g.rows} rows with {head['force']} = {force}, {g.filters}, "
                               f"{head['date']} = {year}; {column}", gazetteer, reading.codes.get(force)))
    return rows, what


def _extract_metrics(spec: dict, extract_of: dict[str, str]) -> set[str] | None:
    """The only metrics an extract of the table can give: a copy holding just the chief officers' rows
    (`extract_of: {rank: chief officer}` in import.yaml) gives chief officers, not all officers."""
    if not extract_of:
        return None
    return {values.get(value.lower()) for columns in (spec.get("subgroups") or {}).values()
            for column, values in columns.items() for c, value in extract_of.items() if c == column} - {None}


def import_open_data_table(path: Path, out_root: Path, gazetteer: Gazetteer, config: dict, sums: dict[str, list[str]],
                           *, published: dt.date, url: str, notes: str | None = None,
                           extract_of: dict[str, str] | None = None, place_counts: list[str] = ()) -> ImportResult:
    """One edition of the open data table (or the ethnicity table), summed to forces, subgroups,
    England and Wales and the whole workforce; every figure's locator says which rows and column."""
    spec = config["open_data_table"]
    sheet = find_open_data(path, spec)
    if sheet is None or len(sheet.rows) < 2:
        raise DataError([f"{path}: no open data table (a header with {', '.join(spec['required'])}) in it"])
    columns, headers = _columns(sheet, spec)
    dataset = spec["datasets"]["ethnicity" if "ethnic_group" in columns else "default"]
    reading = _Reading(sheet, columns, headers)
    result = ImportResult(dataset)
    for i, row in enumerate(sheet.rows[1:], start=1):
        if any(text(c) for c in row):
            _read_row(reading, i, row, spec, gazetteer, result)
        if len(reading.problems) >= 200:
            break
    if reading.problems:
        raise DataError(reading.problems)
    edition = published.isoformat()
    rows, what = _figures(reading, spec, gazetteer, dataset, edition)
    only = _extract_metrics(spec, extract_of or {})
    if only is not None:
        rows = [r for r in rows if r["metric"] in only]
    if not rows:
        raise DataError([f"{path}: the table holds no figures"])
    rows += national_sums(rows, gazetteer, what)
    rows += forces_listed(rows, gazetteer, place_counts, sheet.label())
    rows += derived_totals(rows, sums, gazetteer, sheet.label())
    meta = dataset_meta(config, dataset)
    ed = {"id": edition, "title": f"{meta['title']} (published {published:%d %B %Y})", "url": url,
          "published": published, "tier": "official", "publisher": meta["publisher"]}
    if notes:
        ed["notes"] = notes
    merge_dataset(out_root / dataset, meta, [ed], rows, path.name)
    result.rows = len(rows)
    return result
