"""Where the front matter ends, and the units cut there.

The front region is every unit before the first *opening* heading (``Abstract``,
``Summary``, ``Introduction``, ``1 Introduction``, ``Statement of need``...), looked for
in the first ``front_limit`` units and never past the first unit of running prose.
"""

from __future__ import annotations

import re
from dataclasses import replace

from galley import vocab
from galley.clean.shapes import is_bare_marker
from galley.model import Metadata, Removed, Unit
from galley.params import StructureParams
from galley.structure.front import keywords, sidebar
from galley.structure.front.affiliations import affiliation_like
from galley.structure.front.lines import WHY, Reading, front_lines
from galley.structure.front.names import is_author_line, split_names
from galley.structure.front.sidebar import is_licence_text
from galley.structure.headings import is_known, is_opening, numbering


def split_openings(units: list[Unit], p: StructureParams) -> list[Unit]:
    """A unit of the first pages whose later line is an opening heading is cut there:
    ``Keywords: Python, astronomy`` / ``Summary`` came out of the cleaner as one unit. Not
    under a list's marker alone: ``–`` / ``Introduction: explains the prerequisites ...``
    is an item."""
    out: list[Unit] = []
    for u in units[: p.front_limit]:
        cut = next((j for j in range(1, len(u.lines)) if is_opening(u.lines[j], p)), 0)
        if cut and not is_bare_marker(u.lines[cut - 1]):
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
        if is_opening(u.lines[0], p) or (is_prose(u.text, p) and is_prose(_after_names(u, p), p)):
            return i
    return 0


def _after_names(u: Unit, p: StructureParams) -> str:
    """The unit's lines after its last list of names (``_names``) but its affiliations and
    keywords, all of it where it holds no names. The cleaner may join a title block into
    one unit, whose title in sentence case, read twice (the running head over it), makes
    it pass for prose (pypdf's layout mode: ``A practical guide to climate econometrics:
    ...`` / ``James A. Rising1, Azhar Hussain2, ...`` / ``1Grantham Research Institute,
    ...`` / ``Keywords: climate change; ...``); what else follows the names tells. An
    affiliation joined to the first paragraph (``Senior Reliability Engineer, Safety and
    Reliability, GE Aerospace`` / ``The original learning modules were ...``) has prose
    after it: the body opens there."""
    last = max((k for k, line in enumerate(u.lines) if _names(line, p)), default=-1)
    if last < 0:
        return u.text
    return " ".join(x for x in u.lines[last + 1 :] if not (affiliation_like(x) or keywords.KEYWORDS.match(x)))


def _names(line: str, p: StructureParams) -> bool:
    """The line is a list of two names or more, with evidence (``is_author_line``); not a
    sentence's end with its note's call (``de Educação Inclusiva.2``)."""
    return is_author_line(line, p) and len(split_names(line, p) or []) >= 2


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
        j = next(
            (k for k, line in enumerate(u.lines) if keywords.KEYWORDS.match(line) or keywords.LABEL_ALONE.match(line)),
            -1,
        )
        if j < 0:
            i += 1
            continue
        alone = keywords.KEYWORDS.match(u.lines[j]) is None
        # The list may go on into a line the cleaner set apart (``...; Contaminación de
        # Alimentos;`` / ``Brotes de Enfermedades``): a one-line unit that opens no section;
        # under a label alone, the unit under it holds the list (and maybe more after it).
        nxt = units[i + 1 : i + 2]
        if not nxt or is_known(nxt[0].text.strip(), p) or numbering(nxt[0].text):
            nxt = []
        elif len(nxt[0].lines) > 1 and not alone:
            nxt = []
        elif alone and j == len(u.lines) - 1 and len(nxt[0].lines) == 1:
            nxt = _one_line_units(units, i + 1, p)  # (Elsevier: a keyword a line, each set apart)
        lines = front_lines([u, *nxt], first=i)
        n = keywords.take(lines, j, meta, p)
        if not n:  # (a label alone with no list under it: a section of that name)
            i += 1
            continue
        inside = min(n, len(u.lines) - j)  # the list's lines in this unit (the next unit's: all or none)
        # One record for the list, as the cleaner joined it ("asso-" / "ciated" is one word).
        gone.append(Removed(lines[j].number, keywords.record_text(lines, j, n), "front-matter", WHY["keywords"]))
        pieces: list[Unit] = []
        rest = u
        if j:
            head, rest = u.split(j)
            pieces.append(replace(head, kind=u.kind if j > 1 else "line"))
        if j + inside < len(u.lines):
            pieces.append(rest.split(inside)[1])
        taken, used = n - inside, 0  # the list's lines in the units after, and those units
        while taken > 0:
            if taken < len(nxt[used].lines):
                pieces.append(nxt[used].split(taken)[1])  # (what follows the list there stays)
            taken -= len(nxt[used].lines)
            used += 1
        units = units[:i] + pieces + units[i + 1 + used :]
        i += len(pieces)
    return units, gone


