"""The one pinned pandoc (shipped by pypandoc-binary), fed pandoc's JSON AST.

Never a pandoc found on PATH: ``PYPANDOC_PANDOC`` is set to the bundled binary so pypandoc
and we agree. The AST's ``pandoc-api-version`` is read from that pandoc, never hard-coded.
"""

from __future__ import annotations

import json
import os
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Any

from galley.errors import ToolchainError


@lru_cache(maxsize=1)
def pandoc_path() -> str:
    try:
        import pypandoc
    except ImportError:
        raise ToolchainError("pypandoc-binary is not installed; run 'make dist' or 'pip install -e .'") from None
    bundled = Path(pypandoc.__file__).parent / "files" / "pandoc"
    if not bundled.is_file():
        raise ToolchainError(
            f"the pandoc bundled with pypandoc-binary is missing at {bundled}; reinstall pypandoc-binary"
        )
    os.environ["PYPANDOC_PANDOC"] = str(bundled)
    return str(bundled)


def run(args: list[str], stdin: bytes | None = None, *, what: str = "pandoc") -> bytes:
    try:
        proc = subprocess.run([pandoc_path(), *args], input=stdin, capture_output=True, timeout=600, check=False)
    except subprocess.TimeoutExpired:
        raise ToolchainError(f"{what} took more than 10 minutes and was stopped") from None
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ToolchainError(f"{what} failed (exit {proc.returncode}): {' '.join(err[-3:])}")
    return proc.stdout


@lru_cache(maxsize=1)
def api_version() -> list[int]:
    """The pandoc-api-version the pinned pandoc speaks (its JSON for an empty document)."""
    out = json.loads(run(["--from=markdown", "--to=json"], b"", what="pandoc (api version)"))
    return list(out["pandoc-api-version"])


@lru_cache(maxsize=1)
def version() -> str:
    return run(["--version"]).decode().split("\n", 1)[0].split()[-1]


def convert(ast: dict[str, Any], to: str, extra: list[str], *, output: Path | None = None) -> bytes:
    """Run pandoc on a JSON AST. ``--sandbox`` keeps it from reading or fetching anything
    but the files we name."""
    args = ["--from=json", f"--to={to}", "--sandbox", "--wrap=none", *extra]
    if output is not None:
        args.append(f"--output={output}")
    return run(args, json.dumps(ast, ensure_ascii=False).encode("utf-8"), what=f"pandoc ({to})")


def convert_json(data: bytes, to: str, extra: list[str], *, output: Path | None = None) -> bytes:
    """``convert`` for an AST already written as JSON (a long book's parts, serialised once)."""
    args = ["--from=json", f"--to={to}", "--sandbox", "--wrap=none", *extra]
    if output is not None:
        args.append(f"--output={output}")
    return run(args, data, what=f"pandoc ({to})")
