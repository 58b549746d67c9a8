"""The one error type for bad input data: it carries every problem found, each with its place."""

from __future__ import annotations


class DataError(Exception):
    """Raised when rules, reference data or an input cannot be used; lists every problem at once."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))

    def one_line(self) -> str:
        """The first problem, with a count of the others, for a one-line CLI error."""
        more = len(self.problems) - 1
        return self.problems[0] + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")


def pydantic_problems(where: str, exc) -> list[str]:
    """Turn a pydantic ValidationError into lines such as `rules/x.yaml → compare → tolerance: …`."""
    lines = []
    for err in exc.errors():
        loc = " → ".join(str(p) for p in err["loc"])
        lines.append(f"{where} → {loc}: {err['msg']}" if loc else f"{where}: {err['msg']}")
    return lines
