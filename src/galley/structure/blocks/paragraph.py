"""Block rule: a paragraph, what no other rule claimed."""

from __future__ import annotations

from galley.model import Block, Unit
from galley.structure.blocks.context import Context
from galley.structure.blocks.shapes import span


def paragraph(u: Unit, ctx: Context) -> Block:
    """Everything else is a paragraph: ``We delivered this workshop three times ...``. The
    last rule: it claims every unit."""
    return Block("paragraph", u.text, source=span(u))
