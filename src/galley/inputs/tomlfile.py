"""Reading the TOML files galley is given (sidecars, corrections, project config, theme
settings): one place that turns a broken file into a one-line ConfigError naming it."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from galley.errors import ConfigError, GalleyError


def read_toml(path: Path, what: str, error: type[GalleyError] = ConfigError) -> dict[str, Any]:
    """Parse ``path``; ``what`` names the file in the message ("sidecar", "corrections file")."""
    try:
        if not path.is_file():  # a FIFO would block the read forever
            raise error(f"is not a regular file; the {what} must be a TOML text file", path=str(path))
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise error(f"not valid TOML ({exc}); fix the {what} or remove it", path=str(path)) from None
    except UnicodeDecodeError:
        raise error(f"is not UTF-8 text; save the {what} as UTF-8", path=str(path)) from None
    except OSError as exc:  # permission denied, a symlink loop, an I/O error
        raise error(f"the {what} cannot be read ({exc.strerror or exc})", path=str(path)) from None


def inside(path: Path, root: Path, what: str, error: type[GalleyError] = ConfigError) -> Path:
    """``path`` itself, refused when it resolves (through symlinks) outside ``root``: a file
    galley finds on its own (a sidecar beside a text, a text in a folder, a theme file) may
    not read or write outside the folder it was found in."""
    try:
        real = path.resolve()
        base = root.resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise error(f"the {what} cannot be resolved ({exc})", path=str(path)) from None
    if real != base and base not in real.parents:
        raise error(
            f"the {what} leads outside {root} (to {real}); galley reads and writes only inside it", path=str(path)
        )
    return path
