"""Names (sixteenth session): a clitic preposition inside the quotes of a listed name, a
listed acronym after a phrase that holds its parent's name, the government of Hong Kong and
«سلطات + country», a title's complement with ل before the name, and a closing quotation
mark that closes a three-part name.

Every sentence here is written for the test (none is quoted from an article)."""

from conftest import found_names as _found


def test_a_clitic_inside_the_quotes_of_a_listed_name_is_no_part_of_it():
    found = _found('وقالت المديرة الإقليمية "لأمازون ويب سيرفيسز" في الأردن إن الطلب يتزايد.')
    assert ("Amazon Web Services", "org", "أمازون ويب سيرفيسز") in found
    assert not [f for f in found if f[2].startswith("لأمازون")]


def test_a_listed_acronym_after_its_parents_name_keeps_its_own_name():
    found = _found("تدرب الشركة نماذجها عبر خدمات الويب من أمازون (AWS) منذ عامين، وتوسع عقدها مع AWS.")
    assert ("Amazon Web Services", "org", "AWS") in found
    assert ("Amazon", "org", "أمازون") in found


def test_an_agencys_acronym_after_a_body_is_still_that_bodys_short_form():
    found = _found("قررت هيئة حماية البيانات الهولندية (DPA) تغريم شركة نوفا.")
    assert not [f for f in found if f[0] == "Deutsche Presse-Agentur"]


def test_the_government_of_hong_kong_and_the_authorities_of_a_country():
    assert ("Government of Hong Kong", "government", "حكومة هونغ كونغ") in \
        _found("خصصت حكومة هونغ كونغ ملياري دولار هونغ كونغي لمختبر جديد.")
    assert ("Government of Hong Kong", "government", "سلطات هونج كونج") in \
        _found("أعلنت سلطات هونج كونج عن صندوق للبحث.")
    assert ("Government of Japan", "government", "سلطات اليابان") in \
        _found("وافقت سلطات اليابان على الدعم الجديد.")


def test_a_titles_complement_with_li_comes_before_the_name():
    found = _found("قال الرئيس التنفيذي لنوفاتيك سامر خليل أمس إن الشركة تتوسع.", ("person",))
    assert [f[2] for f in found] == ["سامر خليل"]
    found = _found("قال المؤسس لي تشانغ مينغ، الذي أسس الشركة، إن الطلب كبير.", ("person",))
    assert [f[2] for f in found] == ["لي تشانغ مينغ"]  # «لي»: a name, no ل of a complement


def test_a_closing_quote_closes_a_three_part_name():
    found = _found("وحصل “جون ماركو ويلسون” على تمويل أولي لشركته.", ("person",))
    assert [f[2] for f in found] == ["جون ماركو ويلسون"]


def test_a_derived_imperfect_verb_after_a_cue_is_no_name():
    found = _found("يوجد في البلاد أكثر من مئة شركة تتسابق على بناء النماذج.", ("org",))
    assert not [f for f in found if "تتسابق" in f[2]]


def test_a_given_name_after_a_unit_of_a_state_is_a_place():
    found = _found("تبني الشركة محطتين في ولايتي فيكتوريا وتسمانيا بحلول العام المقبل.", ("person",))
    assert found == []


def test_the_expansion_of_a_plural_acronym_is_no_organization():
    found = _found("تعتمد الشركة على وحدات المعالجة العصبية (Neural Processing Units – NPUs) في أجهزتها.")
    assert not [f for f in found if "Neural" in f[2]]


def test_a_listed_company_and_its_legal_form_in_quotes_is_that_company():
    found = _found('استحوذت الشركة على حصة في شركة "مور ثريدز تكنولوجي" الصينية.', ("org",))
    assert [f[0] for f in found] == ["Moore Threads"]


def test_a_feminine_or_managing_role_after_a_name():
    found = _found("قالت هيلغي برانتوفا المديرة العامة لشركة نوفاتيك إن الطلب يتزايد.", ("person",))
    assert [f[2] for f in found] == ["هيلغي برانتوفا"]


def test_a_three_part_name_before_a_role_after_a_verb_of_saying():
    found = _found("وأوضحت هيلغي تسو برانتوفا، المديرة التنفيذية لصندوق نوفا، أن أوروبا تتأخر.", ("person",))
    assert [f[2] for f in found] == ["هيلغي تسو برانتوفا"]


def test_a_quoted_name_before_the_comma_of_a_role():
    found = _found('وقال "ثيودور ماكلين"، نائب رئيس الشركة، إن المشروع سيبدأ قريبا.', ("person",))
    assert [f[2] for f in found] == ["ثيودور ماكلين"]


def test_people_of_the_ai_talent_and_data_centre_news_are_listed():
    assert ("Ruoming Pang", "person", "رومينغ بانج") in _found("انتقل رومينغ بانج إلى مختبر جديد.")
    assert ("Tate Reeves", "person", "تيت ريفز") in _found("رحب تيت ريفز بالمشروع.")


def test_one_list_of_byline_words_serves_the_boilerplate_the_names_and_the_furniture():
    import json

    from analysis import normalize
    from analysis.corpus.boilerplate import boilerplate_spans
    from analysis.extract.names import CUES, _cues

    cues = json.loads(CUES.read_text(encoding="utf-8"))["byline_cues"]
    assert set(_cues()["bylines"]) == {normalize(w) for w in cues}
    for word, kind in cues.items():
        line = f"نص الخبر.\n{word}: سامي نوار\nبقية الخبر."
        assert boilerplate_spans(line), word  # with a separator every cue masks its line
        bare = f"نص الخبر.\n{word} سامي نوار\nبقية الخبر."
        assert bool(boilerplate_spans(bare)) == (kind == "bare"), word


def test_treasury_bonds_name_no_body():
    found = _found("تراجعت عوائد سندات الخزانة الأمريكية لأجل عشر سنوات هذا الأسبوع.", ("government",))
    assert found == []
    found = _found("قالت وزارة الخزانة الأمريكية إنها ستراجع الصفقة.", ("government",))
    assert [f[0] for f in found] == ["US Treasury"]


def test_a_quoted_name_spelling_latin_letters_after_a_cue():
    found = _found('بحسب بيانات جمعتها شركة "أي تي نوفار" للأبحاث.', ("org",))
    assert [f[2] for f in found] == ["أي تي نوفار"]
    found = _found('قالت شركة "في المقدمة دائما" إنها تتوسع.', ("org",))
    assert found == []  # «في» and a common word: no spelled letters
