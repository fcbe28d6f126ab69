"""Where an article's page and a mention on it live inside a report folder.

A report ships ``articles/<article_id>.html``; a mention is the element
``m-<start>-<end>`` (raw offsets) on it. Notebooks link to these addresses and the
report writes the pages, so both take them from here.
"""

from __future__ import annotations

from urllib.parse import quote

ARTICLES_DIR = "articles"


def mention_id(start: int, end: int) -> str:
    """The element id of a mention on its article page."""
    return f"m-{int(start)}-{int(end)}"


def article_href(article_id: str, start: int | None = None, end: int | None = None) -> str:
    """Relative URL of an article page (and of one mention on it)."""
    page = f"{ARTICLES_DIR}/{quote(str(article_id), safe='')}.html"
    return page if start is None else f"{page}#{mention_id(start, end)}"
