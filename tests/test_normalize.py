"""analysis.normalize: one example test per rule, and property tests for the promises
the module makes (idempotent, offsets map back to the raw text, raw never changed)."""

from __future__ import annotations

import importlib
import unicodedata

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis.text.normalize import Normalized, normalize, normalize_with_offsets

# --------------------------------------------------------------------------- examples


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # presentation forms → base letters (isolated, initial, medial, final, ligatures)
        ("ﺃﺣﻤﺪ", "احمد"),
        ("ﻣﺎﺳﻚ", "ماسك"),
        ("ﻻ", "لا"),
        ("ﷲ", "الله"),
        ("ﷺ", "صلي الله عليه وسلم"),
        ("ﹰ", ""),  # an isolated diacritic form is dropped whole
        # tatweel
        ("مـــرحبا", "مرحبا"),
        ("ـ", ""),
        # diacritics and Quranic marks
        ("وفقًا", "وفقا"),
        ("مُحَمَّدٌ", "محمد"),
        ("ردّ", "رد"),
        ("الرَّحْمٰنِ", "الرحمن"),
        ("قُرْآنۖ", "قران"),
        # bidi controls, zero-width characters, soft hyphen and BOM
        ("\u200fماسك\u200e", "ماسك"),
        ("\u202bOpenAI\u202c", "OpenAI"),
        ("\u2067ماسك\u2069", "ماسك"),
        ("ما\u200cسك\u200d", "ماسك"),
        ("\ufeffماسك", "ماسك"),
        ("\u061cماسك", "ماسك"),
        ("soft\u00adware", "software"),
        # alef, ya, kaf unified
        ("أحمد إيلون آن ٱلله", "احمد ايلون ان الله"),
        ("على مستوى", "علي مستوي"),
        ("ایران کتاب", "ايران كتاب"),
        # both digit sets and the Arabic separators → ASCII
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("٩٧٫٤", "97.4"),
        ("١٬٠٠٠", "1,000"),
        ("٤٠٪", "40%"),
        # exotic spaces → ASCII space
        ("6\u00a0مليارات", "6 مليارات"),
        ("a\u2009b\u202fc\u3000d", "a b c d"),
        # Latin letters or digits glued to Arabic are separated
        ("السلسلةB", "السلسلة B"),
        ("دعمOpenAI", "دعم OpenAI"),
        ("شركةOpenAI قامت", "شركة OpenAI قامت"),
        ("ضخم\"Gigafactory", "ضخم\"Gigafactory"),  # a quote already separates
        ("X١٠", "X10"),  # Latin next to (Arabic-Indic) digits is not a boundary
        ("بـ6", "ب 6"),
        ("الدردشة\"ChatGPT\"", "الدردشة\"ChatGPT\""),
        # untouched
        ("", ""),
        ("Sequoia Capital 800", "Sequoia Capital 800"),
        ("😀 ماسك", "😀 ماسك"),
    ],
)
def test_rule_examples(raw, expected):
    assert normalize(raw) == expected
    assert normalize_with_offsets(raw).text == expected


def test_latin_glued_keeps_offsets():
    n = normalize_with_offsets("دعمOpenAI")
    assert n.text == "دعم OpenAI"
    i = n.text.index("OpenAI")
    assert n.raw_slice(i, i + len("OpenAI")) == "OpenAI"
    assert n.raw_span(3, 4) == (3, 3)  # the inserted space owns an empty raw span
    assert n.raw_slice(3, 4) == ""


def test_word_span_keeps_final_diacritic_and_tatweel():
    raw = "قال مُحَمَّدٌ ومـــرحبا"
    n = normalize_with_offsets(raw)
    i = n.text.index("محمد")
    assert n.raw_slice(i, i + 4) == "مُحَمَّدٌ"
    j = n.text.index("مرحبا")
    assert n.raw_slice(j, j + 5) == "مـــرحبا"


def test_offsets_through_dropped_and_expanded_characters():
    raw = "\ufeff٩٧٫٤ مليار ﻻ"
    n = normalize_with_offsets(raw)
    assert n.text == "97.4 مليار لا"
    assert n.raw_slice(0, 4) == "٩٧٫٤"
    k = n.text.index("لا")
    assert n.raw_slice(k, k + 2) == "ﻻ"
    assert n.raw_slice(k, k + 1) == "ﻻ"  # both letters come from the one ligature


