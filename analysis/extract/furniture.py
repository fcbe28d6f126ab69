"""What a page says about itself: bylines, photo credits and its own name, no entities.

A news page names its writer («كتب: سامر خليل», «بقلم منى راشد», «ترجمة: ...», «ساهم ... في
هذا التقرير»), the makers of its pictures («مصدر الصورة: غيتي», «(صورة: وكالة الأنباء)»,
«المصور: ...», «حقوق النشر ...», a caption's «(رويترز)» at the end of its line) and itself
(its masthead on a line of its own, its dateline «الوادي نيوز - أعلنت …», «إيلاف من واشنطن:»,
its name closing the title «… – الوادي نيوز»). None of these is a party the story tells of
(convention C10 of the gold): the mentions there are left out of the entities (a name the
story also tells of elsewhere stays, from its other mentions). An outlet CITED in the text
(«ذكرت وكالة الأنباء», «القاهرة (رويترز) -», «بحسب صحيفة الأسواق») stays a name.

Three kinds of spans, each tested on the mentions of one article:

* credit spans (:func:`credit_spans`): every mention inside is furniture — a byline line
  (the cue, two to five words, nothing else on the line), a translator's or editor's
  bracket, a contributor's line, a photo credit (its cue to the line end, or a bracket
  opened by «صورة:»), a caption's source glued after the caption («… مقارها المصدر: ...»).
* an outlet (a listed name of the media sector, or one the rules named as an outlet) is
  furniture on its masthead line («logo» or a copyright mark beside it; alone on the line
  when the rules found it or it is written in Latin letters, a logo's text: a listed Arabic
  name alone on a line is a source label), in its dateline at a line start (the name and a
  dash or colon, «X من <city>:»; not «X - ترجمة: …», the source of a translation), closing
  a title line of five words or more after a dash or a bar, or in brackets closing a caption
  line of three words or more with no full stop before the bracket («… بنفسه (رويترز)»; not
  a cited agency's dateline «بروكسل - (رويترز)», nor a source after a sentence «… محتملة. (رويترز)»).
* a person is furniture on a line of his own: the name alone (a dash, a colon or an
  asterisk after it), after an outlet's or a place's name and a dash or colon
  («لندن – سامر خليل», «الوادي نيوز: سامر خليل»), or before a dash and a place
  («سامر خليل - أبوظبي في ...»).

The boilerplate data (``data/boilerplate.json``) already masks byline and photo-credit lines
from every table, and :mod:`analysis.extract.outlets` drops the article's own outlet when the
catalog names its site; these rules find what those leave: credits inside a line, a caption's
source, and a masthead, dateline or writer's line of a page whose site is not known.
The words are data (``data/entity_cues.json``: ``byline_cues``, the package's one list of byline
words, also read by the boilerplate patterns and the names finder; ``furniture``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from analysis.extract.names import _cues as _names_data
from analysis.text.normalize import normalize
from analysis.text.patterns import char_atoms, trie_regex

_DASH = "-–—"
_NAME_WORD = r"[\u0621-\u064aA-Za-zÀ-ž][\w'’\-]*"


@cache
def _spec() -> dict:
    import json
    from analysis.extract.names import CUES

    return json.loads(CUES.read_text(encoding="utf-8"))["furniture"]


@cache
def _data() -> dict:
    spec = _spec()
    words = lambda key: trie_regex(char_atoms(normalize(w)) for w in spec[key])  # noqa: E731
    bylines = trie_regex(char_atoms(w) for w in set(_names_data()["bylines"]))
    dash = re.escape(_DASH)
    byline_words = tuple(_names_data()["bylines"])
    needles = lambda key: tuple(normalize(w) for w in spec[key])  # noqa: E731
    # Each pattern with the words one of which it cannot match without (its needles).
    credits = [
        # A byline on a line of its own: the cue, a colon or dash, two to five name words.
        (rf"^[ \t•·*]*(?:{bylines})[ \t]*[:{dash}]?[ \t]*(?P<writer>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}})[ \t]*:?[ \t]*$",
         byline_words),
        # A translator's or editor's credit in brackets, or closing its line.
        (rf"\([ \t]*(?:{words('bracket_credit_cues')})[ \t]*:?[^()\n]{{0,100}}(?:\)|$)", needles("bracket_credit_cues")),
        (rf"(?:{words('line_credit_cues')})[ \t]*:[^\n]{{0,60}}$", needles("line_credit_cues")),
        # A contributor: «ساهم ... في هذا التقرير».
        (rf"(?:{words('contributor_verbs')})[ \t]+[^\n]{{2,60}}?[ \t]+(?:{words('contributor_objects')})",
         needles("contributor_verbs")),
        # A photo credit: its cue and a colon to the line end, a copyright to the line end,
        # or a bracket opened by «صورة:».
        (rf"(?<!\w)(?:{words('photo_credit_cues')})[ \t]*:[^\n]*$", needles("photo_credit_cues")),
        (rf"(?:{words('rights_cues')})[^\n.،,]{{0,40}}$", needles("rights_cues")),
        (rf"\([ \t]*(?:ال)?صورة[ \t]*:[^()\n]*\)", ("صورة",)),
        # A caption's source glued after the caption, on the caption's line.
        (rf"(?<=\w)[ \t]*[{dash}]?[ \t]*(?:{words('caption_source_cues')})[ \t]*:[^\n]*$",
         needles("caption_source_cues")),
    ]
    return {
        "credits": tuple(p for p, _ in credits),
        # A needle that holds another of its pattern («كتبت», «كتب») is found only where that
        # one is: the shorter suffices to tell whether the pattern may match.
        "needles": tuple(tuple(w for w in n if not any(v != w and v in w for v in n)) for _, n in credits),
        "masthead_words": frozenset(w.casefold() for w in spec["masthead_words"]),
    }


@lru_cache(maxsize=256)
def _credits(present: tuple[int, ...]) -> re.Pattern:
    """The credit patterns ``present`` (indices) as one alternation, in their order: a
    pattern none of whose words is in a text cannot match it, so leaving it out changes
    nothing the alternation finds there, and the others are not tried at every position
    in vain."""
    patterns = _data()["credits"]
    return re.compile("|".join(f"(?:{patterns[i]})" for i in present), re.MULTILINE)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (normalized) that credit a writer, a translator or a picture."""
    present = tuple(i for i, words in enumerate(_data()["needles"]) if any(w in text for w in words))
    if not present:
        return []
    words = _names_data()
    # A byline's writer holds no function word: «كتبت كلارا بوفيه في تقريرها» is a sentence.
    return [m.span() for m in _credits(present).finditer(text)
            if m.groupdict().get("writer") is None or not any(w in words["not_names"] or w in words["person_not"]
                                                               or w in words["speech"] for w in m.group("writer").split())]


