"""Character repairs on single lines, each recorded with its rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from galley.clean import characters, clean
from galley.clean.characters import fix_characters
from galley.inputs.read import to_lines


def cleaned(line: str) -> tuple[str, set[str]]:
    result = clean(to_lines(line + "\n"))
    return result.units[0].text, {r.rule for r in result.repairs}


@pytest.mark.parametrize(
    ("raw", "want", "rule"),
    [
        ("the ﬁnal eﬀect of the ﬂow", "the final effect of the flow", "ligature"),
        ("the ﬁ eld work", "the field work", "split-ligature"),
        ("Pakistanâ€™s strategic significance", "Pakistan’s strategic significance", "mojibake"),
        ("10\u00a0km of in\u00adformation", "10 km of information", "spaces"),
        ("a bell\x07 rang", "a bell rang", "spaces"),
        ("regarding Afghanistan's stability", "regarding Afghanistan’s stability", "quotes"),
        ('he said "radicalized militancy" here', "he said “radicalized militancy” here", "quotes"),
        ("Manim - Mathematical Animation Framework", "Manim – Mathematical Animation Framework", "dashes"),
        ("the reader--and the editor--agree", "the reader—and the editor—agree", "dashes"),
        # OCR (jose.00143, jose.00184, jose.00196): spaces around slashes and before a ``1``.
        (
            "Conference. https: / /doi.org/10.18260 /1-2--32072",
            "Conference. https://doi.org/10.18260/1-2--32072",
            "url-spaces",
        ),
        (
            "A&A, 531, A64. https://doi.org/10.105 1/0004-6361/201 116634",
            "A&A, 531, A64. https://doi.org/10.1051/0004-6361/201116634",
            "url-spaces",
        ),
        ("10.1002/andp. 19053220607", "10.1002/andp.19053220607", "url-spaces"),
        (
            "the Argo Steering Team (https: //argo.ucsd.edu) and has",
            "the Argo Steering Team (https://argo.ucsd.edu) and has",
            "url-spaces",
        ),
        (
            "Methods in Engineering, 79(11). https://do1.org/10.1002/nme.2579",
            "Methods in Engineering, 79(11). https://doi.org/10.1002/nme.2579",
            "url-spaces",
        ),
        (
            "R.B. Abernethy. https://cir.nit.ac. jp/crid/1130282270976797824",
            "R.B. Abernethy. https://cir.nit.ac.jp/crid/1130282270976797824",
            "url-spaces",
        ),
        # jose.00206: a slash alone at a URL's end.
        (
            "Animation Framework. https: //www.manim.community /",
            "Animation Framework. https://www.manim.community/",
            "url-spaces",
        ),
        (
            "Remote Sensing, 14(14), 3359. https://doi.org/10.3390/rs 14143359",
            "Remote Sensing, 14(14), 3359. https://doi.org/10.3390/rs14143359",
            "url-spaces",
        ),
        # OCR (jose.00292, jose.00267, jose.00307, jose.00309): a DOI's digits spaced, a
        # narrow ``1`` set apart.
        (
            "ative reviews. https://doi.org/10.528 1/ZENODO. 1 1668338",
            "ative reviews. https://doi.org/10.5281/ZENODO.11668338",
            "url-spaces",
        ),
        ("402. https://doi.org/10.3390/land9 1 10402", "402. https://doi.org/10.3390/land9110402", "url-spaces"),
        (
            "tion dataset. Zenodo. https://doi.org/10.5281/ZENODO.47 70936",
            "tion dataset. Zenodo. https://doi.org/10.5281/ZENODO.4770936",
            "url-spaces",
        ),
        (
            "eLife, 11, e78362. https://doi.org/10.7554/eLife. 78362",
            "eLife, 11, e78362. https://doi.org/10.7554/eLife.78362",
            "url-spaces",
        ),
        # OCR (jose.00240, jose.00307): bullets read as other glyphs, the pronoun as a bar.
        ("¢ Introduction to the PEST control file", "• Introduction to the PEST control file", "ocr-bullets"),
        ("° Live coding: Programming simultaneously", "• Live coding: Programming simultaneously", "ocr-bullets"),
        ("| enjoyed the live coding and playing", "I enjoyed the live coding and playing", "ocr-bullets"),
        # A Word PDF's bullets in a symbol font (pdfminer, pypdf) and ornaments as bullets.
        ("\uf0b7 fresh vegetables;", "• fresh vegetables;", "symbol-bullets"),
        ("(cid:120) a cool place to rest.", "• a cool place to rest.", "symbol-bullets"),
        ("➢ Objetivo geral: avaliar a adesão", "• Objetivo geral: avaliar a adesão", "symbol-bullets"),
        # LaTeX's \ldots (jose.00267 pdftotext; ean-26 pypdf): one ellipsis, not three stops.
        (
            "J.-J., McDougall, D., Straw, A., . . . Ivanov, P. (2021).",
            "J.-J., McDougall, D., Straw, A., … Ivanov, P. (2021).",
            "ellipsis",
        ),
        ("Aqui. . . dentro. [Colocando o boneco-bebê na", "Aqui… dentro. [Colocando o boneco-bebê na", "ellipsis"),
        # LaTeX's breve and caron set apart before their letter (rac-26 pypdf, jose.00267
        # pdfminer, bjb-83 pypdf).
        ("Koçyi˘git and Karada˘g (2016)", "Koçyiğit and Karadağ (2016)", "spacing-accents"),
        ("Radoˇcaj, D., Jurišić, M.", "Radočaj, D., Jurišić, M.", "spacing-accents"),
        ("PE¡EK, B., ˇCINOVÁ, J.", "PE¡EK, B., ČINOVÁ, J.", "spacing-accents"),
        # ... and an acute, a tilde, a diaeresis, a circumflex (jose.00279 and jose.00267
        # pdfminer on pdflatex; a French bill extracted from a pdflatex PDF), on a dotless i.
        ("Tomasz Zieli´nski1, Andres Romanowski1,2", "Tomasz Zieliński1, Andres Romanowski1,2", "spacing-accents"),
        ("Gašparovi´c, M., Juriši´c, M.", "Gašparović, M., Jurišić, M.", "spacing-accents"),
        ("Jo˜ao Garc´ıa and M¨uller", "João García and Müller", "spacing-accents"),
        ("10 aoˆut 2022 Cette somme sera pr´elev´ee", "10 août 2022 Cette somme sera prélevée", "spacing-accents"),
    ],
)
def test_character_rule(raw: str, want: str, rule: str) -> None:
    text, rules = cleaned(raw)
    assert text == want
    assert rule in rules


@pytest.mark.parametrize(
    "raw",
    [
        "Education, 8(94), 261. https://doi.org/10.21105/jose.00261. 12",  # the page number
        "Available at https://www.who.int/publications/i/item/9789240 2019 was the year",  # a year
        "https://doi.org/10.1/x.5 1 12 items",  # a 1 before no run of digits
        # The review's cases: a PubMed number after a DOI's full stop, a table's next
        # columns, a sentence opening with a number, a ROR id's place, a year after a 1.
        "doi:10.1590/S0034-8910.2014048005093. 25119929",
        "https://doi.org/10.5281/zenodo.1234567 60000 10000 10",
        "the archive https://doi.org/10.5281/zenodo.4539666. 25000 records were kept.",
        "https://ror.org/038t1dy36 69120 Heidelberg",
        "https://doi.org/10.5281/zenodo.3509134 1 2019 BSD",
    ],
)
def test_numbers_after_a_url_stay_apart(raw: str) -> None:
    assert cleaned(raw)[0] == raw


@pytest.mark.parametrize(
    "raw",
    [
        # An acute set for an apostrophe (rsp-48-2-0322, rac-26): a possessive, a plural's,
        # a contraction, an elided article.
        "the Bennett´s model and the dimensions´ impact",
        "I´m sure we´ll see they´re right: we don´t think that l´analyse qu´il fit",
        "c´est d´un j´ai m´a n´est s´il t´a",
        # ... in capitals and in Italian, after a name's particle (the review's cases).
        "L´analyse de D´Angelo, O´Neill et Sant´Anna: dell´arte, un´altra, lorsqu´elle",
        # Minutes of a coordinate, degrees, a URL's tilde: no letter's accent.
        "at 23°10´S, 44°15´W, an angle of 90˚ and www.cs.ubc.ca/˜arnold",
        # An accent on no letter it makes one with: a mean, a hat over a Greek letter.
        "the mean ¯x and the estimate ˆβ",
    ],
)
def test_spacing_accents_that_make_no_letter_stay(raw: str) -> None:
    assert cleaned(raw)[0] == raw


def test_curly_quotes_survive_mojibake_repair() -> None:
    text, _ = cleaned("security and “radicalized militancy” including trafficking")
    assert text == "security and “radicalized militancy” including trafficking"


def test_no_double_or_trailing_spaces() -> None:
    text, _ = cleaned("  the   changing \u2003 global  environment  ")
    assert text == "the changing global environment"


def test_four_spaced_stops_are_an_ellipsis_and_a_stop_left_alone() -> None:
    assert characters.ellipsis("the end of it. . . . Then") == "the end of it. . . . Then"


def test_dashes_leave_options_and_code_alone() -> None:
    assert (
        cleaned("run galley build --format html for pages 43-75")[0] == "run galley build --format html for pages 43-75"
    )
    assert cleaned("x = a - b")[0] == "x = a - b"


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60))
def test_no_rule_repairs_a_line_that_has_nothing_to_repair(text: str) -> None:
    """``fix_characters`` skips the rules on such lines (most lines of most papers): a new
    rule that repairs plain ASCII (an OCR confusion) must make this test fail, and widen
    ``has_nothing_to_repair``."""
    if characters.has_nothing_to_repair(text):
        for name, rule in characters.RULES:
            assert rule(text) == text, name


def test_nothing_to_repair_is_printable_ascii_without_quotes_double_spaces_or_typewriter_dashes() -> None:
    assert characters.has_nothing_to_repair("The use of econometrics (Carleton & Hsiang, 2016) in 43-75.")
    for line in (
        "Pakistan's",
        'the "quoted"',
        "two  spaces",
        "a -- b",
        "Manim - Mathematical",
        "ﬁnal",
        "a\tb",
        "a . . . b",
    ):
        assert not characters.has_nothing_to_repair(line), line


def test_ocr_url_spaces_leave_a_page_number_and_prose_alone() -> None:
    # pypdf-layout's footer ends in the page number; a slash in prose is no URL.
    for line in ("Education, 8(87), 261. https://doi.org/10.21105/jose.00261. 1", "students and/or teachers /staff"):
        assert cleaned(line) == (line, set())


def test_a_list_whose_bullets_ocr_read_as_letters() -> None:
    # ocr-tesseract, jose.00307: every bullet of the list read ``e``; in Portuguese ``e`` is
    # a word ("and") and stays.
    raw = (
        "The lesson uses three datasets:\n"
        "e The Penguin dataset (Horst et al. (2020))\n"
        "e The Weather prediction dataset (Huber et al. (2022))\n"
        "e The Dollar Street Dataset (Gaviria Rojas et al. (2022)) is representative\n"
    )
    result = clean(to_lines(raw))
    assert [u.text[:6] for u in result.units] == ["The le", "• The ", "• The ", "• The "]
    assert [r.rule for r in result.repairs].count("letter-bullet") == 3
    kept = clean(to_lines(raw), lang="pt")
    assert not [r for r in kept.repairs if r.rule == "letter-bullet"]
    # One line alone is no list.
    single = clean(to_lines("The dataset:\ne The Penguin dataset (Horst et al. (2020))\n"))
    assert not [r for r in single.repairs if r.rule == "letter-bullet"]


def test_numbered_sub_items_whose_bullets_ocr_read_as_letters() -> None:
    # ocr-tesseract, jose.00252: a list of numbered steps, its bullets read ``¢`` and ``e``.
    raw = (
        "The second lesson covers:\n"
        "¢ 2.1 Definition of the CFD workflow.\n"
        "e 2.2 Plan the large-scale CFD simulation.\n"
        "¢ 2.3 Estimate the HPC requirements.\n"
        "e 2.4 Preprocess the CFD simulation.\n"
    )
    result = clean(to_lines(raw))
    assert [u.text[:7] for u in result.units] == ["The sec", "• 2.1 D", "• 2.2 P", "• 2.3 E", "• 2.4 P"]
    # A table's rows labelled by a vowel keep their labels (the review's case).
    vowels = "Mean duration by vowel:\ni 1.12 0.21\ne 1.25 0.19\na 1.41 0.23\no 1.30 0.22\nu 1.09 0.18\n"
    assert not [r for r in clean(to_lines(vowels)).repairs if r.rule == "letter-bullet"]


def test_a_letter_the_text_uses_as_a_word_is_no_bullet() -> None:
    # scielo-latex-pypdf, rbef-43: a Portuguese reference list read as English; its author
    # lists join the last name with ``e`` ("and"), at a line's start too.
    raw = (
        "T.S. Schmidt e J. Huenteler, Glob. Environ. Chang. 38, 8 (2016).\n"
        "D.E.W. Patabadige, S. Jia, J. Sibbitts, J. Sadeghi, K. Sellens\n"
        "e C.T. Culbertson, Anal. Chem. 88, 320 (2015).\n"
        "L.C. Santos, F.P. Beraldo, L.F. Hernandez, R.A.M. Carvalho\n"
        "e M.L.P. Silva, Rev. Bras. Apl. Vácuo 25, 75 (2008).\n"
        "A. Souza e B. Lima, Quim. Nova 40, 1 (2017).\n"
    )
    assert not [r for r in clean(to_lines(raw)).repairs if r.rule == "letter-bullet"]


def test_a_guillemet_opening_a_line_is_a_quotation_where_the_text_closes_one() -> None:
    """French: « opens a quotation that closes lines later; no word or mark is changed. In
    a text with no » anywhere, OCR's bullet read as « is the bullet (jose.00200)."""
    french = (
        "Comme le rappelle l’historienne :\n"
        "« Le silence des sources n’est pas un vide, mais la trace d’un pouvoir qui a\n"
        "décidé de ce qui méritait d’être consigné dans les registres de la commune. »\n"
    )
    lines = fix_characters(to_lines(french), [])
    assert lines[1].text.startswith("« Le silence des sources")
    ocr = "The following data are featured:\n« Level 1 data from two satellite instruments: (i) the SEVIRI\n"
    assert fix_characters(to_lines(ocr), [])[1].text.startswith("• Level 1 data")
