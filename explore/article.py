"""One article read for meaning: its prose, sentences, people, quotes and statements.

Each piece is computed on first use and kept, so the figure extractor, which only needs
the sentences that hold numbers, does not pay for quote analysis of the whole corpus.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import islice

from explore.lexicons import lexicon, words
from explore.people import (
    ORGANIZATION,
    UNNAMED,
    Mention,
    Mentions,
    canonical_keys,
    clear_names,
    is_body_word,
    is_plural_verb,
    is_speech_verb,
    mentions,
    mentions_within,
    named_organization,
    organization_in,
    referent,
    resolve,
    speech_verb_at,
)
from explore.quotes import (
    Quote,
    QuoteSpan,
    attribute_quote,
    dash_spans,
    in_marks,
    overlapping,
    quote_spans,
    with_dash_spans,
)
from explore.statements import (
    Statement,
    body_next_to,
    carrier_source,
    continued_statement,
    in_subjunctive,
    may_continue,
    statements_in_sentence,
)
from explore.text import (
    first_tokens,
    fold,
    is_common_word,
    last_tokens,
    lemma,
    phrase_pattern,
    sentence_spans,
    tokenize,
)

PROSE_KINDS = frozenset({"body", "caption", "heading"})
# a body's letters, then its name spelled out in brackets: 'INEM (Instituto Nacional …)'
_SPELLED_AFTER_LETTERS = re.compile(r"(?<!\w)[A-ZÀ-Ý]{2,6}\s*\(([^()]{3,100})\)")

_PRONOUN_REACH = 40  # characters after a quote where its cue's pronoun stands
_CUE_END = re.compile(r"\n|(?<=\w)[.!?](?:\s|$)")  # where the words after a quote end
_CUE_GAP = 10  # characters between a quote and the cue that follows it
_CUE_TOKENS = 16  # tokens next to a quote where its cue's verb and body stand
_ATTRIBUTION_MARKS = frozenset(",–—-")  # after a quote, before the words that attribute it
_END_MARKS = frozenset('.!?…:"”»’)')
_REPEATED_WORDS = 4  # words a quote repeated from elsewhere holds (not a name in marks)
_TAIL_WORDS = 5  # last words of a subheading's quote found in a quote after it: that one's
_EDGE_MARKS = " .,;:!?…"


@dataclass
class ArticleView:
    """An article's text and language, with its prose paragraphs as (start, end) spans."""

    text: str
    lang: str
    prose: list[tuple[int, int]]  # sorted, non-overlapping
    known_names: set[tuple[str, ...]] | None = None  # corpus-wide; None: this text's own
    para_ids: list[int] | None = None  # paragraph numbers of ``prose`` in the article
    _statements_by_sentence: dict[int, list[Statement]] = field(default_factory=dict)
    _quotes: dict[QuoteSpan, Quote] = field(default_factory=dict)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Every sentence of the prose, in order."""
        return [
            s for start, end in self.prose for s in sentence_spans(self.text, start, end, self.lang)
        ]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding an offset, or None outside prose."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return i
        return None

    @cached_property
    def _prose_starts(self) -> list[int]:
        return [s for s, _ in self.prose]

    def paragraph_index(self, start: int, end: int) -> int | None:
        """Index in ``prose`` of the paragraph holding text[start:end], if one does."""
        i = bisect_right(self._prose_starts, start) - 1
        if i >= 0 and end <= self.prose[i][1]:
            return i
        return None

    def para_of(self, start: int, end: int) -> int | None:
        """Paragraph number (as in the paragraphs table) of the prose holding text[start:end]."""
        i = self.paragraph_index(start, end)
        if i is None:
            return None
        return self.para_ids[i] if self.para_ids is not None else i

    @cached_property
    def own_names(self) -> list[Mention]:
        """Names this article marks clearly as a person's (pass 1)."""
        return self._person_mentions(clear_names(self.text, self.prose, self.lang))

    @cached_property
    def mentions(self) -> list[Mention]:
        """Every mention of a person, and bare titles, in reading order (pass 2)."""
        known = self.known_names
        if known is None:
            known = canonical_keys(m.key for m in self.own_names if m.key)
        found = mentions(self.text, self.prose, self.lang, known)
        kept = self._person_mentions(found)
        read = found if len(kept) == len(found) else Mentions(kept)
        read.sentence_starts = self._sentence_starts  # a pronoun looks for the subject
        read.subjects = frozenset(m.start for m in read if self._opens_as_subject(m))
        return read

    def _opens_as_subject(self, m: Mention) -> bool:
        """Whether a person's name opens its sentence, a title before it at most ('Der
        französische Präsident Emmanuel Macron erschien'), not after a comma or a place
        ('À Lyon, Ana Lis', 'À Maribor')."""
        if m.key is None or m.key[0] == ORGANIZATION:
            return False
        i = self.sentence_index(m.start)
        if i is None:
            return False
        before = self.text[self.sentences[i][0] : m.start].split()
        places = words(self.lang, "places", "prepositions")
        return (
            len(before) <= _SUBJECT_WORDS
            and not any(ch in w for w in before for ch in ',;:"“„«”»')
            and not (before and before[0].lower() in places)
        )

    def _person_mentions(self, found: list[Mention]) -> list[Mention]:
        """The mentions that are not all a quote holds (a name in quotation marks is a
        paper's, a ship's or a show's: 'jak podaje "El País"', 'laut „The Gleaner“'), and
        no bare title inside a body's name spelled out after its letters ('INEM
        (Instituto Nacional de Emergência Médica)': no 'médica')."""
        text = self.text
        spelled = [m.span(1) for m in _SPELLED_AFTER_LETTERS.finditer(text)] if "(" in text else []
        return [
            m
            for m in found
            if not in_marks(text, m.start, m.end)
            and not (m.key is None and any(a <= m.start and m.end <= b for a, b in spelled))
        ]

    @cached_property
    def quote_spans(self) -> list[QuoteSpan]:
        marked = quote_spans(self.text, self.prose)
        return with_dash_spans(marked, dash_spans(self.text, self.prose, self.lang))

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [span.start for span in self.quote_spans]

    def statements_at(self, sentence: int) -> list[Statement]:
        """Statements reported in one sentence (computed once per sentence). A sentence
        that may go on with the statement before it ('… seien nicht erreichbar') needs
        that one first: the run of such sentences is read from its start, in a loop."""
        done = self._statements_by_sentence
        if sentence not in done:
            run = [sentence]
            while run[-1] > 0 and run[-1] - 1 not in done and self._may_continue(run[-1]):
                run.append(run[-1] - 1)
            for k in reversed(run):
                done[k] = self._read_statements(k)
        return done[sentence]

    def _named_body_for(self, statement: Statement) -> Statement:
        """A statement whose source is a body's common noun that points back ('segundo a
        empresa', 'teilte die Behörde mit') is the body last named before it."""
        key = (
            self._body_named_before(statement.speaker, statement.start)
            or self._person_meant(statement.speaker, statement.start)
            or self._same_source(statement.speaker, statement.start)
            or self._body_pronoun(statement)
        )
        return statement if key is None else replace(statement, speaker=key)

    def _body_pronoun(self, statement: Statement) -> tuple[str, ...] | None:
        """The body a pronoun that opens the sentence stands for, when it stands for no
        person ('La police a déclaré que … Elle a indiqué que …', 'It said'; lexicon
        [speech] body_pronouns): the body whose statement ends the sentence before."""
        if statement.speaker is not None:
            return None
        sentence = self.sentence_index(statement.start)
        if not sentence:
            return None
        opening = first_tokens(self.text, self.sentences[sentence][0], statement.start, 1)
        pronouns = words(self.lang, "speech", "body_pronouns")
        if not opening or opening[0].text.lower() not in pronouns:
            return None
        before = self.statements_at(sentence - 1)
        if before and before[-1].speaker is not None and before[-1].speaker[0] == ORGANIZATION:
            return before[-1].speaker
        return None

    def _same_source(self, speaker: tuple[str, ...] | None, offset: int) -> tuple[str, ...] | None:
        """The speaker of the latest statement a few sentences before, for a source named
        as the same one ('selon la même source', 'according to the same source'; lexicon
        [speech] same_source); None for anything else."""
        if speaker is None or speaker[0] != ORGANIZATION:
            return None
        sentence = self.sentence_index(offset)
        if sentence is None:
            return None
        start, end = self.sentences[sentence]
        said = fold(self.text[start:end])
        if not any(fold(phrase) in said for phrase in words(self.lang, "speech", "same_source")):
            return None
        for k in range(sentence - 1, max(-1, sentence - 1 - _SOURCE_BACK), -1):
            for before in reversed(self.statements_at(k)):
                if before.speaker is not None:
                    return before.speaker
        return None

    def _body_named_before(
        self, speaker: tuple[str, ...] | None, offset: int
    ) -> tuple[str, ...] | None:
        """The body named most recently before an offset, for a speaker that is only an
        anaphoric body noun ([speech] anaphoric_bodies); None otherwise or if none is."""
        if speaker is None or speaker[0] != ORGANIZATION:
            return None
        if lemma(speaker[1], self.lang) not in words(self.lang, "speech", "anaphoric_bodies"):
            return None
        sentence = self.sentence_index(offset)
        bare = speaker[1].lower() in words(self.lang, "speech", "anaphoric_bodies")
        for k in range(sentence - 1 if sentence is not None else -1, -1, -1):
            spoken = self._body_speaking_in(k) if bare and sentence - k <= _BODY_BACK else None
            if spoken is not None:  # 'A operadora …, Red Eléctrica, afirmou': the body that spoke
                return spoken
            start, end = self.sentences[k]
            name = named_organization(tokenize(self.text, start, end), self.lang)
            if name is not None and not self._person_named(name, start, end):
                return (ORGANIZATION, name)
        return None

    def _person_named(self, name: str, start: int, end: int) -> bool:
        """Whether text[start:end] names a person by ``name`` ('police commissioner Gyan
        Malik': a title and a person, no body)."""
        return any(
            m.key is not None and m.key[0] != ORGANIZATION and name in m.surface
            for _, m in mentions_within(self.mentions, start, end)
        )

    def _person_meant(self, speaker: tuple[str, ...] | None, offset: int) -> tuple[str, ...] | None:
        """The person a generic noun for someone in office points back to, with the definite
        article before it ('sagte der örtliche Regierungsbeamte', 'disse o responsável',
        'sagte der Demokrat'; lexicon ``anaphoric_people``), or a title said to be held
        before ('l’ancienne présidente de la Cour suprême'; ``former_words``): the latest
        one named before it with a title, in its sentence or a few before; a bare title no
        name was found for stands for itself. None for anything else ('an official said':
        someone else)."""
        if speaker is None or speaker[0] not in (ORGANIZATION, UNNAMED) or not speaker[1]:
            return None
        noun = speaker[1].split(maxsplit=1)[0]
        generic = noun.lower() in words(self.lang, "speech", "anaphoric_people")
        if not generic and not words(self.lang, "speech", "former_words"):
            return None
        sentence = self.sentence_index(offset)
        if sentence is None:
            return None
        start = self.sentences[max(0, sentence - _PERSON_BACK)][0]
        end = self.sentences[sentence][1]
        at = self.text.find(speaker[1], start, end)
        while at != -1 and not self._definite_before(at, start, former=not generic):
            at = self.text.find(speaker[1], at + 1, end)
        if at == -1:
            return None
        for index, m in reversed(mentions_within(self.mentions, start, at)):
            key = resolve(self.mentions, index, self.lang)
            if key is not None and key[0] == ORGANIZATION:
                continue
            if key is None:  # 'o comissário da polícia local adiantou … disse o responsável'
                return (UNNAMED, m.role) if m.role and not m.surface.startswith(noun) else None
            return key if self.latest_role(key, at) is not None else None
        return None

    def _definite_before(self, at: int, start: int, *, former: bool = False) -> bool:
        """Whether a definite article stands one or two words before text[at:] (and, with
        ``former``, a word that says the title was held before: 'l’ancienne')."""
        before = [t.text.lower() for t in last_tokens(self.text, start, at, 2)]
        if former and not any(w in words(self.lang, "speech", "former_words") for w in before):
            return False
        return any(w in words(self.lang, "places", "articles") for w in before)

    def _body_speaking_in(self, sentence: int) -> tuple[str, ...] | None:
        """The last body of a sentence's statements named by its proper name, not by a noun:
        what the noun alone and in the singular ('segundo a empresa', not 'nach Angaben der
        ungarischen Behörden') points back to, a sentence or two later."""
        for statement in reversed(self.statements_at(sentence)):
            key = statement.speaker
            if (
                key is not None
                and key[0] == ORGANIZATION
                and key[1][:1].isupper()
                and not is_body_word(key[1], self.lang)
            ):
                return key
        return None

    def _may_continue(self, sentence: int) -> bool:
        return may_continue(self.text, self.sentences[sentence], self.lang)

    def _read_statements(self, sentence: int) -> list[Statement]:
        previous = self.sentences[sentence - 1] if sentence > 0 else None
        found = statements_in_sentence(
            self.text,
            self.sentences[sentence],
            self.mentions,
            self.quote_spans,
            lang=self.lang,
            previous=previous,
        )
        if found:
            return [self._named_body_for(s) for s in found]
        if previous is None or not self._may_continue(sentence):
            return found
        back = _SPEECH_BACK if in_subjunctive(self.text, self.sentences[sentence], self.lang) else 1
        before = self._speech_before(sentence, back)
        if before is None:
            return []
        return continued_statement(
            self.text, self.sentences[sentence], before, self.quote_spans, lang=self.lang
        )

    def _speech_before(self, sentence: int, back: int) -> Statement | None:
        """The words a sentence in reported speech goes on with: the last statement, or
        quote with a speaker, of the sentence before; for a sentence in the subjunctive,
        also of one further back when only narration stands between ('„Wir sind
        gescheitert“, sagte X. Sie leitet das Museum seit 2021. Sie sei „entsetzt“'), and
        it names no one else (then the subjunctive may be theirs: no speaker)."""
        before = (k for k in range(sentence - 1, -1, -1) if not self._is_heading(k))
        others: set[tuple[str, ...]] = set()  # people the narration between names
        for k in islice(before, back):  # a subheading between is passed over
            statements = self.statements_at(k)
            if statements:
                said = statements[-1]
                return said if not others - {said.speaker} else None
            start, end = self.sentences[k]
            spoken = [
                q
                for q in (self.quote(span) for span in overlapping(self.quote_spans, start, end))
                if q.speaker is not None and start <= q.span.start < end
            ]
            if spoken:
                q = spoken[-1]
                if others - {q.speaker}:
                    return None
                return Statement(q.span.start, q.span.end, q.speaker, q.role, q.cue or "")
            others.update(
                key
                for i, _ in mentions_within(self.mentions, start, end)
                if (key := resolve(self.mentions, i, self.lang)) is not None
            )
        return None

    def _is_heading(self, sentence: int) -> bool:
        """A sentence with no end mark that is a whole paragraph: a subheading, which
        interrupts no reported speech ('Sicherheitsglas gegen Kugeln')."""
        start, end = self.sentences[sentence]
        i = self.paragraph_index(start, end)
        return (
            i is not None and self.prose[i] == (start, end) and self.text[end - 1] not in _END_MARKS
        )

    @cached_property
    def statements(self) -> list[Statement]:
        """The statements reported (not what a verb only names: see Statement.reported)."""
        return [s for i in range(len(self.sentences)) for s in self.statements_at(i) if s.reported]

    def quote(self, span: QuoteSpan) -> Quote:
        """A quotation with its kind, speaker and cue (read once per quotation)."""
        if span not in self._quotes:
            self._quotes[span] = self._read_quote(span)
        return self._quotes[span]

    def _read_quote(self, span: QuoteSpan) -> Quote:
        sentence = self.sentence_index(span.outer_start)
        if sentence is None:
            sentence = self.sentence_index(span.start)
        bounds = (
            self.sentences[sentence] if sentence is not None else (span.outer_start, span.outer_end)
        )
        # a quote may run past its sentence's end: widen to take in the words after it
        last = self.sentence_index(max(span.outer_end - 1, span.start))
        if last is not None:  # to the end of the sentence after it, or of its own at the end
            after = self.sentences[min(last + 1, len(self.sentences) - 1)]
            bounds = (bounds[0], max(bounds[1], after[1]))
        # the innermost statement around the quote ('Media podają, że …, a zdaniem
        # świadków "…"': the witnesses')
        inside = max(
            (
                s
                for i in _range(sentence)
                for s in self.statements_at(i)
                if s.start <= span.start and span.end <= s.end
            ),
            key=lambda s: s.start,
            default=None,
        )
        quote = attribute_quote(self.text, span, bounds, self.mentions, lang=self.lang)
        said = self._said_with_words(span, bounds)
        if said is not None:  # 'X pronounced the formula with the words “Habemus papam”'
            quote = replace(quote, kind="speech", speaker=said[0], cue=said[1], role=None)
        if quote.speaker is None and quote.cue is not None and quote.role is not None:
            quote = replace(quote, speaker=(UNNAMED, quote.role))  # 'disse o comissário'
        if quote.speaker is None and quote.cue is not None:  # '“…,” she said', 'disse ela'
            quote = replace(quote, speaker=self._cue_source(span, quote, bounds))
        if quote.speaker is None:  # '“…”, read a statement from the council'
            tokens = first_tokens(self.text, span.outer_end, bounds[1], _CUE_TOKENS)
            closed = self.text[span.start : span.end].rstrip().endswith(",")  # '“…,” read'
            if tokens and (tokens[0].text in _ATTRIBUTION_MARKS or closed or quote.cue is not None):
                owner = carrier_source(tokens, self.mentions, self.lang)
                if owner is not None:
                    quote = replace(quote, kind="speech", speaker=owner)
        if quote.speaker is None:  # 'considerada "estabilizada" pelo operador REN'
            agent = self._passive_agent(span, bounds)
            if agent is not None:
                quote = replace(quote, kind="speech", speaker=agent[0], cue=agent[1])
        named = self._body_named_before(quote.speaker, span.outer_start) or self._person_meant(
            quote.speaker, span.outer_end
        )
        if named is not None:  # '“…”, teilte die Behörde mit': the agency named before
            quote = replace(quote, speaker=named)
        # '"Habemus Papam", verkündete Kardinal X': a named person's words, though capitalized,
        # when the cue follows them (not 'Il rappelle que l'incendie du « Scandinavian Star »')
        spoken = quote.cue is not None and quote.speaker is not None
        spoken = spoken and quote.speaker[0] not in (ORGANIZATION, UNNAMED)
        spoken = spoken and self.text.find(quote.cue, span.outer_end, bounds[1]) != -1
        if _in_compound(self.text, span) or (
            said is None
            and not spoken
            and (
                _is_title_cased(self.text, span)
                or (quote.cue is None and self._one_word_name(span))
            )
        ):
            # 'die „Kronen“-Zeitung', 'w rozmowie z „Gazetą Dnia”': a name, no one's words
            return replace(quote, kind="term", speaker=None, role=None, cue=None)
        if inside is not None:
            quote = self._in_statement(quote, inside, bounds)
        if quote.speaker is None and quote.cue is None and quote.kind != "term":
            # 'slogan' was a guess from its length alone
            speaker = self._continued(span) or self._introduced(span, sentence)
            if speaker is not None:
                quote = replace(quote, kind="speech", speaker=speaker)
        if (
            quote.speaker is None
            and sentence is not None
            and (quote.kind != "term" or self._joined_to_previous(span))
        ):
            said = self._said_before_in(span, sentence)
            if said is not None:  # '„…” — podkreślił, apelując o „…”': the same speaker's
                quote = replace(quote, kind="speech", speaker=said)
        if quote.speaker is not None and quote.role is None:
            quote = replace(quote, role=self.latest_role(quote.speaker, span.start))
        if quote.kind != "slogan" and (self._chanted(span) or self._chanted_on(span)):
            quote = replace(quote, kind="slogan")  # 'krzyczeli „…”', 'unter dem Motto „…“'
        return quote

    def _chanted(self, span: QuoteSpan) -> bool:
        """Whether a short quote follows a word of chanting or a motto's noun ('Zgromadzeni
        krzyczeli "Mordercy"', 'unter dem Motto „Mensch, Solingen“'; lexicon [speech]
        slogan_words): a slogan, whoever chants it."""
        if len(self.text[span.start : span.end].split()) > _SLOGAN_WORDS:
            return False
        last = _LAST_WORD.search(self.text, max(0, span.outer_start - 40), span.outer_start)
        return last is not None and (
            lemma(last[1], self.lang) in _slogan_lemmas(self.lang)
            or last[1].lower() in words(self.lang, "speech", "slogan_words")
        )

    def _chanted_on(self, span: QuoteSpan) -> bool:
        """A quote a few words join to a chanted one before it ('krzyczeli "…" i "…"')."""
        k = self._quote_number[span]
        if k == 0 or not self._joined_to_previous(span):
            return False
        previous = self.quote_spans[k - 1]
        return len(self.text[span.start : span.end].split()) <= _SLOGAN_WORDS and (
            self._chanted(previous)
        )

    def _one_word_name(self, span: QuoteSpan) -> bool:
        """A capitalized word in marks in the middle of a sentence, no everyday word of the
        language ('la discothèque «Pulse»', 'jak podaje "Bild"'): a name, not words said."""
        word = self.text[span.start : span.end]
        if not (word[:1].isupper() and word.isalpha()) or is_common_word(word, self.lang):
            return False
        before = last_tokens(self.text, max(0, span.outer_start - 40), span.outer_start, 1)
        return bool(before) and before[0].text[:1].islower()

    def _in_statement(self, quote: Quote, inside: Statement, bounds: tuple[int, int]) -> Quote:
        """A quote inside the words a statement reports: the statement's speaker's words."""
        span = quote.span
        if (
            inside.speaker is not None
            and quote.cue is not None
            and self.text.find(quote.cue, span.outer_end, inside.end) != -1
            and self.text.rfind(inside.cue, bounds[0], inside.start + 1) != -1
        ):  # 'Il a noté qu'une « enquête » se poursuit avec le FBI': the cue read after the
            # quote is in the words reported after a cue, whose speaker said the quote too
            quote = replace(quote, speaker=inside.speaker, cue=inside.cue, role=None)
        if (
            inside.speaker is not None
            and quote.cue is not None
            and inside.cue
            and quote.cue.startswith(inside.cue)
            and (
                not self._named_in(quote.speaker, bounds)
                # a gerund after a comma: the statement's reading of its subject
                or self._gerund_cue(inside.cue, bounds)
            )
        ):  # the verb that reports the words the quote stands in names no one itself
            # ('para królewska dodała, że jest „…”'): the statement's speaker, read once
            quote = replace(quote, speaker=inside.speaker, role=inside.role)
        if quote.speaker is None:  # quoted inside reported speech: the speaker's words,
            # however short ('called the deal “a milestone”')
            quote = replace(quote, kind="speech", speaker=inside.speaker, cue=inside.cue)
        return quote

    def _gerund_cue(self, cue: str, bounds: tuple[int, int]) -> bool:
        """Whether a cue is a verb of saying in the gerund right after a comma ('…, disant
        que', '…, saying that'; lexicon [speech] gerund_endings)."""
        verb = cue.split(maxsplit=1)[0] if cue else ""
        endings = tuple(words(self.lang, "speech", "gerund_endings"))
        if not endings or not verb.lower().endswith(endings):
            return False
        return re.search(rf",\s+{re.escape(verb)}\b", self.text[bounds[0] : bounds[1]]) is not None

    def _named_in(self, key: tuple[str, ...] | None, bounds: tuple[int, int]) -> bool:
        """Whether a person's name (not a title or a pronoun) stands in text[bounds]."""
        return key is not None and any(
            m.key == key for _, m in mentions_within(self.mentions, *bounds)
        )

    def _passive_agent(
        self, span: QuoteSpan, bounds: tuple[int, int]
    ) -> tuple[tuple[str, ...], str] | None:
        """Who a passive verb of saying says words were said by ('foi considerada
        "perfeitamente estabilizada" pelo operador REN', 'was described as “weak” by the
        agency'): the body or person after the agent's preposition right after the quote,
        when a participle of a verb of saying stands right before it ('as', 'como' between)."""
        text, lang = self.text, self.lang
        agents = words(lang, "speech", "agents")
        after = first_tokens(text, span.outer_end, bounds[1], _AGENT_TOKENS)
        if not after or after[0].text.lower() not in agents:
            return None
        before = last_tokens(text, bounds[0], span.outer_start, 2)
        if before and before[-1].text.lower() in words(lang, "speech", "as_words"):
            before = before[:-1]
        if not before or not is_speech_verb(before[-1].text, lang):
            return None
        cue = f"{before[-1].text} … {after[0].text}"
        for index, _ in mentions_within(self.mentions, after[0].end, after[-1].end):
            key = resolve(self.mentions, index, lang)
            if key is not None:
                return key, cue
        body = organization_in(after[1:], lang)
        return None if body is None else ((ORGANIZATION, body.text), cue)

    def _joined_to_previous(self, span: QuoteSpan) -> bool:
        """Whether a few words only join a quote to the one before it ('met en garde contre
        “…” qui “se produiront jusqu'à mardi”', 'warned of “…” that “will last”'): the same
        words go on, however short."""
        k = self._quote_number[span]
        if k == 0:
            return False
        between = self.text[self.quote_spans[k - 1].outer_end : span.outer_start]
        return len(between.split()) <= _JOINING_WORDS and not re.search(r"[.!?;:\n]", between)

    def _said_before_in(self, span: QuoteSpan, sentence: int) -> tuple[str, ...] | None:
        """The speaker of the quote before this one in its sentence, when no one else is
        named between them."""
        k = self._quote_number[span]
        if k == 0:
            return None
        previous = self.quote_spans[k - 1]
        if self.sentence_index(previous.outer_start) != sentence:
            return None
        speaker = self.quote(previous).speaker
        if speaker is None or self._other_named_between(previous, span, speaker):
            return None
        return speaker

    def _other_named_between(
        self, previous: QuoteSpan, span: QuoteSpan, speaker: tuple[str, ...] | None
    ) -> bool:
        """Whether someone other than a speaker is named between two quotes."""
        return any(
            m.key is not None and m.key != speaker
            for _, m in mentions_within(self.mentions, previous.outer_end, span.outer_start)
        )

    def _said_with_words(
        self, span: QuoteSpan, bounds: tuple[int, int]
    ) -> tuple[tuple[str, ...], str] | None:
        """The subject of a sentence that gives someone's words by a noun for them right
        before the quote ('mit den Worten „…“', 'with the words “…”'; lexicon
        ``words_phrases``): the first person named in the sentence before it, and the cue."""
        pattern = _words_phrase_pattern(self.lang)
        if pattern is None:
            return None
        hit = pattern.search(self.text, max(bounds[0], span.outer_start - 40), span.outer_start)
        if hit is None:
            return None
        for index, _ in mentions_within(self.mentions, bounds[0], hit.start()):
            key = resolve(self.mentions, index, self.lang)
            if key is not None:
                return key, hit.group().strip()
        return None

    def _cue_source(
        self, span: QuoteSpan, quote: Quote, bounds: tuple[int, int]
    ) -> tuple[str, ...] | None:
        """The speaker of a cue that names no one: a pronoun ('“…,” she said'), a verb
        that says who ('dodała'), a body next to the verb ('“…”, teilte die Behörde mit',
        'As autoridades falam numa “…”'), or where subjects drop, the latest person
        ('“…”, declarou')."""
        text, lang = self.text, self.lang
        after = text[span.outer_end : min(bounds[1], span.outer_end + _PRONOUN_REACH)]
        after = _CUE_END.split(after, maxsplit=1)[0]  # not the next sentence's 'ele'
        key = referent(
            f"{quote.cue} {after}",
            span.outer_start,
            self.mentions,
            lang,
            prefer=self._reported_before(span.outer_start),
        )
        if key is not None:
            return key
        gap = span.outer_end + _CUE_GAP + len(quote.cue)
        follows = text.find(quote.cue, span.outer_end, gap) != -1
        if follows:  # the cue after the quote
            tokens = first_tokens(text, span.outer_end, bounds[1], _CUE_TOKENS)
        else:
            tokens = last_tokens(text, bounds[0], span.outer_start, _CUE_TOKENS)
        verbs = [k for k in range(len(tokens)) if speech_verb_at(tokens, k, lang)]
        if not verbs:
            return None
        verb = verbs[0] if follows else verbs[-1]
        if not follows:  # 'Er warnte: „…“', 'He called it “…”': a pronoun as the subject
            opens = max((k + 1 for k in range(verb) if tokens[k].text in ".;!?"), default=0)
            subject = " ".join(t.text for t in tokens[opens:verb] if t.is_word)
            key = (
                None  # 'Sie fordern: „…“': they, not she
                if is_plural_verb(tokens[verb].text, lang)
                else referent(subject, span.outer_start, self.mentions, lang, pronouns_only=True)
            )
            if key is not None:
                return key
        meant = next(
            (
                self._person_meant((UNNAMED, t.text), t.start)
                for t in tokens[verb + 1 : verb + 1 + _NOUN_AFTER_VERB]
                if t.text.lower() in words(lang, "speech", "anaphoric_people")
            ),
            None,
        )
        if meant is not None:  # '„…“, sagte der Demokrat': the person last named
            return meant
        body = body_next_to(tokens, verb, lang)
        if body is not None:
            return (ORGANIZATION, body.text)
        aside = (  # 'A declaração de calamidade, disse, «é uma questão de horas»'
            not follows
            and 0 < verb < len(tokens) - 1
            and tokens[verb - 1].text == ","
            and tokens[verb + 1].text == ","
        )
        dropped = (
            (aside or (follows and not any(t.is_word for t in tokens[:verb])))
            and quote.role is None  # 'afirmou o presidente da Câmara': a title follows
            and lexicon(lang)["speech"].get("pro_drop")
        )
        if dropped:
            key = referent(tokens[verb].text, span.outer_start, self.mentions, lang, dropped=True)
            # a verb that says no gender ('– mówi'): who opens the sentence before the quote
            return key if key is not None else self._subject_before(span.outer_start)
        return None

    def _subject_before(self, offset: int) -> tuple[str, ...] | None:
        """The person named at the very start of the sentence an offset opens or ends
        ('Nadia Belkacem, 29-letnia pielęgniarka, głosowała na Morvan. „…” – mówi')."""
        sentence = self.sentence_index(offset)
        if sentence is None:
            return None
        start = self.sentences[sentence][0]
        if self._opens(sentence, offset) and sentence:
            start = self.sentences[sentence - 1][0]  # the quote opens its sentence
        for k, m in mentions_within(self.mentions, start, offset):
            if self.text[start : m.start].strip(' "“„«(–—-'):
                return None
            key = resolve(self.mentions, k, self.lang)
            return key if key is not None and key[0] != ORGANIZATION else None
        return None

    def _reported_before(self, offset: int) -> list[tuple[str, ...] | None]:
        """The speakers of the statements in the sentence that ends right before an offset
        (a quote's), latest first: whom a pronoun after the quote most likely means."""
        sentence = self.sentence_index(offset)
        if sentence is None:
            return []
        if not self._opens(sentence, offset):
            return []
        before = self.statements_at(sentence - 1) if sentence else []
        subject = self._opening_person(*self.sentences[sentence - 1]) if sentence else None
        # then the person that sentence is about ('Garnier urged her voters to back
        # Morvan. “…,” she said': Garnier, though Morvan was named later)
        return [s.speaker for s in reversed(before)] + [subject]

    def _opens(self, sentence: int, offset: int) -> bool:
        """Whether only blanks stand between a sentence's start and an offset (a quote's)."""
        return not self.text[self.sentences[sentence][0] : offset].strip()

    def _introduced(self, span: QuoteSpan, sentence: int | None) -> tuple[str, ...] | None:
        """The speaker of a quote that opens its sentence right after a sentence that
        reports someone's words ('X expressed her dismay. “Only the …”')."""
        if not sentence or not self._opens(sentence, span.outer_start):
            return None
        before = self.statements_at(sentence - 1)
        if before:
            return before[-1].speaker
        start, end = self.sentences[sentence - 1]  # 'X expressed her dismay.': its subject
        tokens = first_tokens(self.text, start, end, _CUE_TOKENS * 4)
        verb = next((k for k in range(len(tokens)) if speech_verb_at(tokens, k, self.lang)), None)
        if verb is None:
            return self._sole_subject(span, start, end)
        named = [
            k
            for k, m in mentions_within(self.mentions, start, tokens[verb].start)
            if resolve(self.mentions, k, self.lang) is not None
        ]
        return resolve(self.mentions, named[-1], self.lang) if named else None

    def _sole_subject(self, span: QuoteSpan, start: int, end: int) -> tuple[str, ...] | None:
        """The person a sentence opens with and the only one it names, when a quote goes
        on in the same paragraph with no attribution ('X, 41, the wife of a miner, wept
        when he came out. “For six days I prayed …”'): the quote is theirs. The sentence
        may be a few back in the paragraph, when the ones between name no one ('X lost
        his cellar. The winegrower, 67, spent the day in the mud. “…”')."""
        paragraph = self.paragraph_index(span.outer_start, span.outer_start + 1)
        sentence = self.sentence_index(start)
        for back in range(_SUBJECT_BACK):
            if sentence is None or sentence - back < 0:
                return None
            first, _ = self.sentences[sentence - back]
            if self.paragraph_index(first, first + 1) != paragraph:
                return None
            subject = self._opening_person(first, end)
            if subject is not None:
                break
        else:
            return None
        if any(
            key not in (None, subject) and key[0] != ORGANIZATION  # a body may be named
            for k, _ in mentions_within(self.mentions, first, end)
            if (key := resolve(self.mentions, k, self.lang)) or True
        ):
            return None
        k = self._quote_number[span]
        previous = self.quote_spans[k - 1] if k else None
        if previous is not None and self.paragraph_index(*self._outer(previous)) == paragraph:
            said = self.quote(previous).speaker
            if previous.outer_start >= first or (said is not None and said[0] != ORGANIZATION):
                return None  # a person's quote before it in the paragraph: it may go on
        return subject

    def _opening_person(self, start: int, end: int) -> tuple[str, ...] | None:
        """The person named at the very start of text[start:end] (a sentence's subject)."""
        for k, m in mentions_within(self.mentions, start, end):
            before = self.text[start : m.start].strip(' "“„«(–—-')
            if before and not (
                _ends_with_role(before, m.role, self.lang) or _set_off(before)
            ):  # 'Le météorologue Tiago Neves …', 'Em Kallo, Hamid …' open with him too
                return None
            key = resolve(self.mentions, k, self.lang)
            return key if key is not None and key[0] != ORGANIZATION else None
        return None

    def _continued(self, span: QuoteSpan) -> tuple[str, ...] | None:
        """The speaker of a quote that goes on from the one before it, in the same or the
        previous paragraph, with no attribution of its own and no one else named between."""
        k = self._quote_number[span]
        if k == 0:
            return None
        previous = self.quote_spans[k - 1]
        here = self.paragraph_index(span.outer_start, span.outer_start + 1)
        there = self.paragraph_index(previous.outer_start, previous.outer_start + 1)
        if here is None or there is None or here - there > 1:
            return None
        speaker = self.quote(previous).speaker
        return None if self._other_named_between(previous, span, speaker) else speaker

    @staticmethod
    def _outer(span: QuoteSpan) -> tuple[int, int]:
        return span.outer_start, span.outer_start + 1

    @cached_property
    def _quote_number(self) -> dict[QuoteSpan, int]:
        return {span: k for k, span in enumerate(self.quote_spans)}

    @cached_property
    def _roles_given(self) -> dict[tuple[str, ...], tuple[list[int], list[str]]]:
        """Per person, the starts of the mentions that give a title, and those titles."""
        given: dict[tuple[str, ...], tuple[list[int], list[str]]] = {}
        for m in self.mentions:
            if m.key is not None and m.role:
                starts, roles = given.setdefault(m.key, ([], []))
                starts.append(m.start)
                roles.append(m.role)
        return given

    def latest_role(self, key: tuple[str, ...], before: int) -> str | None:
        """The title last given to a person before an offset (for a quote without one)."""
        starts, roles = self._roles_given.get(key, ((), ()))
        i = bisect_left(starts, before)
        return roles[i - 1] if i else None

    @cached_property
    def quotes(self) -> list[Quote]:
        """Every quotation; one with no attribution of its own that repeats words someone is
        given elsewhere in the article (a headline or subheading quoting the body) is theirs."""
        quotes = [self.quote(span) for span in self.quote_spans]
        keys = [self._words_key(q.span) for q in quotes]
        said: dict[str, Quote] = {}
        for q, key in zip(quotes, keys, strict=True):
            if q.speaker is not None:
                said.setdefault(key, q)
        for k, (q, key) in enumerate(zip(quotes, keys, strict=True)):
            fewest = 1 if self._is_paragraph(q.span) else _REPEATED_WORDS  # '“Devastating”'
            if q.cue is not None or len(key.split()) < fewest:
                continue
            holder = self._quoted_elsewhere(q.span, quotes) if len(key.split()) > 1 else None
            if holder is not None:  # 'Polka świadkiem wypadku. "Kolejka wyglądała jak …"'
                quotes[k] = replace(q, kind="speech", speaker=holder.speaker, role=holder.role)
                continue
            if q.speaker is not None:
                continue
            other = said.get(key)
            if other is not None:
                quotes[k] = replace(q, kind="speech", speaker=other.speaker, role=other.role)
                continue
            stated = self._stated_elsewhere(q.span)
            if stated is not None:  # words of a statement in the body ('- …, - relacjonowała')
                quotes[k] = replace(q, kind="speech", speaker=stated.speaker, role=stated.role)
        return quotes

    def _quoted_elsewhere(self, span: QuoteSpan, quotes: list[Quote]) -> Quote | None:
        """The longer quote, attributed by a cue of its own, that holds a quote's words as
        written: a headline or subheading quoting a few of the speaker's words, whose
        speaker no sentence before can give."""
        words = self._quoted_words(span)
        low = self._lowered
        for q in quotes:
            if q.cue is None or q.speaker is None or q.span == span:
                continue
            if q.span.end - q.span.start > len(words) and words in low[q.span.start : q.span.end]:
                return q
        if not self._is_paragraph(span):
            return None
        # a subheading that quotes the end of someone's words, not all of them ('‘She had to
        # go back’' for '“…, so she had no choice but to go back,” he said'): their last words
        tail = words.split()
        tail = " ".join(tail[-max(_TAIL_WORDS, (len(tail) + 1) // 2) :])
        if len(tail.split()) < _TAIL_WORDS:
            return None
        return next(
            (
                q
                for q in quotes
                if q.speaker is not None
                and q.span.start > span.end
                and tail in low[q.span.start : q.span.end]
            ),
            None,
        )

    def _quoted_words(self, span: QuoteSpan) -> str:
        """A quote's words in lower case, without the marks and stops at its edges."""
        return self.text[span.start : span.end].strip(_EDGE_MARKS).lower()

    def _is_paragraph(self, span: QuoteSpan) -> bool:
        """Whether a quote is a paragraph of its own (a subheading quoting the body)."""
        i = self.paragraph_index(span.outer_start, span.outer_end)
        if i is None:
            return False
        start, end = self.prose[i]
        return (
            not self.text[start : span.outer_start].strip()
            and not self.text[span.outer_end : end].strip()
        )

    def _stated_elsewhere(self, span: QuoteSpan) -> Statement | None:
        """The statement with a speaker that holds, elsewhere in the article, the words of
        a quote as written."""
        words = self._quoted_words(span)
        if not words:
            return None
        low = self._lowered  # a heading's “Devastating” is the body's “devastating”
        at = low.find(words)
        while at != -1:
            if not span.start <= at < span.end:
                sentence = self.sentence_index(at)
                for s in self.statements_at(sentence) if sentence is not None else ():
                    if s.start <= at and at + len(words) <= s.end and s.speaker is not None:
                        return s
            at = low.find(words, at + 1)
        return None

    @cached_property
    def _lowered(self) -> str:
        """The text in lower case, where that keeps every offset (else the text as is)."""
        low = self.text.lower()
        return low if len(low) == len(self.text) else self.text

    def _words_key(self, span: QuoteSpan) -> str:
        return " ".join(fold(self.text[span.start : span.end]).strip(_EDGE_MARKS).split())

    def speaker_at(self, start: int, end: int) -> tuple[str, ...] | None:
        """Who states what stands at text[start:end]: a quote's speaker or a statement's."""
        k = bisect_right(self._quote_starts, start) - 1  # quotes do not overlap
        if k >= 0 and end <= self.quote_spans[k].end:
            return self.quotes[k].speaker
        sentence = self.sentence_index(start)
        if sentence is None:
            return None
        for s in self.statements_at(sentence):
            if s.start <= start and end <= s.end:
                return s.speaker
        return None


def _in_compound(text: str, span: QuoteSpan) -> bool:
    """A quote joined by a hyphen to the word after it names a thing ('„Kronen“-Zeitung',
    '"Sarah Wagenknecht"-Bündnis')."""
    return (
        text[span.outer_end : span.outer_end + 1] == "-"
        and text[span.outer_end + 1 : span.outer_end + 2].isalpha()
    )


def _ends_with_role(before: str, role: str | None, lang: str) -> bool:
    """Whether the words before a name are its title or an occupation, with an article at
    most ('Die Sprecherin', 'The head of the agency', 'Le météorologue')."""
    if role and before.lower().endswith(role.lower()):
        rest = before[: len(before) - len(role)].split()
    else:
        *rest, noun = before.split()
        if not noun.isalpha() or not noun.islower():
            return False
    return len(rest) <= 1 and all(w.lower() in words(lang, "places", "articles") for w in rest)


def _set_off(before: str) -> bool:
    """A few words set off by a comma before a name that opens a sentence: a place, a
    time or a role in apposition ('Em Kallo,', 'O líder do sindicato, Luis Vera')."""
    return before.endswith(",") and len(before.split()) <= _SET_OFF_WORDS and "," not in before[:-1]


def _is_title_cased(text: str, span: QuoteSpan) -> bool:
    """A quote of two to four words, each capitalized, with no punctuation: the name of a
    paper, a ship or a group ('„Gazetą Dnia”', '“Nordic Star”', '„Freie Stimme“')."""
    words = text[span.start : span.end].split()
    return 2 <= len(words) <= _NAME_WORDS and all(w[:1].isupper() and w.isalpha() for w in words)


_NAME_WORDS = 4
_LAST_WORD = re.compile(r"(\w+)[\s:]*$")  # the word before a quote's opening mark
_SLOGAN_WORDS = 8  # longest chant or motto read as a slogan
_SET_OFF_WORDS = 6  # words before a comma and the name a sentence opens with
_SUBJECT_BACK = 3  # sentences back in a paragraph to the person an unattributed quote is by
_SPEECH_BACK = 2  # sentences back to the words a sentence in reported speech goes on with
_AGENT_TOKENS = 6  # tokens after a quote to the body a passive verb of saying names
_JOINING_WORDS = 2  # words that join a quote to the one before it in one run of words
_BODY_BACK = 2  # sentences back to the body a bare noun points to ("segundo a empresa")
_PERSON_BACK = 3  # sentences back to the person 'the official' points to
_SOURCE_BACK = 3  # sentences back to the source 'the same source' points to
_NOUN_AFTER_VERB = 3  # tokens after a verb to the noun that points back ('sagte der Demokrat')
_SUBJECT_WORDS = 5  # words before a name that opens its sentence as the subject (a title)


@cache
def _slogan_lemmas(lang: str) -> frozenset[str]:
    return frozenset(lemma(w, lang) for w in words(lang, "speech", "slogan_words"))


@cache
def _words_phrase_pattern(lang: str) -> re.Pattern[str] | None:
    """The lexicon's nouns for someone's words, right before a quote's opening mark."""
    phrases = words(lang, "speech", "words_phrases")
    if not phrases:
        return None
    return re.compile(rf"(?<!\w)(?i:{phrase_pattern(phrases)})\s*:?\s*$")


def _range(sentence: int | None) -> Iterable[int]:
    return () if sentence is None else (sentence,)
