"""The data tables of the Home Office "Police workforce, England and Wales: 30 September" releases
(ODS, as published): tables by police force area at three dates, and the national FTE time series."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from factcheck.errors import DataError
from factcheck.reference.gazetteer import NATIONAL, Gazetteer
from factcheck.reference.importers import (ImportResult, dataset_meta, derived_totals, figure_row, forces_listed,
                                           merge_dataset)
from factcheck.reference.tables import open_workbook

DATASET = "police-workforce-september-tables"

# The worker types a table is about, longest name first: "police staff and designated officers" is a
# combined table, not police staff.
WORKERS = [
    ("police staff and designated officers", None),
    ("police community support officers", "pcsos"),
    ("police support volunteers", "police_support_volunteers"),
    ("designated officers", "designated_officers"),
    ("special constables", "special_constables"),
    ("police officers", "police_officers"),
    ("police staff", "police_staff"),
    ("traffic wardens", None),
]
_TITLE = re.compile(r"^Police Workforce, England and Wales, (?P<date>\d{1,2} \w+ \d{4})\s*$", re.I)
_SERIES_ROW = re.compile(r"^\s*(?P<day>\d{1,2}) (?P<month>September|March) (?P<year>\d{4})\d*\s*$", re.I)
_FOOTNOTE = re.compile(r"(?<=[A-Za-z)])\d+$")  # "Police officers1", "Wiltshire2"


def is_september_tables(path: Path) -> bool:
    """An ODS workbook whose Index sheet names a 30 September police workforce release."""
    if path.suffix.lower() != ".ods":
        return False
    return _release_title(open_workbook(path)) is not None


def _release_title(book) -> str | None:
    if "Index" not in book.sheet_names:
        return None
    for row in book.get_sheet_by_name("Index").to_python()[:5]:
        for cell in row:
            if isinstance(cell, str) and _TITLE.match(cell.strip()):
                return cell.strip()
    return None


def _last_updated(book) -> dt.date | None:
    """The "Last updated" column some editions' Index carries (e.g. "28 January 2016")."""
    for row in book.get_sheet_by_name("Index").to_python():
        for cell in row:
            if isinstance(cell, str):
                try:
                    return dt.datetime.strptime(cell.strip(), "%d %B %Y").date()
                except ValueError:
                    continue
    return None


def _title(rows: list[list]) -> str:
    """A sheet's title: the first filled cell of its first row ("Table 1: Police officers by …")."""
    return next((str(c).strip() for c in (rows[0] if rows else []) if str(c).strip()), "")


def _clean(label: object) -> str:
    return _FOOTNOTE.sub("", str(label).strip()).strip()


def _worker(text: str) -> tuple[str, str | None] | None:
    low = _clean(text).lower()
    for name, metric in WORKERS:
        if low.startswith(name) or f" {name}" in f" {low}":
            return name, metric
    return None


def _measure(title: str, rows: list[list]) -> str | None:
    if re.search(r"\(FTE\)|full-time equivalent", title, re.I):
        return "fte"
    if re.search(r"\(headcount\)", title, re.I):
        return "headcount"
    for row in rows[:4]:
        for cell in row:
            c = _clean(cell).lower()
            if c.startswith("full-time equivalent"):
                return "fte"
            if c == "headcount":
                return "headcount"
    return None


def _date_cell(cell: object) -> dt.date | None:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    return None


def import_september_tables(path: Path, out_root: Path, gazetteer: Gazetteer, config: dict,
                            sums: dict[str, list[str]], *, published: dt.date | None, url: str,
                            place_counts: list[str] = ()) -> ImportResult:
    """Every force and England and Wales figure of one release's tables, as that release's edition."""
    book = open_workbook(path)
    release = _release_title(book)
    if release is None:
        raise DataError([f"{path}: not a 30 September police workforce workbook (no 'Police Workforce, England "
                         "and Wales, 30 September YYYY' title on an Index sheet)"])
    published = published or _last_updated(book)
    if published is None:
        raise DataError([f"{path}: the workbook does not say when it was published; give --published YYYY-MM-DD"])
    result = ImportResult(DATASET)
    edition = published.isoformat()
    figures: dict[tuple, dict] = {}
    problems: list[str] = []
    sheets = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names if name != "Index"]
    # the national time series last: where it repeats a date of the tables by force area, their
    # "Total 43 forces" is kept
    series = {name for name, rows in sheets if any(_SERIES_ROW.match(str(r[0])) for r in rows if r)}
    for sheet, rows in sheets:
        if sheet not in series:
            _force_table(path, sheet, rows, edition, figures, result, problems, gazetteer)
    for sheet, rows in sheets:
        if sheet in series:
            _time_series(path, sheet, rows, _measure(_title(rows), rows), edition, figures, result, gazetteer)
    if problems:
        raise DataError(problems)
    if not figures:
        raise DataError([f"{path}: no force or national figures found in the workbook"])
    meta = dataset_meta(config, DATASET)
    ed = {"id": edition, "title": f"{release} — data tables", "url": url, "published": published,
          "tier": "official", "publisher": "Home Office"}
    rows_out = list(figures.values())
    rows_out += derived_totals(rows_out, sums, gazetteer, path.name)
    rows_out += forces_listed(rows_out, gazetteer, place_counts, path.name)
    merge_dataset(out_root / DATASET, meta, [ed], rows_out, path.name)
    result.rows = len(rows_out)
    return result


def _force_table(path: Path, sheet: str, rows: list[list], edition: str, figures: dict, result: ImportResult,
                 problems: list[str], gazetteer: Gazetteer) -> None:
    """A table by police force area: one worker type in one measure, a column per date, a row per force."""
    title = _title(rows)
    subject = re.sub(r"^Table \d+:\s*", "", title)
    measure = _measure(title, rows)
    worker = _worker(subject)
    if worker is None or worker[1] is None or measure is None:
        result.skipped[f"table {sheet!r} ({subject[:60]}): not one worker type with a measure"] += 1
        return
    metric = worker[1]
    # the dates the figures are as at: the first row with date cells
    header = next((i for i, r in enumerate(rows) if any(_date_cell(c) for c in r)), None)
    if header is None:
        problems.append(f"{path} → {sheet}: no row of 'as at' dates above the figures")
        return
    dates = {j: _date_cell(c) for j, c in enumerate(rows[header]) if _date_cell(c)}
    regions = {p.region for p in gazetteer.places if p.region}
    first, seen_regions = header + 1, set()
    for n, row in enumerate(rows[first:], start=first + 1):
        label = _clean(row[0]) if row else ""
        if not label:
            continue
        if label.lower().startswith(("source", "notes")) or re.match(r"^\d", label):
            break
        geography = _row_place(label, regions, seen_regions, result, gazetteer)
        if geography is None:
            continue
        for j, d in dates.items():
            value = row[j] if j < len(row) else None
            if not isinstance(value, (int, float)):
                continue
            locator = (f"{path.name}, {sheet} ({subject[:90]}), row {n} {label!r}, "
                       f"column 'As at {d.day} {d:%B %Y}'")
            figures[(metric, geography, d, measure)] = _row(metric, geography, d, measure, value, edition,
                                                           locator, gazetteer)


def _row_place(label: str, regions: set, seen_regions: set, result: ImportResult, gazetteer: Gazetteer) -> str | None:
    """The force (or England and Wales, for "Total 43 forces") a row is about; None for a subtotal."""
    if label.lower() == "total 43 forces":
        return NATIONAL
    if (label in regions and label not in seen_regions) or label.lower().startswith("total") \
            or label.lower() in ("england", "england and wales"):
        # a region's subtotal comes before its forces: "West Midlands" is first the region, then the force
        seen_regions.add(label)
        result.skipped["regional and other subtotals"] += 1
        return None
    geography = gazetteer.resolve(label)
    if geography is None or not gazetteer.is_force(geography):
        result.skipped[f"{label!r}: not one of the 43 territorial forces"] += 1
        return None
    return geography


def _time_series(path: Path, sheet: str, rows: list[list], measure: str | None, edition: str,
                 figures: dict, result: ImportResult, gazetteer: Gazetteer) -> None:
    """The national table: one row per 30 September, one column per worker type (43 forces)."""
    header = next((r for r in rows if sum(1 for c in r if _worker(str(c))) >= 3), None)
    if header is None or measure is None:
        result.skipped[f"table {sheet!r}: a time series without worker columns or a measure"] += 1
        return
    columns = {j: _worker(str(c)) for j, c in enumerate(header) if str(c).strip() and _worker(str(c))}
    subject = re.sub(r"^Table \d+:\s*", "", _title(rows))
    for n, row in enumerate(rows, start=1):
        m = _SERIES_ROW.match(str(row[0])) if row else None
        if not m:
            continue
        d = dt.datetime.strptime(f"{m.group('day')} {m.group('month')} {m.group('year')}", "%d %B %Y").date()
        for j, (name, metric) in columns.items():
            value = row[j] if j < len(row) else None
            if metric is None or not isinstance(value, (int, float)):
                continue
            key = (metric, NATIONAL, d, measure)
            if key in figures:
                continue  # a table by force area gave this date's national total
            locator = f"{path.name}, {sheet} ({subject[:90]}), row {n} {_clean(row[0])!r}, column {name!r}"
            figures[key] = _row(metric, NATIONAL, d, measure, value, edition, locator, gazetteer)


def _row(metric: str, geography: str, as_of: dt.date, measure: str, value: float, edition: str, locator: str,
         gazetteer: Gazetteer) -> dict:
    return figure_row(metric, geography, as_of.isoformat(), measure, value, DATASET, edition, locator, gazetteer)
