"""Period: the year a figure is about, when its clause names one, so that a past event's
figures are other quantities than this one's ('in 2001, when 145 people died', 'down from
70.9% in 2022', 'Damals starben 59 Menschen').

A year is a four-digit number from 1900 to 2099 in the figure's sentence:

- before the figure, in its clause; or in a clause of its own that opens the sentence ('In
  2010, 33 miners were trapped'); or set off from the figure's clause by a comma and a word
  that tells of it ('in 2001, when', 'em 1990, que fez', 'rok 2010, gdy'), or by a colon or
  a bracket ('2010: damals', 'von 2022 (70,9 Prozent)');
- after the figure, in its clause, unless a word bounds a span with it ('the most since
  2001' is this event's figure);
- with none: a word that refers the figure to the year of the sentence before ('Damals',
  'wtedy', 'à l'époque'), that sentence's last year.

explore.compare keeps the figures of a period apart, unless it is the corpus's own year.
"""

from __future__ import annotations

import re
from functools import cache

from explore.lexicons import words
from explore.text import (
    CLAUSE_ENDS,
    QUOTE_MARKS,
    Phrases,
    Token,
    phrase_at,
    tokenize,
    word_tuples,
)

_YEAR = re.compile(r"(?<![\d.,'’])(?:19|20)\d\d(?![\d%])")
_DASHES = frozenset("–—")
_ENDS = CLAUSE_ENDS - QUOTE_MARKS  # a name in quotation marks ends no clause
_BEFORE_REACH = 25  # tokens between a year and the figure it opens, at most
_AFTER_REACH = 8  # tokens after the figure searched for its year
_OPENING_WORDS = 5  # words before a year in a phrase that opens its sentence, at most


def period_of(
    text: str,
    lang: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    *,
    previous: tuple[int, int] | None = None,
    counts: frozenset[int] = frozenset(),
) -> int | None:
    """The year the figure text[start:end] of ``sentence`` is about, or None. ``previous``:
    the sentence before, whose year a word like 'then' refers to; ``counts``: offsets of
    numbers that count something ('1900 pessoas'), no years."""
    said = text[sentence[0] : sentence[1]]
    has_year = _YEAR.search(said) is not None
    if not has_year and (previous is None or not _may_refer(said, lang)):
        return None  # the fast path: most sentences name no year
    tokens = tokenize(text, sentence[0], sentence[1])
    first = next((k for k, t in enumerate(tokens) if t.start >= start), len(tokens))
    last = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
    if has_year:
        years = [k for k, t in enumerate(tokens) if _is_year(t) and t.start not in counts]
        found = _year_before(tokens, years, first, lang)
        if found is None:
            found = _year_after(tokens, years, last, lang)
        if found is not None:
            return found
    if previous is None or not _refers_back(tokens, first, last, lang):
        return None
    years = _YEAR.findall(text, previous[0], previous[1])
    return int(years[-1]) if years else None


def _is_year(token: Token) -> bool:
    return len(token.text) == 4 and _YEAR.fullmatch(token.text) is not None


def _year_before(tokens: list[Token], years: list[int], first: int, lang: str) -> int | None:
    """The nearest year before the figure, if the figure's clause is the year's or tells of
    it (a nearer year that is not the figure's hides the ones before it)."""
    k = max((y for y in years if first - _BEFORE_REACH <= y < first), default=None)
    if k is None or not _joined(tokens, k, first, lang):
        return None
    return int(tokens[k].text)


