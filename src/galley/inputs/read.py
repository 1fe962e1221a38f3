"""Bytes -> text -> lines with their geometry.

Decoding is strict about what is not text (a PDF, a binary, an empty file) and lenient
about how text was saved (BOMs, UTF-16, Windows-1252, CR/CRLF line ends). Every decision
that changes the text is reported as a warning.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from galley.errors import InputError
from galley.model import Line

# Raw text files larger than this are refused rather than risking the machine.
MAX_BYTES = 200 * 1024 * 1024
# Lines are made from pieces of the text this long, so no copy of the whole text is needed.
CHUNK = 1 << 20


class RawText:
    """The decoded input. Held as UTF-8 bytes, not as a ``str``: one emoji makes a Python
    string four bytes a character, and this object lives through every stage, so a 50 MB
    input would hold 200 MB here. ``text`` decodes on each use; :func:`to_lines` reads it
    a chunk at a time (see :meth:`chunks`), so the whole text is never one string."""

    __slots__ = ("_data", "encoding", "warnings")

    def __init__(self, text: str, encoding: str, warnings: list[str], *, utf8: bytes | None = None) -> None:
        # ``utf8``: the input's own bytes when they already are ``text`` in UTF-8 (no re-encoding).
        self._data: bytes | None = utf8 if utf8 is not None else text.encode("utf-8")
        self.encoding = encoding
        self.warnings = warnings

    @property
    def text(self) -> str:
        if self._data is None:
            raise RuntimeError("the text was handed over to to_lines() and released")
        return self._data.decode("utf-8")

    def chunks(self, size: int | None = None) -> Iterator[str]:
        """The text in pieces of about ``size`` bytes cut at line ends (the line end itself
        is dropped, so splitting the pieces at ``\\n`` gives the text's lines in order)."""
        if self._data is None:
            raise RuntimeError("the text was handed over to to_lines() and released")
        return _chunks(self._data, size or CHUNK)

    def take_chunks(self, size: int | None = None) -> Iterator[str]:
        """:meth:`chunks`, handing the text over: it is released here, so the lines made
        from it are all that stays in memory through clean and structure (a 50 MB input
        holds 50 MB less). ``text`` cannot be read afterwards."""
        chunks = self.chunks(size)
        self._data = None
        return chunks


def _chunks(data: bytes, size: int) -> Iterator[str]:
    pos = 0
    while True:
        cut = data.find(b"\n", pos + size)
        if cut < 0:
            yield data[pos:].decode("utf-8")
            return
        yield data[pos:cut].decode("utf-8")
        pos = cut + 1


def read_path(path: Path) -> RawText:
    """The raw text at ``path``. Only a regular file is read: a FIFO or a device named
    ``*.txt`` would block a build forever (opened without blocking, then refused)."""
    import os
    import stat

    where = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError("no such file; check the path", path=where) from None
    except IsADirectoryError:
        raise InputError(
            "is a directory; give a .txt file or run 'galley build DIR' for all texts in it", path=where
        ) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied)", path=where) from None
    except OSError as exc:  # a symlink loop, a name too long, an I/O error: the system's words
        raise InputError(f"cannot be read ({exc.strerror or exc})", path=where) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(
                "is a directory; give a .txt file or run 'galley build DIR' for all texts in it", path=where
            )
        if not stat.S_ISREG(st.st_mode):
            raise InputError(
                "is not a regular file (a pipe, socket or device); galley reads text files only", path=where
            )
        if st.st_size > MAX_BYTES:
            raise InputError(
                f"is {st.st_size // 2**20} MiB, more than galley reads ({MAX_BYTES // 2**20} MiB)", path=where
            )
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read()  # sized by fstat: no buffer of MAX_BYTES, no copy (peak memory)
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", path=where) from None
    finally:
        os.close(fd)
    return decode(data, where)


_LEADING_SPACE = re.compile(rb"[ \t\n\r\x0b\x0c]*")

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
    """The input's bytes as text: refused when they are no text (a PDF, an image, a binary,
    nothing); decoded by their byte-order mark, as UTF-8, as UTF-8 with a few legacy lines,
    or in a legacy encoding, each guess but plain UTF-8 said in a warning."""
    _refuse_non_text(data, where)
    warnings: list[str] = []
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = _decode_as(data, enc, where, f"has a {enc} byte-order mark but bytes {{a}}-{{b}} do not decode")
            if enc != "utf-8-sig":
                warnings.append(f"decoded as {enc.upper()} (byte-order mark)")
            return _finish(text, enc, warnings, where)
    if b"\x00" in data:
        raise InputError(
            "looks binary (it contains NUL bytes); galley reads plain text extracted from a PDF", path=where
        )
    try:
        return _finish(data.decode("utf-8"), "utf-8", warnings, where, utf8=data)
    except UnicodeDecodeError as exc:
        bad = exc.start
    mixed = _mixed_utf8(data, where)
    if mixed is not None:
        text, repaired, enc = mixed
        shown = ", ".join(map(str, repaired[:10])) + (f" and {len(repaired) - 10} more" if len(repaired) > 10 else "")
        warnings.append(f"not UTF-8 on {len(repaired)} line(s) ({shown}): decoded as {enc}, the rest as UTF-8")
        return _finish(text, "utf-8", warnings, where)
    guess = _guess_legacy(data)
    if guess is None:
        raise InputError(_undecodable(data, bad), path=where)
    enc = guess
    text = _decode_as(data, enc, where, f"is not UTF-8, and not {enc} either (byte {{a}}); re-save it as UTF-8")
    warnings.append(f"not UTF-8: decoded as {enc}")
    return _finish(text, enc, warnings, where)


