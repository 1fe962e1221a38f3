"""The clean stage: raw lines -> units of cleaned text, plus every repair as evidence.

Steps, in order; each is an ordered list of small named rules run by a plain loop, in the
module of its name:

0. ``columns``: layout-mode text (``pdftotext -layout``) has its columns read one after
   the other;
1. ``characters``: per line, ligatures, mojibake, spaces, quotes, dashes (``RULES``);
2. ``furniture``: running heads/footers and page numbers, removed and reported (``RULES``);
   then ``figures``: a drawing's labels above its caption, removed and reported the same way;
   then ``markers``: a list's bullets read after their page's text, put back before their
   items (or removed and reported where the items cannot be told);
   then ``order``: a two-column page's right-column top, read before the left column's
   foot, put back after the line it goes on from;
   then ``compounds.junctions``: where pdftotext joined printed lines at a hyphen, the
   author's hyphen given back;
3. ``segment``: lines -> blocks: ``headings`` first (``SHAPE_RULES``), then a verdict at
   every other line end (``breaks.BREAK_RULES``), from the geometry ``layout`` measures;
4. ``joins``: each block's lines -> one text: hyphens (``hyphens.RULES``, with the word
   evidence of ``lexicon``), broken URLs, scripts without spaces (``JOIN_RULES``);
5. ``compounds``: hyphens an extractor dropped, given back.

Every threshold is a field of ``galley.params.CleanParams`` (with a boundary test in
``tests/clean/test_clean_params.py``); every word list is in ``galley.vocab``. ``shapes`` holds the
questions asked of one line's text, ``layout`` the geometry of all of them.

Where a change goes:

- a character repair (an OCR confusion such as ``rn`` for ``m``, a script's own quotes): a
  rule in ``characters.RULES`` (``has_nothing_to_repair`` says which lines skip the rules;
  its test fails when a new rule repairs plain ASCII);
- furniture found another way (by its position at a page edge in layout mode, by a journal's
  footer shape): a rule in ``furniture.RULES``, page facts in ``furniture.Evidence``;
- a new kind of paragraph or heading evidence (columns' ends in layout mode, OCR's paragraph
  indents): a field of ``layout.Layout``, read by a rule in ``breaks.BREAK_RULES`` or
  ``headings.SHAPE_RULES``;
- URLs (more forms broken at a line end, OCR's spaces in them): ``urls.goes_on`` (asked by
  ``joins.broken_url``, ``breaks.broken_url`` and ``headings.set_apart``, so a URL's rest
  never starts a block) and ``urls.close_spaces`` (``characters.url_spaces``); for a URL
  read as a heading, ``headings.urlish``;
- a language: its words in ``galley.vocab`` (suffixes, compound heads, open endings), its
  hyphenation and frequencies come from ``lexicon`` (wordfreq, pyphen) by its tag; a script
  written without spaces is ``joins.no_space_script``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from galley.clean import breaks, columns, compounds, figures, furniture, grid, headings, joins, layout, markers, order
from galley.clean.characters import fix_characters, letter_bullets
from galley.clean.hyphens import marks_breaks
from galley.clean.lexicon import DocumentLexicon, block_language
from galley.clean.segment import START_OF_TEXT, Block, find_blocks
from galley.inputs.corrections import NONE, Corrections
from galley.model import CleanResult, Line, Removed, Repair, Unit
from galley.params import PARAMS, Params

# A break's repair shows this much of the block it starts.
SNIPPET = 40


def keep_corrected(removed: list[Removed], fixes: Corrections, repairs: list[Repair]) -> list[Removed]:
    """Lines the corrections file says are text come back from the furniture list."""
    out = []
    for r in removed:
        if r.line in fixes.keep_lines:
            why = f"forced by the corrections file: not {r.rule}"
            repairs.append(Repair("correction-keep-line", r.line, r.line, "", r.text, why))
        else:
            out.append(r)
    return out


def _without(lines: list[Line], removed: list[Removed]) -> list[Line]:
    """``lines`` but the ``removed`` ones. A form feed inside a raw line makes two lines with
    one number: the text is matched too."""
    if not removed:
        return lines
    gone = {(r.line, r.text) for r in removed}
    return [ln for ln in lines if (ln.number, ln.text) not in gone]


def clean(
    lines: list[Line], lang: str = "en", corrections: Corrections | None = None, params: Params = PARAMS
) -> CleanResult:
    """Raw lines -> units, with every repair and every removed line recorded.

    ``corrections`` (from ``<stem>.corrections.toml``) force hyphen, paragraph and furniture
    decisions; each forced decision is a repair whose rule starts with ``correction-``.
    The cleaner takes ``lines`` over (the list is emptied): each line goes once its unit
    is made."""
    given = lines
    p = params.clean
    fixes = corrections or NONE
    repairs: list[Repair] = []
    raw_grid = grid.measure(lines, p.gutter_line_spaces)  # [body] table cells' page columns
    spaced = not layout.at_margin(lines)  # layout mode: blank lines are the page's space
    lines = columns.separate(lines, repairs, p)
    lines = fix_characters(lines, repairs)
    lines = headings.split_run_in_labels(lines, repairs, p)
    lines = letter_bullets(lines, lang, repairs, p.letter_bullet_window, p.min_repeats)
    lines = furniture.split_glued_numbers(lines, repairs, p)
    removed = keep_corrected(furniture.find_furniture(lines, p), fixes, repairs)
    lines = _without(lines, removed)
    drawn = keep_corrected(figures.find_figure_text(lines, p), fixes, repairs)
    lines = _without(lines, drawn)
    lines, strays, list_ends = markers.markers_read_last(lines, frozenset(r.line for r in removed), repairs, p)
    strays = keep_corrected(strays, fixes, repairs)
    lines = _without(lines, strays)
    if drawn or strays:
        removed = sorted(removed + drawn + strays, key=lambda r: r.line)
    lines = order.reorder(lines, repairs, p, lang)
    lex = DocumentLexicon(ln.text for ln in lines)
    lay = layout.measure(lines, p)
    joined_by_extractor = compounds.prejoined(lines, lay, p)
    at_margin = layout.at_margin(lines)
    lay = replace(lay, joins_hyphens=joined_by_extractor and at_margin, list_ends=list_ends)
    # The hyphens pdftotext joined: in a paper whose hyphenation points are ``‐``, the
    # author's ``-`` it joined all the same, where a joined line shows it (the paper's other
    # spellings are no evidence there: an extractor that joins none may have met none).
    typeset = marks_breaks(lex, p)
    joins_own = joined_by_extractor or (typeset and compounds.prejoined(lines, lay, p, typeset=True))
    restored = compounds.junctions(lines, joins_own and at_margin, typeset, lex, lang, fixes, repairs, p)
    table = compounds.restorations(lex, fixes.keep_hyphen, lang, joined_by_extractor, p)
    in_urls = compounds.url_restorations(lex, joined_by_extractor, p)
    restorer = compounds.Restorer(table, in_urls) if table or in_urls else None
    blocks = find_blocks(lines, lay, fixes, p)
    if restored:
        for block in blocks:
            block.lines = [restored.get((ln.number, ln.text), ln) for ln in block.lines]
    # Each block's language (its own words', lexicon.py); the paper's other languages among
    # them are asked too, in every block: an English paper's Portuguese abstract says that
    # its references' Portuguese titles may break a Portuguese word (``Tuber-``/``culose``).
    block_langs = [block_language([ln.text for ln in block.lines], lang) for block in blocks]
    others = Counter(x for x in block_langs if x != lang)
    least = max(p.language_min_blocks, p.language_min_share * len(block_langs))
    langs = (lang, *(x for x, n in others.most_common() if n >= least))
    words = joins.Words(lex, lang, fixes, p, langs=langs)
    given.clear()
    del lines
    for n in sorted(fixes.merge_before):
        repairs.append(Repair("correction-merge", n, n, "", "", breaks.CORRECTION_MERGE))
    units = []
    # Each block is let go once its unit is made: the blocks' line lists and the units are
    # not in memory at once (the 50 MB input's peak stays under ten times its size).
    blocks.reverse()
    block_langs.reverse()
    while blocks:
        block = blocks.pop()
        offsets: list[int] = []
        texts: list[str] = []
        block_lang = block_langs.pop()
        block_words = words if block_lang == lang else replace(words, lang=block_lang)
        text = joins.join_lines(block.lines, block_words, repairs, offsets, texts)
        if restorer is not None:
            text = compounds.restore_compounds(text, block.lines, offsets, restorer, lex, fixes, repairs)
        unit = make_unit(block, text, offsets, repairs, texts, spaced)
        grid.attach(unit, block.lines, raw_grid)  # [body]
        units.append(unit)
    return CleanResult(units, repairs, removed)


def _turns(lines: list[Line]) -> tuple[int, ...]:
    """``Unit.turns``: the index of each line after a form feed, once a form feed."""
    return tuple(k for k in range(1, len(lines)) for _ in range(lines[k].page - lines[k - 1].page))


def make_unit(
    block: Block,
    text: str,
    offsets: list[int],
    repairs: list[Repair],
    texts: list[str] | None = None,
    spaced: bool = False,
) -> Unit:
    """The unit of a block, and the repair that says why a block started there. ``texts``:
    its lines as joined (``joins.join_lines``), else as read; ``spaced``: the text keeps
    the page's vertical space (layout mode), so the blank lines above the block are kept as
    ``Unit.space_before`` (not across a page break: a page's top says nothing of it)."""
    first = block.lines[0]
    if block.why == breaks.CORRECTION_SPLIT:
        repairs.append(Repair("correction-split", first.number, first.number, "", text[:SNIPPET], block.why))
    elif block.why != START_OF_TEXT:
        repairs.append(Repair("block-break", first.number, first.number, "", text[:SNIPPET], block.why))
    kind = "heading" if block.heading else ("paragraph" if len(block.lines) > 1 else "line")
    if block.why == breaks.EQUATION_STARTS:
        kind = "equation"
    numbers = [ln.number for ln in block.lines]
    return Unit(
        text=text,
        kind=kind,
        # The raw lines it spans: a box moved back into reading order (``order``) puts a
        # later line first.
        first_line=min(numbers),
        last_line=max(numbers),
        lines=texts or [ln.text for ln in block.lines],
        indent=first.indent,
        page=first.page,
        offsets=offsets,
        turns=_turns(block.lines),
        space_before=first.blank_before if spaced and not first.page_start else None,
    )
