"""Tables (structure/tables): a table caption's cells rebuilt into a grid, on real
excerpts run through the whole analysis (the cleaner's units, then the structure stage)."""

from __future__ import annotations

from pathlib import Path

import pytest

from galley.model import Block, Unit
from galley.params import PARAMS
from galley.pipeline import analyse
from galley.structure.tables import table_block
from galley.structure.tables.cells import TLine
from galley.structure.tables.columns import by_key_column, by_label_column
from galley.structure.tables.pairs import by_label_sentences
from galley.structure.tables.region import Region, key_runs
from galley.structure.tables.rows import (
    by_count,
    by_dated,
    by_figure,
    by_inner_figures,
    by_leading,
    by_marks,
    by_numbers,
    by_period,
    by_values,
    mark_tail,
    row_marks,
    word_shape,
)
from galley.structure.tables.wrapped import by_brackets

# A lesson's survey table as pypdf extracts it: a cell a line, each row ending on its
# figures, the caption under the table, the introducing sentence above it; the body's
# paragraphs before it give the measure its prose runs.
SURVEY = """\
This course was taught 13 times over the course of 4 years, both online and in-person, by the
Netherlands eScience Center (Netherlands, https://www.esciencecenter.nl/) and Helmholtz-
Zentrum Dresden-Rossendorf (Germany, https://www.hzdr.de/). Apart from the core
group of contributors, the workshop was also taught at at least 3 independent institutes,
namely: University of Wisconson-Madison (US, https://www.wisc.edu/), University of
Auckland (New Zealand, https://www.auckland.ac.nz/), and EMBL Heidelberg (Germany,
https://www.embl.org/sites/heidelberg/).
In general, adoption of the lesson material by the instructors not involved in the project
went well. The feedback gathered from our own and others’ teachings was used to polish
the lesson further.
Student responses
The feedback we gathered from students is in general very positive, with some responses
from students to the question ‘What was your favourite or most useful part of the workshop.
Why?’ further confirming our statement of need:
I enjoyed the live coding and playing with the models to see how it would effect
the results. It felt hands on and made it easy for me to understand the concepts.
Well-defined steps to be followed in training a model is very useful. Examples
we worked on are quite nice.
The doing part, that really helps to get the theory into practice.
Below are two tables summarizing results from our post-workshop survey. We use the
students’ feedback to continuously improve the lesson.
Strongly
Disagree
Dis-
agree
Un-
de-
cided Agree
Strongly
Agree
To-
tal
Weighted
Aver-
age
I can immediately apply
what I learned at this
workshop.
0 5 6 19 8 38 3,8
The setup and installation
instructions for the lesson
were complete and easy to
follow.
0 0 4 13 21 38 4,4
Examples and tasks in the
lesson were relevant and
authentic
0 0 5 19 14 38 4,2
Table 1: Agreement on statements by students from 2 workshops taught at the Netherlands
eScience Center. The results from these 2 workshops are a good representation of the
general feedback we get when teaching this workshop.
"""

# A diagram's labels under the paragraph that cites it: one key (``3LGM²-S``) again and
# again names no rows.
DIAGRAM = """\
The circle star also rearranges the nodes using the force-directed layout locally on the
currently visible subgraph. Figure 4 shows a mind map of a topic, created by an undirected
star, which can be used by a teacher to prepare a lecture about that topic.

3LGM²-S Providing Interface
SOA
isAssociatedWith

entityTypeComponent
subClassOf
3LGM²

3LGM²-S
entityTypeComponent
entityTypeComponent
entityTypeComponent
3LGM²-S Service Class

3LGM²-S Invoking Interface
3LGM²-S Service
Figure 4: Star of the 3LGM²-S model for service oriented communication.

A spiderworm is a path from node A to node B combined with a star of B. Figure 5 shows
how we use a spiderworm to teach a student how the new concept “quality of data” is
connected the already introduced concept “patient identification number.”
"""


def blocks(tmp_path: Path, text: str) -> list[Block]:
    src = tmp_path / "paper.txt"
    src.write_text(text, encoding="utf-8")
    return analyse(src).blocks


def test_rows_of_figures_make_a_table_with_its_caption(tmp_path: Path) -> None:
    got = blocks(tmp_path, SURVEY)
    tables = [b for b in got if b.kind == "table"]
    assert len(tables) == 1
    t = tables[0]
    assert t.caption.startswith("Table 1: Agreement on statements by students")
    assert t.head == 1 and t.rows is not None
    assert t.rows[1:] == [
        ["I can immediately apply what I learned at this workshop.", "0", "5", "6", "19", "8", "38", "3,8"],
        [
            "The setup and installation instructions for the lesson were complete and easy to follow.",
            *"0 0 4 13 21 38 4,4".split(),
        ],
        ["Examples and tasks in the lesson were relevant and authentic", *"0 0 5 19 14 38 4,2".split()],
    ]
    # The sentence that announces the table stays a paragraph above it.
    before = got[got.index(t) - 1]
    assert before.kind == "paragraph" and before.text.startswith("Below are two tables")


def test_one_key_repeated_is_no_table(tmp_path: Path) -> None:
    assert "table" not in [b.kind for b in blocks(tmp_path, DIAGRAM)]


def corpus_blocks(corpus: str, paper: str, variant: str) -> list[Block]:
    from conftest import CORPUS

    path = CORPUS.parent / corpus / paper / f"{variant}.txt"
    if not path.is_file():
        pytest.skip(f"shared corpus not found at {path}")
    return analyse(path).blocks


def test_a_bulleted_list_of_function_names_is_no_table() -> None:
    # ``•`` / ``process_gs() ensures ...`` / ``•`` / ``process_policy() similarly ...``:
    # the names have one shape, but bullets open the items.
    got = corpus_blocks("corpus", "jose.00303", "wp-double-pdfminer")
    items = [b.text for b in got if b.kind == "list_item"]
    assert any(t.startswith("process_gs() ensures") for t in items)
    assert "table" not in [b.kind for b in got]


def test_a_caption_inside_a_paragraph_cut_by_its_float_parts_it() -> None:
    # Two-column text: ``... the high reproducibility and the`` / ``Table 1 – Racemization
    # of (S)-1-phenylethanol (1) using Nb saltsa`` (the page's float) / cells: the heading
    # and paragraph above stay text, never a table's header.
    got = corpus_blocks("corpus-scielo", "jbchs-32-10-1956", "scielo-latex-pypdf")
    assert "DKR reaction" in [b.text for b in got if b.kind == "heading"]
    for t in (b for b in got if b.kind == "table" and b.rows):
        assert t.rows is not None
        assert not any("With the optimized racemization" in c for r in t.rows for c in r)


def test_a_table_read_column_by_column_keeps_its_caption_under_it() -> None:
    # pdfminer reads the survey table column by column: no grid, its text verbatim, and the
    # caption printed under the table comes after it.
    got = corpus_blocks("corpus", "jose.00307", "jose-pdfminer")
    k = next(i for i, b in enumerate(got) if b.kind == "table")
    assert got[k].rows is None and got[k].caption == ""
    assert got[k + 1].kind == "caption" and got[k + 1].text.startswith("Table 1: Agreement")


# hoehnea-49 (scielo-wp-poppler): pdftotext reads the table a cell a line, row after row.
CELL_A_LINE = """\
Conforme a tabela 1, o primeiro estudo a classificar as espécies por suas respectivas categorias foi
realizado por Budowski (1965), este utilizou as categorias pioneira, secundária inicial, secundária
tardia e clímax, e outros autores classificaram as espécies de forma mais sucinta.

Table 1. Sucessional classification adopted by some authors over the years.
Ano

Autor

Classificação

1965

Budowski

Pioneira, secundária inicial, secundária tardia e clímax

1971

Gómez-Pompa

Primária e secundária

1980

Denslow

Pioneira, secundária e sub-bosque

2017

Moura & Mantovani

Pioneira, secundária inicial, secundária tardia e sub-bosque

A classificação das espécies, segundo a categoria sucessional, foi baseada, principalmente, em
observações de campo e em trabalhos realizados por outros autores da região metropolitana.
"""


def test_a_table_read_a_cell_a_line_row_after_row(tmp_path: Path) -> None:
    tables = [b for b in blocks(tmp_path, CELL_A_LINE) if b.kind == "table"]
    assert len(tables) == 1 and tables[0].head == 1
    assert tables[0].rows == [
        ["Ano", "Autor", "Classificação"],
        ["1965", "Budowski", "Pioneira, secundária inicial, secundária tardia e clímax"],
        ["1971", "Gómez-Pompa", "Primária e secundária"],
        ["1980", "Denslow", "Pioneira, secundária e sub-bosque"],
        ["2017", "Moura & Mantovani", "Pioneira, secundária inicial, secundária tardia e sub-bosque"],
    ]


# pypdf, two columns (Cad. saúde colet.): the text before its tables.
TWO_COLUMNS = """\
A prevalência ponderada de diabetes na gestação na
amostra estudada foi de 6,6% (IC95% 5,0-8,5). As car-
acterísticas descritivas das mulheres que referiram diag-
nóstico de DMG no módulo pré-natal, em comparação às
não diagnosticadas, incluindo escolaridade, número de fil-
hos, tipo de parto, dentre outras estão apresentadas na
"""
AGE_TABLE = """\
Tabela 1 - Características das mulheres segundo referência a um diagnóstico de DMG
Característica % IC95% % IC95%
Total 6,6 5,0 – 8,5 93,4 91,5 – 95,0
Faixa etária
18-29 5,5 3,3 – 9,0 94,5 91,0 – 96,7
30-39 7,4 4,2 – 12,5 92,6 87,5 – 95,8
"""

# pypdf, a health survey (Cad. saúde colet.): confidence intervals set "5,0 – 8,5", rows
# labelled by an age group, a missing value as a hyphen alone, and intervals in brackets
# with a semicolon (RESS).
INTERVALS = (
    TWO_COLUMNS
    + "Tabela 1 e na Tabela 2, com as razões de chance brutas.\n"
    + AGE_TABLE
    + """\
40-49 17,3 7,2 – 36,1 82,7 63,9 – 92,8
Ignorado 1,0 1,0 – 4,2 - -
Grau de escolaridade
Fundamental 4,4 2,2 – 8,4 95,6 91,8 – 97,7
Médio e/
superior 7,9 4,1 – 14,7 92,1 83,8 – 95,9
Fonte: Pesquisa Nacional de Saúde, 2013
Tabela 2 - Razões de chance brutas e ajustadas
Race/skin color
White 1.00 1.00 1.00 1.00
Mixed race 1.73 (1.30;2.29) 1.54 (1.13;2.10) 1.95 (1.69;2.25) 1.92 (1.66;2.23)
Black 1.75 (1.25;2.45) 1.54 (1.10;2.16) 1.97 (1.57;2.48) 1.96 (1.56;2.45)
"""
)


def test_intervals_and_missing_values_are_cells(tmp_path: Path) -> None:
    first, second = [b for b in blocks(tmp_path, INTERVALS) if b.kind == "table"]
    assert first.rows is not None and second.rows is not None
    rows = {r[0]: r[1:] for r in first.rows}
    assert rows["Total"] == "6,6 5,0 – 8,5 93,4 91,5 – 95,0".split()
    assert rows["30-39"] == "7,4 4,2 – 12,5 92,6 87,5 – 95,8".split()  # labelled by a number
    assert rows["Ignorado"] == "1,0 1,0 – 4,2 - -".split()  # "-": no value
    assert ["Faixa etária"] in first.rows  # a group's label, a row of its own
    assert ["Grau de escolaridade"] in first.rows  # above a row with a label of its own
    assert rows["Médio e/superior"][0] == "7,9"  # a label wrapped after its slash
    assert second.rows[-1] == ["Black", "1.75 (1.25;2.45)", "1.54 (1.10;2.16)", "1.97 (1.57;2.48)", "1.96 (1.56;2.45)"]


# pypdf, two columns (Cad. saúde colet.): a sentence that cites the table goes on into a
# line that opens like its caption; the caption itself comes later.
CITED = (
    TWO_COLUMNS
    + """\
Tabela 1. A frequência de realização de exame e de di-
agnóstico de DMG apresentou pouca variação entre as
macrorregiões do Brasil, como pode se observar na Tabela
2. Analisando de forma dicotomizada as características das
mulheres que responderam ao questionário pré-natal,
percebeu-se diferença na média de idade das mulheres.
"""
    + AGE_TABLE
)


def test_a_sentence_citing_a_table_at_a_line_start_is_no_caption(tmp_path: Path) -> None:
    got = blocks(tmp_path, CITED)
    assert got[0].kind == "paragraph" and "na Tabela 1. A frequência" in got[0].text
    tables = [b for b in got if b.kind == "table"]
    assert len(tables) == 1 and tables[0].caption.startswith("Tabela 1 – Características")
    assert [b.kind for b in got].count("caption") == 0


# pypdf (Braz. J. Biol.): a table, then a section's heading right above its first
# subsection's, then the text.
SECTION_AFTER = """\
The shoots were counted after four weeks in each medium, and
the data were analysed by analysis of variance, with the means
compared by Duncan's multiple range test at the level of five
per cent, as in the earlier experiments of this study.
Table 6 - Effect of different concentration of NH4NO3, KNO3 and CaCl2.2H2O in the medium
NH4NO3 (mg/l) KNO3 (mg/l) CaCl2 .2H2O (mg/l) % Hyperhydric Shoots % Normal
825 950 880 38.4 61.6 4.6±0.21d
--- 950 880 35.3 64.7 5.0±0.36d
825 -- 880 36.9 63.1 11.6±0.61ab
412 475 880 23.6 72.4 14.6±0.49a
Mean followed by different alphabets are statistically significant at p<0.05.
3. Results
3.1. Callus development from in vitro leaf
The In vitro leaves of the 3rd subculture induced callus at
combination of BA+NAA (4.0+0.5 mg/l) in the medium.
The percent response of callus induction on leaves ex-
plants were 55 to 82% (Table 1). The calli were yellowish
and friable, and they grew well in the medium for the four
weeks of the subculture, as the figure shows.
"""


def test_a_section_heading_above_its_first_subsection_ends_the_table(tmp_path: Path) -> None:
    got = blocks(tmp_path, SECTION_AFTER)
    headings = [b.text for b in got if b.kind == "heading"]
    assert headings[:2] == ["3. Results", "3.1. Callus development from in vitro leaf"]
    assert not any("3. Results" in b.text for b in got if b.kind != "heading")


def _boxes(*cells: str) -> str:
    """pdfminer's text of a table: a box per cell, blank lines between them."""
    return "\n\n".join(cells) + "\n\n"


PDFMINER_PROSE = (
    "A prevalência ponderada de diabetes na gestação na amostra estudada foi de 6,6%\n"
    "(IC95% 5,0-8,5). As características descritivas das mulheres que referiram o\n"
    "diagnóstico de DMG no módulo pré-natal, em comparação às não diagnosticadas,\n"
    "estão apresentadas a seguir, com a variação entre as macrorregiões do Brasil.\n\n"
) * 4  # (a page of prose: the body's measure)
PDFMINER_AFTER = (
    "Analisando de forma dicotomizada as características das mulheres que responderam\n"
    "ao questionário pré-natal, percebeu-se diferença na média de idade das mulheres\n"
    "que relataram diagnóstico em comparação às que não foram diagnosticadas com DMG.\n\n"
) * 2
# Cad. saúde colet. (pdfminer): the labels, then each column of figures under its header.
BY_COLUMNS = (
    PDFMINER_PROSE
    + "Tabela 2 - Realização de exame de sangue durante o pré-natal e diagnóstico referido de DMG, de acordo"
    + " com a Macrorregião\ndo Brasil. Pesquisa Nacional de Saúde, 2013\n\n"
    + _boxes("Macrorregião", "Fez exame de sangue", "Sul", "Sudeste", "Centro-Oeste", "Nordeste", "Norte")
    + _boxes("%", "96,4", "97,9", "98,8", "97,0", "95,6")
    + _boxes("IC95%", "91,5 - 98,5", "95,0 - 99,1", "96,1 - 99,6", "95,4 - 98,1", "92,1 - 97,6")
    + _boxes("CV%", "0,05", "0,01", "0,00", "0,00", "0,01")
    + PDFMINER_AFTER
)
# Rev. Saúde Pública (pdfminer): the columns one after another, their headers above all.
ONE_RUN = (
    PDFMINER_PROSE
    + "Tabela 1: Distribuição dos trabalhadores urbanos e cortadores de cana\n\n"
    + _boxes("Período", "Pré-safra", "Pós-safra", "População", "Amostra (n)", "Com estresse (n)", "Com estresse (%)")
    + _boxes("Trabalhadores urbanos", "Cortadores de cana", "Trabalhadores urbanos", "Cortadores de cana")
    + _boxes("109", "114", "81", "102", "48", "39", "34", "47", "44,0", "34,2", "41,9", "46,1")
    + PDFMINER_AFTER
)


