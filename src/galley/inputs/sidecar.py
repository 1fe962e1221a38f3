"""Per-paper metadata sidecar: ``<stem>.toml`` beside the raw text.

Fields: title, subtitle, authors (list of tables: name, affiliation, orcid, email), date,
doi, keywords (list), language, licence, abstract; the paper's citation and history:
journal, volume, issue, article, received, accepted, published. The sidecar wins over
detected metadata.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from galley.errors import ConfigError
from galley.inputs.tomlfile import read_toml
from galley.model import Author, Metadata

_STRING_FIELDS = ("title", "subtitle", "date", "doi", "language", "licence", "abstract", "journal", "volume", "issue",
                  "article", "received", "accepted", "published")
_AUTHOR_FIELDS = ("name", "affiliation", "orcid", "email")
KNOWN = set(_STRING_FIELDS) | {"authors", "keywords"}


def sidecar_path(text_path: Path) -> Path:
    return text_path.with_suffix(".toml")


def load_sidecar(text_path: Path) -> Metadata:
    """Read the sidecar beside ``text_path``; an absent sidecar is an empty one."""
    path = sidecar_path(text_path)
    if not path.is_file():
        return Metadata()
    return parse_sidecar(read_toml(path, "sidecar"), str(path))


def parse_sidecar(data: dict[str, Any], where: str) -> Metadata:
    unknown = sorted(set(data) - KNOWN)
    if unknown:
        raise ConfigError(
            f"unknown key {unknown[0]!r}; known keys: {', '.join(sorted(KNOWN))}", path=where
        )
    meta = Metadata()
    for key in _STRING_FIELDS:
        if key in data:
            value = data[key]
            if not isinstance(value, str):
                raise ConfigError(f"key {key!r} must be a string, not {type(value).__name__}", path=where)
            setattr(meta, key, value.strip())
    if "keywords" in data:
        kw = data["keywords"]
        if not isinstance(kw, list) or not all(isinstance(k, str) for k in kw):
            raise ConfigError("key 'keywords' must be a list of strings", path=where)
        meta.keywords = [k.strip() for k in kw if k.strip()]
    if "authors" in data:
        meta.authors = _authors(data["authors"], where)
    return meta


def _authors(value: Any, where: str) -> list[Author]:
    if not isinstance(value, list):
        raise ConfigError("key 'authors' must be a list of [[authors]] tables", path=where)
    out = []
    for i, entry in enumerate(value, 1):
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise ConfigError(f"author {i} needs a 'name' string", path=where)
        bad = sorted(set(entry) - set(_AUTHOR_FIELDS))
        if bad:
            raise ConfigError(
                f"author {i}: unknown key {bad[0]!r}; known: {', '.join(_AUTHOR_FIELDS)}", path=where
            )
        out.append(Author(**{k: str(entry.get(k, "")).strip() for k in _AUTHOR_FIELDS}))
    return out
