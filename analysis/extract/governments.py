"""Governments named by rule: «حكومة أبوظبي», «الحكومة المصرية», «أعلنت السعودية».

Arabic news names a state acting in three ways, each mapped to the canonical
``Government of <country>``:

* a head noun in construct with the country's name: «حكومة المملكة العربية السعودية»;
* a definite head noun with the country's adjective: «الحكومة الأمريكية»,
  «الإدارة الأميركية», «الدولة المصرية»;
* the country's name as the subject right after a verb of deciding, announcing,
  planning or paying (verb-subject order): «أعلن المغرب», «تسعى السعودية», or before
  such a verb, or any feminine imperfect verb agreeing with it, at a clause start
  (subject-verb order: «السعودية تستثمر», a headline's «فنلندا تحذر»), or before a
  relative clause with such a verb («السعودية، التي أعلنت», «الإمارات والسعودية
  اللتين تستثمران»); and the state whose money, effort, decision or plan a noun in
  construct names («استثمارات السعودية», «جهود الكويت», «سماح الولايات المتحدة»,
  «خطط الإمارات»). Elsewhere («في السعودية», «السعودية والإمارات», «الشركة
  المملوكة لسنغافورة») a country stays a place: owning or backing a company is not
  acting, and the company, not the state, is the party named.

The first two are fixed phrases (:func:`government_phrases`) that the gazetteer
matcher looks up with its own names (clitics and «لل» included); the third is a test
on a place it found (:func:`country_as_subject`). Countries, adjectives, heads and
verbs are data (``data/governments.json``).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from analysis.text.normalize import normalize

GOVERNMENTS = Path(__file__).resolve().parents[1] / "data" / "governments.json"


def government_name(country: str) -> str:
    """The canonical English name of a country's government («Government of the United States»)."""
    return f"Government of {country}"


