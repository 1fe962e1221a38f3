"""Golden cases: real cleaned units in (cut from corpus papers), the reviewed Document out.

Inputs are units, not raw text, so these cases test the structure stage alone and do not
move when the cleaner changes. ``GALLEY_REGEN=1`` rewrites the ``.expected.json`` files
(then review ``git diff``: every change is a change in what a reader gets)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from galley.model import CleanResult, Metadata, Removed, Unit
from galley.structure import build_document

CASES = Path(__file__).resolve().parents[1] / "cases" / "structure"


def render(case: Path) -> dict[str, Any]:
    data = json.loads(case.read_text(encoding="utf-8"))
    units = [Unit(**u) for u in data["units"]]
    removed = [Removed(**r) for r in data["removed"]]
    doc = build_document(CleanResult(units, removed=removed), Metadata())
    blocks = []
    for b in doc.blocks:
        row: dict[str, Any] = {"kind": b.kind, "text": b.text}
        if b.level:
            row["level"] = b.level
        if b.number:
            row["number"] = b.number
        if b.ident and b.kind == "reference":
            row["ident"] = b.ident
        if b.inlines is not None:
            row["inlines"] = [
                {
                    "kind": r.kind,
                    "text": r.text,
                    **({"url": r.url} if r.url else {}),
                    **({"note": [n.text for n in r.note]} if r.note else {}),
                }
                for r in b.inlines
                if r.kind != "text"
            ]
        blocks.append(row)
    return {"meta": asdict(doc.meta), "blocks": blocks}


@pytest.mark.parametrize("case", sorted(CASES.glob("*.units.json")), ids=lambda p: p.name.split(".")[0])
def test_case(case: Path) -> None:
    got = render(case)
    expected = case.with_name(case.name.replace(".units.json", ".expected.json"))
    if os.environ.get("GALLEY_REGEN") == "1":
        expected.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert expected.is_file(), f"no {expected.name}: run with GALLEY_REGEN=1 and review it"
    assert got == json.loads(expected.read_text(encoding="utf-8"))
