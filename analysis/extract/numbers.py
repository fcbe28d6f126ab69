"""Arabic numbers in normalized text: digits, number words and scale words.

``parse_number("خمسة وعشرون مليون")`` is ``25e6``; :func:`find_numbers` finds every
quantity in a normalized text with its offsets. What is understood:

* digits (Arabic-Indic digits are already ASCII after normalization) with a
  decimal point or comma and thousands separators: ``1,500.5``, ``1.500.000``,
  ``2,5`` (a comma before one or two digits is a decimal comma); anything else,
  such as ``1.2.3``, is *malformed* and has no value;
* number words (``data/number_words.json``): units in their masculine, feminine and
  case forms, teens (``ثلاثة عشر``), tens, hundreds (``ثلاثمئة``, ``ثلاث مئة``) and
  compounds joined by و (``مئة وخمسة وعشرون``), fractions before a scale
  (``نصف مليار``);
* scale words in singular, dual and plural (``مليار``, ``ملياران``/``مليارين``,
  ``مليارات``), with or without the article, after a number or alone: a lone
  singular counts one (``مليار`` = 1e9), a lone dual two, a lone plural
  (``مليارات``) or a vague word before it (``عشرات المليارات``) is *unquantified*;
* amounts built of several scales: ``3 مليارات و500 مليون`` = 3.5e9,
  ``مليار ونصف`` = 1.5e9, ``ألف مليار`` = 1e12;
* wire-agency decimals written with ر between the fraction and the whole part, as
  news agencies print them: ``7ر10`` is 10.7 and ``01ر0`` is 0.01 (normalization puts
  spaces around the ر, ``7 ر 10``; both spellings are read);
* a Latin scale letter glued to the digits (``data/number_words.json``,
  ``glued_scales``): ``45B``, ``2bn``, ``300m``, ``1.5tn``.

A run such as ``2 مليار و4 مليارات`` is two quantities: a part joined by و only
continues an amount when it is smaller than the unit before it. A four-digit
year after ``عام``/``سنة`` is marked malformed rather than read as a quantity.
Parts are separated by spaces or tabs only, so an amount is never joined across
a line break.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.text.normalize import normalize
from analysis.text.patterns import trie_regex

_DATA = Path(__file__).resolve().parents[1] / "data"

S = r"[ \t]+"  # separator inside an amount: never a line break
S0 = r"[ \t]*"
CLITICS = "وفبل"  # one-letter prefixes glued to a word (و ف ب ل)

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS_US = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_THOUSANDS_EU = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}\.\d{3},\d+")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_WIRE = re.compile(r"(\d+) ?ر ?(\d+)")  # fraction ر whole part: 7ر10 = 10.7
_TOKEN = re.compile(r"[وفبل]{0,2}\d+ ?ر ?\d+(?!\S)|\S+")
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Lexicon:
    """Number words, normalized: word -> (kind, value[, form])."""

    words: dict[str, tuple]
    units: tuple[str, ...]
    tens: tuple[str, ...]
    hundreds: tuple[str, ...]
    hundred_words: tuple[str, ...]
    teen_suffix: tuple[str, ...]
    fractions: tuple[str, ...]
    scales: tuple[str, ...]
    vague: tuple[str, ...]
    year_cues: tuple[str, ...]
    glued: dict[str, float]  # Latin scale letters glued to digits: 45B, 2bn


def _atoms(word: str) -> list[str]:
    """Regex atoms of a normalized word: spaces flexible, a final ة also ه."""
    atoms: list[str] = []
    for i, part in enumerate(word.split()):
        if i:
            atoms.append(S)
        atoms.extend(re.escape(c) for c in part[:-1])
        atoms.append("[ةه]" if part[-1] == "ة" else re.escape(part[-1]))
    return atoms


def word_pattern(word: str) -> str:
    """Regex for one normalized word or phrase: spaces flexible, final ة also ه."""
    return "".join(_atoms(word))


def alternation(words) -> str:
    """Non-capturing regex matching any of ``words``, built as a trie.

    A trie keeps the regex engine from trying hundreds of alternatives at every
    position; at each branch the longer continuation is tried first, so the
    longest word wins (the callers add ``(?!\\w)`` after it).
    """
    return trie_regex(_atoms(w) for w in words if w.strip())


def _norm_word(w: str) -> str:
    return " ".join(normalize(w).split())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load ``data/number_words.json`` once, normalized."""
    spec = json.loads((_DATA / "number_words.json").read_text(encoding="utf-8"))
    words: dict[str, tuple] = {}

    def add(word: str, entry: tuple) -> str:
        w = _norm_word(word)
        words.setdefault(w, entry)
        if w.endswith("ة"):
            words.setdefault(w[:-1] + "ه", entry)
        return w

    units = tuple(add(w, ("unit", float(v))) for w, v in spec["units"].items())
    tens = tuple(add(w, ("ten", float(v))) for w, v in spec["tens"].items())
    hundreds = tuple(add(w, ("hundred", float(v))) for w, v in spec["hundreds"].items())
    fractions = tuple(add(w, ("fraction", float(v))) for w, v in spec["fractions"].items())
    scales: list[str] = []
    for value, forms in spec["scales"].items():
        for form, ws in forms.items():
            scales.extend(add(w, ("scale", float(value), form)) for w in ws)
    vague = tuple(add(w, ("vague", None)) for w in spec["vague"])
    return Lexicon(
        words=words,
        units=units,
        tens=tens,
        hundreds=hundreds,
        hundred_words=tuple(_norm_word(w) for w in spec["hundred_words"]),
        teen_suffix=tuple(_norm_word(w) for w in spec["teen_suffix"]),
        fractions=fractions,
        scales=tuple(scales),
        vague=vague,
        year_cues=tuple(_norm_word(w) for w in spec["year_cues"]),
        glued={k: float(v) for k, v in spec["glued_scales"].items()},
    )


