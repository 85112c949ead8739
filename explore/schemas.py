"""The schema of every table, stated once: column names, Polars types and what they mean.

Tables are built against these schemas and tests compare against them, so a column cannot
change type or meaning without this file saying so. ``describe(name)`` prints the docs.
"""

from __future__ import annotations

import polars as pl

from explore.paragraphs import KINDS

ParagraphKind = pl.Enum(list(KINDS))

ARTICLES: dict[str, tuple[pl.DataType, str]] = {
    "doc_id": (pl.String(), "file name without .txt; unique in the corpus"),
    "path": (pl.String(), "path of the file as given to load_corpus"),
    "lang": (pl.String(), "ISO 639-1 code detected from the text (null when unsure)"),
    "outlet": (pl.String(), "domain of the source URL without www. (null without a source line)"),
    "source_url": (pl.String(), "URL of the article's 'Source:' line"),
    "family": (pl.String(), "articles sharing a source URL are translations of one original"),
    "encoding": (pl.String(), "encoding the file was read with (utf-8 unless noted)"),
    "n_chars": (pl.Int64(), "characters of the text (after removing a byte-order mark)"),
    "n_paragraphs": (pl.Int64(), "paragraphs of every kind"),
    "sha256": (pl.String(), "SHA-256 of the file's bytes"),
}

PARAGRAPHS: dict[str, tuple[pl.DataType, str]] = {
    "doc_id": (pl.String(), "article the paragraph belongs to"),
    "para": (pl.Int64(), "0-based position in the article"),
    "kind": (ParagraphKind, "body | heading | caption | image | source | boilerplate"),
    "start": (pl.Int64(), "offset of the first character in the article text"),
    "end": (pl.Int64(), "offset after the last character: text[start:end] == paragraph"),
    "text": (pl.String(), "the paragraph as written"),
}

FIGURE_KINDS = ("count", "money", "percent", "measure", "date", "time", "rate", "ordinal")
QUALIFIERS = ("exact", "more_than", "at_least", "about", "at_most", "less_than")
QUOTE_KINDS = ("speech", "slogan", "term")

FIGURES: dict[str, tuple[pl.DataType, str]] = {
    "doc_id": (pl.String(), "article (null for figures_in on a bare string)"),
    "lang": (pl.String(), "language of the article"),
    "para": (pl.Int64(), "paragraph number (as in the paragraphs table)"),
    "start": (pl.Int64(), "offset of the figure in the article text"),
    "end": (pl.Int64(), "offset after it: text[start:end] == raw"),
    "raw": (
        pl.String(),
        "the number as written with its scale word and its unit or currency, qualifier words "
        "excluded: 2.500, vier, 2,5 Mio. Euro, US$ 1,3 bilhão, 60 proc., 12:30 Uhr",
    ),
    "value": (
        pl.Float64(),
        "the number, fully scaled (2,5 Mio. -> 2500000); a time is hours.minutes (18.07), "
        "a date its day (the year without one); vague plurals their smallest reading "
        "(dozens 24, Tausende 2000)",
    ),
    "kind": (
        pl.Enum(list(FIGURE_KINDS)),
        "count | money | percent | measure | date | time | rate | ordinal",
    ),
    "unit": (
        pl.String(),
        "ISO 4217 currency for money, % or pp for percent, the CLDR symbol of a measure "
        "(km/h, GW, ha); null otherwise",
    ),
    "qualifier": (
        pl.Enum(list(QUALIFIERS)),
        "exact | more_than | at_least | about | at_most | less_than",
    ),
    "range_id": (
        pl.Int64(),
        "both ends of a range share it, 1, 2, ... within the article ('between 40 and 50', "
        "'70–80%', 'od 5 do 7'); the low end is at_least, the high end at_most; else null",
    ),
    "concept": (pl.String(), "cross-language key of what is counted (null when unknown)"),
    "scope": (
        pl.String(),
        "the place the figure is about, as written ('Polónia' in '7 mortos na Polónia'); "
        "compare keeps figures of different places apart",
    ),
    "period": (
        pl.Int64(),
        "the year the figure is about when its clause names one ('145 killed in 2001', "
        "'down from 70.9% in 2022'); compare keeps a past year's figures apart",
    ),
    "counted": (pl.String(), "the counted noun phrase as written (the month for dates)"),
    "sentence": (pl.String(), "the sentence the figure stands in"),
    "speaker": (pl.String(), "who states the figure, when the text attributes it"),
}

