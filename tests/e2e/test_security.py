"""The text is data, rendering fetches nothing, names cannot escape (issue 7, security).

Real pandoc and real WeasyPrint: the point is what they do with hostile input.
"""

from __future__ import annotations

import http.server
import re
import threading
import zipfile
from pathlib import Path

import pytest

from conftest import build

HOSTILE = [
    "<script>alert('x')</script>",
    "{{ config }}",
    "{% include '/etc/passwd' %}",
    "$$x^2$$",
    "[click](javascript:alert(1))",
    "<img src=file:///etc/passwd>",
    "*not emphasis* # not a heading",
    "\\begin{document}",
    "<style>body{display:none}</style>",
]


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    lines = ["Introduction"] + [f"The input contains {h} as plain text in a sentence." for h in HOSTILE]
    (root / "evil.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    (root / "evil.toml").write_text(
        'title = "Title <script>alert(1)</script> {{ x }}"\n'
        '[[authors]]\nname = "Eve <img src=file:///etc/passwd>"\naffiliation = "\\" onload=\\"alert(1)"\n',
        encoding="utf-8",
    )
    assert build([root / "evil.txt"], root / "out") == 0
    return root / "out"


def test_html_shows_hostile_text_escaped(hostile_build: Path) -> None:
    html = (hostile_build / "evil.html").read_text(encoding="utf-8")
    body = html.split("</head>")[1]
    assert "<script" not in body and "<img" not in body and "<style>body{display" not in html
    # JSON-LD is a script element: no "<" may appear in it, so text can never close it.
    jsonld = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in jsonld and "Title \\u003cscript" in jsonld
    assert (
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html or "&lt;script&gt;alert('x')&lt;/script&gt;" in html
    )
    assert "{{ config }}" in html and "{% include" in html  # template syntax is text, never evaluated
    assert "$$x^2$$" in html and "*not emphasis* # not a heading" in html
    assert 'href="javascript' not in html
    head = html.split("</head>")[0]
    assert "Title &lt;script&gt;alert(1)&lt;/script&gt; {{ x }}" in head
    assert 'onload="alert' not in html


def test_epub_shows_hostile_text_escaped(hostile_build: Path) -> None:
    with zipfile.ZipFile(hostile_build / "evil.epub") as z:
        xhtml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml"))
        names = z.namelist()
    assert "<script>" not in xhtml and "&lt;script&gt;" in xhtml
    assert "{{ config }}" in xhtml and "*not emphasis*" in xhtml
    assert not any("passwd" in n for n in names)


def test_pdf_shows_hostile_text_as_text(hostile_build: Path) -> None:
    from pdfminer.high_level import extract_text

    # WeasyPrint's own line-end hyphenation ("-" in the theme, U+2010 by default): undo it,
    # then compare without spaces (a line may break at any space).
    raw = extract_text(str(hostile_build / "evil.pdf"))
    text = re.sub(r"\s+", "", raw.replace("\u2010\n", "").replace("-\n", ""))
    for needle in ("<script>alert('x')</script>", "{{ config }}", "[click](javascript:alert(1))", "*not emphasis*"):
        assert needle.replace(" ", "") in text, needle


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        _Counter.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, *args: object) -> None:
        pass


def test_pdf_renderer_fetches_nothing_outside_the_theme(tmp_path: Path) -> None:
    """Even raw HTML that names files and servers (which galley never emits from text)
    gets nothing through galley's fetcher: it serves the theme and fonts only."""
    from galley.publish.pdf import write_pdf
    from galley.publish.themes import load

    secret = tmp_path / "secret.css"
    secret.write_text("body { background: url(secret.png) }", encoding="utf-8")
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/x.css"
    try:
        page = (
            f'<html lang="en"><head><link rel="stylesheet" href="{secret.as_uri()}">'
            f'<link rel="stylesheet" href="{url}"><link rel="stylesheet" href="print.css"></head>'
            f'<body><p>x</p><img src="file:///etc/passwd"><img src="{url}"></body></html>'
        )
        out = tmp_path / "x.pdf"
        write_pdf(page, load("journal"), out)
    finally:
        server.shutdown()
    assert out.stat().st_size > 0
    assert _Counter.hits == [], "the renderer reached a server"
    import pikepdf

    with pikepdf.open(out) as pdf:
        fonts = [str(f.BaseFont) for pg in pdf.pages for f in pg.Resources.Font.values()]
    assert any("Source-Serif" in f for f in fonts), "the theme itself must still load"


def test_pandoc_runs_sandboxed(tmp_path: Path) -> None:
    """An image pointing at a local file is not read into the EPUB."""
    from galley.publish import pandoc

    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\nSECRET-BYTES")
    ast = {
        "pandoc-api-version": pandoc.api_version(),
        "meta": {"title": {"t": "MetaString", "c": "t"}},
        "blocks": [{"t": "Para", "c": [{"t": "Image", "c": [["", [], []], [], [str(secret), ""]]}]}],
    }
    out = tmp_path / "t.epub"
    try:
        pandoc.convert(ast, "epub3", [], output=out)
    except Exception:
        return  # refusing outright is fine too
    with zipfile.ZipFile(out) as z:
        assert not any(b"SECRET-BYTES" in z.read(n) for n in z.namelist())


def test_output_names_are_sanitised(tmp_path: Path) -> None:
    src = tmp_path / "my paper; rm -rf ~ $(x).txt"
    src.write_text("A short text that ends.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert build([src], out, "--format", "html") == 0
    names = sorted(p.name for p in out.iterdir())
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+", n) for n in names), names
    assert any(n.endswith(".html") for n in names)


@pytest.mark.parametrize(
    "line", ['out = "../elsewhere"', 'out = "/tmp/x"', 'inputs = ["../../etc/*.txt"]', 'out = "~/x"']
)
def test_config_paths_cannot_leave_the_project(
    tmp_path: Path, line: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from galley.cli import main

    (tmp_path / "galley.toml").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "paper.txt").write_text("A short text that ends.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "paper.txt", "--format", "html"]) == 2
    err = capsys.readouterr().err
    assert "leaves the project folder" in err and "galley.toml" in err
    # The command line may still point anywhere.
    (tmp_path / "galley.toml").write_text('formats = ["html"]\n', encoding="utf-8")
    elsewhere = tmp_path.parent / f"{tmp_path.name}-cli-out"
    assert main(["build", "paper.txt", "-o", str(elsewhere)]) == 0
    assert (elsewhere / "paper.html").is_file()
