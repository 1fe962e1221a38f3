"""Blocks joined after classification: what the cleaner cut that is one block."""

from __future__ import annotations

import re
from dataclasses import replace

from galley.clean import hyphens
from galley.clean.lexicon import DocumentLexicon
from galley.clean.shapes import HYPHENS
from galley.model import Block, Inline, Repair
from galley.structure.blocks.code import DEFINED_IN_WORDS
from galley.structure.blocks.quote import quoted_whole, sourced_after
from galley.structure.blocks.shapes import ends_broken_word, finished
from galley.structure.references.entries import opens_with_name


def join_continuations(blocks: list[Block], lang: str = "en", repairs: list[Repair] | None = None) -> list[Block]:
    """A paragraph that starts in lower case after a list item or paragraph that did not
    finish its sentence continues it (the cleaner broke it at a page or column end):
    ``• Vertical lidar backscatter profiles from the European Aerosol Research`` /
    ``(EARLINET), and`` is one item; ``... sand and dust`` / ``storms are common ...`` one
    paragraph. After a list item a piece opening with a bracket continues it too. The piece
    may hold a note's call (``... una idea indiscutible de`` / a page's notes / ``hombre,
    Diógenes los efectúa ... sinopense5``): the notes lifted out, it joins all the same. A
    float between them (a table, its caption and notes) stays after the joined paragraph.
    A word the page broke before its notes is mended (``... da Consti-`` / the notes /
    ``tuição de 1988``: ``Constituição``) as the cleaner mends one at a line end, in the
    paper's language ``lang``, and recorded in ``repairs``. A reference entry the notes cut
    in two is one entry again (``_entry_goes_on``)."""
    out: list[Block] = []
    for b in blocks:
        k = len(out) - 1
        while k >= 0 and out[k].kind in _FLOATS and (b.text[:1].islower() or _page_note(out[k])):
            k -= 1  # a float set inside the paragraph: the text goes on after it
        prev = out[k] if k >= 0 else None
        if prev is not None and _continues(prev, b, across=k < len(out) - 1):
            gap = _gap(prev.text, b.text, blocks, lang)
            if gap != " " and repairs is not None:
                repairs.append(_mended(prev, b, gap))
            head = prev.text[:-1] if gap is None else prev.text
            text = f"{head}{gap or ''}{b.text}"
            kind = _kind_joined(prev, text, out[k - 1] if k > 0 else None)
            out[k] = replace(
                prev, kind=kind, text=text, inlines=_runs(prev, b, gap), source=(prev.source[0], b.source[1])
            )
        else:
            out.append(b)
    return out


def _kind_joined(prev: Block, text: str, before: Block | None) -> str:
    """A paragraph whole again may show it is a quotation set apart: its source closes it,
    after the sentence that introduces it (``quote.sourced_after``). A page's end cut it
    from its source: ``... pela pesquisadora Amanda Lima,`` / ``Para o primeiro, o índio
    surgia ... retirar o caráter animalístico`` / a page's notes / ``que os missionários
    ... da formação do povo brasileiro. (LIMA, 2012, p.26).``. The page quoted is needed:
    a paragraph's own last sentence may cite a work (``... (Wickham et al., 2019).``). Or
    it is all one quotation in marks again, a line of it parted by a narrow column
    (``quote.quoted_whole``)."""
    if prev.kind == "paragraph" and (sourced_after(before, text, paged=True) or quoted_whole(text)):
        return "quote"
    return prev.kind


def _mended(prev: Block, b: Block, gap: str | None) -> Repair:
    """The repair that explains a word mended across the notes between its halves."""
    left, right = prev.text.rsplit(" ", 1)[-1], b.text.split(" ", 1)[0]
    joined, verb = (left[:-1] + right, "join") if gap is None else (left + right, "keep")
    why = "a word broken before a page's notes goes on after them"
    # (the lines of both blocks: a block cut off at a note ends on the note's line or the one before)
    return Repair(f"notes-hyphen-{verb}", prev.source[0], b.source[1], f"{left} {right}", joined, why)


def _gap(text: str, rest: str, blocks: list[Block], lang: str) -> str | None:
    """What joins ``text`` to the ``rest`` that goes on after it: a space; for a word
    broken at a hyphen, the cleaner's own hyphen decision (``clean.hyphens``, the paper's
    words as its evidence): None when the hyphen goes (``Consti-`` + ``tuição``), nothing
    when it stays (``geo-`` + ``economic``)."""
    if not (ends_broken_word(text) and rest[:1].isalpha()):
        return " "
    left, right = text.rsplit(" ", 1)[-1], rest.split(" ", 1)[0]
    words = DocumentLexicon(b.text for b in blocks)
    return None if hyphens.decide(left, right, words, lang).join else ""


# Blocks a page sets where they fit, inside a paragraph: a table, a caption, a note under
# a table (``... o critério AIC para`` / a table, its source / ``obter o modelo ...``).
_FLOATS = ("table", "caption", "footnote")


def _runs(prev: Block, b: Block, gap: str | None) -> list[Inline] | None:
    """The inline runs of ``prev`` and ``b`` joined by ``gap`` (None when neither has
    any); a ``gap`` of None is a hyphen that goes (``_gap``): off ``prev``'s last run."""
    if prev.inlines is None and b.inlines is None:
        return None
    head = list(prev.inlines) if prev.inlines is not None else [Inline(prev.text)]
    tail = b.inlines if b.inlines is not None else [Inline(b.text)]
    if gap is None and head[-1].kind == "text" and head[-1].text.endswith(HYPHENS):
        head[-1] = replace(head[-1], text=head[-1].text[:-1])
    return [*head, Inline(gap or ""), *tail]


