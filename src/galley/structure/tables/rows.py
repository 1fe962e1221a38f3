"""Table rows from plain lines (no geometry): what marks where a row ends or starts.

- ``by_numbers``: a table of figures. Each row ends on its numbers: ``Bahia 249 99.6 1,964
  7.9 ± 8.2`` (pypdf, OCR: the row on one line), ``Distrito`` / ``Federal`` / ``34 13.6
  275`` (the label wrapped above its numbers), ``249`` / ``99.6`` / ``1,964`` (pdftotext:
  a cell a line, row by row). Lines in lower case after a row's numbers are its label
  wrapped below them (OCR: ``| can immediately apply 0 5 6`` / ``what | learned at this``).
- ``by_period``: a cell a line, row after row (pdftotext: ``Ano`` / ``Autor`` /
  ``Classificação`` / ``1965`` / ``Budowski`` / ``Pioneira, secundária ...`` / ``1971`` /
  ...; ``Deficiência Intelectual`` / ``952.904`` / ``Baixa Visão`` / ``86.867``): every
  ``k`` lines a column of numbers and a column of words come again, so every row has ``k``
  cells; the lines of words above the first row are the header.
- ``by_count``: a cell a line, row after row, a table of figures alone whose first
  column counts its entries (``1`` / ``0-1`` / ``1`` / ... / ``2`` / ``1-2`` / ...): the
  count comes again every ``k`` lines.
- ``by_keys``: the first column holds keys of one shape, one per row: file names
  (``01_DM_Rotation_Curve_Intro.ipynb``, ``02_Widget_NGC5533_DMonly.ipynb``), counted
  labels (``Day 1:``, ``Day 2:``). Each key opens a row; the lines up to the next key are
  its other cells.

Where the cells of a row cannot be told apart (the words of a header set cell by cell,
``Strongly`` / ``Disagree`` / ``Dis-`` / ``agree``), the row is one cell spanning the table.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from galley.clean.headings import open_ended
from galley.params import StructureParams
from galley.structure import table_notes
from galley.structure.tables.cells import DASHES, TLine, group_numbers, is_number, join_cell, numeric_tail

Grid = tuple[list[list[str]], int]

_NOTE = re.compile(r"[a-z] [A-Z]")  # a note under the table, by its letter: ``a Reaction conditions: ...``


def by_numbers(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """Rows that end on their numbers (see the module docstring)."""
    items = _numeric_items(lines, p)
    counts = Counter(len(nums) for _, nums, _ in items if nums)
    tails = sum(counts.values())
    if tails < p.table_min_rows or counts.most_common(1)[0][1] < p.table_row_agreement * tails:
        return None  # rows of figures agree on how many they hold
    rows: list[list[str]] = []
    pending: list[str] = []
    head = 0
    first = True
    widest = max((len(text) for text, _, _ in items), default=0)
    heads: list[str] = []  # the header's lines
    coded = _codes_follow(items, p)
    for text, nums, own in items:
        if not nums:
            if not (rows and not first and not pending and _wrapped_below(rows[-1], text, lang, coded)):
                pending.append(text)
            continue
        if own and pending:  # the text above rows that bring their labels: a header, a group's label
            if first and len(pending) > 2 * (len(nums) + 1):
                return None  # more lines than a header of the rows' cells: the labels, read as a column
            rows.append([join_cell(pending, lang)])
            head, heads = (1, pending) if first else (head, heads)
            pending = []
        if first and pending:
            header, pending = _split_header(pending, text)
            if header:
                rows.append([join_cell(header, lang)])
                head, heads = 1, header
        elif pending and text[:1].isupper():  # ``Grau de escolaridade`` / ``Fundamental incompleto 4,4 ...``
            rows += [[join_cell(group, lang)] for group in _groups_of(pending, widest, p)]  # a group's label: a row
            pending = []
        first = False
        rows.append([join_cell([*pending, text], lang), *nums])
        pending = []
    if pending:
        rows.append([join_cell(pending, lang)])
    if 2 * sum(1 for r in rows[head:] if len(r) > 1 and not r[0]) > len(rows) - head:
        return None  # most rows' figures without a label: columns read one after another
    return _peel(rows, heads, lang) if head else rows, head


def by_figure(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """Rows of a label and one figure, a row a line (pdftotext, pypdf: ``Público
    Matrículas`` / ``Deficiência Intelectual 952.904`` / ``Transtorno do Espectro do
    Autismo (TEA) 636.202`` / ``Total 1.771.430``). ``by_numbers`` asks two figures of a
    row, so that prose ending on a number (``in 2019``) is no row; one is enough beside a
    caption (``CAPTIONED_ONLY``), where most lines end on one (``table_row_agreement`` of
    those below the header) and no label ends a sentence. The lines above the first row
    are the header, one cell (where its words part is not in such text); a line without a
    figure below it is a label wrapped onto the next row's line when that one opens in
    lower case or on a bracket, else a group's row, and a figure alone on its line is the
    figure of the label above. Figures a line each one after another are a table a cell a
    line (``by_period``'s): no such rows."""
    items = [_figure_tail(ln.text) for ln in lines]
    first = next((k for k, (_, fig) in enumerate(items) if fig), len(items))
    alone = [not fig and is_number(label) for label, fig in items]  # a figure on a line of its own
    if any(a and b for a, b in pairwise(alone)):
        return None  # figures a line each: a cell a line (``by_period``), no row a line
    rowed = sum(1 for (_, fig), a in zip(items, alone, strict=True) if fig or a)
    if rowed < p.table_min_rows or first > p.table_figure_header_lines:
        return None
    if rowed < p.table_row_agreement * (len(items) - first):
        return None  # most lines hold no figure: text that mentions numbers
    if any(ln.text.rstrip().endswith((".", ":", ";")) for ln in lines[first:]):
        return None  # a sentence (``... counted 693.``), a list's lead-in: no table's row
    rows: list[list[str]] = [[join_cell([label for label, _ in items[:first]], lang)]] if first else []
    pending: list[str] = []
    for label, fig in items[first:]:
        if not fig and pending and is_number(label):
            fig, label = label, ""  # the row's figure wrapped onto a line of its own
        if not fig:
            pending.append(label)
            continue
        if pending and not _goes_on(" ".join(pending), label):
            rows.append([join_cell(pending, lang)])  # a group's row
            pending = []
        rows.append([join_cell([*pending, label] if label else pending, lang), fig])
        pending = []
    if pending:
        rows.append([join_cell(pending, lang)])
    return rows, 1 if first else 0


def _figure_tail(text: str) -> tuple[str, str]:
    """A line -> (its label, the one figure that ends it), ``(text, "")`` when it does not
    end on exactly one (``Surdez 20.008`` -> ``("Surdez", "20.008")``; ``Surdocegueira –``
    -> ``("Surdocegueira", "–")``, a missing figure; ``Age over 60 1.2 (0.9 to 1.6)`` ->
    ``("Age over 60", "1.2 (0.9 to 1.6)")``, a figure and its interval; ``2019 42`` and
    ``Total`` end on none)."""
    words = text.split()
    if len(words) < 2 or not is_number(words[-1]) or is_number(words[-2]):
        return text.strip(), ""
    k = len(words) - 1
    if words[k].endswith(")") and words[k].count("(") < words[k].count(")"):
        # an interval closes the figure: ``Age over 60 1.2 (0.9 to 1.6)``, the whole cell
        k = next((j for j in range(k - 1, 0, -1) if "(" in words[j]), 0)
        if k < 2 or not is_number(words[k - 1]):
            return text.strip(), ""
        k -= 1
    label = " ".join(words[:k])
    if label.count("(") != label.count(")"):
        return text.strip(), ""
    return label, " ".join(words[k:])


_WORD_SHAPE = re.compile(r"\d+|[^\W\d_]+")


def word_shape(text: str) -> str:
    """A line's shape: digits ``9``, a word in capitals ``A``, opening with one ``Aa``, in
    lower case ``a``, the marks between kept (``Cuculiformes Wagler, 1830`` -> ``Aa Aa,
    9``; ``Acanthaceae`` -> ``Aa``)."""

    def one(m: re.Match[str]) -> str:
        w = m.group()
        return "9" if w.isdigit() else "A" if w.isupper() and len(w) > 1 else "Aa" if w[0].isupper() else "a"

    return _WORD_SHAPE.sub(one, text)


def _peel(rows: list[list[str]], heads: list[str], lang: str) -> list[list[str]]:
    """The header's last lines that are shaped as two of the groups' rows below are
    (``Acanthaceae`` after ``IUCN`` / ``category``, as ``Annonaceae`` and ``Apocynaceae``):
    the first group's row, read above the first row with the header."""
    shapes = Counter(word_shape(r[0]) for r in rows[1:] if len(r) == 1)
    k = len(heads)
    while k > 1 and shapes[word_shape(heads[k - 1])] >= 2:
        k -= 1
    if k == len(heads) or k < 1:
        return rows
    return [[join_cell(heads[:k], lang)], *([t] for t in heads[k:]), *rows[1:]]


def _wrapped_below(row: list[str], text: str, lang: str, coded: bool = False) -> bool:
    """A line right after a row that is the row's own, wrapped, which ``row`` takes in: its
    label going on in lower case (OCR: ``| can immediately apply 0 5 6`` / ``what | learned
    at this``), its last cell, a list of codes (``2.0 RA Und,`` / ``Can``), or, where the
    table's rows end on codes after their figures (``coded``), a code cell of its own
    (pdftotext, a cell a line: ``0.7`` / ``RA`` / ``Und``)."""
    if text[:1].islower() and not _NOTE.match(text):
        row[0] = join_cell([row[0], text], lang)
        return True
    if len(row) > 1 and row[-1].endswith(",") and _CODES.fullmatch(text):
        row[-1] = f"{row[-1]} {text}"
        return True
    if coded and len(row) > 1 and _CODES.fullmatch(text):
        row.append(text)
        return True
    return False


def _codes_follow(items: list[Item], p: StructureParams) -> bool:
    """Most rows of figures (``table_row_agreement`` of them) are followed by lines of short
    codes (``RA``, ``Und,``) and then the next row's label: the table's last columns hold
    codes, a cell a line. (Codes right before figures are the next row's label: ``II`` /
    ``27.5 ± 1.43``; so is a label as short, ``Sul``, in a table without codes.)"""
    rows = [k for k, (_, nums, _) in enumerate(items) if nums]
    if len(rows) < p.table_min_rows or not _codes_at(items, rows[-1] + 1):
        return False  # (the last row ends on its codes too; codes opening rows do not: ``RJ`` / ``Rio``)
    coded = sum(1 for k in rows if _codes_at(items, k + 1) and any(not x[1] for x in items[k + 1 :]))
    return coded >= p.table_row_agreement * len(rows)


def _codes_at(items: list[Item], k: int) -> bool:
    """Item ``k`` is a line of short codes (``RA``, ``Und,``)."""
    return k < len(items) and not items[k][1] and _CODES.fullmatch(items[k][0]) is not None


def by_period(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """A cell a line, row after row (see the module docstring). The period ``k`` is told
    by two columns at once: one column's cells are all numbers (a year, a count) and
    another's are all words, each column of one kind, so a table of figures alone (whose
    every period would fit) is left to ``by_numbers``. The shortest period wins; the
    header is up to ``k`` lines of words above the first row (its corner cell may be
    empty: ``Matrículas`` over ``Deficiência Intelectual`` / ``952.904``)."""
    texts = [ln.text.strip() for ln in lines]
    numeric = [is_number(t) for t in texts]
    for k in range(2, p.table_period_max + 1):
        for head in range(k, -1, -1):
            body = texts[head:]
            rows = len(body) // k
            if rows < p.table_min_rows or len(body) % k or any(numeric[:head]):
                continue
            kinds = {_column_kind(numeric[head + c :: k]) for c in range(k)}
            if kinds == {"number", "word"}:
                grid = [texts[:head]] if head else []
                grid += [body[j * k : (j + 1) * k] for j in range(rows)]
                return grid, 1 if head else 0
    return None


def by_count(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """A cell a line, row after row, each row opened by its entry's number (pdftotext, a
    table of figures alone: ``1`` / ``0-1`` / ``1`` / ``-`` / ``6`` / ... / ``2`` / ``1-2``
    / ...): the rows are ``k`` lines each where the entries count on by one every ``k``
    lines from the first ``1`` to the region's end, more rows than ``table_min_rows`` (a
    ``1`` and a ``2`` alone may be two figures), and no shorter period fits. A table of
    figures alone fits any period; the count tells the one it has. The lines above are the
    header, its cells wrapped a word or two a line: one cell spanning the table. Each
    column holds figures only or words only: a word among figures is a cell shifted (a
    wrapped cell making up for a missing one), and the table stays as the page gave it."""
    texts = [ln.text.strip() for ln in lines]
    if "1" not in texts:
        return None
    start = texts.index("1")
    body = texts[start:]
    for k in range(2, len(body) // (p.table_min_rows + 1) + 1):
        rows = len(body) // k
        if len(body) % k:
            continue
        if all(body[j * k] == str(j + 1) for j in range(rows)):
            grid = [body[j * k : (j + 1) * k] for j in range(rows)]
            if any(_column_kind([_figure(row[c]) for row in grid]) == "mixed" for c in range(1, k)):
                return None  # a cell wrapped onto a line of its own, one missing: a column shifted
            head = [[join_cell(texts[:start], lang)]] if start else []
            return head + grid, 1 if start else 0
    return None


def _figure(cell: str) -> bool:
    """A figure, a bound perhaps before it (``< 1``, ``>98``), or a missing one's dash, a
    note's letter perhaps after it (``-c``)."""
    return is_number(cell.lstrip("<>≤≥~ ")) or _MISSING.fullmatch(cell) is not None


_MISSING = re.compile(r"[-–—]{1,3}[a-z*]{0,2}")


def _column_kind(cells: list[bool]) -> str:
    """``number`` when every cell of a column is numeric, ``word`` when none is, else ``mixed``."""
    return "number" if all(cells) else "word" if not any(cells) else "mixed"


Item = tuple[str, list[str], bool]  # (label, numbers that end the row, the label is a number of the line)


def _numeric_items(lines: list[TLine], p: StructureParams) -> list[Item]:
    """Each line -> (label, numbers that end it, False); a run of lines that hold numbers
    only (pdftotext: a cell a line) is one item of numbers, its label the lines above. A
    run of lines that each hold a whole row, as many cells each (``table_row_numbers`` or
    more: ``18-29 5,5 3,3 – 9,0 94,5``, pypdf's rows of an age group), is a row a line,
    each opened by its first number (True)."""
    out: list[Item] = []
    run: list[list[str]] = []  # the cells of each line that holds nothing else (``0``, ``(0%)``, ``37 4,1``)
    for ln in [*lines, None]:
        if ln is not None:
            label, nums = coded_tail(ln.text, p)
            if is_number(ln.text) or (nums and not label):
                run.append(nums or [ln.text])
                continue
        if run:
            widths = {len(cells) for cells in run}
            if len(run) >= p.table_min_rows and len(widths) == 1 and min(widths) >= p.table_row_numbers:
                out += [(cells[0], cells[1:], True) for cells in run]
            elif sum(len(cells) for cells in run) >= p.table_numbers_min:
                out.append(("", group_numbers([c for cells in run for c in cells]), False))
            else:
                out += [(cells[0], [], False) for cells in run]
            run = []
        if ln is not None:
            out.append((label, nums, False) if nums else (ln.text, [], False))
    return out


# Short codes a row of figures may end on (``2.0 RA Und,`` / ``Can``: a category, a stratum).
_CODE = r"[A-Z][A-Za-z]{0,3}"
_CODES = re.compile(rf"{_CODE}(?:,? {_CODE})*,?")


def coded_tail(text: str, p: StructureParams) -> tuple[str, list[str]]:
    """``numeric_tail``, and the short codes after the figures as cells of their own:
    ``Piaya cayana (Linnaeus, 1766) 1 3 2.0 RA Und,`` -> ``("Piaya cayana (Linnaeus,
    1766)", ["1", "3", "2.0", "RA", "Und,"])``; ``table_codes_max`` of them at most."""
    label, nums = numeric_tail(text, p)
    if nums:
        return label, nums
    words = text.split()
    for k in range(1, p.table_codes_max + 1):
        if k >= len(words) or not _CODES.fullmatch(" ".join(words[-k:])):
            break
        label, nums = numeric_tail(" ".join(words[:-k]), p)
        if any(c.isdigit() for n in nums for c in n):  # (dashes alone: a table of marks)
            cells: list[str] = []
            for w in words[-k:]:
                if cells and cells[-1].endswith(","):
                    cells[-1] = f"{cells[-1]} {w}"
                else:
                    cells.append(w)
            return label, [*nums, *cells]
    return text, []


def _groups_of(texts: list[str], widest: int, p: StructureParams) -> list[list[str]]:
    """Lines above a row with its own label -> the groups' labels, one a row
    (``Cuculiformes Wagler, 1830`` / ``Cuculidae Leach, 1820``): a line goes on into the
    next when it fills the label column (``table_wrap_width`` of the widest line) or goes on
    into it (``_goes_on``)."""
    out: list[list[str]] = []
    for t in texts:
        if out and (len(out[-1][-1]) >= p.table_wrap_width * widest or _goes_on(" ".join(out[-1]), t)):
            out[-1].append(t)
        else:
            out.append([t])
    return out


def _goes_on(text: str, nxt: str) -> bool:
    """``text`` goes on in the line ``nxt``: it ends on a word that goes on or inside a
    bracket (``Mother worked in the last month (n`` / ``= 36,866)``), or ``nxt`` opens in
    lower case, on a bracket or a sign (``Mother's age`` / ``(years)``)."""
    if text.endswith((*_GOES_ON, "=")) or _in_bracket(text):
        return True
    return nxt[:1].islower() or nxt[:1] in "()=[" or nxt[:1].isdigit()


def _split_header(pending: list[str], label: str) -> tuple[list[str], list[str]]:
    """The lines before the first row of numbers -> (the header's, the first label's). A
    first row with a label of its own has the header above it; a row of bare numbers has
    its label in the lines just above: the prose-like ones (three words or more), and the
    last line whatever it is (``workshop.``)."""
    if label or not pending:
        return pending, []
    k = len(pending) - 1
    while k > 0 and len(pending[k - 1].split()) >= 3:
        k -= 1
    return pending[:k], pending[k:]


# A key: a file name or code (``01_DM_Rotation_Curve_Intro.ipynb``, ``AB-12``) by the
# shape of its first and last characters, or a counted label (``Day 1:``, ``Step 2.``).
_COUNTED = re.compile(r"^([A-Z][a-z]+) (\d{1,3})([.:)]?)(?:\s|$)")
# A letter glued to its count (``Q1 –``, a question): a key in a table its caption names
# only (``H1:``, ``H2:`` are the hypotheses of the running text, ``A 5 mL`` a sentence).
_LETTER_COUNTED = re.compile(r"^([A-Z])(\d{1,3})([.:)]?)(?:\s|$)")
_SKELETON = re.compile(r"\d+|[^\W\d_]+")
_MARKED_FIRST = re.compile(r"[^ ]*[_./-]")  # the first word holds a mark of a key's shape


def key_shape(text: str, letters: bool = False) -> str:
    """The shape of a line's key, "" when it opens with none: ``01_DM_Rotation.ipynb
    Animations ...`` -> ``9_….a`` (digits ``9``, letters ``a``: its first and last two
    marks), ``Day 2: Sharing`` -> ``Day 9:``; ``letters``: ``Q1 – Qual ...`` -> ``Q 9``."""
    m = _COUNTED.match(text) or (_LETTER_COUNTED.match(text) if letters else None)
    if m:
        return f"{m.group(1)} 9{m.group(3)}"
    if not _MARKED_FIRST.match(text):
        return ""  # a plain first word (most lines open with one): no mark a key's shape keeps
    first = text.split(" ", 1)[0]
    if not any(c.isalpha() for c in first):
        return ""
    skel = _SKELETON.sub(lambda m: "9" if m.group().isdigit() else "a", first)
    if len(skel) < 4:
        return ""
    return skel[:2] + "…" + skel[-2:]


def counts_on(texts: list[str]) -> bool:
    """Counted labels count on by one (``Day 1``, ``Day 2``, ``Day 3``); other keys pass."""
    nums = [int(m.group(2)) for t in texts if (m := _COUNTED.match(t) or _LETTER_COUNTED.match(t))]
    return len(nums) < len(texts) or all(b == a + 1 for a, b in zip(nums, nums[1:], strict=False))


def by_keys(lines: list[TLine], p: StructureParams, lang: str = "en", letters: bool = False) -> Grid | None:
    """Rows opened by keys of one shape (see the module docstring); the key is a cell
    of its own when it is one word. ``letters``: a letter glued to its count is a key too."""
    shapes = [key_shape(ln.text, letters) for ln in lines]
    found = Counter(s for s in shapes if s)
    if not found:
        return None
    key, n = found.most_common(1)[0]
    starts = [i for i, s in enumerate(shapes) if s == key]
    stacked = sum(1 for a, b in zip(starts, starts[1:], strict=False) if b == a + 1)
    if n < p.table_min_keys or stacked * 2 > n - 1:
        return None  # too few, or keys one under another: the columns were read one by one
    if not counts_on([lines[i].text for i in starts]):
        return None  # ``Beginner 2 months`` / ``Beginner 10 weeks``: a value, not a count
    keys = {" ".join(lines[i].text.split()[: len(key.split())]) for i in starts}
    if len(keys) * 2 <= n:
        return None  # ``3LGM²-S`` thrice: a figure's labels or a repeated value; keys name rows
    rows: list[list[str]] = []
    head = 0
    if starts[0] > 0:
        rows.append([join_cell([ln.text for ln in lines[: starts[0]]], lang)])
        head = 1
    word_key = not key[0].isupper() or " " not in key
    header = {ln.text for ln in lines[: starts[0]]}
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=False):
        texts = [ln.text for ln in lines[a:b]]
        again = next((k for k, t in enumerate(texts) if k and t in header), len(texts))
        if again < len(texts):  # the header again, after a page break: a row of its own
            rows.append([join_cell(texts[:again], lang)] if not word_key else _keyed(texts[:again], lang))
            rows.append([join_cell(texts[again:], lang)])
            continue
        rows.append(_keyed(texts, lang) if word_key else [join_cell(texts, lang)])
    return rows, head


def by_letter_keys(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """Rows opened by a letter glued to its count, counting on (Ciênc. educ.'s ``Q1 – Qual
    é a cor do pai?`` / ``corp`` / ``Q2 – ...``): asked beside a caption only, where the
    page says a table stands (``H1:``, ``H2:`` in the running text are hypotheses)."""
    return by_keys(lines, p, lang, letters=True)


def _keyed(texts: list[str], lang: str) -> list[str]:
    """A row opened by a one-word key: the key, and the rest as one cell."""
    first, _, rest = texts[0].partition(" ")
    return [first, join_cell([rest, *texts[1:]], lang)]


def by_continuation(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """Rows of text whose cells wrap (pypdf, OCR: a row's cells one after another, its
    wrapped lines under it): a row opens on a line in capitals; a line going on in lower
    case, with a bracket or punctuation, or opening with a word that opens
    ``table_repeat_min`` lines or more (a column's repeated value: ``Beginner 25h Using``)
    goes on the row above. ``Landing page Provides an accessible overview ... aimed to`` /
    ``engage students.`` is one row. A row's first line holds its cells side by side, so
    it is long (``table_row_width`` of the widest line): a short line in capitals makes the
    rows uncertain, and the table stays text. The first line is the header. The cells of a
    row cannot be told apart in such text: each row is one cell spanning the table."""
    if len(lines) < p.table_min_rows + 1:
        return None
    openers = Counter(ln.words[0] for ln in lines if ln.words)
    starts = [0] + [i for i in range(1, len(lines)) if _opens_row(lines[i], openers, p)]
    wrapped = len(lines) - len(starts)
    if len(starts) < p.table_min_rows + 1 or wrapped < 1:
        return None
    widest = max(len(ln.text) for ln in lines)
    if any(len(lines[i].text) < p.table_row_width * widest for i in starts[1:]):
        return None  # a short line in capitals: a cell of its own or a row? Not told here.
    ends = [*starts[1:], len(lines)]
    rows = [[join_cell([ln.text for ln in lines[a:b]], lang)] for a, b in zip(starts, ends, strict=True)]
    return rows, 1


def _opens_row(ln: TLine, openers: Counter[str], p: StructureParams) -> bool:
    first = ln.words[0] if ln.words else ""
    return first[:1].isupper() and openers[first] < p.table_repeat_min


# A mark: a short code in capitals or a tick set in a cell (``X``, ``MS``, ``VU``, ``✓``),
# a comma after it when the cell lists several (``MA, TO``), or the dash of an empty cell.
_MARK = re.compile(r"(?:[A-Z]{1,3}|[✓✔✗✘×+*]),?|[-–—]")
_EMPTY = ("-", "–", "—")  # the dash of an empty cell: a mark, but no evidence of marks
_GOES_ON = ("&", ",", "(", "-", "–", " e", " y", " and")  # a label line that goes on below


def mark_tail(text: str, p: StructureParams, least: int = 0) -> tuple[str, list[str]]:
    """A line split into its label and the marks that end it: ``Piptocarpha oblonga
    (Gardner) Baker X MS`` -> ``("Piptocarpha oblonga (Gardner) Baker", ["X", "MS"])``;
    ``MA, TO`` -> ``("", ["MA, TO"])``; ``("text", [])`` without marks. A figure after
    the marks is the row's last cell when ``least`` marks or more stand before it
    (``table_marks_before_figure`` unless given: ``araticum X I NP ZOO 117``, the areas,
    the classes, then the specimen's number)."""
    words = text.split()
    if words and words[-1].endswith(","):
        return text, []  # a list going on: ``PI, SP,`` ends no cell
    end = len(words) - _ends_on_figure(words)
    k = end
    while k > 0 and _MARK.fullmatch(words[k - 1]):
        k -= 1
    if end < len(words) and sum(1 for w in words[k:end] if w not in _EMPTY) < (least or p.table_marks_before_figure):
        return text, []  # ``Libby and Thorne (2007) JBE 65``: a journal, its citations
    cells: list[str] = []
    for w in words[k:]:
        if cells and cells[-1].endswith(","):
            cells[-1] = f"{cells[-1]} {w}"
        else:
            cells.append(w)
    return " ".join(words[:k]), cells


def _ends_on_figure(cells: list[str]) -> bool:
    """The last cell is a figure (no empty cell's dash)."""
    return bool(cells) and cells[-1] not in DASHES and is_number(cells[-1])


_WORDS = ("A", "I")  # a capital a sentence may end a line on (``... and I`` / ``think``)


def row_marks(text: str, p: StructureParams) -> list[str]:
    """The marks that end a line, when one of them is more than an empty cell's dash or a
    one-letter word (a sentence may end a line on them: ``Análise de Covariância –``)."""
    marks = mark_tail(text, p)[1]
    return marks if any(m not in _WORDS for m in _letters(marks)) else []


def by_marks(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """Rows of a table whose value columns hold marks, not figures (a checklist of species,
    ``X`` where a species is endemic, a state's code, a threat category): each row ends on
    its marks, on its label's line (pypdf: ``Justicia nodicaulis (Nees) Leonard X``) or on
    a line of its own (pdftotext: ``Guatteria rigida R.E.Fr.`` / ``MS``). The marks are a
    few codes repeated down the table (one of them ``table_mark_repeats`` times or more),
    and most lines are a row's label or its marks (``table_marked_share``): a table of words
    with an acronym here and there is no such table. A line without marks
    before a row's label is a group's row (``Annonaceae``) when it falls short of the
    widest label (``table_wrap_width`` of it), else the label's first line wrapped
    (``Aspidosperma rizzoanum Scudeler & A.C.D.`` / ``Castello`` / ``X``). Which column a
    mark stands in is not in such text: a row's marks are one cell, in their order, unless
    every row holds as many (``EN EN -``: a dash fills an empty cell), one a column. A row
    may end on a figure after its marks (``araticum X I NP ZOO 117``, the specimen's
    number: ``mark_tail``), and that figure may wrap onto a line of its own below it; the
    header's letters on lines of their own (``Área`` / ``A`` / ``Área`` / ``B``) are no
    marks."""
    items, figured = _marked(lines, p)
    marks = Counter(m for _, ms in items for m in _letters(ms))
    if not marks or marks.most_common(1)[0][1] < p.table_mark_repeats:
        return None
    # The header's letters above the first row (``Área`` / ``A`` / ``Área`` / ``B``) are no
    # marks: each a letter the table has once.
    once = {m for m, n in marks.items() if n == 1 and len(m) == 1}
    first = next((k for k, (_, ms) in enumerate(items) if set(_letters(ms)) - once), 0)
    items = [(ln.text, []) for ln in lines[:first]] + items[first:]
    marked = sum(1 for _, ms in items if ms)
    loose = sum(1 for _, ms in items[first:] if not ms)  # (the header above the first row aside)
    if marked < p.table_min_rows or marked < p.table_marked_share * loose:
        return None  # most lines are no row's label: a table of words with codes here and there
    stacked = sum(1 for (_, a), (label, b) in zip(items, items[1:], strict=False) if a and b and not label)
    if stacked > p.table_marks_stacked * marked:
        return None  # marks one under another: a column of them read after the labels (pdfminer)
    widest = max(len(label) for label, _ in items)
    rows: list[list[str]] = []
    pending: list[str] = []
    head = 0
    header: set[str] = set()
    heads: list[str] = []
    for label, ms in items:
        if figured and not ms and not pending and rows and len(rows[-1]) == 2 and _ends_on_figure([label]):
            if not _ends_on_figure(rows[-1][1].split()):
                rows[-1][1] = f"{rows[-1][1]} {label}"  # the row's figure, wrapped onto a line of its own
                continue
        if not ms:
            pending.append(label)
            continue
        if not label and not pending:
            if not rows or len(rows[-1]) < 2:
                return None  # marks under no label: the columns were read one after another
            rows[-1][1] = f"{rows[-1][1]} {' '.join(ms)}"  # more marks of the row above
            continue
        every_row = header if figured and rows else None  # (every row ends on a figure: see _label_lines)
        before, own = _label_lines([*pending, label] if label else pending, widest, p, every_row)
        if not rows and before:
            rows.append([join_cell(before, lang)])  # the header
            head, header, heads = 1, set(before), before
        else:
            rows += _groups(before, header, lang)
        rows.append([join_cell(own, lang), " ".join(ms)])
        pending = []
    rows += [[t] for t in pending]  # the notes under the table
    widths = {len(r[1].split()) for r in rows[head:] if len(r) == 2}
    if len(widths) == 1 and min(widths) > 1:  # every row as many marks (a dash fills a gap): a column each
        rows = [[r[0], *r[1].split()] if i >= head and len(r) == 2 else r for i, r in enumerate(rows)]
    return _peel(rows, heads, lang) if head else rows, head


def _marked(lines: list[TLine], p: StructureParams) -> tuple[list[tuple[str, list[str]]], bool]:
    """Each line's label and marks, and whether the rows end on a figure after their marks
    (``table_min_rows`` of them or more, and most of the lines with marks): then a row with
    fewer marks before its figure, its other cells empty (``Myrcia sp. X ZOO 12``), ends on
    marks too. A few figures in a checklist of marks (``... X X X 2``) are no such column."""
    items = [mark_tail(ln.text, p) for ln in lines]
    figures = sum(1 for _, ms in items if _ends_on_figure(ms))
    figured = figures >= p.table_min_rows and 2 * figures > sum(1 for _, ms in items if ms)
    return ([mark_tail(ln.text, p, least=1) for ln in lines] if figured else items), figured


def _letters(marks: list[str]) -> list[str]:
    """A line's marks one by one, an empty cell's dash aside."""
    return [m.rstrip(",") for cell in marks for m in cell.split() if m not in _EMPTY]


def _groups(texts: list[str], header: set[str], lang: str) -> list[list[str]]:
    """Lines between two rows of marks: each a group's row (``Annonaceae``), save the
    header's lines set again over a new page (``Cerrado`` / ``Endemic``), one row."""
    out: list[list[str]] = []
    again: list[str] = []
    for t in [*texts, None]:
        if t is not None and t in header:
            again.append(t)
            continue
        if again:
            out.append([join_cell(again, lang)])
            again = []
        if t is not None:
            out.append([t])
    return out


def _label_lines(
    texts: list[str], widest: int, p: StructureParams, every_row: set[str] | None = None
) -> tuple[list[str], list[str]]:
    """The lines above a row's marks -> (rows of their own above it, the row's label): the
    last line is the label's, and so is each line above that fills the label column or
    goes on into the next (see ``by_marks``). ``every_row`` (the header's lines): every row
    of the table ends on a figure, so a line without one is no row of its own; the lines
    above a row's label are its first lines however short (``Annona emarginata
    (Schltdl.)`` / ``H.Rainer araticum-mirim X I NP ZOO 55``), save a group's name, a note
    (``_own_row``) and the header set again over a new page."""
    k = len(texts) - 1
    while k > 0:
        above = texts[k - 1]
        if every_row is not None:
            if (above in every_row or _own_row(above)) and not texts[k][:1].islower():
                break
        elif len(above) < p.table_wrap_width * widest and not above.endswith(_GOES_ON) and not texts[k][:1].islower():
            break
        k -= 1
    return texts[:k], texts[k:]


def _own_row(line: str) -> bool:
    """A line above a row's label that is no first line of it, in a table whose every row
    ends on a figure: a group's name, each word in capitals (``Annonaceae``, ``Família
    Annonaceae``, ``Subfamily Caesalpinioideae``, ``Tabela 1. Continuação.``), a note
    (``* espécie ameaçada``, ``Notes: A, B, C are the areas;``), or a line ending on a figure
    (a page's foot: ``Hoehnea 49: e1082020 2022``). A label's first line holds a word in
    lower case: ``Annona emarginata (Schltdl.)``."""
    words = line.split()
    if line.endswith(_GOES_ON):
        return False  # ``(K.Schum.) CHPerss &`` / ``Delprete marmelinho X UM NP ZOO 87``
    if not any(w[:1].islower() for w in words) or table_notes.opens_note(line, letters=False):
        return True
    return line.rstrip().endswith((":", ";")) or is_number(words[-1])


def by_leading(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """Rows that open with their figures, their words after them (a dose, then what it
    did: ``3.0 86.72 0.79 Yellowish green, internodes short, brittle, callus`` / ``like``):
    each line opening with ``table_numbers_min`` figures or more opens a row (the rows
    agree on how many: ``table_row_agreement``); a line after it goes on its text, unless
    the next line opens a row and this one is short (``table_group_words``): then it is a
    group's row (``2iP`` above ``1.0 81.59 0.36 ...``). The lines above the first row are
    the header. The words of a row cannot be told apart into cells: they are one."""
    leads = [_leading(ln.text, p) for ln in lines]
    opened = [k for k, (nums, _) in enumerate(leads) if nums]
    counts = Counter(len(leads[k][0]) for k in opened)
    if len(opened) < p.table_min_rows or counts.most_common(1)[0][1] < p.table_row_agreement * len(opened):
        return None
    rows: list[list[str]] = []
    head = 0
    if opened[0] > 0:
        rows.append([join_cell([ln.text for ln in lines[: opened[0]]], lang)])
        head = 1
    text: list[str] = []
    for k in range(opened[0], len(lines)):
        nums, rest = leads[k]
        if nums:
            rows.append([*nums, ""])
            text = [rest] if rest else []
        elif _apart(lines[k].text, text, k + 1 in opened, k > opened[-1], p):
            rows.append([lines[k].text])  # a group's row, a note under the table
            text = []
            continue
        else:
            text.append(lines[k].text)
        if len(rows[-1]) > 1:
            rows[-1][-1] = join_cell(text, lang)
    if any(_figures_inside(r[-1], p) for r in rows[head:] if len(r) > 1):
        return None  # another row's figures inside a row's words: the rows are not told by their first line
    return rows, head


# A chronology's row: its year, then words (``1965 Budowski Pioneira, secundária ...``).
DATED_ROW = re.compile(r"^(?:1[5-9]|20)\d\d\s+\(?[A-ZÀ-Þ]")


def by_dated(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """A chronology: each row opens with its year and a name, its words wrapped onto the
    lines after it (``1992 Rodrigues &`` / ``Shepherd`` / ``Pioneira, secundária inicial,
    secundária`` / ``tardia e típica de sub-bosque``); the lines above the first year are
    the header (``Ano Autor Classificação``). Every row but the header's opens so, and
    the years never go back by more than a row's (a list of references by year counts
    on too, but is found before tables are). The words after the year cannot be told
    apart into cells: they are one."""
    opened = [k for k, ln in enumerate(lines) if DATED_ROW.match(ln.text.strip())]
    if len(opened) < p.table_min_rows or opened[0] > p.table_header_max_lines:
        return None
    years = [int(lines[k].text.strip()[:4]) for k in opened]
    if any(b < a for a, b in zip(years, years[1:], strict=False)):
        return None  # years out of order: not a chronology's rows
    head = 1 if opened[0] else 0
    rows: list[list[str]] = [[join_cell([ln.text for ln in lines[: opened[0]]], lang)]] if head else []
    for a, b in zip(opened, [*opened[1:], len(lines)], strict=True):
        first = lines[a].text.strip()
        rest = [first[4:].strip(), *(ln.text for ln in lines[a + 1 : b])]
        rows.append([first[:4], join_cell(rest, lang)])
    return rows, head


def by_inner_figures(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """Rows whose figures stand between their words: a label first, on the row's line or
    wrapped above it, then the figures, then words (rac-26, pypdf: ``Cawley et al.`` /
    ``(2000)`` / ``2.8 48 EFA US Psychology students``; ``Sarros et al. (2006) 7 238 34.0 7
    ANOVA Australia Members of the`` / ``Australian Institute of`` / ``Management``). A line
    that holds ``table_numbers_min`` figures or more one after another, words after them,
    anchors a row (the rows agree on how many: ``table_row_agreement``; most have words
    after their figures and a label). The lines between two anchors are the upper row's
    words going on, then the lower row's label: that opens at the last line in capitals
    after a line that does not break off (``Libby and Thorne`` / ``(2007)`` after
    ``Management``), and an anchor that brings its label on its line takes none from
    above. A line in capitals that ends on a figure, there or above the first row, is a
    group's row (``Apodiformes Peters, 1940``), and so is each line after it up to the next
    label. The first line and those above the first row's label are the header; under the
    last row, only lines that wrap are its words (a note, the text after the table: rows of
    their own). A row's cells: its label, the figures wrapped above its anchor, each
    figure, its words in the table's last column. Prose and reference lists hold such lines too (``Software, 85,
    217-228. https://...``): beside a caption only."""
    if any(ln.pieces is not None for ln in lines):
        return None  # layout-mode text: its columns are read by position
    # (the first line is the header's, its figures too: ``Indicador 2010 2019 Tendência``)
    cuts = {k: cut for k, ln in enumerate(lines) if k and (cut := _inner(ln.text, p)) is not None}
    anchors = list(cuts)
    counts = Counter(len(nums) for _, nums, _ in cuts.values())
    if len(anchors) < p.table_min_rows or counts.most_common(1)[0][1] < p.table_row_agreement * len(anchors):
        return None
    if sum(1 for _, _, rest in cuts.values() if rest) < p.table_row_agreement * len(anchors):
        return None  # most rows end on their figures: ``by_numbers``' table, which it did not rebuild
    texts = [ln.text.strip() for ln in lines]
    starts = [anchors[0] if cuts[anchors[0]][0] else _label_start(texts, 1, anchors[0])]
    for a, b in pairwise(anchors):
        starts.append(b if cuts[b][0] else _label_start(texts, a + 1, b))
    last = anchors[-1] + 1  # under the last row, its words go on only where they wrap
    if not cuts[anchors[-1]][2] and last < len(texts) and not table_notes.opens_note(texts[last]):
        last += 1  # (its words under its figures)
    while last < len(texts) and (texts[last][:1].islower() or _breaks_off(texts[last - 1])):
        last += 1
    header = _groups_from(texts, 1, starts[0])
    rows: list[list[str]] = [[join_cell(texts[:header], lang)]]
    rows += [[t] for t in texts[header : starts[0]]]
    for start, a, end in zip(starts, anchors, [*starts[1:], last], strict=True):
        label, nums, rest = cuts[a]
        above = texts[start:a]
        wrapped = next((k for k, t in enumerate(above) if t[:1].isdigit()), len(above))
        cells = [join_cell([*above[:wrapped], label] if label else above[:wrapped], lang)]
        if above[wrapped:]:
            cells.append(join_cell(above[wrapped:], lang))
        groups = _groups_from(texts, a + 1, end)
        rows.append([*cells, *nums, join_cell([rest, *texts[a + 1 : groups]], lang)])
        rows += [[t] for t in texts[groups:end]]
    rows += [[t] for t in texts[last:]]  # a note, the text after the table
    body = [r for r in rows if len(r) > 1]
    if sum(1 for r in body if r[0]) < p.table_row_agreement * len(body):
        return None  # most rows without a label: figures and words, not this table's shape
    # Every row's words in the last column, under one another, however many figures it has
    # (an empty cell's dash, the figures wrapped above the row: ``140 390(1), 181(2)``).
    width = max(len(r) for r in body)
    return [[*r[:-1], *[""] * (width - len(r)), r[-1]] if len(r) > 1 else r for r in rows], 1


def by_values(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """Rows told by a column of repeated values, each right before a figure (a course's
    level and its length: ``Beginner 25h``, ``Intermediate 4 months``): the values are the
    capitalised words that stand before a figure on two lines or more, one of them on
    ``table_repeat_min`` lines or more, and each line that holds one anchors a row. Where
    every value opens its line (pypdf, jose.00292: ``Python for Data Science, AI and
    Development`` / ``(IBM, Coursera)`` / ``Beginner 25h Using`` / ``libraries``), a row
    is the lines after the row above up to its anchor, then the lines that go on below it
    (in lower case or on a figure); where every value stands inside its line (OCR:
    ``Python for Data Science, Al and Development Beginner 25h Using`` / ``(IBM,
    Coursera) libraries``), a row is its anchor's line and the lines up to the next, and
    the value stands at about one place on every such line (``table_value_spread``). A
    row's line shaped so without a value (one seen once, or misread) makes the rows
    uncertain; below the last value's line only lines shorter than any value's line are
    its row's (a line as long is the text after the table). The lines above the first row
    are the header. A row's cells cannot be told apart in such text: each row is one cell
    spanning the table."""
    texts = [ln.text.strip() for ln in lines]
    found = [list(_VALUE.finditer(t)) for t in texts]
    counts = Counter(m.group(1) for ms in found for m in ms)
    values = {v for v, n in counts.items() if n >= 2}
    if not values or max(counts[v] for v in values) < p.table_repeat_min:
        return None
    anchors = [k for k, ms in enumerate(found) if any(m.group(1) in values for m in ms)]
    if len(anchors) < p.table_min_rows:
        return None
    at = [[m.start() for m in found[k] if m.group(1) in values] for k in anchors]
    if any(len(x) > 1 for x in at):
        return None  # two values on a row's line: no column of them
    offsets = [x[0] for x in at]
    if 0 in offsets and any(offsets):
        return None  # values at a line's start and inside lines: no one way to tell the rows
    if min(offsets) and max(offsets) > p.table_value_spread * min(offsets):
        return None  # values wherever a wrapped text put them: no column
    apart = not any(offsets)  # the label above the value, the row's words going on below it
    # (apart, the first line is the header's unless it holds a value: the first label's
    # lines come after it)
    starts = [min(anchors[0], 1) if apart else anchors[0]]
    ends: list[int] = []
    for a, b in pairwise([*anchors, len(texts)]):
        end = a + 1 if apart else b
        while apart and end < b and (texts[end][:1].islower() or texts[end][:1].isdigit()):
            end += 1
        ends.append(end)
    starts += ends[:-1]
    # Below the last value's line, its row's wrapped words are shorter than any value's
    # line: a line as long is the text after the table.
    shortest = min(len(texts[a]) for a in anchors)
    end = anchors[-1] + 1
    while end < ends[-1] and len(texts[end]) < shortest:
        end += 1
    ends[-1] = end
    lo, hi = min(offsets) / p.table_value_spread, max(offsets) * p.table_value_spread
    for k in range(starts[0], ends[-1]):
        if k not in anchors and any(lo <= m.start() <= hi for m in found[k]):
            return None  # a value's line without a value (one seen once, misread): rows uncertain
    rows: list[list[str]] = [[join_cell(texts[: starts[0]], lang)]] if starts[0] else []
    rows += [[join_cell(texts[a:b], lang)] for a, b in zip(starts, ends, strict=True)]
    rows += [[t] for t in texts[ends[-1] :]]
    return rows, 1 if starts[0] else 0


# A column's value before a figure: ``Beginner 25h``, ``Intermediate 4 months``.
_VALUE = re.compile(r"(?:^|(?<=\s))([A-ZÀ-Þ][a-zà-ÿ]{2,})\s+(?=\d)")


def _inner(text: str, p: StructureParams) -> tuple[str, list[str], str] | None:
    """A row's anchor -> (its label, its figures, the words after them): ``Sarros et al.
    (2006) 7 238 34.0 7 ANOVA Australia`` -> ``("Sarros et al. (2006)", ["7", "238",
    "34.0", "7"], "ANOVA Australia")``; None when no run of ``table_numbers_min`` figures
    (a dash an empty cell among them) has words or codes after it, or the line's end after
    a label (the words wrapped below: ``Dysithamnus mentalis (Temminck, 1823) 1-4 28 18.4``
    / ``COM Und, Can``). A figure the label holds opens no run: a year in brackets or closing
    them (``Racelis (2013)``, ``(Linnaeus, 1766)``), or after a comma (``Vieillot, 1817``)."""
    words = text.split()
    k = 0
    while k < len(words):
        before = " ".join(words[:k])
        if not is_number(words[k]) or words[k] in _EMPTY or _labels_figure(before, words[k]):
            k += 1
            continue
        end = k
        while end < len(words) and (is_number(words[end]) or words[end] == "±"):
            end += 1
        while end > k and _in_bracket(" ".join(words[k:end])):
            end -= 1  # a figure going on after them: ``1.8* (0.1 to 3.5)``
        run = words[k:end]
        rest = " ".join(words[end:])
        if sum(w not in _EMPTY for w in run) >= p.table_numbers_min and _LETTERED.search(rest or before):
            return before, _figure_cells(run), rest
        k = max(end, k + 1)
    return None


def _in_bracket(text: str) -> bool:
    """The text leaves a bracket open: ``(12.8``, ``Mother worked ... (n``."""
    return text.count("(") > text.count(")")


def _figure_cells(run: list[str]) -> list[str]:
    """A run of figures -> its cells: an interval in brackets is one token (``(10,1`` ``-``
    ``14,5)``), and goes with the figure before it as ``group_numbers`` puts a share or a
    deviation (``12,3 (10,1 - 14,5)``, ``35,2 ± 4,1``)."""
    tokens: list[str] = []
    for w in run:
        if tokens and _in_bracket(tokens[-1]):
            tokens[-1] = f"{tokens[-1]} {w}"
        else:
            tokens.append(w)
    return group_numbers(tokens)


def _labels_figure(before: str, word: str) -> bool:
    """The figure belongs to the label's words before it: in brackets, closing a bracket
    they opened, or after a comma."""
    return word.startswith("(") or _in_bracket(before) or before.endswith(",")


def _label_start(texts: list[str], lo: int, anchor: int) -> int:
    """Where the label of the row anchored at ``anchor`` opens among lines ``lo`` ..
    ``anchor - 1``: the last line in capitals whose line above does not break off;
    ``anchor`` when none (the row brings no label from above)."""
    for k in range(anchor - 1, lo - 1, -1):
        if texts[k][:1].isupper() and not _breaks_off(texts[k - 1]):
            return k
    return anchor


def _groups_from(texts: list[str], lo: int, hi: int) -> int:
    """The first of lines ``lo`` .. ``hi - 1`` that is a group's row: in capitals, ending on
    a figure, after a line that does not break off (``Apodiformes Peters, 1940``); ``hi``
    when none."""
    for k in range(lo, hi):
        if texts[k][:1].isupper() and _ends_on_figure(texts[k].split()) and not _breaks_off(texts[k - 1]):
            return k
    return hi


def _breaks_off(line: str) -> bool:
    """The line goes on below: on a comma, a bracket, a dash or a function word in lower
    case (``Members of the``; ``RA Und`` is a code, no German ``und``)."""
    last = line.rsplit(" ", 1)[-1]
    return line.endswith(_GOES_ON) or (last.islower() and open_ended(line))


def _figures_inside(text: str, p: StructureParams) -> bool:
    """``table_numbers_min`` figures one after another inside a row's words (``Sarros et
    al. (2006) 7 238 34.0 7 ANOVA``)."""
    run = 0
    for w in text.split():
        run = run + 1 if is_number(w) and w not in _EMPTY else 0
        if run >= p.table_numbers_min:
            return True
    return False


_LETTERED = re.compile(r"[^\W\d_]")  # a word or a code after a row's figures (``RA Und``)
_WORDY = re.compile(r"[^\W\d_]{3}")  # words after a row's figures: a word of three letters at least
_DEFINED = re.compile(r"^[A-Z][\w/%-]{0,7} = ")  # a note defining the table's abbreviations: ``HS = ...``


def _apart(line: str, text: list[str], before_row: bool, last: bool, p: StructureParams) -> bool:
    """A line after a row that opens with figures is no more of the row's text: a group's
    row right above the next row (short, not in lower case, the text above it finished:
    ``2iP``), or under the last row a note defining abbreviations (``HS = Hyperhydric
    shoots; ...``)."""
    if line[:1].islower() or (text and text[-1].endswith(_GOES_ON)):
        return False
    if before_row:
        return len(line.split()) <= p.table_group_words
    return last and bool(_DEFINED.match(line) or _NOTE.match(line))


def _leading(text: str, p: StructureParams) -> tuple[list[str], str]:
    """The figures a line opens with and the words after them: ``3.0 86.72 0.79 Yellowish
    green`` -> ``(["3.0", "86.72", "0.79"], "Yellowish green")``; ([], text) when fewer than
    ``table_numbers_min`` figures open it, or no word follows them (``(12.8`` / ``to``: a
    figure going on)."""
    words = text.split()
    k = 0
    while k < len(words) and is_number(words[k]) and words[k] not in _EMPTY:
        k += 1
    while k and _in_bracket(" ".join(words[:k])):
        k -= 1  # a figure going on after them: ``15.1* (12.8 to 17.5)``
    rest = " ".join(words[k:])
    if k < p.table_numbers_min or not _WORDY.search(rest):
        return [], text
    return words[:k], rest
