"""Names (seventeenth session): a listed product followed by capitalized Latin words is the
longer product they name (an edition, a service of it).

Every sentence here is written for the test (none is quoted from an article)."""

from analysis.extract.entities import extract_entities


def _found(text, kinds=("org", "person", "fund", "government", "product", "place")):
    df = extract_entities(text, furniture=False)
    return [(n, k, s) for n, k, s in zip(df["name_en"], df["kind"], df["surface"]) if k in kinds]


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
