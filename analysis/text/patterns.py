"""One regex for many words: an alternation factored as a trie.

Python's ``re`` tries the branches of an alternation one after another at every
position; with hundreds of names or cue words that dominates extraction time. A
trie-shaped regex tests each letter once. Every word list of the extractors
(gazetteer, months, number words, currencies, cues) is compiled through here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

NOTHING = "(?!)"  # the regex that matches nothing (for an empty word list)


def trie_regex(words: Iterable[Sequence[str]]) -> str:
    """A regex matching any of ``words``, each given as a sequence of regex atoms.

    Atoms are already-escaped regex pieces (usually one escaped character, or
    ``\\s+`` for a space). At each branch the longer continuation is tried first
    (greedy optional tails), so the longest word wins when the caller anchors the
    end (e.g. with ``(?!\\w)``).
    """
    trie: dict = {}
    for atoms in words:
        if not atoms:
            continue
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    return _emit(trie) if trie else NOTHING


def _emit(node: dict) -> str:
    branches = [atom + _emit(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def char_atoms(word: str, space: str = " ") -> list[str]:
    """A plain word as atoms: each character escaped, ``space`` as ``\\s+``."""
    return [r"\s+" if ch == space else re.escape(ch) for ch in word]
