"""Display names for keys (concepts, verdicts, kinds, notebooks, tables), read from
``labels.toml``, and the one way articles are named and ordered for readers."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files

import polars as pl

COUNTED_PREFIX = "counted:"  # compare's key for a figure outside every vocabulary
SCOPE_SEPARATOR = " @ "  # compare's key for a figure about one place: 'deaths @ Poland'


@cache
def _toml() -> dict[str, dict[str, str]]:
    return tomllib.loads(files("explore").joinpath("labels.toml").read_text(encoding="utf-8"))


def _labels() -> dict[str, dict[str, str]]:
    """labels.toml, with the concept labels kept next to their words where it names none:
    the generic vocabulary's, and those of the event vocabularies read (a corpus's
    concepts.toml, read when the corpus loads)."""
    from explore.vocabulary import read_events

    return _with_concepts(read_events())


@cache
def _with_concepts(events: tuple) -> dict[str, dict[str, str]]:
    from explore.vocabulary import concept_labels, event_labels

    table = dict(_toml())
    table["concepts"] = {**concept_labels(), **event_labels(), **table.get("concepts", {})}
    return table


def label(group: str, key: str | None) -> str:
    """The display name of ``key`` in ``group`` ('concepts', 'verdicts', ...)."""
    if key is None:
        return ""
    if group == "concepts" and SCOPE_SEPARATOR in key:
        concept, place = key.split(SCOPE_SEPARATOR, 1)
        return f"{label(group, concept)} in {place}"
    if group == "concepts" and key.startswith(COUNTED_PREFIX):
        return f"“{key.removeprefix(COUNTED_PREFIX)}” (counted)"
    known = _labels().get(group, {})
    if key in known:
        return known[key]
    text = key.replace("_", " ")
    return text[:1].upper() + text[1:]


def labelled(column: str, group: str) -> pl.Expr:
    """An expression giving the display names of a column of keys (as ``label`` does)."""
    key = pl.col(column).cast(pl.String)
    if group != "concepts":
        return _named(key, group).alias(column)
    parts = key.str.split_exact(SCOPE_SEPARATOR, 1)  # 'deaths @ Poland'
    return (
        pl.when(key.str.contains(SCOPE_SEPARATOR, literal=True))
        .then(_named(parts.struct.field("field_0"), group) + " in " + parts.struct.field("field_1"))
        .otherwise(_named(key, group))
        .alias(column)
    )


def _named(key: pl.Expr, group: str) -> pl.Expr:
    spaced = key.str.replace_all("_", " ")
    fallback = spaced.str.slice(0, 1).str.to_uppercase() + spaced.str.slice(1)
    if group == "concepts":
        fallback = (
            pl.when(key.str.starts_with(COUNTED_PREFIX))
            .then("“" + key.str.strip_prefix(COUNTED_PREFIX) + "” (counted)")
            .otherwise(fallback)
        )
    known = _labels().get(group, {})
    return key.replace_strict(known, default=fallback, return_dtype=pl.String)


def concept_names() -> pl.Expr:
    """The display name of compare's ``concept``: the vocabulary's label, or for a figure
    outside every vocabulary the counted noun as the first article wrote it (the key is a
    reduced form, 'counted:hom' for 'homes'). Needs the ``counted`` column."""
    key = pl.col("concept")
    place = key.str.split_exact(SCOPE_SEPARATOR, 1).struct.field("field_1")
    written = "“" + pl.col("counted").drop_nulls().first().over("concept") + "”"
    return (
        pl.when(key.str.starts_with(COUNTED_PREFIX) & place.is_not_null())
        .then(written + " in " + place)
        .when(key.str.starts_with(COUNTED_PREFIX))
        .then(written)
        .otherwise(labelled("concept", "concepts"))
        .alias("concept")
    )


def article_names(articles: pl.DataFrame) -> pl.DataFrame:
    """doc_id → 'pt · vietnamnet.vn' (language · outlet), unique, with the reading order
    every chart and list uses (by language, then outlet, then doc_id)."""
    named = articles.select(
        "doc_id",
        name=pl.concat_str(
            pl.col("lang").fill_null("?"),
            pl.col("outlet").fill_null(pl.col("doc_id")),
            separator=" · ",
        ),
    ).sort("name", "doc_id")
    clash = pl.col("name").is_duplicated()
    return named.with_columns(
        name=pl.when(clash).then(pl.col("name") + " (" + pl.col("doc_id") + ")").otherwise("name"),
        order=pl.int_range(pl.len()),
    )
