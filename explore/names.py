"""Given names: whether a capitalized word is one, and the gender it usually has.

Word frequencies cannot tell names from words (José, Maria and John are as frequent as
everyday words), but a dictionary of given names can: gender-guesser ships Jörg Michael's
list of some 61,000 given names of many countries, with their usual gender. It is read
on first use, only when a capitalized run may be a name.
"""

from __future__ import annotations

import pickle
import unicodedata
from functools import cache
from typing import Literal

from explore.cache import read_cached, write_cached

Gender = Literal["f", "m", "?"]
_GENDERS: dict[str, Gender] = {
    "male": "m",
    "mostly_male": "m",
    "female": "f",
    "mostly_female": "f",
    "andy": "?",  # used for either
}


@cache
def _genders() -> dict[str, str]:
    """Lowercased given name -> gender-guesser's answer for it, for every name it knows.

    Parsing the dictionary takes about 0.6 s in every process; the answers are kept in the
    user's cache folder, per gender-guesser version (about 0.05 s to read), and computed
    again when that folder cannot be written.
    """

    def answers():
        detector = _detector()
        return {given: detector.get_gender(given) for given in detector.names}

    return _from_dictionary("given-names", answers)


@cache
def _unaccented_genders() -> dict[str, str]:
    """Given names written without their accents ('Francois' for 'François', as papers
    of other languages print them) -> the answer for the accented name, where the plain
    spelling is no name of its own and the accent is not on the capital."""
    names = _genders()
    plain: dict[str, str] = {}
    for given, answer in names.items():
        bare = "".join(
            ch for ch in unicodedata.normalize("NFKD", given) if not unicodedata.combining(ch)
        )
        if bare != given and bare[0] == given[0] and bare not in names:
            plain.setdefault(bare, answer)  # not 'Angeles' for 'Ángeles': Los Angeles
    return plain


