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
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise error(f"not valid TOML ({exc}); fix the {what} or remove it", path=str(path)) from None
    except UnicodeDecodeError:
        raise error(f"is not UTF-8 text; save the {what} as UTF-8", path=str(path)) from None
