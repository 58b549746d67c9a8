"""The patterns the quantity scanner reads text with, built from the lexicon: numbers in digits and
words, scales, currencies, percentages, hedges, ranges, fractions, ranks and records, and the spans
that are not quantities (dates, times, codes, phone numbers, idioms)."""

from __future__ import annotations

import re

from factcheck.quantities import lexicon as L


def alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


NUMWORDS = alt([*L.UNITS_WORDS, *L.TENS_WORDS, *L.MULTIPLIER_WORDS, "dozen"])
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
WORDNUM = (rf"(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?"
            rf"(?:{NUMWORDS})(?:(?:\s+and\s+|[\s-]+)(?:{NUMWORDS}))*")
SMALL_NUMERATOR = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine)"
DENOMINATOR = alt(L.FRACTION_DENOMINATORS)
# a mixed number's fraction: "three and a half", "twenty and three fifths", "one million and a half"
HALF_SUFFIX = rf"(?:[\s-]+and[\s-]+(?P<fnum>{SMALL_NUMERATOR})[\s-]+(?P<fden>{DENOMINATOR})\b(?!\s+of\b))"
DIGIT_WORDS = alt([*L.UNITS_WORDS, *L.TENS_WORDS])
# spoken decimals: "two point two million", "nine point nought four", "1 point 1"
POINT = rf"(?P<point>\s+point(?:[\s-]+(?:{DIGIT_WORDS}|\d+)\b)+)"
SCALE = rf"(?:\s?(?:{alt([s for s in L.SCALES if len(s) > 2])})|(?:{alt([s for s in L.SCALES if len(s) <= 2])}))(?![A-Za-z])"
CURRENCY_BEFORE = r"(?:us\$|[£$€]|(?:usd|gbp|eur)(?=\s?\d))"
CORE = re.compile(
    rf"(?P<cur>{CURRENCY_BEFORE}\s?)?(?:(?P<digits>{DIGITS})|(?P<words>\b{WORDNUM}{HALF_SUFFIX}|\b{WORDNUM}\b))"
    rf"{POINT}?(?P<scale>{SCALE})?",
    re.I)
PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percents?\b|pc\b)|\s+percentage\s+points?\b|\s+percentage\b|\s+(?:points?|pts)\b",
                      re.I)
HEDGE_BEFORE = re.compile(rf"(?:^|(?<=[\s(“\"']))(?P<h>{alt(L.HEDGES)})\s+$", re.I)
POST_HEDGE = re.compile(rf"^\s*(?P<h>{alt(L.POST_HEDGES)})\b(?!\s+than\b)", re.I)
# "grand" is £1,000, but not in "a grand total", "grand jury"…
NOT_A_NOUN_AFTER = rf"(?!\s+(?:{alt(L.GRAND_COLLOCATIONS)})\b)"
CURRENCY_AFTER = re.compile(
    rf"^(?:\s?(?P<sym>us\$|[£$€])(?!\d)|\s*(?P<mil>{alt(L.MILLIONS_OF)})\b|\s*(?P<c>{alt(L.CURRENCY_WORDS)})\b"
    rf"|\s+(?P<grand>grand)\b{NOT_A_NOUN_AFTER})", re.I)
# "20 dollars 43 cents", "$20 and 43c", "3 GBP 1 pence": the minor unit joins the amount before it
MINOR_AFTER = re.compile(rf"^\s+(?:and\s+)?(?P<n>\d{{1,2}}|{WORDNUM})\s?(?P<minor>{alt(L.MINOR_UNITS)})\b", re.I)
# a currency written straight after the digits ("115USD", "48.5MGBP", "3.14US$")
GLUED_CURRENCY = re.compile(rf"(?:us\$|(?:{alt(L.MILLIONS_OF)}|usd|gbp|eur)\b)", re.I)
SCALE_AFTER = re.compile(rf"^(?P<s>{SCALE})", re.I)
RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|through|~)\s*", re.I)
ADDITIVE = re.compile(r"^\s+(?:and\s+)?$", re.I)
SCALE_WORD_END = re.compile(r"\b(?P<w>hundred|thousand|million|billion)$", re.I)
BETWEEN = re.compile(r"(?:^|\s)(?:between|from)\s+$", re.I)
TIME_UNIT = re.compile(r"^[\s-]+(?P<u>years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?)\b", re.I)

