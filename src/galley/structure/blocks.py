"""Body blocks: headings, list items, captions, code, paragraphs.

``to_blocks`` runs these passes over the units, each linear in their number:
1. ``split_leading_headings`` / ``split_trailing_headings`` / ``split_code_lines``: a
   heading the cleaner joined to the paragraph under or above it, or commands joined into
   prose, are split off;
2. ``classify``: each unit becomes a block by the first rule that claims it (caption,
   list item, code, heading, paragraph); the heading rule weighs the unit's neighbours;
3. ``join_continuations``: a unit that starts in lower case after an unfinished block
   (a wrapped list item, a paragraph cut at a figure) is joined back to it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from galley import vocab
from galley.model import Block, Inline, Unit
from galley.structure import notes, references, sections

_BULLET = re.compile(r"^(?:[•●○◦▪■‣∙·*–—-])\s*")
_NUMBERED = re.compile(r"^(?:\(?(\d{1,3})[.)]|\(([a-z]|[ivx]{1,4})\)|([a-z])\))\s+")
_SENTENCE_END = re.compile(r"[.!?:;]['\"’”)\]]*$|https?://\S+$|\b10\.\d{4,}/\S+$")
_CODE_LINE = re.compile(
    r"^(?:\$ |>>> |> |#!|import \w|from [\w.]+ import |def \w+\(|pip3? install|conda |git |cd \S|python3? |"
    r"[\w.$]+(?:\[[^\]]*\])?\s*(?:<-|=)\s*\S|[\w.:]+\([^()]*(?:\([^()]*\)[^()]*)*\);?$)"
)


class Context(NamedTuple):
    """What a rule may look at besides the unit: its neighbours and whether it sits in a
    run of short heading-shaped units (table cells and figure labels come in runs).
    (A named tuple: read-only like a frozen dataclass, and built five times faster, once
    per unit.)"""

    prev: Unit | None
    next: Unit | None
    after: Unit | None  # the unit after next
    run: int  # length of the run of heading-shaped one-line units this unit is in
    prev_block: Block | None
    last_item: str = ""  # number of the last numbered list item since the last heading
    dense: bool = False  # inside a stretch of short lines (a table read cell by cell)
    expected: frozenset[str] = frozenset({"1", "I"})  # section numbers that may come next
    lines: int = 1  # the unit's non-blank lines (counted once per unit, not per rule)
    next_short: bool = False  # the next unit is a short line (see ``_short_line``)


def _sentence_end(text: str) -> bool:
    """``_SENTENCE_END.search(text)``: whatever it finds ends the text and holds no space,
    so the text after the last space is all it needs to see (not a whole paragraph)."""
    return _SENTENCE_END.search(text[text.rfind(" ") + 1 :]) is not None


def _span(u: Unit) -> tuple[int, int]:
    return (u.first_line, u.last_line)


def _lines(u: Unit) -> list[str]:
    return [ln for ln in (u.lines or [u.text]) if ln.strip()]


def _line_count(u: Unit) -> int:
    """``len(_lines(u))`` without building the list (and without a count when no line is
    blank, as is usual)."""
    if not u.lines:
        return int(bool(u.text.strip()))
    return len(u.lines) if all(map(str.strip, u.lines)) else sum(1 for ln in u.lines if ln.strip())


# -- pass 1 -------------------------------------------------------------------------------


def split_leading_headings(units: list[Unit]) -> list[Unit]:
    """A heading joined to the paragraph under it: ``Experience of use in teaching and
    learning situations We delivered this workshop...``. The unit's first line is heading-
    shaped, clearly shorter than the lines under it, and the next line opens a sentence."""
    out: list[Unit] = []
    for u in units:
        if len(u.lines) >= 2 and _leading_heading(u.lines):
            head, tail = u.split(1)
            out.append(replace(head, kind="heading"))
            out.append(replace(tail, kind="paragraph" if len(u.lines) > 2 else "line"))
        else:
            out.append(u)
    return out


def split_trailing_headings(units: list[Unit]) -> list[Unit]:
    """A heading the cleaner joined to the end of the block above it: ``... Familiarity with
    git is a bonus but not fundamental.`` / ``Part 1: Introduction to PEST and the Gauss-
    Levenberg Marquardt Approach``; ``Figure 1: Course timeline ...`` / ``Teaching
    materials``. The last line is heading-shaped (no final stop: prose ends with one), the
    line before it finished a sentence or a caption, and body text follows the unit."""
    out: list[Unit] = []
    for i, u in enumerate(units):
        lines = u.lines
        nxt = units[i + 1] if i + 1 < len(units) else None
        exact = bool(u.offsets) and len(u.offsets) == len(lines) >= 2
        # The last line's shape first: most units end on prose (a final stop), cheap to see.
        last = lines[-1].strip() if exact else ""
        if not (exact and nxt is not None and sections.heading_shape(last) and _is_body(nxt)):
            out.append(u)
            continue
        before = lines[-2].strip()
        if last.endswith("?"):
            # A question closing a paragraph is prose ("How should I share my data?").
            out.append(u)
            continue
        if u.text[u.offsets[-1] - 1] != " ":
            # The cleaner glued the last line to the one before (a URL or a word mended
            # across the line end: "https://doi.org/10.25080/" / "Majora-4af1f417-011").
            out.append(u)
            continue
        closed = _sentence_end(before) or (len(lines) == 2 and sections.is_caption(before))
        if not (
            closed
            and (
                len(last) < 0.8 * max(len(x.strip()) for x in lines[:-1])
                and not _NUMBERED.match(last)
                or sections.is_known(last)
            )
        ):
            out.append(u)
            continue
        n = len(lines) - 1
        head, tail = u.split(n)
        out.append(replace(head, kind=u.kind if n > 1 else "line"))
        out.append(replace(tail, kind="heading"))
    return out


def _is_code_line(line: str) -> bool:
    t = line.strip()
    return (
        not t[:1].isupper()
        # _CODE_LINE needs one of these: the opening of one of its commands, "=" or "<-"
        # (an assignment), a final ")" or ");" (a call). Prose lines hold none.
        and ("=" in t or "<" in t or t.endswith((")", ");")) or t.startswith(_CODE_STARTS))
        and bool(_CODE_LINE.match(t))
        and not _WORD_STOP.search(t)
        and len(t.split(None, 8)) <= 8
        and ", " not in t.replace('", "', "")
    )


# How _CODE_LINE's literal commands open.
_CODE_STARTS = ("$ ", ">>> ", "> ", "#!", "import ", "from ", "def ", "pip", "conda ", "git ", "cd ", "python")
_WORD_STOP = re.compile(r"\w\.$")
# What a code line needs, found in a unit's lines joined by "\n" (see ``_may_hold_code``):
# a final ")" or ");", or a command's opening (``_CODE_STARTS``), each with the spaces that
# ``str.strip`` would take off (``\s`` is the same whitespace); and "=" or "<" anywhere.
_CALL_END = re.compile(r"\);?\s*\n")
_COMMAND_START = re.compile(r"\n\s*(?:" + "|".join(map(re.escape, _CODE_STARTS)) + ")")


def _may_hold_code(lines: list[str]) -> bool:
    """Could any of the lines be a code line? False when none holds what ``_is_code_line``
    needs ("=" or "<", a final ")" or ");", the opening of one of its commands), told over
    the whole unit at once: most paragraphs hold none of them (over the dev corpus 214
    units of 3,534 do), and their lines are not tested one by one."""
    blob = "\n".join(["", *lines, ""])  # each line between two "\n"
    return "=" in blob or "<" in blob or bool(_CALL_END.search(blob) or _COMMAND_START.search(blob))


def split_code_lines(units: list[Unit]) -> list[Unit]:
    """Commands the cleaner joined into the prose around them: ``... To install the
    package, type`` / ``install.packages("lorentz")`` / ``library("lorentz")`` / ``at the R
    command line.`` -> prose, a code unit (one command a line), prose. Only where the
    unit's line offsets are known, so the cut is exact."""
    out: list[Unit] = []
    for u in units:
        lines = u.lines
        if len(lines) < 2 or not (u.offsets and len(u.offsets) == len(lines)):
            out.append(u)
            continue
        if not _may_hold_code(lines):
            out.append(u)  # (no line of it is a code line: not any(flags))
            continue
        flags = [_is_code_line(ln) for ln in lines]
        # Lines the cleaner glued together (a word or URL mended across the line end:
        # "https://www.youtube.com/watch?" / "v=Qe6o9j4IjTo") are code only if all are.
        k = 0
        while k < len(lines):
            j = k + 1
            while j < len(lines) and u.text[u.offsets[j] - 1] != " ":
                j += 1
            if not all(flags[k:j]):
                flags[k:j] = [False] * (j - k)
            k = j
        if not any(flags) or all(flags):
            out.append(u)
            continue
        pieces: list[tuple[Unit, bool]] = []
        rest = u
        for k in reversed(range(1, len(lines))):
            if flags[k] != flags[k - 1]:
                rest, piece = rest.split(k)
                pieces.append((piece, flags[k]))
        pieces.append((rest, flags[0]))
        for piece, is_code in reversed(pieces):
            if is_code:
                out.append(replace(piece, text="\n".join(piece.lines), kind="code"))
            else:
                out.append(replace(piece, kind="paragraph" if len(piece.lines) > 1 else "line"))
    return out


