"""Money, percentages, measures, clock times, digit dates and vague quantities, in each
language, on sentences written for these tests: raw, value, kind, unit and qualifier as a
reader gives them."""

import pytest

import explore


def rows(text: str, lang: str) -> list[tuple]:
    frame = explore.figures_in(text, lang)
    for row in frame.iter_rows(named=True):
        assert text[row["start"] : row["end"]] == row["raw"]
    return frame.select("raw", "value", "kind", "unit", "qualifier").rows()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The city asked for $4.2bn and got £10m, less than €5 million.",
            "en",
            [
                ("$4.2bn", 4.2e9, "money", "USD", "exact"),
                ("£10m", 1e7, "money", "GBP", "exact"),
                ("€5 million", 5e6, "money", "EUR", "less_than"),
            ],
        ),
        (
            "Repairs will cost 300 millions d’euros, dont 12 millions de dollars d’aide.",
            "fr",
            [
                ("300 millions d’euros", 3e8, "money", "EUR", "exact"),
                ("12 millions de dollars", 1.2e7, "money", "USD", "exact"),
            ],
        ),
        (
            "O fundo recebeu US$ 1,3 bilhão e mais 10 milhões de euros.",
            "pt",
            [
                ("US$ 1,3 bilhão", 1.3e9, "money", "USD", "exact"),
                ("10 milhões de euros", 1e7, "money", "EUR", "exact"),
            ],
        ),
        (
            "Der Bund gibt 2,5 Mio. Euro und weitere 40 Franken pro Kopf.",
            "de",
            [
                ("2,5 Mio. Euro", 2.5e6, "money", "EUR", "exact"),
                ("40 Franken", 40.0, "money", "CHF", "exact"),
            ],
        ),
        (
            "Gmina dostanie 12 mln zł, a powiat ponad 3 tys. złotych.",
            "pl",
            [
                ("12 mln zł", 1.2e7, "money", "PLN", "exact"),
                ("3 tys. złotych", 3000.0, "money", "PLN", "more_than"),
            ],
        ),
    ],
)
def test_money_carries_its_iso_currency_and_full_value(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Turnout was 61.5% and rose 3 percentage points.",
            "en",
            [
                ("61.5%", 61.5, "percent", "%", "exact"),
                ("3 percentage points", 3.0, "percent", "pp", "exact"),
            ],
        ),
        (
            "Près de 30 % des foyers et 12 pour cent des écoles.",
            "fr",
            [
                ("30 %", 30.0, "percent", "%", "about"),
                ("12 pour cent", 12.0, "percent", "%", "exact"),
            ],
        ),
        (
            "Cerca de 40 por cento das casas.",
            "pt",
            [("40 por cento", 40.0, "percent", "%", "about")],
        ),
        ("Rund 12 Prozent der Stimmen.", "de", [("12 Prozent", 12.0, "percent", "%", "about")]),
        ("Poparło go 52 proc. wyborców.", "pl", [("52 proc.", 52.0, "percent", "%", "exact")]),
    ],
)
def test_percentages_keep_their_qualifier(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Winds reached 120 km/h and the fire burned 5,000 acres.",
            "en",
            [
                ("120 km/h", 120.0, "measure", "km/h", "exact"),
                ("5,000 acres", 5000.0, "measure", "ac", "exact"),
            ],
        ),
        (
            "The plant lost 15GW in five seconds.",
            "en",
            [
                ("15GW", 15.0, "measure", "GW", "exact"),
                ("five", 5.0, "count", None, "exact"),
            ],
        ),
        (
            "Es fielen 200 Liter pro Quadratmeter auf 2.900 Hektar.",
            "de",
            [
                ("200 Liter pro Quadratmeter", 200.0, "measure", "l/m²", "exact"),
                ("2.900 Hektar", 2900.0, "measure", "ha", "exact"),
            ],
        ),
        (
            "Spadło do 300 litrów na metr kwadratowy, wiatr miał 90 km na godzinę.",
            "pl",
            [
                ("300 litrów na metr kwadratowy", 300.0, "measure", "l/m²", "exact"),
                ("90 km na godzinę", 90.0, "measure", "km/h", "exact"),
            ],
        ),
        (  # Polish CLDR writes the nautical mile 'Mm': 'mm' stays the millimetre
            "W ciągu doby spadło 180 mm deszczu.",
            "pl",
            [("180 mm", 180.0, "measure", "mm", "exact")],
        ),
    ],
)
def test_measures_carry_the_cldr_symbol(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Power failed at 12:51:02 and came back at 6:07 p.m., not at 8pm.",
            "en",
            [
                ("12:51:02", 12.51, "time", None, "exact"),
                ("6:07 p.m.", 18.07, "time", None, "exact"),
                ("8pm", 20.0, "time", None, "exact"),
            ],
        ),
        (
            "Le courant est revenu vers 18h30, peu après 20H15.",
            "fr",
            [
                ("18h30", 18.3, "time", None, "about"),
                ("20H15", 20.15, "time", None, "more_than"),
            ],
        ),
        (
            "Gegen 12.30 Uhr fiel der Strom aus, um 6 Uhr kam er zurück.",
            "de",
            [
                ("12.30 Uhr", 12.3, "time", None, "about"),
                ("6 Uhr", 6.0, "time", None, "exact"),
            ],
        ),
        (
            "Por volta das 21h (16h em Brasília) voltou a luz.",
            "pt",
            [
                ("21h", 21.0, "time", None, "about"),
                ("16h", 16.0, "time", None, "about"),  # the same moment in another time zone
            ],
        ),
        (
            "Prąd wrócił o 12.33, a po godz. 14 działały już tramwaje.",
            "pl",
            [
                ("12.33", 12.33, "time", None, "exact"),
                ("14", 14.0, "time", None, "more_than"),
            ],
        ),
        ("It began at 1033 GMT.", "en", [("1033", 10.33, "time", None, "exact")]),
    ],
)
def test_clock_times_are_one_figure_never_counts(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Filed on 2025-10-25 by the clerk.", "en", [("2025-10-25", 25.0, "date", None, "exact")]),
        ("Stand: 15.09.2024, Pegel fallend.", "de", [("15.09.2024", 15.0, "date", None, "exact")]),
        ("Na segunda-feira (28/4) faltou luz.", "pt", [("28/4", 28.0, "date", None, "exact")]),
    ],
)
def test_dates_in_digits_are_one_date(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Hundreds of thousands fled and dozens of homes burned.",
            "en",
            [
                ("Hundreds of thousands", 200_000.0, "count", None, "about"),
                ("dozens", 24.0, "count", None, "about"),
            ],
        ),
        (
            "Une centaine de pompiers et des milliers d’habitants.",
            "fr",
            [
                ("Une centaine", 100.0, "count", None, "about"),
                ("milliers", 2000.0, "count", None, "about"),
            ],
        ),
        (
            "Centenas de milhares de casas e dezenas de feridos.",
            "pt",
            [
                ("Centenas de milhares", 200_000.0, "count", None, "about"),
                ("dezenas", 20.0, "count", None, "about"),
            ],
        ),
        (
            "Tausende Helfer und Zehntausende Sandsäcke.",
            "de",
            [
                ("Tausende", 2000.0, "count", None, "about"),
                ("Zehntausende", 20_000.0, "count", None, "about"),
            ],
        ),
        (
            "Setki strażaków i dziesiątki tysięcy worków.",
            "pl",
            [
                ("Setki", 200.0, "count", None, "about"),
                ("dziesiątki tysięcy", 20_000.0, "count", None, "about"),
            ],
        ),
        ("The count of 3 thousands was never vague.", "en", [("3", 3.0, "count", None, "exact")]),
        (
            "Several hundred volunteers came, and a few thousand sandbags.",
            "en",
            [
                ("Several hundred", 200.0, "count", None, "about"),
                ("a few thousand", 2000.0, "count", None, "about"),
            ],
        ),
        (
            "Mehrere hundert Helfer kamen, dazu einige tausend Sandsäcke und hundert Boote.",
            "de",
            [
                ("Mehrere hundert", 200.0, "count", None, "about"),
                ("einige tausend", 2000.0, "count", None, "about"),
                ("hundert", 100.0, "count", None, "exact"),
            ],
        ),
    ],
)
def test_vague_quantities_take_their_smallest_reading_about(text, lang, expected):
    assert rows(text, lang)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Il y a eu d’au moins 40 blessés et jusqu’à 12 disparus.",
            "fr",
            [
                ("40", 40.0, "count", None, "at_least"),
                ("12", 12.0, "count", None, "at_most"),
            ],
        ),
        (
            "Officials expect 200 or more arrests, 50 at most.",
            "en",
            [
                ("200", 200.0, "count", None, "at_least"),
                ("50", 50.0, "count", None, "at_most"),
            ],
        ),
        (
            "Foram 30 pelo menos, e o número pode superar 100.",
            "pt",
            [
                ("30", 30.0, "count", None, "at_least"),
                ("100", 100.0, "count", None, "more_than"),
            ],
        ),
        ("Il y avait moins de cinq survivants.", "fr", [("cinq", 5.0, "count", None, "less_than")]),
        ("The toll could top 10,000.", "en", [("10,000", 10_000.0, "count", None, "more_than")]),
    ],
)
def test_qualifiers_before_and_after(text, lang, expected):
    assert rows(text, lang) == expected


