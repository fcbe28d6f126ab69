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
# # تمويل xAI: جولات وتقييمات كما ترويها الأخبار
#
# كم أرادت xAI أن تجمع، وكم أعلنت، وكم قُدّرت قيمتها، كما تروي كل مقالة وبترتيب نشرها؛ وحيث تختلف المصادر نعرض كل رواية مع مصدرها، ثم المموّلين مقارنةً بمموّلي OpenAI وAnthropic.
#
# </div>
#
# *Abstract.* How much xAI set out to raise, what it announced, and what it was said to be
# worth, as each article reports it and in the order the articles appeared; where the sources
# give different figures, every version is shown with the article that states it. Then the
# backers the articles name, set against those of OpenAI and Anthropic.

# %% tags=["parameters"]
lang = "ar"
articles = None
figures = None
links = False
cache = None

# %%
from IPython.display import Markdown, display

from analysis import conflicts, prepare
from analysis.claims import funders
from analysis.present import markdown as md, tables, words
from analysis.charts import barh_values, save_and_show, show_table

corpus, extracted = prepare(articles, cache)
table, entities = extracted["facts"], extracted["entities"]
SUBJECT = "xAI"
xai = tables.subject_claims(table, SUBJECT, roles=("raise", "valuation"))

# %% [markdown]
# <div dir="rtl">
#
# ## ما تقوله كل مقالة
#
# كل سطر أدناه مبلغ ورد في مقالة عن جمع xAI للأموال أو عن تقييمها، مع الجملة التي ورد فيها
# كما هي. الترتيب بحسب تاريخ نشر المقالة.
#
# </div>

# %%
display(Markdown(md.bullets([md.claim_line(r, lang, links) for _, r in xai.iterrows()], lang)))

# %%
labels, values = tables.chart_claims(xai, lang)
if values:
    fig = barh_values(
        labels, values,
        title={"ar": "xAI: المبالغ كما وردت في كل مقالة (مليار دولار)",
               "en": "xAI: the figures as each article states them (USD bn)"},
        source=tables.source_line(xai["article_id"], corpus, lang),
        lang=lang, value_fmt="{:,.1f}",
    )
    display(save_and_show(fig, f"02_xai_claims_{lang}", figures))
    display(Markdown(md.sources_list(xai.dropna(subset=["value_usd"]), lang, labels, links)))

# %% [markdown]
# <div dir="rtl">
#
# ## الهدف والجولة المعلنة
#
# حين تروي مقالتان الحدث نفسه (الجهة والدور والمبلغ نفسه)، نجمعهما في «حدث» واحد ونقارن
# صيغتيهما: هل كان المبلغ هدفًا («ما يصل إلى») أم جولة أُعلن إغلاقها؟
#
# </div>

# %%
events = tables.event_summary(xai)
display(Markdown(md.say(
    "عدد الأحداث المالية عن xAI في المقالات: **{n}**، منها **{m}** ورد في أكثر من مقالة.",
    lang, n=len(events), m=int((events["n_sources"] > 1).sum()) if len(events) else 0,
)))
show_table(events[["event_id", "value_usd", "qualifiers", "publishers", "first_published", "n_sources"]], index=False)

# %% [markdown]
# <div dir="rtl">
#
# ## حين تختلف الأرقام
#
# لا نختار رقمًا ونسكت عن غيره: إذا نسبت المقالات إلى xAI أرقامًا مختلفة للدور نفسه، نعرض كل
# صيغة مع مصدرها وتاريخه. اختلاف التاريخ قد يفسّر اختلاف الرقم (تقييم الشركة يتغيّر من جولة إلى أخرى).
#
# </div>

# %%
versions = conflicts(table)
versions = versions[versions["subject"] == SUBJECT]
lines = []
for _, v in versions.iterrows():
    rows = table[table["event_id"] == v["event_id"]].drop_duplicates("article_id")
    lines += [md.claim_line(r, lang, links) for _, r in rows.iterrows()]
display(Markdown(md.bullets(lines, lang, empty="لا تختلف المقالات في أرقام xAI." if lang == "ar" else "The articles agree on xAI's figures.")))

# %% [markdown]
# <div dir="rtl">
#
# ## من يموّل؟
#
# المموّلون المحتملون الذين تسمّيهم المقالات في جمل التمويل: صناديق رأس المال الاستثماري، ودول
# الخليج، وشركات التكنولوجيا. القائمة مستخرجة من موضع الاسم في الجملة («من…»، «بقيادة…»،
# «تلعب … دورًا رائدًا»)، لا من مجرد ذكره.
#
# </div>

# %%
backers = {s: funders.backers_of(s, table, entities, corpus) for s in (SUBJECT, "OpenAI", "Anthropic")}
for subject, df in backers.items():
    display(Markdown(md.say("### {who}", lang, who=words.name(subject, lang))))
    display(Markdown(md.bullets(
        [f"- {md.md_escape(words.name(b, lang))} ({md.md_escape(words.sector_name(sec, lang))})"
         for b, sec in zip(df["backer"], df["sector"])], lang)))

# %%
flows = funders.funders(table)
flows = flows.dropna(subset=["value_usd"])
if len(flows):
    fig = barh_values(
        [f"{words.name(b, lang)} ← {words.name(s, lang)}" if lang == "ar" else f"{b} → {s}"
         for b, s in zip(flows["backer"], flows["subject"])],
        (flows["value_usd"] / 1e9).tolist(),
        title={"ar": "من يموّل من: مبالغ تذكرها المقالات (مليار دولار)",
               "en": "Who funds whom: sums the articles state (USD bn)"},
        source=tables.source_line(flows["article_id"], corpus, lang),
        lang=lang, value_fmt="{:,.0f}",
    )
    display(save_and_show(fig, f"02_backers_{lang}", figures))
display(Markdown(md.bullets([
    f"- {md.md_escape(words.name(r['backer'], lang))} → {md.md_escape(words.name(r['subject'], lang))}: "
    f"{md.linked_amount(r, lang, links)} {md.cite(r, lang)}: «{md.md_escape(r['sentence'].strip())}»"
    for _, r in funders.funders(table).iterrows()
], lang)))
