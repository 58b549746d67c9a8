"""Writing reference-data folders (dataset.yaml + figures.csv) from imported tables: editions kept,
national sums and whole-workforce totals computed once with their arithmetic in the locator."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factcheck.errors import DataError
from factcheck.reference.gazetteer import NATIONAL, Gazetteer
from factcheck.reference.schema import FIGURE_COLUMNS
from factcheck.yamltext import safe_load

OGL = "Open Government Licence v3.0"


@dataclass
class ImportResult:
    """What an import wrote, and what it passed over and why."""

    dataset: str
    rows: int = 0
    skipped: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def fmt(v: float) -> str:
    """Figures as written in the CSV: whole numbers without a decimal point, FTE to two places."""
    v = round(float(v), 2)
    return str(int(v)) if v.is_integer() else f"{v:.2f}".rstrip("0").rstrip(".")


def figure_row(metric: str, geography: str, as_of: str, measure: str, value: float, dataset: str, edition: str,
               locator: str, gazetteer: Gazetteer, code: str | None = None) -> dict:
    """One row of figures.csv; `_value` keeps the unrounded value for the sums made from it."""
    return {"metric": metric, "geography": geography, "geography_code": code or gazetteer.code(geography) or "",
            "as_of": as_of, "period": "", "measure": measure, "value": fmt(value), "dataset": dataset,
            "edition": edition, "locator": locator, "_value": float(value)}


def _value(row: dict) -> float:
    return row.get("_value", float(row["value"]))


def dataset_meta(config: dict, dataset: str) -> dict:
    """A dataset's title, publisher, URL and notes, as `import.yaml` describes it."""
    meta = (config.get("datasets") or {}).get(dataset)
    if meta is None:
        raise DataError([f"import.yaml → datasets: no entry for {dataset!r} (its title, publisher and url)"])
    return {"id": dataset, **meta, "licence": meta.get("licence", OGL)}


def national_sums(rows: list[dict], gazetteer: Gazetteer, what: dict[tuple, str]) -> list[dict]:
    """England and Wales as the sum over the forces, for every metric, date, measure and edition held
    for all of them (never for part of them). `what` names each (metric, as_of, measure) group for
    the locator (which, like every locator, starts with the file it was read from)."""
    forces = {p.name for p in gazetteer.places if p.kind == "force"}
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        if r["geography"] in forces:
            groups[(r["metric"], r["as_of"], r["measure"], r["dataset"], r["edition"])].append(r)
    out = []
    for (metric, as_of, measure, dataset, edition), parts in groups.items():
        if {r["geography"] for r in parts} != forces:
            continue
        total = sum(_value(r) for r in parts)
        locator = f"{what[(metric, as_of, measure)]}, summed over the {len(forces)} forces"
        out.append(figure_row(metric, NATIONAL, as_of, measure, total, dataset, edition, locator, gazetteer))
    return out


def forces_listed(rows: list[dict], gazetteer: Gazetteer, metrics: list[str], source: str) -> list[dict]:
    """The number of territorial forces a table lists (the 43), for each date and edition at which it
    gives a figure for every one of them: a count the table itself makes (`counts_places` metrics)."""
    forces = {p.name for p in gazetteer.places if p.kind == "force"}
    listed: dict[tuple, set[str]] = defaultdict(set)
    for r in rows:
        if r["geography"] in forces:
            listed[(r["as_of"], r["dataset"], r["edition"])].add(r["geography"])
    return [figure_row(metric, NATIONAL, as_of, "count", len(places), dataset, edition,
                       f"{source}: the {len(places)} territorial forces it lists at {as_of}", gazetteer)
            for metric in metrics for (as_of, dataset, edition), places in sorted(listed.items()) if places == forces]


def derived_totals(rows: list[dict], sums: dict[str, list[str]], gazetteer: Gazetteer, source: str) -> list[dict]:
    """Metrics that are the sum of others (`sum_of` in metrics.yaml: the whole workforce is officers +
    staff + PCSOs + designated officers), for every place, date, measure and edition whose parts are
    all held; the locator writes out the sum."""
    by_key = {(r["metric"], r["geography"], r["as_of"], r["measure"], r["edition"]): r for r in rows}
    out = []
    for total, parts in sums.items():
        places = {(r["geography"], r["as_of"], r["measure"], r["dataset"], r["edition"]) for r in rows
                  if r["metric"] == parts[0]}
        for geography, as_of, measure, dataset, edition in sorted(places):
            found = [by_key.get((p, geography, as_of, measure, edition)) for p in parts]
            if any(f is None for f in found):
                continue
            value = sum(_value(f) for f in found)
            sum_text = " + ".join(f"{p} {f['value']}" for p, f in zip(parts, found, strict=True))
            out.append(figure_row(total, geography, as_of, measure, value, dataset, edition,
                                  f"{source}: {sum_text} = {fmt(value)} (computed at import: {total} is "
                                  f"{' + '.join(parts)})", gazetteer))
    return out


def _without_duplicates(rows: list[dict]) -> list[dict]:
    """One row per figure and edition: the same figure read from two files of one edition (the chief
    officers in two extracts of one table) is kept once; two different values are an error."""
    kept: dict[tuple, dict] = {}
    clashes = []
    for r in sorted(rows, key=lambda r: r["locator"]):
        key = (r["metric"], r["geography"], r["as_of"], r["measure"], r["edition"])
        first = kept.setdefault(key, r)
        if first is not r and first["value"] != r["value"]:
            clashes.append(f"{r['dataset']} → edition {r['edition']}: {' '.join(key[:4])} is {first['value']} "
                           f"({first['locator'][:80]}) and {r['value']} ({r['locator'][:80]})")
    if clashes:
        raise DataError(clashes)
    return list(kept.values())


def merge_dataset(folder: Path, meta: dict, editions: list[dict], rows: list[dict], source: str) -> None:
    """Write a dataset folder, keeping what is already there: importing `source` again replaces the
    rows it gave these editions and nothing else, so a new release never overwrites an older one, and
    two files of one edition (extracts of one table) sit side by side."""
    replaced = {e["id"] for e in editions}
    kept_editions: list[dict] = []
    kept_rows: list[dict] = []
    if (folder / "dataset.yaml").is_file():
        old = safe_load((folder / "dataset.yaml").read_text(encoding="utf-8")) or {}
        kept_editions = [e for e in old.get("editions") or [] if e.get("id") not in replaced]
        if (folder / "figures.csv").is_file():
            with (folder / "figures.csv").open(encoding="utf-8", newline="") as f:
                kept_rows = [r for r in csv.DictReader(f)
                             if not (r.get("edition") in replaced and r.get("locator", "").startswith(source))]
    meta = {**meta, "editions": sorted(kept_editions + editions, key=lambda e: (str(e.get("published", "")), e["id"]))}
    rows = sorted(_without_duplicates(kept_rows + rows),
                  key=lambda r: (r["metric"], r["geography"], r["as_of"], r["measure"], r["edition"]))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dataset.yaml").write_text(
        "# Written by `factcheck refs import`; re-run the import rather than editing by hand.\n"
        + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FIGURE_COLUMNS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    (folder / "figures.csv").write_text(buf.getvalue(), encoding="utf-8")
