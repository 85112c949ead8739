"""Words, lemmas and sentences: the small text toolkit the extractors share.

Everything returns offsets into the string it was given, so callers can keep provenance.
Lemmas come from simplemma (adbar), which covers all supported languages offline; lexicon
entries are lemmatized with the same function, so inflected forms in new articles match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from explore.lexicons import lexicon

# French/Italian elision is a token of its own ("d'" + "Afrique"); then words with inner
# hyphens or apostrophes ("high-level", "don't"); then any other single character.
_TOKEN = re.compile(
    r"(?:[dljmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\w)|\w+(?:[-'’]\w+)*|[^\w\s]",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?…]+[\"”»’)\]]*\s+")
_SENTENCE_OPENER = re.compile(r"[\"“„«(\[–—-]?\s*[^\W\d_a-z]|\d", re.UNICODE)
QUOTE_CHARS = '"“”„«»‘’‹›'


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark with its offsets."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], with offsets into ``text``."""
    return [
        Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end or len(text))
    ]


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """Lowercase lemma of one word; hyphenated words are lemmatized part by part."""
    import simplemma

    if "-" in word:
        return "-".join(lemma(part, lang) for part in word.split("-") if part)
    return simplemma.lemmatize(word, lang=lang).lower()


def fold(text: str) -> str:
    """Lowercase without diacritics: the key for matching names across languages."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(a.lower() for a in lexicon(lang).get("text", {}).get("abbreviations", []))


def is_abbreviation(word: str, lang: str) -> bool:
    """True for 'Sr.', 'ds.', 'z.B.': a full stop that ends no sentence."""
    return word.lower() in _abbreviations(lang)


def sentence_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (start, end) offsets into ``text``.

    A break is end punctuation, optional closing quotes, whitespace, then an uppercase
    letter, digit or opening quote; not after an abbreviation of the language (``Sr.``),
    a single initial (``J.``) or a day number before a month (``26. Oktober``).
    """
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        if not _SENTENCE_OPENER.match(text, m.end(), end):
            continue
        if text[m.start()] == "." and _is_abbreviation(text, sentence_start, m.start(), lang):
            continue
        if text[m.start()] == "." and _day_before_month(text, m, lang):
            continue
        spans.append((sentence_start, _rstrip(text, sentence_start, m.end())))
        sentence_start = m.end()
    if sentence_start < end:
        spans.append((sentence_start, _rstrip(text, sentence_start, end)))
    return spans


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _is_abbreviation(text: str, start: int, dot: int, lang: str) -> bool:
    word_start = dot
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : dot + 1].lstrip('("“„«').lower()
    if len(word) == 2 and word[0].isalpha():  # an initial: "J."
        return True
    return word in _abbreviations(lang)


def _day_before_month(text: str, m: re.Match[str], lang: str) -> bool:
    if not text[m.start() - 1 : m.start()].isdigit():
        return False
    following = _TOKEN.match(text, m.end())
    return following is not None and lemma(following.group(), lang) in month_lemmas(lang)


@cache
def month_lemmas(lang: str) -> dict[str, int]:
    """Lemma of every month word of a language (all inflections listed) -> month number."""
    months = lexicon(lang).get("dates", {}).get("months", [])
    table: dict[str, int] = {}
    for number, forms in enumerate(months, start=1):
        for form in forms:
            table[form.lower()] = number
            table[lemma(form, lang)] = number
    return table
