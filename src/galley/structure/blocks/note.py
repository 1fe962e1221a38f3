"""Block rule: a note the cleaner ran into the text, cut off by ``notes.cut_notes``."""

from __future__ import annotations

from galley.model import Block, Unit
from galley.structure.blocks.context import Context
from galley.structure.blocks.shapes import span


def note(u: Unit, ctx: Context) -> Block | None:
    """``2 Local VirtualBox images were too slow ...``: a page's foot note that
    ``notes.cut_notes`` parted from the text it was joined to (its number is cited in the
    text before it). ``notes.attach`` moves it to its call."""
    if u.kind != "footnote":
        return None
    return Block("footnote", u.text, source=span(u))
