"""Affiliations: the lines after the author block, split at their markers."""

from __future__ import annotations

import re
from collections.abc import Callable

from galley.structure.front.names import INSTITUTION, MARK, ROMAN
from galley.vocab import ROMAN_NUMERALS

# A postcode's second half after its first (``Edinburgh EH9 3FJ``, ``DD1 5EH``, ``Toronto
# M5S 3G8``), whose digit is no marker.
_POSTCODE_REST = r"(?!(?<=[A-Z]\d\s)\d[A-Z][A-Z\d]\b)(?!(?<=[A-Z]\d[A-Z\d]\s)\d[A-Z][A-Z\d]\b)"
# A marker before an affiliation: at the start, after a space or glued to a word, before a
# capital (``1 Grantham``, ``1Department``, ``LSE 2 Department``, ``ON M5S 1A7 2
# Department``). Group 1: the marker.
_AFF_MARK = re.compile(rf"(?<![^\sa-z.,)]){_POSTCODE_REST}({MARK})\s*(?=[A-Z])")
_AFF_NOTE = re.compile(r"[¶*†‡§]\s*(Corresponding author|Equal contribution)\.?", re.I)
_AFF_START = re.compile(rf"^{MARK}(?:\s|(?=[A-Z]))")
# A superscript letter before an affiliation: ``a University of Malakand``, ``bUniversity of ...``.
_LETTER_START = re.compile(r"^([a-z])\s?(?=[A-ZÀ-Ý])")
_NOT_AFFILIATION = re.compile(
    r"^(?:These authors contributed|Corresponding author|Equal contribution|Deceased|Contributed equally)", re.I
)


# A marker in brackets before an affiliation: ``(1) Centro de Salud Las Águilas``.
_BRACKETED_START = re.compile(r"^\((\d{1,2}|[a-z])\)\s*(?=[A-ZÀ-Ý])")


def unbracketed(text: str) -> str:
    """``(1) Centro de Salud ...`` -> ``1 Centro de Salud ...``: the marker as the other rules
    read it."""
    return _BRACKETED_START.sub(r"\1 ", text)


def affiliation_like(text: str) -> bool:
    """The line opens an affiliation: it names an institution or opens on a marker
    (``1 Universität Mannheim, ...``)."""
    return INSTITUTION.search(text) is not None or _AFF_START.match(unbracketed(text)) is not None


def opens_affiliation(text: str) -> bool:
    """The line opens an affiliation by itself: on a marker, on an institution's name
    (``Department of Physics``), or naming one and its place after a comma (``Faculty of
    Physics, University of Oxford, UK``); not a translated title that names one (``Mental
    Health of Students at a Public University``)."""
    if _AFF_START.match(unbracketed(text)) or INSTITUTION.match(text):
        return True
    return INSTITUTION.search(text) is not None and "," in text


def split_affiliations(text: str) -> list[tuple[str, str]]:
    """``1 Grantham Research Institute, LSE 2 Department of Economics, LSE`` ->
    [("1", "Grantham ..."), ("2", "Department ...")]; ``1Department`` (glued) too. Text
    before the first marker comes first, with the marker "". ``text``: the affiliation
    lines joined by line ends. A number inside a line is a marker where it counts up from
    the marker before it (``LSE 2 Department``); else it is the address's (``5Research
    Services, ..., Argyle House, 3 Lady Lawson Street``, ``MIT, 77 Massachusetts Avenue``).
    A marker opening its line is one in any order (``2 Universidade do Porto`` / ``1
    Universidade de Lisboa``)."""
    text = " " + _AFF_NOTE.sub(" ", text).strip()
    marks: list[re.Match[str]] = []
    for m in _AFF_MARK.finditer(text):
        before = marks[-1].group(1) if marks else ""
        opens_line = not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        counts_up = not (before.isdigit() and m.group(1).isdigit()) or int(m.group(1)) == int(before) + 1
        if opens_line or counts_up:
            marks.append(m)
    out: list[tuple[str, str]] = []
    head = " ".join(text[: marks[0].start() if marks else len(text)].split()).strip(" ,;")
    if head:
        out.append(("", head))
    ends = [m.start() for m in marks[1:]] + [len(text)] if marks else []
    for m, end in zip(marks, ends, strict=True):
        aff = " ".join(text[m.end() : end].split()).strip(" ,;")
        if aff:
            out.append((m.group(1), aff.rstrip(" *∗†‡§¶")))
    return out


def affiliation_groups(texts: list[str], marked: list[tuple[str, str]]) -> list[str]:
    """Lines of affiliations -> one string per affiliation: lines with markers are split at
    the markers (``marked``: the joined lines' ``split_affiliations``); unmarked lines are
    one affiliation each unless they wrap (``wraps``)."""
    if any(_AFF_START.match(t) for t in texts):
        return [a for _, a in marked if not _NOT_AFFILIATION.match(a)]
    return _wrapped(texts)


def _wrapped(lines: list[str]) -> list[str]:
    """Lines -> affiliations: a line goes on the one above when it wraps it (``wraps``)."""
    return _joined(lines, wraps)


def _joined(lines: list[str], goes_on: Callable[[str, str], bool]) -> list[str]:
    """Lines -> affiliations: a line goes on the one above when ``goes_on(above, line)``."""
    out: list[str] = []
    for k, t in enumerate(lines):
        if out and goes_on(lines[k - 1], t):
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(t)
    return out