def _leading_heading(lines: list[str]) -> bool:
    first, second = lines[0].strip(), lines[1].strip()
    # The cheap test on the second line first: most units open no sentence on it.
    if not _opens_sentence(second):
        return False
    if (
        not sections.heading_shape(first)
        or _BULLET.match(first)
        or _NUMBERED.match(first)
        and not sections.is_known(first)
    ):
        return False
    if sections.is_known(first) and len(first.split()) <= 9:
        return len(lines) > 2 or len(first) < 0.9 * _widest(lines) or second[:1].isupper()
    return len(lines) > 2 and len(first) < 0.75 * _widest(lines) and len(first.split()) <= 10


def _opens_sentence(line: str) -> bool:
    """A stripped line that opens a sentence, a number or a list item."""
    # (``_BULLET`` matches where its class holds the first character: told without it)
    first = line[:1]
    return first.isupper() or first.isdigit() or first in _BULLETS and first != ""


_BULLETS = "•●○◦▪■‣∙·*–—-"  # _BULLET's class


def _widest(lines: list[str]) -> int:
    """The longest line after the first."""
    return max(len(ln.strip()) for ln in lines[1:])


# -- pass 2: rules ------------------------------------------------------------------------

Rule = Callable[[Unit, Context], Block | None]


def caption(u: Unit, ctx: Context) -> Block | None:
    """``Figure 3: Share of ...`` / ``Table 2. Results`` -> a caption block."""
    if sections.is_caption(u.text):
        return Block("caption", u.text, source=_span(u))
    return None


