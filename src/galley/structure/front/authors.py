"""The author block: where it starts, how far it goes, and the names it holds.

Extractors lay an author list out in several ways: one line (``James A. Rising1, Azhar
Hussain2 and Ana Trisovic4``), wrapped (``..., and Ana`` / ``Trisovic``), with the markers
on lines of their own and the last name moved up (pdftotext: ``James A. Rising`` /
``Trisovic 4`` / ``1`` / ``, Azhar Hussain`` / ``2`` / ``, and Ana``), or with an
affiliation set between the list and its last name (pdfminer).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from galley.clean.shapes import HYPHENS
from galley.params import StructureParams
from galley.structure.front.contact import emails, owns_email
from galley.structure.front.lines import FrontLine, box_start
from galley.structure.front.names import (
    GROUP_WORDS,
    INITIALS,
    INSTITUTION,
    MARK,
    NUMBER_LINE,
    OPEN_TAIL,
    OPEN_TAIL_OR_HYPHEN,
    OTHER_AND,
    is_author_line,
    join_name_lines,
    split_names,
    strip_marks,
)
from galley.vocab import NAME_PARTICLES

# A line that continues an interleaved author list: ", Azhar Hussain" / "2, Simone Mantovani".
_CONTINUES = re.compile(rf"^(?:{MARK}(?:\s*,\s*{MARK}|{MARK})*\s*)?(?:,|(?:and|{OTHER_AND})\s|&)")
# ... and the lines that show the list is interleaved (a plain "and Nelly" line does not).
_INTERLEAVED = re.compile(rf"^(?:,|{MARK}(?:\s*,\s*{MARK}|{MARK})*\s*(?:,|(?:and|{OTHER_AND})\s|&))")
_OPENS_ON_MARK = re.compile(rf"^{MARK}")
_LEADING_AND = re.compile(rf"^(?:and|{OTHER_AND})\s+")
_MARKED_AFFILIATION = re.compile(rf"^{MARK}\s*[A-Z]")  # "1 Grantham Research Institute"


def author_start(free: list[FrontLine], lines: list[FrontLine], p: StructureParams) -> int | None:
    """The index in ``free`` (the unlabelled front lines) of the first author line: the
    first finder in ``AUTHOR_STARTS`` that finds one; None for no author block."""
    for find in AUTHOR_STARTS:
        k = find(free, lines, p)
        if k is not None:
            return k
    return None


def with_evidence(free: list[FrontLine], lines: list[FrontLine], p: StructureParams) -> int | None:
    """Strict evidence (markers, initials, several names: ``Jack Atkinson and Jim Denholm``),
    or a plain name line that a marker line (``1``, ``∗1``) follows, or a ``, Next Author``
    / ``1, Next Author`` line within a few name-like lines (pdftotext's and pdfminer's
    interleaved layouts); looked for in the first ``author_search_lines`` lines."""
    where = {id(x): n for n, x in enumerate(lines)}
    for k in range(min(len(free), p.author_search_lines)):
        text = free[k].text
        if is_author_line(text, p) and not _title_goes_on(free, k, p):
            return k
        if is_author_line(text, p, strict=False) and _full_names(text, p):
            if _interleaved_below(lines, where[id(free[k])], p):
                return _box_of_names(free, k, p)
    return None


def _box_of_names(free: list[FrontLine], k: int, p: StructureParams) -> int:
    """The first line of line ``k``'s box (the raw lines with no blank line between) where
    every line of it down to ``k`` is a bare full name and some line stands above the box
    (the title): pdfminer's box of the names it read down a column, before the interleaved
    rest (jose.00299: a title's box, then ``Sarah Victoria Stewart`` / ``Audrey Ngambia`` /
    ``1,2, Hannah Pollak`` / ...). A box that holds the title too is left alone, whatever
    its lines look like: a title's line may read as a name (``Teaching Seismology``)."""
    first = box_start(free, k)
    names = free[first:k]
    if first > 0 and names and all(is_author_line(x.text, p, strict=False) and _full_names(x.text, p) for x in names):
        return first
    return k


