"""Reported speech: 'X said that ...', 'according to X, ...', 'C'est ce qu'a déclaré X'.

A statement needs a person as its source: 'Segundo o regulamento' or 'Vietnam believes'
name no person, so they are not statements. Cues come from the lexicon's [speech] table.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import takewhile

from explore.lexicons import lexicon, words
from explore.numbers import parse_number
from explore.people import (
    ORGANIZATION,
    Mention,
    is_acronym,
    is_addressee,
    is_body_word,
    is_particle,
    is_speech_verb,
    mentions_within,
    organization_in,
    quote_only_verbs,
    referent,
    reports_own_clause,
    resolve,
    separable_particle,
    speech_verb_at,
    speech_verbs,
    title_at,
    unnamed,
)
from explore.quotes import QuoteSpan, ends_sentence, name_then_comma, overlapping
from explore.scope import country_code, is_territory
from explore.text import (
    Token,
    fold,
    forms,
    is_abbreviation,
    is_common_word,
    is_function_word,
    joined,
    lemma,
    token_start,
    tokenize,
)

_SUBJECT_REACH = 30  # tokens between a speaker before the verb and the verb
_CARRIER_BACK = 2  # tokens back from a gerund to a noun that carries words ('communiqué de presse')
_OPENER_TOKENS = 3  # tokens at a sentence's start where its subject pronoun stands
_INVERTED_REACH = 8  # tokens between the verb and a speaker after it ("sagte General X")
_THAT_REACH = 25  # tokens between the verb and "that"
_APPOSITION_WORDS = 12  # a role may stand between the name and the comma
_ACCORDING_CHARS = 40  # "Selon le vice-ministre Nguyen Minh Vu"
_CLAUSE_MARKS = frozenset(",;:.")
_QUOTE_CUE_WORDS = 3  # words between a closing mark and the verb that attributes its quote
_QUOTE_OPENERS = re.compile('[“„«"‘]')
_OPENING_BODY_WORDS = 12  # words from a clause's opening body noun to its speech verb
_CARRIER_REACH = 8  # tokens after a quote to the document it is from ('in einer Mitteilung')
_RELATIVE_CHARS = 60  # from a relative clause's comma to a name in it
_PARTICLE_WORDS = 6  # words from a separable verb of saying to its particle before a comma
_PAIR_WORDS = 3  # 'and' and a title between two people who speak together
_SPELLED_TOKENS = 12  # tokens from 'according to' to the ')' after a body's acronym
_BODY_WORDS = 6  # words of a body's name next to its cue ("l'agence météorologique ... Aemet")
_SOURCE_TOKENS = 12  # tokens of an unnamed source ('les dernières données du service …')
_BODY_AFTER_WORDS = 3  # a body after its verb is its subject only right there
_ASIDE_WORDS = 8  # words between the mark and the verb of an aside ("…, wie die Polizei sagte")


@dataclass(frozen=True, slots=True)
class Statement:
    """One reported statement: the clause text[start:end], its speaker and cue."""

    start: int
    end: int
    speaker: tuple[str, ...]
    role: str | None
    cue: str
    # False for what a verb names rather than reports ('announced 10,000 more soldiers'):
    # no statement of its own, but the figures and quotes in it are the speaker's
    reported: bool = True


@cache
def _phrases(lang: str, key: str) -> tuple[tuple[str, ...], ...]:
    """A speech list's phrases as the lowercased tokens a text gives, longest first."""
    items = lexicon(lang)["speech"].get(key, [])
    phrases = (tuple(t for w in p.lower().split() for t in _elided(w)) for p in items)
    return tuple(sorted(phrases, key=len, reverse=True))


def _elided(word: str) -> tuple[str, ...]:
    """A word as tokens: an elision is a token of its own ("d’après" is "d’" and "après",
    as in a text), while a bare "qu’" of a list stays whole."""
    parts = tuple(t.text for t in tokenize(word))
    return parts if len(parts) == 2 and parts[0][-1] in "'’" else (word,)


@cache
def _cue_words(lang: str) -> frozenset[str]:
    """Every form of every speech verb, the last word of each verb phrase ('a fait savoir'),
    and the one-word 'according to' cues: with the longer ones (_phrase_cues), a sentence
    without one of these holds no statement."""
    stems = set(lexicon(lang)["speech"].get("separable", {}))
    verbs = set(speech_verbs(lang)) | {
        f for f, lem in forms(lang).items() if lem in speech_verbs(lang) or lem in stems
    }
    verbs.update(p.split()[-1].lower() for p in lexicon(lang)["speech"].get("verb_phrases", []))
    single = {p[0] for p in _phrases(lang, "according") if len(p) == 1 and p[0].isalpha()}
    return frozenset(verbs | single | set(words(lang, "speech", "source_first")))


@cache
def _phrase_cues(lang: str) -> re.Pattern[str] | None:
    """The 'according to' cues of several words ('de acordo com', 'd'après'): a few
    phrases, so one small regex."""
    items = (" ".join(p.lower().split()) for p in lexicon(lang)["speech"].get("according", []))
    longer = [p for p in items if " " in p or not p.isalpha()]
    if not longer:
        return None
    body = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(longer), key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


_WORD = re.compile(r"\w+")


def _cue_starts(text: str, start: int, end: int, lang: str) -> set[int]:
    """Offsets of the cues of text[start:end]: its words looked up in a set (a regex of
    every form of every verb takes seconds to compile in each process), checked first
    as a whole (most sentences have none), and the few longer phrases."""
    cue_words = _cue_words(lang)
    found = set()
    if not cue_words.isdisjoint(_WORD.findall(text[start:end].lower())):
        found = {
            m.start() for m in _WORD.finditer(text, start, end) if m.group().lower() in cue_words
        }
    phrases = _phrase_cues(lang)
    if phrases is not None:
        found.update(m.start() for m in phrases.finditer(text, start, end))
    return found


