"""Every threshold of ``CleanParams`` at its boundary (pdfminer tests ``line_margin`` 0.19
against 0.21): a small real input whose outcome flips exactly when the value crosses the
figure the input measures. Each test names that figure, so a changed default or a changed
rule shows here first."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from excerpts import (
    BULLETS_LAST,
    DANTAS,
    EARLY,
    IBGE,
    JOINED_LINES,
    LINE_BOX_ALONE,
    NEAR_FULL_END,
    OUTLINE_WRAPPED,
    ROWS_NEXT_PAGE,
    ROWS_READ_ACROSS,
    SENTENCE_CASE,
    STACKED,
    STRUCTURED,
    SUMMARY,
    TITLED,
    TUBERCULOSE,
    TWO_COLUMNS,
    TWO_LISTS,
    WRAPPED,
)

from galley.clean import clean, columns, compounds, furniture, hyphens, layout, order
from galley.clean.layout import Measure, blank_marks_ends
from galley.clean.lexicon import DocumentLexicon, zipf
from galley.inputs.read import to_lines
from galley.model import CleanResult, Line, Repair
from galley.params import PARAMS, CleanParams, Params

NO_EVIDENCE = DocumentLexicon("")
CASES = Path(__file__).resolve().parents[1] / "cases"


def with_(**fields: float) -> Params:
    return replace(PARAMS, clean=replace(PARAMS.clean, **fields))


def cleaned(raw: str, **fields: float) -> CleanResult:
    return clean(to_lines(raw), params=with_(**fields))


def units(raw: str, **fields: float) -> list[str]:
    return [u.text for u in cleaned(raw, **fields).units]


def removed(raw: str, **fields: float) -> list[str]:
    return [r.text for r in cleaned(raw, **fields).removed]


def joins(left: str, right: str, **fields: float) -> bool:
    return hyphens.decide(left, right, NO_EVIDENCE, "en", with_(**fields).clean).join


def test_every_threshold_has_a_boundary_test() -> None:
    tested = {name.removeprefix("test_") for name in globals() if name.startswith("test_")}
    assert set(CleanParams.__dataclass_fields__) <= tested


# -- line-end hyphens: ``decide`` without document evidence ------------------------------------


def test_zipf_common() -> None:
    # 'bookcase' (zipf 2.78) beside 'book' (5.43) and 'case' (5.55): common enough, or a
    # compound of two common words that keeps its hyphen.
    z = zipf("bookcase", "en")
    assert joins("book-", "case", zipf_common=z)
    assert not joins("book-", "case", zipf_common=z + 0.01)


def test_zipf_word() -> None:
    # 'regional' (4.72) is a word on its own from zipf_word 4.72 down: 'inter-regional' keeps
    # its hyphen; above, 'regional' counts as a piece of 'interregional' (2.05) and joins.
    z = zipf("regional", "en")
    assert not joins("inter-", "regional", zipf_word=z)
    assert joins("inter-", "regional", zipf_word=z + 0.01)


def test_zipf_no_word() -> None:
    # 'inter' (4.16) is a word from zipf_no_word 4.16 down; above, no word: a hyphenation point.
    z = zipf("inter", "en")
    assert not joins("inter-", "regional", zipf_no_word=z)
    assert joins("inter-", "regional", zipf_no_word=z + 0.01)


def test_zipf_close() -> None:
    # 'interregional' (2.05) is 2.11 below its rarer half 'inter' (4.16).
    gap = zipf("inter", "en") - zipf("interregional", "en")
    assert joins("inter-", "regional", zipf_close=gap + 0.001)
    assert not joins("inter-", "regional", zipf_close=gap - 0.001)


def test_typeset_hyphen_min_lines() -> None:
    # A WeasyPrint page read by pdftotext: three lines end on U+2010, the words inside the
    # lines hold '-' only. 'geo‐' / 'economic' is a compound by the lexicon, but here the
    # character says the typesetter broke it.
    lines = ["the geo‐", "economic view of the com‐", "posicionalmente and the multi-party", "apartamen‐", "to"]
    lex = DocumentLexicon(lines)
    assert lex.typeset_hyphens == 3
    assert hyphens.decide("geo‐", "economic", lex, "en", with_(typeset_hyphen_min_lines=3).clean).join
    assert not hyphens.decide("geo‐", "economic", lex, "en", with_(typeset_hyphen_min_lines=4).clean).join
    # One word that holds the character inside a line: it is the author's hyphen too.
    assert DocumentLexicon([*lines, "a well‐known case"]).typeset_hyphens == 0
    # A column's last word set in the gutter of a layout-mode line ends on it before the
    # other column's text: no word holds it inside.
    assert DocumentLexicon([*lines, "sin gra‐     (Trad. cast. El gobierno"]).typeset_hyphens == 3
    assert DocumentLexicon([*lines, "sin gra‐ (Trad. cast. El gobierno"]).typeset_hyphens == 3  # (spaces closed)
    # A bullet or a suspended hyphen in the character: the author's.
    assert DocumentLexicon([*lines, "‐ how many hours a week"]).typeset_hyphens == 0
    assert DocumentLexicon([*lines, "the pre‐ and post‐test"]).typeset_hyphens == 0


# -- compounds an extractor joined (pdftotext's default mode) ------------------------------

FILLER = "".join(
    f"the word {w} is one of those this plain prose uses to fill the page, and\n"
    for w in (
        "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon "
        "phi chi psi omega red orange yellow green blue indigo violet black white grey brown pink cyan magenta gold"
    ).split()
)
# The paper writes 're-analysis'; pdftotext joined the line-end hyphen of another one.
REANALYSIS = FILLER + "The lesson uses a re-analysis of the data.\nThe course compares the reanalysis with a model.\n"
RESTORED = "compares the re-analysis with"
JOINED = "compares the reanalysis with"


def test_prejoined_min_lines() -> None:
    n = len(to_lines(REANALYSIS))  # 41 lines, not one ending in a hyphen
    assert RESTORED in " ".join(units(REANALYSIS, prejoined_min_lines=n))
    assert JOINED in " ".join(units(REANALYSIS, prejoined_min_lines=n + 1))


def test_zipf_rare_joined() -> None:
    # 'reanalysis' (zipf 2.11) is rarer than 2.12: no author's spelling, the hyphen comes back.
    z = zipf("reanalysis", "en")
    assert RESTORED in " ".join(units(REANALYSIS, zipf_rare_joined=z + 0.01))
    assert JOINED in " ".join(units(REANALYSIS, zipf_rare_joined=z))


def test_restore_min_chars() -> None:
    assert RESTORED in " ".join(units(REANALYSIS, restore_min_chars=len("re-analysis")))
    assert JOINED in " ".join(units(REANALYSIS, restore_min_chars=len("re-analysis") + 1))


def test_compound_min_chars() -> None:
    assert compounds.compound("highlevel", "en", with_(compound_min_chars=9).clean) == "high-level"
    assert compounds.compound("highlevel", "en", with_(compound_min_chars=10).clean) is None


def test_zipf_compound_head() -> None:
    z = zipf("high", "en")
    assert compounds.compound("highlevel", "en", with_(zipf_compound_head=z).clean) == "high-level"
    assert compounds.compound("highlevel", "en", with_(zipf_compound_head=z + 0.01).clean) is None


def test_zipf_participle() -> None:
    z = zipf("guided", "en")
    assert compounds.compound("selfguided", "en", with_(zipf_participle=z).clean) == "self-guided"
    assert compounds.compound("selfguided", "en", with_(zipf_participle=z + 0.01).clean) is None


# -- columns of layout-mode text ------------------------------------------------------------

# A journal sidebar beside the body's first lines (pypdf's layout mode of a JOSE paper's
# page 1): three lines with a piece each side of a gutter 3 page columns wide (24-26).
SIDEBAR = [
    ("Submitted: 03 April 2020", "researchers to better understand the impacts of"),
    ("Published: 23 May 2024", "resource management, human behavior, and the"),
    ("License", "The research often features weather regression"),
]
BODY_LINE = "outcomes as they vary over time, and the researchers"  # 52 characters, at column 27


def sidebar(rows: list[tuple[str, str]] = SIDEBAR, gap: int = 3, after: str = "") -> list[Line]:
    text = "\n".join(left.ljust(24) + " " * gap + right for left, right in rows)
    return to_lines(text + "\n" + after + " " * (24 + gap) + BODY_LINE + "\n")


def parted(lines: list[Line], **fields: float) -> bool:
    """Were the sidebar's pieces read apart from the body's?"""
    return columns.separate(lines, [], with_(**fields).clean)[0].text == "Submitted: 03 April 2020"


def test_gutter_line_spaces() -> None:
    assert parted(sidebar(), gutter_line_spaces=3)
    assert not parted(sidebar(), gutter_line_spaces=4)


def test_gutter_min_columns() -> None:
    assert parted(sidebar(), gutter_min_columns=3)
    assert not parted(sidebar(), gutter_min_columns=4)


def test_gutter_min_lines() -> None:
    assert parted(sidebar(), gutter_min_lines=3)
    assert not parted(sidebar(), gutter_min_lines=4)


def test_prose_min_words() -> None:
    piece = "resource management, human behavior, and the"  # 6 words
    assert columns.is_prose(piece, with_(prose_min_words=6).clean)
    assert not columns.is_prose(piece, with_(prose_min_words=7).clean)


def test_prose_letter_share() -> None:
    piece = "resource management, human behavior, and the"  # 37 letters of 39 visible characters
    assert columns.is_prose(piece, with_(prose_letter_share=37 / 39).clean)
    assert not columns.is_prose(piece, with_(prose_letter_share=37 / 39 + 0.001).clean)


def test_prose_column_share() -> None:
    # Two of the three right-hand pieces are prose; '(see Table 2)' is not.
    rows = [*SIDEBAR[:2], ("License", "(see Table 2)")]
    assert parted(sidebar(rows), prose_column_share=0.66)
    assert not parted(sidebar(rows), prose_column_share=0.67)


def test_column_align() -> None:
    # The third right-hand piece starts 2 page columns right of the others.
    rows = [*SIDEBAR[:2], ("License", "  The research often features weather regression")]
    assert parted(sidebar(rows), column_align=2)
    assert not parted(sidebar(rows), column_align=1)


def test_column_aligned_share() -> None:
    # With the pieces within 1 column of one another, two of three lines are aligned.
    rows = [*SIDEBAR[:2], ("License", "  The research often features weather regression")]
    assert parted(sidebar(rows), column_align=1, column_aligned_share=0.66)
    assert not parted(sidebar(rows), column_align=1, column_aligned_share=0.67)


def test_sidebar_margin() -> None:
    # The sidebar starts at column 0, the body's edge (its long lines) at column 27 (its two
    # labels, 'Submitted:' and 'Published:', asked not to count: sidebar_min_labels=3).
    assert parted(sidebar(), sidebar_margin=27, sidebar_min_labels=3)
    assert not parted(sidebar(), sidebar_margin=28, sidebar_min_labels=3)


def test_sidebar_min_labels() -> None:
    # Out of the margin (the box floats in the body's column: sidebar_margin=28 says so),
    # its two labelled lines tell the sidebar.
    assert parted(sidebar(), sidebar_margin=28, sidebar_min_labels=2)
    assert not parted(sidebar(), sidebar_margin=28, sidebar_min_labels=3)


def test_edge_line_chars() -> None:
    # The body's edge comes from its one long line, of 52 characters.
    assert parted(sidebar(), edge_line_chars=52, sidebar_min_labels=3)
    assert not parted(sidebar(), edge_line_chars=53, sidebar_min_labels=3)


def test_edge_context_lines() -> None:
    # A caption crosses the gutter and ends the run; the body's long line is 2 lines after it.
    lines = sidebar(after=" " * 20 + "Figure 1: the two sites\n")
    assert parted(lines, edge_context_lines=2, sidebar_min_labels=3)
    assert not parted(lines, edge_context_lines=1, sidebar_min_labels=3)


def test_two_prose_min_lines() -> None:
    # pdftotext -layout of a two-column page: 16 lines hold prose on both sides of the gutter.
    lines = to_lines((CASES / "columns" / "twocol-pdftotext-layout.txt").read_text(encoding="utf-8"))
    assert columns.find_runs(lines, with_(two_prose_min_lines=16).clean)
    assert not columns.find_runs(lines, with_(two_prose_min_lines=17).clean)


def _references_page(shift: int, short: bool = False) -> list[Line]:
    """The two-column case, then a page of its references: half their pieces on each side
    are DOIs (no prose), the page and its gutter ``shift`` page columns right of the first
    page's; ``short``: the left column's lines end 14 page columns earlier (the gutter's
    right edge stays where it was)."""
    first = (CASES / "columns" / "twocol-pdftotext-layout.txt").read_text(encoding="utf-8").rstrip("\f\n")
    rows = []
    for k in range(10):
        left = f"https://doi.org/10.1257/aer.2019.{k:04d}" if k % 2 else "Rising, J., & Hsiang, S. (2019). A guide to"
        left = ("https://doi.org/10.1257/a.1" if k % 2 else "Rising and Hsiang: a guide to") if short else left
        doi = f"https://doi.org/10.1038/s41586-019-{k:04d}"
        right = doi if k % 2 else "Climate econometrics for social science, vol"
        rows.append(" " * shift + left.ljust(46) + right)
    return to_lines(first + "\f" + "\n".join(rows) + "\n")


def test_carried_prose_share() -> None:
    # The references page has half its right pieces prose: carried by the first page's columns.
    assert len(columns.find_runs(_references_page(0), with_(carried_prose_share=0.5).clean)) == 2
    assert len(columns.find_runs(_references_page(0), with_(carried_prose_share=0.51).clean)) == 1


def test_column_fill() -> None:
    # cadsc-31 in two columns, a table in the right column of its second page: three fifths
    # of the left column's pieces beside the table end within 7 page columns of the gutter.
    lines = to_lines((CASES / "columns" / "twocol-table-column-pdftotext-layout.txt").read_text(encoding="utf-8"))
    assert len(columns.find_runs(lines, with_(column_fill=7).clean)) == 2
    assert len(columns.find_runs(lines, with_(column_fill=6).clean)) == 1


def test_column_shift() -> None:
    # The references page's gutter lies 3 page columns right of the first page's.
    assert len(columns.find_runs(_references_page(3), with_(column_shift=3).clean)) == 2
    assert len(columns.find_runs(_references_page(3), with_(column_shift=2).clean)) == 1
    # Its left column ends 14 page columns earlier, its right one starts where page 1's does.
    assert len(columns.find_runs(_references_page(0, short=True), with_(column_shift=0).clean)) == 2


# -- reading order in two columns (clean.order) ---------------------------------------------


def moves(lines: list[Line], **fields: float) -> bool:
    """A box of ``lines`` is moved back to the line it goes on from."""
    repairs: list[Repair] = []
    order.reorder(lines, repairs, with_(**fields).clean)
    return any(r.rule == "reading-order" for r in repairs)


def test_column_width_share() -> None:
    # jose.00090 in two columns: its median line is 54 characters, its longest 105.
    lines = to_lines(TWO_COLUMNS)
    assert moves(lines, column_width_share=54 / 105 + 1e-9)
    assert not moves(lines, column_width_share=54 / 105 - 0.001)


# jose.00090 in two columns, more pages of column lines after it: 62 lines, their median
# 54 characters, one across both columns (105), the next longest 60. The 95th percentile is
# a column's line.
LONG_TWO_COLUMNS = TWO_COLUMNS + "\f" + "The research often features weather regression models.\n" * 44


def test_column_long_rank() -> None:
    lines = to_lines(LONG_TWO_COLUMNS)
    assert moves(lines, column_long_rank=1)
    assert not moves(lines, column_long_rank=2)


def test_column_half_share() -> None:
    lines = to_lines(LONG_TWO_COLUMNS)
    assert moves(lines, column_long_rank=1, column_half_share=54 / 105 + 1e-9)
    assert not moves(lines, column_long_rank=1, column_half_share=54 / 105 - 0.001)


def test_order_min_words() -> None:
    # "based on their file formats and origins.": 7 words of letters.
    lines = to_lines(TWO_COLUMNS)
    assert moves(lines, order_min_words=7)
    assert not moves(lines, order_min_words=8)


def page_two_read_across(raw: str, **fields: float) -> bool:
    """``order.rows_read_across`` reads the second page of ``raw`` column by column."""
    lines = to_lines(raw)
    page = [ln for ln in lines if ln.page == 2]
    before = [ln for ln in lines if ln.page == 1][-1]
    return order.rows_read_across(page, [], with_(**fields).clean, "en", before) != page


def test_rows_balance() -> None:
    # jose.00307, page 2 read row by row: its left column holds 11 lines, its right one 12.
    assert page_two_read_across(ROWS_READ_ACROSS, rows_balance=11 / 12)
    assert not page_two_read_across(ROWS_READ_ACROSS, rows_balance=11.5 / 12)


def test_rows_min_pages() -> None:
    # Two pages of the text read across.
    raw = ROWS_READ_ACROSS + "\f" + ROWS_NEXT_PAGE
    pages = order._pages(to_lines(raw))
    assert order.read_across(pages, [], with_(rows_min_pages=2).clean, "en") != pages
    assert order.read_across(pages, [], with_(rows_min_pages=3).clean, "en") == pages


def test_rows_min_lines() -> None:
    # ... the shorter column holds 11 lines.
    assert page_two_read_across(ROWS_READ_ACROSS, rows_min_lines=11)
    assert not page_two_read_across(ROWS_READ_ACROSS, rows_min_lines=12)


def test_rows_alternation() -> None:
    # jose.00307, page 2 as read: every box comes from the other column than the one before
    # it (5 of 5).
    assert page_two_read_across(ROWS_READ_ACROSS, rows_alternation=1.0)
    assert not page_two_read_across(ROWS_READ_ACROSS, rows_alternation=1.01)


def test_rows_full_line() -> None:
    # The left column's foot, ``bench, n.d.). This makes the lesson material a``: 46
    # characters on a page whose median line holds 50.
    assert page_two_read_across(ROWS_READ_ACROSS, rows_full_line=46 / 50)
    assert not page_two_read_across(ROWS_READ_ACROSS, rows_full_line=47 / 50)


def test_rows_top_boxes() -> None:
    # Two boxes of long lines across both columns at a paper's first page's top, before the
    # columns.
    across = (
        "This lesson teaches the fundamentals of deep learning to researchers who are familiar with\n"
        "Python and with the basics of machine learning, in a workshop of two days with an instructor\n"
        "who writes the same code live on the screen.\n"
        "\n"
        "The lesson follows the design principles of the Carpentries, and it is one of the lessons\n"
        "listed in the Carpentries Incubator so that other instructors can teach it to their own\n"
        "audiences.\n"
        "\n"
    )
    raw = ROWS_READ_ACROSS.replace("\fDemand", "\f" + across + "Demand")
    page = [ln for ln in to_lines(raw) if ln.page == 2]  # (as a paper's first page)

    def read_across_first(**fields: float) -> bool:
        return order.rows_read_across(page, [], with_(**fields).clean, "en", None) != page

    assert read_across_first(rows_top_boxes=2)
    assert not read_across_first(rows_top_boxes=1)
    # A box across both columns that leaves its sentence open before the next one: no page
    # top to keep as read.
    open_top = raw.replace(
        "who writes the same code live on the screen.", "who writes the same code live on the screen for all the"
    )
    page = [ln for ln in to_lines(open_top) if ln.page == 2]
    assert not read_across_first(rows_top_boxes=2)
    # On a later page, no box runs across both columns above them (a float's caption is
    # no column's box either): the page stays.
    assert not page_two_read_across(raw)


def test_label_reach() -> None:
    # bjb-83: the PubMed number two lines under its label (the URL's rest between).
    lines = to_lines("pp. 355-361. http://\nPMid:\ndx.doi.org/10.1016/j.jplph.2004.07.015.\n15832688.\n")
    assert moves(lines, label_reach=2)
    assert not moves(lines, label_reach=1)


def test_url_between_max_lines() -> None:
    # cadsc-31-e31030043: two lines of text between ``http://`` and its host (the PubMed
    # label left where it was read: ``label_reach`` 0).
    lines = to_lines(
        " http://\nObstet Gynecol. 2013 abr;208(4):255-9.\nPMid:\ndx.doi.org/10.1016/j.ajog.2012.10.887.\n23123381.\n"
    )
    assert moves(lines, url_between_max_lines=2, label_reach=0)
    assert not moves(lines, url_between_max_lines=1, label_reach=0)


# -- page furniture ------------------------------------------------------------------------------

HEAD = "JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION"
WORDS = ["alpha beta gamma", "delta epsilon zeta", "theta iota kappa", "lambda omicron sigma"]


def body(page: int, n: int) -> str:
    """``n`` lines of a page's own prose: no two pages share a line."""
    words = WORDS[page].split()
    return "".join(f"The {words[k % 3]} part {'of the ' * k}lesson uses a notebook of the course.\n" for k in range(n))


