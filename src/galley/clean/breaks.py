"""Block breaks: does the line end between two lines end a block, or is it a wrap?

``is_break`` runs ``BREAK_RULES`` in order over the :class:`Gap` between two lines; the
first rule with an opinion decides (True: a new block starts, False: the line goes on),
and its reason is the evidence in the ``block-break`` repair. No opinion at all: a wrap.

Each rule rejects cheaply at its own top (``return None``) and its docstring says what
it decides, why, and on which real lines. A new break rule (a column's end in layout
mode, an OCR paragraph mark) is a function here, placed in ``BREAK_RULES`` before the
rules it must overrule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from galley import vocab
from galley.clean import urls
from galley.clean.figures import FIGURE_CAPTION
from galley.clean.headings import FUNCTION_WORDS, is_section_name, looks_like_heading
from galley.clean.layout import Layout, fits, last_printed_part
from galley.clean.shapes import (
    BULLET_GLYPHS,
    CAPTION_SEPARATOR,
    CITATION_NUMBERS,
    DATABASE_LABEL,
    KEYWORD_LABEL,
    LINE_END_HYPHENS,
    NUMBERED_HEADING,
    OPENERS,
    PAGES,
    caption_label_pattern,
    database_label_alone,
    ends_abbreviation,
    ends_entry,
    ends_equation_number,
    ends_full_stop,
    ends_sentence,
    first_word,
    is_bare_marker,
    is_equation,
    is_equation_number,
    is_list_start,
    last_word,
    opens_glued_note,
    opens_on_punctuation,
    starts_entry,
)
from galley.inputs.corrections import Corrections
from galley.model import Line
from galley.params import CleanParams

_OPEN = vocab.all_of(vocab.OPEN_ENDINGS)  # a phrase does not end on these
# A caption's label alone: ``Table 1``, ``Figura 2``.
_CAPTION_LABEL = re.compile(rf"^{caption_label_pattern(vocab.all_of(vocab.CAPTIONS))}$", re.I)
# A caption's first line (``Figura 2. a. Riqueza ...``, ``Table 3: Scores``) and the
# letter of one of its parts at a line's start (``b. Riqueza ...``, ``(b) Scores ...``).
_CAPTION = re.compile(rf"^{caption_label_pattern(vocab.all_of(vocab.CAPTIONS))}{CAPTION_SEPARATOR}", re.I)
_PART = re.compile(r"^\(?[a-h][.)]\s")
_LETTER_ITEM = re.compile(r"^(\(?)([a-h])\)\s")  # ``a) ...``, ``(a) ...``
# A note's first line: its number (or a superscript, an asterisk, a dagger) and its text.
_NOTE_START = re.compile(r"^(?:\d{1,2}\.?|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡])\s+\S")
CORRECTION_SPLIT = "forced by the corrections file: a paragraph starts here"
CORRECTION_MERGE = "forced by the corrections file: no paragraph break here"
AFTER_HEADING = "after a heading"
EQUATION_STARTS = "a numbered equation starts"
AFTER_EQUATION = "after a numbered equation"
WRAPPED = "wrapped line"
GOES_ON = (False, "lower case goes on")


class Gap(NamedTuple):
    """Everything a break rule may look at for the line end between ``prev`` and ``cur``."""

    prev: Line
    cur: Line
    width: int  # the measure of ``cur``'s region (``layout.Measure``)
    layout: Layout
    prev_heading: bool  # ``prev`` is a heading
    in_references: bool  # inside a reference list (after its heading)
    block_lines: int  # lines already in the block ``prev`` ends
    fixes: Corrections
    p: CleanParams
    prev_ends_url: bool = False  # ``prev`` is the last piece of a URL broken before it
    block_first: Line | None = None  # the first line of the block ``prev`` ends
    block_why: str = ""  # why that block started (the reason of the rule that started it)
    ahead: tuple[Line, ...] = ()  # the next few lines after ``cur`` (``ahead_lines``)
    before_block: Line | None = None  # the last line of the block before the one ``prev`` ends

    @property
    def sentence_end(self) -> bool:
        """``prev`` ends a sentence (``shapes.ends_sentence``)."""
        return ends_sentence(self.prev.text)


def in_entry_list(g: Gap) -> bool:
    """Inside a reference list, in an entry short enough to be one (``max_entry_lines``)."""
    return g.in_references and g.block_lines < g.p.max_entry_lines


Verdict = tuple[bool, str] | None
BreakRule = Callable[[Gap], Verdict]


def forced_split(g: Gap) -> Verdict:
    """The corrections file says a paragraph starts at this raw line (``split_before = [77]``)."""
    return (True, CORRECTION_SPLIT) if g.cur.number in g.fixes.split_before else None


def forced_merge(g: Gap) -> Verdict:
    """The corrections file says this raw line goes on with the block before it
    (``merge_before = [55]``), even after a heading."""
    return (False, CORRECTION_MERGE) if g.cur.number in g.fixes.merge_before else None


def is_caption_label(text: str) -> bool:
    """A caption's label alone: ``Table 1``, ``Figure 2``, ``TABLE I``."""
    return _CAPTION_LABEL.match(text) is not None


