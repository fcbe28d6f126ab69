"""PyPI fonts: registered at run time, found even with a stale font cache, no tofu."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from matplotlib import font_manager
from matplotlib.font_manager import FontProperties

from analysis.charts import chart_style, font_chain, register_fonts
from analysis.charts.fonts import BUNDLED_FONT, arabic_font_path, font_files
from analysis.charts.verify import drawn_texts

ROOT = Path(__file__).resolve().parent.parent
COVERAGE = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة"  # Arabic letters
    " ٠١٢٣٤٥٦٧٨٩ ٪ ، ؛ ؟ ـ ً ٌ ٍ َ ُ ِ ّ ْ"  # Arabic digits, punctuation, harakat
    " 0123456789 ABCXYZ abcxyz $ € £ % & ( ) [ ] « » — – - + / × · … ' \" “ ” → ±"
)


def _is_pypi_font(path: str) -> bool:
    return "site-packages" in path and "fontpkg_" in path


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_chain_resolves_to_pypi_fonts(lang):
    chain = font_chain(lang)
    assert chain[-1] == BUNDLED_FONT
    for name in chain[:2]:
        path = font_manager.findfont(FontProperties(family=name), fallback_to_default=False)
        assert _is_pypi_font(path), path
    first = font_manager.findfont(FontProperties(family=chain))
    assert ("Arabic" in Path(first).name) is (lang == "ar")


def test_register_is_idempotent():
    register_fonts()
    before = len(font_manager.fontManager.ttflist)
    register_fonts()
    assert len(font_manager.fontManager.ttflist) == before


def test_registers_even_when_the_cache_predates_the_font(monkeypatch):
    ours = {p.resolve() for p in font_files("noto-sans-arabic")}
    stale = [f for f in font_manager.fontManager.ttflist if Path(f.fname).resolve() not in ours]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", stale)
    font_manager.fontManager._findfont_cached.cache_clear()
    with pytest.raises(ValueError):
        font_manager.findfont(FontProperties(family="Noto Sans Arabic"), fallback_to_default=False)
    register_fonts()
    found = font_manager.findfont(FontProperties(family="Noto Sans Arabic"))
    assert Path(found).resolve() == arabic_font_path().resolve()


def test_fresh_process_with_old_cache(tmp_path):
    """A matplotlib font cache written before the font packages: charts still use them."""
    code = (
        "import json, matplotlib.font_manager as fm\n"
        "from analysis.charts import barh_values\n"
        "from analysis.charts.verify import drawn_texts\n"
        "before = any('fontpkg_' in f.fname for f in fm.fontManager.ttflist)\n"
        "fig = barh_values(['جولة تمويل'], [6], title='تمويل', source='الجزيرة')\n"
        "fonts = sorted({g.font for d in drawn_texts(fig) for g in d.glyphs})\n"
        "print(json.dumps({'before': before, 'fonts': fonts}))\n"
    )
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["before"] is False  # the fresh cache did not know the PyPI fonts
    assert any("NotoSansArabic" in f for f in result["fonts"])
    assert not any("LastResort" in f for f in result["fonts"])


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_tofu_for_the_characters_we_draw(lang):
    from matplotlib.figure import Figure

    with chart_style(lang):
        fig = Figure()
        fig.text(0.5, 0.5, COVERAGE.replace("$", r"\$"))
    with warnings.catch_warnings():
        warnings.filterwarnings("error", r"Glyph .* missing from")  # tofu fails the test
        [drawn] = drawn_texts(fig)
    missing = [g for g in drawn.glyphs if g.gid == 0 or "LastResort" in g.font]
    assert missing == []
    assert len(drawn.glyphs) >= len(COVERAGE.replace(" ", "")) - 10  # marks may combine
