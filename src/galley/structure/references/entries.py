"""A reference list's units re-split into entries at their lines.

Extractors hand the list over as runs of lines that rarely match the entries: two entries
joined (``... https://cdh.carpentries.org Gonzalez, I., Huang, D., ...``), one entry cut at
a page break (``Zenodo. https://doi.org/10.5281/zenodo.14360351`` alone). So the units
are taken apart into their lines, and an ``EntryStart`` says at which line a new entry
begins:
- ``NumberedStart`` (``[12] ...``, ``12. ...``): at the next expected number;
- ``AuthorYearStart`` (APA, Chicago, ABNT, botany's ``Name. Year.``): where a line opens
  with a name (``Carleton, T.``, ``R Core Team.``), a body with its year (``IBGE. 2012.``)
  or an act by its number (``Lei nº 13.409, de ...``) after a line that finished an entry,
  and only once the entry so far has its year (a wrapped author list also opens lines
  with names).
A line the cleaner glued to the one before (a mended URL) starts no entry, unless it opens
with the next number of a numbered list.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Protocol

from galley import vocab
from galley.clean.shapes import SAME_AUTHOR
from galley.model import Unit
from galley.params import StructureParams

# ``[12] ...``, ``12. ...``, ``(12) ...``, and a bare number (Vancouver lists whose numbers
# are superscripts or set apart) before a capital (``1 American Diabetes Association.``),
# a surname's particle (``9 de Miranda, A. S.;``) or a URL (``12 https://www.sigma...``).
# Not an edition's number (``3. Rouquayrol MZ, ... saúde.`` / ``4. ed. Rio de Janeiro``).
_EDITION = vocab.alternation(vocab.all_of(vocab.EDITIONS))
_NUMBERED = re.compile(
    rf"^(?:\[(\d{{1,3}})\]|(\d{{1,3}})\.(?=\s+\S)(?!\s+(?i:{_EDITION})\.?(?:\s|$))|\((\d{{1,3}})\)"
    rf"|(\d{{1,3}})(?=\s+(?:[A-ZÀ-Þ]|{vocab.NAME_PARTICLE}\s|https?://|www\.)))\s*"
)
# A year (``2016``, ``2016a``) or ``n.d.`` standing as a word, or none given in brackets
# (``(no prelo)``, ``(in press)``, ``[s.d.]``: not "in pressure", nor initials ``S.D.``): the
# entry so far has its year.
_HAS_YEAR = re.compile(
    rf"\b(?:(?:1[89]|20)\d\d[a-z]?\b|n\.d\.)|[(\[](?i:{vocab.alternation(vocab.all_of(vocab.UNDATED))})[)\]]"
)
_YEAR_WIDTH = 12  # longer than anything _HAS_YEAR matches ("2016a", "sous presse")
# The capitals of every Latin alphabet, ``Ž``, ``Ł`` and ``Ş`` beside ``A-Z`` and ``À-Þ``
# (``ŽD’ÁRSKÁ, M., ZATLOUKALOVÁ, P.`` is a name).
_CAPITALS = "".join(c for c in map(chr, range(0x250)) if c.isupper())
_CAPITAL = f"[{_CAPITALS}]"
# "Carleton, T. A." / "Hsiang, Solomon" / "van der Burg, S." / "R Core Team. (2022)" / "The
# Carpentries. (2023)" / "Ghizoni-Jr., I.R." (a surname's "Jr." keeps its stop)
_NAME_START = re.compile(
    rf"^(?:(?i:{vocab.NAME_PARTICLE})\s+)*"
    rf"{_CAPITAL}[\w'’\-]*(?:[ -]{_CAPITAL}[\w'’\-]*){{0,2}}(?:(?<=Jr|JR)\.)?[*†‡]?,"
    rf"(?:\s+(?:{_CAPITAL}\.|{_CAPITAL}[a-zà-ÿ]+)|$)"
)
# A title's first word in capitals, as ABNT opens an entry without an author: "A SAÚDE do
# trabalhador rural no Brasil.", "DIRETRIZES curriculares nacionais ...", "PROFESSOR Edson
# Kayapó e ...", "FLICHINHA: Infâncias ...": a word of four capitals or more (not an
# acronym, "SUS"), perhaps after an article, then a word not in capitals, nor the "and" of
# a list of names ("DEBERGH and R.H. ZIMMERMAN, eds.").
_AND = vocab.alternation(vocab.ANY_AUTHOR_AND)
_TITLE_FIRST = re.compile(rf"^(?:{_CAPITAL}{{1,3}}\s+)?{_CAPITAL}{{4,}}:?\s+(?!{_CAPITAL}+\b|(?:{_AND})\s)\w")
# An author or a body in capitals, then a stop or a comma, as ABNT and other styles set
# them: "DIÓGENES LAERCIO. Vidas y opiniones", "BRASIL. Lei n.º 6001", "COMISSÃO NACIONAL
# DA VERDADE. Texto 5", a title or a name after it ("SEANOE. https://doi.org/..." is the
# publisher of the entry before).
_CAPITALS_START = re.compile(
    rf"^{_CAPITAL}{{2}}[{_CAPITALS}'’-]*(?:\s+{_CAPITAL}[{_CAPITALS}'’-]*){{0,5}}"  # the author, in capitals
    r"(?:\s+\([A-ZÀ-Þ][A-Za-zÀ-ÿ]+\))?"  # a body's kind or state: "SÃO PAULO (Estado).", "(MG)."
    r"[.,]\s+[A-ZÀ-ÖØ-Þ][a-zà-ÿ]"  # a stop or a comma, then a title or a first name
)
# Initials before the surname, as physics and chemistry journals set them: "W.R.S. Silva,
# D.P. Souza e S. Rodrigues-Moura, Rev. ...", "A.M.P. Carvalho e L.H. Sasseron, ...".
_INITIALS_START = re.compile(r"^(?:[A-ZÀ-Þ]\.[ -]?){1,4}\s*[A-ZÀ-Þ][\w'’-]+(?:,|\s+(?:e|and|y|et|&)\s)")
# A Vancouver entry's first author: a surname and the initials without stops (``Silva AB,``,
# ``Alessi NP.``, ``dos Santos RB,``).
_VANCOUVER_NAME = re.compile(
    rf"^(?:(?i:{vocab.NAME_PARTICLE})\s+)*{_CAPITAL}[\w'’-]+(?:\s+{_CAPITAL}[\w'’-]+)*\s+[A-Z]{{1,3}}[,.]"
)
# A line that ends on an initial without its stop: ``Foot, P``.
_CUT_INITIAL = re.compile(r"\s[A-ZÀ-Þ]$")
# A line that ends on an initial ends inside a list of names: "... (G." / "A. Devenyi, G.
# Capes, ... Eds.)" goes on, whatever the next line opens with.
_ENDS_ON_INITIAL = re.compile(r"(?:^|[\s(])[A-ZÀ-Þ]\.$")
# A chapter's book: "In Fatih Akici, David Lippa, & M. Pacer (Eds.), Proceedings of ..."
# goes on the entry above (jose.00184: it was an entry of its own after a page break).
_IN_EDITORS = re.compile(r"^In:?\s+[A-ZÀ-Þ]")
# The book's editors, then a comma and its title (``Borges, S. P. H. Camargo, & J. W. Valle
# (Orgs.), Plano Educacional ...``): a chapter's entry going on, after its ``In A. A. P.``.
# (An edited book's own entry has a stop after them: ``Pérez, J. (Ed.). (2010).``)
_EDITORS_THEN_TITLE = re.compile(r"\((?:Eds?|Orgs?|Coords?|Hrsg|Dirs?|Comps?)\.\),", re.I)
# "World Meteorological Organisation. (n.d.)", "[Embrapa] Empresa Brasileira de Pesquisa
# Agropecuária. (2018)": a body, a stop, the year in parentheses.
# A year or ``n.d.`` in brackets: ``(2016)``, ``(2016a)``, ``(n.d.)``.
_BRACKETED_YEAR = r"\((?:(?:1[89]|20)\d\d[a-z]?|n\.d\.)\)"
_ORG_START = re.compile(rf"^(?:\[\w+\]\s+)?\w[\w&'’.,:\- ]{{1,120}}?\.\s+{_BRACKETED_YEAR}")
# The year as a sentence of its own after a body, as botany and ecology journals set it:
# "IBGE. 2012. Fundação ...", "SFB - Serviço Florestal Brasileiro. 2017a. Manual ...",
# "Instituto Brasileiro de Geografia e Estatística (IBGE). 2012. Manual ...": the body's
# words capitalised but for particles of up to four letters ("Comisión Nacional para el
# ...", not "Originally published as ... 1975."), an acronym or a name in brackets ("INMET
# (Instituto Nacional de Meteorologia)", "(SMA-SP)"), a number ("Flora do Brasil 2020"), an
# elision ("Ministère de l'Écologie"); a title after the year (not "Editora UFMG. 2015. 230p.").
_BODY_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*|\([^()]{1,80}\)|[a-zà-ÿ]{1,4}|[a-zà-ÿ]['’][A-ZÀ-ÖØ-Þ][\w'’\-]*|\d+|[-–&])"
_PUBLISHER = vocab.all_of(vocab.PUBLISHERS)
_ORG_YEAR_START = re.compile(rf"^{_BODY_WORD}(?:\s+{_BODY_WORD}){{0,15}}\.\s+(?:1[89]|20)\d\d[a-z]?\.\s+[A-ZÀ-ÖØ-Þ]")
# An act cited by its number, as Portuguese and Spanish lists set laws and decrees: "Lei nº
# 13.409, de 28 de dezembro de 2016.", "Decreto nº 6.949, de 25 agosto de 2009.", "Nota
# Técnica nº 4, de ...", "Resolução CNE/CEB nº 2, ...", "Decreto-Lei nº 5.452, ...", "Ley N°
# 26.206, ...": up to three capitalised words, a number sign (nº, n°, n.º, no, n.), the number.
_ACT_START = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w/-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w/-]+){0,2}\s+(?:[nN]\.?\s?[º°o]|n\.)\s*\d[\d.]*,")
# An entry ends on a stop, a closing bracket, or a URL or DOI.
_ENTRY_END = re.compile(r"(?:[.?!)\]]|https?://\S+|\b10\.\d{4,}/\S+)$")
_PAGES_END = re.compile(r"\d[-–]\d+\.$")  # an entry's last pages: ``371-384.``
_PAREN_YEAR = re.compile(_BRACKETED_YEAR)
_SURNAME = re.compile(rf"^(?:{vocab.NAME_PARTICLE}\s+)*([A-ZÀ-ÖØ-Þ][\w'’\-]+)", re.I)
_KEY_YEAR = re.compile(r"\b((?:1[89]|20)\d\d)[a-z]?\b")  # group 1: the year; group 0 with its letter


def _opens_with_organisation(text: str) -> bool:
    """``World Meteorological Organisation. (n.d.).``: a name, a stop, the year in
    parentheses (so a text without "(" is none, the cheaper question)."""
    return "(" in text and _ORG_START.match(text) is not None


# A line that may be the first of a body's name wrapped before its year: words, no figure,
# no stop or colon at its end ("Instituto Nacional de Estudos e Pesquisas Educacionais"); or
# the whole name with its stop ("D2L Brightspace Community."), when the next line opens with
# the year.
_NAME_PART = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\d]*[^\d.:;,]$")
_WHOLE_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][^:;,]*\.$")  # "U.S. Department of Education."
# A person's initials after a comma: "Press Smith, J. (2020)" is two entries, not a body.
_INITIALS = re.compile(r",\s+[A-ZÀ-Þ]\.")


def _body_wraps(line: Line) -> bool:
    """A body's name wrapped before its year: "Instituto Nacional de Estudos e Pesquisas
    Educacionais" / "Anísio Teixeira. (2001). Sinopse ...", "D2L Brightspace Community." /
    "(2024). About grades.". Not "ISBN: 9781681737256" / "Risk, K. (2021).": an entry's
    last line, then the next entry."""
    if not line.ahead:
        return False
    if _WHOLE_NAME.match(line.text):
        return _PAREN_YEAR.match(line.ahead, len(line.text) + 1) is not None
    if _NAME_PART.match(line.text) is None:
        return False
    # "National Academies of Sciences, Engineering, and" / "Medicine. (2018).": a body; not
    # "Cambridge University Press" (an entry's end) / "Smith, J. (2020).", a person.
    m = _ORG_START.match(line.ahead)
    return m is not None and _INITIALS.search(m.group(0)) is None


def _act_of_entry(text: str, entry: str) -> bool:
    """Is the act ``text`` opens with the title of ``entry``, whose author-year slot gives
    the act's year (``Brasil. 2014. Ministério ... Extinção.`` / ``Portaria MMA nº 443, de
    17 de dezembro de 2014.``)? An ABNT list's acts of one year are entries each
    (``BRASIL. Lei nº 11.645, de 10 de março de 2008.``: no year slot after its author)."""
    m, first = _KEY_YEAR.search(text), _KEY_YEAR.search(entry)
    if m is None or first is None or m.group(0) != first.group(0):
        return False
    # The entry's first year stands in the author's slot: "Brasil. 2014.", "... (1996)."
    # (not "Lei nº 11.645, de 10 de março de 2008.": an act's date).
    before, after = entry[max(0, first.start() - 2) : first.start()], entry[first.end() : first.end() + 1]
    return (before.endswith("(") and after == ")") or (before == ". " and after == ".")


def _publisher(text: str) -> bool:
    """The line before its year names a publisher: "Editora Universitária. 1984."."""
    head = text.split(". ", 1)[0].casefold().split()
    return any(w in _PUBLISHER for w in head)


def looks_like_entry(text: str, p: StructureParams) -> bool:
    """``Darling, A. E., DeMaere, M. Z., ... (2019). Data for ...``: opens with a name or an
    organisation and gives a year in parentheses early on (``entry_year_reach``)."""
    t = text.strip()
    if not (_NAME_START.match(t) or _opens_with_organisation(t)):
        return False
    return bool(_PAREN_YEAR.search(t[: p.entry_year_reach]))


# The words an author list may hold in lower case: "and", "y", "et al.", "van", "de".
_AUTHOR_LOWER = vocab.ANY_AUTHOR_AND | vocab.NAME_PARTICLES | {"et", "al.", "al.,"}
_INITIAL = re.compile(r"(?:^|[\s,.(])[A-ZÀ-ÖØ-Þ]\.")


def authors_then_year(text: str) -> bool:
    """The text opens with a list of authors, an initial among them, then its year in
    brackets: ``White, Jeremy T., Fienen, M. N., & Doherty, J. E. (2016a). A ...``; not a
    sentence that cites a work (``However, Burke (2015) argues ...``, ``Moreover, Table A1
    uses ... Burke et al. (2015)``)."""
    m = _PAREN_YEAR.search(text)
    if m is None:
        return False
    authors = text[: m.start()]
    if _INITIAL.search(authors) is None:
        return False
    return all(not w[:1].islower() or w in _AUTHOR_LOWER for w in authors.split())


def opens_with_name(text: str) -> bool:
    """``LIMA, Amanda Machado ...``, ``Darling, A. E., ...``: an author's name, then a comma."""
    return _NAME_START.match(text.strip()) is not None


