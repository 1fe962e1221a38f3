"""Structure recognisers on small real examples (JOSE papers, CC BY 4.0, as extractors
gave them): front matter, headings and levels, blocks, footnotes, references."""

from __future__ import annotations

from pathlib import Path

from galley.model import Block, CleanResult, Document, Metadata, Removed, Unit
from galley.pipeline import analyse
from galley.publish import pandoc_json
from galley.structure import blocks, build_document, front, notes, references, sections

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_93fab0643722ce6d.txt"


def units(*texts: str, kinds: dict[int, str] | None = None) -> list[Unit]:
    """One unit per text; a text with newlines is a unit of several lines."""
    out, line = [], 1
    for i, t in enumerate(texts):
        lines = t.split("\n")
        joined = " ".join(lines)
        offsets, pos = [], 0
        for ln in lines:
            offsets.append(pos)
            pos += len(ln) + 1
        kind = (kinds or {}).get(i, "paragraph" if len(lines) > 1 else "line")
        out.append(Unit(joined, kind, line, line + len(lines) - 1, lines, offsets=offsets))
        line += len(lines) + 1
    return out


def doc(*texts: str, removed: list[Removed] | None = None, sidecar: Metadata | None = None) -> Document:
    return build_document(CleanResult(units(*texts), removed=removed or []), sidecar or Metadata())


SIDEBAR = (
    "DOI: 10.21105/jose.00090",
    "Software",
    "• Review",
    "• Repository",
    "• Archive",
    "Submitted: 03 April 2020",
    "Published: 23 May 2024",
    "License",
    "Authors of papers retain copyright\nand release the work under a",
    "Creative Commons Attribution 4.0",
    "International License (CC BY 4.0).",
)
SUMMARY = (
    "Summary",
    "The use of econometrics to study how social, economic, and biophysical systems respond\n"
    "to weather has started a torrent of new research (Carleton & Hsiang, 2016).",
)


# -- front matter ---------------------------------------------------------------------------


def test_pdfminer_layout_sidebar_first_then_title_authors_affiliations() -> None:
    d = doc(
        *SIDEBAR,
        "A practical guide to climate econometrics: Navigating\n"
        "key decision points in weather and climate data analysis",
        "James A. Rising 1, Azhar Hussain 2, Kevin Schwarzwald 3, and Ana\nTrisovic\n4",
        "1 Grantham Research Institute, London School of Economics 2 Department of Economics, London School\n"
        "of Economics 3 Department of Earth and Environmental Sciences, Columbia University 4 The Institute for\n"
        "Quantitative Social Science, Harvard University",
        *SUMMARY,
    )
    m = d.meta
    assert m.title == (
        "A practical guide to climate econometrics: Navigating key decision points in weather and climate data analysis"
    )
    assert [a.name for a in m.authors] == ["James A. Rising", "Azhar Hussain", "Kevin Schwarzwald", "Ana Trisovic"]
    assert m.authors[3].affiliation == "The Institute for Quantitative Social Science, Harvard University"
    assert m.affiliations[1] == "Department of Economics, London School of Economics"
    assert (m.doi, m.date, m.received, m.licence) == ("10.21105/jose.00090", "2024-05-23", "2020-04-03", "CC BY 4.0")
    # The sidebar and the title block are metadata: the body opens with the summary.
    assert [b.text for b in d.blocks][0] == "Summary"
    body = " ".join(b.text for b in d.blocks)
    assert "Repository" not in body and "Grantham" not in body and "retain copyright" not in body


def test_pdftotext_interleaved_author_lines() -> None:
    """pdftotext: superscripts on lines of their own and the wrapped last name moved up."""
    lines = ["James A. Rising", "Trisovic 4", "1", ", Azhar Hussain", "2", ", Kevin Schwarzwald", "3", ", and Ana"]
    names = [n for n, _ in front.parse_authors(lines)]
    assert names == ["James A. Rising", "Azhar Hussain", "Kevin Schwarzwald", "Ana Trisovic"]


