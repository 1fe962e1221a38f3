"""Golden cases: real cleaned units in (cut from corpus papers), the reviewed Document out.

Inputs are units, not raw text, so these cases test the structure stage alone and do not
move when the cleaner changes. ``GALLEY_REGEN=1`` rewrites the ``.expected.json`` files
(then review ``git diff``: every change is a change in what a reader gets). Each case is
also held to the stage's invariants: no word lost, the same result twice, the units given
left as they were, and a Document that comes back whole from its pandoc JSON."""

from __future__ import annotations

import copy
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from make import lost

from galley.model import CleanResult, Document, Metadata, Removed, Unit
from galley.publish import pandoc, pandoc_json
from galley.structure import build_document

CASES = Path(__file__).resolve().parents[1] / "cases" / "structure"
NAMES = sorted(CASES.glob("*.units.json"))


def load(case: Path) -> tuple[list[Unit], list[Removed]]:
    data = json.loads(case.read_text(encoding="utf-8"))
    return [Unit(**u) for u in data["units"]], [Removed(**r) for r in data["removed"]]


def build(case: Path) -> Document:
    units, removed = load(case)
    return build_document(CleanResult(units, removed=removed), Metadata())


def render(d: Document) -> dict[str, Any]:
    blocks = []
    for b in d.blocks:
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
    return {"meta": asdict(d.meta), "blocks": blocks}


@pytest.mark.parametrize("case", NAMES, ids=lambda p: p.name.split(".")[0])
def test_case(case: Path) -> None:
    got = render(build(case))
    expected = case.with_name(case.name.replace(".units.json", ".expected.json"))
    if os.environ.get("GALLEY_REGEN") == "1":
        expected.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert expected.is_file(), f"no {expected.name}: run with GALLEY_REGEN=1 and review it"
    assert got == json.loads(expected.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", NAMES, ids=lambda p: p.name.split(".")[0])
def test_no_word_is_lost(case: Path) -> None:
    """Every word of the units is in a block, a note, the metadata or a removed-line record
    (as often as it came: a word counts by its letters, list markers and note numbers off)."""
    units, _ = load(case)
    assert lost(units, build(case)) == []


@pytest.mark.parametrize("case", NAMES, ids=lambda p: p.name.split(".")[0])
def test_a_second_run_gives_the_same_document_and_changes_no_unit(case: Path) -> None:
    units, removed = load(case)
    before = copy.deepcopy(units)
    first = build_document(CleanResult(units, removed=removed), Metadata())
    assert units == before
    second = build_document(CleanResult(units, removed=removed), Metadata())
    assert render(first) == render(second) and first.removed == second.removed


@pytest.fixture(scope="module")
def api_version() -> list[int]:
    return pandoc.api_version()


@pytest.mark.parametrize("case", NAMES, ids=lambda p: p.name.split(".")[0])
def test_the_document_comes_back_from_its_pandoc_json(case: Path, api_version: list[int]) -> None:
    d = build(case)
    back = pandoc_json.ast_to_document(json.loads(json.dumps(pandoc_json.document_to_ast(d, api_version))))
    assert back.meta == d.meta
    assert render(back)["blocks"] == render(d)["blocks"]
