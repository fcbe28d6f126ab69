"""Markdown articles (``.md``): the text a reader sees, Markdown syntax removed.

``raw`` is the rendered plain text (headings, paragraphs and list items one per
line, links as their text, images and raw HTML left out), not the file. Masking the
syntax in the file instead would keep file offsets, but extraction blanks masked
spans with line breaks, which end sentences: ``**OpenAI** جمعت`` would lose its
subject. So the article page shows this plain text and every offset points into
it; the ``source`` column names the file it came from.

A YAML-style front matter block (``---`` lines around ``title:``, ``date:``,
``publisher:``, ``url:``) fills the catalog, with basis ``"front matter"``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from analysis.corpus.decode import read_text
from analysis.corpus.errors import CorpusError
from analysis.corpus.formats import Doc

_FRONT_KEYS = {"title": "title", "date": "published", "published": "published",
               "publisher": "publisher", "site": "publisher", "source": "publisher", "url": "url",
               "link": "url", "language": "language", "lang": "language"}
_BLOCKS = ("paragraph", "heading", "block_text", "block_code", "table_cell")


@cache
def _parser():
    import mistune

    return mistune.create_markdown(renderer=None, plugins=["table", "strikethrough"])


@cache
def _front_matter() -> re.Pattern:
    return re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def _inline(tokens: list[dict]) -> str:
    out = []
    for t in tokens:
        kind = t["type"]
        if kind in ("text", "codespan"):
            out.append(t.get("raw", ""))
        elif kind in ("softbreak", "linebreak"):
            out.append("\n")
        elif kind in ("image", "inline_html"):
            continue  # not words of the article
        else:  # emphasis, strong, link, strikethrough…: their text
            out.append(_inline(t.get("children", [])))
    return "".join(out)


def _blocks(tokens: list[dict], lines: list[str]) -> None:
    for t in tokens:
        kind = t["type"]
        if kind == "block_code":
            lines.append(t.get("raw", "").rstrip("\n"))
        elif kind in _BLOCKS:
            lines.append(_inline(t.get("children", [])))
        elif kind == "table_row" or kind == "table_head":
            lines.append(" | ".join(_inline(c.get("children", [])) for c in t.get("children", [])))
        elif kind in ("block_html", "thematic_break", "blank_line"):
            continue
        else:  # lists, list items, quotes, tables: their blocks in order
            _blocks(t.get("children", []), lines)


def front_matter(text: str) -> tuple[dict, str]:
    """The catalog fields of a front matter block, and the text after it."""
    m = _front_matter().match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        field = _FRONT_KEYS.get(key.strip().lower())
        value = value.strip().strip("'\"")
        if sep and field and value and field not in meta:
            meta[field] = value
    if "title" in meta:
        meta["title_basis"] = "front matter"
    if "published" in meta:
        meta["date_basis"] = "front matter"
    return meta, text[m.end():]


def to_text(markdown: str) -> str:
    """Markdown → plain text: one line per block, blank lines between paragraphs.

    Args:
        markdown: Markdown source (without front matter).

    Returns:
        The words a reader sees, without the syntax.
    """
    lines: list[str] = []
    _blocks(_parser()(markdown), lines)
    return "\n\n".join(line.strip() for line in lines if line.strip())


def read(path: Path, encoding: str, max_bytes: int | None) -> list[Doc]:
    """One article: the Markdown file as plain text, front matter as catalog fields.

    Raises:
        CorpusError: the file cannot be read, or holds no text once rendered.
    """
    meta, body = front_matter(read_text(path, encoding, max_bytes))
    raw = to_text(body)
    if not raw:
        raise CorpusError(f"{path}: no text once the Markdown syntax is removed")
    return [Doc(raw=raw, meta=meta)]
