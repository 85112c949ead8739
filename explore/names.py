"""Given names: whether a capitalized word is one, and the gender it usually has.

Word frequencies cannot tell names from words (José, Maria and John are as frequent as
everyday words), but a dictionary of given names can: gender-guesser ships Jörg Michael's
list of about 40,000 first names of many countries, with their usual gender. It is read
on first use (about 0.6 s), only when a capitalized run may be a name.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

Gender = Literal["f", "m", "?"]
_GENDERS: dict[str, Gender] = {
    "male": "m",
    "mostly_male": "m",
    "female": "f",
    "mostly_female": "f",
    "andy": "?",  # used for either
}


@cache
def _detector():  # a gender_guesser.detector.Detector
    import gender_guesser.detector as guesser

    return guesser.Detector(case_sensitive=False)


@cache
def given_name_gender(word: str) -> Gender | None:
    """'f', 'm' or '?' (either) for a given name; None for a word that is none."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return None
    found = _GENDERS.get(_detector().get_gender(word))
    if found is None and "-" in word:  # 'Jean-Pierre', 'Anne-Marie': as their first part
        return given_name_gender(word.split("-", 1)[0])
    return found


def is_given_name(word: str) -> bool:
    """True for 'Matilde', 'Piotr', 'João'; False for 'Sánchez', 'Renfe', 'die'."""
    return given_name_gender(word) is not None
