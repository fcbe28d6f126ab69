"""Offset-preserving Arabic normalization.

Every normalized character remembers which raw character it came from, so a span
found in normalized text maps back to the exact span of the raw article
(``Normalized.raw_span``). The work is a lookup table applied with numpy over the
code points, which is what makes it fast; the rules themselves are data
(``data/charmap.json``) a user can read and extend.

What normalization does (all of it idempotent):

* Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFC) → base letters (NFKC);
* tatweel, diacritics and Quranic marks removed;
* bidi controls, zero-width characters and BOM removed;
* alef variants (أ إ آ ٱ) → ا, alef maksura and Persian ya → ي, Persian kaf → ك;
* Arabic-Indic and Eastern Arabic-Indic digits → ASCII, ٫ → ``.``, ٬ → ``,``, ٪ → ``%``;
* exotic spaces → ASCII space;
* a space inserted where Latin letters or digits touch Arabic letters (``السلسلةB``).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

_DATA = Path(__file__).resolve().parent / "data"

_DROP = 0xFFFFFFFF  # table value meaning "delete this character"
_MULTI = 0xFFFFFFFE  # table value meaning "expands to several characters"

# Character classes used for the Latin/Arabic boundary rule.
_CLS_OTHER, _CLS_ARABIC, _CLS_LATIN, _CLS_MARK = 0, 1, 2, 3


def _ranges(spec: list) -> list[int]:
    out: list[int] = []
    for item in spec:
        if isinstance(item, list):
            out.extend(range(int(item[0], 16), int(item[1], 16) + 1))
        else:
            out.append(int(item, 16))
    return out


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray, dict[int, str]]:
    """Build (map table, class table, multi-char expansions) once, lazily."""
    spec = json.loads((_DATA / "charmap.json").read_text(encoding="utf-8"))
    size = 0x10000
    table = np.arange(size, dtype=np.uint32)
    multi: dict[int, str] = {}

    simple: dict[int, str] = {}
    for cp in _ranges(spec["drop"]):
        simple[cp] = ""
    for src, dst in spec["map"].items():
        simple[int(src, 16)] = dst
    for cp in _ranges(spec["presentation_forms"]):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        nf = unicodedata.normalize("NFKC", ch)
        if nf != ch:
            # Isolated forms of diacritics decompose to space + mark: drop them whole.
            simple.setdefault(cp, "" if not nf.strip() or all(
                unicodedata.category(c) == "Mn" for c in nf.strip()) else nf)

    def resolve(s: str, depth: int = 0) -> str:
        # Apply the rules until nothing changes, so the table is idempotent.
        out = "".join(simple.get(ord(c), c) for c in s)
        return out if out == s or depth > 4 else resolve(out, depth + 1)

    for cp in list(simple):
        res = resolve(chr(cp))
        if res == "":
            table[cp] = _DROP
        elif len(res) == 1:
            table[cp] = ord(res)
        else:
            table[cp] = _MULTI
            multi[cp] = res

    cls = np.zeros(size, dtype=np.uint8)
    for cp in _ranges(spec["arabic_letters"]):
        cls[cp] = _CLS_ARABIC
    for cp in _ranges(spec["latin_letters_digits"]):
        cls[cp] = _CLS_LATIN
    for cp in _ranges(spec["drop"]):
        # Dropped marks (diacritics, tatweel) belong to the letter before them.
        if cp == 0x0640 or unicodedata.category(chr(cp)) == "Mn":
            cls[cp] = _CLS_MARK
    return table, cls, multi


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, for each of its characters, the raw span it came from.

    ``starts[i]:ends[i]`` is the raw span of normalized character ``i``; an
    inserted space has an empty span at the boundary it was inserted at.
    """

    raw: str
    text: str
    starts: np.ndarray
    ends: np.ndarray

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span ``[start, end)`` to the raw span it covers."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} outside normalized text of length {len(self.text)}")
        if start == end:
            pos = int(self.starts[start]) if start < len(self.text) else len(self.raw)
            return pos, pos
        return int(self.starts[start]), int(self.ends[end - 1])

    def raw_slice(self, start: int, end: int) -> str:
        """The raw text behind the normalized span ``[start, end)``."""
        a, b = self.raw_span(start, end)
        return self.raw[a:b]


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _decode(cps: np.ndarray) -> str:
    return cps.astype(np.uint32, copy=False).tobytes().decode("utf-32-le", "surrogatepass")


