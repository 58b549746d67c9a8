"""The project's speed benchmark: the same real articles through each way of reading them, in one run.

    python benchmarks/bench.py [--corpus DIR …] [--words 300000] [--naive-words 15000] [--memory-articles 0]

Prints articles/s and words/s for: the full batch with 1 job; en_core_web_sm's own `nlp.pipe` (all its
components) over the same texts; a naive pass (quantulum3 `parse` + dateparser `search_dates` over whole
texts); the batch with 2 jobs; the wall time of one cold `factcheck check` against a bare spaCy import and
model load; and a batch of 100 short articles with 1 and 2 jobs (start-up weighs most there). With
--memory-articles N it also runs a batch of N articles and reports the peak resident memory of the
whole process tree (the CLI and its workers, summed, sampled every 0.1 s with psutil).

The articles are the development set and seeds in ../shared by default (texts are not copied into the
repository). Each copy gets its own first line, so a batch checks every copy rather than skipping the
repeats as duplicates. Batch timings are of the real CLI (`factcheck batch … --no-progress`), model
loading included; the spaCy pipe includes its load too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_articles(dirs: list[Path]) -> list[str]:
    texts = []
    for d in dirs:
        for p in sorted(d.glob("*.txt")):
            texts.append(p.read_text(encoding="utf-8"))
    if not texts:
        sys.exit(f"bench: no .txt articles in {', '.join(map(str, dirs))}")
    return texts


def words(text: str) -> int:
    return len(text.split())


def replicate(texts: list[str], target_words: int) -> list[str]:
    """Copies of the articles, each with its own first line, until `target_words` words."""
    out, total, n = [], 0, 0
    while total < target_words:
        t = f"Copy {n}\n\n{texts[n % len(texts)]}"
        out.append(t)
        total += words(t)
        n += 1
    return out


def write_folder(texts: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, t in enumerate(texts):
        (folder / f"a{i:05d}.txt").write_text(t, encoding="utf-8")


def factcheck_cmd() -> list[str]:
    return [sys.executable, "-m", "factcheck"]


def time_batch(folder: Path, jobs: int, out: Path, peak: bool = False) -> tuple[float, float | None]:
    """Wall seconds of `factcheck batch`, and with `peak` its process tree's peak RSS in MB."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [*factcheck_cmd(), "batch", str(folder), "-o", str(out), "--jobs", str(jobs), "--no-progress",
           "--fail-on", "never"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    highest = [0.0]
    if peak:
        import psutil

        def sample():
            parent = psutil.Process(proc.pid)
            while proc.poll() is None:
                try:
                    tree = [parent, *parent.children(recursive=True)]
                    highest[0] = max(highest[0], sum(p.memory_info().rss for p in tree if p.is_running()) / 2**20)
                except psutil.Error:
                    pass
                time.sleep(0.1)

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: factcheck batch exited {proc.returncode}:\n{err}")
    return seconds, (highest[0] if peak else None)


def time_spacy_pipe(texts: list[str]) -> float:
    import spacy

    from factcheck.nlp import model_name

    start = time.perf_counter()
    nlp = spacy.load(model_name())  # every component, as shipped
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - start


def time_naive(texts: list[str]) -> float:
    """quantulum3 and dateparser over whole texts: the approach the extractor replaces."""
    import warnings

    from dateparser.search import search_dates
    from quantulum3 import parser

    warnings.filterwarnings("ignore")
    start = time.perf_counter()
    for t in texts:
        parser.parse(t)
        search_dates(t, languages=["en"])
    return time.perf_counter() - start


