"""What one line looks like: the questions the heading, break and join rules ask of a
line's text alone (no geometry, no neighbours).

``ends_sentence("as shown (Smith, 2019).")`` is true, ``is_list_start("2. Using data")``
is true, ``starts_entry("Hsiang, S., & Kopp, R. E. (2018). An")`` is true.
"""

from __future__ import annotations

import re

from galley import vocab

# A stop that ends a sentence or a clause, as the break rules count it: a colon and a
# semicolon close a line as surely as a full stop (``... as follows:`` / ``1. Data``).
STOPS = ".!?:;"
# What may follow the stop: closing quotes and brackets (``... (2019).”``).
CLOSERS = "'\"’”)]"
# A word of letters (two or more): text, not a cell of figures (``9,0``, ``53.69``).
LETTER_WORD = re.compile(r"[^\W\d_]{2}")
# What may open a sentence before its capital: ``(Maria de Nazaré) "O difícil ...``.
OPENERS = "([{\"'“‘«¿¡"
# The hyphens a typesetter breaks a word at a line's end: the ASCII one and U+2010, which
# WeasyPrint prints (``territó‐`` / ``rios``).
HYPHENS = ("-", "‐")
# ... and the soft hyphen (U+00AD), which the cleaner keeps at a line's end: a word broken there.
LINE_END_HYPHENS = (*HYPHENS, "\u00ad")
# The glyphs of a list's bullets (a dash, an asterisk or a middle dot may mark one too).
BULLET_GLYPHS = "•●○◦▪■‣∙"

# A keyword list's label, its spaces missing or doubled (``Keywords``, ``Key words``,
# ``Index Terms``, ``Palavras-chave``), and a line that opens on it, the list after it
# (``Keywords: climate change, econometrics``): metadata that no sentence goes on from.
KEYWORD_LABEL = vocab.alternation(vocab.all_of(vocab.KEYWORDS)).replace(r"\ ", r"\s?")
KEYWORD_LINE = re.compile(rf"^(?:{KEYWORD_LABEL})\s*[:—–.-]\s*(.+)$", re.I)
# A database's label for a reference entry's number, opening a line (``PMid:23123381.``,
# ``PMCid:PMC5123456``): it follows the entry's DOI on its line.
DATABASE_LABEL = re.compile(r"^PMC?ID:", re.I)


def database_label_alone(text: str) -> bool:
    """The line is such a label and nothing else (``PMid:``): its number was read apart."""
    label = DATABASE_LABEL.match(text.strip())
    return label is not None and label.end() == len(text.strip())


# What never opens a line of text: it closes the word before it (``. White``, ``, Azhar``,
# ``)``); not a name's own dot (``.css``, ``.NET``), an ellipsis (``... PEGUEI``) nor a
# code comment (``! add each element``).
_OPENS_ON_PUNCTUATION = re.compile(r"^[.,;:)\]](?:$|[\s.,;:!?)\]\"'’”])(?!\.)")


def opens_on_punctuation(text: str) -> bool:
    """The line opens on punctuation that closes the word before it: ``. White3``, ``. (2018).``,
    ``, Azhar Hussain``, ``)``; not ``.css`` nor ``...``."""
    return _OPENS_ON_PUNCTUATION.match(text) is not None


# A reference's year, volume and issue before the colon or semicolon its pages follow:
# ``2007;61(5):``, ``2014;48:``, ``61(5):``, ``2019;`` (not ``2000–2003:``, a number in prose).
CITATION_NUMBERS = re.compile(r"^(?:\d{4}[a-z]?;(?:\d+(?:\([\w-]+\))?:)?|\d+\([\w-]+\):)$")
# Pages, a volume or an article number after it: ``395-400.``, ``48(2):225``; not a list
# item's number (``1.`` / ``2)``).
PAGES = re.compile(r"^(?!\d{1,2}[.)]$)\d+(?:[-–]\d+)?(?:\(\w+\))?[.,;:]?(?:\d+(?:[-–]\d+)?[.,;]?)?$")
# A page range alone, perhaps before a stop: ``33-53.``, ``219–230``. After a URL's last dot
# it is the entry's pages, not the URL's rest (``s0266467400001255.`` / ``33-53.``).
PAGE_RANGE = re.compile(r"^\d+[-–]\d+[.,;]?$")


