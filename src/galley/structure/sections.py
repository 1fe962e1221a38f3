"""Headings and their levels.

Whether a unit is a heading: numbering families first (``2.1 Data``, ``IV. RESULTS``,
``(a) Setup``), then well-known section names (``Introduction``, ``Statement of need``,
``Acknowledgements``...), then form and context (a short capitalised line with no final
punctuation, after a closed paragraph, before body text). The cleaner's ``heading`` hint
is evidence, not truth: table cells, a paragraph's short last line and list items are
short lines too.

Levels: numbering gives them outright (``1`` > ``1.1`` > ``1.1.1``; ``I.`` > ``A.`` >
``(a)``). Unnumbered headings keep the level of the section they follow, except that a
well-known top-level name returns to level 1, a heading directly under another heading
goes one deeper, and a family of siblings (``Part 1``, ``Session 2``, ``3) ...``) sits one
below the heading that introduces it.
"""

from __future__ import annotations

import functools
import re

from galley import vocab
from galley.model import Block, slugify

_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\S)")
_ROMAN = re.compile(r"^([IVX]{1,5})\.\s+(?=\S)")
_LETTER = re.compile(r"^([A-H])\.\s+(?=[A-Z])")
_PAREN = re.compile(r"^\(?([a-z]|\d{1,2})\)\s+(?=\S)")
_FAMILY = re.compile(
    r"^(Part|Session|Chapter|Module|Week|Day|Step|Lesson|Unit|Lecture|Lab|Exercise|Stage|Phase|Appendix)\s+"
    r"([0-9IVX]{1,4}|[A-Z])\b",
)

# Sections that open a paper's body (the front matter ends at the first of them), and the
# well-known section names: from the one vocabulary.
# An abstract opens the body too; a reference list's heading is a well-known section.
OPENING = tuple(sorted(vocab.all_of(vocab.OPENING) | vocab.all_of(vocab.ABSTRACT)))
TOP = tuple(sorted(set(OPENING) | vocab.all_of(vocab.SECTIONS) | vocab.all_of(vocab.REFERENCES)))
_TOP_RX = re.compile(
    r"^(?:" + vocab.alternation(TOP) + r")(?=$|:|\s+and\b|\s+&|\s*[—–-]\s)",
)
_OPEN_RX = re.compile(r"^(?:" + vocab.alternation(OPENING) + r")(?=$|:|\s*[—–-]\s)")
_URL = re.compile(r"https?://|www\.|doi\.org|\b10\.\d{4,}/")
_OPEN_WORDS = tuple(dict.fromkeys(n.split()[0] for n in OPENING))  # "abstract", "executive"...
# "(R Core Team, 2023)", "Smith et al. (2019)": prose cites, headings do not.
_CITATION = re.compile(r"\([^()]*\b(?:1[89]|20)\d\d[a-z]?\)|\bet al\.")
_CAPTION_WORD = vocab.alternation(vocab.all_of(vocab.CAPTIONS))
_CAPTION = re.compile(rf"^(?:{_CAPTION_WORD})\s+[0-9IVX]+[a-z]?\s*[:.|—–-]", re.I)


# The four families in the order they are tried, as one pattern (one match per text, not
# four): the first alternative that matches wins, as the first pattern would. Each
# alternative holds one group, the number.
_NUMBERING = re.compile("^(?:" + "|".join(rx.pattern[1:] for rx in (_DECIMAL, _ROMAN, _LETTER, _PAREN)) + ")")


_NUMBER_FIRST = frozenset("IVXABCDEFGH(")  # with digits and a-z: how the families open


def strip_number(text: str) -> tuple[str, str]:
    """``2.1 Data sources`` -> (``2.1``, ``Data sources``); unnumbered -> ("", text)."""
    first = text[:1]
    if not (first in _NUMBER_FIRST or first.isdigit() or "a" <= first <= "z"):
        return "", text  # (no family opens on it: most texts open on another capital)
    m = _NUMBERING.match(text)
    if m:
        return m.group(m.lastindex or 0), text[m.end() :]
    return "", text


def name_key(text: str) -> str:
    """The heading's words as compared with the well-known names."""
    _, rest = strip_number(text.strip())
    return " ".join(rest.lower().replace("’", "'").rstrip(" .:").split())


@functools.lru_cache(maxsize=512)  # asked of the same short lines by several rules
def is_known(text: str) -> bool:
    """``Acknowledgements``, ``5. Conclusions``, ``Statement of Need``, ``Introduction: the
    Lorentz transformation``. Not ``Introduction to deep learning`` (a title)."""
    if len(text) > 120:
        return False
    return bool(_TOP_RX.match(name_key(text)))


