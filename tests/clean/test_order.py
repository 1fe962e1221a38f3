"""Reading order (clean.order). In two columns, pdftotext's default mode reads the right
column's top before the left column's foot when that box sits higher on the page; the box
goes back after the line it goes on from. One column, a page's first line and a table's
cells never move. pdfminer reads a URL cut at a line end before the text printed before it
on that line; the text goes back before the URL, which meets its rest."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import pytest
from clean_invariants import second_run_changes, words_accounted_for
from excerpts import ENTRIES_READ_ACROSS, ROWS_NEXT_PAGE, ROWS_READ_ACROSS, TWO_COLUMNS

from conftest import CORPUS
from galley.clean import clean, furniture, order
from galley.inputs.read import read_path, to_lines
from galley.model import Repair
from galley.params import PARAMS


def stays(raw: str) -> bool:
    """``order.reorder`` leaves the lines of ``raw`` as they are and records no move."""
    lines = to_lines(raw)
    repairs: list[Repair] = []
    return order.reorder(lines, repairs, PARAMS.clean) == lines and repairs == []


def moved_once(raw: str) -> tuple[list[str], Repair]:
    """The units of ``raw`` cleaned and its one ``reading-order`` repair; every word kept and
    a second run changing nothing (the invariants of every move)."""
    result = clean(to_lines(raw))
    (moved,) = [r for r in result.repairs if r.rule == "reading-order"]
    assert not words_accounted_for(raw, result)
    assert second_run_changes(result) == []
    return [u.text for u in result.units], moved


def test_a_right_columns_top_read_first_goes_back_after_the_line_it_goes_on_from() -> None:
    result = clean(to_lines(TWO_COLUMNS))
    got = [u.text for u in result.units]
    assert (
        "4. Weighting schemes: explains the importance of weighting schemes and how to work with them "
        "based on their file formats and origins."
    ) in got
    # The heading is followed by its own paragraph, not by the stray half-sentence.
    assert got[got.index("Summary") + 1].startswith("The use of econometrics")
    (moved,) = [r for r in result.repairs if r.rule == "reading-order"]
    assert moved.line == 6  # the box's line in the input: the evidence names it
    assert not words_accounted_for(TWO_COLUMNS, result)
    assert second_run_changes(result) == []


# jose.00239 (CC BY) as pdftotext read it: the page's note sits right under the line that
# ends mid-sentence, no blank line between; the text before it calls it (``(DL)1``).
NOTE_UNDER_LINE = (
    "Summary\n"
    "\n"
    "likely to have experience writing Python code, but not\n"
    "PyTorch.\n"
    "\n"
    "In the last decade machine learning (ML) and deep\n"
    "learning (DL)1 have revolutionised many fields within\n"
    "science, industry, and beyond. Researchers across domains from the physical sciences to the digital\n"
    "humanities are increasingly looking to leverage ML.\n"
    "\n"
    "Many machine learning frameworks are accessed using\n"
    "a Python framework such as PyTorch. Researchers are\n"
    "1 We will use the term ML when talking about both ML and DL in\n"
    "this article\n"
    "\f2\n"
    "\n"
    "The first set of slides covers the machine learning content.\n"
)


def test_the_right_columns_top_goes_before_a_note_set_under_the_line_it_goes_on_from() -> None:
    result = clean(to_lines(NOTE_UNDER_LINE))
    got = [u.text for u in result.units]
    assert "Researchers are likely to have experience writing Python code, but not PyTorch." in got[2]
    # The note stays a unit of its own, after the sentence, at its page's foot: no heading.
    assert got[3] == "1 We will use the term ML when talking about both ML and DL in this article"
    assert result.units[3].kind != "heading"
    assert not words_accounted_for(NOTE_UNDER_LINE, result)
    assert second_run_changes(result) == []


def test_a_formulas_digit_calls_no_note() -> None:
    # (From a review) ``CO2`` before a line that opens with a 2 is no note's call: the line
    # is the sentence going on (``... as in Figure`` / ``2 and most of them ...``).
    raw = NOTE_UNDER_LINE.replace(
        "(ML) and deep\nlearning (DL)1 have revolutionised", "(ML) and deep\nlearning have cut CO2 emissions in"
    ).replace(
        "using\na Python framework such as PyTorch. Researchers are\n"
        "1 We will use the term ML when talking about both ML and DL in\nthis article\n",
        "as in Figure\n2 and most of them are written in Python for the users.\n",
    )
    got = [u.text for u in clean(to_lines(raw)).units]
    sentence = "accessed as in Figure 2 and most of them are written in Python for the users."
    assert any(t.endswith(sentence) for t in got)


def test_a_pages_first_box_goes_on_from_the_previous_page_as_in_one_column() -> None:
    # One column (a SciELO paper): a word broken over the page ("ideoló-" / "gica"), the
    # previous page's last line ending in a footnote pdftotext glued to it.
    raw = (
        "A esfera reverbera a realidade fática das práticas de linguagem do sujeito\n"
        "situado, que, motivado por um querer-dizer compartilhado com o outro, mobiliza-o\n"
        "em dado gênero, com meios próprios de apreender a realidade. A orientação\n"
        "interna e externa do gênero à realidade (MEDVIÉDEV, 2019) consubstancia o\n"
        "enunciado de maneira peculiar, única, mas ao mesmo tempo de forma respondente à esfera.\n"
        "valores morais, antecipam-se à lei pela orientação do advogado. Na esfera ideoló"
        "4. Transcrição do oral para o escrito de acordo com a tabela de Petri (1999).\n"
        "\n"
        "\fgica jurídica e nos depoimentos de réus no Tribunal do Júri, portanto, consolida-se\n"
        "uma hibridez discursiva, construída nas fronteiras de relações dialógicas entre\n"
        "discursos íntimo-cotidianos, morais percebidos e subentendidos e legais, como se\n"
        "analisa no excerto 2.\n"
        "\n"
        "Aqui, o assassino recorre ao relato íntimo-cotidiano, enquadra a voz da vítima e\n"
        "a dele, para constituir o efeito de verdade no discurso. Como prenuncia Volóchinov "
        "(2018d), o discurso citado é um discurso no discurso, um subtema para o\n"
        "tema. No entanto, por estar orientado pelo advogado e por saber que no processo\n"
        "penal a forte emoção conta, o assassino discursiviza essa emoção decorrente da\n"
        "do Júri e da promotoria são bem definidos. Os turnos de fala procedem de acordo\n"
    )
    result = clean(to_lines(raw))
    assert not [r for r in result.repairs if r.rule == "reading-order"]
    # The page's first line stays right after the previous page's last one.
    assert "Na esfera ideoló" in result.units[0].text and "gica jurídica" in result.units[0].text
    assert result.units[-1].text.endswith("Os turnos de fala procedem de acordo")


def test_a_tables_cells_stay_where_they_are() -> None:
    # A lower-case cell under a heading (a variable's name, a formula) is no piece of a sentence.
    for cell in ("rendaf1", "ρ = (154, 28)/(154, 28 + 1.987, 74) = 0, 072"):
        assert stays(TWO_COLUMNS.replace("based on their file formats and origins.", cell))


def test_an_address_opening_a_box_goes_on_no_sentence() -> None:
    # ACM's author stanzas open with an address in lower case: no piece of a sentence
    # read before the line it goes on from, whatever the abstract's last line holds.
    box = "nadia.haddad@ed.ac.uk of Edinburgh and beyond"
    raw = TWO_COLUMNS.replace("based on their file formats and origins.", box)
    assert stays(raw)


# jose.00143 (CC BY) set in two columns and read by pdftotext: the right column's top is
# read right under the keyword line, its first word the rest of the word the left column's
# foot broke. No line crosses both columns: ``two_columns`` cannot tell.
WORD_CUT = (
    "Ashlee N. Ford Versypt1, Duncan H. Mullins2\n"
    "\n"
    "Keywords: Git; LaTeX; MATLAB; Python; numerics\n"
    "\n"
    "ential equation and the solution .py file followed by a\n"
    "second example for fitting parameters to multiple dif-\n"
    "ferential equations.\n"
    "\n"
    "Summary\n"
    "ApplNumComp is a repository of open educational re-\n"
    "sources supporting an introductory course.\n"
    "\n"
    "Statement of Need\n"
    "Lesson 13: Parameter Estimation in Python provides a\n"
    "worked example for fitting parameters to one differ-\n"
    "\f"
    "Computer Aids for Chemical Engineering Corporation\n"
    "trustees have discussed the materials.\n"
)


def test_a_columns_top_that_ends_a_word_its_foot_broke_goes_after_the_foot() -> None:
    assert not order.two_columns(to_lines(WORD_CUT), PARAMS.clean)
    got, moved = moved_once(WORD_CUT)
    assert "worked example for fitting parameters to one differential equation and the solution .py file" in got[-2]
    assert got[got.index("Summary") + 1].startswith("ApplNumComp")
    assert moved.line == 5 and "differ" in moved.why


@pytest.mark.parametrize(
    "changes",
    [
        # A word of its own opens the box (``workshop`` is common, but so is ``shop``).
        [("ential equation", "shop equation"), ("one differ-", "one work-")],
        [("one differ-", "to differ.")],  # no hyphen at the foot: no word broken there
        [("one differ-", "one diffxq-")],  # joined, no word
    ],
)
def test_a_box_stays_without_the_broken_word(changes: list[tuple[str, str]]) -> None:
    raw = WORD_CUT
    for old, new in changes:
        assert old in raw
        raw = raw.replace(old, new)
    assert stays(raw)


# A word broken around a note set between its halves, in the order printed; a later line
# on the page breaks another word that the rest would also end.
NOTE_BETWEEN = (
    "This paragraph opens the page and ends its sentence here.\n"
    "\n"
    "We then measured the effect of interna-\n"
    "\n"
    "1 The data come from the World Bank.\n"
    "\n"
    "tional trade on growth across the panel,\n"
    "and the estimates are robust.\n"
    "\n"
    "The same result holds once we add the addi-\n"
    "\f"
    "Further controls are listed in the appendix.\n"
)


def test_a_box_stays_where_the_word_it_ends_broke_above_it() -> None:
    assert stays(NOTE_BETWEEN)
    # ... and with no other line breaking a word: a box never moves up.
    assert stays(NOTE_BETWEEN.replace("add the addi-", "add more"))


def test_a_box_stays_where_the_next_page_opens_on_the_rest_of_the_foots_word() -> None:
    raw = WORD_CUT.replace("\fComputer Aids", "\fential equations.\nComputer Aids")
    assert stays(raw)


def test_a_box_that_opens_in_a_capital_stays() -> None:
    assert stays(WORD_CUT.replace("ential equation", "Ential equation"))


def test_in_two_columns_a_box_after_a_keyword_line_goes_after_the_line_it_goes_on_from() -> None:
    # A keyword line ends no sentence, yet no sentence goes on from it: the box under it,
    # opening on a word of its own, goes where a sentence breaks off (right_column_first).
    raw = WORD_CUT.replace("numerics\n", "numerics and computational science and engineering\n")
    raw = raw.replace("ential equation", "equation").replace("one differ-", "one partial")
    assert order.two_columns(to_lines(raw), PARAMS.clean)
    got, moved = moved_once(raw)
    assert "fitting parameters to one partial equation and the solution" in got[-2]
    assert "two columns read out of order" in moved.why


def test_a_box_stays_when_two_feet_break_the_word() -> None:
    course = "sources supporting an introductory course"
    raw = WORD_CUT.replace(f"{course}.", f"{course} on differ-")
    assert stays(raw)


def test_a_box_after_a_broken_word_goes_on_from_it() -> None:
    raw = WORD_CUT.replace("Python; numerics\n", "Python; numerics differ-\n")
    assert stays(raw)


def test_a_unit_moved_back_into_reading_order_spans_its_raw_lines() -> None:
    # (found by tests/clean/test_clean_property.py) The box ``the the`` / ``the`` goes
    # after the page's last line: the unit that joins them spans lines 3 to 7.
    raw = "data.\n\nthe the\nthe\n\n\nthe the the the the the the the the the the \f\nResults\n"
    units = clean(to_lines(raw)).units
    assert [(u.first_line, u.last_line) for u in units] == [(1, 1), (3, 7), (8, 8)]


# The second page of jose.00309 (CC BY) in two columns, as pdfminer read it: the right
# column (the reference list's rest) first, then the left column, which goes on the first
# page's last sentence and holds the list's heading and first entries.
ENTRIES_READ_FIRST = (
    "These materials are designed to be adapted as indi-\n"
    "vidual modules, so that instructors or self-guided\n"
    "\n"
    "\f2\n"
    "\n"
    "Economo, M. N., Viswanathan, S., Tasic, B., Bas, E., Win-\n"
    "nubst, J., & Svoboda, K. (2018b). Distinct descending motor\n"
    "cortex pathways. Nature, 563(7729), 79–84.\n"
    "\n"
    "Executable Books Project. (2021). Jupyter book. Zenodo.\n"
    "\n"
    "https://doi.org/10.5281/zenodo.4539666\n"
    "\n"
    "Rübel, O., Tritt, A., & Bouchard, K. E. (2022). The Neurodata\n"
    "Without Borders ecosystem. eLife, 11, e78362.\n"
    "\n"
    "learners may choose what best suits their learning\n"
    "needs. The project is entirely open access.\n"
    "\n"
    "References\n"
    "\n"
    "Campbell, M. G., Attinger, A., & Giocomo, L. M. (2021a).\n"
    "VR Data Neuropixel. DANDI Archive.\n"
    "\n"
    "Economo, M. N., Viswanathan, S., & Svoboda, K. (2018a).\n"
    "Mouse anterior lateral motor cortex. DANDI Archive.\n"
)


def test_reference_entries_read_before_the_left_column_go_after_the_lists_part_on_the_page() -> None:
    got, moved = moved_once(ENTRIES_READ_FIRST)
    # The sentence cut by the page break is whole again, and the list reads in its order.
    assert got[0].endswith(
        "or self-guided learners may choose what best suits their learning needs. The project is entirely open access."
    )
    assert got[1] == "References"
    assert [t[:9] for t in got[2:]] == ["Campbell,", "Economo, ", "Economo, ", "Executabl", "Rübel, O."]
    assert "(2018a)" in got[3] and "(2018b)" in got[4]
    assert (moved.line, moved.end_line) == (6, 15)


def test_entries_at_a_pages_top_stay_without_the_evidence() -> None:
    # The box after the entries starts a paragraph (no sentence of the previous page goes
    # on there), or no reference heading follows on the page: nothing moves.
    assert stays(ENTRIES_READ_FIRST.replace("learners may choose", "Learners may choose"))
    assert stays(ENTRIES_READ_FIRST.replace("References\n", "Acknowledgements\n"))


# jose.00090 (CC BY) in two columns, as pdfminer read its second and last page: the right
# column (the whole reference list, its heading on top) first, then the left column,
# which goes on the first page's last sentence.
LIST_READ_FIRST = (
    "the theoretical backing of these methods (Hsiang, 2016).\n"
    "However, information that focuses on analysis methods\n"
    "is still lacking, and new resources are needed to offer\n"
    "\f"
    "References\n"
    "\n"
    "Carleton, T. A., & Hsiang, S. M. (2016). Social and economic\n"
    "impacts of climate. Science, 353(6304), aad9837.\n"
    "\n"
    "Hsiang, S. (2016). Climate econometrics. Annual Review of\n"
    "Resource Economics, 8, 43–75.\n"
    "\n"
    "practical help to researchers. For example, several steps\n"
    "in the research process can be challenging to students.\n"
    "\n"
    "1. Choosing inappropriate weather variables (e.g., vari-\n"
    "ables with poor observational records).\n"
    "\n"
    "Acknowledgements\n"
    "\n"
    "The authors would like to acknowledge contributions.\n"
)


def test_a_whole_list_read_before_the_left_column_goes_to_the_pages_end() -> None:
    got, moved = moved_once(LIST_READ_FIRST)
    assert "new resources are needed to offer practical help to researchers." in got[0]
    assert got[-3:-2] == ["References"] and got[-2].startswith("Carleton") and got[-1].startswith("Hsiang")
    assert got.index("Acknowledgements") < got.index("References")
    assert (moved.line, moved.end_line) == (4, 10)


def test_a_list_read_first_stays_where_an_entry_follows_the_left_column() -> None:
    # An entry beyond doubt further down the page: the list goes on there, and this rule
    # cannot tell where the part read first belongs.
    later = LIST_READ_FIRST + "\nRising, J. (2020). Decision-making and integrated assessment models.\n"
    assert stays(later)


# jose.00143 (CC BY) in two columns, as pdftotext read its second page: the right column's
# entries between the left column's prose and the sections above the list's heading.
ENTRIES_BEFORE_HEADING = (
    "The ApplNumComp GitHub repository is already filling that direct need.\n"
    "\fApplNumComp\n"
    "\n"
    "ditionally, it was included in the interdisciplinary Data\n"
    "Science minor available to undergraduate students.\n"
    "\n"
    "Johns, A. N., Hesketh, R. P., Stuber, M. D., & Ford Versypt,\n"
    "A. N. (2023). Numerical problem solving across the curriculum.\n"
    "Ruggiero, S. M., Zhao, J., & Ford Versypt, A. N. (2018).\n"
    "Building a MATLAB graphical user interface.\n"
    "\n"
    "Author Contributions\n"
    "Ashlee N. Ford Versypt developed the course.\n"
    "References\n"
    "Ford Versypt, A. N. (2019). An interdisciplinary elective\n"
    "course to build computational skills.\n"
)


def test_entries_read_above_the_lists_heading_go_after_its_last_entry_in_order() -> None:
    got, moved = moved_once(ENTRIES_BEFORE_HEADING)
    at = got.index("References")
    assert [t[:9] for t in got[at + 1 :]] == ["Ford Vers", "Johns, A.", "Ruggiero,"]
    assert got[at - 2 : at] == ["Author Contributions", "Ashlee N. Ford Versypt developed the course."]
    assert (moved.line, moved.end_line) == (7, 10)


def test_entries_above_the_heading_that_sort_before_its_last_stay() -> None:
    assert stays(ENTRIES_BEFORE_HEADING.replace("Ford Versypt, A. N. (2019)", "Smith, A. N. (2019)"))


# One column, the reference list's page: body text that opens as an entry may open
# (``shapes.starts_entry``) stays where it is. (From a review of the rules above.)
ONE_COLUMN_LIST_PAGE = (
    "First page text of the paper, a full sentence that ends here.\n"
    "\f"
    "We measured the response of the system over many days and nights.\n"
    "\n"
    "BODY\n"
    "\n"
    "Conclusion\n"
    "\n"
    "the system works well and we will publish the code.\n"
    "\n"
    "References\n"
    "\n"
    "Adams, J. (2019). A book about things. Publisher.\n"
    "\n"
    "Brown, K. (2020). Another book about things. Publisher.\n"
    "\f"
    "Zed, A. (2021). Last entry. Publisher.\n"
)


def test_body_text_shaped_like_an_entry_stays_in_one_column() -> None:
    for body in (
        "Thus, Figure 3 shows the response of the system over many days.",
        "Our approach follows Smith (2019). It is also fast.",
        "2. Install the package on the machine.\n\n3. Run the tests on the machine.",
    ):
        assert stays(ONE_COLUMN_LIST_PAGE.replace("BODY", body)), body
    # At the page's top, before a box that goes on a sentence (an equation's number between).
    top = ONE_COLUMN_LIST_PAGE.replace(
        "We measured the response of the system over many days and nights.\n\nBODY\n",
        "Thus, Figure 3 shows the response of the system over days\n\n(1)\n\nwhere E is the energy of it.\n",
    )
    assert stays(top)


def test_a_lists_own_sub_heading_and_its_note_stay_under_the_reference_heading() -> None:
    raw = SECTION_IN_REFERENCES.replace("Statement of need", "Primary sources")
    assert stays(raw)


# jose.00180 (CC BY) in two columns, as pdfminer read its second page: a section of the
# other column between the reference heading and the list's first entry.
SECTION_IN_REFERENCES = (
    "Acknowledgements\n"
    "\n"
    "SNIK is supported by the DFG (German Research\n"
    "Foundation), grant 1605/7-1 and 1387/8-1.\n"
    "\n"
    "References\n"
    "\n"
    "Statement of need\n"
    "\n"
    "While students can access this knowledge in a\n"
    "structured way using SNIK, this requires knowl-\n"
    "edge of Semantic Web technologies like SPARQL\n"
    "queries.\n"
    "\n"
    "Anutariya, C., & Dangol, R. (2018). VizLOD: Schema\n"
    "extraction and visualization of linked open data.\n"
    "\n"
    "Baeza-Yates, R., & Gonnet, G. H. (1992). A new ap-\n"
    "proach to text searching. Communications of the\n"
    "ACM, 35(10), 74–82.\n"
    "\fSNIK Graph\n"
    "\n"
    "Franz, M., Lopes, C. T., & Bader, G. D. (2015). Cytoscape.js.\n"
)


def test_a_section_read_between_the_reference_heading_and_its_entries_goes_before_the_heading() -> None:
    got, moved = moved_once(SECTION_IN_REFERENCES)
    at = got.index("References")
    assert got[at - 2 : at] == [
        "Statement of need",
        "While students can access this knowledge in a structured way using SNIK, this requires knowledge "
        "of Semantic Web technologies like SPARQL queries.",
    ]
    assert got[at + 1].startswith("Anutariya, C.")
    assert (moved.line, moved.end_line) == (8, 13)


def test_a_reference_heading_followed_by_its_entries_stays() -> None:
    # Prose that does not end its sentence before the entry, or no entry after the prose.
    assert stays(SECTION_IN_REFERENCES.replace("queries.", "queries"))
    no_entry = SECTION_IN_REFERENCES.replace("Anutariya, C., & Dangol, R. (2018).", "Anutariya and Dangol")
    assert stays(no_entry.replace("Baeza-Yates, R., & Gonnet, G. H. (1992).", "Baeza-Yates and Gonnet"))


# bak-p59099 (CC BY) as pdfminer read its last page: the list's heading read right under
# the heading of the section before it.
HEADING_READ_EARLY = (
    "Nesse caso e no restante do depoimento, a mesma constituição se repete.\n"
    "\fConsiderações finais\n"
    "\n"
    "REFERÊNCIAS\n"
    "\n"
    "Aqui analisamos como os discursos dos réus do crime de\n"
    "feminicídio constituem-se sob uma orientação semântica.\n"
    "\n"
    "Declaração de disponibilidade de conteúdo\n"
    "\n"
    "Os conteúdos subjacentes ao texto estão contidos no manuscrito.\n"
    "\n"
    "ACOSTA-PEREIRA, R. A.; RODRIGUES, R. H. Os gêneros do\n"
    "discurso. Revista Letras, Santa Maria, v. 20, n. 40, 2010.\n"
    "\n"
    "AMORIM, M. O pesquisador e seu outro. São Paulo: Musa Editora, 2004.\n"
)


def test_a_reference_heading_read_above_the_text_before_its_list_goes_down_to_the_list() -> None:
    got, moved = moved_once(HEADING_READ_EARLY)
    assert got[1] == "Considerações finais"
    assert got[2].startswith("Aqui analisamos como os discursos dos réus do crime de feminicídio")
    at = got.index("REFERÊNCIAS")
    assert at > 2 and got[at + 1].startswith("ACOSTA-PEREIRA, R. A.;") and got[at + 2].startswith("AMORIM, M.")
    assert (moved.line, moved.end_line) == (4, 4)


def test_a_reference_heading_under_a_heading_stays_without_its_list_below() -> None:
    # No entry further down the page, or its entries right under it: nothing moves.
    entries = HEADING_READ_EARLY.index("ACOSTA-PEREIRA")
    assert stays(HEADING_READ_EARLY[:entries] + "The list is on the next page, after these words.\n")
    assert stays(HEADING_READ_EARLY.replace("Aqui analisamos", "AMARAL, J. (2019). Aqui analisamos"))
    # (From a review) A running head above the list's heading, the list's own note or an
    # organisation's entry under it: the page is in order.
    page = (
        "The results were consistent with the earlier work on this subject.\n"
        "\fSilva et al.\n\n"
        "References\n\n"
        "NOTE\n\n"
        "Abadi, M., Barham, P., Chen, J. (2016). TensorFlow: A system for large-scale\nmachine learning.\n\n"
        "Baeza-Yates, R., & Gonnet, G. H. (1992). A new approach to text searching.\n"
    )
    for note in (
        "Where more than one reference was available we cite the most recent one in the\nlist below.",
        "World Health Organization. Global report on diabetes. Geneva: World Health\nOrganization; 2016.",
    ):
        assert stays(page.replace("NOTE", note)), note


# A reference of cadsc-31-e31030043 (CC BY) as pdfminer read the journal's page.
DOI_READ_FIRST = (
    "MI. Fasting plasma glucose to avoid a full OGTT in the\n"
    "diagnosis of gestational diabetes. Diabetes Res Clin\n"
    " http://dx.doi.org/10.1016/\n"
    "Pract. 2014;105(3):322-6.\n"
    "j.diabres.2014.06.001. PMid:25037441.\n"
)


def test_a_url_read_before_the_text_before_it_meets_its_rest() -> None:
    result = clean(to_lines(DOI_READ_FIRST))
    (unit,) = result.units
    assert unit.text.endswith(
        "Diabetes Res Clin Pract. 2014;105(3):322-6. http://dx.doi.org/10.1016/j.diabres.2014.06.001. PMid:25037441."
    )
    (moved,) = [r for r in result.repairs if r.rule == "reading-order"]
    assert (moved.line, moved.end_line) == (3, 4)
    assert not words_accounted_for(DOI_READ_FIRST, result)
    assert second_run_changes(result) == []


def test_a_scheme_alone_waits_for_a_host_and_a_word_broken_over_the_url_is_mended() -> None:
    # bak-p59099 and cadsc-31-e31030043 (CC BY): a year is no host; ``Meta-`` / ``bolism.``
    # meet again once the DOI is out of their way.
    raw = (
        "Pesquisa. Porto Alegre, v. 12, n. 3, 2021.\n https://\n  2021.\n"
        "revista.abralin.org/index.php/abralin/article/view/1853.\n"
    )
    text = clean(to_lines(raw)).units[0].text
    assert "2021. 2021. https://revista.abralin.org/index.php/abralin/article/view/1853." in text
    raw = "of West African ancestry and white Americans. Meta-\n http://dx.doi.org/10.1016/\nbolism.\nS0026-0495(97)90167-0.\n"
    text = clean(to_lines(raw)).units[0].text
    assert text.endswith("Metabolism. http://dx.doi.org/10.1016/S0026-0495(97)90167-0.")


def test_a_references_numbers_are_text_between_a_doi_and_its_rest() -> None:
    # cadsc-31-e31030043, bjb-83-e246904 (CC BY): volume, issue and pages are no DOI's
    # piece; the DOI resolver alone (``http://dx.doi.org/``) waits for its DOI.
    raw = "Engl J Med.\n http://dx.doi.org/10.1056/\n2008;358(19):1991-2002.\nNEJMoa0707943. PMid:18463375.\n"
    text = clean(to_lines(raw)).units[0].text
    assert text == "Engl J Med. 2008;358(19):1991-2002. http://dx.doi.org/10.1056/NEJMoa0707943. PMid:18463375."
    raw = "Natural Product Research, vol. 32, no.\n http://dx.doi.org/\n  749-754.\n10.1080/14786419.2017.1311887.\n"
    text = clean(to_lines(raw)).units[0].text
    assert text.endswith("no. 749-754. http://dx.doi.org/10.1080/14786419.2017.1311887.")


def test_a_url_whose_next_line_goes_on_or_that_may_have_ended_stays() -> None:
    # ean-26-e20210088 as pdftotext read it: the query's rest is the next line, no piece
    # of text between; a URL that may end with its slash (``https://carpentries.org/``)
    # does not take a lower-case line two lines down.
    for raw in (
        "Disponível em:\nhttps://web.a.ebscohost.com/abstract?\n"
        "direct=true&profile=ehost&scope=site&authtype=crawler&jrnl=23688653&AN=115902266\n"
        "&h=c9zon839lvdYUhNeuRKaD&c\nrl=c&resultNs=AdminWebAuth&resultLocal=ErrCrlNotAuth\n",
        "See the lessons at\nhttps://carpentries.org/\nAcknowledgements\nwe thank the instructors.\n",
    ):
        assert stays(raw)


def test_a_urls_head_read_after_its_rest_goes_before_it() -> None:
    # jose.00303 as pdftotext read the journal's page (CC BY 4.0).
    raw = (
        "D2L Brightspace Community. (2024). About grades.\n"
        "brightspace/kb/articles/3305-about-grades\n"
        "\n"
        "https://community.d2l.com/\n"
        "\n"
        "Moodle Docs. (2024). Grade calculations.\n"
    )
    result = clean(to_lines(raw))
    assert result.units[0].text.startswith(
        "D2L Brightspace Community. (2024). About grades. "
        "https://community.d2l.com/brightspace/kb/articles/3305-about-grades"
    )
    assert not words_accounted_for(raw, result)
    # A URL after a line of words, or after a piece with a host of its own, stays.
    for rest in ("see the articles on grades", "docs.moodle.org/404/en/Grade_calculations"):
        assert stays(raw.replace("brightspace/kb/articles/3305-about-grades", rest))


def test_a_url_ending_with_its_slash_takes_only_a_paths_rest() -> None:
    # jose.00200 as pdfminer read it (CC BY 4.0): the rest is a path alone ending in a slash.
    raw = (
        "United Nations Environment Management Group.\n\n(2018). UN Coalition to Com-\n"
        "https://unemg.org/our-work/emerging-issues/\n\nbat Sand and Dust Storms.\nsand-and-dust-storms/\n"
    )
    text = " ".join(u.text for u in clean(to_lines(raw)).units)
    assert (
        "UN Coalition to Combat Sand and Dust Storms. https://unemg.org/our-work/emerging-issues/sand-and-dust-storms/"
        in text
    )
    # A URL's own rest on its line (``github.io/workbench/``) opens no URL whose rest could follow.
    raw = (
        "from https://carpentries.\ngithub.io/workbench/\nUdemy - Data Science: Intro To Deep Learning.\n"
        "Udemy. Retrieved September 1, 2023, from https://www.udemy.com/course/\n"
        "complete-deep-learning-course-with-python/\n"
    )
    assert stays(raw)


def test_a_url_ending_a_line_of_text_meets_its_rest_past_another_box() -> None:
    # jose.00307 as pdfminer read it (CC BY 4.0): the box ``Udemy.`` was read between the
    # line the URL ends and the URL's rest.
    raw = (
        "Mishra, S. (n.d.). Free Deep Learning Tutorial - Basics of Deep Learning.\n\n"
        "In\nfrom https://www.udemy.com/course/\n\nUdemy.\nbasics-of-deep-learning/\n\n"
        "Retrieved January 2, 2026,\n"
    )
    text = " ".join(u.text for u in clean(to_lines(raw)).units)
    assert "Udemy. from https://www.udemy.com/course/basics-of-deep-learning/" in text
    # Double-spaced (a blank line after every line): the next line goes on the URL itself.
    raw = (
        "Programming with Python. In GitHub. https://github.com/swcarpentry/python-novice-inflam-\n\n"
        "mation, 10.5281/zenodo.57492\n\nBecker, E., & Michonneau, F. (n.d.). Handbook. https://\n\n"
        "cdh.carpentries.org/\n"
    )
    assert stays(raw)


def test_cleaning_a_url_before_a_heading_again_changes_nothing() -> None:
    # (found by tests/clean/test_clean_property.py) A mark alone is no URL's rest, and a
    # URL's line that opens a box takes no rest past the box after it: galley's own output
    # sets a blank line between its units.
    for raw in ("the https://doi.org/10.1088/\nResults\n#\n", "the https://doi.org/10.1088/\nResults\nabc123\n"):
        result = clean(to_lines(raw))
        assert second_run_changes(result) == []


# jose.00239 set in a narrow column and read by pdfminer: the bullets are a box of their own,
# read before the items' box.
MARKERS_FIRST = """However, there are a few subtleties that we wish to
highlight. We go beyond the ability to blindly run
downloaded code to:

