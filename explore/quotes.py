"""Direct quotations: the stretches of text inside quotation marks, and who said them.

Every style of mark these languages use is read: "…", “…”, „…“ and „…” (German and
Polish), « … » (French, spaces inside), ‘…’, and a quote whose paragraphs each reopen the
mark. An apostrophe inside a word (l’engagement, don’t) never opens or closes a quote. A
quote left open ends with its paragraph, or with the article when the next paragraphs
keep reopening it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from explore.lexicons import lexicon, words
from explore.people import (
    ORGANIZATION,
    Mention,
    has_inverted_pronoun,
    is_addressee,
    is_plural_verb,
    reports_own_clause,
    resolve,
    speech_verb_at,
)
from explore.text import (
    first_tokens,
    is_abbreviation,
    last_tokens,
    lemma,
    sentence_spans,
    token_start,
)

# opening mark -> the marks that may close it
_CLOSERS = {
    "“": "”“",
    "„": "“”",
    "«": "»",
    '"': '"',
    "‘": "’",
    "‚": "‘’",
    "‹": "›",
    "»": "«",
}


def in_marks(text: str, start: int, end: int) -> bool:
    """Whether quotation marks that pair stand right around text[start:end] ('"El País"')."""
    if start == 0 or end >= len(text):
        return False
    closers = _CLOSERS.get(text[start - 1])
    return closers is not None and text[end] in closers


_MARKS = re.compile("[" + re.escape("".join(_CLOSERS) + "”’›") + "]")
TERM_MAX_WORDS = 4
_SLOGAN_MAX_WORDS = 12
_SENTENCE_WORDS = 3  # words of a quote that, standing as its own sentence, is someone's
_AFTER_VERB_CHARS = 40  # 'a déclaré le vice-ministre Nguyen Minh Vu'
_CUE_REACH = 8  # tokens after a closing mark (or before an opening one) to find a speech verb
_ASIDE_TOKENS = 16  # tokens of an aside between commas before the verb after a quote
_CLAUSE_ENDS = frozenset('.!?;:”“„«»"()')  # a speech verb beyond one of these is not the cue


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation: text[start:end] without the marks; outer includes them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    unclosed: bool = False  # no mark closes it: the paragraph (or the excerpt) ends first


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation with its kind and attribution."""

    span: QuoteSpan
    kind: str  # speech | slogan | term
    speaker: tuple[str, ...] | None
    role: str | None
    cue: str | None


def quote_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[QuoteSpan]:
    """Outermost quotations in the given paragraphs (offsets into ``text``)."""
    found: list[QuoteSpan] = []
    k = 0
    while k < len(spans):
        start, end = spans[k]
        pos = start
        while True:
            opened = _next_opener(text, pos, end)
            if opened is None:
                break
            close = _closer(text, opened, end)
            if close is None:  # runs on: through paragraphs that reopen the same mark
                last = k
                while last + 1 < len(spans) and text[spans[last + 1][0]] == text[opened]:
                    last += 1
                    close = _closer(text, spans[last][0], spans[last][1])
                    if close is not None:
                        break
                if close is None:
                    found.append(_span(text, opened, spans[last][1], spans[last][1], closed=False))
                    k = last
                    break
                found.append(_span(text, opened, close, close + 1))
                k, end = last, spans[last][1]
                pos = close + 1
                continue
            found.append(_span(text, opened, close, close + 1))
            pos = close + 1
        k += 1
    return found


_DASH_OPENER = re.compile(r"(?:^|(?<=[.!?…”\"]) )[-–—] (?=[^\W\d_])", re.M)
_DASH_CLOSER = re.compile(r" [-–—] (?=[^\W\d_])")


