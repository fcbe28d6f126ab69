"""Organizations, people, products, funds, governments and places, from a gazetteer.

The gazetteer is a CSV (``data/gazetteer.csv``: ``name_en, name_ar, kind,
sector, aliases``; ``sector`` is optional) a user extends without touching code; ``aliases`` are ``|``-separated
spellings, Arabic or Latin. Matching runs on normalized text, so spelling
variants that normalization folds (ألتمان / التمان, diacritics, tatweel) need one
alias. Arabic aliases also match behind the clitics و ف ب ل ك (and لل for
names that start with ال); the clitic is not part of the surface. Latin aliases
of up to three capitals (``X``, ``FT``, ``US``) match case-sensitively, the
others in any case. The longest alias wins where several start at one place.

Variants made by rule rather than listed: a space between the words of an alias
also matches a dot («أوبن إيه.آي», «تشات جي.بي.تي», «X.AI»); the Latin hard g of a
foreign name is written غ or ج (غوغل / جوجل, هوانغ / هوانج), so each spelling of a
person's or organization's name brings the other; a news outlet's Arabic name also
matches with the article ال («الفايننشال تايمز»); a government is named by a head
noun and its country («حكومة أبوظبي», «الحكومة المصرية»; see
:mod:`analysis.extract.governments`). A listed alias always wins over a generated one.

Names the gazetteer does not list are found by rule (:mod:`analysis.extract.names`):
after a cue word («شركة إنسكيل») or a title («المحلل سركيس نزار»), before a role
(«جورج نوبل، مؤسس»), in a dateline («إيلاف - ») or in Latin script («Magnetar
Capital»); their rows have ``known`` False and an empty sector. An unlisted Latin name one
letter away from a listed Latin alias of six letters or more («Mistal AI», «Thinking
Machine») is that listed name, misspelled or cut; an unlisted acronym in brackets right
after a name («الشركة المصرية للاتصالات (TE)») is that name, wherever it recurs; an unlisted
Latin name that opens a longer one given before («Singular» after «Singular Computing») is it. A listed name wins over
them, except a place or a short capital alias inside a longer Latin name («Lebanon 24»,
«X Square Robot»). A country right after a verb of acting («أعلنت السعودية»), before one at
a clause start («السعودية تستثمر») or before a relative clause with one («السعودية،
التي أعلنت») is its government (:mod:`analysis.extract.governments`), with the canonical name
(``Government of Saudi Arabia``) and ``known`` True, like «الحكومة المصرية».
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import pandas as pd

from analysis.extract.governments import (
    country_as_subject,
    government_arabic_names,
    government_of,
    government_phrases,
)
from analysis.extract.mentions import (
    MENTION_COLUMNS,
    ArticleText,
    article_texts,
    frame,
    mention_spans,
    python_strings,
)
from analysis.extract.furniture import credit_spans, outlet_furniture, person_furniture
from analysis.extract.name_filter import filtered_names
from analysis.extract.names import _cues as _names_data
from analysis.extract.names import _name_word, _verb_shape, find_names, names_an_organization_before, word_start_regex, word_starts
from analysis.extract.numbers import CLITICS, alternation, lexicon
from analysis.extract.outlets import Outlet, outlet, without_own_outlet
from analysis.extract.spelling import article_forms, respell_entities, spellings
from analysis.text.normalize import normalize
from analysis.text.patterns import trie_regex

GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "gazetteer.csv"
_DEFAULT = str(GAZETTEER)
KINDS = ("org", "person", "product", "fund", "government", "place")
ENTITY_COLUMNS = [*MENTION_COLUMNS, "name_en", "name_ar", "kind", "sector", "known"]

_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(slots=True)  # not frozen: over a hundred thousand per corpus, and a frozen dataclass is made four times slower
class EntityMention:
    """One gazetteer match; ``start``/``end`` are offsets into the text searched (never changed once made:
    a changed mention is a new one)."""

    start: int
    end: int
    name_en: str
    name_ar: str
    kind: str  # one of KINDS
    known: bool = True  # False: found by rule (cue word, Latin script), not in the gazetteer
    rule: str = ""  # for a name found by rule, the finder that proposed it (``NameCandidate.rule``)


def load_gazetteer(path: str | Path | None = None) -> pd.DataFrame:
    """Read a gazetteer CSV and check it: known kinds, no alias claimed twice."""
    path = Path(path) if path is not None else GAZETTEER
    gaz = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = {"name_en", "name_ar", "kind", "aliases"} - set(gaz.columns)
    if missing:
        raise ValueError(f"{path}: missing columns {sorted(missing)}")
    bad = gaz.loc[~gaz["kind"].isin(KINDS)]
    if len(bad):
        named = ", ".join(f"{n} ({k!r})" for n, k in zip(bad["name_en"], bad["kind"]))
        raise ValueError(f"{path}: unknown kind for {named}; use one of {KINDS}")
    owner: dict[tuple[str, bool], str] = {}
    for name, aliases in zip(gaz["name_en"], gaz["aliases"]):
        for alias in _aliases(name, aliases):
            key = _alias_key(alias)
            if owner.setdefault(key, name) != name:
                raise ValueError(f"{path}: alias {alias!r} belongs to both {owner[key]!r} and {name!r}")
    return gaz


@lru_cache(maxsize=4)
def _gazetteer(path: str) -> pd.DataFrame:
    """:func:`load_gazetteer` of ``path``, read and checked once for all the tables built
    from it (the matcher, sectors, rows, Latin aliases, Arabic names, each also kept per
    path), not once per table. Read only."""
    return load_gazetteer(path)


def _aliases(name_en: str, aliases: str) -> list[str]:
    out = [a.strip() for a in aliases.split("|") if a.strip()]
    return out if name_en in out else [name_en, *out]


_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_UPPER_RUN = re.compile(r"[A-Z]+")
_WORDS_AHEAD = re.compile(r"\w+(?:\s+\w+){0,4}")


def _lower_ascii(text: str) -> str:
    """``text`` with A–Z lower-cased and nothing else changed (``text.translate(_LOWER)``).

    ``bytes.lower`` lower-cases ASCII only, and in UTF-8 every byte of a non-ASCII
    character is 0x80 or more, so no other character changes and every offset of the
    decoded text is an offset of ``text`` (``surrogatepass``: any code point round-trips).
    Several times faster on Arabic text than a regex over the capitals or ``translate``.
    """
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
_SPACE = "\x00"  # stands for "a space or a dot between words" inside the trie
# What separates the words of a name in text: spaces, or a dot with optional spaces
# around it («إيه.آي», «X. AI», «جيه. بي»).
_SEP = r"(?:[ \t]*\.[ \t]*|\s+)"
_SEP_RE = re.compile(_SEP)


def _alias_key(alias: str) -> tuple[str, bool]:
    """(matching key, case-sensitive?) of an alias; word separators become _SPACE."""
    if _ARABIC.search(alias):
        # A name in both scripts («العربية Business») is matched on lower-cased text, like
        # any name that is not case-sensitive: its Latin letters are lower-cased too.
        return _SEP_RE.sub(_SPACE, normalize(alias).strip(" .")).translate(_LOWER), False
    # Short all-capital abbreviations (X, FT, US, MGX) are ordinary words in other cases.
    sensitive = len(alias) <= 3 and alias == alias.upper()
    key = _SEP_RE.sub(_SPACE, alias.strip(" ."))
    return (key if sensitive else key.translate(_LOWER)), sensitive


@lru_cache(maxsize=8192)
def _fold(name: str) -> str:
    """A matched name as a trie key: its word separators as _SPACE (the same few names
    recur in every article)."""
    return _SEP_RE.sub(_SPACE, name)


def _atoms(key: str) -> list[str]:
    return [_SEP if ch == _SPACE else re.escape(ch) for ch in key]


_G_SWAP = str.maketrans("غج", "جغ")


def _variants(alias: str, kind: str, sector: str) -> list[str]:
    """Spellings of an Arabic alias made by rule (see the module docstring)."""
    if not _ARABIC.search(alias):
        return []
    out = []
    if kind in ("org", "person", "product", "fund"):
        # Latin g is غ in the Levant and Gulf, ج in Egypt: one name, both letters.
        for a, b in (("غ", "ج"), ("ج", "غ")):
            if a in alias:
                out.append(alias.replace(a, b))
    if sector == "media" and not normalize(alias).startswith("ال"):
        out.append("ال" + alias)
    return out


@lru_cache(maxsize=4)
def _matcher(path: str) -> tuple[re.Pattern, re.Pattern | None, dict, dict]:
    gaz = _gazetteer(path)
    folded: dict[str, tuple[str, str, str]] = {}
    exact: dict[str, tuple[str, str, str]] = {}
    sector = gaz["sector"] if "sector" in gaz else pd.Series("", index=gaz.index)
    rows = list(zip(gaz["name_en"], gaz["name_ar"], gaz["kind"], sector, gaz["aliases"]))
    for name_en, name_ar, kind, _, aliases in rows:
        for alias in _aliases(name_en, aliases):
            key, sensitive = _alias_key(alias)
            (exact if sensitive else folded)[key] = (name_en, name_ar, kind)
    for name_en, name_ar, kind, sec, aliases in rows:  # listed aliases win over generated ones
        for alias in _aliases(name_en, aliases):
            for variant in _variants(alias, kind, sec):
                folded.setdefault(_alias_key(variant)[0], (name_en, name_ar, kind))
    for phrase, (name_en, name_ar) in government_phrases().items():  # «الحكومة المصرية»
        folded.setdefault(_alias_key(phrase)[0], (name_en, name_ar, "government"))
    # Arabic names may carry clitics: و ف, then ب ل ك (ل + ال contracts to لل, so
    # the ل of لل is a clitic only when the name is tried from the next letter).
    clitic = r"(?P<clitic>[وف]?[بلك]?)"
    main = word_start_regex(rf"{clitic}(?P<name>{trie_regex((_atoms(k) for k in folded), gated=True)})(?!\w)",
                            all(_is_word(k[0]) for k in folded))  # for word_starts
    # The short aliases without the look-behind: their first letters (capitals) let ``re``
    # skip to them; :func:`_at_word_start` checks the word start (the same matches).
    short = re.compile(rf"(?P<name>{trie_regex(_atoms(k) for k in exact)})(?!\w)") if exact else None
    return main, short, folded, exact


def _at_word_start(regex: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of ``(?<!\\w)`` + ``regex`` in ``text`` (what ``finditer`` gives), found
    by searching ``regex`` alone and checking the character before each match.

    A pattern that begins with a look-behind is tried at every position; one that begins
    with letters lets ``re`` jump from one of them to the next. A match after a word
    character is dropped and the search goes on from the next position, as ``finditer``
    of the look-behind pattern would.
    """
    pos = 0
    search = regex.search
    while True:
        m = search(text, pos)
        if m is None:
            return
        start = m.start()
        if start and _is_word(text[start - 1]):
            pos = start + 1
            continue
        yield m
        pos = m.end() if m.end() > start else start + 1


