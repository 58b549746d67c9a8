"""The rules engine: rule files (rules/*.yaml) applied to claims, giving verdicts with evidence."""
