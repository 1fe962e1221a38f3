"""Heading levels and ids on small real examples: numbering gives levels outright, well-known
names return to level 1, counted siblings and announced subsections go one deeper."""

from __future__ import annotations

from make import MARGIN, doc, layout_outline, layout_page, outline

TEXT = "The course runs for ten weeks and covers the basics of the field."
MORE = "Each week opens with a short talk and goes on with exercises done in pairs."


def test_numbered_levels() -> None:
    got = outline(
        "1 Introduction", TEXT, "2 Methods", TEXT, "2.1 Data sources", TEXT, "2.1.3 Cleaning", TEXT, "3 Results", TEXT
    )
    assert got == [
        ("1 Introduction", 1),
        ("2 Methods", 1),
        ("2.1 Data sources", 2),
        ("2.1.3 Cleaning", 3),
        ("3 Results", 1),
    ]
    got = outline("II. METHODS", TEXT, "A. Data", TEXT, "III. RESULTS", TEXT)
    assert got == [("II. METHODS", 1), ("A. Data", 2), ("III. RESULTS", 1)]


def test_unnumbered_levels_from_context() -> None:
    """A heading straight under a heading goes deeper; siblings keep that level; a
    well-known top-level name returns to 1; counted siblings sit under their parent."""
    # (two paragraphs a section: four headings among seven units would be a table's cells)
    got = outline(
        "Features",
        "General instructional design",
        TEXT,
        MORE,
        "Reuse and remixing",
        TEXT,
        MORE,
        "Acknowledgements",
        TEXT,
    )
    assert got == [
        ("Features", 1),
        ("General instructional design", 2),
        ("Reuse and remixing", 2),
        ("Acknowledgements", 1),
    ]
    got = outline(
        "Content and Instructional Design",
        TEXT,
        "Part 0: Introductory Background",
        TEXT,
        "Part 1: Introduction to PEST",
        TEXT,
        "Experience of use in teaching and learning",
        TEXT,
    )
    assert got == [
        ("Content and Instructional Design", 1),
        ("Part 0: Introductory Background", 2),
        ("Part 1: Introduction to PEST", 2),
        ("Experience of use in teaching and learning", 1),
    ]


def test_subsections_announced_by_their_section() -> None:
    got = outline(
        "Observations",
        "This chapter covers two distinct sections: (i) Remote Sensing observations from satellites and (ii) "
        "Ground-based observations with remote and in-situ sensors.",
        "Remote sensing observations from satellites",
        TEXT,
        "Ground-based observations with remote and in-situ sensors",
        TEXT,
        "Teaching Experience",
        TEXT,
    )
    assert got == [
        ("Observations", 1),
        ("Remote sensing observations from satellites", 2),
        ("Ground-based observations with remote and in-situ sensors", 2),
        ("Teaching Experience", 1),
    ]


def test_a_one_word_part_the_section_enumerates_is_a_subsection() -> None:
    """jose.00200: ``Course Content`` lists its chapters, ``(i) observations ..., (ii)
    forecast models and a (iii) practical case study``; ``Observations`` is one of them.
    Named in passing, not as an item, a one-word heading stays at its section's level."""
    chapters = (
        "The course is organised in three main chapters: (i) observations (satellite- and ground-based), "
        "(ii) forecast models and a (iii) practical case study."
    )
    got = outline("Course Content", chapters, "Observations", TEXT, "Teaching Experience", TEXT)
    assert got == [("Course Content", 1), ("Observations", 2), ("Teaching Experience", 1)]
    passing = "The course covers observations from satellites, forecast models and a practical case study."
    got = outline("Course Content", passing, "Observations", TEXT, "Teaching Experience", TEXT)
    assert got == [("Course Content", 1), ("Observations", 1), ("Teaching Experience", 1)]


def test_a_part_announced_by_a_part_goes_one_deeper_again() -> None:
    """jose.00200: ``Course Content`` lists its chapters, ``Observations`` (one of them)
    lists its two sections; the third chapter is looked for in ``Course Content`` again."""
    chapters = (
        "The course is organised in three main chapters: (i) observations (satellite- and ground-based), "
        "(ii) forecast models and a (iii) practical case study."
    )
    sections = (
        "This chapter is again subdivided in two distinct sections: (i) Remote Sensing observations from "
        "satellites and (ii) Ground-based observations with remote and in-situ sensors."
    )
    got = outline(
        "Course Content",
        chapters,
        "Observations",
        sections,
        "Remote sensing observations from satellites",
        TEXT,
        "Ground-based observations with remote and in-situ sensors",
        TEXT,
        "Model forecasts",  # announced as "forecast models": none of Observations' parts
        TEXT,
        "Practical case study",
        TEXT,
        "Teaching Experience",
        TEXT,
    )
    assert got == [
        ("Course Content", 1),
        ("Observations", 2),
        ("Remote sensing observations from satellites", 3),
        ("Ground-based observations with remote and in-situ sensors", 3),
        ("Model forecasts", 2),
        ("Practical case study", 2),
        ("Teaching Experience", 1),
    ]


def test_a_long_section_is_looked_in_no_further_than_a_heading_is_looked_for() -> None:
    from galley.model import Block
    from galley.params import PARAMS
    from galley.structure.levels import Section

    section = Section(Block("heading", "Appendix", level=1))
    section.add("word " * 1_000_000, PARAMS.structure.announced_reach)
    section.add("Remote sensing observations from satellites", PARAMS.structure.announced_reach)
    assert sum(len(t) for t in section.texts) <= 2 * PARAMS.structure.announced_reach


