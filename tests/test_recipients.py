"""Who receives an amount (or whose figure it is), on sentences we wrote."""

import pytest

from analysis import extract_money


def _row(text: str, surface: str, nth: int = 0):
    money = extract_money(text)
    return money[money["surface"] == surface].iloc[nth]


RECIPIENTS = {
    # «سهم الشركة»: the share spoken of a sentence before, not a company named between.
    "share of «الشركة» points back at «سهم X»": (
        "تراجع سهم إنفيديا اليوم.\nوكانت أوبن إيه آي قد جمعت 40 مليار دولار. وقد أغلق سهم الشركة أمس"
        " عند مستوى 170 دولارا.", "170 دولارا", 0, "Nvidia"),
    # near miss: no «سهم X» before: the company spoken of.
    "share of «الشركة», no share named before": (
        "جمعت أوبن إيه آي 40 مليار دولار. وقد أغلق سهم الشركة أمس عند مستوى 170 دولارا.",
        "170 دولارا", 0, "OpenAI"),
    # A figure per share is the company's whose results are told.
    "earnings per share": (
        "أعلنت أبل نتائجها الفصلية. وبلغ الربح المعدل 1.6 دولار للسهم، متجاوزا توقعات بلغت 1.5 دولار للسهم.",
        "1.6 دولار", 0, "Apple"),
    "expected earnings per share": (
        "أعلنت أبل نتائجها الفصلية. وبلغ الربح المعدل 1.6 دولار للسهم، متجاوزا توقعات بلغت 1.5 دولار للسهم.",
        "1.5 دولار", 0, "Apple"),
    # near miss: a price per barrel is nobody's figure here.
    "price per barrel": (
        "أعلنت أبل نتائجها الفصلية. وارتفع سعر النفط إلى 80 دولارا للبرميل.", "80 دولارا", 0, ""),
    # «مقارنة بـ»: the same measure of the same company.
    "compared figure": (
        "بلغت أرباح إنفيديا 18 مليار دولار، مقارنة بـ 14 مليار دولار قبل عام.", "14 مليار دولار", 0, "Nvidia"),
    # «دفعت X مبلغا لشركة Y»: the one paid is named after the amount with «لـ».
    "paid to a company": (
        "قالت التقارير إن أمازون دفعت 900 مليون دولار لشركة أديبت لترخيص تقنيتها.",
        "900 مليون دولار", 0, "Adept AI"),
    # near miss: «لـ» + a purpose, no one paid: not the payer either.
    "paid for a purpose": (
        "ودفعت أمازون 3 مليارات دولار لتطوير مراكز بيانات جديدة.", "3 مليارات دولار", 0, ""),
    # A headline printed twice names the fined company; the body names the authority, a
    # national regulator that receives as its country (C11).
    "fine in a repeated headline": (
        "فرنسا تغرم «جوجل» 250 مليون يورو\nفرنسا تغرم «جوجل» 250 مليون يورو\nفرضت اللجنة الوطنية للمعلوماتية"
        " والحريات غرامة قدرها 250 مليون يورو على شركة جوجل بسبب ملفات تعريف الارتباط.", "250 مليون يورو", 1,
        "Government of France"),
    # near miss: the body's fine is paid by another company: the headline keeps its own receiver, the state.
    "headline fine, body fines another": (
        "فرنسا تغرم «جوجل» 250 مليون يورو\nفرضت اللجنة الوطنية للمعلوماتية والحريات غرامة قدرها 250 مليون"
        " يورو على شركة أمازون.", "250 مليون يورو", 0, "Government of France"),  # the state that fines, named in the headline
    # «تدير الشركة … من الأصول»: the subject of the sentence before, not an investor named last in it.
    "assets of «الشركة»": (
        "تستثمر بلاك روك في المشروع عبر صندوقها الجديد، وتلقت تعهدات من مستثمرين من بينهم جهاز قطر للاستثمار.\n"
        "تدير الشركة حاليا نحو 10 تريليونات دولار من الأصول.", "10 تريليونات دولار", 0, "BlackRock"),
    # near miss: the sentence names the holder itself.
    "assets of a named fund": (
        "تستثمر بلاك روك في المشروع عبر صندوقها الجديد.\nويدير جهاز قطر للاستثمار أصولا تتجاوز 500 مليار دولار.",
        "500 مليار دولار", 0, "Qatar Investment Authority"),
    # A verb of providing before a loan: its subject lends, the company spoken of borrows …
    "loan provided by its subject": (
        "تخطط ميتا لبناء مركز بيانات جديد بتمويل قيمته 20 مليار دولار. وستتولى شركة بيمكو توفير نحو 18 مليار"
        " دولار من خلال سندات، في حين تضخ بلو أول كابيتال ملياري دولار في شكل استثمار.", "18 مليار دولار", 0, "Meta"),
    # … and a co-financier of another clause is not the one invested in.
    "investment beside a co-financier": (
        "تخطط ميتا لبناء مركز بيانات جديد بتمويل قيمته 20 مليار دولار. وستتولى شركة بيمكو توفير نحو 18 مليار"
        " دولار من خلال سندات، في حين تضخ بلو أول كابيتال ملياري دولار في شكل استثمار.", "ملياري دولار", 0, "Meta"),
    # near miss: a loan received from a bank: the subject borrows.
    "loan received": (
        "وحصلت xAI على قرض بقيمة 5 مليارات دولار من مورغان ستانلي.", "5 مليارات دولار", 0, "xAI"),
    # «للاستحواذ على نصف شركته»: his company, named before as a titled person's.
    "purchase of «his company»": (
        "يقود الوحدة ألكسندر وونغ، مؤسس شركة سكيل إيه آي الذي انضم إلى ميتا بعدما دفعت الشركة حوالي 14 مليار"
        " دولار للاستحواذ على نصف شركته.", "14 مليار دولار", 0, "Scale AI"),
    # near miss: the titled company comes after the amount: not taken.
    "«his company», titled company after": (
        "انضم إلى ميتا بعدما دفعت الشركة حوالي 14 مليار دولار للاستحواذ على نصف شركته، وفق رئيس شركة أوبن"
        " إيه آي.", "14 مليار دولار", 0, ""),
    # What a value fell by is the change in the company's value (ANNOTATION.md, C9): the company
    # spoken of, though the sentence names none.
    "market value erased, company of the sentence before": (
        "تراجعت أسهم إنفيديا بنسبة 17% يوم الاثنين. وتسبب الهبوط في محو نحو 200 مليار دولار من قيمتها السوقية.",
        "200 مليار دولار", 0, "Nvidia"),
    # near miss: a market's size is nobody's.
    "market size after a company's fall": (
        "تراجعت أسهم إنفيديا بنسبة 17% يوم الاثنين. ومن المتوقع أن يبلغ حجم سوق الرقائق 200 مليار دولار.",
        "200 مليار دولار", 0, ""),
}


