"""Paragraph-break rules, one test per rule, on lines copied from the kinds of text galley
reads (pdftotext, pdfminer, pypdf, a double-spaced manuscript). Each asserts the units a
reader would see and the reason recorded for a break."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from excerpts import JOINED_LINES, LINE_BOX, LINE_BOX_ALONE, NEAR_FULL_END, STRUCTURED, SUMMARY

from galley.clean import clean
from galley.clean.layout import blank_marks_ends
from galley.inputs.read import to_lines
from galley.model import Metadata
from galley.params import PARAMS
from galley.structure import build_document

CASES = Path(__file__).resolve().parents[1] / "cases" / "clean"


def units(raw: str) -> list[str]:
    return [u.text for u in clean(to_lines(raw)).units]


def breaks(raw: str) -> dict[int, str]:
    return {r.line: r.why for r in clean(to_lines(raw)).repairs if r.rule == "block-break"}


def test_fit_test_ends_a_paragraph_without_blank_lines() -> None:
    # pypdf and pdftotext: no blank line between paragraphs, only a short last line.
    out = units(SUMMARY)
    assert len(out) == 2
    assert out[0].endswith("sustainable development.")
    assert out[1].startswith("The research often features")
    assert breaks(SUMMARY)[5].startswith("sentence end on a short line")


# pdfminer on jose.00239 in two columns: the printed line '... (checked by mypy). In a
# similar' split at the wide space after its stop.
SPLIT_LINE = """\
Whilst we discuss research software engineering principles
during the course, we do not have time to go into de-
tail. The worked solutions are complete with docstrings
(NumPy style), hints (checked by mypy).
In a similar
manner, though we emphasise the importance of code
style and conventions during the course, we cannot guar-
antee that every participant follows them closely.
"""


def test_the_rest_of_a_line_split_at_a_wide_space_goes_on_its_paragraph() -> None:
    out = units(SPLIT_LINE)
    assert len(out) == 1
    assert "(checked by mypy). In a similar manner, though" in out[0]
    assert not breaks(SPLIT_LINE)


@pytest.mark.parametrize(
    ("old", "new", "starts"),
    [
        # a one-line paragraph: the line after it does not go on in lower case
        ("In a similar\nmanner, though we", "See the lesson.\nManner, though we", "See the lesson."),
        # too long to be the rest of the line before: a new paragraph's first printed line,
        # split at a wide space of its own
        ("In a similar\n", "In a similar manner, as before\n", "In a similar manner, as before"),
        # the next line's first word would not have fitted after it: a printed line of its own
        ("manner, though we", "https://carpentries.org/deep-learning-intro/ we", "In a similar"),
        # a page's number between them (removed): a page break, no printed line split
        ("In a similar\n", "4\nIn a similar\n", "In a similar"),
        # a blank line between them
        ("In a similar\n", "\nIn a similar\n", "In a similar"),
        # a line spread one word per line (rsp-59-e1, pdftotext): no full line after it
        (
            "In a similar\nmanner, though we emphasise the importance of code\n",
            "Males\npredominated\n(n = 41,047)\n",
            "Males",
        ),
        # a numbered heading before a paragraph that opens in lower case
        ("In a similar\nmanner, though we", "2.4 Software\nlme4 was used, though we", "2.4 Software"),
        # a display equation
        ("In a similar\nmanner, though we", "Y = Xb + Zu + e\nwhere X is the matrix, though we", "Y = Xb"),
        # a list of calls (jose.00302, pypdf): 'ule.' / 'rel() - reliability' / 'avail() - ...'
        (
            "(NumPy style), hints (checked by mypy).\nIn a similar\nmanner,",
            "(mypy).\nrel() - R(t)\navail() - A(t),",
            "rel()",
        ),
    ],
)
def test_a_line_that_is_no_rest_of_the_one_before_starts_a_paragraph(old: str, new: str, starts: str) -> None:
    raw = SPLIT_LINE.replace(old, new)
    assert raw != SPLIT_LINE
    assert any(u.startswith(starts) for u in units(raw))


def test_a_double_spaced_line_is_a_printed_line_of_its_own() -> None:
    # A blank line after every line (a manuscript): the lines do not follow each other.
    raw = SPLIT_LINE.replace("\n", "\n\n")
    assert any(u.startswith("In a similar") for u in units(raw))


def test_a_stop_near_the_margin_ends_a_paragraph_where_blank_lines_mark_no_ends() -> None:
    """pypdf puts no blank line after a paragraph, so a full stop's line is judged by itself:
    'Assim' would have fitted after '... Mendonça (2003).' (47 of 48 characters). A whole
    paper has many closed lines to judge that by; this excerpt has one, so it is enough."""
    params = replace(PARAMS, clean=replace(PARAMS.clean, blank_end_min_sample=1))
    out = [u.text for u in clean(to_lines(NEAR_FULL_END), params=params).units]
    assert [u[:11] for u in out] == ["socioeconôm", "Preocupados", "Assim como "]
    assert out[1].endswith("Soares e Mendonça (2003).")


def test_a_stop_near_the_margin_goes_on_where_blank_lines_mark_the_ends() -> None:
    """pdfminer's boxes: the closed line 'as disciplinas.' has a blank line after it, so a
    paragraph ending without one needs clear room, and 47 of 48 characters is none."""
    raw = NEAR_FULL_END.replace("as disciplinas.\n", "as disciplinas.\n\n")
    params = replace(PARAMS, clean=replace(PARAMS.clean, blank_end_min_sample=1))
    out = [u.text for u in clean(to_lines(raw), params=params).units]
    assert [u[:11] for u in out] == ["socioeconôm", "Preocupados"]


@pytest.mark.parametrize(
    "end",
    [
        "Soares (2003) e Soares e Mendonça na Fig.\n2 como feito no estudo de Jesus e Laros",  # a figure's number
        "Soares (2003) e Soares, e Mendonça et al.\nAssim como feito no estudo de Jesus e Laros",  # et al.
    ],
)
def test_an_abbreviation_near_the_margin_ends_no_paragraph(end: str) -> None:
    """The review's cases: an abbreviation's stop before a number or a capital is no
    paragraph's end, however little room is left."""
    raw = NEAR_FULL_END.replace(
        "Soares (2003) e Soares e Mendonça (2003).\nAssim como feito no estudo de Jesus e Laros", end
    )
    params = replace(PARAMS, clean=replace(PARAMS.clean, blank_end_min_sample=1))
    assert len(clean(to_lines(raw), params=params).units) == 2