def paged(head_at: int = 0, pages: int = 3, head: str = HEAD) -> str:
    """Pages of prose with ``head`` as their ``head_at``-th line, parted by form feeds."""
    return "\f".join(body(p, head_at) + head + "\n" + body(p, 8)[len(body(p, head_at)) :] for p in range(pages))


def test_edge_lines() -> None:
    raw = paged(head_at=2)  # the running head is each page's third line
    assert HEAD in removed(raw, edge_lines=3)
    assert HEAD not in removed(raw, edge_lines=2)


def test_min_repeats() -> None:
    assert HEAD in removed(paged(pages=2), min_repeats=2)
    assert HEAD not in removed(paged(pages=2), min_repeats=3)


def test_min_head_chars() -> None:
    assert "JOSE" in removed(paged(head="JOSE"), min_head_chars=4)
    assert "JOSE" not in removed(paged(head="JOSE"), min_head_chars=5)


def test_head_page_share() -> None:
    # Four pages, the head atop pages 2 and 4 only (a head of even pages): 2 of the 3 pages
    # after the first.
    raw = "\f".join((HEAD + "\n" if p % 2 else "") + body(p, 8) for p in range(4))
    assert HEAD in removed(raw, head_page_share=0.66)
    assert HEAD not in removed(raw, head_page_share=0.67)


