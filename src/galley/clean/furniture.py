"""Page furniture: running heads and footers, page numbers, removed and always reported.

Repetition alone is not evidence: two wrapped lines of citations or a table's header can
come back word for word. A running head sits *at a page edge*, *on most pages*, *in the same
place* (the top or the foot of the page), and a footer without page breaks comes back with the
page number counting up beside it. Lines compare under :func:`key` (digits and case ignored).

``find_furniture`` runs ``RULES`` in order; each rule sees the lines found by the rules
before it (a page number is found *beside* a running head) and returns the new ones with
its reason. Every removed line becomes a ``Removed`` record for the build report. A new
furniture rule (by a journal's footer shape, by figure innards) is a function
``(lines, evidence, found) -> {position: why}`` placed in ``RULES``.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from itertools import islice, takewhile

from galley import vocab
from galley.clean.shapes import HYPHENS, ends_sentence, is_list_start
from galley.clean.urls import is_url
from galley.model import Line, Removed, Repair
from galley.params import CleanParams
from galley.vocab import heading_words

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?[-–—]?\s*([1-9]\d{0,3}|[ivxlcdm]{1,6})\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I
)
_ROMAN_LOOKALIKES = vocab.all_of(vocab.ROMAN_LOOKALIKES)
_OPEN_ENDINGS = vocab.all_of(vocab.OPEN_ENDINGS)
_OPENING = vocab.all_of(vocab.OPENING)
TOP, FOOT = "top", "foot"


# A page number or its OCR misreading (``+)`` for ``5``, ``|`` for ``1``) after a running
# head's words; not an ellipsis (``Course Materials for an Introduction to …``).
_TRAILING_NUMBER = re.compile(r"(?<=\w) (?:#|[|!/\\()\[\]{}+]{1,2})$")


def key(text: str) -> str:
    """The form under which running heads compare: case-folded, spaces single, numbers
    masked (``Journal of X, 7 (76), 239`` and ``JOURNAL OF X, 7 (76), 240`` are one key),
    the page number after the words dropped (OCR's ``JOURNAL OF X 4``, ``JOURNAL OF X +)``
    and ``JOURNAL OF X`` are one key)."""
    return _TRAILING_NUMBER.sub("", _DIGITS.sub("#", " ".join(text.lower().split())))


def is_page_number(text: str) -> bool:
    """A bare page number: ``12``, ``Page 3``, ``- 4 -``, ``iv``, ``3 of 12``; not ``0`` nor
    ``07`` (a table's cells: no page is numbered so)."""
    return _PAGE_NUMBER.match(text.strip()) is not None


def is_bare_number(text: str) -> bool:
    """A page number's digits alone: ``7``, ``1204`` (not ``²``, not five digits)."""
    return text.isascii() and text.isdigit() and len(text) <= 4


class Evidence:
    """What the rules ask of the lines: whether there are page breaks, the lines at a page
    edge and on which edge (found once), and each line's ``key`` (found when first asked)."""

    def __init__(self, lines: list[Line], p: CleanParams) -> None:
        self.lines = lines
        self.p = p
        self.paged = lines[0].page != lines[-1].page if lines else False
        self.pages = len({ln.page for ln in lines}) if self.paged else 1
        self.edge = page_edges(lines, p.edge_lines) if self.paged else {}
        self._keys: dict[int, str] = {}

    def key(self, i: int) -> str:
        if i not in self._keys:
            self._keys[i] = key(self.lines[i].text)
        return self._keys[i]

    def is_page_number(self, i: int) -> bool:
        return is_page_number(self.lines[i].text)

    def from_edge(self, i: int) -> int:
        """How many lines ``i`` is from its page's first or last line."""
        pg = self.lines[i].page
        lo = hi = i
        while lo > 0 and self.lines[lo - 1].page == pg:
            lo -= 1
        while hi + 1 < len(self.lines) and self.lines[hi + 1].page == pg:
            hi += 1
        return min(i - lo, hi - i)

    def beside(self, i: int, found: dict[int, str]) -> bool:
        """Line ``i`` is within ``beside_lines`` of another line in ``found``, on its page."""
        d, lines = self.p.beside_lines, self.lines
        return any(j in found and lines[j].page == lines[i].page for j in range(i - d, i + d + 1) if j != i)

    def around(self, found: dict[int, str]) -> set[int]:
        """The lines within ``beside_lines`` of a line in ``found`` and on its page, not in it
        (a table's last row above a page's foot is not beside the next page's head)."""
        d, lines = self.p.beside_lines, self.lines
        near = {
            j for f in found for j in range(f - d, f + d + 1) if 0 <= j < len(lines) and lines[j].page == lines[f].page
        }
        return near - found.keys()


def page_edges(lines: list[Line], depth: int) -> dict[int, frozenset[str]]:
    """The positions of the first and last ``depth`` lines of every page, each with the edges
    it sits at (``TOP``, ``FOOT``, or both on a short page). A page's very first and very
    last line count as both: an extractor may read a running head last (pdftotext puts the
    head of a two-column page after the left column's foot on some pages)."""
    starts = [i for i in range(1, len(lines)) if lines[i].page != lines[i - 1].page]
    edge: dict[int, frozenset[str]] = {}
    both = frozenset((TOP, FOOT))
    for lo, hi in zip([0, *starts], [*starts, len(lines)], strict=True):
        for i in range(lo, min(hi, lo + depth)):
            edge[i] = frozenset((TOP,))
        for i in range(max(lo, hi - depth), hi):
            edge[i] = edge.get(i, frozenset()) | {FOOT}
        edge[lo] = edge[hi - 1] = both
    return edge


FurnitureRule = Callable[[list[Line], Evidence, dict[int, str]], dict[int, str]]


def running_heads(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """Running heads and footers of paged text: the same line (numbers masked) at a page
    edge on most pages, in the same place (``JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION`` atop
    every page; ``Wagner et al.`` atop every other page).

    Not furniture: two entries of a reference list that share their author lines, one at
    the foot of a page and one at the top of the next (``Economo, M. N., Viswanathan, S.,
    ...`` in two entries of 2018); a table's header repeated atop three pages of eleven."""
    p = ev.p
    if not ev.paged:
        return {}
    where: dict[str, list[int]] = defaultdict(list)
    for i in sorted(ev.edge):
        if not ev.is_page_number(i):
            where[ev.key(i)].append(i)
    out: dict[int, str] = {}
    for k, idx in where.items():
        on_page: dict[int, list[int]] = defaultdict(list)
        for i in idx:
            on_page[lines[i].page].append(i)
        pages = len(on_page)
        if pages < p.min_repeats or len(k) < p.min_head_chars or pages < p.head_page_share * (ev.pages - 1):
            continue  # too short, or on a few pages only
        once = [ids[0] for ids in on_page.values() if len(ids) == 1]
        if 2 * len(once) < pages:
            continue  # several times on most of its pages: a running head is there once
        place = frozenset.intersection(*(ev.edge[i] for i in once))
        if not place:
            continue  # at the top of one page and the foot of another: text that recurs
        # Where it is twice on a page (the title under the same words atop the first page),
        # the copy nearer the edge is the head; the other is text.
        heads = [ids[0] if TOP in place else ids[-1] for ids in on_page.values()]
        if place == {TOP}:
            heads = _not_the_title_block(lines, ev, heads)
        edge = "edge" if len(place) > 1 else next(iter(place))
        out.update((i, f"at the page {edge} on {pages} of {ev.pages} pages") for i in heads if ev.edge[i] & place)
    return out


def _not_the_title_block(lines: list[Line], ev: Evidence, heads: list[int]) -> list[int]:
    """The first page's copy of a head is text when it sits lower than the head does on
    every other page: the title under the journal's line (``Sociologisk Forskning, årgång
    59`` / ``Gig-ekonomins tidsregimer``, the short title atop odd pages), the byline under
    the title (``Jean Dupont``, the author atop even pages). Page numbers above a head do
    not count."""
    first = lines[0].page
    on_first = [i for i in heads if lines[i].page == first]
    others = [_from_top(lines, ev, i) for i in heads if lines[i].page != first]
    if not on_first or not others or _from_top(lines, ev, on_first[0]) <= max(others):
        return heads
    return [i for i in heads if lines[i].page != first]


def _from_top(lines: list[Line], ev: Evidence, i: int) -> int:
    """How many lines of its page are above line ``i``, bare page numbers not counted."""
    above, j = 0, i - 1
    while j >= 0 and lines[j].page == lines[i].page:
        above += not ev.is_page_number(j)
        j -= 1
    return above


def unpaged_running_heads(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """Without page breaks (pypdf), a long line that recurs far apart is a running footer
    only with evidence of pages. The page number counts up beside it (in the line,
    ``2 Braz. J. Biol. 2023;83:e246904`` then ``4 Braz. ...``, or on a line of its own under
    ``Rising et al. (2024). A practical guide ... 7 (75), 90.``) and it comes back over the
    whole text; the page numbers of a head of odd pages agree with those of the even pages'
    head. Or, without a number, it comes back at regular intervals over the whole text at
    least ``unpaged_min_pages`` times.

    Not furniture: a table note repeated under three tables of one page, two wrapped lines
    of citations that match once their years are masked (``et al., 2017; Ramachandran et
    al., 2021; ...``), a note citing ``(2024, p. 10)`` then ``(2024, p. 12)``."""
    p = ev.p
    if ev.paged:
        return {}
    where = _repeated_far_apart(lines, ev)
    repeated = list(where)
    counted: dict[str, list[int]] = {}  # key -> the page number at each occurrence
    spread: list[str] = []
    for k in repeated:
        idx = where[k]
        numbers = page_sequence(lines, idx, p)
        if numbers is not None:
            counted[k] = numbers
        elif len(idx) >= p.unpaged_min_pages and spread_like_pages(idx, len(lines), p):
            spread.append(k)
    out: dict[int, str] = {}
    for k in spread:
        out.update((i, f"repeats {len(where[k])} times at regular intervals over the whole text") for i in where[k])
    # The page model: the footer whose numbers count up over the whole text, most often.
    anchors = [k for k in counted if covers(where[k], len(lines), p)]
    if not anchors:
        return out
    anchor = max(anchors, key=lambda k: len(where[k]))
    model = list(zip(where[anchor], counted[anchor], strict=True))
    for k, numbers in counted.items():
        if k == anchor or agrees(model, where[k], numbers):
            why = f"repeats {len(where[k])} times, the page number counting up ({numbers[0]} to {numbers[-1]})"
            out.update((i, why) for i in where[k])
    out.update(_short_heads(lines, ev, where, model, out))
    # The footer's other lines: every occurrence right beside one found (the citation line
    # above ``7(77), 180. https://doi.org/10.21105/jose.00180. 1`` in layout mode).
    for k in repeated:
        if where[k][0] not in out and all(ev.beside(i, out) for i in where[k]):
            out.update((i, f"repeats {len(where[k])} times, always beside the page footer") for i in where[k])
    return out


def _short_heads(
    lines: list[Line], ev: Evidence, long: dict[str, list[int]], model: list[tuple[int, int]], found: dict[int, str]
) -> dict[int, str]:
    """A shorter head of the other pages (``2 Hoehnea 2022;49:e1082020`` beside the odd
    pages' long title head), too short to count alone: its page number, in the line,
    is the page between the model's pages on either side (``4`` between ``3`` and ``5``):
    not ``Tabela 1`` ... ``Tabela 4``, a caption a page."""
    p, out = ev.p, dict[int, str]()
    for k, idx in _repeated_far_apart(lines, ev, short=True).items():
        if k in long or idx[0] in found or len(idx) < p.unpaged_min_pages:
            continue
        numbers = _counted_in_line(lines, idx, p)
        if numbers is not None and _numbers_between(model, idx, numbers):
            why = f"repeats {len(idx)} times, its page number ({numbers[0]} to {numbers[-1]}) between the other pages'"
            out.update((i, why) for i in idx)
    return out


def _repeated_far_apart(lines: list[Line], ev: Evidence, short: bool = False) -> dict[str, list[int]]:
    """The long lines (no page numbers) that recur at least ``min_repeats`` times, spread
    over ``unpaged_min_spread`` lines, with letters enough: key -> the lines it is on.
    ``short``: the lines too short or with too few letters for that, but with a word and a
    number (a shorter footer beside a long one: only its page numbers can tell it)."""
    p = ev.p
    if short:
        # (a key under ``unpaged_min_chars`` is a line of at most a few times that: its
        # numbers are what the key masks)
        most = 3 * p.unpaged_min_chars
        candidates = [
            i
            for i, ln in enumerate(lines)
            if len(ln.text) <= most and _DIGIT.search(ln.text) and _WORD4.search(ln.text)
        ]
    else:
        # only a long line can count (a key is no longer than its line, but for İ and the like)
        candidates = [i for i, ln in enumerate(lines) if len(ln.text) >= p.unpaged_min_chars or not ln.text.isascii()]
    where: dict[str, list[int]] = defaultdict(list)
    for i in candidates:
        if not ev.is_page_number(i):
            where[ev.key(i)].append(i)

    def long_enough(k: str) -> bool:
        return len(k) >= p.unpaged_min_chars and sum(c.isalpha() for c in k) >= p.unpaged_min_letters

    return {
        k: idx
        for k, idx in where.items()
        if len(idx) >= p.min_repeats and idx[-1] - idx[0] >= p.unpaged_min_spread and long_enough(k) != short
    }


# A number and a word of four letters or more: ``2 Hoehnea 2022;49:e1082020``.
_DIGIT = re.compile(r"\d")
_WORD4 = re.compile(r"[^\W\d_]{4}")


def _numbers_between(model: list[tuple[int, int]], idx: list[int], numbers: list[int]) -> bool:
    """Each page number at line ``i`` lies strictly between the page numbers the model
    (line, page) has before and after ``i``, or after the model's last is the next page:
    the other pages' head, page by page (not a table's years after the last head)."""
    for i, n in zip(idx, numbers, strict=True):
        before = [pg for line, pg in model if line <= i]
        after = [pg for line, pg in model if line > i]
        if not before or not before[-1] < n < (after[0] if after else before[-1] + 2):
            return False
    return True


def _numbers(text: str) -> list[int]:
    return [int(d) for d in _DIGITS.findall(text) if len(d) <= 4]


def page_sequence(lines: list[Line], idx: list[int], p: CleanParams) -> list[int] | None:
    """The page number at each occurrence of a repeated line, when one counts up by 1 to
    ``page_step_max`` from each to the next (every page, or every other page for a head of
    even or odd pages only): a number in the same place of the line, or a bare page number
    within ``beside_lines`` of it. None when no number does."""
    slots = [_numbers(lines[i].text) for i in idx]
    if len({len(s) for s in slots}) == 1:
        for s in range(len(slots[0])):
            seq = [n[s] for n in slots]
            if counts_up(seq, p.page_step_max):
                return seq
    d = p.beside_lines
    bare = []
    for i in idx:
        near = range(max(0, i - d), min(len(lines), i + d + 1))
        bare.append(sorted({int(t) for j in near if j != i and is_bare_number(t := lines[j].text)}))
    for first in bare[0]:
        seq = [first]
        for options in bare[1:]:
            nxt = next((y for y in options if 1 <= y - seq[-1] <= p.page_step_max), None)
            if nxt is None:
                break
            seq.append(nxt)
        if len(seq) == len(idx):
            return seq
    return None


def _counted_in_line(lines: list[Line], idx: list[int], p: CleanParams) -> list[int] | None:
    """The page number each occurrence holds in the same place of the line, when they count
    up (``2 Hoehnea ...``, ``4 Hoehnea ...``); a number on a line beside it does not count."""
    slots = [_numbers(lines[i].text) for i in idx]
    if len({len(s) for s in slots}) != 1:
        return None
    return next((seq for s in range(len(slots[0])) if counts_up(seq := [n[s] for n in slots], p.page_step_max)), None)


def counts_up(seq: list[int], step: int) -> bool:
    """Each number is 1 to ``step`` more than the one before."""
    return all(1 <= b - a <= step for a, b in zip(seq, seq[1:], strict=False))


def agrees(model: list[tuple[int, int]], idx: list[int], numbers: list[int]) -> bool:
    """Each page number at line ``i`` lies within one page of the numbers the page model
    (line, page) has on either side of ``i``: the odd pages' head ``... 3`` between the even
    pages' ``2 Braz.`` and ``4 Braz.``, not a note's ``p. 10`` between pages 6 and 8."""
    for i, n in zip(idx, numbers, strict=True):
        before = [pg for line, pg in model if line <= i]
        after = [pg for line, pg in model if line > i]
        if (before and n < before[-1] - 1) or (after and n > after[0] + 1):
            return False
    return True


def covers(idx: list[int], total: int, p: CleanParams) -> bool:
    """The occurrences spread over the whole text: their mean distance is at least
    ``page_cover_share`` of the text's length shared out among one more than their count
    (a footer on each of five pages of 211 lines comes every 34 lines on average, against
    35 for an even share; three captions ``Figura 9.``, ``10.``, ``11.`` within 21 lines of
    1398 do not)."""
    mean = (idx[-1] - idx[0]) / (len(idx) - 1)
    return mean >= p.page_cover_share * total / (len(idx) + 1)


def spread_like_pages(idx: list[int], total: int, p: CleanParams) -> bool:
    """No stretch of text without the line (before the first, between two, after the last)
    is longer than ``page_stretch_ratio`` times their usual distance: the line is on every
    page, not a few times in one part of the text."""
    gaps = [b - a for a, b in zip(idx, idx[1:], strict=False)]
    usual = statistics.median(gaps)
    longest = max(idx[0], total - 1 - idx[-1], *gaps)
    return longest <= p.page_stretch_ratio * usual


def counted_page_numbers(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """Without page breaks, bare numbers on lines of their own that count the pages: 1, 2,
    3 ... each one more than the one before, at least ``unpaged_min_pages`` of them, spread
    over the whole text (``page_cover_share``), with no running footer beside them (pypdf's
    ``https://doi.org/10.1590/`` / ``1678-4499.20210245`` / ``5``: the page number is no
    part of the DOI). Numbered lines bunched in one part of the text (a table's rows) are
    not pages."""
    p = ev.p
    if ev.paged:
        return {}
    chains: dict[int, list[int]] = {}  # value -> the longest chain of lines counting up to it
    for i, ln in enumerate(lines):
        t = ln.text
        if i not in found and is_bare_number(t) and t[0] != "0":
            v = int(t)
            chain = [*chains.get(v - 1, []), i]
            if len(chain) > len(chains.get(v, [])):
                chains[v] = chain
    best = max(chains.values(), key=len, default=[])
    if len(best) < p.unpaged_min_pages or not covers(best, len(lines), p):
        return {}
    first, last = lines[best[0]].text, lines[best[-1]].text
    return dict.fromkeys(best, f"bare page numbers counting up over the whole text ({first} to {last})")


def ordinal_page_numbers(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """Bare numbers that are their page's own number, wherever the extractor put them: in
    two columns pdftotext sets the page number between the columns, mid-page (``... data-
    loading objects before`` / ``2`` / ``Atkinson and Denholm`` / ``creating dataloaders``).
    A number is its page's when it is the page's place in the text plus one offset shared by
    the pages (page 2 says ``2``, or ``1957`` in a journal's volume), on ``head_page_share``
    of the pages at least; one per page, the one nearest the page's edge."""
    p = ev.p
    if not ev.paged:
        return {}
    page_index = {pg: k for k, pg in enumerate(sorted({ln.page for ln in lines}))}
    offsets: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, ln in enumerate(lines):
        if i not in found and is_bare_number(ln.text):
            offsets[int(ln.text) - page_index[ln.page]][ln.page].append(i)
    if not offsets:
        return {}
    shift, on_pages = max(offsets.items(), key=lambda kv: len(kv[1]))
    if len(on_pages) < max(p.min_repeats, p.head_page_share * (ev.pages - 1)):
        return {}
    out: dict[int, str] = {}
    for idx in on_pages.values():
        i = min(idx, key=lambda j: ev.from_edge(j))
        if i not in ev.edge:
            out[i] = f"bare page number, the number of its page ({len(on_pages)} pages say theirs)"
    return out


def companions(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """Short pieces of a footer or a running head that the extractor put on lines of their
    own, found because every occurrence sits beside removed furniture (pypdf's
    ``jose.00239.`` after ``... https://doi.org/10.21105/`` on every page) or inside a
    sentence it breaks (two columns: ``... objects before`` / ``Atkinson and Denholm`` /
    ``creating dataloaders``). A line that appears once, or also elsewhere, is text."""
    p = ev.p
    around = ev.around(found)
    beside = around | interrupting(lines, p)
    near: dict[str, list[int]] = defaultdict(list)
    for i in sorted(beside):
        text = lines[i].text
        if len(text) <= p.companion_max_chars and not is_url(text.strip()):  # (a DOI's digits mask alike)
            near[ev.key(i)].append(i)
    # On most pages, as its running head or footer is: in paged text, on ``head_page_share``
    # of the pages; without page breaks, beside that share of the footers.
    pages = ev.pages if ev.paged else max(Counter(ev.key(i) for i in found).values(), default=0) + 1
    least = max(p.min_repeats, p.head_page_share * (pages - 1))
    # Lines that differ by their numbers only, none of them beside the furniture, are text:
    # one display equation a page (``P(X = 3) = 0.25``) inside its sentence.
    candidates = {
        k: idx
        for k, idx in near.items()
        if len(idx) >= least and (any(i in around for i in idx) or len({lines[i].text for i in idx}) == 1)
    }
    if candidates:  # a candidate that also occurs away from the furniture is text
        for i, ln in enumerate(lines):
            if i not in beside and i not in found and len(ln.text) <= p.companion_max_chars:
                candidates.pop(ev.key(i), None)
    out: dict[int, str] = {}
    for idx in candidates.values():
        why = f"repeats {len(idx)} times, always beside a running head or footer or inside a sentence it breaks"
        out.update((i, why) for i in idx)
    return out


def interrupting(lines: list[Line], p: CleanParams) -> set[int]:
    """Short capitalised lines between two lines of one sentence of prose: the line before
    ends in no stop, the line after goes on in lower case, both longer than a short line
    (``companion_max_chars``): ``using idiomatic PyTorch data-loading objects before`` /
    ``Atkinson and Denholm`` / ``creating dataloaders and introducing the concepts of``.
    A table's cells are short, and one that goes on itself (``Interactive widget to``)
    interrupts nothing."""
    out = set()
    for i in range(1, len(lines) - 1):
        t, before, after = lines[i].text, lines[i - 1].text, lines[i + 1].text
        if (
            len(t) <= p.companion_max_chars
            and t[:1].isupper()
            and after[:1].islower()
            and len(before) > p.companion_max_chars
            and len(after) > p.companion_max_chars
            and not ends_sentence(before)
            and t.rsplit(" ", 1)[-1].lower() not in _OPEN_ENDINGS
        ):
            out.add(i)
    return out


def page_numbers(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """Bare page numbers: ``12``, ``Page 3``, ``- 4 -``, ``iv`` at a page edge or beside
    other furniture. A number in the middle of prose stays (``2019``), and so does a word
    that only looks like a roman numeral (``mix``: ``vocab.ROMAN_LOOKALIKES``)."""
    out: dict[int, str] = {}
    counting = _page_offset(lines, ev)
    for i in sorted(ev.edge.keys() | ev.around(found) | found.keys()):
        text = lines[i].text
        if not ev.is_page_number(i) or (text.isalpha() and text.lower() in _ROMAN_LOOKALIKES):
            continue
        bare = is_bare_number(text)
        if bare and counting is not None and abs(int(text) - lines[i].page - counting) > ev.p.page_slack:
            continue  # out of the paper's count: ``https://doi.org/10.18260/1-2--3`` / ``2072``
        if i in ev.edge:
            out[i] = "bare page number at a page edge"
        elif ev.beside(i, found):
            out[i] = "bare page number beside a running head or footer"
    return out


def _page_offset(lines: list[Line], ev: Evidence) -> int | None:
    """How the paper counts its pages: the usual difference between a bare number at a page
    edge and its page's position (``1956`` on the first page: 1955), when at least
    ``min_repeats`` numbers agree on it; None when they do not."""
    offsets = Counter(int(t) - lines[i].page for i in ev.edge if is_bare_number(t := lines[i].text) and t[0] != "0")
    if not offsets:
        return None
    offset, n = offsets.most_common(1)[0]
    return offset if n >= ev.p.min_repeats else None


# (kind of furniture, rule): a later rule's finding replaces an earlier one's.
_NOTICE = re.compile(rf"^(?:{vocab.alternation(vocab.all_of(vocab.SUBMISSION_NOTICES))})\s+\S", re.I)


def submission_notices(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """A template's notice at a page's edge, printed once: ``Preprint submitted to JOURNAL
    OF OPEN EDUCATION RESEARCH`` at the first page's foot (the words:
    ``vocab.SUBMISSION_NOTICES``). Within the body, ``submitted to`` opens no line of
    its own this short at a page's edge. In two columns read by pdftotext the foot comes
    mid-page, after the left column (below)."""
    why = "a template's submission notice at a page's edge"
    out = {
        i: why
        for i in ev.edge
        if i not in found and len(lines[i].text) <= ev.p.notice_max_chars and _NOTICE.match(lines[i].text)
    }
    # Two columns read by pdftotext: the first page's foot comes after the left column,
    # mid-page (``... in the AoS.`` / ``Preprint submitted to ...`` / blank / the right
    # column). There, only the template's own words (``Preprint submitted to``), on a line
    # of their own after a finished sentence and before a blank line.
    i = 1
    while i + 1 < len(lines) and lines[i].page == lines[0].page:
        ln = lines[i]
        if (
            i not in found
            and i not in out
            and len(ln.text) <= ev.p.notice_max_chars
            and _TEMPLATE_NOTICE.match(ln.text)
        ):
            if ends_sentence(lines[i - 1].text) and lines[i + 1].blank_before:
                out[i] = "a template's submission notice after the first page's left column"
        i += 1
    return out


# The notices only a template prints (``Preprint submitted to``; not ``submitted to``).
_TEMPLATE_NOTICE = re.compile(
    rf"^(?:{vocab.alternation(w for w in vocab.all_of(vocab.SUBMISSION_NOTICES) if len(w.split()) > 2)})\s+\S", re.I
)


# A running head's own page number (``Bakhtiniana, Rev. Estud. Discurso 2023 2``).
_TRAILING_PAGE = re.compile(r"\s+\d{1,4}$")
# What a footer adds after the running head it repeats: its DOI, its page number.
_FOOTER_REST = re.compile(r"(?:\s+(?:DOI:?|doi:?|https?://\S+|(?:doi\.org/)?10\.\d{4,9}/\S+|\d{1,4}|[|•·–—-]))+", re.I)


def extended_heads(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """A running head printed once more with its DOI and page number, beside the furniture
    (the first page's footer: ``Educ. rev. 2023;39:e38419 DOI: 10.1590/0102-469838419 1``
    above the next page's ``Educ. rev. 2023;39:e38419``). Only what follows the head's own
    text is asked: a DOI, a link, page numbers, separators; a line that goes on in words is
    text that happens to quote the head."""
    heads = {
        head
        for i in found
        if len(head := _TRAILING_PAGE.sub("", lines[i].text.strip())) >= ev.p.extended_head_min_chars
    }
    if not heads:
        return {}
    out: dict[int, str] = {}
    for i in ev.around(found):
        text = lines[i].text.strip()
        repeated = next((h for h in heads if text.startswith(h) and len(text) > len(h)), "")
        if repeated and _FOOTER_REST.fullmatch(text[len(repeated) :]):
            out[i] = f"a running head ({repeated!r}) with its DOI or page number, beside the furniture"
    return out


def short_title_head(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """The paper's short title atop a page, once: a two-column LaTeX paper of four pages sets
    ``Ernest et al.`` atop the even pages and ``Ecological Forecasting and Dynamics`` atop
    the odd ones, and page 1 carries the title block instead, so the short title comes back
    on one page only (page 3). It is the head when the paper's first line opens with it
    (``Ecological Forecasting and Dynamics: A graduate course on the``), it is a page's first
    line after page 1, and either the other pages' heads were found atop pages of the other
    parity (a section named after the tool atop a page of a paper with footers only stays),
    or it stands between the halves of a word (``... students. Ad-`` / ``ApplNumComp`` /
    ``ditionally, it was ...``: no heading does), or the page before left a sentence open
    (no heading comes next either)."""
    if not ev.paged:
        return {}
    # The other pages' heads: found in their page's top half (not a footer at its foot), on
    # pages of the other parity (``Ernest et al.`` atop pages 2 and 4).
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, ln in enumerate(lines):
        first.setdefault(ln.page, i)
        last[ln.page] = i
    tops = {lines[i].page for i in found if i - first[lines[i].page] < last[lines[i].page] - i}
    title = next((ln.text.strip() for ln in lines if ln.text.strip()), "")
    out: dict[int, str] = {}
    for i, ln in enumerate(lines):
        if i in found or i == 0 or lines[i - 1].page == ln.page or ln.page == lines[0].page:
            continue  # (a page's first line, after page 1)
        text = ln.text.strip()
        if not (title.startswith(text) and title[len(text) : len(text) + 1] in (":", "")):
            continue
        if _interrupts(lines, i):
            out[i] = "the paper's short title atop a page, between the halves of a word"
        # (two words at least: a one-word heading atop a page may open the title too)
        elif tops and len(text.split()) >= 2 and not any(page % 2 == ln.page % 2 for page in tops):
            out[i] = "the paper's short title atop a page, the other pages' heads found"
        elif len(text.split()) >= 2 and _left_open(lines, i, found):
            out[i] = "the paper's short title atop a page, where the page before left a sentence open"
    return out


def _left_open(lines: list[Line], i: int, found: dict[int, str]) -> bool:
    """The page before line ``i`` (its furniture aside) ends inside a sentence of running
    text, and the sentence's rest is on this page, read later: its last line goes on the
    line above in lower case and ends on no stop, and a box of this page (a blank line
    above it) opens in lower case (jose.00090, pdfminer, two pages: ``However, information
    that focuses on analysis methods`` / ``is still lacking, and new resources are needed
    to offer`` / ``1`` / ``A practical guide to climate econometrics`` / ``References`` /
    ... / ``practical help to researchers.``). No heading comes there. A list's item, a
    table's row, a line of code or a caption may be left open, but the page after them
    goes on with no piece of their sentence."""
    j = i - 1
    while j > 0 and (j in found or is_bare_number(lines[j].text)):
        j -= 1
    last, above = lines[j], lines[j - 1]
    if j == 0 or last.blank_before or above.page != last.page or ends_sentence(last.text):
        return False
    if not (last.text[:1].islower() and not ends_sentence(above.text) and not is_list_start(above.text)):
        return False
    page = takewhile(lambda ln: ln.page == lines[i].page, islice(lines, i + 1, None))
    return any(ln.blank_before and ln.text[:1].islower() for ln in page)


# The authors' short names as a running head prints them: ``Höffner et al.``,
# ``Atkinson and Denholm``, ``Silva & Souza``, ``Silva e Souza``, ``SILVA et al.``.
_AUTHOR_HEAD = re.compile(
    rf"^([^\W\d_][\w'’-]*)(?: et al\.?| (?:&|{vocab.alternation(vocab.ANY_AUTHOR_AND)}) ([^\W\d_][\w'’-]*))$",
    re.I,
)


def author_head(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """The authors' short names atop a page, once: a two-column LaTeX paper of three pages
    sets ``Höffner et al.`` atop page 2 only (page 1 carries the title block, page 3 the
    short title), so it never repeats. It is the head when it sits at a page's edge, after
    page 1, beside the page's number, found (``Höffner et al.`` / ``2``), and its names are
    in the paper's byline (:func:`_byline`: ``Konrad Höffner, Thomas Pause, ...``; a name
    may carry its affiliation's number, ``Jayaprakash1``). A citation alone on a line
    (``... as shown by`` / ``Höffner et al. (2020)``) has its year; a heading such as
    ``Materials and Methods`` names no author."""
    if not ev.paged:
        return {}
    byline = _byline(lines, ev.p).casefold()
    out: dict[int, str] = {}
    for i in ev.edge:
        if i in found or lines[i].page == lines[0].page:
            continue
        m = _AUTHOR_HEAD.match(lines[i].text.strip())
        if m is None or not _beside_number(lines, i, found, ev):
            continue
        names = [name for name in m.groups() if name]
        if all(name[0].isupper() and _printed(name.casefold(), byline) for name in names):
            out[i] = "the authors' names at a page's edge, beside its number, in the byline"
    return out


def _byline(lines: list[Line], p: CleanParams) -> str:
    """The paper's first lines, before its abstract, summary or first section (at most
    ``byline_max_lines``): the title, the authors and their affiliations."""
    out: list[str] = []
    for ln in lines[: p.byline_max_lines]:
        if ln.page != lines[0].page or heading_words(ln.text.split(":")[0]) in _OPENING:
            break
        out.append(ln.text)
    return " ".join(out)


def _beside_number(lines: list[Line], i: int, found: dict[int, str], ev: Evidence) -> bool:
    """A page number found beside line ``i`` (``Evidence.beside``)."""
    return ev.beside(i, {j: why for j, why in found.items() if ev.is_page_number(j)})


def _printed(name: str, text: str) -> bool:
    """``name`` is a word of ``text``, or one with a number after it (``Jayaprakash1``)."""
    return re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", text) is not None


def _interrupts(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands between the halves of a word: the line before it (a page number
    aside) ends on a hyphen after a letter, and the line after it goes on in lower case
    (``... students. Ad-`` / ``ApplNumComp`` / ``ditionally, it was ...``). (A sentence
    merely left open is no proof: ``• Version control with git`` / ``nbgrader`` /
    ``nbgrader is installed ...`` opens a section named after the tool.)"""
    j = i - 1
    while j > 0 and is_bare_number(lines[j].text):
        j -= 1
    broken = lines[j].text[-2:-1].isalpha() and lines[j].text.endswith(HYPHENS)
    return i + 1 < len(lines) and broken and lines[i + 1].text[:1].islower()


def column_heads(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """The right column's running head, where pdftotext reads a two-column page's right
    column: mid-page, between the left column's last line and the right column's first,
    inside a sentence or a word (``orientações teó‐`` / ``Análise dialógica dos discursos de
    réus do crime…`` / ``rico-metodológicas``). Not at a page edge, it is told by its place
    on the other side: the same line, a box of its own (blank lines around it), once a page
    on ``head_page_share`` of the pages, inside a sentence on ``min_repeats`` of them at
    least, and nowhere else in the text (a heading repeated in a table of contents is).
    Its copies on the first page and after a finished paragraph stay: the title block's
    line, a heading of the body, may read so."""
    p = ev.p
    if not ev.paged:
        return {}
    # Matched on the exact text: the head has no page number in it, and lines that differ
    # by their numbers only are text (one display equation a page: ``P(X = 3) = 0.25``).
    where: dict[str, list[int]] = defaultdict(list)
    for i in range(1, len(lines) - 1):
        ln = lines[i]
        if i not in found and ln.blank_before and lines[i + 1].blank_before and len(ln.text) >= p.min_head_chars:
            where[ln.text.strip()].append(i)
    least = max(p.min_repeats, p.head_page_share * (ev.pages - 1))
    out: dict[int, str] = {}
    for k, idx in where.items():
        pages = {lines[i].page for i in idx}
        if len(idx) < least or len(pages) < len(idx) or ev.is_page_number(idx[0]):
            continue
        inside = sum(1 for i in idx if _inside_sentence(lines, i))
        if inside < p.min_repeats:
            continue
        taken = set(idx)
        if any(ln.text.strip() == k for j, ln in enumerate(lines) if j not in taken):
            continue  # the same words elsewhere: text
        why = f"the right column's head: once a page on {len(pages)} of {ev.pages} pages, {inside} inside a sentence"
        # Not on the first page (the title block's own line), nor after a finished paragraph:
        # there a heading of the body may repeat the head's words (``LITERATURA INDÍGENA``
        # over ``Em 2008, a promulgação ...``), and a heading lost is worse than a head kept.
        first = lines[0].page
        out.update((i, why) for i in idx if lines[i].page != first and not ends_sentence(lines[i - 1].text))
    return out


def _inside_sentence(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands between two pieces of one sentence: the line before ends on no stop
    and the line after goes on in lower case."""
    before, after = lines[i - 1].text, lines[i + 1].text
    return not ends_sentence(before) and after[:1].islower()


# The paper's DOI and licence in a page's footer: ``DOI: 10.1590/1519-6984.246904 | CC BY 4.0``.
_DOI_FOOTER = re.compile(
    r"^DOI\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+?"
    r"(?:\s*[|•·]\s*|\s+)CC[ -](?:BY(?:[ -](?:SA|NC|ND))*|0)(?:[ -]\d\.\d)?$",
    re.I,
)


def doi_footer(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """The paper's DOI and licence printed once in a page's footer, at the page's edge or
    beside the page number or running footer found already: ``DOI:
    10.1590/1519-6984.246904 | CC BY 4.0`` / ``1`` / ``Braz. J. Biol.`` (SciELO's first
    page). pdftotext sets it among the text, even inside a paragraph. The front matter
    takes the DOI and the licence from it. Only the labelled DOI with its licence: a DOI
    address alone at a page's foot may be a note's, a reference's or a figure's credit
    (``https://doi.org/10.6084/m9.figshare.7654321 CC BY 4.0``)."""
    out: dict[int, str] = {}
    for i, ln in enumerate(lines):
        if "10." not in ln.text or _DOI_FOOTER.match(ln.text) is None:
            continue
        if i in ev.edge or ev.beside(i, found):
            out[i] = "the paper's DOI and licence in a page's footer"
    return out


# A head that repeats the section's heading (two words or more) with the page number after
# or before it: ``3.3. DATA SOURCES 49`` (group 1: the heading), ``50 3.3. DATA SOURCES``
# (group 2).
_NUMBERED_HEAD = re.compile(r"^(\S+(?:\s+\S+)+?)\s+\d{1,4}$|^\d{1,4}\s+(\S+(?:\s+\S+)+)$")
_SECTION_NUMBER_DOTS = re.compile(r"(?<=\d)\.(?=\s|$)")


def section_heads(lines: list[Line], ev: Evidence, found: dict[int, str]) -> dict[int, str]:
    """A head that names the section a page is in, seen on a page or two only (a book's,
    a thesis's odd pages, pdftotext layout): the line at a page's top or foot is a heading
    of the text above it again, in any case and with the page number beside it (``3.3
    Data Sources`` ... a page break, ``3.3. DATA SOURCES      49``). Repeated
    nowhere else, the running-head rules cannot see it; left, it cuts the list or the
    sentence that goes on over the page."""
    if not ev.paged:
        return {}
    out: dict[int, str] = {}
    seen: dict[str, int] | None = None
    for i in sorted(ev.edge):
        m = _NUMBERED_HEAD.match(lines[i].text) if i not in found else None
        if m is None:
            continue
        if seen is None:  # (built once, only for a text that has such a line)
            seen = {}
            for k, ln in enumerate(lines):
                seen.setdefault(_heading_key(ln.text), k)
        j = seen.get(_heading_key(m.group(1) or m.group(2)), i)
        if j < i and lines[j].page != lines[i].page and len(lines[j].text.split()) <= 12:
            out[i] = "at a page edge, the section's heading again with the page number"
    return out


def _heading_key(text: str) -> str:
    """``3.3. DATA SOURCES`` and ``3.3     Data Sources`` are one heading."""
    return " ".join(_SECTION_NUMBER_DOTS.sub("", text).casefold().split())


RULES: list[tuple[str, FurnitureRule]] = [
    ("running-head", running_heads),
    ("running-head", short_title_head),
    ("running-head", submission_notices),
    ("running-head", unpaged_running_heads),
    ("page-number", ordinal_page_numbers),
    ("page-number", page_numbers),
    ("page-number", counted_page_numbers),
    ("running-head", companions),  # (beside the page numbers too, found first)
    ("running-head", author_head),  # (beside the page numbers too)
    ("running-head", extended_heads),  # (beside the heads all rules found)
    ("page-doi", doi_footer),  # (beside the page numbers and heads)
    ("running-head", section_heads),
    ("running-head", column_heads),
]


# A word's letters and the page number pdftotext glued to them: ``... lack hands1``.
_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_])([1-9]\d{0,3})$")


def split_glued_numbers(lines: list[Line], repairs: list[Repair], p: CleanParams) -> list[Line]:
    """pdftotext joins a word broken at a hyphen with the next line, and at a page's foot
    that line may be the page number: ``... many chemistry curricula still lack hands1``
    (``hands-`` / ``1``), ``... graduate students. Ad1`` (``Ad-`` / ``1``), the word's rest
    on the next page (``ditionally, it was included ...``). The page's last line is given
    back its hyphen and its number a line of its own, which the page-number rule then
    removes. Only where the paper prints its page numbers alone at its pages' edges (on
    another page at least, counted as those count), this page prints none at its foot (an
    affiliation's ``1`` may stand alone under the title), the digits are this page's
    number, and the next page's first line of text (after its head: lines of at most
    ``companion_max_chars``) goes on in lower case. (``... the efflux of CO2`` ends a page
    of a paper whose numbers stand in its running heads: it stays.)"""
    if not lines or lines[0].page == lines[-1].page:
        return lines
    ev = Evidence(lines, p)
    offset = _page_offset(lines, ev) or 0
    numbered = {lines[i].page for i in ev.edge if lines[i].text == str(lines[i].page + offset)}
    at_foot = {lines[i].page for i, at in ev.edge.items() if FOOT in at and is_bare_number(lines[i].text)}
    out: list[Line] = []
    for i, ln in enumerate(lines):
        m = _GLUED_NUMBER.search(ln.text) if i + 1 < len(lines) and lines[i + 1].page != ln.page else None
        if m is None or int(m.group(1)) != ln.page + offset or ln.page in at_foot or not numbered - {ln.page}:
            out.append(ln)
            continue
        # The next page's first line of text, after its head (short lines).
        nxt = next((x for x in islice(lines, i + 1, None) if len(x.text) > p.companion_max_chars), None)
        if nxt is None or nxt.page != lines[i + 1].page or not nxt.text[:1].islower():
            out.append(ln)
            continue
        word = ln.text[: m.start()] + "-"
        why = "pdftotext joined the page number to the word broken at the page's foot"
        repairs.append(Repair("page-number-glued", ln.number, ln.number, ln.text[-20:], word[-20:], why))
        out += [replace(ln, text=word), replace(ln, text=m.group(1), indent=0, blank_before=0)]
    return out


def find_furniture(lines: list[Line], p: CleanParams | None = None) -> list[Removed]:
    """The furniture among ``lines``, in line order, each with its kind and reason."""
    ev = Evidence(lines, p or CleanParams())
    found: dict[int, str] = {}
    kinds: dict[int, str] = {}
    for kind, rule in RULES:
        for i, why in rule(lines, ev, found).items():
            found[i] = why
            kinds[i] = kind
    return [Removed(lines[i].number, lines[i].text, kinds[i], why) for i, why in sorted(found.items())]
