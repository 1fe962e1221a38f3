"""Tables: the units beside a table caption -> one ``table`` block, its grid rebuilt.

1. ``region.find_regions``: where the tables are (the cells beside each ``Table N``
   caption, on the side the paper puts its tables; without a caption, lines parted into
   cells in layout text, keys of one shape, or a stack of cells a line with a column of
   figures in it);
2. the region's lines (``cells.lines_of``) go to the recognisers in ``GRIDS``, in order;
   the first that rebuilds a grid (every word kept, no cell longer than
   ``table_cell_max_words``) wins:
   - ``position.by_position``: layout-mode text, cells by their page columns;
   - ``columns.by_columns``: a table read column by column (pdfminer), turned to rows;
   - ``columns.by_label_column``: the same, its labels first as a column of their own;
   - ``columns.by_key_column``: keys of one shape one under another, then the text of
     each, a box a cell (pdfminer; ``File Name`` / ``01_DM_Rotation_Curve_Intro.ipynb`` / ...);
   - ``pairs.by_label_sentences``: two columns, short labels and the sentences that
     describe them, read in any order (beside a caption only);
   - ``rows.by_period``: a cell a line, row after row, a column of numbers every k lines;
   - ``rows.by_count``: the same, figures alone, the first column counting the entries;
   - ``rows.by_numbers``: rows that end on their figures (pypdf, OCR, a cell a line);
   - ``rows.by_marks``: rows that end on marks (``X``, ``MS``, ``VU``: a checklist);
   - ``rows.by_keys``: rows opened by keys of one shape (file names, ``Day 1:``);
   - ``rows.by_letter_keys``: the same, a letter glued to its count (``Q1 –``), beside a
     caption only (``CAPTIONED_ONLY``: ``H1:``, ``H2:`` of the text are no table);
   - ``rows.by_leading``: rows that open with their figures, words after them;
   - ``wrapped.by_brackets``: rows whose figures wrap inside their brackets (pypdf);
   - ``rows.by_continuation``: rows of text whose wrapped lines go on in lower case;
   - ``rows.by_figure``: rows of a label and one figure, a row a line (beside a caption
     only: prose ends on a number too);
   - ``rows.by_inner_figures``: rows whose figures stand between their label and their
     words, the label wrapped above them (pypdf; beside a caption only);
   - ``rows.by_values``: rows told by a column of repeated values before a figure
     (``Beginner 25h``; beside a caption only);
3. a region no recogniser can rebuild (beside a caption, or a stack of cells) stays one
   block of *table text*: its lines as extracted, published verbatim in a monospaced
   block, never scattered as paragraphs (the report counts them: ``diagnostics``).

A new way to read a grid (a header's cells told apart) is a recogniser in ``GRIDS``: it
takes the region's lines and returns ``(rows, header rows)`` or None, and keeps every word.
"""

from __future__ import annotations

from collections.abc import Callable

from galley.model import Block, Unit
from galley.params import StructureParams
from galley.structure import table_notes
from galley.structure.blocks.shapes import body_measure
from galley.structure.tables.cells import TLine, lines_of
from galley.structure.tables.columns import by_columns, by_key_column, by_label_column
from galley.structure.tables.pairs import by_label_sentences
from galley.structure.tables.position import by_position
from galley.structure.tables.region import Region, cut_units, find_regions, is_table_caption
from galley.structure.tables.rows import (
    by_continuation,
    by_count,
    by_dated,
    by_figure,
    by_inner_figures,
    by_keys,
    by_leading,
    by_letter_keys,
    by_marks,
    by_numbers,
    by_period,
    by_values,
)
from galley.structure.tables.wrapped import by_brackets

__all__ = ["GRIDS", "cut_units", "find", "is_table_caption"]

GridRule = Callable[[list[TLine], StructureParams, str], tuple[list[list[str]], int] | None]