def test_a_table_read_column_by_column_is_turned_to_rows(tmp_path: Path) -> None:
    (table,) = [b for b in blocks(tmp_path, BY_COLUMNS) if b.kind == "table"]
    assert table.rows is not None and table.head == 2
    assert table.rows[:3] == [
        ["Macrorregião Fez exame de sangue"],
        ["", "%", "IC95%", "CV%"],
        ["Sul", "96,4", "91,5 – 98,5", "0,05"],
    ]
    assert table.rows[-1] == ["Norte", "95,6", "92,1 – 97,6", "0,01"]


def test_columns_one_after_another_are_cut_where_their_figures_change_shape(tmp_path: Path) -> None:
    (table,) = [b for b in blocks(tmp_path, ONE_RUN) if b.kind == "table"]
    assert table.rows is not None
    assert table.rows[1:] == [
        ["Trabalhadores urbanos", "109", "48", "44,0"],
        ["Cortadores de cana", "114", "39", "34,2"],
        ["Trabalhadores urbanos", "81", "34", "41,9"],
        ["Cortadores de cana", "102", "47", "46,1"],
    ]


# Rev. Bras. Ensino Física (pdfminer, a box per cell): the labels under their header, the
# figures' headers, then each column of figures.
LABELS_FIRST = [
    "Soluções", "Água", "Sacarose", "Sacarose 15%", "Sacarose 30%", "Frequência (Hz)", "4f (Hz)",
    "10014141", "10013825", "10013584", "10013301", "0", "2573", "498.4", "781.5",
]  # fmt: skip


def test_a_label_column_read_first_then_its_figures_is_turned_to_rows() -> None:
    rows, head = by_label_column(_tlines(LABELS_FIRST), PARAMS.structure) or ([], 0)
    assert head == 1
    assert rows == [
        ["Soluções", "Frequência (Hz)", "4f (Hz)"],
        ["Água", "10014141", "0"],
        ["Sacarose", "10013825", "2573"],
        ["Sacarose 15%", "10013584", "498.4"],
        ["Sacarose 30%", "10013301", "781.5"],
    ]


# Rev. Saúde Pública (pdfminer): headers spanning two columns each above the labels' header,
# the labels, the four columns' headers run into one line, then each column of figures.
SPANNED = [
    "Pré-safra (Fase 1)", "Pós-safra (Fase 2)", "Sintomas",
    "Mudança de apetite", "Aumento súbito de motivação", "Problemas dermatológicos", "Cansaço constante",
    "Sensibilidade emotiva excessiva",
    "Cortadores de cana (%) Trabalhadores urbanos (%) Cortadores de cana (%) Trabalhadores urbanos (%)",
    "55,2", "55,2", "10,1", "20,2", "30,4", "17,7", "35,4", "23,2", "21,8", "47,7",
    "52,5", "42,4", "25,2", "30,2", "29,2", "23,3", "19,2", "10,1", "20,2", "31,4",
]  # fmt: skip


def test_columns_headed_on_one_line_under_spanning_headers_are_turned_to_rows() -> None:
    rows, head = by_label_column(_tlines(SPANNED), PARAMS.structure) or ([], 0)
    assert head == 2
    assert rows[:2] == [["Pré-safra (Fase 1) Pós-safra (Fase 2)"], ["Sintomas", SPANNED[8]]]
    assert rows[2:] == [
        ["Mudança de apetite", "55,2", "17,7", "52,5", "23,3"],
        ["Aumento súbito de motivação", "55,2", "35,4", "42,4", "19,2"],
        ["Problemas dermatológicos", "10,1", "23,2", "25,2", "10,1"],
        ["Cansaço constante", "20,2", "21,8", "30,2", "20,2"],
        ["Sensibilidade emotiva excessiva", "30,4", "47,7", "29,2", "31,4"],
    ]
    # A header line of fewer words than columns holds no header of each: not read by count.
    assert by_label_column(_tlines([*SPANNED[:8], "Cortadores (%)", *SPANNED[9:]]), PARAMS.structure) is None
    # A label wrapped (``... segundo o`` / ``ISSL``) would shift every row: not read by count.
    wrapped = [SPANNED[0] + " " + SPANNED[1], *SPANNED[2:7], "Sensibilidade emotiva segundo o", "ISSL", *SPANNED[8:]]
    assert by_label_column(_tlines(wrapped), PARAMS.structure) is None
    # The columns' headers a line each, one wrapped, read as one line of a few words: a
    # header no longer than the labels is one column's, not their run.
    each = [*SPANNED[:8], "Cortadores (%)", "Urbanos (%)", "Cortadores Fase 2", "Residentes em Mendonça, SP (%)"]
    assert by_label_column(_tlines([*each, *SPANNED[9:]]), PARAMS.structure) is None


# Rev. Bras. Educ. Espec. (pdfminer): the labels' header and labels, then the one column of
# figures under its header.
ONE_COLUMN = [
    "Público", "Deficiência Intelectual", "Transtorno do Espectro do Autismo (TEA)", "Deficiência Física",
    "Baixa Visão", "Total", "Matrículas", "952.904", "636.202", "163.790", "86.867", "1.771.430",
]  # fmt: skip


def test_one_column_of_figures_laid_out_exactly_under_its_labels_is_turned_to_rows() -> None:
    rows, head = by_label_column(_tlines(ONE_COLUMN), PARAMS.structure) or ([], 0)
    assert head == 1
    assert rows == [["Público", "Matrículas"], *([ONE_COLUMN[k], ONE_COLUMN[k + 6]] for k in range(1, 6))]
    # One figure fewer than the labels, or a line more above them: the count tells nothing.
    assert by_label_column(_tlines(ONE_COLUMN[:-1]), PARAMS.structure) is None
    assert by_label_column(_tlines(["Tabela", *ONE_COLUMN]), PARAMS.structure) is None


def test_labels_without_their_header_or_wrapped_are_not_read_by_count() -> None:
    """Without the labels' header, or with a label wrapped on two lines, the count of lines
    no longer tells where the labels start: the table stays as the page gave it."""
    assert by_label_column(_tlines(LABELS_FIRST[1:]), PARAMS.structure) is None
    # One column of figures has no likeness to weigh the count by: a label wrapped
    # (``Intellectual`` / ``Disability``) leaves the labels one line more than the figures.
    one = ["Type", "Autism", "Intellectual", "Disability", "Down syndrome", "Students", "1,204", "2,310", "388"]
    assert by_label_column(_tlines(one), PARAMS.structure) is None
    three = [*LABELS_FIRST[:7], "Δf (%)", *LABELS_FIRST[7:], "0", "0,02", "0,005", "0,008"]
    assert len(by_label_column(_tlines(three), PARAMS.structure) or []) == 2  # (rows, head)
    wrapped = [*three[:3], "(em solução)", *three[3:]]
    assert by_label_column(_tlines(wrapped), PARAMS.structure) is None
    # A column's header wrapped (``Δf`` / ``(Hz)``): 4 rows of 3 would read as 6 rows of 2.
    header_wrapped = [*three[:6], "Δf", "(Hz)", *three[7:]]
    assert by_label_column(_tlines(header_wrapped), PARAMS.structure) is None
    # Figures as many as the header's lines: as likely a header and its rows read row by row.
    assert by_label_column(_tlines([*LABELS_FIRST[:7], *LABELS_FIRST[7:14]]), PARAMS.structure) is None


# J. Braz. Chem. Soc. (pdfminer): a table left verbatim, its note, then the next section
# and its first subsection's heading above prose.
BEFORE_A_SECTION = (
    PDFMINER_PROSE
    + "Table 6 – Chromatographic yields of DKR reaction with both catalysts\n\n"
    + _boxes("Flask", "(R)-1 / %", "(S)-1 / %", "A", "37", "50", "B", "18", "45", "A", "30")
    + _boxes("a Reaction conditions: (S)-1-phenylethanol (30 mg), toluene (6 mL), 700 rpm at 60 °C.")
    + _boxes("Results and Discussion", "Racemization reaction")
    + PDFMINER_AFTER
)


def test_a_table_ends_before_a_section_and_its_first_subsection(tmp_path: Path) -> None:
    got = blocks(tmp_path, BEFORE_A_SECTION)
    assert [b.text for b in got if b.kind == "heading"][-2:] == ["Results and Discussion", "Racemization reaction"]
    (table,) = [b for b in got if b.kind == "table"]
    assert "Results and Discussion" not in table.text


# RAC (pdftotext): a cell a line, row after row; a dash is a missing count, and a count
# may carry a note's letter (``17ª``).
DASHES = (
    PDFMINER_PROSE
    + "Table 1. Number of references per database, query, and search format.\n\n"
    + _boxes("Search query", "Ebsco", "Scopus", "Wiley", "Total")
    + _boxes("1. “Scale development” AND", "3", "2", "100", "107")
    + _boxes("2. “scale*” AND “virtue* ethic*”", "11", "16", "-", "42")
    + _boxes("3. “scale*” AND “moral virtues”", "-", "5", "17ª", "155")
    + PDFMINER_AFTER
)


def test_a_dash_is_a_missing_figure(tmp_path: Path) -> None:
    (table,) = [b for b in blocks(tmp_path, DASHES) if b.kind == "table"]
    assert table.rows is not None
    assert table.rows[-2:] == [
        ["2. “scale*” AND “virtue* ethic*”", "11", "16", "-", "42"],
        ["3. “scale*” AND “moral virtues”", "-", "5", "17ª", "155"],
    ]


def test_a_note_marked_with_an_asterisk_under_a_table_is_a_note(tmp_path: Path) -> None:
    text = BY_COLUMNS.replace(
        PDFMINER_AFTER,
        "* Coeficiente de variação amplo (> 30%), estimativas com baixa precisão\n"
        "CV% = coeficiente de variação; IC95% = intervalo de confiança de 95%\n"
        "Fonte: Pesquisa Nacional de Saúde, 2013\n\n" + PDFMINER_AFTER,
    )
    got = blocks(tmp_path, text)
    k = next(i for i, b in enumerate(got) if b.kind == "table")
    assert (got[k + 1].kind, got[k + 1].text[:25]) == ("footnote", "* Coeficiente de variação")
    # each line a note of its own (the truth's reading), then the text goes on
    assert [(b.kind, b.text[:6]) for b in got[k + 2 : k + 4]] == [("footnote", "CV% = "), ("footnote", "Fonte:")]
    assert got[k + 4].kind == "paragraph" and got[k + 4].text.startswith("Analisando")


CHRONOLOGY = (
    "Os indivíduos mortos, mesmo em pé, não foram amostrados. A altura das árvores foi\n"
    "estimada utilizando-se tesoura de poda alta como referência. As amostras botâni-\n"
    "cas foram coletadas, herborizadas e identificadas por comparação com exsicatas\n"
    "depositadas em herbário, consultas a especialistas e bibliografias específicas.\n"
    "\n"
    "Tabela 1. Classificação Sucessional adotada por alguns autores ao\n"
    "longo dos anos.\n"
    "Table 1. Sucessional classification adopted by some authors over\n"
    "the years.\n"
    "Ano Autor Classificação\n"
    "1965 Budowski Pioneira, secundária inicial, secundária\n"
    "tardia e clímax\n"
    "1971 Gómez-Pompa Primária e secundária\n"
    "1980 Denslow Pioneira, secundária e sub-bosque\n"
    "1992 Rodrigues &\n"
    "Shepherd\n"
    "Pioneira, secundária inicial, secundária\n"
    "tardia e típica de sub-bosque\n"
    "1994 Tabarelli Pioneira, secundária inicial, secundária\n"
    "tardia e clímax\n"
    "\n"
    "Os parâmetros fitossociológicos calculados nas análises foram: número de\n"
    "indivíduos (ni), densidade relativa (DR), dominância relativa (DoR), frequência\n"
    "relativa (FR), valor de importância (VI) e valor de cobertura (VC), segundo os\n"
    "métodos usuais, com o programa Fitopac, e os resultados foram comparados entre\n"
    "as três áreas amostradas do parque.\n"
)


def test_a_chronology_whose_rows_wrap_is_a_table_a_row_a_year(tmp_path: Path) -> None:
    """hoehnea-49 (pypdf): each row opens with its year and wraps past the column (so two
    of its lines run the measure, as prose does); the rows are told by their years."""
    got = blocks(tmp_path, CHRONOLOGY)
    table = next(b for b in got if b.kind == "table")
    assert table.rows[0] == ["Ano Autor Classificação"] and table.head == 1
    assert [r[0] for r in table.rows[1:]] == ["1965", "1971", "1980", "1992", "1994"]
    assert table.rows[4] == [
        "1992",
        "Rodrigues & Shepherd Pioneira, secundária inicial, secundária tardia e típica de sub-bosque",
    ]
    assert got[-1].kind == "paragraph" and got[-1].text.startswith("Os parâmetros")


def test_years_out_of_order_are_no_chronology() -> None:
    lines = [
        TLine(t, k)
        for k, t in enumerate(["Ano Autor", "1991 Gandolfi Pioneira", "1965 Budowski Pioneira", "1971 Gómez-Pompa"])
    ]
    assert by_dated(lines, PARAMS.structure) is None
    assert by_dated(sorted(lines, key=lambda ln: ln.text), PARAMS.structure) is not None


def test_labels_read_as_a_column_above_rows_of_figures_make_no_grid() -> None:
    """cadsc-31 (pdfminer): the labels came as a column, then the figures row by row
    without them: no grid rebuilt (its text is kept as it came)."""
    labels = ["Característica", "Prevalência % (IC95%)", "RP", "IC95%", "Idade", "≥ 25 anos", "< 25 anos"]
    labels += ["Escolaridade", "Até médio incompleto", "Médio a superior", "Raça", "Branca", "Não branca"]
    figures = ["8,6 (5,8 - 12,5)", "3,1 (1,5 - 6,4)", "6,2 (3,7 - 10,1)", "6,9 (5,3 - 8,9)"]
    lines = [TLine(t, k) for k, t in enumerate(labels + figures)]
    assert by_numbers(lines, PARAMS.structure) is None
    # Under a header of a line a cell, the same rows are a grid.
    assert by_numbers(lines[9:], PARAMS.structure) is not None


