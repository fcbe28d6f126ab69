"""Claim: building the reports is faster than the way Jupyter users build them today.

The baseline is ``jupyter nbconvert --execute --to html`` on the same four notebooks
(their committed ``.ipynb``), one after the other, as nbconvert runs them: each in a
fresh kernel, with the notebooks' default parameters (the seeds, Arabic). The build is
``python -m analysis report --jobs 2`` (``build_reports``): the same notebooks in
fresh kernels, two at a time, the articles extracted once into the on-disk cache that
every notebook then reads, article pages, the index and the offline HTML.

Both start from an empty extraction cache (nbconvert's notebooks find theirs through
``XDG_CACHE_HOME``, which this benchmark points at a fresh folder; the build is given
``cache_dir``), so each pays for one extraction. Measured in the same run, best of N:
wall time, and CPU time of the whole process tree (the build or nbconvert and their
kernels: ``RUSAGE_CHILDREN`` around each run).

A second measurement: ``prepare()`` in a fresh interpreter, as a notebook opened in
JupyterLab runs it, on a cold cache (it extracts) and on a warm one (it reads the tables
the previous run saved).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import ROOT

NAME = "report"
TARGET_WALL = 0.45
TARGET_CPU = 0.85


def _timed(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process tree) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _nbconvert(notebooks: list[Path]) -> tuple[float, float]:
    work = Path(tempfile.mkdtemp(prefix="bench-nbconvert-"))
    try:
        env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
        env.pop("MPLBACKEND", None)
        return _timed([sys.executable, "-m", "jupyter", "nbconvert", "--execute", "--to", "html",
                       "--output-dir", str(work / "out"), *map(str, notebooks)], env)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _build(jobs: int) -> tuple[float, float]:
    work = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        code = ("from analysis.report import build_reports, find_notebooks; "
                f"build_reports(find_notebooks(), out={str(work / 'out')!r}, jobs={jobs}, progress=False, "
                f"cache_dir={str(work / 'cache')!r})")
        return _timed([sys.executable, "-c", code])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _prepare(cache: Path) -> tuple[float, float]:
    code = ("import time; from analysis import prepare; t0 = time.perf_counter(); "
            f"prepare(cache_dir={str(cache)!r}); print(time.perf_counter() - t0)")
    out = subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True, text=True)
    return float(out.stdout.split()[-1]), 0.0


def run(quick: bool = False, repeats: int | None = None) -> dict:
    """Time the report build against nbconvert on the same notebooks; prepare() cold and warm."""
    from analysis.report import find_notebooks

    repeats = repeats or (1 if quick else 3)
    notebooks = [p.with_suffix(".ipynb") for p in find_notebooks()]
    runs = {"nbconvert": [], "build --jobs 2": [], "build --jobs 1": []}
    for _ in range(repeats):  # interleaved, so load on the machine hits both alike
        runs["nbconvert"].append(_nbconvert(notebooks))
        runs["build --jobs 2"].append(_build(2))
        if not quick:
            runs["build --jobs 1"].append(_build(1))
    best = {k: (min(w for w, _ in v), min(c for _, c in v)) for k, v in runs.items() if v}
    base_wall, base_cpu = best["nbconvert"]
    rows = [{"what": k, "notebooks": len(notebooks), "wall s": w, "CPU s": c,
             "wall vs nbconvert": w / base_wall, "CPU vs nbconvert": c / base_cpu} for k, (w, c) in best.items()]
    cache = Path(tempfile.mkdtemp(prefix="bench-prepare-"))
    try:
        cold = min(_prepare(Path(tempfile.mkdtemp(dir=cache)))[0] for _ in range(repeats))
        warm_dir = Path(tempfile.mkdtemp(dir=cache))
        _prepare(warm_dir)
        warm = min(_prepare(warm_dir)[0] for _ in range(repeats))
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    rows.append({"what": "prepare(), cold cache (extracts)", "wall s": cold})
    rows.append({"what": "prepare(), warm cache (JupyterLab re-run)", "wall s": warm,
                 "wall vs nbconvert": None, "CPU vs nbconvert": None})
    wall, cpu = best["build --jobs 2"]
    checks = {
        f"build --jobs 2 wall <= {TARGET_WALL:g}x nbconvert ({wall / base_wall:.2f}x)": wall / base_wall <= TARGET_WALL,
        f"build --jobs 2 CPU <= {TARGET_CPU:g}x nbconvert ({cpu / base_cpu:.2f}x)": cpu / base_cpu <= TARGET_CPU,
        f"a warm cache is faster than extracting ({warm:.2f}s vs {cold:.2f}s)": warm < cold,
    }
    return {
        "name": NAME,
        "claim": "report build vs jupyter nbconvert --execute --to html on the same notebooks; prepare() cached",
        "params": {"method": f"fresh processes, interleaved, best of {repeats}", "root": str(ROOT)},
        "columns": ["what", "notebooks", "wall s", "CPU s", "wall vs nbconvert", "CPU vs nbconvert"],
        "rows": rows,
        "checks": checks,
    }
