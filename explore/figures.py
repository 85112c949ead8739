"""Figures: every number in article prose, with its meaning, qualifier and provenance.

explore.numbers reads the numbers, explore.units their currency or unit, explore.moments
clock times and digit dates; this module decides what each one is:

- kind: money, percent or measure when a unit stands next to it (``2,5 Mio. Euro``,
  ``60 proc.``, ``15GW``); time and date for ``18h30`` or ``2025-10-25``; a date when a
  month stands next to it (``26 października``, ``October 26``) or it is a year; a rate for
  ``24/7``, ``24 heures sur 24``; an ordinal for ``267th``, ``267. papieża``, ``vierten``;
  a count otherwise (vague plurals too: ``dozens``, ``Tausende``).
- qualifier: the phrase right before it (``mais de``, ``d’au moins``) or after it
  (``or more``), ``about`` for vague plurals.
- concept: what is counted, from the concept rules (the corpus's event vocabulary, then
  the generic one: explore.vocabulary) matched on lemmas, with the words around the
  figure deciding between rules that share a noun.
- speaker: the person a quote or a reported statement attributes the figure to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice, pairwise, takewhile
from pathlib import Path

import polars as pl

from explore import schemas
from explore.article import ArticleView
from explore.lexicons import lexicon, words
from explore.moments import Moment, find_moments
from explore.nationality import demonym_code, nationality_after
from explore.numbers import (
    NumberMatch,
    find_fractions,
    find_numbers,
    find_ordinals,
    find_vague_numbers,
    overlaps,
    parse_number,
)
from explore.people import ORGANIZATION, UNNAMED, mentions_within
from explore.period import period_of
from explore.scope import scope_after, scope_before
from explore.text import (
    CLAUSE_ENDS,
    QUOTE_MARKS,
    Phrases,
    Token,
    lemma,
    month_lemmas,
    noun_key,
    phrase_at,
    token_start,
    tokenize,
    word_tuples,
)
from explore.units import currency_before, is_time_noun, unit_after
from explore.vocabulary import (
    FIRST_ROUND,
    FORECAST,
    TOTAL,
    EventKey,
    any_noun_rules,
    concept_units,
    estimate_concepts,
    event_entries,
    event_lemma,
    event_rules,
    event_senses,
    generic_rules,
    glued_concepts,
    kind_rules,
    person_concepts,
    round_concepts,
    unit_rules,
)

_PHRASE_WORDS = 8  # words after a figure searched for the counted noun
_AFTER_WORDS = 12  # words after a figure searched for context
_BEFORE_WORDS = 6  # words before a figure searched for context
_NOUN_GAP = 3  # words allowed between the words of a several-word noun
_AFTER_CHARS = 160  # text read after a figure: enough for its context words
_BEFORE_CHARS = 80  # text read before it
_TOTAL_CHARS = 240  # text read before a number with no noun for the total it may report
# "24/7": found from its slash, which re finds fast, then the digits before it
_SLASH_PERIOD = re.compile(r"/(?:7|24|365)(?![\w/])")
_SLASH_COUNT = re.compile(r"(?<![\w/.,])\d{1,2}\Z")
_GLUED = re.compile(r"(?<![\w.,])(?P<digits>\d+(?:[.,]\d+)?)(?P<tail>[^\W\d_]+|°)")
_SHORTHAND = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000}
# a scraped page's metadata line before the article: its date, not a figure of the article
_DATELINE = re.compile(
    r"\A\s*(?:date|published|updated|datum|data|publié le|publicado em)\s*:?\s*(?=\d{4}-\d{2})",
    re.IGNORECASE,
)
_WORD_AFTER_DOT = re.compile(r"\.[ \u00a0]+(\w+)")
_PREVIOUS_WORD_RE = re.compile(r"(\w+)\s+$")
_RANGE_TOKEN = re.compile(r"\w+|[-–—]")


@dataclass(frozen=True, slots=True)
class Rule:
    """One concept rule, lemmatized: an entry of the event vocabulary or of the generic
    one (explore/concepts.toml)."""

    concept: str
    nouns: tuple[tuple[str, ...], ...]
    near: frozenset[str]
    after: frozenset[str]
    not_near: frozenset[str] = frozenset()


@cache
def _rules(lang: str, event: EventKey | None = None) -> tuple[Rule, ...]:
    """The event's rules first (a corpus's concepts file), then the generic vocabulary."""

    entries = (*_event_entries(lang, event), *generic_rules(lang))
    return tuple(_rule_of(entry, lang, event) for entry in entries)


def _rule_of(entry: dict, lang: str, event: EventKey | None) -> Rule:
    """One entry of a vocabulary as a rule, its words lemmatized."""
    return Rule(
        entry["concept"],
        tuple(
            tuple(event_lemma(w, lang, event) for w in noun.split())
            for noun in entry.get("nouns", [])
        ),
        _lemma_set(entry.get("near", []), lang, event),
        _lemma_set(entry.get("after", []), lang, event),
        _lemma_set(entry.get("not_near", []), lang, event),
    )


@cache
def _qualifier_pattern(lang: str, where: str = "before") -> re.Pattern[str] | None:
    """The lexicon's qualifier phrases as one regex: those right before a figure (anchored
    at the end of the text before it) or, with where="after", right after it."""
    table = lexicon(lang).get("qualifiers", {})
    if where == "after":
        table = table.get("after", {})
    pairs = sorted(
        (
            (phrase.replace("’", "'"), name)
            for name, phrases in table.items()
            if isinstance(phrases, list)
            for phrase in phrases
        ),
        key=lambda p: len(p[0]),
        reverse=True,
    )
    if not pairs:
        return None
    flexible = [re.escape(phrase).replace(r"\ ", r"\s+") for phrase, _ in pairs]
    groups = "|".join(f"(?P<{name}_{i}>{flexible[i]})" for i, (_, name) in enumerate(pairs))
    if where == "after":
        return re.compile(
            rf"[ \t\u00a0\u202f]*,?[ \t\u00a0\u202f]*(?:{groups})(?![\w])", re.IGNORECASE
        )
    return re.compile(rf"(?:^|(?<=[\s(\"“„«']))(?:{groups})\s*$", re.IGNORECASE)


@cache
def _rate_pattern(lang: str) -> re.Pattern[str] | None:
    after = lexicon(lang).get("rates", {}).get("after", [])
    return re.compile("|".join(f"(?:{p})" for p in after), re.IGNORECASE) if after else None


@cache
def _compounds(lang: str) -> bool:
    return bool(lexicon(lang).get("text", {}).get("compounds", False))


# --- extraction -------------------------------------------------------------------------


def extract_figures(
    view: ArticleView, doc_id: str | None = None, event: EventKey | None = None
) -> list[dict]:
    """Rows of the figures table for one article (see schemas.FIGURES); ``event``: the key
    of the corpus's event vocabulary (vocabulary.event_key), whose rules are tried first."""
    text, lang = view.text, view.lang
    dateline = _DATELINE.match(text)  # "date 2025-01-13 ..." of a scraped page: metadata
    moments = [
        m for m in find_moments(text, lang) if view.paragraph_index(m.start, m.end) is not None
    ]
    taken = [(m.start, m.end) for m in moments]  # their digits are no numbers of their own
    if dateline is not None:
        moments = [m for m in moments if m.start != dateline.end()]
    exact, vague = _numbers_read(text, lang)
    numbers = [
        n
        for n in (*exact, *vague)
        if view.paragraph_index(n.start, n.end) is not None and not _inside(taken, n.start, n.end)
    ]
    rows: list[dict] = []
    consumed = -1
    items = sorted([*moments, *numbers], key=lambda x: x.start)
    numbers = [x for x in items if isinstance(x, NumberMatch)]
    index = {id(n): k for k, n in enumerate(numbers)}
    for item in items:
        if item.start < consumed:
            continue  # part of a figure read with the one before it ("24 heures sur 24")
        sentence_index = view.sentence_index(item.start)
        if sentence_index is None:
            continue
        sentence = view.sentences[sentence_index]
        if isinstance(item, Moment):
            figure = Figure(item.start, item.end, item.value, item.kind)
        else:
            figure = _read(
                text, lang, item, numbers, index[id(item)], sentence=sentence, event=event
            )
            if figure is None:
                continue
        consumed = figure.end
        # the words after a figure with a place or a unit, read once for both
        after = (
            tokenize(text, figure.end, min(sentence[1], figure.end + _AFTER_CHARS))
            if figure.kind in _SCOPED
            else []
        )
        concept = figure.concept or _kind_concept(text, lang, sentence, figure, event, after=after)
        scope = _scope(text, lang, sentence, figure, after)
        said = text[sentence[0] : sentence[1]]
        previous = rows[-1] if rows and rows[-1]["sentence"] == said else None
        if figure.kind in ("percent", "count"):
            concept, scope = _per_person(view, sentence, figure, concept, scope, previous=previous)
        concept = _as_forecast(
            _with_round(concept, view, sentence, figure, items=items),
            view,
            sentence,
            figure,
            after=after,
        )
        if figure.kind == "count" and concept in _NATIONAL_COUNTS:
            concept, scope = _as_nationals(after, lang, concept, scope, previous)
        rows.append(
            {
                "doc_id": doc_id,
                "lang": lang,
                "para": view.para_of(figure.start, figure.end),
                "start": figure.start,
                "end": figure.end,
                "raw": text[figure.start : figure.end],
                "value": figure.value,
                "kind": figure.kind,
                "unit": figure.unit,
                "qualifier": "about"
                if getattr(item, "vague", False)
                else _qualifier(text, lang, sentence, figure.start, figure.end)
                if figure.kind != "date"
                else "exact",
                "range_id": None,
                "concept": concept,
                "scope": scope,
                "period": None,
                "counted": figure.counted,
                "sentence": said,
                "speaker_key": view.speaker_at(figure.start, figure.end),
                "senses": figure.senses,
            }
        )
    _carry_into_parentheses(rows, text)
    _carry_conversions(rows, text, lang)
    _link_ranges(rows, text, lang)
    _fill_elided_nouns(rows, text, event)
    _date_periods(rows, view)
    return rows


