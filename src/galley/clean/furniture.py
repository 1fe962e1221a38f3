"""Page furniture: running heads and footers, page numbers.

Furniture is found by *repetition*: a line is furniture only if the same line (digits and
case ignored) comes back on other pages. A line that appears once is text. Every removed
line is returned as a ``Removed`` record for the build report.
"""

from __future__ import annotations

import re
from collections import defaultdict

from galley.model import Removed
from galley.read import Line

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–—]?\s*(\d{1,4}|[ivxlcdm]{1,6})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
# How far from a page edge a running head or footer may sit (non-blank lines).
EDGE = 4


def key(text: str) -> str:
    """The form under which running heads compare: case-folded, numbers masked."""
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def _pages(lines: list[Line]) -> dict[int, list[int]]:
    pages: dict[int, list[int]] = defaultdict(list)
    for i, ln in enumerate(lines):
        pages[ln.page].append(i)
    return pages


def _edge_positions(lines: list[Line]) -> set[int]:
    edge: set[int] = set()
    for idx in _pages(lines).values():
        edge.update(idx[:EDGE])
        edge.update(idx[-EDGE:])
    return edge


def repeated_lines(lines: list[Line]) -> dict[int, str]:
    """Running heads/footers: the same line (numbers masked) at a page edge on 2+ pages.

    Without form feeds (pypdf), a line of 20+ characters that recurs 2+ times, far apart,
    is furniture: ``Rising et al. (2024). A practical guide ... 7 (75), 90.`` on every page.
    """
    paged = len({ln.page for ln in lines}) > 1
    edge = _edge_positions(lines) if paged else set(range(len(lines)))
    where: dict[str, list[int]] = defaultdict(list)
    for i in edge:
        if not is_page_number(lines[i].text):
            where[key(lines[i].text)].append(i)
    out: dict[int, str] = {}
    for k, idx in where.items():
        idx.sort()
        if paged:
            pages = {lines[i].page for i in idx}
            if len(pages) >= 2 and len(k) >= 3:
                why = f"repeats at the page edge on {len(pages)} pages"  # one string for all its lines
                out.update((i, why) for i in idx)
        elif len(idx) >= 2 and len(k) >= 20 and idx[-1] - idx[0] >= 15 and _has_letters(k):
            why = f"repeats {len(idx)} times, far apart"
            out.update((i, why) for i in idx)
    return out


def _has_letters(k: str) -> bool:
    return sum(c.isalpha() for c in k) >= 10


def page_numbers(lines: list[Line], furniture: set[int]) -> dict[int, str]:
    """Bare page numbers: ``12``, ``Page 3``, ``- 4 -``, ``iv`` at a page edge or next to
    other furniture. A number in the middle of prose stays."""
    paged = len({ln.page for ln in lines}) > 1
    edge = _edge_positions(lines) if paged else set()
    out: dict[int, str] = {}
    for i, ln in enumerate(lines):
        if not is_page_number(ln.text) or (ln.text.isalpha() and ln.text.lower() in {"i", "v", "x", "mix", "dim"}):
            continue
        near = any(j in furniture for j in (i - 2, i - 1, i + 1, i + 2))
        if i in edge and paged:
            out[i] = "bare page number at a page edge"
        elif near:
            out[i] = "bare page number beside a running head or footer"
    return out


def companions(lines: list[Line], furniture: set[int]) -> dict[int, str]:
    """Short pieces of a footer that the extractor put on lines of their own, found because
    every occurrence sits beside removed furniture: pypdf's ``jose.00239.`` after
    ``... https://doi.org/10.21105/`` on every page. A line that appears once is text."""
    where: dict[str, list[int]] = defaultdict(list)
    for i in range(len(lines)):
        if i not in furniture and len(lines[i].text) <= 40:
            where[key(lines[i].text)].append(i)
    out: dict[int, str] = {}
    for idx in where.values():
        if len(idx) >= 2 and all(any(j in furniture for j in (i - 2, i - 1, i + 1, i + 2)) for i in idx):
            why = f"repeats {len(idx)} times, always beside a running head or footer"
            out.update((i, why) for i in idx)
    return out


def find_furniture(lines: list[Line]) -> list[Removed]:
    rep = repeated_lines(lines)
    rep.update(companions(lines, set(rep)))
    pnum = page_numbers(lines, set(rep))
    removed = {**rep, **pnum}
    return [
        Removed(lines[i].number, lines[i].text, "page-number" if i in pnum else "running-head", why)
        for i, why in sorted(removed.items())
    ]