def test_pdfminer_interleaved_author_lines() -> None:
    lines = ["Julia Wagemann 1, Sabrina H. Szeto", "Fierli", "4", "2, Simone Mantovani", "3, and Federico"]
    names = [n for n, _ in front.parse_authors(lines)]
    assert sorted(names) == ["Federico Fierli", "Julia Wagemann", "Sabrina H. Szeto", "Simone Mantovani"]


def test_glued_markers_symbols_and_and() -> None:
    got = front.parse_authors(["Ashlee N. Ford Versypt1,2,3,4¶ and Duncan H. Mullins1,2,3"])
    assert got == [("Ashlee N. Ford Versypt", ["1", "2", "3", "4", "¶"]), ("Duncan H. Mullins", ["1", "2", "3"])]
    got = front.parse_authors(["Alberto González-Santana", "∗1 and Pedro Vélez-Belchí", "†1"])
    assert [n for n, _ in got] == ["Alberto González-Santana", "Pedro Vélez-Belchí"]


def test_name_broken_at_line_end_is_joined() -> None:
    got = front.parse_authors(["A. N. Villano1, Francis Vititoe4, Julia John-", "ston3"])
    assert [n for n, _ in got] == ["A. N. Villano", "Francis Vititoe", "Julia Johnston"]


def test_what_is_not_an_author_line() -> None:
    assert not front.is_author_line("Numerical Computing")  # the end of a wrapped title
    assert not front.is_author_line("Dust Aerosol Detection, Monitoring and Forecasting")
    assert not front.is_author_line("A Data Carpentry- Style Metagenomics Workshop")
    assert not front.is_author_line("Computing Science and Mathematics, University of Stirling")
    assert front.is_author_line("Jack Atkinson and Jim Denholm")
    assert front.is_author_line("Robin K. S. Hankin")


def test_weasyprint_layout_title_taken_back_from_the_running_head() -> None:
    """The template printed the full title as the running head, so the cleaner removed the
    title line with the running heads; keywords line and unmarked affiliation."""
    removed = [Removed(1, "Practical machine learning with PyTorch", "running-head", "repeats")]
    d = doc(
        "Preprint",
        "Jack Atkinson and Jim Denholm",
        "Institute of Computing for Climate Science, University of Cambridge, UK",
        "Keywords: machine learning, PyTorch, teaching",
        *SUMMARY,
        removed=removed,
    )
    assert d.meta.title == "Practical machine learning with PyTorch"
    assert [a.name for a in d.meta.authors] == ["Jack Atkinson", "Jim Denholm"]
    assert d.meta.affiliations == ["Institute of Computing for Climate Science, University of Cambridge, UK"]
    assert d.meta.keywords == ["machine learning", "PyTorch", "teaching"]


def test_single_author_without_markers_and_index_terms() -> None:
    d = doc(
        "Special relativity in R: the lorentz package",
        "Robin K. S. Hankin",
        "Computing Science and Mathematics, University of Stirling",
        "Index Terms—special relativity, Lorentz transformation",
        "Introduction: the Lorentz transformation in special relativity",
        "In special relativity (Einstein, 1905), the Lorentz transformations (Lorentz, 1904) supersede\n"
        "their classical equivalent, the Galilean transformations.",
    )
    assert d.meta.title == "Special relativity in R: the lorentz package"
    assert [(a.name, a.affiliation) for a in d.meta.authors] == [
        ("Robin K. S. Hankin", "Computing Science and Mathematics, University of Stirling")
    ]
    assert d.meta.keywords == ["special relativity", "Lorentz transformation"]
    assert d.blocks[0].kind == "heading" and d.blocks[0].text.startswith("Introduction: the Lorentz")


def test_no_title_block_means_no_title_and_no_authors() -> None:
    """A text that opens with its abstract (the seed) gets neither from its body."""
    d = doc(
        "Abstract",
        "The changing global environment has become an\nopportunity for Russia and Pakistan.",
        "Introduction",
        "Ever-changing global realities influence the regional\ngeopolitical landscape.",
    )
    assert d.meta.title == "" and d.meta.authors == []
    assert [b.kind for b in d.blocks] == ["heading", "paragraph", "heading", "paragraph"]


