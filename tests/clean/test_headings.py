"""Headings found by the cleaner, on lines copied from real extractions."""

from __future__ import annotations

from clean_invariants import second_run_changes, words_accounted_for
from excerpts import WRAPPED

from galley.clean import clean
from galley.inputs.read import to_lines
from galley.params import PARAMS, CleanParams, Params


def headings(raw: str, p: CleanParams | None = None) -> list[str]:
    params = Params(clean=p) if p else PARAMS
    result = clean(to_lines(raw), lang="pt", params=params)
    assert not words_accounted_for(raw, result)
    assert second_run_changes(result) == []
    return [u.text for u in result.units if u.kind == "heading"]


def test_numbered_headings_wrapped_onto_two_lines_are_one_heading_each() -> None:
    assert headings(WRAPPED) == [
        "3 Análise dialógica dos discursos de réus do crime de feminicídio do Tribunal do Júri",
        "3.1 Do grande cronotopo ao cronotopo do Tribunal do Júri",
    ]


def test_a_numbered_list_item_that_ends_its_sentence_is_no_wrapped_heading() -> None:
    raw = WRAPPED.replace("crime de feminicídio do Tribunal do Júri", "crime de feminicídio do Tribunal do Júri.")
    assert "3 Análise dialógica" not in " ".join(headings(raw))
