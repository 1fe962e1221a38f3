"""The geometry of the lines, measured per document and per region: the evidence the
heading and break rules read.

- the *layout* of a document (:func:`measure`): double-spaced (a blank line after every
  line, the seed), blank lines between text boxes (pdfminer, poppler), or never wrapped
  (pasted from a word processor: one paragraph per line);
- the *measure* of a region (:class:`Measure`): the median length of the lines around
  a line that certainly wrapped (the next line goes on in lower case), so one long URL or a
  merged column does not stretch it, and a narrow abstract keeps its own;
- the *fit test* (:func:`fits`): if the next line's first word would have fitted at the end
  of this line, the typesetter did not wrap here, so this line ended its block.

Where the extractor joined printed lines at their hyphens (``Layout.joins_hyphens``, which
``clean`` sets from ``compounds.prejoined`` and :func:`at_margin`), a joined line counts as
one usual line in the measure, and :func:`last_printed_part` bounds its last printed line.

A new kind of evidence about the whole page (columns in layout mode, page-edge positions)
belongs here, as a field of :class:`Layout` found by :func:`measure`.
"""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass

from galley import vocab
from galley.clean.shapes import ends_sentence
from galley.model import Line
from galley.params import CleanParams


@dataclass(frozen=True)
class Layout:
    """Per-document line-break style, measured from the lines themselves."""

    double_spaced: bool  # a blank line after every line: one blank line says nothing
    blank_separates: bool  # blank lines mark text boxes (pdfminer, poppler)
    base_trailing: int  # the usual number of trailing spaces on a line
    unwrapped: bool = False  # one paragraph per line (copy-paste): no line is a wrap
    joins_hyphens: bool = False  # the extractor joined printed lines at hyphens (``compounds.prejoined``)
    blank_marks_ends: bool = True  # a block's end has a blank line after it (:func:`blank_marks_ends`)
    list_ends: frozenset[int] = frozenset()  # lines opening the text after a list rebuilt (``markers``)


