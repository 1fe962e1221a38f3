"""Figure innards: a drawing's labels read as text are taken out of the running text as
reported lines (never lost: ``explain`` lists them, ``keep_lines`` brings one back)."""

from __future__ import annotations

from pathlib import Path

from galley.clean import clean
from galley.clean.explain import clean_path
from galley.inputs.read import to_lines

CASES = Path(__file__).resolve().parents[1] / "cases" / "clean"

PROSE = (
    "The tutorial has been actively used by students at the London School of Economics, and\n"
    "it has been highlighted at multiple workshops around the world over the past few years.\n"
)


def test_a_plots_tick_labels_are_taken_out_and_reported() -> None:
    # A density plot's axes, as pdftotext reads them above the caption.
    raw = (
        PROSE
        + "0.4\n0.2\n0.0\n3 2 1 0 1 2 3\nx [Bohr]\n( = -0.4409 Ht)\n"
        + "Figure 2: The ground-state density of the hydrogen molecule along its axis.\n"
        + PROSE
    )
    result = clean(to_lines(raw))
    assert [r.text for r in result.removed if r.rule == "figure-text"] == [
        "0.4",
        "0.2",
        "0.0",
        "3 2 1 0 1 2 3",
        "x [Bohr]",
        "( = -0.4409 Ht)",
    ]
    text = " ".join(u.text for u in result.units)
    assert "Bohr" not in text and "Figure 2: The ground-state density" in text


def test_a_diagrams_labels_are_taken_out() -> None:
    # jose-poppler, jose.00180: the boxes of a diagram of 58 concepts above its caption.
    result = clean(to_lines((CASES / "poppler-diagram-labels.txt").read_text(encoding="utf-8")))
    labels = [r.text for r in result.removed if r.rule == "figure-text"]
    assert len(labels) == 58 and labels[0] == "Efficiency" and labels[-1] == "Project Portfolio"
    text = " ".join(u.text for u in result.units)
    assert "Maintenance Contract" not in text
    assert "in concentric circles, see Figure 3." in text and "Figure 3: Class use of the Chief" in text


def test_a_correction_keeps_a_label(tmp_path: Path) -> None:
    raw = PROSE + "0.4\n0.2\n0.0\nx [Bohr]\nFigure 2: The ground-state density.\n" + PROSE
    text = tmp_path / "p.txt"
    text.write_text(raw, encoding="utf-8")
    (tmp_path / "p.corrections.toml").write_text("[furniture]\nkeep_lines = [6]\n", encoding="utf-8")
    result, _ = clean_path(text)
    assert [r.text for r in result.removed] == ["0.4", "0.2", "0.0"]
    assert any(u.text == "x [Bohr]" or "x [Bohr]" in u.text for u in result.units)


def test_short_lines_that_go_on_a_sentence_or_are_a_list_stay() -> None:
    # The line above the run ends no sentence (``... the tools of`` / ``Python``), or
    # announces a list with a colon: the short lines are its words.
    for intro in ("The lesson uses the tools of", "The lesson uses these tools:"):
        raw = PROSE + intro + "\nPython\nNumPy and pandas\nMatplotlib\nFigure 1: The workflow.\n"
        assert not [r for r in clean(to_lines(raw)).removed if r.rule == "figure-text"]
    # A list's items, and a section's name, are no labels.
    raw = PROSE + "• Python\n• NumPy\n• Matplotlib\nFigure 1: The workflow.\n"
    assert not [r for r in clean(to_lines(raw)).removed if r.rule == "figure-text"]
    raw = PROSE + "Results\nFigure 1: The workflow.\n"
    assert not [r for r in clean(to_lines(raw)).removed if r.rule == "figure-text"]
