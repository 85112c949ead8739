"""The corpus tables of the five seeds, checked against what a reader sees in the files."""

import shutil
from collections import Counter

import polars as pl
import pytest
from conftest import SEED_LANGS, SEEDS, read_expected

import explore
from explore import schemas

VIETNAMNET = "https://vietnamnet.vn/cong-uoc-ha-noi-ngon-hai-dang-soi-duong-cho-hop-tac-toan-cau-ve-an-ninh-mang-2456536.html"


def test_articles_languages_outlets_and_families(seeds):
    rows = {r["doc_id"]: r for r in seeds.articles.iter_rows(named=True)}
    assert {doc: r["lang"] for doc, r in rows.items()} == SEED_LANGS
    assert {doc: r["outlet"] for doc, r in rows.items()} == {
        "pt-vietnamnet-2456536": "vietnamnet.vn",
        "de-vietnamnet-2456536": "vietnamnet.vn",
        "en-vietnamnet-2456536": "vietnamnet.vn",
        "pl-dantri-20251026174836264": "dantri.com.vn",
        "fr-vietnamplus-1072855": "vietnamplus.vn",
    }
    for doc in ("pt-vietnamnet-2456536", "de-vietnamnet-2456536", "en-vietnamnet-2456536"):
        assert rows[doc]["source_url"] == VIETNAMNET
    families = Counter(r["family"] for r in rows.values())
    assert sorted(families.values()) == [1, 1, 3]
    assert rows["pt-vietnamnet-2456536"]["family"] == rows["en-vietnamnet-2456536"]["family"]
    assert rows["pl-dantri-20251026174836264"]["family"] != rows["fr-vietnamplus-1072855"]["family"]


def test_articles_sizes_and_hashes(seeds):
    expected_paragraphs = Counter(row["doc_id"] for row in read_expected("paragraph_kinds.csv"))
    for row in seeds.articles.iter_rows(named=True):
        data = (SEEDS / f"{row['doc_id']}.txt").read_bytes()
        assert row["n_chars"] == len(data.decode("utf-8"))
        assert row["n_paragraphs"] == expected_paragraphs[row["doc_id"]]
        assert row["encoding"] == "utf-8"
        assert row["path"].endswith(f"{row['doc_id']}.txt")


@pytest.mark.parametrize("table", ["articles", "paragraphs", "problems"])
def test_tables_have_the_documented_schema(seeds, table):
    assert getattr(seeds, table).schema == schemas.schema(table)


def test_seeds_load_without_problems(seeds):
    assert seeds.problems.is_empty()


def test_every_seed_line_has_the_kind_a_reader_gives_it(seeds):
    """tests/expected/paragraph_kinds.csv was written by reading each file line by line."""
    expected = {
        (r["doc_id"], int(r["line"])): r["kind"] for r in read_expected("paragraph_kinds.csv")
    }
    found = {}
    for row in seeds.paragraphs.iter_rows(named=True):
        line = seeds.text(row["doc_id"]).count("\n", 0, row["start"]) + 1
        found[(row["doc_id"], line)] = row["kind"]
    assert found == expected


def test_paragraph_offsets_are_exact(seeds):
    for row in seeds.paragraphs.iter_rows(named=True):
        text = seeds.text(row["doc_id"])
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["text"] == row["text"].strip() and row["text"]


def test_paragraphs_are_numbered_in_reading_order(seeds):
    check = seeds.paragraphs.group_by("doc_id").agg(
        ordered=(pl.col("para") == pl.int_range(pl.len())).all(),
        increasing=(pl.col("start").diff().fill_null(1) > 0).all(),
    )
    assert check["ordered"].all() and check["increasing"].all()


def test_tables_are_built_once(seeds):
    assert seeds.paragraphs is seeds.paragraphs
    assert seeds.articles is seeds.articles