def _from_dictionary(stem: str, compute):
    """What ``compute`` reads off gender-guesser's dictionary, kept in the cache folder per
    gender-guesser version and computed again when it is missing or unreadable."""
    from importlib.metadata import version

    name = f"{stem}-{version('gender-guesser')}.pickle"
    data = read_cached(name)
    if data is not None:
        try:
            return pickle.loads(data)
        except (pickle.UnpicklingError, EOFError, ValueError):
            pass
    found = compute()
    write_cached(name, pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    return found


_SURNAME_FIRST = ("china", "japan", "korea", "vietnam")  # gender-guesser's columns


@cache
def _surname_first_names() -> frozenset[str]:
    """Lowercased given names that gender-guesser knows only in countries that put the
    surname first ('Minh', 'Thi', 'Jong'), kept in the cache folder like the genders."""

    def names():
        detector = _detector()
        columns = [detector.COUNTRIES.index(c) for c in _SURNAME_FIRST]
        return frozenset(
            given
            for given, genders in detector.names.items()
            if all(
                all(k in columns for k, ch in enumerate(row) if not ch.isspace())
                for row in genders.values()
            )
        )

    return _from_dictionary("surname-first-names", names)


def puts_surname_first(given: str) -> bool:
    """Whether a given name comes from a naming tradition that puts the surname first
    ('Nguyen Minh Vu', 'Kim Jong Un'): the word before it may be the surname, not a
    title's complement ('Burmistrz Istiai Dimitra Papadaki')."""
    return given.lower() in _surname_first_names()


@cache
def given_name_gender(word: str, lang: str = "") -> Gender | None:
    """'f', 'm' or '?' (either) for a given name; None for a word that is none.

    With a language whose lexicon lists its inflections of given names, an inflected form
    counts as the name when the gender matches the ending (Polish 'Natalię', 'Piotra')."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return None
    names = _genders()
    found = _GENDERS.get(
        names.get(word.lower())
        or names.get(_plain(word).lower())
        or _unaccented_genders().get(word.lower(), "unknown")
    )
    if found is None and "-" in word:  # 'Jean-Pierre', 'Anne-Marie': as their first part
        return given_name_gender(word.split("-", 1)[0])
    if found is None and lang:
        uninflected = given_name_base(word, lang)
        return uninflected[1] if uninflected is not None else None
    return found


@cache
def given_name_base(word: str, lang: str) -> tuple[str, Gender] | None:
    """The dictionary form and gender of an inflected given name ('Natalię' -> ('Natalia',
    'f'), 'Piotra' -> ('Piotr', 'm')); None for a word that is no inflected given name."""
    found = _inflected_given(word, lang)
    if found is not None and _national_gender(word, lang) in _OTHER[found[1]]:
        return None  # 'Marta' is Marta, not a case of the Estonian 'Mart'; 'Jana' is Jan's
    if (
        found is not None
        and given_name_gender(word) == found[1]
        and _national_gender(found[0], lang) not in ("f", "m")
    ):
        return None  # 'Eleni' is Eleni, not a case of 'Elena' (but 'Mai' is Maja's)
    return found


def _plain(word: str) -> str:
    """A name without the accent of its capital: the dictionary has 'Etienne', not
    'Étienne' (only the first letter: 'Natalię' is no 'Natalie')."""
    head = unicodedata.normalize("NFKD", word[:1])
    return "".join(ch for ch in head if not unicodedata.combining(ch)) + word[1:]


_OTHER: dict[Gender, tuple[Gender, ...]] = {"m": ("f",), "f": ("m",), "?": ()}


def _inflected_given(word: str, lang: str) -> tuple[str, Gender] | None:
    """An inflected form of a given name by its ending alone, though the word may be a
    name as written too ('Ludwika': Ludwika, or Ludwik's genitive)."""
    for ending, base, gender in _inflections(lang, "given_name_endings"):
        if word.endswith(ending) and len(word) > len(ending):
            name = word[: -len(ending)] + base
            short = len(word) <= len(ending) + 2  # 'Mai' for Maja, a Polish name only
            if given_name_gender(name) == gender and (
                not short or _national_gender(name, lang) == gender
            ):
                return name, gender
    return None


@cache
def _national_gender(name: str, lang: str) -> Gender | None:
    """The gender of a given name in the country of a language's names (lexicon [people]
    name_country, gender-guesser's country column; None where it does not know it there).
    Asked only of words that look like another name's inflected form ('Marta', 'Jana'):
    the answers for the country are kept in the cache folder like the others."""
    from explore.lexicons import lexicon

    country = lexicon(lang).get("people", {}).get("name_country")
    if country is None:
        return None
    return _GENDERS.get(_national_answers(country).get(name.lower(), "unknown"))


@cache
def _national_answers(country: str) -> dict[str, str]:
    """Lowercased given name -> gender-guesser's answer for it in one country, for every
    name it knows there (parsing its dictionary takes about 0.6 s; reading these, 0.05)."""

    def answers():
        detector = _detector()
        found = {given: detector.get_gender(given, country) for given in detector.names}
        return {given: answer for given, answer in found.items() if answer != "unknown"}

    return _from_dictionary(f"given-names-{country}", answers)


@cache
def _detector():
    import gender_guesser.detector as guesser

    return guesser.Detector(case_sensitive=False)


def name_base(name: str, lang: str) -> str | None:
    """A Polish name met only inflected, in its dictionary form: 'Natalię Przytarską' ->
    'Natalia Przytarska', 'Tomasza Kowalskiego' -> 'Tomasz Kowalski'. The given name's
    ending tells the case and the gender; the other words take the surname endings of
    that gender; a given name alone, its own dictionary form ('Eugenii' -> 'Eugenia'). None
    when no word is an inflected given name ('Maria Amelii' is 'Maria Amelia')."""
    words = name.split()
    if len(words) == 1:  # a one-word name after a monarch's title: 'cesarzowej Eugenii'
        alone = given_name_base(name, lang)
        return alone[0] if alone is not None else None
    bases = [given_name_base(w, lang) for w in words]
    inflected = [_inflected_given(w, lang) for w in words]
    if len({b[1] for b in inflected if b is not None}) == 1 and sum(map(bool, inflected)) > 1:
        bases = inflected  # 'Ludwika Filipa': two given names in one case, Ludwik Filip
    gender = next((b[1] for b in bases if b is not None), None)
    if gender is None or (bases[0] is None and given_name_gender(words[0]) in _OTHER[gender]):
        return None  # 'Eleni Markou': a woman's given name as written, no case of 'Marko'
    endings = [(e, b) for e, b, g in _inflections(lang, "surname_endings") if g == gender]
    out = []
    for k, (word, base) in enumerate(zip(words, bases, strict=True)):
        if base is not None:  # an inflected given name: 'Natalię', 'Maria Amelii'
            out.append(base[0])
        elif k and given_name_gender(word) is None:  # a surname
            out.append(next((word[: -len(e)] + b for e, b in endings if word.endswith(e)), word))
        else:
            out.append(word)
    return " ".join(out)


@cache
def _inflections(lang: str, key: str) -> tuple[tuple[str, str, Gender], ...]:
    """(ending as written, ending of the dictionary form, gender) of a lexicon's [people]
    table ``key``, longest ending first."""
    from explore.lexicons import lexicon

    table = lexicon(lang).get("people", {}).get(key, {})
    rows = [
        (ending, base, gender)
        for gender, key in (("f", "feminine"), ("m", "masculine"))
        for ending, base in table.get(key, {}).items()
    ]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


def is_given_name(word: str, lang: str = "") -> bool:
    """True for 'Matilde', 'Piotr', 'João' (and Polish 'Natalię'); False for 'Sánchez',
    'Renfe', 'die'."""
    return given_name_gender(word, lang) is not None
