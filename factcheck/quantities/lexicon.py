"""Words the quantity scanner knows: hedges, scales, number words, fractions, multiples, records."""

from __future__ import annotations

# Hedge phrases written before a number, as the hedge they mean; matched longest first.
HEDGES: dict[str, str] = {
    "just over": "over", "well over": "over", "a little over": "over", "slightly over": "over",
    "over": "over", "more than": "over", "in excess of": "over", "upwards of": "over",
    "above": "over", "greater than": "over", "exceeding": "over", "higher than": "over", "larger than": "over",
    "just under": "under", "just below": "under", "slightly under": "under", "under": "under",
    "fewer than": "under", "less than": "under", "below": "under", "lower than": "under", "smaller than": "under",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "at most": "at_most", "no more than": "at_most", "a maximum of": "at_most",
    "up to": "up_to",
    "almost": "almost", "nearly": "almost", "close to": "about", "approaching": "almost",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "the estimated": "about", "estimated": "about", "circa": "about",
    "approx.": "about", "approx": "about", "c.": "about",
}
# Hedges written after a number ("£6 million plus", "2,000 or more").
POST_HEDGES: dict[str, str] = {"plus": "over", "or more": "at_least", "or so": "about", "or fewer": "at_most",
                               "or less": "at_most", "and more": "at_least", "or greater": "at_least",
                               "or higher": "at_least", "or above": "at_least", "and above": "at_least",
                               "and over": "at_least", "or over": "at_least", "or below": "at_most",
                               "or under": "at_most", "or lower": "at_most"}

SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "hundred": 1e2, "bln": 1e9, "mln": 1e6, "tln": 1e12, "dozen": 12, "dozens": 12,
    "billions": 1e9, "millions": 1e6,  # only after a number: "three billions"
}
CURRENCY_SYMBOLS = {"£": "GBP", "$": "USD", "€": "EUR", "us$": "USD", "usd": "USD", "gbp": "GBP", "eur": "EUR"}
CURRENCY_WORDS = {"pounds": "GBP", "pound": "GBP", "sterling": "GBP", "pounds sterling": "GBP", "dollars": "USD",
                  "dollar": "USD", "us dollars": "USD", "us dollar": "USD", "euros": "EUR", "euro": "EUR",
                  "pence": "GBX", "penny": "GBX", "p": "GBX", "usd": "USD", "gbp": "GBP", "eur": "EUR"}
# Words after "grand" that make it an adjective, not £1,000.
GRAND_COLLOCATIONS = ["total", "totals", "jury", "scheme", "plan", "design", "tour", "opening", "finale", "master",
                      "national", "union", "old", "prix", "slam", "theft", "larceny", "hall", "hotel", "stand",
                      "piano", "scale", "gesture", "vision", "ambition", "idea", "ideas", "children", "child",
                      "daughter", "son", "parents", "father", "mother"]
# Idioms whose number is not a quantity ("only doing half the job", "once in a generation").
IDIOMS = ["half the job", "half the battle", "half the story", "half the time", "half the fun", "in half",
          "once in a generation", "once in a lifetime", "one of a kind", "one by one", "one or two",
          "at sixes and sevens", "second to none", "second nature", "first and foremost", "a million miles"]
# Minor units: the major currency and how many of them make one.
MINOR_UNITS = {"pence": ("GBP", 100), "p": ("GBP", 100), "penny": ("GBP", 100), "cents": ("USD", 100),
               "cent": ("USD", 100), "c": ("USD", 100)}
# Business shorthand for millions of a currency ("48.5 MGBP").
MILLIONS_OF = {"mgbp": "GBP", "musd": "USD", "meur": "EUR"}
# Vulgar fraction characters.
VULGAR_FRACTIONS = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
                    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}

UNITS_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90}
MULTIPLIER_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
COUNT_NOUNS = {"dozen": 12, "score": 20, "couple": 2, "pair": 2}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}
# Written fractions: the denominator word, singular and plural, as its value.
FRACTION_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                         "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                         "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
                         "tenth": 10, "tenths": 10}
# Multiples, as the factor they say and the direction they imply.
MULTIPLES = {"doubled": (2, "up"), "double": (2, "up"), "doubling": (2, "up"), "tripled": (3, "up"),
             "trebled": (3, "up"), "triple": (3, "up"), "treble": (3, "up"), "quadrupled": (4, "up"),
             "halved": (0.5, "down"), "halving": (0.5, "down")}
SUPERLATIVES = ["biggest", "largest", "highest", "lowest", "smallest", "worst", "best", "greatest",
                "fastest", "slowest", "most", "least"]

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec"]
# A word before a bare number that makes it something to dial, not a quantity.
PHONE_CUES = ["call", "calling", "dial", "dialling", "ring", "phone", "phoning", "text", "via", "on",
              "contact", "contacting", "using"]
PHONE_NUMBERS = {"101", "999", "111", "112", "105", "116 123", "0800"}
