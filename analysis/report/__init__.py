"""Notebooks → offline HTML reports for readers (``python -m analysis report``).

Execute the numbered notebooks with their parameters (``execute``), render
each with the right-to-left ``rtl_lab`` template (``export``), sanitize
untrusted HTML (``sanitize``), list them on an index page (``index``), all
in parallel (the kernels forked from one process that has imported for them,
``forks``) and written atomically (``build``). The export itself is the
nbconvert exporter ``arabic_report`` (``exporter.ArabicReportExporter``), the
same one JupyterLab's "Save and Export Notebook As" menu and
``jupyter nbconvert --to arabic_report`` use.
"""

from analysis.report.build import build_one, build_reports
from analysis.report.execute import (
    NotebookError,
    ReportError,
    find_notebooks,
    inject_parameters,
    read_notebook,
    run_notebook,
)
from analysis.report.export import export_html
from analysis.report.index import ReportEntry, describe_notebook, render_index
from analysis.report.sanitize import escape_markdown, render_prose, sanitize_html, text_direction

__all__ = [
    "NotebookError",
    "ReportEntry",
    "ReportError",
    "build_one",
    "build_reports",
    "describe_notebook",
    "escape_markdown",
    "export_html",
    "find_notebooks",
    "inject_parameters",
    "read_notebook",
    "render_index",
    "render_prose",
    "run_notebook",
    "sanitize_html",
    "text_direction",
]
