"""A list's bullets read after their page's text (clean.markers): pypdf reads a page set by
WeasyPrint in the order it was drawn, its bullets last. Each goes back before its item where
the page holds one list brought in by a colon; else the bullets are removed and reported,
and the text stays as read. Bullets anywhere else are left to the other rules."""

from __future__ import annotations

from clean_invariants import second_run_changes, words_accounted_for
from excerpts import BULLETS_LAST, TWO_LISTS

from galley.clean import clean
from galley.inputs.corrections import Corrections
from galley.inputs.read import to_lines
from galley.model import CleanResult

ITEMS = [
    "Loading time series data and performing basic data transformations",
    "Decomposing a time series into long-term trends and seasonal patterns",
    "Computing basic properties of time-series data to build basic models",
    "Using time-series models to make and evaluate forecasts",
]
# The last item ends on no stop; the paragraph after it opens where the page's measure
# comes back (56 characters after items of 50 at most).
LAST = (
    "• Exploring further applications of models in ecological contexts (including "
    "species-distribution modeling and Bayesian state space modeling)"
)


def markers_removed(result: CleanResult) -> list[str]:
    """The bullets the cleaner removed and reported as ones it could not place."""
    return [r.text for r in result.removed if r.rule == "list-marker"]


def test_bullets_read_after_their_page_go_back_before_their_items() -> None:
    result = clean(to_lines(BULLETS_LAST))
    texts = [u.text for u in result.units]
    for item in ITEMS:
        assert f"• {item}" in texts
    assert LAST in texts
    assert texts[texts.index(LAST) + 1].startswith("R tutorials follow the principles")
    # The page's last word meets its end on the next page, with no bullet inside it.
    assert any("checking for student understanding" in t for t in texts)
    assert not any(t == "•" or "• dent" in t for t in texts)
    (moved,) = [r for r in result.repairs if r.rule == "reading-order"]
    assert "5 list bullets" in moved.why
    assert {r.text for r in result.removed} == {"5", "6", "7"}
    assert not words_accounted_for(BULLETS_LAST, result)
    assert second_run_changes(result) == []


def test_the_same_page_cut_by_a_form_feed() -> None:
    raw = BULLETS_LAST.replace("\n5\n", "\n\f").replace("\n6\n", "\n\f").replace("\n7\n", "\n")
    texts = [u.text for u in clean(to_lines(raw)).units]
    assert all(f"• {item}" in texts for item in ITEMS)
    assert LAST in texts


def test_bullets_of_a_page_with_two_lists_are_removed_and_reported() -> None:
    # A second colon on the page: which bullets go with which list cannot be told.
    raw = BULLETS_LAST.replace("All of", "x").replace("(Archer & Hughes,", "(Archer & Hughes:")
    result = clean(to_lines(raw))
    stray = [r for r in result.removed if r.rule == "list-marker"]
    assert [r.text for r in stray] == ["•"] * 5
    texts = [u.text for u in result.units]
    assert not any("•" in t for t in texts)
    assert any("checking for student understanding" in t for t in texts)
    assert not [r for r in result.repairs if r.rule == "reading-order"]
    # A correction keeps a bullet the rule removed.
    kept = clean(to_lines(raw), corrections=Corrections(keep_lines=frozenset({stray[0].line})))
    assert len(markers_removed(kept)) == 4


def test_bullets_before_more_text_of_their_page_are_left_alone() -> None:
    # pdfminer reads a list's bullets as a box of their own before its items, mid-page.
    raw = BULLETS_LAST.replace("phasis on proceeding in small steps, checking for stu‐\n", "")
    raw = raw.replace("•\n•\n•\n•\n•\n6\n", "•\n•\n•\n•\n•\nphasis on proceeding in small steps.\n6\n")
    result = clean(to_lines(raw))
    assert not markers_removed(result)
    assert not any("list bullets read after" in r.why for r in result.repairs)


def test_dashes_at_a_pages_end_are_no_bullets() -> None:
    # A dash alone may be an empty table cell's.
    raw = BULLETS_LAST.replace("•\n", "–\n")
    result = clean(to_lines(raw))
    assert not markers_removed(result)
    assert not any("list bullets read after" in r.why for r in result.repairs)


def test_a_sections_name_ends_the_list() -> None:
    # Six bullets for five items: the sixth would open ``Acknowledgements``, a section's
    # name after the list; the bullets cannot be placed.
    raw = BULLETS_LAST.replace(
        "modeling and Bayesian state space modeling)\n",
        "modeling and Bayesian state space modeling).\nAcknowledgements\nWe thank the students.\n",
    ).replace("•\n6\n", "•\n•\n6\n")
    result = clean(to_lines(raw))
    assert markers_removed(result) == ["•"] * 6
    assert "Acknowledgements" in [u.text for u in result.units]