def list_item(u: Unit, ctx: Context) -> Block | None:
    """``• Review the data`` / ``2. Using weather and climate data: ...`` / ``(a) one`` ->
    a list item without its marker. A numbered line is an item, not a numbered heading,
    when a neighbour carries the previous or next number, or when it reads as a sentence."""
    if u.text[:1].isupper():
        return None  # (no bullet or list number opens on a capital: most units, told at once)
    m = _BULLET.match(u.text)
    if m and len(u.text) > m.end() and not u.text.startswith(("--", "—")):
        return Block("list_item", u.text[m.end() :], source=_span(u))
    m = _NUMBERED.match(u.text)
    if not m:
        return None
    num = m.group(1) or m.group(2) or m.group(3) or ""
    if num.isdigit() and sections.heading_shape(u.text) and not _in_sequence(int(num), ctx):
        return None
    if num.isdigit() and int(num) > 60:
        return None
    return Block("list_item", u.text[m.end() :], ordered=True, number=num, source=_span(u))


def _in_sequence(n: int, ctx: Context) -> bool:
    for other, want in ((ctx.prev, n - 1), (ctx.next, n + 1)):
        if other is not None:
            m = _NUMBERED.match(other.text)
            if m and m.group(1) and int(m.group(1)) == want:
                return True
    # "The course design is informed by key pedagogical principles:" / "1. Select and
    # simplify": a list announced by a colon; its later items follow their bodies.
    if n == 1 and ctx.prev is not None and ctx.prev.text.rstrip().endswith(":"):
        return True
    return ctx.last_item == str(n - 1)


