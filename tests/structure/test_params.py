"""Every threshold of ``StructureParams`` moved across its boundary on a small real example
(as pdfminer tests ``line_margin`` 0.19 against 0.21): at ``holds`` the example is read one
way (``decide`` is true), just past it (``breaks``) the other way, and the default reads it
as at ``holds``. A field without a case here fails ``test_every_threshold_has_a_case``."""

from __future__ import annotations

import copy
import functools
import textwrap
from collections.abc import Callable
from dataclasses import fields
from typing import Any

import pytest
from make import doc, kinds, layout_outline, layout_page, outline, paged, params
from test_blocks import (
    LONG_SUBSECTION,
    RBEE_AFTER,
    RBEE_BODY,
    RBEE_NOTES,
    SISCOLO,
    SYNTHESIS,
    TWO_LINE_HEADING,
    notes_of,
)
from test_front import KEYWORDS_ON_A5, READ_UNDER_KEYWORDS
from test_quote import (
    ADOPTION,
    FEEDBACK,
    INTRO,
    JOINED,
    LIVE,
    NAPOLEON,
    NAPOLEON_AFTER,
    NAPOLEON_QUOTE,
    OBSERVED,
    SIBLINGS,
    VOLOCHINOV,
    WORKBENCH,
)
from test_quote import BODY as BODY_QUOTE
from test_references import CAPITALS_LIST, INTERLEAVED
from test_tables import (
    BIRDS,
    BY_COLUMNS,
    FUNDED,
    LEADING,
    MARKS_A_LINE,
    METHODS,
    ONE_RUN,
    SPANNED,
    STACK,
    VALUES_OCR,
    _boxed,
    _tlines,
)

from conftest import CORPUS
from galley.clean import clean
from galley.inputs.read import read_path, to_lines
from galley.model import CleanResult, Document, Metadata, Removed, Unit
from galley.params import PARAMS, Params, StructureParams
from galley.structure import build_document, table_notes, with_offsets
from galley.structure.front.names import split_names
from galley.structure.tables.columns import by_label_column
from galley.structure.tables.pairs import by_label_sentences
from galley.structure.tables.region import key_runs
from galley.structure.tables.rows import (
    by_continuation,
    by_figure,
    by_leading,
    by_marks,
    by_numbers,
    by_values,
    mark_tail,
)

UNPAGED_INTRO = NAPOLEON.replace("(1982, p. 144)", "(1982)")  # its sentence cites no page
PARA = "We delivered this workshop three times on-line. Participants were graduate and undergraduate students."
_NOTES_LINES = [
    "Sudoeste (SO) 47,6 45,4 6,7 0,3",
    "# Dados ausentes para 39 mulheres das categorias “ignorado”;",
    "* Coeficiente de variação = 0,53",
    "IC95% = intervalo de confiança de 95%",
    "em que yij é a variável resposta do i-ésimo aluno.",
]
_NOTES_UNIT = Unit("\n".join(_NOTES_LINES), "paragraph", 1, 5, _NOTES_LINES)
PARA2 = "The lessons were written in Jupyter notebooks and shared on GitHub for anyone to reuse."
TITLE = "A practical guide to climate econometrics"
AUTHORS = "Jane Smith1 and John Doe2"
LONG_WORD = "Interdisciplinary-Transdisciplinary-Metascience"
AFFILIATIONS = "1 University of Bergen 2 University of Oslo"
SUMMARY = ("Summary", "The use of econometrics to study how economies respond to weather has started a torrent.")
# 40 words, 24 of them opening in lower case (0.6): running prose.
PROSE = (
    "Econometric Tutorials Walk Through The Decisions Such A Study Makes From The Data To The Model: studies of "
    "weather shocks have grown quickly in the last decade and students now meet them in many courses with code in "
    "most languages."
)


def why(d: Document, text: str) -> str:
    return next((r.why for r in d.removed if r.text == text), "")


def headings(d: Document) -> list[str]:
    return [h.text for h in d.headings()]


def authors(d: Document) -> list[str]:
    return [a.name for a in d.meta.authors]


def quotes(*texts: str, p: Params) -> int:
    """Block quotes among the blocks of a lesson's body paragraphs and ``texts``."""
    return sum(b.kind == "quote" for b in doc(LIVE, WORKBENCH, FEEDBACK, ADOPTION, *texts, p=p).blocks)


# A quotation set in smaller type: its lines run past the body's measure (about 90).
# (without its closing source: after a colon, a source in brackets makes it a quotation
# whatever its measure, see quote.sourced)
SMALL_TYPE = textwrap.fill(" ".join(LIVE.split()).removesuffix(" (Lang, 2021).") + ".", 108)


@functools.cache
def _cleaned(paper: str, variant: str) -> CleanResult:
    path = CORPUS / paper / f"{variant}.txt"
    if not path.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return clean(to_lines(read_path(path)))


def paper(name: str, variant: str, p: Params) -> Document:
    """A corpus paper's Document (tables, lists: their thresholds need a whole page of text
    around them, the body's measure first)."""
    return build_document(copy.deepcopy(_cleaned(name, variant)), Metadata(), p)


