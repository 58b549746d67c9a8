"""`factcheck refs import`: recognise a published table, import it as a new edition, and replace the
reference data only when the whole folder still validates."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import yaml

from factcheck.errors import DataError
from factcheck.reference.figures_csv import FIGURES_COLUMNS, import_figures_csv
from factcheck.reference.gazetteer import Gazetteer
from factcheck.reference.importers import ImportResult
from factcheck.reference.open_data import find_open_data, import_open_data_table
from factcheck.reference.store import ReferenceStore
from factcheck.reference.tables import header_key, read_sheets, text
from factcheck.reference.tidy import import_tidy
from factcheck.reference.vocabulary import Vocabulary
from factcheck.reference.workforce_tables import import_september_tables, is_september_tables
from factcheck.yamltext import safe_load


def table_kind(path: Path, config: dict) -> str:
    """Which published format a file is: "tidy" (described in import.yaml), "september-tables",
    "open-data" or "figures-csv"."""
    if not path.is_file():
        raise DataError([f"{path}: file not found"])
    if ((config.get("tables") or {}).get(path.name) or {}).get("format") == "tidy":
        return "tidy"
    if is_september_tables(path):
        return "september-tables"
    if "open_data_table" in config and find_open_data(path, config["open_data_table"]) is not None:
        return "open-data"
    first = [text(c) for c in ((read_sheets(path)[0].rows or [[]])[0])]
    if path.suffix.lower() == ".csv" and {header_key(c) for c in FIGURES_COLUMNS} <= {header_key(h) for h in first}:
        return "figures-csv"
    raise DataError([f"{path}: not a table factcheck can import (expected the Home Office police workforce open "
                     "data table, a 30 September data-tables workbook, a figures CSV with "
                     f"{', '.join(FIGURES_COLUMNS)}, or a tidy table described in import.yaml)"])


def _config(root: Path) -> dict:
    path = root / "import.yaml"
    try:
        return safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError:
        return {}
    except yaml.YAMLError as e:
        raise DataError([f"{path}: not valid YAML ({str(e).splitlines()[0]})"]) from None


def _import(kind: str, path: Path, work: Path, config: dict, *, published: dt.date | None,
            url: str | None) -> list[ImportResult]:
    known = (config.get("tables") or {}).get(path.name) or {}
    gazetteer = Gazetteer.load(work / "gazetteer.csv")
    vocabulary = Vocabulary.load(work / "metrics.yaml")
    sums, counts = vocabulary.sums(), vocabulary.place_counts()
    if kind == "figures-csv":
        if "figures_csv" not in config:
            raise DataError([f"{work / 'import.yaml'}: no figures_csv section to say how {path.name} maps to this domain"])
        return import_figures_csv(path, work, gazetteer, config)
    if kind == "tidy":
        return import_tidy(path, work, gazetteer, config, known, counts)
    published = published or known.get("published")
    url = url or known.get("url")
    if url is None:
        raise DataError([f"{path}: give --url (where the table was published); it is not in import.yaml"])
    if kind == "open-data":
        if published is None:
            raise DataError([f"{path}: give --published YYYY-MM-DD (the table does not say when it was published)"])
        return [import_open_data_table(path, work, gazetteer, config, sums, published=published, url=url,
                                       notes=known.get("notes"), extract_of=known.get("extract_of"),
                                       place_counts=counts)]
    return [import_september_tables(path, work, gazetteer, config, sums, published=published, url=url,
                                    place_counts=counts)]


def import_file(path: Path, root: Path, *, published: dt.date | None = None, url: str | None = None) -> list[ImportResult]:
    """Import one published table into the reference-data folder `root`. The import runs on a copy;
    the folder is replaced only if every dataset in it still loads, so a bad table loses nothing."""
    config = _config(root)
    kind = table_kind(path, config)
    with tempfile.TemporaryDirectory(prefix="factcheck-import-") as tmp:
        work = Path(tmp) / "reference_data"
        shutil.copytree(root, work)
        results = _import(kind, path, work, config, published=published, url=url)
        ReferenceStore.load(work)  # raises DataError listing every problem: nothing is replaced
        for r in results:
            target = root / r.dataset
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(work / r.dataset, target)
    return results
