"""A cache of the validated figures of each dataset, so a cold start does not parse and validate tens
of thousands of CSV rows again when nothing has changed.

Keyed by the data's hash: the bytes of every file the figures depend on (the dataset's figures.csv and
dataset.yaml, the gazetteer and the metric vocabulary) and of the code that reads them, with the
factcheck version. Any change gives another key, so a stale entry is never read; only a dataset that
loaded without a problem is cached (its problems are reported from the files themselves). The cache
lives in $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck;
FACTCHECK_NO_CACHE=1 turns it off. A cache that cannot be read or written is passed over: it only
ever saves time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path

from factcheck import __version__

_CODE = [Path(__file__).with_name(n) for n in ("store.py", "schema.py", "cache.py")]


def cache_dir() -> Path | None:
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    if os.environ.get("FACTCHECK_CACHE_DIR"):
        return Path(os.environ["FACTCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factcheck"


def data_key(files: list[Path]) -> str:
    h = hashlib.sha256(__version__.encode())
    for path in [*files, *_CODE]:
        h.update(str(path.name).encode() + b"\x00")
        h.update(path.read_bytes() if path.exists() else b"(none)")
    return h.hexdigest()[:24]


def cached(name: str, files: list[Path], build: Callable[[], tuple[object, list[str]]]) -> tuple[object, list[str]]:
    """`build()`'s (value, problems), from the cache when the files and code are those it was built
    from; a value built without problems is stored for next time (an older entry of `name` replaced)."""
    folder = cache_dir()
    try:
        entry = folder / f"{name}-{data_key(files)}.pickle" if folder else None
    except OSError:
        entry = None
    if entry is not None:
        try:
            value = pickle.loads(entry.read_bytes())
            if isinstance(value, list):
                return value, []
        except Exception:  # noqa: BLE001 - missing, damaged, or from other code: built again below
            pass
    value, problems = build()
    if entry is not None and not problems:
        _store(entry, name, value)
    return value, problems


def _store(entry: Path, name: str, value: object) -> None:
    tmp = None
    try:
        entry.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=f".{entry.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, entry)
        for old in entry.parent.glob(f"{name}-*.pickle"):
            if old != entry:
                old.unlink(missing_ok=True)
    except OSError:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
