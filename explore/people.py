"""People named in articles: who they are, how they are called, and where.

Names are found from the text, never from a list of known people, in two passes:

1. *Clear* names: a run of two to four capitalized words that a title introduces
   (``General Luong Tam Quang``, ``vice-ministre des Affaires étrangères Nguyen Minh Vu``),
   that a title follows (``John Brandolino, Director of ...``), or that stands next to a
   speech verb (``betonte John Brandolino``). Runs made of dictionary words
   (``United Nations Office``) are not names; wordfreq knows which words are everyday words.
2. Every mention of a clear name anywhere in the corpus, including inflected forms
   (Polish ``Johna Brandolino``), matched on diacritic-folded words.

A title used alone (``le vice-ministre``, ``the Deputy Minister``, ``der Minister``) is a
reference: it resolves to the person with that title mentioned most recently before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import accumulate

from explore.lexicons import lexicon, supported_languages, union, words
from explore.names import (
    given_name_base,
    given_name_gender,
    is_given_name,
    name_base,
    puts_surname_first,
)
from explore.nationality import demonym_code
from explore.numbers import trie
from explore.scope import is_territory, place_words
from explore.text import (
    Token,
    everyday_word,
    fold,
    is_abbreviation,
    is_common_word,
    is_function_word,
    is_unknown_word,
    joined,
    lemma,
    phrase_pattern,
    tokenize,
)

_MAX_NAME_WORDS = 4
ORGANIZATION = "@org"  # first part of a speaker key that names a body, not a person
UNNAMED = "@unnamed"  # first part of a speaker key for a person named only by a title
_NOT_ACRONYMS = frozenset({"GMT", "UTC", "CET", "CEST", "TV", "OK", "AM", "PM"})
_TITLE_REACH = 6  # words between a title and the name it introduces
_APPOSITION_REACH = 9  # the same when a comma sets the name apart ('presidente da Câmara
# Municipal de Los Angeles, Marqueece Harris-Dawson')
_INFLECTION = 3  # letters an inflected name may add: "Johna" for "John"
_ROMAN = re.compile(r"[IVX]{1,5}")  # a regnal number: 'Leon XIV', 'Charles III'; not 'CDU'


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named (or referred to by title) at text[start:end]."""

    start: int
    end: int
    surface: str
    key: tuple[str, ...] | None  # folded name words; None for a bare title
    roles: tuple[str, ...] = ()  # titles as written next to the name
    opens: bool = False  # opens its sentence, set off by a comma: the subject, uninflected

    @property
    def role(self) -> str | None:
        """The first title found next to this mention, if any."""
        return self.roles[0] if self.roles else None


@dataclass
class Person:
    """Everything the corpus says about one person."""

    key: tuple[str, ...]
    forms: Counter[str] = field(default_factory=Counter)
    roles: dict[str, None] = field(default_factory=dict)  # ordered set
    docs: dict[str, None] = field(default_factory=dict)
    bases: Counter[str] = field(default_factory=Counter)  # dictionary forms of inflected ones
    plain: set[str] = field(default_factory=set)  # forms met where they are no case

    @property
    def name(self) -> str:
        """Display name: the uninflected form with the most diacritics, then the most used;
        for a name met only inflected, its dictionary form ('Natalia Przytarska')."""
        base = [
            f
            for f in self.forms
            if tuple(fold(w) for w in f.split()) == self.key and f in self.plain
        ]  # 'Filipa Baptista' in a pt article, though a Polish one's may be Filip's
        if not base and self.bases:
            return max(self.bases, key=lambda f: (self.bases[f], _marks(f), f))
        candidates = base or list(self.forms)
        return max(candidates, key=lambda f: (_marks(f), self.forms[f], f))


def _marks(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 127)


def gather(
    mentions_by_doc: Iterable[tuple[str, Sequence[Mention], str]],
) -> dict[tuple[str, ...], Person]:
    """One Person per name key, from the (doc_id, mentions, lang) of every article."""
    people: dict[tuple[str, ...], Person] = {}
    for doc_id, found, lang in mentions_by_doc:
        add_mentions(people, doc_id, found, lang)
    return people


def add_mentions(
    people: dict[tuple[str, ...], Person], doc_id: str, found: Sequence[Mention], lang: str
) -> None:
    """Count one article's mentions into ``people`` (articles can be read one at a time).

    A bare title adds its role to the person it resolves to, not a mention.
    """
    for i, m in enumerate(found):
        key = m.key if m.key is not None else resolve(found, i, lang)
        if key is None or key[0] == ORGANIZATION:
            continue  # a body named like a person ('Red Eléctrica') is no one in the table
        person = people.setdefault(key, Person(key))
        if m.key is not None:
            person.forms[m.surface] += 1
            person.docs[doc_id] = None
            if (
                not m.opens
                and (base := name_base(m.surface, lang)) is not None
                and not (_held_by_a_woman(m, lang) and given_name_gender(base.split()[0]) == "m")
            ):
                person.bases[base] += 1
            else:
                person.plain.add(m.surface)
        for role in m.roles:
            person.roles[role] = None


def _held_by_a_woman(m: Mention, lang: str) -> bool:
    """Whether a mention's title is a woman's by its ending (lexicon [people]
    feminine_title_endings: Polish 'rzeczniczka')."""
    endings = tuple(lexicon(lang)["people"].get("feminine_title_endings", ()))
    return bool(endings) and any(r.split()[0].lower().endswith(endings) for r in m.roles if r)


def display_name(people: dict[tuple[str, ...], Person], key: tuple[str, ...] | None) -> str | None:
    """The name to show for a key (its words capitalized when nobody was seen by it; a
    body as it was written)."""
    if key is None:
        return None
    if key[0] in (ORGANIZATION, UNNAMED):
        return key[1]
    person = people.get(key)
    return person.name if person is not None else " ".join(w.capitalize() for w in key)


# --- lexicon data -----------------------------------------------------------------------


@cache
def _titles(lang: str) -> tuple[tuple[str, ...], ...]:
    """Title phrases as word tuples (lowercase), longest first."""
    titles = {tuple(w.lower() for w in t.split()) for t in lexicon(lang)["people"]["titles"]}
    return tuple(sorted(titles, key=len, reverse=True))


@cache
def speech_verbs(lang: str) -> frozenset[str]:
    """Lemmas (and listed forms) of the verbs that report speech."""
    speech = lexicon(lang)["speech"]
    verbs = [*speech["verbs"], *speech.get("quote_verbs", [])]
    forms = speech.get("verb_forms", [])  # the ones the lemmatizer gives another word
    return frozenset(verbs) | frozenset(lemma(v, lang) for v in verbs) | frozenset(forms)


@cache
def quote_only_verbs(lang: str) -> frozenset[str]:
    """Lemmas of the verbs that attribute a quote but state nothing ('urged', 'replied')."""
    verbs = lexicon(lang)["speech"].get("quote_verbs", [])
    return frozenset(verbs) | frozenset(lemma(v, lang) for v in verbs)


_ADDRESSEE_WORDS = 3  # words between a speech verb and whom it addresses ('disse à l'AFP')


def is_addressee(text: str, verb_start: int, verb_end: int, name_start: int, lang: str) -> bool:
    """Whether a name after a speech verb is whom the words are said to, not who says
    them: 'disse à AFP', 'a déclaré à l'AFP', 'sagte dem Sender', 'told NYT'."""
    between = text[verb_end:name_start]
    gap = between.replace("’", "'").split()
    if len(gap) > _ADDRESSEE_WORDS:
        return False
    if text[verb_start:verb_end].lower() in words(lang, "speech", "addressee_verbs"):
        return True  # 'warned Culture Minister X of', 'told his brother, Nayan Ramesh,'
    if not gap:
        return False
    said_to = words(lang, "speech", "addressee_words")
    told = [
        k for k, w in enumerate(gap) if w.lower().split("'")[0] in said_to or w.lower() in said_to
    ]
    if not told:
        return False
    # past the name of whom it is said to, the one who says it ('declarou à AFP Ijaz Yaad')
    return not any(w.split("'")[-1][:1].isupper() for w in gap[told[-1] + 1 :])


_OWN_CLAUSE_REACH = 6  # tokens after a speech verb to its 'that'


def reports_own_clause(tokens: Sequence[Token], n: int, lang: str) -> bool:
    """Whether the speech verb tokens[n] reports a clause of its own ('afirmou, no entanto,
    que …'), so it does not attribute a quote that ended before it; not when a name
    stands between ('”, said X, adding that')."""
    that = words(lang, "speech", "that")
    following = next((t for t in tokens[n + 1 : n + 2] if t.is_word), None)
    if following is not None and following.text.lower() in _clause_openers(lang):
        return True  # 'said the survivor was…', 'said he would…'
    for t in tokens[n + 1 : n + 1 + _OWN_CLAUSE_REACH]:
        if t.text.lower() in that:
            return True
        if t.text[:1].isupper() and (_given(t.text, lang) or not is_common_word(t.text, lang)):
            return False  # a name, not 'on Monday'
    return False


@cache
def _clause_openers(lang: str) -> frozenset[str]:
    """Words that open a reported clause right after its verb: articles and pronouns."""
    pronouns = lexicon(lang)["speech"].get("pronouns", {})
    return words(lang, "places", "articles") | frozenset(w.lower() for w in pronouns)


@lru_cache(maxsize=100_000)
def is_speech_verb(word: str, lang: str) -> bool:
    """True for any form of a verb of saying in that language; for the verbs that are
    nouns too in their bare form ('state services', 'a note'), only the other forms."""
    low = word.lower()
    if low in words(lang, "speech", "not_bare"):
        return False
    if low in speech_verbs(lang) or lemma(word, lang) in speech_verbs(lang):
        return True
    head, _, tail = low.partition("-")  # 'dit-elle', 'explique-t-il': the subject after
    if tail in words(lang, "speech", "clitics"):  # 'chamou-lhes', 'disse-lhe'
        return is_speech_verb(head, lang)
    return has_inverted_pronoun(low, lang) and is_speech_verb(head, lang)


def has_inverted_pronoun(word: str, lang: str) -> bool:
    """A verb with its subject pronoun after a hyphen ('a-t-elle', 'dit-il'): the
    pronoun is the subject, whoever is named after."""
    _, _, tail = word.lower().partition("-")
    return bool(tail) and _inverted_subject(tail, lang)


def _inverted_subject(tail: str, lang: str) -> bool:
    """The pronoun a verb takes after a hyphen when the subject follows it ('elle' in
    'dit-elle', 't-il' in 'explique-t-il'; lexicon pronouns)."""
    pronoun = tail[2:] if tail.startswith("t-") else tail
    return pronoun in lexicon(lang)["speech"].get("pronouns", {})


@cache
def _separable(lang: str) -> dict[str, str]:
    """Verb lemma -> particle of the separable verbs of saying ('teilte ... mit')."""
    return dict(lexicon(lang)["speech"].get("separable", {}))


def separable_particle(verb: str, lang: str) -> str | None:
    """The particle of a separable verb of saying ('teilte' -> 'mit'), if it is one."""
    separable = _separable(lang)
    return separable.get(lemma(verb, lang)) if separable else None


_CLAUSE_STOP = frozenset(',;:.!?«»"“”„–—')


