"""Running a build over many papers: shards, the cache, parallel workers, progress, the report.

Two kinds of run:

- a *direct* build names exactly one file (``galley build paper.txt -o out``): it always
  rebuilds and writes only that paper's files, as a tool called per file expects;
- a *batch* (a folder, several files, or inputs from the project config) uses the cache,
  builds papers in parallel processes and writes ``report.json``, ``report.html`` and the
  collection's ``index.html`` (``report.shard-i-of-n.json`` and no index for one shard).

Only this module and the light ones it imports (cache, report, site) run on a warm batch:
when every paper is unchanged the pipeline is never imported.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from galley.ci import cache, report, site
from galley.config import BuildConfig
from galley.errors import EXIT_BUILD_FAILED, EXIT_OK, EXIT_STRICT, GalleyError, UsageError


def safe_stem(path: Path) -> str:
    """An output name that cannot escape the output folder or confuse a shell or URL
    (the same rule as ``pipeline.safe_stem``, kept here so a warm run needs no pipeline)."""
    stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in path.stem).strip("._")
    return stem or "paper"


def select_shard(inputs: list[Path], shard: tuple[int, int] | None) -> list[Path]:
    """The i-th of n slices: every n-th paper of the inputs sorted by path, so every matrix job
    computes the same split and the slices' union is the whole batch, each paper once."""
    if shard is None:
        return inputs
    i, n = shard
    return sorted(inputs, key=str)[i - 1 :: n]


# A batch writes these beside the papers' files: a paper with one of these names would
# lose its HTML to the collection's index or the build report (compared case-folded: a
# case-insensitive disk makes Index.html and index.html one file).
RESERVED = re.compile(r"(index|report|report\.shard-\d+-of-\d+)", re.I)


def _check_stems(inputs: list[Path], *, direct: bool = False) -> None:
    seen: dict[str, Path] = {}
    for p in inputs:
        stem = safe_stem(p)
        if not direct and RESERVED.fullmatch(stem):
            raise UsageError(
                f"{p} would write {stem}.html, which the batch writes for the collection "
                f"({'index.html' if stem.lower() == 'index' else 'the build report'}); rename the paper"
            )
        key = stem.casefold()
        if key in seen and seen[key] != p:
            raise UsageError(f"{seen[key]} and {p} would write the same outputs ({stem}.*); rename one")
        seen[key] = p


if TYPE_CHECKING:
    from galley.pipeline import PaperResult

# -- one paper, in whichever process runs it ---------------------------------------------


def build_one(path: Path, config: BuildConfig) -> dict[str, Any]:
    """Build one paper and return its report entry; a failure is an entry, never an exception."""
    result = attempt(path, config)
    return result if isinstance(result, dict) else report.paper_entry(path, safe_stem(path), result)


def attempt(path: Path, config: BuildConfig) -> PaperResult | dict[str, Any]:
    """Build one paper: its result, or the report entry of its failure (never an exception:
    one bad paper must not take the batch down, nor print a traceback)."""
    from galley.lifecycle import check_not_stopped
    from galley.pipeline import build_paper

    try:
        return build_paper(path, config)
    except Exception as exc:
        # After a stop signal a failure is the stop's doing (the PDF child the same Ctrl-C
        # ended; a zip writer's cleanup failing on the interrupt it was unwinding, which
        # hides it): the run stops as interrupted, not with a failed paper.
        check_not_stopped()
        return _failure(path, exc, config)


def _failure(path: Path, exc: Exception, config: BuildConfig) -> dict[str, Any]:
    """The report entry of a paper whose build raised ``exc``."""
    if isinstance(exc, GalleyError):
        return _failed(path, str(exc), exc.exit_code)
    if isinstance(exc, MemoryError):
        why = f"{path}: ran out of memory; build fewer formats or papers at once (-j 1), or split the text"
        return _failed(path, why)
    if isinstance(exc, OSError):  # the machine's limits (a full disk, a read-only folder): not a galley bug
        where = exc.filename or config.out_dir
        return _failed(path, f"{path}: cannot write {where} ({exc.strerror or exc})")
    return _failed(path, f"{path}: galley bug ({type(exc).__name__}: {exc}); please report it")


