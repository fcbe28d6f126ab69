"""The report as an nbconvert exporter (``arabic_report``): through a Jupyter server's
/api/nbconvert and /nbconvert/ URLs (what JupyterLab's "Save and Export Notebook As"
menu uses), through ``jupyter nbconvert --to arabic_report`` in a terminal, and with
its options (traits). Pages are checked in headless Chromium with the network off.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import jupytext
import nbformat
import pytest
from conftest import CHROMIUM_ARGS, jupyter_lab, missing, require_module, require_tool

from analysis.report.exporter import NAME, ArabicReportExporter

HOSTILE = Path(__file__).parent / "fixtures" / "articles" / "999_hostile.txt"
TITLE = "تقرير تجريبي عن تمويل الذكاء الاصطناعي"
# A notebook an analyst might have open: article text shown as Markdown and as HTML, a
# JavaScript output, a pandas Styler with a planted caption, and links to article pages.
SOURCE = """# %% [markdown]
# # تقرير تجريبي عن تمويل الذكاء الاصطناعي
#
# فقرة عربية تقرأ من اليمين إلى اليسار، وفيها اسم شركة مثل OpenAI وحجم جولتها.
#
# This paragraph is in English and reads left to right.

# %%
from pathlib import Path

import pandas as pd
from IPython.display import HTML, Javascript, Markdown, display

hostile = Path("999_hostile.txt").read_text(encoding="utf-8")
print("قرأنا المقالة:", len(hostile) > 0)

# %%
display(Markdown(hostile))
display(HTML(hostile))
display(Javascript("document.title='PWNED-js'"))

# %%
table = pd.DataFrame({"الشركة": ["xAI", "OpenAI"], "المبلغ بالمليار": [6, 40]})
table.style.set_caption("<script>document.title='PWNED-styler'</script>جدول التمويل")

# %%
display(Markdown("[صفحة المقالة](articles/a001.html#m-1-4) و[مقالة غائبة](articles/a404.html)"))

# %%
import sys
import warnings

warnings.warn("/home/analyst/private/news: write catalog.csv there")
print("ملاحظة للمحلل على stderr", file=sys.stderr)
print("سطر للقارئ")
"""
CODE_CELL = re.compile(r'class="[^"]*jp-InputArea-editor')
PAGE_STATE = """() => ({
    title: document.title,
    marked: [...document.querySelectorAll('[data-pwned]')].map(e => e.tagName),
    active: [...document.querySelectorAll('script, iframe, frame, object, embed, svg, form, meta[http-equiv=refresh]')]
        .filter(e => e.tagName !== 'META' || e.httpEquiv.toLowerCase() === 'refresh').map(e => e.tagName),
    javascript: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])
        .filter(a => /^\\s*javascript:/i.test(a.value)).map(a => a.name),
    url: location.href,
})"""
DIRECTIONS = """() => {
    const arabic = e => (e.textContent.match(/[\\u0600-\\u06FF]/g) || []).length
                        > (e.textContent.match(/[A-Za-z]/g) || []).length;
    const prose = [...document.querySelectorAll('.report-prose p, .report-prose h1, .report-prose li')];
    return {
        arabic: prose.filter(arabic).map(e => getComputedStyle(e).direction),
        english: prose.filter(e => e.textContent.startsWith('This paragraph'))
                      .map(e => getComputedStyle(e).direction),
        code: [...document.querySelectorAll('.jp-InputArea-editor pre')].map(e => getComputedStyle(e).direction),
        tables: [...document.querySelectorAll('.report-prose table')].map(e => getComputedStyle(e).direction),
    };
}"""


def _entry_point_registered() -> None:
    from nbconvert.exporters.base import get_exporter

    try:
        get_exporter(NAME)
    except ValueError:
        missing(f"the {NAME!r} nbconvert exporter is not registered (pip install -e .)")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A notebook folder: the notebook, run once (``executed.ipynb``), the hostile
    article it reads and one article page (``articles/a001.html``)."""
    from nbclient import NotebookClient

    folder = tmp_path_factory.mktemp("notebooks")
    shutil.copy(HOSTILE, folder)
    (folder / "articles").mkdir()
    (folder / "articles" / "a001.html").write_text("<p>مقالة</p>", encoding="utf-8")
    nb = jupytext.reads(SOURCE, fmt="py:percent")
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / "source.ipynb")
    NotebookClient(nb, timeout=300, resources={"metadata": {"path": str(folder)}}).execute()
    nbformat.write(nb, folder / "executed.ipynb")
    return folder