def is_opening(text: str) -> bool:
    """A heading that opens the body: ``Abstract``, ``Summary``, ``1 Introduction``."""
    if len(text.split(None, 12)) > 12 or text.rstrip().endswith((".", ",", ";")):
        return False
    # Most lines hold none of the opening names' words: cheaper to see than name_key.
    return names_opening(text) and bool(_OPEN_RX.match(name_key(text)))


def names_opening(text: str) -> bool:
    """Does the text hold, anywhere and in any case, the first word of an opening heading
    (``abstract``, ``summary``...)? When it does not, ``is_opening`` is False for each of its
    lines: one test for a whole unit instead of one per line."""
    low = text.lower()
    for w in _OPEN_WORDS:  # (a loop, not any(): asked of every unit of the first pages)
        if w in low:
            return True
    return False


def is_caption(text: str) -> bool:
    """``Figure 3: Share of ...``, ``Table 2. Results``, ``Fig. 1 -``: a caption's opening."""
    return bool(_CAPTION.match(text))


def numbering(text: str) -> str:
    return strip_number(text)[0]


def heading_shape(text: str) -> bool:
    """Short, unpunctuated at the end, starting with a capital or a section number:
    ``Course structure and learning outcomes``, ``2.1 Data``. Not ``Zenodo. https://...``,
    not ``1. Create an R project with a specific and``, not ``0`` or ``Strongly``-style
    cells (those are judged with their neighbours)."""
    t = text.strip()
    # Cheap tests before the cache: a paragraph is never heading-shaped, nor a line ending
    # on a stop or a comma (most lines; _shape's first test, asked without a call).
    if len(t) > 110 or not t or t[-1] in _BAD_END and not t.endswith(_ABBR_TAILS):
        return False
    return _shape(t)


# Words a title cannot end on: the line broke mid-phrase.
_OPEN_END = vocab.all_of(vocab.OPEN_ENDINGS)
_ABBR_END = re.compile(r".*\b(?:etc|al|vs)\.")
_ABBR_TAILS = ("etc.", "al.", "vs.")  # how a text _ABBR_END takes whole ends (cheap to see first)
# A file name or identifier ending (``intro.ipynb``, ``data.csv``) on any word.
_FILE_END = re.compile(r"[a-z]\.[a-z]{2,5}(?=\s|$)")


def _letters(w: str) -> int:
    return len(w) if w.isalpha() else sum(c.isalpha() for c in w)


@functools.lru_cache(maxsize=256)  # the same line is judged by neighbouring rules; small: memory stays flat
def _shape(t: str) -> bool:
    """``heading_shape`` of a stripped text of at most 110 characters: cheap tests first."""
    if not t or t[-1] in _BAD_END and not (t.endswith(_ABBR_TAILS) and _ABBR_END.fullmatch(t)):
        return False
    if t[0].islower() and t[1:2] != ")":
        return False  # (no numbering family opens so: the first-character test below, asked now)
    split = t.split()  # (at most 110 characters: a cheap split, kept for the words' test)
    words = len(split)
    if words > 14:
        return False
    num, rest = strip_number(t)
    rest = rest.strip() if num else t  # (t is stripped: so is an unnumbered rest)
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or (num and rest[0].isalpha())):
        return False
    if rest[-1] == ":" and not (num or is_known(t)) or rest[-1] in "?!" and words > 8:
        return False
    # File names, identifiers and paths are table cells, code or a wrapped DOI:
    # 02_Widget_NGC5533.ipynb, 1748-9326/ab281e.
    if "_" in rest or "/" in rest or "." in rest and _FILE_END.search(rest):
        return False
    # (each pattern needs its characters: the plain tests first, most lines hold none)
    if ("/" in t or "www." in t or "doi.org" in t) and _URL.search(t) or is_caption(t):
        return False
    if ("(" in t or "et al." in t) and _CITATION.search(t):
        return False
    rest_words = rest.split() if num else split
    if rest_words[-1].lower() in _OPEN_END:
        return False  # (the last test below, asked first: it needs no counting)
    joined = rest.replace(" ", "")
    if joined.isalpha():
        # Words of letters only (most headings): each word's letters are its length.
        return len(joined) >= 3 and max(map(len, rest_words)) >= 3
    letters = [_letters(w) for w in rest_words]
    if sum(letters) < 3 or max(letters) < 3:
        return False
    # Mostly words: a line of numbers or symbols is a table row.
    return len(letters) - letters.count(0) >= max(1, 0.5 * len(rest_words))


_BAD_END = frozenset(".,;-‐(&")


_PAREN_NUMBER = re.compile(r"^\(?\d{1,2}\)\s")


