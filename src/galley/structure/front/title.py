"""The title: the front lines above the author block."""

from __future__ import annotations

import re
from dataclasses import replace

from galley.clean.headings import open_ended
from galley.language import votes, winner, words_of
from galley.model import Removed
from galley.params import PARAMS, StructureParams
from galley.structure.front.lines import FrontLine, joined
from galley.structure.front.names import join_name_lines
from galley.structure.headings import fold
from galley.vocab import ANY_AUTHOR_AND, JOURNAL_WORDS, all_of, alternation


def title(lines: list[FrontLine], p: StructureParams) -> str:
    """The title lines, joined (see :func:`titles`)."""
    return titles(lines, p)[0]


def titles(lines: list[FrontLine], p: StructureParams) -> tuple[str, str]:
    """The title and its translation, each its lines joined. A running short title printed
    above the title (a prefix of it, as WeasyPrint and LaTeX headers print it, in a unit of
    its own or read into the title's) is dropped, and so is a line of fewer than
    ``title_min_words`` words (a page number). A title printed with its translation under it
    (``Impacto do estresse na saúde de cortadores de cana`` / ``Impact of stress on the
    health of sugarcane cutters``) is parted where the lines below a capital speak another
    language than those above (``translation_at``)."""
    groups = _by_unit(lines)
    while len(groups) > 1 and _not_the_title(groups[0], groups[1:], p):
        groups = groups[1:]
    kept = [line for g in groups for line in g]
    if len(kept) > 1 and _runs_ahead(kept[0].text, joined(kept[1:])):
        kept = kept[1:]  # (the page's running head, the title on one line, read into the
        # title's unit: ``ApplNumComp: ... Numerical Computing`` / ``ApplNumComp: ... for`` /
        # ``Applied Numerical Computing``)
    while len(kept) > 1 and (_journal_lines(kept[0].text) or _JOURNAL_FIRST.match(kept[0].text)):
        kept = kept[1:]  # (``2023 IEEE International Conference on ...`` / the title, one unit;
        # ``Journal of Open Source Education`` / ``A practical guide to ...``)
    while len(kept) > 1 and (_journal_lines(kept[-1].text) or kept[-1].text.rstrip().endswith(":")):
        kept = kept[:-1]  # (``Journal of Urban History`` / ``2023, Vol. 49(3) 512–538`` under the title;
        # ``Article reuse guidelines:`` / ``sagepub.com/journals-permissions``)
        if len(kept) > 1 and _JOURNAL_NAME.match(kept[-1].text):
            kept = kept[:-1]  # (its name, set apart above it)
    k = translation_at([line.text for line in kept], p)
    return _joined_lines(kept[:k]), _joined_lines(kept[k:])


def _by_unit(lines: list[FrontLine]) -> list[list[FrontLine]]:
    """The lines in runs of one cleaner unit each."""
    groups: list[list[FrontLine]] = []
    for n, line in enumerate(lines):
        if groups and line.unit == lines[n - 1].unit:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _joined_lines(lines: list[FrontLine]) -> str:
    texts = [joined(g) for g in _by_unit(lines)]  # as the cleaner joined them: "develop-" / "ment" is one word
    text = join_name_lines(" ".join(texts).split("\n"))
    return " ".join(text.split())


def translation_at(texts: list[str], p: StructureParams) -> int:
    """Where a title's translation starts among its lines; ``len(texts)`` when there is
    none. A candidate line opens with a capital after one not left open (a hyphen, a comma,
    a colon); the lines from it on and those above must each tell a language
    (``language.winner`` with ``translation_min_votes``), not the same. Of several, the
    one that parts the two languages' votes best: ``Diabetes gestacional ... da Pesquisa``
    / ``Nacional de Saúde`` / ``Self-reported gestational diabetes ...`` parts after
    ``Saúde``, whose ``de`` votes Portuguese. The lines above end no phrase open (``... in
    a remnant of the`` / ``Mata Atlântica do Sul``: place names of another language), and
    each part is at most twice as long as the other."""
    lp = replace(PARAMS.language, min_votes=p.translation_min_votes)
    best, at = 0.0, len(texts)
    for k in range(1, len(texts)):
        before, line = texts[k - 1].rstrip(), texts[k]
        if not line[:1].isupper() or before.endswith(("-", "‐", ",", ":")) or open_ended(before):
            continue  # (``... in a remnant of the`` / ``Mata Atlântica do Sul in ...``: one title)
        above, below = " ".join(texts[:k]), " ".join(texts[k:])
        if not 0.5 <= len(above) / len(below) <= 2:
            continue  # a translation is about as long as its original
        words_a, words_b = words_of(above), words_of(below)
        va, vb = votes(words_a), votes(words_b)
        la, lb = winner(va, len(words_a), lp), winner(vb, len(words_b), lp)
        if not la or not lb or la == lb:
            continue
        score = va[la] - va.get(lb, 0.0) + vb[lb] - vb.get(la, 0.0)
        if score > best:
            best, at = score, k
    return at


# A page's number after a running head: ``Cartografias da Educação Inclusiva ... Práticas 1``.
_PAGE_NUMBER_AFTER = re.compile(r"\s+\d{1,4}$")


