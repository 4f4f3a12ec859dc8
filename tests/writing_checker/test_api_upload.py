"""POST /api/v1/check with `ui_lang`, and with the text as a file (multipart): the same report
as for the text itself, the page's limits and hostile-file care, errors in the one shape."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from allykit.wordcheck import check
from allykit.wordcheck.documents import MAX_BYTES, extract
from allykit.writing_checker.citations import attach
from tests.wordcheck.test_documents import docx_bytes, pdf_bytes

URL = "/api/v1/check"
LETTER = "She is a hardworking and caring colleague. Her husband is a surgeon."


def upload(client, data: bytes, filename: str = "letter.txt", **fields):
    fields = {"genre": "letter", "lang": "en", **fields}
    return client.post(URL, {**fields, "file": SimpleUploadedFile(filename, data)})


def test_ui_lang_gives_french_messages_for_an_english_text(client):
    body = {"text": LETTER, "genre": "letter", "lang": "en", "ui_lang": "fr"}
    got = client.post(URL, body, content_type="application/json").json()
    assert got == attach(check(LETTER, "letter", "en", ui_lang="fr").to_dict(), "fr")
    english = check(LETTER, "letter", "en").to_dict()
    assert [f["text"] for f in got["flags"]] == [f["text"] for f in english["flags"]]
    assert got["flags"][0]["reason"] != english["flags"][0]["reason"]
    assert got["lang"] == "en"  # the text's language; the lists stay English
    # The sources are cited in French conventions, linked to the French reference list.
    sources = {f["source"]["key"]: f["source"] for f in got["flags"] + got["notes"]}
    assert sources["trix2003"]["citation"] == "Trix et Psenka (2003)"
    assert sources["trix2003"]["reference_url"].endswith("/references/#ref-trix2003")
    assert sources["trix2003"]["reference_url"].startswith("/fr/")
    assert all("&" not in s["citation"] for s in sources.values())


def test_ui_lang_sets_the_language_of_error_messages(client):
    body = {"text": "x", "genre": "poem", "lang": "en", "ui_lang": "fr"}
    response = client.post(URL, body, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith("Type de texte inconnu")
    body = {"text": "x", "genre": "poem", "lang": "fr", "ui_lang": "en"}
    message = client.post(URL, body, content_type="application/json").json()["error"]["message"]
    assert message.startswith("Unknown genre")


@pytest.mark.parametrize("ui", ["de", "FR", 3, None])
def test_unknown_ui_lang_is_refused(client, ui):
    body = {"text": "x", "genre": "letter", "lang": "en", "ui_lang": ui}
    response = client.post(URL, body, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["error"]["code"] in ("unknown_language", "invalid_request")


@pytest.mark.parametrize(
    ("data", "name", "fmt"),
    [
        (LETTER.encode("cp1252"), "letter.txt", "txt"),
        (docx_bytes(LETTER), "letter.docx", "docx"),
        (pdf_bytes(LETTER), "letter.pdf", "pdf"),
    ],
    ids=["txt", "docx", "pdf"],
)
def test_an_uploaded_file_gives_the_report_of_its_text(client, data, name, fmt):
    response = upload(client, data, name, ui_lang="fr", ignore=["en.effort.hardworking"])
    assert response.status_code == 200, response.content
    got = response.json()
    text = extract(data, name).text
    expected = check(text, "letter", "en", frozenset({"en.effort.hardworking"}), ui_lang="fr")
    assert {k: v for k, v in got.items() if k != "document"} == attach(expected.to_dict(), "fr")
    assert got["document"] == {"format": fmt, "truncated": False, "no_text": False}
    assert "hardworking" not in {f["text"] for f in got["flags"]}
    for flag in got["flags"]:
        assert text[flag["start"] : flag["end"]] == flag["text"]


def test_a_long_file_is_checked_up_to_the_limit_and_says_so(client):
    got = upload(client, b"She is kind. " * 10_000).json()
    assert got["document"] == {"format": "txt", "truncated": True, "no_text": False}
    assert got["summary"]["words"] > 0


def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\x00" * (25 * 1024 * 1024))
    return buf.getvalue()


def _encrypted_pdf() -> bytes:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes("secret")))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt("pw")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


HOSTILE = [
    ("binary", b"\x7fELF\x00\x00\x00binary", "letter.txt", 422, "unknown_format"),
    ("old word", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "letter.doc", 422, "unknown_format"),
    ("zip bomb", None, "bomb.docx", 422, "unsafe_archive"),
    ("broken pdf", b"%PDF-1.7 nothing else", "x.pdf", 422, "unreadable"),
    ("encrypted pdf", "encrypted", "x.pdf", 422, "encrypted"),
    ("too large", b"a" * (MAX_BYTES + 1), "big.txt", 413, "too_large"),
]


@pytest.mark.parametrize(
    ("data", "name", "status", "code"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE]
)
def test_hostile_or_unreadable_files_are_refused_as_json_errors(client, data, name, status, code):
    if data is None:
        data = _zip_bomb()
    elif data == "encrypted":
        data = _encrypted_pdf()
    response = upload(client, data, name, lang="fr")
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"] and " " in error["message"]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("data", "fmt"), [(b"", "txt"), (b"  \n ", "txt"), (pdf_bytes(" "), "pdf")]
)
def test_a_file_without_text_gets_the_empty_report_and_says_so(client, data, fmt):
    response = upload(client, data, "scan.pdf", genre="job")
    assert response.status_code == 200
    got = response.json()
    assert got["flags"] == [] and got["summary"]["words"] == 0
    assert got["document"] == {"format": fmt, "truncated": False, "no_text": True}


def test_upload_errors_follow_ui_lang(client):
    binary = b"\x7fELF\x00\x00"
    french = upload(client, binary, lang="en", ui_lang="fr").json()["error"]["message"]
    english = upload(client, binary, lang="fr", ui_lang="en").json()["error"]["message"]
    assert french.startswith("Choisissez un fichier")
    assert english.startswith("Choose a .docx")


def test_a_file_and_a_text_together_are_refused(client):
    response = upload(client, LETTER.encode(), text=LETTER)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"


def test_multipart_with_text_or_with_file_as_a_field_is_refused(client):
    for fields in (
        {"genre": "letter", "lang": "en", "text": LETTER},
        {"genre": "letter", "lang": "en", "file": "just a string"},
    ):
        response = client.post(URL, fields)
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "invalid_request"


def test_multipart_without_a_file_is_an_empty_text(client):
    got = client.post(URL, {"genre": "job", "lang": "fr"}).json()
    assert got["flags"] == [] and got["document"]["no_text"] is True


def test_multipart_fields_are_checked_like_json_ones(client):
    for fields, code in (
        ({"genre": "poem"}, "unknown_genre"),
        ({"lang": "de"}, "unknown_language"),
        ({"ignore": ["<b>"]}, "invalid_ignore"),
        ({"name": "A" * 201}, "invalid_name"),
    ):
        response = upload(client, LETTER.encode(), **fields)
        assert response.status_code == 422, fields
        assert response.json()["error"]["code"] == code


def test_the_upload_is_not_logged_or_written_to_disk(client, caplog, tmp_path, settings):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    secret = b"Confidential applicant Zebulon Quixote is hardworking. " * 2000
    with caplog.at_level("DEBUG"):
        assert upload(client, secret).status_code == 200
        upload(client, secret, genre="nope")
    assert "Zebulon" not in caplog.text
    assert not list(tmp_path.iterdir())