def test_sidecar_wins_over_detection() -> None:
    d = doc(
        "A practical guide to climate econometrics",
        "James A. Rising1 and Ana Trisovic2",
        *SUMMARY,
        sidecar=Metadata(title="Working title"),
    )
    assert d.meta.title == "Working title"
    assert [a.name for a in d.meta.authors] == ["James A. Rising", "Ana Trisovic"]


def test_affiliations_split_at_markers() -> None:
    got = front.split_affiliations(
        "1Department of Physics, University of Toronto 2 Department of Physical "
        "and Environmental Sciences, University of Toronto Scarborough"
    )
    assert got == [
        ("1", "Department of Physics, University of Toronto"),
        ("2", "Department of Physical and Environmental Sciences, University of Toronto Scarborough"),
    ]


def test_seed_structure() -> None:
    d = analyse(SEED)
    heads = d.headings()
    assert [h.text for h in heads] == ["Abstract", "Introduction"] and heads[0].level == heads[1].level
    kinds = [b.kind for b in d.blocks]
    assert kinds == ["heading", "paragraph", "heading", "paragraph", "paragraph", "paragraph"]
    assert d.meta.authors == []
    assert d.meta.title == "Pakistan and Russia in a Changing Global Environment"  # the sidecar's working title


# -- headings and levels ------------------------------------------------------------------


def levels(*texts: str) -> list[tuple[str, int]]:
    bs = [Block("heading", t) if not t.startswith("¶") else Block("paragraph", t[1:]) for t in texts]
    sections.assign_levels(bs)
    return [(b.text, b.level) for b in bs if b.kind == "heading"]


def test_numbered_levels() -> None:
    assert levels(
        "1 Introduction",
        "¶text",
        "2 Methods",
        "¶text",
        "2.1 Data sources",
        "¶text",
        "2.1.3 Cleaning",
        "¶text",
        "3 Results",
    ) == [("1 Introduction", 1), ("2 Methods", 1), ("2.1 Data sources", 2), ("2.1.3 Cleaning", 3), ("3 Results", 1)]
    assert levels("II. METHODS", "¶text", "A. Data", "¶text", "III. RESULTS") == [
        ("II. METHODS", 1),
        ("A. Data", 2),
        ("III. RESULTS", 1),
    ]


def test_unnumbered_levels_from_context() -> None:
    """A heading straight under a heading goes deeper; siblings keep that level; a
    well-known top-level name returns to 1; counted siblings sit under their parent."""
    assert levels(
        "Features", "General instructional design", "¶text", "Reuse and remixing", "¶text", "Acknowledgements"
    ) == [("Features", 1), ("General instructional design", 2), ("Reuse and remixing", 2), ("Acknowledgements", 1)]
    assert levels(
        "Content and Instructional Design",
        "¶text",
        "Part 0: Introductory Background",
        "¶text",
        "Part 1: Introduction to PEST",
        "¶text",
        "Experience of use in teaching and learning",
    ) == [
        ("Content and Instructional Design", 1),
        ("Part 0: Introductory Background", 2),
        ("Part 1: Introduction to PEST", 2),
        ("Experience of use in teaching and learning", 1),
    ]


def test_subsections_announced_by_their_section() -> None:
    assert levels(
        "Observations",
        "¶This chapter covers two distinct sections: (i) Remote Sensing observations from satellites and (ii) "
        "Ground-based observations with remote and in-situ sensors.",
        "Remote sensing observations from satellites",
        "¶text",
        "Ground-based observations with remote and in-situ sensors",
        "¶text",
        "Teaching Experience",
    ) == [
        ("Observations", 1),
        ("Remote sensing observations from satellites", 2),
        ("Ground-based observations with remote and in-situ sensors", 2),
        ("Teaching Experience", 1),
    ]


