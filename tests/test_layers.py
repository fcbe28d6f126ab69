"""The package's layers import one way: text → corpus → extract → claims → run →
present → charts → report, with the public API and the command line on top."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"
LAYERS = ["text", "corpus", "extract", "claims", "run", "present", "charts", "report"]


def _layer(module: str) -> int:
    parts = module.split(".")
    if parts[0] != "analysis":
        return -1  # a third-party module
    if len(parts) == 1 or parts[1] in ("__main__",):
        return len(LAYERS)  # the public API and the command line sit on top
    return LAYERS.index(parts[1])


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE)


def test_every_module_belongs_to_a_layer():
    assert {p.relative_to(PACKAGE).parts[0] for p in MODULES} == set(LAYERS)
    top = {p.name for p in PACKAGE.glob("*.py")}
    assert top == {"__init__.py", "__main__.py"}, "top-level analysis/*.py is only the API and the CLI"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path):
    own = LAYERS.index(path.relative_to(PACKAGE).parts[0])
    upward = [(line, m) for line, m in _imports(path) if _layer(m) > own]
    assert upward == [], f"{path.name} imports a higher layer: {upward}"


PARTIES = ["cues", "context", "marks", "agent", "role", "payers", "passes", "ranker", "article"]


def test_parties_lists_its_modules():
    folder = PACKAGE / "extract" / "parties"
    assert {p.stem for p in folder.glob("*.py")} == {*PARTIES, "__init__"}


@pytest.mark.parametrize("name", PARTIES)
def test_parties_modules_import_one_way(name):
    """``analysis.extract.parties``: each module imports only those before it in PARTIES
    (the cue words, then the reading context, the names' parts, the agent, the role, the
    parties of one amount, the article's passes, the learned payer fallback, the article), so there
    is no cycle."""
    prefix = "analysis.extract.parties."
    later = [m for _, m in _imports(PACKAGE / "extract" / "parties" / f"{name}.py")
             if m.startswith(prefix) and PARTIES.index(m[len(prefix):]) >= PARTIES.index(name)]
    assert later == [], f"{name} imports a module after it: {later}"

def test_no_relative_imports():
    relative = [(p.name, n.lineno) for p in PACKAGE.rglob("*.py")
                for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
                if isinstance(n, ast.ImportFrom) and n.level]
    assert relative == []


def test_public_api_loads_each_name_on_first_use():
    import analysis

    for name in analysis.__all__:
        assert getattr(analysis, name).__module__.startswith("analysis."), name
    assert set(analysis.__all__) <= set(dir(analysis))
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        analysis.nope  # noqa: B018


def test_the_report_builder_starts_without_pandas():
    """``python -m analysis report`` launches the kernels first: importing the report
    package must not pull in pandas and the extractors (a second of CPU before any
    kernel could start)."""
    import subprocess
    import sys

    code = "import sys, analysis.report, analysis.__main__, analysis.corpus.errors; print(sorted(m for m in ('pandas', 'analysis.extract.money') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent)
    assert out.stdout.strip() == "[]"
