"""Footnotes: the note text (page bottom or end) tied back to its call in the text.

A note is a block that opens with its number glued to the text (``2A google account is
required.``) or a numbered line that is not part of a list (``1. We will use the term ML
...`` with no item 0 or 2 around it). Its call is the same number glued to a word shortly
before it: ``website2.`` / ``project1 .`` (pdftotext leaves a space before the stop). The
call becomes a note inline holding the note text; a note whose call cannot be found stays
where it is as an endnote block: never dropped.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from galley.model import Block, Inline

# How many blocks back a call may be from its note (a page's worth).
REACH = 40

_GLUED_NOTE = re.compile(r"^([1-9]\d?)(?=[A-Z“\"‘])")
_NOTE_FIRST = "123456789"  # what _GLUED_NOTE opens on
_TEXT_KINDS = ("paragraph", "list_item", "quote", "caption")


def _note_number(blocks: list[Block], i: int) -> str:
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
        return b.number if len(b.text.split()) >= 3 else ""
    return ""


@functools.lru_cache(maxsize=128)
def _call(number: str) -> re.Pattern[str]:
    """``website2.``, ``project1 .``, ``(DL)1,``: the number right after a word, before a
    space or punctuation; not ``Python3`` inside a name (a capital-led word) or ``H2O``."""
    # The number first and what stands before it checked after (a lookbehind over both):
    # the engine then skips ahead to the number instead of trying two lookbehinds everywhere.
    return re.compile(rf"{number}(?<=(?:[a-z]{{2}}|[a-zA-Z][)\]’”\"]){number})(?=\s?[.,;:!?)]|\s|$)")


_LINKISH = re.compile(r"://|^(?:doi:|https?:|www\.)|^10\.\d{4,9}/", re.I)


def _inside_link(text: str, pos: int) -> bool:
    """Is ``pos`` inside a URL or DOI? ``...084[1412:TETTWU]2.0.CO;2`` holds no note call."""
    start = text.rfind(" ", 0, pos) + 1
    end = text.find(" ", pos)
    token = text[start : end if end >= 0 else len(text)]
    return bool(_LINKISH.search(token))


def attach(blocks: list[Block]) -> list[Block]:
    """Link each note to its call (see the module docstring); returns the new block list."""
    out = list(blocks)
    gone: set[int] = set()
    for i in range(len(out)):
        b = out[i]
        # Only a paragraph opening on a digit (_GLUED_NOTE) or a list item can be a note:
        # most blocks are told without the call.
        if b.kind == "paragraph" and b.text[:1] not in _NOTE_FIRST or b.kind not in ("paragraph", "list_item"):
            continue
        number = _note_number(out, i)
        if not number:
            continue
        note = out[i]
        text = note.text[len(number) :].lstrip(" .") if note.kind == "paragraph" else note.text
        rx = _call(number)
        hit = None
        for j in range(i - 1, max(-1, i - REACH), -1):
            cand = out[j]
            # (the plain search first: most blocks do not hold the number at all)
            if cand.kind in _TEXT_KINDS and cand.inlines is None and j not in gone and number in cand.text:
                calls = [c for c in rx.finditer(cand.text) if not _inside_link(cand.text, c.start())]
                m = calls[-1] if calls else None  # the last call in the block is nearest the note
                if m is not None:
                    hit = (j, m)
                    break
        if hit is None:
            # A glued number ("2A google account ...") is a note in any case: kept where it
            # stands as an endnote, its number as written (without its call it could be
            # "3D printing"). A numbered line without a call stays the list item it looks like.
            if note.kind == "paragraph":
                out[i] = replace(note, kind="footnote")
            continue
        j, m = hit
        cand = out[j]
        after = cand.text[m.end() :]
        if after.startswith(" ") and after[1:2] in ".,;:!?)":
            after = after[1:]  # "website2 ." -> "website."
        body = Block("paragraph", text, source=note.source)
        out[j] = replace(
            cand,
            inlines=[Inline(cand.text[: m.start()]), Inline("", kind="note", note=[body]), Inline(after)],
            text=cand.text[: m.start()] + after,
        )
        gone.add(i)
    return [b for k, b in enumerate(out) if k not in gone]