# hoehnea-49 (pdftotext): a table of three cells a line each, row after row.
CELL_A_LINE = (
    "Conforme a tabela 1, o primeiro estudo a classificar as espécies por suas respectivas categorias foi\n"
    "realizado por Budowski (1965), este utilizou as categorias pioneira, secundária inicial, secundária\n"
    "tardia e clímax, e outros autores classificaram as espécies de forma mais sucinta.\n\n"
    "Table 1. Sucessional classification adopted by some authors over the years.\n"
    + "\n\n".join(
        "Ano Autor Classificação 1965 Budowski Pioneira,_secundária_e_clímax 1971 Gómez-Pompa "
        "Primária_e_secundária 1980 Denslow Pioneira,_secundária_e_sub-bosque 2017 Moura_&_Mantovani "
        "Pioneira,_secundária_inicial,_secundária_tardia_e_sub-bosque".split()
    ).replace("_", " ")
    + "\n\nA classificação das espécies, segundo a categoria sucessional, foi baseada, principalmente, em\n"
    "observações de campo e em trabalhos realizados por outros autores da região metropolitana.\n"
)


# bn-22: a row with two marks, one under the other.
TWO_MARKS = [*MARKS_A_LINE, "Lessingianthus zuccarinianus (Mart. ex DC.) H.Rob.", "X", "VU"]


# cadsc-31 (pypdf): rows of an age group, their labels numbers too, one row a line.
AGE_GROUPS = (
    "A prevalência ponderada de diabetes na gestação na amostra estudada foi de 6,6%.\n"
    "As características das mulheres estão apresentadas na tabela a seguir, por idade.\n"
    "Tabela 1 - Características das mulheres segundo a idade\n"
    "Característica % n IC95%\n"
    "Total 6,6 106 5,0\n"
    "Faixa etária\n"
    "18-29 5,5 61 3,3\n"
    "30-39 7,4 35 4,2\n"
    "40-49 17,3 10 7,2\n"
)


def from_text(text: str, p: Params) -> Document:
    return build_document(clean(to_lines(text), params=p), Metadata(), p)


def grids(d: Document) -> list[int]:
    """Rows of each table's rebuilt grid (0: the table's text, no grid)."""
    return [len(b.rows or ()) for b in d.blocks if b.kind == "table"]


def paragraphs(d: Document) -> int:
    return sum(b.kind == "paragraph" for b in d.blocks)


def _unit(*lines: str) -> Unit:
    return Unit(" ".join(lines), "line", 0, 0, list(lines))


# Keys that open their rows, the second row's text wrapped into three units of its own.
WRAPPED_ROWS = [
    _unit("File Name Description"),
    _unit("01_Rotation_Curve.ipynb Animations of", "rotation curves."),
    _unit("02_Widget_Dark_Matter.ipynb Interactive widget to"),
    _unit("introduce dark matter"),
    _unit("and the components of"),
    _unit("a galaxy."),
    _unit("03_Measured_Data.ipynb Rotation curve plotting", "of measured velocities."),
    _unit("04_Plotting_Curves.ipynb Plotting the rotation", "curves of galaxy components."),
    _unit("The modules are designed to be presented to participants in numeric order as part of a", "x" * 88),
]
SHORT_ROW = [
    "Resource Description and focus",
    "Landing page Provides an accessible overview of the course, aimed to engage students who are new",
    "to the course and its materials.",
    "Syllabus Offers a structured, detailed overview of course objectives, content, and pedagogy",
    "complementing the landing page.",
    "Slides Slides in Markdown (Marp).",
]

