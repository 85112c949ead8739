"""Shared fixtures: the seed corpus (loaded once) and a builder for small corpora."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

import explore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# the seeds' event vocabulary (a summit: delegates, signatory countries, side events, ...):
# tests of small corpora about a summit read their figures with it, as the seeds do
SUMMIT = SEEDS / "concepts.toml"
EXPECTED = Path(__file__).resolve().parent / "expected"
SEED_LANGS = {
    "pt-vietnamnet-2456536": "pt",
    "de-vietnamnet-2456536": "de",
    "pl-dantri-20251026174836264": "pl",
    "en-vietnamnet-2456536": "en",
    "fr-vietnamplus-1072855": "fr",
}


@pytest.fixture(scope="session")
def seeds() -> explore.Corpus:
    return explore.load_corpus(SEEDS)


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write {file name: text or bytes} into a fresh folder and return the folder."""

    def build(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            (folder / name).write_bytes(data)
        return folder

    return build


def compare_by_doc(corpus: explore.Corpus) -> dict[tuple[str, str], tuple[float, str]]:
    """compare's rows as {(concept, doc_id): (value, verdict)}: what a test reads off."""
    rows = corpus.compare.select("concept", "doc_id", "value", "verdict")
    return {(r["concept"], r["doc_id"]): (r["value"], r["verdict"]) for r in rows.to_dicts()}


def read_expected(name: str) -> list[dict[str, str]]:
    with (EXPECTED / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# Sample prose in each language, written for the tests (not from the seeds).
PROSE = {
    "en": "The city council approved the new budget on Tuesday after a long debate. "
    "Several members said the plan would help schools and hospitals in the region.",
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen. "
    "Mehrere Mitglieder sagten, der Plan werde Schulen und Krankenhäusern der Region helfen.",
    "fr": "Le conseil municipal a approuvé mardi le nouveau budget après un long débat. "
    "Plusieurs membres ont déclaré que le plan aiderait les écoles et les hôpitaux.",
    "vi": "Hội đồng thành phố đã thông qua ngân sách mới vào thứ Ba sau một cuộc tranh luận dài. "
    "Nhiều thành viên cho biết kế hoạch sẽ giúp các trường học và bệnh viện trong khu vực.",
}