def caption_label_alone(g: Gap) -> Verdict:
    """A caption's label alone on its line goes on in the title under it: ``Table 1`` /
    ``Characteristics of the Three Gardens`` (APA), ``TABLE I`` / ``SUMMARY OF THE SITES``
    (IEEE), ``Figure 2`` / ``Mean temperature at noon``; the heading shapes would set each
    apart. And a caption, or its label, after a sentence's end starts a block, however full
    the line before."""
    if g.in_references:
        return None
    if g.sentence_end and (is_caption_label(g.cur.text) or _CAPTION.match(g.cur.text)):
        return True, "a caption starts"  # (not set apart as a heading: the paragraph's last line may be full)
    if g.block_lines != 1 or not is_caption_label(g.prev.text):
        return None
    return (False, "a caption's label goes on in its title") if g.cur.text[:1].isupper() else None


def after_heading(g: Gap) -> Verdict:
    """A heading is a block of its own: ``Introduction`` / ``Ever-changing global ...``."""
    return (True, AFTER_HEADING) if g.prev_heading else None


def numbered_equation(g: Gap) -> Verdict:
    """A numbered display equation is a block of its own, its number on its line:
    ``... with the lme4 package (Bates et al., 2015):`` / ``log(Lit ) = β0 + β1 Pt + εit`` /
    ``(1)`` / ``where Lit is the nitrate load ...``. pdftotext and pdfminer set the number
    on a line of its own, which would otherwise open a list item (``(1) where Lit ...``);
    the equation's lines (``Unjt = β′`` / ``nxnjt + εnjt,``) stay together; the text
    after the number starts a block, even in lower case (``where``)."""
    prev, cur, most = g.prev.text, g.cur.text, g.p.equation_max_words
    # (Every number ends on a bracket: a line that has none near it is asked nothing more.)
    if not (prev.endswith(")") or cur.endswith(")") or any(ln.text.endswith(")") for ln in g.ahead)):
        return None
    if is_equation_number(cur):
        if g.block_first is not None and is_bare_marker(g.block_first.text):
            return None  # (``(1)`` / ``β1 > 0 in the full sample`` / ``(2)``: a list's items)
        return (False, "an equation's number goes on its line") if is_equation(prev, most) else None
    after = (is_equation_number(prev) and g.block_lines > 1) or (ends_equation_number(prev) and is_equation(prev, most))
    item = is_bare_marker(prev) and g.block_lines == 1  # (``(1)`` / ``β1 > 0 in the full sample``: an item)
    if _numbered_ahead(g) and is_equation(cur, most) and not item:
        if is_equation(prev, most) and not after:
            return False, "an equation goes on"
        return True, EQUATION_STARTS  # (after another numbered equation too)
    return (True, AFTER_EQUATION) if after else None


def _numbered_ahead(g: Gap) -> bool:
    """``cur`` is an equation's line that ends on its number, or lines of an equation after
    it lead to its number on a line of its own."""
    if ends_equation_number(g.cur.text):
        return is_equation(g.cur.text, g.p.equation_max_words)
    for ln in g.ahead:
        if is_equation_number(ln.text):
            return True
        if not is_equation(ln.text, g.p.equation_max_words) or ends_equation_number(ln.text):
            return ends_equation_number(ln.text) and is_equation(ln.text, g.p.equation_max_words)
    return False


def lower_case_goes_on(g: Gap) -> Verdict:
    """A line starting in lower case continues the sentence before it, even across a blank
    line, a text-box or a page boundary (``... shows much`` / page 2 / ``simpler examples``),
    unless a sentence ended (``... in 2019.`` / ``e.g. the``) or it is a list item
    (``a) the``). Inside a reference list the entry rule decides: ``van Rossum, G. (1995).``
    starts an entry in lower case."""
    cur = g.cur.text
    if not cur[:1].islower() or g.prev.text.endswith((".", "!", "?")) or in_entry_list(g) or is_list_start(cur):
        return None
    return GOES_ON


