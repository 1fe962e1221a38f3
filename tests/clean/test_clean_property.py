"""Properties of clean() for arbitrary line-structured text (``clean_invariants``): it never
crashes, no word is lost or invented (every input word is in the units or in the removed
furniture, once the recorded joins are applied), each unit says where its source lines start
in its text (``Unit.offsets``), and cleaning galley's own output again changes nothing a reader
sees."""

from __future__ import annotations

from clean_invariants import second_run_changes, words_accounted_for
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from galley.clean import clean
from galley.inputs.read import to_lines
from strategies import HOSTILE, PAPER_WORDS, WORDS

SPACING = st.sampled_from(["\n", "\n\n", " \n\n", "  \n", "\n\f", "\n\n\n"])


@st.composite
def documents(draw: st.DrawFn, words: st.SearchStrategy[str] = WORDS) -> str:
    line = st.lists(words, min_size=0, max_size=14).map(" ".join)
    lines = draw(st.lists(line, min_size=1, max_size=40))
    # Repeat a few lines to give the furniture rules something to find.
    if len(lines) > 6 and draw(st.booleans()):
        head = draw(line)
        for i in range(0, len(lines), 5):
            lines.insert(i, head)
    raw = "".join(text + draw(SPACING) for text in lines)
    return raw.replace("\r\n", "\n").replace("\r", "\n")  # as read.decode hands text on


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_clean_never_crashes_and_loses_no_word(raw: str) -> None:
    result = clean(to_lines(raw))
    assert not words_accounted_for(raw, result), raw
    for u in result.units:
        assert u.text == u.text.strip() and "  " not in u.text
        assert u.first_line <= u.last_line
        # Each source line can be found in the joined text at its recorded offset.
        assert len(u.offsets) == len(u.lines) and u.offsets == sorted(u.offsets)
        for off, line in zip(u.offsets, u.lines, strict=True):
            assert u.text[off:].startswith(line.rstrip("-‐\u00ad")), (off, line, u.text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(st.sampled_from(PAPER_WORDS + HOSTILE)))
# A URL alone at a page's end, its rest after a heading on the next page: the first run
# joined nothing (pages differ), the second, the page break gone, joined it.
@example("https://doi.org/10.1088/ \x0c Results\n1748-9326/ab281e\n")
# The same, the URL ending the text's first line: no box it is inside.
@example("the https://doi.org/10.1088/ \x0c Results\n\nmulti-\n")
def test_cleaning_again_changes_nothing_a_reader_sees(raw: str) -> None:
    """galley's output fed back to it: one paragraph a line, blank lines between. Random
    Unicode is left out: a control character between two mojibake bytes hides them from
    ftfy until the first run drops it, and a second run then repairs what it sees."""
    result = clean(to_lines(raw))
    assert second_run_changes(result) == [], raw
