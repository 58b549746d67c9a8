"""The claim stage: quantities in context become claims (metric, kind, place, date, speaker)."""

from factcheck.claims.extract import ClaimExtractor

__all__ = ["ClaimExtractor"]
