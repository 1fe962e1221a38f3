"""Publish-stage changes to the pandoc AST: what a reader needs on the page that the
Document does not say in so many words. The Document itself is never changed.

- ``keep_names_whole``: no hyphen inside a name, a citation, a code-like word or an address;
- ``missing_figures``: a figure whose image did not survive extraction (only its caption
  did) becomes a visible, numbered placeholder, and the text's "Figure 2" links to it;
- ``citation_links``: citations get ids, a hover preview and back-links from their entries;
- ``permalinks``: each section heading gets a link to itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

Json = dict[str, Any]

# -- hyphenation guards --------------------------------------------------------------------

# A name with an inner capital (PyTorch, GitHub, LaTeX) or a code-like word (pyproject.toml,
# e.g.): a hyphen inserted at a line end would read as part of it ("PyT-orch").
NAME_LIKE = re.compile(r"\W*(\w*[a-z][A-Z]\w*|\w+(\.\w+)+\.?)\W*")
# A capitalised word: a person's or a place's name ("Noordermeer", "Netherlands", "Russia")
# or a sentence's first word. Typographers do not break proper nouns; the cost, sentence
# openings kept whole too, is small.
CAPITALISED = re.compile(r"\W*[^\W\d_a-z][^\W\d_]*(?:[-'’][^\W\d_]+)*\W*")
# Languages that capitalise every noun: there a capital says nothing about names, and long
# compounds need their breaks. Names are kept whole there only inside citations.
NOUN_CAPITALISING = {"de", "lb", "gsw", "bar"}
# An address (https://..., 10.1000/xyz, a@b.org, www.x.org): no hyphen either, but it may
# break after a slash or dot (as journals break URLs), else a justified line around a long
# address opens wide gaps. The break is a <wbr>: no character is added to the text.
ADDRESS_LIKE = re.compile(r"\S*(://|www\.|@|\w/\w)\S*")
# A code-like word: a file or package name, an identifier, with a letter in it
# (``05_Widget_NGC5533.ipynb``, ``pyproject.toml``, ``snake_case``; not ``65.72``).
CODE_LIKE = re.compile(r"\W*(?=\S*[^\W\d_])\w+(?:[._]\w+)+\.?\W*")
CELL_WORD_BREAKS = 12  # characters of a code-like word in a table cell for it to get break points
ADDRESS_BREAKS = re.compile(r"(?<=[/.\-_])(?=\w)|(?=[?#&=])")
WBR = {"t": "RawInline", "c": ["html", "<wbr />"]}
YEAR = re.compile(r"\(?(1[6-9]\d\d|20\d\d)[a-z]?[);,.]*$")


def _address(word: str) -> list[Any]:
    pieces = [x for x in ADDRESS_BREAKS.split(word) if x]
    out: list[Any] = []
    for i, piece in enumerate(pieces):
        if i:
            out.append(WBR)
        out.append({"t": "Str", "c": piece})
    return out


def _span(cls: str, content: list[Any]) -> Json:
    return {"t": "Span", "c": [["", [cls], []], content]}


def _citation_words(inlines: list[Any]) -> set[int]:
    """Indices of the Str inlines that belong to an unlinked author-year citation: each word
    of a parenthesis that holds a year ("(Abernathey et al., 2021; Guo, 2017)"), and the
    capitalised words just before a "(2016)"."""
    out: set[int] = set()
    opened = -1
    for i, x in enumerate(inlines):
        if x.get("t") != "Str":
            continue
        word = x["c"]
        if word.startswith("("):
            opened = i
        if opened >= 0 and (")" in word) and i - opened <= 60:
            group = [j for j in range(opened, i + 1) if inlines[j].get("t") == "Str"]
            if any(YEAR.match(inlines[j]["c"]) for j in group):
                out.update(group)
            opened = -1
        if YEAR.match(word) and word.startswith("("):
            # Narrative: "Carleton and Hsiang (2016)": the names before the year.
            j, seen = i - 1, 0
            while j >= 0 and seen < 4:
                if inlines[j].get("t") == "Str":
                    seen += 1
                    if inlines[j]["c"][:1].isupper():
                        out.add(j)
                j -= 1
    return out


def keep_names_whole(node: Any, lang: str = "en", *, names: bool = True) -> Any:
    """Wrap names, citations and code-like words in ``<span class="nohyphen">`` and addresses
    in ``<span class="address">``, so automatic hyphenation never adds a hyphen inside them
    (the seed printed "(Aberna-|they", "Noor-|dermeer", "Neth-|erlands", "Rus-|sia").
    Links, code and headings are left as they are (the theme sets links ``hyphens: manual``);
    a table's cells get their addresses and code-like words marked (``_cells``).
    ``names=False`` (the PDF, hyphenated by ``soft_hyphens``): addresses only."""
    caps = lang.split("-")[0].lower() not in NOUN_CAPITALISING

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            cited = _citation_words(node) if any(isinstance(x, dict) and x.get("t") == "Str" for x in node) else set()
            return [
                _word(x, i in cited) if isinstance(x, dict) and x.get("t") == "Str" else walk(x)
                for i, x in enumerate(node)
            ]
        if isinstance(node, dict):
            if node.get("t") == "Table":
                return _cells(node)
            if node.get("t") in ("Link", "Code", "CodeBlock", "Header", "RawInline", "RawBlock"):
                return node
            return {k: walk(v) for k, v in node.items()}
        return node

    def _word(node: Json, cited: bool) -> Any:
        word = node["c"]
        if ADDRESS_LIKE.fullmatch(word) and len(word) > 12:
            return _span("address", _address(word))
        if names and (cited or NAME_LIKE.fullmatch(word) or (caps and CAPITALISED.fullmatch(word))):
            return _span("nohyphen", [node])
        return node

    return walk(node)


def _cells(node: Any) -> Any:
    """A table's cells (and its caption, inside the Table node) hyphenate automatically
    (their columns are narrow), but a code-like word or an address in one breaks only after
    its marks, with no hyphen: a file name
    printed ``05_Wid-get_NGC5533_All_Components.ipynb`` reads as another name. (A word of
    fewer than ``CELL_WORD_BREAKS`` characters fits a column as it is: ``e.g.`` stays.)"""
    if isinstance(node, list):
        return [_cells(x) for x in node]
    if isinstance(node, dict):
        word = node["c"] if node.get("t") == "Str" else ""
        if len(word) >= CELL_WORD_BREAKS and (ADDRESS_LIKE.fullmatch(word) or CODE_LIKE.fullmatch(word)):
            return _span("address", _address(word))
        return {k: _cells(v) for k, v in node.items()}
    return node


# -- missing figures -----------------------------------------------------------------------

# "Figure 2: ...", "Fig. 2.", "Abbildung 3 –", "Figura 1:", "Figuur 4." (the caption's opening).
FIGURE_WORDS = r"Figure|Fig\.|Figs\.|Figures|Abbildung|Abb\.|Figura|Figuur|Afbeelding|Bild|Rysunek|Obrázek|Kuva"
CAPTION = re.compile(rf"^(?:{FIGURE_WORDS})\s*(\d+)\s*[:.–—-]?$", re.I)
MENTION_WORD = re.compile(rf"^\(?(?:{FIGURE_WORDS})$", re.I)
MENTION_NUMBER = re.compile(r"^(\d+)([a-z]?)([).,;:]*)$")

PLACEHOLDER = {
    "en": "Figure {n} is not part of the source text",
    "de": "Abbildung {n} ist nicht Teil des Ausgangstexts",
    "fr": "La figure {n} ne fait pas partie du texte source",
    "es": "La figura {n} no forma parte del texto de origen",
    "it": "La figura {n} non fa parte del testo di origine",
    "pt": "A figura {n} não faz parte do texto de origem",
    "nl": "Figuur {n} maakt geen deel uit van de brontekst",
}


def _text(inlines: list[Any]) -> str:
    return " ".join(x["c"] for x in inlines if x.get("t") == "Str")


def missing_figures(blocks: list[Json], lang: str = "en") -> dict[str, str]:
    """Each figure caption (a ``caption`` Div opening "Figure 2:") -> a pandoc Figure with the
    id ``fig-2``: a visible placeholder saying the image is not part of the source text,
    and the caption as its figcaption. Returns {number: id} for ``link_figure_mentions``."""
    found: dict[str, str] = {}
    words = PLACEHOLDER.get(lang.split("-")[0].lower(), PLACEHOLDER["en"])
    for i, b in enumerate(blocks):
        if b["t"] == "Div":
            (_, classes, _), inner = b["c"]
            if "caption" in classes and inner and inner[0]["t"] == "Para":
                inl = inner[0]["c"]
                m = CAPTION.match(_text(inl[:3])) or CAPTION.match(_text(inl[:1]))
                if m and m.group(1) not in found:
                    n = m.group(1)
                    ident = f"fig-{n}"
                    found[n] = ident
                    # The placeholder says what is missing the way an image would: in its
                    # accessible name, drawn by the style sheet (data-note), not as words of
                    # the paper's text.
                    say = words.format(n=n)
                    attrs = [["role", "img"], ["aria-label", say], ["data-note", say]]
                    note = {"t": "Div", "c": [["", ["figure-placeholder"], attrs], []]}
                    caption = [None, [{"t": "Plain", "c": inl}]]
                    figure = {"t": "Figure", "c": [["", ["missing-figure"], []], caption, [note]]}
                    # The id sits on a Div around the figure: pandoc's EPUB writer points a link at
                    # the chapter file of a Div's id, not of a Figure's (pandoc 3.9).
                    blocks[i] = {"t": "Div", "c": [[ident, ["figure-anchor"], []], [figure]]}
    return found


def link_figure_mentions(node: Any, figures: dict[str, str]) -> Any:
    """ "Figure 2" / "Fig. 2" in the text -> a link to the figure's placeholder."""
    if not figures:
        return node
    if isinstance(node, list):
        out: list[Any] = []
        i = 0
        while i < len(node):
            x = node[i]
            if (
                isinstance(x, dict)
                and x.get("t") == "Str"
                and MENTION_WORD.match(x["c"])
                and i + 2 < len(node)
                and node[i + 1].get("t") == "Space"
                and node[i + 2].get("t") == "Str"
            ):
                m = MENTION_NUMBER.match(node[i + 2]["c"])
                if m and m.group(1) in figures:
                    word = x["c"]
                    lead = "(" if word.startswith("(") else ""
                    if lead:
                        out.append({"t": "Str", "c": lead})
                        word = word[1:]
                    label = [{"t": "Str", "c": word}, {"t": "Space"}, {"t": "Str", "c": m.group(1) + m.group(2)}]
                    out.append({"t": "Link", "c": [["", ["figure-ref"], []], label, ["#" + figures[m.group(1)], ""]]})
                    if m.group(3):
                        out.append({"t": "Str", "c": m.group(3)})
                    i += 3
                    continue
            out.append(link_figure_mentions(x, figures))
            i += 1
        return out
    if isinstance(node, dict):
        if node.get("t") in ("Link", "Figure", "Header", "Code", "CodeBlock"):
            return node
        return {k: link_figure_mentions(v, figures) for k, v in node.items()}
    return node


