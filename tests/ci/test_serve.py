"""`galley serve`: builds, answers on localhost, rebuilds after a change, and the page reloads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from galley.cli import main

ROOT = Path(__file__).resolve().parents[2]


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 (a URL on 127.0.0.1 we built)
        return str(resp.read().decode("utf-8"))


def test_serve_answers_and_rebuilds_after_a_change(tmp_path: Path) -> None:
    repo = tmp_path / "j"
    assert main(["init", str(repo)]) == 0
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), CI="true")
    proc = subprocess.Popen(
        [sys.executable, "-m", "galley", "serve", "--port", "0", "--format", "html"],
        cwd=repo,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 120
        url = ""
        while time.monotonic() < deadline and not url:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("serving "):
                url = line.split()[1]
        assert url.startswith("http://127.0.0.1:"), proc.stderr.read() if proc.stderr else ""
        index = get(url)
        assert "An example paper" in index and "/__galley__/version" in index
        page = get(url + "example.html")
        assert "galley finds the paragraphs" in page and "location.reload()" in page
        assert "location.reload" not in (repo / "dist" / "example.html").read_text(encoding="utf-8"), (
            "the reload script is added when serving, never written to the outputs"
        )
        before = json.loads(get(url + "__galley__/version"))["version"]
        text = repo / "papers" / "example.txt"
        text.write_text(
            text.read_text(encoding="utf-8").replace("galley finds the", "galley finds all the"), encoding="utf-8"
        )
        while time.monotonic() < deadline:
            if json.loads(get(url + "__galley__/version"))["version"] > before:
                break
            time.sleep(0.2)
        assert "galley finds all the paragraphs" in get(url + "example.html")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=20)
