"""JATS XML for archives and DOI deposit (``--format jats`` -> ``<name>.jats.xml``).

pandoc writes JATS (Journal Publishing tag set 1.2) from the same JSON AST as the HTML and
the EPUB, so the body is the same text. What galley adds is the article's metadata in the
shapes pandoc's JATS template reads: the journal's title, the article's DOI, volume, issue,
first page or electronic article number, authors with e-mail, ORCID and affiliation,
the publication date (year, month, day), keywords, abstract and licence; and the paper's
references as a ``<ref-list>`` in ``<back>``, one ``<ref>`` with its ``<mixed-citation>`` per
entry (pandoc makes them from the ``refs`` division, which galley wraps around the entries).
pandoc's template leaves ``<history>`` empty; galley fills it with the received and
accepted dates when the paper gives them.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from galley.model import Document, Metadata
from galley.publish import pandoc, pandoc_json

Json = dict[str, Any]
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _date(iso: str) -> dict[str, str] | None:
    m = _ISO.match(iso.strip())
    if not m:
        return None
    year, month, day = m.groups()
    return {k: v for k, v in (("year", year), ("month", month or ""), ("day", day or ""), ("iso-8601", iso)) if v}


def _wrap_references(blocks: list[Json]) -> list[Json]:
    """The reference entries (``csl-entry`` divisions) gathered in one ``refs`` division,
    which pandoc's JATS writer turns into ``<ref-list>``; the heading before them is dropped
    (the ref-list carries its own title)."""
    entries = [b for b in blocks if b["t"] == "Div" and "csl-entry" in b["c"][0][1]]
    if not entries:
        return blocks
    first = blocks.index(entries[0])
    rest = [b for b in blocks[first:] if b not in entries]
    title: list[Json] = []
    head = blocks[:first]
    if head and head[-1]["t"] == "Header":
        title = head.pop()["c"][2]
    refs = {
        "t": "Div",
        "c": [
            ["refs", ["references"], []],
            ([{"t": "Header", "c": [1, ["", [], []], title]}] if title else []) + entries,
        ],
    }
    return head + rest + [refs]


def _abstract_from_body(blocks: list[Json]) -> tuple[list[Json], list[Json]]:
    """The paper's own "Abstract" section (its first heading), moved to the front matter."""
    from galley.publish.html import ABSTRACT_NAMES

    for i, b in enumerate(blocks):
        if b["t"] != "Header":
            continue
        text = pandoc_json.inlines_text(b["c"][2]).strip(" .:").lower()
        if text not in ABSTRACT_NAMES:
            return [], blocks
        end = next(
            (j for j in range(i + 1, len(blocks)) if blocks[j]["t"] == "Header" and blocks[j]["c"][0] <= b["c"][0]),
            len(blocks),
        )
        return blocks[i + 1 : end], blocks[:i] + blocks[end:]
    return [], blocks


def jats_ast(doc: Document) -> Json:
    """The document's AST with the metadata pandoc's JATS template reads."""
    ast = pandoc_json.document_to_ast(doc, pandoc.api_version())
    m = doc.meta
    meta: Json = ast["meta"]
    blocks = ast["blocks"]
    abstract, blocks = _abstract_from_body(blocks)
    ast["blocks"] = _wrap_references(blocks)
    if m.abstract and not abstract:
        abstract = [{"t": "Para", "c": pandoc_json.text_inlines(m.abstract)}]
    if abstract:
        meta["abstract"] = {"t": "MetaBlocks", "c": abstract}
    meta.pop("date", None)  # a date pandoc cannot split into year/month/day would print an empty <year>
    meta |= _people(m) | _article(m)
    return ast


def _people(m: Metadata) -> Json:
    """Affiliations once each, numbered; authors point at theirs (``<xref ref-type="aff">``)."""
    value = pandoc_json._meta_value
    meta: Json = {}
    places = list(dict.fromkeys([a.affiliation for a in m.authors if a.affiliation] + list(m.affiliations)))
    if places:
        meta["affiliation"] = {
            "t": "MetaList",
            "c": [
                {"t": "MetaMap", "c": {"id": value(str(i)), "name": pandoc_json._meta_inlines(text)}}
                for i, text in enumerate(places, 1)
            ],
        }
    if m.authors:
        authors = []
        for a in m.authors:
            record: Json = {"name": pandoc_json._meta_inlines(a.name)}
            for key, text in (("email", a.email), ("orcid", a.orcid)):
                if text:
                    record[key] = value(text)
            if a.affiliation:
                record["affiliation"] = value([str(places.index(a.affiliation) + 1)])
            authors.append({"t": "MetaMap", "c": record})
        meta["author"] = {"t": "MetaList", "c": authors}
    return meta


def _article(m: Metadata) -> Json:
    """The article's own citation: date, DOI, volume, issue, first page or e-location, journal,
    keywords, licence, history."""
    value = pandoc_json._meta_value
    meta: Json = {}
    when = _date(m.published or m.date)
    if when:
        meta["date"] = value(when)
    article = {k: v for k, v in (("doi", m.doi), ("volume", m.volume), ("issue", m.issue)) if v}
    if m.article:
        article["fpage" if m.article.isdigit() else "elocation-id"] = m.article
    if article:
        meta["article"] = value(article)
    if m.journal:
        meta["journal"] = value({"title": m.journal})
    if m.keywords:
        meta["tags"] = value(list(m.keywords))
    if m.licence:
        meta["license"] = value([{"text": m.licence}])
    if m.received or m.accepted:
        meta["history"] = value(True)
    return meta


def jats_xml(doc: Document) -> bytes:
    """The paper as a standalone JATS (Journal Publishing 1.2) article."""
    out = pandoc.convert(jats_ast(doc), "jats_publishing", ["--standalone"]).decode("utf-8")
    m = doc.meta
    dates = []
    for kind, iso in (("received", m.received), ("accepted", m.accepted)):
        parts = _date(iso) if iso else None
        if parts:
            inner = "".join(f"<{k}>{escape(parts[k])}</{k}>" for k in ("day", "month", "year") if k in parts)
            dates.append(f'<date date-type="{kind}" iso-8601-date="{escape(iso)}">{inner}</date>')
    if dates:
        out = out.replace("<history>\n</history>", "<history>\n" + "\n".join(dates) + "\n</history>", 1)
    return out.encode("utf-8")
