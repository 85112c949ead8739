"""The figures of the five seeds against tests/expected/figures.csv, written by reading them."""

import polars as pl
from conftest import EXPECTED

from explore import schemas
from explore.scoring import score

FIELDS = ["raw", "value", "kind", "unit", "qualifier", "range_id", "concept", "speaker"]


def expected() -> pl.DataFrame:
    return pl.read_csv(
        EXPECTED / "figures.csv",
        schema_overrides={"value": pl.Float64, "unit": pl.String, "range_id": pl.Int64},
    )


def test_schema(seeds):
    assert seeds.figures.schema == schemas.schema("figures")


def test_every_figure_found_right_and_nothing_else(seeds):
    """Target of the issue: recall and precision 1.0 in every language."""
    result = score(seeds.figures, expected(), fields=FIELDS, langs=seeds.articles)
    assert result["lang"].to_list() == ["de", "en", "fr", "pl", "pt"]
    assert result["expected"].to_list() == [12, 12, 26, 4, 13]
    assert result["precision"].to_list() == [1.0] * 5, result
    assert result["recall"].to_list() == [1.0] * 5, result


def test_counted_is_the_head_of_the_phrase_a_reader_marks(seeds):
    found = seeds.figures.join(expected(), on=["doc_id", "start", "end"], suffix="_x")
    for row in found.iter_rows(named=True):
        if row["counted_x"] is None:
            assert row["counted"] is None, row
        else:
            assert row["counted_x"].startswith(row["counted"]), (row["counted"], row["counted_x"])


def test_offsets_sentences_and_paragraphs(seeds):
    paragraphs = seeds.paragraphs
    for row in seeds.figures.iter_rows(named=True):
        text = seeds.text(row["doc_id"])
        assert text[row["start"] : row["end"]] == row["raw"]
        assert row["raw"] in row["sentence"] and row["sentence"] in text
        para = paragraphs.filter(doc_id=row["doc_id"], para=row["para"]).row(0, named=True)
        assert para["start"] <= row["start"] and row["end"] <= para["end"]
        assert para["kind"] in {"body", "caption", "heading"}


def test_translations_disagree_where_a_reader_sees_it(seeds):
    """The three vietnamnet translations: only pt and de give the minister's three outcomes."""
    outcomes = seeds.figures.filter(concept="consensus_outcomes")
    assert sorted(outcomes["doc_id"].to_list()) == [
        "de-vietnamnet-2456536",
        "pl-dantri-20251026174836264",
        "pt-vietnamnet-2456536",
    ]
