"""Line-end hyphen rules, one test per rule, with words from the kinds of text galley reads.

Asserted through the repair record (``hyphen-join`` / ``hyphen-keep`` and their evidence) and
the cleaned units, never through internals alone.
"""

from __future__ import annotations

import pytest

from galley.clean import clean, compounds, hyphens
from galley.inputs.read import to_lines
from galley.params import PARAMS

NO_EVIDENCE = hyphens.DocumentLexicon("")
# Forty different lines (identical ones would be running heads).
FILLER = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon "
    "phi chi psi omega red orange yellow green blue indigo violet black white grey brown pink cyan magenta gold silver"
).split()
# ... of wrapped prose, as pdftotext hands it on: each line goes on in lower case.
WRAPPED_FILLER = "".join(f"the word {w} is one of those this plain prose uses to fill the page, and\n" for w in FILLER)


def text_of(raw: str) -> str:
    return " ".join(u.text for u in clean(to_lines(raw)).units)


@pytest.mark.parametrize(
    ("left", "right", "join"),
    [
        ("multi-", "lateralism", True),  # the seed: 'lateralism' is no word alone
        ("geo-", "economic", False),  # the seed: 'geoeconomic' is unknown, both halves words
        ("inter-", "regional", False),  # the seed: 'interregional' is rare beside its halves
        ("Pakistan-", "Russia", False),  # capital after the hyphen
        ("COVID-", "19", False),  # a digit after the hyphen
        ("computation-", "ally.", True),  # a suffix is no word of a compound
        ("asynchro-", "nous", True),  # 'asynchro' is no word
        ("work-", "shop", True),  # 'workshop' is a common word
        ("high-", "level", False),  # 'highlevel' is rare: a compound
        ("CALIBRA-", "TION", True),  # all capitals: decided as a word
        ("(UFABC-", "CCNH).", False),  # a half without a vowel: two acronyms (jbchs-32-10-1956)
        ("BEZ-", "ERRA,", True),  # a surname in capitals broken where it fell (bn-22-e20211306)
        ("Data-", "Driven", False),  # title case compound
        # a rare word (zipf 1.4) before a common one, joined unknown: a compound (jose.00240)
        ("geostatistical-", "based", False),
        ("subjeti-", "vidade", True),  # a word broken before no word (ean-26-e20210088)
    ],
)
def test_decide_without_document_evidence(left: str, right: str, join: bool) -> None:
    assert hyphens.decide(left, right, NO_EVIDENCE).join is join


def test_a_capitalised_rare_half_before_a_common_word_still_joins() -> None:
    """cadsc-31-e31030043's reference (Portuguese): ``Alla F, Harte-`` / ``mann A``.
    'Harte' is rare in Portuguese (zipf 1.5), 'mann' common (3.2) and 'Hartemann' unknown,
    as with ``geostatistical-`` / ``based``; but a capital starts a name, which a typesetter
    breaks anywhere."""
    assert hyphens.decide("Harte-", "mann", NO_EVIDENCE, "pt").join
    assert not hyphens.decide("geostatistical-", "based", NO_EVIDENCE, "en").join


def test_document_evidence_comes_first() -> None:
    # 'multidimensional' is common in the lexicon, but this paper writes 'multi-dimensional'.
    lex = hyphens.DocumentLexicon("We fit a multi-dimensional model to multi-dimensional data.")
    d = hyphens.decide("multi-", "dimensional", lex)
    assert not d.join
    assert d.why == "kept hyphen: 'multidimensional' occurs 0x and 'multi-dimensional' 2x in the document"
    lex = hyphens.DocumentLexicon("Hosted on GitHub, like most GitHub projects.")
    assert hyphens.decide("Git-", "Hub.", lex).join


def test_suspended_hyphen_keeps_its_space() -> None:
    out = text_of("They plan for the mid-\nand long-term future of the region.\n")
    assert "mid- and long-term" in out


def test_url_with_its_own_hyphens_keeps_the_hyphen() -> None:
    d = hyphens.decide("https://github.com/earth-env-", "data-science/book", NO_EVIDENCE)
    assert not d.join and "URL" in d.why


