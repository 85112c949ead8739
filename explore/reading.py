"""Turn the bytes of one article file into text, or say plainly why not.

The text returned is what every offset in the package points into: the decoded file with
a byte-order mark removed and line endings kept as they are (CRLF stays CRLF), so a
paragraph's ``start``/``end`` are exact for any file.
"""

from __future__ import annotations

import codecs
import re
import warnings
from dataclasses import dataclass
from functools import cache, lru_cache

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
# Share of control characters above which decoded bytes are taken for a binary file.
_MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Share of NULs in every other byte from which a file is taken for UTF-16 without a BOM.
_WIDE_ZEROS = 0.3
# Single-byte encodings of the Latin alphabets of the supported languages; a tie (the same
# words known) goes to the first. Only Polish needs the Central European ones.
_LATIN = ("cp1252", "iso8859-15", "latin-1", "cp1250", "iso8859-2")
_WORD = re.compile(r"[^\W\d_]+")
_ODD = re.compile("[\x80-\x9f¤¦¨´¸]")
_SAMPLE_CHARS = 20_000  # enough words to tell encodings apart
_SURE_SHARE = 0.8  # share of accented words known from which a reading is trusted


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: object, parameter: str) -> str:
    """Text a table can hold. A lone surrogate ('\\udc80', left by a file name or bytes
    decoded with surrogateescape) cannot be encoded as UTF-8, so Polars refuses the whole
    column; each one is replaced by U+FFFD, one character for one, so every offset still
    points where it did, and a warning names the parameter.
    """
    from explore.errors import ExploreError, ExploreWarning

    if not isinstance(text, str):
        raise ExploreError(f"{parameter}: expected a str, got {type(text).__name__}")
    first = _SURROGATE.search(text)
    if first is None:
        return text
    count = len(_SURROGATE.findall(text))
    warnings.warn(
        f"{parameter}: {count} lone surrogate(s), the first {first.group()!r} at offset "
        f"{first.start()}, not valid Unicode text: replaced by U+FFFD (offsets unchanged)",
        ExploreWarning,
        stacklevel=3,
    )
    return _SURROGATE.sub("\ufffd", text)


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text, the encoding it was read with, and a note when that needs saying."""

    text: str
    encoding: str
    note: str | None = None


class UnreadableFileError(ValueError):
    """The file holds no text that can be read (empty, binary, undecodable)."""


def decode_article(data: bytes) -> Decoded:
    """Decode article bytes: a BOM decides first, then strict UTF-8, then a guess.

    Raises UnreadableFileError for empty or binary content. A guessed encoding is reported in
    ``note`` so the caller can warn: the text may still be right, but the user should know.
    """
    if not data.strip():
        raise UnreadableFileError("empty file (expected the text of a news article)")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], codec, label)
            note = None if codec == "utf-8" else f"encoded as {label} with a BOM, not UTF-8"
            return _checked(Decoded(text, codec, note))
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError as err:
        wide = _bomless_utf16(data)
        if wide is not None:
            return _checked(wide)
        if b"\x00" in data:
            raise UnreadableFileError(
                "binary file (NUL bytes, no byte-order mark); expected UTF-8 text"
            ) from None
        return _checked(_guess(data, err))


def _strict(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        raise UnreadableFileError(
            f"starts with a {label} byte-order mark but byte {err.start} is not {label}"
        ) from None


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: Latin text has a NUL in every other byte (the high
    byte of each letter), and almost none in the bytes between."""
    even, odd = data[0::2], data[1::2]
    for zeros, letters, codec, label in (
        (odd, even, "utf-16-le", "UTF-16 LE"),
        (even, odd, "utf-16-be", "UTF-16 BE"),
    ):
        if zeros.count(0) >= _WIDE_ZEROS * len(zeros) and letters.count(0) <= len(letters) // 50:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return Decoded(text, codec, f"encoded as {label} without a byte-order mark, not UTF-8")
    return None


