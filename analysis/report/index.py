"""The ``index.html`` page: one entry per report, with its title and summary."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from nbformat import NotebookNode

from analysis.report.sanitize import text_direction

TEMPLATES = Path(__file__).resolve().parent / "templates"
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


@dataclass(frozen=True)
class ReportEntry:
    """One built report: its file name (in the output folder), title and summary."""

    file: str
    title: str
    summary: str = ""


class _Blocks(HTMLParser):
    """Plain text of the top-level headings and paragraphs, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._open: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self._open is None and (tag in _HEADINGS or tag == "p"):
            self._open, self._text = tag, []

    def handle_endtag(self, tag):
        if tag == self._open:
            self.blocks.append((tag, " ".join("".join(self._text).split())))
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._text.append(data)


def _markdown_blocks(source: str) -> list[tuple[str, str]]:
    from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

    renderer = IPythonRenderer(escape=False, exclude_anchor_links=True)
    parser = _Blocks()
    parser.feed(MarkdownWithMath(renderer=renderer).render(source))
    parser.close()
    return parser.blocks


def describe_notebook(nb: NotebookNode, fallback: str = "") -> tuple[str, str]:
    """A notebook's title and one-line summary.

    From the notebook metadata (``title``, ``summary`` or ``description``) when
    set, else the first Markdown heading and the first paragraph after it.

    Args:
        nb: the notebook.
        fallback: the title when there is no heading (e.g. the file name).

    Returns:
        ``(title, summary)``, plain text; the summary may be empty.
    """
    meta = nb.get("metadata", {})
    title = str(meta.get("title") or "").strip()
    summary = str(meta.get("summary") or meta.get("description") or "").strip()
    if not (title and summary):
        blocks = [
            b for c in nb.cells if c.cell_type == "markdown" for b in _markdown_blocks(c.source)
        ]
        heading = next(
            (i for i, (tag, text) in enumerate(blocks) if tag in _HEADINGS and text), None
        )
        if not title and heading is not None:
            title = blocks[heading][1]
        if not summary:
            start = heading + 1 if heading is not None else 0
            summary = next((text for tag, text in blocks[start:] if tag == "p" and text), "")
    return title or fallback, summary


def render_index(entries: list[ReportEntry], *, lang: str = "ar", css: str = "",
                 articles: list[tuple[str, str, str | tuple[str, ...]]] = ()) -> str:
    """The index page listing ``entries`` (and the article pages, if any).

    Args:
        entries: the reports, in reading order.
        articles: ``(href, title, meta)`` of each article page; ``meta`` is a string or
            its parts (publisher, date), each shown isolated (``<bdi>``) so that mixed
            Arabic and Latin parts read in order.
        lang: the page language (``"ar"`` pages are right-to-left).
        css: the report stylesheet (fonts included), inlined.

    Returns:
        The HTML document.
    """
    import jinja2

    from analysis.report.export import CSP, LABELS, direction_of

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True, keep_trailing_newline=True
    )
    labels = LABELS.get(lang, LABELS["en"])
    items = [
        {
            "href": quote(e.file),
            "title": e.title,
            "summary": e.summary,
            "title_dir": text_direction(e.title) or direction_of(lang),
            "summary_dir": text_direction(e.summary) or direction_of(lang),
        }
        for e in entries
    ]
    return env.get_template("index.html.j2").render(
        lang=lang,
        dir=direction_of(lang),
        heading=labels["reports"],
        csp=CSP,
        css=css,
        items=items,
        articles_heading=labels["articles"],
        articles_note=labels["articles_note"],
        articles=[
            {"href": href, "title": title,
             "meta": [meta] if isinstance(meta, str) else [str(p) for p in meta],
             "title_dir": text_direction(title) or direction_of(lang)}
            for href, title, meta in articles
        ],
    )
