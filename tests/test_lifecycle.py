"""Stop signals in the galley command (lifecycle.interrupt_on_signals), in real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap

import pytest

from conftest import SRC


def dropped(sig: str) -> str:
    """Script lines: signal ``sig`` lands while Python finalises an object, where Python
    drops whatever its handler raises (as inside the regex module's SetBase.__del__ in a CI
    run) and the script goes on."""
    return textwrap.dedent(
        f"""
        class Finalised:
            def __del__(self):
                os.kill(os.getpid(), signal.{sig})
                for _ in range(1000):  # the handler runs here, inside __del__
                    pass

        obj = Finalised()
        del obj
        """
    )


LOST_INTERRUPT = (
    "import os, signal\nfrom galley import lifecycle\nlifecycle.interrupt_on_signals()\n"
    + dropped("SIGINT")
    + textwrap.dedent(
        """
        print("went on", lifecycle.stop_signal())
        try:
            lifecycle.check_not_stopped()
        except KeyboardInterrupt:
            print("stopped before the outputs")
        """
    )
)


def run(script: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)


def test_an_interrupt_python_dropped_is_remembered_and_prints_no_traceback() -> None:
    done = run(LOST_INTERRUPT)
    assert done.stdout.splitlines() == [f"went on {int(signal.SIGINT)}", "stopped before the outputs"]
    assert done.stderr == ""


def test_without_a_signal_the_run_is_not_stopped() -> None:
    done = run(
        "from galley import lifecycle\n"
        "lifecycle.interrupt_on_signals()\n"
        "lifecycle.check_not_stopped()\n"
        "print(lifecycle.stop_signal())"
    )
    assert done.stdout.strip() == "None" and done.returncode == 0


@pytest.mark.parametrize("sig", ["SIGHUP", "SIGINT"])
def test_a_signal_the_run_was_started_ignoring_stays_ignored(sig: str) -> None:
    """``nohup galley build`` (SIGHUP), a background job of a script (SIGINT): the signal
    must not end the build."""
    script = textwrap.dedent(
        f"""
        import os, signal
        signal.signal(signal.{sig}, signal.SIG_IGN)
        from galley import lifecycle
        lifecycle.interrupt_on_signals()
        os.kill(os.getpid(), signal.{sig})
        print("still here", lifecycle.stop_signal())
        """
    )
    assert run(script).stdout.strip() == "still here None"


def test_a_failure_after_a_stop_signal_is_reported_as_the_interrupt() -> None:
    """The PDF child that the same Ctrl-C ended fails the build: exit 130, not 'error'."""
    script = textwrap.dedent(
        """
        import argparse, signal
        from galley import cli, lifecycle
        from galley.errors import ToolchainError

        lifecycle.interrupt_on_signals()
        lifecycle._stop_signal = signal.SIGINT  # as the handler leaves it when Python dropped its interrupt

        def command(args):
            raise ToolchainError("the WeasyPrint process died while rendering the PDF")

        print(cli._run(command, argparse.Namespace()))
        """
    )
    done = run(script)
    assert done.stdout.strip() == "130"
    assert done.stderr.strip() == "galley: interrupted; outputs already in place are untouched"


def test_a_worker_stops_on_a_signal_python_dropped() -> None:
    """A batch worker or the PDF child: SIGTERM lands in a finaliser, Python drops the
    SystemExit; the worker still stops before renaming its outputs, and prints nothing."""
    script = (
        "import os, signal\nfrom galley import lifecycle\nlifecycle.quiet_worker_signals()\n"
        + dropped("SIGTERM")
        + textwrap.dedent(
            """
            try:
                lifecycle.check_not_stopped()
                print("went on")
            except SystemExit as exc:
                print("stopped", exc.code)
            """
        )
    )
    done = run(script)
    assert done.stdout.strip() == f"stopped {128 + int(signal.SIGTERM)}" and done.stderr == ""


def test_a_paper_failing_on_the_interrupt_it_unwinds_stops_the_run() -> None:
    """Ctrl-C while the EPUB is written: the zip file's cleanup fails on the interrupt and
    hides it (ValueError: can't close the ZIP file while there is an open writing handle).
    After a stop signal, the paper's failure is the stop: the run is interrupted (exit 130),
    not 'galley bug'. Without one, the same failure is a failed paper."""
    script = textwrap.dedent(
        """
        import signal
        from pathlib import Path
        import galley.pipeline
        from galley import lifecycle
        from galley.ci import batch
        from galley.config import BuildConfig

        def build_paper(path, config):
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it.")

        galley.pipeline.build_paper = build_paper
        lifecycle.interrupt_on_signals()
        config = BuildConfig(out_dir=Path("dist"))
        print(batch.attempt(Path("paper.txt"), config)["error"])
        lifecycle._stop_signal = signal.SIGINT  # the handler ran, and its interrupt was hidden
        try:
            batch.attempt(Path("paper.txt"), config)
        except KeyboardInterrupt:
            print("interrupted")
        """
    )
    done = run(script)
    assert done.stdout.splitlines() == [
        "paper.txt: galley bug (ValueError: Can't close the ZIP file while there is an open writing handle on it.); "
        "please report it",
        "interrupted",
    ], done.stderr


def test_a_stop_landing_just_after_the_scratch_folder_is_made_leaves_no_folder(tmp_path, monkeypatch) -> None:
    # Ctrl-C can land between the system call that makes the folder and the code that would
    # record it: galley's handler raises KeyboardInterrupt there, as this mkdir does.
    from pathlib import Path

    from galley.lifecycle import run_scratch

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made = Path.mkdir

    def mkdir_then_stop(self: Path, *args: object, **kwargs: object) -> None:
        made(self, *args, **kwargs)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "mkdir", mkdir_then_stop)
    with pytest.raises(KeyboardInterrupt), run_scratch():
        pass
    assert list(tmp_path.iterdir()) == []
    assert tempfile.tempdir == str(tmp_path)


def test_a_straggler_writing_into_the_scratch_folder_does_not_keep_it(tmp_path, monkeypatch) -> None:
    # The compiler WeasyPrint's import starts can outlive the worker an interrupt ended, and
    # write into the run's folder while it is being removed.
    from galley.lifecycle import scratch_folder

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    writer = (
        "import os, sys, time\n"
        "end = time.monotonic() + 0.5\n"
        "i = 0\n"
        "while time.monotonic() < end:\n"
        "    i += 1\n"
        "    try:\n"
        "        open(os.path.join(sys.argv[1], f'cc{i}.o'), 'w').close()\n"
        "    except FileNotFoundError:\n"
        "        break\n"
    )
    with scratch_folder("galley-run-") as folder:
        straggler = subprocess.Popen([sys.executable, "-c", writer, str(folder)])
        while not any(folder.iterdir()):
            pass
    assert not folder.exists()
    straggler.wait(timeout=10)
