"""The collection pages come from the theme's templates, and every report follows its schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from galley.ci import cache
from galley.ci.report import PAPER_SCHEMA, SCHEMA
from galley.cli import main

jsonschema = pytest.importorskip("jsonschema")
TEXT = "A title\n\nIntroduction\n\nThe ﬁrst estimates were stable across specifications and sites.\n"


@pytest.fixture()
def papers(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.toml").write_text('title = "<b>Bold</b> & co"\n', encoding="utf-8")
    return folder


def test_a_theme_brands_the_index_and_the_report(papers: Path, tmp_path: Path) -> None:
    theme = tmp_path / "house"
    theme.mkdir()
    (theme / "theme.toml").write_text('extends = "journal"\n', encoding="utf-8")
    (theme / "screen.css").write_text(":root { --link: #8a1a4f; }\n", encoding="utf-8")
    out = tmp_path / "out"
    assert (
        main(
            [
                "build",
                str(papers),
                "-o",
                str(out),
                "--format",
                "html",
                "--theme",
                str(theme),
                "--site-title",
                "Vol. 3 <special>",
            ]
        )
        == 0
    )
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "--link: #8a1a4f" in index and 'class="collection"' in index
    assert "<h1>Vol. 3 &lt;special&gt;</h1>" in index, "titles are data: escaped"
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in index
    assert "--link: #8a1a4f" in (out / "report.html").read_text(encoding="utf-8")
    # A theme's own template wins.
    (theme / "index.html.j2").write_text(
        "<!DOCTYPE html><title>{{ title }}</title><p>{{ papers | length }} papers</p>\n", encoding="utf-8"
    )
    assert main(["build", str(papers), "-o", str(out), "--format", "html", "--theme", str(theme), "--force"]) == 0
    assert "<p>2 papers</p>" in (out / "index.html").read_text(encoding="utf-8")


def test_run_report_and_each_paper_report_validate(papers: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(papers), "-o", str(out), "--format", "html,jats"]) == 0
    jsonschema.validate(
        json.loads((out / "report.json").read_text(encoding="utf-8")), json.loads(SCHEMA.read_text(encoding="utf-8"))
    )
    paper_schema = json.loads(PAPER_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(paper_schema)
    for name in ("a", "b"):
        data = json.loads((out / f"{name}.report.json").read_text(encoding="utf-8"))
        jsonschema.validate(data, paper_schema)
        assert data["diagnostics"][0]["code"] == "W-LIGATURES"


def test_site_assembles_shards_from_their_own_folders(papers: Path, tmp_path: Path) -> None:
    for i in (1, 2):
        assert (
            main(["build", str(papers), "-o", str(tmp_path / f"shard-{i}"), "--format", "html", "--shard", f"{i}/2"])
            == 0
        )
    (tmp_path / "shard-1" / "stale.html").write_text("a paper that moved or was deleted", encoding="utf-8")
    summary = tmp_path / "summary.md"
    assert (
        main(
            [
                "site",
                str(tmp_path / "shard-1"),
                str(tmp_path / "shard-2"),
                "-o",
                str(tmp_path / "site"),
                "--summary",
                str(summary),
                "--base-url",
                "https://example.org/j/",
            ]
        )
        == 0
    )
    names = sorted(p.name for p in (tmp_path / "site").iterdir())
    assert names == ["a.html", "a.report.json", "b.html", "b.report.json", "index.html", "report.html", "report.json"]
    said = summary.read_text(encoding="utf-8")
    assert "2 papers: 2 built" in said and "[HTML](https://example.org/j/a.html)" in said
    assert "\\<b\\>Bold\\</b\\>" in said, "Markdown in titles is escaped in the summary"


def test_cache_key_includes_the_libraries_that_shape_outputs(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    versions = cache.dependency_versions()
    for name in ("ftfy", "wordfreq", "pyphen", "charset-normalizer", "jinja2", "babel", "fonttools"):
        assert versions[name] == metadata.version(name)
    before = cache.galley_digest()
    monkeypatch.setattr(cache, "dependency_versions", lambda: dict(versions, ftfy="0.0.1"))
    cache.galley_digest.cache_clear()
    try:
        assert cache.galley_digest() != before, "another ftfy version is another build"
    finally:
        cache.galley_digest.cache_clear()
