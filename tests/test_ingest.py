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
    ("latin.txt", "caf\u00e9 609 officers".encode("latin-1"), "not valid UTF-8"),
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
