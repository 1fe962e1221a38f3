"""Layout-mode text: columns that share a line are taken apart before anything else.

``pdftotext -layout`` and pypdf's ``extraction_mode="layout"`` keep the page's geometry with
spaces. A journal's sidebar then shares each line with the body text, and a two-column
page puts a line of each column on every line::

    Submitted:  03 April 2020               researchers to better understand the impacts
    Published:  23 May 2024                 resource management, human behavior, and

Read as lines, "Published: 23 May 2024 resource management" is neither metadata nor prose.
This step finds a *gutter*: columns of the page that are blank on every line of a run of
lines, with text on both sides of it on several of them. The run's lines are cut at the
gutter; the left column is read first, then the right one, each piece keeping its raw line
number. A left column of short pieces beside prose (a sidebar) is read before the body, as
pdfminer reads it, so the front matter finds its DOI and dates; two columns of prose are
read left then right, as a reader does.

Not every aligned gap is a gutter. A table in the body also has blank columns between its
cells: its left cells start where the body's prose starts (not in a margin) and its right
cells are short, so it is left alone (the table finder sees its geometry). Justified prose
has no gutter at all: some line always crosses any gap (three spaces after a full stop).

A gutter never runs across a page break: each page is laid out by itself, its right
column a few page columns left or right of the page before's. A page that goes on with the
two columns of the page before (its references: URLs and figures are no prose) needs less
prose to be read so.

Every separation is a ``columns`` repair: the lines, the gutter's column, and how many
pieces each column got.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from galley import vocab
from galley.clean.shapes import ends_sentence, is_bare_marker
from galley.model import Line, Repair
from galley.params import CleanParams

GAP = re.compile(r" {2,}")  # inside a line, two or more spaces part two pieces of text
# A sidebar's labelled line: ``DOI: 10.21105/jose.00196``, ``Received: 16 July 2022``.
_SIDEBAR_LABEL = re.compile(rf"^(?:DOI\b|(?i:{vocab.alternation(vocab.all_of(vocab.DATES))})\s*:)")

Span = tuple[int, int]  # [start, end) columns of the page
# How a ``columns`` repair names its gutter (``separate``), read back by ``gutter_of``.
_GUTTER = re.compile(r"parted by blank page columns (\d+)-(\d+)(?:, the right one's lines at (\d+))?")


def spans(line: Line) -> list[Span]:
    """The pieces of text on a line, as page columns, parted by two or more spaces."""
    if "  " not in line.text:  # most lines of most texts: one piece
        return [(line.indent, line.indent + len(line.text))]
    out: list[Span] = []
    pos = 0
    for gap in GAP.finditer(line.text):
        out.append((line.indent + pos, line.indent + gap.start()))
        pos = gap.end()
    out.append((line.indent + pos, line.indent + len(line.text)))
    return out


class Spans:
    """Each line's spans, measured when first asked for: a text holds a few lines with a
    gutter's gap, and only the lines around them are ever looked at (the 10 MB input's
    145,000 lines were all measured for 1,900 such lines)."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.known: dict[int, list[Span]] = {}

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, i: int) -> list[Span]:
        if i not in self.known:
            self.known[i] = spans(self.lines[i])
        return self.known[i]


@dataclass
class Run:
    """A run of lines ``[first, last]`` (indexes) that a gutter ``band`` parts."""

    first: int
    last: int
    band: Span
    prose: bool = True  # two columns of prose side by side (else a sidebar beside the body)
    edge: int | None = None  # where the right column's lines start (``right_edge``)


def _bands(sp: list[Span], p: CleanParams) -> list[Span]:
    """The line's own gaps wide enough to be a gutter (between two of its pieces)."""
    pairs = zip(sp, sp[1:], strict=False)
    return [(a_end, b_start) for (_, a_end), (b_start, _) in pairs if b_start - a_end >= p.gutter_line_spaces]


