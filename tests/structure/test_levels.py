"""Heading levels and ids on small real examples: numbering gives levels outright, well-known
names return to level 1, counted siblings and announced subsections go one deeper."""

from __future__ import annotations

from make import doc, outline

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