def code(u: Unit, ctx: Context) -> Block | None:
    """Lines that are commands or calls, not prose: ``install.packages("lorentz")``,
    ``$ pip install galley``. Kept verbatim, one line each."""
    if u.kind == "code" or _all_code(u.lines or [u.text]):
        return Block("code", "\n".join(ln.strip() for ln in _lines(u)), source=_span(u))
    return None


def _all_code(lines: list[str]) -> bool:
    """Every non-blank line is a code line (a loop: asked of every unit, most stop at once)."""
    for ln in lines:
        if ln.strip() and not _is_code_line(ln):
            return False
    return True


def heading(u: Unit, ctx: Context) -> Block | None:
    """A heading: well-known names (``Acknowledgements``) and numbered headings
    (``2.1 Data``) on their own line; otherwise a heading-shaped line after a finished
    block and before body text, not in a run of three or more short lines (table cells,
    figure labels), and not the end of a sentence the previous unit left open."""
    text = u.text.strip()
    if ctx.lines > 2 or not sections.heading_shape(text):
        return None
    known = sections.is_known(text) or _expected_number(text, ctx.expected)
    if (ctx.run >= 3 or ctx.dense) and not known:
        return None
    if (
        ctx.prev is not None
        and not _closed(ctx.prev.text)
        and ctx.prev_block is not None
        and ctx.prev_block.kind != "heading"
    ):
        # "Day 2: Sharing and" / "Contributing": the line continues a cut phrase.
        if not known and not sections.numbering(text):
            return None
    if not known and ctx.next is None:
        return None
    if not known and ctx.next is not None and not _opens_body(ctx.next):
        return None
    if not known and not sections.numbering(text) and ctx.next is not None:
        # Body text follows within a unit (a sub-heading may come between): a table's
        # header cells ("Strongly" / "Disagree" / "Disagree Un-decided Agree") have none.
        body = ctx.next if not ctx.next_short or ctx.after is None else ctx.after
        if not _is_body(body):
            return None
    if not known and ctx.lines == 2 and u.kind != "heading":
        return None
    return Block("heading", " ".join(text.split()), source=_span(u))


def _expected_number(text: str, expected: frozenset[str]) -> bool:
    """``2.1 Numbering`` right after ``2 Method``: the numbering continues the paper's own
    sequence, which a table cell or a list item does not."""
    num = sections.numbering(text).rstrip(".")
    return bool(num) and num in expected


_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def next_numbers(num: str) -> frozenset[str]:
    """After section ``2.1``: ``2.2``, ``2.1.1``, ``3`` (and ``2.1`` after ``2``)."""
    num = num.rstrip(".")
    if _SECTION_NUMBER.fullmatch(num):
        parts = [int(p) for p in num.split(".")]
        out = {".".join(map(str, parts + [1]))}
        for k in range(len(parts)):
            out.add(".".join(map(str, parts[:k] + [parts[k] + 1])))
        return frozenset(out)
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    if num in romans[:-1]:
        return frozenset({romans[romans.index(num) + 1], "A"})
    return frozenset()


def _closed(text: str) -> bool:
    return _sentence_end(text.rstrip()) or len(text.split(None, 12)) <= 12 and sections.heading_shape(text)


