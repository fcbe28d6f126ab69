"""Extract a corpus once: the tables kept on disk, keyed by what they were made from.

A notebook run in JupyterLab, a report build and the notebooks that build runs all
call :func:`prepare` (or :func:`cached_extract_all`). The first extracts and saves the
tables; the others, on the same articles with the same code and word lists, read them
back in a fraction of the time. The key is a SHA-256 of every article (id, raw text,
catalog fields), of the package's code and data files and of its version, so a changed
article, gazetteer or rule never serves stale tables. Warnings the extraction gave are
saved with the tables and shown again when they are read.

The cache lives in the user's cache folder (``platformdirs.user_cache_dir``) unless a
folder is passed; nothing is ever written beside the articles.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import warnings
from functools import cache
from pathlib import Path

import pandas as pd

from analysis.corpus.load import load_corpus
from analysis.run.pipeline import extract_all

PACKAGE = Path(__file__).resolve().parents[1]
KEEP = 8  # cached extractions kept per folder (the most recently used)
_SUFFIX = ".tables.pickle"


def default_cache_dir() -> Path:
    """Where extractions are cached when no folder is given."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("ai-funding-arabic")) / "extractions"


@cache
def _code_digest() -> str:
    """A hash of the package's code and word lists, and of its version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version("ai-funding-arabic")
    except PackageNotFoundError:  # run from a checkout that was never installed
        installed = "not installed"
    h = hashlib.sha256(installed.encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".json", ".csv") and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(PACKAGE)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def corpus_key(corpus: pd.DataFrame) -> str:
    """The cache key of a corpus: its articles, the code and the word lists.

    Args:
        corpus: a :func:`~analysis.load_corpus` frame.

    Returns:
        A hex SHA-256; equal for equal articles under the same package.
    """
    h = hashlib.sha256(_code_digest().encode())
    columns = [c for c in corpus.columns if c not in ("path", "source", "text", "body", "boilerplate")]
    h.update(repr(columns).encode())
    for row in corpus[columns].itertuples(index=False):
        for value in row:
            h.update(b"\x00" + repr(value).encode())
    return h.hexdigest()


def _read(path: Path) -> dict | None:
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError):
        return None  # missing, half-written by a killed process, or from another version


def _write(path: Path, saved: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(saved, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # a reader never sees a half-written file
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    olds = sorted(path.parent.glob(f"*{_SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in olds[KEEP:]:
        old.unlink(missing_ok=True)


def cached_extract_all(corpus: pd.DataFrame, cache_dir: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """:func:`analysis.extract_all` of ``corpus``, read from the cache when it holds it.

    Args:
        corpus: a :func:`~analysis.load_corpus` frame.
        cache_dir: the cache folder (default :func:`default_cache_dir`).

    Returns:
        The same tables ``extract_all(corpus)`` returns; the extraction's warnings
        are shown whether the tables were extracted now or read back.
    """
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    path = folder / f"{corpus_key(corpus)}{_SUFFIX}"
    saved = _read(path)
    if saved is not None:
        os.utime(path)  # most recently used: kept when older entries are pruned
        for message, category in saved["warnings"]:
            warnings.warn(message, category, stacklevel=2)
        return saved["tables"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tables = extract_all(corpus)
    for w in caught:
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    try:
        _write(path, {"tables": tables, "warnings": [(str(w.message), w.category) for w in caught]})
    except OSError as err:  # a read-only home: extraction still works, uncached
        warnings.warn(f"could not cache the extraction in {folder}: {err}", RuntimeWarning, stacklevel=2)
    return tables


def prepare(articles=None, cache_dir: str | Path | None = None, **load_options) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """What every notebook starts from: the corpus and its extracted tables.

    Args:
        articles: a folder or file of articles (default: the bundled seeds); or a dict
            of :func:`~analysis.load_corpus` arguments with the folder as ``path``
            (``{"path": "news/", "encoding": "cp1256", "errors": "skip"}``), which is
            how a report build hands its command-line options to the notebooks.
        cache_dir: where extractions are cached (default :func:`default_cache_dir`).
        **load_options: passed to :func:`~analysis.load_corpus` (``encoding``, …).

    Returns:
        ``(corpus, tables)``, ``tables`` holding ``money``, ``dates``, ``entities``
        and ``facts`` (:func:`cached_extract_all`).
    """
    if isinstance(articles, dict):
        load_options = {**articles, **load_options}
        articles = load_options.pop("path", None)
    corpus = load_corpus(articles, **load_options)
    return corpus, cached_extract_all(corpus, cache_dir)
