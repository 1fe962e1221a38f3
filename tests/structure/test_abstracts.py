"""A paper's abstracts in two languages (``Metadata.abstracts``), on the opening of a real
Brazilian article (cadsc-31-e31030043, CC BY: "Resumo" then "Abstract")."""

from __future__ import annotations

from make import doc

from galley.model import Abstract, Metadata, meta_from_dict, meta_to_dict

RESUMO = (
    "Objetivo: Identificar as respostas positivas de mulheres sobre um diagnóstico de diabetes recebido na "
    "gestação e relacioná-lo a características sociodemográficas e do pré-natal."
)
ABSTRACT = (
    "Objective: To identify the positive responses of women about a diagnosis of diabetes received during "
    "pregnancy and to relate it to sociodemographic and prenatal characteristics."
)


def two_abstracts() -> Metadata:
    d = doc(
        "Resumo",
        RESUMO,
        "Palavras-chave: Microbalança de Cristal de Quartzo; Gravimetria",
        "Abstract",
        ABSTRACT,
        "INTRODUÇÃO",
        "O diabetes mellitus gestacional é comum.",
        heading_units=frozenset({0, 2, 4}),
    )
    return d.meta


def test_both_abstracts_are_kept_each_with_its_language() -> None:
    m = two_abstracts()
    assert m.abstracts == [Abstract(RESUMO, "pt", "Resumo"), Abstract(ABSTRACT, "en", "Abstract")]
    assert m.abstract == RESUMO  # the one-abstract formats print the paper's own


def test_the_sidecar_abstract_replaces_the_first_and_keeps_the_translation() -> None:
    m = Metadata(abstract="Resumo revisto pela revista.", language="pt").merged_over(two_abstracts())
    assert m.abstract == "Resumo revisto pela revista."
    assert [a.lang for a in m.abstracts] == ["pt", "en"]
    assert m.abstracts[1].text == ABSTRACT


def test_a_version_1_record_reads_and_version_2_round_trips() -> None:
    assert meta_from_dict({"title": "T", "abstract": "A"}).abstracts == []
    m = two_abstracts()
    assert meta_from_dict(meta_to_dict(m)) == m


def test_the_keyword_line_of_the_translation_is_its_keywords_not_body_text() -> None:
    # rbef-43-e20210153: "Keywords: ..." after the English abstract, read as a heading.
    d = doc(
        "Resumo",
        RESUMO,
        "Palavras-chave: Microbalança de Cristal de Quartzo; Gravimetria",
        "Abstract",
        ABSTRACT,
        "Keywords: Quartz Crystal Microbalance; Gravimetry; Teaching Tools",
        "1. Introdução",
        "As técnicas de ensino têm focado mais seus esforços na prática do uso do conhecimento.",
        heading_units=frozenset({0, 3, 5, 6}),
    )
    assert d.meta.keywords == ["Microbalança de Cristal de Quartzo", "Gravimetria"]
    assert d.meta.abstracts[1].keywords == ["Quartz Crystal Microbalance", "Gravimetry", "Teaching Tools"]
    assert not any("Keywords" in b.text for b in d.blocks)
    assert [r.text for r in d.removed if r.text.startswith("Keywords")]  # reported, never lost
