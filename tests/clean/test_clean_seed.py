"""The seed at the clean level: the units structure receives must already be right."""

from __future__ import annotations

import pytest

from conftest import SEED
from galley.clean.explain import clean_path
from galley.model import CleanResult


@pytest.fixture(scope="module")
def result() -> CleanResult:
    return clean_path(SEED)[0]


def test_headings_and_paragraph_counts(result: CleanResult) -> None:
    kinds = [(u.kind, u.text[:30]) for u in result.units]
    heads = [i for i, u in enumerate(result.units) if u.kind == "heading"]
    assert [result.units[i].text for i in heads] == ["Abstract", "Introduction"], kinds
    abstract = result.units[heads[0] + 1 : heads[1]]
    intro = result.units[heads[1] + 1 :]
    assert len(abstract) == 1, kinds
    assert len(intro) == 3, kinds
    assert intro[0].text.endswith("counterterrorism.")
    assert intro[1].text.endswith("South Asia (SA).")
    assert intro[2].text.endswith("to be of vital")


def test_hyphens_and_joins(result: CleanResult) -> None:
    text = " ".join(u.text for u in result.units)
    for word in ["geo-economic", "inter-regional", "Pakistan-Russia", "Ever-changing", "geo-strategic", "US-led"]:
        assert word in text, word
    assert "multilateralism" in text and "multi-" not in text
    assert "may shape the commonality" in text
    kept = {r.after for r in result.repairs if r.rule == "hyphen-keep"}
    assert kept == {"geo-economic", "inter-regional"}


def test_spacing_and_quotes(result: CleanResult) -> None:
    for u in result.units:
        assert "  " not in u.text and u.text == u.text.strip(), u.text
        assert "'" not in u.text and '"' not in u.text, u.text
    text = " ".join(u.text for u in result.units)
    assert "Pakistan’s" in text and "Afghanistan’s" in text and "“radicalized militancy”" in text
