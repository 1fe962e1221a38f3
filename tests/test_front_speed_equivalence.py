"""The fast forms of the front-matter rules decide exactly as the plain ones did.

Where a rule now looks only where its answer can be (the line starts of a unit, not all of
its text) or computes a thing once for several rules, it is checked here against the plain
form it replaced (copied below as it was), on front-matter-like lines, the characters where
case gets subtle (``İ ı ſ`` and the Kelvin sign) and random Unicode.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from galley.model import Unit
from galley.structure import front, sections
from strategies import WORDS

PIECES = st.sampled_from(
    [
        "Abstract", "ABSTRACT", "abstract", "Summary", "SUMMARY", "Introduction", "INTRODUCTION",
        "Statement of need", "statement of need", "Background", "BACKGROUND", "bacKground", "Overview",
        "Motivation", "Executive summary", "Preface", "ıntroduction", "İntroduction", "ſummary",
        "ſtatement", "Keywords", "Key words", "KEYWORDS", "Index Terms", "Subjects", "ſubjects",
        "Keywords:", "Index Terms—", "1", "2.1", "1.", "IV.", "A.", "(a)", "b)", "12)", "I.", " ", "  ",
        "(12)", "XII.", "H.", "1.2.3.4", "99.", "٣", "٣.١", "(٣)", "a", "(", ")", "V", "VV.",
        "\t", "\u00a0", "\u2003", ":", " — ", "-", ".", ",", ";", "and", "the", "of", "Python", "é", "K",
        "James A. Rising1", "Azhar Hussain2", "1,2", "*", "†", "Department of Physics", "x",
    ]
)  # fmt: skip
LINE = st.lists(st.one_of(PIECES, WORDS, st.text(max_size=3)), max_size=8).map(" ".join)
GLUED = st.lists(st.one_of(PIECES, WORDS, st.text(max_size=3)), max_size=8).map("".join)
ANY_LINE = st.one_of(LINE, GLUED)


def spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def groups(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


# -- split_openings ---------------------------------------------------------------------


def old_split_openings(units: list[Unit]) -> list[Unit]:
    out: list[Unit] = []
    for n, u in enumerate(units):
        lines = u.lines
        cut = (
            next((j for j in range(1, len(lines)) if sections.is_opening(lines[j].strip())), 0)
            if n < front.FRONT_LIMIT and len(lines) > 1 and sections.names_opening("\n".join(lines[1:]))
            else 0
        )
        if not cut:
            out.append(u)
            continue
        head, tail = lines[:cut], lines[cut:]
        first_tail = min(u.first_line + cut, u.last_line)
        exact = bool(u.offsets) and len(u.offsets) == len(lines)
        head_text = u.text[: u.offsets[cut]].strip() if exact else " ".join(head)
        tail_text = u.text[u.offsets[cut] :].strip() if exact else " ".join(x.strip() for x in tail)
        out.append(Unit(head_text, u.kind, u.first_line, max(u.first_line, first_tail - 1), head, u.indent, u.page))
        out.append(
            Unit(
                tail_text, "paragraph" if len(tail) > 1 else "heading", first_tail, u.last_line, tail, u.indent, u.page
            )
        )
    return out


@settings(max_examples=500, deadline=None)
@given(ANY_LINE)
@example("2.1 Summary")
@example("XII.\u2003Abstract")
@example("(12) Introduction")
@example("12) Introduction")
@example("b) Overview")
@example("٣.١ Preface")
@example("H. Background")
def test_an_opening_line_is_found_at_its_line_start(line: str) -> None:
    if sections.is_opening(line.strip()):
        assert front._MAY_OPEN.search("\n" + line)
        assert front._MAY_OPEN.match("\n" + line.strip())  # (as front_end asks)


def unit_of(lines: list[str], first: int) -> Unit:
    offsets, at = [], 0
    for ln in lines:
        offsets.append(at)
        at += len(ln) + 1
    return Unit(" ".join(lines), "paragraph", first, first + max(len(lines) - 1, 0), lines, 0, 1, offsets)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(ANY_LINE, max_size=5), max_size=6), st.integers(0, 90))
def test_split_openings_splits_as_before(units: list[list[str]], pad: int) -> None:
    # (``pad`` plain units first: the last units of the list may lie past FRONT_LIMIT)
    us = [unit_of(["x"], k) for k in range(pad)] + [unit_of(ls, 100 + 10 * k) for k, ls in enumerate(units)]
    assert front.split_openings(us) == old_split_openings(us)


def test_lowering_makes_the_opening_letters_of_no_character_re_i_misses() -> None:
    """What ``front._MAY_OPEN`` rests on: a character that lowers to a letter of an opening
    word is matched by that letter under re.I, and the one character that lowers to more
    than one (``İ`` -> ``i̇``) ends in a combining dot, which no opening word holds."""
    letters = set("".join(sections._OPEN_WORDS))
    every = (chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for c in every:
        low = c.lower()
        if low in letters:
            assert re.fullmatch(low, c, re.I)
        elif len(low) > 1 and letters & set(low):
            assert c == "\u0130" and low[-1] == "\u0307"


# -- names ----------------------------------------------------------------------------------

OLD_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s*;\s*")
OLD_NOT_NAMES = re.compile(r"[:()\[\]/@]|https?")
OLD_INSTITUTION = re.compile(
    r"\b(Universit\w*|Institut\w*|Department|Dept\.|School|College|Laborator\w*|Cent(?:er|re)|Hospital|"
    r"Facult\w*|Academy|Inc\.|Ltd|GmbH|Foundation|Museum|Observatory|Survey|Agency|Ministry|Division|"
    r"Research|Labs?|Corporation|Company|Council|Program(?:me)?|Unit|Group)\b"
)
OLD_JOURNAL_WORD = re.compile(r"\bJOURNAL|PROCEEDINGS|REVIEW|LETTERS|TRANSACTIONS\b")
NAME_PIECES = st.sampled_from(
    [
        "Ana", "Trisovic", "James A. Rising1", "and", "and ", " and", "band", "Xand", "&", ";", ",", ", ",
        " , ", ",and ", ", and ", ", & ", " & ", " ; ", "\t", "\u00a0", "\u2003", "\n", " ", "  ", "1,2", "*",
        "Wit-", "-", "x-", "_-", "é-", "http", "https://a", "htt", "h", "(", "@", ":", "[", "/", "ttp",
        "University", "Universität", "Institute", "xInstitute", "_Unit", "Units", "Centre", "Center", "Dept.",
        "Lab", "Labs", "Labsx", "Programme", "GmbH", "Inc.", "Incx", "é", "1Department",
        "JOURNAL", "OF", "PROCEEDINGS", "REVIEWS", "LETTERS", "TRANSACTIONS", "J", "_", "é", "1",
    ]
)  # fmt: skip
NAMES = st.lists(st.one_of(NAME_PIECES, WORDS, st.text(max_size=2)), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(NAMES, ANY_LINE))
@example("Ana Brand")
@example("Ana and")
@example("Julia John-")
@example("Ana http")
@example("THE JOURNAL OF")
@example("XJOURNAL")
@example("_JOURNAL")
@example("éUniversity of X, Big Labs and Unit")
def test_name_patterns_decide_as_before(text: str) -> None:
    assert front._NAME_SPLIT.split(text) == OLD_NAME_SPLIT.split(text)
    old, new = OLD_NAME_SPLIT.search(text), front._NAME_SPLIT.search(text)
    assert (old and old.span()) == (new and new.span())
    assert bool(front._NOT_NAMES.search(text)) == bool(OLD_NOT_NAMES.search(text))
    assert spans(front._JOURNAL_WORD, text) == spans(OLD_JOURNAL_WORD, text)
    assert groups(front._INSTITUTION, text) == groups(OLD_INSTITUTION, text)
    t = text.strip()
    for rx in (front._OPEN_TAIL, front._OPEN_TAIL_OR_HYPHEN):
        assert front._cut_open_tail(rx, t) == rx.sub("", t)


# -- keywords -------------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(ANY_LINE)
@example(" Keywords: a, b")
@example("\u2003KEY WORDS — a")
@example("ındex terms. x")
def test_a_keywords_line_is_found_at_its_line_start(line: str) -> None:
    if front._KEYWORDS.match(line.strip()):
        assert front._MAY_KEYWORDS.search("\n" + line)


# -- dates ----------------------------------------------------------------------------------


def old_iso_date(text: str) -> str:
    t = text.strip().rstrip(".")
    m = front._DAY_MONTH_YEAR.match(t) or front._MONTH_DAY_YEAR.match(t)
    if m:
        a, b, y = m.groups()
        day, month = (a, b) if a.isdigit() else (b, a)
        mon = next((n for name, n in front._MONTHS.items() if name.startswith(month.lower()[:3])), 0)
        if mon:
            return f"{y}-{mon:02d}-{int(day):02d}"
    return t


MONTHISH = st.sampled_from(["May", "Ma", "M", "Ju", "J", "Jun", "Jul", "Dec", "December", "a", "Sept", "X", "MAR"])


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        ANY_LINE,
        st.tuples(st.integers(0, 40), MONTHISH, st.integers(1990, 2030)).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        st.tuples(MONTHISH, st.integers(0, 40), st.integers(1990, 2030)).map(lambda t: f"{t[0]} {t[1]}, {t[2]}"),
    )
)
def test_iso_date_as_before(text: str) -> None:
    assert front._iso_date(text) == old_iso_date(text)


# -- markers --------------------------------------------------------------------------------


def old_strip_marks(text: str) -> tuple[str, tuple[str, ...]]:
    if not front._MARK_CHAR.search(text):
        return " ".join(text.split()), ()
    marks: list[str] = []

    def grab(m: re.Match[str]) -> str:
        marks.extend(front._MARK_RX.findall(m.group(0)))
        return ""

    for rx in (front._MARKS, front._GLUED_MARKS, front._MARKS):
        text = rx.sub(grab, text)
    return " ".join(front._MARK_SYMBOL.sub(" ", text).split()), tuple(marks)


MARKED = st.tuples(
    st.one_of(NAMES, WORDS, st.sampled_from(["", "Ana", "Ana Trisovic", "J.", "é", "x_", "Li.", "A-", "٣"])),
    st.sampled_from(["", " ", "  ", "\t", "\u00a0"]),
    st.sampled_from(["1", "12", "123", "٣", "*", "1*", "1,2", "0", "99", "1 2"]),
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(MARKED, NAMES, ANY_LINE))
@example("Sven A. van der Burg 1")
@example("Rising1")
@example("2")
@example("12")
@example("Ana_1")
@example("Ana.1")
def test_strip_marks_as_before(text: str) -> None:
    assert front._strip_marks.__wrapped__(text) == old_strip_marks(text)
