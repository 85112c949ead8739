"""The place a figure is about (explore.scope), and compare keeping places apart. Sentences
written for these tests."""

import pytest
from conftest import compare_by_doc

import explore
from explore.figures import figures_in
from explore.scope import country_code, scope_key, scope_labels


def scopes(text: str, lang: str) -> list[str | None]:
    return figures_in(text, lang).filter(kind="count")["scope"].to_list()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The storm killed one person in Poland and five people died in Romania.",
            "en",
            ["Poland", "Romania"],
        ),
        (
            "In Tirol starben zwei Menschen, 40 Häuser wurden in Kärnten zerstört.",
            "de",
            ["Tirol", "Kärnten"],
        ),
        (
            "La crue a fait trois morts en République tchèque et deux en Autriche.",
            "fr",
            ["République tchèque", "Autriche"],
        ),
        ("Na Roménia, a tempestade matou quatro pessoas.", "pt", ["Roménia"]),
        (
            "W Polsce zginęły trzy osoby, a w gminie Nysa ewakuowano 200 mieszkańców.",
            "pl",
            ["Polsce", "Nysa"],
        ),
        ("Um bombeiro morreu na zona de Lamego.", "pt", ["Lamego"]),
        # a part of the country before its name; a territory after 'auf'; 'where'
        ("At least 12 people died in northern Peru.", "en", ["Peru"]),
        ("Na południu Chile zginęło 8 osób.", "pl", ["Chile"]),
        ("Allein auf Kuba starben 6 Menschen.", "de", ["Kuba"]),
        ("La tempête est passée en Corse, où 3 personnes sont mortes.", "fr", ["Corse"]),
    ],
)
def test_the_place_named_with_a_figure(text, lang, expected):
    assert scopes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Ridge Fire has burned 4,000 acres, while the Oak Fire has burned 900.",
            "en",
            ["Ridge", "Oak"],
        ),
        ("Według strażaków pożar Borowa zniszczył 40 domów.", "pl", ["Borowa"]),
        ("Das Lindental-Feuer hat 12 Häuser zerstört.", "de", ["Lindental"]),
        ("L'incendie de Serra Alta a détruit 30 maisons.", "fr", ["Serra Alta"]),
        ("Storm Alda has killed seven people.", "en", ["Alda"]),
    ],
)
def test_a_named_fire_or_storm(text, lang, expected):
    assert [s for s in figures_in(text, lang)["scope"].to_list()] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Ridge Fire and the Oak Fire have burned 9,000 acres.", "en"),  # both fires
        ("Selon le service d'incendie de Lorraine, 40 maisons ont brûlé.", "fr"),
        ("300 journalists covered the summit in Geneva.", "en"),  # the summit's place
        ("Der Wind erreichte 120 Kilometer in der Stunde, drei Bäume fielen.", "de"),
        ("La tempête a fait 22 morts en Europe centrale.", "fr"),  # the whole area
        ("Beim Auspumpen eines Kellers starb ein Feuerwehrmann.", "de"),
        # a headline's last word run into the first sentence
        ("Fires Rank High, With 12 Dead and $2B in Damages The fires burned on.", "en"),
        # a day's event, the night, safety: no places
        ("Sunday’s fire killed four people.", "en"),
        ("In der Nacht starben drei Menschen.", "de"),
        ("Die Retter brachten 300 Menschen in Sicherheit.", "de"),
        # an article opens no event's name
        ("Um incêndio numa discoteca deixou ao menos 30 mortos.", "pt"),
        ("Un incendie a fait au moins 20 victimes.", "fr"),
        # a list of places: the figure is about all of them
        ("Ao todo, 40 mortes foram contadas no Alabama, Texas, Ohio e Iowa.", "pt"),
        ("Storms killed 12 people in Kansas, Nebraska and Iowa.", "en"),
    ],
)
def test_no_place(text, lang):
    assert set(figures_in(text, lang)["scope"].to_list()) == {None}


@pytest.mark.parametrize(
    ("name", "lang", "key"),
    [
        ("Polónia", "pt", "PL"),
        ("Polsce", "pl", "PL"),
        ("Rumunii", "pl", "RO"),
        ("Pologne", "fr", "PL"),
        ("République tchèque", "fr", "CZ"),
        ("Österreich", "de", "AT"),
        ("Pacific Palisades", "en", "pacific palisades"),
    ],
)
def test_countries_meet_across_languages(name, lang, key):
    assert scope_key(name, lang) == key


def test_compare_keeps_places_apart(make_corpus):
    corpus = explore.load_corpus(
        make_corpus(
            {
                "a.txt": "The floods killed 7 people in Poland and 5 people in Romania.",
                "b.txt": "Sete pessoas morreram na Polónia, segundo a polícia.",
                "c.txt": "Powódź: w Rumunii zginęło 6 osób.",
            }
        )
    )
    assert compare_by_doc(corpus) == {
        ("deaths @ Poland", "a"): (7.0, "agree"),
        ("deaths @ Poland", "b"): (7.0, "agree"),
        ("deaths @ Romania", "a"): (5.0, "conflict"),
        ("deaths @ Romania", "c"): (6.0, "conflict"),
    }


