"""Tables of articles (``.csv``, ``.jsonl``, ``.parquet``): one article per row.

The text is in a ``text`` or ``body`` column; ``title``, ``publisher``, ``url``,
``published`` (and ``date_basis``, ``language``) fill the catalog; an ``id`` or
``article_id`` column names the articles; every other column is kept. For tables the
size limit applies to each article's text, not to the file.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

from analysis.corpus.decode import decode, read_bytes
from analysis.corpus.errors import CorpusError, NotArticles
from analysis.corpus.formats import Doc

META = ("title", "title_basis", "publisher", "url", "published", "date_basis", "language")
TEXT = ("text", "body")
IDS = ("article_id", "id")
RESERVED = ("raw", "path", "source", "boilerplate")  # the corpus's own columns


def _cell(value) -> object:
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):  # lists, arrays
        pass
    return value


def rows_to_docs(path: Path, table: pd.DataFrame, max_bytes: int | None) -> list[Doc]:
    """A table's rows as articles.

    Args:
        path: the file (for messages).
        table: its rows.
        max_bytes: the largest article text allowed, in UTF-8 bytes.

    Returns:
        One :class:`Doc` per row with text; rows whose text is empty are left out
        by the loader, which reports them.

    Raises:
        CorpusError: no text column, both ``text`` and ``body``, a column clashing
            with the corpus's own, an id given twice or missing, a text over the limit.
    """
    names = {str(c).strip().lower(): c for c in table.columns}
    found = [names[t] for t in TEXT if t in names]
    if not found:
        hint = (" It looks like a catalog: only catalog.csv in the top folder is read as the "
                "catalog (or pass it with catalog=).") if any(i in names for i in IDS) else ""
        raise NotArticles(
            f"{path}: no 'text' or 'body' column (columns: {', '.join(map(str, table.columns))}); "
            f"not a table of articles, which needs one article's text per row.{hint}"
        )
    if len(found) > 1:
        raise CorpusError(f"{path}: both a 'text' and a 'body' column; rename the one that is "
                          "not the article text")
    clash = [names[r] for r in RESERVED if r in names]
    if clash:
        raise CorpusError(f"{path}: column {clash[0]!r} has the name of a corpus column; rename it")
    id_col = next((names[i] for i in IDS if i in names), None)
    meta_cols = {names[m]: m for m in META if m in names}
    ids: dict[str, int] = {}
    docs = []
    for n, rec in enumerate(table.to_dict("records"), start=1):
        text = _cell(rec[found[0]])
        text = text if isinstance(text, str) else str(text)
        if max_bytes is not None and len(text.encode("utf-8")) > max_bytes:
            raise CorpusError(
                f"{path}: row {n}: the text is over the limit of {max_bytes:,} bytes; raise it "
                "with --max-bytes on the command line (max_bytes= in Python)"
            )
        aid = None
        if id_col is not None:
            aid = str(_cell(rec[id_col])).strip()
            if not aid:
                raise CorpusError(f"{path}: row {n} has no {id_col!r}; give every row an id, "
                                  f"or drop the column to number the rows")
            if aid.casefold() in ids:
                raise CorpusError(f"{path}: rows {ids[aid.casefold()]} and {n} have the same "
                                  f"{id_col} {aid!r}")
            ids[aid.casefold()] = n
        meta = {m: str(_cell(rec[c])).strip() for c, m in meta_cols.items() if str(_cell(rec[c])).strip()}
        if "published" in meta and "date_basis" not in meta:
            meta["date_basis"] = f"column 'published' of {path.name}"
        skip = {found[0], id_col, *meta_cols}
        extra = {str(c): _cell(v) for c, v in rec.items() if c not in skip}
        docs.append(Doc(raw=text, row=n, article_id=aid, meta=meta, extra=extra))
    return docs


def read_csv(path: Path, encoding: str, max_bytes: int | None) -> list[Doc]:
    """The rows of a CSV file (with a header row) as articles."""
    text = decode(path, read_bytes(path, None), encoding)
    try:
        table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError:
        raise CorpusError(f"{path}: the file is empty") from None
    except pd.errors.ParserError as exc:
        raise CorpusError(f"{path}: not a well-formed CSV file: {exc}") from None
    return rows_to_docs(path, table, max_bytes)


def read_jsonl(path: Path, encoding: str, max_bytes: int | None) -> list[Doc]:
    """The lines of a JSON Lines file (one JSON object per line) as articles."""
    records = []
    for line_no, line in enumerate(decode(path, read_bytes(path, None), encoding).splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}: line {line_no} is not valid JSON ({exc.msg})") from None
        if not isinstance(rec, dict):
            raise CorpusError(f"{path}: line {line_no} is not a JSON object "
                              "(one article per line: {\"text\": …, \"title\": …})")
        records.append(rec)
    if not records:
        raise CorpusError(f"{path}: the file is empty")
    return rows_to_docs(path, pd.DataFrame.from_records(records), max_bytes)


def read_parquet(path: Path, encoding: str, max_bytes: int | None) -> list[Doc]:
    """The rows of a Parquet file as articles (needs pyarrow: the ``formats`` extra)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise CorpusError(
            f"{path}: reading Parquet needs pyarrow: pip install 'ai-funding-arabic[formats]'"
        ) from None
    try:
        table = pq.read_table(path).to_pandas()
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise CorpusError(f"{path}: not a readable Parquet file: {exc}") from None
    return rows_to_docs(path, table, max_bytes)