# -- citations -------------------------------------------------------------------------------


def _entries(blocks: list[Json]) -> dict[str, Json]:
    out: dict[str, Json] = {}
    for b in blocks:
        if b["t"] == "Div" and "references" in b["c"][0][1]:
            for entry in b["c"][1]:
                if entry["t"] == "Div" and entry["c"][0][0]:
                    out[entry["c"][0][0]] = entry
    return out


def _plain(node: Any) -> str:
    if isinstance(node, list):
        return "".join(_plain(x) for x in node)
    if isinstance(node, dict):
        t = node.get("t")
        if t == "Str":
            return str(node["c"])
        if t in ("Space", "SoftBreak", "LineBreak"):
            return " "
        if t in ("Link", "Span"):
            return _plain(node["c"][1])
        if t in ("Para", "Plain"):
            return _plain(node["c"])
    return ""


def citation_links(blocks: list[Json], *, back_links: bool = True) -> int:
    """The structure stage linked citations to their entries (``#ref-carleton-2016``); here
    each citation gets the class ``citation``, an id (``cite-3``) and the entry's text as its
    title (a hover preview), and each entry a "↩" back to every place that cites it.
    Returns the number of citations."""
    entries = _entries(blocks)
    if not entries:
        return 0
    cites: dict[str, list[str]] = {}
    for link in _links_outside_references(blocks):
        attr, _, (url, _title) = link["c"]
        target = url[1:] if url.startswith("#") else ""
        if target not in entries:
            continue
        ident = attr[0] or f"cite-{sum(map(len, cites.values())) + 1}"
        # A new attribute list: the AST may share one list among many links.
        link["c"][0] = [ident, [*attr[1], "citation"], list(attr[2])]
        preview = " ".join(_plain(entries[target]["c"][1]).split())
        link["c"][2] = [url, preview[:300] + ("…" if len(preview) > 300 else "")]
        cites.setdefault(target, []).append(ident)
    if back_links:
        for target, ids in cites.items():
            _add_back_links(entries[target], ids)
    return sum(map(len, cites.values()))


