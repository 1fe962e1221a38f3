"""Hyphens an extractor dropped, given back (``clean.compounds``): here the junctions of the
printed lines pdftotext joined (``compounds.junctions``). Asserted through the cleaned text
and the repair record.

pdftotext's default mode joins a printed line that ends in a hyphen to the next and drops
the hyphen, the author's too: such a line is about two printed lines long, and the word
at the place where the first one ended lost its hyphen.
"""

from __future__ import annotations

import pytest
from excerpts import DOMAIN_SPECIFIC, GROUP_BASED

from galley.clean import clean
from galley.clean.lexicon import DocumentLexicon
from galley.inputs.corrections import Corrections
from galley.inputs.read import to_lines
from galley.model import CleanResult

FILLER = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon "
    "phi chi psi omega red orange yellow green blue indigo violet black white grey brown pink cyan magenta gold silver"
).split()
# Forty lines of wrapped prose as pdftotext hands it on, 71 to 76 characters long: the
# usual printed line is 76, so a printed line that ends in a hyphen ends 65 to 83
# characters from the margin (``hyphenated_line_min_share``, ``junction_max_share``).
WRAPPED = "".join(f"the word {w} is one of those this plain prose uses to fill the page, and\n" for w in FILLER)


def joined(head: str, tail: str) -> str:
    """Two printed lines pdftotext joined where ``head`` (without its hyphen) ended."""
    assert 65 <= len(head) + 1 <= 83, len(head) + 1  # where a printed line of this text ends
    assert len(head + tail) > 1.25 * 76  # longer than a printed line can be (``joined_line_share``)
    return head + tail + "\n"


def cleaned(line: str, lang: str = "en", **fix: frozenset[str]) -> CleanResult:
    return clean(to_lines(WRAPPED + line + WRAPPED), lang=lang, corrections=Corrections(**fix))


def text_of(result: CleanResult) -> str:
    return " ".join(u.text for u in result.units)


def restores(result: CleanResult) -> list[tuple[str, str]]:
    return [(r.before, r.after) for r in result.repairs if r.rule.endswith("hyphen-restore")]


# A paper hyphenated by WeasyPrint: its typesetter's breaks end lines on '‐' (U+2010).
MARKED = "".join(f"the word {w} is one of those this plain pro‐\nse uses to fill the page.\n" for w in FILLER[:4])
# jose.00307 in two columns (pdftotext): 'hands-' / 'on manner.'
HANDSON = (
    "This introduction aims to cover the fundamentals in a practical and hands",
    "on manner. By the end of the course, students will be",
)
WIDELY = joined(
    "so the paper says ReliaLearnR is written in R, a free and well known and widely",
    "used programming language for statistical computing and data analysis of all kinds.",
)


def test_a_compound_at_the_junction_gets_its_hyphen_back() -> None:
    result = cleaned(WIDELY)
    assert "well known and widely-used programming language" in text_of(result)
    (rep,) = [r for r in result.repairs if r.rule == "hyphen-restore"]
    assert (rep.line, rep.before, rep.after) == (41, "widelyused", "widely-used")
    # The lexicon decided, as it does a hyphen the extractor left at a line's end.
    assert rep.why.startswith("pdftotext joined printed lines here: kept hyphen: 'widelyused' is rare")


# Joined lines of a list whose marks stand on lines of their own: the longest line around
# each is a mark, no printed line's measure.
ITEMS = [
    "the students learn how the code that does all of this is written, tested and docu"
    "mented, and how to share it with others in a free and open programming language.",
    "the students load each table of field data into one of the dataframes of the pro"
    "ject and then draw the heatmaps and boxplots of the results of each site visited.",
    "the students present the results of their own analysis to the rest of the class"
    "room at the end of the course, in a short talk followed by questions and answers.",
]


@pytest.mark.parametrize("marks", [["(a)", "(b)", "(c)", "(d)"], ["•"] * 4])
def test_marks_on_lines_of_their_own_are_no_measure(marks: list[str]) -> None:
    listed = "\n".join(x for mark, item in zip(marks, [*ITEMS, ""], strict=True) for x in (mark, item) if x)
    result = cleaned(listed + "\n")
    assert "into one of the dataframes of the project and then draw the heatmaps and boxplots" in text_of(result)
    assert not restores(result)
    # The text's usual line stands in: the junction at its measure is found.
    items = [ITEMS[0], WIDELY.rstrip(), ITEMS[2]]
    listed = "\n".join(x for mark, item in zip(marks, [*items, ""], strict=True) for x in (mark, item) if x)
    assert restores(cleaned(listed + "\n")) == [("widelyused", "widely-used")]


