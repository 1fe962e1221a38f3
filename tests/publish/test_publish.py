"""Publishing, from the model: what a reader, an indexer and a library see in HTML, PDF, EPUB.

Every test starts from a Document (or its pandoc JSON), never from raw text, so it tests the
publish stage alone. Real pandoc and real WeasyPrint; the PDF is read back with pdfminer
and pikepdf, the EPUB is unzipped and read.
"""

from __future__ import annotations

import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from galley.model import Author, Block, Document, Inline, Metadata
from galley.publish import epub, html, pandoc_json, pdf, validate
from galley.publish.themes import load

TITLE = "Measuring the Unmeasurable: Ligatures, Offices and Workflows in Open Science"
# Words with fi/ffi/ffl/fl ligatures in Source Serif Pro: they must read back as letters.
PROSE = (
    "The official office staff were efficient and affluent in their workflows, and the "
    "difficult reflections of the fluent officers were influential beyond their field. "
)


def paper(notes: int = 8, sections: int = 6, meta: Metadata | None = None) -> Document:
    """A paper with three authors (two sharing an affiliation), notes, links, nested sections
    and references: enough for several pages."""
    m = meta or Metadata(
        title=TITLE,
        authors=[
            Author(
                "Ada Lovelace",
                "Analytical Engine Society, London",
                orcid="0000-0002-1825-0097",
                email="ada@example.org",
            ),
            Author("Charles Babbage", "University of Cambridge"),
            Author("Grace Hopper", "Analytical Engine Society, London"),
        ],
        date="2024-05-23",
        doi="10.21105/jose.00090",
        keywords=["open science", "typography"],
        language="en",
        licence="CC BY 4.0",
        abstract="We study the efficient offices of affluent officials and their workflows.",
    )
    blocks: list[Block] = []
    n = 0
    for s in range(sections):
        level = 2 if s % 3 == 2 else 1
        blocks.append(Block("heading", f"Section {s + 1}", level=level, ident=f"section-{s + 1}"))
        for _ in range(3):
            runs = [Inline(PROSE * 2)]
            if n < notes:
                runs.append(
                    Inline("", kind="note", note=[Block("paragraph", f"Note number {n + 1} on the office staff.")])
                )
                n += 1
            runs += [Inline(" See "), Inline("the project site", kind="link", url="https://example.org/"), Inline(".")]
            blocks.append(Block("paragraph", "", inlines=runs))
    blocks.append(Block("heading", "References", level=1, ident="references"))
    blocks.append(Block("reference", "Knuth, D. E. (1984). Literate programming. The Computer Journal.", ident="ref-1"))
    blocks.append(Block("reference", "Lamport, L. (1986). LaTeX: a document preparation system.", ident="ref-2"))
    return Document(m, blocks)


