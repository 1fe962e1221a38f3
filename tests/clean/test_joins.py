"""What a line end inside a block stands for: a space, nothing (a word or a URL broken
there, a script written without spaces), or a hyphen kept. Asserted on the units a reader
sees and the repairs that explain them."""

from __future__ import annotations

import pytest

from galley.clean import clean
from galley.inputs.read import to_lines


def joined(raw: str) -> tuple[str, list[str]]:
    result = clean(to_lines(raw))
    return " | ".join(u.text for u in result.units), [r.rule for r in result.repairs if r.rule != "block-break"]


def test_a_url_broken_at_the_line_end_joins_without_a_space() -> None:
    text, rules = joined(
        "Environmental Research Letters, 14(8), 084010. https://doi.org/10.1088/\n1748-9326/ab281e and more.\n"
    )
    assert "https://doi.org/10.1088/1748-9326/ab281e and more." in text
    assert rules == ["url-join"]


def test_a_url_that_ends_a_sentence_is_left_alone() -> None:
    text, rules = joined("The lessons are online at https://carpentries.org.\nthey are free to use and to adapt.\n")
    assert "https://carpentries.org. they are free" in text and rules == []


def test_a_pair_broken_after_its_slash_joins_without_a_space() -> None:
    # rbee-30 (pdftotext), ress-33 (pdfminer): the line broke at the slash, not at a space.
    text, rules = joined(
        "e criativo; c) ausência e/\nou pouco investimento do poder público, segundo a race/\nskin color.\n"
    )
    assert "ausência e/ou pouco" in text and "race/skin color." in text
    assert rules == ["slash-join", "slash-join"]
    # A slash set apart keeps its space.
    text, rules = joined("the two readings of the verse /\nare set side by side in the text.\n")
    assert "verse / are set" in text and rules == []
    # ABNT's month range: ``jan./`` / ``mar. 2020``.
    text, rules = joined("Revista Brasileira de Educação, v. 25, p. 45-58, jan./\nmar. 2020.\n")
    assert "jan./mar. 2020." in text and rules == ["slash-join"]


def test_a_slash_that_may_have_had_its_space_keeps_it() -> None:
    # Verse quoted inline, its lines marked by a slash and a space: the paper sets ``caminho/
    # tinha`` so, and a capitalised line after a slash (``Death/`` / ``He``) is verse too.
    text, rules = joined(
        "No meio do caminho tinha uma pedra/\ntinha uma pedra no meio do caminho/ tinha uma pedra, escreveu.\n"
    )
    assert "pedra/ tinha uma pedra no meio" in text and "slash-join" not in rules
    text, rules = joined("Because I could not stop for Death/\nHe kindly stopped for me, wrote Dickinson.\n")
    assert "Death/ He kindly" in text and "slash-join" not in rules


def test_chinese_and_japanese_lines_join_without_a_space() -> None:
    text, _ = joined("本研究は両国の関係を分析し、\n両国の戦略的な協力について述べる。\n")
    assert text == "本研究は両国の関係を分析し、両国の戦略的な協力について述べる。"


def test_a_soft_hyphen_that_breaks_a_word_joins_it() -> None:
    text, rules = joined("the amount of infor\u00ad\nmation in the lesson\n")
    assert text == "the amount of information in the lesson" and "hyphen-join" in rules


def test_a_soft_hyphen_that_breaks_no_word_leaves_nothing_behind() -> None:
    # Fixed with the rule loops: the soft hyphen stayed, invisible, in the text (and a
    # second clean of the output then removed it).
    text, _ = joined("the amount of infor\u00ad\n(see Table 2) in the lesson\n")
    assert text == "the amount of infor (see Table 2) in the lesson"
    text, rules = joined("a list of\n\u00ad\nitems in the lesson\n")
    assert "\u00ad" not in text and "spaces" in rules


def test_a_note_between_the_halves_of_a_word_is_no_part_of_it() -> None:
    # edur-39 (scielo-latex-pypdf): pypdf glues a note's number to its first word; the
    # note stands between ``Consti-`` and the word's rest on the next page.
    text, rules = joined(
        "numa luta que culminou na conquista dos artigos 231 e 232 da Consti-\n"
        "1A Conferência Nacional dos Bispos do Brasil, CNBB, instituiu em 1970 a pastoral\n"
    )
    assert "da Consti- 1A Conferência Nacional" in text and "hyphen-keep" not in rules


