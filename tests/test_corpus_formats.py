"""analysis.corpus formats: saved web pages, Markdown, tables of articles (CSV, JSONL,
Parquet), Word and PDF, nested folders. Every file loads right or is refused (or, with
errors="skip", listed) with its name; nothing is merged, dropped or misattributed. The
files are written here, with sentences written for these tests."""

from __future__ import annotations

import hashlib
import json
import warnings
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
import pytest

from analysis import extract_all, extract_money
from analysis.corpus.load import CorpusError, CorpusWarning, load_corpus

# --------------------------------------------------------------------------- sample files

TITLE = "شركة ناشئة للذكاء الاصطناعي تجمع 300 مليون دولار"
PARAGRAPHS = [
    ("أعلنت شركة ناشئة سعودية متخصصة في الذكاء الاصطناعي يوم الثلاثاء أنها جمعت 300 مليون دولار "
     "في جولة تمويل جديدة قادها صندوق استثماري خليجي."),
    ("وقال الرئيس التنفيذي للشركة إن التمويل سيُستخدم لبناء مراكز بيانات جديدة في الرياض "
     "وتوظيف مئتي مهندس خلال العام المقبل."),
    ("وتأتي هذه الجولة بعد عام من جولة سابقة بقيمة 50 مليون دولار، ما يرفع إجمالي ما جمعته "
     "الشركة منذ تأسيسها إلى 350 مليون دولار."),
]
# Around the article: every kind of page furniture, each with a figure or a word that
# must not reach the extracted text.
FURNITURE = {
    "nav": "قسم الاقتصاد الرقمي",
    "ad": "إعلان ممول: اشترك الآن بمبلغ 10 دولارات شهرياً",
    "script": "قيمة مخفية 900 مليون دولار",
    "share": "شارك على فيسبوك",
    "comment": "أتوقع أن تجمع الشركة مليار دولار العام القادم",
    "aside": "شركة أخرى تجمع 20 مليون دولار",
    "footer": "جميع الحقوق محفوظة لموقع الأخبار التقنية",
}


