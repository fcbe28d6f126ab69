"""The catalog: title, publisher, date and URL of each article, from a CSV and the files.

Files can carry their own metadata (a web page's ``<meta>`` tags, Markdown front
matter, a table's columns). A catalog CSV the user wrote wins over them wherever it
gives a value; a date's ``date_basis`` goes with the date it explains.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

from analysis.corpus.errors import CorpusError, CorpusWarning

CATALOG_NAME = "catalog.csv"
CATALOG_COLUMNS = ["title", "publisher", "url", "published", "date_basis", "language"]
_BASIS = {"published": "date_basis", "title": "title_basis"}


def read_catalog(path: str | Path) -> pd.DataFrame:
    """Read a catalog CSV (``article_id`` plus any of the catalog columns).

    Raises:
        CorpusError: missing, unreadable, no ``article_id`` column, an id listed twice.
    """
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: catalog not found")
    try:
        cat = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise CorpusError(f"{path}: cannot read the catalog: {exc}") from None
    if "article_id" not in cat.columns:
        raise CorpusError(f"{path}: the catalog has no 'article_id' column")
    dup = cat["article_id"][cat["article_id"].duplicated()].tolist()
    if dup:
        raise CorpusError(f"{path}: the catalog lists these ids twice: {', '.join(dup)}")
    return cat


def apply_catalog(df: pd.DataFrame, cat: pd.DataFrame, cat_path: Path) -> pd.DataFrame:
    """``df`` with the catalog's non-empty values over what the files gave.

    Args:
        df: the corpus rows (``article_id`` and any metadata columns from the files).
        cat: :func:`read_catalog`'s frame.
        cat_path: the catalog (for the warning about rows without an article).

    Returns:
        A new frame, same rows and order.
    """
    unknown = sorted(set(cat["article_id"]) - set(df["article_id"]))
    if unknown:
        warnings.warn(f"{cat_path}: catalog rows with no article file: {', '.join(unknown)}",
                      CorpusWarning, stacklevel=3)
    cat = cat.set_index("article_id")
    df = df.copy()
    given = {c: df["article_id"].map(cat[c]).fillna("") for c in cat.columns}
    filled = {c: v.astype(str).str.strip() != "" for c, v in given.items()}
    for field, basis in _BASIS.items():
        if field in given and basis in given:  # the catalog's date comes with its own basis
            filled[basis] = filled[basis] | filled[field]
        elif field in given and basis in df.columns:
            # The catalog's date replaces the file's: the file's basis no longer explains it.
            df[basis] = df[basis].where(~filled[field], "catalog")
    for col, values in given.items():
        df[col] = values if col not in df.columns else df[col].where(~filled[col], values)
    return df
