"""The main job: read a corpus and write every table to a report folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from explore.corpus import load_corpus
from explore.export import write_table

REPORT_TABLES = (
    "articles",
    "paragraphs",
    "figures",
    "quotes",
    "statements",
    "people",
    "compare",
    "audit",
    "checks",
    "regions",
    "problems",
)


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """What a report run wrote."""

    out: Path
    articles: int
    files: tuple[Path, ...]


def build_report(corpus: str | Path = "seeds", out: str | Path = "reports") -> ReportSummary:
    """Write each table of the corpus as CSV and Parquet under ``out/tables``."""
    loaded = load_corpus(corpus)
    tables_dir = Path(out) / "tables"
    written: list[Path] = []
    for name in REPORT_TABLES:
        frame = getattr(loaded, name)
        for fmt in ("csv", "parquet"):
            path = tables_dir / f"{name}.{fmt}"
            write_table(frame, fmt, path)
            written.append(path)
    return ReportSummary(Path(out), len(loaded), tuple(written))
