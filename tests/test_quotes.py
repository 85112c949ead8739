"""Quotes, statements and people on sentences written for the tests (not from the seeds)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import explore
from explore.article import ArticleView
from explore.paragraphs import split_paragraphs
from explore.people import display_name, gather


def read(text: str, lang: str) -> ArticleView:
    prose = [(p.start, p.end) for p in split_paragraphs(text)]
    return ArticleView(text, lang, prose)


def statements(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    view = read(text, lang)
    people = gather([("", view.mentions, lang)])
    return [
        (display_name(people, s.speaker), s.cue, text[s.start : s.end]) for s in view.statements
    ]


def quotes(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    view = read(text, lang)
    people = gather([("", view.mentions, lang)])
    return [
        (text[q.span.start : q.span.end], q.kind, display_name(people, q.speaker), q.cue)
        for q in view.quotes
    ]


# --- statements ------------------------------------------------------------------------


def test_english_statements():
    text = (
        "Foreign Minister Maria Lopes said that the talks would resume in March. "
        "According to Ambassador Ruth Okafor, the treaty protects personal data. "
        "According to the report, crime fell sharply."
    )
    assert statements(text, "en") == [
        ("Maria Lopes", "said that", "the talks would resume in March"),
        ("Ruth Okafor", "According to", "the treaty protects personal data"),
    ]


def test_a_title_refers_back_to_the_person_who_holds_it():
    text = (
        "Minister Jan Novak arrived in Geneva on Monday.\n"
        "Director Eva Stone opened the meeting.\n"
        "Later, the Minister said that the talks had failed."
    )
    assert statements(text, "en") == [("Jan Novak", "said that", "the talks had failed")]


def test_german_statements():
    text = (
        "Ministerin Anna Becker sagte, dass die Verhandlungen weitergehen. "
        "Laut Botschafter Jonas Frei ist das Abkommen fair. "
        "Gemäß dem Vertrag tritt das Abkommen im Juni in Kraft."
    )
    assert statements(text, "de") == [
        ("Anna Becker", "sagte, dass", "die Verhandlungen weitergehen"),
        ("Jonas Frei", "Laut", "ist das Abkommen fair"),
    ]


def test_polish_statements_and_an_inflected_name():
    text = (
        "Dyrektor Tomasz Lis przyjechał do Genewy w poniedziałek.\n"
        "Według dyrektora Tomasza Lisa, porozumienie jest uczciwe.\n"
        "Minister Anna Nowak powiedziała, że rozmowy będą kontynuowane."
    )
    assert statements(text, "pl") == [
        ("Tomasz Lis", "Według", "porozumienie jest uczciwe"),
        ("Anna Nowak", "powiedziała, że", "rozmowy będą kontynuowane"),
    ]
    view = read(text, "pl")
    person = gather([("", view.mentions, "pl")])[("tomasz", "lis")]
    assert sorted(person.forms) == ["Tomasz Lis", "Tomasza Lisa"]


def test_portuguese_statements():
    text = (
        "A ministra Ana Costa afirmou que o acordo será assinado em breve. "
        "Segundo a embaixadora Marta Silva, o tratado é justo. "
        "Segundo o regulamento, o tratado entra em vigor em junho."
    )
    assert statements(text, "pt") == [
        ("Ana Costa", "afirmou que", "o acordo será assinado em breve"),
        ("Marta Silva", "Segundo", "o tratado é justo"),
    ]


def test_french_statements():
    text = (
        "La ministre Claire Dubois a déclaré que les négociations reprendraient. "
        "Selon l'ambassadeur Paul Martin, le traité est équitable. "
        "Selon les Nations Unies, le traité est équitable."
    )
    assert statements(text, "fr") == [
        ("Claire Dubois", "déclaré que", "les négociations reprendraient"),
        ("Paul Martin", "Selon", "le traité est équitable"),
        ("Nations Unies", "Selon", "le traité est équitable"),  # a body speaks too
    ]


def test_according_to_reports_from_the_name_on_unless_a_comma_closes_the_cue():
    # a comma later in the sentence ("..., darunter") does not close the cue
    assert statements(
        "Laut Minister Karl Weber haben 72 Länder unterzeichnet, darunter 40 aus Europa.", "de"
    ) == [("Karl Weber", "Laut", "haben 72 Länder unterzeichnet, darunter 40 aus Europa")]
    # an apposition after the name is skipped up to the comma that closes it
    assert statements(
        "According to Alan Okonkwo, Director of the Treaty Division, 72 countries signed.", "en"
    ) == [("Alan Okonkwo", "According to", "72 countries signed")]


def test_names_with_sharp_s_are_found_again_by_surname():
    text = (
        "Minister Karl Großmann sagte, dass 40 Länder unterzeichnet hätten.\n"
        "Nach Angaben von Großmann kamen mehr als 2.000 Delegierte nach Hanoi."
    )
    assert statements(text, "de") == [
        ("Karl Großmann", "sagte, dass", "40 Länder unterzeichnet hätten"),
        ("Karl Großmann", "Nach Angaben von", "kamen mehr als 2.000 Delegierte nach Hanoi"),
    ]
    assert explore.figures_in(text, "de")["speaker"].to_list() == ["Karl Großmann"] * 2


def test_a_country_that_believes_is_no_speaker():
    assert statements("Vietnam believes that the treaty will help everyone.", "en") == []
    assert statements("O Brasil acredita que o tratado ajudará todos.", "pt") == []


# --- quotes ----------------------------------------------------------------------------


def test_english_quote_with_speaker_after():
    text = '"We have no time to lose," Director Peter Hansen told reporters on Friday.'
    assert quotes(text, "en") == [
        ("We have no time to lose,", "speech", "Peter Hansen", "Director Peter Hansen told")
    ]


def test_german_quote_marks_and_cue():
    text = "„Wir brauchen mehr Zeit“, betonte Direktor Klaus Weber am Abend."
    [(quoted, kind, speaker, cue)] = quotes(text, "de")
    assert (quoted, kind, speaker) == ("Wir brauchen mehr Zeit", "speech", "Klaus Weber")
    assert cue.startswith("betonte")


def test_polish_quote_with_dash_cue():
    text = "„To jest przełom w rozmowach” – podkreślił dyrektor Piotr Zieliński."
    [(quoted, kind, speaker, cue)] = quotes(text, "pl")
    assert (quoted, kind, speaker) == ("To jest przełom w rozmowach", "speech", "Piotr Zieliński")
    assert cue.startswith("– podkreślił")


def test_portuguese_quote():
    text = '"Não há tempo a perder", disse o diretor Paulo Reis aos jornalistas.'
    [(quoted, kind, speaker, cue)] = quotes(text, "pt")
    assert (quoted, kind, speaker) == ("Não há tempo a perder", "speech", "Paulo Reis")
    assert cue.startswith("disse")


def test_french_guillemets_with_inner_spaces_and_speaker_before():
    text = "La ministre Claire Dubois a affirmé : « Nous devons agir vite. »"
    assert quotes(text, "fr") == [
        ("Nous devons agir vite.", "speech", "Claire Dubois", "affirmé :")
    ]


def test_terms_and_slogans_without_a_speaker():
    text = (
        'The city calls itself the "Capital of Light". '
        'The campaign ran under the motto "Clean water for every home, every day".'
    )
    assert quotes(text, "en") == [
        ("Capital of Light", "term", None, None),
        ("Clean water for every home, every day", "slogan", None, None),
    ]


def test_the_speaker_may_stand_in_the_next_sentence():
    text = (
        "Ambassador Ruth Okafor arrived late on Monday evening.\n"
        '"We will sign this treaty before the end of the year." The Ambassador said so twice.'
    )
    [(quoted, kind, speaker, cue)] = quotes(text, "en")
    assert quoted == "We will sign this treaty before the end of the year."
    assert (kind, speaker) == ("speech", "Ruth Okafor")
    assert cue.startswith("The Ambassador said")


def test_words_called_by_no_one_named_do_not_take_the_next_sentence_speaker():
    # the words are his ('called it a “farce”'), but no one named before is he
    text = 'He called it a "farce". Minister Jan Novak said that talks would go on.'
    assert quotes(text, "en") == [("farce", "speech", None, "called it a")]


def test_a_quote_running_to_the_end_of_the_article():
    text = 'Minister Jan Novak said: "We will stay, and we will sign\n"and nothing will stop us'
    [(quoted, kind, speaker, _)] = quotes(text, "en")
    assert quoted.endswith("nothing will stop us") and (kind, speaker) == ("speech", "Jan Novak")


def test_apostrophes_are_never_quote_marks():
    assert quotes("Aujourd’hui, l’une des délégations n’a rien dit, et c'est tout.", "fr") == []
    assert quotes("The country's plan isn't ready, and officials don't say why.", "en") == []


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph():
    text = 'She said: "This will never end, and we know it\nNext paragraph here.'
    [(quoted, kind, speaker, _)] = quotes(text, "en")
    assert (quoted, kind, speaker) == ("This will never end, and we know it", "speech", None)


def test_a_quote_over_several_paragraphs_that_reopen_the_mark():
    text = '"The first part of the speech goes on,\n"and the second part ends here," he said.'
    [(quoted, _, _, _)] = quotes(text, "en")
    assert quoted.startswith("The first part") and quoted.endswith("ends here,")


def test_nested_marks_stay_inside_the_outer_quote():
    text = "“He called it ‘a farce’ in public,” Senator Jo Park said."
    assert quotes(text, "en") == [
        ("He called it ‘a farce’ in public,", "speech", "Jo Park", "Senator Jo Park said")
    ]


def test_corpus_tables_read_new_articles(make_corpus):
    folder = make_corpus(
        {
            "a.txt": "Foreign Minister Maria Lopes said that the talks would resume in March.\n"
            '"We will be ready," Minister Maria Lopes told reporters in Lisbon on Friday.\n'
        }
    )
    corpus = explore.load_corpus(folder)
    assert corpus.statements["speaker"].to_list() == ["Maria Lopes"]
    assert corpus.quotes.select("speaker", "kind").rows() == [("Maria Lopes", "speech")]
    assert corpus.people.row(0, named=True)["n_mentions"] == 2


PIECES = [*"ab AZ.,:;'’\"“”„«»‘‚‹›–-\n", " said ", " sagte ", " Minister ", " Jo Park ", " that "]
TEXT = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(["en", "de", "fr", "pl", "pt"]))
def test_any_text_gives_valid_offsets(text, lang):
    view = read(text, lang)
    for q in view.quotes:
        assert 0 <= q.span.start <= q.span.end <= len(text)
        assert q.span.outer_start < q.span.start or q.span.start == q.span.end
    for s in view.statements:
        assert 0 <= s.start < s.end <= len(text)


def _dash_corpus(make_corpus, text: str):
    from explore import load_corpus

    return load_corpus(make_corpus({"pl-dash-1.txt": text}))


def test_polish_speech_set_off_by_dashes_is_a_quote_of_the_person_the_verb_fits(make_corpus):
    text = (
        'Powódź w dolinie. "Rzeka wyglądała jak morze"\n\n'
        "Zalanie miasta widziała burmistrz Nysy Ewa Kowalczyk. - Rano rzeka wyglądała jak morze. "
        "Woda była wszędzie - wspominała.\n\n"
        "- Nikt nie spał tej nocy.\n\n"
        "Lista strat:\n- 40 domów\n- dwa mosty\n\n"
        "Trasa Nysa - Opole jest zamknięta.\n"
    )
    quotes = _dash_corpus(make_corpus, text).quotes
    rows = quotes.select("text", "speaker", "kind").rows()
    assert rows == [
        ("Rzeka wyglądała jak morze", "Ewa Kowalczyk", "speech"),  # the headline repeats her words
        ("Rano rzeka wyglądała jak morze. Woda była wszędzie", "Ewa Kowalczyk", "speech"),
        ("Nikt nie spał tej nocy.", "Ewa Kowalczyk", "speech"),  # her next paragraph
    ]  # the list and 'Nysa - Opole' are no one's words
    text_of = _dash_corpus(make_corpus, text).text("pl-dash-1")
    assert all(text_of[s:e] == t for s, e, t in quotes.select("start", "end", "text").rows())


def test_dashes_are_no_quotes_where_the_press_does_not_print_speech_so(make_corpus):
    from explore import load_corpus

    text = "Die Brücke ist gesperrt. - Wir warten auf Hilfe - sagte Anna Lis.\n"
    assert load_corpus(make_corpus({"de-dash-1.txt": text})).quotes.height == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le préfet Paul Dubreuil met en garde contre « des crues soudaines » qui « dureront "
               "jusqu'à jeudi »."),
        ("en", "Governor Ruth Kane warned of “sudden floods” that “will last until Thursday”."),
    ],
)  # fmt: skip
def test_a_short_quote_joined_to_the_one_before_by_a_word_goes_on_with_its_words(
    make_corpus, lang, text
):
    from explore import load_corpus

    quotes = load_corpus(make_corpus({f"{lang}-join-1.txt": text})).quotes
    assert quotes.select("kind", "speaker").rows() == [("speech", quotes["speaker"][0])] * 2
    assert quotes["speaker"][0] in ("Paul Dubreuil", "Ruth Kane")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("pt", "A barragem foi considerada \"estável mas frágil\" pelo operador Hidrolux.",
         "Hidrolux"),
        ("en", "The dam was described as “weak but holding” by Governor Ruth Kane.", "Ruth Kane"),
        ("fr", "La digue a été qualifiée de « fragile mais solide » par le préfet Paul Dubreuil.",
         "Paul Dubreuil"),
    ],
)  # fmt: skip
def test_words_a_passive_verb_of_saying_gives_are_its_agents(make_corpus, lang, text, speaker):
    quotes = explore.load_corpus(make_corpus({f"{lang}-agent-1.txt": text})).quotes
    assert quotes.select("kind", "speaker").rows() == [("speech", speaker)]


def test_a_quote_before_by_with_no_verb_of_saying_has_no_agent(make_corpus):
    text = 'A ponte foi fechada "por precaução" pela Proteção Civil.'
    quotes = explore.load_corpus(make_corpus({"pt-agent-1.txt": text})).quotes
    assert quotes["speaker"].to_list() == [None]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Der Wetterdienst Meteoalp verzeichnete „außergewöhnlich starken Regen“ im Tal.",
         "Meteoalp"),
        ("en", "Governor Ruth Kane compared the flooded valley to “a war zone”.", "Ruth Kane"),
        ("pt", "Depois da cheia, o autarca Rui Vale comparou o centro da cidade a \"uma zona "
               "de guerra\".", "Rui Vale"),
    ],
)  # fmt: skip
def test_words_quoted_after_a_verb_that_compares_or_records_are_its_subjects(
    make_corpus, lang, text, speaker
):
    quotes = explore.load_corpus(make_corpus({f"{lang}-compare-1.txt": text})).quotes
    assert quotes.select("kind", "speaker").rows() == [("speech", speaker)]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Auch Bundespräsident Karl Huber würdigte den Wiederaufbau als „große "
               "Gemeinschaftsleistung“ der Stadt.", "Karl Huber"),
        ("en", "Governor Ruth Kane praised the volunteers as “the best of this state”.",
         "Ruth Kane"),
        ("fr", "Le maire Paul Dubreuil a salué « un travail remarquable » des pompiers.",
         "Paul Dubreuil"),
    ],
)  # fmt: skip
def test_words_quoted_after_a_verb_of_praise_are_its_subjects(make_corpus, lang, text, speaker):
    quotes = explore.load_corpus(make_corpus({f"{lang}-praise-1.txt": text})).quotes
    assert quotes.select("kind", "speaker").rows() == [("speech", speaker)]


def test_a_quote_remembered_is_the_words_of_the_one_who_remembers(make_corpus):
    text = (
        "Pour des habitants comme Karim Haddad, un étudiant, le séisme était un cauchemar. "
        '"Les murs ont commencé à trembler si fort," se souvient-il. "Nous avons passé la '
        'nuit dehors."'
    )
    quotes = explore.load_corpus(make_corpus({"fr-souvenir-1.txt": text})).quotes
    assert quotes["speaker"].to_list() == ["Karim Haddad", "Karim Haddad"]


def test_a_title_inside_the_reported_clause_is_not_who_speaks(make_corpus):
    text = (
        'Horas depois do anúncio, a ministra Ana Lis disse que o bispo de Roma foi uma "voz '
        'de respeito e acolhimento" para todos.'
    )
    quotes = explore.load_corpus(make_corpus({"pt-clause-1.txt": text})).quotes
    assert quotes["speaker"].to_list() == ["Ana Lis"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # chants after a verb of chanting, and the one joined to them, whoever chants
        ('Zgromadzeni krzyczeli "Złodzieje" i "Chcemy prawdy", rzucając kamieniami.', "pl",
         [("Złodzieje", "slogan", "Zgromadzeni"), ("Chcemy prawdy", "slogan", "Zgromadzeni")]),
        ("Protesters chanted “Shame on you” outside the town hall.", "en",
         [("Shame on you", "slogan", None)]),
        # a motto after its noun
        ("Das Fest stand unter dem Motto „Mensch, Kassel“ und lockte viele an.", "de",
         [("Mensch, Kassel", "slogan", None)]),
        # a capitalized word no one says, mid-sentence: a name
        ("L'incendie a ravagé la discothèque «Vertigo» de cette ville.", "fr",
         [("Vertigo", "term", None)]),
        # but a word said, after its verb, stays speech
        ("Maria Lis called the plan “Disgraceful” and left.", "en",
         [("Disgraceful", "speech", "Maria Lis")]),
    ],
)  # fmt: skip
def test_chants_mottos_and_one_word_names(text, lang, expected):
    assert [q[:3] for q in quotes(text, lang)] == expected
