"""The document model: the contract between galley's stages.

``clean`` turns raw lines into :class:`Unit` records plus :class:`Repair` evidence;
``structure`` turns units into a :class:`Document`; ``publish`` only ever sees a
:class:`Document`.  A document has a versioned JSON form that *is* pandoc's AST
(``{"pandoc-api-version", "meta", "blocks"}``), so tests of ``structure`` end at that
JSON, tests of ``publish`` start from it, and pandoc is handed it directly.

Text inside the model is always plain text: it is turned into pandoc ``Str``/``Space``
inlines, never parsed as Markdown, so ``*``, ``#`` or ``<script>`` in the input stay text.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# Bumped when the meaning of the JSON form changes (independent of pandoc's API version).
# 2: ``Metadata.abstracts`` (every abstract the paper prints, each with its language); a
# version-1 record has only ``abstract`` and reads as one abstract in the paper's language.
# 3: tables (a ``table`` block: its cells row by row, its header rows, its caption, or its
# text verbatim); a list item's ``level``.
MODEL_VERSION = 4

RTL_LANGS = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr"})

BlockKind = Literal[
    "heading",
    "paragraph",
    "list_item",
    "quote",
    "code",
    "caption",
    "footnote",
    "reference",
    "equation",
    "table",
]
BLOCK_KINDS: tuple[str, ...] = BlockKind.__args__  # type: ignore[attr-defined]


# Records are never changed once made, but not ``frozen``: a frozen dataclass sets each field
# through ``object.__setattr__`` and costs seven times as much to make (1.4 against 0.2 us),
# and there is one per paragraph break: ~40,000 for 10 MB of text.
@dataclass(slots=True)
class Repair:
    """One change the cleaner made, with enough evidence to explain or replay it.

    ``line`` and ``end_line`` are 1-based line numbers in the raw input.
    """

    rule: str
    line: int
    end_line: int
    before: str
    after: str
    why: str

    def describe(self) -> str:
        span = f"{self.line}" if self.line == self.end_line else f"{self.line}-{self.end_line}"
        return f"line {span}: [{self.rule}] {self.before!r} -> {self.after!r} ({self.why})"


# The repairs that make words of two lines one, besides the hyphen rules' (``*hyphen-join``,
# ``*hyphen-keep``): a URL's pieces, a range, a reference's numbers (``2007;61(5):`` /
# ``395-400.``), a word and the punctuation a line opened on (``E.P`` / ``. White``). The
# loss checks count their words once joined.
WORD_JOINS = frozenset({"url-join", "range-join", "number-join", "punctuation-join"})


@dataclass(slots=True)  # not frozen: see Repair
class Removed:
    """A raw line that was dropped as page furniture (never silently)."""

    line: int
    text: str
    rule: str
    why: str


# Not ``frozen``: a frozen dataclass sets each field through ``object.__setattr__``, and
# making the lines cost five times as much (1.2 against 0.2 us a line). Lines are never
# changed after they are made; a repair makes a new one (``dataclasses.replace``).
@dataclass(slots=True)
class Line:
    """One raw line. ``number`` is 1-based in the input; ``page`` counts form feeds."""

    number: int
    text: str  # without line end, leading/trailing spaces stripped
    indent: int  # leading spaces (tabs count as 4)
    trailing: int  # trailing spaces
    page: int
    blank_before: int  # blank lines between this line and the previous non-blank one
    page_start: bool = False  # first non-blank line after a form feed

    @property
    def raw_length(self) -> int:
        return self.indent + len(self.text)

    def pieces(self, gap: int) -> tuple[tuple[int, int, int], ...]:
        """Where the pieces of a layout-mode line start and end on the page, and how many
        words each holds: ``Beginner              25h       Using`` at indent 80 -> ``((80,
        1, 88), (102, 1, 105), (112, 1, 117))``. Pieces are parted by ``gap`` spaces or more
        (the words of one cell by fewer). Taken before the character rules close the gaps
        up: table cells by position (``structure.tables``)."""
        out: list[tuple[int, int, int]] = []
        for m in re.finditer(rf"\S+(?: {{1,{gap - 1}}}\S+)*", self.text):
            out.append((self.indent + m.start(), len(m.group().split()), self.indent + m.end()))
        return tuple(out)


@dataclass(slots=True)  # a 50 MB input makes ~200,000 units: no per-unit __dict__
class Unit:
    """A run of cleaned text that the cleaner decided belongs together.

    ``kind`` is the cleaner's layout hint: ``"heading"`` for a line set apart like a
    heading, ``"paragraph"`` for joined prose, ``"line"`` for a line kept on its own
    (front matter, list markers, table cells), ``"equation"`` for a numbered display
    equation. ``lines`` keeps each cleaned source line
    (after character fixes, before joining) so later stages can see the geometry.
    """

    text: str
    kind: str
    first_line: int
    last_line: int
    lines: list[str] = field(default_factory=list)
    indent: int = 0
    page: int = 1
    # Where each of ``lines`` starts in ``text`` (filled by clean): cut ``text`` at these
    # offsets (``split``) rather than re-joining ``lines``, which would undo hyphen and URL joins.
    offsets: list[int] = field(default_factory=list)
    # Layout-mode text only: for each of ``lines``, its pieces as ``Line.pieces`` gives them
    # (page columns where each starts and ends, words in it; a line without a wide gap is
    # one piece at its indent). The geometry a table's cells are rebuilt from; None for a
    # unit none of whose lines has a wide gap (its ``indent`` is then all there is).
    grid: list[tuple[tuple[int, int, int], ...]] | None = None
    # The indices of ``lines`` that open a new page, once for each form feed before them (a
    # page left without text between: twice): the unit runs on over a page break there, as
    # a paragraph does, or as the body does after a page's foot notes. Empty for a unit on
    # one page.
    turns: tuple[int, ...] = ()
    # Layout-mode text only (``pdftotext -layout``, pypdf's layout mode, which keep the
    # page's vertical space as blank lines): the blank lines above its first line. A
    # heading with a blank line under it is set further from its text than one without: the
    # evidence of its level (``structure.levels``). None where blank lines part text boxes
    # or pages, and say nothing of the space.
    space_before: int | None = None

    def line_number(self, k: int) -> int:
        """The raw line number of ``lines[k]``. Exact when the unit's lines follow one
        another. A unit the cleaner joined across removed furniture or blank lines spans
        more raw lines than it has (a double-spaced manuscript: twice as many), and the
        numbers are not stored per line: they are spread evenly over the span, which is
        exact for even spacing (right for 61 % of such lines over the dev corpora, against
        28 % when counted on from the first line)."""
        last, span = len(self.lines) - 1, self.last_line - self.first_line
        if k <= 0 or last <= 0 or span <= 0:
            return self.first_line
        return self.first_line + min(span, round(k * span / last))

    def glued(self, k: int) -> bool:
        """Was ``lines[k]`` joined to the line before without a space? The cleaner mended a
        word or a URL broken at the line end there (``conven-`` / ``tions``,
        ``https://doi.org/10.1175/`` / ``JTECH-D-19-0041.1``): the two lines are one piece."""
        cut = self.offsets[k]
        return k > 0 and not self.text[cut - 1 : cut].isspace()

    def split(self, k: int) -> tuple[Unit, Unit]:
        """Cut the unit before its ``k``-th line (0 < k < len(lines)): what structure does to
        a heading the cleaner joined to its paragraph, or to a keyword line inside the
        abstract. The texts are sliced at ``offsets``, never re-joined from ``lines`` (which
        would bring back ``conven- tions``); both parts keep the kind and indent, the tail
        takes its own page (``turns``) and no space above it (the two were one block), and
        their line numbers follow ``line_number``. Where
        line ``k`` is ``glued`` the cut falls inside the mended word: a caller that must not
        cut a word asks ``glued`` first."""
        if not 0 < k < len(self.lines) or len(self.offsets) != len(self.lines):
            raise ValueError(f"cannot split a unit of {len(self.lines)} lines before line {k}")
        cut = self.offsets[k]
        rest = self.text[cut:]
        tail_text = rest.lstrip()
        shift = cut + len(rest) - len(tail_text)
        first_tail = self.line_number(k)
        head = Unit(
            self.text[:cut].rstrip(),
            self.kind,
            self.first_line,
            max(self.first_line, first_tail - 1),
            self.lines[:k],
            self.indent,
            self.page,
            self.offsets[:k],
            self.grid[:k] if self.grid else None,
            tuple(t for t in self.turns if t < k),
            self.space_before,
        )
        tail = Unit(
            tail_text,
            self.kind,
            first_tail,
            self.last_line,
            self.lines[k:],
            self.indent,
            self.page + sum(t <= k for t in self.turns),
            [off - shift for off in self.offsets[k:]],
            self.grid[k:] if self.grid else None,
            tuple(t - k for t in self.turns if t > k),
            None if self.space_before is None else 0,
        )
        return head, tail


@dataclass(frozen=True)
class Author:
    name: str
    affiliation: str = ""
    orcid: str = ""
    email: str = ""


@dataclass
class Abstract:
    """One abstract as the paper prints it: ``Abstract(text, "pt", "Resumo")``. ``lang`` is a
    BCP 47 tag ("" for the paper's own language); ``title`` is the heading the paper gives it;
    ``keywords`` the keyword line printed under it, in its language (``Metadata.keywords``
    holds the paper's own, usually the first abstract's)."""

    text: str
    lang: str = ""
    title: str = ""
    keywords: list[str] = field(default_factory=list)


@dataclass
class Metadata:
    title: str = ""
    subtitle: str = ""
    # The title as the paper prints it again in another language, under it: ``Impact of
    # stress on the health of sugarcane cutters`` under ``Impacto do estresse ...``.
    translated_title: str = ""
    authors: list[Author] = field(default_factory=list)
    date: str = ""
    doi: str = ""
    keywords: list[str] = field(default_factory=list)
    language: str = ""
    licence: str = ""
    abstract: str = ""  # the first abstract's text (the paper's language): what one-abstract formats print
    affiliations: list[str] = field(default_factory=list)
    # The paper's own citation and history, as the journal printed them (ISO dates when
    # recognised): "Journal of Open Source Education, 9(97), 292" -> journal, volume 9,
    # issue 97, article 292.
    received: str = ""  # submitted or received
    accepted: str = ""
    published: str = ""
    journal: str = ""
    volume: str = ""
    issue: str = ""
    article: str = ""  # first page or electronic article number ("292", "e20211306")
    # Every abstract the paper prints, in its order (a Brazilian paper: "Resumo" in Portuguese,
    # then "Abstract" in English); the first one's text is ``abstract``.
    abstracts: list[Abstract] = field(default_factory=list)

    def merged_over(self, detected: Metadata) -> Metadata:
        """Return self (the sidecar) filled in from ``detected`` where self is silent."""
        out = Metadata()
        for name in self.__dataclass_fields__:
            mine = getattr(self, name)
            setattr(out, name, mine if mine else getattr(detected, name))
        if self.abstract and not self.abstracts:
            # The sidecar's abstract replaces the paper's first one; its translations stay.
            out.abstracts = [Abstract(self.abstract, self.language), *detected.abstracts[1:]]
        return out

    @property
    def publication_date(self) -> str:
        """The publication date: the one given as such, else the paper's date unless that is
        only its received or accepted date (the front matter dates a paper by the first date
        it gives: ``Ricevuto: 14/02/2022`` is no publication)."""
        if self.published:
            return self.published
        return self.date if self.date not in (self.received, self.accepted) else ""

    @property
    def lang(self) -> str:
        """The BCP 47 language tag to publish with (English when nobody said)."""
        return self.language or "en"

    @property
    def direction(self) -> str:
        """``rtl`` for right-to-left scripts (Arabic, Hebrew, Persian, Urdu, ...), else ``ltr``."""
        return "rtl" if self.lang.split("-")[0].lower() in RTL_LANGS else "ltr"


@dataclass(slots=True)  # blocks and runs come by the hundred thousand in a long input
class Inline:
    """An inline run: plain text, a footnote (``note``) or a link (``url``)."""

    text: str
    kind: Literal["text", "note", "link"] = "text"
    url: str = ""
    note: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class Block:
    """One block of the paper. ``inlines`` is set when a block has notes or links;
    otherwise ``text`` is the whole content.

    A ``table`` holds its cells in ``rows`` (plain text, row by row, the first ``head`` rows
    its header) and its caption in ``caption``; ``text`` is then its cells' words, for
    counting and searching. A table whose grid could not be rebuilt from the text has no
    ``rows``: ``text`` holds its lines as extracted, one per line, published verbatim in a
    monospaced block (never reflowed, never split into paragraphs). A row of one cell in a
    wider table spans it: the text did not tell its cells apart.

    A list item's ``level`` is its depth (1 or 0: top level, 2: an item inside the item
    before it)."""

    kind: str
    text: str
    level: int = 0
    ordered: bool = False
    number: str = ""
    ident: str = ""
    inlines: list[Inline] | None = None
    source: tuple[int, int] = (0, 0)
    rows: list[list[str]] | None = None
    head: int = 0
    caption: str = ""

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")

    def runs(self) -> list[Inline]:
        return self.inlines if self.inlines is not None else [Inline(self.text)]


@dataclass
class CleanResult:
    """What the clean stage hands to structure: units, and the evidence of every repair."""

    units: list[Unit]
    repairs: list[Repair] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Document:
    meta: Metadata
    blocks: list[Block]
    repairs: list[Repair] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading"]


def meta_to_dict(meta: Metadata) -> dict[str, Any]:
    return asdict(meta)


def meta_from_dict(data: dict[str, Any]) -> Metadata:
    """The Metadata of its JSON form, version 1 (no ``abstracts``) to 4 (``translated_title``)."""
    authors = [Author(**a) for a in data.get("authors", [])]
    abstracts = [Abstract(**a) for a in data.get("abstracts", [])]
    rest = {k: v for k, v in data.items() if k not in ("authors", "abstracts") and k in Metadata.__dataclass_fields__}
    return Metadata(authors=authors, abstracts=abstracts, **rest)


_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, taken: set[str]) -> str:
    """A stable, unique HTML id for a heading."""
    base = _SLUG.sub("-", text.lower()).strip("-")[:48] or "section"
    if base[0].isdigit():
        base = "s-" + base
    ident, n = base, 1
    while ident in taken:
        n += 1
        ident = f"{base}-{n}"
    taken.add(ident)
    return ident
