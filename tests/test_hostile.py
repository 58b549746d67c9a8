"""Hostile and odd input: every case ends in a result or a one-line error, never a traceback, and
nothing from the input can act on a terminal, a Markdown renderer or a browser."""

import datetime as dt
import gc
import json
import time

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from factcheck.cli import main
from factcheck.ingest import read_document
from factcheck.models import Document
from factcheck.quantities.scanner import find_quantities
from factcheck.report.safe import markdown_text, printable, web_link
from test_ingest import minimal_pdf


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_a_chain_of_number_words_is_no_number_and_no_recursion():
    found = find_quantities("There are " + "dozen " * 3000 + "officers.")
    assert all(q.value is None or q.value < 1e30 for q in found)


def test_an_impossible_publication_date_is_a_usage_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Kent has 3,000 officers.", encoding="utf-8")
    r = run("check", str(f), "--date", "0001-01-01")
    assert r.exit_code == 2 and "not a publication date" in r.output


@pytest.mark.slow
def test_standard_input_is_held_to_the_size_limit_and_decoded_like_a_file():
    r = run("check", "-", "--max-size", "100", input=b"a" * 101)
    assert r.exit_code == 2 and "over the size limit" in r.output
    r = run("check", "-", "--format", "json", input="Kent has 3,000 officers \u2013 caf\u00e9.".encode("cp1252"))
    assert r.exit_code == 0 and json.loads(r.stdout)["document"]["title"].endswith("café.")
    r = run("check", "-", "--format", "json", input="Kent has 3,000 officers.".encode("utf-16"))
    assert json.loads(r.stdout)["document"]["encoding"] == "UTF-16"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_every_unicode_encoding_reads_with_or_without_its_mark(tmp_path, encoding):
    f = tmp_path / "a.txt"
    f.write_bytes("Kent has 3,000 officers, £2.5m and café.".encode(encoding))
    doc = read_document(f)
    assert doc.text == "Kent has 3,000 officers, £2.5m and café."


def test_a_pdf_is_read_as_a_pdf_whatever_its_name(tmp_path):
    f = tmp_path / "release.txt"
    f.write_bytes(minimal_pdf(["Thames Valley has 609 more officers."]))
    assert "609 more officers" in read_document(f).text


HOSTILE_TITLE = "Kent [/] [bold]x <script>alert(1)</script> [y](javascript:alert(1)) \x1b]0;owned\x07 | \x9b2Jend"


