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
from explore.people import (
    ORGANIZATION,
    Mention,
    is_speech_verb,
    mentions_within,
    organization_in,
    referent,
    resolve,
    speech_verbs,
    title_at,
)
from explore.quotes import QuoteSpan, overlapping
from explore.text import Token, forms, phrase_pattern, tokenize

_SUBJECT_REACH = 30  # tokens between a speaker before the verb and the verb
_INVERTED_REACH = 8  # tokens between the verb and a speaker after it ("sagte General X")
_THAT_REACH = 25  # tokens between the verb and "that"
_APPOSITION_WORDS = 12  # a role may stand between the name and the comma
_ACCORDING_CHARS = 40  # "Selon le vice-ministre Nguyen Minh Vu"
_CLAUSE_MARKS = frozenset(",;:.")
_BODY_WORDS = 6  # words of a body's name next to its cue ("l'agence météorologique ... Aemet")


@dataclass(frozen=True, slots=True)
class Statement:
    """One reported statement: the clause text[start:end], its speaker and cue."""

    start: int
    end: int
    speaker: tuple[str, ...]
    role: str | None
    cue: str


@cache
def _phrases(lang: str, key: str) -> tuple[tuple[str, ...], ...]:
    items = lexicon(lang)["speech"].get(key, [])
    return tuple(sorted((tuple(p.lower().split()) for p in items), key=len, reverse=True))


@cache
def _cue_words(lang: str) -> frozenset[str]:
    """Every form of every speech verb, and the first word of each 'according to' phrase:
    a sentence without one of these words holds no statement."""
    verbs = set(speech_verbs(lang)) | {
        f for f, lem in forms(lang).items() if lem in speech_verbs(lang)
    }
    firsts = {re.split(r"[\s'’]", " ".join(p))[0] for p in _phrases(lang, "according")}
    return frozenset(verbs | firsts)


@cache
def _cue_pattern(lang: str) -> re.Pattern[str]:
    """The cue words as whole words, any case: a sentence is searched, not split."""
    return re.compile(rf"(?<!\w)(?:{phrase_pattern(_cue_words(lang))})(?!\w)", re.IGNORECASE)


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
    cues = {m.start() for m in _cue_pattern(lang).finditer(text, *sentence)}
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
        if n := _phrase_at(tokens, i, _phrases(lang, "according")):
            found.extend(_according(reading, i, n))
        elif tok.is_word and is_speech_verb(tok.text, lang) and not _quote_cue(text, tok, quotes):
            found.extend(_verb(reading, i, previous))
    by_clause: dict[tuple[int, int], Statement] = {}
    for statement in found:  # a clause reported twice: the cue read last is the nearest
        by_clause[(statement.start, statement.end)] = statement
    return list(by_clause.values())


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


def _quote_cue(text: str, tok: Token, quotes: Sequence[QuoteSpan]) -> bool:
    """A verb right after a closing mark or before an opening one attributes a quote.

    Only the quotes near the verb can: those ending within 60 characters before it and
    the one opening right after it, found by bisection over the quotes in reading order.
    """
    k = bisect_left(quotes, tok.start - 59, key=_outer_end)
    for q in quotes[k:]:
        if q.outer_end > tok.start:
            break
        if "." not in text[q.outer_end : tok.start]:
            return True
    k = bisect_left(quotes, tok.end, key=_outer_start)
    return k < len(quotes) and quotes[k].outer_start - tok.end < 5


def _outer_end(quote: QuoteSpan) -> int:
    return quote.outer_end


def _outer_start(quote: QuoteSpan) -> int:
    return quote.outer_start


def _according(reading: _Sentence, i: int, n: int) -> list[Statement]:
    text, sentence, tokens, lang = reading.text, reading.bounds, reading.tokens, reading.lang
    local, mentions = reading.local, reading.mentions
    after = tokens[i + n].start if i + n < len(tokens) else sentence[1]
    for index, m in local:  # by start: past the reach, no later one is in it either
        if m.start - after > _ACCORDING_CHARS:
            break
        if m.start >= after:
            speaker = resolve(mentions, index, lang)
            if speaker is None:
                return []
            start = _skip_space(text, _after_source(tokens, m.end, lang))
            end = _sentence_end(text, sentence)
            if start >= end:
                return []
            cue = text[tokens[i].start : tokens[i + n - 1].end]
            return [Statement(start, end, speaker, m.role, cue)]
    source = _up_to_mark(tokens[i + n : i + n + _BODY_WORDS])  # no one named: a body
    body = organization_in(source, lang) if source else None
    if body is None:
        return []
    start = _skip_space(text, _after_source(tokens, source[-1].end, lang))
    end = _sentence_end(text, sentence)
    if start >= end:
        return []
    cue = text[tokens[i].start : tokens[i + n - 1].end]
    return [Statement(start, end, (ORGANIZATION, body.text), None, cue)]


def _body_next_to(tokens: Sequence[Token], i: int, lang: str) -> Token | None:
    """A body named right before a speech verb (its subject: 'the police said') or right
    after it ('teilte die Behörde mit', 'a indiqué la préfecture'), within a clause."""
    before = _up_to_mark(reversed(tokens[max(0, i - _BODY_WORDS) : i]))  # nearest first
    after = _up_to_mark(tokens[i + 1 : i + 1 + _BODY_WORDS])
    return organization_in(before, lang) or organization_in(after, lang)


