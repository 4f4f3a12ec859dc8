"""Uploads: .txt, .docx and .pdf read into text, hostile files refused before parsing."""

from __future__ import annotations

import io
import zipfile

import pytest

from allykit.wordcheck import documents
from allykit.wordcheck.documents import DocumentError, extract


def docx_bytes(*paragraphs: str) -> bytes:
    import docx

    doc = docx.Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Dr. Paul Lemieux"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def pdf_bytes(text: str, pages: int = 1) -> bytes:
    from weasyprint import HTML

    body = "".join(f'<p style="page-break-after: always">{text}</p>' for _ in range(pages))
    return HTML(string=f"<html><body>{body}</body></html>").write_pdf()


def test_txt_utf8_and_cp1252_and_bom() -> None:
    assert extract("Elle est dévouée.".encode()).text == "Elle est dévouée."
    assert extract("Elle est dévouée.".encode("cp1252")).text == "Elle est dévouée."
    assert extract(b"\xef\xbb\xbfHello").text == "Hello"
    assert extract("Hi\r\nthere".encode("utf-16")).text == "Hi\nthere"


def test_docx_paragraphs_and_tables() -> None:
    got = extract(docx_bytes("She is a hardworking resident.", "Sincerely,"), "letter.docx")
    assert got.format == "docx"
    assert "hardworking resident" in got.text
    assert "Dr. Paul Lemieux" in got.text


def test_pdf_text() -> None:
    got = extract(pdf_bytes("She is an exceptional surgeon."), "letter.pdf")
    assert got.format == "pdf"
    assert "exceptional surgeon" in got.text


def test_format_is_sniffed_not_taken_from_the_name() -> None:
    assert extract(docx_bytes("Text"), "letter.txt").format == "docx"
    with pytest.raises(DocumentError) as err:
        extract(b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "old.doc")
    assert err.value.code == "unknown_format"
    with pytest.raises(DocumentError) as err:
        extract(b"\x7fELF\x00\x00\x00binary", "x.txt")
    assert err.value.code == "unknown_format"


def test_size_limit_before_reading() -> None:
    with pytest.raises(DocumentError) as err:
        extract(b"a" * (documents.MAX_BYTES + 1))
    assert err.value.code == "too_large"
    with pytest.raises(DocumentError) as err:
        extract(b"")
    assert err.value.code == "empty"


def test_zip_bomb_refused_from_its_directory() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        z.writestr("word/bomb.bin", b"\x00" * (40 * 1024 * 1024))
    with pytest.raises(DocumentError) as err:
        extract(buf.getvalue(), "bomb.docx")
    assert err.value.code == "unsafe_archive"


def test_too_many_parts_and_non_word_zip() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", b"<x/>")
        for i in range(documents.MAX_PARTS + 1):
            z.writestr(f"p{i}", b"")
    with pytest.raises(DocumentError) as err:
        extract(buf.getvalue())
    assert err.value.code == "unsafe_archive"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", b"hi")
    with pytest.raises(DocumentError) as err:
        extract(buf.getvalue())
    assert err.value.code == "unknown_format"


def test_broken_docx_and_pdf_are_unreadable_not_crashes() -> None:
    with pytest.raises(DocumentError) as err:
        extract(b"PK\x03\x04" + b"garbage" * 50)
    assert err.value.code == "unreadable"
    with pytest.raises(DocumentError) as err:
        extract(b"%PDF-1.7\n" + b"garbage" * 50)
    assert err.value.code in {"unreadable", "no_text"}


def test_page_count_is_limited(monkeypatch) -> None:
    monkeypatch.setattr(documents, "MAX_PAGES", 2)
    with pytest.raises(DocumentError) as err:
        extract(pdf_bytes("Page", pages=3))
    assert err.value.code == "too_many_pages"


def test_encrypted_pdf_refused() -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes("Secret letter")))
    writer.encrypt("pw")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(DocumentError) as err:
        extract(buf.getvalue())
    assert err.value.code == "encrypted"


def test_time_limit(monkeypatch) -> None:
    monkeypatch.setattr(documents, "MAX_SECONDS", -1.0)
    with pytest.raises(DocumentError) as err:
        extract(pdf_bytes("Slow"))
    assert err.value.code == "too_slow"


def test_long_text_is_cut_at_the_checker_limit() -> None:
    got = extract(b"word " * 100, max_chars=50)
    assert got.truncated and len(got.text) == 50


def test_empty_document_has_no_text() -> None:
    with pytest.raises(DocumentError) as err:
        extract(b"   \n  ")
    assert err.value.code == "no_text"


def test_warm_imports_the_readers_and_reads_a_tiny_file_of_each_kind() -> None:
    import sys

    assert extract(documents._tiny_pdf(), "x.pdf").text.strip() == "Warm"
    documents.warm()
    assert "pypdf" in sys.modules and "docx" in sys.modules
