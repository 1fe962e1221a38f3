"""Interrupted, killed and concurrent builds (issue 18): real processes, real signals.

Nothing is lost and nothing is left: after Ctrl-C, SIGTERM or ``kill -9`` at any moment the
previous outputs are intact, no temporary file stays in the output folder or the temp
folder, no worker lives on, and the next run completes with the outputs of a clean build.
Concurrent batches into one folder take turns (a lock on the folder), so the folder and its
report always describe one build.
"""

from __future__ import annotations

import filecmp
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SRC

PARAGRAPH = (
    "The model was fitted to the data from all {n} sites and the residuals were inspected for\n"
    "any remaining structure. We found that the estimates were stable across specifications\n"
    "and that the main result does not depend on the choice of the reference period.\n"
)


def make_papers(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = "\n".join(f"Section {s}\n\n" + PARAGRAPH.format(n=i * 10 + s) for s in range(1, 3))
        (folder / f"p{i:02d}.txt").write_text(f"Paper number {i}\n\nIntroduction\n\n{body}", encoding="utf-8")
        (folder / f"p{i:02d}.toml").write_text(f'title = "Paper number {i}"\n', encoding="utf-8")
    return folder


def start(args: list[str], tmpdir: Path) -> subprocess.Popen[bytes]:
    """galley in a session of its own (its own process group, as a CI step or a terminal job)."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "TMPDIR": str(tmpdir), "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.Popen(
        [sys.executable, "-m", "galley", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )


def group_gone(pgid: int, within: float = 15.0) -> bool:
    """Every process of the group has exited (workers, the PDF child, pandoc)."""
    end = time.monotonic() + within
    while time.monotonic() < end:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def stray(out: Path, tmpdir: Path) -> list[str]:
    """Temporary files in the output folder (and its cache) or anything left in the temp folder."""
    found = [p.name for d in (out, out / ".galley-cache") if d.is_dir() for p in d.iterdir() if ".part" in p.name]
    return found + [p.name for p in tmpdir.iterdir()]


def outputs(out: Path) -> list[str]:
    return sorted(
        p.name
        for p in out.iterdir()
        if p.suffix in (".html", ".epub", ".pdf") and p.name not in ("index.html", "report.html")
    )


def wait_for_work(out: Path, proc: subprocess.Popen[bytes], after: float) -> None:
    """Until some paper's output exists or is being written, and at least ``after`` seconds."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < 30 and proc.poll() is None:
        if (
            time.monotonic() - t0 >= after
            and out.is_dir()
            and any(p.suffix in (".part", ".html", ".pdf") for p in out.iterdir())
        ):
            return
        time.sleep(0.02)


@pytest.mark.parametrize("when", ["start-up", "mid-build"])
@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_an_interrupted_batch_exits_128_plus_the_signal_and_leaves_nothing(tmp_path: Path, how: str, when: str) -> None:
    papers = make_papers(tmp_path / "papers", 8)
    out, tmpdir = tmp_path / "dist", tmp_path / "tmp"
    tmpdir.mkdir()
    proc = start(["build", str(papers), "-o", str(out), "--format", "html,pdf", "-j", "2"], tmpdir)
    if when == "start-up":  # while the workers import WeasyPrint
        time.sleep(0.4)
    else:
        wait_for_work(out, proc, 0.5)
    if how == "ctrl-c":  # a terminal sends SIGINT to the whole foreground group
        os.killpg(proc.pid, signal.SIGINT)
    else:  # a CI runner cancelling the job signals galley itself
        proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    text = err.decode()
    assert proc.returncode == (130 if how == "ctrl-c" else 143), text
    assert "Traceback" not in text and "interrupted" in text
    assert group_gone(proc.pid), "a worker outlived the interrupted run"
    assert stray(out, tmpdir) == []


def test_workers_die_with_a_killed_run(tmp_path: Path) -> None:
    papers = make_papers(tmp_path / "papers", 10)
    out, tmpdir = tmp_path / "dist", tmp_path / "tmp"
    tmpdir.mkdir()
    proc = start(["build", str(papers), "-o", str(out), "--format", "html,pdf", "-j", "2"], tmpdir)
    wait_for_work(out, proc, 0.8)
    proc.kill()  # kill -9 of the main process only: its workers are orphans now
    proc.wait(timeout=10)
    assert group_gone(proc.pid), "pool workers lived on after the run was killed"
    # The next run clears what the killed one left and completes.
    again = start(["build", str(papers), "-o", str(out), "--format", "html,pdf", "-j", "2"], tmpdir)
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()
    assert stray(out, tmpdir) == []
    assert len(outputs(out)) == 20


@pytest.mark.slow
def test_kill_9_at_random_moments_then_a_rerun_equals_a_clean_build(tmp_path: Path) -> None:
    papers = make_papers(tmp_path / "papers", 30)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    args = ["--format", "html,epub,pdf", "-j", "2", "--progress", "plain"]
    clean = tmp_path / "clean"
    ref = start(["build", str(papers), "-o", str(clean), *args], tmpdir)
    _, err = ref.communicate(timeout=300)
    assert ref.returncode == 0, err.decode()

    out = tmp_path / "dist"
    rng = random.Random(18)
    previous: dict[str, bytes] = {}
    for _ in range(10):
        proc = start(["build", str(papers), "-o", str(out), *args], tmpdir)
        time.sleep(rng.uniform(0.3, 2.0))  # from the start-up to deep inside the batch
        os.killpg(proc.pid, signal.SIGKILL)  # the whole group at once: no process gets to clean up
        proc.wait(timeout=10)
        assert group_gone(proc.pid)
        # Whatever was in place before the kill is still there, byte for byte.
        for name, data in previous.items():
            assert (out / name).read_bytes() == data, f"{name} changed under a kill"
        previous = {n: (out / n).read_bytes() for n in outputs(out)} if out.is_dir() else {}
    final = start(["build", str(papers), "-o", str(out), *args], tmpdir)
    _, err = final.communicate(timeout=300)
    assert final.returncode == 0, err.decode()
    assert stray(out, tmpdir) == [], "temporary files of a killed run were never cleared"
    assert outputs(out) == outputs(clean) and len(outputs(out)) == 90
    mismatch = [n for n in outputs(out) if not filecmp.cmp(out / n, clean / n, shallow=False)]
    assert mismatch == []
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["failed"] == 0 and report["summary"]["papers"] == 30


def test_five_concurrent_batches_into_one_folder_end_consistent(tmp_path: Path) -> None:
    papers = make_papers(tmp_path / "papers", 8)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    themes = ["journal", "manuscript", "journal", "manuscript", "manuscript"]
    refs = {}
    for theme in ("journal", "manuscript"):
        refs[theme] = tmp_path / f"ref-{theme}"
        ref = start(["build", str(papers), "-o", str(refs[theme]), "--format", "html", "--theme", theme], tmpdir)
        assert ref.wait(timeout=120) == 0
    out = tmp_path / "dist"
    procs = [
        start(["build", str(papers), "-o", str(out), "--format", "html", "--theme", t, "-j", "2", "--force"], tmpdir)
        for t in themes
    ]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    theme = report["options"]["theme"]
    assert report["summary"]["papers"] == 8 and report["summary"]["failed"] == 0
    # report.json describes what is on disk: every output it lists is the file that build makes.
    for paper in report["papers"]:
        for name in paper["outputs"].values():
            assert filecmp.cmp(out / name, refs[theme] / name, shallow=False), f"{name} is not the {theme} build's"
    assert stray(out, tmpdir) == []


@pytest.mark.parametrize("delay", [0.4, 1.0])
def test_ctrl_c_of_a_one_paper_build_exits_130_and_leaves_nothing(tmp_path: Path, delay: float) -> None:
    """One named file, all formats: WeasyPrint in a forked child, pandoc beside it."""
    from conftest import SEED

    out, tmpdir = tmp_path / "dist", tmp_path / "tmp"
    tmpdir.mkdir()
    proc = start(["build", str(SEED), "-o", str(out)], tmpdir)
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130), err.decode()  # 0: it had finished
    assert "Traceback" not in err.decode()
    names = sorted(p.name for p in out.iterdir()) if out.is_dir() else []
    assert names in ([], sorted(f"{SEED.stem}.{x}" for x in ("epub", "html", "pdf", "report.json")))
    assert group_gone(proc.pid) and stray(out, tmpdir) == []
