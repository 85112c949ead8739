"""Scope: the place a figure is about, so that figures of different places are different
quantities ('one person died in Poland, five in Romania'; 'acht Todesopfer beim Pacific
Palisades Fire und 16 beim Eaton Fire').

A scope is a name after a place preposition in the figure's clause: right after the
figure and its noun, or opening the sentence before it ('Na Roménia, a tempestade matou
cinco pessoas'). Place words ('region', 'Bezirk', 'powiecie') and articles may stand
between the preposition and the name. The scope keeps the name as written; ``scope_key``
folds it for comparison across articles and languages (a country to its CLDR code:
'Polónia', 'w Polsce' and 'en Pologne' are all 'PL').
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import polars as pl

from explore.lexicons import lexicon, supported_languages, words
from explore.text import (
    CLAUSE_ENDS,
    Token,
    fold,
    is_common_word,
    is_function_word,
    lemma,
    month_lemmas,
)

_AFTER_REACH = 8  # words after the figure searched for a place preposition
_NAME_WORDS = 4  # longest name read as a scope
_ADJECTIVES = 4  # lowercase words read before a place noun
_OPENING_PHRASE = 2  # words between a clause's opening preposition and a place inside it


def scope_after(after: list[Token], lang: str) -> str | None:
    """The place named after a figure, in its clause and before any article: '7 people
    died in Poland', not 'journalists covered the summit in Geneva'."""
    seen = 0
    for k in range(len(after)):
        tok = after[k]
        if tok.text in CLAUSE_ENDS or tok.text == ",":
            return None
        if not tok.is_word:
            continue
        seen += 1
        low = tok.text.lower()
        if seen > _AFTER_REACH or low in words(lang, "places", "articles"):
            return None  # past an object ('covered the summit in Geneva'): not the figure's
        if low in words(lang, "places", "directions"):
            return None  # 'evacuated to schools in Sarnay': where they went
        if low in _prepositions(lang):
            name = _place_at(after, k + 1, low, lang)
            if name is not None:
                return name
        named = _event_named(after, k, lang)
        if named is not None:
            return named  # 'pięć zabił pożar Eaton'
    return None


def scope_before(before: list[Token], lang: str) -> str | None:
    """The place that opens the sentence or the clause of a figure, nearest first: 'In
    Niederösterreich starb ein Feuerwehrmann', 'Na Roménia, a tempestade matou cinco
    pessoas', '…, a w gminie Nysa ewakuowano 200 osób'."""
    preps = _prepositions(lang)
    joins = words(lang, "speech", "conjunctions")
    # named events since the figure before this one ('…, while the Oak Fire has burned 900')
    last = max((k for k, t in enumerate(before) if t.text[0].isdigit()), default=-1)
    named = {n for k in range(last + 1, len(before)) if (n := _event_named(before, k, lang))}
    if len(named) == 1:
        return named.pop()  # 'The Eaton Fire has destroyed 4,000 structures'
    if named:
        return None  # 'The Palisades Fire … and the Eaton Fire … consuming 34,000 acres'
    where = _where_before(before, lang) or _struck_before(before, lang)
    if where is not None:
        return where
    for k in range(len(before) - 1, -1, -1):
        if before[k].text.lower() not in preps:
            continue
        j = k - 1 if k > 0 and before[k - 1].text.lower() in joins else k
        if j > 0 and before[j - 1].text.lower() in words(lang, "speech", "sentence_adverbs"):
            j -= 1  # 'Allein auf Jamaika starben 19 Menschen'
        if j == 0 or before[j - 1].text in CLAUSE_ENDS or before[j - 1].text == ",":
            name = _place_at(before, k + 1, before[k].text.lower(), lang)
            if name is not None:
                return name
        elif _opens_with_place_phrase(before, j, lang):
            # 'In einer Küstenstadt in Haiti kosteten …': the place inside the opening phrase
            name = _place_at(before, k + 1, before[k].text.lower(), lang)
            if name is not None:
                return name
    return None


