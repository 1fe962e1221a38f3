"""Byline surnames OCR misread, mended from the paper's own references
(``structure.front.cited``): on the byline and reference list of jose.00198 and jose.00307
as tesseract read them (JOSE, CC BY 4.0)."""

from __future__ import annotations

import pytest
from make import doc

from galley.model import Author, Removed
from galley.structure.front.cited import as_cited, readings

# jose.00198 (ocr-tesseract): 'Ernest' read as 'Emest' on the byline and in two entries.
REFERENCES = [
    "Christensen, E., Harris, D., & Ernest, S. (2018). Long-term community change through multiple rapid transitions.",
    "Diaz, R., & Emest, S. (2022). Maintenance of community function through compensation.",
    "Ernest, S. K. M., Yenni, G. M., Allington, G., & Christensen, E. M. (2020). The Portal Project.",
    "White, E. P., Yenni, G. M., Taylor, S. D., Christensen, E. M., Bledsoe, E. K., & Ernest, S. K. M. (2019).",
    "Huber, F., Kuppevelt, D. van, Steinbach, P., Sauze, C., Liu, Y., & Weel, B. (2022). Weather prediction.",
]
BYLINE = [Removed(6, "S. K. Morgan Emest?, Hao Yel 4, Ethan P. White?", "front-matter", "the authors")]


def names(*authors: str) -> list[str]:
    found, _ = as_cited([Author(a) for a in authors], REFERENCES, BYLINE)
    return [a.name for a in found]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("S. K. Morgan Emest", "S. K. Morgan Ernest"),  # 'rn' read as 'm': cited 3x against 1x
        ("Berend Weell", "Berend Weel"),  # the marker '1' read as an 'l' (jose.00307)
    ],
)
def test_a_surname_ocr_misread_is_spelled_as_the_references_spell_it(read: str, meant: str) -> None:
    assert names(read) == [meant]


def test_the_mend_is_a_repair_on_the_bylines_line() -> None:
    _, (repair,) = as_cited([Author("S. K. Morgan Emest")], REFERENCES, BYLINE)
    assert (repair.rule, repair.line, repair.before, repair.after) == (
        "author-as-cited",
        6,
        "S. K. Morgan Emest",
        "S. K. Morgan Ernest",
    )
    assert "'Ernest' 3x and 'Emest' 1x" in repair.why


@pytest.mark.parametrize(
    "name",
    [
        "Ethan P. White",  # cited as read
        "Hao Ye",  # cited nowhere: nothing to go by
        "Anna Bell",  # a name that ends in 'l', its reading 'Bel' cited nowhere
        "Sara Emest",  # hypothetically cited only so: no reading is cited more
    ],
)
def test_a_surname_the_references_do_not_spell_otherwise_stays(name: str) -> None:
    refs = [*REFERENCES, "Emest, S. (2021). Another paper.", "Emest, S. (2023). A third paper."]
    found, repairs = as_cited([Author(name)], refs, BYLINE)
    assert [a.name for a in found] == [name] and not repairs


def test_a_reading_must_be_cited_more_often_than_the_name_as_read() -> None:
    found, _ = as_cited([Author("A. Mame")], ["Marne, A. (2020).", "Mame, B. (2021).", "Mame, C."], [])
    assert [a.name for a in found] == ["A. Mame"]
    found, _ = as_cited([Author("A. Mame")], ["Marne, A. (2020).", "Marne, B. (2021)."], [])
    assert [a.name for a in found] == ["A. Marne"]


def test_two_readings_cited_leave_the_name_as_read() -> None:
    found, _ = as_cited([Author("B. Ammon")], ["Arnmon, A. (2020).", "Amrnon, B. (2021)."], [])
    assert [a.name for a in found] == ["B. Ammon"]


def test_readings() -> None:
    assert set(readings("Emest")) == {"Emest", "Ernest"}
    assert "Weel" in set(readings("Weell")) and "Smits" in set(readings("smits"))
    assert "Be" not in set(readings("Bel"))  # too short to lose a letter


def test_a_document_gets_its_authors_as_cited() -> None:
    d = doc(
        "Ecological Forecasting and Dynamics: A graduate course",
        "S. K. Morgan Emest1, Hao Ye2, Ethan P. White1",
        "1 Department of Wildlife Ecology and Conservation, University of Florida",
        "Summary",
        "This course teaches the fundamentals of time series and forecasting in ecology.",
        "References",
        *REFERENCES[:4],
    )
    assert [a.name for a in d.meta.authors] == ["S. K. Morgan Ernest", "Hao Ye", "Ethan P. White"]
    assert [r.after for r in d.repairs if r.rule == "author-as-cited"] == ["S. K. Morgan Ernest"]
