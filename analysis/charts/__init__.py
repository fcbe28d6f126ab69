"""Charts for Arabic text: shaping detection, PyPI fonts, style, chart kinds, tables.

Every chart string goes through `chart_text`; nothing touches matplotlib at import time.
"""

from analysis.charts.fonts import arabic_font_path, font_chain, register_fonts
from analysis.charts.kinds import barh_values, flow_chart, grouped_bars, timeline
from analysis.charts.save import FIGURES_DIR, save_and_show, save_figure
from analysis.charts.shaping import (
    chart_text,
    fold_presentation_forms,
    has_arabic,
    matplotlib_shapes_arabic,
)
from analysis.charts.style import (
    PALETTE,
    add_source_line,
    chart_style,
    label,
    pick_lang,
    style_params,
)
from analysis.charts.tables import rtl_table_html, show_table

__all__ = [
    "FIGURES_DIR",
    "PALETTE",
    "add_source_line",
    "arabic_font_path",
    "barh_values",
    "chart_style",
    "chart_text",
    "fold_presentation_forms",
    "font_chain",
    "flow_chart",
    "grouped_bars",
    "has_arabic",
    "label",
    "matplotlib_shapes_arabic",
    "pick_lang",
    "register_fonts",
    "rtl_table_html",
    "save_and_show",
    "save_figure",
    "show_table",
    "style_params",
    "timeline",
]
