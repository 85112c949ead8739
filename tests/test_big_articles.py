"""The cost of reading an article grows with its length, not with the square of it.

Work is counted, not timed: every token the package makes comes from one pattern, and a
counting stand-in for it tells how many tokens reading an article made.
"""

import re

import pytest

from explore import text as text_module
from explore.article import ArticleView
from explore.paragraphs import split_paragraphs


class CountingPattern:
    """The token pattern, counting the tokens it yields."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.tokens = 0

    def finditer(self, *args):
        for m in self.pattern.finditer(*args):
            self.tokens += 1
            yield m


@pytest.fixture
def counted(monkeypatch) -> CountingPattern:
    pattern = CountingPattern(text_module._TOKEN)
    monkeypatch.setattr(text_module, "_TOKEN", pattern)
    return pattern


def view(text: str, lang: str) -> ArticleView:
    return ArticleView(text, lang, [(p.start, p.end) for p in split_paragraphs(text)])


@pytest.mark.parametrize("n", [500, 2000])
def test_quotes_in_a_row_are_tokenized_a_window_each(counted, n):
    # one sentence of n quotes, 3 tokens each: about 3n tokens to read it once; each quote
    # used to tokenize its whole sentence twice to find a cue (about 6 n^2 tokens)
    text = "Die Regierung tagte am Dienstag in Berlin und beriet lange. " + "„a“" * n
    quotes = view(text, "de").quotes
    assert len(quotes) == n
    assert all(q.kind == "term" and q.speaker is None for q in quotes)
    assert counted.tokens < 200 * n


def test_tokens_of_a_window_are_those_of_the_whole_sentence():
    text = "Er sagte: l’accord „a“„b“ high-level don't x_y 2.500 «c» — ﬁn é\u0301 «d»"
    whole = text_module.tokenize(text, 3, len(text))
    for n in range(1, len(whole) + 2):
        assert text_module.last_tokens(text, 3, len(text), n) == whole[-n:]
        assert text_module.first_tokens(text, 3, len(text), n) == whole[:n]


def test_speakers_of_many_quotes_are_found_near_each():
    # an article of 300 copies of one paragraph: each quote's speaker is the one named
    # in its own sentence, as in a single copy
    paragraph = (
        "„Wir sind bereit“, sagte Ministerin Anna Becker am Montag in Berlin. "
        "Der Minister Jan Kowalski sagte, dass 72 Länder unterzeichnet hätten.\n\n"
    )
    one = view(paragraph, "de")
    assert [(q.cue, q.speaker) for q in one.quotes] == [("sagte Ministerin", ("anna", "becker"))]
    assert [s.speaker for s in one.statements] == [("jan", "kowalski")]
    many = view(paragraph * 300, "de")
    assert [(q.cue, q.speaker) for q in many.quotes] == [
        (q.cue, q.speaker) for q in one.quotes
    ] * 300
    assert [s.speaker for s in many.statements] == [s.speaker for s in one.statements] * 300


def words_looked_at(monkeypatch, text: str, lang: str) -> int:
    """How many times reading the statements of a text asks whether a token is a word."""
    calls = 0
    is_word = text_module.Token.is_word

    def counting(token) -> bool:
        nonlocal calls
        calls += 1
        return is_word.fget(token)

    with monkeypatch.context() as patch:
        patch.setattr(text_module.Token, "is_word", property(counting))
        statements = view(text, lang).statements
    assert len(statements) == text.count(" said that ")
    return calls


def test_one_long_sentence_of_many_statements_is_read_in_linear_work(monkeypatch):
    # no sentence ends: each verb's speaker used to be looked for among every mention of
    # the sentence, counting the words between each (n^2 / 2 mentions for n verbs)
    # (more than 8 words after each verb: the next clause's name is not its speaker)
    clause = "Minister Anna Becker said that the plan for the new schools of the region works, "
    short = words_looked_at(monkeypatch, clause * 100 + "end.", "en")
    long = words_looked_at(monkeypatch, clause * 400 + "end.", "en")
    assert long < 6 * short  # 4 times the text: 4 times the work, not 16
