"""A module that other packages import eagerly but seldom use, loaded on first use.

jsonschema (imported by Altair and nbformat) does ``from rfc3987_syntax import
is_valid_syntax`` to check the "iri" format, and ``rfc3987_syntax`` builds a Lark grammar
when imported: 2.1 s of a 3.2 s ``import explore.charts`` (``python -X importtime``), paid
again by every kernel of a report. In its place stands a module whose functions load the
real one when first called; anything else asked of it loads it too, so it behaves the
same, only later.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any

NAME = "rfc3987_syntax"
EAGER_NAMES = ("is_valid_syntax",)  # what importers take with ``from ... import``


def make_lazy() -> None:
    """Put the stand-in in place, if the module is installed and not yet imported."""
    if NAME in sys.modules or importlib.util.find_spec(NAME) is None:
        return
    stand_in = types.ModuleType(NAME, "loads rfc3987_syntax on first use (explore._lazy)")
    stand_in._explore_stand_in = True  # type: ignore[attr-defined]
    for attr in EAGER_NAMES:
        setattr(stand_in, attr, _deferred(attr))
    stand_in.__getattr__ = _any_other  # type: ignore[method-assign]
    sys.modules[NAME] = stand_in


def _any_other(attr: str) -> Any:
    if attr.startswith("__"):  # the import system asks for __path__, __spec__, ...
        raise AttributeError(attr)
    return getattr(_real(), attr)


def _deferred(attr: str) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(_real(), attr)(*args, **kwargs)

    call.__name__ = attr
    return call


def _real() -> types.ModuleType:
    module = sys.modules.get(NAME)
    if module is not None and not getattr(module, "_explore_stand_in", False):
        return module
    sys.modules.pop(NAME, None)
    return importlib.import_module(NAME)