def _is_body(u: Unit) -> bool:
    """Prose, a list item or a caption: what sits under a heading."""
    t = u.text.strip()
    if _marked(t) or sections.is_caption(t):
        return True
    return len(t.split(None, 8)) >= 8 or _sentence_end(t) and len(t.split(None, 3)) >= 3


def _marked(text: str) -> bool:
    """The text opens with a bullet or a list number (neither opens on a capital: most
    texts are told without the patterns)."""
    return not text[:1].isupper() and bool(_BULLET.match(text) or _NUMBERED.match(text))


def _opens_body(u: Unit) -> bool:
    """The unit after a heading starts body text: a capitalised sentence, a list, a caption,
    another heading."""
    t = u.text.strip()
    return bool(t) and (t[0].isupper() or t[0].isdigit() or bool(_BULLET.match(t)) or t[0] in "“\"'(‘[")


def paragraph(u: Unit, ctx: Context) -> Block:
    """Everything else is a paragraph."""
    return Block("paragraph", u.text, source=_span(u))


# The order classify asks the rules in. (classify asks each only where it could claim the
# unit and gives the context only to list_item and heading: a rule that comes to look at its
# context must be given it there.)
RULES: list[Rule] = [caption, list_item, code, heading, paragraph]


def _runs(units: list[Unit], short: list[bool]) -> list[int]:
    """For each unit, the length of the run of short one-line units around it (table cells,
    figure labels: ``File Name`` / ``Description`` / ``01_Intro.ipynb``). ``short``: each
    unit's ``_short_line``."""
    return _run_lengths([s and not sections.is_known(u.text) for u, s in zip(units, short, strict=True)])


def _run_lengths(shaped: list[bool]) -> list[int]:
    """For each item, the length of the run of true items it is in (0 when false)."""
    runs = [0] * len(shaped)
    i = 0
    while i < len(shaped):
        if not shaped[i]:
            i += 1
            continue
        j = i
        while j < len(shaped) and shaped[j]:
            j += 1
        for k in range(i, j):
            runs[k] = j - i
        i = j
    return runs


def _dense(units: list[Unit], short_line: list[bool], half: int = 4, share: float = 0.65) -> list[bool]:
    """Units inside a stretch made mostly of short pieces (eight words at most, list items
    aside): a table or a figure read cell by cell (``Beginner`` / ``9 weeks`` / ``Interactive
    curve fitting.``). Sliding window, linear in the number of units. ``short_line``: each
    unit's ``_short_line``."""
    short = [
        1
        # split(None, 8): nine pieces at most, enough to tell "eight words at most"
        if (s or len(u.text.split(None, 8)) <= 8) and not _marked(u.text)
        else 0
        for u, s in zip(units, short_line, strict=True)
    ]
    return _dense_windows(short, half, share)


def _dense_windows(short: list[int], half: int = 4, share: float = 0.65) -> list[bool]:
    """``_dense`` from each unit's 1 (a short piece) or 0."""
    n = len(short)
    before = [0, *itertools.accumulate(short)]  # before[k]: short units among the first k

    def window(i: int) -> bool:
        lo, hi = max(0, i - half), min(n, i + half + 1)  # the window: units lo .. hi - 1
        return hi - lo >= 5 and before[hi] - before[lo] >= share * (hi - lo)

    width = 2 * half + 1
    if n < width:
        return [window(i) for i in range(n)]
    # Away from the ends every window is ``width`` wide: one comparison each, pairing the
    # counts ``width`` apart (the unit at ``half`` has the window 0 .. width - 1).
    limit = share * width
    middle = [width >= 5 and end - start >= limit for end, start in zip(before[width:], before, strict=False)]
    return [window(i) for i in range(half)] + middle + [window(i) for i in range(n - half, n)]


def _short_line(u: Unit, lines: int | None = None) -> bool:
    """A unit of one line and eight words at most, no final stop, no bullet. ``lines``: the
    unit's ``len(_lines(u))`` when already counted."""
    if (_line_count(u) if lines is None else lines) > 1:
        return False
    t = u.text.strip()
    return 0 < len(t.split(None, 8)) <= 8 and not t.endswith((".", "!", "?")) and not _BULLET.match(t)


