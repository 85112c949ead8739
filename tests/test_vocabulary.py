"""The generic news vocabulary (explore/concepts.toml): figures of any event get a concept
a reader would give them, on sentences written for these tests, and compare puts the tolls
of different articles side by side."""

import polars as pl
import pytest

import explore
from explore import vocabulary
from explore.errors import ExploreError
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
        # a forecast: another quantity than the toll
        ("The toll could exceed 3,000 people.", "en", [("3,000", "deaths_forecast")]),
        (
            "Hunderte Menschen, vielleicht sogar Tausende, könnten ums Leben gekommen sein.",
            "de",
            [("Hunderte", "deaths_forecast"), ("Tausende", "deaths_forecast")],
        ),
        (
            "Dezenas de pessoas, talvez centenas, podem ter morrido na aldeia.",
            "pt",
            [("Dezenas", "deaths_forecast"), ("centenas", "deaths_forecast")],
        ),
        # another estimate set off by commas: the clause goes on after it
        (
            "Dziesiątki osób, a nawet setki, zginęły w powodzi.",
            "pl",
            [("Dziesiątki", "deaths"), ("setki", "deaths")],
        ),
        # an aside that says what the count is made of, or who counts it
        (
            "Au moins 31 randonneurs, en majorité français, selon un bilan provisoire, ont été"
            " tués.",
            "fr",
            [("31", "deaths")],
        ),
        ("Co najmniej 31 turystów, w większości Niemców, zginęło.", "pl", [("31", "deaths")]),
        # the total named far before its number
        (
            "Die Zahl der Todesopfer nach dem schweren Unwetter in mehreren kleinen Dörfern"
            " im Süden des Landes ist bis Sonntagabend auf mindestens 52 gestiegen.",
            "de",
            [("52", "deaths")],
        ),
        # what could happen is another quantity than what did
        (
            "After 120 mm on Monday, up to 60 mm of rain could fall on Tuesday.",
            "en",
            [("120 mm", "rainfall"), ("60 mm", "rainfall_forecast")],
        ),
        (
            "Der Wetterdienst erwartet Böen von bis zu 100 km/h.",
            "de",
            [("100 km/h", "wind_speed_forecast")],
        ),
        (
            "La marche pourrait rassembler 50 000 manifestants.",
            "fr",
            [("50 000", "participants_forecast")],
        ),
        (
            "O protesto pode reunir 50 mil manifestantes.",
            "pt",
            [("50 mil", "participants_forecast")],
        ),
        ("W środę może spaść 60 mm deszczu.", "pl", [("60 mm", "rainfall_forecast")]),
        # a forecast word as written, not its lemma: 'ont pu' is what could be done, and was
        ("Plus de 300 personnes ont pu être évacuées.", "fr", [("300", "evacuated")]),
        # a noun after a comma says nothing of the number before it
        ("The crash raised the death toll to 9, police said.", "en", [("9", "deaths")]),
        ("Nie żyją dwie osoby.", "pl", [("dwie", "deaths")]),
        (
            "Die Feuerwehr brachte 800 Menschen in Sicherheit.",
            "de",
            [("800", "evacuated")],
        ),
        ("Cerca de 900 moradores tiveram de deixar as aldeias.", "pt", [("900", "evacuated")]),
        # the police's and the rescuers' injured are a quantity of their own
        (
            "Nine police officers were injured and 14 protesters were taken to hospital.",
            "en",
            [("Nine", "personnel_injured"), ("14", "injured")],
        ),
        ("Trzech strażaków zostało rannych.", "pl", [("Trzech", "personnel_injured")]),
        # miners, workers, passengers rescued alive
        ("Zwölf Bergleute wurden lebend geborgen.", "de", [("Zwölf", "rescued")]),
        (
            "Dwunastu górników uratowanych po trzech dniach.",
            "pl",
            [("Dwunastu", "rescued"), ("trzech", None)],
        ),
        ("The death toll rose to 2,056.", "en", [("2,056", "deaths")]),
        # the clause of a toll decides, not the next one ('…, and one is still missing')
        (
            "The death toll has risen to eight, and two people are still missing.",
            "en",
            [("eight", "deaths"), ("two", "missing")],
        ),
        ("Six killed as storm hits coast", "en", [("Six", "deaths")]),
        ("Hiker found alive as toll rises to six", "en", [("six", None)]),
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
            "The party of Anna Kowalska won 208 seats with 12 million votes.",
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


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an earthquake's magnitude, before its number or linked to it; an aftershock's
        (
            "A magnitude 6.2 quake struck at noon; the strongest aftershock reached magnitude 4.8.",
            "en",
            [("6.2", "magnitude"), ("4.8", "aftershock_magnitude")],
        ),
        ("Seismologists put its magnitude at 6.4.", "en", [("6.4", "magnitude")]),
        (
            "Il y a eu 80 répliques, la plus forte de magnitude 4,9.",
            "fr",
            [("80", "aftershocks"), ("4,9", "aftershock_magnitude")],
        ),
        ("Die Erdbebenwarte gab die Stärke mit 6,4 an.", "de", [("6,4", "magnitude")]),
        ("Un séisme de magnitude 6,2 a frappé la vallée.", "fr", [("6,2", "magnitude")]),
        (
            "Uma réplica de magnitude 4,8 assustou os moradores.",
            "pt",
            [("4,8", "aftershock_magnitude")],
        ),
        ("Wstrząs miał magnitudę 6,2.", "pl", [("6,2", "magnitude")]),
        # a speed is the wind's only when the clause says so
        (
            "Gusts reached 110 km/h, and the train was running at 140 km/h.",
            "en",
            [("110 km/h", "wind_speed"), ("140 km/h", "speed")],
        ),
        (
            "Der Zug fuhr mit 140 km/h, die Böen erreichten 110 km/h.",
            "de",
            [("140 km/h", "speed"), ("110 km/h", "wind_speed")],
        ),
        ("Porywy wiatru sięgały 110 km/h.", "pl", [("110 km/h", "wind_speed")]),
        # lengths: only the clause's words say which quantity
        ("The cave divers reached a depth of 120 metres.", "en", [("120 metres", "depth")]),
        ("Les mineurs sont bloqués à 300 mètres de profondeur.", "fr", [("300 mètres", "depth")]),
        ("O túnel de resgate tem 60 centímetros de largura.", "pt", [("60 centímetros", "width")]),
        ("Der Fluss stieg binnen einer Nacht um vier Meter.", "de", [("vier Meter", "water_rise")]),
        ("The town lies 40 kilometres from the coast.", "en", [("40 kilometres", None)]),
        # a noun that asks no context must be the number's first ('twelve years a bus driver')
        ("Er fährt seit zwölf Jahren Bus.", "de", [("zwölf", None)]),
        # villages, vehicles, boats
        (
            "Firefighters evacuated nine villages and sent 30 vehicles and four boats.",
            "en",
            [("nine", "villages"), ("30", "vehicles"), ("four", "boats")],
        ),
        (
            "Ewakuowano mieszkańców siedmiu wsi, a strażacy wysłali 12 łodzi.",
            "pl",
            [("siedmiu", "villages"), ("12", "boats")],
        ),
        (
            "A água arrastou 15 carros e isolou três aldeias.",
            "pt",
            [("15", "vehicles"), ("três", "villages")],
        ),
    ],
)
def test_measures_and_things_of_any_disaster(text, lang, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a party's seats are no one's without a name: two parties' seats are no conflict
        ("The Greens won seven seats.", "en", [("seven", None, None)]),
        (
            "The party of Anna Kowalska won 31 of the 60 seats.",
            "en",
            [("31", "seats", "Kowalska"), ("60", "seats_total", None)],
        ),
        (
            "La liste obtient 31 des 60 sièges.",
            "fr",
            [("31", None, None), ("60", "seats_total", None)],
        ),
        (
            "Partia zdobyła 31 z 60 mandatów.",
            "pl",
            [("31", None, None), ("60", "seats_total", None)],
        ),
    ],
)
def test_seats_are_someones_or_all(text, lang, expected):
    assert explore.figures_in(text, lang).select("raw", "concept", "scope").rows() == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The government set aside €40m in emergency aid, with €5,000 for each family.",
            "en",
            [("€40m", "aid"), ("€5,000", "aid_per_household")],
        ),
        (
            "Le gouvernement a débloqué une aide de 12 millions d'euros.",
            "fr",
            [("12 millions d'euros", "aid")],
        ),
        (
            "Die Regierung stellte 80 Millionen Soles aus einem Notfallfonds bereit.",
            "de",
            [("80 Millionen Soles", "aid")],
        ),
        ("Rząd przeznaczy 30 mln zł na pomoc dla powodzian.", "pl", [("30 mln zł", "aid")]),
        # the words after a sum's restatement in brackets are the sum's
        (
            "Ministers will release €30m (about £26m) in emergency aid.",
            "en",
            [("€30m", "aid"), ("£26m", "aid")],
        ),
        (
            "O Governo anunciou um fundo de 20 milhões de soles.",
            "pt",
            [("20 milhões de soles", "aid")],
        ),
    ],
)
def test_aid_in_any_currency(text, lang, expected):
    frame = explore.figures_in(text, lang)
    assert frame.select("raw", "concept").rows() == expected
    assert frame["kind"].to_list() == ["money"] * len(expected)


