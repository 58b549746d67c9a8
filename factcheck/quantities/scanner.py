"""Finds quantities in plain text: numbers with their hedges, units, ranges, fractions and records.

Patterns are built from the lexicon; what is not a quantity (years, dates, fiscal years, times,
phone numbers, codes, list labels) is recognised and dropped here, so later stages never see it.
"""

from __future__ import annotations

import math
import re

from factcheck.intervals import hedge_bounds
from factcheck.models import Quantity
from factcheck.quantities import lexicon as L
from factcheck.quantities.patterns import ADDITIVE, BETWEEN, CORE, CURRENCY_AFTER, FRACTION, GLUED_CURRENCY, HEDGE_BEFORE, MINOR_AFTER, LEVEL_REACHED, MULTIPLE, OF_SCALE, ONE_IN, ONE_UNIT, PERCENT, POST_HEDGE, RANGE_JOIN, RANK, RECORD, SCALE_AFTER, SCALE_WORD_END, SKIP, TIME_UNIT, VULGAR, YEAR, YEAR_CONTEXT_BEFORE
from factcheck.quantities.quantulum_adapter import word_number_value


def _masked(text: str) -> list[tuple[int, int]]:
    spans = []
    for rx in SKIP:
        spans += [(m.start(), m.end()) for m in rx.finditer(text)]
    return spans


