"""Affiliations: the lines after the author block, split at their markers."""

from __future__ import annotations

import re

from galley.params import StructureParams
from galley.structure.front.names import MARK, ROMAN

# A marker before an affiliation: at the start, after a space or glued to a word, before a
# capital (``1 Grantham``, ``1Department``, ``LSE 2 Department``). Group 1: the marker.
_AFF_MARK = re.compile(rf"(?<![^\sa-z.,)])({MARK})\s*(?=[A-Z])")
_AFF_NOTE = re.compile(r"[¶*†‡§]\s*(Corresponding author|Equal contribution)\.?", re.I)
_AFF_START = re.compile(rf"^{MARK}(?:\s|(?=[A-Z]))")
# A superscript letter before an affiliation: ``a University of Malakand``, ``bUniversity of ...``.
_LETTER_START = re.compile(r"^([a-z])\s?(?=[A-ZÀ-Ý])")
_NOT_AFFILIATION = re.compile(
    r"^(?:These authors contributed|Corresponding author|Equal contribution|Deceased|Contributed equally)", re.I
)


def split_affiliations(text: str) -> list[tuple[str, str]]:
    """``1 Grantham Research Institute, LSE 2 Department of Economics, LSE`` ->
    [("1", "Grantham ..."), ("2", "Department ...")]; ``1Department`` (glued) too. Text
    before the first marker comes first, with the marker ""."""
    text = _AFF_NOTE.sub(" ", text)
    parts = _AFF_MARK.split(" " + text.strip())
    out: list[tuple[str, str]] = []
    if parts[0].strip():
        out.append(("", parts[0].strip(" ,;")))
    for k in range(1, len(parts) - 1, 2):
        aff = " ".join(parts[k + 1].split()).strip(" ,;")
        if aff:
            out.append((parts[k], aff.rstrip(" *∗†‡§¶")))
    return out


def affiliation_groups(texts: list[str], marked: list[tuple[str, str]]) -> list[str]:
    """Lines of affiliations -> one string per affiliation: lines with markers are split at
    the markers (``marked``: the joined lines' ``split_affiliations``); unmarked lines are
    one affiliation each unless they wrap (``_wraps``)."""
    if any(_AFF_START.match(t) for t in texts):
        return [a for _, a in marked if not _NOT_AFFILIATION.match(a)]
    return _wrapped(texts)


def _wrapped(lines: list[str], full: float = 0) -> list[str]:
    """Lines -> affiliations: a line goes on the one above when it wraps it (``_wraps``;
    ``full``: the characters from which a line is full, none when 0)."""
    out: list[str] = []
    for k, t in enumerate(lines):
        if out and _wraps(out[-1], t, len(lines[k - 1]) >= full > 0):
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(t)
    return out


def _wraps(text: str, line: str, full: bool = False) -> bool:
    """Does ``line`` go on the affiliation ``text``?
    - Yes when the line opens in lower case or a bracket (``... Tubarão`` / ``(SC),
      Brasil.``) or is one word (``... 3584 CH, The`` / ``Netherlands``);
    - no when the text ends on a full stop (``... Langebio, Cinvestav, México.``);
    - yes when it ends on a comma, a hyphen or a short lower-case word (``and``, ``of``,
      ``Universidade Federal de`` / ``Minas Gerais ...``), or its last line is ``full``:
      about as wide as the widest line of affiliations (``... University of Edinburgh,
      James Clerk Maxwell`` / ``Building, Peter Guthrie Tait Road, ...``)."""
    text = text.rstrip()
    if line[:1].islower() or line[:1] == "(" or len(line.split()) == 1:
        return True
    last = text.rsplit(" ", 1)[-1]
    if text.endswith(".") and len(last) > 4:
        return False
    return text.endswith((",", "-", "–")) or (last.islower() and len(last) <= 3) or full


def letter_marked(texts: list[str]) -> list[tuple[str, str]]:
    """Affiliation lines marked by superscript letters, in order (``a University of
    Malakand, ...``, ``b University of Lakki Marwat``, ``cShaheed ...``) -> [("a", ...),
    ("b", ...)]; a line without a letter goes on the affiliation above. [] unless the
    first line has a letter and the letters run a, b, c ... (a line opening on a lower-case
    word is no marker)."""
    out: list[tuple[str, str]] = []
    for t in texts:
        m = _LETTER_START.match(t)
        if m and m.group(1) == chr(ord("a") + len(out)):
            out.append((m.group(1), t[m.end() :].strip()))
        elif out:
            out[-1] = (out[-1][0], f"{out[-1][1]} {t}")
        else:
            return []
    return out


# A marker alone on its line: ``1``, ``**``, ``II`` (``1,2,3`` marks an author).
_MARK_ALONE = re.compile(rf"^(?:\d{{1,2}}|[*∗†‡§¶‖#]{{1,3}}|{ROMAN})$")


def marks_on_own_lines(texts: list[str], p: StructureParams) -> list[tuple[str, str]]:
    """Affiliations whose superscript markers pdftotext set on lines of their own, each
    over its affiliation's wrapped lines (``1`` / ``Programa de Pós-graduação ...
    Universidade do Sul de Santa Catarina (UniSul) - Tubarão`` / ``(SC), Brasil.`` /
    ``2`` / ...; Rev. Saúde Pública's ``I`` / ``Departamento de ...``) -> [("1",
    "Programa ... (SC), Brasil."), ("2", ...)].

    - Markers stacked over as many affiliations go to them in order (``1`` / ``2`` /
      ``Universidade de Brasília, ... Brasil.`` / ``Embrapa ..., Brasil.``).
    - The first marker may have gone as a page number (``1`` at the page's top): lines
      before a first marker ``2`` (or ``II``) are affiliation ``1`` (``I``).
    - Under a marker whose next was lost, a line that does not go on the one above
      (``_wrapped``) is an affiliation of its own, unmarked (``1`` / ``Netherlands
      eScience Center, Amsterdam, The Netherlands`` / ``Simula Research Laboratory, Oslo,
      Norway`` / ``3`` / ...).

    [] unless two markers or more each have lines under them."""
    lead: list[str] = []
    groups: list[tuple[list[str], list[str]]] = []  # (markers, lines)
    for t in (t.strip() for t in texts):
        if _MARK_ALONE.match(t) and groups and not groups[-1][1]:
            groups[-1][0].append(t)
        elif _MARK_ALONE.match(t):
            groups.append(([t], []))
        elif groups:
            groups[-1][1].append(t)
        else:
            lead.append(t)
    if lead and groups and groups[0][0][0] in _SECOND:
        groups.insert(0, ([_SECOND[groups[0][0][0]]], lead))
    elif lead:
        return []
    if sum(len(marks) for marks, _ in groups) < 2 or any(not lines for _, lines in groups):
        return []
    widest = max(len(t) for _, lines in groups for t in lines)
    found: list[tuple[str, str]] = []
    for marks, lines in groups:
        affiliations = _wrapped(lines, p.affiliation_wrap_share * widest)
        if len(marks) > len(affiliations):
            return []  # (more markers than affiliations under them: they tell nothing)
        found += zip(marks + [""] * (len(affiliations) - len(marks)), affiliations, strict=True)
    return found


_SECOND = {"2": "1", "II": "I"}  # the second marker -> the first
