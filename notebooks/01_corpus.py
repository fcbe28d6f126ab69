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
# # المقالات: ماذا نقرأ، ومن أين تأتي الأرقام
#
# <p dir="rtl" style="text-align: right">المقالات التي نقرأها، وناشروها وتواريخها، وما استخرجناه من كل منها، وكيف يُقرأ كل رقم حتى جملته، وحدود هذه المصادر.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# # The articles: what we read, and where the numbers come from
#
# The articles behind these notebooks: who published them and when, what the extraction code
# found in each (amounts of money, dates, organizations, people), how any figure can be read
# back to its sentence, and where these sources fall short.

# %% tags=["parameters"]
lang = "ar"        # "ar" or "en": the language of the report's prose, tables and charts
articles = None    # None: the bundled seed articles; or a folder (or file) of your own
figures = None     # None: the repository's figures/ folder
links = False      # True in reports: figures link to their sentences on article pages
cache = None       # None: the user's cache folder for extractions

# %%
from IPython.display import Markdown, display

from analysis import prepare
from analysis.charts import barh_values, save_and_show, show_table
from analysis.present import markdown as md
from analysis.present import tables, words

corpus, extracted = prepare(articles, cache)
money, dates, entities, facts = (extracted[k] for k in ("money", "dates", "entities", "facts"))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## المصادر
#
# <p dir="rtl" style="text-align: right">لكل مقالة ناشر وتاريخ نشر من ملف الفهرس (<code>catalog.csv</code>) أو من بيانات الصفحة نفسها؛ ما لا يعرفه الفهرس يظهر «غير معروف». وحين لا يذكر النص تاريخه صراحةً، يشرح عمود «أساس التاريخ» كيف استنتجناه.</p>
#
# <p dir="rtl" style="text-align: right">قد يكتب الفهرس اسم المنفذ الواحد بطرق عدة (بالعربية وباللاتينية، مع «موقع» أو دونها، أو نطاقه على الإنترنت)، فنعدّ المنافذ لا طرق الكتابة: يجمع المقالات نطاقُ رابطها المسجَّل حين يكون لها رابط، وإلا الاسم نفسه، ويظهر كل منفذ بأكثر أسمائه ورودًا.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## The sources
#
# Each article has a publisher and a publication date from the catalog (`catalog.csv`) or from
# the page itself; what the catalog does not say shows as "unknown". Where the text does not
# state its date, the "how the date is known" column says how we inferred it.
#
# The catalog may spell one outlet several ways (in Arabic and in Latin letters, with or without
# «موقع», "website", or as its web domain), so we count outlets, not spellings: articles are grouped
# by the registered domain of their link when they have one, else by the name itself, and each
# outlet shows under its most frequent name.

# %%
known_publishers = corpus["publisher"].replace("", None).dropna()
known_dates = corpus["published"].replace("", None).dropna()
outlets = tables.outlets(corpus)  # one row per outlet, however the catalog spells it
display(Markdown(md.say({
    "ar": "عدد المقالات: **{n}**؛ المنافذ الإعلامية المعروفة: **{p}**؛ تواريخ النشر المعروفة: **{d}**، من **{first}** إلى **{last}**.",
    "en": "Articles: **{n}**; known outlets: **{p}**; known publication dates: **{d}**, from **{first}** to **{last}**."},
    lang, n=len(corpus), p=len(outlets), d=len(known_dates),
    first=words.period_or_unknown(known_dates.min() if len(known_dates) else None, lang),
    last=words.period_or_unknown(known_dates.max() if len(known_dates) else None, lang),
)))
display(show_table(tables.reader_table(outlets.head(15), lang), index=False))
if len(outlets) > 15:
    display(Markdown(md.say({"ar": "وباقي المنافذ (**{rest}**) عدد مقالات كل منها **{most}** أو أقل.",
                             "en": "The other outlets (**{rest}**) have **{most}** or fewer articles each."},
                            lang, rest=len(outlets) - 15, most=int(outlets["articles"].iloc[15]))))
listing = corpus.assign(title=[words.title_of(r, lang) for _, r in corpus.iterrows()])
columns = ["article_id", "title", "publisher", "published"] + (["date_basis"] if "date_basis" in corpus else [])
show_table(tables.reader_table(listing[columns], lang), index=False)

# %%
skipped = corpus.attrs.get("skipped", [])  # files the loader could not read (--on-error skip)
if skipped:
    display(Markdown(md.say({"ar": "ملفات لم نقرأها فلم تدخل في أي رقم هنا: **{n}**.",
                             "en": "Files we could not read, so no number here comes from them: **{n}**."},
                            lang, n=len(skipped))))
    display(Markdown(md.bullets([f"- {md.md_escape(p)}: {md.md_escape(why)}" for p, why in skipped], lang)))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## ما استخرجناه من كل مقالة
#
# <p dir="rtl" style="text-align: right">تعدّ الشيفرة في كل مقالة المبالغ المالية والتواريخ والمؤسسات والأشخاص. الجدول والرسم التاليان محسوبان في لحظة التشغيل؛ غيّر المقالات تتغيّر الأرقام.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## What we extracted from each article
#
# The code counts the amounts of money, dates, organizations and people in each article. The
# table and the chart below are computed when the notebook runs: change the articles and the
# numbers change.

# %%
counts = tables.counts_by_article(corpus, money, dates, entities)
show_table(tables.reader_table(counts, lang), index=False)

