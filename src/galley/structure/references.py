"""The reference list: one block per entry, links, and in-text citations tied to entries.

Extractors hand the list over as runs of lines that rarely match the entries: two entries
joined (``... https://cdh.carpentries.org Gonzalez, I., Huang, D., ...``), one entry cut at
a page break (``Zenodo. https://doi.org/10.5281/zenodo.14360351`` alone). So the section's
units are re-split at their *lines*:
- numbered lists (``[12] ...``, ``12. ...``) split at the next expected number;
- author-year lists (APA, Chicago) split where a line opens with a name (``Carleton, T.``,
  ``R Core Team.``) after a line that finished an entry, and only once the entry so far
  has its year (a wrapped author list also opens lines with names).
Each entry gets an ident (``ref-carleton-2016``) so citations can link to it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from galley.model import Block, Inline, Unit

_NUMBERED = re.compile(r"^(?:\[(\d{1,3})\]|(\d{1,3})\.(?=\s+\S)|\((\d{1,3})\))\s*")
# A year (``2016``, ``2016a``) or ``n.d.`` standing as a word: the entry so far has its
# year. It opens on the class ``[12n]`` (then checks the word boundary before it and what it
# consumed) so that the engine skips ahead to those characters: an entry is scanned to its
# year at each line that opens with a name.
_HAS_YEAR = re.compile(r"[12n](?<!\w.)(?:(?<=1)[89]\d\d[a-z]?\b|(?<=2)0\d\d[a-z]?\b|(?<=n)\.d\.)")
# "Carleton, T. A." / "Hsiang, Solomon" / "van der Burg, S." / "R Core Team. (2022)" / "The Carpentries. (2023)"
_NAME_START = re.compile(
    r"^(?:(?:van|von|de|der|den|da|del|di|du|la|le|dos|De|Van|Von|Di|Da|Le|La)\s+)*"
    r"[A-ZÀ-ÖØ-Þ][\w'’\-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’\-]*){0,2},(?:\s+(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)|$)"
)
# What _NAME_START can open on: a capital, or the first letter of a lower-case particle.
_NAME_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞvdl")
_ORG_START = re.compile(r"^\w[\w&'’.,:\- ]{1,120}?\.\s+\((?:(?:1[89]|20)\d\d[a-z]?|n\.d\.)\)")
_FINISHED = re.compile(r"(?:[.?!)\]]|https?://\S+|\b10\.\d{4,}/\S+)$")
# ``https://...`` or a bare DOI ``10.1038/x``. Both alternatives open on the class ``[h1]``
# (then check what they consumed): the regex engine skips ahead to those characters instead
# of trying an alternation at every position of every entry (three times faster).
_URL = re.compile(
    r"[h1](?:(?<=h)ttps?://[^\s<>\"]+[^\s<>\".,;:)\]]|(?<=1)(?<![\w/]1)0\.\d{4,9}/[^\s<>\"]+[^\s<>\".,;:)\]])"
)


def looks_like_entry(text: str) -> bool:
    """``Darling, A. E., DeMaere, M. Z., ... (2019). Data for ...``: opens with a name or
    an organisation and gives a year in parentheses early on."""
    t = text.strip()
    if not (_NAME_START.match(t) or _ORG_START.match(t)):
        return False
    return bool(re.search(r"\((?:1[89]\d\d|20\d\d)[a-z]?\)|\(n\.d\.\)", t[:400]))


@dataclass
class Entry:
    text: str
    first_line: int
    last_line: int
    number: str = ""
    year: bool = False  # ``_HAS_YEAR`` found in ``text``
    seen: int = 0  # how much of ``text`` that answer covers


# Longer than anything ``_HAS_YEAR`` matches: ``2016a``, ``n.d.``.
_YEAR_SPAN = 8


def _has_year(e: Entry) -> bool:
    """``_HAS_YEAR.search(e.text)``, searching only what was added since the last
    question (and a year's width before it, which a year glued across the join may start
    in): a long entry is not rescanned at each of its lines. Text added after a space keeps
    a year found; a glued join resets the answer (``...2016`` + ``abc`` holds no year)."""
    if not e.year and e.seen < len(e.text):
        e.year = _HAS_YEAR.search(e.text, max(0, e.seen - _YEAR_SPAN)) is not None
        e.seen = len(e.text)
    return e.year


@dataclass
class _Piece:
    text: str
    line: int
    starts: bool = False  # a unit's first line (the cleaner saw a break here)
    cut: list[int] = field(default_factory=list)


def _line_offsets(u: Unit) -> list[tuple[int, int]]:
    """Where each of the unit's source lines starts in its joined text, as (offset, line)."""
    return [(off, u.line_number(k)) for k, off in enumerate(u.offsets)]


def _finished(text: str) -> bool:
    """``_FINISHED.search(text.rstrip())``: what it finds ends the text and holds no
    space, so the text after the last space is all it needs to see."""
    text = text.rstrip()
    return _FINISHED.search(text, text.rfind(" ") + 1) is not None


