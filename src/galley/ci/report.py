"""The build report: ``report.json`` (checked by ``schemas/report.schema.json``) and ``report.html``.

One entry per paper: its status (built, cached, failed), its outputs, timings per stage, the
repairs made, the furniture removed, warnings and validator results. CI keeps it as an
artifact; a reviewer opens ``report.html``.

Light on purpose (json, html): a warm run writes the report without importing the pipeline.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from galley import __version__

REPORT_VERSION = 2  # 2: coded diagnostics, notices, pruned papers
SCHEMA = Path(__file__).resolve().parent / "schemas" / "report.schema.json"
PAPER_SCHEMA = Path(__file__).resolve().parent / "schemas" / "paper-report.schema.json"


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
        "diagnostics": [],
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
        from galley.diagnostics import diagnose

        entry["diagnostics"] = [d.as_dict() for d in diagnose(doc)]
        entry["repairs"] = [_record(r) for r in doc.repairs]
        entry["removed"] = [_record(r) for r in doc.removed]
    return entry


def run_report(
    entries: list[dict[str, Any]],
    options: dict[str, Any],
    elapsed: float,
    shard: tuple[int, int] | None = None,
    pruned: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    counts = {s: sum(1 for e in entries if e["status"] == s) for s in ("built", "cached", "failed")}
    notices = sum(1 for e in entries for d in e.get("diagnostics", []) if d.get("severity") == "notice")
    return {
        "report_version": REPORT_VERSION,
        "galley_version": __version__,
        "options": options,
        "shard": list(shard) if shard else None,
        "elapsed_s": round(elapsed, 4),
        "summary": {
            "papers": len(entries),
            **counts,
            "warnings": sum(len(e["warnings"]) for e in entries) - notices,
            "notices": notices,
        },
        "pruned": pruned or [],
        "papers": entries,
    }


def report_name(shard: tuple[int, int] | None) -> str:
    """``report.json``, or ``report.shard-2-of-4.json`` for one CI matrix job."""
    return f"report.shard-{shard[0]}-of-{shard[1]}.json" if shard else "report.json"


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except BaseException:  # a full disk, a folder where the file should be: no .part left behind
        Path(tmp).unlink(missing_ok=True)
        raise


def dumps(report: dict[str, Any]) -> bytes:
    return json.dumps(report, ensure_ascii=False, indent=1).encode("utf-8")


def write(report: dict[str, Any], out_dir: Path, shard: tuple[int, int] | None = None, *, html: bool = True) -> Path:
    """report.json (or the shard's) and report.html beside it (``html=False``: the JSON only)."""
    path = out_dir / report_name(shard)
    write_atomic(path, dumps(report))
    if html:
        theme = str(report.get("options", {}).get("theme") or "journal")
        write_atomic(path.with_suffix(".html"), to_html(report, theme).encode("utf-8"))
    return path


def read(out_dir: Path, shard: tuple[int, int] | None = None) -> dict[str, Any] | None:
    """The report a previous run left in ``out_dir``, if any (of this report version)."""
    try:
        data = json.loads((out_dir / report_name(shard)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("report_version") == REPORT_VERSION else None


def load_reports(folders: list[Path]) -> list[dict[str, Any]]:
    """The run reports to assemble a site from: the shard reports when there are any (of the
    newest shard count, so stale shards from a bigger matrix restored by a CI cache are left
    out), else each folder's ``report.json``."""
    return [data for _, data in load_report_files(folders)]


def load_report_files(folders: list[Path]) -> list[tuple[Path, dict[str, Any]]]:
    """As ``load_reports``, each report with the folder it was found in."""
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
            problem = shape_problem(data)
            if problem:
                from galley.errors import UsageError

                raise UsageError(
                    f"is not a galley build report ({problem}); rebuild it with 'galley build'", path=str(path)
                )
            found.append((path.parent, data))
    return found


_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def shape_problem(data: dict[str, Any]) -> str:
    """What is wrong with a report's shape (empty: nothing). Checked before a site is made from
    it: a report edited by hand, or by an attacker, must not crash galley nor put a
    ``javascript:`` link into the index (output names are plain file names)."""
    papers = data.get("papers")
    if not isinstance(papers, list):
        return "'papers' is not a list"
    for i, p in enumerate(papers):
        if not isinstance(p, dict):
            return f"papers[{i}] is not an object"
        if not isinstance(p.get("stem"), str) or p.get("status") not in ("built", "cached", "failed"):
            return f"papers[{i}] lacks a stem or a status"
        outputs = p.get("outputs")
        if not isinstance(outputs, dict) or not all(
            isinstance(n, str) and _FILE_NAME.fullmatch(n) for n in outputs.values()
        ):
            return f"papers[{i}].outputs must map formats to file names"
        for key, kind in (("warnings", list), ("repairs", list), ("removed", list), ("timings", dict), ("meta", dict)):
            if not isinstance(p.get(key), kind):
                return f"papers[{i}].{key} is not a {kind.__name__}"
        if not all(isinstance(v, int | float) for v in p["timings"].values()):
            return f"papers[{i}].timings must be numbers"
        if not all(isinstance(r, dict) for r in p["repairs"] + p["removed"]) or not isinstance(
            p.get("validators", {}), dict
        ):
            return f"papers[{i}] has repairs, removed lines or validators of the wrong shape"
        meta = p["meta"]
        if not all(isinstance(meta.get(k, ""), str) for k in ("title", "date")) or not all(
            isinstance(a, str) for a in meta.get("authors", [])
        ):
            return f"papers[{i}].meta has values of the wrong type"
    return ""


def merge(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """Shards' reports -> one report for the whole batch (a paper in two shards counts once)."""
    papers: dict[str, dict[str, Any]] = {}
    for r in reports:
        for entry in r["papers"]:
            papers[entry["stem"]] = entry
    entries = [papers[k] for k in sorted(papers)]
    options = reports[0]["options"] if reports else {}
    pruned = [p for r in reports for p in r.get("pruned", [])]
    return run_report(entries, options, sum(r.get("elapsed_s", 0.0) for r in reports), pruned=pruned)


# -- the readable form ------------------------------------------------------------------


def counted(entry: dict[str, Any]) -> int:
    """A paper's warnings and errors (notices are not counted: they are routine)."""
    diags = entry.get("diagnostics")
    if diags is None:
        return len(entry.get("warnings", []))
    return sum(1 for d in diags if d.get("severity") != "notice")


def review_order(papers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Failed papers first, then those with warnings (most first), then the rest, by name:
    what a reviewer must look at is at the top."""
    return sorted(papers, key=lambda p: (p["status"] != "failed", -counted(p), p["stem"]))


def to_html(report: dict[str, Any], theme: str = "journal") -> str:
    """report.html, from the theme's ``report.html.j2``."""
    from galley.ci.site import render

    papers = [dict(p, counted=counted(p), diagnostics=p.get("diagnostics", [])) for p in review_order(report["papers"])]
    return render(theme, "report.html.j2", report=report, papers=papers)
