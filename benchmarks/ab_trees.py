"""Compare the CPU time of ``load_corpus`` + ``extract_all`` between source trees.

``python -m benchmarks.ab_trees CORPUS REPEATS TREE [TREE ...]`` runs, in turn and
``REPEATS`` times, a fresh Python process per tree with only that tree on the import
path, warms it up on the seeds, then loads and extracts ``CORPUS`` (a folder, e.g. one
written by ``python -m benchmarks.generate 2000 OUT``) and prints the process's CPU
seconds. Trees alternate, so load from other work on a shared machine falls on all
of them alike; the best of the repeats is reported. A tree is a checkout (``git
worktree add ../base 94fd217``); older layouts (``analysis.pipeline``) are found too.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ab_trees", description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("repeats", type=int)
    parser.add_argument("trees", nargs="+")
    args = parser.parse_args(argv)
    results: dict[str, list[dict]] = {t: [] for t in args.trees}
    for _ in range(args.repeats):
        for tree in args.trees:
            r = run_tree(tree, args.corpus)
            results[tree].append(r)
            print(f"{tree}: load {r['load']:.2f} extract {r['extract']:.2f} total {r['total']:.2f} "
                  f"(wall {r['wall']:.2f}) rows {r['rows']}", flush=True)
    first = args.trees[0]
    best = {t: {k: min(r[k] for r in rs) for k in ("load", "extract", "total")} for t, rs in results.items()}
    for tree, b in best.items():
        print(f"best of {args.repeats}, {tree}: load {b['load']:.2f} extract {b['extract']:.2f} "
              f"total {b['total']:.2f} CPU s; total / {first}: {b['total'] / best[first]['total']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
