"""Fonts for charts from PyPI packages (fontpkg-*), registered with matplotlib at run time.

Nothing is registered at import time. `register_fonts` adds the font files to
``matplotlib.font_manager.fontManager`` directly, so it works even when matplotlib's font
cache was built before the font packages were installed.
"""

from __future__ import annotations

from pathlib import Path

#: fontpkg slugs of the Arabic fonts we know; the first one installed is the default.
ARABIC_FONTS = ("noto-sans-arabic", "ibm-plex-sans-arabic", "amiri")
#: fontpkg slug of the Latin font.
LATIN_FONT = "noto-sans"
#: Bundled with matplotlib itself; last in the chain for symbols (arrows, dashes …).
BUNDLED_FONT = "DejaVu Sans"


def font_family(slug: str):
    """The installed fontpkg family for *slug*.

    Args:
        slug: a fontpkg family slug, e.g. ``"noto-sans-arabic"``.

    Returns:
        ``fontpkg.Family`` (name, files); raises ``fontpkg.FamilyNotInstalled``.
    """
    import fontpkg

    return fontpkg.family(slug)


def font_files(slug: str) -> list[Path]:
    """Paths of all font files of an installed fontpkg family."""
    return [Path(f.path) for f in font_family(slug).files]


def default_arabic_font() -> str:
    """Slug of the first installed Arabic font package in `ARABIC_FONTS`."""
    import fontpkg

    installed = fontpkg.families()
    for slug in ARABIC_FONTS:
        if slug in installed:
            return slug
    raise RuntimeError(
        "no Arabic font package installed: pip install fontpkg-noto-sans-arabic"
    )


def register_fonts(arabic: str | None = None) -> tuple[str, ...]:
    """Register the Arabic and Latin PyPI fonts with matplotlib (idempotent).

    Args:
        arabic: fontpkg slug of the Arabic font; default `default_arabic_font()`.

    Returns:
        The family names registered, Arabic first, e.g. ``("Noto Sans Arabic", "Noto Sans")``.
    """
    from matplotlib import font_manager

    manager = font_manager.fontManager
    known = {Path(entry.fname).resolve() for entry in manager.ttflist}
    names = []
    for slug in (arabic or default_arabic_font(), LATIN_FONT):
        family = font_family(slug)
        for path in font_files(slug):
            if path.resolve() not in known:
                manager.addfont(str(path))
        names.append(family.name)
    return tuple(names)


def font_chain(lang: str = "ar", arabic: str | None = None) -> list[str]:
    """The ``font.family`` fallback chain for a chart language (registers the fonts).

    Args:
        lang: ``"ar"`` puts the Arabic font first, ``"en"`` the Latin one.
        arabic: fontpkg slug of the Arabic font.

    Returns:
        Family names, e.g. ``["Noto Sans Arabic", "Noto Sans", "DejaVu Sans"]``.
    """
    arabic_name, latin_name = register_fonts(arabic)
    first = [arabic_name, latin_name] if lang == "ar" else [latin_name, arabic_name]
    return [*first, BUNDLED_FONT]


def arabic_font_path(arabic: str | None = None) -> Path:
    """Path of the regular (weight 400, upright) file of the Arabic font."""
    import fontpkg

    return Path(fontpkg.path(arabic or default_arabic_font(), weight=400, nearest=True))
