"""Attacks and careless use that broke galley (issues 18 and 19): hostile themes, names that
collide with galley's own files, a paper published empty, and every error that was a
traceback. Real builds and real processes; each error must be one line."""

from __future__ import annotations

import json
import os
import resource
import signal
from pathlib import Path

import pytest

from conftest import galley_process
from galley.cli import main

PROSE = (
    "Results\n\n"
    "The model was fitted to the data from all sites and the residuals were inspected for any\n"
    "remaining structure. We found that the estimates were stable across specifications.\n"
)


class Run:
    """``galley ARGS`` in this process (real files, real pandoc): the exit code and stderr."""

    def __init__(self, returncode: int, stderr: str) -> None:
        self.returncode, self.stderr = returncode, stderr


@pytest.fixture()
def galley(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run(args: list[str]) -> Run:
        capsys.readouterr()
        code = main(args)
        return Run(code, capsys.readouterr().err)

    return run


def one_line_error(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = [ln for ln in stderr.splitlines() if ln.startswith("galley: error:")]
    assert len(lines) == 1, stderr
    assert "galley bug" not in lines[0], lines[0]
    return lines[0]


# -- a theme is data, never code -----------------------------------------------------------

SSTI = [
    "{{ cycler.__init__.__globals__.os.popen('touch MARKER').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.system('touch MARKER') }}",
    "{% include '/etc/passwd' %}",
    "{{ lipsum.__globals__['os'].popen('touch MARKER').read() }}",
]


@pytest.mark.parametrize("payload", SSTI)
def test_a_theme_template_cannot_run_code(
    tmp_path: Path, payload: str, monkeypatch: pytest.MonkeyPatch, galley
) -> None:
    theme = tmp_path / "evil-theme"
    theme.mkdir()
    (theme / "theme.toml").write_text('extends = "journal"\n', encoding="utf-8")
    (theme / "page.html.j2").write_text(
        f"<!DOCTYPE html><html><body>{payload}{{{{ body }}}}</body></html>\n", encoding="utf-8"
    )
    src = tmp_path / "paper.txt"
    src.write_text(PROSE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    proc = galley(["build", str(src), "-o", str(tmp_path / "out"), "--theme", str(theme), "--format", "html"])
    assert not (tmp_path / "MARKER").exists(), "the theme ran a command"
    assert proc.returncode == 2, proc.stderr
    assert "theme template" in one_line_error(proc.stderr)
    assert not (tmp_path / "out" / "paper.html").exists()


@pytest.mark.parametrize(
    "css, refused",
    [
        ("@import url(http://127.0.0.1:9/x.css);", "http://127.0.0.1:9/x.css"),
        ('@import "file:///etc/passwd";', "file:///etc/passwd"),
        ("@import '../../../../etc/passwd';", "outside"),
        ("body { background: url(https://tracker.example/pixel.png) }", "https://tracker.example"),
        ("body { background: url(/etc/passwd) }", "/etc/passwd"),
        ('body { background-image: image-set("https://tracker.example/a.png" 1x) }', "https://"),
        ("body { background: u\\72l(https://tracker.example/p.png) }", "\\72l"),
        ("@font-face { src: url(//tracker.example/f.woff) }", "//tracker.example"),
    ],
)
def test_theme_css_reads_nothing_outside_the_theme(tmp_path: Path, css: str, refused: str, galley) -> None:
    theme = tmp_path / "evil-theme"
    theme.mkdir()
    (theme / "theme.toml").write_text('extends = "journal"\n', encoding="utf-8")
    (theme / "screen.css").write_text(css + "\n", encoding="utf-8")
    src = tmp_path / "paper.txt"
    src.write_text(PROSE, encoding="utf-8")
    proc = galley(["build", str(src), "-o", str(tmp_path / "out"), "--theme", str(theme), "--format", "html"])
    assert proc.returncode == 2, proc.stderr
    line = one_line_error(proc.stderr)
    assert "screen.css" in line and (refused in line or "outside" in line), line
    assert not (tmp_path / "out" / "paper.html").exists()


def test_theme_css_may_import_its_own_files(tmp_path: Path) -> None:
    theme = tmp_path / "house"
    theme.mkdir()
    (theme / "theme.toml").write_text('extends = "journal"\n', encoding="utf-8")
    (theme / "colours.css").write_text(".title { color: #4b0082; }\n", encoding="utf-8")
    (theme / "screen.css").write_text('/* url(http://in.a.comment) */ @import "colours.css";\n', encoding="utf-8")
    src = tmp_path / "paper.txt"
    src.write_text(PROSE, encoding="utf-8")
    assert main(["build", str(src), "-o", str(tmp_path / "out"), "--theme", str(theme), "--format", "html"]) == 0
    page = (tmp_path / "out" / "paper.html").read_text(encoding="utf-8")
    assert ".title { color: #4b0082; }" in page and "@import" not in page


@pytest.mark.parametrize("name", ["page.html.j2", "screen.css", "fonts/Evil.ttf"])
def test_theme_files_symlinked_outside_are_refused(tmp_path: Path, name: str) -> None:
    theme = tmp_path / "house"
    (theme / "fonts").mkdir(parents=True)
    (theme / "theme.toml").write_text('extends = "journal"\n', encoding="utf-8")
    for font in (Path(__file__).parents[2] / "styles" / "fonts").glob("*.ttf"):
        (theme / "fonts" / font.name).write_bytes(font.read_bytes())
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT\n", encoding="utf-8")
    (theme / name).symlink_to(secret)
    src = tmp_path / "paper.txt"
    src.write_text(PROSE, encoding="utf-8")
    out = tmp_path / "out"
    code = main(["build", str(src), "-o", str(out), "--theme", str(theme), "--format", "html,epub"])
    assert code == 2
    assert not any(b"SECRET-CONTENT" in p.read_bytes() for p in out.glob("*") if p.is_file())


def test_theme_options_are_data_in_the_pdf_too(tmp_path: Path) -> None:
    """The PDF's page comes from the same sandboxed template: a payload fails the PDF build."""
    theme = tmp_path / "evil-theme"
    theme.mkdir()
    (theme / "theme.toml").write_text('extends = "journal"\n', encoding="utf-8")
    (theme / "page.html.j2").write_text(SSTI[0] + "\n", encoding="utf-8")
    src = tmp_path / "paper.txt"
    src.write_text(PROSE, encoding="utf-8")
    assert main(["build", str(src), "-o", str(tmp_path / "out"), "--theme", str(theme), "--format", "pdf"]) == 2
    assert not (Path.cwd() / "MARKER").exists()


# -- names that collide with galley's own files ---------------------------------------------


@pytest.mark.parametrize("name", ["index", "report", "Index", "report.shard-1-of-2"])
def test_a_paper_named_like_a_collection_file_is_refused_in_a_batch(tmp_path: Path, name: str, galley) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / f"{name}.txt").write_text(PROSE, encoding="utf-8")
    (papers / "other.txt").write_text(PROSE, encoding="utf-8")
    proc = galley(["build", str(papers), "-o", str(tmp_path / "out"), "--format", "html"])
    assert proc.returncode == 2
    assert f"{name}.txt" in one_line_error(proc.stderr) and "rename" in proc.stderr
    # Built alone, the paper has the folder to itself: nothing to collide with.
    single = galley(["build", str(papers / f"{name}.txt"), "-o", str(tmp_path / "one"), "--format", "html"])
    assert single.returncode == 0 and (tmp_path / "one" / f"{name}.html").is_file()


# -- a paper published empty ----------------------------------------------------------------


def test_a_file_of_repeated_lines_is_not_published_empty(tmp_path: Path, galley) -> None:
    src = tmp_path / "repeated.txt"
    src.write_text("The same sentence of the paper is repeated on every line.\n" * 120, encoding="utf-8")
    proc = galley(["build", str(src), "-o", str(tmp_path / "out"), "--format", "html"])
    if proc.returncode == 0:  # once repetition alone no longer counts as furniture (issue 13)
        html = (tmp_path / "out" / "repeated.html").read_text(encoding="utf-8")
        assert html.count("The same sentence of the paper") >= 100
    else:
        assert proc.returncode == 1
        assert "page furniture" in one_line_error(proc.stderr)
        assert not (tmp_path / "out" / "repeated.html").exists()


# -- errors that were tracebacks -------------------------------------------------------------


def _paper(folder: Path, name: str = "paper") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    src = folder / f"{name}.txt"
    src.write_text(PROSE, encoding="utf-8")
    return src


@pytest.mark.parametrize(
    "entry",
    [
        '{"key": "K", "outputs": [1, 2], "entry": {}}',
        '{"key": "K", "outputs": {"a.html": 5}, "entry": "x"}',
        "[1, 2, 3]",
        '{"key": "K", "outputs": {}, "entry": {"outputs": {"html": "a.html"}}}',
        '{"key": "K"',
    ],
)
def test_a_cache_entry_of_the_wrong_shape_is_rebuilt(tmp_path: Path, entry: str, galley) -> None:
    papers = tmp_path / "papers"
    _paper(papers, "a")
    _paper(papers, "b")
    out = tmp_path / "out"
    assert galley(["build", str(papers), "-o", str(out), "--format", "html", "-j", "1"]).returncode == 0
    key = json.loads((out / ".galley-cache" / "a.json").read_text(encoding="utf-8"))["key"]
    (out / ".galley-cache" / "a.json").write_text(entry.replace('"K"', json.dumps(key)), encoding="utf-8")
    (out / "a.html").unlink()
    proc = galley(["build", str(papers), "-o", str(out), "--format", "html", "-j", "1"])
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    status = {p["stem"]: p["status"] for p in json.loads((out / "report.json").read_text())["papers"]}
    assert status == {"a": "built", "b": "cached"} and (out / "a.html").is_file()


def test_a_nul_in_the_configs_output_folder(tmp_path: Path, galley, monkeypatch: pytest.MonkeyPatch) -> None:
    _paper(tmp_path / "papers")
    (tmp_path / "galley.toml").write_text('inputs = ["papers/*.txt"]\nout = "a\\u0000b"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    proc = galley(["build"])
    assert proc.returncode == 2 and "'out'" in one_line_error(proc.stderr)


@pytest.mark.parametrize("pyproject", ["tool = 1\n", "[tool]\ngalley = 3\n", "[tool.galley]\njobs = true\n"])
def test_a_malformed_tool_table_in_pyproject(
    tmp_path: Path, pyproject: str, galley, monkeypatch: pytest.MonkeyPatch
) -> None:
    _paper(tmp_path / "papers")
    (tmp_path / "pyproject.toml").write_text(pyproject + "# [tool.galley]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    proc = galley(["build", "papers", "--format", "html"])
    assert proc.returncode == 2 and "pyproject.toml" in one_line_error(proc.stderr)


def test_check_report_into_a_folder(tmp_path: Path, galley) -> None:
    src = _paper(tmp_path / "papers")
    (tmp_path / "report-dir").mkdir()
    proc = galley(["check", str(src), "--format", "html", "--report", str(tmp_path / "report-dir")])
    assert proc.returncode == 2 and "report-dir" in one_line_error(proc.stderr)
    assert not list((tmp_path).glob(".*.part")), "a temporary file was left beside the report"


def test_init_over_an_existing_file(tmp_path: Path, galley) -> None:
    (tmp_path / "journal").write_text("not a folder\n", encoding="utf-8")
    proc = galley(["init", str(tmp_path / "journal")])
    assert proc.returncode != 0
    one_line_error(proc.stderr)


@pytest.mark.parametrize("command", ["build", "site", "check", "init"])
def test_read_only_folders_are_user_errors(tmp_path: Path, command: str) -> None:
    papers = tmp_path / "papers"
    _paper(papers, "a")
    _paper(papers, "b")
    out = tmp_path / "out"
    assert main(["build", str(papers), "-o", str(out), "--format", "html", "-j", "1"]) == 0
    ro = tmp_path / "ro"
    ro.mkdir()
    args = {
        "build": ["build", str(papers), "-o", str(ro / "dist"), "--format", "html"],
        "site": ["site", str(out), "-o", str(ro)],
        "check": ["check", str(papers / "a.txt"), "--format", "html", "--report", str(ro / "check.json")],
        "init": ["init", str(ro / "journal")],
    }[command]
    ro.chmod(0o555)
    try:
        proc = galley_process(args, unprivileged=True)
    finally:
        ro.chmod(0o755)
    assert proc.returncode in (1, 2), proc.stderr
    line = one_line_error(proc.stderr)
    assert "ermission denied" in line, line
    assert list(ro.iterdir()) == []


def test_a_malformed_report_for_site(tmp_path: Path, galley) -> None:
    out = tmp_path / "dist"
    out.mkdir()
    bad = {
        "report_version": 1,
        "papers": [{"stem": "x", "status": "built", "outputs": {"html": "javascript:alert(1)"}}],
    }
    (out / "report.json").write_text(json.dumps(bad), encoding="utf-8")
    proc = galley(["site", str(out)])
    assert proc.returncode == 2 and "report.json" in one_line_error(proc.stderr)
    assert not (out / "index.html").exists()


def test_a_full_disk_is_a_user_error_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    """A real write failure: the file size limit (RLIMIT_FSIZE) makes every write past 4 kB
    fail with EFBIG, as a full disk fails it with ENOSPC. (HTML only: a child process such as
    pandoc gets SIGXFSZ back from Python's subprocess and is killed instead.)"""
    import subprocess
    import sys

    src = _paper(tmp_path / "papers")
    out = tmp_path / "out"
    out.mkdir()
    (out / "paper.html").write_text("previous\n", encoding="utf-8")

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4000, 4000))

    proc = subprocess.run(
        [sys.executable, "-m", "galley", "build", str(src), "-o", str(out), "--format", "html"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")},
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    line = one_line_error(proc.stderr)
    assert "too large" in line.lower() or "no space" in line.lower(), line
    assert sorted(p.name for p in out.iterdir()) == ["paper.html"]
    assert (out / "paper.html").read_text(encoding="utf-8") == "previous\n"


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    src = tmp_path / "ligatures.txt"  # a repair on every line: far more output than a pipe holds
    src.write_text(
        "".join(f"The eﬀect of the ﬁrst ﬁeld trial number {i} was small.\n" for i in range(4000)), encoding="utf-8"
    )
    explain = subprocess.Popen(
        [sys.executable, "-m", "galley", "explain", str(src)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert explain.stdout is not None and explain.stderr is not None
    explain.stdout.readline()  # like `| head -1`: read a line and go away
    explain.stdout.close()
    err = explain.stderr.read().decode()
    code = explain.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert code in (0, 141)


def test_a_corrupted_cache_entry_is_rebuilt_not_served(tmp_path: Path, galley) -> None:
    """An entry that parses but was altered (a forged title, a flipped byte) fails its own
    SHA-256: the paper is rebuilt and the report says what the text says."""
    papers = tmp_path / "papers"
    _paper(papers, "a")
    (papers / "a.toml").write_text('title = "The real title"\n', encoding="utf-8")
    out = tmp_path / "out"
    assert galley(["build", str(papers), "-o", str(out), "--format", "html"]).returncode == 0
    entry_path = out / ".galley-cache" / "a.json"
    data = json.loads(entry_path.read_text(encoding="utf-8"))
    data["entry"]["meta"]["title"] = "FORGED"
    entry_path.write_text(json.dumps(data), encoding="utf-8")
    assert galley(["build", str(papers), "-o", str(out), "--format", "html"]).returncode == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["papers"][0]["status"] == "built" and report["papers"][0]["meta"]["title"] == "The real title"
    # Truncated: the same.
    entry_path.write_bytes(entry_path.read_bytes()[:40])
    assert galley(["build", str(papers), "-o", str(out), "--format", "html"]).returncode == 0
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["papers"][0]["status"] == "built"
    assert galley(["build", str(papers), "-o", str(out), "--format", "html"]).returncode == 0
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["papers"][0]["status"] == "cached"