def caption_label_pattern(words: frozenset[str]) -> str:
    """The pattern of a caption's label: one of ``words`` and its number (``Figure 3``,
    ``Fig. 2``, ``Figure 1.2``, ``TABLE IV``). Not a supplement's (``Table S1 - ...``, in
    a list of the material online: a paragraph). For ``re.I``: the roman numeral stays in
    capitals (``Table in`` is no label)."""
    number = r"(?:\d{1,3}(?:\.\d{1,2})?|(?-i:[IVX]{1,5}))"
    return rf"(?:{vocab.alternation(words)})\s*{number}(?-i:[a-z])?"


# What parts a caption's label from its text: a stop, a colon, a bar or a dash, or a space
# before a capital (Springer's ``Fig. 2 Mean temperature at noon``; not ``Figure 2 shows``).
CAPTION_SEPARATOR = r"(?:\s*[.:|—–-]|\s+(?-i:[A-ZÀ-Ý]))"

# (A roman numeral in capitals and a dash opens a law's clause: ``II – os direitos ...``.)
_LIST_MARKER = re.compile(
    rf"^(?:[{BULLET_GLYPHS}·*–—-]|\(?\d{{1,3}}[.)]|\(?[a-z][.)]|\(?[ivx]{{1,4}}[.)]|[IVX]{{1,5}}\s?[–—-])(?:\s|$)"
)
# A page, a volume or a number going on from the line before: ``p. 144)``, ``v. 20, n. 2``
# (``a. 5 mg/kg of the extract`` is an item).
_ABBREVIATED = re.compile(r"^[pvn]\. \d")
_BARE_MARKER = re.compile(rf"^(?:[{BULLET_GLYPHS}·*–—-]|\(?\d{{1,3}}[.)]|\(?[a-z][.)])$")
# A note's number glued to its first word (pypdf drops a superscript's space): ``1A Conferência``.
_GLUED_NOTE = re.compile(r"^[1-9]\d?(?:[A-ZÀ-ÖØ-Þ](?:[a-zß-ÿ]|\s)|[“\"‘])")
NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-H]\.)\s+\S")
_SECTION_HEADING = re.compile(
    r"(?:(?:\d{1,2}|[A-H]|[IVX]{1,4})(?:\.\d{1,2})*\.?\s+)?[^\W\d_][^\W\d_ &:’'-]*(?:[ &:’'-]+[^\W\d_]+)*:?"
)

# A reference entry's first line: ``Carleton, T. A., & Hsiang`` / ``Baeza-Yates, R.`` /
# ``van Rossum, G.`` / ``[12] ...`` / ``The Open Group. (2017).`` (a year in brackets within
# the first hundred characters).
_ENTRY_AUTHOR = re.compile(
    rf"^(?:{vocab.NAME_PARTICLE}\s+)*[A-ZÀ-ÖØ-Þ][^\s,.;:()]*"
    rf"(?:[\s-](?:[A-ZÀ-ÖØ-Þ]|{vocab.NAME_PARTICLE})[^\s,.;:()]*)*,\s+(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+[,.\s])"
)
# Numbered: ``[12] ...``, ``12. Silva``, or a number and a first author as Vancouver writes
# one, surname and initials (``20 Malta D, Duncan B, ...``, ``21 Huerta J, Tormo M``).
_ENTRY_NUMBERED = re.compile(
    r"^(?:\[\d{1,3}\]|\d{1,3}\.\s+[A-ZÀ-ÖØ-Þ]|\d{1,3}\s+[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[-'][^\W\d_]+)*\s+[A-ZÀ-ÖØ-Þ]{1,3},)"
)
_ENTRY_YEAR = re.compile(r"^[A-ZÀ-ÖØ-Þ][^()]{0,100}?\((?:1[5-9]|20)\d\d[a-z]?(?:, [^)]*)?\)\.")
# An author list going on after a line break starts with an initial: ``S., Keitt, T. H.``.
_INITIAL = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]\.(?:[\s,-]|$)|&\s)")
# The book an entry's chapter is in, going on after a line break: ``In Fatih Akici, David
# Lippa, ... (Eds.), Proceedings of ...``, ``In: Anais do ...``, ``En: Actas ...`` (not the
# surname ``In, J.``).
_IN_EDITORS = re.compile(r"^(?:In:?|En:)\s+\S")
# A URL or a path at the end of a line: ``https://doi.org/10.3386/w22181``, ``ab281e/x``.
_URL_OR_PATH = re.compile(r"(?:https?://|doi:|www\.)\S*$|\S*/\S*$", re.I)


