"""Corpora larger than memory: one table written to a file batch by batch.

``explore figures PATH --out FILE.parquet`` never holds the corpus: worker processes (or
this one) read a batch of files, extract its rows and write them as a Parquet part of a
scratch folder beside FILE; only small summaries come back. Two passes over the files:

1. reading: each article is read, its problems listed, and the names it marks clearly as
   a person's collected (people.canonical_keys of them all: the names known corpus-wide);
2. meaning: each article read again and viewed with those names; its rows are written,
   speakers still as name keys, and its mentions come back to be counted into the people
   dictionary, in article order.

Last, part after part gets the speakers' display names (which only the whole corpus
settles) and is appended to one file as Parquet row groups (or CSV lines), renamed over
FILE when complete: an interrupted or failed run leaves FILE as it was. Memory holds a
batch per worker, the people dictionary and the names known; tables built across articles
(compare, audit, checks, regions, concepts) read the named figures back, never the texts.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from explore import engine, schemas
from explore.errors import CorpusError, ExploreError, ExploreWarning
from explore.folder import shown

if TYPE_CHECKING:
    from explore.corpus import Article, Corpus
    from explore.folder import Entry
    from explore.people import Person
    from explore.progress import Progress
    from explore.vocabulary import EventKey

ROWS = ("figures", "quotes", "statements", "paragraphs", "articles")  # written batch by batch
FROM_FIGURES = ("compare", "audit", "checks", "regions", "concepts")  # from the figures read back
SUMMARIES = ("people", "problems")  # small tables of per-article summaries
TABLES = ROWS + FROM_FIGURES + SUMMARIES
FORMATS = ("parquet", "csv")
WITH_RULES = {"checks": "check", "regions": "breakdown"}  # Corpus methods taking a rules file


@dataclass(frozen=True)
class Batch:
    """Some folder entries, in order, and where their rows go (a part of their own)."""

    index: int
    entries: list[Entry]

    def __len__(self) -> int:
        return len(self.entries)

    def part(self, folder: Path) -> Path:
        return folder / f"{self.index:08d}.parquet"


@dataclass
class Scan:
    """What pass 1 learns of one batch: no text, only what later steps need."""

    issues: list[tuple[str, str, str]] = field(default_factory=list)
    articles: pl.DataFrame | None = None  # rows of the articles table
    names: set[tuple[str, ...]] = field(default_factory=set)
    read: int = 0  # articles read


def scan_batch(batch: Batch, names: bool, paragraphs: Path | None) -> Scan:
    """Pass 1 over a batch (runs in a worker); its paragraphs, when asked for, are written
    as its part in the folder ``paragraphs``."""
    from explore.corpus import Corpus, _read_article, article_row, articles_table

    scan = Scan()
    read: list[Article] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # said again by the caller from the problems
        for entry in batch.entries:
            article = _read_article(entry, scan.issues)
            if article is not None:
                read.append(article)
    scan.read = len(read)
    rows = [article_row(a) for a in read]
    scan.articles = (
        articles_table(
            pl.DataFrame(rows, schema_overrides=schemas.schema("articles"), strict=False)
        )
        if rows
        else schemas.empty("articles")
    )
    if names:
        scan.names = engine.names_batch(read)
    if paragraphs is not None:
        corpus = Corpus(Path(), {a.doc_id: a for a in read}, jobs=1)
        corpus.paragraphs.write_parquet(batch.part(paragraphs))
    return scan


def meaning_batch(
    batch: Batch,
    known: frozenset[tuple[str, ...]],
    event: EventKey | None,
    table: str | None,
    parts: Path,
) -> engine.Mentions:
    """Pass 2 over a batch (runs in a worker): the files read again and viewed as
    engine.meaning_batch does; the rows of ``table`` written as the batch's part in the
    folder ``parts`` (speakers still as keys); the mentions returned."""
    from explore.corpus import _read_article

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pass 1 said them
        articles = [a for e in batch.entries if (a := _read_article(e, [])) is not None]
    found, frames = engine.meaning_batch(articles, known, event, () if table is None else (table,))
    if table is not None:
        frames[table].write_parquet(batch.part(parts))
    return found


def stream_table(
    table: str,
    path: str | Path,
    out: str | Path,
    *,
    fmt: str = "parquet",
    concepts: str | Path | None = None,
    rules: str | Path | None = None,
    jobs: int | None = None,
    progress: Callable[[str, int, int], Progress] | None = None,
) -> int:
    """Write one table of the folder at ``path`` to the file ``out``; return its rows.

    ``fmt``: parquet or csv. ``progress(label, articles, bytes)`` makes a progress bar
    for each pass (see explore.progress). Same rows, in the same order, as
    ``getattr(load_corpus(path), table)`` gives.
    """
    from explore.corpus import _entries
    from explore.vocabulary import event_key, find_event_file, prepare_event

    if table not in TABLES:
        raise ExploreError(f"table: expected one of {', '.join(TABLES)}; got {table!r}")
    if fmt not in FORMATS:
        raise ExploreError(f"format: streaming writes {' or '.join(FORMATS)}; got {fmt!r}")
    target = Path(out)
    if target.is_dir():
        raise ExploreError(f"{target}: is a folder; expected a file to write the {table} to")
    engine.check_jobs(jobs)
    folder = Path(path)
    entries = _entries(folder)
    concepts_file = Path(concepts) if concepts is not None else find_event_file(folder)
    event = event_key(concepts_file)
    prepare_event(event)  # a malformed file is named now; its forms built once, not per worker
    sizes = [engine.entry_size(e) for e in entries]
    workers = engine.workers_for(jobs, sum(sizes))
    cut = engine.batched(list(range(len(entries))), sizes, workers)
    batches = [Batch(n, [entries[i] for i in b]) for n, b in enumerate(cut)]
    weights = {b.index: sum(sizes[i] for i in c) for b, c in zip(batches, cut, strict=True)}
    articles = sum(e.doc_id is not None for e in entries)

    def bar(label: str) -> Progress | None:
        return progress(label, articles, sum(weights.values())) if progress else None

    run = _Run(table, folder, concepts_file, event, rules, batches, bar, weights)
    with engine.Workers(min(workers, len(batches))) as pool, _aside(target) as scratch:
        output = _Output(scratch / f"out.{fmt}", fmt)
        run.execute(pool, scratch, output)
        output.close(schemas.empty(table) if table in schemas.TABLES else None)
        os.replace(output.path, target)
        return output.rows


@dataclass
class _Run:
    """One streamed table: its passes, their parts, and what they leave for the end."""

    table: str
    folder: Path
    concepts_file: Path | None
    event: EventKey | None
    rules: str | Path | None
    batches: list[Batch]
    bar: Callable[[str], Progress | None]
    weights: dict[int, int]  # bytes of each batch
    issues: list[tuple[str, str, str]] = field(default_factory=list)
    articles: list[pl.DataFrame] = field(default_factory=list)  # kept for audit alone
    read: int = 0  # articles read

    def _map(self, pool: engine.Workers, label: str, func: Callable, *args: Any) -> Any:
        with _closing(self.bar(label)) as bar:
            weight = self._weight
            yield from pool.map(func, self.batches, *args, progress=bar, weight=weight)

    def _weight(self, batch: Batch) -> int:
        return self.weights[batch.index]

    def execute(self, pool: engine.Workers, scratch: Path, output: _Output) -> None:
        """The passes the table needs, its rows appended to ``output``."""
        needs_meaning = self.table not in ("paragraphs", "articles", "problems")
        parts = scratch / "rows"
        parts.mkdir()
        names: set[tuple[str, ...]] = set()
        paragraphs = parts if self.table == "paragraphs" else None
        for batch, scan in zip(
            self.batches,
            self._map(pool, "reading", scan_batch, needs_meaning, paragraphs),
            strict=True,
        ):
            self._said(scan.issues)
            names |= scan.names
            self.read += scan.read
            if paragraphs is not None:
                output.append(_taken(batch.part(parts)))
            elif self.table == "articles":
                output.append(scan.articles)
            elif self.table == "audit":
                self.articles.append(scan.articles)
        if not self.read:
            files = sum(e.doc_id is not None for batch in self.batches for e in batch.entries)
            raise CorpusError(
                f"{shown(self.folder)}: none of the {files} .txt files could be read: "
                + "; ".join(f"{Path(p).name}: {problem}" for p, problem, _ in self.issues)
            )
        if self.table == "problems":
            output.append(self._corpus().problems)
        elif needs_meaning:
            self._meaning(pool, engine.known_names([names]), parts, output)

    def _meaning(
        self,
        pool: engine.Workers,
        known: frozenset[tuple[str, ...]],
        parts: Path,
        output: _Output,
    ) -> None:
        wanted = {"quotes": "quotes", "statements": "statements", "people": None}
        table = wanted.get(self.table, "figures")
        people: dict[tuple[str, ...], Person] = {}
        label = table or "people"
        for found in self._map(pool, label, meaning_batch, known, self.event, table, parts):
            engine.add_all(people, found)
        if table is None:
            output.append(self._corpus(people=people).people)
            return
        schema = schemas.schema(table)
        kept: list[pl.DataFrame] = []  # the figures, when a table is built from them
        for batch in self.batches:
            raw = _taken(batch.part(parts))
            frame = _named_figures(raw, people) if table == "figures" else engine.named(raw, people)
            if self.table == table:
                output.append(frame.select(schema.names()).cast(dict(schema)))
            else:
                kept.append(frame)
        if self.table == table:
            return
        corpus = self._corpus(people=people)  # compare, audit, ...: from the figures
        figures = pl.concat(kept)
        corpus.__dict__["figures"] = figures.select(schema.names()).cast(dict(schema))
        corpus.__dict__["figure_senses"] = figures.select("doc_id", "start", "senses")
        if self.rules is not None and self.table in WITH_RULES:
            output.append(getattr(corpus, WITH_RULES[self.table])(self.rules))
        else:
            output.append(getattr(corpus, self.table))

    def _said(self, issues: list[tuple[str, str, str]]) -> None:
        """A batch's problems, listed and warned as load_corpus does."""
        for shown_path, problem, action in issues:
            self.issues.append((shown_path, problem, action))
            warnings.warn(f"{shown_path}: {problem} ({action})", ExploreWarning, stacklevel=2)

    def _corpus(self, people: dict | None = None) -> Corpus:
        """A corpus of summaries: no documents, the tables the streamed ones derive from."""
        from explore.corpus import Corpus, _Reading

        corpus = Corpus(self.folder, {}, self.issues, self.concepts_file, jobs=1)
        if people is not None:
            corpus.__dict__["_reading"] = _Reading(people, schemas.empty("figures"))
        if self.articles:
            corpus.__dict__["articles"] = pl.concat(self.articles)
        return corpus


