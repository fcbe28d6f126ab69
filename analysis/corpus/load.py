"""Articles on disk → one DataFrame row per article; the orchestrator of the corpus layer.

A folder (sub-folders included) or one file, of any format in
:mod:`analysis.corpus.formats`: ``.txt``, ``.md``, ``.html``, ``.csv``/``.jsonl``/
``.parquet`` (one article per row), ``.docx``, ``.pdf``. Each article's ``raw`` is the
text the extractors read and its page shows; ``path`` and ``source`` lead back to the
file (and row). The loader never writes to the user's folder. Bad input raises
:class:`CorpusError` naming the file and the fix (or, with ``errors="skip"``, warns,
leaves that file out and lists it in ``corpus.attrs["skipped"]``). Always skipped and
listed, whatever ``errors`` says: an empty file (there is nothing in it to lose), and in
a folder, files of other formats and tables without a text column (notes beside the
articles, not articles).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

from analysis.corpus.boilerplate import body_of, boilerplate_spans, mask_spans
from analysis.corpus.catalog import CATALOG_COLUMNS, CATALOG_NAME, apply_catalog, read_catalog
from analysis.corpus.decode import DEFAULT_MAX_BYTES, read_text
from analysis.corpus.errors import CorpusError, CorpusWarning, NotArticles
from analysis.corpus.formats import HINTS, Doc, readers
from analysis.text.normalize import normalize
from analysis.text.sentences import sentence_spans

__all__ = [
    "CATALOG_COLUMNS", "CATALOG_NAME", "DEFAULT_MAX_BYTES", "SEEDS", "CorpusError", "CorpusWarning",
    "body_of", "boilerplate_spans", "default_articles_dir", "load_corpus", "mask_spans",
    "read_article", "read_catalog", "summarize",
]

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_CORE_COLUMNS = ["article_id", "path", "source", "raw", "body", "text", "boilerplate"]
_EMPTY = "the file is empty"


def default_articles_dir() -> Path:
    """The bundled seed articles (found from the package, not the working directory)."""
    return SEEDS


def read_article(path: str | Path, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read one plain-text article file and return its decoded text, exactly.

    Raises:
        CorpusError: missing, too large, binary, undecodable or empty file.
    """
    return read_text(Path(path), encoding, max_bytes)


def _hidden(rel: Path) -> bool:
    # .git, .ipynb_checkpoints, .DS_Store; ~$x.docx is the lock file Word leaves open
    return any(part.startswith(".") for part in rel.parts) or rel.name.startswith("~$")


