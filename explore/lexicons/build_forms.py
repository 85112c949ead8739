"""Regenerate ``forms/<lang>.json``: every inflected form of every lexicon word.

    python -m explore.lexicons.build_forms        # after editing a lexicon file

Why: simplemma knows the inflections of all five languages, but loading its dictionaries
takes about 5 s and 650 MB for five languages, more than a whole report may spend. The
lexicons only ever ask about their own words, so the forms of those words are looked up
once, here, with simplemma, and shipped as small JSON tables: form -> lemma.
``explore.text.lemma`` reads them; a test checks they are up to date. An event vocabulary's
words (a corpus's concepts.toml) are not known here: ``build(lang, extra)`` makes the table
of the lexicon's words and those, once per file (explore.vocabulary.event_forms).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from explore.lexicons import lexicon, supported_languages

FORMS_DIR = Path(__file__).parent / "forms"
RULE_WORDS = ("nouns", "near", "after", "not_near")  # the words of a concept rule


def lexicon_words(lang: str) -> set[str]:
    """Every word the matching code lemmatizes: the generic vocabulary's concept nouns and
    context (of money and percentages too), speech verbs, months, nationality words."""
    from explore.vocabulary import KINDS, generic_rules, kind_rules

    data = lexicon(lang)
    phrases: list[str] = rule_phrases(generic_rules(lang))
    phrases.extend(rule_phrases(r for kind in KINDS for r in kind_rules(kind, lang)))
    phrases.extend(data.get("speech", {}).get("verbs", []))
    phrases.extend(data.get("speech", {}).get("quote_verbs", []))
    phrases.extend(data.get("speech", {}).get("naming_verbs", []))
    phrases.extend(data.get("speech", {}).get("verb_phrases", []))
    phrases.extend(data.get("speech", {}).get("organizations", []))
    phrases.extend(data.get("speech", {}).get("separable", {}))
    phrases.extend(data.get("speech", {}).get("not_sources", []))
    phrases.extend(data.get("speech", {}).get("carriers", []))
    phrases.extend(data.get("people", {}).get("not_names", []))
    phrases.extend(data.get("places", {}).get("nationality_nouns", []))
    phrases.extend(data.get("figures", {}).get("place_nouns", []))
    for forms in data.get("places", {}).get("demonyms", {}).values():
        phrases.extend(forms)
    for forms in data.get("dates", {}).get("months", []):
        phrases.extend(forms)
    return split_words(phrases)


def rule_phrases(rules: Iterable[dict]) -> list[str]:
    """The nouns and context words of concept rules (vocabulary.generic_rules' shape)."""
    return [p for rule in rules for key in RULE_WORDS for p in rule.get(key, [])]


def split_words(phrases: Iterable[str]) -> set[str]:
    """The single words of phrases, lowercased, hyphenated ones in parts."""
    return {part for p in phrases for word in p.lower().split() for part in word.split("-") if part}


def data_verbs(lang: str) -> list[str]:
    """The lexicon's verbs of saying (and their separable stems), lowercased."""
    speech = lexicon(lang).get("speech", {})
    return [v.lower() for v in (*speech.get("verbs", []), *speech.get("quote_verbs", []))]


def build(lang: str, extra: Iterable[str] = ()) -> dict[str, str]:
    """form -> lemma for every form whose lemma is the lemma of a lexicon word (or of one of
    ``extra``, single lowercase words). One dictionary, freed on return: Polish alone
    takes about 400 MB while it is loaded."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    factory = DefaultDictionaryFactory()
    lemmatizer = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))

    def lemma_of(word: str) -> str:
        # a lexicon word that is a lemma in some casing stays itself: German "land" is
        # the noun Land, not a form of the verb landen
        for candidate in (word.capitalize(), word):
            if lemmatizer.lemmatize(candidate, lang).lower() == word:
                return word
        return lemmatizer.lemmatize(word, lang).lower()

    own = {w: lemma_of(w) for w in sorted(lexicon_words(lang) | set(extra))}
    # forms whose dictionary lemma is the word or its lemma ("redondas" -> "redonda",
    # itself a form of "redondo") all map to the word's lemma
    target = {lemma: lemma for lemma in own.values()} | own
    table: dict[str, str] = {}
    entries = factory.get_dictionary(lang)
    verbs = {target.get(v) for v in data_verbs(lang)}
    # a lowercase form of a verb of saying wins over a noun's that is spelt the same once
    # lowercased: German 'sprach' is 'sprechen', not the 'Sprach-' of 'Sprache'
    for saying in (True, False):
        for form, lemma in entries.items():
            mapped = target.get(lemma.lower())
            if mapped is not None and (not saying or (form == form.lower() and mapped in verbs)):
                table.setdefault(form.lower(), mapped)
    table.update(own)
    return dict(sorted(table.items()))


def main() -> None:
    FORMS_DIR.mkdir(exist_ok=True)
    for lang in supported_languages():
        table = build(lang)
        path = FORMS_DIR / f"{lang}.json"
        path.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"{path}: {len(table)} forms")


if __name__ == "__main__":
    main()
