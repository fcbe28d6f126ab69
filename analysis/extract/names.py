"""Organization names the gazetteer does not list: after a cue word, or in Latin script.

Two rules a reader of Arabic news uses to spot a name nobody told them about:

* a cue noun in construct with a name: «شركة إنسكيل», «صندوق ثرايف كابيتال», «بنك
  دويتشه». The first word after the cue is the name unless it is an adjective or verb
  agreeing with the cue (a word ending in ة after a feminine cue: «شركة ناشئة»; a word
  of ``not_names``), a definite noun («الشركة الأم», «صندوق الاستثمارات») or a number;
  the name goes on only with words that continue company names («كابيتال», «بارتنرز»).
  A name in quotes after the cue is taken whole up to the closing quote.
* a run of capitalized Latin words inside Arabic text («Magnetar Capital», «CNBC»),
  minus currency codes, units, months, job titles and site furniture
  (``latin_not_names``) and anything inside a web address.

The word lists are data (``data/entity_cues.json``). Callers drop candidates that
overlap a gazetteer name, which always wins.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.text.normalize import normalize
from analysis.text.patterns import char_atoms, trie_regex

CUES = Path(__file__).resolve().parents[1] / "data" / "entity_cues.json"

_MAX_WORDS = 4  # a cue-introduced name: its first word and at most three continuing ones
_QUOTES = {"«": "»", '"': '"', "“": "”", "'": "'"}


@dataclass(frozen=True)
class NameCandidate:
    """A name found by rule; ``start``/``end`` are offsets into the normalized text."""

    start: int
    end: int
    name: str  # the Latin name, or the Arabic surface as normalized
    kind: str


@cache
def _cues() -> dict:
    try:
        data = json.loads(CUES.read_text(encoding="utf-8"))
        cues = {normalize(w): (spec["kind"], bool(spec["in_name"])) for w, spec in data["cues"].items()}
        return {
            "cues": cues,
            "feminine": {normalize(w) for w in data["feminine"]},
            "not_names": {normalize(w) for w in data["not_names"]},
            "continue": {normalize(w) for w in data["continue"]},
            "latin_not": {w.casefold() for w in data["latin_not_names"]},
            "fund_words": {w.casefold() for w in data["fund_words"]},
            "place_words": {w.casefold() for w in data.get("latin_place_words", [])},
        }
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{CUES}: {exc!r}; it needs 'cues' (word -> kind, in_name), 'feminine', "
                         "'not_names', 'continue', 'latin_not_names' and 'fund_words'") from exc


@cache
def _cue_heads() -> tuple[str, ...]:
    """The first word of each cue: a text the cue regex matches holds one of them."""
    return tuple({w.split()[0] for w in _cues()["cues"]})


@cache
def _cue_regex() -> re.Pattern:
    words = trie_regex(char_atoms(w) for w in _cues()["cues"])
    # A cue may carry the clitics و ف ب ل ك («وشركة», «لصندوق»), never the article ال.
    return re.compile(rf"(?<!\w)[وف]?[بلك]?(?P<cue>{words})[ \t]+")


_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")
_TOKEN = re.compile(r"[^\s«»\"“”'،,.:;!?()\[\]{}]+")
_LATIN_WORD = r"(?:[A-Z][A-Za-z0-9&'’\-]*[A-Za-z0-9]|[A-Z]|[a-z]+[A-Z][A-Za-z0-9]*|\d+[A-Za-z][A-Za-z0-9]*)"
_LATIN_RUN = re.compile(
    rf"(?<![A-Za-z0-9./@#&\-]){_LATIN_WORD}(?:[ ](?:{_LATIN_WORD}|of|and|&|de|for|the|\d{{1,3}}(?![\d.,])))*(?![A-Za-z0-9@\-]|\.\w)")
# Where Latin text can be: a cheap scan (a character class first) before the run regex.
_LATIN_CHUNK = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’.\-@/:_ ]*")
_CAPITAL = re.compile(r"[A-Z]")
_LETTERS = re.compile(r"[A-Za-z]")
_URLISH = re.compile(r"https?:|www\.|\.(?:com|net|org|io|ai|sa|ae|eg|qa)\b|@|/")

_TRAILING = {"of", "and", "&", "de", "for", "the"}


def find_names(text: str) -> list[NameCandidate]:
    """Names introduced by a cue word and Latin-script names, in normalized text.

    Args:
        text: normalized text (see :func:`analysis.normalize`).

    Returns:
        Candidates ordered by position, not overlapping one another.
    """
    # Cheap tests first: no cue word, no cue names; no capital A–Z, no Latin name
    # (a Latin name must hold a capital).
    cues = _cue_names(text) if any(w in text for w in _cue_heads()) else []
    found = cues + _latin_names(text) if _CAPITAL.search(text) else cues
    out, last_end = [], -1
    for cand in sorted(found, key=lambda c: (c.start, -c.end)):
        if cand.start >= last_end:
            out.append(cand)
            last_end = cand.end
    return out


def _cue_names(text: str) -> list[NameCandidate]:
    data = _cues()
    out = []
    for m in _cue_regex().finditer(text):
        cue = m.group("cue")
        kind, in_name = data["cues"][cue]
        pos = m.end()
        quote = _QUOTES.get(text[pos:pos + 1])
        if quote:
            close = text.find(quote, pos + 1, pos + 60)
            inner = text[pos + 1:close] if close > 0 else ""
            if inner.strip() and "\n" not in inner and _ARABIC_WORD.match(inner.strip()) \
                    and inner.split()[0] not in data["not_names"] and len(inner.split()) <= _MAX_WORDS:
                start = pos + 1 + (len(inner) - len(inner.lstrip()))
                end = pos + 1 + len(inner.rstrip())
                out.append(NameCandidate(m.start("cue") if in_name else start, end,
                                         text[m.start("cue") if in_name else start:end], kind))
            continue
        words = []
        for tok in _TOKEN.finditer(text, pos, min(len(text), pos + 120)):
            gap = text[words[-1].end():tok.start()] if words else text[pos:tok.start()]
            if gap.strip() or "\n" in gap:  # punctuation or a line break ends the name
                break
            if not words:
                if not _first_word_ok(tok.group(), cue, data) or _in_construct(text, tok.end(), cue, data):
                    break
            elif tok.group() not in data["continue"] or len(words) >= _MAX_WORDS:
                break
            words.append(tok)
        if words:
            start = m.start("cue") if in_name else words[0].start()
            out.append(NameCandidate(start, words[-1].end(), text[start:words[-1].end()], kind))
    return out


def _first_word_ok(word: str, cue: str, data: dict) -> bool:
    """Is ``word``, right after ``cue``, the start of a name?"""
    if not _ARABIC_WORD.fullmatch(word):  # Latin names are the Latin rule's; digits are none
        return False
    if word in data["not_names"] or word in data["continue"] or word.startswith(("ال", "لل")):
        return False
    if word[0] in "بل" and word[1:] in data["not_names"]:  # «صندوق بقيمة», «شركة لتمويل»
        return False
    if cue in data["feminine"] and word.endswith("ة"):  # «شركة ناشئة»: an agreeing adjective
        return False
    # A possessive suffix («صندوق ثروتهم») or a plural verb («مجموعة حثوا») is no name.
    if word.endswith(_SUFFIXES):
        return False
    # A sound plural of a participle («مجموعة مستثمرين», «منصة مطورين»): a noun, no name.
    if word.startswith("م") and word.endswith(("ين", "ون", "ات")) and len(word) >= 6:
        return False
    # A feminine verb agreeing with the cue: «شركة أعلنت», «شركة تعمل» (تفعل).
    return not (len(word) == 4 and word[0] in "تي")


_SUFFIXES = ("هم", "هن", "هما", "كم", "كما", "ها", "نا", "وا")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def _in_construct(text: str, end: int, cue: str, data: dict) -> bool:
    """Is the word ending at ``end`` a common noun in a construct chain («منصة وسائل التواصل»)?

    A name after a cue is followed, if by a definite word at all, by an adjective agreeing
    with the cue (ة after a feminine cue, ي or ة otherwise: «شركة إنسكيل البريطانية»);
    a definite word of another shape is a genitive, so the word before it is a noun.
    """
    m = _NEXT_WORD.match(text, end)
    if not m or not m.group(1).startswith("ال"):
        return False
    nxt = m.group(1)
    return not (nxt.endswith("ة") or (cue not in data["feminine"] and nxt.endswith("ي")))


def _latin_names(text: str) -> list[NameCandidate]:
    data = _cues()
    out = []
    for chunk in _LATIN_CHUNK.finditer(text):
        if chunk.start() and text[chunk.start() - 1] in "./@#&-_:":  # inside a path or code
            continue
        piece = chunk.group()
        # A name holds a capital (see _latin_runs): a piece without one has none.
        if _CAPITAL.search(piece) and not _URLISH.search(piece):
            out.extend(_latin_runs(text, chunk.start(), piece, data))
    return out


def _latin_runs(text: str, offset: int, piece: str, data: dict) -> list[NameCandidate]:
    out = []
    for m in _LATIN_RUN.finditer(piece):
        words = m.group().split(" ")
        while words and words[-1].casefold() in _TRAILING:
            words.pop()
        # Drop leading and trailing words that are no name («CEO Sam», «Nvidia GPUs»).
        while words and words[0].casefold() in data["latin_not"]:
            words.pop(0)
        while words and words[-1].casefold() in data["latin_not"]:
            words.pop()
        name = " ".join(words)
        if not name or len(name) < 2 or name.casefold() in data["latin_not"] or name.isdigit():
            continue
        # The piece is ASCII (and ’): upper case is A–Z, letters are A–Za–z.
        if not _CAPITAL.search(name) or len(_LETTERS.findall(name, 0, len(name))) < 2:
            continue
        start = offset + m.start() + m.group().find(name)
        end = start + len(name)
        if end < len(text) and text[end] in "./@:" and end + 1 < len(text) and text[end + 1].isalnum():
            continue  # a file name or an address («Reuters.com/…»)
        last = words[-1].casefold()
        kind = "fund" if last in data["fund_words"] else "place" if last in data["place_words"] else "org"
        out.append(NameCandidate(start, end, name, kind))
    return out
