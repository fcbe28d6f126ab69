# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# # خريطة السباق: من يضع المال، وأكبر الصفقات، والمنتجات التي تحدد الإيقاع
#
# <p dir="rtl" style="text-align: right">من يدفع المال في سباق الذكاء الاصطناعي بحسب قطاعه (شركات التكنولوجيا والرقائق، وصناديق رأس المال الاستثماري، والأموال السيادية)، وأكبر الصفقات التي تذكرها المقالات، والمنتجات الأكثر ذكرًا.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# # The race: who puts money in, the largest deals, the products that set the pace
#
# Who pays in the AI race, by sector (big tech and chipmakers, venture funds, sovereign money),
# the largest deals the articles report, and the products they mention most.

# %% tags=["parameters"]
lang = "ar"
articles = None
figures = None
links = False
cache = None

# %%
from IPython.display import Markdown, display

from analysis import prepare
from analysis.charts import barh_values, save_and_show, show_table
from analysis.present import markdown as md
from analysis.present import tables, words

corpus, extracted = prepare(articles, cache)
facts, flows, entities = extracted["facts"], extracted["flows"], extracted["entities"]
# Flows whose payer the sentence names; a payer guessed from what the article spoke of
# (payer_basis "article") is right about half as often on real news, so it is left out.
flows = flows[flows["payer_basis"] == "sentence"]

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## من يدفع، بحسب القطاع
#
# <p dir="rtl" style="text-align: right">الدافعون هم من تقول الجمل إنهم وضعوا المال: قادوا جولة أو شاركوا فيها أو استثمروا أو اشتروا أو أنفقوا. نصنّفهم بحسب قطاعهم في قائمة الأسماء، والحكومة التي تسمّيها الجملة («الحكومة السعودية»، «أعلنت قطر») في قطاع الحكومات؛ الاسم الذي لا تعرفه القائمة «غير مصنّف».</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## Who pays, by sector
#
# Payers are those the sentences say put money in: led or joined a round, invested, bought or
# spent. We group them by their sector in the name list, and a government the sentence names
# («الحكومة السعودية», the Saudi government) under governments; a name the list does not know is
# "not classified".

# %%
payers = flows.drop_duplicates(["payer", "article_id"]).assign(sector=lambda d: d["payer"].map(words.sector_of))
by_sector = payers.groupby("sector")["payer"].nunique().sort_values(ascending=False, kind="stable")
if len(by_sector):
    fig = barh_values(
        [words.sector_name(s, lang) for s in by_sector.index], by_sector.tolist(),
        title={"ar": "الجهات الدافعة بحسب القطاع (عدد الجهات)", "en": "Payers by sector (number of payers)"},
        source=tables.source_line(payers["article_id"], corpus, lang),
        lang=lang, value_fmt="{:,.0f}",
    )
    display(save_and_show(fig, f"03_payers_by_sector_{lang}", figures))
    display(show_table(tables.reader_table(
        payers.groupby(["sector", "payer"], as_index=False).agg(articles=("article_id", lambda s: sorted(set(s)))),
        lang), index=False))
else:
    display(Markdown(md.say({"ar": "لا تسمّي المقالات من دفع أي مبلغ.",
                             "en": "The articles do not name who paid any amount."}, lang)))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## أكبر الصفقات
#
# <p dir="rtl" style="text-align: right">أكبر المبالغ التي تنتقل من جهة إلى أخرى (جولات تمويل، واستثمارات، وعمليات استحواذ وعروض شراء، وديون، وإنفاق)؛ لا القيم السوقية ولا التقييمات ولا الإيرادات. الصفقة هنا مبلغ تسمّي جملته نفسها من يدفع ومن يتلقى، وهما جهتان مختلفتان؛ فالطرف الذي يُخمَّن مما تتحدث عنه المقالة لا يكفي (وكلمة «المشروع» في الجملة تسمّي المشروع الذي ذكرته المقالة قبلها). بهذا تخرج أحجام الأسواق والتوقعات والثروات التي لا دافع لها ولا متلقي. كل صفقة تظهر مرة واحدة بأكبر رقم ذُكر لها، وإن روتها مقالات عدة.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## The largest deals
#
# The largest sums that move from one party to another (rounds, investments, acquisitions and
# bids, debt, spending); not market values, valuations or revenues. A deal here is an amount
# whose own sentence names both who pays and who receives, two different parties: a party
# guessed from what the article speaks of is not enough («المشروع», "the project", in the
# sentence names the project the article named before it). This leaves out market sizes,
# forecasts and fortunes, which have no payer and no recipient. Each deal shows once, at the
# largest figure stated for it, however many articles report it.