def _title_goes_on(free: list[FrontLine], k: int, p: StructureParams) -> bool:
    """Line ``k`` reads as two names only for its capitals, and the line under it goes on
    in lower case: a wrapped title's middle (``AstronomyCalc: A python toolkit for
    teaching`` / ``Astronomical Calculations and Data Analysis`` / ``methods`` / ``Sambit K.
    Giri1``), or it ends on a compound the next line ends (``Machine Learning and Deep
    Learning‐`` / ``Based Tools``). Names carry no such tail; a list's next line opens with
    ``and``, a comma or a name's particle (``van der Berg``), and a list broken at a name's
    hyphen has its markers (``Kevin Schwar‐`` / ``zwald3``)."""
    if k + 1 >= len(free) or _CONTINUES.match(free[k + 1].text) or free[k].text.rstrip().endswith(","):
        return False
    nxt = free[k + 1].text
    broken = free[k].text.rstrip().endswith(HYPHENS)  # (``... and Deep Learning‐`` / ``Based Tools``)
    if not broken and (not (nxt[:1].isalpha() and nxt[:1].islower()) or nxt.split(" ", 1)[0] in NAME_PARTICLES):
        return False  # (``Pieter Jansen, Anna Bakker, Jan`` / ``van der Berg``: a name goes on)
    names = split_names(OPEN_TAIL_OR_HYPHEN.sub("", free[k].text.strip()), p)
    if not names:
        return False
    return not any(ms for _, ms in names) and not any(INITIALS.match(w) for n, _ in names for w in n.split())


def _interleaved_below(lines: list[FrontLine], n: int, p: StructureParams) -> bool:
    """Do the lines after line ``n`` carry on an interleaved author list?"""
    for nxt in lines[n + 1 : n + 1 + p.author_marker_reach]:
        t = nxt.text
        if NUMBER_LINE.match(t):
            if nxt is lines[n + 1]:
                return True
            continue  # a marker line between the pieces ("Bray 1*" / "1*" / ", Monika")
        if _CONTINUES.match(t) and _continues_names(strip_marks(t)[0], p):
            # (a plain "and" before one word goes on a title: ``Dust Aerosol Detection,
            # Monitoring`` / ``and Forecasting``; a list's last name has two words or a marker)
            plain = _LEADING_AND.match(t) is not None and not _OPENS_ON_MARK.match(t)
            if not (plain and len(t.split()) < 3 and not strip_marks(t)[1]):
                return True
        # Between them only name tails (``Fierli 4``, ``Joseph1, and Nipin``): a line
        # opening with a full name means this line was not the first author (it may be
        # the end of a wrapped title: ``Chemistry Techniques`` / ``Sarah Victoria Stewart``).
        names = split_names(t, p) or [("", [])]
        if nxt.label or len(names[0][0].split()) != 1:
            return False
        if not (is_author_line(t, p, strict=False) or _continues_names(t, p)):
            return False
    return False


def named_by_email(free: list[FrontLine], lines: list[FrontLine], p: StructureParams) -> int | None:
    """A line of one full name that owns one of the front's e-mail addresses
    (``Rahul Venkataraman`` ... ``rahulv@kth.se``): conference layouts set the authors side
    by side over their affiliations, and extractors read the row one bare name a line,
    with no marker and no institution right below the first (IEEE, ACM)."""
    found = emails(lines)
    if not found:
        return None
    for k in range(min(len(free), p.author_search_lines)):
        if email_named(free[k].text, found, p):
            # A name over an affiliation above it starts the block (stanzas, one an author).
            above = above_affiliation(free, lines, p)
            return k if above is None else min(k, above)
    return None


def email_named(text: str, found: list[str], p: StructureParams) -> bool:
    """``text`` is one full name that owns one of the addresses ``found``."""
    if not _one_full_name(text, p):
        return False
    name = split_names(text.strip(), p) or [("", [])]
    return any(owns_email(name[0][0], e) for e in found)


