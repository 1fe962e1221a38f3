"""Themes: folders under ``styles/`` holding the look (template, CSS, options), never code.

A theme folder has ``page.html.j2``, ``screen.css``, ``print.css`` and ``epub.css``; fonts
are shared in ``styles/fonts/`` (or the theme's own ``fonts/``). A user adds a theme by
adding a folder (or passing a path). A ``theme.toml`` may say ``extends = "journal"``: the
theme then only needs the files it changes, and its CSS is appended to its parent's, so a
theme of a dozen lines is enough. Options (``[options]`` in ``theme.toml``) are data the
template reads, e.g. ``pdf_toc = true`` for a table of contents with page numbers in the PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from galley.errors import UsageError
from galley.inputs.tomlfile import inside, read_toml

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
        """A theme file: this theme's own, else the nearest ancestor's (never one that leads
        outside its theme folder through a symlink)."""
        for theme in reversed(self.chain()):
            if (theme.folder / name).is_file():
                return inside(theme.folder / name, theme.folder, "theme file", UsageError)
        raise UsageError(f"theme {self.name!r} lacks {name} in {self.folder}")

    def owns(self, path: Path) -> bool:
        """``path`` lies inside the theme's own folders (through any symlink)."""
        return any(_within(path, folder) for folder in self.folders())

    def read(self, path: Path) -> str:
        """A file of the theme, read only when it lies inside the theme's own folders."""
        if not self.owns(path):
            raise UsageError("is outside the theme's folders; a theme may use only its own files", path=str(path))
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"theme file cannot be read ({exc})", path=str(path)) from None

    def css(self, which: str) -> str:
        """The stylesheet ``which`` (screen, print, epub): the parents' rules, then this theme's.
        ``@import`` of the theme's own files is inlined; any other reference that would reach
        outside the theme (a URL, an absolute path, a file elsewhere) is refused."""
        parts = [t.folder / f"{which}.css" for t in self.chain()]
        return "\n".join(self._checked_css(p, ()) for p in parts if p.is_file())

    def _checked_css(self, path: Path, seen: tuple[Path, ...]) -> str:
        if path.resolve() in seen or len(seen) > 8:
            raise UsageError("imports itself (an @import cycle)", path=str(path))
        css = self.read(path)

        def refuse(what: str) -> UsageError:
            return UsageError(
                f"theme CSS refers to {what[:80]!r}, outside the theme; a theme may use only "
                "its own files (no URLs, no absolute paths)",
                path=str(path),
            )

        def one(m: re.Match[str]) -> str:
            if m.group("comment"):
                return m.group(0)
            target = m.group("import")
            if target is not None:
                if not _local_reference(target) or not any(_within(path.parent / target, f) for f in self.folders()):
                    raise refuse(target)
                return self._checked_css(path.parent / target, (*seen, path.resolve()))
            target = m.group("url")
            if target.startswith("data:") or target.startswith("../fonts/") and "/.." not in target[8:]:
                return m.group(0)  # ../fonts/ is the theme's font folder, wherever it is
            if not _local_reference(target) or not any(_within(path.parent / target, f) for f in self.folders()):
                raise refuse(target)
            return m.group(0)

        for bad in _CSS_SMUGGLING.finditer(_CSS_COMMENT.sub("", css)):
            raise refuse(bad.group(0))
        return _CSS_REFERENCE.sub(one, css)

    def option(self, name: str) -> Any:
        for theme in reversed(self.chain()):
            if name in theme.options:
                return theme.options[name]
        return DEFAULT_OPTIONS[name]

    def folders(self) -> list[Path]:
        """Every folder the theme may read from (for WeasyPrint's fetcher)."""
        return [t.folder for t in self.chain()] + [self.fonts]

    def font_files(self) -> list[Path]:
        """The fonts pandoc embeds in the EPUB: only real files of the font folder (a
        ``fonts/x.ttf -> /etc/passwd`` symlink would otherwise ship that file in the book)."""
        found = sorted(self.fonts.glob("*.ttf")) + sorted(self.fonts.glob("*.otf"))
        return [inside(f, self.fonts, "font", UsageError) for f in found]

    def template(self, name: str = "page.html.j2") -> Any:
        """The theme's jinja2 template, compiled in a sandbox: a theme arrives in pull
        requests, and a template must not reach Python (``{{ cycler.__init__.__globals__ }}``
        ran ``id`` before). It sees only the data each page hands it."""
        import jinja2  # here, not at the top: a warm batch loads themes but renders nothing

        path = self.file(name)
        try:
            return _sandbox().from_string(self.read(path))
        except jinja2.TemplateError as exc:
            raise UsageError(f"theme template is not valid: {exc}", path=str(path)) from None


def render(template: Any, name: str, **data: Any) -> str:
    """Render a theme template; whatever the template tries is a one-line error naming it."""
    import jinja2.sandbox

    try:
        return str(template.render(**data))
    except jinja2.sandbox.SecurityError as exc:
        raise UsageError(f"theme template tried something a theme may not do ({exc})", path=name) from None
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, LookupError, ArithmeticError) as exc:
        raise UsageError(f"theme template failed: {type(exc).__name__}: {exc}", path=name) from None


@lru_cache(maxsize=1)
def _sandbox() -> Any:
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    return ImmutableSandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def _within(path: Path, folder: Path) -> bool:
    try:
        real, base = path.resolve(), folder.resolve()
    except (OSError, RuntimeError):
        return False
    return real == base or base in real.parents


def _local_reference(target: str) -> bool:
    """A relative file reference: no scheme, no host, no absolute path."""
    return bool(target) and not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:|/|\\", target)


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
# Comments (kept as they are), @import rules and url() references, in one pass.
_CSS_REFERENCE = re.compile(
    r"(?P<comment>/\*.*?\*/)"
    r"|@import\s+(?:url\(\s*)?[\"']?(?P<import>[^\"')\s;]*)[\"']?\s*\)?[^;]*;"
    r"|url\(\s*[\"']?(?P<url>[^\"')]*?)[\"']?\s*\)",
    re.S | re.I,
)
# What could fetch without a plain url(): an address in a string (image-set("https://..")),
# a protocol-relative address, or a CSS escape that spells a function or at-rule (u\72l( ).
_CSS_SMUGGLING = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://|[\"'(]\s*//|[\w-]*\\[0-9A-Fa-f]+[\w\\-]*\s*\(|@[\w-]*\\", re.I)


def _settings(folder: Path) -> dict[str, Any]:
    path = folder / "theme.toml"
    if not path.is_file():
        return {}
    inside(path, folder, "theme settings", UsageError)
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
