"""Find the cardinal numbers written in a text, in digits or in words, with exact values.

This is the ground floor of the figure extractor, which decides on top of it what a number
means (a date, a rate, a count). Here we only read what is written, and would rather miss a
number than misread one: a run of digits and separators that is malformed for the language
(``1.2.3``, ``1,234.56`` in German) gives no match at all, never a wrong value or pieces.

- Digits: decimal and group separators come from CLDR through Babel, so ``2.500`` is 2500 in
  German and 2.5 in English. Languages that group with a space (fr, pl) take the plain space,
  U+00A0 and U+202F alike; every language takes the no-break spaces, which never stand
  between two separate numbers.
- Words: the ``[numbers]`` tables of ``explore/lexicons/<lang>.toml`` list every form of the
  number words; compounds (``zweiundzwanzig``, ``quatre-vingt-dix``, ``dois mil e
  quinhentos``) are evaluated with place-value rules, so ``two three`` stays two numbers.

One compiled regex per language finds candidates in a single pass over a lowercased copy of
the text (same offsets); Python only validates and evaluates the few candidates.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from babel.numbers import get_decimal_symbol, get_group_symbol

from explore.lexicons import lexicon

_SPACES = " \u00a0\u202f"  # plain, no-break, narrow no-break
_NO_BREAK = "\u00a0\u202f"
_MAX_DIGITS = 15  # a float holds 15 significant digits exactly; longer runs are identifiers
_SEP = r"(?:[ \t\u00a0\u202f]+|[ \t]*\r?\n[ \t]*)"  # between number words, one line break
_URL = re.compile(r"(?:https?://|www\.)\S+")
_NEXT_WORD = re.compile(r"[\s\-]*(\w+)")
_PREVIOUS_WORD = re.compile(r"(\w+)[\s'’\-]*$")


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One number: ``text[start:end] == raw``; ``value`` is what it says."""

    start: int
    end: int
    raw: str
    value: float
    is_word: bool  # written (at least partly) in words: "vier", "2,5 milhões"
    ordinal_dot: bool = False  # de/pl "26.": digits then a full stop, which raw excludes
    vague: bool = False  # "dozens", "Tausende", "une centaine": value is the smallest reading
    ordinal: bool = False  # "267th", "267.", "vierten": a rank, not a count
    fraction: bool = False  # "two-thirds", "2/3": a share of a whole (kind rate)


def find_numbers(text: str, lang: str) -> list[NumberMatch]:
    """Every cardinal number of ``text`` in language ``lang``, in text order, non-overlapping."""
    grammar = _grammar(lang)
    low = _lower(text)
    found: list[NumberMatch] = []
    for m in _candidates(low, grammar):
        if m.group("run") is not None:
            if (cut := _after_iso_month(low, m)) is not None:  # '2024-12 179 osób'
                month = text[m.start("run") : cut]
                found.append(NumberMatch(m.start("run"), cut, month, float(month), False))
                found.extend(_numbers_between(text, cut + 1, m.end(), lang))
                continue
            number = _read_digits(text, m, grammar)
            if number is not None:
                found.append(number)
        else:
            found.extend(_read_words(text, low, m.start(), m.end(), grammar))
    junk = _junk_spans(low)
    if junk and found:
        found = [n for n in found if not overlaps(junk, n.start, n.end)]
    return found


_ISO_MONTH = re.compile(r"(?<![0-9])[0-9]{4}-([0-9]{1,2}) [0-9]")


def _after_iso_month(low: str, m: re.Match[str]) -> int | None:
    """Where the month of a 'YYYY-MM' date ends when a run of digits read as one number
    starts with it: a dateline's '2024-12' and the '179' after it are not '12 179'."""
    start = m.start("run")
    if start < 5 or low[start - 1] != "-":
        return None
    month = _ISO_MONTH.match(low, start - 5)
    return month.end(1) if month is not None and month.start(1) == start else None


def _numbers_between(text: str, start: int, end: int, lang: str) -> list[NumberMatch]:
    """The numbers of text[start:end], read with the character after it (a word glued to
    a number refuses it), with offsets into ``text``."""
    return [
        replace(n, start=n.start + start, end=n.end + start)
        for n in find_numbers(text[start : end + 1], lang)
        if n.end <= end - start
    ]


def _candidates(low: str, g: _Grammar) -> Iterator[re.Match[str]]:
    """Candidate numbers, each at a word start. The pattern opens with the character before
    the candidate (a plain character set, not a lookbehind), so the regex engine skips ASCII
    word characters in its fast loop; the start of the text is tried on its own."""
    first = g.head.match(low)
    if first is not None:
        yield first
    yield from g.pattern.finditer(low, first.end() if first is not None else 0)


