"""Reading order: lines an extractor read out of the order they are printed in are put back.
Each rule's move is a ``reading-order`` repair:

- ``url_read_first``: a URL read before the text printed before it on its line, and
  ``url_head_last``: a URL's head read after its rest; ``label_read_apart``: a PubMed
  label read apart from its number (their docstrings);
- ``markers_read_first``: a list's markers read as a box of their own before its items
  (pdfminer) go back, each before its item (its docstring);
- ``rows_read_across``: two columns of paragraphs set apart, read row by row (a box of
  the left column, the box beside it, ...), are read column by column again (its
  docstring);
- ``right_column_first``: in two columns, the top of the right column read first is put
  back after the foot of the left column it goes on from (below); ``word_cut_by_column``
  does so on any page where the word the column broke tells it;
- the reference list's pieces a two-column page scatters (their docstrings):
  ``entries_read_first``, entries at a page's top read before the left column that goes on
  the previous page, ``list_read_inside_column``, a list at the right column's top read
  inside the left column, and ``entries_before_heading``, entries read above the list's heading,
  go after the page's last entry; ``heading_read_early``, a reference heading read above
  the text before the list, goes down to its first entry; ``section_in_references``, a
  section read between a reference heading and its first entry, goes back before the
  heading.

pdftotext (default mode) reads a two-column page box by box; when the right column's first
box sits higher than the left column's text it is read first, right under the page's top
(``Summary`` / ``likely to have experience writing Python code, but not PyTorch.``), while
the left column ends mid-sentence further down (``... One such commonly used framework is
PyTorch (Paszke et al., 2019). Researchers are``). Read in that order, a sentence is cut in
two and its halves sit a column apart.

All the evidence is needed, on one page (form feeds): the box (lines between blank lines)
starts as no paragraph starts (in lower case, or closing a bracket it never opened:
``Wagemann et al., 2022). These educational ...``); nothing before it on the page is prose
(a title block and headings, no line ending a sentence); the line before it on the page (a
heading, never the previous page's last line: a page's first box goes on from there as in one
column) leaves no sentence open; and further down the page a box of
prose ends mid-sentence before a box that does not go on it (a capital, a note). The box
moves after the last such line. Each move is a ``reading-order`` repair.

pdftotext also reads such a box after prose (jose.00206: the summary across both columns,
``... using ReavealJS' power.`` / ``of existence, Manim Slides has evolved ...``, while the
left column ends ``... After almost a year`` further down). There the evidence must be
stronger: the box opens on a word in lower case (no list's item, ``b) ...``, no name's
particle, ``da Silva et al. (2020) ...``); the box before it is prose and ends a sentence
on a word (not ``Smith et al.`` / ``showed that``, ``e.g.``, nor an equation's ``E =
mc2.`` / ``where ...``); and exactly one line of the page ends mid-sentence, right before
a paragraph in a capital (not at the page's foot, whose open line goes on the next page's
top, nor before a note or a caption).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from itertools import pairwise

from galley import vocab
from galley.clean.headings import is_section_name
from galley.clean.lexicon import zipf
from galley.clean.shapes import (
    BULLET_GLYPHS,
    CAPTION_SEPARATOR,
    CLOSERS,
    KEYWORD_LINE,
    LETTER_WORD,
    LINE_END_HYPHENS,
    OPENERS,
    and_after_comma,
    caption_label_pattern,
    database_label_alone,
    ends_entry,
    ends_in_url,
    entry_sort_key,
    first_word,
    has_year,
    is_bare_marker,
    is_equation_number,
    is_list_start,
    opens_with_initials,
    opens_with_name,
    starts_entry,
)
from galley.clean.urls import goes_on, is_url, tail_shaped
from galley.model import Line, Repair
from galley.params import CleanParams

# A note's first line (its number, a superscript, an asterisk or a dagger, then its text);
# a number with a stop (``4. Weighting schemes: ...``) starts a list's item, which may dangle.
_NOTE_SIGN = r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡]"
_NOTE = re.compile(rf"^(?:\d{{1,2}}|{_NOTE_SIGN})\s+\S")


# What may follow a sentence's end on its line: a speaker in brackets after a quote
# (``... Não é problema meu”. (Tecido)``; not a citation, ``Brito et al. (2013)``), the
# numbers of its notes glued to the stop after a word (``... de mesma faixa etária.19``,
# ``Papanicolau.10,14``; not ``Brito et al.5``, ``Fig.3``, ``Python 3.11``).
_AFTER_THE_END = re.compile(
    r"(?:(?:[.!?][\"'’”»]+|[\"'’”»][.!?])\s*\([^()]+\)|[^\W\d_]{4}[.!?]\d{1,3}(?:[,–-]\d{1,3})*)$"
)


def complete(text: str) -> bool:
    """The line ends a sentence: ``.``, ``!``, ``?`` or ``:`` (a quote or bracket after it),
    or a speaker or note numbers after that (``_AFTER_THE_END``)."""
    core = text.rstrip(CLOSERS)
    return core[-1:] in ".!?:" or _AFTER_THE_END.search(text) is not None


def continues(text: str) -> bool:
    """The line starts as no paragraph does: in lower case, or closing a bracket it never
    opened (``Wagemann et al., 2022). These``). An e-mail address in lower case
    (``nadia.haddad@ed.ac.uk`` over an affiliation) says nothing."""
    if text[:1].islower():
        return "@" not in text.split(maxsplit=1)[0]
    close = text.find(")")
    return close >= 0 and "(" not in text[:close]


# A box: the lines ``[start, end)`` of a page between blank lines.
Box = tuple[int, int]


def boxes(lines: list[Line], lo: int, hi: int) -> list[Box]:
    """The boxes of lines ``[lo, hi)``: runs parted by blank lines, as ``(start, end)``."""
    out: list[Box] = []
    start = lo
    for i in range(lo + 1, hi):
        if lines[i].blank_before:
            out.append((start, i))
            start = i
    if start < hi:
        out.append((start, hi))
    return out


def reorder(lines: list[Line], repairs: list[Repair], p: CleanParams, lang: str = "en") -> list[Line]:
    """``lines`` in the order they are printed in (see the module): the URL rules (after
    ``label_read_apart``) and ``markers_read_first`` over the whole text, then on each
    page ``rows_read_across`` and ``right_column_first`` (in a text of two columns; the
    first sees the previous page's last line as put back), ``word_cut_by_column`` (words
    of ``lang``) and ``PAGE_RULES`` in order (on a page with a reference heading)."""
    lines = url_head_last(url_read_first(label_read_apart(lines, repairs, p), repairs, p), repairs)
    lines = markers_read_first(lines, repairs)
    if not lines or lines[0].page == lines[-1].page:
        return lines
    lines = front_notes_first(lines, repairs, p)
    columns = two_columns(lines, p)
    pages = _pages(lines)
    if columns:
        pages = read_across(pages, repairs, p, lang)
    out: list[Line] = []
    for k, page in enumerate(pages):
        if columns:
            page = right_column_first(page, repairs, p)
        page = word_cut_by_column(page, repairs, p, lang, pages[k + 1][0] if k + 1 < len(pages) else None)
        # The reference list's rules each need its heading on the page: most pages have none.
        if any(vocab.is_reference_heading(ln.text) for ln in page):
            for rule in PAGE_RULES:
                page = rule(page, repairs, p)
        out.extend(page)
    return out


def _pages(lines: list[Line]) -> list[list[Line]]:
    """``lines`` page by page."""
    pages: list[list[Line]] = []
    for ln in lines:
        if not pages or ln.page != pages[-1][0].page:
            pages.append([])
        pages[-1].append(ln)
    return pages


# How an item before the last may end: a stop or a semicolon (strong), a comma, a colon or
# a conjunction after a comma (``practice, and``) (weak). Anything else goes on on the next
# line (``modeling and`` / ``Bayesian state space modeling)``), an ellipsis too (``... se
# joga no chão...`` / ``ela se joga no chão...``: a quoted speech's pauses).
_STRONG_END = ".;!?"
_WEAK_END = ",:"
_ELLIPSIS = ("...", "…")
# An item's own number opening its line: ``13) [2º DEPOENTE]``, ``4. Weighting``.
_OWN_NUMBER = re.compile(r"^(\d{1,3})[.)]\s")
# A bullet proper: a dash alone on its line may be a stray (an empty cell's, a rule's).
_BULLET = re.compile(rf"^[{BULLET_GLYPHS}]$")
# Bullets after a finished sentence open a list from this many: one or two dots may be a
# figure's legend marks, read apart.
_BULLETS_AFTER_STOP = 3


def markers_read_first(lines: list[Line], repairs: list[Repair]) -> list[Line]:
    """A list whose markers were read on lines of their own, before its items, gets each
    marker back before its item. pdfminer boxes a bullet set apart from its text on its own:
    ``–`` / ``–`` / ``–`` / ``–`` / ``provide an understanding of the structure of a
    PyTorch`` / ``model and ML pipeline,`` / ``introduce the different functionalities
    PyTorch might`` / ``provide,`` / ... Read so, the list is one item holding all four
    and a stray dash.

    The evidence (``_item_starts``): ``k`` (two or more) markers of one series (the same
    bullet, or numbers or letters counting up) on one page, that open a list (``_opens``),
    right before a box (lines up to a blank line) of at least ``k`` lines on that page.
    The box's items open where a line ends an item (a stop or a semicolon; else a comma, a
    colon or a conjunction after a comma) and the next opens on a letter or a digit (a
    quote or a bracket before it), as the first item does (a capital, or not) where enough
    do; a line that opens with the items' own number counting up opens one whatever ends
    the line before (``13) ...`` / ``14) ...``); items that open in capitals may end on no
    stop (``Loading time series data and
    performing basic data`` / ``transformations`` / ``Decomposing a time series ...``). At
    least ``k - 1`` such places are needed; when there are more, the own numbers go first,
    then the strong ends, the weak, a capital alone, each the shorter lines first (an
    item's last line rarely fills the measure)."""
    out: list[Line] = []
    i = listed = 0  # (``listed``: where the last list repaired ends)
    while i < len(lines):
        j = i
        while j < len(lines) and is_bare_marker(lines[j].text) and lines[j].page == lines[i].page:
            j += 1
        if j == i:
            out.append(lines[i])
            i += 1
            continue
        end = _box_end(lines, j)
        continued = i > 0 and i == listed
        head = _carried(lines, j, end) if continued else 0
        starts = _item_starts(lines, i, j, end, continued, head)
        if starts is None:
            out.extend(lines[i:j])
            i = j
            continue
        why = f"{j - i} list markers ({lines[i].text!r}) read before their items: each goes back before its item"
        if head:
            why += f"; the {head} lines before the first go on the item the page broke"
            out.extend([replace(lines[j], blank_before=0), *lines[j + 1 : j + head]])
        repairs.append(Repair("reading-order", lines[i].number, lines[end - 1].number, "", "", why))
        first = j + head
        bounds = [*starts, end - first]
        for r, marker in enumerate(lines[i:j]):
            # (a box of its own, as read: the list's rules see an item open there)
            out.append(replace(marker, blank_before=max(1, marker.blank_before)))
            item = lines[first + bounds[r] : first + bounds[r + 1]]
            out.extend([replace(item[0], blank_before=0), *item[1:]])
        i = listed = end
    return out


def _carried(lines: list[Line], j: int, end: int) -> int:
    """How many lines open the box ``[j, end)`` that go on the item the page broke, when
    the markers before it come right after a list put back in order (pdfminer, the page
    after: ``•`` x 4 / ``when working with spatial and temporal pro‐`` / ``cesses.`` /
    ``Weighting schemes: explains ...``): the lines up to the first that opens in a capital
    after an item's strong end; 0 when the box opens in no lower case or has no such line."""
    if not lines[j].text[:1].islower():
        return 0
    for t in range(j + 1, end):
        if lines[t - 1].text.rstrip(CLOSERS)[-1:] in _STRONG_END and lines[t].text[:1].isupper():
            return t - j
    return 0


def _box_end(lines: list[Line], j: int) -> int:
    """Where the box that line ``j`` opens ends: at a blank line or a page break."""
    end = j + 1
    while end < len(lines) and not lines[end].blank_before and lines[end].page == lines[j].page:
        end += 1
    return end


def _item_starts(
    lines: list[Line], i: int, j: int, end: int, continued: bool = False, head: int = 0
) -> list[int] | None:
    """Where each item of the box ``[j + head, end)`` opens (offsets into it, the first 0),
    one for each marker ``[i, j)``; None when the markers are no series, open no list, or
    the box cannot be parted into as many items (``markers_read_first``). ``continued``:
    the markers come right after a list's items set back before their markers (its next
    column's or page's part); ``head``: the box's first lines that go on that list's last
    item (``_carried``)."""
    k = j - i
    if k < 2 or j >= len(lines) or lines[j].page != lines[i].page or not _series([ln.text for ln in lines[i:j]]):
        return None
    box = [ln.text.lstrip(OPENERS) for ln in lines[j + head : end]]  # (``“Replicable” means``, ``(ii) keep``)
    if len(box) < k or not LETTER_WORD.search(box[0]) or not any(len(t.split()) > 1 for t in box):
        return None  # (a column of figures or of one-word cells after a column of dashes)
    if not _opens(lines, i, box[0], k, continued):
        return None
    capital = box[0][:1].isupper()
    counted = _counted(box)
    places: list[tuple[int, int, int]] = []  # (strength, -length of the line before, offset)
    for t in range(1, len(box)):
        before, text = box[t - 1].rstrip(CLOSERS), box[t]
        if t in counted:
            places.append((3, -len(box[t - 1]), t))  # (``14) [2º DEPOENTE] - primordial``)
            continue
        if not text[:1].isalnum() or before.endswith(_ELLIPSIS):
            continue
        if before[-1:] in _STRONG_END:
            places.append((2, -len(box[t - 1]), t))
        elif before[-1:] in _WEAK_END or and_after_comma(before):
            places.append((1, -len(box[t - 1]), t))
        elif capital and text[0].isupper():
            places.append((0, -len(box[t - 1]), t))  # (items that end on no stop)
    # Items open as the first does, in capitals or not, where enough do (``ManimGL
    # compatibility;`` / ``playing slides in reverse;``: a name may open the first); a first
    # item that opens on no letter (``+ only in the``: a superscript's line) tells nothing.
    alike = [x for x in places if box[x[2]][0].isupper() == capital]
    places = alike if len(alike) >= k - 1 and box[0][:1].isalpha() else places
    if len(places) < k - 1:
        return None
    chosen = sorted(places, reverse=True)[: k - 1]
    return [0, *sorted(t for _, _, t in chosen)]


def _counted(box: list[str]) -> set[int]:
    """The lines of the box that open with their own numbers, counting up from the first
    line's (``13) [2º DEPOENTE] - estava passando ...`` / ... / ``14) [2º DEPOENTE] -
    primordial ...``): each opens an item, whatever ends the line before."""
    first = _OWN_NUMBER.match(box[0])
    if first is None:
        return set()
    out, want = set(), int(first.group(1)) + 1
    for t, text in enumerate(box[1:], start=1):
        m = _OWN_NUMBER.match(text)
        if m is not None and int(m.group(1)) == want:
            out.add(t)
            want += 1
    return out


def _opens(lines: list[Line], i: int, first: str, k: int, continued: bool = False) -> bool:
    """The ``k`` markers at ``i`` open a list whose first item is ``first``: the line before
    them introduces it (``... we go beyond the ability to blindly run downloaded code
    to:``). Else the first item opens in no lower case, and the markers count (``3.`` /
    ``4.``: a numbered list needs no introduction), or they are bullets (``•``, not dashes)
    after a finished sentence (``... three axes of teaching: cloud setup, standardized
    episodes, and teaching strategies.`` / ``•`` / ... / ``Cloud setup: We set up ...``), or
    markers that open their page's text (a list going on from the page before), before a
    capital (or a digit). A box opening in lower case without that colon goes on with the
    text before it (``we use GitHub Codespaces to standardize setups,``, the end of an item
    the page broke): its head is no item."""
    before = lines[i - 1] if i > 0 else None
    if before is not None and before.text.rstrip(CLOSERS).endswith(":"):
        return True
    if first[:1].islower():
        return False
    if lines[i].text[:1].isalnum():
        return True  # (``3.`` / ``4.`` / ``+ only in the``: an item may open on a superscript)
    if _after_stop(lines[i].text, before, first, k, continued):
        return True
    return (before is None or before.page != lines[i].page) and (first[:1].isupper() or first[:1].isdigit())


def _after_stop(marker: str, before: Line | None, first: str, k: int, continued: bool) -> bool:
    """``k`` bullets proper (the first ``marker``) after a finished sentence (the line
    ``before``), before an item in capitals: ``... and teaching strategies.`` / ``•`` x 6 /
    ``Cloud setup: We set up ...``. A dash alone may be a stray (an empty cell's), and one
    or two dots a figure's legend marks read apart; nor does a list open on a caption or a
    section's name. A list's part in the next column (``continued``) may have fewer."""
    if before is None or not _BULLET.match(marker) or not before.text.rstrip(CLOSERS).endswith((".", "!", "?")):
        return False
    if (k < _BULLETS_AFTER_STOP and not continued) or _CAPTION_START.match(first) or is_section_name(first):
        return False
    return first[:1].isupper()


def _series(markers: list[str]) -> bool:
    """The same bullet each time (``–``, ``•``), or numbers or letters counting up from
    the first (``1.`` / ``2.`` / ``3.``, ``(a)`` / ``(b)``); not equations' numbers
    (``(1)`` / ``(2)``)."""
    if len(set(markers)) == 1:
        return not markers[0][:1].isalnum() and not markers[0].startswith("(")
    if any(is_equation_number(m) for m in markers):  # (``(1)`` / ``(2)``: no list's markers)
        return False
    keys = [m.strip("().") for m in markers]
    if all(key.isdigit() for key in keys):
        return all(int(b) == int(a) + 1 for a, b in pairwise(keys))
    return all(len(key) == 1 for key in keys) and all(ord(b) == ord(a) + 1 for a, b in pairwise(keys))


# What the first page's foot says of its authors and its history, under the text (Elsevier,
# Springer, Wiley, Taylor & Francis): a starred note or a correspondence label opens it ...
_FRONT_NOTE_OPENS = re.compile(
    r"^(?:[*∗†‡]+\s*\S|(?:corresponding author|correspondence|address for correspondence|e-?mail(?: address(?:es)?)?"
    r"|autora? (?:para )?correspond[eê]ncia|correspond[eê]ncia|auteur correspondant|korrespondenz(?:autor(?:in)?)?)\b)",
    re.I,
)
# ... and each of its lines is such a note, an address, a DOI, a date of the paper's history,
# a copyright or an ISSN.
_FACTS = (
    rf"\S@\S|https?://|\bdoi\b|\b10\.\d{{4,}}/|©|\bcopyright\b|all rights reserved"
    rf"|^(?:{vocab.alternation(vocab.all_of(vocab.DATES))})\b"
)
_FRONT_NOTE_LINE = re.compile(rf"{_FRONT_NOTE_OPENS.pattern}|{_FACTS}|\b\d{{4}}-\d{{3}}[\dX]\b|\borcid\b", re.I)


# ... holding what the front matter reads: an address, a DOI, a date, a copyright.
_FRONT_FACT = re.compile(_FACTS, re.I)


def front_notes_first(lines: list[Line], repairs: list[Repair], p: CleanParams) -> list[Line]:
    """The notes at the first page's foot on its authors and its history go before the
    text, where the front matter reads them: Elsevier prints ``* Corresponding author.`` /
    ``E-mail address: lea.moreau@univ-rennes.fr (L. Moreau).`` / ``https://doi.org/...`` /
    ``Received 3 November 2021; ...`` / ``0301-4797/© 2022 Elsevier Ltd. All rights
    reserved.`` under the introduction's first lines, which go on on the next page (``...
    to separate restoration effects from`` / ``climate variability is rarely ...``). Read
    where they are, they cut that sentence, and the e-mail and DOI are lost to the front
    matter. The notes: the first page's last lines (at most ``front_notes_max_lines``),
    each shaped so (``_FRONT_NOTE_LINE``), the first a starred note or a correspondence
    label, with text above them on the page, and one of them an address, a DOI, a date or
    a copyright (the front matter reads those)."""
    first = next((k for k, ln in enumerate(lines) if ln.page != lines[0].page), len(lines))
    lo = first
    while lo > 0 and first - lo < p.front_notes_max_lines and _FRONT_NOTE_LINE.search(lines[lo - 1].text):
        lo -= 1
    while lo < first and not _FRONT_NOTE_OPENS.match(lines[lo].text):
        lo += 1  # (the box opens on its note: an address or a date above it is the page's text)
    if lo >= first or lo == 0 or not any(_FRONT_FACT.search(ln.text) for ln in lines[lo:first]):
        return lines  # (``∗ co-first author`` alone: a note the front matter does not read)
    notes = lines[lo:first]
    why = (
        f"the first page's notes on its authors ({notes[0].text[:30]!r}) go before the text: "
        "they sat under it, inside a sentence that goes on on the next page"
    )
    repairs.append(Repair("reading-order", notes[0].number, notes[-1].number, "", "", why))
    return [*notes, replace(lines[0], blank_before=max(1, lines[0].blank_before)), *lines[1:lo], *lines[first:]]


# A URL cut where no URL ends: its scheme alone, the DOI resolver or a DOI's prefix, a
# hyphen or a query's mark.
_UNFINISHED = re.compile(r"(?:^[(\[<]?https?://|doi\.org/|/10\.\d{4,9}/|[-?=&%])$", re.I)
# A reference's numbers, no URL's piece: ``2008;358(19):1991-2002.``, ``33(124),``, ``147-165.``.
_CITED_NUMBERS = re.compile(r"^(?:\d{4};\d+(?:\(\d+\))?:[\d\-–]+\.?|\d+\(\d+\)[,.:]?|\d{1,5}(?:[-–]\d{1,5})?[.,;])$")
# The host a scheme alone goes on with: ``dx.doi.org/10.1016/...``, ``www.relin.letras.ufmg.br/``.
_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/:?#]|$)", re.I)


# The number alone on its line that a database's label labels (``23123381.``, ``PMC5123456``;
# not a year, ``2019``).
_ID_NUMBER = re.compile(r"^(?:PMC)?\d{5,9}\.?$")


def label_read_apart(lines: list[Line], repairs: list[Repair], p: CleanParams) -> list[Line]:
    """A PubMed label read on a line of its own, before lines that are not its own: it goes
    back before its number, the first line alone holding one within ``label_reach`` lines
    below. pdfminer reads SciELO's ``... 2013 abr;208(4):255-9. http://`` /
    ``dx.doi.org/10.1016/j.ajog.2012.10.887. PMid:23123381.`` as ``http://`` / ``Obstet
    Gynecol. ...`` / ``PMid:`` / ``dx.doi.org/10.1016/j.ajog.2012.10.887.`` /
    ``23123381.``: the label cuts the URL from its rest, and the number went on the DOI
    (``...10.887.23123381``)."""
    out = list(lines)
    for i in range(len(out) - 2):
        if not database_label_alone(out[i].text) or _ID_NUMBER.match(out[i + 1].text.strip()):
            continue
        j = next(
            (k for k in range(i + 2, min(len(out), i + 1 + p.label_reach)) if _ID_NUMBER.match(out[k].text.strip())),
            None,
        )
        if j is None:
            continue
        alone = out[i]
        why = f"the label {alone.text.strip()!r} was read apart from its number ({out[j].text.strip()!r})"
        repairs.append(Repair("reading-order", alone.number, out[j].number, "", "", why))
        out[i:j] = [*out[i + 1 : j], replace(alone, blank_before=0)]
    return out


def url_read_first(lines: list[Line], repairs: list[Repair], p: CleanParams) -> list[Line]:
    """A URL that ends its line, cut where no URL ends, whose rest comes a line or two
    further down: the extractor (pdfminer, a box per run of text) read the URL before the
    text printed before it on the same line. That text moves before the URL's line, which
    then meets its rest. The URL is alone on its line, or ends a line of text and the text
    between is another box, after a blank line (``from https://www.udemy.com/course/`` /
    ``Udemy.`` / ``basics-of-deep-learning/``)::

        http://dx.doi.org/10.1016/           Diabetes Res Clin
        Pract. 2014;105(3):322-6.      ->    Pract. 2014;105(3):322-6.
        j.diabres.2014.06.001.               http://dx.doi.org/10.1016/
                                             j.diabres.2014.06.001.

    Only where the rest is unmistakable (``_rest``: a host after a scheme, a DOI's suffix, a
    path) and the lines between are none of it; at most ``url_between_max_lines`` of them,
    on one page unless the URL is alone on its line."""
    out = list(lines)
    i = 0
    while i + 2 < len(out):
        url = out[i].text.rsplit(" ", 1)[-1]
        if not (_UNFINISHED.search(url) or url.endswith("/")) or not is_url(url):
            i += 1
            continue
        last = min(len(out), i + 2 + p.url_between_max_lines)
        rest = _rest if _UNFINISHED.search(url) else _path_rest
        j = next((k for k in range(i + 1, last) if rest(url, out[k].text)), i + 1)
        between = out[i + 1 : j]
        # The lines between are text on the URL's page: a URL's piece among them (``2014;``)
        # would make its rest a guess; after a scheme alone, the host shape decided.
        pieces = not url.endswith("//") and any(_piece(ln.text.split(" ", 1)[0]) for ln in between)
        # After a URL that ends a line of text inside a box (no blank line before it), the
        # text read after it is another box (a blank line before it) that does not go on
        # the URL: the line's own words are in place, and a double-spaced text sets a blank
        # line after every line.
        # (The text's first line opens a block as a line after a blank line does.)
        inside = not out[i].blank_before and i > 0
        boxed = " " not in out[i].text or bool(
            between and between[0].blank_before and inside and not goes_on(url, between[0].text)
        )
        # Across a page break only a URL alone on its line (the page's last): the text after
        # the break goes on no line of the URL's page. (Its output, the page break gone, would
        # be read so again.)
        paged = " " in out[i].text and any(ln.page != out[i].page for ln in out[i : j + 1])
        if not between or pieces or not boxed or paged:
            i += 1
            continue
        why = f"the URL {url!r} was read before the text printed before it ({between[0].text[:30]!r})"
        repairs.append(Repair("reading-order", out[i].number, out[j - 1].number, "", "", why))
        out[i:j] = [
            replace(between[0], blank_before=out[i].blank_before),
            *between[1:],
            replace(out[i], blank_before=0),
        ]
        i = j + 1
    return out


def url_head_last(lines: list[Line], repairs: list[Repair]) -> list[Line]:
    """A URL's head alone on its line, after a blank line, right after a line that is its
    rest alone (a path without a host): pdftotext read the head, left at the end of a
    justified line, after the rest it wrapped. The head moves before its rest::

        The datacube manifesto.                           The datacube manifesto.
        datacube-manifesto/The-Datacube-Manifesto.pdf ->  https://earthserver.eu/tech/
                                                          datacube-manifesto/The-Datacube-Manifesto.pdf
        https://earthserver.eu/tech/
    """
    out = list(lines)
    for i in range(1, len(out)):
        head, rest = out[i], out[i - 1]
        if not head.blank_before or head.page != rest.page or " " in head.text or not head.text.endswith("/"):
            continue
        if " " in rest.text or "/" not in rest.text or not is_url(head.text) or is_url(rest.text):
            continue
        if not (tail_shaped(rest.text) and goes_on(head.text, rest.text)):
            continue
        why = f"the URL's head {head.text!r} was read after its rest ({rest.text[:30]!r})"
        repairs.append(Repair("reading-order", head.number, head.number, "", "", why))
        out[i - 1 : i + 1] = [replace(head, blank_before=rest.blank_before), replace(rest, blank_before=0)]
    return out


def _rest(url: str, line: str) -> bool:
    """``line`` opens with the unmistakable rest of the unfinished ``url``: a host after a
    scheme alone; else a URL's piece (URL characters with a digit or a mark: a DOI's suffix
    ``S0026-0495(97)90167-0.``), holding a dot or a slash after a hyphen (a word's hyphen
    is no URL's)."""
    if not goes_on(url, line):
        return False
    first = line.split(" ", 1)[0]
    if url.endswith("//"):
        return _HOST.match(first) is not None
    if not _piece(first) or not any(c.isalnum() for c in first):
        return False  # (a mark alone, ``#``, is no URL's rest)
    return not url.endswith("-") or any(c in first.rstrip(".,;") for c in "./")


# A path's pieces alone on a line, with a slash at the end: ``sand-and-dust-storms/``.
_PATH_REST = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+(?:/[\w.-]+)*/$", re.I)


def _path_rest(url: str, line: str) -> bool:
    """After a URL that may end with its slash (``https://unemg.org/our-work/emerging-issues/``),
    only a path alone on its line whose words are joined as a URL joins them, ending with
    a slash (``sand-and-dust-storms/``), is its rest."""
    opens = url.lower().startswith(("http://", "https://", "www."))  # (not a URL's own rest: ``github.io/workbench/``)
    return opens and _PATH_REST.match(line) is not None and goes_on(url, line)


def _piece(word: str) -> bool:
    """A URL's piece (``urls.tail_shaped``), not a reference's numbers (``_CITED_NUMBERS``)."""
    return tail_shaped(word) and _CITED_NUMBERS.match(word) is None


def entries_read_first(page: list[Line], repairs: list[Repair], p: CleanParams) -> list[Line]:
    """One page of two columns whose right column holds the rest of the reference list that
    starts in the left column under its heading: pdfminer read the right column first, so
    its entries sit at the page's top, before the left column's first box, which goes on
    the previous page's last sentence (``Economo, M. N., ... (2018b). Distinct ...`` /
    ``Rübel, O., ...`` / ``learners may choose what best suits their learning`` / ... /
    ``References`` / ``Campbell, M. G., ...``). The entries move after the page's last
    entry, the list's end. All the evidence is needed: only boxes no prose (a running
    head, a page number) before the first entry; the boxes read first each open with an
    entry, one a box (``_entries``), or hold no prose (a URL's rest: ``nholm/TorchTools``);
    the box after them goes on a sentence, in lower case; a reference heading further
    down the page, with an entry after it."""
    parts = boxes(page, 0, len(page))
    k = 0
    while k < len(parts) and not starts_entry(page[parts[k][0]].text):
        a, b = parts[k]
        if _prose(page[a:b], p) or any(complete(ln.text) for ln in page[a:b]):
            return page  # prose came first: the page starts where it should
        k += 1
    run = k
    if run == len(parts) or not _an_entry(page, parts[run]):
        return page
    while k < len(parts) and (_entries(page, parts[k], p) or not _prose(page[slice(*parts[k])], p)):
        k += 1
    if k == run or k == len(parts):
        return page
    a, b = parts[k]
    if not (continues(page[a].text) and _prose(page[a:b], p)):
        return page
    heading = next((j for j in range(a, len(page)) if vocab.is_reference_heading(page[j].text)), None)
    why = f"were read before the column that goes on the previous page ({page[a].text[:30]!r})"
    if heading is None:
        return _list_read_first(page, parts, run, a, why, repairs)
    last = _list_end(page, parts, heading)
    if last is None:
        return page
    return _moved_after(page, parts[run][0], a, last, why, repairs)


def _list_read_first(
    page: list[Line], parts: list[tuple[int, int]], run: int, a: int, why: str, repairs: list[Repair]
) -> list[Line]:
    """The whole list starts in the right column, its heading right above the entries read
    first (jose.00090, pdfminer: ``References`` / ``Carleton, T. A., ...`` / ... /
    ``practical help to researchers. For example, ...``, which goes on page 1's ``... new
    resources are needed to offer``): heading and entries go after the left column, to
    the page's end. Only with the heading alone in the box right above the first entry, and
    no entry beyond doubt (``_an_entry``) after it: the list goes on nowhere else; and
    with the last entry read ending as an entry does (``shapes.ends_entry``), for pdfminer
    boxes an entry's last line alone (``Casertano, S. (1983). ... disc and halo`` /
    ``masses. Monthly Notices ...``), which goes on in lower case too."""
    if run == 0:
        return page
    h = parts[run - 1][0]
    if not _alone(parts[run - 1]) or not vocab.is_reference_heading(page[h].text):
        return page
    if any(_an_entry(page, box) for box in parts if box[0] >= a):
        return page
    if not ends_entry(page[a - 1].text):
        return page  # the lower-case box is the last entry's rest (pdfminer boxes a line alone)
    return _moved_after(page, h, a, len(page), why, repairs)


def list_read_inside_column(page: list[Line], repairs: list[Repair], p: CleanParams) -> list[Line]:
    """The whole list starts at the right column's top and pdftotext read it inside the left
    column: the heading first, then the left column's first box, which goes on the previous
    page's last sentence, then the entries, then the rest of the left column (jose.00090:
    ``References`` / ``practical help to researchers. ... mistakes are:`` / ``Carleton, T.
    A., ... (2016). ...`` / ... / ``1. Choosing inappropriate weather variables ...``).
    Heading and entries go after the left column, to the page's end, as ``_list_read_first``
    does for pdfminer. All the evidence is needed: no prose on the page before the heading,
    alone in its box (a running head's short title before it is none); the box after it
    goes on a sentence, in lower case, and may be no entry; the next opens
    with an entry beyond doubt (``_an_entry``), its boxes of entries (each opening with a
    name and its initials) end as an entry does; the box after them is no heading's line,
    and no box after them is an entry beyond doubt or a body's (``World Meteorological
    Organization. (2021)``), nor any line opens with a section's name (``Appendix A``):
    the right column may go on there under the list."""
    parts = boxes(page, 0, len(page))
    k = _heading_box(page, parts)
    if k is None or k + 3 >= len(parts):
        return page
    for a, b in parts[:k]:
        if any(complete(ln.text) for ln in page[a:b]) or _prose(page[a:b], p) and not _title_line(page, (a, b)):
            return page  # prose came first: the page starts where it should
    (a, b), first = parts[k + 1], parts[k + 2]
    if not (continues(page[a].text) and _prose(page[a:b], p)) or _entry_like(page, (a, b)):
        return page  # (``de Souza, A. A., ... (2019)``: the list's first entry)
    if not _an_entry(page, first):
        return page
    j = k + 2
    while j < len(parts) and opens_with_initials(page[parts[j][0]].text):
        j += 1
    lo, hi = first[0], parts[j - 1][1]
    if j == len(parts) or not ends_entry(page[hi - 1].text) or _title_line(page, parts[j]):
        return page  # (``Appendix A``: the right column goes on under the list)
    if any(_an_entry(page, box) or _named_entry(page, box) for box in parts[j:]):
        return page  # (``World Meteorological Organization. (2021) ...``: the list goes on)
    if any(_names_section(ln.text) for ln in page[hi:]):
        return page  # (``Appendix A: ...``: the right column may go on under the list)
    heading = page[parts[k][0]]
    repairs.append(
        Repair(
            "reading-order",
            heading.number,
            page[hi - 1].number,
            "",
            "",
            f"the reference heading and entries ({page[lo].text[:30]!r}) were read inside the column before them "
            f"({page[a].text[:30]!r} goes on the previous page): two columns read out of order",
        )
    )
    rest = page[: parts[k][0]] + [replace(page[a], blank_before=heading.blank_before), *page[a + 1 : lo], *page[hi:]]
    return [*rest, replace(heading, blank_before=max(1, heading.blank_before)), *page[lo:hi]]


_BACK_MATTER = vocab.all_of(vocab.BACK_MATTER)


def _names_section(line: str) -> bool:
    """The line opens with a section's name that may come after a reference list
    (``Appendix A: Installing ...``, ``Results show ...``); the back matter that comes
    before one (``Acknowledgements``, ``Funding``) aside."""
    word = line.split(maxsplit=1)[0].rstrip(":.") if line.strip() else ""
    return is_section_name(word) and word.lower() not in _BACK_MATTER


def _alone(box: tuple[int, int]) -> bool:
    return box[1] - box[0] == 1


def _heading_box(page: list[Line], parts: list[tuple[int, int]]) -> int | None:
    """The index of the page's first box that is a reference heading alone on its line."""
    heads = (k for k, box in enumerate(parts) if _alone(box) and vocab.is_reference_heading(page[box[0]].text))
    return next(heads, None)


def _title_line(page: list[Line], box: tuple[int, int]) -> bool:
    """A box of one line that opens in a capital and ends no sentence: a heading, or the
    paper's short title at the page's top (``A practical guide to climate econometrics``)."""
    return _alone(box) and page[box[0]].text[:1].isupper() and not complete(page[box[0]].text)


def entries_before_heading(page: list[Line], repairs: list[Repair], p: CleanParams) -> list[Line]:
    """The same page as pdftotext reads it: the right column's entries come between two
    boxes of the left column, above the list's heading, the sentence before them ended
    (jose.00143: ``... as of May 1, 2025.`` / ``Johns, A. N., ... (2023). ...`` /
    ``Ruggiero, S. M., ... (2018). ...`` / ``Author Contributions`` / ... / ``References`` /
    ``Ford Versypt, A. N. (2019). ...``). The evidence is the list's order: the boxes are
    entries beyond doubt (``_an_entry``) that each sort at or after the last entry under
    the heading on the page (``shapes.entry_sort_key``), the box before them ends a sentence and the
    box after them starts in a capital. They move after the page's last entry."""
    heading = next((j for j, ln in enumerate(page) if vocab.is_reference_heading(ln.text)), None)
    if heading is None:
        return page
    parts = boxes(page, 0, heading)
    k = next((k for k, box in enumerate(parts) if k > 0 and _an_entry(page, box)), None)
    if k is None or not complete(page[parts[k][0] - 1].text):
        return page
    end = k
    while end < len(parts) and _an_entry(page, parts[end]):
        end += 1
    after = parts[end][0] if end < len(parts) else heading
    if not page[after].text[:1].isupper():
        return page
    last = _list_end(page, boxes(page, 0, len(page)), heading)
    if last is None:
        return page
    listed = entry_sort_key(next(ln.text for ln in reversed(page[heading + 1 : last]) if starts_entry(ln.text)))
    keys = [entry_sort_key(page[a].text) for a, _ in parts[k:end]]
    if any(key[0] != listed[0] or key < listed for key in keys):
        return page
    why = f"were read above the list's heading ({page[heading].text!r}), after its last entry in order"
    return _moved_after(page, parts[k][0], after, last, why, repairs)


def _entries(page: list[Line], box: tuple[int, int], p: CleanParams) -> bool:
    """The box opens with a reference entry and is no longer than ``max_entry_lines``: one
    entry a box, as pdfminer reads them (a numbered list's item of 40 lines is no entry)."""
    return starts_entry(page[box[0]].text) and box[1] - box[0] <= p.max_entry_lines


def _an_entry(page: list[Line], box: tuple[int, int]) -> bool:
    """The box is an entry beyond doubt, the evidence for moving it: a name and its
    initials open it (``shapes.opens_with_initials``; ``shapes.starts_entry`` also opens on
    ``Thus, Figure 3 shows``), and a year is in it."""
    return opens_with_initials(page[box[0]].text) and any(has_year(ln.text) for ln in page[slice(*box)])


def _entry_like(page: list[Line], box: tuple[int, int]) -> bool:
    """The box may be an entry: it opens as one (``shapes.starts_entry``), or with a name
    of a few words and a stop and holds a year (``World Health Organization. Global report
    on diabetes. 2016.``)."""
    return starts_entry(page[box[0]].text) or _named_entry(page, box)


def _named_entry(page: list[Line], box: tuple[int, int]) -> bool:
    return opens_with_name(page[box[0]].text) and any(has_year(ln.text) for ln in page[slice(*box)])


def _list_end(page: list[Line], parts: list[tuple[int, int]], heading: int) -> int | None:
    """Where the page's part of the reference list under ``heading`` ends: after the box of
    its last entry, which goes on over boxes of its own pieces (``bridge University Press.``, a DOI's
    tail) up to a box that opens as an entry or a heading does not. None: no entry."""
    starts = [j for j in range(heading + 1, len(page)) if starts_entry(page[j].text)]
    if not starts:
        return None
    last = next((e for s, e in parts if s <= starts[-1] < e), len(page))
    for s, e in parts:
        if s >= last and not page[s].text[:1].isupper():
            last = e
        elif s >= last:
            break
    return last


def _moved_after(page: list[Line], lo: int, hi: int, at: int, why: str, repairs: list[Repair]) -> list[Line]:
    """``page`` with the entries ``[lo, hi)`` moved to ``at`` (after them), a repair saying
    ``why``."""
    moved = page[lo:hi]
    repairs.append(
        Repair(
            "reading-order",
            moved[0].number,
            moved[-1].number,
            "",
            "",
            f"reference entries ({moved[0].text[:30]!r}) {why}: two columns read out of order",
        )
    )
    return (
        page[:lo]
        + page[hi:at]
        + [replace(moved[0], blank_before=max(1, moved[0].blank_before)), *moved[1:]]
        + page[at:]
    )


def two_columns(lines: list[Line], p: CleanParams) -> bool:
    """The text is set in two columns: its usual line is at most ``column_width_share`` of
    its long lines (the 95th percentile: the title, a float or a footnote across both
    columns), where a page of one column has nearly all its lines as long as its longest;
    or at most ``column_half_share`` of its ``column_long_rank``-th longest line: in a paper
    of a few pages set in two columns, lines across both may be fewer than one in twenty
    (pdfminer: ``learners found the material engaging, recognised the`` in a column of 49
    characters, under a title block of 110), while one column's longest lines, a footer in
    small type or a URL, run less than twice its usual line."""
    lengths = sorted(len(ln.text) for ln in lines)
    n = len(lengths)
    usual = lengths[n // 2]
    if usual <= p.column_width_share * lengths[int(n * 0.95)]:
        return True
    return usual <= p.column_half_share * lengths[max(0, n - p.column_long_rank)]


def right_column_first(page: list[Line], repairs: list[Repair], p: CleanParams) -> list[Line]:
    """One page's lines, its misplaced right-column top moved back (see the module; after
    prose, only on the stronger evidence), or as they were."""
    parts = boxes(page, 0, len(page))
    prose = False  # a finished sentence came before: the page's top is where it should be
    for k, (a, b) in enumerate(parts):
        if any(complete(ln.text) for ln in page[a:b]) and not continues(page[a].text):
            prose = True
            continue
        if not continues(page[a].text) or not _prose(page[a:b], p):
            continue
        if a == 0:
            # The page's first box goes on the previous page's last line, as in one column
            # (pdftotext's last line there may end in a footnote glued to it: no evidence).
            return page
        prev = page[a - 1]
        if prose and not _after_prose(page[a].text, page[parts[k - 1][0] : a], p):
            return page  # it may go on the line before it (``... Smith et al.`` / ``showed that``)
        if not (complete(prev.text) or _heading_like(prev, p) or KEYWORD_LINE.match(prev.text)):
            return page  # it goes on the line before it
        if prose:
            # After prose, the one line on the page that the box can go on, before a new
            # paragraph (not the page's foot, whose open line goes on the next page's top,
            # nor a note or a caption there).
            found = _dangling_lines(page, parts[k + 1 :], p)
            target = found[0] if len(found) == 1 and _paragraph_after(page, found[0], p) else None
        else:
            target = _dangling(page, parts[k + 1 :], p)
        if target is None:
            return page
        moved = page[a:b]
        rest = [ln for ln in page if ln not in moved]
        at = rest.index(page[target]) + 1
        why = (
            f"a box that goes on a sentence ({moved[0].text[:30]!r}) was read before the line it goes on from "
            f"({page[target].text[-30:]!r}): two columns read out of order"
        )
        repairs.append(Repair("reading-order", moved[0].number, moved[-1].number, "", "", why))
        return rest[:at] + moved + rest[at:]
    return page


def word_cut_by_column(
    page: list[Line], repairs: list[Repair], p: CleanParams, lang: str, next_page: Line | None = None
) -> list[Line]:
    """A box that opens on the rest of a word a column's foot broke, read before that foot:
    it goes back after it. pdftotext on two columns of a two-page paper, whose text is too
    short for ``two_columns`` to tell (jose.00143, title block / ``Keywords: Git; ...`` /
    ``ential equation and the solution .py file ...`` / ``Summary`` / ... / ``worked example
    for fitting parameters to one differ‐`` at the page's foot). The word is the evidence:
    the box's first word, in lower case, is no word (``zipf_no_word``), and exactly one line
    of the page ends a box on a hyphen whose word joined to it is a common one
    (``zipf_common``: ``differential``), further down the page. Where that line is above the
    box, the word was broken around a note or a caption set between its halves, in the
    order printed; at the page's foot, before a next page (``next_page``) that opens on
    the rest of its word, it goes on there. The line before the box leaves no word broken."""
    parts = boxes(page, 0, len(page))
    for a, b in parts[1:]:
        rest = _first(page[a])
        if not (rest.isalpha() and rest.islower()) or page[a - 1].text.endswith(LINE_END_HYPHENS):
            continue
        if zipf(rest, lang) >= p.zipf_no_word:
            continue
        feet = [end - 1 for start, end in parts if start != a and _broken_into(page[end - 1].text, rest, p, lang)]
        if len(feet) != 1 or feet[0] < b:
            continue
        goes_on = next_page is not None and _broken_into(page[-1].text, _first(next_page), p, lang)
        if feet[0] == len(page) - 1 and goes_on:
            continue  # (the next page opens on the rest of the foot's word)
        moved = page[a:b]
        at = feet[0] - len(moved) + 1  # (the foot's place once the box is out)
        why = f"{rest!r} ends the word {page[feet[0]].text[-20:]!r} breaks: a column's top read before its foot"
        repairs.append(Repair("reading-order", moved[0].number, moved[-1].number, "", "", why))
        kept = page[:a] + page[b:]
        return kept[:at] + moved + kept[at:]
    return page


def _first(line: Line) -> str:
    """The line's first word, without the punctuation after it."""
    return first_word(line.text).rstrip(".,;:")


def _broken_into(text: str, rest: str, p: CleanParams, lang: str) -> bool:
    """``text`` ends on a hyphen that breaks a word ``rest`` ends: ``one differ‐``, ``ential``."""
    if not text.endswith(LINE_END_HYPHENS):
        return False
    head = text[:-1].rsplit(" ", 1)[-1]
    return head.isalpha() and zipf(head + rest, lang) >= p.zipf_common


# A sentence's end on a word of four letters or more (``... using ReavealJS' power.``): not
# an abbreviation's stop (``et al.``, ``e.g.``, ``U.S.``, ``Inc.``), nor an equation's.
_WORD_END = re.compile(r"[^\W\d_]{4,}[.!?][\"'’”)\]]*$")
_CAPTION_START = re.compile(rf"^{caption_label_pattern(vocab.all_of(vocab.CAPTIONS))}{CAPTION_SEPARATOR}", re.I)


def _after_prose(first: str, before: list[Line], p: CleanParams) -> bool:
    """The stronger evidence for a box read after prose (see the module): it opens on a
    word in lower case (not a list's item, ``b) ...``, nor a name's particle, ``da Silva
    et al. (2020) mostraram``), after a box of prose (``before``) that ends a sentence on
    a word."""
    word = first.split(maxsplit=1)[0]
    if not first[:1].islower() or is_list_start(first) or word in vocab.NAME_PARTICLES:
        return False
    return _prose(before, p) and _WORD_END.search(before[-1].text) is not None


def _paragraph_after(page: list[Line], line: int, p: CleanParams) -> bool:
    """A paragraph of prose opens right after ``line``, in a capital: not the page's end,
    a note (``1 https://...``) or a caption."""
    k = line + 1
    if k >= len(page) or not page[k].text[:1].isupper() or _NOTE.match(page[k].text):
        return False
    if _CAPTION_START.match(page[k].text):
        return False
    end = next((j for j in range(k + 1, len(page)) if page[j].blank_before), len(page))
    return _prose(page[k:end], p)


def _prose(box: list[Line], p: CleanParams) -> bool:
    """The box holds a piece of a sentence, at least ``order_min_words`` words of letters:
    not a table's cell (``rendaf1``, ``ρ = (154, 28)/(154, 28 + 1.987, 74)``)."""
    words = sum(1 for ln in box for w in ln.text.split() if w.strip(".,;:()").isalpha())
    return words >= p.order_min_words


def _heading_like(ln: Line, p: CleanParams) -> bool:
    """A short capitalised line with no stop: a heading or a title block's line."""
    return len(ln.text) <= p.heading_short_chars and ln.text[:1].isupper()


def heading_read_early(page: list[Line], repairs: list[Repair], p: CleanParams) -> list[Line]:
    """A reference heading right under another heading, prose under it and the list's
    entries further down the page: pdfminer read the heading's box before the column above
    the list (bak-p59099: ``Considerações finais`` / ``REFERÊNCIAS`` / ``Aqui analisamos
    como os discursos ...`` / ... / ``ACOSTA-PEREIRA, R. A.; RODRIGUES, R. H. ... 2010``).
    The heading goes down, before the first entry beyond doubt (``_an_entry``) on the page.
    Boxes only: both headings alone, and no box from the one under them to that entry may
    be an entry (``_entry_like``: the list's first may open with an organisation)."""
    parts = boxes(page, 0, len(page))
    k = _heading_box(page, parts)
    if k is None or k == 0 or k + 2 >= len(parts):
        return page
    above, (a, b) = parts[k - 1][0], parts[k + 1]
    if not _alone(parts[k - 1]) or not _heading_like(page[above], p) and not is_section_name(page[above].text):
        return page
    if starts_entry(page[a].text) or not _prose(page[a:b], p):
        return page
    # The first entry beyond doubt, past at least one more box: a list's own note sits
    # right above its entries (``Where more than one reference was available ...``).
    first = next((s for s, e in parts[k + 3 :] if _an_entry(page, (s, e))), None)
    if first is None or _an_entry(page, parts[k + 2]):
        return page
    # Nothing between that may be the list's own first entry (``World Health Organization.
    # ... 2016.``, a note on the list): only then was the heading read too early.
    if any(_entry_like(page, box) for box in parts[k + 1 :] if box[0] < first):
        return page
    at = parts[k][0]
    heading = page[at]
    why = f"the reference heading ({heading.text!r}) was read above the text before its list: columns read out of order"
    repairs.append(Repair("reading-order", heading.number, heading.number, "", "", why))
    nxt = page[at + 1]
    return [
        *page[:at],
        replace(nxt, blank_before=heading.blank_before),
        *page[at + 2 : first],
        replace(heading, blank_before=max(1, page[first].blank_before)),
        *page[first:],
    ]


def section_in_references(page: list[Line], repairs: list[Repair], p: CleanParams) -> list[Line]:
    """A reference heading is followed by its first entry. A heading of its own and its
    prose between the two are a section of the other column that pdfminer read after the
    list's heading (jose.00180: ``References`` / ``Statement of need`` / ``While students
    can access ...`` / ``Ammenwerth, E., Haux, R., ...``): the section goes back before the
    reference heading. Boxes only (blank lines around each): the reference heading alone,
    then a section's name the vocabulary knows alone (``headings.is_section_name``; a
    list's own sub-heading, ``Primary sources``, is none), prose that ends its sentence, and
    an entry (``shapes.starts_entry``), all on one page."""
    parts = boxes(page, 0, len(page))
    k = _heading_box(page, parts)
    if k is None or k + 3 >= len(parts):
        return page
    (ha, hb), first = parts[k + 1], k + 2
    if hb - ha != 1 or not is_section_name(page[ha].text):
        return page
    m = first
    while m < len(parts) and not starts_entry(page[parts[m][0]].text) and _prose(page[slice(*parts[m])], p):
        m += 1
    if m == first or m == len(parts) or not starts_entry(page[parts[m][0]].text):
        return page
    if not complete(page[parts[m][0] - 1].text):
        return page  # the prose goes on past the entry: no section of its own
    at, lo, hi = parts[k][0], ha, parts[m][0]
    why = (
        f"a section ({page[lo].text[:30]!r}) was read between the reference heading ({page[at].text!r}) "
        "and its first entry: two columns read out of order"
    )
    repairs.append(Repair("reading-order", page[lo].number, page[hi - 1].number, "", "", why))
    heading = replace(page[at], blank_before=page[lo].blank_before)
    return page[:at] + [replace(page[lo], blank_before=page[at].blank_before), *page[lo + 1 : hi], heading] + page[hi:]


# A note's call glued to the word it follows: after two letters in lower case or a
# closing bracket or quote (``learning (DL)1 have``, ``website2.``); not ``CO2``, ``x2``.
_CALL = re.compile(r"(?:[^\W\dA-Z_]{2}|[)\]’”])(\d{1,2})(?![\w.,])")


def _calls(page: list[Line]) -> dict[str, int]:
    """Each note number the page calls (``_CALL``), with the line of its first call."""
    out: dict[str, int] = {}
    for i, ln in enumerate(page):
        for m in _CALL.finditer(ln.text):
            out.setdefault(m.group(1), i)
    return out


def _before_note(lines: list[Line], a: int, b: int, calls: dict[str, int]) -> int:
    """The end of the box ``[a, b)``'s prose: before a footnote pdftotext set right under
    its last line, with no blank line (``... Researchers are`` / ``1 We will use the term
    ML when talking about both ML and DL in`` / ``this article``), when the page calls the
    note's number before it (``calls``: ``(DL)1``)."""
    for i in range(a + 1, b):
        if _NOTE.match(lines[i].text) and calls.get(lines[i].text.split(maxsplit=1)[0], i) < i:
            return i
    return b


def _dangling(lines: list[Line], later: list[tuple[int, int]], p: CleanParams) -> int | None:
    """The last line of the page's prose that ends mid-sentence at a box's end, before a
    box that does not go on it (a capital, a note, the page's end); not a note's own line."""
    found = _dangling_lines(lines, later, p)
    return found[-1] if found else None


def _dangling_lines(lines: list[Line], later: list[tuple[int, int]], p: CleanParams) -> list[int]:
    """Every line ``_dangling`` may choose, in order; the page's end stands for a box."""
    found = []
    calls = _calls(lines)
    for k, (a, b) in enumerate(later):
        b = _before_note(lines, a, b, calls)
        last = lines[b - 1]
        if vocab.is_reference_heading(lines[a].text):
            break  # a reference list's entries end in URLs and page ranges, not mid-sentence
        if _NOTE.match(lines[a].text) or complete(last.text) or len(last.text) <= p.companion_max_chars:
            continue
        if is_url(last.text.rsplit(" ", 1)[-1]):
            continue
        nxt = lines[later[k + 1][0]] if k + 1 < len(later) else None
        if nxt is None or not continues(nxt.text):
            found.append(b - 1)
    return found


PageRule = Callable[[list[Line], list[Repair], CleanParams], list[Line]]
# The rules for a reference list a two-column page scattered, in order, on each page.
PAGE_RULES: list[PageRule] = [
    entries_read_first,
    list_read_inside_column,
    entries_before_heading,
    heading_read_early,
    section_in_references,
]


def read_across(pages: list[list[Line]], repairs: list[Repair], p: CleanParams, lang: str) -> list[list[Line]]:
    """The ``pages`` of a text of two columns, each read by ``rows_read_across`` (after the
    previous page as put back), where at least ``rows_min_pages`` of them were read row by
    row; else as they were. Reading across is how an extractor reads a layout, page after
    page; one page alone that looks so is more likely a page of one column with a box that
    opens in lower case (``where E is ...`` after an equation) before a foot that goes on
    the next page."""
    out: list[list[Line]] = []
    found: list[Repair] = []
    for page in pages:
        before = out[-1] if out else []
        out.append(rows_read_across(page, found, p, lang, _text_end(before, len(before))))
    if len(found) < p.rows_min_pages:
        return pages
    repairs.extend(found)
    return out


def rows_read_across(
    page: list[Line], repairs: list[Repair], p: CleanParams, lang: str, before: Line | None
) -> list[Line]:
    """A page of two columns that pdftotext read row by row, each column's boxes put back in
    order: the left column's, then the right column's. Where the paragraphs of both
    columns are set apart by space, pdftotext reads a box of the left column, then the box
    of the right one beside it, and so on down the page (edur-39, page 2: ``busca se deu em
    sites ...`` / ``de representação ao nível nacional ...`` / ``Movimentos indígenas`` /
    ...). The columns' order is rebuilt from their heights: the box read next is the one
    that starts higher, the top of the column filled less far (``_merge``: each box as tall
    as its lines and one or two lines of space; a page's front matter, and on a paper's
    first page its first boxes up to ``rows_top_boxes``, may run across both columns).
    ``reorder`` calls it only in a text that ``read_across`` finds read so.

    Every piece of evidence must agree, or the page stays as read:
    - the columns' seam: the left column's last line goes on at the right column's top
      (``... como possibilidade real`` / ``de representação ...``, or the word a hyphen
      broke); or, in a reference list read out of its order (two descents or more), both
      are entries (``_seam``);
    - no box then goes on from one it cannot go on from (``_misfit``; the page's first box
      from the previous page's last line), none opens on the rest of no broken word, and a
      reference list runs in its order, where read across it did not; a right column's top
      read first on its page moves only where it cannot go on from the page before;
    - the page read so alternates between its columns (``rows_alternation``) and its
      columns are about as long (``rows_balance``): a page with one box out of place is
      ``right_column_first``'s;
    - no caption on the page (a figure takes room the text does not show) and no
      reference heading: a heading's room is unknown, and one read into the wrong column
      turns the text after it into entries (``PAGE_RULES`` order such a page).
    The page's notes at its foot (``3. A existência ...``) stay there, and a page after one
    that ends on a note has no line to go on from (``_text_end``)."""
    parts = boxes(page, 0, len(page))
    if len(parts) < 3 or any(
        _CAPTION_START.match(page[a].text) or vocab.is_reference_heading(page[a].text) for a, _ in parts
    ):
        return page
    width = sorted(ln.raw_length for ln in page)[len(page) // 2]
    misfit = partial(_misfit, width=width, p=p, lang=lang)
    body, notes = _foot_notes(page, parts)

    def descents(order: list[Box]) -> int:
        keys = [entry_sort_key(page[a].text) for a, _ in order if starts_entry(page[a].text)]
        return sum(1 for u, v in pairwise(keys) if v < u)

    def misfits(order: list[Box], top: int = 0) -> tuple[int, int]:
        """Breaks in reading ``order``: inside the page (none among its ``top`` boxes, read
        as they were), and from the previous page."""
        inside = sum(misfit(page[x[1] - 1], page[y[0]]) for x, y in pairwise(order[max(0, top - 1) :]))
        return inside + descents(order), misfit(before, page[order[0][0]]) if before else 0

    read = misfits(body)
    if sum(read) == 0:
        return page
    unsorted = descents(body) >= 2
    best: tuple[tuple[int, int], list[Box]] | None = None
    front = _front(page, body)
    for top, left, right in _columns(body, front, p, first_page=before is None):
        if not _seam(page, left, right, unsorted, misfit):
            continue
        order = body[:top] + left + right
        # (A front matter's lines read as they were: their breaks, a title's lines or an
        # affiliation's with no stop, tell nothing of the columns.)
        kept = top if top in front else 0
        found = misfits(order, kept)
        if found[0] or sum(found) >= sum(misfits(body, kept)):
            continue  # (a break left inside)
        if right[0] == body[0] and not (read[1] and not found[1]):
            continue  # the page's first box, read first, goes on from the page before
        if best is None or found < best[0]:
            best = found, order
    if best is None:
        return page
    why = f"two columns read row by row: {sum(read)} break(s) in the reading as read, none column by column"
    repairs.append(Repair("reading-order", page[0].number, page[-1].number, "", "", why))
    out = [ln for a, b in best[1] + notes for ln in page[a:b]]
    # The page's first line as read may now open a box inside it, after a blank line; the
    # page starts at the line now first.
    first = page[0]
    return [
        replace(ln, page_start=k == 0, blank_before=ln.blank_before if k == 0 else max(1, ln.blank_before))
        if k == 0 or ln is first
        else ln
        for k, ln in enumerate(out)
    ]


# A page's note at its foot: its number (with or without a stop), a superscript or a sign.
_NOTE_OR_ITEM = re.compile(rf"^(?:\d{{1,2}}\.?|{_NOTE_SIGN})\s+\S")
# A sentence's end and the number of its note (``... nativa.3``, ``(BRASIL, 1973).4``).
_NOTE_AFTER_STOP = re.compile(r"[.!?][\"'’”»)\]]*\d{1,3}$")


def _text_end(lines: list[Line], end: int) -> Line | None:
    """The last line of the text read before ``end``, where a page goes on from it; None
    where that is a note (``1 See the appendix ...``): a note says nothing of how the next
    page opens."""
    if end == 0:
        return None
    k = end - 1
    while k > 0 and not lines[k].blank_before:
        k -= 1
    return None if _NOTE_OR_ITEM.match(lines[k].text) else lines[end - 1]


def _foot_notes(page: list[Line], parts: list[Box]) -> tuple[list[Box], list[Box]]:
    """The page's boxes and the notes at its foot (``3. A existência ...``), which stay
    there: boxes that open on a note's number, but on a page of entries (``14. Ministério
    da Saúde ...`` is the list's)."""
    end = len(parts)
    while end > 1 and _NOTE_OR_ITEM.match(page[parts[end - 1][0]].text):
        end -= 1
    if end < len(parts) and any(starts_entry(page[a].text) for a, _ in parts[:end]):
        end = len(parts)
    return parts[:end], parts[end:]


def _front(page: list[Line], body: list[Box]) -> set[int]:
    """Where a page's front matter may end, above two columns: after a title block of short
    boxes (a title, authors, affiliations) before the first long one, or after the
    keywords line."""
    title_block = next((k for k in range(1, len(body)) if body[k][1] - body[k][0] >= 3), 0)
    keywords = next((k + 1 for k, (a, b) in enumerate(body) if any(KEYWORD_LINE.match(ln.text) for ln in page[a:b])), 0)
    return {title_block, keywords} - {0}


def _columns(
    body: list[Box], front: set[int], p: CleanParams, first_page: bool
) -> Iterator[tuple[int, list[Box], list[Box]]]:
    """The ways ``body`` reads as two columns read row by row (``_merge``, ``_across``): the
    boxes after the page's top, which runs across both columns (its first boxes, up to
    ``rows_top_boxes``, or its ``front`` matter), as the left column's and the right
    column's."""
    for top in sorted({*range(p.rows_top_boxes + 1 if first_page else 1), *front}):
        for right_first in (False, True):
            for gap in (1, 2):
                left, right = _merge(body[top:], right_first, gap)
                if _across(body[top:], left, right, p):
                    yield top, left, right


def _merge(parts: list[Box], right_first: bool, gap: int) -> tuple[list[Box], list[Box]]:
    """The two columns of boxes read row by row: each box goes to the column filled less
    far (its top is the higher; the left one on a tie, but for the page's first box when
    ``right_first``), each ``gap`` lines of space under its lines."""
    left: list[Box] = []
    right: list[Box] = []
    fill = [0, 0]
    for k, (a, b) in enumerate(parts):
        side = 1 if fill[1] < fill[0] or (k == 0 and right_first) else 0
        (right if side else left).append((a, b))
        fill[side] += b - a + gap
    return left, right


def _across(read: list[Box], left: list[Box], right: list[Box], p: CleanParams) -> bool:
    """Boxes ``read`` in this order are two columns' read across: both columns hold boxes,
    the boxes alternate between them (``rows_alternation``) and the columns are about as
    long (``rows_balance``), neither shorter than ``rows_min_lines``."""
    if not left or not right:
        return False
    on_right = set(right)
    switches = sum(1 for x, y in pairwise(read) if (x in on_right) != (y in on_right))
    tall = sorted(sum(b - a for a, b in side) for side in (left, right))
    return (
        switches >= p.rows_alternation * (len(read) - 1)
        and tall[0] >= p.rows_balance * tall[1]
        and tall[0] >= p.rows_min_lines
    )


def _seam(
    page: list[Line],
    left: list[Box],
    right: list[Box],
    unsorted: bool,
    misfit: Callable[[Line, Line], int],
) -> bool:
    """The columns meet where a column broke a sentence: the left column's last line goes
    on at the right column's top, a word in lower case or a number going on (an entry's
    ``56, no. 2, pp. 191-201``), or the rest of the word its hyphen broke. In a reference
    list read out of its order (``unsorted``), two entries meet as well."""
    end, top = page[left[-1][1] - 1], page[right[0][0]]
    if unsorted and starts_entry(page[left[-1][0]].text) and starts_entry(top.text):
        return True
    if end.text.endswith(LINE_END_HYPHENS):
        return not misfit(end, top)
    if is_list_start(top.text):
        return False
    return continues(top.text) or top.text[:1].isdigit()


def _misfit(prev: Line, line: Line, width: int, p: CleanParams, lang: str) -> int:
    """1 where ``line`` cannot open a box after ``prev``: no rest of the word ``prev``'s
    hyphen broke (a common word joined, in lower case: ``in‐`` / ``To test`` is none,
    whatever the lexicon says of ``inTo``), or a line going on (in lower case, not a
    list's ``a)``) after a finished one, or a new one (in a capital) after a full line
    left open (``... como possibilidade real``; a URL may end an entry)."""
    opens_going_on = continues(line.text) and not is_list_start(line.text)
    if prev.text.endswith(LINE_END_HYPHENS):
        return 0 if line.text[:1].islower() and _broken_into(prev.text, _first(line), p, lang) else 1
    left_open = (
        not complete(prev.text)
        and not _NOTE_AFTER_STOP.search(prev.text)
        and not ends_in_url(prev.text)
        and prev.raw_length >= p.rows_full_line * width
        and not prev.blank_before
    )
    return int(left_open != opens_going_on)
