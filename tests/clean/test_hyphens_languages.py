"""Line-end hyphens in the paper's language: Portuguese and Spanish words joined and kept,
names and DOIs kept, on lines copied from the SciELO dev articles (CC BY, see the corpus
README). Asserted through the cleaned text and the repair record, as ``galley explain``
shows them."""

from __future__ import annotations

from excerpts import DANTAS, IBGE, TUBERCULOSE

from galley.clean import clean, compounds, hyphens
from galley.clean.lexicon import DocumentLexicon
from galley.inputs.read import to_lines
from galley.model import CleanResult
from galley.params import PARAMS


def cleaned(raw: str, lang: str) -> CleanResult:
    return clean(to_lines(raw), lang=lang)


def text(raw: str, lang: str) -> str:
    return " ".join(u.text for u in cleaned(raw, lang).units)


# bak-p59099, scielo-latex-pypdf
SUBSECAO = (
    "Seguimos à análise, a responder em cada sub-\n"
    "seção, às questões que norteiam a compreen-\n"
    "são das instâncias extralinguísticas e linguísticas\n"
)
# rsp-48-2-0225, scielo-latex-pypdf
POS_SAFRA = "diminuiu de 44,0% na pré-safra para 42,0% na pós-\nsafra. Houve predominância da fase de resistência do\n"
# trans-45-1-139, scielo-wp-pdfminer
MERAMENTE = "no se trata de una actitud mera-\nmente teórica, sino de una forma de vida que se\n"


def test_portuguese_words_broken_at_the_line_end_are_joined() -> None:
    out = text(SUBSECAO, "pt")
    assert "cada subseção, às questões" in out
    assert "compreensão das instâncias" in out


def test_portuguese_compound_with_a_hyphened_prefix_keeps_its_hyphen() -> None:
    result = cleaned(POS_SAFRA, "pt")
    assert "na pós-safra. Houve" in " ".join(u.text for u in result.units)
    keep = [r for r in result.repairs if r.rule == "hyphen-keep"]
    assert keep and "prefix written with a hyphen" in keep[0].why


def test_the_same_split_is_decided_by_the_language_each_way() -> None:
    # English frequencies do not know 'meramente': the hyphen would stay. ('subseção' joins
    # in both: 'seção' is no word English knows at all, after a syllable.)
    none = DocumentLexicon("")
    assert hyphens.decide("sub-", "seção,", none, "pt").join
    assert hyphens.decide("mera-", "mente", none, "es").join
    assert not hyphens.decide("mera-", "mente", none, "en").join
    assert not hyphens.decide("pós-", "safra.", none, "pt").join


def test_spanish_adverb_is_joined() -> None:
    assert "actitud meramente teórica" in text(MERAMENTE, "es")


def test_a_paper_in_a_language_without_frequencies_keeps_unsure_hyphens() -> None:
    # Basque (no wordfreq list): with no frequencies every word would look unknown and every
    # hyphen would be joined; the word rules stay silent and the hyphen stays.
    out = text("ikerketa honen helburua lurralde-\nantolamendua aztertzea da eta ondorioak\n", "eu")
    assert "lurralde-antolamendua" in out


def test_a_capital_after_the_hyphen_keeps_a_compound_of_names() -> None:
    raw = "the exchange term of the Kohn-\nSham equations and the Hartree-\nFock limit are compared\n"
    out = text(raw, "en")
    assert "Kohn-Sham equations" in out and "Hartree-Fock limit" in out


def test_a_doi_broken_at_its_hyphen_is_not_dehyphenated() -> None:
    raw = "Methods in Ecology and Evolution. https://doi.org/10.1111/j.2041-\n210X.2010.00012.x and the rest\n"
    out = text(raw, "en")
    assert "j.2041-" in out and "j.2041210X" not in out
    none = DocumentLexicon("")
    assert not hyphens.decide("https://doi.org/10.1590/bmjopen-", "2015-009836", none, "en").join
    assert not hyphens.decide("https://github.com/earth-env-", "data-science", none, "pt").join


def test_a_portuguese_abstract_in_an_english_paper_is_judged_in_portuguese() -> None:
    # bn-22-e20211306: the paper is English; its second abstract is Portuguese, and its own
    # words say so ('incluindo' is unknown to English).
    raw = (
        "Neste estudo, analisamos os dados do Inventário Florestal Nacional, inclu-\n"
        "indo as espécies lenhosas que foram registradas nos conglomerados do Cerrado\n"
    )
    assert "incluindo as espécies" in text(raw, "en")


