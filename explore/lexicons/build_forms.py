"""Regenerate ``forms/<lang>.json``: every inflected form of every lexicon word.

    python -m explore.lexicons.build_forms        # after editing a lexicon file

Why: simplemma knows the inflections of all five languages, but loading its dictionaries
takes about 5 s and 650 MB for five languages, more than a whole report may spend. The
lexicons only ever ask about their own words, so the forms of those words are looked up
once, here, with simplemma (a development dependency), and shipped as small JSON tables:
form -> lemma. ``explore.text.lemma`` reads them; a test checks they are up to date.
"""

from __future__ import annotations

import json
from pathlib import Path

from explore.lexicons import lexicon, supported_languages

FORMS_DIR = Path(__file__).parent / "forms"


def lexicon_words(lang: str) -> set[str]:
    """Every word the matching code lemmatizes: concept nouns and context (the lexicon's and the
    generic vocabulary's), speech verbs, months."""
    from explore.vocabulary import generic_rules

    data = lexicon(lang)
    phrases: list[str] = []
    for rule in (*data.get("concepts", []), *generic_rules(lang)):
        for key in ("nouns", "near", "after", "not_near"):
            phrases.extend(rule.get(key, []))
    phrases.extend(data.get("speech", {}).get("verbs", []))
    phrases.extend(data.get("speech", {}).get("quote_verbs", []))
    phrases.extend(data.get("speech", {}).get("organizations", []))
    phrases.extend(data.get("speech", {}).get("separable", {}))
    phrases.extend(data.get("speech", {}).get("not_sources", []))
    phrases.extend(data.get("speech", {}).get("carriers", []))
    phrases.extend(data.get("people", {}).get("not_names", []))
    for part in data.get("senses", {}).values():
        for words in part.values():
            phrases.extend(words)
    for forms in data.get("dates", {}).get("months", []):
        phrases.extend(forms)
    return {part for p in phrases for word in p.lower().split() for part in word.split("-") if part}


def data_verbs(lang: str) -> list[str]:
    """The lexicon's verbs of saying (and their separable stems), lowercased."""
    speech = lexicon(lang).get("speech", {})
    return [v.lower() for v in (*speech.get("verbs", []), *speech.get("quote_verbs", []))]


def build(lang: str) -> dict[str, str]:
    """form -> lemma for every form whose lemma is the lemma of a lexicon word."""
    import simplemma
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    def lemma_of(word: str) -> str:
        # a lexicon word that is a lemma in some casing stays itself: German "land" is
        # the noun Land, not a form of the verb landen
        for candidate in (word.capitalize(), word):
            if simplemma.lemmatize(candidate, lang=lang).lower() == word:
                return word
        return simplemma.lemmatize(word, lang=lang).lower()

    own = {w: lemma_of(w) for w in lexicon_words(lang)}
    # forms whose dictionary lemma is the word or its lemma ("redondas" -> "redonda",
    # itself a form of "redondo") all map to the word's lemma
    target = {lemma: lemma for lemma in own.values()} | own
    table: dict[str, str] = {}
    entries = DefaultDictionaryFactory().get_dictionary(lang).items()
    verbs = {target.get(v) for v in data_verbs(lang)}
    # a lowercase form of a verb of saying wins over a noun's that is spelt the same once
    # lowercased: German 'sprach' is 'sprechen', not the 'Sprach-' of 'Sprache'
    first = [(f, lem) for f, lem in entries if f == f.lower() and target.get(lem.lower()) in verbs]
    for form, lemma in [*first, *entries]:
        mapped = target.get(lemma.lower())
        if mapped is not None:
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
