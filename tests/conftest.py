"""Shared fixtures. Real pandoc, real WeasyPrint, real epubcheck: nothing here is mocked.

Expensive outputs (a full build of the seed, one corpus paper) are built once per session.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