def test_known_names_and_openings() -> None:
    assert sections.is_opening("Introduction: the Lorentz transformation in special relativity")
    assert sections.is_opening("1 Introduction") and sections.is_opening("Abstract")
    assert not sections.is_opening("Introduction to deep learning: Carpentries-style hands-on lesson")
    assert sections.is_known("Acknowledgments") and sections.is_known("5. Conclusions")


def test_heading_shape_rejects_prose_pieces_and_cells() -> None:
    for t in (
        "Zenodo. https://doi.org/10.5281/zenodo.14360351",
        "1. Create an R project with a specific and",
        "02_Widget_NGC5533_DMonly.ipynb",
        "ReliaLearnR is written in R (R Core Team, 2023) and utilizes",
        "The learning objectives for these modules are:",
        "0 2 10 8",
    ):
        assert not sections.heading_shape(t), t
    for t in ("Course structure and learning outcomes", "2.1 Data", "Session 1", "Exercises (Jupyter notebooks)"):
        assert sections.heading_shape(t), t


def kinds_of(*texts: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks.to_blocks(units(*texts))]


def test_heading_in_context() -> None:
    para = "We delivered this workshop three times on-line. Participants were graduate and undergraduate students."
    got = kinds_of("Previous work is summarised here.", "Course structure and learning outcomes", para)
    assert got[1] == ("heading", "Course structure and learning outcomes")
    # A paragraph's short last line (the sentence was left open) is not a heading.
    got = kinds_of("Participants were asked to bring laptops, and the sessions were run by", "Research Computing", para)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "paragraph"]
    # Table header cells come in runs, with no prose under them.
    got = kinds_of("Below are the results of our survey.", "Strongly", "Disagree", "Disagree Un-decided Agree", para)
    assert "heading" not in [k for k, _ in got]


def test_heading_joined_to_its_paragraph_is_split_off() -> None:
    got = kinds_of(
        "Experience of use in teaching and learning situations\n"
        "We delivered this workshop three times on-line. Participants were graduate and\n"
        "undergraduate students from a range of fields across the university."
    )
    assert got[0] == ("heading", "Experience of use in teaching and learning situations")
    assert got[1][0] == "paragraph" and got[1][1].startswith("We delivered this workshop")


def test_heading_joined_to_the_block_above_is_split_off() -> None:
    body = "Part 1 is designed to be accessible without strict sequential dependencies, in any order."
    got = kinds_of(
        "Pre-requisites for Part 0 include a basic understanding of Python, Jupyter Notebooks, and MODFLOW 6.\n"
        "Familiarity with git is a bonus but not fundamental.\n"
        "Part 1: Introduction to PEST and the Gauss-Levenberg Marquardt Approach",
        body,
    )
    assert [k for k, _ in got] == ["paragraph", "heading", "paragraph"]
    assert got[1][1] == "Part 1: Introduction to PEST and the Gauss-Levenberg Marquardt Approach"
    # A question closing a paragraph stays prose.
    got = kinds_of(
        "The episodes answer questions a researcher meets every day in the lab.\nHow should I share my data?", body
    )
    assert [k for k, _ in got] == ["paragraph", "paragraph"]


# -- blocks ------------------------------------------------------------------------------


def test_lists_wrapped_items_and_numbered_items_vs_headings() -> None:
    got = kinds_of(
        "The tutorial is structured into the following sections:",
        "1. Introduction: explains the prerequisites, introduces definitions and conventions, and\n"
        "recommends relevant literature.",
        "2. Using weather and climate data",
        "3. Developing a reduced-form specification",
        "• Vertical lidar backscatter profiles from the European Aerosol Research Lidar Network",
        "(EARLINET), and",
        "• Air Quality measurements from the European Environment Agency (EEA).",
    )
    assert [k for k, _ in got] == ["paragraph"] + ["list_item"] * 5
    assert got[1][1].endswith("recommends relevant literature.")
    assert (
        got[4][1]
        == "Vertical lidar backscatter profiles from the European Aerosol Research Lidar Network (EARLINET), and"
    )