# A summary set across both columns of a two-column page (jose.00292, pdftotext): its lines
# run 108 to 111 characters among the columns' 76, and one of them joins two of its printed
# lines, 'Otto-Friedrich-' / 'Universität Bamberg'.
ACROSS = "".join(
    f"the summary word {w} is one of those this plain prose sets across both columns of the page, and so it reads\n"
    for w in ("alpha", "beta", "gamma", "delta", "epsilon", "zeta")
)
ACROSS_JOINED = (
    "the course materials were developed in the lab of the Digital Work Lab at the University of Otto-Friedrich"
    "Universität Bamberg, where the lesson was first taught to the students of the masters programs there.\n"
)


def across(middle: str) -> str:
    """``middle`` set among the region's lines, three before it and three after."""
    lines = ACROSS.splitlines(keepends=True)
    return "".join(lines[:3]) + middle + "".join(lines[3:])


def test_a_junction_in_a_region_set_across_both_columns() -> None:
    result = cleaned(across(ACROSS_JOINED))
    assert "University of Otto-Friedrich-Universität Bamberg, where" in text_of(result)
    assert restores(result) == [("FriedrichUniversität", "Friedrich-Universität")]
    # A line of the region's own length holds no junction: the same words are the author's.
    wide = "the course materials were developed in the lab of the Digital Work Lab at Otto-FriedrichUniversität.\n"
    assert not restores(cleaned(across(wide)))


ROW = "Site {}   2021   the plots of the site were surveyed and measured in the dry season of each year, twice\n"


def test_a_wide_line_among_lines_as_long_is_no_two_printed_lines() -> None:
    # jose.00309 (two columns of about 50 characters): a short region set across both columns,
    # lines of 98 to 105 characters; its third line, as long as the others, holds no junction
    # ('heatmaps' sits where a printed line of the paragraph's last line, 76, would end).
    column = "".join(f"the word {w} is one of those the prose uses, and\n" for w in FILLER)
    region = (
        "conducting very common neural data analyses and visualizations with the data. These native NWB lessons\n"
        "were used in a Neural Data Science course for undergraduate and graduate students at UC San Diego.\n"
        "Finally, in collaboration with the NWB team, we integrated two additional heatmaps of all the lessons\n"
        "lessons had not yet not been used by any of the authors in a course setting.\n"
        "Acknowledgements\n"
        "We would like to thank the Kavli Foundation, specifically program officer Stephanie Albin, for supporting\n"
        "this project. We would also like to thank Ben Dichter,\nOliver Rübel, and Ryan Ly for feedback and technical\n"
    )
    result = clean(to_lines(column + "mechanics of a standardized data format as well as\n" + region + column))
    assert "two additional heatmaps of all the lessons" in text_of(result) and not restores(result)


def test_a_table_row_half_as_long_again_is_no_two_printed_lines() -> None:
    # A table's rows across both columns (103 characters), one of them half as long again (155).
    long_row = (
        "Site D   2021   the plots of the site were surveyed in the dry season and in the wet season; the heatmaps"
        " and dataframes of each year are in the supplement\n"
    )
    rows = [ROW.format(k) for k in "ABCEFG"]
    assert not restores(cleaned("".join(rows[:3]) + long_row + "".join(rows[3:])))


def test_no_wide_region_without_a_usual_line() -> None:
    # No line wraps for certain (each ends a sentence or a clause before the next): no usual
    # line, so no line is long against it.
    line = "he word {} is one of those this plain prose sets across the page, and so it reads on"
    lines = [f"t{line.format(w)}." if k % 8 == 1 else f"T{line.format(w)} here:" for k, w in enumerate(FILLER[:44])]
    lines[20] = (
        "The course materials were developed in the lab of the Digital Work Lab in the University that drew"
        " heatmaps of each site there, as they do for every site they survey in the dry season and the wet one:"
    )
    assert not restores(clean(to_lines("\n".join(lines) + "\n")))


