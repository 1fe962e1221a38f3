"""Batch builds: parallel workers, the cache, one bad paper failing only itself, shards, the site."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from galley.cli import main

PARAGRAPH = (
    "The model was fitted to the data from all {n} sites and the residuals were inspected for\n"
    "any remaining structure. We found that the estimates were stable across specifications\n"
    "and that the main result does not depend on the choice of the reference period.\n"
)


def paper(folder: Path, name: str, title: str, *, authors: tuple[str, ...] = ("Ada Lovelace",)) -> Path:
    text = folder / f"{name}.txt"
    body = "\n".join(f"Section {i}\n\n" + PARAGRAPH.format(n=i + len(name)) for i in range(1, 4))
    text.write_text(f"{title}\n\nIntroduction\n\n{body}", encoding="utf-8")
    names = "".join(f'[[authors]]\nname = "{a}"\n' for a in authors)
    (folder / f"{name}.toml").write_text(
        f'title = "{title}"\ndate = "2024-05-0{len(name) % 9 + 1}"\n{names}', encoding="utf-8"
    )
    return text


def run(*args: str) -> int:
    return main(["build", *args, "--progress", "plain"])


def load_report(out: Path, name: str = "report.json") -> dict:
    return json.loads((out / name).read_text(encoding="utf-8"))


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    papers = tmp_path / "papers"
    papers.mkdir()
    paper(papers, "alpha", "Soil moisture and crop yields")
    paper(papers, "beta", "Rivers & <deltas> in flux", authors=("Grace Hopper", "Alan Turing"))
    (papers / "broken.txt").write_bytes(bytes(range(256)) * 8)  # binary: cannot be read as text
    return papers


def test_one_broken_paper_fails_only_itself_and_the_rest_is_cached(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dist"
    assert run(str(batch), "-o", str(out), "--format", "html", "-j", "2") == 1
    captured = capsys.readouterr()
    assert "broken.txt" in captured.err and "Traceback" not in captured.err
    assert (out / "alpha.html").is_file() and (out / "beta.html").is_file()
    assert not (out / "broken.html").exists()
    first = load_report(out)
    status = {p["stem"]: p["status"] for p in first["papers"]}
    assert status == {"alpha": "built", "beta": "built", "broken": "failed"}
    built_bytes = {n: (out / n).read_bytes() for n in ("alpha.html", "beta.html")}
    mtimes = {n: (out / n).stat().st_mtime_ns for n in built_bytes}

    # The collection's table of contents: each good paper with its title, authors, date and link.
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="alpha.html"' in index and "Soil moisture and crop yields" in index
    assert "Rivers &amp; &lt;deltas&gt; in flux" in index and "Grace Hopper, Alan Turing" in index
    assert "2024-05-" in index and "broken" not in index

    # Second run, nothing changed: nothing rebuilt, files untouched, the report still lists every paper.
    assert run(str(batch), "-o", str(out), "--format", "html") == 1
    second = load_report(out)
    assert {p["stem"]: p["status"] for p in second["papers"]} == {
        "alpha": "cached",
        "beta": "cached",
        "broken": "failed",
    }
    assert second["summary"]["built"] == 0
    assert {n: (out / n).stat().st_mtime_ns for n in built_bytes} == mtimes
    assert second["papers"][0]["meta"]["title"] == "Soil moisture and crop yields"

    # A changed sidecar rebuilds that paper only; a deleted output is rebuilt; --force rebuilds all.
    (batch / "beta.toml").write_text('title = "Rivers in flux"\n', encoding="utf-8")
    (out / "alpha.html").unlink()
    run(str(batch), "-o", str(out), "--format", "html")
    third = {p["stem"]: p["status"] for p in load_report(out)["papers"]}
    assert third == {"alpha": "built", "beta": "built", "broken": "failed"}
    assert (out / "alpha.html").read_bytes() == built_bytes["alpha.html"]
    assert "Rivers in flux" in (out / "beta.html").read_text(encoding="utf-8")
    run(str(batch), "-o", str(out), "--format", "html")
    assert load_report(out)["summary"]["built"] == 0
    run(str(batch), "-o", str(out), "--format", "html", "--force")
    assert load_report(out)["summary"]["built"] == 2

    # Other options are another build: asking for a different format is not a cache hit.
    run(str(batch), "-o", str(out), "--format", "epub")
    assert load_report(out)["summary"]["built"] == 2


def test_plain_log_is_one_line_per_paper(batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (batch / "broken.txt").unlink()
    assert run(str(batch), "-o", str(tmp_path / "out"), "--format", "html", "-j", "1") == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("built ") for line in lines[:2])
    assert lines[2].startswith("galley: 2 papers: 2 built, 0 unchanged, 0 failed;"), "the summary line ends a batch"
    assert "\x1b[" not in "".join(lines), "colour codes in a plain log"


def test_shards_split_the_batch_and_their_union_is_the_whole(tmp_path: Path) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    names = [f"p{i:02d}" for i in range(7)]
    for n in names:
        paper(papers, n, f"Paper {n}")
    out = tmp_path / "dist"
    shards = []
    for i in (1, 2, 3):
        assert run(str(papers), "-o", str(out), "--format", "html", "--shard", f"{i}/3") == 0
        shards.append({p["stem"] for p in load_report(out, f"report.shard-{i}-of-3.json")["papers"]})
    assert not (out / "index.html").exists(), "a shard alone must not publish a partial index"
    assert set.union(*shards) == set(names)
    assert sum(len(s) for s in shards) == len(names), "a paper built by two shards"
    assert all(2 <= len(s) <= 3 for s in shards)
    # Deterministic: the same shard picks the same papers again.
    assert run(str(papers), "-o", str(tmp_path / "again"), "--format", "html", "--shard", "2/3") == 0
    assert {p["stem"] for p in load_report(tmp_path / "again", "report.shard-2-of-3.json")["papers"]} == shards[1]

    # Assembling the site from the shards' reports lists every paper once.
    assert main(["site", str(out), "--title", "Vol. 1"]) == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert set(re.findall(r'href="(p\d\d)\.html"', index)) == set(names)
    assert index.count("<li>") == len(names)
    assert "<h1>Vol. 1</h1>" in index
    assert load_report(out)["summary"]["papers"] == len(names)

    # Next push: a paper is gone and the matrix is 2 jobs; stale files from the old run (its
    # merged report.json, its 3-shard reports) are in the restored folder and must not count.
    (papers / "p06.txt").unlink()
    for i in (1, 2):
        assert run(str(papers), "-o", str(out), "--format", "html", "--shard", f"{i}/2") == 0
    assert main(["site", str(out)]) == 0
    assert load_report(out)["summary"]["papers"] == len(names) - 1
    assert 'href="p06.html"' not in (out / "index.html").read_text(encoding="utf-8")


def test_bad_shard_and_same_stem_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    paper(a, "same", "One")
    paper(b, "same", "Two")
    assert run(str(a), str(b), "-o", str(tmp_path / "out"), "--format", "html") == 2
    assert "same outputs" in capsys.readouterr().err
    assert run(str(a), "-o", str(tmp_path / "out"), "--shard", "4/3") == 2
    assert run(str(a), "-o", str(tmp_path / "out"), "--shard", "x") == 2


def test_progress_bar_mode_builds_and_still_names_each_paper(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (batch / "broken.txt").unlink()
    out = tmp_path / "out"
    assert main(["build", str(batch), "-o", str(out), "--format", "html", "--progress", "bar", "-j", "1"]) == 0
    # The bar's console wraps a long temporary path at its width (80 columns when not a
    # terminal): the names are read across the wraps.
    text = capsys.readouterr().out.replace("\n", "")
    assert "alpha.txt" in text and "beta.txt" in text
    assert (out / "alpha.html").is_file() and (out / "index.html").is_file()


def test_cache_survives_a_restore_that_loses_mtimes_but_not_an_edited_output(tmp_path: Path) -> None:
    """CI caches restore files with new times: same bytes still count as built; edited bytes do not."""
    papers = tmp_path / "papers"
    papers.mkdir()
    paper(papers, "one", "First")
    paper(papers, "two", "Second")
    out = tmp_path / "dist"
    assert run(str(papers), "-o", str(out), "--format", "html") == 0
    for p in out.glob("*.html"):
        os.utime(p, (1_600_000_000, 1_600_000_000))
    assert run(str(papers), "-o", str(out), "--format", "html") == 0
    assert load_report(out)["summary"]["built"] == 0
    (out / "two.html").write_text((out / "two.html").read_text(encoding="utf-8") + "<!-- edited -->", encoding="utf-8")
    os.utime(out / "two.html", (1_600_000_000, 1_600_000_000))
    assert run(str(papers), "-o", str(out), "--format", "html") == 0
    assert {p["stem"]: p["status"] for p in load_report(out)["papers"]} == {"one": "cached", "two": "built"}


def test_source_date_epoch_dates_the_epub_and_is_part_of_its_cache_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    papers = tmp_path / "papers"
    papers.mkdir()
    paper(papers, "one", "First")
    out = tmp_path / "dist"

    def modified() -> str:
        with zipfile.ZipFile(out / "one.epub") as z:
            opf = z.read(next(n for n in z.namelist() if n.endswith(".opf"))).decode()
        return re.search(r'dcterms:modified">([^<]+)<', opf).group(1)  # type: ignore[union-attr]

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert run(str(papers), "-o", str(out), "--format", "epub,html") == 0
    assert modified() == "2023-11-14T22:13:20Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710000000")
    assert run(str(papers), "-o", str(out), "--format", "epub,html") == 0
    assert load_report(out)["summary"]["built"] == 1 and modified() == "2024-03-09T16:00:00Z"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert run(str(papers), "-o", str(out), "--format", "html") == 0  # HTML does not depend on it
    assert run(str(papers), "-o", str(out), "--format", "html") == 0
    assert load_report(out)["summary"]["built"] == 0


_WRAPPED_STOP = """
import os, galley.lifecycle as lifecycle
from galley.ci import batch

class Field:
    def __set_name__(self, owner, name):
        raise SystemExit(143)  # the worker's signal handler, landing while a class is made

def dies_starting(parent):
    lifecycle._remember(15)
    class Record:  # Python 3.11 wraps the SystemExit in a RuntimeError here
        field = Field()

lifecycle.die_with_parent = dies_starting
batch._init_worker(("html",), parent=os.getpid())
print("went on")
"""


def test_a_worker_stopped_while_it_starts_ends_quietly_whatever_wraps_the_signal() -> None:
    """A SIGTERM that lands while a worker imports (a dataclass's ``__set_name__``) came out
    of Python 3.11 as a RuntimeError, and the pool printed its traceback (seen once in the
    e2e interrupt test). The worker ends with 128 + the signal and prints nothing."""
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = subprocess.run([sys.executable, "-c", _WRAPPED_STOP], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 143, proc.stderr
    assert proc.stdout == "" and "Traceback" not in proc.stderr