def speech_verb_at(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """True when tokens[i] is a verb of saying here: any form of one, or the stem of a
    separable one whose particle closes its clause ('teilte die Behörde am Montag mit')."""
    tok = tokens[i]
    if not tok.is_word:
        return False
    if is_speech_verb(tok.text, lang) or _ends_verb_phrase(tokens, i, lang):
        return True
    particle = separable_particle(tok.text, lang)
    if particle is None:
        return False
    depth = 0
    for k in range(i + 1, min(len(tokens), i + _PARTICLE_REACH)):
        word = tokens[k].text
        if word in "()":  # '(16. September 2024)' inside the clause
            depth += 1 if word == "(" else -1
        elif depth <= 0 and word in _CLAUSE_STOP:
            if tokens[k - 1].text.lower() == particle:
                return True
            if word != ",":  # past an apposition between commas: 'kündigte der Leiter
                return False  # der Behörde, Ralf Kessler, an'
    return False


_PARTICLE_REACH = 24  # tokens from a separable verb to its particle


def _ends_verb_phrase(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether tokens[i] ends a verb of saying of several words, its verb in any form
    ('a mis en garde', 'mettait en garde'; lexicon [speech] verb_phrases)."""
    for phrase in _verb_phrases(lang).get(tokens[i].text.lower(), ()):
        k = i - len(phrase) + 1
        if k < 0:
            continue
        verb, *rest = phrase
        if lemma(tokens[k].text, lang) == verb and all(
            tokens[k + 1 + n].text.lower() == w for n, w in enumerate(rest[:-1])
        ):
            return True
    return False


@cache
def _verb_phrases(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The lexicon's verb phrases by their last word."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon(lang)["speech"].get("verb_phrases", []):
        words_ = tuple(phrase.lower().split())
        table.setdefault(words_[-1], []).append(words_)
    return {k: tuple(v) for k, v in table.items()}


@cache
def _titles_by_first(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for title in _titles(lang):
        table.setdefault(title[0].rstrip("."), []).append(title)
    return {k: tuple(v) for k, v in table.items()}


@cache
def _compound_heads(lang: str) -> tuple[str, ...]:
    """Single-word titles that end compounds ("Außenminister", "wiceminister"), and the
    short ones the lexicon names ("Hafenchef")."""
    short = tuple(lexicon(lang)["people"].get("compound_heads", []))
    return tuple(t[0] for t in _titles(lang) if len(t) == 1 and len(t[0]) > 5) + short


def title_at(tokens: Sequence[Token], i: int, lang: str) -> int:
    """Number of tokens of a title starting at tokens[i] (0 if none)."""
    word = tokens[i].text.lower()
    titles, one_word = _title_word(word, lang)
    for title in titles:
        words = tokens[i : i + len(title)]
        if len(words) == len(title) and all(
            _same_title_word(t.text, w) for t, w in zip(words, title, strict=True)
        ):
            return len(title)
    return one_word


@lru_cache(maxsize=1 << 16)
def _title_word(word: str, lang: str) -> tuple[tuple[tuple[str, ...], ...], int]:
    """What a lowercased word may open: the titles that start with it, and 1 if it is a
    one-word title in another case or a compound's ('des Ministers', 'Außenminister').
    Asked for every capitalized word of every name pass, so asked once per word."""
    by_first = _titles_by_first(lang)
    titles = by_first.get(word.rstrip("."), ())
    for ending, base in _title_endings(lang):  # 'des Ministers', 'przewodniczącej'
        form = word[: -len(ending)] + base
        if word.endswith(ending) and len(form) > 4 and (form,) in by_first.get(form, ()):
            return titles, 1
    if len(word) > 8 and word.endswith(_compound_heads(lang)):  # German "Außenminister"
        return titles, 1
    return titles, 0


@cache
def _title_endings(lang: str) -> tuple[tuple[str, str], ...]:
    """(case ending, ending of the dictionary form) a one-word title takes (lexicon
    ``title_endings``: a list of endings to drop, German -n, -s; or a table, Polish
    'przewodniczącej' -> 'przewodnicząca'), longest first."""
    table = lexicon(lang)["people"].get("title_endings", [])
    pairs = table.items() if isinstance(table, dict) else ((e, "") for e in table)
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _same_title_word(text: str, word: str) -> bool:
    low = text.lower()
    return low == word or low == word.rstrip(".")


# --- where to look: windows around titles and capitalized runs -------------------------

_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())


@cache
def _cap_run() -> re.Pattern[str]:
    """Runs of capitalized words, joined by up to two name particles ('Ursula von der Leyen')."""
    word = rf"[{_UPPER}][\w'’.-]*"
    particles = "|".join(sorted(map(re.escape, _particles()), key=len, reverse=True))
    gap = rf"[ \u00a0]+(?:(?:{particles})[ \u00a0]+){{0,2}}" if particles else r"[ \u00a0]+"
    return re.compile(rf"(?<![\w'’-]){word}(?:{gap}{word})+")


@cache
def _particles() -> frozenset[str]:
    """The lowercase words inside names, from every language's lexicon: a pt article names
    'Ursula von der Leyen' as a de one names 'Lula da Silva'."""
    return frozenset(w.lower() for w in union("people", "name_particles"))


def is_particle(word: str) -> bool:
    """A lowercase word inside names ('da', 'von', 'de')."""
    return word.lower() in _particles()


def _name_words(tokens: Sequence[Token], first: int, last: int) -> list[str]:
    """The words of tokens[first:last] that count as a name's, particles left out."""
    return [tokens[k].text for k in range(first, last) if not is_particle(tokens[k].text)]


def _past_words(tokens: Sequence[Token], first: int, last: int, n: int) -> int:
    """Index just past the first n name words from first (particles ride along), at most last."""
    count = 0
    for k in range(first, last):
        if not is_particle(tokens[k].text):
            count += 1
            if count == n:
                return k + 1
    return last


_WINDOW_BEFORE = 80  # characters: room for a title phrase before a name
_WINDOW_AFTER = 160  # characters: room for a role in apposition after a name
_FOLD = {c: fold(chr(c))[:1] or chr(c) for c in range(0x41, 0x250) if len(fold(chr(c))) >= 1}


def fold_same_length(text: str) -> str:
    """fold() one character at a time, so offsets in the result are offsets in the text."""
    return text.translate(_FOLD)


@cache
def _title_pattern(lang: str) -> re.Pattern[str]:
    """Every title phrase, to be searched in fold_same_length(text): no IGNORECASE, and
    the phrases as a trie, so most positions fail on their first character."""
    phrases = {fold_same_length(" ".join(t)) for t in _titles(lang)}
    return re.compile(rf"(?<![\w-])(?:{phrase_pattern(phrases)})(?![\w-])")


@cache
def _compound_head_pattern(lang: str) -> re.Pattern[str] | None:
    """The titles that end compounds (German 'Außenminister'), at the end of a word."""
    heads = {fold_same_length(h) for h in _compound_heads(lang)}
    if not (heads and lexicon(lang).get("text", {}).get("compounds")):
        return None
    return re.compile(rf"(?:{phrase_pattern(heads)})(?![\w-])")


def title_spans(folded: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each title in folded[start:end], leftmost first, not overlapping:
    the title phrases, and in languages that join words, any word ending in a title."""
    spans = [m.span() for m in _title_pattern(lang).finditer(folded, start, end)]
    heads = _compound_head_pattern(lang)
    if heads is None:
        return spans
    compounds = []
    for m in heads.finditer(folded, start, end):
        word = m.start()
        while word > start and (folded[word - 1].isalnum() or folded[word - 1] == "_"):
            word -= 1
        if word < m.start() and not (word > 0 and folded[word - 1] == "-"):
            compounds.append((word, m.end()))
    merged: list[tuple[int, int]] = []
    # at the same start a title phrase wins over a compound, as in one alternation
    ranked = sorted([(a, 0, b) for a, b in spans] + [(a, 1, b) for a, b in compounds])
    for a, _, b in ranked:
        if not merged or a >= merged[-1][1]:
            merged.append((a, b))
    return merged


@cache
def _known_pattern(known: frozenset[tuple[str, ...]], lang: str) -> re.Pattern[str] | None:
    """Every known name, and the lone surnames of surname_keys, in folded text."""
    if not known:
        return None
    surnames = {(s,) for s in surname_keys(known, lang)}
    names = sorted(known | surnames, key=lambda k: (len(k), sum(map(len, k))), reverse=True)
    body = "|".join(
        r"\s+".join(rf"{_folded_word(w)}\w{{0,{_INFLECTION}}}" for w in key) for key in names
    )
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def _folded_word(key_word: str) -> str:
    """A key word as a pattern over fold_same_length text, where 'ß' folds to one 's'
    (fold gives 'ss'): 'grossmann' finds 'Großmann' and 'Grossmann'. What it finds is
    checked against the key with fold() afterwards."""
    return re.escape(key_word).replace("ss", "ss?")


@cache
def _by_first(known: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Known names by the first three letters of their first word, longest names first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(known, key=len, reverse=True):
        by_first.setdefault(key[0][:3], []).append(key)
    return by_first


def _may_be_name(run: re.Match[str], lang: str) -> bool:
    """A capitalized run worth a closer look: not mostly everyday words ('Die Konferenz'),
    or one with a given name in it ('José Manuel Rellán': names are frequent words)."""
    words = [w for w in run.group().split() if not is_particle(w)]
    return sum(is_common_word(w.rstrip("."), lang) for w in words) * 2 <= len(words) or any(
        _given(w, lang) for w in words[:_MAX_NAME_WORDS]
    )


def _given_named(
    tokens: Sequence[Token], run: tuple[int, int], lang: str, *, spoken: bool = False
) -> tuple[int, int] | None:
    """The name in a run that opens with a given name and ends in a word that is no
    everyday word or another given name: 'Matilde Gregori', 'José Manuel Rellán',
    'Donald Tusk'; not 'The Guardian' or 'May Day'. Next to a speech verb (``spoken``)
    the last word may be an everyday word ('disse Ana Costa'). Words in front of the
    given name are dropped ('Hiszpanii Pedro Sánchez')."""
    first, last = run
    while first < last and not _given(tokens[first].text, lang):
        first += 1
    last = _past_words(tokens, first, last, _MAX_NAME_WORDS)
    words = _name_words(tokens, first, last)
    if len(words) < 2:
        return None
    if any(lemma(w, lang) in _not_names(lang) for w in words):
        return None
    tail = words[-1]
    if (
        first > run[0]
        and is_common_word(words[0], lang)
        and is_common_word(tail, lang)
        and not _given(tail, lang)
        and not _acronyms(tokens, run[0], first)  # 'IPMA Tiago Neves'
        and given_name_gender(words[0], lang) in (None, "?")  # 'Baltic Link Oskar Berg'
    ):
        return None  # 'the Malawi Red Cross said': 'Red' is a given name, not inside a run
    # next to a speech verb, a surname may be an everyday word: 'disse Ana Costa'
    if spoken or _given(tail, lang) or not is_common_word(tail, lang):
        return first, last
    return None


def _acronyms(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether tokens[first:last] are all in capitals ('IPMA' before 'Tiago Neves')."""
    return all(t.text.isupper() for t in tokens[first:last])


@lru_cache(maxsize=1 << 16)
def _given(word: str, lang: str) -> bool:
    """A given name that is not one of the language's function words ('Am', 'Na', 'By',
    'Le' are names somewhere, and the commonest words here)."""
    if len(word) > 1 and word.isupper():
        return False  # 'KE', 'UE', 'ONU': an acronym, though 'Ke' and 'Ue' are names
    if word.lower() in words(lang, "speech", "according"):
        return False  # 'Segundo Szalai, …': according to Szalai, though Segundo is a name
    return is_given_name(word, lang) and not is_function_word(word, lang)


def _is_cap(token: Token) -> bool:
    return token.text[0].isupper()  # only letters are upper case


def capitalized_runs(
    tokens: Sequence[Token], lang: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """(first, last+1) token indices of the runs of capitalized words that are not titles,
    for the runs whose first word starts in text[start:end]."""
    end = tokens[-1].end if end is None and tokens else end
    i = next((k for k, t in enumerate(tokens) if t.start >= start), len(tokens))
    while 0 < i < len(tokens) and _cap_word(tokens, i - 1, lang) and _cap_word(tokens, i, lang):
        i -= 1  # the run began before start ('l’Intérieur Tomasz Siemoniak'): read it whole
    runs: list[tuple[int, int]] = []
    while i < len(tokens) and tokens[i].start < end:
        if _cap_word(tokens, i, lang):
            j = i + 1
            while j < len(tokens) and _cap_word(tokens, j, lang):
                j += 1
            while (
                (particles := _particles_at(tokens, i, j, lang))
                and _cap_word(tokens, j + particles, lang)
                and not is_not_name(tokens[j + particles].text, lang)  # 'von der Universität'
                and not _body_after(tokens, j + particles, lang)  # 'von GeoSphere Austria'
            ):  # 'Lula da Silva', 'Ursula von der Leyen'
                j += particles + 1
                while j < len(tokens) and _cap_word(tokens, j, lang):
                    j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _body_after(tokens: Sequence[Token], k: int, lang: str) -> bool:
    """Whether the capitalized words from tokens[k] name a body or a place ('Stefan Gruber
    von [GeoSphere Austria]', 'Ana Lis da [Cruz Vermelha]'), not more of a name."""
    run = []
    while k < len(tokens) and _cap_word(tokens, k, lang):
        run.append(tokens[k].text)
        k += 1
    return bool(run) and (
        is_territory(" ".join(run))
        or is_territory(run[-1])
        or any(is_body_word(w, lang) for w in run)
    )


def _particles_at(tokens: Sequence[Token], i: int, j: int, lang: str) -> int:
    """How many lowercase name particles (one or two) stand at tokens[j], in a run
    tokens[i:j] that holds a given name ('Banco de Portugal' is no name), before one
    more word."""
    if not (0 < j < len(tokens)) or not any(_given(tokens[k].text, lang) for k in range(i, j)):
        return 0
    n = 0
    while n < 2 and j + n < len(tokens) and tokens[j + n].text in _particles():
        n += 1
    return n if j + n < len(tokens) else 0


def _cap_word(tokens: Sequence[Token], k: int, lang: str) -> bool:
    """A capitalized word that is no title: part of a name's run, or of a title's
    complement ('Minister of [Foreign Affairs]')."""
    return _is_cap(tokens[k]) and not title_at(tokens, k, lang)


def _name_part(tokens: Sequence[Token], run: tuple[int, int], lang: str) -> tuple[int, int] | None:
    """The name inside a capitalized run: everyday words in front are dropped
    ("Public Security Luong Tam Quang"); a run of mostly everyday words is no name
    ("United Nations Office")."""
    first, last = run
    while (
        (n := len(_name_words(tokens, first, last))) > _MAX_NAME_WORDS
        or (n > 3 and is_common_word(tokens[first].text, lang))
        or (first < last and is_particle(tokens[first].text) and tokens[first].text.islower())
    ):
        first += 1
    words = _name_words(tokens, first, last)
    if not 2 <= len(words) <= _MAX_NAME_WORDS:
        return None
    if sum(is_common_word(w, lang) for w in words) * 2 > len(words):
        return None
    if is_common_word(words[0], lang) and not _given(words[0], lang):
        return None  # 'Gemeinde Michelhausen', 'Nationalen Sicherheitsrat', 'Storm Boris'
    return first, last


def clear_names(text: str, spans: Iterable[tuple[int, int]], lang: str) -> list[Mention]:
    """Names that a title, an apposition or a speech verb marks as a person's.

    Only capitalized runs worth a look are read, each in a small window of its own: a
    run that is not mostly everyday words, or that a title introduces. A pope's or a
    monarch's title also marks a one-word name ('papież Franciszek', 'Queen Letizia').
    """
    found: dict[tuple[int, int], Mention] = {}
    spans = list(spans)
    regnal = _regnal_names(text, spans, lang)
    for mention in [*_single_names(text, spans, lang), *_witness_names(text, spans, lang), *regnal]:
        found[(mention.start, mention.end)] = mention
    for start, end in spans:
        for run in _cap_run().finditer(text, start, end):
            if any(m.start <= run.start() < m.end for m in regnal):
                continue  # 'Napoléon III': read whole
            if not (_may_be_name(run, lang) or _titled_run(text, run, start, lang)):
                continue
            tokens = tokenize(text, *_around(text, run.start(), run.end(), start, end))
            for mention in _names_in(text, tokens, lang, run.start(), run.end()):
                found[(mention.start, mention.end)] = mention
    surfaces = {m.surface for m in found.values()}
    bodies = {s for s in surfaces if _named_before_a_body_noun(text, s, lang)}
    parts = {w for m in found.values() if m.key and len(m.key) > 1 for w in m.key}
    return sorted(
        (
            m
            for m in found.values()
            if m.surface not in bodies
            # 'Nayan said' after 'Nayan Ramesh': his name, cut short (explore.people.mentions)
            and not (len(m.key or ()) == 1 and m.key[0] in parts and not m.roles)
        ),
        key=lambda m: m.start,
    )


_REGNAL = re.compile(
    rf"(?<!\w)([{_UPPER}][\w’'-]+) (X{{0,3}}(?:IX|IV|VI{{0,3}}|I{{2,3}})|X{{1,3}})(?!\w)"
)


def _regnal_names(text: str, spans: Iterable[tuple[int, int]], lang: str) -> list[Mention]:
    """A given name with a monarch's or a pope's number ('Napoléon III', 'Napoleona III',
    'Leo XIV'): a person, the name in its dictionary form; not 'Vatican II'."""
    found = []
    for start, end in spans:
        for hit in _REGNAL.finditer(text, start, end):
            word = hit.group(1)
            base = given_name_base(word, lang)
            if base is None and not is_given_name(word, lang):
                continue
            name = f"{base[0] if base else word} {hit.group(2)}"
            found.append(Mention(hit.start(), hit.end(), hit.group(), _key(name), ()))
    return found


def _named_before_a_body_noun(text: str, surface: str, lang: str) -> bool:
    """A name with no given name that the article also sets before a body's noun ('the
    Cobre Norte copper mine', 'die Nordic-Star-Reederei' aside): a body's name, though
    'Cobre Norte confirmed …' made it look like a speaker's."""
    if _given(surface.split(maxsplit=1)[0], lang):
        return False
    pattern = rf"(?<!\w){re.escape(surface)}\s+(?:[a-zà-ÿ]+\s+)?([a-zà-ÿ]+)"
    places = words(lang, "people", "place_nouns")
    return any(
        is_body_word(hit.group(1), lang) or hit.group(1) in places
        for hit in re.finditer(pattern, text)
    )


def _single_names(text: str, spans: Iterable[tuple[int, int]], lang: str) -> list[Mention]:
    """One-word names after the titles that take them ([people] single_name_titles)."""
    pattern = _single_title_pattern(lang)
    if pattern is None:
        return []
    found = []
    for start, end in spans:
        for hit in pattern.finditer(text, start, end):
            a, b = hit.span("name")
            word = text[a:b]
            if text[b : b + 1] == " " and text[b + 1 : b + 2].isupper():
                continue  # more capitalized words follow: a full name, read as a run
            if is_function_word(word, lang) or (
                is_common_word(word, lang) and not _given(word, lang)
            ):
                continue
            found.append(
                Mention(a, b, word, _key(word), (text[hit.start() : hit.start("name")].strip(),))
            )
    return found


def _witness_names(text: str, spans: Iterable[tuple[int, int]], lang: str) -> list[Mention]:
    """One-word names of people who speak as a resident, a survivor, a colleague (lexicon
    ``witness_nouns``): 'Yaroslav, un habitant de X, a confié', 'One resident, Ibrahim,
    told AFP', 'Kollegin Koo berichtete'. The noun and a speech verb close by both mark
    the word as a person's; a body, a place or an everyday word is never one."""
    nouns = words(lang, "people", "witness_nouns")
    if not nouns:
        return []
    found = []
    stems = _witness_stems(lang)
    for start, end in spans:
        # the words worth a look: near a witness's noun, or right after a closed quote
        hits = [
            h
            for m in stems.finditer(text, start, end)
            for h in _ONE_WORD_NAME.finditer(
                text, max(start, m.start() - _WITNESS_NEAR), _word_end(text, m.end(), end)
            )
        ]
        hits += [
            h
            for m in _QUOTE_CLOSED_AT.finditer(text, start, end)
            if (h := _ONE_WORD_NAME.match(text, m.end() - 1, end)) is not None
        ]
        seen: set[int] = set()
        for hit in hits:
            if hit.start() in seen:
                continue
            seen.add(hit.start())
            word = hit.group()
            a, b = hit.span()
            if text[b : b + 1] == " " and text[b + 1 : b + 2].isupper():
                continue  # more capitalized words follow: a full name, read as a run
            if _witness_said(text, a, b, start, end, nouns, lang):
                if not _may_be_single_name(word, lang):
                    continue
            elif not (  # right before 'said', even a word that is everyday elsewhere ('Ng')
                _said_after_quote(text, a, b, start, lang)
                and _may_be_single_name(word, lang, common=True)
            ):
                continue
            found.append(Mention(a, b, word, _key(word), ()))
    return found


def _word_end(text: str, pos: int, end: int) -> int:
    """The end of the word _WITNESS_NEAR characters past ``pos`` (not inside a word)."""
    stop = min(end, pos + _WITNESS_NEAR)
    while stop < end and (text[stop].isalnum() or text[stop] in "’'-"):
        stop += 1
    return stop


def _said_after_quote(text: str, a: int, b: int, start: int, lang: str) -> bool:
    """'“…,” Ng said': a word between the comma that closes a quote and a speech verb."""
    if not _QUOTE_CLOSED.search(text, max(start, a - 4), a):
        return False
    said = text[b : b + 30].split()[:1]
    return bool(said) and is_speech_verb(said[0].strip(",.:"), lang)


_QUOTE_CLOSED = re.compile(r"[,!?][\"”»’]\s+$")
_QUOTE_CLOSED_AT = re.compile(r"[,!?][\"”»’]\s+[^\W\d_]")


@cache
def _witness_stems(lang: str) -> re.Pattern[str]:
    """The first letters of each witness noun at a word's start, to find the few places
    worth a look (one trie-shaped pattern: fast on long paragraphs)."""
    stems = sorted({w[:5].lower() for w in words(lang, "people", "witness_nouns")})
    return re.compile(rf"(?<![^\W\d_])(?:{trie(stems)})", re.IGNORECASE)


_ONE_WORD_NAME = re.compile(rf"(?<![\w’'-])[{_UPPER}][a-zß-ÿā-ž’'-]+(?![\w’'-])")
_WITNESS_REACH = 160  # characters from a name in apposition to its speech verb
_WITNESS_NEAR = 40  # characters between a witness's noun and the name apposed to it
_WITNESS_WORDS = 6  # words read before a name apposed to a witness's noun


def _witness_said(text, a, b, start, end, nouns, lang) -> bool:  # noqa: PLR0917
    """Whether a witness's noun stands next to text[a:b] and a speech verb follows."""
    before = text[max(start, a - 40) : a]
    after = text[b : min(end, b + _WITNESS_REACH)]
    prev = re.findall(r"[\w’'-]+|[,]", before)[-_WITNESS_WORDS:]
    if prev[-1:] == [","] and after.startswith(","):
        # 'Um guia local, Waldo,', 'Une victime de 32 ans, Nadine,': the witness's noun, then
        # lowercase words or an age before the comma
        k = len(prev) - 2
        while (
            k > 0
            and not _witness_word(prev[k], nouns, lang)
            and (prev[k].islower() or prev[k].isdigit())
        ):
            k -= 1
        if k >= 0 and _witness_word(prev[k], nouns, lang):
            if _verb_after_comma(after[1:], lang, first=True):
                return True
            # no speech verb: a given name alone marks a person ('…, Nadine, se trouvait')
            return _given(text[a:b], lang)
    prev = prev[-2:]
    if (
        after.startswith(", ")
        and any(  # 'Yaroslav, un habitant de …, a confié'
            _witness_word(w, nouns, lang) for w in after[2:].split()[:3]
        )
    ):
        return _verb_after_comma(after[2:], lang)
    if prev[-1:] == [","] and len(prev) == 2 and _witness_word(prev[0], nouns, lang):
        return False  # the comma after the name is missing
    if prev and prev[-1][:1].isupper() and not _witness_word(prev[-1], nouns, lang):
        return False  # 'Daily Mail said': the end of a longer name
    if prev and _witness_word(prev[-1], nouns, lang):  # 'Kollegin Koo berichtete'
        nxt = after.split(maxsplit=1)[:1]
        return bool(nxt) and is_speech_verb(nxt[0].strip(",:"), lang)
    return False


def _witness_word(word: str, nouns: frozenset[str], lang: str) -> bool:
    return word.lower() in nouns or lemma(word, lang) in nouns


def _verb_after_comma(rest: str, lang: str, *, first: bool = False) -> bool:
    """A speech verb right after a comma in ``rest`` (or, with ``first``, at its start),
    before the sentence ends: the verb the apposed name is the subject of."""
    clause = re.split(r"[.;!?«»“”„\"]", rest, maxsplit=1)[0]
    pieces = clause.split(",")
    for piece in pieces[:1] if first else pieces[1:]:
        said = piece.split()[:2]
        if any(is_speech_verb(w, lang) for w in said):
            return True
    return False


def _may_be_single_name(word: str, lang: str, *, common: bool = False) -> bool:
    """A word that may be a one-word name: no function word, everyday word (unless a
    given name, or ``common`` allows it), place or body."""
    if is_function_word(word, lang) or is_territory(word):
        return False
    if not common and is_common_word(word, lang) and not _given(word, lang):
        return False
    return not (is_body_word(word, lang) or is_not_name(word, lang))


@cache
def _single_title_pattern(lang: str) -> re.Pattern[str] | None:
    titles = lexicon(lang)["people"].get("single_name_titles", [])
    if not titles:
        return None
    words = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?i:{words})\s+(?P<name>[{_UPPER}][\w’'-]+)(?![\w’'-])")


def _titled_run(text: str, run: re.Match[str], start: int, lang: str) -> bool:
    """A title stands in the run or right before it ('ministra Ana Costa')."""
    before = text[max(start, run.start() - 40) : run.start()].split()
    # "l'ambassadeur Paul Martin": the title after the elided article
    words = [w.replace("’", "'").rsplit("'", 1)[-1] for w in [*before[-1:], *run.group().split()]]
    heads = _compound_heads(lang)
    return any(
        w.lower().rstrip(".,") in _titles_by_first(lang)
        or (
            len(w) > 8
            and w.lower().endswith(heads)
            and lexicon(lang).get("text", {}).get("compounds")
        )
        for w in words
    )


def _around(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """A window of whole words around text[s:e], inside text[start:end]."""
    space = text.rfind(" ", start, max(start, s - _WINDOW_BEFORE))
    left = space + 1 if space != -1 else start
    space = text.find(" ", min(end, e + _WINDOW_AFTER), end)
    return left, space if space != -1 else end


def _past_genitive_phrase(tokens: Sequence[Token], name: tuple[int, int], lang: str):
    """A name of three words or more that opens right after an adjective in the genitive
    ('burmistrz Nowego Sadu Milan Lis'): its first word is the adjective's noun, no name's."""
    first, last = name
    endings = tuple(words(lang, "people", "genitive_adjective_endings"))
    if endings and last - first >= 3 and tokens[first - 1].text.endswith(endings):
        return first + 1, last
    return name


def _names_in(text: str, tokens: Sequence[Token], lang: str, s: int, e: int) -> list[Mention]:
    found = []
    for run in capitalized_runs(tokens, lang, s, e):
        title = _title_start(tokens, run[0] - 1, lang)
        titled = title is not None
        if titled and _apposed_title(tokens, title, lang):
            continue  # 'X, the director of the operator, Lakeline Transport': its name
        if titled:  # 'rzeczniczka Czerwonego Krzyża Alinafe Chirwa': past the body
            run = _past_body(tokens, run, lang)  # noqa: PLW2901
        if (
            titled
            and 2 <= len(_name_words(tokens, *run)) <= _MAX_NAME_WORDS
            and not any(lemma(w, lang) in _not_names(lang) for w in _name_words(tokens, *run))
        ):
            part: tuple[int, int] | None = run  # "Director Peter Hansen": a name
            inner = _given_named(tokens, run, lang, spoken=True) if run[1] - run[0] > 2 else None
            if (
                inner is not None
                and inner[0] > run[0]
                and not any(
                    puts_surname_first(t.text) and not t.text.isupper()
                    for t in tokens[run[0] : run[1]]
                )
                and not any(is_function_word(t.text, lang) for t in tokens[run[0] : inner[0]])
            ):  # 'premier Hiszpanii Pedro Sánchez', 'burmistrz Istiai Dimitra Papadaki':
                # the title's complement first (but 'Nguyen Minh Vu' and 'Le Xuan Minh'
                # open with a surname)
                part = _past_genitive_phrase(tokens, inner, lang)
        else:
            part = _name_part(tokens, run, lang)
        given = None
        if not titled:
            spoken = _next_to_speech_verb(tokens, run[0], run[1], lang)
            given = _given_named(tokens, run, lang, spoken=spoken)
            loose = given or _given_named(tokens, run, lang, spoken=True)
            if (
                given is None
                and loose is not None
                and (  # not inside a longer run ('the Malawi Red Cross'), but 'IPMA Tiago
                    loose[0] == run[0]  # Neves', 'Prezes armatora Baltic Link Oskar Berg'
                    or _acronyms(tokens, run[0], loose[0])
                    or _role_before(text, tokens, run[0], lang) is not None
                )
                and (_roles(text, tokens, *loose, lang) or _aged(tokens, loose[1], lang))
            ):
                given = loose  # 'Rui Lobato, presidente do governo,', 'Dana Holt, 44,
        if part is None and given is None:
            continue
        if (
            given is not None
            and given[0] == run[0] + 1
            and _forename(tokens, run[0], lang)
            and (_aged(tokens, given[1], lang) or _next_to_speech_verb(tokens, *given, lang))
        ):  # 'Viswash Kumar Ramesh, 38,': a given name no list holds, before a listed one
            given = (run[0], given[1])
        first, last = given or part  # type: ignore[misc]  (a given name marks where it starts)
        if last - first > 2 and _ROMAN.fullmatch(tokens[last - 1].text):
            first = last - 2  # 'Regina Coeli Leon XIV': a regnal name is one name and its number
        elif last - first > 2 and is_acronym(tokens[last - 1].text):
            last -= 1  # 'cytuje gubernatora Roya Coopera NBC': a body's letters, no name's
        if _title_complement(tokens, first, last, lang):
            first += 1  # 'le ministre de la Justice Gérald Darmanin'
        if any(not _wordlike(tokens[k].text) for k in range(first, last)):
            continue  # 'Air India Flug AI171': a name has no digits
        if not titled and _named_body(tokens, first, last, lang):
            continue
        if (
            not titled
            and first > run[0]
            and _named_body(tokens, run[0], last, lang)
            and not (given is not None and _next_to_speech_verb(tokens, first, last, lang))
        ):  # 'Stowarzyszenia Winogrodników Alto Douro': a body's name, whole; but 'szefowa
            continue  # straży pożarnej Los Angeles Kristin Crowley potwierdziła': hers
        roles = _roles(text, tokens, first, last, lang)
        if (
            not titled
            and (given is None or not (roles or _next_to_speech_verb(tokens, first, last, lang)))
            and _after_place_word(tokens, first, lang, named=given is not None)
        ):  # 'na konferencji w Lilongwe Gondwe powiedział': a place, then a surname; 'the
            continue  # toll in Mato Grosso has risen', 'the state of Rio Grande do Sul'

        if (
            not titled
            and first > 0
            and _is_connector(tokens[first - 1], lang)
            and (
                (given is None and _title_ends_before(tokens, first - 1, lang))
                or _role_before(text, tokens, first, lang)
            )
            and not _aged(tokens, last, lang)
        ):  # 'the chief executive of Cobre Norte, Andrés Rojas', 'a porta-voz da
            continue  # Associação de Viticultores do Alto Douro, X': the title's body
        if not (
            titled
            or roles
            or (given is not None and not _everyday_given(tokens, first, last, lang))
            or _next_to_speech_verb(tokens, first, last, lang)
            or _aged(tokens, last, lang)
        ):
            continue
        a, b = tokens[first].start, tokens[last - 1].end
        found.append(Mention(a, b, text[a:b], _key(text[a:b]), roles))
    return found


def _everyday_given(tokens: Sequence[Token], first: int, last: int, lang: str) -> bool:
    """A name that nothing but its given name marks as a person's, all of whose words are
    among the language's most frequent ('festa de Ano Novo', 'Rio Grande do Sul', 'Santa
    Maria' in Portuguese): a place's or a thing's name; names of less frequent words
    ('Mark Carney', 'Rosa Lima') stay people's."""
    return all(everyday_word(t.text, lang) for t in tokens[first:last] if not t.text.islower())


def _after_place_word(tokens: Sequence[Token], k: int, lang: str, *, named: bool) -> bool:
    """Whether the words before tokens[k] lead to a place: a place preposition ('in',
    'w'), a place noun ('w stanie'), or one and 'of' ('the state of', 'no distrito norte
    de'; the lexicon's places.nouns and places.compass). Before a name with a
    given name (``named``), not a preposition that may take a person too ('głosować na
    Annę Lis'; lexicon places.person_prepositions)."""
    if k == 0:
        return False
    before = tokens[k - 1].text.lower()
    if before in words(lang, "places", "prepositions"):
        return not (named and before in words(lang, "places", "person_prepositions"))
    places = place_words(lang)
    if tokens[k - 1].text.islower() and before in _place_nouns_alone(lang):
        return True  # 'w stanie Rio Grande do Sul', 'im Bundesstaat Rio Grande do Sul'
    return k > 1 and before in words(lang, "places", "of") and tokens[k - 2].text.lower() in places


@cache
def _place_nouns_alone(lang: str) -> frozenset[str]:
    """The place words that lead to a name with no 'of' after them ('w stanie')."""
    return frozenset(
        w for w in place_words(lang) - words(lang, "places", "of") if not is_function_word(w, lang)
    )


def _forename(tokens: Sequence[Token], k: int, lang: str) -> bool:
    """A capitalized word before a given name that can only be a name too: no everyday
    word, place, body or title ('Viswash' before 'Kumar Ramesh', not 'Brigadier')."""
    word = tokens[k].text
    return (
        not _compounds(lang)  # German nouns are capitalized and coined: 'Wahlsiegerin X'
        and word.isalpha()
        and not title_at(tokens, k, lang)
        and not (k > 0 and title_at(tokens, k - 1, lang))
        and word.istitle()
        and all(is_unknown_word(word, other) for other in supported_languages())
        and not is_territory(word)
        and not is_body_word(word, lang)
        and not is_not_name(word, lang)
    )


def _past_body(tokens: Sequence[Token], run: tuple[int, int], lang: str) -> tuple[int, int]:
    """The words of a titled run after the body it names in the genitive, when two or
    more follow it ('rzeczniczka [Czerwonego Krzyża] Alinafe Chirwa'): the name."""
    first, last = run
    cut = max(
        (k + 1 for k in range(first, last) if lemma(tokens[k].text, lang) in _not_names(lang)),
        default=first,
    )
    while (  # the body's adjectives after it: 'Bezpieczeństwa [Publicznego] Luong Tam Quang'
        cut > first
        and len(_name_words(tokens, cut, last)) > 2
        and is_common_word(tokens[cut].text, lang)
        and not _given(tokens[cut].text, lang)
    ):
        cut += 1
    return (cut, last) if cut > first and len(_name_words(tokens, cut, last)) >= 2 else run


def _wordlike(word: str) -> bool:
    return word.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha()


def _title_complement(tokens: Sequence[Token], first: int, last: int, lang: str) -> bool:
    """Whether the first word of a name of three words or more is the end of a title's
    complement: an everyday word right after 'de la', 'of the' that ends a title ('le
    ministre de la Justice Gérald Darmanin', 'Minister of Justice Ana Costa')."""
    if len(_name_words(tokens, first, last)) < 3 or not is_common_word(tokens[first].text, lang):
        return False
    k = first - 1
    while (
        k >= 0
        and k >= first - 2
        and tokens[k].text.islower()
        and is_function_word(tokens[k].text, lang)
    ):
        k -= 1
    return k < first - 1 and _title_ends_at(tokens, k, lang)


def _age_before(tokens: Sequence[Token], first: int, lang: str) -> int:
    """Where an age phrase before a name starts, with its article ('die 61-jährige', 'the
    45-year-old', 'die 59 Jahre alte'; lexicon ``age_words``); ``first`` when none."""
    ages = words(lang, "people", "age_words")
    k = first
    while k > 0 and tokens[k - 1].text.lower() in ages:
        k -= 1  # 'Jahre alte'
    head, _, tail = tokens[k - 1].text.partition("-") if k > 0 else ("", "", "")
    if not (head.isdigit() and (k < first or tail.lower() in ages)):
        return first
    k -= 1
    if k > 0 and tokens[k - 1].text.lower() in words(lang, "places", "articles"):
        k -= 1
    return k


def _aged(tokens: Sequence[Token], last: int, lang: str) -> bool:
    """A name with an age in apposition: 'Nayan Ramesh, 27,', 'Ana Lopes (54)', 'Ewa
    Dąb, 33-letnia …', 'Ana Lis, de 48 anos,' (lexicon ``age_words``, ``age_of``)."""
    after = [t.text for t in tokens[last : last + 5]]
    if after and after[0] in ",(":  # 'Mirra Wong, de 48 anos,', 'Léa Roy, âgée de 13 ans,'
        joined_after = " ".join(after[1:]).lower()
        phrase = next((p for p in _age_of(lang) if joined_after.startswith(p + " ")), None)
        if phrase is not None:
            del after[1 : 1 + len(phrase.split())]
    after = after[:3]
    if len(after) >= 2 and after[0] == ",":
        head, _, tail = after[1].partition("-")
        if head.isdigit() and tail.lower() in words(lang, "people", "age_words"):
            return True
    return (
        len(after) == 3
        and after[0] in ",("
        and after[1].isdigit()
        and 0 < int(after[1]) < 120
        and (after[2] in ",)" or after[2].lower() in words(lang, "people", "age_words"))
    )  # 'Joaquim Sá, 67 anos,'


@cache
def _age_of(lang: str) -> tuple[str, ...]:
    """The lexicon's words between a name's comma and its age, longest first."""
    return tuple(sorted(words(lang, "people", "age_of"), key=len, reverse=True))


def _named_body(tokens: Sequence[Token], first: int, last: int, lang: str) -> bool:
    """A run that names a body, not a person: a body's noun stands right before it ('der
    Netzbetreiber Red Eléctrica') or in apposition after it ('Geosphere Austria, die
    Bundesanstalt'), it is in capitals ('CAROLINE BREHMAN', a credit), or a word of it is
    an institution's ('Bischofskonferenz', 'Sky News')."""
    words = [tokens[k].text for k in range(first, last)]
    if all(w.isupper() and len(w) > 2 for w in words) or any(
        w.isupper() and len(w) > 5 for w in words
    ):
        return True  # 'CAROLINE BREHMAN', 'Sam PANTHAKY': a photo credit
    if is_territory(" ".join(words)):
        return True  # 'América do Sul', 'Costa Rica': a place
    if any(is_particle(w) and is_territory(" ".join(words[k + 1 :])) for k, w in enumerate(words)):
        return True  # 'Cruz Vermelha do Malawi', 'Banco de Portugal': a body of a place
    if len(words) > 1 and is_territory(words[-1]) and not _given(words[0], lang):
        return True  # 'GeoSphere Austria', 'Air India': a body named by its country
    if any(is_not_name(w, lang) for w in words):
        return True
    if len(words) > 1 and any(is_body_word(w, lang) and not _people_noun(w, lang) for w in words):
        return True  # 'des Betreibers Lakeline Transport', 'Budapester Feuerwehr': a body
    if _body_before(tokens, first, lang):
        return True
    after = tokens[last : last + 3]
    return (
        len(after) == 3
        and after[0].text == ","
        and is_function_word(after[1].text, lang)
        and is_body_word(after[2].text, lang)
        # 'Ana Lis, a spokeswoman for …': a person's role, not a body's noun
        and after[2].text.lower() not in _people_nouns(lang)
        and not title_at(tokens, last + 2, lang)
    )


def _body_before(tokens: Sequence[Token], first: int, lang: str) -> bool:
    """A body's noun a few lowercase words before a run ('der Netzbetreiber Red
    Eléctrica', 'operator sieci Red Electrica'): the run is that body's name."""
    for j in range(first - 1, max(-1, first - 1 - _BODY_REACH), -1):
        tok = tokens[j]
        if not tok.is_word or title_at(tokens, j, lang) or _title_ends_at(tokens, j, lang):
            return False  # 'le chef du gouvernement Luis Montenegro': a title, not a body
        if is_body_word(tok.text, lang) or tok.text.lower() in words(lang, "people", "place_nouns"):
            if _given(tokens[first].text, lang) and _complements_title(tokens, j, lang):
                return False  # 'rzeczniczka bawarskiej policji Sabine Maurer': her title's body
            return tok.text.lower() not in _people_nouns(lang)  # 'lotnisko Sardar Patel' too
        if tok.text[0].isupper():
            # 'Associação Brasileira de Remo Olímpico': the run ends a body's name
            return (
                j == first - 2
                and is_particle(tokens[j + 1].text)
                and _body_run_ends_at(tokens, j, lang)
            )
    return False


def _body_run_ends_at(tokens: Sequence[Token], j: int, lang: str) -> bool:
    """Whether the capitalized words that end at tokens[j] hold a body's noun."""
    for k in range(j, max(-1, j - _NAME_REACH), -1):
        tok = tokens[k]
        if not (tok.is_word and tok.text[0].isupper()):
            return False
        if is_body_word(tok.text, lang):
            return True
    return False


_NAME_REACH = 4  # capitalized words of a body's name read back from its end


_BODY_REACH = 3  # words between a body's noun and its name


def _complements_title(tokens: Sequence[Token], j: int, lang: str) -> bool:
    """Whether the lowercase noun at tokens[j] completes a title a word or two before it
    ('rzecznik [policji]', 'spokesman for the [police]', 'porta-voz da [polícia]')."""
    for k in range(j - 1, max(-1, j - 4), -1):
        if tokens[k].is_word and _title_ends_at(tokens, k, lang):
            return True
        if not tokens[k].is_word or not tokens[k].text.islower():
            return False
    return False


def _people_noun(word: str, lang: str) -> bool:
    return word.lower() in _people_nouns(lang) or lemma(word, lang) in _people_nouns(lang)


@cache
def _people_nouns(lang: str) -> frozenset[str]:
    """Nouns of the bodies list that name people ('firefighter', 'ratownik'): before a
    name they are its role, not its body."""
    return words(lang, "speech", "people_nouns")


def is_body_word(word: str, lang: str) -> bool:
    """A noun of a body ('police', 'Behörde'), or in German a compound that ends in one
    ('Wetteragentur', 'Bundesanstalt')."""
    return _listed(word, _organizations(lang), lang)


def is_not_name(word: str, lang: str) -> bool:
    """A word of an institution or a medium, never of a person's name ('Ministerium',
    'News'), in German also as the end of a compound ('Bischofskonferenz')."""
    return _listed(word, _not_names(lang), lang)


@lru_cache(maxsize=1 << 16)
def _listed(word: str, listed: frozenset[str], lang: str) -> bool:
    """A word of a list, as written or by lemma, or where words compound, a word that
    ends in one of its entries of five letters or more (asked again and again of the
    same words: the answer is kept)."""
    low, base = word.lower(), lemma(word, lang)
    if low in listed or base in listed:
        return True
    return _compounds(lang) and any(
        len(form) > len(entry) + 2 and form.endswith(entry)
        for entry in listed
        if len(entry) >= 5
        for form in (low, base)  # 'Seenotrettungsdienstes': its lemma ends in 'dienst'
    )


@cache
def _compounds(lang: str) -> bool:
    return bool(lexicon(lang).get("text", {}).get("compounds"))


@cache
def _not_names(lang: str) -> frozenset[str]:
    """Words of institutions, never of a person's name: 'Departamentu Spraw ...'."""
    return frozenset(lemma(w, lang) for w in lexicon(lang)["people"].get("not_names", []))


def canonical_keys(keys: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Known names without their inflected doubles: 'Tomasza Lisa' goes, 'Tomasz Lis' stays."""
    keys = set(keys)
    return {
        key
        for key in keys
        if not any(
            other != key
            and len(other) == len(key)
            and all(_same_name_word(w, o) for w, o in zip(key, other, strict=True))
            for other in keys
        )
    }


def _title_ends_at(tokens: Sequence[Token], k: int, lang: str) -> bool:
    """True when a title (or Mr, Herr, pan) ends at tokens[k]: the next word starts a name."""
    return _title_start(tokens, k, lang) is not None


def _title_ends_before(tokens: Sequence[Token], k: int, lang: str) -> bool:
    """Whether a title ends right before the connectors that end at tokens[k] ('chief
    executive [of]', 'directeur général [de la]')."""
    while k >= 0 and _is_connector(tokens[k], lang):
        k -= 1
    return k >= 0 and _title_ends_at(tokens, k, lang)


def _title_start(tokens: Sequence[Token], k: int, lang: str) -> int | None:
    """Where the title that ends at tokens[k] starts, if one does."""
    if k < 0:
        return None
    return next(
        (j for j in range(max(0, k - 3), k + 1) if j + title_at(tokens, j, lang) - 1 == k), None
    )


def _apposed_title(tokens: Sequence[Token], j: int, lang: str) -> bool:
    """Whether the title at tokens[j] stands in apposition to a name before it ('Moses
    Gondwe, the director of the operator, …'): the name after it is then its complement's
    ('…, Lakeline Transport'), not another person's."""
    k = j - 1
    while k >= 0 and tokens[k].text.islower() and is_function_word(tokens[k].text, lang):
        k -= 1  # 'the', 'die'
    if k < 1 or tokens[k].text != ",":
        return False
    name = k  # a name of two words or more ends at the comma ('…z Hanoi, minister X': none)
    while name > 0 and tokens[name - 1].is_word and _is_cap(tokens[name - 1]):
        name -= 1
    return k - name >= 2 and not is_territory(tokens[k - 1].text)


def _roles(text: str, tokens: Sequence[Token], first: int, last: int, lang: str) -> tuple[str, ...]:
    found = (_role_before(text, tokens, first, lang), _role_after(text, tokens, last, lang))
    return tuple(r for role in found if (r := _past_honorifics(role, lang)))


def _past_honorifics(role: str | None, lang: str) -> str | None:
    """A role without the honorifics that end it ('Prime Minister Sir' is 'Prime
    Minister'); None if it is only those ('Mr')."""
    while role:
        head, _, last = role.rpartition(" ")
        if last.lower().rstrip(".") not in _honorifics(lang):
            return role
        role = head.rstrip()
    return None


@cache
def _honorifics(lang: str) -> frozenset[str]:
    """Mr, Herr, pan, M.: they introduce a name but are no role."""
    return frozenset(h.lower().rstrip(".") for h in lexicon(lang)["people"].get("honorifics", []))


def _role_before(text: str, tokens: Sequence[Token], first: int, lang: str) -> str | None:
    """The title phrase that introduces a name, as written ('vice-ministre des Affaires ...')."""
    reach = _APPOSITION_REACH if first > 0 and tokens[first - 1].text == "," else _TITLE_REACH
    for back in range(1, reach + 1):
        i = first - back
        if i < 0 or tokens[i].text in '.;:!?()«»"“”„' or is_speech_verb(tokens[i].text, lang):
            return None
        if n := title_at(tokens, i, lang):
            for earlier in range(max(0, i - 3), i):  # "secrétaire général", not just "général"
                if earlier + title_at(tokens, earlier, lang) > i:
                    i, n = earlier, title_at(tokens, earlier, lang)
                    break
            while i > 0 and _modifies_title(tokens[i - 1], lang):  # "ständige", "Permanent"
                i, n = i - 1, n + 1
            if _apposed_title(tokens, i, lang):
                return None  # 'X, the director of (the operator,) Lakeline Transport': X's
            end = first - 1
            while end > i and not tokens[end].is_word:
                end -= 1
            return text[tokens[i].start : tokens[max(end, i + n - 1)].end]
    return None


def _modifies_title(token: Token, lang: str) -> bool:
    """A word before a title that belongs to it: 'Permanent Deputy Minister', 'der ständige
    stellvertretende Außenminister' (lexicon: modifier_endings)."""
    word = token.text
    if not token.is_word or len(word) < 4 or is_speech_verb(word, lang):
        return False
    if word[0].isupper():
        return lexicon(lang)["people"].get("capitalized_modifiers", False) and not _is_name_like(
            word, lang
        )
    return word.endswith(tuple(lexicon(lang)["people"].get("modifier_endings", ())))


def _is_name_like(word: str, lang: str) -> bool:
    return not is_common_word(word, lang)


def _role_after(text: str, tokens: Sequence[Token], last: int, lang: str) -> str | None:
    """The title in apposition after a name: 'John Brandolino, Director of ...,', 'Pedro
    Sanchez, Spain's prime minister,'."""
    span = _role_after_span(tokens, last, lang)
    return text[tokens[span[0]].start : tokens[span[1] - 1].end] if span else None


def _role_after_start(tokens: Sequence[Token], last: int, lang: str) -> int | None:
    """Where the title apposed after a name starts: right after its comma, or past an
    article or a country's possessive, with the words that qualify it ('X, the prime
    minister,', 'X, Spain’s foreign minister,', 'X, a former minister,')."""
    if last + 1 >= len(tokens) or tokens[last].text != ",":
        return None
    start = last + 1
    for j in range(last + 1, min(len(tokens), last + 1 + _APPOSED_LEAD + 1)):
        if title_at(tokens, j, lang):
            return start
        word = tokens[j].text
        possessive = word.endswith(("’s", "'s")) and word[0].isupper()
        if not (word.isalpha() or possessive) or is_speech_verb(word, lang):
            return None  # 'The operator, Sund Line, said the captain, …': no apposition
        if start == j and (possessive or (word.islower() and is_function_word(word, lang))):
            start = j + 1  # an article or a possessive: not the role's
        elif not word.islower():
            return None
    return None


def _role_after_span(tokens: Sequence[Token], last: int, lang: str) -> tuple[int, int] | None:
    """(first, end) token indices of the title apposed after a name, up to its clause mark."""
    start = _role_after_start(tokens, last, lang)
    if start is None:
        return None
    j = start
    while j < len(tokens) and tokens[j].text not in ",;()":
        if tokens[j].text == "." and not is_abbreviation(tokens[j - 1].text + ".", lang):
            break
        j += 1
    return start, j


def _next_to_speech_verb(tokens: Sequence[Token], first: int, last: int, lang: str) -> bool:
    first = _age_before(tokens, first, lang)  # 'sagte die 59 Jahre alte Laura Weiss'
    before = []  # the words back to a speech verb: 'wołała ze sceny Zofia Rys'
    for t in reversed(tokens[max(0, first - 3) : first]):
        if not t.is_word or (before and not t.text.islower()):
            break
        before.append(t)
    after = tokens[last] if last < len(tokens) else None
    return bool(
        any(is_speech_verb(t.text, lang) for t in before)
        or (after is not None and after.is_word and is_speech_verb(after.text, lang))
        or _apposed_before_speech(tokens, last, lang)
    )


_APPOSED_WORDS = 8  # words of an apposition between a name and its verb of saying


def _apposed_before_speech(tokens: Sequence[Token], last: int, lang: str) -> bool:
    """Whether an apposition set off by commas stands between a name and a verb of saying
    ('Philip Miller, an organizer, said'; 'Philipp Müller, einer der Organisatoren,
    sagte')."""
    if last >= len(tokens) or tokens[last].text != ",":
        return False
    for j in range(last + 1, min(len(tokens) - 1, last + 2 + _APPOSED_WORDS)):
        tok = tokens[j]
        if tok.text == ",":
            k = j + 1  # past an auxiliary: 'l'un des organisateurs, a déclaré'
            if k + 1 < len(tokens) and tokens[k].text.lower() in words(
                lang, "speech", "auxiliaries"
            ):
                k += 1
            return j > last + 1 and tokens[k].is_word and is_speech_verb(tokens[k].text, lang)
        if not tok.is_word or is_speech_verb(tok.text, lang):
            return False
    return False


def _key(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in name.split())


# --- pass 2: every mention --------------------------------------------------------------


def mentions(
    text: str, spans: Iterable[tuple[int, int]], lang: str, known: Iterable[tuple[str, ...]]
) -> list[Mention]:
    """Every mention of a known name (or a lone surname of one), and every bare title,
    in reading order. Each hit is read in a small window of its own.

    Pass the same frozenset of known names for every article: what is built from it (a
    pattern, indexes) is built once.
    """
    known = frozenset(known)  # the same object when it is one already
    by_first = _by_first(known)
    surnames = surname_keys(known, lang)
    singles = {k[0]: k for k in known if len(k) == 1}
    known_re = _known_pattern(known, lang)
    folded = fold_same_length(text)
    found: list[Mention] = []
    addressed: list[Mention] = []  # surnames after a form of address ('M. Durand')
    bodies: set[tuple[str, ...]] = set()  # known names this article gives to a body
    for start, end in spans:
        named: list[tuple[int, int]] = []  # stretches where a title belongs to a name
        for hit in known_re.finditer(folded, start, end) if known_re is not None else ():
            left, right = _around(text, hit.start(), hit.end(), start, end)
            tokens = tokenize(text, left, right)
            i = next((k for k, t in enumerate(tokens) if t.start == hit.start()), None)
            if i is None:
                continue
            if " " in hit.group().strip():  # a full name
                key = _match_known(tokens, i, len(tokens), by_first)
                size = len(key) if key is not None else 0
            else:  # a surname alone (or a one-word name, 'Franziskus'): only where no
                # capitalized word stands beside it
                word = fold(tokens[i].text)
                key = surnames.get(word) or singles.get(word) if _lone(tokens, i, lang) else None
                size = 1
            if key is None:
                continue
            a, b = tokens[i].start, tokens[i + size - 1].end
            if size > 1 and _named_body(tokens, i, i + size, lang):
                bodies.add(key)  # named as a body here: a body all through this article
                found.append(Mention(a, b, text[a:b], (ORGANIZATION, text[a:b]), ()))
                continue
            roles = _roles(text, tokens, i, i + size, lang) if size > 1 else ()
            found.append(Mention(a, b, text[a:b], key, roles))
            role = _role_after_span(tokens, i + size, lang)
            after = role[1] if role else min(len(tokens), i + size + 2)
            named.append((tokens[max(0, i - _TITLE_REACH)].start, tokens[after - 1].end))
        titles, honored = _bare_titles(text, folded, (start, end), lang, _covered(named))
        found += titles
        addressed += honored
    if bodies:
        found = [
            Mention(m.start, m.end, m.surface, (ORGANIZATION, m.surface), ())
            if m.key in bodies
            else m
            for m in found
        ]
    found += _local_surnames(text, folded, spans, found, surnames, lang=lang)
    taken = {m.start for m in found}  # 'M. Sanchez' after 'Pedro Sanchez' is he
    found += [m for m in addressed if m.start not in taken]
    found = _new_names(text, folded, sorted(found, key=lambda m: m.start), lang)
    return Mentions(
        replace(m, opens=True) if _opens_sentence(text, m) or _verb_agrees(text, m, lang) else m
        for m in _apposed_titles(text, found)
    )


def _opens_sentence(text: str, m: Mention) -> bool:
    """A name that opens its sentence and is set off by a comma ('Paula Herrera, 41,
    the wife of …'): the sentence's subject, so in a language with cases the name as
    written is its dictionary form (not 'Paul Herrer' in the genitive)."""
    if m.key is None or text[m.end : m.end + 1] != ",":
        return False
    before = text[max(0, m.start - 3) : m.start].rstrip(' \t"“„«–—-')
    return not before or before[-1] in ".!?\n"


def _verb_agrees(text: str, m: Mention, lang: str) -> bool:
    """A name right after a verb of saying whose ending says the speaker's gender, which
    the name as written has and its case reading has not ('powiedziała PAP Marcelina
    Lis': Marcelina, not Marcelin's genitive): the verb's subject, as written."""
    endings = _verb_genders(lang)
    if m.key is None or not endings:
        return False
    before = tokenize(text, max(0, m.start - _VERB_BEFORE), m.start)[-2:]
    verb = next((t.text for t in reversed(before) if is_speech_verb(t.text, lang)), None)
    gender = next((g for end, g in endings if verb and verb.endswith(end)), None)
    base = name_base(m.surface, lang) if gender else None
    if base is None:
        return False
    return given_name_gender(m.surface.split()[0]) == gender != given_name_gender(base.split()[0])


@cache
def _verb_genders(lang: str) -> tuple[tuple[str, str], ...]:
    """(ending, gender) of verbs that say their subject's gender, longest first."""
    table = lexicon(lang)["speech"].get("verb_genders", {})
    return tuple(sorted(table.items(), key=lambda e: -len(e[0])))


_VERB_BEFORE = 30  # characters before a name where the verb it is the subject of stands
_NEW_NAME_REACH = 300  # characters back from 'took the name' to the person who took it


def _new_names(text: str, folded: str, found: list[Mention], lang: str) -> list[Mention]:
    """A name a person takes is theirs ('Robert Prevost, który przyjął imię Leon XIV';
    lexicon ``new_name``): every mention of it in the article is that person's, so a pope,
    a monarch or anyone renamed is one person under both names. The person is the latest
    one named within a few sentences before, with no bare title between ('the new pope
    took the name …' names no one)."""
    pattern = _new_name_pattern(lang)
    if pattern is None:
        return found
    taken: list[tuple[tuple[str, ...], tuple[str, ...]]] = []  # (new name, person)
    for hit in pattern.finditer(text):
        before = [m for m in found if m.end <= hit.start() < m.end + _NEW_NAME_REACH]
        if not before or before[-1].key is None or before[-1].key[0] == ORGANIZATION:
            continue
        person = before[-1].key
        if any(title_spans(folded, before[-1].end, hit.start(), lang)):
            continue  # 'X verkündete, dass der neue Papst den Namen …': the pope's, not X's
        if len(person) >= 2:
            taken.append((_key(hit.group("name")), person))
    if not taken:
        return found
    return [
        replace(m, key=person)
        if m.key is not None and any(_same_key(m.key, new) for new, person in taken)
        else m
        for m in found
    ]


def _same_key(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """One name, inflected or not ('leona xiv', 'leon xiv')."""
    return len(key) == len(other) and all(
        _same_name_word(a, b) or _same_name_word(b, a) for a, b in zip(key, other, strict=True)
    )


@cache
def _new_name_pattern(lang: str) -> re.Pattern[str] | None:
    phrases = lexicon(lang)["people"].get("new_name", [])
    if not phrases:
        return None
    word = rf"[{_UPPER}][\w'’-]*"
    return re.compile(
        rf"(?<!\w)(?i:{phrase_pattern(phrases)})\s+(?P<name>{word}(?:\s+(?:{word}|[IVXLC]+\b))*)"
    )


_APPOSED = re.compile(r"\s*,\s*(?:\S+\s+){0,2}")  # ', Spain’s ', ', o ', ', the '


def _apposed_titles(text: str, found: list[Mention]) -> list[Mention]:
    """A bare title set after a name between commas is that person's role, not another
    reference ('Pedro Sanchez, Spain’s prime minister, said'): it joins the name's roles."""
    out: list[Mention] = []
    for m in found:
        before = out[-1] if out else None
        if (
            m.key is None
            and before is not None
            and before.key is not None
            and before.key[0] != ORGANIZATION
            and _APPOSED.fullmatch(text, before.end, m.start)
            and not any(c in text[before.end : m.start] for c in ".;:!?")
        ):
            roles = before.roles + tuple(r for r in m.roles if r not in before.roles)
            out[-1] = Mention(before.start, before.end, before.surface, before.key, roles)
            continue
        out.append(m)
    return out


def _bare_titles(
    text: str,
    folded: str,
    span: tuple[int, int],
    lang: str,
    inside_named: Callable[[int], bool],
) -> tuple[list[Mention], list[Mention]]:
    """The titles of a paragraph that stand without a name ('le vice-ministre'), and the
    surnames a form of address gives ('M. Durand'): titles inside a named stretch are the
    name's own."""
    start, end = span
    titles: list[Mention] = []
    addressed: list[Mention] = []
    for hit_start, hit_end in title_spans(folded, start, end, lang):
        if inside_named(hit_start):
            continue
        tokens = tokenize(text, hit_start, _phrase_end(text, hit_end, end))
        n = title_at(tokens, 0, lang)
        if not n:
            continue
        honored = tokenize(text, hit_start, min(end, hit_end + _WINDOW_BEFORE))
        surname = _honored(honored, n, lang)
        if surname is not None:  # 'M. Durand', 'Herr Hofer': a person, named by surname
            first = n + (1 if honored[n].text == "." else 0)
            a, b = honored[first].start, honored[surname - 1].end
            addressed.append(Mention(a, b, text[a:b], _key(text[a:b]), ()))
            continue
        a, b = tokens[0].start, tokens[n - 1].end
        role_end = _complement_end(tokens, n, lang) or b
        titles.append(Mention(a, b, text[a:b], None, (text[a:role_end],)))
    return titles, addressed


def _honored(tokens: Sequence[Token], n: int, lang: str) -> int | None:
    """End (token index) of the surname after a form of address that opens tokens
    ('M. Durand', 'pani Nowak'): one or two capitalized words, no title or function word."""
    title = tokens[0].text.lower().rstrip(".")
    if title not in _honorifics(lang):
        return None
    k = n + (1 if n < len(tokens) and tokens[n].text == "." else 0)
    end = k
    while end < len(tokens) and end - k < 2 and _is_cap(tokens[end]) and tokens[end].is_word:
        if is_function_word(tokens[end].text, lang) or title_at(tokens, end, lang):
            break
        end += 1
    return end if end > k else None


def _covered(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies in one of the [start, end) spans: by bisection over the
    starts, with the furthest end reached so far (a paragraph may hold thousands)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))

    def covered(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and reach[k] > offset

    return covered


def _local_surnames(
    text: str,
    folded: str,
    spans: Iterable[tuple[int, int]],
    found: Sequence[Mention],
    surnames: dict[str, tuple[str, ...]],
    *,
    lang: str,
) -> list[Mention]:
    """'Sánchez said', after 'Pedro Sánchez' in the same article: the surname alone, even
    when it is an everyday word or another person's elsewhere in the corpus (which keeps
    it out of the corpus-wide surnames), once its person was named in full here; the
    given name alone ('Nayan said', after 'Nayan Ramesh') where no one else here has it;
    and a capitalized middle word of a longer name, the one Iberian and Brazilian names
    are often cut to ('Lula' of 'Luiz Inácio Lula da Silva', 'Sánchez' of 'Pedro Sánchez
    Pérez-Castejón')."""
    first_seen: dict[str, tuple[int, tuple[str, ...]]] = {}
    for m in sorted(found, key=lambda m: m.start):
        if m.key is not None and len(m.key) >= 2 and m.key[0] != ORGANIZATION:
            # the surname, and the given name ('Nayan said', after 'Nayan Ramesh')
            parts = [m.key[-1]] if m.key[-1] not in surnames else []
            written = m.surface.split()
            given = written[0]
            if _given(given, lang) or not is_common_word(given, lang):
                parts.append(m.key[0])
            if len(written) == len(m.key) >= 3:  # 'Lula' of 'Luiz Inácio Lula da Silva'
                parts += [
                    k for w, k in zip(written[1:-1], m.key[1:-1], strict=True) if w[:1].isupper()
                ]
            for part in parts:
                if part in first_seen and first_seen[part][1] != m.key:
                    first_seen[part] = (-1, m.key)  # two people share it here: ambiguous
                else:
                    first_seen.setdefault(part, (m.end, m.key))
    wanted = {part: seen for part, seen in first_seen.items() if seen[0] >= 0 and len(part) > 2}
    if not wanted:
        return []
    pattern = re.compile(rf"(?<![\w'’-])(?:{phrase_pattern(wanted)})(?![\w'’-])")
    taken = {(m.start, m.end) for m in found}
    local = []
    for start, end in spans:
        for hit in pattern.finditer(folded, start, end):
            after, key = wanted[hit.group()]
            a, b = hit.start(), hit.end()
            if a < after or not text[a].isupper() or any(s <= a < e for s, e in taken):
                continue
            tokens = tokenize(text, *_around(text, a, b, start, end))
            i = next((k for k, t in enumerate(tokens) if t.start == a), None)
            if i is not None and _lone(tokens, i, lang):
                local.append(Mention(a, b, text[a:b], key, ()))
    return local


_PUNCTUATION = re.compile(r"[^\w\s'’-]")


def _phrase_end(text: str, start: int, end: int) -> int:
    """Just past the next punctuation mark (within _WINDOW_AFTER): a bare title's
    complement ends there, and no token spans it, so the tokens up to it are the same."""
    stop = min(end, start + _WINDOW_AFTER)
    mark = _PUNCTUATION.search(text, start, stop)
    return mark.end() if mark is not None else stop


def _lone(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """A capitalized word with no capitalized word beside it, but a title or a function
    word before it ('Regierungschef Sánchez': German titles are capitalized nouns)."""
    before = i > 0 and _is_cap(tokens[i - 1]) and tokens[i - 1].is_word
    if before and (
        _title_ends_at(tokens, i - 1, lang)
        or is_function_word(tokens[i - 1].text, lang)
        or tokens[i - 1].text.lower() in words(lang, "speech", "according")
        or _witness_word(tokens[i - 1].text, words(lang, "people", "witness_nouns"), lang)
    ):
        before = False  # 'Regierungschef Sánchez', 'But Merz said', 'Laut Merz', 'Kollegin Koo'
    return not before and not (
        i + 1 < len(tokens) and _is_cap(tokens[i + 1]) and tokens[i + 1].is_word
    )


@cache
def surname_keys(known: frozenset[tuple[str, ...]], lang: str) -> dict[str, tuple[str, ...]]:
    """Last word -> name, for names whose last word no other name shares and that is no
    everyday word: 'Stiell told journalists' is Simon Stiell."""
    counts: dict[str, list[tuple[str, ...]]] = {}
    for key in known:
        if len(key) >= 2:
            counts.setdefault(key[-1], []).append(key)
    return {
        last: keys[0]
        for last, keys in counts.items()
        if len(keys) == 1 and len(last) > 2 and not is_common_word(last, lang)
    }


def _match_known(tokens, i, stop, by_first) -> tuple[str, ...] | None:
    first = fold(tokens[i].text)
    for key in by_first.get(first[:3], []):
        if i + len(key) > stop:
            continue
        words = [fold(tokens[i + k].text) for k in range(len(key))]
        if all(_same_name_word(w, k) for w, k in zip(words, key, strict=True)):
            return key
    return None


def _same_name_word(word: str, key_word: str) -> bool:
    return word == key_word or (
        word.startswith(key_word) and len(word) - len(key_word) <= _INFLECTION
    )


def _complement_end(tokens: Sequence[Token], k: int, lang: str) -> int | None:
    """End of the words that complete a bare title: 'Deputy Minister [of Foreign Affairs]'."""
    end = None
    adjectives_follow = lexicon(lang)["people"].get("head", "last") == "first"
    capitalized_nouns = lexicon(lang).get("places", {}).get("capitalized_nouns", False)
    of_words, linked = words(lang, "places", "of"), False
    while k < len(tokens) and tokens[k].is_word:
        word = tokens[k].text
        linked = linked or word.lower() in of_words
        if _cap_word(tokens, k, lang):
            end = tokens[k].end
        elif (
            not adjectives_follow
            and linked
            and word.islower()
            and len(word) > 3
            and not is_speech_verb(word, lang)
            and not is_function_word(word, lang)
            and (not capitalized_nouns or (k + 1 < len(tokens) and _cap_word(tokens, k + 1, lang)))
        ):  # 'director of the local hospital', 'Direktor des örtlichen Krankenhauses'
            end = tokens[k].end
        elif (
            adjectives_follow
            and end == tokens[k - 1].end
            and not is_speech_verb(word, lang)
            and not is_function_word(word, lang)  # not 'a' of 'la région a déclaré'
        ):
            end = tokens[k].end  # "Affaires étrangères", "Segurança Pública"
        elif (
            adjectives_follow
            and word.islower()
            and len(word) > 3
            and _is_connector(tokens[k - 1], lang)
            and not is_speech_verb(word, lang)
        ):
            end = tokens[k].end  # 'comissário da polícia', 'conservatrice du musée'
        elif not (word.islower() and len(word) <= 3) or _ends_complement(tokens, k, lang):
            break
        k += 1
    return end


def _ends_complement(tokens: Sequence[Token], k: int, lang: str) -> bool:
    """In a language that capitalizes its nouns, a short word that links no complement
    ('die Direktorin des Louvre [den] Diebstahl …': an object, not more of the title); a
    link ('des', 'für') may bring its article ('Ministerin für die Umwelt')."""
    if not lexicon(lang).get("places", {}).get("capitalized_nouns", False):
        return False
    links = words(lang, "places", "of") | words(lang, "people", "complement_links")
    low, previous = tokens[k].text.lower(), tokens[k - 1].text.lower() if k else ""
    return low not in links and not (low in words(lang, "places", "articles") and previous in links)


def _is_connector(token: Token, lang: str) -> bool:
    """A word that joins a title to its complement: 'da', 'du', 'of', 'la' (not 'a' of
    'a déclaré')."""
    low = token.text.lower()
    return token.text.islower() and (
        low in words(lang, "places", "of") or low in words(lang, "places", "articles")
    )


class Mentions(list):
    """Mentions in reading order that resolve every bare title in one pass, once: resolve()
    on a plain list looks back over all the mentions before the title, each time. An
    article sets ``sentence_starts`` (its sentences' starts, sorted) and ``subjects`` (the
    starts of the mentions that open their sentence as its subject): a pronoun then prefers
    the subject of a sentence before to the people it names after it (referent)."""

    __slots__ = ("_resolved", "sentence_starts", "subjects")

    def resolved(self, lang: str) -> list[tuple[str, ...] | None]:
        """What each mention stands for (see resolve), computed on first use."""
        if not hasattr(self, "_resolved"):
            self._resolved = {}
        if lang not in self._resolved:
            self._resolved[lang] = _resolve_all(self, lang)
        return self._resolved[lang]


def _resolve_all(mentions_sorted: Sequence[Mention], lang: str) -> list[tuple[str, ...] | None]:
    """resolve() of every mention: the titles each person was given so far, and the people
    by latest mention, kept as the mentions are read."""
    out: list[tuple[str, ...] | None] = []
    held: dict[tuple[str, ...], set[str]] = {}
    latest: dict[tuple[str, ...], None] = {}  # ordered: the person named last is last
    for m in mentions_sorted:
        if m.key is not None:
            out.append(m.key)
            held.setdefault(m.key, set()).update(*(role_titles(r, lang) for r in m.roles))
            latest.pop(m.key, None)
            latest[m.key] = None
            continue
        wanted = wanted_titles(m.surface, lang)
        fits = (k for k in reversed(latest) if wanted and wanted <= held[k])
        out.append(next(fits, None))
    return _resolve_ahead(mentions_sorted, out, lang)


_AHEAD = 600  # characters after a bare title that no one before holds, to find who does


def _resolve_ahead(
    mentions_sorted: Sequence[Mention], out: list[tuple[str, ...] | None], lang: str
) -> list[tuple[str, ...] | None]:
    """A bare title no one named before holds is the person named soon after with it
    ('The Paris prosecutor confirmed …. …, said Paris prosecutor Laure Beccuau')."""
    for i, m in enumerate(mentions_sorted):
        if out[i] is not None or m.key is not None:
            continue
        wanted = wanted_titles(m.surface, lang)
        if not wanted:
            continue
        for j in range(i + 1, len(mentions_sorted)):
            later = mentions_sorted[j]
            if later.start - m.end > _AHEAD:
                break
            if later.key is None or later.key[0] == ORGANIZATION:
                continue
            titles = frozenset().union(*(role_titles(r, lang) for r in later.roles))
            if wanted <= titles:
                out[i] = later.key
                break
    return out


def mentions_within(
    mentions_sorted: Sequence[Mention], start: int, end: int
) -> list[tuple[int, Mention]]:
    """(index, mention) of the mentions starting in [start, end), found by bisection: a
    sentence looks at its own mentions, not at every mention of the article."""
    first = bisect_left(mentions_sorted, start, key=_mention_start)
    last = bisect_left(mentions_sorted, end, key=_mention_start)
    return [(i, mentions_sorted[i]) for i in range(first, last)]


def _mention_start(mention: Mention) -> int:
    return mention.start


def resolve(mentions_sorted: Sequence[Mention], index: int, lang: str) -> tuple[str, ...] | None:
    """The person a mention stands for: itself, or for a bare title the latest person with it.

    Titles compare as units: "le général" is the lieutenant-général, not the secrétaire
    général; a hyphenated or compound title also counts as its last part.
    """
    mention = mentions_sorted[index]
    if mention.key is not None:
        return mention.key
    if isinstance(mentions_sorted, Mentions):
        return mentions_sorted.resolved(lang)[index]
    wanted = wanted_titles(mention.surface, lang)
    if not wanted:
        return None
    held: dict[tuple[str, ...], set[str]] = {}  # titles each person was given so far
    for m in mentions_sorted[:index]:
        if m.key is not None:
            held.setdefault(m.key, set()).update(*(role_titles(r, lang) for r in m.roles))
    for m in reversed(mentions_sorted[:index]):
        if m.key is not None and wanted <= held[m.key]:
            return m.key
    return None


@cache
def role_titles(role: str, lang: str) -> frozenset[str]:
    """Lexicon titles a role gives its holder: the titles it is made of ('lieutenant-général
    X' -> lieutenant-général, général) and the other names of the same office ('premier'
    is also 'szef rządu')."""
    found = _own_titles(role, lang)
    for group in _same_roles(lang):
        if found & group:
            found = found | group
    return found


@cache
def wanted_titles(title: str, lang: str) -> frozenset[str]:
    """The titles a bare title asks its holder to have: its longest ones ('le chef du
    gouvernement' asks for 'chef du gouvernement', not any 'chef')."""
    own = _own_titles(title, lang)
    return frozenset(t for t in own if not any(t != u and t in u for u in own))


@cache
def _same_roles(lang: str) -> tuple[frozenset[str], ...]:
    groups = lexicon(lang)["people"].get("same_role", [])
    return tuple(frozenset(" ".join(t.lower().split()) for t in group) for group in groups)


@cache
def _own_titles(role: str, lang: str) -> frozenset[str]:
    tokens = tokenize(role)
    found: set[str] = set()
    i = 0
    while i < len(tokens):
        n = title_at(tokens, i, lang)
        if not n:
            i += 1
            continue
        words = tuple(t.text.lower() for t in tokens[i : i + n])
        found.add(" ".join(words))
        # "permanent deputy minister" is also a "deputy minister" and a "minister";
        # "lieutenant-général" a "général"; German "außenminister" a "minister"
        head_last = lexicon(lang)["people"].get("head", "last") == "last"
        head = words[-1] if head_last else words[0]
        for title in _titles(lang):
            part = words[-len(title) :] if head_last else words[: len(title)]
            if part == title or (len(title) == 1 and head != title[0] and head.endswith(title[0])):
                found.add(" ".join(title))
        i += n
    return frozenset(found)


def referent(
    cue: str,
    before: int,
    mentions_sorted: Sequence[Mention],
    lang: str,
    *,
    pronouns_only: bool = False,
    dropped: bool = False,
    prefer: Sequence[tuple[str, ...] | None] = (),
) -> tuple[str, ...] | None:
    """Who a pronoun in a cue points back to ('“…,” she said', 'a-t-il ajouté', 'sagte
    er'), or a verb that says the speaker's gender (Polish 'dodała', unless
    ``pronouns_only``): the latest person named before ``before`` whose given name does
    not say otherwise. None when the cue has neither; ``dropped``: the subject is left
    out ('Declarou que'), so in a language whose verbs do not say the gender, the latest
    person named. ``prefer``: speakers who just reported something (the statement before
    a quote): the first one the pronoun fits is it, though someone else was named later
    ('X said she would judge Y … “…,” she said')."""
    speech = lexicon(lang)["speech"]
    words = re.findall(r"\w+", cue.lower())
    pronouns = speech.get("pronouns", {})
    gender = next((pronouns[w] for w in words if w in pronouns), None)
    if gender is None and (aged := _age_referent(lang)) is not None:
        hit = aged.search(cue)  # 'sagte die 41-Jährige': called by their age
        gender = speech["age_referents"][hit[hit.lastgroup].lower()] if hit else None
    if gender is None and not pronouns_only:
        endings = _verb_genders(lang)
        verbs = [w for w in words if is_speech_verb(w, lang)]
        gender = next((g for w in verbs for end, g in endings if w.endswith(end)), None)
        if gender is None and dropped and not endings:
            gender = "?"
    if gender is None:
        return None
    for key in prefer:
        if key is not None and key[0] not in (ORGANIZATION, UNNAMED):
            # a surname alone ('Mr Macron told …') says no gender: it fits any pronoun
            given = given_name_gender(key[0].capitalize(), lang) if len(key) > 1 else None
            if given in (None, "?") or gender in (given, "?"):
                return key

    def fits(m: Mention) -> bool:
        if m.key is None or m.key[0] == ORGANIZATION:
            return False
        return given_gender(m, lang) in (None, "?") or gender in (given_gender(m, lang), "?")

    for i in range(bisect_left(mentions_sorted, before, key=_mention_start) - 1, -1, -1):
        m = mentions_sorted[i]
        if not fits(m):
            continue
        subject = _earlier_sentence_subject(mentions_sorted, i, before)
        if subject is not None and fits(subject):
            # named in a sentence before after its subject: the subject ('Lula chamou
            # Francisco de …'. '“…”, afirmou.': Lula)
            return subject.key
        return m.key
    return None


def _earlier_sentence_subject(
    mentions_sorted: Sequence[Mention], i: int, before: int
) -> Mention | None:
    """The subject of the sentence of mentions_sorted[i], when that sentence is before the
    one holding ``before`` and its subject is named before mention i (Mentions.subjects:
    what the article marked as subjects); None otherwise."""
    starts = getattr(mentions_sorted, "sentence_starts", None)
    subjects = getattr(mentions_sorted, "subjects", None)
    if not starts or not subjects:
        return None
    opened = starts[max(0, bisect_right(starts, mentions_sorted[i].start) - 1)]
    if opened >= starts[max(0, bisect_right(starts, before) - 1)]:
        return None
    first = bisect_left(mentions_sorted, opened, key=_mention_start)
    return next((m for m in mentions_sorted[first:i] if m.start in subjects), None)


def is_plural_verb(word: str, lang: str) -> bool:
    """A verb form whose ending says its subject is plural, where a pronoun alone does not
    (German 'sie fordern': they; lexicon [speech] plural_verb_endings)."""
    endings = tuple(lexicon(lang)["speech"].get("plural_verb_endings", ()))
    return bool(endings) and word.lower().endswith(endings)


@cache
def _age_referent(lang: str) -> re.Pattern[str] | None:
    """The words that call a person by their age (lexicon [speech] age_referents): an
    ending glued to a number ('41-Jährige', '41-year-old') or a word ('sexagénaire')."""
    table = lexicon(lang)["speech"].get("age_referents", {})
    if not table:
        return None
    glued = "|".join(re.escape(k) for k in table if k.startswith("-")) or "(?!)"
    alone = "|".join(re.escape(k) for k in table if not k.startswith("-")) or "(?!)"
    return re.compile(rf"(?i:(?<=\d)(?P<glued>{glued})|(?<!\w)(?P<word>{alone}))(?!\w)")


def given_gender(m: Mention, lang: str) -> str | None:
    """The gender of a person's given name, also where this mention is the surname alone
    ('Morvan' of Claire Morvan: the given name of the key)."""
    if len(m.key) < 2:
        return None
    words = m.surface.split()
    return given_name_gender(words[0] if len(words) > 1 else m.key[0].capitalize(), lang)


def unnamed(mention: Mention) -> tuple[str, str] | None:
    """The speaker key of a title that names no one the text has named ('selon la
    conservatrice du musée'): the person, by the title as written."""
    return (UNNAMED, mention.roles[0]) if mention.key is None and mention.roles else None


def speaker_kind(key: tuple[str, ...] | None) -> str | None:
    """'person' or 'organization' for a speaker key."""
    if key is None:
        return None
    return "organization" if key[0] == ORGANIZATION else "person"


@cache
def _organizations(lang: str) -> frozenset[str]:
    return frozenset(words(lang, "speech", "organizations"))


def organization_in(tokens: Sequence[Token], lang: str, reach: int | None = None) -> Token | None:
    """The body a few words name, as a speaker: an acronym ('REE'), the proper name after
    a body's noun ('l'agence météorologique espagnole Aemet'), else that noun ('the
    police', 'die Behörde')."""
    acronym = next((k for k, t in enumerate(tokens) if t.is_word and is_acronym(t.text)), None)
    if acronym is not None:  # 'le gestionnaire de réseau espagnol REE': the name
        return _spelled_out(tokens, acronym, lang) or tokens[acronym]
    for k, tok in enumerate(tokens[:reach]):  # the body's noun within reach, its name past it
        if tok.is_word and is_body_word(tok.text, lang):
            return (
                _capitalized_name(tokens, k, lang)
                or _name_after(tokens, k, lang)
                or _name_before(tokens, k, lang)
                or tok
            )
    return None


def _capitalized_name(tokens: Sequence[Token], k: int, lang: str) -> Token | None:
    """A body's name written in capitals around its noun ('Portugal's Civil Protection
    Authority', 'Das Auswärtige Amt', 'Państwowa Straż Pożarna', 'a Proteção Civil'): the
    capitalized words before the noun (no article, no possessive) and those right after."""
    if not tokens[k].text[0].isupper():
        return None
    first = k
    while first > 0 and _name_word(tokens[first - 1], lang):
        first -= 1
    if first == k and _compounds(lang):
        return None  # 'die Fluggesellschaft Nordwind Air': a noun, then the name alone
    last = k
    while last + 1 < len(tokens):
        if _name_word(tokens[last + 1], lang):
            last += 1
        elif (  # 'Associação Brasileira de Natação', 'Serviço Meteorológico de Faro'
            is_particle(tokens[last + 1].text)
            and last + 2 < len(tokens)
            and _name_word(tokens[last + 2], lang)
        ):
            last += 2
        else:
            break
    if first == last:
        return None
    return joined(tokens[first : last + 1])


def _name_word(token: Token, lang: str) -> bool:
    word = token.text
    return (
        token.is_word
        and word[0].isupper()
        and not word.isupper()
        and not word.endswith(("’s", "'s"))
        and not is_function_word(word, lang)
    )


_APPOSED_LEAD = 3  # words between a name's comma and its apposed title ('the', 'Spain's')
_SPELLED_WORDS = 8  # words of a body's name before its acronym in brackets


def _spelled_out(tokens: Sequence[Token], k: int, lang: str) -> Token | None:
    """The name an acronym in brackets stands for, written as in the text: from the body's
    noun or the capitalized word that opens it after an article ('l’Office national des
    forêts (ONF)', 'le service départemental d’incendie (SDIS)'); a body is known by its
    full name more than by its letters. Not a name cut short ('civil defence institute
    (INDECI)' with no article before it) or one noun alone."""
    if not (k >= 2 and tokens[k - 1].text == "(" and k + 1 < len(tokens)):
        return None
    if tokens[k + 1].text != ")":
        return None
    end, first = k - 2, None
    for j in range(end, max(0, end - _SPELLED_WORDS), -1):
        word, before = tokens[j], tokens[j - 1]
        if not word.is_word:
            break
        opens = is_body_word(word.text, lang) or (
            word.text[0].isupper() and not is_function_word(word.text, lang)
        )
        if opens and (not before.is_word or is_function_word(before.text, lang)):
            first = j
    if first is None:  # 'amerykańskiego National Hurricane Center (NHC)': its capitals
        run = end
        while run > 0 and _name_word(tokens[run - 1], lang) and end - run < _SPELLED_WORDS:
            run -= 1
        first = run if _name_word(tokens[end], lang) else None
    if first is None or first == end:
        return None
    text = "".join(
        t.text + (" " if n < end and tokens[n + 1].start > t.end else "")
        for n, t in enumerate(tokens[first : end + 1], start=first)
    )
    return Token(tokens[first].start, tokens[end].end, text)


def _name_after(tokens: Sequence[Token], k: int, lang: str) -> Token | None:
    """The proper name a few words after a body's noun, all its capitalized words ('die
    Fluggesellschaft Air India', 'l'opérateur Red Eléctrica'), as one token; not another
    capitalized noun (a name has a word that is no everyday word)."""
    for j in range(k + 1, min(len(tokens), k + 4)):
        if not (tokens[j].is_word and tokens[j].text[0].isupper()):
            if not tokens[j].is_word or is_function_word(tokens[j].text, lang):
                return None  # 'die Behörden am Montagvormittag': past a preposition, no name
            continue  # an adjective: 'l'agence météorologique espagnole Aemet'
        end = j
        while (
            end + 1 < len(tokens) and tokens[end + 1].is_word and tokens[end + 1].text[0].isupper()
        ):
            end += 1
        run = tokens[j : end + 1]
        if any(not is_common_word(t.text, lang) for t in run):
            return joined(run)
    return None


def _name_before(tokens: Sequence[Token], k: int, lang: str) -> Token | None:
    """A body's lower-case noun with the proper name that modifies it ('the Reuters news
    agency', 'Malawi police'): the body named in full, as written, a word or two between
    the name and the noun; not a nationality ('the Portuguese civil protection agency')."""
    if tokens[k].text[0].isupper():
        return None
    end = k - 1
    while (
        end >= 0
        and k - end <= 2
        and tokens[end].is_word
        and tokens[end].text.islower()
        and not is_function_word(tokens[end].text, lang)
    ):
        end -= 1
    first = end
    while first >= 0 and tokens[first].is_word and tokens[first].text[0].isupper():
        first -= 1
    first += 1
    if first <= end and is_function_word(tokens[first].text, lang):
        first += 1  # 'The Reuters news agency'
    run = tokens[first : end + 1]
    if run and first == 0 and is_common_word(run[0].text, lang):
        return None  # 'Local media outlets reported': a capital only because it opens
    if not run or any(
        is_function_word(t.text, lang)
        or t.text.endswith(("'s", "’s"))
        or demonym_code(t.text, lang)
        for t in run
    ):
        return None
    return joined(tokens[first : k + 1])


def named_organization(tokens: Sequence[Token], lang: str) -> str | None:
    """The proper name of a body in a few words, if they give one: an acronym or the name
    after a body's noun ('die staatliche Wetteragentur Aemet'); not the noun alone."""
    body = organization_in(tokens, lang)
    if body is None or not (body.text[0].isupper() and not is_body_word(body.text, lang)):
        return None
    return body.text


def is_acronym(word: str) -> bool:
    """'INEM', 'NHC': a body's letters (two to six capitals), not a word in capitals."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper() and word not in _NOT_ACRONYMS
