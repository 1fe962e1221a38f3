"""Telling a paper's language from its words (``galley.language``), on real paragraphs of
the SciELO dev articles (Portuguese, Spanish, English), cut short as a reader would meet
them: a heading's paragraph, an abstract, a caption."""

from __future__ import annotations

from dataclasses import replace

import pytest

from galley import language
from galley.params import PARAMS

# rsp-48-2-0225, rsp-48-2-0322, bn-22-e20211306 (CC BY / CC BY-NC, see the corpus README).
PT = (
    "Os trabalhadores urbanos, moradores da cidade, foram selecionados de acordo com os mesmos critérios "
    "estabelecidos para os cortadores de cana, desde que não trabalhassem nessa lavoura."
)
ES = (
    "Se brindó tratamiento antibiótico a todos los casos confirmados y se realizó búsqueda activa de casos "
    "así como educación acerca de EGA en los afectados y manipuladores, como medidas de control."
)
EN = (
    "The Brazilian National Forest Inventory is a broad initiative that employs standardized methods to "
    "inventory forest resources, and its plots are distributed over the whole country."
)


@pytest.mark.parametrize(("text", "lang"), [(PT, "pt"), (ES, "es"), (EN, "en")])
def test_a_short_real_paragraph_tells_its_language(text: str, lang: str) -> None:
    assert language.detect(text) == lang


@pytest.mark.parametrize(("text", "lang"), [(PT, "pt"), (ES, "es"), (EN, "en")])
def test_twelve_words_are_enough(text: str, lang: str) -> None:
    assert language.detect(" ".join(text.split()[:12])) == lang


def test_a_text_too_short_to_tell_says_nothing() -> None:
    assert language.detect("Tabela 2") == ""
    assert language.detect("") == ""


# Two reference entries of JOSE papers as pdfminer read a two-column render (CC BY 4.0), and
# a Vancouver entry of rsp-59-e1 (scielo-latex-pypdf), whose ``et al.`` voted it French.
REFS = [
    "27. Erman A, Sahakyan Y, Everett K, Greenaway C, Janjua N, Kwong JC et al. Hepatitis C "
    "Attributable Healthcare Costs and Mortality among Immigrants: A Population- Based Matched Cohort Study. "
    "Can J Gastroenterol Hep- atol. 2024;1.",
    "Carleo, G., Cirac, I., Cranmer, K., Daudet, L., Schuld, M., Tishby, N., Vogt-Maranto, L., & "
    "Zdeborová, L. (2019). Ma- chine learning and the physical sciences. Reviews of Mod- ern Physics, 91(4).",
    "Gentemann, C. L., Holdgraf, C., Abernathey, R., Crich- ton, D., Colliander, J., Kearns, E. J., Panda, Y., "
    "& Signell, R. P. (2021). Science Storms the Cloud. AGU Advances, 2(2), e2020AV000354.",
]


@pytest.mark.parametrize("text", REFS)
def test_names_initials_are_no_function_words(text: str) -> None:
    """``I.``, ``L.``, ``Y.`` are initials, not Italian ``i``, French ``l`` or Spanish ``y``:
    they voted these English entries Italian and French (and the hyphens in them were
    judged with that language's word list)."""
    assert language.detect(text) in ("en", "")
    assert language.words_of("Panda, Y., e A. Silva. Y eu") == ["panda", "e", "silva", "y", "eu"]
    assert language.words_of("Kwong JC et al. et les autres") == ["kwong", "jc", "et", "les", "autres"]


def test_a_language_without_a_table_is_not_guessed() -> None:
    # Indonesian (no table in vocab.FUNCTION_WORDS): its few look-alike words ("di", "a")
    # must not make it Italian or Portuguese.
    text = "Penelitian ini bertujuan untuk menganalisis pengaruh pendidikan terhadap kinerja pegawai di kota Bandung"
    assert language.detect(text) == ""


def test_the_sidecar_wins_over_the_words() -> None:
    assert language.paper_language([PT], "en-GB") == "en-GB"
    assert language.paper_language([PT, ES, PT]) == "pt"


def test_a_paper_is_told_from_its_first_lines_only() -> None:
    lines = [PT] * 3 + [EN] * 1000
    assert language.paper_language(lines, p=replace(PARAMS.language, sample_words=60)) == "pt"
    assert language.paper_language(lines) == "en"


# -- boundaries of LanguageParams: one per field --------------------------------------------


def test_min_votes_boundary() -> None:
    # "os trabalhadores da cidade": 'os' is Portuguese alone (1 vote), 'da' Portuguese and Italian.
    text = "os trabalhadores da cidade"
    v = language.votes(language.words_of(text))
    assert language.detect(text, replace(PARAMS.language, min_votes=v["pt"], min_share=0)) == "pt"
    assert language.detect(text, replace(PARAMS.language, min_votes=v["pt"] + 0.01, min_share=0)) == ""


def test_min_lead_boundary() -> None:
    v = language.votes(language.words_of(ES))
    lead = v["es"] / sorted(v.values())[-2]
    assert language.detect(ES, replace(PARAMS.language, min_lead=lead)) == "es"
    assert language.detect(ES, replace(PARAMS.language, min_lead=lead + 0.01)) == ""


def test_min_share_boundary() -> None:
    words = language.words_of(PT)
    share = language.votes(words)["pt"] / len(words)
    assert language.detect(PT, replace(PARAMS.language, min_share=share)) == "pt"
    assert language.detect(PT, replace(PARAMS.language, min_share=share + 0.01)) == ""


def test_sample_words_boundary() -> None:
    lines = ["Os dados da cidade de", "The data of the survey and the city"]
    five = replace(PARAMS.language, sample_words=5, min_votes=1)
    assert language.paper_language(lines, p=five) == "pt"
    assert language.paper_language(lines, p=replace(five, sample_words=12)) == "en"


def test_swedish_is_told_and_takes_no_vote_from_english_or_dutch() -> None:
    # A Swedish abstract (invented); English and Dutch words Swedish spells alike ("men",
    # "till", "kan", "den") are no votes for it.
    sv = (
        "Artikeln undersöker hur matleveransbud i Stockholm och Göteborg upplever och hanterar den "
        "algoritmiska styrningen av sitt arbete, och vi visar att plattformarnas tidsregimer skapar "
        "en ständig osäkerhet om arbetstid och inkomst."
    )
    assert language.detect(sv) == "sv"
    assert language.detect(EN + " Men and women till the land, as they can.") == "en"
