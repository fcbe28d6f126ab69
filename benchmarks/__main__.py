"""Run the benchmarks: ``python -m benchmarks [--quick] [--repeats N] [name ...]``.

Every ``bench_<name>.py`` in this folder defines ``run(quick, repeats) -> dict`` returning
``{"name", "claim", "params", "columns", "rows", "checks"}``. The runner prints each result
as a table and writes it to ``benchmarks/results/<name>.json``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def discover() -> list[str]:
    """Names of the benchmarks in this folder (``bench_normalize.py`` → ``normalize``)."""
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def format_table(columns: list[str], rows: list[dict]) -> str:
    """A plain-text table; floats get 1–3 significant decimals."""

    def cell(v) -> str:
        if isinstance(v, float):
            return f"{v:,.1f}" if abs(v) >= 10 else f"{v:.2f}" if abs(v) >= 0.1 else f"{v:.3f}"
        return "" if v is None else str(v)

    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    line = lambda vals: "  ".join(
        v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(vals, widths))
    )
    return "\n".join([line(columns), line(["-" * w for w in widths]), *map(line, cells)])


def main(argv: list[str] | None = None) -> int:
    names = discover()
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="name",
                        help=f"benchmarks to run (default all: {', '.join(names)})")
    parser.add_argument("--quick", action="store_true", help="smaller inputs, fewer repeats")
    parser.add_argument("--repeats", type=int, default=None, help="timing repeats (best is kept)")
    parser.add_argument("--no-save", action="store_true", help="do not write results/*.json")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(names))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(names)}")

    failed = []
    for name in args.names or names:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        started = time.time()
        result = module.run(quick=args.quick, repeats=args.repeats)
        result.setdefault("name", name)
        result["quick"] = args.quick
        result["machine"] = {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
        }
        result["wall_seconds"] = round(time.time() - started, 1)
        result["timestamp"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")

        print(f"\n## {name}: {result.get('claim', '')}")
        for k, v in result.get("params", {}).items():
            print(f"   {k}: {v}")
        print()
        print(format_table(result["columns"], result["rows"]))
        checks = result.get("checks", {})
        if checks:
            print()
            for label, ok in checks.items():
                print(f"   [{'ok' if ok else 'MISSED'}] {label}")
            failed += [f"{name}: {label}" for label, ok in checks.items() if not ok]
        if not args.no_save:
            RESULTS.mkdir(exist_ok=True)
            out = RESULTS / f"{name}.json"
            out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(f"\n   written to {out.relative_to(HERE.parent)}")
    if failed:
        print("\nTargets missed (timings are noisy on a shared machine; ratios are what count):")
        for f in failed:
            print(f"   {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
