"""Block rule: a note the cleaner ran into the text, cut off by ``notes.cut_notes``."""

from __future__ import annotations

import re

from galley import vocab
from galley.model import Block, Unit
from galley.structure import table_notes
from galley.structure.blocks.context import Context
from galley.structure.blocks.shapes import span


def note(u: Unit, ctx: Context) -> Block | None:
    """``2 Local VirtualBox images were too slow ...``: a page's foot note that
    ``notes.cut_notes`` parted from the text it was joined to (its number is cited in the
    text before it). ``notes.attach`` moves it to its call."""
    if u.kind != "footnote":
        return None
    return Block("footnote", u.text, source=span(u))


_TABLE_NOTE = re.compile(rf"^(?:{vocab.alternation(vocab.all_of(vocab.TABLE_NOTES))})\s*[:.]\s+\S", re.I)
# A note by its mark: ``* Coeficiente de variação amplo (> 30%), ...``, ``† p < 0.05``
# (under a table, its caption or another note: elsewhere ``*`` may be a list's bullet).
_MARKED_NOTE = re.compile(r"^(?:\*{1,3}|[†‡§])\s*[A-ZÀ-Ý(<>≤≥]")
_UNDER_TABLE = ("table", "caption", "footnote")


def table_note(u: Unit, ctx: Context) -> Block | None:
    """``Fonte: Pesquisa Nacional de Saúde, 2013``, ``Note. a Searches with the first term
    of the search query ...``, ``* Coeficiente de variação amplo (> 30%)``: the source or
    the note set under a table or a figure is a note of its own, not a paragraph of the
    running text (a few lines at most: a longer unit is a note the cleaner ran into the
    paragraph after it)."""
    text = u.text.lstrip()
    if len(u.lines) > ctx.p.table_note_max_lines:
        return None
    under = ctx.prev_block is not None and ctx.prev_block.kind in _UNDER_TABLE
    marked = under and (_MARKED_NOTE.match(text) or table_notes.opens_note(text, letters=False) or _lettered(text, ctx))
    if not (marked or _TABLE_NOTE.match(text) or _before_source(text, ctx)):
        return None
    return Block("footnote", u.text, source=span(u))


def _lettered(text: str, ctx: Context) -> bool:
    """Notes by their letters in turn under a table (``a (S)-1-Phenylethanol (0.24 mmol)
    ...`` / ``b enantiomeric excess (ee) was determined ...`` / ``c no peaks ...``): the
    note above has the letter before this one's, or the unit below the letter after it.
    One letter alone is no evidence: ``a major effect ...`` may go on a sentence."""
    m = table_notes.LETTER.match(text)
    if m is None:
        return False
    prev, units = ctx.prev_block, ctx.around.units
    above = table_notes.LETTER.match(prev.text) if prev is not None and prev.kind == "footnote" else None
    below = table_notes.LETTER.match(units[ctx.i + 1].text.lstrip()) if ctx.i + 1 < len(units) else None
    letter = ord(m.group(1))
    return (above is not None and ord(above.group(1)) == letter - 1) or (
        below is not None and ord(below.group(1)) == letter + 1
    )


def _before_source(text: str, ctx: Context) -> bool:
    """A marked note in a run of notes that ends on the table's source (``* Coeficiente de
    variação amplo ...`` / ``CV% = coeficiente de variação; ...`` / ``Fonte: Pesquisa
    Nacional de Saúde, 2013``), under a table whose rows came as paragraphs."""
    if len(ctx.around.units[ctx.i].lines) > ctx.p.table_note_max_lines or not table_notes.opens_note(
        text, letters=False
    ):
        return False
    units = ctx.around.units
    for k in range(ctx.i + 1, min(len(units), ctx.i + 1 + ctx.p.table_notes_max_lines)):
        nxt = units[k]
        if len(nxt.lines) > ctx.p.table_note_max_lines:
            return False
        if _TABLE_NOTE.match(nxt.text.lstrip()):
            return True
        if not table_notes.opens_note(nxt.text, letters=False):
            return False
    return False
