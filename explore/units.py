"""What a number is counted in: a currency, a percent, a unit of measure.

Every written form comes from CLDR through Babel: currency names with their plural forms
("złotych", "dólares"), symbols ("US$", "R$", "zł", "£") and ISO codes; unit patterns
("{0} kilometrów na godzinę", "{0} km²", "{0} pour cent"). ``units.toml`` only chooses which
units and currencies news figures carry, and the language lexicons add what CLDR lacks
(``proc.``, percentage points, the word between a scale and a currency: "milhões *de* euros").

A figure's unit is read right after the number (``2,5 Mio. Euro``, ``12 %``, ``15GW``) or,
for a currency, right before it (``$4.2bn``, ``US$ 1,3 bilhão``, ``EUR2,5``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from babel import Locale

from explore.lexicons import lexicon

_GAP = "[ \u00a0\u202f]?"  # between a number and its unit or currency: none or one space


@dataclass(frozen=True, slots=True)
class Unit:
    """kind: money | percent | measure; code: ISO 4217, '%', 'pp' or the CLDR symbol."""

    kind: str
    code: str


PERCENT = Unit("percent", "%")
POINTS = Unit("percent", "pp")


@cache
def _choices() -> dict:
    with resources.files("explore").joinpath("units.toml").open("rb") as fh:
        return tomllib.load(fh)


def conversions() -> dict[str, tuple[str, float]]:
    """Measure code -> (the code its quantity is compared in, factor): 'ac' -> ('ha', 0.4047)."""
    return {code: (base, float(factor)) for code, (base, factor) in _choices()["convert"].items()}


def _locales(lang: str) -> list[Locale]:
    return [Locale.parse(name) for name in _choices()["locales"].get(lang, [lang])]


def _bare(pattern: str) -> str:
    """'{0} kilometrów' -> 'kilometrów'; '{0}\u202fkm' -> 'km'."""
    return pattern.replace("{0}", "").strip(" \u00a0\u202f")


@cache
def _symbol(unit_id: str) -> str:
    """The code a measure is reported with: CLDR's short English symbol ('km/h', 'ac')."""
    short = Locale.parse("en")._data["unit_patterns"][unit_id]["short"]
    return _bare(short.get("other") or next(iter(short.values())))


def _unit_forms(locale: Locale, unit_id: str) -> set[str]:
    patterns = locale._data["unit_patterns"].get(unit_id)
    if patterns is None:
        return set()
    return {
        _bare(text)
        for width in ("long", "short", "narrow")
        for count, text in patterns.get(width, {}).items()
        if count != "per" and "{0}" in text
    }


_DURATIONS = ("century", "decade", "year", "month", "week", "day", "night", "hour", "minute")


@cache
def time_nouns(lang: str) -> frozenset[str]:
    """Every word CLDR writes for a span of time in a language, lowercased, each plural
    form ('years', 'Jahren', 'lat', 'dni'): a number of them counts no one."""
    return frozenset(
        form.lower()
        for locale in _locales(lang)
        for name in _DURATIONS
        for form in _unit_forms(locale, f"duration-{name}")
        if form.isalpha()
    )


def is_time_noun(word: str, lang: str) -> bool:
    """A word for a span of time, CLDR's forms or an inflection of one ('dniach' of
    'dni', 'Jahren' of 'Jahre': a form plus at most three letters)."""
    low = word.lower()
    nouns = time_nouns(lang)
    return low in nouns or any(low[:k] in nouns for k in range(max(3, len(low) - 3), len(low)))


def _per_forms(locale: Locale, unit_id: str) -> set[str]:
    """'na metr kwadratowy', '/m²': a unit as the denominator of another."""
    patterns = locale._data["unit_patterns"].get(unit_id)
    if patterns is None:
        return set()
    return {
        _bare(width["per"])
        for width in (patterns.get(w, {}) for w in ("long", "short", "narrow"))
        if "per" in width
    }


def _measure_forms(lang: str) -> dict[str, Unit]:
    choices = _choices()
    forms: dict[str, Unit] = {}
    for locale in _locales(lang):
        for unit_id in choices["measures"]:
            unit = Unit("measure", _symbol(unit_id))
            for form in _unit_forms(locale, unit_id):
                forms.setdefault(form, unit)
        for compound in choices["per"]:
            unit = Unit("measure", compound["code"])
            for form in _unit_forms(locale, compound["top"]):
                for per in _per_forms(locale, compound["bottom"]):
                    joiner = "" if per.startswith("/") else " "
                    forms.setdefault(f"{form}{joiner}{per}", unit)
    ending = lexicon(lang).get("units", {}).get("plural_case_ending")
    if ending:  # German dative plural: 'bis zu 70 Kilometern pro Stunde', '25 Quadratkilometern'
        for form, unit in list(forms.items()):
            head, _, rest = form.partition(" ")
            if head.endswith("er") and head[0].isupper():
                forms.setdefault(" ".join(filter(None, (head + ending, rest))), unit)
    return {f: u for f, u in forms.items() if len(f) > 1 or not f.isalpha()}


