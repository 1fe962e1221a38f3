"""Front-line rule: page furniture the cleaner left in the title block."""

from __future__ import annotations

import re

from galley import vocab
from galley.structure.front.lines import FrontLine, Reading
from galley.structure.front.names import NUMBER_LINE

_PREPRINT = re.compile(r"^(Preprint|Draft|Accepted manuscript|Author manuscript|Manuscript)\b.{0,30}$", re.I)
# arXiv's stamp in the first page's margin: ``arXiv:2301.04512v2 [cs.CL] 5 Jan 2023``.
_ARXIV_STAMP = re.compile(r"^arXiv:\d{4}\.\d{4,5}(?:v\d+)?\s*\[[\w.-]+\]")
_JOURNAL_WORD = re.compile(rf"\b(?:{vocab.alternation(w.upper() for w in vocab.all_of(vocab.JOURNAL_WORDS))})\b")


def noise_line(lines: list[FrontLine], i: int, r: Reading) -> tuple[str, int] | None:
    """Bare numbers (a page number, or a marker line the author list may claim back),
    ``Preprint``, arXiv's stamp, a journal's name in capitals (``JOURNAL OF SCIENTIFIC SOFTWARE
    EDUCATION``, ``journal_name_min_words`` words or more)."""
    text = lines[i].text
    if NUMBER_LINE.match(text) or _PREPRINT.match(text) or _ARXIV_STAMP.match(text):
        return "noise", 1
    if _JOURNAL_WORD.search(text) and len(text.split()) >= r.p.journal_name_min_words:
        letters = [c for c in text if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            return "noise", 1
    return None
