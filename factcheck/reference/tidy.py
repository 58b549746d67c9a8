"""Tidy copies of Home Office tables (one row per force, or per force and date), read as `import.yaml`
describes them: which column names the force, which the date, which columns are which metric and
measure, and which Home Office edition each date's figures come from. Rounded copies are flagged so
that their figures confirm a quoted number but never enter a sum."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.dates import month_end
from factcheck.errors import DataError
from factcheck.reference.gazetteer import Gazetteer
from factcheck.reference.importers import (ImportResult, dataset_meta, figure_row, forces_listed, merge_dataset,
                                           national_sums)
from factcheck.reference.tables import Sheet, header_key, number, read_csv, text

_EDITION_KEYS = ("id", "title", "url", "published", "notes", "rounded")


def _date(cell: object) -> dt.date | None:
    """A date column's cell as the snapshot it names: a month ("2020-09-01", "2020-09") is as at its end."""
    s = text(cell)[:10]
    try:
        d = dt.date.fromisoformat(s if len(s) == 10 else f"{s}-01")
    except ValueError:
        return None
    return month_end(d.year, d.month)


def _edition_for(spec: dict, as_of: dt.date) -> dict | None:
    for ed in spec["editions"]:
        start, end = ed.get("from"), ed.get("until")
        if (start is None or as_of >= start) and (end is None or as_of <= end):
            return ed
    return None


@dataclass
class _Read:
    """What a tidy table gave so far: rows per dataset, editions, locators for national sums, problems."""

    rows: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    results: dict[str, ImportResult] = field(default_factory=dict)
    editions: dict[str, dict] = field(default_factory=dict)
    what: dict[tuple, str] = field(default_factory=dict)  # each (metric, as_of, measure) for a national sum
    problems: list[str] = field(default_factory=list)


def _columns(path: Path, sheet: Sheet, spec: dict) -> tuple[dict[str, int], dict[int, tuple], list[str]]:
    """Where each described column is, what each value column holds, and the columns not described."""
    header = [text(h) for h in sheet.rows[0]]
    index = {header_key(h): j for j, h in enumerate(header)}
    need = [spec["force"], *([spec["date"]] if spec.get("date") else []), *spec["values"]]
    problems = [f"{path}: no {name!r} column (found: {', '.join(header)})" for name in need
                if header_key(name) not in index]
    if problems:
        raise DataError(problems)
    values = {index[header_key(c)]: (c, *m) for c, m in spec["values"].items()}
    return index, values, [h for j, h in enumerate(header) if j not in values and h not in need and h]


def _read_row(read: _Read, sheet: Sheet, i: int, row: list, index: dict, values: dict, spec: dict,
              gazetteer: Gazetteer) -> None:
    path = sheet.path
    force_name = text(row[index[header_key(spec["force"])]])
    force = gazetteer.resolve(force_name)
    if force is None or not gazetteer.is_force(force):
        read.problems.append(f"{sheet.where(i, spec['force'])}: {force_name!r} is not a known force")
        return
    row_date = _date(row[index[header_key(spec["date"])]]) if spec.get("date") else None
    if spec.get("date") and row_date is None:
        read.problems.append(f"{sheet.where(i, spec['date'])}: cannot read "
                             f"{text(row[index[header_key(spec['date'])]])!r} as a date")
        return
    for j, (column, metric, measure, *fixed) in values.items():
        as_of = fixed[0] if fixed else row_date
        cell = row[j] if j < len(row) else ""
        try:
            value = number(cell)
        except ValueError:
            read.problems.append(f"{sheet.where(i, column)}: {text(cell)!r} is not a number")
            continue
        ed = _edition_for(spec, as_of)
        if ed is None:
            read.problems.append(f"{sheet.where(i, column)}: no edition in import.yaml covers {as_of}")
            continue
        if value is None:
            continue
        if value < 0:
            read.problems.append(f"{sheet.where(i, column)}: {text(cell)!r} is negative")
            continue
        dataset = ed["dataset"]
        read.results.setdefault(dataset, ImportResult(dataset))
        read.editions[ed["id"]] = {k: ed[k] for k in _EDITION_KEYS if k in ed} | {"tier": "official"}
        read.what[(metric, as_of.isoformat(), measure)] = f"{path.name}, column {column!r}"
        read.rows[dataset].append(figure_row(
            metric, force, as_of.isoformat(), measure, value, dataset, ed["id"],
            f"{path.name}: row {sheet.first_row + i} ({force_name}), column {column!r}", gazetteer))


def import_tidy(path: Path, out_root: Path, gazetteer: Gazetteer, config: dict, spec: dict,
                place_counts: list[str] = ()) -> list[ImportResult]:
    """A tidy copy described by its `import.yaml` entry (`format: tidy`)."""
    sheet = read_csv(path)
    if not sheet.rows:
        raise DataError([f"{path}: the table is empty"])
    index, values, ignored = _columns(path, sheet, spec)
    read = _Read()
    for i, row in enumerate(sheet.rows[1:], start=1):
        if any(text(c) for c in row):
            _read_row(read, sheet, i, row, index, values, spec, gazetteer)
        if len(read.problems) >= 200:
            break
    if read.problems:
        raise DataError(read.problems)
    if not read.rows:
        raise DataError([f"{path}: the table holds no figures"])
    rows, results, editions, what = read.rows, read.results, read.editions, read.what
    for dataset, found in rows.items():
        rounded = {e["id"] for e in spec["editions"] if e.get("rounded")}
        # rounded figures, or a copy with forces missing, never make a national total
        exact = [r for r in found if r["edition"] not in rounded]
        found += national_sums(exact, gazetteer, what) + forces_listed(exact, gazetteer, place_counts, path.name)
        mine = [editions[e] for e in sorted({r["edition"] for r in found})]
        merge_dataset(out_root / dataset, dataset_meta(config, dataset), mine, found, path.name)
        results[dataset].rows = len(found)
        if ignored:
            results[dataset].skipped[f"column(s) not described in import.yaml: {', '.join(ignored)}"] += 1
    return list(results.values())
