"""The schema of every table, stated once: column names, Polars types and what they mean.

Tables are built against these schemas and tests compare against them, so a column cannot
change type or meaning without this file saying so. ``describe(name)`` prints the docs.
"""

from __future__ import annotations

import polars as pl

from explore.paragraphs import KINDS

ParagraphKind = pl.Enum(list(KINDS))

ARTICLES: dict[str, tuple[pl.DataType, str]] = {
    "doc_id": (pl.String(), "file name without .txt; unique in the corpus"),
    "path": (pl.String(), "path of the file as given to load_corpus"),
    "lang": (pl.String(), "ISO 639-1 code detected from the text (null when unsure)"),
    "outlet": (pl.String(), "domain of the source URL without www. (null without a source line)"),
    "source_url": (pl.String(), "URL of the article's 'Source:' line"),
    "family": (pl.String(), "articles sharing a source URL are translations of one original"),
    "encoding": (pl.String(), "encoding the file was read with (utf-8 unless noted)"),
    "n_chars": (pl.Int64(), "characters of the text (after removing a byte-order mark)"),
    "n_paragraphs": (pl.Int64(), "paragraphs of every kind"),
    "sha256": (pl.String(), "SHA-256 of the file's bytes"),
}

PARAGRAPHS: dict[str, tuple[pl.DataType, str]] = {
    "doc_id": (pl.String(), "article the paragraph belongs to"),
    "para": (pl.Int64(), "0-based position in the article"),
    "kind": (ParagraphKind, "body | heading | caption | image | source | boilerplate"),
    "start": (pl.Int64(), "offset of the first character in the article text"),
    "end": (pl.Int64(), "offset after the last character: text[start:end] == paragraph"),
    "text": (pl.String(), "the paragraph as written"),
}

PROBLEMS: dict[str, tuple[pl.DataType, str]] = {
    "path": (pl.String(), "file concerned"),
    "problem": (pl.String(), "what is wrong, and what was expected"),
    "action": (pl.String(), "skipped | loaded (what explore did about it)"),
}

TABLES: dict[str, dict[str, tuple[pl.DataType, str]]] = {
    "articles": ARTICLES,
    "paragraphs": PARAGRAPHS,
    "problems": PROBLEMS,
}


def schema(table: str) -> pl.Schema:
    """The Polars schema of a table."""
    return pl.Schema({name: dtype for name, (dtype, _) in TABLES[table].items()})


def empty(table: str) -> pl.DataFrame:
    """A table with no rows and the right columns."""
    return pl.DataFrame(schema=schema(table))


def describe(table: str) -> str:
    """The columns of a table with their types and meaning, one per line."""
    return "\n".join(
        f"{name:<14} {type(dtype).__name__:<8} {doc}"
        for name, (dtype, doc) in TABLES[table].items()
    )
