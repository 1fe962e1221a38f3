"""A deleted paper is not published again: a batch removes the outputs whose source is gone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from galley.cli import main

TEXT = "A paper\n\nIntroduction\n\nThe measurements were repeated on three sites and agreed.\n"


@pytest.fixture()
def papers(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name in ("keep", "gone"):
        (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    return folder


def build(papers: Path, out: Path, *extra: str) -> int:
    return main(["build", str(papers), "-o", str(out), "--format", "html,epub", "--progress", "plain", *extra])


def test_removed_paper_outputs_are_pruned_and_reported(
    papers: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dist"
    assert build(papers, out) == 0
    (out / "notes-by-the-editor.txt").write_text("not galley's", encoding="utf-8")
    assert {"gone.html", "gone.epub", "gone.report.json"} <= {p.name for p in out.iterdir()}
    (papers / "gone.txt").unlink()
    capsys.readouterr()
    assert build(papers, out) == 0
    names = {p.name for p in out.iterdir()}
    assert not {"gone.html", "gone.epub", "gone.report.json"} & names
    assert {"keep.html", "keep.epub", "notes-by-the-editor.txt", "index.html"} <= names
    assert not (out / ".galley-cache" / "gone.json").exists()
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    [pruned] = report["pruned"]
    assert pruned["stem"] == "gone" and sorted(pruned["files"]) == ["gone.epub", "gone.html", "gone.report.json"]
    assert 'href="gone.html"' not in (out / "index.html").read_text(encoding="utf-8")
    log = capsys.readouterr()
    assert "removed" in log.err and "gone.html" in log.err and "--keep" in log.err
    assert "removed the outputs of 1 paper(s) whose source is gone" in log.out


def test_keep_opts_out(papers: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    assert build(papers, out) == 0
    (papers / "gone.txt").unlink()
    assert build(papers, out, "--keep") == 0
    assert (out / "gone.html").is_file()
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["pruned"] == []


def test_a_shard_prunes_no_paper_of_another_shard(papers: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    for i in (1, 2):
        assert build(papers, out, "--shard", f"{i}/2") == 0
    assert (out / "keep.html").is_file() and (out / "gone.html").is_file()


def test_a_direct_build_prunes_nothing(papers: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    assert build(papers, out) == 0
    assert main(["build", str(papers / "keep.txt"), "-o", str(out), "--format", "html"]) == 0
    assert (out / "gone.html").is_file()