–

–

–

–

provide an understanding of the structure of a PyTorch
model and ML pipeline,
introduce the different functionalities PyTorch might
provide,
encourage good research software engineering (RSE)
practice, and
exercise careful consideration and understanding of
data used for training ML models.

With regards to specific ML content we cover:
"""


def test_list_markers_read_before_their_items_go_back_each_before_its_item() -> None:
    units, moved = moved_once(MARKERS_FIRST)
    assert units == [
        "However, there are a few subtleties that we wish to highlight. We go beyond the ability to "
        "blindly run downloaded code to:",
        "– provide an understanding of the structure of a PyTorch model and ML pipeline,",
        "– introduce the different functionalities PyTorch might provide,",
        "– encourage good research software engineering (RSE) practice, and",
        "– exercise careful consideration and understanding of data used for training ML models.",
        "With regards to specific ML content we cover:",
    ]
    assert "4 list markers" in moved.why


def test_items_part_at_their_strong_ends_first_and_a_name_may_open_the_first() -> None:
    # jose.00206: nine markers over a box of eleven lines; ``(e.g.,`` ends no item.
    raw = "\n".join(["A non-exhaustive list of those new features is as follows:", ""] + ["– ", ""] * 9) + (
        "ManimGL compatibility;\nplaying slides in reverse;\nexporting slides to HTML and PowerPoint;\n"
        "3D scene support;\nmultiple key inputs can map to the same action (e.g.,\n"
        "useful when using a pointer);\noptionally hiding mouse cursor when presenting;\n"
        "recording your presentation;\nmultiple video scaling methods (for speed-vs-quality\n"
        "tradeoff);\nand automatic detection of some scene parameters\n(e.g., resolution or background color).\n"
    )
    units, _ = moved_once(raw)
    assert units[1:] == [
        "– ManimGL compatibility;",
        "– playing slides in reverse;",
        "– exporting slides to HTML and PowerPoint;",
        "– 3D scene support;",
        "– multiple key inputs can map to the same action (e.g., useful when using a pointer);",
        "– optionally hiding mouse cursor when presenting;",
        "– recording your presentation;",
        "– multiple video scaling methods (for speed-vs-quality tradeoff);",
        "– and automatic detection of some scene parameters (e.g., resolution or background color).",
    ]


def test_markers_stay_without_as_many_items_or_as_no_series() -> None:
    # One item end fewer than the markers need: the box is no list of that many items.
    assert stays(MARKERS_FIRST.replace("pipeline,", "pipeline"))
    # A table read column by column: a column of dashes, then cells of figures or of one word.
    assert stays("Total:\n\n–\n\n–\n\n–\n\n9,0\n12,5\n36,1\n")
    assert stays("Outcome:\n\n–\n\n–\n\n–\n\nReported\nMissing\nSignificant\n")
    # Numbers out of order are no list's markers (a column of counts), nor are equations'.
    assert stays("Counts:\n\n3.\n\n1.\n\nUsing weather and climate data: the data,\nand its attributes.\n")
    assert stays("z = c + d y\n\n(1)\n\n(2)\n\nwhere a is the intercept,\nb the slope and c, d are\nconstants.\n")
    # The items' box on the next page: the page's own text.
    assert stays(MARKERS_FIRST.replace("\nprovide an", "\f\nprovide an"))


def test_markers_open_a_list_only_where_the_text_introduces_one() -> None:
    # A box in lower case after no colon goes on with the text before it (jose.00292: the
    # end of an item the page broke, then the next items).
    raw = "particular setting.\n\n–\n\n–\n\n" + (
        "we use GitHub Codespaces to standardize setups,\neliminating issues related to different operating\n"
        "systems. A focused approach helps.\nGradually progress in complexity Starting with basic\nPython skills.\n"
    )
    assert stays(raw)
    # Bullets after a finished paragraph, mid-page, before a paragraph: strays, no list.
    assert stays(
        "The goals are met.\n\n–\n\n–\n\n–\n\nThe first set of slides covers the content.\n"
        "It is followed by exercises, one per topic;\nthe last part is a project.\n"
    )


def test_bullets_after_a_finished_sentence_open_a_list() -> None:
    # A WeasyPrint page read by pdfminer: the list's bullets in a box of their own after a
    # sentence that names the items without a colon, then the items' box.
    raw = (
        "We considered three axes: setup, episodes, and strategies.\n\n"
        + "•\n\n" * 3
        + (
            "Cloud setup: We set up remote machines to standardize the\nlearning environment.\n"
            "Standardized episodes: Following The Carpentries, lessons\nconsist of short episodes.\n"
            "Teaching strategies\n"
        )
    )
    units, _ = moved_once(raw)
    assert [u[:16] for u in units[1:]] == ["• Cloud setup: W", "• Standardized e", "• Teaching strat"]
    # The same with dashes, which may be strays (an empty cell's), stays as read.
    assert stays(raw.replace("•", "–"))
    # Two dots read apart (a figure's legend marks) before a paragraph; dots before a
    # caption or a heading: strays, no list.
    assert stays(
        "The accuracy grows with the size of the set.\n\n●\n\n●\n\n"
        "The model was trained on three datasets. Each one had ten thousand\n"
        "samples and a held-out test set. We report the accuracy in Table 1.\nThe differences are small.\n"
    )
    assert stays(
        "The accuracy grows with the size of the set.\n\n" + "●\n\n" * 3 + "Figure 2: Accuracy of each model.\n"
        "Filled circles mark the baseline runs. Open circles\nmark ours.\n"
    )
    assert stays(
        "The tools differ in what they keep.\n\n" + "●\n\n" * 3 + "Conclusion\nIn this paper we showed that the\n"
        "text alone is enough.\nFuture work will look at tables.\n"
    )


def test_a_lists_part_in_the_next_column_needs_no_third_bullet() -> None:
    # jose.00090 on a two-column page (pdfminer): three bullets and their items, then the
    # list goes on in the next column with two more: those follow a list, not a paragraph.
    raw = (
        "The tutorial is structured into the following parts.\n\n" + "•\n\n" * 3 + "Introduction: explains the "
        "prerequisites and the\nconventions.\nUsing weather data: introduces the data sets.\nGeographic data: "
        "shapefiles and how to use them.\n\n•\n\n•\n\nWork organization: naming conventions and version\n"
        "control.\nThe pitfalls: what goes wrong most often.\n"
    )
    result = clean(to_lines(raw))
    assert [u.text[:12] for u in result.units[1:]] == [
        "• Introducti",
        "• Using weat",
        "• Geographic",
        "• Work organ",
        "• The pitfal",
    ]
    assert len([r for r in result.repairs if r.rule == "reading-order"]) == 2


def test_items_open_on_their_own_numbers_quotes_or_brackets() -> None:
    # bak-p59099: every line ends on an ellipsis (the speech's pauses); each item opens with
    # its own number, counting up.
    raw = "como se nota na sequência dos excertos 13, 14 e 15:\n\n–\n\n–\n\n–\n\n" + (
        "13) [2º DEPOENTE] - estava passando pelo psiquiatra...\nporque eu estava com problemas...\n"
        "14) [2º DEPOENTE] - primordial foi que eu não\nconseguia lidar comigo mesmo...\n"
        "15) [2º DEPOENTE] - mandou uma foto com o vestido...\n"
    )
    units, _ = moved_once(raw)
    assert [u[:5] for u in units[1:]] == ["– 13)", "– 14)", "– 15)"]
    raw = "Two words differ:\n\n(a)\n\n(b)\n\n" + (
        "“Reproducible” means that the same data and code,\nrun again, give the same results;\n"
        "“Replicable” means that new data give the same\nconclusions.\n"
    )
    units, _ = moved_once(raw)
    assert [u[:17] for u in units[1:]] == ["(a) “Reproducible", "(b) “Replicable” "]


def test_items_in_capitals_may_end_on_no_stop_and_a_bare_and_ends_none() -> None:
    # jose.00198: the items end on no stop; ``modeling and`` / ``Bayesian ...`` goes on.
    raw = (
        "The tutorials follow a general progression of:\n\n"
        + "–\n\n" * 5
        + (
            "Loading time series data and performing basic data\ntransformations\n"
            "Decomposing a time series into long-term trends and\nseasonal patterns\n"
            "Computing basic properties of time-series data to build\nbasic models\n"
            "Using time-series models to make and evaluate\nforecasts\n"
            "Exploring further applications of models in ecological\n"
            "contexts (including species-distribution modeling and\nBayesian state space modeling)\n"
        )
    )
    units, _ = moved_once(raw)
    assert [u.split()[1] for u in units[1:]] == ["Loading", "Decomposing", "Computing", "Using", "Exploring"]


def test_numbered_items_after_their_bullets_go_back_too() -> None:
    # jose.00252: the items open on their own numbers (``2.1 Definition ...``).
    raw = (
        "Each step in the CFD workflow is an individual lesson, as follows:\n\n"
        + "–\n" * 3
        + (
            "\n2.1 Definition of the CFD workflow.\n2.2 Plan the large-scale CFD simulation.\n"
            "2.3 Estimate the HPC requirements.\n"
        )
    )
    units, _ = moved_once(raw)
    assert units[1:] == [
        "– 2.1 Definition of the CFD workflow.",
        "– 2.2 Plan the large-scale CFD simulation.",
        "– 2.3 Estimate the HPC requirements.",
    ]


def test_a_first_item_opening_on_a_superscripts_line_leaves_the_case_open() -> None:
    # bjb-83-e246904 (pdfminer): item 3's first line is the superscript over ``NO3``.
    raw = (
        "in the standard MS medium (Table 6).\n\n3.\n\n4.\n\n+  only   in   the\n"
        "To   confirm   the   existence   of   NO3\nmedium, NH4NO3 was kept out and CaCl2.2H2O\n"
        "was kept in the medium at the level of 880 mg/l.\nAnd nitrogen source was supplied in the form of\n"
        "KNO3 (Table 6).\nThe   organogenic   medium   contained   2   time\n"
        "decreased level of ammonium nitrate (412 mg/l),\npotassium   nitrate   (475   mg/l)   and   2   time\n"
        "increased   concentration   of   calcium   chloride\ndehydrate (880 mg/l) of MS medium (Table 6).\n"
    )
    units, _ = moved_once(raw)
    assert units[1].startswith("3. + only in the")
    assert units[-1].startswith("4. The organogenic medium")


# jose.00206 (CC BY), the two-column render as pdftotext read its first page: the box that
# goes on the left column's last sentence (``After almost a year`` / ``of existence``) was
# read right under the summary, after prose that ended a sentence.
AFTER_PROSE = (
    "Summary\n"
    "Manim Slides is a Python package that makes presenting Manim animations straightforward. With minimal\n"
    "changes required to pre-existing code, one can slide through animations in a PowerPoint-like manner, or share\n"
    "its slides online using ReavealJS’ power.\n"
    "\n"
    "of existence, Manim Slides has evolved a lot (see comparison section), has built a small\n"
    "community of contributors, and continues to provide new features on a regular basis.\n"
    "\n"
    "Introduction\n"
    "Presenting educational content has always been a difficult task, especially\n"
    "when it uses temporal or iterative concepts. During the last decades, the\n"
    "presence of computers in classrooms for educational purposes has increased.\n"
    "\n"
    "In 2022, Manim Slides has been created from manim-presentation, with the aim\n"
    "to make it a more complete tool, better documented, and usable on all\n"
    "platforms and with ManimCE or ManimGL. After almost a year\n"
    "\n"
    "Also, one of our users created a short video tutorial\n"
    "and posted it on YouTube.\n"
    "\f"
    "Easy to Use Commitment\n"
    "Manim Slides is commited to be an easy-to-use tool, with minimal installation.\n"
)


def test_a_box_read_after_prose_goes_after_the_one_line_it_goes_on_from() -> None:
    got, moved = moved_once(AFTER_PROSE)
    assert "After almost a year of existence, Manim Slides has evolved a lot" in got[got.index("Introduction") + 2]
    assert got[1].endswith("using ReavealJS’ power.")
    assert moved.line == 6


def test_a_box_after_prose_stays_without_one_line_to_go_on_or_after_an_abbreviation() -> None:
    # ``et al.`` ends no sentence: the box goes on it.
    abbreviated = AFTER_PROSE.replace("using ReavealJS’ power.", "using the work of Galatolo et al.")
    assert stays(abbreviated)
    # Two lines it may go on: which one cannot be told.
    two = AFTER_PROSE.replace("has increased.\n", "has increased, and\n\nThe teachers\n")
    assert stays(two)
    # The one line left open is at the page's foot: it goes on the next page.
    users = "\nAlso, one of our users created a short video tutorial\nand posted it on YouTube.\n"
    foot = AFTER_PROSE.replace(users, "")
    assert stays(foot)


# jose.00090 (CC BY), the two-column render's last page as pdftotext read it: the list at
# the right column's top, its heading read first, then the left column's first box (going
# on page 1's ``... are needed to offer``), then the entries, then the left column's rest.
LIST_INSIDE_COLUMN = (
    "However, information that focuses on analysis methods\n"
    "is still lacking, and new resources are needed to offer\n"
    "\f"
    "A practical guide to climate econometrics\n"
    "\n"
    "References\n"
    "\n"
    "practical help to researchers. For example, several steps\n"
    "in the research process can be challenging to students\n"
    "and social science researchers because of unfamiliarity\n"
    "with weather data (Nissan et al., 2019). As a result, some\n"
    "of the most common mistakes are:\n"
    "\n"
    "Carleton, T. A., & Hsiang, S. M. (2016). Social and economic\n"
    "impacts of climate. Science, 353(6304), aad9837. https:\n"
    "//doi.org/10.1126/science.aad9837\n"
    "Hsiang, S. (2016). Climate econometrics. Annual Review of\n"
    "Resource Economics, 8, 43–75. https://doi.org/10.3386/\n"
    "w22181\n"
    "\n"
    "1. Choosing inappropriate weather variables or underestimating the uncertainty of weather data.\n"
    "2. Mismatching gridded weather data to non-gridded socioeconomic data.\n"
    "Acknowledgements\n"
    "The authors would like to acknowledge contributions\n"
    "from Manuel Linsenmeier.\n"
)


def test_a_list_read_inside_the_column_before_it_goes_to_the_pages_end() -> None:
    got, moved = moved_once(LIST_INSIDE_COLUMN)
    assert got.index("References") == len(got) - 3
    assert got[-2].startswith("Carleton, T. A.") and got[-1].startswith("Hsiang, S. (2016)")
    assert (
        got[got.index("Acknowledgements") + 1]
        == "The authors would like to acknowledge contributions from Manuel Linsenmeier."
    )
    assert moved.line == 5  # the heading


def test_a_list_read_inside_a_column_stays_without_the_evidence() -> None:
    # Prose before the heading: the page starts where it should.
    assert stays(LIST_INSIDE_COLUMN.replace("A practical guide to climate econometrics\n", "The tool is free.\n"))
    # The box under the heading opens in a capital: the list's own note, not the column.
    assert stays(LIST_INSIDE_COLUMN.replace("practical help to researchers.", "Practical help to researchers."))
    # An entry after the left column's rest: the list goes on there, not at the page's end.
    later = LIST_INSIDE_COLUMN + "\nXie, Y. (2015). Dynamic documents with R and knitr. Chapman; Hall/CRC.\n"
    assert stays(later)


def test_a_box_after_prose_stays_where_its_evidence_is_weak() -> None:
    """Review cases: the one open line is followed by a note, not by a paragraph; the line
    before the box ends on an abbreviation's stop, or is an equation; the box is a list's
    item."""
    users = "Also, one of our users created a short video tutorial\nand posted it on YouTube.\n"
    assert stays(AFTER_PROSE.replace(users, "1 https://example.org/manim-slides\n"))
    assert stays(AFTER_PROSE.replace("using ReavealJS’ power.", "using other tools, e.g."))
    assert stays(AFTER_PROSE.replace("of existence, Manim", "b) of existence, Manim"))
    assert stays(AFTER_PROSE.replace("power.\n\nof existence", "power.\n\nE = mc2.\n\nof existence"))


def test_a_list_inside_a_column_stays_where_it_may_go_on() -> None:
    """Review cases: the box under the heading is the list's first entry (a name's
    particle in lower case); an appendix or a body's entry follows the entries."""
    first = "practical help to researchers. For example, several steps"
    entry = "de Souza, A. A., & Franco, N. (2019). Teaching climate econometrics. Journal of"
    assert stays(LIST_INSIDE_COLUMN.replace(first, entry))
    assert stays(LIST_INSIDE_COLUMN + "\nAppendix A: Installing the toolkit\nThe toolkit is installed with pip.\n")
    assert stays(LIST_INSIDE_COLUMN + "\nWorld Meteorological Organization. (2021). State of the climate.\n")