def test_a_reference_list_does_not_say_whether_blank_lines_mark_paragraph_ends() -> None:
    """pdfminer sets a reference list in one box: its entries' short last lines have no
    blank line after them, which says nothing of the body's paragraphs."""
    body = "".join(f"A paragraph of the body, number {n}, wraps\nonto a line.\n\n" for n in range(6))
    entries = "".join(f"Silva, A. ({2000 + n}). A title that\nwraps. J, 1.\n" for n in range(12))
    lines = to_lines(body + "References\n\n" + entries)
    assert blank_marks_ends(lines, PARAMS.clean)
    assert not blank_marks_ends(to_lines(body + entries), PARAMS.clean)


def test_full_line_ending_a_sentence_goes_on() -> None:
    # The sentence ends at the right margin: the next word would not have fitted.
    raw = """\
An introductory course on Applied Numerical Computing was developed for upper division
undergraduate and graduate students interested in research and industrial projects
involving mathematical modeling using computational tools. The class was designed to fill
No single textbook covers all of the topics in the Applied Numerical Computing course.
As the course emphasized best practices for reproducible research computing, we sought
to apply the concept to the course materials for a reproducible computing educational
experience. Here, we have curated a set of open educational resources for others to engage
"""
    assert len(units(raw)) == 1


def test_the_parts_of_a_caption_go_on_in_it() -> None:
    """Hoehnea (pdfminer): a caption's part ``b.`` opens a line after a sentence's end; it
    is the caption's, not a list's. Without the caption above it, ``b.`` opens an item."""
    caption = """\
e riqueza, as iniciais se igualam com as tardias. Esses
inferiores os dois grupos estão fortemente presentes.

Figura 2. a. Riqueza e abundância das espécies pioneiras, se-
cundárias iniciais, secundárias tardias e ombrófilas na área A.
b. Riqueza e abundância das espécies pioneiras ou não-pionei-
ras na área A. Parque Estadual da Cantareira, São Paulo, SP,
Brasil.
"""
    out = units(caption)
    assert [u[:12] for u in out] == ["e riqueza, a", "Figura 2. a."]
    assert out[1].endswith(
        "na área A. b. Riqueza e abundância das espécies pioneiras ou não-pioneiras na área A. "
        "Parque Estadual da Cantareira, São Paulo, SP, Brasil."
    )
    listed = caption.replace("Figura 2. a. Riqueza", "As figuras: a. Riqueza")
    assert [u[:5] for u in units(listed)][-1] == "b. Ri"


def test_an_enumeration_run_into_its_sentence_is_no_list() -> None:
    """Bakhtiniana (pypdf): ``os resultados apontam:`` / ``a) no cronotopo do Júri, ...
    acusativos; b)`` / ``na esfera ideológica ...``: the letters enumerate inside one
    sentence. A list set item under item still breaks at each item."""
    run_in = """\
isamos dois depoimentos de assassinos, colhidos no triênio 2018-2020. A partir das camadas com-
ponentes da dimensão extralinguística dos enunciados eleitos para análise, os resultados apontam:
a) no cronotopo do Júri, os discursos dos réus se manifestam defensivo-vitimistas-acusativos; b)
na esfera ideológica jurídica, constituem-se híbridos, íntimo-cotidianos, morais e legais.
"""
    assert len(units(run_in)) == 1
    listed = """\
ponentes da dimensão extralinguística dos enunciados eleitos para análise, os resultados apontam:
a) no cronotopo do Júri, os discursos dos réus se manifestam defensivo-vitimistas-acusativos;
b) na esfera ideológica jurídica, constituem-se híbridos, íntimo-cotidianos, morais e legais.
"""
    assert [u[:2] for u in units(listed)] == ["po", "a)", "b)"]


def test_a_line_between_two_items_of_a_list_goes_on_in_the_item_above() -> None:
    """jose.00279 (pypdf of the journal's PDF, a golden case): the items' questions wrapped
    in their indented measure, which the text has lost (``How should I share my data?``
    would have fitted on the line above at the text's measure)."""
    items = (CASES / "pypdf-list-items-wrapped.txt").read_text(encoding="utf-8")
    out = units(items)
    assert (
        "• Data Management: What is data management? How should I back up my data? How should I share my data?" in out
    )
    assert "How should I share my data?" not in out
    # After the list's last item, a line opening no item is a paragraph of its own ...
    assert "How should I share my data?" in units(items.replace("• Code and Software", "The Code and Software"))
    # ... and so is a sentence between two items that runs most of the measure.
    between = (
        "The approach we follow is simple: every step of the analysis is written as a small\n"
        "function with a clear input and output, and the functions are chained in notebooks that\n"
        "learners can run from top to bottom. This makes the workflow easy to inspect, to modify\n"
        "and to extend, and it gives instructors a natural structure for the sessions of a\n"
        "course.\n"
        "The course asks learners to adopt two habits from the first day:\n"
        "• Use version control for every notebook and every data file.\n"
        "• Write a short test for every function that they add to the package.\n"
        "Three further habits are introduced in the second week of the course.\n"
        "• Review each other's code before it is merged into the main branch.\n"
    )
    assert "Three further habits are introduced in the second week of the course." in units(between)
    # ... and so is the next list's lead-in, ending on a colon.
    assert "The approach is to emphasise a set of shared principles across the episodes:" in out
    # A box of its own between two items, where blank lines part the boxes (pdfminer).
    boxes = (
        "The learning objectives span several episodes, each one a short lesson of its own, with\n"
        "exercises and a discussion of what the learners bring to it from their own work:\n\n"
        "• Introduction: How can we use computers more effectively in a scientific project?\n\n"
        "Why should I share my data? We answer that in the second part of the module.\n\n"
        "• Code and Software: What is research code and software? What can you do to make\n"
        "code usable and reusable, now and later, by others and by yourself?\n"
    )
    assert any(u.startswith("Why should I share my data?") for u in units(boxes))