def _two_colons(bullets: int) -> str:
    """The page with a colon before the list's (a title's, a sentence's) and the list
    running to the page's end; ``bullets`` bullets after it."""
    head, rest = BULLETS_LAST.split("R tutorials follow", 1)
    tail = rest.split("•\n6\n", 1)[1].replace("dent understanding, and", "Understanding, and")
    head = head.replace("(Bada & Olusegun, 2015).\n", "(Bada & Olusegun, 2015), as put in:\nBada and Olusegun.\n")
    return head + "•\n" * bullets + "6\n" + tail


def test_with_several_colons_the_last_list_takes_the_bullets_when_it_fills_the_page() -> None:
    texts = [u.text for u in clean(to_lines(_two_colons(5))).units]
    assert all(f"• {item}" in texts for item in ITEMS)
    assert any(t.startswith(LAST) for t in texts)
    # Six bullets for the five items from the last colon to the page's end: some belong to
    # the list before, how many cannot be told.
    result = clean(to_lines(_two_colons(6)))
    assert markers_removed(result) == ["•"] * 6


def test_a_page_with_its_bullets_in_place_keeps_the_one_at_its_foot() -> None:
    # The page's list has its bullets where they are printed; the one at the foot is the
    # next item's, whose text the page broke onto the next page.
    raw = BULLETS_LAST.replace("Loading time series", "• Loading time series").replace("•\n" * 5, "•\n")
    result = clean(to_lines(raw))
    assert not markers_removed(result)
    assert not any("list bullets read after" in r.why for r in result.repairs)


def test_an_abbreviation_or_a_closing_bracket_opens_no_item() -> None:
    # jose.00307 in two columns, read by pypdf: ``(Huber et al.`` / ``(2022))`` is one item.
    raw = (
        "We use data with permissive licenses and designed for real world\n"
        "use cases, each of them described in the lesson:\n"
        "The Weather prediction dataset (Huber et al.\n"
        "(2022))\n"
        "The Dollar Street Dataset (Gaviria Rojas et al.\n"
        "(2022)) is representative of demographic data.\n"
        "•\n•\n\fThe next page goes on.\n"
    )
    texts = [u.text for u in clean(to_lines(raw)).units]
    assert "• The Weather prediction dataset (Huber et al. (2022))" in texts
    assert any(t.startswith("• The Dollar Street Dataset") for t in texts)


def test_a_tables_marks_are_no_bullets() -> None:
    # A column of yes/no marks read at the page's end: ``○`` and ``●`` are left alone.
    raw = "Table 2 lists which packages support each feature:\nPackage\nGgplot2\nLattice\nInteractive\n"
    raw += "○\n○\n●\n\fMore text.\n"
    result = clean(to_lines(raw))
    assert not markers_removed(result)
    assert not [r for r in result.repairs if r.rule == "reading-order"]


def test_an_extractor_that_reads_bullets_in_place_keeps_the_one_at_a_pages_foot() -> None:
    # Bullets read where they are printed elsewhere in the text (pdftotext, pdfminer): the
    # one at the page's foot is the next page's item's, broken after its bullet.
    raw = (
        "The results are summarised in three parts:\n"
        "•\nGrowth was faster in the warm treatment than in the cold one.\n"
        "Survival did not differ between the treatments at any time.\n"
        "•\n\fSeeds were soaked for two days before sowing in trays.\n"
    )
    result = clean(to_lines(raw))
    assert not markers_removed(result)
    assert "• Seeds were soaked for two days before sowing in trays." in [u.text for u in result.units]


def test_a_page_of_bullets_alone_is_removed_and_a_second_run_changes_nothing() -> None:
    raw = "The steps are:\nSoak the seeds for two days.\nSow them in trays.\n\f•\n"
    result = clean(to_lines(raw))
    assert markers_removed(result) == ["•"]
    assert second_run_changes(result) == []


def test_a_colon_in_a_reference_list_brings_in_no_list() -> None:
    # jose.00302 in two columns, read by pypdf: the page's one bullet is the item's at its
    # top (``fr() - failure rate``); the colon is a cited title's.
    raw = (
        "fr() - failure rate\n"
        "The project documentation includes instructions for the modules.\n"
        "References\n"
        "Silkworth, D., & Symynck, J. (2022). WeibullR:\n"
        "Weibull analysis for reliability engineering. https://CRAN.R-project.org\n"
        "•\n\fThe next page goes on.\n"
    )
    result = clean(to_lines(raw))
    assert markers_removed(result) == ["•"]
    assert not any(u.text.startswith("• ") for u in result.units)