Case = tuple[str, Any, Any, Callable[[Params], bool]]
CASES: list[Case] = [
    # -- where the front matter ends --
    ("front_limit", 4, 3, lambda p: doc(TITLE, AUTHORS, AFFILIATIONS, *SUMMARY, p=p).meta.title == TITLE),
    ("prose_min_words", 40, 41, lambda p: doc(TITLE, AUTHORS, AFFILIATIONS, PROSE, p=p).meta.title == TITLE),
    ("prose_lower_share", 0.6, 0.61, lambda p: doc(TITLE, AUTHORS, AFFILIATIONS, PROSE, p=p).meta.title == TITLE),
    # jose.00239 in two columns: 22 words read under the keyword line, 20 in lower case.
    (
        "front_body_min_words",
        22,
        23,
        lambda p: doc(*READ_UNDER_KEYWORDS, p=p).blocks[0].text.startswith("However, there are"),
    ),
    # jose.00302 set in A5: "...; reliability" / "engineering; availability; maintainability;
    # reliability testing;" goes on, in pieces of two words at most.
    ("keyword_max_words", 2, 1, lambda p: "reliability testing" in doc(*KEYWORDS_ON_A5, p=p).meta.keywords),
    (
        "keywords_reach",
        4,
        3,
        lambda p: (
            doc("Abstract", PARA, PARA2, "Keywords: climate, econometrics", p=p).meta.keywords
            == ["climate", "econometrics"]
        ),
    ),
    # -- front-matter lines --
    (
        "sidebar_label_max_words",
        6,
        5,
        lambda p: why(
            doc(TITLE, AUTHORS, "Editor: Kristen Thyng of Open Journals", *SUMMARY, p=p),
            "Editor: Kristen Thyng of Open Journals",
        ).startswith("journal sidebar label"),
    ),
    (
        "licence_line_max_words",
        4,
        3,
        lambda p: why(
            doc(
                TITLE,
                AUTHORS,
                AFFILIATIONS,
                "License",
                "Authors of papers retain copyright and release the",
                "work under a Creative",
                "Commons Attribution 4.0 International License (CC BY 4.0).",
                *SUMMARY,
                p=p,
            ),
            "work under a Creative",
        ).startswith("journal sidebar: licence"),
    ),
    (
        "contact_max_words",
        4,
        3,
        lambda p: why(
            doc(TITLE, AUTHORS, "Contact Jane Smith at jane.smith@uib.no", *SUMMARY, p=p),
            "Contact Jane Smith at jane.smith@uib.no",
        ).startswith("title block: contact"),
    ),
    (
        "journal_name_min_words",
        5,
        6,
        lambda p: why(
            doc("JOURNAL OF OPEN SOURCE EDUCATION", TITLE, AUTHORS, *SUMMARY, p=p), "JOURNAL OF OPEN SOURCE EDUCATION"
        ).startswith("front matter: page number"),
    ),
    (
        "author_search_lines",
        5,
        4,
        lambda p: (
            authors(
                doc(
                    "a practical guide to climate econometrics:",
                    "navigating key decision points",
                    "in weather and climate",
                    "data analysis",
                    "James A. Rising1 and Ana Trisovic2",
                    *SUMMARY,
                    p=p,
                )
            )
            == ["James A. Rising", "Ana Trisovic"]
        ),
    ),
    (
        "author_marker_reach",
        3,
        2,
        lambda p: (
            authors(doc(TITLE, "James Rising", "Trisovic 4", "1", ", Azhar Hussain", "2", ", and Ana", *SUMMARY, p=p))
            == ["James Rising", "Azhar Hussain", "Ana Trisovic"]
        ),
    ),
    (
        "single_author_search_lines",
        3,
        2,
        lambda p: (
            authors(doc("special relativity in r:", "the lorentz package", "Robin Hankin", *SUMMARY, p=p))
            == ["Robin Hankin"]
        ),
    ),
    (
        "author_last_name_reach",
        2,
        1,
        lambda p: (
            "Alfred Winter"
            in authors(
                doc(
                    TITLE,
                    "Anna Brakemeier1, Sophie Kuhn2,",
                    "1 University of Leipzig",
                    "Alfred Winter3",
                    "2 University of Heidelberg",
                    *SUMMARY,
                    p=p,
                )
            )
        ),
    ),
    (
        "name_max_words",
        6,
        5,
        lambda p: (
            authors(doc(TITLE, "Juan Carlos Maria Garcia Lopez Perez1 and Ana Lima2", *SUMMARY, p=p))
            == ["Juan Carlos Maria Garcia Lopez Perez", "Ana Lima"]
        ),
    ),
    (
        "name_caps_max_chars",
        2,
        1,
        lambda p: authors(doc(TITLE, "LI Wei1 and Ana Chen2", *SUMMARY, p=p)) == ["LI Wei", "Ana Chen"],
    ),
    (
        "author_line_max_chars",
        len("Jane Smith1, John Doe2, Ana Lima3 and Bob Stone4"),
        len("Jane Smith1, John Doe2, Ana Lima3 and Bob Stone4") - 1,
        lambda p: len(authors(doc(TITLE, "Jane Smith1, John Doe2, Ana Lima3 and Bob Stone4", *SUMMARY, p=p))) == 4,
    ),
    (
        "name_tail_max_words",
        2,
        1,
        lambda p: (
            "Ana Trisovic"
            in authors(
                doc(TITLE, "James Rising1, Azhar Hussain2, Kevin Schwarzwald3,", "and Ana Trisovic4", *SUMMARY, p=p)
            )
        ),
    ),
    (
        "affiliation_min_commas",
        4,
        5,
        lambda p: (
            doc(
                "AstronomyCalc: A python toolkit for teaching\nAstronomical Calculations and Data Analysis methods",
                "Nordita, KTH Royal Institute of Technology and Stockholm University, Hannes Alfvéns väg 12, "
                "SE-106 91\nStockholm, Sweden",
                "Sambit K. Giri",
                *SUMMARY,
                p=p,
            ).meta.title
            == "AstronomyCalc: A python toolkit for teaching Astronomical Calculations and Data Analysis methods"
        ),
    ),
    (
        "case_slip_min_names",
        3,
        4,
        lambda p: (
            split_names("Djura smits1, Peter Steinbach1, Berend Weel1, Samantha Wittke1", p.structure) is not None
        ),
    ),
    (
        "citation_min_repeats",
        2,
        3,
        lambda p: (
            doc(
                TITLE,
                AUTHORS,
                *SUMMARY,
                removed=[
                    Removed(n, "Journal of Open Source Education, 9 (97), 292.", "running-footer", "") for n in (40, 90)
                ],
                p=p,
            ).meta.volume
            == "9"
        ),
    ),
    (
        "citation_max_words",
        4,
        3,
        lambda p: (
            doc(TITLE, AUTHORS, "Biota Neotrop. 2022;22(1):e20211306 (online)", *SUMMARY, p=p).meta.volume == "22"
        ),
    ),
    (
        "title_min_words",
        2,
        1,
        # One word, too long for the title's first word to have fitted after it: only its
        # word count says it is no part of the title.
        lambda p: doc(LONG_WORD, TITLE, AUTHORS, AFFILIATIONS, *SUMMARY, p=p).meta.title == TITLE,
    ),
    (
        # Rev. Saúde Pública (CC BY): the title, its translation under it. The Portuguese
        # title's function words give Portuguese 1.5 votes (do, na: 1; de twice, shared).
        "translation_min_votes",
        1.5,
        1.51,
        lambda p: (
            doc(
                "Impacto do estresse na saúde de cortadores de cana\n"
                "Impact of stress on the health of sugarcane cutters",
                AUTHORS,
                AFFILIATIONS,
                *SUMMARY,
                p=p,
            ).meta.title
            == "Impacto do estresse na saúde de cortadores de cana"
        ),
    ),
    # -- units cut before classification --
    (
        "leading_heading_width",
        round(len("Course structure and timing") / len("undergraduate students from a range of fields.") + 0.005, 3),
        round(len("Course structure and timing") / len("undergraduate students from a range of fields.") - 0.005, 3),
        lambda p: (
            headings(
                doc(
                    "Course structure and timing\nWe delivered this workshop three times.\n"
                    "undergraduate students from a range of fields.",
                    p=p,
                )
            )
            == ["Course structure and timing"]
        ),
    ),
    (
        # jose.00206 (CC BY) as pdftotext joined its printed lines: the widest line under the
        # first (95 characters) is 95 / 55 = 1.727 times the next widest.
        "leading_joined_share",
        1.72,
        1.73,
        lambda p: (
            headings(
                doc(
                    "The complete and up-to-date set of features Manim\n"
                    "Slide supports is available in the online documentation. For new feature requests, we encourage\n"
                    "users to create an issue with the appropriate template.\n"
                    "Each issue gets an answer.",
                    p=p,
                )
            )
            == []
        ),
    ),
    (
        "leading_heading_max_words",
        5,
        4,
        lambda p: (
            headings(
                doc(
                    "Course structure and weekly timing\nWe delivered this workshop three times on-line to\n"
                    "undergraduate students from a range of fields.",
                    p=p,
                )
            )
            == ["Course structure and weekly timing"]
        ),
    ),
    (
        "leading_known_width",
        round(len("Methods") / len("42 participants took part in the study.") + 0.005, 3),
        round(len("Methods") / len("42 participants took part in the study.") - 0.005, 3),
        lambda p: headings(doc("Methods\n42 participants took part in the study.", p=p)) == ["Methods"],
    ),
    (
        "leading_known_max_words",
        4,
        3,
        lambda p: (
            headings(doc("Conclusions and future work\nWe found that the rules work.\nThey fail on tables.", p=p))
            == ["Conclusions and future work"]
        ),
    ),
    (
        "trailing_heading_width",
        round(len("Teaching materials") / len("Familiarity with git is a bonus.") + 0.005, 3),
        round(len("Teaching materials") / len("Familiarity with git is a bonus.") - 0.005, 3),
        lambda p: (
            "Teaching materials" in headings(doc("Familiarity with git is a bonus.\nTeaching materials", PARA, p=p))
        ),
    ),
    (
        "code_line_max_words",
        4,
        3,
        lambda p: [b.kind for b in doc(PARA, "$ pip install galley", PARA2, p=p).blocks][1] == "code",
    ),
    # -- block rules --
    (
        "short_line_words",
        5,
        4,
        lambda p: (
            "Appendix: Survey questions and answers"
            in headings(
                doc(
                    "References",
                    "Carleton, T. A., & Hsiang, S. M. (2016). Social and economic impacts. Science, 353.",
                    "Appendix: Survey questions and answers",
                    "Question one asked about the background of students.",
                    p=p,
                )
            )
        ),
    ),
    ("cell_run", 3, 2, lambda p: headings(doc(PARA, "Data collection", "Survey design", PARA2, p=p)) != []),
    (
        "dense_reach",
        2,
        1,
        lambda p: (
            "Course structure"
            in headings(
                doc(
                    PARA,
                    PARA2,
                    PARA,
                    "9 weeks.",
                    "Course structure",
                    "12 hours of exercises.",
                    PARA2,
                    PARA,
                    PARA2,
                    p=params(dense_reach=p.structure.dense_reach, dense_min_window=3),
                )
            )
        ),
    ),
    (
        "dense_min_window",
        10,
        9,
        lambda p: (
            "Course structure"
            in headings(
                doc(
                    PARA,
                    PARA2,
                    PARA,
                    "9 weeks.",
                    "Course structure",
                    "12 hours of exercises.",
                    PARA2,
                    PARA,
                    PARA2,
                    p=params(dense_min_window=p.structure.dense_min_window, dense_share=0.33),
                )
            )
        ),
    ),
    (
        "dense_share",
        0.34,
        0.33,
        lambda p: (
            "Course structure"
            in headings(
                doc(
                    PARA, PARA2, PARA, "9 weeks.", "Course structure", "12 hours of exercises.", PARA2, PARA, PARA2, p=p
                )
            )
        ),
    ),
    # jbchs-32 (pdfminer): a method's heading between two paragraphs of five lines, in a
    # stretch of short pieces.
    (
        "paragraph_beside_lines",
        5,
        6,
        lambda p: "Synthesis of (rac)-1-phenylethanol" in headings(doc(*SYNTHESIS, p=p)),
    ),
    # ... the paragraph above runs 54 characters at most, the body's measure 56 (0.964).
    (
        "beside_measure_share",
        0.964,
        0.965,
        lambda p: "Synthesis of (rac)-1-phenylethanol" in headings(doc(*SYNTHESIS, p=p)),
    ),
    # Ciência & Educação (pdfminer): a two-line heading whose first line (47 characters on
    # a measure of 54) wrapped before the next word would have fitted.
    (
        "heading_wrap_min_share",
        0.87,
        0.871,
        lambda p: [b.kind for b in doc(*TWO_LINE_HEADING, p=p).blocks] == ["paragraph", "heading", "paragraph"],
    ),
    (
        "heading_max_lines",
        2,
        1,
        lambda p: (
            headings(
                doc(
                    "Abstract",
                    PARA,
                    "Learning to rank scholarly headings\nfrom plain text",
                    PARA2,
                    p=p,
                    heading_units=frozenset({2}),
                )
            )[-1:]
            == ["Learning to rank scholarly headings from plain text"]
        ),
    ),
    # cadsc-31: a table's source, set under it.
    (
        "table_note_max_lines",
        3,
        2,
        lambda p: (
            "footnote"
            in [
                b.kind
                for b in doc(
                    PARA,
                    "Fonte: Pesquisa Nacional de Saúde, 2013. Dados ponderados\npara a população adulta "
                    "brasileira, segundo as\nregiões do país.",
                    PARA2,
                    p=p,
                ).blocks
            ]
        ),
    ),
    # cadsc-31 (pypdf): three notes under the rows, then the column's text goes on.
    (
        "table_notes_max_lines",
        3,
        2,
        lambda p: (
            "# Dados ausentes para 39 mulheres das categorias “ignorado”;"
            in [u.text for u in table_notes.cut([with_offsets(_NOTES_UNIT)], 60, p.structure)]
        ),
    ),
    # bak-p59099 (two narrow columns): the next section's heading wrapped onto three lines.
    (
        "numbered_heading_max_lines",
        3,
        2,
        lambda p: (
            "3.4 Projeções das dimensões extralinguísticas do enunciado na realização do conteúdo temático"
            in headings(
                doc(
                    "3.3 Da situação de interação",
                    PARA,
                    "3.4 Projeções das dimensões extralinguísticas\ndo enunciado na realização do conteúdo\ntemático",
                    PARA2,
                    p=p,
                )
            )
        ),
    ),
    (
        "body_min_words",
        9,
        10,
        lambda p: (
            headings(
                doc(
                    PARA,
                    "Course structure",
                    "Participants were graduate and undergraduate students from many fields",
                    p=p,
                )
            )
            == ["Course structure"]
        ),
    ),
    (
        "body_sentence_min_words",
        3,
        4,
        lambda p: headings(doc(PARA, "Course structure", "Students loved it.", p=p)) == ["Course structure"],
    ),
    (
        "closed_max_words",
        7,
        6,
        lambda p: (
            "Installing Python"
            in headings(doc(PARA, "Setting up the software\nfor the course", "Installing Python", PARA2, p=p))
        ),
    ),
    # -- block quotes (structure/blocks/quote.py) --
    ("quote_slack", 0.05, 0.06, lambda p: quotes(JOINED, p=p) == 3),
    ("quote_measure_edge", 0.9, 0.85, lambda p: quotes(JOINED, p=p) == 3),
    ("quote_wide", 0.13, 0.14, lambda p: quotes(INTRO, SMALL_TYPE, p=p) == 1),
    # Trans/Form/Ação: four lines at the body's measure closed by their source and page
    # (the sentence before them without its page: ``page_introduced`` would claim them).
    (
        "quote_paged_min_lines",
        4,
        5,
        lambda p: [b.kind for b in doc(UNPAGED_INTRO + NAPOLEON_QUOTE, NAPOLEON_AFTER, p=p).blocks].count("quote") == 1,
    ),
    # Bakhtiniana: ``Conforme Volóchinov (2019, p.121; grifo no original),`` fills 54 of the
    # measure's 83 characters (0.65): a quotation follows; a fuller line ends a clause.
    (
        "quote_intro_max_share",
        0.65,
        0.645,
        lambda p: [k for k, _ in kinds(BODY_QUOTE, BODY_QUOTE, VOLOCHINOV, p=p)][2:] == ["paragraph", "quote"],
    ),
    # Rev. Saúde Pública (pypdf): after a note set wider, ``Cecílio & Merhy7 afirmam ...``
    # (48 characters of the next lines' longest 51: 0.94) opens the body's paragraph again.
    (
        "note_body_share",
        0.94,
        0.945,
        lambda p: any(b.kind == "paragraph" and b.text.startswith("Cecílio") for b in doc(SISCOLO, p=p).blocks),
    ),
    # Esc. Anna Nery: a child's play and words closed by who he is (271 characters).
    ("attributed_max_chars", 271, 270, lambda p: quotes(SIBLINGS, OBSERVED.split("\nPeppa")[0], p=p) == 1),
    # -- lists: text after a list (structure/blocks/splits.py) --
    # A paragraph after the last one-sentence item is cut from it (its words: 32 or more).
    ("list_tail_min_words", 32, 33, lambda p: paragraphs(paper("jose.00206", "wp-double-pdfminer", p)) == 20),
    ("list_tail_share", 0.79, 0.81, lambda p: paragraphs(paper("jose.00184", "jose-poppler", p)) == 10),
    # -- tables (structure/tables/) --
    # Two survey tables, a cell a line (pypdf): both grids rebuilt beside their captions.
    ("table_min_units", 1, 0, lambda p: grids(paper("jose.00307", "jose-pypdf", p)) == [4, 5]),
    # The body's measure read from a tight crowd of paragraph lines: the text after the
    # tables is told from their cells (30 paragraphs).
    ("measure_band", 0.085, 0.08, lambda p: paragraphs(paper("jose.00307", "jose-pypdf", p)) == 30),
    ("table_prose_width", 0.955, 0.96, lambda p: paragraphs(paper("jose.00307", "jose-pypdf", p)) == 30),
    ("table_prose_share", 0.75, 0.76, lambda p: paragraphs(paper("jose.00184", "latex-twocol-poppler", p)) == 9),
    # A row's text wrapped into three units after its key: the run of keys goes on over them.
    ("table_cell_lines", 3, 2, lambda p: [(r.lo, r.hi) for r in key_runs(WRAPPED_ROWS, 90.0, p.structure)] == [(0, 8)]),
    # OCR: the sentences at a table's far end are the text around it (31 paragraphs).
    ("table_sentence_words", 12, 13, lambda p: paragraphs(paper("jose.00307", "ocr-tesseract", p)) == 31),
    ("table_sentence_width", 0.8, 0.81, lambda p: paragraphs(paper("jose.00307", "ocr-tesseract", p)) == 31),
    # A funding paragraph after a table, 11 function words of 36: a sentence, not a row.
    (
        "table_sentence_function_share",
        0.3,
        0.31,
        lambda p: all("supported" not in b.text for b in from_text(FUNDED, p).blocks if b.kind == "table"),
    ),
    # A column's repeated value (``Beginner``) goes on a row: the second grid is rebuilt.
    ("table_repeat_min", 2, 1, lambda p: grids(paper("jose.00260", "wp-double-pdfminer", p)) == [5, 4]),
    # Rows told by lower-case continuations need long first lines: a row's first line of 33
    # characters under one of 96 (0.34 of it) is too short to tell a row, the table stays text.
    ("table_row_width", 0.35, 0.33, lambda p: by_continuation(_tlines(SHORT_ROW), p.structure) is None),
    # Layout text: gaps of 12 spaces or fewer part the second table's cells.
    ("table_gap_spaces", 12, 13, lambda p: grids(paper("jose.00260", "pypdf-layout", p)) == [5, 5]),
    ("table_min_rows", 5, 6, lambda p: grids(paper("jose.00260", "pypdf-layout", p)) == [5, 5]),
    # Cad. saúde colet. (pdfminer): one header line above each column of figures.
    ("table_header_max_lines", 1, 0, lambda p: grids(from_text(BY_COLUMNS, p)) == [7]),
    # Rev. Saúde Pública (pdfminer): a run of 12 figures, three columns of four rows.
    ("table_run_columns", 3, 4, lambda p: grids(from_text(ONE_RUN, p)) == [5]),
    # Rev. Saúde Pública (pdfminer): four columns' headers run into one line of 14 words,
    # 97 characters against the longest label's 31 (3.13 times).
    ("table_merged_header_words", 3, 4, lambda p: by_label_column(_tlines(SPANNED), p.structure) is not None),
    ("table_merged_header_width", 3.1, 3.2, lambda p: by_label_column(_tlines(SPANNED), p.structure) is not None),
    # hoehnea-49 (pdftotext): three cells a line each, row after row.
    ("table_period_max", 3, 2, lambda p: grids(from_text(CELL_A_LINE, p)) == [5]),
    # rbef-43 (pdfminer): a costs table of 32 lines a cell each, no caption beside it.
    ("table_stack_lines", 32, 33, lambda p: [b.kind for b in from_text(STACK, p).blocks].count("table") == 1),
    # A figure's labels: two keys of one shape are no rows.
    ("table_min_keys", 2, 1, lambda p: grids(paper("jose.00180", "jose-pdfminer", p)) == []),
    ("table_numbers_min", 2, 1, lambda p: grids(paper("jose.00184", "latex-twocol-pdfminer", p)) == [11]),
    # A cell of 12 words (the 1st of the age groups' label, long): at most 12 words a cell,
    # the grid stands; at most 11, it is no table's grid and the text stays verbatim.
    (
        "table_cell_max_words",
        12,
        11,
        lambda p: (
            grids(
                from_text(
                    AGE_GROUPS.replace("18-29", "Mulheres de dezoito a vinte e nove anos na data da entrevista"), p
                )
            )
            == [6]
        ),
    ),
    # Age groups, a row a line of four numbers: each its own row (else one row of them all).
    ("table_row_numbers", 4, 5, lambda p: grids(from_text(AGE_GROUPS, p)) == [6]),
    # pdfminer's second survey table: its rows of figures agree too little to be a grid.
    ("table_row_agreement", 0.51, 0.5, lambda p: grids(paper("jose.00307", "jose-pdfminer", p)) == [0, 0]),
    # rbee-30 (pypdf): a header of two lines above rows of a label and one figure each.
    (
        "table_figure_header_lines",
        2,
        1,
        lambda p: (
            by_figure(_tlines(["Público", "Matrículas", "Baixa Visão 86.867", "Total 1.771.430"]), p.structure)
            is not None
        ),
    ),
    # bjb-83 (pypdf): ``2iP`` (one word) above the next dose's row is a row of its own.
    ("table_group_words", 1, 0, lambda p: ["2iP"] in (by_leading(_tlines(LEADING), p.structure) or ([],))[0]),
    # paz-62 (pypdf): a row of figures ends on two codes (``2.0 RA Und,``), cells of the row.
    (
        "table_codes_max",
        2,
        1,
        lambda p: (
            ["Piaya cayana (Linnaeus, 1766)", "1", "3", "2.0", "RA", "Und, Can"]
            in (by_numbers(_tlines(BIRDS), p.structure) or ([],))[0]
        ),
    ),
    # bn-22 (pdftotext): a checklist of species, each followed by its marks; X four times.
    ("table_mark_repeats", 4, 5, lambda p: by_marks(_tlines(MARKS_A_LINE), p.structure) is not None),
    # As many rows of marks as loose lines (the families, the species) after the first.
    ("table_marked_share", 1.0, 1.01, lambda p: by_marks(_tlines(MARKS_A_LINE), p.structure) is not None),
    # hoehnea-49 (pypdf): ``araticum X I NP ZOO 117``, four marks and the specimen's number.
    ("table_marks_before_figure", 4, 5, lambda p: mark_tail("araticum X I NP ZOO 117", p.structure)[1] != []),
    # One row of nine with two marks one under another (``X`` / ``VU``).
    ("table_marks_stacked", 0.12, 0.11, lambda p: by_marks(_tlines(TWO_MARKS), p.structure) is not None),
    # ``Annonaceae`` (10 characters against 49 of the widest name) is a family's row.
    (
        "table_wrap_width",
        0.21,
        0.2,
        lambda p: ["Annonaceae"] in (by_marks(_tlines(MARKS_A_LINE), p.structure) or ([],))[0],
    ),
    # jose.00292 Table 1 (OCR): 44 characters before ``Beginner`` on one row's line, 33
    # before ``Intermediate`` on another's.
    ("table_value_spread", 1.34, 1.33, lambda p: by_values(_tlines(VALUES_OCR), p.structure) is not None),
    # jose.00260 Table 2: its longest label, ``Live coding or`` / ``demonstrations``.
    ("table_label_max_words", 4, 3, lambda p: by_label_sentences(_boxed(METHODS), p.structure) is not None),
    (
        "list_max_number",
        60,
        59,
        lambda p: (
            [b.kind for b in doc(PARA, "60. measurements were taken every day.", PARA2, p=p).blocks][1] == "list_item"
        ),
    ),
    (
        "headless_references_min",
        3,
        4,
        lambda p: (
            "reference"
            in [
                b.kind
                for b in doc(
                    "Acknowledgments",
                    "We thank the testers of the lesson for their careful feedback on every part.",
                    "Becker, E. A., Teal, T., & Michonneau, F. (2019). Data Carpentry lessons. Zenodo.",
                    "Darling, A. E., DeMaere, M. Z., & Gaio, D. (2019). Data for the gene school. Zenodo.",
                    "Kruchten, A. E. (2020). A curricular bioinformatics approach. F1000Research, 9.",
                    p=p,
                ).blocks
            ]
        ),
    ),
    # jose.00240 (pdftotext, two columns): two entries among the acknowledgement's lines.
    ("gathered_min", 2, 3, lambda p: [b.kind for b in doc(*INTERLEAVED, p=p).blocks].count("reference") == 4),
    # ... the second in three units: its first, then two pieces.
    ("entry_pieces_max", 2, 1, lambda p: [b.kind for b in doc(*INTERLEAVED, p=p).blocks].count("reference") == 4),
    # ``Teses e Dissertações:`` (three words) heads a group of a reference list.
    (
        "reference_group_max_words",
        4,
        2,
        lambda p: (
            "heading"
            in [
                b.kind
                for b in doc(
                    PARA,
                    "References",
                    "BARTHES, Roland. Aula. São Pulo: Cultrix, 1987.",
                    "Teses e Dissertações:",
                    "LIMA, Amanda Machado Alves de. O livro indígena. Dissertação, 2016.",
                    p=p,
                ).blocks[2:]
            ]
        ),
    ),
    # -- what a heading looks like --
    (
        "heading_max_chars",
        len("Course structure and learning outcomes"),
        len("Course structure and learning outcomes") - 1,
        lambda p: headings(doc(PARA, "Course structure and learning outcomes", PARA2, p=p)) != [],
    ),
    (
        "heading_max_words",
        5,
        4,
        lambda p: headings(doc(PARA, "Course structure and learning outcomes", PARA2, p=p)) != [],
    ),
    # Bakhtiniana: "3.4.1 Imagens de mulheres ... pelos assassinos" (15 words) after 3.4.
    ("numbered_heading_max_words", 15, 14, lambda p: len(doc(*LONG_SUBSECTION, p=p).headings()) == 2),
    (
        "question_heading_max_words",
        5,
        4,
        lambda p: headings(doc(PARA, "Why teach econometrics with Python?", PARA2, p=p)) != [],
    ),
    ("heading_min_letters", 3, 4, lambda p: headings(doc(PARA, "Ice", PARA2, p=p)) == ["Ice"]),
    ("heading_word_share", 0.5, 0.51, lambda p: headings(doc(PARA, "Cohort 2019 Group 2020", PARA2, p=p)) != []),
    (
        "known_heading_max_chars",
        len("Acknowledgements: the authors thank the reviewers"),
        len("Acknowledgements: the authors thank the reviewers") - 1,
        lambda p: (
            headings(
                doc(
                    "Participants were asked to bring laptops, and the sessions were run by",
                    "Acknowledgements: the authors thank the reviewers",
                    PARA2,
                    p=p,
                )
            )
            != []
        ),
    ),
    (
        "opening_max_words",
        7,
        6,
        lambda p: (
            doc(
                "Special relativity in R: the lorentz package",
                "Robin K. S. Hankin",
                "Introduction: the Lorentz transformation in special relativity",
                PARA,
                p=p,
            ).meta.title
            != ""
        ),
    ),
    # -- heading levels --
    (
        "max_heading_level",
        4,
        3,
        lambda p: outline("1 Method", PARA, "1.1.1.1 Deep", PARA2, p=p)[-1] == ("1.1.1.1 Deep", 4),
    ),
    (
        # Two sections in capitals (rac-26-e190379): a heading in mixed case inside the
        # second is its part; with one, capitals say nothing.
        "capitals_top_min",
        2,
        3,
        lambda p: (
            outline("INTRODUCTION", PARA, "METHODOLOGICAL PROCEDURES", PARA, "Development of scales", PARA2, p=p)[-1]
            == ("Development of scales", 2)
        ),
    ),
    (
        "announced_min_words",
        5,
        6,
        lambda p: (
            outline(
                "Observations",
                "This chapter covers Remote sensing observations from satellites and more.",
                "Remote sensing observations from satellites",
                PARA,
                p=p,
            )[-1][1]
            == 2
        ),
    ),
    (
        # jose.00239 (pypdf's layout mode): Summary, Statement of need, Acknowledgments and
        # References set off by a blank line, Slides set tight on its text: a subsection.
        "spaced_known_min",
        4,
        5,
        lambda p: ("Slides", 2) in layout_outline(layout_page(), p),
    ),
    (
        # ... the same with Acknowledgments set tight: three of the four.
        "spaced_known_share",
        0.75,
        0.76,
        lambda p: ("Slides", 2) in layout_outline(layout_page(known_tight=("Acknowledgments",)), p),
    ),
    (
        "announced_reach",
        len(" we delivered this workshop three times on line participants were graduate and undergraduate students")
        + 1,
        len(" we delivered this workshop three times on line participants were graduate and undergraduate students"),
        lambda p: (
            outline(
                "Observations",
                PARA,
                "This chapter covers (i) Remote sensing observations from satellites.",
                "Remote sensing observations from satellites",
                PARA2,
                p=p,
            )[-1][1]
            == 2
        ),
    ),
    # -- references --
    (
        "entry_year_reach",
        len("Kruchten, A. E. (2020)"),
        len("Kruchten, A. E. (2020)") - 1,
        lambda p: (
            "reference"
            in [
                b.kind
                for b in doc(
                    PARA,
                    "Becker, E. (2019). Data Carpentry lessons. Zenodo.",
                    "Darling, A. (2019). Data. Zenodo.",
                    "Kruchten, A. E. (2020). A curricular bioinformatics approach. F1000Research, 9.",
                    p=p,
                ).blocks
            ]
        ),
    ),
    (
        "numbered_share",
        0.5,
        0.75,
        lambda p: (
            [
                b.number
                for b in doc(
                    "References",
                    "[1] A. Author, Title one, in Proc. DocEng,",
                    "2019, pp. 1-10.",
                    "[2] B. Writer, Title two, in Proc. DocEng,",
                    "2020, pp. 3-9.",
                    p=p,
                ).blocks
                if b.kind == "reference"
            ]
            == ["1", "2"]
        ),
    ),
    # Biota Neotropica's list: 7 lines open with a surname in capitals, 1 with a publisher
    # that reads like a name ("Springer, Berlin,"): in a list set in capitals it opens no entry.
    (
        "capitals_list_share",
        7 / 8,
        7 / 8 + 0.001,
        lambda p: "Springer" not in [b.text[:8] for b in doc("References", CAPITALS_LIST, p=p).blocks],
    ),
    (
        "capitals_list_min",
        7,
        8,
        lambda p: "Springer" not in [b.text[:8] for b in doc("References", CAPITALS_LIST, p=p).blocks],
    ),
    # -- footnotes --
    (
        "note_reach",
        4,
        3,
        lambda p: any(
            r.kind == "note"
            for r in doc("The notebooks run on the website2 .", PARA, PARA2, "2A google account is required.", p=p)
            .blocks[0]
            .runs()
        ),
    ),
    (
        # (the notes' wrapped lines, 96 characters at the shortest, in a body of 84: 1.14 times)
        "note_type_share",
        1.14,
        1.15,
        lambda p: "campo." in notes_of(paged((RBEE_BODY, *RBEE_NOTES), RBEE_AFTER, p=p)),
    ),
    (
        # (the notes' wrapped lines, 102 characters at the longest, in a body of 84: 1.21 times)
        "note_type_max_share",
        1.22,
        1.21,
        lambda p: "campo." in notes_of(paged((RBEE_BODY, *RBEE_NOTES), RBEE_AFTER, p=p)),
    ),
    (
        "note_min_words",
        5,
        6,
        lambda p: any(
            r.kind == "note"
            for r in doc("We teach machine learning1 in this course.", "1. We use the term broadly.", p=p)
            .blocks[0]
            .runs()
        ),
    ),
    (
        "note_call_acronym",
        4,
        5,
        lambda p: any(
            r.kind == "note"
            for r in doc(
                "Com a Igreja Católica (Conselho Indigenista Missionário - CIMI1) se tornam atores aliados dos povos.",
                "1. A Conferência Nacional dos Bispos do Brasil instituiu em 1970 a pastoral indígena.",
                p=p,
            )
            .blocks[0]
            .runs()
        ),
    ),
]


# Examples that need another threshold moved as well (see their lambdas): the default is
# not asked about them.
NOT_AT_DEFAULT = {"dense_min_window"}


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_threshold_boundary(case: Case) -> None:
    field, holds, breaks, decide = case
    if field not in NOT_AT_DEFAULT:
        assert decide(PARAMS), f"{field}: the default does not read the example as at {holds}"
    assert decide(params(**{field: holds})), f"{field} = {holds}"
    assert not decide(params(**{field: breaks})), f"{field} = {breaks}"


def test_every_threshold_has_a_case() -> None:
    assert sorted(c[0] for c in CASES) == sorted(f.name for f in fields(StructureParams))
