"""Shared fixtures. Tools that are missing skip their tests locally but fail in CI."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_tool(name: str) -> str:
    """Path of an external program; skip (or, in CI, fail) when it is missing."""
    path = shutil.which(name)
    if path is None:
        msg = f"{name} is not installed (scripts/system-deps.sh installs it)"
        if IN_CI:
            pytest.fail(msg)
        pytest.skip(msg)
    return path


@pytest.fixture(scope="session")
def corpus():
    from analysis import load_corpus

    return load_corpus()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS
