"""Headings found by the cleaner, on lines copied from real extractions."""

from __future__ import annotations

import re

import pytest
from clean_invariants import second_run_changes, words_accounted_for
from excerpts import CAPITALS_WRAPPED, EARLY, OUTLINE_WRAPPED, SENTENCE_CASE, STACKED, TITLED, WRAPPED

from galley.clean import clean
from galley.clean.shapes import next_numbers
from galley.inputs.read import to_lines
from galley.params import PARAMS, CleanParams, Params


def headings(raw: str, p: CleanParams | None = None) -> list[str]:
    params = Params(clean=p) if p else PARAMS
    result = clean(to_lines(raw), lang="pt", params=params)
    assert not words_accounted_for(raw, result)
    assert second_run_changes(result) == []
    return [u.text for u in result.units if u.kind == "heading"]


def test_numbered_headings_wrapped_onto_two_lines_are_one_heading_each() -> None:
    assert headings(WRAPPED) == [
        "3 Análise dialógica dos discursos de réus do crime de feminicídio do Tribunal do Júri",
        "3.1 Do grande cronotopo ao cronotopo do Tribunal do Júri",
    ]


def test_a_numbered_list_item_that_ends_its_sentence_is_no_wrapped_heading() -> None:
    raw = WRAPPED.replace("crime de feminicídio do Tribunal do Júri", "crime de feminicídio do Tribunal do Júri.")
    assert "3 Análise dialógica" not in " ".join(headings(raw))


# bjb-83 (two columns, pypdf): a numbered heading that runs most of a narrow column's line.
NARROW = """\
The hyperhydric shoots along with callus were also shifted
to MS medium supplemented with combination of cyto-
kinin and gibberellin (BA+GA3 (3.0+2.0 and 3.5+2.0 mg/l)
and 2iP+GA3 (1.0+2.0 and 1.5+2.0 mg/l) (Table 3).
2.2. Culture vessels and medium solidification
In order to determine the effect of culture vessels mag-
nitude and agar concentration on induction of hyperhy-
dricity in the shoots two types of culture vessels were
used in the experiment of this study with three agar
"""


def test_a_numbered_heading_may_run_most_of_a_narrow_line() -> None:
    assert headings(NARROW) == ["2.2. Culture vessels and medium solidification"]


def test_a_line_of_prose_opening_with_a_figure_is_no_heading() -> None:
    # The same place, but the sentence goes on in lower case on the next line.
    raw = NARROW.replace(
        "2.2. Culture vessels and medium solidification\nIn order",
        "2.5 mg of each sample was dissolved in distilled\nwater in order",
    )
    assert headings(raw) == []


# bjb-83: after "3.3. Subculture of hyperhydric shoots", headings that fill the column's line.
IN_SEQUENCE = """\
3.3. Subculture of hyperhydric shoots
The callus and hyperhydric shoots formed after 30 days
were subcultured on MS media (Table 2). This culture
condition was optimized and considered as the control.
Onward experiments were planned to reduce the prob-
lem of hyperhydricity by adjusting different culture pa-
rameters.
3.4. The effect of cytokinins in combination with GA3
Calli along with adventitious shoots (hyperhydric) were
subculture on MS media, having 2iP (1.0 and 1.5 mg/l)
in combination with GA3 (2.0 mg/l). All calli turned
brown and then white calli emerged from necrosed cal-
lus masses which grew further and formed numerous
gate more and remained small (Table 3).
3.5. Effect of vessels magnitude on hyperhydricity
The determination of this experiment was to observe
the effect of culture vessels magnitude (138×72 mm
&90.0×51 mm) on hyperhydricity and formation of nor-
mal morphology shoots on MS medium in the presence
"""


def test_numbered_headings_that_fill_the_line_are_found_by_their_sequence() -> None:
    assert headings(IN_SEQUENCE) == [
        "3.3. Subculture of hyperhydric shoots",
        "3.4. The effect of cytokinins in combination with GA3",
        "3.5. Effect of vessels magnitude on hyperhydricity",
    ]