def test_the_dev_corpora_read_in_order_again_move_no_more() -> None:
    """Reading order is a fixed point: the lines put in order, read page by page again, move
    no more. (The cleaning's second-run invariant re-reads its units without their pages,
    where no reorder runs, so it cannot see this.) The lines are those the cleaner reorders:
    without their page furniture (a running head left over a page's first box would pass
    for a heading the box is read after)."""
    files = sorted(CORPUS.glob("*/*.txt")) + sorted((CORPUS.parent / "corpus-scielo").glob("*/*.txt"))
    if not files:
        pytest.skip(f"shared corpus not found at {CORPUS}")
    moved = 0
    for path in files:
        lines = to_lines(read_path(path).text)
        gone = {r.line for r in furniture.find_furniture(lines, PARAMS.clean)}
        first: list[Repair] = []
        once = order.reorder([ln for ln in lines if ln.number not in gone], first, PARAMS.clean)
        again: list[Repair] = []
        order.reorder(once, again, PARAMS.clean)
        assert again == [], (path, [r.why for r in again])
        moved += len(first)
    assert moved >= 20  # (the corpora exercise the rules: 54 moves today)


def test_a_lists_part_on_the_next_page_carries_the_item_the_page_broke() -> None:
    # jose.00090 on an A5 page (pdfminer): the page breaks an item; the next page's bullets
    # are read first, then the broken item's end, then the items they mark.
    raw = (
        "The tutorial is structured into the following sections:\n\n" + "•\n\n" * 2 + "Introduction: explains the "
        "prerequisites and the\nconventions.\nDeveloping a specification: choosing weather variables, and caveats\n"
        "\f" + "•\n\n" * 2 + "when working with spatial and temporal pro-\ncesses.\nWeighting schemes: explains "
        "their importance.\nContributions: introduces the contributors.\n\nThe audiences for this tutorial are "
        "researchers and students.\n"
    )
    result = clean(to_lines(raw))
    assert [u.text[:30] for u in result.units[1:]] == [
        "• Introduction: explains the p",
        "• Developing a specification: ",
        "• Weighting schemes: explains ",
        "• Contributions: introduces th",
        "The audiences for this tutoria",
    ]
    assert result.units[2].text.endswith("and caveats when working with spatial and temporal processes.")
    moved = [r for r in result.repairs if r.rule == "reading-order"]
    assert len(moved) == 2 and "the 2 lines before the first go on the item the page broke" in moved[1].why
    # Not after a list put back in order: the box's head in lower case is no item, and the
    # markers stay as read.
    assert stays("The goals are met.\n\n" + raw.split("\f", 1)[1])