def find_entities(text: str, gazetteer: str | Path | None = None) -> list[EntityMention]:
    """All gazetteer matches in *normalized* text, ordered by position.

    Args:
        text: normalized text (see :func:`analysis.normalize`).
        gazetteer: another gazetteer CSV; default the bundled one.

    Returns:
        Mentions whose offsets cover the name only, not a leading clitic.
    """
    path = str(gazetteer) if gazetteer else _DEFAULT
    main, short, folded, exact = _matcher(path)
    found: dict[int, tuple[int, tuple[str, str, str]]] = {}
    # Lower-casing ASCII keeps every offset, and Arabic is untouched by it.
    lowered = _lower_ascii(text)
    capitals = lowered != text  # some A–Z
    for m in word_starts(main, lowered):  # offsets one more than in lowered
        name = m.group("name")
        # A name of letters only has no separator to fold (most Arabic names).
        hit = folded.get(name if name.isalpha() else _fold(name))
        if hit is None:
            # The trie can stop inside a longer alias (a prefix that is no name).
            continue
        if m.group("clitic") and _lookalike(m.group("clitic") + name):
            continue  # «كابل» is a cable, not ك + «ابل»
        start, end = m.span("name")
        found[start - 1] = (end - 1, hit)
    if "لل" in lowered:  # what _LIL needs
        for m in _contracted(lowered, folded, _first_words(path)):
            found.setdefault(m[0], m[1:])
    # Case-sensitive aliases are capitals (X, FT, US): a text without any has none of them.
    if short is not None and (capitals or not _all_capitals(path)):
        for m in _at_word_start(short, text):
            hit = exact.get(_fold(m.group("name")))
            if hit is not None:
                found.setdefault(m.start(), (m.end(), hit))
    out, last_end = [], -1
    for start in sorted(found):
        end, (en, ar, kind) = found[start]
        if start >= last_end:  # overlapping matches: the earlier one stays
            out.append(EntityMention(start, end, en, ar, kind))
            last_end = end
    return out


def _lookalike(word: str) -> bool:
    """Is ``word`` (a clitic and a name) a common word of ``clitic_lookalikes`` («كابل»), also
    behind «و» or «ف» («وكابل»)?"""
    words = _names_data()["clitic_lookalikes"]
    return word in words or (word[:1] in "وف" and word[1:] in words)


def _with_governments(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """``mentions`` where a country right after a verb of acting («أعلنت [السعودية]») is
    its government (:func:`~analysis.extract.governments.country_as_subject`), and so is
    a country joined to a government by «و», after it («أعلنت السعودية و[الإمارات]») or
    before it («[الإمارات] والسعودية اللتين تستثمران»)."""
    out = mentions
    for i, e in enumerate(mentions):
        if e.kind == "place":
            gov = country_as_subject(text, e.start, e.end)
            if gov is None and i and out[i - 1].kind == "government" and text[out[i - 1].end:e.start] in (" و", "\tو"):
                gov = government_of(text[e.start:e.end])  # «أعلنت السعودية و[الإمارات]»
            if gov is not None:
                if out is mentions:
                    out = list(mentions)
                out[i] = EntityMention(e.start, e.end, gov[0], gov[1], "government")
    # «[الإمارات] والسعودية اللتين تستثمران»: a country joined by «و» to a government after it.
    for i in range(len(out) - 2, -1, -1):
        e = out[i]
        if e.kind == "place" and out[i + 1].kind == "government" and text[e.end:out[i + 1].start] in (" و", "\tو"):
            gov = government_of(text[e.start:e.end])
            if gov is not None:
                if out is mentions:
                    out = list(mentions)
                out[i] = EntityMention(e.start, e.end, gov[0], gov[1], "government")
    return out


@lru_cache(maxsize=4)
def _all_capitals(path: str) -> bool:
    """Does every case-sensitive alias of the gazetteer hold a capital A–Z?"""
    return all(_UPPER_RUN.search(key) for key in _matcher(path)[3])


_LIL = re.compile(r"(?<!\w)[وف]?لل(?=\w)")
_LIL_AT = re.compile(r"لل(?=\w)")  # the same matches, found from their literal part (fast)


def _lil_matches(text: str) -> list[tuple[int, int]]:
    """The spans of ``_LIL.finditer(text)``: a literal search for لل, then the word-start check.

    A regex that begins with a look-behind is tried at every position; one that begins
    with a literal jumps from one occurrence to the next.
    """
    out = []
    for m in _LIL_AT.finditer(text):
        i = m.start()
        if i and text[i - 1] in "وف" and (i < 2 or not _is_word(text[i - 2])):
            out.append((i - 1, m.end()))
        elif not i or not _is_word(text[i - 1]):
            out.append((i, m.end()))
    return out


def _is_word(ch: str) -> bool:
    r"""What ``\w`` matches (``re`` with str patterns): letters, digits, numerics and ``_``."""
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=4)
def _first_words(path: str) -> frozenset[str]:
    """The first word of each folded alias of a gazetteer (its key up to the first _SPACE)."""
    return frozenset(key.split(_SPACE)[0] for key in _matcher(path)[2])


_WORD = re.compile(r"\w+")


