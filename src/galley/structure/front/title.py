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
    texts = [joined(g) for g in groups]  # as the cleaner joined them: "develop-" / "ment" is one word
    while len(texts) > 1:
        head, rest = fold(texts[0]), fold(" ".join(texts[1:]))
        if rest.startswith(head) or len(texts[0].split()) < p.title_min_words:
            texts = texts[1:]
        else:
            break
    text = join_name_lines(" ".join(texts).split("\n"))
    return " ".join(text.split())


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
