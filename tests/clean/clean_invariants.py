"""What holds for every clean, whatever the input: shared by the golden cases and the
property tests.

1. No word is lost or invented: the input's words (after the recorded character repairs)
   are the output's (units and removed furniture), as a multiset, once each recorded join
   is applied (``multi-`` + ``lateralism`` -> ``multilateralism``).
2. Cleaning galley's own output again changes nothing a reader sees: no character repair
   (the text is typographically clean already) and the same text, spaces aside. Two
   allowances, both because the second run reads one unit per line without page breaks:
   a typewriter dash that a line end hid from the dash rule (``the -`` / ``Next``) becomes
   typographic, and a line that repeats far apart is reported as furniture.
"""

from __future__ import annotations

from collections import Counter

from galley.clean import clean
from galley.clean.characters import RULES
from galley.clean.joins import is_cjk
from galley.diagnostics import input_tokens, word_tokens
from galley.inputs.read import to_lines
from galley.model import WORD_JOINS, CleanResult, Unit

CHARACTER_RULES = {name for name, _ in RULES}
# Repairs that make one word of the words either side of a line end.
JOIN_RULES = (
    "hyphen-join",
    "hyphen-keep",
    "correction-hyphen-join",
    "correction-hyphen-keep",
    *WORD_JOINS,
)


def _words(tokens: list[str]) -> list[str]:
    """``diagnostics.word_tokens``, each Chinese or Japanese character a word of its own (a
    line end between two of them joins without a space)."""
    out: list[str] = []
    for tok in tokens:
        run = ""
        for ch in tok:
            if is_cjk(ch):
                out += [run, ch] if run else [ch]
                run = ""
            else:
                run += ch
        if run:
            out.append(run)
    return out


def words_accounted_for(raw: str, result: CleanResult) -> Counter[str]:
    """The difference between the words out and the words in (empty when every word is
    accounted for): positive counts were invented, negative ones lost."""
    expected = Counter(_words(input_tokens(raw)))
    for r in result.repairs:
        if r.rule in JOIN_RULES or r.rule == "letter-bullet":
            expected.subtract(_words(word_tokens(r.before)))
            expected.update(_words(word_tokens(r.after)))
    kept = " ".join([u.text for u in result.units] + [r.text for r in result.removed])
    got = Counter(_words(word_tokens(kept)))
    got.subtract(expected)
    return Counter({w: n for w, n in got.items() if n})


def render(units: list[Unit]) -> str:
    """The cleaned text as a reader has it: one paragraph a line, a blank line between."""
    return "\n\n".join(u.text for u in units) + "\n"


def _reading(text: str) -> str:
    return "".join(text.split()).replace("–", "-").replace("—", "-")


def second_run_changes(result: CleanResult) -> list[str]:
    """What cleaning ``result``'s text again changes that a reader would see (empty: nothing)."""
    again = clean(to_lines(render(result.units)))
    changes = [r.describe() for r in again.repairs if r.rule in CHARACTER_RULES and r.rule != "dashes"]
    # Units and the lines the second run reports as furniture, in the order of the text.
    pieces = sorted([(u.first_line, u.text) for u in again.units] + [(r.line, r.text) for r in again.removed])
    before = _reading(" ".join(u.text for u in result.units))
    after = _reading(" ".join(text for _, text in pieces))
    if before != after:
        cut = next(
            (i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), min(len(before), len(after))
        )
        changes.append(f"text differs at {cut}: {before[cut - 30 : cut + 30]!r} -> {after[cut - 30 : cut + 30]!r}")
    return changes