def _narrow(sp: list[Span], band: Span, p: CleanParams) -> Span | None:
    """What of ``band`` the line leaves blank, or None when the line crosses it: a piece sits
    in it (but a word of the left column's, below), or the line has text on both sides with
    less than ``gutter_line_spaces`` between them (two words of a justified line, not two
    columns). A line of one column only leaves the band as it is when it stops short of the
    other column, however far into the gutter it reaches: a sidebar's line may end one space
    before the body's column (``Attribution License (CC BY 4.0).`` under ``copyright and
    release the work   four-vectors such``)."""
    a, b = band
    if sp[-1][1] < b and sp[0][0] < a:
        return band  # text of the left column only, ending short of the right one (below)
    left = right = False  # text left of the band, right of it (each piece is one or the other)
    last_end = a  # where the line's last piece so far ends (read once ``left`` is set)
    for start, end in sp:
        if end <= a:
            left = True
        elif start >= b:
            right = True
        elif start <= a:
            a, left = end, True  # the piece reaches in from the left
        elif end >= b:
            b, right = start, True  # ...or from the right
        elif left and not right and start - last_end < b - end:
            # A word of the left column nearer its text than the right column: pypdf's layout
            # mode sets a justified column's words apart by three spaces and its lines end
            # ragged (``... culture   vessels   mag‐     60% of plants``).
            a = end
        else:
            return None  # a piece inside the band
        last_end = end
    if b - a < p.gutter_min_columns:
        return None
    if left and right and b - a < p.gutter_line_spaces:
        return None
    return (a, b)


def _grow(all_spans: Spans, i: int, band: Span, p: CleanParams, lo: int = 0) -> Run:
    """The longest run of lines around line ``i`` blank in ``band`` (narrowed as it grows),
    on its page, from line ``lo`` on (the lines before are a run's already): each page is
    laid out by itself (pdftotext sets a page's right column a few page columns left or
    right of the last page's)."""
    first = last = i
    page = all_spans.lines[i].page
    for step in (-1, 1):
        j = i + step
        while lo <= j < len(all_spans) and all_spans.lines[j].page == page:
            narrowed = _narrow(all_spans[j], band, p)
            if narrowed is None:
                break
            band = narrowed
            if step < 0:
                first = j
            else:
                last = j
            j += step
    return Run(first, last, band)


def halves(line: Line, band: Span, edge: int | None = None) -> tuple[str, str, int]:
    """The line's text left and right of the band, and the page column the right one starts
    at: its pieces that start before the band's right edge are the left column's. ``edge``:
    where the right column's lines start (``right_edge``); a word right of the band but
    short of it, after the left column's text spread as far apart (``_spread_to``), is the
    left column's last, which pypdf's layout mode spread into the gutter with the line's
    other words (``... bien     y  FOUCAULT, M.``, ``... sin       gra‐     (Trad.
    cast.``); a list's marker hanging there is the right column's."""
    sp = spans(line)
    k = next((k for k, (start, _) in enumerate(sp) if start >= band[1]), len(sp))
    if edge is not None and 1 < k < len(sp) and sp[k][0] < edge and _spread_to(sp, k):
        word = line.text[sp[k][0] - line.indent : sp[k][1] - line.indent]
        if " " not in word and not is_bare_marker(word):
            k += 1  # (one word, not a list's marker hanging left of its item)
    if k == len(sp):
        return line.text.rstrip(), "", line.indent + len(line.text)
    cut = sp[k][0]
    left = line.text[: cut - line.indent].rstrip()
    return left, line.text[cut - line.indent :], cut


def _spread_to(sp: list[Span], k: int) -> bool:
    """Piece ``k`` stands no further from the piece before it than the line's pieces before
    it stand apart (within a page column): the words of one justified line spread over its
    width (``... en     lo     indiscernible,     bien     y``), not a reference's first
    word hanging left of its column's other lines (``... and then runs       HEINRICH,``)."""
    gaps = [b[0] - a[1] for a, b in pairwise(sp[: k + 1])]
    return gaps[-1] <= max(gaps[:-1]) + 1


def right_edge(lines: list[Line], run: Run, p: CleanParams) -> int | None:
    """Where the run's right column starts: the leftmost page column at which its first
    piece starts on ``gutter_min_lines`` lines or more (a hanging indent starts further
    right; a word the left column spread into the gutter, further left)."""
    run_lines = lines[run.first : run.last + 1]
    firsts = (next((start for start, _ in spans(ln) if start >= run.band[1]), None) for ln in run_lines)
    starts = Counter(start for start in firsts if start is not None)
    return min((start for start, n in starts.items() if n >= p.gutter_min_lines), default=None)


