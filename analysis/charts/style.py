"""The project's chart style: fonts, sizes, colours, label language, source line.

Use ``with chart_style("ar"):`` around figure creation, or ``plt.style.use(style_params())``.
Nothing changes matplotlib's global state at import time.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from analysis.charts.fonts import font_chain
from analysis.charts.shaping import chart_text

LANGS = ("ar", "en")
#: Colour-blind-safe palette (Okabe–Ito), first colour for the main series.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442")
INK, MUTED, GRID = "#222222", "#666666", "#DDDDDD"
SAVE_DPI = 200
SOURCE_WIDTH = 120  # characters per source line
SOURCE_PREFIX = {"ar": "المصدر: ", "en": "Source: "}

#: rcParams that also matter when a figure is drawn or saved, not only when it is built.
#: Use `render_params`, which leaves out those the installed matplotlib does not have.
RENDER_PARAMS = {
    "text.hinting": "no_hinting",  # glyph positions as laid out, same as in the SVG paths
    "svg.fonttype": "path",  # SVG text as outlines: right glyphs without the font
    "svg.hashsalt": "ai-funding-arabic",  # stable SVG ids
    "savefig.dpi": SAVE_DPI,
    "font.enable_last_resort": True,  # matplotlib >= 3.11 only: tofu shows as a box
}


def supported_params(params: Mapping[str, object]) -> dict:
    """The entries of *params* that the installed matplotlib knows as rcParams.

    matplotlib 3.8 to 3.10 raise KeyError for a newer key (``font.enable_last_resort``
    came with 3.11), so the style asks ``matplotlib.rcParams`` instead of the version.
    """
    import matplotlib as mpl

    return {key: value for key, value in params.items() if key in mpl.rcParams}


def render_params() -> dict:
    """`RENDER_PARAMS` that this matplotlib has, for ``rc_context`` around drawing."""
    return supported_params(RENDER_PARAMS)


def check_lang(lang: str) -> str:
    """Return *lang* if it is ``"ar"`` or ``"en"``; raise ValueError otherwise."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    return lang


def pick_lang(text: str | Mapping[str, str], lang: str) -> str:
    """The label text for *lang*: a plain string as is, or ``text[lang]`` from a mapping.

    Args:
        text: ``"…"`` or ``{"ar": "…", "en": "…"}``.
        lang: ``"ar"`` or ``"en"``.
    """
    return text[check_lang(lang)] if isinstance(text, Mapping) else str(text)


def label(text: str | Mapping[str, str], lang: str) -> str:
    """`pick_lang` then `chart_text`, right-to-left for Arabic charts."""
    return chart_text(pick_lang(text, lang), rtl=lang == "ar")


def style_params(lang: str = "ar", arabic_font: str | None = None) -> dict:
    """rcParams of the project style (registers the PyPI fonts).

    Args:
        lang: ``"ar"`` or ``"en"``: which font leads the fallback chain.
        arabic_font: fontpkg slug of the Arabic font; default the first installed.

    Returns:
        A dict usable with ``matplotlib.rc_context`` or ``matplotlib.style.use``, holding
        only rcParams the installed matplotlib has.
    """
    from cycler import cycler

    check_lang(lang)
    return supported_params({
        **RENDER_PARAMS,
        "font.family": font_chain(lang, arabic_font),
        "font.size": 11,
        "axes.titlesize": 15,
        "axes.titleweight": "normal",
        "axes.titlelocation": "right" if lang == "ar" else "left",
        "axes.titlepad": 12,
        "axes.labelsize": 11,
        "axes.labelcolor": MUTED,
        "axes.edgecolor": MUTED,
        "axes.prop_cycle": cycler(color=list(PALETTE)),
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "grid.color": GRID,
        "xtick.color": MUTED,
        "ytick.color": MUTED,
        "xtick.labelcolor": INK,
        "ytick.labelcolor": INK,
        "xtick.labelsize": 10,
        "ytick.labelsize": 10,
        "legend.frameon": False,
        "legend.fontsize": 10,
        "text.color": INK,
        "figure.figsize": (8.0, 4.8),
        "figure.dpi": 100,
        "figure.facecolor": "white",
        "figure.constrained_layout.use": True,
        "savefig.facecolor": "white",
    })


@contextmanager
def chart_style(lang: str = "ar", arabic_font: str | None = None) -> Iterator[dict]:
    """Context manager applying `style_params` with ``matplotlib.rc_context``.

    Yields:
        The rcParams dict in force.
    """
    import matplotlib as mpl

    params = style_params(lang, arabic_font)
    with mpl.rc_context(params):
        yield params


def add_source_line(fig, text: str | Mapping[str, str], *, lang: str = "ar"):
    """Write "Source: …" under the chart, naming the articles the data come from.

    Reserves room at the bottom of a constrained layout and aligns the line with the
    reading direction (right for Arabic).

    Args:
        fig: a matplotlib Figure.
        text: article names, as a string or ``{"ar": …, "en": …}``.
        lang: ``"ar"`` or ``"en"``.

    Returns:
        The ``Text`` artist.
    """
    body = textwrap.fill(SOURCE_PREFIX[check_lang(lang)] + pick_lang(text, lang), SOURCE_WIDTH)
    x, ha = (0.99, "right") if lang == "ar" else (0.01, "left")
    artist = fig.text(
        x, 0.012, label(body, lang), ha=ha, ma=ha, va="bottom", fontsize=8, color=MUTED
    )
    engine = fig.get_layout_engine()
    if engine is not None and hasattr(engine, "set") and "rect" in engine.get():
        lines = body.count("\n") + 1
        engine.set(rect=(0, 0.035 + 0.03 * lines, 1, 1 - 0.035 - 0.03 * lines))
    return artist
