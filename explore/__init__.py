"""explore: multilingual news coverage of one event as tables of figures and quotes.

>>> import explore
>>> corpus = explore.load_corpus("seeds")          # doctest: +SKIP
>>> corpus.articles, corpus.paragraphs               # doctest: +SKIP
"""

from explore._lazy import make_lazy

make_lazy()  # before anything imports jsonschema: see explore._lazy

from explore.corpus import Corpus, load_corpus  # noqa: E402
from explore.errors import CorpusError, ExploreError, ExploreWarning  # noqa: E402


def figures_in(text: str, lang: str, concepts=None):
    """Figures of one string (see explore.figures.figures_in); imported on first use.
    ``concepts``: an event vocabulary file (concepts.toml) whose rules are tried first.

    A lone surrogate in ``text`` is replaced by U+FFFD with a warning (offsets unchanged).
    """
    from explore.figures import figures_in as _figures_in
    from explore.strings import checked

    return _figures_in(*checked(text, lang), concepts=concepts)


def quotes_in(text: str, lang: str):
    """Quotations of one string: the columns of Corpus.quotes (see explore.strings)."""
    from explore.strings import quotes_in as _quotes_in

    return _quotes_in(text, lang)


def statements_in(text: str, lang: str):
    """Reported statements of one string: the columns of Corpus.statements."""
    from explore.strings import statements_in as _statements_in

    return _statements_in(text, lang)


__all__ = [
    "Corpus",
    "CorpusError",
    "ExploreError",
    "ExploreWarning",
    "figures_in",
    "load_corpus",
    "quotes_in",
    "statements_in",
]
