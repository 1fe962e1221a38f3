"""What a block rule may know about a unit besides its text: its neighbours, and whether it
sits among short pieces (table cells and figure labels come in runs and dense stretches,
and are then no headings).

``Surroundings`` holds what is known before classification; ``classify`` gives each
rule a ``Context`` with what the blocks already made tell (the block before, the last list
number, the section numbers that may come next) as it goes.
"""

from __future__ import annotations

from galley.model import Block, Unit
from galley.params import StructureParams
from galley.structure.blocks.shapes import at_most_words, body_measure, is_short_line, marked
from galley.structure.headings import is_known


class Surroundings:
    """What is known of each unit's surroundings before classification: whether it is a
    short line, the run of cells and the dense stretch it is in."""

    def __init__(self, units: list[Unit], p: StructureParams) -> None:
        self.units, self.p = units, p
        self.measure = body_measure(units, p, p.quote_measure_edge)  # the body's line length (a quote runs another)
        self.short = [is_short_line(u, p) for u in units]
        self.runs = cell_runs(units, self.short, p)
        self.dense = dense_stretches(units, p)


class Context:
    """A unit's surroundings, read-only: its neighbours, the short pieces around it, and
    what the blocks made so far tell (the block before, the last list number since the
    last heading, the section numbers that may come next)."""

    __slots__ = ("around", "i", "prev_block", "last_item", "expected")

    def __init__(
        self, around: Surroundings, i: int, prev_block: Block | None, last_item: str, expected: frozenset[str]
    ) -> None:
        self.around, self.i = around, i
        self.prev_block = prev_block  # the block made of the unit before
        self.last_item = last_item  # number of the last numbered list item since the last heading
        self.expected = expected  # section numbers that may come next ("2.2", "2.1.1", "3")

    @property
    def p(self) -> StructureParams:
        return self.around.p

    @property
    def prev(self) -> Unit | None:
        return self._unit(self.i - 1)

    @property
    def next(self) -> Unit | None:
        return self._unit(self.i + 1)

    @property
    def after(self) -> Unit | None:
        """The unit after next."""
        return self._unit(self.i + 2)

    @property
    def run(self) -> int:
        """Length of the run of short, not well-known one-line units the unit is in."""
        return self.around.runs[self.i]

    @property
    def dense(self) -> bool:
        """Inside a stretch of short pieces (a table read cell by cell)."""
        return self.around.dense[self.i]

    @property
    def next_short(self) -> bool:
        """The next unit is a short line."""
        return self.i + 1 < len(self.around.units) and self.around.short[self.i + 1]

    def _unit(self, k: int) -> Unit | None:
        return self.around.units[k] if 0 <= k < len(self.around.units) else None


def cell_runs(units: list[Unit], short: list[bool], p: StructureParams) -> list[int]:
    """For each unit, the length of the run of short one-line units around it that are
    not well-known names (``File Name`` / ``Description`` / ``01_Intro.ipynb``); 0 when
    the unit is not one. ``short``: each unit's ``is_short_line``."""
    cell = [s and not is_known(u.text, p) for u, s in zip(units, short, strict=True)]
    runs = [0] * len(units)
    start = 0
    for i in range(len(units) + 1):
        if i == len(units) or not cell[i]:
            runs[start:i] = [i - start] * (i - start)
            start = i + 1
    return runs


def dense_stretches(units: list[Unit], p: StructureParams) -> list[bool]:
    """Units inside a stretch made mostly of short pieces (``short_line_words`` words at
    most, list items aside): a table or a figure read cell by cell (``Beginner`` / ``9
    weeks`` / ``Interactive curve fitting.``). A window of ``dense_reach`` units each side;
    counted with running sums, so linear in the number of units."""
    piece = [at_most_words(u.text, p.short_line_words) and not marked(u.text) for u in units]
    before = [0]  # before[k]: short pieces among the first k units
    for is_piece in piece:
        before.append(before[-1] + is_piece)
    n, reach = len(units), p.dense_reach
    out = []
    for i in range(n):
        lo, hi = max(0, i - reach), min(n, i + reach + 1)  # the window: units lo .. hi - 1
        width = hi - lo
        out.append(width >= p.dense_min_window and before[hi] - before[lo] >= p.dense_share * width)
    return out