def first_word(text: str) -> str:
    return text.split(" ", 1)[0]


def last_word(text: str) -> str:
    return text[text.rfind(" ") + 1 :]


# A stop after a word, then a citation set as superscript numbers that the extractor
# read as plain digits (Vancouver style): ``... por CCU.17``, ``... especializados.9,26``.
_STOP_THEN_CITATION = re.compile(r"([^\W\d_]+)[.!?]\d{1,3}(?:[,–-]\d{1,3})*$")
_NUMBER_ABBREVIATIONS = vocab.all_of(vocab.NUMBER_ABBREVIATIONS)


def _stop_then_citation(core: str) -> bool:
    """``... por CCU.17``: a stop, then a citation's number read as digits; not ``Fig.3``,
    ``p.12`` (an abbreviation and its number: ``vocab.NUMBER_ABBREVIATIONS``)."""
    m = _STOP_THEN_CITATION.search(core)
    return m is not None and m.group(1).lower() not in _NUMBER_ABBREVIATIONS


def ends_full_stop(text: str) -> bool:
    """The line ends in a full stop, ``.``, ``!`` or ``?``, perhaps inside quotes or
    brackets or before a superscript citation read as digits (``... por CCU.17``): no colon
    or semicolon (``... e língua portuguesa;`` goes on a clause)."""
    core = text.rstrip(CLOSERS)
    if core[-1:] in (".", "!", "?"):
        return True
    return core[-1:].isdigit() and _stop_then_citation(core)


_ABBREVIATION_WORDS = vocab.all_of(vocab.ABBREVIATIONS) | vocab.all_of(vocab.NUMBER_ABBREVIATIONS)


def ends_abbreviation(text: str) -> bool:
    """The line ends on an abbreviation's stop: ``Smith et al.``, ``como mostra a Fig.``."""
    last = text.rsplit(" ", 1)[-1]
    return last.endswith(".") and last[:-1].lower() in _ABBREVIATION_WORDS


def ends_sentence(text: str) -> bool:
    """The line ends in a stop, perhaps inside quotes or brackets: ``... in 2019.``,
    ``... as follows:``, ``... (see Table 2).``, ``... “radicalized militancy.”``, or
    before a superscript citation read as digits (``... por CCU.17``)."""
    core = text.rstrip(CLOSERS)
    if core == "" or core[-1] in STOPS:
        return core != ""
    # (the pattern ends on a digit: a line ending on a letter is not searched through)
    return core[-1].isdigit() and _stop_then_citation(core)


_LIST_AND = vocab.all_of(vocab.LIST_CONJUNCTIONS)


def and_after_comma(text: str) -> bool:
    """The line ends on a conjunction after a comma (``... visualise these data, and``): an
    enumeration's item before the last, when the items' markers were read elsewhere."""
    words = text.lower().split()
    return len(words) > 1 and words[-1] in _LIST_AND and words[-2].endswith(",")


def is_list_start(text: str) -> bool:
    """A list marker then a space: ``• Review``, ``2. Using data``, ``(b) the rest``, ``iv. More``."""
    return _LIST_MARKER.match(text) is not None and _ABBREVIATED.match(text) is None


def is_bare_marker(text: str) -> bool:
    """A list marker alone on its line: ``•``, ``1.``, ``(a)``; ``(123)`` is the longest."""
    return len(text) <= 5 and _BARE_MARKER.match(text) is not None


# A display equation's number at its line's end, a space apart from it: ``(1)``, ``(12)``,
# ``(2.3)``, ``(A1)``, ``(A.1)``, ``(3a)``; not ``χ2(1)`` or ``O(1)``.
_EQUATION_NUMBER = re.compile(r"(?:^|\s+)\((?:[A-Z]\.?)?\d{1,2}(?:\.\d{1,2})?[a-z]?\)$")
# A relation with a space on each side: ``Yi = α + βDi``, ``E[Y] ≤ μ`` (a formula's, no
# heading's: clean and structure both ask).
RELATION = re.compile(r"\s[=≈≅≠≤≥<>]\s")
# What a formula has and prose seldom does: a relation or an operator of arithmetic.
_MATH = re.compile(r"[=≈≅≠≤≥∝<>Σ∑∏∫√∂∇±×·+−]")
# Prose in a formula's line: the function words of a language in lower case (``for all``,
# ``and the``) of three letters or more, which no formula's symbols are (``yit``, ``Ci``,
# ``daysafterpruning``; a shorter one may be a variable: ``si``, ``a``).
_PROSE = vocab.all_of(vocab.FUNCTION_WORDS)


