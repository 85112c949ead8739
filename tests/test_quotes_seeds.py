"""Quotes, statements and people of the five seeds against tables written by reading them."""

import polars as pl
import pytest
from conftest import EXPECTED

from explore import schemas
from explore.people import is_speech_verb
from explore.scoring import score


def expected(name: str) -> pl.DataFrame:
    return pl.read_csv(EXPECTED / name, infer_schema=False).with_columns(
        pl.col("start", "end").cast(pl.Int64)
    )


@pytest.mark.parametrize("table", ["quotes", "statements", "people"])
def test_schema(seeds, table):
    assert getattr(seeds, table).schema == schemas.schema(table)


def test_quote_offsets_are_exact(seeds):
    for row in seeds.quotes.iter_rows(named=True):
        assert seeds.text(row["doc_id"])[row["start"] : row["end"]] == row["text"]


def test_every_quote_found_with_its_kind_and_speaker(seeds):
    result = score(
        seeds.quotes,
        expected("quotes.csv"),
        fields=["kind", "speaker"],
        langs=seeds.articles,
    )
    assert result["precision"].to_list() == [1.0] * 5, result
    assert result["recall"].to_list() == [1.0] * 5, result


def test_quote_cues_hold_the_speech_verb_and_roles_come_from_the_text(seeds):
    found = seeds.quotes.join(expected("quotes.csv"), on=["doc_id", "start", "end"], suffix="_x")
    for row in found.filter(pl.col("cue_x").is_not_null()).iter_rows(named=True):
        lang = row["doc_id"][:2]
        verb = next(w for w in row["cue_x"].replace(",", " ").split() if is_speech_verb(w, lang))
        assert verb in row["cue"], (row["cue"], row["cue_x"])
    for row in found.filter(pl.col("speaker_role").is_not_null()).iter_rows(named=True):
        assert row["speaker_role"] in seeds.text(row["doc_id"])


def test_every_statement_found_with_its_clause_and_speaker(seeds):
    result = score(
        seeds.statements, expected("statements.csv"), fields=["speaker"], langs=seeds.articles
    )
    assert result["precision"].to_list() == [1.0] * 5, result
    assert result["recall"].to_list() == [1.0] * 5, result


def test_statement_text_is_the_clause_at_its_offsets(seeds):
    for row in seeds.statements.iter_rows(named=True):
        assert seeds.text(row["doc_id"])[row["start"] : row["end"]] == row["text"]


def test_not_statements_segundo_o_regulamento_and_vietnam_believes(seeds):
    texts = " ".join(seeds.statements["text"].to_list())
    assert "a convenção só entrará em vigor" not in texts  # Segundo o regulamento, ...
    # Vietnam believes that ...
    assert "the signing ceremony of the convention will be a historic" not in texts


def split(cell: str) -> list[str]:
    return sorted(cell.split(" | ")) if cell else []


def test_people_names_forms_docs_and_mentions(seeds):
    found = {r["name"]: r for r in seeds.people.iter_rows(named=True)}
    want = {r["name"]: r for r in pl.read_csv(EXPECTED / "people.csv").iter_rows(named=True)}
    assert set(found) == set(want)
    for name, row in want.items():
        assert sorted(found[name]["surface_forms"]) == split(row["surface_forms"]), name
        assert found[name]["docs"] == split(row["docs"]), name
        assert found[name]["n_mentions"] == row["n_mentions"], name
        assert sorted(found[name]["roles"]) == split(row["roles"]), name
