"""Front matter on small real examples (JOSE papers, CC BY 4.0, as extractors gave them):
title, authors, affiliations, keywords, the journal sidebar; the body after them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from make import doc

from galley.model import Document, Metadata, Removed
from galley.params import PARAMS
from galley.structure.front.names import as_names, is_author_line, split_names

SIDEBAR = (
    "DOI: 10.21105/jose.00090",
    "Software",
    "• Review",
    "• Repository",
    "• Archive",
    "Submitted: 03 April 2020",
    "Published: 23 May 2024",
    "License",
    "Authors of papers retain copyright\nand release the work under a",
    "Creative Commons Attribution 4.0",
    "International License (CC BY 4.0).",
)
SUMMARY = (
    "Summary",
    "The use of econometrics to study how social, economic, and biophysical systems respond\n"
    "to weather has started a torrent of new research (Carleton & Hsiang, 2016).",
)


def authors(*texts: str) -> list[str]:
    """The authors found above a summary, under a title."""
    return [a.name for a in doc("A practical guide to climate econometrics", *texts, *SUMMARY).meta.authors]


def test_pdfminer_layout_sidebar_first_then_title_authors_affiliations() -> None:
    d = doc(
        *SIDEBAR,
        "A practical guide to climate econometrics: Navigating\n"
        "key decision points in weather and climate data analysis",
        "James A. Rising 1, Azhar Hussain 2, Kevin Schwarzwald 3, and Ana\nTrisovic\n4",
        "1 Grantham Research Institute, London School of Economics 2 Department of Economics, London School\n"
        "of Economics 3 Department of Earth and Environmental Sciences, Columbia University 4 The Institute for\n"
        "Quantitative Social Science, Harvard University",
        *SUMMARY,
    )
    m = d.meta
    assert m.title == (
        "A practical guide to climate econometrics: Navigating key decision points in weather and climate data analysis"
    )
    assert [a.name for a in m.authors] == ["James A. Rising", "Azhar Hussain", "Kevin Schwarzwald", "Ana Trisovic"]
    assert m.authors[3].affiliation == "The Institute for Quantitative Social Science, Harvard University"
    assert m.affiliations[1] == "Department of Economics, London School of Economics"
    assert (m.doi, m.date, m.received, m.published) == ("10.21105/jose.00090", "2024-05-23", "2020-04-03", "2024-05-23")
    assert m.licence == "CC BY 4.0"
    # The sidebar and the title block are metadata: the body opens with the summary.
    assert [b.text for b in d.blocks][0] == "Summary"
    body = " ".join(b.text for b in d.blocks)
    assert "Repository" not in body and "Grantham" not in body and "retain copyright" not in body
    # ... and every front line is reported with what it was found to be.
    why = {r.text: r.why for r in d.removed}
    assert why["Software"].startswith("journal sidebar label")
    assert why["Creative Commons Attribution 4.0"].startswith("journal sidebar: licence text")


def test_pdftotext_interleaved_author_lines() -> None:
    """pdftotext: superscripts on lines of their own and the wrapped last name moved up."""
    got = authors("James A. Rising", "Trisovic 4", "1", ", Azhar Hussain", "2", ", Kevin Schwarzwald", "3", ", and Ana")
    assert got == ["James A. Rising", "Azhar Hussain", "Kevin Schwarzwald", "Ana Trisovic"]


def test_pdfminer_interleaved_author_lines() -> None:
    got = authors("Julia Wagemann 1, Sabrina H. Szeto", "Fierli", "4", "2, Simone Mantovani", "3, and Federico")
    assert sorted(got) == ["Federico Fierli", "Julia Wagemann", "Sabrina H. Szeto", "Simone Mantovani"]


def test_pdfminer_two_rows_of_authors_read_down_their_first_names() -> None:
    """jose.00299, jose-pdfminer: two rows of authors, read as a box of the rows' first
    names, then the rest of each row in pieces. The first name is an author, not the end
    of the title; the second row's first name is an author of its own, not the tail of the
    last name."""
    d = doc(
        "Course Materials for an Introduction to Computational\nChemistry Techniques",
        "Sarah Victoria Stewart\nAudrey Ngambia",
        "1,2, Hannah Pollak",
        "1, Timothy J. Spankie\n1,2",
        "1,3,4,",
        "1, Angela Chitzanidi5, and Valentina Erastova",
        *SUMMARY,
    )
    assert d.meta.title == "Course Materials for an Introduction to Computational Chemistry Techniques"
    assert sorted(a.name for a in d.meta.authors) == [
        "Angela Chitzanidi",
        "Audrey Ngambia",
        "Hannah Pollak",
        "Sarah Victoria Stewart",
        "Timothy J. Spankie",
        "Valentina Erastova",
    ]
    # The title read into the names' box stops the walk back: its lines stay the title's.
    d = doc(
        "Course Materials for an Introduction to Computational\nChemistry Techniques\n"
        "Sarah Victoria Stewart\nAudrey Ngambia",
        "1,2, Hannah Pollak",
        "1, Angela Chitzanidi5, and Valentina Erastova",
        *SUMMARY,
    )
    assert d.meta.title.startswith("Course Materials for an Introduction to Computational Chemistry Techniques")
    assert "Audrey Ngambia" in [a.name for a in d.meta.authors]
    # A last line that is no full name still ends the last name (``, and Ana`` / ``Trisovic 4``),
    # and so does a full one with its marker (a double surname: its marker follows it) or
    # after a first name alone.
    got = authors("James A. Rising", "Trisovic 4", "1", ", Azhar Hussain 2", ", and Ana")
    assert sorted(got) == ["Ana Trisovic", "Azhar Hussain", "James A. Rising"]
    got = authors("James A. Rising", "García López 4", "1", ", Azhar Hussain 2", ", and Ana María")
    assert sorted(got) == ["Ana María García López", "Azhar Hussain", "James A. Rising"]
    got = authors("James A. Rising", "Trisovic Lima", "1", ", Azhar Hussain 2", ", and Ana")
    assert sorted(got) == ["Ana Trisovic Lima", "Azhar Hussain", "James A. Rising"]
    # The box holding the title too is left alone: a short title reads as a name.
    d = doc("Teaching Seismology\nSarah Victoria Stewart\nAudrey Ngambia", "1,2, Hannah Pollak", *SUMMARY)
    assert d.meta.title.startswith("Teaching Seismology")
    # (The second row's first author is read last, without the markers pdfminer read apart
    # from her name: the names are right, their order and her affiliation are not.)


def test_an_affiliation_read_between_the_title_and_its_author() -> None:
    """jose.00261, latex-twocol-pdfminer: pdfminer read the affiliation set under the name
    before the name. It is the author's affiliation, not the end of the title, and its
    address wraps after the postcode (``SE-106 91`` / ``Stockholm, Sweden``)."""
    d = doc(
        "AstronomyCalc: A python toolkit for teaching\nAstronomical Calculations and Data Analysis methods",
        "Nordita, KTH Royal Institute of Technology and Stockholm University, Hannes Alfvéns väg 12, SE-106 91\n"
        "Stockholm, Sweden",
        "Sambit K. Giri",
        *SUMMARY,
    )
    assert (
        d.meta.title
        == "AstronomyCalc: A python toolkit for teaching Astronomical Calculations and Data Analysis methods"
    )
    assert [a.name for a in d.meta.authors] == ["Sambit K. Giri"]
    assert d.meta.authors[0].affiliation == (
        "Nordita, KTH Royal Institute of Technology and Stockholm University, Hannes Alfvéns väg 12, SE-106 91 "
        "Stockholm, Sweden"
    )
    # A translated title set apart is no address, however it names an institution; nor is
    # a title with nothing above it.
    d = doc(
        "Saúde mental de estudantes",
        "Mental Health of Students at a Public University",
        "Ana Costa1, Pedro Lima2",
        "1 Universidade Federal de São Paulo, São Paulo, Brasil\n2 Universidade de Brasília, Brasília, Brasil",
        *SUMMARY,
    )
    assert "Mental Health of Students at a Public University" not in d.meta.affiliations
    assert [a.affiliation for a in d.meta.authors] == [
        "Universidade Federal de São Paulo, São Paulo, Brasil",
        "Universidade de Brasília, Brasília, Brasil",
    ]
    d = doc("The University of Toronto, Climate Downscaling,\nTools, Data and Resources", "Sambit K. Giri", *SUMMARY)
    assert d.meta.title == "The University of Toronto, Climate Downscaling, Tools, Data and Resources"
    # A title's own lines wrap with no blank line between: a line naming a school stays in it.
    d = doc(
        "The Argo Online\nSchool: An e-learning tool to get started with Argo", "Alberto González-Santana", *SUMMARY
    )
    assert d.meta.title == "The Argo Online School: An e-learning tool to get started with Argo"
    # After a postcode, a line that names an institution, or holds more than a city and its
    # country, is an affiliation of its own.
    d = doc(
        "Teaching mathematical modeling",
        "Ana Costa, Pedro Lima",
        "Microsoft, Redmond, WA 98052\nAmazon Web Services, Seattle, WA 98109",
        *SUMMARY,
    )
    assert d.meta.affiliations == ["Microsoft, Redmond, WA 98052", "Amazon Web Services, Seattle, WA 98109"]
    d = doc(
        "Teaching mathematical modeling",
        "Ana Costa, Pedro Lima",
        "Universidade Federal de São Paulo, São Paulo, 04023-062\nInstituto Butantan, São Paulo",
        *SUMMARY,
    )
    assert d.meta.affiliations == [
        "Universidade Federal de São Paulo, São Paulo, 04023-062",
        "Instituto Butantan, São Paulo",
    ]


def test_glued_markers_symbols_and_and() -> None:
    d = doc(
        "Teaching mathematical modeling",
        "Ashlee N. Ford Versypt1,2,3,4¶ and Duncan H. Mullins1,2,3",
        "1 Department of Chemical Engineering, University at Buffalo 2 Department of Biomedical Engineering,"
        "\nUniversity at Buffalo 3 Institute for Artificial Intelligence 4 Department of Medicine",
        *SUMMARY,
    )
    assert [a.name for a in d.meta.authors] == ["Ashlee N. Ford Versypt", "Duncan H. Mullins"]
    assert d.meta.authors[1].affiliation.startswith("Department of Chemical Engineering, University at Buffalo; ")
    assert authors("Alberto González-Santana", "∗1 and Pedro Vélez-Belchí", "†1") == [
        "Alberto González-Santana",
        "Pedro Vélez-Belchí",
    ]


def test_an_author_list_wrapped_after_initials_goes_on_and_loses_its_letter_marks() -> None:
    # Braz. J. Biol. as pypdf read it (CC BY): ``M. S.`` / ``Ahmada`` is one name, and the
    # letters that end every name are the affiliations' markers.
    d = doc(
        "Range of factors in the reduction of hyperhydricity associated\nwith in vitro shoots of Salvia",
        "T. Jana, S. Gula, A. Khanb, S. Pervezc, A. Noord, M. S.\nAhmada, R. Azama, H. Ullaha",
        "aUniversity of Malakand, Department of Botany, Pakistan\nbUniversity of Lakki Marwat, Pakistan\n"
        "cShaheed Benazir Bhutto Women University, Pakistan\ndKarakoram International University, Pakistan",
        *SUMMARY,
    )
    assert [a.name for a in d.meta.authors] == [
        "T. Jan",
        "S. Gul",
        "A. Khan",
        "S. Pervez",
        "A. Noor",
        "M. S. Ahmad",
        "R. Azam",
        "H. Ullah",
    ]


def test_a_group_among_the_authors_is_no_institution() -> None:
    # Epidemiol. Serv. Saúde (CC BY): ``ICV 2020 Group`` is an author; the list goes on.
    got = authors(
        "Antonio Fernando Boing1, Alexandra Crispim Boing1, Ana Paula França2, José Cássio de",
        "Moraes2, ICV 2020 Group, Adriana Ilha da Silva3, Alberto Novaes Ramos Jr.4, Andrea de",
        "Nazaré Marvão Oliveira6, Carla Magda Allan Santos Domingues8",
        "1 Universidade Federal de Santa Catarina, Florianópolis, SC, Brazil",
    )
    assert got[3:] == [
        "José Cássio de Moraes",
        "ICV 2020 Group",
        "Adriana Ilha da Silva",
        "Alberto Novaes Ramos Jr.",
        "Andrea de Nazaré Marvão Oliveira",
        "Carla Magda Allan Santos Domingues",
    ]
    # A name's particles do not count to its length, and one may open a wrapped line.
    got = authors(
        "Rita Barradas Barata10, Roberta Nogueira Calandrini de Azevedo23, Sandra Maria",
        "do Valle Leone de Oliveira24, Sheila Araújo Teles15, Silvana Granado Nogueira da Gama25,",
        "Sotero Serrate Mengue26",
    )
    assert got[2:4] == ["Sandra Maria do Valle Leone de Oliveira", "Sheila Araújo Teles"]
    assert len(got) == 6
    # An institution's words still end the list.
    got = authors("Ana Paula França1, José Cássio de Moraes2", "Research Group on Vaccines, University of X")
    assert got == ["Ana Paula França", "José Cássio de Moraes"]


def test_name_broken_at_line_end_is_joined() -> None:
    got = authors("A. N. Villano1, Francis Vititoe4, Julia John-", "ston3", "1 University of Denver")
    assert got == ["A. N. Villano", "Francis Vititoe", "Julia Johnston"]


def test_what_is_not_an_author_line() -> None:
    """A wrapped title's last line, a title with commas, an affiliation: none is an author."""
    d = doc(
        "Dust Aerosol Detection, Monitoring and Forecasting",
        "A Data Carpentry- Style Metagenomics Workshop",
        "Computing Science and Mathematics, University of Stirling",
        *SUMMARY,
    )
    assert d.meta.authors == [] and d.meta.title == ""
    assert authors("Jack Atkinson and Jim Denholm") == ["Jack Atkinson", "Jim Denholm"]
    assert authors("Robin K. S. Hankin", "University of Stirling") == ["Robin K. S. Hankin"]


def test_weasyprint_layout_title_taken_back_from_the_running_head() -> None:
    """The template printed the full title as the running head, so the cleaner removed the
    title line with the running heads; keywords line and unmarked affiliation."""
    removed = [Removed(1, "Practical machine learning with PyTorch", "running-head", "repeats")]
    d = doc(
        "Preprint",
        "Jack Atkinson and Jim Denholm",
        "Institute of Computing for Climate Science, University of Cambridge, UK",
        "Keywords: machine learning, PyTorch, teaching",
        *SUMMARY,
        removed=removed,
    )
    assert d.meta.title == "Practical machine learning with PyTorch"
    assert [a.name for a in d.meta.authors] == ["Jack Atkinson", "Jim Denholm"]
    assert d.meta.affiliations == ["Institute of Computing for Climate Science, University of Cambridge, UK"]
    assert d.meta.keywords == ["machine learning", "PyTorch", "teaching"]


def test_single_author_without_markers_and_index_terms() -> None:
    d = doc(
        "Special relativity in R: the lorentz package",
        "Robin K. S. Hankin",
        "Computing Science and Mathematics, University of Stirling",
        "Index Terms—special relativity, Lorentz transformation",
        "Introduction: the Lorentz transformation in special relativity",
        "In special relativity (Einstein, 1905), the Lorentz transformations (Lorentz, 1904) supersede\n"
        "their classical equivalent, the Galilean transformations.",
    )
    assert d.meta.title == "Special relativity in R: the lorentz package"
    assert [(a.name, a.affiliation) for a in d.meta.authors] == [
        ("Robin K. S. Hankin", "Computing Science and Mathematics, University of Stirling")
    ]
    assert d.meta.keywords == ["special relativity", "Lorentz transformation"]
    assert d.blocks[0].kind == "heading" and d.blocks[0].text.startswith("Introduction: the Lorentz")