@lru_cache(maxsize=1)
def quantity_pattern() -> str:
    """The regex (a string, for embedding) of one quantity in normalized text.

    It matches a superset: :func:`parse_quantity` decides the value and splits
    runs such as ``2 مليار و4 مليارات``.
    """
    lx = lexicon()
    unit, ten, hun = alternation(lx.units), alternation(lx.tens), alternation(lx.hundreds)
    elem = (
        rf"(?:{unit}{S}{alternation(lx.teen_suffix)}|{unit}{S}{alternation(lx.hundred_words)}"
        rf"|{hun}|{ten}|{unit})(?!\w)"
    )
    conj = rf"{S}و{S0}"
    wordnum = rf"{elem}(?:{conj}{elem})*"
    # Whole digit groups only: not a piece of 1.2.3, 8VC or GPT-5 (a lone c after
    # the digits is a cent sign, 43c; a glued scale letter is read: 6.6bn).
    glued = "|".join(sorted(map(re.escape, lx.glued), key=len, reverse=True))
    digits = (
        r"(?<![\d.,A-Za-z])(?<![A-Za-z]-)(?:\d+ ?ر ?\d+(?![.,]?[\dA-Za-z])"
        rf"|\d+(?:[.,]\d+)*(?:(?:{glued})(?![\dA-Za-z])|(?![.,]?[\dA-Zabd-z])(?!c[\dA-Za-z])))"
    )
    # An optional group of more than one character is written as an alternation with an
    # empty branch, «(?:X|)» for «(?:X)?» (the same tries, in the same order): ``re`` runs
    # «?» on such a group with a repeat counter it allocates at every try, and this
    # pattern is tried at every word start of the text around a currency.
    scale = rf"(?:ال|){alternation(lx.scales)}(?!\w)"
    scales = rf"{scale}(?:{S}{scale})*"
    lead = rf"(?:{digits}|{wordnum}|{alternation(lx.fractions)}(?!\w)|{alternation(lx.vague)}(?!\w))"
    term = rf"(?:{lead}(?:{S}{scales}|)|{scales})"
    return rf"{_quantity_gate(lx)}{term}(?:{conj}{term})*"


