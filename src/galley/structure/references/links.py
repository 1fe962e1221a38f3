"""DOIs and URLs in a text -> link runs."""

from __future__ import annotations

import re

from galley.clean.shapes import PAGE_RANGE
from galley.model import Block, Inline

# ``https://...`` or a bare DOI ``10.1038/x`` (not inside a path or a word), without the
# punctuation that closes the sentence around it.
URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:)\]]|(?<![\w/])10\.\d{4,9}/[^\s<>\"]+[^\s<>\".,;:)\]]")


# The note list of the runs made here: one empty list shared by all (a text or link run never
# holds a note, and nothing adds to one), not one each. Measured on the 50 MB input: the
# runs of linked URLs took 0.15x the input in memory, 0.08x with a list each dropped.
NO_NOTES: list[Block] = []
_HOST = re.compile(r"https?://([^/?#]*)")
# After a URL's last dot or slash and a space, the next word and the one after it.
_AFTER_CUT = re.compile(r"[./]\s(\S+)(?:\s(\S+))?")
_URL_REST = re.compile(r"\d[\w-]*[./]\w")  # ``1399-3054.1962.tb08052.x``, not ``16(1):``


def link_runs(text: str) -> list[Inline] | None:
    """``... Zenodo. https://doi.org/10.5281/zenodo.14360351`` -> a text run and a link run;
    a bare DOI ``10.1038/x`` links to https://doi.org/10.1038/x. None when there is
    nothing to link."""
    runs: list[Inline] = []
    last = 0
    for m in URL.finditer(text):
        url = m.group(0)
        if url.startswith("http") and "." not in _HOST.match(url).group(1):  # type: ignore[union-attr]
            continue  # "https://carpentrie s-lab.github.io": a URL the text broke is no link
        if url.endswith("-") or _cut_short(text, m.end()):
            continue  # "10.1590/1414- 462X...", "zenodo. 4539666": the same, at a line end
        href = url if url.startswith("http") else "https://doi.org/" + url
        if m.start() > last:
            runs.append(Inline(text[last : m.start()], note=NO_NOTES))
        runs.append(Inline(url, kind="link", url=href, note=NO_NOTES))
        last = m.end()
    if not runs:
        return None
    if last < len(text):
        runs.append(Inline(text[last:], note=NO_NOTES))
    return runs


def _cut_short(text: str, end: int) -> bool:
    """The URL that ends at ``end`` goes on after a space (the cleaner left a line end in
    it): a number after its last dot or slash (``zenodo. 4539666``, ``j.
    1399-3054.1962.tb08052.x``), but not a page range (``9139-x. 219-230.``) unless more of
    the URL follows it (pdfminer read the pages in between: ``j. 473-497.
    1399-3054.1962.tb08052.x``; the volume in ``s0266467400001255. 33-53. 16(1):`` is not)."""
    m = _AFTER_CUT.match(text, end)
    if m is None or not m.group(1)[0].isdigit():
        return False
    if not PAGE_RANGE.match(m.group(1)):
        return True
    return m.group(2) is not None and _URL_REST.match(m.group(2)) is not None


# Blocks of running text whose bare URLs and DOIs become links.
_LINKED_KINDS = ("paragraph", "list_item", "quote", "caption", "footnote")


def link_urls(blocks: list[Block]) -> int:
    """Bare URLs and DOIs in the running text become links (``... available at
    http://nwb4edu.github.io.`` -> a link to ``http://nwb4edu.github.io``): in the text runs
    of blocks that already have runs (citations, notes), in the whole text of the others.
    The words never change. Returns how many were linked."""
    linked = 0
    for b in blocks:
        if b.kind not in _LINKED_KINDS:
            continue
        if b.inlines is None:
            if "http" not in b.text and "10." not in b.text:
                continue
            runs = link_runs(b.text)
            if runs:
                b.inlines = runs
                linked += sum(1 for r in runs if r.kind == "link")
            continue
        out: list[Inline] = []
        for r in b.inlines:
            found = link_runs(r.text) if r.kind == "text" else None
            if found:
                out += found
                linked += sum(1 for x in found if x.kind == "link")
            else:
                out.append(r)
        b.inlines = out
    return linked
