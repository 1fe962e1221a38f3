"""Everyday command-line conventions (as pandoc, quarto and mkdocs have them): standard input
and output, -q/-v, the config found in parent folders, case-insensitive formats, a summary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from galley.cli import main

ROOT = Path(__file__).resolve().parents[1]
TEXT = "A title\n\nIntroduction\n\nThe ﬁrst estimates were stable across specifications and <script>sites</script>.\n"


def galley(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run(
        [sys.executable, "-m", "galley", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_standard_input_to_standard_output(tmp_path: Path) -> None:
    proc = galley("build", "-", "-o", "-", cwd=tmp_path, stdin=TEXT.encode())
    assert proc.returncode == 0, proc.stderr
    page = proc.stdout.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "first estimates were stable" in page
    assert "&lt;script&gt;sites&lt;/script&gt;" in page, "text from standard input is data too"
    assert list(tmp_path.iterdir()) == [], "nothing written to the working folder"
    # A file to standard output, and standard input to a folder.
    (tmp_path / "p.txt").write_text(TEXT, encoding="utf-8")
    assert galley("build", "p.txt", "-o", "-", cwd=tmp_path).stdout.startswith(b"<!DOCTYPE html>")
    proc = galley("build", "-", "-o", "out", "--format", "html", cwd=tmp_path, stdin=TEXT.encode())
    assert proc.returncode == 0 and (tmp_path / "out" / "stdin.html").is_file()


def test_standard_output_takes_one_paper_as_html_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    proc = galley("build", ".", "-o", "-", cwd=tmp_path)
    assert proc.returncode == 2 and b"one paper's HTML" in proc.stderr
    proc = galley("build", "a.txt", "-o", "-", "--format", "pdf", cwd=tmp_path)
    assert proc.returncode == 2 and b"writes HTML only" in proc.stderr


def test_config_is_found_in_a_parent_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "galley.toml").write_text(
        'inputs = ["papers/*.txt"]\nout = "public"\nformats = ["html"]\n', encoding="utf-8"
    )
    (tmp_path / ".git").mkdir()  # the top of the repository: the search stops here
    monkeypatch.chdir(tmp_path / "papers")
    assert main(["build", "--progress", "plain"]) == 0
    assert (tmp_path / "public" / "a.html").is_file(), "inputs and out are relative to the config, not the cwd"
    # It does not look above the repository.
    inner = tmp_path / "papers" / "repo"
    (inner / ".git").mkdir(parents=True)
    monkeypatch.chdir(inner)
    assert main(["build"]) == 2


def test_format_is_case_insensitive_and_an_unknown_one_lists_the_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--format", "HTML,Jats"]) == 0
    assert (tmp_path / "out" / "a.html").is_file() and (tmp_path / "out" / "a.jats.xml").is_file()
    assert main(["build", str(tmp_path / "a.txt"), "--format", "docx"]) == 2
    assert "choose from html, epub, pdf, jats" in capsys.readouterr().err
    assert main(["build", "--help"]) == 0
    assert "html, epub, pdf, jats" in " ".join(capsys.readouterr().out.split())


def test_quiet_verbose_and_the_summary_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    for name in ("a", "b"):
        (papers / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    args = ["build", str(papers), "-o", str(tmp_path / "out"), "--format", "html", "--progress", "plain"]
    assert main(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("galley: 2 papers: 2 built, 0 unchanged, 0 failed; 0 warnings, 2 notices (")
    assert main([*args, "-q", "--force"]) == 0
    said = capsys.readouterr()
    assert said.out == "" and said.err == "", "quiet: nothing but errors and warnings"
    assert main([*args, "-v", "--force"]) == 0
    assert "[W-LIGATURES]" in capsys.readouterr().err, "verbose: the notices too"
