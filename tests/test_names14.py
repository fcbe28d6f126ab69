"""Names, fourteenth session: parts of a person's name joined by a connector, appositions
between commas after any verb, a quoted company in a title's complement, prepositions and
a preposition on a common noun that are no names, a state as the subject of a feminine
imperfect verb at a clause start, dotted one-letter names, Persian letters in names, and a
few spellings of widely reported organizations.

Every sentence here is written for the test (none is quoted from an article); the people
and small companies are invented."""

import pytest

from analysis import normalize
from analysis.extract.entities import extract_entities


def _found(text, kinds=("org", "person", "fund", "government", "product")):
    """(name_en, kind, surface) of every mention in ``text`` the finders name, also in the
    page's furniture (a dateline, a masthead, a caption's credit), which the entities table
    leaves out (convention C10; tests/test_names15.py)."""
    df = extract_entities(text, furniture=False)
    return [(n, k, s) for n, k, s in zip(df["name_en"], df["kind"], df["surface"]) if k in kinds]


def _surfaces(text, kinds=("org", "person", "fund", "government", "product")):
    return {s for _, _, s in _found(text, kinds)}


@pytest.mark.parametrize(
    "text, surface",
    [
        # «عبد» and the word it joins are one part: a family name still follows.
        ("وكتب المهندس عبد الرحيم قنديل* مقالا عن الرقائق", "عبد الرحيم قنديل"),
        # A name opening with «في» before a role is no «ف» + verb.
        ("وأوضح فيكتور سالمي، رئيس شركة تالوس في إسبانيا، أن العقد كبير", "فيكتور سالمي"),
        # An indefinite role after a verb that is no verb of saying: the name between two commas.
        ("ناقش وزير الزراعة والري الموريتاني، حمادي ولد سيدي، مع الوفد خطة التمويل", "حمادي ولد سيدي"),
        ("واستقبل مدير الصندوق الوطني، كريم بنعلي، وفدا من المستثمرين", "كريم بنعلي"),
        # A company in quotes inside the title's complement.
        ("وقال مدير \"نوفاليس\" التنفيذي، ماركو تيلي، إن الطلب يرتفع", "ماركو تيلي"),
        ("وأكد الرئيس التنفيذي لـ\"ترابيكس\"، سونيل راجو، أن المصنع جاهز", "سونيل راجو"),
        # A name opening with «ل» right after the complement, closed by «بأن».
        ("وصرح وزير الاقتصاد البلجيكي لوكاس فيرمين بأن الخطة مهمة", "لوكاس فيرمين"),
    ],
)
def test_people_found(text, surface):
    assert surface in _surfaces(text)


@pytest.mark.parametrize(
    "text",
    [
        # A list of words after a role with no comma after them names no one.
        "واعتمدت المحطة على أنظمة تبريد متخصصة وبنية تحتية شبكية حديثة.وسوف تعمل قريبا",
        # A title used as an adjective («الرئيس» = main) and a preposition on a common noun.
        "وهو المؤشر الرئيس لسوق السندات في النمسا",
        "قالت منى خوري، الرئيسة التنفيذية لقطاع الشبكات في الشركة، إن الطلب قوي",
        # A title then a verb's object and a preposition: no name.
        "وهي المرة الأولى التي يلقي فيها الرئيس كلمة أمام النواب",
    ],
)
def test_no_person_from_common_words(text):
    found = _found(text, ("person",))
    assert all(not s.startswith(("ل", "كلمة", "بنية", "تحتية")) for _, _, s in found), found


@pytest.mark.parametrize(
    "text, word",
    [
        ("أعلنت الحكومة عن إطلاق صندوق مالي بقيمة مليون يورو", "مالي"),
        ("نقلت الوكالة عن مجموعة مصادر مطلعة أن الصفقة قريبة", "مصادر"),
        ("وتم تشكيل مجموعة عمل مشتركة لمتابعة المشروع", "عمل"),
        ("بلغ عدد الشركات أكثر من ألف شركة بحلول نهاية العام", "بحلول"),
        ("ولدت الصفقة بهدف ضم الفريق إلى الشركة", "بهدف ضم"),
    ],
)
def test_prepositions_and_common_nouns_are_no_names(text, word):
    assert not any(word in s for s in _surfaces(text)), _found(text)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("لأول مرة.. فنلندا تتفوق على جيرانها في الحوسبة", "فنلندا"),  # a headline, subject-verb
        ("البرتغال تحذر من تأخر خطة الرقائق", "البرتغال"),
        ("وضعت الإمارات خطة جديدة للبيانات", "الإمارات"),
        ("جعلت بكين الرقائق أولوية وطنية", "بكين"),
    ],
)
def test_state_as_subject_of_a_verb(text, surface):
    assert any(k == "government" and s == surface for _, k, s in _found(text)), _found(text)


