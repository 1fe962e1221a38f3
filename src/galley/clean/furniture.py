"""Page furniture: running heads and footers, page numbers.

Furniture is found by *repetition*: a line is furniture only if the same line (digits and
case ignored) comes back on other pages. A line that appears once is text. Every removed
line is returned as a ``Removed`` record for the build report.
"""

from __future__ import annotations

import re
from collections import defaultdict

from galley.model import Line, Removed

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–—]?\s*(\d{1,4}|[ivxlcdm]{1,6})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
# How far from a page edge a running head or footer may sit (non-blank lines).
EDGE = 4


# The longest bare page number with single spaces: ``page 1234 – of 1234``, ``page — mmmdcc``.
_PAGE_NUMBER_MAX = len("page — mmmdcc — of 1234")


# The ASCII characters a page number's line may end in: a digit, a dash, a roman numeral's
# letter, or a space that strip() takes off. (Past ASCII, ``ı`` and ``İ`` are ``i`` to re.I.)
_PAGE_NUMBER_ENDS = frozenset("0123456789-ivxlcdmIVXLCDM \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")


def key(text: str) -> str:
    """The form under which running heads compare: case-folded, numbers masked."""
    if "  " not in text and text.isprintable() and text == text.strip():
        # Nothing for split/join to fold (isprintable is False for tabs, line and
        # paragraph separators and every space but " "): skip them.
        return _DIGITS.sub("#", text.lower())
    return _DIGITS.sub("#", " ".join(text.lower().split()))


# What ``shadow`` drops of an ASCII line: digits, ``#`` and the characters str.split() splits at.
_SHADOW_DROP = b"0123456789# \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"


def shadow(text: str) -> bytes:
    """A cheap stand-in for ``key`` (a fifth of its cost on ASCII lines): the key without its
    number marks and spaces, so lines with one key have one shadow, and a line whose shadow
    no other line shares has a key no other line shares."""
    if text.isascii():
        # ASCII: bytes.lower() is str.lower(), ``\d`` is 0-9, and a byte table drops at C speed.
        return text.encode().lower().translate(None, _SHADOW_DROP)
    return "".join(key(text).split()).replace("#", "").encode("utf-8", "surrogatepass")


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def _edge_positions(lines: list[Line]) -> set[int]:
    """The first and last ``EDGE`` lines of every page (the lines are in page order)."""
    starts = [i for i in range(1, len(lines)) if lines[i].page != lines[i - 1].page]
    edge: set[int] = set()
    for lo, hi in zip([0, *starts], [*starts, len(lines)], strict=True):
        edge.update(range(lo, min(hi, lo + EDGE)))
        edge.update(range(max(lo, hi - EDGE), hi))
    return edge


class Scan:
    """What several rules ask of the lines, found once: whether there are page breaks, the
    lines at a page edge, the bare page numbers, and each line's ``key`` when first asked."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.paged = lines[0].page != lines[-1].page if lines else False
        self.edge = _edge_positions(lines) if self.paged else set()
        # The length test first: a line longer than any page number (and without the odd
        # whitespace that could stretch one) needs no pattern.
        # Before that, the last character: most lines end in one no page number ends in.
        self.numbers = {
            i
            for i, ln in enumerate(lines)
            if ((c := ln.text[-1:]) in _PAGE_NUMBER_ENDS or c > "\x7f")
            and (len(ln.text) <= _PAGE_NUMBER_MAX or not ln.text.isprintable() or "  " in ln.text)
            and is_page_number(ln.text)
        }
        self._keys: dict[int, str] = {}

    def key(self, i: int) -> str:
        k = self._keys.get(i)
        if k is None:
            k = self._keys[i] = key(self.lines[i].text)
        return k


def repeated_lines(lines: list[Line], scan: Scan) -> dict[int, str]:
    """Running heads/footers: the same line (numbers masked) at a page edge on 2+ pages.

    Without form feeds (pypdf), a line of 20+ characters that recurs 2+ times, far apart,
    is furniture: ``Rising et al. (2024). A practical guide ... 7 (75), 90.`` on every page.
    """
    paged = scan.paged
    # Without pages only a key of 20+ characters can count, and a key is never longer than
    # its line (but for ``İ``, which lower() makes two characters: not ASCII).
    edge = scan.edge if paged else [i for i, ln in enumerate(lines) if len(ln.text) >= 20 or not ln.text.isascii()]
    # A line repeats only with another of the same shadow: keys only for those (most
    # candidates are text, met once).
    shadows: dict[bytes, list[int]] = defaultdict(list)
    for i in edge:
        if i not in scan.numbers:
            shadows[shadow(lines[i].text)].append(i)
    where: dict[str, list[int]] = defaultdict(list)
    for group in shadows.values():
        if len(group) >= 2:
            for i in group:
                where[scan.key(i)].append(i)
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


def page_numbers(lines: list[Line], furniture: set[int], scan: Scan) -> dict[int, str]:
    """Bare page numbers: ``12``, ``Page 3``, ``- 4 -``, ``iv`` at a page edge or next to
    other furniture. A number in the middle of prose stays."""
    out: dict[int, str] = {}
    for i in sorted(scan.numbers):
        text = lines[i].text
        if text.isalpha() and text.lower() in {"i", "v", "x", "mix", "dim"}:
            continue
        near = any(j in furniture for j in (i - 2, i - 1, i + 1, i + 2))
        if i in scan.edge and scan.paged:
            out[i] = "bare page number at a page edge"
        elif near:
            out[i] = "bare page number beside a running head or footer"
    return out


def companions(lines: list[Line], furniture: set[int], scan: Scan) -> dict[int, str]:
    """Short pieces of a footer that the extractor put on lines of their own, found because
    every occurrence sits beside removed furniture: pypdf's ``jose.00239.`` after
    ``... https://doi.org/10.21105/`` on every page. A line that appears once is text."""
    beside = {j for f in furniture for j in (f - 2, f - 1, f + 1, f + 2)}
    near: dict[str, list[int]] = defaultdict(list)
    far: list[int] = []
    for i, ln in enumerate(lines):
        if len(ln.text) <= 40 and i not in furniture:
            if i in beside:
                near[scan.key(i)].append(i)
            else:
                far.append(i)
    candidates = {k: idx for k, idx in near.items() if len(idx) >= 2}
    # A candidate that also occurs away from the furniture is text. Only a far line whose
    # first character could start a candidate's key (a digit for ``#``) needs its key.
    firsts = {k[:1] for k in candidates}
    for i in far:
        if not candidates:
            break
        t = lines[i].text
        plain = t.isascii() and t.isprintable()  # then key(t) starts with t's own first character
        if not plain or ("#" if t[:1].isdecimal() else t[:1].lower()) in firsts:
            candidates.pop(scan.key(i), None)
    out: dict[int, str] = {}
    for idx in candidates.values():
        why = f"repeats {len(idx)} times, always beside a running head or footer"
        out.update((i, why) for i in idx)
    return out


def find_furniture(lines: list[Line]) -> list[Removed]:
    scan = Scan(lines)
    rep = repeated_lines(lines, scan)
    rep.update(companions(lines, set(rep), scan))
    pnum = page_numbers(lines, set(rep), scan)
    removed = {**rep, **pnum}
    return [
        Removed(lines[i].number, lines[i].text, "page-number" if i in pnum else "running-head", why)
        for i, why in sorted(removed.items())
    ]
