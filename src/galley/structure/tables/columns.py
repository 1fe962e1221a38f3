"""Table rows from a table read column by column (pdfminer: a box per column, a cell a line).

pdfminer reads a grid of figures one column after another: the labels of the first column
(``Sul`` / ``Sudeste`` / ``Centro-Oeste`` / ``Nordeste`` / ``Norte``), then each column of
figures under its header (``%`` / ``96,4`` / ``97,9`` / ``98,8`` / ``97,0`` / ``95,6`` /
``IC95%`` / ``91,5 - 98,5`` / ...). Its columns are runs of numbers, all as long as the
first column holds labels, parted by the same number of header lines. Read a row at a time
instead (the text as a row-major reader would see it), the same lines are rows of figures
under a label: so the reading that wins is the one whose columns hold figures of one shape
(``96,4`` / ``97,9`` against ``96,4`` / ``91,5 - 98,5`` / ``0,05``).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from galley.clean.headings import open_ended
from galley.clean.shapes import LETTER_WORD, ends_sentence
from galley.params import StructureParams
from galley.structure.tables.cells import TLine, is_number, join_cell
from galley.structure.tables.rows import counts_on, key_shape, word_shape

Grid = tuple[list[list[str]], int]

_DIGITS = re.compile(r"\d+")


def by_columns(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """Rows of a table read column by column (see the module docstring), or None."""
    texts = [ln.text.strip() for ln in lines]
    runs = _runs([is_number(t) for t in texts])
    if len(runs) == 1:
        return _one_run(texts, runs[0], p, lang)
    if len(runs) < 2 or len({hi - lo for lo, hi in runs}) != 1:
        return None
    n = runs[0][1] - runs[0][0]
    gaps = {lo - hi for (_, hi), (lo, _) in zip(runs, runs[1:], strict=False)}
    if n < p.table_min_rows or len(gaps) != 1:
        return None
    h = gaps.pop()  # header lines above each column of figures
    first = runs[0][0]
    if h > p.table_header_max_lines or first < n + h:
        return None
    columns = [texts[lo:hi] for lo, hi in runs]
    if _sameness(columns) <= _sameness(_rows_of(columns)):
        return None  # as alike read a row at a time: rows of figures, not columns
    heads = [texts[first - h : first], *(texts[hi : hi + h] for _, hi in runs[:-1])]
    return _grid(texts, first - h - n, columns, heads if h else [], runs[-1][1], lang)


def _one_run(texts: list[str], run: tuple[int, int], p: StructureParams, lang: str) -> Grid | None:
    """The columns of figures come one after another with their headers above them all
    (``109`` / ``114`` / ``81`` / ``102`` / ``48`` / ... / ``44,0`` / ``34,2``): the run is
    cut into columns as long as the labels above it are many, the longest such that each
    column holds figures of one shape and the rows do not (a table of counts alone, whose
    every cut fits, is left to the other readers). A short run (``71`` / ``50`` / ``2.9 ±
    1.5`` / ``3.6 ± 1.3``, rows of a table read row by row) cuts into too few columns and
    rows of ``table_run_columns`` to tell."""
    first, end = run
    size = end - first
    for n in range(size // p.table_run_columns, p.table_run_columns - 1, -1):
        if size % n or first < n:
            continue
        columns = [texts[k : k + n] for k in range(first, end, n)]
        if _sameness(columns) == 1.0:
            if _sameness(_rows_of(columns)) == 1.0:
                return None
            return _grid(texts, first - n, columns, [], end, lang)
    return None


def _grid(
    texts: list[str], labels_at: int, columns: list[list[str]], heads: list[list[str]], end: int, lang: str
) -> Grid | None:
    """The rows: the lines above the labels (one header row across the table), the
    columns' own headers, a row per label with its figures, the notes under the table.
    Labels counted back from the figures may be grouped under outer labels (``_grouped``);
    None where the line above the counted labels is shaped as one of them, a figure in it
    (a label more than the rows: the count would pair each label with its neighbour's
    figures)."""
    n = len(columns[0])
    groups = _grouped(texts, labels_at, n)
    # (a label's shape holding a figure, ``Cortadores de cana (N = 39)``: a header shaped as
    # the labels is common, ``Área de conhecimento`` over ``Ciências da saúde``)
    shapes = {shape for t in texts[labels_at : labels_at + n] if "9" in (shape := word_shape(t))}
    if groups:
        labels_at -= groups
    elif labels_at > 0 and word_shape(texts[labels_at - 1]) in shapes:
        return None
    above = texts[:labels_at]
    rows: list[list[str]] = [[join_cell(above, lang)]] if above else []
    if heads:
        rows.append(["", *(join_cell(x, lang) for x in heads)])
    head = len(rows)
    labels: list[list[str]] = []
    if groups:
        block = n // groups + 1
        for b in range(groups):  # each outer label a cell before its block's first inner label
            outer, *inner = texts[labels_at + b * block : labels_at + (b + 1) * block]
            labels += [[outer if k == 0 else "", label] for k, label in enumerate(inner)]
    else:
        labels = [[label] for label in texts[labels_at : labels_at + n]]
    rows += [[*label, *(col[i] for col in columns)] for i, label in enumerate(labels)]
    rows += [[t] for t in texts[end:]]  # the notes under the table
    return rows, head


def _grouped(texts: list[str], labels_at: int, n: int) -> int:
    """How many outer labels the ``n`` labels counted back from ``labels_at`` fall under:
    ``g`` blocks of an outer label and ``n / g`` inner ones, the inner labels of every block
    shaped alike, the outer ones otherwise (rsp-48, pdfminer: ``Pré-safra`` / ``Trabalhadores
    urbanos (N = 48)`` / ``Cortadores de cana (N = 39)`` / ``Pós-safra`` / ``Trabalhadores
    urbanos (N = 34)`` / ``Cortadores de cana (N = 47)``, 4 rows); 0 when none fits."""
    for groups in range(2, n // 2 + 1):
        if n % groups or labels_at < groups:
            continue
        block = n // groups + 1
        lines = texts[labels_at - groups : labels_at + n]
        inner = [[word_shape(t) for t in lines[b * block + 1 : (b + 1) * block]] for b in range(groups)]
        outer = {word_shape(lines[b * block]) for b in range(groups)}
        if all(x == inner[0] for x in inner) and not outer & set(inner[0]):
            return groups
    return 0


def _rows_of(columns: list[list[str]]) -> list[list[str]]:
    return [list(row) for row in zip(*columns, strict=True)]


def _runs(numeric: list[bool]) -> list[tuple[int, int]]:
    """``(first, end)`` of each run of numeric lines."""
    out: list[tuple[int, int]] = []
    for i, num in enumerate(numeric):
        if num and out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        elif num:
            out.append((i, i + 1))
    return out


def _sameness(groups: list[list[str]]) -> float:
    """How alike the figures of each group are: the share of them that has the group's
    commonest shape (``96,4`` and ``0,05`` share ``0,0``; ``91,5 - 98,5`` is another)."""
    same = sum(Counter(_DIGITS.sub("0", x) for x in g).most_common(1)[0][1] for g in groups if g)
    return same / max(1, sum(len(g) for g in groups))


def by_label_column(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """A table read column by column whose labels come first as a column of their own, with
    its header above it, then each column's header, then the columns of figures one after
    another (pdfminer, a box per cell: ``Soluções`` / ``Água`` / ``Sacarose`` / ``Sacarose
    15%`` / ``Sacarose 30%`` / ``Frequência (Hz)`` / ``4f (Hz)`` / ``10014141`` / ... /
    ``781.5``). Every label comes before every figure, which a table read row by row never
    does, unless the lines before the figures are a header of figures alone: their number
    (or one fewer, a corner left empty) must not divide the figures. The rows are as many
    as the figures of a column, under one header line of the labels (``_above_labels``: or
    under headers that span columns, the columns' own run into one line); where several
    counts fit (2 rows of 4 columns, or 4 of 2), the most rows win, each column's figures
    no less alike than a row's. A single column of figures has no likeness to weigh: its
    lines must be exactly a header, its labels, a header, as many figures (rbee-30:
    ``Público`` / ``Deficiência Intelectual`` / ... / ``Total`` / ``Matrículas`` /
    ``952.904`` / ... / ``1.771.430``; read row by row, labels and figures would
    alternate). A blank corner and a label wrapped on two lines count the same and shift
    every row: the count cannot tell them apart."""
    texts = [ln.text.strip() for ln in lines]
    first = next((i for i, t in enumerate(texts) if is_number(t)), len(texts))
    figures = texts[first:]
    if not figures or first < p.table_min_rows or not all(is_number(t) for t in figures):
        return None
    if any(len(figures) % n == 0 for n in (first, first - 1) if n > 1):
        return None  # (as likely a header of figures alone and its rows, read row by row)
    for n in range(len(figures), p.table_min_rows - 1, -1):
        k = len(figures) // n
        if len(figures) % n:
            continue
        above = _above_labels(texts, first, n, k, p)
        if above is None:
            continue
        columns = [figures[c * n : (c + 1) * n] for c in range(k)]
        if k > 1 and _sameness(columns) < _sameness(_rows_of(columns)):
            continue  # (one column has no likeness to weigh: ``_above_labels`` alone tells)
        spanning, labels_head = texts[: above - 1], texts[above - 1]
        header = [labels_head, *texts[above + n : first]]
        labels = texts[above : above + n]
        if any(not _opens_cell(t) for t in [*spanning, *labels, *header]) or any(map(open_ended, labels)):
            # a label or a header wrapped (``process (...)``, ``Δf`` / ``(Hz)``,
            # ``Sensibilidade emotiva excessiva segundo o`` / ``ISSL``): a cell is no line
            return None
        rows = [[join_cell(spanning, lang)]] if spanning else []
        rows += [header, *([label, *(col[i] for col in columns)] for i, label in enumerate(labels))]
        return rows, len(rows) - n
    return None


def _above_labels(texts: list[str], first: int, n: int, k: int, p: StructureParams) -> int | None:
    """How many lines come before ``n`` labels whose ``k`` columns of figures start at line
    ``first``: the labels' own header line, right above them (``Soluções``), after the
    columns' headers, a line each; or, where the extractor ran the columns' headers into one
    line (``Cortadores de cana (%) Trabalhadores urbanos (%) ...``), that header line and
    the lines of the headers that span columns above it (rsp-48: ``Pré-safra (Fase 1)`` /
    ``Pós-safra (Fase 2)`` / ``Sintomas``). None when neither count fits: the labels' header
    line tells where they start, and a label wrapped on two lines would shift every row.
    The one header line must read as the columns' headers run together: words enough for
    each (``table_merged_header_words``), far longer than any label
    (``table_merged_header_width``); and the headers spanning columns are fewer than them."""
    if first - n - k == 1:
        return 1
    above = first - n - 1
    if not 1 < above <= k:
        return None
    merged, labels = texts[first - 1], texts[above : above + n]
    wide = len(merged) >= p.table_merged_header_width * max(len(t) for t in labels)
    return above if wide and len(merged.split()) >= p.table_merged_header_words * k else None


def by_key_column(lines: list[TLine], p: StructureParams, lang: str = "en") -> Grid | None:
    """A table of keys and the text that describes them, read a column at a time (pdfminer,
    a box per column on each page; jose.00184): the column's header and its keys one under
    another (``File Name`` / ``01_DM_Rotation_Curve_Intro.ipynb`` / ... /
    ``04_Plotting_Rotation_Curves.ipynb``), then the other column's header and its cells, a
    box each (``Description`` / ``Animations and rotation`` / ``curve plots demonstrating``
    / ... / ``Interactive widget to`` / ``introduce dark matter.``), the headers again after a
    page break, and a key and its cell read one after the other where a page's boxes fell
    so. The keys are lines of one shape (``rows.key_shape``) and nothing else, no figures,
    ``table_min_keys`` or more, most of them one under another (``rows.by_keys`` reads the
    keys that open their rows). Any other line opens a cell where a key, another box or a
    header came before it, and a cell opens as one (no lower case) on a word, and holds no
    sentence's end before a line in a capital (two cells a box: the count could pair a key
    with its neighbour's text); the i-th cell is the i-th key's, so there must be as many. The
    second column's header is the first line after the first keys when it reads as one
    (the last line of its box, a few words, no stop); the headers read again are a row of
    their own where they come (no word is lost)."""
    shapes = [key_shape(ln.text) for ln in lines]
    found = Counter(s for s in shapes if s)
    if not found:
        return None
    key, _ = found.most_common(1)[0]
    width = len(key.split())
    at = [i for i, s in enumerate(shapes) if s == key and len(lines[i].words) == width]
    stacked = sum(1 for a, b in pairwise(at) if b == a + 1)
    if len(at) < p.table_min_keys or stacked * 2 <= len(at) - 1 or len(at) < sum(1 for s in shapes if s == key):
        return None  # few keys, keys that open their rows, or keys with their text on one line
    keys = [lines[i].text for i in at]
    if not counts_on(keys) or len(set(keys)) < len(keys) or any(map(is_number, keys)):
        return None  # (``4.1±0.26d``: a column of figures, ``columns.by_columns``' to read)
    head = [ln.text for ln in lines[: at[0]]]
    # The second column's header: the first line after the first keys, a box of its own.
    after = next((i for i in range(at[0], len(lines)) if i not in at), len(lines))
    second = lines[after].text if after < len(lines) and _reads_as_header(lines, after, p) else ""
    cells, again = _cells(lines, set(at), {*head, second} - {""})
    if len(cells) != len(keys) or any(not _opens_cell(cell[0]) or not LETTER_WORD.search(cell[0]) for cell in cells):
        return None  # cells that do not count right, go on in lower case or hold no word
    if any(ends_sentence(a) and b[:1].isupper() for cell in cells for a, b in pairwise(cell)):
        return None  # a box that may hold two cells (``... dark matter.`` / ``Rotation curve ...``)
    rows = [[join_cell(head, lang), second]] if head or second else []
    top = len(rows)
    if second:
        next(texts for _, texts in again if second in texts).remove(second)  # its first reading: the header row's
    repeats = {n: texts for n, texts in again if texts}
    for n, (name, cell) in enumerate(zip(keys, cells, strict=True)):
        if n in repeats:
            rows.append(repeats.pop(n))  # the headers read again after a page break
        rows.append([name, join_cell(cell, lang)])
    rows += list(repeats.values())
    return rows, top


Cells = list[list[str]]
Again = list[tuple[int, list[str]]]


def _cells(lines: list[TLine], keys: set[int], headers: set[str]) -> tuple[Cells, Again]:
    """The cells after the first key: runs of lines cut at a key, a header and a box's
    start; and the headers read among them, those with no cell between them together,
    with the number of cells read before them."""
    cells: Cells = []
    again: Again = []
    fresh = True
    for i in range(min(keys), len(lines)):
        ln = lines[i]
        if ln.text in headers and i not in keys:
            if again and again[-1][0] == len(cells):
                again[-1][1].append(ln.text)
            else:
                again.append((len(cells), [ln.text]))
            fresh = True
        elif i in keys:
            fresh = True
        elif fresh or ln.unit != lines[i - 1].unit:
            cells.append([ln.text])
            fresh = False
        else:
            cells[-1].append(ln.text)
    return cells, again


def _reads_as_header(lines: list[TLine], k: int, p: StructureParams) -> bool:
    """Line ``k`` is a column's header: the last line of its box (``Description``, alone or
    under the keys), a few words (``table_label_max_words``) and no stop."""
    text, unit = lines[k].text, lines[k].unit
    alone = k + 1 == len(lines) or lines[k + 1].unit != unit
    return alone and len(text.split()) <= p.table_label_max_words and not text.endswith(".")


def _opens_cell(text: str) -> bool:
    """The line opens a cell: not in lower case, not on a bracket (a label going on)."""
    return not (text[:1].islower() or text[:1] in "([")