GRIDS: list[GridRule] = [
    by_position,
    by_columns,
    by_label_column,
    by_key_column,
    by_label_sentences,
    by_period,
    by_count,
    by_numbers,
    by_marks,
    by_keys,
    by_letter_keys,
    by_leading,
    by_dated,
    by_brackets,
    by_continuation,
    by_figure,
    by_inner_figures,
    by_values,
]
# Recognisers asked of a region beside a caption only: their rows' shape is common in the
# running text too.
CAPTIONED_ONLY: frozenset[GridRule] = frozenset(
    {by_letter_keys, by_label_sentences, by_figure, by_inner_figures, by_values}
)


def find(units: list[Unit], p: StructureParams) -> list[tuple[int, int, list[Block]]]:
    """``(first, end, blocks)`` for each table: units ``first`` .. ``end - 1`` (its caption
    and cells) become the table block. A region without a caption is a table only when a
    recogniser rebuilds its grid. A table whose grid could not be rebuilt keeps its caption
    where the paper printed it: under its text, a caption block of its own after it (its
    text verbatim is read in the paper's order, the caption with it)."""
    out = []
    measure = body_measure(units, p)
    for r in find_regions(units, p):
        # The notes under the table (``Fonte: ...``, ``* p < 0.05``) are no cells of it.
        cells, notes = table_notes.part(units[r.lo : r.hi], measure, p) if r.caption >= 0 or r.verbatim else ([], [])
        block = table_block(units, r, p, cells=cells if notes else None)
        if block.rows or r.caption < 0:
            if block.rows or r.verbatim:
                out.append((r.first, r.end, [block, *notes]))
            continue
        if r.caption >= r.hi:
            cap = units[r.caption]
            caption = Block("caption", block.caption, source=(cap.first_line, cap.last_line))
            block.caption = ""
            out.append((r.first, r.end, [block, caption, *notes]))
        else:
            out.append((r.first, r.end, [block, *notes]))
    return out


def table_block(
    units: list[Unit], r: Region, p: StructureParams, lang: str = "en", cells: list[Unit] | None = None
) -> Block:
    """The table of region ``r``: its grid from the first recogniser that rebuilds one,
    else its text verbatim (``cells``: its units without the notes under it)."""
    cells = units[r.lo : r.hi] if cells is None else cells
    lines = lines_of(cells)
    caption = " ".join(units[r.caption].text.split()) if r.caption >= 0 else ""
    source = (units[r.first].first_line, units[r.end - 1].last_line)
    for rule in GRIDS:
        if r.caption < 0 and rule in CAPTIONED_ONLY:
            continue
        grid = rule(lines, p, lang)
        if grid is not None and _keeps_words(lines, grid[0]) and _cells_fit(grid[0], p):
            rows, head = grid
            return Block("table", _words(rows), rows=rows, head=head, caption=caption, source=source)
    return Block("table", table_text(lines), caption=caption, source=source)


def _words(rows: list[list[str]]) -> str:
    return " ".join(" ".join(c.split()) for r in rows for c in r if c.strip())


def _cells_fit(rows: list[list[str]], p: StructureParams) -> bool:
    """No cell longer than ``table_cell_max_words``: a grid that ran a column of cells or
    the text into one cell is no rebuilt table."""
    return all(len(c.split()) <= p.table_cell_max_words for r in rows for c in r)


def _keeps_words(lines: list[TLine], rows: list[list[str]]) -> bool:
    """The grid holds as many words as the lines (a hyphen mended in a cell joins two)."""
    have = sum(len(c.split()) for r in rows for c in r)
    words = [w for ln in lines for w in ln.words]
    return len(words) - sum(1 for w in words if w.endswith("-")) <= have <= len(words)


def table_text(lines: list[TLine]) -> str:
    """The region's lines, one per line; in layout text each piece at its page column
    (the left margin taken off), as the page set it."""
    if lines and all(ln.cells() for ln in lines):
        left = min(col for ln in lines for col, _, _ in ln.cells())
        out = []
        for ln in lines:
            row = ""
            for col, text, _ in ln.cells():
                row += " " * max(1 if row else 0, col - left - len(row)) + text
            out.append(row)
        return "\n".join(out)
    return "\n".join(ln.text for ln in lines)
