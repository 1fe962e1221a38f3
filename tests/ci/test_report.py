"""The run report validates against the JSON Schema that ships inside the galley package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from galley.ci.report import SCHEMA
from galley.cli import main

jsonschema = pytest.importorskip("jsonschema")


def test_schema_ships_in_the_package_and_is_valid() -> None:
    import galley

    assert SCHEMA.is_file() and Path(galley.__file__).parent in SCHEMA.parents
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_report_of_a_batch_validates_and_says_what_happened(tmp_path: Path) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    # Page furniture and a line-end hyphen, so the report has removed lines and repairs to show.
    pages = []
    for n, site in enumerate(("northern", "coastal", "mountain"), 1):
        pages.append(
            "Journal of Examples 12 (2024)\n\n"
            f"The experiment was repeated at the {site} site {n * 7} times with the same instru-\n"
            f"ments and the same protocol, and the {n * 3} results agreed with the earlier\n"
            f"measurements made in the {site} field during season {n}.\n\n{n}\n"
        )
    (papers / "good.txt").write_text("\f".join(pages), encoding="utf-8")
    (papers / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "dist"
    assert main(["build", str(papers), "-o", str(out), "--format", "html", "--progress", "plain"]) == 1
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    by_stem = {p["stem"]: p for p in data["papers"]}
    good, bad = by_stem["good"], by_stem["bad"]
    assert good["status"] == "built" and good["outputs"]["html"] == "good.html"
    assert {"read", "clean", "structure", "pandoc_html"} <= set(good["timings"])
    assert good["repairs"], "the hyphen join is a repair the report must show"
    assert good["removed"], "the running head and page numbers are furniture the report must show"
    assert bad["status"] == "failed" and "bad.txt" in bad["error"]
    assert data["summary"] == {
        "papers": 2,
        "built": 1,
        "cached": 0,
        "failed": 1,
        "warnings": sum(1 for p in data["papers"] for d in p["diagnostics"] if d["severity"] != "notice"),
        "notices": sum(1 for p in data["papers"] for d in p["diagnostics"] if d["severity"] == "notice"),
    }
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "good" in page and "failed" in page and "<script" not in page


def test_one_named_file_writes_only_its_own_files(tmp_path: Path) -> None:
    """The corpus scorer calls `galley build FILE -o OUT --format html` per file: no site, no cache."""
    src = tmp_path / "paper.txt"
    src.write_text("A title\n\nSome text that ends here.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--format", "html"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["paper.html", "paper.report.json"]
