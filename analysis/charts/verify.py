"""Check drawn chart text against an independent reference: python-bidi + HarfBuzz.

`drawn_texts` draws a figure with Agg and records every string and the glyphs matplotlib
actually drew (glyph id, x, y in pixels). `figure_text_problems` compares them with a
reference for every string; an empty list means all is well. The reference depends on the
path `shaping.chart_text` took:

- matplotlib shapes (3.11+): the string is logical. `reference_glyphs` shapes it without
  matplotlib: bidi levels from python-bidi (its full UBA), runs ordered by rule L2, one
  font per character (first in the chain that has it), each run shaped with uharfbuzz.
- matplotlib does not shape (3.8-3.10): the string is the visual-order, presentation-form
  output of reshape + bidi. `reference_unshaped_glyphs` lays it out with HarfBuzz's
  fallback shaper (character map and advances, no OpenType features: exactly what a
  renderer that does not shape must draw); no letter may be left unreshaped, and
  `joining_problems` checks that every joining form has its partner on the side it joins
  to, which fails for words left in logical order.

Needs ``uharfbuzz`` (test extra).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.charts.shaping import PRESENTATION_FORM_RE, has_arabic

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
    """A string as matplotlib drew it, with what is needed to redo its layout.

    *hinting_factor* is FreeType's horizontal oversampling on matplotlib < 3.11
    (``text.hinting_factor``), None where matplotlib has no such setting in use.
    """

    text: str
    font_paths: tuple[str, ...]
    size: float
    dpi: float
    language: str | None
    glyphs: tuple[Glyph, ...]
    hinting_factor: int | None = None


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


def _scripts(text: str) -> list[str]:
    """Each character's script for shaping runs, as text layout engines itemize it
    (UAX #24): Arabic, Latin, or Common (digits, punctuation, spaces, symbols), a Common
    character taking the script of the letters before it, else of those after it."""
    raw = []
    for ch in text:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\u08a0" <= ch <= "\u08ff" \
                or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff":
            raw.append("Arab")
        elif ch.isalpha():
            raw.append("Latn")
        else:
            raw.append("")
    resolved, last = [], ""
    for s_ in raw:
        last = s_ or last
        resolved.append(last)
    following = ""
    for i in range(len(raw) - 1, -1, -1):  # leading Common characters: the script after them
        following = raw[i] or following
        if not resolved[i]:
            resolved[i] = following
    return resolved


def reference_glyphs(
    text: str, font_paths: tuple[str, ...], size: float, dpi: float, language: str | None = None
) -> list[Glyph]:
    """HarfBuzz layout of the bidi-resolved runs of a logical line, left to right, each
    run split by font and by script.

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
    # A run is shaped per font and per script, as matplotlib's libraqm does: one HarfBuzz
    # call over «٪15 (Microsoft)» would shape the Latin word as Arabic, without its kerning.
    scripts = _scripts(text)
    runs = [(f, sc) for f, sc in zip(choice, scripts)]
    codepoints = [ord(c) for c in text]
    pen, glyphs = 0, []
    for start, end, level in bidi_visual_runs(text):
        pieces = _split_by_font(start, end, runs)
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


def _hb_font_unshaped(path: str, size: float, dpi: float, hinting_factor: int):
    import uharfbuzz as hb

    face = _hb_face(path)
    font = hb.Font(face)
    # matplotlib < 3.11 sets FreeType's char size at hinting_factor x the horizontal dpi
    # (26.6 pixels, rounded as FT_Set_Char_Size does) and divides advances back: scale
    # in 16.16 pixels so that HarfBuzz's advances carry the same precision as FreeType's.
    width = (int(size * 64) * int(dpi) * hinting_factor + 36) // 72
    head = face.reference_table("head").data
    if int.from_bytes(head[16:18], "big") & 8:  # head.flags bit 3 (e.g. DejaVu Sans):
        width = (width + 32) & ~63  # FreeType rounds the ppem to whole pixels
    scale = width * 1024 // hinting_factor
    font.scale = (scale, scale)
    return font


def reference_unshaped_glyphs(
    text: str, font_paths: tuple[str, ...], size: float, dpi: float, hinting_factor: int = 1
) -> list[Glyph]:
    """HarfBuzz layout of a visual-order string drawn left to right without shaping.

    For matplotlib < 3.11, which draws one glyph per character: the string (already
    reshaped to presentation forms and put in visual order) is laid out by HarfBuzz's
    fallback shaper, so glyphs come from the font's character map and advance by its
    metrics, with no OpenType substitution or positioning.

    Args:
        text: the string handed to matplotlib (one line).
        font_paths: font files in fallback order; each character uses the first that has it.
        size: font size in points; dpi: resolution; hinting_factor: see `DrawnText`.

    Returns:
        Glyphs with x = pen position in pixels and y = 0.
    """
    import uharfbuzz as hb

    fonts = [_hb_font_unshaped(p, size, dpi, hinting_factor) for p in font_paths]
    choice = [
        next((k for k, f in enumerate(fonts) if f.get_nominal_glyph(ord(c))), 0) for c in text
    ]
    codepoints = [ord(c) for c in text]
    pen, glyphs = 0, []
    for lo, hi in _split_by_font(0, len(text), choice):
        buf = hb.Buffer()
        buf.add_codepoints(codepoints, lo, hi - lo)
        buf.guess_segment_properties()
        buf.direction = "ltr"  # the string is in visual order already
        hb.shape(fonts[choice[lo]], buf, shapers=["fallback"])
        name = Path(font_paths[choice[lo]]).name
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
            glyphs.append(Glyph(name, info.codepoint, (pen + pos.x_offset) / 65536, 0.0))
            pen += pos.x_advance
    return glyphs


_FORM_SIDES = {  # which side of a glyph in visual order joins its neighbour: (left, right)
    "<isolated>": (False, False),
    "<final>": (False, True),
    "<initial>": (True, False),
    "<medial>": (True, True),
}
_TATWEEL = "\u0640"
#: Arabic letters that have presentation forms (U+0621-064A without the tatweel, U+0640).
LOGICAL_LETTER_RE = re.compile("[\u0621-\u063f\u0641-\u064a]")


def _joining_sides(char: str) -> tuple[bool, bool] | None:
    """(joins left, joins right) of a presentation form or tatweel; None for others."""
    if char == _TATWEEL:
        return True, True
    if not PRESENTATION_FORM_RE.fullmatch(char):
        return None
    return _FORM_SIDES.get(unicodedata.decomposition(char).split(" ")[0], (False, False))


def joining_problems(text: str) -> list[str]:
    """Where a visual-order, presentation-form string breaks Arabic joining.

    An initial or medial form joins on its left, a final or medial form on its right; the
    neighbour on that side must join back. A word left in logical order (or reversed
    twice) ends with an initial form on the left edge, so it is reported.

    Returns:
        One message per broken join, empty if every join has its partner.
    """
    chars = [c for c in text if unicodedata.category(c) != "Mn"]  # marks do not join
    sides = [_joining_sides(c) for c in chars]
    problems = []
    for i, side in enumerate(sides):
        if side is None:
            continue
        left = sides[i - 1] if i > 0 else None
        right = sides[i + 1] if i + 1 < len(sides) else None
        if side[0] != bool(left and left[1]):
            problems.append(f"{chars[i]!r} (U+{ord(chars[i]):04X}) at {i}: left join broken")
        if side[1] != bool(right and right[0]):
            problems.append(f"{chars[i]!r} (U+{ord(chars[i]):04X}) at {i}: right join broken")
    return problems


def font_paths_for(prop) -> tuple[str, ...]:
    """The font files matplotlib falls back through for a FontProperties."""
    from matplotlib import font_manager

    found = font_manager.fontManager._find_fonts_by_props(prop)
    return tuple(str(getattr(p, "path", p)) for p in found)


def _unshaped_layout(renderer, s: str, prop) -> list[Glyph]:
    """Glyphs matplotlib < 3.11 draws for *s*: its own layout, one glyph per character.

    ``_text_helpers.layout`` with the FT2Font that Agg has just drawn with (same size,
    same fallback fonts) is what the vector backends draw (SVG text as paths, PDF), and
    does what Agg's ``FT2Font.set_text`` does in C++: character map with font fallback,
    FreeType kerning, unhinted advances.
    """
    from matplotlib import _text_helpers

    from analysis.charts.shaping import _glyph_id

    font = renderer._prepare_font(prop)
    return [
        Glyph(Path(item.ft_object.fname).name, _glyph_id(item), item.x, 0.0)
        for item in _text_helpers.layout(s, font)
    ]


def drawn_texts(fig) -> list[DrawnText]:
    """Draw *fig* with Agg (in the chart render params) and record every string drawn.

    Returns:
        One `DrawnText` per line of text drawn (mathtext is skipped), in drawing order.
    """
    import matplotlib as mpl
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from analysis.charts.style import render_params

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
        hinting_factor = None
        if draw_glyphs is None:  # matplotlib < 3.11: Agg lays out the string in C++
            current.extend(_unshaped_layout(renderer, s, prop))
            hinting_factor = int(mpl.rcParams["text.hinting_factor"])
        get_language = getattr(mtext, "get_language", None)  # Text.get_language: 3.11+
        language = get_language() if get_language is not None else None
        records.append(
            DrawnText(s, font_paths_for(prop), prop.get_size_in_points(), renderer.dpi,
                      language if isinstance(language, str) else None, tuple(current),
                      hinting_factor)
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


#: Largest x difference (pixels) allowed between matplotlib < 3.11 and HarfBuzz: FreeType
#: and HarfBuzz scale advances with different rounding (measured: about 1e-4 px per line);
#: 1/64 px, one 26.6 unit, is ten times this.
UNSHAPED_TOLERANCE = 2e-3


def text_problems(drawn: DrawnText, *, shaping: bool = True) -> list[str]:
    """What is wrong with one drawn string; empty if nothing.

    Checks: no tofu (.notdef, glyph 0, or the Last Resort font). With *shaping*: no Arabic
    presentation forms in the string and glyph ids, x and y equal to `reference_glyphs`.
    Without: no logical Arabic letters (they would be drawn isolated), every join has its
    partner (`joining_problems`), and glyph ids and x equal to `reference_unshaped_glyphs`
    within `UNSHAPED_TOLERANCE`.
    """
    problems = []
    where = f"{drawn.text!r}"
    if any(g.gid == 0 or g.font == LAST_RESORT for g in drawn.glyphs):
        problems.append(f"{where}: tofu (.notdef or Last Resort glyph) drawn")
    if shaping:
        if PRESENTATION_FORM_RE.search(drawn.text):
            problems.append(f"{where}: Arabic presentation forms sent to a shaping matplotlib")
        expected = reference_glyphs(
            drawn.text, drawn.font_paths, drawn.size, drawn.dpi, drawn.language
        )
        tolerance = 1e-6
    else:
        if LOGICAL_LETTER_RE.search(drawn.text):
            problems.append(f"{where}: logical Arabic letters sent to a non-shaping matplotlib")
        problems.extend(f"{where}: {p}" for p in joining_problems(drawn.text))
        expected = reference_unshaped_glyphs(
            drawn.text, drawn.font_paths, drawn.size, drawn.dpi, drawn.hinting_factor or 1
        )
        tolerance = UNSHAPED_TOLERANCE
    got = list(drawn.glyphs)
    if [(g.font, g.gid) for g in got] != [(g.font, g.gid) for g in expected]:
        problems.append(
            f"{where}: glyphs {[g.gid for g in got]} != reference {[g.gid for g in expected]}"
        )
    elif any(
        abs(a.x - b.x) > tolerance or abs(a.y - b.y) > tolerance for a, b in zip(got, expected)
    ):
        moved = [(a.gid, a.x, b.x) for a, b in zip(got, expected) if abs(a.x - b.x) > tolerance]
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
    from analysis.charts.shaping import matplotlib_shapes_arabic

    shaping = matplotlib_shapes_arabic()
    problems = []
    for drawn in drawn_texts(fig):
        if drawn.text.strip() and (has_arabic(drawn.text) or not arabic_only):
            problems.extend(text_problems(drawn, shaping=shaping))
    return problems
