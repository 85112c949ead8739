"""A cluster: the same extraction on Ray Data (``pip install 'explore[ray]'``).

``explore figures PATH --engine ray --out DIR`` runs the plan explore.stream runs on one
machine, with Ray tasks in place of worker processes:

1. names: each batch of files is read and the names its articles mark clearly as a
   person's come back to the driver (a few keys per article), which settles the names
   known corpus-wide (people.canonical_keys);
2. meaning: each batch is read again and viewed with those names; its rows (speakers as
   name keys) stay in the object store, its mentions (small) come back to the driver,
   which counts them into the people dictionary in article order;
3. names shown: the people dictionary goes to every task, which gives each speaker the
   name the whole corpus knows, and the rows are written as Parquet files into DIR.

The driver holds per-article summaries only, never a text. PATH is a local folder (every
node must see it: one machine, or a shared file system) or an object-storage URL that
pyarrow opens (``s3://bucket/articles/``, ``gs://...``); ``ray.init()`` joins the cluster
``RAY_ADDRESS`` names, else starts Ray on this machine. The rows equal the local
engine's; the files of DIR are not in article order (sort by doc_id and start).
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
import time
import warnings
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import polars as pl

from explore import engine, schemas
from explore.errors import CorpusError, ExploreError, ExploreWarning
from explore.folder import Entry, is_article_name

if TYPE_CHECKING:
    import pyarrow as pa

    from explore.corpus import Article
    from explore.vocabulary import EventKey

TABLES = ("figures", "quotes", "statements")
_ENTRY = ("order", "path", "shown", "doc_id", "note", "problem")  # an Entry as a row


def _ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError:
        raise ExploreError(
            "--engine ray: Ray is not installed; pip install 'explore[ray]' (or use --engine local)"
        ) from None
    return ray


def start(ray: Any, attempts: int = 3, **options: Any) -> None:
    """ray.init(**options): the cluster RAY_ADDRESS names, else a Ray on this machine. A
    busy machine can keep Ray's processes from registering within Ray's fixed 30 s; it is
    tried again, then named as an ExploreError."""
    for attempt in range(1, attempts + 1):
        try:
            ray.init(log_to_driver=False, **options)
            return
        except Exception as err:  # Ray raises a bare Exception when its node times out
            ray.shutdown()
            if attempt == attempts:
                raise ExploreError(
                    f"--engine ray: Ray did not start ({err}); is RAY_ADDRESS "
                    f"({os.environ.get('RAY_ADDRESS', 'not set')}) a running cluster?"
                ) from None


def write_table(
    table: str,
    path: str | Path,
    out: str | Path,
    *,
    concepts: str | Path | None = None,
    timings: dict[str, float] | None = None,
) -> int:
    """Write one table of the articles at ``path`` as Parquet files into the folder
    ``out``; return its rows. Joins the running Ray (ray.init() when there is none).
    ``timings``, when given, receives the seconds of each phase (for bench/)."""
    clock = _Clock(timings)
    from explore.vocabulary import event_key, find_event_file, prepare_event

    if table not in TABLES:
        raise ExploreError(f"table: expected one of {', '.join(TABLES)}; got {table!r}")
    ray = _ray()
    entries, sizes = _listing(str(path))
    if concepts is None and not _is_url(str(path)):
        concepts = find_event_file(Path(path))
    event = event_key(concepts)
    prepare_event(event)  # a malformed file is named now, not in a task; its forms built once
    if not ray.is_initialized():
        start(ray)
    clock.lap("start")
    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    blocks = len(engine.batched(entries, sizes, cpus))
    articles = ray.data.from_items(
        [_row(entry, i) for i, entry in enumerate(entries)], override_num_blocks=blocks
    )

    # phase 1: the names known corpus-wide, and each file's problems
    summary = sorted(
        articles.map_batches(_names_udf, batch_format="pyarrow", batch_size=None).take_all(),
        key=lambda r: r["order"],
    )
    for record in summary:
        for issue in pickle.loads(record["issues"]):
            warnings.warn("{}: {} ({})".format(*issue), ExploreWarning, stacklevel=2)
    if not any(record["read"] for record in summary):
        raise CorpusError(f"{path}: none of the {len(entries)} .txt files could be read")
    known = engine.known_names(pickle.loads(record["names"]) for record in summary)
    clock.lap("names")

    # phase 2: rows with speaker keys (kept in the object store), mentions to the driver
    meaning = articles.map_batches(
        _meaning_udf,
        batch_format="pyarrow",
        batch_size=None,
        fn_kwargs={"known": known, "event": event, "table": table},
    ).materialize()
    people: dict = {}
    found = meaning.select_columns(["first", "mentions"]).take_all()
    for record in sorted(found, key=lambda r: r["first"]):  # in article order
        engine.add_all(people, pickle.loads(record["mentions"]))
    clock.lap("meaning")

    # phase 3: every speaker's name as the whole corpus knows it; the rows written
    named = meaning.map_batches(
        _named_udf,
        batch_format="pyarrow",
        batch_size=None,
        fn_kwargs={"people": people, "table": table},
    )
    rows = _write(named, str(out), table)
    clock.lap("written")
    return rows


class _Clock:
    """Seconds of each phase, into a dict (or nowhere)."""

    def __init__(self, laps: dict[str, float] | None) -> None:
        self.laps = laps
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        if self.laps is not None:
            self.laps[name] = now - self.last
        self.last = now


def _is_url(path: str) -> bool:
    return "://" in path


def _listing(path: str) -> tuple[list[Entry], list[int]]:
    """The article entries at ``path`` (a folder as explore.folder scans it, or an
    object-storage prefix) and their sizes in bytes."""
    if not _is_url(path):
        from explore.corpus import _entries

        entries = _entries(Path(path))
        return entries, [engine.entry_size(e) for e in entries]
    from pyarrow import fs

    files, root = fs.FileSystem.from_uri(path)
    infos = sorted(
        (i for i in files.get_file_info(fs.FileSelector(root, recursive=False)) if i.is_file),
        key=lambda i: i.base_name,
    )
    scheme = path.split("://", 1)[0]
    taken: dict[str, str] = {}
    entries, sizes = [], []
    for info in infos:
        name = PurePosixPath(info.path)
        if info.base_name.startswith(".") or not is_article_name(Path(info.base_name)):
            continue
        doc_id = name.stem if name.stem not in taken else info.base_name
        taken[doc_id] = info.base_name
        url = f"{scheme}://{info.path}"
        entries.append(Entry(Path(info.path), url, doc_id=doc_id))
        sizes.append(info.size or 0)
    if not entries:
        raise CorpusError(f"{path}: no articles (expected files named *.txt)")
    return entries, sizes


def _row(entry: Entry, order: int) -> dict:
    return {
        "order": order,
        "path": os.fsencode(entry.path),  # bytes: a name need not be valid UTF-8
        "shown": entry.shown,
        "doc_id": entry.doc_id,
        "note": entry.note,
        "problem": entry.problem,
    }


def _entries_of(batch: pa.Table) -> list[Entry]:
    return [
        Entry(
            Path(os.fsdecode(r["path"])),
            r["shown"],
            doc_id=r["doc_id"],
            note=r["note"],
            problem=r["problem"],
        )
        for r in batch.select(list(_ENTRY)).to_pylist()
    ]


def _read(entries: Sequence[Entry]) -> list[tuple[Article | None, list]]:
    """Each entry's article (or None), read from its file or object."""
    from explore.corpus import _read_article

    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the driver says them, from the problems
        for entry in entries:
            data = _fetch(entry.shown) if _is_url(entry.shown) and entry.doc_id else None
            found: list = []
            out.append((_read_article(entry, found, data), found))
    return out