# pypdf: no page breaks; the citation footer and a piece of it on a line of its own, then
# the page number, at every page's foot.
FOOTER = "Atkinson, & Denholm. (2024). Practical machine learning. Journal of Open Source Education, 7 (76), 239."
PYPDF = "".join(body(p, 8) + FOOTER + "\njose.00239.\n" + f"{p + 1}\n" for p in range(3))
FOOTER_KEY = furniture.key(FOOTER)  # the footer as lines compare: lower case, numbers masked


def test_unpaged_min_chars() -> None:
    assert FOOTER in removed(PYPDF, unpaged_min_chars=len(FOOTER_KEY))
    assert FOOTER not in removed(PYPDF, unpaged_min_chars=len(FOOTER_KEY) + 1)


def test_unpaged_min_spread() -> None:
    # The footer comes every 11 lines: its first and last occurrence are 22 lines apart.
    assert FOOTER in removed(PYPDF, unpaged_min_spread=22)
    assert FOOTER not in removed(PYPDF, unpaged_min_spread=23)


def test_unpaged_min_letters() -> None:
    letters = sum(c.isalpha() for c in FOOTER_KEY)
    assert FOOTER in removed(PYPDF, unpaged_min_letters=letters)
    assert FOOTER not in removed(PYPDF, unpaged_min_letters=letters + 1)


