"""Score the checker on ../shared's development and blind check sets in seconds, not minutes.

The shared scorers run `factcheck check` once per article (a cold start each). This loads the checker
once, writes every article's JSON report exactly as `factcheck check BODY [--date D] --format json`
would, and runs both scorers with a predict command that reads those reports back:

    python tools/score.py dev --fields -v     # while working: every wrong field and verdict
    python tools/score.py check               # the blind set: last lines only (never -v/--fields)
    python tools/score.py undated             # the dated dev articles with their dates withheld

Most articles of the blind set state no date; `undated` measures how far the checker's own dating
carries on articles whose date is known, by scoring them as if they stated none.

The closing note of a change still quotes the scorers run with the real CLI (the README's commands).
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _key(body: str, date: str) -> str:
    return hashlib.sha256(f"{date}\x00{body}".encode()).hexdigest()


def _articles(corpus: Path):
    """(body, date) per article, split from its header as the shared scorers split it."""
    for path in sorted((corpus / "corpus").glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict((k.strip(), v.strip()) for k, _, v in (line.partition(":") for line in head.split("\n")))
        yield body, meta.get("date") or ""


def undated_copy(into: Path) -> Path:
    """The dev articles that have a date, as a corpus of their own with the date withheld (from the
    header the scorers pass on and from the gold)."""
    import json

    dev = SHARED / "dev"
    for sub in ("corpus", "gold", "verdicts"):
        (into / sub).mkdir(parents=True)
    for path in sorted((dev / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not gold.pop("date", None):
            continue
        (into / "gold" / path.name).write_text(json.dumps(gold), encoding="utf-8")
        text = (dev / "corpus" / f"{path.stem}.txt").read_text(encoding="utf-8")
        head, _, body = text.partition("\n\n")
        head = "\n".join(line for line in head.split("\n") if not line.startswith("date:"))
        (into / "corpus" / f"{path.stem}.txt").write_text(f"{head}\n\n{body}", encoding="utf-8")
        (into / "verdicts" / path.name).write_bytes((dev / "verdicts" / path.name).read_bytes())
    return into


def predict(corpus: Path, cache: Path) -> None:
    """Every article's JSON report, as the CLI writes it, into `cache`."""
    import datetime as dt

    from factcheck.ingest import read_document
    from factcheck.pipeline import Checker
    from factcheck.report.render import render

    checker = Checker.load()
    with tempfile.TemporaryDirectory() as tmp:
        for body, date in _articles(corpus):
            path = Path(tmp) / "body.txt"
            path.write_text(body, encoding="utf-8")
            doc = read_document(str(path), published=dt.date.fromisoformat(date) if date else None)
            (cache / f"{_key(body, date)}.json").write_text(render(checker.check(doc), "json"), encoding="utf-8")


def cached(body_path: str, date: str) -> None:
    """The predict command: the report written for this body and date."""
    body = Path(body_path).read_text(encoding="utf-8")
    sys.stdout.write((Path(sys.argv[2]) / f"{_key(body, date)}.json").read_text(encoding="utf-8"))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--cached":
        cached(sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else "")
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", default=["dev", "check"], choices=["dev", "check", "undated"])
    ap.add_argument("--fields", action="store_true", help="dev only: list each wrong field")
    ap.add_argument("-v", action="store_true", help="dev only: list each verdict disagreement")
    args = ap.parse_args()
    for name in args.sets:
        with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as copy:
            corpus = undated_copy(Path(copy)) if name == "undated" else SHARED / name
            predict(corpus, Path(cache))
            cmd = f"{sys.executable} {__file__} --cached {cache} {{body}} {{date}}"
            blind = name == "check"  # scored, never read: no -v or --fields there
            extra = [] if blind else (["--fields"] if args.fields else []) + (["-v"] if args.v else [])
            for scorer in ("score.py", "score_verdicts.py"):
                print(f"== {name}: {scorer}", flush=True)
                out = subprocess.run([sys.executable, str(SHARED / "dev" / scorer), str(corpus), "--predict", cmd,
                                      *(extra if scorer == "score.py" else (["-v"] if args.v and not blind else []))],
                                     capture_output=True, text=True)
                lines = out.stdout.splitlines()
                print("\n".join(lines), flush=True)
                if out.returncode:
                    print(out.stderr[-2000:], file=sys.stderr)


if __name__ == "__main__":
    main()
