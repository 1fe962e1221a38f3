"""Body blocks on small real examples (JOSE papers, CC BY 4.0, as extractors gave them):
units cut where the cleaner joined two blocks, headings in context, lists, captions, code,
blocks joined where the cleaner cut one, footnotes."""

from __future__ import annotations

import textwrap
from dataclasses import replace

import pytest
from make import doc, kinds, paged, units

from galley.model import CleanResult, Document, Metadata, Unit
from galley.structure import build_document

PARA = "We delivered this workshop three times on-line. Participants were graduate and undergraduate students."


def headings(d: Document) -> list[str]:
    return [h.text for h in d.headings()]


def test_heading_in_context() -> None:
    got = kinds("Previous work is summarised here.", "Course structure and learning outcomes", PARA)
    assert got[1] == ("heading", "Course structure and learning outcomes")
    # A paragraph's short last line (the sentence was left open) is not a heading.
    got = kinds("Participants were asked to bring laptops, and the sessions were run by", "Research Computing", PARA)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "paragraph"]
    # Table header cells come in runs, with no prose under them.
    got = kinds("Below are the results of our survey.", "Strongly", "Disagree", "Disagree Un-decided Agree", PARA)
    assert "heading" not in [k for k, _ in got]


def test_what_is_not_heading_shaped() -> None:
    """A DOI's tail, a list item cut mid-phrase, a notebook's file name, a sentence with a
    citation, a line announcing a list, a row of numbers, an equation: none is a heading."""
    for line in (
        "Zenodo. https://doi.org/10.5281/zenodo.14360351",
        "02_Widget_NGC5533_DMonly.ipynb",
        "ReliaLearnR is written in R (R Core Team, 2023) and utilizes",
        "The learning objectives for these modules are:",
        "0 2 10 8",
        "DD = Σ(meantemperature - 10°C) × daysafterpruning (1)",  # an equation on its line (Bragantia)
        "Q ≈ 3/2 f0 (1)",
        "IMC = peso / altura²",
        "NDVI = (NIR − R) / (NIR + R)",
        "Lola, 4 anos)",  # the rest of a bracket the line before opened
    ):
        got = kinds("Previous work is summarised here.", line, PARA)
        assert got[1][0] != "heading", line
    shaped = ("Course structure and learning outcomes", "Session 1", "Exercises (Jupyter notebooks)", "The case k = 1",
              "Small samples (n < 30)")  # fmt: skip
    for line in shaped:
        assert kinds("Previous work is summarised here.", line, PARA)[1] == ("heading", line)


def test_heading_joined_to_its_paragraph_is_split_off() -> None:
    got = kinds(
        "Experience of use in teaching and learning situations\n"
        "We delivered this workshop three times on-line. Participants were graduate and\n"
        "undergraduate students from a range of fields across the university."
    )
    assert got[0] == ("heading", "Experience of use in teaching and learning situations")
    assert got[1][0] == "paragraph" and got[1][1].startswith("We delivered this workshop")


def test_a_known_name_with_text_after_its_colon_runs_in() -> None:
    # Rev. Bras. Educ. Espec. (pdfminer, CC BY): a funding note, its label run in.
    note = (
        "Financiamento: Conselho Nacional de Desenvolvimento\n"
        "Científico e Tecnológico (CNPq), Processos 307492/2018-4,\n"
        "421993/2018-9, Fundação de Amparo à Pesquisa do Estado do Rio de Janeiro\n"
        "(Faperj) - Edital Jovem Cientista do Nosso Estado."
    )
    got = kinds("Notas", note)
    assert got[1] == ("paragraph", " ".join(note.split()))
    # The name alone over its text is the note's heading.
    got = kinds("Notas", note.replace("Financiamento: ", "Financiamento\n", 1))
    assert got[1] == ("heading", "Financiamento")


def test_heading_joined_to_the_block_above_is_split_off() -> None:
    body = "Part 1 is designed to be accessible without strict sequential dependencies, in any order."
    got = kinds(
        "Pre-requisites for Part 0 include a basic understanding of Python, Jupyter Notebooks, and MODFLOW 6.\n"
        "Familiarity with git is a bonus but not fundamental.\n"
        "Part 1: Introduction to PEST and the Gauss-Levenberg Marquardt Approach",
        body,
    )
    assert [k for k, _ in got] == ["paragraph", "heading", "paragraph"]
    assert got[1][1] == "Part 1: Introduction to PEST and the Gauss-Levenberg Marquardt Approach"
    # A question closing a paragraph stays prose.
    got = kinds(
        "The episodes answer questions a researcher meets every day in the lab.\nHow should I share my data?", body
    )
    assert [k for k, _ in got] == ["paragraph", "paragraph"]


def test_a_doi_mended_across_the_line_end_is_not_split_off_as_a_heading() -> None:
    """jose.00193 (pdfminer): the DOI's tail looks like a heading on its own line, but the
    cleaner glued it to the line above; it stays in its reference with a whole link."""
    d = doc(
        "References",
        "Tucker, T., Giglio, D., Scanderbeg, M., & Shen, S. S. P. (2020). Argovis: A web application for fast\n"
        "delivery, visualization, and analysis of argo data. Journal of Atmospheric and Oceanic\n"
        "Technology, 37(3), 401–416. https://doi.org/10.1175/\n+JTECH-D-19-0041.1",
        "Wilson, G., Bryan, J., & Teal, T. K. (2017). Good enough practices in scientific computing.",
    )
    assert [b.kind for b in d.blocks] == ["heading", "reference", "reference"]
    links = [r.url for r in d.blocks[1].runs() if r.kind == "link"]
    assert links == ["https://doi.org/10.1175/JTECH-D-19-0041.1"]


def test_a_url_mended_across_the_line_end_is_not_split_out_as_code() -> None:
    """edur-39-e38419 (pdfminer): ``v=GpI8hwSZcj8&t=1897s`` reads like an assignment, but it
    is the end of a URL the cleaner mended: the paragraph stays whole."""
    got = kinds(
        "FLICHINHA: Infâncias e Literaturas nativas. TV Uneb Seabra. YouTube. 2020. 1h32min10s.\n"
        "Disponível em: https://www.youtube.com/watch?\n+v=GpI8hwSZcj8&t=1897s >. Acesso em:20 de julho\nde 2020."
    )
    assert [k for k, _ in got] == ["paragraph"]
    assert "watch?v=GpI8hwSZcj8&t=1897s >. Acesso em:20 de julho de 2020." in got[0][1]


def test_a_heading_split_from_a_double_spaced_paragraph_keeps_its_source_lines() -> None:
    """A double-spaced manuscript: raw lines 10, 12, 14 made one unit. The paragraph cut
    from under its heading starts on raw line 12, not 11 (a blank line)."""
    u = Unit(
        "Methods We asked forty people about their data. They answered in writing.",
        "paragraph",
        10,
        14,
        ["Methods", "We asked forty people about their data.", "They answered in writing."],
        offsets=[0, 8, 49],
    )
    d = build_document(CleanResult([u]), Metadata())
    assert [(b.kind, b.source[0]) for b in d.blocks] == [("heading", 10), ("paragraph", 12)]
    assert d.blocks[1].source == (12, 14)


def test_a_unit_made_by_hand_without_offsets_is_still_cut() -> None:
    """Units from an older cache or a caller carry no offsets: their lines are found in
    their text, and the heading is cut off all the same."""
    text = "Course structure We delivered this workshop three times. Participants were students of many fields."
    u = Unit(
        text,
        "paragraph",
        1,
        3,
        ["Course structure", "We delivered this workshop three times.", "Participants were students of many fields."],
    )
    d = build_document(CleanResult([u]), Metadata())
    assert [(b.kind, b.text[:20]) for b in d.blocks] == [("heading", "Course structure"), ("paragraph", text[17:37])]


def test_lists_wrapped_items_and_numbered_items_vs_headings() -> None:
    got = kinds(
        "The tutorial is structured into the following sections:",
        "1. Introduction: explains the prerequisites, introduces definitions and conventions, and\n"
        "recommends relevant literature.",
        "2. Using weather and climate data",
        "3. Developing a reduced-form specification",
        "• Vertical lidar backscatter profiles from the European Aerosol Research Lidar Network",
        "(EARLINET), and",
        "• Air Quality measurements from the European Environment Agency (EEA).",
    )
    assert [k for k, _ in got] == ["paragraph"] + ["list_item"] * 5
    assert got[1][1].endswith("recommends relevant literature.")
    assert got[4][1] == (
        "Vertical lidar backscatter profiles from the European Aerosol Research Lidar Network (EARLINET), and"
    )


def test_numbered_titles_carry_their_paragraphs() -> None:
    d = doc(
        "The course design is informed by key pedagogical principles:",
        "1. Select and simplify",
        "To reduce cognitive overload, each lesson introduces one idea at a time.",
        "2. Gradually progress in complexity",
        "Starting with simple cases, the exercises grow into real analyses.",
    )
    items = [(b.kind, b.number, b.text) for b in d.blocks if b.kind == "list_item"]
    assert items == [
        (
            "list_item",
            "1",
            "Select and simplify To reduce cognitive overload, each lesson introduces one idea at a time.",
        ),
        (
            "list_item",
            "2",
            "Gradually progress in complexity Starting with simple cases, the exercises grow into real analyses.",
        ),
    ]


def test_captions_and_code() -> None:
    got = kinds(
        "Figure 1: Manim Slides’ documentation homepage.",
        'install.packages("lorentz")\nlibrary("lorentz")',
        "at the R (R Core Team, 2022) command line.",
    )
    assert got[0][0] == "caption" and got[1] == ("code", 'install.packages("lorentz")\nlibrary("lorentz")')


def test_captions_in_other_journals_styles() -> None:
    """Springer sets no stop after the label (``Fig. 2 Mean temperature at noon``); a
    sentence that starts with the label goes on in lower case (``Figure 2 shows ...``), and
    a supplement's table named in a list is no caption (``Table S1 - Specialists ...``)."""
    got = kinds(
        "Fig. 2 Mean temperature at noon in the three gardens",
        "Figure 2 shows the temperature at noon in the three gardens.",
        "Table S1 - Specialists that contributed with the identification of selected families.",
    )
    assert [k for k, _ in got] == ["caption", "paragraph", "paragraph"]
    # Other words open captions too: a drawing, a photograph, a map.
    for text in ("Ilustração 1 – Mapa das hortas comunitárias", "Graph 1 - Mean temperature", "Fotografía 2. Huerta"):
        assert kinds(text)[0][0] == "caption", text


