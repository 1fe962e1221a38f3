"""`--format jats`: JATS XML from the same AST, with front matter, references and metadata."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from galley.cli import main

TEXT = """\
Counting birds at three sites

Abstract

We counted birds at three sites <script>alert(1)</script> over two seasons.

1 Introduction

Counts agreed with earlier work (Smith, 2020).

References

Smith, J. (2020). Birds of the coast. Journal of Birds, 3(2), 10-20. https://doi.org/10.1234/birds.2020
"""
SIDECAR = """\
title = "Counting birds at three sites"
date = "2024-05-23"
received = "2024-01-02"
accepted = "2024-03-04"
doi = "10.5555/jex.101"
journal = "Journal of Examples"
volume = "3"
issue = "2"
article = "e101"
keywords = ["birds", "field counts"]
licence = "CC BY 4.0"
language = "en"

[[authors]]
name = "Ana Author"
affiliation = "University of Examples"
orcid = "0000-0002-1825-0097"
email = "ana@example.org"

[[authors]]
name = "Bo Author"
affiliation = "University of Examples"
"""


def test_jats_has_front_matter_body_and_references(tmp_path: Path) -> None:
    src = tmp_path / "birds.txt"
    src.write_text(TEXT, encoding="utf-8")
    src.with_suffix(".toml").write_text(SIDECAR, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--format", "jats"]) == 0
    root = ET.parse(out / "birds.jats.xml").getroot()
    assert root.tag == "article" and root.get("dtd-version") == "1.2"
    front = root.find("front")
    assert front is not None
    text = lambda path: " ".join((front.findtext(path) or "").split())  # noqa: E731
    assert text("journal-meta/journal-title-group/journal-title") == "Journal of Examples"
    meta = "article-meta/"
    assert text(meta + "title-group/article-title") == "Counting birds at three sites"
    assert front.find(meta + "article-id[@pub-id-type='doi']").text == "10.5555/jex.101"  # type: ignore[union-attr]
    names = [e.text for e in front.iter("string-name")]
    assert names == ["Ana Author", "Bo Author"]
    assert front.find(meta + "contrib-group/contrib/contrib-id[@contrib-id-type='orcid']") is not None
    assert text(meta + "contrib-group/aff/institution-wrap/institution") == "University of Examples"
    assert [x.get("rid") for x in front.iter("xref") if x.get("ref-type") == "aff"] == ["aff-1", "aff-1"]
    assert text(meta + "pub-date/year") == "2024" and text(meta + "pub-date/day") == "23"
    assert (text(meta + "volume"), text(meta + "issue"), text(meta + "elocation-id")) == ("3", "2", "e101")
    history = {d.get("date-type"): d.findtext("year") for d in front.iter("date")}
    assert history == {"received": "2024", "accepted": "2024"}
    assert [k.text for k in front.iter("kwd")] == ["birds", "field counts"]
    assert "two seasons" in "".join(front.find(meta + "abstract").itertext())  # type: ignore[union-attr]
    assert "<script>alert(1)</script>" in "".join(front.find(meta + "abstract").itertext()), (
        "markup in the text is text, escaped in the XML"
    )  # type: ignore[union-attr]
    assert text(meta + "permissions/license/license-p") == "CC BY 4.0"
    body = "".join(root.find("body").itertext())  # type: ignore[union-attr]
    assert "Counts agreed with earlier work" in body and "two seasons" not in body, "the abstract moved to front"
    refs = root.findall("back/ref-list/ref")
    assert len(refs) == 1 and "Birds of the coast" in "".join(refs[0].itertext())
    raw = (out / "birds.jats.xml").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in raw and "<script>" not in raw


def test_jats_is_a_batch_format_listed_in_the_index(tmp_path: Path) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "birds.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(papers), "-o", str(out), "--format", "html,jats", "--progress", "plain"]) == 0
    assert 'href="birds.jats.xml">JATS</a>' in (out / "index.html").read_text(encoding="utf-8")
