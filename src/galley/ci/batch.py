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
import sys
import time
from pathlib import Path
from typing import Any

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


def _check_stems(inputs: list[Path]) -> None:
    seen: dict[str, Path] = {}
    for p in inputs:
        stem = safe_stem(p)
        if stem in seen and seen[stem] != p:
            raise UsageError(f"{seen[stem]} and {p} would write the same outputs ({stem}.*); rename one")
        seen[stem] = p


# -- one paper, in whichever process runs it ---------------------------------------------


def build_one(path: Path, config: BuildConfig) -> dict[str, Any]:
    """Build one paper and return its report entry; a failure is an entry, never an exception."""
    from galley.pipeline import build_paper

    stem = safe_stem(path)
    try:
        result = build_paper(path, config)
    except GalleyError as exc:
        entry = report.paper_entry(path, stem, error=str(exc))
        entry["exit_code"] = exc.exit_code
        return entry
    except Exception as exc:  # one bad paper must not take the batch down, nor print a traceback
        why = f"{path}: galley bug ({type(exc).__name__}: {exc}); please report it"
        entry = report.paper_entry(path, stem, error=why)
        entry["exit_code"] = EXIT_BUILD_FAILED
        return entry
    return report.paper_entry(path, stem, result)


def _init_worker(formats: tuple[str, ...]) -> None:
    """Import once per worker process, not once per paper."""
    import galley.pipeline  # noqa: F401

    if "pdf" in formats:
        try:
            import weasyprint  # noqa: F401
        except ImportError:  # reported by the PDF stage with its own message
            pass


# -- progress ----------------------------------------------------------------------------


class Progress:
    """A rich progress bar on a terminal; plain one-line-per-paper logs in CI or a pipe."""

    def __init__(self, total: int, style: str) -> None:
        fancy = style == "bar" or (
            style == "auto" and sys.stderr.isatty() and not os.environ.get("CI") and total > 1
        )
        self.bar: Any = None
        if fancy:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                TextColumn("[bold]galley"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                TextColumn("{task.description}"), transient=True,
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
        else:
            outs = ", ".join(str(Path(entry.get("out_dir", ".")) / n) for f, n in entry["outputs"].items()
                             if f != "report")
            if entry["status"] == "cached":
                self._print(f"unchanged {src} (cached) -> {outs}")
            else:
                self._print(f"built {src} -> {outs}")
        for w in entry["warnings"]:
            self._print(f"galley: warning: {src}: {w}", err=True)
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=Path(src).name)
            self.bar.refresh()

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
    started = time.perf_counter()
    _check_stems(inputs)  # before sharding: two shards must not write the same name either
    inputs = select_shard(inputs, config.shard)
    out_dir = config.out_dir
    theme_key = ""
    if not direct:
        from galley.publish.themes import load

        theme = load(config.theme)  # an unknown theme is a usage error before any work
        theme_key = cache.folder_digest(theme.folder) + cache.folder_digest(theme.fonts)

    # SOURCE_DATE_EPOCH dates the EPUB (dcterms:modified): another value is another build.
    key_options = config.output_options() | (
        {"source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH", "")} if "epub" in config.formats else {})
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
        hit = cache.lookup(out_dir, safe_stem(path), keys[path])
        if hit is None:
            todo.append(path)
        else:
            entries[path] = dict(hit, status="cached", source=str(path))

    progress = Progress(len(inputs), config.progress)
    if len(todo) == 1 and "pdf" in config.formats:
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
                names = list(entry["outputs"].values())
                try:
                    cache.store(out_dir, entry["stem"], keys[path], names, _cacheable(entry))
                except OSError as exc:  # the cache only saves time: never fail a build for it
                    progress.note(f"galley: warning: cannot write the build cache ({exc.strerror}); "
                                  "the next run rebuilds this paper")
    finally:
        progress.close()
        if len(todo) == 1 and "pdf" in config.formats:
            pdfworker.discard()

    ordered = [entries[p] for p in inputs]
    for e in ordered:
        e.pop("out_dir", None)
    if not direct:
        options = config.output_options() | {"site_title": config.site_title, "strict": config.strict}
        data = report.run_report(ordered, options, time.perf_counter() - started, config.shard)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            report.write(data, out_dir, config.shard)
            if config.shard is None:
                site.write_index(out_dir, config.site_title, ordered)
        except OSError as exc:
            raise UsageError(f"cannot write the build report ({exc.strerror})", path=str(out_dir)) from None
    return exit_code(ordered, config.strict)


def _cacheable(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if k not in ("status", "out_dir")}


def exit_code(entries: list[dict[str, Any]], strict: bool) -> int:
    """1 when any paper failed; else 3 when --strict and any paper warned; else 0."""
    if any(e["status"] == "failed" for e in entries):
        return max(e.get("exit_code", EXIT_BUILD_FAILED) for e in entries if e["status"] == "failed")
    if strict and any(e["warnings"] for e in entries):
        return EXIT_STRICT
    return EXIT_OK


def _build_all(todo: list[Path], config: BuildConfig) -> Any:
    """Yield (path, entry) as papers finish: in this process for one paper (or -j1),
    else in a pool of worker processes that each import galley and WeasyPrint once."""
    workers = config.worker_count(len(todo))
    if workers <= 1:
        if len(todo) > 1:
            _init_worker(config.formats)  # one WeasyPrint import for the whole run
        for path in todo:
            yield path, build_one(path, config)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(config.formats,)) as pool:
        futures = {pool.submit(build_one, path, config): path for path in todo}
        for fut in as_completed(futures):
            path = futures[fut]
            try:
                entry = fut.result()
            except Exception as exc:  # the worker process itself died (killed, out of memory)
                entry = report.paper_entry(path, safe_stem(path), error=f"{path}: the build process died ({exc})")
                entry["exit_code"] = EXIT_BUILD_FAILED
            yield path, entry
