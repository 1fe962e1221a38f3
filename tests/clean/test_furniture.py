"""Page furniture: found by repetition, removed, and always reported (never silently lost)."""

from __future__ import annotations

from galley.clean import clean
from galley.inputs.read import to_lines

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


def test_a_short_footer_piece_that_also_appears_in_the_text_stays() -> None:
    # pypdf's ``jose.00239.`` beside the footer on every page is furniture; the same short
    # line once more in the body (away from any furniture) makes all its copies text.
    footer = (
        "Atkinson, & Denholm. (2024). Practical machine learning with PyTorch. Journal of Open Source "
        "Education, 7 (76), 239. https://doi.org/10.21105/"
    )
    pages = [
        "".join(
            f"{word.title()} part of the lesson uses the {word} notebook of the course, and so on.\n" for word in words
        )
        for words in (
            "alpha beta gamma delta epsilon".split(),
            "zeta eta theta iota kappa".split(),
            "mu nu xi pi rho".split(),
        )
    ]
    raw = "".join(body + footer + "\njose.00239.\n" + f"{n}\n" for n, body in enumerate(pages, 1))
    removed = [r.text for r in clean(to_lines(raw)).removed]
    assert removed.count("jose.00239.") == 3 and removed.count(footer) == 3
    raw = raw.replace("Beta part", "jose.00239.\nBeta part")
    removed = [r.text for r in clean(to_lines(raw)).removed]
    assert "jose.00239." not in removed and removed.count(footer) == 3


def test_a_word_that_looks_like_a_roman_numeral_is_text() -> None:
    # ``mix`` and ``dim`` match the page-number pattern (roman numerals) but are words.
    raw = "JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION\n\n" + PROSE * 3
    raw = raw + "mix\n\f" + raw + "iv\n\f" + raw
    removed = {r.text: r.rule for r in clean(to_lines(raw)).removed}
    assert removed.get("iv") == "page-number" and "mix" not in removed