def test_raw_span_bounds():
    n = normalize_with_offsets("ماسك")
    assert n.raw_span(0, 0) == (0, 0)
    assert n.raw_span(4, 4) == (4, 4)
    with pytest.raises(IndexError):
        n.raw_span(0, 5)
    with pytest.raises(IndexError):
        n.raw_span(3, 2)


def test_empty_and_all_dropped():
    for raw in ("", "\u200f\u064b\u0640"):
        n = normalize_with_offsets(raw)
        assert n.text == "" and n.raw == raw
        assert len(n.starts) == len(n.ends) == 0
        assert n.raw_span(0, 0) == (len(raw), len(raw))


@pytest.mark.parametrize("bad", [b"bytes", None, 5])
def test_rejects_non_str(bad):
    with pytest.raises(TypeError):
        normalize(bad)
    with pytest.raises(TypeError):
        normalize_with_offsets(bad)


def test_seeds_normalize(corpus):
    for raw in corpus["raw"]:
        n = normalize_with_offsets(raw)
        assert n.text == normalize(raw)
        assert normalize(n.text) == n.text
        assert "\u064b" not in n.text and "\u0640" not in n.text and "أ" not in n.text
        _check_offsets(n)


# --------------------------------------------------------------------------- properties


def _range(a: int, b: int) -> st.SearchStrategy[str]:
    return st.characters(min_codepoint=a, max_codepoint=b)