def _date_periods(rows: list[dict], view: ArticleView) -> None:
    """Each figure's period (explore.period): the year its clause names, if any."""
    counts = frozenset(r["start"] for r in rows if r["kind"] == "count" and r["counted"])
    for row in rows:
        if row["kind"] not in _SCOPED:
            continue
        k = view.sentence_index(row["start"])
        row["period"] = period_of(
            view.text,
            view.lang,
            view.sentences[k],
            row["start"],
            row["end"],
            previous=view.sentences[k - 1] if k else None,
            counts=counts,
        )


_SCOPED = frozenset({"count", "money", "percent", "measure"})


def _per_person(view, sentence, figure, concept, scope, *, previous):
    """(concept, scope) of a percentage counted per person (vocabulary.person_concepts: a
    candidate's share of the vote): the person is its scope, and with no one named it has
    no concept; a share listed after one ('Morvan 38,1 %, Bastide 31,7 %') is one too."""
    shares = person_concepts()
    listed = concept is None and previous is not None and previous["concept"] in shares
    compared = (concept is None or concept in shares) and _compared_with(view, previous, figure)
    if listed or compared:
        concept = previous["concept"].removesuffix(FIRST_ROUND)  # its own round, read after
    if concept not in shares:
        return concept, scope
    if figure.kind == "count" and _is_whole(view, previous, figure):
        if previous["concept"] is None and previous["counted"] is None:  # the part: someone's
            part = Figure(previous["start"], previous["end"], previous["value"], "count")
            holder = _person_next_to(view, sentence, part)
            if holder is not None:
                previous["concept"], previous["scope"] = concept, holder
        return concept + TOTAL, scope  # '45 of the 73 seats': all the seats, no one's
    person = _person_next_to(view, sentence, figure)
    return (concept, person) if person is not None else (None, scope)


def _is_whole(view: ArticleView, previous: dict | None, figure: Figure) -> bool:
    """A count right after another, past a word of the whole ('45 of the 73 seats', '45 der
    73 Sitze', '45 z 73 mandatów'): the whole the first is a part of."""
    if previous is None or previous["kind"] != "count":
        return False
    gap = view.text[previous["end"] : figure.start].strip().lower()
    return gap in words(view.lang, "figures", "wholes")


def _compared_with(view: ArticleView, previous: dict | None, figure: Figure) -> bool:
    """A percentage set against the one just before it ('41.3%, down from 46.8%', '41,3 %,
    bien abaixo dos 46,8 %'): a comparison word in the few words between them."""
    if previous is None or previous["kind"] != "percent" or previous["concept"] is None:
        return False
    gap = view.text[previous["end"] : figure.start]
    if len(gap) > 32:
        return False
    low = {t.text.lower() for t in tokenize(gap, 0, len(gap)) if t.is_word}
    return bool(low & words(view.lang, "figures", "compared"))


def _person_next_to(view: ArticleView, sentence: tuple[int, int], figure: Figure) -> str | None:
    """The surname of the person named right after a figure ('31,7 % à Julien Bastide'),
    else nearest before it in its sentence ('Morvan 38,1 %'): whose share it is."""
    people = [
        m
        for _, m in mentions_within(view.mentions, sentence[0], sentence[1])
        if m.key is not None and m.key[0] not in (ORGANIZATION, UNNAMED)
    ]
    after = next((m for m in people if m.start >= figure.end), None)
    if after is not None and re.fullmatch(r"\s*\w{0,4}\s*", view.text[figure.end : after.start]):
        return after.key[-1].title()
    before = [m for m in people if m.end <= figure.start]
    return before[-1].key[-1].title() if before else None


def _with_round(concept, view, sentence, figure, *, items) -> str:
    """The concept of the election round nearest a figure: the one named after it before
    the next figure ('46,8 % au premier tour'), else the last named before it in its
    sentence ('Au premier tour, Morvan avait 38,1 %'); the first round's is its own."""
    text, rounds = view.text, _round_pattern(view.lang)
    if rounds is None or concept not in round_concepts():
        return concept
    following = next((x.start for x in items if x.start >= figure.end), sentence[1])
    own = _own_clause(_clause(tokenize(text, figure.end, min(following, sentence[1]))), view.lang)
    nearest = rounds.search(text, figure.end, own[-1].end) if own else None
    if nearest is None:
        before = list(rounds.finditer(text, sentence[0], figure.start))
        nearest = before[-1] if before else None
    first = nearest is not None and nearest.lastgroup == "first"
    return concept + FIRST_ROUND if first else concept


def _as_forecast(concept, view, sentence, figure, *, after) -> str | None:
    """The concept of a figure told as what could happen (the lexicon's forecast words in
    its clause: 'up to 80 mm could fall on Friday', 'erwartet bis zu 200.000 Menschen'):
    another quantity than what did, ``<concept>_forecast``."""
    if concept is None or not after or concept in estimate_concepts():
        return concept
    forms = _forecast_words(view.lang)  # as written: 'ont pu' is no 'pourrait'
    said = view.text[sentence[0] : sentence[1]].lower()
    if not any(f[0] in said for f in forms):
        return concept  # the fast path: no forecast word in the sentence
    before = tokenize(view.text, max(sentence[0], figure.start - _BEFORE_CHARS), figure.start)
    own = _after_link(_clause(reversed(before))[::-1], view.lang)
    aside = len(own) < len(before) and any(
        phrase_at(own, j, _alternatives(view.lang)) for j in range(min(2, len(own)))
    )
    clause = [*own, *_clause_past_asides(after, view.lang, in_aside=aside)]
    if not _capitalized_nouns(view.lang):  # 'on 3 May' is no 'may'
        clause = [t for t in clause if not t.text[0].isupper()]
    if any(phrase_at(clause, k, forms) for k in range(len(clause))):
        return concept + FORECAST
    return concept


def _after_link(tokens: list[Token], lang: str) -> list[Token]:
    """The tokens after the last word that opens a clause of its own ('The toll may rise
    as [40 people are missing]'; lexicon figures.clause_links), a comparison's 'as' kept
    ('could reach as many as 300')."""
    links, comparisons = words(lang, "figures", "clause_links"), words(lang, "figures", "as_many")
    for k in range(len(tokens) - 1, -1, -1):
        low = tokens[k].text.lower()
        if low not in links:
            continue
        beside = {t.text.lower() for t in tokens[max(0, k - 1) : k + 2 : 2]}
        if not beside & comparisons:
            return tokens[k + 1 :]
    return tokens


@cache
def _forecast_words(lang: str) -> Phrases:
    return word_tuples(words(lang, "figures", "forecast"))


@cache
def _round_pattern(lang: str) -> re.Pattern[str] | None:
    table = lexicon(lang).get("figures", {})
    first, later = table.get("first_round", []), table.get("later_round", [])
    if not first:
        return None

    def alternatives(ws: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))

    return re.compile(
        rf"(?<![\w-])(?:(?P<first>{alternatives(first)})|(?P<later>{alternatives(later)}))(?![\w-])",
        re.IGNORECASE,
    )


# concepts of counts that a nationality makes the nationals of a country ('53 British
# passengers'); a toll keeps its concept ('two British tourists died')
_NATIONAL_COUNTS = frozenset({None, "passengers", "on_board", "nationals"})


