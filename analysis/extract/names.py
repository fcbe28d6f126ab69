"""Names the gazetteer does not list: after a cue word or a title, before a role, in a
dateline, or in Latin script.

The rules a reader of Arabic news uses to spot a name nobody told them about:

* a cue noun in construct with a name: «شركة إنسكيل», «صندوق ثرايف كابيتال», «بنك
  دويتشه». The first word after the cue is the name unless it is an adjective or verb
  agreeing with the cue (a word ending in ة after a feminine cue: «شركة ناشئة»; a word
  of ``not_names``), a definite noun («الشركة الأم», «صندوق الاستثمارات») or a number;
  the name goes on only with words that continue company names («كابيتال», «بارتنرز»).
  A name in quotes after the cue is taken whole up to the closing quote, and wins
  over a shorter listed name inside it («صندوق "هيوماين فنتشرز"»: the fund, not Humain).
* a run of capitalized Latin words inside Arabic text («Magnetar Capital», «CNBC»),
  minus currency codes, units, months, job titles and site furniture
  (``latin_not_names``) and anything inside a web address; a name ending in «Park»,
  «Street» … (``latin_place_words``) is a place, a legal suffix («Corp») is dropped. One
  title-case word left of a phrase of generic words («Top Secret», «Deep Search») or alone
  on a line (a button's label: «Play») is no name. A company named like its web address
  («Q.ai», «Xnor.ai»), outside an address, is one.
* a person after a title («المحلل سركيس نزار», «رئيسها التنفيذي جوناثان روس»,
  «الرئيس الأمريكي ...»): two words that are no function word, verb, adjective or
  cue noun, the second may be a family name with ال («عبدالفتاح السيسي»), and «بن»,
  «عبد», «أبو» join more; one word alone is no full name and is left out.
* a person named in quotes right after a title and its complement («وزير العلوم "..."»);
  an organization in quotes after a cue and its definite complement («شركة التكنولوجيا
  الكورية “نافر”») or a plural cue («شركات "..." و"..."»).
* a person before a role in apposition («جورج نوبل، مؤسس ...», «عن أليكس ديفيس
  الرئيس التنفيذي ...»): the two words before the role, when a verb of saying, a
  function word, punctuation or a line start comes before them.
* the writer in a byline on a line of its own: «كتب: سامر خليل» (``byline_cues``).
* a firm named by a word and a company word of its name, no cue before it:
  «بقيادة "روكلاند مانجمنت"» (``org_suffixes``).
* an outlet named by a word and a media suffix («الشعب نيوز», ``outlet_suffixes``).
* an outlet in a dateline at a line start: «إيلاف - ...», «إيلاف من واشنطن: ...»; an
  outlet whose name is a common word («الوقت», «اليوم», «الرياض»: ``outlets_after_cue``)
  only there, right after a media cue («موقع الوقت», «لصحيفة الرياض») or in quotes of its own («مقابلة مع «الشرق»»), with its
  English name; it wins over a place of the same words.

The word lists are data (``data/entity_cues.json``). Callers drop candidates that
overlap a gazetteer name, which always wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from analysis.extract.governments import _data as governments_data
from analysis.extract.numbers import lexicon
from analysis.text.normalize import normalize
from analysis.text.patterns import char_atoms, trie_regex

CUES = Path(__file__).resolve().parents[1] / "data" / "entity_cues.json"

_MAX_WORDS = 4  # a cue-introduced name: its first word and at most three continuing ones
_INNER_TRAIL = " \t،,.:;؛"  # punctuation a writer put inside the closing quote
_QUOTES = {"«": "»", '"': '"', "“": "”", "'": "'"}


@dataclass(slots=True)  # not frozen: tens of thousands per corpus, and a frozen dataclass is made four times slower
class NameCandidate:
    """A name found by rule; ``start``/``end`` are offsets into the normalized text (never changed once made)."""

    start: int
    end: int
    name: str  # the Latin name, or the Arabic surface as normalized, or an outlet's English name
    kind: str
    name_ar: str = ""  # an outlet's Arabic name (``name`` is then its English one)
    over_place: bool = False  # wins over a place of the gazetteer at the same words («صحيفة الرياض»)
    quoted: bool = False  # a whole quoted name after a cue: wins over a shorter listed name inside it
    outlet: bool = False  # «X نيوز»: wins over a shorter listed name inside it that is no outlet («إرم نيوز»)
    # A public body: named by its words (1); with the article, that needs a place named after it
    # («المحكمة المركزية [في تل أبيب]») (2) or takes one («الهيئة العامة للاستثمار [في الكويت]») (3);
    # one that took its place (4, set by the caller) wins over a listed name inside it.
    body: int = 0
    rule: str = ""  # which finder proposed it (set by :func:`find_names`): a feature of the name filter


@cache
def _cues() -> dict:
    try:
        data = json.loads(CUES.read_text(encoding="utf-8"))
        cues = {normalize(w): (spec["kind"], bool(spec["in_name"])) for w, spec in data["cues"].items()}
        return {
            "cues": cues,
            "quoted_only": {normalize(w) for w, spec in data["cues"].items() if spec.get("quoted_only")},
            "feminine": {normalize(w) for w in data["feminine"]},
            "not_names": {normalize(w) for w in data["not_names"]},
            "continue": {normalize(w) for w in data["continue"]},
            "latin_not": {w.casefold() for w in data["latin_not_names"]},
            "latin_name_ends": frozenset(data["latin_name_ends"]),
            "latin_openers": frozenset(data["latin_name_openers"]),
            "dateline_media": frozenset(normalize(w) for w in data["dateline_media_words"]),
            "fund_words": {w.casefold() for w in data["fund_words"]},
            "place_words": {w.casefold() for w in data["latin_place_words"]},
            "legal": {w.casefold() for w in data["latin_legal_suffixes"]},
            "org_heads": {w.casefold() for w in (*data["fund_words"], *data["latin_org_heads"])},
            "titles": [normalize(w) for w in data["person_titles"]],
            "roles": [normalize(w) for w in data["person_roles"]],
            "speech": {normalize(w) for w in data["speech_verbs"]},
            "connectors": {normalize(w) for w in data["name_connectors"]},
            "place_openers": {normalize(w) for w in data["place_name_openers"]},
            "person_not": {normalize(w) for w in data["person_not_names"]},
            "dateline_ends": "".join(data["dateline_ends"]),
            "media": [normalize(w) for w in data["media_cues"]],
            "outlets": {normalize(w): en for w, en in data["outlets_after_cue"].items()},
            "outlet_suffixes": tuple(normalize(w) for w in data["outlet_suffixes"]),
            "associations": [normalize(w) for w in data["association_cues"]],
            "body_heads": {normalize(w): kind for w, kind in data["body_heads"].items()},
            "body_by_adjective": {normalize(w) for w in data["body_named_by_adjective"]},
            "body_adjectives": {normalize(w) for w in data["body_adjectives"]},
            "body_not": {normalize(w) for w in data["body_not_names"]},
            "body_fields": {normalize(w) for w in data["body_field_nouns"]},
            "bylines": list(dict.fromkeys(normalize(w) for w in data["byline_cues"])),
            "org_suffixes": tuple(normalize(w) for w in data["org_suffixes"]),
            "initials": {normalize(w) for w in data["name_initials"]},
            "given": frozenset(normalize(w) for w in data["given_names"]),
            "adjective_titles": frozenset(normalize(w) for w in data["adjective_titles"]),
            "acronym_heads": {normalize(w): kind for w, kind in data["acronym_heads"].items()},
            "latin_event_heads": frozenset(normalize(w) for w in data["latin_event_heads"]),
            "index_heads": frozenset(normalize(w) for w in data["index_heads"]),
            "event_organiser_heads": frozenset(normalize(w) for w in data["event_organiser_heads"]),
            "clitic_lookalikes": frozenset(normalize(w) for w in data["clitic_lookalikes"]),
            "company_forms": frozenset(normalize(w) for w in data["company_form_words"]),
            "instrument_heads": frozenset(normalize(w) for w in data["instrument_heads"]),
            "seat_names": frozenset(data["seat_names"]),
            "company_words": frozenset(w.casefold() for w in (*data["latin_company_words"], *data["latin_org_heads"])),
            "place_prepositions": frozenset(normalize(w) for w in data["place_prepositions"]),
        }
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{CUES}: {exc!r}; it needs 'cues' (word -> kind, in_name), 'feminine', "
                         "'not_names', 'continue', 'latin_not_names', 'fund_words', 'latin_place_words', "
                         "'latin_legal_suffixes', 'latin_org_heads', 'latin_name_ends', "
                         "'person_titles', 'person_roles', 'speech_verbs', 'name_connectors', 'place_name_openers', "
                         "'person_not_names', 'dateline_ends', 'media_cues', 'outlets_after_cue', "
                         "'outlet_suffixes', 'association_cues', 'body_heads', 'body_named_by_adjective', "
                         "'body_adjectives', 'body_not_names', 'body_field_nouns', 'byline_cues', 'name_initials', 'given_names', 'adjective_titles', 'acronym_heads', 'latin_event_heads', 'index_heads', 'event_organiser_heads', 'clitic_lookalikes', 'company_form_words', 'instrument_heads', 'seat_names', 'place_prepositions', 'latin_company_words' and 'org_suffixes'") from exc


def _fewest(words) -> tuple[str, ...]:
    """``words`` without those that hold another of them («كتبت» holds «كتب»), in their
    order: a text holds one of ``words`` exactly when it holds one of these, and a
    pre-check of :func:`find_names` scans the text once per word."""
    words = list(dict.fromkeys(words))
    return tuple(w for w in words if not any(v != w and v in w for v in words))


def outlet_suffixes() -> tuple[str, ...]:
    """The last words of many outlets' names («نيوز», «برس», «تايمز»), normalized."""
    return _cues()["outlet_suffixes"]


@cache
def _cue_heads() -> tuple[str, ...]:
    """The first word of each cue: a text the cue regex matches holds one of them (in
    the order of the data: the common «شركة» first ends most checks at once)."""
    return _fewest(w.split()[0] for w in [*_cues()["cues"], *_cues()["media"]])


@cache
def _needles(key: str) -> tuple[str, ...]:
    """The words of ``_cues()[key]`` a text must hold one of, fewest (:func:`_fewest`)."""
    return _fewest(_cues()[key])


@cache
def _cue_regex() -> re.Pattern:
    words = trie_regex(char_atoms(w) for w in {*_cues()["cues"], *_cues()["media"]})
    # A cue may carry the clitics و ف ب ل ك («وشركة», «لصندوق»), never the article ال:
    # checked after the match (:func:`_clitics_at_word_start`); a look-behind and optional
    # clitics first would be tried at every position of the text (twice as slow).
    return re.compile(rf"(?P<cue>{words})[ \t]+")


def _clitics_at_word_start(text: str, at: int) -> bool:
    """Does a word start at ``at``, or after the clitics و ف and then ب ل ك before it?"""
    if at and text[at - 1] in "بلك":
        at -= 1
    if at and text[at - 1] in "وف":
        at -= 1
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")


_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")
_TOKEN = re.compile(r"[^\s«»\"“”'،,.:;!?()\[\]{}/*]+")  # «/» too: «تصوير: سامر خليل/رويترز»; «*» marks a writer's note
# Latin letters with the accents of European names and outlets («Negócios», «Théo», «Škoda»):
# capitals, small letters, and the Latin Extended-A block that holds both.
_UP = "A-ZÀ-ÖØ-ÞĀ-ž"
_LO = "a-zß-öø-ÿĀ-ž"
_LATIN_WORD = (rf"(?:[{_UP}][{_UP}{_LO}0-9&'’\-]*[{_UP}{_LO}0-9]|[{_UP}]|[{_LO}]+[{_UP}][{_UP}{_LO}0-9]*"
               rf"|\d+[{_UP}{_LO}][{_UP}{_LO}0-9]*)")
# Dotted initials open a name when a name word follows them («H.C. Wainwright», «J.P. Morgan»).
_LATIN_RUN = re.compile(
    rf"(?<![{_UP}{_LO}0-9./@#&\-])(?:(?:[{_UP}]\.){{1,3}}[ ](?={_LATIN_WORD}))?{_LATIN_WORD}(?:[ ](?:{_LATIN_WORD}|of|and|&|de|for|the|\d{{1,3}}(?:\.\d{{1,2}})?(?![\d,]|\.\d)))*"
    rf"(?![{_UP}{_LO}0-9@\-]|\.\w)")