# bn-22 (pdftotext): a checklist, a cell a line: a species, then its marks on a line of
# their own; a family's name opens each group.
MARKS_A_LINE = [
    *("Family/ species", "Cerrado", "Endemic", "New records", "(Cerrado)", "New records", "(states)"),
    *("IUCN", "category", "Acanthaceae", "Justicia nodicaulis (Nees) Leonard", "X", "Annonaceae"),
    *("Duguetia calycina Benoist", "X", "Guatteria rigida R.E.Fr.", "MS", "Oxandra reticulata Maas", "MS"),
    *("Trigynaea duckei (R.E.Fr.) R.E.Fr.", "X", "Xylopia discreta (L.f.) Sprague", "X"),
    *("Didymopanax macrocarpus (Cham. & Schltdl.) Seem.", "MA, TO"),
]
# The same table as pypdf reads it: the marks end the row's line; a long name wraps.
MARKS_ON_THE_ROW = [
    *("Family/ species Cerrado", "Endemic", "New records", "(Cerrado)", "New records", "(states)", "IUCN"),
    *("category", "Acanthaceae", "Justicia nodicaulis (Nees) Leonard X", "Annonaceae"),
    *("Duguetia calycina Benoist X", "Guatteria rigida R.E.Fr. MS", "Oxandra reticulata Maas MS"),
    *("Trigynaea duckei (R.E.Fr.) R.E.Fr. X", "Xylopia discreta (L.f.) Sprague X", "Apocynaceae"),
    *("Aspidosperma rizzoanum Scudeler & A.C.D.", "Castello", "X"),
    "Lessingianthus zuccarinianus (Mart. ex DC.) H.Rob. X VU",
]


def _tlines(texts: list[str]) -> list[TLine]:
    return [TLine(t, k) for k, t in enumerate(texts)]


# rbee-30 (pdftotext): a two-column table a cell a line, its corner cell ("Público") lost.
LABEL_THEN_COUNT = """\
Matrículas
Deficiência Intelectual
952.904
Transtorno do Espectro do Autismo (TEA)
636.202
Baixa Visão
86.867
Surdocegueira
693
Total
1.771.430""".split("\n")


def test_labels_and_counts_a_cell_a_line_are_rows_of_two_cells() -> None:
    got = by_period(_tlines(LABEL_THEN_COUNT), PARAMS.structure)
    assert got is not None
    rows, head = got
    assert head == 1 and rows[0] == ["Matrículas"]
    assert rows[1] == ["Deficiência Intelectual", "952.904"]
    assert rows[-1] == ["Total", "1.771.430"]
    assert len(rows) == 6


# rbee-30 (pypdf, and pdftotext on a page whose cells sit close): the same table a row a
# line, each a label and one figure.
LABEL_AND_COUNT = """\
Público Matrículas
Deficiência Intelectual 952.904
Transtorno do Espectro do Autismo (TEA) 636.202
Baixa Visão 86.867
Surdocegueira 693
Total 1.771.430""".split("\n")


def test_labels_with_one_figure_a_row_a_line_are_rows_of_two_cells() -> None:
    rows, head = by_figure(_tlines(LABEL_AND_COUNT), PARAMS.structure) or ([], 0)
    assert head == 1 and rows[0] == ["Público Matrículas"]
    assert rows[1:3] == [["Deficiência Intelectual", "952.904"], ["Transtorno do Espectro do Autismo (TEA)", "636.202"]]
    assert rows[-1] == ["Total", "1.771.430"] and len(rows) == 6
    # A label wrapped onto the next line goes with its figure; a line above a capital is a group.
    wrapped = ["Público Matrículas", "Baixa Visão 86.867", "Transtorno do Espectro", "do Autismo (TEA) 636.202"]
    wrapped += ["Sensorial", "Cegueira 7.321"]
    assert (by_figure(_tlines(wrapped), PARAMS.structure) or ([], 0))[0][2:] == [
        ["Transtorno do Espectro do Autismo (TEA)", "636.202"],
        ["Sensorial"],
        ["Cegueira", "7.321"],
    ]


def test_sentences_ending_on_a_number_are_no_table_of_one_figure() -> None:
    """Prose beside a caption: its lines end on a figure now and then, or as sentences."""
    prose = ["Total enrolment grew to 1.771.430.", "In the same year the schools counted 693.", "Cegueira 7.321"]
    assert by_figure(_tlines(prose), PARAMS.structure) is None
    sparse = ["The census of 2023 shows", "how the enrolment grew", "in every stage from"]
    sparse += ["Cegueira 7.321", "Total 1.771.430"]
    assert by_figure(_tlines(sparse), PARAMS.structure) is None  # more lines above the rows than a header
    assert by_figure(_tlines(["Público Matrículas", "Surdez 20.008"]), PARAMS.structure) is None  # one row


def test_one_figure_rows_take_a_dash_an_interval_and_a_figure_wrapped_alone() -> None:
    # A dash is a missing figure: its row stays a row of its own.
    dashed = [ln.replace("Surdocegueira 693", "Surdocegueira –") for ln in LABEL_AND_COUNT]
    rows, _ = by_figure(_tlines(dashed), PARAMS.structure) or ([], 0)
    assert ["Surdocegueira", "–"] in rows and ["Total", "1.771.430"] in rows
    # A figure and its interval are one cell (``1.2 (0.9 to 1.6)``), not an interval's end.
    intervals = ["Variable OR (95% CI)", "Age over 60 1.2 (0.9 to 1.6)", "Male sex 0.8 (0.5 to 1.1)"]
    rows, head = by_figure(_tlines(intervals), PARAMS.structure) or ([], 0)
    assert head == 1 and rows[1:] == [["Age over 60", "1.2 (0.9 to 1.6)"], ["Male sex", "0.8 (0.5 to 1.1)"]]
    # hoehnea-49 (a narrow page): a row's figure wrapped onto a line of its own is its figure.
    wrapped = ["Família Espécie Nome Popular Nº", "Anacardiaceae Schinus aroeira X PI ZOO 103"]
    wrapped += ["Burseraceae Protium almecegueira X I NP ZOO", "130", "Annonaceae Annona araticum X I ZOO 117"]
    rows, _ = by_figure(_tlines(wrapped), PARAMS.structure) or ([], 0)
    assert rows[2] == ["Burseraceae Protium almecegueira X I NP ZOO", "130"] and len(rows) == 4
    # Figures a line each, one after another: a table a cell a line (ress-33), no such rows.
    cells = ["Crude OR", "White", "1.00", "1.00", "Mixed race", "1.57", "1.40", "Black", "1.47", "1.29"]
    assert by_figure(_tlines(cells), PARAMS.structure) is None


# A table printed as an image: its caption, then the text, whose lines end on acronyms.
IMAGE_TABLE = """Methods

We describe the deaths by external causes in Brazil between 2013 and 2019 in the states of the
five regions, by sex, age group and the cause of the death, as recorded in the national system.
The table below was published as an image in the original article and could not be read here,
so that only its caption and the text that follows it are left in the text of the article.

Table 4. Deaths by external causes in Brazil, 2013-2019.
The data come from the National Health Survey of the IBGE and the PNS
and from the Mortality Information System of the Ministry, the SIM
of the Ministry of Health, and were analysed with the Stata program, in its version 14,
by the authors of the study, who checked every record by hand before the analysis began.
"""


def test_a_caption_above_text_whose_lines_end_on_acronyms_is_no_table(tmp_path: Path) -> None:
    got = blocks(tmp_path, IMAGE_TABLE)
    assert not any(b.kind == "table" for b in got)
    assert got[-1].kind == "paragraph" and got[-1].text.startswith("The data come from")


def test_a_year_keyed_table_a_cell_a_line_keeps_its_header_row() -> None:
    """hoehnea-49: ``Ano`` / ``Autor`` / ``Classificação`` over year, author, classes."""
    texts = [
        "Ano",
        "Autor",
        "Classificação",
        "1965",
        "Budowski",
        "Pioneira e clímax",
        "1971",
        "Gómez-Pompa",
        "Primária e secundária",
        "1980",
        "Denslow",
        "Pioneira",
    ]
    rows, head = by_period(_tlines(texts), PARAMS.structure) or ([], 0)
    assert head == 1 and rows[0] == ["Ano", "Autor", "Classificação"]
    assert rows[1:] == [texts[3:6], texts[6:9], texts[9:12]]


def test_a_column_of_words_and_figures_mixed_is_no_period() -> None:
    """A label whose count went missing shifts every row after it: no period fits, and the
    lines stay as the page gave them rather than become rows that pair a label with the
    next label."""
    texts = [*LABEL_THEN_COUNT[:5], *LABEL_THEN_COUNT[6:]]  # ``636.202`` lost
    assert by_period(_tlines(texts), PARAMS.structure) is None


def test_a_checklist_a_cell_a_line_has_a_row_per_species() -> None:
    got = by_marks(_tlines(MARKS_A_LINE), PARAMS.structure)
    assert got is not None
    rows, head = got
    assert head == 1 and rows[0][0].startswith("Family/ species Cerrado Endemic")
    assert rows[1:4] == [
        ["Justicia nodicaulis (Nees) Leonard", "X"],
        ["Annonaceae"],  # a family's row
        ["Duguetia calycina Benoist", "X"],
    ]
    assert rows[-1] == ["Didymopanax macrocarpus (Cham. & Schltdl.) Seem.", "MA, TO"]


def test_a_checklist_read_row_by_row_keeps_a_wrapped_name_whole() -> None:
    got = by_marks(_tlines(MARKS_ON_THE_ROW), PARAMS.structure)
    assert got is not None
    rows = got[0]
    assert ["Guatteria rigida R.E.Fr.", "MS"] in rows and ["Apocynaceae"] in rows
    assert ["Aspidosperma rizzoanum Scudeler & A.C.D. Castello", "X"] in rows
    assert rows[-1] == ["Lessingianthus zuccarinianus (Mart. ex DC.) H.Rob.", "X VU"]


# hoehnea-49 (pypdf, LaTeX): a checklist whose rows end on the specimen's number after their
# marks; the header's letters (``Área`` / ``A``) stand on lines of their own above it.
NUMBERED_MARKS = [
    *("Família/Espécie Nome Popular Área", "A", "Área", "B", "Área", "C", "Class.", "Sucess."),
    *("Nº de", "coleta", "Anacardiaceae Schinus", "terebinthifolia Raddi", "aroeira-pimenteira X PI P ZOO 103"),
    *("Annonaceae Annona", "dolabripetala Raddi", "araticum X I NP ZOO 117"),
    *("Annona sylvatica A.St.-Hil. araticum-do-mato X X X I NP ZOO 59", "Apocynaceae Aspidosperma"),
    *("olivaceum Müll.Arg.", "guatambu X X X T NP ANE 61", "Boraginaceae Cordia", "sellowiana Cham."),
    "louro-mole X X X I NP ZOO 47",
]


def test_a_checklist_whose_rows_end_on_a_number_after_their_marks() -> None:
    got = by_marks(_tlines(NUMBERED_MARKS), PARAMS.structure)
    assert got is not None
    rows, head = got
    assert head == 1 and rows[0] == ["Família/Espécie Nome Popular Área A Área B Área C Class. Sucess. Nº de coleta"]
    assert rows[1] == ["Anacardiaceae Schinus terebinthifolia Raddi aroeira-pimenteira", "X PI P ZOO 103"]
    assert rows[3] == ["Annona sylvatica A.St.-Hil. araticum-do-mato", "X X X I NP ZOO 59"]
    assert len(rows) == 6


def test_a_checklist_whose_rows_end_on_a_figure_keeps_its_wrapped_labels_whole() -> None:
    # hoehnea-49 (pypdf): every row ends on the specimen's number, so a line without one
    # is a label's first line, however short; a family's name alone is a group's row, and
    # the header set again over a new page is the header.
    texts = [*NUMBERED_MARKS[:10], "Anacardiaceae Schinus", "terebinthifolia Raddi"]
    texts += ["aroeira-pimenteira X PI P ZOO 103", "Annona emarginata (Schltdl.)"]
    texts += ["H.Rainer araticum-mirim X I NP ZOO 55"]
    texts += ["Lauraceae", "Cryptocarya mandioccana Meisn. X T NP ZOO 56", "Família/Espécie Nome Popular Área"]
    texts += ["Ocotea glaziovii Mez X T NP ZOO 132", "Ocotea catharinensis Mez canela-preta X X X T NP ZOO 52"]
    rows = (by_marks(_tlines(texts), PARAMS.structure) or ([], 0))[0]
    assert rows[1:] == [
        ["Anacardiaceae Schinus terebinthifolia Raddi aroeira-pimenteira", "X PI P ZOO 103"],
        ["Annona emarginata (Schltdl.) H.Rainer araticum-mirim", "X I NP ZOO 55"],
        ["Lauraceae"],
        ["Cryptocarya mandioccana Meisn.", "X T NP ZOO 56"],
        ["Família/Espécie Nome Popular Área"],
        ["Ocotea glaziovii Mez", "X T NP ZOO 132"],
        ["Ocotea catharinensis Mez canela-preta", "X X X T NP ZOO 52"],
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Família Annonaceae",  # a group's name, each word in capitals
        "Subfamily Caesalpinioideae",
        "Tabela 1. Continuação.",  # the caption set again over a new page
        "Hoehnea 49: e1082020 2022",  # a page's foot, ending on a figure
        "* espécie ameaçada de extinção",  # a note
        "Notes: A, B, C are the areas sampled;",
    ],
)
def test_a_line_between_rows_ending_on_figures_that_is_no_label_s_first_line(line: str) -> None:
    # A review helper's cases: the lines stay rows of their own, as they were before rows
    # ending on a figure took their short lines above as their labels' first lines.
    texts = [*NUMBERED_MARKS[:13]]  # the header, then ``Anacardiaceae Schinus`` / ... / ``ZOO 103``
    texts += [line, "Annona sylvatica A.St.-Hil. araticum-do-mato X X X I NP ZOO 59"]
    texts += ["Aspidosperma olivaceum Müll.Arg. guatambu X X X T NP ANE 61", "Rubiaceae Cordiera myrciifolia"]
    texts += ["(K.Schum.) CHPerss &", "Delprete marmelinho X UM NP ZOO 87"]
    rows = (by_marks(_tlines(texts), PARAMS.structure) or ([], 0))[0]
    assert [line] in rows
    assert ["Annona sylvatica A.St.-Hil. araticum-do-mato", "X X X I NP ZOO 59"] in rows
    assert ["Rubiaceae Cordiera myrciifolia (K.Schum.) CHPerss & Delprete marmelinho", "X UM NP ZOO 87"] in rows


def test_a_few_figures_in_a_checklist_of_marks_are_no_column_of_them() -> None:
    # A review helper's case: three rows of eight end on a figure (``X X X 2``); a species
    # without marks (``Combretum pyramidatum Ham.``) stays a row, not a next label's line.
    texts = ["Species Cerrado Endemic Status", "Eugenia dysenterica DC. X X VU"]
    texts += ["Myrcia splendens (Sw.) DC. X X X 2", "Myrcia guianensis (Aubl.) DC. X MS"]
    texts += ["Psidium myrsinites DC. X X X 3", "Combretum pyramidatum Ham.", "Bauhinia rufa (Bong.) Steud. X MS"]
    texts += ["Copaifera langsdorffii Desf. X X X 4", "Hymenaea stigonocarpa Mart. ex Hayne X MS"]
    texts += ["Terminalia phaeocarpa Eichler X X EN", "Chamaecrista desvauxii (Collad.) Killip var. latistipula X MS"]
    rows = (by_marks(_tlines(texts), PARAMS.structure) or ([], 0))[0]
    assert ["Combretum pyramidatum Ham."] in rows
    assert ["Bauhinia rufa (Bong.) Steud.", "X MS"] in rows


