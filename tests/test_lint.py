"""The code stays as the house style says: ruff's rules (complexity included), ruff's format, mypy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize("check", [("check",), ("format", "--check")], ids=["rules", "format"])
def test_ruff(check: tuple[str, ...]) -> None:
    ruff = shutil.which("ruff", path=str(BIN)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    proc = run(ruff, *check, "src", "tests", "bench")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy() -> None:
    proc = run(sys.executable, "-m", "mypy")
    if "No module named mypy" in proc.stderr:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    assert proc.returncode == 0, proc.stdout + proc.stderr