class Page(HTMLParser):
    """Meta tags, JSON-LD, element ids/classes and links of an HTML page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.meta: list[tuple[str, str]] = []
        self.links: list[dict[str, str | None]] = []
        self.anchors: list[dict[str, str | None]] = []
        self.html: dict[str, str | None] = {}
        self.jsonld: list[str] = []
        self._script = False
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "html":
            self.html = a
        elif tag == "meta" and a.get("name"):
            self.meta.append((a["name"] or "", a.get("content") or ""))
        elif tag == "link":
            self.links.append(a)
        elif tag == "a":
            self.anchors.append(a)
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._script = True

    def handle_endtag(self, tag: str) -> None:
        self._script = False

    def handle_data(self, data: str) -> None:
        if self._script:
            self.jsonld.append(data)

    def values(self, name: str) -> list[str]:
        return [v for k, v in self.meta if k == name]

    def ids(self) -> set[str]:
        return {a["id"] or "" for _, a in self.tags if a.get("id")}


def screen_page(doc: Document, theme: str = "journal", links: dict[str, str] | None = None) -> str:
    t = load(theme)
    links = {"pdf": "paper.pdf", "epub": "paper.epub"} if links is None else links
    return html.render_page(doc, t, stem="paper", body=html.body_html(doc), links=links, css_inline=t.css("screen"))


# -- HTML ----------------------------------------------------------------------------


def test_html_citation_tags_for_indexers() -> None:
    page = Page(screen_page(paper()))
    assert page.html["lang"] == "en"
    assert page.values("citation_title") == [TITLE]
    assert page.values("citation_author") == ["Ada Lovelace", "Charles Babbage", "Grace Hopper"]
    # Each author's institution follows that author, as Google Scholar reads them.
    order = [(k, v) for k, v in page.meta if k in ("citation_author", "citation_author_institution")]
    assert order[:4] == [
        ("citation_author", "Ada Lovelace"),
        ("citation_author_institution", "Analytical Engine Society, London"),
        ("citation_author", "Charles Babbage"),
        ("citation_author_institution", "University of Cambridge"),
    ]
    assert page.values("citation_doi") == ["10.21105/jose.00090"]
    assert page.values("citation_pdf_url") == ["paper.pdf"]
    assert page.values("citation_publication_date") == ["2024/05/23"]
    assert page.values("citation_author_orcid") == ["https://orcid.org/0000-0002-1825-0097"]
    assert page.values("citation_keywords") == ["open science; typography"]
    alternates = {a.get("type"): a.get("href") for a in page.links if a.get("rel") == "alternate"}
    assert alternates == {"application/pdf": "paper.pdf", "application/epub+zip": "paper.epub"}


def test_html_json_ld_scholarly_article() -> None:
    page = Page(screen_page(paper()))
    data = json.loads("".join(page.jsonld))
    assert data["@type"] == "ScholarlyArticle" and data["headline"] == TITLE
    assert [a["name"] for a in data["author"]] == ["Ada Lovelace", "Charles Babbage", "Grace Hopper"]
    assert data["author"][0]["affiliation"] == {"@type": "Organization", "name": "Analytical Engine Society, London"}
    assert data["author"][0]["sameAs"] == "https://orcid.org/0000-0002-1825-0097"
    assert (
        data["identifier"]["value"] == "10.21105/jose.00090" and data["sameAs"] == "https://doi.org/10.21105/jose.00090"
    )
    assert data["datePublished"] == "2024-05-23" and data["keywords"] == ["open science", "typography"]
    assert {e["encodingFormat"] for e in data["encoding"]} == {"application/pdf", "application/epub+zip"}


def test_text_can_never_close_the_json_ld_script() -> None:
    doc = paper(meta=Metadata(title='Evil </script><script>alert(1)</script> "title"', language="en"))
    text = screen_page(doc)
    script = text.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert json.loads(script)["headline"].startswith("Evil </script>")
    assert "<script>alert" not in text


def test_title_block_affiliations_numbered_and_shared() -> None:
    text = screen_page(paper())
    block = text.split('<header class="title-block">', 1)[1].split("</header>", 1)[0]
    # Two distinct affiliations, numbered; Ada and Grace share number 1.
    assert re.findall(r'<li id="aff-(\d)"><sup>\d</sup> ([^<]+)</li>', block) == [
        ("1", "Analytical Engine Society, London"),
        ("2", "University of Cambridge"),
    ]
    marks = re.findall(r'class="name">([^<]+)</span><sup class="aff-marks">(.*?)</sup>', block)
    assert [(name, re.findall(r">(\d)<", m)) for name, m in marks] == [
        ("Ada Lovelace", ["1"]),
        ("Charles Babbage", ["2"]),
        ("Grace Hopper", ["1"]),
    ]
    assert 'href="https://doi.org/10.21105/jose.00090"' in block
    assert '<time datetime="2024-05-23">' in block
    assert "open science · typography" in block
    assert 'href="paper.pdf"' in block and 'href="paper.epub"' in block


def test_an_affiliation_holding_a_semicolon_stays_one() -> None:
    """trans-45: the first affiliation ends on two addresses parted by ';'; the author's
    two affiliations are joined by ';' too. Two affiliations, not four."""
    first = "Universidad Complutense de Madrid. E-mail: defreitas.jh@gmail.com; jdefreit@ucm.es."
    second = "Universidad Católica Andrés Bello, Caracas, Venezuela"
    author = Author("Juan Horacio de Freitas", f"{first}; {second}")
    meta = Metadata(title="Cinismo e indiferenciación", authors=[author], affiliations=[first, second])
    block = screen_page(paper(meta=meta)).split('<header class="title-block">', 1)[1].split("</header>", 1)[0]
    assert re.findall(r'<li id="aff-(\d)"><sup>\d</sup> ([^<]+)</li>', block) == [("1", first), ("2", second)]
    assert re.findall(r'aria-label="affiliation (\d)"', block) == ["1", "2"]
    # Only a whole listed one is kept whole: ``A; B`` does not swallow ``A; B Hospital``;
    # the longest listed one that fits wins.
    authors = [Author("X", "A; B Hospital; C"), Author("Y", "A; B; C"), Author("Z", "C;; A")]
    meta = Metadata(authors=authors, affiliations=["A; B", "A; B; C"])
    assert html.affiliations(meta) == (["A", "B Hospital", "C", "A; B; C", "A; B"], [[1, 2, 3], [4], [3, 1]])


def test_single_affiliation_is_not_numbered() -> None:
    meta = Metadata(title="One place", authors=[Author("A. Author", "Uni X"), Author("B. Author", "Uni X")])
    text = screen_page(paper(meta=meta))
    assert 'class="aff-marks"' not in text and '<li id="aff-1">Uni X</li>' in text


def test_abstract_set_apart_once() -> None:
    text = screen_page(paper())
    assert text.count('class="abstract"') == 1
    assert re.search(r'<main id="content">\s*<section class="abstract"', text)
    # A paper whose body opens with its own Abstract heading keeps that one, marked, and no second.
    doc = paper()
    doc.blocks[:0] = [Block("heading", "Abstract", level=1, ident="abstract"), Block("paragraph", "Our own abstract.")]
    text = screen_page(doc)
    assert len(re.findall(r'>Abstract(?:<a [^>]*class="permalink"[^>]*></a>)?</h2>', text)) == 1
    assert re.search(r'<section id="abstract" class="level2 abstract">', text)


def test_toc_for_long_papers_only() -> None:
    page = Page(screen_page(paper(sections=6)))
    toc = [a["href"] for a in page.anchors if (a.get("href") or "").startswith("#section-")]
    assert toc[:6] == [f"#section-{i}" for i in range(1, 7)]
    assert {h.lstrip("#") for h in toc} <= page.ids()  # every entry lands on a heading
    short = screen_page(paper(sections=2))
    assert 'class="toc"' not in short


def test_footnotes_with_back_links() -> None:
    page = Page(screen_page(paper(notes=3)))
    refs = [a for a in page.anchors if a.get("role") == "doc-noteref"]
    backs = [a for a in page.anchors if a.get("role") == "doc-backlink"]
    assert len(refs) == len(backs) == 3
    for ref, back in zip(refs, backs, strict=True):
        assert (ref["href"] or "").lstrip("#") in page.ids() and (back["href"] or "").lstrip("#") in page.ids()
        assert back["href"] == "#" + (ref["id"] or "")


def test_screen_css_responsive_dark_and_print() -> None:
    text = screen_page(paper())
    style = text.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "@media (prefers-color-scheme: dark)" in style
    assert "@media print" in style and "@media (max-width:" in style
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text
    # CSS goes in unescaped: a quoted font name or a child combinator survives.
    assert '"Source Serif Pro"' in style and "&#34;" not in style and "&gt;" not in style


def test_publish_starts_from_pandoc_json() -> None:
    """The JSON form is the contract: a Document read back from it publishes the same page."""
    from galley.publish import pandoc

    doc = paper()
    again = pandoc_json.ast_to_document(json.loads(json.dumps(pandoc_json.document_to_ast(doc, pandoc.api_version()))))

    def squeeze(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    assert squeeze(screen_page(again)) == squeeze(screen_page(doc))


def test_print_page_puts_notes_at_their_calls() -> None:
    page = html.print_page(paper(notes=2), load("journal"), stem="paper")
    assert page.count('<span class="footnote">Note number') == 2
    assert "footnotes-end-of-document" not in page
    assert 'data-running-head="Lovelace et al. · Measuring the Unmeasurable"' in page


def test_running_head_pieces() -> None:
    assert html.short_title("A practical guide to climate econometrics: Navigating key decision points") == (
        "A practical guide to climate econometrics"
    )
    long = "An extremely long title without any colon that goes on and on about many different topics"
    assert len(html.short_title(long)) <= 61 and html.short_title(long).endswith("…")
    assert html.short_authors(Metadata(authors=[Author("James A. Rising")])) == "Rising"
    assert html.short_authors(Metadata(authors=[Author("A Xu"), Author("B Yi")])) == "Xu & Yi"
    assert html.short_authors(Metadata(authors=[Author("Sven A. van der Burg"), Author("X"), Author("Y")])) == (
        "van der Burg et al."
    )
    assert html.short_authors(Metadata(authors=[Author("Ludwig van Beethoven")])) == "van Beethoven"


# -- PDF -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample paper as A4 and Letter PDFs (journal theme), rendered once."""
    out = tmp_path_factory.mktemp("pdf")
    theme = load("journal")
    page = html.print_page(paper(), theme, stem="paper")
    paths = {}
    for size in ("a4", "letter"):
        paths[size] = out / f"{size}.pdf"
        pdf.write_pdf(page, theme, paths[size], paper=size)
    return paths