def broken_word(g: Gap) -> Verdict:
    """A line ending in a hyphen after a letter, before a letter or digit, goes on:
    ``geo-`` / ``economic`` (whether the hyphen stays is the hyphen rules' call)."""
    prev = g.prev.text
    if prev.endswith(LINE_END_HYPHENS) and prev[-2:-1].isalpha() and g.cur.text[:1].isalnum():
        if opens_glued_note(g.cur.text):
            return None  # a page's note set between the word's halves: ``Consti-`` / ``1A Conferência``
        return False, "word broken at the line end"
    return None


def broken_url(g: Gap) -> Verdict:
    """A URL broken at the line end goes on (``urls.goes_on``), whatever the next line looks
    like: ``https://github.com/nick1627/`` / ``RelativityVisualisation`` is no new entry,
    ``https://doi.org/10.1175/`` / ``JTECH-D-19-0041.1`` no new paragraph."""
    if urls.goes_on(last_word(g.prev.text), g.cur.text, g.p, apart=g.cur.blank_before > 0):
        return False, "a URL broken at the line end goes on"
    return None


def punctuation_goes_on(g: Gap) -> Verdict:
    """A line that opens on a stop, a comma or a closing bracket closes the word before it
    (pdftotext's raw mode: ``& White, E. P`` / ``. (2018). Forecasting ...``), and one that
    opens on pages after a reference's volume goes on its entry (``2007;61(5):`` /
    ``395-400.``): neither starts a block. An ellipsis may open one."""
    cur = g.cur.text
    if opens_on_punctuation(cur):
        return False, "a line that opens on punctuation goes on"
    if CITATION_NUMBERS.match(last_word(g.prev.text)) and PAGES.match(first_word(cur)):
        return False, "pages after a reference's volume go on"
    return None


def database_label_goes_on(g: Gap) -> Verdict:
    """A line that opens on a database's label for a reference entry's number, after a
    line that ends on a URL or a DOI, or in a reference list, goes on the entry (``...
    dx.doi.org/10.1016/j.ajog.2012.10.887.`` / ``PMid: 23123381.``): the label and its
    number follow the entry's DOI on its line, however short the DOI's line. (A table's or
    a paragraph's ``PMID: ...`` after a caption or a sentence is left to the other rules.)"""
    if database_label_alone(g.prev.text):
        return False, "a database's number goes on its label"  # (``PMid:`` / ``15832688.``)
    if not DATABASE_LABEL.match(g.cur.text):
        return None
    if in_entry_list(g) or urls.is_url(last_word(g.prev.text).rstrip(".")):
        return False, "a database's label goes on its entry"
    return None


def note_at_page_foot(g: Gap) -> Verdict:
    """A note set at a page's foot ends at the page break: the next page's text is no
    part of it (wp-double-pdfminer, jose.00239: ``1. We will use the term ML when talking
    about both ML and DL in this article`` / page 1 / ``Many machine learning frameworks
    ...``). The note starts with its number; the next page starts with a capital, or in
    lower case where the text before the note left its sentence open: that sentence goes
    on (``... the concept of convolutional layers as a method to`` / the note / page 2 /
    ``map and abstract image-like data ...``; the structure joins the two halves)."""
    first = g.block_first
    if first is None or g.cur.page == g.prev.page or not _NOTE_START.match(first.text):
        return None
    if g.prev.text.endswith(("-", "‐", ",")):
        return None
    if g.cur.text[:1].isupper():
        return True, "a note at a page's foot ends at the page break"
    body = g.before_block
    if g.cur.text[:1].islower() and body is not None and not ends_sentence(body.text) and body.page == g.prev.page:
        return True, "a note at a page's foot ends at the page break: the text it interrupted goes on"
    return None


CAPTION_AT_TOP = "a caption at a page's top"


def after_list_read_last(g: Gap) -> Verdict:
    """The text after a list whose bullets were read after its page's text
    (``markers.markers_read_last``) opens where the page's measure comes back: the last item
    (``... (including species-distribution`` / ``modeling and Bayesian state space
    modeling)``) ends on no stop, and nothing else would end it before ``R tutorials follow
    the principles of “explicit teaching”``."""
    if g.cur.number in g.layout.list_ends:
        return True, "the text after a list whose bullets were read last: the page's measure comes back"
    return None