def test_pdfminer_box_split_inside_a_list_item_joins() -> None:
    raw = """\
The tutorial is structured into the following sections:

1. Introduction: explains the prerequisites, introduces definitions and conventions, and

recommends relevant literature.

2. Using weather and climate data: introduces the data and its attributes, the NetCDF
file format, supported programming languages, and common limitations of the data.
"""
    out = units(raw)
    assert out[1] == (
        "1. Introduction: explains the prerequisites, introduces definitions and conventions, and "
        "recommends relevant literature."
    )
    assert out[2].startswith("2. Using weather")


def test_page_break_mid_paragraph_joins_across_the_removed_footer() -> None:
    body = (
        "Documentation associated with MATLAB or Python often only shows much\n"
        "simpler examples than the ones a course needs, and so on and so forth.\n"
    )
    footer = "Ford Versypt, & Mullins. (2025). ApplNumComp. Journal of Open Source Education, 8(88), 143.\n"
    filler = "This line is body text of a full width that fills the page of the paper here.\n" * 4
    raw = filler + "Documentation associated with MATLAB or Python often only shows much\n\n" + footer + "\n1\n\f"
    raw += "simpler examples than the ones a course needs, and so on and so forth.\n" + filler
    raw += "\n" + footer + "\n2\n\f" + filler
    result = clean(to_lines(raw))
    text = " ".join(u.text for u in result.units)
    assert "often only shows much simpler examples" in text
    assert "Journal of Open Source Education" not in text
    removed = [r.text for r in result.removed]
    assert removed.count(footer.strip()) == 2 and "1" in removed and "2" in removed
    assert body  # the two halves above are one sentence
    # The unit says where its next page opens: a page's foot notes end there (structure).
    (joined,) = [u for u in result.units if "often only shows much simpler" in u.text]
    assert joined.lines[joined.turns[0]] == "simpler examples than the ones a course needs, and so on and so forth."
    assert joined.lines[joined.turns[0] - 1].endswith("often only shows much")


def test_reference_entries_are_one_unit_each() -> None:
    raw = """\
References
Carleton, T. A., & Hsiang, S. M. (2016). Social and economic impacts of climate. Science,
353(6304), aad9837. https://doi.org/10.1126/science.aad9837
Ciscar, J.-C., Rising, J., Kopp, R. E., & Feyen, L. (2019). Assessing future climate
change impacts in the EU and the USA: Insights and lessons from two continental-scale
projects. Environmental Research Letters, 14(8), 084010. https://doi.org/10.1088/
1748-9326/ab281e
Hsiang, S. (2016). Climate econometrics. Annual Review of Resource Economics, 8, 43–75.
https://doi.org/10.3386/w22181
The Open Group. (2017). IT4IT reference architecture, version 2.1. The Open Group.
"""
    out = units(raw)
    assert out[0] == "References"
    assert [u.split(",")[0] for u in out[1:]] == [
        "Carleton",
        "Ciscar",
        "Hsiang",
        "The Open Group. (2017). IT4IT reference architecture",
    ]
    assert "https://doi.org/10.1088/1748-9326/ab281e" in out[2]  # the URL joined without a space


def test_pdfminer_blank_line_inside_a_reference_joins() -> None:
    raw = """\
References

Carleton, T. A., & Hsiang, S. M. (2016). Social and economic impacts of climate. Science,

353(6304), aad9837. https://doi.org/10.1126/science.aad9837

Hsiang, S. (2016). Climate econometrics. Annual Review of Resource Economics, 8, 43–75.

https://doi.org/10.3386/w22181
"""
    assert len(units(raw)) == 3


def test_heading_is_never_fused_into_a_paragraph() -> None:
    raw = """\
resource management, human behavior, and sustainable development of the region here.
Statement of Need
The literature currently provides overviews of climate science for econometricians and
"""
    out = units(raw)
    assert out[1] == "Statement of Need"
    assert clean(to_lines(raw)).units[1].kind == "heading"


def test_double_spaced_manuscript_extra_trailing_space_ends_a_paragraph() -> None:
    # The seed's shape: a blank line after every line, a space at every line end, two
    # after the last line of a paragraph.
    raw = (
        "Russia has always been \n\ninclined to explore beyond its immediate security domain to defend its \n\n"
        "conventional areas of interest, which also cover South Asia (SA).  \n\n"
        "However, to contain the Russian influence, the US-led Western \n\n"
        "powers are obsessed with imposing sanctions to curtail Moscow's \n\n"
    )
    out = units(raw)
    assert len(out) == 2 and out[0].endswith("South Asia (SA).")
    assert breaks(raw)[7] == "extra trailing space after a sentence end"


def test_short_line_before_a_capital_ends_a_block() -> None:
    raw = """\
The lessons use Python and pandas to read oceanographic profiles and write the results
to files, to plot the data and to check the quality flags of each of the profiles, and
tables to organize and analyze data
These lessons are aimed at users with minimal experience of Python and of Argo data.
"""
    assert len(units(raw)) == 2


def test_author_list_broken_after_an_initial_stays_in_its_entry() -> None:
    raw = """\
References
Diaz, R., & Ernest, S. (2022). Maintenance of community function through compensation
breaks down over time in a desert rodent community. Ecology, e3709. https://doi.org/10.1002/ecy.3709
Dietze, M. C., Fox, A., Beck-Johnson, L. M., Betancourt, J. L., Hooten, M. B., Jarnevich, C.
S., Keitt, T. H., Kenney, M. A., Laney, C. M., Larsen, L. G., & others. (2018). Iterative
near-term ecological forecasting: Needs, opportunities, and challenges.
"""
    out = units(raw)
    assert len(out) == 3
    assert out[2].startswith("Dietze") and "Jarnevich, C. S., Keitt" in out[2]


def test_reference_list_ends_at_a_section_heading() -> None:
    raw = """\
References
Hsiang, S. (2016). Climate econometrics. Annual Review of Resource Economics, 8, 43–75.
https://doi.org/10.3386/w22181
A.1 Details of the survey
The survey asked every participant of the workshop about the setup of the lessons, the
examples and the pace of the course, on a scale from one to five, in the last session.
Most participants found the pace right.
The second part asked what the participants would change about the lessons in future
"""
    out = units(raw)
    assert out[2] == "A.1 Details of the survey"
    assert len(out) == 5 and out[4].startswith("The second part asked")


