"""Heading levels and ids.

Each heading is given the level of the first rule in ``LEVEL_RULES`` that knows it:
numbering gives levels outright (``1`` > ``1.1`` > ``1.1.1``; ``IV.`` > ``A.``); a
well-known name (``Acknowledgements``) is level 1; a family of counted siblings
(``Part 1``, ``Session 2``, ``3) ...``) sits one below the heading that introduces it; a
heading right under another heading goes one deeper, as does one an open section announced
(``... two sections: (i) Remote sensing observations ...``), and a heading after such parts
that none announced is at their section's level. In layout-mode text,
whose blank lines are the page's space, a heading set off by a blank line is top level
and one set tight on its text a subsection, where the paper's well-known top headings
show that style. A heading no rule knows keeps the level of the section it follows.

To teach galley a new numbering (``§ 3``, ``Art. 12``), add a rule to ``LEVEL_RULES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from galley import vocab
from galley.model import Block, Unit, slugify
from galley.params import StructureParams
from galley.structure.headings import (
    ROMAN,
    family,
    fold,
    is_caption,
    is_known,
    name_key,
    numbering,
    strip_number,
)

_DOTTED = re.compile(r"\d+(?:\.\d+)+")
_DIGITS = re.compile(r"\d+")
_ROMAN_NUMBER = re.compile(r"[IVX]+")
_LETTER_NUMBER = re.compile(r"[A-H]")
# The paper's front and back matter: abstracts, keywords, references, notes.
_FRONT_OR_BACK = (
    vocab.all_of(vocab.ABSTRACT) | vocab.all_of(vocab.KEYWORDS) | vocab.all_of(vocab.REFERENCES)
) | vocab.all_of(vocab.BACK_MATTER)
_FRONT_OR_BACK_RX = re.compile(rf"^(?:{vocab.alternation(_FRONT_OR_BACK)})(?=$|:|\s*[—–-]\s)")


def _front_or_back(text: str) -> bool:
    """``Resumo``, ``Abstract``, ``Palavras-chave``, ``REFERÊNCIAS``, ``Notas``: the paper's
    front or back matter, whatever its case."""
    return _FRONT_OR_BACK_RX.match(name_key(text)) is not None


@dataclass
class Section:
    """An open section: its heading, and the texts of the blocks under it as far as a
    heading is looked for in them (``announced_reach`` characters of folded text: no
    further; folding shortens a text, so twice as many raw characters hold them all)."""

    heading: Block
    texts: list[str] = field(default_factory=list)
    chars: int = 0

    def add(self, text: str, reach: int) -> None:
        room = 2 * reach - self.chars
        if room > 0:
            self.texts.append(text[:room])  # (one long block is cut: it is looked in again and again)
            self.chars += min(len(text), room) + 1


@dataclass
class Walk:
    """What the walk over the blocks remembers from one heading to the next."""

    p: StructureParams
    level: int = 1  # the level of the section we are in
    prev: Block | None = None  # the block before this one
    in_roman: bool = False  # under an "IV. RESULTS" heading, "A. Data" is its subsection
    families: dict[str, int] = field(default_factory=dict)  # counted family -> its parent's level
    # The sections we are in, outermost first: where a heading's parts are looked for, and
    # its later parts too.
    open: list[Section] = field(default_factory=list)
    announcer_level: int = 0  # the last heading was a part a section at this level announced (0: not)
    ids: set[str] = field(default_factory=set)
    last_n: dict[str, int] = field(default_factory=dict)  # id base -> its last number
    capitals_top: bool = False  # the paper sets its top sections in capitals (``MÉTODO``)
    in_capitals: bool = False  # ... and a section in capitals is open
    numbered: int = 0  # the level of the last numbered heading (0: none yet)
    # Layout-mode text whose top headings are set off by a blank line: each heading's first
    # raw line -> whether one sets it off (``space_after``; empty when that says nothing).
    space: dict[int, bool] = field(default_factory=dict)


class Seen:
    """A heading as the level rules see it: its number and family, and which open section
    announced it (asked once, when a rule or the walk needs it)."""

    def __init__(self, block: Block, w: Walk) -> None:
        self.block, self.text = block, block.text
        self.number = numbering(block.text)
        self.family = family(block.text)
        self._open, self._p = w.open, w.p
        self.part_of = 0  # the level of the section that announced it, when that gave its level

    @cached_property
    def announcer(self) -> int | None:
        """The index in ``Walk.open`` of the innermost section whose text announced the
        heading; None for none."""
        for k in range(len(self._open) - 1, -1, -1):
            if _announced(self.text, self._open[k].texts, self._p):
                return k
        return None


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
    """``Acknowledgements`` -> 1, wherever it comes (even set tight on its text: an
    extractor's blank lines are not always the page's space)."""
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
    (ii) Ground-based observations ...``: the section named its parts, one deeper (the
    innermost open section that did: ``Observations``, itself a part its section
    announced)."""
    k = h.announcer
    if k is None:
        return None
    h.part_of = w.open[k].heading.level
    return min(w.p.max_heading_level, h.part_of + 1)