def split_entries(units: list[Unit]) -> list[Entry]:
    """Re-split the reference section's units into entries (see the module docstring)."""
    # (the line's share of its unit's text, its line, first of its unit, glued to the line before)
    lines: list[tuple[str, int, bool, bool]] = []
    for u in units:
        offs = _line_offsets(u)
        for k, (pos, line_no) in enumerate(offs):
            end = offs[k + 1][0] if k + 1 < len(offs) else len(u.text)
            piece = u.text[pos:end].strip()
            if piece:
                # The cleaner joined a hyphen or a URL across this line end: no space here.
                glued = k > 0 and pos > 0 and not u.text[pos - 1].isspace()
                lines.append((piece, line_no, k == 0, glued))
    if not lines:
        return []
    # Numbered when the list opens with a number and about half its units do.
    numbered = bool(_NUMBERED.match(lines[0][0])) and sum(1 for t, *_ in lines if _NUMBERED.match(t)) >= max(
        1, len(units) // 2
    )
    entries: list[Entry] = []
    expect = 0
    for text, line_no, unit_start, glued in lines:
        new = not entries
        number = ""
        if glued and entries:
            new = False
        elif numbered:
            m = _NUMBERED.match(text)
            if m:
                n = int(next(g for g in m.groups() if g))
                if not entries or n == expect + 1:
                    new, expect, number = True, n, str(n)
        elif entries and (text[0] in _NAME_FIRST and _NAME_START.match(text) or "(" in text and _ORG_START.match(text)):
            # A line opening with a name starts an entry when the one so far has its year
            # and finished its sentence (or the cleaner saw a break here). The entry so far
            # is searched only then: a long entry is not rescanned at each of its lines.
            prev = entries[-1]
            new = _has_year(prev) and (unit_start or _finished(prev.text))
        if new:
            if numbered and number:
                text = text[_NUMBERED.match(text).end() :]  # type: ignore[union-attr]
            entries.append(Entry(text, line_no, line_no, number))
        else:
            e = entries[-1]
            e.text += ("" if glued else " ") + text
            e.last_line = line_no
            if glued:
                e.year, e.seen = False, 0
    return entries


_SURNAME = re.compile(r"^(?:(?:van|von|de|der|den|da|del|di|du|la|le|dos)\s+)*([A-ZÀ-ÖØ-Þ][\w'’\-]+)", re.I)


# ``\b(1[89]\d\d|20\d\d)[a-z]?\b``, opening on the class ``[12]`` (then checking the word
# boundary before it and the digit after it) so that the engine skips ahead to those digits.
_KEY_YEAR = re.compile(r"([12](?<!\w.)(?:(?<=1)[89]|(?<=2)0)\d\d)[a-z]?\b")


@functools.lru_cache(maxsize=1024)  # asked again of every entry when citations are linked
def entry_key(text: str) -> tuple[str, str]:
    """(first author's surname, year) of an entry: ``Carleton, T. A., & Hsiang, S. M.
    (2016). Social and economic...`` -> (``carleton``, ``2016``)."""
    m = _SURNAME.match(text)
    y = _KEY_YEAR.search(text)
    return (m.group(1).lower() if m else "", y.group(1) if y else "")


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _ident(key: tuple[str, str], taken: set[str]) -> str:
    base = "ref-" + (_NOT_SLUG.sub("-", f"{key[0]}-{key[1]}".lower()).strip("-") or "entry")
    ident, n = base, 1
    while ident in taken:
        n += 1
        ident = f"{base}-{chr(96 + n)}"
    taken.add(ident)
    return ident


def _links(text: str) -> list[re.Match[str]]:
    """``_URL.finditer(text)``: each match opens on "http" or "10.", so the pattern is tried
    only where ``str.find`` puts one (in order, none inside the link before), not scanned
    over the whole entry (a reference holds many "1"s: years, pages, volumes)."""
    out = []
    last = 0
    h, d = text.find("http"), text.find("10.")
    while h >= 0 or d >= 0:
        if d < 0 or 0 <= h < d:
            p, h = h, text.find("http", h + 1)
        else:
            p, d = d, text.find("10.", d + 1)
        if p >= last:
            m = _URL.match(text, p)  # (its look-behinds see the text before p)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


def link_runs(text: str) -> list[Inline] | None:
    """DOIs and URLs in a text become link runs (``10.1038/x`` -> https://doi.org/10.1038/x);
    None when there is nothing to link."""
    if "http" not in text and "10." not in text:
        return None  # (each link holds one or the other)
    runs: list[Inline] = []
    last = 0
    for m in _links(text):
        url = m.group(0)
        href = url if url.startswith("http") else "https://doi.org/" + url
        if m.start() > last:
            runs.append(Inline(text[last : m.start()]))
        runs.append(Inline(url, kind="link", url=href))
        last = m.end()
    if not runs:
        return None
    if last < len(text):
        runs.append(Inline(text[last:]))
    return runs


def _single_spaced(text: str) -> str:
    """``" ".join(text.split())``. An entry is joined from stripped lines, so it is mostly
    that already: printable (no whitespace but the ASCII space, every other whitespace
    character is non-printable), no double space, none at its ends. Told without splitting
    it into its words."""
    if "  " not in text and text[:1] != " " and text[-1:] != " " and text.isprintable():
        return text
    return " ".join(text.split())