def _overlaps(spans, a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def digits_value(s: str) -> tuple[float, float]:
    """The value of "2,144" or "14.2" and the unit of its last written digit."""
    s = s.replace(",", "")
    if "." in s:
        decimals = len(s.split(".")[1])
        return float(s), 10.0 ** -decimals
    trailing = len(s) - len(s.rstrip("0")) if s.strip("0") else 0
    return float(s), 10.0 ** trailing


def _word_resolution(value: float) -> float:
    """A spelled-out number is as precise as its last non-zero digit ("twenty thousand" ±500)."""
    if value <= 0 or not float(value).is_integer():
        return 0.0
    v, r = int(value), 1
    while v and v % 10 == 0:
        v //= 10
        r *= 10
    return float(r)


class _Found:
    """A quantity under construction: its span grows as hedges, units and ranges attach."""

    def __init__(self, start, end, value, resolution, unit=None, number_start=None):
        self.start, self.end, self.value, self.resolution, self.unit = start, end, value, resolution, unit
        self.number_start = start if number_start is None else number_start
        self.hedge, self.value_high = "exact", None

    def quantity(self, text: str) -> Quantity | None:
        if not math.isfinite(self.value) or (self.value_high is not None and not math.isfinite(self.value_high)):
            return None
        return Quantity(start=self.start, end=self.end, text=text[self.start:self.end], value=self.value,
                        value_high=self.value_high, unit=self.unit, hedge=self.hedge,
                        bounds=hedge_bounds(self.value, self.hedge, self.value_high),
                        resolution=self.resolution, number_start=self.number_start)


def _small_value(word: str) -> float:
    w = word.lower()
    return 1.0 if w in ("a", "an") else float(word) if w.isdigit() else word_number_value(w) or 0.0


def _decimals(point: str) -> str:
    """The digits after a spoken "point": "nought four" → "04", "seventy-one" → "71"."""
    out = ""
    for word in re.findall(r"[a-z]+(?:-[a-z]+)?|\d+", point.lower())[1:]:
        if word.isdigit():
            out += word
        else:  # "seventy-one" is 71
            out += str(int(sum(L.UNITS_WORDS.get(w, L.TENS_WORDS.get(w, 0)) for w in word.split("-"))))
    return out


def _core_value(m: re.Match) -> tuple[float, float] | None:
    if m.group("digits"):
        value, res = digits_value(m.group("digits"))
    else:
        words = m.group("words")
        base = words[: m.start("fnum") - m.start("words")].rstrip(" -") if m.group("fnum") else words
        if m.group("fnum"):
            base = re.sub(r"[\s-]+and$", "", base, flags=re.I)
        v = word_number_value(base)
        if v is None:
            return None
        value, res = v, _word_resolution(v)
        if m.group("fnum"):
            fraction = _small_value(m.group("fnum")) / L.FRACTION_DENOMINATORS[m.group("fden").lower()]
            sw = SCALE_WORD_END.search(base)
            scale = m.group("scale")
            if sw and scale:  # "one billion and a half million"
                return value + fraction * L.SCALES[scale.strip().lower()], 0.0
            # "one million and a half" is 1.5 million; "three and a half" is 3.5
            value += fraction * (L.MULTIPLIER_WORDS[sw.group("w").lower()] if sw else 1)
            res = 0.0
    if m.group("point"):
        decimals = _decimals(m.group("point"))
        if decimals:
            value = float(f"{int(value)}.{decimals}")
            res = 10.0 ** -len(decimals)
    scale = m.group("scale")
    if scale:
        factor = L.SCALES[scale.strip().lower()]
        value, res = value * factor, res * factor
    return value, res


def _is_year(text: str, m: re.Match, after: str) -> bool:
    d = m.group("digits")
    if not d or not YEAR.match(d) or m.group("cur") or m.group("scale"):
        return False
    if re.match(r"^\s*(?:%|per\s?cent)", after, re.I):
        return False
    before = text[max(0, m.start() - 25): m.start()]
    if re.search(r"\bthere\s+(?:are|were|is|was)\s+$", before, re.I):
        return False  # "there were 1859 police officers … there are 1930 now"
    if LEVEL_REACHED.search(text[max(0, m.start() - 60): m.start()]):
        return False  # "has fallen by over 200 to 1899", "from 1,380 to 1460": the level a change reached
    nxt = re.match(r"^\s+([a-z-]+)(?:\s+([a-z]+))?", after)
    # "2010 officers" and "1859 police officers" count officers; "in 2010", "2010 and 2019" and "2010." are years
    if nxt and nxt.group(1) not in _YEAR_FOLLOWERS:
        plural = [w for w in nxt.groups() if w and w.endswith("s") and w not in _YEAR_FOLLOWERS]
        return bool(YEAR_CONTEXT_BEFORE.search(before)) or not plural
    return True


_YEAR_FOLLOWERS = {"and", "or", "to", "was", "were", "is", "as", "when", "the", "a", "in", "at", "on", "for", "with", "by",
                   "but", "after", "before", "onwards", "levels", "level", "figures", "figure", "election", "budget",
                   "census", "report", "data", "has", "this", "its", "his", "hers", "elections",
                   "statistics", "accounts", "results", "regulations", "plans", "rules", "standards", "finals", "games"}


def _is_phone(text: str, m: re.Match) -> bool:
    d = m.group("digits")
    if not d or d not in L.PHONE_NUMBERS:
        return False
    before = text[max(0, m.start() - 30): m.start()].lower()
    after = text[m.end(): m.end() + 20].lower()
    return bool(re.search(rf"\b(?:{'|'.join(L.PHONE_CUES)})\s+(?:the\s+)?(?:number\s+)?$", before)
                or re.match(r"^\s*(?:or\s+\d+\s*)?(?:call|number|line|service|non-emergency|emergency)", after)
                or re.search(r"\b(?:or|and)\s+$", before) and re.search(r"\b(?:101|999)\b", before))


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, each with its span, value, unit, hedge and bounds."""
    skip = _masked(text)
    found = [q for m in CORE.finditer(text) if (q := _number(text, m, skip)) is not None]
    found = _join_additive(text, _join_ranges(text, found))
    for q in found:
        _attach_hedge(text, q)
    found += _patterns(text, skip, found)
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[Quantity] = []
    last_end = -1
    for f in found:
        if f.start < last_end:
            continue  # overlapping readings: the earlier, longer one stands
        q = f.quantity(text)
        if q is not None:
            out.append(q)
            last_end = f.end
    return out


def _number(text: str, m: re.Match, skip) -> _Found | None:
    """A number the core pattern found, with the unit written after it; None for what is not a
    quantity (a code, an ordinal, a year, a phone number, a masked span)."""
    a, b = m.span()
    if _overlaps(skip, a, b):
        return None
    # a number glued to letters or digits is a code ("A1", "5G", "M25"), not a quantity
    if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_/") and not m.group("cur"):
        return None
    glued_currency = GLUED_CURRENCY.match(text, b)
    if b < len(text) and (text[b].isalnum() and text[b:b + 2].lower() not in ("st", "nd", "rd", "th")) \
            and not glued_currency:
        return None
    if b < len(text) and text[b] in "_/" and b + 1 < len(text) and text[b + 1].isdigit():
        return None
    if b < len(text) - 1 and text[b:b + 2].lower() in ("st", "nd", "rd", "th"):
        return None  # ordinals are handled as ranks
    after = text[b: b + 40]
    if _is_year(text, m, after) or _is_phone(text, m):
        return None
    cv = _core_value(m)
    if cv is None:
        return None
    value, res = cv
    q = _Found(a, b, value, res, number_start=a + (len(m.group("cur")) if m.group("cur") else 0))
    if m.group("cur"):
        q.unit = L.CURRENCY_SYMBOLS[m.group("cur").strip().lower()]
    _percent_after(text, q, after)
    _currency_after(text, q, m)
    tm = TIME_UNIT.match(text[q.end:q.end + 20])
    if tm and not q.unit:
        q.unit = tm.group("u").lower().rstrip("s")
    return q


def _percent_after(text: str, q: _Found, after: str) -> None:
    """"per cent", "%", "percentage points" after the number."""
    pm = PERCENT.match(after)
    if not pm or q.unit:
        return
    a, b = q.start, q.end
    q.unit = "percentage_point" if "point" in pm.group(0).lower() or "pt" in pm.group(0).lower() else "percent"
    if q.unit == "percentage_point" and not re.search(r"percentage", pm.group(0), re.I):
        q.unit = None if not re.search(r"per\s?cent|%", text[max(0, a - 60):a], re.I) else "percentage_point"
        if q.unit is None:
            return
    q.end = b + pm.end()


def _currency_after(text: str, q: _Found, m: re.Match) -> None:
    """A currency written after the number ("75 USD", "£3 million", "five grand", "£3 and 50p")."""
    cm = CURRENCY_AFTER.match(text[q.end:q.end + 20])
    if cm and (not q.unit or (q.unit in ("USD", "GBP", "EUR") and cm.group("mil"))):
        if cm.group("sym"):
            q.unit = L.CURRENCY_SYMBOLS[cm.group("sym").lower()]
        elif cm.group("mil"):
            q.unit = L.MILLIONS_OF[cm.group("mil").lower()]
            q.value, q.resolution = q.value * 1e6, q.resolution * 1e6
        elif cm.group("grand"):
            q.unit, q.value, q.resolution = "GBP", q.value * 1000, q.resolution * 1000
        else:
            q.unit = L.CURRENCY_WORDS[cm.group("c").lower()]
        q.end += cm.end()
        sm = SCALE_AFTER.match(text[q.end:q.end + 12])
        if sm and not m.group("scale") and not cm.group("mil"):  # "75 USD million"
            factor = L.SCALES[sm.group("s").strip().lower()]
            q.value, q.resolution, q.end = q.value * factor, q.resolution * factor, q.end + sm.end()
    if q.unit in ("USD", "GBP", "EUR"):
        mm = MINOR_AFTER.match(text[q.end:q.end + 40])
        if mm:
            major, per = L.MINOR_UNITS[mm.group("minor").lower()]
            n = float(mm.group("n")) if mm.group("n").isdigit() else word_number_value(mm.group("n"))
            if n is not None and n < per and (major == q.unit or q.unit == "USD" or major == "USD"):
                q.value, q.resolution, q.end = q.value + n / per, 1 / per, q.end + mm.end()


def _join_ranges(text: str, found: list[_Found]) -> list[_Found]:
    """"500-600", "500 to 600" and "between 500 and 600" are one quantity with a high value."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        q = found[i]
        if i + 1 < len(found):
            nxt = found[i + 1]
            gap = text[q.end:nxt.start]
            joined = RANGE_JOIN.fullmatch(gap + " ") or RANGE_JOIN.fullmatch(gap)
            between = BETWEEN.search(text[max(0, q.start - 12):q.start]) and re.fullmatch(r"\s+and\s+", gap)
            # a unit written once covers both ends ("10 to 20 dollars", "£5-6m"), but "6% to 309,381" is no range
            same_unit = q.unit == nxt.unit or (q.unit is None and nxt.unit is not None) or \
                (nxt.unit is None and q.unit in ("GBP", "USD", "EUR"))
            if (joined or between) and nxt.value >= q.value and same_unit:
                is_from = re.search(r"\bfrom\s+$", text[max(0, q.start - 8):q.start], re.I)
                if not (is_from and not between) and not _change_then_level(text, q, nxt):
                    q.value_high, q.hedge = nxt.value, "range"
                    q.unit = q.unit or nxt.unit
                    if between and not is_from:
                        q.start = q.start - len(BETWEEN.search(text[max(0, q.start - 12):q.start]).group(0).lstrip())
                    q.end = nxt.end
                    out.append(q)
                    i += 2
                    continue
        out.append(q)
        i += 1
    return out


def _change_then_level(text: str, q: _Found, nxt: _Found) -> bool:
    """"fell by 120 to 2,400" is a change and the level it reached, not a range (but "by 10 to 20 per
    cent", its unit written once, is one)."""
    if not re.search(r"\bby\s+(?:[a-z]+\s+){0,2}$", text[max(0, q.start - 25):q.start], re.I):
        return False
    return not (q.unit is None and nxt.unit is not None)


def _join_additive(text: str, found: list[_Found]) -> list[_Found]:
    """"4 thousand 3 hundred and 21" is one number: a part ending in a scale word, then smaller parts."""
    out: list[_Found] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.unit is None and q.unit is None and prev.hedge == q.hedge == "exact" \
                and ADDITIVE.match(text[prev.end:q.start]):
            sw = SCALE_WORD_END.search(text[prev.start:prev.end])
            if sw and 0 < q.value < L.MULTIPLIER_WORDS[sw.group("w").lower()] and not re.search(r"\band\b", text[q.start:q.end]):
                prev.value, prev.end, prev.resolution = prev.value + q.value, q.end, min(prev.resolution, q.resolution)
                continue
        out.append(q)
    return out


def _attach_hedge(text: str, q: _Found) -> None:
    if q.hedge == "range":
        return
    pm = POST_HEDGE.match(text[q.end:q.end + 24])
    if pm and L.POST_HEDGES[pm.group("h").lower()] in ("at_least", "at_most"):
        # "about five hundred or more": the bound written after the number decides
        q.hedge = L.POST_HEDGES[pm.group("h").lower()]
        q.end += pm.end()
        return
    hm = HEDGE_BEFORE.search(text[max(0, q.start - 30):q.start])
    if hm:
        word = hm.group("h").lower()
        # "some" is a hedge only before a number ("some 500"), "under"/"over" only when not a verb's object
        q.hedge = L.HEDGES[word]
        q.start -= len(text[max(0, q.start - 30):q.start]) - hm.start("h")
        return
    if pm:
        q.hedge = L.POST_HEDGES[pm.group("h").lower()]
        q.end += pm.end()


def _patterns(text: str, skip, taken: list[_Found]) -> list[_Found]:
    """Fractions, "one in four", multiples, ranks and records: quantities without a digit."""
    spans = [(f.start, f.end) for f in taken]
    out: list[_Found] = []

    def add(a, b, value, unit, res=0.0):
        if not _overlaps(skip, a, b):
            out.append(_Found(a, b, value, res, unit))

    _fractions(text, spans, taken, add)
    for m in ONE_UNIT.finditer(text):
        if m.group("grand"):
            add(m.start(), m.end(), 1000.0, "GBP")
        else:
            add(m.start(), m.end(), 1.0, L.CURRENCY_WORDS[m.group("c").lower()])
    for m in MULTIPLE.finditer(text):
        factor, _direction = L.MULTIPLES[m.group("m").lower()]
        add(m.start(), m.end(), factor, "multiple")
    for m in RANK.finditer(text):
        o = m.group("ord").lower()
        value = float(L.ORDINALS[o]) if o in L.ORDINALS else float(re.match(r"\d+", o).group(0))
        add(m.start(), m.end(), value, "rank")
    for m in RECORD.finditer(text):
        add(m.start(), m.end(), _record_span(m.group(0)), "record")
    # hedges apply to word quantities too ("over half", "nearly a third")
    for f in out:
        if f.unit == "fraction":
            _attach_hedge(text, f)
    return out


def _record_span(words: str) -> float:
    """A record's value: the years it spans when its words give them ("an 11-year low", "the lowest in
    two years"), else 1 (the first: "an all-time high", "the highest since 2010")."""
    span = re.search(r"(?<!\d)(\d{1,3})(?=[- ]years?\b)|\b([a-z]+(?:-[a-z]+)?)[- ]years?\b", words, re.I)
    if span is None:
        return 1.0
    if span.group(1):
        return float(span.group(1))
    value = word_number_value(span.group(2).replace("-", " "))
    return float(value) if value else 1.0


def _fractions(text: str, spans, taken: list[_Found], add) -> None:
    """"one in four", "a third", "two-thirds", "half a million", "½": each replaces the number words inside it."""
    for m in ONE_IN.finditer(text):
        a_val = word_number_value(m.group("a")) if not m.group("a").isdigit() else float(m.group("a"))
        b_val = word_number_value(m.group("b")) if not m.group("b").isdigit() else float(m.group("b"))
        if a_val and b_val and b_val > a_val and not YEAR.match(m.group("b")):
            # the number words inside are replaced by the ratio they make together
            spans_inside = [s for s in spans if m.start() <= s[0] and s[1] <= m.end()]
            taken[:] = [f for f in taken if (f.start, f.end) not in spans_inside]
            add(m.start(), m.end(), a_val / b_val, "fraction")

    def drop_inside(a, b):
        taken[:] = [f for f in taken if not (a <= f.start and f.end <= b)]

    for m in FRACTION.finditer(text):
        scale = OF_SCALE.match(text[m.end():m.end() + 24])
        if m.group("half"):
            # "half" alone is a fraction; "half of", "over half", "halved" are read by claims
            value = 0.5 if m.group("half").lower() == "half" else 0.25
            if scale:  # "half a million", "quarter million"
                drop_inside(m.start(), m.end() + scale.end())
                add(m.start(), m.end() + scale.end(), value * L.SCALES[scale.group("s").lower()], None)
            elif m.group("half").lower() == "half":
                add(m.start(), m.end(), 0.5, "fraction")
            continue
        num = m.group("num").lower()
        n = _small_value(num)
        den_word = m.group("den").lower()
        den = L.FRACTION_DENOMINATORS[den_word]
        plural = den_word.endswith("s") and den_word != "halves" or den_word == "halves"
        if n and (n < den or plural and n > 1) and not re.match(r"^\s+(?:of\s+the\s+way|time|place)", text[m.end():m.end() + 20]):
            # "the third" is an ordinal; "a third" and "two-thirds" are fractions
            if num.isdigit():
                continue
            end, value, unit = m.end(), n / den, "fraction"
            if scale:  # "two thirds of a million", "a quarter million", "three quarters billion"
                end, value, unit = m.end() + scale.end(), value * L.SCALES[scale.group("s").lower()], None
            drop_inside(m.start(), end)
            add(m.start(), end, value, unit)
    for m in VULGAR.finditer(text):
        value = L.VULGAR_FRACTIONS[m.group("f")] + (float(m.group("whole")) if m.group("whole") else 0.0)
        drop_inside(m.start(), m.end())
        add(m.start(), m.end(), value, "fraction" if not m.group("whole") else None)
