"""Table rows from a two-column table of short labels and the sentences that describe them.

A table of methods, resources or modules pairs a short label (``Discussions``, ``Live
coding or`` / ``demonstrations``) with a sentence or two (``Instructors present a topic and
ask questions ... a conversation.``). Extractors read its cells in many orders: pdfminer
takes the labels' column whole and then the sentences' (a box per column), pdftotext
takes the header row, then a label, then every sentence, then the other labels. Whatever
the order, each column is read top to bottom, so the labels in the order they come and
the sentences in the order they come are the rows. A label is a unit of a few words that
ends on no stop, comma, semicolon or colon; a sentence cell ends on a stop.
"""

from __future__ import annotations

from collections.abc import Iterator

from galley.clean.shapes import CLOSERS, OPENERS, is_bare_marker
from galley.params import StructureParams
from galley.structure.tables.cells import TLine, join_cell

Grid = tuple[list[list[str]], int]

_STOP = frozenset(".!?")


def by_label_sentences(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """Rows of a two-column table of labels and sentences (see the module docstring), under
    its header row, or None. The header row is the first unit and, where every label comes
    before every sentence (the columns read one after the other), the unit right before the
    first sentence; else the second unit (the header row read first). The sentences must be
    as many as the labels; where the extractor left two cells in one unit, a unit is cut
    where a line ends a sentence and the next opens in capitals, and only when exactly the
    cuts needed are found (``... a particular problem.`` / ``Students are asked ... on 1.`` /
    ``Something you like ...``: a list's number ends no sentence). Layout-mode text (a
    line's pieces at their page columns) is read by position instead."""
    if not lines or any(ln.pieces is not None for ln in lines):
        return None
    units = [[ln.text for ln in lines if ln.unit == k] for k in sorted({ln.unit for ln in lines})]
    kinds = [_kind(u, p) for u in units]
    if None in kinds or kinds[:2] != ["label", "label"]:
        return None
    first = kinds.index("sentence") if "sentence" in kinds else len(kinds)
    by_columns = "label" not in kinds[first:]
    second = first - 1 if by_columns else 1
    heads = [units[0], units[second]]
    labels = [u for k, u in enumerate(units) if kinds[k] == "label" and k not in (0, second)]
    cells = _cut([u for k, u in enumerate(units) if kinds[k] == "sentence"], len(labels))
    if cells is None or len(labels) < p.table_min_rows:
        return None
    rows = [[join_cell(h, lang) for h in heads]]
    rows += [[join_cell(label, lang), join_cell(cell, lang)] for label, cell in zip(labels, cells, strict=True)]
    return rows, 1


def _kind(unit: list[str], p: StructureParams) -> str | None:
    """``label``: a few words (``table_label_max_words``) ending on no stop or comma;
    ``sentence``: ending on a stop; None: neither (a table of another shape, or prose)."""
    if _ends_on_stop(unit[-1]):
        return "sentence"
    text = " ".join(unit)
    if len(text.split()) <= p.table_label_max_words and text.rstrip(CLOSERS)[-1:] not in ",;:":
        return "label"
    return None


def _ends_on_stop(line: str) -> bool:
    core = line.rstrip(CLOSERS)
    return core[-1:] in _STOP and not is_bare_marker(core.rsplit(" ", 1)[-1])


def _cut(units: list[list[str]], n: int) -> list[list[str]] | None:
    """The sentence units as ``n`` cells: as they are, or cut at the only ``n - len(units)``
    places where a line ends a sentence and the next opens a new one; None otherwise."""
    need = n - len(units)
    if need == 0:
        return units
    places = [(u, k) for u, lines in enumerate(units) for k in range(1, len(lines)) if _new_sentence(lines, k)]
    if need < 0 or len(places) != need:
        return None
    return list(_pieces(units, set(places)))


def _new_sentence(lines: list[str], k: int) -> bool:
    return _ends_on_stop(lines[k - 1]) and lines[k].lstrip(OPENERS)[:1].isupper()


def _pieces(units: list[list[str]], cuts: set[tuple[int, int]]) -> Iterator[list[str]]:
    for u, lines in enumerate(units):
        start = 0
        for k in range(1, len(lines)):
            if (u, k) in cuts:
                yield lines[start:k]
                start = k
        yield lines[start:]
