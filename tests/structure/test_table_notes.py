"""Notes under a table (structure/table_notes): its source, abbreviations and marked notes
become footnotes of their own, out of the grid and out of the running text. Real excerpts
(SciELO articles, CC BY) as the extractors gave them, run through the whole analysis."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from make import kinds, units
from test_tables import AGE_TABLE, ONE_COLUMN, SECTION_AFTER, TWO_COLUMNS, blocks

from galley.model import CleanResult, Metadata
from galley.params import PARAMS
from galley.structure import build_document
from galley.structure.table_notes import _starts, opens_note, part

P = PARAMS.structure

# Cad. saúde colet. (pypdf, two columns): the text cites the table, its rows follow.
BEFORE = TWO_COLUMNS + "Tabela 1 e na Tabela 2, com as razões de chance brutas.\n" + AGE_TABLE

# pypdf: the notes under the rows, then the text of the column goes on in the same unit
# (Brag., Ciênc. educ.).
PYPDF_NOTES = (
    BEFORE + "Médio e/\n"
    "superior 7,9 4,1 – 14,7 92,1 83,8 – 95,9\n"
    "# Dados ausentes para 39 mulheres das categorias “ignorado”, “amarelo” e “indígenas”;\n"
    "* Coeficiente de variação = 0,53\n"
    "Fonte: Pesquisa Nacional de Saúde, 2013.\n"
    "em que yij é a variável resposta (proficiência\n"
    "em matemática) do i-ésimo aluno na j-ésima es-\n"
    "cola, e eij o erro aleatório do nível do aluno.\n"
)

# J. Braz. Chem. Soc. (pypdf): lettered notes under the rows, then the next section.
PYPDF_LETTERS = (
    BEFORE + "40-49 17,3 7,2 – 36,1 82,7 63,9 – 92,8\n"
    "a (S)-1-Phenylethanol (0.24 mmol), Nb salt (50 mg) in toluene (6 mL) were stirred at 60 °C ;\n"
    "b enantiomeric excess (ee) was determined by chiral GC analysis;\n"
    "c no peaksof 1-phenylethanol was detected.\n"
    "Tabela 2 - Razões de chance brutas e ajustadas\n"
    "White 1.00 1.00 1.00 1.00\n"
    "Black 1.75 (1.25;2.45) 1.54 (1.10;2.16) 1.97 (1.57;2.48) 1.96 (1.56;2.45)\n"
)


def test_notes_run_into_the_rows_and_the_text_are_notes_of_their_own(tmp_path: Path) -> None:
    got = blocks(tmp_path, PYPDF_NOTES)
    k = next(i for i, b in enumerate(got) if b.kind == "table")
    assert "Dados ausentes" not in got[k].text and "Fonte" not in got[k].text
    notes = got[k + 1 : k + 4]
    assert [(b.kind, b.text[:9]) for b in notes] == [
        ("footnote", "# Dados a"),
        ("footnote", "* Coefici"),
        ("footnote", "Fonte: Pe"),
    ]
    # the column's text goes on after them, not in the last note
    assert got[k + 4].kind == "paragraph" and got[k + 4].text.startswith("em que yij")


def test_lettered_notes_under_a_table_are_one_note_each(tmp_path: Path) -> None:
    got = blocks(tmp_path, PYPDF_LETTERS)
    k = next(i for i, b in enumerate(got) if b.kind == "table")
    notes = got[k + 1 : k + 4]
    assert [b.kind for b in notes] == ["footnote"] * 3
    assert [b.text[:14] for b in notes] == ["a (S)-1-Phenyl", "b enantiomeric", "c no peaksof 1"]
    assert not any("enantiomeric" in c for row in got[k].rows or [] for c in row)
    assert "Tabela 2" in (got[k + 4].caption or got[k + 4].text)  # the next table


# J. Braz. Chem. Soc. set with no space between blocks (pdftotext): the caption, its
# header and rows in one unit, each lettered note a unit of its own after them.
TIGHT_TABLE = (
    "Next, the effect of catalyst amount was evaluated in the racemization of (S)-1-phenyl-\n"
    "ethanol catalyzed by niobium phosphate. Catalyst loadings from 10 to 200 mg were\n"
    "selected and the results are presented in Table 2. A small decrease of ee was seen\n"
    "when 10 mg of niobium phosphate was used, even after 24 h of reaction, indicating the\n"
    "need for higher quantities. The amount of 50 mg of niobium phosphate was chosen for\n"
    "further studies. Next step was to evaluate the ideal temperature for the racemization.\n"
    "In this case, the reaction was conducted at 20, 40 and 60 °C. The results are shown in\n"
    "Table 3, and the effect of the solvent was also evaluated in the racemization.\n\n"
    "Table 2 – Racemization of (S)-1-phenylethanol (1) varying the quantity of\n"
    "NbOPO4.nH2Oa\n"
    "entry NbOPO4.nH2O / mg ee of 1 after 3 hb / % ee of 1 after 6 hb / % ee of 1 after\n"
    "24 hb / %\n"
    "1 10 88 84 78\n"
    "2 50 50 33 0\n"
    "3 100 12 0 1c\n\n"
    "a (S)-1-Phenylethanol (0.24 mmol), NbOPO4.nH2O (50 mg) in toluene (6 mL) were\n"
    "stirred (700 rpm) at 60 °C ;\n\n"
    "b enantiomeric excess (ee) was determined by chiral GC analysis;\n\n"
    "c unknown byproduct formation.\n\n"
    "The control reaction gave undesired high values of ee in every solvent we tried. We\n"
    "attribute this lower performance to the lower reaction scale used in the control.\n"
)


def test_a_caption_run_into_its_header_and_rows_parts_from_them(tmp_path: Path) -> None:
    got = blocks(tmp_path, TIGHT_TABLE)
    table = next(b for b in got if b.kind == "table")
    assert table.caption == "Table 2 – Racemization of (S)-1-phenylethanol (1) varying the quantity of NbOPO4.nH2Oa"
    assert table.rows is not None and table.rows[-3:] == [
        ["1", "10", "88", "84", "78"],
        ["2", "50", "50", "33", "0"],
        ["3", "100", "12", "0", "1c"],
    ]


def test_a_caption_wrapped_at_the_measure_stays_whole_above_its_header(tmp_path: Path) -> None:
    wrapped = TIGHT_TABLE.replace(
        "Table 2 – Racemization of (S)-1-phenylethanol (1) varying the quantity of\nNbOPO4.nH2Oa\n",
        "Table 3 – Racemization of (S)-1-phenylethanol (1) using NbOPO4.nH2O, in different\ntemperaturesa\n",
    )
    table = next(b for b in blocks(tmp_path, wrapped) if b.kind == "table")
    assert table.caption.endswith("in different temperaturesa")
    assert table.rows is not None and table.rows[0][0].startswith("entry NbOPO4.nH2O / mg")


def test_notes_lettered_in_turn_under_a_table_are_notes(tmp_path: Path) -> None:
    got = blocks(tmp_path, TIGHT_TABLE)
    k = next(i for i, b in enumerate(got) if b.kind == "table")
    assert [(b.kind, b.text[:2]) for b in got[k + 1 : k + 4]] == [
        ("footnote", "a "),
        ("footnote", "b "),
        ("footnote", "c "),
    ]
    assert got[k + 4].kind == "paragraph"
    # One letter alone is no note: a sentence may go on after the table.
    alone = TIGHT_TABLE.replace("b enantiomeric", "the enantiomeric").replace("c unknown", "an unknown")
    assert not any(b.kind == "footnote" for b in blocks(tmp_path, alone))


def test_what_opens_a_note_under_a_table() -> None:
    for line in (
        "Fonte: Pesquisa Nacional de Saúde, 2013",
        "Note. Exploratory factor analysis (EFA), confirmatory factor analysis (CFA)",
        "HS = Hyperhydric shoots; LHS = Length of hyperhydric shoots; NS = Normal shoots.",
        "OM: organic matter;",
        "IC95% = intervalo de confiança de 95%",
        "# Dados ausentes para 39 mulheres das categorias “ignorado”, “amarelo” e “indígenas”;",
        "* extracted using ion exchange resin;",
        "-: not calculated; *: significantly different from 0 (p < 0.05); N: Number",
        "b enantiomeric excess (ee) was determined by chiral GC analysis;",
        "Mean followed by different alphabets are statistically significant at p<0.05.",
        "Médias seguidas pela mesma letra não diferem entre si pelo teste de Tukey (p < 0,05).",
        "Medias seguidas de la misma letra no difieren estadísticamente (Duncan, p ≤ 0,05).",
    ):
        assert opens_note(line), line
    for line in (
        "Sudoeste (SO) 47,6 45,4 6,7 0,3",
        "Total 1.771.430",
        "Q12 – Você se considera: cora",
        "Sources of data",
        "Meaning followed by action is what the students were asked for.",
        "médias seguidas pelas da cultivar Embrapa 51 e da cultivar BRS Tumucumaque, que",
    ):
        assert not opens_note(line), line
    # a note's letter is not asked where a sentence may go on (``a major effect on ...``)
    assert not opens_note("a major effect on the chemical properties of the grapes", letters=False)


# A results section with a table of means (pdftotext): the phrase that opens its note
# also runs, in lower case, through the paragraph above it.
MEANS = """\
Resultados e Discussão

