"""The notebooks in JupyterLab itself: Arabic prose right to left, code left to right.

Starts a real JupyterLab server on loopback and opens a notebook in headless Chromium.
"""

from __future__ import annotations

import pytest
from conftest import CHROMIUM_ARGS, ROOT, jupyter_lab, require_module, require_tool

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with jupyter_lab(ROOT, tmp_path_factory.mktemp("jupyter-home")) as server:
        yield server


def test_arabic_prose_is_rtl_and_code_ltr_in_jupyterlab(lab, tmp_path):
    chromium = require_tool("chromium")
    sync_api = require_module("playwright.sync_api")
    base, token = lab
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{base}/lab/tree/notebooks/02_funding_history.ipynb?token={token}")
        try:
            page.wait_for_selector(".jp-RenderedMarkdown div[dir=rtl] p", state="attached", timeout=60_000)
            page.wait_for_selector(".jp-InputArea-editor .cm-content", state="attached", timeout=60_000)
        finally:
            page.screenshot(path=str(tmp_path / "jupyterlab.png"))
        directions = page.evaluate("""() => ({
            prose: Array.from(document.querySelectorAll('.jp-RenderedMarkdown div[dir=rtl] p'))
                       .map(e => getComputedStyle(e).direction),
            align: Array.from(document.querySelectorAll('.jp-RenderedMarkdown div[dir=rtl] h1, .jp-RenderedMarkdown div[dir=rtl] p'))
                       .map(e => getComputedStyle(e).textAlign),
            code: Array.from(document.querySelectorAll('.jp-InputArea-editor .cm-content'))
                       .map(e => getComputedStyle(e).direction),
        })""")
        browser.close()
    assert directions["prose"] and set(directions["prose"]) == {"rtl"}
    # Paragraphs as well as headings right-aligned: «align="right"» on the wrapper computes
    # as -webkit-right (right, and inherited), "start" is right in a right-to-left block.
    assert directions["align"] and set(directions["align"]) <= {"start", "right", "-webkit-right"}
    assert directions["code"] and set(directions["code"]) == {"ltr"}
