"""What the tables say, in plain sentences: the opening of a report.

Each function reads one table and returns sentences (agreement, conflicts, meaning drift,
what translations leave out, part-whole checks that fail, who is quoted most), naming
values and articles as a reader would check them. No sentence is written for a table that
has nothing to say.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from explore.labels import article_names, concept_names, label

MAX_LISTED = 6  # agreements listed by name before "and N more"
DRIFT_PARTS = {"noun": "the counted noun is", "verb": "the verb is"}  # compare's drift notes


@dataclass(frozen=True, slots=True)
class Finding:
    """One sentence of the report, and the kind of thing it says (for its styling)."""

    kind: str  # agree | conflict | drift | translation | check | quotes | note
    text: str


def findings(corpus) -> list[Finding]:
    """Every finding of a corpus, conflicts and failures first."""
    names = article_names(corpus.articles)
    compare = corpus.compare.with_columns(concept_names())  # display names from here on
    return [
        *conflicts(compare, names),
        *failed_checks(corpus.checks, names),
        *translation_gaps(corpus.audit, names),
        *drift(compare, names),
        *agreements(compare),
        *most_quoted(corpus.quotes),
    ] or [Finding("note", "No figure or quotation was found in these articles.")]


def _value(value: float, qualifier: str | None) -> str:
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    words = label("qualifiers", qualifier)
    return f"{words} {number}" if words else number


def _articles(doc_ids: list[str], names: pl.DataFrame) -> str:
    named = names.filter(pl.col("doc_id").is_in(doc_ids)).sort("order")["name"].to_list()
    return _join(named)


def _lower(name: str) -> str:
    """'Delegates' -> 'delegates' inside a sentence; 'UN languages' stays."""
    return name if name[1:2].isupper() else name[:1].lower() + name[1:]


def _join(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def conflicts(compare: pl.DataFrame, names: pl.DataFrame) -> list[Finding]:
    """'Sources conflict on X: 72 (pt · …), 70 (fr · …).'"""
    found = []
    rows = compare.filter(pl.col("verdict") == "conflict")
    for (concept,), group in rows.group_by("concept", maintain_order=True):
        by_value = group.group_by("value", "qualifier", maintain_order=True).agg("doc_id")
        parts = [
            f"{_value(r['value'], r['qualifier'])} ({_articles(r['doc_id'], names)})"
            for r in by_value.iter_rows(named=True)
        ]
        found.append(
            Finding(
                "conflict",
                f"Sources conflict on {_lower(concept)}: " + "; ".join(parts) + ".",
            )
        )
    return found


def agreements(compare: pl.DataFrame) -> list[Finding]:
    """'4 articles agree on delegates (more than 2,500), …' for figures given by several."""
    agreed = (
        compare.filter(pl.col("verdict").is_in(["agree", "agree_qualified"]))
        .group_by("concept")
        .agg(pl.col("n_docs").first(), pl.col("value").first(), pl.col("qualifier").first())
        .sort(["n_docs", "concept"], descending=[True, False])
    )
    if agreed.is_empty():
        return []
    parts = [
        f"{_lower(r['concept'])} ({_value(r['value'], r['qualifier'])}, {r['n_docs']} articles)"
        for r in agreed.head(MAX_LISTED).iter_rows(named=True)
    ]
    more = agreed.height - MAX_LISTED
    tail = f", and {more} more" if more > 0 else ""
    return [Finding("agree", "The articles agree on " + ", ".join(parts) + tail + ".")]


def drift(compare: pl.DataFrame, names: pl.DataFrame) -> list[Finding]:
    """'Countries with delegations: the articles give the same 110, but word it
    differently: the counted noun is country (de · … Ländern; …) against delegation (…)'.
    """
    found = []
    for row in (
        compare.filter(pl.col("drift")).unique("concept", maintain_order=True).iter_rows(named=True)
    ):
        note = row["drift_note"] or ""
        for doc_id, name in names.select("doc_id", "name").iter_rows():
            note = note.replace(f"{doc_id} ", f"{name}: ")
        for part, words in DRIFT_PARTS.items():
            note = note.replace(f"{part}: ", f"{words} ")
        found.append(
            Finding(
                "drift",
                f"{row['concept']}: the articles give the same "
                f"{_value(row['value'], row['qualifier'])}, but word it differently: "
                f"{note.replace(' vs ', ' against ')}.",
            )
        )
    return found


def translation_gaps(audit: pl.DataFrame, names: pl.DataFrame) -> list[Finding]:
    """'The translation en · … leaves out outcomes agreed (3), which … give.'
    'The translation pl · … gives 14 where … give people injured (41).'

    Audit tells each side of a difference; where more translations agree on one value,
    only the one that departs from them is said (a row is dropped when a row of the same
    figure, which its own article gives, has more siblings).
    """
    figure = ["family", "concept", "position"]
    backed = (
        audit.filter(pl.col("status") == "differs")
        .group_by(figure)
        .agg(pl.col("doc_id", "siblings").sort_by(pl.col("siblings").list.len()).last())
        .rename({"doc_id": "majority_doc", "siblings": "majority"})
    )
    said = audit.join(backed, on=figure, how="left", nulls_equal=True).filter(
        (pl.col("status") == "missing")
        | pl.col("majority").is_null()
        | ~pl.col("majority").list.contains(pl.col("doc_id"))
        | (pl.col("majority").list.len() <= pl.col("siblings").list.len())
    )
    found = []
    for row in said.iter_rows(named=True):
        article = _articles([row["doc_id"]], names)
        siblings = _articles(row["siblings"], names)
        if row["concept"] is None:  # aligned by position: the figure as a sibling writes it
            what = " ".join(w for w in (row["sibling_raw"][0], row["counted"]) if w)
            what = f"“{what}”"
        else:
            value = _value(row["value"], None)
            what = f"{_lower(label('concepts', row['concept']))} ({value}{_unit(row['unit'])})"
        text = (
            f"The translation {article} leaves out {what}, which {siblings} give."
            if row["status"] == "missing"
            else f"The translation {article} gives {row['raw']} where {siblings} give {what}."
        )
        found.append(Finding("translation", text))
    return found


def _unit(unit: str | None) -> str:
    return f" {unit}" if unit else ""


def failed_checks(checks: pl.DataFrame, names: pl.DataFrame) -> list[Finding]:
    """'In fr · …, the check “regions add up to all signatories” fails: the parts come to
    71, the whole is 72.'"""
    return [
        Finding(
            "check",
            f"In {_articles([r['doc_id']], names)}, the check “{r['rule']}” fails: the "
            f"article gives {_value(r['observed'], None)} where "
            f"{_value(r['expected'], None)} is expected "
            f"({abs(r['difference']):,.0f} {'short' if r['difference'] < 0 else 'too many'}).",
        )
        for r in checks.filter(pl.col("verdict") == "fails").iter_rows(named=True)
    ]


def most_quoted(quotes: pl.DataFrame) -> list[Finding]:
    """'Most quoted: X (n quotations in k articles), …'"""
    speech = quotes.filter(pl.col("speaker").is_not_null())
    if speech.is_empty():
        return []
    top = (
        speech.group_by("speaker")
        .agg(n=pl.len(), docs=pl.col("doc_id").n_unique())
        .sort(["n", "speaker"], descending=[True, False])
        .head(3)
    )
    parts = [
        f"{r['speaker']} ({r['n']} quotation{'s' * (r['n'] > 1)} in {r['docs']} "
        f"article{'s' * (r['docs'] > 1)})"
        for r in top.iter_rows(named=True)
    ]
    return [Finding("quotes", "Most quoted: " + _join(parts) + ".")]
