"""Articles on disk → one DataFrame row per article, raw text kept byte-exact.

The loader never writes to the user's folder. Bad input raises
:class:`CorpusError` naming the file and the problem (or, with
``errors="skip"``, warns and leaves that file out); an empty file is always
skipped with a warning, since there is nothing in it to lose.
"""

from __future__ import annotations

import json
import re
import warnings
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.text.normalize import normalize
from analysis.text.sentences import sentence_spans

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_DATA = Path(__file__).resolve().parents[1] / "data"
CATALOG_NAME = "catalog.csv"
CATALOG_COLUMNS = ["title", "publisher", "url", "published", "date_basis", "language"]
DEFAULT_MAX_BYTES = 10_000_000
_CORE_COLUMNS = ["article_id", "path", "raw", "body", "text", "boilerplate"]

_HTML = re.compile(r"<\s*(script|iframe|img|object|embed|svg|style|a\s)|javascript:|\bon\w+\s*=", re.IGNORECASE)


class CorpusError(ValueError):
    """A problem with the user's articles; the message names the file."""


class CorpusWarning(UserWarning):
    """A file was skipped or holds something worth knowing about."""


def default_articles_dir() -> Path:
    """The bundled seed articles (found from the package, not the working directory)."""
    return SEEDS


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> list[re.Pattern]:
    spec = json.loads((_DATA / "boilerplate.json").read_text(encoding="utf-8"))
    return [re.compile(p, re.MULTILINE) for p in spec["patterns"]]


def boilerplate_spans(raw: str) -> list[tuple[int, int]]:
    """Spans of ``raw`` that are site furniture, not article text.

    Share buttons, ad markers, comment counters, site headers, newsletter
    blurbs and the trailing source line; the rules are regexes in
    ``data/boilerplate.json``.
    """
    # Python's ``$`` matches only before "\n": give CRLF lines a same-length "\n\n" ending
    # so the line patterns match them too, with offsets that are still offsets into raw.
    probe = raw.replace("\r\n", "\n\n")
    spans = sorted((m.start(), m.end()) for p in _boilerplate_patterns() for m in p.finditer(probe))
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if a == b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def mask_spans(raw: str, spans: list[tuple[int, int]], fill: str = "\n") -> str:
    """``raw`` with each span overwritten by ``fill`` characters, same length.

    Extraction runs on this masked text, so its offsets are offsets into ``raw``
    while nothing inside boilerplate is reported.
    """
    parts, pos = [], 0
    for a, b in spans:
        parts.append(raw[pos:a])
        parts.append(fill * (b - a))
        pos = b
    parts.append(raw[pos:])
    return "".join(parts)


def body_of(raw: str, spans: list[tuple[int, int]] | None = None) -> str:
    """The article text without boilerplate, blank lines collapsed."""
    spans = boilerplate_spans(raw) if spans is None else spans
    text = mask_spans(raw, spans).replace("\r\n", "\n")
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _decode(path: Path, data: bytes, encoding: str) -> str:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise CorpusError(
            f"{path}: contains a NUL byte at offset {nul}; this looks like a binary file "
            "or UTF-16 text, not a UTF-8 article"
        )
    enc = encoding.lower().replace("_", "-")
    try:
        if enc in ("utf-8", "utf8"):
            # A BOM is part of the encoding, not of the text.
            return data.decode("utf-8-sig")
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = ""
        if enc in ("utf-8", "utf8"):
            try:
                sample = data.decode("cp1256")
                if sum("\u0621" <= c <= "\u064a" for c in sample) > len(sample) // 5:
                    hint = " It looks like Windows Arabic: pass encoding='cp1256'."
            except UnicodeDecodeError:
                pass
            hint = hint or " Pass encoding=... if the file uses another encoding (cp1256 is common)."
        raise CorpusError(
            f"{path}: not valid {encoding} (byte {exc.start}: {data[exc.start:exc.start + 4]!r}).{hint}"
        ) from None


