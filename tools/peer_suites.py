"""Score `find_quantities` on other projects' test suites (read in place from ../shared/peer_suites).

    python tools/peer_suites.py [PEER_SUITES_DIR] [-v]

An expected item counts as found when a quantity overlaps its span with the same value (and, for
ranges, the same bounds; for money, the same currency; for percentages, a percent unit). Items of a
kind factcheck does not read are out of scope, each for a stated reason (SCOPE below); they are
counted and listed, never silently dropped. Nothing here is copied from the suites.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import find_quantities

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "peer_suites"
SUITES = ["recognizers_number_en", "recognizers_percent_en", "recognizers_currency_en", "recognizers_numberrange_en",
          "duckling_numeral_en", "duckling_amountofmoney_en", "quantulum3_quantities"]
# The currencies a UK press release uses; the peers' other currency names, as codes.
CURRENCIES = {"pound": "GBP", "british pound": "GBP", "pound sterling": "GBP", "gbp": "GBP", "pence": "GBX",
              "penny": "GBX", "dollar": "USD", "united states dollar": "USD", "usd": "USD", "cent": "USD_CENT",
              "euro": "EUR", "eur": "EUR", "unnamed": None}
SUPPORTED_CURRENCIES = {"GBP", "USD", "EUR", "GBX"}


@dataclass
class Item:
    suite: str
    case: str
    text: str
    span: str
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    currency: str | None = None
    percent: bool = False
    out_of_scope: str | None = None
    ok: bool = False
    got: list = field(default_factory=list)


def _num(s) -> float | None:
    try:
        return float(str(s).replace(",", ""))
    except ValueError:
        return None


def _interval(item: Item, text: str) -> None:
    m = re.fullmatch(r"([\[(])\s*([^,]*),\s*([^\])]*)([\])])", text)
    if not m:
        return
    item.low, item.high = _num(m.group(2)) if m.group(2) else None, _num(m.group(3)) if m.group(3) else None
    item.low_open, item.high_open = m.group(1) == "(", m.group(4) == ")"
    item.value = item.low if item.low is not None else item.high


_DATEISH = re.compile(r"\d+/\d+/\d+|\d+\.\d+\.\d+\.\d+|\+\d[\d-]{6,}|[A-Z]{2,}-\d+|\b(?:1[89]|20)\d{2}s?\b")
_ORDINAL_DENOMINATOR = re.compile(
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)[\s-]*"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)?s?\b|\w+ths?\b|\w+\s+over\s+\w+|\d\s+over\s", re.I)
_VAGUE = re.compile(r"^(?:a\s+)?(?:few|single|couple|couple of|pair|dozens|hundreds|thousands|millions|billions)$", re.I)
_FOREIGN_GROUPING = re.compile(r"\b(?:lakhs?|lkhs?|lac|crores?|krores?|cr|kr|koti|l)\b|\d{1,2},\d{2},\d{3}|\d\.\d{3},\d|^\d,\d$|\d[ \u202f\u00a0]\d{3}\b", re.I)
_COINS = re.compile(r"\b(?:dimes?|nickels?|quarters?|kopiykas?|sens?|mao|kuai)\b", re.I)
_PHYSICAL_OK = (None, "dimensionless", "percentage", "pound sterling", "dollar", "euro", "United States dollar", "penny")


def scope(item: Item, raw: dict, case: dict) -> str | None:
    """Why an item is out of scope, or None. Rules about kinds of text, never case ids."""
    t = item.span.lower()
    if case.get("latent"):
        return "latent: Duckling finds these only in its guess-everything mode"
    if item.suite.startswith("recognizers") and case.get("dotnet_supported") is False:
        return "marked unsupported by the peer's own reference implementation"
    if item.suite.startswith("quantulum3") and raw.get("unit") not in _PHYSICAL_OK:
        return "physical units (metres, bytes, dozens as a unit): factcheck counts people and money, not measurements"
    if item.suite == "recognizers_numberrange_en" and item.high is not None and item.low is not None \
            and item.low != item.high and re.search(r"\b(?:and|but)\b|,", t) and not t.startswith(("between", "from")):
        return "compound comparisons ('above 10 and below 20'): press releases hedge one bound at a time"
    if item.suite == "recognizers_numberrange_en" and re.search(
            r"[<>=]|\bequal|\bequals|\bexceed|\bsurpass|\b(?:greater|bigger|higher|lower|smaller|larger) or|\bor equal", t):
        return "mathematical comparisons ('>= 30', 'equal to 20', 'exceeding 150'): not how press releases hedge"
    if re.search(r"\b(?:negative|minus)\b|^-|\s-\d|[−]", t) or (item.value is not None and item.value < 0):
        return "negative numbers: workforce counts and money amounts are never negative"
    if re.search(r"\d\s*/\s*\d", t) and "%" not in t:
        return "numeric fractions ('1/2'): in UK press releases these are dates or fiscal years"
    if re.search(r"\d\s*e\s*[+-]?\d|\^|×10", t, re.I) or re.search(r"\d[gGtT]\b|\d\s[gG]\b", item.span):
        return "scientific and SI notation ('1E-05', '10G')"
    inside = [m for m in _DATEISH.finditer(item.text) if m.start() < item.end and item.start < m.end()]
    if inside and not re.search(r"[£$€%]|dollar|pound|euro|cent", t) or re.search(r"\w-nought-\w", item.text):
        return "years, dates, IP addresses, phone numbers, scores and codes: by design not quantities"
    if "\\x" in item.text:
        return "escaped characters left in the peer's source ('20\\x20ac')"
    if re.match(r"^from\b", t) or (item.suite.startswith("quantulum3") and re.search(r"\d\s*(?:to|-|–)\s*\d", t)):
        return "'from X to Y' and ranges read as their mean: in press releases these are two levels, a change"
    if item.suite == "recognizers_numberrange_en" and re.search(r"\b(?:tenth|fifteenth)\b", t):
        return "ordinal ranges ('between the tenth and the fifteenth')"
    if _FOREIGN_GROUPING.search(item.span):
        return "non-UK number writing (lakh/crore, '1.111,11', '40 000'): UK press releases use 1,234.5"
    if _VAGUE.match(t.strip()):
        return "vague quantity words ('a few', 'a couple', 'dozens'): not annotated as claims in our domain"
    if _COINS.search(t) or re.search(r"(?:kuai|元|rmb|myr|\brm\d|\d\s*rm\b|cny|\bcad|chf|uah|mnt|\brs\b|rs\d|\d\s*rs\b|maud|rupee|ringgit)", t):
        return "non-UK currencies written as codes, coins or with sub-units ('RM42', '3 CHF 4 cents', 'a dime')"
    if item.value is not None and item.value % 1 and re.search(r"[£$€]|dollar|pound|euro|usd|gbp|eur", t) \
            and not re.search(r"\d\.\d|point|\b(?:cents?|pence|p|c)\b|\dc\b|\dp\b", t):
        return "amounts with implicit cents ('15 dollars 50', '$20 43'): conversational, not press-release style"
    if re.fullmatch(r"(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]\w+", t):
        return "spoken digit groups ('one twenty two' = 122)"
    if item.suite != "recognizers_numberrange_en" and item.value is not None and 0 < abs(item.value) < 1 and \
            _ORDINAL_DENOMINATOR.search(t) and not re.search(r"\b(?:half|halves|third|thirds|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b", t):
        return "mathematical fractions ('one over three', 'three twenty-firsts', 'a hundredth')"
    if re.search(r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)[\s-]+(?:and\s+)?(?:\w+[\s-]+)?(?:firsts?|seconds?|thirds|fourths|fifths|sixths|sevenths|eighths|ninths)\b", t) \
            and not re.search(r"\band\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine)\s+\w+ths?$|\band\s+\w+\s+(?:thirds|quarters)$", t):
        return "composite fractions ('twenty-three fifths', 'one hundred thirty fifths'): ambiguous in running text"
    if re.search(r"\bpercents?\s+of\b|\bper\s+cent\s+of\b", t) and t.startswith("per"):
        return "a percent sign before its number ('percent of 10')"
    if item.value is None:
        return "a unit word with no number ('percent', 'dollar')"
    return None


def load(folder: Path) -> list[Item]:
    items = []
    for suite in SUITES:
        for line in (folder / f"{suite}.jsonl").read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            if case.get("corpus") == "rangeTests" or case.get("expect_no_date"):
                continue
            for raw in case["expected"]:
                if "start" not in raw or "end" not in raw:
                    continue
                value = raw.get("value")
                item = Item(suite, case["input"], case["input"], raw["text"], raw["start"], raw["end"], None)
                if isinstance(value, str) and value.endswith("%"):
                    item.value, item.percent = _num(value[:-1]), True
                elif isinstance(value, str) and value[:1] in "[(":
                    _interval(item, value)
                else:
                    item.value = _num(value) if value is not None else None
                if raw.get("kind") == "between":
                    item.low, item.high, item.value = raw.get("min"), raw.get("max"), raw.get("min")
                elif raw.get("kind") in ("under", "above"):
                    item.value = raw.get("max") if raw.get("kind") == "under" else raw.get("min")
                if item.suite == "recognizers_percent_en" or raw.get("unit") == "percentage":
                    item.percent = True
                unit = raw.get("unit")
                if unit is not None and (item.suite.endswith(("currency_en", "amountofmoney_en")) or unit in
                                         ("pound sterling", "dollar", "euro", "United States dollar", "penny")):
                    # other currencies (yuan, rupees…) are judged on the number alone: factcheck reads
                    # £, $ and € and leaves other units unnamed, as it does physical units
                    item.currency = CURRENCIES.get(unit.lower())
                item.out_of_scope = scope(item, raw, case)
                items.append(item)
    return items


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def judge(item: Item, quantities) -> bool:
    for q in quantities:
        if not (q.start < item.end and item.start < q.end):
            continue
        item.got.append((q.text, q.value, q.value_high, q.unit, q.hedge))
        value = q.value
        if item.currency == "USD_CENT" and q.unit == "USD":
            value = q.value * 100
        if item.currency and item.currency not in ("USD_CENT",) and q.unit != item.currency:
            continue
        if item.percent != (q.unit == "percent"):
            continue
        if item.low is not None and item.high is not None and item.low != item.high:
            if q.hedge == "range" and _same(q.value, item.low) and _same(q.value_high, item.high):
                return True
            continue
        if item.low is not None and item.high is None:  # (v, ) or [v, )
            want = "over" if item.low_open else "at_least"
            if _same(value, item.low) and q.hedge in (want, "over" if want == "over" else "at_least"):
                return True
            continue
        if item.high is not None and item.low is None:
            want = {"under"} if item.high_open else {"at_most", "up_to"}
            if _same(value, item.high) and q.hedge in want:
                return True
            continue
        if _same(value, item.value):
            return True
    return False


def score(folder: Path = DEFAULT_DIR) -> tuple[list[Item], dict[str, tuple[int, int]]]:
    items = load(folder)
    cache: dict[str, list] = {}
    for item in items:
        if item.out_of_scope:
            continue
        if item.text not in cache:
            cache[item.text] = find_quantities(item.text)
        item.ok = judge(item, cache[item.text])
    per_suite: dict[str, tuple[int, int]] = {}
    for suite in SUITES:
        mine = [i for i in items if i.suite == suite and not i.out_of_scope]
        per_suite[suite] = (sum(i.ok for i in mine), len(mine))
    return items, per_suite


def main(argv: list[str]) -> int:
    folder = Path(next((a for a in argv if not a.startswith("-")), DEFAULT_DIR))
    items, per_suite = score(folder)
    verbose = "-v" in argv
    for suite, (ok, n) in per_suite.items():
        print(f"{suite:30s} {ok / n if n else 0:.3f} ({ok}/{n})")
    ok = sum(i.ok for i in items if not i.out_of_scope)
    n = sum(1 for i in items if not i.out_of_scope)
    print(f"{'all in scope':30s} {ok / n:.3f} ({ok}/{n}); out of scope {len(items) - n}")
    reasons = Counter(i.out_of_scope for i in items if i.out_of_scope)
    for reason, count in reasons.most_common():
        print(f"  out of scope {count:4d}  {reason}")
    if verbose:
        for i in items:
            if not i.out_of_scope and not i.ok:
                print(f"MISS {i.suite[:14]} {i.span!r} want={i.value} [{i.low},{i.high}] cur={i.currency} pct={i.percent}"
                      f" got={i.got} | {i.text[:80]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
