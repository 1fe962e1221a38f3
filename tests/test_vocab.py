"""The vocabulary's questions on real headings, in the languages it knows."""

from __future__ import annotations

import pytest

from galley import vocab
from galley.clean.headings import open_ended
from galley.params import PARAMS
from galley.structure.headings import is_known


@pytest.mark.parametrize(
    "text",
    [
        "References",
        "7. Bibliography",
        "Références",
        "Literatur",
        "REFERÊNCIAS",
        "Referencias bibliográficas:",
        # (a probe's names: the humanities' and chemistry's lists)
        "Obras citadas",
        "FONTES E REFERÊNCIAS",
        "Referências consultadas",
        "Bibliografía citada",
        "References and notes",
        # (a stress test's papers in other languages: Italian, Dutch, Catalan)
        "Bibliografia",
        "Riferimenti bibliografici",
        "Literatuur",
        "Referències",
    ],
)
def test_reference_headings(text: str) -> None:
    assert vocab.is_reference_heading(text)


@pytest.mark.parametrize("text", ["REFERÊNCIAS - Livros:", "REFERÊNCIAS – Livros:", "References: primary sources"])
def test_a_reference_heading_may_name_the_first_group_of_its_list(text: str) -> None:
    # edur-39: a list sorted by kind opens with "REFERÊNCIAS - Livros:" (books).
    assert vocab.is_reference_heading(text)


@pytest.mark.parametrize(
    "text",
    ["Literature review", "References to earlier work", "Bibliography - a note on the sources used here"],
)
def test_headings_that_only_start_like_one_are_not(text: str) -> None:
    assert not vocab.is_reference_heading(text)


@pytest.mark.parametrize("text", ["Referênces", "Referencias", "Bibliografia", "REFERENCIAS BIBLIOGRAFICAS"])
def test_a_reference_heading_with_its_accents_mistyped_or_lost(text: str) -> None:
    # rbef-43 heads its list "Referênces"; OCR and some extractors drop accents.
    assert vocab.is_reference_heading(text)


def test_without_accents() -> None:
    assert vocab.without_accents("Referências Bibliográficas") == "Referencias Bibliograficas"
    assert vocab.without_accents("plain") == "plain"


@pytest.mark.parametrize(
    "text",
    [
        "Data Availability Statement",  # Braz. J. Biol.
        "Declaração de disponibilidade de conteúdo",  # Bakhtiniana
        "Declaración de disponibilidad de datos",
    ],
)
def test_data_availability_statements_are_known_sections(text: str) -> None:
    assert is_known(text, PARAMS.structure)


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Experimental Section", True),  # chemistry's methods section
        ("Experimental", False),  # alone, as often a plot's legend (``Experimental`` / ``Calculated``)
        ("Parte Experimental", True),
        ("Experimental results of the second trial", False),
    ],
)
def test_an_experimental_section_is_known(text: str, known: bool) -> None:
    assert is_known(text, PARAMS.structure) is known


@pytest.mark.parametrize(
    ("label", "keywords"),
    [
        ("Parole chiave", ["scrittura accademica", "ortografia"]),
        ("Trefwoorden", ["schooladvies", "onderwijsongelijkheid"]),
        ("Paraules clau", ["escola", "llengua"]),
    ],
)
def test_keyword_lines_of_other_languages_are_the_papers_keywords(label: str, keywords: list[str]) -> None:
    """A stress test's Italian, Dutch and Catalan papers had their keyword line published as
    a body heading, and the keywords lost."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "structure"))
    from make import doc

    d = doc(
        "L’italiano degli studenti universitari: errori ortografici",
        "Giulia Bernardini and Paolo Santangelo",
        "Abstract",
        "The paper analyses a corpus of two hundred essays written by first-year students.",
        f"{label}: {'; '.join(keywords)}",
        "1 Introduction",
        "The essays were collected in three universities over two academic years.",
    )
    assert d.meta.keywords == keywords
    assert all(label not in b.text for b in d.blocks)


@pytest.mark.parametrize("caption", ["Tabella 1. Errori per tipo", "Tabel 2. Schooladvies", "Taula 3. Dades"])
def test_table_captions_of_other_languages(caption: str) -> None:
    from galley.structure.tables import is_table_caption

    assert is_table_caption(caption)


@pytest.mark.parametrize(
    "line",
    [
        "... vaccination even after having gone to the health center, among",  # ress-33, a caption
        "The Institute of Computing for Climate Science received support through",  # jose.00239
        "crianças nascidas entre",
        "los datos recogidos desde",
        "Grading Workflow WITHOUT",  # jose.00303, a heading broken off
        "the students whose",
        "os resultados mostram que",
        "los resultados son",
    ],
)
def test_a_line_ending_on_a_preposition_breaks_off(line: str) -> None:
    assert open_ended(line)