def test_text_pasted_without_wrapping_has_one_paragraph_per_line() -> None:
    # Copy-paste from a word processor: long lines, none going on in lower case.
    paras = [
        "The use of econometrics to study how social, economic, and biophysical systems respond to weather "
        "has started a torrent of new research (Carleton & Hsiang, 2016).",
        "The research often features weather regression modeling and analyzing socioeconomic outcomes.",
        "In light of this, we present a new tutorial that offers step-by-step guidance on carrying out a "
        "climate econometric analysis, with reusable code snippets in multiple programming languages.",
        "The audiences for this tutorial are researchers and students trained in econometrics.",
    ]
    for sep in ("\n", "\n\n"):
        out = units(sep.join(paras) + "\n")
        assert out == paras


def test_wider_gap_in_double_spaced_text_ends_a_paragraph() -> None:
    raw = (
        "They are quite conscious of peace and stability in the Eurasian \n\n"
        "region, and of the mutual benefits of fostering their ties. \n\n\n"
        "Moscow and Islamabad are trying to move forward in three key \n\n"
        "broad areas where the convergence of interests is evident. \n\n"
    )
    assert breaks(raw)[6] == "wider gap after a sentence end"
    assert len(units(raw)) == 2


def test_indented_first_line_starts_a_paragraph() -> None:
    raw = """\
The research often features weather regression modeling and analyzing socioeconomic
outcomes as they vary over time, and the researchers collect and integrate many data.
    Different datasets such as historical climate data, future climate models and GIS
information are needed, in order to obtain meaningful and comprehensive results here.
"""
    assert breaks(raw)[3] == "indented first line after a sentence end"


def test_bare_list_marker_joins_its_item() -> None:
    # wp-double-pdfminer puts a numbered list's marker on a line of its own.
    raw = "The tutorial is structured into sections: \n\n1. \n\nIntroduction: explains the prerequisites. \n\n"
    raw += "2. \n\nUsing weather and climate data: introduces the data. \n\n"
    out = units(raw)
    assert out[1:] == [
        "1. Introduction: explains the prerequisites.",
        "2. Using weather and climate data: introduces the data.",
    ]


def test_a_reference_entry_starting_in_lower_case_is_an_entry() -> None:
    # 'van Rossum, G.' starts in lower case; after an entry that ends in a page number it is a
    # new entry, not the sentence going on (fixed in the rule loop: the old shortcut for lower
    # case lines merged it into the entry before).
    raw = """\
References
Hsiang, S. (2016). Climate econometrics. Annual Review of Resource Economics, 8, 43–75
van Rossum, G. (1995). Python reference manual. Centrum voor Wiskunde en Informatica.
Wilson, G. (2014). Software Carpentry: lessons learned. F1000Research, 3, 62.
"""
    assert [u.split(",")[0] for u in units(raw)] == ["References", "Hsiang", "van Rossum", "Wilson"]
    assert breaks(raw)[3] == "a reference entry starts"


def test_a_known_section_name_after_a_line_without_a_stop_is_a_heading() -> None:
    # scielo-latex-pypdf, brag-81: the funding note ends on a grant number, no stop, on a
    # line too long to be short; the next line names a section the vocabulary knows.
    raw = (
        "Conselho Nacional de Desenvolvimento Científico e\nTecnológico\n"
        "[https://doi.org/10.13039/501100002322]\nGrants Nos. 05724/2018-5 and 307571/2019-0\nREFERENCES\n"
        "Ahmad, I. and Maathuis, F. J. M. (2014). Cellular and tissue\n"
        "distribution of potassium: physiological relevance, mech-\nanisms and regulation.\n"
    )
    result = clean(to_lines(raw))
    assert [u.text for u in result.units if u.kind == "heading"] == ["REFERENCES"]
    # A section's name inside a sentence that breaks off is no heading.
    raw = raw.replace("307571/2019-0\n", "307571/2019-0 as described in the\n")
    assert not [u for u in clean(to_lines(raw)).units if u.kind == "heading"]


def test_the_book_a_chapter_is_in_goes_on_its_entry() -> None:
    # jose-poppler, jose.00184: ``In Fatih Akici, David Lippa, ...`` reads like an author
    # list, after a line that ends a sentence.
    raw = (
        "References\n"
        "Jupyter, Project, Bussonnier, Matthias, Forde, Jessica, Freeman, Jeremy, Granger, Brian,\n"
        "M., Panda, Yuvi, Perez, Fernando, Ragan-Kelley, Benjamin, & Willing, Carol. (2018).\n"
        "Binder 2.0 - Reproducible, interactive, sharable environments for science at scale.\n"
        "In Fatih Akici, David Lippa, Dillon Niederhut, & M. Pacer (Eds.), Proceedings of\n"
        "the 17th Python in Science Conference (pp. 113–120). https://doi.org/10.25080/\n"
        "Majora-4af1f417-011\n"
        "Kapteyn Astronomical Institute. (1992). GIPSY, the GRONINGEN image processing\n"
    )
    out = units(raw)
    assert len(out) == 3 and "at scale. In Fatih Akici" in out[1] and out[2].startswith("Kapteyn")


def test_a_note_at_a_pages_foot_ends_at_the_page_break() -> None:
    # wp-double-pdfminer, jose.00239: the note ends in no stop; the next page's paragraph
    # is no part of it.
    raw = (
        "error and hands-on experience. \n\n"
        "1. We will use the term ML when talking about both ML and DL in this article\n\n"
        "1\n\f"
        "Many machine learning frameworks are accessed using a Python framework. One \n\n"
        "such commonly used framework is PyTorch (Paszke et al., 2019). Researchers are likely to \n\n"
    )
    out = units(raw)
    assert out[1] == "1. We will use the term ML when talking about both ML and DL in this article"
    assert out[2].startswith("Many machine learning frameworks")
    assert breaks(raw)[6] == "a note at a page's foot ends at the page break"


def test_a_note_ends_at_the_page_break_where_the_sentence_it_interrupted_goes_on() -> None:
    # jose.00239 in two columns (pdftotext -layout): the right column ends mid-sentence,
    # the page's note under it, then the next page goes on with that sentence in lower case.
    raw = (
        "They then cover the concept of convolutional layers as a method to\n\n"
        "1. We will use the term ML when talking about both ML and DL in this article\n\n"
        "1\n\f"
        "map and abstract image-like data for use in a\nneural network.\n"
        "The second set of slides contains a discussion of where machine learning has been\n"
    )
    out = units(raw)
    assert out[1] == "1. We will use the term ML when talking about both ML and DL in this article"
    assert out[2] == "map and abstract image-like data for use in a neural network."
    # After a finished sentence, a lower-case page top may be the note's own rest: it stays.
    finished = raw.replace("as a method to", "as a method.")
    assert units(finished)[1].endswith("in this article map and abstract image-like data for use in a neural network.")


