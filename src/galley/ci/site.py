"""The collection site: ``index.html`` listing every paper of a batch, a journal issue's contents.

Built from run reports (``report.json``, or every ``report.shard-i-of-n.json`` that CI
matrix jobs left in one folder or in one folder each), so a site can be assembled after the
shards finish: ``galley site dist/``, or ``galley site shard-1/ shard-2/ -o site/``, which also
copies every listed paper's files into ``site/`` (and nothing else: no cache, no stale file of
a paper that moved to another shard or was deleted).

The page comes from the theme's ``index.html.j2`` (and ``report.html`` from ``report.html.j2``),
styled by the theme's ``screen.css`` and ``collection.css``, so a theme brands the collection
pages as it does the papers. A theme without these files uses the journal theme's.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from galley import __version__


def render(theme: str, template: str, **context: Any) -> str:
    """A collection page from the theme's jinja2 template (autoescaped: titles are data)."""
    import jinja2

    from galley.publish.themes import load

    t = load(theme)
    folders = [x.folder for x in reversed(t.chain())] + [load("journal").folder]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(f) for f in folders]), autoescape=True, keep_trailing_newline=True
    )
    from galley.publish.html import inline_fonts

    css = "\n".join(c for c in (t.css("screen"), t.css("collection") or load("journal").css("collection")) if c)
    # The theme's web fonts as data URIs, as on the papers' pages: the page opens alone.
    css = inline_fonts(css, t)
    return env.get_template(template).render(css=css.replace("</", "<\\/"), **context)


def index_entries(papers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per built paper: title (or file name), authors, date, links to each format."""
    items = []
    for p in papers:
        if p.get("status") == "failed" or not p.get("outputs"):
            continue
        meta = p.get("meta", {})
        outputs = {fmt: name for fmt, name in p["outputs"].items() if fmt != "report"}
        items.append(
            {
                "title": meta.get("title") or p["stem"],
                "href": outputs.get("html") or next(iter(outputs.values()), ""),
                "authors": ", ".join(meta.get("authors", [])),
                "date": meta.get("date", ""),
                "links": [{"label": fmt.upper(), "href": name} for fmt, name in outputs.items()],
            }
        )
    return items


def index_html(title: str, papers: list[dict[str, Any]], theme: str = "journal") -> str:
    return render(
        theme, "index.html.j2", title=title, papers=index_entries(papers), lang="en", generator=f"galley {__version__}"
    )


def write_index(out_dir: Path, title: str, papers: list[dict[str, Any]], theme: str = "journal") -> Path:
    from galley.ci.report import write_atomic

    path = out_dir / "index.html"
    write_atomic(path, index_html(title, papers, theme).encode("utf-8"))
    return path


def copy_outputs(merged: dict[str, Any], sources: dict[str, Path], out: Path) -> int:
    """Copy each listed paper's files from the folder whose report lists it into ``out``."""
    copied = 0
    out.mkdir(parents=True, exist_ok=True)
    for p in merged["papers"]:
        folder = sources.get(p["stem"])
        if folder is None or folder.resolve() == out.resolve():
            continue
        for name in p.get("outputs", {}).values():
            src = folder / name
            if Path(name).name == name and src.is_file():
                shutil.copy2(src, out / name)
                copied += 1
    return copied


def summary_markdown(merged: dict[str, Any], title: str, base_url: str = "") -> str:
    """A Markdown summary of a run for a CI page (``$GITHUB_STEP_SUMMARY``): the counts, one row
    per paper (failed and warned first) with links when ``base_url`` says where the site is,
    and every warning and error."""
    from galley.ci.report import counted, review_order

    def md(text: str) -> str:
        return "".join("\\" + c if c in "\\`*_[]<>|#" else c for c in text.replace("\n", " "))

    base = base_url.rstrip("/") + "/" if base_url else ""
    s = merged["summary"]
    lines = [
        f"## galley: {md(title)}",
        "",
        f"{s['papers']} papers: {s['built']} built, {s['cached']} unchanged, {s['failed']} failed; "
        f"{s['warnings']} warnings, {s.get('notices', 0)} notices.",
        "",
    ]
    if base:
        lines += [f"Site: {base}index.html · report: {base}report.html", ""]
    lines += ["| paper | status | warnings | outputs |", "| --- | --- | --- | --- |"]
    for p in review_order(merged["papers"]):
        name = md(p.get("meta", {}).get("title") or p["stem"])
        outs = " ".join(
            f"[{fmt.upper()}]({base}{n})" if base else f"`{md(n)}`"
            for fmt, n in p.get("outputs", {}).items()
            if fmt != "report"
        )
        lines.append(f"| {name} | {p['status']} | {counted(p)} | {outs} |")
    said = [
        f"- `{md(p['stem'])}` **{d['code']}**"
        + (f" line {d['line']}" if d.get("line") else "")
        + f": {md(d['message'])}"
        for p in review_order(merged["papers"])
        for d in p.get("diagnostics", [])
        if d.get("severity") != "notice"
    ]
    said += [
        f"- `{md(p['stem'])}` **failed**: {md(p.get('error', ''))}"
        for p in merged["papers"]
        if p["status"] == "failed" and not p.get("diagnostics")
    ]
    if said:
        lines += ["", "### Warnings and errors", "", *said]
    return "\n".join(lines) + "\n\n"
