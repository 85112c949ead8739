"""Clock times and dates written in digits: one figure each, never a count.

``12:51:02``, ``18h30``, ``20H30``, ``6:07 p.m.``, ``8pm``, ``12.30 Uhr``, ``19 heures 45``,
``o godz. 12``, ``1033 GMT`` are times; ``2025-10-25``, ``15.09.2024``, ``(28/4)`` are dates.
Without these, each would come out of the number reader as two or three counts.

A time's value is hours.minutes on a 24-hour clock (``6:07 p.m.`` -> 18.07); a date's value
is its day of the month (the year when it has no day). The words that make a bare hour a
time (``Uhr``, ``heures``, ``godz.``) are the lexicon's ``[times]`` tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel.numbers import get_decimal_symbol

from explore.lexicons import lexicon

_MERIDIEM = r"(?P<ampm>[ap]\.\s?m\.|[ap]m)(?![\w])"
_ZONES = r"(?:GMT|UTC|CET|CEST|EST|EDT|PST|PDT|BST|WET|WEST)"


@dataclass(frozen=True, slots=True)
class Moment:
    """One time or date: ``text[start:end] == raw``."""

    start: int
    end: int
    raw: str
    value: float
    kind: str  # time | date


@dataclass(frozen=True)
class _Patterns:
    times: tuple[re.Pattern[str], ...]  # each matched at the start of a digit run
    after_word: re.Pattern[str] | None  # "godz. ", "o godzinie " right before a run
    hour: re.Pattern[str]  # the hour (and minutes) after such a word


@cache
def _patterns(lang: str) -> _Patterns:
    """The time patterns of one language, anchored at a digit: the text is searched for
    digit runs (fast, in C) and each pattern tried only there, not at every character."""
    table = lexicon(lang).get("times", {})
    after = _alternation(table.get("after", []))  # "Uhr", "h"
    before = _alternation(table.get("before", []))  # "godz.", "o godzinie"
    hour_words = _alternation(table.get("hour_words", []))  # "heures"
    hm = r"(?P<h>[01]?\d|2[0-3])"
    mm = r"(?P<m>[0-5]\d)"
    patterns = [
        # 12:51, 12:51:02, 6:07 p.m., 12:30 Uhr
        rf"{hm}:{mm}(?::[0-5]\d)?(?![\w:]|[.,]\d)(?:\s?{_MERIDIEM}|\s(?:{after})(?![\w]))?",
        # 18h30, 20H30, 21h, 6h50min
        rf"{hm}[hH](?:{mm}(?:\s?min)?)?(?![\w])",
        # 8pm, 6 p.m.
        rf"(?P<h>1[0-2]|0?\d)\s?{_MERIDIEM}",
        # 1033 GMT: four digits before a time zone
        rf"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?=\s{_ZONES}(?![\w]))",
    ]
    if after:  # 12.30 Uhr, 6 Uhr
        patterns.append(rf"{hm}(?:[.]{mm})?\s(?:{after})(?![\w])")
    if hour_words:  # 19 heures 45
        patterns.append(rf"{hm}\s(?:{hour_words})\s{mm}(?![\w])")
    if get_decimal_symbol(lang) == ",":  # 12.33 is no number where decimals take a comma
        patterns.append(rf"{hm}\.{mm}(?![\w.]|,\d)")
    return _Patterns(
        times=tuple(re.compile(p, re.IGNORECASE) for p in patterns),
        after_word=re.compile(rf"(?<![\w])(?:{before})\s+\Z", re.IGNORECASE) if before else None,
        hour=re.compile(rf"{hm}(?:[.]{mm})?(?![\w]|[.,]\d)"),
    )


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_DIGITS = re.compile(r"[0-9]+")
_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<mo>0[1-9]|1[0-2])(?:-(?P<d>[0-3]\d))?(?![\w-]|[.,]\d)")
_DOTTED = re.compile(
    r"(?P<d>[0-3]?\d)\.(?P<mo>0?[1-9]|1[0-2])\.(?P<y>(?:19|20)\d\d)(?![\w]|[.,]\d)"
)
_SLASHED = re.compile(
    r"(?P<d>[0-3]?\d)/(?P<mo>0?[1-9]|1[0-2])(?:/(?P<y>(?:19|20)?\d\d))?(?![\w/]|[.,]\d)"
)


def find_moments(text: str, lang: str) -> list[Moment]:
    """Every clock time and digit-written date of ``text``, in text order, non-overlapping."""
    patterns = _patterns(lang)
    found: list[Moment] = []
    for run in _DIGITS.finditer(text):
        start = run.start()
        before = text[start - 1 : start]
        glued = bool(before) and (before.isalnum() or before in "_.,:/")
        if not glued:
            for pattern in patterns.times:
                m = pattern.match(text, start)
                if m is not None:
                    found.append(_time(text, m))
            found.extend(_dates(text, start, before))
        if patterns.after_word is not None and before.isspace():
            lead = text[max(0, start - 25) : start]
            m = patterns.hour.match(text, start)
            if m is not None and patterns.after_word.search(lead) is not None:
                found.append(_time(text, m))  # "po godz. 12": the hour alone is the raw
    return _first_of_overlaps(found)


def _dates(text: str, start: int, before: str) -> list[Moment]:
    out = []
    m = _ISO.match(text, start)
    if m is not None and before != "-":
        out.append(_date(m, text))
    m = _DOTTED.match(text, start)
    if m is not None and 1 <= int(m.group("d")) <= 31:
        out.append(_date(m, text))
    m = _SLASHED.match(text, start)
    if m is not None and 1 <= int(m.group("d")) <= 31:
        enclosed = before == "(" and text[m.end() : m.end() + 1] == ")"
        if m.group("y") or enclosed:
            out.append(_date(m, text))
    return out


def _time(text: str, m: re.Match[str]) -> Moment:
    groups = m.groupdict()
    hours = int(groups["h"])
    minutes = int(groups.get("m") or 0)
    ampm = (groups.get("ampm") or "").lower()
    if ampm.startswith("p") and hours < 12:
        hours += 12
    elif ampm.startswith("a") and hours == 12:
        hours = 0
    return Moment(m.start(), m.end(), m.group(), round(hours + minutes / 100, 2), "time")


def _date(m: re.Match[str], text: str) -> Moment:
    day = m.groupdict().get("d")
    value = float(day) if day else float(m.group("y"))
    return Moment(m.start(), m.end(), text[m.start() : m.end()], value, "date")


def _first_of_overlaps(found: list[Moment]) -> list[Moment]:
    """Longest first where two overlap (the patterns are tried in no particular order)."""
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Moment] = []
    for moment in found:
        if out and moment.start < out[-1].end:
            continue
        out.append(moment)
    return out
