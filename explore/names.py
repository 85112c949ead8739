"""Given names: whether a capitalized word is one, and the gender it usually has.

Word frequencies cannot tell names from words (José, Maria and John are as frequent as
everyday words), but a dictionary of given names can: gender-guesser ships Jörg Michael's
list of some 61,000 given names of many countries, with their usual gender. It is read
on first use, only when a capitalized run may be a name.
"""

from __future__ import annotations

import pickle
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
    from importlib.metadata import version

    name = f"given-names-{version('gender-guesser')}.pickle"
    data = read_cached(name)
    if data is not None:
        try:
            return pickle.loads(data)
        except (pickle.UnpicklingError, EOFError, ValueError):
            pass
    import gender_guesser.detector as guesser

    detector = guesser.Detector(case_sensitive=False)
    answers = {given: detector.get_gender(given) for given in detector.names}
    write_cached(name, pickle.dumps(answers, protocol=pickle.HIGHEST_PROTOCOL))
    return answers


@cache
def given_name_gender(word: str) -> Gender | None:
    """'f', 'm' or '?' (either) for a given name; None for a word that is none."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return None
    found = _GENDERS.get(_genders().get(word.lower(), "unknown"))
    if found is None and "-" in word:  # 'Jean-Pierre', 'Anne-Marie': as their first part
        return given_name_gender(word.split("-", 1)[0])
    return found


def is_given_name(word: str) -> bool:
    """True for 'Matilde', 'Piotr', 'João'; False for 'Sánchez', 'Renfe', 'die'."""
    return given_name_gender(word) is not None