@pytest.mark.parametrize(
    ("text", "lang", "raw"),
    [
        ("Skradziono obraz wyceniany na 5 mln euro.", "pl", "5 mln euro"),
        ("The stolen painting was valued at €5m.", "en", "€5m"),
        ("O quadro roubado está avaliado em 5 milhões de euros.", "pt", "5 milhões de euros"),
    ],
)
def test_what_a_thing_is_valued_at_is_its_value(text, lang, raw):
    frame = explore.figures_in(text, lang)
    assert frame.select("raw", "concept").rows() == [(raw, "value")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Böen von bis zu 50 Meilen pro Stunde (etwa 80 km/h) werden erwartet.", "de",
         [("50 Meilen pro Stunde", "wind_speed"), ("80 km/h", "wind_speed")]),
        ("Gusts of up to 50 mph (80 km/h) are expected.", "en",
         [("50 mph", "wind_speed"), ("80 km/h", "wind_speed")]),
    ],
)  # fmt: skip
def test_a_measure_restated_in_brackets_keeps_its_concept(text, lang, expected):
    """'50 mph (80 km/h)': the conversion is the same wind's speed, not a speed."""
    assert explore.figures_in(text, lang).select("raw", "concept").rows() == expected


def test_every_concept_has_a_label_and_words_in_every_language():
    labels = vocabulary.concept_labels()
    assert set(labels) == vocabulary.generic_concepts()
    measured = vocabulary.measure_concepts()
    derived = {key + vocabulary.FIRST_ROUND for key in vocabulary.round_concepts()}
    derived |= {
        key
        for key in vocabulary.generic_concepts()
        if key.endswith((vocabulary.FORECAST, vocabulary.TOTAL))
    }
    for key in vocabulary.generic_concepts() - measured - derived:
        for lang in supported_languages():
            rules = [
                *vocabulary.generic_rules(lang),
                *vocabulary.kind_rules("money", lang),
                *vocabulary.kind_rules("percent", lang),
            ]
            assert any(r["concept"] == key for r in rules), (key, lang)


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


