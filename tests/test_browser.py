"""The HTML report in a real browser: Debian's Chromium driven by Playwright (never `playwright install`).
Skipped, saying why, when Chromium or Playwright is not installed (tools/install-chromium.sh)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from factcheck.ingest import read_document
from factcheck.report.render import render_html, render_markdown

pytestmark = pytest.mark.slow  # the real pipeline, CLI or browser, end to end

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
HOSTILE = ("Thames Valley Police officer numbers rose by 87 in the year to March 2021.</div><script>window.pwned=1;"
           "alert(1)</script> <img src=x onerror=\"window.pwned=2\"> <a href=\"javascript:alert(3)\">x</a> "
           "As at 31 March 2021, Thames Valley Police had 4,494 police officers.")


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (run tools/install-chromium.sh as root): browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def _open(browser, html: str, tmp_path: Path, name: str):
    """The report as a file page, with every console error, page error, dialog and request recorded."""
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    seen = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, seen


def test_a_report_reads_as_it_should(browser, checker, tmp_path):
    doc = read_document(str(ROOT / "examples" / "harbourside-thames-valley-officers.txt"))
    report = checker.check(doc)
    page, seen = _open(browser, render_html(report), tmp_path, "report.html")
    highlights = page.locator("a.claim")
    assert highlights.count() == len(report.claims)
    assert all(highlights.nth(i).is_visible() for i in range(highlights.count()))
    # a highlight says its verdict in words as well as colour, and clicking it brings its card into view
    contradicted = page.locator("a.claim.v-contradicted").first
    assert contradicted.get_attribute("title") == "contradicted"
    card_id = contradicted.get_attribute("href").lstrip("#")
    contradicted.click()
    page.wait_for_function("id => { const r = document.getElementById(id).getBoundingClientRect();"
                           " return r.top > -2 && r.top < window.innerHeight; }", arg=card_id)
    assert page.evaluate("location.hash") == f"#{card_id}"
    # the series chart is drawn, with the figure used marked
    chart = page.locator("svg.chart").first
    box = chart.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 40
    assert chart.locator("polyline").get_attribute("points").count(",") >= 10
    assert chart.locator("circle.used").count() >= 1
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert seen["errors"] == []
    assert [u for u in seen["requests"] if not u.startswith(("file:", "data:", "about:"))] == []
    page.close()


def test_a_hostile_article_stays_inert(browser, checker, tmp_path):
    report = checker.check(read_document("-", stdin_text=HOSTILE, published=dt.date(2021, 8, 1)))
    page, seen = _open(browser, render_html(report), tmp_path, "hostile.html")
    page.wait_for_timeout(300)
    assert seen["dialogs"] == [] and page.evaluate("window.pwned === undefined")
    assert page.locator("img").count() == 0 and page.locator("a[href^='javascript:']").count() == 0
    text = page.locator(".article").inner_text()
    assert "<script>window.pwned=" in text and "</script>" in text and "onerror=" in text  # shown as text
    assert [u for u in seen["requests"] if not u.startswith(("file:", "data:", "about:"))] == []
    page.close()


def test_a_hostile_article_in_markdown_stays_inert_once_rendered(browser, checker, tmp_path):
    """The Markdown report through a standard renderer that passes raw HTML, then opened in Chromium."""
    from markdown_it import MarkdownIt

    doc = read_document("-", stdin_text="Kent <script>window.pwned=1</script> [x](javascript:alert(4))\n\n" + HOSTILE,
                        published=dt.date(2021, 8, 1))
    html = MarkdownIt("commonmark", {"html": True}).render(render_markdown(checker.check(doc)))
    page, seen = _open(browser, html, tmp_path, "hostile-md.html")
    page.wait_for_timeout(300)
    assert seen["dialogs"] == [] and page.evaluate("window.pwned === undefined")
    assert page.locator("script, img").count() == 0 and page.locator("a[href^='javascript:']").count() == 0
    assert "<script>window.pwned=" in page.locator("body").inner_text()  # shown as text
    page.close()


def test_the_batch_index_sorts_and_filters_without_a_library(browser, tmp_path):
    from click.testing import CliRunner

    from factcheck.cli import main

    out = tmp_path / "batch"
    CliRunner().invoke(main, ["batch", str(ROOT / "examples"), "-o", str(out), "--fail-on", "never"])
    page, seen = _open(browser, (out / "index.html").read_text(encoding="utf-8"), out, "index.html")
    titles = lambda: page.locator("#articles tbody tr:not([hidden]) td.title").all_inner_texts()  # noqa: E731
    assert len(titles()) == 2
    page.locator("#articles th", has_text=re.compile("^article$")).click()
    ascending = titles()
    page.locator("#articles th", has_text=re.compile("^article$")).click()
    assert titles() == list(reversed(ascending)) and ascending == sorted(ascending)
    page.fill("#filter-text", "national")
    shown = page.locator("#articles tbody tr:not([hidden])")
    assert shown.count() == 1 and "national" in shown.inner_text().lower() and page.inner_text("#shown") == "1"
    page.fill("#filter-text", "")
    page.select_option("#filter-worst", "contradicted")
    assert len(titles()) == page.locator("#articles tbody tr[data-worst='contradicted']").count()
    assert seen["errors"] == []  # the script ran under the page's CSP (its hash), and nothing else did
    page.close()


def test_the_thames_valley_seed_report(browser, checker, shared, tmp_path):
    """The report an editor is handed for seed 000: the inconsistent "over half" card is one click away."""
    report = checker.check(read_document(str(shared / "seeds" / "000_acb0216e755ecabc.txt")))
    page, seen = _open(browser, render_html(report), tmp_path, "seed-000.html")
    page.screenshot(path=str(tmp_path / "seed-000-top.png"))
    page.locator("a.claim.v-inconsistent").first.click()
    card = page.locator(".card.v-inconsistent").first
    assert "229 of 609 is 37.6%" in card.inner_text()
    page.screenshot(path=str(tmp_path / "seed-000-card.png"))
    assert (tmp_path / "seed-000-card.png").stat().st_size > 10_000 and seen["errors"] == []
    page.close()


def test_the_report_prints(browser, checker, tmp_path):
    """Printed for an editor: the source links are written out and the page renders to PDF."""
    report = checker.check(read_document(str(ROOT / "examples" / "harbourside-thames-valley-officers.txt")))
    page, seen = _open(browser, render_html(report), tmp_path, "print.html")
    page.emulate_media(media="print")
    after = page.evaluate("getComputedStyle(document.querySelector('.card dd a[href^=\"http\"]'), '::after').content")
    assert after.startswith('" <http')
    pdf = page.pdf(format="A4")
    assert pdf[:4] == b"%PDF" and len(pdf) > 10_000 and seen["errors"] == []
    page.close()


def test_the_article_page_opens_with_what_to_look_at(browser, checker, tmp_path):
    """The contradicted claim is listed above the article, and a click on it brings its card into view."""
    report = checker.check(read_document(str(ROOT / "examples" / "harbourside-thames-valley-officers.txt")))
    page, seen = _open(browser, render_html(report), tmp_path, "report.html")
    first = page.locator("nav.look-first li").first
    article = page.locator("div.article")
    assert first.bounding_box()["y"] < article.bounding_box()["y"]  # above the article
    assert "contradicted" in first.inner_text() and "rose by 200" in first.inner_text()
    card_id = first.locator("a").get_attribute("href").lstrip("#")
    assert page.locator(f"#{card_id}.card.v-contradicted").count() == 1
    first.locator("a").click()
    page.wait_for_function("id => { const r = document.getElementById(id).getBoundingClientRect();"
                           " return r.top > -2 && r.top < window.innerHeight; }", arg=card_id)
    page.screenshot(path=str(tmp_path / "look-first.png"))
    assert seen["errors"] == []
    page.close()


def test_the_batch_index_lists_the_worst_article_first(browser, tmp_path):
    """Worst first, as sent: the contradicted articles before one whose claims hold, each naming the claim
    that made it so, with a link to that card; the per-verdict bars are drawn."""
    from click.testing import CliRunner

    from factcheck.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "aaa-holds.txt").write_text("As at 31 March 2021, Thames Valley Police had 4,494 police officers.\n",
                                          encoding="utf-8")
    for example in (ROOT / "examples").glob("*.txt"):
        (folder / example.name).write_bytes(example.read_bytes())
    out = tmp_path / "batch"
    CliRunner().invoke(main, ["batch", str(folder), "-o", str(out), "--fail-on", "never"])
    page, seen = _open(browser, (out / "index.html").read_text(encoding="utf-8"), out, "index.html")
    worst = page.locator("#articles tbody tr").evaluate_all("rows => rows.map(r => r.dataset.worst)")
    assert worst == ["contradicted", "contradicted", "supported"]
    link = page.locator("#articles tbody tr").first.locator("td.worst-claim a")
    page_name, _, card = link.get_attribute("href").partition("#")
    assert (out / page_name).exists() and f'id="{card}"' in (out / page_name).read_text(encoding="utf-8")
    assert page.locator("svg.bar").count() == 4  # the batch's, and one per article
    assert page.locator("svg.bar rect.b-contradicted").first.bounding_box()["width"] > 0
    page.screenshot(path=str(tmp_path / "index.png"), full_page=True)
    assert seen["errors"] == []
    page.close()
