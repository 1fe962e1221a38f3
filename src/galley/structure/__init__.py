"""The structure stage: cleaned units -> a Document (metadata + typed blocks).

``build_document`` runs these steps, in order (each a module or folder of small named
rules, each rule's docstring saying what it recognises, why, with a real example):
1. ``with_offsets``: every unit gets stripped lines with an offset each (the cleaner's
   units have them), so every later step may cut a unit at a line (``Unit.split``);
2. ``front/``: title, authors, affiliations, keywords, the journal sidebar (DOI, dates,
   licence) before the first section: metadata, not body text;
3. ``blocks/``: units cut where the cleaner joined two blocks, then headings, lists,
   captions, code, paragraphs (one rule module each), reference lists (``references/``)
   and footnotes (``notes``);
4. ``levels``: heading levels and ids;
5. the abstract: the paragraphs under ``Abstract``/``Summary`` (any language the
   vocabulary knows).
The sidecar wins over everything detected (``Metadata.merged_over``). Every threshold is a
field of ``params.StructureParams``; every word recognised is in ``vocab``.

Where a change goes:
- a new block kind (a table, a block quote): a rule module in ``blocks/``, put in
  ``blocks.RULES`` before ``paragraph``, and its kind in ``model.BlockKind``;
- a unit the cleaner joined that is two blocks: a rule in ``blocks/splits.SPLITS``;
- nested lists: ``blocks/list_item.py`` (the unit's ``indent``) and a level on the block;
- footnotes at page feet: ``notes.py`` (a unit's ``page`` tells where a page ends);
- citation groups (``[3-5, 8]`` linked whole) and other citation forms: a finder in
  ``references/citations.FINDERS``;
- numbered (Vancouver) lists with bare numbers (``1 American Diabetes ...``): a start in
  ``references/entries.py``, and the list's heading in ``vocab.REFERENCES``;
- deep numbered sections (``1.2.3.4.5``): the decimal family in ``headings.py`` and
  ``levels.dotted``;
- a new front-matter field (journal, volume, issue, article): a rule in
  ``front.LINE_RULES``; another journal's sidebar: ``front/sidebar.py`` and ``vocab.DATES``;
- language detection and a language-aware vocabulary: decide the language once here,
  before ``front.extract``, hand it to the steps beside the params, and let them ask
  ``vocab`` for that language's words (and English) instead of ``vocab.all_of``;
- a threshold: a field of ``StructureParams`` with its boundary case in
  ``tests/structure/test_params.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from galley import vocab
from galley.language import detect
from galley.model import Abstract, Block, CleanResult, Document, Metadata, Removed, Unit
from galley.params import PARAMS, Params
from galley.structure import blocks, front, levels
from galley.structure.front.cited import as_cited
from galley.structure.front.keywords import KEYWORDS
from galley.structure.headings import name_key

_ABSTRACT = vocab.all_of(vocab.ABSTRACT)
_BEFORE_ABSTRACT = vocab.all_of(vocab.BEFORE_ABSTRACT)
# "resumo" -> "pt": the language an abstract's heading names it in.
_ABSTRACT_LANG = {w: lang for lang, words in vocab.ABSTRACT.items() for w in words}
_KEYWORDS_MOVED = "the keyword line printed under an abstract, kept as metadata (Abstract.keywords)"
_KEYWORD_SEPARATOR = re.compile(r"\s*[,;·•]\s*")


def build_document(cleaned: CleanResult, sidecar: Metadata, params: Params = PARAMS, lang: str = "") -> Document:
    """The Document of one paper (see the module docstring); ``lang`` is the language its
    words tell (``galley.language``), published unless the sidecar says another."""
    p = params.structure
    # Structure takes the units over: they go once their blocks are made, before the links
    # are (the 50 MB input's peak memory; a caller's own list of them is left alone).
    units, cleaned.units = cleaned.units, []
    space = levels.space_after(units, p)  # layout-mode text: which headings a blank line sets off
    fr = front.extract([with_offsets(u) for u in units], cleaned.removed, p)
    del units
    body, fr.body = fr.body, []
    out = blocks.to_blocks(body, p, sidecar.language or lang or "en", cleaned.repairs)
    del body
    blocks.link(out)
    levels.assign_levels(out, p, space)
    detected = fr.meta
    detected.language = detected.language or lang
    references = (b.text for b in out if b.kind == "reference")
    detected.authors, cited = as_cited(detected.authors, references, fr.removed)
    moved: list[Removed] = []
    # Takes the translations' keyword lines out of the body, or finds them among the front's.
    detected.abstracts = abstracts_of(out, detected.abstract, moved, fr.removed)
    detected.abstract = detected.abstract or abstract_of(out, fr.removed)
    if detected.abstract and not detected.abstracts:
        detected.abstracts = [Abstract(detected.abstract, detect(detected.abstract))]
    return Document(
        meta=sidecar.merged_over(detected),
        blocks=out,
        repairs=cleaned.repairs + cited,
        removed=cleaned.removed + fr.removed + moved,
        warnings=list(cleaned.warnings),
    )


def with_offsets(u: Unit) -> Unit:
    """The unit with an offset for each of its ``lines`` (stripped and non-blank), as the
    cleaner makes them: every step may then cut it at a line (``Unit.split``). A unit made
    by hand without offsets has its lines looked up in its text in order, or becomes one
    line."""
    if u.lines and len(u.offsets) == len(u.lines):
        return u  # as the cleaner made it
    lines = [line.strip() for line in u.lines if line.strip()]
    offsets, cursor = [], 0
    for line in lines:
        pos = u.text.find(line, cursor)
        if pos < 0:
            break
        offsets.append(pos)
        cursor = pos + len(line)
    if not lines or len(offsets) < len(lines):
        return replace(u, lines=[u.text.strip()], offsets=[0])
    return replace(u, lines=lines, offsets=offsets)


def abstract_of(out: list[Block], front_removed: list[Removed] | None = None) -> str:
    """The text under the first heading if it is ``Abstract``/``Summary``/``Resumo``..., up
    to the next heading or the keyword line the front matter took (``_under``); "" when
    the first heading is another."""
    for i, b in enumerate(out):
        if b.kind == "heading" and name_key(b.text) in _BEFORE_ABSTRACT:
            continue
        if b.kind == "heading" and name_key(b.text) in _ABSTRACT:
            end = next((k for k in range(i + 1, len(out)) if out[k].kind == "heading"), len(out))
            return "\n\n".join(_under(out, i + 1, end, front_removed or []))
        if b.kind == "heading":
            return ""
    return ""


def abstracts_of(
    out: list[Block], first: str, moved: list[Removed], front_removed: list[Removed] | None = None
) -> list[Abstract]:
    """Every abstract the paper opens with, each with its language: the paragraphs under
    each ``Resumo``/``Abstract``/``Resumen``... heading before the first other heading
    (a Brazilian paper prints "Resumo" then "Abstract"). The language is the one the
    abstract's words tell (``galley.language``), else the one its heading is a word of.
    The keyword line printed under a second abstract (``Keywords: Quartz Crystal
    Microbalance; Gravimetry``) is its keywords, taken out of ``out`` into ``moved`` (the
    record of lines that are metadata, not body text, as the front matter's are).
    When the front matter took that line already (it reports every keyword line it reads
    in ``front_removed``), the abstract gets the list the front read between its heading and
    the next one. ``first`` (the abstract found in the front matter, or the sidecar's)
    stands when the body opens with no abstract heading."""
    found: list[Abstract] = []
    i = 0
    while i < len(out):
        b = out[i]
        i += 1
        if b.kind != "heading":
            continue
        name = name_key(b.text)
        if name in _BEFORE_ABSTRACT:
            continue  # (Elsevier's highlights, set above the abstract)
        if name not in _ABSTRACT:
            break
        end = next((k for k in range(i, len(out)) if out[k].kind == "heading"), len(out))
        # A translation's keyword line (the first abstract's is the front matter's: ``front``).
        keywords, line = keyword_line(out, i, end) if found else ([], None)
        if found and line is None:
            upto = out[end].source[0] if end < len(out) else None
            keywords = keywords_read_by_front(front_removed or [], b.source[1], upto)
        if line is not None:
            moved.append(Removed(out[line].source[0], out[line].text, "front-matter", _KEYWORDS_MOVED))
            del out[line]
            end -= line < end
        text = "\n\n".join(_under(out, i, end, front_removed or []))
        if text:
            found.append(Abstract(text, detect(text) or _ABSTRACT_LANG.get(name, ""), b.text.strip(" .:"), keywords))
        i = end
    if not found and first:
        found.append(Abstract(first, detect(first)))
    return found


def _under(out: list[Block], start: int, end: int, front_removed: list[Removed]) -> list[str]:
    """The paragraphs of the abstract in ``out[start:end]``, up to the keyword line the
    front matter took from under it, if any: an APA paper goes on with its introduction
    under no heading (``Abstract`` / ... / ``Keywords: sleep, self-control`` / the title
    again / ``Adolescence is marked by ...`` / ``Method``)."""
    paras = [b for b in out[start:end] if b.kind == "paragraph"]
    if not paras:
        return []
    after, upto = paras[0].source[0], out[end].source[0] if end < len(out) else None
    stop = next((r.line for r in front_removed if _keyword_record(r, after, upto)), None)
    return [b.text for b in paras if stop is None or b.source[0] < stop]


def _keyword_record(r: Removed, after: int, before: int | None) -> bool:
    """``r`` is a keyword line the front matter took between raw lines ``after`` and
    ``before``."""
    return r.line > after and (before is None or r.line < before) and KEYWORDS.match(r.text) is not None


def keywords_read_by_front(removed: list[Removed], after: int, before: int | None) -> list[str]:
    """The keywords of a keyword line the front matter read and reported between raw lines
    ``after`` and ``before`` (``Keywords: Quartz Crystal Microbalance; Gravimetry`` under a
    translated abstract), or []."""
    for r in removed:
        m = KEYWORDS.match(r.text) if _keyword_record(r, after, before) else None
        if m:
            return [w for w in (x.strip(" .") for x in _KEYWORD_SEPARATOR.split(m.group(1))) if w]
    return []


def keyword_line(out: list[Block], start: int, end: int) -> tuple[list[str], int | None]:
    """The keyword line of the abstract in ``out[start:end]``: its last paragraph, or the
    line after it read as a heading (``Keywords: Quartz Crystal Microbalance; Gravimetry``);
    its keywords and where it is, or ``([], None)``."""
    for k in (end - 1, end):
        if start <= k < len(out) and out[k].kind in ("paragraph", "heading"):
            m = KEYWORDS.match(out[k].text)
            if m:
                return [w for w in (x.strip(" .") for x in _KEYWORD_SEPARATOR.split(m.group(1))) if w], k
    return [], None
