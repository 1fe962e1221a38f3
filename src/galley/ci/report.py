"""The build report: ``report.json`` (checked by ``schemas/report.schema.json``) and ``report.html``.

One entry per paper: its status (built, cached, failed), its outputs, timings per stage, the
repairs made, the furniture removed, warnings and validator results. CI keeps it as an
artifact; a reviewer opens ``report.html``.

Light on purpose (json, html): a warm run writes the report without importing the pipeline.
"""

from __future__ import annotations

import html
import json
import os
import tempfile
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from galley import __version__

REPORT_VERSION = 1
SCHEMA = Path(__file__).resolve().parent / "schemas" / "report.schema.json"


def _record(obj: Any) -> dict[str, Any]:
    return asdict(obj) if is_dataclass(obj) and not isinstance(obj, type) else dict(vars(obj))


def paper_entry(source: Path, stem: str, result: Any = None, *, error: str = "") -> dict[str, Any]:
    """A paper's report entry from a PaperResult (or from an error, when the build failed)."""
    entry: dict[str, Any] = {
        "source": str(source),
        "stem": stem,
        "status": "failed" if error else "built",
        "outputs": {},
        "timings": {},
        "meta": {"title": "", "subtitle": "", "authors": [], "date": "", "doi": "", "language": ""},
        "warnings": [],
        "repairs": [],
        "removed": [],
        "validators": {},
    }
    if error:
        entry["error"] = error
    if result is None:
        return entry
    entry["outputs"] = {fmt: path.name for fmt, path in result.outputs.items()}
    entry["timings"] = {k: round(v, 4) for k, v in result.timings.items()}
    doc = result.document
    if doc is not None:
        m = doc.meta
        entry["meta"] = {
            "title": m.title,
            "subtitle": m.subtitle,
            "authors": [a.name for a in m.authors],
            "date": m.date,
            "doi": m.doi,
            "language": m.lang,
        }
        entry["warnings"] = list(doc.warnings)
        entry["repairs"] = [_record(r) for r in doc.repairs]
        entry["removed"] = [_record(r) for r in doc.removed]
    return entry


def run_report(entries: list[dict[str, Any]], options: dict[str, Any], elapsed: float,
               shard: tuple[int, int] | None = None) -> dict[str, Any]:
    counts = {s: sum(1 for e in entries if e["status"] == s) for s in ("built", "cached", "failed")}
    return {
        "report_version": REPORT_VERSION,
        "galley_version": __version__,
        "options": options,
        "shard": list(shard) if shard else None,
        "elapsed_s": round(elapsed, 4),
        "summary": {
            "papers": len(entries),
            **counts,
            "warnings": sum(len(e["warnings"]) for e in entries),
        },
        "papers": entries,
    }


def report_name(shard: tuple[int, int] | None) -> str:
    """``report.json``, or ``report.shard-2-of-4.json`` for one CI matrix job."""
    return f"report.shard-{shard[0]}-of-{shard[1]}.json" if shard else "report.json"


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)
    os.replace(tmp, path)


def dumps(report: dict[str, Any]) -> bytes:
    return json.dumps(report, ensure_ascii=False, indent=1).encode("utf-8")


def write(report: dict[str, Any], out_dir: Path, shard: tuple[int, int] | None = None) -> Path:
    """report.json (or the shard's) and report.html beside it."""
    path = out_dir / report_name(shard)
    write_atomic(path, dumps(report))
    write_atomic(path.with_suffix(".html"), to_html(report).encode("utf-8"))
    return path