# Where Latin text can be: a cheap scan (a character class first) before the run regex.
_LATIN_CHUNK = re.compile(rf"[{_UP}{_LO}0-9][{_UP}{_LO}0-9&'’.\-@/:_ ]*")
_CAPITAL = re.compile(rf"[{_UP}]")
_LETTERS = re.compile(rf"[{_UP}{_LO}]")
_URLISH = re.compile(r"https?:|www\.|\.(?:com|net|org|io|ai|sa|ae|eg|qa)\b|@|/")
# A page's code leaking into the text: a camelCase identifier («userProfile», «fontSize»),
# two lower-case letters or more, a capital, a lower-case letter. A brand with one letter
# before the capital («iPhone», «eBay», «xAI») or capitals to the end («chatGPT») is no code.
_CODE_WORD = re.compile(r"^[a-z]{2,}[A-Z][a-z]")
# Share buttons whose labels lost their spaces («FacebookTwitterLinkedInEmail»): three
# joins of a lower-case letter to a capital in one word; a brand has one («SoftBank», «LinkedIn»).
_GLUED_WORDS = re.compile(r"[a-z][A-Z](?:.*?[a-z][A-Z]){2}")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # «GPUs», «LLMs», «NPUs»: a plural of a common noun, no name
# A page's identifier («I8NAdqcMfp3GF2e»): ten characters or more mixing digits, capitals and
# lower-case letters; no name is spelled so.
_IDENTIFIER = re.compile(r"(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{10,}")
# A number glued to a unit («1GW», «80GB», «3nm»): a quantity, no name, when the unit is a
# word of 'latin_not_names' of two letters or more («3M» stays a name).
_QUANTITY = re.compile(r"\d+(?:\.\d+)?([A-Za-z]{2,})")
# An acronym with a year glued to it («GITEX2024»): an event's edition, no organization.
_EDITION = re.compile(r"[A-Z]{2,}(?:19|20)\d\d")
# A stock ticker in the brackets after a company: an exchange and a colon, or the name and a
# dash, before it («(NASDAQ:INTC)», «(NasdaqGS: NVDA)», «(Microsoft – MSFT)»), the bracket
# closing after it. An acronym in brackets with nothing before it («(PIF)») is left a name.
_TICKER_BEFORE = re.compile(r"\([^()\n]{0,30}?(?::|[ \t][–—-])[ \t]*$")
_TICKER_AFTER = re.compile(r"[ \t,]*\)")
_TICKER = re.compile(r"[A-Z]{1,6}")

_TRAILING = {"of", "and", "&", "de", "for", "the"}
_NUMBER_WORD = re.compile(r"\d+(?:\.\d+)?")  # a version after a name («Exaone 4.0», «Dynamics 365»), or an amount


def find_names(text: str) -> list[NameCandidate]:
    """Names introduced by a cue word or a title, before a role, in a dateline, and
    Latin-script names, in normalized text (see the module docstring).

    Args:
        text: normalized text (see :func:`analysis.normalize`).

    Returns:
        Candidates ordered by position, not overlapping one another.
    """
    # Cheap tests first: no cue word, no cue names; no capital A–Z, no Latin name
    # (a Latin name must hold a capital).
    found: list[NameCandidate] = []

    def add(rule: str, cands: list[NameCandidate]) -> None:
        for c in cands:
            c.rule = rule
        found.extend(cands)

    if any(w in text for w in _cue_heads()):
        add("cue", _cue_names(text))
    add("person", _person_names(text))
    add("dateline", _dateline_names(text))
    add("speech", _speech_subjects(text))
    add("listed", _listed_people(text))
    add("association", _associations(text))
    if any(w in text for w in _needles("body_heads")):
        add("body", _bodies(text))
    if "حكوم" in text or "سلطات" in text:
        add("local", _local_governments(text))
    add("byline", _bylines(text))  # (these look for their words first)
    add("suffixed", _suffixed_orgs(text))
    if any(q in text for q in _QUOTE_OPENERS):
        add("quoted", _quoted_companies(text))
    add("outlet", _suffixed_outlets(text))
    if _CAPITAL.search(text):
        add("latin", _latin_names(text))
        if ".ai" in text or ".io" in text:
            add("dotted", _dotted_brands(text))
        if "(" in text:
            add("acronym", _glossed_by_acronym(text))
    if "(" in text:
        add("outlet", _bracketed_outlets(text))
    if "/" in text:
        add("outlet", _slash_agencies(text))
    out, last_end = [], -1
    for cand in sorted(found, key=lambda c: (c.start, -c.end)):
        if cand.start >= last_end:
            out.append(cand)
            last_end = cand.end
    return out


def _cue_names(text: str) -> list[NameCandidate]:
    data = _cues()
    out = []
    outlet = _outlet_regex()
    for m in _cue_regex().finditer(text):
        if not _clitics_at_word_start(text, m.start()):
            continue  # inside a longer word
        cue = m.group("cue")
        pos = m.end()
        if cue in data["media"]:
            hit = outlet.match(text, pos)
            if hit:  # «موقع الوقت»: an outlet named by a common word
                name = " ".join(hit.group("name").split())
                out.append(NameCandidate(hit.start("name"), hit.end("name"), data["outlets"][name], "org", name, True))
                continue
        if cue not in data["cues"]:
            quoted = _quoted_outlet(text, pos, data)
            if quoted is not None:  # «إذاعة "أوروبا 1"»
                out.append(quoted)
            continue  # a media cue only: «قناة», «جريدة» take outlets of the list or a quoted name
        kind, in_name = data["cues"][cue]
        quote = _QUOTES.get(text[pos:pos + 1])
        if not quote and cue in data["quoted_only"]:
            continue  # «موقع أبيلين» is a place, «نموذج أعمال» a business model
        if quote:
            close = text.find(quote, pos + 1, pos + 60)
            inner = (text[pos + 1:close] if close > 0 else "").rstrip(_INNER_TRAIL)  # «"سبيس إكس،"»
            if inner.strip() and "\n" not in inner \
                    and (_ARABIC_WORD.match(inner.strip()) or _numbered_name(inner.strip(), data)
                         or _QUOTED_GLOSS.fullmatch(inner.strip())) \
                    and (inner.split()[0] not in data["not_names"] or _spelled_letters(inner.split(), data)) \
                    and len(inner.split()) <= _MAX_WORDS:
                start = pos + 1 + (len(inner) - len(inner.lstrip()))
                end = pos + 1 + len(inner.rstrip())
                gloss = _QUOTED_GLOSS.fullmatch(text, start, end)
                if gloss:  # «شركة «مونوليث مانجمنت Monolith Management»»: the Latin name
                    out.append(NameCandidate(start, end, " ".join(gloss.group(2).split()), kind,
                                             " ".join(gloss.group(1).split()), quoted=True))
                    continue
                # After a media cue the quoted name is an outlet, also over a place («إذاعة "أوروبا 1"»).
                # A quoted name holding a listed one is another name («صندوق "هيوماين فنتشرز"»).
                # The quotes say where the name is: a cue that is part of unquoted names stays out
                # («بنك “مونتيرو”», «جامعة “إدنبرة”»: no quotation mark inside the name).
                out.append(NameCandidate(start, end, text[start:end], kind,
                                         over_place=cue in data["media"], quoted=True))
            elif not in_name and _QUOTED_LATIN.fullmatch(inner.strip()) and not _URLISH.search(inner) \
                    and inner.strip().casefold() not in data["latin_not"] and len(_LETTERS.findall(inner)) >= 2:
                # «شركة "io"», «منصة "xyz labs"»: a Latin name in quotes, lower case too.
                start = pos + 1 + (len(inner) - len(inner.lstrip()))
                end = pos + 1 + len(inner.rstrip())
                out.append(NameCandidate(start, end, text[start:end], kind, quoted=True))
            continue
        # The name's words within 120 characters: separated by spaces (punctuation or a
        # line break ends the name), the first a name word, the others continuing ones.
        limit = min(len(text), pos + 120)
        first = _FIRST_TOKEN.match(text, pos, limit)
        if first is None or not _first_word_ok(first.group(1), cue, data) \
                or _in_construct(text, first.end(), cue, data):
            continue
        end = first.end()
        if first.group(1) in data["initials"]:  # «شركة إم.كيه.1»: an acronym spelled with dots
            while (dot := _DOTTED_LETTER.match(text, end, limit)) \
                    and (dot.group(1) in data["initials"] or dot.group(1).isdigit()):
                end = dot.end()
        end = _company_word_end(text, end, limit, data) or end
        for _ in range(_MAX_WORDS - 1):
            nxt = _NEXT_TOKEN.match(text, end, limit)
            if nxt is None or nxt.group(1) not in data["continue"]:
                break
            end = nxt.end()
        start = m.start("cue") if in_name else first.start(1)
        out.append(NameCandidate(start, end, text[start:end], kind))
    return out


def _spelled_letters(words: list[str], data: dict) -> bool:
    """Do ``words`` open with two Latin letters spelled in Arabic («أي تي ...» for «IT ...»,
    «في إم ...» for «VM ...»)? A first word that is also a function word («أي», «في») is
    then a letter of an acronym, the quoted name's first word."""
    return len(words) >= 2 and words[0] in data["initials"] and words[1] in data["initials"]


# A quoted name opening with a number: «"42 إكس"», «"7 ستارز"».
_NUMBERED_NAME = re.compile(r"\d{1,4}[ \t]+([\u0621-\u064a]{2,})")


def _numbered_name(inner: str, data: dict) -> bool:
    """Is a quoted ``inner`` a name opening with a number («42 إكس»), not an amount or a
    count («3 مليارات», «5 شركات»: a scale word, a function word or a plural after the number)?"""
    m = _NUMBERED_NAME.match(inner)
    return m is not None and m.group(1) not in _scale_words() and m.group(1) not in data["not_names"] \
        and not m.group(1).endswith(_PLAIN_ENDINGS)
_DOTTED_LETTER = re.compile(r"\.([\u0621-\u064a]+|\d+)(?!\w)")


def _company_word_end(text: str, pos: int, limit: int, data: dict) -> int | None:
    """Where a name going on from ``pos`` ends when one or two name words and then a
    company word (``continue``) follow: «شركة بلاك [فورست لابس]», the words before the
    company word are part of the name; None if they do not."""
    end = pos
    for _ in range(2):
        nxt = _NEXT_TOKEN.match(text, end, limit)
        if nxt is None or not _name_word(nxt.group(1), data) or _verb_shape(nxt.group(1)) \
                or nxt.group(1) in data["continue"]:
            return None
        end = nxt.end()
        after = _NEXT_TOKEN.match(text, end, limit)
        if after is not None and after.group(1) in data["continue"]:
            return end
    return None


# A token (``_TOKEN``) after spaces that hold no line break, first or next: what a walk
# over ``_TOKEN.finditer`` takes while the gaps between tokens are such spaces.
_FIRST_TOKEN = re.compile(rf"[^\S\n]*({_TOKEN.pattern})")
_NEXT_TOKEN = re.compile(rf"[^\S\n]+({_TOKEN.pattern})")


_QUOTED_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&.\-]*(?:[ \t][A-Za-z0-9&.\-]+){0,3}")
# A quoted name written in both scripts: Arabic words (a number may open them: «36 كيه آر»),
# then the same name in Latin letters.
_QUOTED_GLOSS = re.compile(r"((?:\d{1,4}[ \t]+)?[\u0621-\u064a]{2,}(?:[ \t]+[\u0621-\u064a]{2,})*)[ \t]+((?:[A-Z]|\d+[A-Za-z])[A-Za-z0-9&.\-]*(?:[ \t]+[A-Za-z0-9&.\-]+)*)")


def _quoted_outlet(text: str, pos: int, data: dict) -> NameCandidate | None:
    """A name in quotes at ``pos`` after a media cue: an outlet, winning over a place."""
    quote = _QUOTES.get(text[pos:pos + 1])
    if not quote:
        return None
    close = text.find(quote, pos + 1, pos + 60)
    inner = (text[pos + 1:close] if close > 0 else "").rstrip(_INNER_TRAIL)
    if not inner.strip() or "\n" in inner or not _ARABIC_WORD.match(inner.strip()) \
            or inner.split()[0] in data["not_names"] or len(inner.split()) > _MAX_WORDS:
        return None
    start = pos + 1 + (len(inner) - len(inner.lstrip()))
    end = pos + 1 + len(inner.rstrip())
    return NameCandidate(start, end, text[start:end], "org", over_place=True)


def _first_word_ok(word: str, cue: str, data: dict) -> bool:
    """Is ``word``, right after ``cue``, the start of a name?"""
    if not _ARABIC_WORD.fullmatch(word):  # Latin names are the Latin rule's; digits are none
        return False
    if word in data["not_names"] or word in data["continue"] or word.startswith(("ال", "لل")):
        return False
    if word[0] in "بل" and word[1:] in data["not_names"]:  # «صندوق بقيمة», «شركة لتمويل»
        return False
    if word[0] == "ل" and len(word) == 6 and word[1] == "ت" and word[4] == "ي":
        return False  # ل and a masdar تفعيل: what the cue is for («صندوق لتسويق», «شركة لتطوير»)
    if cue in data["feminine"] and word.endswith("ة"):  # «شركة ناشئة»: an agreeing adjective
        return False
    if word.endswith("ات") and len(word) >= 5:  # a plural noun: «مجموعة بورصات», «منصة خدمات»
        return False
    # A possessive suffix («صندوق ثروتهم») or a plural verb («مجموعة حثوا») is no name.
    if word.endswith(_SUFFIXES):
        return False
    # A sound plural of a participle («مجموعة مستثمرين», «منصة مطورين»): a noun, no name.
    if word.startswith("م") and word.endswith(("ين", "ون", "ات")) and len(word) >= 6:
        return False
    # A feminine verb agreeing with the cue: «شركة أعلنت», «شركة تعمل» (تفعل), also of the derived
    # forms تتفعّل, تتفاعل, تستفعل («شركة تتنافس», «شركة تستثمر»): a relative clause, no name.
    return not ((len(word) == 4 and word[0] in "تي") or (5 <= len(word) <= 6 and word.startswith(_DERIVED_IMPERFECT)))


_SUFFIXES = ("هم", "هن", "هما", "كم", "كما", "ها", "نا", "وا")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


_INDEFINITE_NISBA = re.compile(r"(?!ال)[\u0621-\u064a]{2,}ية")  # «اصطناعية», «ذكية»: no article


def _in_construct(text: str, end: int, cue: str, data: dict) -> bool:
    """Is the word ending at ``end`` a common noun in a construct chain («منصة وسائل التواصل»),
    or one an indefinite adjective in ية describes («شركة نماذج اصطناعية»: a name's adjectives
    are definite, «شركة إنسكيل البريطانية»)?

    A name after a cue is followed, if by a definite word at all, by an adjective agreeing
    with the cue (ة after a feminine cue, ي or ة otherwise: «شركة إنسكيل البريطانية»);
    a definite word of another shape is a genitive, so the word before it is a noun.
    """
    m = _NEXT_WORD.match(text, end)
    if m and _INDEFINITE_NISBA.fullmatch(m.group(1)):
        return True  # «شركة نماذج اصطناعية», «شركة حلول ذكية»: an indefinite adjective describes a common noun
    if not m or not m.group(1).startswith("ال"):
        return False
    nxt = m.group(1)
    return not (nxt.endswith("ة") or (cue not in data["feminine"] and nxt.endswith("ي")))


def _latin_names(text: str) -> list[NameCandidate]:
    out = []
    for chunk in _LATIN_CHUNK.finditer(text):
        if chunk.start() and text[chunk.start() - 1] in "./@#&-_:":  # inside a path or code
            continue
        runs = _piece_runs(chunk.group())
        if runs:
            out.extend(_latin_runs(text, chunk.start(), runs))
    return out


# A company named like its web address, a capital opening it («Q.ai», «Xnor.ai», «Z.ai»),
# standing alone: not inside an address (no «/», «.», «@», «:» or letter next to it).
_DOTTED_BRAND = re.compile(r"(?<![\w./@:\-])[A-Z][A-Za-z0-9\-]*\.(?:ai|io)(?![\w./@\-]|\.\w)")


def _dotted_brands(text: str) -> list[NameCandidate]:
    """Companies named like their web address («Q.ai», «Drive.ai»), which the Latin rule
    leaves out as an address; a real address («https://q.ai/about», «www.Q.ai») has a
    scheme, «www.», a path or a lower-case start."""
    return [NameCandidate(m.start(), m.end(), m.group(), "org") for m in _DOTTED_BRAND.finditer(text)]


@lru_cache(maxsize=8192)
def _piece_runs(piece: str) -> tuple[tuple[int, str, str, tuple[str, str] | None], ...]:
    """The names of a Latin piece as far as the piece alone decides them (the same names
    recur in every article): (offset in the piece, name, kind, cut) of each, where ``cut``
    is (name, kind) without a trailing number, which the text after the piece may take
    for an amount (:func:`_latin_runs`), else None."""
    # A name holds a capital: a piece without one has none; none inside a web address.
    if not _CAPITAL.search(piece) or _URLISH.search(piece):
        return ()
    data = _cues()
    out = []
    for m in _LATIN_RUN.finditer(piece):
        words = m.group().split(" ")
        if any(_CODE_WORD.match(w) or _GLUED_WORDS.search(w) or _PLURAL_ACRONYM.fullmatch(w) or _IDENTIFIER.fullmatch(w)
               or _EDITION.fullmatch(w) for w in words):
            continue  # «userProfile», «scrollTop»: an identifier of the page's code; glued buttons
        while words and _quantity(words[0], data):
            words.pop(0)
        while words and _quantity(words[-1], data):
            words.pop()
        while words and words[-1].casefold() in _TRAILING:
            words.pop()
        # Drop leading and trailing words that are no name («CEO Sam», «Nvidia GPUs»).
        whole = list(words)
        # A generic word opening a name of three words or more stays («Tech Buzz China»).
        opener = len(words) >= 3 and words[0] in data["latin_openers"] \
            and not any(w.casefold() in data["latin_not"] for w in words[1:])
        while words and not opener and words[0].casefold() in data["latin_not"] \
                and not (words[0] == "The" and len(words) > 1 and words[1].casefold() not in data["latin_not"]):
            words.pop(0)  # a title's «The» stays («The Globe and Mail»), not «The CEO»
        if len(words) == 1 and len(whole) > 1 and words[0].casefold() in data["org_heads"]:
            words = whole  # «Superintelligence Lab»: a generic head alone is the end of the name
        while words and (words[-1].casefold() in data["legal"]
                         or (len(words) <= 2 and words[-1].casefold() in data["latin_not"]
                             and not (len(words) == 2 and words[-1] in data["latin_name_ends"]
                                      and words[0].casefold() not in data["latin_not"]))):
            words.pop()
            while words and words[-1].casefold() in _TRAILING:  # «Bain & Co»: no «&» left at the end
                words.pop()
        name = " ".join(words)
        if not name or len(name) < 2 or name.casefold() in data["latin_not"] or name.isdigit():
            continue
        if len(words) == 1 and words[0][1:].islower() \
                and sum(w.casefold() not in data["legal"] and w.casefold() not in _TRAILING for w in whole) > 1:
            # One title-case word left of a phrase of generic words («Top Secret», «Deep Search»,
            # «AI Comply», «Digital Now», «Leju Robot»): its capital is the phrase's, no name's.
            continue
        # The piece is ASCII (and ’): upper case is A–Z, letters are A–Za–z.
        if not _CAPITAL.search(name) or len(_LETTERS.findall(name, 0, len(name))) < 2:
            continue
        run = m.group()
        cut = _run_kind(words[:-1], run, data) if len(words) > 1 and _NUMBER_WORD.fullmatch(words[-1]) else None
        out.append((m.start() + run.find(name), *_run_kind(words, run, data), cut))
    return tuple(out)


# An acronym in brackets: two to six capitals (a digit or «&» after the first).
_BRACKET_ACRONYM = re.compile(r"[ \t]*\([ \t]*[A-Z][A-Z0-9&]{1,5}[ \t]*\)")
_BRACKET_ACRONYM_LINE = re.compile(r"[ \t]*\n?[ \t]*\([ \t]*[A-Z][A-Z0-9&]{1,5}[ \t]*\)")
_GLOSSED_WORDS = 10  # words of a name before its acronym, the head included


def _glossed_by_acronym(text: str) -> list[NameCandidate]:
    """An organization named by common words, told from a phrase by its acronym in brackets:
    «صندوق المناخ والتحول (KTF)», «إدارة معلومات الطاقة الأميركية (EIA)», «المبادرة الإقليمية
    لتمويل شبكات الطاقة المتجددة (RREN)».

    Back from the bracket, over at most ten words on one line with no punctuation, each no
    function word, verb of saying, verb or word with a pronoun suffix («في» only before a
    definite word); the name starts at the first head noun of that run (``acronym_heads``,
    with the article or a clitic «و», «ب», «ل» before it, which stays out), holds two words
    or more and a definite one after the head (the head and one definite noun, «صندوق
    الثروة», are a common noun), and ends with a definite word or a «لل» complement. With no head
    («الذكاء الاصطناعي (AI)», «اللائحة (GDPR)») it is no name; the acronym then stays
    as it is. The acronym takes the name (:func:`analysis.extract.entities.find_all_entities`)."""
    data = _cues()
    heads = data["acronym_heads"]
    out = []
    for m in _BRACKET_ACRONYM_LINE.finditer(text):  # the bracket may open the next line
        end = m.start()
        toks = list(_TOKEN.finditer(text, max(0, end - 160), end))[-_GLOSSED_WORDS:]
        run: list[re.Match] = []
        for tok in reversed(toks):
            gap = text[tok.end():run[0].start() if run else end]
            if gap.strip() or "\n" in gap:
                break
            word = tok.group()
            if not _ARABIC_WORD.fullmatch(word) or word in data["speech"] or _verb_shape(word) \
                    or word.endswith(_SUFFIXES) or (word in data["not_names"] and not (
                        word.startswith(("ال", "وال", "لل")) or _acronym_head(word, heads)
                        or (word == "في" and run and run[0].group().startswith("ال")))):
                break
            run.insert(0, tok)
        last = run[-1].group() if run else ""
        if len(run) < 2 or not last.startswith(("ال", "وال", "لل")):
            continue
        for i, tok in enumerate(run[:-1]):
            word = tok.group()
            head = _acronym_head(word, heads)
            if head:
                # The head and one definite noun («صندوق الثروة») are a common noun, as for bodies.
                if len(run) - i > 2 and any(t.group().startswith(("ال", "وال", "لل")) for t in run[i + 1:]):
                    start = tok.start() + len(word) - len(head) - (2 if word.endswith("ال" + head) else 0)
                    out.append(NameCandidate(start, run[-1].end(), text[start:run[-1].end()], heads[head]))
                break
    return out


def names_an_organization_before(text: str, end: int) -> bool:
    """Does a head noun of an organization's name (``acronym_heads``: «صندوق», «هيئة») stand
    among the last words before ``end`` on its line, with no punctuation between («صندوق
    الثروة [(QSF)]»)? Where none does («اللائحة (GDPR)»), an acronym after the words is none."""
    heads = _cues()["acronym_heads"]
    line = text[max(0, end - 120):end].rsplit("\n", 1)[-1]
    words = re.split(r"[ \t]+", re.split(r"[،,.:;؛!?؟«»\"“”()]", line)[-1].strip())[-_GLOSSED_WORDS:]
    return any(_acronym_head(w, heads) for w in words)


def _acronym_head(word: str, heads: dict) -> str:
    """The head noun of ``acronym_heads`` that ``word`` is, bare or behind the article or
    a clitic «و», «ب», «ل» («ومركز», «الشراكة»), or ""."""
    bare = word[1:] if word[:1] in "وبل" and word[1:] in heads else word
    bare = bare[2:] if bare.startswith("ال") and bare[2:] in heads else bare
    return bare if bare in heads else ""


def _quantity(word: str, data: dict) -> bool:
    """Is ``word`` a number glued to a unit («1GW», «80GB»)?"""
    m = _QUANTITY.fullmatch(word)
    return m is not None and m.group(1).casefold() in data["latin_not"]


def _ticker(text: str, start: int, end: int) -> bool:
    """Is the Latin word at ``start:end`` a stock ticker in brackets («(NASDAQ:INTC)»)?"""
    return (_TICKER.fullmatch(text, start, end) is not None and _TICKER_AFTER.match(text, end) is not None
            and _TICKER_BEFORE.search(text[max(0, start - 32):start]) is not None)


def _run_kind(words: list[str], run: str, data: dict) -> tuple[str, str]:
    """(name, kind) of the name made of ``words`` out of the Latin run ``run``."""
    name = " ".join(words)
    last = words[-1].casefold()
    place = last in data["place_words"] and name.endswith(run.rstrip(" &"))  # nothing cut off the end
    return name, "fund" if last in data["fund_words"] else "place" if place else "org"


def _latin_runs(text: str, offset: int, runs: tuple) -> list[NameCandidate]:
    """The names of :func:`_piece_runs` at ``offset`` of ``text``, checked against the text after them."""
    out = []
    for at, name, kind, cut in runs:
        start = offset + at
        end = start + len(name)
        if cut is not None:
            nxt = _NEXT_WORD.match(text, end)
            if nxt and nxt.group(1) in _scale_words():  # «IBM 783 مليون»: the number is an amount
                name, kind = cut
                end = start + len(name)
        if end < len(text) and text[end] in "./@:" and end + 1 < len(text) and text[end + 1].isalnum():
            continue  # a file name or an address («Reuters.com/…»)
        if _ticker(text, start, end):
            continue
        if _YEAR_AFTER.match(text, end):
            continue  # «Oman Vision 2040», «Digital Now 2025»: a plan's or an event's year, no organization
        if len(text) >= _EXCERPT and not text[end:].strip():
            continue  # a long text ends inside the name, with no full stop: an excerpt cut in a word («… وT. Ro»)
        if _after_event_head(text, start, _cues()):
            continue  # «مؤتمر LEAP», «درجة Rule of 40»: an event, an index or a score, no organization
        if _PLURAL_ACRONYM_AFTER.match(text, end):
            continue  # «(Large Language Models – LLMs)»: a plural acronym is a common noun, so is its expansion
        if " " not in name and name[1:].islower() and (_alone_on_line(text, start, end) or _latin_line(text, start, end)):
            # «Play», «Menu»: one title-case word on a line of its own is a button's label; on a
            # line with no Arabic (a caption, a menu, a credit: «Modern lawyer desk with …») it
            # opens an English sentence or names a section, no organization.
            continue
        out.append(NameCandidate(start, end, name, kind))
    return out


# A text this long that ends in a Latin name with no full stop after it was cut by the length
# limit of the page's excerpt, likely inside the name's last word (a short text, a headline or
# a sentence typed in, ends where its writer ended it).
_EXCERPT = 800
_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d(?![\d.,%])")
# A dash and a plural acronym closing the bracket after words («… – GPUs)», «… - LLMs)»).
_PLURAL_ACRONYM_AFTER = re.compile(r"[ \t]*[–—-][ \t]*[A-Z]{2,}s[ \t]*\)")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# The Arabic word right before a Latin name, a quotation mark or bracket between allowed
# (what :func:`_arabic_word_before` reads).
_ARABIC_WORD_BEFORE = re.compile(r"([\u0621-\u064a]+)[ \t]*[«\"“”(]?[ \t]*$")
_BEFORE_REACH = 30  # characters before the name that the word is looked for in
_ARABIC_LETTERS = "".join(map(chr, range(0x0621, 0x064B)))  # the class [\u0621-\u064a], for str.rstrip


