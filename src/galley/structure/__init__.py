"""The structure stage: cleaned units -> a Document (metadata + typed blocks).

Steps, in order (each a module of small named rules):
1. ``front``: title, authors, affiliations, keywords, the journal sidebar (DOI, dates,
   licence) before the first section: metadata, not body text;
2. ``blocks``: headings, lists, captions, code, paragraphs;
3. ``sections``: heading levels and ids;
4. ``references``: one block per reference entry, links, in-text citations;
5. ``notes``: footnotes linked to their calls, else kept as endnotes;
6. the abstract: the paragraph(s) under ``Abstract``/``Summary``.
The sidecar wins over everything detected (``Metadata.merged_over``).
"""

from __future__ import annotations

from dataclasses import replace

from galley import vocab
from galley.model import Block, CleanResult, Document, Metadata, Unit
from galley.structure import blocks, front, sections

_ABSTRACT = vocab.all_of(vocab.ABSTRACT)


def abstract_of(out: list[Block]) -> str:
    """The text under the first ``Abstract``/``Summary`` heading, up to the next heading."""
    for i, b in enumerate(out):
        if b.kind == "heading" and sections.name_key(b.text) in _ABSTRACT:
            paras = []
            for nb in out[i + 1 :]:
                if nb.kind == "heading":
                    break
                if nb.kind == "paragraph":
                    paras.append(nb.text)
            return "\n\n".join(paras)
        if b.kind == "heading":
            return ""
    return ""


def with_offsets(u: Unit) -> Unit:
    """The unit with stripped, non-blank ``lines`` and an offset for each, as the cleaner
    makes them: every pass may then cut it at a line (``Unit.split``). A unit made by hand
    without them has its lines looked up in its text in order, or becomes one line."""
    if u.lines and len(u.offsets) == len(u.lines) and all(ln and ln == ln.strip() for ln in u.lines):
        return u
    lines = [ln.strip() for ln in u.lines if ln.strip()]
    offsets, cursor = [], 0
    for ln in lines:
        pos = u.text.find(ln, cursor)
        if pos < 0:
            return replace(u, lines=[u.text.strip()], offsets=[0])
        offsets.append(pos)
        cursor = pos + len(ln)
    return replace(u, lines=lines, offsets=offsets) if lines else replace(u, lines=[u.text.strip()], offsets=[0])


def build_document(cleaned: CleanResult, sidecar: Metadata) -> Document:
    fr = front.extract([with_offsets(u) for u in cleaned.units], cleaned.removed)
    out = blocks.to_blocks(fr.body)
    sections.assign_levels(out)
    detected = fr.meta
    detected.abstract = detected.abstract or abstract_of(out)
    meta = sidecar.merged_over(detected)
    return Document(
        meta=meta,
        blocks=out,
        repairs=cleaned.repairs,
        removed=cleaned.removed + fr.removed,
        warnings=list(cleaned.warnings),
    )
