"""Part-whole checks and the regional breakdown, driven by rules that are data of a corpus.

A corpus's rules are the ``[regions]`` and ``[[rules]]`` tables of its event vocabulary
(concepts.toml beside the articles: seeds/concepts.toml for the seeds); a rules file given
with ``--rules FILE`` uses the same form. A corpus with neither has no checks and no
regions (empty tables). A rule that names an unknown concept or kind is refused with the
file, the rule and the choices.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from explore import schemas
from explore.errors import ExploreError
from explore.vocabulary import EventKey, event_concepts, event_data, generic_concepts

RULE_KINDS = ("sum", "at_most")
NOT_ATTRIBUTED = "not attributed"

CHECKS_SCHEMA = schemas.schema("checks")
REGIONS_SCHEMA = schemas.schema("regions")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str
    parts: tuple[str, ...]
    whole: str


@dataclass(frozen=True, slots=True)
class Rules:
    """The checks and the regions of one rules file."""

    rules: tuple[Rule, ...]
    region_whole: str | None
    regions: dict[str, str]  # concept -> label


NO_RULES = Rules((), None, {})


def known_concepts(event: EventKey | None = None) -> frozenset[str]:
    """Every concept key the generic vocabulary or the event vocabulary defines."""
    return generic_concepts() | event_concepts(event)


def load_rules(path: str | Path | None = None, event: EventKey | None = None) -> Rules:
    """Read and validate a rules file, or (no path) the rules of the event vocabulary
    ``event`` (vocabulary.event_key); none of either: no rules. Concepts are checked
    against the generic vocabulary and the event's."""
    if path is None:
        if event is None:
            return NO_RULES
        data = event_data(event)
        return _read(event[0], data, known_concepts(event))
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise ExploreError(f"{source}: cannot read the rules file: {err.strerror}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ExploreError(f"{source}: not valid TOML ({err})") from None
    return _read(source, data, known_concepts(event))


def _read(source: str, data: dict[str, Any], known: frozenset[str]) -> Rules:
    rules = tuple(
        _rule(source, i, entry, known) for i, entry in enumerate(data.get("rules", []), 1)
    )
    regions = data.get("regions", {})
    labels = dict(regions.get("parts", {}))
    for concept in [regions.get("whole"), *labels]:
        if concept is not None:
            _known(source, "[regions]", concept, known)
    return Rules(rules, regions.get("whole"), labels)


def _rule(source: str, number: int, entry: dict, known: frozenset[str]) -> Rule:
    where = f"rule {number} ({entry.get('name', 'unnamed')!r})"
    missing = [key for key in ("name", "kind", "parts", "whole") if key not in entry]
    if missing:
        raise ExploreError(f"{source}: {where} lacks {', '.join(missing)}")
    if entry["kind"] not in RULE_KINDS:
        raise ExploreError(
            f"{source}: {where} has kind {entry['kind']!r}; expected one of {', '.join(RULE_KINDS)}"
        )
    parts = entry["parts"]
    if isinstance(parts, str) or not parts:
        raise ExploreError(f"{source}: {where}: parts must be a list of concepts")
    for concept in [*parts, entry["whole"]]:
        _known(source, where, concept, known)
    return Rule(entry["name"], entry["kind"], tuple(parts), entry["whole"])


def _known(source: str, where: str, concept: str, known: frozenset[str]) -> None:
    if concept not in known:
        import difflib

        close = difflib.get_close_matches(concept, sorted(known), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise ExploreError(f"{source}: {where} names unknown concept {concept!r}{hint}")


def _values(figures: pl.DataFrame) -> pl.DataFrame:
    """One value per article and concept: the one it gives most often (first on a tie)."""
    return (
        figures.filter(pl.col("concept").is_not_null())
        .group_by("doc_id", "concept", "value", maintain_order=True)
        .agg(n=pl.len(), first=pl.col("start").min())
        .sort("n", "first", descending=[True, False])
        .group_by("doc_id", "concept", maintain_order=True)
        .first()
        .select("doc_id", "concept", "value")
    )


def run_checks(figures: pl.DataFrame, rules: Rules | None = None) -> pl.DataFrame:
    """One row per rule and article that gives the whole and every part (none without
    rules)."""
    rules = rules or NO_RULES
    values = {(d, c): v for d, c, v in _values(figures).iter_rows()}
    docs = sorted({d for d, _ in values})
    rows = []
    for rule in rules.rules:
        for doc in docs:
            whole = values.get((doc, rule.whole))
            parts = [values.get((doc, p)) for p in rule.parts]
            if whole is None or any(p is None for p in parts):
                continue
            if rule.kind == "sum":
                observed = sum(parts)
                holds = observed == whole
                rows.append((rule.name, doc, whole, observed, observed - whole, holds))
            else:
                for part in parts:
                    rows.append((rule.name, doc, whole, part, part - whole, part <= whole))
    frame = pl.DataFrame(
        [(*r[:5], "holds" if r[5] else "fails") for r in rows],
        schema=CHECKS_SCHEMA,
        orient="row",
    )
    return frame


def regions(figures: pl.DataFrame, rules: Rules | None = None) -> pl.DataFrame:
    """The regional breakdown as each article reports it, and what no region accounts for
    (empty without [regions])."""
    rules = rules or NO_RULES
    if not rules.regions:
        return schemas.empty("regions")
    labels = pl.DataFrame({"concept": list(rules.regions), "region": list(rules.regions.values())})
    parts = (
        figures.join(labels, on="concept")
        .sort("start")
        .group_by("doc_id", "region", maintain_order=True)
        .first()
        .select("region", pl.col("value").alias("signatories"), "doc_id", "lang", "raw", "sentence")
    )
    if rules.region_whole is None or parts.is_empty():
        return parts.cast(dict(REGIONS_SCHEMA))
    wholes = (
        _values(figures)
        .filter(concept=rules.region_whole)
        .join(
            parts.group_by("doc_id").agg(
                told=pl.col("signatories").sum(), lang=pl.col("lang").first()
            ),
            on="doc_id",
        )
    )
    rest = wholes.select(
        region=pl.lit(NOT_ATTRIBUTED),
        signatories=pl.col("value") - pl.col("told"),
        doc_id="doc_id",
        lang="lang",
        raw=pl.lit(None, dtype=pl.String),
        sentence=pl.lit(None, dtype=pl.String),
    )
    return pl.concat([parts, rest]).cast(dict(REGIONS_SCHEMA)).sort("doc_id", maintain_order=True)