def test_captions_and_code() -> None:
    got = kinds_of(
        "Figure 1: Manim Slides’ documentation homepage.",
        'install.packages("lorentz")\nlibrary("lorentz")',
        "at the R (R Core Team, 2022) command line.",
    )
    assert got[0][0] == "caption" and got[1] == ("code", 'install.packages("lorentz")\nlibrary("lorentz")')


def test_commands_joined_into_prose_are_split_out() -> None:
    got = kinds_of(
        "The materials are available online and licensed under the GPL-3. To install the package, type\n"
        'install.packages("lorentz")\nlibrary("lorentz")\nat the R (R Core Team, 2022) command line.'
    )
    assert got == [
        ("paragraph", "The materials are available online and licensed under the GPL-3. To install the package, type"),
        ("code", 'install.packages("lorentz")\nlibrary("lorentz")'),
        ("paragraph", "at the R (R Core Team, 2022) command line."),
    ]


# -- footnotes -----------------------------------------------------------------------------


def test_footnote_linked_to_its_call_or_kept() -> None:
    bs = [
        Block("paragraph", "The notebooks can be launched through links in the README or website2 ."),
        Block("paragraph", "2A google account is required."),
        Block("paragraph", "3Nobody cites this note."),
    ]
    out = notes.attach(bs)
    assert out[0].text == "The notebooks can be launched through links in the README or website."
    note = [r for r in out[0].runs() if r.kind == "note"]
    assert note and note[0].note[0].text == "A google account is required."
    # Without its call: an endnote where it stood, never dropped (its number stays as written).
    assert out[1].kind == "footnote" and out[1].text == "3Nobody cites this note."
    # A numbered line without a call stays the list item it looks like.
    out = notes.attach(
        [Block("paragraph", "Plain text."), Block("list_item", "An unlisted item.", ordered=True, number="4")]
    )
    assert (out[1].kind, out[1].text, out[1].number) == ("list_item", "An unlisted item.", "4")


# -- references ------------------------------------------------------------------------------


def test_apa_entries_wrapped_author_lists_and_joined_entries() -> None:
    section = units(
        "Backhaus, A., Becker, E., Bellini Saibene, Y., Brooks-Kieffer, J., Companjen, B., Curty, R.,\n"
        "Hodges, T., Kamvar, Z., Khan, B. (2023). Library Carpentry: Introduction to Git.\n"
        "Zenodo. https://doi.org/10.5281/zenodo.14360351",
        "Becker, E., & Michonneau, F. (2021). The Carpentries curriculum development handbook.\n"
        "https://cdh.carpentries.org\n"
        "Gonzalez, I., Huang, D., Hejazi, N., Koziar, K., & Munk, M. (Eds.). (2019). Software\n"
        "Carpentry: Version control with Git. Zenodo. https://doi.org/10.5281/zenodo.3264950",
        "World Meteorological Organisation. (n.d.). WMO Airborne Dust Bulletin. https://library.wmo.int/idurl/4/57570",
    )
    got = references.to_blocks(section)
    assert [b.text[:12] for b in got] == ["Backhaus, A.", "Becker, E., ", "Gonzalez, I.", "World Meteor"]
    assert got[0].text.endswith("Zenodo. https://doi.org/10.5281/zenodo.14360351")
    links = [r.url for r in got[0].runs() if r.kind == "link"]
    assert links == ["https://doi.org/10.5281/zenodo.14360351"]
    assert got[0].ident == "ref-backhaus-2023"


def test_numbered_entries_and_bracket_citations() -> None:
    section = units(
        "[1] T. Carleton and S. Hsiang, “Social and economic impacts of climate,” Science,\n"
        "vol. 353, 2016. doi: 10.1126/science.aad9837",
        "[2] S. Hsiang, “Climate econometrics,” Annu. Rev. Resour. Econ., vol. 8, 2016.",
    )
    refs = references.to_blocks(section)
    assert [b.number for b in refs] == ["1", "2"] and refs[1].text.startswith("S. Hsiang")
    assert [r.url for r in refs[0].runs() if r.kind == "link"] == ["https://doi.org/10.1126/science.aad9837"]
    para = Block("paragraph", "Weather shapes economies [2], as shown before [1].")
    references.link_citations([para, *refs])
    assert [(r.text, r.url) for r in para.runs() if r.kind == "link"] == [
        ("2", "#" + refs[1].ident),
        ("1", "#" + refs[0].ident),
    ]