def dash_spans(text: str, spans: Sequence[tuple[int, int]], lang: str) -> list[QuoteSpan]:
    """Direct speech set off by dashes, as Polish papers print it ('- Słyszałam huk -
    wspominała.'): from a dash that opens a paragraph or follows a sentence's end to a
    dash before a verb of saying ('- powiedział premier'), within the paragraph. A
    paragraph that opens with a dash right after such speech goes on with it to its end
    (the speaker's next words); any other dash (a list, an aside) is no quote. Only where
    the lexicon says its press writes speech so ([speech] dash_speech)."""
    if not lexicon(lang)["speech"].get("dash_speech"):
        return []
    found: list[QuoteSpan] = []
    spoke_last = False  # the paragraph before ended with dashed speech
    for start, end in spans:
        pos, spoke = start, False
        while (opened := _DASH_OPENER.search(text, pos, end)) is not None:
            s = opened.end()
            close = next(
                (
                    c
                    for c in _DASH_CLOSER.finditer(text, s, end)
                    if speech_verb_at(first_tokens(text, c.end(), end, 2), 0, lang)
                ),
                None,
            )
            dash = s - 2  # the dash, a space after it
            if close is not None:
                found.append(_span(text, dash, close.start(), close.end()))
                pos, spoke = close.end(), True
                continue
            if dash == start and spoke_last:  # the same speaker's next paragraph
                found.append(_span(text, dash, end, end))
                spoke = True
            break
        spoke_last = spoke
    return found


def with_dash_spans(marked: list[QuoteSpan], dashed: list[QuoteSpan]) -> list[QuoteSpan]:
    """The quotations in marks and those set off by dashes, in reading order; a dashed one
    that overlaps one in marks is left out (the marks are the surer sign)."""
    if not dashed:
        return marked
    keep = [d for d in dashed if not overlapping(marked, d.outer_start, d.outer_end)]
    return sorted(marked + keep, key=_outer_start)


def overlapping(quotes: Sequence[QuoteSpan], start: int, end: int) -> Sequence[QuoteSpan]:
    """The quotations (marks included) that overlap text[start:end]; ``quotes`` in reading
    order, as quote_spans gives them, so a sentence finds its own by bisection."""
    first = bisect_left(quotes, start + 1, key=_outer_end)
    last = bisect_left(quotes, end, key=_outer_start)
    return quotes[first:last]


def _outer_end(quote: QuoteSpan) -> int:
    return quote.outer_end


def _outer_start(quote: QuoteSpan) -> int:
    return quote.outer_start


def _next_opener(text: str, pos: int, end: int) -> int | None:
    for m in _MARKS.finditer(text, pos, end):
        i = m.start()
        ch = text[i]
        if ch not in _CLOSERS:
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in "‘‚" and (before.isalnum() or not after.strip()):
            continue  # an apostrophe-like mark inside or after a word
        if ch == '"' and before.isalnum():
            continue
        if ch == "»" and not after.strip():
            continue  # a French closer without an opener
        return i
    return None


def _closer(text: str, opened: int, end: int) -> int | None:
    closers = _CLOSERS[text[opened]]
    for i in range(opened + 1, end):
        ch = text[i]
        if ch in closers and not (ch in "’‘" and i + 1 < len(text) and text[i + 1].isalpha()):
            return i
    if text[opened] == '"':  # '"…,” he said': a page that mixes straight and curly marks
        close = text.find("”", opened + 1, end)
        return close if close != -1 else None
    return None


def _span(
    text: str, opened: int, inner_end: int, outer_end: int, *, closed: bool = True
) -> QuoteSpan:
    s, e = opened + 1, inner_end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return QuoteSpan(s, e, opened, outer_end, unclosed=not closed)


