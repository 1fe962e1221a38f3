"""Where the pieces of layout-mode lines stand on the page: the geometry of table cells.

``structure.tables`` rebuilds a table's grid from the page columns its cells start in
(``Unit.grid``). They must be read off the raw lines before anything moves them:
``columns.separate`` measures a column's indents from its own edge (a table beside the
sidebar on page 1 would stand 39 columns left of the same table on page 2) and the
character rules close up the spaces between cells.

``measure`` reads the raw lines; ``attach`` gives each unit the pieces of its lines.
"""

from __future__ import annotations

from galley.model import Line, Unit

Pieces = tuple[tuple[int, int, int], ...]


def measure(lines: list[Line], gap: int) -> dict[int, tuple[str, Pieces]]:
    """Each raw line with a gap of ``gap`` spaces or more -> (its text, its pieces);
    {} for text with no such line (not layout mode: nothing is kept)."""
    wide = " " * gap
    return {ln.number: (ln.text, ln.pieces(gap)) for ln in lines if wide in ln.text}


def _part(raw: tuple[str, Pieces], ln: Line) -> Pieces | None:
    """The pieces of ``ln``, a raw line or the part of one that ``columns.separate`` cut
    off (its sidebar aside): the pieces at its start or its end holding its words."""
    text, pieces = raw
    words = len(ln.text.split())
    if sum(p[1] for p in pieces) == words:
        return pieces
    ends = text.rstrip().endswith(ln.text.split()[-1]) if words else False
    order = pieces[::-1] if ends else pieces
    taken, out = 0, []
    for piece in order:
        if taken >= words:
            break
        out.append(piece)
        taken += piece[1]
    if taken != words:
        return None
    return tuple(out[::-1]) if ends else tuple(out)


def attach(unit: Unit, block: list[Line], raw: dict[int, tuple[str, Pieces]]) -> None:
    """Give ``unit`` (made of the lines ``block``) its grid when one of its lines has
    pieces; a line without a wide gap is one piece at its indent (measured on its page,
    unless ``columns.separate`` moved it)."""
    if not raw or not any(ln.number in raw for ln in block):
        return
    grid: list[Pieces] = []
    for ln in block:
        found = _part(raw[ln.number], ln) if ln.number in raw else None
        grid.append(found or ((ln.indent, len(ln.text.split()), ln.indent + len(ln.text)),))
    unit.grid = grid