def entry_key(text: str) -> tuple[str, str]:
    """(first author's surname, year) of an entry: ``Carleton, T. A., & Hsiang, S. M.
    (2016). Social and economic...`` -> (``carleton``, ``2016``)."""
    m = _SURNAME.match(text)
    y = _KEY_YEAR.search(text)
    return (m.group(1).lower() if m else "", y.group(1) if y else "")


@dataclass
class Entry:
    text: str
    first_line: int
    last_line: int
    number: str = ""
    year: bool = False  # _HAS_YEAR found in ``text``
    seen: int = 0  # how much of ``text`` that answer covers
    tail: str = ""  # the last line added (the first, until another is)

    def __post_init__(self) -> None:
        self.tail = self.tail or self.text

    def has_year(self) -> bool:
        """Does the entry so far give its year? Only what was added since the last question
        is searched (with a year's width before it, where a year glued across the join
        may start): a long entry is not rescanned at each of its lines."""
        if not self.year and self.seen < len(self.text):
            self.year = _HAS_YEAR.search(self.text, max(0, self.seen - _YEAR_WIDTH)) is not None
            self.seen = len(self.text)
        return self.year

    def add(self, text: str, line: int, glued: bool) -> None:
        """The next line of the entry (glued: the cleaner mended a word or URL there)."""
        self.text += ("" if glued else " ") + text
        self.tail = text
        self.last_line = line
        if glued:
            self.year, self.seen = False, 0  # "...2016" + "abc" holds no year


