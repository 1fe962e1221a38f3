"""The record of a clean, as lines a person reads: ``galley explain INPUT``.

Every repair and every removed line, in the order of the raw file, each with its line
numbers, before -> after, the rule and its evidence, then a count per rule. Tests assert
repairs through the same records (``CleanResult.repairs`` / ``.removed``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from galley.clean import clean
from galley.model import CleanResult, Removed


def clean_path(path: Path) -> tuple[CleanResult, list[str]]:
    """read -> clean for one raw text, with its sidecar language and corrections file."""
    from galley.inputs.corrections import load_corrections
    from galley.inputs.read import read_path, to_lines
    from galley.inputs.sidecar import load_sidecar
    from galley.language import paper_language

    raw = read_path(path)
    lines = to_lines(raw)
    lang = paper_language((ln.text for ln in lines), load_sidecar(path).language) or "en"  # as pipeline.analyse
    return clean(lines, lang=lang, corrections=load_corrections(path)), raw.warnings


def describe_removed(r: Removed) -> str:
    return f"line {r.line}: [removed {r.rule}] {r.text!r} ({r.why})"


def report_lines(result: CleanResult, warnings: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    """Warnings first, then repairs and removed lines by raw line number, then totals."""
    out = [f"warning: {w}" for w in [*warnings, *result.warnings]]
    entries: list[tuple[int, int, str]] = [(r.line, 0, describe_removed(r)) for r in result.removed]
    entries += [(rep.line, 1, rep.describe()) for rep in result.repairs]
    out += [text for _, _, text in sorted(entries, key=lambda e: (e[0], e[1]))]
    counts = Counter(rep.rule for rep in result.repairs)
    counts.update(f"removed {r.rule}" for r in result.removed)
    if counts:
        out.append("total: " + ", ".join(f"{rule} {n}" for rule, n in sorted(counts.items())))
    else:
        out.append("total: no repairs")
    return out
