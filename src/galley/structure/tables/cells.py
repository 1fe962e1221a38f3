"""What the table recognisers share: a table's lines, the cells they hold, numbers.

A table's text comes as the units the cleaner made of it; the recognisers read it line by
line (``TLine``), since the cleaner's units often join cells of several rows (no blank line
parts them) and its paragraph joins are no cell boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from galley.clean.lexicon import zipf
from galley.model import Unit
from galley.params import StructureParams


@dataclass(frozen=True, slots=True)
class TLine:
    """One line of a table region: its text (as the cleaner left the line: characters
    repaired, spaces closed up), the unit it came from (``unit``: its index in the
    region), and, in layout-mode text, its pieces ``(first page column, words, end)``."""

    text: str
    unit: int
    pieces: tuple[tuple[int, int, int], ...] | None = None

    @property
    def words(self) -> list[str]:
        return self.text.split()

    def cells(self) -> list[tuple[int, str, int]]:
        """The line's pieces as ``(first page column, text, end)``; [] without a usable
        geometry (the words the pieces count must be the line's words)."""
        if self.pieces is None:
            return []
        words = self.words
        if sum(n for _, n, _ in self.pieces) != len(words):
            return []
        out, k = [], 0
        for col, n, end in self.pieces:
            out.append((col, " ".join(words[k : k + n]), end))
            k += n
        return out


def lines_of(units: list[Unit]) -> list[TLine]:
    """Every line of the units, in order. Without geometry, lines the cleaner glued (a
    word mended across the line end: ``Indicator/`` / ``Characteristic``, ``mortal-`` /
    ``ity``) are one line, as the cleaner joined them. A unit without a grid in layout
    text is placed at its indent (its lines carry no other position)."""
    out: list[TLine] = []
    layout = any(u.grid for u in units)
    for k, u in enumerate(units):
        if not layout:
            out += [TLine(text, k) for text in _glued_lines(u)]
            continue
        for j, text in enumerate(u.lines):
            if not text.strip():
                continue
            pieces = u.grid[j] if u.grid and j < len(u.grid) else ((u.indent, len(text.split()), u.indent + len(text)),)
            out.append(TLine(text.strip(), k, pieces))
    return out


def _glued_lines(u: Unit) -> list[str]:
    """The unit's lines, those the cleaner glued to the line before taken together, cut
    from its text (so its hyphen and URL joins stand)."""
    if len(u.offsets) != len(u.lines):
        return [t.strip() for t in u.lines if t.strip()]
    cuts = [k for k in range(len(u.lines)) if k == 0 or not u.glued(k)]
    ends = [*(u.offsets[k] for k in cuts[1:]), len(u.text)]
    return [t for t in (u.text[u.offsets[a] : b].strip() for a, b in zip(cuts, ends, strict=True)) if t]


_BREAK = "\x00"  # a hyphen at a line end inside a cell, decided once the word is whole


def join_cell(parts: list[str], lang: str = "en") -> str:
    """The lines of one cell -> its text. A line ending in a hyphen after a letter is a
    word broken by the narrow column: joined without the hyphen when the whole word is a
    common word (``Dis-`` / ``agree`` -> ``Disagree``, ``Un-`` / ``de-`` / ``cided`` ->
    ``Undecided``), else with it (``empirically-`` / ``derived``, ``Dollarstreet-`` /
    ``10``)."""
    out = ""
    for part in (x.strip() for x in parts):
        if not part:
            continue
        if out.endswith("-") and out[-2:-1].isalpha() and part[:1].isalnum():
            out = out[:-1] + (_BREAK if part[:1].islower() else "-") + part
        else:
            out = f"{out} {part}" if out else part
    if _BREAK not in out:
        return out
    return " ".join(_mend(w, lang) if _BREAK in w else w for w in out.split(" "))


def _mend(word: str, lang: str) -> str:
    whole = word.replace(_BREAK, "")
    return whole if common_word(whole.strip("()[].,;:\"'“”‘’"), lang) else word.replace(_BREAK, "-")


def common_word(word: str, lang: str) -> bool:
    """A word most readers meet (wordfreq's zipf 3 or more, in the paper's language or in
    English): a hyphen at a line end inside it was the typesetter's."""
    w = word.lower()
    return any(zipf(w, lg) >= 3.0 for lg in {lang, "en"})


# A number, a share or a measure, as one cell: ``38``, ``4,2``, ``(46%)``, ``-0.5``,
# ``7.9 ± 8.2``, ``122/1,551/137``, ``3.8±0.26d``, ``90-100``, ``0 (0%)``, ``(6.3;8.2)``.
NUMBER = r"[-+−–]?\d[\d.,/]*%?(?:\s?[-–;]\s?\d[\d.,]*%?)?[a-z*ªº]{0,2}"
_CELL = re.compile(rf"(?:\(?{NUMBER}\)?)(?:\s?±\s?{NUMBER})?(?:\s\({NUMBER}\))?")
_TOKEN = re.compile(rf"\(?{NUMBER}(?:±{NUMBER})?\)?|[±<>≤≥]|-{{1,3}}|[–—]")
_SIGNS = ("±", "<", ">", "≤", "≥")  # alone: part of the number after it
DASHES = ("-", "--", "---", "–", "—")  # a missing figure's sign


def is_number(text: str) -> bool:
    """The whole text is one numeric cell (``19``, ``3,8``, ``7.9 ± 8.2``, ``(46%)``), or
    the dash of a missing one (``-``, ``—``)."""
    t = text.strip()
    return t in DASHES or bool(_CELL.fullmatch(t))


def numeric_tail(text: str, p: StructureParams) -> tuple[str, list[str]]:
    """A line split into its label and the numeric cells that end it: ``Bahia 249 99.6
    1,964 7.9 ± 8.2`` -> ``("Bahia", ["249", "99.6", "1,964", "7.9 ± 8.2"])``; ("", [])
    when fewer than ``table_numbers_min`` numbers end the line."""
    words = text.split()
    k = len(words)
    while k > 0 and _TOKEN.fullmatch(words[k - 1]):
        k -= 1
    while k < len(words) and k > 0 and _in_label(words[:k], words[k]):
        k += 1  # ``Piaya cayana (Linnaeus, 1766) 1 3``: the year is the label's
    tail = words[k:]
    while tail and tail[0] in _SIGNS:  # "± 8.2" belongs to the label's number, "<" to its word
        tail = tail[1:]
        k += 1
    cells = group_numbers(tail)
    if len(cells) < p.table_numbers_min:
        return "", []
    return " ".join(words[:k]), cells


def _in_label(label: list[str], word: str) -> bool:
    """A number after the label's words that belongs to them: after a comma (``Vieillot,
    1817``: an author's year) or closing the label's bracket (``(Linnaeus, 1766)``)."""
    last = label[-1]
    if last.endswith(",") and not _TOKEN.fullmatch(last):
        return True
    opened = sum(w.count("(") - w.count(")") for w in label)
    return opened > 0 and word.endswith(")") and not word.startswith("(")


def group_numbers(tokens: list[str]) -> list[str]:
    """Numeric tokens -> cells: ``7.9`` ``±`` ``8.2`` is one cell, and so are a count with
    its share ``0`` ``(0%)`` and a bound ``>`` ``98``. A dash alone is a cell of its own:
    the sign of a missing value (``14`` ``-`` ``42``), or a range's dash (``5,0 – 8,5``:
    the two cannot be told apart, and the row's text is the same)."""
    cells: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if i + 2 < len(tokens) and tokens[i + 1] == "±":
            cells.append(f"{t} ± {tokens[i + 2]}")
            i += 3
            continue
        if t in _SIGNS[1:] and i + 1 < len(tokens):
            cells.append(f"{t} {tokens[i + 1]}")
            i += 2
            continue
        if cells and t.startswith("(") and t.endswith(")") and not cells[-1].endswith(")"):
            cells[-1] = f"{cells[-1]} {t}"
        else:
            cells.append(t)
        i += 1
    return cells
