"""A long book's EPUB written by pandoc in parts and joined (publish/epub_parts.py).

The join must be invisible: a book written in parts is the same file, byte for byte, as the
book pandoc writes in one run. That holds on real papers with notes and with citations that
link from a chapter in one part to the reference list in another, for every part size down
to one chapter a part; the one-run books are the ones test_validate checks with EPUBCheck.
The 50 MB book itself is built (and opened) by tests/e2e/test_huge_input.py.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import SEED, corpus_text
from galley.pipeline import analyse
from galley.publish import epub, epub_parts
from galley.publish.themes import load

PAPERS = {
    "jose.00239": "jose-poppler",  # 9 chapters, footnotes, code
    "jose.00180": "jose-poppler",  # citations linked to a reference list three chapters on
}


def _entries(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


@pytest.mark.parametrize("paper", [*PAPERS, "seed"])
def test_a_book_in_parts_is_the_book_of_one_run(paper: str, tmp_path: Path) -> None:
    doc = analyse(SEED if paper == "seed" else corpus_text(paper, PAPERS[paper]))
    whole = tmp_path / "whole.epub"
    epub.write_epub(doc, load("journal"), whole, stem="p")
    links_across = 0
    for chapters in (1, 2, 3):
        parts = tmp_path / f"parts{chapters}.epub"
        epub.write_epub(doc, load("journal"), parts, stem="p", part_limits=(chapters, 10**9))
        assert parts.read_bytes() == whole.read_bytes(), f"{chapters} chapter(s) a part"
    for name, data in _entries(whole):
        if "/text/ch" in name:
            links_across += data.count(b'class="citation"')
    if paper == "jose.00180":
        assert links_across > 5  # the case the join must repair: a link into another part


def test_parts_are_cut_only_where_a_chapter_starts() -> None:
    def head(level: int) -> dict[str, object]:
        return {"t": "Header", "c": [level, ["", [], []], [{"t": "Str", "c": "H"}]]}

    para = {"t": "Para", "c": [{"t": "Str", "c": "x" * 50}]}
    blocks = [para, head(1), para, head(2), para, head(1), para, head(1), para]
    parts = epub_parts.split(blocks, chapters=1, size=10**9)
    assert [len(p) for p in parts] == [5, 2, 2]  # before the first heading + its chapter, then one each
    # Past the size, a part ends at the next chapter; a chapter longer than the size stays
    # whole (pandoc's chapters are the unit), the text before the first heading too.
    parts = epub_parts.split(blocks, chapters=100, size=100)
    assert [len(p) for p in parts] == [1, 4, 2, 2]
    assert len(epub_parts.split(blocks)) == 1
