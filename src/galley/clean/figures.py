"""Figure innards: the words inside a drawing, which extractors read as lines of text.

A plot's tick labels and axis titles (``3 2 1 0 1 2 3`` / ``x [Bohr]``), a diagram's boxes
(``Maintenance Contract`` / ``Information System`` / ``Controlling``) come out of pdftotext
as short lines right above the figure's caption, and would be published as paragraphs. They
are no part of the running text: they are taken out like page furniture, as ``Removed``
records (rule ``figure-text``), so no word is lost, ``galley explain`` lists them, and a
corrections file's ``keep_lines`` brings one back.

The evidence, all of it needed: a caption (``Figure 3:``, ``Fig. 2.``, ``Figura 1 -``: the
words in ``vocab.FIGURE_CAPTIONS``); right above it, a run of at least ``figure_min_lines``
lines that are labels (at most ``figure_label_max_words`` words, no sentence stop unless the
line is numbers, no list marker, no section name or number); and above the run, a line
that ends its sentence (not a colon, which announces a list), a page break or the start of
the text, so the run goes on no prose.
A table is no figure: its cells stay for the table finder.
"""

from __future__ import annotations

import re

from galley import vocab
from galley.clean.headings import is_section_name
from galley.clean.shapes import CLOSERS, NUMBERED_HEADING, ends_sentence, is_list_start
from galley.model import Line, Removed
from galley.params import CleanParams

FIGURE_CAPTION = re.compile(
    rf"^(?:{vocab.alternation(vocab.all_of(vocab.FIGURE_CAPTIONS))})\s*\d+[a-z]?\s*[.:|—–-]", re.I
)
# A line of numbers and signs only: a plot's ticks (``3 2 1 0 1 2 3``, ``0.0 0.5 1.0``).
_NUMBERS = re.compile(r"^[\d\s.,+\-−–()%]+$")
_OPEN_ENDINGS = vocab.all_of(vocab.OPEN_ENDINGS)


def is_label(text: str, p: CleanParams) -> bool:
    """A label of a drawing: a few words (``figure_label_max_words``), no sentence stop
    unless it is a line of numbers, no function word at its end, no list marker, no
    section's name or number."""
    if _NUMBERS.match(text):
        return True
    if len(text.split()) > p.figure_label_max_words or text.endswith((".", "!", "?", ",", ";", ":")):
        return False
    if text.rsplit(" ", 1)[-1].lower() in _OPEN_ENDINGS:
        return False  # a phrase that goes on (``... uses the tools of``)
    heading = is_section_name(text) or NUMBERED_HEADING.match(text) is not None
    return not (heading or is_list_start(text) or FIGURE_CAPTION.match(text))


def ends_statement(text: str) -> bool:
    """The line ends a sentence with a full stop, ``!`` or ``?`` (not a colon, which
    announces what follows: ``The lesson uses these tools:`` / ``Python`` / ``NumPy``)."""
    return ends_sentence(text) and text.rstrip(CLOSERS)[-1:] in ".!?"


def find_figure_text(lines: list[Line], p: CleanParams) -> list[Removed]:
    """The label lines of every figure whose caption follows them (see the module's
    docstring), in line order."""
    out: list[Removed] = []
    taken: set[int] = set()
    for i, ln in enumerate(lines):
        if not FIGURE_CAPTION.match(ln.text):
            continue
        j = i
        while j > 0 and j - 1 not in taken and lines[j - 1].page == ln.page and is_label(lines[j - 1].text, p):
            j -= 1
        if i - j < p.figure_min_lines:
            continue
        before = lines[j - 1] if j else None
        if before is not None and before.page == lines[j].page and not ends_statement(before.text):
            continue  # the run may go on the prose above it, or be what a colon announces
        why = f"one of {i - j} short lines of a drawing's labels above its caption ({ln.text[:30]!r})"
        out.extend(Removed(lines[k].number, lines[k].text, "figure-text", why) for k in range(j, i))
        taken.update(range(j, i))
    return out