def _links_outside_references(node: Any) -> Iterator[Json]:
    """Every Link of the AST, in reading order, except those inside the reference list."""
    if isinstance(node, list):
        for x in node:
            yield from _links_outside_references(x)
    elif isinstance(node, dict):
        if node.get("t") == "Link":
            yield node
        elif not (node.get("t") == "Div" and "references" in node["c"][0][1]):
            for v in node.values():
                yield from _links_outside_references(v)


def _add_back_links(entry: Json, ids: list[str]) -> None:
    """Links from a reference entry back to each citation of it."""
    para = entry["c"][1][-1]
    if para.get("t") not in ("Para", "Plain"):
        return
    para["c"].append({"t": "Space"})
    for k, ident in enumerate(ids, start=1):
        # The mark is drawn by the style sheet (data-mark): an arrow is no word of the
        # paper, so it stays out of its text (copied text, search, the reading order).
        mark = "↩" if len(ids) == 1 else f"↩{k}"
        attrs = [["aria-label", f"Back to citation {k}"], ["data-mark", mark]]
        para["c"].append({"t": "Link", "c": [["", ["back-link"], attrs], [], ["#" + ident, ""]]})
        if k < len(ids):
            para["c"].append({"t": "Space"})


# -- permalinks ------------------------------------------------------------------------------


