"""Themes: folders under ``styles/`` holding the look (template, CSS), never code.

A theme folder has ``page.html.j2``, ``screen.css``, ``print.css`` and ``epub.css``; fonts
are shared in ``styles/fonts/``. A user adds a theme by adding a folder (or passing a path).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from galley.errors import UsageError

REQUIRED = ("page.html.j2", "screen.css", "print.css", "epub.css")


def styles_root() -> Path:
    """``styles/`` inside the wheel, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "styles", here.parents[1] / "styles"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise UsageError("galley's styles/ folder is missing; reinstall galley")


def available() -> list[str]:
    root = styles_root()
    return sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "page.html.j2").is_file())


@dataclass(frozen=True)
class Theme:
    name: str
    folder: Path
    fonts: Path

    def css(self, which: str) -> str:
        return (self.folder / f"{which}.css").read_text(encoding="utf-8")

    def font_files(self) -> list[Path]:
        return sorted(self.fonts.glob("*.ttf")) + sorted(self.fonts.glob("*.otf"))


@lru_cache(maxsize=16)
def load(name: str) -> Theme:
    root = styles_root()
    folder = Path(name) if ("/" in name or name.startswith(".")) else root / name
    if not folder.is_dir():
        raise UsageError(f"unknown theme {name!r}; available: {', '.join(available())} (or a path to a theme folder)")
    missing = [f for f in REQUIRED if not (folder / f).is_file()]
    if missing:
        raise UsageError(f"theme {name!r} lacks {', '.join(missing)} in {folder}")
    fonts = folder / "fonts" if (folder / "fonts").is_dir() else root / "fonts"
    return Theme(folder.name, folder.resolve(), fonts.resolve())