def _failed(path: Path, error: str, exit_code: int = EXIT_BUILD_FAILED) -> dict[str, Any]:
    entry = report.paper_entry(path, safe_stem(path), error=error)
    entry["exit_code"] = exit_code
    return entry


def _build_in_worker(build: Any, path: Path, config: BuildConfig) -> dict[str, Any]:
    """``build`` (``build_one``, or ``galley check``'s) in a pool worker. A signal (or the run's
    death) raises SystemExit in it: its finally blocks have removed its temporary files by
    the time it lands here, and the worker must then end, not go back to wait for papers
    from a run that is gone."""
    try:
        return dict(build(path, config))
    except SystemExit as exc:
        os._exit(exc.code if isinstance(exc.code, int) else 1)


def _init_worker(formats: tuple[str, ...], parent: int | None = None) -> None:
    """Import once per worker process, not once per paper. A worker process dies with the
    run that started it and ends quietly on a signal (its temporary files removed)."""
    try:
        if parent is not None:
            from galley.lifecycle import die_with_parent, quiet_worker_signals

            die_with_parent(parent)
            quiet_worker_signals()
        import galley.pipeline  # noqa: F401

        if "pdf" in formats:
            try:
                import weasyprint  # noqa: F401
            except ImportError:  # reported by the PDF stage with its own message
                pass
    # A signal while starting: end now (the pool would log a traceback). A fork inherits the
    # run's own handlers, so a signal landing before quiet_worker_signals() raises
    # KeyboardInterrupt, not SystemExit.
    except KeyboardInterrupt:
        os._exit(130)
    except SystemExit as exc:
        os._exit(exc.code if isinstance(exc.code, int) else 1)
    except Exception:
        # Python 3.11 wraps what a class's ``__set_name__`` raises in a RuntimeError, so a
        # signal landing inside an import (a dataclass being made) comes out as one; the
        # signal was remembered, and it is still the stop, not a failure to report.
        from galley.lifecycle import stop_signal

        if (stop := stop_signal()) is None:
            raise
        os._exit(128 + stop)


# -- progress ----------------------------------------------------------------------------


