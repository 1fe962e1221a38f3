"""The collection site: ``index.html`` listing every paper of a batch, a journal issue's contents.

Built from run reports (``report.json``, or every ``report.shard-i-of-n.json`` that CI
matrix jobs left in one folder), so a site can be assembled after the shards finish:
``galley site dist/``.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from galley import __version__

_CSS = """
body{font:17px/1.5 Georgia,'Source Serif Pro',serif;max-width:46rem;margin:3rem auto;padding:0 1.2rem;color:#1b1b1b}
h1{font-weight:600;font-size:1.9rem;margin-bottom:2rem}ol{list-style:none;padding:0}
li{margin:0 0 1.6rem}.title{font-size:1.2rem;font-weight:600}.meta{color:#555}
.links a{margin-right:.8rem;font-size:.9rem}a{color:#1a4d8f}
"""


def index_html(title: str, papers: list[dict[str, Any]]) -> str:
    """One entry per built paper: title (or file name), authors, date, links to each format."""
    e = html.escape
    items = []
    for p in papers:
        if p.get("status") == "failed" or not p.get("outputs"):
            continue
        meta = p.get("meta", {})
        outputs = {fmt: name for fmt, name in p["outputs"].items() if fmt in ("html", "epub", "pdf")}
        main = outputs.get("html") or next(iter(outputs.values()), "")
        name = meta.get("title") or p["stem"]
        heading = f'<a href="{e(main)}">{e(name)}</a>' if main else e(name)
        byline = ", ".join(meta.get("authors", []))
        details = " · ".join(x for x in (e(byline), e(meta.get("date", ""))) if x)
        links = "".join(f'<a href="{e(n)}">{fmt.upper()}</a>' for fmt, n in outputs.items())
        items.append(
            f'<li><div class="title">{heading}</div>'
            + (f'<div class="meta">{details}</div>' if details else "")
            + f'<div class="links">{links}</div></li>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="galley {e(__version__)}">'
        f"<title>{e(title)}</title><style>{_CSS}</style></head>"
        f"<body><main><h1>{e(title)}</h1><ol>{''.join(items)}</ol></main></body></html>\n"
    )


def write_index(out_dir: Path, title: str, papers: list[dict[str, Any]]) -> Path:
    from galley.ci.report import write_atomic

    path = out_dir / "index.html"
    write_atomic(path, index_html(title, papers).encode("utf-8"))
    return path