def test_short_cells_around_a_long_line_place_no_junction() -> None:
    # A table's cells one a line under its caption, then a note across the table (112
    # characters, no joined line): the cells are the measure around it, not the usual line.
    cells = "".join(f"{cell}\n" for cell in ("Site", "Rain", "A", "12.5", "B", "13.1", "C", "11.8"))
    note = (
        "Note: values are the mean of three runs at each site; Figure 4 shows the heatmaps of each site"
        " across the years.\n"
    )
    assert not restores(cleaned("Table 2. Rainfall at each site.\n" + cells + note + cells))


def test_the_same_word_on_a_line_of_usual_length_is_the_authors_spelling() -> None:
    # No printed lines were joined there: nothing says a hyphen was dropped.
    result = cleaned("so the lesson is written for a free and widelyused programming language.\n")
    assert "widelyused programming" in text_of(result) and not restores(result)


def test_a_word_the_typesetter_broke_stays_joined() -> None:
    # ``multi-`` / ``lateralism``: 'lateralism' is no word alone, the typesetter broke it.
    result = cleaned(
        joined(
            "the summit meant a renewed commitment by the states to the multi",
            "lateralism of the treaty and to the trade rules that most of them had signed.",
        )
    )
    assert "to the multilateralism of the treaty" in text_of(result) and not restores(result)


def test_the_papers_own_spelling_places_the_junction() -> None:
    # jose.00307 in two columns (pdftotext): 'handson' parts into 'hand'/'son' as well as
    # 'hands'/'on'; the title's 'hands-on' says which.
    title = "Carpentries-style hands-on lesson material for deep learning\n\n"
    result = clean(to_lines(title + WRAPPED + joined(*HANDSON) + WRAPPED))
    assert "a practical and hands-on manner" in text_of(result)
    # ... in a paper hyphenated with '‐' too (jose.00307's own render), where only the
    # junction rule restores
    result = clean(to_lines(title + MARKED + WRAPPED + joined(*HANDSON) + WRAPPED))
    assert ("handson", "hands-on") in restores(result)
    # ... where the paper does not write it, the line does not say which (trans-45 too:
    # 'nooculto', 'noo' / 'culto' or 'no' / 'oculto')
    assert "a practical and handson manner" in text_of(cleaned(joined(*HANDSON)))


def test_a_portuguese_enclitic_is_its_second_half() -> None:
    # A two-letter half is no word of a compound, save a pronoun the language hyphens after
    # its verb (rsp-48-2-0225: 'verificou-' / 'se').
    prose = "".join(f"a palavra {w} é uma das que esta prosa simples usa para encher a folha, e\n" for w in FILLER)
    line = joined(
        "Entre os cortadores de cana entrevistados durante a safra, verificou",
        "se que a maioria apresentava sintomas de estresse na fase de resistência.",
    )
    result = clean(to_lines(prose + line + prose), lang="pt")
    assert "safra, verificou-se que a maioria" in text_of(result)


def test_a_line_in_another_language_is_judged_in_its_own() -> None:
    # ean-26 (pdftotext): a Spanish abstract in a Portuguese paper; 'comprendido' is no
    # Portuguese word, and 'comp' / 'rendido' are, but the line's own words say Spanish.
    result = cleaned(
        joined(
            "El estudio de los datos que se han recogido en las escuelas del país ha compren",
            "dido que los alumnos de las zonas rurales tienen menos acceso a la red.",
        ),
        lang="pt",
    )
    assert "ha comprendido que los alumnos" in text_of(result) and not restores(result)


