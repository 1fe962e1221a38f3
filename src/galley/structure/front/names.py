"""Names in an author line: split, markers taken off, each word shaped like a name.

``James A. Rising1, Azhar Hussain2 and Ana Trisovic4`` -> (``James A. Rising``, [``1``]),
(``Azhar Hussain``, [``2``]), (``Ana Trisovic``, [``4``]).
"""

from __future__ import annotations

import re

from galley import vocab
from galley.clean.headings import FUNCTION_WORDS
from galley.clean.shapes import HYPHENS
from galley.params import StructureParams

# An affiliation marker after a name (a group of them: 1 / 1,2 / 1,2,3,4¶ / * / †): a number,
# or a symbol, perhaps doubled or tripled (``**``, ``††``: the second and third of a list
# marked by stars).
MARK = r"(?:\d{1,2}|\*{1,3}|∗{1,3}|†{1,3}|‡{1,3}|[§¶‖#])"
# "and" in the other languages (``vocab.AUTHOR_AND``): ``Iser1 e Deborah Carvalho Malta2``.
# Some are also a surname's particle (``Silva e Souza``, ``Ortega y Gasset``): between
# names they part two only before a full name (two words, the first capitalised).
OTHER_AND = vocab.alternation(vocab.ANY_AUTHOR_AND - {"and"})
# (a full name after it, or a first name the line ends on: ``Souza2 e Neil`` / ``Franco3``)
_OTHER_AND_SPLIT = rf"\s+(?:{OTHER_AND})\s+(?=[A-ZÀ-ÖØ-Þ][^\s,]*(?:\s+[^\s,]|$))"
_MARK_TAIL = rf"(?:\s*,\s*{MARK}|{MARK})*(?=\s*(?:,|\band\b|&|$)|\s+(?:{OTHER_AND})\s)"
# Markers standing apart from the name (``Rising 1``) and glued to it (``Rising1``).
_MARKS = re.compile(rf"(?<![\w.*∗†‡]){MARK}{_MARK_TAIL}")
_GLUED_MARKS = re.compile(rf"(?:(?<=[^\W\d_])|(?<=[^\W\d_]\.)){MARK}{_MARK_TAIL}")  # "Rising1", "Jr.4"
_MARK_RX = re.compile(MARK)
# Roman numerals glued to a name's last (lower-case) letter: ``PriuliI``, ``HyppolitoI,II,III``
# (SciELO's superscripts); a piece that is only such a numeral (``II`` after a comma) is a
# marker too.
ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,2})"  # a roman marker: ``PriuliI``, ``II``
_GLUED_ROMAN = re.compile(rf"(?<=[a-zß-ÿ]){ROMAN}(?:\s*,\s*{ROMAN})*$")
_ROMAN_PIECE = re.compile(rf"^{ROMAN}$")
# A superscript letter or small roman numeral that an extractor set a space apart from the
# name (Elsevier's ``Léa Moreau a, *, Daniel K. Osei b``; ``Ana Rita Gonçalves i``), and
# such a marker alone after a comma (``Hannah Lindqvist a, c``). No name ends on one.
_SPACED = r"(?:[a-h]|i{1,3}|iv|vi{0,3})"
_SPACED_LETTER = re.compile(rf"(?<=[^\W\d_])\s+({_SPACED})$")
_SPACED_LETTER_PIECE = re.compile(rf"^{_SPACED}$")
# Superscript markers as OCR reads them, glued to a name's last letter or a space after it:
# ``Rising’``, ``Schwarzwald®``, ``Juavinett?``, ``Voutov??``, ``Spankie!>-4``,
# ``Lovaco-Flores*®``, ``Anderson '*``. A run of marks holding at least one such glyph that
# closes a name; recorded as the marker "?", which ties the author to no affiliation but is
# evidence of an author list.
_OCR_GLYPHS = "’‘“”\"'!?®°™¢£>)/^"
_OCR_RUN = rf"(?=[\d*∗†‡§¶]*[{_OCR_GLYPHS}])[{_OCR_GLYPHS}\d*∗†‡§¶]+(?:[\s,-]+[{_OCR_GLYPHS}\d*∗†‡§¶]+)*"
_OCR_MARKS = re.compile(rf"(?:(?<=[^\W\d_])|(?<=[^\W\d_]\s)){_OCR_RUN}\s*$")
_OCR_MARKS_ANYWHERE = re.compile(rf"(?:(?<=[^\W\d_])|(?<=[^\W\d_]\s)){_OCR_RUN}(?=\s*(?:,|\s+and\b|&|$))")
OCR_MARK = "?"
# OCR drops the comma after a marker it misread: ``Florian Huber? Dafne van Kuppevelt``,
# ``Elio Campitelli! 2 3 Paola Corrales)?``: a run of marks between two names.
_OCR_RUN_BEFORE_NAME = re.compile(rf"(?<=[^\W\d_]){_OCR_RUN}(?=\s+[A-ZÀ-ÖØ-Þ])")
# The markers of the line before's last author, wrapped to the start of this line:
# ``1,2,3,4 Duncan H. Mullins``. A group of two or more (``2 Related Work`` is a heading).
_LEADING_MARKS = re.compile(rf"^{MARK}(?:\s*,\s*{MARK})+\s+(?=[A-ZÀ-ÖØ-Þ])")
_MARK_SYMBOL = re.compile(r"[*∗†‡§¶]")
# A byline that lost its spaces (pypdf's layout mode: ``José AbelLovaco-Flores4,6,Luis``
# ``GerardoTejero-Gómez5,JAbrahamAvelar-Rivas3,4,``): a name opening right after a comma.
# Its words part where a capital follows a small letter (``AbelLovaco``) or opens a word
# after another capital (``JAbraham``: ``J Abraham``), not inside ``McDonald``,
# ``MacArthur`` (a ``DeVries`` still parts: the text cannot tell it from ``De Vries``).
_RUN_TOGETHER = re.compile(r",[A-ZÀ-ÖØ-Þ][a-zß-ÿ]")
_GLUED_WORDS = re.compile(r"(?<=[a-zß-ÿ])(?<!\bMc)(?<!\bMac)(?=[A-ZÀ-ÖØ-Þ])|(?<=[A-ZÀ-ÖØ-Þ])(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")
NUMBER_LINE = re.compile(r"^[\d\s,*∗†‡§¶]+$")  # a marker line (``1,2``) or a page number
# Where a list of names splits: a comma (and "and" or "&" after it), "and", "&", ";".
# (Springer parts its names with a middle dot: ``Katharina Vogelsang · Thomas Brüggemann``)
NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s*;\s*|\s+[·•]\s+")
# ... and in the other languages, in a line that is a list already (a comma, a marker):
# ``Educação Ambiental e Cidadania Ativa`` is a title, ``Silva1 e Souza2`` two authors.
_LIST_SPLIT = re.compile(rf"{NAME_SPLIT.pattern}|{_OTHER_AND_SPLIT}")
_LISTED = re.compile(r"[,;·]|[^\W\d_]\d|[*∗†‡§¶]")
# ... but Swedish "och", which no other language's title or surname holds, parts two full
# names in any line (``Elin Lindqvist och Oskar Håkansson``). Not "und", "et", "en": German
# titles set nouns in capitals (``Soziale Arbeit und Kritische Theorie``), and "en" is a
# Spanish and French preposition (``Educación Superior en América Latina``).
_PLAIN_SPLIT = re.compile(
    rf"{NAME_SPLIT.pattern}|\s+(?:{vocab.alternation(vocab.AUTHOR_AND['sv'])})\s+(?=[A-ZÀ-ÖØ-Þ][^\s,]*\s+[^\s,])"
)
# An author list left open at the line end: "Ana Trisovic," / "Ana Trisovic and" ...
OPEN_TAIL = re.compile(rf"(?:,|\band|&|\s(?:{OTHER_AND}))\s*$")
# ... or a name broken at the line end: "Julia John-", "Kevin Schwar‐" (U+2010).
OPEN_TAIL_OR_HYPHEN = re.compile(rf"(?:,|\band|&|\s(?:{OTHER_AND}))\s*$|(?<=\w)[{''.join(HYPHENS)}]$")
_SEP = re.compile(r"\s*,\s*")
_NOT_NAMES = re.compile(r"[:()\[\]/@]|http")
INITIALS = re.compile(r"^(?:[A-Z]\.)+(?:-[A-Z]\.)?$|^[A-Z]\.?$")
# Deleted: what may sit among a name's letters (LaTeX text from pdfminer spaces accents:
# "Zieli´nski").
# OCR's misreadings of a name word: a letter read as a digit (``H6ffner``), initials run
# together (``ALN.`` for "A. N.").
_OCR_NAME = re.compile(r"^[A-Z][a-zß-ÿ]*\d[a-zß-ÿ]{2,}$|^[A-Z]{2,3}\.$")
_NAME_PUNCT = str.maketrans("", "", "-'’.´`¨˜ˆ")
_PARTICLES = vocab.NAME_PARTICLES
# Function words: never a surname OCR read in lower case (``Maria Souza et al``).
_FUNCTION = FUNCTION_WORDS | {"et", "al"}
GROUP_WORDS = vocab.all_of(vocab.AUTHOR_GROUPS)
# Particles that may open a name ("de Vries", "van der Burg"); the others may not ("der").
_NOT_FIRST = frozenset(_PARTICLES - {"de", "van", "von", "da", "di", "do", "du", "la", "le", "al"})


