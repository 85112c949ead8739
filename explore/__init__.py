"""explore: multilingual news coverage of one event as tables of figures and quotes.

>>> import explore
>>> corpus = explore.load_corpus("seeds")          # doctest: +SKIP
>>> corpus.articles, corpus.paragraphs               # doctest: +SKIP
"""

from explore._lazy import make_lazy

make_lazy()  # before anything imports jsonschema: see explore._lazy

from explore.corpus import Corpus, load_corpus  # noqa: E402
from explore.errors import CorpusError, ExploreError, ExploreWarning  # noqa: E402


def figures_in(text: str, lang: str):
    """Figures of one string (see explore.figures.figures_in); imported on first use."""
    from explore.figures import figures_in as _figures_in

    return _figures_in(text, lang)


__all__ = ["Corpus", "CorpusError", "ExploreError", "ExploreWarning", "figures_in", "load_corpus"]