def _arabic_word_before(text: str, start: int) -> str:
    """Group 1 of ``_ARABIC_WORD_BEFORE.search(text, max(0, start - 30), start)``, or "" for
    no match, read backwards from ``start``: the regex is tried at each of the 30 places.

    ``$`` holds at ``start`` or before a line break ending the window; the blanks, one
    quotation mark or bracket and blanks before it are stripped; the word is the run of
    Arabic letters that then ends the window (cut at its start, as the search is)."""
    lo = max(0, start - _BEFORE_REACH)
    end = start - 1 if start > lo and text[start - 1] == "\n" else start
    seg = text[lo:end].rstrip(" \t")
    if seg[-1:] in ("«", '"', "“", "”", "("):
        seg = seg[:-1].rstrip(" \t")
    return seg[len(seg.rstrip(_ARABIC_LETTERS)):]


def _after_event_head(text: str, start: int, data: dict) -> bool:
    """Does a noun of ``latin_event_heads`` («مؤتمر», «معرض», «مؤشر», «درجة») stand right before
    the Latin name at ``start``, bare, with the article or behind a clitic («لمؤتمر», «والمؤشر»)?"""
    word = _arabic_word_before(text, start)
    if not word:
        return False
    heads = data["latin_event_heads"]
    for w in (word, word[1:] if word[:1] in "وفبل" else word, word[2:] if word.startswith("لل") else word):
        if w in heads or (w.startswith("ال") and w[2:] in heads):
            return True
    return False


def _latin_line(text: str, start: int, end: int) -> bool:
    """Does the line holding ``text[start:end]`` hold no Arabic letter (a line of the page in
    another script: a caption, a menu, a credit)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _ARABIC_LETTER.search(text, line_start, len(text) if line_end < 0 else line_end) is None


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` all a line holds, but for spaces and one sign after it («TV+»)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end:len(text) if line_end < 0 else line_end].strip()
    return not text[line_start:start].strip() and len(after) <= 1


@cache
def _scale_words() -> frozenset:
    """Scale words («مليون», «مليار»): a number before one is an amount, not part of a name."""
    return frozenset(lexicon().scales)


@cache
def _person_cues() -> tuple[re.Pattern, frozenset, frozenset]:
    """One regex for titles and roles (one pass over the text), and the two word sets."""
    data = _cues()
    # «للمحلل» = ل + المحلل; other clitics stand before the article («والرئيس», «بالمحلل»).
    # The clitic forms are spelled out in the trie: no optional prefix to try at every place.
    titles = [*data["titles"], *("ل" + t[1:] for t in data["titles"] if t.startswith("ال"))]
    titles = [c + p + w for w in titles for c in ("", "و", "ف") for p in ("", "ب", "ك")]
    words = {*titles, *data["roles"], *data["given"]}  # given names: in the same pass
    regex = rf"(?P<cue>{trie_regex(char_atoms(w) for w in words)})(?!\w)"
    return word_start_regex(regex, all(_is_letter(w[0]) for w in words)), frozenset(titles), frozenset(data["roles"])


def word_start_regex(regex: str, word_first: bool) -> re.Pattern:
    r"""``(?<!\w)`` + ``regex`` (a pattern ending with ``(?!\w)``) compiled for
    :func:`word_starts`: as ``\W`` + ``regex`` when every match of ``regex`` begins with a
    word character (``word_first``), else as it is."""
    return re.compile(("\\W" if word_first else "(?<!\\w)") + regex)


def word_starts(regex: re.Pattern, text: str) -> Iterator[re.Match]:
    r"""The matches of ``(?<!\w)`` + a pattern in ``text``, from a ``regex`` made by
    :func:`word_start_regex`; they are searched in ``" " + text``, so their groups'
    offsets are one more than in ``text``.

    ``re`` tries a pattern that opens with a look-behind at every position of the text;
    one that opens with ``\W`` lets it scan in C for the next non-word character and try
    the rest only there (about a fifth less time for the person cues, less for the
    gazetteer's names). The matches are the same: the space stands for the start of the
    text, where the look-behind holds, and a match ends before a non-word character
    (``(?!\w)``), where the next one, beginning with a word character, cannot start.
    """
    return regex.finditer(" " + text, 0 if regex.pattern.startswith("\\W") else 1)


def _longest_in(phrase: str, words: frozenset) -> str:
    """The longest leading run of words of ``phrase`` that is in ``words``, or ""."""
    parts = phrase.split()
    for n in range(len(parts), 0, -1):
        head = " ".join(parts[:n])
        if head in words:
            return head
    return ""


_BEFORE = re.compile(r"[ \t]*[»\"”]?[ \t]*[،,][ \t]*$|[ \t]+$")  # a comma or a space before a role (a closing quote before the comma: «"سامي نوار"، مدير»)


_PERSON_MAX = 6  # words of a person's name, connectors («بن», «عبد», «آل») included
_PUNCT_BEFORE = set("\n«»\"“”'()[]:؛;،,.!?؟-–—")


def _name_word(word: str, data: dict) -> bool:
    """Can ``word`` be part of a person's name (not its family name with ال)?

    The answer depends on the word alone when ``data`` is :func:`_cues` (every caller):
    it is then kept per word (:func:`_is_name_word`), for the same words recur in every text."""
    return _is_name_word(word) if data is _cues() else _name_word_in(word, data)


@lru_cache(maxsize=1 << 16)
def _is_name_word(word: str) -> bool:
    """:func:`_name_word` with the module's cues, once per word."""
    return _name_word_in(word, _cues())


def _name_word_in(word: str, data: dict) -> bool:
    """:func:`_name_word`, computed."""
    if word in data["given"]:  # a listed given name, whatever its shape («دينا» ends like «شركتنا», «يسرا» like
        return True           # «يفعل», «أليكس» normalized opens like a word with the article: «اليكس»)
    if not _ARABIC_WORD.fullmatch(word) or word.startswith(("ال", "لل")):
        return False
    if word in data["not_names"] or word in data["person_not"] or word in data["cues"] or word in data["speech"]:
        return False
    if word[0] in "لب" and (word[1:] in data["cues"] or word[1:] in data["body_heads"]
                            or word[1:] in data["associations"] or word[1:] in data["person_not"]):
        # «لشركة», «بصندوق», «لرابطة»; a preposition on a common noun: «[لقطاع] الاتصالات», «[لسوق] الأسهم»
        return False
    if word[0] == "و" and "ال" + word[1:] in data["titles"]:  # «الملياردير ولاعب كرة القدم»: a second title
        return False
    if word[0] in "وف" and word[1:3] == "ال" and word[1:] in _title_heads(data):
        return False  # «رئيس مجلس الإدارة والمدير التقني»: a second title, «و» and a title's first word
    # An imperfect verb يفعل («يحسد», «يقوم»); a name has a long vowel there («يوسف», «ياسر»).
    if len(word) == 4 and word[0] == "ي" and word[1] not in "اوي":
        return False
    # «و» and a noun with «his» («وفريقه», «وزوجته»): the sentence going on after a name.
    if word[0] == "و" and word.endswith("ه") and len(word) >= 5:
        return False
    return not word.endswith(_SUFFIXES)


def _title_heads(data: dict) -> frozenset:
    """The first words of the titles and roles with the article («المدير» of «المدير التنفيذي»)."""
    return _module_title_heads() if data is _cues() else _heads_of(data)


@cache
def _module_title_heads() -> frozenset:
    return _heads_of(_cues())


def _heads_of(data: dict) -> frozenset:
    return frozenset(w.split()[0] for w in (*data["titles"], *data["roles"]) if w.startswith("ال"))


def _family_word(word: str, data: dict) -> bool:
    """A family name with the article («السيسي», «الرميان»): not an adjective, a time word,
    a definite sound plural («المستثمرين», «الشركات»: :func:`_sound_plural`), which is a
    common noun wherever it stands («حمدان المستثمرين، مؤسس ...» names no one), or a title
    or role, which opens the apposition after the name («عادل عبد الغفار المستشار الإعلامي»)."""
    return (bool(_ARABIC_WORD.fullmatch(word)) and word.startswith("ال") and not word.endswith("ة")
            and word not in data["person_not"] and word not in data["not_names"] and not _sound_plural(word)
            and word not in _title_words())


@cache
def _title_words() -> frozenset:
    """Titles and roles of one word («المستشار», «الرئيس»), normalized."""
    data = _cues()
    return frozenset(w for w in (*data["titles"], *data["roles"]) if " " not in w)


def _person_names(text: str) -> list[NameCandidate]:
    """People named after a title («المحلل سركيس نزار»), before a role («جورج نوبل، مؤسس»),
    or by a common given name and one to three name words after it, with no title («وقال
    محمد السويدي إن», «كتب جون كارييرو»: a given name alone names no one)."""
    data = _cues()
    out = []
    regex, titles, roles = _person_cues()
    for m in word_starts(regex, text):
        phrase = m.group("cue")
        m_start, m_end = m.start("cue") - 1, m.end("cue") - 1  # offsets in text (word_starts)
        if phrase in data["given"]:
            if _inside_name().search(text, max(0, m_start - 8), m_start):
                continue  # «… بن عبدالعزيز آل سعود», «سانتا كلارا»: inside a longer name
            words = _words_after(text, m_start, data)
            if len(words) >= 2 and words[0].start() == m_start and words[-1].group() not in data["connectors"] \
                    and not _CLITIC_ARTICLE.match(words[1].group()):  # «التقى محمد بالمستثمرين»: no family name
                out.append(NameCandidate(m_start, words[-1].end(), text[m_start:words[-1].end()], "person"))
            continue
        title = _longest_in(phrase, titles)
        if title in data["adjective_titles"] and _DEFINITE_BEFORE.search(text, max(0, m_start - 40), m_start):
            continue  # «النمو الاقتصادي», «الأموال المستثمرة»: the adjective of a noun, no title
        if title and len(title) == len(" ".join(phrase.split())):  # a title: the name follows
            gap = _SPACES.match(text, m_end)
            words = _words_after(text, gap.end(), data) if gap else []
            if len(words) >= 2 and words[0].group()[:1] == "ل" and len(words[0].group()) >= 4 \
                    and words[0].group() not in data["given"]:  # «لي تشانغ مينغ»: Li, a name
                # «الرئيس التنفيذي لوايفي أليكس كيندال»: the title's complement (ل and the company),
                # then the name, when two name words follow it («وزير المالية لارس كلينغ بأن»: one)
                rest = _words_after(text, words[1].start(), data)
                if len(rest) >= 2 and rest[-1].group() not in data["connectors"]:
                    words = rest
            if len(words) >= 2 and words[-1].group() not in data["connectors"]:  # one word: no full name
                start, end = words[0].start(), words[-1].end()
                out.append(NameCandidate(start, end, text[start:end], "person"))
                continue
            cand = _appositive(text, m_end, data)
            if cand is not None:  # «الرئيس التنفيذي لبلاكستون، ستيف شوارزمان،»
                out.append(cand)
                continue
        role = _longest_in(phrase, roles)
        if role:  # a role: the name comes before it
            sep = _BEFORE.search(text, max(0, m_start - 8), m_start)
            cand = None
            if sep is not None and (sep.group().strip() or role.startswith("ال")):
                # an indefinite role needs the comma of an apposition
                cand = _name_before(text, sep.start(), data, comma=bool(sep.group().strip()))
            if cand is None and not role.startswith("ال"):
                # An indefinite role opening the subject, its name after a comma: «وقال
                # محامي الشركة، سامر خليل، إن», «كشف مؤسس شركة نوفا، ريم داود، أن».
                # After any other word the name must stand between two commas («ناقش وزير
                # الاتصالات، سامر خليل، مع ...»).
                cand = _appositive(text, m_end, data, construct=True,
                                   commas=not _opens_role(text, m_start, data))
            if cand is not None:
                out.append(cand)
    return out


_CLITIC_ARTICLE = re.compile(r"[وفبك]ال")
# A definite word right before (its clitics «و», «ب», «ل», «لل» included): «النمو [الاقتصادي]».
_DEFINITE_BEFORE = re.compile(r"(?<!\w)(?:[وفب]?ال|[وف]?لل)[\u0621-\u064a]{2,}[ \t]+$")


@cache
def _inside_name() -> re.Pattern:
    """Before a given name, a word that makes it part of a longer name: a father's or a
    family's ('name_connectors': «بن», «أبو», «آل») or a place's ('place_name_openers':
    «سانتا كلارا», «سان خوسيه»), read as written (normalized)."""
    data = _cues()
    words = sorted({*data["connectors"], *data["place_openers"]})
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})[ \t]+$")


# «أن» / «إن» after normalization, after a space (a literal first: ``re`` skips to it fast).
_THAT = re.compile(r" ان(?!\w)")
_SUBJECT_WORDS = 10  # words from the verb of saying to «أن», the name included


@cache
def _subject_heads() -> frozenset:
    """Words that open a person's description: the first word of each title and role."""
    data = _cues()
    return frozenset(w.split()[0] for w in (*data["titles"], *data["roles"]))


