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


def test_an_abstract_whose_label_runs_into_its_first_line_is_the_papers_abstract() -> None:
    """A Springer paper: ``Abstract. We study ...`` on one line, the keywords under it."""
    from galley.clean import clean
    from galley.inputs.read import to_lines
    from galley.params import PARAMS
    from galley.structure import build_document

    raw = (
        "A Study of Gradient Noise in Small Neural Networks\n\n"
        "Anna Berg and Tom Keller\n"
        "Department of Computer Science, University of Oslo, Norway\n\n"
        "Abstract. We study the role of gradient noise in the training of small neural networks.\n"
        "Using a series of controlled experiments on image classification benchmarks, we show that\n"
        "the noise scale predicts generalisation better than the learning rate alone.\n\n"
        "Keywords: gradient noise · batch size · generalisation\n\n"
        "1 Introduction\n\n"
        "Stochastic gradient descent remains the workhorse of deep learning, and its noise matters.\n"
    )
    d = build_document(clean(to_lines(raw)), Metadata(), PARAMS)
    assert d.meta.abstract.startswith("We study the role of gradient noise")
    assert d.meta.abstract.endswith("better than the learning rate alone.")
    assert d.meta.keywords == ["gradient noise", "batch size", "generalisation"]
    assert [h.text for h in d.headings()] == ["Abstract", "1 Introduction"]


def test_an_abstract_ends_at_its_keyword_line() -> None:
    """An APA manuscript: the introduction follows the abstract's keyword line under no
    heading of its own (the title repeated over it), up to ``Method``."""
    abstract = "Insufficient sleep is common among adolescents, yet its day-to-day consequences are unclear."
    d = doc(
        "Sleep Deprivation Impairs Self-Control in Adolescents",
        "Emily R. Carter and Jonathan Hughes",
        "Abstract",
        abstract,
        "Keywords: sleep, self-control, adolescence",
        "Adolescence is marked by a shift toward later bedtimes while school start times remain early.",
        "Method",
        "Participants were 212 adolescents recruited through four public schools in the state.",
        heading_units=frozenset({2, 6}),
    )
    assert d.meta.abstract == abstract
    assert [a.text for a in d.meta.abstracts] == [abstract]
    assert d.meta.keywords == ["sleep", "self-control", "adolescence"]