def _opens_with_place_phrase(before: list[Token], k: int, lang: str) -> bool:
    """Whether the words before tokens[k] are a phrase opening the clause with a place
    preposition and a few lowercase or noun words ('In einer Küstenstadt [in Haiti]')."""
    start = _clause_start(before, k)
    opening = before[start].text.lower()
    inner = before[start + 1 : k]
    return (
        opening in _prepositions(lang)
        and 0 < len(inner) <= _OPENING_PHRASE
        and is_function_word(inner[0].text, lang)  # 'einer', 'la', 'uma': an article first
        and all(t.is_word and not t.text[0].isdigit() for t in inner)
    )


def _clause_start(tokens: list[Token], k: int) -> int:
    """Index of the first token of the clause tokens[k] stands in (after a mark or a comma)."""
    while k > 0 and tokens[k - 1].text not in CLAUSE_ENDS and tokens[k - 1].text != ",":
        k -= 1
    return k


def _where_before(before: list[Token], lang: str) -> str | None:
    """The place a relative 'where' after a comma refers back to, when the figure's clause
    opens with it ('en Jamaïque, où il a fait 19 morts'; lexicon places.where)."""
    wheres = words(lang, "places", "where")
    k = next((i for i in range(len(before) - 1, 0, -1) if before[i].text.lower() in wheres), 0)
    if k < 2 or before[k - 1].text != "," or any(t.text in CLAUSE_ENDS for t in before[k:]):
        return None
    last = before[k - 2]  # the name's last word, right before the comma
    for p in range(k - 3, max(-1, k - 3 - _NAME_WORDS * 2), -1):
        low = before[p].text.lower()
        if low in _prepositions(lang):
            name = _place_at(before, p + 1, low, lang)
            if name is not None and name.split()[-1] == last.text:
                return name
            return None
    # no preposition: a country or an island the clause names ('frappé Cuba et Haïti, où')
    known = country_code(fold(last.text), lang) is not None or is_territory(last.text)
    return last.text if known and last.text[0].isupper() else None


def _struck_before(before: list[Token], lang: str) -> str | None:
    """The one country a clause names before a comma and a verb of harm in the gerund that
    the figure's clause opens with ('Melissa struck Jamaica, killing 19', 'atingiu a
    Jamaica, deixando quatro mortos'; lexicon places.harm_gerunds): where the harm was."""
    gerunds = words(lang, "places", "harm_gerunds")
    comma = next((k for k in range(len(before) - 1, -1, -1) if before[k].text == ","), None)
    if not gerunds or comma is None or comma + 1 >= len(before):
        return None
    if before[comma + 1].text.lower() not in gerunds:
        return None
    if any(t.text in CLAUSE_ENDS for t in before[comma + 1 :]):
        return None
    start = _clause_start(before, comma)
    named = {
        t.text
        for t in before[start:comma]
        if t.text[:1].isupper() and country_code(fold(t.text), lang) is not None
    }
    return named.pop() if len(named) == 1 else None


@cache
def _prepositions(lang: str) -> frozenset[str]:
    """Prepositions before a place: every place's, and those only a territory's name may
    follow ('auf Jamaika', not 'auf Twitter')."""
    return words(lang, "places", "prepositions") | words(lang, "places", "territory_prepositions")


def _place_at(tokens: list[Token], k: int, preposition: str, lang: str) -> str | None:
    """The place a preposition before tokens[k] names: not a verb made noun ('beim
    Auspumpen'), not a body's acronym ('em balanço do INEM'); after a preposition of
    islands and countries, a territory only."""
    found = _name_at(tokens, k, lang)
    if found is None or _verb_noun(preposition, found[0], lang):
        return None
    name, end = found
    if _listed(tokens, end, lang):
        return None  # 'in South Carolina, Georgia, Florida and Virginia': several places
    known = country_code(fold(name), lang) is not None or is_territory(name)
    if not known and name.isupper() and " " not in name:
        return None  # 'INEM', 'NHC': a body, no place
    if not known and preposition in words(lang, "places", "territory_prepositions"):
        return None
    return name


def _listed(tokens: list[Token], end: int, lang: str) -> bool:
    """Whether the name ending before tokens[end] opens a list of names ('Carolina do Sul,
    Geórgia, Flórida e Virgínia'): a comma, a name, then 'and' and a name in the clause.
    A name and its country ('Sydney, Australia') are one place."""
    if end + 1 >= len(tokens) or tokens[end].text != "," or not tokens[end + 1].text[0].isupper():
        return False
    ands = words(lang, "speech", "conjunctions")
    for k in range(end + 1, min(len(tokens) - 1, end + 1 + 3 * _NAME_WORDS)):
        text = tokens[k].text
        if text in CLAUSE_ENDS:
            return False
        if text.lower() in ands:
            return tokens[k + 1].text[0].isupper()
    return False


