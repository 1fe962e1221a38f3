"""The paper's own citation, as the journal prints it in its running footer or its front
matter: the journal's name, volume, issue and article number (or first page), and its year
(the paper's date where it prints none but when it was received).

- APA, JOSS/JOSE: ``Wagner et al. (2026). Teaching Python ... guide. Journal of Open Source
  Education, 9 (97), 292. https://doi.org/10.21105/jose.00292`` (a footer wrapped over two
  lines, on every page);
- Vancouver, SciELO: ``Biota Neotrop. 2022;22(1):e20211306``, ``Epidemiol. Serv. Saúde
  2024;33(spe2):e20231216``;
- the volume's colon and ABNT's words: ``Revista Brasileira de Ornitologia, 30(2): 1-12,
  2022``, ``Pap. Avulsos Zool., 2022; v.62: e202262026``, ``Trans/Form/Ação: revista de
  filosofia da Unesp | vol. 45, n. 1 (2022), p. 139-158.``
- a journal's name, then numbers only, among them a year and the paper's pages, in any
  language's words for them: ``Journal of Victorian Culture, 2023, Vol. 28, No. 2,
  215–232``, ``Annales de géographie, n° 741, 2021/5, p. 5-31``, ``Zeitschrift für
  Geschichtswissenschaft 70 (2022), Heft 4, S. 311–334``, ``Análise Social, 243, lvii
  (2.º), 2022, 256-281``, Springer's ``Zeitschrift für Erziehungswissenschaft (2022)
  25:417–441``.

Only text the cleaner removed as page furniture or the front matter is read: a reference
entry in the body is another paper's citation. A footer counts when it comes back on
``citation_min_repeats`` pages (a reference line taken for a running head comes once or
twice, and names another paper each time it does).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from galley.model import Metadata, Removed
from galley.params import StructureParams
from galley.structure.front.lines import FrontLine, Reading
from galley.structure.front.sidebar import licence_name

_APA = re.compile(
    r"(?:^|[.?!]\s)(?P<journal>[A-Z][^.?!;]{3,80}?),\s*(?P<volume>\d{1,4})\s*\((?P<issue>[\w-]{1,10})\),"
    r"\s*(?P<article>[\w-]{1,15})(?=\.|\s|$)"
)
_PAGE_AFTER = re.compile(r"\s+\d{1,4}$")
_PAGE_BEFORE = re.compile(r"^\d{1,4}\s+(?=[A-Z])")
_FOOTER_DOI = re.compile(r"(?:\bDOI:?\s*|doi\.org/)(10\.\d{4,9}/\S+)", re.I)
_VANCOUVER = re.compile(
    r"^(?P<journal>[A-Z][^;:()\d]{2,80}?)\.?\s+(?:19|20)\d\d;\s*(?P<volume>\d{1,4})(?:\((?P<issue>[\w-]{1,10})\))?"
    r":\s*(?P<article>[\w-]{1,15})"
)

# The volume's colon forms: ``Revista Brasileira de Ornitologia, 30(2): 1-12, 2022``; ABNT's
# words: ``Pap. Avulsos Zool., 2022; v.62: e202262026``, ``Trans/Form/Ação: revista de
# filosofia da Unesp | vol. 45, n. 1 (2022), p. 139-158.``
_COLON = re.compile(
    r"^(?P<journal>[A-Z][^;:()\d]{2,80}?),\s*(?P<volume>\d{1,4})\s*\((?P<issue>[\w-]{1,10})\):\s*"
    r"(?P<article>[\w-]{0,14}\d[\w-]{0,14})(?=[.,;\s]|$)"
)
_ABNT = re.compile(
    r"^(?P<journal>[A-Z][^;()\d]{2,80}?)\s*[,.|;]\s*(?:(?:19|20)\d\d\s*[;,]\s*)?(?:v|[Vv]ol)\.\s*(?P<volume>\d{1,4})"
    r"(?:\s*,?\s*(?:n|no|nº)\.?\s*(?P<issue>[\w-]{1,10}))?(?:\s*\((?:19|20)\d\d\))?\s*[,:]\s*(?:pp?\.\s*)?"
    r"(?P<article>[\w-]{0,14}\d[\w-]{0,14})(?=[.,;\s]|$)"
)


# The words a journal's citation numbers its volume, issue and pages with, in several
# languages (``Vol.``, ``Jg.``, ``Anno``, ``t.``; ``No.``, ``n°``, ``Heft``, ``fasc.``;
# ``p.``, ``S.``).
_VOLUME_WORDS = "vol|volume|v|jg|jahrgang|anno|année|año|ano|t|tome|tomo"
_ISSUE_WORDS = "no|nº|n°|n|nr|num|issue|heft|fasc"
_NUMBER_WORD = rf"(?:{_VOLUME_WORDS}|{_ISSUE_WORDS}|p|pp|s|pages?)\.?"
# Where the journal's name ends: its first number, or a number's word before one.
_NAME_END = re.compile(rf"(?:^|[\s,;:|]+)(?=(?:{_NUMBER_WORD})\s*(?:\d|[IVXLC]+\b)|\(?\d)", re.I)
# The pieces of the numbers that follow it (a roman volume, ``(2.º)``, ``2021/5``): the tail
# is numbers only when nothing else is left once they are taken out. (Taken out one by one:
# one pattern repeating them backtracks without end on a long line of figures.)
_NUMBER_PIECE = re.compile(rf"[\s,;:/()\[\].º°ª–-]|\d+|(?:{_NUMBER_WORD})(?![^\W\d_])|[ivxlc]+\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A year of its own: no page of a range (``25(5):1921-1930, 2020``), no part of a number.
_LONE_YEAR = re.compile(r"(?<![\d–-])(?:1[89]|20)\d\d(?![\d–-])")
# APA's year after the authors: ``Wagner et al. (2026). Teaching ...``
_APA_YEAR = re.compile(r"\(((?:19|20)\d\d)[a-z]?\)")
_PAGES = re.compile(r"(?<![\d/])(\d{1,5})\s*[–-]\s*(\d{1,5})(?![\d/])")
_VOLUME = re.compile(rf"\b(?:{_VOLUME_WORDS})\.?\s*(\d{{1,4}}|[IVXLC]+\b)", re.I)
_ISSUE = re.compile(rf"\b(?:{_ISSUE_WORDS})\.?\s*(\d{{1,4}})", re.I)


class Cite(NamedTuple):
    """A journal's citation of the paper: ``Biota Neotrop. 2022;22(1):e20211306``."""

    journal: str
    volume: str
    issue: str
    article: str  # first page or electronic article number
    year: str = ""


