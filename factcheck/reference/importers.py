"""Importers that turn published tables into reference-data folders (dataset.yaml + figures.csv)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factcheck.errors import DataError
from factcheck.reference.gazetteer import NATIONAL, Gazetteer
from factcheck.reference.schema import FIGURE_COLUMNS

OGL = "Open Government Licence v3.0"

# The open data table's worker types, as the metric each one is.
WORKER_METRICS = {
    "police officer": "police_officers",
    "police staff": "police_staff",
    "police community support officer": "pcsos",
    "designated officer": "designated_officers",
    "special constable": "special_constables",
    "police support volunteer": "police_support_volunteers",
}
# Women among a worker type, from the table's sex column: a metric of its own.
FEMALE_METRICS = {"police_officers": "female_officers"}
# Volunteers have no full-time equivalent: the table writes 0 (or N/A), which is not a figure.
VOLUNTEERS = {"special_constables", "police_support_volunteers"}
# Both header styles the Home Office has used for the open data table.
OPEN_DATA_HEADERS = {
    "date": ["date", "as at 31 march"],
    "geo_code": ["geo_code", "geocode"],
    "force_name": ["force_name", "force name"],
    "worker_type": ["worker_type", "worker type"],
    "total_headcount": ["total_headcount", "total headcount"],
    "total_fte": ["total_fte", "total fte"],
}


@dataclass
class ImportResult:
    """What an import wrote, and what it passed over and why."""

    dataset: str
    rows: int = 0
    skipped: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def read_table(path: Path) -> list[list[str]]:
    """Rows of a CSV, or of the sheet of an ODS/XLSX workbook that holds the open data table (published
    workbooks may open with a cover or notes sheet), as strings starting at the header row."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            with path.open(encoding="utf-8-sig", newline="") as f:
                return [row for row in csv.reader(f)]
        except UnicodeDecodeError:
            raise DataError([f"{path}: not UTF-8 text (save the table as UTF-8 CSV or import the ODS)"]) from None
    if suffix in (".ods", ".xlsx", ".xls"):
        book = open_workbook(path)
        sheets = [[[_cell(c) for c in row] for row in book.get_sheet_by_name(name).to_python()] for name in book.sheet_names]
        for rows in sheets:
            for i, row in enumerate(rows[:20]):
                if is_open_data_header(row):
                    return rows[i:]
        return sheets[0] if sheets else []
    raise DataError([f"{path}: cannot import a {suffix or 'extension-less'} file (expected .csv or .ods)"])


def open_workbook(path: Path):
    """An ODS/XLSX workbook (python-calamine); an unreadable one is a one-line error naming the file."""
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as e:  # noqa: BLE001 - calamine raises its own types for unreadable files
        raise DataError([f"{path}: cannot read the workbook ({e})"]) from None


def is_open_data_header(row: list[str]) -> bool:
    header = {h.strip().lower() for h in row}
    return all(any(n in header for n in names) for names in OPEN_DATA_HEADERS.values())


def _cell(c: object) -> str:
    if isinstance(c, float) and c.is_integer():
        return str(int(c))
    if isinstance(c, (dt.date, dt.datetime)):
        return c.strftime("%Y-%m-%d")
    return "" if c is None else str(c)


def _number(s: str) -> float | None:
    s = s.strip().replace(",", "")
    if s in ("", "N/A", "n/a", "..", "-", "*"):
        return None
    try:
        return float(s)
    except ValueError:
        return None


def _as_at_31_march(s: str, path: Path, n: int) -> dt.date:
    """The snapshot date: the table writes `2021-03-01` or `2021` but every snapshot is at 31 March."""
    m = re.match(r"^\s*(\d{4})", s)
    if not m:
        raise DataError([f"{path} → row {n} → date: cannot read {s!r} as a year"])
    return dt.date(int(m.group(1)), 3, 31)


