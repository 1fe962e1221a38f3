"""The analysis path's lean forms give the same answers as the plain ones.

Speed and memory figures belong to ``bench/``; these tests pin what the lean code must keep:
the chunked line split and the released input agree with the straightforward versions they
replaced. (The lexicon's lean count is tested in tests/clean/test_lexicon.py.)
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from galley.inputs import read
from galley.inputs.read import decode, read_path, to_lines
from galley.model import Line

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_93fab0643722ce6d.txt"

# Form feeds inside and between lines, tabs, indents, trailing spaces, blank runs, CRLF,
# a BOM-free emoji (four bytes a character as a str) and CJK.
AWKWARD = (
    "Title of the paper\r\n\r\n  Indented line with trailing   \r\n"
    "\tTabbed line\fafter a form feed\f\f\n\n\nNew page 😀 emoji\n"
    "分析し、\n両国の\n" + "plain words on a wrapped line\n" * 50 + "last line without end"
)


def _fields(lines: list[Line]) -> list[tuple[object, ...]]:
    return [(ln.number, ln.text, ln.indent, ln.trailing, ln.page, ln.blank_before, ln.page_start) for ln in lines]


@pytest.mark.parametrize("size", [1, 7, 64, 1 << 20])
def test_chunked_split_gives_the_lines_of_the_whole_text(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "CHUNK", size)
    raw = decode(AWKWARD.encode("utf-8"))
    whole = to_lines(raw.text)
    assert _fields(to_lines(raw)) == _fields(whole)
    assert any(ln.page > 1 for ln in whole) and any(ln.indent for ln in whole)


def test_to_lines_from_rawtext_matches_the_string_and_releases_it() -> None:
    raw = read_path(SEED)
    text = raw.text
    lines = to_lines(raw)
    assert _fields(lines) == _fields(to_lines(text))
    with pytest.raises(RuntimeError):
        _ = raw.text  # handed over: no second copy of the input stays alive


def test_rawtext_does_not_hold_the_text_as_a_string() -> None:
    text = "emoji 😀 makes a str four bytes a character\n" * 2000
    raw = decode(text.encode("utf-8"))
    held = [obj for obj in gc.get_referents(raw) if isinstance(obj, str) and len(obj) > 1000]
    assert held == []
    assert raw.text == text