def _apply(text: str, want_offsets: bool):
    table, cls, multi = _tables()
    cps = _codepoints(text)
    n = len(cps)
    bmp = cps < 0x10000
    mapped = cps.copy()
    if bmp.all():
        mapped = table[cps]
    else:
        mapped[bmp] = table[cps[bmp]]
    keep = mapped != _DROP
    has_multi = bool(multi) and bool((mapped == _MULTI).any())
    idx = np.flatnonzero(keep) if (want_offsets or has_multi) else None
    out = mapped[keep]

    if has_multi:
        # Rare path: ligatures such as ﻻ or ﷲ expand to several letters.
        pieces, src = [], []
        for raw_i, cp in zip(idx.tolist(), out.tolist()):
            if cp == _MULTI:
                rep = multi[int(cps[raw_i])]
                pieces.extend(ord(c) for c in rep)
                src.extend([raw_i] * len(rep))
            else:
                pieces.append(cp)
                src.append(raw_i)
        out = np.asarray(pieces, dtype=np.uint32)
        idx = np.asarray(src, dtype=np.int64)

    # Insert a space wherever an Arabic letter touches a Latin letter or digit.
    if len(out) > 1:
        c = np.where(out < 0x10000, cls[np.minimum(out, 0xFFFF)], _CLS_OTHER)
        left, right = c[:-1], c[1:]
        boundary = ((left == _CLS_ARABIC) & (right == _CLS_LATIN)) | (
            (left == _CLS_LATIN) & (right == _CLS_ARABIC)
        )
        pos = np.flatnonzero(boundary) + 1
    else:
        pos = np.empty(0, dtype=np.int64)
    if len(pos):
        out = np.insert(out, pos, ord(" "))

    if not want_offsets:
        return _decode(out), None, None

    if idx is None:
        idx = np.arange(n, dtype=np.int64)
    starts = idx.astype(np.int64)
    ends = starts + 1
    if len(idx) < n:
        # Extend each character's raw span over the dropped marks that follow it,
        # so a word's raw span keeps its final diacritic or tatweel.
        raw_cls = np.where(bmp, cls[np.minimum(cps, 0xFFFF)], _CLS_OTHER)
        not_mark = np.flatnonzero(raw_cls != _CLS_MARK)
        nxt = np.searchsorted(not_mark, ends)
        ends = np.where(nxt < len(not_mark), not_mark[np.minimum(nxt, len(not_mark) - 1)], n)
    if len(pos):
        # An inserted space owns the empty raw span at its boundary.
        at = starts[pos]
        starts = np.insert(starts, pos, at)
        ends = np.insert(ends, pos, at)
    return _decode(out), starts, ends


def normalize(text: str) -> str:
    """Normalize Arabic text for matching (see module docstring).

    Args:
        text: any string; it is not modified.

    Returns:
        The normalized string. ``normalize(normalize(t)) == normalize(t)``.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes a str, not {type(text).__name__}")
    if not text:
        return ""
    return _apply(text, want_offsets=False)[0]


def normalize_with_offsets(raw: str) -> Normalized:
    """Normalize ``raw`` and keep, for every output character, its raw span.

    Args:
        raw: the original text; it is kept as is in the result.

    Returns:
        A :class:`Normalized` whose ``text`` equals ``normalize(raw)``.
    """
    if not isinstance(raw, str):
        raise TypeError(f"normalize_with_offsets() takes a str, not {type(raw).__name__}")
    if not raw:
        empty = np.empty(0, dtype=np.int64)
        return Normalized(raw, "", empty, empty)
    text, starts, ends = _apply(raw, want_offsets=True)
    return Normalized(raw, text, starts, ends)