def article_page(charset: str = "utf-8") -> str:
    """A saved Arabic news page: metadata in the head, the article among site furniture."""
    f = FURNITURE
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{charset}">
<title>{TITLE} | الأخبار التقنية</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="الأخبار التقنية">
<meta property="og:url" content="https://news.example.com/2024/05/startup-raises">
<meta property="article:published_time" content="2024-05-14T09:30:00+03:00">
<script>var hidden = "{f['script']}"; window.track && window.track();</script>
<style>.nav {{ color: red }}</style>
</head>
<body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/economy">{f['nav']}</a></li></ul></nav></header>
<div class="advertisement" id="ad-top">{f['ad']}</div>
<main><article>
<h1>{TITLE}</h1>
<div class="share-buttons"><a href="#">{f['share']}</a> <a href="#">شارك على تويتر</a></div>
{body}
</article></main>
<section class="comments" id="comments"><h3>التعليقات</h3>
<div class="comment"><p>{f['comment']}</p></div></section>
<aside class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/x">{f['aside']}</a></li></ul></aside>
<footer><p>{f['footer']} © 2024</p></footer>
<script>document.write("{f['script']}")</script>
</body></html>
"""


ROWS = [
    {"title": "جولة أولى", "publisher": "الموقع أ", "published": "2024-01-10", "url": "https://a.example/1",
     "text": "جمعت شركة ألفا 10 ملايين دولار من مستثمرين في دبي.", "section": "اقتصاد"},
    {"title": "جولة ثانية", "publisher": "الموقع ب", "published": "2024-02-11", "url": "https://b.example/2",
     "text": "وقالت شركة بيتا إنها جمعت 20 مليون دولار.\nوسطر ثانٍ في المقال نفسه.", "section": "تقنية"},
    {"title": "جولة ثالثة", "publisher": "الموقع ج", "published": "2024-03-12", "url": "https://c.example/3",
     "text": "أعلنت شركة غاما أنها جمعت 30 مليون دولار في جولة جديدة.", "section": "اقتصاد"},
]


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


# --------------------------------------------------------------------------- web pages


def test_saved_page_gives_only_the_article_and_its_metadata(tmp_path):
    _write(tmp_path, "startup.html", article_page())
    before = _snapshot(tmp_path)
    corpus = load_corpus(tmp_path)
    assert _snapshot(tmp_path) == before  # the source file is never modified
    row = corpus.iloc[0]
    assert row["article_id"] == "startup"
    for paragraph in PARAGRAPHS:
        assert paragraph in row["raw"]
    for kind, words in FURNITURE.items():
        assert words not in row["raw"], kind
    assert "<" not in row["raw"] and "window.track" not in row["raw"]
    assert row["title"] == TITLE and row["title_basis"] == "page metadata"
    assert row["published"] == "2024-05-14" and row["date_basis"] == "page metadata"
    assert row["publisher"] == "الأخبار التقنية"
    assert row["url"] == "https://news.example.com/2024/05/startup-raises"
    # The extractors read the text the page shows: every amount is in the article, at its offsets.
    money = extract_money(corpus)
    assert row["raw"].splitlines()[0] == TITLE  # the headline, then the paragraphs
    assert sorted(money["value"].dropna()) == [50e6, 300e6, 300e6, 350e6]
    for m in money.itertuples():
        assert row["raw"][m.start:m.end] == m.surface


def test_a_page_given_directly_is_extracted_too(tmp_path):
    path = _write(tmp_path, "page.HTM", article_page())
    row = load_corpus(path).iloc[0]
    assert row["article_id"] == "page" and PARAGRAPHS[0] in row["raw"]
    assert FURNITURE["comment"] not in row["raw"] and row["published"] == "2024-05-14"


def test_page_saved_as_windows_arabic_uses_its_declared_charset(tmp_path):
    _write(tmp_path, "old.html", article_page("windows-1256").encode("cp1256"))
    row = load_corpus(tmp_path).iloc[0]
    assert PARAGRAPHS[1] in row["raw"] and row["title"] == TITLE


def test_the_catalog_wins_over_page_metadata_and_brings_its_basis(tmp_path):
    _write(tmp_path, "startup.html", article_page())
    _write(tmp_path, "catalog.csv", "article_id,published,publisher\nstartup,2024-05-13,الناشر الأصلي\n")
    row = load_corpus(tmp_path).iloc[0]
    assert row["published"] == "2024-05-13" and row["date_basis"] == "catalog"
    assert row["publisher"] == "الناشر الأصلي"
    assert row["title"] == TITLE and row["title_basis"] == "page metadata"


def test_a_date_in_the_sentences_is_not_the_publication_date(tmp_path):
    page = ("<html><head><title>خبر</title></head><body><article><h1>عنوان الخبر</h1><p>"
            + "قالت الشركة في 3 مارس 2023 إنها جمعت عشرة ملايين دولار من مستثمرين في دبي. " * 3
            + "</p></article></body></html>")
    row = load_corpus(_write(tmp_path, "a.html", page)).iloc[0]
    assert row["published"] == "" and row["date_basis"] == ""


def test_a_page_without_article_text_is_refused_by_name(tmp_path):
    path = _write(tmp_path, "app.html", "<html><head><script>render()</script></head><body><div id=root></div></body></html>")
    with pytest.raises(CorpusError, match="no article text") as err:
        load_corpus(path)
    assert str(path) in str(err.value)


# --------------------------------------------------------------------------- Markdown


MARKDOWN = """---
title: "تمويل جديد"
date: 2024-06-01
publisher: مدونة التقنية
---
# تمويل جديد لشركة ناشئة

