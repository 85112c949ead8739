"""Where the articles agree, conflict and drift: tables built from the figures table.

All tables are long (one row per concept and article) so Altair can chart them as they are.

- compare: each concept's value in each article, with a verdict per concept and meaning
  drift (the same value said with other words: 110 countries vs 110 national delegations).
- audit: within a family of translations, what one translation lacks or tells otherwise.
- regions: the regional breakdown of signatories, with what no region accounts for.
"""

from __future__ import annotations

from collections.abc import Collection

import polars as pl

from explore import schemas
from explore.labels import SCOPE_SEPARATOR
from explore.scope import country_labels, home_places, scope_labels
from explore.text import noun_key
from explore.units import conversions
from explore.vocabulary import split_concepts

COMPARE_SCHEMA = schemas.schema("compare")
AUDIT_SCHEMA = schemas.schema("audit")


def comparable(figures: pl.DataFrame, whole: Collection[str] = ()) -> pl.DataFrame:
    """Figures with a key to compare on. Counts: the concept, or else the counted noun
    reduced by noun_key (prefixed 'counted:') so figures outside every vocabulary still meet
    across articles. Measures, money and percentages with a concept: the concept and the
    unit, a measure converted to the unit its quantity is compared in (explore/units.toml
    [convert]: acres and km² to hectares, mph to km/h); money keeps its currency."""
    counts = figures.filter(pl.col("kind") == "count")
    keys = [
        None if counted is None else noun_key(counted, lang)
        for counted, lang in counts.select("counted", "lang").iter_rows()
    ]
    counts = counts.with_columns(
        concept=pl.coalesce(
            pl.col("concept"), pl.lit("counted:") + pl.Series(keys, dtype=pl.String)
        )
    )
    convert = conversions()
    base = pl.col("unit").replace_strict(
        {code: to for code, (to, _) in convert.items()}, default=pl.col("unit")
    )
    factor = pl.col("unit").replace_strict(
        {code: f for code, (_, f) in convert.items()}, default=None, return_dtype=pl.Float64
    )
    measured = figures.filter(
        pl.col("kind").is_in(["measure", "money", "percent"]) & pl.col("concept").is_not_null()
    ).with_columns(
        value=pl.when(factor.is_null()).then(pl.col("value")).otherwise(pl.col("value") * factor),
        concept=pl.format("{} ({})", "concept", base),
    )
    # where a quantity is told in several units, values are rounded as conversions are
    # ('over 34,000 acres (13,750 hectares)' is one area): two significant digits
    mixed = pl.col("unit").n_unique().over("concept") > 1
    measured = measured.with_columns(
        value=pl.when(mixed).then(pl.col("value").round_sig_figs(2)).otherwise(pl.col("value"))
    )
    keyed = pl.concat([counts, measured]).filter(pl.col("concept").is_not_null())
    return _dated(keyed, whole, _home_year(figures))


def _dated(figures: pl.DataFrame, whole: Collection[str], home: int | None) -> pl.DataFrame:
    """Keys of figures about another year than the corpus's (explore.period) name the year:
    '145 killed in 2001' is a past quake's toll, not a conflict with this one's 14. A past
    event's figure is one quantity wherever the article places it."""
    past = pl.col("period").is_not_null() & (pl.col("period") != (home or 0))
    figures = figures.with_columns(
        pl.when(past).then(None).otherwise(pl.col("scope")).alias("scope")
    )
    return _scoped(figures, whole).with_columns(
        concept=pl.when(past)
        .then(pl.col("concept") + SCOPE_SEPARATOR + pl.col("period").cast(pl.String))
        .otherwise(pl.col("concept"))
    )


def _home_year(figures: pl.DataFrame) -> int | None:
    """The corpus's own year: the latest year of a full date in it ('3 May 2026', '3. Mai
    2026'); a year named alone ('in 2001') is more often a past event's."""
    day = (pl.col("value") < 32) & pl.col("counted").is_not_null()  # a day and its month
    years = (
        figures.filter(pl.col("kind") == "date")
        .sort("doc_id", "start")
        .filter(
            (pl.col("value") >= 1900)
            & day.shift(1).over("doc_id")
            & (pl.col("start") - pl.col("end").shift(1).over("doc_id") <= _DAY_TO_YEAR)
        )["value"]
    )
    return int(years.max()) if len(years) else None


