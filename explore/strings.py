"""Tables of one string rather than of a folder: figures, quotes and statements.

Each takes the text and its language, checks both (a lone surrogate is replaced, see
explore.reading.valid_text; an unsupported language is an ExploreError) and returns the
columns of the corpus table of the same name, with doc_id null.
"""

from __future__ import annotations

import polars as pl

from explore.article import PROSE_KINDS, ArticleView
from explore.errors import ExploreError
from explore.reading import valid_text


def checked(text: object, lang: object) -> tuple[str, str]:
    """The text as a table can hold it, and the language, or an ExploreError naming it."""
    from explore.language import is_supported
    from explore.lexicons import supported_languages

    if not isinstance(lang, str) or not is_supported(lang):
        raise ExploreError(
            f"lang: language {lang!r} is not supported; "
            f"expected one of {', '.join(supported_languages())}"
        )
    return valid_text(text, "text"), lang


def view_of(text: str, lang: str) -> ArticleView:
    """The string read as one article: its paragraphs split as a file's would be."""
    from explore.paragraphs import split_paragraphs

    prose = [(i, p) for i, p in enumerate(split_paragraphs(text)) if p.kind in PROSE_KINDS]
    return ArticleView(
        text, lang, [(p.start, p.end) for _, p in prose], para_ids=[i for i, _ in prose]
    )


def quotes_in(text: str, lang: str) -> pl.DataFrame:
    """Quotations of one string: the columns of Corpus.quotes, doc_id null."""
    return _table(text, lang, "quotes")


def statements_in(text: str, lang: str) -> pl.DataFrame:
    """Reported statements of one string: the columns of Corpus.statements, doc_id null."""
    return _table(text, lang, "statements")


def _table(text: object, lang: object, table: str) -> pl.DataFrame:
    from explore.corpus import frame, quote_rows, statement_rows
    from explore.people import display_name, gather

    view = view_of(*checked(text, lang))
    people = gather([("", view.mentions, view.lang)])
    rows = quote_rows if table == "quotes" else statement_rows
    return frame(list(rows(None, view, lambda key: display_name(people, key))), table)
