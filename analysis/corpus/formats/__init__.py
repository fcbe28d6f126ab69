"""One reader per file format; each turns a file into articles (:class:`Doc`).

A reader takes ``(path, encoding, max_bytes)`` and returns the file's articles, or
raises :class:`~analysis.corpus.errors.CorpusError` naming the file. ``Doc.raw`` is
the text the extractors read and the article pages show, so every offset points
into it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Doc:
    """One article read from a file.

    Attributes:
        raw: the article text (what is extracted and shown).
        row: for a table, the article's row (1-based, the header not counted).
        article_id: an id the file gives (a table's ``id``/``article_id`` column).
        meta: catalog fields found in the file (``title``, ``published``, ``date_basis``…).
        extra: other columns of a table row, kept as they are.
        markup: the file held HTML or script markup that is kept as plain text.
    """

    raw: str
    row: int | None = None
    article_id: str | None = None
    meta: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
    markup: bool = False


Reader = Callable[[Path, str, "int | None"], list[Doc]]


def readers() -> dict[str, Reader]:
    """File suffix (lower case, with the dot) → its reader."""
    from analysis.corpus.formats import documents, html, markdown, tables, text

    return {
        ".txt": text.read,
        ".md": markdown.read,
        ".markdown": markdown.read,
        ".html": html.read,
        ".htm": html.read,
        ".csv": tables.read_csv,
        ".jsonl": tables.read_jsonl,
        ".parquet": tables.read_parquet,
        ".docx": documents.read_docx,
        ".pdf": documents.read_pdf,
    }


TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")  # one article per row
HINTS = {  # formats we do not read, and what to do instead
    ".doc": "old Word format: save it as .docx",
    ".rtf": "save it as .docx or .txt",
    ".odt": "save it as .docx",
    ".json": "write one article per line as .jsonl (fields text, title, publisher, url, published)",
    ".xlsx": "save the sheet as .csv (one article per row, a 'text' column)",
    ".xls": "save the sheet as .csv (one article per row, a 'text' column)",
    ".mht": "save the page as 'Web page, HTML only' (.html)",
    ".mhtml": "save the page as 'Web page, HTML only' (.html)",
}
