"""Precision and recall of an extracted table against one written by hand.

Used by the tests and by ``bench/accuracy.py``; useful to anyone who annotates a few of
their own articles and wants to know how far to trust the tables.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl


def score(
    found: pl.DataFrame,
    expected: pl.DataFrame,
    *,
    keys: Sequence[str] = ("doc_id", "start", "end"),
    fields: Sequence[str] = (),
    langs: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Per language: rows expected, found, matched on ``keys``, correct on ``fields`` too.

    precision = correct / found, recall = correct / expected. ``langs`` (doc_id, lang)
    names the language of each article when the tables do not carry it.
    """
    keys, fields = list(keys), list(fields)
    columns = keys + fields
    left = found.select(columns).cast({f: pl.String for f in fields})
    right = expected.select(columns).cast({f: pl.String for f in fields})
    joined = left.join(
        right, on=keys, how="full", suffix="_expected", coalesce=True, nulls_equal=True
    )
    same = pl.lit(True)
    for f in fields:
        same = same & pl.col(f).eq_missing(pl.col(f"{f}_expected"))
    marked = joined.with_columns(
        found_row=pl.struct(keys).is_in(left.select(pl.struct(keys)).to_series().implode()),
        expected_row=pl.struct(keys).is_in(right.select(pl.struct(keys)).to_series().implode()),
        correct=same,
    )
    if langs is not None:
        marked = marked.join(langs.select("doc_id", "lang"), on="doc_id", how="left")
    group = ["lang"] if "lang" in marked.columns else []
    summary = marked.group_by(group or pl.lit("all").alias("lang")).agg(
        expected=pl.col("expected_row").sum(),
        found=pl.col("found_row").sum(),
        matched=(pl.col("found_row") & pl.col("expected_row")).sum(),
        correct=(pl.col("found_row") & pl.col("expected_row") & pl.col("correct")).sum(),
    )
    return summary.with_columns(
        precision=(pl.col("correct") / pl.col("found")).fill_nan(1.0),
        recall=(pl.col("correct") / pl.col("expected")).fill_nan(1.0),
    ).sort("lang")