def _kind_concept(
    text: str,
    lang: str,
    sentence: tuple[int, int],
    figure: Figure,
    event: EventKey | None,
    *,
    after: list[Token],
) -> str | None:
    """The concept of money or a percentage, from the words of its clause ('aid package
    worth 3.8 billion euros', '99 % de l'approvisionnement rétabli'), and of a measure,
    from its unit and, in an event file, the words the entry asks; an event file's
    entries first. ``after``: the tokens after the figure in its sentence."""
    if figure.kind == "measure":
        rules = _unit_rules(figure.unit, lang, event)
    elif figure.kind in ("money", "percent"):
        rules = _kind_rules(figure.kind, lang, event)
    else:
        return None
    if not rules:
        return None
    own = _clause(_past_brackets(after))
    before = tokenize(text, max(sentence[0], figure.start - _BEFORE_CHARS), figure.start)
    if before and before[-1].text == ":":
        before = before[:-1]  # 'le montant du butin : 88 millions d'euros': what it is of
    near_before = _clause(reversed(before))[::-1]
    if sum(t.is_word for t in near_before) <= 1 and len(near_before) < len(before):
        # 'the turnout, from 46.8%', 'a participação, de 41,3%': the clause it is set off from
        near_before = _clause(reversed(before[: len(before) - len(near_before) - 1]))[::-1]
    context = {"after": own, "near": [*near_before, *own]}
    return next(
        (
            rule.concept
            for rule in rules
            if _rule_hits(rule, context, "near", lang, event) is not None
        ),
        None,
    )


def _past_brackets(after: list[Token]) -> list[Token]:
    """The tokens after a figure past the brackets right after it, which restate it in
    another unit ('€25m (about £21.5m) in emergency aid': the aid is the €25m's word)."""
    if not after or after[0].text != "(":
        return after
    close = next((k for k, t in enumerate(after) if t.text == ")"), None)
    return after[close + 1 :] if close is not None else after


def _context_rule(concept: str, words: dict, lang: str, event: EventKey | None) -> Rule:
    """A rule with no noun, for figures that count none: only its context words."""
    return Rule(
        concept,
        (),
        _lemma_set(words.get("near", []), lang, event),
        _lemma_set(words.get("after", []), lang, event),
        _lemma_set(words.get("not_near", []), lang, event),
    )


@cache
def _unit_rules(unit: str | None, lang: str, event: EventKey | None = None) -> tuple[Rule, ...]:
    """Rules of a measure in one unit: an event file's entries that list the unit, with
    their words (none: the unit alone decides), then the generic vocabulary's concept of
    the unit ('mm' is rainfall)."""
    if unit is None:
        return ()
    own = tuple(
        _context_rule(e["key"], e.get(lang, {}), lang, event)
        for e in (event_entries(event) if event is not None else ())
        if unit in e.get("units", [])
    )
    generic = tuple(_context_rule(r["concept"], r, lang, event) for r in unit_rules(unit, lang))
    return (*own, *generic)


def _lemma_set(ws: Sequence[str], lang: str, event: EventKey | None) -> frozenset[str]:
    """Words of a rule as matched: their lemmas and their lowercased forms."""
    return frozenset(event_lemma(w, lang, event) for w in ws) | frozenset(w.lower() for w in ws)


@cache
def _kind_rules(kind: str, lang: str, event: EventKey | None = None) -> tuple[Rule, ...]:
    return tuple(
        _context_rule(rule["concept"], rule, lang, event) for rule in kind_rules(kind, lang, event)
    )


def _scope(
    text: str, lang: str, sentence: tuple[int, int], figure: Figure, after: list[Token]
) -> str | None:
    """The place the figure is about (explore.scope): named after it in its clause, or
    opening its sentence. ``after``: the tokens after the figure in its sentence."""
    if figure.kind not in _SCOPED:
        return None
    found = scope_after(after, lang)
    if found is None:
        found = scope_before(tokenize(text, sentence[0], figure.start), lang)
    return found


def _as_nationals(after, lang, concept, scope, previous) -> tuple[str | None, str | None]:
    """(concept, scope) of a count of people that a nationality makes nationals."""
    nationality = _nationality(after, lang, concept, previous)
    return ("nationals", nationality) if nationality is not None else (concept, scope)


def _nationality(
    after: list[Token], lang: str, concept: str | None, previous: dict | None
) -> str | None:
    """The nationality (explore.nationality) of a count of people, as written, unless its
    clause tells a toll. ``previous``: the row before it in its sentence, whose citizens
    a list item with no noun of its own counts too ('169 obywateli Indii, 53 – Wielkiej
    Brytanii')."""
    in_list = previous is not None and previous["concept"] == "nationals"
    citizens = concept == "nationals" or (concept is None and in_list)
    nationality = nationality_after(after, lang, citizens=citizens)
    return None if nationality is None or _told_as_toll(after, lang) else nationality


def _told_as_toll(after: list[Token], lang: str) -> bool:
    """'Two Dutch tourists died': the clause tells a toll, which is no count of nationals
    (whose noun the vocabulary may not know: it is left without a concept)."""
    toll = _toll_words(lang)
    return any(t.is_word and lemma(t.text, lang) in toll for t in _clause(after))


@cache
def _toll_words(lang: str) -> frozenset[str]:
    """The context words of the generic vocabulary's tolls (deaths, injured, missing)."""
    return frozenset(
        lemma(w, lang)
        for rule in generic_rules(lang)
        if rule["concept"] in _TOLLS
        for w in rule.get("near", [])
        if " " not in w
    )


_TOLLS = frozenset({"deaths", "injured", "missing"})


def _fill_elided_nouns(rows: list[dict], text: str, event: EventKey | None = None) -> None:
    """A count with no noun of its own in a list that named it once ('killed one person
    in Poland, five in Romania', '208 seats, AfD — 151', 'sept personnes en Roumanie, sept
    en Pologne') counts the same noun: the one of the nearest count before it in the
    sentence. What it is of that noun its own clause says, when it says ('154 people were
    rescued, 21 are missing'; '17 injured, four of them seriously')."""
    previous: dict | None = None
    for k, row in enumerate(rows):
        if previous is not None and previous["sentence"] != row["sentence"]:
            previous = None
        if row["kind"] != "count" or row["range_id"] is not None:
            continue
        following = rows[k + 1]["start"] if k + 1 < len(rows) else len(text)
        if row["counted"] is None and row["concept"] is None and previous is not None:
            row["counted"] = previous["counted"]
            row["concept"] = (
                _elided_concept(
                    text,
                    row,
                    previous["counted"],
                    since=previous["start"],
                    following=following,
                    event=event,
                )
                or previous["concept"]
            )
        elif row["counted"] is None and row["concept"] is None and row["value"] >= 2:
            # 'Seventeen are still missing': people, when the clause says what befell them
            person = lexicon(row["lang"]).get("figures", {}).get("person_noun")
            if person:
                row["concept"] = _elided_concept(
                    text, row, person, since=None, following=following, event=event
                )
        elif row["counted"] is None and row["concept"] == "nationals" and previous is not None:
            row["counted"] = previous["counted"]  # '169 passengers were Indian, 53 British'
        elif row["concept"] is None and previous is not None and _same_noun(row, previous):
            row["concept"] = previous["concept"]  # 'une personne en Pologne, cinq personnes'
        elif row["counted"] is not None:
            previous = row


def _elided_concept(
    text: str,
    row: dict,
    noun: str | None,
    *,
    since: int | None,
    following: int,
    event: EventKey | None,
) -> str | None:
    """The concept of ``noun`` (the previous count's) in an elided count's own clause: the
    words after it to the clause's end, then back to the previous count (at ``since``) too."""
    lang = row["lang"]
    sentence_start = text.find(row["sentence"], max(0, row["end"] - len(row["sentence"])))
    sentence_end = sentence_start + len(row["sentence"])
    after = _clause(tokenize(text, row["end"], min(following, sentence_end, row["end"] + 160)))
    context = {"after": after, "own": after}
    if since is not None:  # from the clause before the previous count ('Rannych zostało 17')
        between = tokenize(text, max(since - 60, sentence_start, 0), row["start"])
        context["wide"] = [*between, *after]
    if not noun:
        return None
    rules = [
        r for r in _rules_of_noun(event_lemma(noun, lang, event), lang, event) if r.after or r.near
    ]
    for near in ("own", "wide") if "wide" in context else ("own",):
        for rule in rules:
            if _rule_hits(rule, context, near, lang, event) is not None:
                return rule.concept
    return None


def _same_noun(row: dict, previous: dict) -> bool:
    """The same counted noun, in the singular or the plural ('personne', 'personnes')."""
    if row["counted"] is None or previous["counted"] is None:
        return False
    lang = row["lang"]
    return lemma(row["counted"], lang) == lemma(previous["counted"], lang) or (
        noun_key(row["counted"], lang) == noun_key(previous["counted"], lang)
    )


