"""A generated cover: the title and authors set on a plain page, as SVG.

EPUB readers show a book's cover image in their library; a paper re-published from text
has none, so galley draws one. The words are drawn as the outlines of the shipped face's
glyphs (fontTools), not as SVG text: an SVG image in an EPUB cannot rely on the book's
embedded fonts, and a reader without Source Serif would set the cover in whatever it has.
Each glyph's outline is defined once and placed with <use>. Lines are filled by the glyphs'
real advance widths. The markup comes from autoescaped jinja2 templates, never f-strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from galley.model import Metadata

WIDTH, HEIGHT = 1200, 1600
MARGIN = 110
FACES = {"bold": "SourceSerifPro-Bold.ttf", "regular": "SourceSerifPro-Regular.ttf", "italic": "SourceSerifPro-It.ttf"}

_ENV = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)

SVG = _ENV.from_string(
    """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
 width="{{ width }}" height="{{ height }}" viewBox="0 0 {{ width }} {{ height }}"
 role="img" aria-labelledby="cover-title">
<title id="cover-title">{{ alt }}</title>
<defs>
{% for g in glyphs %}
<path id="{{ g.ident }}" d="{{ g.d }}"/>
{% endfor %}
</defs>
<rect width="{{ width }}" height="{{ height }}" fill="#f6f3ec"/>
<rect x="{{ margin }}" y="300" width="160" height="10" fill="#7a2e1f"/>
{% for line in lines %}
<g fill="{{ line.colour }}" transform="translate({{ line.x }} {{ line.y }}) scale({{ line.scale }} -{{ line.scale }})">
{% for x, ident in line.glyphs %}
<use xlink:href="#{{ ident }}" x="{{ x }}"/>
{% endfor %}
</g>
{% endfor %}
</svg>
"""
)

XHTML = _ENV.from_string(
    """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"
 xml:lang="{{ lang }}" lang="{{ lang }}">
<head>
<meta charset="utf-8" />
<title>Cover</title>
<style>html, body { margin: 0; padding: 0; height: 100%; text-align: center; }
img { max-width: 100%; max-height: 100%; }</style>
</head>
<body epub:type="cover">
<section epub:type="cover">
<img role="doc-cover" src="{{ href }}" alt="{{ alt }}" />
</section>
</body>
</html>
"""
)


@dataclass
class Face:
    """One font's outlines and advances, in font units."""

    key: str
    upm: int
    cmap: dict[int, str]
    advances: dict[str, int]
    glyphset: Any
    paths: dict[str, str] = field(default_factory=dict)

    def glyph(self, char: str) -> str:
        return self.cmap.get(ord(char)) or self.cmap.get(ord("?"), ".notdef")

    def width(self, text: str, size: float) -> float:
        return sum(self.advances.get(self.glyph(c), self.upm // 2) for c in text) * size / self.upm

    def path(self, name: str) -> str:
        if name not in self.paths:
            from fontTools.pens.svgPathPen import SVGPathPen

            pen = SVGPathPen(self.glyphset)
            self.glyphset[name].draw(pen)
            self.paths[name] = pen.getCommands()
        return self.paths[name]


@lru_cache(maxsize=4)
def _load(fonts: Path, key: str) -> tuple[int, dict[int, str], dict[str, int], Any]:
    from fontTools.ttLib import TTFont

    font = TTFont(str(fonts / FACES[key]), lazy=True)
    advances = {name: adv for name, (adv, _) in font["hmtx"].metrics.items()}
    return font["head"].unitsPerEm, font.getBestCmap(), advances, font.getGlyphSet()


def face(key: str, fonts: Path | None = None) -> Face:
    folder = fonts if fonts is not None and (fonts / FACES[key]).is_file() else default_fonts()
    upm, cmap, advances, glyphset = _load(folder, key)
    return Face(key, upm, cmap, advances, glyphset)


def default_fonts() -> Path:
    from galley.publish.themes import styles_root

    return styles_root() / "fonts"


def wrap(text: str, size: float, face: Face, width: int = WIDTH - 2 * MARGIN) -> list[str]:
    """Greedy line fill for ``text`` at font ``size`` px within ``width`` px, by the face's
    own advance widths."""
    lines: list[str] = []
    for word in text.split():
        if lines and face.width(lines[-1] + " " + word, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _fit_title(title: str, bold: Face) -> tuple[int, list[str]]:
    """The largest title size (from 96 px down) that takes at most six lines."""
    for size in (96, 84, 72, 64, 56, 48):
        lines = wrap(title, size, bold)
        if len(lines) <= 6:
            return size, lines
    return 48, wrap(title, 48, bold)[:8]


def author_line(meta: Metadata) -> str:
    names = [a.name for a in meta.authors if a.name.strip()]
    if len(names) > 6:
        names = names[:6] + ["et al."]
    return ", ".join(names)


def alt_text(meta: Metadata, fallback: str) -> str:
    """What the cover says, for the image's alt text."""
    title = meta.title or fallback
    authors = author_line(meta)
    return f"Cover: {title}" + (f", by {authors}" if authors else "")


def cover_svg(meta: Metadata, fallback: str, fonts: Path | None = None) -> str:
    faces = {k: face(k, fonts) for k in FACES}
    used: dict[tuple[str, str], str] = {}

    def line(text: str, key: str, size: float, y: float, colour: str = "#1b1b1b") -> dict[str, Any]:
        f = faces[key]
        glyphs = []
        x = 0
        for c in text:
            name = f.glyph(c)
            if not c.isspace():
                ident = used.setdefault((key, name), f"g{len(used)}")
                glyphs.append((x, ident))
            x += f.advances.get(name, f.upm // 2)
        return {"x": MARGIN, "y": round(y, 1), "scale": round(size / f.upm, 5), "glyphs": glyphs, "colour": colour}

    title = meta.title or fallback
    size, title_lines = _fit_title(title, faces["bold"])
    lines = []
    y = 420.0
    for text in title_lines:
        y += int(size * 1.18)
        lines.append(line(text, "bold", size, y))
    if meta.subtitle:
        y += 40
        for text in wrap(meta.subtitle, 44, faces["italic"])[:3]:
            y += 56
            lines.append(line(text, "italic", 44, y))
    authors = author_line(meta)
    if authors:
        y += 70
        for text in wrap(authors, 46, faces["regular"])[:4]:
            y += 60
            lines.append(line(text, "regular", 46, y))
    foot = " · ".join(x for x in (meta.date[:4] if meta.date else "", f"doi:{meta.doi}" if meta.doi else "") if x)
    if foot:
        lines.append(line(foot, "regular", 34, HEIGHT - 130, "#444444"))
    glyphs = [{"ident": ident, "d": faces[key].path(name)} for (key, name), ident in used.items()]
    return SVG.render(
        width=WIDTH, height=HEIGHT, margin=MARGIN, alt=alt_text(meta, fallback), glyphs=glyphs, lines=lines
    )


def cover_xhtml(meta: Metadata, fallback: str, lang: str, image_href: str) -> str:
    return XHTML.render(lang=lang, href=image_href, alt=alt_text(meta, fallback))
