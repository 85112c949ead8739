"""Speed and memory of explore on a large corpus built from the seeds.

    .venv/bin/python bench/bench_corpus.py [--mb 50] [--jobs 1] [--keep]

Builds bench/data/ (git-ignored): copies of the seed articles whose numbers are varied
(each digit changed at random, separators kept), until the folder holds --mb megabytes.
Then, each stage timed in this process, on one core unless --jobs says otherwise:

- load: read, decode, detect the language, split paragraphs (load_corpus, corpus.articles);
- figures: corpus.figures (numbers, dates, qualifiers, concepts, speakers; the people
  table comes with it, from the same pass);
and prints MB/s per stage and end to end, and the peak resident memory against the corpus
size. Then the other tables of meaning, each on a corpus loaded afresh (a pass of its
own: the names every article marks, then its reading): quotes, statements; and the four
(figures, quotes, statements, people) in one pass, as ``explore report`` reads them
(Corpus.read). Last, the floor: tokenizing every text once, the number reader alone over
the same texts, and load plus number reader, which no figure extractor built on them can
beat. Figures are printed, never asserted: the targets live in the README.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
DIGITS = re.compile(r"(?<![\w.])\d+(?:[.,\u00a0\u202f ]\d{3})*(?![\w])")


def vary(text: str, rng: random.Random) -> str:
    """The same article with other numbers: every digit of a prose number redrawn."""

    def redraw(m: re.Match[str]) -> str:
        raw = m.group()
        out = [
            str(rng.randint(1 if i == 0 else 0, 9)) if ch.isdigit() else ch
            for i, ch in enumerate(raw)
        ]
        return "".join(out)

    lines = []
    for line in text.split("\n"):
        if line.endswith(".jpg") or "://" in line:
            lines.append(line)
        else:
            lines.append(DIGITS.sub(redraw, line))
    return "\n".join(lines)


def build(megabytes: float) -> int:
    """Fill DATA with varied copies of the seeds; return its size in bytes."""
    return fill(DATA, megabytes)


def fill(folder: Path, megabytes: float, digits: int = 6) -> int:
    """Make ``folder`` anew with varied copies of the seeds until it holds ``megabytes``
    (the same corpus for the same size: the numbers are drawn from a fixed seed); return
    its size in bytes."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copy(SEEDS / "concepts.toml", folder / "concepts.toml")  # the seeds' event, too
    rng = random.Random(20251026)
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    size, n = 0, 0
    while size < megabytes * 1_000_000:
        seed, text = seeds[n % len(seeds)], texts[n % len(texts)]
        data = vary(text, rng).encode("utf-8")
        (folder / f"{seed.stem}-{n:0{digits}d}.txt").write_bytes(data)
        size += len(data)
        n += 1
    return size


def peak_mb() -> float:
    """Peak resident memory of this process in MB (10^6 bytes, like the corpus size)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1_000_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size (default 50 MB)")
    parser.add_argument("--jobs", type=int, default=1, help="processes (default 1: one core)")
    parser.add_argument("--keep", action="store_true", help="keep bench/data afterwards")
    args = parser.parse_args()

    size = build(args.mb)
    mb = size / 1_000_000
    files = len(list(DATA.glob("*.txt")))
    print(f"corpus: {files} files, {mb:.1f} MB in {DATA}")

    t_import = time.perf_counter()
    import explore
    from explore.lexicons import supported_languages

    # start-up, paid once per process whatever the corpus: imports, the language model,
    # lexicons and lemma tables of every language
    for lang in supported_languages():
        explore.figures_in("Over 2,500 delegates from 110 countries said that 72 signed.", lang)
    explore.load_corpus(SEEDS, jobs=1).read()
    startup = time.perf_counter() - t_import
    base = peak_mb()
    print(f"startup: {startup:6.2f} s  (imports, language model, lexicons), {base:.0f} MB resident")
    t0 = time.perf_counter()
    corpus = explore.load_corpus(DATA, jobs=args.jobs)
    n_paragraphs = corpus.articles["n_paragraphs"].sum()
    t1 = time.perf_counter()
    figures = corpus.figures
    t2 = time.perf_counter()
    load, extract, total = t1 - t0, t2 - t1, t2 - t0
    print(f"load:    {load:6.2f} s  {mb / load:6.1f} MB/s  ({n_paragraphs} paragraphs)")
    print(f"figures: {extract:6.2f} s  {mb / extract:6.1f} MB/s  ({figures.height} figures)")
    print(f"total:   {total:6.2f} s  {mb / total:6.1f} MB/s end to end (target: 10 MB/s)")
    peak = peak_mb()
    print(
        f"memory:  peak {peak:.0f} MB resident, {peak - base:.0f} MB above start-up: "
        f"{(peak - base) / mb:.2f}x the corpus (target: under 3x)"
    )
    other_tables(mb, args.jobs)
    floor(corpus, mb, load)
    if not args.keep:
        shutil.rmtree(DATA)


def other_tables(mb: float, jobs: int) -> None:
    """Quotes and statements, each in a pass of its own; then all four tables in one."""
    import explore

    for name in ("quotes", "statements"):
        fresh = explore.load_corpus(DATA, jobs=jobs)
        t = time.perf_counter()
        rows = getattr(fresh, name).height
        took = time.perf_counter() - t
        print(
            f"{name + ':':<9}{took:6.2f} s  {mb / took:6.1f} MB/s  ({rows} rows, a pass of its own)"
        )
    fresh = explore.load_corpus(DATA, jobs=jobs)
    t = time.perf_counter()
    fresh.read()
    took = time.perf_counter() - t
    print(
        f"all four:{took:6.2f} s  {mb / took:6.1f} MB/s  (figures, quotes, statements, "
        "people in one pass: Corpus.read)"
    )


def floor(corpus: Any, mb: float, load: float) -> None:
    """What no extractor built on this tokenizer and number reader can beat."""
    from explore.lexicons import supported_languages
    from explore.numbers import find_numbers
    from explore.text import tokenize

    # the floor under any extractor built on this reader: loading, then only finding numbers
    texts = [a.text for a in corpus.documents.values() if a.lang in supported_languages()]
    t3 = time.perf_counter()
    n_tokens = sum(len(tokenize(text)) for text in texts)
    tokens = time.perf_counter() - t3
    t3 = time.perf_counter()
    n_numbers = sum(
        len(find_numbers(a.text, a.lang))
        for a in corpus.documents.values()
        if a.lang in supported_languages()
    )
    numbers = time.perf_counter() - t3
    print(
        f"floor:   tokenizing every text once {mb / tokens:.1f} MB/s ({n_tokens} tokens); "
        f"number reader alone {mb / numbers:.1f} MB/s ({n_numbers} numbers); "
        f"load + number reader {mb / (load + numbers):.1f} MB/s"
    )


if __name__ == "__main__":
    sys.exit(main())
