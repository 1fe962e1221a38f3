"""Headings and their levels: numbering families first, then form."""

from __future__ import annotations

import re

from galley.model import Block, slugify

_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+")


def level_of(text: str) -> int:
    """``2 Methods`` -> 1, ``2.1 Data`` -> 2, ``2.1.3 Cleaning`` -> 3; unnumbered -> 1."""
    m = _NUMBER.match(text)
    return m.group(1).count(".") + 1 if m else 1


def assign_levels(blocks: list[Block]) -> None:
    taken: set[str] = set()
    for b in blocks:
        if b.kind == "heading":
            b.level = level_of(b.text)
            b.ident = slugify(b.text, taken)