# A word of ``vocab.INSTITUTIONS``: ``Universidade Federal``, ``Dept. of Physics``.
INSTITUTION = re.compile(
    "(?:"
    + "|".join(
        # (a marker may follow the word: ``CLARITY Research Group2``)
        rf"\b{re.escape(w.rstrip('*'))}" + (r"\w*" if w.endswith("*") else r"(?![^\W\d_])")
        for w in sorted(vocab.all_of(vocab.INSTITUTIONS), key=len, reverse=True)
    )
    + ")"
)


# An author's ORCID id beside the name: ``Souza1 https://orcid.org/0000-0002-1825-0097``,
# ``Versypt 0000-0001-9059-5703``, ``da Luz1 (ORCID 0000-0002-1825-0097)``.
ORCID_ID = r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]"
_ORCID_MENTION = re.compile(rf"\s*\(?(?:ORCID(?:\s*i[dD])?:?\s*)?(?:https?://orcid\.org/)?{ORCID_ID}\)?", re.I)


# Superscript digits and letters set as characters (``Souza¹``, ``Luzᵃ``, ``ᵃ Universidade``):
# the markers they are.
_SUPER_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"
SUPERSCRIPTS = str.maketrans(_SUPER_DIGITS + _SUPER_LETTERS, "0123456789abcdefghijklmnoprstuvwxyz")
_DIGITS_ONLY = str.maketrans(_SUPER_DIGITS, "0123456789")
# Superscript letters glued to a name: its markers (``Luzᵃ``, ``Carvalhoᵃ,ᵇ``).
_GLUED_LETTERS = re.compile(rf"(?<=[^\W\d_])[{_SUPER_LETTERS}](?:\s*,?\s*[{_SUPER_LETTERS}])*")


