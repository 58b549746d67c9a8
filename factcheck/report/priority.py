"""What a journalist should look at first in a checked article: every claim called wrong, then the
unverifiable claims that matter most.

A verdict of contradicted or inconsistent (or a rule that failed) is always listed: it is what would be
printed as a correction. Of the claims that could not be verified, the ones most worth a reporter's call
come next, ranked by check-worthiness: a claim about an official statistic (a rule exists for it), put
in a named person's mouth, in the headline or first paragraph, and large. Each entry says why it is
listed and gives the verdict's reason in one line, so the list can be read without opening the cards.
"""

from __future__ import annotations

import math
import re

from factcheck.models import LABEL_SEVERITY, Claim, Report

#: Always listed: what a report would print as a correction, or a check that failed.
ALWAYS = ("error", "contradicted", "inconsistent")
#: At most this many unverifiable claims are listed after them: a short list is read, a long one is not.
MOST_UNVERIFIABLE = 5
_REASON_CHARS = 220


def lede_end(text: str) -> int:
    """Where the headline and first paragraph end: the second blank-line-separated block's end, or the
    first two lines' when the text has no blank lines."""
    blocks = [m.end() for m in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*", text)]
    if len(blocks) >= 2:
        return blocks[1]
    lines = [m.end() for m in re.finditer(r"[^\n]+", text)]
    return lines[1] if len(lines) >= 2 else len(text)


def reasons_to_look(claim: Claim, lede: int) -> list[str]:
    """Why an unverifiable claim is worth checking by hand, in words for the list."""
    why = []
    if claim.verdict and claim.verdict.rule:
        why.append("an official statistic")
    if claim.speaker:
        why.append(f"said by {claim.speaker}")
    if claim.start < lede:
        why.append("in the headline or first paragraph")
    return why


def _worth(claim: Claim, lede: int) -> tuple[int, float]:
    """Check-worthiness: the number of reasons to look, then the size of the number (a larger one
    carries more weight in a story)."""
    return len(reasons_to_look(claim, lede)), math.log10(abs(claim.value) + 1)


def one_line(explanation: str) -> str:
    """A verdict's reason in one line: its first sentence, shortened at a word."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"(])", explanation.strip(), maxsplit=1)[0]
    if len(first) <= _REASON_CHARS:
        return first
    return first[:_REASON_CHARS - 1].rsplit(" ", 1)[0] + "…"


def look_first(report: Report) -> list[dict]:
    """The claims to look at first, worst first: each with its id (the card's anchor), verdict, surface,
    why it is listed and its reason in one line."""
    lede = lede_end(report.document.text)
    judged = [c for c in report.claims if c.verdict]
    wrong = sorted((c for c in judged if c.verdict.label in ALWAYS),
                   key=lambda c: (-LABEL_SEVERITY[c.verdict.label], c.start))
    # an unverifiable claim a person has reviewed is settled; one called wrong is listed all the same
    open_ = sorted((c for c in judged if c.verdict.label == "unverifiable" and c.checkable and not c.verdict.review),
                   key=lambda c: (tuple(-x for x in _worth(c, lede)), c.start))[:MOST_UNVERIFIABLE]
    out = []
    for c in [*wrong, *open_]:
        why = ["called wrong"] if c.verdict.label in ("contradicted", "inconsistent") else \
            ["the check failed"] if c.verdict.label == "error" else reasons_to_look(c, lede)
        if c.verdict.review:
            why = [*why, f"reviewed by {c.verdict.review.reviewer}"]
        out.append({"id": c.id, "label": c.verdict.label, "surface": c.surface,
                    "why_listed": why or ["not verified"], "reason": one_line(c.verdict.explanation)})
    return out
