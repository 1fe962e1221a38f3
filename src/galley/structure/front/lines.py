"""The front region read line by line: each line and the label a rule gave it."""

from __future__ import annotations

from dataclasses import dataclass

from galley.model import Metadata, Removed, Unit
from galley.params import StructureParams


@dataclass(eq=False)  # a line is itself, whatever its text
class FrontLine:
    """One line of the front region."""

    number: int  # raw line number
    text: str
    unit: int  # index of its unit
    label: str = ""  # what it was found to be ("" until a rule or step claims it)
    source: Unit | None = None  # its unit, and its index there (to read lines as the cleaner joined them)
    k: int = 0


@dataclass
class Reading:
    """What reading the front lines has found so far: the metadata it fills, and whether
    the licence text goes on from the line above (``License`` / ``Authors of papers retain
    copyright`` / ``and release the work under a``)."""

    meta: Metadata
    p: StructureParams
    licence_open: bool = False
    doi_bare: bool = False  # meta.doi came from a resolver's address alone: a labelled DOI wins
    cite_year: str = ""  # the year of the paper's citation printed among the front lines


def front_lines(units: list[Unit], first: int = 0) -> list[FrontLine]:
    """The units' lines, each with its raw line number and its unit (``first``: the index of
    the first unit)."""
    return [
        FrontLine(u.line_number(j), text, first + k, source=u, k=j)
        for k, u in enumerate(units)
        for j, text in enumerate(u.lines)
    ]


def box_start(lines: list[FrontLine], k: int) -> int:
    """The index of the first line of line ``k``'s box: the lines above it with no blank
    line between them in the raw text (pdfminer's text box; a title's wrapped lines)."""
    while k > 0 and lines[k - 1].number == lines[k].number - 1:
        k -= 1
    return k


def joined(lines: list[FrontLine]) -> str:
    """The text of consecutive lines as the cleaner joined them: a run of lines of one unit
    is that stretch of its text (a word broken at the line end mended, ``prevalence; asso-``
    / ``ciated factors`` -> ``prevalence; associated factors``), never the lines re-joined;
    runs of different units are joined with a space."""
    runs: list[list[FrontLine]] = []
    for line in lines:
        last = runs[-1][-1] if runs else None
        if last is not None and line.source is not None and line.source is last.source and line.k == last.k + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return " ".join(_text_of(run) for run in runs)


def _text_of(run: list[FrontLine]) -> str:
    u = run[0].source
    if u is None or len(run) == 1:
        return " ".join(line.text for line in run)
    end = run[-1].k + 1
    return u.text[u.offsets[run[0].k] : u.offsets[end] if end < len(u.offsets) else len(u.text)].strip()


WHY = {
    "title": "title block: the title, kept as metadata",
    "authors": "title block: the authors, kept as metadata",
    "affiliation": "title block: affiliations, kept as metadata",
    "keywords": "title block: keywords, kept as metadata",
    "contact": "title block: contact (email, ORCID, corresponding author)",
    "doi": "journal sidebar: the DOI, kept as metadata",
    "citation": "the paper's citation (journal, volume, issue, article), kept as metadata",
    "date": "journal sidebar: a date, kept as metadata",
    "sidebar": "journal sidebar label (Software, Review, Repository, Archive, Editor...)",
    "licence": "journal sidebar: licence text, kept as metadata",
    "noise": "front matter: page number, marker line or journal name",
    "unknown": "front matter line not recognised",
}


def removed(line: FrontLine) -> Removed:
    """Every front line leaves the body with a record of where it went (the report shows
    them): nothing up there is dropped silently."""
    return Removed(line.number, line.text, "front-matter", WHY[line.label])