def to_blocks(units: list[Unit]) -> list[Block]:
    """The reference section's units -> one ``reference`` block per entry, with ids and links."""
    taken: set[str] = set()
    out = []
    for e in split_entries(units):
        text = _single_spaced(e.text)
        b = Block("reference", text, number=e.number, source=(e.first_line, e.last_line))
        b.ident = _ident(entry_key(text) if not e.number else (e.number, ""), taken)
        b.inlines = link_runs(text)
        out.append(b)
    return out


# -- in-text citations ------------------------------------------------------------------

_PAREN = re.compile(r"\(([^()]{3,200}?\b(?:1[89]\d\d|20\d\d)[a-z]?)\)")
# ``Carleton and Hsiang (2016)``. The name opens on its capital (the word boundary before it
# is checked after: ``(?<!\w.)``) so the engine skips ahead to capitals.
_NARRATIVE = re.compile(
    r"([A-ZÀ-ÖØ-Þ](?<!\w.)[\w'’\-]+)(?:\s+et al\.|\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+)?\s+\((1[89]\d\d|20\d\d)[a-z]?\)"
)
# What every ``_NARRATIVE`` match ends with: `` (2016)``; most paragraphs hold none.
_NARRATIVE_YEAR = re.compile(r"\((?<=\s\()(?:1[89]\d\d|20\d\d)[a-z]?\)")
_YEAR_CLOSE = re.compile(r"(?:1[89]|20)\d\d[a-z]?\)")
_BRACKET = re.compile(r"\[(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\]")
_RANGE_SEP = re.compile(r"\s*[-–,]\s*")
_CITE = re.compile(
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]+)(?:\s+et al\.?|\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+)?,?\s+((?:1[89]\d\d|20\d\d)[a-z]?)"
)


def _year_closed(text: str) -> bool:
    """``_YEAR_CLOSE.search(text)``, looked for just before each ")" (a match ends on one
    and is six characters at most): a paragraph holds few parentheses, often none."""
    p = text.find(")")
    while p >= 0:
        if _YEAR_CLOSE.search(text, max(0, p - 5), p + 1):
            return True
        p = text.find(")", p + 1)
    return False


def link_citations(blocks: list[Block]) -> int:
    """Link in-text citations to their entries where exactly one entry fits:
    ``(Carleton & Hsiang, 2016)`` -> #ref-carleton-2016; ``[12]`` -> the 12th entry.
    Returns how many citations were linked."""
    refs = [b for b in blocks if b.kind == "reference"]
    if not refs:
        return 0
    by_key: dict[tuple[str, str], list[Block]] = {}
    by_number: dict[str, Block] = {}
    for b in refs:
        by_key.setdefault(entry_key(b.text), []).append(b)
        if b.number:
            by_number[b.number] = b
    linked = 0
    for b in blocks:
        if b.kind not in ("paragraph", "list_item", "quote", "caption") or b.inlines is not None:
            continue
        text = b.text
        spans: list[tuple[int, int, str]] = []
        if by_number and "[" in text:
            for m in _BRACKET.finditer(text):
                first = _RANGE_SEP.split(m.group(1))[0]
                if first in by_number:
                    spans.append((m.start(1), m.end(1), by_number[first].ident))
        # Both need a year closed by a parenthesis: "(2016)", "Hsiang, 2016)".
        if _year_closed(text):
            for m in _PAREN.finditer(text):
                # Each "Name, 2016" inside the parentheses on its own.
                base = m.start(1)
                for c in _CITE.finditer(m.group(1)):
                    target = _unique(by_key, c.group(1), c.group(2))
                    if target:
                        spans.append((base + c.start(), base + c.end(), target))
            for m in _NARRATIVE.finditer(text) if _NARRATIVE_YEAR.search(text) else ():
                target = _unique(by_key, m.group(1), m.group(2))
                if target:
                    spans.append((m.start(), m.end(), target))
        if not spans:
            continue
        spans.sort()
        runs: list[Inline] = []
        last = 0
        for s, e, target in spans:
            if s < last:
                continue
            if s > last:
                runs.append(Inline(b.text[last:s]))
            runs.append(Inline(b.text[s:e], kind="link", url="#" + target))
            last = e
            linked += 1
        if last < len(b.text):
            runs.append(Inline(b.text[last:]))
        b.inlines = runs
    return linked


def _unique(by_key: dict[tuple[str, str], list[Block]], name: str, year: str) -> str:
    """The one entry by ``name`` in ``year``; ``2016a``/``2016b`` pick among that author's
    entries of the year in list order (the order the letters were given in)."""
    hits = by_key.get((name.lower(), year[:4]), [])
    if year[-1:].isalpha() and len(hits) > 1:
        k = ord(year[-1]) - ord("a")
        return hits[k].ident if 0 <= k < len(hits) else ""
    return hits[0].ident if len(hits) == 1 else ""