def caption_at_page_top(g: Gap) -> Verdict:
    """A figure's or table's caption that a page sets at its top, where the text of the
    page before goes on after it (pypdf, Rev. Bras. Ensino Física: ``... conectados em
    bomba peristáltica ou bomba tipo`` / page 5's running head / ``Figura 6: Câmara de
    reação.`` / ``seringa para sucção dos reagentes. ...``), is a block of its own: it
    starts at the page's first line, and the text goes on after the caption's last line,
    which ends a sentence, where a lower-case line runs the measure (the structure joins
    the two halves round it, as round any float; a short one may be a table's header row).
    Not after a line that leaves a phrase open (``... as shown in`` / ``Figure 3. This
    ...`` goes on), nor after a block of one line (it would read as a heading, and may be
    a running head left in)."""
    prev, cur = g.prev, g.cur
    cut = g.block_lines >= 2 and last_word(prev.text).lower() not in _OPEN
    if cut and _page_edge(prev, cur) and _CAPTION.match(cur.text):
        return True, CAPTION_AT_TOP
    if g.block_why != CAPTION_AT_TOP or g.block_lines > g.p.caption_max_lines or not cur.text[:1].islower():
        return None
    if ends_sentence(prev.text) and cur.raw_length >= g.p.short_line_share * g.width:
        return True, "the text a caption interrupted goes on after it"
    return None


def _page_edge(prev: Line, cur: Line) -> bool:
    """A page ends between the lines: a form feed, or lines the furniture rules took out
    (a running head, a page number: the raw lines between them are neither blank nor kept)."""
    return cur.page != prev.page or cur.number - prev.number - 1 > cur.blank_before


def list_marker_alone(g: Gap) -> Verdict:
    """A bullet or number on a line of its own belongs to the text after it (``•`` / ``Review``).
    Not one that ends a block it did not open: the tail of a page range (``... Biotropica 3:
    125-`` / ``135.`` / ``IBGE. 2012. Fundação ...``)."""
    if not is_bare_marker(g.prev.text) or g.block_lines > 1:
        return None
    return False, "list marker joins its item"


def one_paragraph_per_line(g: Gap) -> Verdict:
    """Text that was never wrapped (pasted from a word processor: long lines, none going
    on in lower case) has one paragraph per line."""
    if g.layout.unwrapped and not g.cur.text[:1].islower():
        return True, "one paragraph per line (the text is not wrapped)"
    return None


def reference_entries(g: Gap) -> Verdict:
    """In a reference list every entry is a block, whatever the extractor did with blank
    lines: ``... https://doi.org/10.1126/science.aad9837`` / ``Ciscar, J.-C., Rising, J.``
    starts an entry; ``Science,`` / ``353(6304), aad9837`` does not. A "reference entry"
    longer than ``max_entry_lines`` is an appendix after the list: the usual rules decide.
    A line that is the last piece of a URL (``https://doi.org/10.32614/CRAN.package.`` /
    ``ReliaPlotR``) ends an entry as a URL does. After a blank line, an entry's first line
    starts one even where the entry before broke off (pdfminer read its rest elsewhere:
    ``... shortfalls of Brazilian`` / ``OLIVEIRA-FILHO, A.T. & FONTES, M.A.L. 2000.``; in a
    numbered list, ``_numbered_as_its_block``), but not where an author list goes on (``...,
    DEXTER, K.G.,`` / ``PENNINGTON, R.T., ...``)."""
    if not in_entry_list(g):
        return None
    numbered = g.cur.blank_before > 0 and _numbered_as_its_block(g)
    if not (ends_entry(g.prev.text) or g.prev_ends_url):
        opens = starts_entry(g.cur.text) or numbered
        if g.cur.blank_before and opens and not g.prev.text.endswith((",", "&", "-", ";")):
            return True, "a reference entry starts after a blank line"
        return False, "inside a reference entry"
    if starts_entry(g.cur.text) or numbered:
        return True, "a reference entry starts"
    if g.cur.text[:1].isupper() and fits(g.prev, g.cur, g.width, g.p.entry_end_slack):
        return True, "a reference entry ends on a short line"
    return False, "inside a reference entry"