# %%
totals = counts[["money", "dates", "organizations", "people"]].sum()
fig = barh_values(
    [words.column_name(k, lang) for k in totals.index], totals.tolist(),
    title={"ar": "ما استُخرج من المقالات", "en": "What was extracted from the articles"},
    source=tables.source_line(corpus["article_id"], corpus, lang),
    lang=lang, value_fmt="{:,.0f}",
)
display(save_and_show(fig, f"01_extracted_counts_{lang}", figures))
display(Markdown(md.articles_list(corpus, lang, links=links)))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## كيف تقرأ رقمًا حتى مصدره
#
# <p dir="rtl" style="text-align: right">كل رقم يحمل معرّف المقالة وموضعه فيها (<code>start</code> و<code>end</code>، بالحروف في النص الأصلي غير المعدّل) والجملة التي ورد فيها. هذه أكبر صفقة وجدناها، مع جملتها: أكبر مبلغ تسمّي جملته نفسها من يدفعه ومن يتلقاه (لا حجم سوق ولا توقع، ولا طرف يُخمَّن مما تتحدث عنه المقالة؛ وكلمة «المشروع» تسمّي المشروع الذي ذكرته المقالة قبلها).</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## How to read a number back to its source
#
# Every number carries its article's id and its place in it (`start` and `end`, in characters of
# the untouched original text) and the sentence it comes from. Here is the largest deal we
# found, with its sentence: the largest amount whose own sentence names both who pays and who
# receives it (no market size or forecast, no party guessed from what the article speaks of;
# «المشروع», "the project", names the project the article named before it).

# %%
deals = tables.named_deals(facts)
biggest = tables.one_per_deal(deals).head(1)
display(Markdown(md.bullets([md.claim_line(r, lang, links) for _, r in biggest.iterrows()], lang,
                            empty={"ar": "لا تسمّي جملة في هذه المقالات دافع مبلغ محدد ومتلقيه معًا.",
                                   "en": "No sentence in these articles names both who pays a stated sum and who receives it."})))
if len(biggest):
    row = biggest.iloc[0]
    raw = corpus.set_index("article_id").at[row["article_id"], "raw"]
    display(Markdown(md.say({
        "ar": "في المقالة {aid} يبدأ المبلغ عند الحرف {start} وينتهي عند الحرف {end}، والنص الأصلي في هذا الموضع هو: «{surface}».",
        "en": "In article {aid} the amount starts at character {start} and ends at character {end}; the original text there is: {surface}."},
        lang, aid=row["article_id"], start=row["start"], end=row["end"],
        surface=md.quoted(raw[row["start"]:row["end"]], lang) if lang == "en" else raw[row["start"]:row["end"]],
    )))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## حدود المصادر
#
# <p dir="rtl" style="text-align: right">الاستخراج قائم في معظمه على قواعد وقوائم أسماء قابلة للتعديل، ومعها نموذجان إحصائيان صغيران دُرّبا على أخبار عربية صنّفها قرّاء يدويًا: مرشّح يُسقط من الأسماء التي لا تعرفها القائمة ما لا يبدو اسمًا، ونموذج يسمّي الدافع حيث لا تسمّيه القواعد. الأسماء التي لا تعرفها القائمة لا يُعثر عليها إلا حين تقدّمها كلمة مثل «شركة» أو تُكتب بالحروف اللاتينية، والمبالغ غير المحددة («مليارات الدولارات») تبقى بلا قيمة ولا نخمّنها.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## Limits of the sources
#
# Extraction is mostly rules and editable name lists, with two small statistical models trained
# on hand-annotated Arabic news: a filter that drops what does not look like a name among the
# names the list does not know, and a model that names the payer where the rules name none. A
# name the list does not know is found only when a word such as «شركة» (company) introduces it or
# when it is written in Latin letters, and unstated sums («مليارات الدولارات», "billions of
# dollars") stay without a value; we never guess one.

# %%
limits = tables.source_limits(corpus)
unquantified = money[money["value"].isna()]
no_dollars = money[money["value"].notna() & money["value_usd"].isna()]  # charts are drawn in US dollars
display(Markdown(md.say({
    "ar": "- مقالات مترجمة إلى العربية (بحسب الفهرس): **{translated}** من **{n}**.\n"
          "- مقالات استُنتج تاريخ نشرها من مضمونها: **{inferred}** من **{n}**.\n"
          "- مقالات بلا ناشر معروف: **{nopub}**؛ بلا تاريخ نشر معروف: **{nodate}**.\n"
          "- المبالغ المالية: **{m}**، منها بلا قيمة محددة: **{u}**؛ المبالغ المنسوبة إلى جهة بعينها: **{f}**.\n"
          "- مبالغ بعملات لا نعرف قيمتها بالدولار، تظهر في القوائم مع جملها ولا تدخل في الرسوم: **{nousd}**.",
    "en": "- Articles translated into Arabic (per the catalog): **{translated}** of **{n}**.\n"
          "- Articles whose publication date was inferred from their content: **{inferred}** of **{n}**.\n"
          "- Articles with no known publisher: **{nopub}**; with no known date: **{nodate}**.\n"
          "- Amounts of money: **{m}**, of which without a stated value: **{u}**; attached to a named company: **{f}**.\n"
          "- Amounts in a currency with no US-dollar value, listed with their sentences but not charted: **{nousd}**."},
    lang, **limits, nopub=len(corpus) - len(known_publishers), nodate=len(corpus) - len(known_dates),
    m=len(money), u=len(unquantified), f=len(facts), nousd=len(no_dollars),
)))