def _refuse_non_text(data: bytes, where: str) -> None:
    """A PDF, a known binary format or nothing but spaces: a one-line error saying what to do."""
    lead = _LEADING_SPACE.match(data)  # not ``data.lstrip()``: that copies the input
    start = lead.end() if lead else 0
    if data[start : start + 5] == b"%PDF-":
        raise InputError(
            "is a PDF, not extracted text; extract it first, e.g. 'pdftotext paper.pdf paper.txt'",
            path=where,
        )
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(f"is {what}, not text; galley reads plain text extracted from a PDF", path=where)
    if start == len(data):
        raise InputError("is empty (no text to publish)", path=where)


def _decode_as(data: bytes, enc: str, where: str, failure: str) -> str:
    """``data`` in ``enc``, or an InputError with ``failure`` naming the bad bytes ({a}, {b})."""
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise InputError(failure.format(a=exc.start, b=exc.end), path=where) from None


def _undecodable(data: bytes, bad: int) -> str:
    line = data.count(b"\n", 0, bad) + 1
    col = bad - (data.rfind(b"\n", 0, bad) + 1) + 1
    return (
        f"is not UTF-8 (byte 0x{data[bad]:02x} at line {line}, column {col}) and no other text "
        "encoding fits; re-save it as UTF-8"
    )


# Bytes of a UTF-8 multi-byte character: a lead byte and its continuation bytes.
_UTF8_CHAR = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _mixed_utf8(data: bytes, where: str) -> tuple[str, list[int], str] | None:
    """A UTF-8 file with some lines in another code page (one line pasted from a Windows
    tool): those lines decoded as Windows-1252, every other line as UTF-8. Re-decoding the
    whole file in a guessed code page would corrupt every correct line ("Höffner" ->
    "H√∂ffner"). None when no line is UTF-8 with non-ASCII characters (a legacy file)."""
    lines = data.split(b"\n")
    out: list[str] = []
    repaired: list[int] = []
    evidence = False
    for number, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8")
            evidence = evidence or (not raw.isascii() and _UTF8_CHAR.search(raw) is not None)
        except UnicodeDecodeError:
            try:
                line = raw.decode("cp1252")
            except UnicodeDecodeError as exc:
                if not evidence and not any(_is_utf8_text(x) for x in lines[number:]):
                    return None  # no UTF-8 anywhere: the legacy path decides (and explains)
                offset = sum(len(x) + 1 for x in lines[: number - 1]) + exc.start
                raise InputError(_undecodable(data, offset), path=where) from None
            repaired.append(number)
        out.append(line)
    if not evidence:
        return None
    return "\n".join(out), repaired, "Windows-1252"


def _is_utf8_text(raw: bytes) -> bool:
    if raw.isascii():
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


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


# Control characters other than the line end, tab and form feed (CR is gone by then).
_CONTROL = re.compile("[\x00-\x08\x0b\x0d-\x1f]")


def _finish(text: str, encoding: str, warnings: list[str], where: str, utf8: bytes | None = None) -> RawText:
    if "\r" in text:
        warnings.append("normalised CR/CRLF line ends")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        utf8 = None
    if "\x00" in text:
        raise InputError("looks binary (it contains NUL characters)", path=where)
    if "\ufffe" in text or "\uffff" in text:
        # Not characters at all (XML forbids them): left in, the EPUB is not well-formed.
        n = text.count("\ufffe") + text.count("\uffff")
        text = text.replace("\ufffe", "").replace("\uffff", "")
        utf8 = None
        warnings.append(f"removed {n} non-character(s) U+FFFE/U+FFFF, which no document format allows")
    if not text or text.isspace():  # not ``text.strip()``: that copies the whole text
        raise InputError("is empty (no text to publish)", path=where)
    sample = text[:100000]
    controls = len(_CONTROL.findall(sample))
    if controls > max(50, len(sample) // 20):
        raise InputError("looks binary (too many control characters)", path=where)
    return RawText(text, encoding, warnings, utf8=utf8)


def to_lines(text: str | RawText) -> list[Line]:
    """Split text into lines, keeping geometry and page breaks (form feeds).

    Given the :class:`RawText`, the text is split a chunk at a time (no copy of it whole)
    and handed over: ``raw.text`` is released (see :meth:`RawText.take_chunks`)."""
    lines: list[Line] = []
    page = 1
    blank = 0
    page_start = True
    number = 0
    for chunk in text.take_chunks() if isinstance(text, RawText) else (text,):
        for raw in chunk.split("\n"):
            number += 1
            while "\f" in raw:
                before, _, raw = raw.partition("\f")
                if before.strip():
                    lines.append(_line(number, before, page, blank, page_start))
                    blank = 0
                page += 1
                page_start = True
            stripped = raw.strip()
            if not stripped:
                blank += 1
                continue
            if len(stripped) == len(raw) and "\t" not in raw:  # most lines: nothing to do (no call)
                lines.append(Line(number, stripped, 0, 0, page, blank, page_start))
            else:
                lines.append(_line(number, raw, page, blank, page_start, stripped))
            blank = 0
            page_start = False
    return lines


def _line(number: int, raw: str, page: int, blank: int, page_start: bool, stripped: str | None = None) -> Line:
    if stripped is None or "\t" in raw:
        raw = raw.replace("\t", "    ")
        stripped = raw.strip()
    if len(stripped) == len(raw):
        return Line(number, stripped, 0, 0, page, blank, page_start)
    indent = len(raw) - len(raw.lstrip())
    return Line(number, stripped, indent, len(raw) - indent - len(stripped), page, blank, page_start)
