"""The model is the contract: its JSON form is pandoc's AST, read by the pinned pandoc."""

from __future__ import annotations

import json

import pytest

from galley.model import Author, Block, Document, Inline, Metadata
from galley.publish import pandoc, pandoc_json


def sample() -> Document:
    meta = Metadata(
        title="A *title* with # marks",
        authors=[Author("Ana Trisovic", affiliation="Harvard University", orcid="0000-0003-1991-0533")],
        date="2024-05-23",
        doi="10.21105/jose.00090",
        keywords=["climate", "econometrics"],
        language="en",
    )
    blocks = [
        Block("heading", "1 Introduction", level=1, ident="introduction"),
        Block(
            "paragraph",
            "Text with *stars* and <script> see the guide",
            inlines=[
                Inline("Text with *stars* and <script> "),
                Inline("", kind="note", note=[Block("paragraph", "A footnote.")]),
                Inline(" see "),
                Inline("the guide", kind="link", url="https://doi.org/10.21105/jose.00090"),
            ],
        ),
        Block("list_item", "first", ordered=True, number="3"),
        Block("list_item", "second", ordered=True, number="4"),
        Block("list_item", "a bullet"),
        Block("quote", "Quoted words."),
        Block("code", "x = 1\n  y = 2"),
        Block("caption", "Figure 1: A map."),
        Block("reference", "Hsiang, S. (2016). Climate econometrics.", ident="ref-hsiang-2016"),
        Block("reference", "Rising, J. (2024). A guide.", ident="ref-rising-2024"),
        Block("footnote", "An endnote whose call was not found."),
    ]
    return Document(meta, blocks)


def test_round_trip_through_json_is_exact() -> None:
    doc = sample()
    ast = json.loads(json.dumps(pandoc_json.document_to_ast(doc, pandoc.api_version())))
    back = pandoc_json.ast_to_document(ast)
    assert back.meta == doc.meta
    assert [(b.kind, b.text, b.level, b.ordered, b.ident) for b in back.blocks] == [
        (b.kind, b.text.strip(), b.level, b.ordered, b.ident) for b in doc.blocks
    ]
    assert back.blocks[2].number == "3"
    note = back.blocks[1].runs()[1]
    assert note.kind == "note" and note.note[0].text == "A footnote."
    link = back.blocks[1].runs()[3]
    assert link.kind == "link" and link.url.startswith("https://doi.org/")


def test_runs_join_with_one_space() -> None:
    block = Block("paragraph", "field. See", inlines=[Inline("field. "), Inline(" See")])
    inl = pandoc_json.document_to_ast(Document(Metadata(), [block]), [1, 23])["blocks"][0]["c"]
    assert [x["t"] for x in inl] == ["Str", "Space", "Str"]


def test_api_version_comes_from_the_pinned_pandoc() -> None:
    version = pandoc.api_version()
    assert isinstance(version, list) and len(version) >= 2 and all(isinstance(n, int) for n in version)
    # pandoc accepts our JSON, and refuses JSON claiming another API version.
    ast = pandoc_json.document_to_ast(sample(), version)
    assert pandoc.convert(ast, "plain", [])
    from galley.errors import ToolchainError

    with pytest.raises(ToolchainError):
        pandoc.convert(pandoc_json.document_to_ast(sample(), [0, 1]), "plain", [])


def test_text_is_never_parsed_as_markdown() -> None:
    ast = pandoc_json.document_to_ast(sample(), pandoc.api_version())
    strs = [x["c"] for x in ast["blocks"][1]["c"] if x["t"] == "Str"]
    assert "*stars*" in strs and "<script>" in strs
    html = pandoc.convert(ast, "html5", []).decode()
    assert "*stars*" in html and "&lt;script&gt;" in html and "<em>" not in html
    assert "A *title* with # marks" == pandoc_json.ast_to_document(ast).meta.title


def test_unknown_block_kind_is_refused() -> None:
    with pytest.raises(ValueError):
        Block("sidebar", "x")


def test_sidecar_wins_over_detection() -> None:
    sidecar = Metadata(title="Sidecar title", language="fr")
    detected = Metadata(title="Detected", authors=[Author("A. Person")], doi="10.1/x")
    merged = sidecar.merged_over(detected)
    assert merged.title == "Sidecar title" and merged.language == "fr"
    assert merged.authors == [Author("A. Person")] and merged.doi == "10.1/x"
    assert Metadata().lang == "en" and Metadata(language="ar").direction == "rtl"


