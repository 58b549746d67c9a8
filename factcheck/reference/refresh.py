"""`factcheck refs import`: recognise a published table, import it as a new edition, and replace the
reference data only when the whole folder still validates."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import yaml

from factcheck.errors import DataError
from factcheck.reference.gazetteer import Gazetteer
from factcheck.reference.importers import (
    FIGURES_COLUMNS,
    ImportResult,
    is_open_data_header,
    import_figures_csv,
    import_open_data_table,
    read_table,
)
from factcheck.reference.store import ReferenceStore
from factcheck.reference.workforce_tables import import_september_tables, is_september_tables


def table_kind(path: Path) -> str:
    """Which published format a file is: "open-data", "september-tables" or "figures-csv"."""
    if not path.is_file():
        raise DataError([f"{path}: file not found"])
    if is_september_tables(path):
        return "september-tables"
    first = (read_table(path)[:1] or [[]])[0]
    if is_open_data_header(first):
        return "open-data"
    header = {h.strip().lower() for h in first}
    if path.suffix.lower() == ".csv" and set(FIGURES_COLUMNS) <= header:
        return "figures-csv"
    raise DataError([f"{path}: not a table factcheck can import (expected the Home Office police workforce open "
                     "data table, a 30 September data-tables workbook, or a figures CSV with "
                     f"{', '.join(FIGURES_COLUMNS)})"])


def _config(root: Path) -> dict:
    path = root / "import.yaml"
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError:
        return {}
    except yaml.YAMLError as e:
        raise DataError([f"{path}: not valid YAML ({str(e).splitlines()[0]})"]) from None


def import_file(path: Path, root: Path, *, published: dt.date | None = None, url: str | None = None) -> list[ImportResult]:
    """Import one published table into the reference-data folder `root`. The import runs on a copy;
    the folder is replaced only if every dataset in it still loads, so a bad table loses nothing."""
    kind = table_kind(path)
    config = _config(root)
    known = (config.get("tables") or {}).get(path.name) or {}
    published = published or known.get("published")
    url = url or known.get("url")
    gazetteer = Gazetteer.load(root / "gazetteer.csv")
    with tempfile.TemporaryDirectory(prefix="factcheck-import-") as tmp:
        work = Path(tmp) / "reference_data"
        shutil.copytree(root, work)
        if kind == "figures-csv":
            if "figures_csv" not in config:
                raise DataError([f"{root / 'import.yaml'}: no figures_csv section to say how {path.name} maps to this domain"])
            results = import_figures_csv(path, work, gazetteer, config["figures_csv"])
        else:
            if url is None:
                raise DataError([f"{path}: give --url (where the table was published); it is not in {root / 'import.yaml'}"])
            if kind == "open-data":
                if published is None:
                    raise DataError([f"{path}: give --published YYYY-MM-DD (the table does not say when it was published)"])
                results = [import_open_data_table(path, work, gazetteer, edition=published.isoformat(),
                                                  published=published, url=url)]
            else:
                results = [import_september_tables(path, work, gazetteer, published=published, url=url)]
        ReferenceStore.load(work)  # raises DataError listing every problem: nothing is replaced
        for r in results:
            target = root / r.dataset
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(work / r.dataset, target)
    return results

