"""Notes under a table: its source, its abbreviations, its marked notes -> footnote blocks.

A table is often followed by a few lines of notes (``Fonte: Pesquisa Nacional de Saúde,
2013``, ``HS = Hyperhydric shoots; LHS = Length of hyperhydric shoots``, ``* Coeficiente
de variação = 0,53``, ``a (S)-1-Phenylethanol (0.24 mmol) ... were stirred``). They are no
cells of the grid and no paragraph of the running text: each is a note of its own, set
right after the table. The extractors give them as lines after the last row (pypdf: in
the same unit as the rows, the text after them too), or, read column by column
(pdfminer), as a unit between the columns.

``cut`` parts them from the rows and the prose around them before the table finder runs;
``part`` takes them out of a table's units (the table finder counts them as cells: they are
short and no prose).
"""

from __future__ import annotations

import re

from galley import vocab
from galley.clean.headings import open_ended
from galley.model import Block, Unit
from galley.params import StructureParams
from galley.structure.blocks.shapes import MARKER_ALONE, at_most_words, finished, span

# ``Fonte: ...``, ``Source: ...``, ``Note. ...``, ``Nota. ...``: a note by its word.
WORDED = re.compile(rf"^(?:{vocab.alternation(vocab.all_of(vocab.TABLE_NOTES))})\s*[:.]\s+\S", re.I)
# ``Mean followed by different alphabets are statistically significant at p<0.05.``: a
# note by its phrase, capitalised; cut out like a marked note, after a row's figures
# (pypdf), or opening a unit of its own (the paragraph after it read in the same unit).
_PHRASE = re.compile(rf"^(?:{vocab.alternation(w.capitalize() for w in vocab.all_of(vocab.TABLE_NOTE_PHRASES))})\s")
# ``* extracted using ion exchange resin;``, ``# Dados ausentes ...``, ``† p < 0.05``.
_SYMBOL = re.compile(r"^(?:\*{1,3}|#|[†‡§¶])\s*\S")
# ``a (S)-1-Phenylethanol (0.24 mmol) ...``, ``b enantiomeric excess ...``: a note's letter,
# then its text (a word or a bracket).
LETTER = re.compile(r"^([a-h])\s+(?:[(\"“]|\w{2,})")
# ``HS = Hyperhydric shoots; ...``, ``OM: organic matter;``, ``IC95% = intervalo de ...``,
# ``-: not calculated; *: ...``: an abbreviation (or a table's sign) and what it stands for.
_DEFINED = re.compile(r"^(?:[A-ZÀ-Þ][^\W_]{0,7}%?|[-–—*])\s?(?:=|:)\s+[^\W\d_]")
# Before a colon, a word in lower case after its capital is a list's label (``Topic: the
# process ...``, ``Language: the review ...``) unless short (``Av: average``), holding more
# capitals or a figure (``APC:``, ``IC95%:``), or spelt out by the word after it (``Prod:
# produtividade``, ``Ctrl: controle``).
_LABEL = re.compile(r"^([A-ZÀ-Þ][^\W\dA-ZÀ-Þ_]{3,7}):\s+(\w+)")
# A row's last cell is a figure (``Sudoeste (SO) 47,6 45,4 6,7 0,3``, ``3.5±0.20b``, ``(4.4)``).
_FIGURE_END = re.compile(r"[\d)%]\w?\.?$")


def opens_note(line: str, letters: bool = True) -> bool:
    """Does the line open a note under a table? (Asked only beside a table: elsewhere ``*``
    opens a bulleted item and ``a`` a sentence; ``letters`` False: a note's letter is not
    asked, for a unit that may be a sentence going on after the table, ``a major effect``.)"""
    s = line.strip()
    return bool(WORDED.match(s) or _SYMBOL.match(s) or _PHRASE.match(s) or (letters and LETTER.match(s)) or _defined(s))