EVENT = """
[[concepts]]
key = "ballot_boxes"
label = "Ballot boxes"
[concepts.en]
nouns = ["ballot box"]
[concepts.pt]
nouns = ["urna"]

[[concepts]]
key = "deaths_in_the_dam_collapse"
[concepts.en]
nouns = ["people"]
near = ["dam"]
"""


def test_an_event_vocabulary_next_to_the_articles_is_tried_first(tmp_path):
    (tmp_path / "concepts.toml").write_text(EVENT, encoding="utf-8")
    (tmp_path / "en-a.txt").write_text(
        "Election in Lendria\n\nOfficials counted 450 ballot boxes. The dam burst and 12 "
        "people died. Elsewhere 3 people died in a fire.\n",
        encoding="utf-8",
    )
    (tmp_path / "pt-b.txt").write_text(
        "Eleição na Lendria\n\nOs fiscais contaram 450 urnas em todo o país.\n", encoding="utf-8"
    )
    corpus = explore.load_corpus(tmp_path)
    assert corpus.figures.select("doc_id", "raw", "concept").rows() == [
        ("en-a", "450", "ballot_boxes"),
        ("en-a", "12", "deaths_in_the_dam_collapse"),
        ("en-a", "3", "deaths"),  # no dam near: the generic concept
        ("pt-b", "450", "ballot_boxes"),
    ]
    agree = corpus.compare.filter(pl.col("concept") == "ballot_boxes")
    assert set(agree["verdict"]) == {"agree"}


def test_a_concepts_file_given_to_figures_in(tmp_path):
    file = tmp_path / "event.toml"
    file.write_text(EVENT, encoding="utf-8")
    frame = explore.figures_in("They found 12 ballot boxes.", "en", concepts=file)
    assert frame.select("raw", "concept").rows() == [("12", "ballot_boxes")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[concepts]]\nlabel = 'x'\n", "entry 1 has no key"),
        (
            "[[concepts]]\nkey = 'x'\n[concepts.xx]\nnouns = ['a']\n",
            "'xx' is no supported language",
        ),
        ("[[concepts]]\nkey = 'x'\n[concepts.en]\nnear = ['a']\n", "expected nouns = [...]"),
        ("key = ", "not a readable TOML file"),
        ("title = 'nothing'\n", "no [[concepts]] entries"),
        ("[senses.nouns.country]\nen = 'country'\n", "[senses.nouns.country]: expected"),
    ],
)
def test_a_bad_concepts_file_is_named_with_what_was_expected(tmp_path, text, message):
    (tmp_path / "concepts.toml").write_text(text, encoding="utf-8")
    (tmp_path / "en-a.txt").write_text("Officials counted 450 ballot boxes.\n", encoding="utf-8")
    with pytest.raises(explore.ExploreError, match=r"concepts\.toml") as err:
        explore.load_corpus(tmp_path)
    assert message in str(err.value)


def test_explore_concepts_lists_what_no_vocabulary_covers_and_starts_a_file(tmp_path):
    from click.testing import CliRunner

    from explore.cli import cli

    (tmp_path / "en-a.txt").write_text(
        "Storm in Lendria\n\nThe storm felled 300 trees and 40 trees blocked roads; 7 people "
        "died.\n",
        encoding="utf-8",
    )
    corpus = explore.load_corpus(tmp_path)
    assert corpus.concepts.select("lang", "noun", "counted", "n_figures", "values").rows() == [
        ("en", "tre", "trees", 2, [300.0, 40.0]),  # noun: the key compare matches on
    ]
    result = CliRunner().invoke(cli, ["concepts", str(tmp_path), "--starter"])
    assert result.exit_code == 0, result.output
    assert '[[concepts]]\nkey = "trees"\nlabel = "trees"' in result.output
    assert '[concepts.en]\nnouns = ["trees"]' in result.output
    # the starter file is a vocabulary explore reads: the trees now have a concept
    (tmp_path / "concepts.toml").write_text(result.output, encoding="utf-8")
    again = explore.load_corpus(tmp_path)
    assert again.figures.filter(pl.col("concept") == "trees").height == 2
    assert again.concepts.is_empty()


WIND = """
[[concepts]]
key = "wind_turbines"
label = "Wind turbines"
[concepts.pl]
nouns = ["wiatrak"]
[concepts.de]
nouns = ["Windrad"]
"""


def test_a_users_words_match_their_inflected_forms(tmp_path, monkeypatch):
    """A concepts file lists lemmas; the articles decline them. 'wiatrak' matches the
    genitive plural 'wiatraków', 'Windrad' the dative plural 'Windrädern': simplemma looks
    the forms up when the file is first read, and they are kept in the cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    file = tmp_path / "concepts.toml"
    file.write_text(WIND, encoding="utf-8")
    polish = "Na wzgórzach stoi 40 wiatraków."
    german = "Der Park besteht aus 12 Windrädern."
    assert explore.figures_in(polish, "pl").select("raw", "concept").rows() == [("40", None)]
    assert explore.figures_in(polish, "pl", concepts=file)["concept"].to_list() == ["wind_turbines"]
    assert explore.figures_in(german, "de", concepts=file)["concept"].to_list() == ["wind_turbines"]
    cached = sorted(p.name.split("-")[0] for p in (tmp_path / "cache/explore/forms").iterdir())
    assert cached == ["de", "pl"]  # one table per language the file names


def test_the_seeds_concepts_come_from_their_own_file(seeds):
    """The seeds' event (a signing ceremony) is described in seeds/concepts.toml, found next
    to the articles; the package's vocabulary knows none of it."""
    assert seeds.concepts_file == seeds.path / "concepts.toml"
    assert "signatory_countries" in set(seeds.figures["concept"].drop_nulls())
    assert "signatory_countries" not in vocabulary.generic_concepts()
    assert vocabulary.event_labels()["signatory_countries"] == "Countries that signed"