def test_a_row_whose_figure_wrapped_keeps_it() -> None:
    # hoehnea-49 set anew, rows a line each: the widest rows' figure goes on a line of its own.
    texts = ["Espécie Nome Popular", "Área A Área B Área C", "Nº de coleta"]
    texts += ["Cinnamomum pseudoglaziovii (Lorea-Hern.) Van der Werff canela-garuva X X X T NP ZOO", "23"]
    texts += ["Cryptocarya mandioccana Meisn. X T NP ZOO 56", "112", "Endlicheria paniculata (Spreng.) X T NP ZOO 04"]
    texts += ["Nectandra membranacea (Sw.) Griseb. X T NP ZOO 107"]
    rows = (by_marks(_tlines(texts), PARAMS.structure) or ([], 0))[0]
    assert rows[1] == ["Cinnamomum pseudoglaziovii (Lorea-Hern.) Van der Werff canela-garuva", "X X X T NP ZOO 23"]
    assert rows[2] == ["Cryptocarya mandioccana Meisn.", "X T NP ZOO 56"]
    assert rows[3] == ["112"]  # a row has one figure: a page's number, not a second one


def test_the_first_rows_of_a_red_list_are_no_header() -> None:
    # Sorted by threat: the one ``CR`` and the one ``EN`` open the table; a header's letters
    # are single letters the table has once (``Área`` / ``A``), not a category.
    texts = ["Family/Species Category", "Araucaria angustifolia (Bertol.) Kuntze CR"]
    texts += ["Ocotea porosa (Nees & Mart.) Barroso EN", "Cedrela fissilis Vell. VU", "Euterpe edulis Mart. VU"]
    texts += ["Ocotea odorifera (Vell.) Rohwer VU", "Dicksonia sellowiana Hook. VU"]
    rows, head = by_marks(_tlines(texts), PARAMS.structure) or ([], 0)
    assert head == 1 and rows[:3] == [
        ["Family/Species Category"],
        ["Araucaria angustifolia (Bertol.) Kuntze", "CR"],
        ["Ocotea porosa (Nees & Mart.) Barroso", "EN"],
    ]


def test_a_page_number_under_marks_is_no_figure_of_the_row() -> None:
    # bn-22-like checklist, no figures in its rows: a dash is an empty cell, not a figure.
    texts = ["Family/Species Cerrado Endemic Status", "Annona crassiflora Mart. X – LC"]
    texts += ["Guatteria rigida R.E.Fr. X X -", "Xylopia aromatica (Lam.) Mart. X – LC"]
    texts += ["Lessingianthus zuccarinianus (Mart. ex DC.) H.Rob. X X -", "14"]
    texts += ["Chromolaena odorata (L.) R.M.King & H.Rob. X – LC", "Baccharis dracunculifolia DC. X – LC"]
    rows = (by_marks(_tlines(texts), PARAMS.structure) or ([], 0))[0]
    assert ["Lessingianthus zuccarinianus (Mart. ex DC.) H.Rob.", "X", "X", "-"] in rows
    assert ["14"] in rows


def test_a_row_with_empty_cells_before_its_figure_is_a_row() -> None:
    # Among rows of four marks or more and a figure, ``X ZOO 12``: the other cells empty.
    texts = ["Espécie Nome popular", "Área A Área B Área C", "Nº de coleta"]
    texts += ["Schinus terebinthifolia Raddi aroeira X X PI P ZOO 103"]
    texts += ["Annona dolabripetala Raddi araticum X I NP ZOO 117"]
    texts += ["Myrcia sp. X ZOO 12", "Annona sylvatica A.St.-Hil. araticum-do-mato X X X I NP ZOO 59"]
    texts += ["Endlicheria paniculata (Spreng.) J.F.Macbr. canela X – – ZOO 04"]
    rows = (by_marks(_tlines(texts), PARAMS.structure) or ([], 0))[0]
    assert ["Myrcia sp.", "X ZOO 12"] in rows
    assert ["Endlicheria paniculata (Spreng.) J.F.Macbr. canela", "X – – ZOO 04"] in rows


def test_a_figure_after_one_code_is_no_row_of_marks() -> None:
    # rac-26: a scale, its authors, the journal's acronym and the citations: a label and a figure.
    text = "Measure of Auditor’s Virtue Libby and Thorne (2007) JBE 65"
    assert mark_tail(text, PARAMS.structure) == (text, [])
    assert mark_tail("guatambu X X X T NP ANE 61", PARAMS.structure) == (
        "guatambu",
        ["X", "X", "X", "T", "NP", "ANE", "61"],
    )


def test_marks_read_as_a_column_after_the_labels_make_no_grid() -> None:
    # pdfminer: the species, then the column of their marks; which row a mark is on is lost.
    labels = [t for t in MARKS_A_LINE if t not in ("X", "MS", "MA, TO")]
    assert by_marks(_tlines([*labels, "X", "X", "MS", "MS", "X", "X", "MA, TO"]), PARAMS.structure) is None


def test_a_few_acronyms_in_a_table_of_words_are_no_marks() -> None:
    # rac-26 (pdftotext): a table of studies whose cells now and then end on ``EFA US``.
    texts = ["Psychology", "students", "33", "EFA US", "Marketing", "students", "1.3", "24", "EFA US"]
    texts += ["Students (10-17", "years old)", "238", "34.0", "7", "ANOVA", "Australia", "EFA, CFA US"]
    assert by_marks(_tlines(texts * 2), PARAMS.structure) is None


def test_marks_one_a_column_when_every_row_holds_as_many() -> None:
    # hoehnea-49 (pypdf): a threat category per list, a dash where a list has none.
    texts = ["Espécie Listas", "São Paulo Brasil IUCN", "Ocotea catharinensis Mez VU VU VU"]
    texts += ["Cedrela fissilis Vell. VU VU EN", "Trichilia silvatica C.DC. - - VU"]
    texts += ["Virola bicuhyba (Schott ex Spreng.) Warb. EN EN -", "Eugenia prasina O.Berg - - VU"]
    got = by_marks(_tlines(texts), PARAMS.structure)
    assert got is not None
    assert got[0][1:3] == [["Ocotea catharinensis Mez", "VU", "VU", "VU"], ["Cedrela fissilis Vell.", "VU", "VU", "EN"]]
    assert got[0][-1] == ["Eugenia prasina O.Berg", "-", "-", "VU"]


# bn-22 (pypdf, two columns): a paragraph's line-end hyphen glued to a wide table's
# caption set under it; the table's header runs on from the caption's last line.
GLUED_CAPTION = (
    PDFMINER_PROSE.replace("\n\n", "\n")
    + "Species recorded belong to 543 genera and 105 families, among them the top ten\n"
    "presenting the highest number of species: Fabaceae (336 species), Rubiaceae\n"
    "(85), Myrtaceae (78), Mal-\n"
    "Table 1: IFN Cerrado summary statistics by state. The total sampled area is the sum of sampled conglomerates.\n"
    "State Number of\n"
    "conglomerates\n"
    "Bahia 249 99.6 1,964 7.9 ± 8.2 513\n"
    "Goiás 641 256.4 10.618 16.6 ± 17.2 735\n"
    "Maranhão 403 161.2 3,891 9.7 ± 11.2 647\n\n" + PDFMINER_AFTER
)


def test_a_caption_glued_to_a_line_end_hyphen_opens_its_table(tmp_path: Path) -> None:
    got = blocks(tmp_path, GLUED_CAPTION)
    (table,) = [b for b in got if b.kind == "table"]
    assert table.caption.startswith("Table 1: IFN Cerrado summary")
    assert table.rows is not None and table.rows[0] == ["State Number of conglomerates"]
    assert table.rows[1] == ["Bahia", "249", "99.6", "1,964", "7.9 ± 8.2", "513"]
    before = got[got.index(table) - 1]
    assert before.kind == "paragraph" and before.text.endswith("(78), Mal-")


# bn-22 (pypdf, two columns): the checklist runs the page's width, so its rows are as wide
# as the column's prose; a row's name wraps above a line of its marks alone.
NARROW_PROSE = """\
The number of specimens collected per species
varied widely with 29% of species (528) represented
by a single collection (Figure 4). The most col-
lected species were Tapirira guianensis (374 speci-
mens), Matayba guianensis (305), Vatairea macro-
carpa (290), Myrcia splendens (269), Diospyros
lasiocalyx (249), Machaerium acutifolium (220),
Qualea parviflora (215), Terminalia argentea (207),
Pouteria ramiflora (206) and Callisthene fasciculata
(204). All these species are typically found in sa-
vannas and forests within the Cerrado, including the
widespread riparian forest species Tapirira guianen-
sis. The IFN Cerrado contributed potentially new
occurrence records for the Cerrado (64 species).
"""
WIDE_CHECKLIST = (
    NARROW_PROSE
    + "Table 2: Selected species collected by the IFN Cerrado highlighting those of high conservation value.\n"
    "Family/ species Cerrado\nEndemic\nIUCN\ncategory\nAcanthaceae\nJusticia nodicaulis (Nees) Leonard X\n"
    "Annonaceae\nDuguetia calycina Benoist X\nGuatteria rigida R.E.Fr. MS\n"
    "Didymopanax vinosus (Cham. & Schltdl.) Marchal TO\nArecaceae\n"
    "Chromolaena myriocephala (Gardner) R.M.King &\nH.Rob.\nX\n"
    "Chromolaena pungens (Gardner) R.M.King &\nH.Rob.\nX\n"
    "Eremanthus brasiliensis (Gardner) MacLeish X\nEremanthus glomerulatus Less. X\n" + NARROW_PROSE
)


def test_a_checklist_as_wide_as_the_prose_beside_it_stays_one_table(tmp_path: Path) -> None:
    (table,) = [b for b in blocks(tmp_path, WIDE_CHECKLIST) if b.kind == "table"]
    assert table.rows is not None
    assert ["Chromolaena myriocephala (Gardner) R.M.King & H.Rob.", "X"] in table.rows
    assert table.rows[-1] == ["Eremanthus glomerulatus Less.", "X"]  # (the prose after it parted)


def test_a_sentence_ending_a_line_on_a_capital_or_a_dash_ends_on_no_marks() -> None:
    assert row_marks("Didymopanax vinosus (Cham. & Schltdl.) Marchal TO", PARAMS.structure) == ["TO"]
    assert row_marks("Piptocarpha oblonga (Gardner) Baker X MS", PARAMS.structure) == ["X", "MS"]
    assert row_marks("the workshop was the first time I", PARAMS.structure) == []
    assert row_marks("Para a verificação da adequação do modelo, Análise de Covariância –", PARAMS.structure) == []


# paz-62 (pypdf): rows of a bird list end on figures, then on a category and a stratum
# (``RA Und,`` / ``Can``: the list of strata wrapped); orders and families are rows of
# their own; a species' author and year stay in its name.
BIRDS = [
    *("Taxa Range of Number of Individuals", "in the Flocks", "Number of", "Contacts", "FO", "(%)", "FC FS"),
    *("Cuculiformes Wagler, 1830", "Cuculidae Leach, 1820", "Piaya cayana (Linnaeus, 1766) 1 3 2.0 RA Und,"),
    *("Can", "Apodiformes Peters, 1940", "Trochilidae Vigors, 1825"),
    *("Thalurania glaucopis (Gmelin, 1788) 1 1 0.7 RA Und", "Trogoniformes A.O.U., 1886", "Trogonidae Lesson, 1828"),
    *("Trogon surrucura Vieillot, 1817 1-2 4 2.6 RA Und,", "Can", "Trogon chrysochloros Pelzeln, 1856 1 1 0.7 RA Und"),
]


def test_rows_of_figures_may_end_on_short_codes() -> None:
    got = by_numbers(_tlines(BIRDS), PARAMS.structure)
    assert got is not None
    rows = got[0]
    assert ["Piaya cayana (Linnaeus, 1766)", "1", "3", "2.0", "RA", "Und, Can"] in rows
    assert ["Trogon surrucura Vieillot, 1817", "1-2", "4", "2.6", "RA", "Und, Can"] in rows
    k = rows.index(["Apodiformes Peters, 1940"])  # an order, then its family: a row each
    assert rows[k + 1] == ["Trochilidae Vigors, 1825"]


# The same table from pdftotext, a cell a line: the codes after a row's figures are lines
# of their own, before the next row's label.
BIRDS_A_CELL_A_LINE = [
    "Taxa", "Number of", "Contacts", "FO", "(%)", "FC", "FS",
    "Thalurania glaucopis (Gmelin, 1788)", "1", "1", "0.7", "RA", "Und",
    "Trogon surrucura Vieillot, 1817", "1-2", "4", "2.6", "RA", "Und,", "Can",
    "Trogon chrysochloros Pelzeln, 1856", "1", "1", "0.7", "RA", "Und",
    "Picumnus temminckii Lafresnaye, 1845", "1", "3", "2.0", "COM", "Und, Can",
]  # fmt: skip


def test_code_cells_a_line_each_end_their_row_not_the_next_label() -> None:
    rows, _ = by_numbers(_tlines(BIRDS_A_CELL_A_LINE), PARAMS.structure) or ([], 0)
    assert ["Thalurania glaucopis (Gmelin, 1788)", "1", "1", "0.7", "RA", "Und"] in rows
    assert ["Trogon surrucura Vieillot, 1817", "1-2", "4", "2.6", "RA", "Und, Can"] in rows
    assert ["Picumnus temminckii Lafresnaye, 1845", "1", "3", "2.0", "COM", "Und, Can"] in rows
    # Codes that open each row end none (the last row ends on its figures): ``RJ`` /
    # ``Rio de Janeiro`` / ``877``.
    states = [
        "UF", "Estado", "Casos", "Óbitos", "SP", "São Paulo", "1.204", "88", "RJ", "Rio de Janeiro", "877", "61",
        "MS", "Mato Grosso", "do Sul", "310", "12", "BA", "Bahia", "402", "30",
    ]  # fmt: skip
    rows, _ = by_numbers(_tlines(states), PARAMS.structure) or ([], 0)
    assert not any(r[-1] in ("RJ", "MS", "BA") for r in rows)
    # Short labels right before their figures open rows: ``I`` / ``21.5`` is no code cell.
    seasons = [
        "Stage",
        "Season",
        "Mean",
        "Budburst",
        "I",
        "21.5",
        "0.34",
        "II",
        "27.5",
        "0.28",
        "Bloom",
        "I",
        "50.3",
        "0.93",
    ]
    rows, _ = by_numbers(_tlines(seasons), PARAMS.structure) or ([], 0)
    assert ["II", "27.5", "0.28"] in rows


# ress-33 (pypdf): a group's label wrapped above its rows (``Mother worked in`` / ``the
# last month``; ``Mother's age`` / ``(years)``) is one row.
GROUPS = [
    "Black 1.75 (1.25;2.45) 1.54 (1.10;2.16) 1.97 (1.57;2.48) 1.96 (1.56;2.45)",
    "Mother worked in",
    "the last month",
    "No 1.00 1.00 1.00 1.00",
    "Yes 0.79 (0.62;1.00) 0.98 (0.80;1.20) 0.84 (0.74;0.96) 0.92 (0.80;1.04)",
    "Mother’s age",
    "(years)",
    "Up to 21 1.00 1.00 1.00 1.00",
    "22-29 0.81 (0.54;1.20) 0.86 (0.58;1.26) 1.06 (0.81;1.40) 0.97 (0.73;1.28)",
]


def test_a_groups_label_wrapped_above_its_rows_is_one_row() -> None:
    got = by_numbers(_tlines(GROUPS), PARAMS.structure)
    assert got is not None
    assert ["Mother worked in the last month"] in got[0] and ["Mother’s age (years)"] in got[0]


def test_the_first_groups_row_is_parted_from_the_header_above_it() -> None:
    # ``... IUCN`` / ``category`` / ``Acanthaceae``: the family is shaped as the families
    # below (``Annonaceae``, ``Apocynaceae``), a row of its own; ``category`` is the header's.
    rows = (by_marks(_tlines(MARKS_ON_THE_ROW), PARAMS.structure) or ([],))[0]
    assert rows[0][0].endswith("IUCN category") and rows[1] == ["Acanthaceae"]
    rows = (by_numbers(_tlines(BIRDS), PARAMS.structure) or ([],))[0]
    assert rows[0][0].endswith("FC FS") and rows[1:3] == [["Cuculiformes Wagler, 1830"], ["Cuculidae Leach, 1820"]]
    assert word_shape("Cuculiformes Wagler, 1830") == word_shape("Apodiformes Peters, 1940") == "Aa Aa, 9"


