"""Themes: folders under ``styles/`` holding the look (template, CSS, options), never code.

A theme folder has ``page.html.j2``, ``screen.css``, ``print.css`` and ``epub.css``; fonts
are shared in ``styles/fonts/`` (or the theme's own ``fonts/``). A user adds a theme by
adding a folder (or passing a path). A ``theme.toml`` may say ``extends = "journal"``: the
theme then only needs the files it changes, and its CSS is appended to its parent's, so a
theme of a dozen lines is enough. Options (``[options]`` in ``theme.toml``) are data the
template reads, e.g. ``pdf_toc = true`` for a table of contents with page numbers in the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from galley.errors import UsageError
from galley.inputs.tomlfile import read_toml

REQUIRED = ("page.html.j2", "screen.css", "print.css", "epub.css")
# What a theme may set in [options], with the default when no theme in the chain sets it.
DEFAULT_OPTIONS: dict[str, Any] = {
    "pdf_toc": False,  # a table of contents with page numbers in the PDF
    "toc_min_headings": 4,  # the HTML page gets a table of contents from this many headings on
    "line_numbers": False,  # PDF lines numbered in the margin (for review)
}


def styles_root() -> Path:
    """``styles/`` inside the wheel, or at the top of a source checkout."""
    package = Path(__file__).resolve().parents[1]  # src/galley (or galley/ in a wheel)
    for candidate in (package / "styles", package.parents[1] / "styles"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise UsageError("galley's styles/ folder is missing; reinstall galley")


def available() -> list[str]:
    root = styles_root()
    return sorted(
        p.name
        for p in root.iterdir()
        if p.is_dir() and ((p / "page.html.j2").is_file() or (p / "theme.toml").is_file())
    )


@dataclass(frozen=True)
class Theme:
    name: str
    folder: Path
    fonts: Path
    parent: Theme | None = None
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def chain(self) -> list[Theme]:
        """This theme and its ancestors, the base theme first."""
        return (self.parent.chain() if self.parent else []) + [self]

    def file(self, name: str) -> Path:
        """A theme file: this theme's own, else the nearest ancestor's."""
        for theme in reversed(self.chain()):
            if (theme.folder / name).is_file():
                return theme.folder / name
        raise UsageError(f"theme {self.name!r} lacks {name} in {self.folder}")

    def css(self, which: str) -> str:
        """The stylesheet ``which`` (screen, print, epub): the parents' rules, then this theme's."""
        parts = [t.folder / f"{which}.css" for t in self.chain()]
        return "\n".join(p.read_text(encoding="utf-8") for p in parts if p.is_file())

    def option(self, name: str) -> Any:
        for theme in reversed(self.chain()):
            if name in theme.options:
                return theme.options[name]
        return DEFAULT_OPTIONS[name]

    def folders(self) -> list[Path]:
        """Every folder the theme may read from (for WeasyPrint's fetcher)."""
        return [t.folder for t in self.chain()] + [self.fonts]

    def font_files(self) -> list[Path]:
        return sorted(self.fonts.glob("*.ttf")) + sorted(self.fonts.glob("*.otf"))


def _settings(folder: Path) -> dict[str, Any]:
    path = folder / "theme.toml"
    if not path.is_file():
        return {}
    data = read_toml(path, "theme settings", UsageError)
    unknown = set(data) - {"extends", "options", "description"}
    unknown_opts = set(data.get("options", {})) - set(DEFAULT_OPTIONS)
    if unknown or unknown_opts:
        bad = sorted(unknown | unknown_opts)
        raise UsageError(
            f"unknown theme setting {', '.join(bad)}; known options: {', '.join(DEFAULT_OPTIONS)}", path=str(path)
        )
    return data


@lru_cache(maxsize=16)
def load(name: str, _seen: tuple[str, ...] = ()) -> Theme:
    root = styles_root()
    folder = Path(name) if ("/" in name or name.startswith(".")) else root / name
    if not folder.is_dir():
        raise UsageError(f"unknown theme {name!r}; available: {', '.join(available())} (or a path to a theme folder)")
    folder = folder.resolve()
    settings = _settings(folder)
    parent = None
    if settings.get("extends"):
        base = str(settings["extends"])
        if base in _seen or base == name:
            raise UsageError(f"theme {name!r} extends itself through {base!r}", path=str(folder / "theme.toml"))
        parent = load(base, (*_seen, name))
    fonts = folder / "fonts" if (folder / "fonts").is_dir() else (parent.fonts if parent else root / "fonts")
    theme = Theme(folder.name, folder, fonts.resolve(), parent, dict(settings.get("options", {})))
    missing = [f for f in REQUIRED if not any((t.folder / f).is_file() for t in theme.chain())]
    if missing:
        raise UsageError(f"theme {name!r} lacks {', '.join(missing)} in {folder}")
    return theme