def test_a_corpus_without_a_concepts_file_counts_with_the_generic_vocabulary(tmp_path):
    (tmp_path / "en-a.txt").write_text(
        "Summit in Lendria\n\nDelegates from 72 countries signed; 12 people died in a storm.\n",
        encoding="utf-8",
    )
    corpus = explore.load_corpus(tmp_path)
    assert corpus.concepts_file is None
    assert corpus.figures.select("raw", "concept").rows() == [("72", None), ("12", "deaths")]
    assert corpus.checks.is_empty() and corpus.regions.is_empty()


def test_an_event_file_names_money_and_percentages_by_their_words(make_corpus):
    """An entry with kinds and near words only: what a sum or a share is, said around it."""
    concepts = """
[[concepts]]
key = "reconstruction_fund"
label = "Reconstruction fund"
kinds = ["money"]
[concepts.en]
near = ["reconstruction"]
[concepts.pl]
near = ["odbudowa"]

[[concepts]]
key = "ballots_counted"
label = "Ballots counted (share)"
kinds = ["percent"]
[concepts.en]
near = ["counted"]
"""
    folder = make_corpus(
        {
            "concepts.toml": concepts,
            "en-a.txt": "Fund\n\nThe reconstruction fund holds $2 billion. By noon 80% of "
            "ballots were counted. Prices rose 3%.\n",
            "pl-b.txt": "Fundusz\n\nNa odbudowę przeznaczono 5 mld zł.\n",
        }
    )
    figures = explore.load_corpus(folder).figures
    assert figures.select("doc_id", "raw", "concept").rows() == [
        ("en-a", "$2 billion", "reconstruction_fund"),
        ("en-a", "80%", "ballots_counted"),
        ("en-a", "3%", None),
        ("pl-b", "5 mld zł", "reconstruction_fund"),  # 'odbudowę' is a form of 'odbudowa'
    ]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            'kinds = ["count"]\n[concepts.en]\nnear = ["fund"]',
            "expected a list of money or percent",
        ),
        ('kinds = ["money"]\n[concepts.en]\nnouns = ["fund"]', "needs near"),
    ],
)
def test_a_bad_kinds_entry_is_named(make_corpus, entry, expected):
    folder = make_corpus(
        {
            "concepts.toml": f'[[concepts]]\nkey = "fund"\n{entry}\n',
            "en-a.txt": "Fund\n\nThe fund holds $2 billion.\n",
        }
    )
    with pytest.raises(ExploreError, match=expected):
        explore.load_corpus(folder).figures.to_dicts()


def test_an_event_file_names_a_measure_by_its_unit_and_words(make_corpus):
    """An entry with units (and, if it likes, words): 'lake' acres are the lake's, other
    acres stay the generic area."""
    folder = make_corpus(
        {
            "concepts.toml": '[[concepts]]\nkey = "lake_area"\nlabel = "Lake area"\n'
            'units = ["ac"]\n[concepts.en]\nnear = ["lake"]\n',
            "en-a.txt": "Lake\n\nThe lake now covers 300 acres. The fire burned 900 acres.\n",
        }
    )
    figures = explore.load_corpus(folder).figures
    assert figures.select("raw", "concept").rows() == [
        ("300 acres", "lake_area"),
        ("900 acres", "area"),
    ]


def test_a_context_phrase_of_several_words():
    """'impacto econômico' is two words in a row, matched as written."""
    figures = explore.figures_in("O impacto econômico é estimado em 15 bilhões de reais.", "pt")
    assert figures["concept"].to_list() == ["damage"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The ferry had 310 people on board, among them 280 passengers and 30 crew members.",
         "en", [("310", "on_board"), ("280", "passengers"), ("30", "crew")]),
        ("An Bord des Zuges waren 150 Menschen, darunter 4 Besatzungsmitglieder.",
         "de", [("150", "on_board"), ("4", "crew")]),
        ("Il y avait 97 personnes à bord de l’appareil.", "fr", [("97", "on_board")]),
        ("O navio levava 410 passageiros e 25 tripulantes.",
         "pt", [("410", "passengers"), ("25", "crew")]),
        ("Na pokładzie autobusu było 48 osób.", "pl", [("48", "on_board")]),
    ],
)  # fmt: skip
def test_people_on_board_passengers_and_crew(text, lang, expected):
    assert concepts(text, lang) == expected