def family(text: str) -> str:
    """Sibling headings sharing a counted word: ``Session 1``/``Session 2``, ``Part 0:``;
    ``1) Penguin ...``/``2) ...``. Returns the family's name, "" when none."""
    m = _FAMILY.match(text)
    if m:
        return m.group(1).lower()
    if _PAREN_NUMBER.match(text):
        return ")"
    return ""


_NONWORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Case-folded words separated by single spaces: ``Statement of Need!`` -> ``statement of need``."""
    # Whitespace is not \w, so after the substitution single spaces are all that separate
    # the words: strip() leaves what " ".join(split()) would.
    return _NONWORD.sub(" ", text.casefold()).strip()


def _ident(text: str, taken: set[str], last: dict[str, int]) -> str:
    """``slugify(text, taken)``, but a base seen before resumes from its last number: the
    numbers below it are taken already (``taken`` only grows), so the id is the same, and a
    paper with a thousand ``Example`` headings is not quadratic."""
    base = slugify(text, set())
    n = last.get(base, 1)
    ident = base if n == 1 else f"{base}-{n}"
    while ident in taken:
        n += 1
        ident = f"{base}-{n}"
    taken.add(ident)
    last[base] = n
    return ident


def _announced(heading: str, under: list[str]) -> bool:
    """The heading's words (three or more) appear in the text of the section before it
    (its first 4000 or so characters, folded)."""
    key = fold(strip_number(heading)[1])
    words = key.split()
    if len(words) < 3:
        return False
    # Each of the key's words is a word of the folded text only if the texts hold it at all
    # (folding keeps a casefolded text's words): a plain test that spares most folds.
    plain = " ".join(under).casefold()
    return all(w in plain for w in words) and f" {key} " in f" {_folded(under)} "


def _folded(texts: list[str]) -> str:
    """The blocks' texts folded and joined, up to the block that passes 4000 characters.
    Folded only when a heading asks: most never do (fewer than three words)."""
    out = ""
    for t in texts:
        if len(out) >= 4000:
            break
        out += " " + fold(t)
    return out


# The numbers' forms assign_levels tells apart (compiled once, not looked up per heading).
_DOTTED = re.compile(r"\d+(?:\.\d+)+")
_DIGITS = re.compile(r"\d+")
_ROMAN_NUMBER = re.compile(r"[IVX]+")
_LETTER_NUMBER = re.compile(r"[A-H]")


def assign_levels(blocks: list[Block]) -> None:
    """Give every heading a level and a unique id (see the module docstring)."""
    taken: set[str] = set()
    last_n: dict[str, int] = {}
    level = 1  # the level of the section we are in
    fam_parent: dict[str, int] = {}
    prev: Block | None = None
    in_roman = False  # under a "IV. RESULTS" heading, "A. Data" is its subsection
    last_heading: Block | None = None
    under: list[str] = []  # the texts of the blocks under the last heading
    for b in blocks:
        if b.kind != "heading":
            prev = b
            if last_heading is not None:
                under.append(b.text)
            continue
        num = numbering(b.text)
        fam = family(b.text)
        announced: bool | None = None  # _announced(b.text, under), once asked
        if num and "." in num.strip(".") and _DOTTED.fullmatch(num):
            b.level = min(6, num.count(".") + 1)
        elif num and _DIGITS.fullmatch(num) and not fam:
            b.level = 1
        elif num and _ROMAN_NUMBER.fullmatch(num) and _ROMAN.match(b.text):
            b.level, in_roman = 1, True
        elif num and _LETTER_NUMBER.fullmatch(num) and in_roman:
            b.level = 2
        elif is_known(b.text):
            b.level = 1
        elif fam:
            if fam not in fam_parent:
                fam_parent = {k: v for k, v in fam_parent.items() if v < level} | {fam: level}
            b.level = min(6, fam_parent[fam] + 1)
        elif prev is not None and prev.kind == "heading":
            b.level = min(6, prev.level + 1)
        elif last_heading is not None and (announced := _announced(b.text, under)):
            # "... in two distinct sections: (i) Remote Sensing observations from satellites
            # and (ii) Ground-based observations ...": the section named them as its parts.
            b.level = min(6, last_heading.level + 1)
        else:
            b.level = level
        if not fam:
            fam_parent = {k: v for k, v in fam_parent.items() if v < b.level}
        level = b.level
        b.ident = b.ident or _ident(b.text, taken, last_n)
        prev = b
        if (
            last_heading is None
            or b.level <= last_heading.level
            or not (_announced(b.text, under) if announced is None else announced)
        ):
            last_heading, under = b, []