def _link_ranges(rows: list[dict], text: str, lang: str) -> None:
    """Two figures joined as a range ('between 40 and 50', '70–80%', 'od 5 do 7', 'de 6
    horas a 10 horas') share a range_id; the low end takes the high end's unit and counted
    noun when it has none of its own, and the ends become at_least / at_most."""
    joiners, pairs = _range_words(lang)
    next_id = 1
    for low, high in pairwise(rows):
        if low["range_id"] is not None or low["sentence"] != high["sentence"]:
            continue
        between = text[low["end"] : high["start"]]
        if len(between) > 24 or not low["value"] < high["value"]:
            continue
        tokens = _RANGE_TOKEN.findall(between.lower())
        if len(tokens) == 2 and low["counted"] and tokens[0] == low["counted"].lower():
            tokens = tokens[1:]  # "6 horas a 10 horas": the noun said twice
        if len(tokens) != 1:
            continue
        opener = _PREVIOUS_WORD_RE.search(text, max(0, low["start"] - 20), low["start"])
        opened = pairs.get(opener.group(1).lower()) if opener is not None else None
        if tokens[0] not in joiners and tokens[0] != opened:
            continue
        if low["kind"] != high["kind"]:
            year = high["kind"] == "date" and low["raw"].isdigit() and low["value"] >= 1000
            if low["kind"] != "count" or (high["unit"] is None and not year):
                continue  # "von 2002 bis 2013": the first year is followed by a word
            low["kind"], low["unit"] = high["kind"], high["unit"]
        low["range_id"] = high["range_id"] = next_id
        next_id += 1
        if low["counted"] is None or low["counted"].lower() == tokens[0]:
            low["counted"], low["concept"] = high["counted"], high["concept"]
        low["scope"] = high["scope"] = low["scope"] or high["scope"]
        if low["kind"] != "date":
            if low["qualifier"] == "exact":
                low["qualifier"] = "at_least"
            if high["qualifier"] == "exact":
                high["qualifier"] = "at_most"


@cache
def _range_words(lang: str) -> tuple[frozenset[str], dict[str, str]]:
    table = lexicon(lang).get("ranges", {})
    pairs = {opener.lower(): joiner.lower() for opener, joiner in table.get("pairs", {}).items()}
    return words(lang, "ranges", "joiners"), pairs


def _carry_into_parentheses(rows: list[dict], text: str) -> None:
    """A figure in parentheses right after another of its kind restates it in other units
    or another time zone ('over 34,000 acres (13,750 hectares)', 'vers 21h (16h à Paris)'):
    it takes that figure's qualifier."""
    for previous, row in pairwise(rows):
        if row["qualifier"] != "exact" or row["kind"] != previous["kind"]:
            continue
        between = text[previous["end"] : row["start"]]
        opened = between.rfind("(")
        if opened == -1 or ")" in between[opened:] or len(between) > 60:
            continue
        if previous["qualifier"] != "exact" and row["sentence"] == previous["sentence"]:
            row["qualifier"] = previous["qualifier"]


_RESTATING_CHARS = 30  # characters between a sum and its conversion ('€88m, or $102m')


def _carry_conversions(rows: list[dict], text: str, lang: str) -> None:
    """A sum in another currency right after one that has a concept restates it ('88
    millions d'euros, soit environ 102 millions de dollars', '88 milionów euro, czyli 373
    milionów złotych', '€88 million (about $102 million)'): it takes that sum's concept."""
    restating = _restating(lang)
    for previous, row in pairwise(rows):
        if _converted_measure(previous, row, text):  # '60 Meilen pro Stunde (ca. 97 km/h)'
            row["concept"] = previous["concept"]
            row["scope"] = row["scope"] or previous["scope"]
            continue
        if not (
            row["kind"] == previous["kind"] == "money"
            and row["concept"] is None
            and previous["concept"] is not None
            and row["unit"] != previous["unit"]
            and row["sentence"] == previous["sentence"]
        ):
            continue
        between = text[previous["end"] : row["start"]]
        if len(between) > _RESTATING_CHARS:
            continue
        gap = re.findall(r"[\w.]+", between.lower())
        if "(" in between or (gap and all(w in restating for w in gap)):
            row["concept"] = previous["concept"]
            row["scope"] = row["scope"] or previous["scope"]


def _converted_measure(previous: dict, row: dict, text: str) -> bool:
    """A measure in brackets right after one in another unit of the same concept restates
    it ('up to 60 mph (97 km/h)', '34,000 acres (13,750 hectares)'): the concept the first
    one's words give is the conversion's too."""
    if not (
        row["kind"] == previous["kind"] == "measure"
        and previous["concept"] is not None
        and row["concept"] != previous["concept"]
        and row["unit"] != previous["unit"]
        and row["sentence"] == previous["sentence"]
        and row["unit"] in concept_units(previous["concept"].removesuffix(FORECAST))
    ):
        return False
    between = text[previous["end"] : row["start"]]
    return len(between) <= _RESTATING_CHARS and "(" in between and ")" not in between


@cache
def _restating(lang: str) -> frozenset[str]:
    """Words that restate a sum in another currency ('or', 'soit', 'czyli', 'rund'), a
    listed phrase word by word ('cerca de')."""
    return frozenset(w for phrase in words(lang, "figures", "restating") for w in phrase.split())


@dataclass(frozen=True, slots=True)
class Figure:
    """What _read makes of a number: its span (unit and currency included) and meaning."""

    start: int
    end: int
    value: float
    kind: str
    unit: str | None = None
    concept: str | None = None
    counted: str | None = None
    senses: tuple[str, ...] = ()


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _is_ordinal_dot(text: str, number: NumberMatch, lang: str) -> bool:
    """'267. papieża', 'der 267. Papst': an ordinal; '... wzrosła do 62. Wcześniej': a
    number that ends a sentence."""
    following = _WORD_AFTER_DOT.match(text, number.end)
    if following is None:
        return False
    if following.group(1)[0].islower():
        return True
    previous = _PREVIOUS_WORD_RE.search(text, max(0, number.start - 30), number.start)
    return previous is not None and previous.group(1).lower() in words(
        lang, "numbers", "ordinal_dot_after"
    )


def _toll_articles(text: str, lang: str) -> list[NumberMatch]:
    """Indefinite articles that state a toll of one: 'starb ein Feuerwehrmann', 'a tué une
    personne', 'Uma pessoa morreu afogada': a toll verb right before the article, or right
    after its noun)."""
    pattern, verbs, verbs_before = _toll_grammar(lang)
    if pattern is None:
        return []
    low = text.lower()
    if verbs.search(low) is None:
        return []  # no toll verb in the whole text: one scan, not one per article word
    found = []
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].lower()
        after = tokenize(text, m.end(), min(len(text), m.end() + 80))
        clause = []
        for tok in after[:8]:
            if tok.text in CLAUSE_ENDS or tok.text == "," or tok.text[:1].isdigit():
                break
            clause.append(tok.text.lower())
        if len(clause) < 1 or clause[0] in _TOLL_NOT_NOUNS:
            continue
        noun_end = after[0].end if after else m.end()
        near = text[noun_end : noun_end + 16].lower().split(",")[0]
        said_after = verbs.search(near) is not None  # "Uma pessoa morreu", "a man died"
        said_before = verbs_before.search(before) is not None  # "starb ein Feuerwehrmann"
        if said_after or said_before:
            found.append(NumberMatch(m.start(), m.end(), m.group(), 1.0, True))
    return found


_TOLL_NOT_NOUNS = frozenset(
    ["few", "lot", "number", "total", "couple", "series", "third", "quarter", "half", "dozen"]
)


@cache
def _toll_grammar(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str], re.Pattern[str]]:
    table = lexicon(lang).get("figures", {})
    articles = table.get("toll_articles", [])
    verbs = sorted((v.lower() for v in table.get("toll_verbs", [])), key=len, reverse=True)
    if not articles or not verbs:
        return None, re.compile("(?!)"), re.compile("(?!)")
    alternation = "|".join(re.escape(a) for a in articles)
    verb_pattern = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    return (
        re.compile(rf"(?<![\w'’])(?:{alternation})(?=\s+[^\W\d_])", re.IGNORECASE),
        re.compile(rf"(?<![\w])(?:{verb_pattern})(?![\w])"),
        re.compile(rf"(?<![\w])(?:{verb_pattern})\s+\Z"),  # the verb right before the article
    )