def test_author_year_citations_link_only_when_unambiguous() -> None:
    refs = references.to_blocks(
        units(
            "Carleton, T. A., & Hsiang, S. M. (2016). Social and economic impacts of climate. Science, 353(6304).",
            "Wilson, G., Bryan, J., & Teal, T. K. (2017). Good enough practices in scientific computing. PLoS\n"
            "Computational Biology, 13(6).",
            "Smith, A. (2020). One. Journal, 1.",
            "Smith, B. (2020). Two. Journal, 2.",
        )
    )
    para = Block(
        "paragraph",
        "A torrent of research (Carleton & Hsiang, 2016); Wilson et al. (2017) agree; others do not (Smith, 2020).",
    )
    references.link_citations([para, *refs])
    assert [(r.text, r.url) for r in para.runs() if r.kind == "link"] == [
        ("Carleton & Hsiang, 2016", "#ref-carleton-2016"),
        ("Wilson et al. (2017)", "#ref-wilson-2017"),
    ]
    assert para.text == "".join(r.text for r in para.runs())  # linking never changes the words


def test_reference_list_without_a_heading_at_the_end() -> None:
    got = blocks.to_blocks(
        units(
            "Acknowledgments",
            "We thank the testers of the lesson for their careful feedback on every part.",
            "Becker, E. A., Teal, T., & Michonneau, F. (2019). Data Carpentry lessons. Zenodo.",
            "Darling, A. E., DeMaere, M. Z., & Gaio, D. (2019). Data for the gene school. Zenodo.",
            "Kruchten, A. E. (2020). A curricular bioinformatics approach. F1000Research, 9.",
        )
    )
    assert [b.kind for b in got] == ["heading", "paragraph", "reference", "reference", "reference"]


def test_detected_document_round_trips_through_the_pandoc_ast() -> None:
    """What structure builds (metadata with affiliations and dates, note and link runs,
    numbered references) comes back from pandoc's JSON form unchanged."""
    import json

    from galley.publish import pandoc

    d = doc(
        *SIDEBAR,
        "A practical guide to climate econometrics",
        "James A. Rising1 and Ana Trisovic2",
        "1 Grantham Research Institute, London School of Economics 2 Harvard University",
        *SUMMARY,
        "The notebooks are launched from the website2 .",
        "2A google account is required.",
        "References",
        "[1] T. Carleton and S. Hsiang, “Social and economic impacts of climate,” Science, 2016.\n"
        "doi: 10.1126/science.aad9837",
        "[2] S. Hsiang, “Climate econometrics,” Annu. Rev. Resour. Econ., vol. 8, 2016.",
    )
    assert d.meta.received and d.meta.affiliations
    assert any(r.kind == "note" for b in d.blocks for r in b.runs())
    back = pandoc_json.ast_to_document(json.loads(json.dumps(pandoc_json.document_to_ast(d, pandoc.api_version()))))
    assert back.meta == d.meta
    assert [(b.kind, b.text, b.level, b.ident, b.number) for b in back.blocks] == [
        (b.kind, b.text, b.level, b.ident, b.number) for b in d.blocks
    ]
    assert [[(r.kind, r.url) for r in b.runs()] for b in back.blocks] == [
        [(r.kind, r.url) for r in b.runs()] for b in d.blocks
    ]