class Progress:
    """A rich progress bar on a terminal; plain one-line-per-paper logs in CI or a pipe."""

    def __init__(self, total: int, style: str, verbosity: int = 0) -> None:
        fancy = style == "bar" or (style == "auto" and sys.stderr.isatty() and not os.environ.get("CI") and total > 1)
        self.verbosity = verbosity
        # In GitHub Actions every warning is also an annotation on the file and line.
        self.annotate = os.environ.get("GITHUB_ACTIONS") == "true"
        self.bar: Any = None
        if fancy:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                TextColumn("[bold]galley"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                transient=True,
                # No refresh thread: worker processes are forked while the bar is up, and a
                # fork must not copy a lock some other thread holds.
                auto_refresh=False,
            )
            self.task = self.bar.add_task("", total=total)
            self.bar.start()

    def done(self, entry: dict[str, Any]) -> None:
        src = entry["source"]
        if entry["status"] == "failed":
            self._print(f"galley: error: {entry['error']}", err=True)
        elif self.verbosity >= 0:
            outs = ", ".join(
                str(Path(entry.get("out_dir", ".")) / n) for f, n in entry["outputs"].items() if f != "report"
            )
            if entry["status"] == "cached":
                self._print(f"unchanged {src} (cached) -> {outs}")
            elif outs:
                self._print(f"built {src} -> {outs}")
            else:
                self._print(f"checked {src}")
        self.diagnostics(entry)
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=Path(src).name)
            self.bar.refresh()

    def diagnostics(self, entry: dict[str, Any]) -> None:
        """One line per warning (notices with -v only), and an annotation in GitHub Actions."""
        src = entry["source"]
        for d in entry.get("diagnostics") or [
            {"code": "W-OTHER", "severity": "warning", "message": w, "line": 0} for w in entry["warnings"]
        ]:
            if d["severity"] == "notice" and self.verbosity < 1:
                continue
            where = f"{src}:{d['line']}" if d.get("line") else src
            self._print(f"galley: {d['severity']}: {where}: {d['message']} [{d['code']}]", err=True)
            if self.annotate:
                self._print(annotation(d, src))

    def note(self, line: str) -> None:
        self._print(line, err=True)

    def _print(self, line: str, *, err: bool = False) -> None:
        if self.bar is not None:
            self.bar.console.print(line, markup=False, highlight=False, style="red" if err else None)
        else:
            print(line, file=sys.stderr if err else sys.stdout, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


# -- the run -----------------------------------------------------------------------------


def run(config: BuildConfig, inputs: list[Path], *, direct: bool) -> int:
    """Build ``inputs`` into ``config.out_dir`` while holding the folder's lock: builds into
    one folder run one after the other. A killed build's temporary files are cleared first."""
    from galley.lifecycle import FolderLock, clear_stale_parts, run_scratch

    started = time.perf_counter()
    _check_stems(inputs, direct=direct)  # before sharding: two shards must not write the same name either
    every_stem = {safe_stem(p) for p in inputs}  # the whole batch: a shard prunes no other shard's paper
    inputs = select_shard(inputs, config.shard)
    out_dir = config.out_dir
    theme_key = ""
    if not direct:
        from galley.publish.themes import load

        theme = load(config.theme)  # an unknown theme is a usage error before any work
        theme_key = cache.folder_digest(theme.folder) + cache.folder_digest(theme.fonts)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError) as exc:
        raise UsageError(
            f"cannot create the output folder ({getattr(exc, 'strerror', None) or exc})", path=str(out_dir)
        ) from None

    def waiting() -> None:
        print(f"galley: waiting for another build into {out_dir} to finish", file=sys.stderr, flush=True)

    try:
        lock = FolderLock(out_dir, on_wait=waiting).__enter__()
    except OSError as exc:
        raise UsageError(f"cannot open the output folder ({exc.strerror})", path=str(out_dir)) from None
    try:
        clear_stale_parts(out_dir)
        with run_scratch():
            return _run_locked(config, inputs, direct, theme_key, started, every_stem)
    finally:
        # A signal can land between a worker creating a temporary file and recording it;
        # the workers are gone now and the lock is still held, so what is left is nobody's.
        clear_stale_parts(out_dir)
        lock.__exit__()


def _run_locked(
    config: BuildConfig, inputs: list[Path], direct: bool, theme_key: str, started: float, every_stem: set[str]
) -> int:
    """The run, holding the output folder's lock: the cache's answers, the builds, the reports."""
    entries, keys, todo = _cached(config, inputs, direct, theme_key)
    progress = Progress(len(inputs), config.progress, config.verbosity)
    try:
        _build_todo(config, inputs, todo, entries, keys, progress)
    finally:
        progress.close()
    ordered = [entries[p] for p in inputs]
    for e in ordered:
        e.pop("out_dir", None)
    if not direct:
        _write_reports(config, ordered, todo, started, every_stem, progress)
    return exit_code(ordered, config.strict, config.strict_ignore)


def _cached(
    config: BuildConfig, inputs: list[Path], direct: bool, theme_key: str
) -> tuple[dict[Path, dict[str, Any]], dict[Path, str], list[Path]]:
    """The entries the cache answers for, every paper's cache key, and the papers to build."""
    # SOURCE_DATE_EPOCH dates the EPUB (dcterms:modified): another value is another build.
    key_options = config.output_options() | (
        {"source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH", "")} if "epub" in config.formats else {}
    )
    entries: dict[Path, dict[str, Any]] = {}
    keys: dict[Path, str] = {}
    todo: list[Path] = []
    for path in inputs:
        if direct or config.force or not path.is_file():
            todo.append(path)
            continue
        try:
            keys[path] = cache.paper_key(path, key_options, theme_key)
        except OSError:
            todo.append(path)
            continue
        hit = cache.lookup(config.out_dir, safe_stem(path), keys[path])
        if hit is None:
            todo.append(path)
        else:
            entries[path] = dict(hit, status="cached", source=str(path))
    return entries, keys, todo


