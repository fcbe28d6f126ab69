"""The notebooks in JupyterLab itself: Arabic prose right to left, code left to right.

Starts a real JupyterLab server on loopback and opens a notebook in headless Chromium.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import ROOT, require_module, require_tool

pytestmark = pytest.mark.browser
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    port, token = free_port(), "test-token"
    home = tmp_path_factory.mktemp("jupyter-home")
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_DATA_DIR": str(home / "data"),
           "JUPYTER_RUNTIME_DIR": str(home / "runtime")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--ServerApp.token={token}", f"--ServerApp.root_dir={ROOT}", "--allow-root",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            break
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("JupyterLab did not start")
            time.sleep(0.5)
    yield base, token
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


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
            align: Array.from(document.querySelectorAll('.jp-RenderedMarkdown div[dir=rtl] h1'))
                       .map(e => getComputedStyle(e).textAlign),
            code: Array.from(document.querySelectorAll('.jp-InputArea-editor .cm-content'))
                       .map(e => getComputedStyle(e).direction),
        })""")
        browser.close()
    assert directions["prose"] and set(directions["prose"]) == {"rtl"}
    assert set(directions["align"]) <= {"start", "right"}
    assert directions["code"] and set(directions["code"]) == {"ltr"}
