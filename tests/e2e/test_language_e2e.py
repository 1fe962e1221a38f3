"""The paper's language, told from its words, reaches every output: the page's ``lang``,
the hyphen decisions, and the sidecar still wins. On the opening of a real Spanish article
(rsp-48-2-0322, CC BY-NC 3.0, scielo-wp-pdfminer text)."""

from __future__ import annotations

from pathlib import Path

from galley.pipeline import analyse
from galley.publish import html
from galley.publish.themes import load

SPANISH = """Brote de faringo-amigdalítis por estreptococo β-hemolítico grupo A

Resumen
El objetivo fue describir un brote de faringo-amigdalitis causado por estreptococos β-hemolíticos del grupo A (EGA) en
profesionales de la salud. El estudio transversal descriptivo se realizó en 17 clientes, localizados en la misma
mesa, que participaron de una cena en restaurante de Barcelona, España, en julio de 2012. Se analizaron la
frecuencia de síntomas de los afectados, el tiempo y la severidad de los síntomas. No se trata de una actitud mera-
mente descriptiva: se brindó tratamiento antibiótico a todos los casos confirmados y se realizó búsqueda activa
de casos.

INTRODUCCIÓN
Las faringo-amigdalitis son una de las causas más frecuentes de consulta en atención primaria.
"""


def page(path: Path) -> str:
    doc = analyse(path)
    t = load("journal")
    return html.render_page(doc, t, stem=path.stem, body=html.body_html(doc), links={}, css_inline="")


def test_the_detected_language_is_the_pages_and_the_hyphens(tmp_path: Path) -> None:
    src = tmp_path / "brote.txt"
    src.write_text(SPANISH, encoding="utf-8")
    doc = analyse(src)
    assert doc.meta.language == "es"
    assert "actitud meramente descriptiva" in " ".join(b.text for b in doc.blocks) + doc.meta.abstract
    assert '<html lang="es"' in page(src)


def test_the_sidecar_language_wins(tmp_path: Path) -> None:
    src = tmp_path / "brote.txt"
    src.write_text(SPANISH, encoding="utf-8")
    (tmp_path / "brote.toml").write_text('language = "es-ES"\n', encoding="utf-8")
    assert '<html lang="es-ES"' in page(src)
