"""Shared fixtures. Tools that are missing skip their tests locally but fail in CI."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests: `make test` runs them derandomized (the same examples every run), with
# no deadline (a shared 2-core machine stalls) and no example database; `--hypothesis-profile
# dev` explores new examples locally.
settings.register_profile("ci", derandomize=True, deadline=None, database=None, print_blob=True)
settings.register_profile("dev", deadline=None)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")



def found_names(text, kinds=("org", "person", "fund", "government", "product", "place")):
    """(name_en, kind, surface) of every mention in ``text`` the finders name, also in the
    page's furniture (a dateline, a masthead, a caption's credit), which the entities table
    leaves out (convention C10; tests/test_names15.py)."""
    from analysis.extract.entities import extract_entities

    df = extract_entities(text, furniture=False)
    return [(n, k, s) for n, k, s in zip(df["name_en"], df["kind"], df["surface"]) if k in kinds]

def missing(msg: str) -> None:
    """Something a test needs is not installed: skip locally, fail in CI, where the
    set-up must have installed it."""
    if IN_CI:
        pytest.fail(msg)
    pytest.skip(msg)


def require_module(name: str):
    """Import a test dependency (the ``test`` extra); skip locally, fail in CI, without it."""
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        missing(f"{name} is not installed (pip install -r requirements.lock)")


def pytest_collection_modifyitems(items):
    """Tests that start a Dask cluster are marked ``dask`` (``make test-fast`` leaves them out)."""
    for item in items:
        if "dask_client" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.dask)


def require_tool(name: str) -> str:
    """Path of an external program; skip (or, in CI, fail) when it is missing."""
    path = shutil.which(name)
    if path is None:
        missing(f"{name} is not installed (`bash scripts/system-deps.sh test` installs it)")
    return path


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def jupyter_lab(root: Path, home: Path, token: str = "test-token"):
    """A JupyterLab server on 127.0.0.1 (a free port, a token) serving ``root``, with its
    settings in ``home`` and no call home; yields its base URL and token."""
    port = free_port()
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTER_DATA_DIR": str(home / "data"),
           "JUPYTER_RUNTIME_DIR": str(home / "runtime")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--ServerApp.token={token}", f"--ServerApp.root_dir={root}", "--allow-root",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    pytest.fail("JupyterLab did not start")
                time.sleep(0.5)
        yield base, token
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def corpus():
    from analysis import load_corpus

    return load_corpus()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


class PageElements(HTMLParser):
    """What a browser would build from a page: every tag, every attribute, and the
    text inside each element that has an id."""

    def __init__(self, page: str = ""):
        super().__init__()
        self.names: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []
        self.text: dict[str, str] = {}
        self._stack: list[str | None] = []
        if page:
            self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.names.add(tag)
        self.attrs.extend(attrs)
        ident = dict(attrs).get("id")
        self._stack.append(ident)
        if ident:
            self.text[ident] = ""

    def handle_endtag(self, tag):
        if self._stack:
            self._stack.pop()

    def handle_data(self, data):
        for ident in self._stack:
            if ident:
                self.text[ident] += data