def test_a_statistic_on_its_own_line_is_no_code() -> None:
    """cadsc-31-e31030043 and jbchs-32-10-1956 (scielo-wp-poppler, CC BY 4.0): a table's
    column heads, a cell's value."""
    got = kinds("n = 106 IC95% %\nn = 1.745 IC95%", "> 98", 'x <- read.csv("data.csv")\nn = 3')
    assert got == [
        ("paragraph", "n = 106 IC95% % n = 1.745 IC95%"),
        ("paragraph", "> 98"),
        ("code", 'x <- read.csv("data.csv")\nn = 3'),  # an assignment among code lines stays code
    ]


def test_symbols_defined_one_a_line_are_paragraphs_not_code() -> None:
    """rbef-43-e20210153 (scielo-latex-pypdf, CC BY 4.0): an equation's symbols defined under
    ``Onde:``, which the cleaner joined into one paragraph and the code rule took for
    assignments. Each definition is a paragraph of its own, as printed."""
    defs = [
        "f 0 = frequência de vibração nominal do cristal seco",
        "ηL = viscosidade absoluta do cristal de quartzo",
        "ρL = densidade do líquido",
    ]
    got = kinds("\n".join(["Onde:", *defs]), "De modo mais simples, a variação depende do líquido.")
    assert got == [("paragraph", "Onde:"), *(("paragraph", d) for d in defs), got[-1]]
    # A definition wrapped onto the next line keeps it; the text after the last one parts.
    got = kinds(
        "Onde:\nQ = vazão volumétrica\nA = área da seção transversal do canal de\ndrenagem principal\n"
        "v = velocidade média do escoamento\nThe relation above holds for steady flow in open channels."
    )
    assert [t for _, t in got] == [
        "Onde:",
        "Q = vazão volumétrica",
        "A = área da seção transversal do canal de drenagem principal",
        "v = velocidade média do escoamento",
        "The relation above holds for steady flow in open channels.",
    ]
    # Code that assigns an expression or a value stays code; one definition inside a
    # sentence is no run.
    assert kinds('x <- read.csv("data.csv")\nn = 3')[0][0] == "code"
    assert kinds("ready = found or expired\nactive = not ready\nstep(active)")[0][0] == "code"
    assert kinds("name = tutorial\nauthor = Jane Doe")[0][0] == "code"
    sentence = "The speed of the body is given by\nv = distance over elapsed time\nfor a body that starts at rest."
    assert kinds(sentence) == [("paragraph", " ".join(sentence.split("\n")))]


def test_commands_joined_into_prose_are_split_out() -> None:
    got = kinds(
        "The materials are available online and licensed under the GPL-3. To install the package, type\n"
        'install.packages("lorentz")\nlibrary("lorentz")\nat the R (R Core Team, 2022) command line.'
    )
    assert got == [
        ("paragraph", "The materials are available online and licensed under the GPL-3. To install the package, type"),
        ("code", 'install.packages("lorentz")\nlibrary("lorentz")'),
        ("paragraph", "at the R (R Core Team, 2022) command line."),
    ]


def test_markup_in_the_text_stays_text() -> None:
    """Raw text is never parsed as Markdown: ``*``, ``#``, ``<script>`` are words."""
    got = kinds("# not a heading *nor emphasis* <script>alert(1)</script> and the sentence goes on.")
    assert got == [("paragraph", "# not a heading *nor emphasis* <script>alert(1)</script> and the sentence goes on.")]


def test_footnote_linked_to_its_call_or_kept() -> None:
    d = doc(
        "The notebooks can be launched through links in the README or website2 .",
        "2A google account is required.",
        "3Nobody cites this note.",
    )
    first = d.blocks[0]
    assert first.text == "The notebooks can be launched through links in the README or website."
    note = [r for r in first.runs() if r.kind == "note"]
    assert note and note[0].note[0].text == "A google account is required."
    # Without its call: an endnote where it stood, never dropped (its number stays as written).
    assert (d.blocks[1].kind, d.blocks[1].text) == ("footnote", "3Nobody cites this note.")


def test_a_laws_clauses_numbered_in_capitals_are_a_list() -> None:
    """Brazilian papers quote a law's clauses with roman numerals and a dash (``I – o
    reconhecimento ...;`` / ``II – os direitos ...;``): items numbered I, II, III. A
    numeral and a dash with no sequence, or over a heading's words, is no item."""
    intro = "A Constituição de 1988 garante aos povos indígenas, em seu artigo 231:"
    clauses = (
        "I – o reconhecimento da organização social, dos costumes e das línguas dos povos indígenas;",
        "II – os direitos originários sobre as terras que tradicionalmente ocupam;",
        "III – a legitimidade para ingressar em juízo em defesa de seus direitos.",
    )
    d = doc(intro, *clauses)
    items = [b for b in d.blocks if b.kind == "list_item"]
    assert [(b.number, b.text[:20]) for b in items] == [
        ("I", "o reconhecimento da "),
        ("II", "os direitos originár"),
        ("III", "a legitimidade para "),
    ]
    alone = "Segundo a lei, o Estado deve proteger os povos indígenas e suas terras em todo o país."
    assert "list_item" not in [k for k, _ in kinds(alone, clauses[1], alone)]


def test_a_numbered_line_without_a_call_stays_a_list_item() -> None:
    d = doc("Plain text, with nothing numbered in it.", "4. An unlisted item with a few words.")
    assert (d.blocks[1].kind, d.blocks[1].text, d.blocks[1].number) == (
        "list_item",
        "An unlisted item with a few words.",
        "4",
    )


@pytest.mark.parametrize(
    ("text", "called"),
    [
        # jose.00239 and jose.00292 (CC BY) as tesseract read their superscript calls.
        (
            "In the last decade machine learning (ML) and deep learning (DL)! have revolutionised many fields.",
            "(DL) have",
        ),
        (
            "There are distinct benefits to focusing on plugins to a preexisting project!. It allows more.",
            "project. It",
        ),
        (
            "A full Python environment with preinstalled dependencies and configuration’. With Codespaces.",
            "configuration. With",
        ),
    ],
)
def test_a_call_ocr_read_as_a_mark_takes_the_note_that_has_no_other(text: str, called: str) -> None:
    d = doc(text, "1. We will use the term ML when talking about both ML and DL in this article")
    assert len(d.blocks) == 1 and called in d.blocks[0].text
    (note,) = [r for r in d.blocks[0].runs() if r.kind == "note"]
    assert note.note[0].text == "We will use the term ML when talking about both ML and DL in this article"


@pytest.mark.parametrize(
    "text",
    [
        "He shouted at them: “Sai daqui! sai daqui”, and left the room at once.",  # a speech's mark
        "“Stop!” she cried. “Go away!” and he went: “Never!.”",
        "The instructors call it ‘code-along’. Participants write the code with them.",  # a quotation
        "The instructors call it ‘code-along, e.g. live coding’. Participants write the code.",
        "'Code-along'. Participants write the code with them, all day long.",
        "It was the parents’, not the teachers’, decision to close the school early.",  # plurals
        "We thank the students’. They were great and helped us a lot.",
    ],
)
def test_a_mark_that_belongs_to_its_sentence_is_no_call(text: str) -> None:
    d = doc(text, "1. We will use the term ML when talking about both ML and DL in this article")
    assert [b.kind for b in d.blocks] == ["paragraph", "list_item"]
    assert d.blocks[0].text == text


def test_a_glued_number_takes_no_misread_call() -> None:
    # ``3D printing`` opens a paragraph with a glued number: only a numbered note takes a mark.
    d = doc("The lab thanks the configuration’. It was a help.", "3D printing is a technique used widely today.")
    assert d.blocks[0].text == "The lab thanks the configuration’. It was a help."
    assert d.blocks[1].text == "3D printing is a technique used widely today."


def test_numbered_notes_take_misread_calls_in_their_order() -> None:
    d = doc(
        "Deep learning (DL)! have changed things.",
        "The project!. It allows more.",
        "1. We will use the term ML when talking about both ML and DL in this article",
    )
    (note,) = [r for r in d.blocks[0].runs() if r.kind == "note"]
    assert d.blocks[0].text == "Deep learning (DL) have changed things."
    assert d.blocks[1].text == "The project!. It allows more."


def test_a_heading_over_a_full_line_and_short_ones_is_taken_off() -> None:
    """(From a review) The lines under the heading: one full, two short. The full one is
    no joined line (the next widest is shorter than the heading): the heading stands."""
    d = doc(
        "Installing the package and its optional dependencies\n"
        "Run pip install galley in a fresh virtual environment with Python 3.11 or newer.\n"
        "Then run the tests.\nThat is all.",
        "Next paragraph here.",
    )
    assert (d.blocks[0].kind, d.blocks[0].text) == ("heading", "Installing the package and its optional dependencies")


def test_a_first_line_over_pairs_of_joined_lines_is_no_heading() -> None:
    """jose.00198, two columns through pdftotext: half the lines under the paragraph's first
    line are two printed lines joined (108, 107 characters over lines of 55-63). The first
    line runs the column's measure; only against the joined pairs does it look short."""
    d = doc(
        "Course Development Background",
        "The course was developed by Morgan Ernest and Ethan\n"
        "White at the University of Florida to meet the need for\n"
        "more training in ecological forecasting. The primary development has been supported by the National Science\n"
        "Foundation and the Gordon and Betty Moore Foundation.\n"
        "Hao Ye contributed lesson material on the use of Empirical Dynamic Modeling for making ecological forecasts.\n"
        "The authors of this material have extensive background\n"
        "in long-term data (Ernest et al., 2020; Yenni et al., 2019).",
        heading_units=frozenset({0}),
    )
    assert headings(d) == ["Course Development Background"]
    assert d.blocks[1].text.startswith("The course was developed by Morgan Ernest and Ethan White at")


def test_a_note_call_is_never_inside_a_doi() -> None:
    """Found by bench/fuzz.py: ``...TETTWU]2.0.CO;2`` lost its ``2`` to a glued note ``2A...``."""
    link = "https://doi.org/10.1890/0012-9658(2003)084[1412:TETTWU]2.0.CO;2"
    d = doc(f"The data are at {link} online.", "2A note that explains it.")
    assert d.blocks[0].text == f"The data are at {link} online."
    assert all(r.kind != "note" for r in d.blocks[0].runs())
    assert d.blocks[1].kind == "footnote"


def test_a_paragraph_cut_at_a_page_end_is_joined_again() -> None:
    got = kinds(
        "In the region of the Middle East, sand and dust",
        "storms are common and affect the health of millions of people every year.",
    )
    assert got == [
        (
            "paragraph",
            "In the region of the Middle East, sand and dust storms are common and affect the health of millions of "
            "people every year.",
        )
    ]


def test_the_units_given_are_not_changed() -> None:
    given = units(
        "Experience of use in teaching\nWe delivered this workshop three times on-line. Participants were\n"
        "graduate and undergraduate students.",
    )
    before = [(u.text, u.lines, u.offsets, u.kind) for u in given]
    build_document(CleanResult(given), Metadata())
    assert [(u.text, u.lines, u.offsets, u.kind) for u in given] == before