@dataclass
class Line:
    """One source line of the list: its share of its unit's text."""

    text: str
    number: int
    unit_start: bool  # the unit's first line: the cleaner saw a break here
    glued: bool  # joined to the line before without a space
    ahead: str = ""  # this line and the next, as the entry would join them


class EntryStart(Protocol):
    """Where a list style starts its entries."""

    def first(self, line: Line) -> str:
        """The number of the entry the list's first line opens ("" when unnumbered)."""
        ...

    def __call__(self, line: Line, last: Entry) -> str | None:
        """The entry number ("" when unnumbered) if ``line`` starts a new entry after
        ``last``, else None."""
        ...


class NumberedStart:
    """``[12] T. Carleton ...``, ``12. T. Carleton``: a new entry at the next number, or at
    a number not seen yet where the cleaner saw a break: pdfminer may read a page's entries
    out of order (``15 Donazar-Ezcurra M ...`` / ``20 Malta D ...`` ... ``44 Wah YYE ...`` /
    ``16 Centers for Disease Control ...``), and each is an entry still."""

    def __init__(self) -> None:
        self.expect = 0
        self.seen: set[int] = set()

    def first(self, line: Line) -> str:
        m = _NUMBERED.match(line.text)
        if not m:
            return ""
        self.expect = int(next(g for g in m.groups() if g))
        self.seen.add(self.expect)
        return str(self.expect)

    def __call__(self, line: Line, last: Entry) -> str | None:
        m = _NUMBERED.match(line.text)
        if m is None:
            return None
        number = int(next(g for g in m.groups() if g))
        if number != self.expect + 1:
            # Out of order: only after a finished entry, where the cleaner saw a break or
            # an author's name follows the number (pdftotext's two columns: ``23 Yadav ...``
            # / ``26 Bertero, N. M.; ...`` / ``27 Bassan, I. A. L.; ...``); not ``1936;138(3479):``
            # / ``32. DOI:10.1038/138032a0``, a page number going on.
            rest = line.text[m.end() :]
            named = _NAME_START.match(rest) is not None or _VANCOUVER_NAME.match(rest) is not None
            if not (line.unit_start or named) or number in self.seen or not _ENTRY_END.search(_last_word(last.text)):
                return None
        self.expect = number
        self.seen.add(number)
        return str(number)


