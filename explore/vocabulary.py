"""Concept vocabularies: what figures count, one file for all languages.

- The generic news vocabulary (explore/concepts.toml): what the coverage of any event
  counts (people killed, injured, missing, evacuated; buildings destroyed; seats, votes;
  rainfall, wind speed, ...), read lazily, once.
- An event vocabulary, written by a user for a corpus: ``concepts.toml`` next to the
  articles (found by load_corpus), or a file given with ``concepts=`` / ``--concepts``.
  Same format; its rules are tried before the generic ones, so a corpus's own quantities
  win. ``explore concepts --starter`` prints one to edit. Besides ``[[concepts]]`` it may
  hold what else is known of the event: ``[senses]`` (what a counted noun or a verb
  says, for meaning drift), ``[regions]`` and ``[[rules]]`` (explore.checks). Knowledge
  of an event belongs to its corpus: the package ships none (seeds/concepts.toml is the
  seeds' own).

An event's words match their inflected forms ("kraj" matches "krajów"): the lexicons'
words have theirs shipped (explore.lexicons.build_forms); an event file's are looked up
with simplemma when the file is first read, and kept in the user's cache folder.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
import warnings
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import polars as pl

from explore.errors import ExploreError, ExploreWarning

EVENT_FILE = "concepts.toml"  # an event vocabulary next to the articles
EventKey = tuple[str, int, int]  # resolved path, mtime, size: a file's rules, cached by it
EVENT_TABLES = ("concepts", "senses", "regions", "rules")  # what an event file may hold
SENSE_PARTS = ("nouns", "verbs")
FORMS_VERSION = 1  # of the cached forms tables: raise when build_forms changes its output


@cache
def _entries() -> tuple[dict[str, Any], ...]:
    with resources.files("explore").joinpath("concepts.toml").open("rb") as fh:
        return tuple(tomllib.load(fh).get("concepts", []))


@cache
def generic_rules(lang: str) -> tuple[dict[str, Any], ...]:
    """The entries for one language, as figures reads rules:
    ``{"concept", "nouns", "near", "after", "not_near"}``."""
    return _for_language(_entries(), lang)


def _for_language(entries: tuple[dict[str, Any], ...], lang: str) -> tuple[dict[str, Any], ...]:
    """Entries as rules of one language: their key as ``concept``, that language's words."""
    return tuple(
        {"concept": entry["key"], **entry[lang]}
        for entry in entries
        if entry.get(lang, {}).get("nouns")
    )


@cache
def any_noun_rules(lang: str) -> tuple[dict[str, Any], ...]:
    """Entries (``any_noun = true``) whose context words tell of people whatever noun
    counts them ('zwei Flugbegleiter überlebten', 'trzech strażaków zginęło'): tried when
    no rule knows the noun, in the figure's own clause only."""
    return tuple(
        {"concept": entry["key"], **entry[lang]}
        for entry in _entries()
        if entry.get("any_noun") and entry.get(lang, {}).get("near")
    )


@cache
def glued_concepts() -> frozenset[str]:
    """Concepts whose noun may be glued to its number as an adjective ('32-storey
    towers', ``glued = true``): the only ones a glued word names ('40-year-old' is none)."""
    return frozenset(entry["key"] for entry in _entries() if entry.get("glued"))


KINDS = ("money", "percent")  # figures that count no noun: their words say what they are


@cache
def kind_rules(kind: str, lang: str, event: EventKey | None = None) -> tuple[dict[str, Any], ...]:
    """Entries for figures that carry a unit and count no noun (``kinds = ["money"]``,
    ``["percent"]``): what they are is said by the words around them ('aid', 'restored'),
    ``{"concept", "near", "not_near"}``; an event file's before the generic ones."""
    entries = (*(event_entries(event) if event is not None else ()), *_entries())
    return tuple(
        {"concept": entry["key"], **entry.get(lang, {})}
        for entry in entries
        if kind in entry.get("kinds", ()) and entry.get(lang, {}).get("near")
    )


@cache
def measure_concepts() -> frozenset[str]:
    """Concepts of measures, which their unit names (``units = [...]``): 'rainfall',
    'wind_speed', 'depth'."""
    return frozenset(entry["key"] for entry in _entries() if entry.get("units"))


@cache
def concept_units(concept: str) -> frozenset[str]:
    """The units a measure concept lists ('wind_speed': km/h, mph, …); none for others."""
    return frozenset(
        u for entry in _entries() if entry["key"] == concept for u in entry.get("units", ())
    )


@cache
def unit_rules(unit: str, lang: str) -> tuple[dict[str, Any], ...]:
    """Entries listing the unit, in order, as rules of one language: ``{"concept", "near",
    "not_near"}``; an entry with no words in that language holds for any measure in the
    unit ('km/h' near 'wind' is a wind speed, else a speed)."""
    return tuple(
        {"concept": entry["key"], **entry.get(lang, {})}
        for entry in _entries()
        if unit in entry.get("units", [])
    )


