"""Files worth keeping between runs: things that take long to build and never change for a
given version of what builds them (the Vega bundle, the given-name answers).

They live in the user's cache folder (``$XDG_CACHE_HOME/explore``, else
``~/.cache/explore``), named with that version; each is written aside and renamed, so that
a reader never sees half a file (``write_aside``, which the report uses too); a folder
that cannot be written only costs the time.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path


def cache_dir() -> Path:
    """The folder of explore's cached files."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "explore"


def read_cached(name: str) -> bytes | None:
    """A cached file's bytes, or None when it is not there (or cannot be read)."""
    try:
        return (cache_dir() / name).read_bytes()
    except OSError:
        return None


def write_cached(name: str, data: bytes) -> None:
    """Keep ``data`` as a cached file (written aside, then renamed into place)."""
    path = cache_dir() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_aside(path, data)
    except OSError:  # a read-only home: build it again next time
        pass


def write_aside(path: Path, data: bytes) -> None:
    """Write a file so that no reader ever sees half of it: beside it first (a name of
    this process and thread), then renamed over it."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    partial.write_bytes(data)
    os.replace(partial, path)