def _alt(words: list[str]) -> str:
    """The normalized words as a regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted({normalize(w) for w in words}, key=len, reverse=True))


@cache
def _data() -> dict:
    try:
        data = json.loads(GOVERNMENTS.read_text(encoding="utf-8"))
        particles = _alt(data["tense_particles"])
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
            "economy_heads": [normalize(w) for w in data["economy_heads"]],
            "verbs": frozenset(normalize(w) for w in data["actor_verbs"]),
            "possessors": frozenset(normalize(w) for w in data["possessor_heads"]),
            "state_nouns": frozenset(normalize(w) for w in data["state_nouns"]),
            "relatives": frozenset(normalize(w) for w in data["relative_pronouns"]),
            "prepositions": frozenset(normalize(w) for w in data["place_prepositions"]),
            "resumptives": frozenset(normalize(w) for w in data["resumptive_pronouns"]),
            "auxiliaries": frozenset(normalize(c + w) for w in data["auxiliaries"] for c in ("", "و")),
            # The word after the country, or the two after it and a comma (a relative pronoun,
            # then its verb), a particle of tense or negation before the verb («سوف تستثمر»).
            "word_after": re.compile(rf"[ \t]+(?:(?:{particles})[ \t]+)?(\w+)"),
            "relative_after": re.compile(rf"[ \t]*[،,]?[ \t]*(\w+)[ \t]+(?:(?:{particles})[ \t]+)?(\w+)"),
            "perfect": re.compile(rf"[ \t]+(?:{_alt(data['perfect_particles'])})[ \t]+(\w+)"),
        }
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise ValueError(f"{GOVERNMENTS}: {exc!r}; it needs 'countries' (English name -> 'names', "
                         "'adjectives'), 'construct_heads', 'adjective_heads', 'economy_heads', 'actor_verbs', 'possessor_heads', 'state_nouns', "
                         "'relative_pronouns', 'place_prepositions', 'resumptive_pronouns', 'tense_particles', "
                         "'auxiliaries' and 'perfect_particles'") from exc


@cache
def government_phrases() -> dict[str, tuple[str, str]]:
    """Normalized phrases naming a government → (English, Arabic) name.

    Returns:
        «حكومة <name>» for every construct head and country name, «<head> <adjective>»
        for every definite head and country adjective.
    """
    data = _data()
    out: dict[str, tuple[str, str]] = {}
    for head in data["construct"]:
        for name, country in data["names"].items():
            out[f"{head} {name}"] = (government_name(country), data["arabic"][country])
    for head in data["adjective_heads"]:
        for adjective, country in data["adjectives"].items():
            out[f"{head} {adjective}"] = (government_name(country), data["arabic"][country])
    return out


_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)[ \t]+$")
# A clause start: a line start, punctuation, or «أن / إن / بأن» opening a reported clause
# («أعلن رئيس الوزراء أن باكستان سوف تستثمر»; normalized «أن» → «ان»).
_CLAUSE_START = re.compile(r"(?:^|[\n.:؛!?،,]|(?<!\w)(?:ب|ل)?ان)[ \t]*$")


def _is(word: str, words: frozenset) -> bool:
    """``word`` is in ``words``, also behind the clitic و or ف or the future prefix س
    («ستستثمر»، both: «وستضخ») and before an object pronoun («تشنها»)."""
    if word in words or (word[:1] in "وف" and word[1:] in words):
        return True
    if word[:1] in "وف" and word[1:2] == "س":  # «وستضخ»: the clitic, then the future prefix
        word = word[1:]
    if word[:1] == "س" and word[1:2] in "تي" and word[1:] in words:  # the future: «ستستثمر»
        return True
    for suffix in _OBJECT:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[:-len(suffix)]
            return stem in words or (stem[:1] in "وف" and stem[1:] in words)
    return False


_OBJECT = ("هما", "هم", "ها", "ه")  # object pronouns on a verb, longest first


def _feminine_imperfect(word: str) -> bool:
    """Is ``word`` shaped like an imperfect verb agreeing with a country (feminine, «ت»: «تحذر»,
    «تتفوق», «ستستثمر»)? A country at a clause start followed by one is that verb's subject
    (a headline's «مصر تتفوق على …»), whatever the verb. Not a verbal noun «تفعيل» («تمويل»,
    «تطوير»: «ي» before the last letter), a feminine or plural noun («تقنية», «تحديات»), a
    clitic «و» (the next clause) or a word of three letters."""
    if word[:1] == "س" and word[1:2] == "ت":
        word = word[1:]
    return (word[:1] == "ت" and 4 <= len(word) <= 7 and word[-2] != "ي"
            and not word.endswith(("ة", "ات", "ين", "ون")))


def _singular(verb: str) -> str:
    """The singular of a dual or plural imperfect verb («تستثمران» → «تستثمر», «يستثمرون» → «يستثمر»)."""
    for ending in ("ان", "ون"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            return verb[:-len(ending)]
    return verb




def country_as_subject(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The government of the country named at ``text[start:end]`` if a verb of acting
    comes right before it («أعلنت [السعودية]», «وتسعى [الإمارات]»), or right after it at
    a clause start («[السعودية] تستثمر»), or after a relative pronoun right after it
    («[السعودية]، التي أعلنت»; not after «في»), or if a noun of its money, effort,
    decision or plan is right before it («سماح [الولايات المتحدة]»), else None.

    Args:
        text: normalized text.
        start, end: the span of a country's name in it.

    Returns:
        (English, Arabic) name of the government, or None.
    """
    data = _data()
    country = data["names"].get(text[start:end])
    if country is None:
        return None
    lo = max(0, start - 24)
    m = _WORD_BEFORE.search(text, lo, start)
    if m is not None and m.group(1) in data["state_nouns"]:  # «أعلنت دولة الإمارات»: the verb is before «دولة»
        m = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    elif m is not None and m.group(1) in data["resumptives"]:  # «في وقت تحث فيه بكين»: the verb is before «فيه»
        verb = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if verb is not None and _is(verb.group(1), data["verbs"]):
            return government_name(country), data["arabic"][country]
    if m is not None and _is(m.group(1), data["verbs"]):
        return government_name(country), data["arabic"][country]
    if m is not None and (m.group(1) in data["possessors"] or (m.group(1)[:1] in "وبل" and m.group(1)[1:] in data["possessors"])):
        return government_name(country), data["arabic"][country]  # «استثمارات السعودية»، «جهود الكويت»: the state's money or effort
    # «وكانت [إيطاليا] قد حظرت»: the auxiliary, the subject, then قد and the verb.
    may = data["perfect"].match(text, end)
    if m is not None and m.group(1) in data["auxiliaries"] and may is not None and _is(may.group(1), data["verbs"]):
        return government_name(country), data["arabic"][country]
    # A relative clause on the country with a verb of acting: «السعودية، التي تستثمر»,
    # «الإمارات والسعودية اللتين تستثمران» (the dual or plural verb of two states).
    # Not after «في» / «من» or the clitic «ب»: there the clause is on the noun before
    # («شركة في كندا التي أعلنت», «مصنع بكندا الذي افتتح»).
    rel = data["relative_after"].match(text, end)
    if rel is not None and rel.group(1) in data["relatives"] and text[start - 1:start] != "ب" \
            and (m is None or m.group(1) not in data["prepositions"]) \
            and (_is(rel.group(2), data["verbs"]) or _is(_singular(rel.group(2)), data["verbs"])):
        return government_name(country), data["arabic"][country]
    # Subject-verb order at a clause start: «السعودية تستثمر ...».
    after = data["word_after"].match(text, end)
    if after is not None and (_is(after.group(1), data["verbs"]) or _feminine_imperfect(after.group(1))) \
            and _CLAUSE_START.search(text, lo, start):
        return government_name(country), data["arabic"][country]
    return None


@cache
def _economy() -> tuple[re.Pattern, dict[str, str]]:
    """The regex of «<economy head> <adjective>» and each adjective, feminine and masculine → country."""
    data = _data()
    adjectives: dict[str, str] = {}
    for adjective, country in data["adjectives"].items():
        adjectives[adjective] = country
        if adjective.endswith("ة"):
            adjectives[adjective[:-1]] = country  # «الاقتصاد الأمريكي»
    heads, words = _alt(data["economy_heads"]), "|".join(re.escape(a) for a in sorted(adjectives, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{heads})[ \t]+({words})(?!\w)"), adjectives


def economy_of(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The government of the country whose economy ``text[start:end]`` (normalized) names
    right at ``start`` with a head and its adjective («الاقتصاد الأمريكي»، «السوق السعودية»), else None."""
    pattern, adjectives = _economy()
    m = pattern.match(text, start, end)
    if m is None:
        return None
    country = adjectives[m.group(1)]
    return government_name(country), _data()["arabic"][country]


def government_of(name: str) -> tuple[str, str] | None:
    """(English, Arabic) name of the government of the country named ``name`` (normalized), or None."""
    data = _data()
    country = data["names"].get(name)
    return None if country is None else (government_name(country), data["arabic"][country])


def government_arabic_names() -> dict[str, str]:
    """Canonical English name of each government → its Arabic name («حكومة مصر»)."""
    return {government_name(c): ar for c, ar in _data()["arabic"].items()}