FIRST_ROUND = "_first_round"  # suffix of a concept told of an election's first round
FORECAST = "_forecast"  # suffix of a concept told of what could happen ('80 mm could fall')
TOTAL = "_total"  # suffix of a per-person concept told of all ('45 of the 73 seats')


@cache
def concept_labels() -> dict[str, str]:
    """Concept key -> the label of its first entry (and of its first round's, for a
    concept with ``by_round = true``)."""
    labels: dict[str, str] = {}
    for entry in _entries():
        if "label" in entry:
            labels.setdefault(entry["key"], entry["label"])
    for key in round_concepts():
        labels.setdefault(key + FIRST_ROUND, f"{labels[key]}, first round")
    for key in _counted_per_person():
        labels.setdefault(key + TOTAL, f"{labels[key]}, in all")
    for key in list(labels):
        labels.setdefault(key + FORECAST, f"{labels[key]}, forecast")
    return labels


@cache
def round_concepts() -> frozenset[str]:
    """Concepts an election's rounds tell apart (``by_round = true``): turnout and a
    candidate's share in the first round are other quantities than in the run-off."""
    return frozenset(entry["key"] for entry in _entries() if entry.get("by_round"))


def _with_first_rounds(keys: set[str]) -> frozenset[str]:
    """Keys and the first-round keys of those an election's rounds tell apart."""
    return frozenset(keys | {key + FIRST_ROUND for key in keys & round_concepts()})


@cache
def split_concepts() -> frozenset[str]:
    """Concepts whose place is always part of the quantity (``by_place = true``): the
    nationals of one country are never all nationals, even in a corpus naming one."""
    return _with_first_rounds({entry["key"] for entry in _entries() if entry.get("by_place")})


@cache
def person_concepts() -> frozenset[str]:
    """Concepts counted per person (``by_person = true``): a candidate's share of the
    vote; the figure's scope is the person named next to it."""
    return _with_first_rounds({entry["key"] for entry in _entries() if entry.get("by_person")})


@cache
def estimate_concepts() -> frozenset[str]:
    """Concepts that are estimates themselves (``estimate = true``: excess deaths): words
    of a forecast do not make them another quantity."""
    return frozenset(entry["key"] for entry in _entries() if entry.get("estimate"))


def _counted_per_person() -> frozenset[str]:
    """Counts that are someone's (seats, votes): their whole is a quantity of its own."""
    return frozenset(
        entry["key"] for entry in _entries() if entry.get("by_person") and not entry.get("kinds")
    )


def generic_concepts() -> frozenset[str]:
    """Every key of the generic vocabulary (with the first-round keys of by_round ones),
    and the forecast of each."""
    keys = _with_first_rounds({entry["key"] for entry in _entries()})
    keys |= {key + TOTAL for key in _counted_per_person()}
    return keys | {key + FORECAST for key in keys}


def uncovered(figures: pl.DataFrame) -> pl.DataFrame:
    """The counted nouns no vocabulary covers (schemas.CONCEPTS), most frequent first per
    language: what an event vocabulary for this corpus would name. Counts only: a date or a
    measure has no counted noun to name."""
    from explore import schemas
    from explore.text import noun_key

    counts = figures.filter(
        (pl.col("kind") == "count") & pl.col("concept").is_null() & pl.col("counted").is_not_null()
    ).sort("doc_id", "start")
    if counts.is_empty():
        return schemas.empty("concepts")
    keys = [noun_key(c, lang) for c, lang in counts.select("counted", "lang").iter_rows()]
    return (
        counts.with_columns(noun=pl.Series(keys, dtype=pl.String))
        .group_by("lang", "noun", maintain_order=True)
        .agg(
            counted=pl.col("counted").first(),
            n_figures=pl.len().cast(pl.Int64),
            n_docs=pl.col("doc_id").n_unique().cast(pl.Int64),
            values=pl.col("value"),
            example=pl.col("sentence").first(),
        )
        .sort(["lang", "n_figures", "n_docs", "noun"], descending=[False, True, True, False])
        .select(schemas.schema("concepts").names())
        .cast(schemas.schema("concepts"))
    )


