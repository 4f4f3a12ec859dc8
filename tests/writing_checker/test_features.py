"""Writing checker page: samples, uploads, comparison, downloads, the JS fragment, the result
page's order and wording (issues 11 and 14)."""

from __future__ import annotations

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.writing_checker.test_page import EN, FR, LETTER, post, structure_ok


def test_result_page_puts_the_summary_first_and_shows_no_rule_ids(client):
    html = post(client).content.decode()
    structure_ok(html, "en")
    result = html.split('id="result"')[1]
    assert result.index("The most useful changes") < result.index("Your text with highlights")
    assert result.index("Your text with highlights") < result.index("What was flagged")
    assert "en.effort.hardworking" not in re.sub(r'value="[^"]*"', "", result)
    assert "<code>" not in result
    assert "Colours used in the text" in result and "wc-swatch" in result
    assert "(s)" not in result
    assert "/en/tools/writing-checker/methods/" in html


@pytest.mark.parametrize(("url", "lang"), [(EN, "en"), (FR, "fr")])
@pytest.mark.parametrize("genre", ["letter", "review", "nomination", "job"])
def test_every_sample_loads_and_is_checked(client, url, lang, genre):
    html = client.post(
        url,
        {
            "load_sample": "1",
            "sample_choice": genre,
            "genre": "letter",
            "text_lang": lang,
            "text": "",
        },
    ).content.decode()
    structure_ok(html, lang)
    assert "<mark" in html
    assert 'class="error-summary"' not in html


def test_job_sample_has_a_verdict_and_posting_gaps(client):
    html = client.post(
        EN,
        {"load_sample": "1", "sample_choice": "job", "genre": "job", "text_lang": "en", "text": ""},
    ).content.decode()
    assert "Overall:" in html and "Worth revising before it is posted" in html
    assert "No salary range is stated." in html
    assert "Exclusionary requirement" in html


def _docx(text: str) -> bytes:
    import docx

    doc = docx.Document()
    doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_upload_docx_replaces_the_text(client):
    upload = SimpleUploadedFile("letter.docx", _docx("She is a hardworking resident."))
    html = client.post(
        EN, {"text": "", "genre": "letter", "text_lang": "en", "upload": upload}
    ).content.decode()
    assert "Text read from letter.docx." in html
    assert re.search(r'<mark class="wc-hl wc-warning wc-cat-\d+">hardworking</mark>', html)


def test_hostile_upload_gives_a_clear_error(client):
    upload = SimpleUploadedFile("letter.docx", b"PK\x03\x04" + b"junk" * 100)
    html = client.post(
        EN, {"text": "", "genre": "letter", "text_lang": "en", "upload": upload}
    ).content.decode()
    assert 'class="error-summary"' in html and 'href="#id_upload"' in html
    assert "could not be read" in html


def test_compare_two_texts(client):
    other = "Dr. Marc Roy is a brilliant, decisive surgeon who led 3 trials and wrote 20 papers."
    html = post(client, text_b=other).content.decode()
    structure_ok(html, "en")
    assert "The two texts side by side" in html
    assert "Second text with highlights" in html


def test_compare_with_an_uploaded_second_text(client):
    other = "Dr. Marc Roy is a brilliant, decisive surgeon who led 3 trials and wrote 20 papers."
    upload_b = SimpleUploadedFile("for-him.docx", _docx(other))
    html = post(client, upload_b=upload_b).content.decode()
    structure_ok(html, "en")
    assert "The two texts side by side" in html
    assert "Text read from for-him.docx." in html
    assert re.search(r'<mark class="wc-hl wc-note wc-cat-\d+">brilliant</mark>', html)


def test_a_bad_second_file_is_an_error_on_its_field(client):
    upload_b = SimpleUploadedFile("x.docx", b"PK\x03\x04" + b"junk" * 100)
    html = post(client, upload_b=upload_b).content.decode()
    assert 'class="error-summary"' in html and 'href="#id_upload_b"' in html
    assert "could not be read" in html
    assert '<details class="wc-compare-input" open>' in html


def test_download_html_without_and_with_the_text(client):
    response = post(client, download="html")
    assert response["Content-Disposition"].startswith("attachment;")
    body = response.content.decode()
    assert "Writing checker report" in body
    assert "Your text is not included in this report." in body
    assert "I recommend Dr. Ana Ruiz" not in body
    with_text = post(client, download="html", include_text="on").content.decode()
    assert "I recommend Dr. Ana Ruiz" in with_text


def test_download_pdf(client):
    response = post(client, download="pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")


def test_fragment_for_the_script(client):
    response = client.post(
        EN, {"text": LETTER, "genre": "letter", "text_lang": "en"}, HTTP_X_FRAGMENT="result"
    )
    html = response.content.decode()
    assert html.lstrip().startswith("<div data-fragment")
    assert "<html" not in html and "wc-result" in html
    assert "passages worth a second look" in html  # the status sentence


def test_fragment_with_an_error(client):
    response = client.post(
        EN, {"text": " ", "genre": "letter", "text_lang": "en"}, HTTP_X_FRAGMENT="result"
    )
    assert "error-summary" in response.content.decode()


def test_methods_page_in_both_languages(client):
    for url, words in (
        ("/en/tools/writing-checker/methods/", "How the checker reads words in context"),
        ("/fr/outils/verificateur-de-redaction/methode/", "lit les mots en contexte"),
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert words in response.content.decode()


def test_pdf_is_refused_for_a_long_text_with_a_clear_error(client):
    from allykit.writing_checker.report import PDF_MAX_CHARS

    long = "She is hardworking. " * (PDF_MAX_CHARS // 20 + 10)
    html = post(client, text=long, download="pdf").content.decode()
    assert 'class="error-summary"' in html and "download the HTML report" in html
    assert post(client, text=long, download="html")["Content-Type"].startswith("text/html")
