"""The Ray engine on a local Ray instance gives the rows of the local engine.

Skipped only when Ray is not installed (it is in the dev extra, so CI runs it).
"""

from __future__ import annotations

import os

import polars as pl
import pytest
from click.testing import CliRunner
from conftest import SEEDS
from polars.testing import assert_frame_equal

from explore import schemas
from explore.cli import cli
from explore.errors import ExploreError

ray = pytest.importorskip("ray")
ray_engine = pytest.importorskip("explore.ray_engine")

KEY = ["doc_id", "start", "end"]  # the files of a Ray output are not in article order


@pytest.fixture(scope="module")
def local_ray():
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no network at run time
    ray_engine.start(ray, num_cpus=2, include_dashboard=False)  # tried again when slow
    yield
    ray.shutdown()


def read_rows(folder, table: str) -> pl.DataFrame:
    frame = pl.read_parquet(folder / "*.parquet").cast(dict(schemas.schema(table)))
    return frame.sort(KEY, maintain_order=True)


@pytest.mark.parametrize("table", ray_engine.TABLES)
def test_ray_gives_the_rows_of_the_local_engine(table, local_ray, seeds, tmp_path):
    out = tmp_path / table
    rows = ray_engine.write_table(table, SEEDS, out)
    expected = getattr(seeds, table)
    assert rows == expected.height
    assert_frame_equal(
        read_rows(out, table), expected.sort(KEY, maintain_order=True), check_exact=True
    )


def test_the_cli_runs_ray_and_replaces_its_own_folder_only(local_ray, seeds, tmp_path):
    out = tmp_path / "figures"
    for _ in range(2):  # the second run replaces the first
        result = CliRunner().invoke(
            cli, ["figures", str(SEEDS), "--engine", "ray", "--out", str(out)]
        )
        assert result.exit_code == 0, result.output
    assert_frame_equal(
        read_rows(out, "figures"), seeds.figures.sort(KEY, maintain_order=True), check_exact=True
    )
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    with pytest.raises(ExploreError, match="not Parquet"):
        ray_engine.write_table("figures", SEEDS, mine)
    assert (mine / "notes.txt").read_text() == "keep me"
