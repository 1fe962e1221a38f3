"""The title: the front lines above the author block."""

from __future__ import annotations

from galley.model import Removed
from galley.params import StructureParams
from galley.structure.front.lines import FrontLine, joined
from galley.structure.front.names import join_name_lines
from galley.structure.headings import fold


def title(lines: list[FrontLine], p: StructureParams) -> str:
    """The title lines, joined. A running short title printed above the title (a prefix of
    it, as WeasyPrint and LaTeX headers print it) is dropped, and so is a line of fewer
    than ``title_min_words`` words (a page number)."""
    groups: list[list[FrontLine]] = []
    for n, line in enumerate(lines):
        if groups and line.unit == lines[n - 1].unit:
            groups[-1].append(line)
        else:
            groups.append([line])
    while len(groups) > 1 and _not_the_title(groups[0], groups[1:], p):
        groups = groups[1:]
    texts = [joined(g) for g in groups]  # as the cleaner joined them: "develop-" / "ment" is one word
    text = join_name_lines(" ".join(texts).split("\n"))
    return " ".join(text.split())


def _not_the_title(head: list[FrontLine], rest: list[list[FrontLine]], p: StructureParams) -> bool:
    """Is the first group of lines above the title something else? A running short title
    (a prefix of the rest), a line of fewer than ``title_min_words`` words (a page number,
    ``Hoehnea``), an article type in capitals over a title that is not (``ARTIGOS
    ORIGINAIS``, ``THEORETICAL-EMPIRICAL ARTICLE``), or a line the title's first word would
    have fitted on (``Cadernos Saúde Coletiva`` over ``Diabetes gestacional autorreferido -
    uma análise da Pesquisa``): a wrapped title's first line is full, a journal's name set
    above it is not."""
    first, after = joined(head), " ".join(joined(g) for g in rest)
    if fold(after).startswith(fold(first)) or len(first.split()) < p.title_min_words:
        return True
    if _capitals(first) and not _capitals(after):
        return True
    if len(head) > 1:
        return False
    widest = max(len(line.text) for g in rest for line in g)
    next_word = rest[0][0].text.split()[0]
    return len(first) + 1 + len(next_word) <= widest


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