def test_a_word_of_a_url_the_typesetter_hyphenated() -> None:
    """WeasyPrint hyphenates a URL's words (Esc. Anna Nery, pdfminer): ``.../10.1371/jour-``
    / ``nal.pone.0181689`` joins, the whole a word and its halves no common words."""
    assert hyphens.decide("http://dx.doi.org/10.1371/jour-", "nal.pone.0181689.", NO_EVIDENCE, "pt").join
    assert hyphens.decide("https://www.auck-", "land.ac.nz", NO_EVIDENCE).join
    # Hoehnea: a rest that is no word after a head that is no common one.
    assert hyphens.decide("www.biodversityli-", "brary.org/page/5190", NO_EVIDENCE, "pt").join


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("https://scikit-", "learn.org/stable/"),
        ("https://carpentries-", "incubator.github.io/lesson/"),
        ("https://mne-", "tools.github.io/stable/"),
        ("https://github.com/jupyter/jupyter-", "notebook"),
        # Two common words, or no word joined: a compound's hyphen, kept.
        ("https://www.e-", "publicacoes.uerj.br/index.php/"),
        ("https://www.e-", "mail.org"),
        ("https://open-", "source.org"),
        ("https://on-", "line.org"),
    ],
)
def test_a_name_before_a_word_in_a_url_keeps_its_hyphen(left: str, right: str) -> None:
    """LaTeX breaks a URL at its own hyphen: it stays (a real hyphen dropped breaks the
    link; a kept one the typesetter added is a blemish)."""
    assert not hyphens.decide(left, right, NO_EVIDENCE).join


def test_word_that_already_holds_a_hyphen() -> None:
    assert not hyphens.decide("cross-browser-", "compatible", NO_EVIDENCE).join
    # ... unless its last part is plainly one word broken in two.
    assert hyphens.decide("high-per-", "formance", NO_EVIDENCE).join


def test_soft_hyphen_is_a_hyphenation_point() -> None:
    assert hyphens.decide("infor\u00ad", "mation", NO_EVIDENCE).join


def test_join_and_keep_are_recorded_with_evidence() -> None:
    raw = (
        "Both countries believe in strong multi-\n"
        "lateralism as the way to go in foreign relations and a geo-\n"
        "economic outlook; the geo-economic outlook matters.\n"
    )
    result = clean(to_lines(raw))
    text = result.units[0].text
    assert "multilateralism" in text and "geo-economic outlook and" not in text
    assert text.count("geo-economic") == 2
    by_rule = {r.rule: r for r in result.repairs if r.rule.startswith("hyphen-")}
    assert by_rule["hyphen-join"].before == "multi- lateralism"
    assert by_rule["hyphen-join"].after == "multilateralism"
    keep = by_rule["hyphen-keep"]
    assert (keep.line, keep.end_line) == (2, 3)
    assert keep.why == "kept hyphen: 'geoeconomic' occurs 0x and 'geo-economic' 1x in the document"


def test_dropped_real_hyphens_are_rare_when_unsure() -> None:
    # Compounds whose halves are both words and whose joined form is rare keep the hyphen.
    for left, right in [("species-", "distribution"), ("self-", "paced"), ("ground-", "based"), ("near-", "term")]:
        assert not hyphens.decide(left, right, NO_EVIDENCE).join, left + right


def test_compounds_joined_by_the_extractor_are_restored_from_document_evidence() -> None:
    # pdftotext's default mode joins every line-end hyphen, 'open-source' too.
    filler = WRAPPED_FILLER
    raw = filler + "The lesson is open-source and free.\nThe course uses an opensource meshing toolset.\n"
    result = clean(to_lines(raw))
    text = " ".join(u.text for u in result.units)
    assert "uses an open-source meshing" in text and "opensource" not in text
    (rep,) = [r for r in result.repairs if r.rule == "hyphen-restore"]
    assert (rep.line, rep.before, rep.after) == (42, "opensource", "open-source")
    assert rep.why.startswith("restored hyphen: 'open-source' occurs 1x in the document")


def test_a_urls_path_gets_back_the_hyphen_the_paper_writes_more_often() -> None:
    # jose.00307 and jose.00193 as pdftotext read them (CC BY 4.0).
    raw = WRAPPED_FILLER + (
        "See https://carpentries-lab.github.io/deep-learning-intro/ (carpentries-lab) and the\n"
        "review: https://github.com/carpentrieslab/reviews/issues/25 on GitHub.\n"
        "Book: https://github.com/earth-env-data-science/earth-envdata-science-book in it.\n"
        "Repository: https://github.com/euroargodev/argoonlineschool and\n"
        "https://www.euro-argo.eu/argoonline-school from Sigma-Aldrich (https://www.sigmaaldrich.com/).\n"
    )
    result = clean(to_lines(raw))
    text = " ".join(u.text for u in result.units)
    assert "https://github.com/carpentries-lab/reviews/issues/25" in text
    assert "https://github.com/earth-env-data-science/earth-env-data-science-book" in text
    # Once each way, the paper gives no evidence; a host keeps its spelling.
    assert "euroargodev/argoonlineschool" in text and "https://www.sigmaaldrich.com/" in text
    assert [r.after for r in result.repairs if r.rule == "hyphen-restore"] == ["env-data", "carpentries-lab"]


def test_no_restoration_where_the_extractor_kept_line_end_hyphens() -> None:
    filler = WRAPPED_FILLER
    raw = filler + "The lesson is open-source and a geo-\neconomic one; the opensource meshing.\n"
    result = clean(to_lines(raw))
    assert not [r for r in result.repairs if r.rule == "hyphen-restore"]
    assert "the opensource meshing" in " ".join(u.text for u in result.units)


@pytest.mark.parametrize(
    ("joined", "form"),
    [("highlevel", "high-level"), ("groundbased", "ground-based"), ("selfguided", "self-guided"), ("workshop", None)],
)
def test_conventional_compounds_from_the_lexicon(joined: str, form: str | None) -> None:
    # Only used where the extractor joined every line-end hyphen (pdftotext's default mode).
    assert compounds.compound(joined, "en", PARAMS.clean) == form


def test_lexicon_restores_high_level_in_prejoined_text() -> None:
    filler = WRAPPED_FILLER
    result = clean(to_lines(filler + "It teaches highlevel programming for scientific computing.\n"))
    assert "teaches high-level programming" in " ".join(u.text for u in result.units)


def test_a_hyphen_left_at_a_block_end_still_means_prejoined() -> None:
    # pdftotext joins the hyphens inside a text block and leaves one where a block ends, at a
    # column's foot (jose.00184: "The University of Colorado Den-" and a blank line): the
    # text is still one whose extractor joined its compounds.
    raw = (
        WRAPPED_FILLER
        + "galactic rotation. The University of Colorado Den-\n\nver offers it.\n"
        + "It teaches domainspecific programming for scientific computing.\n"
    )
    assert "teaches domain-specific programming" in text_of(raw)


def test_a_hyphen_at_a_page_end_still_means_prejoined() -> None:
    # jose.00180 (pdftotext, two columns): "... analysis. Bioinfor-" ends page 1; the
    # running head and page number after it go as furniture, and no blank line is left
    # before page 2's "matics, 32(2), ...". A page's end ends a block all the same.
    raw = (
        WRAPPED_FILLER
        + "a graph theory library for visualisation and analysis. Bioinfor-\n\fmatics, 32(2), 309-311.\n"
        + "It teaches domainspecific programming for scientific computing.\n"
    )
    assert "teaches domain-specific programming" in text_of(raw)


def test_a_hyphen_inside_a_block_means_the_extractor_kept_them() -> None:
    # A line-end hyphen the next line goes on from (pdfminer, pypdf, OCR): the extractor
    # kept hyphens, so a joined spelling is the author's.
    raw = (
        WRAPPED_FILLER
        + "galactic rotation. The University of Colorado Den-\nver offers it.\n"
        + "It teaches domainspecific programming for scientific computing.\n"
    )
    assert "teaches domainspecific programming" in text_of(raw)