# bjb-83 (pypdf): rows open with a dose and its figures, then what the shoots looked like
# (wrapped); a hormone's name heads its doses; abbreviations are defined under the table.
LEADING = [
    *("Hormones", "(mg/l)", "%HS LHS", "(cm)", "Nature of hyperhydric shoots", "Shoots Leaf", "BA"),
    "3.0 86.72 0.79 Yellowish green, internodes short, brittle, callus",
    "like",
    "Yellowish green, lamina narrow, brittle, curled,",
    "wrinkled",
    "3.5 88.21 0.58 Yellowish green, internodes short, brittle, callus",
    "like",
    "2iP",
    "1.0 81.59 0.36 Yellowish green, internodes short, brittle Yellowish green, brittle, curled",
    "1.5 83.82 0.47 Yellowish green, internodes short, brittle Yellowish green, brittle, curled",
    "HS = Hyperhydric shoots; LHS = Length of hyperhydric shoots; NS = Normal shoots.",
]


def test_rows_that_open_with_their_figures() -> None:
    got = by_leading(_tlines(LEADING), PARAMS.structure)
    assert got is not None
    rows, head = got
    assert head == 1 and rows[0] == ["Hormones (mg/l) %HS LHS (cm) Nature of hyperhydric shoots Shoots Leaf BA"]
    text = "Yellowish green, internodes short, brittle, callus like Yellowish green, lamina narrow, brittle, curled,"
    assert rows[1] == ["3.0", "86.72", "0.79", f"{text} wrinkled"]
    assert rows[3] == ["2iP"]  # the next hormone: a row of its own
    assert rows[-1] == ["HS = Hyperhydric shoots; LHS = Length of hyperhydric shoots; NS = Normal shoots."]


def test_figures_going_on_or_inside_the_words_open_no_rows() -> None:
    # rsp-59 (pdftotext): ``15.1* (12.8`` / ``to`` / ``17.5)``: one figure going on, no words.
    broken = ["Indicator", "15.1* (12.8", "to", "17.5)", "1.8* (0.1", "to", "3.5)", "2.8* (1.6", "to 4.0)"]
    assert by_leading(_tlines(broken), PARAMS.structure) is None
    # rac-26 (pypdf): another study's figures inside the words of a row: rows are not told.
    mixed = ["Articles Initial Items (A)", "2.8 48 EFA US Psychology students Shanahan and Hyman (2003)"]
    mixed += ["45 445 9.9 33 EFA US Marketing students Park and Peterson", "(2006)"]
    mixed += ["198 250 1.3 24 EFA US Students (10-17 years old) Sarros et al. (2006) 7 238 34.0 7 ANOVA Australia"]
    assert by_leading(_tlines(mixed), PARAMS.structure) is None


# rac-26 (pypdf, CC BY): each row's label (a study), wrapped above its figures or on their
# line, then the figures, then words that wrap below them.
INNER = [
    *("Articles Initial", "Items (A)", "Sample (B) Proportion", "(B/A)", "Country Respondents’ profile"),
    *("Multiple moral", "virtues", "Cawley et al.", "(2000)", "140 390(1),", "181(2),", "143(3)"),
    "2.8 48 EFA US Psychology students",
    *("Shanahan and", "Hyman (2003)", "45 445 9.9 33 EFA US Marketing students"),
    *("Sarros et al. (2006) 7 238 34.0 7 ANOVA Australia Members of the", "Australian Institute of", "Management"),
    *("Libby and Thorne", "(2007)", "55 376 6.8 29 EFA Canada CICA members"),
    *("Seijts et al. (2015) 10 364 36.4 10 - Canada and", "the US", "Organizations’ leaders"),
    *("Koçyiğit and", "Karadağ (2016)", "10 312 31.2 26 EFA, CFA Turkey Undergraduate", "students"),
    "Note. Exploratory factor analysis (EFA), confirmatory factor analysis (CFA).",
]


def test_rows_whose_figures_stand_between_their_label_and_their_words() -> None:
    got = by_inner_figures(_tlines(INNER), PARAMS.structure)
    assert got is not None
    rows, head = got
    assert head == 1 and rows[0][0].startswith("Articles Initial") and rows[0][0].endswith("Multiple moral virtues")
    # The label above the figures, the figures wrapped above them a cell of their own.
    # (each row's words in the last column, however many figures it holds)
    cawley = ["Cawley et al. (2000)", "140 390(1), 181(2), 143(3)", "2.8", "48"]
    assert rows[1] == [*cawley, "", "", "EFA US Psychology students"]
    assert rows[2] == ["Shanahan and Hyman (2003)", "45", "445", "9.9", "33", "", "EFA US Marketing students"]
    # The words wrap below the row (``Members of the`` goes on); the next label opens after.
    assert rows[3] == [
        "Sarros et al. (2006)",
        "7",
        "238",
        "34.0",
        "7",
        "",
        "ANOVA Australia Members of the Australian Institute of Management",
    ]
    assert rows[4][0] == "Libby and Thorne (2007)"
    # An empty cell's dash among the figures; the label opens at the last line in capitals.
    assert rows[5] == [
        "Seijts et al. (2015)",
        "10",
        "364",
        "36.4",
        "10",
        "-",
        "Canada and the US Organizations’ leaders",
    ]
    assert rows[6][0] == "Koçyiğit and Karadağ (2016)" and rows[6][-1] == "EFA, CFA Turkey Undergraduate students"
    assert rows[-1] == ["Note. Exploratory factor analysis (EFA), confirmatory factor analysis (CFA)."]
    # A line of figures alone above a row's anchor is its figures wrapped, no row of its own.
    alone = [("140 390" if t == "140 390(1)," else t) for t in INNER]
    rows = (by_inner_figures(_tlines(alone), PARAMS.structure) or ([],))[0]
    assert rows[1][:4] == ["Cawley et al. (2000)", "140 390 181(2), 143(3)", "2.8", "48"]


# paz-62 (a table set as lines, pypdf, CC BY): a species, its author's year (no figure of the
# row), the figures, its codes; orders and families are rows of their own.
INNER_GROUPS = [
    "Taxa Range of Number of Individuals in the Flocks Number of Contacts FO (%) FC FS",
    *("Cuculiformes Wagler, 1830", "Cuculidae Leach, 1820", "Piaya cayana (Linnaeus, 1766) 1 3 2.0 RA Und, Can"),
    *("Apodiformes Peters, 1940", "Trochilidae Vigors, 1825", "Thalurania glaucopis (Gmelin, 1788) 1 1 0.7 RA Und"),
    *("Trogoniformes A.O.U., 1886", "Trogon surrucura Vieillot, 1817 1-2 4 2.6 RA Und,", "Can"),
    *("Dysithamnus mentalis (Temminck, 1823) 1-4 28 18.4", "COM Und, Can"),
]


def test_a_labels_year_and_a_groups_row_are_no_figures_of_a_row() -> None:
    got = by_inner_figures(_tlines(INNER_GROUPS), PARAMS.structure)
    assert got is not None
    rows, head = got
    assert head == 1 and rows[1:3] == [["Cuculiformes Wagler, 1830"], ["Cuculidae Leach, 1820"]]
    assert rows[3] == ["Piaya cayana (Linnaeus, 1766)", "1", "3", "2.0", "RA Und, Can"]
    assert rows[4:6] == [["Apodiformes Peters, 1940"], ["Trochilidae Vigors, 1825"]]
    # (``RA Und``: a code, no German ``und`` that the order's line would go on from)
    assert rows[6][-1] == "RA Und" and rows[7] == ["Trogoniformes A.O.U., 1886"]
    assert rows[8] == ["Trogon surrucura Vieillot, 1817", "1-2", "4", "2.6", "RA Und, Can"]
    # A row that ends on its figures, its codes wrapped below them.
    assert rows[9] == ["Dysithamnus mentalis (Temminck, 1823)", "1-4", "28", "18.4", "COM Und, Can"]
    # A note under such a row is no words of it.
    noted = [*INNER_GROUPS[:-1], "Note: FO = frequency of occurrence."]
    rows = (by_inner_figures(_tlines(noted), PARAMS.structure) or ([],))[0]
    assert rows[-2][-1] == "" and rows[-1] == ["Note: FO = frequency of occurrence."]
    # A count in the label's brackets is the label's (rsp-48: ``Cortadores de cana (N = 39)``).
    counted = ["Grupo", "Cortadores de cana (N = 39) 12 30 sim", "Trabalhadores urbanos (N = 48) 15 33 não"]
    rows = (by_inner_figures(_tlines(counted), PARAMS.structure) or ([],))[0]
    assert rows[1][:3] == ["Cortadores de cana (N = 39)", "12", "30"]


def test_inner_figures_keep_their_intervals_and_the_header_its_years() -> None:
    # An interval in brackets and a deviation are cells with their figure; the first line
    # is the header, its years too; a sentence after the last row is no words of it.
    lines = ["Indicador 2010 2019 Tendência", "Vacinação 85,2 (80,1 - 90,3) 92,1 ± 1,5 Crescente"]
    lines += ["Pré-natal 70,4 (66,0 - 74,8) 81,3 ± 2,0 Crescente", "Aleitamento 45,0 (41,2 - 48,8) 41,2 ± 1,9 Estável"]
    got = by_inner_figures(_tlines([*lines, "Os dados foram ponderados."]), PARAMS.structure)
    assert got is not None
    rows, head = got
    assert head == 1 and rows[0] == ["Indicador 2010 2019 Tendência"]
    assert rows[1] == ["Vacinação", "85,2 (80,1 - 90,3)", "92,1 ± 1,5", "Crescente"]
    assert rows[-2][-1] == "Estável" and rows[-1] == ["Os dados foram ponderados."]


# jose.00292 (CC BY) Table 1, as pypdf reads it: each course's title and provider, then its
# level (a column of repeated values) before its length, the last cell wrapped below.
VALUES = [
    *("Course title (provider) Target Duration Libraries", "Python for Data Science, AI and Development"),
    *("(IBM, Coursera)", "Beginner 25h Using", "libraries", "Python for Everybody Specialization"),
    *("(University of Michigan, Coursera)", "Beginner 2 months at", "10h/week"),
    *("CS50’s Introduction to Programming with Python", "(Harvard University, edX)", "Beginner 10 weeks Using"),
    *("libraries", "Introduction to Computer Science and Programming Using Python", "(MIT, edX)", "Beginner 9 weeks"),
    *("Applied Data Science with Python Specialization", "(University of Michigan, Coursera)"),
    *("Intermediate 4 months at", "10h/week", "CS50’s Web Programming with Python and JavaScript"),
    *("(Harvard University, edX)", "Intermediate 12 weeks"),
]
# The same table as OCR reads it: a row a line, each cell's first words side by side.
VALUES_OCR = [
    "Course title (provider) Target Duration Libraries",
    *("Python for Data Science, Al and Development Beginner 25h Using", "(IBM, Coursera) libraries"),
    *("Python for Everybody Specialization Beginner 2 months at 10h/", "(University of Michigan, Coursera) week"),
    *("CS50’s Introduction to Programming with Beginner 10 weeks Using", "Python libraries"),
    "(Harvard University, edX)",
    *("Machine Learning with Python: A Practical Beginner 5 weeks Using", "Introduction libraries", "(IBM, edX)"),
    *("Applied Data Science with Python Intermediate 4 months at 10h/ Using", "Specialization week libraries"),
    *("CS50’s Web Programming with Python and Intermediate 12 weeks", "JavaScript"),
]


def test_rows_told_by_a_column_of_repeated_values() -> None:
    got = by_values(_tlines(VALUES), PARAMS.structure)
    assert got is not None
    rows, head = got
    assert head == 1 and rows[0] == ["Course title (provider) Target Duration Libraries"]
    assert rows[1] == ["Python for Data Science, AI and Development (IBM, Coursera) Beginner 25h Using libraries"]
    assert rows[2] == [
        "Python for Everybody Specialization (University of Michigan, Coursera) Beginner 2 months at 10h/week"
    ]
    applied = "Applied Data Science with Python Specialization (University of Michigan, Coursera)"
    assert rows[5] == [f"{applied} Intermediate 4 months at 10h/week"]
    # The first line is the header's, unless it holds a value: then the first row's.
    rows, head = by_values(_tlines(VALUES[3:]), PARAMS.structure) or ([], 1)
    assert head == 0 and rows[0] == ["Beginner 25h Using libraries"]
    got = by_values(_tlines(VALUES_OCR), PARAMS.structure)
    assert got is not None
    rows, head = got
    assert len(rows) == 7 and rows[3] == [
        "CS50’s Introduction to Programming with Beginner 10 weeks Using Python libraries (Harvard University, edX)"
    ]


def test_inner_figures_and_values_tell_rows_beside_a_caption_only() -> None:
    # A reference list's entries hold figures between words too (``Software, 85, 217-228.
    # https://...``): without a caption beside them, such lines are no table's rows.
    for lines in (INNER, VALUES):
        units = [Unit("Table 1: Studies", "line", 0, 0, ["Table 1: Studies"])]
        units += [Unit(t, "line", k + 1, k + 1, [t]) for k, t in enumerate(lines)]
        captioned = table_block(units, Region(1, len(units), 0), PARAMS.structure)
        bare = table_block(units, Region(1, len(units)), PARAMS.structure)
        assert captioned.rows and not bare.rows


def test_the_text_after_values_rows_is_no_row() -> None:
    after = ["The overview of selected Python courses in Table 1 illustrates the popularity"]
    after += ["and scope of beginner-friendly MOOCs."]
    rows = (by_values(_tlines([*VALUES_OCR, *after]), PARAMS.structure) or ([],))[0]
    assert rows[-3] == ["CS50’s Web Programming with Python and Intermediate 12 weeks JavaScript"]
    assert rows[-2:] == [[after[0]], [after[1]]]


def test_values_that_tell_no_rows_stay_text() -> None:
    # A value seen once (``Advanced``): its row's line shaped as the others', no row told.
    once = [t.replace("Beginner 2 months", "Advanced 2 months") for t in VALUES_OCR]
    assert by_values(_tlines(once), PARAMS.structure) is None
    # Values at a line's start and inside lines; two on a line; as many kinds as rows.
    mixed = [*VALUES[:3], "Beginner 25h Using", "Python for Everybody Beginner 2 months", "Beginner 10 weeks"]
    assert by_values(_tlines(mixed), PARAMS.structure) is None
    two = ["Level Hours", "Beginner 25h Beginner 30h", "Beginner 2 months", "Beginner 10 weeks", "Intermediate 4 h"]
    assert by_values(_tlines(two), PARAMS.structure) is None
    once = ["Region Value", "Capital 256,03", "Centro 260,48", "Litoral 274,05", "Capital 3,1", "Norte 7,2"]
    assert by_values(_tlines(once), PARAMS.structure) is None  # no value on three rows
    # A value wherever a wrapped text put it: no column.
    wrapped = ["Course title (provider) Target Duration Libraries", "Using Python (MIT, edX) Beginner 9 weeks"]
    wrapped += ["CS50’s Introduction to Artificial Intelligence with Python (Harvard University, edX) Beginner 7 weeks"]
    wrapped += ["(IBM, edX) Beginner 5 weeks Using libraries Programming for Everybody: Getting Started"]
    assert by_values(_tlines(wrapped), PARAMS.structure) is None


