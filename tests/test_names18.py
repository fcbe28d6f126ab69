"""Names (eighteenth session): spellings news uses for listed names, and names of the
AI-finance world named in several articles.

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
    found = _found("وسيضخ صندوق الاستثمار العام في صناعة الدوائر المتكاملة أموالًا جديدة.")
    assert [f for f in found if f[0] == "China Integrated Circuit Industry Investment Fund"]
    assert not [f for f in found if f[0] == "Public Investment Fund"]


def test_a_court_with_its_listed_place_is_one_body():
    found = _found("ورفعت الشركات دعوى أمام المحكمة العليا للعدل في أونتاريو أمس.")
    assert [f for f in found if f[2] == "المحكمة العليا للعدل في أونتاريو"]
