"""Claim: offset-preserving normalization is fast — at least 10x CAMeL Tools and at least
a quarter of the speed of merely decoding the bytes.

Input: the seed articles, replicated to >= 20 MB of UTF-8 (``--quick``: ~4 MB), fed
in two modes: one article per call, as the corpus loader does (so per-call overhead
counts), and the whole corpus as one string (pure throughput). Everything is measured
in the same run, best of N repeats, as MB/s of UTF-8 input:

* ``floor``: ``bytes.decode("utf-8")`` + ``len`` — the least any text tool must do;
* ``normalize`` and ``normalize_with_offsets`` (this package, numpy);
* PyArabic: ``strip_tashkeel``, ``strip_tatweel``, ``normalize_ligature``,
  ``normalize_alef`` and ى → ي, the nearest composition of its functions;
* CAMeL Tools: ``normalize_unicode``, ``dediac_ar``, ``normalize_alef_ar``,
  ``normalize_alef_maksura_ar``.

The two libraries do less than ``normalize`` (no digits, bidi controls or Latin/Arabic
separation, and no offsets), so the comparison flatters them. The library timings
include ``bytes.decode``, like the floor, since all of them start from file bytes.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from analysis.corpus.load import default_articles_dir
from analysis.text.normalize import normalize, normalize_with_offsets

NAME = "normalize"
MB = 1_000_000
TARGET_VS_CAMEL = 10.0
TARGET_VS_FLOOR = 0.25


def seed_documents(target_bytes: int) -> list[bytes]:
    """The seed articles as UTF-8 bytes, repeated in order until ``target_bytes``."""
    seeds = [p.read_bytes() for p in sorted(default_articles_dir().glob("*.txt"))]
    docs: list[bytes] = []
    total = 0
    while total < target_bytes:
        for d in seeds:
            docs.append(d)
            total += len(d)
    return docs


def _pyarabic() -> Callable[[str], str] | str:
    try:
        from pyarabic import araby
    except ImportError as exc:
        return f"not installed ({exc})"

    def pyarabic_normalize(text: str) -> str:
        text = araby.strip_tatweel(araby.strip_tashkeel(text))
        text = araby.normalize_alef(araby.normalize_ligature(text))
        return text.replace("\u0649", "\u064a")

    return pyarabic_normalize


def _camel() -> Callable[[str], str] | str:
    try:
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_unicode,
        )
    except ImportError as exc:
        return f"not installed ({exc}); pip install --no-deps camel-tools emoji"

    def camel_normalize(text: str) -> str:
        text = dediac_ar(normalize_unicode(text))
        return normalize_alef_maksura_ar(normalize_alef_ar(text))

    return camel_normalize


def _time(fn: Callable[[str], object], docs: list[bytes], repeats: int) -> float:
    """Best wall time, over ``repeats`` runs, of decoding and processing every document."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            for d in docs:
                fn(d.decode("utf-8"))
            best = min(best, time.perf_counter() - t0)
        finally:
            gc.enable()
    return best


def run(quick: bool = False, repeats: int | None = None) -> dict:
    """Measure every candidate on the same replicated corpus; return the result table."""
    target = 4 * MB if quick else 20 * MB
    repeats = repeats or (3 if quick else 5)
    docs = seed_documents(target)
    size = sum(map(len, docs))
    chars = sum(len(d.decode("utf-8")) for d in docs)

    candidates: dict[str, Callable[[str], object] | str] = {
        "floor: bytes.decode + len": len,
        "normalize": normalize,
        "normalize_with_offsets": normalize_with_offsets,
        "PyArabic (composed)": _pyarabic(),
        "CAMeL Tools (composed)": _camel(),
    }
    # Warm up: tables, regexes and imports are built on first use, outside the timing.
    for fn in candidates.values():
        if callable(fn):
            for d in docs[:8]:
                fn(d.decode("utf-8"))

    rows = []
    checks = {}
    skipped = {label: why for label, why in candidates.items() if not callable(why)}
    # Two ways to feed the same bytes: one article per call (what the loader does, so
    # per-call overhead counts) and the whole corpus as one string (pure throughput).
    modes = {"per article": docs, "one call": [b"".join(docs)]}
    for mode, inputs in modes.items():
        seconds = {
            label: _time(fn, inputs, repeats) for label, fn in candidates.items() if callable(fn)
        }
        floor = seconds["floor: bytes.decode + len"]
        camel = seconds.get("CAMeL Tools (composed)")
        for label, s in seconds.items():
            rows.append(
                {
                    "mode": mode,
                    "implementation": label,
                    "MB/s": size / MB / s,
                    "seconds": s,
                    "vs floor": floor / s,
                    "vs CAMeL": (camel / s) if camel else None,
                }
            )
        for label in ("normalize", "normalize_with_offsets"):
            s = seconds[label]
            if camel:
                checks[f"{mode}: {label} >= {TARGET_VS_CAMEL:g}x CAMeL Tools ({camel / s:.1f}x)"] = (
                    camel / s >= TARGET_VS_CAMEL
                )
            checks[f"{mode}: {label} >= {TARGET_VS_FLOOR:g}x the floor ({floor / s:.2f}x)"] = (
                floor / s >= TARGET_VS_FLOOR
            )
    for label, why in skipped.items():
        rows.append({"mode": "-", "implementation": f"{label}: {why}"})
    return {
        "name": NAME,
        "claim": "normalization throughput vs PyArabic, CAMeL Tools and a decode floor",
        "params": {
            "input": f"{len(docs)} seed articles, {size / MB:.1f} MB UTF-8, {chars:,} characters",
            "unit": f"MB of UTF-8 input per second, best of {repeats} repeats "
            "(bytes.decode included in every row; ratios are within a mode)",
        },
        "columns": ["mode", "implementation", "MB/s", "seconds", "vs floor", "vs CAMeL"],
        "rows": rows,
        "checks": checks,
    }
