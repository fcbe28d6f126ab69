"""Helpers the benchmarks share: timing code in a fresh Python process.

A benchmark that must not be warmed by what ran before it (imports, caches, the
memory high-water mark) runs its code through :func:`fresh_python`; a later
benchmark (e.g. building the reports against trivial notebooks) can do the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_PYCACHE = Path(tempfile.gettempdir()) / "ai-funding-arabic-bench-pycache"


def fresh_env(bytecode_cache: bool = True) -> dict[str, str]:
    """Environment for a child Python: the repository importable; with
    ``bytecode_cache`` compiled modules are kept in a temporary folder (never in the
    repository), as they are in an ordinary installation."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(_PYCACHE)
    else:  # installed packages keep their precompiled bytecode; the repository's modules compile
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def fresh_python(code: str, bytecode_cache: bool = True, timeout: float = 600) -> dict:
    """Run ``code`` in a new interpreter; it must print one JSON object last, which is returned.

    Raises:
        RuntimeError: the child failed (its stderr is in the message).
    """
    proc = subprocess.run([sys.executable, "-c", code], check=False, cwd=ROOT, env=fresh_env(bytecode_cache),
                          capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])