def as_names(text: str) -> str:
    """The line as its names are read: its ORCID ids taken out (``contact.attach_contacts``
    gives them to their authors), superscript digits read as the markers they are
    (superscript letters ``strip_marks`` takes off), markers in brackets as glued ones
    (``Ortega Ruiz(1,2)`` -> ``Ortega Ruiz1,2``), without a byline's ``by`` / ``par``."""
    text = _BYLINE.sub("", text.translate(_DIGITS_ONLY))
    if "(" in text:
        text = _BRACKETED_MARKS.sub(lambda m: m.group(1).replace(" ", ""), text)
    return _ORCID_MENTION.sub("", text) if "-" in text else text


# A byline's first word before a name: ``par Jean-Pierre FABRE``, ``By Chinwe Okafor``.
_BYLINE = re.compile(rf"^\s*(?i:{vocab.alternation(vocab.all_of(vocab.BYLINE))})\s+(?=[A-ZÀ-ÖØ-Þ])")
# Markers in brackets after a name: ``Martín-Serrano(1)``, ``Ortega Ruiz (1, 2)``.
_BRACKETED_MARKS = re.compile(r"(?<=[^\W\d_])\s?\((\d{1,2}(?:\s*,\s*\d{1,2})*)\)")


# ABNT's author list, surname first in capitals: ``SOUZA, Cláudia Meurer1; ISER, Betine
# Moehlecke1; MALTA, Deborah Carvalho2``.
_INVERTED = re.compile(r"^\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]*[A-ZÀ-ÖØ-Þ]),\s*([A-ZÀ-ÖØ-Þ][^,;]*?)\s*$")
# ... or in mixed case with initials and a marker: ``Jan, T.1; Gul, S.1; Khan, A.2``.
_INVERTED_INITIALS = re.compile(r"^\s*([A-ZÀ-ÖØ-Þ][\w'’-]+),\s*((?:[A-Z]\.\s?)+(?:\d{1,2}|[*†‡])(?:,\d{1,2})*)\s*$")


