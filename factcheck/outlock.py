"""One batch at a time per output folder: a lock file holding the batch's process id. A second batch
into the same folder stops with the first one's pid; a lock left by a batch that died (its process is
gone) is taken over, with a message."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.errors import DataError

LOCK = ".factcheck.lock"
log = logging.getLogger(__name__)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive
    return True


@contextmanager
def output_lock(outdir: Path) -> Iterator[None]:
    """Hold `outdir` for this process while the block runs, or raise DataError naming its holder."""
    path = outdir / LOCK
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                pid = int(path.read_text(encoding="ascii").strip() or 0)
            except (OSError, ValueError, UnicodeDecodeError):
                pid = 0
            if pid and pid != os.getpid() and _alive(pid):
                raise DataError([f"{outdir}: another batch (pid {pid}) is writing its reports here; wait for it "
                                 f"to finish or choose another -o"]) from None
            log.warning("%s: taking over the lock of a batch that is no longer running (pid %s)", outdir, pid or "?")
            path.unlink(missing_ok=True)
            continue
        except OSError as e:
            raise DataError([f"{outdir}: cannot write reports there ({e.strerror})"]) from None
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(f"{os.getpid()}\n")
        break
    else:  # the stale lock was taken over by another batch between our two tries
        raise DataError([f"{outdir}: another batch has just started writing its reports here; choose another -o"])
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
