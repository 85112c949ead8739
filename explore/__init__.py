"""explore: multilingual news coverage of one event as tables of figures and quotes.

>>> import explore
>>> corpus = explore.load_corpus("seeds")          # doctest: +SKIP
>>> corpus.articles, corpus.paragraphs               # doctest: +SKIP
"""

from explore.corpus import Corpus, load_corpus
from explore.errors import CorpusError, ExploreError, ExploreWarning

__all__ = ["Corpus", "CorpusError", "ExploreError", "ExploreWarning", "load_corpus"]
