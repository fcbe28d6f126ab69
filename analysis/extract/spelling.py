"""The spelling a corpus writes for a name found by rule, shown instead of its search key.

The extractors match and group names in the normalized text, which folds the hamza of
«أ إ آ» into «ا», «ى» into «ي» and drops diacritics. A gazetteer name is shown with the
gazetteer's spelling; a name found by rule (``known`` False: a cue word, a person's name, a
public body) has no spelling but its normalized text, so «داريو أموداي» would reach a
reader as «داريو اموداي». Its key stays what the extractors compare; once a corpus is
extracted, every table shows instead the form the corpus writes:

* the forms are the written surfaces of the name's mentions whose normalization is the key
  (so a clitic or a longer alias never becomes the name), diacritics, tatweel and invisible
  marks removed and only the letters the normalization folds kept as written;
* one form per name for the whole corpus, so that nothing grouped by name (events,
  conflicts, flows, charts) is split by spelling: the form that writes the hamza where the
  forms differ on it («إيني» over «ايني»: the standard spelling, which the fold loses), then
  the most frequent (the key's own spelling counts too: «سامي» written so three times keeps it
  against one «سامى»), then the greatest in code-point order (the same whatever the partitions).
  Latin letters are kept as written.

:func:`written_forms` counts one article's forms, :func:`spellings` chooses, and
:func:`respell_money` / :func:`respell_entities` apply the choice to the tables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

import pandas as pd

from analysis.text.normalize import folded_letters, normalize


@cache
def _shown(ch: str) -> str:
    """A character as a shown name writes it: the letters the normalization folds kept, marks dropped."""
    return ch if ch in folded_letters() else normalize(ch)


def _hamzas(form: str) -> int:
    """How many alef forms with a hamza or madda («أ إ آ») ``form`` writes: letters folded into «ا»."""
    folded = folded_letters()
    return sum(folded.get(c) == "ا" for c in form)


def shown_form(surface: str) -> str:
    """``surface`` without diacritics, tatweel and invisible marks, with its hamzas («أموداي»)."""
    return " ".join("".join(_shown(c) for c in surface).split())


def written_forms(raw: str, spans: Iterable[tuple[str, int, int]]) -> Counter:
    """Count the forms of one article's names found by rule.

    Args:
        raw: the article's raw text.
        spans: ``(key, start, end)`` per mention of a name found by rule, with raw offsets.

    Returns:
        ``(key, form) → mentions``, for the mentions whose written form normalizes to the key
        (the key itself among them).
    """
    counts: Counter = Counter()
    for key, start, end in spans:
        form = shown_form(raw[start:end])
        if form == key or normalize(form) == key:
            counts[key, form] += 1
    return counts


def article_forms(art, mentions: Iterable) -> Counter:
    """:func:`written_forms` of one prepared article (:class:`~analysis.extract.mentions.ArticleText`)
    and its entity mentions (those found by rule are counted)."""
    return written_forms(art.raw, ((e.name_en, *art.norm.raw_span(e.start, e.end)) for e in mentions if not e.known))


def spellings(counts: Counter) -> dict[str, str]:
    """Key → the form to show, for every key with a written form that differs from it
    (``counts``: ``(key, form) → mentions`` of the whole corpus, :func:`written_forms`)."""
    best: dict[str, tuple] = {}
    for (key, form), n in counts.items():
        rank = (_hamzas(form), n, form)
        if key not in best or rank > best[key]:
            best[key] = rank
    return {key: rank[2] for key, rank in best.items() if rank[2] != key}


def _respell_list(cell: str, mapping: dict[str, str]) -> str:
    if not cell:
        return cell
    names = cell.split("; ")
    return "; ".join(mapping.get(n, n) for n in names) if any(n in mapping for n in names) else cell


def respell_money(money: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
    """The money table with ``payer`` (names joined by «; »), ``recipient`` and ``subject``
    shown in their written forms; the same object when nothing changes."""
    if not mapping or money.empty:
        return money
    out = money.copy()
    out["payer"] = [_respell_list(p, mapping) if isinstance(p, str) else p for p in out["payer"]]
    for col in ("recipient", "subject"):
        out[col] = [mapping.get(v, v) if isinstance(v, str) else v for v in out[col]]
    return out


def respell_entities(entities: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
    """The entity table with the ``name_en`` and ``name_ar`` of names found by rule in their
    written forms; the same object when nothing changes."""
    if not mapping or entities.empty:
        return entities
    out = entities.copy()
    unlisted = ~out["known"].astype(bool)
    for col in ("name_en", "name_ar"):
        out[col] = [mapping.get(v, v) if u else v for v, u in zip(out[col], unlisted)]
    return out
