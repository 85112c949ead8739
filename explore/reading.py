"""Turn the bytes of one article file into text, or say plainly why not.

The text returned is what every offset in the package points into: the decoded file with
a byte-order mark removed and line endings kept as they are (CRLF stays CRLF), so a
paragraph's ``start``/``end`` are exact for any file.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

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


def _guess(data: bytes, err: UnicodeDecodeError) -> Decoded:
    from charset_normalizer import from_bytes  # imported only for files that need it

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UnreadableFileError(
            f"not UTF-8 (invalid byte at offset {err.start}) and no other encoding fits; "
            "save the file as UTF-8"
        )
    encoding = best.encoding
    text = data.decode(encoding)
    return Decoded(
        text,
        encoding,
        f"not UTF-8 (invalid byte at offset {err.start}); read as {encoding}, a guess: "
        "save the file as UTF-8 to be sure",
    )


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
