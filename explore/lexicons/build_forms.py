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
    """Every word the matching code lemmatizes: concept nouns and context, speech verbs, months."""
    data = lexicon(lang)
    phrases: list[str] = []
    for rule in data.get("concepts", []):
        for key in ("nouns", "near", "after"):
            phrases.extend(rule.get(key, []))
    phrases.extend(data.get("speech", {}).get("verbs", []))
    phrases.extend(data.get("people", {}).get("not_names", []))
    for forms in data.get("dates", {}).get("months", []):
        phrases.extend(forms)
    return {part for p in phrases for word in p.lower().split() for part in word.split("-") if part}


def build(lang: str) -> dict[str, str]:
    """form -> lemma for every form whose lemma is the lemma of a lexicon word."""
    import simplemma
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    words = lexicon_words(lang)
    lemmas = {simplemma.lemmatize(w, lang=lang).lower() for w in words} | words
    table = {w: simplemma.lemmatize(w, lang=lang).lower() for w in words}
    for form, lemma in DefaultDictionaryFactory().get_dictionary(lang).items():
        low = lemma.lower()
        if low in lemmas:
            table[form.lower()] = low
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
