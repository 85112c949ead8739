"""Nationality: whose people a count counts, so that the passengers of each country are a
quantity of their own across articles and languages ('53 British nationals', '53
Britanniques', '53 Brytyjczyków', 'cinquenta e três cidadãos britânicos' are all the
nationals of GB).

A nationality is a nationality word (lexicon ``places.demonyms``, lemmas by ISO 3166
code, their inflected forms through the lemma tables) in the first words after the count,
before a preposition or a conjunction: the counted noun itself ('169 Indiens'), its
adjective ('169 passageiros indianos'), or a predicate ('53 were British', '53 die
britische'). A clause that names nationality itself ('169 Passagiere haben die indische
Staatsangehörigkeit') is read to its end. After a noun for citizens, a country's name
says it too ('169 obywateli Indii', 'citizens of India').
"""

from __future__ import annotations

from functools import cache

from explore.lexicons import lexicon, words
from explore.scope import country_code
from explore.text import CLAUSE_ENDS, Token, fold, lemma

_REACH = 3  # words after the count that may name the nationality
_COUNTRY_WORDS = 3  # longest country name read after a noun for citizens
_DASHES = frozenset("–—-")


@cache
def _demonyms(lang: str) -> dict[str, str]:
    """Lemma of each nationality word -> its country's ISO 3166 code."""
    table = lexicon(lang).get("places", {}).get("demonyms", {})
    return {lemma(word, lang): code for code, forms in table.items() for word in forms}


def demonym_code(word: str, lang: str) -> str | None:
    """The country of a nationality word in any of its forms ('Brytyjczyków' -> 'GB'):
    through the lemma tables, else by an ending the lexicon knows (``demonym_endings``:
    'indiennes' -> 'indien', 'mexicanas' -> 'mexicano')."""
    table = _demonyms(lang)
    found = table.get(lemma(word, lang))
    if found is not None:
        return found
    low = word.lower()
    for ending, base in lexicon(lang).get("places", {}).get("demonym_endings", []):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            found = table.get(low[: len(low) - len(ending)] + base)
            if found is not None:
                return found
    return None


@cache
def _stops(lang: str) -> frozenset[str]:
    """Words that end the reach: prepositions and conjunctions (the lexicon's words that are
    never a counted noun, less its verbs of being and having, which may link a count to
    its nationality: '53 were British', '53 waren Briten')."""
    return words(lang, "figures", "not_nouns") - words(lang, "figures", "copulas")


def nationality_after(after: list[Token], lang: str, *, citizens: bool = False) -> str | None:
    """The nationality word or the country named after a count, as written, or None.

    ``after``: the tokens after the number in its sentence. ``citizens``: the count's noun
    is one for citizens ('obywateli', 'nationals'), so a country's name after it is their
    country ('169 obywateli Indii'); a list item with no noun of its own, after such a
    count, is read the same way ('53 – Wielkiej Brytanii')."""
    clause: list[Token] = []
    for k, tok in enumerate(after):
        if tok.text in _DASHES and k == 0:
            continue  # '53 – Wielkiej Brytanii'
        if tok.text in CLAUSE_ENDS or tok.text == "," or tok.text in _DASHES:
            break
        clause.append(tok)
    found = [t for t in clause if t.is_word]
    nouns = words(lang, "places", "nationality_nouns")
    reach = len(found) if any(lemma(t.text, lang) in nouns for t in found) else _REACH
    stops = _stops(lang)
    for k, tok in enumerate(found[:reach]):
        if tok.text.lower() in stops:
            break
        if demonym_code(tok.text, lang) is not None:
            return tok.text
        if citizens and tok.text[0].isupper():
            name = _country_at(found, k, lang)
            if name is not None:
                return name
    return _origin(found, lang)


def _origin(found: list[Token], lang: str) -> str | None:
    """The country a count of people comes from, with no noun between them ('14 aus
    Frankreich', '71 von ihnen stammen aus der Schweiz', 'five from Italy'): the lexicon's
    places.origin preposition, after only places.origin_links words, then a country."""
    origins, links = words(lang, "places", "origin"), words(lang, "places", "origin_links")
    articles = words(lang, "places", "articles")
    for k, tok in enumerate(found[: _REACH + 2]):
        low = tok.text.lower()
        if low in origins:
            j = k + 1
            while j < len(found) and found[j].text.lower() in articles:
                j += 1
            return _country_at(found, j, lang) if j < len(found) else None
        if low not in links:
            return None
    return None


def _country_at(tokens: list[Token], k: int, lang: str) -> str | None:
    """The longest run of words from token k that names a country ('Wielkiej Brytanii')."""
    for n in range(min(_COUNTRY_WORDS, len(tokens) - k), 0, -1):
        name = " ".join(t.text for t in tokens[k : k + n])
        if country_code(fold(name), lang) is not None:
            return name
    return None
