"""Warnings are data: what galley repaired in the input, said once per kind, for the
report, the log and ``--strict``.

Each warning has a stable code (``W-LIGATURES``, ``E-LOST-TEXT``) and a severity, so a journal
can decide which ones fail its gate (``strict_ignore`` in galley.toml) and a CI annotation can
point at the file and line. The codes are listed in docs/warnings.md; a test checks that the
list and ``CODES`` agree.

- ``notice``: a routine repair of extracted text (ligatures, CR/CRLF line ends); reported,
  never fails ``--strict``.
- ``warning``: the input was damaged or something is missing (mojibake, a guessed encoding, no
  title); fails ``--strict`` unless its code is in ``strict_ignore``.
- ``error``: the output cannot be trusted (a lost word, a validator error); fails
  ``galley check`` always and cannot be ignored.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from galley.model import WORD_JOINS, Document, Line, Repair

SEVERITIES = ("notice", "warning", "error")


@dataclass(frozen=True)
class Code:
    """One kind of warning: its stable code, severity, the message galley writes (``{n}`` and
    ``{x}`` stand for the variable parts), what to do, and the repair rule it counts, if any."""

    code: str
    severity: str
    message: str
    advice: str
    rule: str = ""

    def pattern(self) -> re.Pattern[str]:
        parts = re.split(r"\{\w+\}", self.message)
        return re.compile("^" + "(.+?)".join(re.escape(p) for p in parts) + "$")


CODES: tuple[Code, ...] = (
    Code(
        "W-LIGATURES",
        "notice",
        "expanded typographic ligatures on {n} line(s)",
        "routine in text extracted from a PDF (fi, fl, ffi as one character); nothing to do",
        "ligature",
    ),
    Code("W-LINE-ENDS", "notice", "normalised CR/CRLF line ends", "routine for text saved on Windows; nothing to do"),
    Code("W-BOM", "notice", "decoded as {x} (byte-order mark)", "the byte-order mark says the encoding; nothing to do"),
    Code(
        "W-SPACES",
        "notice",
        "normalised unusual spaces, zero-width or control characters on {n} line(s)",
        "usually invisible extraction debris; look at the repaired lines if the text was hand-made",
        "spaces",
    ),
    Code(
        "W-SPLIT-LIGATURE",
        "warning",
        "joined words split after a ligature on {n} line(s)",
        "the extractor broke words after a ligature; check the joined words in the report",
        "split-ligature",
    ),
    Code(
        "W-MOJIBAKE",
        "warning",
        "repaired mojibake (text decoded with the wrong encoding) on {n} line(s)",
        "the text was decoded with the wrong encoding before it reached galley; check the repaired lines, "
        "or re-extract as UTF-8",
        "mojibake",
    ),
    Code(
        "W-ENCODING",
        "warning",
        "not UTF-8: decoded as {x}",
        "the encoding was guessed; re-save the text as UTF-8 to be sure",
    ),
    Code(
        "W-NO-TITLE",
        "warning",
        'no title found: add one to the sidecar (title = "...")',
        "write the title in the sidecar <name>.toml",
    ),
    Code(
        "W-NO-AUTHORS",
        "warning",
        "no authors found: add [[authors]] to the sidecar",
        "write the authors in the sidecar <name>.toml",
    ),
    Code(
        "W-VALIDATOR",
        "warning",
        "{x}: {y}",
        "a validator's warning (EPUBCheck, the Nu HTML checker, axe, the PDF check); the message names it",
    ),
    Code("W-OTHER", "warning", "{x}", "a warning without a code of its own yet; the message says what happened"),
    Code(
        "E-LOST-TEXT",
        "error",
        "{n} word(s) of the input are in no output and not in the removed furniture: {x}",
        "galley dropped text: please report it with the input; `galley explain` shows what the cleaner did",
    ),
    Code(
        "E-VALIDATOR",
        "error",
        "{x} found errors: {y}",
        "an output is invalid (EPUBCheck, the Nu HTML checker, axe, the PDF check); the message names it",
    ),
)
BY_CODE = {c.code: c for c in CODES}
# The generic codes match anything: try them last.
_MATCH_ORDER = [c for c in CODES if c.code not in ("W-VALIDATOR", "W-OTHER", "E-VALIDATOR")]
_PATTERNS = [(c, c.pattern()) for c in _MATCH_ORDER]


@dataclass(frozen=True)
class Diagnostic:
    """One warning as data: ``{"code": "W-MOJIBAKE", "severity": "warning", "message": ..., "line": 12}``
    (``line`` 0: the whole paper)."""

    code: str
    severity: str
    message: str
    line: int = 0

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def make(code: str, message: str = "", line: int = 0, **fields: object) -> Diagnostic:
    """A diagnostic of a known code; its message from the code's template unless given."""
    c = BY_CODE[code]
    return Diagnostic(code, c.severity, message or c.message.format(**fields), line)