# rsp-48-2-0240 (CC BY) set in two columns, pdftotext: a box read after prose, opening in
# lower case; the one line of the page that breaks off before a paragraph is a quote's
# attribution, its speaker in brackets after the quote's end.
ATTRIBUTION = (
    "Keila Brito-Silva1, Adriana Falangola Benjamin Bezerra2, Lucieli Dias Pedreschi Chaves3\n"
    "1 Departamento de Saúde Coletiva, Centro de Pesquisas Aggeu Magalhães, Recife, PE, Brasil\n"
    "\f"
    "\n"
    "Além dos profissionais envolvidos diretamente na\n"
    "atenção, foram entrevistados os representantes da\n"
    "gestão municipal com atribuições identificadas como\n"
    "relevantes nas demais entrevistas.\n"
    "\n"
    "subnotificação dos exames realizados, percentual de\n"
    "mulheres realizando o procedimento em serviços pri-\n"
    "vados, oferta insuficiente de serviços e busca ativa.\n"
    "\n"
    "Foram realizadas entrevistas individuais e semiestru-\n"
    "turadas com dez profissionais de saúde dos diferen-\n"
    "tes níveis de atenção do sistema, dez usuárias e dois\n"
    "representantes da gestão.\n"
    "\n"
    "“A partir do momento que tomou essa postura de\n"
    "ponto digital, eu diminuí 30,0% meu atendimento\n"
    "(...). Hoje em dia eu não encaixo. Encaixo só ur-\n"
    "gência. Faltou? Não é problema meu”. (Tecido)\n"
    "\n"
    "Considerando que a população feminina com idade\n"
    "entre 25 e 59 anos no município-chave corresponde a\n"
    "um total de 146.868 mulheres, tem-se uma cobertura.\n"
    "\fA partir das entrevistas, pode-se afirmar que a difi-\n"
    "culdade no acesso à atenção básica relaciona-se.\n"
)


