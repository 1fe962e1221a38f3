"""A paper whose title was not found: the page says it is untitled, never names the file."""

from __future__ import annotations

import re

from galley.model import Block, Document, Metadata
from galley.publish import html
from galley.publish.themes import load


def test_a_file_name_is_never_a_title() -> None:
    doc = Document(Metadata(), [Block("heading", "Abstract", level=1, ident="abstract"), Block("paragraph", "Text.")])
    page = html.render_page(doc, load("journal"), stem="ocr-tesseract", body=html.body_html(doc), links={})
    assert re.search(r"<title>Untitled</title>", page)
    assert "ocr-tesseract" not in page.split("</header>", 1)[0]