def _quantity_gate(lx: Lexicon, k: int = 4) -> str:
    """A look-ahead that holds wherever a quantity starts: a digit, or the first ``k``
    letters of a word one can begin with (a unit, ten, hundred, fraction, vague word or
    scale, the last also after ال).

    The pattern is tried at every word start of the text around a currency; most words
    are no number, and without the gate ``re`` tries each of the pattern's alternatives
    in turn (the digits' look-behinds, the units three times, ...) before it fails. The
    gate only turns away places where the pattern cannot match, and it captures nothing:
    the same matches.
    """
    words = (*lx.units, *lx.tens, *lx.hundreds, *lx.fractions, *lx.vague, *lx.scales)
    heads = [_atoms(w)[:k] for w in words if w.strip()]
    heads += [(["ا", "ل"] + _atoms(w))[:k] for w in lx.scales if w.strip()]
    return rf"(?=\d|{trie_regex(heads)})"


@lru_cache(maxsize=1)
def _quantity_re() -> re.Pattern:
    # A one- or two-letter clitic (بمليار, وبخمسة) may be glued before a word.
    # «(?:|[..]{1,2})» is «(?:[..]{1,2})??» (no clitic first) without a repeat counter.
    return re.compile(rf"(?<!\w)(?:|[{CLITICS}]{{1,2}})(?P<q>{quantity_pattern()})")


def parse_digits(s: str) -> float | None:
    """Value of a digit string with separators, or None when it is malformed.

    Args:
        s: ASCII digits with ``.``/``,`` (normalize Arabic-Indic digits first),
            or a wire-agency decimal ``fraction ر whole`` (``7ر10``).

    Returns:
        ``"1,500.5"`` -> 1500.5, ``"2,5"`` -> 2.5, ``"1.500.000"`` -> 1500000.0,
        ``"7ر10"`` -> 10.7, ``"1.2.3"`` -> None.
    """
    w = _WIRE.fullmatch(s)
    if w:
        return float(f"{w.group(2)}.{w.group(1)}")
    if _THOUSANDS_US.fullmatch(s):
        return float(s.replace(",", ""))
    if _THOUSANDS_EU.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _DECIMAL.fullmatch(s):
        return float(s)
    if _DECIMAL_COMMA.fullmatch(s):
        return float(s.replace(",", "."))
    return None


@dataclass(frozen=True)
class Quantity:
    """One quantity found in normalized text.

    ``value`` is None when the amount is unquantified (``مليارات``) or malformed
    (``1.2.3``); ``unit`` is the scale of its leading part (1e9 for
    ``3 مليارات و500 مليون``, 1 for a plain number); ``scaled`` says whether a scale
    word was written; ``note`` is ``""``, ``"unquantified"`` or ``"malformed"``.
    """

    start: int
    end: int
    value: float | None
    unit: float
    scaled: bool
    note: str = ""


@dataclass
class _Term:
    start: int
    end: int
    number: float | None = None  # the number before the scales
    words: bool = False  # the number is written in words (can join the next term)
    fraction: float | None = None
    scales: list = None  # [(value, form)]
    vague: bool = False
    malformed: bool = False

    def unit(self) -> float:
        u = 1.0
        for v, _ in self.scales or ():
            u *= v
        return u

    def value(self) -> float | None:
        if self.vague or self.malformed:
            return None
        scales = self.scales or []
        if self.number is not None:
            return self.number * self.unit()
        if self.fraction is not None:
            return self.fraction * self.unit() if scales else None
        if not scales:
            return None
        first = {"singular": 1.0, "dual": 2.0}.get(scales[0][1])
        return None if first is None else first * self.unit()


def _lookup(tok: str, lx: Lexicon, first: bool) -> tuple[int, tuple] | None:
    """(clitic characters to skip, entry) for a token, trying ال and leading clitics."""
    entry = lx.words.get(tok)
    if entry:
        return 0, entry
    if tok.startswith("ال") and lx.words.get(tok[2:], ("",))[0] == "scale":
        return 0, lx.words[tok[2:]]  # the article stays part of the word: المليار
    if first:
        for k in (1, 2):
            if len(tok) > k and all(c in CLITICS for c in tok[:k]):
                hit = _lookup(tok[k:], lx, first=False)
                if hit:
                    return k + hit[0], hit[1]
    return None


