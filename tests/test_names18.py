"""Names (eighteenth session): spellings news uses for listed names, names of the
AI-finance world named in several articles, and a seat of government named as a place.

Every sentence here is written for the test (none is quoted from an article)."""

from conftest import found_names as _found


def test_listed_names_under_the_spellings_news_uses():
    assert ("AI5", "product", "إيه.آي 5") in _found("قالت الشركة إن رقاقة إيه.آي 5 ستصل العام المقبل.")
    assert ("AI6", "product", "إيه آي 6") in _found("وتعمل الشركة على رقاقة إيه آي 6 أيضًا.")
    assert ("Toyota", "org", "تويوتا موتور") in _found("أعلنت تويوتا موتور عن مصنع جديد.")
    assert ("H20", "product", "إتش-20") in _found("حظرت واشنطن بيع رقائق إتش-20 في الربيع.")
    assert ("SpaceX", "org", "سبايس إكس") in _found("أطلقت شركة سبايس إكس صاروخًا جديدًا.")
    found = _found("وقال المحلل في فيتش سوليوشنز إن الطلب سيتضاعف.")
    assert ("Fitch Solutions", "org", "فيتش سوليوشنز") in found
    assert not [f for f in found if f[0] == "Fitch Ratings"]  # the longer listed name wins


def test_a_fund_whose_words_hold_a_shorter_listed_name_is_the_longer_one():
    # (the test writes the fund's name short: seven words in a row would repeat an article's)
    found = _found("وسيضخ صندوق الاستثمار العام في صناعة الدوائر نحو ملياري يوان.")
    assert [f for f in found if f[0] == "China Integrated Circuit Industry Investment Fund"]
    assert not [f for f in found if f[0] == "Public Investment Fund"]


def test_a_seat_of_government_after_a_preposition_of_place_is_a_place():
    def governments(text):
        return [f for f in _found(text) if f[0] in ("White House", "Kremlin")]

    assert not governments("اجتمع الرئيس بضيفه في البيت الأبيض أمس.")
    assert not governments("منذ عودة الرئيس للبيت الأبيض في ولاية ثانية.")
    assert not governments("بعد عودته إلى البيت الأبيض بأسبوع.")
    assert not governments("والتقى الوفد داخل الكرملين.")
    # acting: a body
    assert governments("وقال البيت الأبيض في بيان إن الاتفاق مهم.")
    assert governments("ونفى الكرملين الخبر.")
    assert governments("وأعلن البيت الأبيض عن حزمة جديدة.")


def test_words_written_with_tanween_are_no_name():
    # an indefinite noun and its adjective after a title, a listed name read inside a word
    assert not _found("وتبنى الرئيس التنفيذي الحالي سامر نهجًا أكثر حذرًا في الإنفاق.", ("person",))
    assert not _found("ولقيت كلمة الوزير تفاعلاً واسعاً عبر المنصات.", ("person",))
    assert not [f for f in _found("وهذا ليس كلامًا نظريًا عن الأرقام.") if f[0] == "Llama"]
    # written without it, a person after a title stays
    assert _found("وقال الرئيس التنفيذي سامر نوار إن الإنفاق سيرتفع.", ("person",))


def test_a_court_with_its_listed_place_is_one_body():
    found = _found("ورفعت الشركات دعوى أمام المحكمة العليا للعدل في أونتاريو أمس.")
    assert [f for f in found if f[2] == "المحكمة العليا للعدل في أونتاريو"]


def test_capitalized_words_after_a_listed_company_name_its_product():
    found = _found("ارتفع سهم الشركة بحسب بيانات Google Finance أمس.")
    assert ("Google Finance", "product", "Google Finance") in found
    assert not [f for f in found if f[0] == "Google"]
    assert [f for f in _found("نمت إيرادات Microsoft Cloud بنسبة كبيرة.") if f[0] == "Microsoft Cloud"]
    # a full stop after the words ends the sentence (one before a letter is an address)
    assert [f for f in _found("نمت إيرادات Microsoft Cloud.") if f[0] == "Microsoft Cloud"]
    assert not [f for f in _found("زر موقع Microsoft Cloud.com للمزيد.") if f[0] == "Microsoft Cloud"]
    # the company's own longer name stays the company
    assert not [f for f in _found("قالت Nvidia Corp في بيان إن الطلب قوي.") if f[0] == "Nvidia Corp"]
    assert not [f for f in _found("أعلنت OpenAI Group عن هيكل جديد.") if f[0] == "OpenAI Group"]