def test_page_step_max() -> None:
    # The page numbers under the footer go 1, 3, 5 (a footer of odd pages only).
    raw = "".join(body(p, 8) + FOOTER + f"\n{2 * p + 1}\n" for p in range(3))
    assert FOOTER in removed(raw, page_step_max=2, unpaged_min_pages=4)
    assert FOOTER not in removed(raw, page_step_max=1, unpaged_min_pages=4)


def test_page_cover_share() -> None:
    # The footer comes every 11 lines in 33: 11 apart on average, against 33 / 4 = 8.25
    # for an even share of the text (a ratio of 1.33).
    assert FOOTER in removed(PYPDF, page_cover_share=1.33)
    assert FOOTER not in removed(PYPDF, page_cover_share=1.34)


def test_unpaged_min_pages() -> None:
    # No page number: the footer comes back 3 times, every 9 lines.
    raw = "".join(body(p, 8) + FOOTER + "\n" for p in range(3))
    assert FOOTER in removed(raw, unpaged_min_pages=3)
    assert FOOTER not in removed(raw, unpaged_min_pages=4)


def test_page_stretch_ratio() -> None:
    # No page number; the first page has 16 lines before its footer, the others 8: the
    # longest stretch without the footer is 16 lines, its usual distance 9.
    raw = body(0, 16) + FOOTER + "\n" + "".join(body(p, 8) + FOOTER + "\n" for p in (1, 2))
    assert FOOTER in removed(raw, page_stretch_ratio=16 / 9)
    assert FOOTER not in removed(raw, page_stretch_ratio=1.77)


def test_companion_max_chars() -> None:
    assert "jose.00239." in removed(PYPDF, companion_max_chars=len("jose.00239."))
    assert "jose.00239." not in removed(PYPDF, companion_max_chars=len("jose.00239.") - 1)


def test_extended_head_min_chars() -> None:
    # scielo-latex-pypdf (edur-39): the running head the first page's footer repeats with
    # its DOI and page number is ``Educ. rev. 2023;39:e38419``, 25 characters.
    from test_furniture import FIRST_FOOTER, edur_pages

    assert FIRST_FOOTER.strip() in removed(edur_pages(), extended_head_min_chars=25)
    assert FIRST_FOOTER.strip() not in removed(edur_pages(), extended_head_min_chars=26)


def test_beside_lines() -> None:
    # The footer piece sits right under the footer, the page number two lines under it.
    assert "jose.00239." in removed(PYPDF, beside_lines=1)
    assert "jose.00239." not in removed(PYPDF, beside_lines=0)


# -- characters ------------------------------------------------------------------------------


def test_letter_bullet_window() -> None:
    # ocr-tesseract, jose.00307: two items read ``e The ...``, three lines apart.
    raw = (
        "e The Penguin dataset (Horst et al. (2020)) is small and tidy, and\n"
        "it is used for the first exercise of the course and for the second\n"
        "one, where the learners build a classifier of their own.\n"
        "e The Weather prediction dataset (Huber et al. (2022))\n"
    )
    assert units(raw, letter_bullet_window=3)[0].startswith("• The Penguin")
    assert units(raw, letter_bullet_window=2)[0].startswith("e The Penguin")


# -- figures ---------------------------------------------------------------------------------

FIGURE = (
    "The tutorial has been actively used by students at the London School of Economics.\n"
    "0.4\n0.2\nInformation Management Staff Chief Information\nx [Bohr]\n"
    "Figure 2: The ground-state density of the hydrogen molecule.\n"
)


def test_figure_label_max_words() -> None:
    # The longest label has 5 words.
    assert "x [Bohr]" in removed(FIGURE, figure_label_max_words=5)
    assert "x [Bohr]" not in removed(FIGURE, figure_label_max_words=4)


def test_figure_min_lines() -> None:
    # Four label lines stand above the caption.
    assert "x [Bohr]" in removed(FIGURE, figure_min_lines=4)
    assert "x [Bohr]" not in removed(FIGURE, figure_min_lines=5)


def test_byline_max_lines() -> None:
    # latex-twocol-poppler (jose.00180): the authors' line is the paper's second line; page
    # 2's head ``Höffner et al.`` names them when the byline reaches it.
    raw = "SNIK Graph: Visualizing Knowledge\nKonrad Höffner, Thomas Pause, and Alfred Winter\n\n"
    raw += WRAPPED + "\n1\n\fHöffner et al.\n\n2\n\n" + WRAPPED + "\fSNIK Graph\n\n3\n\n" + WRAPPED
    assert "Höffner et al." in removed(raw, byline_max_lines=2)
    assert "Höffner et al." not in removed(raw, byline_max_lines=1)


# -- URLs --------------------------------------------------------------------------------------


def test_url_number_min_digits() -> None:
    # scielo-latex-pypdf, bjb-83: the DOI's last piece ``202853`` (6 digits) after a dot,
    # with the PubMed number after it on the line.
    raw = "Plant Physiology, vol. 161, no. 2, pp. 918-930. http://dx.doi.org/10.1104/pp.112.\n202853. PMid:23209126.\n"
    assert "pp.112.202853." in units(raw, url_number_min_digits=6)[0]
    assert "pp.112. 202853." in units(raw, url_number_min_digits=7)[0]


# -- the lines' geometry ---------------------------------------------------------------------

# SUMMARY: the first paragraph's last line (line 4, 65 characters) is short, and the next
# word 'The' (3) brings it to 69. The measure is 86 (the median of the 7 wrapped lines: 83 83
# 85 86 88 90 92).


def test_fit_slack() -> None:
    assert len(units(SUMMARY, fit_slack=1 - 69 / 86)) == 2  # 'The' fits: the paragraph ended
    assert len(units(SUMMARY, fit_slack=1 - 69 / 86 + 0.001)) == 1


# NEAR_FULL_END (pypdf, no blank lines): '... Mendonça (2003).' (41) and 'Assim' (5) make 47
# on a measure of 48. Its one clearly closed line, 'as disciplinas.', has no blank line after it.


def assim_starts(**fields: float) -> bool:
    return any(t.startswith("Assim como") for t in units(NEAR_FULL_END, **fields))


def test_open_fit_slack() -> None:
    assert assim_starts(blank_end_min_sample=1, open_fit_slack=1 - 47 / 48 - 0.001)
    assert not assim_starts(blank_end_min_sample=1, open_fit_slack=1 - 47 / 48 + 0.001)


def closed_paragraphs(n: int, with_blank: int) -> list[Line]:
    """``n`` closed lines before a capital (``n + 1`` paragraphs), the first ``with_blank`` of
    them with a blank line after them."""
    para = "Alpha beta gamma delta epsilon zeta eta theta iota kappa\nlambda mu nu xi omicron pi rho sigma tau\nend.\n"
    return to_lines("".join(para + ("\n" if i < with_blank else "") for i in range(n + 1)))


def test_blank_end_share() -> None:
    # 11 of 20 closed lines have a blank line after them: 0.55.
    assert blank_marks_ends(closed_paragraphs(20, 11), with_(blank_end_share=0.55).clean)
    assert not blank_marks_ends(closed_paragraphs(20, 11), with_(blank_end_share=0.56).clean)


def test_blank_end_min_sample() -> None:
    # Four closed lines, none with a blank line after it: judged from 4 on, not from 5.
    assert not blank_marks_ends(closed_paragraphs(4, 0), with_(blank_end_min_sample=4).clean)
    assert blank_marks_ends(closed_paragraphs(4, 0), with_(blank_end_min_sample=5).clean)


# JOINED_LINES: '... information derived from Argo data.' is 67 characters on a measure of 51
# (67 / 51 = 1.314 measures); 'The' (3) fits after a last printed part of at most 44
# characters (44 + 1 + 3 <= 51 * 0.96), so the joined parts before it hold at least 23
# characters (23 / 51 = 0.451 of the measure).