# a speaker the text names only by a title (people.UNNAMED)
_BY_TITLE = "a person named only by a title is that title ('conservatrice du musée')"

QUOTES: dict[str, tuple[pl.DataType, str]] = {
    "doc_id": (pl.String(), "article"),
    "lang": (pl.String(), "language of the article"),
    "para": (pl.Int64(), "paragraph where the quotation opens"),
    "start": (pl.Int64(), "offset of the quoted text, marks excluded"),
    "end": (pl.Int64(), "offset after it: text[start:end] == text"),
    "text": (pl.String(), "the quoted words"),
    "kind": (pl.Enum(list(QUOTE_KINDS)), "speech | slogan | term"),
    "speaker": (pl.String(), f"canonical name of who said it; {_BY_TITLE}; null when unknown"),
    "speaker_kind": (pl.String(), "person | organization (a body: 'REE', 'the police')"),
    "speaker_role": (pl.String(), "the speaker's title as written near the attribution"),
    "cue": (pl.String(), "the attribution as written: 'betonte', 'a déclaré le vice-ministre'"),
    "unclosed": (pl.Boolean(), "no mark closes it: the text ends first (a cut excerpt)"),
}

STATEMENTS: dict[str, tuple[pl.DataType, str]] = {
    "doc_id": (pl.String(), "article"),
    "lang": (pl.String(), "language of the article"),
    "para": (pl.Int64(), "paragraph of the statement"),
    "start": (pl.Int64(), "offset of the reported clause"),
    "end": (pl.Int64(), "offset after it: text[start:end] == text"),
    "speaker": (
        pl.String(),
        f"canonical name of the person reported, or the body as written; {_BY_TITLE}",
    ),
    "speaker_kind": (pl.String(), "person | organization (a body: 'REE', 'the police')"),
    "cue": (pl.String(), "the cue as written: 'afirmou que', 'according to', 'sagte'"),
    "text": (pl.String(), "the reported clause"),
}

PEOPLE: dict[str, tuple[pl.DataType, str]] = {
    "name": (pl.String(), "canonical name (most complete spelling seen)"),
    "roles": (pl.List(pl.String()), "titles found next to the name, as written"),
    "surface_forms": (pl.List(pl.String()), "every form of the name seen (inflections too)"),
    "docs": (pl.List(pl.String()), "articles that name the person"),
    "n_mentions": (pl.Int64(), "times the name occurs in the corpus"),
}

VERDICTS = ("agree", "agree_qualified", "conflict", "single_source")
AUDIT_STATUS = ("missing", "differs")
AUDIT_ALIGNED = ("concept", "position")

COMPARE: dict[str, tuple[pl.DataType, str]] = {
    "concept": (
        pl.String(),
        "what is counted, with its place where the corpus sets places apart ('deaths @ "
        "Poland') and its unit ('area (ha)'); 'counted:<noun>' for figures outside every "
        "vocabulary",
    ),
    "doc_id": (pl.String(), "article"),
    "lang": (pl.String(), "its language"),
    "value": (
        pl.Float64(),
        "the value it gives (a measure in the unit its key names: 34,000 acres as 14,000 "
        "in 'area (ha)')",
    ),
    "qualifier": (pl.String(), "exact | more_than | at_least | about | at_most"),
    "raw": (pl.String(), "the figure as written (first mention)"),
    "counted": (pl.String(), "the counted noun as written"),
    "sentence": (pl.String(), "the sentence of the first mention"),
    "n_docs": (pl.UInt32(), "articles that give this concept"),
    "verdict": (pl.Enum(list(VERDICTS)), "agree | agree_qualified | conflict | single_source"),
    "drift": (pl.Boolean(), "same value told with other words (countries vs delegations)"),
    "drift_note": (
        pl.String(),
        "the differing words, with their articles (five per side, the others counted)",
    ),
}