@pytest.fixture(scope="module")
def chromium():
    path = require_tool("chromium")
    sync_api = require_module("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=["--headless", *CHROMIUM_ARGS])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def lab(folder, tmp_path_factory):
    _entry_point_registered()
    with jupyter_lab(folder, tmp_path_factory.mktemp("jupyter-home")) as server:
        yield server


def open_offline(browser, url: str):
    """Open ``url`` with every other request (but ``data:``) aborted and recorded."""
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    problems: list[str] = []

    def route(r):
        if r.request.url == url or r.request.url.startswith("data:"):
            r.continue_()
        else:
            problems.append(f"request: {r.request.url}")
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.goto(url)
    page.evaluate("() => document.fonts.ready.then(() => true)")
    return page, problems


def assert_safe_rtl_report(page, problems: list[str], code: bool = False) -> None:
    """Nothing ran or can run, prose right to left, code left to right (when shown: a
    report for readers has none), nothing fetched."""
    page.wait_for_timeout(300)
    state = page.evaluate(PAGE_STATE)
    assert state["title"] == TITLE
    assert state["marked"] == [] and state["active"] == [] and state["javascript"] == []
    # The links the article planted must not run anything when clicked either.
    links = page.locator('.report-prose a:not(.anchor-link):not([href^="articles/"]):visible')
    assert links.count() >= 3
    for i in range(links.count()):
        links.nth(i).click(no_wait_after=True, timeout=5000)
    page.wait_for_timeout(300)
    assert page.evaluate(PAGE_STATE) == state
    directions = page.evaluate(DIRECTIONS)
    assert len(directions["arabic"]) >= 3 and set(directions["arabic"]) == {"rtl"}, directions
    assert directions["english"] == ["ltr"]
    if code:
        assert directions["code"] and set(directions["code"]) == {"ltr"}
    else:
        assert directions["code"] == [] and page.locator(".jp-InputArea-editor").count() == 0
    assert directions["tables"] and set(directions["tables"]) == {"rtl"}
    fonts = page.evaluate("() => [...document.fonts].map(f => f.family + ':' + f.status)")
    assert fonts == ["Noto Sans Arabic:loaded"]
    assert problems == []


def nbconvert(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    _entry_point_registered()
    return subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--to", NAME, *args],
        cwd=cwd, capture_output=True, text=True, timeout=600, check=True,
    )


# --- A Jupyter server: what JupyterLab's "Save and Export Notebook As" menu asks -----------


def _get(base: str, token: str, path: str):
    req = urllib.request.Request(f"{base}{path}", headers={"Authorization": f"token {token}"})
    return urllib.request.urlopen(req, timeout=120)


@pytest.mark.browser
def test_the_server_lists_the_exporter(lab):
    base, token = lab
    with _get(base, token, "/api/nbconvert") as resp:
        formats = json.load(resp)
    assert formats[NAME] == {"output_mimetype": "text/html"}
    assert "html" in formats  # beside nbconvert's own


@pytest.mark.browser
def test_the_server_exports_the_notebook_as_it_stands(lab, chromium, folder):
    base, token = lab
    before = (folder / "executed.ipynb").read_bytes()
    with _get(base, token, f"/nbconvert/{NAME}/executed.ipynb") as resp:
        assert resp.headers["Content-Type"].startswith("text/html")
        body = resp.read().decode("utf-8")
    assert "قرأنا المقالة: True" in body  # the saved outputs, not a new run
    assert "<script" not in body and "script-src 'none'" in body and 'lang="ar"' in body
    assert (folder / "executed.ipynb").read_bytes() == before
    page, problems = open_offline(chromium, f"{base}/nbconvert/{NAME}/executed.ipynb?token={token}")
    try:
        assert_safe_rtl_report(page, problems)
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.slow
def test_jupyterlab_menu_lists_the_exporter(lab, chromium):
    base, token = lab
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(f"{base}/lab/tree/executed.ipynb?token={token}")
        page.wait_for_selector(".jp-InputArea-editor .cm-content", state="attached", timeout=90_000)
        # Lab fills the submenu from /api/nbconvert once it has loaded: wait for that answer.
        page.wait_for_function(
            "() => fetch('/api/nbconvert', {headers: {Authorization: 'token %s'}})"
            ".then(r => r.json()).then(f => 'arabic_report' in f)" % token, timeout=60_000)
        page.locator(".lm-MenuBar-itemLabel", has_text="File").click()
        submenu = page.locator(".lm-Menu-itemLabel", has_text="Save and Export Notebook As")
        submenu.hover()
        submenu.click()
        # JupyterLab labels a format it does not know by its name, first letter capitalized.
        page.locator(".lm-Menu-itemLabel", has_text="HTML").first.wait_for(timeout=30_000)
        labels = page.locator(".lm-Menu-itemLabel").all_inner_texts()
    finally:
        page.close()
    assert "Arabic_report" in labels and "HTML" in labels, labels


# --- jupyter nbconvert in a terminal -------------------------------------------------------


@pytest.mark.browser
def test_nbconvert_cli_gives_a_safe_offline_rtl_page(chromium, folder, tmp_path):
    nbconvert("executed.ipynb", "--output-dir", str(tmp_path), cwd=folder)
    page, problems = open_offline(chromium, (tmp_path / "executed.html").as_uri())
    try:
        assert_safe_rtl_report(page, problems)
    finally:
        page.close()


@pytest.mark.browser
def test_nbconvert_cli_shows_code_to_analysts_left_to_right(chromium, folder, tmp_path):
    nbconvert("executed.ipynb", "--output-dir", str(tmp_path),
              "--ArabicReportExporter.show_code=True", cwd=folder)
    page, problems = open_offline(chromium, (tmp_path / "executed.html").as_uri())
    try:
        assert_safe_rtl_report(page, problems, code=True)
    finally:
        page.close()


@pytest.mark.slow
def test_nbconvert_cli_execute_runs_the_notebook_first(folder, tmp_path):
    nbconvert("source.ipynb", "--execute", "--output-dir", str(tmp_path), cwd=folder)
    page = (tmp_path / "source.html").read_text(encoding="utf-8")
    assert "قرأنا المقالة: True" in page and "<script" not in page
    assert not nbformat.read(folder / "source.ipynb", as_version=4).cells[1].outputs


# --- Options -------------------------------------------------------------------------------


def _export(folder: Path, **traits) -> str:
    nb = nbformat.read(folder / "executed.ipynb", as_version=4)
    resources = {"metadata": {"name": "executed", "path": str(folder)}}
    return ArabicReportExporter(**traits).from_notebook_node(nb, resources)[0]


def test_defaults_arabic_without_code_and_links_to_pages_that_exist(folder):
    page = _export(folder)
    assert f"<title>{TITLE}</title>" in page and 'lang="ar"' in page
    assert "read_text" not in page and not CODE_CELL.search(page)  # a report for readers: no code
    assert "قرأنا المقالة: True" in page  # the outputs are there
    assert 'href="articles/a001.html#m-1-4"' in page  # its page is beside the notebook
    assert 'href="articles/a404.html"' not in page and "مقالة غائبة" in page  # no page: text, no link
    assert 'href="index.html"' not in page
    assert ArabicReportExporter.export_from_notebook == "Arabic report (HTML)"


def test_stderr_is_for_the_analyst_not_the_reader(folder):
    nb = nbformat.read(folder / "executed.ipynb", as_version=4)
    streams = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "stream"]
    assert {o["name"] for o in streams} == {"stdout", "stderr"}  # the notebook has both
    page = _export(folder)
    assert "سطر للقارئ" in page and "قرأنا المقالة: True" in page  # stdout stays
    assert "/home/analyst/private" not in page and "ملاحظة للمحلل" not in page  # stderr does not
    analyst = _export(folder, show_code=True)
    assert "/home/analyst/private/news" in analyst and "ملاحظة للمحلل" in analyst
    assert "/home/analyst/private" in json.dumps(nb)  # the notebook itself is not changed