def is_equation_number(text: str) -> bool:
    """A display equation's number alone on its line: ``(1)``, ``(2.3)``."""
    return len(text) <= 8 and _EQUATION_NUMBER.fullmatch(text) is not None


def is_equation(text: str, max_words: int) -> bool:
    """A line of a display formula: a relation or an operator outside brackets, and at most
    ``max_words`` function words of prose (``DD = Σ(meantemperature - 10°C) × daysafterpruning``,
    ``nxnjt + εnjt,``, ``log(Lit ) = β0 + β1 Pt + ui + εit (1)``); not ``with k = 3 clusters
    and``, not a table's count and share (``Women = 25 (12)``), not a statistic in brackets
    before a citation's number (``(OR = 2.31; 95%CI: 1.12–4.76) (14)``), not prose citing an
    equation (``... f ∈ L2(Ω), and by (4)``)."""
    core = text.rstrip()
    number = _EQUATION_NUMBER.search(core)
    if number is not None:
        core = core[: number.start()]
        last = core.rsplit(None, 1)[-1] if core.split() else ""
        if last.replace(".", "").replace(",", "").isdigit() or last.lower() in _CITING:
            return False  # ``25 (12)``: a count and its share; ``by (4)``: a reference to one
    if not core or core.endswith((":", ";")) or ";" in core or _MATH.search(_unbracketed(core)) is None:
        return False
    words = [w for w in (t.strip(",;.()[]") for t in core.split()) if len(w) > 2 and w in _PROSE]
    return len(words) <= max_words


# The words before a number that cites an equation: ``by (4)``, ``see (2)``, ``Eq. (3)``.
_CITING = frozenset({"by", "in", "from", "see", "and", "of", "to", "eq.", "eqs.", "equation", "equations"})
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _unbracketed(text: str) -> str:
    """The text without what stands in brackets (one level deep, twice)."""
    return _BRACKETED.sub(" ", _BRACKETED.sub(" ", text))


def ends_equation_number(text: str) -> bool:
    """The line ends on an equation's number: ``DD = Σ(...) × daysafterpruning (1)``."""
    return _EQUATION_NUMBER.search(text) is not None


def is_section_heading(text: str) -> bool:
    """Words only (``Appendix``, ``Author Contributions``, ``A.1 Details``): inside a
    reference list a heading-shaped line must look like this to end the list;
    ``TETTWU%5D2.0.CO;2`` (a DOI's tail on a line of its own) does not."""
    return _SECTION_HEADING.fullmatch(text.strip()) is not None


def starts_entry(text: str) -> bool:
    """The first line of a reference entry: ``Hsiang, S., & Kopp, R. E. (2018). An``,
    ``[3] Knuth, D.``, ``Argo data management Team. (2022). Argo user's manual``, the same
    author's next work (``______. Self-efficacy ...``).
    An author list going on after a line break (``S., Keitt, T. H., ... (2018).``) is not,
    nor the book a chapter is in (``In Fatih Akici, David Lippa, ... (Eds.), ...``)."""
    if _INITIAL.match(text) or _IN_EDITORS.match(text):
        return False
    return bool(
        _ENTRY_AUTHOR.match(text) or _ENTRY_NUMBERED.match(text) or _ENTRY_YEAR.match(text) or SAME_AUTHOR.match(text)
    )


# The same author as the entry before, a rule in the author's place (ABNT, Chicago):
# ``______. Self-efficacy: the exercise of control. New York: Freeman, 1997.``
SAME_AUTHOR = re.compile(r"^(?:_{3,}|[—–]{1,3}|-{3,})\s*[.,]\s*\S")


# An entry's opening beyond doubt: perhaps its number, then a name of up to four words and
# its initials (``Economo, M. N.,``, ``Ford Versypt, A. N.``, ``12. Alessi NP,``).
_NAME_INITIALS = re.compile(
    r"^(?:\[?\d{1,3}[.)\]]?\s+)?[A-ZÀ-Þ][\w'’-]+(?:[ -]\w[\w'’-]*){0,3},?\s+[A-ZÀ-Þ]{1,3}(?:\.|\b)[\s,.]"
)
# An organisation or a name of up to six words, then its stop: ``BRASIL. Ministério ...``.
_NAMED = re.compile(r"^[A-ZÀ-Þ][\w'’&-]*(?: [\w'’&()-]+){0,5}\. ")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d[a-z]?\b")
_LIST_NUMBER = re.compile(r"^\[?(\d{1,4})[.)\]]?\s")