def test_a_quotes_attribution_or_a_notes_number_leaves_no_sentence_open() -> None:
    assert order.complete("gência. Faltou? Não é problema meu”. (Tecido)")
    assert order.complete("2009 entre mulheres de mesma faixa etária.19")
    assert order.complete("co proporcional ao tempo decorrido desde o último Papanicolau.10,14")
    assert not order.complete("dos brasileiros (São Paulo 2010, Fundação SOS Mata")
    assert not order.complete("the notebooks run on Python 3.11")
    assert not order.complete("problema meu, segundo Brito et al. (2013)")
    assert not order.complete("problema meu, como em Brito et al.5")
    assert order.two_columns(to_lines(ATTRIBUTION), PARAMS.clean)
    assert stays(ATTRIBUTION)
    assert stays(ATTRIBUTION.replace("Não é problema meu”. (Tecido)", "Na mesma faixa etária.19"))
    # The same line open (no speaker after the quote's end): the box goes on from it.
    got, _ = moved_once(ATTRIBUTION.replace("meu”. (Tecido)", "meu e da equipe, a"))
    assert any("problema meu e da equipe, a subnotificação dos exames" in t for t in got)


# SciELO references as pdfminer read them (cadsc-31, bjb-83; CC BY): the PubMed label on
# a line of its own, before the URL's rest and the number it labels.
LABEL_BEFORE_URL = (
    "REFERÊNCIAS\n"
    "\n"
    "4 International Association of Diabetes and Pregnancy\n"
    "Study Groups Consensus Panel. International Associa-\n"
    "tion of Diabetes and Pregnancy Study Groups recom-\n"
    "mendations   on   the   diagnosis   and   classification   of\n"
    "hyperglycemia  in  pregnancy.  Arlington,  VA:  American\n"
    "Diabetes   Association;   2010.   p.   676-82.   (Diabetes\n"
    "Care; 33). \n"
    "\n"
    "5 Reece EA, Moore T. The diagnostic criteria for gesta-\n"
    "tional   diabetes:   to   change   or   not   to   change?   Am   J\n"
    " http://\n"
    "Obstet   Gynecol.   2013   abr;208(4):255-9.\n"
    "PMid:\n"
    "dx.doi.org/10.1016/j.ajog.2012.10.887.\n"
    "23123381. \n"
    "\n"
    "LAI, C.C., LIN, H.M., NALAWADE, S.M., FANG, W.\n"
    "and TSAY, H., 2005. Hyperhydricity in shoot cultures\n"
    "by   ventilation   of   culture   vessels.  Journal   of   Plant\n"
    "Physiology,   vol.   162,   no.   3,   pp.   355-361.  http://\n"
    "PMid:\n"
    "dx.doi.org/10.1016/j.jplph.2004.07.015.\n"
    "15832688. \n"
)


