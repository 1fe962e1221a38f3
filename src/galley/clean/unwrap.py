"""Paragraph and line-break decisions: which line ends are wraps and which end a block.

The evidence is the lines' geometry, measured per document and per region (the seed's
abstract column is narrower than its body):
- the *rhythm* of blank lines (pdfminer separates boxes with one; a double-spaced
  manuscript puts one after every line, so there a blank line says nothing);
- the *fit test*: if the next line's first word would have fitted at the end of this line,
  the typesetter did not wrap here, so this line ended its block;
- sentence-final punctuation, extra trailing spaces, indentation, list markers;
- heading shape: short, unpunctuated, capitalised, after a closed line.
Headings are split off before any joining.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from galley.read import Line

_SENTENCE_END = re.compile(r"[.!?:;]['\"’”)\]]*$")
_LIST_MARKER = re.compile(r"^(?:[•●○◦▪■‣∙·*–—-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])(?:\s|$)")
_BARE_MARKER = re.compile(r"^(?:[•●○◦▪■‣∙·*–—-]|\(?\d{1,3}[.)]|\(?[a-z][.)])$")
_NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-H]\.)\s+\S")
# A window of lines around a line gives its region's measure.
WINDOW = 12


@dataclass(frozen=True)
class Layout:
    """Per-document line-break style, measured from the lines themselves."""

    double_spaced: bool  # every line followed by a blank line
    blank_separates: bool  # blank lines mark block boundaries (pdfminer, poppler)
    base_trailing: int  # the usual number of trailing spaces on a wrapped line


def measure(lines: Sequence[Line]) -> Layout:
    if not lines:
        return Layout(False, False, 0)
    with_blank = sum(1 for ln in lines[1:] if ln.blank_before >= 1)
    share = with_blank / max(1, len(lines) - 1)
    trailing = sorted(ln.trailing for ln in lines)
    return Layout(
        double_spaced=share > 0.6,
        blank_separates=0.02 < share <= 0.6,
        base_trailing=trailing[len(trailing) // 2],
    )


def region_widths(lines: Sequence[Line], bounds: Sequence[int] = ()) -> list[int]:
    """For each line, the measure of its region: the second-longest raw length among the
    lines around it (the longest alone may be an outlier such as a URL). A window never
    reaches across a region bound (a heading), so a narrow abstract keeps its own measure."""
    lengths = [ln.raw_length for ln in lines]
    edges = sorted({0, len(lines), *bounds})
    out: list[int] = []
    for lo, hi in zip(edges, edges[1:]):
        for i in range(lo, hi):
            window = sorted(lengths[max(lo, i - WINDOW) : min(hi, i + WINDOW + 1)], reverse=True)
            out.append(window[1] if len(window) > 1 else window[0])
    return out


def first_word(text: str) -> str:
    return text.split(" ", 1)[0]


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def is_list_start(text: str) -> bool:
    return bool(_LIST_MARKER.match(text))


def is_bare_marker(text: str) -> bool:
    return bool(_BARE_MARKER.match(text))


def looks_like_heading(ln: Line, width: int) -> bool:
    """Short, unpunctuated, capitalised or numbered: ``Introduction``, ``2.1 Data sources``."""
    t = ln.text
    words = t.split()
    if not words or len(words) > 12 or len(t) > max(20, 0.7 * width):
        return False
    if t.endswith((".", ",", ";", "-", "‐")) and not _NUMBERED_HEADING.match(t + " x"):
        return False
    if _NUMBERED_HEADING.match(t):
        return sum(c.isalpha() for c in t) >= 3 and not t.endswith((",", ";"))
    first = words[0]
    if not (first[0].isupper() or first[0].isdigit()):
        return False
    if t.endswith(("?", "!", ":")) and len(words) > 6:
        return False
    # Title case or capitals: most long words start with a capital.
    long_words = [w for w in words if len(w) > 3]
    caps = sum(1 for w in long_words if w[0].isupper())
    return len(words) <= 4 or caps >= 0.5 * len(long_words)


def is_numbered_heading(text: str) -> bool:
    return _NUMBERED_HEADING.match(text) is not None


def fits(prev: Line, cur: Line, width: int) -> bool:
    """Would ``cur``'s first word have fitted at the end of ``prev``? Then ``prev`` ended."""
    return prev.raw_length + 1 + len(first_word(cur.text)) <= width


def closed(prev: Line, cur: Line, width: int) -> bool:
    """``prev`` ended its block (a sentence end with room to spare, or a short line)."""
    if prev.text.endswith(("-", "‐", ",")):
        return False
    short = prev.raw_length < 0.6 * width
    return short or (ends_sentence(prev.text) and fits(prev, cur, width))


def is_break(prev: Line, cur: Line, width: int, layout: Layout, prev_heading: bool) -> tuple[bool, str]:
    """Does a block boundary fall between ``prev`` and ``cur``? Returns the reason too."""
    if prev_heading:
        return True, "after a heading"
    if cur.page_start and not prev.text.endswith(("-", "‐")) and ends_sentence(prev.text) and cur.text[:1].isupper():
        return True, "sentence ends at a page break"
    if is_bare_marker(prev.text):
        return False, "list marker joins its item"
    if is_list_start(cur.text) and (ends_sentence(prev.text) or prev.text.endswith(":") or is_list_start(prev.text) or closed(prev, cur, width)):
        return True, "list item starts"
    if layout.blank_separates and cur.blank_before >= 1 and not prev.text.endswith(("-", "‐")):
        return True, "blank line between boxes"
    if layout.double_spaced and cur.blank_before >= 2 and ends_sentence(prev.text):
        return True, "wider gap after a sentence end"
    if ends_sentence(prev.text) and prev.trailing > layout.base_trailing and layout.base_trailing >= 0 and prev.trailing >= 2:
        return True, "extra trailing space after a sentence end"
    if ends_sentence(prev.text) and fits(prev, cur, width) and cur.text[:1].isupper():
        return True, "sentence end on a short line (the next word would have fitted)"
    if ends_sentence(prev.text) and cur.indent > prev.indent + 1 and cur.text[:1].isupper():
        return True, "indented first line after a sentence end"
    return False, "wrapped line"
