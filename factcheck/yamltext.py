"""YAML read with libyaml's C parser when PyYAML was built with it (several times faster on the rules
and reference data read at every start), else PyYAML's own safe loader: the same documents either way."""

from __future__ import annotations

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    """Like `yaml.safe_load`: plain data only, never an object a document names."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python