def _features(units: list[Unit], counts: list[int]) -> tuple[list[bool], list[int], list[bool]]:
    """Each unit's ``_short_line``, ``_runs`` and ``_dense``, in one pass over the units (each
    text split once, not once per pass). ``counts``: each unit's ``_line_count``."""
    short: list[bool] = []
    shaped: list[bool] = []
    pieces: list[int] = []
    for u, n in zip(units, counts, strict=True):
        text = u.text
        w = len(text.split(None, 8))  # nine pieces at most: enough to tell "eight words at most"
        s = n <= 1 and 0 < w <= 8 and not (t := text.strip()).endswith((".", "!", "?")) and not _BULLET.match(t)
        short.append(s)
        shaped.append(s and not sections.is_known(text))
        # (a short line has eight words at most: _dense's "s or ..." is the word count alone)
        pieces.append(1 if w <= 8 and not _marked(text) else 0)
    return short, _run_lengths(shaped), _dense_windows(pieces)


# What caption, code and paragraph are given: they look at the unit alone.
_NO_CONTEXT = Context(None, None, None, 0, None)


def _context(
    units: list[Unit],
    i: int,
    n: int,
    runs: list[int],
    dense: list[bool],
    counts: list[int],
    short: list[bool],
    out: list[Block],
    last_item: str,
    expected: frozenset[str],
) -> Context:
    """The context of unit ``i`` (see ``classify``)."""
    return Context(
        units[i - 1] if i else None,
        units[i + 1] if i + 1 < n else None,
        units[i + 2] if i + 2 < n else None,
        runs[i],
        out[-1] if out else None,
        last_item,
        dense[i],
        expected,
        counts[i],
        short[i + 1] if i + 1 < n else False,
    )


def classify(units: list[Unit], counts: list[int] | None = None) -> list[Block]:
    """Each unit -> the block of the first rule that claims it. ``counts``: each unit's
    ``_line_count`` when the caller has them."""
    if counts is None:
        counts = [_line_count(u) for u in units]  # once per unit: several rules ask
    short, runs, dense = _features(units, counts)
    out: list[Block] = []
    last_item = ""
    expected = frozenset({"1", "I"})
    n_units = len(units)
    for i, u in enumerate(units):
        # RULES in their order, each asked only where it could claim the unit (the others
        # would answer None): caption, code and paragraph look at the unit alone, so the
        # context is built only for list_item and heading, and only when they are asked.
        text = u.text
        b = caption(u, _NO_CONTEXT) if sections.is_caption(text) else None
        if b is None:
            ctx = None
            if not text[:1].isupper():  # (list_item turns away a capital at once)
                ctx = _context(units, i, n_units, runs, dense, counts, short, out, last_item, expected)
                b = list_item(u, ctx)
            if b is None and (u.kind == "code" or _all_code(u.lines or [text])):
                b = code(u, _NO_CONTEXT)
            # (heading turns away more than two lines and a text not heading-shaped at once,
            # and in a run of short lines or a dense stretch a text neither well known nor
            # numbered next: told first there, where a table's cells are each new to _shape)
            if (
                b is None
                and counts[i] <= 2
                and (
                    not (runs[i] >= 3 or dense[i])
                    or sections.is_known(text.strip())
                    or _expected_number(text.strip(), expected)
                )
                and sections.heading_shape(text.strip())
            ):
                if ctx is None:
                    ctx = _context(units, i, n_units, runs, dense, counts, short, out, last_item, expected)
                b = heading(u, ctx)
        out.append(b if b is not None else paragraph(u, _NO_CONTEXT))
        if out[-1].kind == "heading":
            last_item = ""
            num = sections.numbering(out[-1].text)
            expected = (next_numbers(num) or expected) if num else expected
        elif out[-1].kind == "list_item" and out[-1].ordered:
            last_item = out[-1].number
    return out


# -- pass 3 -------------------------------------------------------------------------------