def load_reports(folders: list[Path]) -> list[dict[str, Any]]:
    """The run reports to assemble a site from: the shard reports when there are any (of the
    newest shard count, so stale shards from a bigger matrix restored by a CI cache are left
    out), else each folder's ``report.json``."""
    import re

    shards: list[tuple[Path, int]] = []
    wholes: list[Path] = []
    for folder in folders:
        for path in sorted(folder.glob("report*.json")):
            m = re.fullmatch(r"report\.shard-(\d+)-of-(\d+)\.json", path.name)
            if m:
                shards.append((path, int(m.group(2))))
            elif path.name == "report.json":
                wholes.append(path)
    if shards:
        newest = max(shards, key=lambda s: s[0].stat().st_mtime_ns)[1]
        chosen = [p for p, n in shards if n == newest]
    else:
        chosen = wholes
    found = []
    for path in chosen:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("report_version") == REPORT_VERSION:
            found.append(data)
    return found


def merge(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """Shards' reports -> one report for the whole batch (a paper in two shards counts once)."""
    papers: dict[str, dict[str, Any]] = {}
    for r in reports:
        for entry in r["papers"]:
            papers[entry["stem"]] = entry
    entries = [papers[k] for k in sorted(papers)]
    options = reports[0]["options"] if reports else {}
    return run_report(entries, options, sum(r.get("elapsed_s", 0.0) for r in reports))


# -- the readable form ------------------------------------------------------------------

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;
vertical-align:top}.failed{color:#a00;font-weight:bold}.cached{color:#666}code{font-size:90%}
details{margin:.6rem 0}summary{cursor:pointer;font-weight:600}
"""


def to_html(report: dict[str, Any]) -> str:
    e = html.escape
    s = report["summary"]
    rows = []
    for p in report["papers"]:
        links = " ".join(f'<a href="{e(name)}">{e(fmt)}</a>' for fmt, name in p["outputs"].items())
        total = sum(p["timings"].values())
        rows.append(
            f'<tr><td>{e(p["stem"])}</td><td class="{e(p["status"])}">{e(p["status"])}</td>'
            f"<td>{links}</td><td>{total:.2f} s</td><td>{len(p['repairs'])}</td><td>{len(p['removed'])}</td>"
            f"<td>{len(p['warnings'])}</td></tr>"
        )
    details = []
    for p in report["papers"]:
        items = []
        if p.get("error"):
            items.append(f'<p class="failed">{e(p["error"])}</p>')
        items += [f"<li>warning: {e(w)}</li>" for w in p["warnings"]]
        for name, v in p.get("validators", {}).items():
            verdict = "ok" if v.get("ok") else "FAILED"
            msgs = "".join(f"<br><code>{e(m)}</code>" for m in v.get("messages", []))
            items.append(f"<li>{e(name)}: {verdict}{msgs}</li>")
        items += [
            f"<li>line {r.get('line')}: [{e(str(r.get('rule')))}] <code>{e(str(r.get('before')))}</code> &rarr; "
            f"<code>{e(str(r.get('after')))}</code> ({e(str(r.get('why')))})</li>"
            for r in p["repairs"]
        ]
        items += [
            f"<li>line {r.get('line')}: removed [{e(str(r.get('rule')))}] <code>{e(str(r.get('text')))}</code></li>"
            for r in p["removed"]
        ]
        timing = ", ".join(f"{k} {v:.3f} s" for k, v in p["timings"].items())
        details.append(
            f"<details><summary>{e(p['stem'])}: {len(p['repairs'])} repairs, {len(p['removed'])} removed, "
            f"{len(p['warnings'])} warnings</summary><p>{e(timing)}</p><ul>{''.join(items)}</ul></details>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>galley build report</title>'
        f"<style>{_CSS}</style></head><body><h1>galley build report</h1>"
        f"<p>{s['papers']} papers: {s['built']} built, {s['cached']} unchanged (cached), {s['failed']} failed, "
        f"{s['warnings']} warnings; {report['elapsed_s']:.2f} s; galley {e(report['galley_version'])}.</p>"
        "<table><thead><tr><th>paper</th><th>status</th><th>outputs</th><th>time</th><th>repairs</th>"
        f"<th>removed</th><th>warnings</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<h2>Details</h2>{''.join(details)}</body></html>\n"
    )
