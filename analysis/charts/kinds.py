"""Chart kinds the notebooks call: plain data in, a styled, annotated Figure out.

Every string drawn goes through `style.label` (hence `shaping.chart_text`). Arabic charts
read right to left: titles and source line on the right, bar labels on the right with bars
growing leftwards, first category on the right. Time axes keep time running left to right.
"""

from __future__ import annotations

import textwrap
import weakref
from collections.abc import Callable, Mapping, Sequence

from analysis.charts.style import add_source_line, chart_style, check_lang, label, pick_lang

Text = str | Mapping[str, str]
ValueFormat = str | Callable[[float], str]
TITLE_WIDTH = 70  # characters per title line
AR_MONTHS = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_value(value: float, value_fmt: ValueFormat) -> str:
    """Format a number with a ``str.format`` pattern such as ``"{:,.1f}"`` or a callable."""
    return value_fmt(value) if callable(value_fmt) else value_fmt.format(value)


def month_label(date, lang: str) -> str:
    """``"مارس 2024"`` or ``"Mar 2024"`` for a date-like value."""
    months = AR_MONTHS if lang == "ar" else EN_MONTHS
    return f"{months[date.month - 1]} {date.year}"


_CREATED: list = []  # weak references to every figure made here, for checks


def _new_figure(figsize: tuple[float, float] | None):
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, layout="constrained")
    _CREATED.append(weakref.ref(fig))
    return fig, fig.add_subplot()


def created_figures() -> list:
    """Every chart this process made that is still alive (tests check their text)."""
    return [f for f in (ref() for ref in _CREATED) if f is not None]


def _finish(fig, ax, title: Text, source: Text, lang: str):
    wrapped = textwrap.fill(pick_lang(title, lang), TITLE_WIDTH)
    x, ha = (0.99, "right") if lang == "ar" else (0.01, "left")
    fig.suptitle(label(wrapped, lang), x=x, ha=ha, ma=ha, fontsize="x-large")
    add_source_line(fig, source, lang=lang)
    return fig


def barh_values(
    labels: Sequence[Text],
    values: Sequence[float],
    *,
    title: Text,
    source: Text,
    lang: str = "ar",
    value_fmt: ValueFormat = "{:,.1f}",
    xlabel: Text | None = None,
    figsize: tuple[float, float] | None = None,
):
    """Horizontal bars, one per label, each annotated with its value.

    Args:
        labels: bar labels (strings or ``{"ar": …, "en": …}``), first drawn on top.
        values: one number per label, e.g. amounts in USD billions.
        title, source: chart title and source line (article names).
        lang: ``"ar"`` (right to left) or ``"en"``.
        value_fmt: format of the value annotations.
        xlabel: optional axis label, e.g. ``{"ar": "مليار دولار", "en": "USD bn"}``.
        figsize: inches; default from the style.

    Returns:
        matplotlib Figure.
    """
    check_lang(lang)
    if len(labels) != len(values):
        raise ValueError(f"{len(labels)} labels but {len(values)} values")
    rtl = lang == "ar"
    with chart_style(lang):
        fig, ax = _new_figure(figsize)
        positions = range(len(values))
        ax.barh(positions, values, color=_palette()[0], height=0.62)
        ax.set_yticks(positions, [label(text, lang) for text in labels])
        ax.invert_yaxis()
        offset, ha = (-4, "right") if rtl else (4, "left")
        for y, value in zip(positions, values):
            ax.annotate(
                label(format_value(value, value_fmt), lang), (value, y),
                xytext=(offset, 0), textcoords="offset points", ha=ha, va="center",
                fontsize=10,
            )
        ax.margins(x=0.2)
        ax.tick_params(axis="y", length=0)
        if rtl:
            ax.invert_xaxis()
            ax.yaxis.tick_right()
            ax.spines[["left", "top"]].set_visible(False)
            ax.spines["right"].set_visible(True)
        if xlabel is not None:
            ax.set_xlabel(label(xlabel, lang))
        ax.xaxis.set_major_formatter(_number_formatter(lang))
        if isinstance(value_fmt, str) and "." not in value_fmt.format(1.5):
            # Whole numbers shown (counts of articles, payers): whole-number ticks, never «2.5».
            from matplotlib.ticker import MaxNLocator

            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        return _finish(fig, ax, title, source, lang)