def _slash_rates(text: str) -> list[NumberMatch]:
    out = []
    for period in _SLASH_PERIOD.finditer(text):
        count = _SLASH_COUNT.search(text, max(0, period.start() - 3), period.start())
        if count is None:
            continue
        raw = text[count.start() : period.end()]
        out.append(NumberMatch(count.start(), period.end(), raw, float(count.group()), False))
    return out


def _glued_numbers(text: str, lang: str) -> list[NumberMatch]:
    """Digits glued to what follows, which the number reader refuses as codes ('F35'):
    kept when a unit follows ('15GW', '10km') or a currency stands before a scale letter
    ('$150B', '£10m', '€5k'); the unit itself is read later, like a spaced one."""
    out = []
    for m in _GLUED.finditer(text):
        value = parse_number(m.group("digits"), lang)
        if value is None:
            continue
        end = m.end("digits")
        scale = _SHORTHAND.get(m.group("tail").lower())
        if scale is not None and currency_before(text, m.start(), lang) is not None:
            end = m.end("tail")
            out.append(NumberMatch(m.start(), end, text[m.start() : end], value * scale, True))
            continue
        unit = unit_after(text, end, lang)
        if unit is not None and unit[0].kind == "measure":
            out.append(NumberMatch(m.start(), end, m.group("digits"), value, False))
    return out


def _read(text, lang, number, numbers, i, *, sentence, event=None) -> Figure | None:
    """What a number is, or None for no figure (an ordinal)."""
    if "/" in number.raw or number.fraction:  # 24/7, two-thirds
        return Figure(number.start, number.end, number.value, "rate")
    unit = unit_after(text, number.end, lang, scaled=number.is_word)
    before = currency_before(text, number.start, lang)
    if before is not None and (unit is None or unit[0].kind == "money"):
        end = unit[1] if unit is not None and unit[0] == before[0] else number.end
        return Figure(before[1], end, number.value, "money", before[0].code)
    if unit is not None:
        kind, code = unit[0].kind, unit[0].code
        return Figure(number.start, unit[1], number.value, kind, code)
    rate = _rate_pattern(lang)
    if rate is not None and (m := rate.match(text, number.end, sentence[1])):
        return Figure(number.start, m.end(), number.value, "rate")
    after = tokenize(text, number.end, min(sentence[1], number.end + _AFTER_CHARS))
    before_tokens = tokenize(text, max(sentence[0], number.start - _BEFORE_CHARS), number.start)
    month = _month_after(after, numbers, i, lang)
    if month is not None:
        return Figure(number.start, number.end, number.value, "date", counted=month.text)
    if number.ordinal or (number.ordinal_dot and _is_ordinal_dot(text, number, lang)):
        counted = next(
            (t.text for t in after[1 if number.ordinal_dot else 0 :][:1] if t.is_word), None
        )
        end = number.end
        return Figure(number.start, end, number.value, "ordinal", counted=counted)
    if _month_before(before_tokens, number, lang) or _is_year(number, before_tokens, after, lang):
        return Figure(number.start, number.end, number.value, "date")
    named_before = _noun_before(before_tokens, lang)
    if named_before is not None:  # "magnitude 7.7 quake": the magnitude, not the quake
        concept = _concept_of_word(named_before, _clause_around(before_tokens, after), lang, event)
        return Figure(
            number.start,
            number.end,
            number.value,
            "count",
            concept=concept,
            counted=named_before.text,
        )
    glued = _glued_word(text, number.end)
    if glued:  # '40-letni obywatel': an age, not 40 citizens
        concept, counted_span, context = None, None, []
    else:
        concept, counted_span, context = _concept(
            after, before_tokens, numbers, i, lang, event=event
        )
    if counted_span is None:
        noun = _counted_noun(text, after, numbers, i, lang)
        counted = noun.text if noun is not None else None
        counted_end = noun.end if noun is not None else number.end
        total = _noun_of_total(before_tokens, after, lang)
        if total is None and noun is None and number.start - _BEFORE_CHARS > sentence[0]:
            # 'Die Zahl der Todesopfer durch den Großbrand in einer Wohnanlage in Hongkong
            # ist auf mindestens 36 gestiegen': a total's subject may stand far before it
            wider = tokenize(text, max(sentence[0], number.start - _TOTAL_CHARS), number.start)
            if (total := _noun_of_total(wider, after, lang)) is not None:
                before_tokens = wider
        if total is not None:
            of_total = _concept_of_word(total, _clause_around(before_tokens, after), lang, event)
            # the clause's total wins over a word after the number that names no concept
            # ('O número de mortos subiu para 41 nesta quinta-feira')
            if noun is None or _total_after(after, lang) or of_total is not None:
                counted, concept = total.text, of_total
        if concept is None and noun is not None and total is None and not glued:
            concept = _any_noun_concept(noun, after, before_tokens, numbers, i, lang, event)
        if concept is None and noun is not None and glued:  # '32-storey towers'
            named = _concept_of_word(noun, [], lang, event)
            concept = named if named in glued_concepts() else None
    else:
        # an event rule marks the phrase from the number on ("150 internationale, regionale
        # und private Organisationen"); a generic one the noun it named ("weitere Menschen")
        generic = concept not in _event_concepts(lang, event)
        counted_start = counted_span[0] if generic else after[0].start
        counted, counted_end = text[counted_start : counted_span[1]], counted_span[1]
    nouns = [t for t in after if t.end <= counted_end and t.is_word]
    senses = _senses_of(nouns, context, lang, event)
    return Figure(number.start, number.end, number.value, "count", None, concept, counted, senses)


def _any_noun_concept(noun, after, before, numbers, i, lang, event) -> str | None:  # noqa: PLR0917
    """The concept a figure's own clause gives people counted by a noun no rule lists ('zwei
    Flugbegleiter überlebten'): the generic rules marked ``any_noun``, their words in the
    clause to its first conjunction on either side. A noun of time ('two years after …
    died', CLDR's duration names), a nationality or one another concept counts is no one's."""
    lemma_ = event_lemma(noun.text, lang, event)
    if lemma_ in _counted_nouns(lang) or is_time_noun(noun.text, lang):
        return None
    if lemma_ in _place_nouns(lang):
        return None  # 'w sześciu stanach': states, not people
    if demonym_code(noun.text, lang) is not None:
        return None  # 'zwei Kanadiern': people by nationality, a concept of their own
    context = _clause_context(after, before, numbers, i, lang)
    # 'three hospitals': not told of a hospital
    context["own"] = [t for t in context["own"] if t.start != noun.start]
    for rule in _any_noun_rules(lang, event):
        if _rule_hits(rule, context, "own", lang, event):
            return rule.concept
    return None


@cache
def _place_nouns(lang: str) -> frozenset[str]:
    """Lemmas of the lexicon's nouns of places a number may count ([figures] place_nouns)."""
    return frozenset(lemma(w, lang) for w in words(lang, "figures", "place_nouns"))


@cache
def _any_noun_rules(lang: str, event: EventKey | None) -> tuple[Rule, ...]:
    return tuple(_rule_of(entry, lang, event) for entry in any_noun_rules(lang))


def _numbers_read(text: str, lang: str) -> tuple[list[NumberMatch], list[NumberMatch]]:
    """The exact numbers of a text (fractions in place of their parts), and the vague
    ones, ordinals and tolls told by an article that no exact number overlaps."""
    exact = sorted(
        (*find_numbers(text, lang), *_glued_numbers(text, lang), *_slash_rates(text)),
        key=lambda n: n.start,
    )
    fractions = find_fractions(text, lang, exact)
    if fractions:  # "two and a half million" in place of "two"
        shares = [(n.start, n.end) for n in fractions]
        exact = [n for n in exact if not overlaps(shares, n.start, n.end)]
        exact = sorted([*exact, *fractions], key=lambda n: n.start)
    exact, vaguely = _vague_over_exact(text, lang, exact)
    spans = [(n.start, n.end) for n in exact]
    vague = [
        n
        for n in (*vaguely, *find_ordinals(text, lang), *_toll_articles(text, lang))
        if not overlaps(spans, n.start, n.end)
    ]
    return exact, vague


def _vague_over_exact(
    text: str, lang: str, exact: list[NumberMatch]
) -> tuple[list[NumberMatch], list[NumberMatch]]:
    """The exact numbers less those inside a vague one as long or longer, and the vague
    numbers: 'mehrere hundert' is one vague number, not the exact 'hundert' in it, and 'a
    dozen' a group of about twelve."""
    vaguely = find_vague_numbers(text, lang)
    wider = [
        (v.start, v.end)
        for v in vaguely
        if any(
            v.start <= n.start and n.end <= v.end and v.end - v.start >= n.end - n.start
            for n in exact
        )
    ]
    if wider:
        exact = [n for n in exact if not overlaps(wider, n.start, n.end)]
    return exact, vaguely


