"""analysis.sentences: where sentences and clauses break, and where they must not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import normalize
from analysis.text.sentences import clause_spans, sentence_spans, split_sentences

# --------------------------------------------------------------------------- no break


@pytest.mark.parametrize(
    "text",
    [
        "عرض شراء OpenAI مقابل 97.4 مليار دولار أمريكي",
        "سنشتري المنصة مقابل 3.25 مليار دولار إن وافقتم",
        "كما أشار التقرير إلى أن X. Ai تخطط لبناء حاسوب",
        '"X. Ai".. "ماسك" يمول نموذجه للذكاء الاصطناعي بـ 6 مليارات دولار',
        "J. Smith قال ذلك",
        "المصدر: https://vietnamnet.vn/cuoc-chien-ai-2370282.html",
        "راجع www.example.com/a.b?c=d للمزيد",
        "انتهى... ثم عاد",
        "بنسبة 40.5% تقريبا",
        # a full stop glued to a letter spelled in Arabic is a dotted name, not an end
        "استثمرت شركة أوبن إيه.آي في الرقائق",
        "باعت أيه.إم.دي رقائقها",
        "يستخدم تشات جي.بي.تي يوميا",
    ],
)
def test_does_not_break(text):
    assert split_sentences(text) == [text]


# --------------------------------------------------------------------------- breaks


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("قال ماسك. ورد ألتمان.", ["قال ماسك.", "ورد ألتمان."]),
        ("هل يشتري؟ لا أحد يعرف", ["هل يشتري؟", "لا أحد يعرف"]),
        ("Really? Yes! ثم", ["Really?", "Yes!", "ثم"]),
        ("السطر الأول\nالسطر الثاني", ["السطر الأول", "السطر الثاني"]),
        ("السطر الأول\r\n\r\nالسطر الثاني", ["السطر الأول", "السطر الثاني"]),
        ("أعاد تسميتها إلى X. وفي الوقت الحالي", ["أعاد تسميتها إلى X.", "وفي الوقت الحالي"]),
        ('قال: "لا شكرًا". ثم غادر', ['قال: "لا شكرًا".', "ثم غادر"]),
        ("بلغ 97.4 مليار. ثم 9.74 مليار.", ["بلغ 97.4 مليار.", "ثم 9.74 مليار."]),
        # a page that lost the space after a full stop between two Arabic words
        ("ارتفعت الأسهم وحدها.بينما تراجع الدولار", ["ارتفعت الأسهم وحدها.", "بينما تراجع الدولار"]),
        ("أعلنت الشركة الصفقة.وقال مديرها إنها رابحة", ["أعلنت الشركة الصفقة.", "وقال مديرها إنها رابحة"]),
        # commas and semicolons do not end a sentence
        ("أولا، ثانيا؛ ثالثا", ["أولا، ثانيا؛ ثالثا"]),
        ("  ", []),
        ("", []),
    ],
)
def test_sentence_breaks(text, sentences):
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("أولا، ثانيا؛ ثالثا", ["أولا،", "ثانيا؛", "ثالثا"]),
        ("one; two", ["one;", "two"]),
        ("أ، ب؛ ج؟ د. هـ\nو", ["أ،", "ب؛", "ج؟", "د.", "هـ", "و"]),
        # the number keeps its decimal point inside a clause
        ("مقابل 97.4 مليار، أي 9.74", ["مقابل 97.4 مليار،", "أي 9.74"]),
    ],
)
def test_clause_breaks(text, clauses):
    assert split_sentences(text, clauses=True) == clauses
    assert [text[a:b] for a, b in clause_spans(text)] == clauses


def test_spans_are_offsets_into_the_text():
    text = "  قال ماسك.   ورد ألتمان؟\n"
    spans = sentence_spans(text)
    assert spans == [(2, 11), (14, 25)]
    assert [text[a:b] for a, b in spans] == ["قال ماسك.", "ورد ألتمان؟"]


# --------------------------------------------------------------------------- seeds


def _sentences(corpus, article_id):
    body = corpus.set_index("article_id").loc[article_id, "body"]
    return split_sentences(body)


def test_seed_numbers_and_names_stay_whole(corpus):
    s003 = _sentences(corpus, "003_7b04d372a099f76b")
    hit = [s for s in s003 if "97.4" in s]
    assert len(hit) == 1 and hit[0].endswith("مقابل 97.4 مليار دولار أمريكي.")
    hit = [s for s in s003 if "9.74" in s]
    assert len(hit) == 1 and hit[0].startswith("ردًا على عرض شراء OpenAI")
    # "… إلى X. وفي الوقت الحالي …": a lone capital before Arabic does end the sentence
    assert any(s.endswith("وأعاد تسميتها إلى X.") for s in s003)
    assert any(s.startswith("وفي الوقت الحالي، يبلغ رأسمال X") for s in s003)

    s002 = _sentences(corpus, "002_2d51d1c94387f4fe")
    assert s002[0] == '"X. Ai".. "ماسك" يمول نموذجه للذكاء الاصطناعي بـ 6 مليارات دولار'
    assert sum("X. Ai" in s for s in s002) >= 5
    assert not any(s in ("X.", '"X.') or s.startswith("Ai") for s in s002)


def test_seed_source_url_is_one_sentence(corpus):
    raw = corpus.set_index("article_id").loc["003_7b04d372a099f76b", "raw"]
    url = [s for s in split_sentences(raw) if "https://" in s]
    assert url == [
        (
            "المصدر: https://vietnamnet.vn/cuoc-chien-ai-my-trung-chua-ha-nhiet-thung-lung-"
            "silicon-nong-ruc-vi-elon-musk-2370282.html"
        )
    ]


def test_seed_clauses(corpus):
    s001 = _sentences(corpus, "001_ef5f6a763e32d541")
    first = s001[0]
    assert first.startswith("شركة Sequoia Capital،") and first.endswith("ميتا وجوجل.")
    clauses = split_sentences(first, clauses=True)
    assert clauses == [
        "شركة Sequoia Capital،",
        "وهي أحد أشهر شركات رأس المال الاستثمارية في وادي السيليكون،",
        "قررت الاستثمار في شركة الذكاء الاصطناعي التي أطلقها إيلون ماسك تحت اسم xAI،",
        "مما يعزز جهود رئيس شركة تسلا لجمع مليارات الدولارات والتنافس مع OpenAI،",
        "ميتا وجوجل.",
    ]
    assert " ".join(clauses) == first


def test_seeds_split_the_same_after_normalization(corpus):
    # Normalization maps ٫ to "." and removes marks; the sentence count of the seeds
    # (which use ASCII digits) does not change.
    for body in corpus["body"]:
        assert len(sentence_spans(normalize(body))) == len(sentence_spans(body))


# --------------------------------------------------------------------------- properties

chars = st.sampled_from(list("ماسك OpenAI X 97.4 ،؛؟?!.\n\r\t\"”»)") + ["..", "X. Ai"])
texts = st.lists(chars, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_spans_cover_all_text(text):
    for spans in (sentence_spans(text), clause_spans(text)):
        pos = 0
        for a, b in spans:
            assert pos <= a < b <= len(text)
            assert not text[pos:a].strip()  # only whitespace between spans
            assert text[a] == text[a].strip() and text[b - 1] == text[b - 1].strip()
            pos = b
        assert not text[pos:].strip()


@settings(max_examples=300, deadline=None)
@given(texts)
def test_clauses_refine_sentences(text):
    sentences = sentence_spans(text)
    for a, b in clause_spans(text):
        assert any(sa <= a and b <= sb for sa, sb in sentences)