def classify(message: str, repairs: list[Repair] | tuple[Repair, ...] = ()) -> Diagnostic:
    """The code of a warning galley wrote as text (the model carries warnings as strings);
    its line is the first repair of the rule it counts."""
    for c, pat in _PATTERNS:
        if pat.match(message):
            line = next((r.line for r in repairs if r.rule == c.rule), 0) if c.rule else 0
            return Diagnostic(c.code, c.severity, message, line)
    return Diagnostic("W-OTHER", "warning", message, 0)


def diagnose(doc: Document) -> list[Diagnostic]:
    """Every warning of a Document, with its code, severity and line."""
    return [classify(w, doc.repairs) for w in doc.warnings]


def fails_strict(d: dict[str, object] | Diagnostic, ignore: tuple[str, ...] | list[str] = ()) -> bool:
    """Whether a diagnostic fails ``--strict``: warnings and errors do, notices never, and a
    warning whose code is in ``strict_ignore`` does not (an error always does)."""
    sev, code = (d.severity, d.code) if isinstance(d, Diagnostic) else (d.get("severity"), d.get("code"))
    if sev == "error":
        return True
    return sev == "warning" and code not in ignore


# Repairs a user should hear about: the input was damaged, not merely wrapped.
# In the order the log has always said them.
NOTEWORTHY = {
    c.rule: c.message
    for c in sorted(
        (c for c in CODES if c.rule), key=lambda c: ("mojibake", "spaces", "ligature", "split-ligature").index(c.rule)
    )
}


def repair_warnings(repairs: list[Repair]) -> list[str]:
    counts = Counter(r.rule for r in repairs)
    return [msg.format(n=counts[rule]) for rule, msg in NOTEWORTHY.items() if counts[rule]]


_MARKER_EDGES = re.compile(r"^\d{1,3}(?=[^\W\d])|(?<=[^\W\d])\d{1,4}$")


def word_tokens(text: str) -> list[str]:
    """Words as the loss checks compare them: NFKC, case-folded, letters and digits only."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text).casefold()
    out = []
    for tok in text.split():
        core = "".join(ch for ch in tok if ch.isalnum())
        if core:
            out.append(core)
    return out


def input_tokens(raw: str) -> list[str]:
    """The input's words after the character repairs galley records (ligatures, mojibake...)."""
    return [t for _, words in input_lines(raw) for t in words]


def input_lines(raw: str) -> list[tuple[int, list[str]]]:
    """Each raw line's number (as ``read.to_lines`` counts them: a form feed starts a page,
    not a line) and its words after the character repairs."""
    from galley.clean import characters

    out: list[tuple[int, list[str]]] = []
    for number, line in enumerate(_raw_lines(raw), 1):
        for piece in line.split("\f"):
            words = _words_of(piece, characters.RULES)
            if words:
                out.append((number, words))
    return out


