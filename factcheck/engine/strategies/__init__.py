"""The registered strategies, one module per sort of check; importing the package registers them all."""

from factcheck.engine.strategies import article, changes, levels  # noqa: F401  (registration)
