"""Body blocks: the units after the front matter -> typed blocks.

``to_blocks`` runs these passes, each linear in the number of units:
1. ``splits``: a unit the cleaner joined that is two blocks is cut (a heading joined to
   its paragraph or to the block above, commands joined into prose);
2. reference lists are found (``references.find_lists``; their entries read among the
   back matter after them moved back first, ``references.gather_entries``) and made into
   entries there,
   and tables (``tables.find``: the units beside a table caption) into one table block;
3. ``classify``: every other unit becomes the block of the first rule in ``RULES`` that
   claims it. Each rule is a module of this folder, says what it recognises in its
   docstring, and turns a unit away cheaply at its top;
4. ``joins``: blocks the cleaner cut apart are joined (a list item or paragraph broken at
   a page end, a numbered title and its paragraph);
5. footnotes are tied to their calls (``notes``) and citations to their entries.

A new block kind (a table, a block quote) is a new rule module here, put in ``RULES`` where
it must be asked (before ``paragraph``, which claims everything), and a kind in
``model.BlockKind``.
"""

from __future__ import annotations

from collections.abc import Callable

from galley.clean.shapes import next_numbers
from galley.model import Block, Repair, Unit
from galley.params import StructureParams
from galley.structure import notes, references, table_notes, tables
from galley.structure.blocks.caption import caption
from galley.structure.blocks.code import code
from galley.structure.blocks.context import Context, Surroundings
from galley.structure.blocks.equation import equation
from galley.structure.blocks.heading import heading
from galley.structure.blocks.joins import item_bodies, join_continuations
from galley.structure.blocks.list_item import list_item
from galley.structure.blocks.note import note, table_note
from galley.structure.blocks.paragraph import paragraph
from galley.structure.blocks.quote import (
    attributed,
    cut_quotes,
    dialogues,
    indented,
    page_introduced,
    quote,
    quoted,
    sourced,
)
from galley.structure.blocks.shapes import body_measure
from galley.structure.blocks.splits import split_units
from galley.structure.headings import numbering

Rule = Callable[[Unit, Context], Block | None]

# The order in which the rules are asked: the first that returns a block claims the unit.
RULES: list[Rule] = [
    note,
    table_note,
    caption,
    equation,
    list_item,
    code,
    quote,
    quoted,
    sourced,
    indented,
    page_introduced,
    attributed,
    heading,
    paragraph,
]


FIRST_NUMBERS = frozenset({"1", "I"})  # a paper's first numbered section


def classify(
    units: list[Unit], p: StructureParams, expected: frozenset[str] = FIRST_NUMBERS, before: Block | None = None
) -> tuple[list[Block], frozenset[str]]:
    """Each unit -> the block of the first rule in ``RULES`` that claims it. The context
    carries what the blocks made so far tell: the block before (``before``: the text's
    before the units, a table's; after a page's note ``notes.cut_notes`` cut from the text,
    the text that note interrupted, unless the unit goes on its sentence in lower case),
    the last list number since the last heading, the section numbers that may come next
    (``expected``, as the text before left them; returned as the units leave them)."""
    out: list[Block] = []
    last_item = ""
    around = Surroundings(units, p)
    text = before  # the last block of the running text (a page's note cut from it interrupts it)
    for i, u in enumerate(units):
        prev = out[-1] if out else before
        if i > 0 and units[i - 1].kind == "footnote" and not u.text[:1].islower():
            prev = text  # (in lower case, the sentence the note broke goes on: ``joins`` mends it)
        block = _first_claim(u, Context(around, i, prev, last_item, expected))
        out.append(block)
        if u.kind != "footnote":
            text = block
        if block.kind == "heading":
            last_item = ""
            num = numbering(block.text)
            expected = (next_numbers(num) or expected) if num else expected
        elif block.kind == "list_item" and block.ordered and block.level < 2:
            last_item = block.number  # (a sub-item ``a.`` leaves its list's count at ``3``)
    return out, expected


def _last(chunks: list[list[Block]]) -> Block | None:
    return next((c[-1] for c in reversed(chunks) if c), None)


def _first_claim(u: Unit, ctx: Context) -> Block:
    for rule in RULES:
        block = rule(u, ctx)
        if block is not None:
            return block
    raise AssertionError("paragraph claims every unit")  # the last rule always answers