def test_split_unit_keeps_the_cleaners_joins() -> None:
    """Structure cuts units (an opening heading inside a front-matter unit): the cut must not
    undo the cleaner's joins by re-joining the raw lines."""
    from galley.clean import joins
    from galley.clean.lexicon import DocumentLexicon
    from galley.inputs.read import to_lines
    from galley.model import Unit

    lines = to_lines(
        "Keywords: climate change, econometrics, tutorial and the multi-\n"
        "lateralism of the region, with its geo-economic outlook\n"
        "Summary\n"
    )
    offsets: list[int] = []
    text = joins.join_lines(lines, joins.Words(DocumentLexicon("")), [], offsets)
    u = Unit(text, "paragraph", 1, 3, [ln.text for ln in lines], offsets=offsets)
    head, tail = u.split(2)
    assert head.text.endswith("multilateralism of the region, with its geo-economic outlook")
    assert (tail.text, tail.first_line, tail.lines, tail.offsets) == ("Summary", 3, ["Summary"], [0])
    assert (head.last_line, head.lines, head.offsets) == (2, u.lines[:2], u.offsets[:2])
    # Line 2 starts inside 'multilateralism', mended across the line end: a caller asks first.
    assert u.glued(1) and not u.glued(2)
    with pytest.raises(ValueError):
        u.split(0)


def test_split_unit_gives_each_part_its_pages() -> None:
    """A paragraph that runs over two page breaks, cut before its third line: the head keeps
    the first turn, the tail opens on the second page and keeps the last turn."""
    from galley.model import Unit

    u = Unit("a b c d e", "paragraph", 1, 5, ["a", "b", "c", "d", "e"], page=3, offsets=[0, 2, 4, 6, 8], turns=(1, 3))
    head, tail = u.split(2)
    assert (head.page, head.turns) == (3, (1,))
    assert (tail.page, tail.turns, tail.lines) == (4, (1,), ["c", "d", "e"])
    after_turn = u.split(3)[1]
    assert (after_turn.page, after_turn.turns) == (5, ())
    # A page left without text between (a figure's page): two form feeds, the turn twice.
    blank_between = Unit("a b", "paragraph", 1, 4, ["a", "b"], page=2, offsets=[0, 2], turns=(1, 1))
    assert blank_between.split(1)[1].page == 4


def test_a_unit_counts_every_form_feed_its_lines_run_over() -> None:
    from galley.clean import clean
    from galley.inputs.read import to_lines

    body = "This paragraph runs on over the page break and over the page that holds only a figure,\n"
    result = clean(to_lines(body * 3 + "\f\fand it goes on here after the figure's page, as the text says.\n"))
    (u,) = result.units
    assert u.turns == (3, 3) and u.split(3)[1].page == u.page + 2


def test_line_numbers_inside_a_unit_spread_over_its_span() -> None:
    """A double-spaced manuscript: the unit's three lines are raw lines 10, 12 and 14."""
    from galley.model import Unit

    u = Unit(
        "Methods We asked forty people. They answered.",
        "paragraph",
        10,
        14,
        ["Methods", "We asked forty people.", "They answered."],
        offsets=[0, 8, 31],
    )
    assert [u.line_number(k) for k in range(3)] == [10, 12, 14]
    head, tail = u.split(1)
    assert (head.text, head.first_line, head.last_line) == ("Methods", 10, 11)
    assert (tail.text, tail.first_line, tail.last_line, tail.offsets) == (u.text[8:], 12, 14, [0, 23])


def test_a_unit_keeps_the_space_above_it_in_layout_mode_only() -> None:
    """pypdf's layout mode keeps the page's vertical space as blank lines: a top heading has
    one under it, a subsection's heading none (``structure.levels``). pdftotext's blank
    lines part its text boxes: no space is kept. A unit cut in two had no space inside."""
    from galley.clean import clean
    from galley.inputs.read import to_lines
    from galley.model import Unit

    margin = " " * 37
    body = "We have produced two slide decks for the course, both available online and linked.\n"
    raw = f"Teaching materials\n\n{body}\nSlides\n{body}"
    spaced = clean(to_lines("".join(margin + line for line in raw.splitlines(keepends=True)))).units
    assert [(u.text[:18], u.space_before) for u in spaced] == [
        ("Teaching materials", None),  # a page's top: nothing above it to measure
        ("We have produced t", 1),
        ("Slides", 1),
        ("We have produced t", 0),
    ]
    assert {u.space_before for u in clean(to_lines(raw)).units} == {None}
    head, tail = Unit("a b", "paragraph", 1, 2, ["a", "b"], offsets=[0, 2], space_before=2).split(1)
    assert (head.space_before, tail.space_before) == (2, 0)