def grouped_bars(
    categories: Sequence[Text],
    series: Mapping[str, Sequence[float]] | Sequence[tuple[Text, Sequence[float]]],
    *,
    title: Text,
    source: Text,
    lang: str = "ar",
    value_fmt: ValueFormat = "{:,.0f}",
    ylabel: Text | None = None,
    figsize: tuple[float, float] | None = None,
):
    """Vertical bars grouped by category, one colour per series, annotated with values.

    Args:
        categories: group labels along the axis (first on the right for Arabic).
        series: ``{series label: values}`` or ``[(label, values), …]``; label may be a
            ``{"ar": …, "en": …}`` mapping when given as pairs.
        title, source, lang, value_fmt, figsize: as in `barh_values`.
        ylabel: optional value-axis label.

    Returns:
        matplotlib Figure.
    """
    check_lang(lang)
    pairs = list(series.items()) if isinstance(series, Mapping) else list(series)
    for name, values in pairs:
        if len(values) != len(categories):
            raise ValueError(f"series {name!r}: {len(values)} values, {len(categories)} categories")
    with chart_style(lang):
        fig, ax = _new_figure(figsize)
        width = 0.8 / max(len(pairs), 1)
        for i, (name, values) in enumerate(pairs):
            xs = [c + (i - (len(pairs) - 1) / 2) * width for c in range(len(categories))]
            bars = ax.bar(xs, values, width * 0.92, label=label(name, lang))
            ax.bar_label(
                bars, [label(format_value(v, value_fmt), lang) for v in values],
                padding=2, fontsize=9,
            )
        ax.set_xticks(range(len(categories)), [label(text, lang) for text in categories])
        ax.tick_params(axis="x", length=0)
        ax.margins(y=0.12)
        if lang == "ar":
            ax.invert_xaxis()
            ax.yaxis.tick_right()
            ax.spines[["left", "top"]].set_visible(False)
            ax.spines["right"].set_visible(True)
        if ylabel is not None:
            ax.set_ylabel(label(ylabel, lang))
        ax.yaxis.set_major_formatter(_number_formatter(lang))
        handles, names = ax.get_legend_handles_labels()
        if lang == "ar":  # first series on the right, swatch after (right of) its label
            handles, names = handles[::-1], names[::-1]
        ax.legend(
            handles, names, loc="upper right" if lang == "ar" else "upper left",
            ncols=len(pairs), markerfirst=lang != "ar",
        )
        return _finish(fig, ax, title, source, lang)


