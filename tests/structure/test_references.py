"""Reference lists on small real examples: entries re-split at their lines, links, and the
in-text citations that point to them."""

from __future__ import annotations

from make import doc

from galley.model import Block


def refs(*entries: str) -> list[Block]:
    return [b for b in doc("References", *entries).blocks if b.kind == "reference"]


def test_apa_entries_wrapped_author_lists_and_joined_entries() -> None:
    got = refs(
        "Backhaus, A., Becker, E., Bellini Saibene, Y., Brooks-Kieffer, J., Companjen, B., Curty, R.,\n"
        "Hodges, T., Kamvar, Z., Khan, B. (2023). Library Carpentry: Introduction to Git.\n"
        "Zenodo. https://doi.org/10.5281/zenodo.14360351",
        "Becker, E., & Michonneau, F. (2021). The Carpentries curriculum development handbook.\n"
        "https://cdh.carpentries.org\n"
        "Gonzalez, I., Huang, D., Hejazi, N., Koziar, K., & Munk, M. (Eds.). (2019). Software\n"
        "Carpentry: Version control with Git. Zenodo. https://doi.org/10.5281/zenodo.3264950",
        "World Meteorological Organisation. (n.d.). WMO Airborne Dust Bulletin. https://library.wmo.int/idurl/4/57570",
    )
    assert [b.text[:12] for b in got] == ["Backhaus, A.", "Becker, E., ", "Gonzalez, I.", "World Meteor"]
    assert got[0].text.endswith("Zenodo. https://doi.org/10.5281/zenodo.14360351")
    assert [r.url for r in got[0].runs() if r.kind == "link"] == ["https://doi.org/10.5281/zenodo.14360351"]
    assert [b.ident for b in got] == ["ref-backhaus-2023", "ref-becker-2021", "ref-gonzalez-2019", "ref-world"]


def test_numbered_entries_and_bracket_citations() -> None:
    d = doc(
        "Weather shapes economies [2], as shown before [1].",
        "References",
        "[1] T. Carleton and S. Hsiang, “Social and economic impacts of climate,” Science,\n"
        "vol. 353, 2016. doi: 10.1126/science.aad9837",
        "[2] S. Hsiang, “Climate econometrics,” Annu. Rev. Resour. Econ., vol. 8, 2016.",
    )
    entries = [b for b in d.blocks if b.kind == "reference"]
    assert [b.number for b in entries] == ["1", "2"] and entries[1].text.startswith("[2] S. Hsiang")
    assert [r.url for r in entries[0].runs() if r.kind == "link"] == ["https://doi.org/10.1126/science.aad9837"]
    assert [(r.text, r.url) for r in d.blocks[0].runs() if r.kind == "link"] == [("2", "#ref-2"), ("1", "#ref-1")]


def test_author_year_citations_link_only_when_unambiguous() -> None:
    text = "A torrent of research (Carleton & Hsiang, 2016); Wilson et al. (2017) agree; others do not (Smith, 2020)."
    d = doc(
        text,
        "References",
        "Carleton, T. A., & Hsiang, S. M. (2016). Social and economic impacts of climate. Science, 353(6304).",
        "Wilson, G., Bryan, J., & Teal, T. K. (2017). Good enough practices in scientific computing. PLoS\n"
        "Computational Biology, 13(6).",
        "Smith, A. (2020). One. Journal, 1.",
        "Smith, B. (2020). Two. Journal, 2.",
    )
    para = d.blocks[0]
    assert [(r.text, r.url) for r in para.runs() if r.kind == "link"] == [
        ("Carleton & Hsiang, 2016", "#ref-carleton-2016"),
        ("Wilson et al. (2017)", "#ref-wilson-2017"),
    ]
    assert para.text == "".join(r.text for r in para.runs()) == text  # linking never changes the words


def test_two_entries_of_one_author_and_year_are_told_apart_by_letter() -> None:
    d = doc(
        "As shown twice (Hsiang, 2016b), and before (Hsiang, 2016a).",
        "References",
        "Hsiang, S. (2016a). Climate econometrics. Annual Review of Resource Economics, 8.",
        "Hsiang, S. (2016b). Weather and the economy. Science, 353.",
    )
    assert [r.url for r in d.blocks[0].runs() if r.kind == "link"] == ["#ref-hsiang-2016-b", "#ref-hsiang-2016"]


def test_reference_list_without_a_heading_at_the_end() -> None:
    d = doc(
        "Acknowledgments",
        "We thank the testers of the lesson for their careful feedback on every part.",
        "Becker, E. A., Teal, T., & Michonneau, F. (2019). Data Carpentry lessons. Zenodo.",
        "Darling, A. E., DeMaere, M. Z., & Gaio, D. (2019). Data for the gene school. Zenodo.",
        "Kruchten, A. E. (2020). A curricular bioinformatics approach. F1000Research, 9.",
    )
    assert [b.kind for b in d.blocks] == ["heading", "paragraph", "reference", "reference", "reference"]


def test_a_reference_heading_in_another_language() -> None:
    d = doc("Referencias", "Carleton, T. A., & Hsiang, S. M. (2016). Social and economic impacts. Science, 353.")
    assert [b.kind for b in d.blocks] == ["heading", "reference"]
