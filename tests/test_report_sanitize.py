"""Sanitizer, text direction and offline export, without a kernel or a browser."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.report import (
    escape_markdown,
    export_html,
    render_prose,
    sanitize_html,
    text_direction,
)
from analysis.report.sanitize import add_direction

HOSTILE = Path(__file__).parent / "fixtures" / "articles" / "999_hostile.txt"
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
PAYLOADS = {
    "script": "<script>document.title='PWNED'</script>",
    "img onerror": "<img src=x onerror=\"document.title='PWNED'\">",
    "iframe": "<iframe src=\"javascript:parent.document.title='PWNED'\"></iframe>",
    "iframe srcdoc": "<iframe srcdoc=\"<script>parent.document.title='PWNED'</script>\"></iframe>",
    "javascript link": "<a href=\"javascript:document.title='PWNED'\">اضغط</a>",
    "svg onload": "<svg onload=\"document.title='PWNED'\"></svg>",
    "meta refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "form": '<form><button formaction="javascript:alert(1)">x</button></form>',
    "style": "<style>body{display:none}</style>",
    "outside image": '<img src="https://evil.example/t.png">',
    "object": '<object data="https://evil.example/x.swf"></object>',
    "data link": '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    "outside source": '<picture><source srcset="https://evil.example/t.png"><img src="data:image/png;base64,AA"></picture>',
    "second candidate": '<picture><source srcset="data:image/png;base64,AA, https://evil.example/t.png 2x">'
                        '<img src="data:image/png;base64,AA"></picture>',
    "svg source": '<picture><source srcset="data:image/svg+xml;base64,AA"><img src="data:image/png;base64,AA"></picture>',
    "source onerror": '<picture><source srcset="data:image/png;base64,AA" onerror="document.title=1"></picture>',
}
BAD = re.compile(
    r"<script|<iframe|<svg|<form|<style|<object|<meta|onerror|onload|javascript:|evil\.example|data:text"
    r'|srcset="data:image/svg',
    re.IGNORECASE,
)


def md(source: str) -> str:
    from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

    return MarkdownWithMath(renderer=IPythonRenderer(escape=False)).render(source)


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_each_payload_is_removed(name):
    out = render_prose(f"<p>نص قبل</p>{PAYLOADS[name]}<p>نص بعد</p>")
    assert not BAD.search(out), out
    assert "نص قبل" in out and "نص بعد" in out


def test_markdown_link_to_javascript_is_removed():
    out = render_prose(md("[اضغط](javascript:document.title='PWNED')"))
    assert "javascript" not in out.lower() and "اضغط" in out


def test_hostile_article_as_markdown_is_harmless():
    out = render_prose(md(HOSTILE.read_text(encoding="utf-8")))
    assert not BAD.search(out), out
    assert "مقال عدائي للاختبار" in out


def test_structure_is_kept():
    src = (
        '<h2 id="x">عنوان</h2><p dir="ltr"><b>b</b> <a href="https://example.org/">link</a></p>'
        '<table><tr><th colspan="2">رأس</th></tr><tr><td>1</td><td>نص</td></tr></table>'
        f'<ul><li>أ</li></ul><pre><code>x = 1</code></pre><img src="data:image/png;base64,{PNG}">'
        '<span style="color:red;position:fixed">لون</span>'
    )
    out = sanitize_html(src)
    for kept in ('<h2 id="x">', '<p dir="ltr">', "<b>b</b>", 'href="https://example.org/"',
                 'colspan="2"', "<ul><li>", "<pre><code>", f"base64,{PNG}", "color:red"):  # fmt: skip
        assert kept in out, (kept, out)
    assert "position" not in out
    assert 'rel="noopener noreferrer"' in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تمويل شركات الذكاء الاصطناعي", "rtl"),
        ("OpenAI هي الشركة التي عرض ماسك شراءها", "rtl"),  # Arabic despite the Latin first word
        ("The funding round closed in May.", "ltr"),
        ("-12.5", "ltr"),
        ("٤٥", "ltr"),
        ("  ", None),
    ],
)
def test_text_direction(text, expected):
    assert text_direction(text) == expected


def test_add_direction_blocks_and_tables():
    html, whole = add_direction(
        "<p>نص عربي</p><p>English text</p><p>نص <code>some_long_code_name()</code></p>"
        "<table><tr><th>المعرّف</th></tr><tr><td>000_058ae3e1c078b0a8</td></tr>"
        "<tr><td>-3.5</td></tr></table>",
        default_dir="rtl",
    )
    assert '<p dir="rtl">نص عربي' in html and '<p dir="ltr">English' in html
    assert '<p dir="rtl">نص <code>' in html  # code does not vote
    assert '<table dir="rtl">' in html  # Arabic header: right to left although ids are Latin
    assert '<td dir="ltr">-3.5' in html
    assert whole == "ltr"  # the Latin ids outnumber the Arabic letters overall


def test_existing_dir_is_kept():
    html, _ = add_direction('<p dir="ltr">نص</p>')
    assert html == '<p dir="ltr">نص</p>'


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def _render_text(source: str) -> tuple[set[str], str]:
    p = _Text()
    p.feed(md(source))
    return p.tags, " ".join("".join(p.text).split())


def test_escape_markdown_shows_hostile_text_literally():
    raw = HOSTILE.read_text(encoding="utf-8")
    tags, text = _render_text(escape_markdown(raw))
    assert tags <= {"p", "br"}
    assert text == " ".join(line.strip() for line in raw.split())


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ابت xAI<>&\"'`*_[]()#+-.!|~$=:\\/\n\t1٢{}%;")), max_size=60
    )
)
def test_escape_markdown_round_trips(raw):
    tags, text = _render_text(escape_markdown(raw))
    assert tags <= {"p", "br"}, (raw, md(escape_markdown(raw)))
    assert text == " ".join(raw.split())


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.refs += [(tag, k, v) for k, v in attrs if k in ("src", "href", "action", "data")]


def hostile_notebook():
    nbf = nbformat.v4
    hostile = HOSTILE.read_text(encoding="utf-8")
    out = [
        nbf.new_output("display_data", {"text/html": hostile, "text/plain": "x"}),
        nbf.new_output("display_data", {"text/markdown": hostile, "text/plain": "x"}),
        nbf.new_output(
            "display_data", {"application/javascript": "document.title='PWNED'", "text/plain": "js"}
        ),
        nbf.new_output(
            "display_data",
            {"image/svg+xml": "<svg onload=\"document.title='P'\"><script>x</script></svg>"},
        ),
        nbf.new_output(
            "display_data",
            {"image/png": PNG},
            metadata={"image/png": {"width": "1 onerror=alert(1)"}},
        ),
        nbf.new_output("display_data", {"text/vnd.mermaid": "<script>alert(1)</script>"}),
        nbf.new_output(
            "display_data",
            {"application/vnd.jupyter.widget-view+json": {"model_id": "m"}, "text/plain": "widget"},
        ),
    ]
    return nbf.new_notebook(
        cells=[
            nbf.new_markdown_cell("# عنوان التقرير\n\nفقرة أولى.\n\n" + hostile),
            nbf.new_code_cell("print('hi')", outputs=out),
            nbf.new_raw_cell(
                "<script>alert(1)</script><p>خام</p>", metadata={"raw_mimetype": "text/html"}
            ),
        ],
        metadata={"widgets": {"application/vnd.jupyter.widget-state+json": {"state": {}}}},
    )


def test_export_is_offline_and_script_free():
    page = export_html(hostile_notebook(), title="عنوان <b>", lang="ar")
    parser = _Refs()
    parser.feed(page)
    assert "script" not in parser.tags and "iframe" not in parser.tags and "link" not in parser.tags
    for tag, attr, value in parser.refs:
        if tag == "img":
            assert value.startswith("data:image/"), (tag, attr, value[:80])
        else:
            assert not re.match(r"\s*(https?:|//|javascript:|data:)", value, re.IGNORECASE), (
                tag,
                attr,
                value,
            )
    assert "Content-Security-Policy" in page and "script-src 'none'" in page
    assert "cdnjs" not in page and "mathjax" not in page.lower() and "require.min.js" not in page
    assert (
        "onerror" not in page and "PWNED'" not in page.replace("&#x27;", "'").split("<body", 1)[0]
    )
    assert "<title>عنوان &lt;b&gt;</title>" in page
    assert 'lang="ar"' in page and "@font-face" in page


def test_export_hides_parameter_cells_and_prompts():
    nbf = nbformat.v4
    nb = nbf.new_notebook(
        cells=[
            nbf.new_code_cell("lang = 'ar'", metadata={"tags": ["parameters"]}),
            nbf.new_code_cell(
                "articles = '/home/someone/private'", metadata={"tags": ["injected-parameters"]}
            ),
            nbf.new_code_cell("x = 1", execution_count=3),
        ]
    )
    page = export_html(nb, title="t", lang="en", show_code=True)
    assert "/home/someone/private" not in page
    assert "In&nbsp;[" not in page and "x" in page
    assert 'lang="en"' in page


PNG_BYTES = __import__("base64").b64decode(PNG)


def test_markdown_cells_keep_inline_links_and_embed_local_images(tmp_path):
    (tmp_path / "nb").mkdir()
    (tmp_path / "nb" / "fig.png").write_bytes(PNG_BYTES)
    (tmp_path / "secret.png").write_bytes(PNG_BYTES)
    nbf = nbformat.v4
    cell = (
        '<a href="https://example.org/">رابط داخلي</a> و<span style="color:red">أحمر</span>\n\n'
        '![شكل](fig.png)\n\n![خارج](../secret.png)\n\n<img src="fig.png" alt="وسم">'
    )
    output = nbf.new_output(
        "display_data", {"text/markdown": "![مقال](fig.png) ![x](/etc/hostname)"}
    )
    nb = nbf.new_notebook(
        cells=[nbf.new_markdown_cell(cell), nbf.new_code_cell("", outputs=[output])]
    )
    page = export_html(nb, title="t", path=tmp_path / "nb")
    assert 'href="https://example.org/" rel="noopener noreferrer">رابط داخلي</a>' in page
    assert '<span style="color:red">أحمر</span>' in page
    assert page.count(f"data:image/png;base64,{PNG}") == 2  # the Markdown image and the <img>
    assert 'alt="خارج"' not in page  # outside the notebook's folder: not read, and dropped
    assert 'alt="مقال"' not in page and "/etc/hostname" not in page  # outputs embed nothing


def test_picture_keeps_inline_sources_only():
    narrow = f'<source media="(max-width: 600px)" srcset="data:image/png;base64,{PNG}">'
    fragment = f'<picture>{narrow}<img src="data:image/png;base64,{PNG}" alt="شكل"></picture><p>بعده نص عربي</p>'
    out = render_prose(fragment, "rtl")
    assert f"<picture>{narrow}<img" in out and "</picture>" in out
    # <source> is void: the paragraph after the picture still gets its direction.
    assert '<p dir="rtl">بعده نص عربي</p>' in out
    assert "<source>" in sanitize_html('<picture><source srcset="https://evil.example/t.png"></picture>')
