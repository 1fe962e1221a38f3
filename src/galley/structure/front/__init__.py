"""Front matter: what the paper says about itself before its first section.

``extract`` runs these steps:
1. ``region``: where the front matter ends (the first opening heading, ``Abstract``,
   ``1 Introduction``...), a unit holding such a heading cut there, and a keyword line
   under the abstract taken out;
2. the front region is re-read line by line (unit boundaries are unreliable up there:
   extractors interleave the title block with the journal's sidebar and set superscript
   markers on lines of their own), and each line is claimed by the first rule in
   ``LINE_RULES``: keywords, the sidebar (DOI, dates, labels, handles, licence), contacts
   (email, ORCID), noise (bare numbers, "Preprint", a journal name in capitals);
3. ``authors``: among the lines left, the first run shaped like a list of names;
4. ``title``: the lines above the authors; ``affiliations``: the lines below them.

No author block -> no title and no authors: detection never invents them from body text
(the seed opens with "Abstract" and has neither). Every front line leaves the body with a
record (``Removed``) of what it was found to be. Detection fills only what the sidecar
leaves out (the sidecar always wins, in ``build_document``).

A new front-matter field (the journal, volume and issue of a citation line, an article
number) is a new rule in ``LINE_RULES`` (a module of this folder) that fills its
``Metadata`` field and gives its lines a label (with a ``lines.WHY``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from galley.model import Author, Metadata, Removed, Unit
from galley.params import StructureParams
from galley.structure.front import authors, region
from galley.structure.front.affiliations import (
    affiliation_groups,
    affiliation_like,
    letter_marked,
    marks_on_own_lines,
    opens_affiliation,
    roman_marked,
    split_affiliations,
    unbracketed,
    wraps,
)
from galley.structure.front.citation import citation_line, fill_citation
from galley.structure.front.contact import attach_contacts, contact_line, email_stanzas, emails, stanza_contacts
from galley.structure.front.keywords import keyword_lines
from galley.structure.front.lines import FrontLine, Reading, box_start, front_lines, removed
from galley.structure.front.names import NUMBER_LINE, SUPERSCRIPTS, split_names
from galley.structure.front.noise import noise_line
from galley.structure.front.sidebar import date_line, doi_line, handle_line, label_line, licence_line
from galley.structure.front.title import title_from_furniture, titles

LineRule = Callable[[list[FrontLine], int, Reading], tuple[str, int] | None]

# The order in which the rules are asked: the first that claims a line labels it (and as
# many lines after it as it takes).
LINE_RULES: list[LineRule] = [
    keyword_lines,
    doi_line,
    date_line,
    label_line,
    handle_line,
    licence_line,
    citation_line,
    contact_line,
    noise_line,
]


@dataclass
class Front:
    """What the front region held: detected metadata, the units left as body, and the
    front lines that were neither metadata nor body (reported, never silently dropped)."""

    meta: Metadata
    body: list[Unit]
    removed: list[Removed] = field(default_factory=list)


def extract(units: list[Unit], furniture: list[Removed], p: StructureParams) -> Front:
    """Detected metadata, the units that remain body text, and reported leftovers.

    ``furniture`` is what the cleaner removed as running heads: when a paper's running head
    is its full title, the title line itself went with them, and is taken back from there."""
    units = region.split_openings(units, p)
    end = region.front_end(units, p)
    meta = Metadata()
    units, keyword_lines_gone = region.take_keywords(units, end, meta, p)
    units, history_gone = region.take_history(units, end, meta, p)
    units, dates_gone = region.take_dates(units, end, meta, p)
    keyword_lines_gone += history_gone + dates_gone
    if end == 0:
        return Front(meta, units, keyword_lines_gone)
    lines = front_lines(units[:end])
    reading = Reading(meta, p)
    label_lines(lines, reading)
    fill_citation(meta, furniture, p, reading.cite_year)
    found = title_block(lines, meta, furniture, p)
    for line in lines:
        line.label = line.label or "unknown"
    if not found:
        # No title block was found: keep the body whole, only the sidebar leaves it.
        keep = {line.unit for line in lines if line.label == "unknown"}
        body = [u for k, u in enumerate(units[:end]) if k in keep] + units[end:]
        gone = [removed(line) for line in lines if line.unit not in keep]
        return Front(meta, body, gone + keyword_lines_gone)
    back = _body_units(units[:end], lines, p, units[end] if end < len(units) else None)
    gone = [removed(line) for line in lines if line.label != "body"]
    return Front(meta, back + units[end:], gone + keyword_lines_gone)


def _after_keywords(lines: list[FrontLine], names: FrontLine, below: list[FrontLine]) -> list[FrontLine]:
    """The lines under the authors that come after the paper's keyword list and are no
    affiliation: what an extractor read up there from elsewhere on the page. pdftotext on
    two columns reads the right column's top under the keyword line (``Keywords:
    chemistry; molecular dynamics; postgraduate`` / ``learners found the material
    engaging, recognised the`` / ...), and pdfminer the box of list items a column opens
    with (``• Contributions: introduces the current tutorial ...``), before ``Summary``.
    Affiliations set under the keywords stay: a line that opens one (``opens_affiliation``),
    and the lines of its unit that wrap it."""
    first = lines.index(names)
    at = next((k for k in range(first + 1, len(lines)) if lines[k].label == "keywords"), None)
    if at is None:
        return []
    out: list[FrontLine] = []
    above: FrontLine | None = None  # the affiliation line the next one may wrap
    for x in (x for x in below if lines.index(x) > at):
        if opens_affiliation(x.text):
            above = x
        elif above is not None and x.unit == above.unit and wraps(above.text, x.text):
            above = x
        else:
            above = None
            out.append(x)
    return out


def _body_units(front: list[Unit], lines: list[FrontLine], p: StructureParams, after: Unit | None) -> list[Unit]:
    """The front units' lines labelled ``body`` that go back to the body: a unit whole, or
    its tail from its first such line (the keyword line and the column read under it: one
    box), where all its lines after that are body too; from the first that reads as
    running text (``_running_text``) on, so that a list's short item read after it goes
    along, and with the heading the cleaner set apart right before it (``Content and
    Instructional Design`` / ``The course comprises three 3-hour-long workshops, ...``),
    which may be the body's first unit (``after``: running text ends the front region).
    The others are relabelled ``unknown`` and reported: a piece of a column's first line
    beside the title block in layout mode (``Results: The diagnosis of prenatal
    gestational diabe-``) would open the body with a heading of half a word."""
    found: list[tuple[Unit | None, list[FrontLine]]] = []  # (the unit or its tail, or None; its body lines)
    for k, u in enumerate(front):
        own = [x for x in lines if x.unit == k]
        cut = next((j for j, x in enumerate(own) if x.label == "body"), None)
        if cut is None:
            continue
        whole = all(x.label == "body" for x in own[cut:]) and not u.glued(cut)
        found.append(((u.split(cut)[1] if cut else u) if whole else None, [x for x in own[cut:] if x.label == "body"]))
    # Where the running text opens: a unit up there, or the body's first unit right after
    # the front's last; None: the body opens elsewhere, nothing goes back.
    opening = next((i for i, (t, _) in enumerate(found) if t is not None and _running_text(t.text, p)), None)
    if opening is None and found and found[-1][0] is front[-1] and after and _running_text(after.text, p):
        opening = len(found)
    start = len(found) if opening is None else opening
    heading = found[start - 1][0] if opening is not None and start > 0 else None
    if heading is not None and heading.kind == "heading":
        start -= 1
    for x in (x for i, (t, body) in enumerate(found) if i < start or t is None for x in body):
        x.label = "unknown"
    return [t for t, _ in found[start:] if t is not None]


def _running_text(text: str, p: StructureParams) -> bool:
    """``front_body_min_words`` words or more, at least ``prose_lower_share`` of those that
    open on a letter in lower case (``(2020);``, ``&`` count for neither)."""
    words = text.split()
    lettered = [w for w in words if w[:1].isalpha()]
    lower = sum(1 for w in lettered if w[:1].islower())
    return len(words) >= p.front_body_min_words and lower >= p.prose_lower_share * len(lettered)


def label_lines(lines: list[FrontLine], r: Reading) -> None:
    """Give each line the label of the first rule in ``LINE_RULES`` that claims it."""
    i = 0
    while i < len(lines):
        label, n = _first_claim(lines, i, r)
        for line in lines[i : i + n]:
            line.label = label
        if label not in ("licence", "keywords"):
            # The licence text goes on across sidebar lines only (and keyword lines).
            r.licence_open = r.licence_open and label in ("sidebar", "date", "doi")
        i += n


def _first_claim(lines: list[FrontLine], i: int, r: Reading) -> tuple[str, int]:
    for rule in LINE_RULES:
        claim = rule(lines, i, r)
        if claim is not None:
            return claim
    return "", 1


def title_block(lines: list[FrontLine], meta: Metadata, furniture: list[Removed], p: StructureParams) -> bool:
    """The authors, the title above them and the affiliations below them, among the lines
    no rule claimed, into ``meta``; False when there is no author block."""
    free = [line for line in lines if not line.label]
    start = authors.author_start(free, lines, p)
    if start is None:
        return False
    stanzas = authors.stanzas(free, start, p)
    if stanzas is not None:
        _stanza_block(lines, free, start, stanzas, meta, furniture, p)
        return True
    block = authors.author_block(free, start, p)
    # Marker lines ("1,2") were labelled noise; they belong to the block.
    parsed = authors.parse_authors(authors.with_markers(lines, block), p)
    for x in block:
        x.label = "authors"
    above = free[:start]
    below = [x for x in free[start + 1 :] if not x.label]
    for x in _after_keywords(lines, block[-1], below):
        x.label = "body"
    below = [x for x in below if not x.label]
    lo = _affiliation_above(above, p)
    above, below = above[:lo], above[lo:] + below
    if not above:
        # The authors over the title (De Gruyter, some humanities journals): the title is
        # the lines under the names, up to the first affiliation.
        k = next((j for j, x in enumerate(below) if affiliation_like(x.text)), 0)
        above, below = below[:k], below[k:]
    meta.title, translated = titles(above, p)
    meta.title = meta.title or title_from_furniture(furniture, block[0].number, p)
    meta.translated_title = translated
    for x in above:
        x.label = "title"
    # A second row of names among the affiliations, each owning an address (ACM's four
    # authors, two a row over their affiliations).
    found = emails(lines)
    named = {name for name, _ in parsed}
    row = [x for x in below if found and authors.email_named(x.text, found, p)]
    for x in row:
        # (not a listed author again: ``Corresponding author:`` / ``Maria Silva`` / her address)
        parsed += [n for n in split_names(x.text.strip(), p) or [] if n[0] not in named]
        x.label = "authors"
    below = [x for x in below if x not in row]
    texts = [unbracketed(x.text.translate(SUPERSCRIPTS)) for x in below]
    lettered = letter_marked(texts)
    if lettered:
        parsed = authors.strip_letter_marks(parsed, {m for m, _ in lettered})
    first = lettered or roman_marked(texts) or marks_on_own_lines(_with_marker_lines(lines, below))
    marked = first or (split_affiliations("\n".join(texts)) if below else [])
    meta.affiliations = [a for _, a in first] or (affiliation_groups(texts, marked) if below else [])
    for x in below:
        x.label = "affiliation"
    by_mark = {m: a for m, a in marked if m}
    only = meta.affiliations[0] if len(meta.affiliations) == 1 else ""
    meta.authors = [
        Author(name, affiliation="; ".join(by_mark[m] for m in marks if m in by_mark) or only) for name, marks in parsed
    ]
    own = None if by_mark else email_stanzas(lines[lines.index(block[-1]) + 1 :], [a.name for a in meta.authors])
    if own is not None:  # (markers say more than the addresses' places)
        meta.affiliations = list(dict.fromkeys(a for a, _ in own.values() if a))
        meta.authors = [Author(a.name, affiliation=own[a.name][0], email=own[a.name][1]) for a in meta.authors]
    attach_contacts(meta, lines)
    return True


def _affiliation_above(above: list[FrontLine], p: StructureParams) -> int:
    """Where an affiliation set between the title and the names starts in ``above`` (its
    length when there is none): the last box of lines (no blank line inside), below some
    other line, names an institution in its first line and reads as an address, in parts
    (``affiliation_min_commas`` commas at least). pdfminer reads a two-column LaTeX page's
    affiliation before its author (jose.00261: ``AstronomyCalc: ...`` / ``Nordita, KTH Royal
    Institute of Technology and Stockholm University, Hannes Alfvéns väg 12, SE-106 91`` /
    ``Stockholm, Sweden`` / ``Sambit K. Giri``). A title's own lines wrap without a blank
    line between them (``The Argo Online`` / ``School: An e-learning tool ...`` stays
    whole), and a translated title is no address (``Mental Health of Students at a Public
    University``)."""
    if len(above) < 2:
        return len(above)
    box = box_start(above, len(above) - 1)
    address = " ".join(x.text for x in above[box:]).count(",") >= p.affiliation_min_commas
    return box if box > 0 and affiliation_like(above[box].text) and address else len(above)


def _with_marker_lines(lines: list[FrontLine], below: list[FrontLine]) -> list[str]:
    """The affiliation lines with the marker lines among and right above them (``1`` /
    ``Programa de ...`` / ``2`` / ...), which the noise rule took for page numbers."""
    if not below:
        return []
    lo, hi = lines.index(below[0]), lines.index(below[-1])
    while lo > 0 and _marker_line(lines[lo - 1]):
        lo -= 1
    return [x.text.translate(SUPERSCRIPTS) for x in lines[lo : hi + 1] if x in below or _marker_line(x)]


def _marker_line(x: FrontLine) -> bool:
    return x.label == "noise" and NUMBER_LINE.match(x.text) is not None


def _stanza_block(
    lines: list[FrontLine],
    free: list[FrontLine],
    start: int,
    stanzas: list[list[FrontLine]],
    meta: Metadata,
    furniture: list[Removed],
    p: StructureParams,
) -> None:
    """The title above the first stanza; each stanza's author with its affiliation and the
    contacts among its lines (see ``authors.stanzas``)."""
    above = free[:start]
    meta.title, meta.translated_title = titles(above, p)
    meta.title = meta.title or title_from_furniture(furniture, stanzas[0][0].number, p)
    for x in above:
        x.label = "title"
    ends = [lines.index(s[0]) for s in stanzas[1:]] + [len(lines)]
    for (name, *rest), end in zip(stanzas, ends, strict=True):
        name.label = "authors"
        for x in rest:
            x.label = "affiliation"
        affiliation = " ".join(x.text.strip() for x in rest)
        if affiliation not in meta.affiliations:
            meta.affiliations.append(affiliation)
        own = [x for x in lines[lines.index(name) : end] if x.label == "contact"]
        parsed = authors.parse_authors([name.text], p)
        meta.authors += [stanza_contacts(Author(n, affiliation=affiliation), own) for n, _ in parsed]
    attach_contacts(meta, lines)