def test_traits_language_code_and_links(folder):
    page = _export(folder, lang="en", show_code=False, article_links="drop", index_link=True)
    assert 'lang="en"' in page and 'href="index.html"' in page and ">All reports<" in page
    assert "read_text" not in page and "قرأنا المقالة: True" in page  # outputs without code
    analyst = _export(folder, show_code=True)
    assert "read_text" in analyst and CODE_CELL.search(analyst)  # code and outputs
    assert "articles/" not in page and "صفحة المقالة" in page
    assert 'href="articles/a404.html"' in _export(folder, article_links="keep")


def test_traits_from_the_command_line(folder, tmp_path):
    nbconvert("executed.ipynb", "--output-dir", str(tmp_path), "--ArabicReportExporter.lang=en",
              "--ArabicReportExporter.show_code=True", cwd=folder)
    page = (tmp_path / "executed.html").read_text(encoding="utf-8")
    assert 'lang="en"' in page and "read_text" in page


def test_narrow_chart_variant_becomes_a_picture_and_bad_metadata_is_dropped(folder):
    import base64

    nb = nbformat.read(folder / "executed.ipynb", as_version=4)
    png = base64.b64encode(b"\x89PNG wide").decode()
    narrow = base64.b64encode(b"\x89PNG narrow").decode()
    image = nbformat.v4.new_output("display_data", data={"image/png": png},
                                   metadata={"image/png": {"narrow": narrow}})
    planted = nbformat.v4.new_output("display_data", data={"image/png": png},
                                     metadata={"image/png": {"narrow": 'AA" onerror="x, https://evil.example/a.png 2x'}})
    nb.cells.append(nbformat.v4.new_code_cell("chart", outputs=[image, planted]))
    page = ArabicReportExporter().from_notebook_node(nb, {"metadata": {"path": str(folder)}})[0]
    found = re.findall(r'<picture><source media="([^"]*)" srcset="data:image/png;base64,([^"]*)"/?>\s*'
                       r'<img [^>]*src="data:image/png;base64,([^"]*)"', page)
    assert found == [("(max-width: 600px)", narrow, png)]
    assert "evil.example" not in page and "onerror" not in page


def test_exporter_is_found_by_name():
    _entry_point_registered()
    from nbconvert.exporters.base import get_export_names, get_exporter

    assert get_exporter(NAME) is ArabicReportExporter and NAME in get_export_names()

