"""Text out of an uploaded letter: .txt, .docx (python-docx) and .pdf (pypdf).

Pure Python, no Django. Hostile files are refused from what they declare before any parser
inflates them, with the same care as the panel checker's readers:

- the upload's size is capped (``MAX_BYTES``) before anything is read;
- the format is sniffed from the first bytes, not trusted from the name;
- a .docx is a zip: its directory is checked first (number of parts, declared sizes,
  compression ratio, encryption), so a zip bomb is refused without being inflated (Python's
  zipfile never inflates more than a part's declared size);
- a .pdf is refused when encrypted, when it declares more than ``MAX_PAGES`` pages, and text
  extraction stops at ``MAX_CHARS`` characters or after ``MAX_SECONDS`` of work;
- the text is capped at the checker's own limit.

Nothing is written to disk or logged: the bytes live only for the duration of the call.
"""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import dataclass

from .model import MAX_CHARS

MAX_BYTES = 5 * 1024 * 1024
MAX_PARTS = 500
MAX_UNZIPPED = 30 * 1024 * 1024  # every part together, as declared in the zip directory
MAX_DOCUMENT_XML = 20 * 1024 * 1024
MAX_RATIO = 100  # declared / compressed size, for a part above 1 MB
MAX_PAGES = 50
MAX_SECONDS = 2.0

# key -> extensions, media types, label (the form's accept attribute and hint use this table)
FORMATS: dict[str, dict[str, tuple[str, ...] | str]] = {
    "txt": {"extensions": (".txt",), "media_types": ("text/plain",), "label": "TXT"},
    "docx": {
        "extensions": (".docx",),
        "media_types": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
        "label": "Word (.docx)",
    },
    "pdf": {"extensions": (".pdf",), "media_types": ("application/pdf",), "label": "PDF"},
}
ACCEPT = ",".join(
    [e for f in FORMATS.values() for e in f["extensions"]]
    + [m for f in FORMATS.values() for m in f["media_types"]]
)


class DocumentError(ValueError):
    """An upload that cannot be read. ``code``: too_large, empty, unknown_format, unreadable,
    encrypted, unsafe_archive, too_many_pages, too_slow, no_text."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    format: str
    truncated: bool  # the text was longer than the checker's limit and was cut


def sniff(data: bytes, filename: str = "") -> str:
    """The format from the first bytes (the name only breaks a tie for plain text)."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith((b"\xd0\xcf\x11\xe0", b"{\\rtf")):
        raise DocumentError("unknown_format", "old Word or RTF")
    head = data[:4096]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("unknown_format", "binary")
    return "txt"


def extract(data: bytes, filename: str = "", *, max_chars: int = MAX_CHARS) -> Extracted:
    """The text of an uploaded .txt, .docx or .pdf; DocumentError when it cannot be read."""
    if len(data) > MAX_BYTES:
        raise DocumentError("too_large", f"{len(data)} bytes")
    if not data:
        raise DocumentError("empty")
    fmt = sniff(data, filename)
    reader = {"txt": _read_txt, "docx": _read_docx, "pdf": _read_pdf}[fmt]
    text = reader(data, max_chars + 1)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise DocumentError("no_text")
    truncated = len(text) > max_chars
    return Extracted(text[:max_chars], fmt, truncated)


def _read_txt(data: bytes, limit: int) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")[:limit].lstrip("\ufeff")
    try:
        return data.decode("utf-8")[:limit]
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")[:limit]


def check_archive(data: bytes) -> None:
    """Refuse a zip that is not a Word document or that would inflate too far."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise DocumentError("unreadable", "not a zip archive") from exc
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise DocumentError("unknown_format", "a zip that is not a Word document")
    if len(infos) > MAX_PARTS:
        raise DocumentError("unsafe_archive", f"{len(infos)} parts")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise DocumentError("encrypted")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise DocumentError("unsafe_archive", f"compression ratio {ratio:.0f}:1")
        if info.filename == "word/document.xml" and info.file_size > MAX_DOCUMENT_XML:
            raise DocumentError("unsafe_archive", "document part too large")
    if total > MAX_UNZIPPED:
        raise DocumentError("unsafe_archive", f"{total // (1024 * 1024)} MB unpacked")


def _read_docx(data: bytes, limit: int) -> str:
    check_archive(data)
    import docx  # python-docx parses with lxml, which does not resolve external entities

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on broken files
        raise DocumentError("unreadable", type(exc).__name__) from exc
    parts: list[str] = []
    size = 0
    for block in _blocks(document):
        parts.append(block)
        size += len(block) + 1
        if size > limit:
            break
    return "\n".join(parts)


def _blocks(document):
    """Paragraphs, then the text of table cells (a letter's signature block is often a table)."""
    for paragraph in document.paragraphs:
        yield paragraph.text
    for table in document.tables:
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) not in seen:  # merged cells repeat
                    seen.add(id(cell._tc))
                    yield cell.text


def _read_pdf(data: bytes, limit: int) -> str:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise DocumentError("encrypted")
        pages = len(reader.pages)
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many kinds on broken files
        raise DocumentError("unreadable", type(exc).__name__) from exc
    if pages > MAX_PAGES:
        raise DocumentError("too_many_pages", f"{pages} pages")
    deadline = time.monotonic() + MAX_SECONDS
    out: list[str] = []
    size = 0
    for page in reader.pages:
        if time.monotonic() > deadline:
            raise DocumentError("too_slow")
        try:
            text = page.extract_text() or ""
        except Exception as exc:
            raise DocumentError("unreadable", type(exc).__name__) from exc
        out.append(text)
        size += len(text)
        if size > limit:
            break
    return "\n\n".join(out)


def _tiny_pdf() -> bytes:
    """A one-page PDF with a line of text in a compressed stream (built here, not stored)."""
    import zlib

    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Warm) Tj ET")
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length %d/Filter/FlateDecode>>stream\n" % len(stream) + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def warm() -> None:
    """Import pypdf and python-docx and read a tiny PDF and .docx through them, so that the
    first upload in a process does not pay for the imports and their lazy first-use work
    (about a second and a half on the development machine). The web app calls this at
    start-up, before the server forks its workers."""
    import docx

    extract(_tiny_pdf(), "warm.pdf")
    buf = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Warm")
    document.save(buf)
    extract(buf.getvalue(), "warm.docx")
