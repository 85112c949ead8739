"""Score explore against the hand-annotated development set in devset/annotations/.

    .venv/bin/python bench/score_devset.py [--texts /work/devset-texts] [--json scores.json]

The article texts are not in the repository (see devset/README.md): --texts names the folder
holding <id>.txt for every annotation (default: $EXPLORE_DEVSET, else /work/devset-texts).
A text that is missing or whose sha256 differs from the annotation's is reported and skipped.
The texts found are copied to a temporary folder and read with explore.load_corpus; then,
per language and for all languages:

- quotes: precision, recall, F1 (a found quote matches a gold one when their spans overlap;
  one to one), accuracy of kind and of speaker over matched quotes with a gold speaker;
  the direct speech an annotation lists under dash_quotes counts as quotes of kind speech;
- statements: P/R/F1 (the found span overlaps the gold clause: from its start to the end of
  its sentence), speaker accuracy over matched statements with a gold speaker (a person's
  name must be equal after folding, or name the same person: the same surname, and its
  other words some of the gold name's, in order, an initial standing for a word ('Kumar
  Ramesh' for 'Vishwash Kumar Ramesh', 'Natarajan Chandrasekaran' for 'N.
  Chandrasekaran'); a body's must share a word, inflection allowed: 'Medienberichten' is
  'Medienberichte');
- people: precision and recall of the names per article (people.docs), names compared after
  case and diacritic folding; a name stands for a gold name that ends in the same words
  ('Olaf Scholz' found, only 'Scholz' in that article; 'Francis' for 'Pope Francis');
- figures: P/R/F1 (spans overlap and values equal), and over matched figures the accuracy of
  kind, unit, qualifier and speaker (null must meet null), and of counted (over figures with
  a gold counted noun: the found text equals or starts with the lemma or the form as written);
- concepts: pairwise P/R/F1 of grouping matched figures of two articles of one event: gold
  pairs share a quantity label, found pairs share compare's key (explore.compare.comparable:
  the concept with its place (not its unit: compare keeps currencies apart, a reader's
  quantity does not); a counted noun outside every vocabulary is no
  concept); 'generic' restricts it to the quantities a generic vocabulary could name
  (devset/event_quantities.txt lists the others); 'cross' = pairs of two languages.

Each event's texts are read as one corpus, as a user reads one story; with --events DIR,
DIR/<event>.toml is that corpus's event vocabulary (its concepts file).

A column the tables lack (figures.unit today) counts as wrong, never as a crash. Speakers
match when their folded names are equal; a gold organization also matches a found speaker
that contains one of its words.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import shutil
import sys
import tempfile
import unicodedata
import warnings
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "devset" / "annotations"
DEFAULT_TEXTS = os.environ.get("EXPLORE_DEVSET", "/work/devset-texts")
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def fold(name: object) -> str:
    """Lower case, no diacritics, single spaces, no edge punctuation."""
    if name is None:
        return ""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return " ".join(text.casefold().split()).strip(" .,;:-–—\"'")


def words(name: object) -> set[str]:
    return {w for w in re.split(r"[\s\-–/]+", fold(name)) if len(w) >= 3}


def same_speaker(found: object, gold: str, gold_kind: str) -> bool:
    if fold(found) and fold(found) == fold(gold):
        return True
    if gold_kind != "organization":
        return _same_person(fold(found), fold(gold))
    if _acronym_of(found, gold):
        return True
    # a body is named as written, inflected: 'laut Medienberichten' is 'Medienberichte'
    return any(_same_stem(a, b) for a in words(gold) for b in words(found))


def _acronym_of(found: object, gold: str) -> bool:
    """A body named by its acronym: the initials of the gold name's capitalized words
    ('NHC' for 'National Hurricane Center'), or the acronym the gold name gives in brackets
    ('USGS' for 'Institut américain d'études géologiques (USGS)')."""
    short = str(found or "")
    if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
        return False
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", gold) if w[0].isupper())
    return short == initials or short in re.findall(r"\(([^()]+)\)", gold)


def _same_person(found: str, gold: str) -> bool:
    """One person named two ways: the same surname, and the found name's other words are
    some of the gold name's, in order, where an initial stands for a word ('Kumar Ramesh'
    for 'Vishwash Kumar Ramesh', 'Natarajan Chandrasekaran' for 'N. Chandrasekaran'); a
    word the gold name lacks is wrong ('Justice Gérald Darmanin'), unless the gold is a
    surname alone ('Dominique Mamberti', named in full in another article, for 'Mamberti')."""
    f, g = _name_parts(found), _name_parts(gold)
    if not f or not g or f[-1] != g[-1] or len(f[-1]) < 2:
        return False
    if len(g) == 1:  # the text gives only the surname; the full name came from elsewhere
        return True
    rest = iter(g[:-1])
    return all(any(_same_part(a, b) for b in rest) for a in f[:-1])


def _name_parts(name: str) -> list[str]:
    """Words of a folded name, initials split: 'g.s. malik' -> ['g', 's', 'malik']."""
    return [p for w in name.split() for p in (w.split(".") if "." in w else [w]) if p]


def _same_part(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) == 1 and a[0] == b[0])