def _digit_elements(tok: str, a: int, lx: Lexicon) -> list[tuple]:
    """Elements of a digit token at ``a``: its value, and a glued scale (``45B``) if any."""
    b = a + len(tok)
    if _WIRE.fullmatch(tok):
        return [("digits", parse_digits(tok), None, a, b)]
    m = _DIGITS.match(tok)
    head = m.group() if m else ""
    value = parse_digits(head) if head else None
    scale = lx.glued.get(tok[len(head):]) if head and len(head) < len(tok) else None
    if scale is not None:
        return [("digits", value, None, a, a + len(head)), ("scale", scale, "singular", a + len(head), b)]
    return [("digits", value if head == tok else None, None, a, b)]


def _elements(text: str, start: int, end: int, lx: Lexicon) -> list[tuple]:
    """Tokens of a matched quantity as (kind, value, form, start, end)."""
    out: list[tuple] = []
    for m in _TOKEN.finditer(text, start, end):
        tok, a, b = m.group(), m.start(), m.end()
        if tok == "و":
            out.append(("conj", None, None, a, b))
            continue
        if tok[0].isdigit():
            out.extend(_digit_elements(tok, a, lx))
            continue
        hit = _lookup(tok, lx, first=not out)
        after_number = bool(out) and out[-1][0] != "conj"
        if tok.startswith("و") and (hit is None or after_number):
            # و glued to the next word; واحد after a number is و + أحد (ثمانمئة وأحد عشر)
            rest = tok[1:]
            if rest[:1].isdigit():
                out.append(("conj", None, None, a, a + 1))
                out.extend(_digit_elements(rest, a + 1, lx))
                continue
            split = _lookup(rest, lx, first=False)
            if split is not None:
                out.append(("conj", None, None, a, a + 1))
                hit = (split[0] + 1, split[1])
        if hit is None:
            break  # cannot happen for a regex match; stop rather than guess
        skip, entry = hit
        out.append((entry[0], entry[1], entry[2] if len(entry) > 2 else None, a + skip, b))
    return out


def _terms(elems: list[tuple], lx: Lexicon) -> list[_Term]:
    """Group elements into terms (number + scales) separated by و."""
    terms: list[_Term] = []
    cur: _Term | None = None
    prev_kind = "conj"
    for kind, value, form, a, b in elems:
        if kind == "conj":
            cur, prev_kind = None, "conj"
            continue
        if cur is None:
            cur = _Term(a, b, scales=[])
            terms.append(cur)
        cur.end = b
        if kind == "digits":
            cur.number, cur.malformed = value, value is None
        elif kind in ("unit", "ten", "hundred"):
            word = cur.number is not None and cur.words and not cur.scales
            tok_is_teen = prev_kind == "unit" and word
            if tok_is_teen and kind == "unit" and value == 10:
                cur.number += 10  # ثلاثة عشر
            elif tok_is_teen and kind == "hundred" and value == 100:
                cur.number *= 100  # ثلاث مئة
            elif cur.number is None:
                cur.number, cur.words = value, True
            else:
                cur.malformed = True  # two numbers with nothing joining them
        elif kind == "fraction":
            cur.fraction = value
        elif kind == "vague":
            cur.vague = True
        elif kind == "scale":
            cur.scales.append((value, form))
        prev_kind = kind
    return terms


def _merge_words(terms: list[_Term]) -> list[_Term]:
    """Join number-word terms into the following term: خمسة + عشرون مليون = 25e6.

    Only a unit joins the tens after it (خمسة وعشرون = 25); ten or more before tens
    (عشرة وعشرون) are two numbers, as in «بين عشرة وعشرين».
    """
    out: list[_Term] = []
    for t in terms:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.words and not prev.scales and prev.fraction is None
            and not prev.vague and t.words and t.number is not None
            and not (10 <= prev.number < 100 and 20 <= t.number < 100)  # عشرة وعشرون: two numbers
        ):
            t.number += prev.number
            t.start = prev.start
            out[-1] = t
        elif (
            prev is not None and not prev.scales and prev.number is not None and not prev.vague
            and t.number is None and t.fraction is not None and t.scales
        ):
            # خمسة ونصف مليار: (5 + 0.5) x 1e9
            t.number, t.fraction, t.start = prev.number + t.fraction, None, prev.start
            out[-1] = t
        else:
            out.append(t)
    return out


