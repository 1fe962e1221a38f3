"""The structure stage: cleaned units -> a Document (metadata + typed blocks).

Rules run in order over the units; each claims the units it recognises:
1. ``front``: title, authors, affiliations, keywords, sidebar metadata at the top;
2. ``sections``: headings and their levels;
3. ``blocks``: lists, quotes, captions, paragraphs.
"""

from __future__ import annotations

from galley.clean import CleanResult
from galley.model import Document, Metadata
from galley.structure import blocks, front, sections


def build_document(cleaned: CleanResult, sidecar: Metadata) -> Document:
    detected, units = front.extract(cleaned.units)
    meta = sidecar.merged_over(detected)
    out = blocks.to_blocks(units)
    sections.assign_levels(out)
    return Document(meta=meta, blocks=out, repairs=cleaned.repairs, removed=cleaned.removed, warnings=list(cleaned.warnings))
