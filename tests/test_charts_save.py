"""The phone variant of a chart (save_narrow): narrow, no small text, figure untouched."""

from __future__ import annotations

import pytest
from matplotlib.text import Text
from PIL import Image

from analysis.charts import barh_values, save_and_show, save_figure
from analysis.charts.save import NARROW_MIN_PT, NARROW_WIDTH, save_narrow
from analysis.charts.style import SAVE_DPI

LONG_SOURCE = {"ar": "موقع Downcodes (2024)، الجزيرة نت (2025)، سكاي نيوز عربية (2024)، العربية نت (2025)",
               "en": "Downcodes (2024), Al Jazeera Net (2025), Sky News Arabia (2024), Al Arabiya (2025)"}


def _chart(lang):
    return barh_values([{"ar": "صندوق الاستثمارات العامة", "en": "Public Investment Fund"}, "OpenAI"],
                       [6.0, 97.4], title={"ar": "المبالغ كما وردت في المقالات بمليارات الدولارات الأمريكية",
                                           "en": "The sums as the articles give them, in billions of US dollars"},
                       source=LONG_SOURCE, lang=lang)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_narrow_variant_has_no_small_text_and_fits(tmp_path, lang):
    fig = _chart(lang)
    wide, _ = save_figure(fig, "wide", tmp_path)
    seen = {}
    savefig = fig.savefig

    def spy(path, **kw):  # the figure as it is drawn narrow
        texts = [t for t in fig.findobj(Text) if t.get_visible() and t.get_text()]
        seen["smallest"] = min(t.get_fontsize() for t in texts)
        seen["width"] = fig.get_size_inches()[0]
        savefig(path, **kw)
        renderer = fig._get_renderer()
        seen["outside"] = [t.get_text() for t in fig.texts
                           if t.get_text() and (t.get_window_extent(renderer).x0 < -1
                                                or t.get_window_extent(renderer).x1 > fig.bbox.width + 1)]

    fig.savefig = spy
    narrow = save_narrow(fig, tmp_path / "narrow.png")
    del fig.savefig
    assert seen["smallest"] >= NARROW_MIN_PT and seen["width"] == NARROW_WIDTH
    assert seen["outside"] == []  # the long title and source line were re-filled to fit
    assert Image.open(narrow).size[0] == round(NARROW_WIDTH * SAVE_DPI)
    # The figure is as it was: saving it again gives the same wide PNG.
    again, _ = save_figure(fig, "again", tmp_path)
    assert again.read_bytes() == wide.read_bytes()


def test_save_and_show_carries_the_narrow_png(tmp_path):
    import base64

    data, meta = save_and_show(_chart("ar"), "c", tmp_path)._repr_mimebundle_()
    narrow = base64.b64decode(meta["image/png"]["narrow"])
    assert narrow == (tmp_path / "c-narrow.png").read_bytes() and narrow.startswith(b"\x89PNG")
    assert base64.b64decode(data["image/png"]) == (tmp_path / "c.png").read_bytes()
