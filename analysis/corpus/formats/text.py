"""Plain-text articles (``.txt``): the decoded file, exactly."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from analysis.corpus.decode import read_text
from analysis.corpus.formats import Doc


@cache
def _markup() -> re.Pattern:
    # ``<\s*(script|iframe|img|object|embed|svg|style|a\s)|javascript:|\bon\w+\s*=``, any case.
    # The pattern begins with one character class (each branch then checks which character it
    # was), so ``re`` skips straight to a <, j or o instead of trying each position.
    return re.compile(r"[<jJoO](?:(?<=<)\s*(?i:script|iframe|img|object|embed|svg|style|a\s)|(?<=[jJ])(?i:avascript:)"
                      r"|(?<=[oO])(?<!\w[oO])[nN]\w+\s*=)")


def read(path: Path, encoding: str, max_bytes: int | None) -> list[Doc]:
    """One article: the file's text, byte-exact after decoding.

    Raises:
        CorpusError: missing, too large, binary, undecodable or empty file.
    """
    raw = read_text(path, encoding, max_bytes)
    return [Doc(raw=raw, markup=bool(_markup().search(raw)))]