def test_one_place_only_is_no_split(make_corpus):
    """Told of one place only, a concept is one quantity, named with the place or not."""
    corpus = explore.load_corpus(
        make_corpus(
            {
                "a.txt": "In Lisbon, 40 people were injured on Sunday.",
                "b.txt": "Forty people were injured, the hospital said.",
            }
        )
    )
    assert corpus.compare["concept"].unique().to_list() == ["injured"]


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Insurers put the damage at $3 billion on Monday.", "en", "damage"),
        ("Power was restored to 80% of homes by the evening.", "en", "power_restored"),
        ("Die Wahlbeteiligung lag bei 71 Prozent.", "de", "turnout"),
        ("Les dégâts sont estimés à 40 millions d'euros.", "fr", "damage"),
        ("Am Abend waren 70 Prozent des Netzes wieder in Betrieb.", "de", "power_restored"),
    ],
)
def test_money_and_shares_from_their_words(text, lang, concept):
    assert figures_in(text, lang)["concept"].to_list() == [concept]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Ridge Fire has damaged or destroyed between 400 and 500 homes.", "en"),
        ("Pożar Borowa zniszczył od 40 do 50 domów.", "pl"),
    ],
)
def test_both_ends_of_a_range_share_its_words_and_place(text, lang):
    figures = figures_in(text, lang)
    assert figures["concept"].to_list() == ["buildings_destroyed"] * 2
    assert figures["scope"].n_unique() == 1 and figures["scope"][0] is not None


def test_one_place_in_several_forms_has_one_label():
    """'Valencia', 'Comunidade Valenciana' and 'Valence' name one region for a reader; a
    place that shares only a short word with another stays apart."""
    scopes = ["Valencia", "Comunidade Valenciana", "Valence", "Castilla-La Mancha", "Paiporta"]
    labels = scope_labels(scopes, ["de", "pt", "fr", "en", "en"])
    assert labels[0] == labels[1] == labels[2]
    assert len(set(labels)) == 3


def test_places_of_one_name_told_apart_by_a_compass_word_or_their_own_name():
    """'North Dakota' and 'South Dakota' share a name and are two places; so are two
    counties, whose shared word is the place noun; a county and its own name are one."""
    scopes = ["Dakota Norte", "Dakota Sul", "Condado Merino", "Condado Felton", "Merino"]
    labels = scope_labels(scopes, ["pt"] * 5)
    assert len(set(labels[:4])) == 4
    assert labels[2] == labels[4]
    pl = scope_labels(["Dakocie Północnej", "Dakocie Południowej"], ["pl", "pl"])
    assert pl[0] != pl[1]


def test_a_place_and_its_country_are_one_place():
    assert scopes("In Halden, Norway, 14 people died.", "en") == ["Halden"]


@pytest.mark.parametrize("name", ["", " ", "-"])
def test_an_empty_name_is_no_country(name):
    assert country_code(name, "pl") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Auf Instagram schrieben 300 Menschen.", "de"),  # 'auf' a territory only
        ("Segundo o balanço do INEM, morreram 15 pessoas.", "pt"),  # a body's acronym
    ],
)
def test_no_place_after_a_preposition_of_territories_or_in_an_acronym(text, lang):
    assert set(scopes(text, lang)) == {None}


def test_the_city_of_the_whole_event_is_the_whole_in_every_spelling(make_corpus):
    """'Lisbon', 'Lisboa', 'Lizbona' name one city: named in most articles, it is where
    the event happens, so its toll is the toll."""
    corpus = explore.load_corpus(
        make_corpus(
            {
                "a.txt": "In Lisbon, 16 people died when the tram derailed.",
                "b.txt": "The Lisbon tram crash killed 16 people, the city said.",
                "c.txt": "Em Lisboa, morreram 17 pessoas no acidente do elevador.",
                "d.txt": "W Lizbonie zginęło 16 osób, podała policja.",
                "e.txt": "Sixteen people died on Wednesday, the Lisbon mayor said.",
            }
        )
    )
    assert corpus.compare["concept"].unique().to_list() == ["deaths"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the place inside the phrase that opens the clause
        ("In einem Dorf in Tirol starben zwei Menschen.", "de", ["Tirol"]),
        ("Dans une ville de Roumanie, trois personnes sont mortes.", "fr", ["Roumanie"]),
        # not past a verb: the place of another clause's thing
        ("W 2019 r. w Nysie runął most na Odrze, a w rzece zginęło pięć osób.", "pl", ["Nysie"]),
        # 'where' after a country named with no preposition
        ("La tempête a frappé Cuba et Haïti, où au moins 12 morts sont à déplorer.", "fr",
         ["Haïti"]),
    ],
)  # fmt: skip
def test_a_place_inside_the_opening_phrase_or_before_where(text, lang, expected):
    assert scopes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Melissa struck Jamaica on Tuesday, killing at least 19 people.", "en", ["Jamaica"]),
        ("La tempête a frappé la Pologne, faisant sept morts.", "fr", ["Pologne"]),
        ("O furacão atingiu a Jamaica, deixando pelo menos quatro mortos.", "pt", ["Jamaica"]),
        # two countries struck: the figure is about both
        ("The storm hit Cuba and Haiti, killing 30 people.", "en", [None]),
    ],
)
def test_the_country_a_storm_struck_before_a_gerund_of_harm(text, lang, expected):
    assert scopes(text, lang) == expected
