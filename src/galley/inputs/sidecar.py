"""Per-paper metadata sidecar: ``<stem>.toml`` beside the raw text.

Fields: title, subtitle, authors (list of tables: name, affiliation, orcid, email), date,
doi, keywords (list), language, licence, abstract; the paper's citation and history:
journal, volume, issue, article, received, accepted, published. The sidecar wins over
detected metadata.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from galley.errors import ConfigError
from galley.inputs.tomlfile import inside, read_toml
from galley.model import Author, Metadata

_STRING_FIELDS = (
    "title",
    "subtitle",
    "translated_title",
    "date",
    "doi",
    "language",
    "licence",
    "abstract",
    "journal",
    "volume",
    "issue",
    "article",
    "received",
    "accepted",
    "published",
)
_AUTHOR_FIELDS = ("name", "affiliation", "orcid", "email")
KNOWN = set(_STRING_FIELDS) | {"authors", "keywords"}

# A BCP 47 language tag (RFC 5646: language, extlang, script, region, variants, extensions,
# private use). The tag is written into the lang attribute of every page and into the EPUB's
# package document: anything else ('en"><script>...') must never get that far.
BCP47 = re.compile(
    r"(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"
    r"(?:-[A-Za-z]{4})?"
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
    r"(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*"
    r"(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?"
    r"|[xX](?:-[A-Za-z0-9]{1,8})+"
)
# Characters no XML document may hold (C0 controls but tab and line ends, U+FFFE, U+FFFF,
# lone surrogates): one in a title made the EPUB's package document not well-formed.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def check_text(value: str, key: str, where: str) -> str:
    """A sidecar string, refused when it holds a character no output format can carry."""
    bad = XML_ILLEGAL.search(value)
    if bad:
        raise ConfigError(
            f"key {key!r} holds the control character U+{ord(bad.group()):04X}, which no document format "
            "allows; remove it",
            path=where,
        )
    return value.strip()


def check_language(value: str, where: str) -> str:
    tag = value.strip()
    if not BCP47.fullmatch(tag):
        raise ConfigError(
            f'key \'language\' = {tag[:40]!r} is not a BCP 47 language tag; write one like "en", "pt-BR" or "zh-Hant"',
            path=where,
        )
    return tag


def sidecar_path(text_path: Path) -> Path:
    return text_path.with_suffix(".toml")


def load_sidecar(text_path: Path) -> Metadata:
    """Read the sidecar beside ``text_path``; an absent sidecar is an empty one."""
    path = sidecar_path(text_path)
    if not path.is_file():
        return Metadata()
    inside(path, text_path.parent, "sidecar")  # a symlink to /etc/shadow is not metadata
    return parse_sidecar(read_toml(path, "sidecar"), str(path))


def parse_sidecar(data: dict[str, Any], where: str) -> Metadata:
    unknown = sorted(set(data) - KNOWN)
    if unknown:
        raise ConfigError(f"unknown key {unknown[0]!r}; known keys: {', '.join(sorted(KNOWN))}", path=where)
    meta = Metadata()
    for key in _STRING_FIELDS:
        if key in data:
            value = data[key]
            if not isinstance(value, str):
                raise ConfigError(f"key {key!r} must be a string, not {type(value).__name__}", path=where)
            value = check_text(value, key, where)
            setattr(meta, key, check_language(value, where) if key == "language" and value else value)
    if "keywords" in data:
        kw = data["keywords"]
        if not isinstance(kw, list) or not all(isinstance(k, str) for k in kw):
            raise ConfigError("key 'keywords' must be a list of strings", path=where)
        meta.keywords = [check_text(k, "keywords", where) for k in kw if k.strip()]
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
            raise ConfigError(f"author {i}: unknown key {bad[0]!r}; known: {', '.join(_AUTHOR_FIELDS)}", path=where)
        for k in _AUTHOR_FIELDS:
            if k in entry and not isinstance(entry[k], str):
                raise ConfigError(f"author {i}: {k!r} must be a string, not {type(entry[k]).__name__}", path=where)
        out.append(Author(**{k: check_text(entry.get(k, ""), f"authors.{k}", where) for k in _AUTHOR_FIELDS}))
    return out
