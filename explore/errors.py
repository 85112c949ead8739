"""Errors and warnings that name the file or parameter and say what was expected."""

from __future__ import annotations


class ExploreError(Exception):
    """A problem the user can fix: the message says where and what was expected."""


class CorpusError(ExploreError):
    """The corpus folder cannot be read at all (missing, empty, not a folder)."""


class ExploreWarning(UserWarning):
    """Something was skipped or read with a guess; the rest still loads."""
