"""The one door for chart strings: shape Arabic ourselves only if matplotlib does not.

matplotlib >= 3.11 shapes and reorders complex text itself (libraqm), so it must receive
logical strings; older matplotlib needs ``get_display(arabic_reshaper.reshape(s))``.
`matplotlib_shapes_arabic` probes what the installed matplotlib actually does.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
PRESENTATION_FORM_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
RLM, LRM = "\u200f", "\u200e"
_BEH, _ALEF = "\u0628", "\u0627"


def has_arabic(s: str) -> bool:
    """True if *s* contains an Arabic letter, mark, digit or presentation form."""
    return ARABIC_RE.search(s) is not None


def fold_presentation_forms(s: str) -> str:
    """Replace Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFC) by their base letters.

    Args:
        s: text, assumed to be in logical order.

    Returns:
        *s* with each presentation form replaced by its NFKC decomposition.
    """
    return PRESENTATION_FORM_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), s)


def _glyph_id(item) -> int:
    """Glyph index of a matplotlib layout item (3.11: glyph_index; older: glyph_idx)."""
    return item.glyph_index if hasattr(item, "glyph_index") else item.glyph_idx


def probe_layout(text: str) -> list[tuple[int, float]]:
    """(glyph id, x) pairs that the installed matplotlib lays out for *text*, in drawing order.

    Uses the project's Arabic font and matplotlib's own text layout helper.
    """
    from matplotlib import _text_helpers, font_manager

    from analysis.charts.fonts import arabic_font_path

    font = font_manager.get_font(str(arabic_font_path()))
    font.set_size(12, 72)
    return [(_glyph_id(item), item.x) for item in _text_helpers.layout(text, font)]


@cache
def matplotlib_shapes_arabic() -> bool:
    """Whether the installed matplotlib shapes *and* reorders Arabic itself.

    Probes the layout instead of reading the version: ``"بب"`` must not come out as two
    nominal (isolated) beh glyphs, and in ``"اب"`` the alef (logically first) must not be
    drawn leftmost.

    Returns:
        True for a shaping matplotlib (pass logical strings), False otherwise.
    """
    from matplotlib import font_manager

    from analysis.charts.fonts import arabic_font_path

    font = font_manager.get_font(str(arabic_font_path()))
    nominal_beh = font.get_char_index(ord(_BEH))
    contextual = [g for g, _ in probe_layout(_BEH * 2)] != [nominal_beh, nominal_beh]
    leftmost, _ = min(probe_layout(_ALEF + _BEH), key=lambda glyph: glyph[1])
    return contextual and leftmost != font.get_char_index(ord(_ALEF))


def visual_line(line: str, rtl: bool | None = None) -> str:
    """The old recipe for one line: reshape to presentation forms, then visual order.

    Args:
        line: one logical line.
        rtl: paragraph direction; None takes it from the first strong character.
    """
    import arabic_reshaper
    from bidi import get_display

    base = None if rtl is None else ("R" if rtl else "L")
    # Once in visual order, the bidi marks (RLM, LRM, ALM) have done their work; matplotlib
    # before 3.11 would draw them as glyphs.
    return _BIDI_MARKS.sub("", get_display(arabic_reshaper.reshape(line), base_dir=base))


_BIDI_MARKS = re.compile("[\u200e\u200f\u061c]")


def _chart_line(line: str, rtl: bool | None, shaping: bool) -> str:
    line = fold_presentation_forms(line)
    if not has_arabic(line):
        return line
    if not shaping:
        return visual_line(line, rtl)
    mark = {True: RLM, False: LRM, None: ""}[rtl]
    return mark + line


def chart_text(s: object, *, rtl: bool | None = None, shaping: bool | None = None) -> str:
    """Prepare any string for matplotlib: every chart label goes through here, once.

    On a shaping matplotlib the logical text is kept (an RLM/LRM mark fixes the paragraph
    direction when *rtl* is given); otherwise it is reshaped and put in visual order.
    Presentation forms in the input are folded to base letters first, and dollar signs are
    escaped so that amounts like ``$6B … $2B`` are not parsed as mathtext.

    Args:
        s: the label (converted with ``str``); lines split at ``"\\n"`` are handled apart.
        rtl: True forces a right-to-left paragraph (Arabic charts), False left-to-right,
            None takes the first strong character. Lines without Arabic are left alone.
        shaping: override the detection (`matplotlib_shapes_arabic`); for tests.

    Returns:
        The string to hand to matplotlib.
    """
    if shaping is None:
        shaping = matplotlib_shapes_arabic()
    lines = str(s).split("\n")
    return "\n".join(_chart_line(line, rtl, shaping) for line in lines).replace("$", r"\$")
