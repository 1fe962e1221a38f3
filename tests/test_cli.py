"""The CLI as CI uses it: help and exit codes, light imports on a no-op, init, check, the workflow."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from galley.cli import main

ROOT = Path(__file__).resolve().parents[1]
HEAVY = (
    "weasyprint",
    "jinja2",
    "ftfy",
    "wordfreq",
    "galley.pipeline",
    "galley.clean",
    "galley.structure",
    "galley.publish.html",
    "galley.publish.epub",
    "galley.publish.pdf",
    "galley.publish.pandoc",
)

PROBE = """
import sys
from galley.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in {heavy!r} if m in sys.modules)
print("CODE", code, "HEAVY", ",".join(heavy) or "-")
"""


def probe(*args: str, cwd: Path) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    last = proc.stdout.strip().splitlines()[-1].split()
    return int(last[1]), last[3]


def test_help_lists_commands_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("build", "check", "site", "init", "explain", "exit codes: 0 ok, 1", "3 warnings under --strict"):
        assert word in out
    assert main([]) == 2
    capsys.readouterr()
    assert main(["build", "--jobs", "many"]) == 2


def test_help_and_a_warm_no_op_build_import_nothing_heavy(tmp_path: Path) -> None:
    """`galley --help` and an unchanged batch answer without importing the pipeline or WeasyPrint."""
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "a.txt").write_text("A title\n\nSome text that ends here.\n", encoding="utf-8")
    assert probe("--help", cwd=tmp_path) == (0, "-")
    assert probe("build", "papers", "-o", "out", "--format", "html", cwd=tmp_path)[0] == 0
    warm = probe("build", "papers", "-o", "out", "--format", "html", cwd=tmp_path)
    if json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["summary"]["built"]:
        # galley's own source changed between the two runs (a shared working tree): once more.
        warm = probe("build", "papers", "-o", "out", "--format", "html", cwd=tmp_path)
    assert warm == (0, "-")


def test_init_scaffolds_a_repository_that_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "journal"
    assert main(["init", str(repo)]) == 0
    for name in ("galley.toml", "papers/example.txt", "papers/example.toml", ".github/workflows/publish.yml"):
        assert (repo / name).is_file(), name
    flow = yaml.safe_load((repo / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    assert set(flow["jobs"]) == {"check", "build", "site", "deploy"}
    assert main(["init", str(repo)]) == 2, "init must never overwrite"
    monkeypatch.chdir(repo)
    assert main(["build", "--format", "html", "--progress", "plain"]) == 0
    assert (repo / "dist" / "example.html").is_file() and (repo / "dist" / "index.html").is_file()


def test_repository_workflow_installs_caches_builds_uploads_and_deploys() -> None:
    flow = yaml.safe_load((ROOT / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    steps = flow["jobs"]["build"]["steps"]
    text = "\n".join(str(s.get("run", "")) + str(s.get("uses", "")) for s in steps)
    for needle in (
        "pip install",
        "actions/cache",
        "galley check",
        "galley build",
        "galley site",
        "upload-artifact",
        "upload-pages-artifact",
    ):
        assert needle in text, needle
    assert flow["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages")
    docs = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    gitlab = docs.split("```yaml", 1)[1].split("```", 1)[0]
    assert "pages" in yaml.safe_load(gitlab)


def test_check_writes_nothing_and_strict_fails_on_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in" / "paper.txt"
    src.parent.mkdir()
    src.write_text("Introduction\n\nSome text that ends here, with no title and no authors.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert main(["check", str(src), "--format", "pdf"]) == 0
    out = capsys.readouterr()
    assert "no authors found" in out.err and "pdf" in out.out
    assert main(["check", str(src), "--format", "pdf", "--strict"]) == 3
    src.with_suffix(".toml").write_text('title = "T"\n[[authors]]\nname = "A. Author"\n', encoding="utf-8")
    assert main(["check", str(src), "--format", "pdf", "--strict", "--report", str(tmp_path / "r" / "check.json")]) == 0
    checked = json.loads((tmp_path / "r" / "check.json").read_text(encoding="utf-8"))
    assert checked["papers"][0]["validators"]["pdf"] == {"ok": True, "messages": []}
    assert checked["papers"][0]["outputs"] == {}
    import jsonschema

    from galley.ci.report import SCHEMA

    jsonschema.validate(checked, json.loads(SCHEMA.read_text(encoding="utf-8")))
    shutil.rmtree(tmp_path / "r")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00" * 10)
    assert main(["check", str(tmp_path / "in" / "bad.txt")]) == 1
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert after == sorted(before + [Path("in/bad.txt"), Path("in/paper.toml")]), "check wrote files"


def test_nothing_to_build_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 2
    assert "galley init" in capsys.readouterr().err
