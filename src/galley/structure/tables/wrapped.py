"""Table rows whose figures wrap inside their brackets (pypdf: a narrow column breaks a
cell's confidence interval over two lines, and a row's cells go on below).

rsp-59's Table 1 as pypdf reads it::

    Male 41,047
    (64.1)
    2.06 2.05 (2.03–2.07) 2000–2005 15.9* (13.5
    to 18.4)
    1.8* (0.2 to
    3.5)
    2005–2015 2.1* (1.5 to
    2.8)

is two rows: ``Male | 41,047 (64.1) | 2.06 | 2.05 (2.03–2.07) | 2000–2005 | 15.9* (13.5
to 18.4) | 1.8* (0.2 to 3.5)`` and ``2005–2015 | 2.1* (1.5 to 2.8)``. A line goes on the
row above while a bracket is open, when it is a bracket alone (``(64.1)``: a cell wrapped),
when it opens with a figure after such a line (the row's other cells follow), and when it
is one figure alone after its brackets close (``1.8* (0.2 to 3.5)``: the row's last
cell). Any other line opens a row: a label and its figures, a group's name
(``Sex/Gender``), a sub-row's period.
"""

from __future__ import annotations

import re
from collections import Counter

from galley.params import StructureParams
from galley.structure.tables.cells import DASHES, NUMBER, TLine, join_cell

Grid = tuple[list[list[str]], int]

# One figure: ``41,047``, ``15.9*``, ``-10.4*``, ``2000–2005``, ``16ª``, ``46%``, or the
# dash of a missing one (a bracket after a figure is its interval or share: ``_cells``).
_FIGURE = re.compile(rf"{NUMBER}|[-–—]")


def by_brackets(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """Rows whose cells wrap inside their brackets (see the module docstring), or None
    when too few lines were wrapped cells (``table_min_rows`` or more must be), fewer than
    half the rows hold figures, or too few of those (``table_row_agreement``) hold
    ``table_numbers_min`` or more."""
    rows: list[list[str]] = []
    wrapped = 0  # lines that went on a row because of a bracket
    depth = 0  # brackets open at the end of the row so far
    for ln in lines:
        text = ln.text.strip()
        if rows and _wraps(rows[-1], depth, text):
            rows[-1].append(text)
            wrapped += 1
        elif rows and _last_figure(text):
            rows[-1].append(text)
        else:
            rows.append([text])
            depth = 0
        depth = _depth(text, depth)
    if wrapped < p.table_min_rows:
        return None
    grid = [_cells(join_cell(parts, lang)) for parts in rows]
    with_figures = [i for i, row in enumerate(grid) if len(row) > 1]
    if len(with_figures) < p.table_min_rows or 2 * len(with_figures) < len(grid):
        return None
    several = sum(1 for i in with_figures if len(grid[i]) > p.table_numbers_min)
    if several < p.table_row_agreement * len(with_figures):
        return None  # a figure a row: a column read after its labels (pdfminer), not rows
    head = with_figures[0]  # the rows above the first of figures are the header
    return grid[:head] + _aligned(grid[head:]), head


def _wraps(row: list[str], depth: int, text: str) -> bool:
    """Line ``text`` goes on the row whose lines are ``row`` for a bracket: one is open
    (``depth``), ``text`` is a bracket alone (``(64.1)``, ``(95%CI)``), or the row's last
    line is one and ``text`` opens with a figure."""
    if depth > 0 or _bracket_alone(text):
        return True
    # After a cell's bracket alone (``(64.1)``) the row's other figures follow; a word
    # after one opens the next row (``(Harvard University, edX)`` / ``Machine Learning``).
    return _bracket_alone(row[-1]) and bool(_FIGURE.fullmatch(text.split(" ", 1)[0]))


def _depth(text: str, depth: int = 0) -> int:
    """Brackets open after ``text``, ``depth`` open before it (a closing one without its
    opening, an extractor's slip: ``705 1.1)``, opens nothing)."""
    for word in text.split():
        depth = max(0, depth + word.count("(") - word.count(")"))
    return depth


def _last_figure(text: str) -> bool:
    """The line is one figure and its bracket (``1.8* (0.2 to 3.5)``): a row's last cell."""
    atoms = _atoms(text)
    return len(atoms) in (1, 2) and bool(_FIGURE.fullmatch(atoms[0])) and all(a.startswith("(") for a in atoms[1:])


def _bracket_alone(text: str) -> bool:
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1


def _atoms(text: str) -> list[str]:
    """The words of a row, a bracket's words taken together (``(0.2 to 3.5)``)."""
    atoms: list[str] = []
    depth = 0
    for word in text.split():
        if depth > 0:
            atoms[-1] += " " + word
        else:
            atoms.append(word)
        depth = _depth(word, depth)
    return atoms


def _cells(text: str) -> list[str]:
    """A row's text -> its label and its figures, each figure with the bracket after it
    (``Missing values 7 (0.0)`` -> ``["Missing values", "7 (0.0)"]``); a label's bracket
    stays the label's (``Age group (years)``)."""
    label: list[str] = []
    cells: list[str] = []
    for atom in _atoms(text):
        if cells and (atom.startswith("(") or (atom.endswith(")") and "(" not in atom)):
            cells[-1] += " " + atom  # (a bracket whose opening the extractor lost: ``705 1.1)``)
        elif cells or (_FIGURE.fullmatch(atom) and atom not in DASHES):  # ``Brazil – Total``
            cells.append(atom)
        else:
            label.append(atom)
    return [" ".join(label), *cells]


def _aligned(rows: list[list[str]]) -> list[list[str]]:
    """Each row's figures under their columns. The usual row (the commonest count of
    figures after a label) sets the columns and the shape of each (``2000–2005``: a
    period; ``15.1* (12.8 to 17.5)``: a rate and its interval). A row with one figure more
    and no label has its label as its first figure (``30–39``: an age group); a row with
    fewer puts each figure under the next column of its shape (a sub-row's ``2005–2012`` /
    ``2.8* (1.6 to 4.0)`` under the period and the rate), or keeps them in order when
    no column has it."""
    counts = Counter(len(r) - 1 for r in rows if r[0] and len(r) > 1)
    if not counts:
        return rows
    width = counts.most_common(1)[0][0]
    shapes = [Counter(_shape(r[c]) for r in rows if r[0] and len(r) - 1 == width) for c in range(1, width + 1)]
    column_shape = [c.most_common(1)[0][0] for c in shapes]
    out = []
    for row in rows:
        if not row[0] and len(row) - 2 == width:
            row = row[1:]
        figures = row[1:]
        if 0 < len(figures) < width:
            placed = _placed(figures, column_shape)
            row = [row[0], *placed] if placed else row
        out.append(row)
    return out


def _placed(figures: list[str], column_shape: list[str]) -> list[str] | None:
    cells = [""] * len(column_shape)
    at = 0
    for fig in figures:
        at = next((c for c in range(at, len(column_shape)) if column_shape[c] == _shape(fig)), -1)
        if at < 0:
            return None
        cells[at] = fig
        at += 1
    return cells


def _shape(cell: str) -> str:
    """A figure's shape: its numbers as ``0``, signs and note marks left out (``-10.4*
    (-12.4 to -8.4)`` and ``15.1* (12.8 to 17.5)`` -> ``0 (0 to 0)``; ``2000–2005`` -> ``00``)."""
    return _NUMBER.sub("0", cell).replace("*", "")


_NUMBER = re.compile(r"[-+−–]?\d[\d.,]*")
