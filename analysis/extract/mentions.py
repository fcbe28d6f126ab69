"""What every extractor shares: an article's searchable text and mention rows.

An extractor finds spans in the *normalized* text; :func:`mention_row` turns such a
span into raw offsets, the raw surface and the raw sentence holding it, so every
fact points back to the untouched article.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pandas as pd

from analysis.corpus.load import boilerplate_spans, mask_spans
from analysis.text.normalize import Normalized, normalize_with_offsets
from analysis.text.sentences import sentence_spans

MENTION_COLUMNS = ["article_id", "start", "end", "surface", "sentence", "sentence_start", "sentence_end"]
SPAN_COLUMNS = MENTION_COLUMNS[1:]  # what mention_spans gives for each span, in this order


@dataclass
class ArticleText:
    """One article ready for extraction (boilerplate blanked, same length as raw)."""

    article_id: str | None
    raw: str
    norm: Normalized
    published: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)
    boilerplate: list[tuple[int, int]] = field(default_factory=list, repr=False)  # the blanked spans
    _sentence_text: dict[tuple[int, int], str] = field(default_factory=dict, repr=False)

    def sentence_of(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of the sentence holding raw offset ``start`` (or the mention itself)."""
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0:
            a, b = self.sentences[i]
            if a <= start < b:
                return a, max(b, end)
        return start, end


def article_text(raw: str, article_id: str | None = None, published: str = "",
                 boilerplate: list[tuple[int, int]] | None = None) -> ArticleText:
    """Prepare one raw article: blank its boilerplate, normalize with offsets, split sentences."""
    spans = boilerplate_spans(raw) if boilerplate is None else boilerplate
    masked = mask_spans(raw, spans) if spans else raw
    sents = sentence_spans(masked)
    return ArticleText(
        article_id=article_id,
        raw=raw,
        norm=normalize_with_offsets(masked),
        published=published or "",
        sentences=sents,
        _starts=[a for a, _ in sents],
        boilerplate=list(spans),
    )


def article_texts(corpus_or_text: pd.DataFrame | str, published: str | None = None) -> Iterator[ArticleText]:
    """Yield :class:`ArticleText` for a corpus DataFrame or a single string."""
    if isinstance(corpus_or_text, str):
        yield article_text(corpus_or_text, None, published or "")
        return
    if not isinstance(corpus_or_text, pd.DataFrame) or "raw" not in corpus_or_text.columns:
        raise TypeError("expected a corpus DataFrame (from load_corpus) or a str")
    ids = corpus_or_text["article_id"] if "article_id" in corpus_or_text else [None] * len(corpus_or_text)
    pubs = corpus_or_text["published"] if "published" in corpus_or_text else [""] * len(corpus_or_text)
    bps = corpus_or_text["boilerplate"] if "boilerplate" in corpus_or_text else [None] * len(corpus_or_text)
    for raw, aid, pub, bp in zip(corpus_or_text["raw"], ids, pubs, bps):
        yield article_text(raw, aid, published if published is not None else (pub or ""), bp)


def mention_row(art: ArticleText, nstart: int, nend: int) -> dict:
    """Raw offsets, surface and sentence of the normalized span ``[nstart, nend)``."""
    start, end = art.norm.raw_span(nstart, nend)
    s_start, s_end = art.sentence_of(start, end)
    sentence = art._sentence_text.get((s_start, s_end))
    if sentence is None:  # one string per sentence, shared by its mentions
        sentence = art._sentence_text[(s_start, s_end)] = art.raw[s_start:s_end]
    return {
        "article_id": art.article_id,
        "start": start,
        "end": end,
        "surface": art.raw[start:end],
        "sentence": sentence,
        "sentence_start": s_start,
        "sentence_end": s_end,
    }


def mention_spans(art: ArticleText, spans: list[tuple[int, int]]) -> list[tuple]:
    """:func:`mention_row` for many normalized spans of one article at once, as tuples.

    Args:
        art: the prepared article.
        spans: ``(nstart, nend)`` spans of its normalized text.

    Returns:
        One ``(start, end, surface, sentence, sentence_start, sentence_end)`` per span,
        equal to the values of ``mention_row(art, nstart, nend)``.

    An article has a few dozen spans: each raw offset is read with ``ndarray.item`` and
    each sentence found by :meth:`ArticleText.sentence_of` (a bisection on Python lists),
    which is quicker than array operations that cost more to set up than to run.
    """
    if not spans:
        return []
    norm = art.norm
    n = len(norm.text)
    start_of, end_of = norm.starts.item, norm.ends.item
    raw_len = len(norm.raw)
    sentence_of = art.sentence_of
    raw, cache = art.raw, art._sentence_text
    out = []
    append = out.append
    for x, y in spans:
        if not 0 <= x <= y <= n:
            norm.raw_span(x, y)  # raises the IndexError naming the first bad span
        if x == y:  # an empty span maps to one raw position (the end of the text past it)
            start = end = start_of(x) if x < n else raw_len
        else:
            start, end = start_of(x), end_of(y - 1)
        s_start, s_end = sentence_of(start, end)
        sentence = cache.get((s_start, s_end))
        if sentence is None:  # one string per sentence, shared by its mentions
            sentence = cache[(s_start, s_end)] = raw[s_start:s_end]
        append((start, end, raw[start:end], sentence, s_start, s_end))
    return out


_PYTHON_STRINGS = threading.RLock()


@contextmanager
def python_strings() -> Iterator[None]:
    """Within this block, new pandas text columns hold Python ``str`` objects.

    pandas >= 3 with pyarrow installed copies every string into Arrow memory, so
    rows that share a sentence (or a conflict note) would each hold a copy of it;
    Python strings are shared. pandas options are global to the process, so the
    block holds a lock: extractions running in threads (a Dask worker) do not reset
    the option under each other.
    """
    with _PYTHON_STRINGS, pd.option_context("mode.string_storage", "python"):
        yield


def frame(rows: list[dict] | dict[str, list], columns: list[str]) -> pd.DataFrame:
    """Rows (or a list per column) → DataFrame with exactly ``columns`` (an empty
    frame keeps them).

    Text columns hold Python strings even where pandas would copy them into Arrow
    (pandas >= 3 with pyarrow installed): mentions of one sentence then share its
    string instead of each holding a copy.
    """
    with python_strings():
        if isinstance(rows, dict) and not any(rows.values()):
            rows = []  # no rows: the same empty frame as from an empty list
        df = pd.DataFrame(rows, columns=columns)
    for col in ("start", "end", "sentence_start", "sentence_end"):
        if col in df:
            df[col] = df[col].astype("int64")
    return df
