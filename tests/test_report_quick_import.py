"""Reading notebooks does not compile jsonschema's IRI grammar, and IRIs are still checked."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

CHECK = """
import json, sys
from analysis.report.quick_import import IRI_MODULE, defer_iri_grammar
defer_iri_grammar()
from analysis.report import read_notebook
read_notebook(sys.argv[1])
loaded_early = IRI_MODULE + ".syntax_helpers" in sys.modules
from jsonschema import Draft7Validator, FormatChecker
check = Draft7Validator({"format": "iri"}, format_checker=FormatChecker())
print(json.dumps({"loaded_early": loaded_early,
                  "bad": [e.message for e in check.iter_errors("http://a b")],
                  "good": [e.message for e in check.iter_errors("https://example.com/ü")]}))
"""


def test_iri_grammar_loads_on_first_use_only():
    pytest.importorskip("rfc3987_syntax")
    notebook = ROOT / "tests" / "fixtures" / "notebooks" / "02_numbers.py"
    proc = subprocess.run([sys.executable, "-c", CHECK, str(notebook)], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    out = json.loads(proc.stdout.splitlines()[-1])
    assert out["loaded_early"] is False
    assert out["bad"] == ["'http://a b' is not a 'iri'"]
    assert out["good"] == []
