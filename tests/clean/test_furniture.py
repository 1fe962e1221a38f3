"""Page furniture: found by repetition, removed, and always reported (never silently lost)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from galley.clean import clean, furniture
from galley.inputs.read import to_lines
from galley.model import Line

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


def _companions_by_definition(lines: list[Line], furniture_at: set[int]) -> set[int]:
    """The rule as written: short lines grouped by key, kept when every one sits beside furniture."""
    groups: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if len(ln.text) <= 40 and i not in furniture_at:
            groups.setdefault(furniture.key(ln.text), []).append(i)
    near = {j for f in furniture_at for j in (f - 2, f - 1, f + 1, f + 2)}
    return {i for idx in groups.values() if len(idx) >= 2 and all(i in near for i in idx) for i in idx}


@given(
    st.lists(st.sampled_from(["12", "3", "jose.00239.", "JOSE.00240.", "Jx", "a", "İx", "x\u2028", "# 1", "Text"]),
             max_size=30),
    st.sets(st.integers(0, 29), max_size=6),
)
def test_companions_found_with_fewer_keys_are_the_rule_s_own(texts: list[str], at: set[int]) -> None:
    """companions computes keys only where a candidate could be matched: the lines it finds
    must be those the rule's definition finds."""
    lines = [Line(n, t, 0, 0, 1, 0) for n, t in enumerate(texts, 1)]
    at = {i for i in at if i < len(lines)}
    found = set(furniture.companions(lines, at, furniture.Scan(lines)))
    assert found == _companions_by_definition(lines, at)
