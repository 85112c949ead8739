"""Bad input gets a message that names the file and the problem; the rest still loads."""

import codecs
import warnings
from pathlib import Path

import pytest
from conftest import PROSE

import explore
from explore import CorpusError, ExploreWarning

GOOD = PROSE["en"]


def load_with_warnings(folder):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = explore.load_corpus(folder)
    messages = [str(w.message) for w in caught if issubclass(w.category, ExploreWarning)]
    return corpus, messages


def test_missing_folder(tmp_path):
    with pytest.raises(CorpusError, match=r"nowhere: no such folder \(expected a folder of \.txt"):
        explore.load_corpus(tmp_path / "nowhere")


def test_a_file_instead_of_a_folder(make_corpus):
    folder = make_corpus({"a.txt": GOOD})
    with pytest.raises(CorpusError, match=r"a\.txt: not a folder"):
        explore.load_corpus(folder / "a.txt")


def test_folder_without_articles(make_corpus):
    folder = make_corpus({"readme.md": GOOD, "data.csv": "a,b\n1,2\n"})
    with pytest.raises(CorpusError, match=r"no articles \(expected files named \*\.txt\)"):
        explore.load_corpus(folder)


def test_folder_where_no_article_is_readable(make_corpus):
    folder = make_corpus({"empty.txt": b"", "blob.txt": b"\x00\x01\x02" * 50})
    with (
        pytest.warns(ExploreWarning),
        pytest.raises(
            CorpusError, match=r"none of the 2 \.txt files could be read: blob\.txt: binary"
        ),
    ):
        explore.load_corpus(folder)


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t \n"])
def test_empty_file_is_skipped_and_named(make_corpus, content):
    corpus, messages = load_with_warnings(make_corpus({"good.txt": GOOD, "empty.txt": content}))
    assert corpus.articles["doc_id"].to_list() == ["good"]
    assert (
        len(messages) == 1 and "empty.txt: empty file" in messages[0] and "skipped" in messages[0]
    )
    assert corpus.problems.row(0, named=True)["action"] == "skipped"


@pytest.mark.parametrize(
    "blob",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        bytes(range(1, 32)) * 40,  # control bytes without NUL
    ],
)
def test_binary_file_is_skipped_and_named(make_corpus, blob):
    corpus, messages = load_with_warnings(make_corpus({"good.txt": GOOD, "photo.txt": blob}))
    assert corpus.articles["doc_id"].to_list() == ["good"]
    assert len(messages) == 1 and "photo.txt: binary file" in messages[0]


def test_cp1252_file_loads_with_a_warning_naming_the_encoding(make_corpus):
    text = PROSE["de"] + " Die Ausstellung zeigte Exponate für 5 € pro Stück."
    corpus, messages = load_with_warnings(make_corpus({"old.txt": text.encode("cp1252")}))
    assert corpus.text("old") == text
    assert corpus.articles.row(0, named=True)["lang"] == "de"
    assert len(messages) == 1
    assert "old.txt: not UTF-8" in messages[0] and "cp1252" in messages[0]
    assert "save the file as UTF-8" in messages[0]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_load_exactly(make_corpus, codec):
    text = PROSE["fr"] + "\n\nSource : https://example.fr/article-7"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    corpus, messages = load_with_warnings(make_corpus({"wide.txt": data}))
    assert corpus.text("wide") == text
    assert corpus.articles.row(0, named=True)["lang"] == "fr"
    assert len(messages) == 1 and "wide.txt: encoded as UTF-" in messages[0]
    assert corpus.paragraphs["kind"].to_list() == ["body", "source"]


def test_utf8_bom_and_crlf_keep_offsets_exact(make_corpus):
    lines = ["Hanoi summit closes", "", PROSE["en"], "photo-1.jpg", "A delegate speaks", ""]
    data = codecs.BOM_UTF8 + "\r\n".join(lines).encode("utf-8")
    corpus, messages = load_with_warnings(make_corpus({"win.txt": data}))
    assert messages == []
    text = corpus.text("win")
    assert not text.startswith("\ufeff") and "\r\n" in text
    paragraphs = corpus.paragraphs
    assert paragraphs["text"].to_list() == [line for line in lines if line]
    assert paragraphs["kind"].to_list() == ["heading", "body", "image", "caption"]
    for row in paragraphs.iter_rows(named=True):
        assert text[row["start"] : row["end"]] == row["text"]


def test_old_mac_line_endings(make_corpus):
    corpus = explore.load_corpus(make_corpus({"mac.txt": "Title here\r\r" + PROSE["en"] + "\r"}))
    assert corpus.paragraphs["text"].to_list() == ["Title here", PROSE["en"]]


def test_unsupported_language_loads_and_is_named(make_corpus):
    corpus, messages = load_with_warnings(make_corpus({"good.txt": GOOD, "viet.txt": PROSE["vi"]}))
    assert corpus.articles.filter(doc_id="viet")["lang"].to_list() == ["vi"]
    assert len(messages) == 1
    assert (
        "viet.txt: language 'vi' is not supported; expected one of de, en, fr, pl, pt"
        in messages[0]
    )
    assert corpus.paragraphs.filter(doc_id="viet").height == 1


def test_text_too_short_to_tell_its_language(make_corpus):
    corpus, messages = load_with_warnings(make_corpus({"short.txt": "OK 42"}))
    assert corpus.articles["lang"].to_list() == [None]
    assert len(messages) == 1 and "short.txt: language not recognised" in messages[0]


def test_a_bad_file_does_not_hide_the_good_ones(make_corpus):
    folder = make_corpus(
        {
            "a.txt": GOOD,
            "b.txt": b"",
            "c.txt": PROSE["de"].encode("cp1252"),
            "d.txt": b"\x00" * 100,
            "e.txt": PROSE["fr"],
        }
    )
    corpus, messages = load_with_warnings(folder)
    assert corpus.articles["doc_id"].to_list() == ["a", "c", "e"]
    assert corpus.problems["action"].to_list() == ["skipped", "loaded", "skipped"]
    assert [m.split(":")[0].rsplit("/", 1)[-1] for m in messages] == ["b.txt", "c.txt", "d.txt"]


def test_unreadable_file_is_skipped(make_corpus, monkeypatch):
    folder = make_corpus({"a.txt": GOOD, "locked.txt": GOOD})
    real_read = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":  # chmod 0 does not stop root, so refuse here
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    corpus, messages = load_with_warnings(folder)
    assert corpus.articles["doc_id"].to_list() == ["a"]
    assert "locked.txt: cannot read the file: Permission denied (skipped)" in messages[0]