def above_affiliation(free: list[FrontLine], lines: list[FrontLine], p: StructureParams) -> int | None:
    """A name line (not the first line: that is the title) right above an affiliation
    (``Computing Science and Mathematics, University of Stirling``, ``1 Grantham ...``)."""
    for k in range(1, min(len(free), p.author_search_lines)):
        below = free[k + 1].text if k + 1 < len(free) else ""
        if is_author_line(free[k].text, p, strict=False) and (
            INSTITUTION.search(below) or _MARKED_AFFILIATION.match(below)
        ):
            return k
    return None


def single_author(free: list[FrontLine], lines: list[FrontLine], p: StructureParams) -> int | None:
    """Last resort, a single author with neither markers nor affiliation: the first name
    line after the title's first line (``Robin K. S. Hankin``)."""
    for k in range(1, min(len(free), p.single_author_search_lines)):
        if is_author_line(free[k].text, p, strict=False):
            return k
    return None


AUTHOR_STARTS: list[Callable[[list[FrontLine], list[FrontLine], StructureParams], int | None]] = [
    with_evidence,
    named_by_email,
    above_affiliation,
    single_author,
]


def author_block(free: list[FrontLine], start: int, p: StructureParams) -> list[FrontLine]:
    """The author lines from ``start``: the name-like lines that follow, as far as the
    list stays open (see ``_list_open``); an interleaved layout (``, Azhar Hussain`` or
    ``2, Simone Mantovani`` lines) is taken whole."""
    # author_start chose line ``start``: it belongs to the block even when it also names an
    # institution (a line such as "A. Smith, University of X" once gave an empty block).
    end = start + 1
    while end < len(free) and _namelike(free, end, start, p):
        end += 1
    interleaved = any(_INTERLEAVED.match(x.text) for x in free[start + 1 : end])
    k = start + 1
    while k < end and (interleaved or _list_open(free[k - 1].text, free[k].text, p)):
        k += 1
    block = free[start:k]
    # pdfminer may set the affiliation between a list left open ("Anna Brakemeier,") and
    # its last name ("Alfred Winter"): take that name from the next few lines.
    if block[-1].text.rstrip().endswith(",") or OPEN_TAIL.search(block[-1].text):
        for x in free[k : k + p.author_last_name_reach]:
            if not INSTITUTION.search(x.text) and is_author_line(x.text, p, strict=False):
                block.append(x)
                break
    return block


def stanzas(free: list[FrontLine], start: int, p: StructureParams) -> list[list[FrontLine]] | None:
    """One author a stanza, each name over its own affiliation (and contact lines, which
    other rules claimed): ``Gustavo Silveira da Luz`` / ``Universidade do Extremo Sul
    Catarinense, Criciúma, SC, Brasil`` / ``Fernando Carvalho`` / ``Universidade ...``.
    Read as one list, the block ends at the first affiliation and the other names pass for
    affiliations. Each stanza: its name line, then its affiliation's lines, up to the next
    name line over an institution; the last stanza's, as far as they name an institution
    or a place or wrap (``_goes_on``: what follows may be a label or a translated title).
    None unless two stanzas or more. (An affiliation that names no institution by a known
    word, ``Ben Okafor`` / ``Microsoft, Redmond``, is missed: a street or a campus over a
    city, ``Campo Grande`` / ``Lisbon, Portugal``, looks the same.)"""
    out: list[list[FrontLine]] = []
    k = start
    while k < len(free) and _stanza_name(free, k, p):
        stanza = [free[k]]
        k += 1
        while k < len(free) and not _stanza_name(free, k, p):
            stanza.append(free[k])
            k += 1
        out.append(stanza)
    if len(out) < 2:
        return None
    last = out[-1]
    end = next((j for j in range(2, len(last)) if not _goes_on(last[j - 1].text, last[j].text)), len(last))
    out[-1] = last[:end]
    return out