def permalinks(blocks: list[Json], label: str = "Link to this section") -> None:
    """A "§" link after each section heading's text, pointing at the section's own id (the
    ids are the Document's: slugs of the heading text, the same on every build). The "§" is
    drawn by the style sheet, not written in the heading: it is no word of the heading's."""
    for b in blocks:
        if b["t"] == "Header" and b["c"][1][0]:
            ident = b["c"][1][0]
            text = _plain(b["c"][2]).strip()
            attrs = [["aria-label", f"{label}: {text}"[:200]]]
            b["c"][2] = [*b["c"][2], {"t": "Link", "c": [["", ["permalink"], attrs], [], ["#" + ident, ""]]}]
        elif b["t"] == "Div":
            permalinks(b["c"][1], label)


# -- hyphenation for WeasyPrint ----------------------------------------------------------------

SOFT_HYPHEN = "\u00ad"
# Words shorter than this are never broken ("Rus-sia", "tab-le"); each part keeps 3 letters.
MIN_WORD, MIN_LEFT, MIN_RIGHT = 7, 3, 3
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _dictionary(lang: str) -> Any:
    import pyphen

    found = pyphen.language_fallback(lang.replace("-", "_")) if lang else None
    return pyphen.Pyphen(lang=found, left=MIN_LEFT, right=MIN_RIGHT) if found else None


def soft_hyphens(node: Any, lang: str = "en") -> Any:
    """For the PDF: the break points of every word that may be hyphenated, as soft hyphens
    (U+00AD: invisible, and absent from the PDF's text unless a line breaks there), from the
    same pyphen patterns WeasyPrint would use, with the theme's ``hyphens: manual``.

    Why not WeasyPrint's ``hyphens: auto`` with the protected words in spans: WeasyPrint 70
    lays out each inline box on its own, and a word that follows one where almost nothing
    fits is force-hyphenated onto a line of its own ("Existing materi-" / "als typically",
    upstream issue 1614). Soft hyphens need no spans: names, citations and addresses simply
    get none.

    Nor in a table: WeasyPrint 70 takes a cell's text up to its first soft hyphen for one
    unbreakable piece when it sizes the columns, so a long first cell with one hyphenated
    word late in it pushed a bird table's other columns off the page. Cells are hyphenated
    by the theme's ``hyphens: auto`` on ``table`` instead, which sizes them right."""
    dictionary = _dictionary(lang)
    if dictionary is None:
        return node
    caps = lang.split("-")[0].lower() not in NOUN_CAPITALISING

    def word(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            w = m.group(0)
            if len(w) < MIN_WORD:
                return w
            # Never between the letters of a ligature (ff, fi, fl): the shaper joins them into
            # one glyph across the invisible hyphen, and the glyph then reads back as nothing
            # ("dif<shy>ferent" -> "dierent" in the PDF's text).
            cuts = [int(p) for p in dictionary.positions(w) if not (w[p - 1] == "f" and w[p] in "fil")]
            for p in reversed(cuts):
                w = w[:p] + SOFT_HYPHEN + w[p:]
            return w

        return _WORD.sub(one, text)

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            cited = _citation_words(node) if any(isinstance(x, dict) and x.get("t") == "Str" for x in node) else set()
            out = []
            for i, x in enumerate(node):
                if isinstance(x, dict) and x.get("t") == "Str":
                    w = x["c"]
                    keep = (
                        i in cited
                        or NAME_LIKE.fullmatch(w)
                        or ADDRESS_LIKE.fullmatch(w)
                        or "-" in w
                        or (caps and CAPITALISED.fullmatch(w))
                    )
                    out.append(x if keep else {"t": "Str", "c": word(w)})
                else:
                    out.append(walk(x))
            return out
        if isinstance(node, dict):
            if node.get("t") in ("Link", "Code", "CodeBlock", "Header", "RawInline", "RawBlock", "Table"):
                return node
            return {k: walk(v) for k, v in node.items()}
        return node

    return walk(node)
