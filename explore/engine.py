"""Every core: batches of articles read for meaning in worker processes, results in order.

A corpus is cut into contiguous batches of about the same size; each batch goes to a
worker process and its results come back in the order of the batches, so that every table
has the same rows in the same order as one process gives. Workers are started with
``spawn``: they share nothing with this process (no forked Polars threads, no globals, no
working directory), receive what they read as arguments and return what they found.

Cross-article steps stay in this process and work from the workers' small per-article
summaries: the names an article marks clearly as a person's (pass 1), and the mentions
``people.add_mentions`` counts into the people dictionary (pass 2), replayed here in
article order so the dictionary is the one a single process builds.
"""

from __future__ import annotations

import multiprocessing
import os
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import polars as pl

from explore.errors import ExploreError

if TYPE_CHECKING:
    from explore.corpus import Article, _Reading
    from explore.folder import Entry
    from explore.people import Mention, Person
    from explore.progress import Progress
    from explore.vocabulary import EventKey

T = TypeVar("T")
R = TypeVar("R")

# Below this much text the workers' start (imports, lexicons: about a second of CPU each)
# costs more than they save, and one process reads the corpus (unless jobs= says otherwise).
MIN_PARALLEL_BYTES = 2_000_000
BATCH_BYTES = (200_000, 4_000_000)  # smallest and largest batch: big enough to pay its trip
BATCHES_PER_WORKER = 8  # more batches than workers, so a slow batch does not idle the rest
SPEAKER_SEP = "\x1f"  # joins a speaker key's words while the key waits for its name


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_jobs(jobs: object, name: str = "jobs") -> int | None:
    """``jobs`` as given (None: every core), or an ExploreError naming the parameter."""
    if jobs is None:
        return None
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ExploreError(
            f"{name}: expected a whole number of processes, 1 or more (or None for every "
            f"core); got {jobs!r}"
        )
    return jobs


def workers_for(jobs: int | None, total_bytes: int) -> int:
    """Processes to use: ``jobs`` when given, else every core for a corpus worth it."""
    if jobs is not None:
        return check_jobs(jobs) or 1
    return cores() if total_bytes >= MIN_PARALLEL_BYTES else 1


