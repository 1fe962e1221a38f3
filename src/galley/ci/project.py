"""Project config: ``galley.toml`` or ``[tool.galley]`` in ``pyproject.toml``.

A publishing repository keeps its build settings beside its texts so CI runs a bare
``galley build``. The config only gives defaults: a flag on the command line wins.

    # galley.toml                      # or, in pyproject.toml: [tool.galley]
    inputs = ["papers/*.txt"]          # globs or folders, relative to the config file
    out = "dist"
    formats = ["html", "epub", "pdf"]
    theme = "journal"
    paper = "a4"
    pdf_variant = ""
    site_title = "Journal of Examples, vol. 3"
    strict = false
    jobs = 0                           # 0: one per CPU core
    max_pages = 1000                   # a longer PDF is refused before rendering; 0: no limit

An unknown key is an error that names the key and the file: a typo (``fromats``) must
not silently build the wrong thing in CI.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from galley.errors import ConfigError, UsageError
from galley.inputs.tomlfile import read_toml

KEYS: dict[str, type | tuple[type, ...]] = {
    "inputs": (str, list),
    "out": str,
    "formats": (str, list),
    "theme": str,
    "paper": str,
    "pdf_variant": str,
    "site_title": str,
    "strict": bool,
    "strict_ignore": list,  # warning codes that do not fail --strict (docs/warnings.md)
    "allow_missing_validator": list,  # galley check --strict may run without these validators
    "jobs": int,
    "max_pages": int,
}


@dataclass
class ProjectConfig:
    """The settings a project file gave; ``path`` is the file (None when there is none)."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path(".")


def find(start: Path | None = None) -> Path | None:
    """``galley.toml``, else a ``pyproject.toml`` with a [tool.galley] table, in the working
    folder or the nearest parent that has one, as git finds ``.git``: the search stops at the
    top of a git repository (a folder holding ``.git``) or of the file system."""
    here = (start or Path(".")).resolve()
    for folder in (here, *here.parents):
        found = _config_in(folder)
        if found is not None:
            # Relative to the working folder (``galley.toml``, ``../galley.toml``), so logs and
            # outputs keep the short paths a user typed.
            return Path(os.path.relpath(found)) if start is None else found
        if (folder / ".git").exists():
            return None
    return None


def _config_in(folder: Path) -> Path | None:
    toml = folder / "galley.toml"
    if toml.is_file():
        return toml
    py = folder / "pyproject.toml"
    if py.is_file():
        try:
            text = py.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        # Cheap test first: most pyproject files have no galley table.
        if "[tool.galley]" in text:
            return py
    return None


def load(path: Path | None = None) -> ProjectConfig:
    """Read and check a project config; no file means an empty config."""
    explicit = path is not None
    path = path or find()
    if path is None:
        return ProjectConfig()
    if explicit and not path.is_file():
        raise ConfigError("no such config file", path=str(path))
    data = read_toml(path, "config file")
    where = str(path)
    if path.name == "pyproject.toml":
        where = f"{path} [tool.galley]"
        tool = data.get("tool", {})
        table = tool.get("galley", {}) if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            raise ConfigError("must be a table ([tool.galley] with key = value lines)", path=where)
        data = table
    return ProjectConfig(path, check(data, where))


def check(data: dict[str, Any], where: str) -> dict[str, Any]:
    """Every key known and of the right type; lists of formats or inputs normalised."""
    for key, value in data.items():
        if key not in KEYS:
            known = ", ".join(sorted(KEYS))
            raise ConfigError(f"unknown key {key!r}; known keys: {known}", path=where)
        expected = KEYS[key]
        # bool is an int in Python; jobs = true is a mistake, not 1.
        if not isinstance(value, expected) or (key in ("jobs", "max_pages") and isinstance(value, bool)):
            names = " or ".join(t.__name__ for t in (expected if isinstance(expected, tuple) else (expected,)))
            raise ConfigError(f"key {key!r} must be {names}, not {type(value).__name__}", path=where)
    out = dict(data)
    for key in ("inputs", "formats", "strict_ignore", "allow_missing_validator"):
        if isinstance(out.get(key), str):
            out[key] = [s.strip() for s in out[key].split(",") if s.strip()]
        if key in out and not all(isinstance(v, str) for v in out[key]):
            raise ConfigError(f"key {key!r} must be a list of strings", path=where)
    for key in ("out", "inputs", "theme"):
        for value in [out[key]] if isinstance(out.get(key), str) else out.get(key, []):
            _inside_project(key, value, where)
    for key in ("site_title", "out", "theme", "paper", "pdf_variant"):
        if isinstance(out.get(key), str) and _CONTROL.search(out[key]):
            raise ConfigError(f"key {key!r} holds a control character; remove it", path=where)
    return out


_CONTROL = re.compile("[\x00-\x1f\x7f\ufffe\uffff]")


def _inside_project(key: str, value: str, where: str) -> None:
    """A config file may not send reads or writes outside its project: no absolute paths
    and no ``..`` (a path given on the command line may point anywhere). Symlinks that
    lead out are caught when the paths are resolved (:func:`confine`)."""
    p = Path(value)
    if "\x00" in value or _CONTROL.search(value):
        raise ConfigError(f"key {key!r} = {value!r} holds a control character; write a plain path", path=where)
    if p.is_absolute() or value.startswith("~") or ".." in p.parts:
        raise ConfigError(
            f"key {key!r} = {value!r} leaves the project folder; use a path inside it, "
            "or give the path on the command line",
            path=where,
        )


def expand_inputs(patterns: list[str], root: Path) -> list[Path]:
    """Globs and folders from the config, relative to the config file's folder (each one
    must resolve inside it: a symlinked ``papers/`` may not read elsewhere)."""
    found: list[Path] = []
    for pattern in patterns:
        p = root / pattern
        if any(ch in pattern for ch in "*?["):
            found.extend(sorted(confine(q, root, "input") for q in root.glob(pattern) if q.is_file()))
        else:
            found.append(confine(p, root, "input"))
    return found


def confine(path: Path, root: Path, what: str) -> Path:
    """``path``, refused when it resolves (through symlinks) outside ``root``."""
    from galley.inputs.tomlfile import inside

    return inside(path, root, what, UsageError)