def test_files_are_read_once_when_the_corpus_loads(tmp_path):
    folder = tmp_path / "copy"
    shutil.copytree(SEEDS, folder)
    corpus = explore.load_corpus(folder)
    shutil.rmtree(folder)  # every table must come from what was read at load time
    assert corpus.articles.height == 5
    assert corpus.paragraphs.height == 139


def test_figures_read_in_chunks_are_the_figures_read_at_once(seeds, monkeypatch):
    # a large corpus turns figure rows into a table every few thousand rows
    monkeypatch.setattr("explore.corpus._CHUNK_ROWS", 7)
    chunked = explore.load_corpus(SEEDS)
    assert chunked.figures.equals(seeds.figures)
    assert chunked.figure_senses.equals(seeds.figure_senses)
    assert chunked.people.equals(seeds.people)


def test_figure_senses_are_lists_of_words(seeds):
    senses = seeds.figure_senses
    assert senses.schema["senses"] == pl.List(pl.String)
    # pt: "72 países signatários", "as 72 assinaturas", "72 países já a assinaram"
    rows = (
        senses.join(seeds.figures, on=["doc_id", "start"])
        .filter(pl.col("doc_id").str.starts_with("pt-"), pl.col("raw") == "72")
        .sort("start")
    )
    assert rows["senses"].to_list() == [
        ["noun:country=países", "verb:sign=signatários"],
        ["noun:signature=assinaturas"],
        ["noun:country=países", "verb:sign=assinaram"],
    ]


def test_text_is_the_decoded_file_without_its_byte_order_mark(make_corpus):
    text = "Mais de 2.500 delegados de 110 países participaram da cerimônia em Hanói."
    folder = make_corpus({"bom.txt": b"\xef\xbb\xbf" + text.encode(), "plain.txt": text})
    corpus = explore.load_corpus(folder)
    assert corpus.text("bom") == corpus.text("plain") == text
    assert corpus.articles["n_chars"].to_list() == [len(text)] * 2


def test_text_of_an_unknown_article_names_the_ones_there(seeds):
    with pytest.raises(KeyError, match="pt-vietnamnet-2456536"):
        seeds.text("nope")


def test_any_folder_loads_the_same_way(make_corpus):
    folder = make_corpus(
        {
            "new.txt": "Ein neuer Artikel über den Gipfel in Hanoi.\n\nDie Konferenz "
            "dauerte zwei Tage und endete mit einer Pressekonferenz am Nachmittag.\n"
            "Quelle: https://www.example.org/news/article-991.html\n",
            "notes.md": "not an article",
        }
    )
    with pytest.warns(explore.ExploreWarning, match=r"notes\.md: a Markdown file, not read"):
        corpus = explore.load_corpus(folder)
    row = corpus.articles.row(0, named=True)
    assert (row["doc_id"], row["lang"], row["outlet"], row["family"]) == (
        "new",
        "de",
        "example.org",
        "example.org-991",
    )
    assert corpus.paragraphs["kind"].to_list() == ["heading", "body", "source"]


def test_articles_without_a_source_are_a_family_of_their_own(make_corpus):
    text = "The summit ended on Sunday with a joint statement signed by every delegation."
    corpus = explore.load_corpus(make_corpus({"a.txt": text, "b.txt": text}))
    rows = corpus.articles.select("doc_id", "outlet", "family").rows()
    assert rows == [("a", None, "a"), ("b", None, "b")]


def test_urls_that_differ_only_in_spelling_share_a_family(make_corpus):
    body = "The summit ended on Sunday with a joint statement signed by every delegation.\n"
    corpus = explore.load_corpus(
        make_corpus(
            {
                "a.txt": body + "Source: https://www.Example.com/world/summit-42.html",
                "b.txt": body + "Fonte: http://example.com/world/summit-42.html/",
                "c.txt": body + "Source : https://example.com/world/summit-42.html#top",
            }
        )
    )
    assert corpus.articles["family"].unique().to_list() == ["example.com-42"]
