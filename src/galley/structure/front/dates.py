"""Dates as the front matter prints them -> ISO dates."""

from __future__ import annotations

import re

from galley import vocab

_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def iso_date(text: str) -> str:
    """``23 May 2024`` -> ``2024-05-23``; ``May 23, 2024`` too; unknown forms stay as written."""
    t = text.strip().rstrip(".")
    m = _DAY_MONTH_YEAR.match(t) or _MONTH_DAY_YEAR.match(t)
    if m:
        a, b, y = m.groups()
        day, month = (a, b) if a.isdigit() else (b, a)
        number = month_number(month)
        if number:
            return f"{y}-{number:02d}-{int(day):02d}"
    return t  # ISO already, or a form left as written


def month_number(word: str) -> int:
    """``May`` -> 5, ``Sept`` -> 9: the first month (in calendar order, in any language the
    vocabulary knows) whose name opens on the word's first three letters; 0 for none."""
    prefix = word.lower()[:3]
    for months in vocab.MONTHS.values():
        for number, name in enumerate(months, 1):
            if name.startswith(prefix):
                return number
    return 0
