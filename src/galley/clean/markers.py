"""A list's bullets read after the text of their page, put back before their items.

pypdf reads a page in the order it was drawn, and a page set by WeasyPrint draws its
lists' bullets after all of its text: ``The tutorials follow a general progression of:`` /
``Loading time series data and performing basic`` / ``data transformations`` /
``Decomposing a time series into long-term trends`` / ... / ``checking for stu‐`` /
``•`` x 5 / ``6`` (the page number) / ``dent understanding, ...``. Left there, the
bullets cut the page's last word in two (``stu‐ •``), open items of nothing, and
``order.markers_read_first`` would hand them to the next page's lines.

The evidence: list bullets (``•``, ``◦``, ``▪``; never dashes, numbers or black and white
circles, which may be a table's) right at their page's end: after them comes a form feed,
the text's end, or a line removed as page furniture (a page number, a running head). And no
bullet of the text is read where it is printed (``_in_place``): an extractor that reads a
page's bullets last reads them all last. Each goes back before its item (``_page_items``)
where the page holds one list brought in by a colon (above the reference list, whose titles
hold many), or its last such list fills the page to its end with as many items as there are
bullets, or its lists between colons, each indented, have as many items together. Where it
does not (or the page holds nothing but bullets), the bullets tell nothing
more than that a list is there: they are removed and reported (rule ``list-marker``;
``galley explain`` lists them, a correction keeps them), and the items stay in the text as
they were read.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from galley.clean.headings import is_section_name, reference_heading_at
from galley.clean.shapes import CLOSERS, OPENERS, and_after_comma, closes_unopened, ends_abbreviation
from galley.model import Line, Removed, Repair
from galley.params import CleanParams

# A list's bullets at each level (WeasyPrint's disc, circle and square); a black or white
# circle or square alone (``●``, ``○``, ``■``) is as often a table's mark.
_LIST_BULLETS = "•◦▪"
# How an item before the last ends: a sentence's end, a semicolon, or a colon (an item
# that brings in a list of its own: ``This includes:``).
_ITEM_END = ".;:!?"

UNPLACED = (
    "a list's bullet read after its page's text; its item cannot be told, so the "
    "bullet goes and the item stays in the text"
)


class ReadLast(NamedTuple):
    """What ``markers_read_last`` found."""

    lines: list[Line]  # the lines, each bullet it placed before its item
    unplaced: list[Removed]  # the bullets it could not place (still in ``lines``)
    list_ends: frozenset[int]  # the lines that open the text after a list it rebuilt


def markers_read_last(lines: list[Line], edges: frozenset[int], repairs: list[Repair], p: CleanParams) -> ReadLast:
    """``lines`` with each run of bullets read at its page's end put back before its items
    (see the module); the bullets that could not be placed, as removed lines (the caller
    drops those no correction keeps); and where the text after each list rebuilt opens: the
    first line after its last item's first that runs past every line of the list (by more
    than ``list_measure_slack``), in a capital (``R tutorials follow the principles of
    “explicit teaching”``, 56 characters after items of 50 at most: the page's measure comes
    back after the items' indented one). ``edges``: the numbers of the lines removed as page
    furniture."""
    if not any(_is_bullet(ln.text) for ln in lines):
        return ReadLast(lines, [], frozenset())
    at_edge = sorted(edges)
    if _in_place(lines, at_edge):
        return ReadLast(lines, [], frozenset())
    before: dict[int, Line] = {}  # line index -> the bullet that goes before it
    ends: set[int] = set()
    placed: set[int] = set()
    unplaced: list[Removed] = []
    # A reference list holds no list, and its titles many a colon (``WeibullR:`` / ``Weibull
    # analysis for reliability engineering``).
    refs = reference_heading_at(lines)
    for start, i, j in _runs_at_page_end(lines, at_edge):
        starts = _page_items(lines[start : min(i, max(start, refs))], j - i, p)
        if starts is None:
            unplaced.extend(Removed(ln.number, ln.text, "list-marker", UNPLACED) for ln in lines[i:j])
            continue
        for t, marker in zip(starts, lines[i:j], strict=True):
            before[start + t] = replace(marker, blank_before=max(1, marker.blank_before))
        after = _after_list(lines[start:i], starts, p)
        if after is not None:
            ends.add(lines[start + after].number)
        placed.update(range(i, j))
        why = f"{j - i} list bullets read after their page's text: each goes back before its item"
        repairs.append(Repair("reading-order", lines[start].number, lines[j - 1].number, "", "", why))
    if not placed:
        return ReadLast(lines, unplaced, frozenset())
    out: list[Line] = []
    for t, ln in enumerate(lines):
        if t in placed:
            continue
        if t in before:
            out.append(before[t])
            ln = replace(ln, blank_before=0)  # (the bullet and its item: one box, as read)
        out.append(ln)
    return ReadLast(out, unplaced, frozenset(ends))


def _runs_at_page_end(lines: list[Line], edges: list[int]) -> Iterator[tuple[int, int, int]]:
    """Each run of bullets ``[i, j)`` at its page's end, with the index of the page's first
    line: ``(start, i, j)`` (``start == i``: a page of bullets alone, none of which can be
    placed)."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_bullet(lines[j].text):
            j += 1
        if j == i:
            i += 1
            continue
        if j == len(lines) or _page_edge(lines, j - 1, j, edges):
            start = i
            while start > 0 and not _page_edge(lines, start - 1, start, edges):
                start -= 1
            yield start, i, j
        i = j


def _in_place(lines: list[Line], edges: list[int]) -> bool:
    """Some bullet of the text was read where it is printed: opening its item's line
    (``• Loading time series ...``), or alone right before a line of its page that opens on
    a letter (pdfminer's box of bullets, then the items). An extractor that reads a page's
    bullets last reads them all last: where one is in place, a bullet at a page's foot is an
    item's the page broke after its bullet."""
    for i, ln in enumerate(lines):
        if ln.text[:1] not in _LIST_BULLETS:
            continue
        if ln.text[1:2] == " ":
            return True
        if len(ln.text) == 1 and i + 1 < len(lines) and lines[i + 1].text[:1].isalpha():
            if not _page_edge(lines, i, i + 1, edges):
                return True
    return False


def _is_bullet(text: str) -> bool:
    """A list's bullet alone on its line: ``•``, ``◦``, ``▪``."""
    return len(text) == 1 and text in _LIST_BULLETS


def _page_edge(lines: list[Line], a: int, b: int, edges: list[int]) -> bool:
    """A page ends between lines ``a`` and ``b``: a form feed, or furniture removed between them."""
    if lines[a].page != lines[b].page:
        return True
    k = bisect_right(edges, lines[a].number)
    return k < len(edges) and edges[k] < lines[b].number


def _page_items(page: list[Line], k: int, p: CleanParams) -> list[int] | None:
    """Where each of the ``k`` items of the page's list opens (offsets into ``page``), or
    None. The list is brought in by a colon (``... a general progression of:``); its first
    item opens right after that line, each next one at the first place after it where a
    line ends an item (``_ITEM_END``, not an abbreviation's stop) before a line opening on a
    letter or a digit (and closing no bracket it did not open: ``(2022))``), or where
    a short line (under ``list_end_share`` of the page's longest) ends no item before a
    capital (``data transformations`` / ``Decomposing a time series ...``: items that end on
    no stop), or where a short line ends on a comma or any line on a conjunction after a
    comma (``forecasting,`` / ``use relevant ...``, ``these data, and`` / ``assess ...``)
    before a line that opens as the first item does, in a capital or not (``Introduction:
    ..., and`` / ``recommends relevant literature.`` is one item). The places are taken in
    order: an item in lower case that wraps after ``, and`` before a line in lower case is
    cut there (the page's sentences after the list would take the bullets otherwise). A
    section's name (``Acknowledgements``) ends the list: the items must all come before
    it. Where the page holds one such colon, its list takes the bullets; where it holds
    several (a title's, a list's of its own), which list takes how many is told by the
    last list filling the page: exactly ``k`` items from its colon to the page's end (or a
    section's name); else by the lists between the colons (``_lists_between_colons``)."""
    leads = [t for t in range(len(page) - 1) if page[t].text.rstrip(CLOSERS).endswith(":") and _opens(page[t + 1].text)]
    if not leads or is_section_name(page[leads[-1] + 1].text):
        return None
    first = leads[-1] + 1
    places = _places(page, first, k if len(leads) > 1 else k - 1, p)
    if len(places) == k - 1:
        return [first, *places]
    return _lists_between_colons(page, k, leads, p) if len(leads) > 1 else None


def _lists_between_colons(page: list[Line], k: int, leads: list[int], p: CleanParams) -> list[int] | None:
    """Where the ``k`` items of several lists on the page open, each list brought in by its
    colon and none filling the page alone (jose.00239 set in A5, pypdf: ``... downloaded
    code to:`` / four items / ``With regards to specific ML content we cover:`` / three
    items / ``Teaching materials`` / ... / seven bullets). Each list before the last takes
    the items up to the next colon's line, all of its lines indented (shorter by more than
    ``list_measure_slack`` than the page's full line, ``list_full_share`` of its lines
    being at least that long: running text between two colons is no list); the last list
    takes the bullets left, as the one list of a page does. None unless every list has an
    item, and where the last list's last item is a heading (``_heading_after``)."""
    lengths = sorted(len(ln.text) for ln in page)
    full = lengths[int(p.list_full_share * (len(lengths) - 1))]
    starts: list[int] = []
    for lead, nxt in pairwise(leads):
        first = lead + 1
        if first >= nxt or any(len(ln.text) >= full - p.list_measure_slack for ln in page[first:nxt]):
            return None
        starts += [first, *_places(page[:nxt], first, k, p)]
    left = k - len(starts)
    first = leads[-1] + 1
    places = _places(page, first, left - 1, p) if left > 0 else []
    if left < 1 or len(places) != left - 1:
        return None
    last = [first, *places]
    if _heading_after(page, last, p):
        return None
    return [*starts, *last]


def _heading_after(page: list[Line], items: list[int], p: CleanParams) -> bool:
    """The list's last item is a line alone right before the text after the list, short
    and ending on no stop: the next section's heading (``Teaching materials`` / ``All of
    the teaching materials ...``), which the count of bullets took for an item where an
    item before it wraps unseen."""
    end = _after_list(page, items, p)
    line = page[items[-1]].text.rstrip(CLOSERS)
    short = _short(page, p)
    return end == items[-1] + 1 and line[-1:] not in _ITEM_END and len(line) < short


def _places(page: list[Line], first: int, most: int, p: CleanParams) -> list[int]:
    """Where the items after the one opening at ``first`` open (``_page_items``), up to
    ``most`` of them."""
    short = _short(page, p)
    capital = _capital(page[first].text)
    places: list[int] = []
    for t in range(first + 1, len(page)):
        end, text = page[t - 1].text.rstrip(CLOSERS), page[t].text
        if len(places) == most or is_section_name(text):
            break  # (a section's name ends the list: ``Acknowledgements`` opens no item)
        if not _opens(text) or closes_unopened(text) or ends_abbreviation(end):
            continue  # (``(Huber et al.`` / ``(2022))``: one item)
        if end[-1:] in _ITEM_END or (text[:1].isupper() and len(end) < short):
            places.append(t)
        elif _capital(text) == capital and ((end[-1:] == "," and len(end) < short) or and_after_comma(end)):
            places.append(t)  # (``forecasting,`` / ``use relevant ...``, ``these data, and`` / ``assess ...``)
    return places


def _short(page: list[Line], p: CleanParams) -> float:
    """Under this length a line is short (``list_end_share`` of the page's longest)."""
    return p.list_end_share * max(len(ln.text) for ln in page)


def _capital(text: str) -> bool:
    """The line opens in a capital, a quote or a bracket before it."""
    return text.lstrip(OPENERS)[:1].isupper()


def _after_list(page: list[Line], starts: list[int], p: CleanParams) -> int | None:
    """Where the text after the list opens (``markers_read_last``), or None."""
    measure = max(len(ln.text) for ln in page[starts[0] : starts[-1] + 1])
    for t in range(starts[-1] + 1, len(page)):
        if len(page[t].text) > measure + p.list_measure_slack:
            return t if page[t].text[:1].isupper() else None
        measure = max(measure, len(page[t].text))
    return None


def _opens(text: str) -> bool:
    """The line may open an item: on a letter or a digit (a quote or a bracket before it)."""
    return text.lstrip(OPENERS)[:1].isalnum()
