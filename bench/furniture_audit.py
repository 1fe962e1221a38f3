"""Is any line of the paper's own text removed as page furniture? (issue 13)

For every raw text of the dev corpora, the lines galley reports as removed furniture are
compared with the truth's body text: a removed line of three words or more that the body
holds verbatim (after the scorer's normalisation) is body text deleted, a defect.

    .venv/bin/python bench/furniture_audit.py [--corpus jose|scielo|all] [--verbose]

Prints the count per variant and, with --verbose, each removed line. Figures, not asserts
(tests/clean holds the assertions on small real excerpts).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = {"jose": SHARED / "corpus", "scielo": SHARED / "corpus-scielo"}


def audit(txt: Path, truth: dict, norm) -> list[str]:  # type: ignore[no-untyped-def]
    from galley.pipeline import analyse

    body = " " + norm(" ".join(b["text"] for b in truth["blocks"])) + " "
    doc = analyse(txt)
    hits = []
    for r in doc.removed:
        if r.rule == "front-matter":
            continue  # kept as metadata (title, authors), not furniture
        t = norm(r.text)
        if len(t.split()) >= 3 and f" {t} " in body:
            hits.append(f"line {r.line} [{r.rule}] {r.text}")
    return hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(SHARED / "eval"))
    from score import norm_text

    total: Counter[str] = Counter()
    for name in CORPORA if a.corpus == "all" else [a.corpus]:
        for d in sorted(p for p in CORPORA[name].iterdir() if (p / "truth.json").is_file()):
            truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
            for txt in sorted(d.glob("*.txt")):
                hits = audit(txt, truth, norm_text)
                total[txt.stem] += len(hits)
                if a.verbose:
                    for h in hits:
                        print(f"{d.name}/{txt.stem}: {h}")
    for variant, n in sorted(total.items()):
        print(f"{variant:24} {n:4d} body lines removed as furniture")
    print(f"{'all':24} {sum(total.values()):4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
