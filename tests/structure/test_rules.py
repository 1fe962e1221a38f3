"""The rule lists are what runs: a rule added to a list is asked, a rule taken out no
longer decides. Each list is the place a newcomer extends (see each module's docstring)."""

from __future__ import annotations

import re

import pytest
from make import doc, kinds, outline

from galley.model import Block, Unit
from galley.structure import blocks, front, levels
from galley.structure.blocks import splits
from galley.structure.blocks.context import Context
from galley.structure.blocks.shapes import span
from galley.structure.front import authors, lines
from galley.structure.front.lines import FrontLine, Reading
from galley.structure.references import citations

PARA = "We delivered this workshop three times on-line. Participants were graduate and undergraduate students."
QUOTE = "“Programs must be written for people to read, and only incidentally for machines to execute.”"


def quote(u: Unit, ctx: Context) -> Block | None:
    """A test block rule: a whole unit in quotation marks is a block quote."""
    return Block("quote", u.text, source=span(u)) if u.text.startswith("“") and u.text.endswith("”") else None


def test_a_block_rule_added_to_rules_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert kinds(PARA, QUOTE)[1][0] == "paragraph"
    monkeypatch.setattr(blocks, "RULES", [*blocks.RULES[:-1], quote, blocks.RULES[-1]])
    assert kinds(PARA, QUOTE) == [("paragraph", PARA), ("quote", QUOTE)]


_CITATION_LINE = re.compile(r"^(?P<journal>[A-Z][\w ]+), (?P<volume>\d+)\((?P<issue>\d+)\), (?P<article>\w+)\.?$")


def citation_line(found: list[FrontLine], i: int, r: Reading) -> tuple[str, int] | None:
    """A test front-line rule: ``Journal of Open Source Education, 9(97), 292``."""
    m = _CITATION_LINE.match(found[i].text)
    if not m:
        return None
    r.meta.journal, r.meta.volume, r.meta.issue, r.meta.article = m.group("journal", "volume", "issue", "article")
    return "citation", 1


def test_a_front_line_rule_added_to_line_rules_fills_its_field(monkeypatch: pytest.MonkeyPatch) -> None:
    paper = (
        "Teaching climate econometrics",
        "Jane Smith1 and John Doe2",
        "1 University of Bergen 2 University of Oslo",
        "Journal of Open Source Education, 9(97), 292",
        "Summary",
        PARA,
    )
    assert doc(*paper).meta.journal == "Journal of Open Source Education"  # front.citation's rule
    without = [rule for rule in front.LINE_RULES if rule is not front.citation_line]
    monkeypatch.setattr(front, "LINE_RULES", without)
    assert doc(*paper).meta.journal == ""
    monkeypatch.setattr(front, "LINE_RULES", [citation_line, *without])
    monkeypatch.setitem(lines.WHY, "citation", "journal sidebar: the paper's citation, kept as metadata")
    m = doc(*paper).meta
    assert (m.journal, m.volume, m.issue, m.article) == ("Journal of Open Source Education", "9", "97", "292")
    assert m.affiliations == ["University of Bergen", "University of Oslo"]


def test_a_split_taken_out_of_splits_no_longer_cuts(monkeypatch: pytest.MonkeyPatch) -> None:
    joined = "Experience of use in teaching\n" + PARA[:60] + "\n" + PARA[60:]
    assert kinds(joined)[0][0] == "heading"
    monkeypatch.setattr(splits, "SPLITS", [s for s in splits.SPLITS if s is not splits.leading_heading])
    assert [k for k, _ in kinds(joined)] == ["paragraph"]


def test_a_level_rule_taken_out_of_level_rules_no_longer_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    paper = ("2 Method", PARA, "2.1 Data", PARA, "2.1.1 Cleaning", PARA)
    assert [lv for _, lv in outline(*paper)] == [1, 2, 3]
    monkeypatch.setattr(levels, "LEVEL_RULES", [r for r in levels.LEVEL_RULES if r is not levels.dotted])
    assert [lv for _, lv in outline(*paper)] == [1, 1, 1]


def test_a_citation_finder_taken_out_of_finders_links_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    paper = ("Weather shapes economies [1].", "References", "[1] S. Hsiang, “Climate econometrics,” 2016.")
    assert any(r.kind == "link" for r in doc(*paper).blocks[0].runs())
    monkeypatch.setattr(citations, "FINDERS", [f for f in citations.FINDERS if f is not citations.numbered])
    assert doc(*paper).blocks[0].inlines is None


def test_an_author_finder_taken_out_of_author_starts_finds_no_lone_author(monkeypatch: pytest.MonkeyPatch) -> None:
    paper = ("Special relativity in R: the lorentz package", "Robin Hankin", "Summary", PARA)
    assert [a.name for a in doc(*paper).meta.authors] == ["Robin Hankin"]
    monkeypatch.setattr(authors, "AUTHOR_STARTS", [f for f in authors.AUTHOR_STARTS if f is not authors.single_author])
    assert doc(*paper).meta.authors == []
