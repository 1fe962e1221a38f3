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


# bjb-83 (two columns, pypdf): a numbered heading that runs most of a narrow column's line.
NARROW = """\
The hyperhydric shoots along with callus were also shifted
to MS medium supplemented with combination of cyto-
kinin and gibberellin (BA+GA3 (3.0+2.0 and 3.5+2.0 mg/l)
and 2iP+GA3 (1.0+2.0 and 1.5+2.0 mg/l) (Table 3).
2.2. Culture vessels and medium solidification
In order to determine the effect of culture vessels mag-
nitude and agar concentration on induction of hyperhy-
dricity in the shoots two types of culture vessels were
used in the experiment of this study with three agar
"""


def test_a_numbered_heading_may_run_most_of_a_narrow_line() -> None:
    assert headings(NARROW) == ["2.2. Culture vessels and medium solidification"]


def test_a_line_of_prose_opening_with_a_figure_is_no_heading() -> None:
    # The same place, but the sentence goes on in lower case on the next line.
    raw = NARROW.replace(
        "2.2. Culture vessels and medium solidification\nIn order",
        "2.5 mg of each sample was dissolved in distilled\nwater in order",
    )
    assert headings(raw) == []
