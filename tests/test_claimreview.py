"""ClaimReview JSON-LD: the fields fact-checkers exchange, in --format claimreview and inside the HTML."""

import datetime as dt
import json
import re

import pytest

from factcheck.ingest import read_document
from factcheck.report.claimreview import claim_reviews
from factcheck.report.render import render

TEXT = ("Analysis of Home Office statistics by the Lib Dems has shown that Thames Valley's total officer numbers "
        "fell by 29 in the last year. A Home Office spokesperson said: \"Over 11,000 additional officers have "
        "already been recruited across England and Wales.\" Thames Valley Police said it had recruited 229 "
        "officers, which is over half of its allocation of 609.")


@pytest.fixture(scope="module")
def report(checker):
    doc = read_document("-", stdin_text=TEXT, published=dt.date(2022, 2, 2))
    return checker.check(doc, generated=dt.datetime(2022, 2, 3, 9, 30))


def test_every_judged_claim_is_a_claimreview_with_the_exchange_fields(report):
    reviews = json.loads(render(report, "claimreview"))
    judged = [c for c in report.claims if c.verdict.label != "not_checkable"]
    assert len(reviews) == len(judged) > 0
    for r, c in zip(reviews, judged, strict=True):
        assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
        assert c.surface in r["claimReviewed"] and r["datePublished"] == "2022-02-03"
        item = r["itemReviewed"]
        assert item["@type"] == "Claim" and item["appearance"]["@type"] == "CreativeWork"
        assert item["appearance"]["datePublished"] == "2022-02-02"
        rating = r["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"] == c.verdict.label
        assert rating["ratingExplanation"] == c.verdict.explanation
        if c.verdict.sources:
            assert all(cite["url"].startswith("http") and cite["@type"] == "CreativeWork" for cite in r["citation"])
    eleven = next(r for r, c in zip(reviews, judged, strict=True) if c.value == 11000)
    assert eleven["itemReviewed"]["author"] == {"@type": "Organization", "name": "Home Office spokesperson"}
    assert eleven["reviewRating"]["ratingValue"] == 5 and eleven["reviewRating"]["bestRating"] == 5


def test_the_html_carries_the_same_jsonld_and_article_text_cannot_break_out(checker, report):
    html = render(report, "html")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(block) == claim_reviews(report)
    hostile = ("Officer numbers fell by 29 in the last year.</script><script>alert(1)</script> "
               "<img src=x onerror=alert(2)> Thames Valley has 4,494 officers.")
    page = render(checker.check(read_document("-", stdin_text=hostile, published=dt.date(2022, 2, 2))), "html")
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert len(re.findall(r"<script\b", page)) == 1  # only the JSON-LD data block
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_reports_are_byte_identical_for_the_same_input(checker):
    doc = read_document("-", stdin_text=TEXT, published=dt.date(2022, 2, 2))
    for fmt in ("html", "md", "json", "claimreview"):
        assert render(checker.check(doc), fmt) == render(checker.check(doc), fmt)


def test_a_claim_with_an_official_series_gets_an_inline_chart(checker):
    text = "As at 31 March 2021, Thames Valley Police had 4,494 police officers."
    report = checker.check(read_document("-", stdin_text=text, published=dt.date(2021, 8, 1)))
    verdict = next(c for c in report.claims if c.surface == "4,494").verdict
    assert ("2021-03-31", 4494.0) in [tuple(p) for p in verdict.series] and len(verdict.series) >= 10
    html = render(report, "html")
    svg = re.search(r'<svg class="chart".*?</svg>', html, re.S).group(0)
    assert "<polyline" in svg and 'class="used"' in svg and 'class="claimed"' in svg
    assert "Official police_officers, Thames Valley" in svg and "<script" not in svg


def test_cards_give_the_claimed_interval_and_link_the_rule_to_its_explanation(report):
    html = render(report, "html")
    assert "<dt>Claimed</dt><dd>more than 11,000" in html
    used = {c.verdict.rule for c in report.claims if c.verdict.rule}
    assert used and set(report.rules) == used
    for rule in used:
        assert f'href="#rule-{rule}"' in html and f'id="rule-{rule}"' in html
    assert report.rules["FC005"]["name"] == "uplift-recruits-to-date"


# schema.org terms the ClaimReview output may use (schema.org/ClaimReview, Claim, Rating, CreativeWork)
SCHEMA_TYPES = {"ClaimReview", "Claim", "Rating", "CreativeWork", "Organization", "Person"}
SCHEMA_PROPERTIES = {"claimReviewed", "itemReviewed", "reviewRating", "author", "datePublished", "citation",
                     "appearance", "name", "url", "publisher", "sourceOrganization", "alternateName",
                     "ratingExplanation", "ratingValue", "bestRating", "worstRating"}


def test_claimreview_expands_as_jsonld_into_schema_org_terms(report):
    """A JSON-LD processor (PyLD) expands the output; offline, the schema.org context is its @vocab."""
    jsonld = pytest.importorskip("pyld.jsonld", reason="PyLD is not installed")
    jsonld.set_document_loader(lambda url, options=None: {
        "contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": "https://schema.org/"}}})
    reviews = json.loads(render(report, "claimreview"))
    expanded = jsonld.expand(reviews)
    assert len(expanded) == len(reviews)
    types, properties = set(), set()

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "@type":
                    types.update(t.removeprefix("https://schema.org/") for t in value)
                elif not key.startswith("@"):
                    assert key.startswith("https://schema.org/"), key
                    properties.add(key.removeprefix("https://schema.org/"))
                walk(value)

    walk(expanded)
    assert types <= SCHEMA_TYPES and {"ClaimReview", "Claim", "Rating"} <= types
    assert properties <= SCHEMA_PROPERTIES and {"claimReviewed", "itemReviewed", "reviewRating"} <= properties
