"""A 50 MB text under a memory cap (issue 18): the HTML builds, and the PDF and EPUB are
refused before rendering with the documented max_pages message, never taking the machine down.

Real processes under ``RLIMIT_AS`` (``ulimit -v``): a format that outgrew the cap would fail
with a MemoryError or a killed pandoc, not pass. Slow (about 40 s): it builds 50 MB of HTML.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_large_input import make_input

from conftest import SRC

CAP = 3 * 2**30  # a CI runner has 7 GB; two formats at once must fit in less than half


def capped(args: list[str], timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))

    t0 = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "galley", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        check=False,
    )
    return proc, time.monotonic() - t0


@pytest.fixture(scope="module")
def huge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("huge") / "big.txt"
    make_input(src, 50 * 2**20)
    return src


@pytest.mark.slow
def test_fifty_megabytes_fail_pdf_and_epub_with_the_documented_message(huge: Path, tmp_path: Path) -> None:
    proc, took = capped(["build", str(huge), "-o", str(tmp_path / "out")], timeout=120)
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    line = proc.stderr.strip().splitlines()[-1]
    assert "PDF and EPUB would have about" in line and "max_pages (1,000)" in line and "--format html" in line
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    print(f"50 MB, all formats: refused in {took:.0f} s under a {CAP // 2**30} GiB cap")


@pytest.mark.slow
def test_fifty_megabytes_build_html_under_the_memory_cap(huge: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc, took = capped(["build", str(huge), "-o", str(out), "--format", "html"], timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    html = (out / "big.html").read_text(encoding="utf-8")
    assert html.rstrip().endswith("</html>") and len(html) > 40 * 2**20
    print(f"50 MB -> HTML in {took:.0f} s under a {CAP // 2**30} GiB cap")
    assert took < 200


def test_max_pages_is_configurable_and_counts_before_rendering(tmp_path: Path) -> None:
    """A 20-page text with max_pages = 5 fails at once (no WeasyPrint render); --max-pages wins
    over galley.toml; 0 means no limit."""
    src = tmp_path / "paper.txt"
    import random

    rng = random.Random(5)
    words = "the estimates were stable across all specifications and sites while residuals showed".split()
    paras = [" ".join(rng.choice(words) for _ in range(130)) + "." for _ in range(100)]
    src.write_text("Results\n\n" + "\n\n".join(paras), encoding="utf-8")
    (tmp_path / "galley.toml").write_text("max_pages = 5\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    run = [sys.executable, "-m", "galley", "build", "paper.txt", "-o", "out", "--format"]
    proc = subprocess.run([*run, "pdf"], cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 1 and "max_pages (5)" in proc.stderr
    proc = subprocess.run(
        [*run, "html,epub", "--max-pages", "100"], cwd=tmp_path, capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    (tmp_path / "galley.toml").write_text("max_pages = true\n", encoding="utf-8")
    proc = subprocess.run([*run, "html"], cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 2 and "max_pages" in proc.stderr