def _defined(line: str) -> bool:
    """An abbreviation (or a table's sign) and what it stands for (``_DEFINED``), not a
    list's label (``_LABEL``)."""
    if not _DEFINED.match(line):
        return False
    label = _LABEL.match(line)
    return label is None or _abbreviates(label.group(1).lower(), label.group(2).lower())


def _abbreviates(key: str, word: str) -> bool:
    """``key`` is shortened from ``word``: its letters in order, from the first
    (``ctrl`` < ``controle``, ``prod`` < ``produtividade``)."""
    rest = iter(word)
    return key[:1] == word[:1] and all(c in rest for c in key)


def _closed(line: str) -> bool:
    s = line.rstrip()
    return s.endswith(";") or finished(s)


def note_run(lines: list[str], k: int, measure: float, p: StructureParams) -> int:
    """Where the notes that open at line ``k`` end (an index past it): lines that open a
    note, the wrapped lines of a note (the line before runs the measure and does not end
    its sentence), and a one-line sentence after a note (``* Mean ± standard deviation
    (n = 16) ...`` / ``On the same line, values preceded by ...``)."""
    j = k + 1
    while j < len(lines):
        line, prev = lines[j].strip(), lines[j - 1].strip()
        if opens_note(line):
            j += 1
        elif not _closed(prev) and (not measure or len(prev) >= p.table_prose_width * measure):
            j += 1  # the note goes on on its next line
        elif _closed(prev) and _sentence_note(lines, j):
            j += 1
        else:
            break
    return j


def _sentence_note(lines: list[str], j: int) -> bool:
    """Line ``j`` is a sentence of its own (``On the same line, values preceded by ...``),
    not the first line of a paragraph going on below it."""
    line = lines[j].strip()
    last = j + 1 == len(lines) or not lines[j + 1][:1].islower()
    return line[:1].isupper() and finished(line) and last


def _notes_tail(lines: list[str], measure: float, p: StructureParams) -> int:
    """The index of the first line of the notes that end the lines, len(lines) if none:
    a line that opens a note, after a row's last figure or the table's last cell, from
    which every line to the end is a note."""
    for k in range(len(lines)):
        if opens_note(lines[k]) and (k == 0 or _after_row(lines[k - 1], lines[k])):
            if note_run(lines, k, measure, p) == len(lines):
                return k
    return len(lines)


def _after_row(prev: str, line: str) -> bool:
    """Line ``line`` opens a note where the line before ends a row (a figure) or closes a
    sentence, or the note names itself (``Fonte:``) after a line whose sentence is over."""
    if WORDED.match(line.strip()):
        return not open_ended(prev)
    return bool(_FIGURE_END.search(prev.strip())) or _closed(prev)


def _row_before(prev: str, line: str) -> bool:
    """The line before a marked note ends a table's row on a figure (``Cortadores de cana
    102 47 46,1`` / ``a p de Fisher ...``). (Prose that ends a line on a figure and goes on
    with ``a cada ano`` is cut too: ``blocks.joins`` joins the piece opening in lower case
    back to its paragraph.) A list's marker alone on its line (``3.`` / ``Topic: the
    process ...``, pdfminer) ends no row."""
    return bool(_FIGURE_END.search(prev.strip())) and not MARKER_ALONE.fullmatch(prev.strip())


def cut(units: list[Unit], measure: float, p: StructureParams) -> list[Unit]:
    """Units cut around the notes under a table that an extractor ran into the rows and the
    text after them (pypdf: ``Sudoeste (SO) 47,6 45,4 6,7 0,3`` / ``Fonte: elaborada pela
    autora.`` / ``yij = β0j + eij; ...``). A worded note (``Fonte:``) is cut out where it
    follows a line whose sentence is over; a marked one (``*``, ``a``, ``HS =``) only after a
    row's last figure. Asked in a paper with table captions only; never cuts inside a word
    the cleaner mended."""
    out: list[Unit] = []
    for u in units:
        out += _cut(u, measure, p)
    return out