def test_a_pubmed_label_read_apart_goes_back_before_its_number() -> None:
    result = clean(to_lines(LABEL_BEFORE_URL))
    got = [u.text for u in result.units]
    assert got[2].endswith("255-9. http://dx.doi.org/10.1016/j.ajog.2012.10.887. PMid: 23123381.")
    assert got[3].endswith("355-361. http://dx.doi.org/10.1016/j.jplph.2004.07.015. PMid: 15832688.")
    assert not words_accounted_for(LABEL_BEFORE_URL, result)
    assert second_run_changes(result) == []


def test_a_pubmed_label_and_its_number_go_on_their_entry() -> None:
    """bjb-83 (pdfminer): the label and its number on a line of their own under the DOI's
    short line, which the fit test alone takes for the entry's end in this paper's layout
    (a blank line marks few block ends in it: the whole text is the evidence)."""
    path = CORPUS.parent / "corpus-scielo" / "bjb-83-e246904" / "scielo-wp-pdfminer.txt"
    if not path.is_file():
        pytest.skip(f"shared corpus not found at {path}")
    units = [u.text for u in clean(to_lines(read_path(path).text)).units]
    (entry,) = [t for t in units if "pp.112.202853" in t]
    assert entry.endswith("http://dx.doi.org/10.1104/pp.112.202853. PMid:23209126.")
    (entry,) = [t for t in units if "jplph" in t]
    assert entry.endswith("http://dx.doi.org/10.1016/j.jplph.2004.07.015. PMid: 15832688.")


