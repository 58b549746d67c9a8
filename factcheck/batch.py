"""A batch run: every article below a folder checked in parallel, streamed to results.jsonl as each
finishes, resumable, and never stopped by one bad file.

The per-article work (`check_articles`) needs nothing but its arguments — the file's bytes and the
run's options — so the same function runs in this process, in a local process pool, or on a Dask
cluster whose workers share no filesystem with us. This process reads the inputs and writes every
output; workers only compute.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import DataError
from factcheck.ingest import DEFAULT_MAX_BYTES, parse_document, read_bytes
from factcheck.inputs import discover, page_name, shown
from factcheck.limits import DEFAULT_TIME_LIMIT, OverTime
from factcheck.outlock import output_lock

RESULTS = "results.jsonl"
#: Articles sent to a worker at once: enough for spaCy's `nlp.pipe` to batch, few enough to balance.
CHUNK = 8


@dataclass(frozen=True)
class Options:
    """What a worker needs to build its checker; plain values, so it pickles to any worker."""

    reference_data: str
    rules: str
    official_only: bool = False
    time_limit: float | None = DEFAULT_TIME_LIMIT  # seconds an article may take (None: no limit)
    reviews: tuple = ()  # a reviewer's decisions (factcheck.reviews.Review), applied to every report


@dataclass(frozen=True)
class Article:
    """One input sent to a worker: its bytes travel with it."""

    source: str
    data: bytes
    suffix: str
    page: str


_CHECKERS: dict[Options, object] = {}


def checker_for(options: Options):
    """One Checker (one model load) per worker process, reused for every chunk it is given."""
    if options not in _CHECKERS:
        from factcheck.pipeline import Checker

        _CHECKERS[options] = Checker.load(options.reference_data, options.rules, official_only=options.official_only)
    return _CHECKERS[options]


def remember_checker(options: Options, checker) -> None:
    """Use an already loaded checker for these options in this process."""
    _CHECKERS[options] = checker


def check_articles(articles: list[Article], options: Options) -> list[dict]:
    """The per-article function: for each article, its JSON result and HTML page, or the one-line reason
    it could not be checked. Runs anywhere; raises nothing for a bad article."""
    from factcheck.report.render import render_html, to_json
    from factcheck.reviews import apply_reviews

    checker = checker_for(options)
    out: list[dict | None] = [None] * len(articles)
    docs = []
    for i, a in enumerate(articles):
        try:
            docs.append((i, parse_document(a.source, a.data, a.suffix)))
        except DataError as e:
            out[i] = {"source": a.source, "error": e.one_line()}
        except Exception as e:  # noqa: BLE001 - a file no reader expected must not stop the batch
            out[i] = {"source": a.source, "error": f"{a.source}: cannot read ({type(e).__name__}: {e})"}
    for i, report in checker.check_many([d for _, d in docs], time_limit=options.time_limit):
        a = articles[docs[i][0]]
        if isinstance(report, (DataError, OverTime)):
            out[docs[i][0]] = {"source": a.source, "error": report.one_line() if isinstance(report, DataError)
                               else f"{a.source}: {report}"}
            continue
        if isinstance(report, Exception):
            out[docs[i][0]] = {"source": a.source, "error": f"{a.source}: internal error ({type(report).__name__}: "
                                                            f"{report}); please report it"}
            continue
        if options.reviews:
            report = apply_reviews(report, list(options.reviews))
        result = to_json(report)
        result["page"] = a.page
        out[docs[i][0]] = {"source": a.source, "result": result, "html": render_html(report)}
    return [o for o in out if o is not None]


def read_results(path: Path) -> list[dict]:
    """The complete lines of an earlier run's results.jsonl (an interrupted write leaves at most a
    partial last line, which is dropped and its article checked again)."""
    if not path.is_file():
        return []
    out = []
    # a line cut inside a multibyte character is undecodable: it is not done, and the others still are
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                result = json.loads(line)
            except (json.JSONDecodeError, RecursionError):
                continue
            if _complete(result):
                out.append(result)
    return out


def _complete(result) -> bool:
    """A line an earlier run wrote whole: every key the index and the resume read, of the right type."""
    if not isinstance(result, dict):
        return False
    doc, summary, claims, dating = (result.get(k) for k in ("document", "summary", "claims", "dating"))
    return (isinstance(doc, dict) and isinstance(doc.get("sha256"), str) and isinstance(doc.get("source"), str)
            and isinstance(result.get("page"), str) and bool(re.fullmatch(r"[A-Za-z0-9._-]+\.html", result["page"]))
            and isinstance(summary, dict) and all(isinstance(v, int) for v in summary.values())
            and (dating is None or (isinstance(dating, dict) and "earliest" in dating))
            and isinstance(claims, list) and all(isinstance(c, dict) and (c.get("verdict") is None or (
                isinstance(c["verdict"], dict) and isinstance(c["verdict"].get("label"), str))) for c in claims))


# --- running --------------------------------------------------------------------------------------

class Runner:
    """Where chunks of articles are checked. `run` yields each chunk's results as it completes,
    keeping at most `window` chunks in flight so memory stays flat over any number of articles."""

    window = 2

    def run(self, chunks: Iterable[list[Article]], options: Options) -> Iterator[list[dict]]:
        for chunk in chunks:
            yield check_articles(chunk, options)

    def close(self) -> None:
        pass

    def abort(self) -> None:
        """Stop at once (the batch was interrupted or failed): nothing left running."""
        self.close()


def _outcome(future, chunk: list[Article]) -> list[dict]:
    """A chunk's results; if its worker died (killed, out of memory), each of its articles is reported
    as not checked, and the batch goes on."""
    try:
        return future.result()
    except Exception as e:  # noqa: BLE001 - BrokenProcessPool, a Dask KilledWorker, …
        return lost(chunk, e)


def lost(chunk: list[Article], error: BaseException) -> list[dict]:
    """Each article of a chunk whose worker died, reported as not checked."""
    return [{"source": a.source, "error": f"{a.source}: the worker checking it stopped "
                                          f"({type(error).__name__}); not checked"} for a in chunk]


@dataclass
class Outcome:
    rows: list[dict]
    failures: list[dict]
    duplicates: list[dict]
    ignored: int
    resumed: int
    checked: int
    seconds: float

    @property
    def worst_labels(self) -> set[str]:
        return {r["worst"] for r in self.rows if r["worst"]}


def _row(result: dict) -> dict:
    """An article's line in the index, from its results.jsonl line (so a resumed run indexes old ones too)."""
    from factcheck.report.render import worst_of

    doc, dating = result["document"], result.get("dating")
    # an undated article shows the earliest day it was taken to have appeared
    published = doc.get("published") or (f"≥ {dating['earliest']}" if dating else None)
    first = (result.get("look_first") or [None])[0]  # absent from the results of an older version
    worst = worst_of(c["verdict"]["label"] for c in result["claims"] if c.get("verdict"))
    return {"title": doc.get("title") or doc["source"], "published": published, "source": doc["source"],
            "page": result["page"], "summary": result["summary"], "worst": worst,
            "worst_claim": first if first and first["label"] == worst else None,
            "stale_reviews": result.get("stale_reviews") or []}


