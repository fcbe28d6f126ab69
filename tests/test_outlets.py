"""The outlet that published an article is not one of the names it cites (C10)."""

import pandas as pd

from analysis import normalize
from analysis.extract.entities import extract_entities
from analysis.extract.outlets import is_own_outlet, outlet

TEXT = ("سكاي نيوز عربية - قالت إنفيديا إنها ستستثمر 40 مليون دولار في شركة ناشئة، بحسب ما ذكرته رويترز.\n"
        "وعلمت سكاي نيوز عربية أن الجولة تقودها سوفت بنك.")


def _corpus(publisher, url):
    return pd.DataFrame({"article_id": ["x1"], "raw": [TEXT], "publisher": [publisher], "url": [url]})


def test_an_outlet_is_known_by_its_arabic_name_and_its_site():
    site = outlet("الرمال نيوز (alrimal-news.com)", "https://www.alrimal-news.com/a/1")
    assert site.arabic == (normalize("الرمال نيوز"),)
    assert "alrimalnews" in site.latin
    assert is_own_outlet(site, "الرمال نيوز", normalize("الرمال نيوز"))
    assert is_own_outlet(site, "Alrimal News", "Alrimal News")
    assert not is_own_outlet(site, "Reuters", normalize("رويترز"))


def test_a_web_suffix_is_the_same_site_but_a_longer_name_is_another():
    assert is_own_outlet(outlet("Sandnews.com", ""), "Sandnews", "Sandnews")
    assert is_own_outlet(outlet("", "https://sand.net/x"), "Sand Net", "Sand Net")
    # a network cited on its regional site, a country named like the site: other names
    assert not is_own_outlet(outlet("", "https://www.dunearabia.com/x"), "Dune", "Dune")
    assert not is_own_outlet(outlet("", "https://sahel24.com/x"), "Sahel", "Sahel")
    assert not is_own_outlet(outlet("الساحل 24", ""), "Sahel 24", normalize("الساحل 24"), kind="government")


def test_nothing_is_known_without_a_publisher_or_a_url():
    assert not outlet("", "")
    assert not is_own_outlet(outlet("", "not a url"), "Reuters", "Reuters")


def test_the_entities_table_leaves_out_the_page_naming_its_own_site():
    def names(df):
        return set(extract_entities(df)["surface"])

    everything = names(_corpus("", ""))
    assert {"سكاي نيوز عربية", "رويترز", "إنفيديا", "سوفت بنك"} <= everything
    for publisher, url in (("سكاي نيوز عربية", ""), ("", "https://www.skynewsarabia.com/business/1")):
        own = names(_corpus(publisher, url))
        assert everything - own == {"سكاي نيوز عربية"}  # the cited agency and the companies stay
    assert names(_corpus("صحيفة أخرى", "https://other.example/a")) == everything


def test_bylines_and_photo_credits_are_furniture_and_name_no_one():
    from analysis.corpus.load import boilerplate_spans

    text = ("كتب : سامي النجار\n"
            "أعلنت إنفيديا أنها ستستثمر 40 مليون دولار في شركة ناشئة.\n"
            "مصدر الصورة: وكالة الصور / غيتي\n"
            "بقلم فاطمة الراوي\n"
            "كتب محللون في المصرف أن الصفقة قد تصل إلى 3 مليارات دولار في 2026.\n")
    blank = ["".join(text[a:b]) for a, b in boilerplate_spans(text)]
    assert blank == ["كتب : سامي النجار", "مصدر الصورة: وكالة الصور / غيتي", "بقلم فاطمة الراوي"]
    names = set(extract_entities(text)["surface"])
    assert "إنفيديا" in names and not names & {"سامي النجار", "فاطمة الراوي", "غيتي"}
