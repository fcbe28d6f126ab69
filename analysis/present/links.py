"""Where an article's page and a mention on it live inside a report folder.

A report ships ``articles/<page_file(article_id)>``; a mention is the element
``m-<start>-<end>`` (raw offsets) on it. Notebooks link to these addresses and the
report writes the pages, so both take them from here.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from urllib.parse import quote

ARTICLES_DIR = "articles"
_MAX_NAME = 200  # bytes: file systems allow 255 for a name


@cache
def _unsafe() -> re.Pattern:
    # "/" and "\\" would make folders, "%" is the escape itself, the rest are refused on
    # Windows or are control characters.
    return re.compile(r'[%/\\:*?"<>|\x00-\x1f\x7f]')


def page_file(article_id: str) -> str:
    """The file name of an article's page inside ``articles/``: one flat, safe name.

    Characters a file name cannot hold (``/`` of ids from sub-folders, ``\\``,
    ``:``…) and ``%`` are percent-escaped, so distinct ids give distinct names and
    ``2024/may/x`` is ``2024%2Fmay%2Fx.html``; a very long id is cut and given a hash.

    Args:
        article_id: the article's id.

    Returns:
        The file name, ``.html`` included.
    """
    name = _unsafe().sub(lambda m: f"%{ord(m.group()):02X}", str(article_id))
    if name.startswith(".") or not name:
        name = "%2E" + name[1:] if name else "%"
    if len(name.encode("utf-8")) > _MAX_NAME:
        digest = hashlib.sha256(str(article_id).encode("utf-8")).hexdigest()[:16]
        name = name.encode("utf-8")[:_MAX_NAME - 17].decode("utf-8", "ignore") + "~" + digest
    return f"{name}.html"


def mention_id(start: int, end: int) -> str:
    """The element id of a mention on its article page."""
    return f"m-{int(start)}-{int(end)}"


def article_href(article_id: str, start: int | None = None, end: int | None = None) -> str:
    """Relative URL of an article page (and of one mention on it)."""
    page = f"{ARTICLES_DIR}/{quote(page_file(article_id), safe='')}"
    return page if start is None else f"{page}#{mention_id(start, end)}"
