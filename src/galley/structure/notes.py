"""Footnotes: the note text (page bottom or end) tied back to its call in the text.

A note is a block that opens with its number glued to the text (``2A google account is
required.``) or a numbered line that is not part of a list (``1. We will use the term ML
...`` with no item 0 or 2 around it). Its call is the same number glued to a word shortly
before it: ``website2.`` / ``project1 .`` (pdftotext leaves a space before the stop). The
call becomes a note inline holding the note text; a note whose call cannot be found stays
where it is as an endnote block: never dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from galley.model import Block, Inline
from galley.params import StructureParams

_GLUED_NOTE = re.compile(r"^([1-9]\d?)(?=[A-Z“\"‘])")
_TEXT_KINDS = ("paragraph", "list_item", "quote", "caption")


def _note_number(blocks: list[Block], i: int, p: StructureParams) -> str:
    """The note number of block ``i``, "" when it is no note: ``2A google account is
    required.`` (a number glued to a paragraph), or a numbered line that is no list item
    (no neighbour carries the number before or after it) and reads as a sentence."""
    b = blocks[i]
    if b.kind == "paragraph":
        m = _GLUED_NOTE.match(b.text)
        return m.group(1) if m else ""
    if b.kind == "list_item" and b.ordered and b.number.isdigit():
        n = int(b.number)
        for j in (i - 1, i + 1):
            if 0 <= j < len(blocks) and blocks[j].kind == "list_item" and blocks[j].ordered:
                if blocks[j].number in (str(n - 1), str(n + 1)):
                    return ""
        return b.number if len(b.text.split()) >= p.note_min_words else ""
    return ""


def _call(number: str) -> re.Pattern[str]:
    """``website2.``, ``project1 .``, ``(DL)1,``: the number right after a word, before a
    space or punctuation; not ``Python3`` inside a name (a capital-led word) or ``H2O``."""
    return re.compile(rf"(?<=[a-z]{{2}}|[a-zA-Z][)\]’”\"]){number}(?=\s?[.,;:!?)]|\s|$)")


_LINKISH = re.compile(r"://|^(?:doi:|https?:|www\.)|^10\.\d{4,9}/", re.I)


def _inside_link(text: str, pos: int) -> bool:
    """Is ``pos`` inside a URL or DOI? ``...084[1412:TETTWU]2.0.CO;2`` holds no note call."""
    start = text.rfind(" ", 0, pos) + 1
    end = text.find(" ", pos)
    token = text[start : end if end >= 0 else len(text)]
    return bool(_LINKISH.search(token))


def attach(blocks: list[Block], p: StructureParams) -> list[Block]:
    """Link each note to its call (see the module docstring); returns the new block list."""
    out = list(blocks)
    gone: set[int] = set()  # notes now inside their call's block
    for i in range(len(out)):
        number = _note_number(out, i, p)
        if number:
            _attach(out, i, number, gone, p)
    return [b for k, b in enumerate(out) if k not in gone]


def _attach(out: list[Block], i: int, number: str, gone: set[int], p: StructureParams) -> None:
    """Move note ``i`` into its call, or keep it where it stands."""
    note = out[i]
    hit = _find_call(out, i, number, gone, p)
    if hit is None:
        # A glued number ("2A google account ...") is a note in any case: kept where it
        # stands as an endnote, its number as written (without its call it could be
        # "3D printing"). A numbered line without a call stays the list item it looks like.
        if note.kind == "paragraph":
            out[i] = replace(note, kind="footnote")
        return
    j, m = hit
    cand = out[j]
    after = cand.text[m.end() :]
    if after.startswith(" ") and after[1:2] in ".,;:!?)":
        after = after[1:]  # "website2 ." -> "website."
    text = note.text[len(number) :].lstrip(" .") if note.kind == "paragraph" else note.text
    body = Block("paragraph", text, source=note.source)
    out[j] = replace(
        cand,
        inlines=[Inline(cand.text[: m.start()]), Inline("", kind="note", note=[body]), Inline(after)],
        text=cand.text[: m.start()] + after,
    )
    gone.add(i)


def _find_call(
    out: list[Block], i: int, number: str, gone: set[int], p: StructureParams
) -> tuple[int, re.Match[str]] | None:
    """The nearest call of note ``i`` in the ``note_reach`` blocks before it: the block and
    its last call (the one nearest the note)."""
    rx = _call(number)
    for j in range(i - 1, max(-1, i - p.note_reach), -1):
        cand = out[j]
        # (a block that does not hold the number holds no call of it: most are told so)
        if cand.kind in _TEXT_KINDS and cand.inlines is None and j not in gone and number in cand.text:
            calls = [c for c in rx.finditer(cand.text) if not _inside_link(cand.text, c.start())]
            if calls:
                return j, calls[-1]
    return None