def uninverted(text: str) -> str:
    """An ABNT list (surnames first, in capitals, the authors parted by semicolons) in the
    usual order, each surname as a name is written: ``SOUZA, Cláudia Meurer1; ISER, Betine
    Moehlecke1`` -> ``Cláudia Meurer Souza1; Betine Moehlecke Iser1``, ``Jan, T.1`` -> ``T.
    Jan1``; other text as it is."""
    if ";" not in text:
        return text
    pieces = [_INVERTED.match(piece) or _INVERTED_INITIALS.match(piece) for piece in text.split(";")]
    if not all(pieces):
        return text
    out = []
    for m in pieces:
        assert m is not None  # (all matched)
        given, marks = strip_marks(m.group(2))
        surname = " ".join(w.lower() if w.lower() in _PARTICLES else w.capitalize() for w in m.group(1).split())
        out.append(f"{given} {surname}" + (",".join(marks) if marks else ""))
    return "; ".join(out)


def split_names(text: str, p: StructureParams) -> list[tuple[str, list[str]]] | None:
    """``James A. Rising1, Azhar Hussain2 and Ana Trisovic4`` -> names with their markers;
    None when some piece is not shaped like a name (then the line is not an author line).
    A marker group standing alone (``, 2,``) goes to the name before it."""
    out: list[tuple[str, list[str]]] = []
    text = _ocr_separators(_LEADING_MARKS.sub("", uninverted(as_names(text))))
    if _RUN_TOGETHER.search(text):
        text = _GLUED_WORDS.sub(" ", text)
    # (the word between the last two names is in lower case in a list in capitals:
    # ``ELIANA MÁRCIA DOS SANTOS CARVALHO1 e RENATA LOURENÇO DOS SANTOS2``)
    letters = [c for w in text.split() if w not in vocab.ANY_AUTHOR_AND for c in w if c.isalpha()]
    caps_line = bool(letters) and all(c.isupper() for c in letters)
    splitter = _LIST_SPLIT if _LISTED.search(text) else _PLAIN_SPLIT
    slips = 0
    for piece in splitter.split(OPEN_TAIL.sub("", text.strip())):
        name, marks = strip_marks(piece.strip())
        if not name:
            if out:
                out[-1][1].extend(marks)
            continue
        words = name.split()
        if is_group_name(words):
            out.append((name, marks))
            continue
        own = [w for w in words if w.lower() not in _PARTICLES]  # ``Sandra Maria do Valle Leone de Oliveira``: 5
        if len(own) > p.name_max_words or words[0].lower() in _NOT_FIRST:
            return None
        if not (all(_is_name_word(w, p) for w in words) or _in_capitals(words, marks, caps_line, p)):
            if not (marks and _case_slip(words, p)):
                return None
            slips += 1
        out.append((name, marks))
    if slips and (slips > 1 or sum(1 for _, marks in out if marks) - slips < p.case_slip_min_names):
        return None
    return out or None


def _case_slip(words: list[str], p: StructureParams) -> bool:
    """A name whose surname OCR read in lower case (``Djura smits?``): a name word first,
    then letters only, none a function word. ``split_names`` takes one such piece, marked,
    in a list of ``case_slip_min_names`` marked names beside it: ``Carsten`` / ``Schnober?,
    Djura smits?, Peter Steinbach’, ...`` goes on the list; a subtitle's topics (``Linear
    Models, Mixed Models, ... and Causal inference``) carry no markers."""
    rest = words[1:]
    return bool(rest) and _is_name_word(words[0], p) and all(w.isalpha() and w not in _FUNCTION for w in rest)


def _ocr_separators(text: str) -> str:
    """The comma OCR dropped after a misread marker, put back where the marks hold a digit
    or the line has another separator (a title may read ``Why Python? A Guide``)."""
    if not _OCR_RUN_BEFORE_NAME.search(text):
        return text
    listed = bool(NAME_SPLIT.search(text))

    def comma(m: re.Match[str]) -> str:
        return m.group() + "," if listed or any(c.isdigit() for c in m.group()) else m.group()

    return _OCR_RUN_BEFORE_NAME.sub(comma, text)


def is_group_name(words: list[str]) -> bool:
    """``ICV 2020 Group``, ``Grupo Colaborativo``: an author that is a group, named by a
    word of ``vocab.AUTHOR_GROUPS`` among capitalised words and numbers."""
    if not any(w.lower() in GROUP_WORDS for w in words):
        return False
    return all(w[:1].isupper() or w.isdigit() or w.lower() in _PARTICLES for w in words)