def _raw_lines(raw: str) -> list[str]:
    return raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _words_of(piece: str, rules: list[tuple[str, Any]]) -> list[str]:
    piece = piece.replace("\t", "    ").strip()  # as read.to_lines hands lines to clean
    for _, rule in rules:
        piece = rule(piece)
    return word_tokens(piece)


def _reading_order(raw: str, numbered: list[tuple[int, list[str]]], doc: Document) -> list[tuple[int, list[str]]]:
    """The lines in the order the cleaner reads them: where it took two columns of a layout
    text apart (a ``columns`` repair over raw lines a-b), the left column's pieces first,
    then the right column's, each piece under its raw line number, so a word joined across
    a column's line end has its halves side by side here too. A line is cut where the
    cleaner cut it (``columns.halves`` at the repair's gutter and its right column's edge: a
    quote indented in the left column moves its line's right piece a few places left)."""
    from galley.clean import characters, columns

    runs = [(r.line, r.end_line, *gutter) for r in doc.repairs if (gutter := columns.gutter_of(r)) is not None]
    if not runs:
        return numbered
    lines = _raw_lines(raw)
    out = list(numbered)
    for a, b, band, edge in runs:
        left: list[tuple[int, list[str]]] = []
        right: list[tuple[int, list[str]]] = []
        for n in range(a, min(b, len(lines)) + 1):
            for piece in lines[n - 1].split("\f"):
                text = piece.replace("\t", "    ").rstrip()
                line = Line(n, text.lstrip(" "), len(text) - len(text.lstrip(" ")), 0, 0, 0)
                left_text, right_text, _ = columns.halves(line, band, edge)
                left.append((n, _words_of(left_text, characters.RULES)))
                right.append((n, _words_of(right_text, characters.RULES)))
        span = [k for k, (n, _) in enumerate(out) if a <= n <= b]
        if span:
            out[span[0] : span[-1] + 1] = [(n, w) for n, w in left + right if w]
    return out


def document_tokens(doc: Document) -> list[str]:
    """Every word a Document keeps, each as often as it is kept: blocks (a block with runs
    counted through its runs, whose texts make its text), notes, metadata, removed furniture."""
    parts = []
    for b in doc.blocks:
        parts.append(b.number)  # a list item's number is rendered as its list numbering
        parts.append(b.caption)  # a table's caption (its cells' words are its text)
        if b.inlines is None:
            parts.append(b.text)
            continue
        # A block's runs make its text end to end ("Galatolo (2021)" + "’s original"): joined
        # with no space, so a word split across two runs stays one word.
        parts.append("".join(run.text for run in b.inlines))
        parts.extend(n.text for run in b.inlines for n in run.note)
    m = doc.meta
    parts += [
        m.title,
        m.subtitle,
        m.translated_title,
        m.date,
        m.doi,
        m.licence,
        m.abstract,
        *m.keywords,
        *m.affiliations,
    ]
    parts += [f"{a.name} {a.affiliation} {a.orcid} {a.email}" for a in m.authors]
    parts += [r.text for r in doc.removed]
    return word_tokens(" ".join(parts))


# A join of input words into one kept word spans at most this many words ("multi-" +
# "lateralism"; a URL broken over five lines; a run of "COVID-" lines joined into one word).
_JOIN_SPAN = 64


