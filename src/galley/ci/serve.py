"""``galley serve``: build, serve the output folder on localhost, rebuild on change, reload the page.

A preview for an editor fixing a sidecar or a corrections file: every change to an input
text, a file beside it (sidecar, corrections), the theme or the project config rebuilds the
batch (the cache rebuilds only what changed) and every open page reloads itself.

- Watching uses ``watchfiles`` (inotify on Linux, FSEvents on macOS, with a debounce that
  turns an editor's save-rename-touch into one change); a polling loop would cost CPU and
  miss or double-count rapid saves.
- Serving is the standard library's threaded HTTP server, bound to 127.0.0.1 by default, and
  only ever the output folder. An HTML page is served with a small script added before
  ``</body>`` that asks ``/__galley__/version`` once a second and reloads when a rebuild
  finished; the files on disk are untouched, so what is served is what is deployed.
"""

from __future__ import annotations

import functools
import json
import sys
import threading
from collections.abc import Callable
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from galley.config import BuildConfig
from galley.errors import EXIT_OK, GalleyError, UsageError

RELOAD = b"""<script>
(function () {
  var seen = null;
  function poll() {
    fetch("/__galley__/version", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (v) {
      if (seen !== null && v !== seen) { location.reload(); }
      seen = v;
    }).catch(function () {}).finally(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>
"""


class State:
    """The build generation the pages compare against, and the last build's exit code."""

    def __init__(self) -> None:
        self.version = 0
        self.code = 0
        self.lock = threading.Lock()

    def bump(self, code: int) -> None:
        with self.lock:
            self.version += 1
            self.code = code


def handler(folder: Path, state: State) -> Any:
    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # the terminal is for build messages
            pass

        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            if self.path.split("?")[0] == "/__galley__/version":
                body = json.dumps({"version": state.version, "exit_code": state.code}).encode()
                self._send(body, "application/json")
                return
            target = Path(self.translate_path(self.path))
            if target.is_dir():
                target = target / "index.html"
            if target.suffix == ".html" and target.is_file():
                page = target.read_bytes()
                head, sep, tail = page.rpartition(b"</body>")
                self._send(head + RELOAD + sep + tail if sep else page + RELOAD, "text/html; charset=utf-8")
                return
            super().do_GET()

        def _send(self, body: bytes, kind: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

    return functools.partial(Handler, directory=str(folder))


def watched(config: BuildConfig, inputs: list[Path]) -> list[Path]:
    """The folders whose changes matter: each input's folder, the theme, the project config's."""
    from galley.ci import project
    from galley.publish.themes import load

    theme = load(config.theme)
    folders = {p.parent.resolve() for p in inputs} | {f.resolve() for f in theme.folders()}
    found = project.find()
    if found is not None:
        folders.add(found.parent.resolve())
    return sorted(folders)


def relevant(config: BuildConfig, changed: set[Path]) -> bool:
    """Ignore changes inside the output folder (our own writes) and editors' temporary files."""
    out = config.out_dir.resolve()
    for p in changed:
        if p == out or out in p.parents:
            continue
        if p.name.startswith((".", "#")) or p.name.endswith(("~", ".swp", ".part")):
            continue
        return True
    return False


def run(
    config: BuildConfig,
    inputs: list[Path],
    rescan: Callable[[], list[Path]],
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    stop: threading.Event | None = None,
) -> int:
    """Build once, serve, rebuild on every change until interrupted (or ``stop`` is set)."""
    try:
        import watchfiles
    except ImportError:
        raise UsageError("galley serve needs watchfiles (pip install watchfiles)") from None
    from galley.ci import batch

    if str(config.out_dir) == "-":
        raise UsageError("galley serve serves a folder: give -o a folder, not -")
    state = State()
    state.bump(batch.run(config, inputs, direct=False))
    try:
        server = ThreadingHTTPServer((host, port), handler(config.out_dir.resolve(), state))
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror}); try --port 0 for a free port") from None
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    print(f"serving http://{host}:{server.server_address[1]}/ (Ctrl-C stops)", flush=True)
    stop = stop or threading.Event()
    try:
        for changes in watchfiles.watch(
            *watched(config, inputs), stop_event=stop, debounce=300, rust_timeout=500, yield_on_timeout=False
        ):
            if not relevant(config, {Path(p) for _, p in changes}):
                continue
            try:
                inputs = rescan()  # a paper added to or removed from the inputs
            except GalleyError as exc:
                print(f"galley: error: {exc}", file=sys.stderr, flush=True)
                continue
            try:
                code = batch.run(config, inputs, direct=False)
            except GalleyError as exc:  # a broken theme or config: say so, keep serving the last build
                print(f"galley: error: {exc}", file=sys.stderr, flush=True)
                continue
            state.bump(code)
            print(f"rebuilt (version {state.version})", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
    return EXIT_OK
