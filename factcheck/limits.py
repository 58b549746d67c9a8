"""A bound on the time one article may take, so that no input holds a run: past it, the article is
reported as not checked and the run goes on."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: The default limit (`--time-limit`): a press release takes a second or two; twenty is ample.
DEFAULT_TIME_LIMIT = 20.0


class OverTime(Exception):
    """An article took longer than the time limit."""

    def __init__(self, seconds: float):
        super().__init__(f"not checked within the time limit of {seconds:g} s (--time-limit)")


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise OverTime in the code inside after `seconds` of wall time. A timer signal, so only in a
    process's main thread (the CLI and local workers; a Dask worker's task threads run unbounded);
    None or 0 for no limit."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise OverTime(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