class AuthorYearStart:
    """``Carleton, T. A., & Hsiang, S. M. (2016). ...``: a new entry where a line opens with
    a name or an organisation, once the entry so far has its year and finished (or the
    cleaner saw a break there). In a list that sets its surnames in capitals
    (``capitals``: ``SOUZA, C. M.; ISER, B. M.``) only such a name opens one, or a title's
    first word in capitals (``_TITLE_FIRST``)."""

    def __init__(self, capitals: bool = False) -> None:
        self.capitals = capitals

    def first(self, line: Line) -> str:
        return ""

    def __call__(self, line: Line, last: Entry) -> str | None:
        if _IN_EDITORS.match(line.text) or _editors_first(line.text):
            return None  # "In Fatih Akici, David Lippa, ... (Eds.), Proceedings of": the book
        if " " not in line.text and " " not in last.tail and not _ENTRY_END.search(last.tail):
            # A word a line after a word a line: a justified line that pdftotext set so
            # ("Journal" / "of" / "Business" / "Ethics," / "170,"). A lone name after a full
            # line, or after a URL or DOI, does open an entry ("Gefen," / "A., Saint-
            # Raymond, L., ...").
            return None
        # (an initial whose stop opens the next line, pdftotext's raw mode: ``Foot, P`` /
        # ``. (1967). The problem ...``, is read with it)
        named = _NAME_START.match(line.ahead if _CUT_INITIAL.search(line.text) else line.text) is not None
        if self.capitals:  # (where the extractor broke, a name in mixed case opens one still)
            named = named and (line.unit_start or _surname_in_capitals(line.text))
            named = named or _TITLE_FIRST.match(line.text) is not None
        if not (
            named
            or _CAPITALS_START.match(line.text)
            or _INITIALS_START.match(line.text)
            or _opens_with_organisation(line.text)
            or _body_wraps(line)
            or SAME_AUTHOR.match(line.text)
        ):
            body = _ORG_YEAR_START.match(line.text) is not None and not _publisher(line.text)
            act = _ACT_START.match(line.text) is not None and not _act_of_entry(line.text, last.text)
            if not (body or act):
                return None
        end = _last_word(last.text)
        if last.has_year() and (line.unit_start or (_ENTRY_END.search(end) and not _ENDS_ON_INITIAL.search(end))):
            return ""
        # An entry that prints no year (``Ogata, R. & Gomes, E.P.C. Estrutura e composição
        # ... Hoehnea 33(3): 371-384.``) ends on its pages where a box of its own opens with
        # a name and a year (pdfminer: ``Swaine, M.D. & Whitmore, T.C. 1988. On the ...``);
        # an entry whose authors wrapped (``... K. Sellens e C.T.`` / ``Culbertson, Anal.
        # Chem. 88, 320 (2015).``) or whose title did (``... em larga escala.`` /
        # ``Avaliação Psicológica, Campinas, v. 3, ..., 2004.``) is still being read.
        if named and line.unit_start and _PAGES_END.search(end) and _KEY_YEAR.search(line.text):
            return ""
        return None