def attribute_quote(
    text: str,
    quote: QuoteSpan,
    sentence: tuple[int, int],
    mentions: Sequence[Mention],
    *,
    lang: str,
) -> Quote:
    """Kind, speaker and cue of a quotation, from the words around it."""
    cue = _cue_after(text, quote, sentence, mentions, lang)
    if cue is None or _non_finite(cue[0], lang):
        before = _cue_before(text, quote, sentence, mentions, lang)
        if cue is None or (before is not None and before[1] is not None):
            cue = before or cue  # '“…” ao lembrar da paixão dele': the subject of the verb before
    words = len(text[quote.start : quote.end].split())
    if cue is not None:
        cue_text, speaker, role = cue
        return Quote(quote, "speech", speaker, role, cue_text)
    if quote.unclosed:  # cut off: its length says nothing of what it is
        return Quote(quote, "speech", None, None, None)
    if words <= TERM_MAX_WORDS and not (
        ends_sentence(text, quote) or _is_sentence(text, quote, sentence[0])
    ):
        kind = "term"  # a whole sentence in marks ('“Not for one night.”') is someone's words
    elif words <= _SLOGAN_MAX_WORDS and not re.search(r"[.!?…]\s", text[quote.start : quote.end]):
        kind = "slogan"
    else:
        kind = "speech"
    return Quote(quote, kind, None, None, None)


def _cue_after(text, quote, sentence, mentions, lang):
    """The attribution after a quote: in its sentence ('", John Brandolino emphasized'),
    past an aside between commas ('”, na fronteira com a Chéquia, declarou hoje'), or at
    the start of the next one for a quote of a sentence or more ('"…." The minister said
    so.')."""
    end = max(sentence[1], quote.outer_end)
    tokens = first_tokens(text, quote.outer_end, end, _CUE_REACH + _ASIDE_TOKENS)
    may_cross = len(text[quote.start : quote.end].split()) > TERM_MAX_WORDS
    reach = _CUE_REACH
    first = next((t for t in tokens if t.is_word), None)
    if first is not None and first.text.lower() in words(lang, "speech", "clause_openers"):
        return None  # '“devastating”, while Y said it was …': Y's own clause
    # past the end of the quote's sentence: its full stop inside the marks ('“….” X'), or after
    crossed = ends_sentence(text, quote)
    for n, tok in enumerate(tokens):
        if n >= reach:
            return _cue_past_aside(text, tokens, n, sentence, mentions, lang=lang, quote=quote)
        if "\n" in text[quote.outer_end : tok.start]:
            return None  # a new paragraph is someone else's
        if tok.text == "." and n and is_abbreviation(tokens[n - 1].text + ".", lang):
            continue  # '“…,” Florida Gov. Ron DeSantis said'
        if tok.text in ".!?":
            if not may_cross or (n and not crossed):
                return None  # '“…” na Igreja. Lula chamou X': the sentence went on, no cue
            may_cross, reach = False, n + 1 + _CUE_REACH  # once, into the next sentence
            crossed = True
            continue
        if tok.text in '“„«"' and n:
            return None
        if speech_verb_at(tokens, n, lang):
            if crossed and reports_own_clause(tokens, n, lang):
                return None  # '“….” X said, however, that …': X's next statement
            return _cue_at(text, tokens, n, sentence, mentions, lang=lang, quote=quote)
    return None
    return False


def _non_finite(cue: str, lang: str) -> bool:
    """A cue whose verb has no subject of its own: a gerund or an infinitive after a
    preposition ('…”, dodając', '… » en rappelant', '…” ao lembrar')."""
    said = cue.split()
    if not said:
        return False
    speech = lexicon(lang)["speech"]
    markers = {*speech.get("gerund_particles", ()), *speech.get("infinitive_markers", ())}
    endings = tuple(speech.get("gerund_endings", ()))
    return said[0].lower() in markers or (
        len(said) == 1 and bool(endings) and said[0].endswith(endings)
    )


def _is_sentence(text: str, quote: QuoteSpan, sentence_start: int) -> bool:
    """Whether a quote of a few words is a sentence of its own, its stop after the marks
    ('… solidarité ». "Nos cœurs sont brisés".'): someone's words, not a term."""
    if len(text[quote.start : quote.end].split()) < _SENTENCE_WORDS:
        return False
    if text[sentence_start : quote.outer_start].strip(' \t"“„«–—-'):
        return False  # words before it in its sentence
    after = text[quote.outer_end : quote.outer_end + 2]
    return not after.strip() or (after[:1] in (".", "!", "?") and not after[1:].strip())


