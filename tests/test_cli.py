"""The CLI mirrors the Python API: same tables, as a table, CSV, JSON or Parquet."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS

from explore.cli import cli


def run(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(cli, list(args), catch_exceptions=False)
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return runner.invoke(cli, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def test_articles_table_defaults_to_seeds_in_the_current_folder():
    result = run("articles", cwd=ROOT)
    assert result.exit_code == 0, result.output
    for doc in ("pt-vietnamnet-2456536", "fr-vietnamplus-1072855", "pl-dantri-20251026174836264"):
        assert doc in result.output
    assert "shape: (5, 10)" in result.output


def test_csv_matches_the_python_table(seeds):
    result = run("paragraphs", str(SEEDS), "--format", "csv")
    frame = pl.read_csv(io.StringIO(result.output))
    assert frame.height == seeds.paragraphs.height
    assert frame["text"].to_list() == seeds.paragraphs["text"].to_list()


def test_json_is_a_list_of_records(seeds):
    records = json.loads(run("articles", str(SEEDS), "--format", "json").output)
    assert [r["doc_id"] for r in records] == seeds.articles["doc_id"].to_list()
    assert records[0]["lang"] == "de"


@pytest.mark.parametrize("suffix", ["parquet", "csv", "json"])
def test_out_file_format_follows_its_suffix(tmp_path, seeds, suffix):
    out = tmp_path / f"paragraphs.{suffix}"
    result = run("paragraphs", str(SEEDS), "--out", str(out))
    assert result.exit_code == 0 and result.output == ""
    read = {"parquet": pl.read_parquet, "csv": pl.read_csv, "json": pl.read_json}[suffix]
    assert read(out)["start"].to_list() == seeds.paragraphs["start"].to_list()


def test_parquet_round_trip_keeps_the_schema(tmp_path, seeds):
    out = tmp_path / "articles.bin"
    assert run("articles", str(SEEDS), "--format", "parquet", "--out", str(out)).exit_code == 0
    assert pl.read_parquet(out).equals(seeds.articles)


def test_missing_folder_is_one_clear_line():
    result = CliRunner().invoke(cli, ["articles", "no-such-folder"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: no-such-folder: no such folder (expected a folder of .txt articles)"
    )


def test_skipped_files_are_reported_on_stderr(make_corpus):
    folder = make_corpus(
        {"a.txt": "Die Konferenz dauerte zwei Tage und endete am Sonntag.", "b.txt": b""}
    )
    result = CliRunner().invoke(cli, ["articles", str(folder), "--format", "csv"])
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "b.txt: empty file" in result.stderr
    assert "b.txt" not in result.stdout


def test_unknown_format_is_refused_with_the_choices():
    result = CliRunner().invoke(cli, ["articles", "--format", "xlsx"])
    assert result.exit_code == 2
    assert "'table', 'csv', 'json', 'parquet'" in result.output


def test_help_lists_the_tables_and_their_columns():
    top = run("--help").output
    assert "articles" in top and "paragraphs" in top and "report" in top
    sub = run("paragraphs", "--help").output
    for column in ("doc_id", "para", "kind", "start", "end", "text"):
        assert f"\n  {column} " in sub


def test_report_writes_every_table(tmp_path):
    result = run("report", "--corpus", str(SEEDS), "--out", str(tmp_path / "r"))
    assert result.exit_code == 0, result.output
    assert pl.read_parquet(tmp_path / "r" / "tables" / "paragraphs.parquet").height == 139
    assert pl.read_csv(tmp_path / "r" / "tables" / "articles.csv").height == 5


def test_console_script_is_installed():
    exe = Path(sys.executable).with_name("explore")
    result = subprocess.run(
        [exe, "articles", "--format", "csv"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[0].startswith("doc_id,path,lang,outlet")