def test_a_longer_line_in_lower_case_opens_no_paragraph_after_the_list() -> None:
    # The first line past the list's measure goes on a sentence: the last item keeps it.
    raw = BULLETS_LAST.replace("R tutorials follow the principles", "and tutorials follow the principles")
    texts = [u.text for u in clean(to_lines(raw)).units]
    assert any(t.startswith(LAST + " and tutorials follow") for t in texts)


# jose.00200 (CC BY 4.0) set by WeasyPrint on pages of its own, read by pypdf: the items
# of an enumeration open in lower case and end on a comma or on ``, and``.
ENUMERATION = (
    "The overall learning objective of the course is to give an introduction and overview\n"
    "of data that can be used and applied for dust monitoring and forecasting. After\n"
    "completing the course, data users will be able to:\n"
    "find,  access  and  download  satellite-,  model-based  and  ground-based  data\n"
    "products for dust monitoring and forecasting,\n"
    "use relevant Python packages to load, process and visualise these data, and\n"
    "assess advantages and limitations of each data product.\n"
    "The entry point of the course is a Jupyterbook, which guides data users step-by-\n"
    "step through different thematic chapters. Each chapter consists of an introduction,\n"
    "•\n•\n•\n\f"
    "e.g. an introduction to Remote Sensing observations with satellites, as well as\n"
    "practical data workflows.\n"
)


def test_items_that_end_on_a_comma_or_a_conjunction_in_lower_case() -> None:
    result = clean(to_lines(ENUMERATION))
    texts = [u.text for u in result.units]
    assert texts[1:4] == [
        "• find, access and download satellite-, model-based and ground-based data products for dust monitoring "
        "and forecasting,",
        "• use relevant Python packages to load, process and visualise these data, and",
        "• assess advantages and limitations of each data product.",
    ]
    assert texts[4].startswith("The entry point of the course") and texts[4].endswith("practical data workflows.")
    assert second_run_changes(result) == []


def test_a_full_line_that_ends_on_a_comma_goes_on_its_item() -> None:
    # A full line that ends on a comma goes on its item; a short one ends it.
    raw = ENUMERATION.replace(
        "use relevant Python packages to load, process and visualise these data, and\n",
        "use relevant Python packages to load, process, analyse, plot, compare, test, and publish,\n"
        "and visualise these data, and\n",
    )
    texts = [u.text for u in clean(to_lines(raw)).units]
    assert texts[2] == (
        "• use relevant Python packages to load, process, analyse, plot, compare, test, and publish, and "
        "visualise these data, and"
    )


def test_a_comma_or_a_conjunction_ends_no_item_opened_unlike_the_first() -> None:
    # jose.00090 as pypdf read it: items that open in a capital (``Introduction: ...``) wrap
    # after ``, and``; the line after goes on the item in lower case.
    raw = (
        "The tutorial is structured into the following\n"
        "sections:\n"
        "Introduction: explains the prerequisites, introduces definitions and conventions, and\n"
        "recommends relevant literature.\n"
        "Weighting schemes: explains the importance of weighting schemes and how to work\n"
        "with them based on their file formats and origins.\n"
        "•\n•\n\f"
        "Next page.\n"
    )
    texts = [u.text for u in clean(to_lines(raw)).units]
    assert (
        "• Introduction: explains the prerequisites, introduces definitions and conventions, and recommends "
        "relevant literature."
    ) in texts
    assert texts[-2].startswith("• Weighting schemes")


def test_two_lists_between_colons_each_take_their_bullets() -> None:
    result = clean(to_lines(TWO_LISTS))
    texts = [u.text for u in result.units]
    items = [t for t in texts if t.startswith("• ")]
    assert [t.split()[1] for t in items] == [
        "provide",
        "introduce",
        "encourage",
        "exercise",
        "using",
        "artificial",
        "treatment",
    ]
    assert "With regards to specific ML content we cover:" in texts
    assert any(t.startswith("All of the teaching materials") for t in texts)
    assert not markers_removed(result)
    assert not words_accounted_for(TWO_LISTS, result)
    assert second_run_changes(result) == []


def test_two_lists_stay_as_read_where_the_count_takes_a_heading_for_an_item() -> None:
    # The second list's first item wraps on a full line ending on a comma: the count of
    # bullets would take the heading after the list for its third item.
    raw = TWO_LISTS.replace(
        "using ML for classification,\n", "using ML for both classification and the regression,\n"
    ).replace("image data.\nAll of", "image data.\nTeaching materials\nAll of")
    result = clean(to_lines(raw))
    assert markers_removed(result) == ["•"] * 7
    assert "Teaching materials" in [u.text for u in result.units]


def test_running_text_between_two_colons_is_no_list() -> None:
    raw = TWO_LISTS.replace(
        "provide an understanding of the structure of a\n",
        "provide an understanding of the structure of the whole model and\n",  # (a full line)
    )
    assert markers_removed(clean(to_lines(raw))) == ["•"] * 7