def _surname_in_capitals(text: str) -> bool:
    """``SOUZA, C. M.``, ``de SOUZA, A.``, ``DiMAGGIO, P. J.``: the last word before the
    first comma is in capitals, or holds three of them in a row (not ``Cadernos Saúde
    Coletiva, Rio de Janeiro``)."""
    words = text.split(",", 1)[0].split()
    return bool(words) and (words[-1].isupper() or _CAPITALS_RUN.search(words[-1]) is not None)


_CAPITALS_RUN = re.compile(f"{_CAPITAL}{{3}}")


def _capitals_list(lines: list[Line], p: StructureParams) -> bool:
    """Does the list set its authors' surnames in capitals (``capitals_list_share`` of the
    lines that open with a name, at least ``capitals_list_min``)?"""
    capitals = mixed = 0
    for line in lines:
        if _CAPITALS_START.match(line.text):
            capitals += 1
        elif _NAME_START.match(line.text):
            if _surname_in_capitals(line.text):
                capitals += 1
            else:
                mixed += 1
    return capitals >= p.capitals_list_min and capitals >= p.capitals_list_share * (capitals + mixed)


def _editors_first(text: str) -> bool:
    """The line names a book's editors before any year (``_EDITORS_THEN_TITLE``): not
    ``McKinney. (2010). Data Structures ... In Walt & Millman (Eds.), Proceedings ...``,
    an entry of its own that cites its book's editors later on its line."""
    m = _EDITORS_THEN_TITLE.search(text)
    if m is None or _YEAR_NEXT.match(text, m.end()):
        return False  # (Elsevier's Harvard: ``Dunning, J.H., Lundan, S.M. (Eds.), 2008.``)
    year = _HAS_YEAR.search(text)
    return year is None or year.start() > m.start()


