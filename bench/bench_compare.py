"""Size and memory of the compare table at two corpus sizes: both must grow linearly.

    .venv/bin/python bench/bench_compare.py [--mb 10 40]

For each size, builds bench/data/ from the seeds as bench_corpus.py does, reads the
figures and their senses once and saves them, then computes compare in a fresh process
and prints the table's rows, its size as CSV and in memory, the drift_note column's size,
the time and the peak resident memory above what the process held before compare
(Linux: the peak is reset through /proc/self/clear_refs). A drift note that lists every article
giving a value, on every row of that value, grows with the square of the corpus.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from bench_corpus import DATA, build  # bench/ is on the path: the script's own folder


def measure(figures: Path, senses: Path) -> dict[str, float]:
    """compare over saved figures, in this process: rows, sizes (MB), time, peak (MB)."""
    import polars as pl

    from explore.compare import compare

    figures_table, senses_table = pl.read_parquet(figures), pl.read_parquet(senses)
    before = _reset_peak()
    t0 = time.perf_counter()
    table = compare(figures_table, senses_table)
    seconds = time.perf_counter() - t0
    peak = _peak_mb() - before
    return {
        "rows": table.height,
        "csv_mb": len(table.write_csv().encode("utf-8")) / 1e6,
        "table_mb": table.estimated_size() / 1e6,
        "note_mb": table["drift_note"].estimated_size() / 1e6,
        "longest_note": table["drift_note"].str.len_chars().max() or 0,
        "seconds": seconds,
        "peak_mb": peak,
    }


def _reset_peak() -> float:
    """Forget the peak so far (Linux: clear_refs 5) and return the resident MB now."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status_mb("VmRSS")


def _peak_mb() -> float:
    return _status_mb("VmHWM")


def _status_mb(field: str) -> float:
    """A memory figure of /proc/self/status in MB (10^6 bytes, like the corpus size)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024 / 1e6
    raise OSError(f"/proc/self/status has no {field}")


def one_size(megabytes: float, scratch: Path) -> dict[str, float]:
    """Build a corpus of this size, save its figures, and measure compare on them."""
    import explore

    size = build(megabytes)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = explore.load_corpus(DATA)
        figures, senses = scratch / "figures.parquet", scratch / "senses.parquet"
        corpus.figures.write_parquet(figures)
        corpus.figure_senses.write_parquet(senses)
    shutil.rmtree(DATA)
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(figures), str(senses)],
        check=True,
        capture_output=True,
        text=True,
    )
    return {"corpus_mb": size / 1e6, "figures": corpus.figures.height, **json.loads(out.stdout)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, nargs=2, default=[10.0, 40.0])
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), Path(args.measure[1]))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        results = [one_size(mb, Path(tmp)) for mb in args.mb]
    for r in results:
        print(
            f"corpus {r['corpus_mb']:6.1f} MB, {r['figures']} figures: compare {r['rows']} rows, "
            f"{r['csv_mb']:.1f} MB as CSV, {r['table_mb']:.1f} MB in memory "
            f"(drift_note {r['note_mb']:.1f} MB, longest "
            f"{r['longest_note']} chars), {r['seconds']:.2f} s, peak +{r['peak_mb']:.0f} MB"
        )
    small, large = results
    growth = large["corpus_mb"] / small["corpus_mb"]
    print(
        f"corpus x{growth:.1f}: compare CSV x{large['csv_mb'] / small['csv_mb']:.1f}, "
        f"peak memory x{large['peak_mb'] / max(small['peak_mb'], 1):.1f} (linear: x{growth:.1f})"
    )


if __name__ == "__main__":
    sys.exit(main())