def _name_at(tokens: list[Token], k: int, lang: str) -> tuple[str, int] | None:
    """A capitalized name from token k, past articles and place nouns ('der Region
    Valencia', 'la région d'Eaton', 'zona de Klodzko'), and the index of the token after
    it; a capitalized article ends it (a headline run into the next sentence: 'in Damages
    The wildfires')."""
    start = k
    while k < len(tokens) and tokens[k].is_word and _is_filler(tokens[k].text, lang):
        k += 1
    # adjectives before a place noun: 'in der am schwersten betroffenen Region Valencia'
    ahead = [t.text for t in tokens[k : k + _ADJECTIVES + 1]]
    if ahead and ahead[0].lower() in words(lang, "places", "aboard"):
        return None  # 'à bord du Boeing', 'na pokładzie Boeinga': a vehicle, not a place
    if ahead and ahead[0].islower() and (hit := [w for w in ahead if _is_place_noun(w, lang)]):
        k += ahead.index(hit[0]) + 1
        while k < len(tokens) and tokens[k].is_word and _is_filler(tokens[k].text, lang):
            k += 1
    nouns_before = k > start
    names: list[Token] = []
    joiners = words(lang, "places", "joiners")
    while k < len(tokens) and len(names) < _NAME_WORDS:
        tok = tokens[k]
        if not tok.is_word:
            break
        if names and tok.text.lower() in words(lang, "places", "articles"):
            break
        if tok.text[0].isupper() and not _not_a_place(tok.text, lang):
            if _inflected_noun(tok.text, lang):
                break
            names.append(tok)
        elif not (names and tok.text.lower() in joiners):
            break
        k += 1
    while names and names[-1].text.lower() in joiners:
        names.pop()
    if not names or _is_world_region(names[0].text, lang):
        return None
    if _headline_end(names, tokens, k, lang):
        return None
    if (
        len(names) == 1
        and not nouns_before
        and start > 0
        and tokens[start - 1].text.lower() in words(lang, "places", "article_prepositions")
        and country_code(fold(names[0].text), lang) is None
    ):
        return None  # 'im Krankenhaus': a common noun after a preposition with its article
    for extra in (2, 1):  # 'en République tchèque': a country name with a lowercase word
        longer = [t for t in tokens[k : k + extra] if t.is_word]
        phrase = fold(" ".join(t.text for t in [*names, *longer]))
        if len(longer) == extra and phrase in _aliases(lang):
            names = [*names, *longer]
            k += len(longer)
            break
    return " ".join(t.text for t in names), k


def _is_world_region(word: str, lang: str) -> bool:
    """'en Europe centrale', 'na Europa Central', 'w Europie': a region larger than a
    country is the whole area an event covers, not one place of it (CLDR's UN M.49
    regions)."""
    folded = fold(word)
    if country_code(folded, lang) is not None:
        return False
    return folded in _world_regions() or folded[:5] in _world_region_stems()


@cache
def _territories(locale: str) -> dict[str, str]:
    """CLDR's territory names of a locale (Babel): country codes and UN M.49 regions."""
    from babel import Locale

    return Locale.parse(locale).territories


@cache
def _world_regions() -> frozenset[str]:
    return frozenset(
        fold(name)
        for locale in ("en", "de", "fr", "pt", "pl")
        for code, name in _territories(locale).items()
        if code.isdigit()
    )


@cache
def _territory_names() -> frozenset[str]:
    """Every folded CLDR territory name of the five languages: countries and regions, and
    the lexicons' other names of countries ('Kap Verde')."""
    locales = ("en", "de", "fr", "pt", "pl", *(v for vs in _VARIANTS.values() for v in vs))
    cldr = {fold(name) for loc in locales for name in _territories(loc).values()}
    return frozenset(cldr.union(*(_aliases(lang) for lang in supported_languages())))


def is_territory(name: str) -> bool:
    """'América do Sul', 'América Latina', 'Costa Rica': a place's name, though its words
    may be a person's; an English possessive is the place's too ('Hong Kong's')."""
    folded = fold(name)
    return folded in _territory_names() or (
        folded.endswith(("'s", "’s")) and folded[:-2] in _territory_names()
    )


