"""The reference list: one block per entry, links, and in-text citations tied to entries.

1. ``find_lists``: where the reference lists are (after a ``References`` heading in any
   language the vocabulary knows, or entry-shaped units closing the paper); before it,
   ``gather_entries`` moves entries read among the back matter after the list back to it;
2. ``entries``: the list's units re-split into entries at their lines (extractors join
   two entries or cut one at a page break);
3. ``links``: DOIs and URLs become links, in the entries and in the running text;
4. ``citations``: ``(Carleton & Hsiang, 2016)`` and ``[12]`` in the text link to their entry.

Numbered (Vancouver) lists split at their numbers; author-year lists (APA, Chicago) at a
line that opens with a name after an entry that has its year. A new list style is a new
``EntryStart`` in ``entries``; a new citation form a finder in ``citations.FINDERS``.
"""

from __future__ import annotations

import itertools
import re

from galley import vocab
from galley.model import Block, Unit
from galley.params import StructureParams
from galley.structure.blocks.shapes import is_short_line
from galley.structure.headings import is_known
from galley.structure.references.citations import link_citations
from galley.structure.references.entries import (
    authors_then_year,
    closes_entry,
    entry_key,
    looks_like_entry,
    numbered,
    opens_with_name,
    split_entries,
)
from galley.structure.references.links import link_runs, link_urls

__all__ = [
    "find_lists",
    "gather_entries",
    "link_citations",
    "link_urls",
    "looks_like_entry",
    "opens_with_name",
    "to_blocks",
]


def gather_entries(units: list[Unit], p: StructureParams) -> list[Unit]:
    """The units, the entries read after the reference list moved to its end. pdftotext
    reads a two-column page's boxes by height, so the back matter's two columns alternate:
    the list ends at ``Acknowledgements`` (a well-known heading) and its other entries come
    among the acknowledgement's lines (jose.00240, two columns: ``References`` / ``Bakker,
    M., ... (2016). ...`` / ``Doherty, J. (2015). ...`` / ``Acknowledgements`` /
    ``Freyberg, D. L. (1988). ...`` / ``The tutorials were originally developed ...`` /
    ``White, Jeremy T., ... (2016a). A`` / ``python framework ...`` / ``analysis. ...
    8.017``). Looked for after the last list of authors and years (a numbered list's
    entries are never read so) up to the paper's end, under well-known headings only (the
    back matter) and up to a sentence that introduces what follows (``The following
    studies were included ...:``): units that open with their authors, an initial among
    them, then the year in parentheses (``entries.authors_then_year``), and end as an
    entry does or go on in lower case in the units after them (``_entry_end``);
    ``gathered_min`` of them or more, else nothing moves (``However, Burke (2015) finds
    ...`` is a paragraph, whatever its shape)."""
    lists = find_lists(units, p)
    if not lists or lists[-1][1] >= len(units) or numbered(units[lists[-1][0] : lists[-1][1]], p):
        return units
    end = lists[-1][1]
    taken: list[int] = []
    k = end
    while k < len(units):
        u = units[k]
        if u.kind == "heading" or is_short_line(u, p):
            if not is_known(u.text, p):
                break  # the body goes on: no back matter
            k += 1
            continue
        if u.text.rstrip().endswith(":"):
            break  # what follows is introduced here, and is this section's
        last = _entry_end(units, k, p) if looks_like_entry(u.text, p) and authors_then_year(u.text) else None
        if last is None:
            k += 1
            continue
        taken += range(k, last + 1)
        k = last + 1
    if sum(looks_like_entry(units[k].text, p) for k in taken) < p.gathered_min:
        return units
    moved = set(taken)
    return [*units[:end], *(units[k] for k in taken), *(u for k, u in enumerate(units[end:], end) if k not in moved)]


def _entry_end(units: list[Unit], k: int, p: StructureParams) -> int | None:
    """The last unit of the entry that unit ``k`` opens: itself when it ends as an entry
    does, else the first of the next ``entry_pieces_max`` units that does, each going on
    in lower case (not a sentence of the other column: ``... in the United`` / ``We thank
    the Climate Impact Lab ...``); None when none does."""
    if closes_entry(units[k].text):
        return k
    for j in range(k + 1, min(len(units), k + 1 + p.entry_pieces_max)):
        u = units[j]
        if u.kind == "heading" or not u.text[:1].islower():
            return None
        if closes_entry(u.text):
            return j
    return None


