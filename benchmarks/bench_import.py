"""Claim: ``import analysis`` does no work at import time — it costs at most 1.2x ``import pandas``.

``analysis`` needs pandas, so pandas is the floor: what ``import analysis`` adds on top
of it is the package's own modules (data files, regexes and the gazetteer load on
first use, and the chart and report layers import matplotlib and nbconvert only when
asked for). Each import runs in a fresh interpreter and is timed inside it
(``time.perf_counter`` around the import statement, interpreter start-up excluded);
the best of N is kept.

Two settings: ``bytecode cached`` (compiled modules kept, as in any installation after
the first import; the claim) and ``no bytecode cache`` (every module compiled from
source each time, as with ``PYTHONDONTWRITEBYTECODE=1``; pandas's site-packages are
precompiled by pip, the project's modules are not, so this row penalizes ``analysis``).
"""

from __future__ import annotations

from .common import fresh_python

NAME = "import"
TARGET = 1.2
_CODE = """
import json, sys, time
t0 = time.perf_counter()
import {module}
t = time.perf_counter() - t0
heavy = sorted(m for m in ("matplotlib", "nbconvert", "nbclient", "jupytext", "dask", "distributed")
               if m in sys.modules)
print(json.dumps({{"seconds": t, "modules": len(sys.modules), "heavy": heavy}}))
"""
MODULES = ["pandas", "analysis"]


def _best(module: str, repeats: int, bytecode_cache: bool) -> dict:
    runs = [fresh_python(_CODE.format(module=module), bytecode_cache) for _ in range(repeats)]
    best = min(runs, key=lambda r: r["seconds"])
    return {**best, "runs": [r["seconds"] for r in runs]}


def run(quick: bool = False, repeats: int | None = None) -> dict:
    """Time ``import pandas`` and ``import analysis`` in fresh interpreters, best of N."""
    repeats = repeats or (5 if quick else 15)
    rows, checks = [], {}
    for setting, cache in (("bytecode cached", True), ("no bytecode cache", False)):
        if cache:  # compile once, so every timed run reads bytecode
            for m in MODULES:
                fresh_python(_CODE.format(module=m), True)
        # Interleave the modules, so a slow moment of the machine hits both.
        results = {m: [] for m in MODULES}
        for _ in range(repeats):
            for m in MODULES:
                results[m].append(fresh_python(_CODE.format(module=m), cache))
        best = {m: min(results[m], key=lambda r: r["seconds"]) for m in MODULES}
        floor = best["pandas"]["seconds"]
        for m in MODULES:
            b = best[m]
            rows.append({
                "setting": setting,
                "import": m,
                "ms (best)": b["seconds"] * 1000,
                "ms (median)": sorted(r["seconds"] for r in results[m])[len(results[m]) // 2] * 1000,
                "vs pandas": b["seconds"] / floor,
                "modules loaded": b["modules"],
                "heavy modules": ", ".join(b["heavy"]) or "none",
            })
        ratio = best["analysis"]["seconds"] / floor
        if cache:
            checks[f"import analysis <= {TARGET:g}x import pandas ({ratio:.2f}x)"] = ratio <= TARGET
            checks["import analysis loads none of matplotlib, nbconvert, jupytext, dask"] = (
                not best["analysis"]["heavy"]
            )
    return {
        "name": NAME,
        "claim": "import analysis vs import pandas (no work at import time)",
        "params": {
            "method": f"fresh interpreter per import, timed inside it, best of {repeats} (interleaved)",
        },
        "columns": ["setting", "import", "ms (best)", "ms (median)", "vs pandas", "modules loaded",
                    "heavy modules"],
        "rows": rows,
        "checks": checks,
    }
