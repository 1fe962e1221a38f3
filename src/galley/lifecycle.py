"""Processes and temporary files that must not outlive a build.

- A worker process (a batch worker, the forked PDF child) dies with the galley process that
  started it: after ``kill -9`` of the parent it would otherwise build on for minutes,
  holding the output pipe of whoever ran galley (a CI step that never ends).
- A signal (Ctrl-C, ``kill``) ends a worker quietly, through its ``finally`` blocks, so its
  temporary files go with it and no traceback is printed.
- A run clears what a killed run left: hidden ``.*.part`` files in the output folder
  (only under the folder's lock, so never a live build's), and scratch folders of PDF
  renders whose process is gone.

Light on purpose (os, signal): the CLI and the PDF child import it before anything heavy.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

# Every temporary file galley writes beside its outputs is named ``.<name>.<random>.part``
# (``.part.tmp`` while the EPUB is finished in place).
PART_SUFFIXES = (".part", ".part.tmp")
# Scratch folders in the system's temp folder, named ``<prefix><pid>-<random>``: a run's own
# (TMPDIR of everything it starts: WeasyPrint, pandoc, the compiler cffi may call) and each
# PDF render's. A folder whose process is gone is a killed run's, and the next run clears it.
SCRATCH_PREFIXES = ("galley-run-", "galley-pdf-")


@contextmanager
def run_scratch() -> Iterator[Path]:
    """A temp folder for this run and every process it starts (``TMPDIR``), removed at the
    end; stale ones of killed runs are cleared first."""
    clear_stale_scratch()
    saved_env, saved_dir = os.environ.get("TMPDIR"), tempfile.tempdir
    with scratch_folder(SCRATCH_PREFIXES[0]) as folder:
        try:
            os.environ["TMPDIR"], tempfile.tempdir = str(folder), str(folder)
            yield folder
        finally:
            tempfile.tempdir = saved_dir
            if saved_env is None:
                os.environ.pop("TMPDIR", None)
            else:
                os.environ["TMPDIR"] = saved_env


@contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A new folder ``<prefix><pid>-<random>`` in the temp folder, removed at the end.

    A stop signal may land at any point, even inside ``mkdir``: the name is chosen before the
    folder is made, so the ``finally`` removes whatever exists. (A folder of that name is
    this process's own: the pid is in it.)"""
    folder = Path(tempfile.gettempdir()) / f"{prefix}{os.getpid()}-{secrets.token_hex(4)}"
    try:
        folder.mkdir(mode=0o700)
        yield folder
    finally:
        remove_folder(folder)


def remove_folder(folder: Path, patience: float = 2.0) -> bool:
    """Remove ``folder`` and all in it, trying again for up to ``patience`` seconds while it
    stays (True once it is gone). A stopped run can leave a straggler writing into it: the
    compiler WeasyPrint's import runs (``ctypes.util.find_library``) outlives the worker the
    interrupt ended, and creates its files while the folder is being removed."""
    deadline = time.monotonic() + patience
    while True:
        shutil.rmtree(folder, ignore_errors=True)
        if not os.path.lexists(folder):
            return True
        if time.monotonic() >= deadline:
            return False  # the next run clears it (clear_stale_scratch): its process is gone
        time.sleep(0.05)