def _contracted(text: str, folded: dict, firsts: frozenset[str]) -> list[tuple[int, int, tuple[str, str, str]]]:
    """Names after ل + ال contracted to لل (للصين = ل + الصين).

    ``firsts`` are the first words of the keys of ``folded`` (:func:`_first_words`): a
    word after لل whose ال form is none of them starts no alias, and its lookups are
    skipped (most لل are «للشركة», «للذكاء»).
    """
    out = []
    for m_start, m_end in _lil_matches(text):
        # The first word as the lookups below read it (within the same 60 characters).
        first = _WORD.match(text, m_end, m_end + 60)
        if first is None or "ال" + first.group() not in firsts:
            continue
        # Re-read the word as if it began with ال and look the longest alias up.
        tail = text[m_end:m_end + 60]
        words = _WORDS_AHEAD.match(tail)
        if not words:
            continue
        parts = words.group().split()
        for n in range(len(parts), 0, -1):
            hit = folded.get(_SPACE.join(["ال" + parts[0], *parts[1:n]]))
            if hit:
                # The n words read, not what sticks to the last one («للاتحاد الأوروبي،»: no comma).
                span_end = m_end + len(re.match(r"\w+" + r"\s+\w+" * (n - 1), tail).group())
                out.append((m_end - 1, span_end, hit))
                break
    return out


# Tanween (ً ٌ ٍ), which normalization drops: it marks an indefinite noun or adjective («تفاعلاً
# واسعاً», «نهجًا», «كلامًا»), never a name; a mention whose raw words carry it is none (a
# name found by rule, or a listed name read inside a word: «ك» + «لاما» in «كلامًا»).
_TANWEEN = re.compile("[\u064b-\u064d]")


def extract_entities(corpus_or_text: pd.DataFrame | str, gazetteer: str | Path | None = None,
                     texts: Iterable[ArticleText] | None = None,
                     mentions: Iterable[list[EntityMention]] | None = None,
                     name_filter: bool = True, furniture: bool = True, respell: bool = True) -> pd.DataFrame:
    """One row per entity mention, with raw offsets and the raw sentence.

    Args:
        corpus_or_text: a corpus from :func:`analysis.load_corpus`, or one string
            (then ``article_id`` is None).
        gazetteer: another gazetteer CSV; default the bundled one.
        texts: the corpus's articles already prepared by
            :func:`analysis.mentions.article_texts` (one per row, in order), so that
            several extractors share one normalization; by default they are prepared here.
        mentions: with ``texts``, each article's :func:`find_all_entities` of its
            normalized text (with the same gazetteer), if already found.
        name_filter: leave out the names found by rule that the learned filter takes
            for no name (:mod:`analysis.extract.name_filter`); False: every name the
            rules found.
        furniture: leave out the mentions in what the page says about itself that the
            boilerplate data does not mask (bylines, credits, a caption's source, a
            masthead, a dateline: convention C10; :mod:`analysis.extract.furniture`) and
            the article's own outlet named by the catalog (:mod:`analysis.extract.outlets`);
            a name the story also tells of elsewhere stays. The parties see every mention.
        respell: show each name found by rule as the corpus writes it (its hamzas:
            :mod:`analysis.extract.spelling`); False: its normalized key (for a caller
            that extracts a corpus in parts and respells the whole, :func:`analysis.run.partition.gather`).

    Returns:
        Columns ``article_id, start, end, surface, sentence, sentence_start,
        sentence_end, name_en, name_ar, kind, sector, known``; ``raw[start:end] == surface``.
        ``known`` is False for a name found by rule (:func:`find_all_entities`). A mention
        whose raw words carry tanween («نهجًا») is left out: an indefinite noun is no name;
        so is a government named after its building where that is a place («في البيت
        الأبيض»; :func:`_without_seats`). A listed company followed by capitalized Latin
        words is the product they name («Google Finance»; :func:`_product_editions`). The
        parties see the mentions as :func:`find_all_entities` gives them.
    """
    columns = ENTITY_COLUMNS
    records: list[tuple] = []  # one tuple per mention, in the order of columns
    sector = sectors(gazetteer).get  # a listed name's sector; a name found by rule has none
    forms: Counter = Counter()
    arts = article_texts(corpus_or_text) if texts is None else texts
    for art, found, site in zip(arts, repeat(None) if mentions is None else mentions, outlets_of(corpus_or_text)):
        ents = find_all_entities(art.norm.text, gazetteer) if found is None else found
        if respell:
            forms.update(article_forms(art, ents))
        if name_filter and any(not e.known for e in ents):
            drop = filtered_names(art.norm.text, ents)  # names found by rule the model takes for no name
            if drop:
                ents = [e for e in ents if e.known or e.name_en not in drop]
        if furniture:
            # the site that published the article, named in its own page, is not a name it cites
            ents = without_own_outlet(site, art.norm.text, ents)
            ents = _without_furniture(art.norm.text, ents, gazetteer)  # bylines, credits, captions, mastheads
        ents = _without_seats(art.norm.text, ents)  # «في البيت الأبيض»: a place, no body acting
        if _CAPITAL_AFTER.search(art.norm.text):
            ents = _product_editions(art.norm.text, ents, ("org",))  # «Google Finance»: the company's product
        aid = art.article_id
        records.extend((aid, *where, e.name_en, e.name_ar, e.kind, sector(e.name_en, "") if e.known else "", e.known)
                       for e, where in zip(ents, mention_spans(art, [(e.start, e.end) for e in ents]))
                       if not _TANWEEN.search(where[2]))
    # columns, not a dict per row: many rows
    cols = {c: list(v) for c, v in zip(columns, zip(*records))} if records else {c: [] for c in columns}
    df = frame(cols, columns)
    if not records:  # an empty table's sector column is text too, as pandas makes it with rows
        with python_strings():
            df["sector"] = df["sector"].astype(str)
    df["known"] = df["known"].astype(bool)
    return respell_entities(df, spellings(forms)) if respell else df


def outlets_of(corpus_or_text: pd.DataFrame | str) -> Iterator[Outlet]:
    """Each article's own outlet (:mod:`analysis.extract.outlets`), from the corpus's
    ``publisher`` and ``url`` columns; none for a string or a corpus without them."""
    if isinstance(corpus_or_text, str) or not ({"publisher", "url"} & set(corpus_or_text.columns)):
        return repeat(outlet("", ""))
    n = len(corpus_or_text)
    pubs = corpus_or_text["publisher"] if "publisher" in corpus_or_text else [""] * n
    urls = corpus_or_text["url"] if "url" in corpus_or_text else [""] * n
    return (outlet(p if isinstance(p, str) else "", u if isinstance(u, str) else "") for p, u in zip(pubs, urls))