def test_emails_and_orcids_go_to_their_authors() -> None:
    d = doc(
        "Special relativity in R: the lorentz package",
        "Robin K. S. Hankin1 and Ana Trisovic2",
        "1 University of Stirling 2 Harvard University",
        "Correspondence: Hankin hankin.robin@gmail.com",
        "Trisovic ORCID 0000-0003-1991-0533",
        *SUMMARY,
    )
    by_name = {a.name: a for a in d.meta.authors}
    assert by_name["Robin K. S. Hankin"].email == "hankin.robin@gmail.com"
    assert by_name["Ana Trisovic"].orcid == "0000-0003-1991-0533"
    assert by_name["Ana Trisovic"].affiliation == "Harvard University"
    assert all("gmail" not in b.text for b in d.blocks)


def test_numbered_paper_with_keywords_under_the_abstract() -> None:
    """A conference-style layout: numbered sections with short paragraphs (not a table),
    keywords printed under the abstract, numbered references cited as [n]."""
    d = doc(
        "Learning to Rank Scholarly Headings\nfrom Plain Text",
        "Maria Lopez1, John K. Smith2 and Wei Zhang1",
        "1Department of Computer Science, University of Somewhere\n2Institute for Text Studies, Example College",
        "Abstract",
        "Extracted text loses the structure of a paper. We show how headings, lists and references can be\n"
        "recovered from the text alone.\nKeywords: document structure, headings, references",
        "1 Introduction",
        "Scholarly papers are often only available as extracted text [1].",
        "2 Method",
        "We describe the rules in turn.",
        "2.1 Numbering",
        "Numbered headings give their level.",
        "2.2 Names",
        "Known names are top-level sections.",
        "3 Results",
        "The rules recover most headings.",
        "References",
        '[1] A. Author and B. Writer, "Text extraction from PDF," in Proc. DocEng, 2019, pp. 1–10.',
    )
    assert d.meta.title == "Learning to Rank Scholarly Headings from Plain Text"
    assert d.meta.keywords == ["document structure", "headings", "references"]
    assert d.meta.abstract.endswith("recovered from the text alone.")
    assert [(h.text, h.level) for h in d.headings()] == [
        ("Abstract", 1),
        ("1 Introduction", 1),
        ("2 Method", 1),
        ("2.1 Numbering", 2),
        ("2.2 Names", 2),
        ("3 Results", 1),
        ("References", 1),
    ]
    intro = next(b for b in d.blocks if "[1]" in b.text)
    cite = [r for r in intro.runs() if r.kind == "link"]
    assert [r.url for r in cite] == ["#ref-1"]


def test_a_note_call_is_never_inside_a_doi() -> None:
    """Found by bench/fuzz.py: ``...TETTWU]2.0.CO;2`` lost its ``2`` to a glued note ``2A...``."""
    from galley.structure import notes

    doi = "https://doi.org/10.1890/0012-9658(2003)084[1412:TETTWU]2.0.CO;2"
    blocks = [Block("paragraph", f"The data are at {doi} online."), Block("paragraph", "2A note that explains it.")]
    out = notes.attach(blocks)
    assert out[0].text == f"The data are at {doi} online." and out[0].inlines is None
    assert out[1].kind == "footnote"


def glued(*lines: str, first_line: int = 1) -> Unit:
    """One unit whose lines the cleaner joined without a space where a line starts with
    ``+`` (a URL or a word mended across the line end), as ``clean.join_lines`` does."""
    text, offsets, clean_lines = "", [], []
    for ln in lines:
        ln_text = ln.removeprefix("+")
        if text and not ln.startswith("+"):
            text += " "
        offsets.append(len(text))
        text += ln_text
        clean_lines.append(ln_text)
    return Unit(text, "paragraph", first_line, first_line + len(lines) - 1, clean_lines, offsets=offsets)


