"""Themes: the shipped ones, a user's own folder (no code), and the manuscript's review layout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import SEED, build
from galley.errors import UsageError
from galley.publish.themes import available, load


def test_shipped_themes() -> None:
    assert {"journal", "manuscript"} <= set(available())
    journal, manuscript = load("journal"), load("manuscript")
    assert manuscript.parent == journal and not journal.option("line_numbers") and manuscript.option("line_numbers")
    # The child's rules come after the parent's, so they win the cascade.
    css = manuscript.css("print")
    assert css.index("galley journal theme") < css.index("galley manuscript theme")
    assert manuscript.file("page.html.j2") == journal.folder / "page.html.j2"


def test_a_user_theme_folder_needs_no_code(tmp_path: Path) -> None:
    folder = tmp_path / "house-style"
    folder.mkdir()
    (folder / "theme.toml").write_text('extends = "journal"\n', encoding="utf-8")
    (folder / "screen.css").write_text("/* house */ .title { color: #4b0082; }\n", encoding="utf-8")
    paper = tmp_path / "paper.txt"
    paper.write_bytes(SEED.read_bytes())
    assert build([paper], tmp_path / "out", "--theme", str(folder), "--format", "html") == 0
    page = (tmp_path / "out" / "paper.html").read_text(encoding="utf-8")
    assert ".title { color: #4b0082; }" in page and "prefers-color-scheme" in page


def test_a_complete_theme_folder_without_settings(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    journal = load("journal")
    for name in ("page.html.j2", "print.css", "epub.css"):
        (folder / name).write_text((journal.folder / name).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "screen.css").write_text("body { color: #000; background: #fff; }\n", encoding="utf-8")
    theme = load(str(folder))
    assert theme.parent is None and theme.css("screen").startswith("body { color: #000")
    assert theme.fonts == journal.fonts  # the shared fonts, when the theme brings none


@pytest.mark.parametrize(
    "toml, message",
    [
        ('extends = "journal"\ncolour = "red"\n', "unknown theme setting colour"),
        ('extends = "journal"\n[options]\nline_numbrs = true\n', "unknown theme setting line_numbrs"),
        ('extends = "no-such-theme"\n', "unknown theme 'no-such-theme'"),
        ("extends = [", "not valid TOML"),
    ],
)
def test_theme_settings_errors_name_the_problem(tmp_path: Path, toml: str, message: str) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "theme.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(UsageError, match=re.escape(message)):
        load.__wrapped__(str(folder))


def test_a_folder_that_is_not_a_theme(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="lacks page.html.j2"):
        load.__wrapped__(str(tmp_path / "empty"))
    assert build([SEED], tmp_path / "out", "--theme", "no-such-theme", "--format", "html") == 2


def test_manuscript_pdf_is_double_spaced_with_line_numbers(tmp_path: Path) -> None:
    """Review copy: a 24pt line pitch in the body and numbers in the left margin that sit on
    the same baselines as the text lines."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

    assert build([SEED], tmp_path, "--theme", "manuscript", "--format", "pdf") == 0
    layout = next(iter(extract_pages(tmp_path / f"{SEED.stem}.pdf")))
    lines = [ln for box in layout if isinstance(box, LTTextContainer) for ln in box if isinstance(ln, LTTextLine)]

    def baseline(line: LTTextLine) -> float:
        first = next(ch for ch in line if isinstance(ch, LTChar))
        return round(first.matrix[5], 1)  # the text matrix's y: where the glyphs sit

    LEFT = 0.2 * 595.28 - 4  # the text block's left edge on A4 (margin-left: 20%)
    numbers = sorted(
        ((baseline(ln), int(ln.get_text())) for ln in lines if ln.get_text().strip().isdigit() and ln.x1 < LEFT),
        reverse=True,
    )
    assert [n for _, n in numbers][:20] == list(range(1, 21))

    def size(line: LTTextLine) -> float:
        return round(next(ch for ch in line if isinstance(ch, LTChar)).size)

    body = sorted({baseline(ln) for ln in lines if ln.x0 > LEFT and size(ln) == 12}, reverse=True)
    pitches = {round(a - b, 1) for a, b in zip(body, body[1:], strict=False)}
    assert 24.0 in pitches and all(p % 24 < 0.5 or p % 24 > 23.5 for p in pitches), pitches
    # Every full body line has its number on the same baseline.
    number_ys = [y for y, _ in numbers]
    assert len(body) >= 15 and all(any(abs(y - ny) < 0.5 for ny in number_ys) for y in body)
