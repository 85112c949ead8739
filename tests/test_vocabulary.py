"""The generic news vocabulary (explore/concepts.toml): figures of any event get a concept
a reader would give them, on sentences written for these tests, and compare puts the tolls
of different articles side by side."""

import polars as pl
import pytest

import explore
from explore import vocabulary
from explore.lexicons import supported_languages


def concepts(text: str, lang: str) -> list[tuple]:
    return explore.figures_in(text, lang).select("raw", "concept").rows()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "At least 30 people died and 12 people remain in hospital.",
            "en",
            [
                ("30", "deaths"),
                ("12", "injured"),
            ],
        ),
        ("The toll could exceed 3,000 people.", "en", [("3,000", None)]),  # a forecast
        ("The death toll rose to 2,056.", "en", [("2,056", "deaths")]),
        (
            "Mindestens 40 Menschen starben, 15 Menschen werden vermisst.",
            "de",
            [
                ("40", "deaths"),
                ("15", "missing"),
            ],
        ),
        ("Die Behörden haben 2.000 Einwohner evakuiert.", "de", [("2.000", "evacuated")]),
        ("Le bilan est de 95 morts et 300 blessés.", "fr", [("95", "deaths"), ("300", "injured")]),
        (
            "Pelo menos 12 pessoas morreram e 800 casas foram destruídas.",
            "pt",
            [
                ("12", "deaths"),
                ("800", "buildings_destroyed"),
            ],
        ),
        (
            "Zginęło 7 osób, a 40 osób zaginionych szukają ratownicy.",
            "pl",
            [
                ("7", "deaths"),
                ("40", "missing"),
            ],
        ),
        (
            "The party won 208 seats with 12 million votes.",
            "en",
            [
                ("208", "seats"),
                ("12 million", "votes"),
            ],
        ),
        (
            "Es fielen 120 Millimeter Regen bei Böen von 90 km/h.",
            "de",
            [
                ("120 Millimeter", "rainfall"),
                ("90 km/h", "wind_speed"),
            ],
        ),
    ],
)
def test_generic_concepts(text, lang, expected):
    assert concepts(text, lang) == expected


def test_every_concept_has_a_label_and_words_in_every_language():
    labels = vocabulary.concept_labels()
    assert set(labels) == vocabulary.generic_concepts()
    measured = set(vocabulary.unit_concepts().values())
    for key in vocabulary.generic_concepts() - measured:
        for lang in supported_languages():
            assert any(r["concept"] == key for r in vocabulary.generic_rules(lang)), (key, lang)


def test_compare_sets_the_tolls_of_two_articles_side_by_side(tmp_path):
    (tmp_path / "en-a.txt").write_text(
        "Floods in Lendria\n\nAt least 41 people died in the floods, officials said.\n",
        encoding="utf-8",
    )
    (tmp_path / "de-b.txt").write_text(
        "Hochwasser in Lendria\n\nMindestens 38 Menschen starben bei dem Hochwasser.\n",
        encoding="utf-8",
    )
    corpus = explore.load_corpus(tmp_path)
    deaths = corpus.compare.filter(pl.col("concept") == "deaths")
    assert sorted(deaths.select("doc_id", "value").rows()) == [("de-b", 38.0), ("en-a", 41.0)]
    assert set(deaths["verdict"]) == {"conflict"}
