"""An author's surname as the paper's own references spell it.

OCR misreads a byline's small type and its superscript markers: ``S. K. Morgan Emest?``
(``rn`` read as ``m``), ``Hao Yel 4`` and ``Berend Weell`` (the marker ``1`` read as an
``l``), ``Djura smits?`` (a capital read small). The same names are often cited in the
reference list, set in body type and read right there: ``Ernest, S. K. M.``, ``Ye, H.``,
``Weel, B.``, ``Smits, D.`` (jose.00198, jose.00307). A byline surname becomes the one of
its likely misreadings that the references hold more often than the surname as read;
each change is a repair, with the name as read and the reason.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

from galley.model import Author, Removed, Repair

# Letters OCR confuses in small type: ``rn`` read as ``m`` (and back), ``cl`` as ``d``,
# ``li`` as ``h``, ``vv`` as ``w``.
_CONFUSIONS = (("m", "rn"), ("rn", "m"), ("d", "cl"), ("h", "li"), ("w", "vv"))
# A capitalised word of the references (a surname, a first name, a title's word).
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][^\W\d_]+")
# A surname long enough to be told from its misreadings.
_MIN_CHARS = 3


def readings(word: str) -> Iterator[str]:
    """What OCR may have misread as ``word``: the word capitalised (``smits``), without a
    last ``l`` or ``I`` that was the marker ``1`` (``Weell``), and with each confusable
    group of letters read the other way (``Emest`` -> ``Ernest``)."""
    yield word[:1].upper() + word[1:]
    if word.endswith(("l", "I")) and len(word) > _MIN_CHARS:
        yield word[:-1]
    for seen, meant in _CONFUSIONS:
        at = word.find(seen)
        while at >= 0:
            yield word[:at] + meant + word[at + len(seen) :]
            at = word.find(seen, at + 1)


def as_cited(
    authors: list[Author], references: Iterable[str], front: list[Removed]
) -> tuple[list[Author], list[Repair]]:
    """``authors`` with each surname (the name's last word) replaced by the one reading of
    it (:func:`readings`) that the references hold more often than the surname as read
    (they may misread it too: ``Emest, S.`` once beside ``Ernest, S.`` three times); the
    repairs, on the byline's line among ``front`` (the front matter's record). A name
    with no such reading, or with two, stays as read."""
    asked = {s for a in authors if _checked(s := _surname(a.name))}
    asked |= {r for s in asked for r in readings(s)}
    # Only the words asked are counted: a reference list may be megabytes long.
    cited = Counter(w for text in references for m in _CAPITALISED.finditer(text) if (w := m.group()) in asked)
    if not cited:
        return authors, []
    out, repairs = [], []
    for author in authors:
        surname = _surname(author.name)
        found = set()
        if _checked(surname):
            found = {r for r in readings(surname) if r != surname and cited[r] > cited[surname]}
        if len(found) != 1:
            out.append(author)
            continue
        (meant,) = found
        name = author.name.rstrip()[: -len(surname)] + meant
        line = next((r.line for r in front if surname in r.text), 0)
        why = f"the references write '{meant}' {cited[meant]}x and '{surname}' {cited[surname]}x: OCR misread it"
        repairs.append(Repair("author-as-cited", line, line, author.name, name, why))
        out.append(replace(author, name=name))
    return out, repairs


def _surname(name: str) -> str:
    """The name's last word."""
    return name.rsplit(None, 1)[-1] if name.strip() else ""


def _checked(surname: str) -> bool:
    """Is ``surname`` one to check: letters only, long enough to tell from a misreading?"""
    return len(surname) >= _MIN_CHARS and surname.isalpha()