_HISTORY = re.compile(rf"^(?:{vocab.alternation(vocab.all_of(vocab.HISTORY))})\s*:?$", re.I)


def take_history(units: list[Unit], start: int, meta: Metadata, p: StructureParams) -> tuple[list[Unit], list[Removed]]:
    """The box of the paper's history beside its abstract, which pdftotext reads into it
    (Elsevier: ``ARTICLE INFO`` / ``ABSTRACT`` / ``Article history:`` / ``Received 3 November
    2021`` / ``Received in revised form`` / ``14 February 2022`` / ``Accepted 1 March 2022``),
    in the first ``keywords_reach`` units after the front region: its label and dates into
    ``meta``, one line a unit; a date's label may stand over its date. Reported, like the
    other front lines."""
    gone: list[Removed] = []
    r = Reading(meta, p)
    i = start
    while i < min(len(units), start + p.keywords_reach):
        if len(units[i].lines) != 1 or not _HISTORY.match(units[i].text.strip()):
            i += 1
            continue
        j = i + 1
        while j < len(units) and len(units[j].lines) == 1:
            if sidebar.date_in(units[j].text, r):
                j += 1
            elif (
                j + 1 < len(units)
                and len(units[j + 1].lines) == 1
                and sidebar.date_in(f"{units[j].text} {units[j + 1].text}", r)
            ):
                j += 2
            else:
                break
        if j == i + 1 and not (j < len(units) and is_opening(units[j].lines[0], p)):
            i += 1  # (a label with no date under it, nor the abstract: a section of that name)
            continue
        gone += [Removed(u.first_line, u.text, "front-matter", WHY["date"]) for u in units[i:j]]
        units = units[:i] + units[j:]
    return units, gone


def take_dates(units: list[Unit], start: int, meta: Metadata, p: StructureParams) -> tuple[list[Unit], list[Removed]]:
    """The journal's box of dates, and the licence under it, that pdfminer reads after the
    opening heading where the box floats in the body's column (``Summary`` / ``Received: 16
    January 2022`` / ``Accepted: 16 March 2022`` / ``Published: 16 April 2022`` /
    ``Licence`` / ``Authors of papers retain copyright and release the work ...``): two
    labelled dates or more, a line each, in the first ``keywords_reach`` units after the
    front region, with the box's labels above them and its licence under them; their dates
    into ``meta``, the licence's name too. Reported, like the other front lines."""
    r = Reading(meta, p)
    for i in range(start, min(len(units), start + p.keywords_reach)):
        j = i
        while j < len(units) and len(units[j].lines) == 1 and sidebar.date_in(units[j].text, r):
            j += 1
        if j - i < 2:
            continue
        gone = [Removed(u.first_line, u.text, "front-matter", WHY["date"]) for u in units[i:j]]
        # The box's labels above its dates (MDPI: ``Academic Editor: Giuseppe Ioppolo``).
        while i > start and len(units[i - 1].lines) == 1 and sidebar.is_label(units[i - 1].text, p):
            i -= 1
            gone.insert(0, Removed(units[i].first_line, units[i].text, "front-matter", WHY["sidebar"]))
        # The licence under them, its label perhaps set apart, its text perhaps in pieces
        # (``Licence`` / ``Authors of papers retain copyright ...`` / ``Attribution License
        # (CC BY 4.0).``).
        label = int(j < len(units) and units[j].text.strip().lower() in sidebar.LICENCE_LABELS)
        k = j + label
        while k < len(units) and (is_licence_text(units[k].text) or sidebar.CC.search(units[k].text)):
            k += 1
        if k > j + label:
            for u in units[j:k]:
                meta.licence = meta.licence or sidebar.licence_name(u.text)
                gone.append(Removed(u.first_line, u.text, "front-matter", WHY["licence"]))
            j = k
        return units[:i] + units[j:], gone
    return units, []


def _one_line_units(units: list[Unit], i: int, p: StructureParams) -> list[Unit]:
    """The units of one line each from ``i`` on, up to a known section (``1. Introduction``)."""
    out: list[Unit] = []
    for u in units[i:]:
        if len(u.lines) != 1 or is_known(u.text.strip(), p) or numbering(u.text):
            break
        out.append(u)
    return out
