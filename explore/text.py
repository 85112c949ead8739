"""Words, lemmas and sentences: the small text toolkit the extractors share.

Everything returns offsets into the string it was given, so callers can keep provenance.
Lemmas come from tables of inflected forms built with simplemma (see
explore.lexicons.build_forms); lexicon entries and article words go through the same
function, so inflected forms in new articles match the lemmas a lexicon lists.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from importlib import resources
from itertools import islice
from typing import NamedTuple

from explore.lexicons import lexicon, words

# French/Italian elision is a token of its own ("d'" + "Afrique"); then words with inner
# hyphens or apostrophes ("high-level", "don't"); then any other single character.
_TOKEN = re.compile(
    r"(?:[dljmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\w)|\w+(?:[-'’]\w+)*|[^\w\s]",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?…]+[\"”»’)\]]*\s+")
# pages that lost the space between sentences ('no caso.A procuradora', 'devolvê-las."Laure'):
# end punctuation right after a lowercase word, then a capital or a quotation mark
_GLUED_BREAK = re.compile(r"(?<=[a-zß-öø-ÿ]{3})[.!?]+[”»’]*(?=[\"“„«]?[A-ZÀ-ÖØ-Þ])")
_SENTENCE_OPENER = re.compile(r"[\"“„«(\[–—-]?\s*[^\W\d_a-z]|\d", re.UNICODE)
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
_FUNCTION_ZIPF = 6.0
_COMMON_ZIPF = 3.5


# marks that end a clause for the readers of figures, places and nationalities (a comma is
# each one's own call): full stops, colons, brackets, quotation marks
CLAUSE_ENDS = frozenset('.;:!?()[]«»“”„"')
QUOTE_MARKS = frozenset('«»“”„"')  # of those, the quotation marks


class Token(NamedTuple):
    """A word or punctuation mark with its offsets (a tuple: cheap to make by the million)."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def joined(run: Sequence[Token]) -> Token:
    """The tokens of a name as one token ('Air India'), its words joined by spaces."""
    if len(run) == 1:
        return run[0]
    return Token(run[0].start, run[-1].end, " ".join(t.text for t in run))


def token_start(token: Token) -> int:
    """A token's start: the key to bisect or sort tokens by."""
    return token.start


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], with offsets into ``text``."""
    new = tuple.__new__  # what Token._make calls, without its Python frame per token
    return [
        new(Token, (m.start(), m.end(), m.group()))
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


def first_tokens(text: str, start: int, end: int, n: int) -> list[Token]:
    """The first n tokens of text[start:end]: a cue is looked for in a few words after a
    quote, and the rest of its sentence (thousands of quotes, maybe) is never tokenized."""
    new = tuple.__new__
    return [
        new(Token, (m.start(), m.end(), m.group()))
        for m in islice(_TOKEN.finditer(text, start, end), n)
    ]


_INSIDE_TOKEN = frozenset("-'’_")  # characters a token of several characters may hold


def last_tokens(text: str, start: int, end: int, n: int) -> list[Token]:
    """The last n tokens of text[start:end], tokenizing only a window before ``end``.

    The window starts where no token can run across (after a space or a mark that is a
    token of its own), so its tokens are exactly those of tokenize(text, start, end); it
    widens until it holds n tokens or reaches ``start``.
    """
    width = 16 * n
    while True:
        pos = max(start, end - width)
        while pos > start and (text[pos - 1].isalnum() or text[pos - 1] in _INSIDE_TOKEN):
            pos -= 1
        tokens = tokenize(text, pos, end)
        if len(tokens) >= n or pos == start:
            return tokens[-n:] if n else []
        width *= 4


class Phrases:
    """Phrases as the words a text's tokens give ('in which', "à l'époque"), grouped by
    their first word: ``phrase_at`` looks up one word instead of trying every phrase."""

    __slots__ = ("by_first",)

    def __init__(self, tuples: Iterable[tuple[str, ...]]) -> None:
        groups: dict[str, set[tuple[str, ...]]] = {}
        for phrase in tuples:
            if phrase:
                groups.setdefault(phrase[0], set()).add(phrase)
        self.by_first = {first: tuple(group) for first, group in groups.items()}

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        for group in self.by_first.values():
            yield from group


def word_tuples(phrases: Iterable[str]) -> Phrases:
    """Phrases as the words a text's tokens give, for ``phrase_at``: lowercased, an
    elision's apostrophe dropped."""
    return Phrases(tuple(_bare(t) for t in tokenize(p)) for p in phrases)


def phrase_at(tokens: Sequence[Token], k: int, phrases: Phrases) -> bool:
    """Whether one of the phrases (``word_tuples``) stands as written at token k."""
    if not 0 <= k < len(tokens):
        return False
    group = phrases.by_first.get(_bare(tokens[k]))
    return group is not None and any(
        len(p) == 1 or tuple(_bare(t) for t in tokens[k : k + len(p)]) == p for p in group
    )


def _bare(token: Token) -> str:
    return token.text.lower().rstrip("'’")  # "lorsqu'" is 'lorsqu'


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, built as a trie ('minist(?:er|re)'), with a
    space matching any run of whitespace. Python's re tries alternatives one by one; a
    trie lets a position fail on its first character instead of on every phrase."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def alternation(node: dict) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + alternation(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return f"(?:{'|'.join(branches)})" + ("?" if "" in node else "")

    return alternation(trie)


