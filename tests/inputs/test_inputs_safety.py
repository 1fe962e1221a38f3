"""What galley reads, attacked (issue 19): mixed encodings, FIFOs, symlinks out of a folder,
sidecar values that would break or inject into the EPUB. Real files, real processes."""

from __future__ import annotations

import json
import os
import re
import xml.dom.minidom
import zipfile
from pathlib import Path

import pytest

from conftest import galley_process
from galley.cli import main

PROSE = (
    "Results\n\n"
    "The model was fitted to the data from all sites and the residuals were inspected for any\n"
    "remaining structure. We found that the estimates were stable across specifications.\n"
)


def body_text(html: Path) -> str:
    page = html.read_text(encoding="utf-8").split('<main id="content">', 1)[1]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)).strip()


# -- one Windows-1252 line in a UTF-8 file --------------------------------------------------


def test_one_cp1252_line_in_a_utf8_file_spoils_no_other_line(tmp_path: Path) -> None:
    utf8 = "Höffner and Ødegaard wrote that the naïve estimate is biased in small samples.\n"
    legacy = "Müller’s reply – “quoted” – came later.\n".encode("cp1252")
    src = tmp_path / "mixed.txt"
    src.write_bytes(utf8.encode() * 5 + legacy + utf8.encode() * 5)
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--format", "html"]) == 0
    text = body_text(out / "mixed.html")
    assert text.count("Höffner") == 10 and "H√∂ffner" not in text and "HÃ¶ffner" not in text
    assert "Müller’s reply – “quoted” – came later." in text
    warnings = json.loads((out / "mixed.report.json").read_text(encoding="utf-8"))["warnings"]
    assert any("line(s) (6)" in w and "Windows-1252" in w for w in warnings), warnings


def test_a_whole_legacy_file_is_still_decoded_whole(tmp_path: Path) -> None:
    src = tmp_path / "latin.txt"
    src.write_bytes(("Grüße aus München, à bientôt.\n" * 4).encode("cp1252"))
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--format", "html"]) == 0
    assert "Grüße aus München" in body_text(out / "latin.html")


# -- things that are not regular files ------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("command", ["build", "explain", "check"])
def test_a_fifo_named_txt_is_refused_not_waited_on(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "paper.txt"
    os.mkfifo(fifo)
    args = [command, str(fifo)] + (["-o", str(tmp_path / "out"), "--format", "html"] if command == "build" else [])
    if command == "check":
        args += ["--format", "html"]
    proc = galley_process(args, timeout=60)  # hung forever before
    assert proc.returncode == 1, proc.stderr
    assert "not a regular file" in proc.stderr and "Traceback" not in proc.stderr


def test_a_fifo_in_a_folder_fails_only_itself(tmp_path: Path) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "good.txt").write_text(PROSE, encoding="utf-8")
    os.mkfifo(papers / "pipe.txt")
    proc = galley_process(["build", str(papers), "-o", str(tmp_path / "out"), "--format", "html"], timeout=60)
    assert proc.returncode == 1 and "pipe.txt" in proc.stderr and "not a regular file" in proc.stderr
    assert (tmp_path / "out" / "good.html").is_file()


