"""Page furniture: found by repetition, removed, and always reported (never silently lost)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from galley.clean import clean, furniture
from galley.read import Line, to_lines

PROSE = (
    "The tutorial has been actively used by students at the London School of Economics, and\n"
    "it has been highlighted at multiple workshops around the world over the past few years.\n"
)


def test_running_head_and_page_numbers_with_form_feeds() -> None:
    # wp-double-pdfminer: a journal-like running head and the page number at each page top.
    raw = ""
    for page in range(1, 4):
        raw += f"JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION\n\n{page}\n\n" + PROSE * 3 + "\f"
    result = clean(to_lines(raw))
    body = " ".join(u.text for u in result.units)
    assert "JOURNAL OF" not in body
    rules = sorted((r.text, r.rule) for r in result.removed)
    assert rules.count(("JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION", "running-head")) == 3
    assert [t for t, rule in rules if rule == "page-number"] == ["1", "2", "3"]


def test_pypdf_footer_without_form_feeds() -> None:
    # pypdf: no page separators; the citation footer wraps and repeats on every page.
    footer = (
        "Atkinson, & Denholm. (2024). Practical machine learning with PyTorch. Journal of Open Source "
        "Education, 7 (76), 239. https://doi.org/10.21105/"
    )
    raw = ""
    for page in range(1, 4):
        raw += PROSE * 5 + footer + "\njose.00239.\n" + f"{page}\n"
    result = clean(to_lines(raw))
    body = " ".join(u.text for u in result.units)
    assert "jose.00239" not in body and "Atkinson" not in body
    removed = [r.text for r in result.removed]
    assert removed.count("jose.00239.") == 3 and removed.count(footer) == 3
    assert {"1", "2", "3"} <= set(removed)


def test_a_line_that_appears_once_is_text() -> None:
    raw = "Page 1\n\n" + PROSE * 3 + "\fIntroduction to the methods of the paper\n\n" + PROSE * 3
    result = clean(to_lines(raw))
    assert not [r for r in result.removed if "Introduction" in r.text]
    assert any(u.text == "Introduction to the methods of the paper" for u in result.units)


def test_number_in_the_middle_of_prose_stays() -> None:
    raw = PROSE + "2019\n" + PROSE
    result = clean(to_lines(raw))
    assert not result.removed
    assert "2019" in " ".join(u.text for u in result.units)


@given(st.lists(st.text(alphabet="Pagepof 0123456789ivxlcdm-–—/\u2003\u2028\t .İ", max_size=40), max_size=8))
def test_page_numbers_found_without_the_pattern_on_every_line_are_the_same(texts: list[str]) -> None:
    """The furniture scan runs the page-number pattern only on lines that could be one; the
    lines it finds must be exactly those the pattern finds on every line."""
    lines = [Line(n, t, 0, 0, 1, 0) for n, t in enumerate(texts, 1)]
    assert furniture.Scan(lines).numbers == {i for i, t in enumerate(texts) if furniture.is_page_number(t)}