def _joined(tokens: list[Token], year: int, first: int, lang: str) -> bool:
    """Whether nothing but the year's own clause, or a clause that tells of it, stands
    between the year and the figure."""
    opens = _opens_clause(tokens, year)
    k = _past_year_words(tokens, year)
    while k < first:
        mark = tokens[k].text
        if mark in ":(" and k == _past_year_words(tokens, year):
            return True  # '2010: Damals saßen 33', 'von 2022 (70,9 Prozent)'
        if _in_number(tokens, k) or _abbreviated(tokens, k, lang):
            pass
        elif mark in _ENDS or mark in _DASHES:
            return False
        elif mark == ",":
            if opens and k == _past_year_words(tokens, year):
                opens = False  # 'In 2010, 33 miners': the year's clause opens the sentence
            elif not _tells_of(tokens, k + 1, lang):
                return False
        k += 1
    return True


def _in_number(tokens: list[Token], k: int) -> bool:
    """Whether the mark at ``k`` is a decimal or thousands mark ('8,4', '8.4', '70,000')."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k - 1].end == tokens[k].start == tokens[k + 1].start - 1
        and tokens[k - 1].text[-1].isdigit()
        and tokens[k + 1].text[0].isdigit()
    )


def _abbreviated(tokens: list[Token], k: int, lang: str) -> bool:
    """Whether the full stop at ``k`` ends an abbreviation ('ok. 50 tys.', 'ca. 40')."""
    return (
        tokens[k].text == "."
        and k > 0
        and tokens[k - 1].end == tokens[k].start
        and f"{tokens[k - 1].text.lower()}." in _abbreviations(lang)
    )


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(a.lower() for a in words(lang, "text", "abbreviations"))


def _past_year_words(tokens: list[Token], year: int) -> int:
    """The index after a year and its abbreviation ('2001 r.')."""
    k = year + 1
    if k + 1 < len(tokens) and tokens[k].text == "r" and tokens[k + 1].text == ".":
        return k + 2
    return k


def _opens_clause(tokens: list[Token], year: int) -> bool:
    """Whether the year stands in a short phrase that opens its sentence or follows a colon
    ('In 2010,', 'Au Chili, …: en 2010,', 'Vor fünf Jahren, im August 2021,')."""
    words_before = 0
    for k in range(year - 1, -1, -1):
        if tokens[k].text in _ENDS:
            break
        words_before += tokens[k].is_word
    return words_before <= _OPENING_WORDS


def _tells_of(tokens: list[Token], k: int, lang: str) -> bool:
    """Whether the clause at ``k`` opens with a word that tells of the time just named."""
    return phrase_at(tokens, k, _phrases(lang, "when"))


def _year_after(tokens: list[Token], years: list[int], last: int, lang: str) -> int | None:
    """A year after the figure in its clause ('70.9% in 2022', 'killed 145 people in 2001'),
    unless a word bounds a span with it ('the worst since 2001')."""
    for k in range(last, min(len(tokens), last + _AFTER_REACH)):
        mark = tokens[k].text
        if _in_number(tokens, k) or _abbreviated(tokens, k, lang):
            continue
        if mark in _ENDS or mark in _DASHES or mark == ",":
            return None
        if k in years:
            since = _phrases(lang, "since")
            bounded = any(phrase_at(tokens, j, since) for j in range(max(last, k - 3), k))
            return None if bounded else int(mark)
    return None


def _refers_back(tokens: list[Token], first: int, last: int, lang: str) -> bool:
    """Whether a word of the figure's clause refers to the time told before ('Damals')."""
    then = _phrases(lang, "then")
    lo = first
    while lo > 0 and tokens[lo - 1].text not in _ENDS and tokens[lo - 1].text != ",":
        lo -= 1
    hi = last
    while hi < len(tokens) and tokens[hi].text not in _ENDS and tokens[hi].text != ",":
        hi += 1
    return any(phrase_at(tokens, k, then) for k in range(lo, hi))


def _may_refer(said: str, lang: str) -> bool:
    low = said.lower()
    return any(phrase in low for phrase in words(lang, "periods", "then"))


@cache
def _phrases(lang: str, name: str) -> Phrases:
    """A lexicon list of the periods section as token sequences ('in which', "à l'époque")."""
    return word_tuples(words(lang, "periods", name))
