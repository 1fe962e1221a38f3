"""Heading levels and ids.

Each heading is given the level of the first rule in ``LEVEL_RULES`` that knows it:
numbering gives levels outright (``1`` > ``1.1`` > ``1.1.1``; ``IV.`` > ``A.``); a
well-known name (``Acknowledgements``) is level 1; a family of counted siblings
(``Part 1``, ``Session 2``, ``3) ...``) sits one below the heading that introduces it; a
heading right under another heading goes one deeper, as does one the section before it
announced (``... two sections: (i) Remote sensing observations ...``). A heading no rule
knows keeps the level of the section it follows.

To teach galley a new numbering (``§ 3``, ``Art. 12``), add a rule to ``LEVEL_RULES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from galley.model import Block, slugify
from galley.params import StructureParams
from galley.structure.headings import ROMAN, family, fold, is_known, numbering, strip_number

_DOTTED = re.compile(r"\d+(?:\.\d+)+")
_DIGITS = re.compile(r"\d+")
_ROMAN_NUMBER = re.compile(r"[IVX]+")
_LETTER_NUMBER = re.compile(r"[A-H]")


@dataclass
class Walk:
    """What the walk over the blocks remembers from one heading to the next."""

    p: StructureParams
    level: int = 1  # the level of the section we are in
    prev: Block | None = None  # the block before this one
    in_roman: bool = False  # under an "IV. RESULTS" heading, "A. Data" is its subsection
    families: dict[str, int] = field(default_factory=dict)  # counted family -> its parent's level
    last_heading: Block | None = None  # the heading whose section we are in
    under: list[str] = field(default_factory=list)  # the texts of the blocks under it
    ids: set[str] = field(default_factory=set)
    last_n: dict[str, int] = field(default_factory=dict)  # id base -> its last number


class Seen:
    """A heading as the level rules see it: its number and family, and whether the section
    before it announced it (asked once, when a rule or the walk needs it)."""

    def __init__(self, block: Block, w: Walk) -> None:
        self.block, self.text = block, block.text
        self.number = numbering(block.text)
        self.family = family(block.text)
        self._walk_under, self._p = w.under, w.p

    @cached_property
    def announced(self) -> bool:
        return _announced(self.text, self._walk_under, self._p)


LevelRule = Callable[[Seen, Walk], int | None]


def dotted(h: Seen, w: Walk) -> int | None:
    """``2.1.3 Cleaning`` -> 3: one level per number."""
    num = h.number
    if num and "." in num.strip(".") and _DOTTED.fullmatch(num):
        return min(w.p.max_heading_level, num.count(".") + 1)
    return None


def top_number(h: Seen, w: Walk) -> int | None:
    """``2 Method`` -> 1 (``Session 2`` is a family, not a top section)."""
    return 1 if h.number and _DIGITS.fullmatch(h.number) and not h.family else None


def roman(h: Seen, w: Walk) -> int | None:
    """``IV. RESULTS`` -> 1, and the letters after it are its subsections."""
    if h.number and _ROMAN_NUMBER.fullmatch(h.number) and ROMAN.match(h.text):
        w.in_roman = True
        return 1
    return None


def letter_under_roman(h: Seen, w: Walk) -> int | None:
    """``A. Data`` under ``II. METHODS`` -> 2."""
    return 2 if h.number and _LETTER_NUMBER.fullmatch(h.number) and w.in_roman else None


def known_name(h: Seen, w: Walk) -> int | None:
    """``Acknowledgements`` -> 1, wherever it comes."""
    return 1 if is_known(h.text, w.p) else None


def counted_sibling(h: Seen, w: Walk) -> int | None:
    """``Part 0: Introductory Background``, ``Part 1: ...`` -> one below the heading that
    introduces the family, each of them."""
    fam = h.family
    if not fam:
        return None
    if fam not in w.families:
        w.families = {k: v for k, v in w.families.items() if v < w.level} | {fam: w.level}
    return min(w.p.max_heading_level, w.families[fam] + 1)


def under_heading(h: Seen, w: Walk) -> int | None:
    """``Features`` / ``General instructional design``: a heading right under a heading."""
    if w.prev is not None and w.prev.kind == "heading":
        return min(w.p.max_heading_level, w.prev.level + 1)
    return None


def announced(h: Seen, w: Walk) -> int | None:
    """``... in two distinct sections: (i) Remote Sensing observations from satellites and
    (ii) Ground-based observations ...``: the section named its parts, one deeper."""
    if w.last_heading is not None and h.announced:
        return min(w.p.max_heading_level, w.last_heading.level + 1)
    return None


LEVEL_RULES: list[LevelRule] = [
    dotted,
    top_number,
    roman,
    letter_under_roman,
    known_name,
    counted_sibling,
    under_heading,
    announced,
]


def assign_levels(blocks: list[Block], p: StructureParams) -> None:
    """Give every heading a level (see the module docstring) and a unique id."""
    w = Walk(p)
    for b in blocks:
        if b.kind == "heading":
            _heading(b, w)
        else:
            if w.last_heading is not None:
                w.under.append(b.text)
        w.prev = b


def _heading(b: Block, w: Walk) -> None:
    h = Seen(b, w)
    b.level = _level(h, w)
    if not h.family:
        # A family ends where a heading outside it comes at its parent's level or above.
        w.families = {k: v for k, v in w.families.items() if v < b.level}
    w.level = b.level
    b.ident = b.ident or _ident(b.text, w)
    last = w.last_heading
    if last is None or b.level <= last.level or not h.announced:
        # A subsection the section announced keeps it open: its later parts are looked for
        # in the same text.
        w.last_heading, w.under = b, []


def _level(h: Seen, w: Walk) -> int:
    """The level of the first rule that knows the heading, else the section's level."""
    for rule in LEVEL_RULES:
        level = rule(h, w)
        if level is not None:
            return level
    return w.level


def _announced(heading: str, under: list[str], p: StructureParams) -> bool:
    """The heading's words (``announced_min_words`` or more) appear in the text of the
    section before it (its first ``announced_reach`` characters or so, folded)."""
    key = fold(strip_number(heading)[1])
    words = key.split()
    if len(words) < p.announced_min_words:
        return False
    # Each word must be in the text at all before it is looked for as a word of the folded
    # text: most headings' words are not, and folding a section's text is the costly part.
    plain = " ".join(under).casefold()
    if not all(word in plain for word in words):
        return False
    folded = ""
    for text in under:
        if len(folded) >= p.announced_reach:
            break
        folded += " " + fold(text)
    return f" {key} " in f" {folded} "


def _ident(text: str, w: Walk) -> str:
    """``slugify(text, ids)``, but a base seen before resumes from its last number: the
    numbers below it are taken already (ids only grow), so the id is the same, and a paper
    with a thousand ``Example`` headings is not quadratic."""
    base = slugify(text, set())
    n = w.last_n.get(base, 1)
    ident = base if n == 1 else f"{base}-{n}"
    while ident in w.ids:
        n += 1
        ident = f"{base}-{n}"
    w.ids.add(ident)
    w.last_n[base] = n
    return ident