def _glued_word(text: str, end: int) -> bool:
    """A word glued to the number by a hyphen ('40-letni', '45-year-old', '3-day'): an
    adjective the number makes, so the noun after it is not what the number counts."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()


def _noun_before(before: list[Token], lang: str) -> Token | None:
    """A noun written before its number: 'magnitude 7.7', 'o magnitudzie 7,7', and past a
    word that links them ('its magnitude at 6.9', 'eine Stärke von 6,9')."""
    nouns = words(lang, "figures", "nouns_before")
    if len(before) > 1 and before[-1].text == "-" and before[-2].end == before[-1].start:
        before = before[:-1]  # 'the magnitude-7.6 quake'
    if before and before[-1].text.lower() in nouns:
        return before[-1]
    if (
        len(before) > 1
        and before[-1].text.lower() in words(lang, "figures", "noun_links")
        and before[-2].text.lower() in nouns
    ):
        return before[-2]
    return None


def _total_after(after: list[Token], lang: str) -> bool:
    """'Do 62 wzrosła liczba ofiar': a verb, then the total the number is of."""
    return len(after) > 1 and after[1].text.lower() in words(lang, "figures", "totals")


@cache
def _event_entries(lang: str, event: EventKey | None) -> tuple[dict, ...]:
    return event_rules(event, lang)


@cache
def _event_concepts(lang: str, event: EventKey | None = None) -> frozenset[str]:
    return frozenset(entry["concept"] for entry in _event_entries(lang, event))


def _concept_of_word(
    word: Token, clause: list[Token], lang: str, event: EventKey | None = None
) -> str | None:
    """The concept of a counted noun found away from its number ('the death toll rose to
    2,056'): the first rule with that one-word noun whose context holds in the clause."""
    for rule in _rules_of_noun(event_lemma(word.text, lang, event), lang, event):
        if rule.after or (rule.near and not _hits(clause, rule.near, lang, event)):
            continue
        if rule.not_near and _hits(clause, rule.not_near, lang, event):
            continue
        return rule.concept
    return None


def _rules_of_noun(word_lemma: str, lang: str, event: EventKey | None) -> list[Rule]:
    """The rules, in order, with a one-word noun that the word is."""
    return [
        rule
        for rule in _rules(lang, event)
        if any(len(noun) == 1 and _same(word_lemma, noun[0], lang) for noun in rule.nouns)
    ]


def _noun_of_total(before: list[Token], after: list[Token], lang: str) -> Token | None:
    """What the clause's total counts, for a number with no noun of its own: 'the death
    toll rose to 2,056', 'Die Zahl der Todesopfer stieg auf 211', 'Do 62 wzrosła liczba
    ofiar'."""
    totals = words(lang, "figures", "totals")
    skip = words(lang, "figures", "before_noun") | words(lang, "figures", "total_adjectives")
    clause_before = _clause(reversed(before))[::-1]
    nearest_first = sorted(range(len(clause_before)), reverse=True)
    for tokens, order in ((clause_before, nearest_first), (_clause(after), None)):
        for k in order if order is not None else range(len(tokens)):
            tok = tokens[k]
            if not tok.is_word or tok.text.lower() not in totals:
                continue
            if tok.text.lower() == "toll":  # "death toll"; "the toll" says of what not
                word = tokens[k - 1] if k > 0 else None
                if word is None or not word.is_word or word.text.lower() in skip:
                    return None
                return None if word.text.lower() in words(lang, "figures", "not_nouns") else word
            nxt = next((t for t in tokens[k + 1 : k + 4] if t.text.lower() not in skip), None)
            if nxt is not None and nxt.is_word:
                return nxt
    return None


def _clause_around(before: list[Token], after: list[Token]) -> list[Token]:
    """The tokens of a number's clause, before and after it."""
    return [*_clause(reversed(before))[::-1], *_clause(after)]


def _clause_past_asides(after: list[Token], lang: str, *, in_aside: bool) -> list[Token]:
    """Tokens after a figure up to its clause's end, past a subset or another estimate set
    off by commas ('Centenas de pessoas, talvez até milhares, podem ter morrido'); a figure
    inside such an aside (``in_aside``) reads on past the comma that closes it."""
    out: list[Token] = []
    k = 0
    while k < len(after):
        tok = after[k]
        if tok.text in CLAUSE_ENDS:
            break
        if tok.text == ",":
            if in_aside:
                in_aside = False
            elif out and out[-1].text.lower() in words(lang, "speech", "conjunctions"):
                break  # '… 6,1 e, segundo a agência, as ondas podem …': another clause
            elif (closing := _subset_aside_end(after, k, lang)) is not None:
                k = closing
            else:
                break
        else:
            out.append(tok)
        k += 1
    return out


def _clause(tokens) -> list[Token]:
    """Tokens up to the first clause mark, in the order given. A name in quotation marks
    ('Die Zahl der Toten im Zusammenhang mit «Milton» stieg auf 16') ends no clause."""
    tokens = list(tokens)
    names = _quoted_name_marks(tokens)
    out = []
    for k, tok in enumerate(tokens):
        if k in names:
            continue
        if tok.text in CLAUSE_ENDS or tok.text == ",":
            break
        out.append(tok)
    return out


_QUOTED_NAME_WORDS = 3


def _quoted_name_marks(tokens: Sequence[Token]) -> set[int]:
    """Indexes of the quotation marks around a name of a few capitalized words ('«Milton»',
    '„Boris“'), in either reading order: marks that end no clause."""
    marks: set[int] = set()
    k = 0
    while k < len(tokens):
        if tokens[k].text in QUOTE_MARKS:
            for j in range(k + 1, min(len(tokens), k + 2 + _QUOTED_NAME_WORDS)):
                if tokens[j].text in QUOTE_MARKS:
                    if j > k + 1:
                        marks.update((k, j))
                        k = j
                    break
                if not (tokens[j].is_word and tokens[j].text[:1].isupper()):
                    break
        k += 1
    return marks


def _counted_noun(text: str, after: list[Token], numbers, i: int, lang: str) -> Token | None:
    """The noun a number counts when no concept rule named it: the first word after it,
    past linking words and modifiers ('dozens of homes', 'zwei weitere Menschen',
    '10 przewróconych ciężarówek', '80-Jähriger'), within four words and the clause."""
    table = lexicon(lang).get("figures", {})
    skip = words(lang, "figures", "before_noun")
    stops = words(lang, "figures", "not_nouns")
    endings = tuple(table.get("modifier_endings", []))
    capitalized = _capitalized_nouns(lang)
    glued = bool(after) and after[0].text == "-" and after[0].start == numbers[i].end
    for k, tok in enumerate(after[:5]):
        if k == 0 and glued:
            continue  # 80-Jähriger, 57-year-old
        if k == 1 and glued and tok.text[:1].isalpha():
            return tok
        if not tok.is_word or _starts_number(tok, numbers, i):
            return None
        low = tok.text.lower()
        if low in stops:
            return None
        if low in skip or (endings and low.endswith(endings) and k < 3):
            continue
        if capitalized and not tok.text[:1].isupper():
            continue
        return tok
    return None


def _senses_of(
    nouns: list[Token], context: list[Token], lang: str, event: EventKey | None = None
) -> tuple[str, ...]:
    """What a count is said to be, as 'noun:country=países' (the counted noun) and
    'verb:sign=assinaram' (the context words that decided its concept), by the event
    vocabulary's [senses]: the stuff meaning drift is made of."""
    table = _sense_table(lang, event)
    if not table:
        return ()
    found = []
    for part, tokens in (("noun", nouns), ("verb", context)):
        for t in tokens:
            if not t.is_word:
                continue
            sense = table.get((part, event_lemma(t.text, lang, event))) or table.get(
                (part, t.text.lower())
            )
            if sense is not None:
                found.append(f"{part}:{sense}={t.text}")
    return tuple(found)


@cache
def _sense_table(lang: str, event: EventKey | None = None) -> dict[tuple[str, str], str]:
    senses = event_senses(event, lang)
    table = {}
    for part in ("nouns", "verbs"):
        for sense, listed in senses.get(part, {}).items():
            for word in listed:
                table[(part[:-1], event_lemma(word, lang, event))] = sense
    return table


def _starts_number(tok: Token, numbers: Sequence[NumberMatch], i: int) -> bool:
    return any(n.start == tok.start for n in numbers[i + 1 : i + 4])


def _month_after(after: list[Token], numbers, i, lang) -> Token | None:
    """The month word that makes a day number a date: '26 octobre', '26. Oktober',
    '10 de março', '25 et 26 octobre', '25-26 October'."""
    number = numbers[i]
    if number.value > 31 or number.value != int(number.value) or number.is_word:
        return None
    k = _skip_month_link(after, 0, lang)
    if k < len(after) and _is_month(after[k], month_lemmas(lang), lang):
        return after[k]
    joiners = words(lang, "dates", "day_joiners")
    j = 1 if after and after[0].text == "." else 0  # "vom 3. bis 13. Juni"
    if len(after) > j + 2 and after[j].text.lower() in joiners:
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if nxt is not None and nxt.start == after[j + 1].start and nxt.value <= 31:
            k = _skip_month_link(after, j + 2, lang)
            if k < len(after) and _is_month(after[k], month_lemmas(lang), lang):
                return after[k]
    return None


def _skip_month_link(after: list[Token], k: int, lang: str) -> int:
    """Past the '.' of '26. Oktober' or the 'de' of '10 de março'."""
    if k < len(after) and (
        after[k].text == "." or after[k].text.lower() in words(lang, "dates", "month_links")
    ):
        return k + 1
    return k


def _is_month(tok: Token, months: dict[str, int], lang: str) -> bool:
    return tok.is_word and (tok.text.lower() in months or lemma(tok.text, lang) in months)


def _month_before(before: list[Token], number: NumberMatch, lang: str) -> bool:
    """'October 26', 'October 26, 2025', '26 octobre 2025'."""
    if number.is_word:
        return False
    months = month_lemmas(lang)
    recent = before[-3:]
    if not recent:
        return False
    if _is_month(recent[-1], months, lang):
        return number.value <= 31 or 1000 <= number.value <= 2100
    # "October 26, 2025" / "26 octobre 2025": a year after a day and month
    return (
        1000 <= number.value <= 2100
        and len(recent) >= 2
        and any(_is_month(t, months, lang) for t in recent)
    )


def _is_year(number: NumberMatch, before: list[Token], after: list[Token], lang: str) -> bool:
    if number.is_word or not number.raw.isdigit() or len(number.raw) != 4:
        return False
    if not 1900 <= number.value <= 2100:
        return False
    if after and after[0].text.lower() in words(lang, "dates", "year_after"):
        return True  # '1997 r.'
    if after and after[0].is_word and lemma(after[0].text, lang) in _counted_nouns(lang):
        return False  # 'perto de 1900 pessoas'
    year_words = words(lang, "dates", "year_words")
    if before and before[-1].text.lower() in year_words:
        return True
    if after and after[0].is_word and after[0].text.islower() and _capitalized_nouns(lang):
        return True  # '1997 hatte ein Beben …': a verb, where every noun has a capital
    return not (after and after[0].is_word)


@cache
def _capitalized_nouns(lang: str) -> bool:
    return bool(lexicon(lang).get("figures", {}).get("capitalized_nouns"))


@cache
def _counted_nouns(lang: str) -> frozenset[str]:
    """Lemmas of the one-word nouns the generic vocabulary counts ('pessoa', 'Haus')."""
    return frozenset(n[0] for rule in _rules(lang) for n in rule.nouns if len(n) == 1)


def _qualifier(text: str, lang: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """The qualifier a phrase next to a figure gives it: 'au moins 11', '200 or more'."""
    window = text[max(sentence[0], start - 40) : start].replace("’", "'")
    before = _qualifier_pattern(lang)
    m = before.search(window) if before is not None else None
    if m is None or m.lastgroup is None:
        after = _qualifier_pattern(lang, "after")
        m = after.match(text, end, sentence[1]) if after is not None else None
    if m is None or m.lastgroup is None:
        return "exact"
    return m.lastgroup.rsplit("_", 1)[0]


# --- concepts ---------------------------------------------------------------------------


def _concept(
    after, before, numbers, i, lang, *, event=None
) -> tuple[str | None, tuple[int, int] | None, list[Token]]:
    """(concept, span of the counted noun, context words that decided) for a figure.

    The rule whose noun comes first after the figure wins; among rules sharing that noun,
    the first in the lexicon whose context words stand near the figure.
    """
    phrase = _window(after, numbers, i, _PHRASE_WORDS, lang=lang, cross_commas=True)
    if not phrase:
        return None, None, []
    lemmas = [event_lemma(t.text, lang, event) if t.is_word else t.text for t in phrase]
    rules, index = _rules(lang, event), _noun_index(lang, event)
    context: dict[str, list[Token]] = {}  # computed only when a rule asks for it
    own = len(_event_entries(lang, event))  # the event's rules; the generic ones follow
    stops, skip = words(lang, "figures", "not_nouns"), words(lang, "figures", "before_noun")
    head_passed = False  # a generic noun must be the number's own: "310 and the death toll"
    # a generic noun that asks no context words must be the number's first noun: past a
    # comma or another noun it says nothing of the number ('to 10, police said', 'seit
    # zwölf Jahren Bus', '4 tys. mieszkańców pobliskich miejscowości')
    away = False
    for p in range(len(phrase)):
        if not phrase[p].is_word:
            away = away or phrase[p].text == ","
            continue
        heads = _heads_of(lemmas[p], lang, event)
        candidates = []  # (rule number, end of its noun) of the rules this word starts
        for r, noun in sorted(c for head in heads for c in index[head]):
            if r >= own and (head_passed or (away and not (rules[r].near or rules[r].after))):
                continue
            end = _match_rest(noun, lemmas, p, lang)
            if end is not None:
                candidates.append((r, end))
        if candidates and not context and any(_has_context(rules[r]) for r, _ in candidates):
            context = _clause_context(after, before, numbers, i, lang)
        # the event's rules before the generic ones; within each, the words of the figure's
        # own clause (to a conjunction) before those of a clause joined to it ('40 pessoas
        # ficaram feridas e nove pessoas continuam desaparecidas': the nine are missing;
        # 'killed 5 people and injured 12': the five are dead)
        for tier in ([c for c in candidates if c[0] < own], [c for c in candidates if c[0] >= own]):
            for near in ("own", "near"):
                for r, end in tier:
                    if near == "own" and not (rules[r].near or rules[r].after) and len(tier) > 1:
                        continue  # a rule that asks no words is the last resort of its noun
                    hits = _rule_hits(rules[r], context, near, lang, event)
                    if hits is not None:
                        return rules[r].concept, (phrase[p].start, phrase[end].end), hits
        low = phrase[p].text.lower()
        head_passed = head_passed or low in stops or (low not in skip and p >= 3)
        # a name before the noun is its modifier ('500 Self-Defense Force personnel')
        named = phrase[p].text[0].isupper() and not _capitalized_nouns(lang)
        away = away or (low not in skip and not named)
    return None, None, []


def _clause_context(after, before, numbers, i, lang: str) -> dict[str, list[Token]]:
    """The words a rule's context is looked for in: ``after`` the figure to its clause's
    end, ``near`` it on both sides, and its ``own`` clause, to a conjunction either side.
    A subset after the figure is told of the subset ('38 blessés, dont cinq grièvement':
    the 38 are injured, the five seriously)."""
    clause = _before_subset(
        _window(after, numbers, i, _AFTER_WORDS, lang=lang, cross_commas=False), lang
    )
    near_before = _before_window(before, numbers, i, lang)  # nearest first
    return {
        "after": clause,
        "near": clause + near_before,
        "own": _own_clause(clause, lang) + _own_clause(near_before, lang),
    }


def _before_subset(tokens: list[Token], lang: str) -> list[Token]:
    """The tokens before a subset named after a figure ('dont', 'of them', 'davon')."""
    parts = words(lang, "figures", "partitives")
    return list(takewhile(lambda t: t.text.lower() not in parts, tokens))


def _own_clause(tokens: list[Token], lang: str) -> list[Token]:
    """The tokens up to the first conjunction: the figure's own clause on that side."""
    joins = words(lang, "speech", "conjunctions")
    return list(takewhile(lambda t: t.text.lower() not in joins, tokens))


def _has_context(rule: Rule) -> bool:
    return bool(rule.after or rule.near or rule.not_near)


def _rule_hits(
    rule: Rule, context: dict[str, list[Token]], near: str, lang: str, event: EventKey | None
):
    """The context words that let a rule name a figure (empty for a rule that asks none),
    or None when its context does not hold in ``context[near]``."""
    if not _has_context(rule):
        return []
    hits: list[Token] = []
    if rule.after:
        hits = _hits(context["after"], rule.after, lang, event)
        if not hits:
            return None
    if rule.near:
        hits = _hits(context[near], rule.near, lang, event)
        if not hits:
            return None
    if rule.not_near and _hits(context[near], rule.not_near, lang, event):
        return None  # "30 people remain in hospital", "the toll could exceed 30"
    return hits


def _hits(
    tokens: list[Token], words: frozenset[str], lang: str, event: EventKey | None = None
) -> list[Token]:
    """The context words of a rule that stand in a window, as tokens; a phrase of several
    words ('without power', 'impacto econômico') matches its words in a row, as written."""
    found = [
        t
        for t in tokens
        if t.is_word and (t.text.lower() in words or event_lemma(t.text, lang, event) in words)
    ]
    phrases = _phrases(words)
    if phrases:  # in reading order: the words before a figure come nearest first
        seq = sorted(tokens, key=token_start)
        low = [t.text.lower() for t in seq]
        for phrase in phrases:
            n = len(phrase)
            found.extend(
                seq[k]
                for k in range(len(low) - n + 1)
                if tuple(low[k : k + n]) == phrase
                and all(seq[j + 1].start - seq[j].end <= 2 for j in range(k, k + n - 1))
            )
    return found


@lru_cache(maxsize=4096)
def _phrases(words: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.split()) for w in words if " " in w)


@cache
def _noun_index(
    lang: str, event: EventKey | None = None
) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """First word of every rule noun -> (rule number, noun)."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for r, rule in enumerate(_rules(lang, event)):
        for noun in rule.nouns:
            index.setdefault(noun[0], []).append((r, noun))
    return index


@lru_cache(maxsize=100_000)
def _heads_of(word_lemma: str, lang: str, event: EventKey | None = None) -> tuple[str, ...]:
    """The rule nouns a word may start (computed once per distinct word)."""
    index = _noun_index(lang, event)
    return tuple(head for head in index if _same(word_lemma, head, lang))


def _match_rest(noun: tuple[str, ...], lemmas: list[str], p: int, lang: str) -> int | None:
    """Index of the last word of a several-word noun starting at p (gaps allowed)."""
    k = p
    for word in noun[1:]:
        nxt = next(
            (
                j
                for j in range(k + 1, min(len(lemmas), k + 2 + _NOUN_GAP))
                if _same(lemmas[j], word, lang)
            ),
            None,
        )
        if nxt is None:
            return None
        k = nxt
    return k


def _same(word_lemma: str, noun_word: str, lang: str) -> bool:
    """A word is a lexicon noun when its lemma is the noun, or the noun plus an inflection
    ending the lemma tables did not know ('Nebenveranstaltungen'), or, in German, a
    compound ending in it ('Mitgliedsländer')."""
    if word_lemma == noun_word:
        return True
    if _compounds(lang) and len(noun_word) >= 4:
        pos = word_lemma.rfind(noun_word)
    else:
        pos = 0 if word_lemma.startswith(noun_word) else -1
    return pos >= 0 and word_lemma[pos + len(noun_word) :] in _endings(lang)


@cache
def _endings(lang: str) -> frozenset[str]:
    return words(lang, "text", "endings") | {""}


def _window(
    after: list[Token], numbers, i, size: int, *, lang: str, cross_commas: bool
) -> list[Token]:
    """Words after a figure up to the next figure or clause end.

    A comma ends the clause unless a relative pronoun follows ("72 Ländern ..., die ...
    unterzeichnet hätten") or, for the counted noun, the list goes on ("150 internationale,
    regionale und private Organisationen").
    """
    next_start = _next_number_start(numbers, i, after[0].start if after else 0)
    out: list[Token] = []
    counted_words = 0
    resume = -1  # past a subset set off by commas: '25 osób, w tym 10 dzieci, poniosły śmierć'
    names = _quoted_name_marks(after)
    for k, tok in enumerate(after):
        if k < resume or k in names:
            continue
        if next_start is not None and tok.start >= next_start:
            break
        if tok.text in CLAUSE_ENDS:
            break
        if tok.text == "," and not cross_commas:
            closing = _subset_aside_end(after, k, lang)
            if closing is not None:
                resume = closing + 1
                next_start = _next_number_start(numbers, i, after[closing].end + 1)
                continue
            following = after[k + 1] if k + 1 < len(after) else None
            if following is None or following.text.lower() not in words(lang, "text", "relative"):
                break
        out.append(tok)
        counted_words += tok.is_word
        if counted_words >= size:
            break
    return out


def _next_number_start(numbers, i: int, pos: int) -> int | None:
    """Where the first number after numbers[i] that starts at ``pos`` or later starts."""
    return next((n.start for n in islice(numbers, i + 1, None) if n.start >= pos), None)


def _subset_aside_end(after: list[Token], k: int, lang: str) -> int | None:
    """The index of the comma that closes a subset opened by the comma at ``k`` ('…,
    darunter zehn Kinder, …', ', w tym 10 dzieci,') or another estimate of the figure
    (', talvez até milhares,'), when a word follows it; else None."""
    parts = words(lang, "figures", "partitives")
    if not any(t.text.lower() in parts for t in after[k + 1 : k + 3]) and not any(
        phrase_at(after, j, _alternatives(lang)) or phrase_at(after, j, _asides(lang))
        for j in (k + 1, k + 2)
    ):
        return None
    for j in range(k + 1, min(len(after), k + 8)):
        if after[j].text in CLAUSE_ENDS:
            return None
        if after[j].text == ",":
            return j if j + 1 < len(after) and after[j + 1].is_word else None
    return None


@cache
def _alternatives(lang: str) -> Phrases:
    return word_tuples(words(lang, "figures", "alternatives"))


@cache
def _asides(lang: str) -> Phrases:
    return word_tuples(words(lang, "figures", "asides"))


def _before_window(before: list[Token], numbers, i, lang: str) -> list[Token]:
    """Context words before a figure, nearest first, back to the clause's start or the
    figure before it (past the low end of a range the figure ends)."""
    previous_end = numbers[i - 1].end if i > 0 else -1
    between = [t for t in before if t.start >= previous_end]
    joiners, pairs = _range_words(lang)
    ranged = (
        i > 0
        and len(between) == 1
        and (between[0].text.lower() in joiners or between[0].text.lower() in pairs.values())
    )
    if ranged:  # 'destroyed between 4,000 and 5,000 structures': the range's words are its
        previous_end = numbers[i - 2].end if i > 1 else -1
        start = numbers[i - 1].start
        before = [t for t in before if t.end <= start]
    out: list[Token] = []
    names = _quoted_name_marks(before)
    for k in range(len(before) - 1, -1, -1):
        tok = before[k]
        if k in names:
            continue
        if tok.start < previous_end or tok.text in CLAUSE_ENDS or tok.text == ",":
            break
        out.append(tok)
        if len(out) >= _BEFORE_WORDS:
            break
    return out


# extract_figures rows as a table: the figures columns, with the speaker still a name key
# (its folded words joined by spaces) and the senses explore.compare reads
EXTRACTED = pl.Schema(
    {
        **{name: dtype for name, dtype in schemas.schema("figures").items() if name != "speaker"},
        "speaker_key": pl.String(),
        "senses": pl.List(pl.String()),
    }
)


def extracted_frame(rows: list[dict]) -> pl.DataFrame:
    """Rows of extract_figures as a table with the EXTRACTED schema."""
    columns = {name: [row[name] for row in rows] for name in EXTRACTED.names()}
    columns["speaker_key"] = [" ".join(key) if key else None for key in columns["speaker_key"]]
    # one string per row, split by Polars: building a list column from Python lists
    # costs a call per row
    columns["senses"] = ["\x1f".join(senses) for senses in columns["senses"]]
    senses = pl.col("senses")
    return pl.DataFrame(columns, schema={**EXTRACTED, "senses": pl.String()}).with_columns(
        pl.when(senses == "")
        .then(pl.lit([], dtype=EXTRACTED["senses"]))
        .otherwise(senses.str.split("\x1f"))
        .alias("senses")
    )


def named_figures(extracted: pl.DataFrame, people: dict) -> pl.DataFrame:
    """The figures table: each speaker key replaced by the person's display name."""
    from explore.people import display_name

    keys = extracted["speaker_key"].drop_nulls().unique().to_list()
    names = {key: display_name(people, tuple(key.split(" "))) for key in keys}
    return extracted.with_columns(
        speaker=pl.col("speaker_key").replace_strict(names, default=None, return_dtype=pl.String)
    ).select(schemas.schema("figures").names())


def figures_in(text: str, lang: str, concepts: str | Path | None = None) -> pl.DataFrame:
    """Figures of one string in one language: the same columns as Corpus.figures, doc_id null;
    ``concepts``: an event vocabulary file whose rules are tried first.

    >>> figures_in("Mais de 2.500 delegados de 110 países.", "pt")  # doctest: +SKIP
    """
    from explore.people import gather
    from explore.strings import checked, view_of
    from explore.vocabulary import event_key

    view = view_of(*checked(text, lang))  # a lone surrogate, an unsupported language: named
    people = gather([("", view.mentions, view.lang)])
    rows = extract_figures(view, event=event_key(concepts))
    return named_figures(extracted_frame(rows), people)
