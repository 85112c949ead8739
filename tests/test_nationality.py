"""Nationality (explore.nationality): the people of each country a count names are a
quantity of their own, the same across languages, on sentences written for these tests."""

import polars as pl
import pytest
from conftest import compare_by_doc
from hypothesis import given, settings
from hypothesis import strategies as st

import explore
from explore.nationality import demonym_code, nationality_after
from explore.scope import scope_key
from explore.text import tokenize


def nationals(text: str, lang: str) -> list[tuple]:
    """(raw, concept, the scope's key) of every count."""
    rows = explore.figures_in(text, lang).filter(pl.col("kind") == "count")
    return [
        (raw, concept, None if scope is None else scope_key(scope, lang))
        for raw, concept, scope in rows.select("raw", "concept", "scope").rows()
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the nationality is the counted noun, its adjective, or a predicate
        ("The ship carried 40 Germans and 12 Italians.",
         "en", [("40", "nationals", "DE"), ("12", "nationals", "IT")]),
        ("Among the passengers were 31 French nationals.", "en", [("31", "nationals", "FR")]),
        ("Of the 90 passengers, 60 were Spanish and 30 were Irish.",
         "en", [("90", "passengers", None), ("60", "nationals", "ES"), ("30", "nationals", "IE")]),
        ("An Bord waren 14 Österreicher und 3 Schweizer.",
         "de", [("14", "nationals", "AT"), ("3", "nationals", "CH")]),
        ("Laut Reederei haben 25 Passagiere die polnische Staatsangehörigkeit, 8 die tschechische.",
         "de", [("25", "nationals", "PL"), ("8", "nationals", "CZ")]),
        ("Le car transportait 22 touristes belges et 5 Néerlandais.",
         "fr", [("22", "nationals", "BE"), ("5", "nationals", "NL")]),
        ("Parmi les victimes figurent 4 ressortissants marocains.",
         "fr", [("4", "nationals", "MA")]),
        ("No voo seguiam 18 cidadãos brasileiros e 6 espanhóis.",
         "pt", [("18", "nationals", "BR"), ("6", "nationals", "ES")]),
        ("W autokarze jechało 20 Niemców i 9 Czechów.",
         "pl", [("20", "nationals", "DE"), ("9", "nationals", "CZ")]),
        # after a noun for citizens, the country's name in the genitive; a list keeps it
        ("Na pokładzie było 30 obywateli Francji, 12 – Hiszpanii.",
         "pl", [("30", "nationals", "FR"), ("12", "nationals", "ES")]),
    ],
)  # fmt: skip
def test_the_nationals_of_a_country(text, lang, expected):
    assert nationals(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a toll is no count of nationals; a word after a preposition is not the count's
        ("Two Dutch tourists died in the crash.", "en", [("Two", None, None)]),
        ("Two Dutch passengers were injured.", "en", [("Two", "injured", None)]),
        ("12 people were taken to German hospitals.", "en", [("12", "injured", None)]),
        # an age glued to its number counts no citizens
        ("Przeżył tylko 40-letni obywatel Wielkiej Brytanii.", "pl", [("40", None, None)]),
    ],
)  # fmt: skip
def test_no_nationality(text, lang, expected):
    got = [(raw, concept, scope) for raw, concept, scope in nationals(text, lang)]
    assert got == expected


@pytest.mark.parametrize(
    ("word", "lang", "code"),
    [
        ("Brytyjczyków", "pl", "GB"),
        ("portugalskich", "pl", "PT"),
        ("Kanadierinnen", "de", "CA"),
        ("indischen", "de", "IN"),
        ("Japonaises", "fr", "JP"),
        ("mexicanos", "pt", "MX"),
        ("Britons", "en", "GB"),
        ("table", "en", None),
    ],
)
def test_nationality_words_in_their_inflected_forms(word, lang, code):
    assert demonym_code(word, lang) == code


def test_compare_sets_the_nationals_of_each_country_side_by_side(make_corpus):
    """One country's nationals are one quantity in every language, and never all nationals:
    a corpus that names only British passengers still keys them by their country."""
    corpus = explore.load_corpus(
        make_corpus(
            {
                "a.txt": "The plane carried 53 British passengers and 7 Portuguese nationals.",
                "b.txt": "A bordo seguiam 52 britânicos e sete portugueses, informou a companhia.",
                "c.txt": "Wśród pasażerów było 53 Brytyjczyków.",
            }
        )
    )
    assert compare_by_doc(corpus) == {
        ("nationals @ Portugal", "a"): (7.0, "agree"),
        ("nationals @ Portugal", "b"): (7.0, "agree"),
        ("nationals @ United Kingdom", "a"): (53.0, "conflict"),
        ("nationals @ United Kingdom", "b"): (52.0, "conflict"),
        ("nationals @ United Kingdom", "c"): (53.0, "conflict"),
    }


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40), lang=st.sampled_from(["de", "en", "fr", "pl", "pt"]))
def test_any_words_after_a_count_read_without_error(text, lang):
    """Whatever follows a number, the reader answers a nationality it can key, or None."""
    found = nationality_after(tokenize(text), lang, citizens=True)
    assert found is None or found in text
    if found is not None:
        assert scope_key(found, lang)
    for word in text.split():
        code = demonym_code(word, lang)
        assert code is None or (len(code) == 2 and code.isupper())
