"""Affiliations and keywords are in the corpus truth but not scored by the eval: scored here,
over papers whose title blocks differ (markers glued or on their own lines, one or many
affiliations, "These authors contributed equally", keywords wrapping). Skipped without the
shared corpus."""

from __future__ import annotations

import difflib
import json

import pytest

from conftest import CORPUS, corpus_text
from galley.pipeline import analyse

PAPERS = [
    "jose.00090",
    "jose.00143",
    "jose.00180",
    "jose.00193",
    "jose.00198",
    "jose.00252",
    "jose.00267",
    "jose.00307",
]
VARIANTS = ["jose-poppler", "jose-pdfminer", "jose-pypdf", "wp-justified-poppler", "wp-double-pdfminer"]


def _norm(s: str) -> str:
    return " ".join(s.casefold().replace("’", "'").strip(" .").split())


def f1(truth: list[str], got: list[str]) -> float:
    """Items matched one to one when their text is 90 % alike."""
    left, hit = [_norm(x) for x in got], 0
    for t in map(_norm, truth):
        best = max(left, key=lambda o: difflib.SequenceMatcher(None, t, o).ratio(), default=None)
        if best is not None and difflib.SequenceMatcher(None, t, best).ratio() >= 0.9:
            left.remove(best)
            hit += 1
    return 2 * hit / (len(truth) + len(got)) if truth or got else 1.0


@pytest.mark.parametrize("variant", VARIANTS)
def test_affiliations_and_keywords(variant: str) -> None:
    aff, kw = [], []
    for paper in PAPERS:
        path = corpus_text(paper, variant)
        truth = json.loads((CORPUS / paper / "truth.json").read_text(encoding="utf-8"))
        meta = analyse(path).meta
        aff.append(f1(truth["affiliations"], meta.affiliations))
        if any(line.startswith("Keywords") for line in path.read_text(encoding="utf-8").splitlines()):
            kw.append(f1(truth["keywords"], meta.keywords))
    assert sum(aff) / len(aff) >= 0.9, aff
    assert all(k == 1.0 for k in kw), kw


def test_no_heading_ends_on_a_preposition() -> None:
    """jose.00303 (our two-column render, pdftotext): ``Grading Workflow WITHOUT`` /
    ``NemoGB``, a heading broken off after a preposition, was published as a heading and a
    subheading ``NemoGB`` under it. A heading ends on no preposition: the two lines stay
    together, as their sibling ``Grading Workflow WITH`` / ``NemoGB`` does."""
    headings = [h.text for h in analyse(corpus_text("jose.00303", "latex-twocol-poppler")).headings()]
    assert "Grading Workflow WITHOUT" not in headings
    assert "NemoGB" not in headings
