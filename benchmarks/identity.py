"""Check that a change leaves the extraction's output as it was.

A change meant to be a pure refactor or a speed-up must give the same tables. ``dump``
extracts the bundled seeds, a generated corpus and, if given, the development corpus, and
pickles every table; ``compare`` says, table by table, whether two dumps are equal and
shows the first rows that differ:

    python -m benchmarks.generate 2000 /tmp/c2000
    PYTHONPATH=/path/to/before python -m benchmarks.identity dump before.pkl /tmp/c2000 [DEVCORPUS]
    PYTHONPATH=/path/to/after  python -m benchmarks.identity dump after.pkl  /tmp/c2000 [DEVCORPUS]
    python -m benchmarks.identity compare before.pkl after.pkl

The tree whose ``analysis`` is imported is the one on ``PYTHONPATH`` (or this checkout).
Exit status 0 when every table is equal, 1 otherwise.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import warnings
from pathlib import Path

import pandas as pd


def tables(generated: str | Path, devcorpus: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """Every table of ``extract_all`` on the seeds, ``generated`` and ``devcorpus``
    (a folder with ``articles/`` and ``catalog.csv``), keyed ``"<corpus>/<table>"``."""
    from analysis import extract_all, load_corpus

    corpora = {"seeds": lambda: load_corpus(), "generated": lambda: load_corpus(generated)}
    if devcorpus is not None:
        folder = Path(devcorpus)
        corpora["devcorpus"] = lambda: load_corpus(folder / "articles", catalog=folder / "catalog.csv")
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, load in corpora.items():
            for table, frame in extract_all(load()).items():
                out[f"{name}/{table}"] = frame.reset_index(drop=True)
    return out


def differences(before: dict[str, pd.DataFrame], after: dict[str, pd.DataFrame], show: int = 3) -> list[str]:
    """One line per table that is missing on one side or differs, with up to ``show`` rows."""
    lines = []
    for key in sorted(set(before) | set(after)):
        if key not in before or key not in after:
            lines.append(f"{key}: only in {'after' if key in after else 'before'}")
            continue
        a, b = before[key], after[key]
        if a.equals(b):
            continue
        if list(a.columns) != list(b.columns):
            lines.append(f"{key}: columns differ: {list(a.columns)} / {list(b.columns)}")
            continue
        lines.append(f"{key}: {len(a)} rows before, {len(b)} after")
        if len(a) == len(b):
            changed = ~((a == b) | (a.isna() & b.isna())).all(axis=1)
            for i in list(changed[changed].index)[:show]:
                cols = [c for c in a.columns if not (a.at[i, c] == b.at[i, c] or (pd.isna(a.at[i, c]) and pd.isna(b.at[i, c])))]
                lines.append(f"  row {i}: " + "; ".join(f"{c}: {a.at[i, c]!r} → {b.at[i, c]!r}" for c in cols))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.identity", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="extract and pickle every table")
    d.add_argument("out")
    d.add_argument("generated", help="a folder written by python -m benchmarks.generate")
    d.add_argument("devcorpus", nargs="?", help="the development corpus folder (articles/, catalog.csv)")
    c = sub.add_parser("compare", help="compare two dumps")
    c.add_argument("before")
    c.add_argument("after")
    args = parser.parse_args(argv)
    if args.command == "dump":
        found = tables(args.generated, args.devcorpus)
        Path(args.out).write_bytes(pickle.dumps(found))
        print(f"{args.out}: " + ", ".join(f"{k} {len(v)}" for k, v in found.items()))
        return 0
    before = pickle.loads(Path(args.before).read_bytes())
    after = pickle.loads(Path(args.after).read_bytes())
    lines = differences(before, after)
    print("\n".join(lines) if lines else f"identical: {len(before)} tables")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