@cache
def forms(lang: str) -> dict[str, str]:
    """form -> lemma for the words lexicons use (built by explore.lexicons.build_forms)."""
    path = resources.files("explore.lexicons").joinpath("forms", f"{lang}.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """Lowercase lemma of a word the lexicons know; other words come back lowercased.

    Hyphenated words are lemmatized part by part; in languages that join nouns
    (German), an unknown word takes the lemma of its longest known ending:
    "Mitgliedsländer" -> "mitgliedsland".
    """
    return lemma_in(forms(lang), word, lang)


def lemma_in(table: dict[str, str], word: str, lang: str) -> str:
    """lemma with a forms table of its own (vocabulary.event_forms: an event's words too)."""
    low = word.lower()
    if "-" in low:
        return "-".join(lemma_in(table, part, lang) for part in low.split("-") if part)
    found = table.get(low)
    if found is not None:
        return found
    if lexicon(lang).get("text", {}).get("compounds", False):
        for cut in range(1, len(low) - 3):
            head = table.get(low[cut:])
            if head is not None:
                return low[:cut] + head
    return low


def noun_key(phrase: str, lang: str) -> str:
    """A counted phrase reduced for matching across articles: its words lemmatized, and
    words the lemma tables do not know stripped of an inflection ending ('robots' ->
    'robot', 'Journalisten' -> 'journalist')."""
    endings = sorted(lexicon(lang).get("text", {}).get("endings", []), key=len, reverse=True)
    keys = []
    for word in phrase.split():
        base = lemma(word, lang)
        if base == word.lower():
            for ending in endings:
                if base.endswith(ending) and len(base) - len(ending) >= 3:
                    base = base[: -len(ending)]
                    break
        keys.append(base)
    return " ".join(keys)


@cache
def _common_words(lang: str):
    from wordfreq import zipf_frequency

    return zipf_frequency


@lru_cache(maxsize=200_000)
def is_common_word(word: str, lang: str) -> bool:
    """True for everyday words of the language ('Security', 'Affaires'), not for names.

    wordfreq's small lists load in milliseconds; 3.5 on the Zipf scale is about one
    occurrence in 300,000 words.
    """
    return _common_words(lang)(word.lower(), lang, wordlist="small") >= _COMMON_ZIPF


_EVERYDAY_ZIPF = 5.0  # about once in 100,000 words: 'ano', 'grande', 'mark'; not 'smith'


def everyday_word(word: str, lang: str) -> bool:
    """True for the most frequent words of the language, which a name is rarely made of
    alone."""
    return _common_words(lang)(word.lower(), lang, wordlist="small") >= _EVERYDAY_ZIPF


@lru_cache(maxsize=200_000)
def is_unknown_word(word: str, lang: str) -> bool:
    """True for a word the language's word list has never seen ('Viswash'): a name, a
    misspelling or a coinage, no everyday word of any frequency."""
    return _common_words(lang)(word.lower(), lang, wordlist="small") == 0


def is_function_word(word: str, lang: str) -> bool:
    """True for the commonest words of the language (articles, prepositions: 'am', 'na',
    'le', 'by'), about one in a million words and more frequent still."""
    return _common_words(lang)(word.lower(), lang, wordlist="small") >= _FUNCTION_ZIPF


def fold(text: str) -> str:
    """Lowercase without diacritics: the key for matching names across languages."""
    if len(text) <= _FOLD_CACHED:
        return _fold_word(text)  # names and words recur: each is folded once
    return _folded(text)


_FOLD_CACHED = 32  # characters: longer strings (quotes, sentences) are folded anew


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")


_fold_word = lru_cache(maxsize=100_000)(_folded)


def is_abbreviation(word: str, lang: str) -> bool:
    """True for 'Sr.', 'ds.', 'z.B.': a full stop that ends no sentence."""
    return word.lower() in words(lang, "text", "abbreviations")


def sentence_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (start, end) offsets into ``text``.

    A break is end punctuation, optional closing quotes, whitespace, then an uppercase
    letter, digit or opening quote (or, where a page lost the space, end punctuation
    right after a lowercase word and before a capital or a quotation mark: ``caso.A``);
    not after an abbreviation of the language (``Sr.``),
    a single initial (``J.``) or a day number before a month (``26. Oktober``).
    """
    spans: list[tuple[int, int]] = []
    sentence_start = start
    breaks = [*_SENTENCE_BREAK.finditer(text, start, end), *_GLUED_BREAK.finditer(text, start, end)]
    for m in sorted(breaks, key=lambda m: m.start()):
        if m.start() < sentence_start or not _SENTENCE_OPENER.match(text, m.end(), end):
            continue
        if (
            text[m.start()] == "."
            and _is_abbreviation(text, sentence_start, m.start(), lang)
            and not _time_before_quote(text, m)
        ):
            continue
        if text[m.start()] == "." and _day_before_month(text, m, lang):
            continue
        cut = m.end()
        if text[cut : cut + 1] == '"' and text.count('"', sentence_start, cut) % 2:
            cut += 1  # glued, and the mark closes a quote this sentence opened
        spans.append((sentence_start, _rstrip(text, sentence_start, cut)))
        sentence_start = cut
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
    if _INITIALS.fullmatch(word):  # initials: "J.", "G.S."
        return True
    return word in words(lang, "text", "abbreviations")


_LOWER_INITIALS = re.compile(r"(?:[a-z]\.){2}")  # 'a.m.', 'p.m.'
_QUOTE_OPENERS = frozenset('"“„«')


def _time_before_quote(text: str, m: re.Match[str]) -> bool:
    """'at about 11 p.m. “We won”': lowercase initials before an opening quotation mark
    end the sentence (a time of day, not a name's initials)."""
    return text[m.end() : m.end() + 1] in _QUOTE_OPENERS and bool(
        _LOWER_INITIALS.fullmatch(text, max(0, m.start() - 3), m.start() + 1)
    )


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
