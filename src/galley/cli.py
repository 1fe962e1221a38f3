"""galley's command line: argparse only, filling a BuildConfig. ``main(argv) -> exit code``."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from galley import __version__
from galley.config import DEFAULT_FORMATS, BuildConfig
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
  galley serve                         build, serve dist/ on localhost, rebuild and reload on change
  pdftotext paper.pdf - | galley build - -o - > paper.html    standard input to standard output

project config: galley.toml, or [tool.galley] in pyproject.toml, in the working folder or the
nearest parent (as git finds .git) (keys: inputs, out, formats, theme, paper, pdf_variant,
site_title, strict, strict_ignore, allow_missing_validator, jobs, max_pages); flags win.
warning codes (W-LIGATURES, E-LOST-TEXT, ...): docs/warnings.md
"""


def _build_options(b: argparse.ArgumentParser, *, outputs: bool = True) -> None:
    """Options shared by build and check. Defaults are None so a project config can fill them."""
    from galley.config import DEFAULT_FORMATS, FORMATS

    b.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help="text files or folders (default: config inputs, or seeds/); - reads standard input",
    )
    if outputs:
        b.add_argument(
            "-o",
            "--out",
            type=Path,
            default=None,
            help="output folder (default: dist/); - writes the HTML of one paper to standard output",
        )
    b.add_argument(
        "--format",
        default=None,
        help=f"comma-separated formats, any case: {', '.join(FORMATS)} (default: {','.join(DEFAULT_FORMATS)})",
    )
    b.add_argument("--theme", default=None, help="theme folder name under styles/ or a path (default: journal)")
    b.add_argument("--paper", default=None, choices=["a4", "letter"], help="PDF paper size (default: a4)")
    b.add_argument("--pdf-variant", default=None, help="WeasyPrint PDF variant, e.g. pdf/a-3u or pdf/ua-1")
    b.add_argument(
        "--strict",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="fail (exit 3) when a paper has warnings (--no-strict overrides the config)",
    )
    b.add_argument("-j", "--jobs", type=int, default=None, help="papers built at once (default: one per CPU core)")
    b.add_argument(
        "--config",
        type=Path,
        default=None,
        help="project config file (default: galley.toml or "
        "[tool.galley] in pyproject.toml, here or in the nearest parent folder)",
    )
    b.add_argument(
        "--strict-ignore",
        default=None,
        metavar="CODES",
        help="comma-separated warning codes that do not fail --strict, e.g. W-SPLIT-LIGATURE",
    )
    b.add_argument("-q", "--quiet", action="store_true", help="print only errors and warnings")
    b.add_argument("-v", "--verbose", action="store_true", help="also print notices (routine repairs)")
    b.add_argument(
        "--max-pages",
        type=int,
        default=None,
        metavar="N",
        help="refuse a PDF estimated longer than N pages, before rendering (default: 1000; 0: no limit)",
    )


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
    b.add_argument(
        "--keep",
        action="store_true",
        help="keep the outputs of papers whose source is gone (a batch removes them by default)",
    )
    b.add_argument(
        "--shard",
        default=None,
        metavar="I/N",
        help="build only the I-th of N deterministic slices "
        "(for CI matrix jobs); writes report.shard-I-of-N.json, assemble with 'galley site'",
    )
    b.add_argument("--site-title", default=None, help="heading of the collection's index.html")
    b.add_argument(
        "--progress",
        default="auto",
        choices=["auto", "bar", "plain"],
        help="progress bar on a terminal, plain lines in CI or a pipe (default: auto)",
    )
    c = sub.add_parser(
        "check",
        help="run the whole pipeline and the validators without writing outputs (a CI gate)",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _build_options(c, outputs=False)
    c.add_argument(
        "--report",
        type=Path,
        default=None,
        metavar="FILE.json",
        help="also write the check's report (with every validator result) here, and FILE.html",
    )
    c.add_argument(
        "--allow-missing-validator",
        action="append",
        default=None,
        metavar="NAME",
        help="under --strict, accept that this validator (epubcheck, nu-html, axe, pdf) is not installed; repeatable",
    )
    c.add_argument("--progress", default="plain", choices=["auto", "bar", "plain"], help=argparse.SUPPRESS)
    s = sub.add_parser("site", help="write index.html from the build reports (and shard reports) in folders")
    s.add_argument("folders", nargs="+", type=Path)
    s.add_argument("-o", "--out", type=Path, default=None, help="where index.html goes (default: the first folder)")
    s.add_argument("--title", default=None, help="the site's heading (default: the builds' site title)")
    s.add_argument(
        "--summary",
        type=Path,
        default=None,
        metavar="FILE",
        help='append a Markdown summary (papers, warnings, links) to FILE, e.g. "$GITHUB_STEP_SUMMARY"',
    )
    s.add_argument("--base-url", default="", help="where the site is or will be published, for the summary's links")
    i = sub.add_parser("init", help="scaffold a publishing repository: galley.toml, papers/, a CI workflow")
    i.add_argument("folder", nargs="?", type=Path, default=Path("."))
    sv = sub.add_parser(
        "serve",
        help="build, serve the output folder on localhost, rebuild and reload on change",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _build_options(sv)
    sv.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default: 8000; 0 picks a free one)")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    pr = sub.add_parser("proof", help="render PDF page 1 and the HTML page (light, dark, phone) to PNG for review")
    pr.add_argument("paths", nargs="+", type=Path, help="built .pdf/.html files, or folders of them")
    pr.add_argument("-o", "--out", type=Path, default=None, help="where the PNGs go (default: beside each file)")
    pr.add_argument("--pages", type=int, default=1, help="PDF pages to render (default: 1)")
    e = sub.add_parser("explain", help="list every repair and removed line for a text, without writing outputs")
    e.add_argument("path", type=Path)
    return p


def _inputs(paths: list[Path]) -> list[Path]:
    """Files as named; a folder's ``*.txt``, each of which must stay inside the folder (a
    symlink ``papers/leak.txt -> /etc/passwd`` is refused: a file named on the command line
    may be anywhere, one galley finds on its own may not)."""
    from galley.ci.project import confine

    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            texts = sorted(confine(t, p, "text") for t in p.glob("*.txt"))
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
        raise UsageError(
            "nothing to build: name text files or folders, or set inputs in galley.toml (galley init writes one)"
        )
    formats = args.format.split(",") if args.format is not None else v.get("formats", list(DEFAULT_FORMATS))
    out = getattr(args, "out", None)
    if out is not None and str(out) == "-":
        if not direct:
            raise UsageError(
                "-o - writes one paper's HTML to standard output: name one file (or - for standard input), not a batch"
            )
        if args.format is not None and [f.strip().lower() for f in formats] != ["html"]:
            raise UsageError("-o - writes HTML only: use --format html, or an output folder")
        formats = ["html"]
    out_dir = out if out is not None else (proj.root / v["out"] if "out" in v else Path("dist"))
    ignore = args.strict_ignore.split(",") if getattr(args, "strict_ignore", None) else v.get("strict_ignore", [])
    if out is None and "out" in v:
        project.confine(out_dir, proj.root, "output folder")  # a symlinked dist/ may not write elsewhere
    theme = args.theme
    if theme is None and "theme" in v:
        theme = v["theme"]
        if "/" in theme or theme.startswith("."):  # a theme folder of the project, not a bundled name
            theme = str(project.confine(proj.root / theme, proj.root, "theme"))
    config = BuildConfig(
        formats=tuple(f.strip() for f in formats if f.strip()),
        out_dir=out_dir,
        theme=str(theme or "journal"),
        paper=str(pick(args.paper, "paper", "a4")),
        pdf_variant=str(pick(args.pdf_variant, "pdf_variant", "")),
        strict=bool(pick(args.strict, "strict", False)),
        inputs=tuple(inputs),
        jobs=int(pick(args.jobs, "jobs", 0)),  # type: ignore[call-overload]
        force=bool(getattr(args, "force", False)),
        shard=_shard(getattr(args, "shard", None)),
        site_title=str(pick(getattr(args, "site_title", None), "site_title", "Papers")),
        progress=getattr(args, "progress", "auto"),
        strict_ignore=tuple(c.strip().upper() for c in ignore if c.strip()),
        keep=bool(getattr(args, "keep", False)),
        verbosity=-1 if getattr(args, "quiet", False) else (1 if getattr(args, "verbose", False) else 0),
        max_pages=int(pick(args.max_pages, "max_pages", 1000)),  # type: ignore[call-overload]
    )
    return config, inputs, direct


def _stdin_paths(args: argparse.Namespace, stack: ExitStack) -> None:
    """``-`` among the paths: standard input saved as ``stdin.txt`` in a temporary folder."""
    if not any(str(p) == "-" for p in args.paths):
        return
    if len(args.paths) != 1:
        raise UsageError("- (standard input) is one paper: give it alone")
    import tempfile

    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="galley-stdin-")))
    data = sys.stdin.buffer.read()
    (folder / "stdin.txt").write_bytes(data)
    args.paths = [folder / "stdin.txt"]