def _numbered(text: str) -> Cite | None:
    """``Journal of Victorian Culture, 2023, Vol. 28, No. 2, 215–232`` -> (``Journal of
    Victorian Culture``, ``28``, ``2``, ``215``): a name of words, then numbers only, among
    them a year, a range of pages (not of years: ``2018–2022``, ``1845–52``; nor a code:
    ``ISSN 1518-8787, 2022``) and a volume or an issue. The name may stand on
    the line above, and the line open on the volume's word (``Anno LIV, n. 2, 2022, pp.
    45-68``: the name "")."""
    end = _NAME_END.search(text)
    if end is None:
        return None
    name, tail = text[: end.start()].strip(" |·,–—-"), text[end.end() :]
    if (name and not name[:1].isupper()) or (not name and end.start() > 0) or re.search(r"\d", name):
        return None  # (``Tel. +44 113 343-4567, 2023``: a name holds no number)
    if not name and not re.match(_NUMBER_WORD + r"\s", tail, re.I):
        return None  # (a line of numbers alone is no citation)
    if _NUMBER_PIECE.sub("", tail) or not _YEAR.search(tail):
        return None
    # The pages: not a span of years (``1845–52``, ``2019-20``), nor a code's (``1518-8787``,
    # ``05508-000``): ascending, short; and other numbers besides them and the year.
    pages = next((m for m in _PAGES.finditer(tail) if _pages(m)), None)
    if pages is None or len(re.findall(r"\d+", tail)) < 4:
        return None
    volume = _VOLUME.search(tail)
    issue = _ISSUE.search(tail)
    # (no word for it: the first number before the pages that is no year, nor the issue's)
    before = tail[: pages.start()]
    if issue is not None and issue.start() < pages.start():
        before = before[: issue.start()] + before[issue.end() :]
    first = next((n for n in re.findall(r"(?<![/\d])\d+", before) if not _YEAR.fullmatch(n)), "")  # (not 2021/5's 5)
    year = _LONE_YEAR.search(tail)
    return Cite(name, volume[1] if volume else first, issue[1] if issue else "", pages[1], year[0] if year else "")


def _pages(m: re.Match[str]) -> bool:
    first, last = m[1], m[2]
    return not _YEAR.fullmatch(first) and len(first) <= 4 and int(first) < int(last) and not first.startswith("0")


def citation_line(lines: list[FrontLine], i: int, r: Reading) -> tuple[str, int] | None:
    """Front-line rule: ``Biota Neotrop. 2022;22(1):e20211306``, ``Journal of Open Source
    Education, 9(97), 292`` printed in the front matter -> journal, volume, issue and article
    (where the running footer gave none), and its year (``Reading.cite_year``)."""
    cite = citation(lines[i].text)
    if cite is None or len(lines[i].text.split()) > r.p.citation_max_words:
        return None
    _fill(r.meta, cite)
    r.cite_year = r.cite_year or cite.year
    return "citation", 1


