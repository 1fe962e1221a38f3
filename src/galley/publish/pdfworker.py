"""WeasyPrint in a process of its own, started before the text is even read.

Importing WeasyPrint costs ~0.6-0.85 s, more than galley's whole pipeline on a paper. A
one-paper build therefore forks a child at once that imports it on the other core while the
parent reads, cleans and structures the text and pandoc writes the HTML and EPUB; the child
then renders the one page it is sent. A batch worker imports WeasyPrint once and renders
in-process, so nothing is imported twice.

Light on purpose (multiprocessing only): the CLI starts the child before importing the pipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from galley.errors import GalleyError, ToolchainError

_prestarted: PdfRenderer | None = None


def prestart() -> None:
    """Fork the PDF child now, for the next ``PdfRenderer.start()`` to pick up."""
    global _prestarted
    if _prestarted is None:
        _prestarted = PdfRenderer._fork()


def discard() -> None:
    """Stop a prestarted child nobody used (the run failed before its PDF)."""
    global _prestarted
    if _prestarted is not None:
        _prestarted.close()
        _prestarted = None


class PdfRenderer:
    """WeasyPrint, in this process when it is already imported (a batch worker), else in a
    forked child that imports it at once, in parallel with the rest of the build."""

    def __init__(self, conn: Any = None, proc: Any = None) -> None:
        self.conn = conn
        self.proc = proc
        self._job: Any = None
        self._sender: Any = None

    @classmethod
    def start(cls) -> PdfRenderer:
        global _prestarted
        if _prestarted is not None and _prestarted.proc is not None and _prestarted.proc.is_alive():
            renderer, _prestarted = _prestarted, None
            return renderer
        return cls._fork()

    @classmethod
    def _fork(cls) -> PdfRenderer:
        import multiprocessing
        import sys

        if "weasyprint" in sys.modules or "fork" not in multiprocessing.get_all_start_methods():
            return cls()
        import os

        ctx = multiprocessing.get_context("fork")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_pdf_child, args=(child, os.getpid()), daemon=True)
        try:
            proc.start()
        except (OSError, AssertionError):  # no fork here (daemonic parent, limits): render in-process
            return cls()
        child.close()
        return cls(parent, proc)

    @property
    def in_child(self) -> bool:
        return self.conn is not None

    def submit(self, page: str, theme: Any, out: Path, **options: Any) -> None:
        """Hand the page over and return at once: the child may still be importing, and a page
        larger than the pipe's buffer would block here until it reads, so a thread sends it.
        In-process, the render waits for ``wait()``."""
        self._job = (page, theme, out, options)
        if self.conn is not None:
            import threading

            self._sender = threading.Thread(target=self._send, args=(self._job,), daemon=True)
            self._sender.start()

    def _send(self, job: Any) -> None:
        try:
            self.conn.send(job)
        except (OSError, ValueError):  # the child died: wait() reports it
            pass

    def wait(self) -> None:
        """The PDF is written (or a GalleyError says why not)."""
        from galley.publish import pdf

        if self.conn is None:
            page, theme, out, options = self._job
            pdf.write_pdf(page, theme, out, **options)
            return
        try:
            self._sender.join()
            ok, kind, message = self.conn.recv()
        except (EOFError, OSError):
            raise ToolchainError("the WeasyPrint process died while rendering the PDF") from None
        if not ok:
            from galley import errors

            cls = getattr(errors, kind, None)
            raise (cls if isinstance(cls, type) and issubclass(cls, GalleyError) else ToolchainError)(message)

    def render(self, page: str, theme: Any, out: Path, **options: Any) -> None:
        self.submit(page, theme, out, **options)
        self.wait()

    def abort(self) -> None:
        """Stop the child now (the build failed or was interrupted): it must not go on
        writing into a temporary file the build is about to remove."""
        if self.conn is not None:
            if self.proc.is_alive():
                self.proc.terminate()
                self.proc.join(timeout=5)
                if self.proc.is_alive():
                    self.proc.kill()
                    self.proc.join()
            self.conn.close()
            self.conn = None

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.conn.close()
            self.proc.join(timeout=5)
            if self.proc.is_alive():
                self.proc.kill()
            self.conn = None


def _pdf_child(conn: Any, parent: int) -> None:
    """The forked PDF process: import WeasyPrint now, then render the one page it is sent.
    It dies with its parent, and a signal ends it quietly (no traceback, scratch removed)."""
    from galley.lifecycle import die_with_parent, quiet_worker_signals

    die_with_parent(parent)
    quiet_worker_signals()
    try:
        import weasyprint  # noqa: F401

        from galley.publish import pdf
    except Exception:  # reported when a page arrives, by write_pdf's own message
        pass
    try:
        job = conn.recv()
    except EOFError:
        return
    if job is None:
        return
    page, theme, out, options = job
    try:
        pdf.write_pdf(page, theme, out, **options)
        conn.send((True, "", ""))
    except GalleyError as exc:
        conn.send((False, type(exc).__name__, str(exc)))
    except Exception as exc:  # never a traceback: one line for the user
        conn.send((False, "ToolchainError", f"WeasyPrint failed: {type(exc).__name__}: {exc}"))
