"""Check drawn chart text against an independent reference: python-bidi + HarfBuzz.

`drawn_texts` draws a figure with Agg and records every string and the glyphs matplotlib
actually drew (glyph id, x, y in pixels). `reference_glyphs` shapes the same logical string
without matplotlib: bidi levels from python-bidi (its full UBA), runs ordered by rule L2,
one font per character (first in the chain that has it), each run shaped with uharfbuzz.
`figure_text_problems` compares the two for every string; an empty list means all is well.

Needs ``uharfbuzz`` (test extra) and matplotlib >= 3.11 internals (Agg's glyph drawing);
on a matplotlib that does not shape, compare nothing and rely on `shaping.chart_text`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .shaping import PRESENTATION_FORM_RE, has_arabic

LAST_RESORT = "LastResortHE-Regular.ttf"
LEVEL_RE = re.compile(r"Level\(\s*(\d+),?\s*\)")


@dataclass(frozen=True)
class Glyph:
    """One positioned glyph: font file name, glyph id, pen x and y offset in pixels."""

    font: str
    gid: int
    x: float
    y: float


@dataclass(frozen=True)
class DrawnText:
    """A string as matplotlib drew it, with what is needed to redo its layout."""

    text: str
    font_paths: tuple[str, ...]
    size: float
    dpi: float
    language: str | None
    glyphs: tuple[Glyph, ...]


def bidi_levels(text: str) -> list[int]:
    """Resolved bidi level of each character of one line, rule L1 applied.

    Uses python-bidi's full UBA (``get_display(..., debug=True)`` returns its levels, one per
    UTF-8 byte), which includes the bracket-pair rule N0.
    """
    from bidi import get_display

    info = get_display(text, debug=True)
    per_byte = [int(n) for n in LEVEL_RE.findall(info.split("levels:")[1].split("paragraphs:")[0])]
    paragraph = int(LEVEL_RE.search(info.split("paragraphs:")[1]).group(1))
    levels, offset = [], 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode())
    trailing = True  # L1: separators and trailing whitespace take the paragraph level
    for i in range(len(text) - 1, -1, -1):
        kind = unicodedata.bidirectional(text[i])
        if kind in ("S", "B"):
            levels[i], trailing = paragraph, True
        elif trailing and kind in ("WS", "BN", "FSI", "LRI", "RLI", "PDI"):
            levels[i] = paragraph
        else:
            trailing = False
    return levels


def visual_order(levels: list[int]) -> list[int]:
    """Logical indices in visual (left-to-right) order, by rule L2."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


def bidi_visual_runs(text: str) -> list[tuple[int, int, int]]:
    """Level runs of one logical line in visual order, resolved by python-bidi.

    Returns:
        ``[(start, end, level), …]``: logical ``text[start:end]`` per run, left to right.
    """
    levels = bidi_levels(text)
    runs: list[list[int]] = []
    for index in visual_order(levels):
        level = levels[index]
        if runs and runs[-1][2] == level and index == runs[-1][3] + (-1 if level % 2 else 1):
            runs[-1][3] = index
            runs[-1][0], runs[-1][1] = min(runs[-1][0], index), max(runs[-1][1], index + 1)
        else:
            runs.append([index, index + 1, level, index])
    return [(start, end, level) for start, end, level, _ in runs]


@cache
def _hb_face(path: str):
    import uharfbuzz as hb

    return hb.Face(hb.Blob.from_file_path(path))


def _hb_font(path: str, size: float, dpi: float):
    import uharfbuzz as hb

    font = hb.Font(_hb_face(path))
    # FreeType's FT_Set_Char_Size: size in whole 1/64 points, integer dpi, rounded to 26.6 px.
    scale = (int(size * 64) * int(dpi) + 36) // 72
    font.scale = (scale, scale)
    return font


def _split_by_font(start: int, end: int, fonts: list[int]) -> list[tuple[int, int]]:
    pieces = []
    for i in range(start, end):
        if pieces and fonts[pieces[-1][1] - 1] == fonts[i]:
            pieces[-1] = (pieces[-1][0], i + 1)
        else:
            pieces.append((i, i + 1))
    return pieces