def batched(items: Sequence[T], sizes: Sequence[int], workers: int) -> list[list[T]]:
    """Contiguous batches of items, each of about the same number of bytes."""
    low, high = BATCH_BYTES
    total = sum(sizes)
    target = min(high, max(low, total // max(1, workers * BATCHES_PER_WORKER)))
    target = max(1, min(target, -(-total // max(1, workers))))  # a batch for every worker
    batches: list[list[T]] = []
    batch: list[T] = []
    size = 0
    for item, n in zip(items, sizes, strict=True):
        if batch and size + n > target:
            batches.append(batch)
            batch, size = [], 0
        batch.append(item)
        size += n
    if batch:
        batches.append(batch)
    return batches


class Workers:
    """Worker processes for batches of articles (``n == 1``: this process alone).

    Used as a context manager: the processes start on entry, and stop on exit; work still
    queued is cancelled when the block ends with an error (Ctrl-C too).
    """

    def __init__(self, n: int) -> None:
        self.n = max(1, n)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        if self.n > 1:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(self.n, mp_context=context)
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if self._pool is not None:
            if kind is not None:  # stopped: do not wait for the batches being read
                for process in list((getattr(self._pool, "_processes", None) or {}).values()):
                    process.terminate()
            self._pool.shutdown(wait=kind is None, cancel_futures=True)
            self._pool = None

    def map(
        self,
        func: Callable[..., R],
        batches: Iterable[Sequence[Any]],
        *args: Any,
        progress: Progress | None = None,
        weight: Callable[[Sequence[Any]], int] = len,
    ) -> Iterator[R]:
        """``func(batch, *args)`` of each batch, in the order of the batches.

        In the workers at most two batches per worker are in flight, so results waiting
        for an earlier batch never pile up; a worker's warnings are warned again here.
        ``progress`` advances by each batch's articles and ``weight`` (its bytes).
        """
        if self._pool is None:
            for batch in batches:
                result = func(batch, *args)
                if progress is not None:
                    progress.advance(len(batch), weight(batch))
                yield result
            return
        pending: deque[tuple[Sequence[Any], Future]] = deque()
        try:
            for batch in batches:
                pending.append((batch, self._pool.submit(_recording, func, batch, args)))
                if len(pending) >= 2 * self.n:
                    yield _collect(*pending.popleft(), progress, weight)
            while pending:
                yield _collect(*pending.popleft(), progress, weight)
        except BrokenProcessPool:
            raise ExploreError(
                "a worker process stopped before it finished its articles (killed, out of "
                "memory, or started from a script without `if __name__ == '__main__':`, "
                "which workers import as every Python multiprocessing program's do); "
                "jobs=1 reads in this process alone"
            ) from None
        finally:
            for _, future in pending:
                future.cancel()


def _collect(
    batch: Sequence[Any],
    future: Future,
    progress: Progress | None,
    weight: Callable[[Sequence[Any]], int],
) -> Any:
    result, caught = future.result()
    for category, message in caught:
        warnings.warn(message, category, stacklevel=2)
    if progress is not None:
        progress.advance(len(batch), weight(batch))
    return result


def _recording(
    func: Callable[..., R], batch: Sequence[Any], args: tuple
) -> tuple[R, list[tuple[type[Warning], str]]]:
    """Run in a worker: the result, and the warnings it gave (to be warned again)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = func(batch, *args)
    return result, [(w.category, str(w.message)) for w in caught]


# --- work done in the workers: one batch of articles in, small summaries out ------------


def read_batch(entries: Sequence[Entry]) -> list[tuple[Article | None, list]]:
    """Each folder entry read as an article (or None), with the problems it gave."""
    from explore.corpus import _read_article

    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # said again by the caller from the problems
        for entry in entries:
            issues: list[tuple[str, str, str]] = []
            out.append((_read_article(entry, issues), issues))
    return out


def names_batch(articles: Sequence[Article]) -> set[tuple[str, ...]]:
    """Pass 1: the name keys the articles mark clearly as a person's."""
    from explore.corpus import _view
    from explore.language import is_supported

    return {
        m.key
        for article in articles
        if is_supported(article.lang)
        for m in _view(article).own_names
        if m.key
    }


Mentions = list[tuple[str, "Sequence[Mention]", str]]  # (doc_id, mentions, lang) per article
MEANING = ("figures", "quotes", "statements")  # the tables read from an article's view


def meaning_batch(
    articles: Sequence[Article],
    known: frozenset[tuple[str, ...]],
    event: EventKey | None,
    tables: Sequence[str],
) -> tuple[Mentions, dict[str, pl.DataFrame]]:
    """Pass 2: each article's mentions (for the people dictionary) and the rows of the
    ``tables`` asked for, all from one view per article. Speakers are still name keys: in
    figures.EXTRACTED's speaker_key, and in quotes and statements their words joined by
    SPEAKER_SEP, until ``named`` gives them the name the whole corpus knows."""
    from explore.corpus import _chunk, _view, add_rows
    from explore.language import is_supported

    found: Mentions = []
    rows: dict[str, list[dict]] = {table: [] for table in tables}
    for article in articles:
        if not is_supported(article.lang):
            continue
        view = _view(article, known)
        found.append((article.doc_id, view.mentions, view.lang))
        add_rows(rows, article.doc_id, view, event)
    return found, {table: _chunk(table, table_rows) for table, table_rows in rows.items()}


def keyed(key: tuple[str, ...] | None) -> str | None:
    """A speaker key as one string (its words joined by SPEAKER_SEP) until ``named``."""
    return None if key is None else SPEAKER_SEP.join(key)


# --- cross-article steps, in this process -----------------------------------------------


def known_names(keys: Iterable[set[tuple[str, ...]]]) -> frozenset[tuple[str, ...]]:
    """The names known corpus-wide, from each batch's names_batch."""
    from explore.people import canonical_keys

    return frozenset(canonical_keys(set().union(*keys)))


def add_all(people: dict[tuple[str, ...], Person], found: Mentions) -> None:
    """Count a batch's mentions into the people dictionary, in article order."""
    from explore.people import add_mentions

    for doc_id, mentions, lang in found:
        add_mentions(people, doc_id, mentions, lang)


def named(frame: pl.DataFrame, people: dict[tuple[str, ...], Person]) -> pl.DataFrame:
    """Quotes or statements with each speaker key replaced by the name shown for it."""
    from explore.people import display_name

    keys = frame["speaker"].drop_nulls().unique().to_list()
    names = {key: display_name(people, tuple(key.split(SPEAKER_SEP))) for key in keys}
    return frame.with_columns(
        speaker=pl.col("speaker").replace_strict(names, default=None, return_dtype=pl.String)
    )


class Engine:
    """A corpus held in memory, read for meaning by several processes.

    A session keeps one set of workers for every pass a table needs (known names, then
    the reading, then quotes): each worker loads the lexicons once per session.
    """

    def __init__(self, articles: list[Article], workers: int) -> None:
        self.articles = articles
        self.workers = workers
        self._open: Workers | None = None

    @classmethod
    def over(cls, articles: list[Article], jobs: int | None) -> Engine | None:
        """The engine for these articles, or None when one process reads them."""
        workers = workers_for(jobs, sum(len(a.utf8) for a in articles))
        return cls(articles, workers) if workers > 1 and len(articles) > 1 else None

    def __getstate__(self) -> dict:  # a corpus is pickled for the report's kernels
        return {"articles": self.articles, "workers": self.workers, "_open": None}

    @contextmanager
    def session(self) -> Iterator[Workers]:
        """The workers of the session open now, or new ones for the block."""
        if self._open is not None:
            yield self._open
            return
        batches = len(batched(self.articles, self._sizes(), self.workers))
        with Workers(min(self.workers, batches)) as workers:
            self._open = workers
            try:
                yield workers
            finally:
                self._open = None

    def _sizes(self) -> list[int]:
        return [len(a.utf8) for a in self.articles]

    def _map(self, func: Callable[..., R], *args: Any) -> Iterator[R]:
        with self.session() as workers:
            yield from workers.map(func, batched(self.articles, self._sizes(), self.workers), *args)

    def known_names(self) -> frozenset[tuple[str, ...]]:
        """Corpus._known_names, the name keys of every batch put together."""
        return known_names(self._map(names_batch))

    def reading(
        self,
        known: frozenset[tuple[str, ...]],
        event: EventKey | None,
        extra: tuple[str, ...] = (),
    ) -> _Reading:
        """Corpus._read_meaning: the people dictionary, the figures and the ``extra``
        tables (quotes, statements), with speaker keys."""
        from explore.corpus import _Reading

        people: dict[tuple[str, ...], Person] = {}
        chunks: dict[str, list[pl.DataFrame]] = {table: [] for table in ("figures", *extra)}
        for found, tables in self._map(meaning_batch, known, event, tuple(chunks)):
            add_all(people, found)
            for table, part in tables.items():
                chunks[table].append(part)
        return _Reading.of(people, chunks)

    def rows(
        self, table: str, known: frozenset[tuple[str, ...]], people: dict[tuple[str, ...], Person]
    ) -> pl.DataFrame:
        """Corpus.quotes or Corpus.statements."""
        chunks = [tables[table] for _, tables in self._map(meaning_batch, known, None, (table,))]
        return named(pl.concat(chunks, rechunk=False), people)


def read_in_processes(
    entries: Sequence[Entry], workers: int
) -> Iterator[tuple[Article | None, list]]:
    """Each entry read as load_corpus reads it, by ``workers`` processes, in order."""
    batches = batched(entries, [entry_size(e) for e in entries], workers)
    with Workers(min(workers, len(batches))) as pool:
        for results in pool.map(read_batch, batches):
            yield from results


def entry_size(entry: Entry) -> int:
    """The bytes of an article's file (0 for an entry that is no article, or gone)."""
    try:
        return entry.path.stat().st_size if entry.doc_id is not None else 0
    except OSError:
        return 0
