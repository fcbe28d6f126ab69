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
# # ماسك وOpenAI: من التأسيس إلى عرض الشراء والرد عليه
#
# خط زمني للنزاع بين إيلون ماسك وOpenAI، من التأسيس إلى عرض الشراء ورد سام ألتمان، مرورًا بالدعاوى القضائية؛ كل محطة جملة مقتبسة من مصدرها.
#
# </div>
#
# *Abstract.* A dated timeline of the dispute between Elon Musk and OpenAI, from the company's
# founding to Musk's bid to buy it and Sam Altman's reply, with the lawsuits in between. Each
# event is a sentence that names both sides and carries a date the extraction code resolved;
# it is quoted as the article wrote it.

# %% tags=["parameters"]
lang = "ar"
articles = None
figures = None
links = False
cache = None

# %%
from IPython.display import Markdown, display

from analysis import prepare
from analysis.present import markdown as md, tables, words
from analysis.charts import save_and_show, timeline

corpus, extracted = prepare(articles, cache)
dates, entities, table = extracted["dates"], extracted["entities"], extracted["facts"]
SIDES = ({"Elon Musk", "xAI"}, {"OpenAI", "Sam Altman"})
# With one side named, a sentence counts when it speaks of the bid, the lawsuits or the founding.
DISPUTE_CUES = r"عرض|شراء|دعوي|قضائي|تاسيس|مؤسس|غادر"
events = tables.dated_events(dates, entities, corpus, must_name=SIDES, cues=DISPUTE_CUES)

# %% [markdown]
# <div dir="rtl">
#
# ## الخط الزمني
#
# كل نقطة جملة تذكر الطرفين (ماسك أو xAI من جهة، وOpenAI أو ألتمان من جهة أخرى) وفيها تاريخ
# صريح أو نسبي حُلّ بالرجوع إلى تاريخ نشر المقالة، أو تذكر أحد الطرفين وتتحدث عن عرض الشراء أو
# الدعاوى أو التأسيس. تاريخ الحدث هو أول تاريخ تذكره الجملة.
#
# </div>

# %%
if len(events):
    fig = timeline(
        events["resolved"].map(tables.period_start).tolist(),
        [tables.event_label(s, lang) for s in events["sentence"]],
        title={"ar": "ماسك وOpenAI: محطات النزاع كما ترويها المقالات",
               "en": "Musk and OpenAI: the dispute as the articles tell it"},
        source=tables.source_line(events["article_id"], corpus, lang),
        lang=lang,
    )
    display(save_and_show(fig, f"04_dispute_timeline_{lang}", figures))
display(Markdown(md.sources_list(events, lang, [words.format_period(r, lang) for r in events["resolved"]], links)))

# %% [markdown]
# <div dir="rtl">
#
# ## العرض والرد
#
# أرقام عرض الشراء كما وردت، ورد ألتمان الساخر بعرض مقابل لشراء تويتر (X).
#
# </div>

# %%
bids = table[table["role"].isin(["bid", "acquisition"])].sort_values(["published", "start"])
display(Markdown(md.bullets([md.claim_line(r, lang, links) for _, r in bids.iterrows()], lang)))
openai_bid = tables.best_claim(bids[(bids["subject"] == "OpenAI") & (bids["role"] == "bid")])
x_bid = tables.best_claim(bids[(bids["subject"] == "X (Twitter)") & (bids["role"] == "bid")])
if openai_bid is not None and x_bid is not None:
    a, b = openai_bid["value_usd"], x_bid["value_usd"]
    display(Markdown(md.say(
        "عرض ماسك لشراء OpenAI بلغ {a} {src_a}، وردّ ألتمان بعرض لشراء تويتر بمبلغ {b} {src_b}: "
        "أي {ratio:.1f}٪ من قيمة العرض.",
        lang, a=md.linked_amount(openai_bid, lang, links), b=md.linked_amount(x_bid, lang, links), ratio=100 * b / a,
        src_a=md.cite(openai_bid, lang), src_b=md.cite(x_bid, lang),
    )))
