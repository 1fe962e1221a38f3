"""A table block comes out as a real table in every format: HTML ``<table>`` with header
cells, an EPUB that passes EPUBCheck, and a PDF whose cells stand in columns and rows
(read back with pdfminer). The input is a corpus paper's layout text (its survey tables)."""

from __future__ import annotations

import itertools
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from conftest import build, corpus_text
from galley.publish import validate

PAPER = ("jose.00307", "pypdf-layout")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = corpus_text(*PAPER)
    if not text.is_file():
        pytest.skip("shared corpus not found")
    src = tmp_path_factory.mktemp("tables-src") / "survey.txt"
    shutil.copy(text, src)
    out = tmp_path_factory.mktemp("tables-dist")
    assert build([src], out) == 0
    return out


def plain(fragment: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", fragment).split())


def test_html_table_has_header_cells_and_rows(dist: Path) -> None:
    page = (dist / "survey.html").read_text(encoding="utf-8")
    tables = re.findall(r"<table.*?</table>", page, re.S)
    assert len(tables) == 2
    first = tables[0]
    caption = re.search(r"<caption>(.*?)</caption>", first, re.S)
    assert caption is not None and "Agreement on statements" in plain(caption.group(1))
    assert "Weighted Average" in [plain(c) for c in re.findall(r"<th[^>]*>(.*?)</th>", first, re.S)]
    row = next(r for r in re.findall(r"<tr>.*?</tr>", first, re.S) if "I can immediately apply" in plain(r))
    cells = [plain(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    assert cells[1:] == ["0", "5", "6", "19", "8", "38", "3,8"]


def test_epub_holds_the_tables_and_passes_epubcheck(dist: Path) -> None:
    with zipfile.ZipFile(dist / "survey.epub") as z:
        xhtml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xhtml"))
    assert xhtml.count("<table") == 2
    if not shutil.which("java"):
        pytest.skip("EPUBCheck needs Java")
    assert validate.epubcheck_messages(dist / "survey.epub") == []
    # Its accessibility summary says what the tables are (it used to say "not data tables").
    with zipfile.ZipFile(dist / "survey.epub") as z:
        opf = next(z.read(n).decode() for n in z.namelist() if n.endswith(".opf"))
    summary = re.search(r'accessibilitySummary">([^<]*)<', opf)
    assert summary is not None and "Its 2 tables are data tables with header rows" in summary.group(1)
    assert "not as data tables" not in summary.group(1)


def test_pdf_cells_stand_in_columns_and_rows(dist: Path) -> None:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    spots: dict[str, list[tuple[float, float]]] = {}
    for page in extract_pages(str(dist / "survey.pdf")):
        for box in page:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                if isinstance(line, LTTextLine):
                    spots.setdefault(line.get_text().strip(), []).append((round(line.x1), round(line.y0)))
    # The last column's figures of table 1 (3,8 / 4,4 / 4,2): one column, three rows.
    (a,), (b,), (c,) = spots["3,8"], spots["4,4"], spots["4,2"][:1]
    assert a[0] == b[0] == c[0], "the weighted averages stand in one column"
    assert a[1] > b[1] > c[1], "one row under another"


def test_pdf_wide_table_keeps_every_column_on_the_page(tmp_path: Path) -> None:
    """A long first cell with a hyphenable word late in it (a scrambled group label of a
    bird survey, paz-62's Table 1) once made WeasyPrint size that column as one unbreakable
    piece: the figure and code columns ran off the page's edge. Every cell must be read back
    inside the page."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    from galley.model import Block, Document, Metadata
    from galley.publish import html, pdf
    from galley.publish.themes import load

    label = (
        "Cuculiformes Wagler, 1830 Cuculidae Leach, 1820 Piaya cayana (Linnaeus, 1766) Apodiformes "
        "Peters, 1940 Trochilidae Vigors, 1825 Thalurania glaucopis (Gmelin, 1788) Trogoniformes "
        "A.O.U., 1886 Trogonidae Lesson, 1828 Trogon surrucura Vieillot, 1817, frequently observed"
    )
    rows = [
        ["Taxa", "Individuals", "Contacts", "FO (%)", "FC", "FS"],
        [label, "1", "1", "0.7", "RARE", "Understory"],
        ["Picumnus temminckii Lafresnaye, 1845", "1", "3", "2.0", "RARE", "Canopy"],
    ]
    table = Block("table", " ".join(c for r in rows for c in r), rows=rows, head=1, caption="Table 1 – Bird species.")
    doc = Document(Metadata(title="Birds", language="en"), [Block("paragraph", "Flocks."), table])
    theme = load("journal")
    out = tmp_path / "birds.pdf"
    pdf.write_pdf(html.print_page(doc, theme, stem="birds"), theme, out, lang="en")
    seen: list[str] = []
    for page in extract_pages(str(out)):
        for box in page:
            if isinstance(box, LTTextContainer):
                assert box.x1 <= page.width, f"{box.get_text()!r} runs off the page"
                seen.append(box.get_text())
    words = "".join(seen).replace("-\n", "").split()
    for cell in ("Understory", "Canopy", "RARE", "0.7", "2.0", "Contacts"):
        assert cell in words


def test_pdf_table_too_wide_for_the_page_gets_a_landscape_page(tmp_path: Path) -> None:
    """A table of 31 columns of figures (cadsc-31's survey, its intervals one cell a bound)
    needs more room than a portrait page's table has: it gets a landscape page of its own,
    every cell on it, and the text after it goes back to portrait pages."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    from galley.model import Block, Document, Metadata
    from galley.publish import html, pdf
    from galley.publish.themes import load

    head = ["Característica", *[f"IC95% {k}" for k in range(30)]]
    rows = [head, *[[f"Grupo {r}", *[f"{r},{k % 10}" for k in range(30)]] for r in range(6)]]
    table = Block(
        "table", " ".join(c for r in rows for c in r), rows=rows, head=1, caption="Tabela 1 – Características."
    )
    note = Block("footnote", "Fonte: Pesquisa Nacional de Saúde, 2013")
    after = Block("paragraph", "Analisando de forma dicotomizada as características das mulheres.")
    heading = Block("heading", "Resultados", level=1, ident="resultados")
    blocks = [Block("paragraph", "Texto."), heading, table, note, after]
    doc = Document(Metadata(title="Gestação", language="pt"), blocks)
    theme = load("journal")
    out = tmp_path / "wide.pdf"
    pdf.write_pdf(html.print_page(doc, theme, stem="wide"), theme, out, lang="pt")
    pages = list(extract_pages(str(out)))
    text = ["".join(b.get_text() for b in pg if isinstance(b, LTTextContainer)) for pg in pages]
    on = [i for i, t in enumerate(text) if "5,9" in t.split()]
    assert on and all(pages[i].width > pages[i].height for i in on), "the table's pages are landscape"
    for pg in pages:
        for box in pg:
            if isinstance(box, LTTextContainer):
                assert 0 <= box.x0 and box.x1 <= pg.width, f"{box.get_text()[:40]!r} runs off the page"
    # The table's note and the heading above it go on its page (the review: the note was
    # left on the next portrait page, the heading at the foot of the one before).
    assert any("Fonte:" in text[i] for i in on) and "Resultados" in text[on[0]]
    last = next(i for i, t in enumerate(text) if "Analisando" in t)
    assert pages[last].width < pages[last].height, "the text after it is on a portrait page"


def test_a_header_across_the_columns_is_flush_left_over_figures() -> None:
    """A header row whose cells could not be told apart spans the table: set flush left,
    not flush right as the column of figures under its first cell."""
    from galley.model import Block, Document, Metadata
    from galley.publish import html

    rows = [["No. Reaction time / h (R)-1 / % (S)-1 / %"], ["1", "0-1", "44", "50"], ["2", "1-2", "43", "54"]]
    table = Block("table", "", rows=rows, head=1, caption="Table 5 – Chromatographic yields")
    page = html.body_html(Document(meta=Metadata(title="T"), blocks=[table]))
    header = re.search(r"<th\b[^>]*>", page)
    assert header is not None and 'colspan="4"' in header.group() and "text-align: left" in header.group()
    assert '<td style="text-align: right;">1</td>' in page  # the figures stay flush right


def test_pdf_caption_stays_with_its_table(tmp_path: Path) -> None:
    """hoehnea-49 (both captions, Portuguese before the table, English on it): with the
    table near a page's foot, the captions were left alone at the foot and the table began
    on the next page. Whatever the text above, the captions and the table's first rows share
    a page; and both captions start where the prose does, not at the wider table's edge. (A
    caption not before a table is left where it falls: a run of them moved as one block
    left half a page blank.)"""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    from galley.model import Block, Document, Metadata
    from galley.publish import html, pdf
    from galley.publish.themes import load

    para = (
        "A área de estudo está localizada no Núcleo Pedra Grande, recoberta pela Floresta Ombrófila Densa "
        "Montana, com clima temperado e sem estação seca, e altitudes de 875 a 1215 metros. "
    ) * 3
    rows = [["Ano", "Autor", "Classificação"]]
    rows += [[str(1965 + k), f"Autor {k}", "Pioneira, secundária inicial e tardia"] for k in range(18)]
    theme = load("journal")
    # Four to seven short lines after nine paragraphs put the captions at the first page's
    # foot and the table's rows past it: each a page break the old styles made there, with
    # a head row and without one.
    for head, short in itertools.product((1, 0), range(4, 8)):
        words = " ".join(c for r in rows for c in r)
        table = Block("table", words, rows=rows, head=head, caption="Table 1. Sucessional.")
        text = [Block("paragraph", para)] * 9 + [Block("paragraph", "Uma linha curta.")] * short
        blocks = [*text, Block("caption", "Tabela 1. Sucessional."), table]
        out = tmp_path / f"captions-{head}-{short}.pdf"
        doc = Document(Metadata(title="Florestas", language="pt"), blocks)
        pdf.write_pdf(html.print_page(doc, theme, stem="captions"), theme, out, lang="pt")
        lines = [
            (n, line.x0, line.get_text())
            for n, page in enumerate(extract_pages(str(out)))
            for box in page
            if isinstance(box, LTTextContainer)
            for line in box
            if isinstance(line, LTTextLine)
        ]
        (pt_page, pt_x), (en_page, en_x) = _first(lines, "Tabela 1."), _first(lines, "Table 1.")
        assert pt_page == en_page == _first(lines, "Ano")[0], (head, short)
        assert abs(pt_x - _first(lines, "A área")[1]) < 1 and abs(en_x - pt_x) < 1, (head, short)


def _first(lines: list[tuple[int, float, str]], start: str) -> tuple[int, float]:
    """The page and left edge of the first line that starts with ``start``."""
    return next((n, x) for n, x, t in lines if t.startswith(start))