def test_a_vehicle_after_on_board_is_no_place():
    rows = explore.figures_in("Il y avait 97 personnes à bord du Boeing 737.", "fr")
    assert rows.filter(pl.col("raw") == "97")["scope"].to_list() == [None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The stolen paintings are valued at €40 million, or $46 million.",
         "en", [("€40 million", "value"), ("$46 million", "value")]),
        ("La valeur du butin est estimée à 12 millions d’euros, soit 14 millions de dollars.",
         "fr", [("12 millions d’euros", "value"), ("14 millions de dollars", "value")]),
        ("Wartość łupu to 5 mln euro, czyli 21 mln złotych.",
         "pl", [("5 mln euro", "value"), ("21 mln złotych", "value")]),
    ],
)  # fmt: skip
def test_a_sum_restated_in_another_currency_keeps_its_concept(text, lang, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # of those on board, the ones who died are a toll, not the people on board
        ("The jet had 180 people on board, and 175 people on board died.",
         "en", [("180", "on_board"), ("175", "deaths")]),
        ("Von den 90 Menschen an Bord sind 88 Menschen an Bord ums Leben gekommen.",
         "de", [("90", "on_board"), ("88", "deaths")]),
        ("Spośród 64 osób na pokładzie 60 osób na pokładzie zmarło.",
         "pl", [("64", "on_board"), ("60", "deaths")]),
        ("The coach was carrying 52 people when it overturned.", "en", [("52", "on_board")]),
        ("12 passengers were injured and 3 passengers died.",
         "en", [("12", "injured"), ("3", "deaths")]),
        # bodies recovered so far are not the toll
        ("Rescuers have recovered 40 bodies; the toll stands at 52 deaths.",
         "en", [("40", "bodies_recovered"), ("52", "deaths")]),
        ("Les secours ont retrouvé 18 corps dans les décombres.",
         "fr", [("18", "bodies_recovered")]),
        ("Foram retirados 25 corpos dos escombros.", "pt", [("25", "bodies_recovered")]),
    ],
)  # fmt: skip
def test_people_on_board_who_died_are_deaths(text, lang, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The thieves stole 6 paintings from the gallery.", "en", [("6", "items_stolen")]),
        ("Die Täter erbeuteten 14 Schmuckstücke aus der Vitrine.", "de", [("14", "items_stolen")]),
        ("Les cambrioleurs ont emporté 3 tableaux de maître.", "fr", [("3", "items_stolen")]),
        ("Os ladrões levaram 5 peças do acervo do museu.", "pt", [("5", "items_stolen")]),
        ("Złodzieje ukradli 7 obrazów z galerii.", "pl", [("7", "items_stolen")]),
        ("The museum owns 6 paintings by the artist.", "en", [("6", None)]),  # none stolen
        ("Rund 80 Ermittler suchen nach den Tätern.", "de", [("80", "personnel_deployed")]),
        ("Cerca de 50 investigadores trabalham no caso.", "pt", [("50", "personnel_deployed")]),
        ("The loss of 9 GW equalled 40% of national demand.",
         "en", [("9 GW", "power"), ("40%", "demand_share")]),
        ("Ce qui représentait 55 % de la consommation nationale.",
         "fr", [("55 %", "demand_share")]),
        ("60% da demanda de energia já foi restabelecida.", "pt", [("60%", "power_restored")]),
    ],
)  # fmt: skip
def test_thefts_investigators_and_shares_of_demand(text, lang, expected):
    assert concepts(text, lang) == expected


def test_money_after_a_colon_takes_the_words_before_it():
    rows = concepts("Le montant du butin : 12 millions d’euros, selon le musée.", "fr")
    assert rows == [("12 millions d’euros", "value")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Ana Ferraz won the runoff with 52.4% of the vote, and Rui Lobo took 47.6%. "
         "Turnout was 41.3%.",
         [("52.4%", "vote_share", "Ferraz"), ("47.6%", "vote_share", "Lobo"),
          ("41.3%", "turnout", None)]),
        ("de", "Im ersten Wahlgang kam Ana Ferraz auf 38,1 Prozent, Rui Lobo auf 31,7 Prozent.",
         [("38,1 Prozent", "vote_share_first_round", "Ferraz"),
          ("31,7 Prozent", "vote_share_first_round", "Lobo")]),
        ("fr", "Ana Ferraz a obtenu 52,4 % des voix contre 47,6 % à Rui Lobo.",
         [("52,4 %", "vote_share", "Ferraz"), ("47,6 %", "vote_share", "Lobo")]),
        ("en", "The party won 30% of the vote in the capital.", [("30%", None, None)]),
    ],
)  # fmt: skip
def test_a_share_of_the_vote_is_its_candidates(make_corpus, lang, text, expected):
    corpus = explore.load_corpus(make_corpus({f"{lang}-poll-1.txt": text + "\n"}))
    rows = corpus.figures.select("raw", "concept", "scope").rows()
    assert rows == expected


def test_two_articles_give_a_candidate_two_shares_of_the_vote(make_corpus):
    folder = make_corpus(
        {
            "en-a-1.txt": "Ana Ferraz won the runoff with 52.4% of the vote, and Rui Lobo took "
            "47.6%. It was a close race in the city, observers said.\n",
            "pt-b-1.txt": "Ana Ferraz venceu a segunda volta com 52,6% dos votos, e Rui Lobo "
            "ficou com 47,4%. Foi uma disputa renhida na cidade.\n",
        }
    )
    compared = explore.load_corpus(folder).compare.select("concept", "value", "verdict")
    assert compared.rows() == [
        ("vote_share (%) @ Ferraz", 52.4, "conflict"),
        ("vote_share (%) @ Ferraz", 52.6, "conflict"),
        ("vote_share (%) @ Lobo", 47.6, "conflict"),
        ("vote_share (%) @ Lobo", 47.4, "conflict"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "About 800 more people than usual died in July. So far 12 people died."),
        ("de", "Man rechnet mit rund 800 zusätzlichen Todesfällen. Bisher starben 12 Menschen."),
        ("fr", "Le ministère estime à 800 le nombre de décès en excès. 12 personnes sont mortes."),
        ("pt", "O ministério estima 800 mortes em excesso. Morreram 12 pessoas."),
        ("pl", "Resort szacuje 800 nadmiarowych zgonów. Zmarło 12 osób."),
    ],
)  # fmt: skip
def test_excess_deaths_are_not_the_toll(lang, text):
    assert [(c, v) for _, c, v in concepts_and_values(text, lang)] == [
        ("excess_deaths", 800),
        ("deaths", 12),
    ]