# Rev. Bras. Ensino Física (CC BY), pypdf: the page sets a figure's caption at its top,
# where the previous page's sentence goes on after it.
CAPTION_AT_TOP = (
    "A Figura 7 mostra a câmara de reação tipo fechada\n"
    "já montada. Este modelo exige a colocação de tu-\n"
    "bos conectados em bomba peristáltica ou bomba tipo\n"
    "\f"
    "Figura 6: Câmara de reação.\n"
    "seringa para sucção dos reagentes. A conexão do topo,\n"
    "seja no modo aberto ou fechado é possível com uso de\n"
    "imãs neodímio que também oferece vedação por compressão.\n"
)


def test_a_caption_at_a_pages_top_is_a_block_the_text_goes_on_round() -> None:
    out = units(CAPTION_AT_TOP)
    assert out[1] == "Figura 6: Câmara de reação."
    assert out[2].startswith("seringa para sucção")
    assert breaks(CAPTION_AT_TOP)[4] == "a caption at a page's top"
    assert breaks(CAPTION_AT_TOP)[5] == "the text a caption interrupted goes on after it"
    # The structure joins the sentence round it, the caption after the paragraph.
    doc = build_document(clean(to_lines(CAPTION_AT_TOP)), Metadata(), PARAMS)
    assert [b.kind for b in doc.blocks] == ["paragraph", "caption"]
    assert "bomba tipo seringa para sucção" in doc.blocks[0].text
    # After a line that leaves its phrase open, a sentence goes on: ``... as shown in`` /
    # ``Figure 3. ...``; and a block of one line is not cut off (it would read as a heading).
    assert len(units(CAPTION_AT_TOP.replace("bomba tipo\n", "bomba de\n"))) == 1
    top = CAPTION_AT_TOP[CAPTION_AT_TOP.index("Figura 6") :]
    assert len(units("Os eletrodos na parte superior e inferior do cristal\n\f" + top)) == 1


def test_a_caption_inside_a_page_and_a_tables_header_row_stay_whole() -> None:
    """From a review: in a page, a one-line caption ends no block at an abbreviation
    (``Psidium guajava L.`` / ``coletados no setor sul``); at a page's top, a table
    caption's short lower-case header row is no text going on."""
    caption = "Figura 3. Frutos maduros de Psidium guajava L.\ncoletados no setor sul da área de estudo.\n"
    raw = "O fruto amadurece entre março e maio, como mostra a figura.\n\n" + caption + "\nOs frutos foram pesados.\n"
    assert any("Psidium guajava L. coletados no setor sul" in u for u in units(raw))
    table = CAPTION_AT_TOP.replace(
        "Figura 6: Câmara de reação.\n", "Tabela 2: Reagentes usados.\nreagente massa volume\n"
    )
    assert any(u.startswith("Tabela 2: Reagentes usados. reagente massa volume") for u in units(table))


def test_a_page_number_closing_a_bracket_starts_no_list_item() -> None:
    # Trans/Form/Ação (CC BY), pdftotext: ``(1982, p.`` ends a line as a sentence would, and
    # ``97)`` looks like an item's number; it closes the bracket the line left open.
    raw = (
        "demás cosas entre sí. Un ejemplo privilegiado de este mecanismo lo encuentra Glucksmann (1982, p.\n"
        "97) -y también Sloterdijk (2003, p. 274 – 284) - en la figura del Mefistófeles goetheano, quien\n"
        "obliga a alzar la mirada hacia el poder secreto de un cinismo que no elige el mal contra el bien.\n"
    )
    assert len(units(raw)) == 1
    # A line that closes its brackets before a numbered item still ends there.
    assert len(units(raw.replace("(1982, p.\n", "(1982).\n").replace("97) -y", "2) Y"))) == 2


def test_a_reference_entry_starts_after_a_blank_line_where_the_one_before_broke_off() -> None:
    # Bol. Mus. Biol. Mello Leitão / bn-22 as pdfminer read it (CC BY): the rest of the entry
    # before was read elsewhere.
    raw = (
        "REFERENCES\n\n"
        "NEVES, D.M., DEXTER, K.G., PENNINGTON, R.T. 2015. Environmental controls of floristic\n"
        "composition. J Biogeogr 42(8):1566-1576.\n\n"
        "OLIVEIRA, U., PAGLIA, A.P., BRESCOVIT, A.D. &\net al. 2016. The strong influence of collection bias\n"
        "on biodiversity knowledge shortfalls of Brazilian\n\n"
        "OLIVEIRA-FILHO, A.T. & FONTES, M.A.L. 2000.\nPatterns of floristic differentiation among Atlantic\n"
        "Forests in southeastern Brazil. Biotropica 32(4b):793-810.\n"
    )
    assert units(raw)[-1].startswith("OLIVEIRA-FILHO, A.T. & FONTES")
    # An author list that goes on after a blank line stays in its entry.
    raw2 = raw.replace("PAGLIA, A.P., BRESCOVIT, A.D. &\n", "PAGLIA, A.P.,\n\nBRESCOVIT, A.D., LIMA, P. &\n")
    assert not any(u.startswith("BRESCOVIT") for u in units(raw2))


