"""The small text toolkit: phrase patterns, sentences."""

import re

from hypothesis import given
from hypothesis import strategies as st

from explore.text import phrase_pattern, sentence_spans

words = st.text(alphabet="abcé-.", min_size=1, max_size=6)


@given(st.sets(words, min_size=1, max_size=12), words)
def test_a_phrase_pattern_matches_exactly_its_phrases(phrases, other):
    pattern = re.compile(phrase_pattern(phrases))
    for phrase in phrases:
        assert pattern.fullmatch(phrase)
    assert bool(pattern.fullmatch(other)) == (other in phrases)


def test_a_space_in_a_phrase_matches_any_whitespace():
    pattern = re.compile(phrase_pattern(["deputy minister", "minister", "ministre"]))
    assert pattern.fullmatch("deputy \n minister")
    assert pattern.fullmatch("ministre")
    assert not pattern.fullmatch("deputyminister")


def test_initials_end_no_sentence():
    text = "The chief of police, R.K. Varma, spoke first. J. Smith followed."
    spans = sentence_spans(text, 0, len(text), "en")
    assert [text[a:b] for a, b in spans] == [
        "The chief of police, R.K. Varma, spoke first.",
        "J. Smith followed.",
    ]
