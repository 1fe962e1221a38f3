"""Block rule: a numbered display equation."""

from __future__ import annotations

from galley.model import Block, Unit
from galley.structure.blocks.context import Context
from galley.structure.blocks.shapes import span


def equation(u: Unit, ctx: Context) -> Block | None:
    """``log(Lit ) = β0 + β1 Pt + β2 Ci + ui + εit (1)`` -> an equation block, centred with its
    number, not a paragraph's line, a list item numbered 1 or a line of code (``DD = ...``
    reads like an assignment). The cleaner sets a numbered equation apart
    (``clean.breaks.numbered_equation``) and marks its unit."""
    if u.kind != "equation":
        return None
    return Block("equation", u.text, source=span(u))