def concepts_and_values(text: str, lang: str) -> list[tuple[str, str | None, float]]:
    frame = explore.figures_in(text, lang)
    return frame.select("raw", "concept", "value").rows()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a count with no noun of its own takes the noun before it, and its own clause
        # says what befell those people
        (
            "de",
            "Elf Menschen wurden lebend aus dem Fluss gezogen, drei galten als vermisst.",
            [("Elf", "rescued"), ("drei", "missing")],
        ),
        (
            "en",
            "Twenty people were hurt, six of them seriously.",
            [("Twenty", "injured"), ("six", "seriously_injured")],
        ),
        (
            "fr",
            "Trente personnes ont été blessées, dont cinq grièvement.",
            [("Trente", "injured"), ("cinq", "seriously_injured")],
        ),
        (
            "pt",
            "Dos 25 feridos, sete continuam em estado grave.",
            [("25", "injured"), ("sete", "seriously_injured")],
        ),
        (
            "pl",
            "Rannych zostało 30 osób, w tym osiem ciężko.",
            [("30", "injured"), ("osiem", "seriously_injured")],
        ),
        ("en", "Nine are still missing.", [("Nine", "missing")]),
        # a headline has no full stop: its clause still runs to its last word
        ("en", "Storm forces 3,100 to flee", [("3,100", "evacuated")]),
        # the clause's total wins over a word after the number that names nothing
        ("pt", "O número de mortos subiu para 19 nesta sexta-feira.", [("19", "deaths")]),
        # alive is not dead; passengers still missing are missing
        ("fr", "Douze passagers sont toujours portés disparus.", [("Douze", "missing")]),
        ("pl", "Z wody wyciągnięto 40 osób.", [("40", "rescued")]),
    ],
)
def test_what_befell_the_people_a_count_counts(lang, text, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Turnout was 38.2%, down from 44.5% in the first round.",
            [("38.2%", "turnout"), ("44.5%", "turnout_first_round")],
        ),
        (
            "pt",
            "A participação, de 38,2%, ficou abaixo dos 44,5% da primeira volta.",
            [("38,2%", "turnout"), ("44,5%", "turnout_first_round")],
        ),
        (
            "de",
            "Die Stimmbeteiligung lag bei 38,2 Prozent und damit unter dem Wert der ersten Runde.",
            [("38,2 Prozent", "turnout")],
        ),
    ],
)
def test_the_first_round_of_an_election_is_another_quantity(lang, text, expected):
    assert concepts(text, lang) == expected


