"""One big article against the same text as many files: the cost must be linear.

    .venv/bin/python bench/bench_big_article.py [--mb 2] [--lang de] [--quotes 2500]

Builds, in a temporary folder, varied copies of one seed article (as bench_corpus.py does)
until they hold --mb megabytes, then reads them twice: joined into one article, and as
one file each. Each reading is timed from load_corpus to the figures, quotes, statements
and people tables. A cost that grows with the square of an article's length (every quote
searched for every speech verb, every quote span scanned for every figure) shows as a
ratio far above 1. Last, --quotes short German quotes in a row ('„a“' × 2,500, 10 KB),
the worst case for quote attribution. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

from bench_corpus import SEEDS, vary  # bench/ is on the path: the script's own folder

TABLES = ("figures", "quotes", "statements", "people")


def copies(lang: str, megabytes: float) -> list[str]:
    """Varied copies of the seed article in ``lang``, --mb megabytes in all."""
    seed = next(SEEDS.glob(f"{lang}-*.txt"))
    text = seed.read_text(encoding="utf-8")
    rng = random.Random(20251026)
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        out.append(vary(text, rng))
        size += len(out[-1].encode("utf-8"))
    return out


def timed_read(folder: Path) -> tuple[float, dict[str, int]]:
    """Seconds from load_corpus to the last table, and each table's row count."""
    import explore

    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = explore.load_corpus(folder)
        rows = {name: getattr(corpus, name).height for name in TABLES}
    return time.perf_counter() - t0, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="text size (default 2 MB)")
    parser.add_argument("--lang", default="de", help="seed language (default de)")
    parser.add_argument("--quotes", type=int, default=2500, help="quotes in a row")
    args = parser.parse_args()

    import explore

    explore.load_corpus(SEEDS).people  # noqa: B018  start-up: imports, models, lexicons
    texts = copies(args.lang, args.mb)
    with tempfile.TemporaryDirectory() as tmp:
        one, many, burst = Path(tmp, "one"), Path(tmp, "many"), Path(tmp, "burst")
        for folder in (one, many, burst):
            folder.mkdir()
        (one / "big.txt").write_text("\n\n".join(texts), encoding="utf-8")
        for n, text in enumerate(texts):
            (many / f"part-{n:05d}.txt").write_text(text, encoding="utf-8")
        (burst / "quotes.txt").write_text(
            "Der Minister sagte am Dienstag in Berlin, dass die Regierung handeln werde. "
            + "„a“" * args.quotes
            + "\n",
            encoding="utf-8",
        )
        t_one, rows_one = timed_read(one)
        t_many, rows_many = timed_read(many)
        t_burst, rows_burst = timed_read(burst)
    print(f"text: {args.mb:.1f} MB of {args.lang}, {len(texts)} copies of the seed")
    print(f"one article:  {t_one:7.2f} s  {rows_one}")
    print(f"{len(texts)} files: {t_many:7.2f} s  {rows_many}")
    print(f"ratio:        {t_one / t_many:7.2f} (1 = linear)")
    print(f"„a“ × {args.quotes}: {t_burst:7.2f} s  {rows_burst}")


if __name__ == "__main__":
    sys.exit(main())