def test_a_number_out_of_sequence_is_not_taken_on_that_evidence() -> None:
    raw = IN_SEQUENCE.replace("3.5. Effect", "7.2. Effect")
    assert "7.2. Effect of vessels magnitude on hyperhydricity" not in headings(raw)


@pytest.mark.parametrize(
    ("before", "number", "follows"),
    [
        ("3.3", "3.4", True),
        ("3.3", "3.3.1", True),
        ("3.3", "4", True),
        ("3.3.1", "3.4", True),
        ("3.3", "3.5", False),
        ("3.3", "2", False),
        ("3", "3.2", False),
    ],
)
def test_what_follows_in_an_outline(before: str, number: str, follows: bool) -> None:
    assert (number in next_numbers(before)) is follows


# Two columns read out of order (pdfminer, jose.00279): a section's name, a blank line, then
# the other column's text going on in lower case.
OUT_OF_ORDER = (
    "The lesson was taught to doctoral students in several departments over three years.\n\n"
    "{name}\n\n"
    "share my data? How should I organise the folders of a project that grows over years?\n"
    "This lesson addresses good practices for data analysis, computing, and collaboration.\n"
)


def test_a_sections_name_above_text_read_out_of_order_is_a_heading() -> None:
    units = clean(to_lines(OUT_OF_ORDER.format(name="Acknowledgements"))).units
    assert [u.text for u in units if u.kind == "heading"] == ["Acknowledgements"]
    # Not a reference list's heading: the list would run on into the other column's text.
    units = clean(to_lines(OUT_OF_ORDER.format(name="References"))).units
    assert not [u for u in units if u.kind == "heading"]


def test_a_heading_in_capitals_wrapped_after_a_function_word_is_one_heading() -> None:
    # Esc. Anna Nery (pypdf): no blank line, no indent; the first line alone breaks off.
    raw = (
        "Os irmãos mostraram que é possível continuar a ser mesmo diante das\n"
        "dificuldades que possam se apresentar.\n"
        "CONCLUSÃO E IMPLICAÇÕES PARA A\n"
        "PRÁTICA\n"
        "O BTD possibilitou o brincar que, compreendido à luz da teoria, permitiu aos\n"
        "irmãos expressar o que sentiam durante a visita à criança hospitalizada.\n"
    )
    assert headings(raw) == ["CONCLUSÃO E IMPLICAÇÕES PARA A PRÁTICA"]


def test_a_heading_in_capitals_wrapped_inside_a_word_is_one_heading() -> None:
    # Rev. adm. contemp. (pypdf, two columns, CC BY): the word broken at the hyphen.
    raw = (
        "The article ends with the final considerations, including the research limitations\n"
        "and conclusions.\n"
        "MORAL VIRTUES ACCORDING TO THE TRADI-\n"
        "TION OF VIRTUES ETHICS IN BUSINESS ETHICS\n"
        "The work of authors such as Elizabeth Anscombe (1958), Philippa Foot (1967), and\n"
        "Alasdair MacIntyre (1981) made the tradition of virtue ethics known again.\n"
    )
    assert headings(raw) == ["MORAL VIRTUES ACCORDING TO THE TRADITION OF VIRTUES ETHICS IN BUSINESS ETHICS"]


def test_a_heading_in_capitals_wrapped_after_a_full_word_is_one_heading() -> None:
    assert headings(STACKED) == ["INTRODUÇÃO", "DIAGNÓSTICO E TRATAMENTO DO CÂNCER DO COLO DO ÚTERO"]


def test_capital_lines_parted_by_a_blank_line_are_two_blocks() -> None:
    # A table's heads in capitals, each a box of its own (bak-p59099, pdftotext).
    raw = STACKED.replace("DO CÂNCER\nDO COLO", "DO CÂNCER\n\nDO COLO")
    assert "DIAGNÓSTICO E TRATAMENTO DO CÂNCER DO COLO DO ÚTERO" not in headings(raw)


