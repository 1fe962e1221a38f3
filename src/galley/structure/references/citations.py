"""In-text citations linked to their reference entries.

Each finder in ``FINDERS`` returns the citation spans it sees in a text with the entry
each points to; a span is linked only where exactly one entry fits. A new citation form
(a citation group ``[3-5, 8]`` linked whole, ``Smith (2020, p. 4)``) is a new finder.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from galley.model import Block, Inline
from galley.structure.references.entries import entry_key

_BRACKET = re.compile(r"\[(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\]")
_RANGE_SEP = re.compile(r"\s*[-–,]\s*")
# ``(Carleton & Hsiang, 2016; Wilson et al., 2017)``: a parenthesis that ends on a year.
_PAREN = re.compile(r"\(([^()]{3,200}?\b(?:1[89]\d\d|20\d\d)[a-z]?)\)")
# ... and each ``Name, 2016`` inside it.
_CITE = re.compile(
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]+)(?:\s+et al\.?|\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+)?,?\s+((?:1[89]\d\d|20\d\d)[a-z]?)"
)
# ``Carleton and Hsiang (2016)``, ``Wilson et al. (2017)``.
_NARRATIVE = re.compile(
    r"\b([A-ZÀ-ÖØ-Þ][\w'’\-]+)(?:\s+et al\.|\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+)?\s+\((1[89]\d\d|20\d\d)[a-z]?\)"
)
_YEAR_CLOSE = re.compile(r"(?:1[89]|20)\d\d[a-z]?\)")
_YEAR_IN_PARENTHESES = re.compile(r"\((?:1[89]\d\d|20\d\d)[a-z]?\)")
_CITING_KINDS = ("paragraph", "list_item", "quote", "caption")

Span = tuple[int, int, str]  # start, end, the entry's id


class Cited:
    """A block's text as the finders see it, with what several of them ask (once)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def closes_on_a_year(self) -> bool:
        """``2016)``: how every author-year citation ends; most paragraphs hold none (and
        many no ")" at all, the cheaper question)."""
        return ")" in self.text and _YEAR_CLOSE.search(self.text) is not None


@dataclass
class Entries:
    """The reference entries, looked up by (surname, year) and by number."""

    by_key: dict[tuple[str, str], list[Block]] = field(default_factory=dict)
    by_number: dict[str, Block] = field(default_factory=dict)

    def unique(self, name: str, year: str) -> str:
        """The id of the one entry by ``name`` in ``year``; ``2016a``/``2016b`` pick among
        that author's entries of the year in list order (the order the letters were given
        in); "" when none or several fit."""
        hits = self.by_key.get((name.lower(), year[:4]), [])
        if year[-1:].isalpha() and len(hits) > 1:
            k = ord(year[-1]) - ord("a")
            return hits[k].ident if 0 <= k < len(hits) else ""
        return hits[0].ident if len(hits) == 1 else ""


def numbered(c: Cited, entries: Entries) -> list[Span]:
    """``[12]``, ``[3-5]``, ``[2, 7]`` -> the entry of the first number."""
    text = c.text
    if not entries.by_number or "[" not in text:
        return []
    out = []
    for m in _BRACKET.finditer(text):
        first = _RANGE_SEP.split(m.group(1))[0]
        if first in entries.by_number:
            out.append((m.start(1), m.end(1), entries.by_number[first].ident))
    return out


def parenthetical(c: Cited, entries: Entries) -> list[Span]:
    """``(Carleton & Hsiang, 2016)``: each ``Name, year`` inside the parentheses on its own."""
    if not c.closes_on_a_year:
        return []
    out = []
    for m in _PAREN.finditer(c.text):
        base = m.start(1)
        for cite in _CITE.finditer(m.group(1)):
            target = entries.unique(cite.group(1), cite.group(2))
            if target:
                out.append((base + cite.start(), base + cite.end(), target))
    return out


def narrative(c: Cited, entries: Entries) -> list[Span]:
    """``Carleton and Hsiang (2016)``, ``Wilson et al. (2017)``: the names and the year."""
    if not c.closes_on_a_year or not _YEAR_IN_PARENTHESES.search(c.text):
        return []  # each ends on "(2016)"
    out = []
    for m in _NARRATIVE.finditer(c.text):
        target = entries.unique(m.group(1), m.group(2))
        if target:
            out.append((m.start(), m.end(), target))
    return out


Finder = Callable[[Cited, Entries], list[Span]]
FINDERS: list[Finder] = [numbered, parenthetical, narrative]


def link_citations(blocks: list[Block]) -> int:
    """Link in-text citations to their entries where exactly one entry fits:
    ``(Carleton & Hsiang, 2016)`` -> #ref-carleton-2016; ``[12]`` -> the 12th entry. The
    words never change: a citation becomes a link run over the same text. Returns how many
    citations were linked."""
    entries = Entries()
    for b in blocks:
        if b.kind == "reference":
            entries.by_key.setdefault(entry_key(b.text), []).append(b)
            if b.number:
                entries.by_number[b.number] = b
    if not entries.by_key:
        return 0
    linked = 0
    for b in blocks:
        if b.kind in _CITING_KINDS and b.inlines is None:
            cited = Cited(b.text)
            spans = [span for find in FINDERS for span in find(cited, entries)]
            if spans:
                linked += _link(b, spans)
    return linked


def _link(b: Block, spans: list[Span]) -> int:
    """Cut the block's text into text and link runs at the spans (an overlapping span
    loses to the one that starts first)."""
    runs: list[Inline] = []
    last = linked = 0
    for start, end, target in sorted(spans):
        if start < last:
            continue
        if start > last:
            runs.append(Inline(b.text[last:start]))
        runs.append(Inline(b.text[start:end], kind="link", url="#" + target))
        last = end
        linked += 1
    if last < len(b.text):
        runs.append(Inline(b.text[last:]))
    b.inlines = runs
    return linked
