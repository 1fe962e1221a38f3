"""Block rule: a list item, bulleted or numbered."""

from __future__ import annotations

import re

from galley import vocab
from galley.model import Block, Unit
from galley.structure.blocks.context import Context
from galley.structure.blocks.shapes import BULLET, NUMBERED, span
from galley.structure.headings import heading_shape


def list_item(u: Unit, ctx: Context) -> Block | None:
    """``• Review the data`` / ``2. Using weather and climate data: ...`` / ``(a) one`` ->
    a list item without its marker. A numbered line is an item, not a numbered heading,
    when a neighbour carries the previous or next number, or when it reads as a sentence
    (not heading-shaped); ``1984. The year ...`` (past ``list_max_number``) is no item."""
    text = u.text
    if text[:1].isupper():
        return _capital_item(u, ctx)  # (only a law's clause numbered in capitals opens on one)
    m = BULLET.match(text)
    if m and len(text) > m.end() and not text.startswith(("--", "—")):
        return Block("list_item", text[m.end() :], source=span(u))
    m = NUMBERED.match(text)
    if not m:
        return None
    num = m.group(1) or m.group(2) or m.group(3) or ""
    marker = m.group(0).strip()
    if runs_in(u.lines or [text], marker, num) or ran_in(ctx.prev, marker, num):
        return None
    if num.isdigit() and heading_shape(text, ctx.p) and not _in_sequence(int(num), ctx):
        return None
    if num.isdigit() and int(num) > ctx.p.list_max_number:
        return None
    return Block("list_item", text[m.end() :], ordered=True, number=num, level=_depth(num, ctx), source=span(u))


# An item's marker in capitals: a roman numeral and a dash, a law's clauses as Brazilian
# papers quote them (``I – o reconhecimento ...``). Group 1: the numeral. (``A.`` / ``B.``
# before the author's questions, Hoehnea's, are paragraphs in the journal's own markup.)
_CAPITAL_MARKER = re.compile(r"^([IVX]{1,5})\s*[–—-]\s+")


def _capital_item(u: Unit, ctx: Context) -> Block | None:
    """``I – o reconhecimento da organização social ...;`` / ``II – os direitos originários
    ...;`` -> items numbered I, II. The item must read as a sentence (no heading's shape:
    ``II – Métodos``) and stand in its sequence: the unit before opens with the numeral
    before it, or the one after with the numeral after it, or it opens the sequence after
    a colon."""
    m = _CAPITAL_MARKER.match(u.text)
    if m is None or heading_shape(u.text, ctx.p):
        return None
    num = m.group(1)
    low = num.lower()  # (the numerals' order is ``_previous`` / ``_next``'s, in lower case)
    neighbours = ((ctx.prev, _previous(low)), (ctx.next, _next(low)))
    in_sequence = any(
        other is not None and (n := _CAPITAL_MARKER.match(other.text)) is not None and n.group(1).lower() in want
        for other, want in neighbours
    )
    opens = num == "I" and ctx.prev is not None and ctx.prev.text.rstrip().endswith(":")
    if not (in_sequence or opens):
        return None
    return Block("list_item", u.text[m.end() :], ordered=True, number=num, source=span(u))


def runs_in(lines: list[str], marker: str, num: str) -> bool:
    """The enumeration runs in the sentence: the next item's marker stands inside a line
    of this one, after a semicolon or a comma (``1) Formas e tipos de interação discursiva
    em sua relação com`` / ``as condições concretas; 2) [das] formas dos enunciados ...``,
    ``a) falta de formação ...`` / ``de profissionais da escola; b) demora na ...``): one
    paragraph, not a list whose items each open a line."""
    return any(_inside(marker, n).search(line) for n in _next(num) for line in lines)


def ran_in(prev: Unit | None, marker: str, num: str) -> bool:
    """The enumeration ran in the paragraph before, up to this item's marker: ``...
    assassinos?; iii) como a situação ...`` / ``iv) de que maneira ...``."""
    if prev is None:
        return False
    return any(_inside(marker, n).search(prev.text + " ") for n in _previous(num))


_ROMANS = tuple(r.lower() for r in vocab.ROMAN_NUMERALS)


def _next(num: str) -> list[str]:
    """The markers that may follow ``num``: ``3`` after ``2``; ``j`` and ``ii`` after ``i``."""
    if num.isdigit():
        return [str(int(num) + 1)]
    out = [_ROMANS[_ROMANS.index(num) + 1]] if num in _ROMANS[:-1] else []
    return out + ([chr(ord(num) + 1)] if len(num) == 1 and num.isalpha() else [])


def _previous(num: str) -> list[str]:
    """The markers ``num`` may follow: ``1`` before ``2``; ``h`` and ``iii`` before ``iv``."""
    if num.isdigit():
        return [str(int(num) - 1)] if int(num) > 1 else []
    out = [_ROMANS[_ROMANS.index(num) - 1]] if num in _ROMANS[1:] else []
    return out + ([chr(ord(num) - 1)] if len(num) == 1 and num.isalpha() and num > "a" else [])


def _inside(marker: str, num: str) -> re.Pattern[str]:
    """``num`` with ``marker``'s brackets inside a line, after a semicolon or a comma."""
    close = marker[-1]
    opening = "(" if marker.startswith("(") else ""
    return re.compile(rf"[;,]\s+{re.escape(opening)}{num}{re.escape(close)}\s")


def _depth(num: str, ctx: Context) -> int:
    """A sub-item (2) or an item at the top (0). Sub-items: lettered items right after a
    numbered one (``3. Provide users with ... This includes:`` / ``a. facilitating ...`` /
    ``b. interactive programs ...`` / ``4. Understand ...``), and a count that starts again
    at 1 under an item that announces it with a colon (OCR reads ``a.`` / ``b.`` as ``1.``
    / ``2.``), up to the item that goes on with the list's own count."""
    prev = ctx.prev_block
    if prev is None or prev.kind != "list_item" or not prev.ordered:
        return 0
    if not num.isdigit():
        return 2 if prev.number.isdigit() or prev.level == 2 else 0
    outer = ctx.last_item  # the count of the items at the top (sub-items leave it alone)
    if outer.isdigit() and int(num) == int(outer) + 1:
        return 0
    if num == "1" and prev.level < 2 and prev.text.rstrip().endswith(":") and prev.number not in ("", "0"):
        return 2
    if prev.level == 2 and prev.number.isdigit() and int(num) == int(prev.number) + 1:
        return 2
    return 0


def _in_sequence(n: int, ctx: Context) -> bool:
    """Item ``n`` follows item ``n - 1`` or comes before ``n + 1``, or opens a list that a
    colon announced (``... key pedagogical principles:`` / ``1. Select and simplify``)."""
    for other, want in ((ctx.prev, n - 1), (ctx.next, n + 1)):
        if other is not None:
            m = NUMBERED.match(other.text)
            if m and m.group(1) and int(m.group(1)) == want:
                return True
    if n == 1 and ctx.prev is not None and ctx.prev.text.rstrip().endswith(":"):
        return True
    return ctx.last_item == str(n - 1)