def test_a_candidates_first_round_share_is_kept_apart_from_the_run_off():
    text = (
        "Sofia Marchetti won 55.1% in the run-off, against 36.0% in the first round. "
        "Jonas Brandt took 44.9%."
    )
    frame = explore.figures_in(text, "en")
    assert frame.select("raw", "concept", "scope").rows() == [
        ("55.1%", "vote_share", "Marchetti"),
        ("36.0%", "vote_share_first_round", "Marchetti"),
        ("44.9%", "vote_share", "Brandt"),
    ]
    labels = vocabulary.concept_labels()
    assert labels["vote_share_first_round"] == "Share of the vote, first round"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Bastian kam auf 12'345 Stimmen.", [("12'345", 12345.0, "count", None)]),
        ("fr", "La facture atteint 1’250 francs.", [("1’250 francs", 1250.0, "money", "CHF")]),
        (
            "de",
            "Böen von bis zu 90 Kilometern pro Stunde",
            [("90 Kilometern pro Stunde", 90.0, "measure", "km/h")],
        ),
        (
            "de",
            "ein Gebiet von 40 Quadratkilometern",
            [("40 Quadratkilometern", 40.0, "measure", "km²")],
        ),
        (
            "en",
            "It reached 38.5 C on Sunday, and 39C a day later.",
            [("38.5 C", 38.5, "measure", "°C"), ("39C", 39.0, "measure", "°C")],
        ),
        ("pt", "Os termómetros marcaram 43 ºC.", [("43 ºC", 43.0, "measure", "°C")]),
    ],
)
def test_swiss_digit_groups_and_units_as_written(lang, text, expected):
    frame = explore.figures_in(text, lang)
    assert frame.select("raw", "value", "kind", "unit").rows() == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A ponte caiu, matando 9 pessoas e deixando outras 14 feridas.", "pt",
         [("9", "deaths"), ("14", "injured")]),
        ("Onze personnes blessées ont été hospitalisées.", "fr", [("Onze", "injured")]),
        ("Os três acusados que foram presos no domingo vivem em Setúbal.", "pt",
         [("três", "arrested")]),
    ],
)  # fmt: skip
def test_feminine_injured_and_the_accused_arrested(text, lang, expected):
    assert explore.figures_in(text, lang).select("raw", "concept").rows() == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The blaze is now 35% contained.", "en", [("35%", "containment")]),
        ("Das Feuer ist zu 40 Prozent eingedämmt.", "de", [("40 Prozent", "containment")]),
        ("Plus de 9 000 maisons restent menacées par les flammes.", "fr",
         [("9 000", "buildings_threatened")]),
        ("The fire destroyed 300 homes and threatened 4,000 buildings.", "en",
         [("300", "buildings_destroyed"), ("4,000", "buildings_threatened")]),
    ],
)  # fmt: skip
def test_a_fires_containment_and_the_buildings_it_threatens(text, lang, expected):
    assert explore.figures_in(text, lang).select("raw", "concept").rows() == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # people counted by a noun no rule lists: the verb of their own clause says what
        ("Nur drei Bergsteiger überlebten den Lawinenabgang am Gipfel.", "de",
         [("drei", "rescued")]),
        ("Przeżyło czterech marynarzy, pozostali zaginęli na morzu.", "pl",
         [("czterech", "rescued")]),
        ("Five tourists died when the boat capsized near the cliffs.", "en",
         [("Five", "deaths")]),
        ("A polícia prendeu dois motoristas da empresa de autocarros.", "pt",
         [("dois", "arrested")]),
        # a span of time, a nationality or a thing of its own concept is no one
        ("Two years after the dam failed, four engineers died in court custody.", "en",
         [("Two", None), ("four", "deaths")]),
        ("Parmi les morts figurent deux Canadiens et un Allemand.", "fr",
         [("deux", "nationals")]),
        ("Les autorités ont ouvert 40 abris pour les sinistrés de la tempête.", "fr",
         [("40", "shelters")]),
        # the people who live in a place; waves by their words
        ("La ville compte 165 000 habitants et un port de pêche.", "fr",
         [("165 000", "residents")]),
        ("Tsunami waves of up to three metres hit the coast on Wednesday.", "en",
         [("three metres", "wave_height")]),
        ("W nocy wciąż nie odnaleziono około 200 mieszkańców osiedla.", "pl",
         [("200", "missing")]),
    ],
)  # fmt: skip
def test_people_by_any_noun_residents_shelters_and_waves(text, lang, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the verb past a subset set off by commas is the figure's own
        ("Na wsi co najmniej 12 osób, w tym trzy kobiety, poniosło śmierć w lawinie.", "pl",
         [("12", "deaths"), ("trzy", None)]),
        ("Mindestens 14 Menschen, darunter zwei Kinder, sind in den Fluten ertrunken.", "de",
         [("14", "deaths"), ("zwei", None)]),
        # the death told by a noun before the people counted
        ("O temporal já provocou a morte de seis pessoas no litoral norte.", "pt",
         [("seis", "deaths")]),
        ("Policja potwierdziła zgon pięciu osób w powiecie nyskim.", "pl",
         [("pięciu", "deaths")]),
    ],
)  # fmt: skip
def test_a_toll_past_a_subset_or_after_its_noun(text, lang, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Smoke filled all 28-storey blocks of the estate by noon.", "en", [("28", "floors")]),
        ("Ogień objął wszystkie 20-piętrowe bloki na osiedlu.", "pl", [("20", "floors")]),
        ("O fogo subiu pelos 14 andares do edifício em minutos.", "pt", [("14", "floors")]),
        # a word glued to its number names no concept of another kind ('a 45-year-old')
        ("A 45-year-old driver and three passengers were rescued.", "en",
         [("45", None), ("three", "rescued")]),
    ],
)  # fmt: skip
def test_the_floors_of_a_building_glued_to_their_number_or_not(text, lang, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # who attacked, before the tolls their clause tells of
        ("Three gunmen opened fire on the crowd.", "en", [("Three", "attackers")]),
        ("L’un des deux auteurs de l’attentat a été tué.", "fr", [("deux", "attackers")]),
        ("Ogień otworzyło dwóch napastników.", "pl", [("dwóch", "attackers")]),
        # a storm's tornadoes and its category
        ("Forecasters confirmed 14 tornadoes across the state.", "en", [("14", "tornadoes")]),
        ("Der Sturm traf als Hurrikan der Stufe 4 auf Land.", "de", [("4", "storm_category")]),
        # trains are vehicles
        ("O choque de dois comboios fez 12 mortos.",
         "pt", [("dois", "vehicles"), ("12", "deaths")]),
        # people searched for are missing
        ("Os bombeiros estavam procurando por quatro pessoas no rio.",
         "pt", [("quatro", "missing")]),
        ("Milhares de pessoas procuraram abrigo nas escolas.",
         "pt", [("Milhares", "people_in_shelters")]),
    ],
)  # fmt: skip
def test_generic_quantities_of_attacks_storms_and_crashes(text, lang, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an adjective between the total and what it counts
        ("Le préfet a dit que le bilan provisoire des décès s'élevait à 17.",
         "fr", [("17", "deaths")]),
        ("O balanço oficial de mortos subiu para 40.", "pt", [("40", "deaths")]),
        # a name in quotation marks ends no clause
        ("Die Zahl der Toten durch «Karla» stieg am Abend auf 23.", "de", [("23", "deaths")]),
        ("Dabei verloren 30 Menschen infolge von «Karla» ihr Leben.", "de", [("30", "deaths")]),
    ],
)  # fmt: skip
def test_a_total_reads_past_adjectives_and_quoted_names(text, lang, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("More than 300 roads remain closed in the west of the state.",
         "en", [("300", "roads_closed")]),
        ("Mais de 120 estradas continuam interditadas no norte.",
         "pt", [("120", "roads_closed")]),
        # firefighters among the dead or the hurt are no personnel sent
        ("Rannych zostało 27 osób, w tym dziewięciu strażaków.",
         "pl", [("27", "injured"), ("dziewięciu", None)]),
        ("Plus de 80 sauveteurs sont mobilisés sur place.",
         "fr", [("80", "personnel_deployed")]),
        # a count of places is no count of the people its clause tells of
        ("Deaths were reported in six states.", "en", [("six", None)]),
        ("Ponad 2,4 miliona gospodarstw domowych nie ma dostępu do prądu.",
         "pl", [("2,4 miliona", "people_affected")]),
        ("Pięć osób jest w stanie poważnym.", "pl", [("Pięć", "seriously_injured")]),
        ("Ratownicy mają kontakt z trzema osobami pod gruzami.", "pl", [("trzema", "trapped")]),
        # people in shelters are not the shelters, nor all who were evacuated
        ("Officials said 900 residents were housed in eight shelters.",
         "en", [("900", "people_in_shelters"), ("eight", "shelters")]),
        ("More than 5,000 people were evacuated to shelters.", "en", [("5,000", "evacuated")]),
        # a noun that asks no context words, past a comma, counts nothing of the number
        ("The crash raised the death toll to 10, police said.", "en", [("10", "deaths")]),
    ],
)  # fmt: skip
def test_roads_personnel_places_and_the_hurt(text, lang, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # fighting for one's life is being seriously hurt, though the clause speaks of life
        ("Die Ärzte kämpfen um das Leben von sechs Menschen.",
         "de", [("sechs", "seriously_injured")]),
        ("Dwie osoby walczą o życie.", "pl", [("Dwie", "seriously_injured")]),
        ("Seven people are fighting for their lives in hospital.",
         "en", [("Seven", "seriously_injured")]),
        ("Três pessoas lutam pela vida no hospital.", "pt", [("Três", "seriously_injured")]),
        ("Quatre personnes sont entre la vie et la mort.", "fr", [("Quatre", "seriously_injured")]),
        ("Bei dem Angriff gab es mindestens vier Getötete.", "de", [("vier", "deaths")]),
        # the audience of a concert or a festival
        ("A concert with 800 people was under way when the fire started.",
         "en", [("800", "participants")]),
        ("Environ 900 personnes assistaient au spectacle.", "fr", [("900", "participants")]),
        ("Na koncercie bawiło się około 700 osób.", "pl", [("700", "participants")]),
        ("Zum Fest wurden 40.000 Besucher erwartet.", "de", [("40.000", "participants_forecast")]),
        # shocks counted; the quake that a toll is of is none
        ("Seitdem wurden mehr als 80 Beben registriert.", "de", [("80", "aftershocks")]),
        ("Foram registrados 60 tremores desde domingo.", "pt", [("60", "aftershocks")]),
        ("Chile earthquake toll rises to 12", "en", [("12", None)]),
        ("The magnitude-6.8 quake struck at dawn.", "en", [("6.8", "magnitude")]),
        # buildings burned down or fallen, homes without power, people who fled
        ("In der Altstadt brannten rund 50 Häuser und Geschäfte ab.",
         "de", [("50", "buildings_destroyed")]),
        ("The blaze engulfed some 70 structures near the port.",
         "en", [("70", "buildings_destroyed")]),
        ("Pelo menos 20 prédios desabaram no centro.", "pt", [("20", "buildings_destroyed")]),
        ("In 3000 Haushalten fiel der Strom aus.", "de", [("3000", "people_affected")]),
        ("About 30,000 homes lost power.", "en", [("30,000", "people_affected")]),
        ("Powódź zmusiła do ucieczki 40 tysięcy mieszkańców.",
         "pl", [("40 tysięcy", "evacuated")]),
        ("Bez dachu nad głową zostało 3 tys. osób.", "pl", [("3 tys.", "evacuated")]),
        # soldiers and rescuers sent, named by a modifier before their noun
        ("About 500 army personnel are engaged in the rescue.",
         "en", [("500", "personnel_deployed")]),
        ("Some 300 Coast Guard personnel joined the search.",
         "en", [("300", "personnel_deployed")]),
        ("Hunderte Armeeangehörige und Polizisten sind im Einsatz.",
         "de", [("Hunderte", "personnel_deployed")]),
    ],
)  # fmt: skip
def test_the_hurt_the_audience_shocks_buildings_and_people_sent(text, lang, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a forecast's clause ends where another clause opens
        ("The toll may rise further as 40 people were still missing.", "en", [("40", "missing")]),
        ("The death toll could rise to as many as 300.", "en", [("300", "deaths_forecast")]),
        ("Up to 300 people could have died as well as 20 tourists.",
         "en", [("300", "deaths_forecast"), ("20", "deaths_forecast")]),
        ("O alerta veio após o sismo de magnitude 6,1 e, segundo a agência, as ondas podem "
         "chegar a 3 metros.", "pt", [("6,1", "magnitude"), ("3 metros", "wave_height_forecast")]),
    ],
)  # fmt: skip
def test_a_forecast_reaches_its_own_clause_only(text, lang, expected):
    assert concepts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Unter den Gästen waren 40 Deutsche. 25 von ihnen stammen aus Österreich, 9 aus Polen.",
         "de", [("40", "nationals", "Deutsche"), ("25", "nationals", "Österreich"),
                ("9", "nationals", "Polen")]),
        ("Of the guests, 20 were from France and five from Italy.",
         "en", [("20", "nationals", "France"), ("five", "nationals", "Italy")]),
        # a preposition of origin after a noun, or before a city: no nationality
        ("Rund 200 Soldaten aus Polen wurden entsandt.",
         "de", [("200", "personnel_deployed", None)]),
        ("Twelve people from Spain died.", "en", [("Twelve", "deaths", None)]),
        ("Of the guests, 20 were from Lyon.", "en", [("20", None, None)]),
    ],
)  # fmt: skip
def test_people_from_a_country_are_its_nationals(text, lang, expected):
    rows = explore.figures_in(text, lang).select("raw", "concept", "scope").rows()
    assert rows == expected