MONTH = alt(L.MONTHS)
SKIP = [
    re.compile(r"\b(?:https?://|www\.)\S+", re.I),  # URLs
    # (each of these starts only where its run of characters starts, and is bounded: linear in the text)
    re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"),  # e-mail addresses
    re.compile(r"(?<![\w./-])[\w./-]{1,200}\.(?:pdf|docx?|xlsx?|ods|csv|html?|jpe?g|png)\b", re.I),  # file names
    re.compile(r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.+Z-]+)?\b"),  # ISO dates and timestamps
    re.compile(r"\b(?:19|20)\d{2}\s*[/–-]\s*(?:(?:19|20)?\d{2})\b"),  # fiscal years, 2021/22, 2008-09
    re.compile(rf"(?<![\d.,])\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH})\b\.?(?:,?\s+(?:19|20)\d{{2}})?", re.I),
    re.compile(rf"\b(?:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d{{2}})?", re.I),
    re.compile(rf"\b(?:{MONTH})\.?,?\s+(?:19|20)\d{{2}}\b", re.I),
    re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"),  # 31/12/2021
    re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])", re.I),  # times
    re.compile(r"\b\d{1,2}:\d{2}\b"),
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\s+century\b", re.I),
    re.compile(r"\b[A-Za-z]+-\d+\b"),  # COVID-19, M-25
    re.compile(r"(?<!\w)\d{1,20}[A-Za-z]{0,20}_\w{1,50}|(?<!\w)\w{1,50}?_\d{1,20}\b"),  # codes with underscores
    re.compile(r"(?m)^\s*\(?\d{1,2}[.)]\s"),  # list labels "1." "2)"
    re.compile(r"\b\d{4,5}\s?\d{6}\b|\b0\d{2,4}\s\d{3,4}\s?\d{3,4}\b"),  # telephone numbers
    re.compile(rf"\b(?:{alt(L.IDIOMS)})\b", re.I),  # idioms: "half the job"
]
YEAR = re.compile(r"^(?:1[89]|20)\d{2}$")
# a change that is not a year ("by over 200", "from 1,380"), then "to": what follows is the level it
# reached ("has fallen by over 200 to 1899"), a number even when it looks like a year
LEVEL_REACHED = re.compile(r"\b(?:by|from)\s+(?:[a-z]+\s+){0,2}?(?!(?:1[89]|20)\d{2}\b)\d[\d,.]*"
                           r"(?:\s*(?:%|per\s?cent))?\s+to\s+$", re.I)
YEAR_CONTEXT_BEFORE = re.compile(
    rf"(?:\b(?:in|since|from|to|until|till|by|of|between|and|before|after|during|early|late|mid|spring|summer|autumn|"
    rf"winter|year|end|start|the|{MONTH})|[-–(/])\s*$", re.I)

FRACTION = re.compile(
    rf"\b(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine|\d+)(?:\s+-\s+|[\s-]+)(?P<den>{DENOMINATOR})\b"
    rf"|\b(?P<half>half|quarter)\b", re.I)
# "half a million", "a quarter million", "two thirds of a million", "half a dozen"
OF_SCALE = re.compile(r"^[\s-]+(?:of\s+)?(?:a\s+)?(?P<s>hundred|thousand|million|billion|trillion|dozen)\b", re.I)
VULGAR = re.compile(rf"(?:(?<!\d)(?P<whole>\d{{1,9}}))?(?P<f>[{''.join(L.VULGAR_FRACTIONS)}])")
ONE_UNIT = re.compile(r"\b(?:a|an)\s+(?:(?P<c>dollar|euro|penny)\b(?!\s+(?:of|coins?|bills?|notes?|signs?|stores?|shops?))"
                       r"|(?P<grand>grand)\b" + NOT_A_NOUN_AFTER + ")", re.I)
ONE_IN = re.compile(
    rf"\b(?P<a>{NUMWORDS}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{NUMWORDS}|\d+)\b(?!\s*(?:%|per))", re.I)
MULTIPLE = re.compile(rf"\b(?P<m>{alt(L.MULTIPLES)})\b", re.I)
RANK = re.compile(
    rf"\b(?P<ord>{alt(L.ORDINALS)}|\d+(?:st|nd|rd|th))[\s-]+(?P<sup>{alt(L.SUPERLATIVES)})\b", re.I)
RECORD = re.compile(
    r"\b(?:(?:an?|the)\s+)?(?:all[- ]time\s+(?:high|low)|record\s+(?:high|low|level|numbers?)"
    r"|(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]year\s+(?:high|low)\b"
    r"|(?:highest|lowest|biggest|largest|smallest)\s+(?:level\s+|number\s+|figure\s+)?"
    r"(?:since\s+(?:(?:19|20)\d{2}|records\s+began)|(?:in|for)\s+(?:a|an?\s+|over\s+a\s+)?(?:decade|generation|\w+\s+years?)|on\s+record|ever))",
    re.I)