def reference_glyphs(
    text: str, font_paths: tuple[str, ...], size: float, dpi: float, language: str | None = None
) -> list[Glyph]:
    """HarfBuzz layout of the bidi-resolved runs of a logical line, left to right.

    Args:
        text: the logical string (one line).
        font_paths: font files in fallback order; each character uses the first that has it.
        size: font size in points; dpi: resolution.
        language: BCP 47 language tag for shaping, or None.

    Returns:
        Glyphs with x = pen position + x offset and y = y offset, in pixels.
    """
    import uharfbuzz as hb

    fonts = [_hb_font(p, size, dpi) for p in font_paths]
    choice = [
        next((k for k, f in enumerate(fonts) if f.get_nominal_glyph(ord(c))), 0) for c in text
    ]
    codepoints = [ord(c) for c in text]
    pen, glyphs = 0, []
    for start, end, level in bidi_visual_runs(text):
        pieces = _split_by_font(start, end, choice)
        for lo, hi in reversed(pieces) if level % 2 else pieces:
            buf = hb.Buffer()
            buf.add_codepoints(codepoints, lo, hi - lo)
            buf.direction = "rtl" if level % 2 else "ltr"
            if language:
                buf.language = language
            buf.guess_segment_properties()
            hb.shape(fonts[choice[lo]], buf)
            name = Path(font_paths[choice[lo]]).name
            for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
                glyphs.append(Glyph(name, info.codepoint, (pen + pos.x_offset) / 64, pos.y_offset / 64))
                pen += pos.x_advance
    return glyphs


def font_paths_for(prop) -> tuple[str, ...]:
    """The font files matplotlib falls back through for a FontProperties."""
    from matplotlib import font_manager

    found = font_manager.fontManager._find_fonts_by_props(prop)
    return tuple(str(getattr(p, "path", p)) for p in found)


def drawn_texts(fig) -> list[DrawnText]:
    """Draw *fig* with Agg (in the chart render params) and record every string drawn.

    Returns:
        One `DrawnText` per line of text drawn (mathtext is skipped), in drawing order.
    """
    import matplotlib as mpl
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from .style import render_params

    old_canvas = fig.canvas
    renderer = FigureCanvasAgg(fig).get_renderer()
    draw_text = renderer.draw_text
    draw_glyphs = getattr(renderer, "_draw_text_glyphs_and_boxes", None)
    records, current = [], []

    def record_text(gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath:
            return draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
        current.clear()
        draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
        language = mtext.get_language() if mtext is not None else None
        records.append(
            DrawnText(s, font_paths_for(prop), prop.get_size_in_points(), renderer.dpi,
                      language if isinstance(language, str) else None, tuple(current))
        )

    def record_glyphs(gc, x, y, angle, glyphs, boxes):
        glyphs = list(glyphs)
        current.extend(
            Glyph(Path(font.fname).name, gid, dx, dy) for font, _, gid, _, _, dx, dy in glyphs
        )
        return draw_glyphs(gc, x, y, angle, glyphs, boxes)

    renderer.draw_text = record_text
    if draw_glyphs is not None:  # matplotlib >= 3.11; older Agg draws whole strings
        renderer._draw_text_glyphs_and_boxes = record_glyphs
    try:
        with mpl.rc_context(render_params()):
            fig.draw(renderer)
    finally:
        vars(renderer).pop("draw_text", None)
        vars(renderer).pop("_draw_text_glyphs_and_boxes", None)
        fig.set_canvas(old_canvas)
    return records


def text_problems(drawn: DrawnText, *, shaping: bool = True) -> list[str]:
    """What is wrong with one drawn string; empty if nothing.

    Checks: no tofu (.notdef, glyph 0, or the Last Resort font); with *shaping*, no Arabic
    presentation forms in the string and glyph ids, x and y equal to `reference_glyphs`.
    """
    problems = []
    where = f"{drawn.text!r}"
    if any(g.gid == 0 or g.font == LAST_RESORT for g in drawn.glyphs):
        problems.append(f"{where}: tofu (.notdef or Last Resort glyph) drawn")
    if not shaping:
        return problems
    if PRESENTATION_FORM_RE.search(drawn.text):
        problems.append(f"{where}: Arabic presentation forms sent to a shaping matplotlib")
    expected = reference_glyphs(
        drawn.text, drawn.font_paths, drawn.size, drawn.dpi, drawn.language
    )
    got = list(drawn.glyphs)
    if [(g.font, g.gid) for g in got] != [(g.font, g.gid) for g in expected]:
        problems.append(
            f"{where}: glyphs {[g.gid for g in got]} != reference {[g.gid for g in expected]}"
        )
    elif any(abs(a.x - b.x) > 1e-6 or abs(a.y - b.y) > 1e-6 for a, b in zip(got, expected)):
        moved = [(a.gid, a.x, b.x) for a, b in zip(got, expected) if abs(a.x - b.x) > 1e-6]
        problems.append(f"{where}: positions differ from reference (gid, got x, ref x): {moved}")
    return problems


def figure_text_problems(fig, *, arabic_only: bool = False) -> list[str]:
    """Compare every string drawn in *fig* with the reference; empty list means all match.

    Args:
        fig: a matplotlib Figure.
        arabic_only: check only strings that contain Arabic.

    Returns:
        Human-readable problems, one per faulty string.
    """
    from .shaping import matplotlib_shapes_arabic

    shaping = matplotlib_shapes_arabic()
    problems = []
    for drawn in drawn_texts(fig):
        if drawn.text.strip() and (has_arabic(drawn.text) or not arabic_only):
            problems.extend(text_problems(drawn, shaping=shaping))
    return problems
