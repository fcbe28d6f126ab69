"""Import nbformat without compiling a grammar that no build uses.

nbformat imports jsonschema, and jsonschema, when ``rfc3987_syntax`` is installed
(JupyterLab's dependencies bring it), imports it for its IRI format checker:
that module compiles a lark grammar at import, 1.5-2 s of CPU in every process
that reads a notebook. nbformat validates without format checks, so a build never
calls it. :func:`defer_iri_grammar` puts a stand-in in its place that loads the
real module on first use: nothing changes for a caller that does check IRIs.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types

IRI_MODULE = "rfc3987_syntax"


def _stand_in(path: list[str] | None) -> types.ModuleType:
    stub = types.ModuleType(IRI_MODULE, "Stand-in: the real module loads on first use.")
    stub.__path__ = list(path or [])  # its submodules stay importable

    def real() -> types.ModuleType:
        if sys.modules.get(IRI_MODULE) is stub:
            del sys.modules[IRI_MODULE]
        return importlib.import_module(IRI_MODULE)

    def is_valid_syntax(term: str, value: str) -> bool:
        return real().is_valid_syntax(term, value)

    def getattr_(name: str):
        # Dunder look-ups come from the import system itself (``from … import``): no load.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(real(), name)

    stub.is_valid_syntax = is_valid_syntax  # what jsonschema imports by name
    stub.__getattr__ = getattr_  # anything else: the real module
    return stub


def defer_iri_grammar() -> None:
    """Load ``rfc3987_syntax`` lazily, if it is installed and jsonschema is not imported yet."""
    if IRI_MODULE in sys.modules or "jsonschema" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(IRI_MODULE)
    except (ImportError, ValueError):
        spec = None
    if spec is not None:
        sys.modules[IRI_MODULE] = _stand_in(spec.submodule_search_locations)
