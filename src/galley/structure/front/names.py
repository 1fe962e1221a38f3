"""Names in an author line: split, markers taken off, each word shaped like a name.

``James A. Rising1, Azhar Hussain2 and Ana Trisovic4`` -> (``James A. Rising``, [``1``]),
(``Azhar Hussain``, [``2``]), (``Ana Trisovic``, [``4``]).
"""

from __future__ import annotations

import re

from galley import vocab
from galley.params import StructureParams

# A group of affiliation markers after a name: 1 / 1,2 / 1,2,3,4¶ / * / †.
MARK = r"(?:\d{1,2}|[*∗†‡§¶‖#])"
_MARK_TAIL = rf"(?:\s*,\s*{MARK}|{MARK})*(?=\s*(?:,|\band\b|&|$))"
# Markers standing apart from the name (``Rising 1``) and glued to it (``Rising1``).
_MARKS = re.compile(rf"(?<![\w.]){MARK}{_MARK_TAIL}")
_GLUED_MARKS = re.compile(rf"(?<=[^\W\d_]){MARK}{_MARK_TAIL}")
_MARK_RX = re.compile(MARK)
_MARK_SYMBOL = re.compile(r"[*∗†‡§¶]")
NUMBER_LINE = re.compile(r"^[\d\s,*∗†‡§¶]+$")  # a marker line (``1,2``) or a page number
# Where a list of names splits: a comma (and "and" or "&" after it), "and", "&", ";".
NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s*;\s*")
# An author list left open at the line end: "Ana Trisovic," / "Ana Trisovic and" ...
OPEN_TAIL = re.compile(r"(?:,|\band|&)\s*$")
# ... or a name broken at the line end: "Julia John-".
OPEN_TAIL_OR_HYPHEN = re.compile(r"(?:,|\band|&)\s*$|(?<=\w)-$")
_NOT_NAMES = re.compile(r"[:()\[\]/@]|http")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+(?:-[A-Z]\.)?$|^[A-Z]\.?$")
_NAME_PUNCT = str.maketrans("", "", "-'’.")  # deleted: what may sit among a name's letters
_PARTICLES = vocab.NAME_PARTICLES
# Particles that may open a name ("de Vries", "van der Burg"); the others may not ("der").
_NOT_FIRST = frozenset(_PARTICLES - {"de", "van", "von", "da", "di", "du", "la", "le", "al"})


def split_names(text: str, p: StructureParams) -> list[tuple[str, list[str]]] | None:
    """``James A. Rising1, Azhar Hussain2 and Ana Trisovic4`` -> names with their markers;
    None when some piece is not shaped like a name (then the line is not an author line).
    A marker group standing alone (``, 2,``) goes to the name before it."""
    out: list[tuple[str, list[str]]] = []
    for piece in NAME_SPLIT.split(OPEN_TAIL.sub("", text.strip())):
        name, marks = strip_marks(piece.strip())
        if not name:
            if out:
                out[-1][1].extend(marks)
            continue
        words = name.split()
        if len(words) > p.name_max_words or words[0].lower() in _NOT_FIRST:
            return None
        if not all(_is_name_word(w, p) for w in words):
            return None
        out.append((name, marks))
    return out or None


def is_author_line(text: str, p: StructureParams, strict: bool = True) -> bool:
    """A line made of names (``author_line_max_chars`` at most). ``strict`` wants evidence:
    markers, initials or two full names; ``Numerical Computing`` alone (the end of a
    wrapped title) is not enough."""
    if len(text) > p.author_line_max_chars or _NOT_NAMES.search(text):
        return False
    # A name broken at the line end ("Julia John-") is judged without its hyphen.
    names = split_names(OPEN_TAIL_OR_HYPHEN.sub("", text.strip()), p)
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


def strip_marks(text: str) -> tuple[str, list[str]]:
    """Remove affiliation markers: ``Versypt1,2,3,4¶`` -> (``Versypt``, [1, 2, 3, 4, ¶]);
    ``Rising 1`` -> (``Rising``, [1])."""
    marks: list[str] = []

    def grab(m: re.Match[str]) -> str:
        marks.extend(_MARK_RX.findall(m.group(0)))
        return ""

    for rx in (_MARKS, _GLUED_MARKS, _MARKS):
        text = rx.sub(grab, text)
    return " ".join(_MARK_SYMBOL.sub(" ", text).split()), marks


def _is_name_word(w: str, p: StructureParams) -> bool:
    """``Rising``, ``Martinez-Ortiz``, ``O'Neil``, ``LI`` (``name_caps_max_chars``), a
    particle (``van``), initials (``J.``, ``J.-P.``); not ``the``, ``UNIVERSITY``, ``Wit-`` (a
    name broken at the line end)."""
    core = w.strip("'’")
    if core[:1].isupper() and not core.endswith("-"):
        letters = core.translate(_NAME_PUNCT)  # all letters, or nothing but "-'’."
        if (not letters or letters.isalpha()) and not core.isupper():
            return True
        if len(core) <= p.name_caps_max_chars and core.isalpha():
            return True
    return w.lower() in _PARTICLES or bool(_INITIALS.match(w))


def join_name_lines(texts: list[str]) -> str:
    """The lines of an author list (or a title) as one text; a word broken at the line end
    is joined again: ``Samantha Wit-`` / ``tke6,7`` -> ``Samantha Witke6,7``."""
    out = ""
    for t in texts:
        if out.endswith("-") and out[-2:-1].isalpha():
            out = out[:-1] + t if t[:1].islower() else out + t
        else:
            out = f"{out} {t}" if out else t
    return out
