"""Golden cases: real extracted text in, the reviewed units and removed lines out.

``GALLEY_REGEN=1`` rewrites the ``.expected`` files (then review ``git diff``). Every case
also holds the invariants of every clean (``clean_invariants``): no word lost or
invented, and cleaning the output again changes nothing a reader sees."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from clean_invariants import second_run_changes, words_accounted_for

from galley.clean import clean
from galley.inputs.read import to_lines

CASES = Path(__file__).resolve().parents[1] / "cases" / "clean"


def render(raw: str) -> str:
    result = clean(to_lines(raw))
    out = [f"{u.kind} {u.first_line}-{u.last_line} | {u.text}" for u in result.units]
    out += [f"removed {r.line} | {r.rule} | {r.text}" for r in result.removed]
    # The evidence of every repair but the block breaks (the units show those).
    out += [
        f"repair {r.line}-{r.end_line} | {r.rule} | {r.before} -> {r.after}"
        for r in result.repairs
        if r.rule != "block-break"
    ]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("case", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_case(case: Path) -> None:
    got = render(case.read_text(encoding="utf-8"))
    expected = case.with_suffix(".expected")
    if os.environ.get("GALLEY_REGEN") == "1":
        expected.write_text(got, encoding="utf-8")
    assert expected.is_file(), f"no {expected.name}: run with GALLEY_REGEN=1 and review it"
    assert got == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_case_loses_no_word_and_is_stable(case: Path) -> None:
    raw = case.read_text(encoding="utf-8")
    result = clean(to_lines(raw))
    assert not words_accounted_for(raw, result)
    assert second_run_changes(result) == []
