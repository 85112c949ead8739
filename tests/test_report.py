"""`explore report` as a user runs it: from a clean copy of the repository, with a relative
corpus, several times in a row, interrupted, into a folder of an earlier run, twice at once.

The notebooks run for real (papermill, real kernels); the copy's own package is used, in
the CLI and in every kernel (PYTHONPATH).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT, SEEDS

from explore.errors import ExploreError
from explore.report import ReportBusyError, _exclusive, build_report

NOTEBOOKS = sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb"))
SKIP = shutil.ignore_patterns(
    ".venv", ".git", "reports", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis",
    "bench", "docs", "*.egg-info",
)  # fmt: skip


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    """A clean copy of the repository, as a user's clone."""
    copy = tmp_path_factory.mktemp("clone") / "explore"
    shutil.copytree(ROOT, copy, ignore=SKIP)
    return copy


def explore_command(checkout: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "explore", *args]


def environment(checkout: Path, home: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(checkout), HOME=str(home))


def run_report(checkout: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        explore_command(checkout, "report", "--corpus", "seeds", "--out", "reports", *args),
        cwd=checkout,
        env=environment(checkout, home),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_cli_with_a_relative_corpus_completes_every_time(checkout, tmp_path):
    for jobs in ("2", "2", "2", "9"):  # several in a row, and more jobs than notebooks
        done = run_report(checkout, tmp_path, "--jobs", jobs)
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stderr == ""  # no kernel noise, no warnings on a clean run
        lines = done.stdout.splitlines()
        # one line for the tables, one per notebook, one in total
        assert len(lines) == len(NOTEBOOKS) + 2, lines
        assert sorted(line.split(":")[0].strip() for line in lines[1:-1]) == NOTEBOOKS
        assert "FAILED" not in done.stdout
        reports = checkout / "reports"
        assert sorted(p.stem for p in (reports / "notebooks").glob("*.ipynb")) == NOTEBOOKS
        assert sorted(p.stem for p in (reports / "notebooks").glob("*.html")) == NOTEBOOKS
        index = (reports / "index.html").read_text(encoding="utf-8")
        assert "Not everything could be shown" not in index
    # nothing written outside the report folder (papermill's cwd once sent it astray)
    assert not (checkout / "notebooks" / "reports").exists()
    assert [p.name for p in checkout.glob(".reports.*-*")] == []
    # the executed notebooks name where their charts are, not the folder they were built in
    executed = (checkout / "reports" / "notebooks" / "corpus_overview.ipynb").read_text()
    assert ".reports.building" not in executed
    assert str(checkout / "reports" / "charts" / "corpus_overview") in executed


def test_an_interrupted_run_leaves_the_previous_report(checkout, tmp_path):
    reports = checkout / "reports"
    if not (reports / "index.html").exists():
        assert run_report(checkout, tmp_path).returncode == 0
    before = {p: p.stat().st_mtime_ns for p in reports.rglob("*")}
    for sig in (signal.SIGINT, signal.SIGTERM):
        proc = subprocess.Popen(
            explore_command(checkout, "report", "--corpus", "seeds", "--out", "reports"),
            cwd=checkout,
            env=environment(checkout, tmp_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        _wait_for_a_notebook(checkout)
        proc.send_signal(sig)
        started = time.monotonic()
        _, err = proc.communicate(timeout=30)
        assert time.monotonic() - started < 10  # running and queued notebooks stop at once
        assert proc.returncode == 130, err
        assert "interrupted" in err and "as it was" in err
        assert {p: p.stat().st_mtime_ns for p in reports.rglob("*")} == before
        assert [p.name for p in checkout.glob(".reports.*-*")] == []


def _wait_for_a_notebook(checkout: Path) -> None:
    """Until the run has started a notebook (its executed copy appears in the stage)."""
    for _ in range(600):
        if list(checkout.glob(".reports.building-*/notebooks/*.ipynb")):
            return
        time.sleep(0.05)
    raise AssertionError("no notebook started")


def broken_notebooks(folder: Path, *, broken: bool) -> Path:
    """The corpus_overview notebook alone, raising in a cell when ``broken``."""
    folder.mkdir(exist_ok=True)
    nb = nbformat.read(ROOT / "notebooks" / "corpus_overview.ipynb", as_version=4)
    if broken:
        nb.cells.insert(3, nbformat.v4.new_code_cell("1 / 0"))
    nbformat.write(nb, folder / "corpus_overview.ipynb")
    return folder


def test_a_notebook_that_fails_in_a_reused_folder_leaves_none_of_its_old_charts(tmp_path):
    out = tmp_path / "out"
    good = build_report(SEEDS, out, notebooks=broken_notebooks(tmp_path / "a", broken=False))
    assert not good.failed
    assert list((out / "charts" / "corpus_overview").glob("*.png"))
    bad = build_report(SEEDS, out, notebooks=broken_notebooks(tmp_path / "b", broken=True))
    assert [r.name for r in bad.failed] == ["corpus_overview"]
    assert bad.failed[0].error.startswith("cell 4 (`1 / 0`) raised ZeroDivisionError")
    assert not (out / "charts" / "corpus_overview").exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    failed = index.index("Not everything could be shown")
    assert failed < index.index('id="findings"')  # said at the top
    assert "ZeroDivisionError" in index[failed:]
    assert "corpus_overview/figures_and_quotes" not in index


def test_a_cell_that_does_not_finish_is_stopped_and_named(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    nb = nbformat.read(ROOT / "notebooks" / "corpus_overview.ipynb", as_version=4)
    nb.cells.insert(3, nbformat.v4.new_code_cell("import time\ntime.sleep(600)"))
    nbformat.write(nb, folder / "corpus_overview.ipynb")
    summary = build_report(SEEDS, tmp_path / "out", notebooks=folder, cell_timeout=3)
    (run,) = summary.failed
    assert run.error == "cell 4 (`import time`) did not finish within 3 s"
    assert run.seconds < 60


def test_every_wrong_parameter_is_reported_at_once_before_any_notebook_runs(tmp_path):
    params = {
        "signatories_by_region": {"sort": "size", "as_share": "yes", "doc": "nope"},
        "quotes_and_speakers": {"kind": ["speech"]},
        "cross_source_figures": {"languages": ["vi"]},
    }
    with pytest.raises(ExploreError) as caught:
        build_report(SEEDS, tmp_path / "out", params=params)
    message = str(caught.value)
    for expected in (
        "signatories_by_region: parameter 'sort': 'size' is not one of value, region",
        "signatories_by_region: parameter 'as_share' must be bool",
        "signatories_by_region: parameter 'doc': no article 'nope' in the corpus",
        "quotes_and_speakers: unknown parameter 'kind'",
        "cross_source_figures: parameter 'languages': 'vi' is not one of",
    ):
        assert expected in message
    assert not (tmp_path / "out").exists()  # nothing started, nothing written


def test_a_second_run_into_the_same_folder_is_refused(tmp_path):
    out = tmp_path / "out"
    with _exclusive(out), pytest.raises(ReportBusyError, match="another explore report"):
        build_report(SEEDS, out)
    assert not out.exists()


def test_a_folder_that_is_not_a_report_is_never_replaced(tmp_path):
    out = tmp_path / "documents"
    out.mkdir()
    (out / "thesis.docx").write_text("mine", encoding="utf-8")
    with pytest.raises(ExploreError, match="is not an explore report"):
        build_report(SEEDS, out)
    assert (out / "thesis.docx").read_text(encoding="utf-8") == "mine"


def test_a_corpus_without_regions_says_so_instead_of_a_bare_axis(tmp_path, make_corpus):
    corpus = make_corpus(
        {
            "en-courier-1.txt": "Floods in the valley killed 12 people on Monday, the regional "
            "police said. More than 300 homes were flooded and 40 roads closed.\n"
            "Source: https://courier.example/floods-1\n",
            "en-herald-2.txt": "The floods killed 14 people in the valley, officials said on "
            "Tuesday. About 300 homes were flooded.\n"
            "Source: https://herald.example/floods-2\n",
        }
    )
    summary = build_report(corpus, tmp_path / "out")
    assert not summary.failed, summary.failed
    charts = tmp_path / "out" / "charts" / "signatories_by_region"
    record = json.loads((charts / "signatories_by_region.vl.json").read_text())
    assert record["empty"] == (
        "This corpus defines no regions (a [regions] table in the concepts.toml beside its "
        "articles): there is no regional breakdown to show."
    )
    assert not (charts / "signatories_by_region.png").exists()
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "This corpus defines no regions" in index


def test_a_params_file_with_wrong_values_is_refused_with_all_of_them(tmp_path):
    from click.testing import CliRunner

    from explore.cli import cli

    params = tmp_path / "params.json"
    params.write_text(
        json.dumps({"signatories_by_region": {"sort": "size", "doc": "x"}, "nope": {}}),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["report", "--corpus", str(SEEDS), "--out", str(out), "--params", str(params)]
    )
    assert result.exit_code == 1
    assert "parameter 'sort': 'size' is not one of value, region" in result.output
    assert "parameter 'doc': no article 'x' in the corpus" in result.output
    assert "unknown notebook 'nope'" in result.output
    assert not out.exists()
