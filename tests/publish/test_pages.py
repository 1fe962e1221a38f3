"""Pages a reader and a typographer would accept (issue 17): the measure, hyphenation that
never breaks a name, citation or address, the web font, the print stylesheet, permalinks,
the paper's own citation exports, missing figures, page 1's journal identity, the tagged
PDF and the EPUB cover. Real WeasyPrint, pandoc and Chromium; PDFs read back with pdfminer
and pikepdf.
"""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import statistics
import subprocess
import zipfile
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import SEED, build, corpus_text
from galley.model import Author, Block, Document, Inline, Metadata
from galley.publish import citation, epub, html, pdf
from galley.publish.proof import chromium
from galley.publish.themes import load

DATA = Path(__file__).parent / "data"

JOURNAL = Metadata(
    title="Teaching {Python} & 100% of LaTeX_things: a course",
    authors=[
        Author("Gerit Wagner", "Otto-Friedrich-Universität Bamberg", orcid="0000-0002-1825-0097"),
        Author("Sven A. van der Burg", "Netherlands eScience Center"),
        Author("Jean-Paul Noordermeer", "Netherlands eScience Center"),
    ],
    date="2026-03-28",
    doi="10.21105/jose.00292",
    language="en",
    licence="CC BY 4.0",
    journal="Journal of Open Source Education",
    volume="9",
    issue="97",
    article="292",
    received="2025-01-14",
    accepted="2026-03-10",
    published="2026-03-28",
)

# Names, citations and addresses in every line, long enough to end many lines.
NAMED = (
    "Relations between the Netherlands and Russia were studied by Abernathey and Noordermeer "
    "(Abernathey et al., 2021; Noordermeer & Rutherford, 2019), with extraordinarily comprehensive "
    "documentation at https://example.org/repositories/noordermeer/documentation-archive and in "
    "the Pakistani and Afghanistan archives described by Rutherford (2018). "
)


def _named_paper(meta: Metadata | None = None) -> Document:
    blocks = [Block("heading", "Introduction", level=1, ident="introduction")]
    blocks += [Block("paragraph", NAMED * 3) for _ in range(6)]
    return Document(meta or Metadata(title="Names", language="en"), blocks)


def _render(doc: Document, out: Path, *, theme: str = "journal", paper: str = "a4") -> Path:
    t = load(theme)
    pdf.write_pdf(html.print_page(doc, t, stem=out.stem), t, out, paper=paper, lang=doc.meta.lang)
    return out


