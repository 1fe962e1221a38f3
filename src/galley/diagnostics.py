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

from galley.model import Document, Repair

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
    Code("W-LIGATURES", "notice", "expanded typographic ligatures on {n} line(s)",
         "routine in text extracted from a PDF (fi, fl, ffi as one character); nothing to do", "ligature"),
    Code("W-LINE-ENDS", "notice", "normalised CR/CRLF line ends",
         "routine for text saved on Windows; nothing to do"),
    Code("W-BOM", "notice", "decoded as {x} (byte-order mark)",
         "the byte-order mark says the encoding; nothing to do"),
    Code("W-SPACES", "notice", "normalised unusual spaces, zero-width or control characters on {n} line(s)",
         "usually invisible extraction debris; look at the repaired lines if the text was hand-made", "spaces"),
    Code("W-SPLIT-LIGATURE", "warning", "joined words split after a ligature on {n} line(s)",
         "the extractor broke words after a ligature; check the joined words in the report", "split-ligature"),
    Code("W-MOJIBAKE", "warning", "repaired mojibake (text decoded with the wrong encoding) on {n} line(s)",
         "the text was decoded with the wrong encoding before it reached galley; check the repaired lines, "
         "or re-extract as UTF-8", "mojibake"),
    Code("W-ENCODING", "warning", "not UTF-8: decoded as {x}",
         "the encoding was guessed; re-save the text as UTF-8 to be sure"),
    Code("W-NO-TITLE", "warning", "no title found: add one to the sidecar (title = \"...\")",
         "write the title in the sidecar <name>.toml"),
    Code("W-NO-AUTHORS", "warning", "no authors found: add [[authors]] to the sidecar",
         "write the authors in the sidecar <name>.toml"),
    Code("W-VALIDATOR", "warning", "{x}: {y}",
         "a validator's warning (EPUBCheck, the Nu HTML checker, axe, the PDF check); the message names it"),
    Code("W-OTHER", "warning", "{x}", "a warning without a code of its own yet; the message says what happened"),
    Code("E-LOST-TEXT", "error", "{n} word(s) of the input are in no output and not in the removed furniture: {x}",
         "galley dropped text: please report it with the input; `galley explain` shows what the cleaner did"),
    Code("E-VALIDATOR", "error", "{x} found errors: {y}",
         "an output is invalid (EPUBCheck, the Nu HTML checker, axe, the PDF check); the message names it"),
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
NOTEWORTHY = {c.rule: c.message for c in sorted((c for c in CODES if c.rule), key=lambda c: (
    "mojibake", "spaces", "ligature", "split-ligature").index(c.rule))}


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
    from galley.clean import characters

    tokens: list[str] = []
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n"):
        line = line.replace("\t", "    ").strip()  # as read.to_lines hands lines to clean
        for _, rule in characters.RULES:
            line = rule(line)
        tokens.extend(word_tokens(line))
    return tokens


def document_tokens(doc: Document) -> list[str]:
    """Every word a Document keeps: blocks, notes, metadata, and removed furniture."""
    parts = []
    for b in doc.blocks:
        parts += [b.text, b.number]  # a list item's number is rendered as its list numbering
        for run in b.runs():
            parts.append(run.text)
            parts.extend(n.text for n in run.note)
    m = doc.meta
    parts += [m.title, m.subtitle, m.date, m.doi, m.licence, m.abstract, *m.keywords, *m.affiliations]
    parts += [f"{a.name} {a.affiliation} {a.orcid} {a.email}" for a in m.authors]
    parts += [r.text for r in doc.removed]
    return word_tokens(" ".join(parts))


def lost_words(raw: str, doc: Document) -> list[str]:
    """Input words found nowhere in the Document (nor in its removed-furniture list).

    A joined line-end hyphen turns ``multi`` + ``lateralism`` into one word containing
    both, so a word inside a longer kept word counts as kept; a footnote or affiliation
    mark glued to a word counts as kept when the word is.
    """
    kept = document_tokens(doc)
    have = set(kept)
    blob = " ".join(kept)

    def found(t: str) -> bool:
        if t in have or t in blob:
            return True
        # A footnote call or affiliation mark glued to a word (``website2``, ``Trisovic4``,
        # ``4The``) becomes a link or superscript: the word itself must still be there.
        core = _MARKER_EDGES.sub("", t)
        return bool(core) and core != t and (core in have or core in blob)

    return [t for t in input_tokens(raw) if not found(t)]
