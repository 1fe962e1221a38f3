"""Warnings are data: what galley repaired in the input, said once per kind, for the
report, the log and ``--strict``."""

from __future__ import annotations

import re
from collections import Counter

from galley.model import Document, Repair

# Repairs a user should hear about: the input was damaged, not merely wrapped.
NOTEWORTHY = {
    "mojibake": "repaired mojibake (text decoded with the wrong encoding) on {n} line(s)",
    "spaces": "normalised unusual spaces, zero-width or control characters on {n} line(s)",
    "ligature": "expanded typographic ligatures on {n} line(s)",
    "split-ligature": "joined words split after a ligature on {n} line(s)",
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
