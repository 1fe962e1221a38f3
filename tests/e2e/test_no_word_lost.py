"""No word is lost, on every variant of every paper of both dev corpora (issue 18).

``diagnostics.lost_words`` compares the input's words with the Document's as a multiset:
each occurrence must be kept (in the blocks, notes, metadata or the removed-furniture list),
a line-end join (``multi-`` + ``lateralism``) and a footnote or affiliation mark glued to a
word are accounted for exactly. Skipped when the shared corpora are absent.

A (paper, variant) pair that loses words through a known clean/structure defect is listed
in KNOWN_LOSSES as a strict xfail, so it flips to a failure (to be removed) when fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS
from galley.diagnostics import lost_words
from galley.inputs.read import read_path
from galley.pipeline import analyse

SCIELO = CORPUS.parent / "corpus-scielo"

# (corpus folder name, paper, variant) -> the words lost, as found on this tree. Empty today:
# every variant of both corpora keeps every word. A pair that loses words through a known
# clean/structure defect goes here (a strict xfail, so it fails again once fixed).
KNOWN_LOSSES: dict[tuple[str, str, str], list[str]] = {}


def _variants() -> list[object]:
    params: list[object] = []
    for corpus in (CORPUS, SCIELO):
        for text in sorted(corpus.glob("*/*.txt")):
            key = (corpus.name, text.parent.name, text.stem)
            marks = []
            if key in KNOWN_LOSSES:
                marks.append(pytest.mark.xfail(strict=True, reason=f"loses {KNOWN_LOSSES[key]} (clean/structure)"))
            params.append(pytest.param(text, id=f"{text.parent.name}/{text.stem}", marks=marks))
    return params or [pytest.param(None, marks=pytest.mark.skip(reason=f"shared corpora not found at {CORPUS}"))]


@pytest.mark.parametrize("text", _variants())
def test_no_word_is_lost(text: Path) -> None:
    doc = analyse(text)
    assert lost_words(read_path(text).text, doc) == []


def test_the_check_notices_a_lost_common_word() -> None:
    """A lost "in" or "data" counts though the same word is kept elsewhere; joins and glued
    marks do not count as lost, and a join is only ever across a line end."""
    from galley.model import Block, Document, Metadata

    raw = "Data in the multi-\nlateralism study.\nThe website2 has data in it.\n"
    kept = ["Data in the multilateralism study.", "The website has data in it."]
    doc = Document(Metadata(), [Block("paragraph", t) for t in kept])
    assert lost_words(raw, doc) == []
    doc = Document(
        Metadata(),
        [Block("paragraph", "Data in the multilateralism study."), Block("paragraph", "The website has data it.")],
    )
    assert lost_words(raw, doc) == ["in"]
    doc = Document(Metadata(), [Block("paragraph", "Data the multilateralism study. The website has data in it.")])
    assert lost_words(raw, doc) == ["in"]
    # "estrutura do" is not "estruturado": only words at a line end may have been joined.
    raw = "a estrutura do estudo\n"
    assert lost_words(raw, Document(Metadata(), [Block("paragraph", "a estruturado estudo")])) == ["estrutura", "do"]


def test_a_note_mark_is_its_own_number_and_a_kept_hyphen_join_across_columns() -> None:
    """Note 3 (the only note linked) may drop "3", not "1"; a word split in one reference and
    kept apart must not steal the join of another."""
    from galley.model import Block, Document, Inline, Metadata

    raw = "Text with a call 3 here.\n\n3. The note itself.\n"
    note = Block("paragraph", "The note itself.", source=(3, 3))
    para = Block(
        "paragraph",
        "Text with a call here.",
        inlines=[Inline("Text with a call"), Inline("", kind="note", note=[note]), Inline(" here.")],
    )
    assert lost_words(raw, Document(Metadata(), [para])) == []
    raw = "Text with a call 1 here.\n\n3. The note itself.\n"
    assert lost_words(raw, Document(Metadata(), [para])) == ["1"]
    raw = "see https://doi.org/10.1/978-\n6510 and https:/\n/doi.org/10.1/9786510 too\n"
    kept = "see https://doi.org/10.1/978- 6510 and https://doi.org/10.1/9786510 too"
    assert lost_words(raw, Document(Metadata(), [Block("paragraph", kept)])) == []


def test_a_call_glued_to_a_closing_bracket_is_the_note_s_number() -> None:
    """``(MUNDURUKU, 2021)10.``: the call reads as one word with the year (``202110``); with
    note 10 linked, "2021" kept is no loss; with the year dropped it is one."""
    from galley.model import Block, Document, Inline, Metadata

    raw = "Usado com esse objetivo (MUNDURUKU, 2021)10. Na mesma linha.\n\n10. Resposta concedida.\n"
    note = Block("paragraph", "Resposta concedida.", source=(3, 3))

    def with_text(before: str) -> Document:
        runs = [Inline(before), Inline("", kind="note", note=[note]), Inline(". Na mesma linha.")]
        return Document(Metadata(), [Block("paragraph", before + ". Na mesma linha.", inlines=runs)])

    assert lost_words(raw, with_text("Usado com esse objetivo (MUNDURUKU, 2021)")) == []
    assert lost_words(raw, with_text("Usado com esse objetivo (MUNDURUKU)")) == ["202110"]


def test_a_recorded_join_may_end_on_a_linked_call() -> None:
    """``web‐`` / ``site.2`` joined by the cleaner (``website.2``) whose call ``2`` became a
    linked note: ``website`` kept is the join's word, no loss (jose.00239 read in two columns
    by pdftotext -layout); without it, both halves are lost."""
    from galley.model import Block, Document, Inline, Metadata, Repair

    raw = "launched through links in the README or web‐\nsite.2\n\n2. A google account is required.\n"
    note = Block("paragraph", "A google account is required.", source=(4, 4))
    join = Repair("hyphen-join", 1, 2, "web‐ site.2", "website.2", "the typesetter's hyphen")

    def with_text(before: str) -> Document:
        runs = [Inline(before), Inline("", kind="note", note=[note])]
        return Document(Metadata(), [Block("paragraph", before, inlines=runs)], repairs=[join])

    assert lost_words(raw, with_text("launched through links in the README or website.")) == []
    assert lost_words(raw, with_text("launched through links in the README or.")) == ["web", "site2"]
