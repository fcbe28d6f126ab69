"""The command line: summary and extract (report has its own tests)."""

import json
from pathlib import Path

import pandas as pd

from analysis.__main__ import main


def test_summary_lists_the_articles(capsys):
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    assert "002_2d51d1c94387f4fe" in out and "2024-05" in out


def test_extract_writes_the_four_tables(tmp_path, capsys):
    assert main(["extract", "--out", str(tmp_path)]) == 0
    facts = pd.read_csv(tmp_path / "facts.csv", encoding="utf-8-sig")
    assert (tmp_path / "facts.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert {"xAI", "OpenAI", "Anthropic"} <= set(facts["subject"])
    for name in ("money", "dates", "entities"):
        assert len(pd.read_csv(tmp_path / f"{name}.csv", encoding="utf-8-sig")) > 10
    assert not list(tmp_path.glob(".*.part"))


def test_bad_input_exits_2_with_the_loaders_message(tmp_path, capsys):
    assert main(["extract", "--articles", str(tmp_path / "missing"), "--out", str(tmp_path)]) == 2
    assert "folder not found" in capsys.readouterr().err


# --------------------------------------------------------------------------- loader options

ARTICLE = "قالت شركة ألفا إنها جمعت 10 ملايين دولار من مستثمرين في الرياض.\n"


def _folder(tmp_path, files: dict):
    folder = tmp_path / "articles"
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder


def test_cp1256_file_needs_and_takes_encoding(tmp_path, capsys):
    folder = _folder(tmp_path, {"win.txt": ARTICLE.encode("cp1256")})
    assert main(["summary", "--articles", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "win.txt" in err and "--encoding cp1256" in err
    assert main(["extract", "--articles", str(folder), "--out", str(tmp_path / "out"),
                 "--encoding", "cp1256"]) == 0
    money = pd.read_csv(tmp_path / "out" / "money.csv", encoding="utf-8-sig")
    assert list(money["article_id"]) == ["win"] and list(money["value"]) == [10e6]


def test_max_bytes_from_the_command_line(tmp_path, capsys):
    folder = _folder(tmp_path, {"a.txt": ARTICLE})
    assert main(["summary", "--articles", str(folder), "--max-bytes", "10"]) == 2
    assert "--max-bytes" in capsys.readouterr().err
    assert main(["summary", "--articles", str(folder), "--max-bytes", "100000"]) == 0


def test_on_error_skip_processes_the_rest_and_lists_what_was_skipped(tmp_path, capsys):
    folder = _folder(tmp_path, {
        "2024/may/good.txt": ARTICLE,
        "news.csv": "title,text\nأ,جمعت شركة بيتا 20 مليون دولار.\nب,جمعت شركة غاما 30 مليون دولار.\n",
        "corrupt.docx": b"PK\x03\x04 truncated",
        "win.txt": ARTICLE.encode("cp1256"),
    })
    out = tmp_path / "out"
    assert main(["extract", "--articles", str(folder), "--out", str(out)]) == 2
    assert not out.exists()  # stopped before writing anything
    capsys.readouterr()
    assert main(["extract", "--articles", str(folder), "--out", str(out), "--on-error", "skip"]) == 0
    err = capsys.readouterr().err
    tail = err[err.index("skipped 2 file(s)"):]
    assert str(folder / "corrupt.docx") in tail and str(folder / "win.txt") in tail
    money = pd.read_csv(out / "money.csv", encoding="utf-8-sig")
    assert money.set_index("article_id")["value"].to_dict() == {
        "2024/may/good": 10e6, "news.csv#1": 20e6, "news.csv#2": 30e6}
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert manifest["article_count"] == 3 and len(manifest["skipped"]) == 2


def test_extract_never_silently_overwrites_another_runs_tables(tmp_path, capsys):
    one = _folder(tmp_path / "1", {"a.txt": ARTICLE})
    two = _folder(tmp_path / "2", {"b.txt": "جمعت شركة بيتا 20 مليون دولار.\n"})
    out = tmp_path / "out"
    assert main(["extract", "--articles", str(one), "--out", str(out)]) == 0
    assert main(["extract", "--articles", str(one), "--out", str(out)]) == 0  # the same run again
    before = (out / "money.csv").read_bytes()
    capsys.readouterr()
    assert main(["extract", "--articles", str(two), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(one.resolve()) in err and "--force" in err
    assert (out / "money.csv").read_bytes() == before
    assert main(["extract", "--articles", str(two), "--out", str(out), "--force"]) == 0
    assert "b" in set(pd.read_csv(out / "money.csv", encoding="utf-8-sig")["article_id"])


def test_extract_refuses_tables_of_unknown_origin(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "facts.csv").write_text("x\n1\n", encoding="utf-8")
    assert main(["extract", "--out", str(out)]) == 2
    assert "unknown origin" in capsys.readouterr().err
    assert (out / "facts.csv").read_text(encoding="utf-8") == "x\n1\n"


def test_extract_all_shows_progress_when_asked(capsys):
    from analysis import extract_all, load_corpus

    extract_all(load_corpus(), progress=True)
    assert "extracting" in capsys.readouterr().err


def test_prepare_takes_the_builds_load_options(tmp_path):
    from analysis import prepare

    folder = _folder(tmp_path, {"win.txt": ARTICLE.encode("cp1256"), "bad.pdf": b"%PDF-1.7 junk"})
    corpus, tables = prepare({"path": str(folder), "encoding": "cp1256", "errors": "skip"}, tmp_path / "cache")
    assert list(corpus["article_id"]) == ["win"] and list(tables["money"]["value"]) == [10e6]
    assert [Path(p).name for p, _ in corpus.attrs["skipped"]] == ["bad.pdf"]


def test_report_hands_its_load_options_to_the_notebooks_and_lists_the_skipped(tmp_path, capsys):
    folder = _folder(tmp_path, {"2024/win.txt": ARTICLE.encode("cp1256"), "bad.pdf": b"%PDF-1.7 junk"})
    notebook = tmp_path / "nb" / "01_count.py"
    notebook.parent.mkdir()
    notebook.write_text(
        '# %% [markdown]\n# # Count\n\n# %% tags=["parameters"]\narticles = None\ncache = None\n\n'
        "# %%\nfrom analysis import prepare\ncorpus, tables = prepare(articles, cache)\n"
        'print("ids", list(corpus["article_id"]), "skipped", len(corpus.attrs["skipped"]),'
        ' "money", list(tables["money"]["value"]))\n',
        encoding="utf-8",
    )
    out = tmp_path / "reports"
    args = ["report", "--articles", str(folder), "--out", str(out), "--notebooks", str(notebook), "--jobs", "1"]
    assert main(args) == 2  # stops on the first bad file, naming it and the fix
    assert "win.txt" in capsys.readouterr().err
    assert main([*args, "--encoding", "cp1256"]) == 2
    assert "bad.pdf" in capsys.readouterr().err
    assert not out.exists()
    assert main([*args, "--encoding", "cp1256", "--on-error", "skip"]) == 0
    err = capsys.readouterr().err
    assert str(folder / "bad.pdf") in err[err.index("skipped 1 file(s)"):]
    page = (out / "01_count.html").read_text(encoding="utf-8")
    assert "ids ['2024/win'] skipped 1 money [10000000.0]" in page
    assert (out / "articles" / "2024%2Fwin.html").is_file()
