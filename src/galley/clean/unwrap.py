"""Paragraph and line-break decisions: which line ends are wraps and which end a block.

The evidence is the lines' geometry, measured per document and per region (the seed's
abstract column is narrower than its body):
- the *measure* of a region: the median length of the lines around a line that certainly
  wrapped (the next line goes on in lower case), so one long URL or a merged column does
  not stretch it;
- the *fit test*: if the next line's first word would have fitted at the end of this line
  (with a margin for proportional fonts), the typesetter did not wrap here, so this line
  ended its block;
- the *rhythm* of blank lines: pdfminer separates text boxes with one; a double-spaced
  manuscript puts one after every line, so there a blank line says nothing;
- sentence-final punctuation, extra trailing spaces, indentation, list markers, and inside
  a reference list the shape of an entry's first line (``Surname, X. (2019).``).
Headings are split off before any joining.

``is_break`` runs ``BREAK_RULES`` in order; the first rule with an opinion decides, and its
name and reason go into the repair record.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from galley import vocab
from galley.model import Line

_SENTENCE_END = re.compile(r"[.!?:;]['\"’”)\]]*$")
_LIST_MARKER = re.compile(r"^(?:[•●○◦▪■‣∙·*–—-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])(?:\s|$)")
_BARE_MARKER = re.compile(r"^(?:[•●○◦▪■‣∙·*–—-]|\(?\d{1,3}[.)]|\(?[a-z][.)])$")
_NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-H]\.)\s+\S")
# A reference entry's first line: ``Carleton, T. A., & Hsiang`` / ``Baeza-Yates, R.`` /
# ``van Rossum, G.`` / ``[12] ...`` / ``The Open Group. (2017).`` (a year in brackets early on).
_ENTRY_AUTHOR = re.compile(
    r"^(?:(?:van|von|de|der|den|da|del|di|du|la|le|ten|ter)\s+)*[A-ZÀ-ÖØ-Þ][^\s,.;:()]*"
    r"(?:[\s-](?:[A-ZÀ-ÖØ-Þ]|van|von|de|der|da|del|di|du|la|le)[^\s,.;:()]*)*,\s+(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+[,.\s])"
)
_INITIAL = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]\.(?:[\s,-]|$)|&\s)")
_ENTRY_NUMBERED = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}\.\s+[A-ZÀ-ÖØ-Þ])")
_ENTRY_YEAR = re.compile(r"^[A-ZÀ-ÖØ-Þ][^()]{0,100}?\((?:1[5-9]|20)\d\d[a-z]?(?:, [^)]*)?\)\.")
# A line ending in one of these words goes on: ``CAMS European Air Quality forecasts and``.
_THREE_LETTERS = re.compile(r"[^\W\d_](?:[^a-zA-Z]*[^\W\d_]){2}")
_GOES_ON = vocab.all_of(vocab.OPEN_ENDINGS)
_URLISH_ANYWHERE = re.compile(r"https?:|www\.|doi\.org|\d/|/\d|@")
_URLISH = re.compile(r"(?:https?://|doi:|www\.)\S*$|\S*/\S*$", re.I)
# A region's measure is taken over this many lines either side.
WINDOW = 20
STEP = 4
# Proportional fonts: a word "would have fitted" only with this share of the measure to spare.
SLACK = 0.04


@dataclass(frozen=True)
class Layout:
    """Per-document line-break style, measured from the lines themselves."""

    double_spaced: bool  # every line followed by a blank line
    blank_separates: bool  # blank lines mark block boundaries (pdfminer, poppler)
    base_trailing: int  # the usual number of trailing spaces on a wrapped line
    unwrapped: bool = False  # one paragraph per line (copy-paste): no line is a wrap


def measure(lines: Sequence[Line]) -> Layout:
    if not lines:
        return Layout(False, False, 0)
    with_blank = sum(1 for ln in lines[1:] if ln.blank_before >= 1)
    share = with_blank / max(1, len(lines) - 1)
    trailing = sorted(ln.trailing for ln in lines)
    # Extracted text wraps: many lines go on in lower case or end in a broken word. Text
    # pasted from a word processor does not: each line is a paragraph, however long.
    wrapped = sum(1 for a, b in zip(lines, lines[1:], strict=False) if b.text[:1].islower() or a.text.endswith("-"))
    return Layout(
        double_spaced=share > 0.6,
        blank_separates=0.02 < share <= 0.6,
        base_trailing=trailing[len(trailing) // 2],
        unwrapped=len(lines) >= 3 and wrapped < 0.05 * len(lines),
    )


def wraps(ln: Line, nxt: Line | None) -> bool:
    """``ln`` certainly wrapped: the sentence goes on in lower case on the next line."""
    return nxt is not None and nxt.text[:1].islower() and not ln.text.endswith((".", ":", ";"))


class Geometry(NamedTuple):
    """Per-line facts the measure is taken from, found once per text (``segment`` asks for
    the measure twice: before and after the headings are known)."""

    lengths: list[int]  # raw length of each line
    wrapped: list[int]  # positions of the lines that certainly wrapped (see ``wraps``)


def geometry(lines: Sequence[Line]) -> Geometry:
    return Geometry(
        [ln.indent + len(ln.text) for ln in lines],  # Line.raw_length, without a call per line
        [
            i
            for i, (ln, nxt) in enumerate(zip(lines, lines[1:], strict=False))
            if nxt.text[:1].islower() and not ln.text.endswith((".", ":", ";"))
        ],
    )


def region_widths(lines: Sequence[Line], bounds: Sequence[int] = (), geo: Geometry | None = None) -> list[int]:
    """For each line, the measure of its region: the median length of the lines around it
    that certainly wrapped (the longest alone may be an outlier such as a URL or two
    columns merged). A window never reaches across a region bound (a heading), so a narrow
    abstract keeps its own measure. With too few wrapped lines, the second-longest line of
    the window stands in. ``geo``: the lines' :func:`geometry`, when already known."""
    lengths, wpos = geo or geometry(lines)
    # Lengths of the wrapped lines, so each window is a slice (bisect), not a scan.
    wlen = [lengths[i] for i in wpos]
    edges = sorted({0, len(lines), *bounds})
    out: list[int] = []
    n = len(wpos)
    for lo, hi in zip(edges, edges[1:], strict=False):
        # The window slides: wrapped lines enter at its end and leave at its start, kept in
        # order in ``sample``, so no window is sorted from scratch.
        sample: list[int] = []
        enter = leave = bisect_left(wpos, lo)
        # The measure moves slowly: one window per STEP lines is as good as one per line.
        for i in range(lo, hi, STEP):
            a = i - WINDOW if i - WINDOW > lo else lo  # max/min without the builtin calls
            b = i + WINDOW + 1 if i + WINDOW + 1 < hi else hi
            while enter < n and wpos[enter] < b:
                insort(sample, wlen[enter])
                enter += 1
            while leave < enter and wpos[leave] < a:
                del sample[bisect_left(sample, wlen[leave])]
                leave += 1
            if len(sample) >= 3:
                width = sample[len(sample) // 2]
            else:
                window = sorted(lengths[a:b], reverse=True)
                width = window[1] if len(window) > 1 else window[0]
            out.extend([width] * ((i + STEP if i + STEP < hi else hi) - i))
    return out


def first_word(text: str) -> str:
    return text.split(" ", 1)[0]


_ENDERS = frozenset(".!?:;")
_CLOSERS = "'\"’”)]"


def ends_sentence(text: str) -> bool:
    # Only the tail can match: searching the whole line costs a scan per line. The pattern
    # asks whether, closing quotes and brackets taken off, the tail ends in a stop: said
    # without it (but where ``$`` may stand before a final line break).
    tail = text[-8:]
    if tail[-1:] == "\n":
        return bool(_SENTENCE_END.search(tail))
    return tail.rstrip(_CLOSERS)[-1:] in _ENDERS


def is_list_start(text: str) -> bool:
    # No marker starts with a capital letter: most lines are turned away before the pattern.
    return not text[:1].isupper() and bool(_LIST_MARKER.match(text))


def is_bare_marker(text: str) -> bool:
    return len(text) <= 5 and bool(_BARE_MARKER.match(text))  # ``(123)`` is the longest


MAX_ENTRY_LINES = 10
_SECTION_HEADING = re.compile(
    r"(?:(?:\d{1,2}|[A-H]|[IVX]{1,4})(?:\.\d{1,2})*\.?\s+)?[^\W\d_][^\W\d_ &:’'-]*(?:[ &:’'-]+[^\W\d_]+)*:?"
)


def is_section_heading(text: str) -> bool:
    """Words only (``Appendix``, ``Author Contributions``): inside a reference list a
    heading-shaped line must look like this to end the list; ``TETTWU%5D2.0.CO;2`` (a DOI's
    tail on a line of its own) does not."""
    return bool(_SECTION_HEADING.fullmatch(text.strip()))


def starts_entry(text: str) -> bool:
    """The first line of a reference entry: ``Hsiang, S., & Kopp, R. E. (2018). An``,
    ``[3] Knuth, D.``, ``Argo data management Team. (2022). Argo user's manual``.
    An author list going on after a line break (``S., Keitt, T. H., ... (2018).``) is not."""
    if _INITIAL.match(text):
        return False
    # The author pattern needs a comma and the year pattern a bracket: without them, no try.
    return bool(
        ("," in text and _ENTRY_AUTHOR.match(text))
        or _ENTRY_NUMBERED.match(text)
        or ("(" in text and _ENTRY_YEAR.match(text))
    )


def ends_entry(text: str) -> bool:
    """A reference entry may end here: a full stop, a DOI or URL, a page range or an ISBN."""
    if text.endswith((",", "&", "-", "‐", "–", ":", "(")):
        return False
    if " " not in text and ("." in text or "/" in text):
        return True  # the tail of a URL or DOI on a line of its own: ``1365-2966.2008.13422.x``
    return ends_sentence(text) or text[-1:].isdigit() or ends_in_url(text)


def ends_in_url(text: str) -> bool:
    """``_URLISH.search(text)``, asked of the last word only: every match is a run of
    non-spaces that reaches the end, and the search over the whole line tried each of
    its positions (a scan of every word, many times the cost)."""
    if not text or text[-1].isspace():
        return bool(_URLISH.search(text))  # ``$`` may stand before a final line break
    tail = text.rsplit(None, 1)[-1]  # str.split's spaces are ``\s``'s
    return "/" in tail or bool(_URLISH.search(tail))


_URL_START = re.compile(r"^\(?(?:https?:|www\.|doi\.org/|doi:)", re.I)
_URL_NEXT = re.compile(r"^[^\s]*[/.#_?=&%:\d]|^[a-z][^\s]*$")


def url_goes_on(last: str, nxt_line: str) -> bool:
    """A URL broken at a line end goes on without a space: ``https://doi.org/10.1088/`` /
    ``1748-9326/ab281e``, ``https:`` / ``//doi.org/...``, ``https://www.ecdf.`` / ``ed.ac.uk.``.
    A URL that ends a sentence (``... see https://x.org.`` / ``The``) is left alone."""
    if not _URL_START.match(last) or not nxt_line:
        return False
    nxt = first_word(nxt_line)
    if last.endswith(":") and nxt.startswith("//"):
        return True
    if last.endswith(("/", "_", "#", "?", "=", "&", "%", "~")):
        return bool(_URL_NEXT.match(nxt)) or nxt[:1].islower()
    if last.endswith("."):
        return bool(re.match(r"^(?:\d|[a-z0-9-]+\.[a-z])", nxt))
    return False


def looks_like_heading(ln: Line, width: int) -> bool:
    """Short, unpunctuated, capitalised or numbered: ``Introduction``, ``2.1 Data sources``.
    A bare list marker (``1.``) is not a heading."""
    t = ln.text
    n = len(t)
    if n > 20 and n > 0.7 * width:  # n > max(20, 0.7 * width), without the builtin call
        return False
    words = t.split()
    if not words or len(words) > 12:
        return False
    first = words[0]
    # A numbered heading starts with a digit or a capital too, so this cheap test may come first.
    if not (first[0].isupper() or first[0].isdigit()):
        return False
    # The rejections commute: the cheap ones go first.
    if words[-1] in _GOES_ON or (t.endswith((".", ",", ";", "-", "‐")) and not _NUMBERED_HEADING.match(t + " x")):
        return False
    if is_bare_marker(t) or (_may_be_urlish(t) and _URLISH_ANYWHERE.search(t)) or not _THREE_LETTERS.search(t):
        return False
    if _NUMBERED_HEADING.match(t):
        return sum(c.isalpha() for c in t) >= 3 and not t.endswith((",", ";"))
    if t.endswith(("?", "!", ":")) and len(words) > 6:
        return False
    # Title case or capitals: most long words start with a capital.
    long_words = [w for w in words if len(w) > 3]
    caps = sum(1 for w in long_words if w[0].isupper())
    return len(words) <= 4 or caps >= 0.5 * len(long_words)


def _may_be_urlish(t: str) -> bool:
    # Every match of _URLISH_ANYWHERE holds one of these (``https?:`` a colon, ``\d/`` a
    # slash): most lines are turned away without the pattern's try at every position.
    return "/" in t or ":" in t or "@" in t or "www." in t or "doi.org" in t


def is_numbered_heading(text: str) -> bool:
    return _NUMBERED_HEADING.match(text) is not None


def fits(prev: Line, cur: Line, width: int, slack: float = SLACK) -> bool:
    """Would ``cur``'s first word have fitted at the end of ``prev``? Then ``prev`` ended.

    The margin stands for proportional fonts: 90 characters of ``mmm`` and of ``iii`` do
    not fill the same line, so a word fits only with ``slack`` of the measure to spare."""
    k = cur.text.find(" ")  # the first word's length, without splitting the line
    return prev.indent + len(prev.text) + 1 + (k if k >= 0 else len(cur.text)) <= width * (1 - slack)


def closed(prev: Line, cur: Line, width: int) -> bool:
    """``prev`` ended its block (a sentence end with room to spare, or a short line)."""
    if prev.text.endswith(("-", "‐", ",")):
        return False
    short = prev.raw_length < 0.6 * width
    return short or (ends_sentence(prev.text) and fits(prev, cur, width))


def opens(text: str) -> bool:
    """A block may start with this line: a capital, a digit, a quote, a bracket or a marker."""
    ch = text[:1]
    return bool(ch) and not ch.islower()


class Gap(NamedTuple):
    """Everything a break rule may look at for the line end between ``prev`` and ``cur``."""

    prev: Line
    cur: Line
    width: int
    layout: Layout
    prev_heading: bool
    in_references: bool
    block_lines: int = 1  # lines already in the block ``prev`` ends
    sentence_end: bool = False  # ``prev`` ends a sentence (``ends_sentence``): asked by six rules, found once


Verdict = tuple[bool, str] | None
BreakRule = Callable[[Gap], Verdict]


AFTER_HEADING = "after a heading"


def after_heading(g: Gap) -> Verdict:
    """A heading is a block of its own: ``Introduction`` / ``Ever-changing global ...``."""
    return (True, AFTER_HEADING) if g.prev_heading else None


def broken_word(g: Gap) -> Verdict:
    """A line ending in a hyphen before a letter goes on: ``geo-`` / ``economic``."""
    if g.prev.text.endswith(("-", "‐", "\u00ad")) and g.prev.text[-2:-1].isalpha() and g.cur.text[:1].isalnum():
        return False, "word broken at the line end"
    return None


def one_paragraph_per_line(g: Gap) -> Verdict:
    """Text that was never wrapped (pasted from a word processor: long lines, none going
    on in lower case) has one paragraph per line."""
    if g.layout.unwrapped and not g.cur.text[:1].islower():
        return True, "one paragraph per line (the text is not wrapped)"
    return None


def reference_entries(g: Gap) -> Verdict:
    """In a reference list every entry is a block, whatever the extractor did with blank
    lines: ``... https://doi.org/10.1126/science.aad9837`` / ``Ciscar, J.-C., Rising, J.``
    starts an entry; ``Science,`` / ``353(6304), aad9837`` does not."""
    if not g.in_references or g.block_lines >= MAX_ENTRY_LINES:
        # A "reference entry" this long is an appendix after the list: the usual rules decide.
        return None
    if not ends_entry(g.prev.text):
        return False, "inside a reference entry"
    if starts_entry(g.cur.text):
        return True, "a reference entry starts"
    if g.cur.text[:1].isupper() and fits(g.prev, g.cur, g.width, 0.25):
        return True, "a reference entry ends on a short line"
    return False, "inside a reference entry"


def list_marker_alone(g: Gap) -> Verdict:
    """A bullet or number on a line of its own belongs to the text after it (``•`` / ``Review``)."""
    return (False, "list marker joins its item") if is_bare_marker(g.prev.text) else None


def list_item(g: Gap) -> Verdict:
    """``2. Using weather and climate data: ...`` after a closed line starts a list item."""
    p, c = g.prev, g.cur
    if not is_list_start(c.text):
        return None
    if g.sentence_end or is_list_start(p.text) or fits(p, c, g.width, 0.1) or c.blank_before >= 1:
        return True, "list item starts"
    return None


def lower_case_goes_on(g: Gap) -> Verdict:
    """A line starting in lower case continues the sentence before it, even across a blank
    line, a text-box or a page boundary (``... shows much`` / page 2 / ``simpler examples``)."""
    if g.cur.text[:1].islower() and not g.prev.text.endswith((".", "!", "?")):
        return False, "lower case goes on"
    return None


def blank_between_boxes(g: Gap) -> Verdict:
    """pdfminer puts a blank line between text boxes; a box boundary after a closed line
    is a paragraph break, but a box that starts mid-sentence (after a full line with no
    sentence end) is the same paragraph split by a figure, a link or a page."""
    if not (g.layout.blank_separates and g.cur.blank_before >= 1):
        return None
    if g.cur.text[:1].islower():
        return False, "blank line inside a sentence"
    if g.sentence_end or fits(g.prev, g.cur, g.width, 0.15):
        return True, "blank line between boxes"
    return False, "blank line inside a sentence"


def wider_gap(g: Gap) -> Verdict:
    """Double-spaced text has a blank line after every line; two mark a paragraph."""
    if g.layout.double_spaced and g.cur.blank_before >= 2 and g.sentence_end:
        return True, "wider gap after a sentence end"
    return None


def extra_trailing_space(g: Gap) -> Verdict:
    """Word's PDF export ends a paragraph's last line with an extra space (the seed:
    ``policy options.  `` against ``... an `` on wrapped lines)."""
    p = g.prev
    if g.sentence_end and p.trailing > g.layout.base_trailing and p.trailing >= 2:
        return True, "extra trailing space after a sentence end"
    return None


def sentence_end_with_room(g: Gap) -> Verdict:
    """The fit test: a sentence ends and the next word would have fitted on this line, so
    the typesetter ended the paragraph here (``counterterrorism.`` / ``In the Eurasian``)."""
    if g.sentence_end and opens(g.cur.text) and fits(g.prev, g.cur, g.width):
        return True, "sentence end on a short line (the next word would have fitted)"
    return None


def short_line_before_capital(g: Gap) -> Verdict:
    """A line far shorter than its measure, followed by a capitalised line, ended a block
    even without a full stop (a list item or a title: ``... analyze data`` / ``These``)."""
    p = g.prev
    if p.text.endswith((",", "-", "‐", "&")) or not g.cur.text[:1].isupper():
        return None
    if fits(p, g.cur, g.width, 0.2):
        return True, "short line before a capitalised line"
    return None


def indented_start(g: Gap) -> Verdict:
    """An indented first line after a sentence end starts a paragraph."""
    p, c = g.prev, g.cur
    if g.sentence_end and c.indent > p.indent + 1 and c.text[:1].isupper():
        return True, "indented first line after a sentence end"
    return None


BREAK_RULES: list[BreakRule] = [
    after_heading,
    broken_word,
    list_marker_alone,
    one_paragraph_per_line,
    reference_entries,
    list_item,
    lower_case_goes_on,
    blank_between_boxes,
    wider_gap,
    extra_trailing_space,
    sentence_end_with_room,
    short_line_before_capital,
    indented_start,
]


def goes_on(prev_text: str, text: str) -> bool:
    """Most line ends: a sentence going on in lower case. No rule breaks there but for a list
    item (``a) ...``), so the rule chain can be skipped: the same verdict in a third of the
    time. (After a heading the chain decides: a heading is a block of its own.)"""
    # A list marker before a lower-case start is ``a)`` / ``iv.``: a stop or bracket second,
    # or a roman numeral's letter first; other lines need not ask the pattern.
    return (
        text[:1].islower()
        and not ends_sentence(prev_text)
        and not ((text[1:2] in ".)" or text[0] in "ivx") and _LIST_MARKER.match(text))
    )


def is_break(
    prev: Line,
    cur: Line,
    width: int,
    layout: Layout,
    prev_heading: bool,
    in_references: bool = False,
    block_lines: int = 1,
) -> tuple[bool, str]:
    """Does a block boundary fall between ``prev`` and ``cur``? Returns the reason too."""
    if not prev_heading and goes_on(prev.text, cur.text):
        return False, "lower case goes on"
    return run_rules(prev, cur, width, layout, prev_heading, in_references, block_lines)


def run_rules(
    prev: Line, cur: Line, width: int, layout: Layout, prev_heading: bool, in_references: bool, block_lines: int
) -> tuple[bool, str]:
    """``BREAK_RULES`` in order, for a line end ``goes_on`` did not settle."""
    gap = Gap(prev, cur, width, layout, prev_heading, in_references, block_lines, ends_sentence(prev.text))
    for rule in BREAK_RULES:
        verdict = rule(gap)
        if verdict is not None:
            return verdict
    return False, "wrapped line"