def test_a_short_capital_line_over_another_is_a_section_and_its_subsection() -> None:
    # Not wrapped: the first line runs under half the measure (both levels set in capitals).
    raw = STACKED.replace(
        "DIAGNÓSTICO E TRATAMENTO DO CÂNCER\nDO COLO DO ÚTERO", "O EXAME PREVENTIVO\nCONDIÇÕES DE ACESSO"
    )
    assert headings(raw) == ["INTRODUÇÃO", "O EXAME PREVENTIVO", "CONDIÇÕES DE ACESSO"]


def test_capital_lines_above_the_first_named_section_are_left_to_the_front_matter() -> None:
    # An article type over a title in capitals: the front matter tells them apart.
    raw = "Rev Saúde Pública 2014.\nARTIGO ORIGINAL\nIMPACTO DO ESTRESSE\n\n" + STACKED
    assert "ARTIGO ORIGINAL IMPACTO DO ESTRESSE" not in headings(raw)


def test_a_sentence_case_heading_filling_a_narrow_line_is_found_by_the_sentence_after_it() -> None:
    assert headings(SENTENCE_CASE) == ["Perspectives that seek to measure moral virtues"]


@pytest.mark.parametrize(
    ("line", "after"),
    [
        # A paragraph's first line: the sentence goes on (a name after it, not a function word).
        ("Perspectives that seek to measure moral virtues", "Aristotle, studies of virtue ethics have"),
        # One letter is too often part of a name: ``hepatitis`` / ``C mortality``.
        ("This study aims to analyze the burden of hepatitis", "C mortality, temporal trends, and spatial"),
        # What a colon announced: an equation.
        ("DD = Σ(meantemperature - 10°C) × daysafterpruning (1)", "The grape maturation curves were calculated"),
        # A name opening with an article: the sentence goes on (``El Niño``, ``The Lancet``).
        ("Droughts were most severe in years with strong", "El Niño conditions in the tropical Pacific"),
        ("Early findings appeared in the journal", "The Lancet in 2014 and were soon confirmed"),
        # A sentence of one line, its citation after the stop as superscript digits.
        ("Mortality rose faster among men than women.4,5", "The burden is greatest in the North"),
        # Sentences inside: a line of dialogue.
        ("Charlie: Sim! [empurrando o êmbolo] (Charlie, 7 anos)", "Os irmãos relacionaram os brinquedos"),
    ],
)
def test_a_line_before_a_new_sentence_needs_the_heading_shape_and_place(line: str, after: str) -> None:
    here = "Perspectives that seek to measure moral virtues\nIn administration,"
    raw = SENTENCE_CASE.replace(here, f"{line}\n{after}")
    if line.startswith("DD"):
        raw = raw.replace("(Zyl, 2019).", "(Zyl, 2019) as follows:")
    assert headings(raw) == []


def test_a_sections_long_name_wrapped_onto_three_lines_is_found_by_the_outline() -> None:
    assert headings(OUTLINE_WRAPPED) == [
        "2 Aspectos metodológicos e éticos",
        "3 A educação como direito: perspectivas e desafios da educação especial na perspectiva da educação inclusiva",
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("3 A educação", "5 A educação"),  # not the next number of the outline
        ("da educação inclusiva", "da educação inclusiva."),  # a sentence: a list item
        ("políti-\ncas educacionais.", "políti-\ncas educacionais e"),  # the sentence before goes on
    ],
)
def test_a_numbered_run_needs_the_outline_and_the_place_of_a_heading(old: str, new: str) -> None:
    assert len(headings(OUTLINE_WRAPPED.replace(old, new))) == 1


def test_a_numbered_list_item_or_note_is_no_section_however_it_wraps() -> None:
    # The list's third item, with the paper's own section 3 later; a note, then the next.
    item = OUTLINE_WRAPPED.replace("cionais inclusivos, já", "cionais inclusivos.\n3 Resultados\nOs dados mostram, já")
    assert "3 Resultados" in headings(item) and len(headings(item)) == 2
    note = OUTLINE_WRAPPED.replace(
        "Conforme já sinalizado", "4 A Lei nº 13.146 instituiu o Estatuto\nConforme já sinalizado"
    )
    assert len(headings(note)) == 1