جمعت **OpenAI** مبلغ [6 مليارات دولار](https://example.com/x) في جولة *جديدة*.

- قادت الجولة شركة `Thrive Capital`.
- وشاركت فيها Microsoft.

> وقال متحدث إن التمويل سيذهب إلى مراكز البيانات.

![صورة](img.png)
"""


def test_markdown_syntax_is_gone_and_offsets_point_into_the_shown_text(tmp_path):
    corpus = load_corpus(_write(tmp_path, "post.md", MARKDOWN))
    row = corpus.iloc[0]
    raw = row["raw"]
    assert "جمعت OpenAI مبلغ 6 مليارات دولار في جولة جديدة." in raw
    assert "قادت الجولة شركة Thrive Capital." in raw.splitlines()
    for mark in ("**", "](", "# ", "> ", "`", "---", "img.png", "title:"):
        assert mark not in raw, mark
    assert row["title"] == "تمويل جديد" and row["published"] == "2024-06-01"
    assert row["date_basis"] == "front matter" and row["publisher"] == "مدونة التقنية"
    money = extract_money(corpus)
    m = money[money["value"] == 6e9].iloc[0]
    assert raw[m["start"]:m["end"]] == m["surface"]
    # The bold name stays in the sentence with its amount (masking would have cut it off).
    assert "OpenAI" in m["sentence"]


def test_markdown_with_nothing_but_syntax_is_refused(tmp_path):
    path = _write(tmp_path, "empty.md", "---\ntitle: x\n---\n\n![img](a.png)\n\n---\n")
    with pytest.raises(CorpusError, match="no text") as err:
        load_corpus(path)
    assert str(path) in str(err.value)


# --------------------------------------------------------------------------- tables


def _csv(folder: Path, name: str = "news.csv", rows=ROWS) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows).to_csv(path, index=False, encoding="utf-8")
    return path


def _check_three(corpus: pd.DataFrame, name: str) -> None:
    assert list(corpus["article_id"]) == [f"{name}#1", f"{name}#2", f"{name}#3"]
    assert list(corpus["title"]) == [r["title"] for r in ROWS]
    assert list(corpus["publisher"]) == [r["publisher"] for r in ROWS]
    assert list(corpus["published"]) == [r["published"] for r in ROWS]
    assert list(corpus["raw"]) == [r["text"] for r in ROWS]
    assert list(corpus["section"]) == [r["section"] for r in ROWS]  # other columns kept
    assert all(s.endswith(f"{name}#{i}") for i, s in enumerate(corpus["source"], 1))
    # Each amount belongs to its own row's article: nothing merged, nothing misattributed.
    money = extract_money(corpus).set_index("article_id")["value"]
    assert money.to_dict() == {f"{name}#1": 10e6, f"{name}#2": 20e6, f"{name}#3": 30e6}


def test_csv_of_three_articles_gives_three_articles(tmp_path):
    _check_three(load_corpus(_csv(tmp_path)), "news.csv")


def test_jsonl_of_three_articles_gives_three_articles(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n\n" for r in ROWS), encoding="utf-8")
    _check_three(load_corpus(path), "news.jsonl")


def test_parquet_of_three_articles_gives_three_articles(tmp_path):
    pytest.importorskip("pyarrow")
    path = tmp_path / "news.parquet"
    pd.DataFrame(ROWS).to_parquet(path, index=False)
    _check_three(load_corpus(path), "news.parquet")


def test_a_table_in_a_folder_beside_text_files(tmp_path):
    _csv(tmp_path / "tables")
    _write(tmp_path, "single.txt", "وجمعت شركة دلتا 40 مليون دولار.\n")
    corpus = load_corpus(tmp_path)
    assert list(corpus["article_id"]) == ["single", "tables/news.csv#1", "tables/news.csv#2", "tables/news.csv#3"]
    tables = extract_all(corpus)
    assert tables["money"].groupby("article_id").size().to_dict() == dict.fromkeys(corpus["article_id"], 1)


def test_an_id_column_names_the_rows(tmp_path):
    rows = [{**r, "id": f"art-{i}"} for i, r in enumerate(ROWS)]
    corpus = load_corpus(_csv(tmp_path, rows=rows))
    assert list(corpus["article_id"]) == ["art-0", "art-1", "art-2"]


def test_the_body_column_is_the_text_too(tmp_path):
    rows = [{"body": r["text"], "title": r["title"]} for r in ROWS]
    assert list(load_corpus(_csv(tmp_path, rows=rows))["raw"]) == [r["text"] for r in ROWS]


def test_duplicate_ids_name_the_file_and_rows(tmp_path):
    rows = [{**r, "article_id": "same" if i != 1 else "other"} for i, r in enumerate(ROWS)]
    path = _csv(tmp_path, rows=rows)
    with pytest.raises(CorpusError) as err:
        load_corpus(path)
    assert str(path) in str(err.value) and "rows 1 and 3" in str(err.value)


def test_a_table_without_a_text_column_is_refused(tmp_path):
    path = _csv(tmp_path, rows=[{"title": "x", "content_html": "<p>y</p>"}])
    with pytest.raises(CorpusError, match="no 'text' or 'body' column") as err:
        load_corpus(path)
    assert str(path) in str(err.value)


def test_tables_that_are_not_articles_are_listed_beside_the_articles(tmp_path):
    _write(tmp_path, "a.txt", "وجمعت شركة دلتا 40 مليون دولار.\n")
    old = _write(tmp_path, "old/catalog.csv", "article_id,title\na,عنوان\n")
    notes = _write(tmp_path, "notes.csv", "name,phone\nسارة,123\n")
    with pytest.warns(CorpusWarning, match="no 'text' or 'body' column"):
        corpus = load_corpus(tmp_path)  # not an error: notes beside the articles
    assert list(corpus["article_id"]) == ["a"]
    skipped = dict(corpus.attrs["skipped"])
    assert set(skipped) == {str(old), str(notes)} and "looks like a catalog" in skipped[str(old)]


def test_a_broken_jsonl_line_is_named(tmp_path):
    path = _write(tmp_path, "news.jsonl", json.dumps({"text": "نص"}) + "\n{\"text\": \"مقطوع\n")
    with pytest.raises(CorpusError, match="line 2 is not valid JSON") as err:
        load_corpus(path)
    assert str(path) in str(err.value)


def test_empty_rows_are_reported_not_silently_dropped(tmp_path):
    rows = [ROWS[0], {**ROWS[1], "text": "  "}, ROWS[2]]
    path = _csv(tmp_path, rows=rows)
    with pytest.warns(CorpusWarning, match="no text"):
        corpus = load_corpus(path)
    assert list(corpus["article_id"]) == ["news.csv#1", "news.csv#3"]
    assert corpus.attrs["skipped"] == [(f"{path}#2", "no text")]


# --------------------------------------------------------------------------- folders


def test_nested_folders_are_read_with_the_path_in_the_id(tmp_path):
    _write(tmp_path, "2024/may/x.txt", "جمعت شركة ألفا 10 ملايين دولار.\n")
    _write(tmp_path, "2024/june/x.txt", "جمعت شركة بيتا 20 مليون دولار.\n")
    _write(tmp_path, "2024/june/notes.md", "جمعت **شركة غاما** 30 مليون دولار.\n")
    _write(tmp_path, "top.txt", "جمعت شركة دلتا 40 مليون دولار.\n")
    _write(tmp_path, ".ipynb_checkpoints/top-checkpoint.txt", "نسخة قديمة 99 مليون دولار.\n")
    _write(tmp_path, "catalog.csv", "article_id,publisher\n2024/may/x,ناشر مايو\n")
    corpus = load_corpus(tmp_path)
    assert list(corpus["article_id"]) == ["2024/june/notes", "2024/june/x", "2024/may/x", "top"]
    assert corpus.set_index("article_id").at["2024/may/x", "publisher"] == "ناشر مايو"
    money = extract_money(corpus).set_index("article_id")["value"].to_dict()
    assert money == {"2024/june/notes": 30e6, "2024/june/x": 20e6, "2024/may/x": 10e6, "top": 40e6}


def test_one_id_from_two_files_is_an_error_naming_both(tmp_path):
    a = _write(tmp_path, "sub/x.txt", "جمعت شركة ألفا 10 ملايين دولار.\n")
    b = _write(tmp_path, "sub/x.md", "جمعت شركة بيتا 20 مليون دولار.\n")
    with pytest.raises(CorpusError, match="same article id 'sub/x'") as err:
        load_corpus(tmp_path)
    assert str(a) in str(err.value) and str(b) in str(err.value)


def test_files_of_other_formats_are_listed_not_silently_ignored(tmp_path):
    _write(tmp_path, "a.txt", "جمعت شركة ألفا 10 ملايين دولار.\n")
    doc = _write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0 not read")
    with pytest.warns(CorpusWarning, match="old.doc"):
        corpus = load_corpus(tmp_path)
    assert list(corpus["article_id"]) == ["a"]
    assert corpus.attrs["skipped"] == [(str(doc), "not an article format (.doc): old Word format: save it as .docx")]
    with pytest.raises(CorpusError, match="save it as .docx"):
        load_corpus(doc)  # named directly: refused


def test_a_corrupt_file_is_skipped_and_listed_while_the_others_load(tmp_path):
    _write(tmp_path, "good/a.txt", "جمعت شركة ألفا 10 ملايين دولار.\n")
    _csv(tmp_path / "good")
    bad = {
        "broken.docx": b"PK\x03\x04 this is not a whole zip archive",
        "broken.pdf": b"%PDF-1.7\n garbage with no objects",
        "binary.txt": b"\x00\x01\x02 binary",
        "trunc.parquet": b"PAR1 not really",
    }
    for name, data in bad.items():
        _write(tmp_path, name, data)
    with pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    assert any(str(tmp_path / name) in str(err.value) for name in bad)
    with pytest.warns(CorpusWarning):
        corpus = load_corpus(tmp_path, errors="skip")
    assert list(corpus["article_id"]) == ["good/a", "good/news.csv#1", "good/news.csv#2", "good/news.csv#3"]
    assert sorted(Path(p).name for p, _ in corpus.attrs["skipped"]) == sorted(bad)
    assert all(reason for _, reason in corpus.attrs["skipped"])


# --------------------------------------------------------------------------- Word and PDF


def test_word_document(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.title = "عنوان المستند"
    document.add_heading("تمويل جديد", level=1)
    for p in PARAGRAPHS:
        document.add_paragraph(p)
    document.save(tmp_path / "memo.docx")
    row = load_corpus(tmp_path).iloc[0]
    assert row["article_id"] == "memo" and row["title"] == "عنوان المستند"
    assert row["raw"].splitlines() == ["تمويل جديد", *PARAGRAPHS]


def _pdf(text_lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``text_lines`` (Latin: Helvetica)."""
    ops = "BT /F1 12 Tf 72 720 Td " + " ".join(f"({t}) Tj 0 -16 Td" for t in text_lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
         "/Resources << /Font << /F1 5 0 R >> >> >>"),
        f"<< /Length {len(ops)} >>\nstream\n{ops}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_with_a_text_layer(tmp_path):
    pytest.importorskip("pypdf")
    path = _write(tmp_path, "report.pdf", _pdf(["OpenAI raised 6 billion dollars.", "A second line."]))
    row = load_corpus(path).iloc[0]
    assert "OpenAI raised 6 billion dollars." in row["raw"] and "A second line." in row["raw"]


def test_a_scanned_pdf_is_named_as_such(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=612, height=792)  # a page of image, no text layer
    path = tmp_path / "scan.pdf"
    with path.open("wb") as f:
        writer.write(f)
    with pytest.raises(CorpusError, match="scanned PDF") as err:
        load_corpus(path)
    assert str(path) in str(err.value) and "OCR" in str(err.value)


# --------------------------------------------------------------------------- article pages


def test_nested_and_row_ids_get_pages_their_links_reach(tmp_path):
    from analysis.present.links import article_href
    from analysis.report.pages import write_article_pages

    src = tmp_path / "src"
    _write(src, "2024/may/x.txt", "جمعت شركة ألفا 10 ملايين دولار.\n")
    _write(src, "../evil.txt", "جمعت شركة بيتا 20 مليون دولار.\n")
    _csv(src / "t")
    corpus = load_corpus(src)
    corpus.loc[len(corpus) - 1, "article_id"] = "../../escape"  # an id column can say anything
    out = tmp_path / "report"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        written = write_article_pages(corpus, extract_all(corpus), out)
    assert all(p.parent == out / "articles" for p in written)  # one flat folder
    for aid in corpus["article_id"]:
        href = article_href(aid, 0, 1)
        page = out / unquote(href.split("#")[0])  # what a browser or server opens
        assert page.is_file(), aid
        assert f">{aid.replace('&', '&amp;')}</code>" in page.read_text(encoding="utf-8")


def test_markup_check_equals_the_case_insensitive_pattern():
    import re

    from analysis.corpus.formats.text import _markup

    plain = re.compile(r"<\s*(script|iframe|img|object|embed|svg|style|a\s)|javascript:|\bon\w+\s*=", re.IGNORECASE)
    for text in ["<SCRIPT>", "< a href", "JavaScript:x", "onClick = 1", "xonclick=1", "_onload=", "o\nnload=", "ON=",
                 "<a\tb", "<ſcript>", "java\u017fcript:", "فonload=", "1onload=", "(onload =", "on_=", "ONLOAD\t=",
                 "<IMG", "ojavascript:", "شركة OpenAI أعلنت", "online = true", "no markup here"]:
        a, b = plain.search(text), _markup().search(text)
        assert (a and a.span()) == (b and b.span()), text
