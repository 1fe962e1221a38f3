"""Page furniture: a line at a page edge on most pages in the same place (or, without page
breaks, a footer whose page number counts up), removed and always reported (never silently
lost). Repetition alone is not evidence: the paper's own lines that recur stay."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert [r.text for r in result.removed] == ["Page 1"]
    assert "years. Introduction to the methods of the paper" in " ".join(u.text for u in result.units)


def test_prose_that_recurs_on_two_short_pages_is_not_a_running_head() -> None:
    # Every line of these two short pages is near a page edge and comes back on the other
    # page, but at the top of the page and at its foot: not in one place.
    raw = PROSE * 3 + "\f" + PROSE * 3
    assert not clean(to_lines(raw)).removed


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


CASES = Path(__file__).resolve().parents[1] / "cases" / "clean"


def test_citation_lines_that_recur_without_page_breaks_are_text() -> None:
    # jose.00267, pypdf (no page breaks): two wrapped lines of citations match once their
    # years are masked (``et al., 2017; Ramachandran ...`` / ``et al., 2020; Ramachandran
    # ...``); the footer comes back with the page number under it counting up.
    result = clean(to_lines((CASES / "pypdf-recurring-citations.txt").read_text(encoding="utf-8")))
    footer = [
        "Marshall et al. (2025). Cloud-native geospatial data cube workflows with open-source tools. "
        "Journal of Open Source Education, 8(89), 267.",
        "https://doi.org/10.21105/jose.00267.",
    ]
    assert [r.text for r in result.removed] == [*footer, "1", *footer, "2"]
    text = " ".join(u.text for u in result.units)
    assert "Guo, 2017; Mathieu et al., 2017; Ramachandran" in text
    assert "Radočaj et al., 2020; Ramachandran et al., 2021" in text


def test_reference_lines_at_the_foot_of_one_page_and_the_top_of_the_next_are_text() -> None:
    # jose.00309, OCR of a double-spaced manuscript: two reference entries share their
    # author lines, the first at the foot of a page, the second atop the next.
    result = clean(to_lines((CASES / "ocr-references-across-pages.txt").read_text(encoding="utf-8")))
    assert [r.text for r in result.removed] == ["International Review of Open Pedagogy"] * 2
    text = " ".join(u.text for u in result.units)
    assert text.count("Economo, M. N., Viswanathan, S.") == 2 and text.count("Nguyen, T. N., Smith") == 2


def test_ocr_running_head_with_its_page_number_on_one_line() -> None:
    # jose.00200, OCR: the running head and the page number on one line, the number
    # misread (``+)`` for ``5``) or missing on a page.
    heads = [f"JOURNAL OF OPEN EDUCATION RESEARCH {n}".strip() for n in ("1", "2", "+)", "")]
    raw = "\f".join(head + "\n\n" + PROSE * 3 for head in heads)
    result = clean(to_lines(raw))
    assert [r.text for r in result.removed] == heads
    assert all(r.rule == "running-head" for r in result.removed)
    assert "JOURNAL" not in " ".join(u.text for u in result.units)


def test_a_running_head_that_is_also_a_line_of_the_body_stays_in_the_body() -> None:
    # wp-justified, jose.00193: the paper's title runs atop every page, and a line of the
    # body has the same words; only the copies at the page tops go.
    page = "The Argo Online School\n\n" + PROSE * 3
    middle = page + "The Argo Online School\n" + PROSE * 3
    result = clean(to_lines("\f".join([page, middle, page])))
    assert [r.text for r in result.removed] == ["The Argo Online School"] * 3
    assert [r.line for r in result.removed] == [1, 9, 24]
    assert "The Argo Online School" in " ".join(u.text for u in result.units)


def test_a_table_header_atop_a_few_pages_of_many_is_text() -> None:
    # A table carried over three pages of eleven repeats its header atop each: it sits at
    # a page edge in one place, but on too few pages to be a running head.
    pages = ["JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION\n" + PROSE * 3 for _ in range(11)]
    for n in (4, 5, 6):
        pages[n] = pages[n].replace("\n", "\nTaxa Range of Number of Individuals\n", 1)
    result = clean(to_lines("\f".join(pages)))
    assert {r.text for r in result.removed} == {"JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION"}


def test_bare_page_numbers_counting_up_without_page_breaks() -> None:
    # scielo-latex-pypdf (brag-81): pypdf sets the page number on a line of its own at
    # each page's foot, without a running footer; one falls right under a DOI.
    pages = [PROSE * 4 + "Bragantia, 81, e2022. https://doi.org/10.1590/\n1678-4499.20210245\n"] + [PROSE * 4] * 3
    raw = "".join(page + f"{n}\n" for n, page in enumerate(pages, 1))
    result = clean(to_lines(raw))
    assert [(r.text, r.rule) for r in result.removed] == [(str(n), "page-number") for n in (1, 2, 3, 4)]
    assert "https://doi.org/10.1590/1678-4499.20210245 " in " ".join(u.text for u in result.units) + " "


def test_a_short_head_of_the_even_pages_between_the_odd_pages_long_heads() -> None:
    # scielo-latex-pypdf (hoehnea-49): the odd pages' head is the paper's title, the even
    # pages' ``2 Hoehnea 2022;49:e1082020`` is too short to count alone; its number counts
    # up between the odd pages' (even its mid-sentence place, where pypdf put it, is a page's).
    odd = "Florestas secundárias do Parque Estadual da Cantareira, São Paulo {n}\n"
    raw = ""
    for n in range(1, 9, 2):
        raw += odd.format(n=n) + PROSE * 3 + f"{n + 1} Hoehnea 2022;49:e1082020\n" + PROSE * 3
    result = clean(to_lines(raw))
    removed = [r.text for r in result.removed]
    assert [t for t in removed if "Hoehnea" in t] == [f"{n} Hoehnea 2022;49:e1082020" for n in (2, 4, 6, 8)]
    assert "Hoehnea" not in " ".join(u.text for u in result.units)


def test_a_caption_a_page_counting_up_is_no_head_of_the_other_pages() -> None:
    # ``Tabela 1`` ... ``Tabela 4``, one between each two odd pages' heads: its numbers count
    # up, but they are not the pages between the heads' (1 is not between 1 and 3).
    odd = "Florestas secundárias do Parque Estadual da Cantareira, São Paulo {n}\n"
    raw = "".join(odd.format(n=n) + PROSE * 3 + f"Tabela {k}\n" + PROSE * 3 for k, n in enumerate(range(1, 9, 2), 1))
    result = clean(to_lines(raw))
    assert not [r.text for r in result.removed if r.text.startswith("Tabela")]


def test_a_tables_years_after_the_last_head_are_no_heads_of_the_other_pages() -> None:
    # The review's case: after the odd pages' last head, a table's rows ``Safra 2005/06 ...``
    # count up (2005, 2006, ...) above the last page: no page comes after 9 but 10.
    odd = "Florestas secundárias do Parque Estadual da Cantareira, São Paulo {n}\n"
    raw = ""
    for n in range(1, 11, 2):
        raw += odd.format(n=n) + PROSE * 3 + f"{n + 1} Hoehnea 2022;49:e1082020\n" + PROSE * 3
    raw += "Tabela 3. Produção anual por safra\nSafra Volume Área\n"
    raw += "".join(f"Safra {y}/{(y + 1) % 100:02d} 43,5 12,1\n" for y in range(2005, 2022))
    result = clean(to_lines(raw))
    removed = [r.text for r in result.removed]
    assert not [t for t in removed if t.startswith("Safra")]
    assert len([t for t in removed if "Hoehnea" in t]) == 5


def test_a_footer_under_bare_page_numbers_without_page_breaks() -> None:
    # scielo-latex-pypdf (edur-39): each page's number, then the journal's footer under it;
    # a DOI beside a page number is the text's, though its digits mask like the next one's.
    pages = [PROSE * 4 + "10.1017/9781108601269\n"] + [PROSE * 4] * 2 + [PROSE * 4 + "10.1017/9781107588783\n"]
    raw = "".join(page + f"{n}\nEduc. rev. 2023;39:e38419\n" for n, page in enumerate(pages, 1))
    result = clean(to_lines(raw))
    assert sorted({r.text for r in result.removed}) == ["1", "2", "3", "4", "Educ. rev. 2023;39:e38419"]
    text = " ".join(u.text for u in result.units)
    assert "10.1017/9781108601269" in text and "10.1017/9781107588783" in text


EDUR_LINES = (
    "As décadas de 70 e 80 do século XX foram marcantes para os povos indígenas do Brasil.",
    "Para entender como o contato entre indígenas e não-indígenas chega até a produção literária.",
    "Primeiramente destaca-se o Estatuto do Índio, o principal documento normativo da época.",
    "Os direitos adquiridos pela Constituição de 88 ajudaram a manter os povos indígenas vivos.",
)
FIRST_FOOTER = "Educ. rev. 2023;39:e38419 DOI: 10.1590/0102-469838419 1\n"


def edur_pages(first_footer: str = FIRST_FOOTER) -> str:
    """scielo-latex-pypdf (edur-39): the first page's footer is the running head with the
    article's DOI and the page number on one line; the other pages have the running head,
    and their numbers on lines of their own."""
    body = [f"{PROSE}{line}\n" for line in EDUR_LINES]
    rest = "".join(body[n - 1] + f"{n}\nEduc. rev. 2023;39:e38419\n" for n in (2, 3, 4))
    return body[0] + first_footer + "Educ. rev. 2023;39:e38419\n" + rest


def test_the_first_pages_footer_is_the_running_head_with_its_doi() -> None:
    result = clean(to_lines(edur_pages()))
    assert FIRST_FOOTER.strip() in {r.text for r in result.removed}
    assert "10.1590" not in " ".join(u.text for u in result.units)


def test_a_line_that_quotes_the_running_head_in_words_is_text() -> None:
    quoted = "Educ. rev. 2023;39:e38419 publishes the dossier in full\n"
    result = clean(to_lines(edur_pages(quoted)))
    assert "publishes the dossier in full" in " ".join(u.text for u in result.units)


def test_numbered_lines_in_one_part_of_the_text_are_no_page_numbers() -> None:
    # A table's row numbers count up too, but bunched together, not over the whole text.
    raw = PROSE * 10 + "".join(f"{n}\nrow {n} of the table\n" for n in range(1, 5)) + PROSE * 10
    assert not clean(to_lines(raw)).removed


def test_a_two_column_running_head_between_the_halves_of_a_sentence() -> None:
    # latex-twocol-poppler, jose.00239: pdftotext sets the running head (and on page 4 the
    # page number) between the left and the right column, mid-page, mid-sentence.
    page2 = (
        "Classification of penguin species based on other physical\n"
        "characteristics. This exercise takes participants through\n"
        "using idiomatic PyTorch data-loading objects before\n\nAtkinson and Denholm\n\n"
        "creating dataloaders and introducing the concepts of\n"
        "training and validation splits. As part of this exercise\n"
    )
    page4 = (
        "The practical sessions ran smoothly for most participants, but\n"
        "some had trouble installing the software on their own machines before the\n\n4\n\n"
        "Atkinson and Denholm\n\n"
        "workshop. Problems were often specific to the individual and ate up a lot of time\n"
        "trying to understand polluted environments and unfamiliar IDEs.\n"
    )
    pages = [PROSE * 3 + "1\n", page2 + "2\n", PROSE * 3 + "3\n", page4]
    result = clean(to_lines("\f".join(pages)))
    removed = [(r.text, r.rule) for r in result.removed]
    assert removed.count(("Atkinson and Denholm", "running-head")) == 2
    assert ("4", "page-number") in removed
    text = " ".join(u.text for u in result.units)
    assert "objects before creating dataloaders" in text and "before the workshop. Problems" in text


def test_a_table_cell_that_goes_on_is_no_running_head() -> None:
    # jose-poppler, jose.00184: a table's cell ``Interactive widget to`` recurs on three
    # pages with its next line in lower case; it interrupts no sentence of prose.
    table = "Name\nInteractive widget to\nexplore the rotation curve\n"
    page = "JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION\n" + PROSE * 2 + table + PROSE * 3
    result = clean(to_lines("\f".join([page] * 3)))
    assert {r.text for r in result.removed} == {"JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION"}


def test_a_template_notice_after_the_first_pages_left_column_is_removed() -> None:
    # jose.00193 (CC BY) in two columns as pdftotext read it: the first page's foot comes
    # after the left column, mid-page, a blank line after it.
    raw = (
        PROSE * 4 + "through the proposed interactive self-assessments in\n"
        "the AoS.\n"
        "Preprint submitted to JOURNAL OF OPEN EDUCATION RESEARCH\n"
        "\n"
        "The AoS has been designed to be expanded in the\n"
        "future to follow the implementation of new features.\n"
        + PROSE * 4
        + "\f2\n\nArgo is an international program.\n"
    )
    result = clean(to_lines(raw))
    assert ("Preprint submitted to JOURNAL OF OPEN EDUCATION RESEARCH", "running-head") in [
        (r.text, r.rule) for r in result.removed
    ]
    assert all("Preprint" not in u.text for u in result.units)
    # After an open sentence, or a plain "submitted to", it is the paper's own text.
    for before, line in (
        ("the AoS and", "Preprint submitted to the committee"),
        ("the AoS.", "Submitted to JOURNAL OF OPEN EDUCATION RESEARCH"),
    ):
        kept = raw.replace("the AoS.\nPreprint submitted to JOURNAL OF OPEN EDUCATION RESEARCH", f"{before}\n{line}")
        assert any(line in u.text for u in clean(to_lines(kept)).units), line


def test_the_short_title_atop_one_page_is_a_running_head() -> None:
    # latex-twocol-poppler (jose.00198): four pages; ``Ernest et al.`` heads pages 2 and 4,
    # the short title page 3 only (page 1 has the title block).
    title = "Ecological Forecasting and Dynamics: A graduate course on the\nfundamentals of forecasting\n"
    raw = title + PROSE * 3 + "1\n\f"
    raw += "Ernest et al.\n\n" + PROSE * 3 + "2\n\f"
    raw += "Ecological Forecasting and Dynamics\n\n" + PROSE * 3 + "3\n\f"
    raw += "Ernest et al.\n\n" + PROSE * 3 + "4\n"
    result = clean(to_lines(raw))
    removed = {r.text: r.why for r in result.removed}
    assert "short title" in removed["Ecological Forecasting and Dynamics"]
    assert result.units[0].text.startswith("Ecological Forecasting and Dynamics: A graduate course")
    # Without heads found on the other pages' tops, a page that opens with those words stays.
    alone = raw.replace("Ernest et al.\n\n", "")
    assert "Ecological Forecasting and Dynamics" not in {r.text for r in clean(to_lines(alone)).removed}
    # The review's case: a paper with footers only (found at pages' feet), its section named
    # after the tool atop page 2, keeps it.
    title = "Manim Slides: A Python package for presenting Manim content anywhere\n"
    foot = "Eertmans (2023). Manim Slides. Journal of Open Source Education, 6(66), 206. {n}\n"
    raw = title + PROSE * 3 + foot.format(n=1) + "\f" + "Manim Slides\n" + PROSE * 3 + foot.format(n=2)
    raw += "\f" + PROSE * 3 + foot.format(n=3)
    removed = {r.text for r in clean(to_lines(raw)).removed}
    assert "Manim Slides" not in removed and len(removed) == 3  # (the three footers)


def three_pages(head: str, authors: str = "Konrad Höffner, Thomas Pause, and Alfred Winter\n") -> str:
    """latex-twocol-poppler (jose.00180): three pages; the authors' names head page 2 only,
    beside its number (page 1 has the title block, page 3 the short title)."""
    raw = "SNIK Graph: Visualizing Knowledge about Hospital Information Systems\n" + authors + "\n"
    raw += PROSE * 3 + "\n1\n\f" + f"{head}\n\n2\n\n" + PROSE * 3 + "\f" + "SNIK Graph\n\n3\n\n" + PROSE * 3
    return raw


def test_the_authors_names_atop_one_page_are_a_running_head() -> None:
    removed = {r.text: r.why for r in clean(to_lines(three_pages("Höffner et al."))).removed}
    assert "authors' names" in removed["Höffner et al."]
    two = three_pages("Höffner and Winter")
    assert "Höffner and Winter" in {r.text for r in clean(to_lines(two)).removed}
    # A name that carries its affiliation's number on page 1 is the same name.
    numbered = three_pages("Jayaprakash et al.", "Nikita Jayaprakash1 , Monika Voutov1,2 , and Andrew Bray1\n")
    assert "Jayaprakash et al." in {r.text for r in clean(to_lines(numbered)).removed}


def test_headings_and_cells_atop_a_page_name_no_authors() -> None:
    """(The review's cases) page 1 prints ``Materials`` and ``Methods`` in its summary, not
    in its byline; a table cell ``Lima et al.`` sits under a running head, not a number."""
    summary = "Summary\nWe describe the Materials and Methods of Git and GitHub lessons.\n"
    raw = three_pages("Materials and Methods").replace("\n\n" + PROSE, "\n" + summary + "\n" + PROSE, 1)
    assert "Materials and Methods" not in {r.text for r in clean(to_lines(raw)).removed}
    raw = three_pages("Höffner et al.").replace("\n\n2\n\n", "\n\nSNIK Graph\n\n")
    assert "Höffner et al." not in {r.text for r in clean(to_lines(raw)).removed}


def test_a_portuguese_running_head_in_capitals_names_the_authors() -> None:
    raw = three_pages("SILVA e SOUZA", "João Carlos Silva1 e Maria Souza2\n")
    assert "SILVA e SOUZA" in {r.text for r in clean(to_lines(raw)).removed}


def test_names_atop_a_page_that_page_1_does_not_print_are_text() -> None:
    # Not the paper's authors: a line of the text (a table's cell, a citation) stays.
    raw = three_pages("Lovelace et al.")
    assert "Lovelace et al." not in {r.text for r in clean(to_lines(raw)).removed}
    # On page 1 itself, the authors' names are the byline.
    assert "Höffner et al." not in {r.text for r in clean(to_lines(three_pages("Other et al."))).removed}
    # Away from any furniture (no page number beside it), a page's first line stays.
    raw = three_pages("Höffner et al.").replace("Höffner et al.\n\n2\n\n", "Höffner et al.\n\n" + PROSE)
    assert "Höffner et al." not in {r.text for r in clean(to_lines(raw)).removed}


# latex-twocol-poppler (jose.00193): pdftotext joined the word broken at page 2's foot
# (``in-``) with the next line it read, the page number.
GLUED = (
    "The Argo Online School: An e-learning tool to get started with Argo\n\n" + PROSE * 3 + "\n1\n\f"
    "Argo Online School\n\n" + PROSE * 3 + "the European Union’s Horizon 2020 research and in2\n\n\f"
    "The Argo Online School\n\nnovation program under grant agreement Euro-Argo RISE 824131.\n" + PROSE
)


def test_a_page_number_glued_to_the_word_broken_at_the_pages_foot_is_split_off() -> None:
    result = clean(to_lines(GLUED))
    text = " ".join(u.text for u in result.units)
    assert "Horizon 2020 research and innovation program under grant" in text
    assert ("2", "page-number") in {(r.text, r.rule) for r in result.removed}
    assert any(r.rule == "page-number-glued" and r.after.endswith("and in-") for r in result.repairs)


@pytest.mark.parametrize(
    "change",
    [
        ("research and in2", "research and COVID19"),  # not the page's number
        ("and in2\n\n\f", "and in2\n2\n\f"),  # the page prints its number alone at its foot
        # (the review's case) no page prints its number alone: ``CO2`` ends a page
        ("research and in2\n\n\f", "the efflux of CO2\n\n\f", "\n1\n\f", "\n\f"),
        # no line goes on in lower case atop the next page
        ("novation program under grant agreement Euro-Argo RISE 824131.\n", "Novation.\nFunds.\nThe end.\n"),
    ],
)
def test_digits_ending_a_page_that_are_no_glued_page_number_stay(change: tuple[str, ...]) -> None:
    raw = GLUED
    for old, new in zip(change[::2], change[1::2], strict=True):
        raw = raw.replace(old, new)
    result = clean(to_lines(raw))
    assert not any(r.rule == "page-number-glued" for r in result.repairs)


OPEN_END = (
    "However, information that focuses on analysis methods\nis still lacking, and new resources are needed to offer\n"
)


def test_the_short_title_atop_the_page_after_an_open_sentence_is_a_running_head() -> None:
    # latex-twocol-pdfminer (jose.00090): two pages, so the short title atop page 2 repeats
    # nowhere; page 1 ends a paragraph on no stop, and no heading can come next.
    title = "A practical guide to climate econometrics: Navigating key decision points\n\n"
    page_one = title + PROSE * 3 + OPEN_END + "\f"
    raw = (
        page_one
        + "A practical guide to climate econometrics\n\npractical help to researchers. For example, several steps\n"
    )
    raw += "in the research process can be challenging to students and social science\nresearchers.\n"
    result = clean(to_lines(raw))
    assert (
        "left a sentence open" in {r.text: r.why for r in result.removed}["A practical guide to climate econometrics"]
    )
    assert "are needed to offer practical help to researchers." in " ".join(u.text for u in result.units)
    # Where no piece of the sentence follows on the page, or after a list's item left open or
    # a line alone, the same words may head a section.
    no_rest = raw.replace("\n\npractical help", "\n\nThe practical help")
    assert "A practical guide to climate econometrics" not in {r.text for r in clean(to_lines(no_rest)).removed}
    for before in (
        "• Version control with git\n",
        "Version control with git\n",
    ):
        other = raw.replace(
            OPEN_END,
            "\n" + before,
        )
        assert "A practical guide to climate econometrics" not in {r.text for r in clean(to_lines(other)).removed}


def test_the_short_title_between_the_halves_of_a_broken_word_is_a_running_head() -> None:
    # latex-twocol-poppler (jose.00143): three pages; page 2's head, the one-word short title,
    # stands between ``Ad-`` (its number glued on) and ``ditionally``.
    raw = "ApplNumComp: An Open Access Introductory Course for Applied Numerical Computing\n\n"
    raw += PROSE * 3 + "graduate students. Ad1\n\n\fApplNumComp\n\nditionally, it was included in the minor.\n"
    raw += PROSE * 3 + "\n2\n"
    result = clean(to_lines(raw))
    assert "graduate students. Additionally, it was included" in " ".join(u.text for u in result.units)
    assert "between the halves of a word" in {r.text: r.why for r in result.removed}["ApplNumComp"]
    # The same word opening a section atop the page, after a finished sentence, stays.
    section = raw.replace("graduate students. Ad1\n\n\fApplNumComp\n\nditionally,", "students.\n\n\fApplNumComp\n\nIt")
    assert "ApplNumComp" not in {r.text for r in clean(to_lines(section)).removed}
    # (The review's case) after a list item left open, a section named after a tool whose
    # name is in lower case: no word is broken, the heading stays.
    tool = raw.replace(
        "graduate students. Ad1\n\n\fApplNumComp\n\nditionally,", "• Version control\n\n\fApplNumComp\n\nit"
    )
    assert "ApplNumComp" not in {r.text for r in clean(to_lines(tool)).removed}


def bjb_pages(footer: str = "DOI: 10.1590/1519-6984.246904 | CC BY 4.0") -> str:
    """scielo-wp-poppler (Braz. J. Biol., CC BY): the first page's footer gives the DOI and
    the licence on a line of its own, inside a paragraph pdftotext runs across the page."""
    first = PROSE * 3 + "l BA. Esse calo formou numerosos rebentos hiperídricos em cultura no meio da mesma\n\n"
    first += f"{footer}\n\n1\n\nBraz. J. Biol.\n\n2023;83:e246904\n"
    rest = "".join(f"\f{n}\n\nBraz. J. Biol.\n\n2023;83:e246904\n\n" + PROSE * 3 for n in (2, 3))
    return first + "\fcomposição. O objetivo foi avaliar sistematicamente o efeito das citocininas.\n" + rest


def test_the_papers_doi_in_a_page_footer_is_furniture() -> None:
    result = clean(to_lines(bjb_pages()), lang="pt")
    assert ("DOI: 10.1590/1519-6984.246904 | CC BY 4.0", "page-doi") in {(r.text, r.rule) for r in result.removed}
    assert "10.1590" not in " ".join(u.text for u in result.units)


def test_a_doi_without_its_licence_at_a_page_foot_is_text() -> None:
    # A note's, a reference's or a figure credit's DOI: only the footer gives the licence.
    for footer in ("DOI: 10.1590/1519-6984.246904", "https://doi.org/10.6084/m9.figshare.7654321 CC BY 4.0"):
        result = clean(to_lines(bjb_pages(footer)), lang="pt")
        assert footer in " ".join(u.text for u in result.units)


SWEDISH_PAGES = (
    # Page 1: the journal's line, then the title, which the odd pages repeat as their head.
    "Sociologisk Forskning, årgång 59, nr 3, 2022, s. 233–256\n\n"
    "Gig-ekonomins tidsregimer\n"
    "Matleveransbud och algoritmisk styrning i tre svenska städer\n\n"
    "Elin Lindqvist och Oskar Håkansson\n\n" + PROSE * 3 + "\f"
    "234 Lindqvist och Håkansson\n\n" + PROSE * 4 + "\f"
    "Gig-ekonomins tidsregimer                                                     235\n\n" + PROSE * 4 + "\f"
    "236 Lindqvist och Håkansson\n\n" + PROSE * 4
)
FRENCH_PAGES = (
    # Page 1: the title, then the byline, which the next pages repeat as their head (under
    # their page number).
    "Titre de l’article pour un essai de notes\n\nJean Dupont\n\nUniversité de Lyon\n\n" + PROSE * 3 + "\f"
    "2\n\nJEAN DUPONT\n\n" + PROSE * 4 + "\f"
    "3\n\nJEAN DUPONT\n\n" + PROSE * 4
)


@pytest.mark.parametrize(
    ("raw", "kept", "heads"),
    [(SWEDISH_PAGES, "Gig-ekonomins tidsregimer", 3), (FRENCH_PAGES, "Jean Dupont", 2)],
)
def test_the_first_page_s_title_or_byline_is_no_running_head(raw: str, kept: str, heads: int) -> None:
    result = clean(to_lines(raw))
    assert kept in [u.text for u in result.units]
    removed = [r.text for r in result.removed if r.rule == "running-head"]
    assert kept not in removed and len(removed) == heads  # the heads of the other pages go


THESIS_PAGES = (
    # pdftotext -layout of a thesis: the odd page's head is the section's heading with the
    # page number, on that page only.
    "3.3     Data Sources\n\n"
    "The study draws on three kinds of data:\n"
    "    1. Documents: council minutes and budget reports of the four municipalities;\n"
    "    2. Interviews: 58 semi-structured interviews with municipal officials, councillors,\n"
    "       consultants, and representatives of civil society organisations, conducted between\n"
    "\f3.3. DATA SOURCES                                                                      49\n\n"
    "      September 2019 and June 2020. Most interviews lasted between 45 and 90 minutes.\n" + PROSE * 3
)


def test_a_page_s_head_that_repeats_its_section_s_heading_is_furniture() -> None:
    result = clean(to_lines(THESIS_PAGES))
    assert [(r.text, r.rule) for r in result.removed] == [("3.3. DATA SOURCES 49", "running-head")]
    assert not any("DATA SOURCES" in u.text for u in result.units)


def test_a_heading_at_a_page_s_top_is_no_head() -> None:
    # The next section's heading opens the page (no page number beside it); and a line that
    # ends on a number but names no heading above it stays.
    raw = "3.3     Data Sources\n\n" + PROSE * 3 + "\f3.4     Data Analysis\n\n" + PROSE * 3
    raw += "\fStudy Area 2\n\n" + PROSE
    result = clean(to_lines(raw))
    assert result.removed == []


def _two_column_pages(head: str, pages: int = 4) -> str:
    """Pages as pdftotext reads two columns with a running head over each: the left
    column's head atop the page, the right column's read where that column starts, inside
    a sentence (relayout probe, bak-p59099)."""
    out = []
    for n in range(1, pages + 1):
        left = "".join(f"the dialogic analysis of discourse takes line {k} of page {n} as\n" for k in range(6))
        right = "".join(f"and the right column of page {n} goes on with its line {k}\n" for k in range(6))
        out.append(
            f"Bakhtiniana, Rev. Estud. Discurso\n\n{left}its object and the orientations of the theo-\n\n{head}\n\n"
            f"retical method of page {n} go on in the right column here,\n{right}\n{n}\n\f"
        )
    return "".join(out)


def test_the_right_columns_head_read_inside_a_sentence_is_furniture() -> None:
    head = "Análise dialógica dos discursos de réus do crime…"
    result = clean(to_lines(_two_column_pages(head)))
    removed = [r for r in result.removed if r.text == head]
    # Pages 2 to 4; the first page's copy may be the title block's own line: it stays.
    assert len(removed) == 3 and all("right column's head" in r.why for r in removed)
    text = " ".join(u.text for u in result.units)
    assert text.count(head) == 1 and "theoretical method of page 2" in text


def test_a_line_the_text_repeats_elsewhere_is_no_column_head() -> None:
    # The same words inside a paragraph too: text, wherever else it sits.
    head = "Análise dialógica dos discursos de réus do crime"
    raw = _two_column_pages(head) + f"As the title says,\n{head}\nis our object.\n"
    assert not [r for r in clean(to_lines(raw)).removed if r.text == head]
    # Lines that differ by their numbers only are no head: one display equation a page.
    prose = "".join(f"and this line {k} of the page goes on with the argument so far\n" for k in range(6))
    pages = "".join(
        f"{prose}the probability of the outcome on this page is given as\n\n"
        f"P(X = {n}) = 0.{n}5\n\nwhere X counts the successes and the rest goes on.\n{prose}\f"
        for n in range(1, 7)
    )
    assert not [r for r in clean(to_lines(pages)).removed if r.text.startswith("P(X")]


def test_a_copy_of_the_head_after_a_finished_paragraph_stays() -> None:
    # Where the left column ends on a full stop, the head's copy may be a heading of the
    # body that repeats the short title (edur-39-e38419: ``LITERATURA INDÍGENA``); it stays.
    head = "LITERATURA INDÍGENA"
    raw = _two_column_pages(head).replace("the theo-\n\n", "the theory.\n\n", 2)
    result = clean(to_lines(raw))
    removed = [r.line for r in result.removed if r.text == head]
    kept = sum(u.text.count(head) for u in result.units)
    assert len(removed) == 2 and kept == 2  # pages 3 and 4 go; pages 1 and 2 stay
