"""Document -> an HTML page: pandoc writes the body from the JSON AST, jinja2 the page.

The same page serves the screen (CSS inlined, so the file opens alone from ``file://`` or a
server) and the PDF (CSS linked from the theme, for WeasyPrint).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import jinja2

from galley import __version__
from galley.model import Document
from galley.publish import pandoc
from galley.themes import Theme

# Section headings start at h2: the paper's title is the page's h1.
HTML_ARGS = ["--shift-heading-level-by=1", "--section-divs", "--html-q-tags=false"]
RTL_LANGS = {"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv"}


def body_html(doc: Document) -> str:
    ast = doc.to_pandoc(pandoc.api_version())
    return pandoc.convert(ast, "html5", HTML_ARGS).decode("utf-8")


def direction(lang: str) -> str:
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGS else "ltr"


def json_ld(doc: Document, links: dict[str, str]) -> str:
    m = doc.meta
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "ScholarlyArticle", "inLanguage": m.lang}
    if m.title:
        data["headline"] = data["name"] = m.title
    if m.authors:
        data["author"] = [
            {"@type": "Person", "name": a.name}
            | ({"affiliation": {"@type": "Organization", "name": a.affiliation}} if a.affiliation else {})
            | ({"identifier": f"https://orcid.org/{a.orcid}"} if a.orcid else {})
            for a in m.authors
        ]
    if m.date:
        data["datePublished"] = m.date
    if m.doi:
        data["identifier"] = f"https://doi.org/{m.doi}"
        data["sameAs"] = f"https://doi.org/{m.doi}"
    if m.keywords:
        data["keywords"] = m.keywords
    if m.abstract:
        data["abstract"] = m.abstract
    if m.licence:
        data["license"] = m.licence
    if links.get("pdf"):
        data["encoding"] = [{"@type": "MediaObject", "contentUrl": links["pdf"], "encodingFormat": "application/pdf"}]
    # "</" inside a script element would end it: escape so text can never close the tag.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")


_ENV: jinja2.Environment | None = None


def _template(theme: Theme) -> jinja2.Template:
    global _ENV
    if _ENV is None:
        _ENV = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return _ENV.from_string((theme.folder / "page.html.j2").read_text(encoding="utf-8"))


def render_page(
    doc: Document,
    theme: Theme,
    *,
    stem: str,
    body: str,
    links: dict[str, str],
    css_inline: str = "",
    css_links: tuple[str, ...] = (),
    toc_min: int = 4,
) -> str:
    links = {"pdf": links.get("pdf", ""), "epub": links.get("epub", "")}
    heads = [h for h in doc.headings() if h.ident]
    toc = [{"level": h.level, "ident": h.ident, "text": h.text} for h in heads] if len(heads) >= toc_min else []
    meta = asdict(doc.meta) | {"lang": doc.meta.lang}
    return _template(theme).render(
        meta=meta,
        stem=stem,
        body=body,
        links=links,
        css_inline=css_inline,
        css_links=css_links,
        toc=toc,
        jsonld=jinja2.utils.markupsafe.Markup(json_ld(doc, links)),
        version=__version__,
        direction=direction(doc.meta.lang),
    )