def _speech_subjects(text: str) -> list[NameCandidate]:
    """A person at the end of the subject of a verb of saying, right before «أن/إن»:
    «وأوضح محامي المدعين جاستن نيلسون أن ...», «ورأى المستشار في تقنيات الذكاء
    الاصطناعي كارينغتون مالين، أن ...».

    The subject opens with a title or role word (:func:`_subject_heads`), its last
    word before the name is definite (the complement ends), the name is two plain
    name words; no punctuation inside the subject. Each «أن» looks back a bounded window.
    """
    data = _cues()
    heads = _subject_heads()
    out = []
    for m in _THAT.finditer(text):
        # Cheap test first: the three words before «أن» (most «أن» have no name before them).
        that = m.start() + 1
        near = text[max(0, that - 60):that].rstrip(" \t،,").rsplit(None, 3)
        if len(near) < 4 or not near[1].startswith("ال") or not _name_word(near[2], data) \
                or not _name_word(near[3], data):
            continue
        lo = max(0, that - 200)
        toks = list(_TOKEN.finditer(text, lo, that))[-(_SUBJECT_WORDS + 1):]
        if len(toks) < 5:
            continue
        tail = text[toks[-1].end():that]
        if tail.strip() not in ("", "،", ",") or "\n" in tail:
            continue
        first, second = toks[-2], toks[-1]
        if not (_name_word(first.group(), data) and _name_word(second.group(), data)) \
                or _verb_shape(first.group()) or _verb_shape(second.group()) \
                or not toks[-3].group().startswith("ال"):
            continue
        for i in range(len(toks) - 3, 0, -1):
            if text[toks[i - 1].end():toks[i].start()].strip() or "\n" in text[toks[i - 1].end():toks[i].start()]:
                break  # punctuation: the subject ends there
            verb = toks[i - 1].group()
            bare = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
            if verb in data["speech"] or bare in data["speech"]:
                if toks[i].group() in heads and i < len(toks) - 3:
                    out.append(NameCandidate(first.start(), second.end(), text[first.start():second.end()], "person"))
                break
    return out


@cache
def _association_regexes() -> tuple[tuple[str, re.Pattern], ...]:
    """Per association noun («جمعية», «اتحاد»; ``association_cues``): the noun, one to
    three indefinite words and one definite word. One regex per noun, starting with
    it as a literal (``re`` skips to it; a look-behind or an alternation first is slower)."""
    word = r"[\u0621-\u064a]{2,}"
    return tuple((head, re.compile(rf"(?P<name>{re.escape(head)}(?P<chain>(?:[ \t]+(?!ال){word}){{1,3}})"
                                   rf"[ \t]+(?P<last>ال{word}))(?!\w)"))
                 for head in _cues()["associations"])