def _build(args: argparse.Namespace) -> int:
    import tempfile

    from galley.ci import batch

    with ExitStack() as stack:
        _stdin_paths(args, stack)
        config, inputs, direct = _config(args)
        if str(config.out_dir) != "-":
            return batch.run(config, inputs, direct=direct)
        from dataclasses import replace

        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="galley-stdout-")))
        config = replace(config, out_dir=tmp, verbosity=-1)
        code = batch.run(config, inputs, direct=True)
        page = tmp / f"{batch.safe_stem(inputs[0])}.html"
        if page.is_file():
            sys.stdout.buffer.write(page.read_bytes())
            sys.stdout.flush()
        return code


def _check(args: argparse.Namespace) -> int:
    from galley.ci import checks, project
    from galley.ci.batch import Progress, exit_code

    with ExitStack() as stack:
        _stdin_paths(args, stack)
        config, inputs, _ = _config(args)
        allowed = args.allow_missing_validator
        if allowed is None:
            allowed = project.load(args.config).values.get("allow_missing_validator", [])
        progress = Progress(len(inputs), "plain", config.verbosity)
        import time

        started = time.perf_counter()
        entries = checks.run(config, inputs, allow_missing=tuple(allowed), on_paper=progress.done)
        from galley.ci import report

        options = config.output_options() | {"strict": config.strict}
        data = report.run_report(entries, options, time.perf_counter() - started)
        ran = sorted({n for e in entries for n, v in e.get("validators", {}).items() if v.get("ok") is not None})
        skipped = sorted({n for e in entries for n, v in e.get("validators", {}).items() if v.get("ok") is None})
        if config.verbosity >= 0:
            s = data["summary"]
            print(
                f"galley: checked {s['papers']} paper{'s' if s['papers'] != 1 else ''}: {s['failed']} failed, "
                f"{s['warnings']} warnings, {s['notices']} notices; validated: {', '.join(ran) or 'none'}"
                + (f"; skipped: {', '.join(skipped)}" if skipped else "")
                + f" ({data['elapsed_s']:.1f} s)"
            )
        if args.report is not None:
            try:
                report.write_atomic(args.report, report.dumps(data))
                report.write_atomic(
                    args.report.with_suffix(".html"), report.to_html(data, config.theme).encode("utf-8")
                )
            except OSError as exc:
                raise UsageError(
                    f"cannot write the check's report ({exc.strerror or exc}); name a file in a writable folder",
                    path=str(args.report),
                ) from None
        return exit_code(entries, config.strict, config.strict_ignore)


