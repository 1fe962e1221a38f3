"""The document's own word counts, which the hyphen rules read first."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from galley.clean.lexicon import WORD, DocumentLexicon
from galley.inputs.read import read_path, to_lines

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_93fab0643722ce6d.txt"


def test_counts_are_those_of_the_whole_text() -> None:
    # Counted a batch of lines at a time, ASCII lines without the pattern: the counts must be
    # the pattern's on the joined, case-folded text.
    texts = [ln.text for ln in to_lines(read_path(SEED))]
    texts += ["Café-au-lait and café’s naïve co‐operation", "Rock’n’roll ÉCOLE-Normale", "don't stop -- 'quoted'"] * 3
    expected = Counter(WORD.findall(" ".join(texts).casefold().replace("‐", "-")))
    lex = DocumentLexicon(texts)
    assert lex.words == expected
    assert lex.count("co-operation") == 3 and lex.count("Café-au-lait") == 3


def test_a_form_counts_as_a_whole_word_only() -> None:
    lex = DocumentLexicon(["the geo-economic outlook, a geo-economic-policy view", "GEO-ECONOMIC"])
    assert lex.count("geo-economic") == 2
    assert lex.count("economic") == 0