def _is_letter(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _associations(text: str) -> list[NameCandidate]:
    """An association named by a construct chain: «جمعية صناعة أشباه الموصلات», «اتحاد
    مصنعي الرقائق». The indefinite words are nouns (the first no word of ``not_names``,
    none a word of ``person_not_names`` or an adjective in «ية»: «جمعية خيرية» is no name), the definite word closes the chain and
    is no time word or function word («جمعية خيرية الأسبوع الماضي»); a definite adjective in
    «ي» or «ية» after it that agrees with the head noun is part of the name («رابطة صناعة
    التسجيلات الأمريكية»; in «اتحاد شركات الطيران الخليجية» it describes the companies)."""
    data = _cues()
    out = []
    found = [m for head, regex in _association_regexes() if head in text for m in regex.finditer(text)]
    for m in sorted(found, key=lambda m: m.start()):
        at = m.start()
        if at and _is_letter(text[at - 1]) and not (text[at - 1] in "وفبل" and (at == 1 or not _is_letter(text[at - 2]))):
            continue  # inside a word; one clitic letter («وجمعية», «لاتحاد») may come before
        chain = m.group("chain").split()
        last = m.group("last")
        if chain[0] in data["not_names"] or any(w in data["person_not"] or w.endswith("ية") for w in chain) \
                or last in data["not_names"] or last in data["person_not"]:
            continue
        end = m.end("name")
        adj = _NEXT_WORD.match(text, end)
        if adj is not None and _body_adjective(adj.group(1), data) \
                and adj.group(1).endswith("ية" if text[at:m.start("chain")].endswith("ة") else "ي"):
            end = adj.end()  # «رابطة صناعة التسجيلات [الأمريكية]»: it agrees with the head
        out.append(NameCandidate(m.start("name"), end, text[m.start("name"):end], "org"))
    return out


_NEXT_WORD = re.compile(r"[ \t]+([\u0621-\u064a]+)(?!\w)")


@cache
def _local_regex() -> re.Pattern:
    spec = json.loads(CUES.read_text(encoding="utf-8"))["local_government_heads"]
    heads = "|".join(re.escape(normalize(w)) for w in spec["heads"])
    units = "|".join(re.escape(normalize(w)) for w in spec["units"])
    return re.compile(rf"(?<!\w)[وبل]?(?P<head>(?:{heads})[ \t]+(?:{units}))[ \t]+(?P<a>[\u0621-\u064a]{{2,}})"
                      rf"(?:[ \t]+(?P<b>[\u0621-\u064a]{{2,}}))?")


def _local_governments(text: str) -> list[NameCandidate]:
    """The government of a city, province or state the gazetteer does not list, named by a
    head and a unit before the place's name («حكومة مقاطعة هوباي», «وحكومة مدينة أولسان»):
    one name word (no article, function word or common noun), or two closed by punctuation."""
    data = _cues()
    out = []
    for m in _local_regex().finditer(text):
        a, b = m.group("a"), m.group("b")
        if a.startswith("ال") or a in data["not_names"] or a in data["person_not"] or not _name_word(a, data):
            continue
        end = m.end("a")
        if b and _name_word(b, data) and not b.startswith("ال") and b not in data["not_names"] \
                and b not in data["person_not"] and _closed(text, m.end("b")):
            end = m.end("b")
        start = m.start("head")
        out.append(NameCandidate(start, end, text[start:end], "government"))
    return out


@cache
def _body_regex() -> re.Pattern:
    """The head nouns of public bodies (``body_heads``), also with the article."""
    heads = _cues()["body_heads"]
    return re.compile(rf"(?:{trie_regex(char_atoms(w) for w in [*heads, *('ال' + h for h in heads)])})(?!\w)")


_BODY_WORDS = 8  # words of a body's name after its head


def _bodies(text: str) -> list[NameCandidate]:
    """Public bodies named by a head noun and the words that set them apart (``body_heads``):
    «هيئة حماية البيانات الهولندية», «وزارة الاقتصاد والتجارة والصناعة», «مجلس الوزراء
    المصري», «محكمة مانهاتن الاتحادية», «حزب العدالة والتنمية», «الهيئة العامة للاستثمار».

    After the head: zero to three indefinite nouns, a definite noun, nouns coordinated by
    «و» and adjectives, then an optional complement with «لل» or «ل». The head and one
    definite noun alone («مجلس الوزراء», «هيئة المحلفين») is a common noun, and a body of
    a company («مجلس إدارة الشركة») is none; with the article the head needs adjectives
    and a complement, or adjectives alone after a head of ``body_named_by_adjective``
    («الحزب الديمقراطي»), or a place after «في» (``body`` 2: the caller, who knows the
    places, checks it: «المحكمة المركزية في تل أبيب»); a place after a name with the
    article is part of it (``body`` 3), and such a name wins over a place inside it; one
    without the article yields to a listed place inside it («مكتب أبوظبي الإعلامي» stays
    Abu Dhabi's: measured, the office took the state's place as payer). A shorter name
    that opens a longer one of the same text is that body («هيئة حماية البيانات» after
    «هيئة حماية البيانات الإيطالية»; :func:`analysis.extract.entities.find_all_entities`).
    """
    data = _cues()
    found = []
    for m in _body_regex().finditer(text):
        if not _clitics_at_word_start(text, m.start()):
            continue
        head = m.group()
        # «للجنة» is also ل + اللجنة: a head that starts with ل after ل may be definite.
        definite = head not in data["body_heads"] or (head[0] == "ل" and m.start() and text[m.start() - 1] == "ل")
        words = []
        end = m.end()
        for _ in range(_BODY_WORDS):
            nxt = _NEXT_TOKEN.match(text, end)
            if nxt is None:
                break
            words.append(nxt.group(1))
            end = nxt.end()
        bare = head if head in data["body_heads"] else head[2:]
        n = _body_length(bare, definite, words, data)
        if n:
            stop = m.end()
            for _ in range(abs(n)):
                stop = _NEXT_TOKEN.match(text, stop).end()
            kind = data["body_heads"][bare]
            found.append(NameCandidate(m.start(), stop, text[m.start():stop], kind, over_place=definite,
                                       body=1 if not definite else 3 if n > 0 else 2))
    return found


def _body_length(head: str, definite: bool, words: list[str], data: dict) -> int:
    """How many of ``words`` (after a body's head noun) name the body; 0: none, no name;
    less than 0: that many with the article and adjectives only, a name if a place follows."""
    if words and (words[0] in data["body_not"] or "ال" + words[0] in data["body_not"]):
        return 0  # «مجلس الإدارة», «هيئة المحلفين»
    i, count = 0, len(words)

    def adjectives(at: int) -> int:
        while at < count and _body_adjective(words[at], data):
            at += 1
        return at

    if definite:  # «الهيئة العامة للاستثمار», «الحزب الديمقراطي»
        i = adjectives(0)
        if i == 0:
            return 0
        j = _body_complement(words, i, data)
        return j if j > i or head in data["body_by_adjective"] else -i  # «المحكمة المركزية»: a place must follow
    if words and len(words[0]) == 5 and words[0][1] == "ا" and words[0].endswith("ة") \
            and not words[0].startswith("ال"):
        return 0  # «هيئة ناظمة للخصوصية»: an active participle (فاعلة) agreeing with the head, "a … body"
    nouns = 0
    while i < count and nouns < 3 and _body_noun(words[i], data):
        i += 1
        nouns += 1
    more = False  # coordinated nouns or adjectives after the definite noun
    if i < count and _body_definite(words[i], data):
        i += 1
    elif not nouns:
        return 0
    elif i < count and words[i].startswith("ال") and words[i][2:] in data["cues"]:
        return 0  # «مجلس إدارة الشركة»: an organ of a company
    while i < count:
        word = words[i]
        if word[:1] == "و" and _body_definite(word[1:], data):  # «والتجارة»
            i += 1
        elif _body_adjective(word, data):
            i += 1
        elif word[:1] == "و" and len(word) > 4 and _body_noun(word[1:], data) and i + 1 < count \
                and _body_definite(words[i + 1], data):
            i += 2  # «وتكنولوجيا المعلومات»; «وزير» is no «و» and a noun
        else:
            break
        more = True
    j = _body_complement(words, i, data)
    last = words[j - 1] if j else ""
    if not (last.startswith(("ال", "وال", "لل")) or j > i):
        return 0  # «محكمة مانهاتن»: no definite word closes it
    if not (nouns or more or j > i):
        return 0  # «مجلس الوزراء»: the head and one definite noun are a common noun
    return j


def _body_noun(word: str, data: dict) -> bool:
    """An indefinite noun in a body's construct chain («حماية», «تنمية», «مانهاتن»)."""
    return (bool(_ARABIC_WORD.fullmatch(word)) and not word.startswith(("ال", "لل"))
            and word[:3] not in ("بال", "وال", "فال", "كال") and word[:1] != "و"
            and (word not in data["not_names"] or word in data["body_fields"]) and word not in data["person_not"]
            and word not in data["speech"] and word not in data["cues"] and not _verb_shape(word)
            and not word.endswith(_SUFFIXES))


def _body_definite(word: str, data: dict) -> bool:
    """A definite noun closing a body's construct chain: no time word, function word or
    company noun («الشركة»)."""
    return (word.startswith("ال") and bool(_ARABIC_WORD.fullmatch(word)) and len(word) > 3
            and word not in data["not_names"] and word not in data["person_not"] and word[2:] not in data["cues"])


def _body_adjective(word: str, data: dict) -> bool:
    """An adjective after a body's nouns: definite, in «ي» or «ية» or of ``body_adjectives``;
    a country's adjective too, masculine as well («مجلس الوزراء المصري»: «المصري» is no
    family name, so ``person_not_names`` holds it, but it is a body's adjective)."""
    return (_body_definite(word, data) and (word.endswith(("ي", "ية")) or word in data["body_adjectives"])) \
        or word in _country_adjectives()


@cache
def _country_adjectives() -> frozenset:
    """Countries' adjectives with the article, feminine («المصرية», from the governments'
    data) and masculine («المصري»)."""
    feminine = governments_data()["adjectives"]
    return frozenset([*feminine, *(w[:-1] for w in feminine if w.endswith("ة"))])


def _body_complement(words: list[str], at: int, data: dict) -> int:
    """Where a complement of a body's name with «لل» or «ل» starting at ``at`` ends
    («للاستثمار», «لحماية البيانات», «للمناقصات العامة»); ``at`` if there is none."""
    if at >= len(words):
        return at
    word = words[at]
    if word.startswith("لل") and _body_definite("ال" + word[2:], data):
        j = at + 1
    elif word[:1] == "ل" and _body_noun(word[1:], data) and at + 1 < len(words) and _body_definite(words[at + 1], data):
        j = at + 2
    else:
        return at
    while j < len(words) and _body_adjective(words[j], data):
        j += 1
    return j


# The last item of a list of people: a comma, «و», two words, then a comma or a full stop.
# One regex per comma: a literal first lets ``re`` skip to it (a character class is slower).
_LIST_LAST = tuple(re.compile(rf"{c}[ \t]*و([\u0621-\u064a]{{2,}})[ \t]+([\u0621-\u064a]{{2,}})(?=[ \t]*[،,.])")
                   for c in "،,")
# An item before another (the text ends where the next item's comma is).
_LIST_ITEM = re.compile(r"[،,][ \t]*(?:و(?=[\u0621-\u064a]{3}))?([\u0621-\u064a]{2,})[ \t]+([\u0621-\u064a]{2,})[ \t]*$")
_PLAIN_ENDINGS = ("ة", "ات", "ون", "ين", "ية")  # feminine, plural and adjective endings: no foreign name
_LIST_MAX = 8  # items of a list looked back from its last one


def _units(words: list[re.Match], data: dict) -> int:
    """The parts of a name so far: a connector («عبد», «بن», «أبو») and the word it joins
    count as one part («عبد المنعم يوسف» is a given name and a family name)."""
    return sum(1 for w in words if w.group() not in data["connectors"])


def _listed_people(text: str) -> list[NameCandidate]:
    """People in a list of two-word names between commas, the last joined by «و»:
    «موظفون سابقون، سكوت كانون، وتانج تان، وإيفانز هانكي،». Every word must be
    able to be a name (:func:`_name_word`), with no verb shape and no feminine,
    plural or adjective ending, so lists of common nouns («، مراكز بيانات، وشرائح
    ذكية،») stay out. From each last item («، و...») a bounded walk back over the items.
    """
    data = _cues()

    def plain(word: str) -> bool:
        return _name_word(word, data) and not _verb_shape(word) and not word.endswith(_PLAIN_ENDINGS)

    out: list[NameCandidate] = []
    taken = -1  # the end of the last list taken: a list's earlier «و» items are not lists again
    lasts = [m for regex in _LIST_LAST if regex.pattern[0] in text for m in regex.finditer(text)]
    for m in sorted(lasts, key=lambda m: m.start()):
        if not (plain(m.group(1)) and plain(m.group(2))):
            continue
        items = [(m.start(1), m.end(2))]
        pos = m.start()
        while len(items) < _LIST_MAX:
            prev = _LIST_ITEM.search(text, max(0, pos - 60), pos)
            if prev is None or not (plain(prev.group(1)) and plain(prev.group(2))):
                break
            items.append((prev.start(1), prev.end(2)))
            pos = prev.start()
        if len(items) < 2:
            continue
        for start, end in reversed(items):
            if start > taken:
                out.append(NameCandidate(start, end, text[start:end], "person"))
        taken = m.end(2)
    return out


_SPACES = re.compile(r"[ \t]+")
_COMMA = re.compile(r"[ \t]*[،,][ \t]*")
_APPOSITIVE_WORDS = 5  # words of the title's complement before the comma


def _appositive(text: str, pos: int, data: dict, construct: bool = False,
                commas: bool = False) -> NameCandidate | None:
    """A name between commas after a title and its complement: «الرئيس التنفيذي
    [لبلاكستون]، ستيف شوارزمان،», «الوزيرة [المكلفة بالانتقال الرقمي]، سلمى عادل،».

    The complement is at most five definite or prepositional words (ال, لل, ل, ب), and
    any words after a cue noun (the company's name: «[السابق لشركة ماكروسوفت]، ...») or
    in quotes («مدير "نوفا" التنفيذي، ...», «لـ"نوفا"»);
    with ``construct`` (an indefinite role noun: «محامي الشركة», «مؤسس شركة ...») its
    first word is the genitive of the role and may be any word («[محامي سالم]، ...»).
    The name is two words or more closed by punctuation; with ``commas``, by a comma (an
    apposition between two commas). Without the commas, a name right after a complement
    of definite words («وزير الطاقة والمياه سليم رافع عبدالمجيد إن», also
    one whose first word begins like «ل»: «وزير المالية لارس كلينغ بأن») is taken when
    punctuation or «إن / أن / بأن» closes it.
    """
    last = None
    named = False  # after a cue noun: the words are the organization's name
    quoted = False  # inside quotes: an organization's name
    for n, tok in enumerate(_TOKEN.finditer(text, pos, min(len(text), pos + 120))):
        gap = text[last.end() if last else pos:tok.start()]
        if "\n" in gap or n >= _APPOSITIVE_WORDS:
            break
        if gap.strip():
            if not _QUOTE_MARKS.fullmatch(gap):
                break
            quoted = not quoted
            named = True
        word = tok.group()
        if quoted or (word == "ل" and _QUOTE_MARKS.match(text, tok.end())):  # «لـ"نوفا"»: the clitic, a quoted name
            last = tok
            continue
        if not _ARABIC_WORD.fullmatch(word) or word in data["not_names"]:
            return None
        if not (named or word.startswith(("ال", "ل", "ب", "وال")) or (construct and n == 0)):
            if last is None or named or commas:
                return None
            cand = _unmarked_appositive(text, tok.start(), data)
            prev = last.group()
            if cand is None and prev[:1] == "ل" and not prev.startswith("لل") and _name_word(prev, data):
                cand = _unmarked_appositive(text, last.start(), data)
            return cand
        named = named or _is_cue_word(word, data)
        last = tok
    if last is None:
        return None
    close = _QUOTE_MARKS.match(text, last.end())
    comma = _COMMA.match(text, close.end() if close else last.end())
    if comma is None:
        return None
    words = _words_after(text, comma.end(), data)
    if len(words) < 2 or words[-1].group() in data["connectors"] or not _closed(text, words[-1].end()):
        return None
    if commas and not _COMMA.match(text, words[-1].end()):
        return None
    start, end = words[0].start(), words[-1].end()
    return NameCandidate(start, end, text[start:end], "person")


_QUOTE_MARKS = re.compile(r"[ \t]*[«»\"“”][ \t]*")
_THAT_AFTER = re.compile(r"[ \t]+ب?[اإأ]ن(?:ه|ها|هم)?(?!\w)")  # «إن», «أن», «بأن», «إنها» after a name


def _unmarked_appositive(text: str, pos: int, data: dict) -> NameCandidate | None:
    """A name of two words or more starting at ``pos``, right after a title's complement,
    closed by punctuation or by «إن / أن» (what the person said follows)."""
    words = _words_after(text, pos, data)
    if len(words) < 2 or words[0].start() != pos or words[-1].group() in data["connectors"] \
            or any(w.group() in data["person_not"] for w in words):  # «أمس الأحد»: a time, no name
        return None
    end = words[-1].end()
    if not (_closed(text, end) or _THAT_AFTER.match(text, end)):
        return None
    return NameCandidate(pos, end, text[pos:end], "person")


_DOT_AFTER = re.compile(r"[ \t]*\.[ \t]*[\u0621-\u064a]")


def _is_cue_word(word: str, data: dict) -> bool:
    """A cue noun, also with ل, ب or ال in front («شركة», «لشركة», «الشركة»)."""
    return word in data["cues"] or (word[:1] in "لب" and word[1:] in data["cues"]) \
        or (word.startswith("ال") and word[2:] in data["cues"])


def _words_after(text: str, pos: int, data: dict) -> list[re.Match]:
    """The words of a name starting at ``pos``, after a title (and a nationality adjective)."""
    words: list[re.Match] = []
    skipped = False
    initials = 0  # leading initials with their dot («سي. جون ...» for «C. John ...»)
    for tok in _TOKEN.finditer(text, pos, min(len(text), pos + 100)):
        gap = text[words[-1].end():tok.start()] if words else text[pos:tok.start()]
        if len(words) == initials and words and gap.strip() == "." and "\n" not in gap:
            pass  # the dot after an initial
        elif gap.strip() or "\n" in gap or len(words) >= _PERSON_MAX:
            break
        word = tok.group()
        if len(words) == initials and word in data["initials"] and _DOT_AFTER.match(text, tok.end()):
            words.append(tok)
            initials += 1
            continue
        after_connector = bool(words) and words[-1].group() in data["connectors"]
        if words and word == "ال" and "ال" in data["connectors"] and not after_connector:
            words.append(tok)  # «آل» (normalized «ال») before a family name: «... بن عبدالرحمن آل ثاني»
            continue
        if not words and not skipped and word.startswith("ال") and word.endswith("ي") \
                and word not in data["not_names"]:
            skipped = True  # «الرئيس الأمريكي دونالد ترامب»: the adjective is no part of the name
            pos = tok.end()
            continue
        if _name_word(word, data) or _foreign_ending(word):
            if words and not after_connector and _units(words, data) - initials >= 2:
                # A third plain word is the sentence going on («عمرو طلعت تحدث»), unless
                # punctuation closes it: a three-part name («وانغ شياو تشوان،»), or a family
                # name with ال and a comma close it right after: given name, father, grandfather
                # and family («أحمد سالم هشام الكاتب، رئيس ...»; no plural: «نادي المليارديرات»,
                # «حمدان المستثمرين»).
                if _units(words, data) - initials == 2 and not _verb_shape(word):
                    if _closed(text, tok.end()) or _foreign_o(word):
                        words.append(tok)  # a third part closed by punctuation, or foreign («… تينوبو»)
                    else:
                        family = _FAMILY_AFTER.match(text, tok.end())
                        if family and _family_word(family.group(1), data) \
                                and family.group(1) not in data["titles"] and _COMMA.match(text, family.end()):
                            words.append(tok)
                            words.append(_TOKEN.match(text, family.start(1)))
                break
            words.append(tok)
        elif (len(words) - initials == 1 or after_connector
              or (len(words) >= 2 and words[-2].group() in data["connectors"])) and _family_word(word, data):
            # «عبدالفتاح السيسي», «عبد الفتاح ...», «سعيد بن حمود المعولي»
            words.append(tok)
            if not after_connector:
                break  # the family name closes the name
        else:
            break
    return words


def _sound_plural(word: str) -> bool:
    """A definite sound plural («المليارديرات», «المستثمرين»): ات, or ين / ون on a word of
    eight letters or more (a family name in ين is shorter: «الحسين», «الأمين»)."""
    return word.endswith("ات") or (len(word) >= 8 and word.endswith(("ين", "ون")))


_CLOSE = re.compile(r"[ \t]*[،,.:؛;/”»]")  # «/»: a photo credit's agency follows («سامر خليل/رويترز»)
_FAMILY_AFTER = re.compile(r"[ \t]+(ال[\u0621-\u064a]+)")


def _closed(text: str, end: int) -> bool:
    """Does punctuation (a comma, a full stop, a colon) follow ``end``?"""
    return _CLOSE.match(text, end) is not None


def _verb_shape(word: str) -> bool:
    """An imperfect or تفعّل verb of three root letters («تحدث», «يقود»); a name has a long
    vowel after that letter («تامر», «ياسر»). Also the imperfect of the derived forms
    يتفعّل, يتفاعل, يستفعل (and their ت), five or six letters: «يتزايد», «تتوسع», «يستثمر»."""
    return (len(word) == 4 and word[0] in "تي" and word[1] not in "اوي") \
        or (5 <= len(word) <= 6 and word.startswith(_DERIVED_IMPERFECT))


_DERIVED_IMPERFECT = ("يت", "تت", "يست", "تست")  # يتفعّل / يتفاعل, يستفعل and their feminine


_BEFORE_ROLE = re.compile(r"(?:(?P<prev>\S+)[ \t]+|(?P<open>^|(?<=[\n«\"“(:؛،,.]))[ \t]*)"
                          r"(?P<name>[\u0621-\u064a]{2,}[ \t]+[\u0621-\u064a]{2,})$")


def _name_before(text: str, end: int, data: dict, comma: bool = False) -> NameCandidate | None:
    """A two-word name ending at ``end`` (before a role), if a speech verb, a function
    word, punctuation or a line start comes before it; with the ``comma`` of an
    apposition, any word but a prepositional phrase (ل, ب: «لعملائها [سامي نوار]، رئيس»
    names whom it is told to) may come before two plain words (no verb shape, no feminine,
    plural or adjective ending: «ويتولى سامي نوار، المدير التنفيذي», «لما ذكره وي صن،
    كبير المحللين»)."""
    lo = max(0, end - 80)
    window = text[lo:end]
    # A match holds at most the last two whitespace runs of the window (the one before
    # the name's first word and the one inside the name): it starts after the rest that
    # ``rsplit`` leaves in front of the last three words. Searching from there (``^``
    # still means the window's start) finds the same match without trying each of the
    # ~80 positions before it.
    parts = window.rsplit(None, 3)
    m = _BEFORE_ROLE.search(window, len(parts[0]) if len(parts) == 4 else 0)
    if m is None:
        return None
    first, second = m.group("name").split()
    if first[:1] == "و" and len(first) == 5 and (_verb_shape(first[1:]) or first[1] == "ي"):
        return None  # a verb with «و»: «ويعمل الفريق، مسؤول ...»
    if first.startswith(_DERIVED_IMPERFECT) and _verb_shape(first):
        return None  # «أن يتزايد دخل الرئيس التنفيذي»: a verb and its subject
    if not (_name_word(first, data) or _foreign_al(first, second, data) or _na_name(first, data)
            or _foreign_ending(first)) \
            or not (_name_word(second, data) or _family_word(second, data) or _foreign_ending(second)):
        return None
    prev = m.group("prev")
    start = lo + m.start("name")
    if prev is not None:
        if not (_opens_name(prev, data) or _speech_to(text, lo + m.start("prev"), prev, data)
                or (comma and prev[:1] not in "لب" and _plain_pair(first, second, data))):
            return None
        if comma and prev[:1] not in "لب" and not _opens_name(prev, data) and _plain_pair(prev, first, data) \
                and not _verb_shape(prev):
            # «وأوضحت جانيت تسو فورشتينبرغ، المديرة ...»: a third name word before the two, when
            # a verb of saying or punctuation opens it (the name's first word)
            before = _WORD_BEFORE.search(text, max(0, lo + m.start("prev") - 20), lo + m.start("prev"))
            if before is not None and _opens_name(before.group(1), data) and before.group(1)[-1:] not in _PUNCT_BEFORE:
                start = lo + m.start("prev")
    elif lo > 0 and m.start() == 0 and text[lo - 1] not in _PUNCT_BEFORE:
        return None  # the window cut a word: no line start there
    return NameCandidate(start, end, text[start:end], "person")


def _plain_pair(first: str, second: str, data: dict) -> bool:
    """Two words that can only be a name: name words with no verb shape and no feminine,
    plural or adjective ending («وي صن», «سامي نوار»; not «الشركة», «مستثمرين»)."""
    return all(_name_word(w, data) and not _verb_shape(w) and not w.endswith(_PLAIN_ENDINGS)
               for w in (first, second))


def _na_name(word: str, data: dict) -> bool:
    """A first name ending in «نا» («أبارنا», «دانا»), which :func:`_name_word` takes for
    the suffix «ـنا» («شركتنا»); only before a role, where a noun with «our» is rare,
    and not after ة, ي or a plural («شركتنا», «لدينا», «شركاؤنا»)."""
    return (len(word) >= 4 and word.endswith("نا") and not word.endswith(("تنا", "ينا", "ؤنا", "ئنا", "ونا"))
            and _name_word(word[:-2], data))


@lru_cache(maxsize=1 << 14)
def _foreign_ending(word: str) -> bool:
    """A foreign name ending in «نا» or «وا» («لوسيانا», «ميدينا», «بيمهيوا», «إيشيكاوا»),
    which :func:`_name_word` takes for the suffix «ـنا» (our) or a plural verb («ـوا»); taken
    only where a name is expected (after a title or a given name, before a role). Five letters
    or more, its stem a name word; «ـنا» not after ة, a hamza or و («شركتنا», «شركاؤنا»),
    after ي only in six letters or more («لدينا», «علينا» are shorter); «ـوا» only after a
    long vowel («بيمهي-وا», «إيشيكا-وا»): a plural verb has a consonant there («استثمروا»)."""
    data = _cues()
    if len(word) < 5 or not word.endswith(("نا", "وا")) or not _name_word(word[:-2], data):
        return False
    if word.endswith("وا"):
        return word[-3] in "اي"
    return not word.endswith(("تنا", "ؤنا", "ئنا", "ونا")) and (not word.endswith("ينا") or len(word) >= 6)


def _foreign_o(word: str) -> bool:
    """A foreign name ending in «و» of five letters or more («تينوبو», «أنجولو»): an Arabic
    noun or verb seldom ends so (a plural verb ends in «وا»); no clitic in front."""
    return len(word) >= 5 and word.endswith("و") and not word.endswith(("وو", "او")) \
        and word[0] not in "وفبل" and not word.startswith("ال")


def _opens_name(prev: str, data: dict) -> bool:
    """Can ``prev`` come right before a name in apposition: punctuation, a verb of
    saying («وقال», also with its object pronoun: «لما أعلنه»), a function word or a cue word?"""
    bare = prev[1:] if prev[:1] in "وف" and len(prev) > 3 else prev
    said = bare[:-2] if bare.endswith("ها") else bare[:-1] if bare.endswith("ه") else ""  # «أعلنه», «ذكرها»
    return (prev[-1] in _PUNCT_BEFORE or prev in data["speech"] or bare in data["speech"]
            or said in data["speech"] or prev in data["not_names"] or prev in data["cues"])


_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")


def _opens_role(text: str, start: int, data: dict) -> bool:
    """Does a role at ``start`` open a clause: a line start, punctuation or a verb of saying before it?"""
    before = text[max(0, start - 20):start]
    if not before.strip() or before.rstrip(" \t")[-1:] in _PUNCT_BEFORE:
        return True
    m = _WORD_BEFORE.search(before)
    if m is None:
        return False
    verb = m.group(1)
    bare = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
    return verb in data["speech"] or bare in data["speech"]


def _speech_to(text: str, start: int, prev: str, data: dict) -> bool:
    """Is ``prev`` (at ``start``) the addressee of a verb of saying before it
    («وأكد [للوكالة] ...», «قال [لرويترز] ...»)?"""
    if not (prev[:1] == "ل" and len(prev) >= 4 and _ARABIC_WORD.fullmatch(prev)):
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return False
    verb = m.group(1)
    bare = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
    return verb in data["speech"] or bare in data["speech"]


def _foreign_al(first: str, second: str, data: dict) -> bool:
    """A foreign first name that normalizes to ال («أليكس» → «اليكس») before a plain
    surname: no adjective (ة, ي, a plural) and no title or cue word."""
    return (first.startswith("ال") and not second.startswith("ال") and bool(_ARABIC_WORD.fullmatch(first))
            and not first.endswith(("ة", "ي", "ات", "ون", "ين")) and first not in data["person_not"]
            and first not in data["not_names"] and first not in data["cues"] and first not in data["titles"]
            and _name_word(second, data))


_DATELINE_WORD = r"[\u0621-\u064a]{2,}"


def _line_names(regex: re.Pattern, text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of the group ``name`` of each match in ``text`` of a pattern that
    opens a line: ``regex`` is that pattern with a line break for the ``^`` it needs
    (``re.MULTILINE``), searched in ``"\\n" + text`` (its offsets less one are those in ``text``).

    ``re`` tries a pattern that opens with ``^`` at every position of the text; one that
    opens with a literal lets it jump from one line break to the next. The matches are
    the same: a line starts at the start of the text or after a line break, and since no
    match ends with a line break, the next one cannot start where the last one ended.
    """
    return [(m.start("name") - 1, m.end("name") - 1, m.group("name")) for m in regex.finditer("\n" + text)]


@cache
def _dateline_regex() -> re.Pattern:
    """A dateline at a line start, run through :func:`_line_names` (the ``^`` is a line break)."""
    dash = "".join(re.escape(c) for c in _cues()["dateline_ends"])
    # «إيلاف (الرياض) - ...»: the city may stand in brackets between the outlet and the dash
    # («واشنطن (رويترز) - ...» puts the place first: a listed place wins over it).
    return re.compile(rf"\n[ \t]*(?P<name>{_DATELINE_WORD}(?:[ \t]+{_DATELINE_WORD})?)"
                      rf"(?:(?:[ \t]+\({_DATELINE_WORD}(?:[ \t]+{_DATELINE_WORD})?\))?[ \t]+[{dash}][ \t]+(?=\S)"
                      rf"|[ \t]+من[ \t]+{_DATELINE_WORD}[ \t]*:)")


def _dateline_names(text: str) -> list[NameCandidate]:
    """The outlet of a dateline at a line start: «إيلاف - ...», «نبأ – ...», «إيلاف من واشنطن: ...».
    A city's dateline is a place of the gazetteer, which wins over this candidate."""
    data = _cues()
    out = []
    for start, end, surface in _line_names(_dateline_regex(), text):
        name = " ".join(surface.split())
        if name in data["outlets"]:  # «الوقت - »: an outlet named by a common word
            out.append(NameCandidate(start, end, data["outlets"][name], "org", name, True))
            continue
        words = name.split()
        bare = [w[1:] if w[0] in "وف" else w for w in words]  # «وفي»: و + في
        media = len(words) == 2 and any(w in data["dateline_media"] for w in words)  # «هلا أخبار - »
        if any((w in data["not_names"] and not (media and w in data["dateline_media"]))
               or w in data["person_not"] or w in data["speech"] for w in words + bare):
            continue
        out.append(NameCandidate(start, end, surface, "org"))
    return out


@cache
def _byline_regex() -> re.Pattern:
    """A byline, a line of its own, run through :func:`_line_names` (the ``^`` is a line break)."""
    cues = trie_regex(char_atoms(w) for w in _cues()["bylines"])
    word = r"[\u0621-\u064a]{2,}"
    return re.compile(rf"\n[ \t]*(?:{cues})[ \t]*:?[ \t]*(?P<name>{word}(?:[ \t]+{word}){{1,3}})[ \t]*$", re.MULTILINE)


def _bylines(text: str) -> list[NameCandidate]:
    """The writer in a byline, a line of its own: «كتب: سامر خليل», «بقلم منى راشد»,
    «المحرر العام عادل فهمي». The name is two to four words, each a name word
    (:func:`_name_word`), a connector («بن», «عبد») or a family name with ال after
    the first («حسن الراوي»); a line that goes on («كتب الرئيس في رسالته ...») or a
    desk («تحرير: قسم الاقتصاد») is none."""
    data = _cues()
    out = []
    # No check of the cue words first: the pattern opens with a line break, which ``re``
    # finds faster than ``str.find`` finds each cue word.
    for start, end, name in _line_names(_byline_regex(), text):
        words = name.split()
        # A family name with ال is a nisba («الراوي») or comes after two words: «قسم الاقتصاد»,
        # «وحدة الأبحاث» are desks, not writers.
        if not _name_word(words[0], data) or _verb_shape(words[0]) \
                or not all(_name_word(w, data) or w in data["connectors"]
                           or (_family_word(w, data) and (w.endswith("ي") or i >= 2))
                           for i, w in enumerate(words[1:], 1)):
            continue
        out.append(NameCandidate(start, end, name, "person"))
    return out


_QUOTE_OPENERS = ("«", '"', "“", "”")
# A quoted phrase on one line with no clause punctuation inside: «"تايجر غلوبال"», «“غروك كلاود”».
_QUOTED_PHRASE = re.compile(r'[«"“”]([^«»"“”\n،,.:؛;()]{3,60}?)[»"”“]')


def _quoted_companies(text: str) -> list[NameCandidate]:
    """An outlet named by a common word in quotes of its own (:func:`_quoted_outlet_name`),
    and a company named in quotes by two to four words, the last a company word
    (``continue``): «"تايجر غلوبال"», «"جراي لوك بارتنرز"», «"أوبن إيه آي غلوبال"».
    The quotes say where the name starts: the whole quoted name, which wins over a
    shorter listed name inside it («"مبادلة كابيتال"» is Mubadala Capital, not Mubadala).
    Every other word is a name word (:func:`_name_word`) or a company word; a name ending
    in a spelled letter («"ميسترال إي آي"», «"أوبن أيه"») is a listed one spelled out or cut."""
    data = _cues()
    out = []
    listed = None  # (end, kind) of the last quoted name after a cue phrase: a list may go on
    for m in _QUOTED_PHRASE.finditer(text):
        words = m.group(1).split()
        outlet = _quoted_outlet_name(m, words, data)
        if outlet is not None:
            out.append(outlet)
            continue
        if not 2 <= len(words) <= _MAX_WORDS or words[-1] not in data["continue"] \
                or words[0] in data["continue"] or words[-1] in data["initials"] \
                or not all(_name_word(w, data) or w in data["continue"] for w in words):
            named = _quoted_person(text, m, words, data) or _quoted_after_cue_phrase(
                text, m, words, data, listed[1] if listed and text[listed[0]:m.start()].strip() in _LIST_JOINS else "")
            if named is not None:
                out.append(named)
            listed = (m.end(), named.kind) if named is not None and named.kind != "person" else None
            continue
        start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        end = m.start(1) + len(m.group(1).rstrip())
        out.append(NameCandidate(start, end, text[start:end], "org", quoted=True))
    return out


_TITLE_WINDOW = 5  # words from a title to the quoted name after it, the title's complement included


def _quoted_person(text: str, m: re.Match, words: list[str], data: dict) -> NameCandidate | None:
    """A person named in quotes right after a title and its complement: «ووصف وزير العلوم
    "سامي نوار"», «بقيادة رئيس الوزراء “كارل هيلم”», «وفقا للوزير الإسباني للتحول الرقمي،
    "خوان ريبيرا"» (``m`` a match of ``_QUOTED_PHRASE``, ``words`` its words).

    The name is two to four name words (a family name with ال, «بن», «عبد» after the
    first; initials). Before the quote, on its line and with no punctuation but a comma
    right before it, the last word is definite (ال, وال, بال, لل: the title or the end of
    its complement) or a title («مؤسسها»); «مؤسس "سكيل"», «في "أوبن"» take a company and a title or role opens
    one of the five words before (with the clitics و ف ل ب لل). A quoted company stays
    out through the gazetteer, which wins over this candidate, and through the cue word
    that precedes an unlisted one («لشركة "..."»)."""
    if not 2 <= len(words) <= _MAX_WORDS or not _name_word(words[0], data) or words[-1] in data["connectors"] \
            or not all(_name_word(w, data) or _family_word(w, data) or w in data["connectors"]
                       or w in data["initials"] for w in words[1:]):
        return None
    line = text.rfind("\n", 0, m.start()) + 1
    before = text[max(line, m.start() - 100):m.start()].rstrip(" \t")
    if before.endswith(("،", ",")):
        before = before[:-1]
    toks = before.split()[-_TITLE_WINDOW:]
    if not toks or not all(_ARABIC_WORD.fullmatch(t) for t in toks[-1:]) \
            or not (toks[-1].startswith(("ال", "وال", "بال", "لل")) or toks[-1] in data["titles"]):
        return None
    heads = _subject_heads()
    for tok in reversed(toks):
        if not _ARABIC_WORD.fullmatch(tok):
            return None  # punctuation or a number: the title's phrase ends there
        if any(form in heads for form in _bare_forms(tok)):
            start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            end = m.start(1) + len(m.group(1).rstrip())
            return NameCandidate(start, end, text[start:end], "person")
    return None


_LIST_JOINS = ("و", "،", ",", "، و", ", و")  # between two quoted names of a list


def _quoted_after_cue_phrase(text: str, m: re.Match, words: list[str], data: dict,
                             listed: str = "") -> NameCandidate | None:
    """A name in quotes after a cue noun and its definite complement: «شركة التكنولوجيا
    الكورية الجنوبية “نافر”», «على الشركة التونسية الناشئة «إنستاديب»», «منصة التجارة
    الإلكترونية "كوبانغ"», or right after a plural cue («من شركات "إس كي تيليكوم"»).

    ``m`` is a match of ``_QUOTED_PHRASE``, ``words`` its words: one to four name words,
    company words, initials or numbers, the first a name word and no company word. Before the quote, on its
    line, one to four definite words (ال, وال, لل) and before them the cue, with its
    clitics and the article («الشركة», «لشركة»), or a plural cue in ات alone («شركات»);
    a definite cue right before the quote («أطلقت الشركة "..."») names what it did, no
    name. The kind is the cue's. A name quoted after such a name and «و» or a comma
    («شركات "إس كي تيليكوم" و"كي تي"») goes on the list with its kind (``listed``)."""
    if not 1 <= len(words) <= _MAX_WORDS or not _name_word(words[0], data) or words[0] in data["continue"] \
            or not all(_name_word(w, data) or w in data["continue"] or w in data["initials"] or w.isdigit()
                       for w in words[1:]):
        return None
    if listed:
        start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        end = m.start(1) + len(m.group(1).rstrip())
        return NameCandidate(start, end, text[start:end], listed, quoted=True)
    line = text.rfind("\n", 0, m.start()) + 1
    toks = text[max(line, m.start() - 100):m.start()].split()[-(_TITLE_WINDOW):]
    like = bool(toks) and toks[-1] in _LIKE
    if like:  # «شركات كبرى مثل "..."»: the quote gives an example of the cue
        toks.pop()
    definite = False  # a definite word between the cue and the quote
    for n, tok in enumerate(reversed(toks)):
        if not _ARABIC_WORD.fullmatch(tok):
            return None
        kind = _cue_kind(tok, plural=not definite, data=data)
        if kind and (n or like or not _cue_kind(tok, plural=False, data=data)):
            start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            end = m.start(1) + len(m.group(1).rstrip())
            return NameCandidate(start, end, text[start:end], kind, quoted=True)
        if tok.startswith(("ال", "وال", "لل")):
            definite = True
        elif definite or len(tok) < 4 or not tok.endswith(("ى", "ي", "ة")):
            return None  # only indefinite adjectives of a plural: «شركات كبرى» (normalized «كبري»), «شركات ناشئة»
    return None


_LIKE = ("مثل", "ومثل")  # «... مثل "X"»: an example of the cue phrase before it


def _cue_kind(word: str, plural: bool, data: dict) -> str:
    """The kind of the cue ``word`` is, with clitics and the article («لشركة», «والشركة»),
    or (``plural``) a plural in ات of one («شركات» → «شركة»); "" for other words. A cue
    that takes only quoted names right after it («موقع», «نموذج») is none here."""
    for form in _bare_forms(word):
        for cue in (form, form[2:] if form.startswith("ال") else ""):
            if plural and not form.startswith("ال") and cue.endswith("ات"):
                cue = cue[:-2] + "ة"
            elif plural:
                continue
            if cue in data["cues"] and cue not in data["quoted_only"]:
                return data["cues"][cue][0]
    return ""


def _bare_forms(word: str) -> tuple[str, ...]:
    """``word`` and the word without the clitics و ف, then ل ب (and «لل» for «ال»):
    «وللوزير» → «الوزير», «ووزير» → «وزير»."""
    forms = [word]
    if word[:1] in "وف" and len(word) > 3:
        word = word[1:]
        forms.append(word)
    if word.startswith("لل") and len(word) > 4:
        forms.append("ال" + word[2:])
    elif word[:1] in "لب" and len(word) > 3:
        forms.append(word[1:])
    return tuple(forms)


@cache
def _slash_regex() -> tuple[re.Pattern, dict[str, str]]:
    names = {normalize(w): en for w, en in json.loads(CUES.read_text(encoding="utf-8"))["slash_agencies"].items()}
    return re.compile(rf"/[ \t]*({'|'.join(re.escape(w) for w in names)})[ \t]*/"), names


def _slash_agencies(text: str) -> list[NameCandidate]:
    """A news agency's short name between the slashes of its dateline («/ واس /»)."""
    regex, names = _slash_regex()
    return [NameCandidate(m.start(1), m.end(1), names[m.group(1)], "org", m.group(1), True)
            for m in regex.finditer(text)]


_BRACKETED = re.compile(r"\([ \t]*([^()\n]{2,30}?)[ \t]*\)")


def _bracketed_outlets(text: str) -> list[NameCandidate]:
    """An outlet named by a common word (``outlets_after_cue``) alone in brackets: the
    source credited after a paragraph or a headline («… في السوق. (الوقت)», «(البيان)-12/05»).
    The brackets set the word apart as the quotes of :func:`_quoted_outlet_name` do."""
    data = _cues()
    out = []
    for m in _BRACKETED.finditer(text):
        outlet = _quoted_outlet_name(m, m.group(1).split(), data)
        if outlet is not None:
            out.append(outlet)
    return out


def _quoted_outlet_name(m: re.Match, words: list[str], data: dict) -> NameCandidate | None:
    """An outlet named by a common word (``outlets_after_cue``), in quotes of its own (``m``
    a match of ``_QUOTED_PHRASE``, ``words`` its words): «وأضاف في مقابلة مع “الشرق”», «حصلت
    «البيان» على نسخة», «واشنطن: «الشرق الأوسط»». The quotes make the word a name, as a
    media cue does; it wins over a place of the same words."""
    inner = " ".join(words)
    if inner not in data["outlets"]:
        return None
    start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
    end = m.start(1) + len(m.group(1).rstrip())
    return NameCandidate(start, end, data["outlets"][inner], "org", inner, True)


@cache
def _org_suffix_regex() -> re.Pattern:
    data = _cues()
    suffix = trie_regex(char_atoms(w) for w in data["org_suffixes"])
    more = trie_regex(char_atoms(w) for w in data["continue"])
    initials = trie_regex(char_atoms(w) for w in data["initials"])
    # The head is possessive (``{2,}+``): a shorter head ends before a letter, never before
    # the space that must follow, so giving letters back could only fail, slowly.
    return re.compile(rf"(?<!\w)(?P<initials>(?:(?:{initials})[ \t]*\.[ \t]*)*)(?P<head>[\u0621-\u064a]{{2,}}+)"
                      rf"[ \t]+(?:{suffix})(?:[ \t]+(?:{more}))*(?!\w)")


def _suffixed_orgs(text: str) -> list[NameCandidate]:
    """A firm named by a word and a company word of its name, with no cue before it:
    «بقيادة "روكلاند مانجمنت"», «مع دي.إف إنرجي»; the word is a name word
    (:func:`_name_word`: no verb, cue, function word or ال), no plural or adjective
    («الشركات كابيتال» is none), and dotted initials before it («دي.إف») belong to it."""
    data = _cues()
    out = []
    regex = _org_suffix_regex()
    for m in _suffixed(regex, text, _suffix_words("org_suffixes"), initials=True):
        head = m.group("head")
        clitic = 0
        if head[:1] == "و" and len(head) > 4 and not m.group("initials") \
                and (j := _spaces_before(text, m.start("head"))) and text[j - 1] in "،,":
            head, clitic = head[1:], 1  # «…، وجرينتاور كابيتال»: the «و» of a list's last item
        if not _name_word(head, data) or _verb_shape(head) or head.endswith(_PLAIN_ENDINGS) \
                or head in data["continue"] or head in data["media"]:
            continue
        start = m.start("initials") if m.group("initials") else m.start("head") + clitic
        if start == m.start("head") and head in data["initials"]:
            start = _spelled_letters_before(text, start, data)  # «آي دي جي كابيتال»: IDG, letter by letter
        out.append(NameCandidate(start, m.end(), text[start:m.end()], "org"))
    return out


def _spaces_before(text: str, end: int) -> int:
    """Where the spaces and tabs that end at ``end`` start (``end`` if none)."""
    while end and text[end - 1] in " \t":
        end -= 1
    return end


def _letters_before(text: str, end: int) -> int | None:
    """Where the letters ``[\u0621-\u064a]`` that end at ``end`` start; None if none do."""
    at = end
    while at and "\u0621" <= text[at - 1] <= "\u064a":
        at -= 1
    return at if at < end else None


@cache
def _suffix_words(key: str) -> tuple[str, ...]:
    """The words of ``_cues()[key]`` (one word each) but those that another of them opens
    («هولدينغز» after «هولدينغ»): where one of the words starts, one of these starts."""
    words = set(_cues()[key])
    return tuple(sorted(w for w in words if not any(v != w and w.startswith(v) for v in words)))


def _suffixed(regex: re.Pattern, text: str, words: tuple[str, ...], initials: bool = False) -> list[re.Match]:
    """What ``regex.finditer(text)`` gives, for a pattern of a head word (letters
    ``[\u0621-\u064a]`` from a word start), spaces and one of ``words`` (single words), the
    head after dotted initials if ``initials`` («دي.إف إنرجي»); ``words`` are
    :func:`_suffix_words`.

    Such a pattern opens with a look-behind, so ``re`` tries it at every position of the
    text; it can only match from the head before a word of ``words`` (or from the initials
    before that head). Those few places are found from the words (``str.find``) and the
    pattern tried there only, left to right, each match going on after the last one as
    in ``finditer``.
    """
    starts = set()
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            at = _letters_before(text, _spaces_before(text, pos))
            while at is not None:
                starts.add(at)
                if not initials:
                    break
                # An initial and its dot before the head (or before another initial): «دي.[إف]».
                dot = _spaces_before(text, at)
                at = _letters_before(text, _spaces_before(text, dot - 1)) if dot and text[dot - 1] == "." else None
            pos = text.find(word, pos + 1)
    out, last = [], 0
    for at in sorted(starts):
        if at >= last and (m := regex.match(text, at)):
            out.append(m)
            last = m.end()
    return out


_LAST_WORD = re.compile(r"(?<!\w)([\u0621-\u064a]+)[ \t]+$")


def _spelled_letters_before(text: str, start: int, data: dict) -> int:
    """The start of the letters spelled in Arabic, one word each, that end at ``start``
    (an acronym written out: «آي دي [جي]»), or ``start``; a letter that is also a function
    word is the sentence's («في» for V: «استثمرت في جي كابيتال»), but for «أي» / «آي» (I,
    normalized «اي»): «any» is never followed by a spelled letter."""
    while (m := _LAST_WORD.search(text, max(0, start - 8), start)) and m.group(1) in data["initials"] \
            and (m.group(1) not in data["not_names"] or m.group(1) == "اي"):
        start = m.start(1)
    return start


@cache
def _suffix_regex() -> re.Pattern:
    words = trie_regex(char_atoms(w) for w in _cues()["outlet_suffixes"])
    # A possessive head, as in :func:`_org_suffix_regex`.
    return re.compile(rf"(?<!\w)(?P<head>[\u0621-\u064a]{{2,}}+)[ \t]+(?:{words})(?!\w)")


def _suffixed_outlets(text: str) -> list[NameCandidate]:
    """Outlets named by a word and «نيوز», «برس» or «تايمز» («الشعب نيوز»)."""
    data = _cues()
    out = []
    for m in _suffixed(_suffix_regex(), text, _suffix_words("outlet_suffixes")):
        head = m.group("head")
        bare = head[1:] if head[:1] in "وفبل" and len(head) > 3 else head
        if any(w in data["not_names"] or w in data["person_not"] or w in data["speech"] or w in data["cues"]
               or w in data["media"] for w in (head, bare)) or _verb_shape(head):
            continue
        out.append(NameCandidate(m.start(), m.end(), m.group(), "org", over_place=True, outlet=True))
    return out


@cache
def _outlet_regex() -> re.Pattern:
    """An outlet of ``outlets_after_cue`` where a media cue's name starts (quoted or not)."""
    return re.compile(rf"[«\"“']?(?P<name>{trie_regex(char_atoms(w) for w in _cues()['outlets'])})(?!\w)")