@cache
def _world_region_stems() -> frozenset[str]:
    return frozenset(name.split()[0][:5] for name in _world_regions() if len(name) >= 5)


@cache
def _aliases(lang: str) -> dict[str, str]:
    """Other names of countries than CLDR's ('République tchèque' for 'Tchéquie')."""
    table = lexicon(lang).get("places", {}).get("countries", {})
    return {fold(name): code for name, code in table.items()}


def _event_named(tokens: list[Token], k: int, lang: str) -> str | None:
    """The name of a fire or a storm whose noun is token k: 'the Eaton Fire', 'Storm Boris',
    'pożar Eaton', 'l'incendie d'Eaton', 'das Pacific Palisades-Feuer'."""
    tok = tokens[k]
    if not tok.is_word:
        return None
    events = words(lang, "places", "events")
    head, _, last = tok.text.rpartition("-")
    if head and last.lower() in events and head[0].isupper():  # 'Palisades-Feuer'
        before = _capitalized_run(tokens, k - 1, -1, lang)
        return " ".join([*before, head])
    if tok.text.lower() not in events:
        return None
    if k > 0 and tokens[k - 1].text.lower() in words(lang, "places", "of"):
        return None  # 'le service d'incendie de Californie': the noun of another one
    before = _capitalized_run(tokens, k - 1, -1, lang)
    if before:
        return " ".join(before)
    j = k + 1
    while j < len(tokens) and tokens[j].text.lower() in place_words(lang):
        j += 1  # 'l'incendie d'Eaton'
    after = _capitalized_run(tokens, j, 1, lang)
    return " ".join(after) if after else None


def _capitalized_run(tokens: list[Token], k: int, step: int, lang: str) -> list[str]:
    """The capitalized words from token k on, one way, at most _NAME_WORDS; no article
    ('The Fire', 'L'incendie')."""
    articles = words(lang, "places", "articles")
    run: list[str] = []
    while 0 <= k < len(tokens) and len(run) < _NAME_WORDS:
        tok = tokens[k]
        if not (tok.is_word and tok.text[0].isupper()) or tok.text.lower() in articles:
            break
        if is_function_word(tok.text, lang):
            break  # 'Um incêndio', 'Un incendie': an article, no name
        if _not_a_place(tok.text, lang):
            break  # 'Saturday’s fire'
        run.append(tok.text)
        k += step
    return run[::-1] if step < 0 else run


def _headline_end(names: list[Token], tokens: list[Token], k: int, lang: str) -> bool:
    """'… with 10 Dead and $150B in Damages The wildfires …': a headline's last word, an
    everyday one capitalized, run into the first sentence (a capitalized article follows)."""
    if len(names) != 1 or k >= len(tokens) or not is_common_word(names[0].text, lang):
        return False
    following = tokens[k].text
    return following[0].isupper() and following.lower() in words(lang, "places", "articles")


def _is_filler(word: str, lang: str) -> bool:
    return word.lower() in words(lang, "places", "articles") or _is_place_noun(word, lang)


@lru_cache(maxsize=20_000)
def _is_place_noun(word: str, lang: str) -> bool:
    """'Region', 'powiecie'; in a language that joins nouns, a compound that ends in one
    ('Nachbarort', 'Landkreis')."""
    low = word.lower()
    nouns = place_words(lang)
    if low in nouns:
        return True
    if not lexicon(lang).get("text", {}).get("compounds", False):
        return False
    return any(len(n) >= 3 and low.endswith(n) and len(low) > len(n) + 2 for n in nouns)


@lru_cache(maxsize=20_000)
def _inflected_noun(word: str, lang: str) -> bool:
    """In a language that capitalizes every noun, a word simplemma knows in another form
    is a common noun, inflected ('Schulen', 'Krankenhäusern'); names keep their form."""
    if not lexicon(lang).get("places", {}).get("capitalized_nouns", False):
        return False
    import simplemma

    return simplemma.lemmatize(word, lang=lang) != word and country_code(fold(word), lang) is None


