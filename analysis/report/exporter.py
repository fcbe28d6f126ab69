"""The report as an nbconvert exporter: one export path for every way in.

``ArabicReportExporter`` is registered under the ``nbconvert.exporters`` entry
point as ``arabic_report``, so the same safe, right-to-left, offline page comes
out of JupyterLab's "Save and Export Notebook As" menu (the notebook as it
stands, outputs included), ``jupyter nbconvert --to arabic_report nb.ipynb``
(``--execute`` to run it first) and ``python -m analysis report``.

What it adds to nbconvert's ``HTMLExporter``: the ``rtl_lab`` template (no
script, no outside URL, a Content-Security-Policy, the embedded font, images
inline), every Markdown cell and HTML or Markdown output through the ``nh3``
allowlist with a direction per block, prompts and parameter cells removed, and the
cells' stderr (warnings and logs, written for the analyst: they name local paths and
the fix to type) left out of a report for readers.
Options are traits, e.g. ``--ArabicReportExporter.lang=en``; the code cells' source
and their stderr are left out unless ``--ArabicReportExporter.show_code=True``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote

from jinja2 import pass_context
from nbconvert.exporters import HTMLExporter
from traitlets import Bool, Enum, List, Unicode, default, observe, validate
from traitlets.config import Config

from analysis.present.links import ARTICLES_DIR
from analysis.report.execute import select_language
from analysis.report.export import (
    CSP,
    DISPLAY_PRIORITY,
    LABELS,
    REMOVE_CELL_TAGS,
    REMOVE_INPUT_TAGS,
    REMOVE_OUTPUT_TAGS,
    TEMPLATE,
    TEMPLATES,
    direction_of,
    markdown_to_html,
    report_css,
)
from analysis.report.fonts import DEFAULT_FAMILIES
from analysis.report.index import describe_notebook
from analysis.report.sanitize import render_prose

NAME = "arabic_report"
#: Screens that get a chart's narrow variant (analysis.charts.save.save_narrow).
NARROW_MEDIA = "(max-width: 600px)"
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")


def base64_only(value) -> str:
    """``value`` without line breaks if it is base64, else ``""`` (output metadata comes
    from the notebook file: nothing else may reach a ``srcset``)."""
    text = "".join(value.split()) if isinstance(value, str) else ""
    return text if _BASE64.fullmatch(text) else ""
# A link to an article page, as the notebooks write them (analysis.present.links).
_ARTICLE_HREF = re.compile(rf"{re.escape(ARTICLES_DIR)}/([^/?#]+\.html)(?:#[^/?#]*)?\Z")


def article_link_filter(mode: str, folder: Path | None):
    """Which links to keep: every link but article pages that are not there.

    Args:
        mode: ``"keep"`` keeps every link, ``"drop"`` drops every link to an
            article page, ``"auto"`` keeps those whose page exists in
            ``folder/articles/``.
        folder: where the pages would be (the notebook's folder); ``None``
            when unknown (then ``"auto"`` drops them).

    Returns:
        A function ``href -> bool`` (``True``: keep the link).
    """

    def keep(href: str) -> bool:
        m = _ARTICLE_HREF.match(href)
        if m is None or mode == "keep":
            return True
        if mode == "drop" or folder is None:
            return False
        pages = folder / ARTICLES_DIR
        page = (pages / unquote(m.group(1))).resolve()
        return page.parent == pages.resolve() and page.is_file()

    return keep


def without_stderr(nb):
    """A copy of ``nb`` whose code cells keep every output but their stderr.

    Warnings and logs go to stderr. They are written for the analyst, at the machine:
    the file and line that warned, the local path of the articles, the command that
    fixes it (``catalog.csv``…), which mean nothing to a report's reader and would send
    the analyst's folder names with the report. JupyterLab and the build's console
    still show them; the notebooks say in prose what a reader must know (sources of
    unknown publisher or date, for instance).
    """
    import nbformat

    nb = nbformat.from_dict(nb)
    for cell in nb.cells:
        if cell.get("cell_type") == "code":
            cell.outputs = [o for o in cell.get("outputs", [])
                            if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]
    return nb


class ArabicReportExporter(HTMLExporter):
    """A notebook as a report for readers: right-to-left prose, left-to-right
    code, offline (no script, nothing from the network) and safe for article
    text in its outputs. The notebook is exported as it is; it is not run."""

    export_from_notebook = "Arabic report (HTML)"

    lang = Enum(
        ["ar", "en"],
        default_value="ar",
        help="The report's language: the page's lang, its default direction and its labels.",
    ).tag(config=True)
    show_code = Bool(
        False,
        help="Include the code cells' source and their stderr (warnings, logs) (off: a "
        "report for readers; --ArabicReportExporter.show_code=True for analysts).",
    ).tag(config=True)
    article_links = Enum(
        ["auto", "keep", "drop"],
        default_value="auto",
        help="Links to article pages (articles/<id>.html): 'auto' keeps those whose page "
        "exists beside the notebook and leaves the others as plain text; 'keep' keeps all "
        "(the report build writes the pages); 'drop' keeps none.",
    ).tag(config=True)
    index_link = Bool(False, help="Link to index.html beside the report.").tag(config=True)
    fonts = List(
        Unicode(),
        default_value=list(DEFAULT_FAMILIES),
        help="Font families (fontpkg names) embedded in the page.",
    ).tag(config=True)

    @default("template_name")
    def _template_name_default(self):
        return TEMPLATE

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        return [str(TEMPLATES), os.getcwd()]

    @validate("extra_template_basedirs")
    def _keep_report_templates(self, proposal):
        dirs = list(proposal["value"])
        return dirs if str(TEMPLATES) in dirs else [str(TEMPLATES), *dirs]

    @default("exclude_input")
    def _exclude_input_default(self):
        return not self.show_code

    @observe("show_code")
    def _show_code_changed(self, change):
        self.exclude_input = not change["new"]

    @default("language_code")
    def _language_code_default(self):
        return self.lang

    @observe("lang")
    def _lang_changed(self, change):
        self.language_code = change["new"]

    @property
    def default_config(self):
        c = super().default_config
        c.merge(Config({
            "ArabicReportExporter": {"exclude_input_prompt": True, "exclude_output_prompt": True},
            # JavaScript and widget outputs are never shown; their text/plain fallback is.
            "NbConvertBase": {"display_data_priority": DISPLAY_PRIORITY},
            "TagRemovePreprocessor": {
                "enabled": True,
                "remove_cell_tags": REMOVE_CELL_TAGS,
                "remove_input_tags": REMOVE_INPUT_TAGS,
                "remove_all_outputs_tags": REMOVE_OUTPUT_TAGS,
            },
        }))  # fmt: skip
        return c

    def default_filters(self):
        yield from super().default_filters()
        yield ("render_prose", self._render_prose)
        yield ("cell_markdown", self._cell_markdown)
        yield ("output_markdown", markdown_to_html)
        yield ("base64_only", base64_only)

    @pass_context
    def _render_prose(self, context, fragment: str) -> str:
        report = context["resources"]["report"]
        return render_prose(fragment, report["default_dir"], keep_link=report["keep_link"])

    @pass_context
    def _cell_markdown(self, context, source: str, attachments: dict | None = None) -> str:
        # Markdown cells embed the images they show from the notebook's folder;
        # Markdown outputs (article text) embed none (``output_markdown``).
        return markdown_to_html(source, attachments, path=context["resources"]["report"]["path"])

    def from_notebook_node(self, nb, resources=None, **kw):
        """Export a notebook (with its outputs, as it is) as the report page.

        Args:
            nb: the notebook (not changed).
            resources: nbconvert's resources; ``metadata.path`` is the notebook's
                folder (images, article pages), ``metadata.name`` its name; a
                ``report.title`` given here is the page title (default: the
                notebook's first heading).

        Returns:
            The HTML page and the resources.
        """
        import nbformat

        nb = select_language(nb, self.lang)  # the prose cells for this report's readers
        if not self.show_code:
            nb = without_stderr(nb)
        nb.metadata = nbformat.from_dict({k: v for k, v in nb.metadata.items() if k != "widgets"})
        resources = dict(resources or {})
        metadata = dict(resources.get("metadata") or {})
        folder = Path(metadata.get("path") or ".").resolve() if "path" in metadata else None
        name = str(metadata.get("name") or "Notebook")
        report = dict(resources.get("report") or {})
        if not report.get("title"):
            report["title"] = describe_notebook(nb, fallback=name.replace("_", " "))[0]
        nb.metadata["title"] = report["title"]
        labels = LABELS.get(self.lang, LABELS["en"])
        report.update(
            csp=CSP,
            css=report_css(tuple(self.fonts)),
            index_label=labels["index"] if self.index_link else "",
            figure_alt=labels["figure"],
            narrow_media=NARROW_MEDIA,
            default_dir=direction_of(self.lang),
            path=folder,
            keep_link=article_link_filter(self.article_links, folder),
        )
        resources["metadata"] = metadata
        resources["report"] = report
        return super().from_notebook_node(nb, resources, **kw)
