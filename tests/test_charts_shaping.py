"""The shaping layer: detection by probing, chart_text on both paths, and the HarfBuzz proof.

The proof runs on whichever path the installed matplotlib takes: logical strings against
HarfBuzz shaping on matplotlib 3.11+, visual presentation-form strings against HarfBuzz's
unshaped layout plus the joining check on 3.8-3.10 (`make test-old-matplotlib`).
"""

from __future__ import annotations

import warnings

import arabic_reshaper
import pytest
from bidi import get_display
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis.charts import barh_values, chart_style, grouped_bars, shaping, timeline
from analysis.charts.shaping import (
    LRM,
    PRESENTATION_FORM_RE,
    RLM,
    chart_text,
    has_arabic,
    matplotlib_shapes_arabic,
)
from analysis.charts.verify import (
    LOGICAL_LETTER_RE,
    UNSHAPED_TOLERANCE,
    drawn_texts,
    figure_text_problems,
    joining_problems,
    reference_glyphs,
    reference_unshaped_glyphs,
)

MIXED = "جولة Series B بقيمة 6 مليارات دولار"
SOURCE = {"ar": "الجزيرة نت، العربية", "en": "Al Jazeera Net, Al Arabiya"}
LABELS = [
    {"ar": "جولة Series B لشركة Anthropic", "en": "Anthropic Series B"},
    {"ar": "استثمار مايكروسوفت (Microsoft) في OpenAI", "en": "Microsoft in OpenAI"},
    {"ar": "جولة xAI بقيمة 6 مليارات دولار", "en": "xAI $6bn round"},
]
SHAPES = matplotlib_shapes_arabic()
shapes = pytest.mark.skipif(not SHAPES, reason="this matplotlib does not shape Arabic")
unshaped = pytest.mark.skipif(SHAPES, reason="this matplotlib shapes Arabic itself")
#: matplotlib's warning for a character no font in the chain has (wording differs by version);
#: only this one fails a test: others (e.g. pyparsing deprecations under matplotlib 3.8) don't.
GLYPH_MISSING = r"Glyph .* missing from"


def _figure_with(*texts: str):
    from matplotlib.figure import Figure

    with chart_style("ar"):
        fig = Figure(figsize=(6, 1 + 0.5 * len(texts)))
        for i, text in enumerate(texts):
            fig.text(0.95, 0.1 + 0.8 * i / max(len(texts), 1), text, ha="right")
    return fig


# --- detection ------------------------------------------------------------------------


@pytest.fixture
def fresh_detection():
    matplotlib_shapes_arabic.cache_clear()
    yield
    matplotlib_shapes_arabic.cache_clear()


def test_detection_follows_the_probe_not_the_version(fresh_detection, monkeypatch):
    from matplotlib import font_manager

    from analysis.charts.fonts import arabic_font_path

    font = font_manager.get_font(str(arabic_font_path()))
    beh, alef = font.get_char_index(0x628), font.get_char_index(0x627)
    old_layout = {"بب": [(beh, 0.0), (beh, 7.0)], "اب": [(alef, 0.0), (beh, 3.0)]}
    monkeypatch.setattr(shaping, "probe_layout", old_layout.__getitem__)
    assert matplotlib_shapes_arabic() is False
    matplotlib_shapes_arabic.cache_clear()
    shaped_not_reordered = {"بب": [(beh + 1, 0.0), (beh + 2, 7.0)], "اب": [(alef, 0.0), (beh, 3)]}
    monkeypatch.setattr(shaping, "probe_layout", shaped_not_reordered.__getitem__)
    assert matplotlib_shapes_arabic() is False


def test_this_matplotlib_is_detected_as_shaping(fresh_detection):
    import matplotlib

    major, minor = (int(p) for p in matplotlib.__version__.split(".")[:2])
    assert matplotlib_shapes_arabic() is ((major, minor) >= (3, 11))
    glyphs = shaping.probe_layout("اب")
    assert len(glyphs) >= 2


# --- chart_text: both paths --------------------------------------------------------------


def test_shaping_path_keeps_logical_text():
    assert chart_text(MIXED, shaping=True) == MIXED
    assert chart_text(MIXED, rtl=True, shaping=True) == RLM + MIXED
    assert chart_text(MIXED, rtl=False, shaping=True) == LRM + MIXED
    assert chart_text("OpenAI", rtl=True, shaping=True) == "OpenAI"