def test_rows_not_told_by_inner_figures_stay_text() -> None:
    # rsp-59 (pdfminer): a figure and its interval going on (``1.8* (0.1 to 3.5)``) hold
    # one figure, no run of them.
    ci = ["Indicator/Characteristic", "Sex 15.1*", "(12.8", "to 17.5)", "Age 1.8* (0.1 to 3.5)"]
    ci += ["Income 2.8* (1.6 to 4.0)"]
    assert by_inner_figures(_tlines([*ci, "Region 0.2 (-2.9 to 3.4)"]), PARAMS.structure) is None
    # Most rows without a label: figures and words of another shape.
    assert by_inner_figures(_tlines(["Region", "1 2 high", "3 4 low", "5 6 mid"]), PARAMS.structure) is None
    # Figures alone, rows that end on their figures, or rows that do not agree on their count.
    assert by_inner_figures(_tlines(["A B C", "7 25-26 1 - 2 15", "8 26-27 1 - 3 16"]), PARAMS.structure) is None
    ends = ["Região ICC", "Capital 55,7 40,3", "Centro 44,1 49,3", "Litoral 55,8 41,0 pontos"]
    assert by_inner_figures(_tlines(ends), PARAMS.structure) is None
    uneven = ["Region", "North 1 2 high", "South 3 4 5 low", "East 6 7 8 9 mid"]
    assert by_inner_figures(_tlines(uneven), PARAMS.structure) is None
    # Layout-mode text is read by position.
    laid = [TLine("Capital  55,7 40,3 alto", 0, pieces=((0, 0, 7), (9, 9, 13))), TLine("Centro  44,1 49,3 baixo", 1)]
    assert by_inner_figures([*laid, TLine("Norte 1 2 médio", 2)], PARAMS.structure) is None


# Cad. saúde colet. (pypdf, CC BY): a caption at a page's top whose last line ends on no
# stop, its table's header and rows in the same unit.
OPEN_CAPTION = """\
Em relação à idade gestacional em que o pré-natal iniciou,
encontrou-se um valor significativo quando comparado a
gestantes com DMG, que o iniciaram com média de 8,28
± 0,63 semanas, com aquelas sem DMG, com média de
11,67 ± 0,48 semanas (p < 0,001). Quanto ao número de
partos e filhos nascidos vivos não se identificou diferença
significativa.
Na Tabela 4 apresentam-se os dados referentes às infor-
mações de acompanhamento e orientação referidas pelas
mulheres que receberam diagnóstico de DMG. Percebe-se
que a maioria das gestantes recebeu informações sobre os
riscos do DMG e informações nutricionais que contribuem
no controle da doença e 16,1% foi encaminhada ao espe-
cialista. Destaca-se que dentre as mulheres encaminhadas
para médico especialista, somente uma (2,4%) não com-
pareceu à consulta, dando como motivo o longo tempo de
espera pelo serviço.
\f{caption}
Pesquisa Nacional de Saúde, 2013. N = 1.801
Característica Prevalência % (IC95%) RP IC95%
Idade
≥ 25 anos 8,6 (5,8 - 12,5) 2,75 1,21 - 6,26
< 25 anos 3,1 (1,5 - 6,4)
Escolaridade
Até médio incompleto 6,2 (3,7 - 10,1) 0,89 0,51 - 1,58
Médio a superior 6,9 (5,3 - 8,9)
Raça
Branca 4,1 (2,8 - 5,9) 0,50 0,31 - 0,82
Não branca 8,1 (5,8 - 11,2)
""".format(
    caption="Tabela 3 - Prevalência e razão de prevalência do diabetes mellitus gestacional segundo características "
    "clínicas e demográficas, Brasil,"
)


def test_a_caption_without_a_stop_ends_before_its_tables_header(tmp_path: Path) -> None:
    (table,) = [b for b in blocks(tmp_path, OPEN_CAPTION) if b.kind == "table"]
    assert table.caption.endswith("Brasil, Pesquisa Nacional de Saúde, 2013. N = 1.801")
    # A line that leaves the caption's sentence open goes on into the next.
    wrapped = OPEN_CAPTION.replace("Saúde, 2013. N = 1.801\n", "Saúde,\n2013. N = 1.801\n")
    (table,) = [b for b in blocks(tmp_path, wrapped) if b.kind == "table"]
    assert table.caption.endswith("Saúde, 2013. N = 1.801")


# rbef-43 (scielo-wp-pdfminer): a costs table read a cell a line, 32 lines, blank lines
# between them; its labels and caption were read elsewhere on the page.
STACK = """\
A execução do projeto da MCQ apresentou um custo muito
inferior comparado com equipamentos de mercado, alcan-
çando assim um dos seus principais objetivos que era o baixo
custo de produção. Na Tabela 1 são estratificados os principais
custos com componentes para que seja feita uma unidade do
equipamento. Não foi possível totalizar os custos indiretos
deste projeto como tempo, deslocamento de pessoal para
pesquisa e aquisição de materiais, gastos com sistemas de
informação, eletricidade internet, telefone etc.

Custo de mercado (r$)

Custo de aquisição (RS)

1,60

0,40

4,45

240,00

15,00

0,10

0,30

450,00

10,00

7,65

4,00

0,10

2,00

0,50

736,10

0,0

0,0

0,0

240,00

15,00

0,0

0,0

450,00

10,00

7,65

4,00

0,0

0,0

0,0

726,65

Os custos dos componentes totalizaram, R$ 726,65. Vale desta-
car que, nesse valor, não estão inclusos custo de alguns materi-
ais e serviços que foram reciclados de componentes eletrônicos
ou doados com fornecedores envolvidos com a proposta do
projeto.

Quando comparado com o modelo de referência mais barato
disponível no mercado a QCM 10M Quartz Crystal Microba-
lance do fornecedor Gamry Instruments que custa R$ 20.827,92
em valor atual [25] observa-se que o valor é aproximadamente
28 vezes menor. Cabe ressaltar também que essa diferença é
importante quando se observa o propósito do equipamento
proposto, já citado ainda introdução desse estudo.

Para a verificação da Microbalança de cristal de quartzo utili-
zou-se água pura, de acordo com a teoria baseada na (Equação
(1)) de Kanazawa – Gordon [26] essa equação expressa a varia-
ção de frequência de um cristal de quartzo em contato com um
líquido em termos de parâmetros físicos do fluido e do
quartzo. A relação é:
"""


def test_cells_a_line_without_a_caption_beside_them_are_one_table(tmp_path: Path) -> None:
    """No heading a cell (``Custo de mercado (r$)``), no paragraph a figure: the table's
    text verbatim, between the paragraphs around it, every cell kept."""
    got = blocks(tmp_path, STACK)
    assert [b.kind for b in got] == ["paragraph", "table", "paragraph", "paragraph", "paragraph"]
    lines = got[1].text.split("\n")
    assert lines[:3] == ["Custo de mercado (r$)", "Custo de aquisição (RS)", "1,60"]
    assert len(lines) == 32 and lines[-1] == "726,65"


def test_short_lines_without_a_column_of_figures_are_no_table(tmp_path: Path) -> None:
    """A list of keywords, one a line (rbee-30's Table 2 labels without their counts),
    holds no figures: its lines stay text."""
    words = [
        "Educação Especial",
        "Inclusão",
        "Educação Inclusiva",
        "Paralisia Cerebral",
        "Deficiência Intelectual",
        "Autismo",
        "Formação de professoras/es",
        "Inclusão Educacional",
        "Inclusão Escolar",
        "Surdez",
        "Deficiência Visual",
        "Família",
        "Pessoa com deficiência",
    ]
    text = STACK.split("\n\nCusto")[0] + "\n\n" + "\n\n".join([*words, "2008", "2023"]) + "\n"
    assert not [b for b in blocks(tmp_path, text) if b.kind == "table"]


# rsp-59 (scielo-latex-pypdf): a two-column paper's table under a caption across the page;
# its first header line is as wide as the body's column (53 characters), not prose.
HEADER_AS_WIDE = """\
habitants (95%CI 1.56–1.58) (Table 1). The adjusted
mortality rates over time showed a pattern of increase
until 2012, stabilization by 2016, and a decrease in
2017–2020. The highest averages rates were observed
in the South (2.77/100,000 inhabitants), followed by
the Southeast (2.09/100,000 inhabitants) region (Fig-
ure 1).
Males predominated (n = 41,047, 64.1%,
2.05/100,000 inhabitants [95%CI 2.03–2.07]), aged
between 50–59 years (n = 18,711, 29 years), with
higher adjusted mortality rates for the age groups
60–69 years (6.69/100,000 inhabitants [95%CI 6.59–
6.80]) and 70 years and older (6.88/100,000 inhabi-
tants [95%CI 6.76–7.00]), of white race/skin color (n
= 42,178, 65.9%, 1.98/100,000 inhabitants [95%CI
1.89–2.07]), resident in the Southeast region (n =
35,553, 55.5%), with the highest adjusted mortal-
ity rates in the South region (2.56/100,000 inhabi-
tants [95%CI 2.52–2.60]) and non-residents in the
state capital (n = 36,972, 57.7%), in addition to
higher adjusted mortality rates for capital residents
(2.76/100,000 inhabitants [95%CI 2.73–2.79]) (Table
1).
Table 1. Number and percentage, crude rate (per 100,000 inhabitants), adjusted rate, relative risk, and temporal trend
according to Joinpoint regression of Hepatitis C-related mortality by sociodemographic variables, Brazil, 2000–2020.
Indicator/Characteristic Death Crude rate Adjusted rate
(95%CI)
Trend Entire period
n (%) Period APC
(95%CI)
AAPC (95%CI)
Brazil – Total 64,029
(100.0)
1.58 1.57 (1.56–1.58) 2000–2005 15.1* (12.8
to 17.5)
1.8* (0.1 to
3.5)
2005–2012 2.8* (1.6 to
4.0)
2012–2016 0.2 (-2.9 to
3.4)
2016–2020 -10.4* (-12.4
to -8.4)
Sex/Gender
Male 41,047
(64.1)
2.06 2.05 (2.03–2.07) 2000–2005 15.9* (13.5
to 18.4)
1.8* (0.2 to
3.5)
2005–2015 2.1* (1.5 to
2.8)
2015–2020 -8.2* (-9.6 to
-6.7)
Female 22,975
(35.9)
1.11 1.11 (1.09–1.12) 2000–2005 13.8* (10.1
to 17.6)
1.9* (0.1 to
3.7)
2005–2011 3.9* (1.4 to
6.5)
2011–2016 0.5 (-2.6 to
3.7)
2016–2020 -11.9* (-15 to
-8.6)
Missing values 7 (0.0)
-: not calculated; *: significantly different from 0 (p < 0.05); N: Number, %: percentage;
APC: Annual Percent Change; AAPC: Average Annual Percent Change
Time Trend
The time trend by the joinpoint analysis showed a total
of three (3) breaks for most of the variables analyzed,
as presented for the general trend in Brazil, with an
increase in the time trend in the period 2000–2005
(APC 15.1, 95%CI 12.8 to 17.5), a further increase in
the period 2005–2012 (APC 2.8, 95%CI 1.6 to 4.0)
and a decrease in the period 2016–2020 (APC -10.4,
95%CI -12.4 to -8.4). For the sexes, there was an
increasing trend in the general period (males: AAPC
1.8, 95%CI 0.2 to 3.5; females: AAPC 1.9, 95%CI 0.1
"""


# Its rows: confidence intervals wrap inside their brackets, a row's cells go on below its
# first line, sub-rows open with their period (Female's sub-rows left out).
_RSP = HEADER_AS_WIDE.split("\n")
WRAPPED = _RSP[_RSP.index("Sex/Gender") : _RSP.index("2005–2011 3.9* (1.4 to")] + ["Missing values 7 (0.0)"]


def test_figures_wrapped_inside_their_brackets_are_mended_into_rows() -> None:
    got = by_brackets(_tlines(WRAPPED), PARAMS.structure)
    assert got is not None
    rows, head = got
    assert rows[0] == ["Sex/Gender"] and head == 1
    assert rows[1] == [
        "Male",
        "41,047 (64.1)",
        "2.06",
        "2.05 (2.03–2.07)",
        "2000–2005",
        "15.9* (13.5 to 18.4)",
        "1.8* (0.2 to 3.5)",
    ]
    # A sub-row's period and rate under the period's and the rate's columns.
    assert rows[2] == ["", "", "", "", "2005–2015", "2.1* (1.5 to 2.8)", ""]
    assert rows[4][0] == "Female" and rows[4][-1] == "1.9* (0.1 to 3.7)"
    assert rows[5] == ["Missing values", "7 (0.0)", "", "", "", "", ""]


def test_an_age_group_opening_a_row_of_figures_is_its_label() -> None:
    """rsp-59: ``30–39`` reads as a figure, but the row holds one figure more than the
    usual row after its label: it is the row's label. (``705 1.1)``: the extractor lost a
    bracket's opening; it still closes the count's share.)"""
    ages = (
        WRAPPED[:-1]
        + ["Age group (years)"]
        + _ln("""\
<15 44 (0.1) 0.00 0.00 (0.00–0.01) 2000–2020 -4.3 (-9.6 to
1.4)
-4.3 (-9.6 to
1.4)
15–29 705 1.1) 0.07 0.07 (0.06–0.07) 2000–2005 2.1 (-5.4 to
10.3)
-6.5* (-8.0 to
-5.0)
30–39 3,627 (5.7) 0.59 0.57 (0.55–0.59) 2000–2005 10.3* (2.8 to
18.3)
-6.3* (-8.3 to
-4.3)
2005–2020 -9.9* (-11.3
to -8.4)""")
    )
    got = by_brackets(_tlines(ages), PARAMS.structure)
    assert got is not None
    rows = got[0]
    k = rows.index(["Age group (years)"])
    assert rows[k + 2][:3] == ["15–29", "705 1.1)", "0.07"] and len(rows[k + 2]) == 7
    assert rows[k + 3][:3] == ["30–39", "3,627 (5.7)", "0.59"] and len(rows[k + 3]) == 7
    assert rows[k + 4] == ["", "", "", "", "2005–2020", "-9.9* (-11.3 to -8.4)", ""]


def _ln(text: str) -> list[str]:
    return text.split("\n")


def test_a_label_after_a_bracket_alone_opens_the_next_row() -> None:
    """jose.00292 (OCR): a course's provider in brackets ends its row; the next course's
    title opens a row of its own, and rows of words are no rows of figures."""
    courses = [
        "Course title (provider) Target Duration Libraries",
        "CS50’s Introduction to Programming with Beginner 10 weeks Using",
        "Python libraries",
        "(Harvard University, edX)",
        "Introduction to Computer Science and Beginner 9 weeks",
        "Programming Using Python",
        "(MIT, edX)",
        "CS50’s Introduction to Artificial Intelligence Beginner 7 weeks Using",
        "with Python libraries",
        "(Harvard University, edX)",
    ]
    assert by_brackets(_tlines(courses), PARAMS.structure) is None


def test_a_figure_a_row_is_no_table_of_wrapped_rows() -> None:
    """brag-81 (pdfminer): labels wrapped before their units, each read with one figure."""
    labels = ["OM", "(g·kg-1)", "K* (mmolc·dm-3)", "4.2 (0.5)", "Ca* (mmolc·dm-3)", "37.6 (3.5)", "pH", "(CaCl2)"]
    assert by_brackets(_tlines(labels), PARAMS.structure) is None


def test_a_header_as_wide_as_the_column_is_the_tables_not_the_captions(tmp_path: Path) -> None:
    (table,) = [b for b in blocks(tmp_path, HEADER_AS_WIDE) if b.kind == "table"]
    assert table.caption.endswith("by sociodemographic variables, Brazil, 2000–2020.")
    assert table.rows is not None and table.rows[0][0].startswith("Indicator/Characteristic Death Crude rate")


