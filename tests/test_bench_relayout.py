"""bench/relayout.py sets a truth in a new layout that an extractor reads back (real
WeasyPrint, real pdfminer): the probe corpora it writes measure what they claim."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "relayout.py"

TRUTH = {
    "id": "probe",
    "title": "Reading <b>order</b> & rules",
    "authors": ["Ana Silva", "Bo Chen"],
    "affiliations": ["Universidade Federal do Ceará"],
    "keywords": ["layout"],
    "blocks": [
        {"type": "heading", "level": 1, "text": "Introduction"},
        {"type": "paragraph", "text": "Extractors read pages in their own order."},
        {"type": "footnote", "text": "A note at the foot of the page."},
        {"type": "list_item", "text": "first point"},
        {"type": "heading", "level": 1, "text": "References"},
        {"type": "reference", "text": "Silva, A. (2020). A title. Journal, 1, 2-3."},
    ],
}


@pytest.fixture(scope="module")
def relayout():
    spec = importlib.util.spec_from_file_location("relayout", BENCH)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["relayout"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_page_escapes_the_truth_and_numbers_nothing(relayout) -> None:
    page = relayout.page_html(TRUTH, "indent", "pt")
    assert '<html lang="pt">' in page
    assert "Reading &lt;b&gt;order&lt;/b&gt; &amp; rules" in page
    # A reference is set as the truth writes it: a list would add numbers it does not hold.
    assert '<p class="ref">Silva, A. (2020)' in page and "<ol" not in page
    assert '<span class="fn">A note at the foot of the page.</span></p>' in page


@pytest.mark.parametrize("layout", ["indent", "ragged", "a5", "twocol"])
def test_every_layout_reads_back(relayout, tmp_path: Path, layout: str) -> None:
    src = tmp_path / "corpus" / "probe"
    src.mkdir(parents=True)
    (src / "truth.json").write_text(json.dumps(TRUTH), encoding="utf-8")
    job = (str(src / "truth.json"), str(tmp_path / "out"), "probe", (layout,), ("pdfminer",), "en")
    assert relayout._paper(job) == "probe"
    text = (tmp_path / "out" / "probe" / f"{layout}-pdfminer.txt").read_text(encoding="utf-8")
    for words in ("Extractors read pages", "A note at the foot", "first point", "Silva, A. (2020)"):
        assert words in " ".join(text.split()), (layout, words)
    assert json.loads((tmp_path / "out" / "probe" / "truth.json").read_text()) == TRUTH


@pytest.mark.parametrize("extractor", ["poppler", "layout", "pypdf", "pypdf-layout"])
def test_every_extractor_reads_the_render(relayout, tmp_path: Path, extractor: str) -> None:
    src = tmp_path / "corpus" / "probe"
    src.mkdir(parents=True)
    (src / "truth.json").write_text(json.dumps(TRUTH), encoding="utf-8")
    job = (str(src / "truth.json"), str(tmp_path / "out"), "probe", ("indent",), (extractor,), "en")
    relayout._paper(job)
    text = " ".join((tmp_path / "out" / "probe" / f"indent-{extractor}.txt").read_text(encoding="utf-8").split())
    assert relayout.recall(TRUTH, text) >= relayout.RECALL_MIN, extractor
    assert "Extractors read pages" in text and "Silva, A. (2020)" in text


def test_recall_tells_a_broken_render(relayout) -> None:
    whole = "Extractors read pages in their own order. A note at the foot of the page. first point"
    assert relayout.recall(TRUTH, whole + " Introduction References Silva, A. (2020). A title. Journal, 1, 2-3.") == 1.0
    assert relayout.recall(TRUTH, "Introduction") < relayout.RECALL_MIN


def test_a_tables_notes_stay_under_it(relayout) -> None:
    blocks = [
        {"type": "paragraph", "text": "Text."},
        {"type": "table", "text": "1 60 50"},
        {"type": "footnote", "text": "a stirred at 60 C;"},
    ]
    body = relayout.body_html(blocks)
    assert "<p>a stirred at 60 C;</p>" in body and 'class="fn"' not in body


def test_notes_of_one_paragraph_are_called_at_its_sentence_ends(relayout) -> None:
    text = relayout.with_calls("One. Two. Three.", ["a", "b"])
    assert text == 'One. Two.<span class="fn">a</span> Three.<span class="fn">b</span>'
    # (more notes than sentences: the rest are called at the end)
    assert relayout.with_calls("One.", ["a", "b"]).endswith('One.<span class="fn">a</span><span class="fn">b</span>')