def _phrase_at(tokens: Sequence[Token], i: int, phrases) -> int:
    for phrase in phrases:
        words = tokens[i : i + len(phrase)]
        if len(words) == len(phrase) and all(
            t.text.lower() == w for t, w in zip(words, phrase, strict=True)
        ):
            return len(phrase)
    return 0


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence being read: its words outside quotes and the people mentioned in it."""

    text: str
    bounds: tuple[int, int]
    tokens: list[Token]
    local: list[tuple[int, Mention]]  # (index in mentions, mention) inside the sentence
    mentions: Sequence[Mention]
    lang: str


def statements_in_sentence(
    text: str,
    sentence: tuple[int, int],
    mentions: Sequence[Mention],
    quotes: Sequence[QuoteSpan],
    *,
    lang: str,
    previous: tuple[int, int] | None = None,
) -> list[Statement]:
    """Statements made in one sentence (outside quotation marks)."""
    cues = _cue_starts(text, *sentence, lang)
    if not cues:
        return []  # fast path: no speech verb and no "according to" anywhere in it
    tokens = _outside(tokenize(text, *sentence), overlapping(quotes, *sentence))
    if not tokens:
        return []
    local = mentions_within(mentions, *sentence)
    reading = _Sentence(text, sentence, tokens, local, mentions, lang)
    found = []
    for i, tok in enumerate(tokens):
        if tok.start not in cues:
            continue
        if (
            (n := _phrase_at(tokens, i, _phrases(lang, "according")))
            and _names_next(tokens, i + n, lang)
            and _opens_if_it_must(tokens, i, lang)
        ):
            found.extend(_according(reading, i, n))
        elif (
            speech_verb_at(tokens, i, lang)
            and lemma(tok.text, lang) not in quote_only_verbs(lang)
            and not _quote_cue(text, tok, quotes, reports_own_clause(tokens, i, lang), lang)
        ):
            found.extend(_verb(reading, i, previous))
    by_clause: dict[tuple[int, int], Statement] = {}
    for statement in found:  # a clause reported twice: the cue read last is the nearest
        by_clause[(statement.start, statement.end)] = statement
    return list(by_clause.values())


def may_continue(text: str, sentence: tuple[int, int], lang: str) -> bool:
    """Whether a sentence holds a word that carries reported speech on (see
    continued_statement): a set lookup per word, no tokens."""
    return _holds_any(text, sentence, _continuation_marks(lang))


def in_subjunctive(text: str, sentence: tuple[int, int], lang: str) -> bool:
    """Whether a sentence is in the subjunctive of reported speech ('sei', 'habe')."""
    return _holds_any(text, sentence, words(lang, "speech", "subjunctive"))


def _holds_any(text: str, sentence: tuple[int, int], marks: frozenset[str]) -> bool:
    return bool(marks) and any(m.group().lower() in marks for m in _WORD.finditer(text, *sentence))


@cache
def _continuation_marks(lang: str) -> frozenset[str]:
    return words(lang, "speech", "subjunctive") | words(lang, "speech", "continued")


def continued_statement(
    text: str,
    sentence: tuple[int, int],
    before: Statement,
    quotes: Sequence[QuoteSpan],
    *,
    lang: str,
) -> list[Statement]:
    """A sentence with no cue of its own that goes on with the statement before it:
    in the subjunctive of reported speech ('Tausende Menschen seien nicht erreichbar')
    or pointing back at its source ('Demnach fielen 300 Liter')."""
    marks = _continuation_marks(lang)
    if not marks:
        return []
    tokens = _outside(tokenize(text, *sentence), overlapping(quotes, *sentence))
    cue = next((t for t in tokens if t.is_word and t.text.lower() in marks), None)
    if cue is None:
        return []
    start, end = _skip_space(text, sentence[0]), _sentence_end(text, sentence)
    if start >= end:
        return []
    return [Statement(start, end, before.speaker, before.role, cue.text)]


def _possessive_before(reading: _Sentence, i: int) -> tuple[str, ...] | None:
    """The person a possessive pronoun right before an 'according to' word points back to
    ('Jej zdaniem', 'in her view'; lexicon [speech] possessives: pronoun -> gender)."""
    owners = lexicon(reading.lang)["speech"].get("possessives", {})
    if i == 0 or reading.tokens[i - 1].text.lower() not in owners:
        return None
    gender = owners[reading.tokens[i - 1].text.lower()]
    pronoun = next(
        (p for p, g in lexicon(reading.lang)["speech"]["pronouns"].items() if g == gender), None
    )
    if pronoun is None:
        return None
    start = reading.tokens[i - 1].start
    return referent(pronoun, start, reading.mentions, reading.lang, pronouns_only=True)


def _opens_if_it_must(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """An 'according to' word that is one only at the start of its sentence (French
    'pour': 'Pour la politologue X, …', not 'une victoire pour le gouvernement'; lexicon
    ``according_opening``)."""
    if tokens[i].text.lower() not in words(lang, "speech", "according_opening"):
        return True
    return not any(t.is_word for t in tokens[:i])


def _names_next(tokens: Sequence[Token], k: int, lang: str) -> bool:
    """An 'according to' word that is something else too (Portuguese 'segundo', also
    'second': 'no segundo dia') is one only before an article, a name or a pronoun."""
    if tokens[k - 1].text.lower() not in words(lang, "speech", "according_ambiguous"):
        return True
    if k >= len(tokens):
        return False
    word = tokens[k].text
    return (
        word[0].isupper()
        or word.lower() in words(lang, "speech", "according_next")
        or is_body_word(word, lang)  # 'segundo autoridades cubanas', not 'no segundo dia'
    )


def _outside(tokens: list[Token], quotes: Sequence[QuoteSpan]) -> list[Token]:
    """The tokens outside quotation marks (both in reading order: one walk over each)."""
    out: list[Token] = []
    k = 0
    for tok in tokens:
        while k < len(quotes) and quotes[k].outer_end <= tok.start:
            k += 1
        if k == len(quotes) or tok.start < quotes[k].outer_start:
            out.append(tok)
    return out


def _quote_cue(
    text: str, tok: Token, quotes: Sequence[QuoteSpan], own_clause: bool, lang: str
) -> bool:
    """A verb right after a closing mark or before an opening one attributes a quote;
    not a verb with a clause of its own after a quote that ended its sentence ('“….” X
    afirmou, no entanto, que …').

    Only the quotes near the verb can: those ending within 60 characters before it and
    the one opening right after it, found by bisection over the quotes in reading order.
    """
    k = bisect_left(quotes, tok.start - _QUOTE_CUE_CHARS, key=_outer_end)
    for q in quotes[k:]:
        if q.outer_end > tok.start:
            break
        if own_clause and ends_sentence(text, q):
            continue
        if own_clause and _quoted_title_before(text, q.outer_start, tok.start) is not None:
            continue  # '„Le Parisien” podaje, że …': a paper, the verb's subject
        between = text[q.outer_end : tok.start]
        if "." in between and _ends_sentence_between(between, lang):
            continue
        if len(between.split()) <= _QUOTE_CUE_WORDS and q.outer_end >= tok.start - _CUE_CHARS:
            return True  # '“…”, a déclaré', '“…,” he said'; not '“unvorsichtig” eine …, sagte'
        if "\n" not in between and (_capitalized_only(between) or _apposed_name(between)):
            return True  # '“…,” Omar Lis, the region’s governor, wrote'

    k = bisect_left(quotes, tok.end, key=_outer_start)
    return k < len(quotes) and quotes[k].outer_start - tok.end < 5


_CUE_CHARS = 59  # characters between a quote and the verb of a few words after it
_QUOTE_CUE_CHARS = 119  # between a quote and a verb past a name and its apposition


def _ends_sentence_between(between: str, lang: str) -> bool:
    """Whether a full stop in the words between a quote and a verb ends a sentence, not
    an abbreviation ('“…,” Florida Gov. Ron Lis said')."""
    return any(
        not is_abbreviation(word, lang) for word in between.split() if word.endswith(".")
    ) or between.lstrip().startswith(".")


def _capitalized_only(between: str) -> bool:
    """Whether the words between a quote and its verb are a name and its title, all
    capitalized ('“…,” Florida Gov. Ron Lis said')."""
    said = between.split()
    return 0 < len(said) <= _TITLED_NAME_WORDS and all(w[0].isupper() for w in said)


_TITLED_NAME_WORDS = 6  # words of a capitalized title and name after a quote


def _apposed_name(between: str) -> bool:
    """Whether the words between a quote and its verb are a name of a few capitalized
    words, then an apposition between commas ('Omar Lis, the region’s governor,')."""
    return name_then_comma(tokenize(between)) and between.rstrip().endswith(",")


def _outer_end(quote: QuoteSpan) -> int:
    return quote.outer_end


def _outer_start(quote: QuoteSpan) -> int:
    return quote.outer_start


def _according(reading: _Sentence, i: int, n: int) -> list[Statement]:
    """'According to X, …', '… laut X …', 'Der Polizei zufolge …', '…, selon les autorités'.

    The source follows the cue (or precedes it, for 'zufolge'): a person, a pronoun
    ('Selon lui'), a body, or else whatever the words name ('Selon les météorologues').
    A cue that opens the sentence reports the words after its source; one inside or at
    the end of the sentence reports the sentence.
    """
    text, sentence, tokens, lang = reading.text, reading.bounds, reading.tokens, reading.lang
    possessive = _possessive_before(reading, i)
    if possessive is not None:  # 'Jego zdaniem …': in his view
        source = (possessive, None, i - 1, i + n - 1)
    elif tokens[i].text.lower() in words(lang, "speech", "source_first"):
        source = _source_before(reading, i)
    else:
        source = _source_after(reading, i + n)
    if source is None:
        return []
    speaker, role, first, last = source
    if (
        tokens[i].text.lower() in words(lang, "speech", "according_opening")
        and speaker[0] == ORGANIZATION
        and organization_in(tokens[first : last + 1], lang) is None
    ):
        return []  # 'Pour l'instant, …': no one's words
    cue = text[tokens[i].start : tokens[i + n - 1].end]
    opening, closing = min(i, first), max(last, i + n - 1)
    inserted = (  # 'Le résultat, selon le ministre, a été …': the words after it
        opening > 0
        and tokens[opening - 1].text == ","
        and closing + 1 < len(tokens)
        and tokens[closing + 1].text == ","
    )
    # a cue after 'and' opens a clause of its own ('…, a zdaniem świadków „…”'), as does
    # one whose source a quotation follows: the words after it
    joined = opening > 0 and tokens[opening - 1].text.lower() in words(
        lang, "speech", "conjunctions"
    )
    quoted = closing + 1 < len(tokens) and tokens[closing + 1].text in _OPENING_MARKS
    if inserted or joined or quoted or opening == 0 or not any(t.is_word for t in tokens[:opening]):
        start = _skip_space(text, _after_source(tokens, tokens[closing].end, lang))
        end = _sentence_end(text, sentence)
    else:  # '… laut X …', '…, selon les autorités.': the sentence reports it
        start = _skip_space(text, sentence[0])
        final = not any(t.is_word for t in tokens[closing + 1 :])
        if final and tokens[opening - 1].text in _ASIDE_MARKS:
            end = _trim_end(text, start, tokens[opening - 1].start)
        else:
            end = _sentence_end(text, sentence)
    if start >= end:
        return []
    return [Statement(start, end, speaker, role, cue)]


_ASIDE_MARKS = frozenset(",–—-")
_OPENING_MARKS = frozenset('"“„«')
_ENDS = frozenset(".!?…")


def _source_after(reading: _Sentence, k: int):
    """(speaker, role, first, last token index) of the source named from tokens[k] on."""
    text, tokens, lang = reading.text, reading.tokens, reading.lang
    after = tokens[k].start if k < len(tokens) else reading.bounds[1]
    for index, m in reading.local:  # by start: past the reach, no later one is in it either
        if m.start - after > _ACCORDING_CHARS:
            break
        if m.start >= after:
            if _body_first(tokens, k, m, lang):
                break  # 'Laut Polizei wurde der Fahrer festgenommen': whom the words are about
            speaker = resolve(reading.mentions, index, lang) or unnamed(m)
            if speaker is None:
                return None
            return speaker, m.role, k, _index_at(tokens, m.end)
    if k >= len(tokens):
        return None
    pronoun = referent(tokens[k].text, tokens[k].start, reading.mentions, lang, pronouns_only=True)
    if pronoun is not None:  # 'Selon lui', 'according to him'
        return pronoun, None, k, k
    spelled = _spelled_source(tokens, k, lang)
    if spelled is not None:
        return spelled
    source = _up_to_mark(tokens[k : k + _BODY_WORDS])
    named = _unnamed_source(tokens, k, lang)
    if named is None:
        body = organization_in(source, lang) if source else None
        if body is None:
            return None
        # 'Według policji sprawca uciekł': with no comma, the source ends with the body
        return (ORGANIZATION, body.text), None, k, _index_at(tokens, body.end)
    a, b = named
    person = _apposed(reading, b)
    if person is not None:  # 'selon un responsable de la police locale, Kanan Desai,'
        return person, None, k, b
    body = organization_in(tokens[a : b + 1], lang)
    if body is not None and (body.text.isupper() or body.text[0].isupper()):
        # 'le gestionnaire du réseau espagnol REE', 'dem Stromversorger Iberdrola'
        return (ORGANIZATION, body.text), None, k, b
    if any(lemma(t.text, lang) in _not_sources(lang) for t in tokens[a : b + 1]):
        return None  # 'According to regulations': a text, no one's words
    carrier = next((n for n in range(a, b + 1) if _is_carrier(tokens[n].text, lang)), None)
    if carrier is not None:
        # 'the latest data of the fire service': its owner is the source; with no owner
        # ('According to the report', 'Selon les premières estimations') no one is named
        a = _owner(tokens, carrier, b, lang)
        if a is None:
            return None
    return (ORGANIZATION, text[tokens[a].start : tokens[b].end]), None, k, b


def _body_first(tokens: Sequence[Token], k: int, m: Mention, lang: str) -> bool:
    """Whether a body's noun opens the words after a cue and more than a member's title
    stands between it and the mention after it ('Laut Polizei wurde der Fahrer', not
    'according to police spokesman John Lis' or 'Laut Polizeisprecher Jan Lis')."""
    end = bisect_left(tokens, m.start, key=token_start)
    for j in range(k, min(end, k + 2)):  # its article or adjective before it at most
        if tokens[j].text in _CLAUSE_MARKS:
            return False
        if tokens[j].is_word and is_body_word(tokens[j].text, lang):
            if end == j + 1:  # 'Według miejscowej policji kierowca był': a role, no name
                return m.key is None
            return not title_at(tokens, j + 1, lang)
    return False


def _spelled_source(tokens: Sequence[Token], k: int, lang: str):
    """A source named in full before its acronym in brackets ('Selon l’Institut national
    de météorologie (INM), …'): (speaker, role, first, last token index), or None."""
    window = _up_to_mark(tokens[k : k + _SPELLED_TOKENS])
    close = next((j for j, t in enumerate(window) if t.text == ")"), None)
    if close is None:
        return None
    body = organization_in(window[: close + 1], lang)
    if body is None or body.end > window[close - 1].start:
        return None  # the acronym alone: no body's noun spells it out
    return (ORGANIZATION, body.text), None, k, k + close


def _apposed(reading: _Sentence, b: int) -> tuple[str, ...] | None:
    """The person named in apposition right after the words tokens[..b] ('un responsable
    de la police, Kanan Desai')."""
    tokens = reading.tokens
    if b + 2 >= len(tokens) or tokens[b + 1].text != ",":
        return None
    for index, m in reading.local:
        if m.start == tokens[b + 2].start and m.key is not None:
            return resolve(reading.mentions, index, reading.lang)
    return None


def _source_before(reading: _Sentence, i: int):
    """The source of a cue that follows it ('Der Polizei zufolge')."""
    text, tokens, lang = reading.text, reading.tokens, reading.lang
    before = _up_to_mark(reversed(tokens[max(0, i - _BODY_WORDS) : i]))[::-1]
    if not before:
        return None
    first = i - len(before)
    for index, m in reversed(reading.local):
        if tokens[first].start <= m.start and m.end <= tokens[i].start:
            speaker = resolve(reading.mentions, index, lang) or unnamed(m)
            return (speaker, m.role, first, i - 1) if speaker is not None else None
    body = organization_in(before, lang)
    if body is not None:
        return (ORGANIZATION, body.text), None, first, i - 1
    content = []  # the nouns right before the cue and the words that bind them
    for t in reversed(before):
        if not t.is_word or (content and t.text[0].islower() and is_function_word(t.text, lang)):
            break
        if t.text[0].islower() and not content:
            break
        content.insert(0, t)
    while content and is_function_word(content[0].text, lang):
        content.pop(0)
    if not content or any(lemma(t.text, lang) in _not_sources(lang) for t in content):
        return None  # 'Vorhersagen zufolge': forecasts are nobody's words
    first = i - len(content)
    return (ORGANIZATION, text[content[0].start : content[-1].end]), None, first, i - 1


def _unnamed_source(tokens: Sequence[Token], k: int, lang: str) -> tuple[int, int] | None:
    """First and last token of the words naming a source no one is named for: up to the
    clause's mark, else a few words; where nouns are capitalized ([speech] noun_links),
    its nouns and what links them ('Bericht des kalifornischen Ministeriums'); never a
    number."""
    run = []
    for tok in tokens[k : k + _SOURCE_TOKENS]:
        if tok.text in _CLAUSE_MARKS or tok.text[0].isdigit() or not tok.is_word:
            break
        if parse_number(tok.text, lang) is not None:  # 'Według władz pięć zginęło'
            break
        run.append(tok)
    # a mark ends the source ('Selon les autorités, …', '…, selon les autorités locales.'),
    # but not the final stop of a sentence the cue opens ('Według policji sprawca uciekł.')
    following = tokens[k + len(run)].text if k + len(run) < len(tokens) else ""
    marked = following in _CLAUSE_MARKS - _ENDS or (
        following in _ENDS and any(t.is_word for t in tokens[: max(0, k - 2)])
    )
    links = words(lang, "speech", "noun_links")
    if links:  # nouns are capitalized: the source is a chain of them
        chain, seen_noun = [], False
        for n, tok in enumerate(run):
            nxt = run[n + 1].text if n + 1 < len(run) else ""
            if tok.text[0].isupper():
                chain.append(tok)
                seen_noun = True
            elif tok.text.lower() in links or (nxt[:1].isupper() and not seen_noun):
                chain.append(tok)  # 'des', 'für'; an adjective or article before a noun
            elif nxt[:1].isupper() and not is_function_word(tok.text, lang):
                chain.append(tok)  # 'des kalifornischen Ministeriums'
            else:
                break
        run = chain
    elif not marked:  # no comma to end it: its first noun and the names after it
        bodies = [n for n, t in enumerate(run) if is_body_word(t.text, lang)]
        if not bodies and following in _ENDS:
            return None  # 'Według wstępnych ustaleń ucierpieć mogli …': no one named
        content = bodies or [n for n, t in enumerate(run) if not is_function_word(t.text, lang)]
        if content:  # 'Według lokalnej policji funkcjonariuszom': the body's noun
            end = content[0] + 1
            while end < len(run) and run[end].text[0].isupper():
                end += 1
            run = run[:end]
    while run and (is_function_word(run[-1].text, lang) or run[-1].text.lower() in links):
        run = run[:-1]
    while run and is_function_word(run[0].text, lang):
        run = run[1:]
    if not run:
        return None
    first = next(n for n in range(k, len(tokens)) if tokens[n].start == run[0].start)
    return first, first + len(run) - 1


@cache
def _carriers(lang: str) -> frozenset[str]:
    return frozenset(lemma(w, lang) for w in words(lang, "speech", "carriers"))


def _is_carrier(word: str, lang: str) -> bool:
    return lemma(word, lang) in _carriers(lang) or word.lower() in words(lang, "speech", "carriers")


@cache
def _not_sources(lang: str) -> frozenset[str]:
    return frozenset(lemma(w, lang) for w in words(lang, "speech", "not_sources"))


def _owner(tokens: Sequence[Token], a: int, b: int, lang: str) -> int | None:
    """First content word after the 'of' that follows a carrier word, if any."""
    link = next((n for n in range(a + 1, b + 1) if is_function_word(tokens[n].text, lang)), None)
    if link is None:
        return None
    return next(
        (n for n in range(link + 1, b + 1) if not is_function_word(tokens[n].text, lang)), None
    )


def carrier_source(
    tokens: Sequence[Token], mentions: Sequence[Mention], lang: str
) -> tuple[str, ...] | None:
    """Who a document a few words on is from ('…”, read a statement from the city
    council', 'hieß es in einer Mitteilung der Polizei', 'indique un communiqué de la
    préfecture', 'czytamy w komunikacie policji'): the person named or the body after its
    noun, with or without an 'of'."""
    lead = next((n for n, t in enumerate(tokens) if t.is_word), len(tokens))  # past '”,'
    words_ = _up_to_mark(tokens[lead : lead + _CARRIER_REACH])
    carrier = next(
        (n for n, t in enumerate(words_) if t.is_word and _is_carrier(t.text, lang)), None
    )
    if carrier is None:
        return None
    rest = words_[carrier + 1 : carrier + 1 + _BODY_WORDS]
    if not rest:
        return None
    for index, m in enumerate(mentions):
        if rest[0].start <= m.start < rest[-1].end and m.key is not None:
            return resolve(mentions, index, lang)
    owner = _owner(words_, carrier, len(words_) - 1, lang)
    first = owner if owner is not None else carrier + 1  # genitive: 'komunikacie policji'
    body = organization_in(words_[first : first + _BODY_WORDS], lang)
    if body is None and first < len(words_) and words_[first].text[0].isupper():
        body = joined(
            list(takewhile(lambda t: t.is_word and t.text[0].isupper(), words_[first:]))
        )  # 'a statement from Air India', 'komunikat Air India': its name
    return (ORGANIZATION, body.text) if body is not None else None


def _index_at(tokens: Sequence[Token], end: int) -> int:
    """Index of the last token ending by ``end``."""
    return max(0, bisect_left(tokens, end, key=token_start) - 1)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–—-"):
        end -= 1
    return end


def body_next_to(tokens: Sequence[Token], i: int, lang: str) -> Token | None:
    """A body named right before a speech verb (its subject: 'the police said') or right
    after it ('teilte die Behörde mit', 'a indiqué la préfecture'), within a clause and
    before any 'that'; the nearer one when both are ('Im Norden der Stadt erklärte die
    Feuerwehr')."""
    named = _acronym_before_brackets(tokens, i)
    if named is not None:  # 'O INEM (Instituto Nacional de Emergência Médica) disse'
        return named
    before = _up_to_mark(reversed(tokens[max(0, i - _BODY_WORDS) : i]))[::-1]
    after = []
    said_to = words(lang, "speech", "addressee_words")
    start = i + 1
    while start < len(tokens) and tokens[start].text.lower() in words(lang, "speech", "from"):
        start += 1  # 'hieß es aus dem Ministerium': the words of an impersonal source
    if start > i + 1:
        said_to = frozenset()  # 'aus dem Ministerium': the article of the source's preposition
    if tokens[i].text.lower() not in words(lang, "speech", "addressee_verbs"):  # 'told NYT'
        for tok in _up_to_mark(tokens[start : start + _BODY_AFTER_WORDS]):
            if tok.text.lower() in _that_words(lang) or tok.text.lower() in said_to:
                break  # 'disse à AFP': AFP is told
            after.append(tok)
    first = (
        organization_in(before, lang)
        or _country_subject(before, lang)
        or _name_opening(before, lang)
        or _apposed_body(tokens, i, lang)
        or _opening_body(tokens, i, lang)
        or _aside_subject(tokens, i, lang)
        or _body_before_apposition(tokens, i, lang)
    )
    # the body's name may run past the words after the verb ('teilte die Fluggesellschaft
    # Air India mit')
    beyond = _up_to_mark(tokens[start + len(after) : start + len(after) + _BODY_WORDS])
    second = organization_in(after + beyond, lang, reach=len(after)) if after else None
    if second is not None and _placed(after + beyond, second, lang):
        second = None  # 'contou no hospital': where it was said, not who said it
    if second is None and first is None:
        second = _named_after_back_reference(tokens, i, lang)  # 'Das berichtet Geosphere Austria'
    if first is None or second is None:
        return first or second
    if lang != "en" and len(after) > 1 and after[1].start == second.start:
        return second  # 'Im Norden der Stadt erklärte die Feuerwehr': verb, article, subject
    gap_before = _words_between(tokens, first.end, tokens[i].start)
    gap_after = _words_between(tokens, tokens[i].end, second.start)
    return first if gap_before <= gap_after else second


def _country_subject(before: list[Token], lang: str) -> Token | None:
    """A country named right before a speech verb, an article at most before it ('A França
    confirmou nove feridos', 'France said'): its government speaks, a body by the name."""
    k = _past_fillers(before, len(before), lang)  # 'a confirmé', 'has also said'
    for n in range(min(k, _COUNTRY_WORDS), 0, -1):
        run = before[k - n : k]
        opening = before[: k - n]
        if opening and not (
            len(opening) == 1 and opening[0].text.lower() in words(lang, "places", "articles")
        ):
            continue
        if run[0].text[:1].isupper() and country_code(fold(joined(run).text), lang) is not None:
            return joined(run)
    return None


_COUNTRY_WORDS = 3  # longest country name read as a speech verb's subject


def _named_after_back_reference(tokens: Sequence[Token], i: int, lang: str) -> Token | None:
    """The proper name right after a verb that refers back to the sentence before ('Das
    berichtet Geosphere Austria, die Bundesanstalt …') or that an aside opener opens ('Jak
    podaje Bild, …'): a body, named by its capitals."""
    opening = " ".join(t.text.lower() for t in tokens[:i])
    openers = words(lang, "speech", "back") | words(lang, "speech", "aside_openers")
    if not opening or opening not in openers:
        return None  # 'Das berichtet X', 'Jak podaje X, …', 'Como informou X, …'
    first = i + 1
    if first < len(tokens) and tokens[first].text.lower() in words(lang, "places", "articles"):
        first += 1  # 'Como informou a Folha'
    run = list(
        takewhile(lambda t: t.is_word and t.text[0].isupper(), tokens[first : first + _NAME_WORDS])
    )
    if not run or any(
        is_function_word(t.text, lang) or title_at(run, j, lang) for j, t in enumerate(run)
    ):
        return None
    return joined(run)


def _body_before_apposition(tokens: Sequence[Token], i: int, lang: str) -> Token | None:
    """A body named before an apposition between commas right before its verb ('La
    société Carris, gestionnaire du réseau, a assuré', 'The operator Carris, which runs
    the network, said'): the apposition in lower case, the body's words before it."""
    i = _past_fillers(tokens, i, lang)
    if i < 4 or tokens[i - 1].text != ",":
        return None
    k = i - 2
    while k >= 0 and tokens[k].text not in _CLAUSE_MARKS and i - 1 - k <= _APPOSITION_WORDS:
        k -= 1
    if k < 1 or tokens[k].text != ",":
        return None
    apposition = tokens[k + 1 : i - 1]
    if not apposition or apposition[0].text[0].isupper():
        return None  # 'X, Baltic Link, said': a name, _apposed_body's
    before = _up_to_mark(reversed(tokens[max(0, k - _BODY_WORDS) : k]))[::-1]
    return organization_in(before, lang)


def _aside_subject(tokens: Sequence[Token], i: int, lang: str) -> Token | None:
    """The body an aside opener introduces further off than a body's words reach ('Wie der
    spanische Netzbetreiber Red Eléctrica auf der Plattform X mitteilte'): the body its
    first words name, the opener right at the start of the clause."""
    start = _clause_start(tokens, i)
    if start >= i or tokens[start].text.lower() not in words(lang, "speech", "aside_openers"):
        return None
    return organization_in(tokens[start + 1 : i], lang, reach=_BODY_WORDS)


def _clause_start(tokens: Sequence[Token], i: int) -> int:
    """Index of the first token of the clause that tokens[i] stands in (after a mark)."""
    start = i
    while start > 0 and tokens[start - 1].text not in _CLAUSE_MARKS:
        start -= 1
    return start


def _past_fillers(tokens: Sequence[Token], i: int, lang: str) -> int:
    """The index before the auxiliaries and adverbs that stand right before tokens[i]."""
    fillers = _aside_fillers(lang)
    while i > 0 and tokens[i - 1].text.lower() in fillers:
        i -= 1
    return i


def _acronym_before_brackets(tokens: Sequence[Token], i: int) -> Token | None:
    """The acronym a body is named by right before a verb, its name spelled out in
    brackets between them ('O INEM (Instituto Nacional …) disse')."""
    if i < 4 or tokens[i - 1].text != ")":
        return None
    for k in range(i - 2, max(0, i - 2 - _SPELLED_TOKENS), -1):
        if tokens[k].text == "(":
            return tokens[k - 1] if k > 0 and is_acronym(tokens[k - 1].text) else None
        if tokens[k].text in _CLAUSE_MARKS:
            return None
    return None


def _apposed_body(tokens: Sequence[Token], i: int, lang: str) -> Token | None:
    """A body's name between commas after its noun, right before the verb ('The operator,
    Baltic Link, said', "L'opérateur, Voltane, a affirmé"): the body, by its name."""
    i = _past_fillers(tokens, i, lang)  # 'a affirmé', 'has also said'
    if i < 3 or tokens[i - 1].text != ",":
        return None
    k = i - 2
    while (
        k >= 0
        and tokens[k].is_word
        and (tokens[k].text[:1].isupper() or (k < i - 2 and is_particle(tokens[k].text)))
        and i - 1 - k <= _NAME_WORDS
    ):
        k -= 1
    name = list(tokens[k + 1 : i - 1])
    if not name or k < 1 or tokens[k].text != ",":
        return None
    noun = _up_to_mark(reversed(tokens[max(0, k - _BODY_WORDS) : k]))[::-1]
    body = organization_in(noun, lang) if noun else None
    if body is None:
        # 'O National Weather Service Greenville, Carolina do Sul, disse': a name in full
        # before the commas, and the words between them say where it is
        body = _name_opening(noun, lang) if noun else None
        return body if body is not None and " " in body.text else None
    # 'O Serviço Meteorológico de Greenville, Carolina do Sul, disse': after a body named
    # in full, the words between the commas say where it is; the body speaks
    named_in_full = " " in body.text and body.text[0].isupper()
    return body if named_in_full or is_territory(" ".join(t.text for t in name)) else joined(name)


def _placed(tokens: Sequence[Token], body: Token, lang: str) -> bool:
    """Whether a place preposition stands right before a body's noun (its article between
    allowed): 'no hospital', 'im Krankenhaus', 'à la mairie'."""
    k = next((j for j, t in enumerate(tokens) if t.start == body.start), None)
    if k is None or k == 0:
        return False
    if k > 1 and tokens[k - 1].text.lower() in words(lang, "places", "articles"):
        k -= 1
    return tokens[k - 1].text.lower() in words(lang, "places", "prepositions")


_NAME_WORDS = 4  # longest proper name read as a body's before its verb


def _opening_body(tokens: Sequence[Token], i: int, lang: str) -> Token | None:
    """The body whose noun opens the clause of a speech verb further on than a body's
    words reach ('Les responsables de l'aéroport de Gatwick ont déclaré'): its noun after
    an article at most, and no mark between it and the verb."""
    start = _clause_start(tokens, i)
    clause = list(tokens[start:i])
    if len(clause) > _OPENING_BODY_WORDS or any(not t.is_word for t in clause):
        return None
    k = 1 if clause and is_function_word(clause[0].text, lang) else 0
    if k < len(clause) and is_body_word(clause[k].text, lang):
        return organization_in(clause[k:], lang)
    return None


def _name_opening(before: list[Token], lang: str) -> Token | None:
    """A proper name that opens the clause right before its speech verb, and names no
    person ('Gatwick said', 'Air India also said'): a body, by its name. Not a pronoun or
    an everyday word capitalized at the start ('He said', 'Officials said')."""
    k = _past_fillers(before, len(before), lang)  # 'Air India also said'
    run = before[:k]
    opened = bool(run) and run[0].text.lower() in words(lang, "speech", "aside_openers")
    if run and run[0].text.lower() in _name_openers(lang):
        run = run[1:]  # 'Wcześniej Frontex informował', 'Die Eurowings erklärte'
    # after 'Wie', 'As' a word is the verb's subject, however everyday ('Wie Bild berichtete')
    if not run or (
        len(run) == 1
        and (
            is_function_word(run[0].text, lang)
            or (is_common_word(run[0].text, lang) and not opened)
        )
    ):
        return None
    if len(run) > _NAME_WORDS or not all(t.is_word and t.text[0].isupper() for t in run):
        return None
    if any(title_at(run, j, lang) for j in range(len(run))):
        return None  # a title: the person's, read elsewhere
    return joined(run)


@cache
def _name_openers(lang: str) -> frozenset[str]:
    """Words that may open a clause before a body's name: auxiliaries, adverbs, articles."""
    return (
        _aside_fillers(lang)
        | words(lang, "speech", "sentence_adverbs")
        | words(lang, "places", "articles")
        | words(lang, "speech", "aside_openers")  # 'Wie Bild berichtete', 'As Reuters reported'
    )


@cache
def _that_words(lang: str) -> frozenset[str]:
    return frozenset(w for phrase in _phrases(lang, "that") for w in phrase)


def _up_to_mark(tokens: Iterable[Token]) -> list[Token]:
    """The tokens before the first mark that ends a clause (, ; : .)."""
    return list(takewhile(lambda tok: tok.text not in _CLAUSE_MARKS, tokens))


def _after_source(tokens: Sequence[Token], name_end: int, lang: str) -> int:
    """Where the words reported start after 'according to X': right after the name ('Laut X
    ist das Abkommen fair'), after the comma that closes the cue ('Selon X, la Convention'),
    or after an apposition ('According to X, Director of ..., the convention')."""
    k = bisect_left(tokens, name_end, key=token_start)
    rest = tokens[k : k + _APPOSITION_WORDS]
    if not rest or rest[0].text != ",":
        return name_end
    if len(rest) > 1 and title_at(rest, 1, lang):
        closing = next((t for t in rest[2:_APPOSITION_WORDS] if t.text == ","), None)
        if closing is not None:
            return closing.end
    return rest[0].end


def _verb(reading: _Sentence, i: int, previous: tuple[int, int] | None) -> list[Statement]:
    """The statement a speech verb reports: its source, then where the words reported
    stand (the previous sentence, before an aside, or after the verb)."""
    text, sentence, tokens, lang = reading.text, reading.bounds, reading.tokens, reading.lang
    source = _verb_source(reading, i) or _unknown_speaker(reading, i)
    if source is None:
        return []
    speaker, mention = source
    verb = tokens[i]
    back = _back_reference(text, tokens, i, lang)
    if back is not None and previous is not None:
        cue = text[tokens[back].start : verb.end]
        return [Statement(previous[0], _sentence_end(text, previous), speaker, mention.role, cue)]
    start_after = max(verb.end, mention.end if mention.start > verb.start else verb.end)
    that = next(
        (
            k
            for k in range(i + 1, min(len(tokens), i + _THAT_REACH))
            if tokens[k].start >= start_after and _phrase_at(tokens, k, _phrases(lang, "that"))
        ),
        None,
    )
    if that is not None and _QUOTE_OPENERS.search(text, verb.end, tokens[that].start):
        that = None  # 'said the cause may be a “large oscillation” that started': a relative
    aside = _aside_mark(tokens, i, mention, lang) if that is None else None
    clause = True
    if aside is not None:  # '…, sagte X', '…, he said', '…, wie die Polizei mitteilte'
        start = _skip_space(text, sentence[0])
        end = _trim_end(text, start, tokens[aside].start)
        cue = text[verb.start : verb.end]
    else:
        reported = _reported_after(reading, i, that, start_after)
        if reported is None:
            return []
        start, cue, clause = reported
        end = _sentence_end(text, sentence)
    if start >= end:
        return []
    return [Statement(start, end, speaker, mention.role, cue, reported=clause)]


def _verb_source(reading: _Sentence, i: int) -> tuple[tuple[str, ...], Mention] | None:
    """Who a speech verb's statement is from, and the mention (or word) that says so:
    a person after the verb ('sagte General X') or before it (its subject), the subject
    of the verb it is coordinated with ('X met Y and said'), a pronoun ('Il a confirmé'),
    a body ('REE said'), or, where subjects drop, the person the verb fits ('Dodał')."""
    text, sentence, tokens, lang = reading.text, reading.bounds, reading.tokens, reading.lang
    local, mentions = reading.local, reading.mentions
    verb = tokens[i]
    index = _inverted_subject(reading, i)
    j = i - 1 if i > 1 and tokens[i - 1].text.lower() in _aside_fillers(lang) else i
    if index is None and j > 0 and tokens[j - 1].text.lower() in _conjunctions(lang):
        opening = _opening_person(reading)  # 'X met Y and said that'
        if opening is not None:
            index = opening
        elif not local and (shared := _opening_subject(reading)) is not None:
            return shared  # 'Il a noté … avec le FBI et a confirmé que': the pronoun's person
    if index is None and _after_comma_in_gerund(tokens, i, lang):
        index = _opening_person(reading)  # 'X a adressé un message à Y, disant que': X
    if index is None:  # the subject before the verb, nearest first
        subject = _subject_before(local, verb.start, mentions, lang, text)
        opener = _pronoun_opening(reading, i)
        if subject is not None and opener is not None and opener.start < subject[1].start:
            # 'Er habe Gouverneur X versprochen, …': the pronoun is the subject, X the object
            pointed = referent(opener.text, opener.start, mentions, lang, pronouns_only=True)
            return (
                (pointed, Mention(verb.start, verb.end, verb.text, None, ())) if pointed else None
            )
        if (
            subject is not None
            and _words_between(tokens, subject[1].end, verb.start) <= _SUBJECT_REACH
            and not any(
                t.is_word and is_speech_verb(t.text, lang)
                for t in tokens[bisect_left(tokens, subject[1].end, key=token_start) : i]
            )
        ):
            index = _first_of_pair(reading, subject[0])
    if index is not None:
        speaker = resolve(mentions, index, lang) or unnamed(mentions[index])
        return (speaker, mentions[index]) if speaker is not None else None
    # a pronoun stands next to the verb or its auxiliary ('Il a confirmé', 'sagte er'),
    # not further off ('Il convient de noter que' is nobody)
    near = text[tokens[max(0, i - 2)].start : tokens[min(len(tokens) - 1, i + 1)].end]
    pointed = referent(near, verb.start, mentions, lang, pronouns_only=True)
    if pointed is None and (pair := _pair_named_before(reading, i)) is not None:
        return pair, Mention(verb.start, verb.end, verb.text, None, ())  # 'para królewska dodała'
    if pointed is None and (title := _quoted_title_before(text, sentence[0], verb.start)):
        return (ORGANIZATION, title[0]), Mention(
            title[1], title[1] + len(title[0]), title[0], None, ()
        )
    if pointed is None and _after_comma_in_gerund(tokens, i, lang):
        opening = _opening_subject(reading)  # 'O NHC emitiu alertas, destacando que'
        if opening is not None:
            return opening
        person = _opening_person(reading)  # 'Le ministre X a qualifié …, soulignant que'
        if person is not None:
            speaker = resolve(mentions, person, lang)
            return (speaker, mentions[person]) if speaker is not None else None
        run = _opening_name(tokens, lang)  # 'Air India a publié un communiqué indiquant que'
        if run is not None and not (reading.local and reading.local[0][1].start < run[-1].end):
            return _named_source(reading.text, run)
    if pointed is None:
        body = body_next_to(tokens, i, lang)
        if body is not None:
            return (ORGANIZATION, body.text), Mention(body.start, body.end, body.text, None, ())
        if _subject_dropped(tokens, i, lang):
            pointed = referent(verb.text, verb.start, mentions, lang, dropped=True)
    if pointed is None:
        return None
    return pointed, Mention(verb.start, verb.end, verb.text, None, ())


def _pronoun_opening(reading: _Sentence, i: int) -> Token | None:
    """The subject pronoun that opens a sentence, before the verb at tokens[i], with no
    comma between ('Er habe Gouverneur X versprochen', 'She told Governor X that')."""
    first = next((t for t in reading.tokens[:_OPENER_TOKENS] if t.is_word), None)
    pronouns = lexicon(reading.lang)["speech"].get("pronouns", {})
    if (
        first is None
        or first.text.lower() not in pronouns
        or first.start >= reading.tokens[i].start
    ):
        return None
    if reading.text[reading.bounds[0] : first.start].strip(' \t\n"“„«–—-'):
        return None  # not the sentence's first word
    if "," in reading.text[first.end : reading.tokens[i].start]:
        return None
    return first


def _unknown_speaker(reading: _Sentence, i: int) -> tuple[None, Mention] | None:
    """A speech verb with 'that' right after it and a subject no one names ('Outra
    moradora, que preferiu não se identificar, contou que …'): reported speech all the
    same, its speaker unknown. Not an infinitive ('il convient de noter que') nor a verb
    that opens its sentence."""
    tokens, lang = reading.tokens, reading.lang
    if i == 0 or i + 1 >= len(tokens) or tokens[i + 1].text.lower() not in _that_words(lang):
        return None
    before = tokens[i - 1].text.lower()
    if not tokens[i - 1].is_word and before != ",":
        return None
    verb = tokens[i]
    if any(
        t.is_word
        and is_speech_verb(t.text, lang)
        and lemma(t.text, lang) not in quote_only_verbs(lang)
        for t in tokens[:i]
    ):
        return None  # another verb reports: its statement ('pediu desculpas' reports none)
    if before in words(lang, "speech", "infinitive_markers") or before in words(
        lang, "speech", "infinitive_before"
    ):
        return None
    people = [m for k, m in reading.local if m.start < verb.start and not _is_body(reading, k)]
    if before in words(lang, "speech", "and_words") and not people:
        run = _opening_name(tokens, lang)  # 'A Jeju Air pediu desculpas e disse que'
        if run is not None:
            return _named_source(reading.text, run)
    if people or before in lexicon(lang)["speech"].get("pronouns", {}):
        return None  # someone named before it, or 'He said that' with no one to be: not ours
    return None, Mention(verb.start, verb.end, verb.text, None, ())


def _is_body(reading: _Sentence, index: int) -> bool:
    key = resolve(reading.mentions, index, reading.lang)
    return key is not None and key[0] == ORGANIZATION


def _opening_name(tokens: Sequence[Token], lang: str) -> list[Token] | None:
    """The capitalized words that open a sentence, past an article ('A Jeju Air', 'The
    Met Office'), when a lowercase word follows them: the name of the body it is about."""
    k = 1 if tokens and tokens[0].text.lower() in words(lang, "places", "articles") else 0
    if k < len(tokens) and is_function_word(tokens[k].text, lang):
        return None  # 'Dans un communiqué, …': a preposition, no name
    run = []
    while k < len(tokens) and tokens[k].is_word and tokens[k].text[:1].isupper() and len(run) < 4:
        run.append(tokens[k])
        k += 1
    if not run or k >= len(tokens) or not tokens[k].text[:1].islower():
        return None
    return run


def _named_source(text: str, run: list[Token]) -> tuple[tuple[str, ...], Mention]:
    """A body named by the capitalized words of ``run`` as a statement's source."""
    name = text[run[0].start : run[-1].end]
    return (ORGANIZATION, name), Mention(run[0].start, run[-1].end, name, None, ())


def _opening_person(reading: _Sentence) -> int | None:
    """The index of the person who opens the sentence (within its first words, or with
    only their title before them): the subject a coordinated verb or a gerund shares."""
    if not reading.local:
        return None
    index, mention = reading.local[0]
    text, tokens, start = reading.text, reading.tokens, reading.bounds[0]
    if (
        _words_between(tokens, start, mention.start) <= _OPENING_SUBJECT
        or _titled_before(text, start, mention, reading.lang)
    ) and resolve(reading.mentions, index, reading.lang) is not None:
        return index
    return None


def _titled_before(text: str, start: int, m: Mention, lang: str) -> bool:
    """Whether only the mention's own title stands before it from ``start`` ('A presidente
    da Comissão Europeia, Ursula von der Leyen'), an article before the title allowed."""
    before = text[start : m.start].strip().rstrip(",").strip()
    first, _, rest = before.partition(" ")
    return before in m.roles or (is_function_word(first, lang) and rest in m.roles)


def _pair_named_before(reading: _Sentence, i: int) -> tuple[str, ...] | None:
    """The first of the last two people named together before a sentence whose verb has a
    noun for a pair as its subject ('Król Filip oraz królowa Letizia zapewnili …. W
    oświadczeniu para królewska dodała'): as when they are named, the first speaks."""
    lang, tokens = reading.lang, reading.tokens
    pairs = words(lang, "speech", "pair_nouns")
    if not pairs or not any(
        t.is_word and lemma(t.text, lang) in pairs for t in tokens[max(0, i - _PAIR_WORDS) : i]
    ):
        return None
    mentions, text = reading.mentions, reading.text
    k = bisect_left(mentions, reading.bounds[0], key=lambda m: m.start)
    for j in range(k - 1, 0, -1):
        first, second = mentions[j - 1], mentions[j]
        between = text[first.end : second.start].split()
        if (
            0 < len(between) <= _PAIR_WORDS
            and between[0].lower() in words(lang, "speech", "and_words")
            and (key := resolve(mentions, j - 1, lang)) is not None
            and key[0] != ORGANIZATION
        ):
            return key
    return None


_QUOTED_TITLE = re.compile(r"[„“\"«]\s*([^\W\d_][^„“”\"«».,;:!?]{0,40}?)\s*[”“\"»]\s*$")


def _quoted_title_before(text: str, start: int, verb_start: int) -> tuple[str, int] | None:
    """A paper named in quotation marks right before the verb ('„Le Parisien” podaje, że',
    'the “Guardian” reported'): its name, every word capitalized, and where it starts."""
    hit = _QUOTED_TITLE.search(text, max(start, verb_start - 60), verb_start)
    if hit is None:
        return None
    name = hit.group(1)
    if not all(w[0].isupper() or len(w) <= 3 for w in name.split()) or not name[0].isupper():
        return None
    return name, hit.start(1)


def _after_comma_in_gerund(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """A verb of saying in the gerund after a comma ('…, saying that', '…, en précisant
    que', '…, dodając, że') or after a noun that carries words ('issued a statement saying
    that', 'a publié un communiqué de presse indiquant que'): it shares the subject of the
    clause before it."""
    speech = lexicon(lang)["speech"]
    endings = tuple(speech.get("gerund_endings", ()))
    if not endings or not tokens[i].text.lower().endswith(endings):
        return False
    k = i - 1
    if k > 0 and tokens[k].text.lower() in speech.get("gerund_particles", ()):
        k -= 1
    if k > 0 and tokens[k].text == ",":
        return True
    carriers = words(lang, "speech", "carriers")
    return any(lemma(t.text, lang) in carriers for t in tokens[max(0, k - _CARRIER_BACK) : k + 1])


def _opening_subject(reading: _Sentence) -> tuple[tuple[str, ...], Mention] | None:
    """The body, or the person a pronoun points to, that opens a sentence ('O NHC emitiu',
    'The agency issued', 'She then wrote'), within its first words and before any comma."""
    tokens, lang = reading.tokens, reading.lang
    opening = _up_to_mark(tokens[:_OPENING_WORDS])
    body = organization_in(opening, lang, reach=_OPENING_SUBJECT)
    if body is not None:
        return (ORGANIZATION, body.text), Mention(body.start, body.end, body.text, None, ())
    if not opening:
        return None
    first = opening[0]
    pointed = referent(first.text, first.start, reading.mentions, lang, pronouns_only=True)
    return (
        None
        if pointed is None
        else (pointed, Mention(first.start, first.end, first.text, None, ()))
    )


def _first_of_pair(reading: _Sentence, index: int) -> int:
    """Two people who speak as one ('Król Filip VI i królowa Letizia zapewnili', 'Anna Lis
    and Piotr Nowak said'): the first named stands for both."""
    pos = next((n for n, (k, _) in enumerate(reading.local) if k == index), 0)
    if pos == 0:
        return index
    (before, first), (_, second) = reading.local[pos - 1], reading.local[pos]
    between = reading.text[first.end : second.start].split()
    if (
        0 < len(between) <= _PAIR_WORDS
        and between[0].lower() in words(reading.lang, "speech", "and_words")
        and (  # 'i królowa Letizia', 'and Governor X': her title
            all(w.islower() for w in between[1:]) or " ".join(between[1:]) in second.roles
        )
        and (key := resolve(reading.mentions, before, reading.lang)) is not None
        and key[0] != ORGANIZATION
    ):
        return before
    return index


def _inverted_subject(reading: _Sentence, i: int) -> int | None:
    """'sagte General X', 'a déclaré le vice-ministre': the first mention after the verb
    that names someone, in its clause and a few words off (a later one has at least as
    many words between); a comma only after a title ('sagte der Minister für …, X')."""
    local, tokens, verb, text = reading.local, reading.tokens, reading.tokens[i], reading.text
    j = _past_fillers(tokens, i, reading.lang)
    if j > 0 and tokens[j - 1].text.lower() in lexicon(reading.lang)["speech"]["pronouns"]:
        return None  # 'He said Prime Minister X … has been briefed': X is whom it is about
    reach = lexicon(reading.lang)["speech"].get("inverted_reach", _INVERTED_REACH)
    after = bisect_left(local, verb.end, key=_pair_start)
    titled = False
    for index, m in local[after:]:
        if _words_between(tokens, verb.end, m.start) > reach + (_APPOSITION_WORDS if titled else 0):
            return None
        between = text[verb.end : m.start]
        if "," in between and not titled and not any(r in between for r in m.roles):
            return None  # past a comma only after a title ('Jak powiedział prezydent …, X')
        if is_addressee(text, verb.start, verb.end, m.start, reading.lang):
            continue  # 'przekazał agencji AFP, że': AFP is told
        if _subject_of_clause(tokens, m.end, reading.lang):
            return None  # 'said the survivor was “disoriented”': whom the words are about
        if resolve(reading.mentions, index, reading.lang) is not None:
            return index
        titled = m.key is None  # a title that names no one: its name may follow a comma
    return None


def _subject_of_clause(tokens: Sequence[Token], end: int, lang: str) -> bool:
    """A verb of being right after a mention: it is the subject of the reported clause."""
    k = bisect_left(tokens, end, key=token_start)
    if k + 1 < len(tokens) and tokens[k].text == ",":  # 'said the captain, Henrik Lund, had'
        k += 1
    return k < len(tokens) and tokens[k].text.lower() in words(lang, "figures", "copulas")


def _reported_after(
    reading: _Sentence, i: int, that: int | None, start_after: int
) -> tuple[int, str, bool] | None:
    """Start and cue of the words a verb reports after it: after its 'that', else right
    after the verb and its source ('X said the talks failed', 'mówił o'); and whether
    they are a clause it reports, not a thing it names ('announced the new shelters')."""
    text, tokens, lang = reading.text, reading.tokens, reading.lang
    verb = tokens[i]
    if that is not None:
        comma = "," if tokens[that - 1].text == "," else ""
        return _skip_space(text, tokens[that].end), f"{verb.text}{comma} {tokens[that].text}", True
    k = bisect_left(tokens, start_after, key=token_start)
    adverbs = words(lang, "speech", "aside_adverbs")
    while k < len(tokens) and tokens[k].text.lower() in adverbs:
        k += 1  # 'warnte auch vor', 'said also that'
    cue = verb.text
    closing = _particle_before_comma(tokens, i, k, lang)
    if closing is not None:  # 'teilte (am Montag) mit, es gebe …': past the particle
        cue, k = f"{verb.text} {tokens[closing].text}", closing + 1
    rest = tokens[k : k + 2]  # the words after the verb: only the first two matter
    if not rest or rest[0].text in '“„«"':
        return None
    clause = True
    if rest[0].text.lower() in words(lang, "speech", "about"):
        cue, rest = f"{cue} {rest[0].text}", rest[1:]
    elif (
        rest[0].text not in ",:"
        and lemma(verb.text, lang) not in _bare_complement(lang)
        and not _infinitive(rest[0].text, lang)
    ):
        clause = False  # 'announced the relief measures', 'ogłosił stan nadzwyczajny'
    if not rest:
        return None
    start = rest[0].end if rest[0].text in ",:" else rest[0].start
    return _skip_space(text, start), cue, clause


def _infinitive(word: str, lang: str) -> bool:
    """A verb in the infinitive right after a verb of saying reports words with the same
    subject ('disse estar monitorando', 'afirmaram terem visto', 'a affirmé avoir réduit';
    lexicon [speech] infinitive_endings): a word with such an ending that is its own lemma,
    or a personal infinitive; not the words the lexicon lists that look like one."""
    endings = tuple(words(lang, "speech", "infinitive_endings"))
    low = word.lower()
    if not endings or not word.islower() or len(low) < 4:
        return False
    if low in words(lang, "speech", "not_infinitives"):
        return False  # 'hier'
    personal = tuple(words(lang, "speech", "personal_infinitive_endings"))
    return (low.endswith(endings) and lemma(low, lang) == low) or (
        bool(personal) and low.endswith(personal)
    )


def _particle_before_comma(tokens: Sequence[Token], i: int, k: int, lang: str) -> int | None:
    """Index of a separable verb's particle that closes its clause right before a comma or
    colon ('teilte am Montag mit, …'), from tokens[k] on; None if there is none."""
    particle = separable_particle(tokens[i].text, lang)
    if particle is None:
        return None
    for n in range(k, min(len(tokens) - 1, k + _PARTICLE_WORDS)):
        if tokens[n].text in _CLAUSE_MARKS:
            return None
        if tokens[n].text.lower() == particle and tokens[n + 1].text in ",:":
            return n
    return None


@cache
def _bare_complement(lang: str) -> frozenset[str]:
    """Lemmas of the verbs whose reported clause may follow with no 'that' and no comma
    ('said the talks failed'); other verbs followed by a noun report no clause."""
    return frozenset(lemma(w, lang) for w in words(lang, "speech", "bare_complement"))


def _aside_mark(tokens: Sequence[Token], i: int, mention: Mention, lang: str) -> int | None:
    """Index of the comma or dash that opens an attribution set after the words it
    reports ('Die Hilfe reiche nicht, sagte X', '… – podają władze', '…, wie die Polizei
    mitteilte', '…, he said'): no conjunction or other verb between the mark and the verb,
    words reported before the mark, and the speaker after it: right after the verb, or
    before it after an opener ('wie', 'jak') or in English, where the verb then ends its
    clause ('officials said on Monday')."""
    between = 0
    for j in range(i - 1, -1, -1):
        tok = tokens[j]
        if tok.text in _ASIDE_MARKS:
            break
        if not tok.is_word or tok.text.lower() in _conjunctions(lang):
            return None
        if speech_verb_at(tokens, j, lang):
            return None
        if tok.text.lower() in _aside_fillers(lang):
            continue  # 'a précisé', 'a également assuré'
        between += 1
        if between > _ASIDE_WORDS:
            return None
    else:
        return None
    if mention.start < tok.start and mention.start != tokens[i].start:
        return None  # 'Pedro Sánchez, Spain’s prime minister, said the cause …'
    if between:  # the subject stands between the mark and the verb
        opener = tokens[j + 1].text.lower() in words(lang, "speech", "aside_openers")
        if not opener and not _clause_ends_after(tokens, i, lang):
            return None
    reported = sum(1 for t in tokens[:j] if t.is_word)
    return j if reported >= 2 else None


def _clause_ends_after(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """'…, he said.', '…, officials said on Monday': nothing the verb governs follows
    (where the language sets the subject first in such an aside: [speech] aside_tails)."""
    tails = words(lang, "speech", "aside_tails")
    if not tails:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or not nxt.is_word or nxt.text.lower() in tails


@cache
def _aside_fillers(lang: str) -> frozenset[str]:
    """Auxiliaries and adverbs that may stand between an aside's mark and its verb."""
    return words(lang, "speech", "auxiliaries") | words(lang, "speech", "aside_adverbs")


@cache
def _conjunctions(lang: str) -> frozenset[str]:
    """'and', 'und', 'i': a verb after one starts a clause of its own."""
    return words(lang, "speech", "conjunctions")


def _subject_dropped(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """A verb opening its sentence in a language that drops subjects ('Dodał, że'), after
    a short opening phrase ('No final do encontro, declarou que'), or alone in an aside
    after the words it reports ('… – wspominała.')."""
    if not lexicon(lang)["speech"].get("pro_drop"):
        return False
    if i == 0:
        return True
    if i == 1 and tokens[0].text.lower() in words(lang, "speech", "aside_openers"):
        return True  # 'Jak mówił', 'Como disse'
    if i == 1 and tokens[0].text.lower() in _conjunctions(lang):
        return True  # 'Mas explicou que …', 'Ale dodał, że …': the subject before goes on
    if tokens[i - 1].text.lower() in _conjunctions(lang) and speech_verb_at(tokens, 0, lang):
        return True  # 'Dodał, że … i podkreślił, że': the verb that opens it drops it too
    if tokens[i - 1].text in _ASIDE_MARKS and (i + 1 == len(tokens) or not tokens[i + 1].is_word):
        return True  # '… – relacjonowała.': an aside of the verb alone
    if tokens[i - 1].text != ",":
        return False
    opening = tokens[: i - 1]
    return len(opening) <= _OPENING_WORDS and all(t.is_word for t in opening)


_OPENING_SUBJECT = 4  # words before the subject that opens a sentence ('Polish Prime Minister X')
_OPENING_WORDS = 6  # words of an adverbial phrase that opens a sentence before its verb


def _back_reference(text, tokens, i, lang) -> int | None:
    """'C'est ce qu'a déclaré X': the statement is the previous sentence."""
    for phrase in lexicon(lang)["speech"].get("back", []):
        target = phrase.lower().replace(" ", "").replace("’", "'")
        for start in range(i - 1, max(-1, i - 10), -1):
            joined = "".join(t.text.lower() for t in tokens[start:i]).replace("’", "'")
            if joined == target:
                return start
    return None


def _words_between(tokens: Sequence[Token], start: int, end: int) -> int:
    """Words starting in [start, end) (tokens by start: bisection, then the stretch only)."""
    first = bisect_left(tokens, start, key=token_start)
    last = bisect_left(tokens, end, key=token_start)
    return sum(1 for t in tokens[first:last] if t.is_word)


def _pair_start(pair: tuple[int, Mention]) -> int:
    return pair[1].start


def _subject_before(
    local: list[tuple[int, Mention]],
    offset: int,
    mentions: Sequence[Mention],
    lang: str,
    text: str,
) -> tuple[int, Mention] | None:
    """The nearest mention of a sentence ending by an offset. A bare title in apposition
    stands for the name before it ('Anna Lis, the mayor of the town, told reporters'):
    one that names no one by itself is passed over, unless no mention is left before it;
    so is one inside a relative clause ('Dr. X, who treated Y, said'). The walk goes back
    from the offset, not over the whole sentence."""
    earliest = None
    for k in range(bisect_left(local, offset, key=_pair_start) - 1, -1, -1):
        index, m = local[k]
        if m.end > offset or _in_relative_clause(text, m, offset, lang):
            continue
        if resolve(mentions, index, lang) is not None:
            return local[k]
        earliest = local[k]
    return earliest


def _in_relative_clause(text: str, m: Mention, offset: int, lang: str) -> bool:
    """Whether a mention stands in a relative clause set off by commas before an offset
    ('X, who treated [Y], said'): whom the clause is about, not the verb's subject."""
    comma = text.rfind(",", max(0, m.start - _RELATIVE_CHARS), m.start)
    if comma == -1 or "," not in text[m.end : offset]:
        return False
    opener = text[comma + 1 : m.start].split()
    return bool(opener) and opener[0].lower() in words(lang, "text", "relative")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] in ",:"):
        pos += 1
    return pos


def _sentence_end(text: str, sentence: tuple[int, int]) -> int:
    end = sentence[1]
    while end > sentence[0] and text[end - 1] in ".!?…;: \u00a0":
        end -= 1
    return end