def timeline(
    dates: Sequence,
    labels: Sequence[Text],
    *,
    title: Text,
    source: Text,
    lang: str = "ar",
    ends: Sequence | None = None,
    figsize: tuple[float, float] | None = None,
):
    """Events on a date axis: a dot per event and its label on a stem, stems alternating.

    An event known only to its month or year is drawn as a bar over that span (``ends``),
    its stem at the span's middle: a year is never shown as its first of January.

    Args:
        dates: one date per event (``datetime``, ``date``, ``numpy.datetime64`` or ISO str);
            for a span, its first day.
        labels: one label per event.
        title, source, lang, figsize: as in `barh_values`.
        ends: the last day of each event's span (equal to its date for a day).

    Returns:
        matplotlib Figure.
    """
    import matplotlib.dates as mdates
    import pandas as pd

    check_lang(lang)
    if len(dates) != len(labels):
        raise ValueError(f"{len(dates)} dates but {len(labels)} labels")
    if ends is not None and len(ends) != len(dates):
        raise ValueError(f"{len(dates)} dates but {len(ends)} ends")
    first = [ts.to_pydatetime() for ts in pd.to_datetime(list(dates))]
    last = first if ends is None else [ts.to_pydatetime() for ts in pd.to_datetime(list(ends))]
    when = [a + (b - a) / 2 for a, b in zip(first, last)]
    order = sorted(range(len(when)), key=when.__getitem__)
    levels = [(1 + i % 3) * (1 if i % 2 == 0 else -1) for i in range(len(order))]
    with chart_style(lang):
        fig, ax = _new_figure(figsize or (9.0, 4.8))
        ax.axhline(0, color="#999999", linewidth=1, zorder=1)
        for level, i in zip(levels, order):
            ax.vlines(when[i], 0, level, color="#BBBBBB", linewidth=1, zorder=1)
            if last[i] > first[i]:  # a month or a year: the span, not a day
                ax.hlines(0, first[i], last[i], color=_palette()[0], linewidth=6, alpha=0.5, zorder=2)
            ax.plot(when[i], 0, "o", color=_palette()[0], markersize=6, zorder=3)
            ax.annotate(
                label(labels[i], lang), (when[i], level),
                xytext=(0, 4 if level > 0 else -4), textcoords="offset points",
                ha="center", va="bottom" if level > 0 else "top", fontsize=9,
            )
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(
            _func_formatter(lambda x: label(month_label(mdates.num2date(x), lang), lang))
        )
        ax.set_ylim(-4.2, 4.2)
        ax.margins(x=0.12)
        ax.yaxis.set_visible(False)
        ax.spines[["left", "right", "top"]].set_visible(False)
        return _finish(fig, ax, title, source, lang)


def _text_height_in(fig, texts: Sequence[str], size: float) -> float:
    """The tallest of ``texts`` at ``size`` points as a text box of ``fig`` (the font's
    ascent and descent included; Arabic fonts stand taller than Latin ones), in inches."""
    from matplotlib.backends.backend_agg import RendererAgg

    renderer = RendererAgg(10, 10, fig.dpi)
    tallest = size / 72
    for t in texts:
        probe = fig.text(0, 0, t, fontsize=size)
        tallest = max(tallest, probe.get_window_extent(renderer).height / fig.dpi)
        probe.remove()
    return tallest


