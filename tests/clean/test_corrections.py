"""The per-document corrections file forces decisions, and `galley explain` shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from galley.clean.explain import clean_path
from galley.cli import main
from galley.errors import ConfigError

RAW = """\
Both countries believe in strong multi-
lateralism as the way to go in foreign relations, and in a geo-
economic outlook for the region and for the whole of the Eurasian region.
Ever-changing global realities influence the regional geopolitical landscape.
They are quite conscious of peace and stability in the Eurasian region as a whole.
"""


def write(tmp_path: Path, corrections: str | None) -> Path:
    text = tmp_path / "paper.txt"
    text.write_text(RAW, encoding="utf-8")
    if corrections is not None:
        (tmp_path / "paper.corrections.toml").write_text(corrections, encoding="utf-8")
    return text


def test_without_corrections(tmp_path: Path) -> None:
    result, _ = clean_path(write(tmp_path, None))
    text = " ".join(u.text for u in result.units)
    assert "multilateralism" in text and "geo-economic" in text
    assert not [r for r in result.repairs if r.rule.startswith("correction-")]


def test_forced_hyphens(tmp_path: Path) -> None:
    path = write(tmp_path, '[hyphens]\nkeep = ["multi-lateralism"]\njoin = ["geo-economic"]\n')
    result, _ = clean_path(path)
    text = " ".join(u.text for u in result.units)
    assert "multi-lateralism" in text and "geoeconomic" in text
    forced = {r.rule: r for r in result.repairs if r.rule.startswith("correction-hyphen")}
    assert forced["correction-hyphen-keep"].after == "multi-lateralism"
    assert forced["correction-hyphen-join"].after == "geoeconomic"
    assert "forced by the corrections file" in forced["correction-hyphen-join"].why


def test_forced_paragraphs(tmp_path: Path) -> None:
    baseline, _ = clean_path(write(tmp_path, None))
    starts = [u.first_line for u in baseline.units]
    assert 3 not in starts and 5 not in starts
    path = write(tmp_path, "[paragraphs]\nsplit_before = [3]\nmerge_before = [4]\n")
    result, _ = clean_path(path)
    starts = [u.first_line for u in result.units]
    assert 3 in starts and 4 not in starts
    rules = {r.rule for r in result.repairs}
    assert {"correction-split", "correction-merge"} <= rules


def test_forced_furniture_keep(tmp_path: Path) -> None:
    raw = ""
    for page in range(1, 4):
        raw += f"Preprint\n\nThe tutorial has been used by students at a school, page {page} of the text here.\n\f"
    text = tmp_path / "p.txt"
    text.write_text(raw, encoding="utf-8")
    result, _ = clean_path(text)
    assert [r.line for r in result.removed if r.text == "Preprint"] == [1, 4, 7]
    (tmp_path / "p.corrections.toml").write_text("[furniture]\nkeep_lines = [4]\n", encoding="utf-8")
    result, _ = clean_path(text)
    assert [r.line for r in result.removed if r.text == "Preprint"] == [1, 7]
    assert any(u.first_line == 4 and u.text == "Preprint" for u in result.units)
    assert [r.line for r in result.repairs if r.rule == "correction-keep-line"] == [4]


def test_unknown_key_names_key_and_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[hyphens]\nkeeep = []\n")
    with pytest.raises(ConfigError, match=r"paper\.corrections\.toml.*keeep"):
        clean_path(path)
    assert main(["explain", str(path)]) == 2


def test_explain_lists_every_repair_with_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, '[hyphens]\nkeep = ["multi-lateralism"]\n')
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "line 1-2: [correction-hyphen-keep] 'multi- lateralism' -> 'multi-lateralism' " in out[0] + " "
    assert any(
        line.startswith("line 2-3: [hyphen-keep] 'geo- economic' -> 'geo-economic' (kept hyphen: 'geoeconomic' is rare")
        for line in out
    )
    assert out[-1].startswith("total: ") and "hyphen-keep 1" in out[-1]


def test_forced_keep_restores_a_compound_the_extractor_joined(tmp_path: Path) -> None:
    text = tmp_path / "joined.txt"
    text.write_text("The tutorial teaches highlevel programming in Python to students.\n", encoding="utf-8")
    (tmp_path / "joined.corrections.toml").write_text('[hyphens]\nkeep = ["high-level"]\n', encoding="utf-8")
    result, _ = clean_path(text)
    assert "teaches high-level programming" in result.units[0].text
    assert [r.rule for r in result.repairs] == ["correction-hyphen-restore"]
