"""Hard inputs: no file, name or string breaks a run, and nothing is skipped without a word."""

import io
import os
import warnings
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner
from conftest import PROSE

import explore
from explore import ExploreError, ExploreWarning
from explore.cli import cli
from explore.reading import decode_article

# Written for these tests: a figure, a quote with its speaker, a reported statement.
PT = (
    "Mais de 2.500 delegados de 110 países chegaram a Lisboa.\n\n"
    "“Estamos prontos”, disse a ministra Ana Costa na segunda-feira.\n\n"
    "A ministra Ana Costa afirmou que 72 países assinaram o acordo.\n"
)


def loaded(folder: Path) -> tuple[explore.Corpus, list[str]]:
    """The corpus of a folder and the ExploreWarnings its loading gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = explore.load_corpus(folder)
    return corpus, [str(w.message) for w in caught if issubclass(w.category, ExploreWarning)]


def write_bytes_name(folder: Path, name: bytes, data: bytes) -> None:
    """A file whose name is raw bytes (not valid UTF-8 on Linux)."""
    fd = os.open(os.path.join(os.fsencode(folder), name), os.O_WRONLY | os.O_CREAT, 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


# --- names and strings that are not valid Unicode ----------------------------------------


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(make_corpus):
    folder = make_corpus({"good.txt": PROSE["en"]})
    write_bytes_name(folder, b"caf\xe9.txt", PT.encode("utf-8"))
    corpus, messages = loaded(folder)
    assert corpus.articles["doc_id"].to_list() == ["caf\\xe9", "good"]
    assert corpus.articles["path"].to_list()[0].endswith("/caf\\xe9.txt")
    assert corpus.text("caf\\xe9") == PT
    assert corpus.figures.filter(doc_id="caf\\xe9")["raw"].to_list() == ["2.500", "110", "72"]
    assert len(messages) == 1
    assert "caf\\xe9.txt: file name is not valid UTF-8; its doc_id is 'caf\\\\xe9'" in messages[0]
    assert corpus.problems["action"].to_list() == ["loaded"]


@pytest.mark.parametrize("table", ["figures_in", "quotes_in", "statements_in"])
def test_a_lone_surrogate_in_a_string_is_replaced_and_every_row_kept(table):
    bad = PT.replace("Lisboa", "Lisb\udc80a")
    with pytest.warns(ExploreWarning, match=r"text: 1 lone surrogate.*'\\udc80' at offset 53"):
        rows = getattr(explore, table)(bad, "pt")
    good = getattr(explore, table)(PT, "pt")
    assert rows.height == good.height > 0
    assert rows.drop("sentence" if table == "figures_in" else "text").equals(
        good.drop("sentence" if table == "figures_in" else "text")
    )


def test_a_string_that_is_not_a_string_is_refused_by_name():
    with pytest.raises(ExploreError, match="text: expected a str, got bytes"):
        explore.quotes_in(PT.encode(), "pt")
    with pytest.raises(ExploreError, match="lang: language 'xx' is not supported"):
        explore.statements_in(PT, "xx")


# --- what a folder holds besides articles ------------------------------------------------


def test_txt_in_any_letter_case_is_an_article(make_corpus):
    corpus, messages = loaded(make_corpus({"LOUD.TXT": PT, "quiet.Txt": PROSE["en"]}))
    assert corpus.articles["doc_id"].to_list() == ["LOUD", "quiet"]
    assert messages == []


def test_two_files_with_one_stem_keep_two_doc_ids(make_corpus):
    corpus, messages = loaded(make_corpus({"a.TXT": PT, "a.txt": PROSE["en"]}))
    assert corpus.articles["doc_id"].to_list() == ["a", "a.txt"]
    assert len(messages) == 1
    said = "a.txt: doc_id 'a' is taken by a.TXT; this article is 'a.txt' (loaded)"
    assert messages[0].endswith(said)
    assert corpus.text("a.txt") == PROSE["en"]


def test_everything_not_read_is_named_with_why(make_corpus):
    folder = make_corpus({"good.txt": PT, "notes.md": "# notes", "manifest.csv": "a,b\n"})
    (folder / "more").mkdir()
    (folder / "more" / "inside.txt").write_text(PROSE["en"])
    os.symlink("nowhere.txt", folder / "gone.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    os.mkfifo(folder / "pipe.txt")
    corpus, messages = loaded(folder)
    assert corpus.articles["doc_id"].to_list() == ["good"]
    problems = {Path(p).name: (problem, action) for p, problem, action in corpus.problems.rows()}
    assert set(problems) == {"notes.md", "more", "gone.txt", "loop.txt", "pipe.txt"}
    assert {action for _, action in problems.values()} == {"skipped"}
    assert problems["more"][0].startswith("a folder: subfolders are not read")
    assert problems["notes.md"][0].startswith("a Markdown file, not read")
    assert problems["gone.txt"][0] == "a symbolic link to nowhere.txt, which does not exist"
    assert problems["loop.txt"][0].startswith("a symbolic link that loops")
    assert problems["pipe.txt"][0].startswith("not a regular file")
    assert len(messages) == 5  # manifest.csv is data, not an article: nothing to say


def test_a_folder_of_skipped_things_only_says_what_it_holds(make_corpus):
    folder = make_corpus({"notes.md": "# notes"})
    with pytest.raises(explore.CorpusError, match=r"no articles .*; notes\.md: a Markdown file"):
        explore.load_corpus(folder)


# --- encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("lang", ["pt", "pl"])
def test_utf16_without_a_byte_order_mark_is_read(make_corpus, codec, lang):
    text = PT if lang == "pt" else POLISH
    corpus, messages = loaded(make_corpus({"wide.txt": text.encode(codec)}))
    assert corpus.text("wide") == text
    assert corpus.articles["encoding"].to_list() == [codec]
    assert len(messages) == 1 and "without a byte-order mark" in messages[0]


def test_nul_bytes_alone_are_still_binary():
    with pytest.raises(ValueError, match="binary file"):
        decode_article(b"\x00" * 100)


# Sentences written for these tests, each with the letters its language's legacy
# encodings write differently.
POLISH = (
    "Minister spraw zagranicznych powiedział, że rozmowy zostaną wznowione w przyszłym "
    "tygodniu. Ścieżka do porozumienia jest długa, ale źródła mówią o postępie i zgodzie."
)
SENTENCES = {
    "pt": "Não há acordo: as negociações começarão em março, disseram os ministros. A situação "
    "é difícil e as posições estão distantes, mas há esperança de solução até o verão.",
    "pl": POLISH,
    "de": "Die Außenministerin erklärte, dass die Gespräche über Zölle nächste Woche "
    "fortgesetzt würden. Für die Händler ändert sich zunächst wenig, sagte sie.",
    "fr": "Le ministre a déclaré que les négociations reprendront après Noël. Ça reste "
    "difficile, a-t-il ajouté, mais la réunion à Genève était très utile à l'été.",
}
LEGACY = {
    "pt": ["cp1252", "latin-1", "iso8859-15"],
    "pl": ["iso8859-2", "cp1250"],
    "de": ["cp1252", "latin-1", "iso8859-15", "cp1250", "iso8859-2"],
    "fr": ["cp1252", "latin-1", "iso8859-15"],
}


@pytest.mark.parametrize(
    ("lang", "codec"), [(lang, codec) for lang, codecs in LEGACY.items() for codec in codecs]
)
def test_legacy_encodings_decode_to_the_text_written(lang, codec):
    decoded = decode_article(SENTENCES[lang].encode(codec))
    assert decoded.text == SENTENCES[lang]
    assert SENTENCES[lang].encode(decoded.encoding) == SENTENCES[lang].encode(codec)
    assert f"read as {decoded.encoding}, fairly sure" in decoded.note


def test_the_euro_sign_tells_iso8859_15_from_cp1252():
    text = SENTENCES["de"] + " Ein Stück kostet 5 €."
    assert decode_article(text.encode("iso8859-15")).text == text
    assert decode_article(text.encode("cp1252")).text == text


# --- a run over all of it ----------------------------------------------------------------


def test_a_folder_of_every_bad_input_runs_and_keeps_the_good_rows(make_corpus, tmp_path):
    good = {"en.txt": PROSE["en"] + " About 40 people came.", "pt.txt": PT}
    only_good = tmp_path / "good"
    only_good.mkdir()
    for name, text in good.items():
        (only_good / name).write_text(text, encoding="utf-8")
    folder = make_corpus(
        {
            **good,
            "empty.txt": b"",
            "blob.txt": b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4,
            "wide.txt": PT.encode("utf-16-le"),
            "old.txt": SENTENCES["pl"].encode("iso8859-2"),
            "notes.md": "# notes",
            "short.txt": "OK 42",
            "many.txt": "„a“" * 2500,
        }
    )
    write_bytes_name(folder, b"caf\xe9.txt", PT.encode("utf-8"))
    (folder / "sub").mkdir()
    os.symlink("nowhere.txt", folder / "gone.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    result = CliRunner().invoke(cli, ["figures", str(folder), "--format", "csv"])
    assert result.exit_code == 0, result.output
    figures = pl.read_csv(io.StringIO(result.stdout), schema_overrides={"raw": pl.String})
    expected = explore.load_corpus(only_good).figures
    for doc_id in ("en", "pt"):
        got = figures.filter(doc_id=doc_id).select("raw", "start", "end", "value")
        assert got.rows() == expected.filter(doc_id=doc_id).select(got.columns).rows()
    assert figures.filter(doc_id="caf\\xe9")["raw"].to_list() == ["2.500", "110", "72"]
    assert figures.filter(doc_id="wide")["raw"].to_list() == ["2.500", "110", "72"]
    for name in ("empty.txt", "blob.txt", "notes.md", "sub", "gone.txt", "loop.txt"):
        assert f"{name}: " in result.stderr
