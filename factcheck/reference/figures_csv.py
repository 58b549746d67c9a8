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


def _edition_id(published: str, title: str, url: str) -> str:
    digest = hashlib.sha1(f"{title}|{url}".encode()).hexdigest()[:8]
    return f"{published or 'undated'}-{digest}"


def import_figures_csv(path: Path, out_root: Path, gazetteer: Gazetteer, all_config: dict) -> list[ImportResult]:
    """A hand-recorded figures CSV (one figure per row with its source and quote), split into an
    official dataset and a reported one. Which source metrics map to which of ours, which secondary
    sources reproduce an official table, and which sources other importers already cover, is data
    (`import.yaml`), so a newsroom can review it."""
    config = all_config["figures_csv"]
    metric_map: dict[str, list[str]] = config.get("metrics", {})
    reported = config.get("reported_sources", [])
    exclude = config.get("exclude_sources", [])
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
        try:
            # a dash here is a figure not recorded, not a nil one
            value = None if r["value"].strip() in ("-", "") else number(r["value"])
        except ValueError:
            value = None
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
                           "value": fmt(value), "dataset": results[tier].dataset, "edition": eid,
                           "locator": f"{path.name} row {n}: “{quote}”"[:400]})
    for tier in ("official", "reported"):
        meta = dataset_meta(all_config, results[tier].dataset)
        merge_dataset(out_root / results[tier].dataset, meta, list(editions[tier].values()), rows[tier], path.name)
        results[tier].rows = len(rows[tier])
    return list(results.values())
