"""The one frozen build configuration. The CLI (and a project config) only fill it in."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("html", "epub", "pdf")
PAPER_SIZES = ("a4", "letter")
PDF_VARIANTS = ("", "pdf/a-3u", "pdf/ua-1", "pdf/a-1b", "pdf/a-2b", "pdf/a-3b")


@dataclass(frozen=True)
class BuildConfig:
    """Everything that decides what a build writes.

    formats:     which outputs to write, a subset of ``FORMATS``.
    out_dir:     where outputs go (``dist/`` by default).
    theme:       a folder name under ``styles/`` (or a path to a theme folder).
    paper:       PDF page size, ``a4`` or ``letter``.
    pdf_variant: a WeasyPrint PDF variant such as ``pdf/a-3u`` or ``pdf/ua-1``; empty for plain PDF.
    strict:      warnings fail the build (exit code 3).
    """

    formats: tuple[str, ...] = FORMATS
    out_dir: Path = field(default_factory=lambda: Path("dist"))
    theme: str = "journal"
    paper: str = "a4"
    pdf_variant: str = ""
    strict: bool = False

    def __post_init__(self) -> None:
        from galley.errors import UsageError

        bad = [f for f in self.formats if f not in FORMATS]
        if bad or not self.formats:
            raise UsageError(f"unknown format {','.join(bad) or '(none)'}: choose from {', '.join(FORMATS)}")
        if self.paper not in PAPER_SIZES:
            raise UsageError(f"unknown paper size {self.paper!r}: choose a4 or letter")
        if self.pdf_variant not in PDF_VARIANTS:
            raise UsageError(
                f"unknown PDF variant {self.pdf_variant!r}: choose one of {', '.join(v for v in PDF_VARIANTS if v)}"
            )
