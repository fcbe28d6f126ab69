"""Word documents (``.docx``) and PDFs with a text layer (``.pdf``).

Both need the ``formats`` extra (python-docx, pypdf). ``raw`` is the document's text,
one paragraph (docx) or page line (pdf) per line: what the article page shows. A PDF
whose pages hold no text is a scan and is refused with that said.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from analysis.corpus.decode import read_bytes
from analysis.corpus.errors import CorpusError
from analysis.corpus.formats import Doc


def _need(module: str, path: Path, package: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise CorpusError(
            f"{path}: reading this format needs {package}: pip install 'ai-funding-arabic[formats]'"
        ) from None


def read_docx(path: Path, encoding: str, max_bytes: int | None) -> list[Doc]:
    """One article: the document's paragraphs (and table cells), its title property.

    Raises:
        CorpusError: not a Word document, or no text in it.
    """
    docx = _need("docx", path, "python-docx")
    read_bytes(path, max_bytes)  # the size limit
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorpusError(f"{path}: not a readable Word (.docx) document, damaged or of another "
                          f"format ({type(exc).__name__})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    raw = "\n".join(line.rstrip() for line in lines if line.strip())
    if not raw:
        raise CorpusError(f"{path}: the document has no text")
    meta = {}
    title = (document.core_properties.title or "").strip()
    if title:
        meta = {"title": title, "title_basis": "document properties"}
    return [Doc(raw=raw, meta=meta)]


def read_pdf(path: Path, encoding: str, max_bytes: int | None) -> list[Doc]:
    """One article: the text layer of every page; a scanned PDF is refused.

    Raises:
        CorpusError: not a PDF, encrypted, or a scan without a text layer.
    """
    pypdf = _need("pypdf", path, "pypdf")
    read_bytes(path, max_bytes)
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            raise CorpusError(f"{path}: the PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (pypdf.errors.PyPdfError, ValueError, KeyError, OSError) as exc:
        raise CorpusError(f"{path}: not a readable PDF: {exc}") from None
    raw = "\n\n".join(p.strip() for p in pages if p.strip())
    if not raw:
        raise CorpusError(
            f"{path}: a scanned PDF ({len(pages)} pages of images, no text layer); run OCR on "
            "it first (e.g. ocrmypdf -l ara) or save the text as .txt"
        )
    meta = {}
    title = ((reader.metadata or {}).get("/Title") or "").strip()
    if title:
        meta = {"title": str(title), "title_basis": "document properties"}
    return [Doc(raw=raw, meta=meta)]