def _in_capitals(words: list[str], marks: list[str], caps_line: bool, p: StructureParams) -> bool:
    """A surname in capitals after given names in mixed case (``Márcia Denise PLETSCH``), or
    a whole list in capitals with markers (``ELIANA MÁRCIA DOS SANTOS CARVALHO1``)."""
    if caps_line:
        return bool(marks) and all(w.isupper() or w.lower() in _PARTICLES for w in words)
    last = words[-1].translate(_NAME_PUNCT)
    given = words[:-1]
    return (
        last.isalpha()
        and last.isupper()
        and bool(given)
        and not given[0].isupper()
        and all(_is_name_word(w, p) for w in given)
    )


def is_author_line(text: str, p: StructureParams, strict: bool = True) -> bool:
    """A line made of names (``author_line_max_chars`` at most). ``strict`` wants evidence:
    markers, initials or two full names; ``Numerical Computing`` alone (the end of a
    wrapped title) is not enough."""
    text = as_names(text)
    if len(text) > p.author_line_max_chars or _NOT_NAMES.search(_OCR_MARKS_ANYWHERE.sub("", text)):
        return False
    named = INSTITUTION.findall(text)
    if named and not any(w.lower() in GROUP_WORDS for w in named):
        return False  # ``Universidad Nacional de La Plata, La Plata``; ``CLARITY Research Group`` is an author
    # A name broken at the line end ("Julia John-") is judged without its hyphen.
    names = split_names(OPEN_TAIL_OR_HYPHEN.sub("", text.strip()), p)
    if not names:
        return False
    if not strict:
        return True
    full = [n for n, _ in names if len(n.split()) >= 2]
    if not full:
        return False
    # OCR's marker glyphs (``Juavinett?``) are evidence only in a list of names: a title
    # may end on "?" or "!" (``Why Python?``).
    marked = any(m != OCR_MARK for _, ms in names for m in ms) or (len(names) >= 2 and any(ms for _, ms in names))
    initials = any(INITIALS.match(w) for n, _ in names for w in n.split())
    return marked or initials or len(full) >= 2


def strip_marks(text: str) -> tuple[str, list[str]]:
    """Remove affiliation markers: ``Versypt1,2,3,4¶`` -> (``Versypt``, [1, 2, 3, 4, ¶]);
    ``Rising 1`` -> (``Rising``, [1]); ``PriuliI`` -> (``Priuli``, [I]); OCR's
    ``Schwarzwald®`` -> (``Schwarzwald``, [?])."""
    marks: list[str] = []

    def grab(m: re.Match[str]) -> str:
        marks.extend(_MARK_RX.findall(m.group(0)))
        return ""

    def roman(m: re.Match[str]) -> str:
        marks.extend(_SEP.split(m.group(0)))
        return ""

    def ocr(m: re.Match[str]) -> str:
        marks.append(OCR_MARK)
        return ""

    def letters(m: re.Match[str]) -> str:
        marks.extend(c.translate(SUPERSCRIPTS) for c in m.group(0) if c in _SUPER_LETTERS)
        return ""

    if _ROMAN_PIECE.match(text) or _SPACED_LETTER_PIECE.match(text):
        return "", [text]
    spaced = _SPACED_LETTER.search(text)
    if spaced:
        marks.append(spaced.group(1))
        text = text[: spaced.start()]
    text = _OCR_MARKS.sub(ocr, _GLUED_ROMAN.sub(roman, _GLUED_LETTERS.sub(letters, text)))
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
    return w.lower() in _PARTICLES or bool(INITIALS.match(w)) or bool(_OCR_NAME.match(w))


def join_name_lines(texts: list[str]) -> str:
    """The lines of an author list (or a title) as one text; a word broken at the line end
    is joined again: ``Samantha Wit-`` / ``tke6,7`` -> ``Samantha Witke6,7`` (``Schwar‐``, at
    the typesetter's hyphen U+2010, too)."""
    out = ""
    for t in texts:
        if out.endswith(HYPHENS) and out[-2:-1].isalpha():
            # (a compound name keeps its hyphen, the plain one: ``Silva‐`` / ``Santos2``)
            out = out[:-1] + t if t[:1].islower() else out[:-1] + "-" + t
        else:
            out = f"{out} {t}" if out else t
    return out
