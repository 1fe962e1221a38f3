"""What a heading looks like: its numbering, its well-known names, its shape.

Whether a unit *is* a heading is the heading rule's decision (``blocks/heading.py``), which
weighs these answers with the unit's neighbours; the levels are ``levels.py``'s. Here:

- numbering families, tried in order: ``2.1 Data`` (decimal), ``IV. RESULTS`` (roman),
  ``A. Data`` (letter), ``(a) Setup`` / ``3) Penguins`` (parenthesised);
- well-known section names from the vocabulary (``Introduction``, ``Statement of need``,
  ``Acknowledgements``, ``Referências``), and the opening ones that end the front matter;
- the shape: short, starting with a capital or a number, not ending on a stop, a comma or
  a word a phrase cannot end on, no URL, file name or citation. The cleaner's ``heading``
  hint is evidence, not truth: table cells, a paragraph's short last line and list items
  are short lines too.
"""

from __future__ import annotations

import functools
import re

from galley import vocab
from galley.clean.shapes import CAPTION_SEPARATOR, RELATION, caption_label_pattern, closes_unopened
from galley.params import StructureParams

_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\S)")
ROMAN = re.compile(r"^([IVX]{1,5})\.\s+(?=\S)")
_LETTER = re.compile(r"^([A-H])\.\s+(?=[A-Z])")
_PARENTHESISED = re.compile(r"^\(?([a-z]|\d{1,2})\)\s+(?=\S)")
# The numbering families in the order they are tried: the first that matches wins. As one
# pattern, each family's number its group.
NUMBERINGS = (_DECIMAL, ROMAN, _LETTER, _PARENTHESISED)
_NUMBERING = re.compile("|".join(f"(?:{family.pattern})" for family in NUMBERINGS))

_COUNTED = vocab.alternation(w.capitalize() for w in vocab.all_of(vocab.COUNTED_HEADINGS))
_FAMILY = re.compile(rf"^({_COUNTED})\s+([0-9IVX]{{1,4}}|[A-Z])\b")
_PAREN_NUMBER = re.compile(r"^\(?\d{1,2}\)\s")

# Sections that open a paper's body (the front matter ends at the first of them), and the
# well-known section names. An abstract opens the body too; a reference list's heading is
# a well-known section.
OPENING = vocab.all_of(vocab.OPENING) | vocab.all_of(vocab.ABSTRACT)
KNOWN = OPENING | vocab.all_of(vocab.SECTIONS) | vocab.all_of(vocab.REFERENCES)
# A name may go on after a colon, a dash or "and": ``Introduction: the Lorentz ...``,
# ``Results and discussion``; not after other words (``Introduction to deep learning``).
_KNOWN_RX = re.compile(rf"^(?:{vocab.alternation(KNOWN)})(?=$|:|\s+and\b|\s+&|\s*[—–-]\s)")
_OPENING_RX = re.compile(rf"^(?:{vocab.alternation(OPENING)})(?=$|:|\s*[—–-]\s)")

_CAPTION = re.compile(rf"^{caption_label_pattern(vocab.all_of(vocab.CAPTIONS))}{CAPTION_SEPARATOR}", re.I)
_URL = re.compile(r"https?://|www\.|doi\.org|\b10\.\d{4,}/")
# "(R Core Team, 2023)", "Smith et al. (2019)": prose cites, headings do not.
_CITATION = re.compile(r"\([^()]*\b(?:1[89]|20)\d\d[a-z]?\)|\bet al\.")
# An equation: a relation between its sides, and its number, an operator of a formula, or
# a symbol it defines (``DD = Σ(meantemperature - 10°C) × daysafterpruning (1)``, ``IMC =
# peso / altura²``, ``NDVI = (NIR − R) / (NIR + R)``); not ``3.2 The case k > 1``.
_FORMULA = re.compile(r"\(\d{1,3}\)$|[Σ∑∏∫√×·∂/+−^²³]|^\S{1,12} = ")
# A file name or identifier ending (``intro.ipynb``, ``data.csv``) on any word.
_FILE_END = re.compile(r"[a-z]\.[a-z]{2,5}(?=\s|$)")
# What a heading does not end on (a cut phrase), but for an abbreviation: ``..., etc.``.
_BAD_END = frozenset(".,;-‐(&")
_ABBREVIATION_END = re.compile(rf".*\b(?:{vocab.alternation(vocab.all_of(vocab.ABBREVIATIONS))})\.")
_ABBREVIATION_TAILS = tuple(f"{w}." for w in vocab.all_of(vocab.ABBREVIATIONS))
# Words a title cannot end on: the line broke mid-phrase.
_OPEN_END = vocab.all_of(vocab.OPEN_ENDINGS)


def strip_number(text: str) -> tuple[str, str]:
    """``2.1 Data sources`` -> (``2.1``, ``Data sources``); unnumbered -> ("", text)."""
    m = _NUMBERING.match(text)
    return (m.group(m.lastindex or 0), text[m.end() :]) if m else ("", text)


def numbering(text: str) -> str:
    """``2.1`` of ``2.1 Data sources``; "" when unnumbered."""
    return strip_number(text)[0]