def _up_to_mark(tokens: Iterable[Token]) -> list[Token]:
    """The tokens before the first mark that ends a clause (, ; : .)."""
    return list(takewhile(lambda tok: tok.text not in _CLAUSE_MARKS, tokens))


def _after_source(tokens: Sequence[Token], name_end: int, lang: str) -> int:
    """Where the words reported start after 'according to X': right after the name ('Laut X
    ist das Abkommen fair'), after the comma that closes the cue ('Selon X, la Convention'),
    or after an apposition ('According to X, Director of ..., the convention')."""
    k = bisect_left(tokens, name_end, key=_token_start)
    rest = tokens[k : k + _APPOSITION_WORDS]
    if not rest or rest[0].text != ",":
        return name_end
    if len(rest) > 1 and title_at(rest, 1, lang):
        closing = next((t for t in rest[2:_APPOSITION_WORDS] if t.text == ","), None)
        if closing is not None:
            return closing.end
    return rest[0].end


def _verb(reading: _Sentence, i: int, previous: tuple[int, int] | None) -> list[Statement]:
    text, sentence, tokens, lang = reading.text, reading.bounds, reading.tokens, reading.lang
    local, mentions = reading.local, reading.mentions
    verb = tokens[i]
    speaker_index = None
    # inverted: "sagte General X", "a déclaré le vice-ministre": the first mention after
    # the verb, or none (a later one has at least as many words between)
    after = bisect_left(local, verb.end, key=_pair_start)
    if after < len(local) and (
        _words_between(tokens, verb.end, local[after][1].start) <= _INVERTED_REACH
    ):
        speaker_index = local[after][0]
    if speaker_index is None:  # the subject before the verb, nearest first
        subject = _subject_before(local, verb.start, mentions, lang)
        if (
            subject is not None
            and _words_between(tokens, subject[1].end, verb.start) <= _SUBJECT_REACH
            and not any(
                t.is_word and is_speech_verb(t.text, lang)
                for t in tokens[bisect_left(tokens, subject[1].end, key=_token_start) : i]
            )
        ):
            speaker_index = subject[0]
    pointed = None
    if speaker_index is None:  # a pronoun: 'Il a confirmé que', 'she said that'
        # the pronoun stands next to the verb or its auxiliary ('Il a confirmé', 'sagte
        # er'), not further off ('Il convient de noter que' is nobody)
        near = text[tokens[max(0, i - 2)].start : tokens[min(len(tokens) - 1, i + 1)].end]
        pointed = referent(near, verb.start, mentions, lang, pronouns_only=True)
    if speaker_index is None and pointed is not None:
        speaker = pointed
        mention = Mention(verb.start, verb.end, verb.text, None, ())
    elif speaker_index is None:  # a body: 'REE said', 'teilte die Behörde mit'
        body = _body_next_to(tokens, i, lang)
        if body is None:
            return []
        speaker = (ORGANIZATION, body.text)
        mention = Mention(body.start, body.end, body.text, None, ())
    else:
        speaker = resolve(mentions, speaker_index, lang)
        if speaker is None:
            return []
        mention = mentions[speaker_index]
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
    if that is not None:
        comma = "," if tokens[that - 1].text == "," else ""
        cue = f"{text[verb.start : verb.end]}{comma} {tokens[that].text}"
        start = tokens[that].end
    else:
        k = bisect_left(tokens, start_after, key=_token_start)
        rest = tokens[k : k + 2]  # the words after the verb: only the first two matter
        if not rest or rest[0].text in '“„«"':
            return []
        cue = text[verb.start : verb.end]
        if rest[0].text.lower() in words(lang, "speech", "about"):
            cue, rest = f"{cue} {rest[0].text}", rest[1:]
        if not rest:
            return []
        start = rest[0].end if rest[0].text in ",:" else rest[0].start
    start = _skip_space(text, start)
    end = _sentence_end(text, sentence)
    if start >= end:
        return []
    return [Statement(start, end, speaker, mention.role, cue)]


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
    first = bisect_left(tokens, start, key=_token_start)
    last = bisect_left(tokens, end, key=_token_start)
    return sum(1 for t in tokens[first:last] if t.is_word)


def _token_start(token: Token) -> int:
    return token.start


def _pair_start(pair: tuple[int, Mention]) -> int:
    return pair[1].start


def _subject_before(
    local: list[tuple[int, Mention]], offset: int, mentions: Sequence[Mention], lang: str
) -> tuple[int, Mention] | None:
    """The nearest mention of a sentence ending by an offset. A bare title in apposition
    stands for the name before it ('Anna Lis, the mayor of the town, told reporters'):
    one that names no one by itself is passed over, unless no mention is left before it.
    The walk goes back from the offset, not over the whole sentence."""
    earliest = None
    for k in range(bisect_left(local, offset, key=_pair_start) - 1, -1, -1):
        index, m = local[k]
        if m.end > offset:
            continue
        if resolve(mentions, index, lang) is not None:
            return local[k]
        earliest = local[k]
    return earliest


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] in ",:"):
        pos += 1
    return pos


def _sentence_end(text: str, sentence: tuple[int, int]) -> int:
    end = sentence[1]
    while end > sentence[0] and text[end - 1] in ".!?…;: \u00a0":
        end -= 1
    return end