def _edge(lines: list[Line], all_spans: Spans, run: Run, in_runs: set[int], p: CleanParams) -> int | None:
    """Where the body's prose starts around the run: the commonest start of long lines
    outside any run, within ``edge_context_lines`` lines."""
    lo, hi = max(0, run.first - p.edge_context_lines), min(len(lines), run.last + p.edge_context_lines + 1)
    outside = [k for k in range(lo, hi) if k not in in_runs and not run.first <= k <= run.last]
    starts = [lines[k].indent for k in outside if len(lines[k].text) >= p.edge_line_chars]
    starts += [
        all_spans[k][-1][0]
        for k in range(run.first, run.last + 1)
        if len(all_spans[k]) == 1 and all_spans[k][0][0] >= run.band[1] and len(lines[k].text) >= p.edge_line_chars
    ]
    return statistics.mode(starts) if starts else None


def is_prose(text: str, p: CleanParams) -> bool:
    """A piece of running text, not a cell of numbers: ``prose_min_words`` words or more, most of
    its characters letters (``researchers to better understand the impacts``; not
    ``8   17   0   37   4,1``)."""
    words = text.split()
    letters = sum(c.isalpha() for c in text)
    return len(words) >= p.prose_min_words and letters >= p.prose_letter_share * sum(not c.isspace() for c in text)


def _accept(
    lines: list[Line], all_spans: Spans, run: Run, in_runs: set[int], p: CleanParams, carried: bool = False
) -> Run | None:
    """A gutter, not a table nor a chance alignment of gaps: text on both sides of it on
    ``gutter_min_lines`` lines, the right pieces starting at one column (a column has a
    straight left edge; a page of two columns of prose may have two, below), and either two
    columns of prose, or a column of pieces in the margin beside prose, or a box of dates
    and a DOI (``sidebar_min_labels`` labelled lines) beside prose on the first page,
    wherever it floats there (a table of such labels further on is a table). ``carried``:
    the run goes on with the two columns above it or on the page before (``_carried``), and
    needs only ``carried_prose_share`` of prose, or a left column of prose that fills its
    width beside anything (a table in the right column). The run, marked as two columns of
    prose or a sidebar, or None."""
    both = []
    for k in range(run.first, run.last + 1):
        left, right, start = halves(lines[k], run.band)
        if left and right:
            both.append((left, right, start, all_spans[k][0][0]))
    if len(both) < p.gutter_min_lines:
        return None
    share = p.carried_prose_share if carried else p.prose_column_share
    prose_right = sum(is_prose(right, p) for _, right, _, _ in both)
    prose_left = sum(is_prose(left, p) for left, _, _, _ in both)
    # Two columns that go on from the ones above may set a table in the right column
    # (``Total 6,6 5,0 - 8,5``): a left column of prose that fills its width is enough. (A
    # table across the page has labels that end ragged, far from its figures.)
    if prose_right < share * len(both) and not (carried and _fills(both, run.band, prose_left, p)):
        return None
    two_prose = len(both) >= p.two_prose_min_lines and prose_left >= share * len(both)
    # A page of two columns of prose may have two left edges: its entries and their hanging
    # lines (``14. Martins LFL ...`` / ``   exame de Papanicolaou ...``), or pdftotext's
    # blocks set a few page columns apart (a quotation beside the right column). A table
    # of prose cells (a category beside a numbered statement) is no page long.
    starts = [start for _, _, start, _ in both]
    straight = _aligned(starts, [statistics.median_low(starts)], p)
    page_long = two_prose and len(both) >= 2 * p.two_prose_min_lines
    if not (straight or (page_long and _aligned(starts, _edges(starts, p), p))):
        return None
    if two_prose:
        return run  # two columns of prose
    labels = sum(_SIDEBAR_LABEL.match(left) is not None for left, _, _, _ in both)
    if labels >= p.sidebar_min_labels and lines[run.first].page == lines[0].page:
        return replace(run, prose=False)  # the journal's box of dates and DOI, wherever it floats
    edge = _edge(lines, all_spans, run, in_runs, p)
    # A sidebar lies in the margin, left of where the body's prose starts; a table's first
    # column starts with the body.
    left_start = statistics.median_low(first for _, _, _, first in both)
    margin = edge is not None and left_start <= edge - p.sidebar_margin and run.band[1] >= edge - p.gutter_min_columns
    return replace(run, prose=False) if margin else None


