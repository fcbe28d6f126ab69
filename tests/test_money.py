"""Money mentions: the seeds exactly, each number form, qualifiers, roles, subjects, bad input."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_numbers import (  # formatters shared with the number tests
    SCALES,
    digits,
    with_scale,
    words,
)

from analysis.extract.entities import EntityMention
from analysis.extract.money import MONEY_COLUMNS, extract_money, find_money
from analysis.extract.parties import ROLES
from analysis.text.normalize import normalize

# Every money mention in the four seed articles:
# (article, start, end, surface, value, qualifier, role, subject). All are USD.
SEED_MONEY = [
    ("000", 121, 142, "45 مليار دولار أمريكي", 45e9, "up_to", "valuation", "xAI"),
    ("000", 552, 566, "45 مليار دولار", 45e9, "approx", "valuation", "xAI"),
    ("000", 772, 788, "10 مليارات دولار", 10e9, "more_than", "debt", "OpenAI"),
    ("000", 1117, 1131, "45 مليار دولار", 45e9, "", "valuation", "xAI"),  # «تمت مناقشة تقييم»: the article's company
    ("001", 265, 282, "مليارات الدولارات", None, "", "raise", "xAI"),
    ("001", 356, 371, "6 مليارات دولار", 6e9, "up_to", "raise", "xAI"),
    ("001", 681, 695, "18 مليار دولار", 18e9, "at_least", "valuation", "xAI"),
    ("001", 737, 752, "800 مليون دولار", 800e6, "", "investment", "Sequoia Capital"),
    ("001", 1717, 1733, "13 مليارات دولار", 13e9, "", "raise", "OpenAI"),
    ("001", 1805, 1818, "2 مليار دولار", 2e9, "", "raise", "Anthropic"),
    ("001", 1820, 1835, "4 مليارات دولار", 4e9, "", "raise", "Anthropic"),
    ("002", 84, 99, "6 مليارات دولار", 6e9, "", "raise", "xAI"),
    ("002", 470, 485, "6 مليارات دولار", 6e9, "", "raise", "xAI"),
    ("002", 2106, 2121, "6 مليارات دولار", 6e9, "", "raise", "xAI"),  # only a source named: the article's company
    ("002", 2248, 2267, "تريليونات الدولارات", None, "", "raise", "OpenAI"),  # Altman, «الرئيس التنفيذي لشركة OpenAI»
    ("003", 103, 125, "100 مليار دولار أمريكي", 100e9, "approx", "bid", "OpenAI"),
    ("003", 441, 464, "97.4 مليار دولار أمريكي", 97.4e9, "", "bid", "OpenAI"),
    ("003", 1052, 1067, "500 مليار دولار", 500e9, "", "spending", "Stargate"),
    ("003", 1352, 1367, "100 مليار دولار", 100e9, "", "investment", "OpenAI"),
    ("003", 1393, 1408, "500 مليار دولار", 500e9, "", "investment", "OpenAI"),
    ("003", 2232, 2248, "9.74 مليار دولار", 9.74e9, "", "bid", "X (Twitter)"),
    ("003", 2318, 2339, "44 مليار دولار أمريكي", 44e9, "", "acquisition", "X (Twitter)"),
    ("003", 2411, 2433, "8 مليارات دولار أمريكي", 8e9, "approx", "valuation", "X (Twitter)"),
    ("003", 2597, 2612, "500 مليار دولار", 500e9, "", "spending", "Stargate"),
    ("003", 3126, 3145, "تريليونات الدولارات", None, "", "other", ""),
]


@pytest.fixture(scope="module")
def seed_money(corpus):
    return extract_money(corpus)


def _value(v):
    return None if pd.isna(v) else v


def test_seed_columns(seed_money):
    assert list(seed_money.columns) == MONEY_COLUMNS
    for col in ("value", "value_max", "value_usd"):
        assert seed_money[col].dtype == "float64"
    for col in ("start", "end", "sentence_start", "sentence_end"):
        assert seed_money[col].dtype == "int64"


def test_seed_offsets_are_raw_offsets(corpus, seed_money):
    raws = dict(zip(corpus["article_id"], corpus["raw"]))
    for r in seed_money.itertuples():
        raw = raws[r.article_id]
        assert raw[r.start:r.end] == r.surface
        assert raw[r.sentence_start:r.sentence_end] == r.sentence
        assert r.sentence_start <= r.start < r.end <= r.sentence_end


def test_seed_mentions_exactly(seed_money):
    got = [
        (r.article_id[:3], r.start, r.end, r.surface, _value(r.value), r.qualifier, r.role, r.subject)
        for r in seed_money.itertuples()
    ]
    assert got == SEED_MONEY
    assert set(seed_money["currency"]) == {"USD"}
    quantified = seed_money["value"].notna()
    assert (seed_money.loc[quantified, "value_usd"] == seed_money.loc[quantified, "value"]).all()
    assert (seed_money.loc[~quantified, "note"] == "unquantified").all()


def test_seed_non_money_numbers_are_not_rows(seed_money):
    # Years (2018, 2022, 1985), 40%, 26 مايو, 10 فبراير, GPT-5, 8VC, (0) are not money.
    surfaces = " ".join(seed_money["surface"])
    for s in ("2018", "2022", "1985", "40", "26", "فبراير", "GPT", "8VC"):
        assert s not in surfaces


def test_boilerplate_is_not_searched(corpus):
    art = corpus[corpus["article_id"].str.startswith("001")].iloc[0]
    a, b = art["boilerplate"][0]
    df = extract_money(corpus[corpus["article_id"] == art["article_id"]])
    assert all(not (a <= s < b) for s in df["start"])


# --- Hand-written sentences, one per number form ---

# (text, [(surface, value, currency, qualifier)]) — value None: unquantified/malformed.
CASES = [
    ("جمعت الشركة 6 مليارات دولار.", [("6 مليارات دولار", 6e9, "USD", "")]),
    ("جمعت الشركة ٦ مليارات دولار.", [("٦ مليارات دولار", 6e9, "USD", "")]),
    ("بلغت ٣٫٥ مليار دولار.", [("٣٫٥ مليار دولار", 3.5e9, "USD", "")]),
    ("بلغت ١٬٥٠٠ مليون دولار.", [("١٬٥٠٠ مليون دولار", 1.5e9, "USD", "")]),
    ("بلغت 1,500,000 دولار.", [("1,500,000 دولار", 1.5e6, "USD", "")]),
    ("بلغت 2,5 مليار يورو.", [("2,5 مليار يورو", 2.5e9, "EUR", "")]),
    ("بلغت مليار دولار.", [("مليار دولار", 1e9, "USD", "")]),
    ("بلغت المليار دولار.", [("المليار دولار", 1e9, "USD", "")]),
    ("بلغت ملياري دولار.", [("ملياري دولار", 2e9, "USD", "")]),
    ("بلغت مليارين من الدولارات.", [("مليارين من الدولارات", 2e9, "USD", "")]),
    # A lone «مليونا» joined to its currency is a dual whose ن fell in construct (مليونان +
    # دولار): two million. With a number before it, the accusative singular: one each.
    ("بلغت الكلفة مليونا دولار.", [("مليونا دولار", 2e6, "USD", "")]),
    ("حصلت على تمويل قدره مليارا يورو.", [("مليارا يورو", 2e9, "EUR", "")]),
    ("جمعت الشركة 30 مليارا دولار.", [("30 مليارا دولار", 30e9, "USD", "")]),
    ("بلغت مليارًا من الدولارات.", [("مليارًا من الدولارات", 1e9, "USD", "")]),
    ("بلغت ألفي دولار.", [("ألفي دولار", 2e3, "USD", "")]),
    ("بلغت عشرة آلاف دولار.", [("عشرة آلاف دولار", 1e4, "USD", "")]),
    ("بلغت خمسة وعشرين مليار دولار.", [("خمسة وعشرين مليار دولار", 25e9, "USD", "")]),
    ("بلغت ثلاثة مليارات وخمسمئة مليون دولار.",
     [("ثلاثة مليارات وخمسمئة مليون دولار", 3.5e9, "USD", "")]),
    ("بلغت مئتي مليون دولار.", [("مئتي مليون دولار", 2e8, "USD", "")]),
    ("بلغت ثلاثمائة ألف ريال.", [("ثلاثمائة ألف ريال", 3e5, "SAR", "")]),
    ("بلغت نصف مليار دولار.", [("نصف مليار دولار", 5e8, "USD", "")]),
    ("بلغت ربع مليار دولار.", [("ربع مليار دولار", 2.5e8, "USD", "")]),
    ("بلغت مليارا ونصف المليار دولار.", [("مليارا ونصف المليار دولار", 1.5e9, "USD", "")]),
    ("بلغت 1.5 بليون دولار.", [("1.5 بليون دولار", 1.5e9, "USD", "")]),
    ("بلغت 2 تريليون دولار.", [("2 تريليون دولار", 2e12, "USD", "")]),
    ("بلغت خمسة عشر مليون جنيه.", [("خمسة عشر مليون جنيه", 15e6, "EGP", "")]),
    ("بلغت 500 دولار.", [("500 دولار", 500.0, "USD", "")]),
    ("بلغت عشرة دولارات.", [("عشرة دولارات", 10.0, "USD", "")]),
    # Attached particles, tatweel, diacritics, presentation forms.
    ("يمول نموذجه بـ 6 مليارات دولار.", [("6 مليارات دولار", 6e9, "USD", "")]),
    ("يمول نموذجه بـ6 مليارات دولار.", [("6 مليارات دولار", 6e9, "USD", "")]),
    ("يمول نموذجه ب6مليارات دولار.", [("6مليارات دولار", 6e9, "USD", "")]),
    ("جمعت بمليار دولار.", [("مليار دولار", 1e9, "USD", "")]),
    ("جمعت وبخمسة مليارات دولار.", [("خمسة مليارات دولار", 5e9, "USD", "")]),
    ("بلغت خمـــسة مليـــارات دولار.", [("خمـــسة مليـــارات دولار", 5e9, "USD", "")]),
    ("بلغت خَمْسَةَ مِلْيَارَاتِ دُولَارٍ.", [("خَمْسَةَ مِلْيَارَاتِ دُولَارٍ", 5e9, "USD", "")]),
    ("بلغت ﺧﻤﺴﺔ ﻣﻠﻴﺎﺭﺍﺕ ﺩﻭﻻﺭ.", [("ﺧﻤﺴﺔ ﻣﻠﻴﺎﺭﺍﺕ ﺩﻭﻻﺭ", 5e9, "USD", "")]),
    ("بلغت عشرين مليارًا دولارًا أمريكيًا.", [("عشرين مليارًا دولارًا أمريكيًا", 20e9, "USD", "")]),
    # Currency words and symbols.
    ("بلغت US$ 6 مليارات.", [("US$ 6 مليارات", 6e9, "USD", "")]),
    ("بلغت $7.5 مليار.", [("$7.5 مليار", 7.5e9, "USD", "")]),
    ("بلغت 8 مليارات $ فقط.", [("8 مليارات $", 8e9, "USD", "")]),
    ("بلغت 9 مليارات USD.", [("9 مليارات USD", 9e9, "USD", "")]),
    ("بلغت 4 مليارات €.", [("4 مليارات €", 4e9, "EUR", "")]),
    ("بلغت 100 مليون دولار أميركي.", [("100 مليون دولار أميركي", 1e8, "USD", "")]),
    ("بلغت 100 مليون الدولار الأمريكي.", [("100 مليون الدولار الأمريكي", 1e8, "USD", "")]),
    ("بلغت 300 مليون ريال سعودي.", [("300 مليون ريال سعودي", 3e8, "SAR", "")]),
    ("بلغت 20 مليون ريال قطري.", [("20 مليون ريال قطري", 2e7, "QAR", "")]),
    ("بلغت 200 مليون جنيه مصري.", [("200 مليون جنيه مصري", 2e8, "EGP", "")]),
    ("بلغت 10 ملايين جنيه إسترليني.", [("10 ملايين جنيه إسترليني", 1e7, "GBP", "")]),
    ("بلغت 100 مليون درهم إماراتي.", [("100 مليون درهم إماراتي", 1e8, "AED", "")]),
    ("بلغت 100 مليون درهم.", [("100 مليون درهم", 1e8, "AED", "")]),
    ("بلغت 5 ملايين دينار كويتي.", [("5 ملايين دينار كويتي", 5e6, "KWD", "")]),
    ("بلغت 5 ملايين دينار.", [("5 ملايين دينار", 5e6, "", "")]),  # which dinar: unknown
    ("بلغت 50 مليار ين ياباني.", [("50 مليار ين ياباني", 5e10, "JPY", "")]),
    # Several amounts in one sentence; shared currency; ranges.
    ("حصلت على 2 مليار دولار و4 مليارات دولار من جوجل وأمازون.",
     [("2 مليار دولار", 2e9, "USD", ""), ("4 مليارات دولار", 4e9, "USD", "")]),
    ("حصلت على 2 مليار و4 مليارات دولار.",
     [("2 مليار", 2e9, "USD", ""), ("4 مليارات دولار", 4e9, "USD", "")]),
    ("جمعت 6 مليارات دولار (22.5 مليار ريال).",
     [("6 مليارات دولار", 6e9, "USD", ""), ("22.5 مليار ريال", 22.5e9, "SAR", "")]),
    # Qualifiers.
    ("بتقييم يصل إلى 45 مليار دولار.", [("45 مليار دولار", 45e9, "USD", "up_to")]),
    ("جمع ما يصل إلى 6 مليارات دولار.", [("6 مليارات دولار", 6e9, "USD", "up_to")]),
    ("بلغت حوالي 8 مليارات دولار.", [("8 مليارات دولار", 8e9, "USD", "approx")]),
    ("بلغت حوالى 8 مليارات دولار.", [("8 مليارات دولار", 8e9, "USD", "approx")]),
    ("بلغت بحوالي 8 مليارات دولار.", [("8 مليارات دولار", 8e9, "USD", "approx")]),
    ("بلغت نحو 8 مليارات دولار.", [("8 مليارات دولار", 8e9, "USD", "approx")]),
    ("بلغت قرابة 8 مليارات دولار.", [("8 مليارات دولار", 8e9, "USD", "approx")]),
    ("بلغت ما يقرب من 8 مليارات دولار.", [("8 مليارات دولار", 8e9, "USD", "approx")]),
    ("مقابل ما يقارب 100 مليار دولار.", [("100 مليار دولار", 1e11, "USD", "approx")]),
    ("بلغت 8 مليارات دولار تقريبا.", [("8 مليارات دولار", 8e9, "USD", "approx")]),
    ("جمعت أكثر من 10 مليارات دولار.", [("10 مليارات دولار", 1e10, "USD", "more_than")]),
    ("جمعت ما يزيد على 10 مليارات دولار.", [("10 مليارات دولار", 1e10, "USD", "more_than")]),
    ("قيمتها 18 مليار دولار أو أكثر.", [("18 مليار دولار", 18e9, "USD", "at_least")]),
    ("قيمتها 18 مليار دولار على الأقل.", [("18 مليار دولار", 18e9, "USD", "at_least")]),
    ("قيمتها لا تقل عن 18 مليار دولار.", [("18 مليار دولار", 18e9, "USD", "at_least")]),
    # Unquantified: a row with no value, never dropped and never guessed.
    ("لجمع مليارات الدولارات.", [("مليارات الدولارات", None, "USD", "")]),
    ("لجمع تريليونات الدولارات.", [("تريليونات الدولارات", None, "USD", "")]),
    ("لجمع ملايين الدولارات.", [("ملايين الدولارات", None, "USD", "")]),
    ("لجمع عشرات المليارات من الدولارات.", [("عشرات المليارات من الدولارات", None, "USD", "")]),
    ("لجمع مئات الملايين من الدولارات.", [("مئات الملايين من الدولارات", None, "USD", "")]),
    ("لجمع بضعة ملايين دولار.", [("بضعة ملايين دولار", None, "USD", "")]),
    ("لجمع عدة مليارات يورو.", [("عدة مليارات يورو", None, "EUR", "")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_number_forms(text, expected):
    df = extract_money(text)
    got = [(r.surface, _value(r.value), r.currency, r.qualifier) for r in df.itertuples()]
    assert got == expected
    assert df["article_id"].isna().all()
    for r in df.itertuples():
        assert text[r.start:r.end] == r.surface


@pytest.mark.parametrize("text, value, value_max", [
    ("جمعت بين 5 و6 مليارات دولار.", 5e9, 6e9),
    ("جمعت ما بين 5 و6 مليارات دولار.", 5e9, 6e9),
    ("جمعت بين 5 مليارات و6 مليارات دولار.", 5e9, 6e9),
    ("جمعت من 5 إلى 6 مليارات دولار.", 5e9, 6e9),
    ("جمعت 5-6 مليارات دولار.", 5e9, 6e9),
    ("جمعت خمسة أو ستة مليارات دولار.", 5e9, 6e9),
    ("جمعت بين 500 مليون و1.5 مليار دولار.", 5e8, 1.5e9),
])
def test_ranges_are_one_row(text, value, value_max):
    df = extract_money(text)
    assert len(df) == 1
    r = df.iloc[0]
    assert (r["value"], r["value_max"], r["note"]) == (value, value_max, "range")
    assert text[r["start"]:r["end"]] == r["surface"]


def test_shared_currency_note():
    df = extract_money("حصلت على 2 مليار و4 مليارات دولار.")
    assert list(df["note"]) == ["shared_currency", ""]
    assert list(df["value_max"].isna()) == [True, True]


@pytest.mark.parametrize("text", [
    "في عام 2018 حاول تحويل الشركة.",
    "أطلقت ChatGPT في أواخر عام 2022.",
    "اجتذبت أكثر من 40% من الاستثمارات.",
    "تم الإعلان عنها يوم 26 مايو.",
    "يستخدمه 100 مليون مستخدم.",
    "بلغ عدد الموظفين 1,500 موظف.",
    "تعاقد مع مهندسين وباحثين.",
    "مليار",
    "مليارات",
    "6 مليارات",
    "GPT-5 و 8VC",
])
def test_not_money(text):
    assert extract_money(text).empty


@pytest.mark.parametrize("text", [
    "بلغت 1.2.3 مليار دولار.",
    "بلغت ١٫٢٫٣ مليار دولار.",
    "جمعت 6\nمليار دولار.",  # number cut from its scale by a line break
    "جمعت ستة\nمليار دولار.",
    "جمعت 6\nمليارات دولار.",
    "بلغت .5 مليار دولار.",
    "في عام 2022 مليار دولار.",
])
def test_malformed_amounts_have_no_value(text):
    df = extract_money(text)
    assert len(df) == 1
    assert pd.isna(df.iloc[0]["value"])
    assert df.iloc[0]["note"] in ("malformed", "unquantified")


def test_amount_split_by_a_line_break_before_the_currency():
    assert extract_money("جمعت 6 مليار\nدولار.").empty


def test_empty_and_whitespace():
    for text in ("", " ", "\n\n"):
        df = extract_money(text)
        assert df.empty and list(df.columns) == MONEY_COLUMNS


def test_bad_input_type():
    with pytest.raises(TypeError):
        extract_money(42)


# --- Roles and subjects ---

@pytest.mark.parametrize("text, role", [
    ("جمعت الشركة 6 مليارات دولار في جولة تمويل.", "raise"),
    ("حصلت الشركة على تمويل بقيمة 6 مليارات دولار.", "raise"),
    ("بتقييم يصل إلى 45 مليار دولار.", "valuation"),
    ("تقدر قيمتها السوقية بنحو 80 مليار دولار.", "market_value"),
    ("استثمرت الشركة 800 مليون دولار في تويتر.", "investment"),
    ("ضخ الصندوق 40 مليار دولار في الذكاء الاصطناعي.", "investment"),
    ("عرض شراء الشركة مقابل 97.4 مليار دولار.", "bid"),
    ("استحوذ على تويتر مقابل 44 مليار دولار.", "acquisition"),
    ("حصلت على قروض بقيمة 4 مليارات دولار.", "debt"),
    ("أصدرت سندات بقيمة 5 مليارات دولار.", "debt"),
    ("تبلغ تكلفة المشروع 500 مليار دولار.", "spending"),
    ("رصدت الحكومة ميزانية قدرها 100 مليار ريال.", "spending"),
    ("حطم نموذجان أرقاما قياسية بلغت تريليونات الدولارات.", "other"),
])
def test_roles(text, role):
    assert extract_money(text)["role"].tolist() == [role]


def test_role_follows_the_nearest_cue_before_each_amount():
    df = extract_money("جمعت الشركة 6 مليارات دولار بتقييم 24 مليار دولار.")
    assert df["role"].tolist() == ["raise", "valuation"]


def _ents(text: str, names: dict[str, tuple[str, str]]) -> list[EntityMention]:
    """Fake gazetteer: surface -> (name_en, kind), found in normalized text."""
    t = normalize(text)
    out = []
    for surface, (name, kind) in names.items():
        i = t.find(surface)
        while i >= 0:
            out.append(EntityMention(i, i + len(surface), name, surface, kind))
            i = t.find(surface, i + 1)
    return sorted(out, key=lambda e: e.start)


NAMES = {
    "Acme": ("Acme", "org"), "Beta": ("Beta", "org"), "Gamma Fund": ("Gamma Fund", "fund"),
    "Delta": ("Delta", "org"), "Omega News": ("Omega News", "org"), "Zed": ("Zed", "person"),
}


@pytest.mark.parametrize("text, subject", [
    ("جمعت Acme 6 مليارات دولار من Gamma Fund.", "Acme"),  # not the investor after من
    ("جمعت 6 مليارات دولار لشركة Acme بقيادة Gamma Fund.", "Acme"),
    ("استثمرت Gamma Fund في Acme نحو 800 مليون دولار.", "Gamma Fund"),  # not the investee
    ("عرض Beta شراء Acme مقابل 10 مليارات دولار.", "Acme"),  # a bid prices its target
    ("استحوذت Beta على Acme مقابل 10 مليارات دولار.", "Acme"),
    ("وفق Omega News، جمعت Acme 6 مليارات دولار.", "Acme"),
    ("قال Omega News إن 6 مليارات دولار مبلغ كبير.", ""),  # a quoted source is no subject
    # The head of a company speaks for it: «سعى رئيس شركة Delta لجمع…» raises for Delta.
    ("سعى رئيس شركة Delta لجمع مليارات الدولارات.", "Delta"),
    ("جمعت Zed مليار دولار.", ""),  # persons are not subjects
])
def test_subjects_with_a_given_gazetteer(text, subject):
    t = normalize(text)
    found = find_money(t, entities=_ents(text, NAMES))
    assert [m["subject"] for m in found] == [subject]


def test_find_money_offsets_are_normalized_offsets():
    t = normalize("جمعت الشركة بـ٦ مليارات دولار.")
    (m,) = find_money(t)
    assert t[m["start"]:m["end"]] == "6 مليارات دولار"
    assert (m["value"], m["currency"]) == (6e9, "USD")


# --- Property tests ---

CURRENCY_WORDS = [("دولار", "USD"), ("دولار أمريكي", "USD"), ("يورو", "EUR"),
                  ("ريال سعودي", "SAR"), ("جنيه مصري", "EGP"), ("درهم إماراتي", "AED")]


def _noise(text: str, rnd) -> str:
    """Insert tatweel and diacritics inside Arabic words (normalization removes them)."""
    out = []
    for i, c in enumerate(text):
        out.append(c)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if "\u0628" <= c <= "\u064a" and "\u0628" <= nxt <= "\u064a" and rnd.random() < 0.2:
            out.append("ـ")
        if "\u0621" <= c <= "\u064a" and rnd.random() < 0.2:
            out.append(rnd.choice("\u064e\u064f\u0650\u0652\u0651"))
    return "".join(out)


@settings(max_examples=200)
@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(sorted(SCALES)),
    st.sampled_from(["words", "western", "arabic-indic"]),
    st.sampled_from(CURRENCY_WORDS),
    st.booleans(),
    st.randoms(use_true_random=False),
)
def test_money_round_trip(count, scale, style, currency, noisy, rnd):
    count_text = words(count, rnd.choice) if style == "words" else digits(count, 0, style, False)
    amount = f"{with_scale(count, count_text, scale, rnd.choice)} {currency[0]}"
    if noisy:
        amount = _noise(amount, rnd)
    text = f"أعلنت الشركة أنها جمعت {amount} في جولة تمويل جديدة."
    df = extract_money(text)
    assert len(df) == 1, amount
    r = df.iloc[0]
    assert r["value"] == pytest.approx(count * scale), amount
    assert r["currency"] == currency[1]
    assert r["surface"] == amount
    assert text[r["start"]:r["end"]] == amount
    assert r["role"] == "raise"


@settings(max_examples=200)
@given(
    st.integers(min_value=1, max_value=10**7),
    st.integers(min_value=0, max_value=2),
    st.sampled_from(["western", "arabic-indic", "persian"]),
    st.booleans(),
)
def test_digit_amount_round_trip(n, decimals, style, grouped):
    value = n / 10**decimals
    amount = f"{digits(value, decimals, style, grouped)} دولار"
    df = extract_money(f"بلغت {amount}.")
    assert df["surface"].tolist() == [amount]
    assert df.iloc[0]["value"] == pytest.approx(value)


def _check_invariants(text: str) -> None:
    df = extract_money(text)
    assert list(df.columns) == MONEY_COLUMNS
    for r in df.itertuples():
        assert text[r.start:r.end] == r.surface
        assert text[r.sentence_start:r.sentence_end] == r.sentence
        assert r.role in ROLES
        assert r.qualifier in ("", "up_to", "approx", "more_than", "at_least")
        if not pd.isna(r.value):
            assert math.isfinite(r.value) and r.value >= 0
            assert r.surface.strip()
            if r.note == "":
                # Never invented: the surface alone says the same amount.
                again = extract_money(r.surface)
                assert again["value"].tolist()[-1:] == [r.value]


@settings(max_examples=300)
@given(st.text())
def test_random_unicode_never_crashes(text):
    _check_invariants(text)


SOUP = list("0123456789.,٫٬ و\n-$ـًَ") + [
    "مليار", "مليارات", "ملياري", "ألف", "آلاف", "خمسة", "عشرون", "نصف", "دولار", "الدولارات",
    "يورو", "ريال", "سعودي", "بين", "من", "إلى", "أو أكثر", "حوالي", "عام", "بـ", "US$",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(SOUP), max_size=40).map("".join))
def test_money_soup_never_crashes(text):
    _check_invariants(text)


# --- Money as news writes it (issue 13): sentences written for these tests ---

def _rows(text):
    df = extract_money(text)
    for r in df.itertuples():
        assert text[r.start:r.end] == r.surface
    return [(r.surface, _value(r.value), _value(r.value_max), r.currency, r.qualifier, r.note)
            for r in df.itertuples()]


@pytest.mark.parametrize("text, expected", [
    # a range whose two ends each carry the currency
    ("قدّر الخبير المبلغ بما بين 65 مليار دولار و109 مليارات دولار.",
     [("65 مليار دولار و109 مليارات دولار", 65e9, 109e9, "USD", "", "range")]),
    ("تراوحت التعويضات بين 7 ملايين يورو و9 ملايين يورو.",
     [("7 ملايين يورو و9 ملايين يورو", 7e6, 9e6, "EUR", "", "range")]),
    ("تراوح العرض من 5 مليارات دولار إلى 6 مليارات دولار.",
     [("5 مليارات دولار إلى 6 مليارات دولار", 5e9, 6e9, "USD", "", "range")]),
    ("قدرت الصفقة بما بين 2 مليار دولار و3 مليارات و250 مليون دولار.",
     [("2 مليار دولار و3 مليارات و250 مليون دولار", 2e9, 3.25e9, "USD", "", "range")]),
    ("تدرس المجموعة ضخ ما بين 4 إلى 7 مليارات دولار.",
     [("4 إلى 7 مليارات دولار", 4e9, 7e9, "USD", "", "range")]),
    # two amounts, not a range, when nothing makes them one
    ("جمعت 2 مليار دولار و4 مليارات دولار من مستثمرين.",
     [("2 مليار دولار", 2e9, None, "USD", "", ""), ("4 مليارات دولار", 4e9, None, "USD", "", "")]),
    # a compound amount is one amount
    ("بلغت القيمة 109 مليارات و430 مليون دولار.",
     [("109 مليارات و430 مليون دولار", 109.43e9, None, "USD", "", "")]),
    # a change of value is two amounts: before and after
    ("ارتفعت قيمتها من 300 إلى 500 مليار دولار.",
     [("300", 300e9, None, "USD", "", "change_from"), ("500 مليار دولار", 500e9, None, "USD", "", "change_to")]),
    ("خفضت الشركة توقعاتها من 8 مليارات دولار إلى 6 مليارات دولار.",
     [("8 مليارات دولار", 8e9, None, "USD", "", "change_from"),
      ("6 مليارات دولار", 6e9, None, "USD", "", "change_to")]),
    # the currency carried by the context
    ("جمعت الشركة 40 مليار دولار، منها 30 مليارًا من سوفت بنك.",
     [("40 مليار دولار", 40e9, None, "USD", "", ""), ("30 مليارًا", 30e9, None, "USD", "", "context_currency")]),
    ("جمعت 6 مليارات دولار بتقييم بلغ 157 مليارًا.",
     [("6 مليارات دولار", 6e9, None, "USD", "", ""), ("157 مليارًا", 157e9, None, "USD", "", "context_currency")]),
    ("جمعت 300 مليون يورو، ووصلت إيراداتها إلى 200 مليون.",
     [("300 مليون يورو", 300e6, None, "EUR", "", ""), ("200 مليون", 200e6, None, "EUR", "", "context_currency")]),
    # ... but not a count: another scale, a counted noun, من + a noun with ال, a noun of counting
    ("جمعت 300 مليون يورو، ووصل عدد مستخدميها إلى 200 مليون.", [("300 مليون يورو", 300e6, None, "EUR", "", "")]),
    ("جمعت 6 مليارات دولار ولديها 300 مليون مستخدم.", [("6 مليارات دولار", 6e9, None, "USD", "", "")]),
    ("جمعت 6 مليارات دولار ولديها 300 مليون.", [("6 مليارات دولار", 6e9, None, "USD", "", "")]),
    ("جمعت 6 مليارات دولار، وجذبت 2 مليار من المستخدمين.", [("6 مليارات دولار", 6e9, None, "USD", "", "")]),
    ("جمعت 6 مليارات دولار.\nوفي 2024 سجلت 4 مليارات.", [("6 مليارات دولار", 6e9, None, "USD", "", "")]),
    # The article's only currency carries to a sum on another line followed by a preposition, or to a
    # labelled line's value.
    ("مايكروسوفت تستثمر 8 مليارات في كينيا\nأعلنت مايكروسوفت استثمار 8 مليارات دولار في كينيا.",
     [("8 مليارات", 8e9, None, "USD", "", "context_currency"), ("8 مليارات دولار", 8e9, None, "USD", "", "")]),
    ("بلغت استثمارات الصناديق 9 مليارات دولار.\n• صندوق النخيل: 4.5 مليار\n• صندوق الواحة: 3 مليارات",
     [("9 مليارات دولار", 9e9, None, "USD", "", ""), ("4.5 مليار", 4.5e9, None, "USD", "", "context_currency"),
      ("3 مليارات", 3e9, None, "USD", "", "context_currency")]),
    # … or to a figure that opens an item of a list (not a percentage, nor a figure inside the item).
    ("- 12.5 مليار ضختها الصناديق السيادية\n- 63 في المئة حصة الخليج\n- بلغت الأصول 4 مليارات\nوضخ الصندوق 9 مليارات دولار.",
     [("12.5 مليار", 12.5e9, None, "USD", "", "context_currency"), ("9 مليارات دولار", 9e9, None, "USD", "", "")]),
    # rand, ringgit, the Indian crore (ten million), the yuan with tanween
    ("ضخت الشركة 5.4 مليارات راند في مراكز البيانات.", [("5.4 مليارات راند", 5.4e9, None, "ZAR", "", "")]),
    ("منحت غوغل عقدا بقيمة مليار رينغيت ماليزي.", [("مليار رينغيت ماليزي", 1e9, None, "MYR", "", "")]),
    ("وافقت الحكومة على حزمة بقيمة 10,300 كرور روبية.", [("10,300 كرور روبية", 1.03e11, None, "INR", "", "")]),
    ("أغلق السهم عند 895 يوانًا.", [("895 يوانًا", 895.0, None, "CNY", "", "")]),
    # the pound named by its adjective alone, a stem deep inside its word; the Nordic krona by its adjective
    ("خصصت الحكومة البريطانية 500 مليون إسترليني للبحث.", [("500 مليون إسترليني", 5e8, None, "GBP", "", "")]),
    ("ستستثمر الشركة 5.5 مليار كرونة سويدية في السويد.", [("5.5 مليار كرونة سويدية", 5.5e9, None, "SEK", "", "")]),
    # wire-agency decimals
    ("جمعت 7ر10 مليار دولار.", [("7ر10 مليار دولار", 10.7e9, None, "USD", "", "")]),
    ("بسعر ٠١ر٠ دولار للسهم.", [("٠١ر٠ دولار", 0.01, None, "USD", "", "")]),
    # Latin forms inside Arabic text, and an English sentence quoted
    ("جمعت $45B في جولة.", [("$45B", 45e9, None, "USD", "", "")]),
    ("بلغت €2bn العام الماضي.", [("€2bn", 2e9, None, "EUR", "", "")]),
    ("بلغت US$1.5 billion.", [("US$1.5 billion", 1.5e9, None, "USD", "", "")]),
    ("وكتب: \"We raised about $6.6 billion at a $157 billion valuation\".",
     [("$6.6 billion", 6.6e9, None, "USD", "approx", ""), ("$157 billion", 157e9, None, "USD", "", "")]),
    ("وقال: \"It could cost up to 500 million dollars\".",
     [("500 million dollars", 500e6, None, "USD", "up_to", "")]),
    # Maghrebi and Levantine spellings, ISO codes, minor units
    ("بلغت 20 مليون أورو.", [("20 مليون أورو", 20e6, None, "EUR", "", "")]),
    ("بلغت 5 ملايين شيكل و3 ملايين شيقل.",
     [("5 ملايين شيكل", 5e6, None, "ILS", "", ""), ("3 ملايين شيقل", 3e6, None, "ILS", "", "")]),
    ("بلغت 900 مليار ليرة لبنانية.", [("900 مليار ليرة لبنانية", 900e9, None, "LBP", "", "")]),
    ("بلغت 900 مليار ليرة سورية.", [("900 مليار ليرة سورية", 900e9, None, "SYP", "", "")]),
    ("بلغت 40 مليون دينار أردني.", [("40 مليون دينار أردني", 40e6, None, "JOD", "", "")]),
    ("بلغت 7 مليارات LBP و2 مليار EGP.",
     [("7 مليارات LBP", 7e9, None, "LBP", "", ""), ("2 مليار EGP", 2e9, None, "EGP", "", "")]),
    ("بلغت 3 مليارات SAR و1.2 مليار AED.",
     [("3 مليارات SAR", 3e9, None, "SAR", "", ""), ("1.2 مليار AED", 1.2e9, None, "AED", "", "")]),
    ("ارتفع السهم 45 سنتا.", [("45 سنتا", 0.45, None, "USD", "", "")]),
    ("بلغ السعر 20 دولارا و43 سنتا.", [("20 دولارا و43 سنتا", 20.43, None, "USD", "", "")]),
    # dot before three digits, no scale: thousands (cents have two digits)
    ("بلغت الإيرادات 44.485 دولارًا أمريكيًا.", [("44.485 دولارًا أمريكيًا", 44485.0, None, "USD", "", "")]),
    ("أغلق السهم عند 129.93 دولار.", [("129.93 دولار", 129.93, None, "USD", "", "")]),
    ("بلغت 1.500 مليار دولار.", [("1.500 مليار دولار", 1.5e9, None, "USD", "", "")]),
    # a dropped final letter after a scale word
    ("بقيمة 40 مليار دولا. وقالت", [("40 مليار دولا", 40e9, None, "USD", "", "")]),
])
def test_news_forms(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", ["يقع على بعد 40 دولا.", "بلغ 10 cm.", "زارت 5 دولا عربية."])
def test_news_forms_not_money(text):
    assert extract_money(text).empty


@pytest.mark.parametrize("text, qualifier", [
    ("تكبدت خسائر تجاوزت 12 مليار دولار.", "more_than"),
    ("جمعت ما يزيد على 6 مليارات دولار.", "more_than"),
    ("عقد بقيمة تتجاوز 10 مليارات دولار.", "more_than"),
    ("بقيمة لا تتجاوز 10 مليارات دولار.", "up_to"),  # the longest phrase wins
    ("بلغت ما يقرب من 8 مليارات دولار.", "approx"),
    ("بلغت قرابة 8 مليارات دولار.", "approx"),
    ("أي ما يعادل سنويا 5.4 مليارات دولار.", ""),  # an equivalent, not an estimate
    ("كانت الإيرادات أقل من 2 مليون دولار.", "less_than"),
    ("اقل من سبعة يورو.", "less_than"),
    # a verb of reaching: up to only after an indefinite noun
    ("تتفاوض على استثمار يصل إلى 8 مليارات دولار.", "up_to"),
    ("أطلقت برنامجا تصل قيمته إلى 4 مليارات يورو.", "up_to"),
    ("قال إن الغرامة قد تصل إلى 90 مليون يورو.", "up_to"),  # قد: may reach, whatever the subject
    ("قد يصل إجمالي التعويضات إلى 60 مليون دولار.", "up_to"),
    ("سجلت أرباحا وصلت إلى 4 مليارات دولار.", ""),  # the perfect: the figure reached
    ("تفرض العقوبات التي تصل إلى 12 مليون يورو.", "up_to"),  # a relative clause describes its noun
    ("الحزمة التي وصلت قيمتها إلى 3 مليارات دولار.", ""),
    ("مع تجاوز أرباحها السنوية الصافية حاجز 7 مليارات دولار.", "more_than"),
    ("بعد أن تخطت نفقات التشغيل السنوية 900 مليون دولار.", "more_than"),
    ("يرجح أن يصل إجماليه إلى 80 مليار دولار على الأقل.", "at_least"),
    ("تعهدوا بتمويلات قد تصل إلى 70 مليار دولار.", "up_to"),
    ("جمع ما يصل إلى 6 مليارات دولار.", "up_to"),
    ("التكاليف المقدرة تصل إلى 3 مليارات دولار.", ""),
    ("رجحت أن تصل نفقاتها إلى 27 مليار دولار.", ""),
    ("كما قد تصل إلى 9 مليارات دولار في 2027.", ""),
    ("وارتفعت الإيرادات لتصل إلى 3 مليارات دولار.", ""),
    # the family of a verb of exceeding, and the value and threshold between it and the amount
    ("نأمل أن نتجاوز 3 مليارات دولار هذا العام.", "more_than"),
    ("صفقات تخطت قيمتها 700 مليون دولار.", "more_than"),
    ("بعدما تجاوزت قيمتها السوقية حاجز 6 تريليونات دولار.", "more_than"),
    ("ساعدها على تجاوز سقف الـ 40 مليار دولار.", "more_than"),
    ("دفعت ما يزيد قليلا عن 9 مليارات دولار.", "more_than"),
    ("بلغت أكثر بقليل من 12 مليار يورو.", "more_than"),
    ("تقديرات سابقة لم تتجاوز 25 مليار دولار.", "up_to"),
    ("بكلفة اقتربت من 8 ملايين دولار.", "approx"),
    ("تنفق أكثر من (120 مليار يورو) في العام الجاري.", "more_than"),
    ("مبيعات فاقت التوقعات بلغت قيمتها 21 مليار دولار.", ""),  # another verb between: no frame
    ("تجاوزت شركة زاهر 15 مليار دولار.", ""),  # a name is no frame
    # a verb of reaching: up to only after an indefinite noun
    ("بلغت 33 مليون دولار، أو أكثر من 700 مرة مما أعلنته.", ""),  # a new comparison starts
])
def test_news_qualifiers(text, qualifier):
    assert extract_money(text)["qualifier"].tolist() == [qualifier]


@pytest.mark.parametrize("text, expected", [
    # «X إلى Y» with one scale and no من is a range too (a conversion, a forecast) ...
    ("(27 إلى 46 مليار دولار بأسعار اليوم)", [("27 إلى 46 مليار دولار", 27e9, 46e9, "USD", "", "range")]),
    # ... but not after a verb of change, where the first figure is what changed
    ("وارتفعت الحصة 5 إلى 7 مليارات دولار.", [("7 مليارات دولار", 7e9, None, "USD", "", "")]),
    # a fraction after the currency belongs to the amount when it governs nothing
    ("تضخ مليار يورو ونصف في المصنع.", [("مليار يورو ونصف", 1.5e9, None, "EUR", "", "")]),
    ("بيع السهم بـ 12 دولارا ونصف.", [("12 دولارا ونصف", 12.5, None, "USD", "", "")]),
    ("أنفقت مليار دولار ونصف ميزانيتها.", [("مليار دولار", 1e9, None, "USD", "", "")]),
    # one unit, its number after the noun
    ("عرضت خدمتها مقابل دولار واحد للسنة.", [("دولار واحد", 1.0, None, "USD", "", "")]),
    ("بسعر سنت واحد للسهم.", [("سنت واحد", 0.01, None, "USD", "", "")]),
    ("الدولار الواحد يعادل 3.67 درهم.", [("3.67 درهم", 3.67, None, "AED", "", "")]),  # a rate's unit
    # two figures sharing one scale and currency
    ("سجلتا 41.5 و40.2 مليار يورو على التوالي.",
     [("41.5", 41.5e9, None, "EUR", "", "shared_currency"), ("40.2 مليار يورو", 40.2e9, None, "EUR", "", "")]),
    ("في عامي 2023 و2024 بلغت 8 مليارات دولار.", [("8 مليارات دولار", 8e9, None, "USD", "", "")]),
])
def test_amount_forms_of_news(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word of paying or investing before a figure with no currency makes it a sum in the
    # article's only currency, whatever follows it
    ("شركة رامز تضخ 4.4 مليار لتطوير مصانعها\nأعلنت رامز عن خطة بقيمة 4.4 مليار دولار.",
     [("4.4 مليار", 4.4e9, None, "USD", "", "context_currency"), ("4.4 مليار دولار", 4.4e9, None, "USD", "", "")]),
    ("جمع الصندوق 7 مليارات دولار.\n\nوقاد جهاز سمير الاستثمار باستثمارات بلغت 3 مليارات، بحسب البيان.",
     [("7 مليارات دولار", 7e9, None, "USD", "", ""), ("3 مليارات", 3e9, None, "USD", "", "context_currency")]),
    # a noun of counting opens the figure's clause: a count, not a sum («عدد من» is no count)
    ("جمعت المنصة 2 مليار دولار، وارتفع عدد مشتركيها إلى 9 ملايين في العام.",
     [("2 مليار دولار", 2e9, None, "USD", "", "")]),
    ("جمعت المنصة 2 مليار دولار، وضخ عدد من المستثمرين 1.5 مليار في الجولة.",
     [("2 مليار دولار", 2e9, None, "USD", "", ""), ("1.5 مليار", 1.5e9, None, "USD", "", "context_currency")]),
    # near miss: no such word, a figure ending its clause says not of what
    ("جمع الصندوق 7 مليارات دولار.\n\nوقال الجهاز إنه سجل 3 مليارات، بحسب البيان.",
     [("7 مليارات دولار", 7e9, None, "USD", "", "")]),
])
def test_sum_in_the_article_currency(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, currencies", [
    # a bare word shared by several countries takes the code its adjective gives it elsewhere
    ("باعت سندات بالجنيه الإسترليني بقيمة 3 مليارات جنيه.", ["GBP"]),
    ("جمعت 4 مليارات ليرة تركية، أي أكثر من 120 مليون دولار بسعر 33 ليرة للدولار.", ["TRY", "USD", "TRY"]),
    # else the code of the one country of that currency the text names
    ("خصصت الحكومة المغربية 600 مليون درهم للشركات الناشئة.", ["MAD"]),
    ("ميزانية الكويت للعام المقبل 24 مليار دينار.", ["KWD"]),
    ("قدرت مسقط قيمة المشروع بـ 2 مليار ريال.", ["OMR"]),
    # near misses: the default's country is named too, or two countries of the word
    ("شركة من دبي تستثمر 600 مليون درهم في المغرب.", ["AED"]),
    ("تبادلت الكويت والبحرين قروضا بقيمة 3 مليارات دينار.", [""]),
    ("خصصت الحكومة الكندية 300 مليون دولار.", ["USD"]),  # a bare dollar stays the US dollar
    ("بلغت 2 تريليون دولار تايواني (62 مليار دولار).", ["TWD", "USD"]),
    ("جمع 9 مليارات دولار هونغ كونغي.", ["HKD"]),
])
def test_currency_of_the_article(text, currencies):
    assert extract_money(text)["currency"].tolist() == currencies


@pytest.mark.parametrize("line", [
    "5 مليارات دولار و" * 6_000,
    "7ر10 مليار دولار " * 6_000,
    "من 5 إلى 6 مليارات دولار ارتفعت " * 3_000,
    "1" * 100_000 + " دولار",
    "مليار " * 17_000 + "دولار",
    "خمسة وعشرون " * 8_000 + "دولار",
    "جمعت 40 مليار دولار، منها 30 مليارًا من " * 2_500,
    "$45B " * 20_000,
])
def test_long_hostile_money_lines_stay_fast(line):
    import time

    t0 = time.process_time()
    extract_money(line)
    assert time.process_time() - t0 < 30, "catastrophic backtracking?"