# A numbered entry's opening: its number, then a capital (``41 American Diabetes
# Association.``, ``[13] Hopmans T-EJP``).
_NUMBERED_OPENING = re.compile(r"^\[?\d{1,3}[.)\]]?\s+[A-ZÀ-ÖØ-Þ]")
# ... then an author no name pattern knows: an organisation's words up to a stop (``41
# American Diabetes Association.``), a surname and initials with a hyphen (``13 Hopmans
# T-EJP,``). Not an entry's edition, supplement or place (``2 Ed. rev.``, ``32 Brasília,``).
_NUMBERED_AUTHOR = re.compile(
    r"^\[?\d{1,3}[.)\]]?\s+"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [\w'’&()-]+){1,5}\.\s|[A-ZÀ-ÖØ-Þ][^\W\d_]+ [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ-]{0,6},)"
)


def _numbered_as_its_block(g: Gap) -> bool:
    """In a numbered list (its block's first line opens on a number and a capital), a line
    that opens on a number and an author no name pattern knows opens an entry: an
    organisation (``41 American Diabetes Association. Management of ...``), initials with a
    hyphen (``13 Hopmans T-EJP, van Houten CB``)."""
    first = g.block_first
    return first is not None and bool(_NUMBERED_OPENING.match(first.text)) and bool(_NUMBERED_AUTHOR.match(g.cur.text))


def list_item(g: Gap) -> Verdict:
    """``2. Using weather and climate data: ...`` after a closed line starts a list item:
    after a sentence end, another item, a line the marker would have fitted on, or a blank.
    (``bracket_goes_on`` asks first: ``Glucksmann (1982, p.`` / ``97) -y también ...`` is a
    page closing a bracket, not item 97.)"""
    if not is_list_start(g.cur.text):
        return None
    prev, cur = g.prev, g.cur
    first = g.block_first
    if first is not None and not cur.blank_before and _CAPTION.match(first.text) and _PART.match(cur.text):
        return False, "a caption's next part"  # ``Figura 2. a. Riqueza ... na área A.`` / ``b. Riqueza ...``
    if _runs_in(cur.text):
        return None  # ``a) no cronotopo do Júri, ... acusativos; b)``: the sentence enumerates
    after_closed_line = g.sentence_end or is_list_start(prev.text) or fits(prev, cur, g.width, g.p.list_item_slack)
    return (True, "list item starts") if after_closed_line or cur.blank_before >= 1 else None


def item_goes_on(g: Gap) -> Verdict:
    """A line between two items of a bulleted list goes on in the item above it, however
    its line before ends: the next line opens with the bullet that opened this item
    (pypdf, the journal's PDF: ``• Data Management: What is data management? How should I
    back up my data?`` / ``How should I share my data?`` / ``• Code and Software: ...``;
    the items' indented measure, lost in the text, is why the question wrapped). A
    paragraph does not stand between the items of one list; a line ending on a colon
    brings in the next list (``• Manuscripts: ...`` / ``The approach is to emphasise a set
    of shared principles across the episodes:`` / ``• Planning how to work ...``), and a
    box of its own, where blank lines part the boxes, or a line running most of the measure
    (``heading_max_share``: the rest of a wrapped line is short), is a block of its own."""
    first = g.block_first
    if first is None or not g.ahead or first.text[:1] not in BULLET_GLYPHS or first.text[1:2] != " ":
        return None
    if g.layout.blank_marks_ends and g.cur.blank_before or not g.ahead[0].text.startswith(first.text[:2]):
        return None
    if g.cur.text.endswith(":"):
        return None  # the next list's lead-in: ``The approach is to emphasise ... the episodes:``
    if len(g.cur.text) >= g.p.heading_max_share * g.width:
        return None  # a sentence of its own: ``Three further habits are introduced in ...``
    return False, "a list item's wrapped end: its list's next item follows"


def _runs_in(text: str) -> bool:
    """The line opens with a letter's marker and the next letter's follows inside it, after
    a semicolon or a comma: an enumeration run into its sentence (``a) no cronotopo do Júri,
    os discursos ... acusativos; b)``), not a list set item under item."""
    m = _LETTER_ITEM.match(text)
    if m is None:
        return False
    nxt = chr(ord(m.group(2)) + 1)
    return re.search(rf"[;,]\s+\(?{nxt}\)(?:\s|$)", text) is not None


_ABSTRACT_PARTS = vocab.all_of(vocab.ABSTRACT_PARTS)


def keyword_list(g: Gap) -> Verdict:
    """A keyword list's line opens a block of its own, whatever ends the line before it:
    nothing goes on into its label, and no list goes on from an affiliation, a title or an
    abstract. pdftotext on two columns gives an affiliation across both columns, a blank
    line, then the list (jose.00143 set anew: ``Institute for Artificial Intelligence and
    Data Science, University at Buffalo, The State University of New York`` / ``Keywords:
    Git; LaTeX; ...``): a full line that ends no sentence, read as going on."""
    if g.in_references or _KEYWORD_LIST.match(g.cur.text) is None:
        return None
    return True, "a keyword list starts"


# The label in a capital, then a colon, or a dash before the first keyword's capital
# (``Index Terms—Reinforcement learning``): not ``Subjects—all of them adults ...`` nor
# ``Keywords-based retrieval is ...`` in a sentence.
_KEYWORD_LIST = re.compile(rf"^(?=[A-ZÀ-Þ])(?i:{KEYWORD_LABEL})\s*(?::|[—–]\s*[A-ZÀ-Þ])")


def labelled_part(g: Gap) -> Verdict:
    """A part of a structured abstract or of the back matter starts, its label run in,
    after a sentence's end, however full the line before it: ``... em São Paulo.`` /
    ``Métodos: Estudo de caso ...``, ``... by the Ministry.`` / ``Conflicts of interest:
    none.``. The label is at most ``label_max_words`` words before a colon: an abstract
    part's (words of ``vocab.ABSTRACT_PARTS`` and function words: ``Objetivo``,
    ``Conclusões e implicações para a prática``) or a section's known name
    (``Financiamento``)."""
    if g.in_references or ":" not in g.cur.text[:80] or not g.sentence_end:
        return None
    label = g.cur.text.split(":", 1)[0]
    words = label.lower().split()
    if not words or len(words) > g.p.label_max_words or not label[:1].isupper():
        return None
    # Every word a part's or a function word: not ``Methods differ in one respect: ...``,
    # ``Resultados de Silva (2019: 45) ...``, ``Results are at https://...``.
    part = words[0] in _ABSTRACT_PARTS and all(w in _ABSTRACT_PARTS or w in FUNCTION_WORDS for w in words)
    return (True, "a labelled part starts") if part or is_section_name(label) else None


def blank_between_boxes(g: Gap) -> Verdict:
    """pdfminer puts a blank line between text boxes; a box boundary after a closed line
    is a paragraph break, but a box that starts mid-sentence (after a full line with no
    sentence end) is the same paragraph split by a figure, a link or a page. A box that
    opens in lower case goes on, unless a sentence ended and it opens on a function's name
    (``... or rt() functions.`` / ``ram() is a quick reference ...``)."""
    if not (g.layout.blank_separates and g.cur.blank_before >= 1):
        return None
    if g.cur.text[:1].islower() and not _opens_on_call(g):
        return False, "blank line inside a sentence"
    if g.sentence_end or fits(g.prev, g.cur, g.width, g.p.box_slack):
        return True, "blank line between boxes"
    if _line_box(g):
        return True, "a box of one line before a box: a heading set apart"
    return False, "blank line inside a sentence"


def _line_box(g: Gap) -> bool:
    """``prev`` is a box of its own, one line between blank lines, shaped as a heading (a
    capital, no stop, ``heading_max_words`` words at most) and ``cur`` opens the next box
    in a capital: pdfminer's box of a heading (``Remote sensing observations from
    satellites`` / ``This chapter introduces ...``), not on a function word (``... courses
    offered by``). A sentence a box split goes on from a box of prose, not a line alone."""
    prev = g.prev.text
    if g.block_lines != 1 or (g.prev.blank_before < 1 and not g.prev.page_start) or not g.cur.text[:1].isupper():
        return False
    if FIGURE_CAPTION.match(g.cur.text):
        return False  # a drawing's own title above its caption (``figures`` keeps or reports it)
    if _CAPTION_LABEL.match(prev):
        return False  # ``Table 1`` / ``Mean values of ...``: a caption's label and its text
    if g.prev.raw_length >= g.p.line_box_max_share * g.width:
        # A full line at a column's foot goes on in the next box, unless it is a heading in
        # title case that fills a narrow column (``Spatial Distribution and Spatial Analysis``).
        if g.prev.raw_length > g.width or not looks_like_heading(prev, g.p):
            return False
    words = prev.split()
    return prev[:1].isupper() and prev[-1:].isalnum() and len(words) <= g.p.heading_max_words and words[-1] not in _OPEN


def wider_gap(g: Gap) -> Verdict:
    """Double-spaced text has a blank line after every line; two after a sentence end mark
    a paragraph (the seed: ``... fostering their ties.`` / two blank lines / ``Moscow``)."""
    if g.layout.double_spaced and g.cur.blank_before >= g.p.paragraph_blank_lines and g.sentence_end:
        return True, "wider gap after a sentence end"
    return None


def extra_trailing_space(g: Gap) -> Verdict:
    """Word's PDF export ends a paragraph's last line with an extra space (the seed:
    ``policy options.  `` against ``... an `` on wrapped lines)."""
    trailing = g.prev.trailing
    if trailing > g.layout.base_trailing and trailing >= g.p.extra_trailing_spaces and g.sentence_end:
        return True, "extra trailing space after a sentence end"
    return None


def bracket_goes_on(g: Gap) -> Verdict:
    """A bracket left open at the line's end closes on the next line: one sentence, whatever
    the line's length (``... (GLUCKSMANN, 1982, p.`` / ``137) de la realidad ...``, ``(Charlie,
    7 anos;`` / ``Lola, 4 anos)``). The abbreviation's stop is no sentence end there, and
    ``137)`` no list number."""
    prev, cur = g.prev.text, g.cur.text
    for left, right in ("()", "[]"):
        if prev.count(left) > prev.count(right):
            close, reopen = cur.find(right), cur.find(left)
            if close >= 0 and (reopen < 0 or close < reopen):
                return False, "a bracket open on the line before closes here"
    return None


def rest_of_a_split_line(g: Gap) -> Verdict:
    """pdfminer splits a justified printed line where the space after a sentence's stop is
    stretched wide: ``tion) and type-hints (checked by mypy). In a similar`` comes out as
    ``... (checked by mypy).`` / ``In a similar`` / ``manner, though we emphasise ...``
    (jose.00239 in two columns). The short line is no printed line of its own: the next
    line goes on its sentence in lower case and its first word would have fitted after it;
    and it fits after the line before, whose rest it is. The stop there ends a sentence, not
    the paragraph. Only on three lines that follow each other in the input, nothing between
    them (a blank line, a page's number: ``... relações dialógi-`` / ``cas.`` / ``4`` /
    ``1 ADD: pressupostos teórico-`` / ``metodológicos``), not on a function's name
    (``ule.`` / ``rel() - reliability function`` / ``avail() - availability``: a list of
    calls), a numbered heading (``2.4 Software`` / ``lme4 was used ...``) or a display
    equation (``Y = Xβ + Zu + ε`` / ``where X is ...``), and only before a full line:
    pdftotext spreads a justified line one word per line (``ure 1).`` / ``Males`` /
    ``predominated`` / ``(n``, rsp-59-e1), and there the short line opens a paragraph as
    often as not."""
    nxt = g.ahead[0] if g.ahead else None
    if nxt is None or not (g.sentence_end and nxt.text[:1].islower()):
        return None
    if not (g.prev.number + 1 == g.cur.number == nxt.number - 1 and g.prev.page == nxt.page):
        return None
    cur = g.cur.text
    if _CALL_FIRST.match(cur) or NUMBERED_HEADING.match(cur) or is_equation(cur, g.p.equation_max_words):
        return None
    if len(g.ahead) > 1 and fits(nxt, g.ahead[1], g.width, g.p.fit_slack):
        return None  # the next line is no full line either: a line spread word by word
    rest_fits = g.prev.raw_length + 1 + g.cur.raw_length <= g.width
    if rest_fits and fits(g.cur, nxt, g.width, g.p.fit_slack):
        return False, "the rest of the line before (the extractor split a printed line at a wide space)"
    return None


def sentence_end_with_room(g: Gap) -> Verdict:
    """The fit test: a sentence ends and the next word would have fitted on this line, so
    the typesetter ended the paragraph here (``counterterrorism.`` / ``In the Eurasian``).
    Where blank lines mark where blocks end (``Layout.blank_marks_ends``), one ending without
    a blank line needs ``fit_slack`` to spare; elsewhere a full stop's line needs only
    ``open_fit_slack`` (``... Mendonça (2003).`` / ``Assim como``: 47 of 48 characters).
    A sentence may open in lower case with a function's name (``functions.`` / ``ram() is
    a quick reference ...``): a call is no word going on."""
    opens = not g.cur.text[:1].islower() or _opens_on_call(g)
    # Where blank lines do not mark block ends, a full stop's line is judged by itself (a
    # colon goes on to its list or quotation more often than it ends a paragraph), before a
    # capital letter, perhaps after a bracket or a quotation mark (not ``Fig.`` / ``2 do
    # estudo``), and after no abbreviation (``et al.``).
    open_text = (
        not g.layout.blank_marks_ends
        and g.cur.text.lstrip(OPENERS)[:1].isupper()
        and ends_full_stop(g.prev.text)
        and not ends_abbreviation(g.prev.text)
    )
    slack = g.p.open_fit_slack if open_text else g.p.fit_slack
    if g.cur.text[:1].isdigit() and ends_abbreviation(g.prev.text):
        return None  # a number's abbreviation and its number: ``como mostra a Fig.`` / ``2 do estudo``
    if opens and g.sentence_end and fits(g.prev, g.cur, g.width, slack):
        return True, "sentence end on a short line (the next word would have fitted)"
    return None


# A function's name and its bracket opening a line: ``ram() is``, ``get_grades() encapsulates``.
_CALL_FIRST = re.compile(r"[a-z_][\w.]*\(")
# A line that ends on an abbreviation's stops (``i.e.``, ``e.g.``) ends no sentence before it.
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[^\W\d_]\.){2,}$")


