"""The questions the rules ask of one line's text, on lines from the corpus."""

from __future__ import annotations

import pytest

from galley.clean import shapes


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("as shown by Carleton & Hsiang (2016).", True),
        ("the tutorial is structured into the following sections:", True),
        ("including trafficking and “radicalized militancy.”", True),
        ("(see Table 2).", True),
        ("resource management, human behavior, and", False),
        ("https://doi.org/10.1126/science.aad9837", False),
        # A closing bracket or quote alone on a line (pdfminer splits a formula's brackets
        # off) ends no sentence: there is no stop in it (it did before the rules were plain).
        (")", False),
        ("”", False),
        # Vancouver citations set as superscripts, read as digits after the stop (SciELO).
        ("de mortalidade por CCU.17", True),
        ("tanto na atenção básica quanto nos serviços especializados.9,26", True),
        ("the difference was significant at p = 0.05", False),
        ("as installed with Python 3.12", False),
    ],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert shapes.ends_sentence(text) is ends


@pytest.mark.parametrize(
    ("text", "start", "bare"),
    [
        ("2. Using weather and climate data: introduces", True, False),
        ("• Review", True, False),
        ("(b) the second condition", True, False),
        ("iv. More examples", True, False),
        ("1.", True, True),  # a bare marker starts a list item too
        ("(123)", True, True),
        ("•", True, True),
        ("2019. The year the course began", False, False),
        ("Introduction", False, False),
        # ``p.``, ``v.`` or ``n.`` before a number is an abbreviation, a page or a volume
        # going on from the line before (Trans/Form/Ação, ABNT references):
        ("p. 144), en una adoración de la fuerza bruta o el éxito", False, False),
        ("v. 20, n. 2, p. 101-132, 2013.", False, False),
        ("b) 10 mg of the extract", True, False),
        ("a. 5 mg/kg of the extract in saline", True, False),
        ("ii. 2 or more visits to the clinic", True, False),
    ],
)
def test_list_markers(text: str, start: bool, bare: bool) -> None:
    assert shapes.is_list_start(text) is start
    assert shapes.is_bare_marker(text) is bare


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Hsiang, S., & Kopp, R. E. (2018). An economist's guide to climate change", True),
        ("Baeza-Yates, R., & Ribeiro-Neto, B. (2011). Modern information retrieval", True),
        ("van Rossum, G. (1995). Python reference manual.", True),
        ("[12] Knuth, D. The art of computer programming.", True),
        # Vancouver without a stop after the number: surname and initials (Cad. saúde colet.).
        ("20 Malta D, Duncan B, Schmidt M, Machado I, Silva A,", True),
        ("21 Huerta J, Tormo M, Egea-Caparros J, Ortola-", True),
        ("12 Sul 96,4 91,5 - 98,5", False),
        ("Argo data management Team. (2022). Argo user's manual", True),
        ("S., Keitt, T. H., Kenney, M. A., Laney, C. M., Larsen, L. G., & others. (2018).", False),
        ("353(6304), aad9837. https://doi.org/10.1126/science.aad9837", False),
    ],
)
def test_starts_entry(text: str, starts: bool) -> None:
    assert shapes.starts_entry(text) is starts


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Annual Review of Resource Economics, 8, 43–75", True),
        ("https://doi.org/10.3386/w22181", True),
        ("1365-2966.2008.13422.x", True),
        ("Science,", False),
        ("Carleton, T. A., &", False),
        ("Environmental Research Letters, 14(8), 084010. https://doi.org/10.1088/", True),
        # MDPI: the publisher's links close an entry; an author list ending a line on a
        # semicolon goes on (``5. Greenwood, S.C.; ... Slark, A.T.;`` / ``Ryan, A.J.; ...``).
        ("Adv. 2017, 3, e1700782. [CrossRef] [PubMed]", True),
        ("Sci. 2009, 22, 335–348. [Google Scholar]", True),
        ("5. Greenwood, S.C.; Walker, S.; Baird, H.M.; Parsons, R.; Mehl, S.; Webb, T.L.; Slark, A.T.;", False),
        ("J Med Internet Res [Internet]", False),
    ],
)
def test_ends_entry(text: str, ends: bool) -> None:
    assert shapes.ends_entry(text) is ends
