"""The local pool of a batch: a worker that dies costs only the article that killed it, and workers never
outlive their batch (stopped with it, or gone on their own when it is killed). Small work functions stand
in for the checker so these run in seconds; the real pipeline runs in test_batch.py."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from factcheck.batch import Article, Options
from factcheck.pool import PoolRunner

OPTIONS = Options("unused", "unused")


def echo_or_die(articles: list[Article], options: Options) -> list[dict]:
    """Each article's source and the worker that saw it; an article saying "die" ends its worker."""
    time.sleep(0.05)
    if any(a.data == b"die" for a in articles):
        os._exit(1)
    return [{"source": a.source, "pid": os.getpid()} for a in articles]


def sleep_long(articles: list[Article], options: Options) -> list[dict]:
    time.sleep(60)
    return []


def _article(name: str, data: bytes = b"text") -> Article:
    return Article(name, data, ".txt", name + ".html")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not stat.exists() or stat.read_text().split(") ")[1][0] != "Z"


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().split(") ")[1].split()[1]) == pid:
                out.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return out


def test_a_dead_worker_costs_only_the_article_that_killed_it():
    chunks = [[_article(f"a{i}") for i in range(3)] + [_article("poison", b"die")],
              [_article(f"b{i}") for i in range(4)], [_article(f"c{i}") for i in range(4)]]
    runner = PoolRunner(2, work=echo_or_die)
    try:
        results = [r for chunk in runner.run(chunks, OPTIONS) for r in chunk]
    finally:
        runner.close()
    checked = sorted(r["source"] for r in results if "pid" in r)
    assert checked == sorted(a.source for c in chunks for a in c if a.source != "poison")
    assert [r for r in results if "error" in r] == [
        {"source": "poison", "error": "poison: the worker checking it stopped (BrokenProcessPool); not checked"}]


def test_abort_stops_workers_in_the_middle_of_their_work():
    runner = PoolRunner(2, work=sleep_long)
    futures = [runner._submit([_article(name)], OPTIONS) for name in "ab"]
    time.sleep(1)  # both workers are inside their minute-long chunk
    pids = [p.pid for p in runner.pool._processes.values()]
    started = time.monotonic()
    runner.abort()
    assert time.monotonic() - started < 10 and not any(_alive(p) for p in pids)
    assert all(f.done() for f in futures)


def test_workers_exit_when_their_batch_is_killed(tmp_path):
    script = textwrap.dedent(f"""
        import sys, time
        sys.path[:0] = {[str(Path(__file__).parent), *sys.path]!r}
        from test_pool import OPTIONS, PoolRunner, _article, sleep_long
        runner = PoolRunner(2, work=sleep_long)
        flying = runner.run([[_article("a")], [_article("b")]], OPTIONS)
        print(" ".join(str(p.pid) for p in runner.pool._processes.values()), flush=True)
        next(flying)
    """)
    batch = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(p) for p in batch.stdout.readline().split()]
        assert len(workers) == 2
        time.sleep(1)
        batch.send_signal(signal.SIGKILL)  # no handler, no teardown: the workers must notice themselves
        batch.wait(10)
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(p) for p in workers)
    finally:
        batch.kill()


def test_abort_after_close_is_harmless():
    runner = PoolRunner(1, work=echo_or_die)
    runner.close()
    runner.abort()