def test_a_cell_repeated_under_its_column_stays_in_the_table() -> None:
    """jose.00292 (latex-twocol-pdfminer): ``Intermediate``, the course level met already
    in the table, right above the text the page goes on with, is a cell, not a heading."""
    got = corpus_blocks("corpus", "jose.00292", "latex-twocol-pdfminer")
    assert "Intermediate" not in [b.text for b in got if b.kind == "heading"]
    table = next(b for b in got if b.kind == "table")
    assert table.caption.startswith("Table 1: Overview") and table.text.count("Intermediate") == 2


def test_the_note_under_a_stack_of_cells_is_a_note(tmp_path: Path) -> None:
    """As under a table beside its caption: ``Fonte: ...`` after the last cell is a note."""
    text = STACK.replace("\n\n726,65\n", "\n\n726,65\n\nFonte: elaborado pelos autores.\n")
    got = blocks(tmp_path, text)
    k = next(i for i, b in enumerate(got) if b.kind == "table")
    assert got[k].text.split("\n")[-1] == "726,65"
    assert got[k + 1].kind == "footnote" and got[k + 1].text == "Fonte: elaborado pelos autores."


def test_a_section_name_next_to_a_stack_of_cells_stays_a_heading(tmp_path: Path) -> None:
    """``Resultados`` or ``3. Results`` above the cells, ``4.2 Calibração do sensor`` after
    them: the text's headings, not the table's cells."""
    for above, below in (("Resultados", ""), ("3. Results", ""), ("", "4.2 Calibração do sensor")):
        text = STACK.replace(
            "\n\nCusto de mercado (r$)",
            f"\n\n{above}\n\nCusto de mercado (r$)" if above else "\n\nCusto de mercado (r$)",
        )
        text = text.replace("\n\n726,65\n", f"\n\n726,65\n\n{below}\n" if below else "\n\n726,65\n")
        got = blocks(tmp_path, text)
        (table,) = [b for b in got if b.kind == "table"]
        assert table.text.startswith("Custo de mercado") and table.text.endswith("726,65")
        assert [b.text for b in got if b.kind == "heading"] == [above or below]


# A funding paragraph full of names right after a table's cells (11 of its 36 words are
# function words).
FUNDED = (
    PDFMINER_PROSE
    + "Table 1: Counts of observations by site.\n\nSite\nCount\nShare\nAlpha\n12\n0.4\n"
    + "Beta\n7\n0.3\nGamma\n5\n0.2\n\n"
    + "This work was supported by the Brazilian National Council for Scientific and\n"
    + "Technological Development (CNPq), Coordination for the Improvement of Higher\n"
    + "Education Personnel (CAPES) and the São Paulo Research Foundation (FAPESP),\n"
    + "Grant Numbers 2019/1234 and 2020/5678.\n\n"
    + PDFMINER_AFTER
)


def test_a_paragraph_full_of_names_after_a_table_ends_it(tmp_path: Path) -> None:
    """Most of a funding paragraph's words open with a capital, as a header's cells do;
    it is a sentence of function words, so it is prose, not the table's last row."""
    text = FUNDED
    got = blocks(tmp_path, text)
    (table,) = [b for b in got if b.kind == "table"]
    assert "supported" not in table.text
    assert any(b.kind == "paragraph" and b.text.startswith("This work was supported") for b in got)


# Ciênc. educ. (pdftotext): questions keyed Q1, Q2 ... with their codes, a header repeated
# where the table goes on; then the paragraph after the table, an equation set inside it.
QUESTIONS = """\
A avaliação do desempenho dos alunos do Ensino Médio no estado de São Paulo é feita todos os anos
pelo SARESP, que aplica provas de matemática e questionários aos pais, aos alunos, aos coordenadores
e aos diretores das escolas, cujas respostas descrevem o contexto em que os alunos aprendem.
Metodologia
O modelo usa as respostas dos questionários, selecionadas como mostra o Quadro 2, para estimar os
efeitos das características dos alunos e das escolas sobre o desempenho em matemática dos alunos da
rede estadual, região por região, com os dados de todas as escolas avaliadas no ano de 2019.

Quadro 2 – Questões selecionadas a partir dos questionários do SARESP
Questionário
Pais
Questões
Codificação
Q1 – Qual é a cor do pai?
corp
Q2 – Qual é a cor da mãe?
corm
Q3 – Marque a situação de trabalho do pai.
trabp
Q4 – Qual é o grau de escolaridade do pai?
escp
Q5 – Qual é a renda familiar de seu domicílio, em R$?
rendaf
Supondo que o subscrito i corresponda ao aluno e o subscrito j represente a escola e, considerando a
existência de J escolas, j = 1,..., J, cada uma delas com nj alunos, i = 1, ..., nj , tem-se que o modelo nulo
pode ser especificado como na expressão (1).
yij = β0j + eij; β0j = γ00 + u0j
em que yij é a variável resposta (proficiência em matemática) do i-ésimo aluno na j-ésima escola.

Assume-se que os erros têm distribuição normal e que os efeitos aleatórios são independentes entre
si, bem como independentes do efeito fixo, o que permite estimar o modelo por máxima verossimilhança.
"""


def test_rows_keyed_by_counted_questions_end_where_the_paragraph_goes_on(tmp_path: Path) -> None:
    got = blocks(tmp_path, QUESTIONS)
    (table,) = [b for b in got if b.kind == "table"]
    assert table.rows is not None
    assert [r[0] for r in table.rows[table.head :]] == [
        "Q1 – Qual é a cor do pai? corp",
        "Q2 – Qual é a cor da mãe? corm",
        "Q3 – Marque a situação de trabalho do pai. trabp",
        "Q4 – Qual é o grau de escolaridade do pai? escp",
        "Q5 – Qual é a renda familiar de seu domicílio, em R$? rendaf",
    ]
    # The paragraph after it, an equation inside, is no cell of the last row.
    after = got[got.index(table) + 1]
    assert after.kind == "paragraph" and after.text.startswith("Supondo que o subscrito")
    # Keys that do not count on by one name no rows (``Q1``, ``Q3``, ``Q3``).
    assert not any(b.rows for b in blocks(tmp_path, QUESTIONS.replace("Q2 –", "Q3 –")))


# J. Braz. Chem. Soc. (pdftotext): a table of figures alone, a cell a line, row after row,
# each row opened by its entry's number; the header's cells wrapped a word or two a line.
ENTRIES = [
    "entry", "Temperature / °C", "ee of 1 after", "3 h / %", "ee of 1 after", "6 h / %", "ee of 1 after", "24 h / %",
    "1", "20", "> 98", "> 98", "> 98",
    "2", "40", "96", "96", "86",
    "3", "60", "50", "33", "0",
    "4", "80", "12", "0", "0",
]  # fmt: skip


def test_entries_counted_row_after_row_set_the_rows_of_figures() -> None:
    rows, head = by_count(_tlines(ENTRIES), PARAMS.structure) or ([], 0)
    assert head == 1 and rows[0] == [" ".join(ENTRIES[:8])]
    assert rows[1:] == [["1", "20", "> 98", "> 98", "> 98"], ["2", "40", "96", "96", "86"],
                        ["3", "60", "50", "33", "0"], ["4", "80", "12", "0", "0"]]  # fmt: skip
    # A count that skips, or runs short of the region's end, sets no rows.
    assert by_count(_tlines([*ENTRIES[:18], "4", *ENTRIES[19:]]), PARAMS.structure) is None
    assert by_count(_tlines(ENTRIES[:-2]), PARAMS.structure) is None
    # Two counted rows are as likely two figures 1 and 2: more rows than table_min_rows.
    assert by_count(_tlines(ENTRIES[:18]), PARAMS.structure) is None
    # A word among a column's figures is a cell shifted (a wrapped one making up for a
    # missing one): no rows. A bound or a noted dash is a figure still.
    shifted = [*ENTRIES[:20], "nH2O", *ENTRIES[21:]]
    assert by_count(_tlines(shifted), PARAMS.structure) is None
    bounded = [*ENTRIES[:20], "< 1", "-c", *ENTRIES[22:]]
    assert by_count(_tlines(bounded), PARAMS.structure) is not None


def test_a_numbered_list_s_items_before_a_caption_are_no_cells() -> None:
    """Rev. adm. contemp. (pdfminer): the list's last items, each marker alone on its line,
    then the caption of the table set after them: the items end the table's run of cells on
    that side (a table's cells before its caption would take them)."""
    from make import units

    from galley.structure.tables.region import ends_table

    got = units(
        "5.\nPeriod researched: The study did not define a specific period;",
        "6.\nLanguage: the review considered articles in Portuguese,\nEnglish, and Spanish;",
        "Table 1. Number of references per database, query, and search format.",
        "Database\nQuery\nEbsco",
    )
    assert ends_table(got, 0, 60, PARAMS.structure) and ends_table(got, 1, 60, PARAMS.structure)
    assert not ends_table(got, 3, 60, PARAMS.structure)


# A paper's hypotheses, each keyed by a letter glued to its count, in the running text.
HYPOTHESES = """\
Technology acceptance research has long held that the perceived usefulness of a system and the ease
with which it can be used shape the intention to adopt it, and that this intention in turn shapes its
actual use. Studies of mobile banking, e-learning platforms and health apps have confirmed the model
in many settings, although the strength of each path varies with the users and with the technology.

Hypotheses
Drawing on this literature, we propose the following hypotheses for the adoption of mobile learning
applications among undergraduate students in the public universities of the region under study.

H1: Perceived usefulness positively affects the intention of undergraduate students to use mobile
learning applications.
H2: Perceived ease of use positively affects the perceived usefulness of mobile learning applications
for undergraduate students.
H3: Perceived ease of use positively affects the intention of undergraduate students to use mobile
learning applications.
H4: Social influence from peers and instructors positively affects the intention of undergraduate
students to use mobile learning applications.

Method
The survey was sent to 1,200 students enrolled in the first two years of their programmes, of whom
412 returned a complete questionnaire. Each construct was measured with three to five items on a
seven-point Likert scale adapted from earlier studies, and the model was estimated by PLS-SEM.
"""


def test_hypotheses_keyed_h1_h2_in_the_text_are_no_table(tmp_path: Path) -> None:
    got = blocks(tmp_path, HYPOTHESES)
    assert "table" not in [b.kind for b in got]
    assert [b.text[:3] for b in got if b.text[:1] == "H" and b.text[1:2].isdigit()] == ["H1:", "H2:", "H3:", "H4:"]


# Rev. Saúde Pública (pdfminer): the header, then the labels grouped under two periods,
# then each column of figures (one run: the columns cut by their figures' shapes).
GROUPED = [
    "Fases do estresse", "Alerta", "Resistência", "Período", "População", "Frequência", "%", "Frequência", "%",
    "Pré-safra", "Trabalhadores urbanos (N = 48)", "Cortadores de cana (N = 39)",
    "Pós-safra", "Trabalhadores urbanos (N = 34)", "Cortadores de cana (N = 47)",
    "1", "2", "1", "0", "2,0", "5,1", "2,9", "0,0", "45", "33", "33", "39", "93,7", "84,6", "97,0", "82,9",
]  # fmt: skip


def test_labels_grouped_under_outer_labels_keep_their_rows() -> None:
    from galley.structure.tables.columns import by_columns

    rows, head = by_columns(_tlines(GROUPED), PARAMS.structure) or ([], 0)
    assert rows[head:] == [
        ["Pré-safra", "Trabalhadores urbanos (N = 48)", "1", "2,0", "45", "93,7"],
        ["", "Cortadores de cana (N = 39)", "2", "5,1", "33", "84,6"],
        ["Pós-safra", "Trabalhadores urbanos (N = 34)", "1", "2,9", "33", "97,0"],
        ["", "Cortadores de cana (N = 47)", "0", "0,0", "39", "82,9"],
    ]
    # One label more than the rows, no groups to tell which: each row would take its
    # neighbour's label; the table stays as the page gave it.
    extra = [*GROUPED[:9], "Trabalhadores urbanos (N = 50)", *GROUPED[10:12], *GROUPED[13:]]
    assert by_columns(_tlines(extra), PARAMS.structure) is None


def test_a_label_column_s_header_shaped_as_its_labels_keeps_the_grid() -> None:
    """``Área de conhecimento`` over ``Ciências da saúde`` ...: a header shaped as the
    labels is common; only a label's shape that holds a figure, ``Cortadores de cana (N =
    39)``, tells a label more than the rows."""
    from galley.structure.tables.columns import by_columns

    texts = [
        "Área de conhecimento", "Ciências da saúde", "Ciências da vida", "Ciências da terra", "Ciências da educação",
        "n", "12", "8", "5", "9", "%", "35,3", "23,5", "14,7", "26,5",
    ]  # fmt: skip
    rows, head = by_columns(_tlines(texts), PARAMS.structure) or ([], 0)
    assert rows[head:][0] == ["Ciências da saúde", "12", "35,3"]


def test_a_table_s_numbered_rows_are_no_list_items(tmp_path: Path) -> None:
    """A questionnaire's items numbered in the first column (pdfminer: ``1.`` / ``Clarity of
    the explanations`` / ``4.6`` / ``0.5``) are the table's rows, not a list's items."""
    from make import units

    from galley.structure.tables.region import ends_table

    got = units("1.\nClarity of the explanations\n4.6\n0.5", "2.\nOrganisation of the sessions\n4.4\n0.6")
    assert not ends_table(got, 0, 60, PARAMS.structure) and not ends_table(got, 1, 60, PARAMS.structure)


def test_a_narrow_column_s_wrapped_sentences_are_no_cells_before_prose() -> None:
    """Esc. Anna Nery (pypdf, a narrow column, in a paper with table captions): an
    observation's short lines go on one another in lower case and end sentences inside:
    no column of cells, so the unit is not cut where its lines grow longer."""
    from make import units

    from galley.structure.tables import cut_units

    prose = (
        "A visita dos irmãos à criança internada na unidade de terapia intensiva pediátrica foi\n"
        "acompanhada pela pesquisadora, que registrou em diário de campo as falas e os gestos.\n"
        "As sessões duraram entre vinte e quarenta minutos e ocorreram na sala de brinquedos."
    )
    sitka = (
        "Sitka abre a caixa e encontra os objetos\n"
        "que remetem à experiência da visita, pega-\n"
        "os e coloca-os sobre a bancada. Eu tenho\n"
        "que demonstrar como eu entrei lá? Eu vou\n"
        "demonstrar como que eu cheguei. Como eu\n"
        "fui ver meu irmão. [pega um boneco para\n"
        "representá-lo] Eu cheguei aqui, aí eu lavei a mão, entrei lá. Meu pai ficou aqui, com a\n"
        "minha mãe. [mostra no cenário onde os pais ficaram dentro da UTI Pediátrica] Cheguei,\n"
        "abracei o Denahi, falei que eu estava com saudade; ele falou que também estava. (Sitka, 10 anos)"
    )
    got = cut_units(units(prose, "Quadro 1 - Irmãos participantes do estudo.", prose, sitka, prose), PARAMS.structure)
    assert any(u.text.startswith("Sitka abre a caixa") and u.text.endswith("(Sitka, 10 anos)") for u in got)


def test_a_caption_broken_after_a_preposition_keeps_its_last_line() -> None:
    """ress-33 (pypdf): ``... having gone to the health center, among`` / ``Brazilian
    children born between 2017 and 2018`` / the header: the caption goes on past
    ``among``, so its last line is no header cell."""
    from make import units

    from galley.structure.tables import cut_units

    caption = (
        "Table 2: Crude and adjusted odds ratios based on logistic regression between exploratory variables and\n"
        "the outcomes of difficulty in taking child to vaccination center and not having child vaccination, among\n"
        "Brazilian children born between 2017 and 2018\n"
        "Faced difficulty in taking child\n"
        "to vaccination center\n"
        "Child not vaccinated, despite having\n"
        "been taken to vaccination center\n"
        "Crude OR Adjusted OR Crude OR Adjusted OR\n"
        "Race/skin color"
    )
    prose = (
        "problems regarding the quantity of vaccines received\n"
        "and 60.4% stated that frequency of vaccine receipt is\n"
        "irregular. Furthermore, more than half reported that their\n"
        "municipality had an inadequate structure for providing\n"
        "the service to the population, as well as high vaccine\n"
        "room team turnover."
    )
    got = cut_units(units(prose, caption), PARAMS.structure)
    assert got[1].text.endswith("among Brazilian children born between 2017 and 2018")
    assert got[2].text.startswith("Faced difficulty")