def _line(text: str, start: int, end: int) -> tuple[str, str]:
    """What stands before and after ``text[start:end]`` on its line, stripped."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return text[ls:start].strip(" \t"), text[end:le if le >= 0 else len(text)].strip(" \t")


_DATELINE_AFTER = re.compile(rf"^(?:\([^()\n]{{1,30}}\)[ \t]*)?(?:[{re.escape(_DASH)}:]|من[ \t]+\S+[ \t]*:)")
_TITLE_BEFORE = re.compile(rf"[{re.escape(_DASH)}|][ \t]*$")
_MARK_AFTER = re.compile(rf"^[{re.escape(_DASH)}:*]?$")
_BEFORE_PERSON = re.compile(rf"^[^\n]{{2,40}}[{re.escape(_DASH)}:]$")
_PLACE_AFTER = re.compile(rf"^[{re.escape(_DASH)}][ \t]*[\u0621-\u064a]+")
_BRACKET_CLOSING = re.compile(r"^\)[ \t.]*$")
_SENTENCE_END = frozenset(".،,:؛;!?؟-–—")


@cache
def _credit_after() -> re.Pattern:
    spec = _spec()
    return re.compile(rf"^[{re.escape(_DASH)}:][ \t]*(?:{trie_regex(char_atoms(normalize(w)) for w in spec['line_credit_cues'])})")


def outlet_furniture(text: str, start: int, end: int, listed: bool = True) -> bool:
    """Is the outlet named at ``text[start:end]`` the page's own furniture there: its
    masthead, its dateline, the end of a title, or a caption's credit?"""
    before, after = _line(text, start, end)
    words = _data()["masthead_words"]
    beside = (before + " " + after).split()
    if all(w.casefold() in words for w in beside) and (not listed or beside or text[start:end].isascii()):
        # The masthead: an outlet beside «logo» or «©», or alone on its line when unlisted or in
        # Latin letters (a logo's text); a listed one in Arabic alone on a line is a source label.
        return True
    if not before and _DATELINE_AFTER.match(after) and not _credit_after().match(after):
        return True  # «الوادي نيوز - أعلنت …», «إيلاف من واشنطن: …»; not «X - ترجمة: …», a source
    if not after and _TITLE_BEFORE.search(before) and len(before.split()) >= 5:
        return True  # «… – الوادي نيوز» closing a title
    if before.endswith("(") and _BRACKET_CLOSING.match(after) and len(before[:-1].split()) >= 3 \
            and before[:-1].rstrip()[-1:] not in _SENTENCE_END:
        return True  # a caption's credit: «… بنفسه (رويترز)»; not «بروكسل - (…)», «… محتملة. (…)»
    return False


def person_furniture(text: str, start: int, end: int) -> bool:
    """Is the person named at ``text[start:end]`` a writer on a line of his own («سامر
    خليل», «لندن – سامر خليل», «الوادي نيوز: سامر خليل», «سامر خليل - أبوظبي في …»)?"""
    before, after = _line(text, start, end)
    if (not before or before in _names_data()["titles"]) and _MARK_AFTER.match(after):
        return True  # «سامر خليل», «الدكتور سامر خليل*»
    if _MARK_AFTER.match(after) and _BEFORE_PERSON.match(before) and len(before.split()) <= 3:
        return True
    if not before and _PLACE_AFTER.match(after):
        return True
    return False