def _verb_noun(preposition: str, name: str, lang: str) -> bool:
    """'beim Auspumpen': a verb made noun after a preposition of doing, not a place."""
    return (
        preposition in words(lang, "places", "verbal_prepositions")
        and " " not in name
        and name.endswith("en")
    )


def _not_a_place(word: str, lang: str) -> bool:
    """Months, weekdays and the like are capitalized but name no place ('Saturday’s')."""
    bare = re.sub(r"['’]s$", "", word)
    return lemma(bare, lang) in month_lemmas(lang) or bare.lower() in words(
        lang, "places", "not_places"
    )


# --- keys ---------------------------------------------------------------------------------


@lru_cache(maxsize=20_000)
def scope_key(name: str, lang: str) -> str:
    """A scope folded for comparison: a country's CLDR code ('Polónia', 'Polsce',
    'Pologne' -> 'PL'), a nationality's too ('Britanniques' -> 'GB', explore.nationality),
    else the folded name ('Pacific Palisades' -> 'pacific palisades')."""
    from explore.nationality import demonym_code

    folded = fold(name)
    code = country_code(folded, lang)
    if code is None and " " not in name:
        code = demonym_code(name, lang)
    return code if code is not None else folded


def country_code(folded: str, lang: str) -> str | None:
    """The ISO 3166 code of a folded country name (CLDR's, or another the lexicon lists);
    in a language that inflects names, of an inflected one ('w Polsce', 'w Rumunii',
    'z Wielkiej Brytanii')."""
    code = _country_names(lang).get(folded) or _aliases(lang).get(folded)
    if code is not None or not lexicon(lang).get("places", {}).get("inflected", False):
        return code
    parts = folded.split()
    if not parts:
        return None
    for name, code in _country_index(lang).get((len(parts), parts[0][:4]), ()):
        if all(_inflected_as(base, part) for base, part in zip(name.split(), parts, strict=True)):
            return code
    return None


def _inflected_as(name: str, word: str) -> bool:
    """A shared start that leaves at most two letters of the name ('polska', 'polsce')."""
    pairs = enumerate(zip(name, word, strict=False))
    n = next((i for i, (a, b) in pairs if a != b), min(len(name), len(word)))
    return n >= max(4, len(name) - 2) and abs(len(name) - len(word)) <= 3


@cache
def _country_names(lang: str) -> dict[str, str]:
    """Folded country names of a language (CLDR via Babel) -> territory code."""
    names: dict[str, str] = {}
    for locale in (lang, *_VARIANTS.get(lang, ())):
        for code, name in _territories(locale).items():
            if code.isalpha():  # countries, not the UN M.49 regions ('150' Europe)
                names.setdefault(fold(name), code)
    return names


_VARIANTS = {"pt": ("pt_PT",), "en": ("en_GB",), "fr": ("fr_CA",), "de": ("de_AT", "de_CH")}


@cache
def _country_index(lang: str) -> dict[tuple[int, str], tuple[tuple[str, str], ...]]:
    """Country names by their number of words and the first four letters of the first."""
    index: dict[tuple[int, str], list[tuple[str, str]]] = {}
    for name, code in _country_names(lang).items():
        parts = name.split()
        index.setdefault((len(parts), parts[0][:4]), []).append((name, code))
    return {k: tuple(v) for k, v in index.items()}


# --- one label per place, across a corpus -------------------------------------------------


def scope_labels(scopes: list[str | None], langs: list[str]) -> list[str | None]:
    """The display label of each figure's scope, the same for one place across articles and
    languages: a country's English name ('Polónia', 'Polsce' -> 'Poland'); other names
    that share a word of five letters or more, by its first six, are one place ('Pacific
    Palisades', 'Palisades'; 'Valencia', 'Comunidade Valenciana'), labelled by their most
    frequent spelling."""
    keys = [
        None if s is None else scope_key(s, lang) for s, lang in zip(scopes, langs, strict=True)
    ]
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    by_word: dict[str, list[str]] = {}
    for key in sorted({k for k in keys if k is not None and not _is_code(k)}):
        own = _name_stems(key)
        for word in key.replace("-", " ").split():
            if len(word) >= 5 and word not in _place_nouns():  # 'Valencia', 'Valenciana'
                for other in by_word.setdefault(word[:6], []):
                    theirs = _name_stems(other)
                    if own <= theirs or theirs <= own:  # not 'Carolina Norte', 'Carolina Sul'
                        parent[root(key)] = root(other)
                by_word[word[:6]].append(key)
    spellings: dict[str, dict[str, int]] = {}
    for scope, key in zip(scopes, keys, strict=True):
        if key is not None and not _is_code(key):
            counts = spellings.setdefault(root(key), {})
            counts[scope] = counts.get(scope, 0) + 1
    labels = {r: max(c, key=lambda s: (c[s], -len(s))) for r, c in spellings.items()}
    return [
        None if key is None else _english_name(key) if _is_code(key) else labels[root(key)]
        for key in keys
    ]


