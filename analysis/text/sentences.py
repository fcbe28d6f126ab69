"""Sentence and clause splitting for Arabic news text, by raw offsets.

Boundaries: line breaks, ``؟ ? ! .`` and, for clauses, also ``، ؛ ;``. A full
stop is a boundary only when whitespace or the end of the text follows it, so
decimals (``97.4``), URLs and dotted names are kept whole, and not after a single
Latin capital (``X. Ai``, ``J. Smith``). A run of dots (``..`` in headlines, an
ellipsis) does not end a sentence. A full stop glued between two Arabic words
(«وحدها.بينما», a page that lost its space) ends a sentence too, unless a word on
either side is a Latin letter spelled in Arabic (``name_initials`` in
``data/entity_cues.json``): «أوبن إيه.آي», «إيه.إم.دي», «تشات جي.بي.تي» are names.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from analysis.text.normalize import normalize

_DATA = Path(__file__).resolve().parents[1] / "data"

# Every branch begins with a literal character, so ``re`` can skip straight to the
# characters that may end a sentence (a charset prefix) instead of trying every
# branch at every position; the lookbehinds that qualify a full stop therefore
# come after it and look back over it. ``re`` finds that prefix only when each
# branch starts with one literal character (a class such as ``(?:؟|\?|!)`` hides
# it), so the three marks are three branches.
_SENTENCE_END = re.compile(
    r"""
    \n\n*                                 # a line break always ends a sentence
    | ؟ [؟?!]* ["'”»)\]]* (?=\s|$)         # question and exclamation marks
    | \? [؟?!]* ["'”»)\]]* (?=\s|$)
    | ! [؟?!]* ["'”»)\]]* (?=\s|$)
    | \. (?: (?<![A-Z]\.) | (?<=[A-Za-z][A-Z]\.) )  # a full stop, not after a lone capital
      (?<!\.\.)(?!\.) ["'”»)\]]* (?=\s|$)      # nor a run of dots, followed by space or the end
    | \. (?<=[A-Z]\.) ["'”»)\]]*            # after a lone capital only when no Latin
      (?=\s|$) (?!\s+[A-Za-z])               # word follows: "X. Ai" and "J. Smith" stay
    | \. (?<=[\u0621-\u0652]{2}\.) (?=[\u0621-\u064A]{2})  # glued between Arabic words (see _glued)
    """,
    re.VERBOSE,
)
_CLAUSE_END = re.compile(_SENTENCE_END.pattern + r"| ، | ؛ | ;", re.VERBOSE)


_ARABIC_WORD_BEFORE = re.compile(r"[\u0621-\u0652]+$")
_ARABIC_WORD_AFTER = re.compile(r"[\u0621-\u064A]+")


@cache
def _initials() -> frozenset[str]:
    spec = json.loads((_DATA / "entity_cues.json").read_text(encoding="utf-8"))
    return frozenset(normalize(w) for w in spec["name_initials"])


def _glued(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot``, with Arabic letters on both sides, ends a
    sentence: neither word is a letter spelled out («إيه.آي» is a name)."""
    before = _ARABIC_WORD_BEFORE.search(text, max(0, dot - 20), dot)
    after = _ARABIC_WORD_AFTER.match(text, dot + 1)
    initials = _initials()
    return normalize(before.group()) not in initials and normalize(after.group()) not in initials


def _spans(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.group() == "." and m.end() < len(text) and not text[m.end()].isspace() \
                and "\u0621" <= text[m.end()] <= "\u064a" and not _glued(text, m.start()):
            continue
        end = m.end() if m.group().strip() else m.start()
        _add(text, pos, end, spans)
        pos = m.end()
    _add(text, pos, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    # Trim surrounding whitespace so a span is exactly the sentence.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``.

    Args:
        text: raw or normalized text; offsets refer to it.

    Returns:
        Non-overlapping, ordered spans with no leading or trailing whitespace.
    """
    return _spans(text, _SENTENCE_END)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Like :func:`sentence_spans` but also splitting at ``، ؛ ;``."""
    return _spans(text, _CLAUSE_END)


def split_sentences(text: str, clauses: bool = False) -> list[str]:
    """Split ``text`` into sentences (or clauses) as strings."""
    spans = clause_spans(text) if clauses else sentence_spans(text)
    return [text[a:b] for a, b in spans]
