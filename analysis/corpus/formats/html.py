"""Saved web pages (``.html``): the article's main text and the page's own metadata.

Navigation, adverts, scripts, comments, share buttons and footers are left out by
trafilatura, a maintained main-text extractor. ``raw`` is the extracted text: the
article page shows it and every offset points into it. Title, date, site name and
URL come from the page's metadata (``<meta>``, Open Graph, JSON-LD, ``<time>``
elements, a labelled "Published" date), with basis ``"page metadata"``; a date merely
mentioned in the article's sentences is not taken for the publication date.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from analysis.corpus.decode import _is_utf8, decode, read_bytes
from analysis.corpus.errors import CorpusError
from analysis.corpus.formats import Doc


@cache
def _charset() -> re.Pattern:
    return re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)


def _decode_page(path: Path, data: bytes, encoding: str) -> str:
    """The page's text: its declared charset when the default UTF-8 does not fit."""
    if _is_utf8(encoding):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            m = _charset().search(data[:4096])
            declared = m.group(1).decode("ascii").lower() if m else ""
            if declared and not _is_utf8(declared):
                encoding = declared.replace("windows-", "cp")
    return decode(path, data, encoding)


def read(path: Path, encoding: str, max_bytes: int | None) -> list[Doc]:
    """One article: the page's main text; title, date, site and URL from its metadata.

    Raises:
        CorpusError: the file cannot be read, or no article text is found in it.
    """
    import trafilatura

    page = _decode_page(path, read_bytes(path, max_bytes), encoding)
    if not page.strip():
        raise CorpusError(f"{path}: the file is empty")
    doc = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (doc.text if doc is not None else "") or ""
    if not text.strip():
        raise CorpusError(
            f"{path}: no article text found in this page (a page that builds its text with "
            "JavaScript saves without it: save it from the browser after it has loaded, or "
            "copy the text into a .txt file)"
        )
    meta = {"title": doc.title, "published": doc.date, "publisher": doc.sitename, "url": doc.url}
    meta = {k: str(v).strip() for k, v in meta.items() if v and str(v).strip()}
    if "title" in meta:
        meta["title_basis"] = "page metadata"
    if "published" in meta:
        meta["date_basis"] = "page metadata"
    return [Doc(raw=text.strip(), meta=meta)]
