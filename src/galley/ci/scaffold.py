"""``galley init``: a new publishing repository, ready for CI.

Writes ``galley.toml`` (the project config), ``papers/`` with one small example paper and
its sidecar, ``.github/workflows/publish.yml`` (build on every push, deploy to Pages) and a
``.gitignore``. Existing files are never overwritten: init refuses and names them.
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
jobs = 0                         # papers built at once; 0 = one per CPU core
"""

EXAMPLE_TEXT = """\
An example paper

Introduction

This is an example of raw text as it comes out of a PDF. Replace it with your own papers:
one .txt file per paper in this folder, with an optional sidecar .toml beside it that
gives the title, the authors and the date.

Results

galley repairs the text, rebuilds the structure and publishes HTML, EPUB and PDF.
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
"""

WORKFLOW = """\
# Build every paper on each push (unchanged papers come from the cache), keep the outputs
# and the build report as artifacts, and deploy the collection to GitHub Pages from main.
# Enable Pages with "GitHub Actions" as the source in the repository settings.
name: publish

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: publish-${{ github.ref }}
  cancel-in-progress: true

jobs:
  build:
    runs-on: ubuntu-24.04
    env:
      CI: "true"
    steps:
      - uses: actions/checkout@v4
      # Outputs never carry the runner's clock: every run gives the same bytes. The EPUB's
      # modified date is the sidecar's date (a SOURCE_DATE_EPOCH would override it, and
      # rebuild every EPUB whenever it changes: it is part of the cache key).
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
          cache: pip
      - run: sudo apt-get update -q && sudo apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0
      # Pin the galley you tested with (a version, or a git URL: "galley @ git+https://...").
      - run: python -m pip install "galley==@VERSION@"
      - uses: actions/cache@v4
        with:
          path: dist
          key: galley-dist-${{ github.sha }}
          restore-keys: galley-dist-
      - run: galley build --progress plain
      - if: always()
        uses: actions/upload-artifact@v4
        with:
          name: galley-dist
          path: |
            dist/
            !dist/.galley-cache/
      - run: rsync -a --exclude .galley-cache dist/ site/
      - uses: actions/upload-pages-artifact@v3
        with:
          path: site

  deploy:
    if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request'
    needs: build
    runs-on: ubuntu-24.04
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"""


def files() -> dict[str, str]:
    return {
        "galley.toml": CONFIG,
        "papers/example.txt": EXAMPLE_TEXT,
        "papers/example.toml": EXAMPLE_SIDECAR,
        ".github/workflows/publish.yml": WORKFLOW.replace("@VERSION@", __version__),
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
