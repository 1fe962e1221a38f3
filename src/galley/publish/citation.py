"""The paper's own citation: dates in the paper's language, the journal line, and the
"cite this" exports (APA text, BibTeX, RIS, CSL-JSON), from the Metadata alone.

Every export is built from data structures (json.dumps, escaped BibTeX values), never by
pasting unescaped text into a format: a title holding ``}``, ``%`` or a newline stays text.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from galley.model import Metadata

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# A date as machines read it (HTML's ``<time datetime>``, EPUB's ``dc:date``): a year, a month
# or a day.
_MACHINE_DATE = re.compile(r"\d{4}(?:-(0[1-9]|1[0-2])(?:-\d{2})?)?")


def parse_date(text: str) -> date | None:
    found = _ISO.fullmatch(text.strip())
    if not found:
        return None
    try:
        return date(*map(int, found.groups()))
    except ValueError:
        return None


def machine_date(text: str) -> str:
    """``2023-01-12``, ``2023-01`` or ``2023`` as given; "" for a date the front matter or a
    sidecar gave in another form (``12 de enero de 2023``, ``09/06/2022``), which a validator
    would refuse in ``<time datetime>`` or ``dc:date``: it is shown, never claimed."""
    text = text.strip()
    if _MACHINE_DATE.fullmatch(text) is None or (len(text) == 10 and parse_date(text) is None):
        return ""
    return text


@lru_cache(maxsize=64)
def format_date(text: str, lang: str) -> str:
    """ "2026-03-28" -> "28 March 2026" in the paper's language (CLDR's long date through
    Babel: "28. März 2026", "28 mars 2026", "28 de marzo de 2026"); English as journals print
    it, day first. A date that is not ISO is returned as it was given."""
    day = parse_date(text)
    if day is None:
        return text
    from babel import Locale, UnknownLocaleError
    from babel.dates import format_date as babel_date

    tag = lang.replace("-", "_")
    try:
        locale = Locale.parse(tag)
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse("en")
    if locale.language == "en":
        return babel_date(day, "d MMMM y", locale=locale)
    return babel_date(day, "long", locale=locale)


def year(meta: Metadata) -> str:
    for value in (meta.published, meta.date, meta.accepted):
        found = re.match(r"\d{4}", value or "")
        if found:
            return found.group(0)
    return ""


def journal_line(meta: Metadata) -> str:
    """ "Journal of Open Source Education, 9(97), 292", as far as the metadata goes."""
    parts = [meta.journal] if meta.journal else []
    vol = meta.volume + (f"({meta.issue})" if meta.issue else "") if meta.volume else ""
    if vol:
        parts.append(vol)
    if meta.article:
        parts.append(meta.article)
    return ", ".join(parts)


# -- names -------------------------------------------------------------------------------

PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "ten", "ter"}


def split_name(name: str) -> tuple[str, str]:
    """(given, family): "Sven A. van der Burg" -> ("Sven A.", "van der Burg");
    "Rising, James A." -> ("James A.", "Rising")."""
    name = " ".join(name.split())
    if "," in name:
        family, given = (x.strip() for x in name.split(",", 1))
        return given, family
    parts = name.split()
    if len(parts) < 2:
        return "", name
    start = len(parts) - 1
    while start > 1 and parts[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(parts[:start]), " ".join(parts[start:])


def initials(given: str) -> str:
    """ "James Arthur" -> "J. A."; "Jean-Paul" -> "J.-P."."""
    out = []
    for word in given.split():
        pieces = [p for p in word.split("-") if p]
        out.append("-".join(p[0] + "." for p in pieces))
    return " ".join(out)


# -- the exports ---------------------------------------------------------------------------


def apa(meta: Metadata) -> str:
    """APA 7 style: ``Wagner, G., & Ott, S. (2026). Title. Journal, 9(97), 292. https://doi.org/...``"""
    names = []
    for a in meta.authors:
        given, family = split_name(a.name)
        names.append(f"{family}, {initials(given)}" if given else family)
    if len(names) > 20:
        names = names[:19] + ["…", names[-1]]
    if len(names) > 1:
        authors = ", ".join(names[:-1]) + ", & " + names[-1]
    else:
        authors = names[0] if names else ""
    title = meta.title.rstrip(".") + (f": {meta.subtitle.rstrip('.')}" if meta.subtitle else "")
    parts = []
    if authors:
        parts.append(authors.rstrip(".") + ".")
    parts.append(f"({year(meta) or 'n.d.'}).")
    parts.append(title + ".")
    journal = journal_line(meta)
    if journal:
        parts.append(journal + ".")
    if meta.doi:
        parts.append(f"https://doi.org/{meta.doi}")
    return " ".join(parts)


def cite_key(meta: Metadata) -> str:
    family = split_name(meta.authors[0].name)[1] if meta.authors else ""
    first_word = next((w for w in re.findall(r"\w+", meta.title) if len(w) > 3), "paper")
    key = re.sub(r"[^A-Za-z0-9]", "", _ascii(family + year(meta) + first_word.capitalize()))
    return key or "paper"