def _pages(path: Path) -> list[list[tuple[float, float, str]]]:
    """Per page: text lines as (y top, x left, text), top first."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    pages = []
    for layout in extract_pages(path):
        lines = []
        for box in layout:
            if isinstance(box, LTTextContainer):
                for line in box:
                    if isinstance(line, LTTextLine):
                        lines.append((layout.height - line.y1, line.x0, line.get_text().strip()))
        pages.append(sorted(lines))
    return pages


def test_pdf_paper_sizes(pdfs: dict[str, Path]) -> None:
    import pikepdf

    for size, (w, h) in {"a4": (595, 842), "letter": (612, 792)}.items():
        with pikepdf.open(pdfs[size]) as doc:
            box = [float(x) for x in doc.pages[0].MediaBox]
            assert (round(box[2]), round(box[3])) == (w, h), size


def test_pdf_running_head_and_page_numbers(pdfs: dict[str, Path]) -> None:
    pages = _pages(pdfs["a4"])
    assert len(pages) >= 2
    top_first = pages[0][0][2]
    assert top_first.startswith("Measuring the Unmeasurable"), "page 1 opens with the title, no running head"
    for n, lines in enumerate(pages[1:], start=2):
        assert lines[0][2] == "Lovelace et al. · Measuring the Unmeasurable", f"running head on page {n}"
        assert lines[-1][2] == str(n), f"page number at the foot of page {n}"
    assert pages[0][-1][2] == "1"


def test_pdf_footnotes_at_the_bottom_of_their_page(pdfs: dict[str, Path]) -> None:
    pages = _pages(pdfs["a4"])
    seen = 0
    for lines in pages:
        notes = [(y, t) for y, _, t in lines if re.match(r"\d+\. Note number \d+", t)]
        body = [y for y, _, t in lines if "official office" in t]
        for _, t in notes:
            seen += 1
            assert t.startswith(f"{seen}. Note number {seen}")
        if notes:
            assert min(y for y, _ in notes) > max(body), "notes sit below the text of their page"
    assert seen == 8
    # WeasyPrint issue #2502 (a thick @footnote border puts every note on its own page): the
    # paper fits on few pages.
    assert len(pages) <= 4


def test_pdf_bookmarks_follow_heading_levels(pdfs: dict[str, Path]) -> None:
    import pikepdf

    with pikepdf.open(pdfs["a4"]) as doc, doc.open_outline() as outline:
        tree = [(item.title, [c.title for c in item.children]) for item in outline.root]
    assert tree == [
        ("Abstract", []),
        ("Section 1", []),
        ("Section 2", ["Section 3"]),
        ("Section 4", []),
        ("Section 5", ["Section 6"]),
        ("References", []),
    ]


def test_pdf_fonts_embedded_subset_and_text_reads_back(pdfs: dict[str, Path]) -> None:
    from pdfminer.high_level import extract_text

    facts = validate.pdf_facts(pdfs["a4"])
    assert facts.fonts and all(f["embedded"] and f["subset"] for f in facts.fonts.values()), facts.fonts
    assert all("Source-Serif-Pro" in name for name in facts.fonts)
    assert facts.lang == "en" and facts.title == TITLE
    text = extract_text(str(pdfs["a4"]))
    assert not re.search("[\ufb00-\ufb06]", text), "ligature glyphs must read back as letters"
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    # Justified, hyphenated text: some lines end in a hyphen, and every one joins into a word
    # of the paper.
    words = set(re.findall(r"[A-Za-z]+", PROSE + TITLE + " Note number office staff project site"))
    broken = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if re.search(r"[a-z]-$", a)]
    assert broken, "no hyphenation at all: hyphens:auto or lang is missing"
    for a, b in broken:
        if not b[:1].isalpha():
            continue  # a footnote came between the two halves in the extracted order
        joined = re.findall(r"[A-Za-z]+$", a[:-1])[0] + re.findall(r"^[A-Za-z]+", b)[0]
        assert joined in words, f"{a!r} / {b!r}"
    flat = " ".join(" ".join(lines).replace("- ", "").split())
    assert "efficient and affluent in their workflows" in flat
    assert flat.index("Section 1") < flat.index("Section 2") < flat.index("References")


@pytest.mark.parametrize("variant, part", [("pdf/ua-1", "pdfuaid"), ("pdf/a-3u", "pdfaid")])
def test_pdf_variants_are_tagged(tmp_path: Path, variant: str, part: str) -> None:
    """WeasyPrint's PDF/UA-1 and PDF/A-3u, checked as far as pikepdf can see. veraPDF (the
    real validator) cannot be installed from the registries this project uses."""
    theme = load("journal")
    out = tmp_path / "v.pdf"
    pdf.write_pdf(html.print_page(paper(notes=2, sections=3), theme, stem="paper"), theme, out, variant=variant)
    facts = validate.pdf_facts(out)
    assert facts.tagged and facts.has_struct_tree and facts.lang == "en"
    assert facts.display_doc_title and facts.title == TITLE
    assert (facts.pdfuaid == "1") if part == "pdfuaid" else (facts.pdfaid == "3U")
    assert all(f["embedded"] and f["subset"] for f in facts.fonts.values())


def test_pdf_toc_with_page_numbers_when_the_theme_asks(tmp_path: Path) -> None:
    """``pdf_toc = true`` in a theme (here a user's theme extending journal) prints a table
    of contents whose page numbers come from target-counter."""
    from pdfminer.high_level import extract_text

    folder = tmp_path / "withtoc"
    folder.mkdir()
    (folder / "theme.toml").write_text('extends = "journal"\n[options]\npdf_toc = true\n', encoding="utf-8")
    theme = load(str(folder))
    out = tmp_path / "toc.pdf"
    pdf.write_pdf(html.print_page(paper(sections=6), theme, stem="paper"), theme, out)
    first = " ".join(extract_text(str(out), page_numbers=[0]).split())
    assert "Contents" in first
    heads = dict(re.findall(r"(Section \d|References) (?:\. ?)+(\d+)", first))
    assert heads.get("Section 1") == "1" and int(heads.get("References", "0")) >= 2, first[:800]


# -- EPUB ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("epub") / "paper.epub"
    epub.write_epub(paper(), load("journal"), out, stem="paper")
    return out


def _read(book: Path) -> dict[str, str]:
    with zipfile.ZipFile(book) as z:
        return {n: z.read(n).decode("utf-8", "replace") for n in z.namelist() if not n.endswith((".ttf", ".otf"))}


def test_epub_package_metadata(book: Path) -> None:
    files = _read(book)
    opf = next(v for k, v in files.items() if k.endswith(".opf"))
    assert "<dc:title" in opf and TITLE in opf
    assert re.findall(r"<dc:creator[^>]*>([^<]+)", opf) == ["Ada Lovelace", "Charles Babbage", "Grace Hopper"]
    assert re.search(r"<dc:identifier[^>]*>doi:10.21105/jose.00090<", opf)
    assert re.search(r"<dc:date[^>]*>2024-05-23", opf)
    assert re.findall(r"<dc:subject[^>]*>([^<]+)", opf) == ["open science", "typography"]
    assert "<dc:description>We study the efficient offices" in opf
    with zipfile.ZipFile(book) as z:
        assert z.namelist()[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        fonts = [n for n in z.namelist() if n.endswith(".ttf")]
    assert len(fonts) >= 2
    css = "".join(v for k, v in files.items() if k.endswith(".css"))
    assert 'font-family: "Source Serif Pro"' in css and "url(../fonts/SourceSerifPro-Regular.ttf)" in css


def test_epub_accessibility_metadata_is_true(book: Path) -> None:
    opf = next(v for k, v in _read(book).items() if k.endswith(".opf"))
    meta = re.findall(r'<meta property="(schema:[^"]+|dcterms:conformsTo|a11y:[^"]+)">([^<]+)<', opf)
    modes = [v for k, v in meta if k == "schema:accessMode"]
    features = [v for k, v in meta if k == "schema:accessibilityFeature"]
    assert sorted(modes) == ["textual", "visual"]  # the text, and the cover image
    assert ("schema:accessModeSufficient", "textual") in meta  # the cover has a text alternative
    assert {"tableOfContents", "structuralNavigation", "readingOrder", "alternativeText"} <= set(features)
    assert ("schema:accessibilityHazard", "none") in meta
    assert any(k == "schema:accessibilitySummary" and "pop-up" in v for k, v in meta)
    assert ("dcterms:conformsTo", epub.A11Y_CONFORMANCE) in meta


def test_epub_claims_no_conformance_when_a_check_fails(tmp_path: Path) -> None:
    doc = paper()
    doc.blocks.insert(0, Block("heading", "Deep first", level=3, ident="deep"))  # skips levels 1-2
    assert epub.conformance_problems(doc)
    out = tmp_path / "skip.epub"
    epub.write_epub(doc, load("journal"), out, stem="skip")
    opf = next(v for k, v in _read(out).items() if k.endswith(".opf"))
    assert "dcterms:conformsTo" not in opf and "schema:accessMode" in opf


def test_epub_popup_notes_nav_levels_and_cover(book: Path) -> None:
    files = _read(book)
    text = "".join(v for k, v in files.items() if k.endswith(".xhtml"))
    assert text.count('epub:type="noteref"') == 8 and text.count('epub:type="footnote"') == 8
    nav = next(v for k, v in files.items() if k.endswith("nav.xhtml"))
    toc = nav.split('epub:type="toc"', 1)[1].split("</nav>", 1)[0]
    # Section 3 sits inside Section 2's entry: a nested list.
    s2 = toc.split(">Section 2<", 1)[1].split(">Section 4<", 1)[0]
    assert "<ol" in s2 and ">Section 3<" in s2
    marks = nav.split('epub:type="landmarks"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r'epub:type="(\w+)"', marks) == ["cover", "bodymatter", "titlepage"]
    opf = next(v for k, v in files.items() if k.endswith(".opf"))
    assert re.search(
        r'<item id="cover-image" href="media/cover.svg" media-type="image/svg\+xml" properties="cover-image"', opf
    )
    spine = opf.split("<spine", 1)[1]
    assert spine.index('idref="cover_xhtml"') < spine.index('idref="title_page_xhtml"')
    svg = next(v for k, v in files.items() if k.endswith("cover.svg"))
    assert "Measuring the" in svg and "Ada Lovelace" in svg
    title = next(v for k, v in files.items() if k.endswith("title_page.xhtml"))
    assert "Ada Lovelace<sup>1</sup>" in title and "<sup>2</sup> University of Cambridge" in title
    assert 'href="https://doi.org/10.21105/jose.00090"' in title and "Keywords: open science, typography" in title
    cover = next(v for k, v in files.items() if k.endswith("cover.xhtml"))
    assert 'alt="Cover: Measuring the Unmeasurable' in cover


def test_heading_ids_never_collide_with_the_page_s_own() -> None:
    """A section called "Content" or "Footnotes" keeps a unique id (the Nu validator rejects
    duplicates, and a link to #content would land on the wrong element)."""
    doc = paper(notes=1, sections=4)
    doc.blocks += [Block("heading", "Content", level=1, ident="content"), Block("paragraph", "Text.")]
    doc.blocks += [Block("heading", "Footnotes", level=1, ident="footnotes"), Block("paragraph", "More.")]
    page = Page(screen_page(doc))
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    toc = [
        a["href"]
        for a in page.anchors
        if (a.get("href") or "").startswith("#content") and "permalink" not in (a.get("class") or "")
    ]
    assert toc == ["#content-section"]


def test_pdf_headings_stay_with_their_next_paragraph(tmp_path: Path) -> None:
    """Thirty sections of uneven length: without break-after: avoid some heading would end a
    page. No page's last body line (notes, running head and folio aside) is a heading."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

    blocks: list[Block] = []
    for s in range(30):
        blocks.append(Block("heading", f"Heading number {s + 1}", level=1, ident=f"h{s + 1}"))
        blocks += [Block("paragraph", PROSE * (1 + (s * 7) % 5)) for _ in range(1 + s % 3)]
    doc = Document(Metadata(title="Many sections", language="en"), blocks)
    theme = load("journal")
    out = tmp_path / "heads.pdf"
    pdf.write_pdf(html.print_page(doc, theme, stem="heads"), theme, out)

    def size(line: LTTextLine) -> float:
        return max((ch.size for ch in line if isinstance(ch, LTChar)), default=0)

    pages = 0
    for layout in extract_pages(out):
        pages += 1
        lines = sorted(
            (ln for box in layout if isinstance(box, LTTextContainer) for ln in box if isinstance(ln, LTTextLine)),
            key=lambda ln: -ln.y0,
        )
        body = [ln.get_text().strip() for ln in lines if size(ln) > 9.5 and not ln.get_text().strip().isdigit()]
        assert not body[-1].startswith("Heading number"), f"page {pages} ends with {body[-1]!r}"
    assert pages >= 8


def test_the_page_speaks_the_paper_s_language() -> None:
    meta = Metadata(
        title="Eine Studie", language="de", keywords=["Typografie"], abstract="Kurz gesagt.", date="2024-01-02"
    )
    text = screen_page(paper(meta=meta, sections=4))
    assert '<html lang="de"' in text
    assert ">Zusammenfassung</h2>" in text and "Schlüsselwörter:" in text and ">Inhalt</h2>" in text
    assert "<dt>Veröffentlicht</dt>" in text and ">Keywords" not in text


def test_names_and_code_words_are_never_hyphenated() -> None:
    """ "PyTorch" must not become "PyT-orch" at a line end, nor "pyproject.toml" "pypro-ject.toml"."""
    doc = paper(meta=Metadata(title="Names", language="en"), sections=1)
    doc.blocks.append(
        Block("paragraph", "We use PyTorch (PyTorch), pyproject.toml and https://x.org/a/b but ordinary words.")
    )
    body = html.body_html(doc)
    for word in ("PyTorch", "(PyTorch),", "pyproject.toml"):
        assert f'<span class="nohyphen">{word}</span>' in body, word
    assert '<span class="address">https://<wbr />x.<wbr />org/<wbr />a/<wbr />b</span>' in body
    assert '<span class="nohyphen">ordinary' not in body
    assert ".nohyphen, .address, a { hyphens: manual;" in load("journal").css("screen")


def test_a_table_cell_s_file_name_breaks_after_its_marks_never_with_a_hyphen() -> None:
    """A table's narrow cells hyphenate automatically: ``05_Widget_NGC5533_All_Components.ipynb``
    came out ``05_Wid-get_...`` in the PDF. Its marks are its break points instead; a
    figure (``1.771.430.000``) and a short word (``e.g.``) stay as they are."""
    doc = paper(meta=Metadata(title="Cells", language="en"), sections=1)
    rows = [["File Name", "Description"]]
    rows.append(["05_Widget_NGC5533_All_Components.ipynb", "Plotting, e.g. 1.771.430.000 of them."])
    doc.blocks.append(Block("table", "", rows=rows, head=1))
    body = html.body_html(doc)
    pieces = "<wbr />".join(["05_", "Widget_", "NGC5533_", "All_", "Components.", "ipynb"])
    assert f'<span class="address">{pieces}</span>' in body
    assert "Plotting, e.g. 1.771.430.000 of them." in body


def test_pdf_builds_leave_nothing_in_the_temp_folder(tmp_path: Path) -> None:
    """WeasyPrint writes the subset fonts to a temp folder that only its font configuration's
    __del__ removes; CI runners that build thousands of papers must not fill /tmp. Both ways a
    PDF is made are run as a user runs them: one named paper (a forked PDF process) and a
    batch with two workers (rendering in the worker)."""
    import os
    import subprocess
    import sys

    papers = tmp_path / "papers"
    papers.mkdir()
    for name in ("a", "b"):
        (papers / f"{name}.txt").write_text(f"Paper {name}\n\nIntroduction\n\nSome text of paper {name}.\n")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    cli = [sys.executable, "-m", "galley.cli", "build"]
    one = [str(papers / "a.txt"), "-o", str(tmp_path / "one")]
    batch = [str(papers), "-o", str(tmp_path / "batch"), "-j", "2"]
    for args in (one, batch):
        proc = subprocess.run([*cli, *args, "--format", "pdf"], env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "one" / "a.pdf").is_file() and (tmp_path / "batch" / "b.pdf").is_file()
    assert sorted(p.name for p in scratch.iterdir()) == []


def test_epub_without_a_date_claims_none(tmp_path: Path) -> None:
    """A paper with no date must not be published as of 1970-01-01 (pandoc's date under
    --sandbox): the package then has no dc:date, and still passes as EPUB 3 metadata."""
    doc = paper()
    doc.meta.date = ""
    out = tmp_path / "undated.epub"
    epub.write_epub(doc, load("journal"), out, stem="paper")
    opf = next(v for k, v in _read(out).items() if k.endswith(".opf"))
    assert "<dc:date" not in opf and "1970" not in opf.split("dcterms:modified")[0]
    assert re.search(r'<meta property="dcterms:modified">[^<]+</meta>', opf)


def test_dates_not_in_iso_form_are_shown_and_never_claimed(tmp_path: Path) -> None:
    """A sidecar or a front matter gives ``12 de enero de 2023`` or ``09/06/2022``: the page
    shows it, but no ``<time datetime>`` and no ``dc:date`` hold it (validators refuse
    both, and pandoc would write an empty dc:date)."""
    doc = paper()
    doc.meta.date, doc.meta.received, doc.meta.accepted = "12 de enero de 2023", "09/06/2022", "2023-03-03"
    page = html.render_page(doc, load("journal"), stem="p", body=html.body_html(doc), links={})
    assert "<dd>09/06/2022</dd>" in page and "12 de enero de 2023" in page
    assert 'datetime="09/06/2022"' not in page and 'datetime="12 de' not in page
    assert '<time datetime="2023-03-03">' in page
    out = tmp_path / "dated.epub"
    epub.write_epub(doc, load("journal"), out, stem="paper")
    opf = next(v for k, v in _read(out).items() if k.endswith(".opf"))
    assert "<dc:date" not in opf


def test_two_abstracts_each_with_its_lang() -> None:
    # A Portuguese paper's English abstract carries lang="en" (screen readers, hyphenation).
    from galley.model import Abstract

    resumo, abstract = "Estudo transversal com dados da Pesquisa Nacional de Saúde.", "A cross-sectional study."
    doc = paper(meta=Metadata(title="Diabetes gestacional", language="pt"))
    doc.blocks[:0] = [
        Block("heading", "Resumo", level=1, ident="resumo"),
        Block("paragraph", resumo),
        Block("heading", "Abstract", level=1, ident="abstract"),
        Block("paragraph", abstract),
    ]
    doc.meta.abstract = resumo
    doc.meta.abstracts = [Abstract(resumo, "pt", "Resumo"), Abstract(abstract, "en", "Abstract")]
    text = screen_page(doc)
    assert re.search(r'<html lang="pt"', text)
    assert re.search(r'<section id="resumo" class="level2 abstract">', text)
    assert re.search(r'<section id="abstract" class="level2 abstract" lang="en">', text)
    # Found in the front matter (no headings in the body): the page prints both itself.
    doc.blocks[:4] = []
    text = screen_page(doc)
    assert re.search(
        r'<section class="abstract" aria-labelledby="abstract-title">\s*<h2 id="abstract-title">Resumo', text
    )
    assert re.search(
        r'<section class="abstract" aria-labelledby="abstract-title-2" lang="en">\s*<h2 id="abstract-title-2">Abstract',
        text,
    )


def test_translated_keywords_and_abstract_hyphenated_in_their_language() -> None:
    from galley.model import Abstract

    doc = paper(meta=Metadata(title="Microbalança de cristal de quartzo", language="pt", keywords=["Gravimetria"]))
    doc.blocks[:0] = [
        Block("heading", "Resumo", level=1, ident="resumo"),
        Block("paragraph", "Análises microgravimétricas em meio líquido."),
        Block("heading", "Abstract", level=1, ident="abstract"),
        Block("paragraph", "The gravimetric capabilities were presented."),
    ]
    doc.meta.abstracts = [
        Abstract("Análises microgravimétricas em meio líquido.", "pt", "Resumo"),
        Abstract("The gravimetric capabilities were presented.", "en", "Abstract", ["Gravimetry", "Teaching Tools"]),
    ]
    text = screen_page(doc)
    assert re.search(r'<p class="keywords"><span class="label">Palavras-chave:</span> Gravimetria</p>', text)
    assert re.search(
        r'<p class="keywords" lang="en"><span class="label">Keywords:</span> Gravimetry · Teaching Tools', text
    )
    # The PDF's soft hyphens: English patterns in the English abstract, Portuguese elsewhere.
    printed = html.body_html(doc, "print")
    assert "gra\u00advi\u00admet\u00adric" in printed  # English; Portuguese patterns: gra-vi-me-tric
    assert "micro\u00adgra\u00advi\u00admé\u00adtri\u00adcas" in printed  # Portuguese patterns in the Resumo


def test_author_list_joined_in_the_papers_language() -> None:
    authors = [Author("Gilson Tavares de Lima"), Author("Poliana Guerino Marson"), Author("Helcileia Dias Santos")]
    text = screen_page(paper(meta=Metadata(title="Microbalança", language="pt", authors=authors)))
    assert re.search(r'<span class="sep"> e</span>', text) and '<span class="sep"> and</span>' not in text
