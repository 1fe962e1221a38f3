"""No word is lost, on every variant of every paper of both dev corpora (issue 18).

``diagnostics.lost_words`` compares the input's words with the Document's as a multiset:
each occurrence must be kept (in the blocks, notes, metadata or the removed-furniture list),
a line-end join (``multi-`` + ``lateralism``) and a footnote or affiliation mark glued to a
word are accounted for exactly. Skipped when the shared corpora are absent.

The (paper, variant) pairs below lose words today through known clean/structure defects:
they are strict xfails, so each flips to a failure (to be removed from the list) when fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS
from galley.diagnostics import lost_words
from galley.inputs.read import read_path
from galley.pipeline import analyse

SCIELO = CORPUS.parent / "corpus-scielo"

# (corpus folder name, paper, variant) -> the words lost, as found on this tree.
KNOWN_LOSSES = {
    ("corpus-scielo", "edur-39-e38419", "scielo-wp-pdfminer"): ["2"],
    ("corpus-scielo", "edur-39-e38419", "scielo-wp-poppler"): ["3"],
    ("corpus-scielo", "rac-26-e190379", "scielo-latex-pypdf"): ["https", "doiorg1010079789400765108"],
    ("corpus-scielo", "trans-45-1-139", "scielo-wp-pdfminer"): ["7"],
    ("corpus-scielo", "trans-45-1-139", "scielo-wp-poppler"): ["6"],
}


def _variants() -> list[object]:
    params: list[object] = []
    for corpus in (CORPUS, SCIELO):
        for text in sorted(corpus.glob("*/*.txt")):
            key = (corpus.name, text.parent.name, text.stem)
            marks = []
            if key in KNOWN_LOSSES:
                marks.append(pytest.mark.xfail(strict=True, reason=f"loses {KNOWN_LOSSES[key]} (clean/structure)"))
            params.append(pytest.param(text, id=f"{text.parent.name}/{text.stem}", marks=marks))
    return params or [pytest.param(None, marks=pytest.mark.skip(reason=f"shared corpora not found at {CORPUS}"))]


@pytest.mark.parametrize("text", _variants())
def test_no_word_is_lost(text: Path) -> None:
    doc = analyse(text)
    assert lost_words(read_path(text).text, doc) == []


def test_the_check_notices_a_lost_common_word() -> None:
    """A lost "in" or "data" counts though the same word is kept elsewhere; joins and glued
    marks do not count as lost, and a join is only ever across a line end."""
    from galley.model import Block, Document, Metadata

    raw = "Data in the multi-\nlateralism study.\nThe website2 has data in it.\n"
    kept = ["Data in the multilateralism study.", "The website has data in it."]
    doc = Document(Metadata(), [Block("paragraph", t) for t in kept])
    assert lost_words(raw, doc) == []
    doc = Document(Metadata(), [Block("paragraph", "Data in the multilateralism study."),
                                Block("paragraph", "The website has data it.")])
    assert lost_words(raw, doc) == ["in"]
    doc = Document(Metadata(), [Block("paragraph", "Data the multilateralism study. The website has data in it.")])
    assert lost_words(raw, doc) == ["in"]
    # "estrutura do" is not "estruturado": only words at a line end may have been joined.
    raw = "a estrutura do estudo\n"
    assert lost_words(raw, Document(Metadata(), [Block("paragraph", "a estruturado estudo")])) == ["estrutura", "do"]