AUDIT: dict[str, tuple[pl.DataType, str]] = {
    "family": (pl.String(), "translations of one original (shared source URL)"),
    "doc_id": (pl.String(), "the translation that lacks or differs"),
    "lang": (pl.String(), "its language"),
    "concept": (pl.String(), "what is counted (null for a figure aligned by position)"),
    "value": (pl.Float64(), "the value its siblings give"),
    "status": (
        pl.Enum(list(AUDIT_STATUS)),
        "missing | differs (another value, or the same in another unit: EUR vs USD)",
    ),
    "siblings": (pl.List(pl.String()), "the translations that give this value"),
    "aligned": (
        pl.Enum(list(AUDIT_ALIGNED)),
        "concept (the same concept anywhere in the text) | position (no concept known: the "
        "figure in the same place among the family's figures, which translations keep in order)",
    ),
    "position": (
        pl.Int64(),
        "aligned by position: the figure's place in the family's alignment (0, 1, ...), "
        "shared by the rows of one figure; null when aligned by concept",
    ),
    "unit": (pl.String(), "the siblings' unit or currency (null for counts)"),
    "counted": (pl.String(), "what the siblings' figure counts, as the first of them writes it"),
    "start": (pl.Int64(), "offset of this translation's own figure (null when missing)"),
    "end": (pl.Int64(), "offset after it: text[start:end] == raw"),
    "raw": (
        pl.String(),
        "this translation's figure as written: the other value (null when missing)",
    ),
    "sibling_start": (pl.List(pl.Int64()), "offset of the figure in each sibling (first mention)"),
    "sibling_end": (pl.List(pl.Int64()), "offset after it, per sibling"),
    "sibling_raw": (pl.List(pl.String()), "the figure as each sibling writes it"),
}

CHECKS: dict[str, tuple[pl.DataType, str]] = {
    "rule": (pl.String(), "the rule's name (rules file)"),
    "doc_id": (pl.String(), "article"),
    "expected": (pl.Float64(), "the whole"),
    "observed": (pl.Float64(), "the sum of the parts (sum) or the part (at_most)"),
    "difference": (pl.Float64(), "observed - expected"),
    "verdict": (pl.Enum(["holds", "fails"]), "holds | fails"),
}

REGIONS: dict[str, tuple[pl.DataType, str]] = {
    "region": (pl.String(), "region label, or 'not attributed' (total minus the regions)"),
    "signatories": (pl.Float64(), "signatories the article gives for it"),
    "doc_id": (pl.String(), "article"),
    "lang": (pl.String(), "its language"),
    "raw": (pl.String(), "the figure as written (null for 'not attributed')"),
    "sentence": (pl.String(), "the sentence it stands in"),
}

PROBLEMS: dict[str, tuple[pl.DataType, str]] = {
    "path": (pl.String(), "file concerned"),
    "problem": (pl.String(), "what is wrong, and what was expected"),
    "action": (pl.String(), "skipped | loaded (what explore did about it)"),
}

CONCEPTS: dict[str, tuple[pl.DataType, str]] = {
    "lang": (pl.String(), "language of the figures"),
    "noun": (pl.String(), "the counted noun reduced for matching (lemma, or without its ending)"),
    "counted": (pl.String(), "the noun as the first of its figures writes it"),
    "n_figures": (pl.Int64(), "counts of that noun with no concept"),
    "n_docs": (pl.Int64(), "articles they stand in"),
    "values": (pl.List(pl.Float64()), "their values, in reading order"),
    "example": (pl.String(), "the sentence of the first of them"),
}

TABLES: dict[str, dict[str, tuple[pl.DataType, str]]] = {
    "articles": ARTICLES,
    "paragraphs": PARAGRAPHS,
    "figures": FIGURES,
    "quotes": QUOTES,
    "statements": STATEMENTS,
    "people": PEOPLE,
    "compare": COMPARE,
    "audit": AUDIT,
    "checks": CHECKS,
    "regions": REGIONS,
    "problems": PROBLEMS,
    "concepts": CONCEPTS,
}


def schema(table: str) -> pl.Schema:
    """The Polars schema of a table."""
    return pl.Schema({name: dtype for name, (dtype, _) in TABLES[table].items()})


def empty(table: str) -> pl.DataFrame:
    """A table with no rows and the right columns."""
    return pl.DataFrame(schema=schema(table))


def describe(table: str) -> str:
    """The columns of a table with their types and meaning, one per line."""
    return "\n".join(
        f"{name:<14} {type(dtype).__name__:<8} {doc}"
        for name, (dtype, doc) in TABLES[table].items()
    )
