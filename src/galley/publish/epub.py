"""Document -> EPUB 3 through pandoc, with the theme's CSS, embedded fonts, a generated
cover and accessibility metadata that is true for the book.

pandoc writes the book (spine, nav, pop-up footnotes as ``epub:type="footnote"`` asides);
galley then adds what pandoc cannot in ``--sandbox`` mode (a cover it did not read from
disk) and corrects what pandoc claims by default (``alternativeText`` for a book without
images) in the package document.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from galley.model import Document
from galley.publish import citation, cover, enrich, epub_parts, pandoc, pandoc_json
from galley.publish.html import (
    affiliations,
    enrich_blocks,
    has_own_abstract,
    heading_ids,
    labels,
    mark_abstract,
    rename_headings,
)
from galley.publish.pandoc_json import text_inlines
from galley.publish.themes import Theme

TABLE_CAPTION = re.compile(r"(?i)(Table|Tab\.|Tabelle|Tableau|Tabla|Tabella|Tabela|Tabel)\s*\d")
A11Y_CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"


def identifier(doc: Document) -> str:
    """A stable identifier: the DOI when known, else a UUID derived from the content."""
    if doc.meta.doi:
        return f"doi:{doc.meta.doi}"
    digest = hashlib.sha256((doc.meta.title + "\n" + "\n".join(b.text for b in doc.blocks)).encode()).hexdigest()
    return f"urn:uuid:{digest[:8]}-{digest[8:12]}-5{digest[13:16]}-8{digest[17:20]}-{digest[20:32]}"


def conformance_problems(doc: Document) -> list[str]:
    """Why the book may NOT claim EPUB Accessibility 1.1 / WCAG 2.1 AA (empty: it may).

    Checked at build time, on the document: a real title, a language, at least one
    heading, heading levels that never skip (1 then 3), every link with text. pandoc and
    the theme supply the rest (nav, landmarks, footnote roles, lang on every file), which
    the tests check with EPUBCheck and axe-core.
    """
    problems: list[str] = []
    if not doc.meta.title.strip():
        problems.append("no title")
    if not doc.meta.lang:
        problems.append("no language")
    heads = doc.headings()
    if not heads:
        problems.append("no headings to navigate by")
    previous = 0
    for h in heads:
        if h.level > previous + 1:
            problems.append(f"heading level skips from {previous} to {h.level} at {h.text[:40]!r}")
            break
        previous = h.level
    for b in doc.blocks:
        for run in b.runs():
            if run.kind == "link" and not run.text.strip():
                problems.append("a link without text")
    return problems


def summary(doc: Document, conforms: bool) -> str:
    notes = any(r.kind == "note" for b in doc.blocks for r in b.runs()) or any(b.kind == "footnote" for b in doc.blocks)
    parts = [
        "Text-only publication (its one image, the generated cover, has a text alternative) with a table of contents",
        "headings for structural navigation" if doc.headings() else "",
        "footnotes that open as pop-up notes" if notes else "",
    ]
    text = ", ".join(p for p in parts if p) + "."
    text += " It was typeset by galley from text extracted from a PDF."
    figures = sum(1 for b in doc.blocks if b.kind == "caption" and enrich.CAPTION.match(" ".join(b.text.split()[:2])))
    if figures:
        text += (
            f" The images of its {figures} figure{'s' if figures > 1 else ''} are not included: each is a text"
            " placeholder with its caption."
        )
    grids = sum(1 for b in doc.blocks if b.kind == "table" and b.rows)
    as_text = sum(1 for b in doc.blocks if b.kind == "table" and not b.rows)
    if grids:
        what = "tables are data tables" if grids > 1 else "table is a data table"
        text += f" Its {grids} {what} with header rows, rebuilt from the text."
    if as_text or (not grids and any(b.kind == "caption" and TABLE_CAPTION.match(b.text) for b in doc.blocks)):
        text += " Tables whose grid the text did not give appear as their extracted lines, not as data tables."
    if conforms:
        text += f" It meets {A11Y_CONFORMANCE} by galley's automated checks."
    return text


def _a11y_metadata(doc: Document, conforms: bool) -> str:
    features = ["alternativeText", "readingOrder", "tableOfContents", "displayTransformability"]
    if doc.headings():
        features.append("structuralNavigation")
    lines = [
        '<meta property="schema:accessMode">textual</meta>',
        '<meta property="schema:accessMode">visual</meta>',
        '<meta property="schema:accessModeSufficient">textual</meta>',
        *(f'<meta property="schema:accessibilityFeature">{f}</meta>' for f in features),
        '<meta property="schema:accessibilityHazard">none</meta>',
        f'<meta property="schema:accessibilitySummary">{escape(summary(doc, conforms))}</meta>',
    ]
    if conforms:
        lines += [
            f'<meta property="dcterms:conformsTo">{A11Y_CONFORMANCE}</meta>',
            '<meta property="a11y:certifiedBy">galley automated checks</meta>',
        ]
    return "\n    ".join(lines)


def _rewrite_opf(opf: str, doc: Document, conforms: bool) -> str:
    # pandoc's own accessibility claims are replaced by ones that are true for this book.
    opf = re.sub(r'\s*<meta property="(schema:access[^"]*|dcterms:conformsTo|a11y:[^"]*)">[^<]*</meta>', "", opf)
    opf = opf.replace(
        "</metadata>",
        f'  {_a11y_metadata(doc, conforms)}\n    <meta name="cover" content="cover-image" />\n  </metadata>',
        1,
    )
    if conforms and "a11y:" not in opf.split(">", 2)[1]:
        opf = opf.replace('prefix="', 'prefix="a11y: http://www.idpf.org/epub/vocab/package/a11y/# ', 1)
    items = (
        '<item id="cover-image" href="media/cover.svg" media-type="image/svg+xml" properties="cover-image" />\n'
        '    <item id="cover_xhtml" href="text/cover.xhtml" media-type="application/xhtml+xml" />\n    '
    )
    opf = opf.replace("<item ", items + "<item ", 1)
    opf = re.sub(r"(<spine[^>]*>)", r'\1\n    <itemref idref="cover_xhtml" linear="yes" />', opf, count=1)
    if not citation.machine_date(doc.meta.date):
        # pandoc dates the book 1970-01-01 when it has no date (--sandbox keeps the clock out):
        # a reader would show that as the publication date. dc:date is optional: no date, no claim.
        opf = re.sub(r"\s*<dc:date[^>]*>[^<]*</dc:date>", "", opf, count=1)
    stamp = modified_stamp(doc)
    if stamp:
        opf = re.sub(r'(<meta property="dcterms:modified">)[^<]*', lambda m: m.group(1) + stamp, opf, count=1)
    return opf


def modified_stamp(doc: Document) -> str:
    """dcterms:modified from SOURCE_DATE_EPOCH, else the sidecar's date; never the clock, so two
    builds are byte-identical (pandoc under --sandbox writes 1970-01-01 whatever the date)."""
    import os
    from datetime import UTC, datetime

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    found = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", doc.meta.date or "")
    return f"{found.group(0)}T00:00:00Z" if found else ""


def _add_landmarks(nav: str) -> str:
    """Cover and the start of the text in the nav's landmarks (pandoc lists only the title
    page), so readers and assistive technology can go to each. (Not the nav itself: it is
    not in the spine, and EPUBCheck rejects a landmark to a non-spine file.)"""
    entry = '<li><a href="text/cover.xhtml" epub:type="cover">Cover</a></li>\n'
    first = re.search(r'<nav epub:type="toc".*?<a href="(text/ch\d+\.xhtml)', nav, re.S)
    if first:
        entry += f'<li><a href="{first.group(1)}" epub:type="bodymatter">Start of content</a></li>\n'
    found = re.search(r'(<nav epub:type="landmarks"[^>]*>\s*(?:<h\d[^>]*>.*?</h\d>\s*)?<ol[^>]*>\s*)', nav, re.S)
    return nav[: found.end()] + entry + nav[found.end() :] if found else nav


def title_page(doc: Document, stem: str) -> str:
    """The title page's section, as a journal sets it: title, authors with numbered
    affiliations, date, DOI, licence, keywords (pandoc's has title, authors, date only)."""
    m = doc.meta
    affs, marks = affiliations(m)
    numbered = len(affs) > 1
    parts = [f'<h1 class="title">{escape(m.title or stem)}</h1>']
    if m.subtitle:
        parts.append(f'<p class="subtitle">{escape(m.subtitle)}</p>')
    if m.translated_title:
        parts.append(f'<p class="translated-title">{escape(m.translated_title)}</p>')
    for a, idx in zip(m.authors, marks, strict=True):
        sup = f"<sup>{','.join(map(str, idx))}</sup>" if numbered and idx else ""
        parts.append(f'<p class="author">{escape(a.name)}{sup}</p>')
    if affs:
        items = "".join(
            f"<li>{f'<sup>{i}</sup> ' if numbered else ''}{escape(aff)}</li>" for i, aff in enumerate(affs, start=1)
        )
        parts.append(f'<ol class="affiliations">{items}</ol>')
    if m.date:
        parts.append(f'<p class="date">{escape(m.date)}</p>')
    if m.doi:
        url = escape("https://doi.org/" + m.doi, {'"': "&quot;"})
        parts.append(f'<p class="doi"><a href="{url}">{escape("https://doi.org/" + m.doi)}</a></p>')
    if m.licence:
        parts.append(f'<p class="rights">{escape(m.licence)}</p>')
    if m.keywords:
        label = labels(m.lang)["keywords"]
        parts.append(f'<p class="keywords">{escape(label)}: {escape(", ".join(m.keywords))}</p>')
    body = "\n  ".join(parts)
    return f'<section epub:type="titlepage" class="titlepage">\n  {body}\n</section>'


def finish(path: Path, doc: Document, *, stem: str, css: str = "", fonts: Path | None = None) -> None:
    """Add the theme's CSS, the cover and true accessibility metadata to pandoc's EPUB, in place.

    pandoc's ``--sandbox`` will not read a ``--css`` file, and its ``header-includes`` reach
    only the title page; so the theme's CSS is appended to the stylesheet every XHTML file
    links. The zip is rewritten with ``mimetype`` first and stored, as OCF requires."""
    conforms = not conformance_problems(doc)
    with zipfile.ZipFile(path) as z:
        if any(n.endswith("media/cover.svg") for n in z.namelist()):
            return  # finished already
    tmp = path.with_name(path.name + ".tmp")
    base = "EPUB/"  # pandoc's layout; taken from the package document's own path below
    stamp = None
    # One entry in memory at a time: a long book's text is hundreds of MB.
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(tmp, "w") as out:
        for info in z.infolist():
            data = z.read(info)
            stamp = stamp or info.date_time
            name = info.filename
            if name.endswith("content.opf"):
                data = _rewrite_opf(data.decode("utf-8"), doc, conforms).encode("utf-8")
                base = name.rsplit("/", 1)[0] + "/" if "/" in name else ""
            elif name.endswith(".css") and "/styles/" in "/" + name and css:
                data = data + b"\n/* galley theme */\n" + css.encode("utf-8")
            elif name.endswith("title_page.xhtml"):
                page = data.decode("utf-8")
                page = re.sub(
                    r'<section epub:type="titlepage".*?</section>',
                    lambda _: title_page(doc, stem),
                    page,
                    count=1,
                    flags=re.S,
                )
                data = page.encode("utf-8")
            elif name.endswith("nav.xhtml"):
                data = _add_landmarks(data.decode("utf-8")).encode("utf-8")
            compress = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            out.writestr(zipfile.ZipInfo(name, date_time=info.date_time), data, compress_type=compress)
        stamp = stamp or (1980, 1, 1, 0, 0, 0)
        svg = cover.cover_svg(doc.meta, stem, fonts).encode("utf-8")
        cover_page = cover.cover_xhtml(doc.meta, stem, doc.meta.lang, "../media/cover.svg").encode("utf-8")
        out.writestr(zipfile.ZipInfo(base + "media/cover.svg", date_time=stamp), svg, zipfile.ZIP_DEFLATED)
        out.writestr(zipfile.ZipInfo(base + "text/cover.xhtml", date_time=stamp), cover_page, zipfile.ZIP_DEFLATED)
    tmp.replace(path)


def right_to_left(blocks: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    """pandoc's EPUB template writes ``lang`` but never ``dir``: give each heading and each
    run of blocks between headings ``dir="rtl"``, keeping headings at the top level so
    chapters still split there."""
    out: list[dict] = []  # type: ignore[type-arg]
    run: list[dict] = []  # type: ignore[type-arg]
    for b in blocks + [{"t": "End"}]:
        if b["t"] in ("Header", "End"):
            if run:
                out.append({"t": "Div", "c": [["", [], [["dir", "rtl"]]], run]})
                run = []
            if b["t"] == "Header":
                ident, classes, attrs = b["c"][1]
                out.append({"t": "Header", "c": [b["c"][0], [ident, classes, [*attrs, ["dir", "rtl"]]], b["c"][2]]})
        else:
            run.append(b)
    return out


def write_epub(
    doc: Document,
    theme: Theme,
    out: Path,
    *,
    stem: str,
    part_limits: tuple[int, int] = (epub_parts.PART_CHAPTERS, epub_parts.PART_BYTES),
) -> None:
    """The book at ``out``; past ``part_limits`` (chapters, bytes of pandoc JSON) pandoc
    writes it in parts that are joined into one book (``epub_parts``)."""
    ast = pandoc_json.document_to_ast(doc, pandoc.api_version())
    if doc.meta.abstract and not has_own_abstract(doc):
        # The abstract the structure stage (or the sidecar) found, as the book's first section.
        para = {"t": "Para", "c": text_inlines(doc.meta.abstract)}
        head = {"t": "Header", "c": [1, ["abstract", [], []], text_inlines(labels(doc.meta.lang)["abstract"])]}
        ast["blocks"][:0] = [head, para]
    rename_headings(ast["blocks"], heading_ids(doc))
    mark_abstract(ast["blocks"], doc.meta)
    ast["blocks"] = enrich_blocks(doc, ast["blocks"], "epub")
    meta = ast["meta"]
    if "title" not in meta:
        meta["title"] = {"t": "MetaInlines", "c": [{"t": "Str", "c": stem}]}
    meta["identifier"] = {"t": "MetaString", "c": identifier(doc)}
    if doc.meta.abstract:
        meta["description"] = {"t": "MetaString", "c": doc.meta.abstract}
    if doc.meta.licence:
        meta["rights"] = {"t": "MetaString", "c": doc.meta.licence}
    if doc.meta.keywords:
        meta["subject"] = {"t": "MetaList", "c": [{"t": "MetaString", "c": k} for k in doc.meta.keywords]}
    if doc.meta.direction == "rtl":
        meta["page-progression-direction"] = {"t": "MetaString", "c": "rtl"}
        ast["blocks"] = right_to_left(ast["blocks"])
    args = ["--split-level=1", "--toc-depth=3"]
    args += [f"--epub-embed-font={f}" for f in theme.font_files() if "Semibold" not in f.name]
    parts = epub_parts.split(ast["blocks"], *part_limits)
    if len(parts) == 1:
        pandoc.convert(ast, "epub3", args, output=out)
    else:  # a long book: pandoc's EPUB writer slows with the square of the chapters
        ast["blocks"] = []  # the parts hold them as JSON, a fraction of the memory
        epub_parts.convert(ast, parts, args, out)
    finish(out, doc, stem=stem, css=theme.css("epub"), fonts=theme.fonts)