# %%
deals = tables.named_deals(facts)
largest = tables.one_per_deal(deals).head(8)
if len(largest):
    fig = barh_values(
        [tables.deal_label(r, lang) for _, r in largest.iterrows()],
        (largest["value_usd"] / 1e9).tolist(),
        title={"ar": "أكبر الصفقات في المقالات (مليار دولار)", "en": "The largest deals in the articles (USD bn)"},
        source=tables.source_line(largest["article_id"], corpus, lang),
        lang=lang, value_fmt="{:,.1f}",
    )
    display(save_and_show(fig, f"03_largest_deals_{lang}", figures))
display(Markdown(md.sources_list(largest, lang, [md.amount(r, lang) for _, r in largest.iterrows()], links)))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## المنتجات الأكثر ذكرًا
#
# <p dir="rtl" style="text-align: right">كم مرة تذكر المقالات كل منتج من منتجات الذكاء الاصطناعي (نماذجه وتطبيقاته ورقائقه)، وفي كم مقالة. أما الأجهزة وأنظمة التشغيل وسائر البرمجيات والخدمات السحابية ومشاريع مراكز البيانات فلا تُعدّ هنا، بحسب قطاعها في قائمة الأسماء.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## The products mentioned most
#
# How often the articles name each AI product (models, apps and chips), and in how many
# articles. Devices, operating systems and other software, cloud services and data-centre
# projects are not counted here, by their sector in the name list.

# %%
named_products = tables.ai_products(entities)  # AI models, apps and chips, by their sector in the name list
products = (named_products
            .groupby("name_en").agg(mentions=("start", "size"), articles=("article_id", "nunique"))
            .sort_values(["mentions", "articles"], ascending=False, kind="stable"))
shown, left, left_mentions = tables.top_bars(products["mentions"])  # the products mentioned most
if len(products):
    drawn = products.iloc[shown]
    fig = barh_values(
        [words.name(p, lang) for p in drawn.index], drawn["mentions"].tolist(),
        title={"ar": "منتجات الذكاء الاصطناعي المذكورة في المقالات (عدد الإشارات)",
               "en": "AI products named in the articles (mentions)"},
        source=tables.source_line(named_products.loc[named_products["name_en"].isin(drawn.index), "article_id"],
                                  corpus, lang),
        lang=lang, value_fmt="{:,.0f}",
    )
    display(save_and_show(fig, f"03_products_{lang}", figures))
    if left:
        display(Markdown(md.say({
            "ar": "يرسم الشكل المنتجات الـ**{n}** الأكثر ذكرًا؛ أما المنتجات الأخرى (**{left}**) فعدد إشاراتها معًا **{m}**.",
            "en": "The chart draws the **{n}** products mentioned most; the **{left}** others are mentioned **{m}** times in all."},
            lang, n=len(shown), left=left, m=int(left_mentions))))
    display(Markdown(md.articles_list(corpus, lang, only=named_products["article_id"], links=links)))
    display(Markdown(md.say({
        "ar": "المنتج الأكثر ذكرًا: **{top}** (عدد الإشارات: {n}؛ عدد المقالات: {a}).",
        "en": "The product mentioned most: **{top}** ({n} mentions in {a} articles)."},
        lang, top=words.name(products.index[0], lang), n=int(products["mentions"].iloc[0]),
        a=int(products["articles"].iloc[0]))))
else:
    display(Markdown(md.say({"ar": "لا تذكر المقالات أي منتج من منتجات الذكاء الاصطناعي في قائمة الأسماء.",
                             "en": "The articles name no AI product from the name list."}, lang)))