def time_cold_check(article: Path, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*factcheck_cmd(), "check", str(article), "--format", "json"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_bare_load(runs: int = 3) -> float:
    """Wall seconds of a fresh Python that only imports spaCy and loads the model (median of `runs`)."""
    code = "import spacy; from factcheck.nlp import model_name; spacy.load(model_name())"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def short_batch_ratio(base: list[str], tmp: Path, n: int = 100) -> tuple[float, float]:
    """Wall seconds of a batch of `n` short articles (the real ones, once each) with 1 and with 2 jobs:
    where start-up weighs most, so where forking the loaded workers shows."""
    folder = tmp / "short"
    write_folder([f"Copy {i}\n\n{base[i % len(base)]}" for i in range(n)], folder)
    return time_batch(folder, 1, tmp / "short1")[0], time_batch(folder, 2, tmp / "short2")[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, action="append",
                    help="folder of .txt articles (repeatable; default: ../shared/dev/corpus and ../shared/seeds)")
    ap.add_argument("--words", type=int, default=300_000, help="words per timed run (the articles repeated)")
    ap.add_argument("--naive-words", type=int, default=15_000, help="words for the (slow) naive pass")
    ap.add_argument("--memory-articles", type=int, default=0, help="also measure peak memory over N articles")
    args = ap.parse_args()
    dirs = args.corpus or [SHARED / "dev" / "corpus", SHARED / "seeds"]
    base = load_articles(dirs)
    texts = replicate(base, args.words)
    n_words = sum(map(words, texts))
    cores = os.cpu_count()
    print(f"machine: {cores} cores; articles: {len(base)} real ones from {', '.join(map(str, dirs))}, "
          f"repeated to {len(texts)} ({n_words:,} words)")

    def line(name: str, seconds: float, n_articles: int, n_w: int) -> float:
        rate = n_w / seconds
        print(f"  {name:<44} {seconds:7.1f} s  {n_articles / seconds:7.1f} articles/s  {rate:9,.0f} words/s")
        return rate

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        write_folder(texts, folder)
        one = line("factcheck batch --jobs 1", time_batch(folder, 1, Path(tmp) / "out1")[0], len(texts), n_words)
        pipe = line("en_core_web_sm nlp.pipe (all components)", time_spacy_pipe(texts), len(texts), n_words)
        naive_texts = replicate(base, args.naive_words)
        naive = line("naive: quantulum3 + dateparser, whole texts", time_naive(naive_texts), len(naive_texts),
                     sum(map(words, naive_texts)))
        two = line("factcheck batch --jobs 2", time_batch(folder, 2, Path(tmp) / "out2")[0], len(texts), n_words)
        cold = time_cold_check(folder / "a00000.txt")
        print(f"  {'cold factcheck check (one article, median of 3)':<44} {cold:7.2f} s")
        bare = time_bare_load()
        print(f"  {'bare spaCy import + model load (median of 3)':<44} {bare:7.2f} s")
        short1, short2 = short_batch_ratio(base, Path(tmp))
        print(f"  {'100 short articles, --jobs 1 / --jobs 2':<44} {short1:7.2f} s / {short2:.2f} s")
        print(f"batch 1 job / spaCy pipe: {one / pipe:.2f}x (target >= 1)   batch 1 job / naive: {one / naive:.1f}x "
              f"(target >= 4)   2 jobs / 1 job: {two / one:.2f}x (target >= 1.6)   cold check: {cold:.2f} s "
              f"(target < 2.5)")
        print(f"cold check / bare model load: {cold / bare:.2f}x (target <= 1.25)   100 short articles, 2 jobs / 1 job: "
              f"{short1 / short2:.2f}x (target >= 1.7)")
        if args.memory_articles:
            many = [f"Copy {i}\n\n{base[i % len(base)]}" for i in range(args.memory_articles)]
            big = Path(tmp) / "many"
            write_folder(many, big)
            seconds, peak = time_batch(big, 2, Path(tmp) / "out-many", peak=True)
            print(f"memory: {len(many):,} articles with --jobs 2 in {seconds:.0f} s; peak resident memory of the "
                  f"process tree {peak:.0f} MB (target < 600)")


if __name__ == "__main__":
    main()