def _stanza_name(free: list[FrontLine], k: int, p: StructureParams) -> bool:
    """Line ``k`` is one author's full name (the stanza ties it to its affiliation, whatever
    its marker), over a line that names an institution, unmarked. (A list of names is no
    stanza's: ``Konrad Höffner, ..., Anna Brakemeier,`` / ``Institute for ...`` / ``Alfred
    Winter`` / ``University`` is pdfminer's one list broken by its affiliation.)"""
    if k + 1 >= len(free) or not _one_full_name(free[k].text, p):
        return False
    below = free[k + 1].text
    return INSTITUTION.search(below) is not None and not _MARKED_AFFILIATION.match(below)


def _goes_on(before: str, line: str) -> bool:
    """After the last stanza, ``line`` is still its affiliation: it names an institution or
    a place (``University of Porto, Portugal``, ``Lisbon, Portugal``), or wraps the line
    before (``..., Laboratório de Zoologia,`` / ``Criciúma``); a label (``Artigo
    Original``) or a translated title is not."""
    return INSTITUTION.search(line) is not None or "," in line or before.rstrip().endswith(",") or line[:1].islower()


def _one_full_name(text: str, p: StructureParams) -> bool:
    """One name of two words or more, with or without its marker: ``Jairo José Zocche``,
    ``Ana Rita Gonçalves i``."""
    text = text.strip()
    if INSTITUTION.search(text) or not is_author_line(text, p, strict=False):
        return False
    names = split_names(text, p)
    return names is not None and len(names) == 1 and len(names[0][0].split()) >= 2


def _namelike(free: list[FrontLine], k: int, start: int, p: StructureParams) -> bool:
    """Could line ``k`` belong to an author list? Names, name tails, or the rest of a name
    broken at a line end (``Julia John-`` / ``ston3``); never an institution."""
    t = free[k].text
    if any(w.lower() not in GROUP_WORDS for w in INSTITUTION.findall(t)):
        return False  # (``ICV 2020 Group`` among names is an author, a group of them)
    if k > start and free[k - 1].text.endswith(HYPHENS) and t[:1].islower():
        return True
    return is_author_line(t, p, strict=False) or _continues_names(t, p)


def _continues_names(text: str, p: StructureParams) -> bool:
    """``, and Ana`` / ``Trisovic 4`` / ``tke6,7``: the tail of a wrapped author list."""
    t = _LEADING_AND.sub("", text.lstrip(",& ")).strip()
    return bool(t) and split_names(t, p) is not None and len(t.split()) <= p.name_tail_max_words


def _list_open(prev: str, cur: str, p: StructureParams) -> bool:
    """Does the author list go on from ``prev`` to ``cur``? Yes when ``prev`` ends in a
    comma, "and" or a hyphen, when ``cur`` starts with one or with a marker, when both
    carry markers, or when ``prev`` ends on a bare first name (``, and Ana`` / ``Trisovic``)
    or on initials (``A. Rahimf, M. S.`` / ``Ahmada, R. Azama``)."""
    pr, cu = prev.rstrip(), cur.lstrip()
    if pr.endswith(HYPHENS) or OPEN_TAIL.search(pr) or cu.startswith((",", "&")) or _LEADING_AND.match(cu):
        return True
    if _OPENS_ON_MARK.match(cu) or NUMBER_LINE.match(pr):
        return True
    before, after = split_names(pr, p) or [], split_names(cu, p) or []
    if before and after and any(m for _, m in before) and any(m for _, m in after):
        return True
    last = before[-1][0].split() if before and not before[-1][1] else []
    if len(last) == 1 or bool(last and after and all(INITIALS.match(w) for w in last)):
        return True
    # One author a line, no markers: a full name under a full name (``Gustavo Silveira da
    # Luz`` / ``Fernando Carvalho``), neither a list of its own.
    single = len(before) == len(after) == 1 and not after[0][1] and "," not in pr + cu
    return single and len(last) >= 2 and len(after[0][0].split()) >= 2


def _full_names(text: str, p: StructureParams) -> bool:
    """Every name but the last has two words or more: ``Julia Wagemann``, ``..., and Ana``;
    not ``Dust Aerosol Detection, Monitoring and Forecasting`` (a title)."""
    names = split_names(OPEN_TAIL_OR_HYPHEN.sub("", text.strip()), p) or []
    return bool(names) and all(len(n.split()) >= 2 for n, _ in names[:-1]) and len(names[0][0].split()) >= 2