def opens_with_initials(text: str) -> bool:
    """An entry's opening beyond doubt: a name and its initials (``Economo, M. N.,``,
    ``12. Alessi NP,``), stricter than :func:`starts_entry` (``Thus, Figure 3`` is none)."""
    return _NAME_INITIALS.match(text) is not None


def opens_with_name(text: str) -> bool:
    """A name or an organisation of a few words, then its stop: ``BRASIL. Ministério ...``,
    ``World Health Organization. Global report ...``."""
    return _NAMED.match(text) is not None


def has_year(text: str) -> bool:
    """A year stands in the line: ``(2018b)``, ``1997;13``."""
    return _YEAR.search(text) is not None


def entry_sort_key(entry: str) -> tuple[int, str]:
    """What a reference list is sorted by: its number (``12.``, as a number), or the first
    author's name, without accents (``Álvarez, A. ...`` -> ``alvarez``)."""
    number = _LIST_NUMBER.match(entry)
    if number:
        return 0, f"{int(number.group(1)):09d}"
    return 1, vocab.without_accents(entry.split(",", 1)[0]).casefold()


def ends_entry(text: str) -> bool:
    """A reference entry may end here: a full stop, a DOI or URL, a page range or an ISBN,
    or the publisher's links after it (MDPI's ``... e1700782. [CrossRef] [PubMed]``).
    Not after a comma, a semicolon (``... Webb, T.L.; Slark, A.T.;`` / ``Ryan, A.J.; ...``:
    the author list goes on), an ampersand, a hyphen, a colon or an open bracket."""
    if text.endswith((",", ";", "&", "-", "‐", "–", ":", "(")):
        return False
    if " " not in text and ("." in text or "/" in text):
        return True  # the tail of a URL or DOI on a line of its own: ``1365-2966.2008.13422.x``
    return ends_sentence(text) or text[-1:].isdigit() or ends_in_url(text) or _ENTRY_LINKS.search(text) is not None


# The links a publisher sets after an entry: ``[CrossRef]``, ``[PubMed]``, ``[Google Scholar]``.
_ENTRY_LINKS = re.compile(r"\[(?:CrossRef|PubMed|Google Scholar|PMC free article|Green Version)\]$", re.I)


def ends_in_url(text: str) -> bool:
    """The line's last word is a URL or a path: ``... https://doi.org/10.3386/w22181``."""
    words = text.split()
    return bool(words) and _URL_OR_PATH.search(words[-1]) is not None


_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)*")
_ROMANS = vocab.ROMAN_NUMERALS


def next_numbers(num: str) -> frozenset[str]:
    """After section ``2.1``: ``2.2``, ``2.1.1``, ``3`` (and ``2.1`` after ``2``); after
    ``IV``: ``V`` and its first subsection ``A``."""
    num = num.rstrip(".")
    if _SECTION_NUMBER.fullmatch(num):
        parts = [int(p) for p in num.split(".")]
        out = {".".join(map(str, parts + [1]))}
        for k in range(len(parts)):
            out.add(".".join(map(str, parts[:k] + [parts[k] + 1])))
        return frozenset(out)
    if num in _ROMANS[:-1]:
        return frozenset({_ROMANS[_ROMANS.index(num) + 1], "A"})
    return frozenset()


def opens_glued_note(text: str) -> bool:
    """The line opens with a note's number glued to a capitalised word (``1A Conferência
    Nacional ...``, ``2Neste texto ...``): a page's note, never the rest of a word broken
    at the line before (``Consti-`` / ``1A Conferência`` / ... / ``tuição de 1988``)."""
    return bool(_GLUED_NOTE.match(text))


_LEADING_MARKER = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})\)\s*")


def closes_unopened(text: str) -> bool:
    """The text closes a bracket it did not open, a list's marker aside (``1) Penguin
    ...``): it goes on the line before (``(Charlie, 7 anos;`` / ``Lola, 4 anos)``), no
    heading's."""
    rest = _LEADING_MARKER.sub("", text, count=1)
    return rest.count(")") > rest.count("(")