def article_files(folder: Path, catalog: Path | None = None) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files to read in ``folder`` and its sub-folders, and those not read (with why).

    Args:
        folder: the articles folder.
        catalog: the catalog file, not an article (nor is ``catalog.csv`` in ``folder``).

    Returns:
        ``(files, ignored)``: files sorted by relative path; ``ignored`` holds
        ``(path, reason)`` for files of a format that is not read.
    """
    known = readers()
    files, ignored = [], []
    catalog = catalog.resolve() if catalog is not None else None
    for p in sorted(folder.rglob("*"), key=lambda q: q.relative_to(folder).as_posix()):
        rel = p.relative_to(folder)
        if not p.is_file() or _hidden(rel) or rel.as_posix() == CATALOG_NAME:
            continue
        if catalog is not None and p.resolve() == catalog:
            continue
        suffix = p.suffix.lower()
        if suffix in known:
            files.append(p)
        else:
            ignored.append((str(p), f"not an article format ({suffix or 'no suffix'})"
                            + (f": {HINTS[suffix]}" if suffix in HINTS else "")))
    return files, ignored


def _formats() -> str:
    return ", ".join(readers())


def _read(f: Path, encoding: str, max_bytes: int | None) -> list[Doc]:
    reader = readers().get(f.suffix.lower())
    if reader is None:
        hint = HINTS.get(f.suffix.lower(), f"the formats read are {_formats()}")
        raise CorpusError(f"{f}: not an article format ({f.suffix or 'no suffix'}); {hint}")
    try:
        return reader(f, encoding, max_bytes)
    except CorpusError:
        raise
    except Exception as exc:  # noqa: BLE001 - a third-party parser on a corrupt file: name it
        raise CorpusError(f"{f}: cannot read this file ({type(exc).__name__}: {exc})") from None


def _article_id(doc: Doc, rel: Path) -> str:
    if doc.article_id is not None:
        return doc.article_id
    if doc.row is not None:
        return f"{rel.as_posix()}#{doc.row}"
    return rel.with_suffix("").as_posix()


def load_corpus(
    path: str | Path | None = None,
    *,
    catalog: str | Path | None = None,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    errors: str = "raise",
    progress: bool = False,
) -> pd.DataFrame:
    """Load a folder of articles (sub-folders included) into a DataFrame, one row per article.

    Args:
        path: a folder, or one file; default the bundled seeds.
        catalog: a catalog CSV; default ``catalog.csv`` in the folder, if there is one.
        encoding: the text files' encoding (``"cp1256"`` for Windows Arabic).
        max_bytes: files larger than this are refused (for tables: each row's text).
        errors: ``"raise"`` (default) stops at the first bad file; ``"skip"`` warns,
            leaves it out and lists it in ``corpus.attrs["skipped"]``.
        progress: show a progress bar while reading the files.

    Returns:
        Columns ``article_id, path, source, raw, body, text, boilerplate``, the
        catalog columns (empty strings where unknown) and a table's other columns.
        ``raw`` is the text extracted from and shown (for ``.txt``, the decoded file
        exactly). Ids: the relative path without suffix (``2024/may/x``); a table
        row ``file.csv#3`` (its 3rd row), or its ``id``/``article_id`` column.
        ``attrs["skipped"]`` lists ``(path, reason)`` for every file not loaded.

    Raises:
        CorpusError: a bad file (with ``errors="raise"``), two articles with one id,
            no readable article at all.
    """
    if errors not in ("raise", "skip"):
        raise ValueError("errors must be 'raise' or 'skip'")
    folder = Path(path) if path is not None else SEEDS
    if path is None and not SEEDS.is_dir():
        raise CorpusError(
            f"{SEEDS}: the bundled seed articles live in the source checkout; install it with "
            "`pip install -e .` from the repository, or pass a folder of articles"
        )
    if not folder.exists():
        raise CorpusError(f"{folder}: folder not found")
    cat_path = Path(catalog) if catalog is not None else None
    if cat_path is None and folder.is_dir() and (folder / CATALOG_NAME).is_file():
        cat_path = folder / CATALOG_NAME
    if folder.is_file():
        files, skipped, root = [folder], [], folder.parent
    else:
        files, skipped = article_files(folder, cat_path)
        root = folder
        if not files:
            raise CorpusError(f"{folder}: no articles in this folder or its sub-folders "
                              f"(files ending {_formats()})")
    for p, reason in skipped:
        warnings.warn(f"skipped {p}: {reason}", CorpusWarning, stacklevel=2)

    def skip(where: str, reason: str) -> None:
        skipped.append((where, reason))
        warnings.warn(f"skipped {where}: {reason}", CorpusWarning, stacklevel=3)

    from tqdm import tqdm

    rows, seen = [], {}
    for f in tqdm(files, desc="articles", unit="file", disable=not progress or len(files) < 2):
        try:
            docs = _read(f, encoding, max_bytes)
        except CorpusError as exc:
            message = str(exc)
            if message.endswith(_EMPTY) or errors == "skip" or (isinstance(exc, NotArticles) and folder.is_dir()):
                skip(str(f), message.removeprefix(f"{f}: "))
                continue
            raise
        rel = f.relative_to(root)
        for doc in docs:
            source = str(f) if doc.row is None else f"{f}#{doc.row}"
            if not doc.raw.strip():
                skip(source, "no text")
                continue
            aid = _article_id(doc, rel)
            if aid.casefold() in seen:
                raise CorpusError(f"{folder}: two articles have the same article id {aid!r}: "
                                  f"{seen[aid.casefold()]} and {source}")
            seen[aid.casefold()] = source
            if doc.markup:
                warnings.warn(f"{f}: contains HTML or script markup; it is kept as plain text and "
                              "always shown escaped (save web pages as .html to have the article "
                              "text extracted)", CorpusWarning, stacklevel=2)
            spans = boilerplate_spans(doc.raw)
            body = body_of(doc.raw, spans)
            rows.append({"article_id": aid, "path": str(f), "source": source, "raw": doc.raw,
                         "body": body, "text": normalize(body), "boilerplate": spans,
                         **doc.meta, **{k: v for k, v in doc.extra.items() if k not in _CORE_COLUMNS}})
    if not rows:
        raise CorpusError(f"{folder}: no readable articles"
                          + (f" ({len(skipped)} skipped: see the warnings)" if skipped else ""))
    df = pd.DataFrame(rows)
    if cat_path is not None:
        df = apply_catalog(df, read_catalog(cat_path), cat_path)
    for col in CATALOG_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    cat_cols = [c for c in df.columns if c not in _CORE_COLUMNS]
    df[cat_cols] = df[cat_cols].fillna("")
    unknown = int(((df["publisher"] == "") | (df["published"] == "")).sum())
    if unknown:
        # One warning for the whole folder: the reports show «غير معروف» / "unknown".
        where = cat_path if cat_path is not None else folder / CATALOG_NAME
        warnings.warn(
            f"{folder}: {unknown} of {len(df)} articles have no publisher or no publication date; "
            f"reports show them as unknown, and relative dates («الشهر الماضي») stay unresolved. "
            f"To add them, write {where} with columns article_id,{','.join(CATALOG_COLUMNS)}",
            CorpusWarning, stacklevel=2)
    df = df.sort_values("article_id", ignore_index=True)
    df.attrs["skipped"] = skipped
    return df


def summarize(corpus: pd.DataFrame) -> pd.DataFrame:
    """One line per article: id, publisher, date, sizes (for the command line)."""
    return pd.DataFrame(
        {
            "article_id": corpus["article_id"],
            "publisher": corpus["publisher"],
            "published": corpus["published"],
            "raw_chars": corpus["raw"].str.len(),
            "body_chars": corpus["body"].str.len(),
            "sentences": corpus["body"].map(lambda t: len(sentence_spans(t))),
        }
    )