def test_the_rest_of_a_bracket_wrapped_onto_its_own_line_is_no_heading() -> None:
    """Esc. Anna Nery (pypdf, a narrow column): the speakers' attribution wrapped after its
    first name, ``(Charlie, 7 anos;`` / ``Lola, 4 anos)``: the line closes a bracket it did
    not open, and goes on the line before. A list's marker is no such bracket."""
    body = (
        "Os irmãos dramatizaram lembranças antigas e a situação da visita durante a sessão.\n"
        "Lola: As ‘enfermeira’ colocou… e daí eu vi\n"
        "o Charlie, e aí eu chorei… (Charlie, 7 anos;\n"
        "Lola, 4 anos)\n"
        "Eles também dramatizaram a experiência de visitar a criança hospitalizada, na sala.\n"
    )
    assert "Lola, 4 anos)" not in headings(body)
    from galley.clean.shapes import closes_unopened

    assert closes_unopened("Lola, 4 anos)") and not closes_unopened("1) Penguin Species Classification")
    assert not closes_unopened("Results (part 2)")


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Abstract. We study the role of gradient noise in the training of small networks.", "Abstract"),
        ("Abstract—Mobile edge computing allows devices to offload their tasks to servers.", "Abstract"),
        ("Résumé : Depuis les années 1980, les paysages ruraux font l'objet de politiques.", "Résumé"),
        ("Zusammenfassung: Der Aufsatz untersucht die Geschichte der Fürsorge in Nürnberg.", "Zusammenfassung"),
        ("ABSTRACT Background: Sleep is short among adolescents, and its costs are unclear.", "ABSTRACT"),
    ],
)
def test_an_abstracts_label_run_into_its_line_is_set_apart_as_its_heading(line: str, label: str) -> None:
    raw = f"{line}\nIts second line goes on with the abstract, as an extractor gives it here.\n"
    result = clean(to_lines(raw), params=PARAMS)
    assert [(u.kind, u.text) for u in result.units][0] == ("heading", label)
    first_word = line[len(label) :].lstrip(" .:—").split()[0]
    assert result.units[1].text.split()[0] == first_word
    assert [r.after for r in result.repairs if r.rule == "run-in-label"] == [label]
    # Every letter kept, in order (``Abstract—Mobile`` is two words now, none lost).
    assert re.sub(r"\W", "", raw) == re.sub(r"\W", "", "".join(u.text for u in result.units))
    assert second_run_changes(result) == []


@pytest.mark.parametrize(
    "line",
    [
        "Abstract art in the 1950s and the painters of New York who made it famous",  # no stop, no capitals
        "Summary: Results",  # a heading of its own, too short to be an abstract's first line
        "Abstract: the algebraic structure of the group is given in the appendix below.",  # no sentence
        "SUMMARY JUDGMENTS IN BRAZILIAN CIVIL PROCEDURE AFTER THE 2015 CODE",  # a title in capitals
    ],
)
def test_a_line_opening_with_an_abstract_word_is_left_whole(line: str) -> None:
    raw = f"{line}\nThe text goes on here in lower case after it, for a line or two of prose.\n"
    assert not [r for r in clean(to_lines(raw), params=PARAMS).repairs if r.rule == "run-in-label"]


def test_a_numbered_line_of_clauses_ending_in_a_stop_is_no_heading() -> None:
    """A Chicago note at a page's foot (``4 ‘Bradshaw’s Railway Guide’, Punch, 14 March 1846,
    112.``) or a numbered entry: clauses a comma parts, a stop at its end. ``3. Results.``
    and ``2.1 Study area.`` stay headings."""
    raw = (
        "The timetable thus trained a readership in the very skills the novel demanded of it.\n\n"
        "4 ‘Bradshaw’s Railway Guide’, Punch, 14 March 1846, 112.\n\n"
        "5 The figure reproduces a page of Bradshaw’s guide for the month of March 1846.\n\n"
        "3. Results.\n\n"
        "The results are set out in the tables below, one for each of the two hospitals.\n\n"
        "3.2 Sampling, storage and analysis.\n\n"
        "The samples were stored at four degrees and analysed within the following week.\n"
    )
    assert headings(raw) == ["3. Results.", "3.2 Sampling, storage and analysis."]


