"""A long book's EPUB from several pandoc runs, assembled into one (issue 18).

pandoc's EPUB writer costs about 5 ms a chapter up to a few hundred chapters, then slows
with the square of them: 50 MB of text (14,000 chapters) took 9 minutes in one run. So a
book past ``PART_CHAPTERS`` chapters or ``PART_BYTES`` of JSON goes to pandoc in parts,
each cut at a chapter (a level-1 heading, where ``--split-level=1`` cuts anyway), and the
parts' books are joined here: the first part's book (title page, nav, styles, fonts,
package document) gets every part's chapters, renumbered, in its manifest, spine, nav
and NCX. A link to an id that lives in another part is pointed at the chapter file that
has it. A book of one part is pandoc's own, byte for byte.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from galley.publish import pandoc

# Measured on the 50 MB test input (pandoc 3.9): 100 chapters 0.5 s, 200 chapters 1.0 s,
# 800 chapters 4.2 s, each part ~190 MB; one run of all 14,000: 9 minutes.
PART_CHAPTERS = 300
PART_BYTES = 3_000_000  # of pandoc JSON: a part of long chapters stays as small

_CHAPTER = re.compile(r"(?:^|/)text/ch(\d+)\.xhtml$")


def split(blocks: list[dict[str, Any]], chapters: int = PART_CHAPTERS, size: int = PART_BYTES) -> list[list[str]]:
    """The top-level blocks as JSON texts, in parts of at most ``chapters`` chapters and about
    ``size`` bytes; a part ends only before a top-level level-1 heading (a chapter's start)."""
    parts: list[list[str]] = [[]]
    count = length = 0
    for block in blocks:
        text = json.dumps(block, ensure_ascii=False)
        if block["t"] == "Header" and block["c"][0] == 1:
            if parts[-1] and (count >= chapters or length + len(text) > size):
                parts.append([])
                count = length = 0
            count += 1
        parts[-1].append(text)
        length += len(text)
    return parts


def convert(ast: dict[str, Any], parts: list[list[str]], args: list[str], out: Path) -> None:
    """Each part through pandoc (two at a time: they are separate processes), then one book."""
    head = json.dumps({k: v for k, v in ast.items() if k != "blocks"}, ensure_ascii=False)[:-1]
    # In the run's scratch folder (lifecycle.run_scratch), which a killed run's successor clears.
    with tempfile.TemporaryDirectory(prefix="galley-epub-") as scratch:
        paths = [Path(scratch) / f"part{i}.epub" for i in range(len(parts))]

        def one(i: int) -> None:
            data = f'{head}, "blocks": [{",".join(parts[i])}]}}'.encode()
            pandoc.convert_json(data, "epub3", args, output=paths[i])

        pool = ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1)))
        try:
            list(pool.map(one, range(len(parts))))
        finally:  # a failed part or Ctrl-C: the parts not started yet never start
            pool.shutdown(wait=True, cancel_futures=True)
        join(paths, out)


