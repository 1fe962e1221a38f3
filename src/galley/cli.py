"""galley's command line: argparse only, filling a BuildConfig. ``main(argv) -> exit code``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from galley import __version__
from galley.config import BuildConfig
from galley.errors import EXIT_BUILD_FAILED, EXIT_OK, EXIT_USAGE, GalleyError, UsageError

EPILOG = """\
exit codes: 0 ok, 1 a build failed, 2 usage or configuration error, 3 warnings under --strict

examples:
  galley build                         build every seeds/*.txt (or the project config's inputs) into dist/
  galley build paper.txt -o out --format html
  galley build papers/ -j 2 --shard 1/3 build one CI matrix job's third of papers/
  galley site dist/                    assemble index.html from the shards' reports in dist/
  galley check papers/ --strict        run everything and the validators, write nothing
  galley explain paper.txt             list every repair the cleaner made
  galley init my-journal               scaffold a publishing repository

project config: galley.toml, or [tool.galley] in pyproject.toml, in the working folder
(keys: inputs, out, formats, theme, paper, pdf_variant, site_title, strict, jobs); flags win.
"""


def _build_options(b: argparse.ArgumentParser, *, outputs: bool = True) -> None:
    """Options shared by build and check. Defaults are None so a project config can fill them."""
    b.add_argument("paths", nargs="*", type=Path, help="text files or folders (default: config inputs, or seeds/)")
    if outputs:
        b.add_argument("-o", "--out", type=Path, default=None, help="output folder (default: dist/)")
    b.add_argument("--format", default=None, help="comma-separated formats: html,epub,pdf (default: all)")
    b.add_argument("--theme", default=None, help="theme folder name under styles/ or a path (default: journal)")
    b.add_argument("--paper", default=None, choices=["a4", "letter"], help="PDF paper size (default: a4)")
    b.add_argument("--pdf-variant", default=None, help="WeasyPrint PDF variant, e.g. pdf/a-3u or pdf/ua-1")
    b.add_argument("--strict", action=argparse.BooleanOptionalAction, default=None,
                   help="fail (exit 3) when a paper has warnings (--no-strict overrides the config)")
    b.add_argument("-j", "--jobs", type=int, default=None, help="papers built at once (default: one per CPU core)")
    b.add_argument("--config", type=Path, default=None, help="project config file (default: ./galley.toml or "
                   "[tool.galley] in ./pyproject.toml)")


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
        "A sidecar <name>.toml beside a text gives its metadata. A batch (a folder, several files or the "
        "config's inputs) skips unchanged papers (cache), builds in parallel and writes report.json, "
        "report.html and index.html; one named file is always rebuilt and writes only its own files.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _build_options(b)
    b.add_argument("--force", action="store_true", help="rebuild every paper, ignoring the cache")
    b.add_argument("--shard", default=None, metavar="I/N", help="build only the I-th of N deterministic slices "
                   "(for CI matrix jobs); writes report.shard-I-of-N.json, assemble with 'galley site'")
    b.add_argument("--site-title", default=None, help="heading of the collection's index.html")
    b.add_argument("--progress", default="auto", choices=["auto", "bar", "plain"],
                   help="progress bar on a terminal, plain lines in CI or a pipe (default: auto)")
    c = sub.add_parser(
        "check",
        help="run the whole pipeline and the validators without writing outputs (a CI gate)",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _build_options(c, outputs=False)
    c.add_argument("--report", type=Path, default=None, metavar="FILE.json",
                   help="also write the check's report (with every validator result) here, and FILE.html")
    s = sub.add_parser("site", help="write index.html from the build reports (and shard reports) in folders")
    s.add_argument("folders", nargs="+", type=Path)
    s.add_argument("-o", "--out", type=Path, default=None, help="where index.html goes (default: the first folder)")
    s.add_argument("--title", default=None, help="the site's heading (default: the builds' site title)")
    i = sub.add_parser("init", help="scaffold a publishing repository: galley.toml, papers/, a CI workflow")
    i.add_argument("folder", nargs="?", type=Path, default=Path("."))
    pr = sub.add_parser("proof", help="render PDF page 1 and the HTML page (light, dark, phone) to PNG for review")
    pr.add_argument("paths", nargs="+", type=Path, help="built .pdf/.html files, or folders of them")
    pr.add_argument("-o", "--out", type=Path, default=None, help="where the PNGs go (default: beside each file)")
    pr.add_argument("--pages", type=int, default=1, help="PDF pages to render (default: 1)")
    e = sub.add_parser("explain", help="list every repair and removed line for a text, without writing outputs")
    e.add_argument("path", type=Path)
    return p


def _inputs(paths: list[Path]) -> list[Path]:
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


def _shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    try:
        i, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise UsageError(f"--shard {text!r}: write it as I/N, e.g. 2/4") from None
    return i, n


def _config(args: argparse.Namespace) -> tuple[BuildConfig, list[Path], bool]:
    """Project config, then flags over it -> the one BuildConfig, the inputs, and whether this
    is a direct build of one named file."""
    from galley.ci import project

    proj = project.load(args.config)
    v = proj.values

    def pick(flag: object, key: str, default: object) -> object:
        return flag if flag is not None else v.get(key, default)

    if args.paths:
        inputs, direct = _inputs(args.paths), len(args.paths) == 1 and not args.paths[0].is_dir()
    elif "inputs" in v:
        inputs, direct = _inputs(project.expand_inputs(v["inputs"], proj.root)), False
        if not inputs:
            raise UsageError(f"the config's inputs {v['inputs']} match no files", path=str(proj.path))
    elif Path("seeds").is_dir():
        inputs, direct = _inputs([Path("seeds")]), False
    else:
        raise UsageError("nothing to build: name text files or folders, or set inputs in galley.toml "
                         "(galley init writes one)")
    formats = args.format.split(",") if args.format is not None else v.get("formats", ["html", "epub", "pdf"])
    out = getattr(args, "out", None)
    out_dir = out if out is not None else (proj.root / v["out"] if "out" in v else Path("dist"))
    config = BuildConfig(
        formats=tuple(f.strip() for f in formats if f.strip()),
        out_dir=out_dir,
        theme=str(pick(args.theme, "theme", "journal")),
        paper=str(pick(args.paper, "paper", "a4")),
        pdf_variant=str(pick(args.pdf_variant, "pdf_variant", "")),
        strict=bool(pick(args.strict, "strict", False)),
        inputs=tuple(inputs),
        jobs=int(pick(args.jobs, "jobs", 0)),  # type: ignore[call-overload]
        force=bool(getattr(args, "force", False)),
        shard=_shard(getattr(args, "shard", None)),
        site_title=str(pick(getattr(args, "site_title", None), "site_title", "Papers")),
        progress=getattr(args, "progress", "auto"),
    )
    return config, inputs, direct


def _build(args: argparse.Namespace) -> int:
    from galley.ci import batch

    config, inputs, direct = _config(args)
    return batch.run(config, inputs, direct=direct)


def _check(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from galley.ci.batch import exit_code
    from galley.ci.checks import check_paper

    config, inputs, _ = _config(args)
    config = replace(config, jobs=1)
    entries = []
    for path in inputs:
        entry = check_paper(path, config)
        entries.append(entry)
        if entry["status"] == "failed":
            print(f"galley: error: {entry['error']}", file=sys.stderr)
        else:
            ran = [n for n, v in entry["validators"].items() if v.get("ok") is not None]
            skipped = [n for n, v in entry["validators"].items() if v.get("ok") is None]
            note = f" (validated: {', '.join(ran) or 'none'}" + (f"; skipped: {', '.join(skipped)}" if skipped else "")
            print(f"checked {path}{note})")
        for w in entry["warnings"]:
            print(f"galley: warning: {path}: {w}", file=sys.stderr)
    if args.report is not None:
        from galley.ci import report

        options = config.output_options() | {"strict": config.strict}
        data = report.run_report(entries, options, 0.0)
        report.write_atomic(args.report, report.dumps(data))
        report.write_atomic(args.report.with_suffix(".html"), report.to_html(data).encode("utf-8"))
    return exit_code(entries, config.strict)


def _site(args: argparse.Namespace) -> int:
    from galley.ci import report, site

    reports = report.load_reports(args.folders)
    if not reports:
        raise UsageError("no report.json or report.shard-*.json found; run 'galley build' first",
                         path=", ".join(map(str, args.folders)))
    merged = report.merge(reports)
    out = args.out or args.folders[0]
    title = args.title or reports[0].get("options", {}).get("site_title") or "Papers"
    report.write(merged, out)
    path = site.write_index(out, title, merged["papers"])
    print(f"wrote {path} ({merged['summary']['papers']} papers from {len(reports)} reports)")
    return EXIT_OK


def _init(args: argparse.Namespace) -> int:
    from galley.ci.scaffold import scaffold

    for path in scaffold(args.folder):
        print(f"created {path}")
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    # Only read -> clean: every repair and removed line, by raw line number, with its evidence.
    from galley.clean.explain import clean_path, report_lines

    result, warnings = clean_path(args.path)
    for line in report_lines(result, warnings):
        print(line)
    return EXIT_OK


def _proof(args: argparse.Namespace) -> int:
    from galley.publish import proof

    for png in proof.run(args.paths, args.out, args.pages):
        print(f"wrote {png}")
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
    commands = {"build": _build, "check": _check, "site": _site, "init": _init, "explain": _explain, "proof": _proof}
    try:
        code = commands[args.command](args)
    except GalleyError as exc:
        print(f"galley: error: {exc}", file=sys.stderr)
        code = exc.exit_code
    except KeyboardInterrupt:
        print("galley: interrupted; outputs already in place are untouched", file=sys.stderr)
        return EXIT_BUILD_FAILED
    if argv is None and args.command == "build":
        _quick_exit(code)
    return code


def _quick_exit(code: int) -> None:
    """End the ``galley build`` process without tearing down every imported module (0.05-0.1 s
    of a one-paper build). Every file is written and renamed, every worker and the PDF child
    joined by now; only the interpreter's own cleanup is skipped. Never when main() is called
    with arguments (tests, other Python code): only as the command."""
    import os

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
