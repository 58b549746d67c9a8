"""The command line: thin click commands over the pipeline; data on stdout, diagnostics on stderr."""

from factcheck.cli import check, refs, review, rules  # noqa: F401  (each registers its commands on `main`)
from factcheck.cli.common import main

__all__ = ["main"]
