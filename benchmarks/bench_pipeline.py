"""Claim: the whole extraction grows linearly with the corpus — 10x the articles in at
most 11x the time — and 10,000 articles are loaded and extracted in under a minute.

Input: synthetic corpora from :mod:`benchmarks.generate` (the seed articles with other
figures, names, months and years, plus added paragraphs of known facts), 1,000 and
10,000 articles (``--quick``: 200 and 2,000), written as ``.txt`` files and a
``catalog.csv`` to a temporary folder.

Each size runs in a fresh Python process (so the memory peak is that size's alone),
after a warm-up on the seeds that builds the regexes and the gazetteer:

* ``load_corpus``: reading, boilerplate, normalization of the body;
* ``extract_all``: money, dates, entities and facts, each article prepared once;
* baseline, the same run: the four public functions called one after the other
  (``extract_money``, ``extract_dates``, ``extract_entities``,
  ``facts(corpus, money=...)``), each preparing every article again;
* at the larger size, ``extract_all(engine="dask")`` on a local cluster of two worker
  processes (start-up timed apart), its tables checked equal to the pandas ones.

Ratios between steps and the growth check use the process's CPU time, which other
work on a shared machine disturbs far less than wall time; the one-minute claim is
wall time. The memory peak is the process's maximum resident set size (``getrusage``) after
loading and extracting, interpreter and libraries included (their share is the
``after warm-up`` figure).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .common import fresh_python
from .generate import write_corpus

NAME = "pipeline"
MAX_GROWTH = 11.0  # 10x the articles in at most this many times the time
MAX_SECONDS_LARGE = 60.0

_CHILD = r"""
import gc, json, resource, sys, time
import pandas as pd
from analysis import extract_dates, extract_entities, extract_money, facts, load_corpus
from analysis.run.pipeline import TABLES, extract_all

def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def timed(fn):
    w, c = time.perf_counter(), time.process_time()
    value = fn()
    return value, {"wall": time.perf_counter() - w, "cpu": time.process_time() - c}

extract_all(load_corpus())  # warm-up: regexes, gazetteer, data files
out = {"rss_warm": rss_mb()}
gc.collect()
corpus, out["load"] = timed(lambda: load_corpus(FOLDER))
tables, out["extract_all"] = timed(lambda: extract_all(corpus))
out["rss_peak"] = rss_mb()
out["rows"] = {name: len(tables[name]) for name in TABLES}
out["chars"] = int(corpus["raw"].str.len().sum())
if BASELINE:
    t = {}
    money, t["money"] = timed(lambda: extract_money(corpus))
    _, t["dates"] = timed(lambda: extract_dates(corpus))
    _, t["entities"] = timed(lambda: extract_entities(corpus))
    _, t["facts"] = timed(lambda: facts(corpus, money=money))
    out["one_by_one"] = t
if DASK:
    import distributed
    w = time.perf_counter()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        client.run(lambda: extract_all(load_corpus()))  # warm the workers like this process
        out["dask_startup"] = time.perf_counter() - w
        dtables, out["dask"] = timed(lambda: extract_all(corpus, engine="dask", scheduler=client))
    for name in TABLES:
        pd.testing.assert_frame_equal(dtables[name], tables[name])
    out["dask_equal"] = True
