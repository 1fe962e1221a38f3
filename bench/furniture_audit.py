"""Is any line of the paper's own text removed as page furniture? (issue 13)

For every raw text of the dev corpora, the lines galley reports as removed furniture are
compared with the truth's body text. A removed line of three words or more (after the
scorer's normalisation) is counted twice:

- ``in body``: the truth's body holds it verbatim (the first, strict count: a running head
  that repeats the title, ``The Argo Online School``, counts here when a sentence of the
  body starts with those words, although the head itself is rightly removed);
- ``lost``: the truth's body holds it more often than the output's text does: a line of the
  paper's own text deleted. This is the defect; its target is 0.

    .venv/bin/python bench/furniture_audit.py [--corpus jose|scielo|all] [--verbose] [--strict]

Prints the counts per variant and, with --verbose, each lost line (with --strict, each
line of the strict count). Figures, not asserts (tests/clean holds the assertions on
small real excerpts).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = {"jose": SHARED / "corpus", "scielo": SHARED / "corpus-scielo"}


def occurrences(phrase: str, text: str) -> int:
    """How often ``phrase`` occurs in ``text`` as whole words (both padded with spaces)."""
    return text.count(f" {phrase} ")


def document_text(doc) -> str:  # type: ignore[no-untyped-def]
    """Every word the Document publishes: its blocks, their notes, and the front matter."""
    parts: list[str] = [doc.meta.title, doc.meta.abstract, *doc.meta.affiliations]
    stack = list(doc.blocks)
    while stack:
        b = stack.pop()
        for run in b.runs():
            parts.append(run.text)
            stack.extend(run.note)
    return " ".join(parts)


def audit(txt: Path, truth: dict, norm: Callable[[str], str]) -> tuple[list[str], list[str]]:
    """(strict hits, lost hits) for one raw text."""
    from galley.pipeline import analyse

    body = " " + norm(" ".join(b["text"] for b in truth["blocks"])) + " "
    doc = analyse(txt)
    out = " " + norm(document_text(doc)) + " "
    strict, lost = [], []
    for r in doc.removed:
        if r.rule == "front-matter":
            continue  # kept as metadata (title, authors), not furniture
        t = norm(r.text)
        if len(t.split()) < 3 or f" {t} " not in body:
            continue
        hit = f"line {r.line} [{r.rule}] {r.text}"
        strict.append(hit)
        if occurrences(t, body) > occurrences(t, out):
            lost.append(hit)
    return strict, lost


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--strict", action="store_true", help="with --verbose: list the strict count's lines")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(SHARED / "eval"))
    from score import norm_text

    strict_n: Counter[str] = Counter()
    lost_n: Counter[str] = Counter()
    for name in CORPORA if a.corpus == "all" else [a.corpus]:
        for d in sorted(p for p in CORPORA[name].iterdir() if (p / "truth.json").is_file()):
            truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
            for txt in sorted(d.glob("*.txt")):
                strict, lost = audit(txt, truth, norm_text)
                strict_n[txt.stem] += len(strict)
                lost_n[txt.stem] += len(lost)
                if a.verbose:
                    for h in strict if a.strict else lost:
                        print(f"{d.name}/{txt.stem}: {h}")
    print(f"{'variant':24} {'in body':>8} {'lost':>5}")
    for variant in sorted(strict_n):
        print(f"{variant:24} {strict_n[variant]:8d} {lost_n[variant]:5d}")
    print(f"{'all':24} {sum(strict_n.values()):8d} {sum(lost_n.values()):5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
