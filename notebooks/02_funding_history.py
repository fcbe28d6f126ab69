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
# # تاريخ التمويل: شركة واحدة كما ترويها الأخبار
#
# <p dir="rtl" style="text-align: right">كم جمعت الشركة التي تتحدث عنها المقالات أكثر من غيرها، وكم قُدّرت قيمتها، ومن موّلها، كما تروي كل مقالة وبترتيب التواريخ؛ وحيث تختلف المصادر على الحدث نفسه نعرض كل رواية مع مصدرها. ثم من يموّل من في المقالات كلها.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# # Funding history: one company as the news tells it
#
# How much the company the articles speak of most raised, what it was said to be worth and who
# funded it, as each article tells it and in date order; where sources disagree on one event,
# every version with its source. Then who funds whom across all the articles.

# %% tags=["parameters"]
lang = "ar"
articles = None
figures = None
links = False
cache = None
company = None  # None: the company with the most money claims; or a name such as "OpenAI"

# %%
import pandas as pd
from IPython.display import Markdown, display

from analysis import conflicts, prepare
from analysis.charts import barh_values, flow_chart, save_and_show, show_table
from analysis.present import markdown as md
from analysis.present import tables, words

corpus, extracted = prepare(articles, cache)
facts, flows = extracted["facts"], extracted["flows"]
# Flows whose payer the sentence names; a payer guessed from what the article spoke of
# (payer_basis "article") is right about half as often on real news, so it is left out.
flows = flows[flows["payer_basis"] == "sentence"]

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## الشركة
#
# <p dir="rtl" style="text-align: right">ما لم يُحدَّد اسم في خانة المعاملات (<code>company</code>)، نروي قصة الجهة التي تقول المقالات إنها تلقّت أكبر عدد من جولات التمويل والتقييمات والاستثمارات؛ فإن لم تذكر المقالات شيئًا من ذلك، فالجهة التي تنسب إليها أكبر عدد من المبالغ.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## The company
#
# Unless the `company` parameter names one, we follow the company the articles say received the
# most rounds, valuations and investments; if they state none, the company they attach the most
# amounts of money to.

# %%
funding = facts[facts["role"].isin(["raise", "valuation", "investment"]) & (facts["recipient"] != "")]
claims_per_company = funding.groupby("recipient").size().sort_values(ascending=False, kind="stable")
if not len(claims_per_company):
    claims_per_company = facts.groupby("subject").size().sort_values(ascending=False, kind="stable")
if company is None and len(claims_per_company):
    company = claims_per_company.index[0]
about = facts[(facts["subject"] == company) | (facts["recipient"] == company)]
if company is None:
    display(Markdown(md.say({
        "ar": "لا تنسب هذه المقالات أي مبلغ إلى جهة بعينها، فلا تاريخ تمويل نرويه هنا.",
        "en": "These articles attach no amount to a named company: there is no funding history to tell."}, lang)))
else:
    display(Markdown(md.say({
        "ar": "الشركة: **{who}** (عدد المبالغ المنسوبة إليها: {n}؛ عدد المقالات: {a}).",
        "en": "The company: **{who}** ({n} amounts in {a} articles)."},
        lang, who=md.named(company, lang), n=len(about), a=about["article_id"].nunique())))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## ما تقوله كل مقالة
#
# <p dir="rtl" style="text-align: right">كل مبلغ تقول جملته نفسها إن الشركة جمعته أو قُدّرت به قيمتها أو استُثمر فيها، مرة واحدة لكل مقالة وحدث (وإن كررته المقالة)، مرتبًا بأدق تاريخ نعرفه: السنة التي تذكرها الجملة، وإلا تاريخ نشر المقالة. المبلغ الذي نُسب إلى الشركة تخمينًا مما تتحدث عنه المقالة، لا لأن جملته تسمّيها، لا يدخل هنا: هذا التخمين يخطئ كثيرًا في الأخبار الحقيقية.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## What each article says
#
# Every amount whose own sentence says the company raised it, was valued at it or received it as
# investment: once per article and event (however often the article repeats it), in the order
# of the best date we know: the year its sentence states, else the article's publication date.
# An amount attached to the company by a guess from what the article speaks of, not because its
# sentence names it, is left out: on real news that guess is often wrong.

# %%
history = about[about["role"].isin(["raise", "valuation", "market_value", "investment"])
                & (about["recipient"] == company) & (about["recipient_basis"] == "sentence")]
history = tables.chronological(tables.claims_once(history))
display(Markdown(md.bullets([md.claim_line(r, lang, links) for _, r in history.iterrows()], lang,
                            empty={"ar": "لا تذكر المقالات مبلغًا جمعته هذه الشركة أو قُدّرت به.",
                                   "en": "The articles state no amount this company raised or was valued at."})))