def find_lists(units: list[Unit], p: StructureParams) -> list[tuple[int, int]]:
    """(first, end) unit indexes of each reference list: after a ``References`` heading, up
    to the next well-known heading (``Appendix``) or the end; without any such heading,
    the entry-shaped units that close the paper (``_headless_start``), when they hold
    ``headless_references_min`` or more entries."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        u = units[i]
        if len(u.lines) <= p.heading_max_lines and vocab.is_reference_heading(u.text):
            end = next(
                (j for j in range(i + 1, len(units)) if is_short_line(units[j], p) and is_known(units[j].text, p)),
                len(units),
            )
            # (a page's note cut from the list, ``notes.cut_notes``, is no entry)
            notes = [j for j in range(i + 1, end) if units[j].kind == "footnote"]
            out += [(a, b) for a, b in zip([i + 1, *(j + 1 for j in notes)], [*notes, end], strict=True) if b > a]
            i = end
        else:
            i += 1
    if out:
        return out
    lo, pieces = _headless_start(units, p)
    # (a unit may hold several entries, a page's column; a piece is none)
    enough = not pieces and len(units) - lo >= p.headless_references_min
    if lo < len(units) and not enough:
        enough = len(split_entries(units[lo:], p)) >= p.headless_references_min
    return [(lo, len(units))] if enough and lo > 0 else []


def _headless_start(units: list[Unit], p: StructureParams) -> tuple[int, bool]:
    """The first of the entry-shaped units that close the paper, and whether pieces of
    entries lie among them: a unit between two of them, no heading, that a page or column
    break cut off an entry (OCR, jose.00209: ``Darling, A. E., ... (2019). Data for the
    gene school:`` / ``Metagenomics workshop. Zenodo. https://...`` / ``Kruchten, A. E.
    (2020). ...``; ``Lessons. (n.d.). https://...`` / ``Okie, J. G., ..., Eguiarte, L.`` /
    ``E., Souza, V., ... (2020). Genomic ...``)."""
    lo, pieces = len(units), False
    while lo > 0:
        if looks_like_entry(units[lo - 1].text, p):
            lo -= 1
        elif lo < len(units) and lo > 1 and looks_like_entry(units[lo - 2].text, p) and _piece(units, lo - 1, p):
            lo, pieces = lo - 2, True
        else:
            break
    return lo, pieces


def _piece(units: list[Unit], k: int, p: StructureParams) -> bool:
    """Unit ``k`` is a piece of an entry: no heading, and the entry before it goes on (it
    ends on no stop, URL or DOI) or it opens an entry with its authors, its year in the
    next unit. Not a paragraph after a finished one (``However, Wilson (2019) argues ...
    every edition.`` / ``We plan to extend the lesson ...``)."""
    u = units[k]
    if u.kind == "heading" or (is_short_line(u, p) and is_known(u.text, p)):
        return False
    return not closes_entry(units[k - 1].text) or opens_with_name(u.text)


def to_blocks(units: list[Unit], p: StructureParams) -> list[Block]:
    """The reference list's units -> one ``reference`` block per entry, with ids and links;
    the headings of a list sorted by kind (``Legislação:``) stay headings between them."""
    taken: set[str] = set()
    out: list[Block] = []
    lo = 0
    heads = [i for i, u in enumerate(units) if is_group_heading(u.text, units[i + 1 : i + 2], p)]
    if heads:
        # A word that recurs in the entries is one of their pieces (``Access: 10/08/2021.``),
        # cut off by a page or column break.
        whole = " ".join(u.text for u in units)
        heads = [i for i in heads if whole.count(units[i].text.strip()) == 1]
    for hi in [*heads, len(units)]:
        for e in split_entries(units[lo:hi], p):
            text = " ".join(e.text.split())
            b = Block("reference", text, number=e.number, source=(e.first_line, e.last_line))
            b.ident = _ident(entry_key(text) if not e.number else (e.number, ""), taken)
            b.inlines = link_runs(text)
            out.append(b)
        if hi < len(units):
            u = units[hi]
            out.append(Block("heading", u.text.strip(), source=(u.first_line, u.last_line)))
        lo = hi + 1
    return out


def is_group_heading(text: str, after: list[Unit], p: StructureParams) -> bool:
    """``Teses e Dissertações:`` / ``LIMA, Amanda Machado Alves de. O livro ...``: a short
    line of words in a reference list, ending in a colon, that names the kind of the entries
    after it, and an entry opens after it with its author (``Dordrecht:`` / ``Kluwer ...``
    and ``DOI:`` / ``10.1080/...`` are pieces of an entry)."""
    text = text.strip()
    words = text[:-1].split()
    if not (text.endswith(":") and 0 < len(words) <= p.reference_group_max_words and text[:1].isupper()):
        return False
    if any(c.isdigit() for c in text) or not after:
        return False
    first = after[0].text.split(maxsplit=1)[0].rstrip(".,")
    return opens_with_name(after[0].text) or (len(first) > 1 and first.isupper())


def _ident(key: tuple[str, str], taken: set[str]) -> str:
    """``ref-carleton-2016`` (``ref-carleton-2016-b`` for the second), ``ref-12``."""
    base = "ref-" + (_slug(f"{key[0]}-{key[1]}") or "entry")
    # The second "Hsiang, 2016" is ref-hsiang-2016-b, as its citation would say "2016b".
    candidates = itertools.chain([base], (f"{base}-{chr(ord('a') + n)}" for n in itertools.count(1)))
    ident = next(c for c in candidates if c not in taken)
    taken.add(ident)
    return ident


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", text.lower()).strip("-")


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
