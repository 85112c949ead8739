"""Filters the notebooks apply to tables, from their parameters (empty list: everything)."""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl


def keep(frame: pl.DataFrame, column: str, values: Sequence[str] | str | None) -> pl.DataFrame:
    """Rows whose column is one of the values; all rows for None or an empty list."""
    if values is None or (not isinstance(values, str) and len(values) == 0):
        return frame
    wanted = [values] if isinstance(values, str) else list(values)
    return frame.filter(pl.col(column).is_in(wanted))


def by_lang(frame: pl.DataFrame, articles: pl.DataFrame, languages: Sequence[str]) -> pl.DataFrame:
    """Rows of articles in the given languages (the table needs a doc_id column)."""
    if not languages:
        return frame
    docs = articles.filter(pl.col("lang").is_in(list(languages)))["doc_id"]
    return frame.filter(pl.col("doc_id").is_in(docs.implode()))
