"""The role of an amount (analysis.extract.parties.role_of), on sentences we wrote: one
group per kind of sentence the real-news corpus showed, each with the near miss that must
keep its role."""

import pytest

from analysis import extract_money


def _role(text: str, surface: str) -> str:
    money = extract_money(text)
    assert surface in set(money["surface"]), (surface, money["surface"].tolist())
    return money.loc[money["surface"] == surface, "role"].iloc[0]


CASES = [
    # What a fund holds, what a stake or a fortune is worth: no money changes hands.
    ("يدير الصندوق السيادي أصولا تتجاوز 500 مليار دولار.", "500 مليار دولار", "other"),
    ("تبلغ أصول الصندوق نحو 300 مليار دولار.", "300 مليار دولار", "other"),
    ("حصلت الشركة على حصة تقدر بنحو 20 مليار دولار في المختبر.", "20 مليار دولار", "other"),
    ("يدعمها صندوق الثروة الذي تبلغ قيمته نحو 900 مليار دولار.", "900 مليار دولار", "other"),
    ("تقدر ثروته بنحو 400 مليار دولار.", "400 مليار دولار", "other"),
    # ... but a fund being set up is money committed to invest.
    ("تخطط الحكومة لتأسيس صندوق تبلغ قيمته 40 مليار دولار للاستثمار في التقنية.", "40 مليار دولار",
     "investment"),
    ("تخطط الحكومة لإنشاء صندوق بقيمة 40 مليار دولار للاستثمار في التقنية.", "40 مليار دولار", "investment"),
    # A stake bought for a price is not its worth.
    ("اشترت الشركة حصة تبلغ 10% بقيمة 5 مليارات دولار في المختبر.", "5 مليارات دولار", "acquisition"),
    # Profits, gains, fees, fines, donations, salaries: 'other' (schema: profit is not revenue).
    ("ارتفعت أرباح الشركة إلى 5 مليارات دولار.", "5 مليارات دولار", "other"),
    ("سجلت الشركة مكاسب قدرها 3 مليارات دولار من حصتها في المختبر.", "3 مليارات دولار", "other"),
    ("ستدفع الشركة رسوم الانفصال البالغة 2 مليار دولار إذا فشلت الصفقة.", "2 مليار دولار", "other"),
    ("فرضت المفوضية غرامة قدرها 4 مليارات يورو على الشركة.", "4 مليارات يورو", "other"),
    ("تبرعت الشركة بمليون دولار لجمعيات خيرية.", "مليون دولار", "other"),
    ("بلغت إيرادات الشركة 12 مليار دولار.", "12 مليار دولار", "revenue"),
    # A price per share or per unit.
    ("أغلق سهم الشركة عند 120 دولارا.", "120 دولارا", "other"),
    ("عرضت الشركة 50 دولارا للسهم.", "50 دولارا", "other"),
    ("يبلغ سعر الكهرباء في أوروبا 90 دولارا للميغاواط/ساعة.", "90 دولارا", "other"),
    ("عرضت الشركة شراء منافستها مقابل 20 مليار دولار.", "20 مليار دولار", "bid"),
    # Market value lost is a market value; other losses stay losses.
    ("خسرت إنفيديا 300 مليار دولار من قيمتها السوقية في يوم واحد.", "300 مليار دولار", "market_value"),
    ("خسرت الشركة 5 مليارات دولار في الربع الأخير.", "5 مليارات دولار", "loss"),
    # Profits or revenue a claimant says were made unlawfully are the damages claimed.
    ("يطالب المستثمرون بتعويضات، ويقدر محاموهم هذه الأرباح بنحو 5 مليارات دولار.", "5 مليارات دولار",
     "damages"),
    ("رفعت الشركة دعوى تطالب فيها بإيرادات قدرها 2 مليار دولار جناها منافسها.", "2 مليار دولار", "damages"),
    # A company's own investment programme (capex) is spending ...
    ("أعلنت جوجل عن استثمارات بقيمة 80 مليار دولار هذا العام.", "80 مليار دولار", "spending"),
    ("تخطط ميتا لاستثمار 10 مليارات دولار في الهند.", "10 مليارات دولار", "spending"),
    ("بلغت النفقات الرأسمالية 90 مليار دولار العام الماضي.", "90 مليار دولار", "spending"),
    # ... money put into a company, by a fund, or into a venture is investment.
    ("أعلنت أمازون عن استثمار 4 مليارات دولار في أنثروبيك.", "4 مليارات دولار", "investment"),
    ("استثمرت مايكروسوفت 10 مليارات دولار إضافية.", "10 مليارات دولار", "investment"),
    ("ساهم المؤسس بمبلغ 40 مليون دولار في تأسيس أوبن إيه آي.", "40 مليون دولار", "investment"),
    ("أعلنت مبادلة عن استثمارات بقيمة 10 مليارات دولار هذا العام.", "10 مليارات دولار", "investment"),
    ("أطلقت الشركتان مشروعا مشتركا بقيمة 20 مليار دولار لتطوير نماذج اللغة.", "20 مليار دولار",
     "investment"),
    ("تبلغ تكلفة المشروع المشترك 3 مليارات دولار.", "3 مليارات دولار", "spending"),
    # A price spent «to acquire» is the purchase.
    ("أنفقت الشركة 19 مليار دولار للاستحواذ على منصة المراسلة.", "19 مليار دولار", "acquisition"),
    # «… التي تبلغ قيمتها»: what the company just named is worth.
    ("تعتزم ميتا الاستثمار في الشركة الناشئة التي تبلغ قيمتها 29 مليار دولار.", "29 مليار دولار",
     "valuation"),
    # An offer raised, a round led.
    ("رفعت الشركة عرضها إلى 30 مليار دولار.", "30 مليار دولار", "bid"),
    ("قادت الشركة جولة استثمارية بقيمة 100 مليون دولار في شركة ناشئة.", "100 مليون دولار", "raise"),
]


@pytest.mark.parametrize("text, surface, role", CASES)
def test_role(text, surface, role):
    assert _role(text, surface) == role


@pytest.mark.parametrize("text", [
    "أصول أصول أصول 5 مليارات دولار",  # cue words only
    "صندوق الذي تبلغ قيمته",  # no amount
    "5 مليارات دولار للسهم للسهم",
    "من قيمتها السوقية 5 مليارات دولار",
])
def test_role_of_odd_text_is_a_known_role(text):
    from analysis.extract.parties import ROLES

    assert set(extract_money(text)["role"]) <= set(ROLES)
