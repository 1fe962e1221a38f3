"""Table grid by position: layout-mode text keeps each cell where the page set it.

``pypdf``'s layout mode, ``pdftotext -layout``::

                                       Un-                                    Weighted
                  Strongly       Dis-      de-                Strongly    To-     Aver-
                  Disagree       agree     cided   Agree      Agree       tal     age
    I can immediately apply               0          5      6      19    8        38    3,8
    what I learned at this
    workshop.

Columns are the bands of page columns some piece covers, parted by bands no piece
covers. Rows: a row's cells are top-aligned, so its first line fills the column that the
fewest lines fill (the *anchor*: ``Total`` above; ``Target`` where the course titles and
durations wrap); every line filling the anchor opens a row, the lines after it until the
next are its wrapped cells. The header: the lines before the first number in a table of
numeric columns, else the first line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from galley.params import StructureParams
from galley.structure.tables.cells import TLine, is_number, join_cell
from galley.structure.tables.rows import counts_on, key_shape

Grid = tuple[list[list[str]], int]


def columns(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The page-column bands the ``spans`` (start, end) cover, merged where they overlap."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _band(bands: list[tuple[int, int]], lo: int, hi: int) -> int:
    """The band the piece ``lo`` .. ``hi`` stands in, or the nearest one."""

    def distance(band: tuple[int, int]) -> int:
        return max(band[0] - hi, lo - band[1], 0) if not band[0] <= lo < band[1] else -1

    return min(range(len(bands)), key=lambda k: distance(bands[k]))


def _header_bands(header: list[list[tuple[int, str, int]]], bands: list[tuple[int, int]]) -> Callable[[int, int], int]:
    """Where a header piece goes among the body's ``bands``. A header set in another face
    drifts against the body in pypdf's layout, but its lines stand in their own columns:
    when those are as many as the body's, or one fewer (the stub column has no header),
    they map in order; else each piece goes to the nearest band."""
    own = columns([(col, end) for c in header for col, _, end in c])
    shift = {len(bands): 0, len(bands) - 1: 1}.get(len(own))
    if shift is None:
        return lambda lo, hi: _band(bands, lo, hi)
    return lambda lo, hi: _band(own, lo, hi) + shift


def _row_starts(grid: list[list[list[str]]], head: int) -> list[int]:
    """The lines that open the body's rows: keys of one shape in the first column
    (``Day 1: The`` / ``Day 2: Sharing and``), else the lines that fill the anchor column
    (the one the fewest lines fill), those in lower case aside (``demonstrations``: a
    label going on)."""
    body = range(head, len(grid))
    width = len(grid[0]) if grid else 0
    firsts = {i: grid[i][0][0] for i in body if grid[i][0]}
    shapes = Counter(key_shape(t) for t in firsts.values())
    shapes.pop("", None)
    if shapes:
        shape, n = shapes.most_common(1)[0]
        keyed = [i for i, t in firsts.items() if key_shape(t) == shape]
        if n >= 2 and counts_on([firsts[i] for i in keyed]):
            return keyed
    counts = [sum(bool(grid[i][k]) for i in body) for k in range(width)]
    usable = [k for k in range(width) if counts[k] >= 1]
    if not usable:
        return []
    anchor = min(usable, key=lambda k: (counts[k], k))
    return [i for i in body if grid[i][anchor] and not grid[i][anchor][0][:1].islower()]


def _header_lines(cells: list[list[tuple[int, str, int]]]) -> int:
    """How many lines the header has: those before the first number in a table with
    numbers in it (``Un-`` / ``Strongly Dis-`` / ``Disagree agree`` above ``I can ... 0 5
    6``), none when the first line opens with a key of the table's rows
    (``01_DM_Rotation_Curve_Intro.ipynb``: its header went as a running head), else the
    first line."""
    first = next((i for i, c in enumerate(cells) if sum(is_number(t) for _, t, _ in c) >= 2), 0)
    if first > 0:
        return first
    shapes = Counter(key_shape(c[0][1]) for c in cells if c)
    shapes.pop("", None)
    if shapes and shapes.most_common(1)[0][1] >= 2 and key_shape(cells[0][0][1]) == shapes.most_common(1)[0][0]:
        return 0
    return 1


def by_position(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """The grid of layout-mode lines (see the module docstring), or None when the lines
    carry no geometry or do not stand in two columns or more."""
    cells = [ln.cells() for ln in lines]
    if not cells or any(not c for c in cells):
        return None
    if sum(len(c) >= 2 for c in cells) < p.table_min_rows:
        return None
    head = _header_lines(cells)
    bands = columns([(col, end) for c in cells[head:] for col, _, end in c])
    if len(bands) < 2:
        return None
    grid: list[list[list[str]]] = [[[] for _ in bands] for _ in lines]
    to_body = _header_bands(cells[:head], bands)
    for i, c in enumerate(cells):
        for col, text, end in c:
            k = to_body(col, end) if i < head else _band(bands, col, end)
            grid[i][k].append(text)
    starts = _row_starts(grid, head)
    if not starts:
        return None
    starts[0] = head  # lines before the first anchor belong to the first row
    bounds = [0, *starts, len(lines)] if head > 0 else [*starts, len(lines)]
    head = min(head, 1)
    rows = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        rows.append([join_cell([t for i in range(a, b) for t in grid[i][k]], lang) for k in range(len(bands))])
    if len(rows) < p.table_min_rows:
        return None
    return rows, (1 if head > 0 else 0)
