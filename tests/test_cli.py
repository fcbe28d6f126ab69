"""The command line: summary and extract (report has its own tests)."""

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
