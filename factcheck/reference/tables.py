"""Reading published tables (CSV, ODS, XLSX) as rows of cells, with the place of every cell for errors."""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import DataError

WORKBOOK_SUFFIXES = (".ods", ".xlsx", ".xls")
# cells a table uses for "no figure": not available, suppressed, or nil
_NOT_AVAILABLE = {"", "n/a", "na", "..", "*", "[x]", "[z]", "[c]"}
_NIL = {"-", "–", "—"}


@dataclass(frozen=True)
class Sheet:
    """The rows of one sheet (or of a CSV file) from its header row on; `first_row` is the header's
    row number as a spreadsheet shows it (1-based), so a cell's place can be named."""

    path: Path
    name: str | None
    rows: list[list[object]]
    first_row: int = 1

    def where(self, i: int, column: str | None = None) -> str:
        """The place of row `i` of `rows` (and of a column), as errors name it: "file → sheet Data →
        row 7 → column 'Total (FTE)'"."""
        sheet = f" → sheet {self.name}" if self.name else ""
        col = f" → column {column!r}" if column is not None else ""
        return f"{self.path}{sheet} → row {self.first_row + i}{col}"

    def label(self) -> str:
        """The file and sheet, as a locator starts: "open-data-table-….ods, sheet Data"."""
        return self.path.name + (f", sheet {self.name}" if self.name else "")


def header_key(text: object) -> str:
    """A header as editions agree on it: "Total (FTE)", "Total FTE" and "total_fte" are one column."""
    return re.sub(r"[^a-z0-9]", "", str(text).lower())


def text(cell: object) -> str:
    """A cell as text: whole floats without ".0", dates as ISO dates."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, (dt.date, dt.datetime)):
        return cell.strftime("%Y-%m-%d")
    return "" if cell is None else str(cell).strip()


def number(cell: object) -> float | None:
    """A figure, or None when the cell says there is none ("N/A", "..", empty); "-" is nil (0).
    Raises ValueError for anything else, so the caller can name the cell."""
    if isinstance(cell, bool):
        raise ValueError(cell)
    if isinstance(cell, (int, float)):
        if cell != cell or cell in (float("inf"), float("-inf")):
            raise ValueError(cell)
        return float(cell)
    s = text(cell).replace(",", "").replace("\u00a0", "").strip()
    if s.lower() in _NOT_AVAILABLE:
        return None
    if s in _NIL:
        return 0.0
    v = float(s)  # raises ValueError for words
    if v != v or v in (float("inf"), float("-inf")):
        raise ValueError(s)
    return v


def read_csv(path: Path) -> Sheet:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            return Sheet(path, None, [row for row in csv.reader(f)])
    except UnicodeDecodeError:
        raise DataError([f"{path}: not UTF-8 text (save the table as UTF-8 CSV or import the ODS)"]) from None
    except OSError as e:
        raise DataError([f"{path}: cannot read ({e.strerror})"]) from None


def open_workbook(path: Path):
    """An ODS/XLSX workbook (python-calamine); an unreadable one is a one-line error naming the file."""
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as e:  # noqa: BLE001 - calamine raises its own types for unreadable files
        raise DataError([f"{path}: cannot read the workbook ({e})"]) from None


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of a workbook, or the one "sheet" of a CSV file."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return [read_csv(path)]
    if suffix in WORKBOOK_SUFFIXES:
        book = open_workbook(path)
        return [Sheet(path, name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]
    raise DataError([f"{path}: cannot import a {suffix or 'extension-less'} file (expected .csv, .ods or .xlsx)"])


def find_table(path: Path, is_header) -> Sheet | None:
    """The sheet holding a table whose header row `is_header` recognises (within its first 20 rows;
    published workbooks open with notes or a cover sheet), from that header row on."""
    for sheet in read_sheets(path):
        for i, row in enumerate(sheet.rows[:20]):
            if is_header([text(c) for c in row]):
                return Sheet(path, sheet.name, sheet.rows[i:], first_row=i + 1)
    return None
