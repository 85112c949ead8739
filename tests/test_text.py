"""The small text toolkit: phrase patterns."""

import re

from hypothesis import given
from hypothesis import strategies as st

from explore.text import phrase_pattern

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
