"""Notebook parameters, checked: a wrong value or an unknown name stops the notebook with
a message that names the parameter and what it accepts (papermill itself only warns).

Every notebook starts with a cell tagged ``parameters`` (JSON-friendly defaults), then:

    params = explore.params.check("cross_source_figures", globals())

which returns the parameters, validated, as a dict of plain values.
"""

from __future__ import annotations

import contextlib
import types
from collections.abc import Callable, Mapping, Sequence
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
    articles: bool = False  # the values are doc_ids of the corpus


def _languages() -> tuple[str, ...]:
    return supported_languages()


def _concepts() -> tuple[str, ...]:
    """The generic vocabulary's concepts and those of the event vocabularies read (the
    corpus's: check and the report read it first)."""
    from explore.vocabulary import event_concepts, generic_concepts, read_events

    return tuple(sorted(generic_concepts().union(*map(event_concepts, read_events()))))


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
        "docs": Param(list, "articles to show, by doc_id (empty: all)", many=True, articles=True),
    },
    "signatories_by_region": {
        **COMMON,
        "doc": Param(
            (str, type(None)),
            "one article by doc_id (null: every article that gives regions)",
            articles=True,
        ),
        "include_unattributed": Param(bool, "show what no region accounts for"),
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
    values of the wrong type or outside their choices raise ParameterError, all at once.
    """
    if notebook not in NOTEBOOKS:
        raise ParameterError(
            f"unknown notebook {notebook!r}; expected one of {', '.join(NOTEBOOKS)}"
        )
    spec = NOTEBOOKS[notebook]
    defined = {
        name: value
        for name, value in namespace.items()
        if not name.startswith("_")
        and name not in {"In", "Out", "get_ipython", "exit", "quit", "open"}
        and not isinstance(value, types.ModuleType)
        and not callable(value)
    }
    if isinstance(defined.get("corpus"), str):
        _read_vocabulary(defined["corpus"])
    found = problems(notebook, defined)
    found += [
        f"{notebook}: parameter {name!r} is missing ({param.doc})"
        for name, param in spec.items()
        if name not in defined
    ]
    if found:
        raise ParameterError("; ".join(found))
    return {name: _plain(defined[name]) for name in spec}


def problems(
    notebook: str, values: Mapping[str, Any], docs: Sequence[str] | None = None
) -> list[str]:
    """Every problem of some parameter values for one notebook, as messages (empty: fine).

    ``docs`` (the corpus's doc_ids) also checks the parameters that name articles. The
    report calls this for every notebook before any kernel starts.
    """
    if notebook not in NOTEBOOKS:
        return [f"unknown notebook {notebook!r}; expected one of {', '.join(NOTEBOOKS)}"]
    spec = NOTEBOOKS[notebook]
    found = [
        f"{notebook}: unknown parameter {name!r}; this notebook takes " + ", ".join(sorted(spec))
        for name in sorted(set(values) - set(spec))
    ]
    for name, value in values.items():
        if name in spec:
            found += _value_problems(notebook, name, spec[name], value, docs)
    return found


def _read_vocabulary(corpus: str) -> None:
    """The corpus's event vocabulary, read so that the concepts it names are choices; a
    missing folder or a bad file is load_corpus's to report, in its own words."""
    from explore.vocabulary import read_corpus_vocabulary

    with contextlib.suppress(ExploreError, OSError):
        read_corpus_vocabulary(corpus)


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _value_problems(
    notebook: str, name: str, param: Param, value: Any, docs: Sequence[str] | None
) -> list[str]:
    where = f"{notebook}: parameter {name!r}"
    value = _plain(value)  # papermill may hand tuples over as tuples or strings
    if not isinstance(value, param.kind) or (param.kind is not bool and isinstance(value, bool)):
        expected = param.kind if isinstance(param.kind, tuple) else (param.kind,)
        names = " or ".join("null" if t is type(None) else t.__name__ for t in expected)
        return [f"{where} must be {names} ({param.doc}), not {value!r}"]
    if value is None:
        return []
    items = value if param.many else [value]
    if param.many and not all(isinstance(item, str) for item in items):
        return [f"{where} must be a list of strings ({param.doc}), not {value!r}"]
    if param.articles:
        if docs is None:
            return []
        return [
            f"{where}: no article {item!r} in the corpus; have " + ", ".join(docs)
            for item in items
            if item not in docs
        ]
    if param.choices is None:
        return []
    choices = param.choices()
    return [
        f"{where}: {item!r} is not one of {', '.join(choices)}"
        for item in items
        if item not in choices
    ]


def check_docs(notebook: str, name: str, docs: list[str] | str | None, known: list[str]) -> None:
    """Articles named by a parameter must be in the corpus."""
    found = _value_problems(notebook, name, NOTEBOOKS[notebook][name], docs, known)
    if found:
        raise ParameterError("; ".join(found))
