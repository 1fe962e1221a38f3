"""Shared fixtures. Real pandoc, real WeasyPrint, real epubcheck: nothing here is mocked.

Expensive outputs (a full build of the seed, one corpus paper) are built once per session.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import settings

# The property tests draw the same examples on every run (``derandomize``): the gate fails
# only when the code changed, never on a lucky draw. ``HYPOTHESIS_PROFILE=explore`` draws
# new ones (and remembers failures in .hypothesis/); bench/fuzz.py explores at length.
settings.register_profile("gate", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gate"))

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_93fab0643722ce6d.txt"
# The shared corpus sits beside the repo on developer machines and in CI.
CORPUS = Path(os.environ.get("GALLEY_CORPUS", ROOT.parent / "shared" / "corpus"))


def build(paths: list[Path], out: Path, *extra: str) -> int:
    from galley.cli import main

    return main(["build", *map(str, paths), "-o", str(out), *extra])


@pytest.fixture(scope="session")
def seed_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed built into a temp dir in all three formats (once per test session)."""
    out = tmp_path_factory.mktemp("seed-dist")
    assert build([SEED], out) == 0
    return out


def corpus_text(paper: str, variant: str) -> Path:
    path = CORPUS / paper / f"{variant}.txt"
    if not path.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return path


SRC = ROOT / "src"


def galley_process(
    args: list[str],
    *,
    cwd: Path | None = None,
    timeout: float = 120,
    unprivileged: bool = False,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``galley ARGS`` as a real process (this tree's code), its output captured.

    ``unprivileged``: without root's power to ignore file modes (every capability dropped
    with setpriv), so a read-only folder or an unreadable file is one, even for root."""
    import shutil
    import sys

    cmd = [sys.executable, "-m", "galley", *args]
    if unprivileged and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: file modes cannot be enforced")
        cmd = [setpriv, "--bounding-set=-all", "--inh-caps=-all", "--", *cmd]
    full_env = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=full_env, check=False)
