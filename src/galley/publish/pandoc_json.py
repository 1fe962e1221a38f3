"""Document <-> pandoc JSON AST (``Pandoc Meta [Block]``).

Only the shapes galley emits are read back; that keeps the round trip exact and
lets tests of ``publish`` start from a JSON file.
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from typing import Any

from galley import vocab
from galley.model import MODEL_VERSION, Block, Document, Inline, Metadata, meta_from_dict, meta_to_dict
from galley.publish import citation

Json = dict[str, Any]


def null_attr() -> list[Any]:
    """An empty pandoc Attr, new each time: publish steps give links ids and classes in place."""
    return ["", [], []]


# Block kinds that pandoc has no element for travel as a Div with this class.
_DIV_KINDS = {"caption": "caption", "footnote": "endnote", "equation": "equation"}
_KIND_OF_DIV = {v: k for k, v in _DIV_KINDS.items()}


# Above this many characters of text, a run of text becomes one Str node instead of a Str
# and a Space per word: at 50 MB of text the word nodes took 4.7 GB of Python objects and
# pandoc 5.1 GB to read them (11 s and 0.7 GB as runs). The HTML is the same text; only
# word-level touches (a name kept from hyphenation) are skipped in such a document.
LARGE_TEXT = 4_000_000
_mode = threading.local()


def is_large(doc: Document) -> bool:
    """More text than ``LARGE_TEXT``: runs of text as one Str, one format at a time."""
    return sum(len(b.text) for b in doc.blocks) > LARGE_TEXT


def text_inlines(text: str) -> list[Json]:
    """Plain text -> Str/Space inlines. Never interpreted: ``*x*`` stays ``*x*``."""
    if getattr(_mode, "runs", False):
        joined = " ".join(text.split())
        return [{"t": "Str", "c": joined}] if joined else []
    out: list[Json] = []
    for i, word in enumerate(text.split()):
        if i:
            out.append({"t": "Space"})
        out.append({"t": "Str", "c": word})
    return out


def _runs_to_inlines(block: Block) -> list[Json]:
    out: list[Json] = []
    for run in block.runs():
        if run.kind == "note":
            out.append({"t": "Note", "c": [_block(b) for b in run.note]})
            continue
        pieces = text_inlines(run.text)
        # Keep a space at run edges so "word [1]" stays two words after the join (one
        # space, even when both runs bring one).
        if out and run.text[:1].isspace() and out[-1]["t"] != "Space":
            out.append({"t": "Space"})
        if run.kind == "link":
            out.append({"t": "Link", "c": [null_attr(), pieces, [run.url, ""]]})
        else:
            out.extend(pieces)
        if run.text[-1:].isspace() and pieces:
            out.append({"t": "Space"})
    while out and out[-1]["t"] == "Space":
        out.pop()
    return out


def _block(b: Block) -> Json:
    if b.kind == "table":
        return _table(b)
    inl = _runs_to_inlines(b)
    if b.kind == "heading":
        return {"t": "Header", "c": [b.level or 1, [b.ident, [], []], inl]}
    if b.kind == "paragraph":
        return {"t": "Para", "c": inl}
    if b.kind == "quote":
        return {"t": "BlockQuote", "c": [{"t": "Para", "c": inl}]}
    if b.kind == "code":
        return {"t": "CodeBlock", "c": [null_attr(), b.text]}
    if b.kind == "reference":
        # A numbered style's entry number travels as an attribute (data-number in HTML).
        attrs = [["number", b.number]] if b.number else []
        return {"t": "Div", "c": [[b.ident, ["csl-entry"], attrs], [{"t": "Para", "c": inl}]]}
    return {"t": "Div", "c": [["", [_DIV_KINDS[b.kind]], []], [{"t": "Para", "c": inl}]]}


# -- tables ---------------------------------------------------------------------------

# A cell that is a number, a share or a measure (``38``, ``4,2``, ``(46%)``, ``-0.5``,
# ``3.8±0.26d``): a column of them is set flush right, as a journal sets figures.
_NUMERIC = re.compile(r"[(\[]?[-+−–]?\d[\d.,]*\s?%?[)\]]?(?:\s?±\s?\d[\d.,]*)?[a-z*]{0,2}")


def _numeric_column(rows: list[list[str]], col: int, head: int) -> bool:
    cells = [r[col] for r in rows[head:] if col < len(r) and r[col].strip()]
    return bool(cells) and all(_NUMERIC.fullmatch(c.strip()) for c in cells)


def _cell(text: str, span: int = 1) -> list[Any]:
    content = [{"t": "Plain", "c": text_inlines(text)}] if text.strip() else []
    # (a cell across the columns is set flush left: it would take the first column's
    # alignment, flush right under a column of figures)
    return [null_attr(), {"t": "AlignLeft" if span > 1 else "AlignDefault"}, 1, span, content]


def _row(cells: list[str], width: int) -> list[Any]:
    """A row of the table; a row of one cell in a wider table spans it (its cells could
    not be told apart: ``Strongly Disagree Disagree Undecided ...``)."""
    if len(cells) == 1 and width > 1:
        return [null_attr(), [_cell(cells[0], width)]]
    return [null_attr(), [_cell(c) for c in cells + [""] * (width - len(cells))]]


def _table(b: Block) -> Json:
    """A table block -> a pandoc ``Table`` (its caption inside, its header rows as the head,
    numeric columns flush right), or, for table text whose grid was not rebuilt, a ``Div``
    of class ``table-text`` holding its caption and the lines verbatim in a ``CodeBlock``."""
    caption = [{"t": "Plain", "c": text_inlines(b.caption)}] if b.caption else []
    if not b.rows:
        # A Div, not a Figure: pandoc writes a figure's caption below it, a table's goes above.
        attr = ["", ["table-text"], []]
        cap = [{"t": "Div", "c": [["", ["caption"], []], [{"t": "Para", "c": caption[0]["c"]}]]}] if caption else []
        return {"t": "Div", "c": [attr, [*cap, {"t": "CodeBlock", "c": [attr, b.text]}]]}
    width = max(len(r) for r in b.rows)
    aligns = [
        {"t": "AlignRight"} if _numeric_column(b.rows, c, b.head) else {"t": "AlignDefault"} for c in range(width)
    ]
    specs = [[a, {"t": "ColWidthDefault"}] for a in aligns]
    head = [_row(r, width) for r in b.rows[: b.head]]
    body = [_row(r, width) for r in b.rows[b.head :]]
    return {
        "t": "Table",
        "c": [
            ["", ["wide"] if _min_chars(b.rows) > WIDE_TABLE_CHARS else [], []],
            [None, caption],
            specs,
            [null_attr(), head],
            [[null_attr(), 0, [], body]],
            [null_attr(), []],
        ],
    }


# A table whose columns need more characters than a portrait page's table holds gets the
# class ``wide``: the PDF sets it on a landscape page of its own (print.css), where
# WeasyPrint would otherwise run its last columns off the page (it never narrows a column
# below its longest word). A portrait page's table holds about 100 characters at its size
# (8.5 pt, heads in bold): a table a little under may still fit (bn-22's 120 did), but a
# landscape page it did not need costs less than a column off the page (a review's ten
# columns headed ``Temperature``, 123, did not fit).
WIDE_TABLE_CHARS = 100


def _min_chars(rows: list[list[str]]) -> int:
    """The characters a table needs at the least: each column's longest word, and two for
    the padding between columns (a row of one cell spans the table: it counts for none)."""
    width = max(len(r) for r in rows)
    longest = [0] * width
    for r in rows:
        if len(r) > 1:
            for c, cell in enumerate(r):
                longest[c] = max(longest[c], max((len(w) for w in cell.split()), default=0))
    return sum(n + 2 for n in longest)


def _cells_text(cells: list[Any]) -> str:
    return " ".join(inlines_text(blk["c"]) for cell in cells for blk in cell[4] if blk["t"] in ("Plain", "Para"))


def _read_table(c: list[Any]) -> Block:
    _attr, (_short, caption), _specs, (_hattr, head_rows), bodies, _foot = c
    rows = [[_cells_text([cell]) for cell in r[1]] for r in head_rows]
    for _battr, _rhc, inter, body in bodies:
        rows += [[_cells_text([cell]) for cell in r[1]] for r in inter + body]
    cap = " ".join(inlines_text(blk["c"]) for blk in caption if blk["t"] in ("Plain", "Para"))
    return Block("table", table_words(rows), rows=rows, head=len(head_rows), caption=" ".join(cap.split()))


def table_words(rows: list[list[str]]) -> str:
    """A table's ``text``: its cells' words, row by row."""
    return " ".join(" ".join(c.split()) for r in rows for c in r if c.strip())


# -- lists ----------------------------------------------------------------------------

# How an item's marker is numbered: ``a`` / ``iv`` / ``3``.
_ROMAN = re.compile(r"[ivxlc]+")


def _style(number: str) -> str:
    if number.isdigit() or not number:
        return "Decimal"
    if _ROMAN.fullmatch(number) and number != "c":
        return "LowerRoman"
    if _ROMAN.fullmatch(number.lower()) and number.isupper():
        return "UpperRoman"
    return "UpperAlpha" if number.isupper() else "LowerAlpha"


def _start(number: str, style: str) -> int:
    if style == "Decimal":
        return int(number) if number.isdigit() else 1
    if style in ("LowerAlpha", "UpperAlpha") and len(number) == 1:
        return ord(number.lower()) - ord("a") + 1
    return 1


def _list(items: list[Block]) -> list[Json]:
    """Items -> a pandoc list; items of a deeper ``level`` go inside the item before them
    (``3. Provide ...`` / ``a. facilitating ...`` / ``b. interactive ...``). A numbered list
    that does not start at 1 (``4. Understand ...`` after a paragraph) keeps its number in
    every format: pandoc writes ``<ol start="4">``, which WeasyPrint 70 ignores, so the list
    also travels in a ``list-start`` Div whose ``counter-reset`` the print CSS lets the list
    count on from."""
    top = min(max(b.level, 1) for b in items)
    body: list[list[Json]] = []
    i = 0
    while i < len(items):
        j = i + 1
        while j < len(items) and max(items[j].level, 1) > top:
            j += 1
        content: list[Json] = [{"t": "Plain", "c": _runs_to_inlines(items[i])}]
        if j > i + 1:
            content += blocks_to_ast(items[i + 1 : j])
        body.append(content)
        i = j
    first = items[0]
    if not first.ordered:
        return [{"t": "BulletList", "c": body}]
    style = _style(first.number)
    start = _start(first.number, style)
    lst = {"t": "OrderedList", "c": [[start, {"t": style}, {"t": "Period"}], body]}
    if start == 1:
        return [lst]
    attr = ["", ["list-start"], [["style", f"counter-reset: list-item {start - 1}"]]]
    return [{"t": "Div", "c": [attr, [lst]]}]


def _same_list(a: Block, b: Block) -> bool:
    """``b`` goes on the list ``a`` opened: an item of the same kind (numbered or not) at the
    same depth, or a deeper item (a sub-list)."""
    return b.kind == "list_item" and (b.ordered == a.ordered or max(b.level, 1) > max(a.level, 1))


def blocks_to_ast(blocks: list[Block]) -> list[Json]:
    out: list[Json] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind in ("list_item", "reference"):
            j = i + 1
            while j < len(blocks) and (
                (b.kind == "reference" and blocks[j].kind == "reference")
                or (b.kind == "list_item" and _same_list(b, blocks[j]))
            ):
                j += 1
            if b.kind == "list_item":
                out += _list(blocks[i:j])
            else:
                refs = [_block(r) for r in blocks[i:j]]
                out.append({"t": "Div", "c": [["refs", ["references", "csl-bib-body"], []], refs]})
            i = j
            continue
        out.append(_block(b))
        i += 1
    # A heading right before a wide table goes on the table's landscape page with it (the
    # page change would leave it alone at the foot of the page before).
    for head, table in zip(out, out[1:], strict=False):
        if head["t"] == "Header" and table["t"] == "Table" and "wide" in table["c"][0][1]:
            head["c"][1][1].append("before-wide")
    return out


def _meta_inlines(text: str) -> Json:
    return {"t": "MetaInlines", "c": text_inlines(text)}


def _meta_value(value: Any) -> Json:
    if isinstance(value, dict):
        return {"t": "MetaMap", "c": {k: _meta_value(v) for k, v in value.items()}}
    if isinstance(value, list):
        return {"t": "MetaList", "c": [_meta_value(v) for v in value]}
    if isinstance(value, bool):
        return {"t": "MetaBool", "c": value}
    return {"t": "MetaString", "c": str(value)}


def document_to_ast(doc: Document, api_version: list[int]) -> Json:
    m = doc.meta
    meta: Json = {
        "lang": {"t": "MetaString", "c": m.lang},
        "dir": {"t": "MetaString", "c": m.direction},
        # The full record, exactly, for the round trip and for our templates.
        "galley": _meta_value({"model-version": str(MODEL_VERSION), "meta": meta_to_dict(m)}),
    }
    if m.title:
        meta["title"] = _meta_inlines(m.title)
    if m.subtitle:
        meta["subtitle"] = _meta_inlines(m.subtitle)
    if m.authors:
        meta["author"] = {"t": "MetaList", "c": [_meta_inlines(a.name) for a in m.authors]}
    if citation.machine_date(m.date):  # (pandoc leaves EPUB's dc:date empty for "12 de enero de 2023")
        meta["date"] = _meta_inlines(m.date)
    if m.keywords:
        meta["keywords"] = {"t": "MetaList", "c": [_meta_inlines(k) for k in m.keywords]}
    if m.doi:
        meta["identifier"] = {"t": "MetaString", "c": "doi:" + m.doi}
    _mode.runs = is_large(doc)
    try:
        blocks = blocks_to_ast(doc.blocks)
    finally:
        _mode.runs = False
    return {"pandoc-api-version": api_version, "meta": meta, "blocks": blocks}


# -- reading back -------------------------------------------------------------------


def inlines_text(inlines: list[Json]) -> str:
    parts: list[str] = []
    for x in inlines:
        t = x["t"]
        if t == "Str":
            parts.append(x["c"])
        elif t in ("Space", "SoftBreak", "LineBreak"):
            parts.append(" ")
        elif t == "Link":
            parts.append(inlines_text(x["c"][1]))
        elif t in ("Emph", "Strong", "Span", "Quoted"):
            parts.append(inlines_text(x["c"][-1]))
    return "".join(parts)


def _runs(inlines: list[Json]) -> list[Inline] | None:
    if not any(x["t"] in ("Note", "Link") for x in inlines):
        return None
    runs: list[Inline] = []
    buf: list[Json] = []
    for x in inlines + [{"t": "End"}]:
        if x["t"] in ("Note", "Link", "End"):
            if buf:
                runs.append(Inline(inlines_text(buf)))
                buf = []
            if x["t"] == "Note":
                runs.append(Inline("", kind="note", note=_read_blocks(x["c"])))
            elif x["t"] == "Link":
                runs.append(Inline(inlines_text(x["c"][1]), kind="link", url=x["c"][2][0]))
        else:
            buf.append(x)
    return runs


def _para(kind: str, inlines: list[Json], **kw: Any) -> Block:
    return Block(kind, " ".join(inlines_text(inlines).split()), inlines=_runs(inlines), **kw)


def _read_blocks(blocks: list[Json]) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        t, c = b["t"], b.get("c", [])
        if t == "Header":
            out.append(_para("heading", c[2], level=c[0], ident=c[1][0]))
        elif t in ("Para", "Plain"):
            out.append(_para("paragraph", c))
        elif t == "BlockQuote":
            out.extend(_para("quote", p["c"]) for p in c)
        elif t == "CodeBlock":
            out.append(Block("code", c[1]))
        elif t in ("BulletList", "OrderedList"):
            out += _read_list(b, 1)
        elif t == "Table":
            out.append(_read_table(c))
        elif t == "Div":
            out += _read_div(c)
    return out


def _read_div(c: list[Any]) -> list[Block]:
    """A Div galley wrote: table text, a list's start, the references, a block's kind."""
    (_, classes, _), inner = c
    if "table-text" in classes:
        code = next((x["c"][1] for x in inner if x["t"] == "CodeBlock"), "")
        caps = [x["c"][1][0]["c"] for x in inner if x["t"] == "Div"]
        return [Block("table", code, caption=" ".join(inlines_text(caps[0]).split()) if caps else "")]
    if "list-start" in classes:
        return _read_blocks(inner)
    if "references" in classes:
        out = []
        for entry in inner:
            para = entry["c"][1][0]["c"]
            number = dict(entry["c"][0][2]).get("number", "")
            out.append(_para("reference", para, ident=entry["c"][0][0], number=number))
        return out
    kind = next((_KIND_OF_DIV[k] for k in classes if k in _KIND_OF_DIV), "paragraph")
    return [_para(kind, p["c"]) for p in inner]


def _numbers(start: int, style: str, count: int) -> list[str]:
    if style in ("LowerAlpha", "UpperAlpha"):
        base = ord("a" if style == "LowerAlpha" else "A")
        return [chr(base + start - 1 + n) if start - 1 + n < 26 else str(start + n) for n in range(count)]
    if style in ("LowerRoman", "UpperRoman"):
        romans = [r.lower() for r in vocab.ROMAN_NUMERALS]
        out = [romans[start - 1 + n] if start - 1 + n < len(romans) else str(start + n) for n in range(count)]
        return [r.upper() for r in out] if style == "UpperRoman" else out
    return [str(start + n) for n in range(count)]


def _read_list(b: Json, level: int) -> list[Block]:
    """A pandoc list -> its items, a nested list's items one ``level`` deeper."""
    ordered = b["t"] == "OrderedList"
    items = b["c"][1] if ordered else b["c"]
    numbers = _numbers(b["c"][0][0], b["c"][0][1]["t"], len(items)) if ordered else [""] * len(items)
    out: list[Block] = []
    for number, item in zip(numbers, items, strict=True):
        out.append(_para("list_item", item[0]["c"], ordered=ordered, number=number, level=level if level > 1 else 0))
        for inner in item[1:]:
            if inner["t"] in ("BulletList", "OrderedList"):
                out += _read_list(inner, level + 1)
            elif inner["t"] == "Div" and "list-start" in inner["c"][0][1]:
                out += [replace(x, level=max(x.level, level + 1)) for x in _read_blocks(inner["c"][1])]
            else:
                out += _read_blocks([inner])
    return out


def _plain(value: Json) -> Any:
    t, c = value["t"], value.get("c", [])
    if t == "MetaMap":
        return {k: _plain(v) for k, v in c.items()}
    if t == "MetaList":
        return [_plain(v) for v in c]
    if t == "MetaInlines":
        return inlines_text(c)
    return c


def ast_to_document(ast: Json) -> Document:
    galley = _plain(ast["meta"]["galley"]) if "galley" in ast["meta"] else {"meta": {}}
    meta = meta_from_dict(galley["meta"]) if galley["meta"] else Metadata()
    return Document(meta=meta, blocks=_read_blocks(ast["blocks"]))