print(json.dumps(out))
"""


def _child(folder: Path, baseline: bool, dask: bool) -> dict:
    code = f"FOLDER = {str(folder)!r}\nBASELINE = {baseline}\nDASK = {dask}\n" + _CHILD
    return fresh_python(code)


def _has_dask() -> bool:
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def run(quick: bool = False, repeats: int | None = None) -> dict:
    """Generate the corpora, time each size in fresh processes, return the result table."""
    sizes = (200, 2_000) if quick else (1_000, 10_000)
    repeats = repeats or (1 if quick else 2)
    dask = _has_dask()
    rows, checks, runs = [], {}, {}
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        for n in sizes:
            t0 = time.perf_counter()
            folder = write_corpus(n, Path(tmp) / f"n{n}")
            generated = time.perf_counter() - t0
            results = [_child(folder, baseline=(i == 0), dask=(i == 0 and dask and n == sizes[-1]))
                       for i in range(repeats)]
            first = results[0]
            best = {k: {u: min(r[k][u] for r in results) for u in ("wall", "cpu")}
                    for k in ("load", "extract_all")}
            best["total"] = {u: min(r["load"][u] + r["extract_all"][u] for r in results)
                             for u in ("wall", "cpu")}
            best["rss_peak"] = min(r["rss_peak"] for r in results)
            runs[n] = {"generated_seconds": generated, "runs": results}
            one = first["one_by_one"]
            one_total = {u: sum(t[u] for t in one.values()) for u in ("wall", "cpu")}
            per = 1000 / n

            def row(step, t, ratio=None, ratio_to="", rss=None, n=n, per=per):
                rows.append({"articles": f"{n:,}", "step": step, "wall s": t and t["wall"],
                             "cpu s": t and t.get("cpu"), "cpu ms/article": t and t.get("cpu") and t["cpu"] * per,
                             "ratio": ratio, "ratio to": ratio_to, "peak RSS MB": rss})

            row("load_corpus", best["load"])
            row("extract_all (pandas)", best["extract_all"], one_total["cpu"] / best["extract_all"]["cpu"],
                "one by one / this (cpu)")
            row("load + extract_all", best["total"], rss=best["rss_peak"])
            for name, t in one.items():
                row(f"  one by one: {name}", t)
            row("one by one, total (baseline)", one_total, 1.0, "")
            if "dask" in first:
                row("extract_all (dask, 2 local processes)", {"wall": first["dask"]["wall"]},
                    best["extract_all"]["wall"] / first["dask"]["wall"], "pandas / this (wall)")
                row("  dask local cluster start-up", {"wall": first["dask_startup"]})
                checks[f"{n:,}: dask tables equal the pandas tables"] = first.get("dask_equal", False)
            row("  (after warm-up, before loading)", None, rss=first["rss_warm"])
            runs[n]["best"] = best
            runs[n]["tables"] = first["rows"]
            runs[n]["chars"] = first["chars"]

    small, large = sizes
    growth = {u: runs[large]["best"]["total"][u] / runs[small]["best"]["total"][u] for u in ("wall", "cpu")}
    for u in ("cpu", "wall"):
        rows.append({"articles": f"{large:,} / {small:,}", "step": f"growth of load + extract_all ({u})",
                     "ratio": growth[u], "ratio to": f"{large // small}x the articles"})
    checks[f"linear: {large // small}x the articles in <= {MAX_GROWTH:g}x the CPU time "
           f"({growth['cpu']:.2f}x; wall {growth['wall']:.2f}x)"] = growth["cpu"] <= MAX_GROWTH
    if not quick:
        total = runs[large]["best"]["total"]["wall"]
        checks[f"{large:,} articles loaded and extracted in < {MAX_SECONDS_LARGE:g} s wall ({total:.1f} s)"] = (
            total < MAX_SECONDS_LARGE
        )
    if not dask:
        rows.append({"articles": "-", "step": "dask: not installed (pip install -e '.[dask]')"})
    return {
        "name": NAME,
        "claim": "whole extraction pipeline: linear growth, 10,000 articles under a minute",
        "params": {
            "input": f"generated corpora of {small:,} and {large:,} articles "
                     f"({runs[large]['chars'] / large:,.0f} characters each on average)",
            "tables at the larger size": runs[large]["tables"],
            "unit": f"wall and CPU seconds of the process, best of {repeats} fresh processes "
                    "(baseline and dask: the first); CPU time is what neighbours on a shared "
                    "machine disturb least, so the ratios between steps use it",
        },
        "columns": ["articles", "step", "wall s", "cpu s", "cpu ms/article", "ratio", "ratio to",
                    "peak RSS MB"],
        "rows": rows,
        "checks": checks,
        "details": {str(k): v for k, v in runs.items()},
    }