def _cut(u: Unit, measure: float, p: StructureParams, opened: bool = False) -> list[Unit]:
    """``opened``: the unit was cut before its first line, a note."""
    lines = u.lines
    if len(lines) < 2 or len(u.offsets) != len(lines):
        return [u]
    for k in range(len(lines)):
        line = lines[k].strip()
        worded = bool(WORDED.match(line))
        if k == 0 and not (worded or opened or _PHRASE.match(line) or _mixed_notes(lines)):
            continue  # (a unit opening with ``a major effect ...`` goes on a sentence)
        if not (worded or opens_note(line)):
            continue
        if k > 0 and not (_after_row(lines[k - 1], line) if worded else _row_before(lines[k - 1], line)):
            continue
        end = note_run(lines, k, measure, p)
        if end - k > p.table_notes_max_lines:
            continue  # a long run of such lines is a list, not a table's notes
        if (k and u.glued(k)) or (end < len(lines) and u.glued(end)):
            continue
        if k == 0:
            if end < len(lines) and lines[end].lstrip()[:1].isdigit():
                return [u]  # (``7 Na PNEEPEI de 2008 ...``: the page's own note, cut_notes's)
            # each note a unit of its own (``* Coeficiente ...`` / ``CV% = ...`` / ``Fonte: ...``)
            starts = [j for j in _starts(lines[:end], measure, p) if j > 0 and not u.glued(j)]
            if end == len(lines):
                return _split_at(u, starts)
            head, rest = u.split(end)
            return [*_split_at(head, starts), *_cut(rest, measure, p)]
        head, tail = u.split(k)
        return [head, *_cut(tail, measure, p, opened=True)]
    return [u]


def _mixed_notes(lines: list[str]) -> bool:
    """Every line opens a note, not all with one sign (``* Coeficiente de variação amplo``
    / ``CV% = coeficiente de variação; ...`` / ``Fonte: ...``): the notes under a table,
    not a bulleted list (one bullet for all its items)."""
    if not all(opens_note(ln, letters=False) for ln in lines):
        return False
    return len({ln.strip()[:1] for ln in lines}) > 1


def _split_at(u: Unit, cuts: list[int]) -> list[Unit]:
    """The unit cut before each of its lines ``cuts`` (ascending)."""
    out: list[Unit] = []
    for k in reversed(cuts):
        u, tail = u.split(k)
        out.append(tail)
    return [u, *reversed(out)]


def part(cells: list[Unit], measure: float, p: StructureParams) -> tuple[list[Unit], list[Block]]:
    """A table's units -> its cells and the notes among them: the units after its last row
    that are notes (each note line a note of its own, its wrapped lines with it), a page's
    numbered notes before its first cell, and a unit anywhere in it that names itself a
    note (``Fonte: ...``: pdfminer sets it between the columns)."""
    keep = list(cells)
    notes: list[Block] = []
    while keep:
        u = keep[-1]
        k = _notes_tail(u.lines, measure, p)
        if k == len(u.lines):
            if len(keep) > 1 and _notes_tail(keep[-2].lines + u.lines, measure, p) < len(keep[-2].lines):
                # (a one-line sentence after a note, a unit of its own: ``* Mean ± standard
                # deviation ...`` / ``On the same line, values preceded by ...``, see ``note_run``)
                keep.pop()
                notes[:0] = _each(u, measure, p)
                continue
            break
        if k > 0:
            if u.glued(k):
                break
            head, tail = u.split(k)
            keep[-1] = head
            notes[:0] = _each(tail, measure, p)
            break
        keep.pop()
        notes[:0] = _each(u, measure, p)
    # The notes at the foot of the page the caption ends, read between it and the table
    # on the next page (rbee-30: ``Tabela 1: ...`` / ``1. Para aprofundar essa discussão
    # ...`` / ``Público`` / ...): numbered, running the measure, on a page before the
    # first cell's (a long first cell, ``1. Grupo A: mulheres de 25 a 64 anos ...``, is on
    # its table's page).
    above = 0
    while above < len(keep) - 1 and _page_note(keep[above], measure, p) and keep[above].page < keep[-1].page:
        above += 1
    if above:
        notes = [b for u in keep[:above] for b in _each(u, measure, p)] + notes
        keep = keep[above:]
    inside = [i for i, u in enumerate(keep) if _inside_note(u, measure, p)]
    if not inside or len(inside) == len(keep):
        return keep, notes
    # A page's own note after the table's source (``Nota. Elaborado com base ...`` / ``7 Na
    # PNEEPEI de 2008, o termo usado ...``): numbered, its lines running the measure.
    end = len(keep)
    while end > inside[-1] + 1 and _page_note(keep[end - 1], measure, p):
        end -= 1
    lifted = set(inside) | set(range(end, len(keep)))
    notes = [b for i in sorted(lifted) for b in _each(keep[i], measure, p)] + notes
    return [u for i, u in enumerate(keep) if i not in lifted], notes