def test_a_german_heading_may_end_on_alle() -> None:
    """``alle`` is German (and ``alla`` Swedish) for "all", no open ending as Italian's
    "to the" is: ``Bildung für alle`` is a heading."""
    raw = (
        "The schools of the region were closed for two years, and the teachers moved away.\n\n"
        "Bildung für alle\n\n"
        "Die Schulen der Region blieben zwei Jahre lang geschlossen, und die Lehrer zogen weg.\n"
    )
    assert headings(raw) == ["Bildung für alle"]


def test_a_label_run_into_a_line_of_the_body_is_left_whole() -> None:
    """Past the paper's first two pages an abstract's label opens a sentence of the body."""
    body = "The text of the paper goes on here, page after page, as the extractor gave it.\n"
    raw = body + "\f" + body + "\f" + body + "Summary: The findings of these studies are mixed, and few agree.\n"
    assert not [r for r in clean(to_lines(raw), params=PARAMS).repairs if r.rule == "run-in-label"]


def test_a_heading_in_larger_type_wrapped_before_the_measure_is_one_heading() -> None:
    """``outcomes`` would have fitted after ``Course structure and learning`` at the text's
    size: the line is set in larger type, and the pair is one heading."""
    assert headings(EARLY) == ["Target audience", "Course structure and learning outcomes"]


def test_a_narrow_cell_a_dialogue_or_table_rows_ending_early_are_no_heading() -> None:
    """A table's cell wraps early in its narrow column (jose.00292, pdftotext: ``Teaching``
    / ``notes``, the text's measure not half full), a dialogue's line in its indented
    quotation (Esc. Anna Nery, two columns: a sentence ends inside it), and a table's rows
    end early, each its own phrase."""
    cell = EARLY.replace("Course structure and learning\noutcomes", "Teaching\nnotes")
    assert headings(cell) == ["Target audience"]
    said = EARLY.replace("Course structure and learning\noutcomes", "Charlie: Sim! [empurrando e\npuxando o êmbolo]")
    assert headings(said) == ["Target audience"]
    # Two lines that each open a phrase: a table's last rows (rbee-30 on an A5 page, pypdf).
    rows = EARLY.replace(
        "Course structure and learning\noutcomes", "Altas Habilidades ou Superdotação 38.019\nTotal 1.771.430"
    )
    assert headings(rows) == ["Target audience"]


def test_a_pair_wrapped_early_must_stand_between_closed_text_and_a_paragraph() -> None:
    """After a bullet read apart on its line (pdfminer) the pair is a list item; before
    a short line, table cells (ress-33, pdfminer: a header's cells one under another)."""
    item = EARLY.replace("CFD workflow.\n", "CFD workflow:\n•\n")
    assert headings(item) == ["Target audience"]
    cells = EARLY.replace(
        "Course structure and learning\noutcomes\nThe course is expected to take about 16 hours to com‐\n",
        "Faced difficulty in taking child to\nvaccination center\n"
        "Child not vaccinated, despite\nhaving been taken to\n",
    )
    assert headings(cells) == ["Target audience"]


def test_a_title_s_lines_wrapped_early_under_its_first_are_no_heading() -> None:
    """bn-22 set with indented paragraphs (pypdf): the title's first line passes for a
    heading, and its next two lines wrap early in the title's large type."""
    raw = (
        "Contribution of the Brazilian National Forest\n"
        "Inventory to the knowledge of Cerrado woody\n"
        "flora\n"
        "Fernanda K Kiataqui1, Sérgio Eustáquio de Noronha2, Marcelo F Simon2\n"
        "1Universidade de Brasília, Programa de Pós-Graduação em Botânica, Brasília, DF, Brasil.\n"
        "2Embrapa Recursos Genéticos e Biotecnologia, Brasília, DF, Brasil.\n"
        "Keywords: conservation; endemism; plant diversity; sampling effort; survey; vegetation types\n"
        "Abstract:\n"
        "The National Forest Inventory (Inventário Florestal Nacional-IFN) is a large initiat‐\n"
        "ive that uses standardised methods to survey Brazilian forestry resources. One tar‐\n"
        "get of the IFN is the Cerrado, which contains one of the richest floras in the world.\n"
    )
    assert not any(h.startswith("Inventory") for h in headings(raw))