def lost_words(raw: str, doc: Document) -> list[str]:
    """Input words the Document does not keep, compared as a multiset: a word that occurs
    five times in the input must occur five times in the Document (in its blocks, notes,
    metadata or removed-furniture list), so a lost "in" or "data" is noticed even when the
    same word is kept elsewhere.

    Two changes galley makes keep a word while changing its form, and are accounted for
    exactly, never by substring:

    - a join: a kept word that the Document holds more often than the input, made of two or
      three consecutive input words (``multi-`` + ``lateralism`` -> ``multilateralism``, a
      CJK line joined to the next without a space);
    - a mark glued to a word (``website2``, ``Trisovic4``, ``4The``) or to a closing bracket
      (``(MUNDURUKU, 2021)10.``): the footnote call or affiliation mark becomes a link or
      superscript, so the word without its digits must be kept.
    """
    # Words of lines removed as furniture are matched as they are; the text around them is
    # read as one stream, since a word may be joined across a running head ("bioinfor-" /
    # page header / "matics").
    ordered = _reading_order(raw, input_lines(raw), doc)
    furniture = _furniture_pieces(ordered, doc)
    lines = [e for k, e in enumerate(ordered) if k not in furniture] + [ordered[k] for k in sorted(furniture)]
    lines = _parted_words(doc, lines)
    src = [t for _, words in lines for t in words]
    # Joins happen only at line ends: the raw line of every word.
    line_of = [n for n, words in lines for _ in words]
    left = Counter(document_tokens(doc))
    need = Counter(src)
    used = bytearray(len(src))
    # A join uses up its parts, which may make a part's own word spare for another join
    # ("self-" + "assessment" frees a kept "assessment" for "assess-" + "ment"): a few passes.
    # The joins the cleaner recorded (its hyphen repairs say which words, and where) first,
    # then any other at a line end.
    _recorded_joins(doc, src, line_of, used, left, need)
    _letter_bullets(doc, src, line_of, used, need)
    _table_joins(doc, src, line_of, used, left, need)
    # Joins whose every part is itself missing from the Document first: "978-94-007-" /
    # "6510-8" kept apart in one reference must not take the join of "https:/" / "/doi..."
    # in another.
    for strict in (True, False):
        for _ in range(4):
            spare = {w: n - need[w] for w, n in left.items() if n > need[w]}  # kept more often than given
            if not spare or not _join_pass(src, line_of, used, spare, left, need, strict):
                break
    missing: list[str] = []
    for i, t in enumerate(src):
        if used[i]:
            continue
        if left[t] > 0:
            left[t] -= 1
        else:
            missing.append(t)
    marks = _marks(doc, _raw_lines(raw))
    # The kept words that still carry a glued mark of their own ("White2,3" kept for the
    # input's "White1,2,3"), by the word without its marks.
    marked = Counter(c for w, n in left.items() if n > 0 for c in [_MARKER_EDGES.sub("", w)] * n if c != w)
    lost = []
    for t in missing:
        # A footnote call or affiliation mark glued to a word: the word itself must be kept.
        core = _MARKER_EDGES.sub("", t)
        if core and core != t and left[core] > 0:
            left[core] -= 1
        elif core and marked[core] > 0:
            marked[core] -= 1
        elif marks[t] > 0:
            marks[t] -= 1
        elif (called := _called(t, marks, left)) is not None:
            marks[called[1]] -= 1  # "(MUNDURUKU, 2021)10." -> "2021" kept, note 10 linked
            left[called[0]] -= 1
        else:
            lost.append(t)
    return lost