def parse_number(raw: str, lang: str) -> float | None:
    """Value of one number as written ("2.500", "vinte e dois"); None if it is not one.

    The rules are those of find_numbers, so an article alone ("um") is not a number.
    """
    text = raw.strip()
    numbers = find_numbers(text, lang)
    if len(numbers) == 1 and numbers[0].start == 0 and numbers[0].end == len(text):
        return numbers[0].value
    return None


def find_vague_numbers(text: str, lang: str) -> list[NumberMatch]:
    """Words that count vaguely: "dozens" (24), "Tausende" (2000), "centenas de milhares"
    (200,000), "une centaine" (100), "a dozen" (12), each flagged ``vague``.

    A vague plural takes its smallest plural reading (twice its base); a second one
    multiplies by its base ("hundreds of thousands" = 200 x 1,000). The lexicon's
    ``[numbers.vague]`` and ``[numbers.collective]`` tables list the words.
    """
    pattern, values = _vague_grammar(lang)
    if pattern is None:
        return []
    low = _lower(text)
    found = []
    for m in pattern.finditer(low):
        value = values[" ".join(m.group("first").split())]
        if m.group("second") is not None:
            value *= values[m.group("second")] // 2
        found.append(
            NumberMatch(
                m.start(), m.end(), text[m.start() : m.end()], float(value), True, vague=True
            )
        )
    return found


def find_ordinals(text: str, lang: str) -> list[NumberMatch]:
    """Ordinals in digits with a suffix ("267th", "267ème", "267º") and ordinal words
    ("vierten", "troisième", "czwartego"), flagged ``ordinal``; "first" and its kin are
    left out (they rank nothing a reader compares). The digits-and-dot ordinals of German
    and Polish ("267. Papst") come from find_numbers (``ordinal_dot``)."""
    pattern, values, ambiguous, not_before, not_after = _ordinal_grammar(lang)
    if pattern is None:
        return []
    low = _lower(text)
    found = []
    for m in pattern.finditer(low):
        following = _NEXT_WORD.match(low, m.end())
        next_word = following.group(1) if following else None
        if low[m.end() : m.end() + 1] == "-" or next_word in not_before:
            continue  # "second-largest", "a third of"
        digits = m.groupdict().get("digits")
        previous = _PREVIOUS_WORD.search(low, max(0, m.start() - 30), m.start())
        before = previous.group(1) if previous else None
        if before in not_after:
            continue
        if digits is not None:
            value = int(digits)
        else:
            word = m.group("word")
            if word in ambiguous:
                if before not in ambiguous[word]:
                    continue
                if following is None or not text[following.start(1)].islower():
                    continue
            value = values[word]
        found.append(
            NumberMatch(
                m.start(),
                m.end(),
                text[m.start() : m.end()],
                float(value),
                digits is None,
                ordinal=True,
            )
        )
    return found


