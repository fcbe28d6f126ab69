"""Names (seventeenth session): a listed product followed by capitalized Latin words is the
longer product they name (an edition, a service of it).

Every sentence here is written for the test (none is quoted from an article)."""

from conftest import found_names as _found


def test_a_listed_product_and_the_capitalized_words_after_it_are_one_longer_product():
    found = _found("أطلقت الشركة خدمة Grok For Business للشركات الصغيرة.")
    assert ("Grok For Business", "product", "Grok For Business") in found
    assert not [f for f in found if f[0] == "Grok"]
    # after a version number too
    assert ("Grok 5 Turbo", "product", "Grok 5 Turbo") in _found("جرب المطورون Grok 5 Turbo أمس.")


def test_an_acronym_or_a_listed_name_after_a_product_is_no_part_of_it():
    assert ("Grok", "product", "Grok") in _found("يعمل Grok AI على منصة إكس.")
    found = _found("قارن التقرير بين Grok وGemini في الدقة.")
    assert ("Grok", "product", "Grok") in found


def test_a_name_after_a_person_and_wa_is_a_second_person():
    found = _found("أسس رائدا الأعمال سامي حداد وليلى منصور الشركة عام 2015 في تونس.", ("person",))
    assert [f for f in found if f[2] == "ليلى منصور"]
    found = _found("رفع الكاتبان جون ريد ومارك ويلسون-براون، دعوى على الشركة.", ("person",))
    assert [f for f in found if f[2] == "مارك ويلسون-براون"]


def test_a_noun_after_a_family_name_and_wa_is_no_person():
    # a family name alone is a noun's complement; a noun with «his» is no name
    assert not [f for f in _found("انتظر الجميع رد ماسك وموعد انتهاء المهلة.", ("person",)) if "موعد" in f[2]]
    assert not [f for f in _found("التقى الوزير سامي حداد ووزراء حكومته أمس.", ("person",)) if "حكومته" in f[2]]
