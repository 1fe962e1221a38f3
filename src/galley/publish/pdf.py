"""Document -> PDF through WeasyPrint, from the print variant of the HTML page.

WeasyPrint may only read galley's own theme and fonts: the URL fetcher refuses anything
else, so a ``file://`` or ``http://`` reference in the text can never be fetched.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from galley.errors import ToolchainError
from galley.lifecycle import SCRATCH_PREFIXES, scratch_folder
from galley.publish.themes import Theme

PAPER = {"a4": "A4", "letter": "letter"}


# WeasyPrint holds the whole laid-out book in memory (about 1-2 MB a page) and takes ~0.15 s
# a page: a 50 MB text (~15,000 pages) grew past 10 GB. Past this many pages a PDF is refused
# before rendering (``max_pages`` in galley.toml, ``--max-pages`` on the command line).
MAX_PAGES = 1000
# Characters of text on a page of the journal theme, measured on a 92-page render (3,550 on
# A4; letter is a little shorter). An estimate on the low side: it refuses only what is surely over.
CHARS_PER_PAGE = {"a4": 3600, "letter": 3400}


def estimate_pages(doc: Any, paper: str = "a4") -> int:
    """About how many pages the PDF of ``doc`` will have, from its text alone (no rendering)."""
    m = doc.meta
    chars = sum(len(b.text) + 40 for b in doc.blocks)  # a block's margins take about half a line
    chars += sum(len(x) for x in (m.title, m.subtitle, m.abstract)) + 80 * len(m.authors)
    return 1 + chars // CHARS_PER_PAGE.get(paper, 3400)


def check_pages(doc: Any, paper: str, max_pages: int, where: str, formats: tuple[str, ...] = ("pdf",)) -> None:
    """Refuse, before rendering, a PDF the machine cannot be trusted to make: WeasyPrint's
    memory grows with the pages. The HTML and the EPUB (written in parts past a few hundred
    chapters, see ``epub_parts``) have no page limit."""
    from galley.errors import InputError

    pages = estimate_pages(doc, paper)
    if "pdf" not in formats or not max_pages or pages <= max_pages:
        return
    others = ",".join(f for f in formats if f != "pdf") or "html,epub"
    raise InputError(
        f"the PDF would have about {pages:,} pages, more than max_pages ({max_pages:,}); build --format {others}, "
        "or raise the limit (--max-pages N, or max_pages in galley.toml) if the machine has the memory (about "
        "1-2 MB a PDF page) and the time",
        path=where,
    )


class FetchRefused(ValueError):
    pass


def safe_fetcher(allowed: list[Path]) -> Any:
    """A WeasyPrint fetcher that serves files under ``allowed`` and refuses everything else."""
    from urllib.parse import unquote, urlsplit

    from weasyprint.urls import URLFetcher

    roots = [str(p.resolve()) + "/" for p in allowed]

    class ThemeOnlyFetcher(URLFetcher):  # type: ignore[misc]
        refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            parts = urlsplit(url)
            if parts.scheme == "file":
                path = str(Path(unquote(parts.path)).resolve())
                if any(path.startswith(r) for r in roots):
                    return super().fetch(url, headers)
            self.refused.append(url)
            raise FetchRefused(f"galley does not fetch {url[:80]!r}")

    return ThemeOnlyFetcher(allowed_protocols=["file"], timeout=5)


def write_pdf(
    page_html: str, theme: Theme, out: Path, *, paper: str = "a4", variant: str = "", lang: str = "en"
) -> None:
    try:
        import weasyprint
        from weasyprint.text.fonts import FontConfiguration
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise ToolchainError(f"WeasyPrint cannot be imported ({exc}); run 'make dist' to install it") from None
    # WeasyPrint's temporary files (subset fonts) go into a folder named for this process,
    # so a later run can tell a killed render's leftovers from a live one's and clear them.
    import tempfile

    with scratch_folder(SCRATCH_PREFIXES[1]) as scratch:
        previous, tempfile.tempdir = tempfile.tempdir, str(scratch)
        try:
            _render(weasyprint, FontConfiguration, page_html, theme, out, paper=paper, variant=variant)
        finally:
            tempfile.tempdir = previous


def _render(
    weasyprint: Any, font_configuration: Any, page_html: str, theme: Theme, out: Path, *, paper: str, variant: str
) -> None:
    fonts = font_configuration()
    fetcher = safe_fetcher(theme.folders())
    # A wide table's page (print.css ``table.wide``) turns the paper on its side.
    page_css = weasyprint.CSS(
        string=f"@page {{ size: {PAPER[paper]}; }} @page wide {{ size: {PAPER[paper]} landscape; }}", font_config=fonts
    )
    doc = weasyprint.HTML(string=page_html, base_url=str(theme.folder) + "/", url_fetcher=fetcher)
    # Tagged by default (a structure tree: reading order, headings, lists, notes for screen
    # readers and reflow); --pdf-variant adds a PDF/A or PDF/UA profile on top.
    options: dict[str, Any] = {
        "font_config": fonts,
        "stylesheets": [page_css],
        "uncompressed_pdf": False,
        "pdf_tags": True,
    }
    if variant:
        options["pdf_variant"] = variant
    try:
        if theme.option("line_numbers"):
            # Numbers only where text lines are: read the laid-out pages, then lay them out
            # again with each page's numbers in its margin (the margin boxes move no text).
            numbers = weasyprint.CSS(string=line_number_css(doc.render(**options)), font_config=fonts)
            options["stylesheets"] = [page_css, numbers]
        doc.write_pdf(str(out), **options)
    except Exception as exc:  # WeasyPrint raises many kinds; the user needs one line
        raise ToolchainError(f"WeasyPrint failed: {type(exc).__name__}: {exc}") from None
    finally:
        # The font configuration keeps the subset fonts in a /tmp/weasyprint-* folder that
        # only its __del__ removes, and the rendered document holds it in reference cycles:
        # a forked PDF process exits before any collection and left ~1 MB in /tmp on every
        # build. The folder goes now, as __del__ would remove it (a full collection instead
        # costs ~30 ms on the build's critical path). A test watches for a leftover folder.
        folder = getattr(fonts, "_folder", None)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)


def line_number_css(document: Any) -> str:
    """``@page :nth(N)`` rules that number page N's lines of text in its left margin, one
    number a line of the page's line grid (the manuscript theme sets every line on one),
    nothing where the grid holds no text (the space between blocks, around a heading).

    ``document`` is a laid-out WeasyPrint document; its pages' boxes are read, not changed."""
    rules = []
    for n, page in enumerate(document.pages, 1):
        slots = text_line_slots(page._page_box)
        marks = [""] * (max(slots) + 1 if slots else 0)
        for k, slot in enumerate(slots, 1):
            marks[slot] = str(k)
        content = "\\A ".join(marks)  # CSS's line break between the numbers (digits only: no escaping)
        # !important: these are user rules, and the theme's (author) sheet would win otherwise.
        rules.append(f'@page :nth({n}) {{ @left-top {{ content: "{content}" !important; }} }}')
    return "\n".join(rules)


def text_line_slots(page_box: Any) -> list[int]:
    """The grid slots (0 at the top of the page's content) that hold a line of text."""
    from weasyprint.formatting_structure import boxes

    root = page_box.children[0]  # the page's share of the document (margin boxes follow it)
    height = root.style["line_height"]  # the grid: a Dimension in px (a plain number is a ratio)
    if getattr(height, "unit", None) != "px" or height.value <= 0:
        return []
    grid = height.value
    top = page_box.content_box_y()
    found: set[int] = set()
    stack = [root]
    while stack:
        box = stack.pop()
        element = getattr(box, "element", None)
        if element is not None and "figure-placeholder" in (element.get("class") or ""):
            continue  # the note that a figure is missing is no line of the paper's text
        if isinstance(box, boxes.LineBox):
            if any(isinstance(t, boxes.TextBox) and t.text.strip() for t in box.descendants()):
                slot = (box.position_y - top) / grid
                if abs(slot - round(slot)) < 0.25:  # on the grid (a footnote's smaller lines are not)
                    found.add(round(slot))
        else:
            stack.extend(getattr(box, "children", []))
    return sorted(found)