def to_blocks(
    given: list[Unit], p: StructureParams, lang: str = "en", repairs: list[Repair] | None = None
) -> list[Block]:
    """The body's units -> blocks (see the module docstring). It takes the units over
    (``given`` is emptied): each run of them goes once its blocks are made, so a long
    input never holds all its units and all its blocks at once. ``lang``: the paper's
    language, for a word a page's notes broke in two (its mending goes to ``repairs``)."""
    units = split_units(given, p)
    given.clear()
    units = tables.cut_units(notes.cut_notes(units, p, lang), p)
    if any(tables.is_table_caption(u.text.strip()) for u in units):
        units = table_notes.cut(units, body_measure(units, p), p)
    units = cut_quotes(units, p, body_measure(units, p, p.quote_measure_edge))
    units = references.gather_entries(units, p)
    found = tables.find(units, p)
    refs = _around_floats(references.find_lists(units, p), found, units, p)
    spans: list[tuple[int, int, list[Block] | None]] = [(lo, hi, None) for lo, hi in refs]
    for lo, hi, table in found:
        if not any(lo < r_hi and r_lo < hi for r_lo, r_hi in refs):
            spans.append((lo, hi, table))
    # In order, so that the section numbering runs on across tables and reference lists
    # (``1 ADD: ...`` / a table / ``2 Universo de análise ...``); the units of each run go
    # once its blocks are made.
    chunks: list[list[Block]] = []
    expected = FIRST_NUMBERS
    done = 0
    for lo, hi, made in sorted(spans, key=lambda s: s[0]):
        blocks, expected = classify(units[done:lo], p, expected, _last(chunks))
        chunks.append(join_continuations(blocks, lang, repairs))
        chunks.append(made if made is not None else references.to_blocks(units[lo:hi], p))
        units[done:hi] = [None] * (hi - done)  # type: ignore[list-item]
        done = hi
    blocks, _ = classify(units[done:], p, expected, _last(chunks))
    chunks.append(join_continuations(blocks, lang, repairs))
    del units[:]
    out = [b for chunk in chunks for b in chunk]
    # A note lifted out of the text may have split a paragraph at the page bottom.
    return item_bodies(join_continuations(notes.attach(dialogues(out), p), lang, repairs))


def _around_floats(
    refs: list[tuple[int, int]], found: list[tuple[int, int, list[Block]]], units: list[Unit], p: StructureParams
) -> list[tuple[int, int]]:
    """The reference lists with each table that floats inside one cut out: a table floats
    to the top or foot of a page, and the page may be one of references (jose.00260, two
    columns: ``Benjamin, A. S., ... sych.2010.05.004`` / ``Table 2: Pedagogical methods
    ...`` / ``Method`` / ``Discussions`` ...). Its caption is no piece of the entry before
    it, and the list goes on after the table. A float is a table whose caption opens it in a
    box of its own (a blank line above it: not an entry's line that names a table,
    ``U.S. Bureau of Labor Statistics. (2022). ...`` / ``Table 1.2. Employment by ...``)
    and none of whose cells is shaped as an entry or opens with an author (the list's
    entries after the table, which its region took, are the list's: it wins, the table
    stays text in it). A caption under its table (not its region's first unit) is not
    looked for."""
    out = refs
    for lo, hi, _ in found:
        if not _floats(units, lo, hi, p):
            continue
        out = [
            part
            for r_lo, r_hi in out
            for part in (((r_lo, lo), (hi, r_hi)) if r_lo <= lo < r_hi else ((r_lo, r_hi),))
            if part[1] > part[0]
        ]
    return out


def _floats(units: list[Unit], lo: int, hi: int, p: StructureParams) -> bool:
    caption = units[lo]
    if not tables.is_table_caption(caption.text.strip()) or lo == 0:
        return False
    if caption.first_line <= units[lo - 1].last_line + 1 or hi - lo < 2:
        return False
    cells = units[lo + 1 : hi]
    return not any(references.looks_like_entry(u.text, p) or references.opens_with_name(u.text) for u in cells)


def link(out: list[Block]) -> None:
    """Citations linked to their entries, bare URLs and DOIs made links: the runs these
    make are the last big allocation of the stage, so it runs once the units are gone."""
    references.link_citations(out)
    references.link_urls(out)
