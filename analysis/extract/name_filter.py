"""A learned filter over the names found by rule (``known`` False): which are no names.

The finders of :mod:`analysis.extract.names` propose names after a cue word, a title, in
Latin script and so on; on text they were not written for, some of what they propose is
no organization or person («شركة ناشئة»-like phrases the rules did not foresee). A small
linear model (``analysis/data/name_model.json``, trained by ``benchmarks/train_names.py``
on the read development corpus) scores each distinct unlisted name of an article from
generic features of its mentions: the finder that proposed it, its kind, script and
length, the shape of its first and last words (the article ال, the final letter, Latin
capitals), how often it recurs, and the normalized words right before and after each
mention (single words and word pairs; never the name's own words, so no company of the
training articles is remembered).

What it decides: a name found by rule whose probability of being no name is above the
model's threshold (chosen by part-grouped cross-validation) is left out of the entities
table. Everything else stands as the rules gave it: gazetteer names (``known`` True) are
never scored, nor a name the rules take from a list of their own (an outlet's English
name), and the mentions given to the parties of the money table are the rules'
own (a filtered name may still be a payer or recipient).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

_WORD = re.compile(r"\w+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]")
_WINDOW = 48  # characters looked at on each side of a mention (two words are enough)
MODEL = "name_model"
_SCORED = frozenset(("org", "person", "fund", "government", "product"))  # a place is never filtered


def _words_before(text: str, start: int) -> list[str]:
    return _WORD.findall(text, max(0, start - _WINDOW), start)[-2:]


def _words_after(text: str, end: int) -> list[str]:
    return _WORD.findall(text[end:end + _WINDOW])[:2]


def _mark(text: str, pos: int, step: int) -> str:
    """The first non-blank character from ``pos`` in direction ``step``, as a class."""
    i = pos if step > 0 else pos - 1
    while 0 <= i < len(text) and text[i] in " \t":
        i += step
    if not 0 <= i < len(text):
        return "edge"
    ch = text[i]
    if ch == "\n":
        return "nl"
    if ch in "«»\"“”'":
        return "quote"
    if ch in "()[]":
        return "bracket"
    if ch in "،,":
        return "comma"
    if ch in ".:؛;!?؟-–—":
        return "stop"
    return "word" if ch.isalnum() else "other"


def _shape(word: str) -> str:
    """A Latin word's shape: ``Aa`` (capitalized), ``AA`` (capitals), ``aA`` (mixed inside),
    ``a`` (lower case), ``9`` (with a digit)."""
    if any(c.isdigit() for c in word):
        return "9"
    if word.isupper():
        return "AA"
    if word[:1].isupper():
        return "aA" if any(c.isupper() for c in word[1:]) else "Aa"
    return "aA" if any(c.isupper() for c in word) else "a"


def name_features(text: str, mentions: Sequence) -> list[str]:
    """Features of one distinct name of an article, from all its mentions.

    Args:
        text: the article's normalized text (the mentions' offsets are into it).
        mentions: the name's mentions (:class:`analysis.extract.entities.EntityMention`),
            in text order; at least one.

    Returns:
        Feature strings (a set's worth; order does not matter).
    """
    first = mentions[0]
    name = first.name_en
    surface = text[first.start:first.end]
    words = _WORD.findall(surface) or [""]
    ar, la = bool(_ARABIC.search(surface)), bool(_LATIN.search(surface))
    script = "mixed" if ar and la else "ar" if ar else "latin" if la else "other"
    n = len(mentions)
    feats = {
        f"kind={first.kind}", f"script={script}", f"nwords={min(len(words), 4)}",
        f"mentions={min(n, 3)}", f"kind_script={first.kind}_{script}",
    }
    if ar:
        w0, wl = words[0], words[-1]
        feats.add("first_al" if w0.startswith("ال") else "first_bare")
        feats.add(f"first_end={w0[-1:]}")
        feats.add(f"last_end={wl[-1:]}")
        if len(words) > 1 and wl.startswith("ال"):
            feats.add("last_al")
    if la:
        if surface.isupper():
            feats.add("all_capitals")
        if any(c.isdigit() for c in surface):
            feats.add("digit")
        feats.add(f"chars={min(len(surface) // 4, 5)}")
        feats.add("shape=" + "_".join(_shape(w) for w in words[:3]))
    if name != surface:
        feats.add("renamed")  # an outlet's English name (never filtered; see :func:`candidates`)
    if first.start < 160:
        feats.add("near_start")
    for e in mentions:
        feats.add(f"rule={e.rule}")
        before, after = _words_before(text, e.start), _words_after(text, e.end)
        pb, pa = _mark(text, e.start, -1), _mark(text, e.end, 1)
        feats.add(f"mark-1={pb}")
        feats.add(f"mark+1={pa}")
        if before and pb == "word":
            feats.add(f"w-1={before[-1]}")
            if len(before) == 2:
                feats.add(f"w-2,-1={before[0]}_{before[1]}")
        if after and pa == "word":
            feats.add(f"w+1={after[0]}")
            if len(after) == 2:
                feats.add(f"w+1,+2={after[0]}_{after[1]}")
    return sorted(feats)


@cache
def _model():
    from analysis.extract.linear import load

    return load(MODEL)


def candidates(text: str, mentions: Sequence, renamed: bool = False) -> dict[str, list]:
    """The names the filter scores, each with its mentions: names only the rules found
    (no mention of the name is listed), of a kind the entities table counts (no place),
    and not renamed from a list of the rules («جريدة اليوم السابع» → Youm7: a curated
    list, like the gazetteer; with ``renamed`` those too: the training script learns from
    them, the filter never leaves them out)."""
    groups: dict[str, list] = {}
    listed = set()
    for e in mentions:
        if e.known or (not renamed and e.name_en != text[e.start:e.end]):
            listed.add(e.name_en)
        elif e.kind in _SCORED:
            groups.setdefault(e.name_en, []).append(e)
    for name in listed & groups.keys():
        del groups[name]
    return groups


def filtered_names(text: str, mentions: Sequence) -> set[str]:
    """The ``name_en`` of the names found by rule that the model takes for no name
    (probability above its threshold; see :func:`candidates`); empty when unsure."""
    groups = candidates(text, mentions)
    if not groups:
        return set()
    model = _model()
    return {name for name, group in groups.items()
            if model.probabilities(name_features(text, group)).get("drop", 0.0) > model.threshold}