# %%
labels, values = tables.chart_claims(history, lang)
shown, left, _ = tables.top_bars(values)  # the chart draws the largest figures; the list keeps them all
if values:
    who = words.name(company, lang)
    drawn = history.dropna(subset=["value_usd"]).iloc[shown]
    fig = barh_values(
        [labels[i] for i in shown], [values[i] for i in shown],
        title={"ar": f"{who}: المبالغ كما وردت في كل مقالة (مليار دولار)",
               "en": f"{who}: the figures as each article states them (USD bn)"},
        source=tables.source_line(drawn["article_id"], corpus, lang),
        lang=lang, value_fmt="{:,.1f}",
    )
    display(save_and_show(fig, f"02_company_claims_{lang}", figures))
    if left:
        display(Markdown(md.say({
            "ar": "يرسم الشكل أكبر **{n}** رقمًا بترتيبها الزمني؛ والأرقام الأصغر الباقية (**{left}**) في القائمة التالية مع سائر الأرقام.",
            "en": "The chart draws the **{n}** largest figures, in date order; the **{left}** smaller ones are in the list below with all the others."},
            lang, n=len(shown), left=left)))
    display(Markdown(md.sources_list(history.dropna(subset=["value_usd"]), lang, labels, links)))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## الأحداث، وحين تختلف المصادر
#
# <p dir="rtl" style="text-align: right">الحدث هو الجهة ونوع المبلغ والطرف الآخر في الصفقة والسنة. حين تروي مقالتان الحدث نفسه برقمين لا يصحّان معًا، نعرض الروايتين مع مصدريهما ولا نختار بينهما. الجولات المختلفة والسنوات المختلفة أحداث مختلفة، وليست خلافًا.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## Events, and where the sources disagree
#
# An event is the company, the kind of money, the other party of a deal and the year. When two
# articles give one event figures that cannot both be true, we show both versions with their
# sources and do not choose. Separate rounds and separate years are separate events, not
# disagreements.

# %%
events = tables.event_summary(history)
display(Markdown(md.say({"ar": "عدد الأحداث: **{n}**؛ ما رواه منها أكثر من مقالة: **{m}**.",
                         "en": "Events: **{n}**, of which **{m}** are reported by more than one article."},
                        lang, n=len(events), m=int((events["n_sources"] > 1).sum()) if len(events) else 0)))
if len(events):
    display(show_table(tables.reader_table(events[["role", "value_usd", "value_usd_max", "qualifiers", "publishers",
                                                   "first_published", "n_sources"]], lang), index=False))

# %%
versions = conflicts(facts)
versions = versions[versions["subject"] == company]
lines = []
for key in versions["event_key"].unique():
    disputed = tables.claims_once(facts[facts["event_key"] == key])
    lines += [md.claim_line(r, lang, links) for _, r in disputed.iterrows()]
display(Markdown(md.bullets(lines, lang, empty={
    "ar": "لا تختلف المقالات على رقم أي حدث من أحداث هذه الشركة.",
    "en": "The articles do not disagree on the figure of any of this company's events."})))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## من يموّل الشركة
#
# <p dir="rtl" style="text-align: right">الجهات التي تقول الجمل إنها دفعت المال للشركة: قادت جولتها، أو شاركت فيها، أو استثمرت فيها؛ والجملة نفسها تسمّي الدافع والشركة معًا. سطر لكل مبلغ: المستثمرون الذين تسمّيهم جملة واحدة لجولة واحدة في سطر واحد، والمبلغ مبلغ الجولة كلها لا حصة كل منهم.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## Who funds the company
#
# The organizations the sentences say paid money to the company: led or joined its rounds, or
# invested in it; the sentence itself names both the payer and the company. One line per
# amount: the investors one sentence names for one round share a line, and the figure is the
# whole round's, not each one's share.

# %%
backers = flows[flows["role"].isin(["raise", "investment"]) & (flows["recipient"] == company)
                & (flows["recipient_basis"] == "sentence") & (flows["payer"] != company)]
# One line per mention: the investors of one round, named in one sentence, together.
payers = backers.groupby(["article_id", "start"])["payer"].agg(list).rename("payers")
backers = backers.drop_duplicates(["article_id", "start"]).join(payers, on=["article_id", "start"])
shared = {"ar": " (جولة واحدة؛ عدد المستثمرين المسمَّين فيها: {n})", "en": " (one round shared by {n} named investors)"}
display(Markdown(md.bullets([
    f"- {md.named_list(r['payers'], lang)} {words.arrow(lang)} {md.named(company, lang)}: "
    f"{md.linked_amount(r, lang, links)} ({md.md_escape(words.role_name(r['role'], lang))})"
    f"{shared[lang].format(n=len(r['payers'])) if len(r['payers']) > 1 else ''} {md.cite(r, lang)}"
    for _, r in backers.iterrows()
], lang, empty={"ar": "لا تسمّي المقالات من موّل هذه الشركة.",
                "en": "The articles do not name who funded this company."})))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## من يموّل من في المقالات كلها
#
# <p dir="rtl" style="text-align: right">يرسم الشكل جولات التمويل والاستثمارات وعمليات الاستحواذ التي تسمّي جملتها الدافع والمتلقي معًا: المستثمر والجهة التي استثمر فيها، والمشتري والشركة المشتراة. عرض الخط بقدر المبلغ؛ الصفقة تُحسب مرة واحدة بأكبر رقم ذُكر لها وإن روتها مقالات عدة أو أرقام متقاربة، والجولة التي يشارك فيها عدة مستثمرين تُقسم بينهم بالتساوي في الرسم. ما سوى ذلك (عروض الشراء والتعويضات والإنفاق والديون وغيرها، والمبالغ التي لا تسمّي جملتها متلقيًا) لا يُرسم، ونذكر عدده تحت الشكل. القائمة بعده تذكر كل تدفق تسمّي جملته الدافع، بالمبلغ كاملًا، مرة واحدة للجملة التي تكررها المقالة بنصها.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## Who funds whom, across all the articles
#
# The chart draws the rounds, investments and acquisitions whose sentence names both who pays
# and who receives: investor and investee, buyer and bought. Band width is the amount; a deal
# counts once, at the largest figure stated for it, however many articles or near-equal figures
# report it, and a round shared by several named investors is split equally among them in the
# chart. Everything else (bids, damages, spending, debt and other money, and amounts whose
# sentence names no recipient) is not drawn; how much is said under the chart. The list after it
# gives every flow whose sentence names the payer, with the full figure, once for a sentence an
# article repeats word for word.

# %%
CHARTED = ["raise", "investment", "acquisition"]
paid = facts[facts["payer_basis"] == "sentence"]  # amounts whose sentence names who pays
named_here = (paid["recipient_basis"] == "sentence") | paid["subject_basis"].str.startswith("the project named earlier")
not_payer = pd.Series([r not in p.split("; ") for p, r in zip(paid["payer"], paid["recipient"])], index=paid.index,
                      dtype=bool)
has_recipient = named_here & (paid["recipient"] != "") & not_payer
other_kind = ~paid["role"].isin(CHARTED)
no_recipient = ~other_kind & ~has_recipient
no_dollars = ~other_kind & has_recipient & paid["value_usd"].isna()
deals = tables.one_per_deal(paid[~other_kind & has_recipient & ~no_dollars])
shares = deals.assign(payer=deals["payer"].str.split("; ")).explode("payer")
shares = shares.assign(share_bn=shares["value_usd"] / shares.groupby(level=0)["payer"].transform("size") / 1e9)
edges = (shares.groupby(["payer", "recipient"], as_index=False)["share_bn"].sum()
         .sort_values("share_bn", ascending=False, kind="stable").head(15))
if len(edges):
    names = {n: words.name(n, lang) for n in set(edges["payer"]) | set(edges["recipient"])}
    fig = flow_chart(
        edges["payer"].tolist(), edges["recipient"].tolist(), edges["share_bn"].tolist(),
        names=names,
        title={"ar": "من يموّل من: جولات التمويل والاستثمارات والاستحواذات (مليار دولار)",
               "en": "Who funds whom: rounds, investments and acquisitions (USD bn)"},
        source=tables.source_line(deals["article_id"], corpus, lang),
        lang=lang, value_fmt="{:,.1f}",
    )
    display(save_and_show(fig, f"02_flows_{lang}", figures))
display(Markdown(md.say({
    "ar": "المبالغ التي تسمّي جملتها الدافع: **{n}**. عدد الصفقات المرسومة: **{drawn}**، وعدد أزواج الجهات فيها: "
          "**{pairs}** (يعرض الشكل أكبر 15 زوجًا). ما لم يُرسم: من أنواع أخرى (عروض شراء وتعويضات وإنفاق وديون وغيرها): "
          "**{kind}**؛ لا تسمّي جملتها متلقيًا غير الدافع: **{norec}**؛ بلا قيمة بالدولار: **{nousd}**؛ "
          "أرقام أخرى لصفقة مرسومة: **{again}**.",
    "en": "Amounts whose sentence names the payer: **{n}**. The chart draws **{drawn}** deals between **{pairs}** "
          "pairs of parties (it shows the largest 15 pairs). Not drawn: **{kind}** of other kinds (bids, damages, "
          "spending, debt and other), **{norec}** whose sentence names no recipient other than the payer, **{nousd}** "
          "with no US-dollar value, and **{again}** other figures of a deal already drawn."},
    lang, n=len(paid), drawn=len(deals), pairs=shares.groupby(["payer", "recipient"]).ngroups,
    kind=int(other_kind.sum()), norec=int(no_recipient.sum()), nousd=int(no_dollars.sum()),
    again=int((~other_kind & has_recipient & ~no_dollars).sum()) - len(deals))))
display(Markdown(md.bullets([
    f"- {md.named(r['payer'], lang)} {words.arrow(lang)} {md.named(r['recipient'], lang)}: "
    f"{md.linked_amount(r, lang, links)} ({md.md_escape(words.role_name(r['role'], lang))}) {md.cite(r, lang)}: "
    f"{md.quoted(r['sentence'], lang)}"
    for _, r in tables.flows_once(flows).iterrows()
], lang, empty={"ar": "لا تسمّي المقالات من دفع أي مبلغ.", "en": "The articles do not name who paid any amount."})))