def clear_stale_scratch() -> int:
    """Remove scratch folders whose process is gone (killed with -9, or by a full disk):
    nothing else ever would. Returns how many went."""
    root = Path(tempfile.gettempdir())
    removed = 0
    try:
        entries = [p for p in root.iterdir() if p.name.startswith(SCRATCH_PREFIXES)]
    except OSError:
        return 0
    for folder in entries:
        prefix = next(x for x in SCRATCH_PREFIXES if folder.name.startswith(x))
        pid = folder.name[len(prefix) :].split("-", 1)[0]
        try:
            if not pid.isdigit() or folder.lstat().st_uid != os.getuid() or _alive(int(pid)):
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def die_with_parent(parent: int) -> None:
    """Ask the kernel for SIGTERM when the parent process dies (Linux ``PR_SET_PDEATHSIG``);
    elsewhere nothing. ``parent`` is the pid the parent had before the fork: if it is
    already gone, this process goes at once."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(128 + signal.SIGTERM)


# The signal that asked this run (or this worker) to stop, once one has.
_stop_signal: int | None = None
_in_worker = False  # quiet_worker_signals ran: a stop is a SystemExit here
_hooked = False  # _drop_lost_stops ran


def interrupt_on_signals() -> None:
    """In the galley command: Ctrl-C, SIGTERM (a CI runner cancelling the job) and SIGHUP end
    the run as a KeyboardInterrupt, so every build's ``finally`` removes its temporary files.

    The signal is also remembered. Python drops an exception raised while an object is
    being finalised (a ``__del__``) and prints a traceback instead; the run would then go
    on and fail on its children, which the same Ctrl-C ended. ``stop_signal()`` lets it
    still stop as interrupted, and such a dropped interrupt prints nothing.
    A signal the run was started ignoring (``nohup``, a background job) stays ignored."""

    def handler(signum: int, frame: FrameType | None) -> None:
        _remember(signum)
        raise KeyboardInterrupt

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        current = signal.getsignal(sig)
        if current is signal.SIG_IGN or (sig == signal.SIGINT and current is not signal.default_int_handler):
            continue
        try:
            signal.signal(sig, handler)
        except (ValueError, OSError):  # not the main thread, or no such signal here
            pass
    _drop_lost_stops()


def _remember(signum: int) -> None:
    global _stop_signal
    _stop_signal = signum


def _drop_lost_stops() -> None:
    """Once a stop was asked for, the interrupt or exit Python drops in a finaliser prints
    nothing (``stop_signal`` still knows of it)."""
    global _hooked
    if _hooked:
        return
    previous = sys.unraisablehook

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if _stop_signal is not None and isinstance(unraisable.exc_value, (KeyboardInterrupt, SystemExit)):
            return
        previous(unraisable)

    sys.unraisablehook = hook
    _hooked = True


def stop_signal() -> int | None:
    """The signal that asked this run to stop, or None."""
    return _stop_signal


def check_not_stopped() -> None:
    """Stop now if a stop was asked for and its exception got lost: called before outputs
    are renamed into place, so an interrupted build does not start replacing them."""
    if _stop_signal is not None:
        raise SystemExit(128 + _stop_signal) if _in_worker else KeyboardInterrupt


def _quit(signum: int, frame: FrameType | None) -> None:
    _remember(signum)
    raise SystemExit(128 + signum)


def quiet_worker_signals() -> None:
    """In a worker: SIGINT, SIGTERM and SIGHUP end it through its ``finally`` blocks
    (temporary files removed) as a SystemExit, which neither a pool nor a process prints as
    a traceback; one Python drops in a finaliser still stops it (``check_not_stopped``)."""
    global _in_worker
    _in_worker = True
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        # A signal the run ignores (SIGINT in a background job of a script) its workers ignore
        # too: a worker that died of it would fail a run that goes on.
        if signal.getsignal(sig) is not signal.SIG_IGN:
            signal.signal(sig, _quit)
    _drop_lost_stops()


def clear_stale_parts(out_dir: Path) -> int:
    """Remove temporary files a killed build left in ``out_dir`` (and its cache folder).
    Call only while holding the folder's lock: then no live build owns any of them."""
    removed = 0
    for folder in (out_dir, out_dir / ".galley-cache"):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if name.startswith(".") and name.endswith(PART_SUFFIXES):
                try:
                    (folder / name).unlink()
                    removed += 1
                except OSError:
                    pass
    return removed


class FolderLock:
    """An exclusive lock on an output folder, held for a whole build: two builds into one
    folder (two CI jobs, a user and a watcher) run one after the other, so the folder never
    holds half of one and half of the other, and its report describes what is on disk.

    ``flock`` on the folder itself (the standard library's ``fcntl``): no lock file to leave
    behind or publish, and the kernel releases it when the holder dies, even by ``kill -9``.
    Where ``flock`` does not exist (Windows), builds are not serialised."""

    def __init__(self, folder: Path, on_wait: object = None) -> None:
        self.folder = folder
        self.on_wait = on_wait
        self.fd: int | None = None

    def __enter__(self) -> FolderLock:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            return self
        self.fd = os.open(self.folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if callable(self.on_wait):
                self.on_wait()
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the last descriptor releases the lock
            self.fd = None
