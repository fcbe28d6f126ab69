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

# %% [markdown]
# <div dir="rtl">
#
# # خريطة السباق: من يموّل من، وحجم المشاريع الكبرى، والمنتجات التي تحدد الإيقاع
#
# من يضع المال في سباق الذكاء الاصطناعي (شركات السحابة والرقائق، وصناديق رأس المال الاستثماري، والأموال السيادية)، وأكبر المبالغ التي تذكرها المقالات، والمنتجات التي تحدد إيقاع السباق.
#
# </div>
#
# *Abstract.* The competitive landscape as these articles draw it: which kinds of backers
# (cloud and chip companies, venture funds, sovereign money) appear in their funding sentences,
# the largest sums they report (including the Stargate project), and the products that the
# articles cite as setting the pace of the race.

# %% tags=["parameters"]
lang = "ar"
articles = None
figures = None
links = False
cache = None

# %%
from IPython.display import Markdown, display

from analysis import prepare
from analysis.claims import funders
from analysis.present import markdown as md, tables, words
from analysis.charts import barh_values, save_and_show, show_table

corpus, extracted = prepare(articles, cache)
table, entities = extracted["facts"], extracted["entities"]
backers = funders.funding_backers(entities, corpus)

# %% [markdown]
# <div dir="rtl">
#
# ## أنواع المموّلين
#
# نعدّ الجهات التي تضعها جمل التمويل في موقع من يدفع المال («من…»، «بقيادة…»، «مستثمرين من
# دول مثل…»)، ونصنّفها بحسب قطاعها في قائمة الأسماء.
#
# </div>

# %%
by_sector = backers.groupby("sector")["backer"].nunique().sort_values(ascending=False)
if len(by_sector):
    fig = barh_values(
        [words.sector_name(s, lang) for s in by_sector.index], by_sector.tolist(),
        title={"ar": "المموّلون في جمل التمويل بحسب القطاع (عدد الجهات)",
               "en": "Backers named in funding sentences, by sector (count)"},
        source=tables.source_line(backers["article_id"], corpus, lang),
        lang=lang, value_fmt="{:,.0f}",
    )
    display(save_and_show(fig, f"03_backers_by_sector_{lang}", figures))
    display(Markdown(md.articles_list(corpus, lang, only=backers["article_id"], links=links)))
show_table(
    backers.groupby(["sector", "backer"], as_index=False).agg(articles=("article_id", lambda s: ", ".join(sorted(set(s)))))
    .assign(sector=lambda d: d["sector"].map(lambda s: words.sector_name(s, lang)),
            backer=lambda d: d["backer"].map(lambda b: words.name(b, lang))),
    index=False,
)

# %% [markdown]
# <div dir="rtl">
#
# ## أكبر المبالغ
#
# أكبر الأرقام التي تنسبها المقالات إلى جهة بعينها، أيًّا كان دورها (تمويل، تقييم، عرض شراء،
# تكلفة مشروع). كل رقم مع جملته ومصدره.
#
# </div>

# %%
largest = (table.dropna(subset=["value_usd"]).sort_values("value_usd", ascending=False)
           .drop_duplicates("event_id").head(8))
if len(largest):
    fig = barh_values(
        [f"{words.name(s, lang)} — {words.role_name(r, lang)}" for s, r in zip(largest["subject"], largest["role"])],
        (largest["value_usd"] / 1e9).tolist(),
        title={"ar": "أكبر المبالغ في المقالات (مليار دولار)", "en": "The largest sums in the articles (USD bn)"},
        source=tables.source_line(largest["article_id"], corpus, lang),
        lang=lang, value_fmt="{:,.1f}",
    )
    display(save_and_show(fig, f"03_largest_sums_{lang}", figures))
display(Markdown(md.sources_list(largest, lang, [md.amount(r, lang) for _, r in largest.iterrows()], links)))

# %% [markdown]
# <div dir="rtl">
#
# ## المنتجات التي تحدد الإيقاع
#
# كم مرة تذكر المقالات كل منتج (ChatGPT وGrok وDeepSeek وغيرها)، وفي كم مقالة.
#
# </div>

# %%
products = (entities[entities["kind"] == "product"]
            .groupby("name_en").agg(mentions=("start", "size"), articles=("article_id", "nunique"))
            .sort_values(["mentions", "articles"], ascending=False))
if len(products):
    fig = barh_values(
        [words.name(p, lang) for p in products.index], products["mentions"].tolist(),
        title={"ar": "المنتجات المذكورة في المقالات (عدد الإشارات)",
               "en": "Products named in the articles (mentions)"},
        source=tables.source_line(entities.loc[entities["kind"] == "product", "article_id"], corpus, lang),
        lang=lang, value_fmt="{:,.0f}",
    )
    display(save_and_show(fig, f"03_products_{lang}", figures))
    display(Markdown(md.articles_list(corpus, lang, only=entities.loc[entities["kind"] == "product", "article_id"], links=links)))
top = products.index[0] if len(products) else None
display(Markdown(md.say(
    "المنتج الأكثر ذكرًا هو **{top}** (عدد الإشارات: {n}؛ عدد المقالات: {a}).",
    lang, top=words.name(top, lang) if top else "—",
    n=int(products["mentions"].iloc[0]) if top else 0, a=int(products["articles"].iloc[0]) if top else 0,
)))
