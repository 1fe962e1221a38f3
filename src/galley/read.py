"""Bytes -> text -> lines with their geometry.

Decoding is strict about what is not text (a PDF, a binary, an empty file) and lenient
about how text was saved (BOMs, UTF-16, Windows-1252, CR/CRLF line ends). Every decision
that changes the text is reported as a warning.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from galley.errors import InputError

# Raw text files larger than this are refused rather than risking the machine.
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Line:
    """One raw line. ``number`` is 1-based in the input; ``page`` counts form feeds."""

    number: int
    text: str  # without line end, leading/trailing spaces stripped
    indent: int  # leading spaces (tabs count as 4)
    trailing: int  # trailing spaces
    page: int
    blank_before: int  # blank lines between this line and the previous non-blank one
    page_start: bool = False  # first non-blank line after a form feed

    @property
    def raw_length(self) -> int:
        return self.indent + len(self.text)


@dataclass
class RawText:
    text: str
    encoding: str
    warnings: list[str]


def read_path(path: Path) -> RawText:
    try:
        if path.is_dir():
            raise InputError(
                "is a directory; give a .txt file or run 'galley build DIR' for all texts in it", path=str(path)
            )
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"is {size // 2**20} MiB, more than galley reads ({MAX_BYTES // 2**20} MiB)", path=str(path)
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file; check the path", path=str(path)) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied)", path=str(path)) from None
    return decode(data, str(path))


# Files people hand galley by mistake, by their first bytes.
_SIGNATURES = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an EPUB/DOCX/ODT, which are ZIP archives)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"{\\rtf", "an RTF document"),
)


def decode(data: bytes, where: str = "<input>") -> RawText:
    if data.lstrip()[:5] == b"%PDF-":
        raise InputError(
            "is a PDF, not extracted text; extract it first, e.g. 'pdftotext paper.pdf paper.txt'",
            path=where,
        )
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(f"is {what}, not text; galley reads plain text extracted from a PDF", path=where)
    if not data.strip():
        raise InputError("is empty (no text to publish)", path=where)
    warnings: list[str] = []
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"has a {enc} byte-order mark but bytes {exc.start}-{exc.end} do not decode", path=where
                ) from None
            if enc != "utf-8-sig":
                warnings.append(f"decoded as {enc.upper()} (byte-order mark)")
            return _finish(text, enc, warnings, where)
    if b"\x00" in data:
        raise InputError(
            "looks binary (it contains NUL bytes); galley reads plain text extracted from a PDF",
            path=where,
        )
    try:
        return _finish(data.decode("utf-8"), "utf-8", warnings, where)
    except UnicodeDecodeError as exc:
        bad = exc.start
    guess = _guess_legacy(data)
    if guess is None:
        line = data.count(b"\n", 0, bad) + 1
        col = bad - (data.rfind(b"\n", 0, bad) + 1) + 1
        raise InputError(
            f"is not UTF-8 (byte 0x{data[bad]:02x} at line {line}, column {col}) and no other text "
            "encoding fits; re-save it as UTF-8",
            path=where,
        )
    enc = guess
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not UTF-8, and not {enc} either (byte {exc.start}); re-save it as UTF-8", path=where
        ) from None
    warnings.append(f"not UTF-8: decoded as {enc}")
    return _finish(text, enc, warnings, where)


def _guess_legacy(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    # A sample decides: detection cost must not grow with a 50 MB input.
    best = from_bytes(data[: 1 << 20], cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman", "utf_16"]).best()
    if best is not None and best.encoding:
        return str(best.encoding)
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return None


def _finish(text: str, encoding: str, warnings: list[str], where: str) -> RawText:
    if "\r" in text:
        warnings.append("normalised CR/CRLF line ends")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InputError("looks binary (it contains NUL characters)", path=where)
    if not text.strip():
        raise InputError("is empty (no text to publish)", path=where)
    controls = sum(1 for ch in text[:100000] if ord(ch) < 32 and ch not in "\n\t\f")
    if controls > max(50, len(text[:100000]) // 20):
        raise InputError("looks binary (too many control characters)", path=where)
    return RawText(text, encoding, warnings)


def to_lines(text: str) -> list[Line]:
    """Split text into lines, keeping geometry and page breaks (form feeds)."""
    lines: list[Line] = []
    page = 1
    blank = 0
    page_start = True
    for number, raw in enumerate(text.split("\n"), 1):
        while "\f" in raw:
            before, _, raw = raw.partition("\f")
            if before.strip():
                lines.append(_line(number, before, page, blank, page_start))
                blank = 0
            page += 1
            page_start = True
        body = raw.replace("\t", "    ")
        if not body.strip():
            blank += 1
            continue
        lines.append(_line(number, body, page, blank, page_start))
        blank = 0
        page_start = False
    return lines


def _line(number: int, raw: str, page: int, blank: int, page_start: bool) -> Line:
    raw = raw.replace("\t", "    ")
    stripped = raw.strip()
    indent = len(raw) - len(raw.lstrip())
    trailing = len(raw) - len(raw.rstrip())
    return Line(number, stripped, indent, trailing, page, blank, page_start)