def test_explain_on_a_symlink_loop_is_one_line(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    proc = galley_process(["explain", str(loop)])
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and "loop.txt" in proc.stderr


def test_explain_with_an_unreadable_sidecar_is_one_line(tmp_path: Path) -> None:
    src = tmp_path / "paper.txt"
    src.write_text(PROSE, encoding="utf-8")
    sidecar = src.with_suffix(".toml")
    sidecar.write_text('title = "T"\n', encoding="utf-8")
    sidecar.chmod(0)
    proc = galley_process(["explain", str(src)], unprivileged=True)
    assert proc.returncode == 2, proc.stderr
    assert "paper.toml" in proc.stderr and "permission denied" in proc.stderr.lower()
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1


# -- symlinks that lead out of the folder they were found in --------------------------------


def test_a_symlinked_text_in_a_folder_is_refused(tmp_path: Path) -> None:
    papers = tmp_path / "p2"
    papers.mkdir()
    (papers / "ok.txt").write_text(PROSE, encoding="utf-8")
    (papers / "leak.txt").symlink_to("/etc/passwd")
    out = tmp_path / "dist"
    assert main(["build", str(papers), "-o", str(out), "--format", "html"]) == 2
    assert not (out / "leak.html").exists()
    # Named on the command line, a file may be anywhere: the user chose it.
    named = tmp_path / "named.txt"
    named.symlink_to(papers / "ok.txt")
    assert main(["build", str(named), "-o", str(out), "--format", "html"]) == 0


@pytest.mark.parametrize("companion", ["paper.toml", "paper.corrections.toml"])
def test_a_sidecar_symlinked_out_of_the_folder_is_not_read(
    tmp_path: Path, companion: str, capsys: pytest.CaptureFixture[str]
) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    secret = tmp_path / "secret.toml"
    secret.write_text('title = "SECRET TITLE"\n', encoding="utf-8")
    (papers / "paper.txt").write_text(PROSE, encoding="utf-8")
    (papers / companion).symlink_to(secret)
    out = tmp_path / "out"
    assert main(["build", str(papers / "paper.txt"), "-o", str(out), "--format", "html"]) == 2
    err = capsys.readouterr().err
    assert companion in err and "outside" in err and "Traceback" not in err
    assert not (out / "paper.html").exists()


def test_config_symlinks_cannot_leave_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside"
    (outside / "papers").mkdir(parents=True)
    (outside / "papers" / "x.txt").write_text(PROSE, encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    monkeypatch.chdir(project)
    # a symlinked papers/ reads elsewhere
    (project / "papers").symlink_to(outside / "papers")
    (project / "galley.toml").write_text('inputs = ["papers/*.txt"]\nformats = ["html"]\n', encoding="utf-8")
    assert main(["build"]) == 2
    assert "leads outside" in capsys.readouterr().err
    # a symlinked dist/ writes elsewhere
    (project / "papers").unlink()
    (project / "papers").mkdir()
    (project / "papers" / "x.txt").write_text(PROSE, encoding="utf-8")
    (project / "dist").symlink_to(outside)
    (project / "galley.toml").write_text(
        'inputs = ["papers/*.txt"]\nformats = ["html"]\nout = "dist"\n', encoding="utf-8"
    )
    assert main(["build"]) == 2
    assert "output folder" in capsys.readouterr().err and not (outside / "x.html").exists()
    # a theme outside the project, absolute or through a symlink
    (project / "dist").unlink()
    (project / "galley.toml").write_text(f'inputs = ["papers/*.txt"]\ntheme = "{outside}"\n', encoding="utf-8")
    assert main(["build"]) == 2
    assert "leaves the project folder" in capsys.readouterr().err
    (project / "house").symlink_to(outside)
    (project / "galley.toml").write_text('inputs = ["papers/*.txt"]\ntheme = "./house"\n', encoding="utf-8")
    assert main(["build"]) == 2
    assert "leads outside" in capsys.readouterr().err


# -- sidecar values that would inject into, or break, the EPUB ------------------------------


def test_language_is_a_bcp47_tag_or_refused(tmp_path: Path) -> None:
    src = tmp_path / "paper.txt"
    src.write_text(PROSE, encoding="utf-8")
    src.with_suffix(".toml").write_text("language = 'en\"><script>alert(1)</script><x a=\"'\n", encoding="utf-8")
    proc = galley_process(["build", str(src), "-o", str(tmp_path / "out"), "--format", "epub"])
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "'language'" in proc.stderr and "BCP 47" in proc.stderr
    assert not (tmp_path / "out" / "paper.epub").exists()
    src.with_suffix(".toml").write_text('language = "pt-BR"\n', encoding="utf-8")
    assert main(["build", str(src), "-o", str(tmp_path / "out"), "--format", "epub"]) == 0
    with zipfile.ZipFile(tmp_path / "out" / "paper.epub") as z:
        assert 'xml:lang="pt-BR"' in z.read("EPUB/text/cover.xhtml").decode()


@pytest.mark.parametrize("value", ["\\u0007Bell in the title", "Title\\uFFFF", "Title\\u001b[31m"])
def test_a_control_character_in_a_sidecar_value_is_refused(tmp_path: Path, value: str) -> None:
    src = tmp_path / "paper.txt"
    src.write_text(PROSE, encoding="utf-8")
    src.with_suffix(".toml").write_text(f'title = "{value}"\n', encoding="utf-8")
    proc = galley_process(["build", str(src), "-o", str(tmp_path / "out"), "--format", "epub"])
    assert proc.returncode == 2 and "'title'" in proc.stderr and "control character" in proc.stderr


def test_xml_illegal_characters_in_the_text_leave_a_well_formed_epub(tmp_path: Path) -> None:
    src = tmp_path / "paper.txt"
    text = (
        "Results\n\nThe estimate\uffff was stable\ufffe across the \x01 sites and \x1b[0m years.\n"
        "A second line with a form feed\x0b and a bell\x07 in it.\n"
    )
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--format", "epub,html"]) == 0
    with zipfile.ZipFile(out / "paper.epub") as z:
        for name in z.namelist():
            if name.endswith((".xhtml", ".opf", ".ncx", ".svg")):
                xml.dom.minidom.parseString(z.read(name))  # raises when not well-formed
        pages = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml"))
    assert "\uffff" not in pages and "\ufffe" not in pages and "was stable across" in pages
    report = json.loads((out / "paper.report.json").read_text(encoding="utf-8"))
    assert any("U+FFFE/U+FFFF" in w for w in report["warnings"])