def _currency_names(lang: str) -> dict[str, Unit]:
    """Names and plural forms of each chosen currency, the bare head word of the name
    ('dollars' of 'US dollars', 'dolarów' of 'dolarów amerykańskich'), and the lexicon's
    names CLDR lacks (the currency's own plural as the press writes it: 'soles')."""
    head_first = lexicon(lang).get("units", {}).get("currency_head") == "first"
    names: dict[str, Unit] = {}
    heads: dict[str, Unit] = {}
    for code in _choices()["currencies"]:
        unit = Unit("money", code)
        for locale in _locales(lang):
            plural = locale._data["currency_names_plural"].get(code, {})
            for name in {locale.currencies.get(code), *plural.values()} - {None}:
                names.setdefault(name.lower(), unit)
                parts = name.lower().split()
                head = parts[0] if head_first else parts[-1].rsplit("-", 1)[-1]
                heads.setdefault(head, unit)
    for word, code in lexicon(lang).get("units", {}).get("currencies", {}).items():
        names.setdefault(word.lower(), Unit("money", code))
    return {**heads, **names}


def _currency_symbols(lang: str) -> dict[str, Unit]:
    """Symbols and ISO codes: '$', 'US$', 'R$', 'zł', '€', 'EUR'. Case matters here."""
    symbols: dict[str, Unit] = {}
    for code in _choices()["currencies"]:
        unit = Unit("money", code)
        symbols.setdefault(code, unit)
        for locale in _locales(lang):
            symbol = locale.currency_symbols.get(code)
            if symbol and symbol != code:
                symbols.setdefault(symbol, unit)
    return symbols


@dataclass(frozen=True)
class _Table:
    after: re.Pattern[str]  # a unit right after a number
    before: re.Pattern[str]  # a currency right before one (searched on the reversed text)
    forms: dict[str, Unit]  # lowercased word forms
    symbols: dict[str, Unit]  # symbols as written
    links: re.Pattern[str]  # "de ", "d'", "of " between a scale word and a currency


@cache
def _table(lang: str) -> _Table:
    extra = lexicon(lang).get("units", {})
    words: dict[str, Unit] = {}
    for form in extra.get("percent", []):
        words[form.lower()] = PERCENT
    for form in extra.get("points", []):
        words[form.lower()] = POINTS
    for form, code in extra.get("measures", {}).items():
        words[form.lower()] = Unit("measure", code)
    for locale in _locales(lang):
        for form in _unit_forms(locale, "concentr-percent"):
            words.setdefault(form.lower(), PERCENT)
    for form, unit in _measure_forms(lang).items():  # the first unit of a form wins:
        words.setdefault(form.lower(), unit)  # Polish 'mm' (millimetre) before 'Mm' (mila morska)
    for form, unit in _currency_names(lang).items():
        words.setdefault(form, unit)
    symbols = _currency_symbols(lang)
    measure_symbols = {  # a capital letter alone, case kept: '39.5 C', '41.2C'
        form: Unit("measure", code) for form, code in extra.get("measure_symbols", {}).items()
    }
    symbols.update(measure_symbols)
    word_forms = sorted(words, key=len, reverse=True)
    symbol_forms = sorted(symbols, key=len, reverse=True)
    alternatives = "|".join(
        [*(f"(?i:{re.escape(f)})" for f in word_forms), *(re.escape(s) for s in symbol_forms)]
    )
    after = re.compile(rf"{_GAP}(?P<unit>{alternatives})(?![\w])")
    prefixes = [
        s for s in symbol_forms if (not s.isalpha() or s.isupper()) and s not in measure_symbols
    ]
    before = re.compile(
        rf"{_GAP}(?P<unit>{'|'.join(re.escape(s[::-1]) for s in prefixes)})(?![\w$])"
    )
    links = "|".join(re.escape(w) for w in sorted(extra.get("links", []), key=len, reverse=True))
    return _Table(
        after=after,
        before=before,
        forms=words,
        symbols=symbols,
        links=re.compile(rf"[ \u00a0\u202f]+(?:{links})(?:[ \u00a0\u202f]*)" if links else "(?!)"),
    )


def unit_after(text: str, end: int, lang: str, *, scaled: bool = False) -> tuple[Unit, int] | None:
    """The unit written right after a number that ends at ``end``: (unit, end of the unit).

    ``scaled``: the number ends with a scale word ("milhões"), which a currency may follow
    through a linking word ("10 milhões de euros", "millions d’euros", "millions of dollars").
    """
    table = _table(lang)
    m = table.after.match(text, end)
    if m is None and scaled:
        link = table.links.match(text, end)
        if link is not None:
            m = table.after.match(text, link.end())
            if m is not None and _unit_of(table, m.group("unit")).kind != "money":
                m = None
    if m is None:
        return None
    unit = _unit_of(table, m.group("unit"))
    if unit.kind == "money" and unit.code == m.group("unit") and m.start("unit") == end:
        return None  # "5EUR" glued: a code, not a sum
    return unit, m.end()


def currency_before(text: str, start: int, lang: str) -> tuple[Unit, int] | None:
    """The currency symbol or code written right before a number: (unit, start of it)."""
    lo = max(0, start - 8)
    m = _table(lang).before.match(text[lo:start][::-1])
    if m is None:
        return None
    symbol = m.group("unit")[::-1]
    return _table(lang).symbols[symbol], start - m.end()


def _unit_of(table: _Table, written: str) -> Unit:
    return table.symbols.get(written) or table.forms[written.lower()]
