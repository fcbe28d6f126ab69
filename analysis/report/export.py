"""Executed notebook → one self-contained, offline HTML report.

The ``rtl_lab`` template extends nbconvert's ``lab`` template: no script
and no outside URL (a Content-Security-Policy forbids both), the embedded
Arabic web font, untrusted HTML through :func:`~analysis.report.sanitize.render_prose`,
and images inline as ``data:`` URIs. The pieces are here; the exporter that
puts them together is :class:`~analysis.report.exporter.ArabicReportExporter`
(also ``jupyter nbconvert --to arabic_report``), which :func:`export_html` uses.
"""

from __future__ import annotations

import base64
import mimetypes
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

if TYPE_CHECKING:
    from nbformat import NotebookNode

from analysis.report.execute import ROOT
from analysis.report.fonts import DEFAULT_FAMILIES, FONT_STACK, font_face_css

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
TEMPLATE = "rtl_lab"
# No script at all; styles inline; images and fonts only as data: URIs.
CSP = (
    "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "font-src data:; base-uri 'none'; form-action 'none'"
)
LABELS = {
    "ar": {"index": "جميع التقارير", "figure": "شكل بياني", "reports": "التقارير",
           "articles": "المقالات",
           "articles_note": "النص الكامل لكل مقالة، وقد ميّزنا فيه كل ما استخرجناه: المبالغ والتواريخ والمؤسسات والأشخاص."},
    "en": {"index": "All reports", "figure": "Figure", "reports": "Reports", "articles": "Articles",
           "articles_note": "The full text of each article, with every extracted mention marked."},
}
# JavaScript and widget outputs are never shown; their text/plain fallback is.
DISPLAY_PRIORITY = [
    "text/html",
    "text/markdown",
    "image/svg+xml",
    "image/png",
    "image/jpeg",
    "text/plain",
    "text/latex",
    "text/vnd.mermaid",
]
REMOVE_CELL_TAGS = ("remove-cell", "parameters", "injected-parameters")
REMOVE_INPUT_TAGS = ("remove-input", "hide-input")
REMOVE_OUTPUT_TAGS = ("remove-output", "hide-output")


def direction_of(lang: str) -> str:
    """``"rtl"`` for Arabic (and other right-to-left languages), else ``"ltr"``."""
    return "rtl" if lang.split("-")[0] in ("ar", "fa", "he", "ur") else "ltr"


def report_css(fonts: tuple[str, ...] = DEFAULT_FAMILIES) -> str:
    """The report stylesheet: embedded fonts, the font stack and ``static/report.css``."""
    return (
        font_face_css(tuple(fonts))
        + f":root {{ --report-font: {FONT_STACK}; }}\n"
        + (STATIC / "report.css").read_text(encoding="utf-8")
    )


_IMG_SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)(["']?)([^"'\s>]+)\2""", re.IGNORECASE)


@lru_cache(maxsize=1)
def _renderer_class():
    from nbconvert.filters.markdown_mistune import IPythonRenderer

    class Renderer(IPythonRenderer):
        """nbconvert's renderer, embedding local images from anywhere under ``root``.

        nbconvert's own ``embed_images`` re-parses each inline HTML token with
        BeautifulSoup, which closes ``<a …>`` before its text and so breaks links
        and spans; here only ``<img src>`` values are replaced.
        """

        def __init__(self, *args, root: str = "", **kw):
            super().__init__(*args, **kw)
            self.root = Path(root or self.path).resolve()

        def _html_embed_images(self, html: str) -> str:
            def embed(m):
                data = self._src_to_base64(m.group(3))
                return f'{m.group(1)}"{data}"' if data else m.group(0)

            return _IMG_SRC.sub(embed, html)

        def _src_to_base64(self, src: str) -> str | None:
            if re.match(r"[a-z][a-z0-9+.-]*:", src, re.IGNORECASE):
                return None  # a URL, not a file
            file = (Path(self.path) / unquote(src)).resolve()
            mime = mimetypes.guess_type(file.name)[0] or ""
            if not (
                file.is_relative_to(self.root) and file.is_file() and mime.startswith("image/")
            ):
                return None
            return f"data:{mime};base64,{base64.b64encode(file.read_bytes()).decode('ascii')}"

    return Renderer


def markdown_to_html(
    source: str, attachments: dict | None = None, path: str | Path | None = None
) -> str:
    """Render Markdown like nbconvert, optionally embedding local images.

    Args:
        source: Markdown.
        attachments: the cell's attachments (``attachment:`` images).
        path: the notebook's folder: images there or anywhere in the repository
            are embedded as ``data:`` URIs. ``None`` (for untrusted text) embeds
            nothing, so an article cannot pull a local file into a report.

    Returns:
        HTML (not yet sanitized).
    """
    from nbconvert.filters.markdown_mistune import MarkdownWithMath

    root = ""
    if path is not None:
        path = Path(path).resolve()
        root = str(ROOT if path.is_relative_to(ROOT) else path)
    renderer = _renderer_class()(
        escape=False,
        attachments=attachments or {},
        embed_images=path is not None,
        path=str(path or ""),
        root=root,
        anchor_link_text="¶",
    )
    return MarkdownWithMath(renderer=renderer).render(source)


def export_html(
    nb: NotebookNode,
    *,
    title: str,
    lang: str = "ar",
    path: str | Path | None = None,
    show_code: bool = False,
    index_link: bool = True,
    article_links: str = "keep",
    fonts: tuple[str, ...] = DEFAULT_FAMILIES,
) -> str:
    """Render an executed notebook as a standalone HTML report.

    Args:
        nb: the executed notebook (not changed).
        title: the page title.
        lang: ``"ar"`` or ``"en"``: the page language and the default direction.
        path: the notebook's folder, for images that Markdown cells link to.
        show_code: include the code cells' source (default: left out, a report for readers).
        index_link: add a link to ``index.html`` at the top.
        article_links: links to article pages: ``"keep"`` (the build writes
            them), ``"auto"`` (only those beside the notebook) or ``"drop"``.
        fonts: font families to embed.

    Returns:
        The HTML document.
    """
    resources = {
        "metadata": {"name": title, **({"path": str(path)} if path is not None else {})},
        "report": {"title": title},
    }
    exporter = _exporter(lang, show_code, index_link, article_links, tuple(fonts))
    with _EXPORTING:
        body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


# One exporter per setting: its templates compile once per process, not once per
# report. An exporter keeps per-call state (filters), hence one export at a time.
_EXPORTING = threading.Lock()


@lru_cache(maxsize=8)
def _exporter(lang: str, show_code: bool, index_link: bool, article_links: str, fonts: tuple):
    from analysis.report.exporter import ArabicReportExporter

    return ArabicReportExporter(
        lang=lang,
        show_code=show_code,
        index_link=index_link,
        article_links=article_links,
        fonts=list(fonts),
    )