# jose.00260 Table 2 (pdfminer): the labels' column whole, under its header, then the
# sentences' header and column; the last unit holds two cells ("... problem." / "Students
# are asked ..."), and a list's number ends a line inside a cell ("... on 1.").
METHODS = [
    ["Method"], ["Discussions"], ["Live coding or", "demonstrations"], ["Exercises"],
    ["Continuous", "anonymous feedback"], ["Description"],
    ["Instructors present a topic and ask questions to the students to", "motivate a conversation."],
    ["Instructors write code or demonstrate how a tool works and", "invite students to follow along."],
    [
        "Students are invited to solve short exercises, either simply",
        "repeating what the instructor just showed, doing something",
        "similar, or working in groups to solve a particular problem.",
        "Students are asked at the end of each day to give feedback on 1.",
        "Something you like and we should keep and 2. Something you",
        "don’t like that we should improve.",
    ],
]  # fmt: skip
# (the last unit's first three lines are the third sentence, the rest the fourth)
_SENTENCES = [*METHODS[6:8], METHODS[8][:3], METHODS[8][3:]]
METHOD_ROWS = [
    ["Method", "Description"],
    *([" ".join(label), " ".join(cell)] for label, cell in zip(METHODS[1:5], _SENTENCES, strict=True)),
]


def _boxed(units: list[list[str]]) -> list[TLine]:
    return [TLine(text, k) for k, lines in enumerate(units) for text in lines]


def test_labels_and_sentences_read_column_after_column_are_paired_in_order() -> None:
    assert by_label_sentences(_boxed(METHODS), PARAMS.structure) == (METHOD_ROWS, 1)


def test_labels_and_sentences_read_in_any_order_are_paired_in_order() -> None:
    """pdftotext reads the header row, the first label, every sentence, then the other
    labels: each column still comes top to bottom."""
    order = [METHODS[0], METHODS[5], METHODS[1], *METHODS[6:], *METHODS[2:5]]
    assert by_label_sentences(_boxed(order), PARAMS.structure) == (METHOD_ROWS, 1)


def test_labels_and_sentences_that_do_not_pair_make_no_grid() -> None:
    # A cell that ends on no stop: no sentence, no label (too long): another shape.
    unfinished = [*METHODS[:6], ["Instructors present a topic and ask questions to the students to"], *METHODS[7:]]
    assert by_label_sentences(_boxed(unfinished), PARAMS.structure) is None
    # One sentence too few, and no place left to cut one unit in two.
    assert by_label_sentences(_boxed(METHODS[:-1]), PARAMS.structure) is None
    # Two places where one cut is needed: which is the cells' boundary cannot be told.
    two_places = [*METHODS[:8], [*METHODS[8][:3], "Students are asked to say more.", *METHODS[8][3:]]]
    assert by_label_sentences(_boxed(two_places), PARAMS.structure) is None


# jose.00260, the two-column LaTeX render read by pdfminer: the last page's right column
# holds the reference list, and Table 2 floats under it.
FLOAT_IN_REFERENCES = """\
The anonymous feedback was positive and many recommendations or requests from the students
were included in the following days. The feedback also helped to shape the materials.

References

Benjamin, A. S., & Tullis, J. (2010). What makes dis-
tributed practice effective? Cognitive Psychology,
61 (3), 228–247. https://doi.org/10.1016/j.cogp
sych.2010.05.004

Table 2: Pedagogical methods used throughout the workshop

Method

Discussions

Exercises

Description

Instructors present a topic and ask questions to the students to motivate a conversation.

Students are invited to solve short exercises in groups.
"""


def test_a_table_floating_in_the_reference_list_is_a_table(tmp_path: Path) -> None:
    got = blocks(tmp_path, FLOAT_IN_REFERENCES)
    assert [b.kind for b in got] == ["paragraph", "heading", "reference", "table"]
    assert got[2].text.endswith("cogpsych.2010.05.004")
    table = got[3]
    assert table.caption == "Table 2: Pedagogical methods used throughout the workshop"
    assert table.rows == [
        ["Method", "Description"],
        ["Discussions", "Instructors present a topic and ask questions to the students to motivate a conversation."],
        ["Exercises", "Students are invited to solve short exercises in groups."],
    ]


# An entry that names a table on a line of its own (no blank line above: no float).
TABLE_IN_AN_ENTRY = """\
Statement of need

The materials are organized in four 3-hour modules, ideally covered over a few weeks to allow
time for the participants to practise what they learn between the sessions of the course.

References

Benjamin, A. S., & Tullis, J. (2010). What makes distributed practice effective? Cognitive Psychology,
61 (3), 228–247. https://doi.org/10.1016/j.cogpsych.2010.05.004
U.S. Bureau of Labor Statistics. (2022). Employment projections, 2021–2031, Occupational Outlook.
Table 1.2. Employment by detailed occupation. https://www.bls.gov/emp/tables.htm
The Carpentries. (2023). Curriculum. https://carpentries.org/
Wilson, G. (2019). Teaching tech together. CRC Press.
Xie, Y. (2015). Dynamic documents with R and knitr (2nd ed.). Chapman; Hall/CRC.
"""


def test_a_reference_that_names_a_table_stays_an_entry(tmp_path: Path) -> None:
    got = blocks(tmp_path, TABLE_IN_AN_ENTRY)
    entries = [b.text for b in got if b.kind == "reference"]
    assert [e[:8] for e in entries] == ["Benjamin", "U.S. Bur", "The Carp", "Wilson, ", "Xie, Y. "]
    assert "Table 1.2. Employment by detailed occupation." in entries[1]


def test_the_entries_after_a_float_stay_in_the_reference_list(tmp_path: Path) -> None:
    """The float's region ran on into the entries after it: the list keeps them, and the
    table stays its text inside the list (as before floats were cut out of lists)."""
    after = "\nWilson, G. (2019). Teaching tech together.\nCRC Press.\n\nXie, Y. (2015). Dynamic documents with R\n"
    # (``Method`` is a section's name, that would end the list: a header of another name)
    text = FLOAT_IN_REFERENCES.replace("Method", "Activity")
    got = blocks(tmp_path, text + after + "and knitr. Chapman; Hall/CRC.\n")
    assert [b.text[:8] for b in got if b.kind == "reference"][-2:] == ["Wilson, ", "Xie, Y. "]
    assert "table" not in [b.kind for b in got]


# jose.00184 (pdfminer): a table without a caption read a column at a time, a box per
# column on each page: the file names one under another, then the descriptions a box
# each; on the next page the headers again, and a name and its text read one after the
# other where the page's boxes fell so.
KEY_COLUMN = """\
The Data Behind Dark Matter: Exploring Galactic Rotation

A. N. Villano 1, Kitty C. Harris 2, Judit Bergfalk 3

1 Department of Physics, University of Colorado Denver, Denver CO 80217, USA

Summary

By analyzing the rotational velocities of bodies in galaxies, physicists and astronomers have
found that there seems to be something missing in our understanding of these galaxies. One
theory is that there is some invisible matter present that does not interact with light.

Materials

This project consists of several modules in the form of Jupyter notebooks (Kluyver et al.,
2016):

File Name

01_DM_Rotation_Curve_Intro.ipynb

02_Widget_NGC5533_DMonly.ipynb

03_Measured_Data_Plotting.ipynb

Description

Animations and rotation
curve plots demonstrating
three types of rotational
motion.

Interactive widget to
introduce dark matter.

Rotation curve plotting of
measured velocities to
visualize star and gas
motions in a galaxy.

File Name

05_Widget_NGC5533_All_Components.ipynb

06_Plotting_SPARC_Data.ipynb

Description

Interactive widget to
visualize the components of
the galaxy NGC 5533.

Plotting the components of
galactic rotation curves
using the SPARC database
of 175 galaxies.

08_Interactive_Fitting.ipynb

Interactive curve fitting.

Statement of Need

The primary goal of our project is to present rotation curve development and research in
a versatile and approachable format for anyone to explore, learn from, and build upon.
Rotation curves are a key empirical artifact through which dark matter can be observed
and analyzed (Rubin et al., 1978); however, a thorough, start-to-finish description of the
rotation curve building process is typically not given in scientific publications. Furthermore,
software tools used in rotation curve literature are generally difficult for inexperienced
users; for example, the GIPSY software package is very thorough but does not provide
any introduction as it is intended for experienced users with a firm grasp on rotation
curve components (Kapteyn Astronomical Institute, 1992). Therefore, a rigorous yet
accessible learning module is needed to provide an entry point for any individual interested
in investigating the effect of dark matter in spiral galaxies.

Delivery

The modules are designed to be presented to participants in numeric order as part of a
workshop, skipping those marked as “Bonus” as needed to fit the alloted time. Participants
are encouraged to work together to complete the modules and compare their results to
one another. While working through a module, the instructor(s) should be available to
answer questions and check in on participants’ progress, but they should leave the bulk
of the work to the participants themselves. If any bonus modules are being skipped, the
instructor(s) may wish to suggest them to participants who find they are completing the
content ahead of schedule.
"""


def test_keys_read_a_column_at_a_time_pair_with_their_cells_in_order(tmp_path: Path) -> None:
    got = blocks(tmp_path, KEY_COLUMN)
    t = next(b for b in got if b.kind == "table")
    assert t.head == 1 and t.rows is not None
    assert t.rows == [
        ["File Name", "Description"],
        ["01_DM_Rotation_Curve_Intro.ipynb",
         "Animations and rotation curve plots demonstrating three types of rotational motion."],
        ["02_Widget_NGC5533_DMonly.ipynb", "Interactive widget to introduce dark matter."],
        ["03_Measured_Data_Plotting.ipynb",
         "Rotation curve plotting of measured velocities to visualize star and gas motions in a galaxy."],
        ["File Name", "Description"],  # the headers again, after the page break: no word lost
        ["05_Widget_NGC5533_All_Components.ipynb",
         "Interactive widget to visualize the components of the galaxy NGC 5533."],
        ["06_Plotting_SPARC_Data.ipynb",
         "Plotting the components of galactic rotation curves using the SPARC database of 175 galaxies."],
        ["08_Interactive_Fitting.ipynb", "Interactive curve fitting."],
    ]  # fmt: skip
    # No header cell is left a heading; the text around the table stays as it was.
    assert [b.text for b in got if b.kind == "heading"] == ["Summary", "Materials", "Statement of Need", "Delivery"]
    assert got[got.index(t) - 1].text.startswith("This project consists")


def _boxes(*boxes: list[str]) -> list[TLine]:
    """A region's lines, a box (a unit) each list."""
    return [TLine(t, k) for k, box in enumerate(boxes) for t in box]


KEYS = [["File Name"], ["01_a_b.ipynb", "02_c_d.ipynb", "03_e_f.ipynb"], ["Description"]]
CELLS = [["Animations and rotation", "curve plots."], ["Interactive widget."], ["Rotation curve plotting."]]


def test_a_key_column_pairs_its_keys_with_the_boxes_after_it() -> None:
    rows, head = by_key_column(_boxes(*KEYS, *CELLS), PARAMS.structure) or ([], 0)
    assert head == 1 and rows == [
        ["File Name", "Description"],
        ["01_a_b.ipynb", "Animations and rotation curve plots."],
        ["02_c_d.ipynb", "Interactive widget."],
        ["03_e_f.ipynb", "Rotation curve plotting."],
    ]
    # No second header: the first cell is a cell, though short and a box of its own, when it
    # ends a sentence, runs past a header's words or goes on in its box.
    for first in (["Interactive curve fitting."], ["Plotting the rotation curves of galaxy components"]):
        rows, head = by_key_column(_boxes(*KEYS[:2], first, *CELLS[1:]), PARAMS.structure) or ([], 0)
        assert rows[:2] == [["File Name", ""], ["01_a_b.ipynb", first[0]]]
    rows, head = by_key_column(_boxes(*KEYS[:2], ["Animations", "and rotation."], *CELLS[1:]), PARAMS.structure) or (
        [],
        0,
    )
    assert rows[1] == ["01_a_b.ipynb", "Animations and rotation."]


@pytest.mark.parametrize(
    "boxes",
    [
        pytest.param([*KEYS, *CELLS[:2]], id="a cell too few"),
        pytest.param(
            [*KEYS, ["Animations and"], ["rotation curve."], ["Interactive widget."]], id="cells in lower case"
        ),
        pytest.param([*KEYS, ["72.37"], ["65.72"], ["53.69"]], id="figures for cells"),
        pytest.param([["Length"], ["3.8±0.26a", "4.1±0.26d", "4.7±0.28c"], ["Shoots"], *CELLS], id="figures for keys"),
        pytest.param([["File Name"], ["01_a_b.ipynb", "02_c_d.ipynb"], ["Description"], *CELLS[:2]], id="two keys"),
        pytest.param([["Day 1:", "Day 3:", "Day 2:"], *CELLS], id="keys that do not count on"),
        pytest.param([["01_a_b.ipynb", "01_a_b.ipynb", "01_a_b.ipynb"], *CELLS], id="one key thrice"),
        pytest.param([[*KEYS[1], "04_g_h.ipynb Some text."], *CELLS[:2]], id="a key with its text"),
        pytest.param(
            [*KEYS, ["Plots of rotation curves."], ["Uses the SPARC data."], ["Interactive widget.", "Rotation."]],
            id="a cell parted in two boxes, two cells in one",
        ),
        pytest.param(
            [["01_a_b.ipynb"], CELLS[0], ["02_c_d.ipynb"], CELLS[1], ["03_e_f.ipynb"], CELLS[2]],
            id="keys each above their text: rows.by_keys reads them",
        ),
    ],
)
def test_a_key_column_that_cannot_pair_stays_apart(boxes: list[list[str]]) -> None:
    assert by_key_column(_boxes(*boxes), PARAMS.structure) is None


def test_keys_a_unit_each_reach_as_many_cells_after_them() -> None:
    # The keys one under another in units of their own: the run goes on over the other
    # column's header and a cell for each key, up to the prose after the table.
    def unit(*lines: str) -> Unit:
        return Unit(" ".join(lines), "line", 0, 0, list(lines))

    keys = [unit(f"0{k}_Module_Part.ipynb") for k in range(1, 6)]
    cells = [unit("Animations and rotation", "curve plots.") for _ in range(5)]
    prose = "The modules are designed to be presented to participants in numeric order as part of a"
    units = [unit("File Name"), *keys, unit("Description"), *cells, unit(prose, prose)]
    assert [(r.lo, r.hi) for r in key_runs(units, 90.0, PARAMS.structure)] == [(0, 12)]
    # Keys that open their rows reach no further than ``table_cell_lines``: the bulleted
    # list after the table (``• Provide ...``) stays out of its run, and the run a table.
    rows = [unit(f"0{k}_Module_Part.ipynb Animations and", "rotation curve plots.") for k in range(1, 5)]
    rows += [unit("05_Module_Part.ipynb"), unit("Considering tiny black holes as candidates.")]
    items = [unit("Learning Objectives"), unit("The learning objectives for these modules are:")]
    items += [unit("• Provide a working space where people can", "connect with current literature.")] * 3
    runs = key_runs([unit("File Name Description"), *rows, *items, unit(prose, prose)], 90.0, PARAMS.structure)
    assert [(r.lo, r.hi) for r in runs] == [(0, 9)]
