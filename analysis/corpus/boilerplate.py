"""Site furniture in an article's text (share buttons, ads, source lines), as spans.

Extraction blanks these spans (:func:`mask_spans`), so its offsets stay offsets into
the article's ``raw`` text while nothing inside the furniture is reported.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parents[1] / "data"


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> list[re.Pattern]:
    spec = json.loads((_DATA / "boilerplate.json").read_text(encoding="utf-8"))
    cues = _byline_cues()
    return [re.compile(p.replace("{byline_colon}", cues["colon"]).replace("{byline_bare}", cues["bare"]), re.MULTILINE)
            for p in spec["patterns"]]


def _byline_cues() -> dict[str, str]:
    """The byline words of ``data/entity_cues.json`` (``byline_cues``, the package's one list
    of them, also read by the names finder and the furniture rules) as two alternations of
    the words as printed, longest first: those that need a separator after them to mask a
    line («كتب: ...») and those that need none («بقلم ...»)."""
    words = json.loads((_DATA / "entity_cues.json").read_text(encoding="utf-8"))["byline_cues"]
    alt = lambda kind: "|".join(re.escape(w) for w in sorted((w for w, k in words.items() if k == kind),  # noqa: E731
                                                             key=lambda w: (-len(w), w)))
    return {"colon": alt("colon"), "bare": alt("bare")}


@lru_cache(maxsize=1)
def _line_finders() -> list[re.Pattern | None]:
    """For each pattern that can only match at a line start (``^`` first, no top-level
    ``|``), the same pattern after a line break: ``re`` finds that literal ``\n`` fast,
    instead of trying the pattern at every position; None for the others."""
    from re import _parser  # the parse tree tells a leading ^ from «^a|b»

    out: list[re.Pattern | None] = []
    for p in _boilerplate_patterns():
        tree = _parser.parse(p.pattern, p.flags)
        anchored = bool(tree.data) and tree.data[0] == (_parser.AT, _parser.AT_BEGINNING)
        out.append(re.compile("\n(?:" + p.pattern + ")", p.flags) if anchored else None)
    return out


def _finditer_spans(p: re.Pattern, line: re.Pattern | None, text: str) -> list[tuple[int, int]]:
    """The spans of ``p.finditer(text)``; with ``line`` (``p`` after a line break),
    found by trying ``p`` only at the line starts where ``line`` says it matches."""
    if line is None:
        return [m.span() for m in p.finditer(text)]
    starts = [0]
    m = line.search(text)
    while m is not None:
        starts.append(m.start() + 1)
        m = line.search(text, m.start() + 1)
    out: list[tuple[int, int]] = []
    pos = 0
    for ls in starts:  # finditer's scan: the leftmost match, then on from its end
        if ls < pos:
            continue
        hit = p.match(text, ls)
        if hit is not None:
            if hit.end() == ls:  # an empty match: finditer's rules for what follows it
                return [m.span() for m in p.finditer(text)]
            out.append(hit.span())
            pos = hit.end()
    return out


def boilerplate_spans(raw: str) -> list[tuple[int, int]]:
    """Spans of ``raw`` that are site furniture, not article text.

    Share buttons, ad markers, comment counters, site headers, newsletter
    blurbs and the trailing source line; the rules are regexes in
    ``data/boilerplate.json``.

    Args:
        raw: an article's text.

    Returns:
        Sorted, merged ``(start, end)`` spans.
    """
    # Python's ``$`` matches only before "\n": give CRLF lines a same-length "\n\n" ending
    # so the line patterns match them too, with offsets that are still offsets into raw.
    probe = raw.replace("\r\n", "\n\n")
    spans = sorted(span for p, line in zip(_boilerplate_patterns(), _line_finders())
                   for span in _finditer_spans(p, line, probe))
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if a == b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def mask_spans(raw: str, spans: list[tuple[int, int]], fill: str = "\n") -> str:
    """``raw`` with each span overwritten by ``fill`` characters, same length.

    Extraction runs on this masked text, so its offsets are offsets into ``raw``
    while nothing inside boilerplate is reported.
    """
    parts, pos = [], 0
    for a, b in spans:
        parts.append(raw[pos:a])
        parts.append(fill * (b - a))
        pos = b
    parts.append(raw[pos:])
    return "".join(parts)


def body_of(raw: str, spans: list[tuple[int, int]] | None = None) -> str:
    """The article text without boilerplate, blank lines collapsed."""
    spans = boilerplate_spans(raw) if spans is None else spans
    text = mask_spans(raw, spans).replace("\r\n", "\n")
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()