def _same_stem(a: str, b: str) -> bool:
    """One word, inflected: equal, or sharing a start of 5 letters or more that leaves at
    most 3 letters of either ('władz'/'władze', 'nationalen'/'nationale')."""
    if a == b:
        return True
    pairs = enumerate(zip(a, b, strict=False))
    n = next((k for k, (x, y) in pairs if x != y), min(len(a), len(b)))
    return n >= 5 and max(len(a), len(b)) - n <= 3


def load_annotations(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def check_texts(annotations: list[dict], texts: Path) -> tuple[list[dict], list[str]]:
    """The annotations whose text is present and unchanged, and a line per problem."""
    usable, problems = [], []
    for ann in annotations:
        path = texts / f"{ann['id']}.txt"
        if not path.is_file():
            problems.append(f"{ann['id']}: text missing ({path})")
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != ann["sha256"]:
            problems.append(f"{ann['id']}: sha256 differs (text changed), skipped")
            continue
        ann["_text"] = path.read_text(encoding="utf-8")
        usable.append(ann)
    return usable, problems


def run_explore(
    usable: list[dict], texts: Path, problems: list[str], events: Path | None = None
) -> dict[str, tuple]:
    """Each event's texts read as a corpus of its own, as a user reads one story (with
    ``events``: that folder's ``<event>.toml`` as the corpus's concepts file); the tables of
    all events together, figures with the key compare groups them by (``compare_key``)."""
    import polars as pl

    import explore
    from explore.compare import comparable
    from explore.vocabulary import event_key, whole_concepts

    frames: dict[str, list] = defaultdict(list)
    for event in sorted({ann["event"] for ann in usable}):
        with tempfile.TemporaryDirectory(prefix="devset-") as tmp:
            for ann in usable:
                if ann["event"] == event:
                    shutil.copyfile(texts / f"{ann['id']}.txt", Path(tmp) / f"{ann['id']}.txt")
            concepts = None if events is None else events / f"{event}.toml"
            if concepts is not None and not concepts.is_file():
                problems.append(f"{event}: no event vocabulary {concepts}")
                concepts = None
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                corpus = explore.load_corpus(tmp, concepts=concepts)
                for name in ("figures", "quotes", "statements", "people"):
                    try:
                        frame = getattr(corpus, name)
                    except Exception as err:  # a broken table scores zero, the others count
                        problems.append(
                            f"{event}: corpus.{name} failed: {type(err).__name__}: {err}"
                        )
                        continue
                    if name == "figures":
                        own = whole_concepts(event_key(corpus.concepts_file))
                        keys = comparable(frame, whole=own).select(
                            "doc_id", "start", compare_key=pl.col("concept")
                        )
                        frame = frame.join(keys, on=["doc_id", "start"], how="left")
                    frames[name].append(frame)
            problems.extend(f"warning: {w.message}" for w in caught)
    return {
        name: (
            pl.concat(frames[name], how="diagonal_relaxed").to_dicts() if frames[name] else [],
            set(frames[name][0].columns) if frames[name] else set(),
        )
        for name in ("figures", "quotes", "statements", "people")
    }


def by_doc(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        out[row.get("doc_id")].append(row)
    return out


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return min(a1, b1) - max(a0, b0)


def match(gold: list[dict], found: list[dict], fits) -> list[tuple[dict, dict]]:
    """One-to-one pairs (gold, found), greatest overlap first, among the pairs that fit."""
    cands = []
    for i, g in enumerate(gold):
        for j, f in enumerate(found):
            score = fits(g, f)
            if score is not None:
                cands.append((score, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_f, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_f:
            used_g.add(i)
            used_f.add(j)
            pairs.append((gold[i], found[j]))
    return pairs


def span_of(row: dict) -> tuple[int, int] | None:
    start, end = row.get("start"), row.get("end")
    if start is None or end is None:
        return None
    return int(start), int(end)


def quote_fits(g: dict, f: dict) -> int | None:
    span = span_of(f)
    if span is None:
        return None
    ov = overlap(g["start"], g["end"], *span)
    return ov if ov > 0 else None


def clause_end(text: str, start: int, first_words: str) -> int:
    m = SENTENCE_END.search(text, start + max(1, len(first_words)))
    return m.end() if m else len(text)


def statement_fits(g: dict, f: dict) -> int | None:
    span = span_of(f)
    if span is None:
        return None
    ov = overlap(g["start"], g["_end"], *span)
    return ov if ov > 0 else None


def same_value(a: object, b: object) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-6)
    except (TypeError, ValueError):
        return False


def figure_fits(g: dict, f: dict) -> int | None:
    span = span_of(f)
    if span is None or not same_value(g["value"], f.get("value")):
        return None
    ov = overlap(g["start"], g["end"], *span)
    return ov if ov > 0 else None


def counted_ok(g: dict, found: object) -> bool:
    got = fold(found)
    if not got:
        return False
    forms = [fold(g["counted"]), fold(g.get("counted_as_written"))]
    return any(form and (got == form or got.startswith(form)) for form in forms)


class Tally:
    """Counts per group (language, 'all', 'cross'); ratios at the end."""

    def __init__(self) -> None:
        self.n: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))

    def add(self, groups: list[str], key: str, amount: float = 1) -> None:
        for group in groups:
            self.n[group][key] += amount

    def ratio(self, group: str, num: str, den: str) -> float | None:
        d = self.n[group][den]
        return None if d == 0 else self.n[group][num] / d


def prf(t: Tally, group: str, prefix: str) -> dict[str, float | None]:
    p = t.ratio(group, f"{prefix}_tp", f"{prefix}_found")
    r = t.ratio(group, f"{prefix}_tp", f"{prefix}_gold")
    f1 = None if p is None or r is None or p + r == 0 else 2 * p * r / (p + r)
    return {"p": p, "r": r, "f1": f1}


def score(usable: list[dict], tables: dict[str, tuple]) -> dict[str, dict]:
    t = Tally()
    quotes, _ = tables["quotes"]
    statements, _ = tables["statements"]
    figures, fig_cols = tables["figures"]
    people, people_cols = tables["people"]
    found_q, found_s, found_f = by_doc(quotes), by_doc(statements), by_doc(figures)
    names_by_doc: dict[str, set[str]] = defaultdict(set)
    for person in people:
        for doc in person.get("docs") or []:
            names_by_doc[doc].add(fold(person.get("name")))
    matched_figs = []
    for ann in usable:
        doc, groups = ann["id"], [ann["lang"], "all"]
        t.add(groups, "docs")
        score_quotes(t, groups, ann["quotes"] + dash_quotes(ann), found_q.get(doc, []))
        gold_s = [
            dict(s, _end=clause_end(ann["_text"], s["start"], s["first_words"]))
            for s in ann["statements"]
        ]
        score_statements(t, groups, gold_s, found_s.get(doc, []))
        score_people(t, groups, ann["people"], names_by_doc.get(doc, set()), people_cols)
        pairs = score_figures(t, groups, ann["figures"], found_f.get(doc, []), fig_cols)
        matched_figs.extend((doc, ann["lang"], ann["event"], g, f) for g, f in pairs)
    score_concepts(t, matched_figs, "concept" in fig_cols)
    return summarize(t)


def dash_quotes(ann: dict) -> list[dict]:
    """The direct speech an annotation gives as opened by a dash (Polish style), as gold
    quotes of kind speech: its span is its first words (enough for the overlap match)."""
    return [
        {
            "start": d["start"],
            "end": d["start"] + len(d["first_words"]),
            "kind": "speech",
            "speaker": d.get("speaker"),
            "speaker_kind": d.get("speaker_kind", "person"),
        }
        for d in ann.get("dash_quotes", [])
    ]


def score_quotes(t: Tally, groups: list[str], gold: list[dict], found: list[dict]) -> None:
    t.add(groups, "quote_gold", len(gold))
    t.add(groups, "quote_found", len(found))
    for g, f in match(gold, found, quote_fits):
        t.add(groups, "quote_tp")
        t.add(groups, "quote_kind_ok", g["kind"] == f.get("kind"))
        if g["speaker"] is not None:
            t.add(groups, "quote_spk_n")
            t.add(
                groups,
                "quote_spk_ok",
                same_speaker(f.get("speaker"), g["speaker"], g["speaker_kind"]),
            )


def score_statements(t: Tally, groups: list[str], gold: list[dict], found: list[dict]) -> None:
    t.add(groups, "stmt_gold", len(gold))
    t.add(groups, "stmt_found", len(found))
    for g, f in match(gold, found, statement_fits):
        t.add(groups, "stmt_tp")
        if g["speaker"] is not None:
            t.add(groups, "stmt_spk_n")
            t.add(
                groups,
                "stmt_spk_ok",
                same_speaker(f.get("speaker"), g["speaker"], g["speaker_kind"]),
            )


def score_people(t: Tally, groups, gold: list[str], found: set[str], cols: set[str]) -> None:
    gold_set = {fold(n) for n in gold}
    t.add(groups, "people_gold", len(gold_set))
    if "docs" not in cols or "name" not in cols:
        return  # names cannot be tied to articles: recall 0, precision undefined
    t.add(groups, "people_found", len(found))
    t.add(groups, "people_tp", len(gold_set & {_as_gold(n, gold_set) for n in found}))


def _as_gold(found: str, gold: set[str]) -> str:
    """The gold name a found name stands for: the same, or one ending in the other's
    words ('Olaf Scholz' named in full elsewhere in the corpus and 'Scholz' here;
    'Francis' and the gold 'Pope Francis')."""
    if found in gold or not found:
        return found
    words = found.split()
    for name in gold:
        other = name.split()
        n = min(len(words), len(other))
        if words[-n:] == other[-n:]:
            return name
    return found


def score_figures(t, groups, gold: list[dict], found: list[dict], cols: set[str]):
    t.add(groups, "fig_gold", len(gold))
    t.add(groups, "fig_found", len(found))
    pairs = match(gold, found, figure_fits)
    for g, f in pairs:
        t.add(groups, "fig_tp")
        t.add(groups, "fig_kind_ok", "kind" in cols and g["kind"] == f.get("kind"))
        t.add(groups, "fig_unit_ok", "unit" in cols and g["unit"] == f.get("unit"))
        t.add(groups, "fig_qual_ok", "qualifier" in cols and g["qualifier"] == f.get("qualifier"))
        t.add(
            groups,
            "fig_spk_ok",
            "speaker" in cols
            and (
                fold(f.get("speaker")) == ""
                if g["speaker"] is None
                else same_speaker(f.get("speaker"), g["speaker"], "organization")
            ),
        )
        if g["counted"] is not None:
            t.add(groups, "fig_counted_n")
            t.add(groups, "fig_counted_ok", "counted" in cols and counted_ok(g, f.get("counted")))
    found_of = {id(g): f for g, f in pairs}
    ranges: dict[int, list[dict]] = defaultdict(list)
    for g in gold:
        if g.get("range_id") is not None:
            ranges[g["range_id"]].append(g)
    for ends in ranges.values():  # a range is linked when both ends share a found range_id
        t.add(groups, "range_gold")
        got = [found_of.get(id(g), {}).get("range_id") for g in ends]
        t.add(groups, "range_ok", "range_id" in cols and got[0] is not None and len(set(got)) == 1)
    return pairs


def score_concepts(t: Tally, matched: list[tuple], has_concept: bool) -> None:
    """Pairs of figures of two articles of one event: the same quantity to a reader (gold
    label), the same key to compare (a concept, with its place, less its unit; a counted noun
    outside every vocabulary is no concept). 'generic' counts only the quantities a
    generic vocabulary could name (devset/event_quantities.txt lists the others)."""
    labelled = [m for m in matched if m[3]["quantity"]]
    for (d1, l1, e1, g1, f1), (d2, l2, e2, g2, f2) in combinations(labelled, 2):
        if d1 == d2 or e1 != e2:
            continue
        groups = [l1, "all"] if l1 == l2 else ["cross", "all"]
        gold_same = g1["quantity"] == g2["quantity"]
        c1, c2 = (_found_key(f1), _found_key(f2)) if has_concept else (None, None)
        found_same = c1 is not None and c1 == c2
        prefixes = ["concept"] + (["generic"] if _generic(g1) and _generic(g2) else [])
        for prefix in prefixes:
            t.add(groups, f"{prefix}_gold", gold_same)
            t.add(groups, f"{prefix}_found", found_same)
            t.add(groups, f"{prefix}_tp", gold_same and found_same)


def _found_key(found: dict) -> str | None:
    """The concept explore gives a figure, with its place: the key compare groups by, less
    its unit. A reader's quantity is one whatever the currency ('88 millions d'euros, soit
    102 millions de dollars'); compare keeps currencies apart, which is not a concept."""
    key = found.get("compare_key", found.get("concept"))
    if key is None or key.startswith("counted:"):
        return None
    return _UNIT_SUFFIX.sub("", key, count=1)


_UNIT_SUFFIX = re.compile(r" \([^()@]*\)(?= @ |$)")


def _generic(gold: dict) -> bool:
    return gold["kind"] not in ("date", "time", "ordinal") and gold["quantity"] not in (
        _event_quantities()
    )


_EVENT_QUANTITIES: set[str] = set()


def _event_quantities() -> set[str]:
    if not _EVENT_QUANTITIES:
        path = ROOT / "devset" / "event_quantities.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
        _EVENT_QUANTITIES.update(x.strip() for x in lines if x.strip() and x[0] != "#")
    return _EVENT_QUANTITIES


def summarize(t: Tally) -> dict[str, dict]:
    out = {}
    order = [*sorted(g for g in t.n if g not in ("all", "cross")), "cross", "all"]
    for group in order:
        if group not in t.n:
            continue
        n = t.n[group]
        out[group] = {
            "docs": int(n["docs"]),
            "quotes": {
                **prf(t, group, "quote"),
                "gold": int(n["quote_gold"]),
                "kind_acc": t.ratio(group, "quote_kind_ok", "quote_tp"),
                "speaker_acc": t.ratio(group, "quote_spk_ok", "quote_spk_n"),
            },
            "statements": {
                **prf(t, group, "stmt"),
                "gold": int(n["stmt_gold"]),
                "speaker_acc": t.ratio(group, "stmt_spk_ok", "stmt_spk_n"),
            },
            "people": {
                "p": t.ratio(group, "people_tp", "people_found"),
                "r": t.ratio(group, "people_tp", "people_gold"),
                "gold": int(n["people_gold"]),
            },
            "figures": {
                **prf(t, group, "fig"),
                "gold": int(n["fig_gold"]),
                "kind_acc": t.ratio(group, "fig_kind_ok", "fig_tp"),
                "unit_acc": t.ratio(group, "fig_unit_ok", "fig_tp"),
                "qualifier_acc": t.ratio(group, "fig_qual_ok", "fig_tp"),
                "counted_acc": t.ratio(group, "fig_counted_ok", "fig_counted_n"),
                "speaker_acc": t.ratio(group, "fig_spk_ok", "fig_tp"),
                "ranges_linked": t.ratio(group, "range_ok", "range_gold"),
            },
            "concepts": {**prf(t, group, "concept"), "gold_pairs": int(n["concept_gold"])},
            "generic": {**prf(t, group, "generic"), "gold_pairs": int(n["generic_gold"])},
        }
    return out


def fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:4.2f}"