def test_a_heading_after_a_sentence_that_ends_on_a_citation_number() -> None:
    # ress-33 (Vancouver, superscript citations read as digits): "... publication.10" ends
    # its sentence, so "Data collection" after it stands apart as a heading.
    got = kinds(
        "The sampling procedure was the same in every city. Further details of the sampling\n"
        "procedure can be found in a previous publication.10",
        "Data collection",
        "The children's addresses were obtained from the Live Birth Information System, which\n"
        "brings together information on all births occurring in Brazil.",
    )
    assert got[1] == ("heading", "Data collection")


def test_a_section_number_is_not_one_of_a_headings_words() -> None:
    # bak-p59099: fourteen words and the section's number.
    title = "3 Análise dialógica dos discursos de réus do crime de feminicídio do Tribunal do Júri"
    got = kinds(
        "2 Universo de análise",
        PARA,
        title,
        "O cronotopo corresponde à relação indissolúvel do tempo-espaço, visto nem os sujeitos existirem fora dele.",
    )
    assert ("heading", title) in got


def test_the_source_under_a_table_is_a_note_of_its_own() -> None:
    # cadsc-31, rac-26: "Fonte: ..." and "Note. ..." under a table.
    got = kinds(
        PARA, "Fonte: Pesquisa Nacional de Saúde, 2013", PARA, "Note. a Searches with the first term only.", PARA
    )
    assert [k for k, _ in got] == ["paragraph", "footnote", "paragraph", "footnote", "paragraph"]


def test_a_notes_heading_and_a_sentence_about_sources_stay_what_they_are() -> None:
    got = kinds(PARA, "Sources of the data were the three surveys of the lesson, each described below.", PARA)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "paragraph"]


PROSE = (
    "A esfera jurídica, responsável por regulamentar a vida social, é refratária de uma\n"
    "sorte de enunciados, entre os quais estão as leis, os decretos, as petições e os\n"
    "interrogatórios, os depoimentos de instrução e os prestados em Júri, entre outros.\n"
    "Dentre esses, escolhemos os depoimentos dos réus, que são os discursos analisados."
)


def test_the_section_numbering_runs_on_across_a_table() -> None:
    """Bakhtiniana (pdftotext): a table parts section 1 from section 2, whose name wraps
    onto a second line; the paper's numbering still expects ``2``."""
    got = doc(
        "1 ADD: pressupostos teórico-metodológicos",
        PROSE,
        "Quadro 1 – Pressupostos teórico-metodológicos da ADD",
        "Pressuposto Conceito",
        "Dialogismo Relação entre enunciados",
        "Cronotopo Relação entre tempo e espaço",
        PROSE,
        "2 Universo de análise, delimitação dos dados e questões\nnorteadoras",
        PROSE,
    ).headings()
    assert [h.text for h in got] == [
        "1 ADD: pressupostos teórico-metodológicos",
        "2 Universo de análise, delimitação dos dados e questões norteadoras",
    ]


LONG_SUBSECTION = (
    "3.4 Projeções das dimensões extralinguísticas do enunciado",
    PROSE,
    "3.4.1 Imagens de mulheres e de si na tematização discursiva da\natenuação/isenção da pena pelos assassinos",
    PROSE,
)


def test_a_long_subsection_name_the_numbering_announces_is_a_heading() -> None:
    """Bakhtiniana: 15 words and a slash, yet ``3.4.1`` right after ``3.4``."""
    assert [h.text for h in doc(*LONG_SUBSECTION).headings()][-1].startswith("3.4.1 Imagens de mulheres")
    # Not announced (after 3.2), the same line is text.
    assert len(doc("3.2 Da esfera ideológica jurídica", *LONG_SUBSECTION[1:]).headings()) == 1


def test_a_long_subsection_name_whose_number_has_a_stop_is_a_heading() -> None:
    """bjb-83: ``3.7.`` after ``3.6.`` (a stop after the number), 16 words on two lines."""
    d = doc(
        "3.6. Effect of gelling agent on hyperhydricity",
        PROSE,
        "3.7. Effect of ammonium nitrate, potassium nitrate and calcium chloride on\n"
        "hyperhydricity and initiation of shoot",
        PROSE,
    )
    assert [h.text for h in d.headings()][-1].endswith("calcium chloride on hyperhydricity and initiation of shoot")


def notes_of(d: Document) -> dict[str, str]:
    """Each note's text, by the text just before its call."""
    out = {}
    for b in d.blocks:
        runs = b.runs()
        for k, r in enumerate(runs):
            if r.kind == "note":
                out[runs[k - 1].text.split()[-1]] = r.note[0].text
    return out


def test_a_page_foot_of_numbered_notes_is_notes_not_a_list() -> None:
    """Trans/Form/Ação (pdftotext): the page's notes, set ``1.`` ``2.``, break into a
    sentence that goes on after them; the text before calls each of them."""
    d = doc(
        "2 Diógenes y los cínicos2",
        "El segundo punto que aborda Glucksmann respecto al cinismo es la muerte de Diógenes1,\n"
        "que los recortes metafísicos del creador de definiciones hacen hablar de una idea de",
        "1. Sobre las diferentes teorías en torno a la muerte de Diógenes conviene revisar las anécdotas.",
        "2. Conviene señalar que hay una serie de reflexiones sugerentes en torno al platonismo.",
        "lo que el hombre es, sin que se pueda decir nada de ella.",
    )
    assert not [b for b in d.blocks if b.kind == "list_item"]
    notes = notes_of(d)
    assert notes["cínicos"].startswith("Conviene señalar")  # a heading calls notes too
    assert notes["Diógenes"].startswith("Sobre las diferentes")
    # The same list announced by the text is a list, whatever numbers the text holds.
    d = doc(
        "El segundo punto que aborda Glucksmann es la muerte de Diógenes1 y de los cínicos2, así:",
        "1. Sobre las diferentes teorías en torno a la muerte de Diógenes conviene revisar las anécdotas.",
        "2. Conviene señalar que hay una serie de reflexiones sugerentes en torno al platonismo.",
    )
    assert [b.kind for b in d.blocks] == ["paragraph", "list_item", "list_item"]


def test_numbered_notes_after_a_comma_that_breaks_the_sentence_are_notes() -> None:
    """Educ. rev. (pdfminer): the page's notes ``6.`` ``7.`` come after ``... dos
    africanos,``: the sentence goes on after them (a comma announces no list)."""
    d = doc(
        "Os livros foram escritos por professores indígenas em formação6, com autores de grande relevância7:",
        "A lei regulamenta os aspectos da história e da cultura que caracterizam a formação da população\n"
        "brasileira, a partir desses dois grupos étnicos, tais como o estudo da história da África e dos africanos,",
        "6. O projeto de formação de professores indígenas foi consolidado mediante a proposta de educação.",
        "7. Esses e outros autores são citados no site da livraria Maracá, que reúne publicações originárias.",
    )
    assert not [b for b in d.blocks if b.kind == "list_item"]
    notes = notes_of(d)
    assert notes["formação"].startswith("O projeto") and notes["relevância"].startswith("Esses e outros")


def test_a_note_numbered_with_a_stop_inside_the_text_is_cut_out() -> None:
    """pdftotext ran the page's note (``1. Paul Christiano ...``) into the sentence the page
    break cut."""
    d = doc(
        "The reward model was trained on human preferences1 collected by the team, and it was\n"
        "then used to fine-tune the policy with reinforcement learning from the\n"
        "1. Paul Christiano and others proposed the method in 2017.\n"
        "feedback of the annotators, as the next section explains.",
    )
    assert notes_of(d) == {"preferences": "Paul Christiano and others proposed the method in 2017."}
    assert d.blocks[0].text.endswith("learning from the feedback of the annotators, as the next section explains.")


def test_a_heading_after_a_sentence_and_its_source() -> None:
    """Esc. Anna Nery: a child's words, then who said them, close the block above the
    next section's name."""
    got = doc(
        "Os irmãos contaram o que viram na unidade de terapia intensiva, com as palavras deles.",
        "Eles falam que não pode entrar aqui, porque ele não sabe... por quê? Você tá de\nbranco! (Bart, 9 anos)",
        "Vivendo criativamente: brincar é fazer",
        "Trazendo à brincadeira elementos alusivos ao seu cotidiano, às experiências e à realidade\n"
        "vivida, os irmãos expressaram o que sentiam durante a visita à criança hospitalizada.",
        heading_units=frozenset({2}),
    ).headings()
    assert [h.text for h in got] == ["Vivendo criativamente: brincar é fazer"]


def test_an_asterisk_opens_a_list_item_away_from_tables() -> None:
    """OCR reads a list's bullets as asterisks: no note under a table there."""
    got = kinds(
        "The lessons cover the tools researchers use every day to keep their work reproducible:",
        "* Version control with Git and GitHub",
        "* Automated testing of research code",
    )
    assert [k for k, _ in got] == ["paragraph", "list_item", "list_item"]


_HIERARCHICAL = (
    "Para identificar as variáveis relacionadas ao desempe-\n~nho dos alunos em matemática, foram utilizados modelos\n"
    "hierárquicos, que consideram a estrutura aninhada dos\ndados: alunos agrupados em escolas e escolas em regiões."
)
# Ciência & Educação (pdfminer): a heading in a larger type wraps before the body's measure.
TWO_LINE_HEADING = (
    _HIERARCHICAL,
    "Utilização de modelos hierárquicos na avaliação\ndo desempenho educacional",
    _HIERARCHICAL,
)


def test_a_two_line_heading_that_wrapped_early_stands_apart() -> None:
    got = kinds(*TWO_LINE_HEADING)
    assert got[1] == ("heading", "Utilização de modelos hierárquicos na avaliação do desempenho educacional")
    # A narrow column's cell wraps early too: a short first line, one ending on a word a
    # phrase does not end on, or a list of items is no heading; nor an affiliation or an
    # epigraph set narrower than the body (a comma, a sentence inside).
    for cell in (
        "Live coding or\ndemonstrations",
        "Faced difficulty in taking child to\nvaccination center",
        "Getting the most of git; 3. Research\ncompendia with rrtools",
    ):
        assert kinds(_HIERARCHICAL, cell, _HIERARCHICAL)[1][0] == "paragraph", cell
    wide = (
        "The students of both groups took the same test of reading at the end of the term, and\n"
        "their scores were compared with the scores they had before the start of the course, as\n"
        "the protocol of the study required; the scores of each group are shown in the table."
    )
    for narrower in (
        "Programa de Pós-Graduação em Educação, Universidade Federal do Rio\nGrande do Sul",
        "Educação não transforma o mundo. Educação muda pessoas. Pessoas\ntransformam o mundo",
    ):
        assert kinds(wide, narrower, wide)[1][0] == "paragraph", narrower