def test_a_title_that_opens_with_an_opening_word_is_no_heading() -> None:
    """``Introduction to deep learning: ...`` is a title, not the ``Introduction`` section."""
    d = doc(
        "Introduction to deep learning: Carpentries-style hands-on lesson",
        "Jack Atkinson and Jim Denholm",
        *SUMMARY,
    )
    assert d.meta.title == "Introduction to deep learning: Carpentries-style hands-on lesson"
    assert d.blocks[0].text == "Summary"


def test_an_opening_word_under_a_lists_marker_alone_is_an_item() -> None:
    """jose.00090 in a narrow column (pdfminer): ``–`` / ``Introduction: explains the
    prerequisites ...`` is the list's first item, not the ``Introduction`` section."""
    d = doc(
        "Summary",
        "The use of econometrics to study how social, economic, and biophysical systems respond\n"
        "to weather has started a booming literature. The tutorial is structured into sections:",
        "–\nIntroduction: explains the prerequisites, introduces\ndefinitions and conventions.",
        "–\nUsing weather and climate data: introduces the data\nand its attributes.",
    )
    items = [(b.kind, b.text[:12]) for b in d.blocks[2:]]
    assert items == [("list_item", "Introduction"), ("list_item", "Using weathe")]


def test_no_title_block_means_no_title_and_no_authors() -> None:
    """A text that opens with its abstract (the seed) gets neither from its body."""
    d = doc(
        "Abstract",
        "The changing global environment has become an\nopportunity for Russia and Pakistan.",
        "Introduction",
        "Ever-changing global realities influence the regional\ngeopolitical landscape.",
    )
    assert d.meta.title == "" and d.meta.authors == []
    assert [b.kind for b in d.blocks] == ["heading", "paragraph", "heading", "paragraph"]
    assert d.meta.abstract == "The changing global environment has become an opportunity for Russia and Pakistan."


def test_sidecar_wins_over_detection() -> None:
    d = doc(
        "A practical guide to climate econometrics",
        "James A. Rising1 and Ana Trisovic2",
        *SUMMARY,
        sidecar=Metadata(title="Working title"),
    )
    assert d.meta.title == "Working title"
    assert [a.name for a in d.meta.authors] == ["James A. Rising", "Ana Trisovic"]


def test_affiliations_split_at_markers() -> None:
    d = doc(
        "Galaxies in the classroom",
        "Ana Chen1 and Ben Okafor2",
        "1Department of Physics, University of Toronto 2 Department of Physical\n"
        "and Environmental Sciences, University of Toronto Scarborough",
        *SUMMARY,
    )
    assert d.meta.affiliations == [
        "Department of Physics, University of Toronto",
        "Department of Physical and Environmental Sciences, University of Toronto Scarborough",
    ]
    assert [a.affiliation for a in d.meta.authors] == d.meta.affiliations


def test_emails_and_orcids_go_to_their_authors() -> None:
    d = doc(
        "Special relativity in R: the lorentz package",
        "Robin K. S. Hankin1 and Ana Trisovic2",
        "1 University of Stirling 2 Harvard University",
        "Correspondence: Hankin hankin.robin@gmail.com",
        "Trisovic ORCID 0000-0003-1991-0533",
        *SUMMARY,
    )
    by_name = {a.name: a for a in d.meta.authors}
    assert by_name["Robin K. S. Hankin"].email == "hankin.robin@gmail.com"
    assert by_name["Ana Trisovic"].orcid == "0000-0003-1991-0533"
    assert by_name["Ana Trisovic"].affiliation == "Harvard University"
    assert all("gmail" not in b.text for b in d.blocks)


def test_a_title_in_capitals_is_not_taken_for_a_journal_name() -> None:
    """A journal name in capitals (``JOURNAL OF OPEN SOURCE EDUCATION``) is front-matter
    noise; a title in capitals that only holds such a word inside another one (PREVIEWS,
    NEWSLETTERS) is not: the journal words are whole words."""
    d = doc(
        "JOURNAL OF OPEN SOURCE EDUCATION",
        "INTERACTIVE PREVIEWS OF OCEAN DATA",
        "Jane Smith1 and John Doe2",
        "1 University of Bergen 2 University of Oslo",
        *SUMMARY,
    )
    assert d.meta.title == "INTERACTIVE PREVIEWS OF OCEAN DATA"
    assert [r.why for r in d.removed if r.text.startswith("JOURNAL")] == [
        "front matter: page number, marker line or journal name"
    ]


def test_keywords_under_an_abstract_the_cleaner_joined_to_the_title_block() -> None:
    """jose.00279 (pdfminer, two columns): the affiliation, the abstract heading, the abstract
    and its keyword line came out as one unit. Cut at ``Abstract``, the rest is cut again at
    the keyword line: the keywords are metadata, not the abstract's last words."""
    d = doc(
        "Good Enough Practices in Scientific Computing: A Learning Module",
        "Tomasz Zielinski1 and Emma Wilson2",
        "1 University of Edinburgh\nAbstract\n"
        "We present a half-day learning module targeted at a broad audience of researchers who\n"
        "want to learn how to be more efficient and effective in their data analysis.\n"
        "Keywords: data, computing, carpentry, novice",
        "Introduction",
        "Researchers write code every day, and few were taught how to organise it well.",
    )
    assert d.meta.keywords == ["data", "computing", "carpentry", "novice"]
    assert d.meta.abstract.endswith("in their data analysis.")
    assert not any("Keywords" in b.text for b in d.blocks)


# RESS (pdftotext): the Spanish abstract's keyword list wraps onto a line that opens in
# capitals; the cleaner kept the two lines one block.
WRAPPED_KEYWORDS = (
    "Desigualdades raciales en la vacunación infantil en Brasil",
    "Resumen",
    "Objetivo: Analizar las desigualdades raciales en la vacunación infantil en Brasil.\n"
    "Palabras clave: Cobertura de Vacunación; Niño; Inequidades en Salud; Encuestas\n"
    "Nacionales de Salud Epidemiológicas; Brasil",
    "INTRODUCCIÓN",
    "La vacunación infantil es una de las intervenciones más efectivas en salud pública.",
)


def test_a_keyword_list_goes_on_in_pieces_of_keywords() -> None:
    d = doc(*WRAPPED_KEYWORDS)
    assert d.meta.keywords[-2:] == ["Encuestas Nacionales de Salud Epidemiológicas", "Brasil"]
    assert [b.text for b in d.blocks if b.kind == "heading"][-1] == "INTRODUCCIÓN"


def test_a_keyword_list_broken_off_on_a_function_word_goes_on() -> None:
    d = doc(
        "Brote de faringoamigdalitis por estreptococo",
        "Resumen",
        "Objetivo: Describir un brote de faringoamigdalitis en una comunidad.\n"
        "Palabras clave: Infecciones Estreptocócicas; Faringitis; Brotes de\nEnfermedades",
        "INTRODUCCIÓN",
        "La faringoamigdalitis estreptocócica es frecuente en la edad escolar.",
    )
    assert d.meta.keywords[-1] == "Brotes de Enfermedades"
    assert "Enfermedades" not in [b.text for b in d.blocks]


KEYWORDS_ON_A5 = (
    "ReliaLearnR: Learning Modules for Reliability Analysis",
    "Paul B. Govan",
    "Senior Reliability Engineer, Safety and Reliability, GE Aerospace",
    "Keywords: R; life data analysis; Weibull analysis; reliability\n"
    "engineering; availability; maintainability; reliability testing;\n"
    "accelerated life testing",
    *SUMMARY,
)


def test_a_keyword_line_ending_on_a_separator_goes_on() -> None:
    """jose.00302 set in A5, pdftotext: the separator ending the line says the list goes on;
    the line is more keywords, not an affiliation's end."""
    d = doc(*KEYWORDS_ON_A5)
    assert d.meta.keywords[3:] == [
        "reliability engineering",
        "availability",
        "maintainability",
        "reliability testing",
        "accelerated life testing",
    ]
    assert d.meta.affiliations == ["Senior Reliability Engineer, Safety and Reliability, GE Aerospace"]
    # (The same where the extractor set the list's next lines in a box of their own.)
    apart = doc(*KEYWORDS_ON_A5[:3], *KEYWORDS_ON_A5[3].split("\n", 1), *SUMMARY)
    assert apart.meta.keywords == d.meta.keywords


def front_with_keywords(*lines: str) -> Document:
    """A title block whose keyword unit holds ``lines``, over a summary."""
    return doc(
        "ReliaLearnR: Learning Modules for Reliability Analysis",
        "Paul B. Govan",
        "Senior Reliability Engineer, Safety and Reliability, GE Aerospace",
        "\n".join(lines),
        *SUMMARY,
    )


def test_a_keyword_of_many_words_in_capitals_goes_on_in_a_list_parted_by_semicolons() -> None:
    """rsp-48-2-0225 set ragged: the next line holds a keyword of five words, three of them
    besides function words, all in capitals."""
    d = front_with_keywords(
        "Keywords: Trabalhadores Rurais; Estresse",
        "Fisiológico; Transtornos de Estresse por Calor; Esgotamento Profissional;",
        "Saúde do Trabalhador",
    )
    assert d.meta.keywords[-4:] == [
        "Estresse Fisiológico",
        "Transtornos de Estresse por Calor",
        "Esgotamento Profissional",
        "Saúde do Trabalhador",
    ]
    assert d.meta.affiliations == ["Senior Reliability Engineer, Safety and Reliability, GE Aerospace"]
    assert d.blocks[0].text == "Summary"


@pytest.mark.parametrize(
    "line",
    [
        # An address parted by commas under a list parted by commas: no keywords.
        "Universidade Federal de Santa Catarina, Florianópolis, SC, Brasil",
        # A few capitalised words alone may be a label, a journal, a title (or, jose.00309 set
        # in A5, the last keyword's end: ``...; Neurodata`` / ``Without Borders``).
        "Research Article",
        "Journal of Open Source Education",
    ],
)
def test_capitalised_words_under_a_keyword_list_are_no_keywords(line: str) -> None:
    d = front_with_keywords("Keywords: reliability, maintainability, conservation", line)
    assert d.meta.keywords == ["reliability", "maintainability", "conservation"]


def test_a_keywords_last_word_alone_on_a_line_goes_on() -> None:
    """Rev. Saúde Pública (pdftotext): the list, unfinished by a stop, wraps its last
    keyword's last word onto a line of its own in the list's block."""
    d = doc(
        "Impacto do estresse na saúde de trabalhadores",
        "Resumo",
        "OBJETIVO: Avaliar o estresse em trabalhadores do corte de cana.",
        "Palavras-chave: Trabalhadores Rurais; Estresse Fisiológico; Transtornos de Estresse por Calor; Esgotamento\n"
        "Profissional",
        "INTRODUÇÃO",
        "O corte manual da cana-de-açúcar é uma atividade extenuante.",
    )
    assert d.meta.keywords[-1] == "Esgotamento Profissional"
    assert [b.text for b in d.blocks if b.kind == "heading"][-1] == "INTRODUÇÃO"
    assert "Profissional" not in [b.text for b in d.blocks]


def test_a_word_set_apart_after_a_keyword_list_stays_in_the_body() -> None:
    # The cleaner set ``Context`` apart: a heading the vocabulary does not know.
    d = doc(
        "Teaching reproducible research",
        "Abstract",
        "We describe a course on reproducible research for graduate students.",
        "Keywords: reproducibility, R, teaching, version control",
        "Context",
        "Reproducibility is a concern in every empirical field.",
    )
    assert d.meta.keywords[-1] == "version control"
    assert "Context" in [b.text for b in d.blocks]


def test_a_section_name_after_an_unfinished_keyword_list_is_its_heading() -> None:
    d = doc(
        "Impacto do estresse na saúde de trabalhadores",
        "Resumo",
        "OBJETIVO: Avaliar o estresse em trabalhadores do corte de cana.",
        "Palavras-chave: Trabalhadores Rurais; Estresse Fisiológico\nIntrodução",
        "O corte manual da cana-de-açúcar é uma atividade extenuante.",
    )
    assert d.meta.keywords[-1] == "Estresse Fisiológico"
    assert "Introdução" in [b.text for b in d.blocks if b.kind == "heading"]


def test_a_keyword_list_goes_on_into_a_line_set_apart() -> None:
    """Rev. Saúde Pública (pypdf): the list ends its line on a semicolon; its last keyword
    is a line the cleaner set apart, heading-shaped, right above the first section."""
    d = doc(
        "Brote de faringoamigdalitis por estreptococo",
        "Resumen",
        "El objetivo fue describir un brote de faringoamigdalitis en una comunidad escolar.\n"
        "Palabras clave: Infecciones Estreptocócicas; Faringitis; Contaminación de Alimentos;",
        "Brotes de Enfermedades",
        "INTRODUCCIÓN",
        "La faringoamigdalitis estreptocócica es frecuente en la edad escolar.",
    )
    assert d.meta.keywords[-2:] == ["Contaminación de Alimentos", "Brotes de Enfermedades"]
    assert [b.text for b in d.blocks if b.kind == "heading"][-1:] == ["INTRODUCCIÓN"]
    # A section's name after the list stays the section's.
    d = doc(
        "Brote de faringoamigdalitis por estreptococo",
        "Resumen",
        "El objetivo fue describir un brote de faringoamigdalitis en una comunidad escolar.\n"
        "Palabras clave: Infecciones Estreptocócicas; Faringitis;",
        "INTRODUCCIÓN",
        "La faringoamigdalitis estreptocócica es frecuente en la edad escolar.",
    )
    assert d.meta.keywords == ["Infecciones Estreptocócicas", "Faringitis"]
    assert "INTRODUCCIÓN" in [b.text for b in d.blocks if b.kind == "heading"]


def test_a_sentence_after_a_keyword_line_is_no_keyword() -> None:
    d = doc(
        "Brote de faringoamigdalitis por estreptococo",
        "Resumen",
        "Objetivo: Describir un brote.\nPalabras clave: Faringitis; Brotes\n"
        "La faringoamigdalitis estreptocócica es frecuente; afecta sobre todo a los escolares.",
    )
    assert d.meta.keywords == ["Faringitis", "Brotes"]


def test_a_column_read_after_a_keyword_line_is_no_keyword() -> None:
    """pdftotext on two columns (jose.00143 set anew): the right column's top, read right
    under the keyword line, opens in lower case mid-sentence. It is text, not keywords."""
    d = doc(
        "ApplNumComp: An Open Access Introductory Course",
        "Ashlee N. Ford Versypt1, Duncan H. Mullins2\n"
        "Keywords: Git; LaTeX; MATLAB; Python; computational science and engineering\n"
        "ential equation and the solution .py file followed by a second example.",
        *SUMMARY,
    )
    assert d.meta.keywords == ["Git", "LaTeX", "MATLAB", "Python", "computational science and engineering"]
    # (Kept, if not yet where it belongs: the cleaner's ``word_cut_by_column`` moves such a
    # box where the word its column's foot broke tells where.)
    kept = [b.text for b in d.blocks] + [a.affiliation for a in d.meta.authors]
    assert any("ential equation and the solution" in t for t in kept)


@pytest.mark.parametrize(
    ("lines", "last"),
    [
        # IEEE: a long keyword wraps in lower case; a list parted by middle dots; a keyword
        # broken after an adjective.
        (
            "Index Terms—Reinforcement learning, multi-agent systems, partially\nobservable Markov decision processes.",
            "partially observable Markov decision processes",
        ),
        (
            "Keywords: Deep learning · Natural language\nprocessing · Higher education · Learning analytics",
            "Learning analytics",
        ),
        # ean-26 (SciELO, pypdf): a subject heading breaks off on ``de``, a word on its hyphen.
        (
            "Palabras clave: Enfermería Pediátrica; Her-\n~manos; Juego e Implementos de Juego; Unidades de\n"
            "Cuidado Intensivo Pediátrico; Visitas a Pacientes",
            "Visitas a Pacientes",
        ),
        (
            "Keywords: education; learning analytics in massive open\nonline courses",
            "learning analytics in massive open online courses",
        ),
    ],
)
def test_a_keyword_list_wrapped_in_lower_case_goes_on(lines: str, last: str) -> None:
    d = doc(
        "Learning at scale", "Jane Smith1 and John Doe2", "1 University of Bergen 2 University of Oslo", lines, *SUMMARY
    )
    assert d.meta.keywords[-1] == last
    assert d.blocks[0].text == "Summary"