def test_a_numbered_entry_starts_after_a_blank_line_whatever_its_author() -> None:
    """cadsc-31 as pdfminer read it (CC BY): in a numbered list, an entry by an organisation
    after a blank line, the entry before broken off (its rest read elsewhere)."""
    raw = (
        "REFERÊNCIAS\n\n"
        "36 Schwartz N, Nachum Z, Green MS. The prevalence\n"
        "of   gestational   diabetes   mellitus   recurrence:   effect   of\n\n"
        "40 Brasil. Ministério da Saúde. Atenção ao pré natal\n"
        "de   baixo   risco.   1ª   ed.   Brasília:   Ministério   da   Saúde;\n"
        "2012. 318 p. (Cadernos de Atenção Básica). \n\n"
        "41   American   Diabetes   Association.   Management   of\n"
        "diabetes   in   pregnancy:   standards   of   medical   care   in\n"
        "Diabetes   2018.   Diabetes   Care.   2018;41(Suppl.\n"
        "1):S137-43.\n"
    )
    assert units(raw)[-1].startswith("41 American Diabetes Association. Management of diabetes")
    # ... after an entry broken off, too.
    broken = raw.replace(raw[raw.index("40 Brasil") : raw.index("41")], "")
    assert units(broken)[-1].startswith("41 American Diabetes Association. Management of diabetes")
    # An entry's edition after a blank line is no entry (the review's case).
    edition = raw.replace("Básica). \n", "Básica). \n\n2 Ed. rev. Série A. Normas e Manuais Técnicos.\n")
    assert not any(u.startswith("2 Ed. rev.") for u in units(edition))
    # Not in a list whose entries open on their authors: a number there goes on its entry.
    raw2 = raw.replace("36 Schwartz N, Nachum Z,", "Schwartz N, Nachum Z,").replace("40 Brasil.", "BRASIL.")
    assert not any(u.startswith("41 American") for u in units(raw2))


def test_a_pubmed_label_opens_a_line_of_its_own_outside_an_entry() -> None:
    """A table of excluded records (the review's case): each ``PMID: ...`` line after its
    caption is a row, not the caption's end; in a reference entry, after its DOI, the label
    goes on the entry (``test_order``)."""
    raw = (
        "Table 2: Records excluded from the review\n\nPMID: 23123381 (no control group)\nPMID: 24863810 (no outcome)\n"
    )
    assert units(raw)[0] == "Table 2: Records excluded from the review"


def test_a_bracket_left_open_goes_on_into_the_next_line() -> None:
    """Trans/Form/Ação (pypdf, two columns): ``p.`` closes the line like a sentence end and
    ``137)`` opens the next like a list number, but the bracket opened on the line before
    closes there: one paragraph."""
    raw = """\
El cínico no se limita a describir el mundo que lo rodea, sino que
se limita a “levantar acta” (GLUCKSMANN, 1982, p.
137) de la realidad a la que él pertenece como cualquier
otro, no para que nos reconozcamos, sino para distinguirnos.
"""
    out = units(raw)
    assert len(out) == 1
    assert "(GLUCKSMANN, 1982, p. 137) de la realidad" in out[0]
    # A closed bracket before a list number leaves the list alone.
    raw = """\
The analysis followed three questions (listed below).
1) How did the court frame the case?
2) What did the accused say?
"""
    assert len(units(raw)) == 3


def test_a_page_range_tail_on_its_own_line_is_no_list_marker() -> None:
    """Hoehnea (pypdf): ``135.`` ends an entry whose page range broke after ``125-``; it is
    no list number joining the next entry to it (``IBGE. 2012. ...`` starts one after the
    entry's short last line)."""
    raw = """\
Referências
Gómez-Pompa, A. 1971. Posible papel de la vegetación secun-
daria en la evolución de la flora tropical. Biotropica 3: 125-
135.
IBGE. 2012. Fundação Instituto Brasileiro de geografia e Estatís-
tica. Manual técnico da vegetação brasileira. 2ed, Rio de
Janeiro.
"""
    out = units(raw)
    assert out[-2].endswith("Biotropica 3: 125-135.")
    assert out[-1].startswith("IBGE. 2012. Fundação")
    # A number alone that opens its block still joins its item.
    raw = "The steps are:\n\n1.\n\nInstall the package.\n"
    assert units(raw)[-1] == "1. Install the package."


def test_a_sentence_ending_a_short_last_printed_part_of_joined_lines_ends_a_paragraph() -> None:
    # pdftotext joined '... information de-' / 'rived from Argo data.' into one line of 68
    # characters on a measure of 54: its last printed part leaves room for 'The'.
    out = units(JOINED_LINES)
    at = next(i for i, t in enumerate(out) if t.startswith("The target audience of the AoS"))
    assert out[at - 1].endswith("derived from Argo data.")
    assert breaks(JOINED_LINES)[24].startswith("sentence end with room after the last printed line")


def test_a_stop_before_a_superscript_citation_on_joined_lines_ends_a_paragraph() -> None:
    # Rev. Saúde Pública (pdftotext): the stop comes before the citation's number read as
    # digits (``... por CCU.17``), on lines pdftotext joined at a hyphen.
    cited = JOINED_LINES.replace("derived from Argo data.", "derived from Argo data.17")
    out = units(cited)
    at = next(i for i, t in enumerate(out) if t.startswith("The target audience of the AoS"))
    assert out[at - 1].endswith("derived from Argo data.17")


def test_an_abbreviation_and_its_number_on_joined_lines_ends_no_sentence() -> None:
    # The review's case: ``... shown in Fig.3`` is a figure's number, not a citation.
    figure = JOINED_LINES.replace("derived from Argo data.", "derived from Argo data in Fig.3")
    assert not any(t.startswith("The target audience") for t in units(figure))


def test_joined_lines_need_the_extractor_that_joins_them() -> None:
    # The same lines set off the margin (a layout-mode text keeps printed lines apart), or
    # a semicolon instead of the stop: no paragraph ends there.
    indented = "".join("  " + line for line in JOINED_LINES.splitlines(keepends=True))
    assert not any(t.startswith("The target audience") for t in units(indented))
    semicolon = JOINED_LINES.replace("derived from Argo data.", "derived from Argo data;")
    assert not any(t.startswith("The target audience") for t in units(semicolon))


def test_a_box_of_one_heading_shaped_line_stands_apart() -> None:
    got = units(LINE_BOX_ALONE)
    assert got[1] == "Remote sensing observations from satellites"
    assert got[2].startswith("Chapter 4 introduces data users")
    assert breaks(LINE_BOX_ALONE)[10] == "a box of one line before a box: a heading set apart"