def parse_quantity(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Read the quantities in ``text[start:end]`` (a match of :func:`quantity_pattern`).

    Args:
        text: normalized text.
        start, end: the span to read.

    Returns:
        One :class:`Quantity` per amount, in order: ``2 مليار و4 مليارات`` gives
        two, ``3 مليارات و500 مليون`` one.
    """
    end = len(text) if end is None else end
    # The reading depends on text[start:end] only (no pattern looks outside the span), and
    # the same amounts recur («5 مليارات دولار»): each span's text is read once.
    return [Quantity(start + a, start + b, value, unit, scaled, note)
            for a, b, value, unit, scaled, note in _read_span(text[start:end])]


@lru_cache(maxsize=8192)
def _read_span(span: str) -> tuple[tuple, ...]:
    """:func:`parse_quantity` of a whole string, as (start, end, value, unit, scaled, note) tuples."""
    return tuple((q.start, q.end, q.value, q.unit, q.scaled, q.note) for q in _parse_quantity(span, 0, len(span)))


def _parse_quantity(text: str, start: int, end: int) -> list[Quantity]:
    lx = lexicon()
    terms = _merge_words(_terms(_elements(text, start, end, lx), lx))
    out: list[Quantity] = []
    group: list[_Term] = []

    def flush() -> None:
        if not group:
            return
        head = group[0]
        values = [t.value() for t in group]
        bad = any(t.malformed for t in group)
        value = None if any(v is None for v in values) else sum(values)
        note = "malformed" if bad else ("unquantified" if value is None else "")
        out.append(Quantity(head.start, group[-1].end, value, head.unit(), bool(head.scales), note))
        group.clear()

    for t in terms:
        if group:
            last = group[-1]
            v = t.value()
            if t.fraction is not None and not t.scales and t.number is None and last.scales:
                t.scales = [(last.unit(), "singular")]
                v = t.value()  # مليار ونصف = 1e9 + 0.5e9
            joinable = (
                last.scales and v is not None and last.value() is not None
                and not t.vague and v < last.unit()
            )
            if not joinable:
                flush()
        group.append(t)
    flush()
    return out


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity in normalized ``text`` (numbers, amounts; not only money).

    Args:
        text: normalized text (see :func:`analysis.normalize`).
        start, end: search only ``text[start:end]`` (offsets stay those of ``text``).

    Returns:
        Quantities ordered by position; a four-digit year after a year word
        (``عام 2022``) is returned with note ``"year"`` and no value.
    """
    out: list[Quantity] = []
    for m in _quantity_re().finditer(text, start, len(text) if end is None else end):
        for q in parse_quantity(text, m.start("q"), m.end("q")):
            out.append(mark_year(text, q))
    return out


@lru_cache(maxsize=1)
def _year_cue_re() -> re.Pattern:
    return re.compile(rf"(?<!\w){alternation(lexicon().year_cues)}{S0}$")


def mark_year(text: str, q: Quantity) -> Quantity:
    """``q`` with note ``"year"`` and no value when it is a year after ``عام``/``سنة``."""
    head = text[q.start:q.start + 4]
    if (
        _YEAR.fullmatch(head) and (q.start + 4 == len(text) or not text[q.start + 4].isdigit())
        and _year_cue_re().search(text, max(0, q.start - 12), q.start)
    ):
        return Quantity(q.start, q.end, None, q.unit, q.scaled, "year")
    return q


def parse_number(s: str) -> float | None:
    """The value of one number written in digits and/or Arabic words.

    Args:
        s: e.g. ``"٣٫٥"``, ``"1,200"``, ``"خمسة وعشرون"``, ``"ثلاثة مليارات"``,
            ``"مليار ونصف"``; normalized here, surrounding spaces ignored.

    Returns:
        The value as a float, or None when ``s`` is not exactly one number, is
        malformed (``1.2.3``) or unquantified (``مليارات``).
    """
    if not isinstance(s, str):
        return None
    t = normalize(s).strip()
    if not t:
        return None
    m = _quantity_re().fullmatch(t)
    if not m or m.start("q") != 0:
        return None
    qs = parse_quantity(t, m.start("q"), m.end("q"))
    if len(qs) != 1 or qs[0].end != len(t) or qs[0].start != 0:
        return None
    return qs[0].value
