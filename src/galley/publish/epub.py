"""Document -> EPUB 3 through pandoc, with the theme's CSS and embedded fonts."""

from __future__ import annotations

import hashlib
from pathlib import Path

from galley.model import Document
from galley.publish import pandoc
from galley.themes import Theme


def identifier(doc: Document) -> str:
    """A stable identifier: the DOI when known, else a UUID derived from the content."""
    if doc.meta.doi:
        return f"doi:{doc.meta.doi}"
    digest = hashlib.sha256((doc.meta.title + "\n" + "\n".join(b.text for b in doc.blocks)).encode()).hexdigest()
    return f"urn:uuid:{digest[:8]}-{digest[8:12]}-5{digest[13:16]}-8{digest[17:20]}-{digest[20:32]}"


def write_epub(doc: Document, theme: Theme, out: Path, *, stem: str) -> None:
    ast = doc.to_pandoc(pandoc.api_version())
    meta = ast["meta"]
    if "title" not in meta:
        meta["title"] = {"t": "MetaInlines", "c": [{"t": "Str", "c": stem}]}
    meta["identifier"] = {"t": "MetaString", "c": identifier(doc)}
    if doc.meta.abstract:
        meta["description"] = {"t": "MetaString", "c": doc.meta.abstract}
    if doc.meta.licence:
        meta["rights"] = {"t": "MetaString", "c": doc.meta.licence}
    # pandoc's --sandbox will not read a --css file, so the theme's CSS (ours, never input
    # text) travels inside the AST as a <style> in every XHTML file's head.
    style = "<style>\n" + theme.css("epub") + "\n</style>"
    meta["header-includes"] = {"t": "MetaBlocks", "c": [{"t": "RawBlock", "c": ["html", style]}]}
    args = ["--split-level=1", "--toc-depth=3"]
    args += [f"--epub-embed-font={f}" for f in theme.font_files() if "Semibold" not in f.name]
    pandoc.convert(ast, "epub3", args, output=out)
