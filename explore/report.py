"""The main job: every table of a corpus, every notebook run headless, one offline index.

    explore report --corpus seeds --out reports

writes, under OUT:

- ``index.html``: what the tables say in plain sentences, then every chart (JavaScript
  inlined once), then the downloads;
- ``tables/``: every table as CSV and Parquet;
- ``notebooks/``: each notebook of ``notebooks/`` executed by papermill, as .ipynb and HTML;
- ``charts/<notebook>/``: each chart as HTML (JavaScript inlined), PNG, SVG and spec.

A reader never sees a mix of two runs: the report is built in a folder beside OUT and
swapped in when complete; a run that fails or is interrupted leaves the previous report as
it was. Only one run writes to OUT at a time. Every path is resolved once, here, before
any notebook starts, and every parameter of every notebook is checked then too.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from explore.batch import Batch, Job, Outcome
from explore.errors import ExploreError
from explore.export import write_table

REPORT_TABLES = (
    "articles",
    "paragraphs",
    "figures",
    "quotes",
    "statements",
    "people",
    "compare",
    "audit",
    "checks",
    "regions",
    "problems",
)
NOTEBOOKS_DIR = Path(__file__).resolve().parent.parent / "notebooks"
CELL_TIMEOUT = 120  # seconds one notebook cell may take in a batch run (seeds: under 3 s)
MARKER = ".explore-report"  # names a folder that a report run may replace


class ReportBusyError(ExploreError):
    """Another run is writing the same report folder."""


@dataclass
class ReportSummary:
    """What a report run wrote, and how long each part took."""

    out: Path
    articles: int
    files: list[Path] = field(default_factory=list)
    runs: list[Outcome] = field(default_factory=list)  # by notebook name
    seconds: float = 0.0
    table_seconds: float = 0.0

    @property
    def failed(self) -> list[Outcome]:
        return [r for r in self.runs if r.error]


def load_params(
    path: str | Path | None,
    *,
    notebooks: list[str] | None = None,
    docs: list[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """Per-notebook parameters from a JSON file: {"notebook": {"param": value}}, with
    every problem of the file reported at once (``check_params``; ``notebooks`` and
    ``docs``, when given, name the notebooks and articles that exist)."""
    if path is None:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ExploreError(f"{path}: cannot read the parameters file ({err})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ExploreError(
            f"{path}: expected an object of notebook names, each with an object of "
            'parameters, as in {"signatories_by_region": {"as_share": true}}'
        )
    problems = check_params(data, notebooks, docs)
    if problems:
        raise ExploreError(f"{path}: " + "; ".join(problems))
    return data


def check_params(
    overrides: dict[str, dict[str, Any]],
    notebooks: list[str] | None = None,
    docs: list[str] | None = None,
) -> list[str]:
    """Every problem of the parameters given to the notebooks, all at once."""
    from explore.params import NOTEBOOKS, problems

    found = []
    for name, values in overrides.items():
        if notebooks is not None and name not in notebooks:
            found.append(f"unknown notebook {name!r}; expected one of {', '.join(notebooks)}")
        elif name not in NOTEBOOKS:
            found.append(f"unknown notebook {name!r}; expected one of {', '.join(NOTEBOOKS)}")
        else:
            found += problems(name, values, docs)
    return found


def build_report(
    corpus: str | Path = "seeds",
    out: str | Path = "reports",
    *,
    params: str | Path | dict[str, dict[str, Any]] | None = None,
    jobs: int | None = None,
    notebooks: str | Path = NOTEBOOKS_DIR,
    cell_timeout: float = CELL_TIMEOUT,
    progress: Callable[[str], None] = lambda _: None,
) -> ReportSummary:
    """Write the tables, run the notebooks (``jobs`` at a time, default: every core) and
    the index page into ``out``, replacing the previous report only when all is written."""
    from explore.corpus import SHARED_READING_ENV, load_corpus, share_reading

    started = time.perf_counter()
    corpus_dir, out = Path(corpus).resolve(), Path(out).resolve()
    notebook_dir = Path(notebooks).resolve()
    sources = sorted(notebook_dir.glob("*.ipynb"))
    docs = _nameable(corpus_dir)
    names = [p.stem for p in sources] or None
    if isinstance(params, dict):
        overrides = params
        problems = check_params(overrides, names, docs)
        if problems:
            raise ExploreError("notebook parameters: " + "; ".join(problems))
    else:
        overrides = load_params(params, notebooks=names, docs=docs)
    with _exclusive(out), _staging(out) as stage, tempfile.TemporaryDirectory() as scratch:
        reading = Path(scratch) / "corpus.pickle"  # the corpus as read here, for the kernels
        pending = reading.with_suffix(".pending")  # kernels wait while this exists
        pending.touch()
        batch = Batch(
            jobs=jobs or os.cpu_count() or 1,
            cwd=notebook_dir,
            cell_timeout=cell_timeout,
            env={SHARED_READING_ENV: str(reading)},
        )
        todo = _jobs(sources, stage, out, corpus_dir, overrides)
        batch.start(todo)  # kernels start (about a second each) while the corpus is read
        try:
            loaded = load_corpus(corpus_dir).read()  # figures, quotes, ...: one pass
            frames = {name: getattr(loaded, name) for name in REPORT_TABLES}
            share_reading(loaded, reading)
        except BaseException:
            batch.stop()
            raise
        finally:
            pending.unlink(missing_ok=True)
        summary = ReportSummary(out, len(loaded))
        summary.table_seconds = time.perf_counter() - started
        progress(f"tables: {len(REPORT_TABLES)} in {summary.table_seconds:.1f} s")
        writer = threading.Thread(target=_write_tables, args=(frames, stage, out, summary))
        writer.start()  # Polars writes without the GIL, beside the kernels
        if not sources:  # an install without the checkout's notebooks/ folder
            progress(f"no notebooks in {notebook_dir}: only the tables were written")

        try:
            runs = batch.wait(_finisher(stage, out, progress))
        finally:  # an interrupted run removes the folder: nothing may still write into it
            writer.join()
        summary.runs = sorted(runs, key=lambda r: r.name)
        from explore.index import write_index

        write_index(stage, summary, loaded)
        (stage / MARKER).write_text(f"{corpus_dir}\n", encoding="utf-8")
    summary.seconds = time.perf_counter() - started
    return summary


def _nameable(corpus_dir: Path) -> list[str]:
    """The corpus's doc_ids, with its event vocabulary read: the articles and concepts
    the notebooks' parameters may name, known before the corpus is read."""
    from explore.corpus import doc_ids
    from explore.vocabulary import read_corpus_vocabulary

    read_corpus_vocabulary(corpus_dir)
    return doc_ids(corpus_dir)


