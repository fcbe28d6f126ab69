"""analysis.corpus: the seeds load exactly, boilerplate is removed, the catalog is joined,
and every kind of bad input fails (or is skipped) with a message naming the file and the
problem, without the loader ever touching the user's files."""

from __future__ import annotations

import hashlib
import warnings
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest
from conftest import missing

from analysis.corpus.load import (
    CATALOG_COLUMNS,
    DEFAULT_MAX_BYTES,
    CorpusError,
    CorpusWarning,
    body_of,
    boilerplate_spans,
    load_corpus,
    mask_spans,
    read_article,
    read_catalog,
)

ROOT = Path(__file__).resolve().parent.parent
# The copies beside the checkout (../shared/seeds), as laid out for CI and developers.
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
SEED_IDS = [
    "000_058ae3e1c078b0a8",
    "001_ef5f6a763e32d541",
    "002_2d51d1c94387f4fe",
    "003_7b04d372a099f76b",
]
ARTICLE = (
    "قال ماسك إن شركة xAI جمعت 6 مليارات دولار في جولة تمويل من السلسلة B.\n"
    "وشاركت Sequoia Capital في الجولة.\n"
)


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``folder``: content hash and modification time."""
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@contextmanager
def unchanged(folder: Path):
    """Assert that nothing under ``folder`` is created, removed or modified."""
    before = _snapshot(folder)
    yield
    assert _snapshot(folder) == before


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _messages(record) -> list[str]:
    return [str(w.message) for w in record if issubclass(w.category, CorpusWarning)]


# --------------------------------------------------------------------------- the seeds


def test_seed_ids(corpus):
    assert corpus["article_id"].tolist() == SEED_IDS


@pytest.mark.parametrize("folder", [ROOT / "seeds", SHARED_SEEDS])
def test_seed_raw_is_byte_exact(corpus, folder):
    if not folder.is_dir():
        missing(f"{folder} is not beside the checkout")
    for row in corpus.itertuples():
        data = (folder / f"{row.article_id}.txt").read_bytes()
        assert row.raw == data.decode("utf-8")
        assert row.raw.encode("utf-8") == data


def test_seed_copies_match_the_originals():
    if not SHARED_SEEDS.is_dir():
        missing(f"{SHARED_SEEDS} is not beside the checkout")
    for name in SEED_IDS:
        assert (ROOT / "seeds" / f"{name}.txt").read_bytes() == (SHARED_SEEDS / f"{name}.txt").read_bytes()


def test_seed_columns(corpus):
    for col in ["article_id", "path", "raw", "body", "text", "boilerplate", *CATALOG_COLUMNS]:
        assert col in corpus.columns
    for row in corpus.itertuples():
        assert Path(row.path).name == f"{row.article_id}.txt"
        assert len(row.body) > 1000
        assert row.text  # normalized body
        for a, b in row.boilerplate:
            assert 0 <= a < b <= len(row.raw)


@pytest.mark.parametrize(
    ("article_id", "furniture"),
    [
        ("002_2d51d1c94387f4fe", "الموقع الرسمي | القاهرة الاخبارية"),
        ("002_2d51d1c94387f4fe", "• مشاركة"),
        ("002_2d51d1c94387f4fe", "post-title"),
        ("003_7b04d372a099f76b", "[إعلان 2]"),
        ("003_7b04d372a099f76b", "المصدر: https://"),
        ("003_7b04d372a099f76b", "https://vietnamnet.vn"),
        ("003_7b04d372a099f76b", "تعليق (0)"),
        ("001_ef5f6a763e32d541", "روجيلا خلف، رئيس التحرير في FT"),
        ("001_ef5f6a763e32d541", "النشرة الأسبوعية"),
    ],
)
def test_seed_boilerplate_removed(corpus, article_id, furniture):
    row = corpus.set_index("article_id").loc[article_id]
    assert furniture in row["raw"]
    assert furniture not in row["body"]
    # and nothing of it is left to extract from the normalized text either
    assert "post-title" not in row["text"] and "تعليق (0)" not in row["text"]


@pytest.mark.parametrize(
    ("article_id", "start", "kept"),
    [
        ("000_058ae3e1c078b0a8", "وفقًا لمحرر موقع Downcodes", "سيستمر محرر Downcodes في الاهتمام بتقدم الحادث."),
        ("001_ef5f6a763e32d541", "شركة Sequoia Capital، وهي أحد", "ووصفت OpenAI القضية بأنها “تافهة”."),
        ("002_2d51d1c94387f4fe", '"X. Ai".. "ماسك" يمول نموذجه', 'أشكال "الكذب المستيقظ" و"القاتل".'),
        ("003_7b04d372a099f76b", "بعد الدعوى القضائية الصاخبة", "تكنولوجيا الذكاء الاصطناعي بتكلفة أقل."),
    ],
)
def test_seed_article_text_kept(corpus, article_id, start, kept):
    row = corpus.set_index("article_id").loc[article_id]
    assert row["body"].startswith(start)
    assert row["body"].endswith(kept)


def test_seed_body_keeps_every_article_line(corpus):
    # Every raw line that is not boilerplate is in the body, whole.
    for row in corpus.itertuples():
        masked = mask_spans(row.raw, row.boilerplate)
        for line in masked.splitlines():
            if line.strip():
                assert line.strip() in row.body
        assert "\n\n\n" not in row.body and row.body == row.body.strip()


def test_seed_002_keeps_its_byline_and_headline(corpus):
    body = corpus.set_index("article_id").loc["002_2d51d1c94387f4fe", "body"]
    assert "القاهرة الإخبارية - أحمد صوان" in body  # byline is article text
    assert 'شعار شركة إيلون ماسك الناشئة في مجال الذكاء الاصطناعي "X. Ai"' in body
    assert "الموقع الرسمي" not in body


def test_seed_catalog_joined(corpus):
    cat = pd.read_csv(ROOT / "seeds" / "catalog.csv", dtype=str, keep_default_na=False)
    by_id = corpus.set_index("article_id")
    for row in cat.itertuples():
        for col in ["title", "publisher", "url", "published", "date_basis", "language", "title_basis"]:
            assert by_id.loc[row.article_id, col] == getattr(row, col)
    assert by_id.loc["001_ef5f6a763e32d541", "publisher"] == "Financial Times (Arabic translation)"
    assert by_id.loc["003_7b04d372a099f76b", "published"] == "2025-02"
    assert by_id.loc["000_058ae3e1c078b0a8", "url"] == ""  # unknown is "", not NaN
    assert (corpus["language"] == "ar").all()
    for col in CATALOG_COLUMNS:
        assert corpus[col].map(type).eq(str).all()


def test_loading_never_writes_to_seeds():
    with unchanged(ROOT / "seeds"):
        load_corpus()


def test_loads_from_another_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = load_corpus()
    assert corpus["article_id"].tolist() == SEED_IDS
    assert corpus["publisher"].str.len().gt(0).all()
    # a relative path is relative to the working directory
    _write(tmp_path / "mine", "a.txt", ARTICLE)
    assert load_corpus("mine")["article_id"].tolist() == ["a"]
    assert list(tmp_path.iterdir()) == [tmp_path / "mine"]


# --------------------------------------------------------------------------- bad input


def test_cp1256_file_names_the_encoding(tmp_path):
    seed = (ROOT / "seeds" / f"{SEED_IDS[2]}.txt").read_text(encoding="utf-8")
    path = _write(tmp_path / "arts", "win.txt", seed.encode("cp1256"))
    with unchanged(tmp_path):
        with pytest.raises(CorpusError) as err:
            load_corpus(tmp_path / "arts")
        msg = str(err.value)
        assert str(path) in msg
        assert "not valid utf-8" in msg
        assert "encoding='cp1256'" in msg

        corpus = load_corpus(tmp_path / "arts", encoding="cp1256")
    assert corpus.loc[0, "raw"] == seed
    assert "ماسك" in corpus.loc[0, "body"] and "post-title" not in corpus.loc[0, "body"]
    assert read_article(path, encoding="cp1256") == seed


def test_other_undecodable_bytes(tmp_path):
    path = _write(tmp_path, "latin.txt", "Café crème, déjà vu.".encode("latin-1"))
    with unchanged(tmp_path), pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    msg = str(err.value)
    assert str(path) in msg and "not valid utf-8" in msg and "encoding=" in msg


def test_bom_and_crlf_accepted(tmp_path):
    text = (
        "الموقع الرسمي | القاهرة الاخبارية\r\n\r\n"
        "  • مشاركة :\r\n"
        "post-title\r\n"
        "قال ماسك إن xAI جمعت 6 مليارات دولار.\r\n"
        "[إعلان 2]\r\n"
        "وشاركت Sequoia في الجولة.\r\n"
        "المصدر: https://example.com/news/1.html\r\n"
        "تعليق (0)\r\n"
    )
    path = _write(tmp_path, "crlf.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
    with unchanged(tmp_path):
        corpus = load_corpus(tmp_path)
    raw = corpus.loc[0, "raw"]
    assert raw == text  # CRLF kept, BOM dropped
    assert "\r\n" in raw and not raw.startswith("\ufeff")
    assert read_article(path) == text
    body = corpus.loc[0, "body"]
    assert "\r" not in body
    assert body == "قال ماسك إن xAI جمعت 6 مليارات دولار.\n\nوشاركت Sequoia في الجولة."
    # the same boilerplate is found as in the LF version of the file, at the same lines
    lf = text.replace("\r\n", "\n")
    assert body == body_of(lf)
    crlf_spans = [raw[a:b].rstrip("\r") for a, b in corpus.loc[0, "boilerplate"]]
    assert crlf_spans == [lf[a:b] for a, b in boilerplate_spans(lf)]


@pytest.mark.parametrize("content", [b"", b"   \n\t\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"])
def test_empty_file_skipped_with_warning(tmp_path, content):
    empty = _write(tmp_path, "empty.txt", content)
    _write(tmp_path, "good.txt", ARTICLE)
    with unchanged(tmp_path), pytest.warns(CorpusWarning) as record:
        corpus = load_corpus(tmp_path)
    assert corpus["article_id"].tolist() == ["good"]
    assert any(str(empty) in m and "empty" in m for m in _messages(record))


def test_only_empty_files_is_an_error(tmp_path):
    _write(tmp_path, "empty.txt", b"")
    with unchanged(tmp_path), pytest.warns(CorpusWarning), pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    assert str(tmp_path) in str(err.value) and "no readable articles" in str(err.value)


@pytest.mark.parametrize(
    "data",
    [
        "ماسك\x00xAI".encode(),
        "ماسك يمول xAI".encode("utf-16"),  # UTF-16: NUL bytes between ASCII letters
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(256)),
    ],
)
def test_nul_bytes_and_binary_data(tmp_path, data):
    path = _write(tmp_path, "bin.txt", data)
    with unchanged(tmp_path), pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    msg = str(err.value)
    assert str(path) in msg and "NUL byte" in msg and "binary" in msg


def test_binary_without_nul(tmp_path):
    path = _write(tmp_path, "noise.txt", bytes(range(0x80, 0x100)) * 4)
    with unchanged(tmp_path), pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    assert str(path) in str(err.value) and "not valid utf-8" in str(err.value)


def test_file_over_size_limit(tmp_path):
    path = _write(tmp_path, "big.txt", ARTICLE * 10)
    size = path.stat().st_size
    with unchanged(tmp_path):
        with pytest.raises(CorpusError) as err:
            load_corpus(tmp_path, max_bytes=size - 1)
        msg = str(err.value)
        assert str(path) in msg and "over the limit" in msg and f"{size - 1:,}" in msg
        assert "max_bytes=" in msg
        assert len(load_corpus(tmp_path, max_bytes=size)) == 1  # the limit is inclusive
        with pytest.raises(CorpusError, match="over the limit"):
            read_article(path, max_bytes=10)
    assert DEFAULT_MAX_BYTES >= 1_000_000


def test_missing_folder(tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(CorpusError) as err:
        load_corpus(missing)
    assert str(missing) in str(err.value) and "not found" in str(err.value)
    assert not missing.exists()


def test_missing_file(tmp_path):
    with pytest.raises(CorpusError, match="no such file"):
        read_article(tmp_path / "nope.txt")


@pytest.mark.parametrize("files", [{}, {"notes.rtf": "ماسك", "photo.jpg": "x", ".hidden/x.txt": "ماسك", ".x.txt": "ماسك"}])
def test_folder_without_articles(tmp_path, files):
    for name, content in files.items():
        _write(tmp_path / Path(name).parent, Path(name).name, content)
    with unchanged(tmp_path), pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    assert str(tmp_path) in str(err.value) and "no articles" in str(err.value)


def test_two_files_with_the_same_id(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "a.TXT", ARTICLE)
    if len(list(tmp_path.iterdir())) < 2:
        pytest.skip("case-insensitive file system")
    with unchanged(tmp_path), pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    msg = str(err.value)
    assert str(tmp_path) in msg and "same article id" in msg
    assert "a.txt" in msg and "a.TXT" in msg


def test_uppercase_extension_is_an_article(tmp_path):
    _write(tmp_path, "B.TXT", ARTICLE)
    assert load_corpus(tmp_path)["article_id"].tolist() == ["B"]


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert('x')</script>",
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)">رابط</a>',
        "<iframe src='https://example.com'></iframe>",
    ],
)
def test_html_in_an_article_is_plain_text(tmp_path, markup):
    text = ARTICLE + markup + "\n"
    path = _write(tmp_path, "html.txt", text)
    with unchanged(tmp_path), pytest.warns(CorpusWarning) as record:
        corpus = load_corpus(tmp_path)
    assert corpus.loc[0, "raw"] == text
    assert markup in corpus.loc[0, "body"]  # kept as is, to be shown escaped
    assert any(str(path) in m and "HTML" in m for m in _messages(record))


def test_plain_article_with_its_catalog_does_not_warn(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "catalog.csv").write_text("article_id,publisher,published\na,P,2024-05\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        load_corpus(tmp_path)


def test_missing_metadata_is_one_warning_naming_the_catalog_to_write(tmp_path):
    for name in ("a.txt", "b.txt"):
        _write(tmp_path, name, ARTICLE)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(tmp_path)
    missing = [w for w in caught if "no publisher or no publication date" in str(w.message)]
    assert len(missing) == 1 and str(tmp_path / "catalog.csv") in str(missing[0].message)
    assert set(corpus["publisher"]) == {""}  # shown as «غير معروف» by the reports, never guessed


def test_errors_skip(tmp_path):
    _write(tmp_path, "good.txt", ARTICLE)
    bad = {
        "cp1256.txt": (ARTICLE.encode("cp1256"), "cp1256"),
        "nul.txt": (b"abc\x00def", "NUL byte"),
        "big.txt": ((ARTICLE * 50).encode("utf-8"), "over the limit"),
        "empty.txt": (b"", "empty"),
    }
    for name, (data, _) in bad.items():
        _write(tmp_path, name, data)
    with unchanged(tmp_path):
        with pytest.raises(CorpusError):
            load_corpus(tmp_path, max_bytes=2000)
        with pytest.warns(CorpusWarning) as record:
            corpus = load_corpus(tmp_path, max_bytes=2000, errors="skip")
    assert corpus["article_id"].tolist() == ["good"]
    messages = _messages(record)
    for name, (_, problem) in bad.items():
        assert any(str(tmp_path / name) in m and problem in m for m in messages), name


def test_errors_skip_with_nothing_left(tmp_path):
    _write(tmp_path, "nul.txt", b"\x00")
    with pytest.warns(CorpusWarning), pytest.raises(CorpusError, match="no readable articles"):
        load_corpus(tmp_path, errors="skip")


def test_errors_must_be_raise_or_skip(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    with pytest.raises(ValueError, match="errors"):
        load_corpus(tmp_path, errors="ignore")


def test_single_file(tmp_path):
    path = _write(tmp_path, "one.txt", ARTICLE)
    corpus = load_corpus(path)
    assert corpus["article_id"].tolist() == ["one"] and corpus.loc[0, "raw"] == ARTICLE


# --------------------------------------------------------------------------- catalog


def test_user_folder_without_catalog(tmp_path):
    _write(tmp_path, "b.txt", ARTICLE)
    _write(tmp_path, "a.txt", ARTICLE)
    with unchanged(tmp_path):
        corpus = load_corpus(tmp_path)
    assert corpus["article_id"].tolist() == ["a", "b"]
    for col in CATALOG_COLUMNS:
        assert corpus[col].tolist() == ["", ""]
    assert not (tmp_path / "catalog.csv").exists()


def test_user_folder_with_its_own_catalog(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "b.txt", ARTICLE)
    _write(
        tmp_path,
        "catalog.csv",
        "article_id,publisher,published,section\n"
        "a,الجزيرة نت,2024-05-27,اقتصاد\n",
    )
    with unchanged(tmp_path):
        corpus = load_corpus(tmp_path).set_index("article_id")
    assert corpus.loc["a", "publisher"] == "الجزيرة نت"
    assert corpus.loc["a", "published"] == "2024-05-27"
    assert corpus.loc["a", "section"] == "اقتصاد"  # extra columns are kept
    assert corpus.loc["a", "title"] == ""
    # an article the catalog does not list gets empty strings, in every catalog column
    assert corpus.loc["b", "publisher"] == "" and corpus.loc["b", "published"] == ""
    assert corpus.loc["b", "section"] == ""


def test_catalog_saved_by_excel_with_bom(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "catalog.csv", b"\xef\xbb\xbf" + "article_id,publisher\r\na,الشرق\r\n".encode())
    corpus = load_corpus(tmp_path)
    assert corpus.loc[0, "publisher"] == "الشرق"


def test_explicit_catalog(tmp_path):
    _write(tmp_path / "arts", "a.txt", ARTICLE)
    cat = _write(tmp_path, "meta.csv", "article_id,publisher\na,CNBC عربية\n")
    corpus = load_corpus(tmp_path / "arts", catalog=cat)
    assert corpus.loc[0, "publisher"] == "CNBC عربية"


def test_catalog_row_without_article_warns(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    cat = _write(tmp_path, "catalog.csv", "article_id,publisher\na,X\nghost,Y\n")
    with pytest.warns(CorpusWarning) as record:
        corpus = load_corpus(tmp_path)
    assert corpus["article_id"].tolist() == ["a"]
    assert any(str(cat) in m and "ghost" in m for m in _messages(record))


def test_catalog_with_duplicate_id(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    cat = _write(tmp_path, "catalog.csv", "article_id,publisher\na,X\na,Y\n")
    with unchanged(tmp_path), pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    msg = str(err.value)
    assert str(cat) in msg and "twice" in msg and "a" in msg


def test_catalog_without_article_id(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    cat = _write(tmp_path, "catalog.csv", "id,publisher\na,X\n")
    with unchanged(tmp_path), pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    assert str(cat) in str(err.value) and "article_id" in str(err.value)


def test_catalog_not_utf8(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    cat = _write(tmp_path, "catalog.csv", "article_id,publisher\na,الشرق\n".encode("cp1256"))
    with unchanged(tmp_path), pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    assert str(cat) in str(err.value) and "cannot read the catalog" in str(err.value)


def test_missing_explicit_catalog(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE)
    with pytest.raises(CorpusError, match="catalog not found"):
        load_corpus(tmp_path, catalog=tmp_path / "none.csv")
    with pytest.raises(CorpusError, match="catalog not found"):
        read_catalog(tmp_path / "none.csv")


# --------------------------------------------------------------------------- boilerplate


def test_mask_spans_keeps_offsets():
    raw = "abc[AD]def"
    masked = mask_spans(raw, [(3, 7)])
    assert masked == "abc\n\n\n\ndef" and len(masked) == len(raw)
    assert mask_spans(raw, [(3, 7)], fill=" ") == "abc    def"
    assert mask_spans(raw, []) == raw


def test_boilerplate_spans_are_merged_and_sorted():
    raw = "post-title\n[إعلان 1]\nنص الخبر.\nتعليقات (12)\n"
    spans = boilerplate_spans(raw)
    assert spans == sorted(spans)
    assert [raw[a:b] for a, b in spans] == ["post-title", "[إعلان 1]", "تعليقات (12)"]
    assert body_of(raw) == "نص الخبر."


@pytest.mark.parametrize(
    "line",
    ["• Share", "* شارك:", "[Advertisement]", "Source: http://example.com/x", "Comments (3)"],
)
def test_boilerplate_variants(line):
    raw = f"خبر أول.\n{line}\nخبر ثان."
    assert body_of(raw) == "خبر أول.\n\nخبر ثان."


@pytest.mark.parametrize(
    "line",
    [
        "مشاركة الشركات في الجولة كانت واسعة",  # the word alone, in a sentence
        "قال المصدر: إن الجولة أغلقت",  # "source:" not followed by a URL
        "تعليق (0) على الخبر",  # counter-like text inside a sentence
    ],
)
def test_article_lines_that_look_like_boilerplate_are_kept(line):
    raw = f"خبر أول.\n{line}\nخبر ثان."
    assert line in body_of(raw)


def test_missing_bundled_seeds_say_how_to_get_them(monkeypatch, tmp_path):
    import analysis.corpus.load as corpus_module

    monkeypatch.setattr(corpus_module, "SEEDS", tmp_path / "nowhere")
    with pytest.raises(corpus_module.CorpusError, match="pip install -e"):
        corpus_module.load_corpus()


def test_boilerplate_line_start_search_equals_finditer():
    import re

    from analysis.corpus.boilerplate import _finditer_spans

    texts = ["", "x", "\n", "a\nb\n", "Share\nShare\n\nShare", "ab\nab\nxab", "\nab", "ab", "ab\n\nab\r\n\r\nab\n"]
    for pattern in [r"^ab$", r"^[ \t]*Share[ \t]*$", r"^(?:ab|Sh)", r"^a|b", r"^ab\n", r"^(?:|ab)", r"^", r"(?<=\n)ab", r"^\s*ab"]:
        p = re.compile(pattern, re.MULTILINE)
        from re import _parser

        tree = _parser.parse(p.pattern, p.flags)
        anchored = tree.data[0] == (_parser.AT, _parser.AT_BEGINNING)
        line = re.compile("\n(?:" + pattern + ")", re.MULTILINE) if anchored else None
        for text in texts:
            assert _finditer_spans(p, line, text) == [m.span() for m in p.finditer(text)], (pattern, text)