_YEAR_NEXT = re.compile(r"\s*\(?(?:1[89]|20)\d\d")


def closes_entry(text: str) -> bool:
    """The text ends as an entry does: on a stop, a closing bracket, a URL or a DOI (the
    test the list's splitter asks, ``_ENTRY_END``; stricter than the cleaner's
    ``shapes.ends_entry``, which a page range or a bare figure also ends)."""
    return _ENTRY_END.search(_last_word(text)) is not None


def _last_word(text: str) -> str:
    """What ``_ENTRY_END`` needs to see: it matches no space, so only the last word (an
    entry grows a line at a time and is asked at each)."""
    text = text.rstrip()
    return text[text.rfind(" ") + 1 :]


def split_entries(units: list[Unit], p: StructureParams) -> list[Entry]:
    """The reference list's units -> entries (see the module docstring)."""
    lines = _lines(units)
    if not lines:
        return []
    starts: EntryStart = NumberedStart() if _numbered(lines, units, p) else AuthorYearStart(_capitals_list(lines, p))
    number = starts.first(lines[0])
    # The number stays in the text as the author printed it ("[12]", "12.", "12"): it is the
    # word a reader looks the entry up by, and every format shows it so.
    entries = [Entry(lines[0].text, lines[0].number, lines[0].number, number)]
    for line in lines[1:]:
        # A glued line (a mended URL) starts no entry, but for the next number of a numbered
        # list: "... 2017-0364." / "11 Silva AB" is no URL going on, whatever the cleaner saw.
        number_or_none = None if line.glued and isinstance(starts, AuthorYearStart) else starts(line, entries[-1])
        if number_or_none is None:
            entries[-1].add(line.text, line.number, line.glued)
        else:
            entries.append(Entry(line.text, line.number, line.number, number_or_none))
    return entries