def after_announced(h: Seen, w: Walk) -> int | None:
    """A heading no rule knows after a part its section announced is none of that
    section's parts (it named them all): ``Observations`` announced ``Remote sensing
    observations ...`` and ``Ground-based observations ...``; ``Model forecasts`` after them
    is at ``Observations``' level."""
    return w.announcer_level or None


def front_or_back(h: Seen, w: Walk) -> int | None:
    """``Resumo``, ``Abstract``, ``Palavras-chave``, ``REFERÊNCIAS``, ``Notas``: the paper's
    front and back matter is top level, whatever its case and wherever it comes."""
    return 1 if _front_or_back(h.text) else None


def among_references(h: Seen, w: Walk) -> int | None:
    """``REFERÊNCIAS - Livros:`` ... / ``Teses e Dissertações:`` ... / ``Legislação:``: a
    heading right after a reference entry parts a list sorted by kind; its groups are
    siblings, at the level of the heading before."""
    if w.prev is not None and w.prev.kind == "reference" and w.open:
        return w.open[-1].heading.level
    return None


def in_capitals(h: Seen, w: Walk) -> int | None:
    """A paper whose top sections are set in capitals (``INTRODUÇÃO``, ``MÉTODO``,
    ``PRESENTATION AND DISCUSSION OF RESULTS``): a heading in capitals is level 1, one in
    mixed case inside such a section is level 2 (``Development and application of
    scales``, even a well-known ``Discussion``)."""
    if not w.capitals_top or h.number:
        return None
    if _capitals(h.text):
        w.in_capitals = True
        return 1
    return 2 if w.in_capitals else None


def spaced_top(h: Seen, w: Walk) -> int | None:
    """Layout-mode text: ``Teaching materials`` with a blank line under it, set like the
    paper's ``Summary`` and ``References``, is a top section (``Slides``, set tight on its
    text, is not: ``tight_below``)."""
    return 1 if w.space.get(h.block.source[0]) else None


def tight_below(h: Seen, w: Walk) -> int | None:
    """Layout-mode text: ``Slides`` set tight on its text, where the top sections have a
    blank line under them, is a subsection (one deeper when the rules before it say so:
    right under a heading, announced, counted)."""
    return 2 if w.space.get(h.block.source[0]) is False else None


def unnumbered_under_numbered(h: Seen, w: Walk) -> int | None:
    """An unnumbered heading inside a numbered section (``2.1 Área de estudo`` /
    ``Coleta de dados``) is one of its parts, one deeper; a well-known name
    (``Considerações finais``, ``Referências``) is not (``known_name`` answers first)."""
    if h.number or not w.numbered:
        return None
    return min(w.p.max_heading_level, w.numbered + 1)


LEVEL_RULES: list[LevelRule] = [
    dotted,
    top_number,
    roman,
    letter_under_roman,
    front_or_back,
    among_references,
    in_capitals,
    known_name,
    spaced_top,
    counted_sibling,
    unnumbered_under_numbered,
    under_heading,
    announced,
    tight_below,
    after_announced,
]


def assign_levels(blocks: list[Block], p: StructureParams, space: dict[int, bool] | None = None) -> None:
    """Give every heading a level (see the module docstring) and a unique id. ``space``:
    ``space_after`` of the paper's units (layout-mode text)."""
    headings = [b for b in blocks if b.kind == "heading"]
    w = Walk(p, capitals_top=capitals_top([b.text for b in headings], p))
    w.space = spacing_tells(headings, space or {}, p)
    for b in blocks:
        if b.kind == "heading":
            _heading(b, w)
        else:
            for section in w.open:
                section.add(b.text, p.announced_reach)
        w.prev = b


