"""Dates as the front matter prints them -> ISO dates."""

from __future__ import annotations

import re

from galley import vocab

# ``23 May 2024``, ``12 de enero de 2023``, ``3. März 2021``, ``1er mars 2020``.
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:er|º|°)?\.?\s+(?:de\s+)?([^\W\d_]+)\.?,?\s+(?:de\s+)?(\d{4})$")
# ``May 23, 2024``.
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
# ``14/02/2022``, ``14.02.2022``, ``14-02-2022``; ``2022/02/14``.
_NUMERIC = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$")
_NUMERIC_YEAR_FIRST = re.compile(r"^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$")


def iso_date(text: str) -> str:
    """``23 May 2024`` -> ``2024-05-23``; ``May 23, 2024``, ``12 de enero de 2023``, ``3.
    März 2021`` and ``14/02/2022`` too. A date of figures only is read day first where the
    day cannot be the month (``14/02/2022``) and month first where the month cannot be the
    day (``05/23/2024``); ``09/06/2022`` could be either, and stays as written, as does
    any form not known here."""
    t = text.strip().rstrip(".")
    m = _DAY_MONTH_YEAR.match(t) or _MONTH_DAY_YEAR.match(t)
    if m:
        a, b, y = m.groups()
        day, month = (a, b) if a.isdigit() else (b, a)
        number = month_number(month)
        if number and 1 <= int(day) <= 31:
            return f"{y}-{number:02d}-{int(day):02d}"
        return t
    n = _NUMERIC.match(t)
    if n:
        a, b, y = int(n.group(1)), int(n.group(3)), n.group(4)
        if a > 12 >= b >= 1 and a <= 31:
            return f"{y}-{b:02d}-{a:02d}"
        if b > 12 >= a >= 1 and b <= 31:
            return f"{y}-{a:02d}-{b:02d}"
        if a == b and 1 <= a <= 12:
            return f"{y}-{a:02d}-{a:02d}"
        return t
    n = _NUMERIC_YEAR_FIRST.match(t)
    if n and 1 <= int(n.group(3)) <= 12 and 1 <= int(n.group(4)) <= 31:
        return f"{n.group(1)}-{int(n.group(3)):02d}-{int(n.group(4)):02d}"
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
