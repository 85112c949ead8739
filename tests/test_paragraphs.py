"""Paragraph splitting and kinds on texts written for the tests, and a property test."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from explore.paragraphs import KINDS, source_url, split_paragraphs


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[p.start : p.end], p.kind) for p in split_paragraphs(text)]


BODY = (
    "Officials said the agreement, reached after three weeks of talks, would take effect "
    "next spring and cover trade in farm goods, steel and medicines across the region."
)


def test_one_paragraph_per_line_with_or_without_blank_lines():
    text = f"Markets rally after the vote\n{BODY}\n\n{BODY}\n"
    assert kinds(text) == [
        ("Markets rally after the vote", "heading"),
        (BODY, "body"),
        (BODY, "body"),
    ]


def test_image_caption_source_and_counter():
    text = (
        f"{BODY}\n\nIMG_2041.JPEG\nThe minister arrives at the venue\n\n{BODY}\n"
        "Font: https://example.com/a/b-77.html\nKomentarze (12)\n"
    )
    assert kinds(text) == [
        (BODY, "body"),
        ("IMG_2041.JPEG", "image"),
        ("The minister arrives at the venue", "caption"),
        (BODY, "body"),
        ("Font: https://example.com/a/b-77.html", "source"),
        ("Komentarze (12)", "boilerplate"),
    ]
    assert source_url(text, split_paragraphs(text)) == "https://example.com/a/b-77.html"


def test_photo_credit_marks_a_caption_in_any_supported_language():
    for credit in ("(zdjęcie: VNA)", "(Foto: dpa)", "(Photo : AFP)", "(Photo: Reuters)."):
        text = f"{BODY}\nThe delegates leave the hall after the vote {credit}\n"
        assert kinds(text)[1][1] == "caption", credit


def test_a_long_paragraph_after_an_image_is_body():
    long_body = " ".join([BODY] * 3)
    assert kinds(f"photo.png\n{long_body}")[1] == (long_body, "body")


def test_headings_short_without_final_punctuation_or_a_very_short_sentence():
    assert kinds("Seeking safe solutions in cyberspace.")[0][1] == "heading"
    assert kinds("What comes next for the treaty")[0][1] == "heading"
    assert kinds("He left. Nobody followed him.")[0][1] == "body"
    assert kinds("“We will sign,” she said.")[0][1] == "body"
    assert kinds("Report: the talks failed")[0][1] == "heading"


def test_hard_wrapped_text_joins_lines_into_paragraphs():
    wrapped = (
        "Officials said the agreement, reached after three weeks of\n"
        "talks, would take effect next spring and cover trade in farm\n"
        "goods, steel and medicines across the region.\n"
        "\n"
        "A second paragraph follows here, also wrapped at about\n"
        "sixty characters per line.\n"
        "photo.jpg\n"
        "Caption of the photo\n"
    )
    found = kinds(wrapped)
    assert [k for _, k in found] == ["body", "body", "image", "caption"]
    assert found[0][0].endswith("across the region.") and "\n" in found[0][0]


def test_url_lines_that_are_not_sources_stay_body():
    text = f"{BODY} More at https://example.com/x."
    assert kinds(text)[0][1] == "body"


def test_empty_and_whitespace_texts_have_no_paragraphs():
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\r\n\t\u00a0\n") == []


LINE = st.one_of(
    st.text(
        alphabet=string.ascii_letters + " .,:;()'\"-0123456789\u00a0\u202fąéü«»„“”", max_size=120
    ),
    st.sampled_from(
        ["", " ", "z7157_abc.jpg", "Source: https://a.example/x-1", "Kommentar (0)", BODY]
    ),
)
NEWLINE = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(LINE, NEWLINE), max_size=25), st.booleans())
def test_offsets_are_exact_and_nothing_is_lost(lines, leading_space):
    text = (" " if leading_space else "") + "".join(line + nl for line, nl in lines)
    paragraphs = split_paragraphs(text)
    covered = [False] * len(text)
    previous_end = 0
    for p in paragraphs:
        para = text[p.start : p.end]
        assert para and para == para.strip()
        assert p.kind in KINDS
        assert p.start >= previous_end
        previous_end = p.end
        for i in range(p.start, p.end):
            covered[i] = True
    # every visible character belongs to a paragraph
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())