def test_patterns_are_the_last_tie_breaker() -> None:
    # 'non-gridded': 'gridded' is rare alone and 'nongridded' unknown; no rule before the
    # patterns decides, and a hyphen is kept when the evidence runs out.
    d = hyphens.decide("non-", "gridded", NO_EVIDENCE)
    assert not d.join
    assert d.why.startswith("kept hyphen")


def test_text_that_was_never_wrapped_is_not_taken_for_prejoined() -> None:
    # One paragraph per line (a word processor's paste, or galley's own output) never had a
    # line end to hyphenate: no line-end hyphen in it says nothing about the extractor, and
    # 'opensource' stays as the author wrote it (fixed with the rule loops: it was restored).
    lines = [f"Paragraph {w} of the pasted text is one long line that says what it says." for w in FILLER]
    raw = "\n".join([*lines, "The lesson is open-source and free.", "The course uses an opensource toolset."]) + "\n"
    result = clean(to_lines(raw))
    assert not [r for r in result.repairs if r.rule == "hyphen-restore"]
    assert "uses an opensource toolset" in " ".join(u.text for u in result.units)


# -- names and rare terms the typesetter broke (hyphens.unknown_right_half) ---------------------

# Reference lists of real papers (jose.00184, jose.00239, latex-twocol-pdfminer): surnames
# broken by TeX, their rest no word in any language and nowhere else in the paper.
NAMES = (
    "Newville, M., Otten, R., Nelson, A., Ingargiola, A., Sten-\n"
    "sitzki, T., Allan, D., Fox, A., Carter, F., Michał, Osborn,\n"
    "Kashinath, K., Mustafa, M., Albert, A., Wu, J., Jiang, C., Es-\n"
    "maeilzadeh, S., Azizzadenesheli, K., Wang, R., Chattopad-\n"
)


@pytest.mark.parametrize(("left", "right"), [("Sten-", "sitzki,"), ("Es-", "maeilzadeh,")])
def test_a_surname_broken_by_the_typesetter_is_joined(left: str, right: str) -> None:
    d = hyphens.decide(left, right, hyphens.DocumentLexicon(NAMES.splitlines()))
    assert d.join
    assert "occurs nowhere else" in d.why


def test_a_surname_broken_in_a_reference_list_reads_whole() -> None:
    text = text_of(WRAPPED_FILLER + "\n" + NAMES)
    assert "Stensitzki, T." in text
    assert "Esmaeilzadeh, S." in text


def test_a_rest_used_elsewhere_in_the_paper_is_a_word_of_it() -> None:
    # 'gridded' is rare in English (zipf 1.98) but this paper uses it on its own: 'non-gridded'
    # is a compound, not 'nongridded' broken in two.
    lex = hyphens.DocumentLexicon(["the gridded data and the non-", "gridded stations"])
    assert not hyphens.decide("non-", "gridded", lex).join


def test_a_compound_of_a_word_and_an_unknown_word_keeps_its_hyphen() -> None:
    # bak-p59099 (scielo-wp-pdfminer): 'semântico' is a word, 'objetal' unknown to the
    # lexicon and used once: a compound's hyphen, as the author wrote it.
    lines = [
        "feminicídio   constituemse   sob   uma   orientação   semântico-",
        "objetal defensivo-vitimista-acusativa refratada pelo cronotopo.",
    ]
    d = hyphens.decide("semântico-", "objetal", hyphens.DocumentLexicon(lines), "pt")
    assert not d.join


# -- a word of the paper's other language (hyphens.other_language) ------------------------------