def test_a_column_read_after_a_one_word_keyword_goes_on_no_list() -> None:
    # The column's first piece would fit a keyword; the next one breaks off on ``the``.
    d = doc(
        "ApplNumComp: An Open Access Introductory Course",
        "Ashlee N. Ford Versypt1, Duncan H. Mullins2\n"
        "Keywords: Git; LaTeX; MATLAB; Python\n"
        "ential equations, which are then solved with the",
        *SUMMARY,
    )
    assert d.meta.keywords == ["Git", "LaTeX", "MATLAB", "Python"]
    # ... nor one in which a sentence ends (jose.00303 set anew).
    d = doc(
        "Teaching data science with R",
        "Jane Smith1 and John Doe2\n"
        "Keywords: R, education, data science\n"
        "stand in their course. This began as an independent",
        *SUMMARY,
    )
    assert d.meta.keywords == ["R", "education", "data science"]


def test_a_keyword_list_goes_on_in_lower_case_with_subject_headings() -> None:
    """Rev. Saúde Pública (pypdf): a list of subject headings wraps in lower case; some
    headings are long, all are written in capitals."""
    d = doc(
        "Integralidade no cuidado do câncer do colo do útero",
        "Resumo",
        "OBJETIVO: Analisar a integralidade no cuidado.",
        "Palavras-chave: Neoplasias do Colo do Útero, prevenção & controle; Serviços de Saúde da Mulher; "
        "Integralidade\n"
        "em Saúde Qualidade, Acesso e Avaliação da Assistência à Saúde",
        "INTRODUÇÃO",
        "O câncer do colo do útero é um problema de saúde pública.",
    )
    assert d.meta.keywords[-1] == "Acesso e Avaliação da Assistência à Saúde"
    # ... and with commas, a long heading (five words besides function words) goes on too.
    d = doc(
        "Integralidade no cuidado do câncer do colo do útero",
        "Resumo",
        "OBJETIVO: Analisar a integralidade no cuidado.",
        "Palavras-chave: Neoplasias do Colo do Útero, prevenção &\n"
        "controle, Serviços de Saúde da Mulher Brasileira Adulta",
        "INTRODUÇÃO",
        "O câncer do colo do útero é um problema de saúde pública.",
    )
    assert d.meta.keywords[-2:] == ["prevenção & controle", "Serviços de Saúde da Mulher Brasileira Adulta"]
    # A list parted by semicolons, a heading's qualifier after a comma (rsp-48-2-0240 set anew).
    d = doc(
        "Integralidade no cuidado do câncer do colo do útero",
        "Resumo",
        "OBJETIVO: Analisar a integralidade no cuidado.",
        "Palavras-chave: Cuidado Integral; Neoplasias do Colo do Útero, prevenção &\n"
        "controle; Serviços de Saúde da Mulher; Integralidade em Saúde",
        "INTRODUÇÃO",
        "O câncer do colo do útero é um problema de saúde pública.",
    )
    assert d.meta.keywords[-1] == "Integralidade em Saúde"


def test_accepted_and_received_dates_in_any_order() -> None:
    d = doc(
        "Teaching mathematical modeling",
        "Jane Smith1 and John Doe2",
        "1 University of Bergen 2 University of Oslo",
        "Received: May 3, 2021",
        "Accepted: 12 Sept 2021",
        *SUMMARY,
    )
    assert (d.meta.received, d.meta.accepted, d.meta.date) == ("2021-05-03", "2021-09-12", "2021-05-03")


def test_words_broken_at_a_line_end_are_read_as_the_cleaner_joined_them() -> None:
    """bn-22-e20211306 and rsp-59-e1 (SciELO): a keyword and a title word broken by a
    hyphen at the line end. The cleaner mended them; the front matter reads its text, not
    the raw lines again (which gave ``plant diver- sity`` and ``Hepatitis C- related``)."""
    d = doc(
        "Temporal trends and spatial patterns of Hepatitis C-\n+related mortality in Brazil",
        "Ana Lima1 and Rui Costa2",
        "1 Universidade de São Paulo 2 Universidade Federal de Minas Gerais",
        "Abstract",
        "We describe the mortality from hepatitis C in Brazil over two decades and its regional patterns.",
        "Keywords: conservation; endemism; plant diver-\n~sity; sampling effort",
    )
    assert d.meta.title == "Temporal trends and spatial patterns of Hepatitis C-related mortality in Brazil"
    assert d.meta.keywords == ["conservation", "endemism", "plant diversity", "sampling effort"]


def test_portuguese_and_spanish_dates() -> None:
    d = doc(
        "Impacto do estresse na saúde de cortadores de cana",
        "Roseana Mara Aredes PriuliI, Maria Silvia de MoraesII",
        "Recebido: 12 Mar 2013",
        "Aprovado: 2013-11-05",
        *SUMMARY,
    )
    assert (d.meta.received, d.meta.accepted) == ("2013-03-12", "2013-11-05")
    d = doc("Brote de faringo-amigdalítis", "Dante R CulquiI, Joán A CayláII", "Aceptado: 2014-01-20", *SUMMARY)
    assert d.meta.accepted == "2014-01-20"


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("12 de enero de 2023", "2023-01-12"),  # Spanish, Portuguese
        ("3. März 2021", "2021-03-03"),  # German
        ("1er mars 2020", "2020-03-01"),  # French
        ("14 febbraio 2022", "2022-02-14"),  # Italian
        ("5 maart 2021", "2021-03-05"),  # Dutch
        ("May 23, 2024", "2024-05-23"),
        ("14/02/2022", "2022-02-14"),  # the day cannot be the month
        ("05/23/2024", "2024-05-23"),  # the month cannot be the day
        ("2022/02/14", "2022-02-14"),
        ("09/06/2022", "09/06/2022"),  # either: left as printed, never guessed
        ("32 May 2024", "32 May 2024"),
        ("spring 2024", "spring 2024"),
    ],
)
def test_printed_dates_become_iso_only_when_certain(printed: str, iso: str) -> None:
    from galley.structure.front.dates import iso_date

    assert iso_date(printed) == iso


def test_italian_dates_on_one_line_parted_by_a_middle_dot() -> None:
    d = doc(
        "La lingua dei giornali nell'Italia postunitaria",
        "Chiara Bellini, Marco Ferri",
        "Ricevuto: 14/02/2022 · Accettato: 30/06/2022",
        *SUMMARY,
    )
    assert (d.meta.received, d.meta.accepted, d.meta.published) == ("2022-02-14", "2022-06-30", "")


def test_ocr_title_block_markers_read_as_glyphs() -> None:
    """jose.00090 and jose.00309, ocr-tesseract: the running head on the title's line, the
    markers read as ’ ® * ? ”, the affiliations' markers garbled; a title line the OCR
    split with a blank line."""
    d = doc(
        "JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION 1",
        "A practical guide to climate econometrics: Navigating key decision",
        "points in weather and climate data analysis",
        "James A. Rising’, Azhar Hussain2, Kevin Schwarzwald®, Ana Trisovic*",
        "IGrantham Research Institute, London School of Economics",
        "“Department of Economics, London School of Economics",
        *SUMMARY,
    )
    assert d.meta.title == (
        "A practical guide to climate econometrics: Navigating key decision points in weather and climate data analysis"
    )
    assert [a.name for a in d.meta.authors] == ["James A. Rising", "Azhar Hussain", "Kevin Schwarzwald", "Ana Trisovic"]
    got = authors("Ashley L. Juavinett?, Victor Magdaleno-Garcia”", "tUc San Diego, Neurobiology")
    assert got == ["Ashley L. Juavinett", "Victor Magdaleno-Garcia"]
    # A title ending on "?" is no author line for all its capitals.
    assert not is_author_line("Why Python?", PARAMS.structure)


def test_ocr_a_surname_read_in_lower_case_among_names() -> None:
    """jose.00307, ocr-tesseract: OCR read one surname in lower case (``Djura smits?``);
    the list goes on past it instead of ending at ``Carsten``, whose surname opens the
    next line."""
    got = authors(
        "Florian Huber? Dafne van Kuppevelt?, Colin Sauze>, Carsten",
        "Schnober?, Djura smits?, Peter Steinbach’, Berend Weel, Samantha Wittke”",
        "1Netherlands eScience Center, Amsterdam, The Netherlands",
    )
    assert got[-5:] == ["Carsten Schnober", "Djura smits", "Peter Steinbach", "Berend Weel", "Samantha Wittke"]
    p = PARAMS.structure
    # One such name, marked, needs ``case_slip_min_names`` marked names beside it (boundary).
    assert split_names("Djura smits1, Peter Steinbach1, Berend Weel1, Samantha Wittke1", p) is not None
    assert split_names("Djura smits1, Peter Steinbach1, Berend Weel1", p) is None
    assert split_names("Djura smits1, Peter Steinbach1, Berend Weel1", replace(p, case_slip_min_names=2)) is not None
    assert split_names("Djura smits, Peter Steinbach1, Berend Weel1, Samantha Wittke1, Ana Lima1", p) is None
    assert split_names("Djura smits1, Peter Steinbach, Berend Weel, Samantha Wittke, Ana Lima", p) is None
    # Two such names, a function word, or a phrase in lower case make no list of names.
    assert split_names("Djura smits1, Berend weel1, Peter Steinbach1, Samantha Wittke1, Colin Sauze1", p) is None
    assert split_names("Maria Souza et al1, Peter Steinbach1, Berend Weel1, Samantha Wittke1", p) is None
    assert not is_author_line("Deep learning, Machine learning", p, strict=False)
    # A subtitle of topics in title case, the last in lower case, stays the title's.
    d = doc(
        "A Course in Applied Statistics:\nLinear Models, Mixed Models, Survival Analysis, and Causal inference",
        "Anna Smith",
        "University of Stirling, Stirling, UK",
        *SUMMARY,
    )
    assert [a.name for a in d.meta.authors] == ["Anna Smith"]


def test_ocr_marker_where_the_comma_was() -> None:
    """jose.00260 and jose.00307, ocr-tesseract: OCR read a marker as a glyph and dropped the
    comma after it (``Campitelli! 2 3 Paola``, ``Huber? Dafne``)."""
    got = authors("Elio Campitelli! 2 3 Paola Corrales)?", "‘Universidad de Buenos Aires, Argentina.")
    assert got == ["Elio Campitelli", "Paola Corrales"]
    got = authors(
        "Anne Fouilloux®, Cunliang Geng!, Toby Hodges®,",
        "Florian Huber? Dafne van Kuppevelt?, Colin Sauze>",
        "1Netherlands eScience Center, Amsterdam, The Netherlands",
    )
    assert got == [
        "Anne Fouilloux",
        "Cunliang Geng",
        "Toby Hodges",
        "Florian Huber",
        "Dafne van Kuppevelt",
        "Colin Sauze",
    ]
    # jose.00143: the first author's markers wrapped to the start of the next author's line.
    d = doc(
        "AppINumComp: An Open Access Introductory Course for Applied Numerical",
        "Computing",
        "1,2,3,4 Duncan H. Mullins’?",
        *SUMMARY,
    )
    assert d.meta.title == "AppINumComp: An Open Access Introductory Course for Applied Numerical Computing"
    assert [a.name for a in d.meta.authors] == ["Duncan H. Mullins"]
    assert not is_author_line("2 Related Work", PARAMS.structure)
    # A title's question mark before a capital parts no names: there is no list to go on.
    assert not is_author_line("Why Python? A Guide", PARAMS.structure)


def test_scielo_author_blocks_with_superscript_letters_romans_and_capitals() -> None:
    """bjb-83-e246904, rsp-59-e1, ress-33-e20231216, rbee-30-e143p, edur-39-e38419
    (scielo-wp-poppler, CC BY 4.0)."""
    d = doc(
        "Range of factors in the reduction of hyperhydricity",
        "T. Jana, S. Gula, A. Khanb, S. Pervezc",
        "a University of Malakand, Department of Botany, Plant Tissue Culture Laboratory, Pakistan",
        "b University of Lakki Marwat, Department of Biological Sciences, Pakistan",
        "cShaheed Benazir Bhutto Women University, Department of Biochemistry, Peshawar, Pakistan",
        *SUMMARY,
    )
    assert [a.name for a in d.meta.authors] == ["T. Jan", "S. Gul", "A. Khan", "S. Pervez"]
    assert d.meta.authors[2].affiliation.startswith("University of Lakki Marwat")
    assert authors("Elodie Bomfim HyppolitoI,II,III, Alberto Novaes Ramos JúniorI, Thor Oliveira", "DantasIV") == [
        "Elodie Bomfim Hyppolito",
        "Alberto Novaes Ramos Júnior",
        "Thor Oliveira Dantas",
    ]
    assert authors("José Cássio de Moraes2, ICV 2020 Group, Alberto Novaes Ramos Jr.4, Ana Lima5") == [
        "José Cássio de Moraes",
        "ICV 2020 Group",
        "Alberto Novaes Ramos Jr.",
        "Ana Lima",
    ]
    assert authors("Márcia Denise PLETSCH3, Geovana Mendonça Lunardi MENDES4") == [
        "Márcia Denise PLETSCH",
        "Geovana Mendonça Lunardi MENDES",
    ]
    assert authors("ELIANA MÁRCIA DOS SANTOS CARVALHO1, RENATA LOURENÇO DOS SANTOS2") == [
        "ELIANA MÁRCIA DOS SANTOS CARVALHO",
        "RENATA LOURENÇO DOS SANTOS",
    ]


def test_a_journal_name_or_article_type_above_the_title_is_not_the_title() -> None:
    """cadsc-31-e31030043 (scielo-wp-pdfminer) and rac-26-e190379 (scielo-wp-poppler)."""
    title = "Diabetes gestacional autorreferido - uma análise da Pesquisa\nNacional de Saúde"
    d = doc("Cadernos Saúde Coletiva", title, "Cláudia Meurer Souza1, Betine Moehlecke Iser1", *SUMMARY)
    assert d.meta.title == "Diabetes gestacional autorreferido - uma análise da Pesquisa Nacional de Saúde"
    d = doc(
        "THEORETICAL-EMPIRICAL ARTICLE",
        "Analysis of Scales and Measures of Moral\nVirtues: A Systematic Review",
        "Maria Clara F. Dalla Costa Ames1, Mauricio C. Serafim1",
        *SUMMARY,
    )
    assert d.meta.title == "Analysis of Scales and Measures of Moral Virtues: A Systematic Review"


def test_the_papers_doi_from_the_footer_that_repeats_its_running_head() -> None:
    """edur-39 (pypdf): the first page's footer is the running head, the DOI and the page
    number; a reference's DOI removed with the furniture is another paper's."""
    head = "Educ. rev. 2023;39:e38419"
    footer = [
        Removed(90, f"{head} DOI: 10.1590/0102-469838419 1", "running-head", ""),
        Removed(91, head, "running-head", ""),
    ]
    d = doc("Literatura indígena", "Ana Carvalho1, Rui Santos2", *SUMMARY, removed=footer)
    assert d.meta.doi == "10.1590/0102-469838419"
    entry = [Removed(90, "Silva AB. Título. Rev Saúde. 2014;48(2):225-31. DOI: 10.1590/xyz", "running-head", "")]
    d = doc("Literatura indígena", "Ana Carvalho1, Rui Santos2", *SUMMARY, removed=entry + footer[1:])
    assert d.meta.doi == ""


def test_the_papers_doi_and_licence_from_its_footer_line() -> None:
    """bjb-83 (pdftotext): ``DOI: ... | CC BY 4.0`` at the first page's foot, removed by
    the cleaner as the paper's DOI (``page-doi``): both go to the metadata."""
    footer = [Removed(40, "DOI: 10.1590/1519-6984.246904 | CC BY 4.0", "page-doi", "")]
    d = doc("Literatura indígena", "Ana Carvalho1, Rui Santos2", *SUMMARY, removed=footer)
    assert (d.meta.doi, d.meta.licence) == ("10.1590/1519-6984.246904", "CC BY 4.0")


