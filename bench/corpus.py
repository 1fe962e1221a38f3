"""Score galley's HTML on the dev corpora with ../shared/eval, in-process and in parallel.

    .venv/bin/python bench/corpus.py                        # both corpora, every variant
    .venv/bin/python bench/corpus.py --corpus jose --variants ocr-tesseract --ids jose.00090
    .venv/bin/python bench/corpus.py --save before.json     # keep the per-document rows
    .venv/bin/python bench/corpus.py --corpus /tmp/relayout/corpus   # any folder of <id>/truth.json
    .venv/bin/python bench/corpus.py --compare before.json  # print the per-variant change

Each text is analysed and its HTML page written the way ``galley build --format html`` does,
but without a process per paper (the whole dev set takes seconds, not minutes), into
``--outputs`` (default ``/tmp/galley-corpus``), where ``galley proof`` or a browser can look.
Figures, not asserts: the scorer is ``../shared/eval/score.py``, never a copy of it.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = {"jose": SHARED / "corpus", "scielo": SHARED / "corpus-scielo"}
METRICS = (
    "word_f1",
    "junk_rate",
    "lost_rate",
    "split_word_acc",
    "para_f1",
    "heading_f1",
    "heading_level_acc",
    "title_ok",
    "authors_f1",
    "type_f1",
    "table_row_f1",
    "url_acc",
    "quote_f1",
    "list_f1",
    "footnote_f1",
    "reference_f1",
)
SHORT = {
    "word_f1": "word",
    "junk_rate": "junk",
    "lost_rate": "lost",
    "split_word_acc": "split",
    "para_f1": "para",
    "heading_f1": "head",
    "heading_level_acc": "h_lvl",
    "title_ok": "title",
    "authors_f1": "auth",
    "type_f1": "type",
    "table_row_f1": "table",
    "url_acc": "url",
    "quote_f1": "quote",
    "list_f1": "list",
    "footnote_f1": "fnote",
    "reference_f1": "refs",
}


def _build(job: tuple[str, str, str, str]) -> tuple[str, str, str, str]:
    src, out, doc_id, variant = job
    from galley.pipeline import analyse
    from galley.publish import html
    from galley.publish.themes import load

    try:
        doc = analyse(Path(src))
        theme = load("journal")
        page = html.render_page(doc, theme, stem=Path(src).stem, body=html.body_html(doc), links={}, css_inline="")
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(page, encoding="utf-8")
        return doc_id, variant, "ok", ""
    except Exception as exc:  # a crash scores as a missing output, as in run.py
        return doc_id, variant, "error", f"{type(exc).__name__}: {exc}"


def _score_one(job: tuple[str, str, str, str]) -> list[dict]:
    corpus, outdir, doc_id, variant = job
    sys.path.insert(0, str(SHARED / "eval"))
    import score

    return score.score_corpus(Path(corpus), Path(outdir), {variant}, {doc_id})


def jobs(corpus: Path, outdir: Path, variants: set[str] | None, ids: set[str] | None) -> list[tuple[str, ...]]:
    out = []
    for d in sorted(p for p in corpus.iterdir() if (p / "truth.json").is_file()):
        if ids and d.name not in ids:
            continue
        for txt in sorted(d.glob("*.txt")):
            if variants and txt.stem not in variants:
                continue
            out.append((str(txt), str(outdir / d.name / f"{txt.stem}.html"), d.name, txt.stem))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="all", help="jose, scielo, all, or a corpus folder (<id>/truth.json)")
    ap.add_argument("--variants")
    ap.add_argument("--ids")
    ap.add_argument("--outputs", type=Path, default=Path("/tmp/galley-corpus"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--save", type=Path, help="write the per-document rows here (JSON)")
    ap.add_argument("--compare", type=Path, help="a --save file to print the change against")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(SHARED / "eval"))

    variants = set(a.variants.split(",")) if a.variants else None
    ids = set(a.ids.split(",")) if a.ids else None
    if a.corpus in (*CORPORA, "all"):
        corpora = CORPORA if a.corpus == "all" else {a.corpus: CORPORA[a.corpus]}
    elif Path(a.corpus).is_dir():
        corpora = {Path(a.corpus).name: Path(a.corpus)}
    else:
        ap.error(f"--corpus: {a.corpus} is no corpus name ({', '.join(CORPORA)}, all) nor a folder")
    all_rows: dict[str, list[dict]] = {}
    for name, corpus in corpora.items():
        outdir = a.outputs / name
        todo = jobs(corpus, outdir, variants, ids)
        if not todo:
            continue
        for j in todo:
            Path(j[1]).unlink(missing_ok=True)
        with ProcessPoolExecutor(a.jobs) as pool:
            for doc_id, variant, status, err in pool.map(_build, todo, chunksize=4):
                if status != "ok":
                    print(f"FAILED {name}/{doc_id}/{variant}: {err}", file=sys.stderr)
        with ProcessPoolExecutor(a.jobs) as pool:
            parts = pool.map(_score_one, [(str(corpus), str(outdir), j[2], j[3]) for j in todo])
            rows = [r for part in parts for r in part]
        all_rows[name] = rows
        print(f"== {name}")
        _table(rows, a.compare and _load(a.compare).get(name))
    if a.save:
        a.save.write_text(json.dumps(all_rows))
    return 0


def _load(path: Path) -> dict[str, list[dict]]:
    return json.loads(path.read_text())


def _means(rows: list[dict]) -> dict[str, dict[str, float]]:
    """The scorer's own summary (means, pooled split and URL accuracy) per variant and overall."""
    import score

    groups: dict[str, list[dict]] = {"overall": rows}
    for r in rows:
        groups.setdefault(r["variant"], []).append(r)
    out: dict[str, dict[str, float]] = {}
    for key, rs in groups.items():
        s = score.summarize(rs)
        out[key] = {m: s[m] for m in METRICS if isinstance(s.get(m), (int, float))}
        for ty in ("quote", "list_item", "footnote", "reference"):
            f1 = (s.get("types") or {}).get(ty, {}).get("f1")
            m = {"list_item": "list_f1"}.get(ty, f"{ty}_f1")
            if f1 is not None:
                out[key][m] = f1  # pooled per type, as the scorer's JSON has them
    return out


def _table(rows: list[dict], before: list[dict] | None) -> None:
    now = _means(rows)
    old = _means(before) if before else {}
    print(f"{'variant':24}" + "".join(f"{SHORT[m]:>7}" for m in METRICS))
    for key in sorted(k for k in now if k != "overall") + ["overall"]:
        cells = []
        for m in METRICS:
            v = now[key].get(m)
            if v is None:
                cells.append(f"{'-':>7}")
                continue
            o = old.get(key, {}).get(m)
            mark = ""
            if o is not None and abs(v - o) >= 0.0005:
                better = (v < o) if m in ("junk_rate", "lost_rate") else (v > o)
                mark = "+" if better else "-"
            cells.append(f"{v:6.3f}{mark or ' '}")
        print(f"{key:24}" + "".join(cells))


if __name__ == "__main__":
    raise SystemExit(main())
