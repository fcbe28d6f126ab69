"""Names, fifteenth session: a listed given name that opens like a word with the article
(«أليكس» normalized), a Latin gloss in brackets after a quoted name, an elative adjective
after a cue noun, a Latin name cut before a legal form, and spellings of widely reported
organizations.

Every sentence here is written for the test (none is quoted from an article); the people
and small companies are invented."""

import pytest

from analysis.extract.entities import extract_entities


def _found(text, kinds=("org", "person", "fund", "government", "product")):
    """(name_en, kind, surface) of every mention in ``text``."""
    df = extract_entities(text)
    return [(n, k, s) for n, k, s in zip(df["name_en"], df["kind"], df["surface"]) if k in kinds]


def _names(text):
    return {n for n, _, _ in _found(text)}


@pytest.mark.parametrize(
    "text, surface",
    [
        # «أليكس», «ألكسندر», «إلياس» normalize to a word opening with «ال»: still given names.
        ("وقال الرئيس التنفيذي أليكس برادلي في مقابلة إن الطلب يرتفع", "أليكس برادلي"),
        ("ويعمل ألكسندر فيدوروف الذي يدير المختبر على نموذج جديد", "ألكسندر فيدوروف"),
    ],
)
def test_a_given_name_with_alef_lam_opens_a_name(text, surface):
    assert surface in {s for _, k, s in _found(text) if k == "person"}


@pytest.mark.parametrize(
    "text, gloss, fragment",
    [
        # The Latin run stops at a small letter; the bracket holds the whole name.
        ('أسس المهندس شركته الجديدة "نوفير لابس" (Novir labs) في برلين.', "Novir labs", "Novir"),
        ('ويدير كريم سالم شركة "ترايدنت فور بيلدرز" (Trident for builders) منذ عامين.',
         "Trident for builders", "Trident"),
    ],
)
def test_a_latin_gloss_after_a_quoted_name_is_that_name(text, gloss, fragment):
    names = _names(text)
    assert gloss in names
    assert fragment not in names


def test_a_gloss_of_a_listed_name_is_that_name_however_spelled():
    # A misspelled gloss, word for word, of the listed name right before it.
    names = _names('وتنافس الشركة شركة "نيورالينك" (Nueralink) في الشرائح العصبية.')
    assert "Neuralink" in names
    assert "Nueralink" not in names


@pytest.mark.parametrize(
    "text",
    [
        "ويمثل المحامون الآن مجموعة أوسع من الكتاب.",
        "وتسعى الحكومة إلى جذب شركات أكثر إلى المنطقة.",
        "وتخطط الوزارة لإنشاء منصة أسرع لخدمة المستثمرين.",
    ],
)
def test_an_elative_after_a_cue_is_no_name(text):
    assert _found(text) == []


def test_no_ampersand_left_when_a_legal_form_is_dropped():
    names = _names('ووفق تقرير لشركة الاستشارات "Harlow & Co" فإن السوق ينمو.')
    assert "Harlow &" not in names
    assert "Harlow" in names


@pytest.mark.parametrize(
    "text, name",
    [
        ("وقالت شركة ويز إن منتجها الجديد جاهز.", "Wiz"),
        ("وانضم إلى الفريق مسؤول سابق في أوبر إيتس.", "Uber Eats"),
        ("وارتفعت حصة Google Gemini في السوق.", "Gemini"),
        ("وذكرت وكالة يونهاب للأنباء أن الصادرات ارتفعت.", "Yonhap"),
        ("أعلنت سامسونغ للإلكترونيات عن أرباحها.", "Samsung"),
        ("وباعت المجموعة جزءا من حصتها في تي-موبايل أميركا.", "T-Mobile US"),
    ],
)
def test_spellings_of_widely_reported_names(text, name):
    assert name in _names(text)


def test_a_city_that_reads_as_a_clitic_and_a_listed_name():
    # «بويز» (Boise) is no ب + «ويز».
    assert "Wiz" not in _names("وتتخذ الشركة من بويز بولاية أيداهو مقرا لها.")


def test_a_listed_acronym_glossing_another_body_is_that_body():
    names = _names("وغرمت هيئة حماية البيانات الهولندية (DPA) شركة ناشئة. وقال رئيس DPA إن القرار نهائي.")
    assert "Dutch Data Protection Authority" in names
    assert "Deutsche Presse-Agentur" not in names


def test_a_quoted_sibling_of_a_listed_product_is_a_product():
    found = _found('وتتوقع الشركة مبيعات كبيرة من رقائق "بلاكويل" و"نوفيرا" خلال العامين المقبلين.')
    assert ("نوفيرا", "product") in {(s, k) for _, k, s in found}


# What a page says about itself (C10): bylines, photo credits, its masthead and own dateline.
@pytest.mark.parametrize(
    "text, absent",
    [
        ("كتب : سامر خليل\nأعلنت شركة نوفاتيك عن جولة تمويل جديدة.", "سامر خليل"),
        ("كتبت- هالة منصور\nأعلنت شركة نوفاتيك عن جولة تمويل جديدة.", "هالة منصور"),
        ("أعلنت شركة نوفاتيك عن جولة تمويل جديدة.\nمصدر الصورة: غيتي إيماجز", "Getty Images"),
        ("مبنى الشركة في المدينة الجديدة (رويترز)\nأعلنت شركة نوفاتيك عن جولة تمويل.", "Reuters"),
        ("الوادي نيوز - أعلنت شركة نوفاتيك عن جولة تمويل جديدة.", "الوادي نيوز"),
        ("أعلنت شركة نوفاتيك عن جولة تمويل جديدة.\n(إعداد سامر خليل للنشرة العربية - تحرير هالة منصور)", "سامر خليل"),
        ("أعلنت شركة نوفاتيك عن جولة تمويل جديدة.\nساهم ماركو تيلي في هذا التقرير.", "ماركو تيلي"),
    ],
)
def test_page_furniture_is_no_entity(text, absent):
    found = {n for n, _, _ in _found(text)} | {s for _, _, s in _found(text)}
    assert absent not in found


@pytest.mark.parametrize(
    "text, name",
    [
        # A cited agency's dateline, a source in brackets after a sentence, a republished text's source.
        ("بروكسل - (رويترز)\nأعلنت المفوضية عن خطة جديدة.", "Reuters"),
        ("وقالت الشركة إنها لن تعلق على الصفقة. (رويترز)\nوفي سياق آخر ارتفعت الأسهم.", "Reuters"),
        ("أعلنت شركة نوفاتيك عن جولة تمويل جديدة.\n(المصدر: رويترز)", "Reuters"),
        ("وقال المتحدث لوكالة رويترز إن الصفقة اكتملت.", "Reuters"),
    ],
)
def test_a_cited_outlet_stays(text, name):
    assert name in {n for n, _, _ in _found(text)}