def test_the_papers_citation_from_its_running_footer() -> None:
    """jose.00292 (jose-pypdf): the footer, wrapped, on every page, is the paper's citation;
    a SciELO footer gives volume, issue and pages."""
    footer = [
        "Wagner et al. (2026). Teaching Python package development. Journal of Open",
        "Source Education, 9 (97), 292. https://doi.org/10.21105/jose.00292.",
    ]
    furniture = [Removed(n + k, t, "running-footer", "") for n in (40, 90) for k, t in enumerate(footer)]
    d = doc("Teaching Python package development", "Gerit Wagner1, Laureen Thurner2", *SUMMARY, removed=furniture)
    assert (d.meta.journal, d.meta.volume, d.meta.issue, d.meta.article) == (
        "Journal of Open Source Education",
        "9",
        "97",
        "292",
    )
    assert d.meta.date == "2026"
    once = [Removed(40 + k, t, "running-footer", "") for k, t in enumerate(footer)]
    d = doc("Teaching Python package development", "Gerit Wagner1, Laureen Thurner2", *SUMMARY, removed=once)
    assert (d.meta.journal, d.meta.date) == ("", "")  # once is no running footer: a reference line looks the same
    # The first page's banner gives the citation without the authors' year; the year is the
    # footer's on the pages after it.
    banner = [Removed(20, "Journal of Open Source Education, 9 (97), 292.", "running-head", ""), *furniture]
    d = doc("Teaching Python package development", "Gerit Wagner1, Laureen Thurner2", *SUMMARY, removed=banner)
    assert (d.meta.journal, d.meta.date) == ("Journal of Open Source Education", "2026")
    d = doc(
        "Impacto do estresse",
        "Roseana Mara Aredes PriuliI, Maria Silvia de MoraesII",
        "Rev. Saúde Pública 2014;48(2):225-231",
        *SUMMARY,
    )
    assert (d.meta.journal, d.meta.volume, d.meta.issue, d.meta.article) == ("Rev. Saúde Pública", "48", "2", "225")
    assert d.meta.date == "2014"  # the citation's year: the paper printed no date of its own


def footers(*lines: tuple[int, str]) -> list[Removed]:
    """The removed lines of two pages, at these offsets from each page's first."""
    return [Removed(n + k, t, "running-head", "") for n in (52, 105) for k, t in lines]


def test_a_footer_parted_by_a_blank_line_or_after_its_page_number_is_the_citation() -> None:
    """bn-22 (pdftotext): ``Biota Neotrop.`` and ``2022;22(1):e20211306``, set apart on
    the page, are read as two lines with a blank one between them; rsp-48 (pypdf): the page
    number before ``Rev. Saúde Pública 2014;48(2):225-231``. Either footer is the paper's
    citation, and its year the paper's date."""
    title, names = "Check-list of the woody flora", "Ana Carvalho1, Rui Santos2"
    d = doc(title, names, *SUMMARY, removed=footers((0, "Biota Neotrop."), (2, "2022;22(1):e20211306")))
    cite = (d.meta.journal, d.meta.volume, d.meta.issue, d.meta.article, d.meta.date)
    assert cite == ("Biota Neotrop", "22", "1", "e20211306", "2022")
    d = doc(title, names, *SUMMARY, removed=footers((0, "Biota Neotrop."), (3, "2022;22(1):e20211306")))
    assert d.meta.journal == ""  # two blank lines apart: no one footer
    # A running head one blank line above a whole footer is no part of its name.
    head = footers((0, "Check-list of the woody flora of Brazil"), (2, "Biota Neotrop. 2022;22(1):e20211306"))
    assert doc(title, names, *SUMMARY, removed=head).meta.journal == "Biota Neotrop"
    paged = footers((0, "2 Rev. Saúde Pública 2014;48(2):225-231"))
    d = doc("Impacto do estresse", "Roseana Mara Aredes PriuliI, Maria Silvia de MoraesII", *SUMMARY, removed=paged)
    assert (d.meta.journal, d.meta.article, d.meta.date) == ("Rev. Saúde Pública", "225", "2014")


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        # The page number before the journal's name, pages through the volume: no year.
        (((0, "1958 J. Braz. Chem. Soc. 2021;32(10):1956-1962"),), "2021"),
        (((0, "1957"), (2, "J. Braz. Chem. Soc. 2021;32(10):1956-1962")), "2021"),
        # The pages before the year are no year.
        (((0, "Ciência & Saúde Coletiva, 25(5):1921-1930, 2020"),), "2020"),
        (((0, "Rev. Bras. Educ., v. 12, n. 3, p. 1901-1915, 2020"),), "2020"),
        # A removed line with years one blank line above the footer is none of it.
        (((0, "2010 2015 2020"), (2, "Biota Neotrop. 2022;22(1):e20211306")), "2022"),
        (((0, "© 2021 The Authors"), (2, "Biota Neotrop. 2022;22(1):e20211306")), "2022"),
    ],
)
def test_the_citations_year_is_the_one_it_prints_after_the_journals_name(
    lines: tuple[tuple[int, str], ...], year: str
) -> None:
    d = doc("Check-list of the woody flora", "Ana Carvalho1, Rui Santos2", *SUMMARY, removed=footers(*lines))
    assert d.meta.journal and d.meta.date == year


def test_the_citations_year_dates_a_paper_that_prints_only_when_it_was_received() -> None:
    """The "cite this" line gives the year the journal printed, not the year of receipt;
    a publication date the paper prints stays."""
    paged = footers((0, "2 Rev. Saúde Pública 2014;48(2):225-231"))
    received = ("Received: May 3, 2013", *SUMMARY)
    d = doc("Impacto do estresse", "Roseana Priuli1", *received, removed=paged)
    assert (d.meta.received, d.meta.date) == ("2013-05-03", "2014")
    cited = ("Rev. Saúde Pública 2014;48(2):225-231", "Received: May 3, 2013")
    for front in (cited, cited[::-1]):
        d = doc("Impacto do estresse", "Roseana Priuli1", *front, *SUMMARY)
        assert (d.meta.received, d.meta.date) == ("2013-05-03", "2014")
    published = doc("Impacto do estresse", "Roseana Priuli1", "Published: 16 April 2015", *SUMMARY, removed=paged)
    assert (published.meta.published, published.meta.date) == ("2015-04-16", "2015-04-16")


# SciELO front matter in Portuguese and Spanish (CC BY), as a front-matter probe varied it.
RESUMO = ("Resumo", "OBJETIVO: Analisar os níveis de estresse e a prevalência de sintomas físicos e psíquicos.")


def test_a_portuguese_or_spanish_and_before_the_last_author() -> None:
    title = "Impacto do estresse na saúde de cortadores de cana"
    d = doc(title, "Cláudia Meurer Souza1, Betine Moehlecke Iser1 e Deborah Carvalho Malta2", *RESUMO)
    assert (d.meta.title, [a.name for a in d.meta.authors]) == (
        title,
        ["Cláudia Meurer Souza", "Betine Moehlecke Iser", "Deborah Carvalho Malta"],
    )
    d = doc(title, "Juan Horacio de Freitas1 y María José Pérez Gómez2", *RESUMO)
    assert [a.name for a in d.meta.authors] == ["Juan Horacio de Freitas", "María José Pérez Gómez"]
    d = doc(title, "Gustavo Silveira da Luz, Fernando Carvalho e Jairo José Zocche", *RESUMO)
    assert [a.name for a in d.meta.authors] == ["Gustavo Silveira da Luz", "Fernando Carvalho", "Jairo José Zocche"]


def test_a_particle_between_surnames_parts_no_names() -> None:
    # ``e`` and ``y`` part two authors only before a full name: ``Ortega y Gasset`` is one.
    assert is_author_line("José Ortega y Gasset, María Zambrano", PARAMS.structure)
    d = doc("Meditaciones del Quijote", "José Ortega y Gasset1, María Zambrano2", *RESUMO)
    assert [a.name for a in d.meta.authors] == ["José Ortega y Gasset", "María Zambrano"]


def test_an_affiliation_in_portuguese_or_spanish_names_no_authors() -> None:
    title = "Impacto do estresse na saúde de cortadores de cana"
    for affiliation in (
        "Universidade Federal de Minas Gerais, Belo Horizonte, MG, Brasil",
        "Departamento de Medicina Social, Faculdade de Medicina, Ribeirão Preto, SP, Brasil",
        "Universidad Nacional de La Plata, La Plata, Buenos Aires, Argentina",
    ):
        d = doc(title, "Roseana Mara Aredes Priuli", affiliation, *RESUMO)
        assert (d.meta.title, [a.name for a in d.meta.authors]) == (title, ["Roseana Mara Aredes Priuli"])
        assert not is_author_line(affiliation, PARAMS.structure)


def test_orcid_ids_beside_the_names_go_to_their_authors() -> None:
    title = "Impacto do estresse na saúde de cortadores de cana"
    d = doc(
        title,
        "Ashlee N. Ford Versypt 0000-0001-9059-5703, Duncan H. Mullins 0000-0002-0118-5215",
        "1 School of Chemical Engineering, Oklahoma State University",
        *RESUMO,
    )
    assert [(a.name, a.orcid) for a in d.meta.authors] == [
        ("Ashlee N. Ford Versypt", "0000-0001-9059-5703"),
        ("Duncan H. Mullins", "0000-0002-0118-5215"),
    ]
    assert d.meta.title == title


def test_one_author_a_line_with_markers() -> None:
    title = "Diabetes gestacional autorreferido - uma análise da Pesquisa Nacional de Saúde"
    d = doc(
        title,
        "Cláudia Meurer Souza1 https://orcid.org/0000-0002-1825-0097",
        "Betine Moehlecke Iser1 https://orcid.org/0000-0001-5109-3700",
        "Deborah Carvalho Malta2 https://orcid.org/0000-0002-8214-5734",
        "1Programa de Pós-graduação em Ciências da Saúde, Universidade do Sul de Santa Catarina, Brasil.",
        "2Escola de Enfermagem, Universidade Federal de Minas Gerais, Belo Horizonte, Brasil.",
        *RESUMO,
    )
    assert [(a.name, a.orcid[-4:]) for a in d.meta.authors] == [
        ("Cláudia Meurer Souza", "0097"),
        ("Betine Moehlecke Iser", "3700"),
        ("Deborah Carvalho Malta", "5734"),
    ]
    assert d.meta.authors[2].affiliation.startswith("Escola de Enfermagem")


def test_a_title_and_its_translation_under_it() -> None:
    """Cad. Saúde Colet. (CC BY): the Portuguese title on two lines, the English one under it.
    The title is the paper's own; the translation is kept beside it, no word lost."""
    d = doc(
        "Diabetes gestacional autorreferido - uma análise da Pesquisa\nNacional de Saúde\n"
        "Self-reported gestational diabetes - an analysis of the National\nHealth Survey",
        "Cláudia Meurer Souza1, Betine Moehlecke Iser1 e Deborah Carvalho Malta2",
        *RESUMO,
    )
    assert d.meta.title == "Diabetes gestacional autorreferido - uma análise da Pesquisa Nacional de Saúde"
    assert d.meta.translated_title == "Self-reported gestational diabetes - an analysis of the National Health Survey"
    # A title of one language on two lines stays whole.
    d = doc(
        "Ecological Forecasting and Dynamics: A graduate course\nOn the fundamentals of forecasting",
        "Morgan Ernest1, Hao Ye2 and Ethan P. White1",
        *SUMMARY,
    )
    assert d.meta.title == "Ecological Forecasting and Dynamics: A graduate course On the fundamentals of forecasting"
    assert d.meta.translated_title == ""
    # (a line opening on a hyphenated capital, ``C-related``, speaks no French ``c``)
    d = doc(
        "Temporal trends and spatial patterns of Hepatitis\nC-related mortality in Brazil",
        "Elodie Bomfim Hyppolito1, Alberto Novaes Ramos Júnior2, Anderson Fuentes Ferreira3",
        *SUMMARY,
    )
    assert d.meta.title == "Temporal trends and spatial patterns of Hepatitis C-related mortality in Brazil"
    assert d.meta.translated_title == ""


def test_a_wrapped_titles_middle_line_of_capitals_is_no_author_line() -> None:
    """A title wrapped on three lines by large type (a WeasyPrint page): its middle line
    reads as two names (``Astronomical Calculations`` and ``Data Analysis``), but its last
    word goes on below in lower case; the author is the marked name under it."""
    d = doc(
        "AstronomyCalc: A python toolkit for teaching\nAstronomical Calculations and Data Analysis\nmethods\n"
        "Sambit K. Giri1\n1Nordita, KTH Royal Institute of Technology, Stockholm, Sweden",
        *SUMMARY,
    )
    title = "AstronomyCalc: A python toolkit for teaching Astronomical Calculations and Data Analysis methods"
    assert d.meta.title == title
    assert [a.name for a in d.meta.authors] == ["Sambit K. Giri"]
    # A list of names goes on with ``and`` in lower case: still the authors.
    got = authors("Jack Atkinson, Jim Denholm\nand Marion Weinzierl")
    assert got == ["Jack Atkinson", "Jim Denholm", "Marion Weinzierl"]
    # ... or with a surname's particle in lower case: the names go on.
    got = authors("Pieter Jansen, Anna Bakker, Jan\nvan der Berg\nUniversiteit Utrecht")
    assert got == ["Pieter Jansen", "Anna Bakker", "Jan van der Berg"]
    got = authors("Ana Costa, Pedro Lima, Maria Clara\nda Silva\nUniversidade de São Paulo")
    assert got[:2] == ["Ana Costa", "Pedro Lima"]


@pytest.mark.parametrize("hyphen", ["-", "‐"])
def test_a_name_broken_at_the_line_end_under_a_title_in_large_type(hyphen: str) -> None:
    """A title on four lines of large type (A5), then the names, one broken at the line end
    (``Kevin Schwar-`` / ``zwald3``), at a hyphen or at WeasyPrint's U+2010: the list goes
    on, and the title is the four lines above it."""
    d = doc(
        "A practical guide to climate\neconometrics: Navigating key\ndecision points in weather and\n"
        f"climate data analysis\nJames A. Rising1, Azhar Hussain2, Kevin Schwar{hyphen}\nzwald3, Ana Trisovic4\n"
        "1Grantham Research Institute, London School of Economics\n"
        "2Department of Economics, London School of Economics",
        *SUMMARY,
    )
    assert d.meta.title.endswith("in weather and climate data analysis")
    assert [a.name for a in d.meta.authors] == ["James A. Rising", "Azhar Hussain", "Kevin Schwarzwald", "Ana Trisovic"]
    # A compound surname broken at its own hyphen keeps it; a title broken so stays the title.
    d = doc(
        f"Reading the past: a toolkit for historians\nAna Costa1, Maria Silva{hyphen}\nSantos2\n"
        "1Universidade de Lisboa\n2Universidade do Porto",
        *SUMMARY,
    )
    assert [(a.name, a.affiliation) for a in d.meta.authors] == [
        ("Ana Costa", "Universidade de Lisboa"),
        ("Maria Silva-Santos", "Universidade do Porto"),
    ]
    d = doc(
        f"Machine Learning and Deep Learning{hyphen}\nBased Tools\nAna Costa1, Pedro Lima2\n"
        "1Universidade de Lisboa\n2Universidade do Porto",
        *SUMMARY,
    )
    assert d.meta.title.startswith("Machine Learning and Deep Learning") and d.meta.title.endswith("Based Tools")
    assert [a.name for a in d.meta.authors] == ["Ana Costa", "Pedro Lima"]