def audience_starts(**fields: float) -> bool:
    return any(t.startswith("The target audience of the AoS") for t in units(JOINED_LINES, **fields))


def test_joined_line_share() -> None:
    assert audience_starts(joined_line_share=1.31)  # a line of two printed lines joined
    assert not audience_starts(joined_line_share=1.32)  # one printed line, full


def test_hyphenated_line_min_share() -> None:
    assert audience_starts(hyphenated_line_min_share=0.451)
    assert not audience_starts(hyphenated_line_min_share=0.45)


def test_measure_min_sample() -> None:
    # With fewer than 7 wrapped lines asked for, the second-longest line (90) stands in; at a
    # slack of 0.2, 69 fits in 90 but not in 86.
    assert len(units(SUMMARY, fit_slack=0.2, measure_min_sample=7)) == 1
    assert len(units(SUMMARY, fit_slack=0.2, measure_min_sample=8)) == 2


def test_measure_window() -> None:
    # Line 5's measure: three lines either side of it see wrapped lines 2-3 and 5-8 (median
    # 88), four see all seven (86). At a slack of 0.2, 'The' fits after line 4 in 88, not in 86.
    assert Measure(to_lines(SUMMARY), with_(measure_window=3).clean).widths()[4] == 88
    assert len(units(SUMMARY, fit_slack=0.2, measure_window=3)) == 2
    assert len(units(SUMMARY, fit_slack=0.2, measure_window=4)) == 1


def test_measure_step() -> None:
    # With a window of 5, line 5 is measured from its own window (86), or every 5 lines from
    # line 1's (88).
    assert len(units(SUMMARY, fit_slack=0.2, measure_window=5, measure_step=4)) == 1
    assert len(units(SUMMARY, fit_slack=0.2, measure_window=5, measure_step=5)) == 2


# Two printed lines pdftotext joined at 'widely-' / 'used' (``compounds.junctions``): the
# first ended 80 characters from the margin, hyphen included, in a text whose usual printed
# line is 76 characters.
WIDELY_HEAD = "so the paper says ReliaLearnR is written in R, a free and well known and widely"
WIDELY = FILLER + WIDELY_HEAD + "used programming language for statistical computing and data analysis.\n" + FILLER


def widely_used(**fields: float) -> bool:
    return "widely-used programming" in " ".join(units(WIDELY, **fields))


def test_junction_max_share() -> None:
    assert len(WIDELY_HEAD) + 1 == 80 and Measure(to_lines(WIDELY), PARAMS.clean, True).usual == 76
    assert widely_used(junction_max_share=80 / 76 + 1e-9)
    assert not widely_used(junction_max_share=79.9 / 76)


def test_hyphenated_line_min_share_bounds_the_junction_too() -> None:
    assert widely_used(hyphenated_line_min_share=80 / 76 - 1e-9)
    assert not widely_used(hyphenated_line_min_share=80.1 / 76)


def test_joined_line_share_keeps_joined_lines_out_of_the_measure() -> None:
    # JOINED_LINES' fourth line joins three printed lines (152 characters): in a window of
    # three lines either side it makes the measure of the lines around it 104; counted as
    # one usual wrapped line (52) it does not. Past 152 / 52 = 2.92 usual lines it is no
    # joined line: the window keeps it.
    lines = to_lines(JOINED_LINES)
    narrow = with_(measure_window=3, measure_step=1).clean
    assert Measure(lines, narrow).widths()[4] == 104
    assert Measure(lines, narrow, joins_hyphens=True).widths()[4] == 52
    wide = with_(measure_window=3, measure_step=1, joined_line_share=2.93).clean
    assert Measure(lines, wide, joins_hyphens=True).widths()[4] == 104


def test_joined_line_neighbours() -> None:
    # JOINED_LINES' line of 105 characters sits between lines of 100 and 108: one line
    # either side, it is among long lines (a wider region's) and keeps its length, which
    # lifts the measure of the line two before it to 54; two either side (with 56 and 47,
    # 52), half are usual lines and it counts as one (52).
    lines = to_lines(JOINED_LINES)
    assert (
        Measure(lines, with_(joined_line_neighbours=1, measure_window=3, measure_step=1).clean, True).widths()[38] == 54
    )
    assert (
        Measure(lines, with_(joined_line_neighbours=2, measure_window=3, measure_step=1).clean, True).widths()[38] == 52
    )


def test_usual_line_spread() -> None:
    # JOINED_LINES' wrapped lines: 14 of 47-52 characters, 15 of 48-54. The range below 54
    # takes the three lines of 48 from a spread of 6 / 54 = 0.111 on: the usual line is 54,
    # not 52.
    lines = to_lines(JOINED_LINES)
    assert Measure(lines, with_(usual_line_spread=0.111).clean, joins_hyphens=True).usual == 52
    assert Measure(lines, with_(usual_line_spread=0.112).clean, joins_hyphens=True).usual == 54


# Narrow columns through pdftotext (jose.00143, two columns): about as many lines of two
# printed lines joined (~100-110 characters) as single ones (~50-54). Here 10 lines of 50
# and 12 of 100: the densest range is the joined lines', the range at half holds 10 / 12.
PAIRED = [50] * 10 + [100] * 12


def test_usual_half_share() -> None:
    assert layout._usual(PAIRED, with_(usual_half_share=0.5).clean) == 50
    assert layout._usual(PAIRED, with_(usual_half_share=0.49).clean) == 100


def test_usual_half_min() -> None:
    assert layout._usual(PAIRED, with_(usual_half_min=0.83).clean) == 50
    assert layout._usual(PAIRED, with_(usual_half_min=0.84).clean) == 100


def test_line_box_max_share() -> None:
    # jose.00200's 'Remote sensing observations from satellites' (43 characters) alone in its
    # box, on a measure of 50: 0.86 of it. No title case: past the share, it is a full line
    # whose sentence goes on in the next box.
    def apart(share: float) -> bool:
        return "Remote sensing observations from satellites" in units(LINE_BOX_ALONE, line_box_max_share=share)

    assert apart(0.87)
    assert not apart(0.86)


# Six full lines of prose (pdfminer): one blank line, after a sentence that ends the line.
BOXES = """\
Our understanding of the changing climate is built on decades of observations and models,
and the researchers need to collect, integrate and analyze datasets from many sources too.
The tutorial is structured into sections: data, methods, code and examples to the results.

The audiences for this tutorial are researchers and students trained in econometrics now,
who want to use weather and climate data in their work, and who have done regressions.
"""


def test_blank_separates_share() -> None:
    # One blank line in four line ends: a share of 0.25.
    assert len(units(BOXES, blank_separates_share=0.24)) == 2  # blank lines part text boxes
    assert len(units(BOXES, blank_separates_share=0.25)) == 1


def test_double_spaced_share() -> None:
    assert len(units(BOXES, double_spaced_share=0.25)) == 2
    assert len(units(BOXES, double_spaced_share=0.24)) == 1  # double-spaced: a blank says nothing


# A table read one cell per line, a blank line after each cell (scielo-wp-poppler): most
# lines stand after a blank line, but of the four lines that go on in lower case only one
# (``understorey``) does: 0.25. The blank line after ``every plot.`` then ends a paragraph.
CELLS = """\
The floristic survey sampled every tree with a trunk at least five centimetres wide
in the ten plots of each area, and the species were grouped in successional classes
as in earlier surveys of the region, with the secondary species first in every plot.

The secondary species dominate the canopy in both areas, and the late ones the

understorey, as Table 1 shows for the four richest families of the whole survey
and for the number of trees that each of them had in the three sampled areas.

Family

Species

Trees

Myrtaceae

18

112

Lauraceae

9

64

Rubiaceae

7

51
"""


def test_double_spaced_wrap_share() -> None:
    second = "The secondary species dominate"
    kept = units(CELLS, double_spaced_min_wraps=4, double_spaced_wrap_share=0.25)
    assert kept[1].startswith(second)  # the prose is not double-spaced: a blank line parts
    merged = units(CELLS, double_spaced_min_wraps=4, double_spaced_wrap_share=0.24)
    assert not merged[1].startswith(second) and second in merged[0]


