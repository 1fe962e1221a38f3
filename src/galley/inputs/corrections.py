"""Per-document corrections: ``<stem>.corrections.toml`` beside the raw text (and its sidecar).

An editor forces a decision the cleaner got wrong, without editing the raw text::

    [hyphens]
    keep = ["geo-strategic", "Data-driven"]   # a line-end hyphen in these words stays
    join = ["multi-lateralism"]               # a line-end hyphen in these words goes

    [paragraphs]
    split_before = [77]    # raw line 77 starts a new paragraph
    merge_before = [55]    # raw line 55 goes on with the paragraph before it

    [furniture]
    keep_lines = [12]      # raw line 12 is text, not a running head

Words compare case-folded; line numbers are the raw file's (1-based, as ``galley explain``
prints them). Every forced decision is recorded as a repair whose rule starts with
``correction-``. Unknown keys are errors that name the key and the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from galley.errors import ConfigError
from galley.inputs.tomlfile import inside, read_toml

_KNOWN: dict[str, set[str]] = {
    "hyphens": {"keep", "join"},
    "paragraphs": {"split_before", "merge_before"},
    "furniture": {"keep_lines"},
}


@dataclass(frozen=True)
class Corrections:
    keep_hyphen: frozenset[str] = field(default_factory=frozenset)  # "geo-strategic", case-folded
    join_hyphen: frozenset[str] = field(default_factory=frozenset)  # "multi-lateralism", case-folded
    split_before: frozenset[int] = field(default_factory=frozenset)
    merge_before: frozenset[int] = field(default_factory=frozenset)
    keep_lines: frozenset[int] = field(default_factory=frozenset)
    source: str = ""

    def hyphen(self, left: str, right: str) -> bool | None:
        """The forced decision for ``left-`` / ``right`` (True: join), or None."""
        form = f"{left}-{right}".casefold()
        if form in self.join_hyphen:
            return True
        if form in self.keep_hyphen:
            return False
        return None

    def __bool__(self) -> bool:
        return bool(self.keep_hyphen or self.join_hyphen or self.split_before or self.merge_before or self.keep_lines)


NONE = Corrections()


def corrections_path(text_path: Path) -> Path:
    return text_path.with_name(text_path.stem + ".corrections.toml")


def load_corrections(text_path: Path) -> Corrections:
    """Read ``<stem>.corrections.toml`` beside ``text_path``; absent means no corrections."""
    path = corrections_path(text_path)
    if not path.is_file():
        return NONE
    inside(path, text_path.parent, "corrections file")
    return parse_corrections(read_toml(path, "corrections file"), str(path))


def parse_corrections(data: dict[str, Any], where: str = "<corrections>") -> Corrections:
    for section, body in data.items():
        if section not in _KNOWN:
            raise ConfigError(f"unknown section {section!r}; known: {', '.join(sorted(_KNOWN))}", path=where)
        if not isinstance(body, dict):
            raise ConfigError(f"{section!r} must be a table ([{section}])", path=where)
        for k in body:
            if k not in _KNOWN[section]:
                known = ", ".join(sorted(_KNOWN[section]))
                raise ConfigError(f"unknown key {section}.{k!r}; known: {known}", path=where)
    hy = data.get("hyphens", {})
    pa = data.get("paragraphs", {})
    fu = data.get("furniture", {})
    return Corrections(
        keep_hyphen=_words(hy, "keep", "hyphens", where),
        join_hyphen=_words(hy, "join", "hyphens", where),
        split_before=_lines(pa, "split_before", "paragraphs", where),
        merge_before=_lines(pa, "merge_before", "paragraphs", where),
        keep_lines=_lines(fu, "keep_lines", "furniture", where),
        source=where,
    )


def _words(table: dict[str, Any], key: str, section: str, where: str) -> frozenset[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) and "-" in w for w in value):
        raise ConfigError(f'{section}.{key} must be a list of hyphenated words like "geo-strategic"', path=where)
    return frozenset(w.strip().casefold() for w in value)


def _lines(table: dict[str, Any], key: str, section: str, where: str) -> frozenset[int]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in value):
        raise ConfigError(f"{section}.{key} must be a list of line numbers (1-based)", path=where)
    return frozenset(value)
