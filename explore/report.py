"""The main job: every table of a corpus, every notebook run headless, one offline index.

    explore report --corpus seeds --out reports --jobs 2

writes, under OUT:

- ``tables/``: every table as CSV and Parquet;
- ``notebooks/``: each notebook of ``notebooks/`` executed by papermill with its parameters;
- ``charts/<notebook>/``: each chart as HTML (JavaScript inlined), PNG, SVG and spec;
- ``index.html``: every chart on one page (JavaScript once) and links to all files.

A notebook that fails is named with its cell and error; the others still run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from explore.corpus import load_corpus
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
CELL_TIMEOUT = 600  # seconds one notebook cell may take


@dataclass(frozen=True, slots=True)
class NotebookRun:
    """How one notebook went."""

    name: str
    seconds: float
    error: str | None = None


@dataclass
class ReportSummary:
    """What a report run wrote, and how long each part took."""

    out: Path
    articles: int
    files: list[Path] = field(default_factory=list)
    runs: list[NotebookRun] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[NotebookRun]:
        return [r for r in self.runs if r.error]


def load_params(path: str | Path | None) -> dict[str, dict[str, Any]]:
    """Per-notebook parameters from a JSON file: {"notebook": {"param": value}}."""
    if path is None:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ExploreError(f"{path}: cannot read the parameters file ({err})") from None
    from explore.params import NOTEBOOKS

    if not isinstance(data, dict):
        raise ExploreError(
            f"{path}: expected an object of notebook names, not {type(data).__name__}"
        )
    for name, values in data.items():
        if name not in NOTEBOOKS:
            raise ExploreError(
                f"{path}: unknown notebook {name!r}; expected one of {', '.join(NOTEBOOKS)}"
            )
        unknown = set(values) - set(NOTEBOOKS[name])
        if unknown:
            raise ExploreError(
                f"{path}: {name}: unknown parameter {sorted(unknown)[0]!r}; it takes "
                + ", ".join(sorted(NOTEBOOKS[name]))
            )
    return data


def build_report(
    corpus: str | Path = "seeds",
    out: str | Path = "reports",
    *,
    params: str | Path | None = None,
    jobs: int = 2,
    notebooks: Path = NOTEBOOKS_DIR,
    progress: Callable[[str], None] = lambda _: None,
) -> ReportSummary:
    """Write the tables, run the notebooks (``jobs`` at a time) and the index page."""
    started = time.perf_counter()
    out = Path(out)
    overrides = load_params(params)
    loaded = load_corpus(corpus)
    summary = ReportSummary(out, len(loaded))
    for name in REPORT_TABLES:
        frame = getattr(loaded, name)
        for fmt in ("csv", "parquet"):
            path = out / "tables" / f"{name}.{fmt}"
            write_table(frame, fmt, path)
            summary.files.append(path)
    progress(f"tables: {len(REPORT_TABLES)} written in {time.perf_counter() - started:.1f} s")
    paths = sorted(notebooks.glob("*.ipynb"))
    if not paths:  # an install without the checkout's notebooks/ folder
        progress(f"no notebooks in {notebooks}: only the tables were written")
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {
            pool.submit(_run_notebook, path, out, str(corpus), overrides.get(path.stem, {})): path
            for path in paths
        }
        for future in as_completed(futures):
            run = future.result()
            summary.runs.append(run)
            state = f"FAILED: {run.error}" if run.error else "ok"
            progress(f"{run.name}: {run.seconds:.1f} s {state}")
    summary.runs.sort(key=lambda r: r.name)
    summary.files.append(write_index(out, summary))
    summary.seconds = time.perf_counter() - started
    return summary


def _run_notebook(path: Path, out: Path, corpus: str, params: Mapping[str, Any]) -> NotebookRun:
    import papermill

    name = path.stem
    target = out / "notebooks" / path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    values = {
        "corpus": str(Path(corpus).resolve()),
        "out_dir": str((out / "charts" / name).resolve()),
        **params,
    }
    started = time.perf_counter()
    try:
        papermill.execute_notebook(
            str(path),
            str(target),
            parameters=values,
            kernel_name="python3",
            cwd=str(path.parent),  # as in JupyterLab: paths are relative to the notebook
            progress_bar=False,
            execution_timeout=CELL_TIMEOUT,
            # the kernel's own log: its start-up warnings (plain TCP on localhost) are
            # noise in a batch run; errors still show, and cell output is in the notebook
            extra_arguments=["--IPKernelApp.log_level=ERROR"],
        )
    except papermill.PapermillExecutionError as err:
        error = f"cell {err.exec_count}: {err.ename}: {err.evalue}"
        return NotebookRun(name, time.perf_counter() - started, error)
    except Exception as err:  # a kernel that dies, a notebook that is not JSON, ...
        return NotebookRun(name, time.perf_counter() - started, f"{type(err).__name__}: {err}")
    return NotebookRun(name, time.perf_counter() - started)


def write_index(out: Path, summary: ReportSummary) -> Path:
    """index.html: every chart the notebooks exported, and links to every file."""
    from explore.pages import Figure, page

    figures = []
    for spec_file in sorted((out / "charts").glob("*/*.vl.json")):
        data = json.loads(spec_file.read_text(encoding="utf-8"))
        notebook = spec_file.parent.name.replace("_", " ")
        name = spec_file.name.removesuffix(".vl.json").replace("_", " ")
        figures.append(Figure(f"{notebook}: {name}", data["spec"], data.get("caption", "")))
    links = [
        (f"{p.name} (table)", str(p.relative_to(out))) for p in summary.files if p.suffix == ".csv"
    ]
    links += [
        (f"{r.name} (notebook)", f"notebooks/{r.name}.ipynb") for r in summary.runs if not r.error
    ]
    links += [
        (f"{f.name}", str(f.relative_to(out)))
        for f in sorted((out / "charts").glob("*/*"))
        if f.suffix in {".html", ".png", ".svg"}
    ]
    failed = "; ".join(f"{r.name} failed ({r.error})" for r in summary.failed)
    intro = (
        f"{summary.articles} articles. Every chart below was exported by a notebook run "
        "headless; each also exists as HTML, PNG and SVG (links below)."
        + (f" Not shown: {failed}." if failed else "")
    )
    path = out / "index.html"
    path.write_text(
        page(figures, title="explore report", intro=intro, links=links), encoding="utf-8"
    )
    return path
