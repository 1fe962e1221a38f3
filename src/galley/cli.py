"""galley's command line: argparse only, filling a BuildConfig. ``main(argv) -> exit code``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from galley import __version__
from galley.errors import EXIT_BUILD_FAILED, EXIT_OK, EXIT_STRICT, EXIT_USAGE, GalleyError, UsageError

EPILOG = """\
exit codes: 0 ok, 1 a build failed, 2 usage or configuration error, 3 warnings under --strict

examples:
  galley build                         build every seeds/*.txt into dist/
  galley build paper.txt -o out --format html
  galley explain paper.txt             list every repair the cleaner made
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="galley",
        description="Turn raw text extracted from a PDF into a clean, structured paper as HTML, EPUB and PDF.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"galley {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser(
        "build",
        help="build HTML, EPUB and PDF from raw text files",
        description="Build each raw text (a .txt file, or every .txt in a folder) into OUT/<name>.{html,epub,pdf}. "
        "A sidecar <name>.toml beside a text gives its metadata.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("paths", nargs="*", type=Path, help="text files or folders (default: seeds/)")
    b.add_argument("-o", "--out", type=Path, default=Path("dist"), help="output folder (default: dist/)")
    b.add_argument("--format", default="html,epub,pdf", help="comma-separated formats: html,epub,pdf (default: all)")
    b.add_argument("--theme", default="journal", help="theme folder name under styles/ or a path (default: journal)")
    b.add_argument("--paper", default="a4", choices=["a4", "letter"], help="PDF paper size (default: a4)")
    b.add_argument("--pdf-variant", default="", help="WeasyPrint PDF variant, e.g. pdf/a-3u or pdf/ua-1")
    b.add_argument("--strict", action="store_true", help="fail (exit 3) when a build has warnings")
    e = sub.add_parser("explain", help="list every repair and removed line for a text, without writing outputs")
    e.add_argument("path", type=Path)
    return p


def _inputs(paths: list[Path]) -> list[Path]:
    if not paths:
        paths = [Path("seeds")]
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            texts = sorted(p.glob("*.txt"))
            if not texts:
                raise UsageError("has no .txt files to build", path=str(p))
            found.extend(texts)
        else:
            found.append(p)
    return found


def _build(args: argparse.Namespace) -> int:
    from galley.config import BuildConfig
    from galley.pipeline import build_paper

    config = BuildConfig(
        formats=tuple(f.strip() for f in args.format.split(",") if f.strip()),
        out_dir=args.out,
        theme=args.theme,
        paper=args.paper,
        pdf_variant=args.pdf_variant,
        strict=args.strict,
    )
    code = EXIT_OK
    for path in _inputs(args.paths):
        try:
            result = build_paper(path, config)
        except GalleyError as exc:
            print(f"galley: error: {exc}", file=sys.stderr)
            code = max(code, exc.exit_code if exc.exit_code != EXIT_USAGE else EXIT_BUILD_FAILED)
            continue
        written = ", ".join(str(p) for f, p in result.outputs.items() if f != "report")
        doc = result.document
        warnings = doc.warnings if doc else []
        print(f"built {path} -> {written}")
        for w in warnings:
            print(f"galley: warning: {path}: {w}", file=sys.stderr)
        if warnings and config.strict:
            code = max(code, EXIT_STRICT)
    return code


def _explain(args: argparse.Namespace) -> int:
    from galley.pipeline import analyse

    doc = analyse(args.path)
    for w in doc.warnings:
        print(f"warning: {w}")
    for r in doc.removed:
        print(f"line {r.line}: [removed {r.rule}] {r.text!r} ({r.why})")
    for rep in doc.repairs:
        print(rep.describe())
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        if args.command == "build":
            return _build(args)
        return _explain(args)
    except GalleyError as exc:
        print(f"galley: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("galley: interrupted; outputs already in place are untouched", file=sys.stderr)
        return EXIT_BUILD_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
