"""read -> clean -> structure -> publish, for one paper; outputs written atomically.

Every format is first written to a temporary file beside its target; only when all
requested formats succeeded are they renamed into place, so a failed build leaves the
previous outputs untouched and never a half-written file.
"""

from __future__ import annotations

import gc
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from galley.clean import clean
from galley.config import BuildConfig
from galley.diagnostics import repair_warnings
from galley.errors import InputError, UsageError
from galley.inputs.corrections import load_corrections
from galley.inputs.read import read_path, to_lines
from galley.inputs.sidecar import load_sidecar
from galley.language import paper_language
from galley.lifecycle import check_not_stopped
from galley.model import CleanResult, Document
from galley.publish.pdfworker import PdfRenderer
from galley.structure import build_document

# Output file suffixes where the format's name is not the extension.
SUFFIXES = {"report": "report.json", "jats": "jats.xml"}


@dataclass
class PaperResult:
    source: Path
    outputs: dict[str, Path] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    document: Document | None = None


def analyse(path: Path, timings: dict[str, float] | None = None) -> Document:
    """read -> clean -> structure: the Document for one raw text (no files written)."""
    # The analysis makes no reference cycles (a full collection after a 50 MB input finds
    # none), yet the cyclic GC kept rescanning its millions of live objects: a third of the
    # time at 50 MB. Paused here, restored as it was.
    was_on = gc.isenabled()
    gc.disable()
    try:
        return _analyse(path, timings)
    finally:
        if was_on:
            gc.enable()


def _analyse(path: Path, timings: dict[str, float] | None) -> Document:
    t = timings if timings is not None else {}
    t0 = time.perf_counter()
    raw = read_path(path)
    sidecar = load_sidecar(path)
    lines = to_lines(raw)  # the RawText itself: split a chunk at a time, then released
    t1 = time.perf_counter()
    # The sidecar's language, else the one the paper's words tell: hyphen decisions need it.
    lang = paper_language((ln.text for ln in lines), sidecar.language)
    cleaned: CleanResult = clean(lines, lang=lang or "en", corrections=load_corrections(path))
    del lines  # structure needs only the units: the raw lines go before it runs (peak memory)
    cleaned.warnings[:0] = raw.warnings + repair_warnings(cleaned.repairs)
    t2 = time.perf_counter()
    doc = build_document(cleaned, sidecar, lang=lang)
    check_kept(doc, str(path))
    t3 = time.perf_counter()
    t.update(read=t1 - t0, clean=t2 - t1, structure=t3 - t2)
    return doc


def check_kept(doc: Document, where: str) -> None:
    """Fail a build that would remove most of a paper's words as page furniture: a file of
    repeated lines was published empty, with exit 0 and no warning. Whatever the cause
    (a text that is not a paper, furniture detection gone wrong), an empty page is not a
    result to publish silently."""
    removed_chars = sum(len(r.text) for r in doc.removed)
    if removed_chars < 100:  # the usual case, decided without measuring the whole text
        return
    m = doc.meta
    kept_chars = (
        sum(len(b.text) for b in doc.blocks) + len(f"{m.title} {m.subtitle} {m.translated_title}") + len(m.abstract)
    )
    if removed_chars > kept_chars:  # measured in characters: no copy of a 50 MB text's words
        removed = sum(len(r.text.split()) for r in doc.removed)
        kept = sum(len(b.text.split()) for b in doc.blocks) + len(
            f"{m.title} {m.subtitle} {m.translated_title} {m.abstract}".split()
        )
        raise InputError(
            f"galley would remove {removed:,} of its {removed + kept:,} words as page furniture (lines repeated "
            "like running heads), leaving too little to publish; see 'galley explain' and keep the lines that "
            "are text with [furniture] keep_lines in a corrections file",
            path=where,
        )


def safe_stem(path: Path) -> str:
    """An output name that cannot escape the output folder or confuse a shell or URL."""
    stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in path.stem).strip("._")
    return stem or "paper"


def build_paper(path: Path, config: BuildConfig) -> PaperResult:
    """One paper, every requested format; all files renamed into place only when all succeeded.

    The formats run side by side: WeasyPrint (the slow part) in a forked process that imports
    itself while galley is still cleaning the text and writing the HTML and EPUB with pandoc,
    so a one-paper build costs little more than WeasyPrint alone.
    """
    from galley.publish.themes import load

    result = PaperResult(path)
    theme = load(config.theme)
    # Start WeasyPrint's import (~0.8 s) on the other core before the text is even read.
    renderer = PdfRenderer.start() if "pdf" in config.formats else None
    try:
        doc = analyse(path, result.timings)
        result.document = doc
        if "pdf" in config.formats:
            from galley.publish.pdf import check_pages

            check_pages(doc, config.paper, config.max_pages, str(path), config.formats)
        stem = safe_stem(path)
        try:
            config.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create the output folder ({exc.strerror})", path=str(config.out_dir)) from None
        staged: dict[str, Path] = {}
        try:
            _render(doc, theme, config, renderer, stem, staged, result.timings)
            _stage_the_rest(doc, path, config, stem, staged, result.timings)
            check_not_stopped()  # a Ctrl-C whose interrupt Python dropped still stops here
            t = time.perf_counter()
            for fmt, tmp in staged.items():
                final = config.out_dir / f"{stem}.{SUFFIXES.get(fmt, fmt)}"
                os.replace(tmp, final)
                result.outputs[fmt] = final
            result.timings["write"] = time.perf_counter() - t
        except BaseException:
            if renderer is not None:
                renderer.abort()  # before its temporary file goes: it must not write it again
            raise
        finally:
            for tmp in staged.values():
                for leftover in (tmp, tmp.with_name(tmp.name + ".tmp")):  # .tmp: the EPUB being finished
                    leftover.unlink(missing_ok=True)
    except BaseException:
        if renderer is not None:
            renderer.abort()
        raise
    finally:
        if renderer is not None:
            renderer.close()
    return result


