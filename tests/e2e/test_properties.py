"""Properties of the whole read -> clean -> structure path, for arbitrary text (issue 7).

For any input: galley either gives a Document or one clear GalleyError (never another
exception), and no word is lost: every word of the input is in the Document (blocks or
metadata) or in the report's removed-furniture list, modulo hyphen joins and the recorded
character repairs. (Cleaning galley's own output again is tested at the clean stage:
tests/clean/test_clean_property.py.)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from galley.diagnostics import lost_words
from galley.errors import GalleyError
from galley.pipeline import analyse
from strategies import WORDS

LINES = st.lists(st.lists(WORDS, min_size=0, max_size=12).map(" ".join), min_size=1, max_size=40)
SEPARATORS = st.sampled_from(["\n", "\n\n", " \n\n", "\n\f"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=LINES, sep=SEPARATORS)
# A URL over three lines whose first join (``…/the``) is another URL kept below.
@example(lines=["https://doi.org/10.1088/", "the", "the", "the https://doi.org/10.1088/", "the"], sep="\n")
def test_no_crash_and_no_word_lost(lines: list[str], sep: str) -> None:
    raw = sep.join(lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "paper.txt"
        path.write_bytes(raw.encode("utf-8"))
        try:
            doc = analyse(path)
        except GalleyError as exc:
            assert any(w in str(exc) for w in ("empty", "binary", "control characters", "page furniture"))
            return
    assert lost_words(raw, doc) == []