@pytest.mark.parametrize("text, surface, nth, recipient", RECIPIENTS.values(), ids=RECIPIENTS.keys())
def test_recipient(text, surface, nth, recipient):
    assert _row(text, surface, nth)["recipient"] == recipient


def test_a_loan_provided_is_paid_by_its_provider():
    row = _row("تخطط ميتا لبناء مركز بيانات جديد. وستتولى شركة بيمكو توفير نحو 18 مليار دولار من خلال سندات.",
               "18 مليار دولار")
    assert (row["role"], row["payer"], row["recipient"]) == ("debt", "PIMCO", "Meta")


SPOKEN_OF = {
    # A figure whose sentence names no one goes on with the subject of the sentence before,
    # not with a platform it named last.
    "figure after a sentence naming its subject first": (
        "أعلنت شركة ميتا نمو أرباحها بفضل الإعلانات على فيسبوك وواتساب. وارتفعت الإيرادات إلى 40 مليار دولار.",
        "40 مليار دولار", "Meta"),
    "«الشركة» after partners named last": (
        "وأطلقت أنثروبيك نموذجها الجديد بعد تعاون مع غوغل وأمازون لتأمين قدرات الحوسبة. وتتوقع الشركة أن"
        " تبلغ إيراداتها 70 مليار دولار بحلول 2028.", "70 مليار دولار", "Anthropic"),
    # near miss: the figure's own sentence names the company before it.
    "figure of a company its sentence names": (
        "أعلنت شركة ميتا نمو أرباحها بفضل الإعلانات على فيسبوك وواتساب. وذكرت تقارير أن إيرادات إنستغرام"
        " ارتفعت إلى 40 مليار دولار.", "40 مليار دولار", "Instagram"),
}