def by_severity(row: dict) -> tuple:
    """The index's order: the worst verdict first, then the article with more claims of it, then by name."""
    from factcheck.models import LABEL_SEVERITY

    worst = row["worst"]
    return (-LABEL_SEVERITY.get(worst, -1) if worst else 1, -row["summary"].get(worst, 0) if worst else 0,
            row["source"])


def _chunks(items: Iterable[Article], size: int = CHUNK) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for a in items:
        chunk.append(a)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _articles(files: list[Path], folder: Path, max_bytes: int, done_hashes: set[str], used: set[str],
              failures: list[dict], duplicates: list[dict], counts: dict, report: Callable[[], None]) -> Iterator[Article]:
    """The articles to check, read as they are needed: an unreadable file is a failure, one already in
    the results (by its content's hash) is skipped, the same text reached twice is checked once."""
    seen: dict[str, str] = {}
    for path in files:
        try:
            data = read_bytes(path, max_bytes)
        except DataError as e:
            failures.append({"source": shown(path), "reason": e.one_line()})
            counts["errors"] += 1
            report()
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest in done_hashes:
            counts["resumed"] += 1
            report()
            continue
        if digest in seen:
            duplicates.append({"source": shown(path), "reason": f"{shown(path)}: the same text as {seen[digest]}; checked once"})
            report()
            continue
        seen[digest] = shown(path)
        yield Article(shown(path), data, path.suffix.lower(), page_name(path, folder, used))


