"""What a corpus folder holds: the article files, and what is passed over, with why.

Articles are the regular files whose name ends in ``.txt`` in any letter case
(``NOTES.TXT`` too). Subfolders, links that lead nowhere or loop, and files in a document
format explore does not read (``.md``, ``.html``, ``.docx``...) are named as skipped.
Hidden files and other files (``manifest.csv``, photos) are not articles and pass
silently. A file name that is not valid UTF-8 is shown with its bad bytes escaped
(``caf\\xe9``): such a name cannot go into a table as it is.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIX = ".txt"
# Document formats someone may drop in beside the articles; what each is, for the message.
DOCUMENT_SUFFIXES = {
    ".md": "a Markdown file",
    ".markdown": "a Markdown file",
    ".rst": "a reStructuredText file",
    ".text": "a text file not named .txt",
    ".html": "a web page",
    ".htm": "a web page",
    ".rtf": "a rich-text document",
    ".doc": "a Word document",
    ".docx": "a Word document",
    ".odt": "an OpenDocument text",
    ".pdf": "a PDF document",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One name in the folder: an article (doc_id set) or a thing skipped (problem set)."""

    path: Path
    shown: str  # the path as a message or a table can hold it
    doc_id: str | None = None
    note: str | None = None  # said of an article whose doc_id is not its file's stem
    problem: str | None = None


def shown(path: Path | str) -> str:
    """A path as valid text: the bytes of a name that is not UTF-8 escaped (``\\xe9``)."""
    name = str(path)
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file-system name decodes to
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def is_article_name(path: Path) -> bool:
    """True for a name ending in .txt, in any letter case."""
    return path.suffix.lower() == ARTICLE_SUFFIX


def scan(folder: Path) -> list[Entry]:
    """Every name of the folder worth a word, in name order: articles and things skipped."""
    entries: list[Entry] = []
    taken: dict[str, str] = {}  # doc_id -> the file it names
    for path in sorted(folder.iterdir(), key=lambda p: shown(p.name)):
        if path.name.startswith("."):
            continue
        problem = _problem(path)
        if problem is None and is_article_name(path):
            entries.append(_article(path, taken))
        elif problem is not None:
            entries.append(Entry(path, shown(path), problem=problem))
    return entries


def _problem(path: Path) -> str | None:
    """Why a name is not read as an article (None: it is one, or it is not worth a word)."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        if path.is_symlink():
            target = shown(os.readlink(path))
            if err.errno == errno.ELOOP:
                return f"a symbolic link that loops (to {target}); nothing to read"
            return f"a symbolic link to {target}, which does not exist"
        return f"cannot be looked at: {err.strerror}"
    if stat.S_ISDIR(mode):
        return "a folder: subfolders are not read (move its articles up to read them)"
    if is_article_name(path):
        return None if stat.S_ISREG(mode) else "not a regular file (a pipe, socket or device)"
    kind = DOCUMENT_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        return None
    return (
        f"{kind}, not read: explore reads plain-text articles named *.txt "
        "(save or rename it as .txt to read it)"
    )


def _article(path: Path, taken: dict[str, str]) -> Entry:
    """An article's entry with a doc_id no other article of the folder has."""
    stem, name = shown(path.stem), shown(path.name)
    notes = []
    if stem != path.stem:
        notes.append(f"file name is not valid UTF-8; its doc_id is {stem!r}")
    doc_id = stem
    if doc_id in taken:
        doc_id = name
        n = 2
        while doc_id in taken:
            doc_id, n = f"{name}~{n}", n + 1
        notes.append(f"doc_id {stem!r} is taken by {taken[stem]}; this article is {doc_id!r}")
    taken[doc_id] = name
    return Entry(path, shown(path), doc_id=doc_id, note="; ".join(notes) or None)