def name_key(text: str) -> str:
    """The heading's words as compared with the well-known names: ``3. Results:`` ->
    ``results``."""
    _, rest = strip_number(text.strip())
    return " ".join(rest.lower().replace("’", "'").rstrip(" .:").split())


# Memo caches, measured: the splits, the block rules and the levels ask these two questions
# of the same short lines (a unit as a candidate heading, then as the block before the next
# one): without them the 50 MB input takes 0.4 s (5 %) longer end to end.
@functools.lru_cache(maxsize=512)
def is_known(text: str, p: StructureParams) -> bool:
    """``Acknowledgements``, ``5. Conclusions``, ``Statement of Need``, ``Introduction: the
    Lorentz transformation``, a reference list's heading (``Referênces``, its accents
    mistyped). Not ``Introduction to deep learning`` (a title)."""
    if len(text) > p.known_heading_max_chars:
        return False
    return bool(_KNOWN_RX.match(name_key(text))) or vocab.is_reference_heading(text)


def is_opening(text: str, p: StructureParams) -> bool:
    """A heading that opens the body: ``Abstract``, ``Summary``, ``1 Introduction``."""
    if len(text.split()) > p.opening_max_words or text.rstrip().endswith((".", ",", ";")):
        return False
    return bool(_OPENING_RX.match(name_key(text)))


def is_caption(text: str) -> bool:
    """``Figure 3: Share of ...``, ``Table 2. Results``, ``Fig. 1 -``: a caption's opening."""
    return bool(_CAPTION.match(text))


def family(text: str) -> str:
    """Sibling headings sharing a counted word: ``Session 1``/``Session 2``, ``Part 0:``;
    ``1) Penguin ...``/``2) ...``. Returns the family's name, "" when none."""
    m = _FAMILY.match(text)
    if m:
        return m.group(1).lower()
    if _PAREN_NUMBER.match(text):
        return ")"
    return ""


@functools.lru_cache(maxsize=256)  # see is_known
def heading_shape(text: str, p: StructureParams) -> bool:
    """Short, unpunctuated at the end, starting with a capital or a section number:
    ``Course structure and learning outcomes``, ``2.1 Data``. Not ``Zenodo. https://...``,
    not ``1. Create an R project with a specific and``, not ``0`` or ``02_Widget.ipynb``
    (table cells), not ``ReliaLearnR is written in R (R Core Team, 2023) and utilizes``, not
    an equation (``DD = Σ(meantemperature - 10°C) × daysafterpruning (1)``)."""
    t = text.strip()
    if not t or len(t) > p.heading_max_chars:
        return False
    if t[-1] in _BAD_END and not _ends_on_abbreviation(t):
        return False
    # (only "a) ..." opens in lower case; ``Lola, 4 anos)`` ends a bracket the line before opened)
    if (t[0].islower() and t[1:2] != ")") or closes_unopened(t):
        return False
    words = t.split()
    num, rest = strip_number(t)
    if len(words) - (1 if num else 0) > p.heading_max_words:
        return False
    rest = rest.strip()
    if num:
        rest = rest.lstrip("–—- ")  # ``1 – Introdução``: a dash after the number
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or (num and rest[0].isalpha())):
        return False
    if rest[-1] == ":" and not (num or is_known(t, p)):
        return False  # "The learning objectives for these modules are:"
    if rest[-1] in "?!" and len(words) > p.question_heading_max_words:
        return False
    # File names, identifiers and paths are table cells, code or a wrapped DOI:
    # 02_Widget_NGC5533.ipynb, 1748-9326/ab281e. (A slash between numbers alone is a year
    # range or a law's number: ``Participantes da safra 2009/2010``, ``Lei nº 10.639/2003``.)
    if "_" in rest or _PATH_SLASH.search(rest) or _FILE_END.search(rest):
        return False
    if _URL.search(t) or is_caption(t) or _CITATION.search(t) or (RELATION.search(t) and _FORMULA.search(t)):
        return False
    rest_words = rest.split()
    if rest_words[-1].lower() in _OPEN_END:
        return False
    return _mostly_words(rest_words, p)


_PATH_SLASH = re.compile(r"[^\d\s]/|/[^\d\s]|^/|/$|\b10\.\d{4,9}/")  # (and a DOI: ``10.1590/2176-...``)


def _ends_on_abbreviation(t: str) -> bool:
    """``Tools, libraries, etc.``: the text ends on an abbreviation (a word of its own)."""
    return t.endswith(_ABBREVIATION_TAILS) and _ABBREVIATION_END.fullmatch(t) is not None


def _mostly_words(words: list[str], p: StructureParams) -> bool:
    """Enough letters, and most words hold one: ``0 2 10 8`` is a table row."""
    letters = [sum(map(str.isalpha, w)) for w in words]
    if sum(letters) < p.heading_min_letters or max(letters) < p.heading_min_letters:
        return False
    return len(letters) - letters.count(0) >= max(1, p.heading_word_share * len(words))


_NONWORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Case-folded words separated by single spaces: ``Statement of Need!`` -> ``statement of need``."""
    return _NONWORD.sub(" ", text.casefold()).strip()