def with_markers(lines: list[FrontLine], block: list[FrontLine]) -> list[str]:
    """The author block's lines in order, with the marker-only lines (``1,2``) between and
    right after them (set aside as noise); those join the block."""
    lo, hi = lines.index(block[0]), lines.index(block[-1])
    last_marked = bool(strip_marks(block[-1].text)[1])
    after = lines[hi + 1] if hi + 1 < len(lines) else None
    if after is not None and after.label == "noise" and NUMBER_LINE.match(after.text) and not last_marked:
        hi += 1
    out = []
    for x in lines[lo : hi + 1]:
        if x in block or (x.label == "noise" and NUMBER_LINE.match(x.text)):
            out.append(x.text)
            x.label = "authors"
    return out


def parse_authors(texts: list[str], p: StructureParams) -> list[tuple[str, list[str]]]:
    """The author block's lines -> names with their markers. One author a line, no comma
    between them (``Cláudia Meurer Souza1`` / ``Betine Moehlecke Iser1``): joined, the
    markers would sit mid-list; then each line is read alone."""
    ordered = _in_reading_order(texts, p)
    if len(ordered) > 1 and all("," not in t and _one_full_name(t, p) for t in ordered):
        # A row of authors read one bare name a line (``Nadia Haddad`` / ``Jonas
        # Pfeiffer``): joined, they would read as one long name.
        return [name for t in ordered for name in split_names(t.strip(), p) or []]
    names = split_names(join_name_lines(ordered), p)
    if names is None and len(ordered) > 1 and not any(OPEN_TAIL_OR_HYPHEN.search(t) for t in ordered):
        each = [split_names(t, p) for t in ordered]
        if all(each):
            return [name for line in each for name in line or []]
    return names or []


def _in_reading_order(texts: list[str], p: StructureParams) -> list[str]:
    """pdftotext sets superscript markers on lines of their own and moves the last line of
    a wrapped author list up: ``James A. Rising`` / ``Trisovic 4`` / ``1`` / ``, Azhar
    Hussain`` / ... / ``, and Ana``; pdfminer does the same with ``2, Simone Mantovani``.
    Lines that continue the list (``,``, ``and``, ``2,``) follow the first; a line that
    does not (``Trisovic 4``, ``García López 4``) belongs at the end, as the rest of the
    last name; or as a name of its own where it is a full name without a marker (a row's
    first name, its marker read with the rest of the row) and the list's last name is full
    too (``Sarah Victoria Stewart`` / ``Audrey Ngambia`` / ``1,2, Hannah Pollak`` / ... /
    ``..., and Valentina Erastova``: the second row's first author)."""
    if not any(_INTERLEAVED.match(t) for t in texts[1:]):
        return texts
    head, tail = [texts[0]], []
    for t in texts[1:]:
        if _CONTINUES.match(t) or NUMBER_LINE.match(t):
            head.append(t)
        else:
            tail.append(t)
    if tail and _one_full_name(tail[0], p) and not strip_marks(tail[0])[1]:
        last = split_names(join_name_lines(head).strip(), p) or [("", [])]
        if len(last[-1][0].split()) >= 2:
            tail[0] = ", " + tail[0]
    return head + tail


def strip_letter_marks(parsed: list[tuple[str, list[str]]], letters: set[str]) -> list[tuple[str, list[str]]]:
    """Superscript letters glued to the names (``T. Jana, S. Gula, A. Khanb``) when the
    affiliations below are marked by letters (``a University of Malakand``): the last
    letter of every name is its marker. Only when every name ends on one of those letters
    (a surname that merely ends in "a" is left alone otherwise)."""
    if not parsed or any(name[-1:] not in letters or len(name.split()[-1]) < 3 for name, _ in parsed):
        return parsed
    return [(name[:-1], [*marks, name[-1]]) for name, marks in parsed]