def test_a_hyphen_after_a_digit_keeps_the_compound_whole() -> None:
    # jbchs-32-10-1956 (scielo-wp-pdfminer, CC BY 4.0): a chemical name broken after "1-".
    text, rules = joined("The product was purified using hexane as eluent. (R)-1-\nPhenylethyl acetate was obtained.\n")
    assert "(R)-1-Phenylethyl acetate" in text and rules == ["hyphen-keep"]
    text, _ = joined("The survey ran in the years 2019-\n2020 in four regions of the country.\n")
    assert "2019-2020 in four" in text
    # A suspended hyphen keeps its space: "1- and 2-dimensional".
    text, _ = joined("The model handles the 1-\nand 2-dimensional cases alike.\n")
    assert "1- and 2-dimensional" in text


REFS = "References\n\n"


def test_a_url_latex_broke_anywhere_is_one_token() -> None:
    # latex-twocol-poppler, jose.00184 (xurl breaks a URL between any two characters).
    text, rules = joined(
        REFS + "Graham, A. W. (2001). An investigation into the prominence of spiral galaxy bulges. The "
        "Astronomical Journal, 121(2), 820–840. https://doi.org/10.1086/3187\n67\n"
        "Harris, K., Bergfalk, J., Vititoe, F., & Hatami, R. (2021).\n"
        "Could black holes explain dark matter? The University of Colorado Denver. https://symposium.forage\n"
        "rone.com/2021-racas/presentations/26710\n"
    )
    assert "https://doi.org/10.1086/318767 | Harris, K." in text
    assert text.endswith("https://symposium.foragerone.com/2021-racas/presentations/26710")
    assert rules == ["url-join", "url-join"]


def test_a_scheme_cut_short_goes_on() -> None:
    # latex-twocol-poppler, jose.00198: ``ht`` / ``tps://``, ``http`` / ``s://``.
    text, _ = joined(
        "probabilistic ecological forecasts. Ecology, 102(8), e03431. ht\ntps://doi.org/10.1002/ecy.3431\n"
    )
    assert text.endswith("e03431. https://doi.org/10.1002/ecy.3431")
    text, _ = joined(
        "All of the course materials are available online at http\ns://course.naturecast.org. This includes\n"
    )
    assert "at https://course.naturecast.org. This includes" in text


def test_a_host_name_broken_after_a_dot_goes_on() -> None:
    # jose-pdfminer, jose.00267: ``https://doi.`` / ``org/10.1002/rse2.31``.
    text, _ = joined(
        "challenges. Remote Sensing in Ecology and Conservation, 3(1), 21–29. https://doi.\n\norg/10.1002/rse2.31\n"
    )
    assert text.endswith("21–29. https://doi.org/10.1002/rse2.31")


def test_a_doi_broken_at_its_own_hyphen_keeps_it() -> None:
    # A DOI is never de-hyphenated: ``2041-`` / ``210X`` stays ``2041-210X``.
    text, rules = joined(
        "Methods in Ecology and Evolution, 10(3), 332–344. https://doi.org/10.1111/2041-\n210X.13104\n"
    )
    assert text.endswith("https://doi.org/10.1111/2041-210X.13104") and rules == ["url-join"]


def test_the_rest_of_a_url_on_a_line_of_its_own_is_no_new_entry() -> None:
    # jose-pdfminer, jose.00196: a capitalised word alone on its line after ``/``.
    text, _ = joined(
        REFS + "nick1627. (2019). Relativityvisualisation, GitHub repo. https://github.com/nick1627/\n\n"
        "RelativityVisualisation\n\nPössel, M. (2018). Relatively complicated? Using models to teach general "
        "relativity at\n"
    )
    assert "https://github.com/nick1627/RelativityVisualisation | Pössel, M. (2018)." in text


def test_a_bracketed_url_goes_on_to_its_closing_bracket() -> None:
    # jose-pdfminer, jose.00193.
    text, _ = joined(
        "tion is available from the Argo Data Management Team (http://www.argodatamgt.org/\n"
        "Documentation) Wong Annie (2022) for deeper learning. The AoS is also not library or\n"
    )
    assert "(http://www.argodatamgt.org/Documentation) Wong Annie" in text


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        # The next entry's number (scielo, rsp-48-2-0240).
        (
            "de Janeiro: INCA; 2009 [citado 2011 jul 12]. Disponível em: http://www.inca.gov.br/estimativa/2010/\n"
            "20. Ministério da Saúde. Instituto Nacional de Câncer.\n",
            "2010/ 20.",
        ),
        # Initials after a URL (pdfminer's reading order, scielo bn-22).
        ("R Core Team. 2020. R: A language. Vienna. http://www.rstudio.com/\nG.M., Silva, P. and Souza\n", "/ G.M.,"),
        # A page range after a DOI cut anywhere (pdfminer, scielo brag-81).
        (
            "Plant Biology, 64, 1-20. https://doi.org/10.1146/annurev-arplant-050312-120153\n451-476.\n",
            "120153 451-476.",
        ),
    ],
)
def test_what_is_no_rest_of_a_url_stays_apart(raw: str, kept: str) -> None:
    text, rules = joined(raw)
    assert kept in text and "url-join" not in rules


