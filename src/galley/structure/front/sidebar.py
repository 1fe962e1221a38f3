"""Front-line rules: the journal's sidebar (DOI, dates, labels, licence).

Words the paper's author did not write: metadata, never body text. JOSS/JOSE print them
beside the title (``DOI: 10.21105/jose.00090``, ``Software``, ``• Review``, ``Submitted: 03
April 2020``, ``License``, ``Authors of papers retain copyright ...``); pdfminer reads them
before the title, pdftotext after it.
"""

from __future__ import annotations

import re

from galley import vocab
from galley.params import StructureParams
from galley.structure.front.dates import iso_date
from galley.structure.front.lines import FrontLine, Reading
from galley.structure.front.names import NAME_SPLIT

# ``DOI: 10.21105/...``, ``doi https://doi.org/...``, or the resolver's address alone.
_DOI_LINE = re.compile(
    r"^(?:(?:DOI|doi)\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?|(https?://(?:dx\.)?doi\.org/))(10\.\S+)$"
)
_DATE_LINE = re.compile(rf"^({vocab.alternation(vocab.all_of(vocab.DATES))})\s*:?\s+(.{{4,40}})$", re.I)
_YEAR = re.compile(r"\d{4}")
# Which date a label gives: "Recebido em", "Aceptado", "Ricevuto".
_RECEIVED = vocab.all_of(vocab.RECEIVED)
_ACCEPTED = vocab.all_of(vocab.ACCEPTED)
_PUBLISHED = vocab.all_of(vocab.PUBLISHED)
# Dates given on one line are parted so: ``Ricevuto: 14/02/2022 · Accettato: 09/06/2022``.
_DATE_PARTS = re.compile(r"\s*[;·|•]\s*|\s+/\s+")
_SIDEBAR_LABEL = re.compile(
    r"^(?:[•●▪*-]\s*)?(Software|Review|Repository|Archive|Paper|(?:Academic )?Editor|Reviewers?|License|Licence"
    r"|Open Access|Copyright)\b(?::.*)?$",
    re.I,
)
_HANDLE = re.compile(r"^(?:[•●▪*-]\s*)?@[\w-]+(?:\s*,?\s*@[\w-]+)*,?$")
_LICENCE_TEXT = re.compile(
    r"retain copyright|release the work|creative commons|cc[ -]by|attribution \d"
    r"|international licen(?:se|ce)|licensed under|open access article|all rights reserved"
    r"|^\s*(?:©|\(c\)\s*(?:19|20)\d\d|copyright\s+(?:©|\(c\)|(?:19|20)\d\d))",
    re.I,
)
# A Creative Commons licence by its short name: ``CC BY 4.0``, ``CC BY-NC-ND 3.0``, ``CC0``.
CC = re.compile(r"\b(CC[ -]BY(?:[ -](?:SA|NC|ND))*(?:[ -]\d\.\d)?|CC0(?: 1\.0)?)\b")

Claim = tuple[str, int]  # the label, and how many lines it takes


def doi_line(lines: list[FrontLine], i: int, r: Reading) -> Claim | None:
    """``DOI: 10.21105/jose.00090`` (also ``doi https://doi.org/...``, or the address
    alone: ``http://doi.org/10.11606/1807-0205/2022.62.026``) -> ``meta.doi``. A labelled
    DOI wins over an address alone (a preprint's), and an address after a line ending on a
    colon is another document's."""
    m = _DOI_LINE.match(lines[i].text)
    if not m:
        return None
    doi = m.group(2).rstrip(".")
    if m.group(1) is None:  # labelled: the paper's own, over an address alone read before
        if not r.meta.doi or r.doi_bare:
            r.meta.doi, r.doi_bare = doi, False
    elif not r.meta.doi and not (i > 0 and lines[i - 1].text.rstrip().endswith(":")):
        # (an address after ``Preprint available at:`` or ``Versão em inglês disponível
        # em:`` is another document's)
        r.meta.doi, r.doi_bare = doi, True
    return "doi", 1