def import_open_data_table(path: Path, out_root: Path, gazetteer: Gazetteer, *, edition: str,
                           published: dt.date, url: str) -> ImportResult:
    """The Home Office police workforce open data table, summed to force and national figures."""
    rows = read_table(path)
    if not rows:
        raise DataError([f"{path}: the table is empty"])
    header = [h.strip().lower() for h in rows[0]]
    col = {}
    for key, names in OPEN_DATA_HEADERS.items():
        idx = next((header.index(n) for n in names if n in header), None)
        if idx is None:
            raise DataError([f"{path}: no {names[0]!r} column (found: {', '.join(rows[0])})"])
        col[key] = idx
    sex_col = next((header.index(n) for n in ("sex",) if n in header), None)
    sums: dict[tuple, float] = defaultdict(float)
    codes: dict[str, str] = {}
    forces_at: dict[tuple, set] = defaultdict(set)
    result = ImportResult("police-workforce-open-data")
    problems = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(row):
            continue
        metric = WORKER_METRICS.get(row[col["worker_type"]].strip().lower())
        if metric is None:
            result.skipped[f"worker type {row[col['worker_type']]!r}"] += 1
            continue
        force = gazetteer.resolve(row[col["force_name"]])
        if force is None or not gazetteer.is_force(force):
            problems.append(f"{path} → row {n} → force_name: {row[col['force_name']]!r} is not a known force")
            continue
        as_of = _as_at_31_march(row[col["date"]], path, n)
        codes[force] = row[col["geo_code"]].strip()
        female = sex_col is not None and row[sex_col].strip().lower() == "female" and metric in FEMALE_METRICS
        for measure, key in (("headcount", "total_headcount"), ("fte", "total_fte")):
            v = _number(row[col[key]])
            if measure == "fte" and metric in VOLUNTEERS:
                result.skipped["FTE of volunteers (the table writes 0: they have none)"] += 1
                continue
            if v is not None:
                for m in (metric, FEMALE_METRICS[metric]) if female else (metric,):
                    sums[(m, force, as_of, measure)] += v
                    forces_at[(m, as_of, measure)].add(force)
    if problems:
        raise DataError(problems)
    national: dict[tuple, float] = defaultdict(float)
    for (metric, _force, as_of, measure), v in sums.items():
        national[(metric, NATIONAL, as_of, measure)] += v
    out = []
    rows_of = {f: f"worker_type={w}, sex=Female" for w, f in FEMALE_METRICS.items()}
    for (metric, geo, as_of, measure), v in sorted({**sums, **national}.items(), key=lambda kv: tuple(map(str, kv[0]))):
        which = rows_of.get(metric, f"worker_type={metric}")
        if geo == NATIONAL:
            n_forces = len(forces_at[(metric, as_of, measure)])
            locator = f"sum over {n_forces} forces, {which}, {measure}, as at 31 March {as_of.year}"
            code = gazetteer.code(NATIONAL)
        else:
            locator = f"sum of rows force_name={geo}, {which}, {measure}, as at 31 March {as_of.year}"
            code = codes.get(geo) or gazetteer.code(geo)
        out.append({"metric": metric, "geography": geo, "geography_code": code, "as_of": as_of.isoformat(),
                    "period": "", "measure": measure, "value": _fmt(v), "dataset": result.dataset,
                    "edition": edition, "locator": locator})
    meta = {
        "id": result.dataset,
        "title": "Police workforce open data table",
        "publisher": "Home Office",
        "url": "https://www.gov.uk/government/statistics/police-workforce-england-and-wales-31-march-2022",
        "licence": OGL,
        "notes": ("One row per force, sex, rank and worker type in the source; summed here to each force "
                  "and to England and Wales (the 43 territorial forces) per worker type and measure. "
                  "Every snapshot is as at 31 March. FTE is not given for special constables and volunteers."),
    }
    ed = {"id": edition, "title": f"Police workforce open data table (published {published:%d %B %Y})",
          "url": url, "published": published, "tier": "official", "publisher": "Home Office"}
    merge_dataset(out_root / result.dataset, meta, [ed], out)
    result.rows = len(out)
    return result


def _fmt(v: float) -> str:
    """Figures as written in the CSV: whole numbers without a decimal point, FTE to two places."""
    return str(int(v)) if float(v).is_integer() else f"{v:.2f}".rstrip("0").rstrip(".")


def merge_dataset(folder: Path, meta: dict, editions: list[dict], rows: list[dict]) -> None:
    """Write a dataset folder, keeping the editions already there: an edition being imported again
    replaces its own rows and nothing else, so a new release never overwrites an older one."""
    replaced = {e["id"] for e in editions}
    kept_editions: list[dict] = []
    kept_rows: list[dict] = []
    if (folder / "dataset.yaml").is_file():
        old = yaml.safe_load((folder / "dataset.yaml").read_text(encoding="utf-8")) or {}
        kept_editions = [e for e in old.get("editions") or [] if e.get("id") not in replaced]
        if (folder / "figures.csv").is_file():
            with (folder / "figures.csv").open(encoding="utf-8", newline="") as f:
                kept_rows = [r for r in csv.DictReader(f) if r.get("edition") not in replaced]
    meta = {**meta, "editions": sorted(kept_editions + editions, key=lambda e: (str(e.get("published", "")), e["id"]))}
    rows = sorted(kept_rows + rows, key=lambda r: (r["metric"], r["geography"], r["as_of"], r["measure"], r["edition"]))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dataset.yaml").write_text(
        "# Written by `factcheck refs import`; re-run the import rather than editing by hand.\n"
        + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FIGURE_COLUMNS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    (folder / "figures.csv").write_text(buf.getvalue(), encoding="utf-8")


