"""Organizations, people, products, funds, governments and places, from a gazetteer.

(Being written: the API below is fixed, the matcher lands shortly.)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntityMention:
    """One gazetteer match; ``start``/``end`` are offsets into the text searched."""

    start: int
    end: int
    name_en: str
    name_ar: str
    kind: str  # org, person, product, fund, government, place


def find_entities(text: str) -> list[EntityMention]:
    """All gazetteer matches in *normalized* text, ordered by position."""
    return []