_DAY_TO_YEAR = 15  # characters from a date's day to its year, at most ('3 de setembro de 2026')


def _scoped(figures: pl.DataFrame, whole: Collection[str] = ()) -> pl.DataFrame:
    """Keys of figures about a place (explore.scope) name the place: seven dead in Poland
    and five in Romania are two quantities, not a conflict. A place splits a concept only
    where the corpus sets places apart for it:

    - a country that is the only one among a concept's places is its whole ('72 Tote in
      Spanien', '217 lives'), and another place is then a part ('70 Tote in der Region
      Valencia', '7 mortos em Castela-La Mancha');
    - the place or the named storm of the whole event is the whole (explore.scope.
      home_places: 'Los Angeles County', 'Storm Boris'), and another place a part ('vier
      Tote in Sarnay' beside '23 Tote in Lorvenne'), unless an article tells more of the
      concept for no place or the country than for it: then it is a part too ('72 Tote
      in Spanien', '70 in der Region Valencia');
    - with neither, a concept told of one place only is one quantity ('In Geneva, 300
      journalists' and '300 journalists').

    ``whole``: concepts never split, the corpus's own (an event file's 'deaths_klodzko'
    says its place itself)."""
    places = scope_labels(figures["scope"].to_list(), figures["lang"].to_list())
    keyed = figures.with_columns(place=pl.Series("place", places, dtype=pl.String))
    homes = home_places(keyed.select("doc_id", "sentence", "place"))
    country = pl.col("place").is_in(set(country_labels()))
    countries = pl.col("place").filter(country).n_unique().over("concept")
    keyed = keyed.with_columns(_whole_country=country & (countries == 1))
    # the most an article tells of a concept for no place or the whole country: a home
    # place's figure below it is a part ('72 Tote in Spanien', '70 in der Region Valencia')
    told = pl.col("value").filter(pl.col("place").is_null() | pl.col("_whole_country"))
    keyed = keyed.with_columns(_most=told.max().over("concept", "doc_id", "unit"))
    home = pl.col("place").is_in(homes)
    home_is_part = (home & (pl.col("value") < pl.col("_most"))).any().over("concept")
    split = pl.col("concept").is_in(list(split_concepts()))
    is_whole = ~split & (
        pl.col("_whole_country")
        | (home & ~home_is_part)
        | (pl.lit(not homes) & (pl.col("place").drop_nulls().n_unique().over("concept") == 1))
    )
    own = pl.col("concept").str.replace(r" \(.*\)$", "").is_in(list(whole))
    return keyed.with_columns(
        concept=pl.when(pl.col("place").is_null() | is_whole | own)
        .then(pl.col("concept"))
        .otherwise(pl.col("concept") + SCOPE_SEPARATOR + pl.col("place"))
    ).drop("place", "_whole_country", "_most")


def compare(
    figures: pl.DataFrame, senses: pl.DataFrame | None = None, whole: Collection[str] = ()
) -> pl.DataFrame:
    """One row per concept, article and value, with the concept's verdict and drift.

    Verdicts: agree (one value, one qualifier everywhere), agree_qualified (one value,
    different qualifiers: 2,500 vs more than 2,500), conflict (different values),
    single_source (one article). Figures without a concept compare by counted noun when
    two articles share it. ``whole``: concepts not split by place (comparable).
    """
    counts = comparable(figures, whole)
    if senses is not None:
        if senses.schema.get("senses") != pl.List(pl.String):
            raise TypeError(
                f"senses: expected a 'senses' column of type List(String), "
                f"got {senses.schema.get('senses')} (see Corpus.figure_senses)"
            )
        counts = counts.join(senses, on=["doc_id", "start"], how="left")
    else:
        counts = counts.with_columns(senses=pl.lit(None, dtype=pl.List(pl.String)))
    if counts.is_empty():
        return schemas.empty("compare")
    per_doc = (
        counts.sort("doc_id", "start")
        .group_by("concept", "doc_id", "lang", "value", "qualifier", maintain_order=True)
        .agg(
            pl.col("raw", "counted", "sentence").first(),
            senses=pl.col("senses").list.explode(keep_nulls=False, empty_as_null=False),
        )
    )
    per_doc = per_doc.with_columns(
        n_docs=pl.col("doc_id").n_unique().over("concept"),
        n_values=pl.col("value").n_unique().over("concept"),
        n_qualifiers=pl.col("qualifier").n_unique().over("concept"),
    ).filter(~pl.col("concept").str.starts_with("counted:") | (pl.col("n_docs") > 1))
    verdict = (
        pl.when(pl.col("n_docs") == 1)
        .then(pl.lit("single_source"))
        .when(pl.col("n_values") > 1)
        .then(pl.lit("conflict"))
        .when(pl.col("n_qualifiers") > 1)
        .then(pl.lit("agree_qualified"))
        .otherwise(pl.lit("agree"))
    )
    notes = _drift(per_doc)
    return (
        per_doc.with_columns(verdict=verdict)
        .join(notes, on=["concept", "value"], how="left")
        .with_columns(drift=pl.col("drift_note").is_not_null())
        .select(COMPARE_SCHEMA.names())
        .cast(dict(COMPARE_SCHEMA))
        .sort("concept", "doc_id")
    )


def _drift(per_doc: pl.DataFrame) -> pl.DataFrame:
    """Per concept and value told by several articles: a note naming the senses that differ.

    Senses come from the event vocabulary's [senses] tables through the figures: the
    counted noun (country, delegation, signature) and the verbs around the figure (sign,
    consent, ratify). Articles that give the same value with different sets of senses drift.
    """
    rows = []
    for (concept, value), group in per_doc.group_by("concept", "value"):
        if group["doc_id"].n_unique() < 2:
            continue
        notes = []
        for part in ("noun", "verb"):
            by_doc = {
                doc: {s for s in senses if s.startswith(part + ":")}
                for doc, senses in zip(group["doc_id"], group["senses"].to_list(), strict=True)
            }
            kinds = {
                doc: frozenset(s.split("=")[0] for s in found) for doc, found in by_doc.items()
            }
            if len(set(kinds.values())) > 1:
                notes.append(_note(part, by_doc, kinds))
        if notes:
            rows.append((concept, value, "; ".join(notes)))
    return pl.DataFrame(
        rows,
        schema={"concept": pl.String, "value": pl.Float64, "drift_note": pl.String},
        orient="row",
    )


_NOTE_ARTICLES = 5  # articles a side of a drift note names; the others are counted


def _note(part: str, by_doc: dict[str, set[str]], kinds: dict[str, frozenset[str]]) -> str:
    """'noun: country (de-… Länder; pt-… países) vs signature (en-… signatures)'.

    Every row of a value carries its note, so a note must not grow with the corpus: each
    side names its first articles with their words, then counts the others and lists
    the words only they use, once ('; 40 more articles: Staaten').
    """
    groups: dict[frozenset[str], list[str]] = {}
    for doc, key in sorted(kinds.items()):
        groups.setdefault(key, []).append(doc)
    sides = []
    for key, docs in sorted(groups.items(), key=lambda kv: sorted(kv[0])):
        named, rest = docs[:_NOTE_ARTICLES], docs[_NOTE_ARTICLES:]
        listed = [f"{doc} {'/'.join(_words(by_doc[doc])) or '-'}" for doc in named]
        if rest:
            shown = {w for doc in named for w in _words(by_doc[doc])}
            others = sorted({w for doc in rest for w in _words(by_doc[doc])} - shown)
            words = f": {'/'.join(others)}" if others else ""
            plural = "s" if len(rest) > 1 else ""
            listed.append(f"{len(rest)} more article{plural}{words}")
        label = "+".join(sorted(k.split(":")[1] for k in key)) or "none"
        sides.append(f"{label} ({'; '.join(listed)})")
    return f"{part}: " + " vs ".join(sides)