def find_all_entities(text: str, gazetteer: str | Path | None = None) -> list[EntityMention]:
    """Gazetteer names plus names found by rule, ordered by position.

    A country right after a verb of acting («أعلنت السعودية») is its government, with
    a canonical name and ``known`` True (:mod:`analysis.extract.governments`). A name
    found by rule (a cue word, a title, Latin script; see :mod:`analysis.extract.names`)
    that overlaps a gazetteer name is dropped: the gazetteer wins, except for a place or
    a short capital alias inside a longer Latin name («Lebanon 24»). The same unlisted
    name written in both scripts («شركة ماغنيتار (Magnetar)») keeps one name, the Latin one.

    Args:
        text: normalized text.
        gazetteer: another gazetteer CSV; default the bundled one.

    Returns:
        Mentions; those found by rule have ``known`` False and ``name_ar`` = the
        Arabic surface or "".
    """
    known = _with_governments(text, find_entities(text, gazetteer))
    if "://" in text or "www." in text or ".com/" in text:  # «pic.twitter.com/…» comes without either
        known = _outside_addresses(text, known)
    if "." in text:  # a one-letter name glued after a dot is a letter of a dotted name («A.X 4.0»)
        known = [e for e in known if not (e.end - e.start == 1 and e.start >= 2 and text[e.start - 1] == "."
                                          and text[e.start - 2].isalnum())]
    if any(w in text for w in _letter_names()):
        known = [e for e in known if not _inside_spelled_name(text, e)]
    starts = [e.start for e in known]  # sorted, and the mentions do not overlap
    out = list(known)
    dropped: set[int] = set()
    for cand in find_names(text):
        if cand.body > 1 or (cand.body == 1 and cand.kind == "government"):
            # «المحكمة المركزية [في تل أبيب]»: a place after a body with the article names it;
            # so does a country after a state's body named without one («وزارة الاتصالات [في مصر]»:
            # which state's ministry, convention C25), not a city («هيئة ... في دبي»: where it acts).
            place = _place_after(text, known, starts, cand.end)
            if place is None and cand.body == 2:
                continue
            if place is not None and cand.body == 1 and government_of(text[known[place].start:known[place].end]) is None:
                place = None
            if place is not None:
                dropped.add(place)
                cand.end = known[place].end
                cand.name = cand.name_ar = text[cand.start:cand.end]
                cand.body = 4  # with its place: wins over a listed name inside it («المحكمة الفيدرالية»)
                cand.over_place = True  # and over the place it now holds
        i = bisect.bisect_left(starts, cand.end) - 1  # the last name starting before cand ends
        arabic = bool(_ARABIC.search(cand.name))
        if i >= 0 and known[i].end > cand.start:
            inside = _covered(text, known, starts, cand, gazetteer) \
                if not arabic or cand.over_place or cand.quoted else None
            if not inside:
                continue
            dropped.update(inside)
        name_ar = cand.name_ar or (cand.name if arabic else "")
        out.append(EntityMention(cand.start, cand.end, cand.name, name_ar, cand.kind, known=False, rule=cand.rule))
    if dropped:
        out = [e for i, e in enumerate(out) if i not in dropped]
    out.sort(key=lambda e: e.start)
    if " و" in text:
        out = _coordinated_people(text, out)
    if any(q in text for q in _CLOSING):
        out = _quoted_siblings(text, out)
    out = [_versioned(text, e) if e.kind == "product" and e.known else e for e in out]
    if _CAPITAL_AFTER.search(text):
        out = _product_editions(text, out)
    out = _latin_gloss(text, _shorter_names(text, out))
    if "(" in text:
        out = _acronyms(text, out)
    heads = _names_data()["index_heads"]
    if any(h in text for h in heads):
        out = [e for e in out if not _index_name(text, e, heads)]
    out = _without_events(text, out, gazetteer)
    instruments = _names_data()["instrument_heads"]
    if any(h in text for h in instruments):
        out = [e for e in out if not (e.kind == "government" and e.known and _after_head(text, e, instruments))]
    return _senses(text, _near_spellings(out, gazetteer), gazetteer)