def test_a_word_of_the_papers_other_language_is_joined() -> None:
    # brag-81-e2022 (scielo-latex-pypdf): a Portuguese reference title in an English paper,
    # 'Correlação en-' / 'tre a produtividade': 'entre' is common in Portuguese, rare in English.
    lex = hyphens.DocumentLexicon(["Correlação en-", "tre a produtividade e os resultados de análise foliar"])
    assert not hyphens.decide("en-", "tre", lex, "en").join  # English alone: no evidence
    d = hyphens.decide("en-", "tre", lex, "en", langs=("pt",))
    assert d.join
    assert "another language" in d.why


def test_a_compound_stays_a_compound_in_a_paper_of_two_languages() -> None:
    # 'geo-economic' (the seed) and 'bem-estar' are no common word in the other language either.
    assert not hyphens.decide("geo-", "economic", NO_EVIDENCE, "en", langs=("pt",)).join
    assert not hyphens.decide("bem-", "estar", NO_EVIDENCE, "pt", langs=("en",)).join


# -- a capitalised name broken in two words (hyphens.lone_name) ---------------------------------


def test_a_name_broken_into_two_words_is_joined() -> None:
    # jose.00261 (latex-twocol-pdfminer): 'Fried' and 'mann' are words, but the paper uses
    # neither elsewhere and the lexicon knows 'Friedmann'.
    lex = hyphens.DocumentLexicon(["mological calculations, such as solving the Fried-", "mann equations, which are"])
    d = hyphens.decide("Fried-", "mann", lex)
    assert d.join
    assert "a name" in d.why


def test_a_compound_at_a_sentence_start_keeps_its_hyphen() -> None:
    # The paper uses 'decision' elsewhere: 'Decision-making' is its compound.
    lex = hyphens.DocumentLexicon(["a decision was made.", "Decision-", "making is hard."])
    assert not hyphens.decide("Decision-", "making", lex).join
    # 'Markdownformatted' is no spelling the lexicon knows: a compound.
    lex = hyphens.DocumentLexicon(["written as Markdown-", "formatted text"])
    assert not hyphens.decide("Markdown-", "formatted", lex).join


# -- a surname broken in an author list (hyphens.author_name) -----------------------------------

# Author lists of real reference entries, their surnames broken by the typesetter where both
# halves are common words (jose.00180, jose.00193 latex-twocol-pdfminer; jbchs-32-10-1956).
AUTHORS = (
    "Winter, A., Haux, R., Ammenwerth, E., Brigel, B., Hell-\n"
    "rung, N., & Jahn, F. (2011). Health information systems.\n"
    "nier, M., Frederic, J., Kelley, K., Hamrick, J., Grout, J., Cor-\n"
    "lay, S., Ivanov, P., Avila, D., Abdalla, S., & Willing, C. (2016).\n"
)


@pytest.mark.parametrize(
    ("left", "right", "after"),
    [
        ("Hell-", "rung,", " N., & Jahn, F. (2011)."),  # APA: 'Hell' and 'rung' are words
        ("Cor-", "lay,", " S., Ivanov, P., Avila, D."),
        ("Bron-", "dani,", " P. B.; Scharf, D. R."),  # jbchs-32-10-1956, initials and semicolons
        ("Pare-", "des,", " Á. (2020). Learning"),  # jose.00196: an accented initial
        ("Sal-", "diva", " PHN. Queima de biomassa"),  # Vancouver: initials without stops
        ("Bes-Ras-", "trollo", " M. Primary prevention"),  # a double surname's second part
    ],
)
def test_a_surname_before_its_initials_is_joined(left: str, right: str, after: str) -> None:
    d = hyphens.decide(left, right, hyphens.DocumentLexicon(AUTHORS.splitlines()), after=after)
    assert d.join
    assert "initials follow" in d.why


@pytest.mark.parametrize(
    ("before", "left", "right", "after"),
    [
        ("Brigel, B., ", "Hell-", "rung,", " N., and Jahn, F."),  # the list's 'and' after the initials
        ("Economo, M. N., Bas, E., ", "Win-", "nubst,", " J., Menon, V."),
        ("López-del Burgo C, ", "Bes-Ras-", "trollo", " M. Primary prevention"),
        ("Mira, J., & ", "Pare-", "des,", " Á. (2020)."),
    ],
)
def test_a_surname_in_a_list_before_its_initials_is_joined(before: str, left: str, right: str, after: str) -> None:
    assert hyphens.decide(left, right, NO_EVIDENCE, after=after, before=before).join