def test_a_page_range_after_a_doi_that_ends_on_a_dot_is_no_rest_of_it() -> None:
    # pdfminer reads an entry's pages apart from it, after its DOI (scielo paz-62); the
    # DOI became ``.../s0266467400001255.33-53.16(1):``. A number alone still goes on.
    text, _ = joined("Ecology, https://doi.org/10.1017/\ns0266467400001255.\n\n  33-53.\n\n  16(1):\n")
    assert "https://doi.org/10.1017/s0266467400001255. 33-53." in text
    text, _ = joined("Jupyter book. Zenodo. https://doi.org/10.5281/zenodo.\n4539666.\n")
    assert text.endswith("https://doi.org/10.5281/zenodo.4539666.")


def test_a_page_number_an_entry_ran_on_to_is_no_rest_of_its_doi() -> None:
    # The page's number after the right column's last entry (pypdf's layout mode, no form
    # feed between the pages): the entry runs on to it, its DOI does not.
    text, rules = joined(
        "References\n\nWilson, G., & Teal, T. K. (2017). Good enough practices in scientific computing. PLoS\n"
        "Computational Biology, 13(6), e1005510. https://doi.org/10.1371/\njournal.pcbi.1005510\n\n\n\n2\n"
    )
    assert text.endswith("https://doi.org/10.1371/journal.pcbi.1005510 2") and rules == ["url-join"]


def test_a_number_alone_after_a_blank_line_is_no_rest_of_a_doi() -> None:
    # ACM's reference format, then the first section's number on a line of its own: a
    # number set apart by a blank line is the section's (or a page's), not the DOI's last
    # digit; without the blank line LaTeX may have cut the DOI there (``10.1086/3187`` / ``67``).
    raw = "4 pages. https://doi.org/10.1145/3543507.3583311\n\n1\n\nINTRODUCTION\n\nMost people write.\n"
    text, rules = joined(raw)
    assert text.startswith("4 pages. https://doi.org/10.1145/3543507.3583311 | 1") and "url-join" not in rules
    text, rules = joined("Astrophys J. https://doi.org/10.1086/3187\n67\n")
    assert text.endswith("https://doi.org/10.1086/318767") and "url-join" in rules


def test_ocr_spaces_in_the_rest_of_a_url_close_once_its_start_is_known() -> None:
    # ocr-tesseract, jose.00240 and jose.00267: the line alone shows no URL.
    text, rules = joined("Groundwater, 26(3), 350-360. https://doi.org/10.1111/j.\n1745-6584. 1988.tb00399.x\n")
    assert text.endswith("350-360. https://doi.org/10.1111/j.1745-6584.1988.tb00399.x") and rules == ["url-join"]
    text, _ = joined("Pandas-dev/pandas: Pandas. Zenodo. https://doi.org/\n10.528 1/zenodo. 10537285\n")
    assert text.endswith("Zenodo. https://doi.org/10.5281/zenodo.10537285")


def test_ocr_spaces_close_after_a_url_broken_at_its_hyphen() -> None:
    # ocr-tesseract, jose.00193: the hyphen rules join "euro-" / "argo.eu", the URL goes on.
    text, _ = joined(
        "The AoS is accessible through the Euro-Argo webpage https: //www.euro-\n"
        "argo.eu /argo-online-school, but all the content that makes it up is hosted in a public\n"
    )
    assert "webpage https://www.euro-argo.eu/argo-online-school, but all" in text
    # ... and no URL ends on a hyphen: "earth-env-data-science-" / "book" is one piece.
    text, _ = joined(
        "In GitHub repository. GitHub. https: //github.com /earth-env-\ndata-science/earth-env-data-science- book\n"
    )
    assert text.endswith("GitHub. https://github.com/earth-env-data-science/earth-env-data-science-book")


def test_ocr_spaces_close_after_a_word_of_a_url_mended_at_its_hyphen() -> None:
    # ocr-tesseract, jose.00299: the hyphen rules mend "incub-" / "ator.", then the URL
    # goes on after OCR's space: one URL, its words all named by the repair.
    text, rules = joined(
        "Carpentries-incubator/hpc-intro: An introduction. https://carpentries-incub-\nator. github.io/hpc-intro/\n"
    )
    assert text.endswith("An introduction. https://carpentries-incubator.github.io/hpc-intro/")
    assert rules == ["hyphen-join"]