def ends_sentence(text: str, quote: QuoteSpan) -> bool:
    """Whether a quote's words end their sentence inside the marks ('“… peças.”')."""
    return text[quote.start : quote.end].rstrip()[-1:] in (".", "!", "?")


def _cue_past_aside(text, tokens, n, sentence, mentions, *, lang, quote=None):
    """A speech verb right after the comma that closes an aside begun after the quote,
    or after a name and its apposition ('“…,” Omar Lis, the region’s governor, wrote')."""
    if not tokens or (tokens[0].text != "," and not name_then_comma(tokens)):
        return None
    for k in range(n, len(tokens)):
        if tokens[k].text in '.!?“„«"':
            return None
        if tokens[k - 1].text == "," and speech_verb_at(tokens, k, lang):
            return _cue_at(text, tokens, k, sentence, mentions, lang=lang, quote=quote)
    return None


def name_then_comma(tokens) -> bool:
    """Whether the tokens open with a capitalized name of a few words, then a comma: the
    words right after a quote, before an apposition ('“…,” Omar Lis, the governor, said')."""
    for k, tok in enumerate(tokens[: _NAME_TOKENS + 1]):
        if tok.text == ",":
            return k > 0
        if not (tok.is_word and tok.text[0].isupper()):
            return False
    return False


_NAME_TOKENS = 4  # words of a name that opens the words after a quote


def _cue_at(text, tokens, n, sentence, mentions, *, lang, quote=None):
    """Cue text, speaker and role of the speech verb tokens[n] after a quote (no one
    the quote's own words name: '“Ms X was elected by a minority,” he said')."""
    tok = tokens[n]
    # the verb's own sentence: '“…,” he said. Minister X said …' is not X's
    stop = sentence_spans(text, tok.start, sentence[1], lang)[0][1]
    if any(has_inverted_pronoun(t.text, lang) for t in tokens[: n + 1]):
        stop = tok.start  # 'a-t-elle lancé aux côtés du maire, X': she, not X
    speaker, mention = _speaker_near(
        tok.start,
        tok.end,
        mentions,
        lang=lang,
        bounds=(sentence[0], stop),
        text=text,
        quoted=None if quote is None else (quote.start, quote.end),
    )
    cue_start = tokens[0].start if tokens[0].text in "–—-" else _first_word(tokens).start
    cue_end = tok.end
    if mention is not None and mention.start >= tok.end:
        cue_end = mention.end if mention.key is None else mention.start
    cue_end = _trim(text, cue_start, cue_end)
    role = mention.role if mention is not None else None
    return text[cue_start:cue_end], speaker, role


def _cue_before(text, quote, sentence, mentions, lang):
    """The attribution before a quote: 'X said: "…"', and a speech verb whose words the
    quote is part of, 'X called the deal a “milestone”', 'described them as “weak”'."""
    tokens = last_tokens(text, sentence[0], quote.outer_start, _CUE_REACH)
    if not tokens:
        return None
    if tokens[-1].text not in ":,":  # no colon: the verb's own clause, up to a mark
        clause = []
        for tok in reversed(tokens):
            if tok.text in _CLAUSE_ENDS:
                break
            clause.append(tok)
        tokens = clause[::-1]
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        if speech_verb_at(tokens, k, lang):
            naming = _is_naming_verb(tok.text, lang)
            if naming and (
                k == len(tokens) - 1
                or tokens[k + 1].text.lower() in words(lang, "speech", "reflexives")
            ):
                return None  # 'a list called “Lyon First”', 'calls itself …': a name
            speaker, mention = _coordinated_subject(
                text, tokens, k, mentions, sentence, lang=lang
            ) or _speaker_near(  # not past the quote: the cue ends there, and not past a
                tok.start,  # naming verb: 'X chamou Francisco de “…”' names Francisco
                tok.end,
                mentions,
                lang=lang,
                bounds=(sentence[0], tok.start if naming else quote.outer_start),
                source=text,
            )
            role = mention.role if mention is not None else None
            return text[tok.start : tokens[-1].end], speaker, role
    if tokens and tokens[-1].text == ":":  # 'Mamberti, chargé de prononcer la formule : « … »'
        return _introduced_by(text, tokens, mentions, lang, sentence)
    return None