def _render(
    doc: Document,
    theme: Any,
    config: BuildConfig,
    renderer: PdfRenderer | None,
    stem: str,
    staged: dict[str, Path],
    timings: dict[str, float],
) -> None:
    """HTML, EPUB and PDF into temporary files beside their targets (``staged``).

    When WeasyPrint has a process of its own (importing, then rendering, on one core),
    galley's other work runs one step at a time on the other core: side by side it would
    only slow the import that everything waits for. In-process (a batch worker), pandoc's
    EPUB runs beside the render instead."""
    from concurrent.futures import ThreadPoolExecutor

    from galley.publish import epub, html
    from galley.publish.pandoc_json import is_large

    out_dir = config.out_dir
    # A large text's HTML and EPUB each hold its whole AST in memory: one after the other.
    beside = (renderer is None or not renderer.in_child) and not is_large(doc)
    with ThreadPoolExecutor(max_workers=1) as pool:
        epub_job = None
        if renderer is not None:
            t = time.perf_counter()
            page = html.print_page(doc, theme, stem=stem)
            timings["pandoc_print_html"] = time.perf_counter() - t
            _temp(staged, "pdf", out_dir, stem, ".pdf")
            renderer.submit(
                page, theme, staged["pdf"], paper=config.paper, variant=config.pdf_variant, lang=doc.meta.lang
            )
        if "epub" in config.formats:
            _temp(staged, "epub", out_dir, stem, ".epub")
            if beside:
                epub_job = pool.submit(_timed, epub.write_epub, doc, theme, staged["epub"], stem=stem)
        if "html" in config.formats:
            t = time.perf_counter()
            links: dict[str, str] = {f: f"{stem}.{f}" for f in ("pdf", "epub") if f in config.formats}
            page = html.render_page(
                doc, theme, stem=stem, body=html.body_html(doc), links=links, css_inline=theme.css("screen")
            )
            _stage(staged, "html", out_dir, stem, ".html", page.encode("utf-8"))
            timings["pandoc_html"] = time.perf_counter() - t
        if "epub" in config.formats and not beside:
            timings["pandoc_epub"] = _timed(epub.write_epub, doc, theme, staged["epub"], stem=stem)
        if renderer is not None:
            t = time.perf_counter()
            renderer.wait()
            timings["weasyprint_pdf"] = time.perf_counter() - t
        if epub_job is not None:
            timings["pandoc_epub"] = epub_job.result()


def _stage_the_rest(
    doc: Document, path: Path, config: BuildConfig, stem: str, staged: dict[str, Path], timings: dict[str, float]
) -> None:
    """JATS (when asked for) and the paper's report, staged like the other formats."""
    if "jats" in config.formats:
        from galley.publish.jats import jats_xml

        t = time.perf_counter()
        _stage(staged, "jats", config.out_dir, stem, ".jats.xml", jats_xml(doc))
        timings["pandoc_jats"] = time.perf_counter() - t
    _stage(staged, "report", config.out_dir, stem, ".report.json", report_json(doc, path))


def _timed(fn: Any, *args: Any, **kwargs: Any) -> float:
    t = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp(staged: dict[str, Path], fmt: str, out_dir: Path, stem: str, suffix: str) -> None:
    """A temporary file beside the target, registered in ``staged`` as soon as it exists: a
    signal or a full disk from then on must still find it to remove it."""
    fd, name = tempfile.mkstemp(prefix=f".{stem}.", suffix=suffix + ".part", dir=out_dir)
    staged[fmt] = Path(name)
    os.close(fd)
    # mkstemp makes 0600 files; published files get the user's usual mode.
    os.chmod(name, 0o666 & ~_umask())


def _stage(staged: dict[str, Path], fmt: str, out_dir: Path, stem: str, suffix: str, data: bytes) -> None:
    """Write ``data`` to a temporary file, registered in ``staged`` before a byte is written."""
    _temp(staged, fmt, out_dir, stem, suffix)
    staged[fmt].write_bytes(data)


def report_json(doc: Document, source: Path) -> bytes:
    """Per paper: every repair (rule, lines, before -> after, why), removed furniture, warnings."""
    from galley.diagnostics import diagnose

    data = {
        "source": source.name,
        "warnings": doc.warnings,
        "diagnostics": [d.as_dict() for d in diagnose(doc)],  # schema: ci/schemas/paper-report.schema.json
        "repairs": [asdict(r) for r in doc.repairs],
        "removed": [asdict(r) for r in doc.removed],
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