def _lines(path: Path) -> list[tuple[float, float, str]]:
    """(body font size, width, text) of every text line, in order."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine

    out = []
    for page in extract_pages(str(path), laparams=LAParams(line_margin=0.2)):
        for box in page:
            if isinstance(box, LTTextContainer):
                for line in box:
                    if isinstance(line, LTTextLine):
                        sizes = [round(c.size, 1) for c in line if isinstance(c, LTChar)]
                        if sizes:
                            out.append((Counter(sizes).most_common(1)[0][0], line.width, line.get_text().strip()))
    return out


def characters_per_line(path: Path) -> float:
    """The median length of the full lines of body text (the commonest font size; lines at
    least 97% as wide as the widest): the measure as a reader meets it."""
    lines = _lines(path)
    sizes: Counter[float] = Counter()
    for size, _, text in lines:
        sizes[size] += len(text)  # by characters: a margin's line numbers are many short lines
    body = sizes.most_common(1)[0][0]
    widest = max(w for s, w, _ in lines if s == body)
    full = [len(t) for s, w, t in lines if s == body and w >= 0.97 * widest]
    assert len(full) >= 10, "too few full lines to measure"
    return float(statistics.median(full))


# -- the measure -----------------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["journal", "manuscript"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_measure_is_60_to_75_characters(tmp_path: Path, theme: str, paper: str) -> None:
    """Both themes on both paper sizes set the comfortable 60-75 characters a line (the
    journal theme set ~97 on A4 and ~100 on Letter before)."""
    from galley.pipeline import analyse

    doc = analyse(SEED)
    measure = characters_per_line(_render(doc, tmp_path / "seed.pdf", theme=theme, paper=paper))
    assert 60 <= measure <= 75, measure


def test_measure_on_a_long_corpus_paper_and_no_heading_at_a_page_foot(tmp_path: Path) -> None:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

    from galley.pipeline import analyse

    doc = analyse(corpus_text("jose.00292", "jose-poppler"))
    path = _render(doc, tmp_path / "p.pdf")
    assert 60 <= characters_per_line(path) <= 75
    headings = {" ".join(b.text.split()) for b in doc.blocks if b.kind == "heading"}
    pages = list(extract_pages(str(path)))
    assert len(pages) >= 6
    for n, page in enumerate(pages[:-1], 1):
        lines = [ln for box in page if isinstance(box, LTTextContainer) for ln in box if isinstance(ln, LTTextLine)]
        # The text's lines: not footnotes (8pt) nor the folio (the page number alone).
        body = [
            ln
            for ln in lines
            if any(isinstance(c, LTChar) and c.size > 8.5 for c in ln) and not ln.get_text().strip().isdigit()
        ]
        last = min(body, key=lambda ln: ln.y0).get_text().strip()
        assert last not in headings, f"page {n} ends on the heading {last!r}: a heading keeps with its text"


# -- hyphenation -------------------------------------------------------------------------------


def _breaks(path: Path, source: str) -> list[tuple[str, str, str]]:
    """Each word the PDF hyphenated at a line end (not a compound of the source): the line's
    text, the part before the hyphen and the part after."""
    lines = [t for _, _, t in _lines(path)]
    out = []
    for a, b in zip(lines, lines[1:], strict=False):
        if re.search(r"\w-$", a) and b[:1].isalpha():
            before, after = a.split()[-1][:-1], re.match(r"[\w’']+", b).group(0)  # type: ignore[union-attr]
            if f"{before}-{after}" not in source:
                out.append((a, before, after))
    return out


def test_no_hyphen_inside_a_name_citation_address_or_short_word(tmp_path: Path) -> None:
    doc = _named_paper()
    path = _render(doc, tmp_path / "names.pdf")
    source = " ".join(b.text for b in doc.blocks)
    breaks = _breaks(path, source)
    assert breaks, "no hyphenation at all: the test text must end lines inside long words"
    for line, before, after in breaks:
        word = (before + after).strip('(“"')
        assert not word[:1].isupper(), f"a name broken: {before}-|{after}"
        assert len(re.sub(r"\W", "", word)) >= 7, f"a short word broken: {before}-|{after}"
        assert "/" not in before and "." not in before, f"an address broken with a hyphen: {line!r}"
        # Inside a citation's parenthesis: an opening "(" with no ")" after it on the line.
        assert not re.search(r"\([^)]*\d{0,4}[^)]*$", line) or not re.search(r"\((?:[A-Z][^)]*)$", line), line
    # The address breaks after a slash instead, and reads back whole.
    flat = re.sub(r"\s+", "", " ".join(t for _, _, t in _lines(path)))
    assert "https://example.org/repositories/noordermeer/documentation-archive" in flat


def test_the_seed_keeps_its_names_whole(tmp_path: Path) -> None:
    """The seed printed "(Aberna-|they", "Noor-|dermeer", "Neth-|erlands", "Rus-|sia"."""
    from galley.pipeline import analyse

    doc = analyse(SEED)
    for theme, paper in (("journal", "a4"), ("journal", "letter")):
        path = _render(doc, tmp_path / f"{theme}-{paper}.pdf", theme=theme, paper=paper)
        broken = _breaks(path, " ".join(b.text for b in doc.blocks))
        assert not [(a, b) for _, a, b in broken if (a + b).lstrip("(“")[:1].isupper()], broken


def test_soft_hyphens_are_language_aware_and_never_in_names() -> None:
    from galley.publish import enrich

    para = [{"t": "Str", "c": w} for w in "Noordermeer documentation Netherlands Übersetzungsprogramm".split()]
    en = enrich.soft_hyphens(para, "en")
    assert [x["c"] for x in en][0] == "Noordermeer" and "\u00ad" in en[1]["c"] and en[2]["c"] == "Netherlands"
    # German capitalises every noun: there a capital does not make a name, the noun may break.
    de = enrich.soft_hyphens(para, "de")
    assert "\u00ad" in de[3]["c"] and de[0]["c"] == "Noordermeer" or "\u00ad" in de[0]["c"]
    # Never inside a ligature (the PDF would read "dierent" back).
    assert "f\u00adf" not in enrich.soft_hyphens([{"t": "Str", "c": "different"}], "en")[0]["c"]
    # No patterns for the language: no hyphenation rather than English patterns.
    assert enrich.soft_hyphens(para, "x-unknown") == para


# -- the web font and the print stylesheet -------------------------------------------------------


def test_web_font_requested_with_swap_and_inline(tmp_path: Path) -> None:
    from fontTools.ttLib import TTFont

    assert build([SEED], tmp_path, "--format", "html") == 0
    page = (tmp_path / f"{SEED.stem}.html").read_text(encoding="utf-8")
    faces = re.findall(r"@font-face\s*{[^}]*}", page)
    assert len(faces) == 3 and all("font-display: swap" in f and 'format("woff2")' in f for f in faces)
    assert re.search(r'body\s*{[^}]*font-family: "Galley Serif"', page)
    for face in faces:
        data = base64.b64decode(re.search(r"data:font/woff2;base64,([A-Za-z0-9+/=]+)", face).group(1))  # type: ignore[union-attr]
        assert data[:4] == b"wOF2"
        font = TTFont(io.BytesIO(data))
        assert font["name"].getDebugName(1) == "Galley Serif"
        cmap = font.getBestCmap()
        assert all(ord(c) in cmap for c in "Aaäßłő“”–—’…€")  # Western and Central European text
    # The licence travels with the fonts.
    assert (load("journal").fonts / "OFL-SourceSerifPro.txt").is_file()


def _chromium_pdf(page: Path, out: Path) -> Path:
    exe = chromium()
    if exe is None:
        pytest.skip("Chromium is not installed (Debian package chromium; run 'make tools')")
    profile = out.parent / "profile"
    subprocess.run(
        [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            page.resolve().as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    if not out.is_file():
        pytest.skip("Chromium wrote no PDF")
    return out


def test_browser_uses_the_web_font_and_prints_with_a_page_rule(tmp_path: Path) -> None:
    """Chromium loads the served face (its PDF embeds GalleySerif, not a fallback) and, printing
    the page, keeps margins and a measure rather than full-width lines."""
    import pikepdf

    css = load("journal").css("screen")
    assert re.search(r"@media print\s*{\s*@page\s*{[^}]*margin", css)
    assert build([SEED], tmp_path, "--format", "html") == 0
    printed = _chromium_pdf(tmp_path / f"{SEED.stem}.html", tmp_path / "printed.pdf")
    with pikepdf.open(printed) as doc:
        fonts = {str(f.get("/BaseFont", "")) for p in doc.pages for f in p.resources.get("/Font", {}).values()}
        width = float(doc.pages[0].mediabox[2])
    assert any("GalleySerif" in f for f in fonts), fonts
    lines = _lines(printed)
    body = Counter(s for s, _, _ in lines).most_common(1)[0][0]
    widest = max(w for s, w, _ in lines if s == body)
    assert widest < width * 0.8, "printed lines run from edge to edge"
    assert characters_per_line(printed) <= 80


# -- navigation --------------------------------------------------------------------------------


def _ids_and_permalinks(page: str) -> tuple[list[str], list[str]]:
    ids = re.findall(r'\sid="([^"]+)"', page)
    links = re.findall(r'<a href="#([^"]+)" class="permalink"', page)
    return ids, links


def test_permalinks_stable_across_two_builds(tmp_path: Path) -> None:
    paper = tmp_path / "jose.00239.txt"
    shutil.copy(corpus_text("jose.00239", "jose-poppler"), paper)
    pages = []
    for n in (1, 2):
        assert build([paper], tmp_path / f"out{n}", "--format", "html", "--force") == 0
        pages.append((tmp_path / f"out{n}" / "jose.00239.html").read_text(encoding="utf-8"))
    (ids1, links1), (ids2, links2) = (_ids_and_permalinks(p) for p in pages)
    assert ids1 == ids2 and links1 == links2 and len(links1) >= 10
    assert len(ids1) == len(set(ids1)), "duplicate ids"
    # The "§" is drawn by the style sheet: a heading's text is its own words only.
    assert re.findall(r'class="permalink"[^>]*>([^<]*)</a>', pages[0]) == [""] * len(links1)
    assert '.permalink::after { content: "§"; }' in pages[0]
    # Every permalink points at its own section.
    for target in links1:
        assert re.search(
            rf'<section id="{re.escape(target)}"[^>]*>\s*<h\d[^>]*>.*?href="#{re.escape(target)}"', pages[0], re.S
        ), target


def test_citations_preview_their_entry_and_entries_link_back() -> None:
    doc = Document(
        Metadata(title="Cites", language="en"),
        [
            Block("heading", "Text", level=1, ident="text"),
            Block(
                "paragraph",
                "",
                inlines=[
                    Inline("As shown ("),
                    Inline("Knuth, 1984", kind="link", url="#ref-knuth-1984"),
                    Inline(") and again ("),
                    Inline("Knuth, 1984", kind="link", url="#ref-knuth-1984"),
                    Inline(")."),
                ],
            ),
            Block("heading", "References", level=1, ident="references"),
            Block(
                "reference", "Knuth, D. E. (1984). Literate programming. The Computer Journal.", ident="ref-knuth-1984"
            ),
        ],
    )
    body = html.body_html(doc)
    cites = re.findall(r'<a href="#ref-knuth-1984" id="(cite-\d)" class="citation" title="([^"]+)"', body)
    assert [c for c, _ in cites] == ["cite-1", "cite-2"] and cites[0][1].startswith("Knuth, D. E. (1984). Literate")
    entry = body.split('id="ref-knuth-1984"', 1)[1].split("</div>", 1)[0]
    assert re.findall(r'href="#(cite-\d)" class="back-link"', entry) == ["cite-1", "cite-2"]
    # The PDF has no back-links (a reader of paper cannot follow them).
    assert "back-link" not in html.body_html(doc, "print")


# -- the paper's own citation --------------------------------------------------------------------


def _exports(page: str) -> dict[str, str]:
    found = re.findall(r'<a href="data:([^;]+);charset=utf-8,([^"]+)" download="[^"]+">([^<]+)</a>', page)
    return {label: unquote(data) for _, data, label in found}


def test_cite_this_exports_parse() -> None:
    import bibtexparser
    import jsonschema

    doc = Document(JOURNAL, [Block("heading", "Intro", level=1, ident="intro"), Block("paragraph", "Text.")])
    page = html.render_page(doc, load("journal"), stem="p", body=html.body_html(doc), links={})
    found = _exports(page)
    assert set(found) == {"BibTeX", "RIS", "CSL-JSON"}

    library = bibtexparser.parse_string(found["BibTeX"])
    assert not library.failed_blocks and len(library.entries) == 1
    entry = library.entries[0]
    assert entry.entry_type == "article" and entry.key == "Wagner2026Teaching"
    fields = {f.key: f.value for f in entry.fields}
    assert fields["author"] == "Wagner, Gerit and van der Burg, Sven A. and Noordermeer, Jean-Paul"
    assert fields["title"] == r"Teaching \{Python\} \& 100\% of LaTeX\_things: a course"
    assert (fields["journal"], fields["volume"], fields["number"], fields["pages"], fields["year"]) == (
        "Journal of Open Source Education",
        "9",
        "97",
        "292",
        "2026",
    )

    items = json.loads(found["CSL-JSON"])
    jsonschema.validate(items, json.loads((DATA / "csl-data.json").read_text(encoding="utf-8")))
    assert items[0]["author"][1] == {"family": "van der Burg", "given": "Sven A."}
    assert items[0]["issued"] == {"date-parts": [[2026, 3, 28]]}

    ris = found["RIS"].splitlines()
    assert ris[0] == "TY  - JOUR" and ris[-1] == "ER  - " and all(re.match(r"[A-Z][A-Z0-9]  - ", ln) for ln in ris)
    assert "AU  - van der Burg, Sven A." in ris and "DO  - 10.21105/jose.00292" in ris

    apa = re.search(r'<p class="apa">([^<]+)</p>', page).group(1)  # type: ignore[union-attr]
    assert apa.startswith("Wagner, G., van der Burg, S. A., &amp; Noordermeer, J.-P. (2026).")
    assert "Journal of Open Source Education, 9(97), 292. https://doi.org/10.21105/jose.00292" in apa


def test_no_cite_block_without_anything_to_cite() -> None:
    doc = Document(Metadata(title="Only a title"), [Block("paragraph", "Text.")])
    page = html.render_page(doc, load("journal"), stem="p", body=html.body_html(doc), links={})
    assert 'class="cite-this"' not in page and not _exports(page)


def test_a_translated_title_shows_under_the_title_and_stays_out_of_the_citation() -> None:
    meta = Metadata(
        title="Impacto do estresse na saúde de cortadores de cana",
        translated_title="Impact of stress on the health of sugarcane cutters",
        authors=[Author("Roseana Mara Aredes Priuli")],
        journal="Revista de Saúde Pública",
    )
    doc = Document(meta, [Block("paragraph", "Texto.")])
    page = html.render_page(doc, load("journal"), stem="p", body=html.body_html(doc), links={})
    assert '<p class="translated-title">Impact of stress on the health of sugarcane cutters</p>' in page
    assert page.index('class="title"') < page.index('class="translated-title"')
    assert "cana: Impact" not in page  # no "Title: translation" in the cite-this line
    assert "Impact of stress" in epub.title_page(doc, "p")


@pytest.mark.parametrize(
    "lang, expected",
    [("en", "28 March 2026"), ("de", "28. März 2026"), ("fr", "28 mars 2026"), ("pt-BR", "28 de março de 2026")],
)
def test_dates_in_the_paper_s_language(lang: str, expected: str) -> None:
    assert citation.format_date("2026-03-28", lang) == expected
    assert citation.format_date("spring 2026", lang) == "spring 2026"


def test_licence_links() -> None:
    assert citation.licence_url("CC BY 4.0") == "https://creativecommons.org/licenses/by/4.0/"
    assert citation.licence_url("CC-BY-NC-SA 3.0") == "https://creativecommons.org/licenses/by-nc-sa/3.0/"
    assert citation.licence_url("All rights reserved") == ""


def test_page_one_prints_the_journal_identity_with_links(tmp_path: Path) -> None:
    import pikepdf
    from pdfminer.high_level import extract_text

    doc = Document(JOURNAL, [Block("heading", "Intro", level=1, ident="intro"), Block("paragraph", NAMED)])
    path = _render(doc, tmp_path / "p.pdf")
    first = " ".join(extract_text(str(path), page_numbers=[0]).split())
    for text in (
        "Journal of Open Source Education",
        "9(97), 292",
        "14 January 2025",
        "10 March 2026",
        "28 March 2026",
        "10.21105/jose.00292",
        "CC BY 4.0",
    ):
        assert text in first, text
    assert first.index("Journal of Open Source Education") < first.index("Teaching")
    with pikepdf.open(path) as pdf_doc:
        uris = {str(a.A.URI) for a in pdf_doc.pages[0].get("/Annots", []) if "/A" in a and "/URI" in a.A}
    assert {
        "https://creativecommons.org/licenses/by/4.0/",
        "https://orcid.org/0000-0002-1825-0097",
        "https://doi.org/10.21105/jose.00292",
    } <= uris


# -- missing figures ---------------------------------------------------------------------------------


def _figure_paper(lang: str = "en") -> Document:
    return Document(
        Metadata(title="Figures", language=lang),
        [
            Block("heading", "Results", level=1, ident="results"),
            Block("paragraph", "The map in Figure 2 shows the sites (see also Fig. 1)."),
            Block("caption", "Figure 1: Sites."),
            Block("caption", "Figure 2: A map of the sites."),
            Block("caption", "Table 1: Counts."),
        ],
    )


def test_missing_figure_is_a_numbered_placeholder_linked_from_the_text(tmp_path: Path) -> None:
    from pdfminer.high_level import extract_text

    body = html.body_html(_figure_paper())
    anchored = r'<div id="fig-2" class="figure-anchor">\s*<figure class="missing-figure">(.*?)</figure>'
    fig = re.search(anchored, body, re.S)
    assert fig and "Figure 2 is not part of the source text" in fig.group(1)
    assert "<figcaption>Figure 2: A map of the sites.</figcaption>" in re.sub(r"</?span[^>]*>", "", fig.group(1))
    assert '<a href="#fig-2" class="figure-ref">Figure 2</a>' in body
    assert '<a href="#fig-1" class="figure-ref">Fig. 1</a>' in body
    assert 'id="fig-1"' in body and "Table 1: Counts." in re.sub(r"</?span[^>]*>", "", body) and "table-1" not in body
    text = " ".join(extract_text(str(_render(_figure_paper(), tmp_path / "f.pdf"))).split())
    assert "Figure 2 is not part of the source text Figure 2: A map of the sites." in text
    # In the paper's language.
    assert "Abbildung 2 ist nicht Teil des Ausgangstexts" in html.body_html(_figure_paper("de"))


def test_a_figure_link_in_the_epub_reaches_the_chapter_that_holds_the_figure(tmp_path: Path) -> None:
    """pandoc splits the EPUB into a file per section: a mention of Figure 1 in a later
    section must point at the earlier file (EPUBCheck RSC-012 otherwise)."""
    import zipfile

    from galley.publish import epub
    from galley.publish.themes import load

    doc = Document(
        Metadata(title="Figures"),
        [
            Block("heading", "Data", level=1, ident="data"),
            Block("caption", "Figure 1: Sites."),
            Block("heading", "Results", level=1, ident="results"),
            Block("paragraph", "As Figure 1 shows, the sites are spread."),
        ],
    )
    out = tmp_path / "f.epub"
    epub.write_epub(doc, load("journal"), out, stem="f")
    with zipfile.ZipFile(out) as z:
        pages = {n: z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml")}
    holder = next(n for n, t in pages.items() if 'id="fig-1"' in t)
    linking = next(n for n, t in pages.items() if 'class="figure-ref"' in t)
    assert holder != linking
    assert f'href="{Path(holder).name}#fig-1"' in pages[linking]


# -- PDF and EPUB --------------------------------------------------------------------------------------


def test_pdf_is_tagged_by_default(tmp_path: Path) -> None:
    import pikepdf

    assert build([SEED], tmp_path, "--format", "pdf") == 0
    with pikepdf.open(tmp_path / f"{SEED.stem}.pdf") as doc:
        assert "/StructTreeRoot" in doc.Root and bool(doc.Root.MarkInfo.Marked)
        kinds = set()

        def walk(node: object, depth: int = 0) -> None:
            if isinstance(node, pikepdf.Dictionary) and "/S" in node:
                kinds.add(str(node.S))
            kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []:
                if depth < 12:
                    walk(kid, depth + 1)

        walk(doc.Root.StructTreeRoot)
    assert {"/H1", "/P"} <= kinds or {"/H2", "/P"} <= kinds, kinds


def test_epub_cover_needs_no_font_and_the_summary_is_true(tmp_path: Path) -> None:
    doc = _figure_paper()
    doc.meta.authors = [Author("Ada Lovelace")]
    out = tmp_path / "f.epub"
    epub.write_epub(doc, load("journal"), out, stem="f")
    with zipfile.ZipFile(out) as z:
        svg = next(z.read(n).decode() for n in z.namelist() if n.endswith("cover.svg"))
        opf = next(z.read(n).decode() for n in z.namelist() if n.endswith(".opf"))
    assert "<text" not in svg and "font-family" not in svg and svg.count("<path ") >= 10
    assert '<title id="cover-title">Cover: Figures, by Ada Lovelace</title>' in svg
    summary = re.search(r'accessibilitySummary">([^<]*)', opf).group(1)  # type: ignore[union-attr]
    assert "2 figures are not included" in summary and "appear as their extracted lines, not as data tables" in summary
    assert "figures and tables of the original are not included" not in summary


def test_cover_text_is_escaped() -> None:
    from galley.publish import cover

    svg = cover.cover_svg(Metadata(title='<script>alert("x")</script> & more'), "x")
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_manuscript_line_numbers_count_text_lines_only(tmp_path: Path) -> None:
    """The manuscript theme numbers each page's lines of text in the margin: the space after
    the title block, around a heading and between blocks gets no number, and every number sits
    level with a line of text."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    prose = "The use of econometrics to study how social, economic, and biophysical systems respond to weather. "
    doc = Document(
        Metadata(title="Numbered lines", language="en"),
        [
            Block("heading", "Summary", level=1, ident="summary"),
            Block("paragraph", prose * 3),
            Block("caption", "Figure 1: A map."),
            Block("heading", "Methods", level=1, ident="methods"),
            Block("paragraph", prose * 2),
        ],
    )
    out = _render(doc, tmp_path / "m.pdf", theme="manuscript")
    page = next(iter(extract_pages(str(out))))
    lines = [ln for box in page if isinstance(box, LTTextContainer) for ln in box if isinstance(ln, LTTextLine)]
    edge = min(ln.x0 for ln in lines if not ln.get_text().strip().isdigit())  # the text block's left edge
    numbers = [ln for ln in lines if ln.get_text().strip().isdigit() and ln.x1 < edge]
    folio = re.compile(r"\d+ / \d+")  # the page number at the foot
    text = [
        ln for ln in lines if ln.x0 >= edge and ln.get_text().strip() and not folio.fullmatch(ln.get_text().strip())
    ]
    assert [int(n.get_text()) for n in sorted(numbers, key=lambda ln: -ln.y0)] == list(range(1, len(numbers) + 1))
    # One number per line of text (the missing figure's note is no line of the text), each on its baseline.
    placeholder = [ln for ln in text if "not part of the source text" in ln.get_text()]
    assert len(numbers) == len(text) - len(placeholder) >= 8
    for n in numbers:
        middle = (n.y0 + n.y1) / 2
        assert any(t.y0 <= middle <= t.y1 for t in text), n.get_text()
