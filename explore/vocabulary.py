"""The generic news vocabulary (explore/concepts.toml): what the coverage of any event
counts (people killed, injured, missing, evacuated; buildings destroyed; seats, votes;
rainfall, wind speed, ...), one file for all languages, read lazily, once.

The language lexicons keep what belongs to a language; the concepts of one event stay in
the lexicons' [[concepts]] tables for now and are tried first, so a corpus's own quantities
win over these generic ones.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def _entries() -> tuple[dict[str, Any], ...]:
    with resources.files("explore").joinpath("concepts.toml").open("rb") as fh:
        return tuple(tomllib.load(fh).get("concepts", []))


@cache
def generic_rules(lang: str) -> tuple[dict[str, Any], ...]:
    """The entries for one language, shaped like a lexicon's [[concepts]] tables:
    ``{"concept", "nouns", "near", "not_near"}``."""
    rules = []
    for entry in _entries():
        words = entry.get(lang)
        if words and words.get("nouns"):
            rules.append({"concept": entry["key"], **words})
    return tuple(rules)


@cache
def unit_concepts() -> dict[str, str]:
    """Unit code -> concept of a measure in it: 'mm' -> 'rainfall', 'km/h' -> 'wind_speed'."""
    return {unit: entry["key"] for entry in _entries() for unit in entry.get("units", [])}


@cache
def concept_labels() -> dict[str, str]:
    """Concept key -> the label of its first entry."""
    labels: dict[str, str] = {}
    for entry in _entries():
        if "label" in entry:
            labels.setdefault(entry["key"], entry["label"])
    return labels


def generic_concepts() -> frozenset[str]:
    """Every key of the generic vocabulary."""
    return frozenset(entry["key"] for entry in _entries())