def read_article(path: str | Path, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read one article file and return its decoded text, exactly.

    Raises:
        CorpusError: missing, too large, binary, undecodable or empty file.
    """
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise CorpusError(
            f"{path}: {size:,} bytes is over the limit of {max_bytes:,}; "
            "split it, or pass max_bytes= to load it anyway"
        )
    text = _decode(path, path.read_bytes(), encoding)
    if not text.strip():
        raise CorpusError(f"{path}: the file is empty")
    return text


def read_catalog(path: str | Path) -> pd.DataFrame:
    """Read a catalog CSV (``article_id`` plus any of the catalog columns)."""
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: catalog not found")
    try:
        cat = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise CorpusError(f"{path}: cannot read the catalog: {exc}") from None
    if "article_id" not in cat.columns:
        raise CorpusError(f"{path}: the catalog has no 'article_id' column")
    dup = cat["article_id"][cat["article_id"].duplicated()].tolist()
    if dup:
        raise CorpusError(f"{path}: the catalog lists these ids twice: {', '.join(dup)}")
    return cat


def _article_files(folder: Path) -> list[Path]:
    if not folder.exists():
        raise CorpusError(f"{folder}: folder not found")
    if folder.is_file():
        return [folder]
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    if not files:
        raise CorpusError(f"{folder}: no articles (*.txt files) in this folder")
    seen: dict[str, Path] = {}
    for p in files:
        key = p.stem.casefold()
        if key in seen:
            raise CorpusError(
                f"{folder}: two files have the same article id {p.stem!r}: {seen[key].name} and {p.name}"
            )
        seen[key] = p
    return files


def load_corpus(
    path: str | Path | None = None,
    *,
    catalog: str | Path | None = None,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    errors: str = "raise",
) -> pd.DataFrame:
    """Load a folder of ``.txt`` articles into a DataFrame, one row per article.

    Args:
        path: a folder of UTF-8 ``.txt`` files (or one file); default the bundled seeds.
        catalog: a catalog CSV; default ``catalog.csv`` in the folder, if there is one.
        encoding: the files' encoding (``"cp1256"`` for Windows Arabic).
        max_bytes: files larger than this are refused.
        errors: ``"raise"`` (default) stops at the first bad file; ``"skip"`` warns and
            leaves it out.

    Returns:
        Columns ``article_id, path, raw, body, text, boilerplate`` and the catalog
        columns (empty strings where unknown). ``raw`` is the decoded file, exactly.
    """
    if errors not in ("raise", "skip"):
        raise ValueError("errors must be 'raise' or 'skip'")
    folder = Path(path) if path is not None else SEEDS
    if path is None and not SEEDS.is_dir():
        raise CorpusError(
            f"{SEEDS}: the bundled seed articles live in the source checkout; install it with "
            "`pip install -e .` from the repository, or pass a folder of articles"
        )
    rows = []
    for f in _article_files(folder):
        try:
            raw = read_article(f, encoding=encoding, max_bytes=max_bytes)
        except CorpusError as exc:
            if str(exc).endswith("the file is empty") or errors == "skip":
                warnings.warn(f"skipped {exc}", CorpusWarning, stacklevel=2)
                continue
            raise
        if _HTML.search(raw):
            warnings.warn(
                f"{f}: contains HTML or script markup; it is kept as plain text and "
                "always shown escaped",
                CorpusWarning,
                stacklevel=2,
            )
        spans = boilerplate_spans(raw)
        body = body_of(raw, spans)
        rows.append(
            {
                "article_id": f.stem,
                "path": str(f),
                "raw": raw,
                "body": body,
                "text": normalize(body),
                "boilerplate": spans,
            }
        )
    if not rows:
        raise CorpusError(f"{folder}: no readable articles")
    df = pd.DataFrame(rows)

    cat_path = Path(catalog) if catalog is not None else None
    if cat_path is None and folder.is_dir() and (folder / CATALOG_NAME).is_file():
        cat_path = folder / CATALOG_NAME
    if cat_path is not None:
        cat = read_catalog(cat_path)
        unknown = sorted(set(cat["article_id"]) - set(df["article_id"]))
        if unknown:
            warnings.warn(
                f"{cat_path}: catalog rows with no article file: {', '.join(unknown)}",
                CorpusWarning,
                stacklevel=2,
            )
        extra = [c for c in cat.columns if c != "article_id" and c not in df.columns]
        df = df.merge(cat[["article_id", *extra]], on="article_id", how="left")
    for col in CATALOG_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    cat_cols = [c for c in df.columns if c not in _CORE_COLUMNS]
    df[cat_cols] = df[cat_cols].fillna("")
    return df.sort_values("article_id", ignore_index=True)


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