def _site(args: argparse.Namespace) -> int:
    from galley.ci import report, site

    found = report.load_report_files(args.folders)
    if not found:
        raise UsageError(
            "no report.json or report.shard-*.json found; run 'galley build' first",
            path=", ".join(map(str, args.folders)),
        )
    reports = [data for _, data in found]
    merged = report.merge(reports)
    out = args.out or args.folders[0]
    title = args.title or reports[0].get("options", {}).get("site_title") or "Papers"
    theme = str(reports[0].get("options", {}).get("theme") or "journal")
    sources = {e["stem"]: folder for folder, data in found for e in data["papers"]}
    try:
        copied = site.copy_outputs(merged, sources, out)
        report.write(merged, out)
        path = site.write_index(out, title, merged["papers"], theme=theme)
    except OSError as exc:
        raise UsageError(f"cannot write the site ({exc.strerror or exc})", path=str(out)) from None
    print(
        f"wrote {path} ({merged['summary']['papers']} papers from {len(reports)} reports"
        + (f"; copied {copied} files" if copied else "")
        + ")"
    )
    if args.summary is not None:
        with open(args.summary, "a", encoding="utf-8") as fh:
            fh.write(site.summary_markdown(merged, title, args.base_url))
    return EXIT_OK


def _init(args: argparse.Namespace) -> int:
    from galley.ci.scaffold import scaffold

    for path in scaffold(args.folder):
        print(f"created {path}")
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from galley.ci import serve

    if any(str(p) == "-" for p in args.paths):
        raise UsageError("galley serve watches files: standard input cannot be served")
    config, inputs, _ = _config(args)
    return serve.run(config, inputs, lambda: _config(args)[1], host=args.host, port=args.port)


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
    if argv is None:
        from galley.lifecycle import interrupt_on_signals

        interrupt_on_signals()  # first: a CI runner may cancel the job while galley starts
    try:
        parser = _parser()
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM while galley starts: nothing was written
        print("galley: interrupted", file=sys.stderr)
        return 128 + _interrupted_by()
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    commands = {
        "build": _build,
        "check": _check,
        "site": _site,
        "init": _init,
        "explain": _explain,
        "proof": _proof,
        "serve": _serve,
    }
    try:
        code = _run(commands[args.command], args)
        sys.stdout.flush()  # inside the try: a reader that went away shows up here, not at exit
    except BrokenPipeError:
        # The reader went away (``galley explain x | head``): stop quietly, as a tool killed by
        # SIGPIPE would; Python would otherwise print a traceback while flushing stdout.
        _silence_stdout()
        code = 128 + 13
    if argv is None and args.command == "build":
        _quick_exit(code)
    return code


