"""Affiliations: the lines after the author block, split at their markers."""

from __future__ import annotations

import re

from galley.structure.front.names import MARK

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
    one affiliation each unless they wrap (a line ending in a comma, a hyphen, "and" or
    "of", or the next in lower case or one word)."""
    if any(_AFF_START.match(t) for t in texts):
        return [a for _, a in marked if not _NOT_AFFILIATION.match(a)]
    out: list[str] = []
    for t in texts:
        if out and (out[-1].endswith((",", "-", "and", "of")) or t[:1].islower() or len(t.split()) == 1):
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(t)
    return out


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
