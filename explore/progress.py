"""A progress bar for long runs: articles/s and MB/s, on a terminal only.

tqdm draws it (already installed with papermill; its bar redraws in place and keeps to
one line). The bar goes to standard error and is off when that is not a terminal, so a
log file or a pipe never fills with redraws.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO


class Progress:
    """One pass over a corpus: ``articles`` articles of ``nbytes`` bytes in all."""

    def __init__(
        self, label: str, articles: int, nbytes: int, stream: TextIO | None = None
    ) -> None:
        from tqdm import tqdm

        stream = sys.stderr if stream is None else stream
        self.enabled = _is_terminal(stream)
        self.articles = 0
        self._total_articles = articles
        self._start = time.monotonic()
        self._bar = tqdm(
            total=nbytes,
            desc=label,
            unit="B",
            unit_scale=True,
            unit_divisor=1000,
            file=stream,
            disable=not self.enabled,
            leave=True,
            ncols=_size(stream)[0],
            nrows=_size(stream)[1],
            mininterval=0.5,
        )

    def advance(self, articles: int, nbytes: int) -> None:
        """Count a batch done."""
        self.articles += articles
        if self.enabled:
            rate = self.articles / max(time.monotonic() - self._start, 1e-9)
            self._bar.set_postfix_str(
                f"{self.articles}/{self._total_articles} articles, {rate:,.0f} articles/s",
                refresh=False,
            )
        self._bar.update(nbytes)

    def close(self) -> None:
        """Leave the finished bar on its line."""
        self._bar.close()


def bars(stream: TextIO | None = None) -> Callable[[str, int, int], Progress]:
    """The progress factory explore.stream takes: one bar per pass, on ``stream``."""

    def make(label: str, articles: int, nbytes: int) -> Progress:
        return Progress(label, articles, nbytes, stream)

    return make


def _size(stream: TextIO) -> tuple[int, int]:
    """The terminal's columns and lines; 100 by 24 when it says 0 (a fresh
    pseudo-terminal), which makes tqdm draw nothing at all."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return 100, 24
    return size.columns or 100, size.lines or 24


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed, or no isatty at all
        return False
