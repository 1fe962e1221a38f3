"""Proofs for a person to look at: PDF page 1 and the HTML page rendered to PNG.

Not golden-pixel tests: ``galley proof`` writes PNGs beside the outputs so an editor (or a
developer after changing a theme) can look at them. It needs poppler's ``pdftoppm`` and a
headless Chromium; both are optional tools, never needed by ``galley build``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from galley.errors import ToolchainError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
# Headless, quiet, and isolated: no sandbox (we run as root in CI), no network chatter,
# no GPU; each run gets a fresh profile.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--disable-dev-shm-usage",  # containers often have a tiny /dev/shm
)
DARK_FLAGS = ("--force-dark-mode", "--blink-settings=preferredColorScheme=0")


def chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(args: list[str], *, dark: bool = False, timeout: int = 120) -> str:
    """Run headless Chromium once with a throw-away profile; return its stdout."""
    exe = chromium()
    if exe is None:
        raise ToolchainError("Chromium is not installed (Debian: apt-get install chromium; or run 'make tools')")
    with tempfile.TemporaryDirectory(prefix="galley-chromium-") as profile:
        cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *(DARK_FLAGS if dark else ()), *args]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False, cwd=profile)
        except subprocess.TimeoutExpired:
            raise ToolchainError(f"Chromium took more than {timeout} s and was stopped") from None
    if proc.returncode != 0:
        raise ToolchainError(f"Chromium failed (exit {proc.returncode}): {proc.stderr.decode(errors='replace')[-300:]}")
    return proc.stdout.decode("utf-8", "replace")


def html_png(page: Path, out: Path, *, width: int = 900, height: int = 1400, dark: bool = False) -> Path:
    """The HTML page as the screen shows it (``width`` CSS pixels wide), light or dark."""
    run_chromium(
        [f"--window-size={width},{height}", f"--screenshot={out.resolve()}", page.resolve().as_uri()], dark=dark
    )
    if not out.is_file():
        raise ToolchainError(f"Chromium wrote no screenshot for {page}")
    return out


def pdf_png(pdf: Path, out: Path, *, page: int = 1, dpi: int = 80) -> Path:
    """One PDF page as PNG (poppler's pdftoppm)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise ToolchainError("pdftoppm is not installed (Debian: apt-get install poppler-utils; or run 'make tools')")
    prefix = out.with_suffix("")
    cmd = [exe, "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(prefix)]
    proc = subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    if proc.returncode != 0 or not out.is_file():
        raise ToolchainError(f"pdftoppm failed on {pdf}: {proc.stderr.decode(errors='replace')[-300:]}")
    return out


def page_count(pdf: Path) -> int:
    """Pages in a PDF (poppler's pdfinfo; 1 when it cannot tell)."""
    exe = shutil.which("pdfinfo")
    if exe is None:
        return 1
    proc = subprocess.run([exe, str(pdf)], capture_output=True, text=True, timeout=60, check=False)
    found = [ln.split()[-1] for ln in proc.stdout.splitlines() if ln.startswith("Pages:")]
    return int(found[0]) if found and found[0].isdigit() else 1


def proof(outputs: list[Path], out_dir: Path | None = None, *, pages: int = 1) -> list[Path]:
    """PNGs for each built output: ``NAME.pdf`` -> ``NAME.pdf-p1.png`` (pages 1..``pages``),
    ``NAME.html`` -> ``NAME.html-light.png``, ``NAME.html-dark.png`` and at phone width
    ``NAME.html-phone.png``, ``NAME.html-phone-dark.png``."""
    made: list[Path] = []
    for path in outputs:
        target = (out_dir or path.parent) / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".pdf":
            for n in range(1, min(pages, page_count(path)) + 1):
                made.append(pdf_png(path, target.with_name(f"{path.name}-p{n}.png"), page=n))
        elif path.suffix == ".html":
            made.append(html_png(path, target.with_name(f"{path.name}-light.png")))
            made.append(html_png(path, target.with_name(f"{path.name}-dark.png"), dark=True))
            made.append(html_png(path, target.with_name(f"{path.name}-phone.png"), width=390, height=844))
            phone_dark = target.with_name(f"{path.name}-phone-dark.png")
            made.append(html_png(path, phone_dark, width=390, height=844, dark=True))
    return made


def run(paths: list[Path], out_dir: Path | None, pages: int) -> list[Path]:
    """``galley proof``: PNGs for the given outputs, or for every .pdf/.html in given folders."""
    from galley.errors import UsageError

    outputs: list[Path] = []
    for p in paths:
        if p.is_dir():
            outputs += sorted(
                x
                for x in p.iterdir()
                if x.suffix in (".pdf", ".html") and x.name != "index.html" and not x.name.startswith("report")
            )
        elif p.suffix in (".pdf", ".html") and p.is_file():
            outputs.append(p)
        else:
            raise UsageError("is not a built .pdf or .html (run 'galley build' first)", path=str(p))
    if not outputs:
        raise UsageError("no .pdf or .html outputs to proof", path=", ".join(map(str, paths)))
    return proof(outputs, out_dir, pages=pages)