@pytest.mark.parametrize(
    ("head", "tail", "kept"),
    [
        # a name: its second half is a word nowhere else in the paper (jose.00180's references)
        (
            "Hsu, C., Hellmann, N., Fisher, A., Nagler, J., Lee, S., Smith, J., and Hell",
            "rung, T. (2019). A tutorial.",
            "Hellrung",
        ),
        # a name's ending is no word of a compound (jose.00307's authors: 'Mohan' / 'an8')
        (
            "Pranav Chandramouli, Anne Fouilloux, Cunliang Geng, Ashwin Vishnu Moh",
            "anan and the other authors of the lesson.",
            "Mohanan",
        ),
        # a host: its pieces are the URL rules' (jose.00090: 'climateestimate.net')
        (
            "The data come from the many estimates that the project publishes at climate",
            "estimate.net for all regions.",
            "climateestimate.net",
        ),
        # a name that holds a digit (jose.00307: 'MS2DeepScore')
        (
            "The lesson trains a model of the mass spectra of molecules as MS2Deep",
            "Score, a package for that task.",
            "MS2DeepScore",
        ),
        # a two-letter half is no word of a compound (the grading tool 'nbgrader': 'nb' / 'grader')
        (
            "The course gives out and then grades all of the homework with the nb",
            "grader tool that the students know from the first week.",
            "nbgrader",
        ),
        # a half that is a rare word is a piece of another (jose.00090's 'gridded': 'ded';
        # jose.00292's 'virtualenv': 'env')
        (
            "The exercises work with the data of the global model on a regular grid",
            "ded mesh that covers the whole of the region.",
            "gridded",
        ),
        (
            "Before the workshop the students set up Python and make their own virtual",
            "env there to keep the packages of the course apart.",
            "virtualenv",
        ),
        # a word, if a rare one, that the typesetter broke (jose.00292's 'codebase', zipf 2.3)
        (
            "Over the weeks of the course the students of the class all add to a code",
            "base that grows into the package they publish at the end.",
            "a codebase that grows",
        ),
        # a word beside its own hyphen: 'geostatistical-based' broke at that hyphen or
        # elsewhere, the window inside 'geostatistical' is no evidence of another (jose.00240)
        (
            "The practical sessions of the course walk students through a geo",
            "statistical-based model of the rainfall over the region.",
            "a geostatistical-based model",
        ),
        # a word the typesetter could have broken there: 'testthat and pro-' / 'gramming'
        (
            "Students learn to test all the functions of their package with testthat and pro",
            "gramming in a style that the course teaches them.",
            "with testthat and programming in a style",
        ),
    ],
)
def test_what_the_line_does_not_place_for_certain_is_left_as_extracted(head: str, tail: str, kept: str) -> None:
    result = cleaned(joined(head, tail))
    assert kept in text_of(result) and not restores(result)


def test_a_wide_line_standing_alone_is_no_joined_line() -> None:
    # Two columns of 44 characters under a keyword line set across both: the keyword line is
    # as long as two printed lines, but it is no paragraph's.
    narrow = "".join(f"the word {w} is one of those this prose uses\n" for w in FILLER)
    keywords = "Keywords: open science; teaching; research; testthat; usethis; workflows; R"
    result = clean(to_lines("A Course on Reproducible Research\n\n" + keywords + "\n\n" + narrow + "\n" + narrow))
    assert "research; testthat; usethis" in text_of(result) and not restores(result)


def test_a_line_split_in_two_is_given_back_once() -> None:
    # A run-in label split off its line makes two lines of one number: the label and the text.
    title = "A Course on Reproducible Research Software\n\n"
    line = joined(
        "Abstract. So the paper says ReliaLearnR is written in R, a free and widely",
        "used programming language for statistical computing and data analysis of all kinds.",
    )
    result = clean(to_lines(title + line + WRAPPED + WRAPPED))
    text = text_of(result)
    assert text.count("widely-used programming") == 1 and "Software Abstract" in text


@pytest.mark.parametrize(
    ("head", "tail", "given_back"),
    [
        # a capital inside the word says where: jose.00292's 'Otto-Friedrich-' / 'Universität'
        (
            "Gerit Wagner is a professor of information systems at Otto-Friedrich",
            "Universität Bamberg, where the course was first taught.",
            "at Otto-Friedrich-Universität Bamberg",
        ),
        # a suspended hyphen keeps its space: rsp-59-e1's 'chemo-' / 'and radiotherapy'
        (
            "The course weighs the effects of the treatments on the patients of the chemo",
            "and radiotherapy wards of the hospital over a year.",
            "the chemo- and radiotherapy wards",
        ),
    ],
)
def test_a_junction_is_given_back_as_the_author_wrote_it(head: str, tail: str, given_back: str) -> None:
    assert given_back in text_of(cleaned(joined(head, tail)))


def test_a_narrower_columns_own_measure_places_the_junction() -> None:
    # Lines of 53 to 58 characters among lines of 76 (a column narrower than the page's
    # text): its printed lines end near 58, where 'widely-' ended, not near 76.
    narrower = "".join(f"the word {w} is one of those this plain prose uses, so\n" for w in FILLER[:3])
    line = (
        "so the paper says ReliaLearnR is written in a widely"
        + "used programming language for statistics and data analysis.\n"
    )
    result = clean(to_lines(WRAPPED + narrower + line + narrower + WRAPPED))
    assert restores(result) == [("widelyused", "widely-used")]


