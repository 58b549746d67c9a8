"""The articles of a folder: which files a batch reads, which it skips and why, and the names their
pages get. Only regular files whose real path lies inside the folder are read: a link out of it (to
another folder, /etc, /proc) or to a FIFO or a device is listed as skipped, with the reason, so a
folder unpacked from someone else's archive cannot publish a file the user can read, nor hang."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.ingest import SUFFIXES

#: The longest page name written (file systems allow 255 bytes): a longer one is cut and made unique.
MAX_PAGE_NAME = 150


@dataclass
class Inputs:
    files: list[Path] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)  # {"source", "reason"}: not checked, and why
    ignored: int = 0  # files of other types (images, spreadsheets): not inputs


def shown(path: Path | str) -> str:
    """A path as text that can be printed and written: a name that is not valid UTF-8 keeps its
    bytes as escapes (b'caf\\xe9.txt' → 'caf\\\\xe9.txt') instead of failing every write after it."""
    return os.fsencode(str(path)).decode("utf-8", errors="backslashreplace")


def discover(folder: Path, exclude: Path | None = None) -> Inputs:
    """The article files below `folder`, in a stable order. Symlinked folders are followed once and
    only inside `folder`: a link back into a folder already walked is a loop and is reported; a second
    path to the same file is the same input. `exclude` (the batch's own output folder) is never read."""
    found = Inputs()
    root = Path(os.path.realpath(folder))
    excluded = Path(os.path.realpath(exclude)) if exclude is not None else None
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: dict[tuple[int, int], Path] = {}

    def skip(p: Path, reason: str, **extra) -> None:
        found.skipped.append({"source": shown(p), "reason": f"{shown(p)}: {reason}", **extra})

    def walk(d: Path) -> None:
        try:
            st = d.stat()
            entries = sorted(os.scandir(d), key=lambda e: os.fsencode(e.name))
        except OSError as e:
            return skip(d, f"cannot read folder ({e.strerror})")
        if (st.st_dev, st.st_ino) in seen_dirs:
            return skip(d, "symlink loop (a link back to a folder already read); not followed")
        seen_dirs.add((st.st_dev, st.st_ino))
        folders = []
        for e in entries:
            p = Path(e.path)
            real = Path(os.path.realpath(p))
            if excluded is not None and real.is_relative_to(excluded):
                continue  # the batch's own reports are never its inputs
            try:
                is_dir = e.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if not real.is_relative_to(root):
                if is_dir or p.suffix.lower() in SUFFIXES:
                    skip(p, f"a link out of the folder (to {shown(real)}); not read")
                continue
            if is_dir:
                folders.append(p)  # a folder's own files first: they are the originals of any links below
                continue
            if p.suffix.lower() not in SUFFIXES:
                found.ignored += 1
                continue
            _file(p, found, seen_files, skip)
        for p in folders:
            walk(p)

    walk(folder)
    return found


def _file(p: Path, found: Inputs, seen_files: dict, skip) -> None:
    """A file below the folder: read once, and only when it is a regular file (a FIFO would hang the
    batch, a link to /dev/zero fill its memory)."""
    try:
        fst = p.stat()
    except OSError as err:
        return skip(p, f"cannot read ({err.strerror or 'broken link'})")
    if not stat.S_ISREG(fst.st_mode):
        return skip(p, "not a regular file (a FIFO, device or socket); not read")
    key = (fst.st_dev, fst.st_ino)
    if key in seen_files:
        return skip(p, f"the same file as {shown(seen_files[key])}; checked once", duplicate=True)
    seen_files[key] = p
    found.files.append(p)


def page_name(source: Path, root: Path, used: set[str]) -> str:
    """A safe, unique file name for an article's page, short enough for any file system."""
    rel = shown(source.relative_to(root)) if source.is_relative_to(root) else shown(source.name)
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", rel).strip("._") or "article"
    if len(base) > MAX_PAGE_NAME:
        base = base[:MAX_PAGE_NAME - 9] + "-" + hashlib.sha256(rel.encode("utf-8")).hexdigest()[:8]
    name, n = f"{base}.html", 1
    while name in used:
        n += 1
        name = f"{base}-{n}.html"
    used.add(name)
    return name