def _without_seats(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """``mentions`` without the governments named after their building (``seat_names``:
    the White House, the Kremlin) where the building is a place (:func:`_named_as_place`),
    as a country named only as a place is no government (C20). The parties see them all."""
    seats = _names_data()["seat_names"]
    return [e for e in mentions if not (e.known and e.name_en in seats and _named_as_place(text, e))]


def _named_as_place(text: str, ent: EntityMention) -> bool:
    """Is the building ``ent`` names a place here: right after a preposition of place
    (``place_prepositions``: «[في] البيت الأبيض», «[عاد إلى] البيت الأبيض») or «ل» glued to it
    («عودته [ل]لبيت الأبيض»)? Then no body acts (as a country named only as a place)."""
    if ent.start and text[ent.start - 1] == "ل" and (ent.start < 2 or not text[ent.start - 2].isalnum()
                                                     or text[ent.start - 2] in "وف" and (ent.start < 3 or not text[ent.start - 3].isalnum())):
        return True  # «للبيت الأبيض»: the gazetteer's name starts after «ل»
    m = _WORD_BEFORE.search(text, max(0, ent.start - 30), ent.start)
    if m is None or text[m.end(1):ent.start].strip():
        return False
    word = m.group(1)
    return word in _names_data()["place_prepositions"] or (word[:1] in "وف" and word[1:] in _names_data()["place_prepositions"])


# «و» and a second person's name right after a person: two or three words (a double family
# name joined by a hyphen is one word), then what ends a name: punctuation, a line end or a word
# that can be no part of a name (checked by the caller).
_AND_PERSON = re.compile(r"[ \t]+و([\u0621-\u064a]{2,})[ \t]+([\u0621-\u064a]{2,}(?:-[\u0621-\u064a]{2,})?)"
                         r"(?:[ \t]+([\u0621-\u064a]{2,}(?:-[\u0621-\u064a]{2,})?))?")
_NAME_END = re.compile(r"[ \t]*(?:[،,.:;؛)»\"”—–]|\n|$)")
_NEXT_WORD = re.compile(r"[ \t]+([\u0621-\u064a]+)")


def _coordinated_people(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A person named right after another person and «و» is a person too: «أسسها رائدا الأعمال
    [سامي حداد] و[ليلى منصور] عام 2015», «الكاتبان [جون ريد] و[ماري آن كول]،». The second name's
    words must each be able to be a name (no function word, verb, title or cue noun); it is two
    words before a word that can be none («عام»), or two or three before punctuation or a line
    end. The first person is named in full (two words or more): a family name alone is often the
    complement of a noun («رد ماسك وموعد الرد»). A name the gazetteer or another rule gave there
    stays as it is."""
    data = _names_data()
    starts = [e.start for e in mentions]
    added = []
    for e in mentions:
        if e.kind != "person" or len(text[e.start:e.end].split()) < 2:
            continue  # «رد ماسك وموعد …»: a family name alone is often a noun's complement
        m = _AND_PERSON.match(text, e.end)
        if m is None:
            continue
        words = [w for w in m.groups() if w]
        if not all(_person_part(w, data) for w in words[:2]):
            continue
        end = m.end(2)
        if len(words) == 3 and _person_part(words[2], data) and _NAME_END.match(text, m.end(3)):
            end = m.end(3)
        elif not _NAME_END.match(text, end):
            nxt = _NEXT_WORD.match(text, end)
            if nxt is None or _person_part(nxt.group(1), data):
                continue  # «[X] وسامي حداد ليلى»: where the name ends is not clear
        start = m.start(1)
        i = bisect.bisect_left(starts, start)
        if (i < len(mentions) and mentions[i].start < end) or (i and mentions[i - 1].end > start):
            continue
        name = text[start:end]
        added.append(EntityMention(start, end, name, name, "person", known=False, rule="coordinated"))
    return sorted([*mentions, *added], key=lambda e: e.start) if added else mentions


def _person_part(word: str, data: dict) -> bool:
    """Can ``word`` (a hyphenated double name too) be a word of a person's name after «و»? A noun
    with «his» («حكومته», «شركته») is none."""
    return not word.endswith("ته") and all(_name_word(part, data) and not _verb_shape(part) for part in word.split("-"))


def _without_furniture(text: str, mentions: list[EntityMention], gazetteer: str | Path | None) -> list[EntityMention]:
    """``mentions`` without those in what the page says about itself (its bylines, photo
    credits, masthead and own dateline: :mod:`analysis.extract.furniture`)."""
    spans = credit_spans(text)
    sector = sectors(gazetteer)
    out = []
    for e in mentions:
        if any(a <= e.start and e.end <= b for a, b in spans):
            continue
        if e.kind == "org" and (sector.get(e.name_en) == "media" if e.known else e.rule in _OUTLET_RULES) \
                and outlet_furniture(text, e.start, e.end, e.known):
            continue
        if e.kind == "person" and person_furniture(text, e.start, e.end):
            continue
        out.append(e)
    return out


_OUTLET_RULES = frozenset(("dateline", "outlet"))


# The word right before a name (a quotation mark or bracket between), and a number right after it.
_WORD_BEFORE = re.compile(r"(?<!\w)([\u0621-\u064a]+)[ \t]*[«\"“”(]?[ \t]*$")
_NUMBER_AFTER = re.compile(r"[ \t]*[»\"”″]?[ \t]*\d")


def _without_events(text: str, mentions: list[EntityMention], gazetteer: str | Path | None) -> list[EntityMention]:
    """``mentions`` without the listed events (sector 'event': a conference, a trade fair):
    an occasion where parties meet is no party («خلال مبادرة مستقبل الاستثمار»). Right after a
    noun of ``event_organiser_heads`` («مؤسسة «مبادرة مستقبل الاستثمار»») the name is the
    organisation that holds the event, and stays."""
    sector = sectors(gazetteer)
    if not any(e.known and sector.get(e.name_en) == "event" for e in mentions):
        return mentions
    heads = _names_data()["event_organiser_heads"]
    return [e for e in mentions if not (e.known and sector.get(e.name_en) == "event" and not _after_head(text, e, heads))]


def _index_name(text: str, ent: EntityMention, heads: frozenset) -> bool:
    """Is ``ent`` a market index: right after a noun of ``index_heads`` («مؤشر», with the
    article or a clitic) and ending in a number or followed by one («مؤشر S&P 500»,
    «مؤشر فاينانشال تايمز 100»)? An index named after its maker alone («مؤشر بلومبرغ
    للمليارديرات») has no number: the maker stays a name."""
    if not (text[ent.end - 1:ent.end].isdigit() or _NUMBER_AFTER.match(text, ent.end)):
        return False
    return _after_head(text, ent, heads)


def _after_head(text: str, ent: EntityMention, heads: frozenset) -> bool:
    """Does ``ent`` stand right after a noun of ``heads`` (with the article or a clitic):
    «[سندات] الخزانة الأمريكية», «وسندات ...», «السندات ...», «[مؤشر] ...»?"""
    m = _WORD_BEFORE.search(text, max(0, ent.start - 30), ent.start)
    if m is None:
        return False
    word = m.group(1)
    for w in (word, word[1:] if word[:1] in CLITICS else word):
        if w in heads or (w.startswith("ال") and w[2:] in heads):
            return True
    return False


# A web address: a run of non-space characters holding «://» or «www.», or a host's «.com/»
# in such a run («pic.twitter.com/…» after «https://t.co/…» on a line).
_ADDRESS = re.compile(r"[^\s()\[\]<>«»\"“”]*(?:https?://|www\.|\.com/)[^\s()\[\]<>«»\"“”]*")


def _outside_addresses(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """``mentions`` without the Latin names inside a web address («https://…/techcrunch.com/…»,
    «pic.twitter.com/…»): a site's address is the page's furniture, as for names found by
    rule (:mod:`analysis.extract.names`); a name glued to a dot in prose («H20.وفرضت») stays."""
    spans = [m.span() for m in _ADDRESS.finditer(text) if "/" in m.group()]
    if not spans:
        return mentions
    starts = [a for a, _ in spans]
    out = []
    for e in mentions:
        i = bisect.bisect_right(starts, e.start) - 1
        if i >= 0 and e.end <= spans[i][1] and text[e.start:e.end].isascii():
            continue
        out.append(e)
    return out


@lru_cache(maxsize=1)
def _letter_names() -> frozenset[str]:
    """Spelled Latin letters (``name_initials``: «إكس», «إن») that are no function word («في», «إن»
    = that): one alone may be a listed name («إكس» is X), one beside another is a longer acronym."""
    data = _names_data()
    return frozenset(data["initials"] - data["not_names"])


_SPELLED_AROUND = re.compile(r"(?<![\w.])([\u0621-\u064a]+|\d+)[ \t]+$")
_SPELLED_NEXT = re.compile(r"[ \t]*(\d+|[\u0621-\u064a]+)(?![\w.])")
_QUOTED_LETTERS = re.compile(r'[«"“”]([^«»"“”\n]{1,30})[»"”“]')


def _inside_spelled_name(text: str, ent: EntityMention) -> bool:
    """Is a listed name spelled as one Latin letter («إكس»: X) part of a longer name spelled
    letter by letter or with a number: «42 إكس», «إكس 86», «إكس واي», a quoted «"إكس إن"»
    («في» and «إن» count as letters only inside such quotes: elsewhere they are words)?"""
    surface = text[ent.start:ent.end]
    if surface not in _letter_names():
        return False
    before = _SPELLED_AROUND.search(text, max(0, ent.start - 12), ent.start)
    after = _SPELLED_NEXT.match(text, ent.end)
    letters = _letter_names()
    if (before and (before.group(1).isdigit() or before.group(1) in letters)) \
            or (after and (after.group(1).isdigit() or after.group(1) in letters)):
        return True
    quoted = _QUOTED_LETTERS.search(text, max(0, ent.start - 16), min(len(text), ent.end + 16))
    initials = _names_data()["initials"]
    return quoted is not None and quoted.start(1) <= ent.start and ent.end <= quoted.end(1) \
        and len(quoted.group(1).split()) > 1 and all(w in initials or w.isdigit() for w in quoted.group(1).split())


def _shorter_names(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """An unlisted Arabic name of two words or more whose words open a longer name of the
    same kind in the same text is that name, cut: «بيرل كومبيوتينغ» after «بيرل كومبيوتينغ
    ماليزيا», «هيئة حماية البيانات» after «هيئة حماية البيانات الإيطالية» (listed; a listed
    fund, government or organization whatever kind the shorter one was guessed: «الهيئة العامة
    للاستثمار» after «الهيئة العامة للاستثمار الكويتية»); one
    Arabic word only when the longer name comes first («دومينيون» after «دومينيون إنيرجي»). So is an
    unlisted Latin name, one word too, that opens a longer Latin one before a space or a dot,
    when the text gives the longer one first («Singular» after «Singular Computing»,
    «Character» after «Character.AI»); named first, the short one is another, whole
    («Wiz» before its product «Wiz Code», «ABB» before «ABB Robotics»)."""
    cut = [i for i, e in enumerate(mentions) if not e.known
           and ((e.name_en == e.name_ar) or (not e.name_ar and e.name_en[:1].isascii()))]
    if not cut:
        return mentions
    out = list(mentions)
    first: dict[str, int] = {}
    for i in cut:
        first.setdefault(mentions[i].name_en, mentions[i].start)
    # The longer names that may hold a name open with its first word: mentions by the first
    # word of the text where they start (up to a blank or a dot), and one answer per kind of
    # question (a text naming one company a thousand times asks once).
    by_head: dict[str, list[EntityMention]] = {}
    for o in mentions:
        by_head.setdefault(_HEAD_WORD.match(text, o.start).group(), []).append(o)
    answers: dict[tuple, EntityMention | None] = {}
    for i in cut:
        e = mentions[i]
        heads, before = (e.name_en + " ",), len(text)
        if " " not in e.name_en:  # one Arabic word («دومينيون»): only after the longer name («دومينيون إنيرجي»)
            before = first[e.name_en]
        if not e.name_ar:
            heads, before = (e.name_en + " ", e.name_en + "."), first[e.name_en]
        key = (heads, before, e.kind, e.end - e.start)
        if key not in answers:
            longer = [o for o in by_head.get(_HEAD_WORD.match(heads[0]).group(), ())
                      if (o.kind == e.kind or (o.known and o.kind in _BODY_KINDS and e.kind in _BODY_KINDS))
                      and o.end - o.start > e.end - e.start
                      and o.start < before and text.startswith(heads, o.start)]
            answers[key] = min(longer, key=lambda o: o.end - o.start) if longer else None
        o = answers[key]
        if o is not None:
            out[i] = EntityMention(e.start, e.end, o.name_en, o.name_ar, o.kind, o.known)
    return out


_HEAD_WORD = re.compile(r"[^ .]*")  # a name's first word, up to a blank or a dot
# A body's kind found by rule is a guess from its head («هيئة»: government); a listed longer
# name it opens («الهيئة العامة للاستثمار الكويتية», a fund) tells the kind.
_BODY_KINDS = frozenset(("government", "fund", "org"))


# A version number after a product's name («جروك 4», «Gemini 2.5»): one or two digits and
# an optional decimal, not the start of an amount, a date or a longer number.
_VERSION = re.compile(r"[ \t]+(\d{1,2}(?:\.\d)?)(?![\d.,٫/\-%])(?![ \t]*(?:[٪%]|\w+[ \t]+\d{4}))(?:[ \t]+(\w+))?")


# Capitalized Latin words right after a name, one space apart (an edition or a product's
# longer name: «Grok 4 Fast», «Azure Front Door», «Grok For Government»).
_EDITION_WORDS = re.compile(r"(?:[ ](?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]))+(?![\w\-]|\.\w)")
_CAPITAL_AFTER = re.compile(r"[A-Za-z0-9][ ][A-Z]")


def _product_editions(text: str, mentions: list[EntityMention],
                      kinds: tuple[str, ...] = ("product",)) -> list[EntityMention]:
    """A listed product written in Latin letters and followed, one space apart, by
    capitalized Latin words that no listed name starts is the longer product those words
    name: an edition or a service of it («Grok 4 Fast», «Azure Front Door», «Grok For
    Government»), not the product itself; the longer name is the one the text gives. With
    ``kinds`` holding "org" (the entities table only: the parties keep the company, which
    pays and receives), so is a listed company followed by such words that are no part of a
    company's name (:func:`_org_product`): its product or service («Google Finance»,
    «Microsoft Cloud»).
    Acronyms («Grok AI», «Gemini API») are no part of it: a word of capitals only stops it."""
    out = list(mentions)
    drop: set[int] = set()
    for i, e in enumerate(out):
        if e.kind not in kinds or not e.known or not text[e.start:e.end].isascii():
            continue
        m = _EDITION_WORDS.match(text, e.end)
        if m is None:
            continue
        end = m.end()
        if e.kind == "org" and not _org_product(m.group()):
            continue  # «Nvidia Corp», «OpenAI Group»: the company's own longer name, no product
        nxt = i + 1
        while nxt < len(out) and out[nxt].start < end:
            if out[nxt].known:  # «Copilot Microsoft …»: a listed name starts there
                end = -1
                break
            nxt += 1
        if end < 0:
            continue
        drop.update(range(i + 1, nxt))
        surface = text[e.start:end]
        out[i] = EntityMention(e.start, end, surface, "", "product", known=False, rule="edition")
    return out if not drop else [e for j, e in enumerate(out) if j not in drop]


def _org_product(words: str) -> bool:
    """Do the capitalized Latin ``words`` after a listed company name a product or service of
    it («Google [Finance]», «Microsoft [Cloud]», «Wiz [Code]»), not the company's longer name
    nor a common noun after it: words of two letters or more, none a legal suffix, a company
    or fund word (``latin_legal_suffixes``, ``latin_company_words``, ``latin_org_heads``,
    ``fund_words``: «Corp», «Group», «Technologies», «Equity») or the plural of an acronym
    («GPUs»)?"""
    data = _names_data()
    return all(len(w) >= 2 and not _PLURAL_ACRONYM.fullmatch(w) and w.casefold() not in data["legal"]
               and w.casefold() not in data["company_words"] and w.casefold() not in data["fund_words"]
               for w in words.split())


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # «GPUs», «LLMs»: a common noun's plural


def _versioned(text: str, ent: EntityMention) -> EntityMention:
    """A listed product with its version number: «جروك 4» is Grok 4, not Grok; a
    number that counts something («جروك 4 مليارات», «جروك 4 دولارات») stays out."""
    m = _VERSION.match(text, ent.end)
    if m is None or (m.group(2) and _counted(m.group(2))):
        return ent
    num = m.group(1)
    return EntityMention(ent.start, m.end(1), f"{ent.name_en} {num}", f"{ent.name_ar} {num}" if ent.name_ar else "",
                         ent.kind, known=ent.known)


@lru_cache(maxsize=1)
def _count_words() -> frozenset:
    """Words a number before them counts: scales («مليار») and currency words («دولارات»)."""
    spec = json.loads((Path(__file__).resolve().parents[1] / "data" / "currencies.json").read_text(encoding="utf-8"))
    forms = [f for entry in spec["words"].values() for f in entry["forms"]]
    return frozenset(normalize(w) for w in (*lexicon().scales, *forms))


def _counted(word: str) -> bool:
    """Does a number before ``word`` count it (an amount, not a version)?"""
    return word in _count_words() or (word[:1] in "وفبل" and word[1:] in _count_words())


_IN_PLACE = re.compile(r"[ \t]+في[ \t]+(?:ولاية[ \t]+|مدينة[ \t]+|مقاطعة[ \t]+)?")


def _place_after(text: str, known: list[EntityMention], starts: list[int], end: int) -> int | None:
    """The index in ``known`` of a place named right after ``end`` behind «في» (and «ولاية»,
    «مدينة», «مقاطعة»): «المحكمة المركزية في تل أبيب», «... في ولاية تكساس»; else None."""
    m = _IN_PLACE.match(text, end)
    if m is None:
        return None
    i = bisect.bisect_left(starts, m.end())
    if i < len(known) and known[i].start == m.end() and known[i].kind in ("place", "government"):
        return i
    return None


_CLOSING = frozenset('"”»')
# «"ثرايف كابيتال" و"دراغونر إنفستمنت"»: after a closing quote, «و» or a comma, then a quoted
# name of one to four words (writers open with ” as well as “).
# An aside in brackets may follow each name («"X" (52 مليار دولار)، و"Y"»).
_SIBLING = re.compile(r'(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*[،,][ \t]*و?|[ \t]*و)[ \t]*["“”«]([^"“”«»\n،,.]{2,50}?)[ \t]*["”»]')
_SIBLING_MAX_WORDS = 4


def _quoted_siblings(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """An unlisted quoted name coordinated with a quoted listed one, or with a quoted name
    ending in a company word («"نوفاريس كابيتال"»), takes its kind:
    «تضم "سوفت بنك" و"إنفيديا" و"نوفاريس كابيتال"» — the third is a name too; so is a
    product's quoted sibling («رقائق "بلاكويل" و"نوفا"»).

    Only names after a listed one (the chain goes on from each name added); the quoted
    words must not start with the article or a function word (no «"الذكاء الاصطناعي"»).
    """
    data = _names_data()
    starts = [e.start for e in mentions]
    added: list[EntityMention] = []
    reached = -1  # where the last chain stopped: a name inside it starts no chain again (linear time)
    for ent in mentions:
        if not (ent.known or ent.rule in ("quoted", "suffixed")) or ent.start < reached:
            continue  # listed, or ending in a company word («كابيتال»)
        prev = ent
        while prev.kind in ("org", "fund", "product"):
            if prev.end >= len(text) or text[prev.end] not in _CLOSING or prev.start == 0 \
                    or text[prev.start - 1] not in '"“”«':
                break
            m = _SIBLING.match(text, prev.end + 1)
            if m is None:
                break
            inner = m.group(1).strip()
            words = inner.split()
            if len(words) > _SIBLING_MAX_WORDS or words[0].startswith("ال") or words[0] in data["not_names"] \
                    or words[0] in data["person_not"]:
                break
            i = bisect.bisect_left(starts, m.end(1))
            start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            if i > 0 and mentions[i - 1].end > m.start(1):
                there = mentions[i - 1]
                if there.start == start and there.end == start + len(inner) and there.kind in ("org", "fund", "product") \
                        and not there.known:
                    prev = there  # the whole quoted name is already found by rule: the chain goes on from it
                    continue
                break  # a name is already there
            arabic = bool(_ARABIC.search(inner))
            prev = EntityMention(start, start + len(inner), inner, inner if arabic else "", prev.kind, known=False,
                                 rule="sibling")
            added.append(prev)
        reached = max(reached, prev.end)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda e: e.start)


def _covered(text: str, known: list[EntityMention], starts: list[int], cand,
             gazetteer: str | Path | None = None) -> list[int] | None:
    """The known mentions a longer Latin name holds when they are only a place or a
    short capital alias inside it («Lebanon 24», «X Square Robot», «US Steel»), the
    places inside an outlet after a media cue («صحيفة الرياض»), any shorter names
    inside a whole quoted name after a cue («صندوق "هيوماين فنتشرز"»), or a listed name
    that is no outlet inside an outlet's name with a media suffix («إرم نيوز»: not Arm;
    «بلومبرغ نيوز» stays Bloomberg), else None. A run made of listed names only («xAI
    Grok») is those names (None)."""
    lo = bisect.bisect_right(starts, cand.start) - 1
    if lo >= 0:  # the two common cases first (the known names are sorted and do not overlap)
        first = known[lo]
        if first.end > cand.start and (first.start < cand.start or first.end > cand.end):
            return None  # it holds the candidate's start and reaches out of the candidate
        if first.start == cand.start and first.end == cand.end:  # the same words: nothing else inside
            return [lo] if cand.over_place and first.kind == "place" else None
    idx = []
    for i in range(max(lo, 0), len(known)):
        if known[i].start >= cand.end:
            break
        if known[i].end > cand.start:
            idx.append(i)
    if not idx or any(known[i].start < cand.start or known[i].end > cand.end for i in idx):
        return None
    if cand.over_place and all(known[i].kind == "place" for i in idx):
        return idx  # «صحيفة [الرياض]»: the outlet, not the city
    if sum(known[i].end - known[i].start for i in idx) >= cand.end - cand.start:
        return None
    if len(idx) > 1 and text[cand.start:cand.end].translate(_NO_SPACE) \
            == "".join(text[known[i].start:known[i].end] for i in idx).translate(_NO_SPACE):
        return None  # «xAI Grok»: a run of listed names and spaces only is those names
    if cand.quoted or cand.body == 4:  # «صندوق "[هيوماين] فنتشرز"»: the whole quoted name; a court and its place
        if len(idx) == 1 and known[idx[0]].end == cand.end and known[idx[0]].start - cand.start <= 2 \
                and all(ch in _CLITIC_LETTERS for ch in text[cand.start:known[idx[0]].start]):
            return None  # «"لأمازون ويب سيرفيسز"»: a clitic preposition and the listed name, no longer name
        if len(idx) == 1 and known[idx[0]].start == cand.start and known[idx[0]].kind == "org" \
                and text[known[idx[0]].end:cand.end].split() \
                and set(text[known[idx[0]].end:cand.end].split()) <= _names_data()["company_forms"]:
            return None  # «شركة "<listed name> تكنولوجيز"»: the listed company and its legal form, no other one
        return idx
    if cand.outlet and all(sectors(gazetteer).get(known[i].name_en) != "media" for i in idx):
        return idx
    if cand.over_place or _ARABIC.search(cand.name):
        return None
    small = all(known[i].kind == "place" or (known[i].end - known[i].start <= 3
                                              and text[known[i].start:known[i].end].isupper()) for i in idx)
    return idx if small else None


_NO_SPACE = str.maketrans("", "", " \t")
_CLITIC_LETTERS = frozenset("وفبلك")
_GLOSS = re.compile(r"\s*[(]\s*([^()\n]{2,60}?)\s*[)]")
_QUOTED_GLOSS = re.compile(r"[ \t]*[»\"”]?\s*[(]\s*([^()\n]{2,60}?)\s*[)]")  # «"تينسنت هولدينغز" (…)»


_DEFINITE_WORD = re.compile(r"(?<!\w)(?:و?ال|لل)[\u0621-\u064a]{2,}")


def _latin_gloss(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """An unlisted Arabic name glossed by a Latin one in brackets takes the Latin name; a
    person never takes an acronym («سارة الحمدان (QRT)»: the bracket names her employer),
    nor a name of common words with the article («صندوق المناخ والتحول (KTF)»): its
    acronym is its short form and takes the Arabic name (:func:`_acronyms`). A listed name
    that is only the first words of a longer gloss («كامبريكون تكنولوجيز كورب» (Cambricon
    Technologies Corp), «فيدليتي أوفرسييز» (Fidelity Overseas)) is no name of its own there:
    the Arabic name takes the whole gloss. A gloss that is the first words of the listed
    name before it is that name («"مون شوت" (Moonshot)» after the listed Moonshot AI)."""
    out = list(mentions)
    dropped = None
    for i, ent in enumerate(out[:-1]):
        nxt = out[i + 1]
        if nxt.known and not ent.known and ent.kind != "person" and _ARABIC.search(ent.name_en) \
                and not _ARABIC.search(nxt.name_en):
            m = _QUOTED_GLOSS.match(text, ent.end)
            if m and m.start(1) == nxt.start and nxt.end < m.end(1) and text[nxt.end] in " \t" \
                    and not _ARABIC.search(m.group(1)) and len(m.group(1).split()) == len(ent.name_en.split()):
                out[i] = EntityMention(ent.start, ent.end, m.group(1), ent.name_ar, ent.kind, known=False)
                dropped = (dropped or set()) | {i + 1}
            continue
        if ent.known and not nxt.known and not _ARABIC.search(nxt.name_en) \
                and (ent.name_en.casefold().startswith(nxt.name_en.casefold() + " ")
                     or (ent.kind not in ("person", "place") and _ARABIC.match(text, ent.start)
                         and len(nxt.name_en.split()) == len(text[ent.start:ent.end].split()))):
            # «"مون شوت" (Moonshot)»: the listed Moonshot AI; «"نيورالينك" (Nueralink)»: a listed
            # name's gloss, word for word, however spelled
            m = _QUOTED_GLOSS.match(text, ent.end)
            if m and m.start(1) == nxt.start and m.end(1) == nxt.end:
                out[i + 1] = EntityMention(nxt.start, nxt.end, ent.name_en, ent.name_ar, ent.kind, known=True)
            continue
        if ent.known or nxt.known or not _ARABIC.search(ent.name_en) or _ARABIC.search(nxt.name_en) \
                or (_ACRONYM.fullmatch(nxt.name_en) and (ent.kind == "person" or _DEFINITE_WORD.search(ent.name_en))):
            continue
        m = _QUOTED_GLOSS.match(text, ent.end)  # «"ميرج لابس" (Merge labs)», the quote closed or none
        if m and m.start(1) == nxt.start:
            gloss = m.group(1)  # the whole gloss when it renders the name word for word («Tools for humanity»)
            name = gloss if not _ARABIC.search(gloss) and len(gloss.split()) == len(ent.name_en.split()) else nxt.name_en
            out[i] = EntityMention(ent.start, ent.end, name, ent.name_ar, nxt.kind if ent.kind == "org" else ent.kind,
                                   known=False)
            if name != nxt.name_en:
                out[i + 1] = EntityMention(nxt.start, nxt.end, name, ent.name_ar, out[i].kind, known=False, rule=nxt.rule)
    return out if dropped is None else [e for i, e in enumerate(out) if i not in dropped]


# An acronym: two to six capitals (a digit or «&» after the first), and what stands between
# a name and the bracket that opens it: a closing quote, or «في» and a place («محكمة حل
# النزاعات في كندا (CRT)»); a comma may follow the acronym inside the bracket («(SFTBY, )»).
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
_BEFORE_ACRONYM = re.compile(r"[ \t]*[»\"”]?[ \t]*\([ \t]*$")
_AFTER_ACRONYM = re.compile(r"[ \t,،]*\)")
_PLACE_GAP = re.compile(r"[ \t]+في[ \t]+")
_LEGAL_GAP = re.compile(r"[ \t]+([A-Za-z]+)\.?")  # a legal form after a listed name, before the bracket


def _acronyms(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """An unlisted acronym in brackets right after a name is that name's short form
    («الشركة المصرية للاتصالات (TE)», «محكمة حل النزاعات في كندا (CRT)»): it and every other
    mention of the same acronym in the text take the name. A person's or a place's name
    gets none (one in brackets after a person is his employer: «ليسا سو (AMD)»). One right
    after Arabic words that end no name and hold no head noun of one («صندوق») is the acronym
    of a common noun phrase and no name either («اللائحة (GDPR)», «إرشادات إتاحة المحتوى (WCAG)»).
    A listed acronym of a news agency or outlet in brackets right after another organization's
    name is that name's short form there («هيئة حماية البيانات الهولندية (DPA)» is not the news
    agency dpa), and so is every other mention of the same letters in the text; the acronym of
    any other listed organization keeps its name («خدمات الويب من أمازون (AWS)»: the cloud unit
    is named in full before its acronym, and the listed name matched inside that phrase is
    its parent)."""
    short: dict[str, EntityMention] = {}
    common: set[int] = set()
    glossed: dict[str, EntityMention] = {}  # a listed acronym glossing another name: surface -> that name
    for i, ent in enumerate(mentions):
        if ent.known and i and _ACRONYM.fullmatch(text[ent.start:ent.end]):
            name = mentions[i - 1]
            opens = _BEFORE_ACRONYM.search(text, max(0, ent.start - 6), ent.start)
            if opens is not None and name.end == opens.start() and _AFTER_ACRONYM.match(text, ent.end) \
                    and name.kind in ("org", "government", "fund") and name.name_en != ent.name_en \
                    and sectors().get(ent.name_en) == "media":
                # «هيئة حماية البيانات الهولندية (DPA)»: the acronym of the body before it here,
                # not the listed agency of the same letters
                glossed.setdefault(text[ent.start:ent.end], name)
            continue
        if ent.known or not _ACRONYM.fullmatch(ent.name_en) or ent.name_en in short:
            continue
        opens = _BEFORE_ACRONYM.search(text, max(0, ent.start - 6), ent.start)
        if opens is None or not _AFTER_ACRONYM.match(text, ent.end):
            continue
        gap_end = opens.start()
        if _ARABIC.match(text, gap_end - 1) and (i == 0 or mentions[i - 1].end < gap_end) \
                and not names_an_organization_before(text, gap_end):
            common.add(i)  # «اللائحة (GDPR)»: the acronym of words that are no name is none
            continue
        if i == 0:
            continue
        name = mentions[i - 1]
        if name.kind == "place" and name.end == gap_end and i > 1 \
                and _PLACE_GAP.fullmatch(text, mentions[i - 2].end, name.start):
            name, gap_end = mentions[i - 2], mentions[i - 2].end
        if name.end != gap_end:  # «SoftBank Group Corp. (SFTBY)»: a legal form between
            legal = _LEGAL_GAP.fullmatch(text, name.end, gap_end)
            if legal is None or legal.group(1).casefold() not in _names_data()["legal"]:
                continue
        if name.kind in ("person", "place") or name.name_en == ent.name_en:
            continue
        short[ent.name_en] = name
    if common:
        mentions = [e for i, e in enumerate(mentions) if i not in common]
    if glossed:
        mentions = [EntityMention(e.start, e.end, g.name_en, g.name_ar, g.kind, g.known)
                    if e.known and (g := glossed.get(text[e.start:e.end])) is not None else e for e in mentions]
    if not short:
        return mentions
    return [EntityMention(e.start, e.end, short[e.name_en].name_en, short[e.name_en].name_ar,
                          short[e.name_en].kind, short[e.name_en].known)
            if not e.known and e.name_en in short else e for e in mentions]


_NEAR_MIN = 6  # letters of a Latin name compared by spelling: shorter ones («Grok», «Groq») differ by one


def _near_spellings(mentions: list[EntityMention], gazetteer: str | Path | None) -> list[EntityMention]:
    """An unlisted Latin name one letter away from a listed Latin alias is that name
    misspelled or cut: «Mistrl AI» is Mistral AI, «Thinking Machine» Thinking Machines."""
    out = mentions
    for i, ent in enumerate(mentions):
        if ent.known or ent.kind not in ("org", "fund", "product") or _ARABIC.search(ent.name_en):
            continue
        hit = _near_alias(ent.name_en.casefold(), str(gazetteer) if gazetteer else _DEFAULT)
        if hit is not None:
            if out is mentions:
                out = list(mentions)
            out[i] = EntityMention(ent.start, ent.end, hit[0], hit[1], hit[2])
    return out


@lru_cache(maxsize=4096)
def _near_alias(name: str, path: str) -> tuple[str, str, str] | None:
    """The one listed name with a Latin alias one edit from ``name`` (casefolded), or None."""
    if len(name) < _NEAR_MIN:
        return None
    hits = {row for alias, row in _latin_aliases(path).get(name[0], ()) if abs(len(alias) - len(name)) <= 1
            and _one_edit(name, alias)}
    return hits.pop() if len(hits) == 1 else None


@lru_cache(maxsize=4)
def _latin_aliases(path: str) -> dict[str, list[tuple[str, tuple[str, str, str]]]]:
    """First letter → (casefolded Latin alias of ``_NEAR_MIN`` letters or more, its row)."""
    out: dict[str, list] = {}
    gaz = _gazetteer(path)
    for name_en, name_ar, kind, aliases in zip(gaz["name_en"], gaz["name_ar"], gaz["kind"], gaz["aliases"]):
        if kind not in ("org", "fund", "product"):
            continue
        for alias in _aliases(name_en, aliases):
            key = " ".join(alias.split()).casefold()
            if len(key) >= _NEAR_MIN and not _ARABIC.search(key):
                out.setdefault(key[0], []).append((key, (name_en, name_ar, kind)))
    return out


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` different by one letter added, dropped or changed?"""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