def _fills(both: list[tuple[str, str, int, int]], band: Span, prose_left: int, p: CleanParams) -> bool:
    """The left column of ``both`` (a run's lines with a piece either side of ``band``: the
    left piece, the right one, where the right one starts, where the left one does) is
    prose that fills its width: ``prose_column_share`` of its pieces are prose (``prose_left``
    are), and as many end within ``column_fill`` page columns of the gutter, as a justified
    or a wrapped column's lines do."""
    need = p.prose_column_share * len(both)
    filled = sum(band[0] - (first + len(left)) <= p.column_fill for left, _, _, first in both)
    return prose_left >= need and filled >= need


def _edges(starts: list[int], p: CleanParams) -> list[int]:
    """The two page columns where most pieces start, each with those within
    ``column_align`` of it (starts at 58 x 6, 61 x 8, 62 x 6: 61, then 58)."""
    first = Counter(starts).most_common(1)[0][0]
    rest = [start for start in starts if abs(start - first) > p.column_align]
    return [first, Counter(rest).most_common(1)[0][0]] if rest else [first]


def _aligned(starts: list[int], edges: list[int], p: CleanParams) -> bool:
    """``column_aligned_share`` of the pieces start within ``column_align`` of one of the
    ``edges`` (page columns): a column has a straight left edge."""
    near = sum(any(abs(start - edge) <= p.column_align for edge in edges) for start in starts)
    return near >= p.column_aligned_share * len(starts)


def find_runs(lines: list[Line], p: CleanParams) -> list[Run]:
    """Each run of lines parted by a gutter, in order, none overlapping."""
    all_spans = Spans(lines)
    gutter = " " * p.gutter_line_spaces
    runs: list[Run] = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        if gutter not in lines[i].text:
            i += 1  # no gap on the line wide enough to be a gutter (``_bands`` finds none)
            continue
        best: Run | None = None
        after_last = runs[-1].last + 1 if runs else 0
        for band in _bands(all_spans[i], p):
            run = _grow(all_spans, i, band, p, after_last)
            run = _trim(all_spans, run)
            if best is None or run.last - run.first > best.last - best.first:
                best = run
        found = None
        if best is not None:
            found = _accept(lines, all_spans, best, taken, p, carried=_carried(lines, runs, best, p))
        if found is None:
            i += 1
            continue
        runs.append(found)
        taken.update(range(found.first, found.last + 1))
        i = found.last + 1
    return runs


def _carried(lines: list[Line], runs: list[Run], run: Run, p: CleanParams) -> bool:
    """The run goes on with the two columns of prose of the page before (or of this page),
    one edge of its gutter within ``column_shift`` page columns of theirs: a page of
    references, whose URLs, DOIs and figures are no prose, is still the paper's two columns.
    Either edge may move: pdftotext's layout mode sets a page's right column where that
    page's text leaves room (jose.00302 in two columns: the gutter's blank page columns are
    58-71 on page 1, 55-61 on page 2)."""
    if not runs or not runs[-1].prose:
        return False
    before = runs[-1]
    near = min(abs(before.band[0] - run.band[0]), abs(before.band[1] - run.band[1])) <= p.column_shift
    return near and lines[run.first].page - lines[before.last].page <= 1


def _trim(all_spans: Spans, run: Run) -> Run:
    """A run starts at its first line with text left of the gutter: lines before it that lie
    wholly right of it (a title over the body column) keep their place."""
    first = run.first
    while first < run.last and all_spans[first][0][0] >= run.band[1]:
        first += 1
    return Run(first, run.last, run.band)