def _fetch(url: str) -> bytes:
    from pyarrow import fs

    files, where = fs.FileSystem.from_uri(url)
    with files.open_input_stream(where) as stream:
        return stream.readall()


def _names_udf(batch: pa.Table) -> pa.Table:
    """Phase 1, in a Ray task: per article, whether it was read, its problems and the
    names it marks clearly as a person's."""
    import pyarrow as pa

    read = _read(_entries_of(batch))
    return pa.table(
        {
            "order": batch["order"],
            "read": [a is not None for a, _ in read],
            "issues": [pickle.dumps(found) for _, found in read],
            "names": [
                pickle.dumps(engine.names_batch([a]) if a is not None else set()) for a, _ in read
            ],
        }
    )


def _meaning_udf(batch: pa.Table, known: frozenset, event: EventKey | None, table: str) -> pa.Table:
    """Phase 2, in a Ray task: one row for the batch, its mentions and its rows (Arrow
    IPC of a Polars frame, speakers as keys)."""
    import pyarrow as pa

    articles = [a for a, _ in _read(_entries_of(batch)) if a is not None]
    found, frames = engine.meaning_batch(articles, known, event, (table,))
    return pa.table(
        {
            "first": [batch["order"][0].as_py()],  # where the block starts, for the order
            "mentions": [pickle.dumps(found)],
            "rows": [_ipc(frames[table])],
        }
    )


def _named_udf(batch: pa.Table, people: dict, table: str) -> pa.Table:
    """Phase 3, in a Ray task: the rows with each speaker's name."""
    from explore.stream import _named_figures

    frames = [pl.read_ipc(raw) for raw in batch["rows"].to_pylist()]
    named = [
        _named_figures(f, people) if table == "figures" else engine.named(f, people) for f in frames
    ]
    schema = schemas.schema(table)
    return pl.concat(named).select(schema.names()).cast(dict(schema)).to_arrow()


def _ipc(frame: pl.DataFrame) -> bytes:
    import io

    buffer = io.BytesIO()
    frame.write_ipc(buffer)
    return buffer.getvalue()


def _write(named: Any, out: str, table: str) -> int:
    """The rows as Parquet files in the folder ``out``: written beside it and renamed over
    it when complete (object storage, which cannot rename: written in place). A folder
    that holds anything but Parquet files is never replaced."""
    if _is_url(out):
        named.write_parquet(out)
        return named.count()
    target = Path(out)
    if target.is_dir() and any(not f.name.endswith(".parquet") for f in target.iterdir()):
        raise ExploreError(
            f"--out {out}: holds files that are not Parquet; expected a new folder (or "
            "one this command wrote before, which it replaces)"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        written = scratch / "rows"
        named.write_parquet(str(written))
        if not any(written.glob("*.parquet")):  # no rows at all: one empty file, the schema
            written.mkdir(exist_ok=True)
            schemas.empty(table).write_parquet(written / "empty.parquet")
        rows = pl.scan_parquet(written / "*.parquet").select(pl.len()).collect().item()
        if target.exists():
            os.replace(target, scratch / "old")
        os.replace(written, target)
        return rows
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