def date_line(lines: list[FrontLine], i: int, r: Reading) -> Claim | None:
    """``Submitted: 03 April 2020``, ``Published: 23 May 2024``, ``Accepted: ...`` -> the
    received, published and accepted dates (ISO when recognised); the paper's date is the
    published one, else the first given. A line may give several, parted by semicolons
    middle dots or slashes (``Recebido em 12 de março de 2021; aceito em 5 de agosto de
    2022``, ``Ricevuto: 14/02/2022 · Accettato: 09/06/2022``, Springer's ``Received: 12
    March 2021 / Accepted: 20 July 2021``)."""
    found = [_dated(part) for part in _DATE_PARTS.split(lines[i].text.strip()) if part]
    if not all(found):
        return None
    for m in found:
        assert m is not None  # (all matched)
        _date(r, m)
    return "date", 1


def date_in(text: str, r: Reading) -> bool:
    """``Received 3 November 2021`` (one date, its label first) -> into ``r.meta``; False for
    a text that is no such date."""
    m = _dated(text)
    if m is None:
        return False
    _date(r, m)
    return True


def _dated(text: str) -> re.Match[str] | None:
    """A date's label and its date with a year in it, or None."""
    m = _DATE_LINE.match(text.strip())
    return m if m is not None and _YEAR.search(m.group(2)) else None


def _date(r: Reading, m: re.Match[str]) -> None:
    meta, kind, date = r.meta, m.group(1).lower(), iso_date(m.group(2))
    if kind in _PUBLISHED or not meta.date:
        meta.date = date or meta.date
    if kind in _RECEIVED:
        meta.received = date
    elif kind in _ACCEPTED:
        meta.accepted = date
    elif kind in _PUBLISHED:
        meta.published = date


# The labels that open the licence text under them.
LICENCE_LABELS = ("license", "licence", "copyright")


def label_line(lines: list[FrontLine], i: int, r: Reading) -> Claim | None:
    """``Software``, ``• Review``, ``Editor: Jane Doe``, ``License``: a sidebar label (at
    most ``sidebar_label_max_words`` words). ``License`` and ``Copyright`` open the
    licence text on the lines below."""
    text = lines[i].text
    if not _SIDEBAR_LABEL.match(text) or len(text.split()) > r.p.sidebar_label_max_words:
        return None
    if text.lower().startswith(LICENCE_LABELS):
        r.licence_open = True
    return "sidebar", 1


def is_label(text: str, p: StructureParams) -> bool:
    """A sidebar's label line: ``Editor: Jane Doe``, ``Academic Editor: Giuseppe Ioppolo``."""
    return _SIDEBAR_LABEL.match(text) is not None and len(text.split()) <= p.sidebar_label_max_words


def handle_line(lines: list[FrontLine], i: int, r: Reading) -> Claim | None:
    """``@jdoe, @asmith``: the reviewers' handles under ``Reviewers``."""
    return ("sidebar", 1) if _HANDLE.match(lines[i].text) else None


def licence_line(lines: list[FrontLine], i: int, r: Reading) -> Claim | None:
    """``Authors of papers retain copyright`` / ``and release the work under a`` / ``Creative
    Commons Attribution 4.0`` / ``International License (CC BY 4.0).``: the licence text,
    and ``CC BY 4.0`` -> ``meta.licence``. A short line (``licence_line_max_words``) that is
    no list of names goes on the licence text opened above."""
    text = lines[i].text
    goes_on = r.licence_open and len(text.split()) <= r.p.licence_line_max_words and not NAME_SPLIT.search(text)
    if not (_LICENCE_TEXT.search(text) or goes_on):
        return None
    if CC.search(text):
        r.meta.licence = r.meta.licence or licence_name(text)
        r.licence_open = False
    elif text.endswith(")."):
        r.licence_open = False
    return "licence", 1


def licence_name(text: str) -> str:
    """The Creative Commons licence a text names (``CC BY 4.0``), or ""."""
    cc = CC.search(text)
    return cc.group(1).replace("-", " ") if cc else ""


def is_licence_text(text: str) -> bool:
    """``... licensed under a Creative Commons ...``: words of a licence."""
    return _LICENCE_TEXT.search(text) is not None
