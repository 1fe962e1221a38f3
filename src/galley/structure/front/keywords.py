"""Front-line rule: the keywords."""

from __future__ import annotations

import re

from galley import vocab
from galley.clean.headings import is_section_name, open_ended
from galley.model import Metadata
from galley.params import StructureParams
from galley.structure.front.lines import FrontLine, Reading, joined

# "Keywords", "Key words", "Index Terms": a label's spaces may be missing or doubled.
_LABEL = vocab.alternation(vocab.all_of(vocab.KEYWORDS)).replace(r"\ ", r"\s?")
KEYWORDS = re.compile(rf"^(?:{_LABEL})\s*[:—–.-]\s*(.+)$", re.I)
_SEPARATOR = re.compile(r"\s*[,;·•]\s*")


def keyword_lines(lines: list[FrontLine], i: int, r: Reading) -> tuple[str, int] | None:
    """``Keywords: climate change, econometrics, tutorial`` (also ``Index Terms—``) ->
    ``meta.keywords``; a list ending in a comma, or a next line in lower case, goes on, and
    so does one the cleaner kept together with its next line (``_goes_on``)."""
    n = take(lines, i, r.meta, r.p)
    return ("keywords", n) if n else None


def take(lines: list[FrontLine], i: int, meta: Metadata, p: StructureParams) -> int:
    """The keyword list opening at line ``i`` into ``meta`` (the first list found wins):
    how many lines it takes, 0 when line ``i`` is no keyword line."""
    m = KEYWORDS.match(lines[i].text)
    if not m:
        return 0
    value, n = m.group(1), 1
    while i + n < len(lines) and (
        value.rstrip().endswith((",", ";"))
        or lines[i + n].text[:1].islower()
        or _goes_on(value, lines[i], lines[i + n], p)
    ):
        value += " " + lines[i + n].text
        n += 1
    if n > 1:
        # Read as the cleaner joined the lines: "asso-" / "ciated factors" is one word.
        value = KEYWORDS.match(joined(lines[i : i + n])).group(1)  # type: ignore[union-attr]
    words = [k.strip(" .") for k in _SEPARATOR.split(value)]
    if not meta.keywords:
        meta.keywords = [k for k in words if k]
    return n


def _goes_on(value: str, first: FrontLine, nxt: FrontLine, p: StructureParams) -> bool:
    """The list wrapped onto the next line: it broke off on a function word (``...; Brotes
    de`` / ``Enfermedades``, ``...; Assassinos no Tribunal do`` / ``Júri``), or the next
    line of its block is more of its keywords, cut by its separator into pieces of
    ``keyword_max_words`` words or fewer (``...; Encuestas`` / ``Epidemiológicas;
    Brasil``). A capitalised word alone in the list's block after a list not finished by a
    stop is its last keyword's end (``...; Esgotamento`` / ``Profissional``), unless it
    names a section (``Introdução``)."""
    if nxt.source is None:
        return False
    if open_ended(value):
        return True
    if nxt.source is not first.source:
        return False  # (a line set apart after a list that is not open: ``Context``, a heading)
    word = nxt.text.strip()
    if " " not in word and word[:1].isupper() and word[-1:].isalpha() and not value.rstrip().endswith("."):
        return not is_section_name(word)
    sep = ";" if ";" in value else ","
    pieces = nxt.text.rstrip(" .").split(sep)
    return len(pieces) > 1 and all(0 < len(x.split()) <= p.keyword_max_words for x in pieces)
