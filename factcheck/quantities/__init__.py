"""The quantity layer: `find_quantities(text)` finds every number written in a text."""

from factcheck.quantities.scanner import find_quantities

__all__ = ["find_quantities"]
