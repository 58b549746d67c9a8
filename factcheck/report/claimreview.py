"""schema.org ClaimReview: the format fact-checkers exchange, one object per judged claim (JSON-LD)."""

from __future__ import annotations

import json
import re

from factcheck.models import Claim, Report
from factcheck.report.safe import web_link

# Our labels on schema.org's 1–5 scale (5 = true). Unverifiable claims get no number: only the label.
RATING = {"supported": 5, "close": 4, "inconsistent": 2, "contradicted": 1}
_URL = re.compile(r"^https?://", re.I)
_PERSON = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Baroness)\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}$")
_BODY = re.compile(r"\b(?:Democrats?|Dems?|Party|Labour|Conservatives?|Police|Office|Federation|Council|Government|Union|UNISON|"
                   r"Association|Constabulary|Force|Service|Department|Ministry|Authority|Audit|Commission|"
                   r"spokes(?:person|woman|man)|analysis|figures|statistics|report)\b", re.I)


def _author(speaker: str) -> dict:
    """A named person ("Anthony Stansfeld"; "Avon and Somerset PCC, Sue Mountstevens") or a body
    ("Buckingham Liberal Democrats", "A Home Office spokesperson")."""
    parts = [p.strip() for p in speaker.split(",")]
    person = next((p for p in parts if _PERSON.match(p) and not _BODY.search(p)), None)
    return {"@type": "Person" if person else "Organization", "name": speaker}


def claim_review(report: Report, c: Claim) -> dict:
    doc, v = report.document, c.verdict
    appearance = {"@type": "CreativeWork", "name": doc.title or doc.source}
    if doc.url and web_link(doc.url):
        appearance["url"] = doc.url
    elif _URL.match(doc.source):
        appearance["url"] = doc.source
    if doc.published:
        appearance["datePublished"] = doc.published.isoformat()
    item = {"@type": "Claim", "appearance": appearance}
    if c.speaker:
        item["author"] = _author(c.speaker)
    if doc.published:
        item["datePublished"] = doc.published.isoformat()
    rating = {"@type": "Rating", "alternateName": v.label, "ratingExplanation": v.explanation}
    if v.label in RATING:
        rating.update(ratingValue=RATING[v.label], bestRating=5, worstRating=1)
    review = {"@context": "https://schema.org", "@type": "ClaimReview",
              "claimReviewed": c.sentence, "itemReviewed": item, "reviewRating": rating,
              "author": {"@type": "Organization", "name": f"factcheck {report.factcheck}"}}
    if report.generated:
        review["datePublished"] = report.generated[:10]
    if v.review:  # a person decided it: the review is theirs, on the day they made it
        rating["ratingExplanation"] = f"{v.review.text(v.label)}. {v.explanation}"
        review["author"] = {"@type": "Person", "name": v.review.reviewer}
        review["datePublished"] = v.review.date.isoformat()
    sources = list({(s.title, s.url): s for s in v.sources}.values())
    if sources:
        review["citation"] = [
            {"@type": "CreativeWork", "name": s.title, **({"url": s.url} if web_link(s.url) else {}),
             **({"datePublished": s.published.isoformat()} if s.published else {}),
             "publisher": {"@type": "Organization", "name": s.publisher or s.title},
             **({"sourceOrganization": {"@type": "Organization", "name": s.reported_by}} if s.reported_by else {})}
            for s in sources]
    return review


def claim_reviews(report: Report) -> list[dict]:
    """A ClaimReview for every claim that was judged (not for durations, plans and other non-claims)."""
    return [claim_review(report, c) for c in report.claims if c.verdict and c.verdict.label != "not_checkable"]


def to_jsonld(report: Report) -> str:
    return json.dumps(claim_reviews(report), ensure_ascii=False, indent=2) + "\n"


def jsonld_for_html(report: Report) -> str:
    """The same JSON-LD, safe inside <script type="application/ld+json">: article text cannot close it."""
    text = json.dumps(claim_reviews(report), ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