def test_a_banner_with_the_papers_citation_and_doi_above_the_title() -> None:
    """Journal banners the front-matter probe set above real titles: each is the paper's
    citation (or its DOI), none is part of the title."""
    title = "Composition and dynamics of mixed flocks of birds in a remnant of Submontane Atlantic Rain Forest"
    for banner, volume, article in (
        ("Revista Brasileira de Ornitologia, 30(2): 1-12, 2022", "30", "1"),
        ("Pap. Avulsos Zool., 2022; v.62: e202262026", "62", "e202262026"),
        ("Trans/Form/Ação: revista de filosofia da Unesp | vol. 45, n. 1 (2022), p. 139-158.", "45", "139"),
    ):
        d = doc(
            banner,
            "http://doi.org/10.11606/1807-0205/2022.62.026",
            title,
            "Gustavo Silveira da Luz1, Fernando Carvalho2",
            *RESUMO,
        )
        assert (d.meta.title, d.meta.volume, d.meta.article) == (title, volume, article)
        assert d.meta.doi == "10.11606/1807-0205/2022.62.026"
    # A title with a volume's word in it is no citation: no number stands for its article.
    d = doc("The volume of the tank, v. 3: a study of flow", "Gustavo Silveira da Luz1, Fernando Carvalho2", *RESUMO)
    assert d.meta.title == "The volume of the tank, v. 3: a study of flow"


@pytest.mark.parametrize(
    ("banner", "journal", "volume", "issue", "article"),
    [
        (
            "Journal of Victorian Culture, 2023, Vol. 28, No. 2, 215–232",
            "Journal of Victorian Culture",
            "28",
            "2",
            "215",
        ),
        ("Annales de géographie, n° 741, 2021/5, p. 5-31", "Annales de géographie", "", "741", "5"),
        (
            "Zeitschrift für Geschichtswissenschaft 70 (2022), Heft 4, S. 311–334",
            "Zeitschrift für Geschichtswissenschaft",
            "70",
            "4",
            "311",
        ),
        ("Tijdschrift voor Sociologie 43 (2022) 2, 112-134", "Tijdschrift voor Sociologie", "43", "", "112"),
        ("Análise Social, 243, lvii (2.º), 2022, 256-281", "Análise Social", "243", "", "256"),
        (
            "Zeitschrift für Erziehungswissenschaft (2022) 25:417–441",
            "Zeitschrift für Erziehungswissenschaft",
            "25",
            "",
            "417",
        ),
    ],
)
def test_a_journals_citation_in_its_own_words_above_the_title(
    banner: str, journal: str, volume: str, issue: str, article: str
) -> None:
    """A stress test's papers of journals in five languages: the citation line above the
    title was glued onto it. Numbers only after the name, a year and the pages among them."""
    title = "The Railway Timetable and the Novel: Punctuality and Narrative Time"
    d = doc(banner, title, "Gustavo Silveira da Luz1, Fernando Carvalho2", *RESUMO)
    assert d.meta.title == title
    assert (d.meta.journal, d.meta.volume, d.meta.issue, d.meta.article) == (journal, volume, issue, article)


@pytest.mark.parametrize(
    "title",
    [
        "Brazilian elections 2018–2022",
        "Crime and Punishment in the Cities, 1850-1900 and after",
        "The Irish Famine and the Poor Law, 1845–52",
        "Cobertura vacinal contra influenza no Brasil, 2019-20",
    ],
)
def test_a_title_with_a_range_of_years_is_no_citation(title: str) -> None:
    d = doc(title, "Gustavo Silveira da Luz1, Fernando Carvalho2", *RESUMO)
    assert (d.meta.title, d.meta.journal) == (title, "")


def test_an_abnt_author_list_surnames_first_in_capitals() -> None:
    title = "Diabetes gestacional autorreferido - uma análise da Pesquisa Nacional de Saúde"
    d = doc(title, "SOUZA, Cláudia Meurer¹; ISER, Betine Moehlecke¹; DA SILVA, Deborah Carvalho²", *RESUMO)
    assert (d.meta.title, [a.name for a in d.meta.authors]) == (
        title,
        ["Cláudia Meurer Souza", "Betine Moehlecke Iser", "Deborah Carvalho da Silva"],
    )
    # Initials after a surname in mixed case are a reference's, no ABNT byline.
    assert not is_author_line("Smith, J.; Doe, A.", PARAMS.structure)


def test_a_title_in_capitals_over_its_translation_is_the_title() -> None:
    d = doc(
        "IMPACTO DO ESTRESSE NA SAÚDE DE CORTADORES DE CANA",
        "Impact of stress on the health of sugarcane cutters",
        "Roseana Mara Aredes Priuli1, Maria Silvia de Moraes2",
        *RESUMO,
    )
    assert (d.meta.title, d.meta.translated_title) == (
        "IMPACTO DO ESTRESSE NA SAÚDE DE CORTADORES DE CANA",
        "Impact of stress on the health of sugarcane cutters",
    )
    # An article type in capitals over the title is no title.
    d = doc(
        "ARTIGO ORIGINAL",
        "Impact of stress on the health of sugarcane cutters",
        "Roseana Mara Aredes Priuli1, Maria Silvia de Moraes2",
        *RESUMO,
    )
    assert d.meta.title == "Impact of stress on the health of sugarcane cutters"


def test_initials_after_each_surname_with_markers() -> None:
    d = doc("Micropropagation of Stevia", "Jan, T.1; Gul, S.1; Khan, A.2", *SUMMARY)
    assert [a.name for a in d.meta.authors] == ["T. Jan", "S. Gul", "A. Khan"]


def test_two_dates_on_one_line_above_the_title() -> None:
    title = "Diabetes gestacional autorreferido - uma análise da Pesquisa Nacional de Saúde"
    d = doc(
        "Recebido em 12 de março de 2021; aceito em 5 de agosto de 2022",
        title,
        "Cláudia Meurer Souza1, Betine Moehlecke Iser2",
        *RESUMO,
    )
    assert d.meta.title == title
    assert "2021" in d.meta.received and "2022" in d.meta.accepted


def test_one_author_a_line_without_markers() -> None:
    title = "Composition and dynamics of mixed flocks of birds in a remnant of Atlantic Rain Forest"
    d = doc(title, "Gustavo Silveira da Luz\nFernando Carvalho\nJairo José Zocche", *RESUMO)
    assert [a.name for a in d.meta.authors] == ["Gustavo Silveira da Luz", "Fernando Carvalho", "Jairo José Zocche"]
    # A place under a single author, with its state and country, is her affiliation.
    d = doc(title, "Roseana Mara Aredes Priuli\nRibeirão Preto, SP, Brasil", *RESUMO)
    assert [a.name for a in d.meta.authors] == ["Roseana Mara Aredes Priuli"]


def test_the_reviews_front_pages_keep_their_title() -> None:
    """(Review) A capitalised title joined by ``e``/``y``/``et``/``und`` names no authors; a
    group author with an institution word is an author; an English title breaking off on
    ``the`` before Portuguese place names has no translation; a title with ``2020
    (COVID-19):`` is no citation."""
    for title in (
        "Educação Ambiental e Cidadania Ativa",
        "Políticas Públicas y Desarrollo Rural",
        "Excess mortality in Brazil, 2020 (COVID-19): a time series analysis",
    ):
        d = doc(title, "Maria Silva1, João Pereira2", *RESUMO)
        assert (d.meta.title, [a.name for a in d.meta.authors]) == (title, ["Maria Silva", "João Pereira"])
    d = doc("Sepsis in intensive care", "Maria Silva1, CLARITY Research Group2", *SUMMARY)
    assert [a.name for a in d.meta.authors] == ["Maria Silva", "CLARITY Research Group"]
    d = doc(
        "Mixed flocks of birds in a remnant of the\nMata Atlântica do Sul in southern Brazil",
        "Maria Silva1, João Pereira2",
        *SUMMARY,
    )
    assert (d.meta.title, d.meta.translated_title) == (
        "Mixed flocks of birds in a remnant of the Mata Atlântica do Sul in southern Brazil",
        "",
    )


def test_a_preprints_doi_address_gives_way_to_the_papers_doi() -> None:
    d = doc(
        "Preprint available at:",
        "https://doi.org/10.1101/2020.01.01.123456",
        "DOI: 10.1590/0034-8910.2014048005093",
        "Impacto do estresse na saúde de cortadores de cana",
        "Maria Silva1, João Pereira2",
        *RESUMO,
    )
    assert d.meta.doi == "10.1590/0034-8910.2014048005093"


def test_orcid_ids_set_before_the_names() -> None:
    d = doc(
        "Impacto do estresse na saúde de cortadores de cana",
        "0000-0002-1825-0097 Gustavo Silveira da Luz1, 0000-0001-5109-3700 Fernando Carvalho2",
        *RESUMO,
    )
    assert [(a.name, a.orcid[-4:]) for a in d.meta.authors] == [
        ("Gustavo Silveira da Luz", "0097"),
        ("Fernando Carvalho", "3700"),
    ]


ABSTRACT_PT = (
    "Resumo",
    "Introdução: O diabetes mellitus gestacional é definido como qualquer grau de intolerância à\n"
    "glicose, diagnosticado pela primeira vez durante a gestação.",
)


def test_one_author_a_stanza_over_its_affiliation() -> None:
    """Each name over its affiliation and email (pdftotext, no markers): every name is an
    author with the affiliation under it."""
    d = doc(
        "Composition and dynamics of mixed flocks of birds in a remnant\nof Submontane Atlantic Rain Forest",
        "Gustavo Silveira da Luz\nUniversidade do Extremo Sul Catarinense, Criciúma, SC, Brasil\ngustavo.luz@unesc.net",
        "Fernando Carvalho\nUniversidade do Extremo Sul Catarinense, Laboratório de Zoologia, Criciúma,\n"
        "SC, Brasil\nfernando.carvalho@unesc.net",
        "Jairo José Zocche\nUniversidade do Extremo Sul Catarinense, Criciúma, SC, Brasil\njjz@unesc.net",
        *ABSTRACT_PT,
    )
    assert d.meta.title.startswith("Composition and dynamics")
    got = [(a.name, a.affiliation, a.email) for a in d.meta.authors]
    south = "Universidade do Extremo Sul Catarinense, Criciúma, SC, Brasil"
    assert got == [
        ("Gustavo Silveira da Luz", south, "gustavo.luz@unesc.net"),
        (
            "Fernando Carvalho",
            "Universidade do Extremo Sul Catarinense, Laboratório de Zoologia, Criciúma, SC, Brasil",
            "fernando.carvalho@unesc.net",
        ),
        ("Jairo José Zocche", south, "jjz@unesc.net"),
    ]
    assert len(d.meta.affiliations) == 2


def test_a_list_broken_by_its_affiliation_is_no_stanza() -> None:
    """pdfminer set the affiliation between a list left open and its last name: one list."""
    got = authors(
        "Konrad Höffner, Thomas Pause, Franziska Jahn, Anna Brakemeier,",
        "Institute for Medical Informatics, Statistics and Epidemiology, Medical Faculty, Leipzig",
        "Alfred Winter",
        "University",
    )
    assert got == ["Konrad Höffner", "Thomas Pause", "Franziska Jahn", "Anna Brakemeier", "Alfred Winter"]


def test_affiliation_markers_on_lines_of_their_own() -> None:
    """pdftotext sets each marker on a line of its own over its affiliation's wrapped lines;
    the first may have gone as a page number, or the markers come stacked over as many
    affiliations."""
    title = "Diabetes gestacional autorreferido - uma análise da\nPesquisa Nacional de Saúde"
    names = "Cláudia Meurer Souza1, Betine Moehlecke Iser1, Deborah Carvalho Malta2"
    first = (
        "Programa de Pós-graduação em Ciências da Saúde, Universidade do Sul de Santa Catarina (UniSul) - Tubarão\n"
        "(SC), Brasil."
    )
    second = (
        "Departamento de Enfermagem Materno Infantil e Saúde Pública, Escola de Enfermagem, Universidade Federal de\n"
        "Minas Gerais (UFMG) - Belo Horizonte (MG), Brasil."
    )
    whole = [" ".join(first.split("\n")), " ".join(second.split("\n"))]
    for texts in ((title, names, "1", first, "2", second), (title, names, first, "2", second)):
        d = doc(*texts, *ABSTRACT_PT)
        assert d.meta.affiliations == whole, texts
        assert [a.affiliation for a in d.meta.authors] == [whole[0], whole[0], whole[1]]
    d = doc(
        title,
        names,
        "1\n2",
        "Universidade de Brasília, Brasília, DF, Brasil.\nEmbrapa Recursos Genéticos, DF, Brasil.",
        *ABSTRACT_PT,
    )
    assert d.meta.affiliations == [
        "Universidade de Brasília, Brasília, DF, Brasil.",
        "Embrapa Recursos Genéticos, DF, Brasil.",
    ]
    assert d.meta.authors[2].affiliation == "Embrapa Recursos Genéticos, DF, Brasil."


def test_roman_markers_on_lines_of_their_own() -> None:
    """Rev. Saúde Pública (pdftotext): ``I`` / ``Departamento ...`` / ``II`` / ..."""
    d = doc(
        "Impacto do estresse na saúde de cortadores de cana",
        "Roseana Mara Aredes PriuliI, Maria Silvia de MoraesII",
        "I\nDepartamento de Epidemiologia e Saúde Coletiva. Faculdade de Medicina de São José do Rio Preto. São José\n"
        "do Rio Preto, SP, Brasil\nII\n"
        "Departamento de Enfermagem. União das Instituições Educacionais. Mirassol, SP, Brasil",
        *ABSTRACT_PT,
    )
    assert [a.affiliation[:30] for a in d.meta.authors] == [
        "Departamento de Epidemiologia ",
        "Departamento de Enfermagem. Un",
    ]
    assert d.meta.affiliations[0].endswith("São José do Rio Preto, SP, Brasil")


def test_superscript_letters_set_as_characters() -> None:
    d = doc(
        "Composition and dynamics of mixed flocks of birds",
        "Gustavo Silveira da Luzᵃ, Fernando Carvalhoᵇ, Jairo José Zoccheᵃ",
        "ᵃ Universidade do Extremo Sul Catarinense, Laboratório de Ecologia, Criciúma, SC, Brasil\n"
        "ᵇ Universidade do Extremo Sul Catarinense, Laboratório de Zoologia, Criciúma, SC, Brasil",
        *ABSTRACT_PT,
    )
    assert [a.name for a in d.meta.authors] == ["Gustavo Silveira da Luz", "Fernando Carvalho", "Jairo José Zocche"]
    labs = [a.affiliation.split(", ")[1] for a in d.meta.authors]
    assert labs == ["Laboratório de Ecologia", "Laboratório de Zoologia", "Laboratório de Ecologia"]


def test_stanzas_of_several_lines_and_what_follows_them() -> None:
    """From two reviews: a stanza's address may run over several lines, a street among them
    (``Campo Grande``: no author); the last stanza takes its place lines and wrapped lines,
    not a label after it."""
    d = doc(
        "Teaching reproducible data analysis with open notebooks",
        "Ana Chen\nDepartment of Physics, University of Lisbon\nCampo Grande\nLisbon, Portugal",
        "Ben Okafor\nDepartment of Computer Science\nUniversity of Porto, Portugal\nben@up.pt",
        "Artigo Original",
        *ABSTRACT_PT,
    )
    got = [(a.name, a.affiliation, a.email) for a in d.meta.authors]
    assert got == [
        ("Ana Chen", "Department of Physics, University of Lisbon Campo Grande Lisbon, Portugal", ""),
        ("Ben Okafor", "Department of Computer Science University of Porto, Portugal", "ben@up.pt"),
    ]