def _is_naming_verb(word: str, lang: str) -> bool:
    """A form of a verb that names a thing ('called', 'chamou', 'qualifié'): its lemma,
    or the stem of its infinitive (the lemmatizer reads 'qualifié' as an adjective)."""
    verbs, stems = _naming_verbs(lang)
    low = word.lower()
    return lemma(word, lang) in verbs or low.startswith(stems)


@cache
def _naming_verbs(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    verbs = words(lang, "speech", "naming_verbs")
    stems = tuple(v[:-2] for v in verbs if len(v) >= 7)
    return frozenset(verbs) | frozenset(lemma(v, lang) for v in verbs), stems


def _coordinated_subject(text, tokens, k, mentions, sentence, *, lang):
    """The person who opens the sentence, for a speech verb joined to its first clause by
    'and' (a pronoun object between allowed): 'O presidente X lamentou a morte de Y e o
    chamou de “…”' is X's, not Y's, though Y stands nearer."""
    j = k - 1
    between = words(lang, "speech", "object_pronouns")
    while j > 0 and k - j <= 2 and tokens[j].text.lower() in between:
        j -= 1
    if j < 1 or tokens[j].text.lower() not in words(lang, "speech", "and_words"):
        return None
    i = bisect_left(mentions, sentence[0], key=_start)
    if i >= len(mentions) or mentions[i].end > tokens[j].start:
        return None
    opening = mentions[i]
    before = text[sentence[0] : opening.start].split()
    if len(before) > _OPENING_WORDS and not opening.roles:
        return None
    key = resolve(mentions, i, lang)
    if key is None or key[0] == ORGANIZATION:
        return None
    return key, opening


_OPENING_WORDS = 4  # words before the person who opens a sentence ('Brazil's president X')


def _introduced_by(text, tokens, mentions, lang, sentence):
    """A quote a colon introduces with no verb of saying: the person the clause before
    the colon names, nearest first ('X mit folgenden Worten: „…“')."""
    colon = tokens[-1]
    for i in range(bisect_left(mentions, colon.start, key=_start) - 1, -1, -1):
        m = mentions[i]
        if m.start < sentence[0]:
            break
        speaker = resolve(mentions, i, lang)
        if speaker is not None and m.end <= colon.start:
            first = bisect_left(tokens, m.end, key=token_start)
            cue_tokens = [t for t in tokens[first:-1] if t.is_word]
            cue = text[cue_tokens[0].start : colon.end] if cue_tokens else colon.text
            return cue, speaker, m.role
    return _pronoun_before_colon(text, tokens, lang)


def _pronoun_before_colon(text, tokens, lang):
    """A clause before the colon that a subject pronoun opens ('Sie selbst winkt ab: „…“',
    'She shrugged: “…”'): the cue, its speaker for the pronoun to find (not a plural
    verb after the pronoun, lexicon ``plural_verb_endings``: 'Sie fordern: „…“')."""
    clause = tokens[:-1]
    opens = max((k + 1 for k, t in enumerate(clause) if t.text in ".;!?"), default=0)
    said = [t for t in clause[opens:] if t.is_word]
    if not said or len(said) > _COLON_CLAUSE_WORDS:
        return None
    pronouns = lexicon(lang)["speech"].get("pronouns", {})
    if said[0].text.lower() not in pronouns or (
        len(said) > 1 and is_plural_verb(said[1].text, lang)
    ):
        return None
    return text[said[0].start : tokens[-1].end], None, None


_COLON_CLAUSE_WORDS = 5  # words of a clause before a colon that only says who speaks


def _first_word(tokens):
    return next((t for t in tokens if t.is_word), tokens[0])


def _trim(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return end


def _speaker_near(
    verb_start, verb_end, mentions, *, lang, bounds, text=None, source=None, quoted=None
):
    """The person next to a speech verb: right after it ('a prévenu mercredi soir le
    ministre …, Ángel Víctor Torres', 'a encore dit M. Sanchez'), else the nearest before.

    After the verb, the first mention that names someone within a few words, not past
    the end of its clause; a bare title that names no one only when nothing better
    follows. ``mentions`` are sorted by start: the search starts at the verb (bisect)
    and walks only as far as the sentence, not over every mention of the article.
    ``text`` bounds the words after the verb; ``source`` (the text, or None for ``text``)
    tells whom the words are said to ('disse à AFP').
    """
    source = text if source is None else source
    first_after = bisect_left(mentions, verb_end, key=_start)
    fallback = None
    reach_from = verb_end  # past a bare title, the name it introduces may follow it
    for i in range(first_after, len(mentions)):
        m = mentions[i]
        if m.start > bounds[1] or (
            text is not None and _too_far(text, reach_from, _with_role(text, m), lang)
        ):
            break
        if text is None and m.start - reach_from > _AFTER_VERB_CHARS:
            break
        if source is not None and _reports_clause(source, verb_end, m.start, lang):
            break  # 'disse que o bispo de Roma foi': whom the words are about
        if bounds[0] <= m.start and m.end <= bounds[1]:
            if source is not None and is_addressee(source, verb_start, verb_end, m.start, lang):
                continue  # 'disse à AFP o chefe da polícia': AFP is told, not telling
            key = resolve(mentions, i, lang)
            if key is not None and key[0] == ORGANIZATION and fallback is not None:
                person = _named_after(mentions, i, bounds, text, verb_end, lang=lang)
                if person is not None:  # 'sagte die Sprecherin der Feuerwehr, Zsófia Kertész'
                    return person
            if key is not None:
                return key, m
            if fallback is None:
                fallback = (key, m)
                reach_from = m.end  # '… w rozmowie z telewizją rzeczniczka straży Eleni Markou'
    if fallback is not None:
        return fallback
    for i in range(first_after - 1, -1, -1):  # before it: who the nearest title names,
        m = mentions[i]  # else the name it stands next to ('X, chef du parti, a dit')
        if m.start < bounds[0]:
            break
        if quoted is not None and quoted[0] <= m.start < quoted[1]:
            continue  # named in the quote's own words
        if m.end <= bounds[1] and m.end <= verb_start:
            key = resolve(mentions, i, lang)
            if key is not None and key[0] == ORGANIZATION and source is not None:
                person = _affiliated(source, mentions, i, bounds[0], lang)
                if person is not None:  # 'Stefan Gruber z GeoSphere Austria powiedział'
                    return person
            if key is not None and source is not None:
                subject = _subject_past_aside(source, mentions, i, bounds[0], verb_start, lang=lang)
                if subject is not None:  # 'Garnier, que passou a noite com Morvan, falou de'
                    return subject
            if key is not None:
                return key, m
            if fallback is None:
                fallback = (key, m)
    return fallback if fallback is not None else (None, None)


def _reports_clause(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a 'that' ('que', 'dass', 'że') opens a clause in text[start:end]."""
    return not words(lang, "speech", "that").isdisjoint(re.findall(r"\w+", text[start:end].lower()))


def _with_role(text: str, mention: Mention) -> int:
    """Where a name starts with the title that introduces it ('rzeczniczka straży pożarnej
    Eleni Markou'): a speaker after the verb is that far from it."""
    role = mention.role
    if role is None:
        return mention.start
    at = text.rfind(role, max(0, mention.start - len(role) - 3), mention.start)
    return at if at != -1 else mention.start


_ASIDE_CLOSE = re.compile(r",\s*(?:\w+\s+){0,2}$")  # ', a promis', ', falou'


def _subject_past_aside(text, mentions, i, start, verb_start, *, lang):
    """(key, mention) of the person who opens a sentence and is set off by a comma, when
    the verb follows the comma that closes the aside about them and the name nearest the
    verb stands inside that aside ('Claire Morvan, arrivée … à Julien Bastide, a promis')."""
    if not _ASIDE_CLOSE.search(text, mentions[i].end, verb_start):
        return None
    for j in range(i - 1, -1, -1):
        m = mentions[j]
        if m.start < start:
            return None
        if j > 0 and mentions[j - 1].start >= start:
            continue  # not the first name of the sentence
        opens = len(text[start : m.start].split()) <= _OPENER_WORDS
        key = resolve(mentions, j, lang)
        if opens and key is not None and text[m.end : m.end + 1] == "," and key[0] != ORGANIZATION:
            return key, m
        return None
    return None


_OPENER_WORDS = 5  # words before the subject that opens a sentence ('Dans le 7e arrondissement,')


def _named_after(mentions, i, bounds, text, verb_end, *, lang):
    """(key, mention) of the person named after the body of a title's complement, past a
    comma ('die Sprecherin der Budapester Feuerwehr, Zsófia Kertész'), within reach."""
    for j in range(i + 1, len(mentions)):
        m = mentions[j]
        if m.start > bounds[1] or (text is not None and _too_far(text, verb_end, m.start, lang)):
            return None
        key = resolve(mentions, j, lang)
        if key is not None and key[0] != ORGANIZATION:
            between = text[mentions[i].end : m.start] if text is not None else ""
            return (key, m) if between.strip() == "," else None
    return None


_AFFILIATION_CHARS = 60  # from a person's name to the body they speak for


def _affiliated(text, mentions, i, start, lang):
    """(key, mention) of the person a body's name belongs to, named right before it
    ('Stefan Gruber z GeoSphere Austria', 'Ana Lis, spokeswoman for the Red Cross,'):
    with no sentence end, conjunction or other name between."""
    body = mentions[i]
    joins = words(lang, "speech", "conjunctions")
    for j in range(i - 1, -1, -1):
        m = mentions[j]
        if m.start < start or body.start - m.end > _AFFILIATION_CHARS:
            return None
        key = resolve(mentions, j, lang)
        if key is None or key[0] == ORGANIZATION:
            continue
        between = text[m.end : body.start]
        if any(c in between for c in '.;:!?“”„«»"') or any(
            w.lower() in joins for w in re.findall(r"\w+", between)
        ):
            return None
        return key, m
    return None


_AFTER_VERB_WORDS = 10  # words between a speech verb and the speaker after it
_AFTER_VERB_STOPS = re.compile(r"[!?;“”„«»\"]")


def _too_far(text: str, start: int, end: int, lang: str) -> bool:
    """Too many words, or the end of a clause or sentence, between a verb and a name
    after it ('M. Sanchez', 'gen. bryg. Charles Kamanga': abbreviations end no sentence)."""
    gap = _QUOTED_NAME.sub(" name ", text[start:end])  # 'w rozmowie z „Gazetą Dnia”'
    return (
        len(gap.split()) > _AFTER_VERB_WORDS
        or _AFTER_VERB_STOPS.search(gap) is not None
        or any(
            m.group(2) != "." or not is_abbreviation(m.group(1) + ".", lang)
            for m in _SENTENCE_END.finditer(gap)
        )
    )


_SENTENCE_END = re.compile(r"(\w{3,})([.!?])\s")
_QUOTED_NAME = re.compile(r"[„“«\"]\s?[^\W\d]\w*(?:[ -]\w+){0,3}\s?[”“»\"]")  # a paper's, a show's


def _start(mention: Mention) -> int:
    return mention.start