def _parted_words(doc: Document, lines: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """The input words a repair parted in two, as those two words: a ``page-number-glued``
    word (``hands1`` -> ``hands-``, kept or joined on, and ``1``, removed as the page's
    number), and a ``run-in-label`` (``Abstract—Intermittent`` -> the heading ``Abstract``
    and the text's first word: one word to the loss checks, which drop the dash)."""
    parted = {}
    for r in doc.repairs:
        if r.rule == "page-number-glued" and (before := word_tokens(r.before)) and (after := word_tokens(r.after)):
            digits = before[-1][len(before[-1].rstrip("0123456789")) :]
            parted[(r.line, before[-1])] = [after[-1], digits]
        elif r.rule == "run-in-label" and (before := word_tokens(r.before)) and (label := word_tokens(r.after)):
            k = len(label) - 1  # the label's last word is glued to the text's first
            if len(before) > k and before[:k] == label[:k] and before[k].startswith(label[k]) and before[k] != label[k]:
                parted[(r.line, before[k])] = [label[k], before[k][len(label[k]) :]]
    if not parted:
        return lines
    return [(n, [p for w in words for p in parted.get((n, w), [w])]) for n, words in lines]


def _called(token: str, marks: Counter[str], left: Counter[str]) -> tuple[str, str] | None:
    """A note's call glued after a closing bracket (``(MUNDURUKU, 2021)10.``, ``p. 230)1.``)
    reads as one token (``202110``): the kept word before it and the note's number, when the
    Document keeps that word and renders that note."""
    for mark in sorted((m for m, n in marks.items() if n > 0), key=len, reverse=True):
        if len(token) > len(mark) and token.endswith(mark) and left[token[: -len(mark)]] > 0:
            return token[: -len(mark)], mark
    return None


def _furniture_pieces(ordered: list[tuple[int, list[str]]], doc: Document) -> set[int]:
    """The pieces of ``ordered`` (raw lines, or their columns' pieces) each removed-furniture
    record stands for: a piece of its own line that holds its words, else its whole line,
    else the same on a neighbouring line (a record may be a line off). A two-column page's
    head is two records on one line (``Trans/Form/Ação`` and ``Cinismo e
    indiferenciación``), each one piece of it."""
    by_line: dict[int, list[int]] = {}
    for k, (n, _) in enumerate(ordered):
        by_line.setdefault(n, []).append(k)
    found: set[int] = set()
    for r in doc.removed:
        target = word_tokens(r.text)
        for n in (r.line, r.line - 1, r.line + 1, r.line - 2, r.line + 2):
            free = [k for k in by_line.get(n, ()) if k not in found]
            piece = next((k for k in free if ordered[k][1] == target), None)
            if piece is not None:
                found.add(piece)
                break
            if len(free) > 1 and [w for k in free for w in ordered[k][1]] == target:
                found.update(free)
                break
    return found


def _recorded_joins(
    doc: Document, src: list[str], line_of: list[int], used: bytearray, left: Counter[str], need: Counter[str]
) -> None:
    """The line-end joins the cleaner recorded as hyphen repairs or ``WORD_JOINS`` (``high-
    level`` -> ``high-level``), matched on the repair's own lines: these hold in any reading order,
    even when columns were taken apart and the two halves are not neighbours in the raw text."""
    at_line: dict[int, list[int]] = {}
    for i, n in enumerate(line_of):
        at_line.setdefault(n, []).append(i)
    # A join's result that no block keeps as such, because a later join goes on from it (a
    # URL over three lines is two url-joins, the second's text starting with the first's).
    pending: dict[str, list[int]] = {}
    joins = [r for r in doc.repairs if "hyphen" in r.rule or r.rule in WORD_JOINS]
    moved = {r.line for r in doc.repairs if r.rule == "reading-order"}  # (each moved box's first line)
    # Where a join goes on from: (its first line, its first word). A result some join goes
    # on from is pending even when a block keeps such a word elsewhere (``…/10.1088/the``
    # from lines 1-2, going on to ``…/thethe`` on line 3, and another URL ``…/the`` below).
    goes_on = {(r.line, words[0]) for r in joins if (words := word_tokens(r.before))}
    # A join a part of which the Document keeps as often as the input has it waits for the
    # others: its lines may have been kept as printed after all (a table's text,
    # ``monitoriza‐`` / ``ção``), and the join of another ``monitorização`` must not lose
    # its word to it.
    later: list[Repair] = []
    for sweep in (joins, later):
        for r in sweep:
            found = _joined(r)
            if found is None:
                continue
            parts, result = found
            # A box moved back into reading order joins its first word to a line far from it
            # (``res‐`` / ... / ``ponder``): the halves are on the repair's two lines only.
            span = (r.line, r.end_line) if {r.line, r.end_line} & moved else range(r.line, r.end_line + 1)
            near = [i for n in span for i in at_line.get(n, ())]
            chained = parts[0] in pending or (r.end_line, result) in goes_on
            if sweep is joins and not chained and any(left[part] >= need[part] for part in parts):
                later.append(r)
                continue
            taken = [] if parts[0] in pending else _side_by_side(parts, near, src, line_of, used)
            for part in parts if not taken else ():
                if part in pending:
                    taken += pending.pop(part)
                else:
                    taken.append(next((i for i in near if not used[i] and src[i] == part and i not in taken), -1))
            if min(taken) < 0:
                continue
            word = result
            core = _MARKER_EDGES.sub("", word)
            if left[word] <= need[word] and core != word and left[core] > need[core]:
                word = core  # (``web‐`` / ``site.2`` -> ``website2``: the note's call linked, ``website`` kept)
            if left[word] <= need[word] or (r.end_line, result) in goes_on:
                pending[result] = taken
                continue
            _use(taken, word, src, used, left, need)
    # A join that found no spare word before a deferred one used its own parts may find one
    # now (``re‐`` / ``ported`` after ``self-`` / ``reported``, which kept ``reported``).
    _retry(pending, src, used, left, need)


def _retry(
    pending: dict[str, list[int]], src: list[str], used: bytearray, left: Counter[str], need: Counter[str]
) -> None:
    for word, taken in pending.items():
        if left[word] > need[word] and not any(used[i] for i in taken):
            _use(taken, word, src, used, left, need)


def _use(taken: list[int], word: str, src: list[str], used: bytearray, left: Counter[str], need: Counter[str]) -> None:
    """The input words ``taken`` are kept as the Document's ``word``."""
    for i in taken:
        used[i] = 1
    need.subtract(src[i] for i in taken)
    left[word] -= 1


def _joined(r: Repair) -> tuple[list[str], str] | None:
    """The input words a join repair made one, and the word they made; None when it made
    none. (clean's url-join may also close OCR's spaces in the URL's rest: ``j.`` /
    ``1745-6584. 1988.tb00399.x`` -> one word of three; range-join: ``1480–`` / ``1512.``)"""
    before, after = word_tokens(r.before), word_tokens(r.after)
    extra = len(before) - len(after)  # words the join made one
    if extra < 1:
        return None
    k = next((k for k, w in enumerate(after) if "".join(before[k : k + extra + 1]) == w), None)
    return None if k is None else (before[k : k + extra + 1], after[k])


def _side_by_side(parts: list[str], near: list[int], src: list[str], line_of: list[int], used: bytearray) -> list[int]:
    """The free input words that make a join's ``parts`` one after another in reading
    order, each on a line of its own; [] when there are none. A join across two columns
    spans many raw lines (the left column's foot, line 424, to the right column's top, line
    354), and the words of all of them are no sure match: another join's ``co`` on line 365
    (``co‐`` / ``mún``) is among them, while this join's halves sit side by side."""
    n, within = len(parts), set(near)
    for i in near:
        run = range(i, i + n)
        if (
            i + n - 1 in within
            and all(not used[j] and src[j] == part for j, part in zip(run, parts, strict=True))
            and all(line_of[j] != line_of[j - 1] for j in run[1:])
        ):
            return list(run)
    return []


def _letter_bullets(doc: Document, src: list[str], line_of: list[int], used: bytearray, need: Counter[str]) -> None:
    """OCR's bullet read as a letter (``e The Penguin dataset``), which the cleaner made a
    bullet (a ``letter-bullet`` repair): the letter is no word of the paper."""
    lines = {r.line: word_tokens(r.before)[0] for r in doc.repairs if r.rule == "letter-bullet"}
    for i, n in enumerate(line_of):
        if n in lines and not used[i] and src[i] == lines[n]:
            used[i] = 1
            need[src[i]] -= 1
            del lines[n]


def _table_joins(
    doc: Document, src: list[str], line_of: list[int], used: bytearray, left: Counter[str], need: Counter[str]
) -> None:
    """A table's header cell whose word the narrow column broke over two or three lines
    (``Un-`` / ``de-`` / ``cided`` -> ``Undecided``): its parts stand one above the other,
    with other cells' words between them in the text, so they are matched within the
    table's own lines, in line order, not as neighbours."""
    tables = [b for b in doc.blocks if b.kind == "table" and b.rows]
    at_line: dict[int, list[int]] = {}
    for i, n in enumerate(line_of if tables else ()):
        at_line.setdefault(n, []).append(i)
    for b in tables:
        assert b.rows is not None
        near = [i for n in range(b.source[0], b.source[1] + 1) for i in at_line.get(n, ())]
        for w in word_tokens(_cells_text(b.rows)):
            if left[w] <= need[w]:
                continue
            parts = _parts_of(w, [i for i in near if not used[i]], src, line_of)
            if parts:
                for i in parts:
                    used[i] = 1
                    need[src[i]] -= 1
                left[w] -= 1


def _cells_text(rows: list[list[str]]) -> str:
    return " ".join(c for r in rows for c in r)


def _parts_of(word: str, free: list[int], src: list[str], line_of: list[int], depth: int = 3) -> list[int]:
    """Indexes of two or three free input words, each on a later line than the one before,
    that make ``word`` end to end; [] when none do."""
    for i in free:
        t = src[i]
        if not word.startswith(t) or t == word:
            continue
        rest = word[len(t) :]
        later = [j for j in free if line_of[j] > line_of[i]]
        if any(src[j] == rest for j in later):
            return [i, next(j for j in later if src[j] == rest)]
        if depth > 2:
            deeper = _parts_of(rest, later, src, line_of, depth - 1)
            if deeper:
                return [i, *deeper]
    return []


def _join_pass(
    src: list[str],
    line_of: list[int],
    used: bytearray,
    spare: dict[str, int],
    left: Counter[str],
    need: Counter[str],
    strict: bool = False,
) -> bool:
    """Take consecutive unused input words, each but the last ending its line, whose
    concatenation is a spare kept word ("estrutu-" / "rado"; never "estrutura do")."""
    found = False
    heads = {w[:k] for w in spare for k in range(1, len(w))}  # a join grows only while it can still match
    for i in range(len(src) - 1):
        if used[i] or src[i] not in heads or (strict and need[src[i]] <= left[src[i]]):
            continue
        joined = src[i]
        for span in range(2, _JOIN_SPAN + 1):
            j = i + span - 1
            if j >= len(src) or used[j] or line_of[j] == line_of[j - 1] or (strict and need[src[j]] <= left[src[j]]):
                break
            joined += src[j]
            if joined not in heads and spare.get(joined, 0) <= 0:
                break
            if spare.get(joined, 0) > 0:
                spare[joined] -= 1
                left[joined] -= 1
                need.subtract(src[i : j + 1])
                used[i : j + 1] = b"\x01" * span
                found = True
                break
    return found


def _marks(doc: Document, raw_lines: list[str]) -> Counter[str]:
    """The numbers galley may drop because it renders them itself: a linked footnote's
    number (at its call and at the note) and an affiliation's mark (beside the author and
    before the affiliation). A note's number is read from its own raw line ("3. A
    existência ..." is note 3, whatever its rank); affiliation n may lose "n" twice."""
    notes = [n for b in doc.blocks if b.inlines for run in b.inlines if run.kind == "note" for n in run.note]
    notes += [b for b in doc.blocks if b.kind == "footnote"]  # an endnote keeps its place, not always its number
    marks: Counter[str] = Counter()
    for rank, note in enumerate(notes, 1):
        line = raw_lines[note.source[0] - 1] if 0 < note.source[0] <= len(raw_lines) else ""
        found = re.match(r"\s*(\d{1,3})", line)
        marks[found.group(1) if found else str(rank)] += 2
    affiliations = len(doc.meta.affiliations) + sum(
        a.affiliation.count(";") + 1 for a in doc.meta.authors if a.affiliation
    )
    for n in range(1, affiliations + 1):
        marks[str(n)] += 2
    return marks
