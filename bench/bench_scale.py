"""Every core and bounded memory: explore on corpora of growing size, built from the seeds.

    .venv/bin/python bench/bench_scale.py [--speedup-mb 50] [--stream-mb 50 200 800]
                                          [--ray-mb 50] [--table figures] [--keep]

Builds corpora in bench/data-<MB>/ (git-ignored) as bench_corpus.py does: copies of the
seed articles with their numbers varied. Then, each run a fresh ``explore`` process:

- speedup: ``explore figures DATA --out F.parquet`` with ``--jobs 1`` and with every core
  on the --speedup-mb corpus; MB/s of each and the speedup;
- streaming: the same command, every core, on each --stream-mb corpus; peak resident
  memory of the whole process tree (the command and its workers, sampled every 0.1 s) and
  of the command alone, which should stay flat as the corpus grows;
- ray (with --ray-mb, explore[ray] installed): ``--engine ray --out DIR`` on a Ray started
  on this machine, against the local engine's rows (sorted by doc_id, start, end).

Figures are printed, never asserted. The machine is shared: the load average before each
run is printed with it.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from bench_corpus import fill  # noqa: E402

EXPLORE = ROOT / ".venv" / "bin" / "explore"
CPU: list[float] = []  # CPU seconds of each run: a shared machine stretches wall time


def build(megabytes: float) -> tuple[Path, int]:
    """bench/data-<MB>/ filled with varied copies of the seeds (kept between runs)."""
    folder = HERE / f"data-{megabytes:g}"
    done = folder / ".complete"
    if done.exists():
        return folder, int(done.read_text())
    size = fill(folder, megabytes, digits=7)
    done.write_text(str(size))
    return folder, size


def run(args: list[str]) -> tuple[float, float, float]:
    """Seconds, peak MB of the process tree, peak MB of the command alone; the CPU
    seconds of the run (the command and its workers) are kept in CPU[-1]."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = psutil.Popen([str(EXPLORE), *args], stdout=subprocess.DEVNULL)
    tree_peak = own_peak = 0
    while process.poll() is None:
        try:
            own = process.memory_info().rss
            children = sum(c.memory_info().rss for c in process.children(recursive=True))
        except psutil.Error:
            continue
        own_peak = max(own_peak, own)
        tree_peak = max(tree_peak, own + children)
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    if process.returncode != 0:
        raise SystemExit(f"explore {' '.join(args)} failed ({process.returncode})")
    return seconds, tree_peak / 1e6, own_peak / 1e6


def ray_versus_local(folder: Path, mb: float, table: str, out: Path) -> None:
    """The Ray engine's phases and rows against the local engine's, on one corpus (Ray
    started here, on this machine's cores)."""
    import polars as pl
    import ray

    from explore import ray_engine, schemas

    key = ["doc_id", "start", "end"]
    status = load()
    local, _, _ = run([table, str(folder), "--out", str(out)])
    folder_out = out.with_suffix(".ray")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    start = time.perf_counter()
    ray_engine.start(ray, include_dashboard=False)
    phases = {"init": time.perf_counter() - start}
    ray_engine.write_table(table, folder, folder_out, timings=phases)
    ray.shutdown()
    seconds = sum(phases.values())
    rows = pl.read_parquet(folder_out / "*.parquet").cast(dict(schemas.schema(table)))
    same = rows.sort(key, maintain_order=True).equals(
        pl.read_parquet(out).sort(key, maintain_order=True)
    )
    shutil.rmtree(folder_out, ignore_errors=True)
    print(
        f"ray {mb:6.1f} MB: {seconds:7.1f} s ({mb / seconds:5.2f} MB/s), local {local:7.1f} s; "
        f"rows equal to local: {same} ({rows.height} rows, {status})"
    )
    print("  phases: " + ", ".join(f"{name} {s:.1f} s" for name, s in phases.items()))


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--speedup-mb", type=float, default=50.0)
    parser.add_argument("--stream-mb", type=float, nargs="*", default=[50.0, 200.0, 800.0])
    parser.add_argument("--ray-mb", type=float, nargs="*", default=[])
    parser.add_argument("--table", default="figures")
    parser.add_argument("--keep", action="store_true", help="keep bench/data-*/ afterwards")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    out = HERE / f"scale-{os.getpid()}.parquet"
    built: list[Path] = []
    try:
        if args.speedup_mb:
            folder, size = build(args.speedup_mb)
            built.append(folder)
            mb = size / 1e6
            print(f"speedup: {args.table} of {mb:.1f} MB ({folder.name}), {cores} cores")
            times = {}
            for jobs in (1, cores):
                status = load()
                seconds, tree, own = run(
                    [args.table, str(folder), "--out", str(out), "--jobs", str(jobs)]
                )
                times[jobs] = seconds
                print(
                    f"  --jobs {jobs}: {seconds:7.1f} s  {mb / seconds:5.2f} MB/s end to end, "
                    f"{CPU[-1]:7.1f} CPU s, peak {tree:5.0f} MB in all ({status})"
                )
            print(f"  speedup: {times[1] / times[cores]:.2f}x on {cores} cores")
        for megabytes in args.stream_mb:
            folder, size = build(megabytes)
            built.append(folder)
            mb = size / 1e6
            status = load()
            seconds, tree, own = run([args.table, str(folder), "--out", str(out)])
            print(
                f"stream {mb:6.1f} MB: {seconds:7.1f} s  {mb / seconds:5.2f} MB/s "
                f"({CPU[-1]:.0f} CPU s), peak RSS {tree:5.0f} MB in all, {own:5.0f} MB the "
                f"command alone ({status})"
            )
        for megabytes in args.ray_mb:
            folder, size = build(megabytes)
            built.append(folder)
            ray_versus_local(folder, size / 1e6, args.table, out)
    finally:
        out.unlink(missing_ok=True)
        if not args.keep:
            for folder in built:
                shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