def test_double_spaced_min_wraps() -> None:
    second = "The secondary species dominate"
    assert units(CELLS, double_spaced_min_wraps=4)[1].startswith(second)
    assert second in units(CELLS, double_spaced_min_wraps=5)[0]  # too few wraps to judge


# Pasted from a word processor: one paragraph per line, however long; only the last
# paragraph was wrapped once, where its sentence goes on in lower case.
PASTED = """\
The use of econometrics to study how social, economic, and biophysical systems respond to weather has started a torrent of new research.
The research often features weather regression modeling and analyzing socioeconomic outcomes as they vary over time and across the regions.
In light of this, we present a new tutorial that offers step-by-step guidance on carrying out a climate econometric analysis in many languages.
The audiences for this tutorial are researchers and students trained in econometrics who want to use
weather and climate data in their work.
"""  # noqa: E501


def test_unwrapped_share() -> None:
    # One line of five goes on in lower case: a share of 0.2.
    assert len(units(PASTED, unwrapped_share=0.21)) == 4  # one paragraph per line
    assert len(units(PASTED, unwrapped_share=0.2)) == 1


def test_unwrapped_min_lines() -> None:
    assert len(units(PASTED, unwrapped_min_lines=5, unwrapped_share=0.21)) == 4
    assert len(units(PASTED, unwrapped_min_lines=6, unwrapped_share=0.21)) == 1


# -- headings ------------------------------------------------------------------------------------

# A heading between two paragraphs of pdftotext output (no blank lines; the measure is 86).
BEFORE = (
    "The use of econometrics to study how social, economic, and biophysical systems respond\n"
    "to weather has started a torrent of new research in the field (Carleton & Hsiang, 2016).\n"
)
# (opening on a content word: after ``The`` a new sentence would set the line apart
# whatever its shape, ``clean.headings.before_new_sentence``)
AFTER = (
    "Research often features weather regression modeling and analyzing socioeconomic\n"
    "outcomes as they vary over time. The researchers need to collect, integrate, and analyze\n"
    "many different datasets such as historical climate data, future climate models, GIS\n"
    "information, and administrative data, in order to obtain meaningful and comprehensive\n"
)


def is_heading(title: str, before: str = BEFORE, **fields: float) -> bool:
    return any(u.text == title and u.kind == "heading" for u in cleaned(before + title + "\n" + AFTER, **fields).units)


def heading_opens(raw: str, start: str, **fields: float) -> bool:
    """A heading of ``raw``, cleaned with ``fields``, opens with ``start``."""
    return any(u.kind == "heading" and u.text.startswith(start) for u in cleaned(raw, **fields).units)


def test_wrapped_heading_max_lines() -> None:
    # Rev. Bras. Educ. Espec. (pypdf): section 3's name runs over three lines.
    assert heading_opens(OUTLINE_WRAPPED, "3 A educação", wrapped_heading_max_lines=3)
    assert not heading_opens(OUTLINE_WRAPPED, "3 A educação", wrapped_heading_max_lines=2)


def test_label_max_words() -> None:
    # Cad. Saúde Colet.: 'Objetivo:' (one word) after a full line that ends a sentence.
    def part(most: int) -> bool:
        return any(u.startswith("Objetivo:") for u in units(STRUCTURED, label_max_words=most))

    assert part(1)
    assert not part(0)


def test_stacked_heading_min_share() -> None:
    # Rev Saúde Pública (pdfminer): 'DIAGNÓSTICO E TRATAMENTO DO CÂNCER' (34 characters) on a
    # measure of 52, over 'DO COLO DO ÚTERO': one heading wrapped, from a share of 34/52 down.
    def one(share: float) -> bool:
        return any(
            u.text.endswith("CÂNCER DO COLO DO ÚTERO") for u in cleaned(STACKED, stacked_heading_min_share=share).units
        )

    assert one(34 / 52)
    assert not one(34 / 52 + 0.001)


def test_sentence_heading_max_words() -> None:
    # Rev. adm. contemp. (pypdf): a 7-word heading in sentence case filling a narrow line,
    # with ``In administration, ...`` after it.
    def heading(most: int) -> bool:
        title = "Perspectives that seek to measure moral virtues"
        return any(
            u.kind == "heading" and u.text == title
            for u in cleaned(SENTENCE_CASE, sentence_heading_max_words=most).units
        )

    assert heading(7)
    assert not heading(6)


def test_heading_max_share() -> None:
    title = "Statement of the Software Need"  # 30 characters: 0.349 of the measure
    assert is_heading(title, heading_max_share=30.5 / 86)
    assert not is_heading(title, heading_max_share=29.5 / 86)


def test_heading_short_chars() -> None:
    # A narrow share (0.1) leaves the length in characters to decide.
    assert is_heading("Statement of Need", heading_max_share=0.1, heading_short_chars=17)
    assert not is_heading("Statement of Need", heading_max_share=0.1, heading_short_chars=16)


def test_heading_max_words() -> None:
    title = "Teaching Experience With The Course Materials"
    assert is_heading(title, heading_max_words=6)
    assert not is_heading(title, heading_max_words=5)


def wrapped_headings(**fields: int) -> list[str]:
    return [u.text for u in cleaned(WRAPPED, **fields).units if u.kind == "heading"]


def test_wrapped_heading_max_words() -> None:
    # The first heading has 15 words on its two lines.
    assert len(wrapped_headings(wrapped_heading_max_words=15)) == 2
    found = wrapped_headings(wrapped_heading_max_words=14)
    assert not any(h.startswith("3 Análise") for h in found)


def test_wrapped_early_min_share() -> None:
    # ``Course structure and learning`` and ``outcomes``: 38 characters on a measure of 51.
    assert heading_opens(EARLY, "Course structure", wrapped_early_min_share=0.73)
    assert not heading_opens(EARLY, "Course structure", wrapped_early_min_share=0.74)


def test_title_min_capitals() -> None:
    # ``Part 1: Introduction to PEST and the Gauss-Levenberg Marquardt Approach``: 6 long words.
    assert heading_opens(TITLED, "Part 1:", title_min_capitals=6)
    assert not heading_opens(TITLED, "Part 1:", title_min_capitals=7)


def test_heading_min_letters() -> None:
    assert is_heading("2.1 Data", heading_min_letters=4)
    assert not is_heading("2.1 Data", heading_min_letters=5)


def test_heading_max_question_words() -> None:
    title = "Why Use Python For Teaching Climate Econometrics?"  # 7 words
    assert is_heading(title, heading_max_question_words=7)
    assert not is_heading(title, heading_max_question_words=6)


def test_heading_any_case_words() -> None:
    title = "Data and code availability"  # 4 words, 1 of 3 long words capitalised
    assert is_heading(title, heading_any_case_words=4)
    assert not is_heading(title, heading_any_case_words=3)


def test_heading_capital_share() -> None:
    title = "Data Sources and code availability"  # 5 words, 2 of 4 long words capitalised
    assert is_heading(title, heading_capital_share=0.5)
    assert not is_heading(title, heading_capital_share=0.51)


def test_heading_long_word_chars() -> None:
    title = "Results for the new Model"  # 2 of 2 words of 4+ letters capitalised, 2 of 5 of 3+
    assert is_heading(title, heading_long_word_chars=4)
    assert not is_heading(title, heading_long_word_chars=3)


def test_short_line_share() -> None:
    # The line before the heading has no stop; at 35 characters it is short below 0.41 of 86.
    before = (
        "The lessons use Python and pandas to read oceanographic profiles and write the results\n"
        "tables to organize and analyze data\n"
    )
    # (A heading whose name the vocabulary knows, ``Statement of Need``, needs no short line
    # before it: this one is the paper's own.)
    assert is_heading("Oceanographic Profiles", before, short_line_share=0.41)
    assert not is_heading("Oceanographic Profiles", before, short_line_share=0.40)


