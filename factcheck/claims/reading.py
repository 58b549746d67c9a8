"""One number being read: what the resolvers have decided about it so far, in the order they run."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.claims.article import Sentence
from factcheck.models import Claim, How, Period, Quantity

#: The reason a number whose noun names no tracked series is not checkable (a later resolver may
#: still give it the metric of the number before it).
UNTRACKED = "not about a tracked official series"
DURATIONS = ("month", "year", "week", "day", "hour", "minute", "decade", "quarter")
# how each way of finding a place reads: named in the sentence (or too large for any force, or a
# national word) is its own; "the force", the article's own force or nation is the context
_PLACE_READ: dict[str, How] = {"size": "stated", "named": "stated", "cue": "stated", "target size": "stated",
                               "context": "context"}


@dataclass
class Reading:
    """The state of one number's reading; each resolver fills in its own fields."""

    id: str
    q: Quantity
    sent: Sentence
    text: str  # the whole article
    words: tuple[str | None, bool]  # the metric the words after the number name, and whether they decide it
    prev_start: int | None = None  # where the sentence before starts (None for the first)
    start: int = 0  # the claim's surface, which may take in its hedge, change or rate words
    end: int = 0
    change_words: str = ""
    change_after: bool = False  # "609 more": a change word after the number
    metric: str = "other"
    metric_read: How = "stated"
    kind: str = "count"
    unit: str | None = None
    reason: str | None = None
    direction: str = "none"
    share_of: str | None = None
    measure: str | None = None
    speaker: str | None = None
    geography: str | None = None
    found_by: str = "context"  # how the place was found: size, named, cue, target size, context
    as_of: str | None = None
    period_how: How = "stated"  # whether the date was read from the text, the reporting context, or guessed
    checkable: bool = False

    def __post_init__(self) -> None:
        self.start, self.end = self.q.start, self.q.end

    @property
    def before(self) -> str:
        """Up to 60 characters before the number, within its sentence."""
        return self.text[max(self.sent.start, self.q.start - 60):self.q.start]

    @property
    def after(self) -> str:
        """Up to 80 characters after the number, within its sentence."""
        return self.text[self.q.end:min(self.sent.end, self.q.end + 80)]

    def _place_read(self) -> How:
        """A place named or implied by size is the number's own; a target larger than any force's
        with no place named is the national programme's (the context); no place at all is a guess."""
        if self.found_by == "target size":
            return "stated" if self.geography else "context"
        return _PLACE_READ[self.found_by] if self.geography else "default"

    def claim(self) -> Claim:
        q = self.q
        return Claim(id=self.id, start=self.start, end=self.end, surface=self.text[self.start:self.end],
                     sentence=self.sent.text.strip(), sentence_start=self.sent.start, value=q.value,
                     value_high=q.value_high, unit=self.unit, hedge=q.hedge, bounds=q.bounds,
                     resolution=q.resolution, kind=self.kind, direction=self.direction, metric=self.metric,
                     measure=self.measure, geography=self.geography,
                     period=Period.parse(self.as_of, self.period_how) if self.as_of else None, speaker=self.speaker,
                     checkable=self.checkable, reason=self.reason, share_of=self.share_of,
                     metric_read=self.metric_read, place_read=self._place_read())