def test_chicago_notes_called_after_the_stop_at_a_page_foot() -> None:
    """A humanities journal (a stress test's Taylor & Francis page, pdftotext): notes
    called after the sentence's stop (``England.1``) or a closing guillemet (``rebours.
    »2``), set ``1 Anthony Trollope, ...`` at the page's foot after a finished paragraph.
    Numbered references cited after the stop, several at once (``trabalho.2,17,22``), call
    no note."""
    d = paged(
        (
            "When Anthony Trollope joined the General Post Office in 1834, the mail coach was still the\n"
            "fastest means of carrying letters across England.1 By the time he published The Warden, the\n"
            "railway had remade the temporal order of the nation, « à rebours. »2 Punch mocked it in 1846.3",
            "1 Anthony Trollope, An Autobiography, ed. by Michael Sadleir (Oxford: Oxford University Press, 1980).",
            "2 Wolfgang Schivelbusch, The Railway Journey (Berkeley: University of California Press, 1986), 42.",
            "3 ‘Bradshaw’s Railway Guide’, Punch, 14 March 1846, 112.",
        ),
        ("First issued in 1839, Bradshaw’s guide quickly became a byword for a bewildering complexity.",),
    )
    got = notes_of(d)
    assert got["England."].startswith("Anthony Trollope, An Autobiography, ed. by Michael Sadleir")
    assert got["»"].startswith("Wolfgang Schivelbusch, The Railway Journey")
    assert got["1846."].startswith("‘Bradshaw’s Railway Guide’, Punch")
    # (a sentence ending on its citation: ``(BANIWA, 2006).2``, the author-date call)
    d = paged(
        (
            "Os povos indígenas passam a ser protagonistas de sua história (BANIWA, 2006).2 Logo depois,\n"
            "a década de 80 foi um período extremamente rico para as mobilizações indígenas.",
            "2. Neste texto o termo índio é colocado no mesmo sentido dado por Luciano Baniwa.",
        ),
        ("As organizações passaram a apoiar os encontros entre os povos.",),
    )
    assert notes_of(d)["2006)."].startswith("Neste texto o termo índio")
    d = paged(
        (
            "Os trabalhadores do corte de cana convivem com a fadiga e o estresse do trabalho.2,17,22 Os\n"
            "estudos mostram o mesmo quadro em outras regiões do país, como se vê a seguir.",
            "1 Fontes AP. O enfrentamento do estresse no trabalho na idade adulta. Campinas; 2006.",
            "2 Guimarães LAM, Mac Fadden MAJ. Validação para o Brasil do SWS Survey. São Paulo; 1999.",
        ),
        ("Esses resultados confirmam os achados anteriores da literatura sobre o tema.",),
    )
    assert notes_of(d) == {}


# Revista Brasileira de Educação Especial, set with indented paragraphs (pdftotext): the
# page's prose, its notes in smaller type (lines of ~103 characters under lines of ~85),
# and the next page's text.
RBEE_BODY = (
    "decorrentes da pesquisa realizada sobre a produção científica publicada na Revista\n"
    "Brasileira de Educação Especial (RBEE), no período de 2008 a 2023, oferecendo para o\n"
    "avanço nesse campo.1 Tais dados são decorrentes de dois projetos de pesquisa que têm\n"
    "como objetivo identificar como a produção científica tem se apropriado da concepção\n"
    "de Educação Inclusiva.2"
)
RBEE_NOTES = (
    "1. Para aprofundar essa discussão sobre a constituição da Educação Especial como campo de produ-\n"
    "~ção científica, sugerimos a leitura de trabalhos nacionais como os de Bueno e Souza (2018), Casagrande\n"
    "(2021) e Pletsch (2020).",
    "2. Protocolo de Ética 135/2021. O Fórum Permanente de Educação Especial na Perspectiva Inclusiva da\n"
    "Baixada Fluminense, criado em 2015, conta atualmente com a participação de 12 gestores municipais\n"
    "de Educação Especial.",
)
RBEE_AFTER = (
    "As análises apresentadas na sequência foram cotejadas com os referenciais teó-\n"
    "~ricos com os quais as autoras têm dialogado em suas pesquisas e assumem um ca-\n"
    "~ráter cartográfico no sentido de apresentar um panorama, ainda que incorporando\n"
    "diferentes perspectivas e dados empíricos para alcançar uma compreensão alarga-\n"
    "~da sobre os desafios e as perspectivas atuais da Educação Especial, considerando a\n"
    "produção científica na área e de políticas educacionais.",
)


def test_notes_numbered_with_a_stop_in_smaller_type_at_a_page_foot() -> None:
    """The page's notes ``1. Para aprofundar ...`` / ``2. Protocolo de Ética ...`` follow a
    finished paragraph at the page's foot, in smaller type (their lines run longer than
    the body's); the text calls both (``campo.1``, ``Inclusiva.2``). Set as wide as the
    body, or after a colon, the same run is a list; so is a run far wider than the body
    (set across two columns), and one whose lines run long only for the URLs on them."""
    got = notes_of(paged((RBEE_BODY, *RBEE_NOTES), RBEE_AFTER))
    assert got["campo."].startswith("Para aprofundar essa discussão")
    assert got["Inclusiva."].startswith("Protocolo de Ética")
    narrow = tuple(textwrap.fill(n.replace("-\n~", "").replace("\n", " "), 85) for n in RBEE_NOTES)
    wide = tuple(textwrap.fill(n.replace("-\n~", "").replace("\n", " "), 150) for n in RBEE_NOTES)
    assert min(len(line) for n in wide for line in n.split("\n")[:-1]) > 1.6 * 84
    assert notes_of(paged((RBEE_BODY, *wide), RBEE_AFTER)) == {}
    assert notes_of(paged((RBEE_BODY, *narrow), RBEE_AFTER)) == {}
    listed = RBEE_BODY.replace("Inclusiva.2", "Inclusiva em dois passos:")
    assert notes_of(paged((listed, *RBEE_NOTES), RBEE_AFTER)) == {}
    # Items whose long URLs overrun the margin: their other lines run the body's measure.
    url = (
        "1. Os microdados do Censo Escolar de 2023 estão disponíveis para consulta no portal\n"
        "https://download.inep.gov.br/dados_abertos/microdados_censo_escolar_2023_versao_final.zip\n"
        "Acesso em: 3 mar. 2024.",
        "2. A sinopse estatística da Educação Superior de 2022 pode ser obtida no mesmo portal\n"
        "https://download.inep.gov.br/informacoes_estatisticas/sinopses_estatisticas_superior_2022.zip\n"
        "Acesso em: 3 mar. 2024.",
    )
    assert notes_of(paged((RBEE_BODY, *url), RBEE_AFTER)) == {}


def test_a_numbered_list_in_a_paper_citing_numbered_references_after_the_stop() -> None:
    """A medical paper (Vancouver): ``recurrent stroke.1`` cites entry 1 of its numbered
    reference list; the criteria ``1 Patients aged ...`` / ``2 Patients registered ...``
    at the page's foot are no notes."""
    d = paged(
        (
            "Aspirin lowers the risk of recurrent stroke.1 Its benefit after a first event is less sure.2 We\n"
            "therefore included every patient who met two criteria, set out in the protocol.",
            "1 Patients aged 18 years or over with a first ischaemic stroke on their medical record.",
            "2 Patients registered with a general practice for a year or more before the event.",
        ),
        ("References", "1. O’Donnell MJ, Chin SL, Rangarajan S. Global and regional effects. Lancet. 2016;388:761-75."),
    )
    assert notes_of(d) == {}
    assert "stroke.1 Its benefit" in d.blocks[0].text


def test_note_calls_after_accents_acronyms_and_brackets() -> None:
    """Educação em Revista (pdftotext): a note is called after an accented letter
    (``formação6``), an acronym (``CIMI1)``) or a closing bracket (``(MUNDURUKU,
    2021)10.``); a formula (``CO2``) calls nothing."""
    d = doc(
        "Nos anos de 1970 se localiza o chamado Indigenismo, quando a Igreja Católica (pastoral indígena e do\n"
        "Conselho Indigenista Missionário - CIMI1) se tornam atores aliados dos povos. Com o surgimento de",
        "1. A Conferência Nacional dos Bispos do Brasil, CNBB, instituiu em 1970 a pastoral indígena.",
        "várias organizações, pesquisas realizadas por professores indígenas em formação6, reforçado pela\n"
        "possibilidade dos livros, e o CO2 das queimadas; eu tenho usado muito a literatura com esse\n"
        "objetivo.” (MUNDURUKU, 2021)10. Na mesma linha, Amanda Lima descreveu sobre a pesquisa em",
        "2. O projeto de formação de professores indígenas foi consolidado mediante a proposta.",
        "10. Resposta de Daniel Munduruku concedida à pesquisadora durante curso online, 2021.",
    )
    notes = notes_of(d)
    assert notes["CIMI"].startswith("A Conferência Nacional")
    assert notes["2021)"].startswith("Resposta de Daniel")
    # Note 2 has no call (``formação6`` calls note 6, ``CO2`` none): kept where it stands.
    assert [b.kind for b in d.blocks if "O projeto" in b.text] == ["list_item"]
    d = doc(
        "Também como estímulo as pesquisas realizadas por professores indígenas em formação6, reforçado pela\n"
        "possibilidade dos livros tornarem material didático para as escolas de todo o país e de",
        "6. O projeto de formação de professores indígenas foi consolidado mediante a proposta.",
    )
    assert notes_of(d)["formação"].startswith("O projeto de formação")


def test_notes_at_a_page_foot_after_a_finished_sentence() -> None:
    """Educação em Revista (pdftotext): the page's last paragraph ends its sentence, then
    the page's note ``1.`` (called ``Jucá1``), then the next page: the note is no list
    item, and the next page's note 2, run into the sentence it interrupted, is counted on
    from it."""
    d = paged(
        (
            "Sobre essa lei, Krenak critica o então presidente da Funai, Romero Jucá1, 1987, que, ao invés de\n"
            "apoiar o discurso em defesa das terras, defendia as mineradoras e as madeireiras da região.",
            "Assim, a narração está presente desde que o humano também está presente no mundo.",
            "1. Romero Jucá foi presidente da FUNAI entre 1986 e 1988, durante o governo de José Sarney.",
        ),
        (
            "Como grande estímulo tornar pública as pesquisas realizadas por professores em formação2, e a\n"
            "possibilidade dos livros tornarem material didático para as escolas, com o apoio de instituições",
            "2. O projeto de formação de professores indígenas foi consolidado mediante a proposta.\n"
            "particulares, foi mais um estímulo à escrita indígena.",
        ),
    )
    notes = notes_of(d)
    assert notes["Jucá"] == "Romero Jucá foi presidente da FUNAI entre 1986 e 1988, durante o governo de José Sarney."
    assert notes["formação"] == "O projeto de formação de professores indígenas foi consolidado mediante a proposta."
    assert not [b for b in d.blocks if b.kind in ("list_item", "footnote")]
    # The sentence the note interrupted goes on in the same paragraph.
    assert d.blocks[-1].text.endswith("o apoio de instituições particulares, foi mais um estímulo à escrita indígena.")