def test_a_pair_that_wrapped_at_the_measure_or_above_the_first_heading_is_no_heading() -> None:
    """A first line that runs the measure wrapped as the text does; and above the paper's
    first heading, large type is the title's."""
    full = EARLY.replace(
        "Course structure and learning\noutcomes", "Course structure, learning outcomes and assessments\nof ARC4CFD"
    )
    assert headings(full) == ["Target audience"]
    # ... or a second line that runs the measure: the sentence goes on after it.
    on = EARLY.replace("\noutcomes\n", "\noutcomes for interdisciplinary computational work\n")
    assert headings(on) == ["Target audience"]
    assert headings(EARLY.removeprefix("Target audience\n")) == []


def test_a_title_cased_heading_may_run_most_of_the_line() -> None:
    assert headings(TITLED) == ["Part 1: Introduction to PEST and the Gauss-Levenberg Marquardt Approach"]


def test_a_long_title_cased_line_before_a_short_one_or_with_commas_is_no_heading_alone() -> None:
    """Wrapped onto a second line (wp-justified, pdftotext: ``... Marquardt`` / ``Approach``)
    it is no heading alone; nor is a list of names, each capitalised."""
    wrapped = TITLED.replace("Marquardt Approach\n", "Marquardt\nApproach\n")
    assert "Part 1: Introduction to PEST and the Gauss-Levenberg Marquardt" not in headings(wrapped)
    names = TITLED.replace(
        "Part 1: Introduction to PEST and the Gauss-Levenberg Marquardt Approach",
        "Jeremy White, Rui Hugman, Brioch Hemmings, Michael Fienen, Randall Hunt",
    )
    assert headings(names) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # indented: a reference's hanging title in layout text
        ("\nPart 1: Introduction", "\n    Part 1: Introduction"),
        # in the reference list, whose titles are often capitalised throughout (jose.00267)
        (
            "\nPart 1: Introduction to PEST and the Gauss-Levenberg Marquardt Approach",
            "\nReferences\nFive Guiding Principles to Make Jupyter Notebooks Fit for Earth Observation",
        ),
        # a word of symbols alone: a table's header (bjb-83: ``Hormone Vessels Magnitude % ...``)
        ("Gauss-Levenberg Marquardt Approach", "Gauss-Levenberg % Marquardt Approach"),
        # before a line that is no prose: a table's next row
        (
            "Part 1 focuses on the Gauss-Levenberg Marquardt (GLM) approach to parameter estima-",
            "BA+GA3 3.0+2.0 12.5 ± 0.4 (a) 45.6 ± 2.1 (b) 8.1 ± 0.2 (c) 3.3 ± 0.1 (d) 1.2 ± 0.3",
        ),
    ],
)
def test_a_long_capitalised_line_is_no_heading_where_its_place_says_otherwise(old: str, new: str) -> None:
    found = " ".join(headings(TITLED.replace(old, new)))
    assert "Part 1: Introduction to PEST" not in found
    assert "Five Guiding" not in found


def test_a_long_heading_in_capitals_wrapped_onto_a_second_line_is_one_heading() -> None:
    """A line in capitals may run most of its measure and be a heading, its wrapped end
    joined to it as ``stacked_capitals`` joins two lines in capitals."""
    assert headings(CAPITALS_WRAPPED) == [
        "INTRODUCTION",
        "MORAL VIRTUES ACCORDING TO THE TRADITION OF VIRTUES ETHICS IN BUSINESS ETHICS",
    ]
