"""Offset-preserving Arabic normalization.

Every normalized character remembers which raw character it came from, so a span
found in normalized text maps back to the exact span of the raw article
(``Normalized.raw_span``). The rules are data (``data/charmap.json``) a user can
read and extend, compiled into a lookup table over the code points and applied by
numpy, a few vectorized passes over the whole string.

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
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

_DATA = Path(__file__).resolve().parents[1] / "data"

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
def _spec() -> dict:
    """``data/charmap.json``, read once."""
    return json.loads((_DATA / "charmap.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray, dict[int, str]]:
    """Build (map table, class table, multi-char expansions) once, lazily."""
    spec = _spec()
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


@lru_cache(maxsize=1)
def _raw_letters() -> tuple[str, dict[str, str]]:
    """The regex of a run of characters normalization drops, and for each letter others
    map to, the class of itself and those raw characters (``data/charmap.json``)."""
    spec = _spec()
    dropped = f"[{''.join(re.escape(chr(cp)) for cp in _ranges(spec['drop']))}]*"
    variants: dict[str, set[str]] = {}
    for src, dst in spec["map"].items():
        variants.setdefault(dst, {dst}).add(chr(int(src, 16)))
    return dropped, {c: f"[{''.join(sorted(v))}]" for c, v in variants.items() if len(c) == 1}


@lru_cache(maxsize=1)
def folded_letters() -> dict[str, str]:
    """Each letter :func:`normalize` folds into another (``data/charmap.json`` 'map'): «أ إ آ» → «ا»,
    «ى» → «ي», the Persian letters → the Arabic ones news writes for them."""
    return {chr(int(src, 16)): dst for src, dst in _spec()["map"].items() if dst.isalpha()}


def dropped_run() -> str:
    """A regex for a run (maybe empty) of characters :func:`normalize` drops: vowel marks,
    tatweel, invisible marks."""
    return _raw_letters()[0]


def raw_atoms(word: str) -> list[str]:
    """``word`` as regex atoms (:func:`analysis.text.patterns.trie_regex`) matching the raw
    text that normalizes to its normalized form: each letter itself or any character
    ``data/charmap.json`` maps to it, then a :func:`dropped_run`. Presentation forms aside.
    For a word list searched in raw text without normalizing the text."""
    dropped, letters = _raw_letters()
    return [letters.get(c, re.escape(c)) + dropped for c in normalize(word)]


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, for each of its characters, the raw span it came from.

    ``starts[i]:ends[i]`` is the raw span of normalized character ``i``; an
    inserted space has an empty span at the boundary it was inserted at. The offsets
    are int32 arrays (int64 for texts over 2**30 characters).
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


# The kernel works on UTF-16 code units (uint16) when it can: half the memory traffic of
# UTF-32, and a str of Arabic text encodes to it with a plain copy. The narrow table uses
# U+FFFF / U+FFFE as its drop / expand markers, so text holding those two noncharacters,
# lone surrogates, or (for offsets) characters outside the BMP, takes the UTF-32 path.
_DROP16 = 0xFFFF
_MULTI16 = 0xFFFE


@lru_cache(maxsize=1)
def _narrow_tables() -> tuple[np.ndarray, np.ndarray]:
    """(uint16 map table with the narrow markers, bool table of dropped marks)."""
    table, cls, _ = _tables()
    narrow = table.astype(np.uint16)  # every mapped value is a BMP code point
    narrow[table == _DROP] = _DROP16
    narrow[table == _MULTI] = _MULTI16
    return narrow, cls == _CLS_MARK


def _code_units(text: str, want_offsets: bool) -> tuple[np.ndarray, bool]:
    """The text as uint16 UTF-16 code units if the narrow path applies, else uint32."""
    if "\uffff" not in text and "\ufffe" not in text:
        try:
            data = text.encode("utf-16-le")  # strict: lone surrogates go the wide way
        except UnicodeEncodeError:
            data = None
        # Offsets index str characters, so they need one code unit per character.
        if data is not None and (not want_offsets or len(data) == 2 * len(text)):
            return np.frombuffer(data, dtype=np.uint16), True
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32), False


def _span_ends(keep: np.ndarray, idx: np.ndarray, is_mark: np.ndarray, n: int) -> np.ndarray:
    """Raw end of each kept character: its span runs over the dropped marks after it,
    so a word's raw span keeps its final diacritic or tatweel."""
    if len(idx) == n:
        return idx + 1
    if (keep | is_mark).all():
        # Every dropped character is a mark: a span runs to the next kept character.
        ends = np.empty_like(idx)
        ends[:-1] = idx[1:]
        ends[-1:] = n
        return ends
    not_mark = np.flatnonzero(~is_mark)  # kept characters are never marks
    return np.append(not_mark, n)[np.flatnonzero(keep[not_mark]) + 1]


