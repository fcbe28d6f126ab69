"""Write figures as PNG (>= 150 dpi) and SVG with text as paths."""

from __future__ import annotations

import re
from pathlib import Path

from .style import SAVE_DPI, render_params

FIGURES_DIR = Path(__file__).resolve().parents[2] / "figures"
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


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


def save_and_show(fig, name: str, folder: str | Path | None = None):
    """Save *fig* (PNG + SVG, as :func:`save_figure`) and return the PNG for display.

    Charts are plain ``Figure`` objects (no pyplot state), so a notebook shows them
    through this image: what the reader sees is exactly the saved file.
    """
    from IPython.display import Image

    png, _svg = save_figure(fig, name, folder)
    return Image(filename=str(png), embed=True)
