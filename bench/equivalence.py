"""Does this tree analyse text exactly as an earlier revision did? For speed work.

A change meant only to be faster must not change one decision. The corpus shows that for
its own 121 texts; this script shows it for thousands of generated hostile documents
(``bench/fuzz.py``'s generator: corpus lines, markup, odd Unicode, random layout and
encodings). It checks out REV beside the repository (``git worktree``), runs read -> clean
-> structure with both trees on the same documents, and compares everything: metadata,
blocks, every repair and removed line, the warnings, or the error when one is raised.

    .venv/bin/python bench/equivalence.py REV [--count 3000] [--seed 0]

Exit 0 when identical; 1 otherwise, with the count of differing documents and a diff of the first few.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def dump(src: Path, docs: Path, out: Path) -> subprocess.Popen[bytes]:
    """Analyse every document with the galley in ``src``, in a process of its own."""
    return subprocess.Popen([sys.executable, __file__, "--dump", str(src), str(docs), str(out)])


def child_dump(src: str, docs: str, out: str) -> None:
    sys.path.insert(0, src)
    from galley.errors import GalleyError
    from galley.pipeline import analyse

    with open(out, "w", encoding="utf-8") as fh:
        for f in sorted(Path(docs).glob("*.txt")):
            fh.write(f"=== {f.name}\n")
            try:
                d = analyse(f)
            except GalleyError as exc:
                fh.write(f"error {type(exc).__name__}: {exc}\n")
                continue
            # Empty fields left out: a field added since REV compares equal while it stays empty.
            meta = {k: v for k, v in dataclasses.asdict(d.meta).items() if v}
            fh.write(json.dumps(meta, ensure_ascii=False) + "\n")
            for item in [*d.blocks, *d.repairs, *d.removed]:
                fh.write(repr(item) + "\n")
            for w in d.warnings:
                fh.write(f"warning {w}\n")


def _documents(path: Path) -> dict[str, list[str]]:
    docs: dict[str, list[str]] = {}
    lines: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("=== "):
                lines = docs.setdefault(line[4:].strip(), [])
            else:
                lines.append(line.rstrip("\n"))
    return docs


def differences(a: Path, b: Path, show: int = 3) -> tuple[int, str]:
    """How many documents differ, and a unified diff of the first ``show`` of them."""
    import difflib

    old, new = _documents(a), _documents(b)
    differ = [name for name in sorted(old.keys() | new.keys()) if old.get(name) != new.get(name)]
    text = []
    for name in differ[:show]:
        diff = difflib.unified_diff(old.get(name, []), new.get(name, []), REV_LABEL, "this tree", n=0, lineterm="")
        text.append(f"--- {name}\n" + "\n".join(line[:300] for line in list(diff)[2:40]))
    return len(differ), "\n".join(text)


REV_LABEL = "rev"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rev", nargs="?", help="the revision to compare with (e.g. HEAD~5, a tag)")
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=3, help="how many differing documents to print a diff of")
    ap.add_argument("--dump", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.dump:
        child_dump(*args.dump)
        return 0
    if not args.rev:
        ap.error("give the revision to compare with")
    sys.path.insert(0, str(ROOT / "bench"))
    import fuzz

    with tempfile.TemporaryDirectory(prefix="galley-equivalence-") as t:
        tmp = Path(t)
        old = tmp / "old"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(old), args.rev], check=True)
        try:
            docs = tmp / "docs"
            docs.mkdir()
            rng = random.Random(args.seed)
            pool = fuzz.corpus_lines(ROOT.parent / "shared" / "corpus")
            for i in range(args.count):
                (docs / f"doc{i:05d}.txt").write_bytes(fuzz.make_document(rng, pool))
            jobs = [dump(old / "src", docs, tmp / "old.txt"), dump(ROOT / "src", docs, tmp / "new.txt")]
            if any(j.wait() != 0 for j in jobs):
                print("equivalence: a dump failed (see the traceback above)", file=sys.stderr)
                return 1
            count, diff = differences(tmp / "old.txt", tmp / "new.txt", args.show)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)
    if count:
        print(f"equivalence: {count} of {args.count} documents differ from {args.rev} (seed {args.seed}); the first:")
        print(diff)
        return 1
    print(f"equivalence: identical to {args.rev} on {args.count} generated documents (seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