def test_a_colon_inside_a_doi_is_no_scheme() -> None:
    # jose-pdfminer, jose.00198: the SICI form of a DOI breaks after its colon.
    text, _ = joined(
        "Ecology, 84(6), 1412–1414. https://doi.org/10.1890/0012-9658(2003)084%5B1412:\nTETTWU%5D2.0.CO;2\n"
    )
    assert text.endswith("https://doi.org/10.1890/0012-9658(2003)084%5B1412:TETTWU%5D2.0.CO;2")


def test_an_abbreviation_after_a_url_that_ends_a_sentence_stays_apart() -> None:
    text, rules = joined("The code is on GitHub at https://example.org/lesson.\ne.g. the notebooks of the course\n")
    assert "lesson. e.g. the" in text and rules == []


def test_a_page_range_broken_after_its_dash_joins() -> None:
    # latex-twocol-poppler, jose.00184: ``1480–`` / ``1512.``, ``L107–`` / ``L111.``.
    text, rules = joined("Notices of the Royal Astronomical Society, 376(4), 1480–\n1512. https://doi.org/10.1111/x\n")
    assert "376(4), 1480–1512. https://doi.org" in text and "range-join" in rules
    text, _ = joined("Systematic dynamical properties, Sa -> Sc. 225, L107–\nL111. https://doi.org/10.1086/182804\n")
    assert "225, L107–L111. https://doi.org" in text


def test_the_last_word_of_a_url_alone_on_its_line() -> None:
    # latex-twocol-poppler, jose.00302: after a dot in the path, and cut inside a word.
    text, _ = joined(
        REFS + "Govan, P. (2023a). ReliaPlotR: Interactive reliability analysis plots. "
        "https://doi.org/10.32614/CRAN.package.\nReliaPlotR\n"
        "Govan, P. (2024). ReliaGrowR: Reliability growth analysis. https://doi.org/10.32614/CRAN.package.Reli\n"
        "aGrowR\n"
    )
    assert "https://doi.org/10.32614/CRAN.package.ReliaPlotR | Govan" in text
    assert text.endswith("https://doi.org/10.32614/CRAN.package.ReliaGrowR")


def test_a_line_whose_url_spaces_closed_is_kept_as_joined() -> None:
    # Found by the property test: the unit's lines are its lines as joined, so each is found
    # in the unit's text at its offset ("the /" went on the URL as "the/").
    result = clean(to_lines("See https://doi.org/10.1088/\n the /\nand more.\n"))
    for u in result.units:
        for off, line in zip(u.offsets, u.lines, strict=True):
            assert u.text[off:].startswith(line), (off, line, u.text)


def test_a_line_opening_on_punctuation_closes_the_word_before_it() -> None:
    # pdftotext -raw breaks a line where kerning moves a stop back under its letter
    # (relayout probe, jose.00198): the stop, the comma, the bracket join without a space.
    text, rules = joined("through grant 1929730 to S.K.M. Ernest and E.P\n. White, the Gordon and Betty Moore\n")
    assert text == "through grant 1929730 to S.K.M. Ernest and E.P. White, the Gordon and Betty Moore"
    assert rules == ["punctuation-join"]
    # A file's extension and an ellipsis open a line after a space.
    text, rules = joined("and the relevant\n.css file is loaded\n")
    assert text == "and the relevant .css file is loaded" and rules == []
    text, rules = joined("ela olhou pra mim\n... PEGUEI ela pra mim\n")
    assert "mim ... PEGUEI" in text and rules == []


def test_a_references_pages_after_its_volume_join_as_the_paper_writes_them() -> None:
    # Vancouver: volume, issue and pages without spaces; broken after the colon, the pages
    # go on the same entry, tight, since the paper writes them so elsewhere.
    raw = (
        "References\n\n"
        "1. Smith AB, Jones CD. A title of a paper long enough to fill its line. Rev Saude Publica. 2007;61(5):\n"
        "395-400.\n"
        "2. Lee E. Another title of a paper that wraps at the line's end. J Med. 2014;48(2):225-31.\n"
    )
    text, rules = joined(raw)
    assert "2007;61(5):395-400. | 2. Lee E." in text and "number-join" in rules
    # A number in prose keeps its space ('I 2000–2003:' / '0.196199', rsp-59-e1).
    raw = "Moran's I in the periods 2000–2003:\n0.196199 and 2004–2007: 0.200011, with 2014;48(2):225-31 cited.\n"
    text, rules = joined(raw)
    assert "2000–2003: 0.196199" in text and "number-join" not in rules