def test_ids_are_unique_and_stable() -> None:
    d = doc("Example", TEXT, "Example", TEXT, "2.1 Data", TEXT, "Example", TEXT)
    assert [h.ident for h in d.headings()] == ["example", "example-2", "s-2-1-data", "example-3"]


def test_known_names_in_other_languages_are_top_level() -> None:
    """The vocabulary's names in any language: a Portuguese reference heading is level 1."""
    got = outline(
        "Métodos e dados",
        "Uma frase sobre os dados e os métodos usados no estudo.",
        "Referências",
        "Silva, A. (2020). Um livro. Editora.",
    )
    assert got[-1] == ("Referências", 1)


def test_three_level_numbered_outline_with_unnumbered_parts() -> None:
    """bak-p59099 (scielo-wp-poppler, Portuguese): numbers give the levels, an unnumbered
    heading inside a numbered section is its part, well-known names return to level 1."""
    got = outline(
        "Introdução",
        TEXT,
        "1 ADD: pressupostos teórico-metodológicos",
        TEXT,
        "2 Universo de análise",
        TEXT,
        "2.1 Do grande cronotopo ao cronotopo do Tribunal do Júri",
        TEXT,
        "2.1.1 Imagens de mulheres e de si",
        TEXT,
        "Pareceres",
        TEXT,
        MORE,
        "3 Análise dialógica",
        TEXT,
        "Considerações finais",
        TEXT,
        "REFERÊNCIAS",
        TEXT,
    )
    assert got == [
        ("Introdução", 1),
        ("1 ADD: pressupostos teórico-metodológicos", 1),
        ("2 Universo de análise", 1),
        ("2.1 Do grande cronotopo ao cronotopo do Tribunal do Júri", 2),
        ("2.1.1 Imagens de mulheres e de si", 3),
        ("Pareceres", 4),
        ("3 Análise dialógica", 1),
        ("Considerações finais", 1),
        ("REFERÊNCIAS", 1),
    ]


def test_sections_in_capitals_have_their_mixed_case_parts_one_deeper() -> None:
    """rac-26-e190379 (scielo-wp-poppler): top sections in capitals, a well-known
    'Discussion' inside one is its part; abstract and notes stay top level."""
    got = outline(
        "ABSTRACT",
        TEXT,
        "INTRODUCTION",
        TEXT,
        "PRESENTATION AND DISCUSSION OF RESULTS",
        TEXT,
        "Development and application of scales",
        TEXT,
        MORE,
        "Discussion",
        TEXT,
        "FINAL CONSIDERATIONS",
        TEXT,
        "Notes",
        TEXT,
    )
    assert got == [
        ("ABSTRACT", 1),
        ("INTRODUCTION", 1),
        ("PRESENTATION AND DISCUSSION OF RESULTS", 1),
        ("Development and application of scales", 2),
        ("Discussion", 2),
        ("FINAL CONSIDERATIONS", 1),
        ("Notes", 1),
    ]


def test_layout_mode_space_under_a_heading_tells_its_level() -> None:
    assert layout_outline(layout_page()) == [
        ("Summary", 1),
        ("Statement of need", 1),
        ("Teaching materials", 1),
        ("Slides", 2),
        ("Exercises (Jupyter notebooks)", 2),
        ("Acknowledgments", 1),
        ("References", 1),
    ]


def test_space_says_nothing_where_the_known_headings_are_set_tight_or_blank_lines_part_boxes() -> None:
    flat = [("Teaching materials", 1), ("Slides", 1), ("Exercises (Jupyter notebooks)", 1)]
    # The well-known top headings set tight like the rest: one style, no levels told.
    known = ("Summary", "Statement of need", "Acknowledgments", "References")
    assert layout_outline(layout_page(known_tight=known))[2:5] == flat
    # pdftotext's default mode: blank lines part its text boxes, not the page's space.
    assert layout_outline(layout_page(margin=""))[2:5] == flat
    # Only the front and back matter set off (Summary, Acknowledgments, References), the
    # sections of the body all tight, the well-known Statement of need too: one style.
    body = ("Statement of need", "Teaching materials")
    assert layout_outline(layout_page(known_tight=body))[1:5] == [("Statement of need", 1), *flat]


def test_a_well_known_name_set_tight_stays_top_level() -> None:
    """An extractor's blank lines are not always the page's space: pypdf may leave out the
    one under a top heading. ``Acknowledgments`` stays top level; the rest are told apart."""
    got = layout_outline(layout_page(known_tight=("Acknowledgments",)))
    assert ("Acknowledgments", 1) in got and ("Slides", 2) in got


def test_a_list_or_a_caption_under_a_heading_says_nothing_of_its_space() -> None:
    """``Exercises`` with a blank line between it and a bulleted list (lists stand off): it
    keeps the level of the subsection before it, not made a top section."""
    exercises = f"{MARGIN}Exercises (Jupyter notebooks)\n"
    listed = layout_page().replace(exercises, f"{exercises}\n{MARGIN}• Penguin species classification\n")
    assert ("Exercises (Jupyter notebooks)", 2) in layout_outline(listed)