# -- block breaks --------------------------------------------------------------------------------


def breaks_at(raw: str, **fields: float) -> dict[int, str]:
    """Raw line number -> why a block starts there."""
    return {r.line: r.why for r in cleaned(raw, **fields).repairs if r.rule == "block-break"}


# A reference list (measure 86); the last entry has no author list, and the line before it
# (73 characters) ends the entry before with room: 'Python' (6) fits with up to 1 - 80/86.
REFS = """\
References
Carleton, T. A., & Hsiang, S. M. (2016). Social and economic impacts of climate. Science,
353(6304), aad9837. https://doi.org/10.1126/science.aad9837
Ciscar, J.-C., Rising, J., Kopp, R. E., & Feyen, L. (2019). Assessing future climate
change impacts in the EU and the USA. Environ. Res. Lett., 14(8), 084010.
Python Software Foundation. Python language reference, version 3.11. Available online.
"""


def test_entry_end_slack() -> None:
    assert breaks_at(REFS, entry_end_slack=1 - 80 / 86 - 0.001)[6] == "a reference entry ends on a short line"
    assert 6 not in breaks_at(REFS, entry_end_slack=1 - 80 / 86 + 0.001)


def test_caption_max_lines() -> None:
    # Rev. Bras. Ensino Física (pypdf): a caption of two lines at a page's top; the text the
    # page before left open goes on after them from caption_max_lines 2.
    raw = (
        "A Figura 7 mostra a câmara de reação tipo fechada\n"
        "já montada. Este modelo exige a colocação de tu-\n"
        "bos conectados em bomba peristáltica ou bomba tipo\n"
        "\f"
        "Figura 6: Câmara de reação tipo fechada com tampa e\n"
        "ímãs de neodímio.\n"
        "seringa para sucção dos reagentes. A conexão do topo,\n"
        "seja no modo aberto ou fechado é possível com uso de\n"
    )
    assert units(raw, caption_max_lines=2)[2].startswith("seringa")
    assert len(units(raw, caption_max_lines=1)) == 2


def test_max_entry_lines() -> None:
    # Two lines into an entry, the usual rules take over from max_entry_lines 2: the fit test
    # breaks where the entry rule (its slack 0.25) did not.
    assert breaks_at(REFS, max_entry_lines=2)[6].startswith("sentence end on a short line")
    assert 6 not in breaks_at(REFS, max_entry_lines=3)


def test_list_item_slack() -> None:
    # The line before the item has no stop; '2.' after its 38 characters fits in 86 with up
    # to 1 - 41/86 to spare.
    raw = (
        "The tutorial has been actively used by students at the London School of Economics, and\n"
        "it has been highlighted at multiple workshops around the world over the past years, in\n"
        "the following sections of the tutorial\n"
        "2. Using weather and climate data: introduces the data and its attributes, the NetCDF\n"
        "file format, supported programming languages, and common limitations of the data.\n"
    )
    assert breaks_at(raw, list_item_slack=1 - 41 / 86 - 0.001)[4] == "list item starts"
    assert 4 not in breaks_at(raw, list_item_slack=1 - 41 / 86 + 0.001)


def test_box_slack() -> None:
    # pdfminer: a blank line after a line of 70 characters without a stop; 'The' fits in the
    # measure of 89 with up to 1 - 74/89 to spare, else the box split a sentence.
    raw = (
        "Our understanding of the changing climate is built on decades of observations and models,\n"
        "and the researchers need to collect, integrate and analyze datasets from many sources too.\n"
        "The tutorial is structured into sections on data, methods and the code\n\n"
        "The audiences for this tutorial are researchers and students trained in econometrics now,\n"
        "who want to use weather and climate data in their work, and who have done regressions.\n"
    )
    assert breaks_at(raw, box_slack=1 - 74 / 89 - 0.001)[5] == "blank line between boxes"
    assert 5 not in breaks_at(raw, box_slack=1 - 74 / 89 + 0.001)


def test_short_line_slack() -> None:
    # 'tables to organize and analyze data' (35) then 'These' (5): 41 of 86.
    raw = (
        "The lessons use Python and pandas to read oceanographic profiles and write the results\n"
        "to files, to plot the data and to check the quality flags of each of the profiles, and\n"
        "tables to organize and analyze data\n"
        "These lessons are aimed at users with minimal experience of Python and of Argo data.\n"
    )
    assert breaks_at(raw, short_line_slack=1 - 41 / 86 - 0.001)[4] == "short line before a capitalised line"
    assert 4 not in breaks_at(raw, short_line_slack=1 - 41 / 86 + 0.001)


def test_paragraph_blank_lines() -> None:
    # The seed, double-spaced: two blank lines after 'ties.'
    raw = (
        "They are quite conscious of peace and stability in the Eurasian \n\n"
        "region, and of the mutual benefits of fostering their ties. \n\n\n"
        "Moscow and Islamabad are trying to move forward in three key \n\n"
        "broad areas where the convergence of interests is evident. \n\n"
    )
    assert breaks_at(raw, paragraph_blank_lines=2)[6] == "wider gap after a sentence end"
    assert 6 not in breaks_at(raw, paragraph_blank_lines=3)


def test_extra_trailing_spaces() -> None:
    # The seed: a wrapped line ends in one space, a paragraph's last line in two.
    raw = (
        "Russia has always been \n\ninclined to explore beyond its immediate security domain to defend its \n\n"
        "conventional areas of interest, which also cover South Asia (SA).  \n\n"
        "However, to contain the Russian influence, the US-led Western \n\n"
        "powers are obsessed with imposing sanctions to curtail Moscow's \n\n"
    )
    assert breaks_at(raw, extra_trailing_spaces=2)[7] == "extra trailing space after a sentence end"
    assert 7 not in breaks_at(raw, extra_trailing_spaces=3)


def test_indent_step() -> None:
    raw = (
        "The research often features weather regression modeling and analyzing socioeconomic\n"
        "outcomes as they vary over time, and the researchers collect and integrate many data.\n"
        "    Different datasets such as historical climate data, future climate models and GIS\n"
        "information are needed, in order to obtain meaningful and comprehensive results here.\n"
    )
    assert breaks_at(raw, indent_step=4)[3] == "indented first line after a sentence end"
    assert 3 not in breaks_at(raw, indent_step=5)


def test_page_slack() -> None:
    # Four pages numbered 1-4 at their feet; the second page's foot also holds "4", two
    # pages off the paper's count: text (the rest of a line), not a page number.
    pages = [body(p, 8) + str(p + 1) + ("\n4" if p == 1 else "") + "\n" for p in range(4)]
    raw = "\f".join(pages)
    assert removed(raw, page_slack=2).count("4") == 2
    assert removed(raw, page_slack=1).count("4") == 1


def test_name_syllable_chars() -> None:
    # cadsc-31-e31030043: 'Chao-' / 'varindr' (a surname in a reference). 'Chao' (4 letters,
    # zipf 3.4) is a word, so only a capitalised syllable of at most this many letters lets
    # 'varindr' (no word) join it.
    lex = DocumentLexicon(["Metzger BE, Lowe LP, Dyer AR, Trimble ER, Chao-", "varindr U, Coustan DR, et al."])
    p4, p3 = with_(name_syllable_chars=4).clean, with_(name_syllable_chars=3).clean
    assert hyphens.decide("Chao-", "varindr", lex, "en", p4).join
    assert not hyphens.decide("Chao-", "varindr", lex, "en", p3).join


def test_syllable_chars() -> None:
    # bak-p59099's reference: 'dia-' / 'logicos' (3 letters, 'dia' a common word) before a
    # rest no language knows (zipf 0): a word broken after its first syllable from
    # syllable_chars 3 on; below, the word 'dia' may be a compound's and the hyphen stays.
    lex = DocumentLexicon(["Estudos dia-", "logicos sobre a linguagem"])
    p3, p2 = with_(syllable_chars=3).clean, with_(syllable_chars=2).clean
    assert hyphens.decide("dia-", "logicos", lex, "pt", p3).join
    assert not hyphens.decide("dia-", "logicos", lex, "pt", p2).join