def _opens_on_call(g: Gap) -> bool:
    """``cur`` opens on a function's name, in lower case, after a sentence's end: a sentence
    may start so (``... or rt() functions.`` / ``ram() is a quick reference ...``), not after
    an abbreviation (``i.e.``, ``et al.``)."""
    prev = g.prev.text
    if _CALL_FIRST.match(g.cur.text) is None or not g.sentence_end:
        return False
    return not (_ABBREVIATION_END.search(prev) or ends_abbreviation(prev))


def sentence_end_on_joined_lines(g: Gap) -> Verdict:
    """The fit test on a line the extractor joined from printed lines (pdftotext joins a
    word broken at a hyphen, and the lines around it: ``... derived from Argo data.``, 68
    characters on a measure of 54, is ``... information de-`` / ``rived from Argo data.``):
    a sentence ends and the next word would have fitted after the last printed part, at its
    longest (``layout.last_printed_part``), so the paragraph ended there (``The target
    audience of the AoS ...``). Only in a text whose extractor joins lines so
    (``Layout.joins_hyphens``): elsewhere a long line is a table's row or two columns; only
    after a full stop (a semicolon ends a note's clause: ``... e língua portuguesa;`` /
    ``Índios integrados: ...``), never inside a reference entry (a title's stop before its
    journal's name)."""
    if not (g.layout.joins_hyphens and g.cur.text[:1].isupper() and ends_full_stop(g.prev.text)):
        return None
    if g.block_first is not None and starts_entry(g.block_first.text):
        return None  # a reference entry's title ends on a stop before its journal's name
    tail = last_printed_part(g.prev, g.width, g.p)
    if tail < g.prev.raw_length and fits(g.prev, g.cur, g.width, g.p.fit_slack, tail):
        return True, "sentence end with room after the last printed line of lines the extractor joined"
    return None