@lru_cache(maxsize=4)
def _sectors(path: str) -> dict[str, str]:
    gaz = _gazetteer(path)
    return dict(zip(gaz["name_en"], gaz["sector"])) if "sector" in gaz else {}


def sectors(gazetteer: str | Path | None = None) -> dict[str, str]:
    """name_en → sector (ai_lab, big_tech, cloud, chips, venture, sovereign, media …)."""
    return _sectors(_DEFAULT if gazetteer is None else str(gazetteer or GAZETTEER))


@lru_cache(maxsize=1)
def _arabic_names() -> dict[str, str]:
    names: dict[str, str] = dict(government_arabic_names())
    for name_en, name_ar in zip(*(_gazetteer(_DEFAULT)[c] for c in ("name_en", "name_ar"))):
        names.setdefault(name_en, name_ar)  # the first row names it, as in the gazetteer
    return names


def display_name(name_en: str, lang: str = "ar") -> str:
    """The gazetteer's Arabic or English name for a canonical English name."""
    if lang == "en":
        return name_en
    return _arabic_names().get(name_en, name_en)


SENSES = Path(__file__).resolve().parents[1] / "data" / "senses.json"


@lru_cache(maxsize=1)
def _sense_rules(path: str) -> list[tuple[str, str, re.Pattern, re.Pattern, re.Pattern, int]]:
    """``(name, other, before, cues, against, reach)`` per entry of ``data/senses.json``."""
    import json

    def words(ws, tail: str = "") -> re.Pattern:
        alt = alternation(" ".join(normalize(w).split()) for w in ws)
        return re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?{alt}(?!\w){tail}")

    spec = json.loads(Path(path).read_text(encoding="utf-8"))
    return [(e["name"], e["other"], words(e["before"], r"[ \t\"'«»“”(]*$"), words(e["cues"]),
             words(e["against"]), int(e["reach"])) for e in spec["senses"]]