def starter_file(table: pl.DataFrame, least: int = 1) -> str:
    """A concepts file to edit, one entry per noun met at least ``least`` times, the
    languages' nouns side by side where the same key comes up: rename the keys so that the
    same quantity in two languages shares one, add context words, delete the rest."""
    lines = [
        "# An event vocabulary: put it next to the articles as concepts.toml. Each entry names",
        "# what figures count; give the same key to the same quantity in every language.",
        "# Generated by `explore concepts --starter`: rename the keys, merge the entries of",
        "# one quantity, add `near` context words where a noun means several things.",
    ]
    for row in table.filter(pl.col("n_figures") >= least).iter_rows(named=True):
        key = row["counted"].lower().replace(" ", "_").replace("-", "_")
        example = " ".join(row["example"].split())
        lines += [
            "",
            "[[concepts]]",
            f'key = "{key}"',
            f'label = "{row["counted"]}"',
            f"# {row['n_figures']} figures in {row['n_docs']} articles, e.g.: {example[:90]}",
            f"[concepts.{row['lang']}]",
            f'nouns = ["{row["counted"].lower()}"]',
        ]
    return "\n".join(lines) + "\n"


def event_key(path: str | Path | None) -> EventKey | None:
    """The cache key of an event vocabulary file (None for none), checked to exist."""
    if path is None:
        return None
    file = Path(path)
    try:
        st = file.stat()
    except OSError as err:
        raise ExploreError(
            f"{file}: cannot read the concepts file ({err.strerror}); expected a TOML file "
            "of [[concepts]] entries (see explore/concepts.toml)"
        ) from None
    return (str(file.resolve()), st.st_mtime_ns, st.st_size)


def find_event_file(folder: Path) -> Path | None:
    """The event vocabulary beside a corpus's articles, if there is one."""
    file = folder / EVENT_FILE
    return file if file.is_file() else None


def read_corpus_vocabulary(folder: str | Path) -> EventKey | None:
    """Read and check the event vocabulary beside a corpus's articles (None: it has none),
    so that its concepts and labels are known before the corpus is read: a notebook's
    parameters name them."""
    key = event_key(find_event_file(Path(folder)))
    if key is not None:
        event_data(key)
    return key


@cache
def event_data(key: EventKey) -> dict[str, Any]:
    """The checked tables of an event vocabulary file (EVENT_TABLES)."""
    path = Path(key[0])
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ExploreError(f"{path}: not a readable TOML file ({err})") from None
    entries = data.get("concepts", [])
    if not isinstance(entries, list) or not any(data.get(t) for t in EVENT_TABLES):
        raise ExploreError(
            f"{path}: no [[concepts]] entries; expected entries with a key and, per "
            "language, nouns (see explore/concepts.toml)"
        )
    for n, entry in enumerate(entries, 1):
        _check_entry(path, n, entry)
    _check_senses(path, data.get("senses", {}))
    _READ.setdefault(key, None)
    return {
        table: data.get(table, [] if table in ("concepts", "rules") else {})
        for table in EVENT_TABLES
    }


_READ: dict[EventKey, None] = {}  # the event files read by this process, in order


def _check_entry(path: Path, n: int, entry: Any) -> None:
    from explore.lexicons import supported_languages

    langs = set(supported_languages())
    if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
        raise ExploreError(f"{path}: entry {n} has no key (a string naming the concept)")
    kinds = entry.get("kinds")
    if kinds is not None and not (_words(kinds) and set(kinds) <= set(KINDS)):
        raise ExploreError(
            f"{path}: entry {n} ({entry['key']}): kinds = {kinds!r}; expected a list of "
            f"{' or '.join(KINDS)} (figures with a currency or a percent sign)"
        )
    for name, words in entry.items():
        if name in ("key", "label", "units", "kinds"):
            continue
        if name not in langs:
            raise ExploreError(
                f"{path}: entry {n} ({entry['key']}): {name!r} is no supported language "
                f"(expected one of {', '.join(sorted(langs))}, key, label, units, kinds)"
            )
        bad = [
            f for f in ("nouns", "near", "after", "not_near") if f in words and not _words(words[f])
        ]
        if kinds is not None and not bad and not words.get("near"):
            raise ExploreError(
                f"{path}: entry {n} ({entry['key']}), {name}: an entry with kinds needs "
                "near = [...], the words that say what the money or percentage is"
            )
        if bad or (kinds is None and "units" not in entry and not words.get("nouns")):
            raise ExploreError(
                f"{path}: entry {n} ({entry['key']}), {name}: expected nouns = [...] "
                "and optional near / after / not_near lists of words"
            )


def _check_senses(path: Path, senses: Any) -> None:
    from explore.lexicons import supported_languages

    langs = set(supported_languages())
    shape = "[senses.nouns.<sense>] or [senses.verbs.<sense>] with a list of words per language"
    if not isinstance(senses, dict) or set(senses) - set(SENSE_PARTS):
        raise ExploreError(f"{path}: [senses]: expected {shape}")
    for part, table in senses.items():
        for sense, per_lang in table.items():
            if not isinstance(per_lang, dict) or not all(
                lang in langs and _words(listed) for lang, listed in per_lang.items()
            ):
                raise ExploreError(f"{path}: [senses.{part}.{sense}]: expected {shape}")


def _words(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) for w in value)


