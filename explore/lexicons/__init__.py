"""Per-language knowledge kept as data: one TOML file per supported language.

Adding a language means adding ``<iso-639-1>.toml`` here; nothing else changes.
Files are read lazily, once, on first use.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def supported_languages() -> tuple[str, ...]:
    """ISO 639-1 codes that have a lexicon file, sorted."""
    files = resources.files(__name__).iterdir()
    return tuple(sorted(f.name.removesuffix(".toml") for f in files if f.name.endswith(".toml")))


@cache
def lexicon(lang: str) -> dict[str, Any]:
    """The parsed lexicon of one language; raises KeyError for an unsupported one."""
    if lang not in supported_languages():
        raise KeyError(
            f"no lexicon for language {lang!r}; supported: {', '.join(supported_languages())}"
        )
    with resources.files(__name__).joinpath(f"{lang}.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def words(lang: str, table: str, key: str) -> frozenset[str]:
    """One word list of a language's lexicon, lowercased: ``words("de", "dates", "day_joiners")``.

    Empty when the table or key is missing, so optional lists need no special case.
    """
    return frozenset(w.lower() for w in lexicon(lang).get(table, {}).get(key, []))


@cache
def union(section: str, key: str) -> frozenset[str]:
    """One list gathered from every lexicon, e.g. every word for 'photo' in photo credits."""
    return frozenset(
        word
        for lang in supported_languages()
        for word in lexicon(lang).get(section, {}).get(key, [])
    )
