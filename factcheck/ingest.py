"""Reading an article: its text exactly as decoded (after any metadata header), its title, and its
publication date."""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import re
from pathlib import Path

from factcheck.dates import parse_date_phrase
from factcheck.errors import DataError
from factcheck.models import Document
from factcheck.yamltext import safe_load

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
#: The longest text read as one article (spaCy's own bound, and a book's length, where a release is a
#: few thousand): a longer one is refused before any parse, with the reason.
MAX_CHARACTERS = 1_000_000
#: The years a publication date can fall in: a page's metadata outside them (year 1, 9999) is no date.
PUBLISHED_YEARS = (1800, 2200)
#: Files larger than this are skipped with the reason (`--max-size`): a press release is a few kB.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_DATE_LINE = re.compile(r"^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.I)
_DATELINE = re.compile(
    r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*$")


#: Among encodings that read a legacy file equally well, the ones English-language releases use.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # UTF-32 first: its LE BOM starts UTF-16's
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _wide_unicode(data: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 text, by its byte-order mark or, without one, by the zero bytes every ASCII
    character leaves at the same place in its code unit; None for anything else (binary stays binary)."""
    found = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if found is None:
        sample = data[:4096]
        for enc, width, zeros in (("utf-32-le", 4, (1, 2, 3)), ("utf-32-be", 4, (0, 1, 2)),
                                  ("utf-16-le", 2, (1,)), ("utf-16-be", 2, (0,))):
            units = [sample[i:i + width] for i in range(0, len(sample) - width + 1, width)]
            if len(units) >= 4 and sum(all(u[z] == 0 for z in zeros) and any(u) for u in units) >= 0.9 * len(units):
                found = enc
                break
    if found is None:
        return None
    try:
        text = data.decode(found)
    except UnicodeDecodeError:
        return None
    if "\x00" in text:
        return None
    return text.removeprefix("\ufeff"), found.upper().replace("-LE", " (little-endian)").replace("-BE", " (big-endian)")


def decode_text(source: str, data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was read in: UTF-8 when it is; UTF-8 with its few broken
    bytes replaced when it is mostly that; else the encoding charset-normalizer finds, cp1252 first
    among equals (cp1252 press releases with "£" are common)."""
    wide = _wide_unicode(data)
    if wide:
        return wide
    if b"\x00" in data[:8192]:
        raise DataError([f"{source}: looks like a binary file, not text"])
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if _UTF8_MULTIBYTE.search(data) and broken <= max(3, len(data) // 1000):
        return text.removeprefix("\ufeff"), f"utf-8 ({broken} invalid byte{'s' if broken > 1 else ''} replaced)"
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise DataError([f"{source}: not text in any encoding we know (binary?)"])
    least = min(m.chaos for m in matches)
    fits = [m for m in matches if m.chaos <= least + 0.01]
    best = next((m for enc in PREFERRED_ENCODINGS for m in fits if m.encoding == enc), fits[0])
    return str(best), best.encoding


def _html_document(source: str, raw: str) -> tuple[str, str | None, dt.date | None]:
    """The main text of a page (boilerplate, scripts and navigation dropped), its title, and its date
    from the page's metadata, by trafilatura."""
    import trafilatura

    found = trafilatura.bare_extraction(raw, with_metadata=True, include_tables=True, include_comments=False,
                                        date_extraction_params={"extensive_search": False, "original_date": True})
    if found is None or not (found.text or "").strip():
        raise DataError([f"{source}: no article text found in the page"])
    # one paragraph per line from trafilatura; a blank line between them, as in a .txt release
    text = re.sub(r"\n+", "\n\n", found.text.strip())
    published = None
    if found.date:
        try:
            published = dt.date.fromisoformat(found.date[:10])
        except ValueError:
            published = None
    return text, (found.title or None), published


def _pdf_document(source: str, data: bytes) -> tuple[str, str | None, dt.date | None]:
    """The text layer of a PDF, its title and creation date from its metadata, by pypdf."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DataError([f"{source}: the PDF is encrypted"])
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except DataError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as e:
        raise DataError([f"{source}: not a readable PDF ({type(e).__name__}: {str(e)[:80] or 'broken file'})"]) from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise DataError([f"{source}: the PDF has no text layer (a scan?); run OCR first"])
    title = published = None
    if meta is not None:
        title = (meta.title or "").strip() or None
        try:
            published = meta.creation_date.date() if meta.creation_date else None
        except (ValueError, TypeError):
            published = None
    return text, title, published


def check_length(source: str, text: str) -> None:
    if len(text) > MAX_CHARACTERS:
        raise DataError([f"{source}: {len(text):,} characters is over the length limit of {MAX_CHARACTERS:,} "
                         "for one article; split it into its articles"])


def plausible_date(date: dt.date | None) -> bool:
    return date is not None and PUBLISHED_YEARS[0] <= date.year <= PUBLISHED_YEARS[1]


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


#: The keys a leading `key: value` block may hold to be read as the article's metadata, not its text.
HEADER_KEYS = {"title": "title", "headline": "title", "date": "date", "published": "date", "source": "url",
               "url": "url", "link": "url", "author": "author", "byline": "author", "publisher": "publisher"}
_HEADER_LINE = re.compile(r"^[ \t]*([A-Za-z_-]{2,12})[ \t]*:[ \t]*(\S.*?)[ \t]*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def split_header(text: str) -> tuple[dict[str, str], int]:
    """A leading metadata block — YAML front matter, or lines of `title:`, `date:`, `source:` … (every line
    one of HEADER_KEYS) ended by a blank line — as {title, date, url, author, publisher}, and where the
    article's text begins after it. ({}, 0) when the text has none."""
    import yaml

    front = _FRONT_MATTER.match(text)
    if front:
        try:
            raw = safe_load(front.group("yaml"))
        except yaml.YAMLError:
            raw = None
        if isinstance(raw, dict):
            items = [(str(k), v) for k, v in raw.items() if v is not None]
            return _known(items), _skip_blank(text, front.end())
    block = re.match(r"\A(?:[^\n]*\n){1,12}?(?=[ \t\r]*\n)", text)
    lines = block.group(0).splitlines() if block else []
    found = [_HEADER_LINE.match(line) for line in lines]
    if lines and all(m and m.group(1).lower() in HEADER_KEYS for m in found):
        return _known([(m.group(1), m.group(2)) for m in found]), _skip_blank(text, block.end())
    return {}, 0


def _known(items) -> dict[str, str]:
    meta: dict[str, str] = {}
    for key, value in items:
        field = HEADER_KEYS.get(key.lower())
        if field and field not in meta:
            meta[field] = str(value).strip()
    return meta


def _skip_blank(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at


def header_date(value: str | None) -> dt.date | None:
    """A header's date: ISO (a time after it is ignored), or written out ("2 August 2021")."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    try:
        if m:
            return dt.date.fromisoformat(m.group(1))
    except ValueError:
        return None
    parsed = parse_date_phrase(value.strip())
    return parsed[0] if parsed and parsed[1] == "day" else None


def _title(text: str) -> str | None:
    first = _DATE_LINE.sub("", text, count=1).strip().split("\n", 1)[0].strip()
    if not first:
        return None
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def read_document(path: str | Path, *, stdin_text: str | None = None, stdin_bytes: bytes | None = None,
                  published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a .txt/.md/.html/.pdf file (or the text or bytes of standard input) into a Document; bad
    input is a DataError. Standard input's bytes are held to the size limit and decoded like a file's."""
    if stdin_text is not None:
        return parse_document("-", stdin_text.encode("utf-8", errors="replace"), ".txt", published=published)
    if stdin_bytes is not None:
        if len(stdin_bytes) > max_bytes:
            raise DataError([f"-: standard input is over the size limit of {max_bytes / 1e6:.1f} MB (--max-size)"])
        return parse_document("-", stdin_bytes, ".txt", published=published)
    return parse_document(str(path), read_bytes(path, max_bytes), Path(path).suffix.lower(), published=published)


def read_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of an input file, after the checks that need no reading: it exists, is a file of a
    type we read, and is within the size limit."""
    p = Path(path)
    suffix = p.suffix.lower()
    try:
        st = p.stat()
    except FileNotFoundError:
        raise DataError([f"{path}: no such file" + (" (a broken symlink)" if p.is_symlink() else "")]) from None
    except OSError as e:
        raise DataError([f"{path}: cannot read ({e.strerror})"]) from None
    if p.is_dir():
        raise DataError([f"{path}: is a folder (use `factcheck batch` for folders)"])
    if suffix not in SUFFIXES:
        raise DataError([f"{path}: unsupported file type {suffix or '(none)'}; expected .txt, .md, .html or .pdf"])
    if st.st_size > max_bytes:
        raise DataError([f"{path}: {st.st_size / 1e6:.1f} MB is over the size limit of {max_bytes / 1e6:.1f} MB "
                         f"(--max-size)"])
    try:
        return p.read_bytes()
    except OSError as e:
        raise DataError([f"{path}: cannot read ({e.strerror})"]) from None


def parse_document(source: str, data: bytes, suffix: str, *, published: dt.date | None = None) -> Document:
    """A Document from a file's bytes: text by type (PDF, HTML, plain text), then its date."""
    title = found_date = None
    how = None
    encoding = None
    if not data.strip():
        raise DataError([f"{source}: the file is empty"])
    if suffix == ".pdf" or data.startswith(b"%PDF-"):  # a PDF is a PDF whatever its name
        text, title, found_date = _pdf_document(source, data)
        how = "PDF metadata" if found_date else None
    else:
        raw, encoding = decode_text(source, data)
        if not raw.strip():
            raise DataError([f"{source}: the file is empty"])
        if suffix in (".html", ".htm"):
            text, title, found_date = _html_document(source, raw)
            how = "HTML metadata" if found_date else None
        else:
            text = raw
    meta, body_start = split_header(text) if suffix not in (".html", ".htm", ".pdf") else ({}, 0)
    text = text[body_start:]
    if not text.strip():
        raise DataError([f"{source}: the file has a metadata header and no article text after it"])
    check_length(source, text)
    if meta.get("title"):
        title = meta["title"]
    if not plausible_date(found_date) and plausible_date(header_date(meta.get("date"))):
        found_date, how = header_date(meta.get("date")), "header"
    if not plausible_date(found_date):
        found_date, how = detect_date(text)
    if not plausible_date(found_date):
        found_date, how = None, None
    if published is not None:
        found_date, how = published, "option"
    return Document(source=source, text=text, title=title or _title(text), published=found_date,
                    published_from=how, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(),
                    url=meta["url"] if re.match(r"https?://", meta.get("url", ""), re.I) else None,
                    body_start=body_start)
