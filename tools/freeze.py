"""Freeze the checker's JSON reports, to restructure code with its outputs held identical.

    python tools/freeze.py /tmp/frozen            # write a report per article
    python tools/freeze.py /tmp/after --compare /tmp/frozen   # write again, list every article that changed

Articles: `examples/`, and from ../shared the seeds, the development set and the blind check set, each
read as `factcheck check` reads it (the shared sets as their scorers hand them over: the body, with the
date of their header). The reports of ../shared articles stay outside the repository, like the texts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _inputs():
    """(name, path to read, date) for every article; shared bodies are written to a temporary file."""
    for path in sorted((ROOT / "examples").iterdir()):
        if path.is_file():
            yield f"examples/{path.name}", path, None
    for folder in ("seeds",):
        for path in sorted((SHARED / folder).glob("*.txt")):
            yield f"{folder}/{path.name}", path, None
    for corpus in ("dev", "check"):
        for path in sorted((SHARED / corpus / "corpus").glob("*.txt")):
            head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
            meta = dict((k.strip(), v.strip()) for k, _, v in (line.partition(":") for line in head.split("\n")))
            yield f"{corpus}/{path.name}", body, meta.get("date") or None


def freeze(out: Path) -> None:
    from factcheck.ingest import read_document
    from factcheck.pipeline import Checker
    from factcheck.report.render import render

    checker = Checker.load()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, source, date in _inputs():
            if isinstance(source, str):  # a shared body, as the scorers hand it to the CLI
                path = Path(tmp) / "body.txt"
                path.write_text(source, encoding="utf-8")
            else:
                path = source
            doc = read_document(str(path), published=dt.date.fromisoformat(date) if date else None)
            doc = doc.model_copy(update={"source": name})  # not the temporary file's name
            target = out / (name.replace("/", "__") + ".json")
            target.write_text(render(checker.check(doc), "json"), encoding="utf-8")


def compare(new: Path, old: Path) -> int:
    changed = 0
    for path in sorted(old.glob("*.json")):
        other = new / path.name
        a = path.read_text(encoding="utf-8").splitlines()
        b = other.read_text(encoding="utf-8").splitlines() if other.exists() else []
        if a != b:
            changed += 1
            print(f"changed: {path.name}")
            if not path.name.startswith("check__"):  # the blind set's texts are never shown
                sys.stdout.writelines(line + "\n" for line in list(difflib.unified_diff(a, b, lineterm="", n=1))[:40])
    print(f"{changed} of {len(list(old.glob('*.json')))} reports changed")
    return 1 if changed else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="a folder written before: list every report that differs")
    args = ap.parse_args()
    freeze(args.out)
    if args.compare:
        sys.exit(compare(args.out, args.compare))


if __name__ == "__main__":
    main()
