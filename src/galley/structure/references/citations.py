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
from galley.structure.references.links import NO_NOTES

_BRACKET = re.compile(r"\[(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\]")
# ``(1,4-6)``, ``(3, 5)``: numbers alone in parentheses.
# Not glued to what comes before: ``2023;31(3):e310`` is a journal issue.
_PAREN_NUMBERS = re.compile(r"(?<![\w)\]])\((\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\)")
# A value right before a group in brackets: the group is its interval (``2,75 (1,21 - 6,26)``).
_AFTER_VALUE = re.compile(r"(?:\d%?|=)\s*$")
# ``trabalho.9 ``, ``racemates,2 ``, ``humano.4,5``: a superscript read as a plain number
# after a word (three letters or more, in lower case) and its punctuation.
_AFTER_PUNCTUATION = re.compile(r"(?<=[a-zß-ÿ]{3}[.,;:])(\d{1,3}(?:[-–,]\d{1,3})*)(?=\s|$)")
# ``Rodrigues & Gasparini19 afirmam``, ``Winnicott16-21``, ``Rodrigues et al.19``: the same
# glued to a surname, or its ``et al.`` (``Vieira-da-Silva9``: the surname's last part).
_GLUED = re.compile(
    r"(?<![^\W\d_])(?P<name>[^\W\d_]{2,})(?:\s+et\s+al\.?)?(?P<group>(?P<first>\d{1,3})(?:[-–,]\d{1,3})*)"
    r"(?=[\s.,;:)\]”’?/]|$)"
)
_SUPERSCRIPTS = re.compile(r"(?<=\w|[.,;:)])([¹²³⁰⁴-⁹]+(?:[⁻,][¹²³⁰⁴-⁹]+)*)")
# Where a Vancouver entry's authors end: the first full stop after their initials, an
# organisation's name or its country, before a word (``Rodrigues AL, Gasparini ACLF. Uma
# perspectiva``, ``World Health Organization. Report``, ``Ministério da Saúde (BR).``; not
# inside ``Silva, J. A. Title``).
_AUTHORS_END = re.compile(
    r"(?:(?<=\s[A-Z])|(?<=\s[A-Z]{2})|(?<=\s[A-Z]{3})|(?<=\s[A-Z]{4})|(?<=[^\W\d_]{3})|(?<=\)))"
    r"\.\s(?=[^\W\d_]{2})"
)
# A unit a superscript raises to a power: ``km²``, ``cm³``, ``m/s²``.
_UNIT = re.compile(r"(?<![^\W\d_])(?:[kcdmµμn]?m|ft|in|mi|s)$")
_NUMBER = re.compile(r"\d{1,3}|[¹²³⁰⁴-⁹]{1,3}")
_PLAIN = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# ``(Carleton & Hsiang, 2016; Wilson et al., 2017)``: a parenthesis that ends on a year.
_PAREN = re.compile(r"\(([^()]{3,1000}?(?:\b(?:1[89]\d\d|20\d\d)[a-z]?|\bn\.d\.))\)")
# ... its citations (split at ";"), their years and the capitalised words that name them.
_PIECE = re.compile(r"[^;]+")
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)[a-z]?\b|\bn\.d\.")
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’\-]+")
# ... and each ``Name, 2016`` inside it.
_CITE = re.compile(
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]+)(?:\s+et al\.?|\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+)?,?\s+((?:1[89]\d\d|20\d\d)[a-z]?)"
)
# ``Carleton and Hsiang (2016)``, ``Wilson et al. (2017)``.
_NARRATIVE = re.compile(
    r"\b([A-ZÀ-ÖØ-Þ][\w'’\-]+)(?:\s+et al\.|\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+)?\s+\((1[89]\d\d|20\d\d)[a-z]?\)"
)
_YEAR_CLOSE = re.compile(r"(?:(?:1[89]|20)\d\d[a-z]?|n\.d\.)\)")
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
        hits = self.by_key.get((name.lower(), "" if year == "n.d." else year[:4]), [])
        if year[-1:].isalpha() and year[-1:] != "." and len(hits) > 1:
            k = ord(year[-1]) - ord("a")
            return hits[k].ident if 0 <= k < len(hits) else ""
        return hits[0].ident if len(hits) == 1 else ""