def test_shaping_path_folds_presentation_forms():
    old = arabic_reshaper.reshape("مليارات")
    assert PRESENTATION_FORM_RE.search(old)
    assert chart_text(old, shaping=True) == "مليارات"


def test_fallback_path_is_the_old_recipe_in_visual_order():
    out = chart_text(MIXED, shaping=False)
    assert out == get_display(arabic_reshaper.reshape(MIXED))
    assert PRESENTATION_FORM_RE.search(out)
    assert not any("\u0621" <= c <= "\u064a" for c in out)  # no logical letters left
    words = [arabic_reshaper.reshape(w)[::-1] for w in ("جولة", "بقيمة", "مليارات", "دولار")]
    positions = [out.index(w) for w in words]
    assert positions == sorted(positions, reverse=True)  # first word rightmost
    assert "Series B" in out and out.index("Series B") > positions[1]
    assert out.index("6") < positions[1]


def test_fallback_when_shaping_is_reported_absent(monkeypatch):
    monkeypatch.setattr(shaping, "matplotlib_shapes_arabic", lambda: False)
    assert chart_text(MIXED) == get_display(arabic_reshaper.reshape(MIXED))
    assert chart_text("a\nجولة", rtl=True) == "a\n" + get_display(
        arabic_reshaper.reshape("جولة"), base_dir="R"
    )


def test_lines_and_dollars():
    out = chart_text("$6 مليار\n$2 مليار", rtl=True, shaping=True)
    assert out == RLM + r"\$6 مليار" + "\n" + RLM + r"\$2 مليار"


# --- the proof: matplotlib's layout == HarfBuzz on bidi runs ------------------------------


@pytest.mark.parametrize("kind", ["barh", "timeline", "grouped"])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_string_in_every_chart_matches_harfbuzz(kind, lang):
    with warnings.catch_warnings():
        warnings.filterwarnings("error", GLYPH_MISSING)  # missing glyph (tofu) fails the test
        if kind == "barh":
            fig = barh_values(LABELS, [4, 10, 6], title={"ar": MIXED, "en": "Rounds"},
                              source=SOURCE, lang=lang, value_fmt="${:,.1f}")
        elif kind == "timeline":
            fig = timeline(["2023-01-23", "2024-05-27", "2024-10-02"], LABELS,
                           title={"ar": MIXED, "en": "Timeline"}, source=SOURCE, lang=lang)
        else:
            fig = grouped_bars(["2023", "2024"], [(LABELS[0], [1, 2]), (LABELS[1], [3, 4])],
                               title={"ar": MIXED, "en": "Grouped"}, source=SOURCE, lang=lang)
        drawn = drawn_texts(fig)
        assert figure_text_problems(fig) == []
    arabic = [d for d in drawn if has_arabic(d.text)]
    if lang == "ar":
        assert len(arabic) >= 4  # title, labels, source line at least
    else:
        assert arabic == []  # lang="en" picked the English texts
    assert all(d.glyphs for d in drawn if d.text.strip())
    for d in drawn:
        assert all(g.gid != 0 for g in d.glyphs)
        if SHAPES:
            assert not PRESENTATION_FORM_RE.search(d.text)
        elif has_arabic(d.text):  # reshaped: presentation forms only, joins intact
            assert PRESENTATION_FORM_RE.search(d.text) and not LOGICAL_LETTER_RE.search(d.text)
            assert joining_problems(d.text) == []


@shapes
def test_checker_fails_on_the_old_recipe():
    fig = _figure_with(get_display(arabic_reshaper.reshape(MIXED)))
    problems = figure_text_problems(fig)
    assert any("presentation forms" in p for p in problems)


@unshaped
def test_checker_fails_on_logical_text_here():
    fig = _figure_with(MIXED)  # not reshaped: matplotlib < 3.11 draws isolated letters
    problems = figure_text_problems(fig)
    assert problems and all("logical Arabic letters" in p for p in problems), problems


@unshaped
def test_checker_fails_on_reshaped_text_left_in_logical_order():
    fig = _figure_with(arabic_reshaper.reshape(MIXED))  # shaped, but not reordered
    problems = figure_text_problems(fig)
    assert problems and all("join broken" in p for p in problems), problems