def _guess(data: bytes, err: UnicodeDecodeError) -> Decoded:
    """The encoding whose reading of the bytes has the most words of the text's language.

    Latin single-byte encodings first; charset-normalizer's guess is weighed too when none
    of them gives mostly known words (its own best guess reads Portuguese cp1252 as
    cp1250, Polish ISO-8859-2 as ISO-8859-3 or -14).
    """
    readings = [r for r in (_reading(data, codec) for codec in _LATIN) if r is not None]
    if not readings or readings[0].share < _SURE_SHARE:
        from charset_normalizer import from_bytes  # imported only for files that need it

        best = from_bytes(data).best()
        if best is not None and best.encoding is not None:
            other = _reading(data, best.encoding)
            readings += [other] if other is not None else []
    readings.sort(key=lambda r: (-r.share, r.odd))  # stable: a tie keeps _LATIN's order
    if not readings:
        raise UnreadableFileError(
            f"not UTF-8 (invalid byte at offset {err.start}) and no other encoding fits; "
            "save the file as UTF-8"
        )
    best, rival = readings[0], next((r for r in readings if r.text != readings[0].text), None)
    return Decoded(
        best.text,
        best.encoding,
        f"not UTF-8 (invalid byte at offset {err.start}); read as {best.encoding}, "
        f"{_sureness(best, rival)}: save the file as UTF-8 to be sure",
    )


@dataclass(frozen=True, slots=True)
class _Reading:
    """The bytes read in one encoding, and how many of its accented words are known."""

    encoding: str
    text: str
    lang: str | None
    known: int
    words: int
    odd: int  # characters news text hardly has (C1 controls, ¤): a wrong reading's mark

    @property
    def share(self) -> float:
        return self.known / self.words if self.words else 0.0


def _reading(data: bytes, encoding: str) -> _Reading | None:
    """Read the bytes as ``encoding`` and count the known words among those with a letter
    outside ASCII (the others read the same in every Latin encoding)."""
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    sample = text[:_SAMPLE_CHARS]
    words = [w for w in _WORD.findall(sample) if not w.isascii()]
    odd = len(_ODD.findall(sample))
    lang, languages = _languages(text)
    if not words or not languages:
        return _Reading(encoding, text, lang, 0, len(words), odd)
    known = max(sum(_is_known(w, code) for w in words) for code in languages)
    return _Reading(encoding, text, lang, known, len(words), odd)


def _languages(text: str) -> tuple[str | None, tuple[str, ...]]:
    """The detected language and the word lists to check against: its own, or when the
    detector is unsure, those of every supported language."""
    from explore.language import detect_language
    from explore.lexicons import supported_languages

    lang, _ = detect_language(text)
    if lang is not None and lang in _wordfreq_languages():
        return lang, (lang,)
    return lang, tuple(code for code in supported_languages() if code in _wordfreq_languages())


@cache
def _wordfreq_languages() -> frozenset[str]:
    from wordfreq import available_languages

    return frozenset(available_languages())


@lru_cache(maxsize=65536)
def _is_known(word: str, lang: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang) > 0


def _sureness(best: _Reading, rival: _Reading | None) -> str:
    """How sure the guess is, in words a user can weigh."""
    language = f" {best.lang}" if best.lang else ""
    evidence = f"{best.known} of its {best.words} words with accents are known{language} words"
    if rival is not None:
        evidence += f"; {rival.encoding} gives {rival.known}"
        if rival.odd > best.odd:
            evidence += f" and {rival.odd - best.odd} unlikely characters (¤, controls)"
    if best.words == 0:
        return "a guess (no word with an accent tells the encodings apart)"
    if best.share >= _SURE_SHARE and (
        rival is None or rival.known < best.known * 0.8 or rival.odd > best.odd
    ):
        return f"fairly sure ({evidence})"
    return f"a guess ({evidence})"


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    controls = len(_CONTROL.findall(text))
    if not text.strip():
        raise UnreadableFileError("empty file (only whitespace)")
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise UnreadableFileError(
            f"binary file ({controls} control characters in {len(text)}); expected text"
        )
    return decoded
