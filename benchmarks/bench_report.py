"""Claim: building the reports costs at most 1.5x executing as many trivial notebooks.

The floor is what any notebook build pays: one fresh kernel per notebook, started and
driven by nbclient, with the same number of notebooks run at once. The build is
``build_reports`` on the project's notebooks: one fresh kernel per notebook, driven
from one process (each kernel started ahead of its notebook), the articles extracted
once for the article pages and handed to every notebook, HTML export with the
embedded font, index, atomic write. Both run in fresh interpreters, best of N, with
``--jobs 1`` and ``--jobs 2``; the speed-up of ``--jobs 2`` is reported too. The
floor imports nbformat and nbclient before its clock starts; the build imports what
it needs (nbformat, nbclient, jupytext, nbconvert) inside the timed call.

A second baseline, for information (no target): the same trivial notebooks with one
cell importing what every notebook of this stack needs before its first line of
analysis (pandas, matplotlib's Figure, this package), so the report shows how much of
the gap is imports and how much is the notebooks' own work.
"""

from __future__ import annotations

import tempfile

from .common import ROOT, fresh_python

NAME = "report"
TARGET = 1.5
TRIVIAL = "1 + 1"
IMPORTS = "import pandas, matplotlib.figure, analysis.story, analysis.charts"
_FLOOR = """
import json, time, nbformat
from concurrent.futures import ProcessPoolExecutor
from nbclient import NotebookClient

def run(_):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell({cell!r})])
    NotebookClient(nb, kernel_name="python3", timeout=120).execute()

if __name__ == "__main__":
    t0 = time.perf_counter()
    with ProcessPoolExecutor({jobs}) as pool:
        list(pool.map(run, range({n})))
    print(json.dumps({{"seconds": time.perf_counter() - t0}}))
"""
_BUILD = """
import json, time
from analysis.report import build_reports, find_notebooks

if __name__ == "__main__":
    t0 = time.perf_counter()
    build_reports(find_notebooks(), out={out!r}, jobs={jobs}, progress=False)
    print(json.dumps({{"seconds": time.perf_counter() - t0}}))
"""


def _script(code: str) -> str:
    # ProcessPoolExecutor needs an importable __main__: run through a temp file.
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(code)
    return f"import runpy; runpy.run_path({f.name!r}, run_name='__main__')"


def run(quick: bool = False, repeats: int | None = None) -> dict:
    """Time the report build against the trivial-notebook floor, jobs 1 and 2."""
    from analysis.report import find_notebooks

    repeats = repeats or (1 if quick else 3)
    n = len(find_notebooks())
    out = tempfile.mkdtemp(prefix="bench-report-")
    rows, checks, best = [], {}, {}
    for jobs in (1, 2):
        floor, imports = (
            min(fresh_python(_script(_FLOOR.format(jobs=jobs, n=n, cell=cell)))["seconds"] for _ in range(repeats))
            for cell in (TRIVIAL, IMPORTS)
        )
        build = min(fresh_python(_script(_BUILD.format(out=out, jobs=jobs)))["seconds"] for _ in range(repeats))
        best[jobs] = build
        rows.append({"jobs": jobs, "notebooks": n, "trivial floor s": floor, "report build s": build,
                     "vs floor": build / floor, "floor with imports s": imports,
                     "vs floor with imports": build / imports})
        if jobs == 2:
            checks[f"report build <= {TARGET:g}x the trivial floor ({build / floor:.2f}x)"] = build / floor <= TARGET
    rows.append({"jobs": "1 → 2", "notebooks": n, "trivial floor s": None, "report build s": None,
                 "vs floor": best[1] / best[2]})
    return {
        "name": NAME,
        "claim": "report build vs executing as many trivial notebooks (and the --jobs 2 speed-up)",
        "params": {"method": f"fresh interpreter each, best of {repeats}", "root": str(ROOT)},
        "columns": ["jobs", "notebooks", "trivial floor s", "report build s", "vs floor",
                    "floor with imports s", "vs floor with imports"],
        "rows": rows,
        "checks": checks,
    }
