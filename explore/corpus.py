"""A folder of article text files, read once, exposed as Polars tables.

>>> corpus = load_corpus("seeds")
>>> corpus.articles.select("doc_id", "lang", "outlet")      # doctest: +SKIP

Each file is read exactly once, when the corpus loads; every table is computed on first use
and kept. A file that cannot be read is skipped with a warning that names it, and listed in
``corpus.problems``; everything that can be read still loads.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
import warnings
from array import array
from codecs import BOM_UTF8
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from explore import schemas
from explore.article import PROSE_KINDS, ArticleView
from explore.cache import write_aside
from explore.engine import Engine, check_jobs, entry_size, keyed, named, workers_for
from explore.errors import CorpusError, ExploreError, ExploreWarning
from explore.folder import ARTICLE_SUFFIX, Entry, scan, shown
from explore.language import detect_language, is_supported
from explore.lexicons import supported_languages
from explore.paragraphs import KINDS, Paragraph, source_url, split_paragraphs
from explore.people import Person, add_mentions, canonical_keys, display_name, speaker_kind
from explore.reading import UnreadableFileError, decode_article

if TYPE_CHECKING:
    from explore.checks import Rules
    from explore.vocabulary import EventKey

# the tables one pass over the articles can read together (Corpus.read)
MEANING_TABLES = ("figures", "quotes", "statements", "people")
SHARED_READING_ENV = "EXPLORE_CORPUS_CACHE"  # set by explore report in its kernels only
SHARED_READING_WAIT = 300  # seconds a kernel waits for the report's reading of the corpus


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: its text, and what was learnt from reading it.

    The text is kept as UTF-8 bytes and decoded on use: a Python string of text with one
    Vietnamese or Polish letter takes two bytes per character, UTF-8 about one.
    """

    doc_id: str
    path: str
    utf8: bytes
    n_chars: int
    encoding: str
    sha256: str
    lang: str | None
    layout: array  # start, end, kind (index in paragraphs.KINDS) of each paragraph
    source_url: str | None

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Paragraphs in reading order (kept packed: a corpus has hundreds of thousands)."""
        packed = self.layout
        return [
            Paragraph(packed[k], packed[k + 1], KINDS[packed[k + 2]])
            for k in range(0, len(packed), 3)
        ]

    @property
    def text(self) -> str:
        """The text every offset points into (decoded anew on each use)."""
        return self.utf8.decode("utf-8")


@dataclass
class Corpus:
    """Articles of one folder and the tables built from them."""

    path: Path
    documents: dict[str, Article]
    issues: list[tuple[str, str, str]] = field(default_factory=list)
    concepts_file: Path | None = None  # the event vocabulary (concepts.toml), if any
    jobs: int | None = None  # processes for the tables (None: every core when it pays)

    def text(self, doc_id: str) -> str:
        """The article text every offset points into."""
        try:
            return self.documents[doc_id].text
        except KeyError:
            raise KeyError(
                f"no article {doc_id!r} in {self.path}; have: {', '.join(self.documents)}"
            ) from None

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        return f"<Corpus {self.path} with {len(self)} articles>"

    @cached_property
    def articles(self) -> pl.DataFrame:
        """One row per article: language, outlet, family, size. See schemas.ARTICLES."""
        rows = [article_row(a) for a in self.documents.values()]
        if not rows:
            return schemas.empty("articles")
        return articles_table(
            pl.DataFrame(rows, schema_overrides=schemas.schema("articles"), strict=False)
        )

    @cached_property
    def paragraphs(self) -> pl.DataFrame:
        """One row per paragraph with its kind and offsets. See schemas.PARAGRAPHS."""
        columns: dict[str, list] = {name: [] for name in schemas.schema("paragraphs").names()}
        for a in self.documents.values():
            text = a.text
            for i, p in enumerate(a.paragraphs):
                columns["doc_id"].append(a.doc_id)
                columns["para"].append(i)
                columns["kind"].append(p.kind)
                columns["start"].append(p.start)
                columns["end"].append(p.end)
                columns["text"].append(text[p.start : p.end])
        return pl.DataFrame(columns, schema=schemas.schema("paragraphs"))

    # --- meaning: figures, quotes, statements, people --------------------------------------

    def _views(self) -> Iterator[tuple[str, ArticleView]]:
        """Each article in a supported language read for meaning, one at a time.

        Views are not kept: what they compute (sentences, mentions, statements) is several
        times the size of the text, and each table keeps only its own rows.
        """
        known = self._known_names
        for article in self.documents.values():
            if is_supported(article.lang):
                yield article.doc_id, _view(article, known)

    @cached_property
    def _engine(self) -> Engine | None:
        """The processes that read this corpus for meaning, or None: this one process."""
        return Engine.over(list(self.documents.values()), self.jobs)

    @cached_property
    def _known_names(self) -> frozenset[tuple[str, ...]]:
        """Names some article marks clearly as a person's (pass 1), known corpus-wide so a
        name clear in one article is recognised in the others."""
        if (engine := self._engine) is not None:
            return engine.known_names()
        return frozenset(
            canonical_keys(
                m.key
                for article in self.documents.values()
                if is_supported(article.lang)
                for m in _view(article).own_names
                if m.key
            )
        )

    @cached_property
    def _reading(self) -> _Reading:
        """People and figures in one pass: a figure's speaker comes from the same mentions
        the people table counts, so they are computed once for both."""
        return self._read_meaning(())

    def read(self, tables: Iterable[str] = MEANING_TABLES) -> Corpus:
        """Read the tables named (of figures, quotes, statements, people) in one pass
        over the articles instead of one pass each: each article's people, quotes and
        statements are then read once for all of them (``explore report`` asks for every
        table). Tables computed already are kept; returns the corpus.

        >>> corpus = load_corpus("seeds").read(["figures", "quotes"])  # doctest: +SKIP
        """
        wanted = set(tables)
        unknown = wanted - set(MEANING_TABLES)
        if unknown:
            raise ExploreError(
                f"tables: expected some of {', '.join(MEANING_TABLES)}; got "
                f"{', '.join(sorted(unknown))}"
            )
        if "_reading" in self.__dict__:
            return self  # figures and people are read: the others come in a pass of their own
        extra = tuple(t for t in ("quotes", "statements") if t in wanted and t not in self.__dict__)
        reading = self._read_meaning(extra)
        self.__dict__["_reading"] = reading
        for table in extra:
            self.__dict__[table] = named(reading.tables[table], reading.people)
        return self

    def _read_meaning(self, extra: tuple[str, ...]) -> _Reading:
        """One pass over the articles: the people, the figures and the ``extra`` tables
        (quotes, statements) with speakers still as keys. Rows become a table every few
        thousand, so they never pile up as Python objects."""
        from explore.vocabulary import event_key, prepare_event

        event = event_key(self.concepts_file)
        if (engine := self._engine) is not None:
            prepare_event(event)  # its forms built once here, not in every worker
            with engine.session():  # the known names, then the reading: one set of workers
                return engine.reading(self._known_names, event, extra)

        people: dict[tuple[str, ...], Person] = {}
        chunks: dict[str, list[pl.DataFrame]] = {table: [] for table in ("figures", *extra)}
        rows: dict[str, list[dict]] = {table: [] for table in chunks}
        for doc_id, view in self._views():
            add_mentions(people, doc_id, view.mentions, view.lang)
            add_rows(rows, doc_id, view, event)
            for table, found in rows.items():
                if len(found) >= _CHUNK_ROWS:
                    chunks[table].append(_chunk(table, found))
                    rows[table] = []
        for table, found in rows.items():
            chunks[table].append(_chunk(table, found))
        return _Reading.of(people, chunks)

    @property
    def _people(self) -> dict[tuple[str, ...], Person]:
        return self._reading.people

    def _name(self, key: tuple[str, ...] | None) -> str | None:
        return display_name(self._people, key)

    @cached_property
    def figures(self) -> pl.DataFrame:
        """One row per figure in article prose. See schemas.FIGURES."""
        from explore.figures import named_figures

        return named_figures(self._reading.figures, self._people)

    @cached_property
    def figure_senses(self) -> pl.DataFrame:
        """doc_id, start, senses: the words around each figure that tell what it counts
        ('noun:country=países', 'verb:sign=assinaram'); read by explore.compare."""
        return self._reading.figures.select("doc_id", "start", "senses")

    @cached_property
    def quotes(self) -> pl.DataFrame:
        """One row per quotation. See schemas.QUOTES."""
        if (engine := self._engine) is not None:
            with engine.session():
                return engine.rows("quotes", self._known_names, self._people)
        views = self._views()
        rows = [row for doc_id, view in views for row in quote_rows(doc_id, view, self._name)]
        return frame(rows, "quotes")

    @cached_property
    def statements(self) -> pl.DataFrame:
        """One row per reported statement. See schemas.STATEMENTS."""
        if (engine := self._engine) is not None:
            with engine.session():
                return engine.rows("statements", self._known_names, self._people)
        views = self._views()
        rows = [row for doc_id, view in views for row in statement_rows(doc_id, view, self._name)]
        return frame(rows, "statements")

    @cached_property
    def people(self) -> pl.DataFrame:
        """One row per person named. See schemas.PEOPLE."""
        return people_table(self._people)

    # --- comparison across articles ---------------------------------------------------

    @cached_property
    def compare(self) -> pl.DataFrame:
        """Each concept's value per article, verdict and meaning drift. See schemas.COMPARE."""
        from explore.compare import compare
        from explore.vocabulary import event_key, whole_concepts

        own = whole_concepts(event_key(self.concepts_file))  # an event's own: never split
        return compare(self.figures, self.figure_senses, whole=own)

    @cached_property
    def audit(self) -> pl.DataFrame:
        """What each translation lacks or tells otherwise than its siblings. See schemas.AUDIT."""
        from explore.compare import audit

        return audit(self.figures, self.articles)

    def check(self, rules: str | Path | None = None) -> pl.DataFrame:
        """Part-whole checks of a rules file (default: the [[rules]] of the corpus's event
        vocabulary; none: an empty table). See schemas.CHECKS."""
        from explore.checks import run_checks

        return run_checks(self.figures, self._rules(rules))

    @cached_property
    def checks(self) -> pl.DataFrame:
        """The corpus's part-whole checks. See schemas.CHECKS."""
        return self.check()

    def breakdown(self, rules: str | Path | None = None) -> pl.DataFrame:
        """The regional breakdown of a rules file's [regions] (default: the event
        vocabulary's; none: an empty table). See schemas.REGIONS."""
        from explore.checks import regions

        return regions(self.figures, self._rules(rules))

    @cached_property
    def regions(self) -> pl.DataFrame:
        """The regional breakdown as each article reports it, when the corpus's event
        vocabulary defines [regions]. See schemas.REGIONS."""
        return self.breakdown()

    @cached_property
    def rules(self) -> Rules:
        """The corpus's regions and part-whole rules: the [regions] and [[rules]] tables of
        its event vocabulary (none without one)."""
        return self._rules(None)

    @property
    def has_regions(self) -> bool:
        """Whether the corpus's vocabulary defines a regional breakdown ([regions])."""
        return bool(self.rules.regions)

    def _rules(self, rules: str | Path | None) -> Rules:
        from explore.checks import load_rules
        from explore.vocabulary import event_key

        return load_rules(rules, event_key(self.concepts_file))

    @cached_property
    def concepts(self) -> pl.DataFrame:
        """The counted nouns no vocabulary covers, per language: where an event vocabulary
        would start. See schemas.CONCEPTS and vocabulary.starter_file."""
        from explore.vocabulary import uncovered

        return uncovered(self.figures)

    @cached_property
    def problems(self) -> pl.DataFrame:
        """Files skipped or read with a guess, and why. See schemas.PROBLEMS."""
        return pl.DataFrame(self.issues, schema=schemas.schema("problems"), orient="row")


