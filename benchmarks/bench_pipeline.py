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

The memory peak is the process's maximum resident set size (``getrusage``) after
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
from analysis.pipeline import TABLES, extract_all

def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

extract_all(load_corpus())  # warm-up: regexes, gazetteer, data files
out = {"rss_warm": rss_mb()}
gc.collect()
t0 = time.perf_counter()
corpus = load_corpus(FOLDER)
out["load"] = time.perf_counter() - t0
t0 = time.perf_counter()
tables = extract_all(corpus)
out["extract_all"] = time.perf_counter() - t0
out["rss_peak"] = rss_mb()
out["rows"] = {name: len(tables[name]) for name in TABLES}
out["chars"] = int(corpus["raw"].str.len().sum())
if BASELINE:
    t = {}
    t0 = time.perf_counter(); money = extract_money(corpus); t["money"] = time.perf_counter() - t0
    t0 = time.perf_counter(); extract_dates(corpus); t["dates"] = time.perf_counter() - t0
    t0 = time.perf_counter(); extract_entities(corpus); t["entities"] = time.perf_counter() - t0
    t0 = time.perf_counter(); facts(corpus, money=money); t["facts"] = time.perf_counter() - t0
    out["one_by_one"] = t
if DASK:
    import distributed
    t0 = time.perf_counter()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        client.run(lambda: extract_all(load_corpus()))  # warm the workers like this process
        out["dask_startup"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        dtables = extract_all(corpus, engine="dask", scheduler=client)
        out["dask"] = time.perf_counter() - t0
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
            best = {k: min(r[k] for r in results) for k in ("load", "extract_all", "rss_peak")}
            best["total"] = min(r["load"] + r["extract_all"] for r in results)
            runs[n] = {"generated_seconds": generated, "runs": results}
            one = first["one_by_one"]
            one_total = sum(one.values())
            per = 1000 / n

            def row(step, seconds, ratio=None, ratio_to="", rss=None, n=n, per=per):
                rows.append({"articles": f"{n:,}", "step": step, "seconds": seconds,
                             "ms/article": seconds * per, "ratio": ratio, "ratio to": ratio_to,
                             "peak RSS MB": rss})

            row("load_corpus", best["load"])
            row("extract_all (pandas)", best["extract_all"], one_total / best["extract_all"],
                "one by one / this")
            row("load + extract_all", best["total"], rss=best["rss_peak"])
            for name, s in one.items():
                row(f"  one by one: {name}", s)
            row("one by one, total (baseline)", one_total, 1.0, "")
            if "dask" in first:
                row("extract_all (dask, 2 local processes)", first["dask"],
                    best["extract_all"] / first["dask"], "pandas / this")
                row("  dask local cluster start-up", first["dask_startup"])
                checks[f"{n:,}: dask tables equal the pandas tables"] = first.get("dask_equal", False)
            row("  (RSS after warm-up, before loading)", 0.0, rss=first["rss_warm"])
            runs[n]["best"] = best
            runs[n]["tables"] = first["rows"]
            runs[n]["chars"] = first["chars"]

    small, large = sizes
    growth = runs[large]["best"]["total"] / runs[small]["best"]["total"]
    rows.append({"articles": f"{large:,} / {small:,}", "step": "growth of load + extract_all",
                 "ratio": growth, "ratio to": f"{large // small}x the articles"})
    checks[f"linear: {large // small}x the articles in <= {MAX_GROWTH:g}x the time ({growth:.2f}x)"] = (
        growth <= MAX_GROWTH
    )
    if not quick:
        total = runs[large]["best"]["total"]
        checks[f"{large:,} articles loaded and extracted in < {MAX_SECONDS_LARGE:g} s ({total:.1f} s)"] = (
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
            "unit": f"wall seconds, best of {repeats} fresh processes (baseline and dask: the first)",
        },
        "columns": ["articles", "step", "seconds", "ms/article", "ratio", "ratio to", "peak RSS MB"],
        "rows": rows,
        "checks": checks,
        "details": {str(k): v for k, v in runs.items()},
    }
