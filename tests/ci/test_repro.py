"""Reproducible outputs: two builds, the second on a clock a year later, give identical bytes."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEED

# Moves Python's clock 400 days ahead (time, datetime) inside the galley process.
SHIFT = """
import datetime as _dt, time as _t
_OFFSET = 400 * 86400
_time, _time_ns = _t.time, _t.time_ns
_t.time = lambda: _time() + _OFFSET
_t.time_ns = lambda: _time_ns() + _OFFSET * 10**9
_t.localtime = (lambda f: lambda s=None: f(_t.time() if s is None else s))(_t.localtime)
_t.gmtime = (lambda f: lambda s=None: f(_t.time() if s is None else s))(_t.gmtime)
class _DT(_dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return super().now(tz) + _dt.timedelta(days=400)
    @classmethod
    def utcnow(cls):
        return super().utcnow() + _dt.timedelta(days=400)
_dt.datetime = _DT
"""


def build(src: Path, out: Path, env: dict[str, str]) -> dict[str, str]:
    code = subprocess.run(
        [sys.executable, "-m", "galley.cli", "build", str(src), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert code.returncode == 0, code.stderr
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.iterdir())
        if p.suffix in (".html", ".epub", ".pdf")
    }


@pytest.mark.slow
def test_two_builds_on_different_days_are_byte_identical(tmp_path: Path) -> None:
    src = tmp_path / "in" / SEED.name
    src.parent.mkdir()
    src.write_bytes(SEED.read_bytes())
    src.with_suffix(".toml").write_bytes(SEED.with_suffix(".toml").read_bytes())
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    first = build(src, tmp_path / "a", env)

    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "sitecustomize.py").write_text(SHIFT, encoding="utf-8")
    os.utime(src, (1_900_000_000, 1_900_000_000))  # the input file is "newer" too
    later = dict(env, PYTHONPATH=f"{shim}{os.pathsep}{env.get('PYTHONPATH', '')}", TZ="Asia/Kolkata")
    probe = subprocess.run(
        [sys.executable, "-c", "import time; print(int(time.time()))"],
        env=later,
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(probe.stdout) > time.time() + 300 * 86400, "the clock shim did not take"
    second = build(src, tmp_path / "b", later)

    assert set(first) == {f"{SEED.stem}.{f}" for f in ("html", "epub", "pdf")}
    assert first == second
