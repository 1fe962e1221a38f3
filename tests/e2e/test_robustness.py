"""Bad input never crashes galley, never loses text (issue 7): one test per case.

Inputs that must work give outputs (and a warning where something was repaired); inputs that
must fail give one clear line, a non-zero exit, and leave previous outputs untouched.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest

from conftest import SEED
from galley.cli import main

PROSE = (
    "Results\n"
    "The model was fitted to the data from all sites and the residuals were inspected for any\n"
    "remaining structure. We found that the estimates were stable across specifications.\n"
)


def run(tmp_path: Path, name: str, data: bytes, *flags: str, sidecar: str | None = None) -> tuple[int, Path]:
    src = tmp_path / f"{name}.txt"
    src.write_bytes(data)
    if sidecar is not None:
        src.with_suffix(".toml").write_text(sidecar, encoding="utf-8")
    out = tmp_path / "out"
    code = main(["build", str(src), "-o", str(out), "--format", "html", *flags])
    return code, out / f"{name}.html"


def body_text(html_path: Path) -> str:
    html = html_path.read_text(encoding="utf-8")
    main_part = html.split('<main id="content">', 1)[1].split("</main>", 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main_part)).strip()


def report(html_path: Path) -> dict:
    return json.loads(html_path.with_suffix(".report.json").read_text(encoding="utf-8"))


# -- encodings that must work -------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, warning",
    [
        ("utf8", PROSE.encode("utf-8"), None),
        ("utf8-bom", codecs.BOM_UTF8 + PROSE.encode("utf-8"), None),
        ("utf16le", codecs.BOM_UTF16_LE + PROSE.encode("utf-16-le"), "UTF-16"),
        ("utf16be", codecs.BOM_UTF16_BE + PROSE.encode("utf-16-be"), "UTF-16"),
    ],
)
def test_unicode_encodings(tmp_path: Path, name: str, data: bytes, warning: str | None) -> None:
    code, out = run(tmp_path, name, data)
    assert code == 0
    text = body_text(out)
    assert "residuals were inspected" in text and "\ufeff" not in out.read_text(encoding="utf-8")
    warnings = report(out)["warnings"]
    if warning:
        assert any(warning in w for w in warnings)


def test_windows_1252(tmp_path: Path) -> None:
    data = ("Café “quoted” naïve – résumé of the results.\n" * 3).encode("cp1252")
    code, out = run(tmp_path, "cp1252", data)
    assert code == 0
    assert "Café “quoted” naïve – résumé" in body_text(out)
    assert any("not UTF-8" in w for w in report(out)["warnings"])


def test_latin_1(tmp_path: Path) -> None:
    data = "Grüße aus München, à bientôt. Ça va très bien.\n".encode("latin-1")
    code, out = run(tmp_path, "latin1", data)
    assert code == 0
    assert "Grüße aus München" in body_text(out)
    assert any("not UTF-8" in w for w in report(out)["warnings"])


def test_mojibake_is_repaired_with_a_warning(tmp_path: Path) -> None:
    data = "We donâ€™t know the effect of the naÃ¯ve estimator.\n".encode()
    code, out = run(tmp_path, "mojibake", data)
    assert code == 0
    assert "don’t know" in body_text(out) and "naïve" in body_text(out)
    assert any("mojibake" in w for w in report(out)["warnings"])


@pytest.mark.parametrize("eol", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends(tmp_path: Path, eol: str) -> None:
    code, out = run(tmp_path, "eol", PROSE.replace("\n", eol).encode())
    assert code == 0
    text = body_text(out)
    assert "\r" not in out.read_text(encoding="utf-8")
    assert "inspected for any remaining structure" in text
    assert any("line ends" in w for w in report(out)["warnings"])


def test_form_feeds_and_tabs(tmp_path: Path) -> None:
    data = b"First page text that ends here.\n\fSecond\tpage text follows on.\n"
    code, out = run(tmp_path, "ff", data)
    assert code == 0
    text = body_text(out)
    assert "First page text that ends here." in text and "Second page text follows on." in text


def test_control_characters_and_odd_spaces(tmp_path: Path) -> None:
    data = "A bell\x07 here, a\u00a0non-breaking space, zero\u200bwidth, a soft\u00adhyphen.\n".encode()
    code, out = run(tmp_path, "controls", data)
    assert code == 0
    text = body_text(out)
    assert "A bell here, a non-breaking space, zerowidth, a softhyphen." in text
    assert any("control characters" in w for w in report(out)["warnings"])


# -- shapes that must work ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name, text, expect",
    [
        ("single-line", "Just one line of text without a newline", "Just one line of text without a newline"),
        ("no-punctuation", "words words words\nmore words here\nand the end", "more words here"),
        ("all-caps", "A STUDY OF CAPITALS\nTHE TEXT IS ALL IN CAPITALS AND STILL READS.\n", "STILL READS."),
        ("no-headings", PROSE.split("\n", 1)[1], "estimates were stable"),
    ],
)
def test_plain_shapes(tmp_path: Path, name: str, text: str, expect: str) -> None:
    code, out = run(tmp_path, name, text.encode())
    assert code == 0
    assert expect in body_text(out)


def test_very_long_line(tmp_path: Path) -> None:
    line = " ".join(f"word{i}" for i in range(20000))
    code, out = run(tmp_path, "long", line.encode())
    assert code == 0
    text = body_text(out)
    assert "word0 " in text and "word19999" in text


def test_thousands_of_tiny_paragraphs(tmp_path: Path) -> None:
    data = "".join(f"Item {i} ends.\n\n" for i in range(3000)).encode()
    code, out = run(tmp_path, "tiny", data)
    assert code == 0
    text = body_text(out)
    assert all(f"Item {i} ends." in text for i in (0, 1500, 2999))


def test_right_to_left_text(tmp_path: Path) -> None:
    arabic = "يهدف هذا البحث إلى دراسة العلاقات الاقتصادية بين البلدين في المنطقة.\n"
    code, out = run(tmp_path, "rtl", arabic.encode(), sidecar='language = "ar"\n')
    assert code == 0
    html = out.read_text(encoding="utf-8")
    assert re.search(r'<html lang="ar" dir="rtl"[ >]', html)
    assert arabic.strip() in body_text(out)


def test_cjk_text_passes_through_intact(tmp_path: Path) -> None:
    lines = "本研究では、地域経済の変化を分析し、\n両国の協力関係の可能性について考察する。\n"
    code, out = run(tmp_path, "cjk", lines.encode(), sidecar='language = "ja"\n')
    assert code == 0
    html = out.read_text(encoding="utf-8")
    assert re.search(r'<html lang="ja" dir="ltr"[ >]', html)
    # A wrapped CJK line joins without a space: the text is exactly the author's.
    assert "本研究では、地域経済の変化を分析し、両国の協力関係の可能性について考察する。" in body_text(out)


# -- inputs that must fail cleanly --------------------------------------------------------


@pytest.fixture()
def previous(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """An output folder holding a good earlier build, to prove failures leave it alone."""
    out = tmp_path / "out"
    assert main(["build", str(SEED), "-o", str(out), "--format", "html"]) == 0
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


def fail(
    tmp_path: Path,
    previous: tuple[Path, dict[str, bytes]],
    capsys: pytest.CaptureFixture[str],
    target: Path,
    *flags: str,
) -> tuple[int, str]:
    out, before = previous
    code = main(["build", str(target), "-o", str(out), "--format", "html", *flags])
    err = capsys.readouterr().err.strip()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before, "a failed build touched the outputs"
    assert "Traceback" not in err
    return code, err


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("binary", bytes(range(256)) * 4, "binary"),
        ("paper", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "pdftotext"),
        ("image", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        ("empty", b"", "empty"),
        ("blank", b"   \n\n\t\n", "empty"),
        ("undecodable", b"Some text \xff\xfe\x81\x8d\x8f\x90\x9d" * 40, "not UTF-8"),
    ],
)
def test_bad_inputs_fail_cleanly(tmp_path: Path, previous, capsys, name: str, data: bytes, words: str) -> None:
    src = tmp_path / f"{name}.txt"
    src.write_bytes(data)
    code, err = fail(tmp_path, previous, capsys, src)
    assert code == 1
    assert len(err.splitlines()) == 1 and str(src) in err and words in err


def test_undecodable_names_the_place(tmp_path: Path, previous, capsys) -> None:
    src = tmp_path / "bad.txt"
    src.write_bytes(b"fine line\nanother fine line\nthen \x81\x8d\x8f\x90\x9d\xff\xfe" * 30)
    code, err = fail(tmp_path, previous, capsys, src)
    assert code == 1 and "line 3, column 6" in err


def test_missing_file(tmp_path: Path, previous, capsys) -> None:
    code, err = fail(tmp_path, previous, capsys, tmp_path / "nope.txt")
    assert code == 1 and "no such file" in err


def test_directory_without_inputs(tmp_path: Path, previous, capsys) -> None:
    empty = tmp_path / "empty-dir"
    empty.mkdir()
    code, err = fail(tmp_path, previous, capsys, empty)
    assert code == 2 and "no .txt files" in err


@pytest.mark.parametrize(
    "sidecar, words",
    [
        ('title = "unterminated\n', "line 1"),
        ('title = "ok"\nauthors = [ { name = "A" }, ]\nbogus = 1\n', "'bogus'"),
        ('[[authors]]\nname = "A"\nemial = "a@b.c"\n', "'emial'"),
        ("title = 12\n", "'title' must be a string"),
    ],
)
def test_malformed_sidecar(tmp_path: Path, previous, capsys, sidecar: str, words: str) -> None:
    src = tmp_path / "paper.txt"
    src.write_text(PROSE, encoding="utf-8")
    src.with_suffix(".toml").write_text(sidecar, encoding="utf-8")
    code, err = fail(tmp_path, previous, capsys, src)
    assert code != 0 and words in err and "paper.toml" in err


def test_unknown_theme(tmp_path: Path, previous, capsys) -> None:
    code, err = fail(tmp_path, previous, capsys, SEED, "--theme", "no-such-theme")
    assert code == 2 and "unknown theme 'no-such-theme'" in err and "journal" in err


def test_right_to_left_in_the_epub(tmp_path: Path) -> None:
    import zipfile

    arabic = "يهدف هذا البحث إلى دراسة العلاقات الاقتصادية بين البلدين في المنطقة.\n"
    src = tmp_path / "rtl.txt"
    src.write_text(arabic, encoding="utf-8")
    src.with_suffix(".toml").write_text('language = "ar"\n', encoding="utf-8")
    assert main(["build", str(src), "-o", str(tmp_path / "out"), "--format", "epub"]) == 0
    with zipfile.ZipFile(tmp_path / "out" / "rtl.epub") as z:
        opf = z.read(next(n for n in z.namelist() if n.endswith(".opf"))).decode()
        pages = [z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml") and "nav" not in n]
    assert "<dc:language>ar</dc:language>" in opf and 'page-progression-direction="rtl"' in opf
    body = next(p for p in pages if "يهدف" in p)
    assert 'dir="rtl"' in body and arabic.strip() in re.sub(r"<[^>]+>", "", body).replace("\n", " ")
