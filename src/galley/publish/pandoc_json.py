"""Document <-> pandoc JSON AST (``Pandoc Meta [Block]``).

Only the shapes galley emits are read back; that keeps the round trip exact and
lets tests of ``publish`` start from a JSON file.
"""

from __future__ import annotations

import threading
from typing import Any

from galley.model import MODEL_VERSION, Block, Document, Inline, Metadata, meta_from_dict, meta_to_dict

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


def _list(items: list[Block]) -> Json:
    body = [[{"t": "Plain", "c": _runs_to_inlines(b)}] for b in items]
    if items[0].ordered:
        start = int(items[0].number) if items[0].number.isdigit() else 1
        return {"t": "OrderedList", "c": [[start, {"t": "Decimal"}, {"t": "Period"}], body]}
    return {"t": "BulletList", "c": body}


def blocks_to_ast(blocks: list[Block]) -> list[Json]:
    out: list[Json] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind in ("list_item", "reference"):
            j = i
            while (
                j < len(blocks)
                and blocks[j].kind == b.kind
                and (b.kind == "reference" or blocks[j].ordered == b.ordered)
            ):
                j += 1
            if b.kind == "list_item":
                out.append(_list(blocks[i:j]))
            else:
                refs = [_block(r) for r in blocks[i:j]]
                out.append({"t": "Div", "c": [["refs", ["references", "csl-bib-body"], []], refs]})
            i = j
            continue
        out.append(_block(b))
        i += 1
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
    if m.date:
        meta["date"] = _meta_inlines(m.date)
    if m.keywords:
        meta["keywords"] = {"t": "MetaList", "c": [_meta_inlines(k) for k in m.keywords]}
    if m.doi:
        meta["identifier"] = {"t": "MetaString", "c": "doi:" + m.doi}
    _mode.runs = sum(len(b.text) for b in doc.blocks) > LARGE_TEXT
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
            ordered = t == "OrderedList"
            items = c[1] if ordered else c
            start = c[0][0] if ordered else 1
            for n, item in enumerate(items):
                number = str(start + n) if ordered else ""
                out.append(_para("list_item", item[0]["c"], ordered=ordered, number=number))
        elif t == "Div":
            (ident, classes, _), inner = c
            if "references" in classes:
                for entry in inner:
                    para = entry["c"][1][0]["c"]
                    number = dict(entry["c"][0][2]).get("number", "")
                    out.append(_para("reference", para, ident=entry["c"][0][0], number=number))
            else:
                kind = next((_KIND_OF_DIV[k] for k in classes if k in _KIND_OF_DIV), "paragraph")
                out.extend(_para(kind, p["c"]) for p in inner)
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
