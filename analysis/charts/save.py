"""Write figures as PNG (>= 150 dpi) and SVG with text as paths, plus a narrow PNG for phones."""

from __future__ import annotations

import base64
import re
import textwrap
from pathlib import Path

from analysis.charts.style import SAVE_DPI, render_params

FIGURES_DIR = Path(__file__).resolve().parents[2] / "figures"
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
#: The phone variant: a 390 px phone gives a report's image about 340 CSS px, so a
#: 4.2 in figure is shown at ~1.1x and its smallest text (9.5 pt) at >= 9 CSS px.
NARROW_WIDTH = 4.2
NARROW_MIN_PT = 9.5
NARROW_SUFFIX = "-narrow.png"
_MARKS = "\u200e\u200f"  # LRM, RLM: chart_text's paragraph-direction marks


def save_figure(
    fig, name: str, folder: str | Path | None = None, *, dpi: int = SAVE_DPI
) -> tuple[Path, Path]:
    """Save *fig* as ``<folder>/<name>.png`` and ``<folder>/<name>.svg``.

    The SVG stores text as glyph outlines (``svg.fonttype='path'``), so it shows the right
    glyphs on a machine without the fonts; both files are drawn unhinted, like the layout.

    Args:
        fig: a matplotlib Figure.
        name: file stem: letters, digits, ``.``, ``_``, ``-``.
        folder: output folder; default the repository's ``figures/``.
        dpi: PNG resolution, at least 150.

    Returns:
        (png path, svg path).
    """
    import matplotlib as mpl

    if not NAME_RE.fullmatch(name):
        raise ValueError(f"figure name must match {NAME_RE.pattern}: {name!r}")
    if dpi < 150:
        raise ValueError(f"dpi must be at least 150, not {dpi}")
    out = Path(folder) if folder is not None else FIGURES_DIR
    out.mkdir(parents=True, exist_ok=True)
    png, svg = out / f"{name}.png", out / f"{name}.svg"
    with mpl.rc_context(render_params()):
        fig.savefig(png, dpi=dpi, metadata={"Software": None})
        fig.savefig(svg, metadata={"Date": None})
    return png, svg


def _rewrap(text, width_px: float) -> float:
    """Re-fill a text wider than ``width_px`` to fit; returns the inches it grew by."""
    from analysis.charts.shaping import chart_text, has_arabic, matplotlib_shapes_arabic

    raw = text.get_text()
    box = text.get_window_extent()
    if box.width <= width_px or " " not in raw.strip():
        return 0.0
    if has_arabic(raw) and not matplotlib_shapes_arabic():
        if text.get_ha() != "right":
            return 0.0  # a left-to-right line in visual order: left as it is
        # Visual order (matplotlib before 3.11): the words of a right-to-left line run from
        # the right, so they are re-filled from the right and each line put back in order.
        logical = [w for line in raw.split("\n") for w in line.split(" ")[::-1] if w]
        chars = max(12, int(max(map(len, raw.split("\n"))) * 0.92 * width_px / box.width))
        filled = textwrap.wrap(" ".join(logical), chars)
        text.set_text("\n".join(" ".join(line.split(" ")[::-1]) for line in filled))
        return (len(filled) - 1 - raw.count("\n")) * text.get_fontsize() * 1.3 / 72
    rtl = {"\u200f": True, "\u200e": False}.get(raw[:1])
    lines = raw.split("\n")
    plain = " ".join(line.strip(_MARKS + " ") for line in lines).replace(r"\$", "$")
    chars = max(12, int(max(map(len, lines)) * 0.92 * width_px / box.width))
    text.set_text(chart_text(textwrap.fill(plain, chars), rtl=rtl))
    added = text.get_text().count("\n") - raw.count("\n")
    return added * text.get_fontsize() * 1.3 / 72


def save_narrow(fig, path: str | Path, *, dpi: int = SAVE_DPI) -> Path:
    """Save *fig* re-laid out for a phone: ``NARROW_WIDTH`` inches wide, no text under
    ``NARROW_MIN_PT`` points, long titles and source lines re-filled. The figure is
    left as it was.

    Args:
        fig: a matplotlib Figure (e.g. from :mod:`analysis.charts.kinds`).
        path: the PNG to write.
        dpi: PNG resolution.

    Returns:
        The path written.
    """
    import matplotlib as mpl
    from matplotlib.text import Text

    texts = {t: (t.get_fontsize(), t.get_text()) for t in fig.findobj(Text)}
    size = tuple(fig.get_size_inches())
    engine = fig.get_layout_engine()
    rect = engine.get().get("rect") if engine is not None and hasattr(engine, "set") else None
    try:
        with mpl.rc_context(render_params()):
            fig.set_size_inches(NARROW_WIDTH, size[1])
            for t in texts:
                t.set_fontsize(max(t.get_fontsize(), NARROW_MIN_PT))
            fig.draw_without_rendering()
            width = NARROW_WIDTH * fig.dpi * 0.98
            # fig.texts holds the suptitle and the source line.
            grown = sum(_rewrap(t, width) for t in (*fig.texts, *(a.title for a in fig.axes)))
            fig.set_size_inches(NARROW_WIDTH, size[1] + grown)
            if rect is not None:
                # Room under the axes for the (re-filled, larger) source line.
                fig.draw_without_rendering()
                bottom = [t for t in fig.texts if t.get_text() and t.get_position()[1] < 0.2
                          and t.get_va() == "bottom"]
                if bottom:
                    top = max(t.get_window_extent().y1 for t in bottom) / (fig.bbox.height or 1)
                    engine.set(rect=(0, top + 0.02, 1, 1 - top - 0.02))
            fig.savefig(path, dpi=dpi, metadata={"Software": None})
    finally:
        fig.set_size_inches(size)
        if rect is not None:
            engine.set(rect=rect)
        for t, (fontsize, content) in texts.items():
            t.set_fontsize(fontsize)
            t.set_text(content)
        for ax in fig.axes:  # tick labels the narrow layout added copy the first one's size
            for axis in (ax.xaxis, ax.yaxis):
                for ticks in (axis.majorTicks, axis.minorTicks):
                    for tick in list(ticks)[1:]:
                        for mine, first in ((tick.label1, ticks[0].label1), (tick.label2, ticks[0].label2)):
                            if mine not in texts:
                                mine.set_fontsize(first.get_fontsize())
    return Path(path)


def save_and_show(fig, name: str, folder: str | Path | None = None):
    """Save *fig* (PNG + SVG, as :func:`save_figure`, and ``<name>-narrow.png``, as
    :func:`save_narrow`) and return the PNG for display.

    Charts are plain ``Figure`` objects (no pyplot state), so a notebook shows them
    through this image: what the reader sees is exactly the saved file. The narrow PNG
    rides along in the output's metadata (``image/png`` → ``narrow``, base64); the
    report shows it on phones (``<picture>``), JupyterLab ignores it.
    """
    from IPython.display import Image

    png, _svg = save_figure(fig, name, folder)
    narrow = save_narrow(fig, png.with_name(f"{name}{NARROW_SUFFIX}"))
    data = base64.b64encode(narrow.read_bytes()).decode("ascii")
    return Image(filename=str(png), embed=True, metadata={"narrow": data})
