"""Tables with Arabic text as escaped HTML, right-to-left where the text is Arabic."""

from __future__ import annotations

import html
import math

from analysis.charts.shaping import has_arabic

TABLE_CLASS = "rtl-table"


def cell_dir(value: object) -> str | None:
    """``"rtl"`` for text with Arabic, ``"ltr"`` for other text with letters, else None."""
    text = str(value)
    if has_arabic(text):
        return "rtl"
    return "ltr" if any(c.isalpha() for c in text) else None


def _cell(tag: str, value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        value = ""
    direction = cell_dir(value)
    attr = f' dir="{direction}"' if direction else ""
    if direction == "rtl":
        attr += ' lang="ar"'  # an Arabic cell in an English table reads as Arabic
    return f"<{tag}{attr}>{html.escape(str(value), quote=True)}</{tag}>"


def rtl_table_html(df, *, index: bool = True, caption: str | None = None) -> str:
    """Render a DataFrame as an HTML table; every value is escaped (article text is untrusted).

    The table gets ``dir="rtl"`` when its header or most of its text cells are Arabic; each
    cell gets ``dir="rtl"`` (Arabic) or ``dir="ltr"`` (other text), numbers inherit.

    Args:
        df: a pandas DataFrame (flat columns; a MultiIndex is shown joined by " / ").
        index: include the index as the first column.
        caption: optional caption (escaped too).

    Returns:
        An HTML string.
    """
    columns = [" / ".join(map(str, c)) if isinstance(c, tuple) else c for c in df.columns]
    rows = [
        ([" / ".join(map(str, key)) if isinstance(key, tuple) else key] if index else [])
        + list(values)
        for key, values in zip(df.index, df.itertuples(index=False, name=None))
    ]
    header = ([df.index.name or ""] if index else []) + columns
    texts = [v for row in rows for v in row if isinstance(v, str) and v.strip()]
    arabic = sum(map(has_arabic, texts))
    rtl = any(has_arabic(str(h)) for h in header) or (texts and arabic * 2 >= len(texts))
    parts = [f'<table class="{TABLE_CLASS}" dir="{"rtl" if rtl else "ltr"}">']
    if caption is not None:
        parts.append(_cell("caption", caption))
    parts.append("<thead><tr>" + "".join(_cell("th", h) for h in header) + "</tr></thead>")
    parts.append("<tbody>")
    parts.extend("<tr>" + "".join(_cell("td", v) for v in row) + "</tr>" for row in rows)
    parts.append("</tbody></table>")
    return "\n".join(parts)


def show_table(df, **kwargs):
    """An ``IPython.display.HTML`` of `rtl_table_html` for notebooks."""
    from IPython.display import HTML

    return HTML(rtl_table_html(df, **kwargs))