def test_doubled_stars_and_roman_numerals_mark_affiliations() -> None:
    """``Souza**`` is marked by ``**`` (the second star of a list), not twice by ``*``; Rev.
    Saúde Pública opens each affiliation with its roman numeral."""
    d = doc(
        "Discurso e violência: o Tribunal do Júri",
        "Adriana Polato*, Andreia Souza**, Neil Franco***",
        "*\nUniversidade Estadual do Paraná, Campo Mourão, Brasil\n**\n"
        "Centro Universitário Integrado, Campo Mourão, Brasil\n***\nUniversidade Estadual de Maringá, Maringá, Brasil",
        *ABSTRACT_PT,
    )
    assert [a.affiliation.split(",")[0] for a in d.meta.authors] == [
        "Universidade Estadual do Paraná",
        "Centro Universitário Integrado",
        "Universidade Estadual de Maringá",
    ]
    d = doc(
        "Integralidade no cuidado ao câncer do colo do útero",
        "Keila Brito-SilvaI, Adriana Falangola Benjamin BezerraII",
        "I Centro Acadêmico de Vitória. Universidade Federal de Pernambuco. Vitória, PE, Brasil\n"
        "II Departamento de Medicina Social. Universidade Federal de Pernambuco. Recife, PE,\nBrasil",
        *ABSTRACT_PT,
    )
    assert (
        d.meta.affiliations[1]
        == "Departamento de Medicina Social. Universidade Federal de Pernambuco. Recife, PE, Brasil"
    )
    assert [a.affiliation for a in d.meta.authors] == d.meta.affiliations
    # One line opening with a roman numeral is no marker: ``I Encontro Nacional ...``.
    d = doc(
        "Física no ensino médio",
        "Ana Souza1, Bruno Lima2",
        "I Encontro Nacional de Pesquisa em Ensino de Física, Natal, 2021\n"
        "1 Universidade Federal do Rio Grande do Norte, Natal, Brasil\n2 Universidade de São Paulo, São Paulo, Brasil",
        *ABSTRACT_PT,
    )
    assert d.meta.authors[1].affiliation == "Universidade de São Paulo, São Paulo, Brasil"


def test_superscript_letters_are_markers_without_lettered_affiliations_too() -> None:
    assert authors("Gustavo Silveira da Luzᵃ, Fernando Carvalhoᵇ") == ["Gustavo Silveira da Luz", "Fernando Carvalho"]


def test_a_title_line_left_open_on_a_function_word_is_no_journal_name() -> None:
    """A Dutch title wrapped after ``in het`` ("in the"), a longer subtitle under it: the
    first line would have taken the next word, yet it goes on below (a journal's name set
    above a title ends on no such word)."""
    d = doc(
        "Tijdschrift voor Sociologie 43 (2022) 2, 112-134",
        "Schooladvies en kansenongelijkheid in het",
        "Nederlandse voortgezet onderwijs",
        "Een analyse van de bijstelling van het schooladvies, 2015-2020",
        "Sanne van der Linden1, Pieter-Jan de Wit2",
        *RESUMO,
    )
    assert d.meta.title.startswith("Schooladvies en kansenongelijkheid in het Nederlandse voortgezet onderwijs")


def test_springer_authors_parted_by_middle_dots() -> None:
    """A stress test's Springer paper: ``Katharina Vogelsang · Thomas Brüggemann · Anja
    Weißenfels`` was no author line; the title's second line became the author."""
    d = doc(
        "Digitale Medien im Grundschulunterricht: Eine",
        "Längsschnittstudie zu Nutzungsmustern von Lehrkräften",
        "Katharina Vogelsang · Thomas Brüggemann · Anja Weißenfels",
        *RESUMO,
    )
    assert [a.name for a in d.meta.authors] == ["Katharina Vogelsang", "Thomas Brüggemann", "Anja Weißenfels"]
    assert d.meta.title.startswith("Digitale Medien im Grundschulunterricht: Eine Längsschnittstudie")


def test_a_long_line_of_figures_is_read_at_once_and_is_no_citation() -> None:
    """A table's row among the front lines or the furniture: numbers and a word at its end.
    The citation test looks at it once (a pattern repeating the numbers' pieces backtracked
    for seconds on such lines: 5.9 s on one Rev. Saúde Pública paper)."""
    from galley.structure.front.citation import citation

    assert citation("Tabela 1 " + "12,3 45,6 78 " * 40 + "Total") is None


def test_markers_in_brackets_after_the_names_and_before_the_affiliations() -> None:
    # A Spanish journal: ``Martín-Serrano(1)``, ``Ortega Ruiz(1,2)``, ``(1) Centro de ...``.
    d = doc(
        "SOLEDAD NO DESEADA Y USO DE SERVICIOS DE ATENCIÓN PRIMARIA EN PERSONAS\n"
        "MAYORES DE 65 AÑOS: ESTUDIO TRANSVERSAL EN LA COMUNIDAD DE MADRID",
        "Lucía Martín-Serrano(1), Javier Ortega Ruiz(1,2), Pilar Domínguez Aranda(3) y Andrés\nVillalobos(2)",
        "(1) Centro de Salud Las Águilas. Servicio Madrileño de Salud. Madrid. España.\n"
        "(2) Departamento de Medicina Preventiva y Salud Pública. Universidad Rey Juan Carlos. Alcorcón.\n"
        "España.\n"
        "(3) Dirección General de Salud Pública. Consejería de Sanidad. Madrid. España.",
        *SUMMARY,
    )
    m = d.meta
    assert m.title.startswith("SOLEDAD NO DESEADA") and m.title.endswith("COMUNIDAD DE MADRID")
    assert [a.name for a in m.authors] == [
        "Lucía Martín-Serrano",
        "Javier Ortega Ruiz",
        "Pilar Domínguez Aranda",
        "Andrés Villalobos",
    ]
    assert m.authors[2].affiliation.startswith("Dirección General de Salud Pública")
    assert "Centro de Salud" in m.authors[1].affiliation and "Universidad Rey Juan Carlos" in m.authors[1].affiliation


def test_one_author_a_stanza_with_a_small_roman_marker_under_a_copyright_line() -> None:
    # A Portuguese (Portugal) journal, copy-paste: the journal's lines above the title.
    d = doc(
        "Revista Portuguesa de Educação, 2021, 34(2), 112-131",
        "© 2021 Centro de Investigação em Educação (CIEd), Universidade do Minho",
        "Trabalho de casa e desigualdades escolares no 2.º ciclo do ensino básico:\n"
        "a perspetiva de alunos, pais e professores",
        "Ana Rita Gonçalves i",
        "Universidade do Porto, Portugal",
        "Tiago Mendes Carvalho ii",
        "Universidade de Coimbra, Portugal",
        *SUMMARY,
    )
    m = d.meta
    assert m.title == (
        "Trabalho de casa e desigualdades escolares no 2.º ciclo do ensino básico: "
        "a perspetiva de alunos, pais e professores"
    )
    assert [(a.name, a.affiliation) for a in m.authors] == [
        ("Ana Rita Gonçalves", "Universidade do Porto, Portugal"),
        ("Tiago Mendes Carvalho", "Universidade de Coimbra, Portugal"),
    ]


def test_superscript_letters_a_space_apart_from_the_names() -> None:
    # Elsevier, pdftotext: ``Léa Moreau a, *, Daniel K. Osei b, ...``.
    assert authors("Léa Moreau a, *, Daniel K. Osei b, Hannah Lindqvist a, c, Pierre-Yves Garnier a") == [
        "Léa Moreau",
        "Daniel K. Osei",
        "Hannah Lindqvist",
        "Pierre-Yves Garnier",
    ]


def test_the_journal_s_lines_around_the_title_are_no_part_of_it() -> None:
    # SAGE: the journal's name and citation, its permissions address, under the title.
    d = doc(
        "Article",
        "Market Women and the Municipal",
        "State: Contesting Space in Colonial",
        "Lagos, 1920–1950",
        "Journal of Urban History",
        "2023, Vol. 49(3) 512–538",
        "© The Author(s) 2022\nArticle reuse guidelines:\nsagepub.com/journals-permissions\n"
        "DOI: 10.1177/00961442221098765\njournals.sagepub.com/home/juh",
        "Chinwe Okafor1",
        *SUMMARY,
    )
    assert d.meta.title == "Market Women and the Municipal State: Contesting Space in Colonial Lagos, 1920–1950"
    assert d.meta.translated_title == ""
    # Elsevier: the journal's name and address, the article type, above it.
    d = doc(
        "Journal of Environmental Management\njournal homepage: www.elsevier.com/locate/jenvman",
        "Research article",
        "Nitrogen retention in restored floodplain wetlands: A five-year\n"
        "paired-catchment study in the Upper Loire basin",
        "Léa Moreau a, *, Daniel K. Osei b, Hannah Lindqvist a, c, Pierre-Yves Garnier a",
        *SUMMARY,
    )
    assert d.meta.title.startswith("Nitrogen retention in restored floodplain wetlands: A five-year paired")
    assert d.meta.title.endswith("catchment study in the Upper Loire basin")


def test_two_authors_parted_by_an_and_that_is_no_surname_s() -> None:
    # Swedish "och" parts two names even in a line with no comma.
    assert authors("Elin Lindqvist och Oskar Håkansson") == ["Elin Lindqvist", "Oskar Håkansson"]


@pytest.mark.parametrize(
    "title",
    [
        "Educación Superior en América Latina",  # "en" is a preposition in Spanish and French
        "Soziale Arbeit und Kritische Theorie",  # German sets its nouns in capitals
    ],
)
def test_a_title_of_capitalised_words_around_an_and_is_no_author_list(title: str) -> None:
    d = doc(title, "Lucía Martín-Serrano1, Javier Ortega Ruiz2", "1 Universidad de Granada", *SUMMARY)
    assert d.meta.title == title
    assert [a.name for a in d.meta.authors] == ["Lucía Martín-Serrano", "Javier Ortega Ruiz"]


def test_springer_dates_parted_by_slashes() -> None:
    d = doc(
        "Adaptation of smallholder farms to drought in the Sahel",
        "Amina Diallo1 · Moussa Traoré2",
        "Received: 12 March 2021 / Accepted: 20 July 2021 / Published online: 5 August 2021",
        *SUMMARY,
    )
    assert (d.meta.received, d.meta.accepted, d.meta.published) == ("2021-03-12", "2021-07-20", "2021-08-05")


def test_a_domain_in_the_title_is_the_title_s() -> None:
    d = doc("How Teachers Use YouTube.com in Class", "Ana Souza1, Rui Lima2", "1 Universidade do Minho", *SUMMARY)
    assert d.meta.title == "How Teachers Use YouTube.com in Class"


def test_a_history_section_is_no_history_box() -> None:
    d = doc(
        "Electric light in the provinces",
        "Ana Souza1, Rui Lima2",
        "1 Universidade do Minho",
        *SUMMARY,
        "Introduction",
        "The first towns to light their streets with electricity did so in the 1880s.",
        "History",
        "The municipal council of Tours voted the first contract in 1886.",
    )
    assert "History" in [b.text for b in d.blocks if b.kind == "heading"]


def test_a_keyword_label_alone_over_its_list_ends_the_abstract() -> None:
    # SAGE: ``Keywords`` on its line, the list under it, then the text under no heading.
    d = doc(
        "Market Women and the Municipal State: Contesting Space in Colonial Lagos",
        "Chinwe Okafor1",
        "Abstract\nThis article examines how market women in colonial Lagos contested the municipal\n"
        "regulation of trading space between 1920 and 1950.\nKeywords\n"
        "colonial Lagos, market women, municipal government, urban space, Nigeria",
        "On the morning of 4 April 1932, several hundred women gathered outside the offices of the\n"
        "Lagos Town Council on Broad Street.",
    )
    m = d.meta
    assert m.keywords == ["colonial Lagos", "market women", "municipal government", "urban space", "Nigeria"]
    assert m.abstracts[0].text.endswith("between 1920 and 1950.")
    assert any(b.text.startswith("On the morning of 4 April 1932") for b in d.blocks)


# Elsevier, pdftotext: highlights over the abstract, the history box read into it, one
# keyword a line under it.
ELSEVIER = (
    "Nitrogen retention in restored floodplain wetlands: A five-year\npaired-catchment study in the Upper Loire basin",
    "Léa Moreau a, *, Daniel K. Osei b, Hannah Lindqvist a, c, Pierre-Yves Garnier a",
    "HIGHLIGHTS",
    "• Restored wetlands removed 38% of incoming nitrate during high-flow periods.\n"
    "• Vegetation cover explained less variance than water-table depth.",
    "ARTICLE INFO",
    "ABSTRACT",
    "Article history:",
    "Received 3 November 2021",
    "Received in revised form",
    "14 February 2022",
    "Accepted 1 March 2022",
    "Available online 10 March 2022",
    "Floodplain wetland restoration is widely promoted as a nature-based solution for reducing\n"
    "diffuse nitrogen loads, yet few studies have quantified retention at the catchment scale.",
    "Keywords:",
    "Wetland restoration",
    "Nitrate retention",
    "Nature-based solutions",
    "1. Introduction",
    "Diffuse nitrogen pollution from agriculture remains one of the most persistent threats to\n"
    "freshwater and coastal ecosystems in Europe (Grizzetti et al., 2021).",
)


def test_an_elsevier_history_box_and_keywords_a_line_are_metadata() -> None:
    d = doc(*ELSEVIER)
    m = d.meta
    assert (m.received, m.accepted, m.published) == ("2021-11-03", "2022-03-01", "2022-03-10")
    assert m.keywords == ["Wetland restoration", "Nitrate retention", "Nature-based solutions"]
    assert m.abstracts[0].text.startswith("Floodplain wetland restoration") and "Received" not in m.abstracts[0].text
    body = " ".join(b.text for b in d.blocks)
    assert "Article history" not in body and "Wetland restoration" not in body and "ARTICLE INFO" not in body
    assert "Restored wetlands removed 38%" in body  # the highlights stay, a section of their own
    gone = " ".join(r.text for r in d.removed)
    assert "14 February 2022" in gone and "Nitrate retention" in gone  # reported, not lost


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # IEEE (pdftotext): the conference's banner in one unit with the title.
        (
            (
                "2023 IEEE International Conference on Software Maintenance and Evolution (ICSME)\n"
                "Flaky or Broken? Classifying Intermittent\nTest Failures from CI Logs",
            ),
            "Flaky or Broken? Classifying Intermittent Test Failures from CI Logs",
        ),
        # BMC: the running head with the journal's citation, the article type over "Open Access".
        (
            (
                "Sun et al. BMC Public Health (2022) 22:1874",
                "RESEARCH Open Access",
                "Effect of a community health programme",
            ),
            "Effect of a community health programme",
        ),
        # An Italian journal: its name, then its ISSN and DOI over the title, in one unit.
        (
            (
                "Studi di Linguistica e Letteratura Italiana",
                "ISSN 2281-4531 · DOI: 10.13128/sli-14552\n"
                "La lingua dei giornali femminili nell’Italia del dopoguerra (1945-1960):\nun’analisi su corpus",
            ),
            "La lingua dei giornali femminili nell’Italia del dopoguerra (1945-1960): un’analisi su corpus",
        ),
    ],
)
def test_a_journal_s_banner_in_the_title_s_unit_is_no_part_of_it(lines: tuple[str, ...], title: str) -> None:
    d = doc(*lines, "Giulia Ferraresi¹, Marco Bellandi²", "¹ Università degli Studi di Padova", *SUMMARY)
    assert d.meta.title == title


