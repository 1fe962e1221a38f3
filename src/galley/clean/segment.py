"""Segmenting: group the lines into blocks (a heading, a paragraph, a reference entry).

Headings are found first (``clean.headings``), on the measure of the whole text, and then
each region between two headings gets its own measure. Every other line end is decided by
the break rules (``clean.breaks``): one plain loop, one verdict per line end. Inside a
reference list a heading-shaped line ends the list only when it is words alone
(``Appendix``; not ``TETTWU%5D2.0.CO;2``, a DOI's tail on a line of its own).
"""

from __future__ import annotations

from dataclasses import dataclass

from galley import vocab
from galley.clean import breaks, headings, layout, urls
from galley.clean.shapes import is_section_heading, last_word
from galley.inputs.corrections import NONE, Corrections
from galley.model import Line
from galley.params import CleanParams

HEADING_SHAPE = "heading shape"
START_OF_TEXT = "start of text"


@dataclass(slots=True)  # one per paragraph: ~200,000 for a 50 MB input
class Block:
    """Lines that belong together, and why the first of them started a block."""

    lines: list[Line]
    heading: bool
    why: str


def find_headings(
    lines: list[Line], measure: layout.Measure, lay: layout.Layout, fixes: Corrections, p: CleanParams
) -> tuple[list[int], set[int]]:
    """The positions of the heading lines, on the measure of the whole text, and of the
    second lines of headings wrapped onto two. A line the corrections file merges with the
    one before is no heading, nor is a caption's label alone on its line or the title
    under it (``Table 1`` / ``Characteristics of the Three Gardens``: a caption,
    ``breaks.caption_label_alone``)."""
    widths = measure.widths()
    found = headings.find_headings(lines, widths, lay, p)
    tails = headings.find_wrapped(lines, found, widths, p)
    found |= headings.in_sequence(lines, found, p)
    headings.wrapped_in_sequence(lines, found, tails, widths, p)
    labels = {i for i in found if breaks.is_caption_label(lines[i].text)}
    found -= labels | {i + 1 for i in labels}
    if fixes.merge_before:
        found -= {i for i, ln in enumerate(lines) if ln.number in fixes.merge_before}
    return sorted(found), tails


def find_blocks(
    lines: list[Line], lay: layout.Layout | None = None, fixes: Corrections = NONE, p: CleanParams | None = None
) -> list[Block]:
    """Group lines into blocks, on the document's layout (``layout.measure``). A corrections
    file may force a boundary (``split_before``) or forbid one (``merge_before``) at a raw
    line: its reason then says so."""
    p = p or CleanParams()
    lay = lay or layout.measure(lines, p)
    measure = layout.Measure(lines, p, lay.joins_hyphens)
    heads, tails = find_headings(lines, measure, lay, fixes, p)
    widths = measure.widths(heads)  # each region between two headings has its own measure
    heading_at = set(heads)
    rules = breaks.rules_for(fixes)
    blocks: list[Block] = []
    in_refs = False
    ends_url = False  # the line is the last piece of a URL broken before it
    for i, ln in enumerate(lines):
        prev_ends_url, ends_url = ends_url, i > 0 and " " not in ln.text and continues_url(lines[i - 1], ln, p)
        if i in tails and blocks and blocks[-1].heading:  # a heading's wrapped second line
            blocks[-1].lines.append(ln)
            continue
        if i in heading_at and (not in_refs or is_section_heading(ln.text)):
            blocks.append(Block([ln], True, HEADING_SHAPE))
            in_refs = vocab.is_reference_heading(ln.text)
            continue
        if not blocks:
            blocks.append(Block([ln], False, START_OF_TEXT))
            continue
        block = blocks[-1]
        prev = lines[i - 1]
        gap = breaks.Gap(
            prev,
            ln,
            widths[i],
            lay,
            block.heading,
            in_refs,
            len(block.lines),
            fixes,
            p,
            prev_ends_url,
            block.lines[0],
            block.why,
            tuple(lines[i + 1 : i + 1 + p.ahead_lines]),
            blocks[-2].lines[-1] if len(blocks) > 1 else None,
        )
        starts, why = breaks.is_break(gap, rules)
        if starts:
            blocks.append(Block([ln], False, why))
        else:
            block.lines.append(ln)
            block.heading = False  # a line merged into a heading (corrections) makes it text
    return blocks


def continues_url(prev: Line, ln: Line, p: CleanParams) -> bool:
    """``ln`` is the rest of a URL that ``prev`` breaks off (``urls.goes_on``)."""
    return urls.goes_on(last_word(prev.text), ln.text, p, apart=ln.blank_before > 0)
