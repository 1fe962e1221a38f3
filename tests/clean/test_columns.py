"""Layout-mode text: columns that share a line are read one after the other.

The cases in tests/cases/columns are real extractions: pypdf's layout mode of JOSE papers
(CC BY 4.0; a sidebar beside the body on page 1, a survey table, a running footer), and
``pdftotext -layout`` of two-column pages rendered with WeasyPrint from the same texts and
from a SciELO article's (CC BY), and of a page whose sidebar floats in the body's column
(the body wraps around it); one is made up: a table of prose cells.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from galley.clean import columns
from galley.inputs.read import to_lines
from galley.model import Line, Repair
from galley.params import CleanParams

CASES = Path(__file__).resolve().parents[1] / "cases" / "columns"


def lines_of(name: str) -> list[Line]:
    return to_lines((CASES / name).read_text(encoding="utf-8"))


def words(lines: list[Line]) -> Counter[str]:
    return Counter(w for ln in lines for w in ln.text.split())


def separated(name: str) -> tuple[list[Line], list[Line], list[Repair]]:
    before = lines_of(name)
    repairs: list[Repair] = []
    after = columns.separate(before, repairs)
    assert words(after) == words(before)  # nothing lost, nothing invented
    return before, after, repairs


def test_a_journal_sidebar_is_read_before_the_body_and_never_inside_it() -> None:
    _, after, repairs = separated("sidebar-pypdf-layout.txt")
    texts = [ln.text for ln in after]
    # The title block above the sidebar keeps its place.
    assert texts[0] == "The University of Toronto Climate Downscaling"
    # The sidebar, whole and in order, before the body's first heading.
    sidebar = texts.index("DOI: 10.21105/jose.00243")
    summary = texts.index("Summary")
    assert sidebar < summary
    assert texts[sidebar:summary] == [
        "DOI: 10.21105/jose.00243",
        "Software",
        "•  Review",
        "•  Repository",
        "•  Archive",
        "Submitted:  24 October 2023",
        "Published:  19 August 2024",
        "License",
        "Authors of papers retain copyright",
        "and release the work under a",
        "Creative Commons Attribution 4.0",
        "International License (CC BY 4.0).",
    ]
    body = " ".join(texts[summary:])
    assert "Submitted" not in body and "Creative Commons" not in body
    assert "The University of Toronto Climate Downscaling Workflow (UTCDW) is a resource designed" in texts
    assert [r.rule for r in repairs] == ["columns"]
    assert (repairs[0].line, repairs[0].end_line) == (9, 40)


def test_a_sidebar_floating_in_the_body_column_is_read_apart_by_its_labels() -> None:
    # pdftotext -layout: the box of DOI, dates and licence floats at the body's left edge,
    # the body's lines wrap beside it, then run the page's full width again. Not in a
    # margin: its labels (DOI, Received, Accepted, Published) tell it.
    _, after, repairs = separated("float-sidebar-pdftotext-layout.txt")
    texts = [ln.text for ln in after]
    doi = texts.index("DOI: 10.21105/jose.00196")
    assert texts[doi : doi + 5] == [
        "DOI: 10.21105/jose.00196",
        "Received: 16 July 2022",
        "Accepted: 16 September 2022",
        "Published: 16 October 2022",
        "Licence",
    ]
    # The licence's last line ends one column short of the body: still the sidebar's.
    heading = texts.index("Introduction: the Lorentz transformation in special")
    assert texts.index("Attribution License (CC BY 4.0).") < heading
    assert [r.rule for r in repairs] == ["columns"]
    # The body beside it keeps its place on the page: its lines are as full as the page's.
    body = next(ln for ln in after if ln.text.startswith("Galilean transformations."))
    assert body.indent == 33
    # Its sentence goes on across the rows the sidebar alone holds: no blank line there.
    after_row = next(ln for ln in after if ln.text.startswith("(Lorentz, 1904) supersede"))
    assert after_row.blank_before == 0


def test_two_columns_of_prose_are_read_left_then_right_with_their_paragraphs() -> None:
    _, after, _ = separated("twocol-pdftotext-layout.txt")
    texts = [ln.text for ln in after]
    left_end = texts.index("problems, the appropriate use of data, its")
    right_start = texts.index("integration and aggregation are unique to")
    assert left_end + 1 == right_start
    # A paragraph ends where only the other column goes on: a blank line in this column.
    starts = [ln.text for ln in after if ln.blank_before]
    for opening in (
        "The research often features weather",
        "Similarly, software aimed at facilitating",
        "Moreover, it features reusable code",
        "While   the    challenges   of    climate",
    ):
        assert opening in starts
    assert "each     research    question,    thereby" in texts  # a justified line keeps its words
    assert all(ln.indent == 0 for ln in after)  # each column measured from its own edge


def test_a_justified_column_whose_lines_end_ragged_is_read_whole() -> None:
    """pypdf's layout mode of a two-column page (WeasyPrint render of scielo bjb-83, CC BY):
    the left column is justified, its words three spaces apart, and its lines end ragged,
    some a word's width into the gutter (``... culture   vessels   mag‐     60% of``). The
    page is one run of two columns; it was cut there, and the lines below were read
    across both columns (``... (Ben‐ Hyperhydricity is a physiological disorder``)."""
    _, after, repairs = separated("twocol-justified-pypdf-layout.txt")
    assert len(repairs) == 1
    texts = [ln.text for ln in after]
    ragged = texts.index("city,   when   other   factors   i.e.   culture   vessels   mag‐")
    assert texts[ragged - 1] == "santolinifolia BA and 2iP induced severe hyperhydri‐"
    assert texts[ragged + 1] == "nitude and a suitable concentration of agar, ammoni‐"
    assert ragged < texts.index("60% of plants species, hyperhydricity was described")
    assert texts.index("um to reduced hyperhydricity (23.6%).") < texts.index("1. Introduction")


def test_a_left_column_s_last_word_in_the_gutter_stays_in_its_column() -> None:
    """pypdf's layout mode spreads a justified line's words over its width, and the last
    one may land in the gutter, right of its blank page columns but short of where the right
    column's lines start (WeasyPrint render of scielo trans-45, CC BY: ``... bien     y
    FOUCAULT, M.``, ``... sin       gra‐     (Trad. cast.``). It stays the left column's:
    read in the right one, ``gra‐`` / ``cia”`` lay a column apart and the right column's
    entries read ``y FOUCAULT, M.``."""
    _, after, repairs = separated("twocol-gutter-words-pypdf-layout.txt")
    texts = [ln.text for ln in after]
    assert "“[…]     confunde,     en     lo     indiscernible,     bien     y" in texts
    k = texts.index("que       parezca       “animal,       salvaje,       sin       gra‐")
    assert texts[k + 1].startswith("cia”")
    assert "FOUCAULT, M. Le Gouvernement de soi et des autres" in texts
    assert "(Trad. cast. El gobierno de sí y de los otros II. El" in texts
    # A word that spills into the gutter no further than its blank page columns' right edge
    # (``... efecto       inverti‐     cinismo contemporáneo``) does not end the run: the left
    # column's reference list, under its heading, is read before the right column's entries.
    k = texts.index("nomina:       “eclecticismo       de       efecto       inverti‐")
    assert texts[k + 1 : k + 3] == ["do” (FOUCAULT, 2010, p. 244).", "Referencias"]
    assert texts.index("Referencias") < texts.index("FOUCAULT, M. Le Gouvernement de soi et des autres")
    # The repair says where the right column starts: the loss audit cuts the lines there too.
    assert columns.gutter_of(repairs[0]) == ((61, 64), 68)


def test_runs_of_one_page_parted_by_a_word_in_the_gutter_are_read_as_one() -> None:
    """The same page: ``... efecto       inverti‐     cinismo ...`` reaches into the
    gutter, and the page's two columns are two runs, their gutters a few page columns apart.
    The left column under that line goes on from the left column above it (its reference
    list's heading and first entries), and is read before the right column's entries."""
    _, after, repairs = separated("twocol-gutter-words-pypdf-layout.txt")
    texts = [ln.text for ln in after]
    k = texts.index("nomina:       “eclecticismo       de       efecto       inverti‐")
    assert texts[k - 1].endswith("se de‐") and texts[k + 1 : k + 3] == ["do” (FOUCAULT, 2010, p. 244).", "Referencias"]
    assert texts.index("Referencias") < texts.index("FOUCAULT, M. Le Gouvernement de soi et des autres")
    assert [(r.line, r.end_line) for r in repairs] == [(1, 32), (33, 61)]
    assert repairs[1].why.endswith(columns.GOES_ON) and not repairs[0].why.endswith(columns.GOES_ON)
    # The right column's entry that the two runs cut in two reads on without a break.
    entry = next(ln for ln in after if ln.text.startswith("cinismo contemporáneo."))
    assert entry.blank_before == 0


def test_runs_apart_or_far_apart_are_read_one_after_the_other() -> None:
    lines = lines_of("twocol-gutter-words-pypdf-layout.txt")
    first, second = columns.find_runs(lines, CleanParams())
    p = CleanParams()
    assert columns.goes_on(lines, first, second, p)
    assert not columns.goes_on(lines, first, replace(second, first=second.first + 1), p)  # a line between
    assert not columns.goes_on(lines, first, replace(second, band=(75, 80)), p)  # another gutter
    assert not columns.goes_on(lines, replace(first, prose=False), second, p)  # a sidebar's
    assert columns.goes_on(lines, first, replace(second, band=(53, 80)), p)  # one edge near enough
    assert not columns.goes_on(lines, first, replace(second, band=(52, 80)), p)


def test_a_reference_s_first_word_hanging_left_of_its_column_stays_in_it() -> None:
    # Made up: a right column of references whose first lines hang five page columns left
    # of the others, spread by justification (``HEINRICH,   K.   Parmenides``); most lines
    # start at the indent. The author's name is not a word the left column spilled.
    left = ["the quick brown fox jumps over the lazy dog and then runs"] * 10
    left[0] = left[5] = "the   quick   brown   fox   jumps   over   the   lazy   dog"  # (spread: 3 apart)
    right = [
        "HEINRICH,   K.   Parmenides   und   Jona.   Vier   Studien",
        *["     uber das Verhaltnis von Philosophie und Mytholo-"] * 4,
        "NIEHUES-PROBSTING,   H.   Der   Kynismus   des   Dioge-",
        *["     nes und der Begriff des Zynismus. Frankfurt: Suhr-"] * 4,
    ]
    repairs: list[Repair] = []
    after = columns.separate(to_lines("\n".join(a.ljust(64) + b for a, b in zip(left, right, strict=True))), repairs)
    texts = [ln.text for ln in after]
    assert texts[:10] == left and texts[10].startswith("HEINRICH,") and texts[15].startswith("NIEHUES-PROBSTING,")
    assert [columns.gutter_of(r) for r in repairs] == [((59, 64), 69)]


def test_a_list_s_marker_hanging_left_of_the_right_column_stays_in_it() -> None:
    # The same page, a bullet where the left column's last word was (``bien     •  FOUCAULT``):
    # a marker hanging left of its item is the right column's; so are words a line runs with.
    text = (CASES / "twocol-gutter-words-pypdf-layout.txt").read_text(encoding="utf-8")
    for marked in ("bien     •  FOUCAULT", "bien     y y  FOUCAULT"):
        after = columns.separate(to_lines(text.replace("bien     y  FOUCAULT", marked)), [])
        texts = [ln.text for ln in after]
        assert "“[…]     confunde,     en     lo     indiscernible,     bien" in texts
        assert marked.split("     ")[1] + ", M. Le Gouvernement de soi et des autres" in texts
    # The left column's last word spilled into the gutter, nothing in the right column beside it.
    after = columns.separate(
        to_lines(text.replace("bien     y  FOUCAULT, M. Le Gouvernement de soi et des autres", "bien     y")), []
    )
    assert "“[…]     confunde,     en     lo     indiscernible,     bien     y" in [ln.text for ln in after]
    # A line of the right column alone that starts short of its edge has no left text to go on.
    alone = " " * 68 + "JULIANO. Discursos I - V. Madrid: Gredos ,"
    assert alone in text
    after = columns.separate(to_lines(text.replace(alone, " " * 65 + "Nota  breve, Departamento")), [])
    assert any(ln.text.startswith("Nota  breve, Departamento") for ln in after)


def test_a_page_that_goes_on_in_two_columns_may_hold_a_table_in_one() -> None:
    """``pdftotext -layout`` of a two-column page (WeasyPrint render of scielo cadsc-31,
    CC BY) whose right column is a table (``Total 6,6 5,0 - 8,5 93,4 91,5 - 95,0``) after
    a page of two columns of prose: the left column's prose and the gutter where the page
    before had it tell the two columns. Read as one column, every line ran a sentence of
    the left column into a row of the table."""
    _, after, repairs = separated("twocol-table-column-pdftotext-layout.txt")
    assert len(repairs) == 2
    texts = [ln.text for ln in after]
    left = texts.index("do domicílio, com ajustes para correção de não res‐")
    assert texts[left + 1] == "posta e calibração pelos totais populacionais, e (iii) o"
    assert texts.index("sentimento Livre e Esclarecido (TCLE).") < texts.index("Total 6,6 5,0 - 8,5 93,4 91,5 - 95,0")


def test_a_run_after_another_on_its_page_does_not_reach_back_into_it() -> None:
    """pypdf's layout mode of a two-column page (WeasyPrint render of scielo bak-p59099,
    CC BY) whose gutter narrows halfway down (a quotation's justified lines reach into it):
    the lines below the first run are a run of their own, however far back their gutter
    would reach. Lines where the two runs meet were read across both columns."""
    _, after, repairs = separated("twocol-two-gutters-pypdf-layout.txt")
    assert len(repairs) == 2
    texts = [ln.text for ln in after]
    met = texts.index("lei...     “oh     o     que     você     fez...     para‐")
    assert texts[met + 1] == "béns...” ((entonação irônica)) nisso ela falou..."
    left = texts.index("se levante, como se concretiza na forma verbal no im‐")
    assert texts[left + 1] == "perativo “Levanta”. A entonacao autoritária, descon‐"


def test_a_table_across_the_page_after_two_columns_is_no_pair_of_columns() -> None:
    """A table set across the page under two columns of prose: its labels are prose, but
    they end ragged, far from its figures; a left column of prose fills its width."""
    first = (CASES / "twocol-pdftotext-layout.txt").read_text(encoding="utf-8").rstrip("\f\n")
    labels = [
        "Regular consumption of fruit and vegetables",
        "Recommended consumption of fruit and vegetables",
        "Regular consumption of soft drinks",
        "Consumption of whole milk with fat",
        "Physical activity in free time",
        "Physical activity when commuting to work",
        "Watching television three hours or more",
        "Current smokers of any tobacco product",
    ]
    rows = [label.ljust(50) + f"{30 + k},{k}    {20 + k},{k + 1}    {40 + k},{k}" for k, label in enumerate(labels)]
    for page_break in ("\f", "\n\n"):
        caption = "Table 2. Indicators of risk and protection for chronic diseases by sex, Brazil, 2019"
        lines = to_lines(first + page_break + caption + "\n\n" + "\n".join(rows) + "\n")
        after = columns.separate(lines, [])
        assert [ln.text for ln in after[-len(rows) :]] == rows


def test_each_page_s_columns_are_read_before_the_next_page() -> None:
    """Two pages of two columns (``pdftotext -layout`` of a WeasyPrint render, jose.00239):
    a gutter never runs across a page break, so page 1's right column comes before page 2's
    left one (read as one run, both left columns came first); each page sets its right
    column where it likes (page columns 54 and 55 here, 54 and 60 elsewhere)."""
    _, after, repairs = separated("twocol-pages-pdftotext-layout.txt")
    assert len(repairs) == 2
    texts = [ln.text for ln in after]
    page_one_right = texts.index("balance loss between different classes. Data pre‐")
    page_two_left = texts.index("(optimisers, loss functions, transformations etc.)")
    assert page_one_right < page_two_left
    assert [ln.page for ln in after] == sorted(ln.page for ln in after)
    # Each repair names its gutter, so the loss audit can cut the raw lines where this did.
    # (the right column's page column, above, is where the gutter ends)
    assert [gutter[0][1] for r in repairs if (gutter := columns.gutter_of(r))] == [54, 55]
    assert columns.gutter_of(Repair("hyphen-join", 1, 2, "a-", "b", "parted by blank page columns 1-2")) is None


def test_a_page_goes_on_in_two_columns_where_one_edge_of_its_gutter_stays() -> None:
    """Two pages of two columns (``pdftotext -layout`` of jose.00302 rendered in two columns
    with WeasyPrint). Page 2's gutter moved: blank page columns 55-71 on page 1, 55-61 on
    page 2, whose right column is the references (no prose: only the columns going on from
    page 1 make it two). Both pages are read column by column, the references after the
    left column's last paragraph."""
    _, after, repairs = separated("twocol-shifted-gutter-pdftotext-layout.txt")
    assert [columns.gutter_of(r) for r in repairs] == [((55, 72), 72), ((55, 62), 62)]
    texts = [ln.text for ln in after]
    assert texts.index("References") > texts.index("change.")
    feedback = texts.index("their valuable feedback and suggestions that helped")
    assert texts[feedback + 1] == "improve this paper and overall project."


def test_two_columns_of_prose_may_have_two_left_edges() -> None:
    """A reference list in two columns (``pdftotext -layout``, rsp-48-2-0240 rendered in two
    columns): the right column's entries start at one page column (``10. Ferreccio C,
    ...``), their hanging lines three further; neither edge holds three quarters of the
    lines, both do. Two columns of prose: left column first, then the right one."""
    _, after, repairs = separated("twocol-entries-pdftotext-layout.txt")
    assert len(repairs) == 1
    texts = [ln.text for ln in after]
    assert texts.index("REFERÊNCIAS") < texts.index("10. Ferreccio C, Bratti MC, Sherman ME, Herrero R,")
    assert texts.index("4. Bottari CMS, Vasconcellos MM, Mendonça MHM.") < texts.index("S0102-311X2010000400015")


def test_a_table_of_prose_cells_with_two_left_edges_is_no_pair_of_columns() -> None:
    """A table of categories beside numbered statements (hanging lines): two left edges,
    prose on both sides, but no page long: its cells stay on their rows."""
    _, _, repairs = separated("table-prose-cells-layout.txt")
    assert repairs == []


def test_a_table_in_the_body_is_not_a_pair_of_columns() -> None:
    before, after, repairs = separated("table-pypdf-layout.txt")
    assert after == before and repairs == []


def test_a_running_footer_with_its_page_number_far_right_is_not_a_column() -> None:
    before, after, repairs = separated("footer-pypdf-layout.txt")
    assert after == before and repairs == []


def test_plain_text_is_handed_back_untouched() -> None:
    lines = to_lines("A title\n\nSome text that ends here.  Two spaces after a stop.\n")
    assert columns.separate(lines, []) is lines


@pytest.mark.parametrize(("gap", "split"), [(2, False), (3, True)])
def test_a_line_gap_of_three_spaces_parts_columns_and_two_do_not(gap: int, split: bool) -> None:
    """``LINE_GUTTER``: on one line, two columns are parted by three spaces or more; two
    spaces are a justified line's word gap."""
    rows = [
        ("Submitted: 03 April 2020", "researchers to better understand the impacts of"),
        ("Published: 23 May 2024", "resource management, human behavior, and the"),
        ("License", "The research often features weather regression"),
    ]
    width = max(len(left) for left, _ in rows)
    text = "\n".join(left.ljust(width) + " " * gap + right for left, right in rows)
    text += "\n" + " " * (width + gap) + "outcomes as they vary over time, and the researchers\n"
    after = columns.separate(to_lines(text), [])
    assert (after[0].text == "Submitted: 03 April 2020") is split


def test_a_table_of_date_labels_after_the_first_page_is_no_sidebar() -> None:
    # A paper on editorial workflows: its table's first column holds a sidebar's labels.
    rows = [
        ("Submitted:", "the manuscript enters the editorial system and is checked"),
        ("Revised:", "the authors answer the reviewers and send a new version"),
        ("Accepted:", "the editor decides that the paper is ready for the press"),
        ("Published:", "the paper appears online with its DOI and its licence"),
    ]
    table = "".join(left.ljust(14) + right + "\n" for left, right in rows)
    lines = to_lines("The first page of the paper holds its title and its abstract only.\n\f" + table)
    assert columns.separate(lines, []) == lines