def test_notes_one_after_another_at_a_page_foot() -> None:
    """Educação em Revista (pdfminer): notes 9 and 10 end the page after a finished
    sentence; the first is no page's last unit, but only the next note follows it there.
    A numbered list from 1 ending its page after a finished sentence stays a list (its
    items' numbers may look called: ``BRCA1``, ``HER2``)."""
    d = paged(
        (
            "A literatura indígena1 ganhou espaço nas escolas e nas editoras de todo o país nos\n"
            "últimos anos, com autores de muitos povos.",
            "1. Ver a lista de autores no site da livraria Maracá.",
        ),
        (
            "Falar desta literatura não acaba nesse texto, e o crescimento das populações indígenas2 segue\n"
            "como provocação, como disse o autor3 em curso, para quem busca se aprofundar na história.",
            "Sua história segue próxima das aldeias indígenas.",
            "2. Dados sobre o crescimento das populações indígenas apontam um número de 294.131 indivíduos.",
            "3. Resposta de Daniel Munduruku concedida à pesquisadora Renata Lourenço durante curso, 2021.",
        ),
        ("Referências",),
    )
    assert notes_of(d)["indígenas"].startswith("Dados sobre o crescimento")
    assert notes_of(d)["autor"].startswith("Resposta de Daniel Munduruku")
    d = paged(
        (
            "Mutations in the genes BRCA1 and HER2 were screened in every sample, and the work went\n"
            "on in three stages.",
            "1. Samples were collected from the patients of the two hospitals.",
            "2. The DNA was extracted and sequenced in the university's laboratory.",
        ),
        ("Referências",),
    )
    assert [b.kind for b in d.blocks][1:3] == ["list_item", "list_item"]


NOTES_IN_A_WORD = [
    (
        "organizações civis e a Igreja Católica (pastoral indígena e do Conselho Indigenista\n"
        "Missionário - CIMI1) se tornam atores aliados dos povos. Tudo em favor dos direitos\n"
        "indígenas, numa luta que culminou na conquista dos artigos 231 e 232 da Consti-\n"
        "1A Conferência Nacional dos Bispos do Brasil, CNBB, instituiu em 1970 a pastoral\n"
        "indígena, que atuava na assistência às necessidades básicas.\n"
        "tuição de 1988. Consolida-se então a terceira etapa do movimento indígena.",
        ("CIMI", "A Conferência Nacional dos Bispos do Brasil, CNBB, instituiu em 1970"),
        "artigos 231 e 232 da Constituição de 1988. Consolida-se",
    ),
    (
        "violência contra a mulher, o país só perde para El Salvador. Nos registros1 do sistema de\n"
        "informações sobre mortalidade, a motivação para matar se assenta numa organização social\n"
        "ainda patriarcal (SAFIOTTI, 2015), que delega papéis so-\n"
        "1Site IPEA – direcionamento ao Atlas de Violência 2019\n"
        "pelo endereço eletrônico: https://www.ipea.gov.br/portal/\n"
        "+index.php?option=com_content&view=article&id=34784\n"
        "ciais específicos a homens e mulheres e institui relações de poder.",
        ("registros", "Site IPEA – direcionamento ao Atlas de Violência 2019 pelo endereço"),
        "que delega papéis sociais específicos a homens",
    ),
]


@pytest.mark.parametrize(("text", "note", "joined"), NOTES_IN_A_WORD)
def test_notes_between_the_halves_of_a_word(text: str, note: tuple[str, str], joined: str) -> None:
    """Educação em Revista and Bakhtiniana (pypdf): a page's notes fall between the two
    halves of a word (``... da Consti-`` / the notes / ``tuição de 1988``), the last note
    ending its sentence or not (a link: ``... id=34784`` / ``ciais específicos``). The
    notes go to their calls; the word is whole again, in the paragraph it belongs to."""
    d = doc(text, sidecar=Metadata(language="pt"))
    caller, start = note
    assert notes_of(d)[caller].startswith(start)
    assert [b.kind for b in d.blocks] == ["paragraph"]
    assert joined in d.blocks[0].text
    # The mending is explained like the cleaner's joins (and counted by the no-word-lost check).
    assert [r.rule for r in d.repairs] == ["notes-hyphen-join"]


# Educação em Revista, our two-column render (pdftotext): a reference entry broken at a
# hyphen at the foot of a column, the page's note under it, the entry's rest on the next page.
ENTRY_CUT_BY_A_NOTE = (
    "Dados recentes mostram o crescimento das populações\n"
    "indígenas no país1, como registram os autores2 desde\n"
    "os primeiros censos realizados no Brasil.\n\n"
    "1. Dados sobre o crescimento das populações indígenas apontam um número de 294.131 indíviduos no ano de 1991.\n\n"
    "\fREFERÊNCIAS\n"
    "BANIWA, Gersem dos Santos Luciano. O Índio brasi‐\n"
    "leiro: o que você precisa saber sobre os povos in‐\n\n"
    "2. Resposta de Daniel Munduruku concedida à pesquisadora durante o encontro de escritores em 2019.\n\n"
    "\fdígenas no Brasil de hoje. Brasília, DF: MEC;\n"
    "Unesco, 2006.\n\n"
    "JEKUPÉ, Olívio. Literatura escrita pelos povos\n"
    "indígenas. São Paulo, SP: Scortecci, 2009.\n"
)


def test_a_reference_entry_the_notes_cut_in_two_is_one_entry() -> None:
    """The entry's halves are one entry again, the word the page broke mended
    (``povos in‐`` / the note / ``dígenas no Brasil``: ``indígenas``), and the note goes to
    its call in the text."""
    from galley.clean import clean
    from galley.inputs.read import to_lines
    from galley.params import PARAMS

    d = build_document(clean(to_lines(ENTRY_CUT_BY_A_NOTE)), Metadata(language="pt"), PARAMS)
    refs = [b.text for b in d.blocks if b.kind == "reference"]
    assert refs == [
        "BANIWA, Gersem dos Santos Luciano. O Índio brasileiro: o que você precisa saber sobre os povos"
        " indígenas no Brasil de hoje. Brasília, DF: MEC; Unesco, 2006.",
        "JEKUPÉ, Olívio. Literatura escrita pelos povos indígenas. São Paulo, SP: Scortecci, 2009.",
    ]
    assert notes_of(d)["autores"].startswith("Resposta de Daniel Munduruku")
    assert [r.rule for r in d.repairs if r.rule.startswith("notes-")] == ["notes-hyphen-join"]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # The entry before closed on its DOI: a user name opens the next (jose.00196).
        (
            "Bondi, H. (1980). Relativity and common sense. https://doi.org/10.1007/978-94-015-3445-1_5",
            "nick1627. (2019). Relativityvisualisation, GitHub repo.",
        ),
        # An author's name with its particle opens an entry, whatever the entry before.
        ("Oliveira, R. R. (2015). Restauração Florestal. Oficina de", "van der Berg, A., & Smith, B. (2010). Forests."),
        # An entry that ends on its year is whole, a name in lower case after it its own.
        (
            "SOUZA, Lynn Mario T. Menezes de. Hibridismo e tradução cultural. Aletria, v. 9, p. 38-47, 2002",
            "hooks, bell. Ensinando a transgredir: a educação como prática da liberdade. 2013.",
        ),
        # The rest of a broken entry opens in lower case: an entry in capitals is the next.
        (
            "BANIWA, Gersem dos Santos Luciano. O Índio brasileiro: o que você precisa saber sobre os povos in‐",
            "IBGE. Censo demográfico 2010: características gerais dos indígenas. Rio de Janeiro, 2012.",
        ),
    ],
)
def test_an_entry_that_opens_in_lower_case_after_another_stays_its_own(before: str, after: str) -> None:
    from galley.model import Block
    from galley.structure.blocks.joins import join_continuations

    entries = [Block("reference", before, source=(1, 1)), Block("reference", after, source=(2, 2))]
    assert [b.text for b in join_continuations(entries)] == [before, after]


def test_an_entry_that_broke_off_on_a_word_goes_on_after_the_notes() -> None:
    from galley.model import Block
    from galley.structure.blocks.joins import join_continuations

    head = "BANIWA, Gersem dos Santos Luciano. O Índio brasileiro: o que você precisa saber sobre os povos"
    rest = "indígenas no Brasil de hoje. Brasília, DF: MEC; Unesco, 2006."
    got = join_continuations([Block("reference", head, source=(1, 1)), Block("reference", rest, source=(3, 3))])
    assert [(b.kind, b.text) for b in got] == [("reference", f"{head} {rest}")]


def test_a_numbered_note_the_hyphen_glued_to_the_word_it_broke() -> None:
    """Educação em Revista (pdfminer): the page's note, numbered ``1.``, has a box of its
    own after the page's last line, ``... narrativas, poe-``; the cleaner mended the
    hyphen into it (a digit after a hyphen keeps it: ``poe-1. A Conferência``). The note
    still goes to its call, and the word goes on after the page: ``poesias``."""
    d = doc(
        "Igreja Católica (pastoral indígena e do Conselho Indigenista Missionário - CIMI1) se\n"
        "tornam atores aliados dos povos. Os textos, narrativas, poe-\n"
        "+1. A Conferência Nacional dos Bispos do Brasil, CNBB, instituiu em 1970 a pastoral\n"
        "indígena, que atuava na assistência às necessidades básicas.",
        "sias, contos indígenas aparecem como meios de lembranças das suas culturas.",
        sidecar=Metadata(language="pt"),
    )
    assert notes_of(d)["CIMI"].startswith("A Conferência Nacional dos Bispos do Brasil")
    assert [b.kind for b in d.blocks] == ["paragraph"]
    assert "Os textos, narrativas, poesias, contos indígenas" in d.blocks[0].text
    assert [r.rule for r in d.repairs] == ["notes-hyphen-join"]


