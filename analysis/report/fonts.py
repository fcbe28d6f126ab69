"""Web fonts for the reports, embedded as base64 ``@font-face`` rules.

The font files come from the ``fontpkg-*`` packages installed with the
project. Noto Sans Arabic also covers Latin letters and digits, so it alone
is embedded by default (about 1.1 MB per report); pass ``"Noto Sans"`` too
for a dedicated Latin face (another 2.7 MB). A missing package is skipped and
the CSS stack falls back to system fonts.
"""

from __future__ import annotations

import base64
import warnings
from functools import lru_cache

DEFAULT_FAMILIES = ("Noto Sans Arabic",)
# Used for prose whether or not the embedded face loaded.
FONT_STACK = (
    '"Noto Sans Arabic", "Noto Sans", "Noto Naskh Arabic", "Segoe UI", Tahoma, "Geeza Pro", '
    '"DejaVu Sans", Arial, sans-serif'
)
_FORMATS = {".ttf": ("font/ttf", "truetype"), ".otf": ("font/otf", "opentype"),
            ".woff2": ("font/woff2", "woff2"), ".woff": ("font/woff", "woff")}  # fmt: skip


def _face(name: str, font) -> str:
    mime, fmt = _FORMATS.get(font.path.suffix.lower(), ("font/ttf", "truetype"))
    data = base64.b64encode(font.path.read_bytes()).decode("ascii")
    if font.variable and font.wght_min is not None:
        weight = f"{font.wght_min} {font.wght_max}"
    else:
        weight = str(font.weight or 400)
    return (
        "@font-face {\n"
        f'  font-family: "{name}";\n'
        f'  src: url("data:{mime};base64,{data}") format("{fmt}");\n'
        f"  font-weight: {weight};\n"
        f"  font-style: {font.style};\n"
        "  font-display: swap;\n"
        "}\n"
    )


@lru_cache(maxsize=8)
def font_face_css(families: tuple[str, ...] = DEFAULT_FAMILIES) -> str:
    """``@font-face`` rules embedding the given installed font families.

    Args:
        families: fontpkg family names, e.g. ``("Noto Sans Arabic", "Noto Sans")``.

    Returns:
        CSS text; empty (with a warning) for a family that is not installed.
    """
    try:
        import fontpkg
    except ImportError:
        warnings.warn("fontpkg is not installed; reports use system fonts", stacklevel=2)
        return ""
    rules = []
    for name in families:
        try:
            fam = fontpkg.family(name)
        except fontpkg.FontpkgError:
            warnings.warn(f"font {name!r} is not installed; reports use system fonts", stacklevel=2)
            continue
        rules.extend(_face(fam.name, f) for f in fam.files if f.path.is_file())
    return "".join(rules)