def fill_citation(meta: Metadata, furniture: list[Removed], p: StructureParams, year: str = "") -> None:
    """The journal, volume, issue and article into ``meta`` (where still empty) from the
    citation of the running footer that comes back on the most pages (at least
    ``citation_min_repeats``); the DOI a footer adds to the running head (``_footer_doi``).
    The citation's year (``year``: the front matter's citation line's) dates the paper
    where it printed no date of its own but when it was received or accepted: else the
    "cite this" line would say "n.d.", or give the year it was received."""
    found: dict[tuple[str, str, str], set[int]] = {}
    names: dict[tuple[str, str, str], str] = {}
    years: dict[tuple[str, str, str], str] = {}
    for last_line, text in _texts(furniture):
        cite = citation(text)
        if cite:
            key = (cite.volume, cite.issue, cite.article)
            found.setdefault(key, set()).add(last_line)  # a wrapped footer counts once
            # A footer wrapped over two lines is read alone and joined: the longest name.
            names[key] = max(names.get(key, ""), cite.journal, key=len)
            if cite.year:
                years.setdefault(key, cite.year)  # (a wrapped APA footer's second line has none)
    ranked = sorted(found, key=lambda k: -len(found[k]))
    if ranked and len(found[ranked[0]]) >= p.citation_min_repeats:
        key = ranked[0]
        _fill(meta, Cite(names[key], *key))
        year = year or years.get(key, "")
    if year and not meta.publication_date:
        meta.date = year
    meta.doi = meta.doi or _footer_doi(furniture)
    if not meta.licence:
        meta.licence = next((name for r in furniture if r.rule == "page-doi" and (name := licence_name(r.text))), "")


def _footer_doi(furniture: list[Removed]) -> str:
    """The DOI a footer adds to the running head it repeats (``Educ. rev. 2023;39:e38419
    DOI: 10.1590/0102-469838419 1`` beside ``Educ. rev. 2023;39:e38419``), or prints alone
    (``DOI: 10.1590/1519-6984.246904 | CC BY 4.0``, ``clean.furniture.doi_footer``): the
    paper's own. A removed line that is no such footer may be a reference's, and is not read."""
    heads = {_PAGE_AFTER.sub("", r.text.strip()) for r in furniture}  # (a head's own page number off)
    for r in furniture:
        m = _FOOTER_DOI.search(r.text)
        if m and (r.rule == "page-doi" or any(r.text.startswith(h) and len(h) < m.start() for h in heads)):
            return m.group(1).rstrip(".")
    return ""


def _fill(meta: Metadata, cite: Cite) -> None:
    for name in ("journal", "volume", "issue", "article"):
        if not getattr(meta, name):
            setattr(meta, name, getattr(cite, name))


def citation(text: str) -> Cite | None:
    """``... Journal of Open Source Education, 9 (97), 292.`` -> (journal, volume, issue,
    article, year); None when the text holds no citation of those shapes. A page number
    before it is the footer's (``2 Rev. Saúde Pública 2014;48(2):225-231``). The year: the
    one the citation prints after the journal's name (not its pages: ``25(5):1921-1930,
    2020``), or APA's after the authors (``Wagner et al. (2026). Teaching ...``)."""
    text = _PAGE_BEFORE.sub("", text)
    m = _APA.search(text) or _VANCOUVER.match(text) or _COLON.match(text) or _ABNT.match(text)
    if not m:
        return _numbered(text)
    journal = " ".join(m.group("journal").split()).strip(" |·,–—-")
    article = m.group("article")
    if re.fullmatch(r"\d+-\d+", article):
        article = article.split("-")[0]  # pages 225-231: the first page
    if m.re is _APA:
        found = _APA_YEAR.search(text, 0, m.start("journal"))
        year = found[1] if found else ""
    else:
        found = _LONE_YEAR.search(text, m.end("journal"))
        year = found[0] if found else ""
    return Cite(journal, m.group("volume"), m.group("issue") or "", article, year)


def _texts(furniture: list[Removed]) -> list[tuple[int, str]]:
    """Each removed line, and each with the removed line right after it (a footer wraps),
    or after one blank line where that line alone is no citation (pdftotext parts
    ``Biota Neotrop.`` from ``2022;22(1):e20211306``, set apart on the page; a running head
    above a whole footer is no part of it), with the number of its last line."""
    out = []
    for k, r in enumerate(furniture):
        out.append((r.line, r.text))
        nxt = furniture[k + 1] if k + 1 < len(furniture) else None
        if nxt is not None and (nxt.line == r.line + 1 or (nxt.line == r.line + 2 and citation(nxt.text) is None)):
            out.append((nxt.line, f"{r.text} {nxt.text}"))
    return out
