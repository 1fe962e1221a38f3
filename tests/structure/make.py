"""Small real inputs for the structure stage: units as the cleaner hands them over, and the
Document that ``build_document`` makes of them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from galley.clean import clean
from galley.inputs.read import to_lines
from galley.model import CleanResult, Document, Metadata, Removed, Unit
from galley.params import PARAMS, Params
from galley.structure import build_document


def units(*texts: str, first_line: int = 1, heading_units: frozenset[int] = frozenset()) -> list[Unit]:
    """One unit per text; a text with newlines is a unit of several lines, joined with a
    space as the cleaner joins them, except before a line that starts with ``+``: the
    cleaner glued that line to the one before (a URL mended at the line end), or with
    ``~``: it joined a word broken by a hyphen (``diver-`` / ``~sity`` -> ``diversity``).
    A blank source line lies between two units; ``heading_units``: the indexes of the units
    the cleaner set apart as headings."""
    out, line = [], first_line
    for i, t in enumerate(texts):
        text, offsets, lines = "", [], []
        for piece in t.split("\n"):
            glued = piece[:1] in ("+", "~")
            if piece.startswith("~"):
                text = text.removesuffix("-")
            piece = piece[1:] if glued else piece
            if text and not glued:
                text += " "
            offsets.append(len(text))
            text += piece
            lines.append(piece)
        kind = "heading" if i in heading_units else "paragraph" if len(lines) > 1 else "line"
        out.append(Unit(text, kind, line, line + len(lines) - 1, lines, offsets=offsets))
        line += len(lines) + 1
    return out


def params(**changes: Any) -> Params:
    """The default params with some structure thresholds moved."""
    return replace(PARAMS, structure=replace(PARAMS.structure, **changes))


def doc(
    *texts: str,
    removed: list[Removed] | None = None,
    sidecar: Metadata | None = None,
    p: Params = PARAMS,
    heading_units: frozenset[int] = frozenset(),
) -> Document:
    """The Document of units made of ``texts`` (see ``units``)."""
    cleaned = CleanResult(units(*texts, heading_units=heading_units), removed=removed or [])
    return build_document(cleaned, sidecar or Metadata(), p)


def paged(*pages: tuple[str, ...], p: Params = PARAMS) -> Document:
    """The Document of units set on pages: one tuple of texts per page (form feeds between)."""
    texts = [t for page in pages for t in page]
    numbers = [n for n, page in enumerate(pages, 1) for _ in page]
    got = [replace(u, page=n) for u, n in zip(units(*texts), numbers, strict=True)]
    return build_document(CleanResult(got, removed=[]), Metadata(), p)


def kinds(*texts: str, p: Params = PARAMS) -> list[tuple[str, str]]:
    """(kind, text) of each block of the Document made of ``texts``."""
    return [(b.kind, b.text) for b in doc(*texts, p=p).blocks]


def outline(*texts: str, p: Params = PARAMS) -> list[tuple[str, int]]:
    """(text, level) of each heading of the Document made of ``texts``."""
    return [(h.text, h.level) for h in doc(*texts, p=p).headings()]


def letter_runs(text: str) -> Counter[str]:
    """The runs of letters of a text: what survives of a word when its list marker, note
    number or affiliation marks are taken off (``2A`` -> ``A``, ``Rising1`` -> ``Rising``)."""
    return Counter(re.findall(r"[^\W\d_]+", text))


def words_out(d: Document) -> Counter[str]:
    """The letter runs of everything the Document keeps: blocks (and their notes), the
    metadata, and the lines it reports as removed."""
    out: Counter[str] = Counter()
    for b in d.blocks:
        out += letter_runs(b.text)
        for run in b.runs():
            for note in run.note:
                out += letter_runs(note.text)
    meta = d.meta
    names = [f"{a.name} {a.affiliation} {a.email} {a.orcid}" for a in meta.authors]
    for value in (meta.title, meta.subtitle, meta.abstract, meta.doi, meta.licence, *meta.keywords, *names):
        out += letter_runs(value)
    out += letter_runs(" ".join(meta.affiliations))
    for r in d.removed:
        out += letter_runs(r.text)
    return out


def lost(cleaned: list[Unit], d: Document) -> list[str]:
    """Words (letter runs) of the units that the Document holds fewer times than they came."""
    given = Counter[str]()
    for u in cleaned:
        given += letter_runs(u.text)
    kept = words_out(d)
    return sorted(w for w, n in given.items() if kept[w] < n)


# jose.00239 (pypdf's layout mode): the page's margin kept as spaces, and its vertical space
# as blank lines. A top section's heading has a blank line under it, a subsection's none.
MARGIN = " " * 37
SLIDES = (
    "We have produced two slide decks for the course, both available online and linked from both\n"
    "the repository and the GitHub pages site. The slides are written in Quarto markdown and\n"
    "rendered as reveal.js html."
)
EXERCISES = (
    "The main material is composed of four Jupyter notebooks, each containing a standalone\n"
    "exercise that takes participants through the process of developing and training an ML\n"
    "model, from data preparation and training to running inference."
)
REFERENCE = (
    "Allaire, J. J., Teague, C., Scheidegger, C., Xie, Y., & Dervieux, C. (2022). Quarto (Version\n"
    "    1.2). https://doi.org/10.5281/zenodo.5960048"
)


def layout_page(*, known_tight: tuple[str, ...] = (), margin: str = MARGIN) -> str:
    """The paper's body as layout-mode text; the headings in ``known_tight`` set without a
    blank line under them."""

    def heading(name: str) -> list[str]:
        return [name] if name in known_tight else [name, ""]

    blocks = [
        *heading("Summary"),
        "This course teaches machine learning to researchers in climate science and beyond it.",
        "",
        *heading("Statement of need"),
        "Researchers meet machine learning in their work long before any course teaches it to them.",
        "",
        *heading("Teaching materials"),
        "All of the teaching materials for this course are available online in a GitHub repository.",
        "",
        "Slides",
        SLIDES,
        "",
        "Exercises (Jupyter notebooks)",
        EXERCISES,
        "",
        *heading("Acknowledgments"),
        "We thank anyone who has made a contribution to these materials, however small.",
        "",
        *heading("References"),
        REFERENCE,
    ]
    return "\n".join(margin + line for block in blocks for line in block.split("\n")) + "\n"


def layout_outline(text: str, p: Params = PARAMS) -> list[tuple[str, int]]:
    return [(h.text, h.level) for h in build_document(clean(to_lines(text), params=p), Metadata(), p).headings()]
