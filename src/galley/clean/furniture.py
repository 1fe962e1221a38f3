"""Page furniture: running heads and footers, page numbers, removed and always reported.

Furniture is found by *repetition*: a line is furniture only if the same line (digits and
case ignored, see :func:`key`) comes back on other pages. A line that appears once is text.

``find_furniture`` runs ``RULES`` in order; each rule sees the lines found by the rules
before it (a page number is found *beside* a running head) and returns the new ones with
its reason. Every removed line becomes a ``Removed`` record for the build report. A new
furniture rule (by page-edge position in layout mode, by a journal's footer shape) is a
function ``(lines, evidence, found) -> {position: why}`` placed in ``RULES``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from galley import vocab
from galley.model import Line, Removed
from galley.params import CleanParams

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–—]?\s*(\d{1,4}|[ivxlcdm]{1,6})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_ROMAN_LOOKALIKES = vocab.all_of(vocab.ROMAN_LOOKALIKES)


def key(text: str) -> str:
    """The form under which running heads compare: case-folded, spaces single, numbers
    masked (``Journal of X, 7 (76), 239`` and ``JOURNAL OF X, 7 (76), 240`` are one key)."""
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def is_page_number(text: str) -> bool:
    """A bare page number: ``12``, ``Page 3``, ``- 4 -``, ``iv``, ``3 of 12``."""
    return _PAGE_NUMBER.match(text.strip()) is not None


class Evidence:
    """What the rules ask of the lines: whether there are page breaks, the lines at a page
    edge (found once), and each line's ``key`` (found when first asked)."""

    def __init__(self, lines: list[Line], p: CleanParams) -> None:
        self.lines = lines
        self.p = p
        self.paged = lines[0].page != lines[-1].page if lines else False
        self.edge = page_edges(lines, p.edge_lines) if self.paged else set()
        self._keys: dict[int, str] = {}

    def key(self, i: int) -> str:
        if i not in self._keys:
            self._keys[i] = key(self.lines[i].text)
        return self._keys[i]

    def is_page_number(self, i: int) -> bool:
        return is_page_number(self.lines[i].text)

    def beside(self, i: int, found: dict[int, str]) -> bool:
        """Line ``i`` is within ``beside_lines`` of another line in ``found``."""
        d = self.p.beside_lines
        return any(j in found for j in range(i - d, i + d + 1) if j != i)

    def around(self, found: dict[int, str]) -> set[int]:
        """The lines within ``beside_lines`` of a line in ``found``, not in it."""
        d = self.p.beside_lines
        near = {j for f in found for j in range(f - d, f + d + 1) if 0 <= j < len(self.lines)}
        return near - found.keys()


def page_edges(lines: list[Line], depth: int) -> set[int]:
    """The positions of the first and last ``depth`` lines of every page."""
    starts = [i for i in range(1, len(lines)) if lines[i].page != lines[i - 1].page]
    edge: set[int] = set()
    for lo, hi in zip([0, *starts], [*starts, len(lines)], strict=True):
        edge.update(range(lo, min(hi, lo + depth)))
        edge.update(range(max(lo, hi - depth), hi))
    return edge


FurnitureRule = Callable[[list[Line], Evidence, dict[int, str]], dict[int, str]]


def running_heads(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """Running heads and footers: the same line (numbers masked) at a page edge on two
    pages or more (``JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION`` atop every page).

    Without page breaks (pypdf), a long line that recurs, far apart, is furniture:
    ``Rising et al. (2024). A practical guide ... 7 (75), 90.`` at every page's foot."""
    p = ev.p
    if ev.paged:
        candidates = sorted(ev.edge)
    else:  # only a long line can count (a key is no longer than its line, but for İ and the like)
        candidates = [i for i, ln in enumerate(lines) if len(ln.text) >= p.unpaged_min_chars or not ln.text.isascii()]
    where: dict[str, list[int]] = defaultdict(list)
    for i in candidates:
        if not ev.is_page_number(i):
            where[ev.key(i)].append(i)
    out: dict[int, str] = {}
    for k, idx in where.items():
        if ev.paged:
            pages = {lines[i].page for i in idx}
            if len(pages) >= p.min_repeats and len(k) >= p.min_head_chars:
                out.update((i, f"repeats at the page edge on {len(pages)} pages") for i in idx)
        elif (
            len(idx) >= p.min_repeats
            and len(k) >= p.unpaged_min_chars
            and idx[-1] - idx[0] >= p.unpaged_min_spread
            and sum(c.isalpha() for c in k) >= p.unpaged_min_letters
        ):
            out.update((i, f"repeats {len(idx)} times, far apart") for i in idx)
    return out


def companions(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """Short pieces of a footer that the extractor put on lines of their own, found because
    every occurrence sits beside removed furniture: pypdf's ``jose.00239.`` after
    ``... https://doi.org/10.21105/`` on every page. A line that appears once, or also
    away from the furniture, is text."""
    p = ev.p
    beside = ev.around(found)
    near: dict[str, list[int]] = defaultdict(list)
    for i in sorted(beside):
        if len(lines[i].text) <= p.companion_max_chars:
            near[ev.key(i)].append(i)
    candidates = {k: idx for k, idx in near.items() if len(idx) >= p.min_repeats}
    if candidates:  # a candidate that also occurs away from the furniture is text
        for i, ln in enumerate(lines):
            if i not in beside and i not in found and len(ln.text) <= p.companion_max_chars:
                candidates.pop(ev.key(i), None)
    out: dict[int, str] = {}
    for idx in candidates.values():
        out.update((i, f"repeats {len(idx)} times, always beside a running head or footer") for i in idx)
    return out


def page_numbers(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """Bare page numbers: ``12``, ``Page 3``, ``- 4 -``, ``iv`` at a page edge or beside
    other furniture. A number in the middle of prose stays (``2019``), and so does a word
    that only looks like a roman numeral (``mix``: ``vocab.ROMAN_LOOKALIKES``)."""
    out: dict[int, str] = {}
    for i in sorted(ev.edge | ev.around(found) | found.keys()):
        text = lines[i].text
        if not ev.is_page_number(i) or (text.isalpha() and text.lower() in _ROMAN_LOOKALIKES):
            continue
        if i in ev.edge:
            out[i] = "bare page number at a page edge"
        elif ev.beside(i, found):
            out[i] = "bare page number beside a running head or footer"
    return out


# (kind of furniture, rule): a later rule's finding replaces an earlier one's.
RULES: list[tuple[str, FurnitureRule]] = [
    ("running-head", running_heads),
    ("running-head", companions),
    ("page-number", page_numbers),
]


def find_furniture(lines: list[Line], p: CleanParams | None = None) -> list[Removed]:
    """The furniture among ``lines``, in line order, each with its kind and reason."""
    ev = Evidence(lines, p or CleanParams())
    found: dict[int, str] = {}
    kinds: dict[int, str] = {}
    for kind, rule in RULES:
        for i, why in rule(lines, ev, found).items():
            found[i] = why
            kinds[i] = kind
    return [Removed(lines[i].number, lines[i].text, kinds[i], why) for i, why in sorted(found.items())]
