"""Where the tables are: the units of each table, and its caption.

A table sits beside its caption (``Table 1: Overview ...``, ``Tabela 2 -``): the units on
one side of it that are no prose are its cells. Which side is the paper's habit (a caption
above its table, or below it as in LaTeX papers): the side where most captions find cells.
In layout-mode text a table also shows without a caption, as lines whose pieces stand in
the same page columns; in plain text, as a stack of short lines a cell each with a column
of figures among them (pdfminer, whose caption may be read far from its table).

A unit is *prose*, and ends a table, when its lines run the width of the body's measure
(a paragraph: ``The overview of selected Python courses in Table 1 illustrates ...``), when
it is a well-known heading or another caption; table cells are short pieces, narrow
columns, or lines parted into pieces by wide gaps.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from galley import vocab
from galley.clean.headings import open_ended
from galley.clean.shapes import CAPTION_SEPARATOR, NUMBERED_HEADING, caption_label_pattern
from galley.model import Unit
from galley.params import StructureParams
from galley.structure.blocks.shapes import MARKER_ALONE, body_measure, finished
from galley.structure.headings import heading_shape, is_caption, is_known
from galley.structure.tables.cells import is_number, numeric_tail
from galley.structure.tables.rows import DATED_ROW, coded_tail, key_shape, mark_tail, row_marks

_TABLE_CAPTION = re.compile(rf"^{caption_label_pattern(vocab.all_of(vocab.TABLES))}{CAPTION_SEPARATOR}", re.I)


def is_table_caption(text: str) -> bool:
    """``Table 1: Overview of selected Python courses``, ``Tabela 2 - Dados``, ``Quadro 1 -``."""
    return bool(_TABLE_CAPTION.match(text))


@dataclass(frozen=True)
class Region:
    """Units ``lo`` .. ``hi - 1`` are a table's cells; ``caption`` is the index of its
    caption unit (just before ``lo`` or just at ``hi``), or -1."""

    lo: int
    hi: int
    caption: int = -1
    verbatim: bool = False  # a table, its text verbatim, when no recogniser rebuilds its grid

    @property
    def first(self) -> int:
        return min(self.lo, self.caption) if self.caption >= 0 else self.lo

    @property
    def end(self) -> int:
        return max(self.hi, self.caption + 1)


def gapped(u: Unit, p: StructureParams) -> bool:
    """In layout text, a line of the unit is parted into pieces by gaps wider than a
    sentence end leaves (``Beginner              25h``), so it holds cells."""
    if not u.grid:
        return False
    for pieces in u.grid:
        for (_, _, end), (nxt, _, _) in zip(pieces, pieces[1:], strict=False):
            if nxt - end >= p.table_gap_spaces:
                return True
    return False


def _parted(pieces: tuple[tuple[int, int, int], ...], p: StructureParams) -> bool:
    return any(nxt - end >= p.table_gap_spaces for (_, _, end), (nxt, _, _) in zip(pieces, pieces[1:], strict=False))


def runs_measure(line: str, measure: float, p: StructureParams) -> bool:
    """The line runs the body's measure: within ``table_prose_width`` of it, below or above
    (a caption set on one line by pypdf, far longer, does not)."""
    return measure > 0 and p.table_prose_width * measure <= len(line) <= measure / p.table_prose_width


def is_prose(u: Unit, measure: float, p: StructureParams) -> bool:
    """A paragraph, not cells: two lines or more running the body's measure (within
    ``table_prose_width``), ``table_prose_share`` of them or its first two (an equation or
    a short line set inside the paragraph: ``... considerando a`` / ``existência de J
    escolas, ...`` / ``... na expressão (1).`` / ``yij = β0j + eij; β0j = γ00 + u0j`` /
    ``em que yij é ...``), and no line parted into cells by wide gaps."""
    if measure <= 0 or len(u.lines) < 2 or gapped(u, p):
        return False
    body = u.lines[:-1]
    runs = [runs_measure(ln, measure, p) for ln in body]
    return sum(runs) >= max(1, p.table_prose_share * len(body)) or runs[:2] == [True, True]


def ends_table(
    units: list[Unit], i: int, measure: float, p: StructureParams, trust_cleaner_headings: bool = True
) -> bool:
    """Unit ``i`` is one no table runs across: prose, another caption, or a heading (well
    known, or set apart by the cleaner) right above prose (``Instructional design`` / ``The
    workshop can be taught on-line ...``), or above its first subsection's (``3. Results``
    / ``3.1. Callus development from in vitro leaf`` / ``The In vitro leaves ...``; a
    well-known heading above a subsection's heading).
    ``trust_cleaner_headings``: a line the cleaner set apart as a heading counts as one (not among cells
    a line each, which it sets apart all alike: ``Form`` / ``Search query`` / ``Ebsco``)."""
    u = units[i]
    text = u.text.strip()
    if is_caption(text) or is_table_caption(text) or _list_item(u):
        return True
    known = len(u.lines) <= 2 and is_known(text, p)
    heading = (trust_cleaner_headings and u.kind == "heading") or known
    after = i + 1
    # (A well-known section's first subsection may come between, one heading: ``Results and
    # Discussion`` / ``Racemization reaction`` / ``Initially, we focused on ...``; header
    # cells set apart one by one are more: ``Learning Objectives`` / ``Topics`` / ``Day 1``.)
    while after < len(units) and units[after].kind == "heading":
        if not (_subsection(text, units[after].text) or (known and after == i + 1)):
            break
        after += 1
    heading = heading and not key_shape(text) and not _marks_only(u, p)
    if heading and (after >= len(units) or _prose_at(units, after, measure, p)):
        return True  # (a header cell may be a section's name: ``Learning Objectives``)
    return _prose_at(units, i, measure, p)


def _list_item(u: Unit) -> bool:
    """A numbered list's item, its marker alone on the first line (pdfminer: ``5.`` /
    ``Period researched: The study did not define a specific period;``): an item of the
    text, no table's cell, however short. It ends a sentence or a clause, and holds no
    figure on a line of its own (a table's numbered row: ``1.`` / ``Clarity of the
    explanations`` / ``4.6`` / ``0.5``)."""
    lines = [ln.strip() for ln in u.lines]
    if len(lines) < 2 or not MARKER_ALONE.fullmatch(lines[0]) or not lines[1][:1].isupper():
        return False
    return lines[-1].endswith((";", ".", ":")) and not any(is_number(ln) for ln in lines[1:])


def _prose_at(units: list[Unit], i: int, measure: float, p: StructureParams) -> bool:
    """Unit ``i`` is prose, no row's label above a line of its marks, and no row of a
    chronology among others (see ``_dated_rows``)."""
    if not _prose(units[i], measure, p) or (i + 1 < len(units) and _marks_only(units[i + 1], p)):
        return False
    return not _dated_rows(units, i)


def _dated_rows(units: list[Unit], i: int) -> bool:
    """Unit ``i`` and the unit before or after it open with a year and a capital (a
    chronology's rows, each wrapped past the measure: ``1965 Budowski Pioneira,
    secundária inicial, secundária`` / ``tardia e clímax`` / ``1971 Gómez-Pompa ...``);
    a paragraph seldom opens with a bare year, two in a row never."""
    if not DATED_ROW.match(units[i].text):
        return False
    return any(0 <= k < len(units) and DATED_ROW.match(units[k].text) for k in (i - 1, i + 1))


def _marks_only(u: Unit, p: StructureParams) -> bool:
    """A line of a row's marks alone (``X``, ``MA, TO``): the unit above is its label,
    however wide (``Chromolaena myriocephala (Gardner) R.M.King &`` / ``H.Rob.`` / ``X``)."""
    return len(u.lines) == 1 and _marks_alone(u.lines[0], p)


def _marks_alone(line: str, p: StructureParams) -> bool:
    return bool(row_marks(line, p)) and not mark_tail(line, p)[0]


def _subsection(heading: str, nxt: str) -> bool:
    """``nxt`` is the first subsection of the numbered ``heading`` (``3. Results`` /
    ``3.1. Callus development``)."""
    a, b = heading.split(" ", 1)[0].rstrip("."), nxt.split(" ", 1)[0].rstrip(".")
    return bool(NUMBERED_HEADING.match(heading)) and b == f"{a}.1"


def _prose(u: Unit, measure: float, p: StructureParams) -> bool:
    """Prose, unless it opens with a row's key (OCR sets a row's cells on one long line),
    or half its lines end on a row's marks or figures (a table's rows as wide as the column
    beside it: ``Didymopanax vinosus (Cham. & Schltdl.) Marchal TO`` / ``Arecaceae``,
    ``Thalurania glaucopis (Gmelin, 1788) 1 1 0.7 RA Und`` / ``Trogoniformes A.O.U., 1886``),
    or most of its words open with a capital and it is no sentence (a header's cells:
    ``_title_cased``; a row of names, ``Capital Caieiras, Carapicuíba, Centro (SP), ...``;
    not a funding paragraph full of names, which ends a sentence of function words)."""
    if not is_prose(u, measure, p) or key_shape(u.lines[0].strip()):
        return False
    text = u.text.strip()
    if _title_cased(u.lines) and not (finished(text) and _sentence_like(text, p)):
        return False
    return 2 * sum(1 for ln in u.lines if row_marks(ln, p) or coded_tail(ln, p)[1]) < len(u.lines)


def _sentences(u: Unit, measure: float, p: StructureParams) -> bool:
    """A unit at a table's far end that reads as the text around it: it ends a sentence
    and runs most of the measure (``Below are two tables summarizing results from our
    post-workshop survey. We use the`` / ``students' feedback ...``), or is one long
    sentence (``The doing part, that really helps to get the theory into practice.``)."""
    text = u.text.strip()
    if not finished(text) or gapped(u, p):
        return False
    if len(u.lines) == 1:
        return len(text.split()) >= p.table_sentence_words
    return len(u.lines[0]) >= p.table_sentence_width * measure


def _cells_from(units: list[Unit], start: int, step: int, measure: float, p: StructureParams) -> int:
    """How many units from ``start`` on (``step`` 1: forward, -1: backward) are cells. A
    heading-shaped line that repeats a cell met already (``Beginner``, ``Intermediate``: a
    column's value) is a cell too, whatever follows it."""
    n, i = 0, start
    seen: set[str] = set()
    while 0 <= i < len(units):
        text = units[i].text.strip()
        if ends_table(units, i, measure, p) and not (units[i].kind == "heading" and text in seen):
            break
        seen.add(text)
        n += 1
        i += step
    return n


def gapped_runs(units: list[Unit], measure: float, p: StructureParams) -> list[Region]:
    """Tables without a caption in layout text: runs of units whose lines are parted into
    cells by wide gaps (``File Name            Description`` / ``01_DM_Rotation_Curve_Intro.ipynb
    Animations and rotation``), with the units of wrapped cells between them, holding
    ``table_min_rows`` such lines or more. Prose ends a run."""
    out: list[Region] = []
    i = 0
    while i < len(units):
        if not gapped(units[i], p) or ends_table(units, i, measure, p):
            i += 1
            continue
        j, last = i, i
        while j < len(units) and not ends_table(units, j, measure, p):
            if gapped(units[j], p):
                last = j
            elif j - last > 1:
                break  # two units without cells in a row: the table is over
            j += 1
        lines = sum(1 for u in units[i : last + 1] for line in (u.grid or []) if _parted(line, p))
        if lines > p.table_min_rows:
            out.append(Region(i, last + 1))
        i = last + 1
    return out


def find_regions(units: list[Unit], p: StructureParams) -> list[Region]:
    """The tables beside captions, each with its caption, in order (see the module
    docstring); a unit belongs to one table at most."""
    measure = body_measure(units, p)
    captions = [i for i, u in enumerate(units) if is_table_caption(u.text.strip())]
    after = {i: _cells_from(units, i + 1, 1, measure, p) for i in captions}
    before = {i: _cells_from(units, i - 1, -1, measure, p) for i in captions}
    enough = {
        (i, side): _enough(units, i + step, n[i], p)
        for i in captions
        for side, n, step in (("after", after, 1), ("before", before, -1))
    }
    below = sum(enough[i, "before"] for i in captions) > sum(enough[i, "after"] for i in captions)
    out: list[Region] = []
    taken = 0  # units before this index belong to a table already
    for i in captions:
        sides = [("before", before[i]), ("after", after[i])]
        if not below:
            sides.reverse()
        for side, n in sides:
            if not enough[i, side]:
                continue
            if side == "before":
                lo = max(i - n, taken)
                while lo < i and _sentences(units[lo], measure, p):
                    lo += 1  # prose the cleaner did not part from the table: the text before it
                region = Region(lo, i, i)
            else:
                region = Region(i + 1, i + 1 + n, i)
            # (the text before it taken off, the cells left must still be enough; a lone unit
            # of rows counts, see ``_enough``)
            if region.first >= taken and region.hi - region.lo >= min(n, p.table_min_units):
                out.append(region)
                taken = region.end
                break
    for extra in [*gapped_runs(units, measure, p), *key_runs(units, measure, p), *cell_stacks(units, measure, p)]:
        if not any(extra.first < r.end and r.first < extra.end for r in out):
            out.append(extra)
    return sorted(out, key=lambda r: r.first)


def _enough(units: list[Unit], nearest: int, n: int, p: StructureParams) -> bool:
    """``n`` cells beside a caption are enough for a table: ``table_min_units``, or one that
    holds the table's rows in its lines (``table_min_rows`` or more that end on two figures
    or more: ``entry Temperature / °C ee of 1 after ...`` / ``hb / %`` / ``1 20 >
    98 > 98 > 98`` / ``2 40 96 96 86`` / ``3 60 50 33 0``, a page with no space between its
    blocks)."""
    if n != 1:
        return n >= p.table_min_units
    return sum(1 for ln in units[nearest].lines if numeric_tail(ln, p)[1]) >= p.table_min_rows


def cut_units(units: list[Unit], p: StructureParams) -> list[Unit]:
    """Units cut where the cleaner joined a table to what is around it (no blank line
    parted them): before a caption line (``... Docker`` / ``Table 2: Pedagogical methods``),
    and where prose follows a column of cells (``1. Reproducible`` / ``computational`` /
    ``environment with`` / ``Docker`` / ``The workshop can be taught on-line or in person
    and while we encourage self-taught`` / ...: ``table_cell_lines`` short lines or more,
    then two lines running the measure). Never inside a word the cleaner mended."""
    if not any(is_table_caption(u.text.strip()) or _caption_inside(u) or _keys(u, p) for u in units):
        return units  # no table caption, no keys: nothing to part
    measure = body_measure(units, p)
    labels = Counter(label for u in units for ln in u.lines if (label := caption_label(ln)))
    twice = frozenset(label for label, n in labels.items() if n > 1)
    out: list[Unit] = []
    for u in units:
        out += _cut(u, measure, p, twice)
    return out


def caption_label(line: str) -> str:
    """The table a caption line names, in lower case (``Tabela 1 - Características`` ->
    ``tabela 1``); "" for a line that opens no table caption."""
    m = _TABLE_CAPTION.match(line.strip())
    return " ".join(m.group().rstrip(":.|—–-").lower().split()) if m else ""


def _cited(lines: list[str], k: int, twice: frozenset[str]) -> bool:
    """Line ``k`` opens like a table's caption, but the sentence above goes on into it
    (``... estão apresentadas na`` / ``Tabela 1. A frequência ...``): the text cites the
    table whose caption is printed elsewhere too."""
    return caption_label(lines[k]) in twice and open_ended(lines[k - 1])


def _keys(u: Unit, p: StructureParams) -> bool:
    """The unit holds ``table_min_keys`` lines or more opening with keys of one shape."""
    shapes = key_counts(u)
    return bool(shapes) and shapes.most_common(1)[0][1] >= p.table_min_keys


def key_counts(u: Unit) -> Counter[str]:
    """How many of the unit's lines open with a key of each shape (``rows.key_shape``)."""
    return Counter(shape for line in u.lines if (shape := key_shape(line.strip())))


def _caption_inside(u: Unit) -> bool:
    return any(is_table_caption(ln) for ln in u.lines[1:])


def _cut(u: Unit, measure: float, p: StructureParams, twice: frozenset[str] = frozenset()) -> list[Unit]:
    lines = u.lines
    if len(lines) < 2 or len(u.offsets) != len(lines):
        return [u]
    k = _caption_end(u, measure, p)
    if k:
        head, tail = u.split(k)
        return [head, *_cut(tail, measure, p, twice)]
    # Prose after a column of cells: the lines before it all fall well short of the measure.
    cells = next((j for j, ln in enumerate(lines) if len(ln) >= p.table_prose_width * measure), len(lines))
    # Rows of a table: the lines it opens with end on their marks or figures.
    rows = next((j for j, ln in enumerate(lines) if not (row_marks(ln, p) or numeric_tail(ln, p)[1])), len(lines))
    for k in range(1, len(lines)):
        if u.glued(k) and not (is_table_caption(lines[k]) and u.text[: u.offsets[k]].endswith("-")):
            continue  # (a caption is no word's end: ``(78), Mal-`` / ``Table 1: IFN Cerrado``)
        announced = lines[k - 1].rstrip().endswith(":") and _keys(u, p)  # ``... notebooks:`` / the table
        # A table caption set on a page (``Table 1 – Racemization of ...``) may fall inside
        # a paragraph the page break cut: the float parts it whatever the line before. (A
        # table's caption is a caption: most lines are asked one pattern.)
        caption = is_caption(lines[k]) and (is_table_caption(lines[k]) or _closed(lines[k - 1], measure, p))
        caption = caption and not _cited(lines, k, twice)
        if announced or caption:
            head, tail = u.split(k)
            return [*_cut(head, measure, p, twice), *_cut(tail, measure, p, twice)]
        if measure and k + 1 < len(lines) and k == rows >= p.table_min_rows and _prose_from(lines, k, measure, p):
            head, tail = u.split(k)  # a table's last rows, then the text after it
            return [head, *_cut(tail, measure, p, twice)]
        if (
            measure
            and p.table_cell_lines <= k <= cells
            and k + 1 < len(lines)
            and _prose_from(lines, k, measure, p)
            and not _wrapped_prose(lines[:k])
        ):
            head, tail = u.split(k)
            title = head.lines[-1]
            if len(head.lines) > p.table_cell_lines and heading_shape(title, p) and title[:1].isupper():
                head, above = head.split(len(head.lines) - 1)  # the prose's heading: ``Instructional design``
                return [head, replace(above, kind="heading"), *_cut(tail, measure, p, twice)]
            return [head, *_cut(tail, measure, p, twice)]
    return [u]


def _wrapped_prose(lines: list[str]) -> bool:
    """Short lines that are sentences wrapped, not a column of cells: most go on the line
    before in lower case, and a sentence ends inside one of them (pypdf, a narrow column:
    ``Sitka abre a caixa e encontra os objetos`` / ``que remetem à experiência da visita,
    pega-`` / ``os e coloca-os sobre a bancada. Eu tenho`` / ...; a cell's wrapped text
    goes on in lower case too, ``Use git to track your work;`` / ``Use git to ...``)."""
    goes_on = sum(1 for a, b in zip(lines, lines[1:], strict=False) if b[:1].islower() and not finished(a))
    return 2 * goes_on >= len(lines) - 1 and any(_SENTENCE_INSIDE.search(ln) for ln in lines)


_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{2}[.?!] [A-ZÀ-Þ]")


def _caption_end(u: Unit, measure: float, p: StructureParams) -> int:
    """Where a table's caption ends when the table's header follows it in one unit: the
    line after the caption's last sentence, or after a caption line that leaves nothing
    open (no comma, no function word, no lower-case line after it: ``... nos níveis de
    proficiência em matemática`` / ``Região Níveis de Proficiência em Matemática``; not
    ``... de acordo com a Macrorregião`` / ``do Brasil. ...``), the lines from there on short cells
    (under ``table_row_width`` of the caption's first line: ``... W = water.`` / ``State
    Number of`` / ``conglomerates``), the first no sentence, that do not read as prose on
    their own (a header as wide as the body's measure is no prose: ``_title_cased``); 0 when the
    unit is no caption or no cells follow."""
    lines = u.lines
    if not is_table_caption(lines[0]):
        return 0
    for k in range(1, len(lines)):
        closed = finished(lines[k - 1]) or not (
            lines[k - 1].rstrip().endswith(_OPEN) or open_ended(lines[k - 1]) or lines[k][:1].islower()
        )
        if closed and all(len(ln) < p.table_row_width * len(lines[0]) for ln in lines[k:]):
            rest = u.split(k)[1]
            if u.glued(k) or finished(lines[k]) or (is_prose(rest, measure, p) and not _title_cased(rest.lines)):
                break  # (a sentence goes on the caption: ``ZOO: Zoocórica, ANE: Anemocórica.``)
            return k
    return _rows_end(u, measure, p)


def _rows_end(u: Unit, measure: float, p: StructureParams) -> int:
    """Where a caption ends that the table's header and rows of figures follow in one unit,
    however wide the header (a page without space between its blocks: ``Table 2 –
    Racemization of (S)-1-phenylethanol (1) varying the quantity of`` / ``NbOPO4.nH2Oa`` /
    ``entry NbOPO4.nH2O / mg ee of 1 after 3 hb / % ee of 1 after 6 hb / % ee of 1 after``
    / ``24 hb / %`` / ``1 10 88 84 78`` / ...): after a caption line that leaves nothing
    open (no open ending, no line running the measure without a stop before a line in
    lower case: ``... in different`` / ``temperaturesa``), a header of
    ``table_figure_header_lines`` lines at most or of short cells (pypdf: ``entry
    NbOPO4.nH2O /`` / ``mg ee of 1 after`` / ``3 hb /`` / ...), then ``table_min_rows`` rows
    or more in a run that end on two figures or more (a line of prose may end on an
    acronym, ``... and the PNS``, hardly on two figures). A header longer than that keeps
    its first lines in the caption: the rows are the table's all the same. Never below the
    first row."""
    lines = u.lines
    rowed = [bool(numeric_tail(ln, p)[1]) for ln in lines]
    first_row = next((j for j in range(1, len(lines)) if rowed[j]), 0)
    for k in range(1, first_row + 1):
        prev = lines[k - 1].rstrip()
        wraps = runs_measure(prev, measure, p) and lines[k][:1].islower()
        if u.glued(k) or (not finished(prev) and (prev.endswith(_OPEN) or open_ended(prev) or wraps)):
            continue  # (the caption goes on)
        first = next((j for j in range(k, len(lines)) if rowed[j]), len(lines))
        end = next((j for j in range(first, len(lines)) if not rowed[j]), len(lines))
        cells = all(len(ln) < p.table_row_width * len(lines[0]) for ln in lines[k:first])
        header = first - k <= p.table_figure_header_lines or cells  # (pypdf: a header cell a line)
        if header and end - first >= p.table_min_rows:
            return k
    return 0


def _title_cased(lines: list[str]) -> bool:
    """Most words of its first two lines open with a capital (``Indicator/Characteristic
    Death Crude rate Adjusted rate`` / ``(95%CI)``): a table's header cells, however wide,
    not a sentence. (A header runs a line or two: a paragraph's first two show what it is.)"""
    capitals = lower = 0
    for word in " ".join(lines[:2]).replace("(", " ").replace("[", " ").split():
        if word[0].isupper():
            capitals += 1
        elif word[0].isalpha():
            lower += 1
    return capitals > lower


_FUNCTION_WORDS = frozenset(vocab.all_of(vocab.FUNCTION_WORDS))


def _sentence_like(text: str, p: StructureParams) -> bool:
    """``table_sentence_function_share`` of its words or more are function words (``This
    work was supported by the ... of ... and the ...``): a sentence, not a row of names."""
    words = [w for w in (w.strip(".,;:()[]“”\"'") for w in text.split()) if w]
    # (In lower case: ``A.``, ``N.``, an initial, or ``São`` is no function word.)
    function = sum(1 for w in words if w in _FUNCTION_WORDS)
    return bool(words) and function >= p.table_sentence_function_share * len(words)


# What leaves a caption's line open: its sentence goes on.
_OPEN = (",", ";", ":", "(", "-", "–", "—", "/")


def _closed(line: str, measure: float, p: StructureParams) -> bool:
    """The line before a figure's caption closes the text above it: it ends a sentence,
    falls well short of the measure, or is a table's row ending on its figures (``Total
    2,779 1,111.6 28,602 10.3 ± 12.2 1,822`` / ``Figure 3: Rarefaction ...``)."""
    return finished(line) or len(line) < p.table_prose_width * measure or bool(numeric_tail(line, p)[1])


def _prose_from(lines: list[str], k: int, measure: float, p: StructureParams) -> bool:
    """Lines ``k`` and ``k + 1`` run the measure (``_cut`` asks only where the lines before
    ``k`` all fall well short)."""
    return all(runs_measure(ln, measure, p) for ln in lines[k : k + 2])


_BULLETS = "•●○◦▪■‣∙"


def _bulleted(units: list[Unit]) -> bool:
    """A bullet opens a line of the run (``•`` / ``process_gs() ensures ...``): a bulleted
    list whose items open with names, not a table's keys."""
    return any(line.strip()[:1] in _BULLETS for u in units for line in u.lines if line.strip())


def key_runs(units: list[Unit], measure: float, p: StructureParams) -> list[Region]:
    """Tables without a caption in plain text: runs of cells in which ``table_min_keys``
    lines or more open with keys of one shape (``01_DM_Rotation_Curve_Intro.ipynb``,
    ``02_Widget_NGC5533_DMonly.ipynb`` ...), with the short cells above the first key (its
    header: ``File Name`` / ``Description``) and the wrapped cells after the last: as many
    units as the keys read alone one under another, and two more (the other column's
    header, and the headers read again after a page break), or ``table_cell_lines``. Prose
    ends a run."""
    keys_of = {i: found for i, u in enumerate(units) if (found := key_counts(u))}  # (asked again and again below)
    out: list[Region] = []
    i = 0
    while i < len(units):
        shapes = keys_of.get(i)
        if not shapes or ends_table(units, i, measure, p):
            i += 1
            continue
        best: tuple[int, int, int] | None = None  # (keys, first, end)
        for shape in shapes:
            keys, j, last, stack = 0, i, i, 0
            while j < len(units) and not ends_table(units, j, measure, p):
                n = keys_of[j][shape] if j in keys_of else 0
                if n:
                    # Keys alone one under another (in one unit or in units one after
                    # another) have their cells further on, a unit each after the header.
                    alone = all(len(ln.split()) == len(shape.split()) for ln in units[j].lines)
                    stack = n + (stack if j == last + 1 else 0) if alone else 0
                    keys, last = keys + n, j
                elif j - last > max(p.table_cell_lines, stack + 2):
                    break
                j += 1
            if keys >= p.table_min_keys and (best is None or keys > best[0]) and not _bulleted(units[i:j]):
                best = (keys, i, j)
        if best is None:
            i += 1
            continue
        lo = i
        while lo > 0 and i - lo < 2 and len(units[lo - 1].lines) <= 2 and not ends_table(units, lo - 1, measure, p):
            lo -= 1  # the header's cells above the first key
        out.append(Region(lo, best[2]))
        i = best[2]
    return out


def cell_stacks(units: list[Unit], measure: float, p: StructureParams) -> list[Region]:
    """Tables without a caption beside them in plain text, read a cell a line (pdfminer: a
    text box per column, its cells one under another): runs of ``table_stack_lines`` short
    lines or more, among them a column of figures or marks (more than ``table_min_rows`` in
    a row). rac-26's Table 1, 20 lines below its caption, reads ``Form`` / ``Search query``
    / ``Ebsco`` / ... / ``All content`` / ``1 "Scale development" AND "virtue* ethic*"`` /
    ... / ``3`` / ``11`` / ``-`` / ``12``. Such a run is a table even when no recogniser
    rebuilds its grid (``Region.verbatim``): its text verbatim beats a heading a cell (``Ebsco``,
    ``Abstract``) and a list item a dash. Prose, a caption, or a well-known heading above
    prose ends a run; the cleaner's headings do not (it sets every such cell apart)."""
    short = [all(len(ln.strip()) < p.table_prose_width * measure for ln in u.lines) for u in units]
    out: list[Region] = []
    lo = 0
    while lo < len(units):
        hi = lo
        while hi < len(units) and short[hi]:
            hi += 1
        # (Asking what ends a table is dear: only a run of short units that could hold a
        # stack is asked, unit by unit.)
        if _a_stack(units[lo:hi], p):
            out += _stacks(units, lo, hi, measure, p)
        lo = hi + 1
    return out


def _stacks(units: list[Unit], lo: int, hi: int, measure: float, p: StructureParams) -> list[Region]:
    """The stacks among units ``lo`` .. ``hi - 1``, all short: cut where a unit ends a table."""
    out: list[Region] = []
    i = lo
    while i < hi:
        j = i
        while j < hi and not ends_table(units, j, measure, p, trust_cleaner_headings=False):
            j += 1
        # A section's name next to the cells (``Resultados`` above them, ``References`` or
        # ``4.2 Calibração do sensor`` after them) is the text's, not the table's.
        start, end = i, j
        while start < end and _section_name(units[start], p):
            start += 1
        while end > start and _section_name(units[end - 1], p):
            end -= 1
        if _a_stack(units[start:end], p):
            out.append(Region(start, end, verbatim=True))
        i = j + 1
    return out


def _section_name(u: Unit, p: StructureParams) -> bool:
    """A well-known section name on a line of its own, or a numbered one the cleaner set
    apart as a heading."""
    if len(u.lines) != 1:
        return False
    text = u.text.strip()
    return is_known(text, p) or (u.kind == "heading" and bool(NUMBERED_HEADING.match(text)))


def _a_stack(units: list[Unit], p: StructureParams) -> bool:
    """``table_stack_lines`` lines or more with a column of figures among them."""
    lines = [ln for u in units for ln in u.lines if ln.strip()]
    return len(lines) >= p.table_stack_lines and _figure_column(lines, p.table_min_rows + 1, p)


def _figure_column(lines: list[str], enough: int, p: StructureParams) -> bool:
    """``enough`` lines in a row or more that are each one figure or a row's marks alone."""
    column = 0
    for line in lines:
        text = line.strip()
        column = column + 1 if is_number(text) or _marks_alone(text, p) else 0
        if column >= enough:
            return True
    return False
