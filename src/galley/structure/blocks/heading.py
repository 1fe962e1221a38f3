"""Block rule: a heading, judged with its neighbours."""

from __future__ import annotations

from galley.clean.headings import open_ended
from galley.model import Block, Unit
from galley.structure.blocks.context import Context
from galley.structure.blocks.shapes import BULLET, at_most_words, finished, is_body, span
from galley.structure.headings import heading_shape, is_caption, is_known, numbering, strip_number


def heading(u: Unit, ctx: Context) -> Block | None:
    """A heading: well-known names (``Acknowledgements``) and the paper's next section
    number (``2.1 Data`` after ``2 Method``) on a line of their own; otherwise a
    heading-shaped line (``Course structure and learning outcomes``) after a finished
    block and before body text, not in a run of short lines or a dense stretch (table
    cells: ``Strongly`` / ``Disagree``), and not the end of a sentence the block before
    left open (``Day 2: Sharing and`` / ``Contributing``)."""
    p = ctx.p
    if len(u.lines) > p.heading_max_lines and (
        len(u.lines) > p.numbered_heading_max_lines or not expected_number(u.text, ctx.expected)
    ):
        return None
    text = u.text.strip()
    in_cells = ctx.run >= p.cell_run or (ctx.dense and not _between_paragraphs(ctx))
    if in_cells and not _known(text, ctx):
        return None  # a table's cells
    if not heading_shape(text, p) and not _subsection_name(text, ctx, top=u.kind == "heading"):
        return None
    if not (_known(text, ctx) or (not in_cells and _stands_apart(u, text, ctx))):
        return None
    return Block("heading", " ".join(text.split()), source=span(u))


def _between_paragraphs(ctx: Context) -> bool:
    """The units either side are paragraphs of the body: ``paragraph_beside_lines`` lines or
    more, the widest of them running ``beside_measure_share`` of the body's measure. A dense
    stretch's own pieces are short, and a line between two such paragraphs is none of a
    table's cells (jbchs-32, pdfminer: ``Synthesis of (rac)-1-phenylethanol`` between two
    methods' paragraphs, a garbled run of a list of reagents just above); a table's row
    label between two cells of five lines has them in a narrow column."""
    prev, nxt, p = ctx.prev, ctx.next, ctx.p
    wide = p.beside_measure_share * ctx.around.measure
    return all(
        u is not None
        and len(u.lines) >= p.paragraph_beside_lines
        and max(len(ln.strip()) for ln in u.lines) >= wide
        and is_body(u, p)
        for u in (prev, nxt)
    )


def _known(text: str, ctx: Context) -> bool:
    """A well-known section name, or the section number the paper's sequence expects."""
    return is_known(text, ctx.p) or expected_number(text, ctx.expected)


def _stands_apart(u: Unit, text: str, ctx: Context) -> bool:
    """A heading-shaped line that is neither well known nor the next section number is a
    heading only where its surroundings say so (it is in no run of cells: see above)."""
    p = ctx.p
    if ctx.prev is not None and not _closed(ctx.prev.text, ctx) and ctx.prev_block is not None:
        # "Day 2: Sharing and" / "Contributing": the line ends a phrase cut at a page end
        # (a numbered line stands apart all the same).
        if ctx.prev_block.kind != "heading" and not numbering(text):
            return False
    if ctx.next is None or not _opens_body(ctx.next):
        return False
    if not numbering(text):
        # Body text follows within a unit (a sub-heading may come between): a table's
        # header cells ("Strongly" / "Disagree" / "Disagree Un-decided Agree") have none.
        body = ctx.next if not ctx.next_short or ctx.after is None else ctx.after
        if not is_body(body, p):
            return False
    # A two-line heading is one the cleaner set apart as a heading (a wrapped title), one
    # set in capitals (``DIAGNÓSTICO E TRATAMENTO DO CÂNCER DO`` / ``COLO DO ÚTERO``), or
    # one whose first line wrapped before the body's measure, set in a larger type
    # (pdfminer: ``Utilização de modelos hierárquicos na avaliação`` / ``do desempenho``).
    return len(u.lines) < 2 or u.kind == "heading" or text.isupper() or _wrapped_early(u.lines, ctx)


def _wrapped_early(lines: list[str], ctx: Context) -> bool:
    """Two lines, the first ended although the second's first word would have fitted on a
    body line (``quote_slack`` of the measure to spare), and it fills most of the line
    (``heading_wrap_min_share``: no narrow column's cell)."""
    if len(lines) != 2:
        return False
    first, word = lines[0].strip(), lines[1].split(" ", 1)[0]
    if open_ended(first) or any(mark in first for mark in (";", ",", ". ")):
        # A cell: ``Faced difficulty in taking child to`` / ``vaccination center``, a list
        # of items (``Getting the most of git; 3. Research`` / ``compendia with rrtools``);
        # an affiliation (``Programa de Pós-Graduação em Educação, Universidade ...``), an
        # epigraph's sentences, all set narrower than the body.
        return False
    measure = ctx.around.measure
    return ctx.p.heading_wrap_min_share * measure <= len(first) <= (1 - ctx.p.quote_slack) * measure - 1 - len(word)


def _subsection_name(text: str, ctx: Context, top: bool = False) -> bool:
    """A subsection's long name that the paper's numbering announces (``3.4.1 Imagens de
    mulheres e de si na tematização discursiva da atenuação/isenção da pena pelos
    assassinos`` after ``3.4``): up to ``numbered_heading_max_words`` words, the number not
    counted, no sentence end, and not cut off (a comma or a word a phrase goes on from).
    A section's long name too (``top``: ``3 A educação como direito: perspectivas e
    desafios ...`` after ``2 ...``) where the cleaner set the lines apart as a heading: a
    number without a stop in it is a list item's as often."""
    num, rest_text = strip_number(text)
    if ("." not in num.rstrip(".") and not top) or not expected_number(text, ctx.expected) or finished(text):
        return False
    if text.rstrip()[-1:] in (",", ";", "-") or open_ended(text):
        return False  # "2.1. Soil samples were collected ... in each of the plots and": cut off
    rest = rest_text.split()  # "3.7. Effect of ...": after the number and its stop
    return 0 < len(rest) <= ctx.p.numbered_heading_max_words and rest[0][:1].isupper()


def expected_number(text: str, expected: frozenset[str]) -> bool:
    """``2.1 Numbering`` right after ``2 Method``: the numbering continues the paper's own
    sequence, which a table cell or a list item does not."""
    num = numbering(text).rstrip(".")
    return bool(num) and num in expected


def _closed(text: str, ctx: Context) -> bool:
    """The block before ends a sentence, is a caption (``Figure 1: Course timeline``: it
    closes without a stop), or is itself a short heading-shaped line."""
    if finished(text.rstrip()) or is_caption(text):
        return True
    return at_most_words(text, ctx.p.closed_max_words) and heading_shape(text, ctx.p)


def _opens_body(u: Unit) -> bool:
    """The unit after a heading starts body text: a capitalised sentence, a number, a
    list, a quotation or a bracket (another heading too)."""
    t = u.text.strip()
    return bool(t) and (t[0].isupper() or t[0].isdigit() or bool(BULLET.match(t)) or t[0] in "“\"'(‘[")
