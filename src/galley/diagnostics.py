"""Warnings are data: what galley repaired in the input, said once per kind, for the
report, the log and ``--strict``."""

from __future__ import annotations

from collections import Counter

from galley.model import Repair

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
