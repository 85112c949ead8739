"""Notebook parameters, checked: a wrong value or an unknown name stops the notebook with
a message that names the parameter and what it accepts (papermill itself only warns).

Every notebook starts with a cell tagged ``parameters`` (JSON-friendly defaults), then:

    params = explore.params.check("cross_source_figures", globals())

which returns the parameters, validated, as a dict of plain values.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from explore.errors import ExploreError
from explore.lexicons import supported_languages


class ParameterError(ExploreError):
    """A notebook parameter with a value the notebook cannot use."""


@dataclass(frozen=True, slots=True)
class Param:
    """What one parameter accepts; ``choices`` is called lazily (it may read lexicons)."""

    kind: type | tuple[type, ...]
    doc: str
    choices: Callable[[], tuple[str, ...]] | None = None
    many: bool = False  # a list of choices (empty list: all)


def _languages() -> tuple[str, ...]:
    return supported_languages()


def _concepts() -> tuple[str, ...]:
    from explore.checks import known_concepts

    return tuple(sorted(known_concepts()))


def _kinds() -> tuple[str, ...]:
    from explore.schemas import QUOTE_KINDS

    return QUOTE_KINDS


def _sorts() -> tuple[str, ...]:
    return ("value", "region")


COMMON = {
    "corpus": Param(str, "folder of .txt articles"),
    "out_dir": Param(str, "folder for the charts this notebook exports"),
}

NOTEBOOKS: dict[str, dict[str, Param]] = {
    "corpus_overview": {**COMMON},
    "cross_source_figures": {
        **COMMON,
        "concepts": Param(list, "concepts to show (empty: all)", _concepts, many=True),
        "languages": Param(list, "languages to show (empty: all)", _languages, many=True),
        "docs": Param(list, "articles to show, by doc_id (empty: all)", many=True),
    },
    "signatories_by_region": {
        **COMMON,
        "doc": Param((str, type(None)), "one article (null: every article that gives regions)"),
        "include_unattributed": Param(bool, "show the signatories no region accounts for"),
        "as_share": Param(bool, "shares of the total instead of counts"),
        "sort": Param(str, "order of the regions", _sorts),
    },
    "quotes_and_speakers": {
        **COMMON,
        "speaker": Param((str, type(None)), "one speaker's name (null: everyone)"),
        "languages": Param(list, "languages to show (empty: all)", _languages, many=True),
        "kinds": Param(list, "kinds of quotation to show (empty: all)", _kinds, many=True),
    },
    "explorer": {**COMMON},
}


def check(notebook: str, namespace: Mapping[str, Any]) -> dict[str, Any]:
    """The notebook's parameters from its namespace, validated.

    Unknown names (a parameter papermill injected that the notebook does not take) and
    values of the wrong type or outside their choices raise ParameterError.
    """
    if notebook not in NOTEBOOKS:
        raise ParameterError(
            f"unknown notebook {notebook!r}; expected one of {', '.join(NOTEBOOKS)}"
        )
    spec = NOTEBOOKS[notebook]
    defined = {
        name
        for name, value in namespace.items()
        if not name.startswith("_")
        and name not in {"In", "Out", "get_ipython", "exit", "quit", "open"}
        and not isinstance(value, types.ModuleType)
        and not callable(value)
    }
    unknown = sorted(defined - set(spec))
    if unknown:
        raise ParameterError(
            f"{notebook}: unknown parameter {unknown[0]!r}; this notebook takes "
            + ", ".join(sorted(spec))
        )
    values = {}
    for name, param in spec.items():
        if name not in namespace:
            raise ParameterError(f"{notebook}: parameter {name!r} is missing ({param.doc})")
        values[name] = _value(notebook, name, param, namespace[name])
    return values


def _value(notebook: str, name: str, param: Param, value: Any) -> Any:
    where = f"{notebook}: parameter {name!r}"
    if isinstance(value, tuple):  # papermill may hand tuples over as tuples or strings
        value = list(value)
    if not isinstance(value, param.kind) or (param.kind is not bool and isinstance(value, bool)):
        expected = param.kind if isinstance(param.kind, tuple) else (param.kind,)
        names = " or ".join("null" if t is type(None) else t.__name__ for t in expected)
        raise ParameterError(f"{where} must be {names} ({param.doc}), not {value!r}")
    if param.choices is None or value is None:
        return value
    choices = param.choices()
    items = value if param.many else [value]
    for item in items:
        if item not in choices:
            raise ParameterError(f"{where}: {item!r} is not one of {', '.join(choices)}")
    return value


def check_docs(notebook: str, name: str, docs: list[str] | str | None, known: list[str]) -> None:
    """Articles named by a parameter must be in the corpus."""
    for doc in [docs] if isinstance(docs, str) else docs or []:
        if doc not in known:
            raise ParameterError(
                f"{notebook}: parameter {name!r}: no article {doc!r} in the corpus; have "
                + ", ".join(known)
            )
