"""The one frozen build configuration. The CLI (and a project config) only fill it in."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("html", "epub", "pdf", "jats")
DEFAULT_FORMATS = ("html", "epub", "pdf")
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
    inputs:      text files or folders to build (empty: ``seeds/``).
    jobs:        papers built at once, in separate processes (0: one per CPU core).
    force:       rebuild every paper, ignoring the cache.
    shard:       ``(i, n)``: build only the i-th of n deterministic slices of the inputs (CI matrix jobs).
    site_title:  the heading of the collection's ``index.html``.
    progress:    ``auto`` (a progress bar on a terminal, plain lines in CI or a pipe), ``bar`` or ``plain``.
    strict_ignore: warning codes (``W-LIGATURES``...) that do not fail ``--strict``.
    keep:        keep the outputs of papers whose source is gone (a batch prunes them by default).
    verbosity:   -1 quiet (errors and warnings only), 0 normal, 1 verbose (notices too).
    max_pages:   a PDF estimated longer than this is refused before rendering (memory and time
                 grow with the pages); 0 means no limit.
    """

    formats: tuple[str, ...] = DEFAULT_FORMATS
    out_dir: Path = field(default_factory=lambda: Path("dist"))
    theme: str = "journal"
    paper: str = "a4"
    pdf_variant: str = ""
    strict: bool = False
    inputs: tuple[Path, ...] = ()
    jobs: int = 0
    force: bool = False
    shard: tuple[int, int] | None = None
    site_title: str = "Papers"
    progress: str = "auto"
    strict_ignore: tuple[str, ...] = ()
    keep: bool = False
    verbosity: int = 0
    max_pages: int = 1000

    def __post_init__(self) -> None:
        from galley.errors import UsageError

        # Case-insensitive, as pandoc's and quarto's --to: HTML, Epub and pdf all work.
        object.__setattr__(self, "formats", tuple(f.strip().lower() for f in self.formats if f.strip()))
        bad = [f for f in self.formats if f not in FORMATS]
        if bad or not self.formats:
            raise UsageError(f"unknown format {','.join(bad) or '(none)'}: choose from {', '.join(FORMATS)}")
        if self.strict_ignore:
            from galley.diagnostics import BY_CODE

            unknown = [c for c in self.strict_ignore if c not in BY_CODE]
            if unknown:
                raise UsageError(
                    f"strict_ignore: unknown warning code {', '.join(unknown)}; the codes are "
                    f"{', '.join(BY_CODE)} (docs/warnings.md)"
                )
            errors = [c for c in self.strict_ignore if BY_CODE[c].severity == "error"]
            if errors:
                raise UsageError(f"strict_ignore: {', '.join(errors)} is an error, not a warning: it cannot be ignored")
        if self.paper not in PAPER_SIZES:
            raise UsageError(f"unknown paper size {self.paper!r}: choose a4 or letter")
        if self.pdf_variant not in PDF_VARIANTS:
            raise UsageError(
                f"unknown PDF variant {self.pdf_variant!r}: choose one of {', '.join(v for v in PDF_VARIANTS if v)}"
            )
        if self.jobs < 0:
            raise UsageError(f"jobs must be 0 (one per core) or more, not {self.jobs}")
        if self.shard is not None:
            i, n = self.shard
            if not 1 <= i <= n:
                raise UsageError(f"shard {i}/{n} is out of range: use i/n with 1 <= i <= n")
        if self.max_pages < 0:
            raise UsageError(f"max_pages must be 0 (no limit) or more, not {self.max_pages}")
        if self.progress not in ("auto", "bar", "plain"):
            raise UsageError(f"unknown progress style {self.progress!r}: choose auto, bar or plain")

    def output_options(self) -> dict[str, object]:
        """The options that shape the output files (part of each paper's cache key)."""
        return {
            "formats": sorted(self.formats),
            "theme": self.theme,
            "paper": self.paper,
            "pdf_variant": self.pdf_variant,
        }

    def worker_count(self, papers: int) -> int:
        import os

        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        return max(1, min(self.jobs or cores, papers))