def _build_todo(
    config: BuildConfig,
    inputs: list[Path],
    todo: list[Path],
    entries: dict[Path, dict[str, Any]],
    keys: dict[Path, str],
    progress: Progress,
) -> None:
    """Build the papers the cache could not answer for, each stored in the cache as it lands."""
    out_dir = config.out_dir
    one_pdf = len(todo) == 1 and "pdf" in config.formats
    if one_pdf:
        from galley.publish import pdfworker

        pdfworker.prestart()  # WeasyPrint imports on the other core while the pipeline loads
    try:
        for path in inputs:
            if path in entries:
                entries[path]["out_dir"] = str(out_dir)
                progress.done(entries[path])
        for path, entry in _build_all(todo, config):
            entry["out_dir"] = str(out_dir)
            entries[path] = entry
            progress.done(entry)
            if path in keys and entry["status"] == "built":
                try:
                    cache.store(out_dir, entry["stem"], keys[path], list(entry["outputs"].values()), _cacheable(entry))
                except OSError as exc:  # the cache only saves time: never fail a build for it
                    progress.note(
                        f"galley: warning: cannot write the build cache ({exc.strerror}); "
                        "the next run rebuilds this paper"
                    )
    finally:
        if one_pdf:
            pdfworker.discard()


def _write_reports(
    config: BuildConfig,
    ordered: list[dict[str, Any]],
    todo: list[Path],
    started: float,
    every_stem: set[str],
    progress: Progress,
) -> None:
    """Prune what lost its source, then write report.json (and the pages, when anything changed)."""
    out_dir = config.out_dir
    pruned = [] if config.keep else prune(out_dir, every_stem)
    for p in pruned:
        progress.note(
            f"removed {', '.join(str(out_dir / n) for n in p['files']) or p['stem']} "
            "(its source is no longer among the inputs; --keep keeps such outputs)"
        )
    options = config.output_options() | {"site_title": config.site_title, "strict": config.strict}
    data = report.run_report(ordered, options, time.perf_counter() - started, config.shard, pruned=pruned)
    # A no-op run (every paper unchanged, nothing pruned) leaves index.html and report.html as
    # the last run that changed anything wrote them: rendering them needs jinja2, and a warm
    # run imports nothing heavy. report.json is always this run's.
    pages = not _same_papers(report.read(out_dir, config.shard), data, out_dir, todo, config.shard)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        report.write(data, out_dir, config.shard, html=pages)
        if config.shard is None and pages:
            site.write_index(out_dir, config.site_title, ordered, theme=config.theme)
    except OSError as exc:
        raise UsageError(f"cannot write the build report ({exc.strerror})", path=str(out_dir)) from None
    if config.verbosity >= 0:
        print(summary_line(data), flush=True)


def _same_papers(
    prev: dict[str, Any] | None, data: dict[str, Any], out_dir: Path, todo: list[Path], shard: tuple[int, int] | None
) -> bool:
    if prev is None or todo or data["pruned"] or prev.get("options") != data["options"]:
        return False
    if not (out_dir / report.report_name(shard)).with_suffix(".html").is_file():
        return False
    if shard is None and not (out_dir / "index.html").is_file():
        return False

    def strip(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in e.items() if k != "status"} for e in entries]

    return bool(strip(prev.get("papers", [])) == strip(data["papers"]))