def test_a_row_of_bare_names_over_their_stanzas_is_read_by_the_addresses() -> None:
    """IEEE and ACM set the authors side by side over their affiliations; pdftotext reads
    the row one bare name a line, no marker, no institution under the first. Each name
    owns an address (``rahulv@kth.se``), and the addresses part the affiliations: closing
    each stanza (IEEE) or opening it (ACM, whose second row of names sits among them)."""
    d = doc(
        "Flaky or Broken? Classifying Intermittent\nTest Failures from CI Logs with Lightweight\nLanguage Models",
        "Rahul Venkataraman",
        "Sofia Lindgren",
        "Marco Bellini",
        "Dept. of Computer Science\nKTH Royal Institute of Technology\nStockholm, Sweden\nrahulv@kth.se",
        "Dept. of Computer Science\nKTH Royal Institute of Technology\nStockholm, Sweden\nsofialin@kth.se",
        "Software Engineering Group\nPolitecnico di Milano\nMilan, Italy\nmarco.bellini@polimi.it",
        *SUMMARY,
    )
    m = d.meta
    assert m.title.endswith("from CI Logs with Lightweight Language Models")
    kth = "Dept. of Computer Science, KTH Royal Institute of Technology, Stockholm, Sweden"
    assert [(a.name, a.affiliation, a.email) for a in m.authors] == [
        ("Rahul Venkataraman", kth, "rahulv@kth.se"),
        ("Sofia Lindgren", kth, "sofialin@kth.se"),
        ("Marco Bellini", "Software Engineering Group, Politecnico di Milano, Milan, Italy", "marco.bellini@polimi.it"),
    ]
    d = doc(
        "Low-Resource Dialect Normalisation with Character-Level\nRetrieval Augmentation\nNadia Haddad",
        "Jonas Pfeiffer",
        "nadia.haddad@ed.ac.uk\nUniversity of Edinburgh\nEdinburgh, United Kingdom",
        "jpfeiffer@cis.lmu.de\nLMU Munich\nMunich, Germany",
        "Yusuf Adeyemi",
        "Mei Lin Tan",
        "y.adeyemi@ui.edu.ng\nUniversity of Ibadan\nIbadan, Nigeria",
        "meilin.tan@nus.edu.sg\nNational University of Singapore\nSingapore",
        "arXiv:2301.04512v2 [cs.CL] 5 Jan 2023",
        *SUMMARY,
    )
    m = d.meta
    assert m.title == "Low-Resource Dialect Normalisation with Character-Level Retrieval Augmentation"
    assert [(a.name, a.affiliation) for a in m.authors] == [
        ("Nadia Haddad", "University of Edinburgh, Edinburgh, United Kingdom"),
        ("Jonas Pfeiffer", "LMU Munich, Munich, Germany"),
        ("Yusuf Adeyemi", "University of Ibadan, Ibadan, Nigeria"),
        ("Mei Lin Tan", "National University of Singapore, Singapore"),
    ]
    # arXiv's margin stamp is no affiliation; it is reported with the front matter.
    assert "arXiv" not in " ".join(m.affiliations)
    assert any(r.text.startswith("arXiv:2301.04512v2") for r in d.removed)


def test_an_address_names_its_owner_by_its_own_spelling() -> None:
    from galley.structure.front.contact import owns_email

    for name, email in (
        ("Nadia Haddad", "nadia.haddad@ed.ac.uk"),
        ("Jonas Pfeiffer", "jpfeiffer@cis.lmu.de"),
        ("Rahul Venkataraman", "rahulv@kth.se"),
        ("Konrad Höffner", "konrad.hoeffner@uni-leipzig.de"),
        ("José Abel Lovaco-Flores", "lovacoflores@cinvestav.mx"),
        ("Jan Öztürk", "oeztuerk@iab.de"),  # as German addresses spell umlauts
    ):
        assert owns_email(name, email), (name, email)
    for name, email in (
        ("Language Models", "editor@lm-journal.org"),
        ("Li Zhang", "lz@pku.edu.cn"),  # two letters: no evidence
        ("Ana Chen", "info@up.pt"),
        ("Mei Tan", "stanley.smith@nus.edu.sg"),  # a surname inside a part of the address
        ("John Hill", "phillips@ox.ac.uk"),
    ):
        assert not owns_email(name, email), (name, email)


def test_a_bylines_word_is_no_part_of_the_name() -> None:
    """Older and humanities papers print ``par Jean-Pierre FABRE``, ``By Chinwe Okafor``; a
    title in capitals may go on on a line of its own that opens with "ET" / "and"."""
    d = doc(
        "ANNALES DE GÉOGRAPHIE LXXV’ ANNÉE N° 408 MARS-AVRIL 1966",
        "LA CRISE VITICOLE DU BAS-LANGUEDOC\nET LA TRANSFORMATION DES CAMPAGNES (1950-1965)",
        "par Jean-Pierre FABRE\nProfesseur à la Faculté des Lettres de Montpellier",
        "Peu de régions françaises ont connu, au cours des quinze dernières années, des transformations aussi\n"
        "profondes que la plaine viticole du Bas-Languedoc. La monoculture de la vigne, qui avait fait la fortune\n"
        "des départements de l'Hérault et de l'Aude au siècle dernier, traverse depuis 1950 une crise dont les\n"
        "effets se font sentir dans tous les aspects de la vie rurale.",
    )
    assert d.meta.title == "LA CRISE VITICOLE DU BAS-LANGUEDOC ET LA TRANSFORMATION DES CAMPAGNES (1950-1965)"
    assert [(a.name, a.affiliation) for a in d.meta.authors] == [
        ("Jean-Pierre FABRE", "Professeur à la Faculté des Lettres de Montpellier")
    ]
    assert authors("By Chinwe Okafor", "Department of History, University of Lagos") == ["Chinwe Okafor"]
    # A particle that opens a name is no byline's word, nor is "by" before a lower-case word.
    assert as_names("von Humboldt") == "von Humboldt" and as_names("by the way") == "by the way"
    assert as_names("par Jean-Pierre FABRE") == "Jean-Pierre FABRE"


def test_authors_printed_over_the_title_and_its_translation() -> None:
    """De Gruyter's layout: the names first, then the title and its English translation,
    then the marked affiliations with the addresses."""
    d = doc(
        "Zeitschrift für Soziologie 2021; 50(3–4): 201–219\nMartina Hoffmann1 und Jan Öztürk2",
        "Mindestlohn und Arbeitszeit: Wie reagieren\nBetriebe in Ost- und Westdeutschland?",
        "Minimum Wage and Working Hours: How Do Establishments in East and West Germany React?",
        "1 Universität Mannheim, Fakultät für Sozialwissenschaften, 68159 Mannheim, Deutschland,\n"
        "E-Mail: martina.hoffmann@uni-mannheim.de\n"
        "2 Institut für Arbeitsmarkt- und Berufsforschung (IAB), 90478 Nürnberg, Deutschland,\n"
        "E-Mail: jan.oeztuerk@iab.de",
        "Zusammenfassung:",
        "Seit der Einführung des gesetzlichen Mindestlohns im Jahr 2015 wird kontrovers diskutiert, ob\n"
        "Betriebe die gestiegenen Lohnkosten durch eine Verkürzung der Arbeitszeit ausgleichen.",
    )
    m = d.meta
    assert m.title == "Mindestlohn und Arbeitszeit: Wie reagieren Betriebe in Ost- und Westdeutschland?"
    assert m.translated_title.startswith("Minimum Wage and Working Hours")
    assert [(a.name, a.affiliation.split(",")[0], a.email) for a in m.authors] == [
        ("Martina Hoffmann", "Universität Mannheim", "martina.hoffmann@uni-mannheim.de"),
        ("Jan Öztürk", "Institut für Arbeitsmarkt- und Berufsforschung (IAB)", "jan.oeztuerk@iab.de"),
    ]


def test_the_journals_name_over_the_title_in_one_unit_is_not_the_title() -> None:
    # pdftotext -layout of a WeasyPrint page: the journal's name centred atop page 1, the
    # title's first line under it with no blank line the cleaner could part them by.
    d = doc(
        "Journal of Open Source Education\nA practical guide to climate econometrics:",
        "Navigating key decision points in weather and\nclimate data analysis",
        "James A. Rising1, Azhar Hussain2",
        "1 Grantham Research Institute, London School of Economics 2 Department of Economics",
        *SUMMARY,
    )
    assert d.meta.title == (
        "A practical guide to climate econometrics: Navigating key decision points in weather and climate data analysis"
    )


def test_a_review_in_the_title_and_a_banner_over_it_are_no_journal_name() -> None:
    """From a review: ``A Systematic Review of ...`` opens a title, not a journal's name;
    a section's banner over a title that opens on "E" / "And" is no part of it."""
    d = doc(
        "A Systematic Review of Open Educational Resources for\nTeaching Introductory Statistics",
        "Chinwe Okafor1, Adebayo Bello2",
        "1 Department of Statistics, University of Lagos 2 Department of Mathematics, University of Ibadan",
        *SUMMARY,
    )
    assert d.meta.title == "A Systematic Review of Open Educational Resources for Teaching Introductory Statistics"
    d = doc(
        "Dossiê Literatura e Ensino",
        "E agora, José? A poesia de Drummond na escola",
        "Maria Silva1, João Santos2",
        "1 Universidade de São Paulo 2 Universidade Federal do Paraná",
        *ABSTRACT_PT,
    )
    assert d.meta.title == "E agora, José? A poesia de Drummond na escola"


def test_one_affiliation_over_every_authors_address_goes_to_them_all() -> None:
    d = doc(
        "Teaching statistics with open data",
        "Chinwe Okafor, Adebayo Bello",
        "Department of Statistics, University of Lagos, Nigeria",
        "chinwe.okafor@unilag.edu.ng\nadebayo.bello@unilag.edu.ng",
        *SUMMARY,
    )
    assert [(a.name, a.affiliation) for a in d.meta.authors] == [
        ("Chinwe Okafor", "Department of Statistics, University of Lagos, Nigeria"),
        ("Adebayo Bello", "Department of Statistics, University of Lagos, Nigeria"),
    ]
    # The corresponding author named again over her address is no author of her own.
    d = doc(
        "Teaching statistics with open data",
        "Maria Silva1, João Santos2",
        "1 Universidade de São Paulo 2 Universidade Federal do Paraná",
        "Corresponding author:\nMaria Silva\nmaria.silva@usp.br",
        *SUMMARY,
    )
    assert [a.name for a in d.meta.authors] == ["Maria Silva", "João Santos"]


def test_author_lists_of_a_relayout_probe() -> None:
    """Dev papers re-rendered in layouts galley never saw (relayout probe): a list in
    capitals parted by a lower-case "e"; a list wrapped after "e" and a first name; a title
    wrapped before "and" over a marked list (pdfminer)."""
    d = doc(
        "LITERATURA INDÍGENA: ENTRE MEMÓRIAS",
        "ELIANA MÁRCIA DOS SANTOS CARVALHO1 e RENATA LOURENÇO DOS SANTOS2",
        "1 Universidade do Estado da Bahia-UNEB. Caetité, Bahia (BA), Brasil.",
        *ABSTRACT_PT,
    )
    assert [a.name for a in d.meta.authors] == ["ELIANA MÁRCIA DOS SANTOS CARVALHO", "RENATA LOURENÇO DOS SANTOS"]
    d = doc(
        "Integralidade no cuidado ao câncer do colo do\nútero: avaliação do acesso",
        "Keila Brito-Silva1, Adriana Falangola Benjamin Bezerra2 e Oswaldo\nYoshimi Tanaka3",
        "1 Centro Acadêmico de Vitória. Universidade Federal de Pernambuco 2 Departamento de Medicina Social",
        *ABSTRACT_PT,
    )
    assert d.meta.title == "Integralidade no cuidado ao câncer do colo do útero: avaliação do acesso"
    assert [a.name for a in d.meta.authors][-1] == "Oswaldo Yoshimi Tanaka"
    d = doc(
        "Dust Aerosol Detection, Monitoring\nand Forecasting",
        "Julia Wagemann1, Sabrina H. Szeto2, Simone Mantovani3\nand Federico Fierli4",
        "1 Julia Wagemann Consulting",
        *SUMMARY,
    )
    assert d.meta.title == "Dust Aerosol Detection, Monitoring and Forecasting"
    assert len(d.meta.authors) == 4


def test_the_box_of_dates_and_licence_read_after_the_opening_heading_is_metadata() -> None:
    """pdfminer reads a box of dates floating in the body's column after ``Summary``
    (jose.00090 in a WeasyPrint layout): the dates and the licence under them are the
    paper's metadata, reported, not its first paragraphs."""
    d = doc(
        "A practical guide to climate econometrics",
        "James A. Rising1 and Ana Trisovic2",
        SUMMARY[0],
        "Received: 16 January 2022",
        "Accepted: 16 March 2022",
        "Published: 16 April 2022",
        "Licence",
        "Authors of papers retain copyright and release the work under a Creative Commons",
        "Attribution License (CC BY 4.0).",
        SUMMARY[1],
        heading_units=frozenset({2, 6}),
    )
    assert [b.text[:20] for b in d.blocks] == ["Summary", "The use of econometr"]
    assert (d.meta.received, d.meta.accepted, d.meta.published) == ("2022-01-16", "2022-03-16", "2022-04-16")
    assert d.meta.licence == "CC BY 4.0"
    # MDPI: the box's label above its dates goes with them.
    d = doc(
        "A practical guide to climate econometrics",
        "James A. Rising1 and Ana Trisovic2",
        SUMMARY[0],
        "Academic Editor: Giuseppe Ioppolo",
        "Received: 12 January 2023",
        "Revised: 20 February 2023",
        "Accepted: 27 February 2023",
        SUMMARY[1],
    )
    assert [b.text[:20] for b in d.blocks] == ["Summary", "The use of econometr"]
    # One dated line is no box: it stays text where it is.
    d = doc("A practical guide to climate econometrics", SUMMARY[0], "Received: 16 January 2022", SUMMARY[1])
    assert "Received: 16 January 2022" in [b.text for b in d.blocks]


def test_a_running_head_read_into_the_titles_unit_is_not_the_title() -> None:
    """jose.00143 set in two columns, pypdf's layout mode: page 1's running head repeats the
    title on one line, and the cleaner read it into the title's unit."""
    head = "ApplNumComp: An Open Access Introductory Course for Applied Numerical Computing"
    title = "ApplNumComp: An Open Access Introductory Course for\nApplied Numerical Computing"
    d = doc(f"{head}\n{title}", "Ashlee N. Ford Versypt1, Duncan H. Mullins2", *SUMMARY)
    assert d.meta.title == head
    assert [a.name for a in d.meta.authors] == ["Ashlee N. Ford Versypt", "Duncan H. Mullins"]


def test_a_title_block_joined_into_one_unit_is_no_prose() -> None:
    """jose.00090 set in two columns, pypdf's layout mode: the cleaner joined the running
    head, the title, the authors and their affiliations into one unit, which the title in
    sentence case, read twice, made pass for prose: the paper had no title and no authors.
    What follows a list of names with markers in a unit tells whether the body opens there."""
    d = doc(
        "A practical guide to climate econometrics: Navigating key decision points in weather and climate data "
        "analysis\n"
        "A practical guide to climate econometrics: Navigating key\n"
        "decision points in weather and climate data analysis\n"
        "James A. Rising1, Azhar Hussain2, Kevin Schwarzwald3, Ana Trisovic4\n"
        "1Grantham Research Institute, London School of Economics\n"
        "2Department of Economics, London School of Economics\n"
        "3Department of Earth and Environmental Sciences, Columbia University\n"
        "4The Institute for Quantitative Social Science, Harvard University\n"
        "Keywords: climate change; econometrics; tutorial",
        *SUMMARY,
    )
    assert d.meta.title == (
        "A practical guide to climate econometrics: Navigating key decision points in weather and climate data analysis"
    )
    assert [a.name for a in d.meta.authors] == ["James A. Rising", "Azhar Hussain", "Kevin Schwarzwald", "Ana Trisovic"]
    assert d.meta.keywords == ["climate change", "econometrics", "tutorial"]
    assert d.blocks[0].text == "Summary"
    # jose.00198, the same: the affiliations and a long keyword line in lower case after the
    # names are no prose either.
    d = doc(
        "Ecological Forecasting and Dynamics: A graduate course on\n"
        "the fundamentals of time series and forecasting in ecology\n"
        "S. K. Morgan Ernest1, Hao Ye2, Ethan P. White3\n"
        "1Department of Wildlife Ecology and Conservation, University of Florida\n"
        "2Biodiversity Institute, University of Florida\n"
        "3Informatics Institute, University of Florida\n"
        "4Health Science Center Libraries, University of Florida\n"
        "Keywords: biology; forecasting; ecological dynamics; time series; programming; models; uncertainty\n"
        "ecology in conjunction with active training in meth-",
        *SUMMARY,
    )
    assert d.meta.title.startswith("Ecological Forecasting and Dynamics: A graduate course on the fundamentals")
    assert [a.name for a in d.meta.authors] == ["S. K. Morgan Ernest", "Hao Ye", "Ethan P. White"]
    # jose.00302, two columns read by pdftotext: the affiliation joined to the first
    # paragraph reads as names too, but prose follows it there: the body opens with it.
    opening = (
        "The original learning modules were provided in a series of workshops, where each workshop covered a\n"
        "specific module over a 1-2 hour period. These workshops were designed to be completed in a classroom\n"
        "setting with an instructor. The current version of the modules has been adapted for self-paced\n"
        "learning, but they can still be used in a classroom setting with an instructor."
    )
    d = doc(
        "ReliaLearnR: Learning Modules for Reliability Analysis\nPaul B. Govan",
        "Senior Reliability Engineer, Safety and Reliability, GE Aerospace\n" + opening,
        "Statement of Need",
        "Reliability analysis is an important aspect of engineering.",
    )
    assert d.meta.title == "ReliaLearnR: Learning Modules for Reliability Analysis"
    assert any(b.text.startswith("The original learning modules") for b in d.blocks)