def _words(senses: set[str]) -> list[str]:
    """The words as written of 'noun:country=países' senses, sorted."""
    return sorted({s.split("=", 1)[1] for s in senses})


def audit(figures: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Translations of one original should carry the same figures: what each one lacks
    (missing) or tells with another value or unit (differs), with the siblings that give it.

    Figures meet across a family by concept where one is known, and by their place in the
    text where none is: translations keep the order of their figures (_align). A figure
    without a concept aligned with figures that have one takes theirs, so a noun the
    vocabulary misses in one language ('neun Vermissten') is not a missing figure.
    """
    families = (
        articles.select("doc_id", "family")
        .join(articles.group_by("family").agg(members=pl.col("doc_id")), on="family")
        .filter(pl.col("members").list.len() > 1)
    )
    where = ["family", "doc_id", "start", "end", "raw"]
    figs = (
        figures.join(families.select("doc_id", "family"), on="doc_id")
        .select(*where, "value", "kind", "unit", "concept", "counted")
        .sort("family", "doc_id", "start")
    )
    if figs.is_empty():
        return schemas.empty("audit")
    slots, concepts = _align(figs.select("family", "doc_id", "kind", "unit", "value", "concept"))
    keyed = figs.with_columns(
        slot=pl.Series(slots, dtype=pl.Int64),
        concept=pl.coalesce("concept", pl.Series(concepts, dtype=pl.String)),
    ).with_columns(
        aligned=pl.when(pl.col("concept").is_null())
        .then(pl.lit("position"))
        .otherwise(pl.lit("concept")),
        key=pl.coalesce("concept", pl.format("position {}", "slot")),
    )
    told = (
        keyed.group_by("family", "key", "value", "unit", "doc_id")
        .agg(pl.all().first())  # each sibling's first figure with the value
        .sort("doc_id")
        .group_by("family", "key", "value", "unit", maintain_order=True)
        .agg(
            pl.col("aligned", "concept", "counted", "slot").first(),
            siblings=pl.col("doc_id"),
            sibling_start=pl.col("start"),
            sibling_end=pl.col("end"),
            sibling_raw=pl.col("raw"),
        )
    )
    own = keyed.group_by("doc_id", "key").agg(pl.col("start", "end", "raw").first())
    members = families.select("family", "doc_id").join(
        articles.select("doc_id", "lang"), on="doc_id"
    )
    rows = (
        told.join(members, on="family")
        .filter(~pl.col("siblings").list.contains(pl.col("doc_id")))
        .join(own, on=["doc_id", "key"], how="left")
        .with_columns(
            status=pl.when(pl.col("start").is_null())
            .then(pl.lit("missing"))
            .otherwise(pl.lit("differs")),
            position=pl.when(pl.col("aligned") == "position").then("slot"),
        )
        .cast({"aligned": AUDIT_SCHEMA["aligned"]})
    )
    return (
        rows.sort("family", "aligned", "concept", "position", "doc_id", "value", nulls_last=True)
        .select(AUDIT_SCHEMA.names())
        .cast(dict(AUDIT_SCHEMA))
    )


# Scores of a figure placed in a slot of the alignment: the same kind is required, a
# concept other than the slot's forbids it; the same unit and value score most.
_SAME_VALUE, _SAME_UNIT, _SAME_KIND, _SAME_CONCEPT = 4, 2, 1, 1

_Sig = tuple[str, str | None, float, str | None]  # kind, unit, value, concept


class _Slot:
    """One figure as the family tells it: the articles' rows aligned to it, and what they
    say (kinds, units, values, concept) to score the next article's figures against."""

    __slots__ = ("concept", "kinds", "rows", "units", "values")

    def __init__(self) -> None:
        self.concept: str | None = None
        self.kinds: set[str] = set()
        self.units: set[tuple[str, str | None]] = set()
        self.values: set[tuple[str, str | None, float]] = set()
        self.rows: list[int] = []

    def add(self, row: int, sig: _Sig) -> None:
        kind, unit, value, concept = sig
        self.rows.append(row)
        self.kinds.add(kind)
        self.units.add((kind, unit))
        self.values.add((kind, unit, value))
        self.concept = self.concept or concept

    def score(self, sig: _Sig) -> int | None:
        kind, unit, value, concept = sig
        if kind not in self.kinds or (concept and self.concept and concept != self.concept):
            return None
        same = (
            _SAME_VALUE
            if (kind, unit, value) in self.values
            else _SAME_UNIT
            if (kind, unit) in self.units
            else _SAME_KIND
        )
        return same + (_SAME_CONCEPT if concept and concept == self.concept else 0)


def _align(figs: pl.DataFrame) -> tuple[list[int], list[str | None]]:
    """Each figure's slot (its place in its family's alignment, 0, 1, ...) and the slot's
    concept. Articles join one by one, most figures first; each is aligned to the slots so
    far by order (the best-scoring common subsequence, _merge), so a figure a translation
    drops or adds opens a slot of its own instead of shifting every later one."""
    slot_of = [0] * figs.height
    concept_of: list[str | None] = [None] * figs.height
    rows = figs.with_row_index("row")
    for family in rows.partition_by("family", maintain_order=True):
        docs = sorted(
            family.partition_by("doc_id", maintain_order=True),
            key=lambda d: (-d.height, d["doc_id"][0]),
        )
        slots: list[_Slot] = []
        for doc in docs:
            figures = [(row, (k, u, v, c)) for row, _, _, k, u, v, c in doc.iter_rows()]
            slots = _merge(slots, figures)
        for n, slot in enumerate(slots):
            for row in slot.rows:
                slot_of[row], concept_of[row] = n, slot.concept
    return slot_of, concept_of


def _merge(slots: list[_Slot], figures: list[tuple[int, _Sig]]) -> list[_Slot]:
    """The slots with one more article's figures placed in order: a dynamic programme
    over (slot, figure) pairs keeps the placement that scores most. Two neighbours may
    trade places ('180 mm in 24 hours' is 'w ciągu 24 godzin ... 180 mm' in Polish); a
    figure left over opens a new slot where it stands."""
    n, m = len(slots), len(figures)
    scores = [[slot.score(sig) for _, sig in figures] for slot in slots]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best[i][j] = max(
                best[i - 1][j], best[i][j - 1], _pair(best, scores, i, j), _swap(best, scores, i, j)
            )
    merged: list[_Slot] = []
    i, j = n, m
    while i or j:
        if i and j and best[i][j] == _pair(best, scores, i, j):
            slots[i - 1].add(*figures[j - 1])
            merged.append(slots[i - 1])
            i, j = i - 1, j - 1
        elif i > 1 and j > 1 and best[i][j] == _swap(best, scores, i, j):
            slots[i - 1].add(*figures[j - 2])
            slots[i - 2].add(*figures[j - 1])
            merged += [slots[i - 1], slots[i - 2]]
            i, j = i - 2, j - 2
        elif i and best[i][j] == best[i - 1][j]:
            merged.append(slots[i - 1])
            i -= 1
        else:
            new = _Slot()
            new.add(*figures[j - 1])
            merged.append(new)
            j -= 1
    return merged[::-1]


def _pair(best: list[list[int]], scores: list[list[int | None]], i: int, j: int) -> int:
    """The score of slot i-1 taking figure j-1 (-1 when it cannot)."""
    s = scores[i - 1][j - 1]
    return -1 if s is None else best[i - 1][j - 1] + s


def _swap(best: list[list[int]], scores: list[list[int | None]], i: int, j: int) -> int:
    """The score of slots i-2, i-1 taking figures j-1, j-2: neighbours traded (-1 when not)."""
    if i < 2 or j < 2:
        return -1
    a, b = scores[i - 2][j - 1], scores[i - 1][j - 2]
    return -1 if a is None or b is None else best[i - 2][j - 2] + a + b