def test_a_numbered_note_glued_to_a_word_the_typesetter_broke() -> None:
    """The same, the word broken at WeasyPrint's hyphen (U+2010): ``... de seus territó‐``
    / ``3. A existência ...`` / ``rios``: the note goes to its call, the word is mended."""
    d = doc(
        "A proposta exigia a demarcação das terras indígenas, como a literária nativa.3 Krenak\n"
        "critica o discurso que não dava aos povos direito sequer a demarcação de seus territó‐\n"
        "+3. A existência do movimento indígena organizado remonta há tempos.\n"
        "rios porque eles não eram mais índios.",
        sidecar=Metadata(language="pt"),
    )
    assert notes_of(d)["nativa."].startswith("A existência do movimento")
    assert "demarcação de seus territórios porque eles" in d.blocks[0].text


def test_notes_after_a_page_that_ends_on_a_broken_word() -> None:
    """Trans/Form/Ação as pdfminer reads a WeasyPrint page: the page's last line breaks a
    word (``... forma escandalosa, res‐``), a box of its own holds each note, numbered
    ``1.`` ``2.``, called after a quotation's stop (``viva”.1``) and a sentence's
    (``vida.2``). A page stopping on a broken word stops mid-sentence: the notes are no list
    interrupting nothing."""
    d = paged(
        (
            "Se mordía los labios y la vida más intensa abrazaba a la muerte más viva”.1 Así, el\n"
            "cínico unía al pensador que hace de su muerte la prueba de un dominio de la vida.2",
            "La estrategia cínica para poner en evidencia dicha locura, a pesar de tomar la forma\n"
            "escandalosa y extravagante de la martirización de un pollo, res‐",
            "1. Sobre las diferentes teorías en torno a la muerte de Diógenes conviene revisar las anécdotas.",
            "2. La alusión a los dientes y los labios se encuentra ya narrada en Laercio.",
        ),
        ("ponde a una lógica modesta y llana gracias a la cual también se puede explicar.",),
    )
    got = notes_of(d)
    assert got["viva”."].startswith("Sobre las diferentes teorías")
    assert got["vida."].startswith("La alusión a los dientes")
    assert "pollo, responde a una lógica modesta" in d.blocks[-1].text


def test_a_word_the_typesetter_broke_around_a_note_is_whole_in_the_runs_too() -> None:
    """The note between ``res‐`` (U+2010) and ``ponde``: the text a reader sees is the
    block's runs, and they say ``responde`` as its text does."""
    d = paged(
        (
            "Para poner en evidencia dicha locura.3 A pesar de tomar la forma extravagante de la\n"
            "martirización de un pollo, res‐",
            "3Sobre las diferentes teorías en torno a la muerte de Diógenes conviene revisar las anécdotas.",
        ),
        ("ponde a una lógica modesta y llana gracias a la cual también se puede explicar.",),
    )
    assert notes_of(d)["locura."].startswith("Sobre las diferentes teorías")
    [b] = d.blocks
    assert "un pollo, responde a una lógica" in b.text
    assert "".join(r.text for r in b.runs() if r.kind != "note") == b.text


def test_a_note_at_the_next_page_foot_in_the_unit_a_note_opened() -> None:
    """pdftotext, one column: a page opens with the last note of the page before (``1.
    “(Tales ...``), the body's sentence goes on, and the page's own note is read into the
    same unit after the page's last line, glued to a word broken in an aside (``... este
    sujeto -pensa‐`` / ``2. La descripción ...``), before the next page (``dor en tanto
    ...``). The body's return does not end the search for notes: note 2 goes to its call
    too, and the word is whole again. A line of the body that opens with the next number
    (``2 March, when ...``) is no note where no page turns after it."""
    first, unit = units(
        "Así se hacen idénticas la vida y la muerte.1 Los recortes metafísicos del creador de\n"
        "definiciones se dejan ver en el momento en que se los",
        "1. “(Tales de Mileto) decía que la muerte en nada difiere del vivir.” (DIÓGENES LAERCIO).\n"
        "escenifica corporalmente. La estrategia cínica, a pesar de tomar la forma de la martirización\n"
        "de un pollo, responde a una lógica modesta (GLUCKSMANN, 1982, p. 110).2 Empero, este sujeto -pensa‐\n"
        "+2. La descripción del quehacer cínico aparece en La filosofía analítica de la política.\n"
        "dor en tanto hombre de acción- no es apenas un delator histriónico del error teórico.",
    )
    d = build_document(CleanResult([first, replace(unit, turns=(4,))]), Metadata(language="es"))
    got = notes_of(d)
    assert got["muerte."].startswith("“(Tales de Mileto)")
    assert got["110)."].startswith("La descripción del quehacer cínico")
    assert "este sujeto -pensador en tanto hombre de acción-" in " ".join(b.text for b in d.blocks)
    first, unit = units(
        "The debate was long.1 The members of the house spoke one after the other and the",
        "1. Hansard, Parliamentary Debates, vol. 12 (London, 1850).\n"
        "speaker closed it late at night (Smith, 1999).2 A second report followed on\n"
        "2 March, when the house had risen for the summer.",
    )
    d = build_document(CleanResult([first, unit]), Metadata())
    assert "A second report followed on 2 March, when" in " ".join(b.text for b in d.blocks)


def test_a_glued_note_after_notes_the_extractor_scattered() -> None:
    """Bakhtiniana (pdfminer): note 1 came out in pieces no rule can read, so note 2 is the
    first one found; glued into ``crono-`` it is a note all the same, and the word goes on
    after it behind a closing quote (``topo”``)."""
    d = doc(
        "nos níveis de violência definidas na Lei Maria da Penha2, em seu Artigo 7º, de modo\na compor o corpus.",
        "O cronotopo corresponde à relação indissolúvel do tempo-espaço, pois o tempo é o\n"
        "“princípio condutor do crono-\n"
        "+2. De acordo com a Lei Maria da Penas no artigo 7º, incisos de I a VII, a violência\n"
        "contra a mulher pode se concretizar física, psicológica, moral, sexual e patrimonial.\n"
        "topo” (BAKHTIN, 1988, p.213) e se coaduna às variantes espaciais.",
        sidecar=Metadata(language="pt"),
    )
    assert notes_of(d)["Penha"].startswith("De acordo com a Lei Maria da Penas")
    assert d.blocks[-1].text.endswith(
        "“princípio condutor do cronotopo” (BAKHTIN, 1988, p.213) e se coaduna às variantes espaciais."
    )


def test_a_name_and_its_number_ending_a_sentence_is_no_note() -> None:
    """``SARS-CoV-`` / ``2. Os resultados ...``: the cleaner glued a name's number to it and
    the sentence after it opens like a numbered note; only a word's piece in lower case
    (``poe-``) has a page's note run into it. A call ``2`` elsewhere changes nothing."""
    d = doc(
        "O ensino remoto emergencial foi adotado durante a pandemia2, como mostram os dados do censo escolar.",
        "Os estudos sobre o contágio pelo SARS-CoV-\n"
        "+2. Os resultados indicam que as escolas ficaram fechadas por longos períodos durante\n"
        "o ano de 2020 em todo o país, o que afetou a aprendizagem.",
        sidecar=Metadata(language="pt"),
    )
    assert "pelo SARS-CoV-2. Os resultados indicam" in d.blocks[1].text
    assert not notes_of(d)


def test_a_note_line_that_opens_on_a_closing_bracket_stays_in_the_note() -> None:
    """``(the latter incl.`` / ``schools) and was sent ...``: a word closing a bracket after a
    finished line is the note's own text going on, not the interrupted sentence."""
    d = doc(
        "We ran the survey in the spring of 2019 with the help of the local education office1, and the\n"
        "response rate was high in every district where the",
        "1 The survey covered several kinds of institution, such as public and private ones (the latter incl.\n"
        "schools) and was sent by post to each of them in March 2019.\n"
        "teachers were asked about their working hours.",
    )
    assert notes_of(d)["office"].endswith(
        "(the latter incl. schools) and was sent by post to each of them in March 2019."
    )
    assert d.blocks[0].text.endswith("in every district where the teachers were asked about their working hours.")


def test_a_note_after_a_note_and_two_notes_in_one_paragraph() -> None:
    """Trans/Form/Ação (pdftotext): notes 1 to 3 at a page foot, the first cut off the
    sentence the page break split, the next two units of their own; notes 1 and 2 are
    called in one paragraph (``p. 230)1.`` and ``dientes2``): it takes both."""
    d = doc(
        "augusto intento por parte del sinopense: “[…] sus discípulos conjeturaron la contención del\n"
        "aliento.” (DIOGENES LAERCIO, VI 77, 2010, p. 230)1. De esta manera, el cínico pretendía hacerse\n"
        "dueño de la muerte; así, en el gesto definitivo de unir los labios y los dientes2, mientras que\n"
        "acercaba la vida a la muerte, al punto de hacerlas talesianamente3 indistinguibles la una de la",
        "otra, unía a su vez al pensador y al amo, para hablar de una idea indiscutible de\n"
        "1. Sobre las diferentes teorías en torno a la muerte de Diógenes conviene revisar las anécdotas.",
        "2. La alusión a los dientes y los labios en la anécdota de la muerte de Diógenes se encuentra ya\n"
        "narrada en Laercio.",
        "3. “(Tales de Mileto) decía que la muerte en nada difiere del vivir.” (DIÓGENES LAERCIO, I 35).",
        "hombre, Diógenes los efectúa sobre la materialidad",
    )
    notes = notes_of(d)
    assert notes["230)"].startswith("Sobre las diferentes")
    assert notes["dientes"].startswith("La alusión")
    assert notes["talesianamente"].startswith("“(Tales de Mileto)")
    # The paragraph the notes interrupted is one again, its three calls in it.
    assert len(d.blocks) == 1
    assert d.blocks[0].text.endswith("una idea indiscutible de hombre, Diógenes los efectúa sobre la materialidad")


def test_a_note_ends_at_its_page_end_and_the_quotation_it_interrupted_goes_on() -> None:
    """Educação em Revista (pdftotext): note 7 closes its page on a link; the next page opens
    with the quotation the sentence before the note announced, in capitals. The note ends at
    the page's end, and the quotation is one, read after the sentence that introduces it."""
    (u,) = units(
        "O mesmo ocorre com os textos do escritor Juvenal Payayá, que acredita na força da sua literatura\n"
        "como uma das primeiras ferramentas no processo de identidade dos povos1, como descreve abaixo,\n"
        "1. Esses e outros autores são citados no site da livraria Maracá, ver mais em\n"
        "<https://www.livrariamaraca.com.br/escritores-indigenas/>\n"
        "Nós fazemos literatura desde que o mundo é mundo (risos). Eu acho que sem a nossa literatura\n"
        "nós não teríamos reconhecimento, e não é apenas o reconhecimento teórico, é o reconhecimento\n"
        "de você solicitar uma política. (PAYAYÁ, 2015, Apud SANTOS, 2016, p.30 e 31).",
    )
    turned = build_document(CleanResult([replace(u, turns=(4,))]), Metadata(language="pt"))
    assert notes_of(turned)["povos"].endswith("escritores-indigenas/>")
    assert [b.kind for b in turned.blocks] == ["paragraph", "quote"]
    assert turned.blocks[1].text.startswith("Nós fazemos literatura")
    # On one page, the line after the link may be the note's own text going on.
    kept = build_document(CleanResult([u]), Metadata(language="pt"))
    assert "Nós fazemos literatura" in notes_of(kept)["povos"]


