"""Reading articles: text exactly as decoded, title, publication date, and clear errors for bad files."""

import datetime as dt

import pytest

from factcheck.errors import DataError
from factcheck.ingest import detect_date, read_document


def test_txt_is_read_exactly_with_its_date_line(tmp_path):
    body = "date 2022-02-02\nForce passes target\n\nThe force has 609 more officers.\r\n"
    f = tmp_path / "a.txt"
    f.write_bytes(body.encode("utf-8"))
    doc = read_document(f)
    assert doc.text == body  # offsets in the JSON index this exact string
    assert doc.published == dt.date(2022, 2, 2) and doc.published_from == "date line"
    assert doc.title == "Force passes target"
    assert len(doc.sha256) == 64


def test_byte_order_mark_is_dropped(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffOfficers rose by 87.".encode("utf-8"))
    assert read_document(f).text == "Officers rose by 87."


@pytest.mark.parametrize("line, expected", [
    ("Monday, June 26th, 2023", dt.date(2023, 6, 26)),
    ("26 June 2023", dt.date(2023, 6, 26)),
    ("Thursday, 3rd February 2022", dt.date(2022, 2, 3)),
    ("February 2022", None),  # a month is not a publication date
    ("Officers rose by 87 on 26 June 2023 in Kent", None),  # a date inside a sentence is not a dateline
])
def test_dateline_near_the_top(line, expected):
    found, how = detect_date(f"Headline\n{line}\n\nOfficer numbers rose by 87 in the last year.")
    assert found == expected
    assert how == ("dateline" if expected else None)


def test_no_date_is_reported_as_none():
    assert detect_date("Officer numbers rose by 87 in the last year.") == (None, None)


def test_date_option_overrides_the_text(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("date 2022-02-02\n# Title\n\nText with 20,000 officers.", encoding="utf-8")
    doc = read_document(f, published=dt.date(2023, 1, 1))
    assert doc.published == dt.date(2023, 1, 1) and doc.published_from == "option"


def test_html_text_title_and_metadata_date(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Uplift &amp; you</title>"
        '<meta property="article:published_time" content="2022-02-02T09:00:00Z">'
        "<style>p {color: red}</style><script>var n = 999;</script></head>"
        "<body><p>Thames Valley has 609 more officers.</p><p>Over 11,000 nationally.</p></body></html>",
        encoding="utf-8")
    doc = read_document(f)
    assert doc.title == "Uplift & you"
    assert doc.published == dt.date(2022, 2, 2) and doc.published_from == "HTML metadata"
    assert doc.text == "Thames Valley has 609 more officers.\n\nOver 11,000 nationally."
    assert "999" not in doc.text and "color" not in doc.text


def test_stdin_text():
    doc = read_document("-", stdin_text="Officers rose by 87.", published=dt.date(2022, 2, 2))
    assert doc.source == "-" and doc.text == "Officers rose by 87." and doc.published == dt.date(2022, 2, 2)


@pytest.mark.parametrize("name, content, message", [
    ("missing.txt", None, "no such file"),
    ("empty.txt", b"  \n", "the file is empty"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj <<", "not a readable PDF"),
    ("blank.html", b"<html><body><script>var officers = 609;</script></body></html>", "no article text"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ("sheet.xlsx", b"PK", "unsupported file type .xlsx"),
])
def test_bad_files_give_one_line_naming_the_file(tmp_path, name, content, message):
    f = tmp_path / name
    if content is not None:
        f.write_bytes(content)
    with pytest.raises(DataError) as err:
        read_document(f)
    line = err.value.one_line()
    assert "\n" not in line and name in line and message in line


def test_a_folder_is_not_a_document(tmp_path):
    with pytest.raises(DataError, match="use `factcheck batch`"):
        read_document(tmp_path)


def test_cp1252_release_is_detected_and_its_pound_sign_kept(tmp_path):
    f = tmp_path / "release.txt"
    f.write_bytes("The force\u2019s budget rose by \u00a32.5m, paying for 609 more officers this year. "
                  "The Police and Crime Commissioner said the \u00a3100m plan was \u201con track\u201d.".encode("cp1252"))
    doc = read_document(f)
    assert "\u00a32.5m" in doc.text and "\u201con track\u201d" in doc.text
    assert doc.encoding == "cp1252"


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_bytes(b"609 officers. " * 1000)
    with pytest.raises(DataError, match=r"huge.txt: .* over the size limit of 0.0 MB \(--max-size\)"):
        read_document(f, max_bytes=1000)


def minimal_pdf(lines: list[str], title: str = "Uplift", created: str = "20220202090000Z") -> bytes:
    """A one-page PDF whose text layer holds `lines`, written by hand (pypdf reads, it does not typeset)."""
    stream = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({t}) Tj T*" for t in lines) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               f"<< /Title ({title}) /CreationDate (D:{created}) >>"]
    out, offsets = "%PDF-1.4\n", []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_pdf_text_layer_title_and_creation_date(tmp_path):
    f = tmp_path / "release.pdf"
    f.write_bytes(minimal_pdf(["Thames Valley has 609 more officers.", "Over 11,000 nationally."]))
    doc = read_document(f)
    assert "Thames Valley has 609 more officers." in doc.text and "Over 11,000 nationally." in doc.text
    assert doc.title == "Uplift"
    assert doc.published == dt.date(2022, 2, 2) and doc.published_from == "PDF metadata"


def test_html_page_main_text_without_navigation(tmp_path):
    nav = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(30))
    body = " ".join(f"<p>Paragraph {i}: Thames Valley Police has recruited officers across the area this year, "
                    f"and the force says its plans are on track.</p>" for i in range(8))
    f = tmp_path / "page.html"
    f.write_text(f"<html><head><title>Site</title><meta name='date' content='2022-02-02'></head><body>"
                 f"<nav><ul>{nav}</ul></nav><article><h1>Force hits target</h1>{body}"
                 f"<p>It now has 609 more officers.</p></article><footer>Call 101 to report a crime.</footer>"
                 f"</body></html>", encoding="utf-8")
    doc = read_document(f)
    assert "609 more officers" in doc.text and "Section 12" not in doc.text and "Call 101" not in doc.text
    assert doc.title == "Force hits target" and doc.published == dt.date(2022, 2, 2)


def test_mostly_utf8_file_keeps_its_text_and_says_what_was_replaced(tmp_path):
    f = tmp_path / "broken.txt"
    f.write_bytes("The force\u2019s 609 officers cost \u00a32.5m.".encode("utf-8") + b" \xff\xfe A stray byte.")
    doc = read_document(f)
    assert "\u2019s 609 officers cost \u00a32.5m." in doc.text and doc.encoding.startswith("utf-8 (2 invalid bytes")


def test_a_header_block_is_metadata_not_text(tmp_path):
    body = "Kent Police had 3,900 officers in March 2021.\n"
    p = tmp_path / "a.txt"
    p.write_text("title: Kent officer numbers\ndate: 2 August 2021\nsource: https://example.org/kent\n\n" + body,
                 encoding="utf-8")
    doc = read_document(p)
    assert doc.text == body and doc.title == "Kent officer numbers"
    assert doc.published == dt.date(2021, 8, 2) and doc.published_from == "header"
    assert doc.url == "https://example.org/kent"
    assert p.read_text(encoding="utf-8")[doc.body_start:] == body


def test_a_header_in_a_file_with_windows_line_ends_is_read_too(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"title: Kent\r\ndate: 2021-08-02\r\n\r\nKent had 3,900 officers.\r\n")
    doc = read_document(p)
    assert doc.title == "Kent" and doc.published == dt.date(2021, 8, 2) and doc.text == "Kent had 3,900 officers.\r\n"
    p.write_bytes(b"---\r\ntitle: Kent\r\n---\r\n\r\nText.\r\n")
    assert read_document(p).text == "Text.\r\n"


def test_yaml_front_matter_is_metadata_not_text(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: 'Officers: the count'\ndate: 2021-08-02\ntags: [police]\n---\n\n# Heading\n\nText.\n",
                 encoding="utf-8")
    doc = read_document(p)
    assert doc.text.startswith("# Heading") and doc.title == "Officers: the count"
    assert doc.published == dt.date(2021, 8, 2) and doc.url is None


@pytest.mark.parametrize("text", [
    "Note: officer numbers rose.\n\nMore text.\n",  # not a metadata key: the article's own words
    "title: Kent\nOfficer numbers rose by 200.\n\nMore.\n",  # a line that is no key: it is all text
    "Source: Home Office figures show 3,900 officers in Kent\n",  # no blank line after it: text
])
def test_text_that_only_looks_like_a_header_is_kept(tmp_path, text):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_document(p)
    assert doc.text == text and doc.body_start == 0


def test_a_header_and_nothing_else_is_a_clear_error(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("title: Nothing here\ndate: 2021-08-02\n\n\n", encoding="utf-8")
    with pytest.raises(DataError, match="metadata header and no article text"):
        read_document(p)
