"""Acceptance test: Duckling's Arabic money corpus read by :func:`analysis.extract_money`.

Source: facebook/duckling, ``Duckling/AmountOfMoney/AR/Corpus.hs`` (commit
248dd18c3b6f78b02e598dc80350a7352adc0910), Copyright (c) 2016-present, Facebook,
Inc., BSD-style license (the LICENSE file of that repository). The examples below
are transcribed from it as (text, value, currency) tuples; the file itself is not
copied. Duckling's currencies are mapped to ISO 4217: ``Dollar`` → USD, ``Cent`` →
USD in hundredths (``10 سنت`` is 0.10 USD), ``EUR``, ``GBP``, ``KWD``, ``LBP``,
``EGP``, ``QAR``, ``SAR``, ``JOD`` → themselves, ``ILS`` → ILS, and ``Pound`` (a
pound of no stated country, here a bare «جنيه») → EGP, the pound a bare «جنيه» means
in Arabic news (``data/currencies.json``).

Duckling's short phrases are not news sentences, so each is also read inside a
carrier sentence. The acceptance bar: at least 90% of the non-range examples
give the right value and currency. Ranges (Duckling's ``between``) are listed
apart and reported, not counted. Failures are printed (``pytest -s``) and kept in
the assertion message.
"""

from __future__ import annotations

import pytest

from analysis.extract.money import extract_money

# (text, value, ISO currency); Duckling group in the comment.
NON_RANGE = [
    # simple Dollar 1
    ("$1", 1, "USD"), ("1 دولار", 1, "USD"),
    # simple Dollar 10
    ("$10", 10, "USD"), ("$ 10", 10, "USD"), ("10 $", 10, "USD"), ("10$", 10, "USD"),
    ("10$", 10, "USD"), ("10 دولار", 10, "USD"), ("عشرة دولارات", 10, "USD"),
    # simple Cent 10
    ("10 سنتات", 0.10, "USD"), ("10 سنت", 0.10, "USD"), ("10 سينت", 0.10, "USD"),
    ("10 سينتات", 0.10, "USD"), ("10 c", 0.10, "USD"), ("10¢", 0.10, "USD"),
    # simple Dollar 1e4
    ("10000 دولار", 1e4, "USD"), ("$10,000", 1e4, "USD"), ("10000$", 1e4, "USD"),
    # simple EUR 20
    ("20 يورو", 20, "EUR"), ("20 اورو", 20, "EUR"), ("20 أورو", 20, "EUR"), ("20€", 20, "EUR"),
    ("20 €", 20, "EUR"),
    # simple Pound 10
    ("10 جنيه", 10, "EGP"), ("10 جنيهات", 10, "EGP"),
    # simple Dollar 20.43
    ("20$ و 43c", 20.43, "USD"), ("$20 43", 20.43, "USD"), ("20$ 43c", 20.43, "USD"),
    ("20 دولار و43 سنت", 20.43, "USD"), ("20.43 $", 20.43, "USD"),
    # simple GBP 3
    ("3 جنيهات استرلينية", 3, "GBP"), ("3 جنيه استرليني", 3, "GBP"),
    # simple KWD 42
    ("42 KWD", 42, "KWD"), ("42 دينار كويتي", 42, "KWD"),
    # simple LBP 42
    ("42 LBP", 42, "LBP"), ("42 ليرة لبنانية", 42, "LBP"), ("42 ليرات لبنانية", 42, "LBP"),
    # simple EGP 42
    ("42 EGP", 42, "EGP"), ("42 جنيه مصري", 42, "EGP"), ("42 جنيهات مصريه", 42, "EGP"),
    ("42 ج.م", 42, "EGP"), ("42 ج.م.", 42, "EGP"),
    # simple QAR 42
    ("42 QAR", 42, "QAR"), ("42 ريال قطري", 42, "QAR"), ("42 ريالات قطرية", 42, "QAR"),
    # simple SAR 42
    ("42 SAR", 42, "SAR"), ("42 ريال سعودي", 42, "SAR"),
    # under EUR 7
    ("تحت سبعة اورو", 7, "EUR"), ("اقل من سبعة يورو", 7, "EUR"), ("اقل من 7 يورو", 7, "EUR"),
    # above Dollar 3.42
    ("اكثر من ثلاثة دولار و42 سينت", 3.42, "USD"), ("3.42$ على الاقل", 3.42, "USD"),
    # simple JOD 5
    ("5 دينار اردني", 5, "JOD"), ("5 دنانير أردنية", 5, "JOD"),
    # simple ILS 5
    ("5 شيقل", 5, "ILS"), ("5 شواقل", 5, "ILS"), ("خمسة شيكل", 5, "ILS"),
]

# Duckling's between Dollar (10, 20): reported, not part of the bar.
RANGES = [
    "من 10 الى 20 دولار", "بحدود 10-20 دولار", "ما بين عشرة وعشرون دولار", "من عشرة لعشرين دولار",
    "حوالي 10$-20$", "10-20 $", "10-20 دولار",
]

# Duckling's under/above bounds, as this package names them.
BOUNDS = {
    "تحت سبعة اورو": "less_than", "اقل من سبعة يورو": "less_than", "اقل من 7 يورو": "less_than",
    "اكثر من ثلاثة دولار و42 سينت": "more_than", "3.42$ على الاقل": "at_least",
}

CARRIER = "قالت الشركة إن السعر {} فقط."


def _read(text: str) -> tuple[float | None, str]:
    """(value, currency) of the one amount in ``text``, or (None, why not)."""
    df = extract_money(text)
    if len(df) != 1:
        return None, f"{len(df)} rows: {df['surface'].tolist()}"
    return float(df.iloc[0]["value"]), df.iloc[0]["currency"]


def _right(text: str, value: float, currency: str) -> bool:
    got, cur = _read(text)
    return got is not None and got == pytest.approx(value) and cur == currency


@pytest.mark.parametrize("template", ["{}", CARRIER], ids=["alone", "in_a_sentence"])
def test_duckling_non_range_examples(template):
    failures = [
        (template.format(t), v, c, _read(template.format(t)))
        for t, v, c in NON_RANGE if not _right(template.format(t), v, c)
    ]
    share = 1 - len(failures) / len(NON_RANGE)
    for f in failures:
        print("DUCKLING MISS", f)
    print(f"duckling non-range: {len(NON_RANGE) - len(failures)}/{len(NON_RANGE)} = {share:.1%}")
    assert share >= 0.90, failures


def test_duckling_bounds_have_their_qualifier():
    got = {t: extract_money(t)["qualifier"].tolist() for t in BOUNDS}
    assert got == {t: [q] for t, q in BOUNDS.items()}


def test_duckling_ranges_reported():
    ok = 0
    for t in RANGES:
        df = extract_money(t)
        right = len(df) == 1 and (df.iloc[0]["value"], df.iloc[0]["value_max"]) == (10, 20)
        ok += right
        if not right:
            print("DUCKLING RANGE MISS", t, df[["surface", "value", "value_max"]].values.tolist())
    print(f"duckling ranges: {ok}/{len(RANGES)}")
    assert ok >= 3  # the plain forms: من 10 الى 20, 10-20 $, 10-20 دولار