def _parted(lines: list[str]) -> list[str]:
    """The lines under one marker -> its affiliation, all of them (wrapped, or an address a
    part a line: ``Department of Physics`` / ``University of Toronto`` / ``Toronto,
    Canada``); a second one only where a whole affiliation follows a whole one, each an
    institution and its place (``Netherlands eScience Center, Amsterdam, The
    Netherlands`` / ``Simula Research Laboratory, Oslo, Norway``: the second's marker lost,
    or markers stacked over both)."""
    return _joined(lines, lambda above, t: wraps(above, t) or not (_whole(above) and _whole(t)))


def _whole(line: str) -> bool:
    """An affiliation on one line: an institution, a comma, its place, nothing left open."""
    line = line.rstrip()
    return INSTITUTION.search(line) is not None and "," in line and not _open_end(line)


def wraps(text: str, line: str) -> bool:
    """Does ``line`` go on the affiliation ``text``? Yes when the line opens in lower case
    or a bracket (``... Tubarão`` / ``(SC), Brasil.``) or is one word (``... 3584 CH,
    The`` / ``Netherlands``), or the text ends on a comma, a hyphen or a short lower-case
    word (``and``, ``of``, ``Universidade Federal de`` / ``Minas Gerais ...``), or on a
    postcode before a place: a city and its country, no more than two parts and no figure
    (``... Hannes Alfvéns väg 12, SE-106 91`` / ``Stockholm, Sweden``; not ``Microsoft,
    Redmond, WA 98052`` / ``Amazon Web Services, Seattle, WA 98109``)."""
    if line[:1].islower() or line[:1] == "(" or len(line.split()) == 1 or _open_end(text):
        return True
    place = line.count(",") <= 1 and not any(c.isdigit() for c in line) and not affiliation_like(line)
    return text.rstrip()[-1:].isdigit() and place


def _open_end(text: str) -> bool:
    """The text ends on a comma, a hyphen or a short lower-case word (``de``, ``of``, ``and``)."""
    text = text.rstrip()
    last = text.rsplit(" ", 1)[-1]
    return text.endswith((",", "-", "–")) or (last.islower() and len(last) <= 3)


def letter_marked(texts: list[str]) -> list[tuple[str, str]]:
    """Affiliation lines marked by superscript letters, in order (``a University of
    Malakand, ...``, ``b University of Lakki Marwat``, ``cShaheed ...``) -> [("a", ...),
    ("b", ...)]; a line without a letter goes on the affiliation above. [] unless the
    first line has a letter and the letters run a, b, c ... (a line opening on a lower-case
    word is no marker)."""
    return _in_sequence(texts, _LETTER_START, [chr(c) for c in range(ord("a"), ord("z") + 1)])


def roman_marked(texts: list[str]) -> list[tuple[str, str]]:
    """The same with roman numerals, Rev. Saúde Pública's: ``I Centro Acadêmico de Vitória.
    ...`` / ``II Departamento de Medicina Social. ... Recife, PE,`` / ``Brasil`` / ``III
    ...`` -> [("I", ...), ("II", ...), ...]; two of them at least."""
    found = _in_sequence(texts, _ROMAN_START, list(ROMAN_NUMERALS))
    return found if len(found) >= 2 else []  # (``I Encontro Nacional ...`` is no marker)


# A roman numeral before an affiliation: ``II Departamento de ...``.
_ROMAN_START = re.compile(rf"^({ROMAN})\s+(?=[A-ZÀ-Ý])")


def _in_sequence(texts: list[str], start: re.Pattern[str], sequence: list[str]) -> list[tuple[str, str]]:
    """Lines opening with the markers of ``sequence`` in order, each an affiliation (see
    ``letter_marked``)."""
    out: list[tuple[str, str]] = []
    for t in texts:
        m = start.match(t)
        if m and len(out) < len(sequence) and m.group(1) == sequence[len(out)]:
            out.append((m.group(1), t[m.end() :].strip()))
        elif out:
            out[-1] = (out[-1][0], f"{out[-1][1]} {t}")
        else:
            return []
    return out


# A marker alone on its line: ``1``, ``**``, ``II`` (``1,2,3`` marks an author).
_MARK_ALONE = re.compile(rf"^(?:{MARK}|{ROMAN})$")


def marks_on_own_lines(texts: list[str]) -> list[tuple[str, str]]:
    """Affiliations whose superscript markers pdftotext set on lines of their own, each
    over its affiliation's wrapped lines (``1`` / ``Programa de Pós-graduação ...
    Universidade do Sul de Santa Catarina (UniSul) - Tubarão`` / ``(SC), Brasil.`` /
    ``2`` / ...; Rev. Saúde Pública's ``I`` / ``Departamento de ...``) -> [("1",
    "Programa ... (SC), Brasil."), ("2", ...)].

    - Markers stacked over as many affiliations go to them in order (``1`` / ``2`` /
      ``Universidade de Brasília, ... Brasil.`` / ``Embrapa ..., Brasil.``), the lines
      parted where one does not wrap (``_wrapped``).
    - The first marker may have gone as a page number (``1`` at the page's top): lines
      before a first marker ``2`` (or ``II``) are affiliation ``1`` (``I``).
    - Under a marker whose next was lost, a whole affiliation after a whole one is one of
      its own, unmarked (``_parted``).

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
    found: list[tuple[str, str]] = []
    for marks, lines in groups:
        # (stacked markers tell how many affiliations their lines hold: part them where
        # a line does not wrap)
        affiliations = _parted(lines) if len(marks) == 1 else _wrapped(lines)
        if len(marks) > len(affiliations):
            return []  # (more markers than affiliations under them: they tell nothing)
        found += zip(marks + [""] * (len(affiliations) - len(marks)), affiliations, strict=True)
    return found


_SECOND = {"2": "1", "II": "I"}  # the second marker -> the first
