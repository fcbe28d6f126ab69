"""One extraction per report build, handed to every notebook it runs.

A report build extracts its articles anyway, for the article pages. It saves what
it extracted (with the warnings the extraction gave) in its temporary folder and
names the file in the kernels' environment (``ANALYSIS_HANDOFF``); then
:func:`analysis.story.prepare` takes those tables instead of extracting the same
articles again, but only when the corpus the notebook loaded itself is equal to the
one the build extracted. Anywhere else (JupyterLab, a notebook run on its own) the
variable is unset and ``prepare`` extracts as always.
"""

from __future__ import annotations

import os
import pickle
import warnings
from pathlib import Path

import pandas as pd

from .pipeline import extract_all

HANDOFF_ENV = "ANALYSIS_HANDOFF"


def extract_and_hand_off(corpus: pd.DataFrame, path: str | Path) -> dict[str, pd.DataFrame]:
    """``extract_all(corpus)``, also saved to ``path`` for :func:`handed_tables`."""
    # Recorded so that a notebook taking these tables shows the warnings its own
    # extraction would have shown; shown here too, as they would have been.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tables = extract_all(corpus)
    for w in caught:
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    path = Path(path)
    part = path.with_name(f"{path.name}.part")
    with part.open("wb") as f:
        pickle.dump({"corpus": corpus, "tables": tables,
                     "warnings": [(str(w.message), w.category, w.filename, w.lineno) for w in caught]},
                    f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(part, path)  # a notebook never reads a half-written file
    return tables


def handed_tables(corpus: pd.DataFrame) -> dict[str, pd.DataFrame] | None:
    """The tables a report build extracted from this same corpus, or None.

    The build's warnings about these articles are shown again, as the notebook's own
    extraction would have shown them.
    """
    path = os.environ.get(HANDOFF_ENV)
    if not path:
        return None
    try:
        with open(path, "rb") as f:
            saved = pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        return None  # not written (yet), or by another version: extract here
    if not corpus.equals(saved["corpus"]):
        return None
    for message, category, filename, lineno in saved["warnings"]:
        warnings.warn_explicit(message, category, filename, lineno)
    return saved["tables"]
