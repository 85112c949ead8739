"""Write tables out as the user asked: a readable table, CSV, JSON or Parquet."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Literal

import polars as pl

from explore.cache import write_aside
from explore.errors import ExploreError

Format = Literal["table", "csv", "json", "parquet"]
FORMATS: tuple[str, ...] = ("table", "csv", "json", "parquet")
_BY_SUFFIX = {".csv": "csv", ".json": "json", ".parquet": "parquet", ".txt": "table"}


def format_for(out: str | Path | None, fmt: str | None) -> Format:
    """The format asked for, else the one the output file's suffix names, else a table."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ExploreError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
        return fmt  # type: ignore[return-value]
    if out is not None:
        return _BY_SUFFIX.get(Path(out).suffix.lower(), "table")  # type: ignore[return-value]
    return "table"


def flat(frame: pl.DataFrame) -> pl.DataFrame:
    """The table for CSV, which has no lists: each list joined with " | " (numbers too)."""
    lists = [name for name, dtype in frame.schema.items() if isinstance(dtype, pl.List)]
    joined = pl.col(lists).list.eval(pl.element().cast(pl.String)).list.join(" | ")
    return frame.with_columns(joined) if lists else frame


def render(frame: pl.DataFrame, fmt: Format) -> bytes:
    """The table as bytes in one format."""
    if fmt == "csv":
        return flat(frame).write_csv().encode()
    if fmt == "json":
        return frame.write_json().encode() + b"\n"
    if fmt == "parquet":
        from io import BytesIO

        buffer = BytesIO()
        frame.write_parquet(buffer)
        return buffer.getvalue()
    # One line per row, long strings cut: wide but scannable (pipe to `less -S`).
    with pl.Config(tbl_rows=-1, tbl_cols=-1, fmt_str_lengths=40, tbl_width_chars=10_000):
        return (str(frame) + "\n").encode()


def write_table(frame: pl.DataFrame, fmt: Format, out: str | Path | None = None) -> None:
    """Write a table to a file, or to standard output when ``out`` is None."""
    data = render(frame, fmt)
    if out is not None:  # written beside, then renamed: never half a file
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        write_aside(Path(out), data)
        return
    stream: BinaryIO = sys.stdout.buffer
    if fmt == "parquet" and stream.isatty():
        raise ExploreError("Parquet is binary: give --out FILE or redirect standard output")
    stream.write(data)
    stream.flush()