def _jobs(
    sources: list[Path],
    stage: Path,
    out: Path,
    corpus_dir: Path,
    overrides: dict[str, dict[str, Any]],
) -> list[Job]:
    """One job per notebook, absolute paths only, longest first."""
    return [
        Job(
            path,
            stage / "notebooks" / path.name,
            {
                "corpus": str(corpus_dir),
                "out_dir": str(stage / "charts" / path.stem),
                **overrides.get(path.stem, {}),
            },
        )
        for path in _longest_first(sources, out)
    ]


def _finisher(stage: Path, out: Path, progress: Callable[[str], None]) -> Callable[[Outcome], None]:
    """What is done as each notebook ends: its charts drawn (or, if it failed, removed:
    what it wrote may be partial), its notebook as a page, one line said."""
    from explore.pages import draw_outputs, draw_saved

    def finished(run: Outcome) -> None:
        if run.error:
            shutil.rmtree(stage / "charts" / run.name, ignore_errors=True)
            progress(f"{run.name}: FAILED after {run.seconds:.1f} s: {run.error}")
            return
        executed = stage / "notebooks" / f"{run.name}.ipynb"
        draw_saved(stage / "charts" / run.name)
        draw_outputs(executed)
        _point_to(executed, stage, out)
        _notebook_html(executed)
        progress(f"{run.name}: {run.seconds:.1f} s")

    return finished


def _write_tables(frames: dict[str, Any], stage: Path, out: Path, summary: ReportSummary) -> None:
    for name, frame in frames.items():
        for fmt in ("csv", "parquet"):
            path = stage / "tables" / f"{name}.{fmt}"
            write_table(frame, fmt, path)
            summary.files.append(out / path.relative_to(stage))


def _longest_first(sources: list[Path], out: Path) -> list[Path]:
    """The notebooks that took longest in the previous report first, so that the last
    one to finish is a short one (new notebooks first of all)."""

    def took(path: Path) -> float:
        try:
            executed = json.loads((out / "notebooks" / path.name).read_text(encoding="utf-8"))
            return float(executed["metadata"]["papermill"]["duration"])
        except (OSError, ValueError, KeyError, TypeError):
            return float("inf")

    return sorted(sources, key=took, reverse=True)


def _point_to(executed: Path, stage: Path, out: Path) -> None:
    """The executed notebook names the folder its charts end up in, not the one they
    were written to before the swap."""
    text = executed.read_text(encoding="utf-8")
    executed.write_text(text.replace(str(stage), str(out)), encoding="utf-8")


def _notebook_html(executed: Path) -> None:
    """The executed notebook as a page that opens offline (no CDN scripts)."""
    from explore.pages import notebook_page

    executed.with_suffix(".html").write_text(notebook_page(executed), encoding="utf-8")


@contextlib.contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    """Hold the report folder's lock for the run; refuse if another run holds it.

    The lock is an flock on a file beside the folder: it ends with the process that
    holds it, so a killed run leaves no stale lock behind.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    lock = out.parent / f".{out.name}.lock"
    with lock.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ReportBusyError(
                f"{out}: another explore report is writing this folder ({holder}); "
                "wait for it to finish or choose another --out"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def _staging(out: Path) -> Iterator[Path]:
    """A folder beside ``out`` to build the report in, swapped in on success and removed
    on any failure or interruption (the previous report stays as it was)."""
    if out.exists() and not _replaceable(out):
        raise ExploreError(
            f"{out}: exists and is not an explore report (no {MARKER} file, not empty); "
            "choose a new or empty folder for --out"
        )
    for leftover in out.parent.glob(f".{out.name}.*-*"):  # of a run that was killed
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
    stage = out.parent / f".{out.name}.building-{os.getpid()}"
    stage.mkdir()
    try:
        yield stage
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        out.rename(old)
    stage.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def _replaceable(out: Path) -> bool:
    """A folder a report run may replace: a report, an old-style one, or empty."""
    if not out.is_dir():
        return False
    if (out / MARKER).exists() or ((out / "index.html").exists() and (out / "tables").is_dir()):
        return True
    return not any(out.iterdir())