def flow_chart(
    payers: Sequence[str],
    recipients: Sequence[str],
    values: Sequence[float],
    *,
    title: Text,
    source: Text,
    lang: str = "ar",
    value_fmt: ValueFormat = "{:,.1f}",
    names: Mapping[str, Text] | None = None,
    figsize: tuple[float, float] | None = None,
):
    """Who pays whom: payers in one column, recipients in the other, a band per flow
    whose width is its amount (a Sankey diagram with two columns).

    Arabic reads from the right: payers stand on the right and the money flows
    leftwards to the recipients; in English payers stand on the left.

    Args:
        payers, recipients: one name (a key) per flow.
        values: one amount per flow (e.g. USD billions); flows of one pair add up.
        title, source, lang, value_fmt, figsize: as in `barh_values`.
        names: how to label each key (default the key itself).

    Returns:
        matplotlib Figure.
    """
    from matplotlib.patches import PathPatch, Rectangle
    from matplotlib.path import Path as MPath

    check_lang(lang)
    if not len(payers) == len(recipients) == len(values):
        raise ValueError(f"{len(payers)} payers, {len(recipients)} recipients, {len(values)} values")
    names = dict(names or {})
    pair_total: dict[tuple[str, str], float] = {}
    for p, r, v in zip(payers, recipients, values):
        pair_total[(p, r)] = pair_total.get((p, r), 0.0) + float(v)

    def totals(side: int) -> dict[str, float]:
        out: dict[str, float] = {}
        for pair, v in pair_total.items():
            out[pair[side]] = out.get(pair[side], 0.0) + v
        return dict(sorted(out.items(), key=lambda kv: (-kv[1], str(kv[0]))))

    left_tot, right_tot = totals(0), totals(1)
    grand = sum(pair_total.values()) or 1.0
    gap = 0.02
    n = max(len(left_tot), len(right_tot), 1)
    scale = (1 - gap * (n - 1)) / grand  # height per unit of money, same on both sides

    def place(tot: dict[str, float], line: float) -> dict[str, list[float]]:
        # Thin nodes are moved down so that their labels' centres are a line apart.
        y, out, centre = 1.0, {}, None
        for key, v in tot.items():
            if centre is not None:
                y = min(y, centre - line + v * scale / 2)
            out[key] = [y, y - v * scale, y]  # top, bottom, next free y for bands
            centre = y - v * scale / 2
            y -= v * scale + gap
        return out

    rtl = lang == "ar"
    x_src, x_dst, w = (0.78, 0.18, 0.04) if rtl else (0.18, 0.78, 0.04)
    colors = _palette()
    height = figsize or (9.0, max(3.6, 0.55 * n + 1.6))
    with chart_style(lang):
        fig, ax = _new_figure(height)
        texts = {side: {key: label(f"{pick_lang(pick_name(names, key), lang)} ({format_value(v, value_fmt)})", lang)
                        for key, v in tot.items()} for side, tot in (("src", left_tot), ("dst", right_tot))}
        # One label's height (the tallest, as the font draws it), in data units of a y range
        # from ``low`` to 1.02: thin nodes are moved apart so their labels never overlap.
        per_unit = 1.15 * _text_height_in(fig, [t for side in texts.values() for t in side.values()], 9) / (
            ax.get_position().height * fig.get_figheight())
        low = -0.02
        for _ in range(2):  # the range depends on the placement: settle it once more
            src, dst = place(left_tot, per_unit * (1.02 - low)), place(right_tot, per_unit * (1.02 - low))
            low = min([b for _, b, _ in src.values()] + [b for _, b, _ in dst.values()] + [0]) - 0.02
        order = {k: i for i, k in enumerate(left_tot)}
        for (p, r), v in sorted(pair_total.items(), key=lambda kv: (order[kv[0][0]], -kv[1])):
            h = v * scale
            y0, y1 = src[p][2], dst[r][2]
            src[p][2] -= h
            dst[r][2] -= h
            xa, xb = (x_src, x_dst + w) if rtl else (x_src + w, x_dst)
            mid = (xa + xb) / 2
            verts = [(xa, y0), (mid, y0), (mid, y1), (xb, y1), (xb, y1 - h), (mid, y1 - h), (mid, y0 - h),
                     (xa, y0 - h), (xa, y0)]
            codes = [MPath.MOVETO, MPath.CURVE4, MPath.CURVE4, MPath.CURVE4, MPath.LINETO,
                     MPath.CURVE4, MPath.CURVE4, MPath.CURVE4, MPath.CLOSEPOLY]
            ax.add_patch(PathPatch(MPath(verts, codes), facecolor=colors[order[p] % len(colors)],
                                   alpha=0.45, edgecolor="none"))
        for pos, x, outward, side in ((src, x_src, rtl, "src"), (dst, x_dst, not rtl, "dst")):
            for key, (top, bottom, _) in pos.items():
                ax.add_patch(Rectangle((x, bottom), w, top - bottom, color="#444444"))
                tx, ha = (x + w + 0.01, "left") if outward else (x - 0.01, "right")
                ax.text(tx, (top + bottom) / 2, texts[side][key], ha=ha, va="center", fontsize=9)
        ax.set_xlim(0, 1)
        ax.set_ylim(low - per_unit * (1.02 - low) / 2, 1.02)
        ax.set_axis_off()
        return _finish(fig, ax, title, source, lang)


def pick_name(names: Mapping[str, Text], key: str) -> Text:
    """The label of a flow chart node (the key when ``names`` has none)."""
    return names.get(key, key)


def _palette() -> list[str]:
    import matplotlib as mpl

    return mpl.rcParams["axes.prop_cycle"].by_key()["color"]


def _func_formatter(func: Callable[[float], str]):
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: func(x))


def _number_formatter(lang: str):
    """Tick labels like ``1,000`` / ``2.5`` passed through `label`."""
    return _func_formatter(lambda x: label(f"{x:,.10g}", lang))
