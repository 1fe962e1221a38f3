"""Where the front matter ends, and the units cut there.

The front region is every unit before the first *opening* heading (``Abstract``,
``Summary``, ``Introduction``, ``1 Introduction``, ``Statement of need``...), looked for
in the first ``front_limit`` units and never past the first unit of running prose.
"""

from __future__ import annotations

from dataclasses import replace

from galley.model import Metadata, Removed, Unit
from galley.params import StructureParams
from galley.structure.front import keywords
from galley.structure.front.lines import WHY, front_lines, joined
from galley.structure.front.sidebar import is_licence_text
from galley.structure.headings import is_known, is_opening, numbering


def split_openings(units: list[Unit], p: StructureParams) -> list[Unit]:
    """A unit of the first pages whose later line is an opening heading is cut there:
    ``Keywords: Python, astronomy`` / ``Summary`` came out of the cleaner as one unit."""
    out: list[Unit] = []
    for u in units[: p.front_limit]:
        cut = next((j for j in range(1, len(u.lines)) if is_opening(u.lines[j], p)), 0)
        if cut:
            head, tail = u.split(cut)
            out += [head, replace(tail, kind="paragraph" if len(tail.lines) > 1 else "heading")]
        else:
            out.append(u)
    return out + units[p.front_limit :]


def front_end(units: list[Unit], p: StructureParams) -> int:
    """Index of the unit that opens the body: the first whose first line is an opening
    heading (the cleaner sometimes joins a heading to its paragraph), or the first unit of
    running prose (a paper may open without such a heading). None in the first
    ``front_limit`` units -> 0: no front matter."""
    for i, u in enumerate(units[: p.front_limit]):
        if is_opening(u.lines[0], p) or is_prose(u.text, p):
            return i
    return 0


def is_prose(text: str, p: StructureParams) -> bool:
    """Running text (``prose_min_words`` words or more, mostly opening in lower case), not a
    title block, author list or affiliation list (mostly capitalised words), nor the
    licence text."""
    words = text.split()
    if len(words) < p.prose_min_words or is_licence_text(text):
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower >= p.prose_lower_share * len(words)


def take_keywords(
    units: list[Unit], start: int, meta: Metadata, p: StructureParams
) -> tuple[list[Unit], list[Removed]]:
    """A ``Keywords:`` / ``Index Terms—`` / ``Palavras-chave:`` line printed under an
    abstract (in the first ``keywords_reach`` units after the front region) is metadata too:
    cut out of its unit (the cleaner may have joined it to the abstract). A paper with an
    abstract in two languages has one under each; the first list is the paper's keywords."""
    gone: list[Removed] = []
    i = start
    while i < min(len(units), start + p.keywords_reach):
        u = units[i]
        j = next((k for k, line in enumerate(u.lines) if keywords.KEYWORDS.match(line)), -1)
        if j < 0:
            i += 1
            continue
        # The list may go on into a line the cleaner set apart (``...; Contaminación de
        # Alimentos;`` / ``Brotes de Enfermedades``): a one-line unit that opens no section.
        nxt = units[i + 1 : i + 2]
        if not nxt or len(nxt[0].lines) > 1 or is_known(nxt[0].text.strip(), p) or numbering(nxt[0].text):
            nxt = []
        lines = front_lines([u, *nxt], first=i)
        n = keywords.take(lines, j, meta, p)
        inside = min(n, len(u.lines) - j)  # the list's lines in this unit (the next unit's: all or none)
        # One record for the list, as the cleaner joined it ("asso-" / "ciated" is one word).
        gone.append(Removed(lines[j].number, joined(lines[j : j + n]), "front-matter", WHY["keywords"]))
        pieces: list[Unit] = []
        rest = u
        if j:
            head, rest = u.split(j)
            pieces.append(replace(head, kind=u.kind if j > 1 else "line"))
        if j + inside < len(u.lines):
            pieces.append(rest.split(inside)[1])
        units = units[:i] + pieces + units[i + 1 + (n > inside) :]
        i += len(pieces)
    return units, gone