def _runs_ahead(first: str, after: str) -> bool:
    """``first`` is a running short title: the text after it begins with it, whatever the
    case and punctuation (``ApplNumComp: ... for`` / ``ApplNumComp: ... for Applied Numerical
    Computing``), its page's number after it or not (``... Políticas e Práticas 1``)."""
    return fold(after).startswith(fold(_PAGE_NUMBER_AFTER.sub("", first)))


def _not_the_title(head: list[FrontLine], rest: list[list[FrontLine]], p: StructureParams) -> bool:
    """Is the first group of lines above the title something else? A running short title
    (a prefix of the rest), a line of fewer than ``title_min_words`` words (a page number,
    ``Hoehnea``), an article type in capitals over a title that is not (``ARTIGOS
    ORIGINAIS``, ``THEORETICAL-EMPIRICAL ARTICLE``), or a line the title's first word would
    have fitted on (``Cadernos Saúde Coletiva`` over ``Diabetes gestacional autorreferido -
    uma análise da Pesquisa``): a wrapped title's first line is full, a journal's name set
    above it is not (nor left open on a function word, nor a title in capitals going on with
    "AND": a section's banner over ``E agora, José?`` is no title of it)."""
    first, after = joined(head), " ".join(joined(g) for g in rest)
    if _runs_ahead(first, after) or len(first.split()) < p.title_min_words:
        return True
    if all(_journal_lines(x.text) or _JOURNAL_NAME.match(x.text) for x in head):
        return True  # the journal's name and web address (``journal homepage: www.elsevier.com/...``)
    if _capitals(first) and not _capitals(after):
        # An article type (``ARTIGOS ORIGINAIS``), unless it is the title and the rest its
        # translation (``IMPACTO DO ESTRESSE ...`` / ``Impact of stress ...``).
        return translation_at([first, after], p) != 1
    if len(head) > 1 or open_ended(first):
        return False  # (``Schooladvies en kansenongelijkheid in het``: the title goes on below)
    widest = max(len(line.text) for line in rest[0])  # (not a translation's, which may be longer)
    next_word = rest[0][0].text.split()[0]
    if next_word.lower() in _AND and _capitals(first) and _capitals(next_word):
        return False  # the title goes on (``LA CRISE VITICOLE DU BAS-LANGUEDOC`` / ``ET LA ...``)
    return len(first) + 1 + len(next_word) <= widest


# A conjunction opening a line goes on the line above: ``... BAS-LANGUEDOC`` / ``ET LA ...``.
_AND = ANY_AUTHOR_AND | {"&"}
# A web or mail address, which a title does not hold.
_ADDRESS = re.compile(r"https?://|www\.|\w@\w|\bhomepage\b|\b[\w-]+\.(?:com|org|net|edu|gov)/", re.I)
# The journal's volume and issue: ``Vol. 49(3)``, ``34(2), 112-131``, ``pp. 12-30``, ``(2022)
# 22:1874``.
_VOLUME = re.compile(r"\bvol\.?\s*\d|\b\d{1,4}\s*\(\d{1,4}\)\s*[,:]?\s*\d|\bpp?\.\s*\d|\(\d{4}\)\s*\d{1,4}:\d", re.I)
# An ISSN or a labelled DOI, a conference's banner, an article type over "Open Access".
_BANNER = re.compile(
    r"\bISSN\b|\bDOI\s*:|^(?:19|20)\d\d\s+(?:[A-Z]{2,}\s+)*(?:International\s+)?(?:Conference|Symposium|Workshop)\b"
    r"|^[A-Z]{3,}(?:\s+[A-Z]{3,})*\s+Open Access$"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A journal's name that opens on its word: ``Journal of Open Source Education``, ``Revista
# Brasileira de Ensino de Física`` (not ``A Systematic Review of ...``, a title).
_JOURNAL_WORD = alternation(all_of(JOURNAL_WORDS))
_JOURNAL_FIRST = re.compile(rf"^(?:{_JOURNAL_WORD})\b[^.:;!?]*$", re.I)
# A journal's name: ``Journal of Urban History``, ``Revista Portuguesa de Educação``.
_JOURNAL_NAME = re.compile(rf"^(?:\w+\s+){{0,2}}(?:{_JOURNAL_WORD})\b[^.:;!?]*$", re.I)


def _journal_lines(text: str) -> bool:
    """The journal's citation of the paper: its volume or pages and a year (``Journal of
    Urban History`` / ``2023, Vol. 49(3) 512–538``, BMC's ``Sun et al. BMC Public Health
    (2022) 22:1874``), its ISSN, a web address, a conference's banner (``2023 IEEE
    International Conference on Software Maintenance and Evolution (ICSME)``) or an
    article type over "Open Access" (``RESEARCH Open Access``); no title's words."""
    if _ADDRESS.search(text) or _BANNER.search(text):
        return True
    return _VOLUME.search(text) is not None and _YEAR.search(text) is not None


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def title_from_furniture(furniture: list[Removed], before: int, p: StructureParams) -> str:
    """The last running head removed above the author block, when no title line is left:
    WeasyPrint and LaTeX templates print the full title as the running head, so the
    cleaner's repetition test takes the title line too."""
    heads = [
        r
        for r in furniture
        if r.rule == "running-head" and r.line < before and len(r.text.split()) >= p.title_min_words
    ]
    return " ".join(heads[-1].text.split()) if heads else ""
