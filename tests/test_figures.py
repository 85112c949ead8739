"""Figures on sentences written for the tests, in each language (not from the seeds), read
with the seeds' event vocabulary: a summit's delegates, countries, side events, ..."""

import polars as pl
import pytest
from conftest import SUMMIT
from hypothesis import given, settings
from hypothesis import strategies as st

import explore
from explore import schemas


def rows(text: str, lang: str) -> list[tuple]:
    frame = explore.figures_in(text, lang, concepts=SUMMIT)
    for r in frame.iter_rows(named=True):
        assert text[r["start"] : r["end"]] == r["raw"]
    return frame.select("raw", "value", "kind", "qualifier", "concept").rows()


def test_schema_of_figures_in():
    assert explore.figures_in("Two days.", "en").schema == schemas.schema("figures")


def test_english():
    assert rows("More than 1,200 journalists from 85 countries covered the summit.", "en") == [
        ("1,200", 1200.0, "count", "more_than", "journalists"),
        ("85", 85.0, "count", "exact", "delegation_countries"),
    ]
    assert rows("Some 45 side events took place on 12 March 2024, during three days.", "en") == [
        ("45", 45.0, "count", "about", "side_events"),
        ("12", 12.0, "date", "exact", None),
        ("2024", 2024.0, "date", "exact", None),
        ("three", 3.0, "count", "exact", "event_days"),
    ]
    assert rows("The treaty enters into force once 60 states ratify it.", "en") == [
        ("60", 60.0, "count", "exact", "ratification_threshold")
    ]
    assert rows("About 2.5 million people watched the stream, which ran 24/7.", "en") == [
        ("2.5 million", 2_500_000.0, "count", "about", None),
        ("24/7", 24.0, "rate", "exact", None),
    ]


def test_english_words_that_are_no_figures():
    text = "One of the largest delegations came first; both sides met the Prime Minister."
    assert rows(text, "en") == []


def test_german():
    assert rows("Rund 3.400 Teilnehmer aus 120 Staaten kamen nach Genf.", "de") == [
        ("3.400", 3400.0, "count", "about", "delegates"),
        ("120", 120.0, "count", "exact", "delegation_countries"),
    ]
    assert rows("Bis zu 15 Nebenveranstaltungen fanden am 3. Mai statt.", "de") == [
        ("15", 15.0, "count", "at_most", "side_events"),
        ("3", 3.0, "date", "exact", None),
    ]
    assert rows("Zweiundzwanzig Länder unterzeichneten das Abkommen.", "de") == [
        ("Zweiundzwanzig", 22.0, "count", "exact", "signatory_countries")
    ]
    assert rows("Das Team belegte den 3. Platz bei beiden Wettbewerben.", "de") == [
        ("3", 3.0, "ordinal", "exact", None)  # a rank: kind ordinal, the dot not in raw
    ]


def test_french():
    assert rows("Plus de 1\u00a0500 délégués et 48 pays ont participé.", "fr") == [
        ("1\u00a0500", 1500.0, "count", "more_than", "delegates"),
        ("48", 48.0, "count", "exact", "delegation_countries"),
    ]
    assert rows("Environ quatre-vingt-dix journalistes étaient présents le 5 juin.", "fr") == [
        ("quatre-vingt-dix", 90.0, "count", "about", "journalists"),
        ("5", 5.0, "date", "exact", None),
    ]
    assert (
        rows("Le Premier ministre a ouvert la première séance, l'une des plus longues.", "fr") == []
    )


def test_portuguese():
    assert rows("Cerca de 1.300 delegados e 95 países participaram.", "pt") == [
        ("1.300", 1300.0, "count", "about", "delegates"),
        ("95", 95.0, "count", "exact", "delegation_countries"),
    ]
    assert rows("Vinte e dois países assinaram a convenção em 10 de março.", "pt") == [
        ("Vinte e dois", 22.0, "count", "exact", "signatory_countries"),
        ("10", 10.0, "date", "exact", None),
    ]
    assert rows("Segundo o ministro, um acordo foi assinado.", "pt") == []


def test_polish():
    assert rows("Ponad 2 000 delegatów z 80 krajów przybyło do Hanoi.", "pl") == [
        ("2 000", 2000.0, "count", "more_than", "delegates"),
        ("80", 80.0, "count", "exact", "delegation_countries"),
    ]
    assert rows("Co najmniej czterdzieści państw musi ratyfikować konwencję.", "pl") == [
        ("czterdzieści", 40.0, "count", "at_least", "ratification_threshold")
    ]
    assert rows("Obrady trwały trzy dni, do 5 maja.", "pl") == [
        ("trzy", 3.0, "count", "exact", "event_days"),
        ("5", 5.0, "date", "exact", None),
    ]
    assert rows("Po pierwsze, obie strony się zgodziły.", "pl") == []


def test_rates_and_percentages():
    assert rows("Les pays partagent les données 24 heures sur 24 et 7 jours sur 7.", "fr") == [
        ("24 heures sur 24", 24.0, "rate", "exact", None),
        ("7 jours sur 7", 7.0, "rate", "exact", None),
    ]
    assert rows("Die Beteiligung lag bei 45 Prozent.", "de") == [
        ("45 Prozent", 45.0, "percent", "exact", None)
    ]


def test_speaker_of_a_figure():
    text = "Foreign Minister Maria Lopes said that 48 countries had signed the treaty."
    frame = explore.figures_in(text, "en", concepts=SUMMIT)
    assert frame.select("raw", "concept", "speaker").rows() == [
        ("48", "signatory_countries", "Maria Lopes")
    ]
    assert frame["sentence"].to_list() == [text]


@pytest.mark.parametrize(
    "text",
    ["1.2.3 countries", "2,50,0 delegates", "A05 unit", "covid19 cases", "9" * 40 + " people",
     "1.234,56 in English", "12abc"],
)  # fmt: skip
def test_malformed_numbers_give_no_row(text):
    assert rows(text, "en") == []


def test_unsupported_language_is_named():
    with pytest.raises(explore.ExploreError, match="language 'vi' is not supported"):
        explore.figures_in("Hai ngày", "vi")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["en", "de", "fr", "pl", "pt"]))
def test_any_text_gives_exact_offsets(text, lang):
    frame = explore.figures_in(text, lang)
    assert isinstance(frame, pl.DataFrame)
    for r in frame.iter_rows(named=True):
        assert text[r["start"] : r["end"]] == r["raw"]
