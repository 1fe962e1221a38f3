"""The content-addressed build cache: an unchanged paper is not rebuilt.

A paper's key is the SHA-256 of everything that decides its outputs: the input text, every
file beside it that shares its stem (the sidecar ``name.toml``, corrections, ...), the theme
(templates, CSS, fonts), galley itself (its version and the digest of its own source, so a
changed rule invalidates old outputs during development too) and the build options that
shape the files (formats, theme, paper, PDF variant).

One small JSON file per paper under ``OUT/.galley-cache/`` records the key, the outputs
(size, mtime and SHA-256, so a deleted or edited output is rebuilt) and the paper's report entry,
so a warm run can still report every paper. The entry carries the SHA-256 of its own content:
a truncated, corrupted or hand-edited entry is a miss (the paper is rebuilt), never served.
One file per paper, not one shared manifest: parallel workers never race on it (and
concurrent runs into one folder take turns: see ``lifecycle.FolderLock``).

This module is deliberately light (hashlib, json, os): a warm no-op build must answer
without importing the pipeline.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from galley import __version__

CACHE_DIR = ".galley-cache"
# Bump when the layout of a cache entry changes.
CACHE_FORMAT = 4  # 3: report entries carry coded diagnostics; 4: an entry carries its own SHA-256
# Libraries whose version changes what galley writes: the cleaner's decisions (ftfy, wordfreq,
# pyphen, charset-normalizer), the page template (jinja2), dates in the paper's language
# (babel), the EPUB cover's glyph outlines (fonttools), pandoc and WeasyPrint themselves.
OUTPUT_DEPENDENCIES = (
    "ftfy",
    "wordfreq",
    "pyphen",
    "charset-normalizer",
    "jinja2",
    "babel",
    "fonttools",
    "pypandoc-binary",
    "weasyprint",
)


def _hash_files(h: Any, files: list[Path], root: Path) -> None:
    for f in sorted(files):
        h.update(str(f.relative_to(root)).encode() + b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")


@lru_cache(maxsize=1)
def galley_digest() -> str:
    """galley's version plus a digest of its own code and bundled styles."""
    pkg = Path(__file__).resolve().parents[1]  # the whole galley package, not only ci/
    h = hashlib.sha256(f"galley {__version__}\0".encode())
    h.update(json.dumps(dependency_versions(), sort_keys=True).encode())
    _hash_files(h, [p for p in pkg.rglob("*.py") if "__pycache__" not in p.parts], pkg)
    return h.hexdigest()


def dependency_versions() -> dict[str, str]:
    """The installed version of every library that shapes the outputs ('' when absent)."""
    from importlib import metadata

    found = {}
    for name in OUTPUT_DEPENDENCIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = ""
    return found


@lru_cache(maxsize=16)
def folder_digest(folder: Path) -> str:
    """Every file under a folder (a theme, its fonts), by relative path and content."""
    h = hashlib.sha256()
    if folder.is_dir():
        _hash_files(h, [p for p in folder.rglob("*") if p.is_file()], folder)
    return h.hexdigest()


def companions(path: Path) -> list[Path]:
    """Files beside the text that share its stem: the sidecar, corrections, anything a rule may read."""
    try:
        siblings = list(path.parent.iterdir())
    except OSError:
        return []
    prefix = path.stem + "."
    return sorted(p for p in siblings if p != path and p.name.startswith(prefix) and p.is_file())


def paper_key(path: Path, options: dict[str, Any], theme_digest: str) -> str:
    """The content address of one paper's outputs under these options."""
    h = hashlib.sha256()
    h.update(f"format {CACHE_FORMAT}\0galley {galley_digest()}\0theme {theme_digest}\0".encode())
    h.update(json.dumps(options, sort_keys=True).encode() + b"\0")
    h.update(path.read_bytes())
    for c in companions(path):
        h.update(b"\0" + c.name.encode() + b"\0" + c.read_bytes())
    return h.hexdigest()


def _entry_path(out_dir: Path, stem: str) -> Path:
    return out_dir / CACHE_DIR / f"{stem}.json"


def _stat(path: Path) -> list[Any] | None:
    """[size, mtime_ns, sha256] of an output, None when it is gone."""
    try:
        st = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, digest]


def _unchanged(path: Path, recorded: Any) -> bool:
    """Size and mtime as recorded, or else the same bytes: a CI cache restore (tar) keeps the
    files but not always their nanoseconds, and must still count as a hit."""
    if not isinstance(recorded, list) or len(recorded) != 3:
        return False
    try:
        st = path.stat()
    except OSError:
        return False
    if st.st_size != recorded[0]:
        return False
    if st.st_mtime_ns == recorded[1]:
        return True
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == recorded[2]
    except OSError:
        return False


def _digest(key: Any, outputs: Any, entry: Any) -> str:
    return hashlib.sha256(json.dumps([key, outputs, entry], sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def lookup(out_dir: Path, stem: str, key: str) -> dict[str, Any] | None:
    """The cached report entry when the key matches, the entry is intact (its digest) and
    every output it names is still in place with the bytes it recorded."""
    try:
        data = json.loads(_entry_path(out_dir, stem).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    outputs, entry = data.get("outputs"), data.get("entry")
    if not isinstance(outputs, dict) or not isinstance(entry, dict) or not isinstance(entry.get("outputs"), dict):
        return None
    if data.get("digest") != _digest(key, outputs, entry):
        return None
    named = set(entry["outputs"].values())
    if not named or not named <= set(outputs):  # every file the entry claims must be one checked below
        return None
    for name, recorded in outputs.items():
        if not isinstance(name, str) or "/" in name or name.startswith(".") or not _unchanged(out_dir / name, recorded):
            return None
    return entry


def store(out_dir: Path, stem: str, key: str, output_names: list[str], entry: dict[str, Any]) -> None:
    """Record a fresh build (written atomically: a crash never leaves a half entry)."""
    folder = out_dir / CACHE_DIR
    if folder.is_symlink():  # it would write wherever the link leads
        raise OSError(errno.ELOOP, "the cache folder is a symlink; remove it", str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    outputs = {name: _stat(out_dir / name) for name in output_names}
    entry = json.loads(json.dumps(entry))  # as it will read back (tuples become lists)
    data = {"key": key, "outputs": outputs, "entry": entry, "digest": _digest(key, outputs, entry)}
    fd, tmp = tempfile.mkstemp(prefix=f".{stem}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, _entry_path(out_dir, stem))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def recorded(out_dir: Path) -> dict[str, list[str]]:
    """Every paper the cache of ``out_dir`` knows: stem -> the output file names it recorded."""
    found: dict[str, list[str]] = {}
    folder = out_dir / CACHE_DIR
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        outputs = data.get("outputs") if isinstance(data, dict) else None
        if isinstance(outputs, dict):
            # Only plain names in this folder: an edited entry must not make a prune delete
            # "../elsewhere" or the batch's own files.
            found[path.stem] = [
                n
                for n in outputs
                if isinstance(n, str)
                and "/" not in n
                and "\\" not in n
                and not n.startswith(".")
                and n not in ("index.html", "report.json", "report.html")
            ]
    return found


def forget(out_dir: Path, stem: str) -> None:
    _entry_path(out_dir, stem).unlink(missing_ok=True)