def _taken(part: Path) -> pl.DataFrame:
    """A part read back and removed (it is in the output now, or about to be)."""
    frame = pl.read_parquet(part)
    part.unlink()
    return frame


def _named_figures(extracted: pl.DataFrame, people: dict) -> pl.DataFrame:
    """figures.named_figures, keeping senses for compare."""
    from explore.figures import named_figures

    return named_figures(extracted, people).with_columns(extracted["senses"])


class _Output:
    """The target's rows, appended batch by batch: Parquet row groups (pyarrow's writer,
    with the schema Polars writes, so that Enums read back as Enums) or CSV lines."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.path = path
        self.fmt = fmt
        self.rows = 0
        self._writer: Any = None
        self._csv: Any = None

    def append(self, frame: pl.DataFrame) -> None:
        if frame.is_empty() and self._started():  # the first frame alone sets the columns
            return
        self.rows += frame.height
        if self.fmt == "csv":
            from explore.export import flat

            first = self._csv is None
            if first:
                self._csv = self.path.open("wb")
            flat(frame).write_csv(self._csv, include_header=first)
            return
        import pyarrow.parquet as pq

        buffer = io.BytesIO()
        frame.write_parquet(buffer)
        table = pq.read_table(buffer)
        if self._writer is None:
            self._writer = pq.ParquetWriter(self.path, table.schema)
        self._writer.write_table(table)

    def _started(self) -> bool:
        return self._writer is not None or self._csv is not None

    def close(self, empty: pl.DataFrame | None) -> None:
        """Finish the file (with ``empty``'s columns when no row came)."""
        if not self._started() and empty is not None:
            self.append(empty)
        if self._writer is not None:
            self._writer.close()
        if self._csv is not None:
            self._csv.close()


@contextmanager
def _aside(target: Path) -> Iterator[Path]:
    """A scratch folder beside ``target`` (same file system: the rename is atomic),
    removed at the end, whatever happens."""
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        yield scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@contextmanager
def _closing(bar: Any) -> Iterator[Any]:
    try:
        yield bar
    finally:
        if bar is not None:
            bar.close()
