"""Properties of clean() for arbitrary line-structured text: it never crashes, and no word
is lost: every input word is in the units or in the removed-furniture list, modulo hyphen
joins (``multi-`` + ``lateralism`` -> ``multilateralism``) and recorded character repairs.
Each unit also says where its source lines start in its text (``Unit.offsets``)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from galley.clean import clean
from galley.diagnostics import input_tokens, word_tokens
from galley.inputs.read import to_lines
from strategies import WORDS

LINE = st.lists(WORDS, min_size=0, max_size=14).map(" ".join)
SPACING = st.sampled_from(["\n", "\n\n", " \n\n", "  \n", "\n\f", "\n\n\n"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(LINE, min_size=1, max_size=40))
    # Repeat a few lines to give the furniture rules something to find.
    if len(lines) > 6 and draw(st.booleans()):
        head = draw(LINE)
        for i in range(0, len(lines), 5):
            lines.insert(i, head)
    return "".join(line + draw(SPACING) for line in lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_clean_never_crashes_and_loses_no_word(raw: str) -> None:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")  # as read.decode hands text on
    result = clean(to_lines(raw))
    kept_text = " ".join([u.text for u in result.units] + [r.text for r in result.removed])
    kept = word_tokens(kept_text)
    have, blob = set(kept), " ".join(kept)
    for tok in input_tokens(raw):
        assert tok in have or tok in blob, (tok, raw)
    for u in result.units:
        assert u.text == u.text.strip() and "  " not in u.text
        assert u.first_line <= u.last_line
        # Each source line can be found in the joined text at its recorded offset.
        assert len(u.offsets) == len(u.lines) and u.offsets == sorted(u.offsets)
        for off, line in zip(u.offsets, u.lines, strict=True):
            assert u.text[off:].startswith(line.rstrip("-‐\u00ad")), (off, line, u.text)
