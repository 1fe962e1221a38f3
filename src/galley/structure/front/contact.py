"""Front-line rule: emails, ORCID ids, the corresponding author; and who they belong to."""

from __future__ import annotations

import re
import unicodedata

from galley.model import Author, Metadata
from galley.structure.front.lines import FrontLine, Reading
from galley.structure.front.names import ORCID_ID, is_author_line

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ORCID = re.compile(rf"\b({ORCID_ID})\b")
# How German addresses spell umlauts and sharp s.
_TRANSLITERATED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_CORRESPONDING = re.compile(r"^[*†‡§¶✉]?\s*(Corresponding author|Correspondence|These authors contributed)", re.I)


def contact_line(lines: list[FrontLine], i: int, r: Reading) -> tuple[str, int] | None:
    """``Correspondence: Hankin hankin.robin@gmail.com``, ``Trisovic ORCID
    0000-0003-1991-0533``, ``* Corresponding author``: a line that is mostly an email or an
    ORCID id (``contact_max_words`` other words at most), or the corresponding-author note."""
    text, most = lines[i].text, r.p.contact_max_words
    if _CORRESPONDING.match(text):
        return "contact", 1
    if _EMAIL.search(text) and len(_EMAIL.sub("", text).split()) <= most:
        return "contact", 1
    if _ORCID.search(text) and len(_ORCID.sub("", text).split()) <= most:
        if is_author_line(text, r.p):
            return None  # names with their ids: ``Cláudia Meurer Souza1 https://orcid.org/...``
        return "contact", 1
    return None


def attach_contacts(meta: Metadata, lines: list[FrontLine]) -> None:
    """Emails and ORCID ids found in the front go to the single author, or to the author
    whose surname appears on the same line (the last such author), or to the one author an
    address spells (``owns_email``); an author keeps the first one found."""
    for line in lines:
        for rx, attr in ((_EMAIL, "email"), (_ORCID, "orcid")):
            for m in rx.finditer(line.text):
                # An id after its name: the last name before it (``Versypt 0000-..., Mullins
                # 0000-...``); ids set before the names (the line opens with one): the next.
                k = None
                if attr == "orcid":
                    if _ORCID.match(line.text.lstrip()):
                        k = _owner(meta.authors, line.text[m.end() :], first=True)
                    else:
                        k = _owner(meta.authors, line.text[: m.start()])
                k = _owner(meta.authors, line.text) if k is None else k
                if k is None and attr == "email":  # the address spells its owner's name
                    owners = [j for j, a in enumerate(meta.authors) if owns_email(a.name, m.group(0))]
                    k = owners[0] if len(owners) == 1 else None
                if k is not None and not getattr(meta.authors[k], attr):
                    meta.authors[k] = Author(**{**meta.authors[k].__dict__, attr: m.group(0)})


def emails(lines: list[FrontLine]) -> list[str]:
    """The e-mail addresses of the front's contact lines."""
    return [e for line in lines if line.label == "contact" for e in line_emails(line.text)]


def line_emails(text: str) -> list[str]:
    """The e-mail addresses on one line."""
    return _EMAIL.findall(text)


def email_stanzas(lines: list[FrontLine], names: list[str]) -> dict[str, tuple[str, str]] | None:
    """Each author's affiliation and address where every author has an address and the
    addresses part the affiliation lines into stanzas, one an author: the address closes
    its stanza (IEEE: ``Dept. of Computer Science`` / ``KTH ...`` / ``Stockholm, Sweden`` /
    ``rahulv@kth.se``) or opens it (ACM: ``nadia.haddad@ed.ac.uk`` / ``University of
    Edinburgh`` / ...), whichever comes first. ``lines``: the front lines after the names,
    affiliations and contacts; None when the addresses do not name one author each."""
    lines = [x for x in lines if x.label in ("affiliation", "contact")]
    found = [(k, e) for k, x in enumerate(lines) if x.label == "contact" for e in line_emails(x.text)]
    if len(names) < 2 or len(found) != len(names):
        return None
    owners = [[n for n in names if owns_email(n, e)] for _, e in found]
    if any(len(o) != 1 for o in owners) or len({o[0] for o in owners}) != len(names):
        return None
    opens = found[0][0] == 0
    out: dict[str, tuple[str, str]] = {}
    for j, ((k, email), owner) in enumerate(zip(found, owners, strict=True)):
        if opens:
            part = lines[k + 1 : found[j + 1][0] if j + 1 < len(found) else len(lines)]
        else:
            part = lines[found[j - 1][0] + 1 if j else 0 : k]
        out[owner[0]] = (", ".join(x.text.strip() for x in part if x.label == "affiliation"), email)
    if not all(affiliation for affiliation, _ in out.values()):
        return None  # one affiliation for all, the addresses under it: no stanzas
    return out


def owns_email(name: str, email: str) -> bool:
    """The address is this person's by its own spelling: a part of its local part (parted
    at ``.``, ``_``, ``-``) opening or closing on the surname (``nadia.haddad``,
    ``jpfeiffer``, ``meilin.tan``; not ``stanley`` for Tan), or its first part opening on
    the given name (``rahulv``, ``sofialin``); accents and case aside, or spelt out as
    German addresses spell them (``Öztürk`` -> ``oeztuerk``), three letters at least."""
    parts = [_folded(x) for x in re.split(r"[._-]", email.split("@")[0])]
    parts = [x for x in parts if x]
    if not parts:
        return False
    for spelt in (name, name.translate(_TRANSLITERATED)):
        words = [w for w in (_folded(w) for w in spelt.split()) if w]
        if len(words) < 2:
            return False
        first, last = words[0], words[-1]
        if len(last) >= 3 and any(x.startswith(last) or x.endswith(last) for x in parts):
            return True
        if len(first) >= 3 and parts[0].startswith(first):
            return True
    return False


def _folded(text: str) -> str:
    """Letters only, lower case, without accents: ``Höffner`` -> ``hoffner``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if c.isalpha() and c.isascii())


def stanza_contacts(author: Author, lines: list[FrontLine]) -> Author:
    """The author of a stanza (``authors.stanzas``) with the first email and ORCID id of
    the stanza's ``lines``: in a stanza, a contact's place names its owner
    (``Jairo José Zocche`` / ``Universidade ...`` / ``jjz@unesc.net``)."""
    found: dict[str, str] = {}
    for line in lines:
        for rx, attr in ((_EMAIL, "email"), (_ORCID, "orcid")):
            m = rx.search(line.text)
            if m and attr not in found and not getattr(author, attr):
                found[attr] = m.group(0)
    return Author(**{**author.__dict__, **found})


def _owner(authors: list[Author], text: str, first: bool = False) -> int | None:
    """The author whose surname ``text`` names last (``first``: the one it names first)."""
    if len(authors) == 1:
        return 0
    at = {k: text.lower().find(a.name.split()[-1].lower()) for k, a in enumerate(authors)}
    named = [k for k, i in at.items() if i >= 0]
    if not named:
        return None
    return min(named, key=lambda k: at[k]) if first else max(named, key=lambda k: at[k])
