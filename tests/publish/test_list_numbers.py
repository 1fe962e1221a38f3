"""Every format shows the author's list numbers: WeasyPrint ignores ``<ol type="a">`` as it
does ``<ol start>``, so the print sheet sets the marker style; the PDF is read back."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import build, corpus_text


def test_sub_items_a_b_print_as_a_b_in_the_pdf(tmp_path: Path) -> None:
    # ``3. Provide users ... This includes:`` / ``a. facilitating ...`` / ``b. interactive
    # programs ...`` / ``4. Understand data ...``
    text = corpus_text("jose.00184", "jose-pypdf")
    if not text.is_file():
        pytest.skip("shared corpus not found")
    src = tmp_path / "paper.txt"
    shutil.copy(text, src)
    assert build([src], tmp_path / "out", "--format", "html,pdf") == 0
    page = (tmp_path / "out" / "paper.html").read_text(encoding="utf-8")
    assert '<ol type="a">' in page
    from pdfminer.high_level import extract_text

    text = extract_text(str(tmp_path / "out" / "paper.pdf"))
    # pdfminer reads the markers apart from their items' text: the markers between the
    # item that announces the sub-items and the next item, in order (each on a line of its own).
    start = text.index("curve composition. This includes:")
    part = text[start : text.index("Understand", start)]
    markers = [ln.strip() for ln in part.splitlines() if re.fullmatch(r"[0-9a-z]\.", ln.strip())]
    assert markers == ["a.", "b.", "4."]