def test_a_pubmed_label_beside_its_number_or_with_none_stays() -> None:
    assert stays("Physiology, vol. 162, pp. 355-361.\nPMid:\n15832688.\n")
    assert stays("Physiology, vol. 162, pp. 355-361.\nPMid:\nAvailable from the authors.\n")
    assert stays("PMid:23123381.\nhttp://dx.doi.org/10.1590/S0034-8910.2014048005093.\n25119929.\n")


def page_two_boxes(raw: str) -> list[str]:
    """The first lines of ``raw``'s second page's boxes after ``order.rows_read_across``,
    the first page's last line before them."""
    lines = to_lines(raw)
    page = [ln for ln in lines if ln.page == 2]
    got = order.rows_read_across(page, [], PARAMS.clean, "en", [ln for ln in lines if ln.page == 1][-1])
    assert sorted(ln.number for ln in got) == [ln.number for ln in page]  # no line lost or doubled
    return [got[a].text for a, _ in order.boxes(got, 0, len(got))]


def read_lines(raw: str, after_page_one: bool = True) -> str:
    """The lines of ``raw``'s second page after ``order.rows_read_across`` (after the first
    page's last line, or after no line), one text."""
    lines = to_lines(raw)
    page = [ln for ln in lines if ln.page == 2]
    before = [ln for ln in lines if ln.page == 1][-1] if after_page_one else None
    got = order.rows_read_across(page, [], PARAMS.clean, "en", before)
    return "\n".join(ln.text for ln in got)


def test_two_columns_read_row_by_row_are_read_column_by_column() -> None:
    # Two pages read so: reading across is how the text was read.
    raw = ROWS_READ_ACROSS + "\f" + ROWS_NEXT_PAGE
    result = clean(to_lines(raw))
    got = [u.text for u in result.units]
    assert not words_accounted_for(raw, result)
    assert second_run_changes(result) == []
    assert [u[:18] for u in got[3:9]] == [
        "Demand for our wor",
        "Lesson Development",
        "In 2018, the Nethe",
        "The lesson materia",
        "The lesson is spli",
        "By going through t",
    ]
    # The sentence the left column's foot broke goes on at the right column's top.
    assert "This makes the lesson material a complete self-study resource. But it also" in got[6]
    moved = [r for r in result.repairs if r.rule == "reading-order"]
    assert [r.line for r in moved] == [9, 37] and all("row by row" in r.why for r in moved)


def test_one_page_that_reads_as_read_across_stays() -> None:
    # One page alone may be one column whose box opens in lower case (``where E is ...``)
    # before a foot that goes on the next page.
    result = clean(to_lines(ROWS_READ_ACROSS))
    assert not [r for r in result.repairs if "row by row" in r.why]


def test_a_note_ending_the_page_before_tells_nothing_of_the_next_pages_first_box() -> None:
    # The page opens in lower case after a note: read first, it may still be the left
    # column's top, going on from the text above the note.
    page = ROWS_READ_ACROSS[ROWS_READ_ACROSS.index("\f") + 1 :]
    top = page[page.index("complete self-study") : page.index("Lesson Development")]
    raw = ROWS_READ_ACROSS.replace(top, "").replace("\fDemand", "\f" + top + "Demand")
    noted = raw.replace("\f", "\n1 See the lesson's site for its episodes.\n\f", 1)
    lines = to_lines(noted)
    before = order._text_end(lines, next(k for k, ln in enumerate(lines) if ln.page == 2))
    assert before is None
    assert "This makes the lesson material a\ncomplete self-study resource. But" not in read_lines(
        noted, after_page_one=False
    )


def test_a_word_broken_at_a_hyphen_goes_on_in_lower_case() -> None:
    # ``in‐`` / ``To test ...``: ``inTo`` is a common word, but no rest of one opens in a capital.
    prev, cap, low = to_lines("for their in‐\nTo test them\nteresting ideas\n")
    assert order._misfit(prev, cap, 50, PARAMS.clean, "en") == 1
    assert order._misfit(prev, low, 50, PARAMS.clean, "en") == 0


def test_notes_at_a_pages_foot_stay_there_but_a_lists_last_entry_is_none() -> None:
    raw = ROWS_READ_ACROSS.replace(
        "the same 10-step deep learning workflow.\n", "the same 10-step workflow (Huber et al., 2021).4\n"
    )
    two_notes = raw + "\n3 The first note of the page, at its foot.\n\n4 The workflow is the lesson's introduction.\n"
    got = page_two_boxes(two_notes)
    assert got[3].startswith("complete self-study") and [g[:2] for g in got[-2:]] == ["3 ", "4 "]
    lines = [ln for ln in to_lines(ENTRIES_READ_ACROSS) if ln.page == 2]
    parts = order.boxes(lines, 0, len(lines))
    numbered = [replace(ln, text=f"{k}. {ln.text}") if ln.blank_before or k == 0 else ln for k, ln in enumerate(lines)]
    assert order._foot_notes(numbered, parts) == (parts, [])