def test_a_bound_prefix_is_not_made_a_compound() -> None:
    # paz-62-e202262026 (poppler joins every line-end hyphen): 'interspecific' became
    # 'inter-specific' because 'specific' heads compounds ('domain-specific').
    assert compounds.compound("interspecific", "en", PARAMS.clean) is None
    assert compounds.compound("domainspecific", "en", PARAMS.clean) == "domain-specific"


def test_a_common_word_of_the_language_is_not_restored_from_an_authors_syllables() -> None:
    # ean-26-e20210088: a child's speech typed in syllables ("vin-te qua-tro ho-ras") made every
    # 'quatro' of the paper 'qua-tro' while the paper was judged in English.
    lex = DocumentLexicon(["ele fica vin-te qua-tro ho-ras", "com quatro irmãos", "sessão com quatro"])
    assert "quatro" not in compounds.restorations(lex, frozenset(), "pt", True, PARAMS.clean)
    assert "quatro" in compounds.restorations(lex, frozenset(), "en", True, PARAMS.clean)


def test_galley_explain_judges_the_paper_in_the_language_the_build_does(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from galley.clean.explain import clean_path

    src = tmp_path / "artigo.txt"
    src.write_text(SUBSECAO, encoding="utf-8")
    result, _ = clean_path(src)
    assert "cada subseção, às questões" in " ".join(u.text for u in result.units)
    join = [r for r in result.repairs if "sub-" in r.before]
    assert join[0].rule == "hyphen-join" and "writes solid" in join[0].why


def test_a_hyphen_repeated_at_the_next_lines_start_is_one_hyphen() -> None:
    """Portuguese typesetting repeats a compound's hyphen on the next line (a stress test's
    paper from Portugal): ``encontra-`` / ``-se,`` is ``encontra-se,``, not ``encontra- -se``."""
    raw = "A memória da guerra colonial ainda se encontra-\n-se, segundo os antigos combatentes, por escrever.\n"
    assert "ainda se encontra-se, segundo" in text(raw, "pt")


def test_the_last_part_of_a_compound_broken_in_two_is_joined() -> None:
    """``Nordrhein-Westfa-`` / ``len``: the compound's own hyphen stays, the word broken at
    the line end is whole again (``len`` is rarer alone than ``Westfalen``);
    ``cross-browser-`` / ``compatible`` keeps both."""
    lex = DocumentLexicon("")
    assert hyphens.decide("Nordrhein-Westfa-", "len", lex, "de").join
    assert not hyphens.decide("cross-browser-", "compatible", lex, "en").join
    assert not hyphens.decide("INRIA/scikit-", "learn", lex, "en").join


def test_a_suspended_hyphens_conjunction_is_the_blocks_language() -> None:
    # English 'to' after a line-end hyphen in Portuguese is a syllable: 'apartamen-' / 'to'.
    assert hyphens.decide("apartamen-", "to", DocumentLexicon(["o apartamen-", "to"]), "pt").join
    assert not hyphens.decide("mid-", "to", DocumentLexicon(["mid-", "to long-term"]), "en").join
    assert not hyphens.decide("pré-", "e", DocumentLexicon(["pré-", "e pós-operatório"]), "pt").join
    # A language the vocabulary has no conjunctions for reads any language's.
    assert not hyphens.decide("pre-", "e", DocumentLexicon(["pre-", "e post-operatoria"]), "it").join


def test_blocks_in_another_language_make_it_the_papers_everywhere() -> None:
    """Two blocks of the English paper that are Portuguese by their own words (entries 11
    and 23) say the paper holds Portuguese: a Portuguese word broken in an entry too short
    to tell (``Tuber-``/``culose``, unknown to English) is judged in Portuguese too."""
    out = text(TUBERCULOSE + IBGE + DANTAS, "en")
    assert "HIV/Aids, Tuberculose, Hepatites" in out and "Sexualmente Transmissíveis." in out
    assert "Características gerais" in out
    # Without them, nothing in the paper says Portuguese: unsure, the hyphens stay.
    assert "Tuber-culose" in text(TUBERCULOSE, "en")


def test_a_compound_of_two_words_of_the_blocks_language_is_its_own() -> None:
    """A Spanish reference (ress-33-e20231216's, es by its own words) makes Spanish one of
    the English paper's languages; ``vice-`` / ``versa`` and ``to-`` / ``do`` (``viceversa``,
    ``todo``: common Spanish) are English compounds of two English words, and stay so."""
    spanish = (
        "\n9. Ministerio de Salud de la Nación. Lineamientos técnicos para la vacu-\n"
        "nación de los adolescentes en el marco de la campaña nacional de vacunación.\n"
    )
    english = "The survey asked whether parents kept a to-\ndo list of vaccines, and vice-\nversa for the clinics.\n"
    out = text(english + spanish, "en")
    assert "vacunación de los" in out
    assert "to-do list" in out and "vice-versa for" in out
