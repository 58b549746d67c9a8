"""Reading an article: its text exactly as decoded, its title, and its publication date."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

from factcheck.dates import parse_date_phrase
from factcheck.errors import DataError
from factcheck.models import Document

SUFFIXES = (".txt", ".md", ".html", ".htm")
_DATE_LINE = re.compile(r"^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.I)
_DATELINE = re.compile(
    r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*$")
_HTML_DATE_META = ("article:published_time", "date", "dc.date", "dc.date.issued", "datepublished",
                   "pubdate", "publish-date", "og:published_time", "sailthru.date", "parsely-pub-date")


class _HTMLText(HTMLParser):
    """Visible text, title and date metadata of an HTML page (scripts and styles dropped)."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self.date: str | None = None
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag in ("script", "style", "noscript", "template"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _HTML_DATE_META and a.get("content") and not self.date:
                self.date = a["content"]
        elif tag == "time" and a.get("datetime") and not self.date:
            self.date = a["datetime"]
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data
        elif not self._skip:
            self.parts.append(data)


def _html_document(raw: str) -> tuple[str, str | None, dt.date | None]:
    p = _HTMLText()
    p.feed(raw)
    text = re.sub(r"[ \t]*\n[ \t\n]*\n[ \t\n]*", "\n\n", "".join(p.parts))
    text = re.sub(r"[ \t]+", " ", text).strip()
    published = None
    if p.date:
        m = re.match(r"(\d{4}-\d{2}-\d{2})", p.date.strip())
        if m:
            published = dt.date.fromisoformat(m.group(1))
    return text, (html.unescape(p.title).strip() if p.title else None), published


def detect_date(text: str) -> tuple[dt.date | None, str | None]:
    """The publication date written in the text: a leading `date YYYY-MM-DD` stamp, or a dateline
    such as "Monday, June 26th, 2023" on a line of its own near the top."""
    m = _DATE_LINE.match(text)
    if m:
        return dt.date.fromisoformat(m.group(1)), "date line"
    for line in text.splitlines()[:6]:
        if _DATELINE.match(line):
            parsed = parse_date_phrase(line.strip())
            if parsed and parsed[1] == "day":
                return parsed[0], "dateline"
    return None, None


def _title(text: str) -> str | None:
    first = _DATE_LINE.sub("", text, count=1).strip().split("\n", 1)[0].strip()
    if not first:
        return None
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def read_document(path: str | Path, *, stdin_text: str | None = None, published: dt.date | None = None) -> Document:
    """Read a .txt/.md/.html file (or text given for stdin) into a Document; bad input is a DataError."""
    if stdin_text is not None:
        source, raw, suffix = "-", stdin_text, ".txt"
        data = stdin_text.encode("utf-8")
    else:
        p = Path(path)
        source, suffix = str(path), p.suffix.lower()
        if not p.exists():
            raise DataError([f"{path}: no such file"])
        if p.is_dir():
            raise DataError([f"{path}: is a folder (use `factcheck batch` for folders)"])
        if suffix not in SUFFIXES:
            raise DataError([f"{path}: unsupported file type {suffix or '(none)'}; expected .txt, .md or .html"])
        try:
            data = p.read_bytes()
        except OSError as e:
            raise DataError([f"{path}: cannot read ({e.strerror})"]) from None
        if b"\x00" in data[:8192]:
            raise DataError([f"{path}: looks like a binary file, not text"])
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise DataError([f"{path}: not valid UTF-8 (byte {e.start}); save it as UTF-8"]) from None
    if not raw.strip():
        raise DataError([f"{source}: the file is empty"])
    title = found_date = None
    how = None
    if suffix in (".html", ".htm"):
        text, title, found_date = _html_document(raw)
        how = "HTML metadata" if found_date else None
    else:
        text = raw
    if found_date is None:
        found_date, how = detect_date(text)
    if published is not None:
        found_date, how = published, "option"
    return Document(source=source, text=text, title=title or _title(text), published=found_date,
                    published_from=how, sha256=hashlib.sha256(data).hexdigest())