def test_the_corrections_file_overrides_the_junction() -> None:
    assert "widelyused" in text_of(cleaned(WIDELY, join_hyphen=frozenset({"widely-used"})))
    forced = cleaned(
        joined(
            "the paper says the course was first taught in person and then as a fully",
            "online course to students of the faculty.",
        ),
        keep_hyphen=frozenset({"fully-online"}),
    )
    assert "a fully-online course" in text_of(forced)
    assert [r.rule for r in forced.repairs if r.after == "fully-online"] == ["correction-hyphen-restore"]


def test_the_junctions_spelling_is_no_evidence_of_the_papers() -> None:
    # Once joined here and once hyphenated in the paper's own text: the joined spelling is
    # pdftotext's, so the paper writes 'user-friendly' only, and the hyphen comes back.
    result = cleaned(WIDELY.replace("widely", "userfriendly").replace("R, a free and", "R, a"))
    assert "a userfriendly" not in text_of(result)


def test_a_text_whose_extractor_kept_its_hyphens_is_left_alone() -> None:
    # pypdf, pdfminer: a hyphen left inside a block says no line was joined at one.
    raw = WRAPPED + "The University of Colorado Den-\nver offers it.\n" + WIDELY + WRAPPED
    result = clean(to_lines(raw))
    assert "widelyused" in text_of(result) and not restores(result)


def test_a_paper_typeset_with_its_own_hyphenation_mark() -> None:
    # WeasyPrint marks the words it breaks with '‐' (U+2010), which pdftotext leaves; the
    # author's '-' it joins all the same (jose.00307 in two columns: 'low-' / 'threshold').
    result = clean(to_lines(MARKED + WRAPPED + WIDELY + WRAPPED))
    assert "widely-used programming" in text_of(result)
    # There every junction is the author's: a word the typesetter could have broken in the
    # window makes it no less certain ('introductory' would have been 'in‐' / 'troductory').
    line = joined(
        "The feedback from the students demonstrated the need for a fairly low",
        "threshold introductory lesson that lets researchers take the first steps.",
    )
    assert "a fairly low-threshold introductory lesson" in text_of(clean(to_lines(MARKED + WRAPPED + line + WRAPPED)))
    assert "a fairly lowthreshold introductory lesson" in text_of(clean(to_lines(WRAPPED + line + WRAPPED)))
    # ... but not where the extractor kept the author's hyphens inside a block
    result = clean(to_lines(MARKED + WRAPPED + "a fully-\nonline course\n" + WIDELY + WRAPPED))
    assert "widelyused programming" in text_of(result)
    # ... nor where '‐' is every hyphen of the paper, inside lines too: then it marks nothing
    # (a line ending in one is no evidence), and the extractor may keep them all
    own = "a well‐known and fully‐\nonline course\n"
    result = clean(to_lines(MARKED + WRAPPED + own + WIDELY + WRAPPED))
    assert "widelyused programming" in text_of(result)


def test_a_real_page_of_two_columns() -> None:
    # jose.00292 in two columns as pdftotext read it (CC BY 4.0).
    result = clean(to_lines(GROUP_BASED))
    text = text_of(result)
    assert "live coding sessions, and group-based exercises" in text
    assert ("groupbased", "group-based") in restores(result)
    # ... and no word of the page is lost or changed but for the hyphens given back
    assert text.replace("-", "").split() == " ".join(GROUP_BASED.replace("-", "").split()).split()


def test_the_lexicon_less_the_junctions() -> None:
    lex = DocumentLexicon(["a userfriendly tool", "the user-friendly tool", "a userfriendly one"])
    less = lex.less(["userfriendly"])
    assert (less.count("userfriendly"), less.count("user-friendly"), less.count("tool")) == (1, 1, 2)
    assert lex.count("userfriendly") == 2  # the lexicon asked is unchanged


def test_the_blocks_are_found_from_the_extracted_line() -> None:
    # A joined line's length says whether the sentence after it starts a paragraph: the
    # hyphen given back must not make the line longer for that question.
    result = clean(to_lines(DOMAIN_SPECIFIC))
    assert restores(result) == [("domainspecific", "domain-specific")]
    texts = [u.text for u in result.units]
    assert any(t.endswith("that are domain-specific to the three masters programs.") for t in texts)
    assert any(t.startswith("For Medicinal and Biological Chemistry students,") for t in texts)