_SPEAKER_ALONE = re.compile(r"\([^\W\d_][^()]{0,80}\)\.?")


def _left_open(b: Block) -> bool:
    """A paragraph of one line that opens a quotation and leaves it open: a narrow column's
    line ended short inside it (rsp-48, pypdf: ``“É um dia só que se marca consulta no
    posto.`` / ``Dia primeiro é dia de marcar. ... já passou”.``); the block that closes
    the quotation goes on with it."""
    return b.source[0] == b.source[1] and b.text[:1] == "“" and "”" not in b.text


def _page_note(b: Block) -> bool:
    """A page's note cut from the text (``notes.cut_notes``), by its number: not a table's
    (``Fonte: ...``, ``* p < 0.05``), nor a note by its word the text runs into (``como
    se`` / ``nota: “e já foi pra cima de mim ...”``)."""
    return b.kind == "footnote" and b.text[:1].isdigit()


def _entry_goes_on(prev: Block, b: Block) -> bool:
    """Reference entry ``b`` is the rest of entry ``prev``, which a page's notes cut in two
    (the list's pieces between notes are split into entries each on its own): ``prev``
    broke off inside a word or on a word in lower case, mid-phrase (``... o que você
    precisa saber sobre os povos in‐``), and ``b`` goes on in lower case, not with an
    author's name (``dígenas no Brasil de hoje. Brasília, DF: MEC; Unesco, 2006.``). An
    entry that ends on its year, pages, link or access date is whole, whatever opens the
    next (``... v. 9, p. 38-47, 2002`` / ``hooks, bell. Ensinando a transgredir ...``)."""
    if b.kind != "reference" or not b.text[:1].islower() or opens_with_name(b.text):
        return False
    last = prev.text.rstrip().rsplit(" ", 1)[-1]
    return ends_broken_word(last) or (last.isalpha() and last.islower())


def _continues(prev: Block, b: Block, across: bool = False) -> bool:
    """``b`` goes on the sentence ``prev`` left open: it opens in lower case, or (``across``
    a page's notes) ``prev`` broke off on a word in lower case, mid-phrase, whatever case
    the next word has (``... nos estados do Amazonas e de`` / a note / ``Mato Grosso do
    Sul, ...``; a German noun); or it closes the quotation ``prev`` left open, or names who
    said the quotation ``prev`` is. A reference entry goes on only in the rest of an entry
    (``_entry_goes_on``)."""
    if prev.kind == "reference":
        return _entry_goes_on(prev, b)
    if b.kind != "paragraph":
        return False
    if prev.kind == "quote":  # who said it, on a line of its own after it: ``(Maria de Nazaré)``
        return bool(_SPEAKER_ALONE.fullmatch(b.text.strip())) and prev.text.rstrip(".").endswith("”")
    if prev.kind not in ("paragraph", "list_item"):
        return False
    if _left_open(prev) and b.text.count("”") > b.text.count("“"):
        return True
    if DEFINED_IN_WORDS.match(b.text) and DEFINED_IN_WORDS.match(prev.text):
        return False  # symbols defined one a line (``ηL = viscosidade ...`` / ``ρL = densidade ...``)
    opens_lower = b.text[:1].islower() or (prev.kind == "list_item" and b.text[:1] in "([")
    last = prev.text.rstrip().rsplit(" ", 1)[-1]
    broke_off = across and last.isalpha() and last.islower()
    return (opens_lower or broke_off) and not finished(prev.text)


def item_bodies(blocks: list[Block]) -> list[Block]:
    """A numbered item that is only a title, each followed by its paragraph, carries that
    paragraph: ``1. Select and simplify`` / ``To reduce cognitive overload, ...`` / ``2.
    Gradually progress in complexity`` / ``Starting with ...`` is a list of two items. Only
    when the items alternate with paragraphs, so a plain short list keeps its paragraph."""
    out: list[Block] = []
    i = 0
    merged_prev = False  # the item before took its paragraph: this one may too
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        if nxt is not None and _titled_item(b) and _plain_paragraph(nxt) and (merged_prev or _next_item(b, after)):
            out.append(replace(b, text=f"{b.text} {nxt.text}", source=(b.source[0], nxt.source[1])))
            merged_prev = True
            i += 2
            continue
        merged_prev = merged_prev and b.kind != "heading" and not (b.kind == "list_item" and b.ordered)
        out.append(b)
        i += 1
    return out


def _titled_item(b: Block) -> bool:
    """A numbered item whose text is a title, not a sentence."""
    return b.kind == "list_item" and b.ordered and b.inlines is None and not finished(b.text)


def _plain_paragraph(b: Block) -> bool:
    return b.kind == "paragraph" and b.inlines is None


def _next_item(b: Block, after: Block | None) -> bool:
    """``after`` is the numbered item that follows ``b``."""
    return (
        after is not None
        and after.kind == "list_item"
        and after.ordered
        and after.number.isdigit()
        and b.number.isdigit()
        and int(after.number) == int(b.number) + 1
    )
