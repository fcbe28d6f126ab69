"""Chart style, label language, source line, saving (PNG dpi, SVG text as paths)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import matplotlib as mpl
import pytest
from PIL import Image

from analysis.charts import (
    FIGURES_DIR,
    barh_values,
    chart_style,
    label,
    matplotlib_shapes_arabic,
    pick_lang,
    save_figure,
    style_params,
    timeline,
)
from analysis.charts.kinds import AR_MONTHS
from analysis.charts.shaping import LRM, RLM, has_arabic
from analysis.charts.verify import drawn_texts

ROOT = Path(__file__).resolve().parent.parent
TITLE = {"ar": "أكبر جولات تمويل الذكاء الاصطناعي", "en": "Largest AI funding rounds"}
LABELS = [{"ar": "جولة xAI", "en": "xAI round"}, {"ar": "استثمار مايكروسوفت", "en": "Microsoft"}]
SOURCE = {"ar": "الجزيرة نت، العربية", "en": "Al Jazeera Net, Al Arabiya"}


def shown(text: str, lang: str) -> str:
    """*text* as the chart hands it to matplotlib (logical on 3.11+, visual on 3.8-3.10),
    without the direction mark, so that it can be looked for inside a longer string."""
    return label(text, lang).lstrip(RLM + LRM)


def _chart(lang):
    return barh_values(LABELS, [6, 10], title=TITLE, source=SOURCE, lang=lang)


def test_import_changes_nothing_global():
    code = (
        "import matplotlib as m, matplotlib.font_manager as fm\n"
        "before = dict(m.rcParams); n = len(fm.fontManager.ttflist)\n"
        "import analysis.charts\n"
        "assert dict(m.rcParams) == before and len(fm.fontManager.ttflist) == n\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


def test_style_is_scoped_to_the_context():
    before = dict(mpl.rcParams)
    with chart_style("ar") as params:
        assert mpl.rcParams["font.family"][0] == "Noto Sans Arabic"
        assert mpl.rcParams["svg.fonttype"] == "path"
        assert params["savefig.dpi"] >= 150
    assert dict(mpl.rcParams) == before
    _chart("ar")
    assert dict(mpl.rcParams) == before


def test_style_sets_only_params_this_matplotlib_has():
    from analysis.charts.style import RENDER_PARAMS, render_params, supported_params

    assert supported_params({"font.size": 9, "font.no_such_param": 1}) == {"font.size": 9}
    for lang in ("ar", "en"):
        params = style_params(lang)
        assert set(params) <= set(mpl.rcParams)
        assert "font.family" in params and "svg.fonttype" in params
    # the newer keys are kept where they exist (3.11+) and left out where not (3.8-3.10)
    assert set(render_params()) == {k for k in RENDER_PARAMS if k in mpl.rcParams}
    assert ("font.enable_last_resort" in render_params()) is (
        "font.enable_last_resort" in mpl.rcParams
    )
    with mpl.rc_context(render_params()), chart_style("ar"):  # no KeyError on any version
        pass


def test_style_params_work_as_a_style_sheet():
    import matplotlib.style  # a submodule: not loaded by `import matplotlib` alone

    with matplotlib.style.context(style_params("en")):
        assert mpl.rcParams["font.family"][:2] == ["Noto Sans", "Noto Sans Arabic"]


def test_pick_lang():
    assert pick_lang(TITLE, "en") == TITLE["en"]
    assert pick_lang("نص", "en") == "نص"
    with pytest.raises(ValueError):
        pick_lang(TITLE, "fr")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_title_alignment_and_source_line(lang):
    fig = _chart(lang)
    title = fig.get_suptitle()
    assert title.endswith(shown(TITLE[lang], lang))
    sup = fig._suptitle
    source = [t for t in fig.texts if t is not sup]
    assert len(source) == 1 and shown(SOURCE[lang], lang) in source[0].get_text()
    if lang == "ar":
        assert sup.get_ha() == "right" and sup.get_position()[0] > 0.9
        assert source[0].get_ha() == "right"
        assert shown("المصدر", lang) in source[0].get_text()
    else:
        assert sup.get_ha() == "left" and sup.get_position()[0] < 0.1
        assert source[0].get_text().startswith("Source:")
    drawn = drawn_texts(fig)  # draws (and lays out) the figure
    assert any(shown(SOURCE[lang], lang) in d.text for d in drawn)
    renderer = fig._get_renderer()
    ax_box = fig.axes[0].get_tightbbox(renderer)
    assert source[0].get_window_extent(renderer).y1 <= ax_box.y0 + 1  # under the chart


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_lang_picks_label_texts(lang):
    fig = _chart(lang)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert all(has_arabic(t) is (lang == "ar") for t in ticks)
    if lang == "ar":  # bars grow leftwards, labels on the right
        assert fig.axes[0].xaxis_inverted()
        assert fig.axes[0].yaxis.get_ticks_position() == "right"


def test_timeline_arabic_month_names():
    fig = timeline(["2024-01-15", "2024-09-01"], LABELS, title=TITLE, source=SOURCE, lang="ar")
    texts = " ".join(d.text for d in drawn_texts(fig))
    months = [shown(f"{month} 2024", "ar") for month in AR_MONTHS[:10]]
    assert len(set(months)) == 10 and re.search("|".join(months), texts)


def test_save_png_and_svg(tmp_path):
    png, svg = save_figure(_chart("ar"), "chart_ar", tmp_path)
    assert (png.name, svg.name) == ("chart_ar.png", "chart_ar.svg")
    dpi = Image.open(png).info["dpi"]
    assert min(dpi) >= 149.9
    root = ET.parse(svg).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.findall(f".//{ns}text") == []  # text is drawn as outlines
    assert "font-family" not in svg.read_text()
    glyph_ids = [p.get("id") for p in root.iter(f"{ns}path") if p.get("id")]
    assert any(i.startswith("NotoSansArabic") for i in glyph_ids)


@pytest.mark.skipif(not matplotlib_shapes_arabic(), reason="this matplotlib does not shape")
def test_svg_glyphs_are_the_shaped_glyphs(tmp_path):
    fig = _chart("ar")
    expected = {
        f"{g.gid:x}" for d in drawn_texts(fig) for g in d.glyphs if "Arabic" in g.font
    }
    _, svg = save_figure(fig, "glyphs", tmp_path)
    ids = re.findall(r'id="NotoSansArabic[^"]*?-([0-9a-f]+)"', svg.read_text())
    assert expected and expected == set(ids)


@pytest.mark.skipif(matplotlib_shapes_arabic(), reason="this matplotlib shapes")
def test_svg_glyphs_are_the_reshaped_characters(tmp_path):
    # matplotlib < 3.11 names each SVG glyph by font and character code, one per character
    fig = _chart("ar")
    drawn = drawn_texts(fig)
    expected = {
        f"{ord(c):x}" for d in drawn for c, g in zip(d.text, d.glyphs, strict=True)
        if "Arabic" in g.font
    }
    _, svg = save_figure(fig, "glyphs", tmp_path)
    ids = re.findall(r'id="NotoSansArabic[^"]*?-([0-9a-f]+)"', svg.read_text())
    assert expected and expected == set(ids)
    chars = [chr(int(i, 16)) for i in ids]
    assert any("\ufb50" <= c <= "\ufefc" for c in chars)  # presentation forms drawn …
    assert not any("\u0621" <= c <= "\u064a" for c in chars)  # … no isolated letters


def test_save_rejects_bad_names_and_low_dpi(tmp_path):
    with pytest.raises(ValueError):
        save_figure(_chart("en"), "../escape", tmp_path)
    with pytest.raises(ValueError):
        save_figure(_chart("en"), "ok", tmp_path, dpi=72)


def test_default_folder_is_repo_figures():
    assert FIGURES_DIR == ROOT / "figures"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_flow_chart_labels_of_thin_nodes_never_overlap(lang):
    """One large flow and several tiny ones: every node label keeps its own line."""
    import matplotlib.pyplot as plt

    from analysis.charts import flow_chart

    payers = ["Big", "A", "B", "C", "D"]
    fig = flow_chart(payers, ["R1", "R2", "R3", "R4", "R5"], [600, 4, 2, 0.8, 0.5],
                     title="t", source="s", lang=lang)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    ax = fig.axes[0]
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert len(boxes) == 10
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b), (a, b)
    plt.close(fig)


def test_count_bars_have_whole_number_ticks():
    import matplotlib.pyplot as plt

    from analysis.charts import barh_values

    fig = barh_values(["a", "b", "c"], [3, 2, 1], title="t", source="s", lang="en", value_fmt="{:,.0f}")
    fig.canvas.draw()
    ticks = fig.axes[0].get_xticks()
    assert all(float(t).is_integer() for t in ticks)
    plt.close(fig)