def test_a_state_after_a_masculine_verb_of_competing_is_its_object():
    text = "يسعى المشروع إلى بناء مركز إقليمي ينافس الولايات المتحدة والصين في الحوسبة"
    assert not any(k == "government" for _, k, _ in _found(text)), _found(text)


def test_a_country_then_a_verbal_noun_is_no_government():
    # «تمويل» is a verbal noun (ي before its last letter), no verb agreeing with the country.
    text = "أعلنت الشركة خطتها.\nفنلندا تمويل جديد للمختبرات"
    assert not any(k == "government" for _, k, _ in _found(text)), _found(text)


def test_bracket_acronym_on_the_next_line_tells_a_name():
    text = "ووقعت الشركة مع مركز البحوث الزراعية التطبيقية\n(ARRC) اتفاقا جديدا"
    assert "مركز البحوث الزراعية التطبيقية" in _surfaces(text)


def test_latin_page_furniture_and_finance_words_are_no_names():
    text = "Written by\n\nPicture of فريق التحرير\n\nCommunications Consultant\n\nشارك Close Button\n\n" \
           "اشترى الصندوق عقود بيع (Puts) على أسهم الشركة واعتبرها البعض من إنتاج CGI"
    assert not _found(text), _found(text)


def test_a_long_excerpt_cut_inside_a_latin_name():
    filler = "وقالت الشركة إن الطلب على الرقائق يرتفع في الأسواق. " * 40
    text = filler + "وانضم إلى الجولة مستثمرون منهم Norvane Capital وQuel"
    names = {n for n, _, _ in _found(text)}
    assert "Norvane Capital" in names and "Quel" not in names
    # A short text ends where its writer ended it: the last name stays.
    assert "Korvane" in {n for n, _, _ in _found("جمعت شركة Korvane")}


def test_one_letter_name_inside_a_dotted_name_and_an_address():
    assert not any(n == "X (Twitter)" for n, _, _ in _found("أطلقت الشركة نموذجها B.X 2.0 للعملاء"))
    text = "نشر الوزير صورة pic.twitter.com/AbCdEf123 عن الزيارة"
    assert not any(n == "X (Twitter)" for n, _, _ in _found(text))


def test_persian_letters_fold_to_arabic_letters():
    assert normalize("داتاڤولت وأوكساچون") == normalize("داتافولت وأوكساجون")
    assert any(n == "DataVolt" for n, _, _ in _found("وقعت داتاڤولت عقدا جديدا"))


@pytest.mark.parametrize(
    "text, name",
    [
        ("قالت شركة التدقيق إرنست ويونغ إن السوق ينمو", "EY"),
        ("بحسب تقرير أعدته إي. واي. للمستثمرين", "EY"),
        ("وأفاد موقع ذي إنفورميشن بأن الجولة اكتملت", "The Information"),
        ("وتدير هيئة أبوظبي للاستثمار أصولا ضخمة", "ADIA"),
        ("وقدر التقرير أصول صندوق قطر للاستثمار بمبلغ كبير", "Qatar Investment Authority"),
        ("وضخ الصندوق السعودي للاستثمارات العامة أموالا في الشركة", "Public Investment Fund"),
        ("وسط منافسة مع SK هاينكس في الذاكرة", "SK Hynix"),
        ("تمت إضافة شركة سوبر ميكرو كمبيوتر إلى المؤشر", "Super Micro Computer"),
        ("أبوظبي - الخليج أونلاين", "Al Khaleej Online"),
    ],
)
def test_spellings_of_widely_reported_names(text, name):
    assert name in {n for n, _, _ in _found(text)}, _found(text)


def test_a_generic_word_opening_a_three_word_latin_name_stays():
    assert "Tech Lumen Works" in {n for n, _, _ in _found("وقالت شركة الاستشارات Tech Lumen Works إن السوق ينمو")}
    # Two words: the generic word is no part of the name.
    assert "Tech Lumen" not in {n for n, _, _ in _found("وقالت شركة الاستشارات Tech Lumen إن السوق ينمو")}


@pytest.mark.parametrize("text, name", [
    ("وتراهن الشركة على نموذجها Velora 3.5 الذي يجمع بين اللغة والصور", "Velora 3.5"),
    ("بفضل الطلب على Orbix 365.\nأما قسم الألعاب", "Orbix 365"),
])
def test_a_version_number_is_part_of_a_latin_name(text, name):
    assert name in {n for n, _, _ in _found(text)}, _found(text)


