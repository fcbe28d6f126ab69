"""OCR proof: tesseract reads the words of a rendered Arabic chart forward.

Negative control: on a shaping matplotlib the old recipe (reshape + get_display) draws the
words reversed, and the same check must fail on it.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from conftest import missing, require_tool

from analysis.charts import barh_values, matplotlib_shapes_arabic, save_figure, shaping

pytestmark = pytest.mark.ocr

TITLE = "مليارات الدولارات للذكاء الاصطناعي"
SOURCE = "صحيفة الشرق الأوسط"
WORDS = set(f"{TITLE} {SOURCE}".split())


def _tesseract_arabic() -> str:
    tesseract = require_tool("tesseract")
    langs = subprocess.run(
        [tesseract, "--list-langs"], check=True, capture_output=True, text=True
    ).stdout
    if "ara" not in langs.split():
        missing("tesseract has no Arabic data (apt-get install tesseract-ocr-ara)")
    return tesseract


def _ocr_words(tmp_path, name: str) -> set[str]:
    tesseract = _tesseract_arabic()
    fig = barh_values(["جولة جديدة", "تمويل الشركات"], [6, 10], title=TITLE, source=SOURCE)
    png, _ = save_figure(fig, name, tmp_path)
    out = subprocess.run(
        [tesseract, str(png), "stdout", "-l", "ara"], capture_output=True, text=True, check=True
    ).stdout
    return set(re.findall(r"[\u0600-\u06ff]+", out))


def test_ocr_reads_the_chart_forward(tmp_path):
    found = _ocr_words(tmp_path, "ocr_layer")
    assert len(WORDS & found) >= len(WORDS) - 1, found


@pytest.mark.skipif(not matplotlib_shapes_arabic(), reason="old recipe is right here")
def test_ocr_fails_on_the_old_recipe(tmp_path, monkeypatch):
    monkeypatch.setattr(shaping, "matplotlib_shapes_arabic", lambda: False)  # force the recipe
    found = _ocr_words(tmp_path, "ocr_old_recipe")
    assert len(WORDS & found) <= 1, found  # forward words are not there …
    assert len(found) >= 3, found  # tesseract did read Arabic text …
    reversed_words = {w[::-1].replace("ال", "لا") for w in WORDS}  # lam-alef is one ligature
    assert reversed_words & found, found  # … drawn reversed (matplotlib issue #32262)
