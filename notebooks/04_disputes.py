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
# # النزاع: عروض الشراء والاستحواذات والدعاوى بين طرفين
#
# <p dir="rtl" style="text-align: right">خط زمني للنزاع الذي تتكرر فيه عروض الشراء والتعويضات المطالب بها أكثر من غيره في المقالات، ثم الأرقام كما وردت؛ كل محطة جملة مقتبسة من مصدرها.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# # The dispute: bids, purchases and lawsuits between two parties
#
# A dated timeline of the dispute the articles return to most (the two parties with the most
# bids and damages claimed between them), then the figures as stated; each event is a
# sentence quoted from its source.

# %% tags=["parameters"]
lang = "ar"
articles = None
figures = None
links = False
cache = None
sides = None  # None: the two parties with the most contested money; or two names, e.g. ("Elon Musk", "OpenAI")

# %%
from IPython.display import Markdown, display

from analysis import prepare
from analysis.charts import save_and_show, timeline
from analysis.present import markdown as md
from analysis.present import tables, words

corpus, extracted = prepare(articles, cache)
facts, flows, dates, entities = (extracted[k] for k in ("facts", "flows", "dates", "entities"))
# Flows whose payer the sentence names; a payer guessed from what the article spoke of
# (payer_basis "article") is right about half as often on real news, so it is left out.
flows = flows[flows["payer_basis"] == "sentence"]

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## الطرفان
#
# <p dir="rtl" style="text-align: right">ما لم يُحدَّد الطرفان في خانة المعاملات (<code>sides</code>)، نختار الطرفين اللذين تذكر المقالات بينهما أكبر عدد من عروض الشراء والتعويضات المطالب بها، وعند التساوي صاحبَي المبلغ الأكبر. أما الاستحواذ المتفق عليه وحده فليس نزاعًا، وتأتي استحواذات الطرفين مع الأرقام أدناه.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## The two parties
#
# Unless the `sides` parameter names them, we take the two parties between whom the articles
# report the most bids and damages claimed; a tie goes to the larger sum. A purchase agreed
# between two parties is no dispute on its own; the two parties' purchases are listed with the
# figures below.

# %%
contested = flows[flows["role"].isin(["bid", "damages"]) & (flows["recipient"] != "")]
pairs = (contested.assign(pair=[tuple(sorted(p)) for p in zip(contested["payer"], contested["recipient"])])
         .groupby("pair").agg(claims=("role", "size"), dollars=("value_usd", "sum"))
         .sort_values(["claims", "dollars"], ascending=False, kind="stable"))
if sides is None and len(pairs):
    sides = pairs.index[0]
if sides is None:
    display(Markdown(md.say({
        "ar": "لا تذكر هذه المقالات عرض شراء أو تعويضًا مطالبًا به بين طرفين مسمّيين؛ لا نزاع نرويه هنا.",
        "en": "These articles report no bid or damages claim between two named parties: there is no dispute to tell."},
        lang)))
else:
    display(Markdown(md.say({"ar": "الطرفان: **{a}** و**{b}**.", "en": "The parties: **{a}** and **{b}**."},
                            lang, a=md.named(sides[0], lang), b=md.named(sides[1], lang))))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## الخط الزمني
#
# <p dir="rtl" style="text-align: right">كل محطة جملة فيها تاريخ صريح أو نسبي حُلّ بالرجوع إلى تاريخ نشر مقالتها، وتسمّي الطرفين كليهما، أو تسمّي أحدهما وتتحدث عن عرض الشراء أو عن القضاء (دعوى، محكمة، قاضٍ، محامون) في مقالة تسمّي الطرفين. فالجملة التي تذكر أحد الطرفين وحده في سياق آخر (سنة تأسيس شركة له، أو خبر لا صلة له بالنزاع) ليست محطة. تاريخ المحطة أول تاريخ تذكره الجملة، إلا ما جاء بعد «منذ» أو «بحلول» أو «حتى» فهو خلفية لا حدث؛ السنة وحدها تُرسم فترةً على امتداد السنة، لا يومًا في أولها.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## Timeline
#
# Each event is a sentence that carries a date, stated or resolved from its article's
# publication date, and names both parties, or names one of them and speaks of the bid or of
# the courts (a lawsuit, a court, a judge, lawyers) in an article that names both. A sentence
# that names one party in another context (a company's founding year, news unrelated to the
# dispute) is no event. An event's date is the first its sentence states, except a date after
# «منذ», «بحلول» or «حتى» (since, by, until), which is background, not an event; a bare year is
# drawn as a span over that year, not as a day at its start.

# %%
events = (tables.dated_events(dates, entities, corpus, must_name=({sides[0]}, {sides[1]}), cues="dispute")
          if sides is not None else tables.dated_events(dates.iloc[0:0], entities, corpus, must_name=()))
if len(events):
    spans = [tables.period_span(r) for r in events["resolved"]]
    fig = timeline(
        [a for a, _, _ in spans],
        [tables.event_label(s, lang) for s in events["sentence"]],
        ends=[b for _, b, _ in spans],
        title={"ar": f"{words.name(sides[0], 'ar')} و{words.name(sides[1], 'ar')}: محطات النزاع كما ترويها المقالات",
               "en": f"{words.name(sides[0], 'en')} and {words.name(sides[1], 'en')}: the dispute as the articles tell it"},
        source=tables.source_line(events["article_id"], corpus, lang),
        lang=lang,
    )
    display(save_and_show(fig, f"04_dispute_timeline_{lang}", figures))
display(Markdown(md.sources_list(events, lang, [words.format_period(r, lang) for r in events["resolved"]], links)))

# %% [markdown] tags=["lang-ar"]
# <div dir="rtl">
#
# ## الأرقام كما وردت
#
# <p dir="rtl" style="text-align: right">عروض الشراء والاستحواذات والتعويضات المطالب بها التي يكون أحد الطرفين فيها دافعًا أو متلقيًا، مرة واحدة لكل مقالة وحدث.</p>
#
# </div>

# %% [markdown] tags=["lang-en"]
# ## The figures as stated
#
# Bids, purchases and damages claimed in which either party pays or receives, once per article
# and event.

# %%
involved = set(sides) if sides is not None else set()
offers = facts[facts["role"].isin(["bid", "acquisition", "damages"])
               & (facts["subject"].isin(involved) | facts["recipient"].isin(involved)
                  | facts["payer"].str.split("; ").map(lambda names: bool(set(names) & involved)))]
offers = tables.chronological(tables.claims_once(offers))
display(Markdown(md.bullets([md.claim_line(r, lang, links) for _, r in offers.iterrows()], lang, empty={
    "ar": "لا أرقام لعروض أو استحواذات أو تعويضات بين الطرفين في هذه المقالات.",
    "en": "No figures for bids, purchases or damages between the parties in these articles."})))