def test_a_box_of_one_line_that_goes_on_stays_in_its_sentence() -> None:
    # OCR of jose.00261 (CC BY): a line ending on a function word; and a drawing's title
    # above its caption (jose.00240) is no heading.
    ocr = LINE_BOX.replace(
        "Remote sensing observations from satellites", "We acknowledge the teaching courses offered by"
    )
    assert "We acknowledge the teaching courses offered by This chapter introduces" in " | ".join(units(ocr))
    drawn = LINE_BOX.replace("This chapter introduces", "Figure 1: Example notebook introduces")
    assert all(t != "Remote sensing observations from satellites" for t in units(drawn))


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        # (From a review) a full line at a column's foot, its sentence going on in a capital.
        ("The samples were analysed at the Federal University of Minas", "Gerais laboratory, following the"),
        ("Os dados foram coletados pelo Instituto Brasileiro do", "Meio Ambiente e dos Recursos Naturais"),
        ("Los resultados muestran que el modelo propuesto es", "Eficiente en términos de costo"),
        ("The model was trained on images collected in 2019", "January and February by the teams"),
    ],
)
def test_a_full_line_alone_in_its_box_goes_on(line: str, nxt: str) -> None:
    raw = LINE_BOX.replace("Remote sensing observations from satellites", line).replace(
        "This chapter introduces data users to the principles", nxt
    )
    assert any(f"{line} {nxt}" in t for t in units(raw))


def test_a_paragraph_may_open_with_a_functions_name() -> None:
    # jose.00302: a short line that ends a sentence, then a paragraph that opens with a
    # function's name in lower case: 'ram() is' is no word going on.
    raw = (
        "The package includes three interactive learning modules, which can be run locally or\n"
        "hosted on a web server. Users can run the modules in any R environment by calling the\n"
        "ram(), lda(), or rt() functions.\n"
        "ram() is a quick reference for common Reliability, Availability, and Maintainability (RAM)\n"
        "concepts and calculations, such as interpreting MTBF in reliability engineering today.\n"
    )
    out = units(raw)
    assert len(out) == 2 and out[1].startswith("ram() is a quick reference")
    # A word in lower case after a short line goes on its sentence as before.
    assert len(units(raw.replace("ram() is a quick", "and ram() is a quick"))) == 1
    # So does a call after an abbreviation's stops (``i.e.`` / ``setup() and ...``).
    assert len(units(raw.replace("ram(), lda(), or rt() functions.", "helper tools, i.e."))) == 1


# jose.00302 (CC BY) as pdfminer read its two columns: a box after a sentence's end opens
# on a function's name.
CALL_BOX = """\
ReliaLearnR is written in R and utilizes
WeibullR for Life Data Analysis, and
learnr, a framework for building
interactive learning modules.

lda() provides an introduction to Life Data
Analysis. The learning objectives include
describing the purpose of Weibull analysis
"""


def test_a_box_may_open_with_a_functions_name() -> None:
    out = units(CALL_BOX)
    assert len(out) == 2 and out[1].startswith("lda() provides")
    # A box in lower case goes on its sentence: a word, or a call after an open line or
    # after an abbreviation's stops.
    assert len(units(CALL_BOX.replace("lda() provides", "and lda() provides"))) == 1
    assert len(units(CALL_BOX.replace("interactive learning modules.", "modules (Aden-Buie et al."))) == 1
    assert len(units(CALL_BOX.replace("learning modules.", "learning modules, i.e."))) == 1


def test_a_structured_abstracts_labelled_parts_are_paragraphs() -> None:
    got = units(STRUCTURED)
    assert [u.split(":")[0] for u in got] == ["Introdução", "Objetivo", "Conclusões e implicações para a prática"]
    assert breaks(STRUCTURED)[4] == "a labelled part starts"


def test_a_label_after_an_open_sentence_or_in_prose_starts_nothing() -> None:
    # The sentence before goes on; and a capitalised phrase with a colon is no part's label.
    goes_on = STRUCTURED.replace("são diversos.\nObjetivo:", "são diversos e\nObjetivo:")
    assert not any(u.startswith("Objetivo") for u in units(goes_on))
    prose = STRUCTURED.replace("Objetivo: Identificar", "Segundo os autores: identificar")
    assert not any(u.startswith("Segundo") for u in units(prose))
    for line in (
        "Methods differ in one respect: the second run",  # a sentence opening with a part's name
        "Resultados de Silva (2019: 45) mostram que a",  # a colon in a citation
        "Results are available at https://github.com/x",  # a URL's colon
    ):
        assert not any(u.startswith(line[:12]) for u in units(STRUCTURED.replace("Objetivo: Identificar", line)))


def test_a_keyword_list_opens_a_block_after_a_line_that_ends_no_sentence() -> None:
    # pdftotext on two columns (jose.00143 set anew): the last affiliation runs across both
    # columns, a blank line, then the keyword list.
    affiliation = "Institute for Artificial Intelligence and Data Science, University at Buffalo, The State University"
    keywords = "Keywords: Git; LaTeX; MATLAB; Python; computational science and engineering"
    raw = (
        "Ashlee N. Ford Versypt1, Duncan H. Mullins2\n"
        f"{affiliation}\n"
        "\n"
        f"{keywords}\n"
        "\n"
        "Summary\n"
        "ApplNumComp is a repository of open educational re-\n"
        "sources supporting an introductory course on Applied\n"
        "Numerical Computing. Topics include Git for version\n"
        "control, LaTeX for typesetting, reproducible research\n"
        "computing, and MATLAB and Python for high-level pro-\n"
        "gramming and scientific computing applications.\n"
    )
    assert units(raw)[1:3] == [affiliation, keywords]
    assert breaks(raw)[4] == "a keyword list starts"
    # A label's word opening a sentence, no list after it, starts nothing.
    for line in (
        "Subjects—all of them adults over forty—completed the survey twice,",
        "Keywords-based retrieval is still the most common approach in",
    ):
        text = raw.replace(f"{affiliation}\n\n{keywords}\n", f"The clinics were in the city of\n{line}\n")
        assert not any(u.startswith(line[:12]) for u in units(text))