def event_entries(key: EventKey) -> tuple[dict[str, Any], ...]:
    """The checked [[concepts]] entries of an event vocabulary file."""
    return tuple(event_data(key)["concepts"])


def read_events() -> tuple[EventKey, ...]:
    """The event vocabularies this process has read, first first: a chart's labels and a
    notebook's concept choices come from them (a process reads one corpus, as a rule)."""
    return tuple(_READ)


def event_labels() -> dict[str, str]:
    """Concept key -> label of every event vocabulary read (the first one's first)."""
    labels: dict[str, str] = {}
    for key in read_events():
        for entry in event_entries(key):
            if "label" in entry:
                labels.setdefault(entry["key"], entry["label"])
    return labels


def whole_concepts(key: EventKey | None) -> frozenset[str]:
    """The concepts an event file adds to the generic vocabulary: the user's own
    quantities, which compare never splits by place ('deaths_klodzko' names its place);
    an event entry for a generic concept ('deaths' with more words) keeps it generic."""
    return event_concepts(key) - generic_concepts()


def event_concepts(key: EventKey | None) -> frozenset[str]:
    """Every concept key an event vocabulary defines (none for None)."""
    return frozenset() if key is None else frozenset(e["key"] for e in event_entries(key))


@cache
def event_senses(key: EventKey | None, lang: str) -> dict[str, dict[str, list[str]]]:
    """{"nouns": {sense: words}, "verbs": {...}} of one language, from the file's
    [senses.nouns.<sense>] and [senses.verbs.<sense>] tables (empty for None)."""
    senses = {} if key is None else event_data(key)["senses"]
    return {
        part: {
            sense: per_lang[lang]
            for sense, per_lang in senses.get(part, {}).items()
            if lang in per_lang
        }
        for part in SENSE_PARTS
    }


def event_words(key: EventKey, lang: str) -> set[str]:
    """The single words of one language that an event file asks to match: its concept
    nouns and context words (of money and percentages too), its senses."""
    from explore.lexicons.build_forms import rule_phrases, split_words

    kinds = [
        {"concept": e["key"], **e[lang]} for e in event_entries(key) if "kinds" in e and lang in e
    ]
    phrases = rule_phrases([*event_rules(key, lang), *kinds])
    phrases += [w for part in event_senses(key, lang).values() for ws in part.values() for w in ws]
    return split_words(phrases)


@cache
def event_forms(key: EventKey | None, lang: str) -> dict[str, str]:
    """form -> lemma for the lexicon's words and an event file's, one language: the
    shipped table (text.forms) with the event's words added as build_forms adds the
    lexicon's. Built with simplemma when an event first asks (seconds: Polish loads a
    large dictionary), then kept in the user's cache folder under a name of the words, the
    shipped table and simplemma's version."""
    from explore.text import forms

    shipped = forms(lang)
    extra = sorted(event_words(key, lang)) if key is not None else []
    if not extra:
        return shipped
    from importlib.metadata import PackageNotFoundError, version

    from explore.cache import read_cached, write_cached
    from explore.lexicons.build_forms import build

    try:
        made_with = version("simplemma")
    except PackageNotFoundError:
        made_with = None  # build warns below

    digest = hashlib.sha256(
        json.dumps([FORMS_VERSION, made_with, lang, extra, shipped], ensure_ascii=False).encode()
    ).hexdigest()[:20]
    name = f"forms/{lang}-{digest}.json"
    cached = read_cached(name)
    if cached is not None:
        try:
            return json.loads(cached)
        except ValueError:
            pass
    try:
        table = build(lang, extra)
    except ImportError:  # simplemma is a dependency, but an install may lack it
        warnings.warn(
            f"{key[0]}: simplemma is not installed, so the event vocabulary's {lang} words "
            "match only as written and with the lexicon's endings",
            ExploreWarning,
            stacklevel=2,
        )
        return shipped
    write_cached(name, json.dumps(table, ensure_ascii=False).encode("utf-8"))
    return table


def prepare_event(key: EventKey | None) -> None:
    """Read and check an event file and build its forms tables now, in this process, so
    that worker processes find them cached instead of each building them."""
    from explore.lexicons import supported_languages

    if key is None:
        return
    event_data(key)
    for lang in supported_languages():
        event_forms(key, lang)


@lru_cache(maxsize=200_000)
def event_lemma(word: str, lang: str, key: EventKey | None) -> str:
    """text.lemma, with an event file's words known too (its forms table)."""
    from explore.text import lemma, lemma_in

    return lemma(word, lang) if key is None else lemma_in(event_forms(key, lang), word, lang)


@cache
def event_rules(key: EventKey | None, lang: str) -> tuple[dict[str, Any], ...]:
    """An event vocabulary's entries for one language, shaped like generic_rules."""
    return () if key is None else _for_language(event_entries(key), lang)