def run_batch(folder: Path, outdir: Path, options: Options, runner: Runner, *, resume: bool = False,
              max_bytes: int = DEFAULT_MAX_BYTES,
              on_progress: Callable[[dict], None] | None = None) -> Outcome:
    """Check every article below `folder`, writing one page per article, results.jsonl and index.html
    to `outdir`, which no other batch writes meanwhile (`output_lock`). `on_progress` is called after
    every article with the running counts."""
    outdir.mkdir(parents=True, exist_ok=True)
    with output_lock(outdir):
        return _run_batch(folder, outdir, options, runner, resume, max_bytes, on_progress)


def _run_batch(folder: Path, outdir: Path, options: Options, runner: Runner, resume: bool, max_bytes: int,
               on_progress: Callable[[dict], None] | None) -> Outcome:
    from factcheck.report.render import render_index, write_atomic

    started = time.monotonic()
    inputs = discover(folder, exclude=outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    results_path = outdir / RESULTS
    earlier = read_results(results_path) if resume else []
    done_hashes = {r["document"]["sha256"] for r in earlier}
    # the complete lines are kept, a partial last line is not: rewrite, then append as articles finish
    write_atomic(results_path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in earlier))
    rows = [_row(r) for r in earlier]
    used = {r["page"] for r in earlier}
    failures = [s for s in inputs.skipped if not s.get("duplicate")]
    duplicates = [s for s in inputs.skipped if s.get("duplicate")]
    counts = {"total": len(inputs.files), "done": 0, "claims": 0, "errors": len(failures), "resumed": 0}

    def report(n: int = 1) -> None:
        counts["done"] += n
        if on_progress:
            on_progress(dict(counts))

    articles = _articles(inputs.files, folder, max_bytes, done_hashes, used, failures, duplicates, counts, report)
    checked = 0
    with results_path.open("a", encoding="utf-8") as results:
        try:
            for chunk_results in runner.run(_chunks(articles), options):
                for r in chunk_results:
                    if "error" not in r:
                        try:
                            write_atomic(outdir / r["result"]["page"], r["html"])
                        except DataError as e:  # a link or a folder in the page's place: this article only
                            r = {"source": r["source"], "error": e.one_line()}
                    if "error" in r:
                        failures.append({"source": r["source"], "reason": r["error"]})
                        counts["errors"] += 1
                    else:
                        results.write(json.dumps(r["result"], ensure_ascii=False) + "\n")
                        results.flush()
                        rows.append(_row(r["result"]))
                        counts["claims"] += r["result"]["summary"]["claims"]
                        checked += 1
                    report()
        except BaseException:
            runner.abort()  # interrupted (Ctrl-C, SIGTERM) or failed: the workers stop now, not after their chunks
            raise
        finally:
            runner.close()
            rows.sort(key=by_severity)
            failures.sort(key=lambda f: f["source"])
            write_atomic(outdir / "index.html", render_index(rows, failures, None, duplicates))
    return Outcome(rows, failures, duplicates, inputs.ignored, counts["resumed"], checked,
                   time.monotonic() - started)
