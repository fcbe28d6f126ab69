"""Arabic numbers: digits, number words, scale words; property tests format and parse back."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.numbers import find_numbers, parse_digits, parse_number
from analysis.text.normalize import normalize

# --- Formatters used by the property tests (independent of the parser's data) ---

UNITS_M = {1: ["واحد"], 2: ["اثنان", "اثنين"], 3: ["ثلاثة"], 4: ["أربعة"], 5: ["خمسة"],
           6: ["ستة"], 7: ["سبعة"], 8: ["ثمانية"], 9: ["تسعة"], 10: ["عشرة"]}
UNITS_F = {1: ["واحدة"], 2: ["اثنتان", "اثنتين"], 3: ["ثلاث"], 4: ["أربع"], 5: ["خمس"],
           6: ["ست"], 7: ["سبع"], 8: ["ثماني", "ثمان"], 9: ["تسع"], 10: ["عشر"]}
TEENS = {11: ["أحد عشر", "إحدى عشرة"], 12: ["اثنا عشر", "اثني عشر", "اثنتا عشرة"]}
for _u in range(3, 10):
    TEENS[10 + _u] = [UNITS_M[_u][0] + " عشر", UNITS_F[_u][0] + " عشرة"]
TENS = {2: ["عشرون", "عشرين"], 3: ["ثلاثون", "ثلاثين"], 4: ["أربعون", "أربعين"],
        5: ["خمسون", "خمسين"], 6: ["ستون", "ستين"], 7: ["سبعون", "سبعين"],
        8: ["ثمانون", "ثمانين"], 9: ["تسعون", "تسعين"]}
HUNDREDS = {1: ["مئة", "مائة"], 2: ["مئتان", "مئتين", "مائتان", "مائتين"]}
for _u, _w in {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}.items():
    HUNDREDS[_u] = [_w + "مئة", _w + "مائة", _w + " مئة"]

SCALES = {  # value: (singular, duals, plural)
    1e3: ("ألف", ["ألفان", "ألفين"], "آلاف"),
    1e6: ("مليون", ["مليونان", "مليونين"], "ملايين"),
    1e9: ("مليار", ["ملياران", "مليارين"], "مليارات"),
    1e12: ("تريليون", ["تريليونان", "تريليونين"], "تريليونات"),
}
WESTERN_TO_ARABIC_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")
WESTERN_TO_PERSIAN = str.maketrans("0123456789.,", "۰۱۲۳۴۵۶۷۸۹٫٬")


def words(n: int, pick) -> str:
    """Arabic words for 1 <= n <= 999; ``pick(list)`` chooses a variant."""
    h, r = divmod(n, 100)
    parts = [pick(HUNDREDS[h])] if h else []
    if 1 <= r <= 10:
        parts.append(pick(UNITS_M[r] + UNITS_F[r]))
    elif 11 <= r <= 19:
        parts.append(pick(TEENS[r]))
    elif r:
        t, u = divmod(r, 10)
        if u:
            parts.append(pick(UNITS_M[u] + UNITS_F[u]))
        parts.append(pick(TENS[t]))
    return " و".join(parts)


def digits(value: float, decimals: int, style: str, grouped: bool) -> str:
    s = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    if style == "arabic-indic":
        s = s.translate(WESTERN_TO_ARABIC_INDIC)
    elif style == "persian":
        s = s.translate(WESTERN_TO_PERSIAN)
    return s


def with_scale(count: int, count_text: str, scale: float, pick) -> str:
    """``count`` of ``scale`` in Arabic grammar: bare singular, dual, plural or singular."""
    singular, duals, plural = SCALES[scale]
    if count == 1:
        return singular
    if count == 2 and pick([True, False]):
        return pick(duals)
    if 3 <= count <= 10:
        return f"{count_text} {plural}"
    return f"{count_text} {singular}"


# --- Digits ---

@pytest.mark.parametrize("text, value", [
    ("6", 6.0), ("97.4", 97.4), ("1,500", 1500.0), ("12,345,678", 12345678.0),
    ("1,234.5", 1234.5), ("2,5", 2.5), ("1.500.000", 1500000.0), ("1.234,5", 1234.5),
])
def test_parse_digits(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["1.2.3", "1,2345", "1,23,456", "12,34,5"])
def test_malformed_digits_have_no_value(text):
    assert parse_digits(text) is None
    assert parse_number(text) is None


# --- Words and scales ---

@pytest.mark.parametrize("text, value", [
    ("٣٫٥", 3.5), ("١٬٢٠٠", 1200.0), ("۲۵", 25.0),
    ("واحد", 1), ("إحدى", 1), ("اثنتين", 2), ("ثلاث", 3), ("ثمانٍ", 8), ("عشرة", 10),
    ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("خمسة عشر", 15),
    ("عشرون", 20), ("تسعين", 90), ("خمسة وعشرون", 25), ("ثلاث وأربعون", 43),
    ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("مئتي", 200), ("ثلاثمئة", 300),
    ("ثلاثمائة", 300), ("ثلاث مئة", 300), ("تسعمئة وتسعة وتسعون", 999),
    ("مئة وخمسة", 105),
    ("ألف", 1e3), ("ألفان", 2e3), ("ألفين", 2e3), ("ألفي", 2e3), ("ثلاثة آلاف", 3e3),
    ("عشرون ألفا", 2e4), ("مئة ألف", 1e5), ("مئة وخمسون ألف", 1.5e5),
    ("مليون", 1e6), ("مليونان", 2e6), ("خمسة ملايين", 5e6), ("ثلاثة عشر مليون", 13e6),
    ("مليار", 1e9), ("بليون", 1e9), ("ملياران", 2e9), ("مليارين", 2e9), ("ستة مليارات", 6e9),
    ("بلايين", None), ("تريليون", 1e12), ("تريليونات", None), ("ترليون", 1e12),
    ("نصف مليار", 5e8), ("ربع مليون", 2.5e5), ("نصف المليار", 5e8),
    ("مليار ونصف", 1.5e9), ("مليار ونصف المليار", 1.5e9), ("مليون وربع", 1.25e6),
    ("3 مليارات و500 مليون", 3.5e9), ("مليار و200 مليون", 1.2e9), ("ألف و500", 1500),
    ("مليون وخمسة وعشرون ألف", 1_025_000), ("ثلاثمئة وخمسة وعشرون مليون", 325e6),
    ("خمسة ونصف مليار", 5.5e9), ("ألف مليار", 1e12),
    ("2.5 مليار", 2.5e9), ("٢٫٥ مليار", 2.5e9), ("1,500 مليون", 1.5e9),
    ("6مليار", 6e9), ("٦مليارات", 6e9),
    ("عشرات المليارات", None), ("مئات الملايين", None), ("بضعة ملايين", None),
    ("مليارات", None),
])
def test_parse_number(text, value):
    got = parse_number(text)
    if value is None:
        assert got is None
    else:
        assert got == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "خمـــسة وعشـــرون مليـــار",  # tatweel
    "خَمْسَةٌ وَعِشْرُونَ مِلْيَارًا",  # diacritics
    "ﺧﻤﺴﺔ ﻭﻋﺸﺮﻭﻥ ﻣﻠﻴﺎﺭ",  # presentation forms
    "خمسه وعشرون مليار",  # ه for ة
])
def test_normalization_inside_number_words(text):
    assert parse_number(text) == 25e9


@pytest.mark.parametrize("text", [
    "", "   ", "دولار", "مليار دولار", "2 مليار و4 مليارات", "خمسة ستة", "abc", "1.2.3 مليار",
    "مليار 5", None, 42,
])
def test_not_one_number(text):
    assert parse_number(text) is None


def test_find_numbers_offsets_and_splits():
    t = normalize("في عام 2022 جمعت 2 مليار و4 مليارات، وبين 5 و6 ملايين، و40% و26 مايو")
    found = [(t[q.start:q.end], q.value, q.note) for q in find_numbers(t)]
    assert found == [
        ("2022", None, "year"),
        ("2 مليار", 2e9, ""),
        ("4 مليارات", 4e9, ""),
        ("5", 5.0, ""),
        ("6 ملايين", 6e6, ""),
        ("40", 40.0, ""),
        ("26", 26.0, ""),
    ]


def test_numbers_never_join_across_a_line_break():
    t = normalize("جمعت 6\nمليارات")
    assert [(t[q.start:q.end], q.value) for q in find_numbers(t)] == [("6", 6.0), ("مليارات", None)]


# --- Property tests: format a number in each form and parse it back ---

@given(
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=2),
    st.sampled_from(["western", "arabic-indic", "persian"]),
    st.booleans(),
)
def test_digits_round_trip(n, decimals, style, grouped):
    value = n / 10**decimals
    text = digits(value, decimals, style, grouped)
    assert parse_number(text) == pytest.approx(value)


@given(st.integers(min_value=1, max_value=999), st.randoms(use_true_random=False))
def test_words_round_trip(n, rnd):
    text = words(n, rnd.choice)
    assert parse_number(text) == n, text


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(sorted(SCALES)),
    st.sampled_from(["words", "western", "arabic-indic"]),
    st.randoms(use_true_random=False),
)
def test_scaled_round_trip(count, scale, style, rnd):
    count_text = words(count, rnd.choice) if style == "words" else digits(count, 0, style, False)
    text = with_scale(count, count_text, scale, rnd.choice)
    assert parse_number(text) == pytest.approx(count * scale), text


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=999),
    st.randoms(use_true_random=False),
)
def test_compound_scales_round_trip(billions, millions, rnd):
    text = f"{with_scale(billions, words(billions, rnd.choice), 1e9, rnd.choice)} و" \
           f"{with_scale(millions, words(millions, rnd.choice), 1e6, rnd.choice)}"
    assert parse_number(text) == pytest.approx(billions * 1e9 + millions * 1e6), text


@settings(max_examples=300)
@given(st.text())
def test_random_text_never_crashes(text):
    value = parse_number(text)
    assert value is None or (math.isfinite(value) and value >= 0)
    t = normalize(text)
    for q in find_numbers(t):
        assert 0 <= q.start <= q.end <= len(t)
        assert q.value is None or (math.isfinite(q.value) and q.value >= 0)


SOUP = list("0123456789.,٫٬ و\n-ـَ") + ["مليار", "مليارات", "ألف", "خمسة", "عشرون", "نصف",
                                       "ملياران", "عام", "بين", "من", "إلى"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(SOUP), max_size=30).map("".join))
def test_number_soup_never_crashes(text):
    t = normalize(text)
    for q in find_numbers(t):
        assert 0 <= q.start < q.end <= len(t)
        assert "\n" not in t[q.start:q.end]


# --- Wire decimals, glued Latin scales, word-number order ---

@pytest.mark.parametrize("text, value", [
    ("7ر10", 10.7), ("01ر0", 0.01), ("5ر120", 120.5), ("25ر3", 3.25),  # fraction ر whole part
    ("7ر10 مليار", 10.7e9), ("٧ر١٠ مليار", 10.7e9), ("5ر2 مليون", 2.5e6),
    ("45B", 45e9), ("2bn", 2e9), ("1.5bn", 1.5e9), ("300m", 300e6), ("300M", 300e6),
    ("1.5tn", 1.5e12), ("10k", 1e4),
    ("109 مليارات و430 مليون", 109.43e9),
])
def test_news_number_forms(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_wire_decimal_offsets_in_find_numbers():
    t = normalize("بلغت 7ر10 مليار وارتفعت 01ر0")
    assert [(t[q.start:q.end], q.value) for q in find_numbers(t)] == [("7 ر 10 مليار", 10.7e9), ("01 ر 0", 0.01)]


@pytest.mark.parametrize("text", ["8VC", "GPT-5", "H100", "A7x"])
def test_latin_letters_glued_to_digits_are_not_scales(text):
    t = normalize(text)
    assert [q.value for q in find_numbers(t) if q.scaled] == []


def test_ten_before_tens_is_two_numbers():
    t = normalize("بين عشرة وعشرين")
    assert [q.value for q in find_numbers(t)] == [10.0, 20.0]
    assert parse_number("خمسة وعشرون") == 25.0


@pytest.mark.parametrize("line", [
    "1" * 100_000,
    "1.2," * 25_000,
    "7ر" * 50_000,
    "خمسة و" * 17_000,
    "مليار " * 17_000,
    "3 مليارات و" * 9_000,
    "عشرة وعشرون " * 8_000,
    "45B" * 33_000,
])
def test_long_hostile_lines_stay_fast(line):
    import time

    t = normalize(line)
    t0 = time.process_time()
    find_numbers(t)
    assert time.process_time() - t0 < 10, "catastrophic backtracking?"