def ranges(text: str, lang: str) -> list[tuple]:
    frame = explore.figures_in(text, lang)
    return frame.select("raw", "kind", "unit", "qualifier", "range_id", "counted").rows()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Between 40 and 50 boats sank.",
            "en",
            [
                ("40", "count", None, "at_least", 1, "boats"),
                ("50", "count", None, "at_most", 1, "boats"),
            ],
        ),
        (
            "Floods covered 30–40% of the valley.",
            "en",
            [
                ("30", "percent", "%", "at_least", 1, None),
                ("40%", "percent", "%", "at_most", 1, None),
            ],
        ),
        (
            "Entre 12 e 15 pontes caíram.",
            "pt",
            [
                ("12", "count", None, "at_least", 1, "pontes"),
                ("15", "count", None, "at_most", 1, "pontes"),
            ],
        ),
        (
            "Zwischen 200 und 250 Millimeter Regen.",
            "de",
            [
                ("200", "measure", "mm", "at_least", 1, None),
                ("250 Millimeter", "measure", "mm", "at_most", 1, None),
            ],
        ),
        (
            "Ewakuowano od 30 do 45 rodzin.",
            "pl",
            [
                ("30", "count", None, "at_least", 1, "rodzin"),
                ("45", "count", None, "at_most", 1, "rodzin"),
            ],
        ),
        (
            "Il faudra de 3 jours à 5 jours.",
            "fr",
            [
                ("3", "count", None, "at_least", 1, "jours"),
                ("5", "count", None, "at_most", 1, "jours"),
            ],
        ),
        # a score and a list are no ranges
        (
            "They won 3-1 and 7 players, 9 coaches came.",
            "en",
            [
                ("3", "count", None, "exact", None, None),
                ("1", "count", None, "exact", None, None),  # never a function word
                ("7", "count", None, "exact", None, "players"),
                ("9", "count", None, "exact", None, "coaches"),
            ],
        ),
    ],
)
def test_ranges_link_both_ends(text, lang, expected):
    assert ranges(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The toll rose to 310 and the death toll to 2,056.",
            "en",
            [("310", None), ("2,056", "death")],
        ),
        ("A magnitude 6.8 earthquake hit at dawn.", "en", [("6.8", "magnitude")]),
        ("Die Zahl der Verletzten stieg auf 48.", "de", [("48", "Verletzten")]),
        ("Ein Beben der Stärke 6,1 traf die Küste.", "de", [("6,1", "Stärke")]),
        ("Do 17 wzrosła liczba rannych.", "pl", [("17", "rannych")]),
        ("O número de desalojados subiu para 900.", "pt", [("900", "desalojados")]),
        ("Le nombre de sinistrés est passé à 75.", "fr", [("75", "sinistrés")]),
        ("Zwei weitere Häuser und dozens of cars", "de", [("Zwei", "Häuser")]),
        (
            "Rescuers found 12 more bodies and dozens of cars.",
            "en",
            [
                ("12", "bodies"),
                ("dozens", "cars"),
            ],
        ),
        ("Ewakuowano 40 przestraszonych mieszkańców.", "pl", [("40", "mieszkańców")]),
        ("Um 70-jähriger Mann wurde gerettet.", "de", [("70", "jähriger")]),
    ],
)
def test_the_counted_noun_is_the_head_never_a_function_word(text, lang, expected):
    frame = explore.figures_in(text, lang)
    assert frame.select("raw", "counted").rows() == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Some two and a half million people lost power.",
            "en",
            [
                ("two and a half million", 2_500_000.0, "count", None, "about"),
            ],
        ),
        (
            "Half a million homes and two-thirds of the farms.",
            "en",
            [
                ("Half a million", 500_000.0, "count", None, "exact"),
                ("two-thirds", 0.6667, "rate", None, "exact"),
            ],
        ),
        (
            "It grew by a third. A third night of fires followed.",
            "en",
            [
                ("a third", 0.3333, "rate", None, "exact"),
                ("third", 3.0, "ordinal", None, "exact"),
            ],
        ),
        (
            "Eineinhalb Millionen Menschen und eine halbe Million Tiere, zwei Drittel davon.",
            "de",
            [
                ("Eineinhalb Millionen", 1_500_000.0, "count", None, "exact"),
                ("eine halbe Million", 500_000.0, "count", None, "exact"),
                ("zwei Drittel", 0.6667, "rate", None, "exact"),
            ],
        ),
        (
            "Półtora miliona osób, czyli dwie trzecie mieszkańców.",
            "pl",
            [
                ("Półtora miliona", 1_500_000.0, "count", None, "exact"),
                ("dwie trzecie", 0.6667, "rate", None, "exact"),
            ],
        ),
        (
            "Deux tiers des électeurs, un mois et demi plus tard.",
            "fr",
            [
                ("Deux tiers", 0.6667, "rate", None, "exact"),
                ("un mois et demi", 1.5, "count", None, "exact"),
            ],
        ),
        (
            "Dois milhões e meio de votos, 3/4 do total.",
            "pt",
            [
                ("Dois milhões e meio", 2_500_000.0, "count", None, "exact"),
                ("3/4", 0.75, "rate", None, "exact"),
            ],
        ),
    ],
)
def test_halves_and_fractions(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The storm killed one person in Chile, five in Peru.",
            "en",
            [
                ("one", "person"),
                ("five", "person"),
            ],
        ),
        ("Le parti obtient 120 sièges, les Verts 40.", "fr", [("120", "sièges"), ("40", "sièges")]),
        ("date 2025-03-02 In Lisbon 300 homes flooded.", "en", [("300", "homes")]),
    ],
)
def test_a_noun_said_once_counts_for_the_list_and_a_dateline_is_no_figure(text, lang, expected):
    assert explore.figures_in(text, lang).select("raw", "counted").rows() == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In der Nacht starb ein Bergsteiger am Gipfel.", "de", [("ein", 1.0, "Bergsteiger")]),
        (
            "Le séisme a tué une fillette et un pompier s'est noyé.",
            "fr",
            [
                ("une", 1.0, "fillette"),
                ("un", 1.0, "pompier"),
            ],
        ),
        ("Uma criança morreu afogada no rio.", "pt", [("Uma", 1.0, "criança")]),
        ("A climber died on the ridge.", "en", [("A", 1.0, "climber")]),
        # an article is no figure otherwise, nor when the death is someone else's
        ("A spokesman said five people died.", "en", [("five", 5.0, "people")]),
        ("A lot of people died.", "en", []),
        ("Ein Sprecher bestätigte den Einsatz.", "de", []),
    ],
)
def test_an_indefinite_article_that_states_a_toll_is_one(text, lang, expected):
    assert explore.figures_in(text, lang).select("raw", "value", "counted").rows() == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le vent a soufflé à 130 km/h et brûlé 2 000 hectares, puis moins de 3 ha.",
            "fr",
            [
                ("130 km/h", 130.0, "measure", "km/h", "exact"),
                ("2 000 hectares", 2000.0, "measure", "ha", "exact"),
                ("3 ha", 3.0, "measure", "ha", "less_than"),
            ],
        ),
        (
            "Choveram 150 milímetros e arderam 160 quilômetros quadrados.",
            "pt",
            [
                ("150 milímetros", 150.0, "measure", "mm", "exact"),
                ("160 quilômetros quadrados", 160.0, "measure", "km²", "exact"),
            ],
        ),
        (
            "Mindestens 12 Menschen, mehr als 40 Häuser, weniger als 5 Prozent.",
            "de",
            [
                ("12", 12.0, "count", None, "at_least"),
                ("40", 40.0, "count", None, "more_than"),
                ("5 Prozent", 5.0, "percent", "%", "less_than"),
            ],
        ),
        (
            "Co najmniej 12 osób, ponad 40 domów, mniej niż 5 proc.",
            "pl",
            [
                ("12", 12.0, "count", None, "at_least"),
                ("40", 40.0, "count", None, "more_than"),
                ("5 proc.", 5.0, "percent", "%", "less_than"),
            ],
        ),
        (
            "Le 1er novembre, et non le 15.09.2024.",
            "fr",
            [
                ("1er", 1.0, "date", None, "exact"),
                ("15.09.2024", 15.0, "date", None, "exact"),
            ],
        ),
        ("Dnia 2024-09-15 padało.", "pl", [("2024-09-15", 15.0, "date", None, "exact")]),
    ],
)
def test_every_language_reads_measures_qualifiers_and_dates(text, lang, expected):
    assert rows(text, lang) == expected


def test_the_module_function_takes_a_lone_surrogate_too():
    from explore.figures import figures_in

    with pytest.warns(explore.ExploreWarning):
        frame = figures_in("Foram 12 \udc80 pessoas.", "pt")
    assert frame.select("raw", "value").rows() == [("12", 12.0)]