def _name_stems(key: str) -> frozenset[str]:
    """The words that tell a place from another of a shared name, by their first six
    letters: not place nouns or joiners ('Condado de Saluda' and 'Saluda' are one place)."""
    return frozenset(
        w[:6] for w in key.replace("-", " ").split() if w not in _place_nouns() and len(w) > 2
    )


@cache
def place_words(lang: str) -> frozenset[str]:
    """The words between a preposition and a place's name: place nouns and the parts of a
    place ('in the county of', 'no sul de')."""
    return words(lang, "places", "nouns") | words(lang, "places", "compass")


@cache
def _place_nouns() -> frozenset[str]:
    """The place nouns and name joiners of every language, folded ('county', 'condado')."""
    return frozenset(
        fold(w)
        for lang in supported_languages()
        for w in words(lang, "places", "nouns") | words(lang, "places", "joiners")
    )


def _is_code(key: str) -> bool:
    return len(key) == 2 and key.isupper()


def _english_name(code: str) -> str:
    return _territories("en").get(code, code)


_HOME_SHARE = 0.6  # share of a corpus's articles that name the place of the whole event
_HOME_MIN_DOCS = 3


def home_places(rows: pl.DataFrame) -> set[str]:
    """The place (a scope label, not a country) the figures of most articles name in their
    sentences, more than any other: where the whole event happens, so the whole, not one
    part of it. A word of five letters or more of the place stands for it, by its first
    five letters ('Los Angeles County' is named by every 'Los Angeles'; 'Valencia',
    'Valence', 'Valenciana' are one). ``rows``: doc_id, sentence and place (its label) of
    every figure."""
    n_docs = rows["doc_id"].n_unique()
    if n_docs < _HOME_MIN_DOCS:
        return set()
    labels = set(rows["place"].drop_nulls().unique().to_list()) - country_labels()
    stems = {label: _stems(label) for label in labels}
    docs: dict[str, set[str]] = {}
    for doc, sentence in rows.select("doc_id", "sentence").unique().iter_rows():
        docs.setdefault(doc, set()).update(_stems(sentence, names_only=True))
    named = {
        label: max(
            (sum(any(_one_off(key, w) for w in found) for found in docs.values()) for key in keys),
            default=0,
        )
        for label, keys in stems.items()
    }
    ranked = sorted(named.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < max(_HOME_MIN_DOCS, _HOME_SHARE * n_docs):
        return set()
    top, count = ranked[0]
    tied = {label for label, n in ranked if n == count}
    if any(not _same_place(label, top) for label in tied):
        return set()  # two places as widely named: neither is the whole
    return tied  # one place in its spellings ('Lisbon', 'Lisboa', 'Lizbonie')


def _stems(text: str, *, names_only: bool = False) -> set[str]:
    """The first five letters of each word of five letters or more, folded; of each
    capitalized word only, with ``names_only``."""
    found = text.replace("-", " ").split()
    if names_only:
        found = [w for w in found if w[:1].isupper()]
    return {w[:5] for w in fold(" ".join(found)).split() if len(w) >= 5}


def _same_place(label: str, other: str) -> bool:
    """Two labels of one place: a stem of each at most a letter apart."""
    return any(_one_off(a, b) for a in _stems(label) for b in _stems(other))


def _one_off(stem: str, other: str) -> bool:
    """One stem, spelled in another language at most one letter apart ('lisbo', 'lizbo')."""
    return len(stem) == len(other) and sum(a != b for a, b in zip(stem, other, strict=True)) <= 1


@cache
def country_labels() -> frozenset[str]:
    """The English names scope_labels gives countries."""
    return frozenset(n for c, n in _territories("en").items() if c.isalpha())