def measure(lines: Sequence[Line], p: CleanParams) -> Layout:
    """The document's layout, from the share of lines after a blank line, the usual
    trailing spaces and the share of lines that wrap."""
    if not lines:
        return Layout(False, False, 0)
    with_blank = sum(1 for ln in lines[1:] if ln.blank_before >= 1)
    share = with_blank / max(1, len(lines) - 1)
    trailing = sorted(ln.trailing for ln in lines)
    # Extracted text wraps: many lines go on in lower case or end in a broken word. Text
    # pasted from a word processor does not: each line is a paragraph, however long.
    wrapped = sum(1 for a, b in zip(lines, lines[1:], strict=False) if b.text[:1].islower() or a.text.endswith("-"))
    double = share > p.double_spaced_share and _wraps_spaced(lines, p)
    return Layout(
        double_spaced=double,
        blank_separates=share > p.blank_separates_share and not double,
        base_trailing=trailing[len(trailing) // 2],
        unwrapped=len(lines) >= p.unwrapped_min_lines and wrapped < p.unwrapped_share * len(lines),
        blank_marks_ends=blank_marks_ends(lines, p),
    )


def _wraps_spaced(lines: Sequence[Line], p: CleanParams) -> bool:
    """Do the lines that go on in lower case (a sentence wrapped onto them) stand after a
    blank line too? In a double-spaced text every line does; where only table cells and
    short lines have blank lines between them, most lines after a blank do, but not the
    prose's: scielo-wp-poppler puts a blank line after each cell of its tables."""
    goes_on = [ln for ln in lines[1:] if ln.text[:1].islower()]
    if len(goes_on) < p.double_spaced_min_wraps:
        return True
    return sum(1 for ln in goes_on if ln.blank_before) > p.double_spaced_wrap_share * len(goes_on)


def blank_marks_ends(lines: Sequence[Line], p: CleanParams) -> bool:
    """Do blank lines mark where the text's blocks end? pdfminer puts each paragraph in a
    box of its own and OCR each block, so a paragraph's last line has a blank line after
    it; pypdf puts none, and pdftotext parts blocks by spacing, not by paragraph (in
    scielo-wp-poppler about one closed line in eight has one). Judged from the clearly closed
    lines: a sentence end shorter than ``short_line_share`` of the usual wrapped line,
    before a capital; at least ``blank_end_share`` of them have a blank line after them.
    Too few of them to judge (``blank_end_min_sample``): the text is taken to mark them,
    as the stricter fit test then applies. Only the text before the reference list counts:
    pdfminer sets a list's entries in one box, each entry's short last line with no blank
    line after it."""
    heading = next((i for i in range(len(lines) - 1, -1, -1) if vocab.is_reference_heading(lines[i].text)), None)
    if heading is not None:
        lines = lines[:heading]
    wrapped = sorted(a.raw_length for a, b in zip(lines, lines[1:], strict=False) if wraps(a, b))
    if not wrapped:
        return True
    short = p.short_line_share * wrapped[len(wrapped) // 2]
    closed = [
        b.blank_before > 0
        for a, b in zip(lines, lines[1:], strict=False)
        if a.raw_length < short and b.text[:1].isupper() and ends_sentence(a.text)
    ]
    return len(closed) < p.blank_end_min_sample or sum(closed) >= p.blank_end_share * len(closed)


def at_margin(lines: Sequence[Line]) -> bool:
    """The usual line starts at the margin, no spaces before it: pdftotext's default mode,
    which joins printed lines at their hyphens. A layout-mode text (``pdftotext -layout``,
    pypdf's layout mode) keeps the page's margin as spaces and its printed lines apart."""
    return 2 * sum(1 for ln in lines if ln.indent == 0) > len(lines)


def _usual(lengths: list[int], p: CleanParams) -> int:
    """The usual printed line of sorted wrapped ``lengths``: the top of the densest range
    ``usual_line_spread`` wide. Not their median: where the extractor joined printed lines,
    the joined ones may be most of the wrapped lines (jose.00143: median 101, usual 54).
    Two printed lines joined are about twice the usual one long, and in narrow columns
    almost as many as single ones: where a range about half as long (``usual_half_share``
    of it) holds at least ``usual_half_min`` as many lines as the densest, it is the
    printed line, the denser one its pairs."""
    best, usual = _densest(lengths, lengths[-1], p)
    half = round(usual * p.usual_half_share)
    shorter = [n for n in lengths if n <= half]
    if shorter:
        count, top = _densest(shorter, half, p)
        if count >= p.usual_half_min * best:
            return top
    return usual


def _densest(lengths: list[int], top: int, p: CleanParams) -> tuple[int, int]:
    """How many of sorted ``lengths`` the densest range ``usual_line_spread`` wide holds,
    and its top (``top`` when none is longer)."""
    best, usual, lo = 0, top, 0
    for hi, n in enumerate(lengths):
        while lengths[lo] < n * (1 - p.usual_line_spread):
            lo += 1
        if hi - lo + 1 > best:
            best, usual = hi - lo + 1, n
    return best, usual


def _joined(lengths: list[int], i: int, cap: int, p: CleanParams) -> bool:
    """Line ``i``, longer than ``cap``, is printed lines joined: at least half the lines
    within ``joined_line_neighbours`` of it are no longer than ``cap``. Among long lines it
    is a wider region's (a summary set across two columns) and keeps its length. (A short
    wide region, a few long lines between a heading and a short last line, reads as joined
    lines too: counting only usual lengths as usual cost two-column texts more.)"""
    if lengths[i] <= cap:
        return False
    r = p.joined_line_neighbours
    around = lengths[max(0, i - r) : i] + lengths[i + 1 : i + 1 + r]
    return 2 * sum(1 for n in around if n <= cap) >= len(around)


def wraps(ln: Line, nxt: Line) -> bool:
    """``ln`` certainly wrapped: the sentence goes on in lower case on the next line."""
    return nxt.text[:1].islower() and not ln.text.endswith((".", ":", ";"))


class Measure:
    """The measure of each line's region: the median raw length of the lines around it
    (``measure_window`` lines either side) that certainly wrapped, since the longest alone
    may be an outlier such as a URL or two columns merged. A window never reaches across a
    region bound (a heading), so a narrow abstract keeps its own measure. With fewer than
    ``measure_min_sample`` wrapped lines, the second-longest line of the window stands in.
    The measure changes slowly: it is taken once every ``measure_step`` lines."""

    def __init__(self, lines: Sequence[Line], p: CleanParams, joins_hyphens: bool = False) -> None:
        self.p = p
        self.lengths = [ln.raw_length for ln in lines]
        self.wrapped = [i for i in range(len(lines) - 1) if wraps(lines[i], lines[i + 1])]
        # Where the extractor joined printed lines (``Layout.joins_hyphens``), a line more
        # than ``joined_line_share`` of the text's usual wrapped line long among others
        # (``_joined``) is printed lines joined: it counts as one usual line, in the median
        # and in a short window's fallback alike (one joined line of 174 characters is no
        # measure of 90).
        self.usual = 0  # the usual printed line where the extractor joined lines (0: not taken)
        self.joined: list[int] = []  # the positions of the lines that are printed lines joined
        if joins_hyphens and self.wrapped:
            self.usual = usual = _usual(sorted(self.lengths[i] for i in self.wrapped), p)
            cap = int(p.joined_line_share * usual)
            self.joined = [i for i in range(len(self.lengths)) if _joined(self.lengths, i, cap, p)]
            for i in self.joined:
                self.lengths[i] = usual

    def widths(self, bounds: Sequence[int] = ()) -> list[int]:
        """Each line's measure, the regions parted at ``bounds`` (line positions)."""
        out: list[int] = []
        edges = sorted({0, len(self.lengths), *bounds})
        for lo, hi in zip(edges, edges[1:], strict=False):
            out += self._region(lo, hi)
        return out

    def _region(self, lo: int, hi: int) -> list[int]:
        p, lengths, wrapped = self.p, self.lengths, self.wrapped
        out: list[int] = []
        # The window slides: wrapped lines enter at its end and leave at its start, kept in
        # order in ``sample``, so no window is sorted from scratch (a fifth of the time of
        # segmenting, measured on the 50 MB input).
        sample: list[int] = []
        enter = leave = bisect_left(wrapped, lo)
        for i in range(lo, hi, p.measure_step):
            a, b = max(lo, i - p.measure_window), min(hi, i + p.measure_window + 1)
            while enter < len(wrapped) and wrapped[enter] < b:
                insort(sample, lengths[wrapped[enter]])
                enter += 1
            while leave < enter and wrapped[leave] < a:
                del sample[bisect_left(sample, lengths[wrapped[leave]])]
                leave += 1
            if len(sample) >= p.measure_min_sample:
                width = sample[len(sample) // 2]
            else:
                window = sorted(lengths[a:b], reverse=True)
                width = window[1] if len(window) > 1 else window[0]
            out += [width] * (min(hi, i + p.measure_step) - i)
        return out


def fits(prev: Line, cur: Line, width: int, slack: float, length: int | None = None) -> bool:
    """Would ``cur``'s first word have fitted at the end of ``prev`` (``length`` characters
    long, its raw length unless given), with ``slack`` of the measure ``width`` to spare?
    Then the typesetter did not wrap ``prev``: it ended there."""
    space = cur.text.find(" ")
    word = space if space >= 0 else len(cur.text)  # the first word's length
    return (prev.raw_length if length is None else length) + 1 + word <= width * (1 - slack)


def last_printed_part(line: Line, width: int, p: CleanParams) -> int:
    """The most characters the last printed line of ``line`` can hold. A raw line more than
    ``joined_line_share`` measures long is printed lines pdftotext joined at their hyphens
    (``to enhance understanding of the information de-`` / ``rived from Argo data.``: 68
    characters on a measure of 54): at least as many printed lines as it takes at
    ``joined_line_share`` measures each (fewer parts, a longer last one), each but the last
    at least ``hyphenated_line_min_share`` of the measure; the last holds what remains."""
    length = line.raw_length
    if length <= p.joined_line_share * width:
        return length
    # At least this many printed lines: none is longer than ``joined_line_share`` measures.
    parts = math.ceil(length / (p.joined_line_share * width))
    return length - int((parts - 1) * p.hyphenated_line_min_share * width)


def closed(prev: Line, cur: Line, width: int, p: CleanParams) -> bool:
    """``prev`` ended its block: a short line, or a sentence end with room to spare."""
    if prev.text.endswith(("-", "‐", ",")):
        return False
    short = prev.raw_length < p.short_line_share * width
    return short or (ends_sentence(prev.text) and fits(prev, cur, width, p.fit_slack))