def _ascii(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


_BIB_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bib_value(text: str) -> str:
    """A BibTeX field value: LaTeX's special characters escaped, one line, in braces."""
    return "{" + "".join(_BIB_SPECIAL.get(c, c) for c in " ".join(text.split())) + "}"


def bibtex(meta: Metadata) -> str:
    fields: list[tuple[str, str]] = [("title", meta.title + (f": {meta.subtitle}" if meta.subtitle else ""))]
    if meta.authors:
        names = []
        for a in meta.authors:
            given, family = split_name(a.name)
            names.append(f"{family}, {given}" if given else family)
        fields.append(("author", " and ".join(names)))
    if meta.journal:
        fields.append(("journal", meta.journal))
    for key in ("volume",):
        if getattr(meta, key):
            fields.append((key, getattr(meta, key)))
    if meta.issue:
        fields.append(("number", meta.issue))
    if meta.article:
        fields.append(("pages", meta.article))
    if year(meta):
        fields.append(("year", year(meta)))
    if meta.doi:
        fields.append(("doi", meta.doi))
    if meta.language:
        fields.append(("language", meta.language))
    if meta.keywords:
        fields.append(("keywords", ", ".join(meta.keywords)))
    body = ",\n".join(f"  {k} = {bib_value(v)}" for k, v in fields)
    kind = "article" if meta.journal else "misc"
    return f"@{kind}{{{cite_key(meta)},\n{body}\n}}\n"


def ris(meta: Metadata) -> str:
    """RIS: one tag a line; values are single lines (newlines in the metadata become spaces)."""
    lines = [("TY", "JOUR" if meta.journal else "GEN"), ("TI", meta.title)]
    if meta.subtitle:
        lines.append(("T2" if not meta.journal else "ST", meta.subtitle))
    for a in meta.authors:
        given, family = split_name(a.name)
        lines.append(("AU", f"{family}, {given}" if given else family))
    if meta.journal:
        lines.append(("JO", meta.journal))
    for tag, value in (
        ("VL", meta.volume),
        ("IS", meta.issue),
        ("SP", meta.article),
        ("PY", year(meta)),
        ("DA", meta.publication_date.replace("-", "/")),
        ("DO", meta.doi),
        ("LA", meta.language),
    ):
        if value:
            lines.append((tag, value))
    if meta.doi:
        lines.append(("UR", f"https://doi.org/{meta.doi}"))
    lines += [("KW", k) for k in meta.keywords]
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in lines)


def _date_parts(text: str) -> dict[str, Any] | None:
    day = parse_date(text)
    if day is not None:
        return {"date-parts": [[day.year, day.month, day.day]]}
    found = re.match(r"(\d{4})", text or "")
    return {"date-parts": [[int(found.group(1))]]} if found else None


def csl_json(meta: Metadata, ident: str = "") -> str:
    """The paper as a CSL-JSON list of one item (the citation-style-language data schema)."""
    item: dict[str, Any] = {"id": ident or cite_key(meta), "type": "article-journal" if meta.journal else "article"}
    item["title"] = meta.title + (f": {meta.subtitle}" if meta.subtitle else "")
    if meta.authors:
        people = []
        for a in meta.authors:
            given, family = split_name(a.name)
            people.append({"family": family, "given": given} if given else {"literal": family})
        item["author"] = people
    if meta.journal:
        item["container-title"] = meta.journal
    for key, value in (
        ("volume", meta.volume),
        ("issue", meta.issue),
        ("page", meta.article),
        ("DOI", meta.doi),
        ("language", meta.language),
    ):
        if value:
            item[key] = value
    if meta.doi:
        item["URL"] = f"https://doi.org/{meta.doi}"
    for key, value in (("issued", meta.publication_date), ("submitted", meta.received)):
        parts = _date_parts(value)
        if parts:
            item[key] = parts
    if meta.keywords:
        item["keyword"] = ", ".join(meta.keywords)
    if meta.abstract:
        item["abstract"] = meta.abstract
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


def data_uri(text: str, mime: str) -> str:
    """A download link's target that needs no file beside the page."""
    return f"data:{mime};charset=utf-8," + quote(text, safe="")


def exports(meta: Metadata) -> list[dict[str, str]]:
    """The downloads of the "cite this" block: label, file name, data URI."""
    key = cite_key(meta)
    return [
        {"label": "BibTeX", "file": f"{key}.bib", "href": data_uri(bibtex(meta), "application/x-bibtex")},
        {"label": "RIS", "file": f"{key}.ris", "href": data_uri(ris(meta), "application/x-research-info-systems")},
        {
            "label": "CSL-JSON",
            "file": f"{key}.json",
            "href": data_uri(csl_json(meta), "application/vnd.citationstyles.csl+json"),
        },
    ]


# Creative Commons licences by their usual names: "CC BY 4.0", "CC-BY-NC-SA 3.0", "CC0".
_CC = re.compile(r"(?i)\bCC[\s-]?(BY(?:[\s-](?:NC|ND|SA)){0,2})[\s-]?(\d\.\d)\b")


def licence_url(licence: str) -> str:
    """The licence's deed, for the licences whose address follows from the name."""
    if re.search(r"https?://\S+", licence):
        return re.search(r"https?://\S+", licence).group(0)  # type: ignore[union-attr]
    found = _CC.search(licence)
    if found:
        kind = re.sub(r"[\s-]+", "-", found.group(1).lower())
        return f"https://creativecommons.org/licenses/{kind}/{found.group(2)}/"
    if re.search(r"(?i)\bCC0\b|public domain dedication", licence):
        return "https://creativecommons.org/publicdomain/zero/1.0/"
    return ""
