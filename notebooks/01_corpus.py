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
# # المقالات: ماذا نقرأ، ومن أين تأتي الأرقام
#
# المقالات التي نقرأها، وناشروها وتواريخها، وما استخرجناه من كل منها، وكيف يُقرأ كل رقم حتى جملته، وحدود هذه المصادر.
#
# </div>
#
# *Abstract.* The corpus behind these notebooks: which Arabic articles we read, who published
# them and when, what the extraction code found in each (amounts of money, dates, organizations,
# people), how any figure can be read back to its sentence, and where these sources fall short.

# %% tags=["parameters"]
lang = "ar"        # "ar" or "en": the language of generated text and chart labels
articles = None    # None: the bundled seed articles; or a folder or file of articles
figures = None     # None: the repository's figures/ folder
links = False     # True in reports: figures link to their sentences on article pages
cache = None      # None: the user's cache folder for extractions

# %%
from IPython.display import Markdown, display

from analysis import prepare
from analysis.present import markdown as md, tables
from analysis.charts import barh_values, save_and_show, show_table

corpus, extracted = prepare(articles, cache)
money, dates, entities, table = extracted["money"], extracted["dates"], extracted["entities"], extracted["facts"]
counts = tables.counts_by_article(corpus, money, dates, entities)

# %% [markdown]
# <div dir="rtl">
#
# ## المصادر
#
# نقرأ مقالات إخبارية عربية عن تمويل سباق الذكاء الاصطناعي. لكل مقالة ناشر وتاريخ نشر من ملف
# الفهرس (`catalog.csv`)؛ وحين لا يذكر النص تاريخه صراحةً، يشرح عمود «أساس التاريخ» كيف استنتجناه.
#
# </div>

# %%
display(Markdown(md.say(
    "تضم هذه المجموعة **{n}** مقالات من **{p}** ناشرين، نُشرت بين **{first}** و**{last}**.",
    lang, n=len(corpus), p=corpus["publisher"].replace("", None).nunique(),
    first=corpus["published"].replace("", None).min() or "؟",
    last=corpus["published"].replace("", None).max() or "؟",
)))
show_table(corpus[["article_id", "title", "publisher", "published", "date_basis"]], index=False)

# %%
skipped = corpus.attrs.get("skipped", [])  # files the loader could not read (--on-error skip)
if skipped:
    display(Markdown(md.say("ملفات تخطّيناها فلم تدخل في أي رقم هنا: **{n}**.", lang, n=len(skipped))))
    display(Markdown(md.bullets([f"- {md.md_escape(p)}: {md.md_escape(why)}" for p, why in skipped], lang)))

# %% [markdown]
# <div dir="rtl">
#
# ## ما استخرجناه من كل مقالة
#
# تعدّ الشيفرة في كل مقالة المبالغ المالية والتواريخ والمؤسسات والأشخاص. الجدول والرسم التاليان
# محسوبان في لحظة التشغيل؛ غيّر المقالات تتغيّر الأرقام.
#
# </div>

# %%
show_table(counts, index=False)

# %%
totals = counts[["money", "dates", "organizations", "people"]].sum()
kind_labels = {
    "money": {"ar": "مبالغ مالية", "en": "money amounts"},
    "dates": {"ar": "تواريخ", "en": "dates"},
    "organizations": {"ar": "مؤسسات", "en": "organizations"},
    "people": {"ar": "أشخاص", "en": "people"},
}
fig = barh_values(
    [kind_labels[k] for k in totals.index], totals.tolist(),
    title={"ar": "ما استُخرج من المقالات", "en": "What was extracted from the articles"},
    source=tables.source_line(corpus["article_id"], corpus, lang),
    lang=lang, value_fmt="{:,.0f}",
)
display(save_and_show(fig, f"01_extracted_counts_{lang}", figures))
display(Markdown(md.articles_list(corpus, lang, links=links)))

# %% [markdown]
# <div dir="rtl">
#
# ## كيف تقرأ رقمًا حتى مصدره
#
# كل رقم يحمل معرّف المقالة وموضعه فيها (`start` و`end`، بالحروف في النص الأصلي غير المعدّل)
# والجملة التي ورد فيها. هذا أكبر مبلغ وجدناه، مع جملته:
#
# </div>

# %%
biggest = table.dropna(subset=["value_usd"]).sort_values("value_usd", ascending=False).head(1)
display(Markdown(md.bullets([md.claim_line(r, lang, links) for _, r in biggest.iterrows()], lang)))
if len(biggest):
    row = biggest.iloc[0]
    raw = corpus.set_index("article_id").at[row["article_id"], "raw"]
    display(Markdown(md.say(
        "في المقالة {aid} يبدأ المبلغ عند الحرف {start} وينتهي عند الحرف {end}، "
        "والنص الأصلي في هذا الموضع هو: «{surface}».",
        lang, aid=row["article_id"], start=row["start"], end=row["end"],
        surface=raw[row["start"]:row["end"]],
    )))

# %% [markdown]
# <div dir="rtl">
#
# ## حدود المصادر
#
# - الاستخراج قائم على قواعد وقوائم أسماء قابلة للتعديل، لا على نموذج إحصائي: ما لا تعرفه
#   القائمة لا يُعثر عليه، والمبالغ غير المحددة («مليارات الدولارات») تبقى بلا قيمة ولا نخمّنها.
#
# </div>

# %%
limits = tables.source_limits(corpus)
display(Markdown(md.say(
    "- عدد المقالات المترجمة إلى العربية (بحسب الفهرس): **{translated}** من **{n}**.\n"
    "- عدد المقالات التي لا يذكر نصها تاريخ نشرها فاستنتجناه من مضمونها (انظر «أساس التاريخ»): "
    "**{inferred}** من **{n}**.",
    lang, **limits,
)))

# %%
unquantified = money[money["value"].isna()]
display(Markdown(md.say(
    "عثرنا على **{n}** مبلغًا ماليًا، منها **{u}** بلا قيمة محددة، و**{f}** ادعاءً منسوبًا إلى جهة بعينها "
    "في جدول الحقائق.",
    lang, n=len(money), u=len(unquantified), f=len(table),
)))