def join_continuations(blocks: list[Block]) -> list[Block]:
    """A paragraph that starts in lower case after a list item or paragraph that did not
    finish its sentence continues it (the cleaner broke it at a page or column end):
    ``• Vertical lidar backscatter profiles from the European Aerosol Research`` /
    ``(EARLINET), and`` is one item; ``... sand and dust`` / ``storms are common ...`` one
    paragraph. After a list item a piece opening with a bracket continues it too."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and b.kind == "paragraph"
            and b.inlines is None
            and prev.kind in ("paragraph", "list_item")
            and (b.text[:1].islower() or (prev.kind == "list_item" and b.text[:1] in "(["))
            and not _sentence_end(prev.text)
        ):
            runs = None if prev.inlines is None else [*prev.inlines, Inline(" " + b.text)]
            out[-1] = replace(prev, text=f"{prev.text} {b.text}", inlines=runs, source=(prev.source[0], b.source[1]))
            continue
        out.append(b)
    return out


def item_bodies(blocks: list[Block]) -> list[Block]:
    """A numbered item that is only a title, each followed by its paragraph, carries that
    paragraph: ``1. Select and simplify`` / ``To reduce cognitive overload, ...`` / ``2.
    Gradually progress in complexity`` / ``Starting with ...`` is a list of two items. Only
    when the items alternate with paragraphs, so a plain short list keeps its paragraph."""
    out: list[Block] = []
    i = 0
    merged_prev = False
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        titled = b.kind == "list_item" and b.ordered and b.inlines is None and not _sentence_end(b.text)
        alternates = (
            after is not None
            and after.kind == "list_item"
            and after.ordered
            and after.number.isdigit()
            and b.number.isdigit()
            and int(after.number) == int(b.number) + 1
        )
        if (
            titled
            and nxt is not None
            and nxt.kind == "paragraph"
            and nxt.inlines is None
            and (alternates or merged_prev)
        ):
            out.append(replace(b, text=f"{b.text} {nxt.text}", source=(b.source[0], nxt.source[1])))
            merged_prev = True
            i += 2
            continue
        merged_prev = merged_prev and b.kind != "heading" and not (b.kind == "list_item" and b.ordered)
        out.append(b)
        i += 1
    return out


def reference_sections(units: list[Unit], counts: list[int] | None = None) -> list[tuple[int, int]]:
    """(first, end) unit indexes of each reference list: after a ``References`` heading, up
    to the next well-known heading (``Appendix``) or the end; without any such heading,
    three or more entry-shaped units that close the paper. ``counts``: each unit's
    ``_line_count`` when the caller has them."""
    if counts is None:
        counts = [_line_count(u) for u in units]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        u = units[i]
        if counts[i] <= 2 and vocab.is_reference_heading(u.text):
            end = next(
                (
                    j
                    for j in range(i + 1, len(units))
                    if _short_line(units[j], counts[j]) and sections.is_known(units[j].text)
                ),
                len(units),
            )
            out.append((i + 1, end))
            i = end
            continue
        i += 1
    if out:
        return out
    # No heading: a run of entry-shaped units closing the paper is the list all the same.
    lo = len(units)
    while lo > 0 and references.looks_like_entry(units[lo - 1].text):
        lo -= 1
    return [(lo, len(units))] if len(units) - lo >= 3 and lo > 0 else []


def to_blocks(units: list[Unit]) -> list[Block]:
    units = split_code_lines(split_trailing_headings(split_leading_headings(units)))
    out: list[Block] = []
    done = 0
    counts = [_line_count(u) for u in units]  # once per unit: both passes ask
    for lo, hi in reference_sections(units, counts):
        out += join_continuations(classify(units[done:lo], counts[done:lo]))
        out += references.to_blocks(units[lo:hi])
        done = hi
    out += join_continuations(classify(units[done:], counts[done:])) if done < len(units) else []
    # A note lifted out of the text may have split a paragraph at the page bottom.
    out = item_bodies(join_continuations(notes.attach(out)))
    references.link_citations(out)
    return out
