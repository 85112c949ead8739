"""The year a figure is about (explore.period), and compare keeping a past event's figures
apart from this one's. Sentences written for these tests."""

import pytest
from conftest import compare_by_doc

import explore
from explore.figures import figures_in


def periods(text: str, lang: str) -> dict[str, int | None]:
    rows = figures_in(text, lang).filter(kind="count")
    return dict(zip(rows["raw"].to_list(), rows["period"].to_list(), strict=True))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the year in the figure's clause, or in a phrase that opens the sentence
        ("In 1997, 54 people drowned when the river burst its banks.", "en", {"54": 1997}),
        ("The flood of 1997 had killed 54 people.", "en", {"54": 1997}),
        ("Turnout fell to 61 percent from 66 percent in 2019.", "en", {}),
        # a clause that tells of the year: when, which, quand, gdy, als, quando
        (
            "Twelve people died, the most since 1997, when 54 people drowned.",
            "en",
            {"Twelve": None, "54": 1997},
        ),
        ("Es war das schwerste Unglück seit 1997, als 54 Menschen ertranken.", "de", {"54": 1997}),
        (
            "Le bilan rappelle celui de 1997, lorsque la crue avait fait 54 morts.",
            "fr",
            {"54": 1997},
        ),
        ("A região não via nada assim desde 1997, quando morreram 54 pessoas.", "pt", {"54": 1997}),
        ("Tak źle nie było od 1997 r., gdy zginęły 54 osoby.", "pl", {"54": 1997}),
        # a colon after the year; a decimal mark is no clause end
        (
            "Zum Vergleich: 1997 hatte ein Beben der Stärke 6,8 dort 54 Menschen getötet.",
            "de",
            {"54": 1997},
        ),
        (
            "Au Portugal, tout le monde se souvient de 1997 : 54 personnes étaient mortes.",
            "fr",
            {"54": 1997},
        ),
        # a name in quotation marks, an abbreviation, an opening phrase of a few words
        (
            "Em 1997, o naufrágio do “Estrela do Sul” matou 54 pessoas.",
            "pt",
            {"54": 1997},
        ),
        ("W 1997 r. powódź zalała ok. 40 tys. domów.", "pl", {"40 tys.": 1997}),
        (
            "Vor 30 Jahren, im Juli 1997, hatte die Flut 54 Menschen getötet.",
            "de",
            {"54": 1997},
        ),
        # a year after the figure in its clause; not one that bounds a span
        ("The storm killed 54 people in 1997.", "en", {"54": 1997}),
        ("The storm killed 12 people, the highest toll since 1997.", "en", {"12": None}),
        ("Burza zabiła 12 osób, najwięcej od 1997 r.", "pl", {"12": None}),
        ("O temporal matou 12 pessoas, o pior balanço desde 1997.", "pt", {"12": None}),
        # a word that refers to the year of the sentence before
        (
            "Die Stadt erinnert sich an den Sommer 1997. Damals ertranken 54 Menschen.",
            "de",
            {"54": 1997},
        ),
        ("Miasto pamięta lato 1997 r. Zginęły wtedy 54 osoby.", "pl", {"54": 1997}),
        # a four-digit count is no year ('de 1900 pessoas')
        (
            "Foram retiradas de casa perto de 1900 pessoas e 40 ficaram feridas.",
            "pt",
            {"1900": None, "40": None},
        ),
        # no year at all
        ("Zwölf Menschen starben, 40 wurden verletzt.", "de", {"Zwölf": None, "40": None}),
    ],
)
def test_the_year_a_figure_is_about(text, lang, expected):
    got = periods(text, lang)
    assert {raw: got.get(raw) for raw in expected} == expected


def test_turnout_compared_with_a_past_election():
    rows = figures_in("Turnout was 61.2%, down from 66.4% in 2019.", "en")
    assert rows.select("raw", "period").rows() == [("61.2%", None), ("66.4%", 2019), ("2019", None)]


def test_compare_keeps_a_past_toll_apart(make_corpus):
    corpus = explore.load_corpus(
        make_corpus(
            {
                "a.txt": "The flood killed 12 people on Sunday. In 1997, 54 people drowned "
                "in the same valley.",
                "b.txt": "Die Flut tötete 14 Menschen. Es war die schwerste seit 1997, als 54 "
                "Menschen starben.",
                "c.txt": "Powódź zabiła 12 osób. W 1997 r. zginęło tu 55 osób.",
            }
        )
    )
    assert compare_by_doc(corpus) == {
        ("deaths", "a"): (12.0, "conflict"),
        ("deaths", "b"): (14.0, "conflict"),
        ("deaths", "c"): (12.0, "conflict"),
        ("deaths @ 1997", "a"): (54.0, "conflict"),
        ("deaths @ 1997", "b"): (54.0, "conflict"),
        ("deaths @ 1997", "c"): (55.0, "conflict"),
    }


def test_the_corpus_own_year_is_no_past(make_corpus):
    corpus = explore.load_corpus(
        make_corpus(
            {
                "a.txt": "On 3 May 2026 the flood killed 12 people. In 2026, 12 people died.",
                "b.txt": "The flood of 3 May killed 12 people.",
            }
        )
    )
    assert corpus.compare["concept"].unique().to_list() == ["deaths"]
