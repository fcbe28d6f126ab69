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


def trie_regex(words: Iterable[Sequence[str]], gated: bool = False) -> str:
    """A regex matching any of ``words``, each given as a sequence of regex atoms.

    Atoms are already-escaped regex pieces (usually one escaped character, or
    ``\\s+`` for a space). At each branch the longer continuation is tried first
    (greedy optional tails), so the longest word wins when the caller anchors the
    end (e.g. with ``(?!\\w)``).

    ``gated`` puts the branches of the first letters behind lookaheads (:func:`_gated`):
    for a trie tried after something else (a word start, clitics), at every word. Not
    for a pattern that opens with the trie: there ``re`` skips to the first letters by
    itself, which a lookahead would stop.
    """
    trie: dict = {}
    for atoms in words:
        if not atoms:
            continue
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    return _emit(trie, gated) if trie else NOTHING


def _emit(node: dict, gated: bool = False) -> str:
    """The regex of a trie node; ``gated``: its branches grouped (:func:`_gated`)."""
    atoms = [atom for atom in sorted(node) if atom]
    branches = [atom + _emit(node[atom]) for atom in atoms]
    if not branches:
        return ""
    if gated:
        branches = _gated(atoms, branches)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_GATE_FROM = 16  # branches of the first node from which they are gated (:func:`_gated`)


def _gated(atoms: list[str], branches: list[str]) -> list[str]:
    """The ``branches`` of a trie node (each opening with its atom in ``atoms``), those
    that open with one character put in groups behind a lookahead of their first
    characters: ``(?=[abc])(?:a…|b…|c…)``.

    ``re`` tries the branches of an alternation one after another, at every position a
    pattern is tried; a node with dozens of branches (the first letters of a gazetteer's
    names) costs a test of each, and they all fail at most places. A group's lookahead
    fails in one test where none of its branches can start; it passes over only
    branches that could not match there, and the others keep their order: the matches
    are the same.
    Groups of about 3·√n branches balance the lookaheads tried against the branches
    tried in the one group that passes.
    """
    if len(branches) < _GATE_FROM:
        return branches
    size = max(2, round(3 * len(branches) ** 0.5))
    out: list[str] = []
    run: list[tuple[str, str]] = []  # consecutive branches opening with one character

    def close() -> None:
        if len(run) > 1:
            chars = "".join(re.escape(c) for c, _ in run)
            out.append(f"(?=[{chars}])(?:" + "|".join(b for _, b in run) + ")")
        else:
            out.extend(b for _, b in run)
        run.clear()

    for atom, branch in zip(atoms, branches):
        char = _one_char(atom)
        if char is None:
            close()
            out.append(branch)
            continue
        run.append((char, branch))
        if len(run) == size:
            close()
    close()
    return out


def _one_char(atom: str) -> str | None:
    """The character an atom matches if it is one literal character (``a``, ``\\.``), else None."""
    if len(atom) == 1 and atom not in "\\.^$*+?{}[]()|":
        return atom
    if len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum():
        return atom[1]
    return None


def char_atoms(word: str, space: str = " ") -> list[str]:
    """A plain word as atoms: each character escaped, ``space`` as ``\\s+``."""
    return [r"\s+" if ch == space else re.escape(ch) for ch in word]