def print_report(scores: dict[str, dict]) -> None:
    head = (
        "group docs | quotes P R F1 kind spk | stmts P R F1 spk | people P R | "
        "figures P R F1 kind unit qual cnt spk rng | concepts P R F1 | generic P R F1"
    )
    print(head)
    for group, s in scores.items():
        q, st, pe, fi, co, ge = (
            s[k] for k in ("quotes", "statements", "people", "figures", "concepts", "generic")
        )
        cells = [
            f"{group:5} {s['docs']:4}",
            " ".join(fmt(q[k]) for k in ("p", "r", "f1", "kind_acc", "speaker_acc")),
            " ".join(fmt(st[k]) for k in ("p", "r", "f1", "speaker_acc")),
            " ".join(fmt(pe[k]) for k in ("p", "r")),
            " ".join(
                fmt(fi[k])
                for k in (
                    "p",
                    "r",
                    "f1",
                    "kind_acc",
                    "unit_acc",
                    "qualifier_acc",
                    "counted_acc",
                    "speaker_acc",
                    "ranges_linked",
                )
            ),
            " ".join(fmt(co[k]) for k in ("p", "r", "f1")),
            " ".join(fmt(ge[k]) for k in ("p", "r", "f1")),
        ]
        print(" | ".join(cells))
    print(
        "gold counts:",
        ", ".join(
            f"{g}: {s['quotes']['gold']} quotes, {s['statements']['gold']} statements, "
            f"{s['people']['gold']} people, {s['figures']['gold']} figures"
            for g, s in scores.items()
            if g != "cross"
        ),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", default=DEFAULT_TEXTS, help="folder of <id>.txt texts")
    parser.add_argument("--annotations", default=str(ANNOTATIONS), help="folder of <id>.json")
    parser.add_argument("--json", metavar="FILE", help="also write the scores as JSON")
    parser.add_argument(
        "--events",
        metavar="DIR",
        help="event vocabularies: DIR/<event>.toml is each event corpus's concepts file",
    )
    args = parser.parse_args(argv)
    annotations = load_annotations(Path(args.annotations))
    if not annotations:
        print(f"no annotations in {args.annotations}", file=sys.stderr)
        return 1
    usable, problems = check_texts(annotations, Path(args.texts))
    for line in problems:
        print("skipped:", line, file=sys.stderr)
    if not usable:
        print("no usable text: nothing to score", file=sys.stderr)
        return 1
    run_problems: list[str] = []
    events = Path(args.events) if args.events else None
    tables = run_explore(usable, Path(args.texts), run_problems, events)
    for line in run_problems:
        print("note:", line, file=sys.stderr)
    scores = score(usable, tables)
    print(f"{len(usable)} of {len(annotations)} annotated texts scored")
    print_report(scores)
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "scored": len(usable),
                    "annotated": len(annotations),
                    "skipped": problems,
                    "scores": scores,
                },
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
