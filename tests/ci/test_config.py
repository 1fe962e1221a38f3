"""Project config: galley.toml or [tool.galley]; unknown keys name the key and the file; flags win."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from galley.cli import main

TEXT = "A title\n\nIntroduction\n\nThe estimates were stable across specifications and sites.\n"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "texts" / "two.txt").write_text(TEXT.replace("A title", "Another"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_galley_toml_sets_inputs_out_and_formats(project: Path) -> None:
    (project / "galley.toml").write_text(
        'inputs = ["texts/*.txt"]\nout = "public"\nformats = ["html"]\nsite_title = "Vol. 7"\njobs = 1\n',
        encoding="utf-8",
    )
    assert main(["build", "--progress", "plain"]) == 0
    names = sorted(p.name for p in (project / "public").glob("*.html"))
    assert names == ["index.html", "one.html", "report.html", "two.html"]
    assert not list((project / "public").glob("*.pdf"))
    assert "Vol. 7" in (project / "public" / "index.html").read_text(encoding="utf-8")
    # A flag overrides the config.
    assert main(["build", "--format", "epub", "-o", "elsewhere", "--progress", "plain"]) == 0
    assert (project / "elsewhere" / "one.epub").is_file() and not (project / "elsewhere" / "one.html").exists()


def test_pyproject_tool_galley_is_read(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.galley]\ninputs = "texts"\nformats = "html"\nout = "site"\n',
        encoding="utf-8",
    )
    assert main(["build", "--progress", "plain"]) == 0
    assert (project / "site" / "one.html").is_file() and (project / "site" / "report.json").is_file()


@pytest.mark.parametrize(
    "file, content, words",
    [
        ("galley.toml", 'formats = ["html"]\nfromats = ["pdf"]\n', ["'fromats'", "galley.toml"]),
        ("pyproject.toml", '[tool.galley]\nthme = "journal"\n', ["'thme'", "pyproject.toml", "[tool.galley]"]),
        ("galley.toml", "jobs = true\n", ["'jobs'", "int", "galley.toml"]),
        ("galley.toml", 'paper = "a5"\n', ["a5"]),
        ("galley.toml", "formats = [\n", ["not valid TOML", "galley.toml"]),
    ],
)
def test_config_errors_name_the_key_and_the_file(
    project: Path, capsys: pytest.CaptureFixture[str], file: str, content: str, words: list[str]
) -> None:
    (project / file).write_text(content, encoding="utf-8")
    assert main(["build", "texts", "--format", "html"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    for w in words:
        assert w in err
    assert not os.path.exists(project / "dist"), "a config error must stop before building"


def test_explicit_config_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--config", "missing.toml"]) == 2
    assert "missing.toml" in capsys.readouterr().err
    (project / "ci.toml").write_text('inputs = ["texts/one.txt"]\nformats = ["html"]\nout = "o"\n', encoding="utf-8")
    assert main(["build", "--config", "ci.toml", "--progress", "plain"]) == 0
    assert (project / "o" / "one.html").is_file() and not (project / "o" / "two.html").exists()
