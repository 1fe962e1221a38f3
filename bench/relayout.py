"""Probe corpora in layouts galley never saw: the dev papers' truth, set anew and extracted anew.

    .venv/bin/python bench/relayout.py                          # every dev paper, every layout
    .venv/bin/python bench/relayout.py --ids jose.00206 --layouts indent --extractors poppler
    .venv/bin/python bench/corpus.py --corpus /tmp/relayout     # then score it as any corpus

The dev variants are nine renders of 24 papers and three of 20; a rule tuned on them can
still fail on the next journal's page. This script sets each paper's ``truth.json`` in
layouts none of the dev variants has (indented paragraphs with no space between them,
ragged sans-serif text, a narrow page with large type, two columns of small type), renders
each with WeasyPrint and reads the PDF back with the extractors galley meets (pdftotext,
its layout mode, pdfminer, pypdf and its layout mode). The folder it writes (``<id>/truth.json`` and
``<id>/<layout>-<extractor>.txt``) is a corpus that ``bench/corpus.py --corpus`` scores with
``../shared/eval``, so a change's effect on unseen layouts is measured beside the dev set.

The truth is the scorer's, so the probes measure what a reader would get: the words, the
paragraphs, headings and levels, lists, quotes, notes and references of the paper as set.
Figures are empty boxes under their captions; a table row is one cell (the truth keeps no
cells). Nothing here is galley: the renders come from the truth alone.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = {"jose": SHARED / "corpus", "scielo": SHARED / "corpus-scielo"}

# Each layout is a page and a type setting no dev variant has.
BASE_CSS = """
body { margin: 0; }
.front, h2, h3, h4 { text-align: left; hyphens: manual; } h1.title { font-size: 1.6em; margin: 0 0 .6em; }
p.authors { margin: 0; } p.affil { margin: 0; font-size: .85em; }
p.keywords { font-size: .9em; }
figure { margin: 1em 0; } .figbox { height: 5em; border: 1px solid #999; }
table { border-collapse: collapse; margin: .5em 0; } td { padding: 0 .4em; }
pre { font-size: .85em; white-space: pre-wrap; }
.fn { float: footnote; font-size: .8em; }
p.ref { padding-left: 2em; text-indent: -2em; margin: 0 0 .3em; }
"""
LAYOUTS = {
    # A humanities journal: indented paragraphs with no space between them, headings of body
    # size (bold, then italic), running head with the short title, page number in the head.
    "indent": """
@page { size: letter; margin: 2.2cm 2.5cm;
  @top-left { content: string(short); font-size: 8pt; }
  @top-right { content: counter(page); font-size: 8pt; } }
body { font-family: serif; font-size: 11pt; line-height: 1.35; text-align: justify; hyphens: auto; }
h1.title { string-set: short content(); }
p { margin: 0; text-indent: 1.5em; } h2 + p, h3 + p, h4 + p, .front p { text-indent: 0; }
h2 { font-size: 1em; margin: 1.2em 0 .3em; }
h3 { font-size: 1em; font-style: italic; font-weight: normal; margin: .8em 0 .2em; }
h4 { font-size: 1em; font-weight: normal; text-decoration: underline; }
blockquote { margin: .5em 2em; font-size: .95em; }
""",
    # A preprint server's page: sans-serif, ragged right, no hyphenation, A4, a footer with
    # "Page N of M" and a notice on every page.
    "ragged": """
@page { size: A4; margin: 2cm 2.2cm;
  @bottom-left { content: "Preprint - not peer reviewed"; font-size: 8pt; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; } }
body { font-family: sans-serif; font-size: 10pt; line-height: 1.4; text-align: left; hyphens: manual; }
p { margin: 0 0 .7em; } h2 { font-size: 1.3em; } h3 { font-size: 1.1em; } h4 { font-size: 1em; }
blockquote { margin: .5em 1.5em; font-style: italic; }
""",
    # A book-like page: A5, large type, a short measure (about 50 characters a line).
    "a5": """
@page { size: A5; margin: 1.6cm 1.5cm 2cm;
  @bottom-center { content: counter(page); font-size: 9pt; } }
body { font-family: serif; font-size: 12pt; line-height: 1.3; text-align: justify; hyphens: auto; }
p { margin: 0 0 .5em; } h2 { font-size: 1.25em; } h3 { font-size: 1.1em; } h4 { font-size: 1em; font-style: italic; }
blockquote { margin: .4em 1em; }
""",
    # A conference page: two columns of small type under a full-width title block.
    "twocol": """
@page { size: A4; margin: 1.8cm 1.6cm;
  @top-center { content: string(short); font-size: 7.5pt; }
  @bottom-center { content: counter(page); font-size: 8pt; } }
body { font-family: serif; font-size: 9pt; line-height: 1.25; text-align: justify; hyphens: auto; }
h1.title { string-set: short content(); }
.body { column-count: 2; column-gap: 1.2em; }
p { margin: 0 0 .35em; } h2 { font-size: 1.15em; } h3 { font-size: 1em; } h4 { font-size: 1em; font-style: italic; }
blockquote { margin: .3em 1em; }
""",
}
EXTRACTORS = ("poppler", "layout", "pdfminer", "pypdf", "pypdf-layout")


def page_html(truth: dict, layout: str, lang: str) -> str:
    """The paper of ``truth`` as one HTML page in ``layout``."""
    e = html.escape
    affs = truth.get("affiliations") or []
    names = []
    for i, name in enumerate(truth.get("authors") or []):
        mark = f"<sup>{min(i, len(affs) - 1) + 1}</sup>" if affs else ""
        names.append(e(name) + mark)
    front = [f'<h1 class="title">{e(truth.get("title") or "")}</h1>', f'<p class="authors">{", ".join(names)}</p>']
    front += [f'<p class="affil"><sup>{i}</sup>{e(a)}</p>' for i, a in enumerate(affs, 1)]
    if truth.get("keywords"):
        front.append(f'<p class="keywords">Keywords: {e("; ".join(truth["keywords"]))}</p>')
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>{BASE_CSS}{LAYOUTS[layout]}</style>'
        f'</head><body><div class="front">{"".join(front)}</div><div class="body">{body_html(truth["blocks"])}</div>'
        "</body></html>"
    )


# How each kind of block is set; a heading, a caption and a footnote are set by hand.
ELEMENT = {
    "list_item": "<li>{}</li>",
    "table": "<tr><td>{}</td></tr>",
    "reference": '<p class="ref">{}</p>',  # (numbered where the truth's text holds the number)
    "quote": "<blockquote>{}</blockquote>",
    "code": "<pre>{}</pre>",
}
WRAPPER = {"list_item": "ul", "table": "table"}


def body_html(blocks: list[dict]) -> str:
    """The blocks in reading order (a list, a table as one element each), a footnote as a
    note at the foot of the page of the paragraph it follows (after a table, its notes
    under it as the truth has them)."""
    out: list[str] = []
    open_tag = ""
    host: int | None = None  # the paragraph a footnote after it is a note of
    notes: dict[int, tuple[str, list[str]]] = {}  # paragraph -> its text and its notes
    for b in blocks:
        kind, text = b["type"], html.escape(b["text"])
        tag = WRAPPER.get(kind, "")
        if tag != open_tag:
            out += [f"</{open_tag}>"] if open_tag else []
            out += [f"<{tag}>"] if tag else []
            open_tag = tag
        if kind == "footnote" and host is not None:  # (a table's notes stay under it)
            notes.setdefault(host, (out[host][len("<p>") : -len("</p>")], []))[1].append(text)
            continue
        host = len(out) if kind == "paragraph" else None
        if kind == "heading":
            level = min(int(b.get("level") or 1) + 1, 4)
            out.append(f"<h{level}>{text}</h{level}>")
        elif kind == "caption":
            box = '<div class="figbox"></div>' if text.lower().startswith(("fig", "gr")) else ""
            out.append(f"<figure>{box}<figcaption>{text}</figcaption></figure>")
        else:
            out.append(ELEMENT.get(kind, "<p>{}</p>").format(text))
    out += [f"</{open_tag}>"] if open_tag else []
    for at, (text, texts) in notes.items():
        out[at] = f"<p>{with_calls(text, texts)}</p>"
    return "\n".join(out)


# Where a sentence ends inside a paragraph: after its stop, before the next one's capital.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"(])")


def with_calls(text: str, notes: list[str]) -> str:
    """The paragraph with its notes, the last at its end and each one before it at the end
    of a sentence before (the truth says only which paragraph cites a note; calls stacked
    at its end, ``idénticas.123``, are set by no journal)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    spots = ([len(text)] * len(notes) + ends)[-len(notes) :]
    for spot, note in reversed(list(zip(spots, notes, strict=True))):  # (from the end: spots stay put)
        text = f'{text[:spot]}<span class="fn">{note}</span>{text[spot:]}'
    return text


def extract(pdf: Path, extractor: str) -> str:
    """The PDF's text as the extractor gives it."""
    if extractor == "pdfminer":
        from pdfminer.high_level import extract_text

        return str(extract_text(str(pdf)))
    if extractor.startswith("pypdf"):
        from pypdf import PdfReader

        mode = "layout" if extractor == "pypdf-layout" else "plain"
        return "\n".join(page.extract_text(extraction_mode=mode) for page in PdfReader(pdf).pages)
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if extractor == "layout" else []), str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def recall(truth: dict, text: str) -> float:
    """The share of the truth's words (letters and digits) the extracted text holds: a
    render that lost text (a WeasyPrint bug) would measure the renderer, not galley. A word
    hyphenated at a line end counts as missed, so a sound render scores about 0.95."""
    want = Counter(w for b in truth["blocks"] for w in _WORD.findall(b["text"].lower()))
    have = Counter(_WORD.findall(text.lower()))
    return sum(min(n, have[w]) for w, n in want.items()) / max(1, sum(want.values()))