@pytest.mark.parametrize("text, surface, recipient", SPOKEN_OF.values(), ids=SPOKEN_OF.keys())
def test_the_company_spoken_of(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


NEAREST_NAME = {
    # A figure that is neither a company's own measure nor said to be a company's («الشركة»,
    # «إيراداتها») is not the nearest name's: the nearest name is the speaker here.
    "pay per employee is no one's named last": (
        "تحدث رئيس أوراكل عن الخطط الجديدة. وأعلنت أوراكل أن ما يناله الموظف الواحد في المتوسط من"
        " الأسهم وصل إلى قرابة 2.3 مليون دولار في السنة.", "2.3 مليون دولار", ""),
    # A bid «للاستحواذ عليها» with no target told of before: not the company named last.
    "a bid for «ها» is not the nearest name's": (
        "عملت شركة نوفاريس مع شركة أوراكل على تطوير خوادم جديدة. ووفق البيان فقد عرض الكونسورتيوم"
        " مبلغ 5 مليارات دولار للاستحواذ عليها.", "5 مليارات دولار", ""),
    # near miss: «شراء الشركة» calls the company named last by its noun: it is bought.
    "buying «الشركة» named last": (
        "تعاونت شركة نوفاريس مع أوراكل في مشروع جديد. ووافقت الشركة المنافسة على شراء الشركة مقابل"
        " 4 مليارات دولار.", "4 مليارات دولار", "Oracle"),
}


@pytest.mark.parametrize("text, surface, recipient", NEAREST_NAME.values(), ids=NEAREST_NAME.keys())
def test_no_nearest_name_guessed(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


PAID_NAMED = {
    # «لصالح» after a payment marks the one paid, like «لشركة».
    "paid «لصالح» a company": (
        "دفعت شركة صينية 3 ملايين دولار لصالح شركة نوفاريس في مارس الماضي.", "3 ملايين دولار", "نوفاريس"),
    # near miss: money paid «في» a company is no payment to it.
    "paid «في» a company": (
        "دفعت أمازون 3 ملايين دولار في شركة نوفاريس.", "3 ملايين دولار", ""),
    # «بحسب ما نقلته منصة X»: the source quoted is no party of a market's figure.
    "source after «بحسب ما نقلته»": (
        "ارتفعت مبيعات الرقائق عالميا إلى 400 مليار دولار، بحسب ما نقلته منصة \"فالوريكس\" الاقتصادية.",
        "400 مليار دولار", ""),
    "source after «وفقا لما أوردته»": (
        "ارتفعت مبيعات الرقائق عالميا إلى 400 مليار دولار، وفقا لما أوردته منصة \"فالوريكس\".",
        "400 مليار دولار", ""),
    # near miss: a company named before the figure keeps it.
    "company named before the figure, source after": (
        "بلغت إيرادات أبل 90 مليار دولار، بحسب ما نقلته منصة \"فالوريكس\".", "90 مليار دولار", "Apple"),
    # «على التوالي»: amounts joined by «و» go, in order, to the names listed before them.
    "respectively, first name": (
        "تراجعت قيمتا أبل ومايكروسوفت السوقيتان إلى 2.9 تريليون و2.7 تريليون دولار على التوالي.",
        "2.9 تريليون", "Apple"),
    "respectively, second name": (
        "تراجعت قيمتا أبل ومايكروسوفت السوقيتان إلى 2.9 تريليون و2.7 تريليون دولار على التوالي.",
        "2.7 تريليون دولار", "Microsoft"),
    "respectively, a name spelled again": (
        "بلغت إيرادات إنفيديا وإنتل Intel اللتين أعلنتا نتائجهما 41 مليار دولار و13 مليار دولار على التوالي.",
        "41 مليار دولار", "Nvidia"),
    # Capital spending is the spender's own build-out: no supplier receives it (C1).
    "capital spending has no supplier": (
        "وتأتي الصفقة مع أوراكل في ظل ارتفاع نفقات أمازون الرأسمالية في الربع الأخير بنحو 7 مليارات دولار.",
        "7 مليارات دولار", ""),
    # near miss: a contract with a supplier is paid to it.
    "a contract's supplier": (
        "وقعت أمازون عقدا مع أوراكل بقيمة 10 مليارات دولار.", "10 مليارات دولار", "Oracle"),
    # «، لبناء …»: a purpose phrase set off by a comma goes on with the money: the country it names.
    "purpose phrase after a comma names the country": (
        "تعهدت شركة نوفاريس بضخ 12 مليار دولار، لبناء مراكز بيانات في المملكة المتحدة.",
        "12 مليار دولار", "United Kingdom"),
    # near miss: a clause of its own («، في حين …») is no purpose of the money.
    "another clause names no destination": (
        "تعهدت شركة نوفاريس بضخ 12 مليار دولار، في حين تعمل في المملكة المتحدة.",
        "12 مليار دولار", ""),
    # near miss: three names for two amounts: not paired.
    "respectively, lists of unequal length": (
        "بلغت إيرادات إنفيديا وإنتل وأبل 41 مليار دولار و13 مليار دولار على التوالي.",
        "41 مليار دولار", "Nvidia"),
}


@pytest.mark.parametrize("text, surface, recipient", PAID_NAMED.values(), ids=PAID_NAMED.keys())
def test_paid_or_quoted(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


# An offer refused: the one who refuses was offered the money; «من X» / «عرض X» names who offers.
REFUSED = {
    "subject before the verb, offerer after «من»": (
        "قالت مصادر إن شركة نوفاريس رفضت عرض استحواذ بقيمة 4 مليارات دولار من شركة أمازون.",
        "4 مليارات دولار", "نوفاريس", "Amazon"),
    "verb first, offerer as the offer's genitive": (
        "رفضت ألفابت عرض مايكروسوفت بقيمة 9 مليارات دولار لشراء وحدتها.",
        "9 مليارات دولار", "Alphabet", "Microsoft"),
    "offerer between the offer and the amount": (
        "وأكدت التقارير أن أنثروبيك رفضت عرضا من أبل قيمته 30 مليار دولار.",
        "30 مليار دولار", "Anthropic", "Apple"),
    # A verbal noun with a pronoun speaks of the sentence's subject.
    "verbal noun with a pronoun": (
        "انضمت شركة سامسونغ إلى التحالف بعد أسابيع من رفضها عرضا بقيمة 800 مليون دولار من إنتل.",
        "800 مليون دولار", "Samsung", "Intel"),
    # near miss: no one named refuses: no recipient guessed (the offerer stays a company only).
    "no one named refuses": (
        "مهندس شاب يرفض عرضا بقيمة 50 مليون دولار من جوجل.", "50 مليون دولار", "", "Google"),
    # near miss: a person who offers may offer for a company not named: the rule takes no payer from him.
    "a person offers": (
        "رفضت أنثروبيك عرض إيلون ماسك بقيمة 20 مليار دولار.", "20 مليار دولار", "Anthropic", None),
}


@pytest.mark.parametrize("text, surface, recipient, payer", REFUSED.values(), ids=REFUSED.keys())
def test_refused_offer(text, surface, recipient, payer):
    row = _row(text, surface)
    assert row["recipient"] == recipient
    if payer is not None:  # None: the rule names none (a later guess may)
        assert row["payer"] == payer


# Who leads a loan or a bond issue arranges it: a lender, never the borrower (as who leads a round invests).
LED_LOANS = {
    "a bank leads a loan": (
        "أعلنت شركة ميتا عن خطة لبناء مركز بيانات. وسيقود مورغان ستانلي قرضا بقيمة 5 مليارات دولار لتمويل المشروع.",
        "5 مليارات دولار", "Meta", "Morgan Stanley"),
    "a lender leads a tranche, another clause names another backer": (
        "أعلنت شركة ميتا عن خطة لبناء مركز بيانات. وستقود بلاك روك شريحة الدين البالغة 5 مليارات دولار،"
        " فيما تضخ بروكفيلد مليار دولار.", "5 مليارات دولار", "Meta", "BlackRock"),
    # near miss: a borrower named with «اقترضت» stays the recipient.
    "a borrower borrows": (
        "أعلنت شركة ميتا عن خطة لبناء مركز بيانات. واقترضت الشركة 5 مليارات دولار من بلاك روك.",
        "5 مليارات دولار", "Meta", "BlackRock"),
}


@pytest.mark.parametrize("text, surface, recipient, payer", LED_LOANS.values(), ids=LED_LOANS.keys())
def test_led_loan(text, surface, recipient, payer):
    row = _row(text, surface)
    assert (row["recipient"], row["payer"]) == (recipient, payer)


# A supplier (cloud, chips) and one other company signing a deal together: the customer pays the supplier (C1).
SIGNED_WITH_SUPPLIER = {
    "two companies announce a chip deal": (
        "أعلنت شركتا ميتا وإيه إم دي عن صفقة لشراء رقائق بقيمة 60 مليار دولار.", "60 مليار دولار", "AMD", "Meta"),
    "names spelled again in brackets": (
        "أعلنت شركتا ميتا (Meta) وإنتل (Intel) عن صفقة لشراء رقائق بقيمة 20 مليار دولار.",
        "20 مليار دولار", "Intel", "Meta"),
    "a headline naming the pair after the amount": (
        "في صفقة بقيمة 50 مليار دولار... أوراكل وأنثروبيك توقعان اتفاقية حوسبة سحابية",
        "50 مليار دولار", "Oracle", "Anthropic"),
    # near miss: two suppliers spending together: neither is paid.
    "two suppliers spend together": (
        "أعلنت شركتا إنفيديا وإيه إم دي عن إنفاق 10 مليارات دولار على مصانع جديدة.",
        "10 مليارات دولار", "", "Nvidia; AMD"),
}


@pytest.mark.parametrize("text, surface, recipient, payer", SIGNED_WITH_SUPPLIER.values(), ids=SIGNED_WITH_SUPPLIER.keys())
def test_signed_with_supplier(text, surface, recipient, payer):
    row = _row(text, surface)
    assert (row["recipient"], row["payer"]) == (recipient, payer)


# A company's earnings told with no name in their sentence are the company's spoken of, like its revenue.
def test_earnings_of_the_company_spoken_of():
    text = "أعلنت سامسونغ نتائجها الفصلية اليوم. وحقق قطاع الذاكرة أرباحا قياسية بلغت 12 تريليون وون."
    assert _row(text, "12 تريليون وون")["recipient"] == "Samsung"


# near miss: a market's sales are no company's.
def test_sales_of_a_market_are_no_company_s():
    text = "أعلنت سامسونغ نتائجها الفصلية اليوم. وبلغت مبيعات الهواتف في السوق العالمية 12 تريليون وون."
    assert _row(text, "12 تريليون وون")["recipient"] == ""


# A fund told with an amount of its own before holds that one, not the next holding of the sentence.
def test_holder_told_with_its_own_amount():
    text = "يمتلك صندوق مبادلة 300 مليار دولار، بينما تجاوزت أصول صندوق آخر 800 مليار دولار."
    assert _row(text, "800 مليار دولار")["recipient"] == ""


# near miss: the holder's own assets.
def test_holder_of_its_own_assets():
    text = "يمتلك صندوق مبادلة أصولا تتجاوز 300 مليار دولار."
    assert _row(text, "300 مليار دولار")["recipient"] == "Mubadala"


# «معطيات صادرة عن X» (data from X), like «بيانات صادرة عن X»: X is cited, no party.
def test_data_from_a_source_is_cited():
    from analysis.extract.parties.cues import _cues
    from analysis.text.normalize import normalize

    assert _cues().report_author.search(normalize("ووفق معطيات صادرة عن شركة "))
    assert not _cues().report_author.search(normalize("ووفق معطيات الشركة "))


# What a plan adds to an economy («إضافة … إلى الناتج المحلي») has no receiver (C5).
def test_added_to_the_economy_has_no_recipient():
    text = "أعلنت مصر عن خطة تستهدف إضافة 40 مليار جنيه إلى الناتج المحلي الإجمالي بحلول 2030."
    assert _row(text, "40 مليار جنيه")["recipient"] == ""


# The price per share of a stake «في X» is X's, not the buyer's.
PER_SHARE_OF_A_STAKE = {
    "stake in a company": (
        "أعلنت أمازون شراء حصة بقيمة 3 مليارات دولار في شركة إنتل بسعر 31 دولارا للسهم.", "31 دولارا", "Intel"),
    # near miss: shares issued «لصالح» a buyer are the issuer's.
    "shares issued to a buyer": (
        "وبموجب الصفقة ستصدر نوكيا أسهما جديدة لصالح أمازون بسعر 7 دولارات للسهم.", "7 دولارات", "Nokia"),
}


@pytest.mark.parametrize("text, surface, recipient", PER_SHARE_OF_A_STAKE.values(), ids=PER_SHARE_OF_A_STAKE.keys())
def test_per_share_of_a_stake(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


# Names given as examples of a class («شركات مثل X وY») are not whose figure it is.
EXAMPLES = {
    "sales of a class of companies": (
        "وارتفعت مبيعات الرقائق التي تصنعها شركات مثل «إنتل» و«إيه إم دي» إلى 120 مليار دولار خلال العام.",
        "120 مليار دولار", ""),
    "examples after «على غرار»": (
        "وتبلغ قيمة سوق الحوسبة التي تهيمن عليها شركات على غرار أوراكل وأمازون نحو 900 مليار دولار.",
        "900 مليار دولار", ""),
    # near miss: an example's own figure in brackets right after it.
    "an example's own figure in brackets": (
        "وتفوق هذه الإيرادات إيرادات شركات مثل «إنتل» (53 مليار دولار).", "53 مليار دولار", "Intel"),
}


@pytest.mark.parametrize("text, surface, recipient", EXAMPLES.values(), ids=EXAMPLES.keys())
def test_examples_of_a_class(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


# A figure told of several names listed together is not the last one's.
LISTED_TOGETHER = {
    "combined loss of market value": (
        "فقدت شركات أمازون ومايكروسوفت وميتا مجتمعة نحو 900 مليار دولار من قيمتها السوقية.", "900 مليار دولار", ""),
    "revenue of two companies together": (
        "وتولد شركتا سامسونغ وإنتل إيرادات تقارب 70 مليار دولار من الرقائق.", "70 مليار دولار", ""),
    # near miss: one company's own figure.
    "one company": (
        "وتولد شركة سامسونغ إيرادات تقارب 70 مليار دولار من الرقائق.", "70 مليار دولار", "Samsung"),
}


@pytest.mark.parametrize("text, surface, recipient", LISTED_TOGETHER.values(), ids=LISTED_TOGETHER.keys())
def test_listed_together(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


# A fortune whose word names no one after it is the person the sentence (or the one before) named.
FORTUNES = {
    "pronoun on the fortune's word": (
        "قالت المجلة إن جنسن هوانغ بات قريبا من أن تصل ثروته إلى 200 مليار دولار.", "200 مليار دولار", "Jensen Huang"),
    "«بثروة» going on with the sentence before": (
        "حقق إيلون ماسك مكاسب كبيرة هذا العام.\nوينضم الآن إلى قائمة الأغنى بثروة تبلغ 400 مليار دولار.",
        "400 مليار دولار", "Elon Musk"),
    # near miss: a later clause's figure is not the fortune.
    "a later clause's value": (
        "وينسب جنسن هوانغ ثروته إلى حصته في الشركة، والتي بلغت قيمتها السوقية 4 تريليونات دولار.",
        "4 تريليونات دولار", None),
}


@pytest.mark.parametrize("text, surface, recipient", FORTUNES.values(), ids=FORTUNES.keys())
def test_fortune_spoken_of(text, surface, recipient):
    got = _row(text, surface)["recipient"]
    if recipient is None:
        assert got != "Jensen Huang"
    else:
        assert got == recipient


# A joint body raises the money, not one of its members.
JOINT_RAISE = {
    "a partnership to raise": (
        "وكشفت أمازون اليوم عن شراكة جديدة مع بروكفيلد لجمع 40 مليار دولار لتمويل مراكز البيانات.", "40 مليار دولار", ""),
    # near miss: a company raising on its own.
    "a company raises": (
        "وأعلنت مايكروسوفت عن خطة لجمع 40 مليار دولار لتمويل مراكز البيانات.", "40 مليار دولار", "Microsoft"),
}


@pytest.mark.parametrize("text, surface, recipient", JOINT_RAISE.values(), ids=JOINT_RAISE.keys())
def test_joint_raise(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


# Money put in «لتأسيس شركة X» / «في تأسيس X» goes into the company founded.
FOUNDED = {
    "to found a company": (
        "وضخ صندوق مبادلة 3 مليارات دولار لتأسيس شركة إم جي إكس بهدف دعم التقنيات المتقدمة.",
        "3 مليارات دولار", "MGX"),
    "took part in founding": (
        "ويقول ريد هوفمان إنه ساهم بمبلغ 10 ملايين دولار في تأسيس «أنثروبيك» قبل سنوات.", "10 ملايين دولار", "Anthropic"),
}


@pytest.mark.parametrize("text, surface, recipient", FOUNDED.values(), ids=FOUNDED.keys())
def test_money_to_found_a_company(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


@pytest.mark.parametrize("text, surface, recipient", [
    # A bank analyses a company's losses: it is not the one who loses them.
    ("ويرى بنك دويتشه أن خسائر الشركة قد تبلغ 90 مليار دولار قبل أن تحقق أرباحا.", "90 مليار دولار", ""),
    # A bank arranges a loan: it is the arranger, not the borrower.
    ("وأدار بنك مورغان ستانلي ترتيبات التمويل، التي تشمل 12 مليار دولار كديون.", "12 مليار دولار", ""),
    # near miss: a company named with the amount still receives it.
    ("حصلت شركة أوبن إيه آي على قرض بقيمة 4 مليارات دولار من بنك مورغان ستانلي.", "4 مليارات دولار", "OpenAI"),
])
def test_a_bank_or_exchange_never_receives(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


@pytest.mark.parametrize("text, surface, payer, recipient", [
    # The «لـ» of the beneficiary right after the amount: the company named there receives it.
    ("وأكد المسؤول تخصيص مبلغ 500 مليون دولار لشركة أنثروبيك لإطلاق برنامج دعم للشركات الناشئة.",
     "500 مليون دولار", "", "Anthropic"),
    ("وأكد الوزير تخصيص مبلغ 7 مليارات كرونة (0.7 مليار دولار) لشركة ميسترال لإطلاق خطة دعم.",
     "0.7 مليار دولار", "", "Mistral AI"),
    # near miss: the one who pays, named before the amount, still pays.
    ("خصصت شركة ألفابت ملياري دولار لشركة أنثروبيك.", "ملياري دولار", "Alphabet", "Anthropic"),
])
def test_the_beneficiary_after_the_amount_receives(text, surface, payer, recipient):
    row = _row(text, surface)
    assert (row["payer"], row["recipient"]) == (payer, recipient)


def test_the_company_bought_is_not_guessed_as_payer():
    # «سيدفع» names no payer; the company the sentence says is bought is the one paid, not the payer.
    row = _row("وتقدم رجل الأعمال بعرض لشراء شركة أنثروبيك، وقال إنه سيدفع 90 مليار دولار هذا الشهر.", "90 مليار دولار")
    assert row["payer"] == ""


@pytest.mark.parametrize("text, surface, recipient", [
    # A fortune named right after the amount with its owner's pronoun: the person named before.
    ("وخرج سامر الحداد، مؤسس شركة نوفا، من قائمة الأثرياء بعدما فقد 3 مليارات دولار من ثروته.",
     "3 مليارات دولار", "سامر الحداد"),
    ("بلغت ثروة هند الحربي 9 مليارات دولار، بعد أن أضافت 2 مليار دولار إلى صافي ثروتها.",
     "2 مليار دولار", "هند الحربي"),
])
def test_a_fortune_after_the_amount_is_its_owners(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


@pytest.mark.parametrize("text, surface, payer", [
    # «الحكومة» / «حكومته» with no country of its own: the country the text spoke of pays.
    ("زار الرئيس معرضا للرقائق في كوريا الجنوبية. وأضاف أن حكومته ستخصص نحو 5 تريليونات وون للبحث.",
     "5 تريليونات وون", "South Korea"),
    ("يتوسع قطاع التقنية في إسرائيل بسرعة. وذكر الوزير أن الحكومة تخصص ميزانية قدرها 90 مليون دولار لخطة وطنية للحوسبة.",
     "90 مليون دولار", "Israel"),
    # near miss: no country spoken of: no payer guessed.
    ("وذكر الوزير أن الحكومة تخصص ميزانية قدرها 90 مليون دولار لخطة وطنية للحوسبة.", "90 مليون دولار", ""),
])
def test_the_government_is_the_country_spoken_of(text, surface, payer):
    assert _row(text, surface)["payer"] == payer


@pytest.mark.parametrize("text, surface, recipient", [
    # C11: a national regulator whose Arabic name leaves its country unsaid receives a fine as its country.
    ("فرضت لجنة التجارة الفيدرالية غرامة قدرها مليوني دولار على شركة نوفاريس بسبب إعلانات مضللة.",
     "مليوني دولار", "Government of the United States"),
    ("فرضت هيئة حماية البيانات الهولندية غرامة قدرها 12 مليون يورو على شركة نوفاريس.",
     "12 مليون يورو", "Government of the Netherlands"),
    # near miss: a supranational body keeps its own name.
    ("فرضت المفوضية الأوروبية غرامة قدرها 300 مليون يورو على شركة نوفاريس.", "300 مليون يورو", "European Commission"),
])
def test_a_national_regulator_receives_as_its_country(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


@pytest.mark.parametrize("text, surface, payer, recipient", [
    # C4, C20: the subject of a verb of receiving support receives it; it pays nothing.
    ("وقالت الوزارة إن شركة نوفاريس تلقت أيضا منحة منفصلة قيمتها ملياري دولار لإنتاج الرقائق.",
     "ملياري دولار", "", "نوفاريس"),
    ("وبينما حصلت شركة نوفاريس بالفعل على منح بقيمة 4 مليارات دولار لمصانعها، أبطأ رئيسها وتيرة البناء.",
     "4 مليارات دولار", "", "نوفاريس"),
    ("تستعد شركة نوفاريس لتصنيع الرقائق بعد تلقيها دعما بنحو 3 مليارات دولار.", "3 مليارات دولار", "", "نوفاريس"),
    # near miss: support the company gives is its own spending.
    ("وقدمت شركة نوفاريس دعما بقيمة 3 مليارات دولار للجامعات المحلية.", "3 مليارات دولار", "نوفاريس", ""),
])
def test_support_received_goes_to_its_receiver(text, surface, payer, recipient):
    row = _row(text, surface)
    assert (row["payer"], row["recipient"]) == (payer, recipient)


@pytest.mark.parametrize("text, surface, recipient", [
    # «قيمتها»: the pronoun points back at the company spoken of, not at one named in a later clause.
    ("صعد سهم إنفيديا بقوة هذا الأسبوع.\nوقيمتها السوقية البالغة 150 مليار دولار ستضعها في المركز الثالث،"
     " خلف شركة أبل مباشرة.", "150 مليار دولار", "Nvidia"),
    # near miss: a name in the amount's own clause is whose figure it is.
    ("ارتفعت القيمة السوقية لشركة ميتا إلى 1.8 تريليون دولار، وأمازون إلى 2.3 تريليون دولار.",
     "2.3 تريليون دولار", "Amazon"),
])
def test_a_worth_owned_by_a_pronoun_points_back(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


@pytest.mark.parametrize("text, surface, recipient", [
    # «الشركة» after a worth's cue: the sentence's subject, not a name given last in passing.
    ("وسمحت أنثروبيك ببيع أسهم لمستثمرين، منهم سوفت بنك، وصندوق MGX، وقد أسهمت الخطوة في رفع تقييم الشركة"
     " إلى 90 مليار دولار.", "90 مليار دولار", "Anthropic"),
    ("وهوت أسهم شركة إنفيديا إثر كشف منافس عن نموذج ديب سيك الجديد، ما أدى إلى فقدان الشركة قرابة 300 مليار"
     " دولار من قيمتها.", "300 مليار دولار", "Nvidia"),
    # near miss: a company told of as invested in or bought is the one spoken of.
    ("وباعت إنتل حصة الأغلبية في ألتيرا مقابل 4 مليارات دولار، ليصل تقييم الشركة إلى 9 مليارات دولار.",
     "9 مليارات دولار", "Altera"),
])
def test_the_company_of_a_worth_is_the_sentence_s_subject(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient


@pytest.mark.parametrize("text, surface, recipient", [
    # A business empire a person heads is his fortune: he holds it, not a company it includes.
    ("ويشرف رجل الأعمال ماسايوشي سون على إمبراطورية استثمارية تبلغ قيمتها 200 مليار دولار وتضم مجموعة"
     " أرم.", "200 مليار دولار", "Masayoshi Son"),
    ("وهو ماسايوشي سون، الرجل الذي يتربع على قمة إمبراطورية بقيمة 200 مليار دولار تشمل شركات مثل أرم.",
     "200 مليار دولار", "Masayoshi Son"),
])
def test_a_person_s_empire_is_his_holding(text, surface, recipient):
    row = _row(text, surface)
    assert (row["payer"], row["recipient"]) == ("", recipient)


@pytest.mark.parametrize("text, surface, recipient", [
    # C11: a state body described, not named, receives a fine as its country; a group fined
    # («وشركتين تابعتين لها») still pays it to that authority.
    ("أقدمت الهيئة المسؤولة عن المنافسة في فرنسا على تغريم شركة نوفاريس وشركتين تابعتين لها بمبلغ 40 مليون يورو.",
     "40 مليون يورو", "Government of France"),
    ("أمرت هيئة تنظيمية إيطالية شركة نوفاريس بوقف خدمتها.\nوحذرت الهيئة الوطنية من فرض غرامة يومية قدرها"
     " 20 ألف يورو على الشركة.", "20 ألف يورو", "Government of Italy"),
    ("قد يصل إجمالي الغرامة إلى 9 ملايين يورو إذا واصلت شركة نوفاريس تجاهل الجهة التنظيمية الهولندية.",
     "9 ملايين يورو", "Government of the Netherlands"),
    # near miss: a body whose country the text does not say receives as no country.
    ("وحذرت الهيئة من فرض غرامة يومية قدرها 20 ألف يورو على شركة نوفاريس.", "20 ألف يورو", ""),
])
def test_a_described_authority_receives_a_fine_as_its_country(text, surface, recipient):
    assert _row(text, surface)["recipient"] == recipient