def annotation(d: dict[str, Any], source: str) -> str:
    """A GitHub Actions workflow command: ``::warning file=papers/a.txt,line=12,title=W-MOJIBAKE::...``."""

    def esc(text: str, prop: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    level = {"notice": "notice", "warning": "warning"}.get(d["severity"], "error")
    props = [f"file={esc(source, True)}"] + ([f"line={d['line']}"] if d.get("line") else [])
    props.append(f"title={esc(d['code'], True)}")
    return f"::{level} {','.join(props)}::{esc(d['message'])}"


def summary_line(data: dict[str, Any]) -> str:
    """The last line of a batch: what happened to how many papers, and how long it took."""
    s = data["summary"]
    parts = [f"{s['built']} built", f"{s['cached']} unchanged", f"{s['failed']} failed"]
    said = f"galley: {s['papers']} paper{'s' if s['papers'] != 1 else ''}: {', '.join(parts)}; "
    said += f"{s['warnings']} warning{'s' if s['warnings'] != 1 else ''}, {s.get('notices', 0)} notices"
    if data.get("pruned"):
        said += f"; removed the outputs of {len(data['pruned'])} paper(s) whose source is gone"
    return said + f" ({data['elapsed_s']:.1f} s)"


def prune(out_dir: Path, keep_stems: set[str]) -> list[dict[str, Any]]:
    """Remove the outputs (and cache entries) of papers built into ``out_dir`` before whose
    source is no longer among the inputs, so a deleted paper is not published again. Only
    files the cache recorded for that paper are removed, never anything else in the folder."""
    pruned = []
    for stem, names in cache.recorded(out_dir).items():
        if stem in keep_stems:
            continue
        removed = []
        for name in names:
            if Path(name).name != name or name.startswith("."):  # a recorded name is a plain file name
                continue
            try:
                (out_dir / name).unlink()
                removed.append(name)
            except FileNotFoundError:
                pass
            except OSError:
                continue
        cache.forget(out_dir, stem)
        pruned.append({"stem": stem, "files": removed})
    return pruned


def _cacheable(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if k not in ("status", "out_dir")}


def exit_code(entries: list[dict[str, Any]], strict: bool, ignore: tuple[str, ...] = ()) -> int:
    """1 when any paper failed; else 3 when --strict and any paper has a warning (not a notice,
    not a code in ``strict_ignore``); else 0."""
    from galley.diagnostics import fails_strict

    if any(e["status"] == "failed" for e in entries):
        return max(e.get("exit_code", EXIT_BUILD_FAILED) for e in entries if e["status"] == "failed")
    if strict and any(fails_strict(d, ignore) for e in entries for d in e.get("diagnostics", [])):
        return EXIT_STRICT
    return EXIT_OK


def _build_all(todo: list[Path], config: BuildConfig, build: Any = build_one) -> Any:
    """Yield (path, entry) as papers finish: in this process for one paper (or -j1),
    else in a pool of worker processes that each import galley and WeasyPrint once.
    ``build(path, config)`` makes one entry (``galley check`` passes its own)."""
    workers = config.worker_count(len(todo))
    if workers <= 1:
        if len(todo) > 1:
            _init_worker(config.formats)  # one WeasyPrint import for the whole run
        for path in todo:
            yield path, build(path, config)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    pool = ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=_init_worker, initargs=(config.formats, os.getpid())
    )
    try:
        futures = {pool.submit(_build_in_worker, build, path, config): path for path in todo}
        for fut in as_completed(futures):
            path = futures[fut]
            try:
                entry = fut.result()
            except BaseException as exc:  # the worker process itself died (killed, out of memory)
                if not isinstance(exc, Exception):
                    raise
                entry = report.paper_entry(path, safe_stem(path), error=f"{path}: the build process died ({exc})")
                entry["exit_code"] = EXIT_BUILD_FAILED
            yield path, entry
    except BaseException:
        # Interrupted (Ctrl-C, SIGTERM) or failing: stop the workers now, each through its
        # finally blocks (temporary files removed), instead of waiting for their papers.
        pool.shutdown(wait=False, cancel_futures=True)
        for child in multiprocessing.active_children():
            child.terminate()
        for child in multiprocessing.active_children():
            child.join(timeout=10)
        raise
    pool.shutdown(wait=True)