@pytest.mark.parametrize(
    "old, new",
    [
        # A figure takes room the text does not show: the columns' heights say nothing.
        ("Lesson Development\n", "Figure 1: Lesson Development\n"),
        # The columns meet between two sentences: nothing tells where they meet.
        ("This makes the lesson material a\n", "This makes the lesson material ready.\n"),
        # One column much longer than the other: no two columns read across.
        ("By going through the deep learning cycle three times\n", ""),
    ],
)
def test_a_page_read_across_stays_without_the_evidence(old: str, new: str) -> None:
    assert old in ROWS_READ_ACROSS
    raw = ROWS_READ_ACROSS.replace(old, new)
    if not new:  # the whole box
        start = raw.index("with different problems")
        raw = raw[: raw.rindex("\n\n", 0, start)] + "\n"
    assert page_two_boxes(raw)[1].startswith("complete self-study")


def test_a_reference_list_read_row_by_row_runs_in_its_order_again() -> None:
    got = page_two_boxes(ENTRIES_READ_ACROSS)
    assert [first.split(",")[0] for first in got] == [
        "Bourke",
        "Burg",
        "Gaviria Rojas",
        "Horst",
        "Howard",
        "Huber",
        "Lang",
        "Pollard",
    ]


def test_a_pages_note_stays_at_its_foot_and_a_stop_before_its_number_ends_the_sentence() -> None:
    raw = ROWS_READ_ACROSS.replace(
        "the same 10-step deep learning workflow.\n", "the same 10-step workflow (Huber et al., 2021).4\n"
    )
    raw += "\n4 The workflow is the lesson's introduction.\n"
    got = page_two_boxes(raw)
    assert got[3].startswith("complete self-study") and got[-1].startswith("4 The workflow")


def test_a_right_columns_top_read_first_on_its_page_goes_after_the_left_columns_foot() -> None:
    # bak-p59099's pages: the right column's top sits higher than the left column's first
    # box, and pdftotext reads it first. It cannot go on from the page before, which ends
    # a sentence; where that page leaves its sentence open, it goes on from there.
    page = ROWS_READ_ACROSS[ROWS_READ_ACROSS.index("\f") + 1 :]
    top = page[page.index("complete self-study") : page.index("Lesson Development")]
    raw = ROWS_READ_ACROSS.replace(top, "").replace("\fDemand", "\f" + top + "Demand")
    assert "This makes the lesson material a\ncomplete self-study resource. But" in read_lines(raw)
    left_open = raw.replace(
        "are listed in the Carpentries Incubator.\n", "are listed in the Carpentries Incubator as a\n"
    )
    assert read_lines(left_open).startswith("complete self-study")


# trans-45-1-139 (CC BY), page 2 as pdftotext read it, in English and cut short: the page
# opens on the left column, which goes on from the page before; the word broken at the left
# column's foot (``kata‐`` / ``leptike``) is no word the lexicon knows.
FIRST_BOX_GOES_ON = (
    "Foucault's reading of the cynics, which this paper follows, can be reduced by\n"
    "\f"
    "them to four general points: first, the question\n"
    "of the true life; second, the scandal of the\n"
    "cynic body; third, the care of the others; and\n"
    "fourth, the militancy that the cynics share in\n"
    "the perspective of Foucault.\n"
    "\n"
    "leptike (HADOT, 2013), but material, the kind of\n"
    "life that the cynic shows to everyone in the\n"
    "street, poor, dirty and ugly, a life that the\n"
    "others take as an insult and a danger to the\n"
    "order of the city and which becomes at the end\n"
    "something ridiculous (FOUCAULT, 2010, p. 297).\n"
    "\n"
    "1 Cult of light and mastery of death\n"
    "The cynic life is a life without shame and\n"
    "without secrets, lived in the light of the day\n"
    "before the eyes of everyone, and its truth is\n"
    "close to the one that the Stoics found in the\n"
    "representation that they named the phantasia kata‐\n"
    "\n"
    "But if Foucault (2010, p. 184) describes the\n"
    "exercises of power of the cynics, their watch\n"
    "over the others and their mission, he also sees\n"
    "in the death of the king that a true sovereign cannot\n"
)


def test_a_pages_first_box_that_goes_on_from_the_page_before_stays_first() -> None:
    # Read as a right column's top, it would go on from the last line of a left column; but
    # it goes on from the page before, which leaves its sentence open: the page stays.
    assert read_lines(FIRST_BOX_GOES_ON) == "\n".join(ln.text for ln in to_lines(FIRST_BOX_GOES_ON) if ln.page == 2)


FRONT = (
    "Introduction to deep learning: Carpentries-style hands-on\n"
    "lesson material for introducing researchers to deep learning\n"
    "\n"
    "Sven A. van der Burg, Pranav Chandramouli, Anne Fouilloux\n"
    "\n"
    "Netherlands eScience Center, Amsterdam, The Netherlands\n"
    "\n"
    "Simula Research Laboratory, Oslo, Norway\n"
    "\n"
    "Düsseldorf University of Applied Sciences, Düsseldorf\n"
    "\n"
)


@pytest.mark.parametrize(
    "front",
    [
        # A title block of short boxes, up to the first long one.
        FRONT,
        # ... up to the keywords line, after a box of three lines.
        FRONT.replace(", Oslo, Norway\n", ",\nGaustadalléen 23B,\nOslo, Norway\n")
        + "Keywords: Python, deep learning, Carpentries\n\n",
    ],
)
def test_a_title_block_above_two_columns_read_across_stays_on_top(front: str) -> None:
    raw = ROWS_READ_ACROSS.replace("\fDemand", "\f" + front + "Demand")
    got = read_lines(raw)
    assert got.startswith("Introduction to deep learning")
    assert "This makes the lesson material a\ncomplete self-study resource. But" in got


def test_an_entry_broken_by_the_columns_goes_on_at_the_right_columns_top() -> None:
    # The left column's last entry goes on at the right column's top: a number going on.
    page = ENTRIES_READ_ACROSS[ENTRIES_READ_ACROSS.index("\f") + 1 :]
    rows = page.rstrip("\n").split("\n\n")
    horst = "Horst, A. M., Hill, A. P., & Gorman, K. B. (2020).\nAllisonhorst/palmerpenguins. Zenodo, vol.\n"
    piece = "3, pp. 1-9. https://doi.org/10.5281/\nzenodo.3960218\n"
    left = [rows[0], rows[2], rows[4], horst.rstrip("\n")]
    right = [piece.rstrip("\n"), rows[1], rows[3], rows[5]]
    read = [box for pair in zip(left, right, strict=True) for box in pair]
    raw = ENTRIES_READ_ACROSS.replace(page, "\n\n".join(read) + "\n")
    assert "Zenodo, vol.\n3, pp. 1-9." in read_lines(raw)


ENTRY_LINES = (
    "Bourke, D. (2022). PyTorch for Deep Learning &\nMachine Learning – Full Course. YouTube,\n"
    "freeCodeCamp.org, a course of twenty-five\nhours. https://www.youtube.com/watch\n",
    "Lang, J. M. (2021). Small Teaching: Everyday\nLessons from the Science of Learning. John\n"
    "Wiley & Sons, second edition, 2021, 288\npages. ISBN: 978-1-119-75554-8.\n",
    "Burg, S. van der. (2024). Dollar street 10 -\n64x64x3. Zenodo, a dataset adapted for the\n"
    "lesson from The Dollar Street Dataset, with\nimages of 64 by 64 pixels in three colours.\n",
    "Pollard, T., Peru, G., & Wilson, G. (2020).\nTeaching the teachers: the Carpentries\n"
    "instructor training, its history and its\nlessons, and what comes next. Zenodo.\n",
)


def test_a_reference_list_of_two_rows_read_across_stays() -> None:
    # One entry out of order (``Lang`` before ``Burg``) may be the list's own: no column's
    # seam is told.
    page = ENTRIES_READ_ACROSS[ENTRIES_READ_ACROSS.index("\f") + 1 :]
    raw = ENTRIES_READ_ACROSS.replace(page, "\n".join(ENTRY_LINES))
    assert page_two_boxes(raw)[1].startswith("Lang")


def test_a_lists_marker_goes_on_no_sentence() -> None:
    # ``a)`` closes a bracket it never opened, as a sentence going on may (``2022). These``):
    # a list's item opens a box of its own.
    page = to_lines("and its last line is full and left open at the end of\n\na) the first item of the list\n")
    finished = replace(page[0], text="ends its sentence here.")
    assert order._misfit(finished, page[1], 50, PARAMS.clean, "en") == 0
    misfit = partial(order._misfit, width=50, p=PARAMS.clean, lang="en")
    assert not order._seam(page, [(0, 1)], [(1, 2)], False, misfit)


def test_in_a_text_read_across_the_page_before_tells_where_a_pages_first_box_goes() -> None:
    # Page 2 read with its right column's top first: the first page ends a sentence, so the
    # box in lower case cannot go on from it (page 3 is read across as well).
    page = ROWS_READ_ACROSS[ROWS_READ_ACROSS.index("\f") + 1 :]
    top = page[page.index("complete self-study") : page.index("Lesson Development")]
    raw = ROWS_READ_ACROSS.replace(top, "").replace("\fDemand", "\f" + top + "Demand") + "\f" + ROWS_NEXT_PAGE
    got = [u.text for u in clean(to_lines(raw)).units]
    assert any("This makes the lesson material a complete self-study resource." in u for u in got)
