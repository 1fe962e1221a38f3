"""Small questions the block rules and passes share about a unit's text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate

from galley.clean.shapes import HYPHENS, ends_sentence
from galley.model import Unit
from galley.params import StructureParams
from galley.structure.headings import is_caption

BULLET = re.compile(r"^(?:[•●○◦▪■‣∙·*–—-])\s*")
# Where one sentence ends and the next begins: a stop (a closing bracket or quote may
# follow it) and a capital or an opening quote after the space (``p. 147`` goes on).
SENTENCE_BREAK = re.compile(r"[.!?][)\]’”\"]*\s+(?=[A-ZÀ-ÖØ-Þ“\"])")
# ``1.``, ``(2)``, ``3)``; ``(a)``, ``(iv)``; ``b)``, ``a.``, ``ii.``, ``iv)``. Group 1, 2 or
# 3: the number (``i.``, ``v.`` read as letters, their lists' first items).
NUMBERED = re.compile(r"^(?:\(?(\d{1,3})[.)]|\(([a-z]|[ivx]{1,4})\)|([ivx]{2,4}|[a-z])[.)])\s+")
# A URL or a DOI ends a reference or a "see" sentence without a stop:
# ``... https://cdh.carpentries.org``.
_LINK_END = re.compile(r"https?://\S+$|\b10\.\d{4,}/\S+$")
# Who said it, in brackets after the sentence and no stop after: "... volta a explorar]
# (Bart, 9 anos)", "... Coisa de 20 dias”. (Maria da Conceição)". (A source cited in the
# running text takes the sentence's stop after it: "... strategies (Lang, 2021).")
ATTRIBUTION = re.compile(r"[.!?…\"”’\]]\s*\([^()]*[^\W\d_][^()]*\)$")
# A numbered list's marker alone on its line (pdfminer sets it a box of its own: ``3.`` /
# ``Topic: the process ...``).
MARKER_ALONE = re.compile(r"\d{1,2}[.)]")


def finished(text: str) -> bool:
    """Does the text end a sentence (as the cleaner reads a line end: a stop, with closing
    quotes or brackets, or a stop and a citation's number, ``... publication.10``), perhaps
    with who said it after it (``... de branco! (Bart, 9 anos)``), or end on a URL or DOI?
    Only its end can tell, so only that is searched (a paragraph can be long)."""
    last = text[text.rfind(" ") + 1 :]
    if ends_sentence(last) or _LINK_END.search(last) is not None:
        return True
    return last.endswith(")") and ATTRIBUTION.search(text[-80:]) is not None


def at_most_words(text: str, n: int) -> bool:
    """Has the text ``n`` words or fewer? (Counted up to ``n + 1``: a paragraph is not split
    into all its words to learn that it is long.)"""
    return len(text.split(None, n)) <= n


def at_least_words(text: str, n: int) -> bool:
    """Has the text ``n`` words or more? (Counted up to ``n``.)"""
    return len(text.split(None, n)) >= n


def marked(text: str) -> bool:
    """The text opens with a bullet or a list number: ``• Review``, ``2. Using``, ``(a) one``."""
    return bool(BULLET.match(text) or NUMBERED.match(text))


def opens_sentence(line: str) -> bool:
    """A line that opens a sentence, a number or a list item: ``We delivered``, ``2016``, ``• one``."""
    first = line[:1]
    return first.isupper() or first.isdigit() or bool(BULLET.match(line))


def is_short_line(u: Unit, p: StructureParams) -> bool:
    """A unit of one line and ``short_line_words`` words at most, no final stop, no
    bullet: a table cell, a figure label or a heading (``File Name``, ``9 weeks``)."""
    if len(u.lines) > 1:
        return False
    t = u.text.strip()
    return bool(t) and at_most_words(t, p.short_line_words) and not t.endswith((".", "!", "?")) and not BULLET.match(t)


def is_body(u: Unit, p: StructureParams) -> bool:
    """Prose, a list item or a caption: what sits under a heading."""
    t = u.text.strip()
    if marked(t) or is_caption(t):
        return True
    return at_least_words(t, p.body_min_words) or (finished(t) and at_least_words(t, p.body_sentence_min_words))


def span(u: Unit) -> tuple[int, int]:
    """The raw lines a block made of the unit comes from."""
    return (u.first_line, u.last_line)


def body_measure(units: list[Unit], p: StructureParams, edge: float = 0.5) -> float:
    """The body's line length in characters: where the lines of paragraphs (units of three
    lines or more, their last lines aside) crowd most, within ``measure_band`` of one
    another; ``edge`` says how far up the crowd (0.5 its middle, 0.9 near its upper edge,
    the full line a quote's shorter lines are told from). Justified prose runs the measure,
    line after line; a table's wrapped cells and a wide float scatter. Two-column text has
    its column's measure, not a float's width. 0 when the text has no paragraph."""
    counts = Counter(len(ln) for u in units if len(u.lines) >= 3 for ln in u.lines[:-1])
    # The lines sorted by length, as runs of one length each (a few hundred, not a line each):
    # ``upto[k]`` lines are ``sizes[k]`` long or shorter.
    sizes = sorted(counts)
    upto = list(accumulate(counts[size] for size in sizes))
    best, where, hi, shorter = 0, 0, 0, 0
    for k, length in enumerate(sizes):
        while hi < len(sizes) and sizes[hi] <= length * (1 + p.measure_band):
            hi += 1
        if upto[hi - 1] - shorter > best:  # the lines from this length up to the band's top
            best, where = upto[hi - 1] - shorter, shorter
        shorter = upto[k]
    return float(sizes[bisect_right(upto, where + int(best * edge))]) if sizes else 0.0


def ends_broken_word(text: str) -> bool:
    """The text ends in a word broken at a hyphen: ``... que delega papéis so-``, or at the
    typesetter's ``‐`` (U+2010, WeasyPrint's): ``... de seus territó‐``."""
    return text.endswith(HYPHENS) and text[-2:-1].isalpha()