def test_joining_check():
    visual = get_display(arabic_reshaper.reshape(MIXED))
    assert joining_problems(visual) == []
    assert joining_problems(arabic_reshaper.reshape("لأن جولة")) != []  # logical order
    assert joining_problems(get_display(arabic_reshaper.reshape("لأن جولة"))) == []
    word = get_display(arabic_reshaper.reshape("بقيمة"))
    assert joining_problems(word[1:]) != []  # the final letter's partner cut off
    assert joining_problems("\ufe91") == ["'ﺑ' (U+FE91) at 0: left join broken"]
    assert joining_problems("OpenAI 2024 ١٠") == []
    stretched = get_display(arabic_reshaper.reshape("تمـــويل"))  # tatweel joins both sides
    assert "\u0640" in stretched and joining_problems(stretched) == []
    assert not LOGICAL_LETTER_RE.search(stretched)


def test_checker_sees_tofu():
    fig = _figure_with("تمويل \U00013000")  # an Egyptian hieroglyph: in none of our fonts
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        problems = figure_text_problems(fig)
    assert any("tofu" in p for p in problems)


def test_checker_sees_a_wrong_position(monkeypatch):
    from analysis.charts import verify

    name = "reference_glyphs" if SHAPES else "reference_unshaped_glyphs"
    reference = getattr(verify, name)

    def shifted(*args, **kwargs):
        glyphs = reference(*args, **kwargs)
        return [g if i != 2 else verify.Glyph(g.font, g.gid, g.x + 1 / 64, g.y)
                for i, g in enumerate(glyphs)]

    fig = _figure_with(chart_text(MIXED, rtl=True))
    assert figure_text_problems(fig) == []
    monkeypatch.setattr(verify, name, shifted)
    [problem] = figure_text_problems(fig)
    assert "positions differ" in problem


def test_checker_sees_a_wrong_glyph(monkeypatch):
    from analysis.charts import verify

    name = "reference_glyphs" if SHAPES else "reference_unshaped_glyphs"
    reference = getattr(verify, name)

    def other_glyph(*args, **kwargs):
        glyphs = reference(*args, **kwargs)
        return [g if i != 3 else verify.Glyph(g.font, g.gid + 1, g.x, g.y)
                for i, g in enumerate(glyphs)]

    monkeypatch.setattr(verify, name, other_glyph)
    [problem] = figure_text_problems(_figure_with(chart_text(MIXED, rtl=True)))
    assert "!= reference" in problem


ARABIC_WORDS = [
    "جولة", "تمويل", "مليارات", "دولار", "الذكاء", "الاصطناعي", "شركة", "لأن", "بقيمة",
    "مُحَمَّد", "اِسْتِثْمَار", "،", "؟",
]
LATIN_WORDS = ["OpenAI", "Series", "B", "xAI", "(Microsoft)", "$6.6bn", "AI,"]
NUMBERS = ["6", "10", "6.6", "2024", "٪15", "١٠", "10%", "(2023)", "40-50"]
SYMBOLS = ["→", "—"]  # from the bundled DejaVu Sans, last in the chain


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(ARABIC_WORDS + LATIN_WORDS + NUMBERS + SYMBOLS), min_size=1, max_size=8),
    st.sampled_from([None, True]),
)
# Failed 1-2% of random draws before the reference shaped each script on its own: the
# reference shaped «(Microsoft)» as Arabic (the run starts with ٪) and lost its kerning.
@example(["٪15", "(Microsoft)"], None)
@example(["٪15", "(Microsoft)"], True)
def test_mixed_labels_match_harfbuzz(words, rtl):
    text = chart_text(" ".join(words), rtl=rtl)
    [drawn] = [d for d in drawn_texts(_figure_with(text)) if d.text.strip()]
    if SHAPES:
        expected = reference_glyphs(drawn.text, drawn.font_paths, drawn.size, drawn.dpi)
        assert [(g.gid, g.x, g.y) for g in drawn.glyphs] == [(g.gid, g.x, g.y) for g in expected]
        return
    expected = reference_unshaped_glyphs(
        drawn.text, drawn.font_paths, drawn.size, drawn.dpi, drawn.hinting_factor
    )
    assert [(g.font, g.gid) for g in drawn.glyphs] == [(g.font, g.gid) for g in expected]
    assert all(abs(a.x - b.x) <= UNSHAPED_TOLERANCE for a, b in zip(drawn.glyphs, expected))
    assert not LOGICAL_LETTER_RE.search(drawn.text)
    assert joining_problems(drawn.text) == []
