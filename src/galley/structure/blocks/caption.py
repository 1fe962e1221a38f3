"""Block rule: a figure or table caption."""

from __future__ import annotations

from galley.model import Block, Unit
from galley.structure.blocks.context import Context
from galley.structure.blocks.shapes import span
from galley.structure.headings import is_caption


def caption(u: Unit, ctx: Context) -> Block | None:
    """``Figure 3: Share of respondents ...`` / ``Table 2. Results`` / ``Fig. 1 -``: a
    caption, kept apart from the prose so that it stays with its figure or table. The
    caption words come from the vocabulary (``vocab.CAPTIONS``)."""
    if not is_caption(u.text):
        return None
    return Block("caption", u.text, source=span(u))