def test_a_doi_mended_across_the_line_end_is_not_split_off_as_a_heading() -> None:
    """jose.00193 (pdfminer): the DOI's tail looks like a heading on its own line, but the
    cleaner glued it to the line above; it stays in its reference with a whole link."""
    entry = glued(
        "Tucker, T., Giglio, D., Scanderbeg, M., & Shen, S. S. P. (2020). Argovis: A web application for fast",
        "delivery, visualization, and analysis of argo data. Journal of Atmospheric and Oceanic",
        "Technology, 37(3), 401–416. https://doi.org/10.1175/",
        "+JTECH-D-19-0041.1",
        first_line=3,
    )
    nxt = units("Wilson, G., Bryan, J., & Teal, T. K. (2017). Good enough practices in scientific computing.")[0]
    nxt.first_line = nxt.last_line = 8
    head = units("References")[0]
    d = build_document(CleanResult([head, entry, nxt]), Metadata())
    assert [b.kind for b in d.blocks] == ["heading", "reference", "reference"]
    links = [r.url for r in d.blocks[1].runs() if r.kind == "link"]
    assert links == ["https://doi.org/10.1175/JTECH-D-19-0041.1"]


def test_a_url_mended_across_the_line_end_is_not_split_out_as_code() -> None:
    """edur-39-e38419 (pdfminer): ``v=GpI8hwSZcj8&t=1897s`` reads like an assignment, but it
    is the end of a URL the cleaner mended: the paragraph stays whole."""
    para = glued(
        "FLICHINHA: Infâncias e Literaturas nativas. TV Uneb Seabra. YouTube. 2020. 1h32min10s.",
        "Disponível em: https://www.youtube.com/watch?",
        "+v=GpI8hwSZcj8&t=1897s >. Acesso em:20 de julho",
        "de 2020.",
    )
    d = build_document(CleanResult([para]), Metadata())
    assert [b.kind for b in d.blocks] == ["paragraph"]
    assert "watch?v=GpI8hwSZcj8&t=1897s >. Acesso em:20 de julho de 2020." in d.blocks[0].text


def test_a_title_in_capitals_is_not_taken_for_a_journal_name() -> None:
    """A journal name in capitals (``JOURNAL OF OPEN SOURCE EDUCATION``) is front-matter
    noise; a title in capitals that only holds such a word inside another one (PREVIEWS,
    NEWSLETTERS) is not: the journal words are whole words."""
    d = doc(
        "JOURNAL OF OPEN SOURCE EDUCATION",
        "INTERACTIVE PREVIEWS OF OCEAN DATA",
        "Jane Smith1 and John Doe2",
        "1 University of Bergen 2 University of Oslo",
        *SUMMARY,
    )
    assert d.meta.title == "INTERACTIVE PREVIEWS OF OCEAN DATA"


def test_keywords_under_an_abstract_the_cleaner_joined_to_the_title_block() -> None:
    """jose.00279 (pdfminer, two columns): the affiliation, the abstract heading, the abstract
    and its keyword line came out as one unit. Cut at ``Abstract``, the rest is cut again at
    the keyword line: the keywords are metadata, not the abstract's last words."""
    d = doc(
        "Good Enough Practices in Scientific Computing: A Learning Module",
        "Tomasz Zielinski1 and Emma Wilson2",
        "1 University of Edinburgh\nAbstract\n"
        "We present a half-day learning module targeted at a broad audience of researchers who\n"
        "want to learn how to be more efficient and effective in their data analysis.\n"
        "Keywords: data, computing, carpentry, novice",
        "Introduction",
        "Researchers write code every day, and few were taught how to organise it well.",
    )
    assert d.meta.keywords == ["data", "computing", "carpentry", "novice"]
    assert d.meta.abstract.endswith("in their data analysis.")
    assert not any("Keywords" in b.text for b in d.blocks)


def test_a_heading_split_from_a_double_spaced_paragraph_keeps_its_source_lines() -> None:
    """A double-spaced manuscript: raw lines 10, 12, 14 made one unit. The paragraph cut
    from under its heading starts on raw line 12, not 11 (a blank line)."""
    u = Unit(
        "Methods We asked forty people about their data. They answered in writing.",
        "paragraph",
        10,
        14,
        ["Methods", "We asked forty people about their data.", "They answered in writing."],
        offsets=[0, 8, 49],
    )
    d = build_document(CleanResult([u]), Metadata())
    assert [(b.kind, b.source[0]) for b in d.blocks] == [("heading", 10), ("paragraph", 12)]
    assert d.blocks[1].source == (12, 14)
