"""Compare the CPU time of ``load_corpus`` + ``extract_all`` between source trees.

``python -m benchmarks.ab_trees CORPUS REPEATS TREE [TREE ...]`` runs, in turn and
``REPEATS`` times, a fresh Python process per tree with only that tree on the import
path, warms it up on the seeds, then loads and extracts ``CORPUS`` (a folder, e.g. one
written by ``python -m benchmarks.generate 2000 OUT``) and prints the process's CPU
seconds. Trees alternate, so load from other work on a shared machine falls on all
of them alike; the best of the repeats is reported. A tree is a checkout (``git
worktree add ../base 94fd217``); older layouts (``analysis.pipeline``) are found too.

On a shared machine the CPU seconds of one process move with the load (cache and
memory contention), by a fifth between runs. So the order of the trees is reversed
every other round (load that grows or falls during a run weighs on all alike), and
besides the best of each tree the summary gives the median and the spread of its
repeats and, per tree, the median of the round-by-round ratios to the first tree (each
ratio of two processes run next to each other) with their range: a difference smaller
than that range is noise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

_CHILD = r"""
import json, sys, time, warnings
warnings.simplefilter("ignore")
import analysis
from analysis import load_corpus
try:
    from analysis.run.pipeline import extract_all
except ImportError:  # the layout before analysis.run
    from analysis.pipeline import extract_all
extract_all(load_corpus())
c0, w0 = time.process_time(), time.perf_counter()
corpus = load_corpus(sys.argv[1])
c1 = time.process_time()
tables = extract_all(corpus)
c2 = time.process_time()
print(json.dumps({"module": analysis.__file__, "load": c1 - c0, "extract": c2 - c1, "total": c2 - c0,
                  "wall": time.perf_counter() - w0, "rows": {k: len(v) for k, v in tables.items()}}))
"""


def run_tree(tree: str, corpus: str) -> dict:
    """CPU seconds of one fresh process of ``tree`` on ``corpus``."""
    env = dict(os.environ, PYTHONPATH=tree, MPLBACKEND="Agg")
    proc = subprocess.run([sys.executable, "-c", _CHILD, corpus], env=env, cwd=tree, capture_output=True,
                          text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{tree}: the child failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    mid = len(xs) // 2
    return xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2


def summary(results: dict[str, list[dict]]) -> list[str]:
    """The summary lines of a run: per tree, the best of its repeats and the ratio of bests
    to the first tree; then the median and spread of its totals, and the median (range) of
    its round-by-round ratios to the first tree."""
    trees = list(results)
    first = trees[0]
    repeats = min(len(rs) for rs in results.values())
    best = {t: {k: min(r[k] for r in rs) for k in ("load", "extract", "total")} for t, rs in results.items()}
    lines = []
    for tree, b in best.items():
        lines.append(f"best of {repeats}, {tree}: load {b['load']:.2f} extract {b['extract']:.2f} "
                     f"total {b['total']:.2f} CPU s; total / {first}: {b['total'] / best[first]['total']:.2f}")
    for tree, rs in results.items():
        totals = [r["total"] for r in rs]
        ratios = [r["total"] / f["total"] for r, f in zip(rs, results[first])]
        lines.append(f"{tree}: total median {_median(totals):.2f} (min {min(totals):.2f}, max {max(totals):.2f}, "
                     f"spread {100 * (max(totals) / min(totals) - 1):.0f}%); round ratio / {first}: median "
                     f"{_median(ratios):.3f} (range {min(ratios):.3f}–{max(ratios):.3f})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ab_trees", description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("repeats", type=int)
    parser.add_argument("trees", nargs="+")
    args = parser.parse_args(argv)
    results: dict[str, list[dict]] = {t: [] for t in args.trees}
    for i in range(args.repeats):
        for tree in args.trees if i % 2 == 0 else args.trees[::-1]:
            r = run_tree(tree, args.corpus)
            results[tree].append(r)
            print(f"{tree}: load {r['load']:.2f} extract {r['extract']:.2f} total {r['total']:.2f} "
                  f"(wall {r['wall']:.2f}) rows {r['rows']}", flush=True)
    for line in summary(results):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