@pytest.mark.slow
def test_the_text_report_shows_markup_as_text_and_no_control_characters(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(HOSTILE_TITLE + "\n\nKent has 3,000 officers.", encoding="utf-8")
    r = run("check", str(f), "--date", "2023-08-01")
    assert r.exit_code in (0, 1) and "[/] [bold]x" in r.stdout
    assert not any(c in r.stdout for c in "\x1b\x07\x9b")


@pytest.mark.slow
def test_the_markdown_report_renders_as_text_in_a_markdown_renderer(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(HOSTILE_TITLE + "\n\nKent has 3,000 officers.", encoding="utf-8")
    md = run("check", str(f), "--date", "2023-08-01", "--format", "md").stdout
    html = MarkdownIt("commonmark", {"html": True}).render(md)
    assert "<script" not in html and "javascript:" not in html.replace("(javascript:alert(1))", "")
    assert "href=" not in html and "&lt;script&gt;" in html
    assert not any(c in md for c in "\x1b\x07\x9b")


@pytest.mark.slow
def test_the_html_report_has_no_control_characters(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(HOSTILE_TITLE + "\n\nKent has 3,000 officers.", encoding="utf-8")
    html = run("check", str(f), "--date", "2023-08-01", "--format", "html").stdout
    assert not any(c in html for c in "\x1b\x07\x9b")
    assert "<script>alert" not in html


def test_safe_text_helpers():
    assert printable("a\x1b]0;x\x07b\r\nc\td") == "a]0;xb \nc\td"
    assert markdown_text("[x](y) | <b>") == "\\[x\\](y) \\| &lt;b&gt;"
    assert web_link("https://www.gov.uk/x") == "https://www.gov.uk/x"
    assert web_link("javascript:alert(1)") is None and web_link("file:///etc/passwd") is None
    assert web_link(None) is None


ADVERSARIAL = {"digits": "1", "dots": "a.", "commas": "1,", "quotes": '"', "pounds": "£1", "words": "one ",
               "dozens": "dozen ", "spaces": " ", "brackets": "((", "dashes": "-"}


def _cost(fn, text: str) -> float:
    """The least of five timings, without the garbage collector (whose full passes grow with every
    object alive, not with this text): the machine's other work only ever adds time."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            started = time.perf_counter()
            fn(text)
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_the_scanner_is_linear_on_adversarial_text(name):
    """Four times the text costs at most eight times the time: linear work measures 4-6x here (the
    larger text's objects fall out of the CPU's caches), a quadratic pattern 11-16x."""
    unit = ADVERSARIAL[name]
    small, large = ("x " + unit * (n // len(unit)) + " y" for n in (8000, 32000))
    find_quantities(small)
    assert _cost(find_quantities, large) <= 8 * max(_cost(find_quantities, small), 0.05)  # a floor over noise


@pytest.mark.slow
@pytest.mark.parametrize("name", ["quotes", "dots", "brackets", "dashes"])
def test_reading_an_article_is_linear_on_adversarial_text(checker, name):
    unit = ADVERSARIAL[name]
    small, large = ("Kent police. " + unit * (n // len(unit)) for n in (500, 2000))

    def read(text):
        checker.claims(Document(source="t", text=text, published=dt.date(2023, 8, 1), sha256="0" * 64))

    read(small)
    assert _cost(read, large) <= 8 * max(_cost(read, small), 0.1)  # as above


def test_a_long_run_without_spaces_is_tokenized_in_pieces_with_the_text_kept():
    from factcheck.nlp import load_pipeline

    text = 'Kent police. ' + '"' * 450 + '  Kent has 3,000 officers.\n\n' + "x" * 201
    doc = load_pipeline()(text)
    assert doc.text == text and max(len(t) for t in doc) <= 100


@pytest.mark.slow
def test_a_text_longer_than_an_article_is_refused_before_any_parse(tmp_path, checker):
    from factcheck.errors import DataError
    from factcheck.ingest import MAX_CHARACTERS

    f = tmp_path / "book.txt"
    f.write_text("Kent has officers. " * (MAX_CHARACTERS // 19 + 1), encoding="utf-8")
    r = run("check", str(f))
    assert r.exit_code == 2 and "over the length limit of 1,000,000" in r.output
    r = run("check", "-", input=f.read_bytes())
    assert r.exit_code == 2 and "over the length limit" in r.output
    with pytest.raises(DataError):
        checker.check(Document(source="api", text="x " * MAX_CHARACTERS, sha256="0" * 64))


def _hostile_folder(tmp_path):
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Kent has 3,000 officers.", encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("Secret: 42 officers.", encoding="utf-8")
    (folder / "link-out.txt").symlink_to(outside)
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "fifo.txt")
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text("Kent has 3,001 officers.", encoding="utf-8")
    (folder / ("x" * 246 + ".txt")).write_text("Kent has 3,002 officers.", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_a_batch_reads_only_regular_files_inside_its_folder_and_any_name(tmp_path):
    folder = _hostile_folder(tmp_path)
    out = tmp_path / "out"
    r = run("batch", str(folder), "-o", str(out), "--jobs", "1", "--no-progress", "--fail-on", "never")
    assert r.exit_code == 3, r.output  # finished; some inputs were not read
    assert "3 articles checked" in r.output
    for name, reason in (("link-out.txt", "a link out of the folder"), ("zero.txt", "a link out of the folder"),
                         ("fifo.txt", "not a regular file")):
        assert f"{name}: {reason}" in r.output
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Secret" not in index and "caf\\xe9.txt" in index
    results = [json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(results) == 3 and all(len(x["page"]) <= 160 for x in results)


@pytest.mark.slow
def test_a_batch_never_reads_its_own_reports(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kent has 3,000 officers.", encoding="utf-8")
    r = run("batch", str(folder), "-o", str(folder), "--jobs", "1", "--no-progress")
    assert r.exit_code == 2 and "is the folder being checked" in r.output
    for _ in range(2):  # reports inside the folder are not read back on the next run
        r = run("batch", str(folder), "-o", str(folder / "reports"), "--jobs", "1", "--no-progress")
        assert "1 articles checked" in r.output and "could not be processed" in r.output


@pytest.mark.slow
def test_a_report_never_replaces_its_input_a_link_a_device_or_a_folder(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Kent has 3,000 officers.", encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text("kept", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(other)
    (tmp_path / "d").mkdir()
    for target, reason in ((a, "is the article being checked"), (link, "is a symbolic link"),
                           (tmp_path / "d", "is a folder"), ("/dev/null", "not a regular file")):
        r = run("check", str(a), "-o", str(target))
        assert r.exit_code == 2 and reason in r.output, (target, r.output)
    assert a.read_text(encoding="utf-8") == "Kent has 3,000 officers." and link.is_symlink()
    assert other.read_text(encoding="utf-8") == "kept"
    assert not list(tmp_path.glob(".*.tmp")) and not list((tmp_path / "d").iterdir())


@pytest.mark.slow
def test_resume_treats_any_damaged_line_as_not_done(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(f"Kent has 3,00{i} officers.", encoding="utf-8")
    out = tmp_path / "out"
    run("batch", str(folder), "-o", str(out), "--jobs", "1", "--no-progress", "--fail-on", "never")
    lines = (out / "results.jsonl").read_bytes().splitlines(keepends=True)
    broken = json.loads(lines[1])
    del broken["summary"]
    damaged = lines[0] + json.dumps(broken).encode() + b"\n" + b'{"document": [1], "page": "../x.html"}\n' \
        + lines[2][:-40] + "é".encode()[:1]  # cut inside a multibyte character
    (out / "results.jsonl").write_bytes(damaged)
    r = run("batch", str(folder), "-o", str(out), "--jobs", "1", "--no-progress", "--resume", "--fail-on", "never")
    assert r.exit_code == 0, r.output
    assert "2 articles checked" in r.output and "1 already done" in r.output
    assert len((out / "results.jsonl").read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.slow
def test_an_article_over_the_time_limit_is_reported_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Kent has 3,000 officers.", encoding="utf-8")
    (folder / "numbers.txt").write_text("Kent police. " + "1, " * 3000, encoding="utf-8")  # seconds to read
    r = run("check", str(folder / "numbers.txt"), "--time-limit", "0.5")
    assert r.exit_code == 2 and "not checked within the time limit of 0.5 s" in r.output
    r = run("batch", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1", "--no-progress", "--time-limit", "0.5")
    assert r.exit_code == 3 and "1 articles checked" in r.output
    assert "numbers.txt: not checked within the time limit" in r.output


@pytest.mark.slow
def test_a_link_planted_in_the_output_folder_costs_only_its_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kent has 3,000 officers.", encoding="utf-8")
    (folder / "b.txt").write_text("Kent has 3,001 officers.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("kept", encoding="utf-8")
    (out / "a.txt.html").symlink_to(victim)
    r = run("batch", str(folder), "-o", str(out), "--jobs", "1", "--no-progress", "--fail-on", "never")
    assert r.exit_code == 3 and "1 articles checked" in r.output and "is a symbolic link" in r.output
    assert victim.read_text(encoding="utf-8") == "kept"


@pytest.mark.slow
def test_one_batch_at_a_time_writes_an_output_folder(tmp_path):
    import os
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kent has 3,000 officers.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (out / ".factcheck.lock").write_text(f"{holder.pid}\n", encoding="ascii")
        r = run("batch", str(folder), "-o", str(out), "--jobs", "1", "--no-progress")
        assert r.exit_code == 2 and f"another batch (pid {holder.pid})" in r.output
    finally:
        holder.kill()
        holder.wait()
    # the holder is gone: its lock is stale, taken over, and removed when the batch ends
    r = run("batch", str(folder), "-o", str(out), "--jobs", "1", "--no-progress")
    assert r.exit_code == 0 and "1 articles checked" in r.output
    assert not (out / ".factcheck.lock").exists() and os.listdir(out)


@pytest.mark.slow
def test_the_shared_parse_of_a_batch_is_held_to_the_time_limit(checker):
    """A batch parses its articles together before checking them: a text that is slow to parse (here
    784,000 characters of prose, about 3 s) is held to the limit in that pass too, and the others are
    checked (unbounded, the pass alone took longer than the whole run may here)."""
    from factcheck.limits import OverTime

    slow = Document(source="slow.txt", text="Kent Police has 3,000 officers and more to come. " * 16000, sha256="1" * 64)
    quick = Document(source="quick.txt", text="Kent Police has 3,000 officers.", sha256="2" * 64)
    list(checker.check_many([quick]))  # the model loaded before the clock starts
    started = time.monotonic()
    out = dict(checker.check_many([slow, quick], time_limit=0.3))
    assert time.monotonic() - started < 2.0
    assert isinstance(out[0], OverTime) and not isinstance(out[1], Exception)