def short_line_before_capital(g: Gap) -> Verdict:
    """A line far shorter than its measure, followed by a capitalised line, ended a block
    even without a full stop (a list item or a title: ``... analyze data`` / ``These``)."""
    if g.prev.text.endswith((",", "-", "‐", "&")) or not g.cur.text[:1].isupper():
        return None
    if fits(g.prev, g.cur, g.width, g.p.short_line_slack):
        return True, "short line before a capitalised line"
    return None


def indented_start(g: Gap) -> Verdict:
    """An indented first line after a sentence end starts a paragraph (``... many data.`` /
    ``    Different datasets such as``)."""
    prev, cur = g.prev, g.cur
    if cur.indent >= prev.indent + g.p.indent_step and cur.text[:1].isupper() and g.sentence_end:
        return True, "indented first line after a sentence end"
    return None


# The corrections file's rules come first, for the documents that have one (``rules_for``).
CORRECTION_RULES: list[BreakRule] = [forced_split, forced_merge]
BREAK_RULES: list[BreakRule] = [
    caption_label_alone,
    after_heading,
    numbered_equation,
    note_at_page_foot,  # (before ``lower_case_goes_on``: the text a note interrupted goes on)
    lower_case_goes_on,
    broken_word,
    broken_url,
    punctuation_goes_on,
    database_label_goes_on,
    after_list_read_last,
    caption_at_page_top,
    list_marker_alone,
    one_paragraph_per_line,
    reference_entries,
    bracket_goes_on,
    list_item,
    item_goes_on,
    keyword_list,
    labelled_part,
    blank_between_boxes,
    wider_gap,
    extra_trailing_space,
    rest_of_a_split_line,
    sentence_end_with_room,
    sentence_end_on_joined_lines,
    short_line_before_capital,
    indented_start,
]


def rules_for(fixes: Corrections) -> list[BreakRule]:
    """``BREAK_RULES``, after ``CORRECTION_RULES`` when the corrections file forces paragraphs."""
    return [*CORRECTION_RULES, *BREAK_RULES] if fixes.split_before or fixes.merge_before else BREAK_RULES


def is_break(g: Gap, rules: list[BreakRule] = BREAK_RULES) -> tuple[bool, str]:
    """Does a block boundary fall in ``g``? ``rules`` in order; the reason too."""
    for rule in rules:
        verdict = rule(g)
        if verdict is not None:
            return verdict
    return False, WRAPPED