A produtividade de grãos variou entre os tratamentos avaliados, com efeito
significativo da adubação nitrogenada sobre todas as variáveis analisadas no
experimento. A cultivar BRS Pampeira apresentou as maiores produtividades,
médias seguidas pelas da cultivar Embrapa 51 e da cultivar BRS Tumucumaque, que
não diferiram entre si em nenhuma das safras avaliadas no período do estudo.
A massa de mil grãos seguiu a mesma tendência observada para a produtividade,
como se pode verificar na Tabela 1, em que se apresentam as médias de cada ano.

Tabela 1. Produtividade de grãos (kg ha-1) de cultivares de feijão-caupi.
Cultivar 2019 2020 Média
BRS Pampeira 1520 a 1610 a 1565
Embrapa 51 1380 b 1440 b 1410
BRS Tumucumaque 1300 b 1390 b 1345
Médias seguidas pela mesma letra não diferem entre si pelo teste de Tukey (p < 0,05).

O teor de proteína nos grãos também respondeu à adubação nitrogenada, com os
maiores valores observados na dose de 60 kg ha-1 de nitrogênio, em ambas as
safras avaliadas, o que confirma os resultados obtidos por outros autores.
Médias seguidas por uma só letra foram raras neste experimento, como se vê.
"""


def test_the_unmarked_note_on_a_table_of_compared_means(tmp_path: Path) -> None:
    """Braz. J. Biol. (pypdf, and a unit of its own in pdftotext and pdfminer): ``Mean
    followed by different alphabets are statistically significant at p<0.05.`` under the
    rows explains their letters (``4.6±0.21d``): a note, by its phrase, not a row. Only
    capitalised and right after the rows: in the running text, the phrase is no note."""
    got = blocks(tmp_path, SECTION_AFTER)
    k = next(i for i, b in enumerate(got) if b.kind == "table")
    assert all("Mean followed" not in c for row in got[k].rows or [] for c in row)
    assert (got[k + 1].kind, got[k + 1].text[:13]) == ("footnote", "Mean followed")
    apart = SECTION_AFTER.replace("\nMean followed", "\n\nMean followed").replace("0.05.\n", "0.05.\n\n")
    got = blocks(tmp_path, apart)
    k = next(i for i, b in enumerate(got) if b.kind == "table")
    assert (got[k + 1].kind, got[k + 1].text[:13]) == ("footnote", "Mean followed")
    got = blocks(tmp_path, MEANS)
    assert [b.kind for b in got] == ["heading", "paragraph", "table", "footnote", "paragraph"]
    assert "produtividades, médias seguidas" in got[1].text and got[1].text.endswith("de cada ano.")
    assert got[3].text.startswith("Médias seguidas pela mesma letra")
    assert got[4].text.endswith(
        "outros autores. Médias seguidas por uma só letra foram raras neste experimento, como se vê."
    )
    # pdftotext: the note a unit with the paragraph after it, apart from the rows.
    run_on = MEANS.replace("1345\nMédias", "1345\n\nMédias").replace("(p < 0,05).\n\nO teor", "(p < 0,05).\nO teor")
    got = blocks(tmp_path, run_on)
    assert [b.kind for b in got] == ["heading", "paragraph", "table", "footnote", "paragraph"]
    assert got[4].text.startswith("O teor de proteína")


def test_a_one_sentence_note_after_a_marked_note_and_a_wrapped_note() -> None:
    lines = [
        "* Mean ± standard deviation (n = 16) is used to express the data.",
        "On the same line, values preceded by various letters differ substantially (Tukey’s test, p > 0.05).",
    ]
    assert _starts(lines, 110, P) == [0, 1]
    # a line running the measure wraps the note even where it ends on a stop
    lines = [
        "a Silva MAM. Migração e adoecimento: a cultura e o espaço de simbolização da doença [tese de doutorado].",
        "Campinas (SP): Faculdade de Ciências Médicas da Universidade de Campinas; 2004.",
    ]
    assert _starts(lines, 110, P) == [0]
    assert _starts(lines, 140, P) == [0, 1]  # (the boundary: table_prose_width of the measure)


def test_a_one_sentence_note_in_a_unit_of_its_own_after_a_marked_note() -> None:
    """Bragantia (pdftotext): the table's last cells, then its two notes, each a unit of
    its own; the second names no mark but is a sentence after a note."""
    cells = units(
        "1,458.3 ± 31.36", "1,472.1 ± 34.00", "0.24", "Full-bloom\nSetting\nVeraison", "Rootstocks",
        "* Mean ± standard deviation (n = 16) is used to express the data.",
        "On the same line, values preceded by various letters differ substantially (Tukey’s test, p > 0.05).",
    )  # fmt: skip
    kept, notes = part(cells, 110, P)
    assert [u.text for u in kept][-1] == "Rootstocks"
    assert [b.text[:18] for b in notes] == ["* Mean ± standard ", "On the same line, "]
    # Without the note before it, the sentence is no note by itself.
    kept, notes = part([*cells[:5], cells[6]], 110, P)
    assert kept[-1].text.startswith("On the same line") and not notes


def test_marked_notes_before_the_source_under_rows_read_as_paragraphs() -> None:
    """Cad. saúde colet. (pypdf): the table's rows came as paragraphs (no grid), then its
    notes: ``* ...`` and ``CV% = ...`` are notes because the run ends on its source."""
    got = kinds(
        "Sul 96,4 91,5 – 98,5 0,05 7,4 5,0 – 10,6 18,5 Sudeste 97,9 95,0 – 99,1 0,01 6,9 5,1 – 9,4 15,6",
        "* Coeficiente de variação amplo (> 30%), estimativas com baixa precisão",
        "CV% = coeficiente de variação; IC95% = intervalo de confiança de 95%",
        "Fonte: Pesquisa Nacional de Saúde, 2013",
        "Em relação à idade gestacional em que o pré-natal iniciou, a maioria das mulheres o fez cedo.",
    )
    assert [k for k, _ in got[1:4]] == ["footnote"] * 3
    # without the source, ``*`` opens a bulleted item as anywhere else
    got = kinds("* Coeficiente de variação amplo (> 30%), estimativas", "* Outro item da lista", "Em relação à idade.")
    assert got[0][0] == "list_item"


def test_a_list_s_run_in_labels_are_no_notes_under_a_table() -> None:
    """Rev. adm. contemp. (pdfminer): a numbered list, each marker alone on its line, its
    items opening with a label and a colon (``3.`` / ``Topic: the process ...``), in a paper
    with table captions: the label is no abbreviation defined under a table, the marker no
    row's last figure. An abbreviation's key is short or holds capitals (``Av:``, ``OM:``)."""
    assert not opens_note("Topic: the process of identifying and selecting the articles is")
    assert not opens_note("Language: the review considered articles in Portuguese,")
    assert opens_note("Av: average; Cu: cumulative.") and opens_note("APC: Annual Percent Change;")
    # A longer key spelt out by the word after it is an abbreviation too.
    for note in ("Prod: produtividade (kg/ha); Alt: altura (m)", "Ctrl: control group;", "Máx: máximo; Mín: mínimo."):
        assert opens_note(note), note
    assert opens_note("Legenda: M = média; DP = desvio padrão.")
    got = kinds(
        "The following criteria were adopted for the selection of the articles of the review, as Table 1 shows:",
        "3.\nTopic: the process of identifying and selecting the articles is\nconducted by reading the titles;",
        "4.\nResearch design: empirical studies that report the development\nof virtues scales;",
        "Table 1. Number of references per database, query, and search format.",
    )
    assert [k for k, _ in got[1:3]] == ["list_item", "list_item"]
    assert got[1][1].startswith("Topic: the process")


def test_a_pages_notes_read_between_the_caption_and_the_cells_are_notes() -> None:
    """Rev. Bras. Educ. Espec. (pdfminer): the caption ends a page, whose numbered notes
    (across both columns: wider than the body's measure) come before the table on the next
    page; they are notes, not the table's first rows."""
    made = units(
        "Os avanços no acesso à educação para o público da\n"
        "Educação Especial também podem ser identificados\n"
        "nas estatísticas educacionais do Censo Escolar, que\n"
        "traz os dados de matrículas por etapa de ensino,\n"
        "conforme apresentado na Tabela 1.",
        "Tabela 1: Matrículas do público da Educação Especial na Educação Básica",
        "1. Para aprofundar essa discussão sobre a constituição da Educação Especial como campo de produção\n"
        "científica, nacionais como os de Bueno e Souza (2018), Casagrande (2021), Casagrande e Mainardes.",
        *ONE_COLUMN,
    )
    # The caption ends page 1 with its notes; the cells are on page 2.
    made = [u if k < 3 else replace(u, page=2) for k, u in enumerate(made)]
    blocks = build_document(CleanResult(made), Metadata()).blocks
    got = [(b.kind, b.text) for b in blocks]
    assert [k for k, _ in got] == ["paragraph", "table", "footnote"]
    assert got[1][1].startswith("Público Matrículas") and got[2][1].startswith("1. Para aprofundar")
    # On the table's own page, a long numbered first line is no page note (a cell, or text).
    same_page = [replace(u, page=1) for u in made]
    assert "footnote" not in [b.kind for b in build_document(CleanResult(same_page), Metadata()).blocks]


def test_a_pages_numbered_note_after_a_finished_note_is_a_note_of_its_own() -> None:
    """rbee-30 (pdfminer): under the table, its source note runs the measure and ends its
    sentence; the page's note 7 on the next line is a second note, not the source's rest."""
    cells = units(
        "Público",
        "Deficiência Física",
        "Baixa Visão",
        "Matrículas",
        "163.790",
        "86.867",
        "Nota. Elaborado com base no Censo Escolar de 2023 (Inep, 2024).\n"
        "7 Na PNEEPEI de 2008, o termo usado é “transtornos globais do desenvolvimento”.",
    )
    kept, notes = part(cells, 60, P)
    assert [u.text for u in kept] == [u.text for u in cells[:-1]]
    assert [n.text for n in notes] == [
        "Nota. Elaborado com base no Censo Escolar de 2023 (Inep, 2024).",
        "7 Na PNEEPEI de 2008, o termo usado é “transtornos globais do desenvolvimento”.",
    ]