def test_a_captions_label_alone_goes_on_in_its_title() -> None:
    """APA and IEEE set a caption's label on a line of its own over its title (``Table 1``
    / ``Characteristics of the Three Gardens``, ``TABLE I`` / ``SUMMARY OF THE SITES``): one
    caption, not two headings; and a caption after a sentence's end starts a block, however
    full the paragraph's last line (pdftotext)."""
    raw = (
        "Surface temperatures were lowest in the gardens, as the thermal images of the summer\n"
        "campaign show for each of the three sites and for the streets around them in the city.\n"
        "Table 1\n"
        "Characteristics of the Three Gardens\n"
        "The difference was largest in the early afternoon and shrank after sunset, as the data\n"
        "show for every one of the gardens and for every day of the campaign in the summer.\n"
        "TABLE I\n"
        "SUMMARY OF THE SITES\n"
    )
    out = units(raw)
    assert "Table 1 Characteristics of the Three Gardens" in out
    assert "TABLE I SUMMARY OF THE SITES" in out
    assert out[0].endswith("in the city.")


def test_a_laws_clause_opens_a_list_item() -> None:
    """``II – os direitos ...`` after a clause that ends on a semicolon starts an item
    (pdftotext: no blank lines, the clause's line full)."""
    raw = (
        "I – o reconhecimento da organização social, dos costumes, das crenças e das línguas dos povos;\n"
        "II – os direitos originários sobre as terras que tradicionalmente ocupam;\n"
    )
    assert len(units(raw)) == 2


# pdftotext of an Elsevier page: the equation's number on a line of its own, the text after
# it in lower case.
EQUATION_OWN_LINE = """\
impact) measures the restoration effect. Models were fitted in R 4.1.2
with the lme4 package (Bates et al., 2015):
log(Lit ) = β0 + β1 Pt + β2 Ci + β3 (Pt × Ci ) + ui + εit

(1)

where Lit is the nitrate load of catchment i in month t, Pt is the period
indicator and Ci the catchment indicator.
"""
# pdfminer of an MDPI page: sub- and superscripts break the equation over two lines.
EQUATION_TWO_LINES = """\
Following random utility theory [8], the utility that respondent n derives from alternative j in
choice task t is written as

Unjt = β′

nxnjt + εnjt,

(1)

where xnjt is the vector of attributes, βn is a vector of individual-specific coefficients and
εnjt is an i.i.d. extreme value error term.
"""
# pypdf of a Bragantia page: the number on the equation's line.
EQUATION_NUMBER_ON_LINE = """\
the sum of pruning to harvest was computed using the following Winkler’s equation (Eq. 1):
DD = Σ(meantemperature - 10°C) × daysafterpruning (1)
The grape maturation curves were calculated through the development of the titratable acidity
"""


@pytest.mark.parametrize(
    ("raw", "equation"),
    [
        (EQUATION_OWN_LINE, "log(Lit ) = β0 + β1 Pt + β2 Ci + β3 (Pt × Ci ) + ui + εit (1)"),
        (EQUATION_TWO_LINES, "Unjt = β′ nxnjt + εnjt, (1)"),
        (EQUATION_NUMBER_ON_LINE, "DD = Σ(meantemperature - 10°C) × daysafterpruning (1)"),
    ],
)
def test_a_numbered_equation_is_a_block_with_its_number(raw: str, equation: str) -> None:
    result = clean(to_lines(raw))
    texts = [u.text for u in result.units]
    assert texts[1] == equation
    assert [u.kind for u in result.units][1] == "equation"
    assert len(texts) == 3 and not texts[2].startswith("(1)")  # the text after it: no item "(1)"
    reasons = {r.why for r in result.repairs if r.rule == "block-break"}
    assert {"a numbered equation starts", "after a numbered equation"} <= reasons


def test_a_numbered_equation_becomes_an_equation_block() -> None:
    doc = build_document(clean(to_lines(EQUATION_OWN_LINE)), Metadata(title="T"), PARAMS)
    kinds = [(b.kind, b.text[:12]) for b in doc.blocks]
    assert ("equation", "log(Lit ) = ") in kinds
    assert not any(k == "list_item" for k, _ in kinds)


@pytest.mark.parametrize(
    "raw",
    [
        # A count and its share in a table, not an equation's number.
        "The groups were of equal size at the start of the trial and at its end:\nWomen = 25 (12)\nMen = 30 (15)\n",
        # A list whose markers pdfminer set on lines of their own: no formula before them.
        "The participants were asked three questions:\n\n(1)\n\nwhether they had used the tool before;\n",
        # Prose with a relation in it, before a bracketed number that opens an item.
        "We fitted models with k = 3 clusters and the\n(2) second set of models with more of them.\n",
    ],
)
def test_no_equation_without_a_formula_before_its_number(raw: str) -> None:
    result = clean(to_lines(raw))
    assert "equation" not in [u.kind for u in result.units]


def test_two_numbered_equations_in_a_row_are_two_equations() -> None:
    raw = (
        "The model is written in two parts, the outcome and the selection,\n"
        "yit = α + βxit + εit\n"
        "(1)\n"
        "sit = γ + δzit + uit\n"
        "(2)\n"
        "where the errors are allowed to correlate across the two equations.\n"
    )
    result = clean(to_lines(raw))
    kinds = [(u.kind, u.text) for u in result.units]
    assert ("equation", "yit = α + βxit + εit (1)") in kinds and ("equation", "sit = γ + δzit + uit (2)") in kinds


def test_an_equation_after_a_short_line_is_no_heading() -> None:
    raw = (
        "Consider the outcome of each unit, which we write as\n"
        "Yi = α + βDi + γXi + εi\n"
        "(3)\n"
        "where Zi is the instrument and Di the treatment received by the unit in the trial.\n"
    )
    result = clean(to_lines(raw))
    assert ("equation", "Yi = α + βDi + γXi + εi (3)") in [(u.kind, u.text) for u in result.units]


@pytest.mark.parametrize(
    "raw",
    [
        # Vancouver: a statistic in brackets, then the citation's number.
        "Smoking was associated with the outcome in the adjusted model\n(OR = 2.31; 95%CI: 1.12–4.76) (14)\n"
        "and the association held in every stratum of age and sex.\n",
        # Prose citing an equation by its number.
        "The bound holds since ‖u‖ ≤ C‖f‖ for all f ∈ L2(Ω), and by (4)\nthe solution is unique in the space.\n",
        # Hypotheses numbered on lines of their own.
        "We test two hypotheses about the effect.\n(1)\nβ1 > 0 in the full sample\n(2)\nβ2 < 0 among the firms.\n",
    ],
)
def test_no_equation_in_prose_that_holds_a_formula(raw: str) -> None:
    assert "equation" not in [u.kind for u in clean(to_lines(raw)).units]