def _inside_note(u: Unit, measure: float, p: StructureParams) -> bool:
    """A unit among a table's cells that is a note (pdftotext and pdfminer read a table
    column by column, its notes between the columns): it names itself (``Fonte: ...``), or
    it is marked and reads as sentences (``* Mean ± standard deviation (n = 16) is used to
    express the data.`` / ``On the same line, values preceded by ...``): cells are short."""
    text = u.text.strip()
    if len(u.lines) > p.table_note_max_lines:
        return False
    if WORDED.match(text):
        return True
    return bool(_SYMBOL.match(text)) and finished(text) and not at_most_words(text, p.table_sentence_words)


_PAGE_NOTE = re.compile(r"^[1-9]\d?\.?\s+[A-ZÀ-Ý“\"]")


def _page_note(u: Unit, measure: float, p: StructureParams) -> bool:
    """A page's own note: its number and a capital (``7 Na PNEEPEI de 2008, ...``), its
    first line running the measure."""
    return bool(_PAGE_NOTE.match(u.text)) and measure > 0 and len(u.lines[0]) >= p.table_prose_width * measure


def _wraps(line: str, measure: float, p: StructureParams) -> bool:
    """The note on ``line`` goes on on the next: it does not end its sentence, or the line
    runs the measure (``a Silva MAM. Migração e adoecimento ... [tese de doutorado].`` /
    ``Campinas (SP): Faculdade de Ciências Médicas ...``)."""
    return not _closed(line) or (measure > 0 and len(line.strip()) >= p.table_prose_width * measure)


def _starts(lines: list[str], measure: float, p: StructureParams) -> list[int]:
    """Where each note of a run of notes starts: each line that opens one, or that follows
    a line whose note is over (``* Mean ± ... the data.`` / ``On the same line, ...``), or
    a page's numbered note after a finished sentence, however long that line (``Nota.
    Elaborado com base no Censo Escolar de 2023 (Inep, 2024).`` / ``7 Na PNEEPEI de 2008,
    o termo usado ...``)."""
    return [
        k
        for k in range(len(lines))
        if k == 0
        or opens_note(lines[k])
        or not _wraps(lines[k - 1], measure, p)
        or (_PAGE_NOTE.match(lines[k].strip()) is not None and _closed(lines[k - 1]))
    ]


def _each(u: Unit, measure: float, p: StructureParams) -> list[Block]:
    """One footnote block per note in the unit (each line that opens one, with its wrapped
    lines)."""
    out: list[Block] = []
    lines = u.lines
    starts = _starts(lines, measure, p)
    for k, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        if len(u.offsets) == len(lines):
            lo = u.offsets[k]
            hi = u.offsets[end] if end < len(lines) else len(u.text)
            text = u.text[lo:hi].strip()
        else:
            text = " ".join(ln.strip() for ln in lines[k:end])
        out.append(Block("footnote", text, source=(u.line_number(k), u.line_number(end - 1))))
    return out or [Block("footnote", u.text, source=span(u))]
