"""Headings: lines set apart like headings, found before any line is joined (a heading is
never fused into the paragraph after it).

A line is a heading when it is short, its *shape* says so (``SHAPE_RULES``: a few words,
unpunctuated, capitalised or numbered: ``Introduction``, ``2.1 Data sources``) and its
*place* does (:func:`set_apart`: after a line that closed its block, before a line that
starts one).

``SHAPE_RULES`` run in order; the first rule with an opinion (True or False) decides, and
the last always has one. A new heading shape (a language's own numbering, OCR's spaced
capitals) is a new rule in that list; a new heading word belongs in ``galley.vocab``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from galley import vocab
from galley.clean import urls
from galley.clean.columns import is_prose
from galley.clean.layout import Layout, closed, fits
from galley.clean.shapes import (
    DATABASE_LABEL,
    HYPHENS,
    NUMBERED_HEADING,
    RELATION,
    closes_unopened,
    ends_sentence,
    is_bare_marker,
    last_word,
    next_numbers,
)
from galley.model import Line, Repair
from galley.params import CleanParams

# ``text, its words, params -> verdict``: True (a heading), False (not one), None (no opinion).
ShapeRule = Callable[[str, list[str], CleanParams], bool | None]

_OPEN_ENDINGS = vocab.all_of(vocab.OPEN_ENDINGS)
_LETTER = re.compile(r"[^\W\d_]")
# (a slash between numbers alone is a year range or a law's number: ``2009/2010``,
# ``Lei nº 10.639/2003``; between a number and a letter, or after a DOI's prefix ``10.1590/``,
# a DOI or a path)
_URLISH = re.compile(r"https?:|www\.|doi\.org|\b10\.\d{4,9}/|\d/[^\W\d_]|[^\W\d_]/\d|@")


def word_count(text: str, words: list[str], p: CleanParams) -> bool | None:
    """A heading has a few words: a short line of fourteen words is the end of a paragraph."""
    return False if not words or len(words) > p.heading_max_words else None


def starts_low(text: str, words: list[str], p: CleanParams) -> bool | None:
    """A heading starts with a capital or a number: ``and the region`` goes on a sentence."""
    first = text[0]
    return False if not (first.isupper() or first.isdigit()) else None


def open_ending(text: str, words: list[str], p: CleanParams) -> bool | None:
    """A phrase cannot end on a function word: ``CAMS European Air Quality forecasts and``
    goes on (the words: ``vocab.OPEN_ENDINGS``)."""
    return False if words[-1] in _OPEN_ENDINGS else None


def sentence_punctuation(text: str, words: list[str], p: CleanParams) -> bool | None:
    """A line ending in a full stop, a comma, a semicolon or a hyphen is prose, unless it is
    a section number (``3.``, ``2.1.``, ``IV.``: the number ends in the stop) or a numbered
    heading set with a stop (``3. Results.``, ``2.2 Sampling, storage and analysis.``). A
    bare number before a sentence of clauses or of many words is a note's (``4 ‘Bradshaw’s
    Railway Guide’, Punch, 14 March 1846, 112.``, ``3 The figure reproduces a page of
    Bradshaw’s guide for March 1846.``)."""
    if text.endswith((".", ",", ";", "-", "‐")):
        if NUMBERED_HEADING.match(text + " x") is None:
            return False
        note = _BARE_NUMBER.match(text) and ("," in text or len(words) > p.sentence_heading_max_words)
        if text.endswith(".") and note:
            return False
    return None


# A bare number before the text: a note's marker as a page's foot sets it (``4 Punch, ...``).
_BARE_NUMBER = re.compile(r"^\d{1,2} (?=\S)")


def closes_bracket(text: str, words: list[str], p: CleanParams) -> bool | None:
    """A line that closes a bracket it did not open (a list's marker aside: ``1) Penguin
    ...``) goes on the line before: a speaker's attribution wrapped after its first name
    (``(Charlie, 7 anos;`` / ``Lola, 4 anos)``)."""
    return False if closes_unopened(text) else None


def bare_marker(text: str, words: list[str], p: CleanParams) -> bool | None:
    """A list marker alone (``1.``, ``•``) belongs to the item after it."""
    return False if is_bare_marker(text) else None


def urlish(text: str, words: list[str], p: CleanParams) -> bool | None:
    """A URL, a DOI, an e-mail address or a path (``https://doi.org/10.21105/``) is no
    heading, nor a reference entry's database label (``PMid:``)."""
    return False if _URLISH.search(text) or DATABASE_LABEL.match(text) else None


def formula(text: str, words: list[str], p: CleanParams) -> bool | None:
    """A relation between two sides is a formula's line, no heading: ``Yi = α + βDi + γXi +
    εi``, ``ΔG = ΔH − TΔS`` (a short line before it would set it apart)."""
    return False if RELATION.search(text) else None


def few_letters(text: str, words: list[str], p: CleanParams) -> bool | None:
    """A heading has words: ``2.1``, ``(a)``, ``10 %`` have too few letters."""
    return False if len(_LETTER.findall(text)) < p.heading_min_letters else None


def numbered(text: str, words: list[str], p: CleanParams) -> bool | None:
    """A section number then words is a heading (``2.1 Data sources``, ``IV. RESULTS``),
    whatever the case of its words, unless it ends in a comma or a semicolon."""
    if not NUMBERED_HEADING.match(text):
        return None
    return sum(c.isalpha() for c in text) >= p.heading_min_letters and not text.endswith((",", ";"))


def long_question(text: str, words: list[str], p: CleanParams) -> bool | None:
    """A long line ending in ``?``, ``!`` or ``:`` is a sentence (``Which of the following
    datasets did you use in the course?``); a short one may be a heading (``Why Python?``)."""
    if text.endswith(("?", "!", ":")) and len(words) > p.heading_max_question_words:
        return False
    return None


def title_case(text: str, words: list[str], p: CleanParams) -> bool:
    """The last word: a few words in any case (``Data and code``), or a longer title with
    most long words capitalised (``Ever-Changing Global Realities of the Region``)."""
    long_words = [w for w in words if len(w) >= p.heading_long_word_chars]
    caps = sum(1 for w in long_words if w[0].isupper())
    return len(words) <= p.heading_any_case_words or caps >= p.heading_capital_share * len(long_words)


# The rules that can only say "no" come first, in any order (the cheapest first); then
# the numbered heading, the long question and the title case decide.
SHAPE_RULES: list[ShapeRule] = [
    starts_low,
    sentence_punctuation,
    closes_bracket,
    word_count,
    open_ending,
    bare_marker,
    urlish,
    formula,
    few_letters,
    numbered,
    long_question,
    title_case,
]


def looks_like_heading(text: str, p: CleanParams) -> bool:
    """A few words, unpunctuated, capitalised or numbered: ``Introduction``, ``2.1 Data sources``."""
    words = text.split()
    for rule in SHAPE_RULES:
        verdict = rule(text, words, p)
        if verdict is not None:
            return verdict
    return False


_SECTION_NAMES = vocab.all_of(vocab.OPENING) | vocab.all_of(vocab.SECTIONS) | vocab.all_of(vocab.REFERENCES)


def reference_heading_at(lines: Sequence[Line]) -> int:
    """The index of the first reference list's heading (``References``, ``Referências``)
    among ``lines``, or ``len(lines)`` where there is none."""
    return next((i for i, ln in enumerate(lines) if vocab.is_reference_heading(ln.text)), len(lines))


def is_section_name(text: str) -> bool:
    """``References``, ``3. Results``, ``ACKNOWLEDGMENTS``: a section's name the vocabulary
    knows, alone on the line."""
    return vocab.heading_words(text) in _SECTION_NAMES


def open_ended(text: str) -> bool:
    """The line breaks off on a function word (``... the section on``)."""
    return text.rsplit(" ", 1)[-1].lower() in _OPEN_ENDINGS


def set_apart(lines: Sequence[Line], i: int, found: set[int], width: int, layout: Layout, p: CleanParams) -> bool:
    """Line ``i`` stands apart: the line before it closed its block (a short line, a
    sentence end, a heading, a blank line between boxes) and the line after it starts a
    block (not in lower case; and it did not fit on line ``i``, unless ``i`` is indented).
    A section's well-known name (``REFERENCES``, ``Acknowledgements``) needs no closed line
    before it, only a line that did not break off mid-phrase (``... 307571/2019-0`` /
    ``REFERENCES`` / ``Ahmad, I.``: grant numbers end no sentence), nor a line after it
    that opens a block when a blank line parts them. The text of a list item
    whose marker stands alone on the line before is not, nor the rest of a URL
    (``https://github.com/nick1627/`` / ``RelativityVisualisation``)."""
    ln = lines[i]
    prev = lines[i - 1] if i else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    url_rest = prev is not None and urls.goes_on(last_word(prev.text), ln.text, p, apart=ln.blank_before > 0)
    if prev is not None and (is_bare_marker(prev.text) or url_rest):
        return False  # a list item's text, or the rest of a URL broken at the line end
    after_block_end = (
        prev is None
        or (i - 1) in found
        or closed(prev, ln, width, p)
        or (layout.blank_separates and ln.blank_before >= 1)
        or ends_sentence(prev.text)
        or (is_section_name(ln.text) and not prev.text.endswith(("-", "‐", ",")) and not open_ended(prev.text))
    )
    before_block_start = nxt is None or (
        not nxt.text[:1].islower() and (fits(ln, nxt, width, p.fit_slack) or ln.indent > 0)
    )
    # A section's name, capitalised, with a blank line under it is one even when the text
    # after it goes on in lower case: two columns read out of order (``Acknowledgements`` /
    # ``educators, and that no single ...``, the other column's text).
    named = (
        nxt is not None
        and nxt.blank_before >= 1
        and ln.text[:1].isupper()
        and is_section_name(ln.text)
        and not vocab.is_reference_heading(ln.text)  # (the list would take the other column's text)
    )
    return after_block_end and (before_block_start or named)


def wrapped_numbered(lines: Sequence[Line], i: int, found: set[int], widths: list[int], p: CleanParams) -> bool:
    """Lines ``i`` and ``i + 1`` are one numbered heading the typesetter wrapped in a narrow
    column: ``1 ADD: pressupostos teórico-metodológicos e`` / ``princípios conceituais
    orientadores``, ``3.1 Do grande cronotopo ao cronotopo do Tri-`` / ``bunal do Júri``.
    Each line alone fails the heading shape (an open ending, a hyphen, a lower-case start);
    the evidence is the pair: a section number, a first line that wrapped (the next word
    did not fit on it), a second line that ended early and unpunctuated (the next word would
    have fitted on it, or the next numbered heading follows) where the text after it starts a
    block, and
    few enough words in all. A page never ends on a heading (a typesetter keeps it with its
    text): a pair that ends its page is a note at the page's foot (``1 We will use the term
    ML when talking about both ML and DL in`` / ``this article``)."""
    if i + 2 >= len(lines) or i in found or (i + 1) in found:
        return False
    first, second, after = lines[i], lines[i + 1], lines[i + 2]
    if not NUMBERED_HEADING.match(first.text) or second.text.endswith((".", ",", ";", ":", *HYPHENS)):
        return False
    if after.page != second.page:
        return False
    if fits(first, second, widths[i], p.fit_slack) or after.text[:1].islower():
        return False
    if i >= 1 and (i - 1) not in found and not ends_sentence(lines[i - 1].text):
        return False
    whole = (first.text[:-1] if first.text.endswith(HYPHENS) else first.text + " ") + second.text
    words = whole.split()
    if len(words) > p.wrapped_heading_max_words or words[-1] in _OPEN_ENDINGS or _URLISH.search(whole):
        return False
    return (
        (i + 2) in found or bool(NUMBERED_HEADING.match(after.text)) or fits(second, after, widths[i + 1], p.fit_slack)
    )


def find_headings(lines: Sequence[Line], widths: list[int], layout: Layout, p: CleanParams) -> set[int]:
    """The positions of the lines shaped and placed like headings. Only short lines are
    candidates: at most ``heading_short_chars``, or ``heading_max_share`` of the measure
    (``The research often features weather regression modeling`` on a full line is prose)."""
    found: set[int] = set()
    refs = reference_heading_at(lines)  # (a reference list's titles are often capitalised throughout)
    for i, ln in enumerate(lines):
        n = len(ln.text)
        short = n <= p.heading_short_chars or n <= p.heading_max_share * widths[i]
        # A section number is shape enough: in a narrow column its heading may run the line.
        short = short or (n <= widths[i] and bool(NUMBERED_HEADING.match(ln.text)))
        if not short and i < refs and n <= widths[i] and capitalised_throughout(ln, p):
            short = ln.text.isupper() or _paragraph_after(lines, i, widths, p)
        if short and looks_like_heading(ln.text, p) and set_apart(lines, i, found, widths[i], layout, p):
            found.add(i)
        elif before_new_sentence(lines, i, found, widths[i], p):
            found.add(i)
    return found


FUNCTION_WORDS = vocab.all_of(vocab.FUNCTION_WORDS)
# A sentence's end inside a line: ``Sim! [empurrando``, ``... the data. Then``; not ``2.1 Data``.
_INNER_STOP = re.compile(r"[.!?] ")


def opens_with_function_word(text: str) -> bool:
    """The line opens with a function word written with a capital, then a word in lower
    case (``In administration``, ``Para avaliação``, ``The results``): a sentence starts
    there, for no sentence goes on with a capitalised ``In``. Before a capital the two are
    a name the sentence may go on with (``strong`` / ``El Niño conditions``, ``The
    Lancet``, ``Los Angeles``); one letter is too often a name's (``hepatitis`` / ``C
    mortality``)."""
    parts = text.split(" ", 2)
    word = parts[0]
    if len(parts) < 2 or len(word) < 2 or not (word.istitle() and word.isalpha()):
        return False
    return word.lower() in FUNCTION_WORDS and parts[1][:1].islower()


def capitalised_throughout(line: Line, p: CleanParams) -> bool:
    """Every long word of the line capitalised, at least ``title_min_capitals`` of them, no
    comma (names in a list), no word of symbols alone (``%``, ``±``: a table's header) and
    no indent (a reference's hanging title in layout text):
    ``Part 1: Introduction to PEST and the Gauss-Levenberg Marquardt Approach`` (71
    characters of 88). Such a line may run most of its measure and still be a heading, when
    a paragraph follows it (``_paragraph_after``) or it is set in capitals. Only above the
    reference list, whose titles are often capitalised so."""
    words = line.text.split()
    if "," in line.text or line.indent or not all(any(c.isalnum() for c in w) for w in words):
        return False  # (a table's header: ``Hormone Vessels Magnitude % Hyperhydric Shoots``)
    long_words = [w for w in words if len(w) >= p.heading_long_word_chars]
    return len(long_words) >= p.title_min_capitals and all(w[0].isupper() for w in long_words)


def _paragraph_after(lines: Sequence[Line], i: int, widths: list[int], p: CleanParams) -> bool:
    """The line after line ``i`` is prose that runs most of its measure: a paragraph's first
    line, not a heading's second (``Part 1: ... Marquardt`` / ``Approach``) nor a table's
    next row (``BA+GA3 3.0+2.0 Small 45.6 ...``: ``columns.is_prose``, too few letters)."""
    if i + 1 >= len(lines):
        return False
    text = lines[i + 1].text
    return is_prose(text, p) and len(text) >= p.heading_max_share * widths[i + 1]


def before_new_sentence(lines: Sequence[Line], i: int, found: set[int], width: int, p: CleanParams) -> bool:
    """Line ``i`` is a heading in sentence case that nearly fills a narrow column, where
    neither its length nor the room left on it tells it from prose: ``Perspectives that
    seek to measure moral virtues`` (47 characters on a measure of 51, set in a larger
    font) / ``In administration, studies of ...``. The words around it do: the text before
    it ends a sentence (not on a colon), it ends unpunctuated, and the line after it opens
    a new sentence (:func:`opens_with_function_word`), so it cannot be a paragraph's first line. Its
    words need not be capitalised, but there are at most ``sentence_heading_max_words``."""
    if i == 0 or i + 1 >= len(lines) or lines[i].raw_length > width:
        return False
    ln, prev = lines[i], lines[i - 1]
    if not ends_sentence(prev.text) or prev.text.endswith(":") or ln.text.endswith(":"):
        return False  # (after a colon comes what it announces: ``DD = Σ(...) (1)``)
    if ends_sentence(ln.text):
        return False  # a sentence of one line before its citation: ``... than women.4,5``
    if _INNER_STOP.search(ln.text) or ": " in ln.text:
        return False  # sentences, or what a colon brings in: ``Charlie: Sim! [empurrando ...]``
    if not opens_with_function_word(lines[i + 1].text) or (ln.page != lines[i + 1].page):
        return False
    if len(ln.text.split()) > p.sentence_heading_max_words:
        return False
    return looks_like_heading(ln.text, replace(p, heading_any_case_words=p.sentence_heading_max_words))


_SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s")


def in_sequence(lines: Sequence[Line], found: set[int], p: CleanParams) -> set[int]:
    """Numbered headings the place rules missed because they fill a narrow column's line
    (the next word would not have fitted, so the line may be a wrap: ``3.5. Effect of vessels magnitude on
    hyperhydricity`` / ``The determination of this experiment ...``, bjb-83), taken on
    the outline's evidence: the number comes right after the last numbered heading found
    (``3.4`` after ``3.3``: ``shapes.next_numbers``), after a sentence's end and before a line that starts a block."""
    out: set[int] = set()
    last = ""
    for i, ln in enumerate(lines):
        m = _SECTION_NUMBER.match(ln.text)
        if not m:
            continue
        if i in found:
            last = m.group(1)
            continue
        if not last or m.group(1) not in next_numbers(last) or i + 1 >= len(lines):
            continue
        prev_done = i == 0 or (i - 1) in found or ends_sentence(lines[i - 1].text)
        if prev_done and not lines[i + 1].text[:1].islower() and looks_like_heading(ln.text, p):
            out.add(i)
            last = m.group(1)
    return out


def wrapped_in_sequence(
    lines: Sequence[Line], found: set[int], tails: set[int], widths: list[int], p: CleanParams
) -> None:
    """Numbered headings wrapped onto up to ``wrapped_heading_max_lines`` lines, which no
    line's shape or place gives away, taken on the outline's evidence (:func:`in_sequence`):
    ``3 A educação como direito: perspectivas e`` / ``desafios da educação especial na
    perspectiva`` / ``da educação inclusiva`` after ``2 Aspectos metodológicos``. The
    number comes next in the outline (and no heading of that number comes later), after a
    sentence's end; the run has at most ``wrapped_heading_max_words`` words, no stop or
    comma ends any of its lines, and its last line ended early (the next word would have
    fitted, or a blank line follows) before a line that does not go on in lower case, nor
    opens with the run's next number (notes, a list). Its first line joins ``found``, the
    others ``tails``."""
    numbered = [(i, m.group(1)) for i, ln in enumerate(lines) if (m := _SECTION_NUMBER.match(ln.text))]
    heading_at = {num: i for i, num in numbered if i in found}  # each number's last heading
    last = ""
    for i, num in numbered:
        if i in found:
            last = num
            continue
        if i in tails or not last or num not in next_numbers(last) or heading_at.get(num, -1) > i:
            continue  # (the outline's own section of that number comes later: a list's item)
        if i > 0 and (i - 1) not in found and (i - 1) not in tails and not ends_sentence(lines[i - 1].text):
            continue
        run = _numbered_run(lines, i, widths, p)
        if run and not _sibling_after(lines, i + run, num, found):
            found.add(i)
            tails.update(range(i + 1, i + run))
            last = num


def _sibling_after(lines: Sequence[Line], k: int, num: str, found: set[int]) -> bool:
    """The line after a numbered run opens with the run's next number at its depth (``4 A
    Lei nº ...`` after ``3 Informação obtida em ...``), and is no heading: the run is a
    note or a list item among others; a heading is followed by its text."""
    if k >= len(lines) or k in found:
        return False
    m = _SECTION_NUMBER.match(lines[k].text)
    if m is None:
        return False
    *head, end = num.split(".")
    return m.group(1) == ".".join([*head, str(int(end) + 1)])


def _numbered_run(lines: Sequence[Line], i: int, widths: list[int], p: CleanParams) -> int:
    """How many lines from ``i`` make one wrapped numbered heading (0: none)."""
    words = 0
    for k in range(i, min(i + p.wrapped_heading_max_lines, len(lines))):
        text = lines[k].text
        words += len(text.split())
        if words > p.wrapped_heading_max_words or text.endswith((".", ",", ";", ":", "!", "?")):
            return 0
        if k > i and (lines[k].page != lines[i].page or lines[k].blank_before or NUMBERED_HEADING.match(text)):
            return 0
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is None or nxt.page != lines[k].page:
            return 0  # (a page never ends on a heading)
        ended = nxt.blank_before > 0 or fits(lines[k], nxt, widths[k], p.fit_slack)
        if k > i and ended and not nxt.text[:1].islower() and text.split()[-1] not in _OPEN_ENDINGS:
            return k - i + 1
    return 0


def find_wrapped(lines: Sequence[Line], found: set[int], widths: list[int], p: CleanParams) -> set[int]:
    """The second lines of headings wrapped onto two lines (:func:`wrapped_numbered`,
    :func:`wrapped_capitals`); their first lines join ``found``."""
    tails: set[int] = set()
    taken = set(found)  # heading lines: the first lines found so far and their second lines
    # Two wrapped headings in a row (``3 Análise ...`` / ``3.1 Do grande ...``) each need the
    # other as their neighbour: the passes go on until one finds nothing new (two at most
    # on real text).
    # Only a line opening with a section number starts one: they are picked out once.
    numbered = [i for i in range(len(lines) - 2) if NUMBERED_HEADING.match(lines[i].text)]
    new = True
    while new:
        new = False
        for i in numbered:
            if wrapped_numbered(lines, i, taken, widths, p):
                found.add(i)
                tails.add(i + 1)
                taken.update((i, i + 1))
                new = True
    for i in range(len(lines) - 1):
        if i in tails or (i + 1) in tails:
            continue
        if (
            wrapped_capitals(lines, i, found)
            or stacked_capitals(lines, i, found, widths[i], p)
            or wrapped_early(lines, i, found, widths, p)
        ):
            found.add(i)
            tails.add(i + 1)
    return tails


def wrapped_early(lines: Sequence[Line], i: int, found: set[int], widths: list[int], p: CleanParams) -> bool:
    """Lines ``i`` and ``i + 1`` are one heading set in larger type than the text and
    wrapped before the text's measure: ``Course structure and learning`` / ``outcomes`` /
    ``The course is expected to take about 16 hours to com-`` (an A5 page of 51
    characters a line). Neither line alone is a heading: the first breaks off mid-phrase
    (on a function word, a hyphen, before a word in lower case). The evidence is the pair:
    the second line's first word would have fitted on the first at the text's size, so the
    first is set in other type (running text wraps only when the next word does not fit);
    the second ends early and unpunctuated; the text before it closed its block and the text
    after is a paragraph whose first line runs the measure, on the same page. Type twice
    the text's size at most: the pair broke where the text's measure was half full at least
    (``wrapped_early_min_share``; ``Teaching`` / ``notes`` is a table's narrow cell). After
    the paper's first heading only, and not right under it: a title in large type wraps
    early too (``Contribution of the Brazilian National Forest`` / ``Inventory to the
    knowledge of Cerrado woody`` / ``flora``, its first line taken for a heading)."""
    if i < 1 or i + 2 >= len(lines) or i in found or (i + 1) in found:
        return False
    before, first, second, after = lines[i - 1], lines[i], lines[i + 1], lines[i + 2]
    if first.text.endswith((".", ";", ":", "!", "?")) or second.text.endswith((".", ",", ";", ":", *HYPHENS)):
        return False
    if not (second.text[:1].islower() or first.text.endswith(HYPHENS) or open_ended(first.text)):
        return False  # two lines that each open a phrase: list items, table cells
    if after.page != second.page or not after.text[:1].isupper():
        return False
    if not _paragraph_after(lines, i + 1, widths, p):
        return False  # a short line after it: a table's cells one under another
    if not fits(first, second, widths[i], p.fit_slack) or not fits(second, after, widths[i + 1], p.fit_slack):
        return False
    if fits(first, second, round(widths[i] * p.wrapped_early_min_share), 0.0):
        return False  # wrapped in a narrow column, not in large type
    if (i - 1) not in found and not ends_sentence(before.text):
        return False
    whole = (first.text[:-1] if first.text.endswith(HYPHENS) else first.text + " ") + second.text
    if len(whole.split()) > p.wrapped_heading_max_words or _INNER_STOP.search(whole):
        return False  # (a dialogue's line: ``Charlie: Sim! [empurrando ...`` / ``da seringa] ...``)
    return _shaped_in_any_case(whole, p) and any(k < i - 1 for k in found)


def _shaped_in_any_case(text: str, p: CleanParams) -> bool:
    """``text`` has a heading's shape but perhaps its case: no rule but ``title_case`` says
    it is no heading (``Course structure and learning outcomes``: sentence case, five
    words). A heading wrapped early has its layout to tell it from prose."""
    words = text.split()
    for rule in (r for r in SHAPE_RULES if r is not title_case):
        verdict = rule(text, words, p)
        if verdict is not None:
            return verdict
    return True


def stacked_capitals(lines: Sequence[Line], i: int, found: set[int], width: int, p: CleanParams) -> bool:
    """Lines ``i`` and ``i + 1``, each a heading in capitals alone, are one heading wrapped
    after a full word: ``CASUÍSTICA E PROCEDIMENTOS`` / ``METODOLÓGICOS``, ``DIAGNÓSTICO E
    TRATAMENTO DO CÂNCER`` / ``DO COLO DO ÚTERO``. A section is never empty of text but
    for its first subsection, and a subsection is numbered or set in another case; so two
    unnumbered capital lines in a row, after a sentence's end, are one heading when the
    first is long enough to have wrapped (``stacked_heading_min_share`` of the measure: not
    ``O TRABALHO DOCENTE NA PANDEMIA`` / ``CONDIÇÕES DE TRABALHO`` on a wide page). Neither may
    be a section's well-known name (``RESUMO`` / ``ABSTRACT``), and the pair must come
    after the paper's first named section: above it an article type stands over a title
    in capitals (``ARTIGO ORIGINAL`` / ``IMPACTO DO ESTRESSE ...``)."""
    if i == 0 or i not in found or (i + 1) not in found or lines[i + 1].blank_before:
        return False  # (a blank line parts two blocks: ``AUTOR(ES)`` / / ``PRESSUPOSTOS ...``, table heads)
    if lines[i].raw_length < p.stacked_heading_min_share * width:
        return False  # it did not wrap: a section and its first subsection, both in capitals
    first, second = lines[i].text, lines[i + 1].text
    if not (first.isupper() and second.isupper()) or NUMBERED_HEADING.match(second):
        return False
    if not ends_sentence(lines[i - 1].text) or is_section_name(first) or is_section_name(second):
        return False
    if len((first + " " + second).split()) > p.wrapped_heading_max_words:
        return False
    return any(is_section_name(lines[k].text) for k in found if k < i)


def wrapped_capitals(lines: Sequence[Line], i: int, found: set[int]) -> bool:
    """Lines ``i`` and ``i + 1`` are one heading set in capitals, wrapped after a function
    word or inside a word: ``CONCLUSÃO E IMPLICAÇÕES PARA A`` / ``PRÁTICA``, ``MORAL
    VIRTUES ACCORDING TO THE TRADI-`` / ``TION OF VIRTUES ETHICS IN BUSINESS ETHICS``. The
    first line alone is no heading (it breaks off mid-phrase); the text before ends a
    sentence or is a heading, and the text after does not go on in lower case."""
    first, second = lines[i], lines[i + 1]
    broken = open_ended(first.text) or first.text.endswith("-")
    if not (first.text.isupper() and second.text.isupper() and broken):
        return False
    if i > 0 and (i - 1) not in found and not ends_sentence(lines[i - 1].text):
        return False
    return not (i + 2 < len(lines) and lines[i + 2].text[:1].islower()) and not ends_sentence(second.text)


# An abstract's label run into its first line: ``Abstract. We study ...`` (Springer),
# ``Abstract—Mobile edge computing ...`` (IEEE), ``Resumen: Este trabajo ...``, or a label in
# capitals before its text (``ABSTRACT Background: ...``). Its text opens a sentence.
_RUN_IN_LABEL = re.compile(
    rf"^(?P<label>{vocab.alternation(vocab.all_of(vocab.ABSTRACT))})"
    r"(?P<sep>\s*[:.—–]\s*|\s+[-–—]\s+|\s+)(?P<rest>[“\"‘(]?[^\W\d_].*)$",
    re.I,
)
RUN_IN_WHY = "an abstract's label run into its first line: set apart as its heading"


def split_run_in_labels(lines: list[Line], repairs: list[Repair], p: CleanParams) -> list[Line]:
    """``Abstract. We study the role of gradient noise ...`` -> ``Abstract`` / ``We study the
    role ...``: the label a line of its own, where the heading rules find it, and the
    structure stage the abstract under it. The text after the label opens a sentence (a
    capital) and runs ``run_in_label_min_words`` words or more; without a stop or a dash
    after it the label is in capitals and its text is not (``ABSTRACT Background: ...``;
    ``Abstract art in the 1950s``, ``SUMMARY OF THE MAIN RESULTS`` are no label). Only on
    the paper's first two pages, where its abstracts are (``Summary: The findings of these
    studies are mixed`` in the body is a sentence). Each split is a repair."""
    out: list[Line] = []
    front = lines[0].page + 1 if lines else 0
    for ln in lines:
        m = _RUN_IN_LABEL.match(ln.text) if ln.page <= front else None
        if m is None or not _runs_in(m, p):
            out.append(ln)
            continue
        label, rest = m.group("label"), m.group("rest")
        repairs.append(Repair("run-in-label", ln.number, ln.number, ln.text[:40], label, RUN_IN_WHY))
        body = replace(ln, text=rest, indent=ln.indent + m.start("rest"), blank_before=0, page_start=False)
        out += [replace(ln, text=label), body]
    return out


def _runs_in(m: re.Match[str], p: CleanParams) -> bool:
    label, sep, rest = m.group("label"), m.group("sep"), m.group("rest")
    if not (label[:1].isupper() and rest.lstrip('“"‘(')[:1].isupper()):
        return False
    if not sep.strip() and not (label.isupper() and not rest.split()[0].isupper()):
        return False
    return len(rest.split()) >= p.run_in_label_min_words
