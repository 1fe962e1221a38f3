"""Golden cases: real extracted text in, the reviewed units and removed lines out.

``GALLEY_REGEN=1`` rewrites the ``.expected`` files (then review ``git diff``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from galley.clean import clean
from galley.inputs.read import to_lines

CASES = Path(__file__).resolve().parents[1] / "cases" / "clean"


def render(raw: str) -> str:
    result = clean(to_lines(raw))
    out = [f"{u.kind} {u.first_line}-{u.last_line} | {u.text}" for u in result.units]
    out += [f"removed {r.line} | {r.rule} | {r.text}" for r in result.removed]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("case", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_case(case: Path) -> None:
    got = render(case.read_text(encoding="utf-8"))
    expected = case.with_suffix(".expected")
    if os.environ.get("GALLEY_REGEN") == "1":
        expected.write_text(got, encoding="utf-8")
    assert expected.is_file(), f"no {expected.name}: run with GALLEY_REGEN=1 and review it"
    assert got == expected.read_text(encoding="utf-8")