def _run(command: Any, args: argparse.Namespace) -> int:
    """One command; whatever goes wrong is one line on stderr and an exit code, never a traceback."""
    try:
        return int(command(args))
    except GalleyError as exc:
        if _interrupted():
            return _report_interrupt()
        print(f"galley: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return _report_interrupt()
    except BrokenPipeError:
        raise
    except OSError as exc:  # the machine's limits: a read-only folder, a full disk, permission denied
        if _interrupted():
            return _report_interrupt()
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"galley: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_BUILD_FAILED
    except MemoryError:
        print("galley: error: out of memory; build fewer papers at once (-j 1) or fewer formats", file=sys.stderr)
        return EXIT_BUILD_FAILED
    except Exception as exc:
        if _interrupted():
            return _report_interrupt()
        if os.environ.get("GALLEY_TRACEBACK"):
            raise
        print(
            f"galley: error: galley bug ({type(exc).__name__}: {exc}); please report it "
            "(GALLEY_TRACEBACK=1 shows where)",
            file=sys.stderr,
        )
        return EXIT_BUILD_FAILED


def _interrupted() -> bool:
    """A stop signal came, though its KeyboardInterrupt may have been lost (see
    ``lifecycle.interrupt_on_signals``): a failure now is the interrupt's doing, e.g. the
    PDF child or pandoc that the same Ctrl-C ended."""
    from galley.lifecycle import stop_signal

    return stop_signal() is not None


def _report_interrupt() -> int:
    # Ctrl-C (or SIGTERM): every build's finally removed its temporary files by now.
    print("galley: interrupted; outputs already in place are untouched", file=sys.stderr)
    return 128 + _interrupted_by()


def _interrupted_by() -> int:
    from galley.lifecycle import stop_signal

    return stop_signal() or signal.SIGINT


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _quick_exit(code: int) -> None:
    """End the ``galley build`` process without tearing down every imported module (0.05-0.1 s
    of a one-paper build). Every file is written and renamed, every worker and the PDF child
    joined by now; only the interpreter's own cleanup is skipped. Never when main() is called
    with arguments (tests, other Python code): only as the command."""
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        pass
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
