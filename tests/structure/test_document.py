"""Whole documents: the seed, a conference-style paper, and what structure builds coming
back unchanged from pandoc's JSON form (the contract with publish)."""

from __future__ import annotations

import json
from pathlib import Path

from make import doc
from test_front import SIDEBAR, SUMMARY

from galley.pipeline import analyse
from galley.publish import pandoc, pandoc_json

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_93fab0643722ce6d.txt"


def test_seed_structure() -> None:
    d = analyse(SEED)
    heads = d.headings()
    assert [h.text for h in heads] == ["Abstract", "Introduction"] and heads[0].level == heads[1].level
    kinds = [b.kind for b in d.blocks]
    assert kinds == ["heading", "paragraph", "heading", "paragraph", "paragraph", "paragraph"]
    assert d.meta.authors == []
    assert d.meta.title == "Pakistan and Russia in a Changing Global Environment"  # the sidecar's working title


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
    assert [r.url for r in intro.runs() if r.kind == "link"] == ["#ref-1"]


def test_detected_document_round_trips_through_the_pandoc_ast() -> None:
    """What structure builds (metadata with affiliations and dates, note and link runs,
    numbered references) comes back from pandoc's JSON form unchanged."""
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
