"""Body blocks: headings, list items, paragraphs."""

from __future__ import annotations

import re

from galley.model import Block, Unit

_BULLET = re.compile(r"^(?:[•●○◦▪■‣∙·*–—-])\s+")
_NUMBERED = re.compile(r"^\(?(\d{1,3})[.)]\s+")


def to_blocks(units: list[Unit]) -> list[Block]:
    out: list[Block] = []
    for u in units:
        span = (u.first_line, u.last_line)
        if u.kind == "heading":
            out.append(Block("heading", u.text, source=span))
            continue
        m = _BULLET.match(u.text)
        if m:
            out.append(Block("list_item", u.text[m.end():], source=span))
            continue
        m = _NUMBERED.match(u.text)
        if m:
            out.append(Block("list_item", u.text[m.end():], ordered=True, number=m.group(1), source=span))
            continue
        out.append(Block("paragraph", u.text, source=span))
    return out