# -- hand-recorded figures with their sources --------------------------------------------------
FIGURES_COLUMNS = ["metric", "geography", "as_of", "period", "value", "measure", "source_title",
                   "source_url", "published", "quote", "notes", "source_kind"]


def _fy_end(period: str) -> dt.date | None:
    """The end (31 March) of a financial year written `2020/21` or `2020-21`, as the figure's date."""
    m = re.match(r"^\s*(\d{4})\s*[/-]\s*(\d{2,4})\s*$", period or "")
    if not m:
        return None
    return dt.date(int(m.group(1)) + 1, 3, 31)


def _edition_id(published: str, title: str, url: str) -> str:
    digest = hashlib.sha1(f"{title}|{url}".encode()).hexdigest()[:8]
    return f"{published or 'undated'}-{digest}"


def import_figures_csv(path: Path, out_root: Path, gazetteer: Gazetteer, config: dict) -> list[ImportResult]:
    """A hand-recorded figures CSV (one figure per row with its source and quote), split into an
    official dataset and a reported one. Which source metrics map to which of ours, which secondary
    sources reproduce an official table, and which sources other importers already cover, is data
    (`import.yaml`), so a newsroom can review it."""
    metric_map: dict[str, list[str]] = config.get("metrics", {})
    reported = config.get("reported_sources", [])
    exclude = config.get("exclude_sources", [])
    datasets = config["datasets"]
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in FIGURES_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError([f"{path}: missing column(s) {', '.join(missing)}"])
        raw_rows = list(reader)
    results = {tier: ImportResult(datasets[tier]["id"]) for tier in ("official", "reported")}
    rows: dict[str, list[dict]] = {"official": [], "reported": []}
    editions: dict[str, dict[str, dict]] = {"official": {}, "reported": {}}
    for n, r in enumerate(raw_rows, start=2):
        title, url = r["source_title"].strip(), r["source_url"].strip()
        if any(x in title or x in url for x in exclude):
            results["official"].skipped["covered by a table importer"] += 1
            continue
        if r["source_kind"] == "official":
            tier, via = "official", None
        else:
            via = next((s for s in reported if s["match"] in url or s["match"] in title), None)
            if via is None:
                results["reported"].skipped["not an official figure (party, PCC, union, press analysis…)"] += 1
                continue
            tier = "reported"
        mapped = metric_map.get(r["metric"])
        if not mapped:
            results[tier].skipped[f"metric {r['metric']} not in this domain's vocabulary"] += 1
            continue
        # [metric, measure], or {metric, measure, as_of (a date fixed by definition), before (only
        # figures dated before it)}
        rule = mapped if isinstance(mapped, dict) else {"metric": mapped[0], "measure": mapped[1]}
        metric, measure = rule["metric"], rule["measure"]
        geography = gazetteer.resolve(r["geography"])
        if geography is None:
            results[tier].skipped[f"geography {r['geography']!r} not in the gazetteer"] += 1
            continue
        as_of = str(rule.get("as_of") or "") or r["as_of"].strip() or (_fy_end(r["period"]).isoformat() if _fy_end(r["period"]) else "")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", as_of):
            results[tier].skipped["no exact date for the figure"] += 1
            continue
        if rule.get("before") and as_of >= str(rule["before"]):
            results[tier].skipped[f"metric {r['metric']} after {rule['before']}: measure not stated"] += 1
            continue
        value = _number(r["value"])
        if value is None:
            results[tier].skipped["no numeric value"] += 1
            continue
        eid = _edition_id(r["published"].strip(), title, url)
        if eid not in editions[tier]:
            ed = {"id": eid, "title": title, "url": url.split(" ")[0]}
            # "2021-01-28 (updated 2021-02-01)": first published on the first date, later amended
            published = re.match(r"^(\d{4}-\d{2}-\d{2})(?:\s*\((?P<note>[^)]+)\))?$", r["published"].strip())
            if published:
                ed["published"] = dt.date.fromisoformat(published.group(1))
                if published.group("note"):
                    ed["notes"] = published.group("note")
            ed["tier"] = tier
            if via:
                ed["reported_by"] = via["reported_by"]
                ed["origin"] = via["origin"]
            editions[tier][eid] = ed
        quote = re.sub(r"\s+", " ", r["quote"]).strip()
        rows[tier].append({"metric": metric, "geography": geography, "geography_code": gazetteer.code(geography),
                           "as_of": as_of, "period": r["period"].strip(), "measure": measure,
                           "value": _fmt(value), "dataset": results[tier].dataset, "edition": eid,
                           "locator": f"{path.name} row {n}: “{quote}”"[:400]})
    for tier in ("official", "reported"):
        meta = {**datasets[tier], "licence": OGL}
        merge_dataset(out_root / results[tier].dataset, meta, list(editions[tier].values()), rows[tier])
        results[tier].rows = len(rows[tier])
    return list(results.values())