def test_a_running_head_with_its_page_number_over_the_title() -> None:
    """rbee-30 in pypdf's layout mode: the running head over the title carries the page's
    number (``... Políticas e Práticas 1``); it is still the running title, not the title's
    first line."""
    d = doc(
        "Cartografias da Educação Inclusiva na Educação Especial: Produção Científica, Políticas e Práticas 1",
        "Cartografias da Educação Inclusiva na\nEducação Especial: Produção Científica,\nPolíticas e Práticas",
        "Márcia Denise PLETSCH1, Geovana Mendonça Lunardi MENDES2",
        "1Universidade Federal Rural do Rio de Janeiro (UFRRJ). Rio de Janeiro/Brasil.\n"
        "2Universidade do Estado de Santa Catarina (Udesc). Florianópolis/Santa Catarina/Brasil.",
        *SUMMARY,
    )
    assert d.meta.title == (
        "Cartografias da Educação Inclusiva na Educação Especial: Produção Científica, Políticas e Práticas"
    )


def test_text_read_under_the_keyword_line_is_body_not_an_affiliation() -> None:
    """jose.00299 set in two columns, pdftotext: the right column's top is read under the
    keyword line, in the title block's box. A title block closes on its keywords: the lines
    after them are the body's, in order, and no affiliation."""
    d = doc(
        "Course Materials for an Introduction to Computational\nChemistry Techniques",
        "Sarah Victoria Stewart1, Hannah Pollak2, Valentina Erastova2",
        "1School of Chemistry, University of Edinburgh, Edinburgh EH9 3FJ, United Kingdom\n"
        "2Research Services, Information Services, University of Edinburgh, Edinburgh EH3 9DR,\n"
        "United Kingdom",
        "Keywords: chemistry; molecular dynamics; postgraduate\n"
        "learners found the material engaging, recognised the\n"
        "importance of the skills being taught, and felt they\n"
        "had gained valuable and sufficient knowledge aligned\n"
        "with the learning objectives.",
        *SUMMARY,
    )
    m = d.meta
    assert m.keywords == ["chemistry", "molecular dynamics", "postgraduate"]
    assert m.affiliations == [
        "School of Chemistry, University of Edinburgh, Edinburgh EH9 3FJ, United Kingdom",
        "Research Services, Information Services, University of Edinburgh, Edinburgh EH3 9DR, United Kingdom",
    ]
    assert d.blocks[0].text == (
        "learners found the material engaging, recognised the importance of the skills being taught, "
        "and felt they had gained valuable and sufficient knowledge aligned with the learning objectives."
    )
    assert d.blocks[1].text == "Summary"
    assert not any("learners" in r.text for r in d.removed)


READ_UNDER_KEYWORDS = (
    "Practical machine learning with PyTorch",
    "Jack Atkinson1, Jim Denholm1",
    "1\nInstitute of Computing for Climate Science, University of Cambridge, UK",
    "Keywords: Python; PyTorch; machine learning; Jupyter notebook",
    "However, there are a few subtleties that we wish to\nhighlight. We go beyond the ability to blindly run\n"
    "downloaded code to:",
    *SUMMARY,
)


def test_a_box_read_after_the_keyword_line_is_body_too() -> None:
    """jose.00239 in two columns, pdftotext: a paragraph of the right column read in a box of
    its own between the keyword line and ``Summary``."""
    d = doc(*READ_UNDER_KEYWORDS)
    assert d.meta.affiliations == ["Institute of Computing for Climate Science, University of Cambridge, UK"]
    assert d.blocks[0].text.startswith("However, there are a few subtleties")
    assert d.blocks[1].text == "Summary"


def test_affiliations_set_under_the_keywords_stay_affiliations() -> None:
    d = doc(
        "Practical machine learning with PyTorch",
        "Jack Atkinson1, Jim Denholm2",
        "Keywords: Python; PyTorch; machine learning",
        "1 Institute of Computing for Climate Science, University of Cambridge,\nUK",
        "2 Department of Physics, University of Oxford, UK",
        *SUMMARY,
    )
    assert d.meta.affiliations == [
        "Institute of Computing for Climate Science, University of Cambridge, UK",
        "Department of Physics, University of Oxford, UK",
    ]
    assert d.blocks[0].text == "Summary"


def test_the_heading_over_running_text_read_under_the_keywords_goes_back_with_it() -> None:
    """jose.00299 in two columns, pdfminer: the right column's heading and its paragraph read
    between the keyword line and ``Summary``; both go back, in their order."""
    d = doc(
        *READ_UNDER_KEYWORDS[:4],
        "Content and Instructional Design",
        "The course comprises three 3-hour-long workshops, run weekly. Each session begins with a short\n"
        "lecture to contextualise the material.",
        *SUMMARY,
        heading_units=frozenset({4}),
    )
    assert [b.text for b in d.blocks[:3]] == [
        "Content and Instructional Design",
        "The course comprises three 3-hour-long workshops, run weekly. Each session begins with a short "
        "lecture to contextualise the material.",
        "Summary",
    ]
    assert d.blocks[0].kind == "heading"
    # The paragraph long enough to end the front region itself: the heading goes back too.
    long = d.blocks[1].text + " " + " ".join(["The students work through the guides at their own pace."] * 6)
    d = doc(*READ_UNDER_KEYWORDS[:4], "Content and Instructional Design", long, *SUMMARY, heading_units=frozenset({4}))
    assert [b.text for b in d.blocks[:2]] == ["Content and Instructional Design", long]


def test_a_number_in_an_address_is_no_marker_where_markers_count_up() -> None:
    """jose.00299 in two columns, pdfminer: ``Argyle House, 3 Lady Lawson Street`` holds a
    number before a capital after marker 5; markers count up, so it is the address's."""
    d = doc(
        "Course Materials for an Introduction to Computational Chemistry Techniques",
        "Sarah Victoria Stewart1, Hannah Pollak2, Timothy J. Spankie3, Audrey Ngambia4, Angela Chitzanidi5,\n"
        "Valentina Erastova5\n"
        "1School of Chemistry, University of Edinburgh, Joseph Black Building, David Brewster Road, Edinburgh EH9\n"
        "3FJ, United Kingdom\n"
        "2UK Centre for Astrobiology, School of Physics and Astronomy, University of Edinburgh\n"
        "3Computational Biology, School of Life Sciences, University of Dundee, Dow Street, Dundee DD1 5EH\n"
        "4Biological Chemistry and Drug Discovery, School of Life Sciences, University of Dundee\n"
        "5Research Services, Information Services, University of Edinburgh, Argyle House, 3 Lady Lawson\n"
        "Street, Edinburgh EH3 9DR, United Kingdom",
        *SUMMARY,
    )
    assert len(d.meta.affiliations) == 5
    assert d.meta.affiliations[4] == (
        "Research Services, Information Services, University of Edinburgh, Argyle House, 3 Lady Lawson Street, "
        "Edinburgh EH3 9DR, United Kingdom"
    )
    assert d.meta.authors[5].affiliation == d.meta.affiliations[4]


def test_affiliation_markers_that_open_their_lines_count_in_any_order() -> None:
    """The review's cases: a street number above the marker before it (``77 Massachusetts
    Avenue``) is the address's; markers opening their lines may come in any order."""
    d = doc(
        "A title of the paper",
        "Ana Lima1, Rui Sousa2, Eva Costa3",
        "1Department of Physics, MIT, 77 Massachusetts Avenue, Cambridge, MA\n"
        "2Department of Chemistry, Harvard University, Cambridge, MA\n"
        "3Department of Biology, Yale University, New Haven, CT",
        *SUMMARY,
    )
    assert [a.affiliation.split(",")[0] for a in d.meta.authors] == [
        "Department of Physics",
        "Department of Chemistry",
        "Department of Biology",
    ]
    d = doc(
        "A title of the paper",
        "Ana Lima1, Rui Sousa2",
        "2 Universidade do Porto, Porto, Portugal\n1 Universidade de Lisboa, Lisboa, Portugal",
        *SUMMARY,
    )
    assert d.meta.authors[0].affiliation == "Universidade de Lisboa, Lisboa, Portugal"


def test_affiliations_without_markers_under_the_keywords_stay() -> None:
    d = doc(
        "A title of the paper",
        "Ana Lima",
        "Keywords: optics; lasers",
        "Department of Physics\nUniversity of Oxford",
        *SUMMARY,
    )
    assert d.meta.affiliations


def test_a_translated_title_under_the_keywords_is_no_affiliation() -> None:
    """A title under the keywords may name an institution; it opens no affiliation without a
    marker or an address after a comma."""
    d = doc(
        "Saúde mental de estudantes de uma universidade pública",
        "Ana Maria Souza1, Paulo Lima2",
        "1 Universidade Federal de Santa Catarina, Florianópolis, SC, Brasil\n"
        "2 Universidade Federal de Minas Gerais, Belo Horizonte, MG, Brasil",
        "Palavras-chave: Saúde Mental; Estudantes; Universidades",
        "Mental Health of Students at a Public University",
        *SUMMARY,
    )
    assert d.meta.affiliations[-1] == "Universidade Federal de Minas Gerais, Belo Horizonte, MG, Brasil"
    assert any(r.text.startswith("Mental Health") for r in d.removed)


def test_what_follows_running_text_read_under_the_keywords_goes_back_with_it() -> None:
    """jose.00279 in two columns, pdftotext: a list's items read under the keyword line; a
    short one goes back with those before it. Citations (``(n.d.);``, ``&``) count for
    neither case in running text (jose.00307)."""
    d = doc(
        *READ_UNDER_KEYWORDS[:4],
        "There are many free online course materials on deep\nlearning, see for example: Howard & Gugger (2020);\n"
        "Mishra (n.d.); Slim & Abdulkader (n.d.); Ng et al.\n(n.d.); Bourke (2022).",
        "• Manuscripts: How do I write a collaborative paper?",
        *SUMMARY,
    )
    assert d.blocks[0].text.startswith("There are many free online course materials")
    assert "Manuscripts: How do I write a collaborative paper?" in d.blocks[1].text
    assert d.blocks[2].text == "Summary"


def test_lines_after_the_keywords_that_are_no_units_tail_stay_reported() -> None:
    """Body lines are given back as a unit or a unit's tail only: where a front line a rule
    claims follows them in their unit (a DOI under them), they stay in the report."""
    d = doc(
        "Practical machine learning with PyTorch",
        "Jack Atkinson1, Jim Denholm1",
        "1 Institute of Computing for Climate Science, University of Cambridge, UK",
        "Keywords: Python; PyTorch; machine learning; Jupyter notebook\n"
        "However, there are a few subtleties that we wish to\nDOI: 10.21105/jose.00239",
        *SUMMARY,
    )
    assert d.blocks[0].text == "Summary"
    assert any(r.text == "However, there are a few subtleties that we wish to" for r in d.removed)


def test_a_piece_of_a_line_read_under_the_keywords_is_reported_not_body() -> None:
    """cadsc-31 in two columns, layout mode: the right column's first line sits beside the
    keyword line and is read under it, cut off at the column's edge. Too short for running
    text, it is reported with the front matter; it is no affiliation, and the abstract
    under it is still the abstract."""
    d = doc(
        "Diabetes gestacional autorreferido – uma análise da Pesquisa Nacional de Saúde",
        "Ana Maria Souza1, Paulo Lima2",
        "1 Programa de Pós-graduação em Ciências da Saúde, Universidade do Sul de Santa Catarina,\n"
        "Tubarão (SC), Brasil.\n"
        "2 Escola de Enfermagem, Universidade Federal de Minas Gerais (UFMG) - Belo Horizonte (MG), Brasil.",
        "Keywords: diabetes mellitus gestacional; prevalência; fatores associados\n"
        "Results: The diagnosis of prenatal gestational diabe-",
        "Resumo",
        "Introdução: O diabetes mellitus gestacional é definido como qualquer grau de intolerância à glicose.",
    )
    assert d.meta.affiliations[-1].endswith("Belo Horizonte (MG), Brasil.")
    assert d.meta.abstract.startswith("Introdução: O diabetes")
    assert not any(b.text.startswith("Results") for b in d.blocks)
    assert any(r.text.startswith("Results: The diagnosis") for r in d.removed)


def test_a_postcodes_second_half_is_no_affiliation_marker() -> None:
    """jose.00299: ``Edinburgh EH9 3FJ`` and ``Dundee DD1 5EH`` hold digits before a capital,
    as ``3 Computational Biology`` does; after a postcode's first half they are the
    postcode's, and the affiliation stays whole."""
    d = doc(
        "Course Materials for an Introduction to Computational Chemistry Techniques",
        "Sarah Victoria Stewart1, Hannah Pollak2, Timothy J. Spankie3",
        "1School of Chemistry, University of Edinburgh, Joseph Black Building, David Brewster Road, Edinburgh EH9 3FJ, "
        "United\nKingdom\n"
        "2UK Centre for Astrobiology, School of Physics and Astronomy, University of Edinburgh, Edinburgh EH9 3FD, "
        "United Kingdom\n"
        "3Computational Biology, School of Life Sciences, University of Dundee, Dow Street, Dundee DD1 5EH,\n"
        "United Kingdom",
        *SUMMARY,
    )
    # (A marker after a postcode's whole is one: ``ON M5S 1A7 2 Department``.)
    two = doc(
        "A title of the paper",
        "Jack Atkinson1, Jim Denholm2",
        "1 Department of Physics, University of Toronto, Toronto, ON M5S 1A7 2 Department of Chemistry, University of\n"
        "Ottawa, Ottawa, ON K1N 6N5",
        *SUMMARY,
    )
    assert two.meta.affiliations == [
        "Department of Physics, University of Toronto, Toronto, ON M5S 1A7",
        "Department of Chemistry, University of Ottawa, Ottawa, ON K1N 6N5",
    ]
    assert [a.affiliation.rsplit(", ", 2)[-2] for a in d.meta.authors] == [
        "Edinburgh EH9 3FJ",
        "Edinburgh EH9 3FD",
        "Dundee DD1 5EH",
    ]


def test_a_byline_that_lost_its_spaces_parts_its_names() -> None:
    # jose.00209 in pypdf's layout mode: the line's spaces lost after 'José'.
    line = (
        "Edder D Bustos-Díaz2, José AbelLovaco-Flores4,6,LuisGerardoTejero-Gómez5,"
        "JAbrahamAvelar-Rivas3,4, and Nelly Sélem-Mojica 5"
    )
    found = [name for name, _ in split_names(line, PARAMS.structure) or []]
    assert found == [
        "Edder D Bustos-Díaz",
        "José Abel Lovaco-Flores",
        "Luis Gerardo Tejero-Gómez",
        "J Abraham Avelar-Rivas",
        "Nelly Sélem-Mojica",
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # spaces kept: a name's own capitals stay (no comma runs into a name)
        ("Ana DeVries1, Jo McDonald2", ["Ana DeVries", "Jo McDonald"]),
        # spaces lost: Mc and Mac keep their capital
        ("Ana McDonald1,Jo MacArthur2", ["Ana McDonald", "Jo MacArthur"]),
    ],
)
def test_a_names_own_capitals_stay(line: str, names: list[str]) -> None:
    assert [name for name, _ in split_names(line, PARAMS.structure) or []] == names