_CHUNK_ROWS = 2_000  # figure rows held as Python objects before they become a table


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one pass over the articles keeps: the people, and the figures found (and the
    quotes and statements, when Corpus.read asked for them in the same pass)."""

    people: dict[tuple[str, ...], Person]
    figures: pl.DataFrame  # figures.EXTRACTED: speakers still as name keys
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)  # speakers as keyed()

    @classmethod
    def of(cls, people: dict[tuple[str, ...], Person], chunks: dict[str, list[pl.DataFrame]]):
        """The reading of a pass that made its tables chunk by chunk (figures among them)."""
        frames = {table: pl.concat(parts, rechunk=False) for table, parts in chunks.items()}
        return cls(people, frames.pop("figures"), frames)


def add_rows(
    rows: dict[str, list[dict]], doc_id: str, view: ArticleView, event: EventKey | None
) -> None:
    """One article's rows of each table ``rows`` holds (figures, quotes, statements), with
    speakers still as keys (figures.EXTRACTED's speaker_key, engine.keyed)."""
    from explore.figures import extract_figures

    if "figures" in rows:
        rows["figures"].extend(extract_figures(view, doc_id, event))
    if "quotes" in rows:
        rows["quotes"].extend(quote_rows(doc_id, view, keyed))
    if "statements" in rows:
        rows["statements"].extend(statement_rows(doc_id, view, keyed))


def _chunk(table: str, rows: list[dict]) -> pl.DataFrame:
    """Rows of one pass as a table: figures as figures.EXTRACTED, the others by schema."""
    from explore.figures import extracted_frame

    return extracted_frame(rows) if table == "figures" else frame(rows, table)


def _view(article: Article, known: frozenset[tuple[str, ...]] | None = None) -> ArticleView:
    prose = [(i, p) for i, p in enumerate(article.paragraphs) if p.kind in PROSE_KINDS]
    return ArticleView(
        article.text,
        article.lang,
        [(p.start, p.end) for _, p in prose],
        known_names=known,
        para_ids=[i for i, _ in prose],
    )


def quote_rows(
    doc_id: str | None, view: ArticleView, name: Callable[[tuple[str, ...] | None], str | None]
) -> Iterator[dict]:
    """Rows of the quotes table for one article; ``name`` gives a speaker key's name."""
    for q in view.quotes:
        yield {
            "doc_id": doc_id,
            "lang": view.lang,
            "para": view.para_of(q.span.outer_start, q.span.outer_start + 1),
            "start": q.span.start,
            "end": q.span.end,
            "text": view.text[q.span.start : q.span.end],
            "kind": q.kind,
            "speaker": name(q.speaker),
            "speaker_kind": speaker_kind(q.speaker),
            "speaker_role": q.role,
            "cue": q.cue,
            "unclosed": q.span.unclosed,
        }


def statement_rows(
    doc_id: str | None, view: ArticleView, name: Callable[[tuple[str, ...] | None], str | None]
) -> Iterator[dict]:
    """Rows of the statements table for one article; ``name`` gives a speaker key's name."""
    for s in view.statements:
        yield {
            "doc_id": doc_id,
            "lang": view.lang,
            "para": view.para_of(s.start, s.start + 1),
            "start": s.start,
            "end": s.end,
            "speaker": name(s.speaker),
            "speaker_kind": speaker_kind(s.speaker),
            "cue": s.cue,
            "text": view.text[s.start : s.end],
        }


def frame(rows: list[dict], table: str) -> pl.DataFrame:
    """Rows as a table of the named schema (an empty one when there are no rows)."""
    schema = schemas.schema(table)
    if not rows:
        return schemas.empty(table)
    return pl.DataFrame(rows, schema=schema)


def people_table(people: dict[tuple[str, ...], Person]) -> pl.DataFrame:
    """The people table of a people dictionary (see people.add_mentions)."""
    rows = [
        {
            "name": p.name,
            "roles": list(p.roles),
            "surface_forms": sorted(p.forms),
            "docs": sorted(p.docs),
            "n_mentions": sum(p.forms.values()),
        }
        for p in people.values()
    ]
    return frame(rows, "people").sort("n_mentions", "name", descending=[True, False])


def article_row(a: Article) -> dict:
    """What the articles table says of one article (its text is not needed)."""
    return {
        "doc_id": a.doc_id,
        "path": a.path,
        "lang": a.lang,
        "source_url": a.source_url,
        "encoding": a.encoding,
        "n_chars": a.n_chars,
        "n_paragraphs": len(a.layout) // 3,
        "sha256": a.sha256,
    }


def articles_table(rows: pl.DataFrame) -> pl.DataFrame:
    """The articles table from article_row rows: outlet and family from the source URL."""
    url = pl.col("source_url").str.strip_chars()
    address = url.str.replace(r"^[A-Za-z][A-Za-z0-9+.-]*://", "").str.replace(r"#.*$", "")
    host = address.str.extract(r"^([^/?]+)").str.to_lowercase().str.replace(r"^www\.", "")
    path = address.str.replace(r"^[^/?]+", "").str.strip_chars_end("/")
    article_number = path.str.extract_all(r"\d+").list.last()
    last_segment = path.str.extract(r"([^/?]+)$")
    return (
        rows.with_columns(
            outlet=host,
            family=pl.when(url.is_null())
            .then(pl.col("doc_id"))
            .otherwise(
                pl.concat_str(host, pl.lit("-"), pl.coalesce(article_number, last_segment, host))
            ),
        )
        .select(schemas.schema("articles").names())
        .cast(dict(schemas.schema("articles")))
    )


def load_corpus(
    path: str | Path = "seeds", concepts: str | Path | None = None, jobs: int | None = None
) -> Corpus:
    """Read every ``*.txt`` file of a folder (any letter case, not its subfolders).

    ``concepts``: an event vocabulary file (see explore.vocabulary), tried before the
    generic one; by default the folder's own ``concepts.toml``, if it has one.
    ``jobs``: processes that read the articles and compute the tables (see explore.engine);
    by default every core once the corpus has a few megabytes of text, 1 for this process
    alone. Any number gives the same rows in the same order.

    Raises CorpusError when the folder is missing or holds no readable article; warns
    (ExploreWarning) for each file skipped or read with a guessed encoding or an
    unsupported language, and for each subfolder, broken link or document in another
    format that is not read (see explore.folder).
    """
    from explore.vocabulary import event_entries, event_key, find_event_file

    check_jobs(jobs)
    folder = Path(path)
    entries = _entries(folder)
    files = [e.path for e in entries if e.doc_id is not None]
    concepts_file = Path(concepts) if concepts is not None else find_event_file(folder)
    key = event_key(concepts_file)
    if key is not None:
        event_entries(key)  # a malformed file is named now, not at the first figure
    shared = _shared_reading(folder, files)
    if shared is not None and shared.concepts_file == concepts_file:
        return shared
    corpus = Corpus(folder, {}, concepts_file=concepts_file, jobs=jobs)
    workers = workers_for(jobs, sum(map(entry_size, entries)))
    read = _read_in_processes(entries, corpus.issues, workers) if workers > 1 else None
    for entry in entries:
        article = _read_article(entry, corpus.issues) if read is None else next(read)
        if article is not None:
            corpus.documents[article.doc_id] = article
    if not corpus.documents:
        raise CorpusError(
            f"{shown(folder)}: none of the {len(files)} .txt files could be read: "
            + "; ".join(f"{Path(p).name}: {problem}" for p, problem, _ in corpus.issues)
        )
    return corpus


def share_reading(corpus: Corpus, file: Path) -> None:
    """Save a corpus, with the tables it has computed, for the kernels of a batch run.

    ``explore report`` reads the corpus once and names this file in each kernel's
    ``EXPLORE_CORPUS_CACHE``; ``load_corpus`` there returns it while the folder still
    holds the same files (names, sizes, modification times), and reads afresh otherwise.
    While ``<file>.pending`` exists (the kernels start while the report still reads),
    ``load_corpus`` waits for the file.
    """
    key = _fingerprint(corpus.path, article_files(corpus.path))
    write_aside(file, pickle.dumps((key, corpus), protocol=pickle.HIGHEST_PROTOCOL))


def _shared_reading(folder: Path, files: list[Path]) -> Corpus | None:
    where = os.environ.get(SHARED_READING_ENV)
    if not where:
        return None
    shared = Path(where)
    pending = shared.with_suffix(".pending")  # the report is still reading: wait for it
    deadline = time.monotonic() + SHARED_READING_WAIT
    while pending.exists() and not shared.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        key, corpus = pickle.loads(shared.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    return corpus if key == _fingerprint(folder, files) else None


def _fingerprint(folder: Path, files: list[Path]) -> tuple:
    stats = tuple((f.name, st.st_size, st.st_mtime_ns) for f in files for st in [f.stat()])
    return (str(Path(folder).resolve()), stats)


def article_files(folder: Path) -> list[Path]:
    """The article files of a folder, sorted by name (see explore.folder).

    Raises CorpusError when the folder is missing, not a folder or holds no article.
    """
    return [e.path for e in _entries(folder) if e.doc_id is not None]


def doc_ids(folder: Path) -> list[str]:
    """The doc_id each article of a folder will have, in the order they are read."""
    return [e.doc_id for e in _entries(folder) if e.doc_id is not None]


def _entries(folder: Path) -> list[Entry]:
    if not folder.exists():
        raise CorpusError(f"{shown(folder)}: no such folder (expected a folder of .txt articles)")
    if not folder.is_dir():
        raise CorpusError(f"{shown(folder)}: not a folder (expected a folder of .txt articles)")
    entries = scan(folder)
    if not any(e.doc_id is not None for e in entries):
        skipped = "".join(f"; {Path(e.shown).name}: {e.problem}" for e in entries)
        raise CorpusError(
            f"{shown(folder)}: no articles (expected files named *{ARTICLE_SUFFIX}){skipped}"
        )
    return entries


def _read_in_processes(
    entries: list[Entry], issues: list[tuple[str, str, str]], workers: int
) -> Iterator[Article | None]:
    """The article of each entry, read by worker processes (explore.engine), in order;
    their problems listed and warned here, as _read_article does."""
    from explore.engine import read_in_processes

    for article, found in read_in_processes(entries, workers):
        for shown_path, problem, action in found:
            issues.append((shown_path, problem, action))
            warnings.warn(f"{shown_path}: {problem} ({action})", ExploreWarning, stacklevel=3)
        yield article


def _read_article(
    entry: Entry, issues: list[tuple[str, str, str]], data: bytes | None = None
) -> Article | None:
    """The article of one folder entry, or None; every problem is warned and listed.
    ``data``: the file's bytes when they were fetched already (from object storage)."""

    def report(problem: str, action: str) -> None:
        issues.append((entry.shown, problem, action))
        warnings.warn(f"{entry.shown}: {problem} ({action})", ExploreWarning, stacklevel=4)

    file = entry.path
    if entry.problem is not None or entry.doc_id is None:
        report(entry.problem or "not an article", "skipped")
        return None
    if entry.note:
        report(entry.note, "loaded")
    try:
        data = file.read_bytes() if data is None else data
    except OSError as err:
        report(f"cannot read the file: {err.strerror}", "skipped")
        return None
    try:
        decoded = decode_article(data)
    except UnreadableFileError as err:
        report(str(err), "skipped")
        return None
    if decoded.note:
        report(decoded.note, "loaded")
    text = decoded.text
    paragraphs = tuple(split_paragraphs(text))
    # detect from prose only: captions and headings help, file names and URLs do not
    prose = [text[p.start : p.end] for p in paragraphs[:12] if p.kind in PROSE_KINDS]
    lang, confidence = detect_language("\n".join(prose) or text)
    if lang is None:
        report(
            f"language not recognised (confidence {confidence:.2f}); expected one of "
            f"{', '.join(supported_languages())}",
            "loaded without figures or quotes",
        )
    elif not is_supported(lang):
        report(
            f"language {lang!r} is not supported; expected one of "
            f"{', '.join(supported_languages())}",
            "loaded without figures or quotes",
        )
    return Article(
        doc_id=entry.doc_id,
        path=entry.shown,
        utf8=data
        if decoded.encoding == "utf-8" and not data.startswith(BOM_UTF8)
        else text.encode("utf-8"),
        n_chars=len(text),
        encoding=decoded.encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        lang=lang,
        layout=array("q", [n for p in paragraphs for n in (p.start, p.end, KINDS.index(p.kind))]),
        source_url=source_url(text, list(paragraphs)),
    )
