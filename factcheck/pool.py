"""The local process pool of a batch: workers that load the model once, die with the batch, and whose
death costs only the article that caused it.

A worker can die (killed, out of memory, a crash in a compiled library) and take with it every chunk
in flight, its own and the other workers'. Those articles are not lost: they are run again one at a
time, alone in the pool, at the end of the batch, so an article that kills its worker alone is the
culprit and the only one reported as not checked.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable

from factcheck.batch import Article, Options, Runner, check_articles, lost

#: How often a worker looks for its parent (seconds).
PARENT_CHECK = 1.0


def _watch_parent(parent: int) -> None:
    """A worker whose batch is gone (killed, even with -9) exits instead of checking on for no one."""
    while True:
        time.sleep(PARENT_CHECK)
        if os.getppid() != parent:
            os._exit(1)


def _worker_start(parent: int, options: Options | None) -> None:
    """A worker's start: it follows its parent, leaves Ctrl-C to it (the parent stops the pool), and
    has its checker and model before the first article (a forked worker has them from its parent)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker has its parent's handler: it just ends
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if options is not None:
        from factcheck.batch import checker_for
        from factcheck.nlp import load_pipeline

        checker_for(options)
        load_pipeline()


def start_context():
    """How workers start. On Linux they are forked from this process once it has loaded the checker and
    the model (`preload`): they share its memory copy-on-write and start at once, instead of each
    importing spaCy and loading the model and 40,000 figures itself. Elsewhere (fork is unsafe on macOS)
    each is a clean interpreter that loads its own."""
    import multiprocessing
    import sys

    return multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")


def preload(options: Options, checker) -> None:
    """Before the pool forks: this process's checker and model become the workers' own."""
    from factcheck.batch import remember_checker
    from factcheck.nlp import load_pipeline

    remember_checker(options, checker)
    load_pipeline()


def _started() -> None:
    """A task that does nothing: submitting it starts a worker."""


class PoolRunner(Runner):
    """A local process pool: each worker loads the model once and keeps it. `work` is the per-chunk
    function (check_articles; any picklable function of the same shape)."""

    def __init__(self, jobs: int, options: Options | None = None,
                 work: Callable[[list[Article], Options], list[dict]] = check_articles):
        self.jobs, self.options, self.work = jobs, options, work
        self.pool = self._new_pool()
        self.window = 2 * jobs
        for _ in range(jobs):  # start every worker now (a pool starts them at its first task)
            self.pool.submit(_started)

    def _new_pool(self):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(self.jobs, mp_context=start_context(),
                                   initializer=_worker_start, initargs=(os.getpid(), self.options))

    def _submit(self, chunk: list[Article], options: Options):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(self.work, chunk, options)
        except BrokenProcessPool:  # a worker died: a new pool goes on
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new_pool()
            return self.pool.submit(self.work, chunk, options)

    def run(self, chunks, options):
        from concurrent.futures import FIRST_COMPLETED, wait

        pending: dict = {}
        suspects: list[Article] = []  # articles of chunks whose worker died, run again alone at the end

        def finished():
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                chunk = pending.pop(f)
                try:
                    yield f.result()
                except Exception:  # noqa: BLE001 - BrokenProcessPool: some worker died with this chunk in flight
                    suspects.extend(chunk)

        for chunk in chunks:
            pending[self._submit(chunk, options)] = chunk
            if len(pending) >= self.window:
                yield from finished()
        while pending:
            yield from finished()
        for article in suspects:
            yield self._alone(article, options)

    def _alone(self, article: Article, options: Options) -> list[dict]:
        """One article with nothing else in flight: if its worker dies now, the article is the cause."""
        try:
            return self._submit([article], options).result()
        except Exception as e:  # noqa: BLE001 - it killed its worker again: reported, the batch goes on
            return lost([article], e)

    def close(self):
        # wait for the workers to exit: left to the interpreter's exit, the pool's teardown can race with
        # its pipes and print a traceback (what is still queued is cancelled; a worker's chunk is bounded)
        self.pool.shutdown(wait=True, cancel_futures=True)

    def abort(self):
        # the executor has no public way to stop a running task: end its worker processes
        for process in list((getattr(self.pool, "_processes", None) or {}).values()):  # None once shut down
            process.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)