def test_a_note_in_the_text_counts_on_from_a_glued_note_of_its_own() -> None:
    """jose.00292 (pdfminer, two columns): note 1 came as a unit of its own, its number
    glued to it; note 2 broke into a later paragraph. It is note 2 all the same."""
    d = doc(
        "The course focuses on Python packages that serve as plugins to a preexisting project1 .",
        "1We thank @NickleDave for raising this point during the review process and encouraging us to reflect.",
        "Our recommended setup for Python package development is GitHub Codespaces, a cloud-based\n"
        "development solution with preinstalled dependencies and configuration2. With Codespaces,\n"
        "students can start their work directly from a browser.",
        "The materials provided in this course are designed for easy reuse and modification by other\n"
        "instructors. While the course uses the CoLRev Python package as the example context, the\n"
        "materials allow instructors to\n"
        "2Local VirtualBox images were too slow on most student machines, and\n"
        "resources for self-hosted virtual machines were not available.\n"
        "adapt the content to focus on different Python packages.",
    )
    got = notes_of(d)
    assert got["project"].startswith("We thank @NickleDave")
    assert got["configuration"].startswith("Local VirtualBox images")
    assert d.blocks[-1].text.endswith(
        "the materials allow instructors to adapt the content to focus on different Python packages."
    )


def test_the_sentence_a_note_broke_goes_on_after_it_in_either_case() -> None:
    """After a page's note, the text the note broke goes on: in lower case, it is the same
    paragraph even when the sentence before ended on a comma and it closes on a page cited
    (no quotation); after a word in lower case, mid-phrase, in capitals too (a place's
    name, a German noun)."""
    d = doc(
        "In this study we draw on survey data collected from a national sample of secondary teachers1 in\n"
        "order to describe how working hours relate to reported stress, to job satisfaction and to plans\n"
        "to leave the profession in the coming years, factors,\n"
        "1 The survey was funded by the National Research Council.\n"
        "which earlier work has described as the main drivers of attrition in urban and suburban schools\n"
        "across the country over the last twenty years (Smith, 2019, p. 12).",
    )
    assert [b.kind for b in d.blocks] == ["paragraph"]
    assert "factors, which earlier work" in d.blocks[0].text
    (u,) = units(
        "Neste estudo, analisamos dados de uma pesquisa nacional realizada com professores de escolas\n"
        "indígenas1, com o objetivo de descrever as condições de trabalho relatadas por eles nas escolas das\n"
        "aldeias em que atuam nos estados do Amazonas e de\n"
        "1 A pesquisa foi financiada pelo Conselho Nacional de Desenvolvimento Científico e Tecnológico.\n"
        "Mato Grosso do Sul, onde se concentra a maior parte das escolas indígenas do país."
    )
    d = build_document(CleanResult([replace(u, turns=(4,))]), Metadata(language="pt"))
    assert [b.kind for b in d.blocks] == ["paragraph"]
    assert notes_of(d)["indígenas"].endswith("Científico e Tecnológico.")
    # A note by its word, not its number, is no page's note: the paragraph after it is one
    # of its own (Bakhtiniana, pdfminer: ``... como se`` / ``nota: “e já foi ...”.``).
    got = kinds(
        "Da mesma forma, ainda, discursiviza a imagem de uma mulher descontrolada, agressiva,\n"
        "capaz de atacá-lo, como se",
        "nota: “e já foi pra cima de mim, já foi me atacando, [...] foi me batendo”.",
        "Nos dois excertos, o acusado discursiviza para a vítima imagens de uma mulher histérica,\n"
        "desequilibrada, descontrolada emocionalmente, infantil e agressiva.",
    )
    assert got[-1][1].startswith("Nos dois excertos")
    assert d.blocks[0].text.endswith(
        "do Amazonas e de Mato Grosso do Sul, onde se concentra a maior parte das escolas indígenas do país."
    )


def test_a_page_s_notes_among_entries_by_author_are_notes() -> None:
    """Educação em Revista (pdftotext): the page's notes (9 and 10 there) sit at its foot, among
    the entries of a list by author and year; each is tied to its call in the text. In a
    list numbered as cited, a numbered line is an entry."""
    d = doc(
        "A literatura indígena1 ganhou espaço nas escolas e nas editoras do país, e os autores\nindígenas passaram a",
        "1. Esses e outros autores são citados no site da livraria Maracá, que reúne publicações originárias.",
        "publicar com frequência cada vez maior, como mostram os catálogos das editoras.",
        "Num crescimento tanto de pessoas2 quanto de produção literária indígena no Brasil, a\n"
        "leitura e a escrita se reforçam como base da luta dos povos pelos seus direitos (MUNDURUKU, 2021)3.",
        "REFERÊNCIAS",
        "BANIWA, Gersem dos Santos Luciano. O Índio brasileiro. Brasília, DF: MEC; Unesco, 2006.",
        "BARTHES, Roland. Aula. São Paulo: Cultrix, 1987.\n"
        "2. Dados sobre o crescimento das populações indígenas apontam um número de 294.131\n"
        "indivíduos no ano de 1991 e de 817.963 em 2010. (IBGE, 2012).\n"
        "3. Resposta de Daniel Munduruku concedida à pesquisadora durante curso online, 2021.",
        "COELHO, Nelly Novaes. Literatura infantil, teoria, análise, didática. São Paulo: Moderna, 2000.",
        sidecar=Metadata(language="pt"),
    )
    got = notes_of(d)
    assert got["indígena"].startswith("Esses e outros autores")
    assert got["pessoas"].startswith("Dados sobre o crescimento") and got["2021)"].startswith("Resposta de Daniel")
    refs = [b.text for b in d.blocks if b.kind == "reference"]
    assert len(refs) == 3 and refs[1] == "BARTHES, Roland. Aula. São Paulo: Cultrix, 1987."
    # A list numbered as cited (``ser1.`` / ``1. Winnicott DW. ...``) holds entries only.
    d = doc(
        "O brincar é essencial para o desenvolvimento emocional da criança hospitalizada, segundo a literatura1, e\n"
        "a visita dos irmãos ajuda a manter os laços familiares durante a internação2.",
        "REFERÊNCIAS",
        "1. Winnicott DW. O brincar e a realidade. Rio de Janeiro: Imago; 1975.\n"
        "2. Oliveira SMK, Gomes GC. Irmãos de crianças hospitalizadas. Rev Enferm UERJ. 2016;24(2):e9458.",
        sidecar=Metadata(language="pt"),
    )
    assert not notes_of(d) and [b.kind for b in d.blocks].count("reference") == 2
    # Before any note of the text was read at a page's foot (its notes at the end), an
    # entry's line that opens with a number is the entry's (``... 1750-1880. v.`` / ``1. São
    # Paulo: Martins, 1959.``).
    d = doc(
        "A leitura literária na escola básica1 depende da iniciativa dos professores, que escolhem os livros.",
        "REFERÊNCIAS",
        "CANDIDO, Antonio. Formação da literatura brasileira: momentos decisivos, 1750-1880. v.\n"
        "1. São Paulo: Martins, 1959.",
        "COELHO, Nelly Novaes. Literatura infantil, teoria, análise, didática. São Paulo: Moderna, 2000.",
        sidecar=Metadata(language="pt"),
    )
    assert not notes_of(d) and any(b.text.endswith("v. 1. São Paulo: Martins, 1959.") for b in d.blocks)


def test_a_note_that_breaks_off_mid_sentence_runs_on_over_the_page() -> None:
    """A note broken off on a word in lower case at the page's end goes on at the next
    page's top: the page turn alone does not end it."""
    (u,) = units(
        "We ran the survey in the spring of 2019 with the help of the education office1, and the\n"
        "response rate was high in every district where the\n"
        "1 The survey covered several kinds of institution, public and private, and was sent by\n"
        "post to each of them in March 2019.\n"
        "teachers were asked about their working hours.",
    )
    d = build_document(CleanResult([replace(u, turns=(3,))]), Metadata())
    assert notes_of(d)["office"].endswith("was sent by post to each of them in March 2019.")
    assert d.blocks[0].text.endswith("where the teachers were asked about their working hours.")


def test_a_heading_in_capitals_on_two_lines() -> None:
    """Rev. Saúde Pública (pypdf): the cleaner kept the two lines one unit."""
    got = doc(
        "A busca ativa das mulheres contribui para reduzir a incidência e a mortalidade nessa população.",
        "DIAGNÓSTICO E TRATAMENTO DO CÂNCER DO\nCOLO DO ÚTERO",
        "Para os diagnósticos obtidos nos exames de Papanicolaou, o tempo de espera foi menor que um mês.",
    ).headings()
    assert [h.text for h in got] == ["DIAGNÓSTICO E TRATAMENTO DO CÂNCER DO COLO DO ÚTERO"]


def test_an_enumeration_run_into_the_sentence_is_no_list() -> None:
    """rbee-30, bak-p59099 (pdfminer): ``a)`` opens a line, but ``b)`` and ``c)`` follow
    inside the lines after a semicolon: one paragraph, not a list of one item."""
    got = kinds(
        "produção científica nacional, em particular na formação de professores. Nesse sentido, destacamos:",
        "a) falta de formação/capacitação para todos os segmentos\n"
        "de profissionais da escola; b) demora na contratação dos\n"
        "profissionais de apoio e cuidadores para os estudantes; c)\n"
        "ausência de salas de recursos multifuncionais.",
        PARA,
    )
    assert got[1][0] == "paragraph" and got[1][1].startswith("a) falta de formação")
    got = kinds(
        "1) Formas e tipos de interação discursiva em sua relação com\n"
        "as condições concretas; 2) [das] formas dos enunciados ou\n"
        "discursos verbais singulares em relação estreita com a interação.",
        PARA,
    )
    assert got[0][0] == "paragraph"
    # items that each open a line stay a list, a semicolon closing each
    got = kinds(
        "Nesse sentido, destacamos:", "a) falta de formação dos profissionais;", "b) demora na contratação;", PARA
    )
    assert [k for k, _ in got[1:3]] == ["list_item", "list_item"]