ARABIC_TEXT_CHARS = st.one_of(
    _range(0x0621, 0x064A),  # Arabic letters (and tatweel U+0640)
    _range(0x0671, 0x06D3),  # extended letters: ٱ ی ک ے …
    _range(0x064B, 0x065F),  # diacritics
    st.sampled_from("\u0670\u06d6\u06dc\u06df\u06e4\u06e7\u06ed\u0640"),  # marks, tatweel
    _range(0xFB50, 0xFDFF),  # presentation forms A
    _range(0xFE70, 0xFEFC),  # presentation forms B
    _range(0x0660, 0x066C),  # Arabic-Indic digits, ٪ ٫ ٬
    _range(0x06F0, 0x06F9),  # Eastern Arabic-Indic digits
    st.sampled_from("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                    "\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"),  # bidi, zero-width
    st.sampled_from("abcxyzABCXYZ0123456789éÀ"),  # Latin and digits
    st.sampled_from(" \n\t\u00a0\u2009\u202f.,،؛؟!\"()-"),  # spaces, punctuation
    _range(0x1F600, 0x1F64F),  # emoji (outside the BMP)
)
texts = st.text(ARABIC_TEXT_CHARS, max_size=60)
PROPS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_offsets(n: Normalized) -> None:
    """Every normalized character maps back to raw text that normalizes to it."""
    starts, ends = n.starts, n.ends
    assert len(starts) == len(ends) == len(n.text)
    if len(starts) == 0:
        return
    assert starts.dtype.kind == ends.dtype.kind == "i"
    assert (starts >= 0).all() and (ends <= len(n.raw)).all() and (starts <= ends).all()
    assert (np.diff(starts) >= 0).all() and (np.diff(ends) >= 0).all()  # monotonic
    i = 0
    while i < len(n.text):
        if starts[i] == ends[i]:
            # Only an inserted space has an empty raw span.
            assert n.text[i] == " " and n.raw_slice(i, i + 1) == ""
            i += 1
            continue
        # Characters sharing one raw span came from one raw character (ligatures such
        # as ﻻ expand to several); together they are its normalization.
        j = i + 1
        while j < len(n.text) and starts[j] == starts[i] and ends[j] == ends[i]:
            j += 1
        assert normalize(n.raw_slice(i, i + 1)) == n.text[i:j]
        if j == i + 1:
            assert normalize(n.raw_slice(i, i + 1)) == n.text[i]
        assert j == len(n.text) or ends[i] <= starts[j]  # no overlap between groups
        i = j


@PROPS
@given(texts)
@example("بَx")
@example("ﻻx")
@example("\u200fَب")
def test_idempotent(t):
    once = normalize(t)
    assert normalize(once) == once


@PROPS
@given(texts)
def test_with_offsets_text_equals_normalize(t):
    assert normalize_with_offsets(t).text == normalize(t)


@PROPS
@given(texts)
@example("السلسلةB")
@example("مُحَمَّدٌx\u200f1")
@example("ﷺOpenAI")
def test_offsets_map_back_to_raw(t):
    _check_offsets(normalize_with_offsets(t))


@PROPS
@given(texts, st.data())
def test_any_span_maps_back(t, data):
    """A span that starts and ends on whole characters (not inserted spaces) maps to a
    raw slice that normalizes to exactly that span."""
    n = normalize_with_offsets(t)
    if not n.text:
        return
    cuts = [
        i for i in range(len(n.text) + 1)
        if i in (0, len(n.text)) or (n.starts[i], n.ends[i]) != (n.starts[i - 1], n.ends[i - 1])
    ]
    a = data.draw(st.sampled_from(cuts[:-1]))
    b = data.draw(st.sampled_from([c for c in cuts if c > a]))
    if n.starts[a] == n.ends[a] or n.starts[b - 1] == n.ends[b - 1]:
        return  # an inserted space at an edge has no raw text of its own
    assert normalize(n.raw_slice(a, b)) == n.text[a:b]


@PROPS
@given(texts)
def test_raw_never_changed(t):
    copy = "".join(list(t))
    n = normalize_with_offsets(t)
    normalize(t)
    assert t == copy
    assert n.raw == copy


@PROPS
@given(texts)
def test_output_has_nothing_the_rules_remove(t):
    out = normalize(t)
    removed = set("\u0640\u064b\u064e\u0651\u0652\u0670\u200f\u202b\u2067\ufeff\u061c"
                  "أإآٱىیک٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪\u00a0")
    assert not removed & set(out)
    # Presentation forms with a compatibility decomposition are all folded (a few, such
    # as U+FE73 ARABIC TAIL FRAGMENT, have none and stay).
    assert not any(
        0xFB50 <= ord(c) <= 0xFEFC and unicodedata.normalize("NFKC", c) != c for c in out
    )


@PROPS
@given(texts)
@example("ماسكOpenAI ﻻx مَا")
def test_utf16_and_utf32_paths_agree(t):
    """The fast UTF-16 kernel and the UTF-32 fallback give the same text and offsets."""
    module = importlib.import_module("analysis.text.normalize")
    fast = module._apply(t, True)
    wide_units = np.frombuffer(t.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    original = module._code_units
    module._code_units = lambda text, want_offsets: (wide_units, False)
    try:
        wide = module._apply(t, True)
        wide_text = module._apply(t, False)[0]
    finally:
        module._code_units = original
    assert fast[0] == wide[0] == wide_text
    assert fast[1].tolist() == wide[1].tolist()
    assert fast[2].tolist() == wide[2].tolist()


@pytest.mark.parametrize(
    "raw",
    ["\uffffماسك\u064e", "ماسك\ufffeOpenAI", "\ud83dماسك", "😀مَاسكx", "ﻻ\ud800"],
)
def test_wide_path_inputs(raw):
    """Noncharacters U+FFFE/U+FFFF, lone surrogates and non-BMP characters are kept."""
    n = normalize_with_offsets(raw)
    assert n.text == normalize(raw)
    for keep in ("\uffff", "\ufffe", "\ud83d", "😀", "\ud800"):
        assert raw.count(keep) == n.text.count(keep)
    _check_offsets(n)


def test_raw_atoms_find_in_raw_text_what_normalize_finds():
    """A word list searched in raw text (vowel marks, tatweel, hamza forms, alef maqsura)
    finds a word exactly where the normalized text holds it."""
    import re

    from analysis.text.normalize import dropped_run, raw_atoms
    from analysis.text.patterns import trie_regex

    words = ["تتطلع", "يسعى", "توقعات", "المستهدف"]
    pattern = re.compile(rf"(?<!\w){dropped_run()}(?:{trie_regex(raw_atoms(w) for w in words)})")
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(normalize(w) for w in words)})")
    for raw in ["تتطلّع الشركة", "يسعـى الصندوق", "وفق توقُّعات المحللين", "بلغ المُستهدَف",
                "الأهداف المعلنة", "قالت الشركة إن", "إلى", "أسعى", "التوقعات"]:
        assert (pattern.search(raw) is not None) == (plain.search(normalize(raw)) is not None), raw
    assert pattern.search("تتطلّع") and not pattern.search("تطلع")