def test_a_version_like_number_before_a_scale_word_is_an_amount():
    names = {n for n, _, _ in _found("وحققت Zenvora 4.5 مليار دولار من المبيعات")}
    assert "Zenvora" in names and "Zenvora 4.5" not in names


def test_an_outlet_named_by_a_common_word_alone_in_brackets():
    assert "Al Bayan" in {n for n, _, _ in _found("وامتنعت الشركة عن التعليق على الصفقة. (البيان)")}
    assert "Al Bayan" in {n for n, _, _ in _found("خطة جديدة للرقائق\n(البيان)-12/05/2025\nكتب المحرر")}


def test_a_dateline_with_the_city_in_brackets():
    text = "مقدمة الصفحة\nالنورس (نواكشوط) - أعلنت الحكومة عن خطة رقمية"
    assert "النورس" in {s for _, _, s in _found(text)}


@pytest.mark.parametrize("text, surface", [
    ("وأقامت شركة نوفا وحكومة مدينة تالين حفلا لافتتاح المركز", "حكومة مدينة تالين"),
    ("بتمويل من حكومة مقاطعة غانسو حيث يقع المصنع", "حكومة مقاطعة غانسو"),
])
def test_the_government_of_an_unlisted_city_or_province(text, surface):
    assert any(k == "government" and s == surface for _, k, s in _found(text)), _found(text)


def test_a_unit_before_a_common_word_is_no_local_government():
    assert not any(k == "government" for _, k, _ in _found("وقالت حكومة المدينة الجديدة إن المشروع جاهز"))


def test_agency_and_photo_credit_spellings():
    assert "WAM" in {n for n, _, _ in _found("الرباط في 3 مارس/ وام / أعلنت الشركة عن خطة")}
    assert "Saudi Press Agency" in {n for n, _, _ in _found("جدة 4 مايو /واس/ أعلنت الهيئة عن خطة")}
    assert "Getty Images" in {n for n, _, _ in _found("مركز بيانات في ولاية أوهايو (Getty)\nوقالت الشركة")}


def test_a_dateline_outlet_with_a_word_of_news():
    assert "نجمة أخبار" in {n for n, _, _ in _found("مقدمة\nنجمة أخبار – أعلنت الشركة عن خطة")}
    assert not _found("مقدمة\nآخر أخبار – أعلنت الوزارة خطة", ("org",))


def test_quoted_siblings_of_a_quoted_company_name():
    text = "الجولة المدعومة من “رافال كابيتال”، و”إيلورا”، و”نوميكس”، ستمول التوسع"
    surfaces = {s for _, _, s in _found(text)}
    assert {"إيلورا", "نوميكس"} <= surfaces, surfaces


@pytest.mark.parametrize("text, surface", [
    ("وقال غريغ هولتمان، معد الدراسة إن السوق ينمو", "غريغ هولتمان"),
    ("وفقا لما أعلنه ليو وانشي، رئيس الهيئة الوطنية", "ليو وانشي"),
    ("نشر صورة للممثلة كارلا فينتي في المهرجان", "كارلا فينتي"),
    ("يتماشى مع رؤية الرئيس إيمو ساني كاكاتو لبناء الاقتصاد", "إيمو ساني كاكاتو"),
])
def test_more_people(text, surface):
    assert surface in _surfaces(text), _found(text)


def test_a_research_firm_in_quotes_and_an_event_edition():
    assert "ستونبريدج ريسيرش" in _surfaces("وأوضح المحلل في «ستونبريدج ريسيرش»، أن الطلب قوي")
    assert not _found("وفي منتدى الاستثمار (EXPOX2025) الذي اختتم أعماله", ("org",))


def test_naver_cloud_is_not_naver():
    assert "Naver Cloud" in {n for n, _, _ in _found("تضم “Naver Cloud” و”SK Telecom”")}


def test_siblings_after_an_aside_in_brackets():
    text = 'أكثر من مبيعات شركات مثل "دلتاكو" (12 مليار دولار)، و"فيرونا" (9 مليارات دولار) هذا العام'
    assert {"دلتاكو", "فيرونا"} <= _surfaces(text), _found(text)


def test_a_latin_name_before_a_year_is_a_plan():
    assert not _found("في إطار خطة Lunaria Vision 2040 للتحول الرقمي", ("org",))


def test_an_indefinite_body_and_its_participle_is_a_description():
    assert not _found("فرضت هيئة رقابية غرامة، وقالت هيئة ناظمة للبيانات إن الشركة خالفت", ("government", "org"))


def test_investing_com_in_a_dateline():
    assert "Investing.com" in {n for n, _, _ in _found("Investing.com - ارتفعت أسهم الشركة")}