_WORD = re.compile(r"\w+")
RECALL_MIN = 0.9  # below this a render is reported as broken


def _paper(job: tuple[str, str, str, tuple[str, ...], tuple[str, ...], str]) -> str:
    truth_path, out_dir, doc_id, layouts, extractors, lang = job
    import weasyprint

    truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
    out = Path(out_dir) / doc_id
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(truth_path, out / "truth.json")
    for layout in layouts:
        pdf = out / f"{layout}.pdf"
        if not pdf.exists():
            weasyprint.HTML(string=page_html(truth, layout, lang)).write_pdf(pdf)
        for ex in extractors:
            text = extract(pdf, ex)
            (out / f"{layout}-{ex}.txt").write_text(text, encoding="utf-8")
            if (share := recall(truth, text)) < RECALL_MIN:
                print(f"BROKEN RENDER {doc_id} {layout}-{ex}: holds {share:.0%} of the truth's words", file=sys.stderr)
    return doc_id


def _lang(corpus: Path) -> dict[str, str]:
    manifest = corpus / "MANIFEST.json"
    if not manifest.exists():
        return {}
    return {k: v.get("lang", "en") for k, v in json.loads(manifest.read_text())["papers"].items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="all", choices=[*CORPORA, "all"])
    ap.add_argument("--ids")
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    ap.add_argument("--extractors", default=",".join(EXTRACTORS))
    ap.add_argument("--out", type=Path, default=Path("/tmp/relayout"))
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    layouts = tuple(a.layouts.split(","))
    extractors = tuple(a.extractors.split(","))
    if bad := [x for x in layouts if x not in LAYOUTS] + [x for x in extractors if x not in EXTRACTORS]:
        ap.error(f"unknown layout or extractor: {', '.join(bad)}")
    ids = set(a.ids.split(",")) if a.ids else None
    todo = []
    for name, corpus in CORPORA.items():
        if a.corpus not in (name, "all"):
            continue
        langs = _lang(corpus)
        for d in sorted(p for p in corpus.iterdir() if (p / "truth.json").is_file()):
            if not ids or d.name in ids:
                todo.append((str(d / "truth.json"), str(a.out), d.name, layouts, extractors, langs.get(d.name, "en")))
    with ProcessPoolExecutor(a.jobs) as pool:
        for n, doc_id in enumerate(pool.map(_paper, todo), 1):
            print(f"[{n}/{len(todo)}] {doc_id}", file=sys.stderr)
    print(f"{len(todo)} papers x {len(layouts)} layouts x {len(extractors)} extractors in {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
