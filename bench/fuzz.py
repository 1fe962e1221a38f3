"""Fuzz galley's read -> clean -> structure path with generated documents (issue 7).

Each document mixes real extracted lines (from the shared corpus when present), hostile
strings (markup, template syntax, control characters, odd spaces, ligatures), random Unicode,
and random layout (blank lines, form feeds, indentation, trailing spaces, line-end hyphens,
CR/CRLF, BOMs, legacy encodings). For every document galley must either give a Document that
loses no word (``diagnostics.lost_words``) or raise one GalleyError; every 100th document
also goes through pandoc to HTML. Failures are written with their seed so they replay.

    .venv/bin/python bench/fuzz.py [--count 10000] [--seed 0] [--json dist/fuzz.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from galley.diagnostics import lost_words  # noqa: E402
from galley.errors import GalleyError  # noqa: E402
from galley.pipeline import analyse  # noqa: E402

HOSTILE = [
    "<script>alert(1)</script>",
    "{{ x }}",
    "{% if %}",
    "$$E=mc^2$$",
    "*bold*",
    "# heading",
    "1. item",
    "[x](javascript:alert(1))",
    "<img src=file:///etc/passwd>",
    "\\section{x}",
    "\x07",
    "\x1b[31m",
    "\u00ad",
    "\u200b",
    "\u00a0",
    "\ufeff",
    "ﬁ eld",
    "eﬀect",
    "donâ€™t",
    "naÃ¯ve",
    "’",
    "'",
    '"',
    "—",
    "–",
    "‐",
    "•",
    "Page 3",
    "- 4 -",
    "iv",
    "COVID-",
    "19",
    "multi-",
    "lateralism",
    "geo-",
    "economic",
    "mid- and long-term",
    "Keywords:",
    "Abstract",
    "References",
    "DOI: 10.1234/x",
    "https://example.org/a_b",
    # issue 19: characters XML forbids, and control characters of every kind
    "\uffff",
    "\ufffe",
    "\x01",
    "\x0b",
    "\x1f",
    'en"><script>',
]


def corpus_lines(corpus: Path, limit: int = 20000) -> list[str]:
    lines: list[str] = []
    for path in sorted(corpus.glob("*/*.txt")):
        lines.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
        if len(lines) > limit:
            break
    return [ln for ln in lines if ln.strip()] or ["The quick brown fox jumps over the lazy dog."]


def random_word(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.15:
        return rng.choice(HOSTILE)
    if pick < 0.25:
        return "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randint(1, 6)))
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDE") for _ in range(rng.randint(1, 10)))


def make_document(rng: random.Random, pool: list[str]) -> bytes:
    """A generated hostile document: corpus lines, random and hostile words, odd spacing,
    blank lines, form feeds, repeated lines, mixed line ends and encodings."""
    lines: list[str] = []
    start = rng.randrange(len(pool))
    for i in range(rng.randint(1, 120)):
        lines.append(_line(rng, pool[(start + i) % len(pool)]))
        if rng.random() < 0.3:
            lines.append("")
        if rng.random() < 0.03:
            lines.append("\f")
    if rng.random() < 0.03:  # a page's worth of one line repeated (published empty once)
        lines += [rng.choice(lines)] * rng.randint(20, 60)
    return _encode(rng, lines)


def _line(rng: random.Random, corpus_line: str) -> str:
    r = rng.random()
    if r < 0.6:
        line = corpus_line
    elif r < 0.85:
        line = " ".join(random_word(rng) for _ in range(rng.randint(1, 14)))
    else:
        line = rng.choice(HOSTILE)
    if rng.random() < 0.1:
        line = " " * rng.randint(1, 8) + line
    if rng.random() < 0.2:
        line += " " * rng.randint(1, 3)
    if rng.random() < 0.05:
        line += "-"
    return line


def _encode(rng: random.Random, lines: list[str]) -> bytes:
    eol = rng.choice(["\n"] * 8 + ["\r\n", "\r"])
    text = eol.join(lines)
    enc = rng.random()
    if enc < 0.04 and len(lines) > 2:  # one Windows-1252 line in a UTF-8 file (issue 19)
        k = rng.randrange(len(lines))
        legacy = lines[k].encode("cp1252", errors="ignore")
        return (
            eol.join(lines[:k]).encode("utf-8")
            + eol.encode()
            + legacy
            + eol.encode()
            + eol.join(lines[k + 1 :]).encode("utf-8")
        )
    if enc < 0.07:
        return "\ufeff".encode() + text.encode("utf-8")
    if enc < 0.10:
        return text.encode("utf-16")
    if enc < 0.14:
        return text.encode("cp1252", errors="ignore")
    return text.encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--json", type=Path, default=ROOT / "dist" / "fuzz.json")
    args = ap.parse_args(argv)
    pool = corpus_lines(args.corpus)
    outcomes = {"ok": 0, "galley_error": 0, "crash": 0, "lost_words": 0, "html": 0}
    failures: list[dict[str, object]] = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.txt"
        for n in range(args.count):
            seed = args.seed * 1_000_003 + n
            data = make_document(random.Random(seed), pool)
            path.write_bytes(data)
            try:
                doc = analyse(path)
            except GalleyError:
                outcomes["galley_error"] += 1
                continue
            except Exception as exc:  # the thing we hunt for
                outcomes["crash"] += 1
                failures.append(
                    {"seed": seed, "kind": "crash", "error": repr(exc), "trace": traceback.format_exc()[-800:]}
                )
                continue
            from galley.inputs.read import decode

            lost = lost_words(decode(data).text, doc)
            if lost:
                outcomes["lost_words"] += 1
                failures.append({"seed": seed, "kind": "lost", "words": lost[:10]})
            else:
                outcomes["ok"] += 1
            if n % 100 == 0:
                from galley.publish.html import body_html

                body_html(doc)
                outcomes["html"] += 1
    elapsed = time.perf_counter() - t0
    kinds: dict[str, int] = {}
    for f in failures:
        where = str(f.get("trace", "")).rstrip().rsplit("\n", 3)[0].rsplit("File ", 1)[-1][:90]
        key = f"{f['kind']}: {f.get('error', '')!s:.60} {where}" if f["kind"] == "crash" else "lost"
        kinds[key] = kinds.get(key, 0) + 1
    result = {
        "count": args.count,
        "kinds": kinds,
        "seed": args.seed,
        "seconds": round(elapsed, 1),
        **outcomes,
        "failures": failures[:200],
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(
        f"fuzz: {args.count} documents in {elapsed:.0f} s: {outcomes['ok']} ok, "
        f"{outcomes['galley_error']} clean errors, "
        f"{outcomes['crash']} crashes, {outcomes['lost_words']} lost words, {outcomes['html']} through pandoc"
    )
    for f in failures[:5]:
        print(" ", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
