"""Split an article into paragraphs and say what each one is.

News text pasted from a web page comes one paragraph per line, sometimes with blank lines
between; text saved from an e-mail or a wire service comes hard-wrapped, with paragraphs
separated by blank lines. Both are read here. Each paragraph keeps exact character offsets
into the article text, so ``text[start:end] == paragraph``.

Kinds, decided from layout alone so they work in any language:

- image: a line that is only an image file name (``z7157....jpg``);
- caption: the short paragraph right after an image, or one ending in a photo credit
  such as ``(zdjęcie: VNA)`` (the credit words are lexicon data);
- source: ``Source: https://...``, ``Quelle: https://...``: a short label, a colon, a URL;
- boilerplate: a page counter such as ``Kommentar (0)``;
- heading: a short line without final punctuation, or a very short single sentence;
- body: everything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from explore.lexicons import union

KINDS = ("body", "heading", "caption", "image", "source", "boilerplate")

_LINE = re.compile(r"[^\r\n]+")
_IMAGE = re.compile(r"[^\s/\\]+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|svg|heic)", re.IGNORECASE)
_SOURCE = re.compile(r"\w[\w .'-]{0,30}?\s*:\s*(?P<url>(?:https?://|www\.)\S+)", re.IGNORECASE)
_BOILERPLATE = re.compile(r"\w[\w .'-]{0,30}?\s*\(\s*\d+\s*\)")
_FINAL_PUNCTUATION = ".!?:;…\"”“»«'’)]"
_QUOTE_MARKS = frozenset('"“”„«»')  # a short sentence with a quote is speech, not a title
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")

# Size limits of the layout kinds, in words.
_HEADING_MAX_WORDS = 14  # a title line without final punctuation
_SHORT_SENTENCE_MAX_WORDS = 8  # a title that ends in a full stop ("Seeking safe solutions.")
_CAPTION_MAX_WORDS = 60
# A file whose lines are never longer than this, with multi-line blocks, is hard-wrapped.
_WRAP_WIDTH = 100


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph: offsets into the article text and its kind."""

    start: int
    end: int
    kind: str


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of ``text`` in reading order, with kinds and exact offsets."""
    spans = _paragraph_spans(text)
    paragraphs: list[Paragraph] = []
    previous = None
    for start, end in spans:
        kind = _kind(text[start:end], previous)
        paragraphs.append(Paragraph(start, end, kind))
        previous = kind
    return paragraphs


def source_url(text: str, paragraphs: list[Paragraph]) -> str | None:
    """The URL of the first source line, if the article names its source."""
    for p in paragraphs:
        if p.kind == "source":
            return _SOURCE.fullmatch(text[p.start : p.end]).group("url")
    return None


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: lines, or blank-line blocks for hard-wrapped text."""
    lines: list[tuple[int, int, bool]] = []  # start, end, follows a blank line
    last_end = 0
    for m in _LINE.finditer(text):
        start, end = _strip(text, m.start(), m.end())
        if start == end:
            continue
        gap = text[last_end:start]
        breaks = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
        lines.append((start, end, breaks >= 2 or not lines))
        last_end = end
    if not _hard_wrapped(lines):
        return [(start, end) for start, end, _ in lines]
    blocks: list[tuple[int, int]] = []
    alone = False  # the previous line is an image, source or counter: a block of its own
    for start, end, new_block in lines:
        line_alone = _stands_alone(text[start:end])
        if new_block or alone or line_alone:
            blocks.append((start, end))
        else:
            blocks[-1] = (blocks[-1][0], end)
        alone = line_alone
    return blocks


def _stands_alone(line: str) -> bool:
    return bool(_IMAGE.fullmatch(line) or _SOURCE.fullmatch(line) or _BOILERPLATE.fullmatch(line))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _hard_wrapped(lines: list[tuple[int, int, bool]]) -> bool:
    if not lines or max(end - start for start, end, _ in lines) > _WRAP_WIDTH:
        return False
    run = longest = 0
    for _, _, new_block in lines:
        run = 1 if new_block else run + 1
        longest = max(longest, run)
    return longest >= 3


def _kind(para: str, previous: str | None) -> str:
    if "\n" not in para and _IMAGE.fullmatch(para):
        return "image"
    if _SOURCE.fullmatch(para):
        return "source"
    if _BOILERPLATE.fullmatch(para) or _credit_line().fullmatch(para):
        return "boilerplate"
    words = len(para.split())
    if (previous == "image" and words <= _CAPTION_MAX_WORDS) or _photo_credit().search(para):
        return "caption"
    if _is_heading(para, words):
        return "heading"
    return "body"


def _is_heading(para: str, words: int) -> bool:
    if "\n" in para:
        return False
    if para[-1] not in _FINAL_PUNCTUATION:
        return words <= _HEADING_MAX_WORDS
    return (
        words <= _SHORT_SENTENCE_MAX_WORDS
        and para.endswith(".")
        and len(_SENTENCE_END.findall(para)) == 1
        and not _QUOTE_MARKS.intersection(para)
    )


@cache
def _credit_line() -> re.Pattern[str]:
    """A line that only credits a picture: 'Zdjęcie: Ana Beltran/Reuters'."""
    words = sorted(union("layout", "photo_credit"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:{alternatives})\s*:\s*[^\n.!?:]{{1,80}}", re.IGNORECASE)


@cache
def _photo_credit() -> re.Pattern[str]:
    words = sorted(union("layout", "photo_credit"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\(\s*(?:{alternatives})\s*:[^()]{{1,60}}\)\s*\.?$", re.IGNORECASE)