@pytest.mark.parametrize(
    ("before", "left", "right", "after"),
    [
        # no list before it: a sentence's compound before a species or an acronym
        ("in intensive care units. ", "Methicillin-", "resistant", " S. aureus and K. pneumoniae"),
        ("among ", "Spanish-", "speaking", " U.S. Latinos, the rates"),
        # a word in lower case after the 'initials': a species, a phrase
        ("", "Gram-", "negative,", " E. coli and"),
        ("", "Spanish-", "speaking,", " U.S. adults"),
        # capitals, no name: an acronym's compound
        ("", "HIV-", "negative,", " MSM. The"),
    ],
)
def test_a_compound_before_what_looks_like_initials_keeps_its_hyphen(
    before: str, left: str, right: str, after: str
) -> None:
    assert "initials follow" not in hyphens.decide(left, right, NO_EVIDENCE, after=after, before=before).why


@pytest.mark.parametrize(
    ("left", "right", "after"),
    [
        ("Hell-", "rung,", " and others"),  # no initials after it: the lexicon decides
        ("Python-", "based", " tools. A"),  # a sentence goes on: no author list
        ("López-", "del", " Burgo C, Bes"),  # a particle: what follows is no initial
        ("Ragan-", "Kelley,", " B., Pérez"),  # a surname's own hyphen before a capital
        ("FELTRAN-", "BARBIERI,", " R. Um"),  # a double surname in capitals (ABNT)
        ("data-", "driven,", " I. think"),  # a lower-case word is no surname
    ],
)
def test_without_a_surname_before_initials_the_other_rules_decide(left: str, right: str, after: str) -> None:
    lex = hyphens.DocumentLexicon(AUTHORS.splitlines())
    assert "initials follow" not in hyphens.decide(left, right, lex, after=after).why


def test_surnames_broken_in_a_reference_list_read_whole() -> None:
    text = text_of(WRAPPED_FILLER + "\n" + AUTHORS)
    assert "Hellrung, N." in text
    assert "Corlay, S." in text


@pytest.mark.parametrize(
    ("left", "right", "lang"),
    [
        ("es-", "pecíficos", "en"),  # bn-22-e20211306: a Portuguese reference in an English paper
        ("mi-", "croeletrônico", "pt"),  # rbef-43-e20210153
        ("un-", "dergradaute/graduate", "en"),  # jose.00206's own misspelling, still one word
        ("win-", "nicottiana", "pt"),  # ean-26-e20210088: two consonants, no vowels kept apart
    ],
)
def test_a_short_syllable_before_a_rest_no_language_knows_is_joined(left: str, right: str, lang: str) -> None:
    d = hyphens.decide(left, right, NO_EVIDENCE, lang)
    assert d.join
    assert "no word" in d.why


@pytest.mark.parametrize(
    ("left", "right", "lang"),
    [
        ("pós-", "pandêmicos,", "pt"),  # a prefix Portuguese writes with a hyphen
        ("pré-", "eclâmpticas", "pt"),
        ("ex-", "etilistas", "pt"),
        ("não-", "estacionariedade", "pt"),  # accented: no syllable of a broken word
        ("cis-", "diamminedichloroplatinum", "en"),  # a chemical descriptor
        ("re-", "epithelialized", "en"),  # the hyphen keeps two vowels apart
    ],
)
def test_a_prefix_before_a_rest_no_language_knows_keeps_its_hyphen(left: str, right: str, lang: str) -> None:
    assert "occurs nowhere else" not in hyphens.decide(left, right, NO_EVIDENCE, lang).why


def test_a_short_word_before_a_rare_word_keeps_its_hyphen() -> None:
    # 'gridded' is rare (zipf 1.98) but a word: 'non-gridded' is a compound.
    assert not hyphens.decide("non-", "gridded", NO_EVIDENCE, "en").join