def test_common_rest_chars() -> None:
    # jose.00240's reference: 'high-dimensional, geostatistical-' / 'based decision-support'.
    # 'geostatistical' is a rare word (zipf 1.4) and 'geostatisticalbased' none: 'based' (5
    # letters, common) after it makes a compound, from common_rest_chars 5 down; above, the
    # rare half reads as a piece of a word and joins.
    assert not joins("geostatistical-", "based", common_rest_chars=5)
    assert joins("geostatistical-", "based", common_rest_chars=6)


def test_language_min_blocks() -> None:
    # rsp-59-e1's references (an English article): entries 11 and 23 are Portuguese by their
    # own words, entry 3 too short to tell. Two Portuguese blocks make Portuguese asked in
    # entry 3 from language_min_blocks 2 down: 'Tuber-' / 'culose' joins.
    raw = TUBERCULOSE + IBGE + DANTAS
    joined = " ".join(u.text for u in clean(to_lines(raw), lang="en", params=with_(language_min_blocks=2)).units)
    kept = " ".join(u.text for u in clean(to_lines(raw), lang="en", params=with_(language_min_blocks=3)).units)
    assert "Tuberculose" in joined and "Tuber-culose" in kept


def test_language_min_share() -> None:
    # The same three entries: two of three blocks are Portuguese (0.667), enough from
    # language_min_share 0.66 down.
    raw = TUBERCULOSE + IBGE + DANTAS
    joined = " ".join(u.text for u in clean(to_lines(raw), lang="en", params=with_(language_min_share=0.66)).units)
    kept = " ".join(u.text for u in clean(to_lines(raw), lang="en", params=with_(language_min_share=0.67)).units)
    assert "Tuberculose" in joined and "Tuber-culose" in kept


def test_zipf_own_compound() -> None:
    # An English block of a paper with Spanish in it: 'vice-' / 'versa' ('versa' 3.72, 'vice'
    # 4.71; 'viceversa' is common Spanish) is English's own compound from 3.72 down.
    z = zipf("versa", "en")
    p = with_(zipf_own_compound=z).clean
    assert not hyphens.decide("vice-", "versa", NO_EVIDENCE, "en", p, langs=("es",)).join
    p = with_(zipf_own_compound=z + 0.01).clean
    assert hyphens.decide("vice-", "versa", NO_EVIDENCE, "en", p, langs=("es",)).join


def test_compound_head_chars() -> None:
    # 'geostatistical' has 14 letters: a compound's first word from compound_head_chars 14
    # down; above, a piece of a word ('uncon-' / 'figured' joins so).
    assert not joins("geostatistical-", "based", compound_head_chars=14)
    assert joins("geostatistical-", "based", compound_head_chars=15)
    assert joins("uncon-", "figured")


# Two pages of a LaTeX preprint (pdftotext): the template's notice at the first page's foot.
NOTICE = "Preprint submitted to JOURNAL OF OPEN EDUCATION RESEARCH"
PREPRINT = body(1, 8) + NOTICE + "\n1\n\f" + body(2, 8) + "2\n"


def test_notice_max_chars() -> None:
    assert NOTICE in removed(PREPRINT, notice_max_chars=len(NOTICE))
    assert NOTICE not in removed(PREPRINT, notice_max_chars=len(NOTICE) - 1)


def test_a_notice_inside_a_page_is_text() -> None:
    inside = body(1, 4) + NOTICE + "\n" + body(1, 8)[len(body(1, 4)) :] + "1\n\f" + body(2, 8) + "2\n"
    assert NOTICE not in removed(inside)


# A Springer abstract, its label run into its first line (``run_in_label_min_words``).
RUN_IN = (
    "A Study of Gradient Noise in Small Neural Networks\n\n"
    "Abstract. We study the role of gradient noise in the training of small neural networks.\n"
    "Using a series of controlled experiments, we show that the noise scale predicts it.\n"
)


def test_run_in_label_min_words() -> None:
    # 14 words after the label on its line.
    assert "Abstract" in units(RUN_IN, run_in_label_min_words=14)
    assert "Abstract" not in units(RUN_IN, run_in_label_min_words=15)


def test_equation_max_words() -> None:
    # 'f(x) = 0 for x < 0' holds one function word: an equation's line from equation_max_words 1.
    raw = (
        "The loss is zero below the threshold and grows linearly above it, that is\n"
        "f(x) = 0 for x < 0\n"
        "(1)\n"
        "where x is the distance of the prediction from the threshold, in standard units.\n"
    )
    assert "f(x) = 0 for x < 0 (1)" in units(raw, equation_max_words=1)
    assert "f(x) = 0 for x < 0 (1)" not in units(raw, equation_max_words=0)


def test_ahead_lines() -> None:
    # The equation's first line is two lines before its number: seen from ahead_lines 2.
    raw = (
        "the utility that respondent n derives from alternative j in choice task t is written as\n"
        "Unjt = β′\n"
        "nxnjt + εnjt,\n"
        "(1)\n"
        "where xnjt is the vector of attributes, βn is a vector of coefficients and so on.\n"
    )
    assert breaks_at(raw, ahead_lines=2).get(2) == "a numbered equation starts"
    assert breaks_at(raw, ahead_lines=1).get(2) != "a numbered equation starts"


def test_front_notes_max_lines() -> None:
    # The first page's foot holds 4 lines of notes on its authors: moved before the text
    # from front_notes_max_lines 4.
    page_one = (
        "Nitrogen retention in restored floodplain wetlands\n\n"
        "Diffuse nitrogen pollution from agriculture remains one of the most persistent threats to\n"
        "freshwater ecosystems, and the monitoring needed to separate restoration effects from\n"
        "* Corresponding author.\n"
        "E-mail address: lea.moreau@univ-rennes.fr (L. Moreau).\n"
        "https://doi.org/10.1016/j.jenvman.2022.114932\n"
        "Received 3 November 2021; Accepted 1 March 2022\n"
        "\fclimate variability is rarely available (Hansen et al., 2018). In this study we address\n"
        "three questions about the retention of nitrate in restored wetlands of the basin.\n"
    )
    assert units(page_one, front_notes_max_lines=4)[0].startswith("* Corresponding author.")
    assert not units(page_one, front_notes_max_lines=3)[0].startswith("* Corresponding author.")


def test_list_end_share() -> None:
    # jose.00198 on A5 pages, read by pypdf: four items end on no stop, the longest of
    # those last lines ``and seasonal patterns`` (21 characters); the page's longest line
    # has 56. Below 21/56, a bullet goes back no more.
    def placed(share: float) -> bool:
        return any(u.text.startswith("• Decomposing") for u in cleaned(BULLETS_LAST, list_end_share=share).units)

    assert placed(21.01 / 56)
    assert not placed(21 / 56)


def test_list_full_share() -> None:
    # Two lists between colons, their bullets read last: the page's 21 lines sorted by
    # length have 48 and 59 characters at ranks 12 and 13 (of 0 to 20); the first list's
    # longest line has 48. Its lines are indented while the full line is 50 or more (the
    # slack is 1): from the share 13/20 on.
    def placed(share: float) -> bool:
        result = cleaned(TWO_LISTS, list_full_share=share)
        return not [r for r in result.removed if r.rule == "list-marker"]

    assert placed(13 / 20)
    assert not placed(12.99 / 20)


def test_list_measure_slack() -> None:
    # The same page: the list's longest line has 50 characters, the paragraph's first line
    # after it 56. It opens a paragraph while the slack is under 6.
    def parted(slack: int) -> bool:
        texts = units(BULLETS_LAST, list_measure_slack=slack)
        return any(t.startswith("R tutorials follow") for t in texts)

    assert parted(5)
    assert not parted(6)
