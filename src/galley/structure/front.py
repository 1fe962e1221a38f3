"""Front matter: what the paper says about itself before its first section.

The front region is every unit before the first *opening* heading (``Abstract``,
``Summary``, ``Introduction``, ``1 Introduction``, ``Statement of need``...). Unit
boundaries are unreliable up there (extractors interleave the title block with the
journal's sidebar and split superscript markers onto lines of their own), so the region
is re-read line by line, and each line is claimed by the first rule that knows it:

1. ``sidebar``: DOI, Software/Review/Repository/Archive, Submitted/Published dates,
   Editor/Reviewers, the licence label and its text: metadata, never body text;
2. ``keywords``: ``Keywords: a, b`` / ``Index Terms—a, b``;
3. ``contact``: emails, ORCID ids, "Corresponding author" notes;
4. ``noise``: bare numbers, "Preprint", a journal name in capitals;
5. ``authors``: the first run of lines shaped like a list of names (markers, commas, "and");
6. ``title``: the lines before the authors (a running short title above it is dropped);
7. ``affiliations``: the lines after the authors, split at their markers.

No author block -> no title and no authors: detection never invents them from body text
(the seed opens with "Abstract" and has neither). Detection fills only what the sidecar
leaves out (the sidecar always wins, in ``build_document``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from galley import vocab
from galley.model import Author, Metadata, Removed, Unit
from galley.structure import sections

# How far into the document the first section may start (units).
FRONT_LIMIT = 80

_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)])")
_DOI_LINE = re.compile(r"^(?:DOI|doi)\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?(10\.\S+)$")
_DATE_LINE = re.compile(rf"^({vocab.alternation(vocab.all_of(vocab.DATES))})\s*:?\s+(.{{4,40}})$", re.I)
_SIDEBAR_LABEL = re.compile(
    r"^(?:[•●▪*-]\s*)?(Software|Review|Repository|Archive|Paper|Editor|Reviewers?|License|Licence"
    r"|Open Access|Copyright)\b(?::.*)?$",
    re.I,
)
_HANDLE = re.compile(r"^(?:[•●▪*-]\s*)?@[\w-]+(?:\s*,?\s*@[\w-]+)*,?$")
# "retain copyright", "release the work", "Creative Commons", "Attribution 4.0", "CC BY",
# "International License/Licence", "licensed under", "open access article" (any case),
# alternatives sharing a first letter factored: fewer branches tried at each position of
# each front line (twice as fast).
_LICENCE_TEXT = re.compile(
    r"(r(?:etain copyright|elease the work)|c(?:reative commons|c[ -]by)|attribution \d"
    r"|international licen(?:se|ce)|licensed under|open access article)",
    re.I,
)
# Under re.I these four match ASCII letters of the licence words ("ı" an "i", "ſ" an "s",
# the Kelvin sign a "k"), and lowering makes ASCII letters of no other character: a text
# without them is searched lower-cased with plain ``in`` tests, five times faster.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ and the Kelvin sign
_LICENCE_WORDS = (
    "retain copyright",
    "release the work",
    "creative commons",
    "cc by",
    "cc-by",
    "international license",
    "international licence",
    "licensed under",
    "open access article",
)
_ATTRIBUTION = re.compile(r"attribution \d")


def _licence_text(text: str) -> bool:
    """``_LICENCE_TEXT.search(text)`` (see ``_FOLDS_TO_ASCII``)."""
    if _FOLDS_TO_ASCII.search(text):
        return _LICENCE_TEXT.search(text) is not None
    low = text.lower()
    for w in _LICENCE_WORDS:  # (a loop, not any(): asked of every front line)
        if w in low:
            return True
    return "attribution " in low and _ATTRIBUTION.search(low) is not None


_CC = re.compile(r"\b(CC[ -]BY(?:[ -](?:SA|NC|ND))*(?:[ -]\d\.\d)?|CC0(?: 1\.0)?)\b")
# "Keywords", "Key words", "Index Terms": a label's spaces may be missing or doubled.
_KEYWORD_LABEL = vocab.alternation(vocab.all_of(vocab.KEYWORDS)).replace(r"\ ", r"\s?")
_KEYWORDS = re.compile(rf"^(?:{_KEYWORD_LABEL})\s*[:—–.-]\s*(.+)$", re.I)
# A line (after its spaces) opening on ``_KEYWORDS``' label, looked for at all the line
# starts of a unit in one search (the same words under the same re.I).
_MAY_KEYWORDS = re.compile(rf"\n\s*+(?:{_KEYWORD_LABEL})", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ORCID = re.compile(r"\b(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\b")
_CORRESPONDING = re.compile(r"^[*†‡§¶✉]?\s*(Corresponding author|Correspondence|These authors contributed)", re.I)
_NUMBER_LINE = re.compile(r"^[\d\s,*∗†‡§¶]+$")
_PREPRINT = re.compile(r"^(Preprint|Draft|Accepted manuscript|Author manuscript|Manuscript)\b.{0,30}$", re.I)

# A group of affiliation markers after a name: 1 / 1,2 / 1,2,3,4¶ / * / †.
_MARK = r"(?:\d{1,2}|[*∗†‡§¶‖#])"
# The first marker written as its character class (a digit's second digit after it) with
# the character before it checked after, over both: the engine skips ahead to digits and
# symbols instead of trying the lookbehind at every position. Standing alone:
# ``(?<![\w.]){_MARK}...``; glued to the name: ``(?<=[^\W\d_]){_MARK}...``.
_FIRST_MARK = r"[\d*∗†‡§¶‖#]{before}(?:(?<=\d)\d)?"
_MARK_TAIL = rf"(?:\s*,\s*{_MARK}|{_MARK})*(?=\s*(?:,|\band\b|&|$))"
_MARKS = re.compile(_FIRST_MARK.format(before=r"(?<![\w.].)") + _MARK_TAIL)
_GLUED_MARKS = re.compile(_FIRST_MARK.format(before=r"(?<=[^\W\d_].)") + _MARK_TAIL)
# A line that continues an interleaved author list: ", Azhar Hussain" / "2, Simone Mantovani".
_CONTINUES = re.compile(rf"^(?:{_MARK}(?:\s*,\s*{_MARK}|{_MARK})*\s*)?(?:,|and\s|&)")
# ... and the lines that show the list is interleaved (a plain "and Nelly" line does not).
_INTERLEAVED = re.compile(rf"^(?:,|{_MARK}(?:\s*,\s*{_MARK}|{_MARK})*\s*(?:,|and\s|&))")
# Where a list of names splits: ``\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s*;\s*``, written
# to open on the split's first character (a space, ",", "&" or ";") and go on by which it
# was: the engine skips ahead to those characters instead of trying four alternatives at
# every position of every author line (three times faster on a long author list).
_NAME_SPLIT = re.compile(
    r"[\s,&;](?:(?<=,)\s*(?:and\s+|&\s*)?|(?<=[&;])\s*|\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*|;\s*))"
)
_PARTICLES = vocab.NAME_PARTICLES
_INITIALS = re.compile(r"^(?:[A-Z]\.)+(?:-[A-Z]\.)?$|^[A-Z]\.?$")
_INSTITUTION_WORDS = (
    r"Universit\w* Institut\w* Department Dept\. School College Laborator\w* Cent(?:er|re) Hospital Facult\w*"
    r" Academy Inc\. Ltd GmbH Foundation Museum Observatory Survey Agency Ministry Division Research Labs?"
    r" Corporation Company Council Program(?:me)? Unit Group"
).split()
# ``\b(Universit\w*|Institut\w*|...)\b``, each word's leading boundary checked after its
# capital: every alternative opens on a capital, so the engine skips ahead to those letters
# instead of trying the boundary at every position of every line near the authors.
_INSTITUTION = re.compile("(" + "|".join(rf"{w[0]}(?<=\b{w[0]}){w[1:]}" for w in _INSTITUTION_WORDS) + r")\b")
# A marker before an affiliation: at the start, after a space or glued to a word, before a
# capital (``(?:(?<=^)|(?<=\s)|(?<=[a-z.,)]))({_MARK})\s*(?=[A-Z])``). Written to open on
# the marker's first character (the character before it is checked after: the two-character
# lookbehind) so that the engine skips ahead to digits and symbols instead of trying three
# lookbehinds at every position. Group 1: the marker.
_AFF_MARK = re.compile(r"([\d*∗†‡§¶‖#](?<![^\sa-z.,)].)(?:(?<=\d)\d)?)\s*(?=[A-Z])")
_AFF_NOTE = re.compile(r"[¶*†‡§]\s*(Corresponding author|Equal contribution)\.?", re.I)
_AFF_START = re.compile(rf"^{_MARK}(?:\s|(?=[A-Z]))")


@dataclass
class Front:
    """What the front region held: detected metadata, the units left as body, and the
    front lines that were neither metadata nor body (reported, never silently dropped)."""

    meta: Metadata
    body: list[Unit]
    removed: list[Removed] = field(default_factory=list)
    labels: list[tuple[str, str]] = field(default_factory=list)  # (label, line) for explain/tests


@dataclass
class _Line:
    number: int
    text: str
    unit: int
    label: str = ""


# -- where the front region ends ------------------------------------------------------


def front_end(units: list[Unit]) -> int:
    """Index of the unit that opens the body: the first well-known opening heading
    (``Summary``, ``Abstract``, ``1 Introduction``...), looked for in the first units, and
    never past the first paragraph of prose (a paper may open without such a heading).
    A unit whose first line is such a heading counts too (the cleaner sometimes joins a
    heading to its paragraph). No opening heading -> the body starts at unit 0."""
    for i, u in enumerate(units[:FRONT_LIMIT]):
        first = (u.lines[0] if u.lines else u.text).strip()
        # (the opening word at the line start first, as in split_openings: a plain search)
        if _MAY_OPEN.match("\n" + first) and sections.is_opening(first):
            return i
        if is_prose(u.text):
            return i
    return 0


def take_keywords(units: list[Unit], start: int, meta: Metadata) -> tuple[list[Unit], list[Removed]]:
    """A ``Keywords:`` / ``Index Terms—`` line printed under the abstract (after the front
    region) is metadata too: cut out of its unit (the cleaner may have joined it to the
    abstract), looked for in the first units of the body only."""
    for i in range(start, min(len(units), start + 12)):
        u = units[i]
        lines = u.lines
        if not _MAY_KEYWORDS.search("\n" + "\n".join(lines)):
            continue  # (no line opens on the label: the usual unit, told in one search)
        j = next((k for k, ln in enumerate(lines) if _KEYWORDS.match(ln)), -1)
        if j < 0:
            continue
        lns = [_Line(u.line_number(k), ln, i) for k, ln in enumerate(lines)]
        n = _keywords(lns, j, meta)
        gone = [Removed(x.number, x.text, "front-matter", _WHY["keywords"]) for x in lns[j : j + n]]
        pieces: list[Unit] = []
        rest = u
        if j:
            head, rest = u.split(j)
            pieces.append(replace(head, kind=u.kind if j > 1 else "line"))
        if j + n < len(lines):
            pieces.append(rest.split(n)[1])
        return units[:i] + pieces + units[i + 1 :], gone
    return units, []


def is_prose(text: str) -> bool:
    """Running text (40+ words, mostly lower case), not a title block, author list or
    affiliation list, which are mostly capitalised words."""
    words = text.split()
    if len(words) < 40 or _licence_text(text):
        return False
    lower = len([w for w in words if w[0].islower()])  # (split() gives no empty word)
    return lower >= 0.5 * len(words)


# Where ``sections.is_opening`` can hold: its line (less its spaces) opens on the first word
# of an opening name (``Introduction``), or on a section number, spaces and then that word
# (``2. Summary``). The number is one of ``sections.strip_number``'s four families, each
# matched here by a token of the same characters: ``2.1``/``3)`` (decimal), ``IV.``/``A.``
# (roman, letter), ``(a)``/``(12)``/``b)`` (parenthesised). Searched at every line start of
# a unit in one call, instead of lower-casing the whole unit and scanning it once for each of
# the nine words (a unit of body text holds "summary" somewhere far more often than at a
# line start). Case: lowering makes one of these words' letters of no character but the
# letter's two ASCII cases and the Kelvin sign (a "k"), and re.I matches all of them; the
# first letter is written as a class so that the engine turns most lines away on it.
_OPEN_NUMBER = r"(?:\d[\d.]*+\)?|[IVXA-H][IVX]*+\.|\((?:[a-z]|\d\d?)\)|[a-z]\))\s++"
_OPEN_FIRST = "".join(sorted({c for w in sections._OPEN_WORDS for c in (w[0], w[0].upper())}))
_MAY_OPEN = re.compile(
    rf"\n\s*+(?:{_OPEN_NUMBER})?[{_OPEN_FIRST}](?i:{'|'.join(sorted({w[1:] for w in sections._OPEN_WORDS}))})"
)


def split_openings(units: list[Unit]) -> list[Unit]:
    """A unit of the first page whose later line is an opening heading is split there:
    ``Keywords: Python, astronomy`` / ``Summary`` came out of the cleaner as one unit."""
    out: list[Unit] = []
    for u in units[:FRONT_LIMIT]:
        lines = u.lines
        cut = (
            next((j for j in range(1, len(lines)) if sections.is_opening(lines[j].strip())), 0)
            # (all the unit's line starts at once first: most lines open on no opening word)
            # ("\n".join(lines) searched from the "\n" before the second line)
            if len(lines) > 1 and _MAY_OPEN.search("\n".join(lines), len(lines[0]))
            else 0
        )
        if not cut:
            out.append(u)
            continue
        head, tail = u.split(cut)
        out.append(head)
        out.append(replace(tail, kind="paragraph" if len(tail.lines) > 1 else "heading"))
    return out + units[FRONT_LIMIT:]


# -- line rules -------------------------------------------------------------------------


def _sidebar(text: str, meta: Metadata, state: dict[str, bool]) -> str:
    """The journal's sidebar: ``DOI: 10.21105/jose.00090``, ``Software``, ``• Review``,
    ``Submitted: 03 April 2020``, ``Published: 23 May 2024``, ``License`` and the licence
    sentence. Metadata, never body text (they are words the paper's author did not write)."""
    m = _DOI_LINE.match(text)
    if m:
        meta.doi = meta.doi or m.group(1).rstrip(".")
        return "doi"
    m = _DATE_LINE.match(text)
    if m and re.search(r"\d{4}", m.group(2)):
        kind = m.group(1).lower()
        if kind.startswith("published") or not meta.date:
            meta.date = _iso_date(m.group(2)) or meta.date
        if kind.startswith(("submitted", "received")):
            meta.received = _iso_date(m.group(2))
        elif kind.startswith("accepted"):
            meta.accepted = _iso_date(m.group(2))
        elif kind.startswith("published"):
            meta.published = _iso_date(m.group(2))
        return "date"
    if _SIDEBAR_LABEL.match(text) and len(text.split()) <= 6:
        if text.lower().startswith(("license", "licence", "copyright")):
            state["licence"] = True
        return "sidebar"
    if _HANDLE.match(text):
        return "sidebar"
    if _licence_text(text) or (state.get("licence") and len(text.split()) <= 8 and not _NAME_SPLIT.search(text)):
        cc = _CC.search(text)
        if cc:
            meta.licence = meta.licence or cc.group(1).replace("-", " ")
            state["licence"] = False
        elif text.endswith(")."):
            state["licence"] = False
        return "licence"
    return ""




def _month_number(word: str) -> int:
    """``May`` -> 5, ``Sept`` -> 9: the first month (in calendar order, in any language the
    vocabulary knows) whose name opens on the word's first three letters; 0 for none."""
    prefix = word.lower()[:3]
    for months in vocab.MONTHS.values():
        for number, name in enumerate(months, 1):
            if name.startswith(prefix):
                return number
    return 0


_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def _iso_date(text: str) -> str:
    """``23 May 2024`` -> ``2024-05-23``; ``May 23, 2024`` too; unknown forms stay as written."""
    t = text.strip().rstrip(".")
    m = _DAY_MONTH_YEAR.match(t) or _MONTH_DAY_YEAR.match(t)
    if m:
        a, b, y = m.groups()
        day, month = (a, b) if a.isdigit() else (b, a)
        mon = _month_number(month)
        if mon:
            return f"{y}-{mon:02d}-{int(day):02d}"
    return t  # (ISO already, or a form left as written)


def _keywords(lines: list[_Line], i: int, meta: Metadata) -> int:
    """``Keywords: climate change, econometrics, tutorial`` (also ``Index Terms—``); a list
    ending in a comma continues on the next line. Returns how many lines it took."""
    m = _KEYWORDS.match(lines[i].text)
    if not m:
        return 0
    value, n = m.group(1), 1
    while i + n < len(lines) and (value.rstrip().endswith((",", ";")) or lines[i + n].text[:1].islower()):
        value += " " + lines[i + n].text
        n += 1
    words = [k.strip(" .") for k in re.split(r"\s*[,;·•]\s*", value)]
    if not meta.keywords:
        meta.keywords = [k for k in words if k]
    return n


def _contact(text: str, meta: Metadata) -> str:
    """Emails, ORCID ids and the "Corresponding author" footnote of the title block."""
    if _CORRESPONDING.match(text):
        return "contact"
    # "@" and "-" first: each pattern needs its character, and most lines hold neither.
    if "@" in text and _EMAIL.search(text) and len(_EMAIL.sub("", text).split()) <= 4:
        return "contact"
    if "-" in text and _ORCID.search(text) and len(_ORCID.sub("", text).split()) <= 4:
        return "contact"
    return ""


def _noise(text: str) -> str:
    """Bare numbers (a page number or a marker line), "Preprint", a journal name set in
    capitals: ``JOURNAL OF SCIENTIFIC SOFTWARE EDUCATION``."""
    if _NUMBER_LINE.match(text) or _PREPRINT.match(text):
        return "noise"
    # The journal's words first: most lines hold none, and the letters need a pass each.
    if _JOURNAL_WORD.search(text) and len(text.split()) >= 2:
        letters = [c for c in text if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            return "noise"
    return ""


# ``\bJOURNAL|PROCEEDINGS|REVIEW|LETTERS|TRANSACTIONS\b`` with the word boundary before
# "JOURNAL" checked after its "J": every alternative opens on a capital, so the engine skips
# ahead to those five letters instead of trying the alternatives at every position.
_JOURNAL_WORD = re.compile(r"\b(?:JOURNAL|PROCEEDINGS|REVIEW|LETTERS|TRANSACTIONS)\b")


# -- names ------------------------------------------------------------------------------


_NAME_PUNCT = str.maketrans("", "", "-'’.")  # deleted: what may sit among a name's letters
# Particles that may open a name ("de Vries", "van der Burg"); the others may not ("der").
_NOT_FIRST = frozenset(_PARTICLES - {"de", "van", "von", "da", "di", "du", "la", "le", "al"})


@functools.lru_cache(maxsize=1024)  # the same names come back in each form of the author lines
def _is_name_word(w: str) -> bool:
    """``Rising``, ``Martinez-Ortiz``, ``O'Neil``, ``Li``, a particle (``van``), initials
    (``J.``, ``J.-P.``); not ``the``, ``UNIVERSITY``, ``Wit-`` (a name broken at the line end)."""
    core = w.strip("'’")
    # The usual case first: a capitalised word of letters (with "-'’.").
    if core[:1].isupper() and not core.endswith("-"):
        letters = core.translate(_NAME_PUNCT)  # all letters, or nothing but "-'’."
        if (not letters or letters.isalpha()) and not core.isupper() or len(core) <= 3 and core.isalpha():
            return True
    return w.lower() in _PARTICLES or bool(_INITIALS.match(w))


_MARK_CHAR = re.compile(rf"\d|{_MARK}")  # every marker group holds one
_MARK_RX = re.compile(_MARK)
_MARK_SYMBOL = re.compile(r"[*∗†‡§¶]")
# A piece with one marker of ASCII digits at its end, after a letter or one space, and no
# other digit or marker symbol: ``Ana Trisovic 4``, ``Rising1``, ``2``.
_PLAIN_MARKED = re.compile(r"(|[^\d*∗†‡§¶‖#]*[^\W\d_]) ?([0-9]{1,2})")


@functools.lru_cache(maxsize=1024)  # the same pieces come back in each form of the author lines
def _strip_marks(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove affiliation markers: ``Versypt1,2,3,4¶`` -> ``Versypt``; ``Rising 1`` -> ``Rising``."""
    if not _MARK_CHAR.search(text):
        return " ".join(text.split()), ()  # no digit, no symbol: no marker to remove
    m = _PLAIN_MARKED.fullmatch(text)
    if m:
        # The usual piece (``Rising 1``, ``Rising1``, a lone ``2``): the one marker at the end,
        # taken by the first pass (after a space) or the glued one (after a letter).
        return " ".join(m.group(1).split()), (m.group(2),)
    marks: list[str] = []

    def grab(m: re.Match[str]) -> str:
        marks.extend(_MARK_RX.findall(m.group(0)))
        return ""

    for rx in (_MARKS, _GLUED_MARKS, _MARKS):
        text = rx.sub(grab, text)
    return " ".join(_MARK_SYMBOL.sub(" ", text).split()), tuple(marks)


_OPEN_TAIL = re.compile(r"(?:,|\band|&)\s*$")  # "Ana Trisovic," / "Ana Trisovic and"
# ... and a name broken at the line end: "Julia John-".
_OPEN_TAIL_OR_HYPHEN = re.compile(r"(?:,|\band|&)\s*$|(?<=\w)-$")
# ``[:()\[\]/@]|https?`` (only asked whether it is found), opening on one character class.
_NOT_NAMES = re.compile(r"[:()\[\]/@h](?:(?<=h)ttp|(?<!h))")


def _cut_open_tail(rx: re.Pattern[str], text: str) -> str:
    """``rx.sub("", text)`` for ``_OPEN_TAIL`` or ``_OPEN_TAIL_OR_HYPHEN`` and a stripped
    ``text``: it ends on no space, so what they match is its last one to three characters
    (the character before them settles the word boundary before "and" and the letter before
    a hyphen); searched there, not at every position of a long author line."""
    if not text.endswith((",", "&", "and", "-")):
        return text  # (the usual line: nothing to cut, told without the pattern)
    return text[:-4] + rx.sub("", text[-4:])


def split_names(text: str) -> list[tuple[str, list[str]]] | None:
    """``James A. Rising1, Azhar Hussain2 and Ana Trisovic4`` -> names with their markers;
    None when some piece is not shaped like a name (then the line is not an author line)."""
    names = _split_names(text)
    return None if names is None else [(name, list(marks)) for name, marks in names]


@functools.lru_cache(maxsize=256)  # the same front lines are asked about by several rules
def _split_names(text: str) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """``split_names``, as tuples (cached: each caller gets its own lists)."""
    out: list[tuple[str, list[str]]] = []
    # Put each marker group right after its name, then split at commas / "and" / "&".
    for piece in _NAME_SPLIT.split(_cut_open_tail(_OPEN_TAIL, text.strip())):
        piece = piece.strip()
        if not piece:
            continue
        name, marks = _strip_marks(piece)
        if not name:
            if out:
                out[-1][1].extend(marks)
            continue
        words = name.split()
        if len(words) > 6 or not all(map(_is_name_word, words)) or words[0].lower() in _NOT_FIRST:
            return None
        out.append((name, list(marks)))
    return tuple((name, tuple(marks)) for name, marks in out) or None


@functools.lru_cache(maxsize=256)  # the same front lines are asked about by several rules
def is_author_line(text: str, strict: bool = True) -> bool:
    """A line made of names: strict wants evidence (markers, initials, two names or more),
    ``Numerical Computing`` alone (the end of a wrapped title) is not enough."""
    if len(text) > 400 or _NOT_NAMES.search(text):
        return False
    # A name broken at the line end ("Julia John-") is judged without its hyphen.
    names = _split_names(_cut_open_tail(_OPEN_TAIL_OR_HYPHEN, text.strip()))
    if not names:
        return False
    if not strict:
        return True
    full = [n for n, _ in names if len(n.split()) >= 2]
    if not full:
        return False
    marked = any(m for _, m in names)
    initials = any(_INITIALS.match(w) for n, _ in names for w in n.split())
    return marked or initials or len(full) >= 2


def _order_author_lines(texts: list[str]) -> list[str]:
    """pdftotext sets superscript markers on lines of their own and moves the last line of
    a wrapped author list up: ``James A. Rising`` / ``Trisovic 4`` / ``1`` / ``, Azhar
    Hussain`` / ... / ``, and Ana``; pdfminer does the same with ``2, Simone Mantovani``.
    Lines that continue the list (``,``, ``and``, ``2,``) follow the first; a line that
    does not (``Trisovic 4``) belongs at the end."""
    if not any(_INTERLEAVED.match(t) for t in texts[1:]):
        return texts
    head, tail = [texts[0]], []
    for t in texts[1:]:
        if _CONTINUES.match(t) or _NUMBER_LINE.match(t):
            head.append(t)
        else:
            tail.append(t)
    return head + tail


def _join_name_lines(texts: list[str]) -> str:
    out = ""
    for t in texts:
        if out.endswith("-") and out[-2:-1].isalpha():
            # "Samantha Wit-" / "tke6,7": a name broken at the line end.
            out = out[:-1] + t if t[:1].islower() else out + t
        else:
            out = f"{out} {t}" if out else t
    return out


def parse_authors(texts: list[str]) -> list[tuple[str, list[str]]]:
    joined = _join_name_lines(_order_author_lines(texts))
    return split_names(joined) or []


# -- affiliations ---------------------------------------------------------------------


def split_affiliations(text: str) -> list[tuple[str, str]]:
    """``1 Grantham Research Institute, LSE 2 Department of Economics, LSE`` ->
    [("1", "Grantham ..."), ("2", "Department ...")]; ``1Department`` (glued) too."""
    text = _AFF_NOTE.sub(" ", text)
    parts = _AFF_MARK.split(" " + text.strip())
    out: list[tuple[str, str]] = []
    if parts[0].strip():
        out.append(("", parts[0].strip(" ,;")))
    for k in range(1, len(parts) - 1, 2):
        aff = " ".join(parts[k + 1].split()).strip(" ,;")
        if aff:
            out.append((parts[k], aff.rstrip(" *∗†‡§¶")))
    return out


_NOT_AFFILIATION = re.compile(
    r"^(?:These authors contributed|Corresponding author|Equal contribution|Deceased|Contributed equally)", re.I
)


def _affiliation_groups(texts: list[str], marked: list[tuple[str, str]] | None = None) -> list[str]:
    """Lines of affiliations -> one string per affiliation: lines with markers are joined
    and split at the markers; unmarked lines are one affiliation each unless they wrap
    (a line ending in a comma or the next starting in lower case). ``marked``: the joined
    lines' ``split_affiliations``, when the caller has it already."""
    if any(_AFF_START.match(t) for t in texts):
        if marked is None:
            marked = split_affiliations(" ".join(texts))
        return [a for _, a in marked if not _NOT_AFFILIATION.match(a)]
    out: list[str] = []
    for t in texts:
        if out and (out[-1].endswith((",", "-", "and", "of")) or t[:1].islower() or len(t.split()) == 1):
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(t)
    return out


# -- the title --------------------------------------------------------------------------


def _title(lines: list[_Line]) -> str:
    """The title lines, joined. A running short title printed above the title (a prefix of
    it, as WeasyPrint and LaTeX headers print it) is dropped, and so is a lone page number."""
    groups: list[list[str]] = []
    for n, ln in enumerate(lines):
        if groups and ln.unit == lines[n - 1].unit:
            groups[-1].append(ln.text)
        else:
            groups.append([ln.text])
    texts = [" ".join(g) for g in groups]
    while len(texts) > 1:
        head, rest = sections.fold(texts[0]), sections.fold(" ".join(texts[1:]))
        if rest.startswith(head) or len(texts[0].split()) <= 1:
            texts = texts[1:]
        else:
            break
    title = _join_name_lines(" ".join(texts).split("\n"))
    return " ".join(title.split())


# -- the whole front ----------------------------------------------------------------------


def extract(units: list[Unit], furniture: list[Removed] | None = None) -> Front:
    """Return detected metadata, the units that remain body text, and reported leftovers.

    ``furniture`` is what the cleaner removed as running heads: when a paper's running head
    is its full title, the title line itself went with them, and is taken back from there."""
    units = split_openings(units)
    end = front_end(units)
    meta = Metadata()
    units, kw_gone = take_keywords(units, end, meta)
    if end == 0:
        return Front(meta, list(units), kw_gone)
    lines: list[_Line] = []
    for k, u in enumerate(units[:end]):
        for j, t in enumerate(u.lines):
            lines.append(_Line(u.line_number(j), t, k))
    state: dict[str, bool] = {}
    i = 0
    while i < len(lines):
        ln = lines[i]
        n = _keywords(lines, i, meta)
        if n:
            for x in lines[i : i + n]:
                x.label = "keywords"
            i += n
            continue
        ln.label = _sidebar(ln.text, meta, state) or _contact(ln.text, meta) or _noise(ln.text)
        if ln.label != "licence":
            state["licence"] = state.get("licence", False) and ln.label in ("sidebar", "date", "doi")
        i += 1
    free = [ln for ln in lines if not ln.label]
    start = _author_start(free, lines)
    if start is not None:
        block = _author_block(free, start)
        k = start + 1
        # Marker lines ("1,2") were labelled noise; they belong to the block.
        parsed = parse_authors(_with_markers(lines, block))
        for x in block:
            x.label = "authors"
        title_lines = free[:start]
        meta.title = _title(title_lines) or _title_from_furniture(furniture or [], block[0].number)
        for x in title_lines:
            x.label = "title"
        aff_lines = [x for x in free[k:] if not x.label]
        aff_texts = [x.text for x in aff_lines]
        # (split once: the marked affiliations serve the groups and the authors' marks alike)
        marked = split_affiliations(" ".join(aff_texts)) if aff_lines else []
        affs = _affiliation_groups(aff_texts, marked) if aff_lines else []
        for x in aff_lines:
            x.label = "affiliation"
        by_mark = {m: a for m, a in marked if m}
        meta.affiliations = affs
        meta.authors = [
            Author(
                name=name,
                affiliation="; ".join(by_mark[m] for m in marks if m in by_mark) or (affs[0] if len(affs) == 1 else ""),
            )
            for name, marks in parsed
        ]
        _attach_contacts(meta, lines)
    for ln in lines:
        ln.label = ln.label or "unknown"
    labels = [(x.label, x.text) for x in lines]
    if start is None:
        # No title block was found: keep the body whole, only the sidebar leaves it.
        keep_units = {ln.unit for ln in lines if ln.label == "unknown"}
        body = [u for k, u in enumerate(units[:end]) if k in keep_units] + list(units[end:])
        gone = [_record(ln) for ln in lines if ln.unit not in keep_units]
        return Front(meta, body, gone + kw_gone, labels)
    return Front(meta, list(units[end:]), [_record(ln) for ln in lines] + kw_gone, labels)


_WHY = {
    "title": "title block: the title, kept as metadata",
    "authors": "title block: the authors, kept as metadata",
    "affiliation": "title block: affiliations, kept as metadata",
    "keywords": "title block: keywords, kept as metadata",
    "contact": "title block: contact (email, ORCID, corresponding author)",
    "doi": "journal sidebar: the DOI, kept as metadata",
    "date": "journal sidebar: a date, kept as metadata",
    "sidebar": "journal sidebar label (Software, Review, Repository, Archive, Editor...)",
    "licence": "journal sidebar: licence text, kept as metadata",
    "noise": "front matter: page number, marker line or journal name",
    "unknown": "front matter line not recognised",
}


def _record(ln: _Line) -> Removed:
    """Every front line leaves the body with a record of where it went (the report shows
    them): nothing up there is dropped silently."""
    return Removed(ln.number, ln.text, "front-matter", _WHY[ln.label])


def _namelike(free: list[_Line], k: int, start: int) -> bool:
    """Could line ``k`` belong to an author list? Names, name tails, or the rest of a name
    broken at a line end (``Julia John-`` / ``ston3``); never an institution."""
    t = free[k].text
    if _INSTITUTION.search(t):
        return False
    if k > start and free[k - 1].text.endswith("-") and t[:1].islower():
        return True
    return is_author_line(t, strict=False) or _continues_names(t)


def _author_block(free: list[_Line], start: int) -> list[_Line]:
    """The author lines from ``start``: the name-like lines that follow, as far as the
    list stays open (see ``_list_open``); an interleaved layout (``, Azhar Hussain`` or
    ``2, Simone Mantovani`` lines) is taken whole."""
    # _author_start chose line ``start``: it belongs to the block even when it also names an
    # institution (a line such as "A. Smith, University of X" once gave an empty block).
    end = start + 1
    while end < len(free) and _namelike(free, end, start):
        end += 1
    interleaved = any(_INTERLEAVED.match(x.text) for x in free[start + 1 : end])
    k = start
    while k < end and (k == start or interleaved or _list_open(free[k - 1].text, free[k].text)):
        k += 1
    block = free[start:k]
    # pdfminer may set the affiliation between a list left open ("Anna Brakemeier,") and
    # its last name ("Alfred Winter"): take that name from the next few lines.
    if block[-1].text.rstrip().endswith((",", " and")):
        for x in free[k : k + 3]:
            if not _INSTITUTION.search(x.text) and is_author_line(x.text, strict=False):
                block.append(x)
                break
    return block


def _title_from_furniture(furniture: list[Removed], before: int) -> str:
    """The last running head removed above the author block, when no title line is left:
    WeasyPrint and LaTeX templates print the full title as the running head, so the
    cleaner's repetition test takes the title line too."""
    heads = [r for r in furniture if r.rule == "running-head" and r.line < before and len(r.text.split()) >= 2]
    return " ".join(heads[-1].text.split()) if heads else ""


def _continues_names(text: str) -> bool:
    """``, and Ana`` / ``Trisovic 4`` / ``tke6,7``: the tail of a wrapped author list."""
    t = text.lstrip(",& ").removeprefix("and ").strip()
    if not t:
        return False
    return _split_names(t) is not None and len(t.split()) <= 8


def _list_open(prev: str, cur: str) -> bool:
    """Does the author list go on from ``prev`` to ``cur``? Yes when ``prev`` ends in a
    comma, "and" or a hyphen, when ``cur`` starts with one or with a marker, when both
    carry markers, or when ``prev`` ends on a bare first name (``, and Ana`` / ``Trisovic``)."""
    p, c = prev.rstrip(), cur.lstrip()
    if p.endswith((",", "&", "-")) or p.endswith(" and") or c.startswith((",", "&", "and ")):
        return True
    if re.match(rf"^{_MARK}", c) or _NUMBER_LINE.match(p):
        return True
    pn, cn = _split_names(p) or (), _split_names(c) or ()
    if pn and cn and any(m for _, m in pn) and any(m for _, m in cn):
        return True
    return bool(pn) and not pn[-1][1] and len(pn[-1][0].split()) == 1


def _with_markers(lines: list[_Line], block: list[_Line]) -> list[str]:
    """The author block's lines in order, with the marker-only lines (``1,2``) between and
    right after them (they were set aside as noise)."""
    lo, hi = lines.index(block[0]), lines.index(block[-1])
    last_marked = bool(_strip_marks(block[-1].text)[1])
    if (
        hi + 1 < len(lines)
        and lines[hi + 1].label == "noise"
        and _NUMBER_LINE.match(lines[hi + 1].text)
        and not last_marked
    ):
        hi += 1
    out = []
    for x in lines[lo : hi + 1]:
        if x in block or (x.label == "noise" and _NUMBER_LINE.match(x.text)):
            out.append(x.text)
            x.label = "authors"
    return out


def _full_names(text: str) -> bool:
    """Every name but the last has two words or more: ``Julia Wagemann``, ``..., and Ana``;
    not ``Dust Aerosol Detection, Monitoring and Forecasting`` (a title)."""
    names = _split_names(_cut_open_tail(_OPEN_TAIL_OR_HYPHEN, text.strip())) or ()
    return bool(names) and all(len(n.split()) >= 2 for n, _ in names[:-1]) and len(names[0][0].split()) >= 2


def _author_start(free: list[_Line], lines: list[_Line]) -> int | None:
    """The first author line: strict evidence first (markers, initials, several names); a
    plain name line counts when a marker line (``1``, ``∗1``) follows it or, within a few
    name-like lines, a ``, Next Author`` / ``1, Next Author`` line (pdftotext's and
    pdfminer's interleaved layouts); then a name line before an affiliation; last, for a
    single author with neither, the first name line after the title."""
    where = {id(x): n for n, x in enumerate(lines)}
    for k in range(0, min(len(free), 12)):
        if is_author_line(free[k].text):
            return k
        if not is_author_line(free[k].text, strict=False) or not _full_names(free[k].text):
            continue
        n = where[id(free[k])]
        for nxt in lines[n + 1 : n + 6]:
            t = nxt.text
            if _NUMBER_LINE.match(t):
                if nxt is lines[n + 1]:
                    return k
                continue  # a marker line between the pieces ("Bray 1*" / "1*" / ", Monika")
            if _CONTINUES.match(t) and _continues_names(_strip_marks(t)[0]):
                return k
            # Between them only name tails (``Fierli 4``, ``Joseph1, and Nipin``): a line
            # opening with a full name means this line was not the first author (it may be
            # the end of a wrapped title: ``Chemistry Techniques`` / ``Sarah Victoria Stewart``).
            names = _split_names(t) or (("", ()),)
            if nxt.label or len(names[0][0].split()) != 1:
                break
            if not (is_author_line(t, strict=False) or _continues_names(t)):
                break
    for k in range(1, min(len(free), 12)):
        below = free[k + 1].text if k + 1 < len(free) else ""
        if is_author_line(free[k].text, strict=False) and (
            _INSTITUTION.search(below) or re.match(rf"^{_MARK}\s*[A-Z]", below)
        ):
            return k
    for k in range(1, min(len(free), 4)):
        if is_author_line(free[k].text, strict=False):
            return k
    return None


def _attach_contacts(meta: Metadata, lines: list[_Line]) -> None:
    """Emails and ORCID ids found in the front go to the single author, or to the author
    whose name (surname) appears on the same line."""
    for ln in lines:
        for rx, attr, needs in ((_EMAIL, "email", "@"), (_ORCID, "orcid", "-")):
            for m in rx.finditer(ln.text) if needs in ln.text else ():
                target = None
                if len(meta.authors) == 1:
                    target = 0
                else:
                    for k, a in enumerate(meta.authors):
                        if a.name.split()[-1].lower() in ln.text.lower():
                            target = k
                if target is not None and not getattr(meta.authors[target], attr):
                    a = meta.authors[target]
                    meta.authors[target] = Author(**{**a.__dict__, attr: m.group(0)})