def test_items_numbered_in_roman_are_a_list() -> None:
    got = kinds(
        "Os dados foram organizados em torno de três questões orientadoras, apresentadas a seguir:",
        "i) Como o grande cronotopo atual e o cronotopo do Tribunal do Júri se relacionam?",
        "ii) De que maneira os réus constroem imagens de si e das vítimas?",
        "iii) Quais valorações sociais sustentam essas imagens nos enunciados proferidos?",
        PARA,
    )
    assert [k for k, _ in got] == ["paragraph", "list_item", "list_item", "list_item", "paragraph"]


def test_an_item_after_an_enumeration_run_into_the_paragraph_before_is_no_list() -> None:
    """bak-p59099 (pdftotext): ``i)`` to ``iii)`` run in one paragraph; ``iv)`` opens a
    line of its own, the enumeration's end."""
    got = kinds(
        "i) Como o grande cronotopo atual e o cronotopo do Tribunal do Júri perpassam\n"
        "as práticas discursivas dos réus?; ii) como a esfera jurídica legitima determinadas\n"
        "projeções nos discursos desses réus?; iii) como a situação de interação regulariza\n"
        "essas mesmas projeções nos enunciados proferidos por esses assassinos?;",
        "iv) de que maneira a realização estilístico-composicional do conteúdo temático é\n"
        "axiológica e ideologicamente constituída?",
        PARA,
    )
    assert [k for k, _ in got[:2]] == ["paragraph", "paragraph"]


def test_a_paragraph_goes_on_after_a_table_set_inside_it() -> None:
    """Ciênc. educ. (pypdf): the table and its source fell between two lines of a sentence
    (``... o critério AIC para`` / table / ``Fonte: São Paulo (2013).`` / ``obter o modelo
    hierárquico final.``): one paragraph, the table and its note after it."""
    from galley.model import Block
    from galley.structure.blocks.joins import join_continuations

    before = Block("paragraph", "Foram comparados os modelos utilizando o critério AIC para", source=(1, 1))
    table = Block("table", "Região ICC Capital 0,071", rows=[["Região", "ICC"], ["Capital", "0,071"]], source=(2, 4))
    note = Block("footnote", "Fonte: São Paulo (2013).", source=(5, 5))
    after = Block("paragraph", "obter o modelo hierárquico final.", source=(6, 6))
    got = join_continuations([before, table, note, after])
    assert [b.kind for b in got] == ["paragraph", "table", "footnote"]
    assert got[0].text.endswith("critério AIC para obter o modelo hierárquico final.")
    # A capital after the table opens a paragraph of its own.
    new = Block("paragraph", "Os valores mostrados na tabela 2 são baixos.", source=(6, 6))
    assert [b.kind for b in join_continuations([before, table, note, new])] == [
        "paragraph",
        "table",
        "footnote",
        "paragraph",
    ]


def test_a_numbered_paragraph_cut_off_is_no_subsection_name() -> None:
    """The review's case: ``2.1.`` after ``2.`` but ending on ``and`` or a comma: text."""
    for cut in ("each of the plots and", "in all strata,"):
        d = doc(
            "2. Methods",
            PROSE,
            f"2.1. Soil samples were collected at three depths with an auger from the centre of {cut}",
            PROSE,
        )
        assert len(d.headings()) == 1, cut


# Rev. Saúde Pública (pypdf, two columns): a note at the left column's foot, in smaller type
# (its lines run wider), then the right column's paragraph.
SISCOLO = (
    "De acordo com dados do Sistema de Informação do CCU, o município-chave\n"
    "não tem registro de seguimento de 99,98% dos casos,\n"
    "como proposto pelo Siscolo1. Entretanto, a abordagem\n"
    "qualitativa identificou questões sobre o acesso ao\n"
    "nível terciário, que ocorre num intervalo curto.\n"
    "1Ministério da Saúde, DATASUS. Siscolo - Sistema de Informação\n"
    "do Câncer do Colo do Útero. [citado 2011 nov 5]. Disponível em:\n"
    "http://w3.datasus.gov.br/siscam/index.php?area=0401\n"
    "Cecílio & Merhy7 afirmam que “a linha de cuidado\n"
    "pensada de forma plena atravessa inúmeros serviços\n"
    "de saúde”. Segundo os autores, não há integralidade\n"
    "radical sem a transversalidade no sistema."
)


def test_a_note_at_a_columns_foot_ends_where_the_body_measure_comes_back() -> None:
    d = doc(SISCOLO)
    notes = notes_of(d)
    assert notes["Siscolo"].endswith("index.php?area=0401")
    assert any(b.kind == "paragraph" and b.text.startswith("Cecílio & Merhy7") for b in d.blocks)


def test_a_notes_later_sentence_stays_in_the_note() -> None:
    # The review's cases: a note's second sentence opens a line after a finished one, its
    # lines about as long as the body's (one column, ragged): the note keeps it.
    d = doc(
        "A política de atenção básica foi reorganizada a partir de 2006, quando o Pacto pela Saúde\n"
        "estabeleceu novas responsabilidades sanitárias para os municípios brasileiros, conforme\n"
        "discutido por Paim1. Essa mudança, contudo, não alterou de modo significativo as formas de\n"
        "1 O Pacto pela Saúde foi instituído pela Portaria GM/MS nº 399, de 22 de fevereiro de 2006, e\n"
        "reúne três componentes: o Pacto pela Vida, em Defesa do SUS e de Gestão do sistema público.\n"
        "Sobre seus efeitos nos municípios de pequeno porte, ver a análise de Viana e colaboradores\n"
        "publicada em 2010 na revista Ciência & Saúde Coletiva.\n"
        "financiamento das ações, que continuaram dependentes das transferências federais e da\n"
        "capacidade de arrecadação de cada ente federado.",
    )
    assert notes_of(d)["Paim"].endswith("Ciência & Saúde Coletiva.")
    assert "as formas de financiamento das ações" in " ".join(b.text for b in d.blocks)
    # A note between the halves of a sentence: its later sentence stays in it, and the
    # sentence the note interrupted goes on (Spanish).
    d = doc(
        "Los programas sociales1 llegaron a las\n"
        "1 Véase el informe de la CEPAL de 2019 sobre la pobreza rural y los programas de transferencias.\n"
        "Véase también el estudio regional de 2021 sobre la región andina y sus programas públicos.\n"
        "comunidades más alejadas de los centros urbanos durante la década siguiente.",
    )
    assert notes_of(d)["sociales"].endswith("sus programas públicos.")
    assert "llegaron a las comunidades más alejadas" in " ".join(b.text for b in d.blocks)


@pytest.mark.parametrize(
    "text, shaped",
    [
        ("1 – Introdução", True),  # a dash after the section number (a probe's case)
        ("2.1 - Instrumento", True),
        ("Participantes da safra 2009/2010", True),  # a slash between numbers: a year range
        ("A Lei nº 10.639/2003 e a saúde", True),  # ... a law's number
        ("Results 1748-9326/ab281e", False),  # a DOI's suffix
        ("DOI: 10.1590/2176-4573p59099 | CC BY 4.0", False),  # a DOI
        ("Files in data/raw", False),  # a path
    ],
)
def test_heading_shapes_with_dashes_and_slashes(text: str, shaped: bool) -> None:
    from galley.params import PARAMS
    from galley.structure.headings import heading_shape

    assert heading_shape(text, PARAMS.structure) is shaped


def test_a_sections_long_numbered_name_set_apart_by_the_cleaner_is_a_heading() -> None:
    # Rev. Bras. Educ. Espec.: 16 words after section 2; a number without a stop in it is a
    # list item's as often, so it takes the cleaner's word that the lines stand apart.
    texts = (
        "2 Aspectos metodológicos e éticos",
        "Em termos metodológicos, analisamos documentos federais e estatísticas do Censo Escolar.",
        "3 A educação como direito: perspectivas e desafios da educação especial na perspectiva\nda educação inclusiva",
        "Conforme já sinalizado anteriormente, a PNEEPEI de 2008 tem sido usada para orientar os sistemas.",
    )
    set_apart = doc(*texts, heading_units=frozenset({0, 2})).blocks
    assert [b.kind for b in set_apart] == ["heading", "paragraph", "heading", "paragraph"]
    not_set_apart = doc(*texts, heading_units=frozenset({0})).blocks
    assert [b.kind for b in not_set_apart][2] == "paragraph"


def test_back_matter_names_of_other_journals_are_headings() -> None:
    # Short notes under short names make a dense stretch, where only known names head.
    got = kinds(
        "A cobertura do exame foi insuficiente em todas as regiões do município estudado.",
        "Fonte de financiamento",
        "Nenhuma.",
        "Conflito de interesse",
        "Os autores declaram não haver.",
        "Contribuição dos autores",
        "Todos os autores redigiram o texto.",
        "Considerações éticas",
        "Aprovado pelo comitê de ética.",
    )
    assert [t for k, t in got if k == "heading"] == [
        "Fonte de financiamento",
        "Conflito de interesse",
        "Contribuição dos autores",
        "Considerações éticas",
    ]


# J. Braz. Chem. Soc. (jbchs-32-10-1956, CC BY) as pdfminer read it: the Experimental
# section's list of reagents garbled into short pieces, then a method's heading between two
# paragraphs of five lines.
SYNTHESIS = (
    "General and",
    "USA).",
    "Niobium salts",
    "Louis, (NbOPO4.nH2O, Nb2O5.nH2O,",
    "NbCl5",
    "permanganate solution and heating. Column chromato-\n~graphy separations were followed using 35-70 mm\n"
    "(240-400 mesh) silica gel purchased from Sigma-Aldrich\n(St. Louis, USA). Chiral gas chromatography with flame\n"
    "ionization detection (GC-FID) analyses were recorded.",
    "Synthesis of (rac)-1-phenylethanol",
    "Synthesis of 1-phenylethanol for GC standard was\nprepared by reduction of the corresponding acetophen-\n"
    "~one with sodium borohydride in methanol. To a stirred\nsolution of acetophenone (13.9 mmol, 1.67 g) in methanol\n"
    "(50 mL) at 0 °C, sodium borohydride was added.",
)


def test_a_heading_between_two_paragraphs_is_no_cell_of_a_dense_stretch() -> None:
    """Short pieces all around make the stretch dense (a table read cell by cell, as far as
    the window can tell), but a table's cells are not set between two paragraphs."""
    assert ("heading", "Synthesis of (rac)-1-phenylethanol") in kinds(*SYNTHESIS)
    # A table's row label between two cells of five lines in a narrow column stays a cell.
    body = [t for t in SYNTHESIS if "\n" in t] * 2  # the body's measure: 56 characters
    narrow = [t if "\n" not in t else "\n".join(w for ln in t.split("\n") for w in _halves(ln)) for t in SYNTHESIS]
    assert ("heading", "Synthesis of (rac)-1-phenylethanol") not in kinds(*body, *narrow)


def _halves(line: str) -> list[str]:
    """A line set in a column half as wide."""
    words = line.split(" ")
    return [" ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])]
