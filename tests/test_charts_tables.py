"""Arabic tables as HTML: escaped, right-to-left where the text is Arabic."""

from __future__ import annotations

import html.parser

import pandas as pd

from analysis.charts import rtl_table_html

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


class _Cells(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.cells, self._attrs = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("td", "th"):
            self._attrs = dict(attrs)
            self.cells.append([self._attrs, ""])

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self._attrs = None

    def handle_data(self, data):
        if self._attrs is not None:
            self.cells[-1][1] += data


def _parse(markup):
    parser = _Cells()
    parser.feed(markup)
    return parser


def test_arabic_table_is_rtl_and_escaped():
    df = pd.DataFrame(
        {"الشركة": ["أوبن إيه آي", "xAI", HOSTILE], "المبلغ (مليار دولار)": [6.6, 6.0, None]}
    )
    markup = rtl_table_html(df, index=False, caption="جدول <1>")
    parsed = _parse(markup)
    assert [t for t, _ in parsed.tags].count("script") == 0
    assert [t for t, _ in parsed.tags].count("img") == 0
    table_attrs = dict(parsed.tags)["table"]
    assert table_attrs["dir"] == "rtl"
    texts = {text: attrs.get("dir") for attrs, text in parsed.cells}
    assert texts["أوبن إيه آي"] == "rtl"
    assert texts["xAI"] == "ltr"
    assert texts[HOSTILE] == "ltr"  # the text survives, as text
    assert texts["6.6"] is None  # numbers inherit the table direction
    assert "&lt;script&gt;" in markup and "جدول &lt;1&gt;" in markup


def test_latin_table_is_ltr():
    df = pd.DataFrame({"company": ["OpenAI", "xAI"], "usd_bn": [6.6, 6.0]})
    parsed = _parse(rtl_table_html(df))
    assert dict(parsed.tags)["table"]["dir"] == "ltr"
    assert len([c for c in parsed.cells]) == 3 * 3  # index + 2 columns, header + 2 rows


def test_index_and_missing_values():
    df = pd.DataFrame({"القيمة": [1.5, float("nan")]}, index=pd.Index(["أ", "ب"], name="حدث"))
    parsed = _parse(rtl_table_html(df))
    assert [text for _, text in parsed.cells] == ["حدث", "القيمة", "أ", "1.5", "ب", ""]
