"""Every core, bounded memory, progress: the same rows whatever runs them.

Processes (jobs=2) give the rows of one process, in the same order; a table streamed to
Parquet or CSV is the table the Python API gives; an interrupted stream leaves the
previous file as it was; the progress bar shows on a terminal and nowhere else.
"""

from __future__ import annotations

import io
import os
import pty
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS
from polars.testing import assert_frame_equal

import explore
from explore import engine, stream
from explore.cli import cli
from explore.errors import ExploreError
from explore.progress import Progress

BONN = ROOT / "tests" / "data" / "bonn"
TABLES = (
    "articles",
    "paragraphs",
    "figures",
    "figure_senses",
    "quotes",
    "statements",
    "people",
    "compare",
    "audit",
    "checks",
    "regions",
    "concepts",
    "problems",
)


def tables_of(path: Path, jobs: int) -> tuple[dict[str, pl.DataFrame], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = explore.load_corpus(path, jobs=jobs)
        tables = {name: getattr(corpus, name) for name in TABLES}
    return tables, [str(w.message) for w in caught]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds twice over, with files that are skipped or guessed: every problem is
    said by the processes as by one."""
    folder = tmp_path_factory.mktemp("mixed")
    for n, seed in enumerate(sorted(SEEDS.glob("*.txt"))):
        shutil.copy(seed, folder / seed.name)
        shutil.copy(seed, folder / f"copy-{n}.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    latin = "Le président a dit que 110 pays étaient là, selon le ministère."
    (folder / "latin.txt").write_bytes(latin.encode("cp1252"))
    (folder / "notes.md").write_text("# not an article")
    return folder


@pytest.mark.parametrize("path", [SEEDS, BONN], ids=["seeds", "bonn"])
def test_two_processes_give_the_rows_of_one_in_the_same_order(path):
    one, said_one = tables_of(path, jobs=1)
    two, said_two = tables_of(path, jobs=2)
    for name in TABLES:
        assert_frame_equal(two[name], one[name], check_exact=True)
    assert said_two == said_one


def test_processes_name_every_problem_in_order_as_one_process_does(mixed):
    one, said_one = tables_of(mixed, jobs=1)
    two, said_two = tables_of(mixed, jobs=2)
    for name in ("problems", "articles", "figures", "people", "quotes", "compare"):
        assert_frame_equal(two[name], one[name], check_exact=True)
    assert said_two == said_one and len(said_one) >= 3


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(
    "path", [SEEDS, ROOT / "tests" / "data" / "lorvenne"], ids=["seeds", "lorvenne"]
)
def test_one_pass_for_every_table_gives_the_tables_of_a_pass_each(path, jobs):
    each, _ = tables_of(path, jobs=1)
    corpus = explore.load_corpus(path, jobs=jobs)
    assert corpus.read() is corpus
    assert {"_reading", "quotes", "statements"} <= set(vars(corpus))  # read, not deferred
    for name in ("figures", "quotes", "statements", "people", "compare", "audit"):
        assert_frame_equal(getattr(corpus, name), each[name], check_exact=True)


def test_one_pass_keeps_what_is_read_and_names_a_table_it_cannot_read():
    corpus = explore.load_corpus(SEEDS, jobs=1)
    quotes = corpus.quotes
    corpus.read(["figures", "quotes"])
    assert corpus.quotes is quotes  # already read: kept
    assert "statements" not in vars(corpus)  # not asked for
    with pytest.raises(
        ExploreError,
        match="tables: expected some of figures, quotes, statements, people; got compare",
    ):
        corpus.read(["figures", "compare"])


def test_batches_are_contiguous_and_one_per_worker_at_least():
    sizes = [536, 650, 9600, 4871, 6969]
    batches = engine.batched(list(range(5)), sizes, 2)
    assert [i for b in batches for i in b] == list(range(5))
    assert len(batches) >= 2


@pytest.mark.parametrize("jobs", [0, -1, 1.5, True, "2"])
def test_a_bad_number_of_jobs_is_named(jobs):
    with pytest.raises(ExploreError, match="jobs: expected a whole number"):
        explore.load_corpus(SEEDS, jobs=jobs)


def test_the_cli_names_bad_jobs_engine_and_out(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["figures", str(SEEDS), "--jobs", "0"])
    assert result.exit_code == 2 and "--jobs" in result.output
    result = runner.invoke(cli, ["figures", str(SEEDS), "--engine", "spark"])
    assert result.exit_code == 2 and "--engine" in result.output and "'ray'" in result.output
    result = runner.invoke(cli, ["figures", str(SEEDS), "--out", str(tmp_path)])
    assert result.exit_code == 1 and "is a folder; expected a file" in result.output
    (tmp_path / "file").write_text("x")
    result = runner.invoke(
        cli, ["figures", str(SEEDS), "--engine", "ray", "--out", str(tmp_path / "file")]
    )
    assert result.exit_code == 1
    assert "is a file" in result.output or "Ray is not installed" in result.output
    result = runner.invoke(cli, ["compare", str(SEEDS), "--engine", "ray", "--out", "x"])
    assert result.exit_code == 1 and "--engine ray" in result.output


@pytest.mark.parametrize("table", stream.TABLES)
def test_a_streamed_table_is_the_table_of_the_api(table, seeds, tmp_path):
    out = tmp_path / f"{table}.parquet"
    rows = stream.stream_table(table, SEEDS, out, jobs=1)
    got = pl.read_parquet(out)
    assert_frame_equal(got, getattr(seeds, table), check_exact=True)
    assert rows == got.height


@pytest.mark.parametrize("table", ["figures", "quotes", "people"])
def test_a_table_streamed_by_two_processes_is_the_table_of_one(table, mixed, tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stream.stream_table(table, mixed, tmp_path / "two.parquet", jobs=2)
        expected = getattr(explore.load_corpus(mixed, jobs=1), table)
    assert_frame_equal(pl.read_parquet(tmp_path / "two.parquet"), expected, check_exact=True)
    said = [str(w.message) for w in caught]
    assert said[: len(said) // 2] == said[len(said) // 2 :]  # the stream said what load said


def test_the_cli_streams_parquet_and_csv_as_it_prints_them(seeds, tmp_path):
    runner = CliRunner()
    printed = runner.invoke(cli, ["quotes", str(SEEDS), "--format", "csv"]).output
    result = runner.invoke(cli, ["quotes", str(SEEDS), "--out", str(tmp_path / "q.csv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "q.csv").read_text() == printed
    out = tmp_path / "deep" / "figures.parquet"
    result = runner.invoke(cli, ["figures", str(SEEDS), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert_frame_equal(pl.read_parquet(out), seeds.figures, check_exact=True)


def test_rules_reach_the_streamed_checks(seeds, tmp_path):
    rules = SEEDS / "concepts.toml"  # its [regions] and [[rules]], given as a rules file
    out = tmp_path / "checks.parquet"
    stream.stream_table("checks", SEEDS, out, rules=rules, jobs=1)
    assert_frame_equal(pl.read_parquet(out), seeds.check(rules), check_exact=True)


def test_an_interrupted_stream_leaves_the_old_file_and_no_scratch(tmp_path, monkeypatch):
    out = tmp_path / "figures.parquet"
    out.write_bytes(b"the previous run")
    calls = []
    append = stream._Output.append

    def interrupted(self, frame):  # Ctrl-C after two batches were written
        calls.append(frame)
        if len(calls) == 3:
            raise KeyboardInterrupt
        append(self, frame)

    monkeypatch.setattr(engine, "BATCH_BYTES", (1, 8_000))  # a batch per article
    monkeypatch.setattr(stream._Output, "append", interrupted)
    with pytest.raises(KeyboardInterrupt):
        stream.stream_table("figures", SEEDS, out, jobs=1)
    assert out.read_bytes() == b"the previous run"
    assert [p.name for p in tmp_path.iterdir()] == ["figures.parquet"]


def test_a_failed_stream_writes_no_file(tmp_path, make_corpus):
    folder = make_corpus({"empty.txt": b"", "binary.txt": b"\x00\x01" * 40})
    out = tmp_path / "figures.parquet"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ExploreError, match=r"none of the 2 \.txt files could be read"):
            stream.stream_table("figures", folder, out, jobs=1)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["corpus"]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_counts_articles_and_bytes_on_a_terminal_only():
    shown = Terminal()
    bar = Progress("figures", 10, 5_000_000, stream=shown)
    bar.advance(4, 2_000_000)
    bar.close()
    assert "figures" in shown.getvalue() and "articles/s" in shown.getvalue()
    assert "B/s" in shown.getvalue() and "4/10 articles" in shown.getvalue()
    piped = io.StringIO()
    bar = Progress("figures", 10, 5_000_000, stream=piped)
    bar.advance(4, 2_000_000)
    bar.close()
    assert piped.getvalue() == ""


def _explore(args: list[str], *, terminal: bool) -> str:
    """The stderr of the explore command, run on a pseudo-terminal or into a pipe."""
    command = [sys.executable, "-m", "explore", *args]
    if not terminal:
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        return done.stderr
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=follower)
    os.close(follower)
    out = b""
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # the command ended and closed its side
            break
        if not data:
            break
        out += data
    assert process.wait() == 0
    return out.decode("utf-8", "replace")


def test_the_cli_shows_progress_on_a_terminal_and_not_in_a_pipe(tmp_path):
    args = ["figures", str(SEEDS), "--out", str(tmp_path / "f.parquet"), "--jobs", "1"]
    assert "articles/s" in _explore(args, terminal=True)
    assert "articles/s" not in _explore(args, terminal=False)


def test_a_script_without_a_main_guard_is_told_what_to_add(tmp_path):
    script = tmp_path / "unguarded.py"
    script.write_text(f"import explore\nexplore.load_corpus({str(SEEDS)!r}, jobs=2)\n")
    command = [sys.executable, str(script)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    # the error ends the traceback; multiprocessing's resource tracker may still warn after
    # it, at exit, of the dead workers' semaphores (seen once in a CI run)
    lines = [
        line
        for line in done.stderr.strip().splitlines()
        if "resource_tracker" not in line and "warnings.warn(" not in line
    ]
    last = lines[-1]
    assert last.startswith("explore.errors.ExploreError: a worker process stopped")
    assert "if __name__ == '__main__':" in last and "jobs=1" in last


def test_without_ray_the_ray_engine_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray fails, as when not installed
    result = CliRunner().invoke(
        cli, ["figures", str(SEEDS), "--engine", "ray", "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 1
    assert "Ray is not installed; pip install 'explore[ray]'" in result.output
    assert not (tmp_path / "out").exists()