def find_fractions(text: str, lang: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """Halves and fractions, which take the place of the numbers they overlap:
    "two and a half million" (2.5 million), "eineinhalb Millionen", "półtora miliona",
    "eine halbe Million" (500,000), "two-thirds", "a third of", "deux tiers", "2/3"
    (flagged ``fraction``, value rounded to four decimals). The lexicon's
    ``[numbers.fractions]`` table lists the words."""
    g = _fraction_grammar(lang)
    scales = _grammar(lang).scales
    low = _lower(text)
    found: list[NumberMatch] = []

    def scaled(start: int, end: int, value: float) -> NumberMatch:
        m = g.scale.match(low, end)
        if m is not None:
            value, end = value * scales[m.group(1)], m.end()
        return NumberMatch(start, end, text[start:end], value, True)

    for number in numbers:  # "two and a half (million)", "dois milhões e meio"
        m = g.and_half.match(low, number.end) if g.and_half else None
        if m is not None and not number.vague and number.value == int(number.value):
            last = low[number.start : number.end].split()[-1]
            half = 0.5 * scales[last] if last in scales and number.is_word else 0.5
            found.append(scaled(number.start, m.end(), number.value + half))
    has = _present(low, g)
    for m in g.noun_and_half.finditer(low) if has["half"] else ():  # un mois et demi
        value = g.numerators[" ".join(m.group("num").split())] + 0.5
        found.append(NumberMatch(m.start(), m.end(), text[m.start() : m.end()], value, True))
    for m in g.words.finditer(low) if has["words"] else ():  # eineinhalb, półtora (miliona)
        found.append(scaled(m.start(), m.end(), g.values[m.group()]))
    for m in g.half_of.finditer(low) if has["half_of"] else ():  # eine halbe Million
        if g.scale.match(low, m.end()) is not None:
            found.append(scaled(m.start(), m.end(), 0.5))
    for m in g.fraction.finditer(low) if has["fraction"] else ():
        numerator = g.numerators.get(m.group("num")) or int(m.group("num"))
        denominator = g.denominators[m.group("den")]
        if m.group("den") in g.singular and not _ends_share(low, m.end()):
            continue  # "a third night", "a quarter past"
        value = round(numerator / denominator, 4)
        found.append(
            NumberMatch(m.start(), m.end(), text[m.start() : m.end()], value, True, fraction=True)
        )
    for m in _SLASH_FRACTION.finditer(text) if "/" in text else ():  # 2/3
        a, b = int(m.group(1)), int(m.group(2))
        if 0 < a < b <= 10:
            found.append(
                NumberMatch(m.start(), m.end(), m.group(), round(a / b, 4), False, fraction=True)
            )
    found.sort(key=lambda n: (n.start, -n.end))
    out: list[NumberMatch] = []
    for n in found:
        if not out or n.start >= out[-1].end:
            out.append(n)
    return out


def _present(low: str, g: _Fractions) -> dict[str, bool]:
    """Which fraction patterns can match at all: a substring test (C speed) before a regex
    that would try every position of the text."""
    return {
        "half": g.noun_and_half is not None and any(w in low for w in g.half_words),
        "words": g.words is not None and any(w in low for w in g.values),
        "half_of": g.half_of is not None and any(w in low for w in g.half_of_words),
        "fraction": g.fraction is not None and any(w in low for w in g.denominators),
    }


_SLASH_FRACTION = re.compile(r"(?<![\w/.,])([1-9])/([1-9]|10)(?![\w/]|[.,]\d)")
_SHARE_AFTER = re.compile(r"[\s]*(?:of|de|des|d'|d’|der|less|more|[.,;:)—–-]|$)")


def _ends_share(low: str, end: int) -> bool:
    """'a third of', 'a third less', 'a third.': a share, not an ordinal."""
    return _SHARE_AFTER.match(low, end) is not None


@dataclass(frozen=True)
class _Fractions:
    and_half: re.Pattern[str] | None
    noun_and_half: re.Pattern[str] | None
    words: re.Pattern[str] | None
    values: dict[str, float]
    half_of: re.Pattern[str] | None
    fraction: re.Pattern[str] | None
    numerators: dict[str, int]
    denominators: dict[str, int]
    singular: frozenset[str]
    scale: re.Pattern[str]
    half_words: tuple[str, ...] = ()  # the last word of each and_half phrase: "half", "demi"
    half_of_words: tuple[str, ...] = ()


@cache
def _fraction_grammar(lang: str) -> _Fractions:
    table = lexicon(lang).get("numbers", {}).get("fractions", {})
    gap = r"[ \u00a0\u202f]+"

    def phrases(items: Iterable[str]) -> str | None:
        items = sorted((i.lower() for i in items), key=len, reverse=True)
        return "|".join(re.escape(i).replace(r"\ ", gap) for i in items) or None

    values = {f.lower(): float(v) for v, forms in table.get("words", {}).items() for f in forms}
    numerators = {w.lower(): int(v) for w, v in table.get("numerators", {}).items()}
    denominators = {
        f.lower(): int(v) for v, forms in table.get("denominators", {}).items() for f in forms
    }
    and_half = phrases(table.get("and_half", []))
    words_ = phrases(values)
    half_of = phrases(table.get("half_of", []))
    nums, dens = phrases(numerators), phrases(denominators)
    scales = _grammar(lang).scales
    return _Fractions(
        and_half=re.compile(rf"{gap}(?:{and_half})(?![\w])") if and_half else None,
        noun_and_half=re.compile(
            rf"(?<![\w])(?P<num>{nums}){gap}[^\W\d_]+{gap}(?:{and_half})(?![\w])"
        )
        if nums and and_half
        else None,
        words=re.compile(rf"(?<![\w])(?:{words_})(?![\w])") if words_ else None,
        values=values,
        half_of=re.compile(rf"(?<![\w])(?:{half_of})(?![\w])") if half_of else None,
        fraction=re.compile(rf"(?<![\w])(?P<num>{nums}|[1-9])[\s-]+(?P<den>{dens})(?![\w])")
        if nums and dens
        else None,
        numerators=numerators,
        denominators=denominators,
        singular=frozenset(d for d in denominators if d in ("third", "quarter")),
        scale=re.compile(rf"{gap}({trie(scales)})(?![\w])"),
        half_words=tuple(p.lower().split()[-1] for p in table.get("and_half", [])),
        half_of_words=tuple(p.lower().split()[-1] for p in table.get("half_of", [])),
    )


@cache
def _ordinal_grammar(lang: str):
    table = lexicon(lang).get("numbers", {})
    values = {f.lower(): int(v) for v, forms in table.get("ordinals", {}).items() for f in forms}
    suffixes = table.get("ordinal_suffixes", [])
    if not values and not suffixes:
        return None, {}, {}, frozenset(), frozenset()
    alternatives = [rf"(?P<word>{trie(values)})"] if values else []
    if suffixes:
        alternatives.append(rf"(?P<digits>[0-9]{{1,4}})(?:{trie(s.lower() for s in suffixes)})")
    pattern = re.compile(rf"(?<![\w.,])(?:{'|'.join(alternatives)})(?![\w])")
    ambiguous = {w.lower(): _lowered(v) for w, v in table.get("ambiguous_ordinals", {}).items()}
    not_before = _lowered(table.get("not_ordinal_before", []))
    return pattern, values, ambiguous, not_before, _lowered(table.get("not_ordinal_after", []))


@cache
def _vague_grammar(lang: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    table = lexicon(lang).get("numbers", {})
    plurals = {f.lower(): int(v) for v, forms in table.get("vague", {}).items() for f in forms}
    groups = {f.lower(): int(v) for v, forms in table.get("collective", {}).items() for f in forms}
    if not plurals and not groups:
        return None, {}
    gap = r"[ \u00a0\u202f]+"
    links = "|".join(re.escape(w) for w in table.get("vague_links", []))
    link = rf"(?:{gap}(?:{links}){gap}?|{gap})" if links else gap
    phrases = "|".join(
        re.escape(g).replace(r"\ ", gap) for g in sorted(groups, key=len, reverse=True)
    )
    first = f"{phrases}|{trie(plurals)}" if phrases else trie(plurals)
    pattern = re.compile(
        rf"(?<![\w])(?P<first>{first})(?:{link}(?P<second>{trie(plurals)}))?(?![\w])"
    )
    return pattern, {**plurals, **groups}


# --- the grammar of one language -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    """A number morpheme: kind is zero, unit, teen, ten, hundred (additive 100-900),
    multiplier ("hundred"), scale (thousand and up) or connector ("and")."""

    value: int
    kind: str


@dataclass(frozen=True)
class _Grammar:
    lang: str
    pattern: re.Pattern[str]  # the one pass: a non-word character, then a candidate
    head: re.Pattern[str]  # the same candidate at the very start of the text
    token: re.Pattern[str]  # one written word of a phrase
    shape: re.Pattern[str]  # a valid digit run, spaces unified to " "
    decimal: str
    ordinal_dot: bool
    joiner: str | None  # inside one written word: "" compounds, "-" hyphens, None neither
    units_before_tens: bool
    teen_tens: frozenset[int]
    words: dict[str, _Word]  # every form, connectors included
    scales: dict[str, int]  # after digits: scale words and abbreviations
    connectors: dict[str, frozenset[str]]  # word -> kinds it may follow
    not_alone: frozenset[str]
    only_before_scale: frozenset[str]
    not_before: dict[str, frozenset[str]]
    not_after: dict[str, frozenset[str]]
    hyphen_ordinals: frozenset[str]
    longest: int  # characters in the longest word form
    space_grouping: bool = False  # the language groups digits with a space (fr, pl)
    ten_units: bool = False  # "dix" takes a unit written as a separate word (fr "dix sept")
    negative: frozenset[str] = frozenset()  # words that make the number after them negative


@cache
def _grammar(lang: str) -> _Grammar:
    """Compile the lexicon's [numbers] tables and CLDR separators for one language."""
    table: dict[str, Any] | None = lexicon(lang).get("numbers")
    if table is None:
        raise KeyError(f"the {lang!r} lexicon has no [numbers] table; numbers cannot be read")
    words: dict[str, _Word] = {}
    for section, kind in (("words", None), ("multipliers", "multiplier"), ("scales", "scale")):
        for value, forms in table.get(section, {}).items():
            for form in forms:
                words[form.lower()] = _Word(int(value), kind or _kind(int(value)))
    connectors = {w.lower(): frozenset(kinds) for w, kinds in table.get("connectors", {}).items()}
    for word in connectors:
        words[word] = _Word(0, "connector")
    scales = {form: w.value for form, w in words.items() if w.kind == "scale"}
    for value, forms in table.get("abbreviations", {}).items():
        scales.update((form.lower(), int(value)) for form in forms)
    glued = [form.lower() for form in table.get("glued", [])]
    not_alone = _lowered(table.get("not_alone", []))
    only_before_scale = _lowered(table.get("only_before_scale", []))

    joiner = "" if table.get("compounds") else "-" if table.get("hyphens") else None
    decimal = get_decimal_symbol(lang)
    group = get_group_symbol(lang)
    space_grouping = group in _SPACES
    phrase = _phrase_regex(words, joiner, not_alone | only_before_scale)
    starts = "".join(sorted({re.escape(w[0]) for w, v in words.items() if v.kind != "connector"}))
    candidate = (
        rf"(?:(?P<run>{_run_regex(space_grouping)}){_scale_regex(scales, glued)}"
        rf"|(?P<words>{phrase}))"
    )
    swiss_groups = lexicon(lang).get("figures", {}).get("apostrophe_groups")
    swiss = "'’" if swiss_groups else ""  # Swiss digit groups: "89'410", "1’250"
    group_class = f"[ .{swiss}]" if space_grouping else f"[{re.escape(group)} {swiss}]"
    shape = re.compile(
        rf"(?P<int>[0-9]{{1,3}}(?P<g>{group_class})[0-9]{{3}}(?:(?P=g)[0-9]{{3}})*|[0-9]+)"
        rf"(?:{re.escape(decimal)}(?P<frac>[0-9]+))?"
    )
    return _Grammar(
        lang=lang,
        pattern=re.compile(rf"[^a-z0-9_/#@\\](?<![\w])(?=[0-9{starts}]){candidate}"),
        head=re.compile(candidate),
        token=re.compile(rf"(?<![\w]){_token_regex(words, joiner, connectors_first=True)}"),
        shape=shape,
        decimal=decimal,
        ordinal_dot=bool(table.get("ordinal_dot")),
        joiner=joiner,
        units_before_tens=bool(table.get("units_before_tens")),
        teen_tens=frozenset(table.get("teen_tens", [])),
        words=words,
        scales=scales,
        connectors=connectors,
        not_alone=not_alone,
        only_before_scale=only_before_scale,
        not_before={w.lower(): _lowered(v) for w, v in table.get("not_before", {}).items()},
        not_after={w.lower(): _lowered(v) for w, v in table.get("not_after", {}).items()},
        hyphen_ordinals=_lowered(table.get("hyphen_ordinals", [])),
        longest=max(map(len, words)),
        space_grouping=space_grouping,
        ten_units=bool(table.get("ten_units")),
        negative=_lowered(table.get("negative", [])),
    )


def _kind(value: int) -> str:
    if value == 0:
        return "zero"
    if value < 10:
        return "unit"
    if value < 20:
        return "teen"
    return "ten" if value < 100 else "hundred"


def _lowered(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _run_regex(space_grouping: bool) -> str:
    """One run of digits and separators, taken whole (atomic) so it is judged whole.

    A space joins only a 1-3 digit head to groups of exactly three digits ("2 500", not
    "de 19 pays"); in fr/pl a line break may too, which the reader then refuses.
    """
    space = r"(?:[ \u00a0\u202f]|\r?\n)" if space_grouping else "[ \u00a0\u202f]"
    group = rf"{space}[0-9]{{3}}(?![0-9])"
    tail = rf"(?:[.,'’][0-9]+|{group})*"
    return rf"(?>[0-9]{{1,3}}(?:{group})+{tail}|[0-9]+(?:[.,'’][0-9]+)+{tail}|[0-9]+)"


def _scale_regex(scales: dict[str, int], glued: list[str]) -> str:
    """Up to two scale words after digits ("2,5 milhões", "2 mil milhões"), or a glued one."""
    words = trie(scales)
    spaced = rf"[ \u00a0\u202f]+(?P<s1>{words})(?![\w])(?:[ \u00a0\u202f]+(?P<s2>{words})(?![\w]))?"
    return rf"(?:{spaced}|(?P<glued>{trie(glued)})(?![\w]))?"


def _token_regex(
    words: dict[str, _Word], joiner: str | None, *, connectors_first: bool = False
) -> str:
    """One written word made only of number morphemes (and inner connectors); a connector
    opens one only when re-reading a phrase word by word."""
    first = trie(w for w, v in words.items() if connectors_first or v.kind != "connector")
    if joiner is None:
        return rf"(?:{first})(?![\w])"
    # atomic: a word of teens ("dreizehnachtzehn...x") has 2^n splits to try otherwise
    return rf"(?>(?:{first})(?:{re.escape(joiner)}(?:{trie(words)}))*)(?![\w])"


def _phrase_regex(words: dict[str, _Word], joiner: str | None, not_alone: frozenset[str]) -> str:
    """Number words separated by spaces or a connector; a word that is no figure alone
    (an article) opens a phrase only when another number word follows."""
    token = _token_regex(words, joiner)
    connectors = [w for w, v in words.items() if v.kind == "connector"]
    gap = rf"{_SEP}(?:(?:{trie(connectors)}){_SEP})?" if connectors else _SEP
    alone = trie(not_alone)
    numbers = trie(w for w, v in words.items() if v.kind != "connector")
    first = rf"(?:(?:{alone})(?![\w])(?={gap}(?:{numbers}))|(?!(?:{alone})(?![\w])){token})"
    return rf"{first}(?:{gap}{token})*"


def trie(words: Iterable[str]) -> str:
    """A regex alternation factored by common prefixes: fast, and longest match first."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return "(?!)"
    return _emit(root)


def _emit(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _lower(text: str) -> str:
    """Lowercase with the same offsets: only U+0130 (İ) lowercases to two characters."""
    return text.replace("\u0130", "I").lower() if "\u0130" in text else text.lower()


# --- digits ----------------------------------------------------------------------------------


def _read_digits(text: str, m: re.Match[str], g: _Grammar) -> NumberMatch | None:
    start, end = m.span("run")
    raw = text[start:end]
    if "\n" in raw:  # a group split across lines: cannot tell one number from two
        return None
    if not g.space_grouping and " " in raw and raw.count(" ") < 2:
        return None  # "2 500" in English: one number or two; never read as pieces
    before = text[start - 1 : start]
    if before and before in ".,'’\u00a0\u202f" and _is_word_char(text[start - 2 : start - 1]):
        return None  # the tail of a run refused before it: "USD1,500", "RM1.2", "4\u00a04"
    if text[end : end + 1] in _NO_BREAK and text[end + 1 : end + 2].isdigit():
        return None  # "4\u00a04": digits around a no-break space that groups nothing
    value = _digits_value(raw, g)
    if value is None or _identifier_before(text, start):
        return None
    if before == g.decimal and raw.isdigit() and start >= 1:
        value = Decimal(f"0.{raw}")  # ".08": a decimal with its leading zero left out
        start -= 1
    elif (sign := _negative_sign(text, start, g)) is not None:
        value, start = -value, sign
    scaled = False
    if m.group("s1") is not None:
        value *= g.scales[m.group("s1")]
        end = m.end("s1")
        if m.group("s2") is not None and g.scales[m.group("s2")] > g.scales[m.group("s1")]:
            value *= g.scales[m.group("s2")]
            end = m.end("s2")
        scaled = True
    elif m.group("glued") is not None:
        value *= g.scales[m.group("glued")]
        end = m.end("glued")
        scaled = True
    after = text[end : end + 1]
    if after and (_is_word_char(after) or after in "/@#\\"):
        return None
    if after and after in ".," and _is_word_char(text[end + 1 : end + 2]):  # "123.jpg", "1.º"
        return None
    ordinal = g.ordinal_dot and not scaled and after == "." and g.decimal not in raw
    return NumberMatch(start, end, text[start:end], float(value), scaled, ordinal)


def _negative_sign(text: str, start: int, g: _Grammar) -> int | None:
    """Where the sign of a negative number starts: '-5' or '−5' standing alone (not '2-1',
    'COVID-19'), or 'minus 5'; None for a positive number."""
    before = text[start - 1 : start]
    if before and before in "-−":
        ahead = text[start - 2 : start - 1]
        return start - 1 if not ahead or ahead.isspace() or ahead in "([" else None
    if not g.negative or not before.isspace():
        return None
    previous = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
    if previous is None or previous.group(1).lower() not in g.negative:
        return None
    return previous.start(1)


def _digits_value(raw: str, g: _Grammar) -> Decimal | int | None:
    """Value of a digit run if its shape is valid for the language, else None."""
    if raw.isdigit():  # the common case, and the run holds ASCII digits only
        digits = raw.lstrip("0") or "0"  # int() refuses 4,301 digits, even zeros
        return int(digits) if len(digits) <= _MAX_DIGITS else None
    m = g.shape.fullmatch(raw.replace("\u00a0", " ").replace("\u202f", " "))
    if m is None:
        return None
    whole = m.group("int")
    if m.group("g"):
        whole = whole.replace(m.group("g"), "")
    fraction = m.group("frac") or ""
    if len((whole + fraction).lstrip("0")) > _MAX_DIGITS:
        return None
    return Decimal(f"{whole}.{fraction}") if fraction else int(whole)


def _identifier_before(text: str, start: int) -> bool:
    """Digits after a hyphen glued to a word with a capital are a code: COVID-19, F-35."""
    if start < 2 or text[start - 1] != "-":
        return False
    word_start = start - 1
    while word_start > 0 and _is_word_char(text[word_start - 1]):
        word_start -= 1
    return any(ch.isupper() for ch in text[word_start : start - 1])


def _is_word_char(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or ch == "_")


# --- words -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _State:
    """Place-value reading of number words: total of finished groups, current group."""

    total: int = 0
    current: int = 0
    slot: int = 1000  # the next additive word must be smaller than this
    has_hundred: bool = False
    last: str | None = None  # kind of the last word read
    last_scale: int | None = None
    connector: str | None = None  # a connector read, waiting for its number word

    def step(self, word: _Word, form: str, g: _Grammar) -> bool:
        """Read one more word; False if the number cannot go on with it."""
        if word.kind == "connector":
            ok = self.connector is None and self.last in g.connectors.get(form, ())
            self.connector = form
            return ok
        connector, self.connector = self.connector, None
        if self.last == "zero" or (word.kind == "zero" and self.last is not None):
            return False
        if word.kind == "multiplier":
            return connector is None and self._multiply(word.value)
        if word.kind == "scale":
            return self._scale(word.value, form not in g.not_alone, connector is not None)
        if word.kind == "zero":
            self.last = "zero"
            return True
        return self._add(word, connector is not None, g)

    def _add(self, word: _Word, after_connector: bool, g: _Grammar) -> bool:
        value, kind = word.value, word.kind
        if g.ten_units and kind == "unit" and self.last == "teen" and self.current % 20 == 10:
            self.current += value  # "dix sept", "soixante-dix neuf": written apart
            self.last, self.slot = "unit", 1
            return True
        german_ten = g.units_before_tens and kind == "ten" and self.last == "unit"
        if german_ten and after_connector:  # zwei-und-zwanzig
            self.slot = 1
        elif value < self.slot and not german_ten:
            if kind == "ten" and not g.units_before_tens:
                self.slot = 20 if value in g.teen_tens else 10
            else:
                self.slot = 100 if kind == "hundred" else 1
        else:
            return False
        self.current += value
        self.has_hundred = self.has_hundred or kind == "hundred"
        self.last = kind
        return True

    def _multiply(self, value: int) -> bool:
        if self.has_hundred:
            return False
        if self.current == 0:
            if self.last not in (None, "scale"):
                return False
            self.current = value
        elif self.current < value:
            self.current *= value
        else:
            return False
        self.has_hundred, self.slot, self.last = True, value, "hundred"
        return True

    def _scale(self, value: int, alone: bool, after_connector: bool) -> bool:
        """A thousand-and-up word; alone: it may mean one of it ("mille", not "millions")."""
        implied_one = self.current == 0 and (
            self.last is None or (self.last == "scale" and value < (self.last_scale or 0))
        )
        if implied_one:  # "mil", "zwei Millionen tausend", "milhões e mil"
            if not alone:
                return False
            self.current = 1
        elif after_connector or (self.current == 0 and self.last != "scale"):
            return False
        if self.last_scale is None or value < self.last_scale:
            self.total += self.current * value
        elif value > self.last_scale:  # "mil milhões", "a thousand million"
            self.total = (self.total + self.current) * value
        else:
            return False
        self.current, self.slot, self.has_hundred = 0, 1000, False
        self.last, self.last_scale = "scale", value
        return True

    @property
    def value(self) -> int:
        return self.total + self.current


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    form: str
    parts: tuple[tuple[str, _Word], ...] | None  # None: this word can be no number


def _read_words(text: str, low: str, start: int, end: int, g: _Grammar) -> list[NumberMatch]:
    tokens = [_token(text, low, m, g) for m in g.token.finditer(low, start, end)]
    found: list[NumberMatch] = []
    i = 0
    while i < len(tokens):
        length, value = _longest_number(tokens, i, g)
        if length == 0:
            i += 1
            continue
        first, last = tokens[i], tokens[i + length - 1]
        if _is_figure(tokens[i : i + length], low, g):
            raw = text[first.start : last.end]
            found.append(NumberMatch(first.start, last.end, raw, float(value), True))
        i += length
    return found


def _token(text: str, low: str, m: re.Match[str], g: _Grammar) -> _Token:
    form = m.group()
    parts = _split(form, g.lang)
    after = text[m.end() : m.end() + 2]
    if after[:1] in ("'", "’", ".", ",") and _is_word_char(after[1:]):  # one's, two.jpg
        parts = None
    elif after[:1] == "@" or (after[:1] == "-" and _next_word(low, m.end()) in g.hyphen_ordinals):
        parts = None  # twenty-first, vingt-deuxième
    return _Token(m.start(), m.end(), form, parts)


@lru_cache(maxsize=65536)
def _split(form: str, lang: str) -> tuple[tuple[str, _Word], ...] | None:
    """Morphemes of one written word, longest first: "zweiundzwanzig" -> zwei, und, zwanzig.

    Dynamic programming from the end of the word, so the longest morpheme that still lets
    the rest split is chosen, in time linear in the word's length.
    """
    g = _grammar(lang)
    if g.joiner is None:
        return ((form, g.words[form]),) if form in g.words else None
    n, step = len(form), len(g.joiner)
    choice: list[int | None] = [None] * (n + 1)  # where the morpheme starting here ends
    splits = [False] * n + [True]  # form[pos:] splits into morphemes
    for pos in range(n - 1, -1, -1):
        for stop in range(min(n, pos + g.longest), pos, -1):
            if form[pos:stop] not in g.words:
                continue
            if stop == n or (
                form.startswith(g.joiner, stop) and stop + step < n and splits[stop + step]
            ):
                choice[pos], splits[pos] = stop, True
                break
    if not splits[0]:
        return None
    pieces: list[tuple[str, _Word]] = []
    pos = 0
    while pos < n:
        stop = choice[pos]
        assert stop is not None  # splits[pos] holds on every position the walk reaches
        pieces.append((form[pos:stop], g.words[form[pos:stop]]))
        pos = stop + step
    return tuple(pieces)


def _longest_number(tokens: list[_Token], i: int, g: _Grammar) -> tuple[int, int]:
    """(tokens read, value) of the longest number starting at tokens[i]; (0, 0) if none."""
    first = tokens[i]
    if first.parts is None or first.parts[0][1].kind == "connector":
        return 0, 0
    head_form, head = first.parts[0]
    if head.kind in ("scale", "multiplier") and head_form in g.not_alone:
        return 0, 0  # "millions", "hundred": not a number without one before it
    if first.form in g.only_before_scale:  # "a million", "eine Million"
        following = tokens[i + 1].parts if i + 1 < len(tokens) else None
        if not following or following[0][1].kind not in ("scale", "multiplier"):
            return 0, 0
    state = _State()
    best = (0, 0)
    for j in range(i, len(tokens)):
        token = tokens[j]
        if token.parts is None or (j > i and token.form in g.only_before_scale):
            break
        if not all(state.step(word, form, g) for form, word in token.parts):
            break
        if state.connector is None:
            best = (j - i + 1, state.value)
    return best


def _is_figure(tokens: list[_Token], low: str, g: _Grammar) -> bool:
    """Drop the words that are no figure in their context: "no one", "pour cent", "one of"."""
    start, end = tokens[0].start, tokens[-1].end
    following = _next_word(low, end)
    if following in g.not_before.get("*", ()):
        return False  # two thirds, deux tiers
    if len(tokens) > 1:
        return True
    form = tokens[0].form
    if form in g.not_alone or form in g.only_before_scale:
        return False
    if following in g.not_before.get(form, ()):
        return False
    previous = _PREVIOUS_WORD.search(low, max(0, start - 40), start)
    return previous is None or previous.group(1) not in g.not_after.get(form, ())


def _next_word(low: str, end: int) -> str | None:
    m = _NEXT_WORD.match(low, end)
    return m.group(1) if m else None


# --- text that holds no figures --------------------------------------------------------------


def _junk_spans(low: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses, sorted: digits and words inside them are no figures."""
    spans: list[tuple[int, int]] = []
    if "://" in low or "www." in low:
        spans.extend(m.span() for m in _URL.finditer(low))
    at = low.find("@")
    while at != -1:
        start, end = at, at + 1
        while start > 0 and not low[start - 1].isspace():
            start -= 1
        while end < len(low) and not low[end].isspace():
            end += 1
        spans.append((start, end))
        at = low.find("@", end)
    spans.sort()
    return spans


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether text[start:end] overlaps one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, (start, float("inf")))
    return (i > 0 and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < end)
