"""Governments named by rule: «حكومة أبوظبي», «الحكومة المصرية», «أعلنت السعودية».

Arabic news names a state acting in three ways, each mapped to the canonical
``Government of <country>``:

* a head noun in construct with the country's name: «حكومة المملكة العربية السعودية»;
* a definite head noun with the country's adjective: «الحكومة الأمريكية»,
  «الإدارة الأميركية», «الدولة المصرية»;
* the country's name as the subject right after a verb of deciding, announcing,
  planning or paying (verb-subject order): «أعلن المغرب», «تسعى السعودية». Elsewhere
  («في السعودية», «السعودية والإمارات») a country stays a place.

Countries, adjectives, heads and verbs are data (``data/governments.json``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.text.normalize import normalize
from analysis.text.patterns import char_atoms, trie_regex

GOVERNMENTS = Path(__file__).resolve().parents[1] / "data" / "governments.json"


@dataclass(frozen=True)
class GovernmentMention:
    """A government named in normalized text; ``start``/``end`` are offsets into it."""

    start: int
    end: int
    name_en: str  # "Government of Egypt"
    name_ar: str  # «حكومة مصر»


def government_name(country: str) -> str:
    """The canonical English name of a country's government («Government of the United States»)."""
    return f"Government of {country}"


@cache
def _data() -> dict:
    try:
        data = json.loads(GOVERNMENTS.read_text(encoding="utf-8"))
        names: dict[str, str] = {}
        adjectives: dict[str, str] = {}
        arabic: dict[str, str] = {}
        for country, spec in data["countries"].items():
            arabic[country] = "حكومة " + spec["names"][0]
            for word in spec["names"]:
                names[normalize(word)] = country
            for word in spec["adjectives"]:
                adjectives[normalize(word)] = country
        return {
            "names": names,
            "adjectives": adjectives,
            "arabic": arabic,
            "construct": [normalize(w) for w in data["construct_heads"]],
            "adjective_heads": [normalize(w) for w in data["adjective_heads"]],
            "verbs": [normalize(w) for w in data["actor_verbs"]],
        }
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise ValueError(f"{GOVERNMENTS}: {exc!r}; it needs 'countries' (English name -> 'names', "
                         "'adjectives'), 'construct_heads', 'adjective_heads' and 'actor_verbs'") from exc


def _words(words) -> str:
    return trie_regex(char_atoms(w) for w in words)


@cache
def _regex() -> re.Pattern:
    data = _data()
    names, adjectives = _words(data["names"]), _words(data["adjectives"])
    # A definite head may carry clitics: «وللحكومة» = و + ل + الحكومة.
    definite = _words(h[2:] for h in data["adjective_heads"] if h.startswith("ال"))
    return re.compile(
        rf"(?<!\w)[وف]?(?:"
        rf"[بلك]?(?P<head>{_words(data['construct'])})[ \t]+(?P<of>{names})"
        rf"|(?:[بك]?(?P<art>ال)|ل(?P<art2>ل))(?:{definite})[ \t]+(?P<adj>{adjectives})"
        rf"|(?P<verb>{_words(data['verbs'])})[ \t]+(?P<subject>{names})"
        rf")(?!\w)"
    )


def find_governments(text: str) -> list[GovernmentMention]:
    """Governments named in *normalized* text, ordered by position.

    Args:
        text: normalized text (see :func:`analysis.normalize`).

    Returns:
        Mentions whose span is the whole phrase («الحكومة المصرية»), or only the
        country's name when it is a verb's subject («أعلنت [السعودية]»).
    """
    data = _data()
    out = []
    for m in _regex().finditer(text):
        if m.group("of"):
            start, country = m.start("head"), data["names"][m.group("of")]
        elif m.group("adj"):
            # The span starts at the article; in «للحكومة» (ل + الحكومة) at its second ل.
            start = m.start("art") if m.group("art") else m.start("art2")
            country = data["adjectives"][m.group("adj")]
        else:
            start, country = m.start("subject"), data["names"][m.group("subject")]
        out.append(GovernmentMention(start, m.end(), government_name(country), data["arabic"][country]))
    return out


def government_arabic_names() -> dict[str, str]:
    """Canonical English name of each government → its Arabic name («حكومة مصر»)."""
    return {government_name(c): ar for c, ar in _data()["arabic"].items()}