def numbered(c: Cited, entries: Entries) -> list[Span]:
    """``[12]``, ``[3-5]``, ``[2, 7]``, and with a numbered list ``(1,4-6)``, ``(3, 5)``:
    each number of the group links to its entry (a range's ends to theirs: the entries
    between have no word of their own to carry a link). A group with a number the list
    does not have (``(2019)``, ``(n = 114)``), nor is the interval after a value (``RP =
    2,75 (1,21 - 6,26)``, ``0,5 [0,26-0,94]``)."""
    text = c.text
    if not entries.by_number or not ("[" in text or "(" in text):
        return []
    out: list[Span] = []
    for rx in (_BRACKET, _PAREN_NUMBERS):
        for m in rx.finditer(text):
            if not _AFTER_VALUE.search(text, max(0, m.start() - 12), m.start()):
                out += _group(m, 1, entries)
    return out


def superscript(c: Cited, entries: Entries) -> list[Span]:
    """Superscript numbers as extractors give them with a numbered list: after a word and
    its punctuation (``do trabalho.9``, ``racemates,2``), or as superscript digits
    (``diabetes³``, ``¹⁻³``), but for a unit's power (``8.5 million km²``). A number glued
    to a word without punctuation (``ketones3``, ``NH4NO3``: formulas look the same) is a
    citation only after a surname its first entry names (``Rodrigues & Gasparini19
    afirmam``: entry 19 is "Rodrigues AL, Gasparini ACLF. Uma perspectiva ...")."""
    text = c.text
    if not entries.by_number:
        return []
    out: list[Span] = []
    for m in _AFTER_PUNCTUATION.finditer(text):
        out += _group(m, 1, entries)
    for m in _SUPERSCRIPTS.finditer(text):
        if not _UNIT.search(text, max(0, m.start() - 4), m.start()):
            out += _group(m, 1, entries)
    for m in _GLUED.finditer(text):
        first = entries.by_number.get(m["first"])
        if m["name"][0].isupper() and first is not None and _names(first.text, m["name"]):
            out += _group(m, "group", entries)
    return out


def _names(entry: str, surname: str) -> bool:
    """Does the entry's author part (``_AUTHORS_END``) name ``surname``, in any case
    (``Dalbello-Araújo M`` names ``Araújo``; ``RODRIGUES AL``, ``Rodrigues``)?"""
    authors = _AUTHORS_END.split(entry, maxsplit=1)[0]
    return re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", authors, re.IGNORECASE) is not None


def _group(m: re.Match[str], g: int | str, entries: Entries) -> list[Span]:
    """The link spans of a citation group (``1,4-6``): one per number, when every number
    is an entry's."""
    spans = [
        (m.start(g) + n.start(), m.start(g) + n.end(), n.group(0).translate(_PLAIN))
        for n in _NUMBER.finditer(m.group(g))
    ]
    if not spans or any(num not in entries.by_number for _, _, num in spans):
        return []
    return [(a, b, entries.by_number[num].ident) for a, b, num in spans]


def parenthetical(c: Cited, entries: Entries) -> list[Span]:
    """``(Carleton & Hsiang, 2016; Wilson et al., 2017a, 2017b)``: each citation of the
    group on its own, found by the year and the capitalised words before it, the first of
    which names an entry that year (``Martin Sudmanns & Blaschke, 2020`` is the entry of
    "Martin Sudmanns, S. L., ... (2020)"; ``Executable Books Community, 2021``; ``Procida,
    n.d.``)."""
    if not c.closes_on_a_year:
        return []
    out: list[Span] = []
    for m in _PAREN.finditer(c.text):
        base = m.start(1)
        for piece in _PIECE.finditer(m.group(1)):
            out += _piece(piece.group(0), base + piece.start(), entries)
    return out


def _piece(text: str, at: int, entries: Entries) -> list[Span]:
    """The links of one citation of a group (``Economo et al., 2018a, 2018b``)."""
    years = list(_YEAR.finditer(text))
    if not years:
        return []
    names = list(_CAPITALISED.finditer(text, 0, years[0].start()))
    out: list[Span] = []
    for k, y in enumerate(years):
        target = next((t for n in names if (t := entries.unique(n.group(0), y.group(0)))), "")
        if target:
            start = names[0].start() if k == 0 and names else y.start()
            out.append((at + start, at + y.end(), target))
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
FINDERS: list[Finder] = [numbered, superscript, parenthetical, narrative]


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
            runs.append(Inline(b.text[last:start], note=NO_NOTES))
        runs.append(Inline(b.text[start:end], kind="link", url="#" + target, note=NO_NOTES))
        last = end
        linked += 1
    if last < len(b.text):
        runs.append(Inline(b.text[last:], note=NO_NOTES))
    b.inlines = runs
    return linked
