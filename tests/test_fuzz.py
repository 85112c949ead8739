"""Fuzz targets: texts from a grammar of real words in the five languages, with every quote
mark and separator, line breaks of every kind, emoji, combining marks, right-to-left
script and long digit runs. Whatever the text, nothing raises, and every row's offsets
lie in the text and point at exactly its raw or text.

Targets: numbers, figures, quotes, statements, paragraphs, load_corpus. Examples per
target come from EXPLORE_FUZZ_EXAMPLES (default 40, so the suite stays
fast); a long run: ``EXPLORE_FUZZ_EXAMPLES=100000 pytest tests/test_fuzz.py``.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import explore
from explore.paragraphs import KINDS, split_paragraphs

EXAMPLES = int(os.environ.get("EXPLORE_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
LANGS = ("pt", "de", "pl", "en", "fr")

# Words of news prose: speech verbs, titles, names, nouns a lexicon counts, number words,
# month names, the words of 'that' and 'according to' clauses.
WORDS = {
    "en": "said told added according to that the minister President Anna Becker John Smith "
    "countries delegates signed 2,500 three twenty-two more than about March police she he "
    "Director of",
    "de": "sagte betonte erklärte laut dass der Minister Bundeskanzler Jan Kowalski Länder "
    "Delegierte unterzeichnet 2.500 drei zweiundzwanzig mehr als rund März Polizei sie er",
    "fr": "a déclaré a-t-il ajouté selon que le vice-ministre Nguyen Minh Vu pays délégations "
    "nationales signé 2 500 trois quatre-vingt-dix plus de environ mars l’accord d’Afrique",
    "pl": "powiedział dodała według że minister premier Anna Nowak krajów delegatów podpisało "
    "2 500 trzy dwudziestu dwóch ponad około marca policja ona on",
    "pt": "disse afirmou segundo que o ministro presidente João Silva países delegados "
    "assinaram 2.500 três vinte e dois mais de cerca de março polícia ela ele",
}
MARKS = list("“”„«»\"'‘’‚‹›")
SEPARATORS = [*",.;:!?…–—-()[]/%", " ", " ", "\u00a0", "\u202f", "\t", ". ", ", "]
NEWLINES = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", "\u2029", "\x85", "\x0c", "\x1c"]
ODD = [
    "😀",
    "👍🏽",
    "🇵🇹",
    "👩\u200d💻",
    "e\u0301",
    "\u0308",
    "n\u0303o",
    "مرحبا بالعالم",
    "שלום",
    "\u200f",
    "\u202e",
    "\u200b",
    "\ufeff",
    "ﬁ",
    "İ",
    "ß",
    "\ufffd",
]
LINES = ["photo-1.jpg", "Source: https://example.org/news/article-7.html", "Kommentar (0)"]


def pieces(lang: str) -> st.SearchStrategy[str]:
    words = WORDS[lang].split()
    return st.one_of(
        st.sampled_from(words).map(lambda w: " " + w),
        st.sampled_from(words).map(str.capitalize),
        st.sampled_from(MARKS),
        st.sampled_from(SEPARATORS),
        st.sampled_from(NEWLINES),
        st.sampled_from(ODD),
        st.sampled_from(LINES),
        st.integers(1, 2000).map(lambda n: "9" * n),  # long digit runs
        st.integers(4290, 4310).map(lambda n: "0" * n),  # past int()'s 4,300-digit limit
        st.sampled_from(["-", "−", "minus ", "moins ", "$", "€", "US$ ", "£", "%", " proc."]),
        st.lists(st.sampled_from(["1", "000", ".", ",", " ", "\u00a0"]), max_size=12).map("".join),
    )


@st.composite
def articles(draw, max_pieces: int = 120) -> tuple[str, str]:
    """(text, lang): a language's grammar, with pieces of another language mixed in."""
    lang = draw(st.sampled_from(LANGS))
    other = draw(st.sampled_from(LANGS))
    parts = draw(st.lists(st.one_of(pieces(lang), pieces(other)), max_size=max_pieces))
    return "".join(parts), lang


def quiet(function, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", explore.ExploreWarning)
        return function(*args)


def assert_rows_point_into(text: str, table, column: str) -> None:
    for row in table.select("start", "end", column).iter_rows(named=True):
        assert 0 <= row["start"] <= row["end"] <= len(text)
        assert text[row["start"] : row["end"]] == row[column]


@FUZZ
@given(articles())
def test_fuzz_quotes(article):
    text, lang = article
    assert_rows_point_into(text, quiet(explore.quotes_in, text, lang), "text")


@FUZZ
@given(articles())
def test_fuzz_statements(article):
    text, lang = article
    assert_rows_point_into(text, quiet(explore.statements_in, text, lang), "text")


@FUZZ
@given(articles(max_pieces=200))
def test_fuzz_paragraphs(article):
    text, _ = article
    previous_end = 0
    for p in split_paragraphs(text):
        assert previous_end <= p.start < p.end <= len(text)
        assert p.kind in KINDS
        assert text[p.start : p.end].strip() == text[p.start : p.end]
        previous_end = p.end


@FUZZ
@given(articles())
def test_fuzz_numbers(article):
    """The number reader: exact offsets, finite values, and for a number written in plain
    ASCII digits (with its sign) the value int() gives its raw text."""
    import math
    import re

    from explore.numbers import find_numbers

    text, lang = article
    previous_end = 0
    for n in find_numbers(text, lang):
        assert previous_end <= n.start < n.end <= len(text)
        assert text[n.start : n.end] == n.raw
        assert math.isfinite(n.value)
        plain = re.fullmatch(r"(-|−|minus )?([0-9]+)", n.raw)
        if plain is not None and len(plain.group(2).lstrip("0")) <= 15:
            sign = -1 if plain.group(1) else 1
            assert n.value == sign * int(plain.group(2).lstrip("0") or "0")
        previous_end = n.end


@FUZZ
@given(articles())
def test_fuzz_figures(article):
    """The figures table of any text: rows point at their raw text, values are finite."""
    import math

    text, lang = article
    frame = quiet(explore.figures_in, text, lang)
    assert_rows_point_into(text, frame, "raw")
    assert all(math.isfinite(v) for v in frame["value"])


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "iso8859-2", "cp1250"]


@FUZZ
@given(articles(), st.sampled_from(ENCODINGS), st.sampled_from(["a.txt", "B.TXT", "c\udce9.txt"]))
def test_fuzz_load_corpus(article, encoding, name):
    text, _ = article
    data = text.encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as tmp:
        fd = os.open(os.path.join(os.fsencode(tmp), os.fsencode(name)), os.O_WRONLY | os.O_CREAT)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            corpus = quiet(explore.load_corpus, Path(tmp))
        except explore.CorpusError as err:
            assert "could be read" in str(err)  # empty, binary, undecodable: said so
            return
        for doc_id in corpus.documents:
            body = corpus.text(doc_id)
            for table, column in [
                ("paragraphs", "text"),
                ("figures", "raw"),
                ("quotes", "text"),
                ("statements", "text"),
            ]:
                rows = getattr(corpus, table).filter(doc_id=doc_id)
                assert_rows_point_into(body, rows, column)