def _chapters(z: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    found = [(int(m.group(1)), info) for info in z.infolist() if (m := _CHAPTER.search(info.filename))]
    return [info for _, info in sorted(found, key=lambda x: x[0])]


def _renumber(text: str, offset: int) -> str:
    """Chapter file names (``ch007.xhtml`` -> ``ch307.xhtml``) in paths, links, ids and a
    page's ``<title>``; never in the text (only right after a quote, a slash or ``<title>``)."""
    if not offset:
        return text
    return re.sub(
        r'(?<=["/])ch(\d+)(\.xhtml|_xhtml)|(?<=<title>)ch(\d+)(\.xhtml)(?=</title>)',
        lambda m: f"ch{int(m.group(1) or m.group(3)) + offset:03d}{m.group(2) or m.group(4)}",
        text,
    )


def _ids(page: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', page))


def join(paths: list[Path], out: Path) -> None:
    """The parts' books -> one book at ``out``: the first part's frame, every part's chapters
    where the first part's were (pandoc's order of the files in the zip). Stored, not
    compressed: ``epub.finish`` rewrites every file of it, compressed, anyway."""
    books = [zipfile.ZipFile(p) for p in paths]
    try:
        offsets, ids = _index(books)
        first = books[0]
        with zipfile.ZipFile(out, "w") as dest:
            chapters_written = False
            for info in first.infolist():
                if _CHAPTER.search(info.filename):
                    if not chapters_written:
                        _write_chapters(dest, books, offsets, ids)
                        chapters_written = True
                    continue
                data = first.read(info)
                joiner = next((f for end, f in _JOINERS.items() if info.filename.endswith(end)), None)
                if joiner is not None:
                    data = joiner([b.read(info.filename).decode("utf-8") for b in books], offsets).encode("utf-8")
                dest.writestr(info, data, compress_type=zipfile.ZIP_STORED)
    finally:
        for book in books:
            book.close()


def _index(books: list[zipfile.ZipFile]) -> tuple[list[int], dict[str, set[str]]]:
    """Each part's first chapter number less one, and the ids in each (renumbered) chapter file."""
    offsets, total = [], 0
    ids: dict[str, set[str]] = {}
    for book in books:
        offsets.append(total)
        chapters = _chapters(book)
        for info in chapters:
            ids[Path(_renumber(info.filename, total)).name] = _ids(book.read(info).decode("utf-8"))
        total += len(chapters)
    return offsets, ids


def _write_chapters(
    dest: zipfile.ZipFile, books: list[zipfile.ZipFile], offsets: list[int], ids: dict[str, set[str]]
) -> None:
    owner: dict[str, str] = {}  # id -> the first chapter file that has it
    for name, found in ids.items():
        for ident in found:
            owner.setdefault(ident, name)
    for book, offset in zip(books, offsets, strict=True):
        for info in _chapters(book):
            name = _renumber(info.filename, offset)
            page = _renumber(book.read(info).decode("utf-8"), offset)
            page = _link_across(page, Path(name).name, ids, owner)
            dest.writestr(zipfile.ZipInfo(name, info.date_time), page, zipfile.ZIP_STORED)


def _link_across(page: str, name: str, ids: dict[str, set[str]], owner: dict[str, str]) -> str:
    """A link to an id in another part: pandoc could not know its file and wrote ``#x`` or a
    file of its own part; it now names the chapter file that has the id."""

    def fix(m: re.Match[str]) -> str:
        target, ident = m.group(1) or name, m.group(2)
        if ident in ids.get(target, ()) or ident not in owner:
            return m.group(0)
        return f'href="{"" if owner[ident] == name else owner[ident]}#{ident}"'

    return re.sub(r'href="(ch\d+\.xhtml)?#([^"]+)"', fix, page)


def _between(text: str, start: str, end: str) -> tuple[int, int]:
    """Where the inside of the first ``start`` ... last ``end`` after it begins and ends."""
    a = text.index(start) + len(start)
    return a, text.rindex(end, a)


def _join_opf(opfs: list[str], offsets: list[int]) -> str:
    items: list[str] = []
    refs: list[str] = []
    for opf, offset in zip(opfs, offsets, strict=True):
        items += [_renumber(m, offset) for m in re.findall(r'<item id="ch\d+_xhtml"[^>]*/>', opf)]
        refs += [_renumber(m, offset) for m in re.findall(r'<itemref idref="ch\d+_xhtml"[^>]*/>', opf)]
    base = opfs[0]
    base = _replace_all(base, r'[ \t]*<item id="ch\d+_xhtml"[^>]*/>\n', items)
    return _replace_all(base, r'[ \t]*<itemref idref="ch\d+_xhtml"[^>]*/>\n', refs)


def _replace_all(text: str, pattern: str, lines: list[str]) -> str:
    """Every match of ``pattern`` out, ``lines`` in where the first one was."""
    first = re.search(pattern, text)
    if not first:
        return text
    indent = re.match(r"[ \t]*", first.group(0)).group(0)  # type: ignore[union-attr]
    rest = re.sub(pattern, "", text[first.start() :])
    return text[: first.start()] + "".join(f"{indent}{line}\n" for line in lines) + rest


def _join_nav(navs: list[str], offsets: list[int]) -> str:
    """Every part's table of contents in the first one's ``<ol class="toc">``, its entries'
    ids (``toc-li-N``) numbered again so they stay unique."""
    entries = []
    for nav, offset in zip(navs, offsets, strict=True):
        toc_start = nav.index('<nav epub:type="toc"')
        toc = nav[toc_start : nav.index("</nav>", toc_start)]
        a, b = _between(toc, '<ol class="toc">', "</ol>")
        entries.append(_renumber(toc[a:b], offset))
    counter = iter(range(1, 10**9))
    joined = re.sub(r'id="toc-li-\d+"', lambda _: f'id="toc-li-{next(counter)}"', "".join(entries))
    base = navs[0]
    toc_start = base.index('<nav epub:type="toc"')
    a, b = _between(base[toc_start : base.index("</nav>", toc_start)], '<ol class="toc">', "</ol>")
    return base[: toc_start + a] + joined + base[toc_start + b :]


_TITLE_POINT = re.compile(
    r'\s*<navPoint[^>]*>\s*<navLabel>\s*<text>[^<]*</text>\s*</navLabel>\s*<content src="text/title_page\.xhtml"\s*/>'
    r"\s*</navPoint>"
)


def _join_ncx(ncxs: list[str], offsets: list[int]) -> str:
    """Every part's navPoints (but its title page's) in the first part's navMap."""
    points: list[str] = []
    depth = 1
    for i, (ncx, offset) in enumerate(zip(ncxs, offsets, strict=True)):
        a, b = _between(ncx, "<navMap>", "</navMap>")
        inside = ncx[a:b]
        if i:  # the part's own title page: one in the book is enough
            inside = _TITLE_POINT.sub("", inside, count=1)
        points.append(_renumber(inside, offset).rstrip())
        found = re.search(r'name="dtb:depth" content="(\d+)"', ncx)
        depth = max(depth, int(found.group(1)) if found else 1)
    counter = iter(range(0, 10**9))
    joined = re.sub(r'id="navPoint-\d+"', lambda _: f'id="navPoint-{next(counter)}"', "".join(points)) + "\n  "
    base = ncxs[0]
    base = re.sub(r'(name="dtb:depth" content=")\d+', lambda m: m.group(1) + str(depth), base, count=1)
    a, b = _between(base, "<navMap>", "</navMap>")
    return base[:a] + joined + base[b:]


# The files every part has, joined from all parts' copies.
_JOINERS = {".opf": _join_opf, "nav.xhtml": _join_nav, ".ncx": _join_ncx}