def _expand(out, idx, ends, cps, multi, marker):
    """Expand ligatures such as ﻻ or ﷲ into several letters, all with the ligature's span."""
    is_multi = out == marker
    reps = [multi[int(cp)] for cp in cps[idx[is_multi]]]
    counts = np.ones(len(out), dtype=np.int64)
    counts[is_multi] = [len(r) for r in reps]
    first = np.cumsum(counts) - counts
    new_out = np.repeat(out, counts)
    fill = np.concatenate([np.arange(f, f + len(r)) for f, r in zip(first[is_multi], reps)])
    new_out[fill] = [ord(c) for r in reps for c in r]
    return new_out, np.repeat(idx, counts), None if ends is None else np.repeat(ends, counts)



def _apply(text: str, want_offsets: bool):
    """(normalized text, raw starts, raw ends); the offsets are None without ``want_offsets``."""
    table, cls, multi = _tables()
    narrow_table, mark_table = _narrow_tables()
    cps, narrow = _code_units(text, want_offsets)
    n = len(cps)
    if narrow:
        mapped = narrow_table.take(cps)
        drop, marker = _DROP16, _MULTI16
        low = cps
    else:
        low = np.minimum(cps, 0xFFFF)  # U+FFFF is in no class and maps to itself
        mapped = table.take(low)
        astral = cps > 0xFFFF
        mapped[astral] = cps[astral]
        drop, marker = _DROP, _MULTI
    keep = mapped != drop
    n_keep = int(np.count_nonzero(keep))
    out = mapped if n_keep == n else mapped[keep]
    # After the drop, only a ligature marker can reach U+FFFE in the narrow path.
    has_multi = bool(multi) and len(out) > 0 and bool(
        out.max() >= marker if narrow else (out == marker).any()
    )

    idx = ends = None
    if want_offsets or has_multi:
        idx = np.arange(n, dtype=np.int64) if n_keep == n else np.flatnonzero(keep)
    if want_offsets:
        ends = _span_ends(keep, idx, mark_table.take(low) if n_keep < n else None, n)
    if has_multi:
        out, idx, ends = _expand(out, idx, ends, cps, multi, marker)

    # Insert a space wherever an Arabic letter touches a Latin letter or digit. Marks
    # are all dropped by now, so classes are 0, 1 or 2 and only 1 x 2 makes 2.
    if len(out) > 1:
        c = cls.take(out if narrow else np.minimum(out, 0xFFFF))
        pos = np.flatnonzero(c[:-1] * c[1:] == _CLS_ARABIC * _CLS_LATIN) + 1
    else:
        pos = ()
    if len(pos):
        at = pos + np.arange(len(pos))  # where the spaces land in the output
        old = np.ones(len(out) + len(pos), dtype=bool)
        old[at] = False
        out = _insert(out, at, old, ord(" "))
    result = out.tobytes().decode("utf-16-le" if narrow else "utf-32-le", "surrogatepass")

    if not want_offsets:
        return result, None, None
    starts = idx
    if len(pos):
        # An inserted space owns the empty raw span at its boundary.
        boundary = starts[pos]
        starts = _insert(starts, at, old, boundary)
        ends = _insert(ends, at, old, boundary)
    dtype = _offset_dtype(n)
    return result, starts.astype(dtype, copy=False), ends.astype(dtype, copy=False)


def _offset_dtype(n: int) -> type:
    """int32 offsets (half the memory) unless the text is too long for them."""
    return np.int32 if n < 2**30 else np.int64


def _insert(arr: np.ndarray, at: np.ndarray, old: np.ndarray, values) -> np.ndarray:
    """``arr`` with ``values`` placed at output positions ``at`` (``old`` marks the
    others); a lighter ``np.insert`` for sorted positions."""
    res = np.empty(len(old), dtype=arr.dtype)
    res[at] = values
    res[old] = arr
    return res


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
        empty = np.empty(0, dtype=np.int32)
        return Normalized(raw, "", empty, empty)
    text, starts, ends = _apply(raw, want_offsets=True)
    return Normalized(raw, text, starts, ends)