def _heading(b: Block, w: Walk) -> None:
    h = Seen(b, w)
    b.level = _level(h, w)
    if not h.family:
        # A family ends where a heading outside it comes at its parent's level or above.
        w.families = {k: v for k, v in w.families.items() if v < b.level}
    w.level = b.level
    if h.number and _DIGITS.match(h.number) and not h.family:
        w.numbered = b.level
    elif b.level == 1 and not h.number:
        w.numbered = 0  # a top-level unnumbered section (References) ends the numbered part
    b.ident = b.ident or _ident(b.text, w)
    w.announcer_level = h.part_of
    # The heading closes the sections at its level or below it, and opens its own.
    w.open = [*(x for x in w.open if x.heading.level < b.level), Section(b)]


def _level(h: Seen, w: Walk) -> int:
    """The level of the first rule that knows the heading, else the section's level."""
    for rule in LEVEL_RULES:
        level = rule(h, w)
        if level is not None:
            return level
    return w.level


def space_after(units: list[Unit], p: StructureParams) -> dict[int, bool]:
    """Layout-mode text: for each unit of a heading's lines (``heading_max_lines``), by its
    first raw line, whether a blank line parts it from the prose under it on its page (a
    list, a figure or a caption under it may stand further off, whatever the heading)."""
    out: dict[int, bool] = {}
    for u, nxt in zip(units, units[1:], strict=False):
        if len(u.lines) > p.heading_max_lines or u.turns or nxt.space_before is None or nxt.page != u.page:
            continue
        if _prose_opening(nxt.text):
            out[u.first_line] = nxt.space_before > 0
    return out


def _prose_opening(text: str) -> bool:
    """The text opens a sentence of prose: a capital (no list's bullet or number), no caption."""
    return text[:1].isupper() and not is_caption(text)


def spacing_tells(headings: list[Block], space: dict[int, bool], p: StructureParams) -> dict[int, bool]:
    """``space`` when the space under the headings tells their levels, else nothing: the
    headings are set two ways, some with a blank line under them and some without; the
    paper's well-known top headings (``Summary``, ``Acknowledgements``, ``References``)
    with one, ``spaced_known_min`` of them at least and ``spaced_known_share`` of those
    the text tells (a subsection may bear a well-known name: ``Experience of use in
    teaching and learning situations``); no numbered section (numbers tell the levels; a
    counted family, ``1) Penguin Species Classification``, does not); a section of the body
    among those set off (not only ``Abstract`` and ``References``)."""
    if not space or any(numbering(b.text) and not family(b.text) for b in headings):
        return {}
    told = [(b, space[b.source[0]]) for b in headings if b.source[0] in space]
    known = [s for b, s in told if is_known(b.text, p) or _front_or_back(b.text)]
    if sum(known) < max(p.spaced_known_min, p.spaced_known_share * len(known)) or all(s for _, s in told):
        return {}
    if not any(s and not _front_or_back(b.text) for b, s in told):
        return {}  # only the front and back matter set off: their style, not the top sections'
    return space


def capitals_top(headings: list[str], p: StructureParams) -> bool:
    """Does the paper set its top sections in capitals? At least
    ``capitals_top_min`` unnumbered headings in capitals besides its front and back matter,
    and headings in mixed case besides them too; no numbered sections (their numbers
    tell the levels)."""
    if any(numbering(t) for t in headings):
        return False
    body = [t for t in headings if not _front_or_back(t)]
    caps = sum(1 for t in body if _capitals(t))
    return caps >= p.capitals_top_min and caps < len(body)


def _capitals(text: str) -> bool:
    """``MÉTODO``, ``ANÁLISE DOS RESULTADOS E DISCUSSÃO``: every letter (at least
    ``heading_min_letters`` of them) in capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _announced(heading: str, under: list[str], p: StructureParams) -> bool:
    """The heading's words (``announced_min_words`` or more) appear in the text ``under`` a
    section's heading (its first ``announced_reach`` characters or so, folded); a shorter
    heading's, as an item the text enumerates (``... three main chapters: (i) observations
    (satellite- and ground-based), (ii) ...`` / ``Observations``)."""
    key = fold(strip_number(heading)[1])
    words = key.split()
    if not words:
        return False
    # Each word must be in the text at all before it is looked for as a word of the folded
    # text: most headings' words are not, and folding a section's text is the costly part.
    plain = " ".join(under).casefold()
    if not all(word in plain for word in words):
        return False
    if len(words) < p.announced_min_words:
        item = re.compile(rf"\((?:[ivx]{{1,4}}|\d{{1,2}})\)\s+{re.escape(key)}\b")  # ``(ii) observations``
        return item.search(plain[: p.announced_reach]) is not None
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
