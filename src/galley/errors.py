"""One error family. Each error says what went wrong, where, and what to do; each has an exit code.

Exit codes (documented in the README and ``galley --help``):
0 ok, 1 a build failed, 2 usage or configuration error, 3 warnings under ``--strict``.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_BUILD_FAILED = 1
EXIT_USAGE = 2
EXIT_STRICT = 3


class GalleyError(Exception):
    """Base of every error galley reports to a user (never a traceback)."""

    exit_code = EXIT_BUILD_FAILED

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(GalleyError):
    """The input text cannot be read as text (missing, empty, binary, undecodable)."""


class ConfigError(GalleyError):
    """A sidecar, corrections file or project config is malformed or names an unknown key."""

    exit_code = EXIT_USAGE


class UsageError(GalleyError):
    exit_code = EXIT_USAGE


class ToolchainError(GalleyError):
    """pandoc or WeasyPrint failed; the message carries their own words."""


class StrictError(GalleyError):
    exit_code = EXIT_STRICT
