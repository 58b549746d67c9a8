"""factcheck: finds the numeric claims in a press release and reconciles them with official figures."""

__version__ = "0.1.0"

from factcheck.quantities import find_quantities  # noqa: E402

__all__ = ["__version__", "find_quantities"]