def numbered(units: list[Unit], p: StructureParams) -> bool:
    """The list's entries are numbered (Vancouver: ``1. Silva AB, ...``, ``[12] ...``)."""
    return _numbered(_lines(units), units, p)


def _numbered(lines: list[Line], units: list[Unit], p: StructureParams) -> bool:
    """The list opens with a number and about half its units (``numbered_share``) do. Its
    first unit may be a piece of an entry pdfminer read before the list (rsp-48-0225:
    ``REFERÊNCIAS`` / ``2006;15(3):90-8.`` / ``1. Alessi NP, ...``): then its second opens
    with number 1 (an author-year list's stray piece, ``12 Suppl 1:S3-9.``, is no start)."""
    opening = [_NUMBERED.match(ln.text) for ln in lines if ln.unit_start][:2]
    second = opening[1] if len(opening) > 1 else None
    if not opening[0] and not (second and next(g for g in second.groups() if g) == "1"):
        return False
    count = sum(1 for line in lines if _NUMBERED.match(line.text))
    return count >= max(1, int(len(units) * p.numbered_share))


def _lines(units: list[Unit]) -> list[Line]:
    out = []
    for u in units:
        for k, start in enumerate(u.offsets):
            end = u.offsets[k + 1] if k + 1 < len(u.offsets) else len(u.text)
            piece = u.text[start:end].strip()
            if piece:
                out.append(Line(piece, u.line_number(k), k == 0, k > 0 and u.glued(k)))
    for line, after in itertools.pairwise(out):
        line.ahead = line.text + ("" if after.glued else " ") + after.text
    return out
