"""Importing a hand-recorded figures CSV: one official figure per row with its source and quote, split
into the official tier and the reported tier (official figures as a news agency reproduced them)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from pathlib import Path

from factcheck.errors import DataError
from factcheck.reference.gazetteer import Gazetteer
from factcheck.reference.importers import ImportResult, dataset_meta, fmt, merge_dataset
from factcheck.reference.tables import number

FIGURES_COLUMNS = ["metric", "geography", "as_of", "period", "value", "measure", "source_title",
                   "source_url", "published", "quote", "notes", "source_kind"]


def _fy_end(period: str) -> dt.date | None:
    """The end (31 March) of a financial year written `2020/21` or `2020-21`, as the figure's date."""
    m = re.match(r"^\s*(\d{4})\s*[/-]\s*(\d{2,4})\s*$", period or "")
    if not m:
        return None
    return dt.date(int(m.group(1)) + 1, 3, 31)


def _tier(r: dict, config: dict) -> tuple[str, dict | None, str | None]:
    """Which tier a row's source is (official, or reported with the agency that reproduced it), or
    why the row is left out: a source a table importer covers, or a claim rather than a reference."""
    title, url = r["source_title"].strip(), r["source_url"].strip()
    if any(x in title or x in url for x in config.get("exclude_sources", [])):
        return "official", None, "covered by a table importer"
    if r["source_kind"] == "official":
        return "official", None, None
    via = next((s for s in config.get("reported_sources", []) if s["match"] in url or s["match"] in title), None)
    if via is None:
        return "reported", None, "not an official figure (party, PCC, union, press analysis…)"
    return "reported", via, None


def _figure(r: dict, config: dict, gazetteer: Gazetteer) -> tuple[str, str, str, str, float] | str:
    """A row as (metric, measure, place, date, value) in this domain's terms, or why it is left out."""
    mapped = config.get("metrics", {}).get(r["metric"])
    if not mapped:
        return f"metric {r['metric']} not in this domain's vocabulary"
    # [metric, measure], or {metric, measure, as_of (a date fixed by definition), before (only
    # figures dated before it)}
    rule = mapped if isinstance(mapped, dict) else {"metric": mapped[0], "measure": mapped[1]}
    geography = gazetteer.resolve(r["geography"])
    if geography is None:
        return f"geography {r['geography']!r} not in the gazetteer"
    as_of = str(rule.get("as_of") or "") or r["as_of"].strip() or (_fy_end(r["period"]).isoformat() if _fy_end(r["period"]) else "")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", as_of):
        return "no exact date for the figure"
    if rule.get("before") and as_of >= str(rule["before"]):
        return f"metric {r['metric']} after {rule['before']}: measure not stated"
    try:
        # a dash here is a figure not recorded, not a nil one
        value = None if r["value"].strip() in ("-", "") else number(r["value"])
    except ValueError:
        value = None
    if value is None:
        return "no numeric value"
    return rule["metric"], rule["measure"], geography, as_of, value


def _edition(r: dict, tier: str, via: dict | None) -> dict:
    """The edition a row's source is: one per source title and URL, dated by when it was published."""
    title, url = r["source_title"].strip(), r["source_url"].strip()
    ed = {"id": _edition_id(r["published"].strip(), title, url), "title": title, "url": url.split(" ")[0]}
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
    return ed


def _edition_id(published: str, title: str, url: str) -> str:
    digest = hashlib.sha1(f"{title}|{url}".encode()).hexdigest()[:8]
    return f"{published or 'undated'}-{digest}"


def import_figures_csv(path: Path, out_root: Path, gazetteer: Gazetteer, all_config: dict) -> list[ImportResult]:
    """A hand-recorded figures CSV (one figure per row with its source and quote), split into an
    official dataset and a reported one. Which source metrics map to which of ours, which secondary
    sources reproduce an official table, and which sources other importers already cover, is data
    (`import.yaml`), so a newsroom can review it."""
    config = all_config["figures_csv"]
    datasets = config["datasets"]  # tier → dataset id
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in FIGURES_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError([f"{path}: missing column(s) {', '.join(missing)}"])
        raw_rows = list(reader)
    results = {tier: ImportResult(datasets[tier]) for tier in ("official", "reported")}
    rows: dict[str, list[dict]] = {"official": [], "reported": []}
    editions: dict[str, dict[str, dict]] = {"official": {}, "reported": {}}
    for n, r in enumerate(raw_rows, start=2):
        tier, via, skipped = _tier(r, config)
        figure = skipped or _figure(r, config, gazetteer)
        if isinstance(figure, str):
            results[tier].skipped[figure] += 1
            continue
        metric, measure, geography, as_of, value = figure
        edition = _edition(r, tier, via)
        editions[tier].setdefault(edition["id"], edition)
        quote = re.sub(r"\s+", " ", r["quote"]).strip()
        rows[tier].append({"metric": metric, "geography": geography, "geography_code": gazetteer.code(geography),
                           "as_of": as_of, "period": r["period"].strip(), "measure": measure,
                           "value": fmt(value), "dataset": results[tier].dataset, "edition": edition["id"],
                           "locator": f"{path.name} row {n}: “{quote}”"[:400]})
    for tier in ("official", "reported"):
        meta = dataset_meta(all_config, results[tier].dataset)
        merge_dataset(out_root / results[tier].dataset, meta, list(editions[tier].values()), rows[tier], path.name)
        results[tier].rows = len(rows[tier])
    return list(results.values())