def split_run(lines: list[Line], run: Run, p: CleanParams, apart: bool = True) -> tuple[list[Line], list[Line]]:
    """The run's left and right columns, each piece a Line with its raw number. A line of
    the run where a column has no piece is a blank line in that column (the left column's
    paragraph ends where the right one goes on, a heading has space under it), but inside a
    sentence: after a piece of prose with no stop, the rows of the two columns merely fell
    apart (pdftotext's layout mode: ``... definidas como Ensino`` / ``Authors of papers
    retain`` / ``Baseado na Resolução ...``). Each column's indents are measured from its
    own left edge, but the body's beside a sidebar: its lines end where the page's do, and
    are as full. ``apart``: the right column starts apart from the left one (not so in a run
    that goes on from the one above, ``goes_on``: its columns go on from theirs)."""
    cols: tuple[list[Line], list[Line]] = ([], [])
    pending = [0, 0]  # blank lines each column has seen since its last piece
    for ln in lines[run.first : run.last + 1]:
        left, right, start = halves(ln, run.band, run.edge)
        for side, text, indent in ((0, left, ln.indent), (1, right, start)):
            pending[side] += ln.blank_before
            if not text:
                last = cols[side][-1].text if cols[side] else ""
                pending[side] += not (is_prose(last, p) and not ends_sentence(last))
                continue
            piece = replace(ln, text=text, indent=indent, blank_before=pending[side])
            if side == 0:
                piece.trailing = 0
            elif left:
                piece.page_start = False
            cols[side].append(piece)
            pending[side] = 0
    for col in cols if run.prose else cols[:1]:
        edge = min((ln.indent for ln in col), default=0)
        for ln in col:
            ln.indent -= edge
    if cols[1] and apart:
        cols[1][0].blank_before = max(1, cols[1][0].blank_before)  # the right column starts apart
    return cols


def gutter_of(repair: Repair) -> tuple[Span, int | None] | None:
    """The gutter a ``columns`` repair parted its lines at, as page columns ``[start, end)``,
    and where its right column's lines start (``right_edge``, None when unknown): a piece
    of one of its lines that starts at ``end`` or right of it is the right column's
    (``halves``). The loss audit reads the raw lines in the cleaner's order so."""
    found = _GUTTER.search(repair.why) if repair.rule == "columns" else None
    if not found:
        return None
    edge = found.group(3)
    return (int(found.group(1)), int(found.group(2)) + 1), int(edge) if edge else None


def separate(lines: list[Line], repairs: list[Repair], p: CleanParams | None = None) -> list[Line]:
    """Lines with every gutter run read column by column (see the module's docstring)."""
    p = p or CleanParams()
    gutter = " " * p.gutter_line_spaces
    if not any(gutter in ln.text for ln in lines):
        return lines  # no line holds a gap wide enough: not layout-mode text
    runs = find_runs(lines, p)
    out: list[Line] = []
    done = 0
    lefts: list[Line] = []  # the columns of the runs read together so far (``goes_on``)
    rights: list[Line] = []
    for k, run in enumerate(runs):
        joined = k > 0 and goes_on(lines, runs[k - 1], run, p)
        if not joined:
            out.extend(lefts + rights)
            lefts, rights = [], []
            out.extend(lines[done : run.first])
        run.edge = right_edge(lines, run, p)
        left, right = split_run(lines, run, p, apart=not joined)
        lefts += left
        rights += right
        first, last = lines[run.first].number, lines[run.last].number
        starts = f", the right one's lines at {run.edge}" if run.edge is not None else ""
        why = (
            f"two columns share lines {first}-{last}, parted by blank page columns {run.band[0]}-{run.band[1] - 1}"
            f"{starts}: the left column ({len(left)} pieces) is read before the right one ({len(right)})"
        )
        repairs.append(Repair("columns", first, last, "", "", why + (GOES_ON if joined else "")))
        done = run.last + 1
    out.extend(lefts + rights)
    out.extend(lines[done:])
    return out


# How a ``columns`` repair says its run goes on from the one above (``goes_on``).
GOES_ON = "; it goes on from the run above, its columns read after theirs"


def goes_on(lines: list[Line], before: Run, run: Run, p: CleanParams) -> bool:
    """The run goes on from the run right above it on its page: the same two columns of
    prose, one edge of its gutter within ``column_shift`` page columns of the other's. A
    line of the left column that reaches into the gutter cuts a page's run in two, its
    gutter a little narrower above the line than below (pypdf's layout mode spreads a
    justified line's words: ``... de       efecto       inverti‐     cinismo ...``); the
    left column's lines under it are read before the right column's above it."""
    if run.first != before.last + 1 or not (before.prose and run.prose):
        return False
    if lines[run.first].page != lines[before.last].page:
        return False
    return min(abs(before.band[0] - run.band[0]), abs(before.band[1] - run.band[1])) <= p.column_shift