def _senses(text: str, mentions: list[EntityMention], gazetteer: str | Path | None = None) -> list[EntityMention]:
    """One spelling, two names: «غروك» is the chatbot Grok unless its context makes it the
    chip company Groq («شركة غروك», chips, a funding round, no xAI or Musk around).
    Rules and words in ``data/senses.json``; the other name must be in the gazetteer."""
    rules = _sense_rules(str(SENSES))
    if not any(m.name_en == r[0] for m in mentions for r in rules):
        return mentions
    rows = _rows(str(gazetteer or GAZETTEER))
    out = []
    for m in mentions:
        for name, other, before, cues, against, reach in rules:
            if m.name_en != name or other not in rows:
                continue
            lo, hi = max(0, m.start - reach), min(len(text), m.end + reach)
            if before.search(text, max(0, m.start - 30), m.start) or (
                    (cues.search(text, lo, m.start) or cues.search(text, m.end, hi))
                    and not (against.search(text, lo, m.start) or against.search(text, m.end, hi))):
                name_ar, kind = rows[other]
                m = EntityMention(m.start, m.end, other, name_ar, kind, m.known)
        out.append(m)
    return out


@lru_cache(maxsize=4)
def _rows(path: str) -> dict[str, tuple[str, str]]:
    """name_en -> (name_ar, kind) of a gazetteer."""
    gaz = _gazetteer(path)
    return dict(zip(gaz["name_en"], zip(gaz["name_ar"], gaz["kind"])))
